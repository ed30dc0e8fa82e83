"""The notes' commands: annotate the reader's selection, show notes as highlights, list, open, edit,
delete, re-attach a note « à revoir », export, and tell what a new edition did to the notes.
Each takes the main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from artois_reader.ui import dialogs
from artois_reader.ui.annotations import note_spans, quote_start, selection_in_passage
from artois_reader.ui.navigation import Place, View
from artois_reader.ui.reference import reference_of_passage

if TYPE_CHECKING:
    from artois_reader.ui.edition import Edition
    from artois_reader.ui.main_window import MainWindow

translate = QCoreApplication.translate


class NoteWords(QObject):
    """Sentences whose words follow a number (a QObject: lupdate sees `self.tr(…, n)` as a plural)."""

    def moved(self, count: int) -> str:
        return self.tr("%n moved", "", count)

    def review(self, count: int) -> str:
        return self.tr("%n left to review", "", count)

    def tab(self, review: int) -> str:
        return self.tr("Notes (%n to review)", "", review)


# --- where a note goes ----------------------------------------------------------------------------


def _selected_place(window: MainWindow) -> tuple[Edition, str, str, int | None] | None:
    """(edition, passage id, quote, offset of the quote in the passage) for the reader's selection,
    or the whole passage a search opened when nothing is selected; None (the user is told why)."""
    if window.current is None or window.current[0].view == View.COMPARE:
        window.show_message(translate("Notes", "Open a passage of a document to annotate it."))
        return None
    if window.actions.show_raw.isChecked():
        window.show_message(
            translate(
                "Notes", "Notes go on the corrected text: turn “OCR text” off, then select the words again."
            )
        )
        return None
    place = window.current[0]
    edition = window.edition(place.doc_id)
    if edition is None:
        return None
    view = window.reader.view
    start, end = view.selection_span()
    if start == end:
        passage = edition.passage(place.target) if place.view == View.PASSAGE else None
        if passage is None:
            window.show_message(translate("Notes", "Select the words to annotate first."))
            return None
        return edition, passage.id, passage.text, 0
    passage_id = view.passage_at(start) or view.passage_at(end - 1)
    segments = view.passage_segments()
    passage = edition.passage(passage_id)
    if passage is None or passage_id not in segments:
        window.show_message(translate("Notes", "Select words of a paragraph of the document."))
        return None
    offset, segment = segments[passage_id]
    selection = selection_in_passage(segment, start - offset, end - offset, passage_id)
    if selection is None:
        window.show_message(translate("Notes", "Select the words to annotate first."))
        return None
    return edition, passage_id, selection.quote, quote_start(passage.text, selection)


def annotate(window: MainWindow) -> Any:
    """A note on the selection: the dialog, then the store; the highlight shows at once."""
    chosen = _selected_place(window)
    if chosen is None:
        return None
    edition, passage_id, quote, start = chosen
    text = dialogs.ask_note(window, quote, reference_of_passage(edition, passage_id))
    if text is None:
        return None
    try:
        note = window.notebook.add(edition.info, edition.outline, passage_id, text, quote=quote, start=start)
    except Exception as error:  # the notes file cannot be written (read-only folder, full disk)
        dialogs.show_error(window, _not_saved(error))
        return None
    cursor = window.reader.view.textCursor()
    cursor.clearSelection()  # the note's green shows at once, not hidden under the selection
    window.reader.view.setTextCursor(cursor)
    window.show_message(translate("Notes", "Note saved. It is listed in the Notes tab (Ctrl+7)."))
    window.refresh_notes()
    if pane := window.built("notes"):
        pane.select_note(note.id)
    return note


def _not_saved(error: object) -> str:
    return translate("Notes", "The note could not be saved: the notes file cannot be written (%1).").replace(
        "%1", type(error).__name__
    )


def show_review_count(window: MainWindow) -> None:
    """The Notes tab says how many notes wait for review: « Notes (1 à revoir) »."""
    from artois_reader.core.notes import NoteStatus

    review = len(window.notebook.list(status=NoteStatus.REVIEW))
    tabs = window.right_tabs
    index = next((i for i in range(tabs.count()) if tabs.widget(i) is window.notes_tab()), -1)
    if index >= 0:
        words = NoteWords().tab(review) if review else translate("MainWindow", "Notes")
        tabs.setTabText(index, words)


def paint_notes(window: MainWindow) -> None:
    """The notes of the edition shown, as highlights in the reader (not over the raw OCR text)."""
    view = window.reader.view
    if (
        window.current is None
        or window.current[0].view == View.COMPARE
        or window.actions.show_raw.isChecked()
    ):
        view.set_note_spans([])
        return
    edition = window.edition(window.current[0].doc_id)
    notes = window.notebook.notes_of(edition.doc_id) if edition is not None else []
    if not notes or edition is None:
        view.set_note_spans([])
        return

    def stored(passage_id: str) -> str | None:
        passage = edition.passage(passage_id)
        return passage.text if passage is not None else None

    view.set_note_spans(note_spans(view.passage_segments(), notes, stored))


# --- the notes pane -----------------------------------------------------------------------------------


def list_notes(window: MainWindow) -> None:
    from artois_reader.core.notes import NoteStatus

    filters = window.notes.filters
    notes = window.notebook.list(
        document=filters.document,
        axis=filters.axis,
        text=filters.text or None,
        status=NoteStatus.REVIEW if filters.review_only else None,
    )
    store = window.notebook.store()
    window.notes.show_notes(notes, total=store.count() if store is not None else 0)


def open_note(window: MainWindow, note: Any) -> None:
    if window.open_place(Place(note.edition_id, View.PASSAGE, note.passage_id)) and note.needs_review:
        window.show_message(
            translate(
                "Notes",
                "This note stayed on version %1: the newer version has no sure place for it. "
                "Select where it belongs in the newer version, then “Re-attach here”.",
            ).replace("%1", str(note.version))
        )


def edit_note(window: MainWindow, note: Any) -> None:
    edition = window.edition(note.edition_id)
    reference = reference_of_passage(edition, note.passage_id) if edition is not None else note.document_title
    text = dialogs.ask_note(window, note.quote, reference, note.text)
    if text is None or text == note.text:
        return
    try:
        window.notebook.update(note.id, text)
    except Exception as error:
        dialogs.show_error(window, _not_saved(error))
        return
    window.show_message(translate("Notes", "Note changed."))


def delete_note(window: MainWindow, note: Any) -> None:
    words = note.text or note.quote
    shown = words if len(words) <= 80 else words[:79].rstrip() + "…"
    if not dialogs.confirm(
        window,
        translate("Notes", "Delete the note"),
        translate("Notes", "Delete the note “%1”? This cannot be undone.").replace("%1", shown),
        action=translate("Notes", "&Delete"),
    ):
        return
    try:
        window.notebook.delete(note.id)
    except Exception as error:
        dialogs.show_error(window, _not_saved(error))
        return
    window.show_message(translate("Notes", "Note deleted."))


def reattach_note(window: MainWindow, note: Any) -> None:
    """Put a note « à revoir » on the words selected in the reader (an edition of its document)."""
    if window.current is not None:
        edition = window.edition(window.current[0].doc_id)
        if edition is not None and _key(edition.title) != note.document_key:
            window.show_message(
                translate("Notes", "Open a version of “%1” to re-attach this note.").replace(
                    "%1", note.document_title
                )
            )
            return
    chosen = _selected_place(window)
    if chosen is None:
        return
    edition, passage_id, quote, start = chosen
    try:
        window.notebook.move(note.id, edition.info, edition.outline, passage_id, quote=quote, start=start)
    except Exception as error:
        dialogs.show_error(window, _not_saved(error))
        return
    window.show_message(
        translate("Notes", "Note re-attached to version %1, page %2.")
        .replace("%1", str(edition.info.version))
        .replace("%2", str(edition.passage(passage_id).page if edition.passage(passage_id) else ""))
    )


def _key(title: str) -> str:
    from artois_reader.core.notes import document_key

    return document_key(title)


def export_notes(window: MainWindow, kind: str, notes: list[Any] | None) -> Path | None:
    """Markdown or CSV (Excel) of `notes` (None: every note), where the user says."""
    from artois_reader.core import exports
    from artois_reader.core.notes import notes_csv, notes_markdown

    if notes is None:
        notes = window.notebook.list()
    if not notes:
        window.show_message(translate("Notes", "There is no note to export."))
        return None
    suffix, label = (".md", translate("Notes", "Markdown text")) if kind == "md" else (".csv", "CSV (Excel)")
    path = dialogs.choose_save_path(
        window, translate("Notes", "Export the notes"), str(Path.home() / f"notes{suffix}"), label, suffix
    )
    if path is None:
        return None
    lang = window.language
    data = (
        notes_markdown(notes, lang=lang).encode("utf-8")
        if kind == "md"
        else exports.csv_bytes(notes_csv(notes, lang=lang))
    )
    return _write(window, path, data)


def _write(window: MainWindow, path: Path, data: bytes) -> Path | None:
    from artois_reader.core.exports import write_export

    try:
        write_export(path, data)
    except OSError:
        dialogs.show_error(
            window, translate("Notes", "The file could not be written: %1").replace("%1", str(path))
        )
        return None
    window.show_message(translate("Notes", "Saved: %1").replace("%1", str(path)))
    return path


def announce(window: MainWindow, reattachments: list[Any]) -> str:
    """Say what new editions did to the notes of the earlier ones (moved, to review)."""
    moved = sum(len(r.moved) for r in reattachments if r is not None)
    review = sum(len(r.review) for r in reattachments if r is not None)
    if not moved and not review:
        return ""
    words = NoteWords()
    parts = [words.moved(moved)] if moved else []
    if review:
        parts.append(words.review(review))
    text = translate("Notes", "Notes: %1.").replace("%1", ", ".join(parts))
    said = window.statusBar().currentMessage()  # « Ajouté : … » after an import: both are kept
    window.show_message(f"{said} {text}" if said else text)
    window.refresh_notes()
    return text
