"""Two windows, or a window and the command line, on one library at once: a second start brings the
first window forward (QLocalServer), two starts racing make one window, a crashed instance does not
block the next; writes wait for each other (the library's lock) and no lock error reaches the user."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pdf_forge
import pytest
from hostile_inputs import FRENCH_LINES
from robustness_support import kill, wait_gone

from artois_reader.core import pipeline
from artois_reader.core.library import Library
from artois_reader.ui.single_instance import AlreadyRunning, SingleInstance, server_name

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

_SECOND_START = """
import sys
from artois_reader import app
sys.exit(app.main(["--home", sys.argv[1]]))
"""

_CONTENDER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from artois_reader.ui.single_instance import AlreadyRunning, SingleInstance

qt_app = QApplication([])
try:
    instance = SingleInstance.claim(Path(sys.argv[1]))
except AlreadyRunning:
    print("second", flush=True)
    sys.exit(0)
print("first" if instance.listening else "alone", flush=True)
if sys.argv[2] == "crash":
    import os
    os._exit(9)
instance.activation_requested.connect(lambda: (print("activated", flush=True), qt_app.quit()))
QTimer.singleShot(60_000, qt_app.quit)
qt_app.exec()
"""


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )


def test_each_library_of_each_user_has_its_own_instance(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert len(server_name(tmp_path / ("x" * 200))) < 40  # socket paths are short on Unix


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window stack to raise
def test_a_second_start_brings_the_first_window_forward_and_quits(qtbot, temp_home: Path) -> None:
    from artois_reader import app

    application = app.create_application(["--home", str(temp_home)], single_instance=True)
    window = application.window
    qtbot.addWidget(window)
    try:
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized)
        with qtbot.waitSignal(application.single_instance.activation_requested, timeout=60_000):
            second = _start(_SECOND_START, str(temp_home))
        _out, err = second.communicate(timeout=60)
        assert second.returncode == 0 and err == ""
        qtbot.waitUntil(lambda: not window.isMinimized())
        assert window.isVisible()
    finally:
        application.single_instance.close()
        window.close()
        application.translators.remove()
        application.library.close()


def test_a_second_start_does_not_even_open_the_library(qtbot, tmp_path: Path) -> None:
    home = tmp_path / "bibliothèque"
    first = SingleInstance.claim(home)
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=60_000):
            second = _start(_SECOND_START, str(home))
        _out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert not home.exists()  # the first instance (here, a bare server) never made it either
    finally:
        first.close()


def test_two_starts_at_once_make_one_window(tmp_path: Path) -> None:
    home = tmp_path / "double clic"
    contenders = [_start(_CONTENDER, str(home), "stay") for _ in range(2)]
    outputs = []
    for contender in contenders:
        out, err = contender.communicate(timeout=90)
        assert contender.returncode == 0, err
        outputs.append(out.split())
    assert sorted(output[0] for output in outputs) == ["first", "second"]
    first = next(output for output in outputs if output[0] == "first")
    assert first == ["first", "activated"]


def test_an_instance_that_crashed_does_not_block_the_next_start(qtbot, tmp_path: Path) -> None:
    home = tmp_path / "après plantage"
    crashed = _start(_CONTENDER, str(home), "crash")
    out, _err = crashed.communicate(timeout=60)
    assert out.split() == ["first"] and crashed.returncode != 0
    instance = SingleInstance.claim(home)  # its socket file may remain: nobody answers on it
    try:
        assert instance.listening
    finally:
        instance.close()


def test_the_first_window_that_quits_lets_the_next_start_be_first(qtbot, tmp_path: Path) -> None:
    home = tmp_path / "relance"
    SingleInstance.claim(home).close()
    again = SingleInstance.claim(home)
    assert again.listening
    again.close()
    with pytest.raises(AlreadyRunning):
        keeper = SingleInstance.claim(home)
        try:
            SingleInstance.claim(home)
        finally:
            keeper.close()


# --- the window and the command line writing at once -----------------------------------------------------


_CLI_INGEST = """
import sys
from artois_reader.cli import main
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
"""


def test_a_window_and_the_command_line_importing_at_once_both_succeed(
    qtbot, temp_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from artois_reader.ui.main_window import MainWindow
    from artois_reader.ui.settings import Settings

    refusals: list[str] = []
    monkeypatch.setattr("artois_reader.ui.dialogs.show_refusal", lambda _parent, text: refusals.append(text))
    gui_pdf = tmp_path / "fenêtre.pdf"
    gui_pdf.write_bytes(pdf_forge.pdf_bytes(["La géothermie des anciennes mines.", *FRENCH_LINES] * 20))
    cli_text = tmp_path / "ligne de commande.txt"
    cli_text.write_text("Le covoiturage entre Béthune et Lens.\n", encoding="utf-8")
    library = Library.open(temp_home)
    window = MainWindow(library, Settings(temp_home))
    qtbot.addWidget(window)
    window.reload_library()
    script = tmp_path / "cli.py"
    script.write_text(_CLI_INGEST, encoding="utf-8")
    third = Library.open(temp_home)
    try:
        with third._lock.held():  # a third writer holds the lock: both must wait for it, then for each other
            with qtbot.waitSignal(window.imports.started, timeout=10_000):
                window.imports.open_files([gui_pdf])
            cli = subprocess.Popen(
                [sys.executable, str(script), "--home", str(temp_home), "ingest", str(cli_text)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=ENV,
            )
            qtbot.wait(1500)
            assert cli.poll() is None and window.imports.busy  # both wait, neither fails
        with qtbot.waitSignal(window.imports.imported, timeout=120_000):
            pass
        _out, err = cli.communicate(timeout=120)
        assert cli.returncode == 0, err
        assert "occupée" not in err and "busy" not in err
        assert refusals == []
        window.reload_library()
        names = {info.source_name for info in library.documents()}  # the CLI adds the bundled CRTE first
        assert names == {gui_pdf.name, cli_text.name, "crte_pma_chapeau_commun.pdf"}
        index = library.search_index()  # the window's library sees the last writer's index
        assert index.search("géothermie").total > 0 and index.search("covoiturage").total > 0
    finally:
        third.close()
        window.close()
        library.close()


def test_a_reader_never_waits_for_a_writer(temp_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Le covoiturage entre Béthune et Lens.\n", encoding="utf-8")
    library = Library.open(temp_home)
    pipeline.ingest(source, library)
    writer = Library.open(temp_home)
    answers: list[int] = []
    with writer._lock.held():
        thread = threading.Thread(
            target=lambda: answers.append(library.search_index().search("covoiturage").total)
        )
        thread.start()
        thread.join(30)
        assert answers and answers[0] > 0  # searched while the lock was held
        assert len(Library.open(temp_home).documents()) == 1
    writer.close()
    library.close()


def test_a_killed_command_line_leaves_the_lock_free(temp_home: Path, tmp_path: Path) -> None:
    """The lock is the system's (flock / LockFileEx): it dies with its holder, no stale lock to clear."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\nfrom artois_reader.core.library import Library\n"
            "l = Library.open(Path(sys.argv[1]))\nwith l._lock.held():\n    print('held', flush=True)\n"
            "    time.sleep(600)\n",
            str(temp_home),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    waiting = Library.open(temp_home, lock_timeout=0.2)
    with pytest.raises(Exception, match="another process"):
        waiting.rename("x", "y")
    kill(holder.pid)
    holder.wait(30)
    holder.stdout.close()
    assert wait_gone(holder.pid)
    with waiting._lock.held(timeout=30):  # would raise LibraryBusy if the dead holder still held it
        pass
    waiting.close()
