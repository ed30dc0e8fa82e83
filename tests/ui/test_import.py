"""Opening files from the window: progress, cancel, the password asked for, clear French refusals,
drag and drop. Real PDFs come from tests/fixtures/pdf-samples (CC-BY-SA-4.0, see its README)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from artois_reader.core.errors import Phase, RefusalReason, report
from artois_reader.ui.importer import overall_percent, refusal_text
from artois_reader.ui.main_window import MainWindow
from artois_reader.ui.navigation import View
from artois_reader.ui.settings import Settings

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-samples"


def _drag_enter(mime: QMimeData) -> QDragEnterEvent:
    """PySide6 6.12 takes a QPointF (and deprecates QPoint); earlier versions only take a QPoint."""
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        return QDragEnterEvent(QPointF(50, 50), *args)
    except TypeError:
        return QDragEnterEvent(QPoint(50, 50), *args)


@pytest.fixture
def window(qtbot, temp_home: Path, french):
    from artois_reader.core.library import Library

    library = Library.open(temp_home)
    main = MainWindow(library, Settings(temp_home))
    main.reload_library()
    main.restore_last_place()
    qtbot.addWidget(main)
    yield main
    library.close()


@pytest.fixture
def refusals(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        "artois_reader.ui.dialogs.show_refusal", lambda parent, message: shown.append(message)
    )
    return shown


def _import(qtbot, window: MainWindow, path: Path, signal_name: str = "imported", timeout: int = 60_000):
    with qtbot.waitSignal(getattr(window.imports, signal_name), timeout=timeout) as blocker:
        window.imports.open_files([path])
    return blocker


def test_progress_runs_through_the_phases_in_order() -> None:
    order = (Phase.READ, Phase.CLEAN, Phase.STORE, Phase.STRUCTURE, Phase.INDEX)  # as the pipeline runs
    values = [overall_percent(phase, done, 10) for phase in order for done in (0, 5, 10)]
    assert values == sorted(values) and values[0] == 0 and values[-1] == 100


def test_a_pdf_is_imported_with_progress_and_opened(qtbot, window: MainWindow) -> None:
    seen: list[int] = []
    window.import_progress.bar.valueChanged.connect(seen.append)
    blocker = _import(qtbot, window, SAMPLES / "001-trivial" / "minimal-document.pdf")
    result = blocker.args[0]
    assert result.created
    assert seen and seen[-1] == 100 and seen == sorted(seen)
    assert result.info.id in window.editions
    assert window.current[0].doc_id == result.info.id and window.current[0].view == View.DOCUMENT
    assert "Ajouté" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.import_progress.isHidden())


def test_cancel_stops_the_import_and_keeps_the_library_unchanged(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:
    monkeypatch.setenv("ARTOIS_READER_IMPORTS", "thread")  # the pipeline is replaced in this process
    reached = threading.Event()
    go_on = threading.Event()

    def slow_ingest(path, library, *, password=None, on_progress=None, title=None):
        report(on_progress, Phase.READ, 1, 100)
        reached.set()
        go_on.wait(10)
        for page in range(2, 101):
            report(on_progress, Phase.READ, page, 100)
        raise AssertionError("the cancel was not seen")

    monkeypatch.setattr("artois_reader.core.pipeline.ingest", slow_ingest)
    source = tmp_path / "long.txt"
    source.write_text("Texte\n", encoding="utf-8")
    window.imports.open_files([source])
    assert window.imports.busy and not window.import_progress.isHidden()
    qtbot.waitUntil(reached.is_set)
    with qtbot.waitSignal(window.imports.cancelled) as blocker:
        qtbot.mouseClick(window.import_progress.cancel, Qt.MouseButton.LeftButton)
        go_on.set()
    assert blocker.args == ["long.txt"]
    assert window.library.documents() == []
    assert "annulé" in window.statusBar().currentMessage()
    assert not window.imports.busy


def test_encrypted_pdf_asks_for_the_password_and_retries(
    qtbot, window: MainWindow, monkeypatch, refusals
) -> None:
    answers = iter(["wrong", "openpassword"])
    asked: list[bool] = []

    def ask(parent, filename, *, wrong):
        asked.append(wrong)
        return next(answers)

    monkeypatch.setattr("artois_reader.ui.dialogs.ask_password", ask)
    result = _import(
        qtbot, window, SAMPLES / "005-libreoffice-writer-password" / "libreoffice-writer-password.pdf"
    )
    assert result.args[0].created
    assert asked == [False, True]
    assert refusals == []


def test_giving_up_on_the_password_says_why(qtbot, window: MainWindow, monkeypatch, refusals) -> None:
    monkeypatch.setattr("artois_reader.ui.dialogs.ask_password", lambda parent, filename, *, wrong: None)
    _import(
        qtbot,
        window,
        SAMPLES / "005-libreoffice-writer-password" / "libreoffice-writer-password.pdf",
        "refused",
    )
    name = "libreoffice-writer-password.pdf"
    assert refusals == [
        f"Impossible d'ouvrir «\u00a0{name}\u00a0»\u00a0: ce PDF est protégé par un mot de passe."
    ]


@pytest.mark.parametrize(
    ("sample", "words"),
    [
        ("007-imagemagick-images/imagemagick-lzw.pdf", "ne contient pas de texte (document numérisé)"),
        ("017-unreadable-meta-data/unreadablemetadata.pdf", "le fichier est endommagé"),
    ],
)
def test_refusals_are_said_in_french(qtbot, window: MainWindow, refusals, sample: str, words: str) -> None:
    _import(qtbot, window, SAMPLES / sample, "refused")
    assert len(refusals) == 1 and words in refusals[0]
    assert Path(sample).name in refusals[0]
    assert window.library.documents() == []


def test_an_empty_file_is_refused(qtbot, window: MainWindow, refusals, tmp_path) -> None:
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    _import(qtbot, window, empty, "refused")
    assert refusals == ["Impossible d'ouvrir «\u00a0vide.txt\u00a0»\u00a0: ce fichier est vide."]


def test_every_refusal_reason_has_a_french_sentence(french) -> None:
    for reason in RefusalReason:
        text = refusal_text(reason, "x.pdf")
        assert text.startswith("Impossible d'ouvrir «\u00a0x.pdf\u00a0»\u00a0: "), reason
        assert reason.value not in text


def test_dropping_a_pdf_imports_it(qtbot, window: MainWindow) -> None:
    mime = QMimeData()
    pdf = SAMPLES / "001-trivial" / "minimal-document.pdf"
    mime.setUrls([QUrl.fromLocalFile(str(pdf)), QUrl.fromLocalFile("/tmp/photo.png")])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = _drag_enter(mime)
    window.dragEnterEvent(enter)  # the handlers themselves: Qt only delivers drops from a real drag
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys)
    with qtbot.waitSignal(window.imports.imported, timeout=60_000):
        window.dropEvent(drop)
    assert len(window.library.documents()) == 1


def test_dropping_other_files_is_refused(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/photo.png"), QUrl("https://example.org/a.pdf")])
    enter = _drag_enter(mime)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_open_menu_uses_the_file_dialog(qtbot, window: MainWindow, monkeypatch) -> None:
    pdf = SAMPLES / "001-trivial" / "minimal-document.pdf"
    monkeypatch.setattr("artois_reader.ui.dialogs.choose_file_to_open", lambda parent, folder="": pdf)
    with qtbot.waitSignal(window.imports.imported, timeout=60_000):
        window.actions.open.trigger()


def test_the_window_stays_usable_during_an_import(qtbot, window: MainWindow, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("ARTOIS_READER_IMPORTS", "thread")  # the pipeline is replaced in this process
    release = threading.Event()

    def held_ingest(path, library, *, password=None, on_progress=None, title=None):
        report(on_progress, Phase.READ, 0, 1)
        release.wait(10)
        report(on_progress, Phase.READ, 1, 1)
        raise AssertionError("cancelled before")

    monkeypatch.setattr("artois_reader.core.pipeline.ingest", held_ingest)
    source = tmp_path / "a.txt"
    source.write_text("x", encoding="utf-8")
    window.imports.open_files([source])
    window.actions.zoom_in.trigger()  # the GUI thread is free
    assert window.reader.view.zoom == 110
    with qtbot.waitSignal(window.imports.cancelled):
        window.imports.cancel()
        release.set()
