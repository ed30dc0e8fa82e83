"""The application as `artois-reader` starts it: first run in the background, Ctrl+Q quits with 0."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from artois_reader import app as app_module
from artois_reader.ui.main_window import MainWindow
from artois_reader.ui.settings import Settings


def _main_window() -> MainWindow | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None
    )


def test_ctrl_q_quits_with_exit_code_zero_and_saves_settings(qtbot, crte_library, temp_home: Path) -> None:
    crte_library.close()
    pressed: list[bool] = []

    def press_ctrl_q() -> None:
        window = _main_window()
        if window is None:
            QTimer.singleShot(20, press_ctrl_q)
            return
        window.actions.zoom_in.trigger()
        with qtbot.waitActive(window):  # shortcuts reach the active window
            window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        pressed.append(True)

    def give_up() -> None:  # never hang the suite: a missed Ctrl+Q fails the test instead
        stuck.append(True)
        QApplication.quit()

    stuck: list[bool] = []
    QTimer.singleShot(0, press_ctrl_q)
    QTimer.singleShot(60_000, give_up)
    assert app_module.main(["--home", str(temp_home)]) == 0
    assert pressed and not stuck
    settings = Settings(temp_home)
    assert settings.zoom == 110
    assert not settings.geometry.isEmpty()
    assert settings.last_place is not None


def test_first_run_prepares_the_crte_in_the_background(qtbot, temp_home: Path) -> None:
    application = app_module.create_application(["--home", str(temp_home)])
    window = application.window
    try:
        assert window.editions == {}
        progress: list[int] = []
        window.import_progress.bar.valueChanged.connect(progress.append)
        with qtbot.waitSignals(
            [window.imports.started, window.imports.imported], order="strict", timeout=120_000
        ):
            application.show()
        assert progress and progress[-1] == 100
        assert len(window.editions) == 1
        assert window.current is not None and "CRTE" in window.windowTitle()
        with qtbot.waitSignal(window.index_ready, timeout=60_000):
            pass
    finally:
        window.close()
        application.translators.remove()
        application.library.close()
