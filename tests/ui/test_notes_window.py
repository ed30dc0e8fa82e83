"""Notes in the window (issue 8): a selection annotated, shown as a highlight, listed; a note that
follows a new edition by itself, one left « à revoir » and re-attached by hand; exports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from artois_reader.ui.annotations import find_quote, quote_start, selection_in_passage
from artois_reader.ui.navigation import Place, View
from artois_reader.ui.notes_pane import REVIEW_ROLE, NotesModel

# --- matching the reader's text and the stored text (pure) -------------------------------------------


def test_a_quote_is_found_by_its_words_whatever_the_spacing_accents_and_case() -> None:
    segment = "Le Pôle  Métropolitain\nde l’Artois porte le CRTE."
    assert find_quote(segment, "pole metropolitain de l'artois") == (3, 34)
    assert find_quote(segment, "absent") is None


def test_the_occurrence_nearest_the_expected_place_is_chosen() -> None:
    segment = "friches, friches et encore friches"
    assert find_quote(segment, "friches", near=20) == (27, 34)


def test_a_selection_keeps_which_occurrence_of_its_words_it_was() -> None:
    segment = "Les friches. Les friches minières. Les friches."
    start = segment.index("friches minières")
    selection = selection_in_passage(segment, start, start + len("friches"), "p1.1")
    assert selection.quote == "friches" and selection.occurrence == 1
    stored = "Les  friches.\nLes friches minières. Les friches."  # the stored text, spaced otherwise
    assert quote_start(stored, selection) == stored.index("friches minières")


def test_a_selection_inside_words_takes_the_whole_words() -> None:
    segment = "de nouveaux liens sociaux, de création"
    start, end = segment.index("veaux"), segment.index("ciaux") + 2
    assert selection_in_passage(segment, start, end, "p1.1").quote == "nouveaux liens sociaux"


def test_a_selection_running_past_its_passage_is_cut_there() -> None:
    segment = "Fin du paragraphe."
    selection = selection_in_passage(segment, 4, 400, "p1.1")
    assert selection.quote == "du paragraphe."
    assert selection_in_passage(segment, 3, 4, "p1.1") is None  # a space alone


# --- in the window -------------------------------------------------------------------------------------


@pytest.fixture
def application(open_window, crte_library):
    return open_window(crte_library)


def _open_passage_with(app, words: str) -> str:
    window = app.window
    edition = next(iter(window.editions.values()))
    passage = next(p for p in edition.outline.passages if words in p.text)
    window.open_place(Place(edition.doc_id, View.PASSAGE, passage.id))
    return passage.id


def _select(view, words: str) -> None:
    start = view.toPlainText().index(words)
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def _annotate(app, monkeypatch, words: str, text: str):
    asked: list[tuple[str, str]] = []

    def ask(parent, quote, reference, text_before=""):
        asked.append((quote, reference))
        return text

    monkeypatch.setattr("artois_reader.ui.dialogs.ask_note", ask)
    _select(app.window.reader.view, words)
    app.window.actions.annotate.trigger()
    return asked


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform, for the tooltip
def test_a_selection_is_annotated_and_shown_as_a_highlight(qtbot, application, monkeypatch) -> None:
    window = application.window
    passage_id = _open_passage_with(application, "démarche volontariste")
    asked = _annotate(application, monkeypatch, "démarche volontariste", "À vérifier avec la CALL")
    assert asked and asked[0][0] == "démarche volontariste" and "p.\u00a0" in asked[0][1]
    (note,) = window.notebook.list()
    assert (note.text, note.quote, note.passage_id) == (
        "À vérifier avec la CALL",
        "démarche volontariste",
        passage_id,
    )
    (span,) = window.reader.view.note_spans
    assert window.reader.view.toPlainText()[span.start : span.end] == "démarche volontariste"
    assert "Note enregistrée" in window.statusBar().currentMessage()
    assert not window.reader.view.textCursor().hasSelection()  # the green shows, not the selection
    view = window.reader.view
    cursor = view.textCursor()
    cursor.setPosition(span.start + 2)
    point = view.cursorRect(cursor).center()
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    )
    assert "À vérifier avec la CALL" in QToolTip.text()  # the note, on hover
    QToolTip.hideText()
    window.open_place(Place(note.edition_id))  # elsewhere, then back: the highlight is there again
    window.go_back()
    assert len(window.reader.view.note_spans) == 1


def test_nothing_selected_asks_for_a_selection(application) -> None:
    window = application.window
    window.open_place(Place(next(iter(window.editions))))
    window.actions.annotate.trigger()
    assert "Sélectionnez" in window.statusBar().currentMessage()
    assert not window.notebook.exists


def test_the_notes_pane_lists_filters_and_deletes(qtbot, application, monkeypatch, qtmodeltester) -> None:
    window = application.window
    _open_passage_with(application, "démarche volontariste")
    _annotate(application, monkeypatch, "démarche volontariste", "Première note")
    _open_passage_with(application, "Vivalley Campus")
    _annotate(application, monkeypatch, "Vivalley Campus", "")
    window.right_tabs.setCurrentWidget(window.notes)
    pane = window.notes
    assert pane.model.rowCount() == 2 and pane.count.text() == "2 notes"
    qtmodeltester.check(pane.model, force_py=True)
    assert {pane.model.headline(n) for n in pane.model.notes} == {"Première note", "Surlignage"}
    pane.text_box.setText("premiere")  # accents and case ignored
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    monkeypatch.setattr("artois_reader.ui.dialogs.confirm", lambda *args, **kwargs: True)
    pane.list.setCurrentIndex(pane.model.index(0))
    pane.delete_button.click()
    assert [n.text for n in window.notebook.list()] == [""]
    pane.text_box.clear()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)


def test_a_note_follows_the_new_edition_and_one_left_to_review_is_listed_and_reattached(
    qtbot, application, monkeypatch, revised_crte_path: Path
) -> None:
    window = application.window
    _open_passage_with(application, "démarche volontariste")
    _annotate(application, monkeypatch, "démarche volontariste", "Suit la nouvelle version")
    _open_passage_with(application, "Vivalley Campus")
    _annotate(application, monkeypatch, "Vivalley Campus", "Projet retiré ensuite")
    old = next(iter(window.editions))
    with qtbot.waitSignal(window.imports.imported, timeout=120_000) as imported:
        window.imports.open_files([revised_crte_path])  # the real import, in its child process
    new = imported.args[0].info
    assert new.version == 2 and list(window.editions) == [new.id]
    message = window.statusBar().currentMessage()
    assert "Notes\u00a0: 1 déplacée, 1 à revoir." in message
    assert window.right_tabs.tabText(2) == "Notes (1 à revoir)"
    kept, review = sorted(window.notebook.list(), key=lambda n: n.needs_review)
    assert (kept.edition_id, kept.needs_review) == (new.id, False)
    assert (review.edition_id, review.needs_review) == (old, True)
    window.open_place(Place(new.id, View.PASSAGE, kept.passage_id))  # its highlight, in the new edition
    assert [s.note_id for s in window.reader.view.note_spans] == [kept.id]
    # the pane: « à revoir » marked, and alone with the filter
    window.right_tabs.setCurrentWidget(window.notes)
    pane = window.notes
    pane.review_box.setChecked(True)
    assert [n.id for n in pane.model.notes] == [review.id]
    index = pane.model.index(0)
    assert index.data().startswith("À REVOIR — Projet retiré ensuite")
    assert index.data(REVIEW_ROLE) is True and index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert pane.count.text() == "1 note · dont 1 à revoir"
    # opened, it shows on the old edition (pink); then re-attached by hand to a passage of the new one
    pane.list.setCurrentIndex(index)
    pane.open_button.click()
    assert window.current[0].doc_id == old and window.reader.view.note_spans[0].review
    _open_passage_with(application, "Capitale Française de la Culture")
    _select(window.reader.view, "Capitale Française de la Culture")
    pane.reattach_button.click()
    moved = next(n for n in window.notebook.list() if n.id == review.id)
    assert (moved.edition_id, moved.needs_review, moved.quote) == (
        new.id,
        False,
        "Capitale Française de la Culture",
    )
    assert pane.model.rowCount() == 0  # nothing left to review


def test_notes_export_to_markdown_and_csv(qtbot, application, monkeypatch, tmp_path: Path) -> None:
    window = application.window
    _open_passage_with(application, "démarche volontariste")
    _annotate(application, monkeypatch, "démarche volontariste", "=À vérifier")
    targets = iter([tmp_path / "notes.md", tmp_path / "notes.csv"])
    monkeypatch.setattr("artois_reader.ui.dialogs.choose_save_path", lambda *args: next(targets))
    window.actions.export_notes_markdown.trigger()
    window.actions.export_notes_csv.trigger()
    markdown = (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert "> démarche volontariste" in markdown and "=À vérifier" in markdown
    data = (tmp_path / "notes.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the accents
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 2 and "'=À vérifier" in rows[1]  # never a formula in Excel
    assert "Enregistré" in window.statusBar().currentMessage()


def test_the_notes_model_says_what_a_note_is(qtmodeltester, french) -> None:
    model = NotesModel()
    qtmodeltester.check(model, force_py=True)
