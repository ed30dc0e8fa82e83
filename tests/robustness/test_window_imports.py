"""The same strange files opened from the window: a French sentence naming the file and the reason for
each refusal, the window responsive while a PDF made to be slow is read, Cancel heard mid-page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pdf_forge
import pytest
from hostile_inputs import Input, made_inputs
from PySide6.QtCore import QTimer
from robustness_support import FaultyDisk

from artois_reader.core import pdf_worker
from artois_reader.core.errors import RefusalReason
from artois_reader.core.library import Library
from artois_reader.core.pdf_worker import Limits
from artois_reader.ui.i18n import Translators
from artois_reader.ui.importer import refusal_text
from artois_reader.ui.main_window import MainWindow
from artois_reader.ui.settings import Settings

ENGLISH = re.compile(r"\b(the|is|file|cannot|error|this|password|damaged|empty|open)\b", re.IGNORECASE)


@pytest.fixture
def french(qapp) -> Iterator[Translators]:
    translators = Translators()
    translators.install("fr")
    yield translators
    translators.remove()


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        "artois_reader.ui.dialogs.show_refusal", lambda _parent, message: shown.append(message)
    )
    monkeypatch.setattr("artois_reader.ui.dialogs.ask_password", lambda *_args, **_kwargs: None)
    return shown


@pytest.fixture
def window(qtbot, temp_home: Path, french: Translators) -> Iterator[MainWindow]:
    library = Library.open(temp_home)
    main = MainWindow(library, Settings(temp_home), language="fr")
    qtbot.addWidget(main)
    main.reload_library()
    yield main
    main.imports.cancel()
    main.close()
    library.close()


@pytest.mark.parametrize("reason", list(RefusalReason))
def test_every_refusal_the_window_shows_is_a_french_sentence_naming_the_file(
    french: Translators, reason: RefusalReason
) -> None:
    message = refusal_text(reason, "Compte rendu d'été 🌻.pdf")
    assert message.startswith("Impossible d'ouvrir «\u00a0Compte rendu d'été 🌻.pdf\u00a0»\u00a0: ")
    assert message.endswith(".") and "\n" not in message
    why = message.split("»\u00a0: ", 1)[1]
    assert len(why) > 10 and not ENGLISH.search(why), why


def _window_inputs() -> list[object]:
    """The made inputs the window can be handed as they are (no mid-read deletion, no other limits)."""
    return [
        pytest.param(item, id=item.label)
        for item in made_inputs()
        if item.during_read is None and item.limits is None and item.runnable and (item.pages or 0) < 100
    ]


@pytest.mark.parametrize("item", _window_inputs())
def test_each_strange_file_opened_from_the_window_is_added_or_refused_in_french(
    qtbot, window: MainWindow, refusals: list[str], tmp_path: Path, item: Input
) -> None:
    path = tmp_path / item.name
    path.parent.mkdir(parents=True, exist_ok=True)
    item.write(path)
    signal = window.imports.imported if item.expected is None else window.imports.refused
    with qtbot.waitSignal(signal, timeout=120_000):
        window.imports.open_files([path])
    if item.expected is None:
        assert refusals == []
    else:
        expected = refusal_text(item.expected, path.name)
        assert refusals == [expected]
        if item.expected is RefusalReason.NO_TEXT:
            assert "ce PDF ne contient pas de texte (document numérisé)" in expected
        if item.expected is RefusalReason.TOO_LONG:
            assert "trop long à lire" in expected


def test_a_slow_pdf_is_refused_as_too_long_while_the_window_keeps_answering(
    qtbot, window: MainWindow, refusals: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARTOIS_READER_IMPORTS", "thread")  # the limit is patched in this process
    monkeypatch.setattr(pdf_worker, "DEFAULT_LIMITS", Limits(seconds=3, stall_seconds=30))
    path = tmp_path / "piégé.pdf"
    path.write_bytes(pdf_forge.slow_pdf(pages=60))
    ticks: list[bool] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(window.imports.busy))
    timer.start(50)
    with qtbot.waitSignal(window.imports.refused, timeout=120_000):
        window.imports.open_files([path])
    timer.stop()
    assert ticks.count(True) > 10  # the event loop kept turning while the PDF was being read
    assert refusals == [refusal_text(RefusalReason.TOO_LONG, path.name)]
    assert "trop long à lire" in refusals[0]
    assert window.library.documents() == []


def test_cancel_in_the_window_stops_a_pdf_stuck_on_a_page(
    qtbot, window: MainWindow, refusals: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "interminable.pdf"
    path.write_bytes(pdf_forge.slow_pdf(pages=200))  # minutes to read with the default limits
    with qtbot.waitSignal(window.imports.started, timeout=10_000):
        window.imports.open_files([path])
    qtbot.waitUntil(lambda: window.import_progress.bar.value() > 0, timeout=60_000)
    with qtbot.waitSignal(window.imports.cancelled, timeout=30_000):  # heard within a heartbeat or so
        window.import_progress.cancel.click()
    assert refusals == [] and window.library.documents() == []
    assert pdf_worker.worker_pids() == []  # the worker that was reading is gone, not kept


def test_a_full_disk_during_an_import_is_told_and_the_window_still_searches(
    qtbot, window: MainWindow, refusals: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARTOIS_READER_IMPORTS", "thread")  # the fault is injected in this process
    first = tmp_path / "premier.txt"
    first.write_text("Le covoiturage entre Béthune et Lens.\n", encoding="utf-8")
    with qtbot.waitSignal(window.imports.imported, timeout=60_000):
        window.imports.open_files([first])
    second = tmp_path / "second.pdf"
    second.write_bytes(pdf_forge.pdf_bytes(["La géothermie des anciennes mines."]))
    with FaultyDisk(window.library.home, monkeypatch, fail_all=True):
        with qtbot.waitSignal(window.imports.refused, timeout=60_000):
            window.imports.open_files([second])
        assert refusals == [refusal_text(RefusalReason.STORAGE, second.name)]
        assert "disque plein ou dossier en lecture seule" in refusals[0]
        with qtbot.waitSignal(window.search.results_shown, timeout=30_000) as shown:
            window.search.set_query("covoiturage")
        assert shown.args[0].total > 0
