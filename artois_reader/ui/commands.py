"""The window's commands that are more than a line: copy with the reference, bookmarks, print and
export, the About and shortcut boxes, dropped files. Each takes the main window."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from artois_reader import APP_NAME, __version__
from artois_reader.ui import dialogs
from artois_reader.ui.navigation import Bookmark, View
from artois_reader.ui.navigation import toggle_bookmark as toggled
from artois_reader.ui.printing import export_pdf, print_html
from artois_reader.ui.reference import format_reference, quote_with_reference, reference_of_passage

if TYPE_CHECKING:
    from artois_reader.ui.main_window import MainWindow

translate = QCoreApplication.translate


def current_reference(window: MainWindow) -> str:
    """The reference of what the reader shows (the passage in focus, else the page shown)."""
    if window.current is None:
        return ""
    place, rendered = window.current
    edition = window.edition(place.doc_id)
    if edition is None:
        return ""
    if place.view == View.PASSAGE and edition.passage(place.target):
        return reference_of_passage(edition, place.target)
    return format_reference(edition, page=rendered.page, axis=rendered.axis, section_id=rendered.section_id)


def copy_with_reference(window: MainWindow) -> str:
    """Copy the selection (or the passage in focus) followed by its reference; returns what was copied."""
    if window.current is None:
        return ""
    place, _rendered = window.current
    edition = window.edition(place.doc_id)
    view = window.reader.view
    text, passage_id = view.selected_text(), view.selection_passage()
    if not text and place.view == View.PASSAGE and edition is not None and edition.passage(place.target):
        passage_id, text = place.target, edition.passages[place.target].text
    if not text or edition is None:
        window.show_message(translate("Commands", "Select the text to copy first."))
        return ""
    reference = reference_of_passage(edition, passage_id) if passage_id else current_reference(window)
    copied = quote_with_reference(text, reference)
    QGuiApplication.clipboard().setText(copied)
    window.show_message(translate("Commands", "Copied to the clipboard, with its reference."))
    return copied


# --- bookmarks ---------------------------------------------------------------------------------------


def _bookmark_here(window: MainWindow) -> Bookmark | None:
    if window.current is None:
        return None
    place, rendered = window.current
    edition = window.edition(place.doc_id)
    if edition is None:
        return None
    title = rendered.title
    passage = edition.passage(place.target) if place.view == View.PASSAGE else None
    if passage is not None:
        words = " ".join(passage.text.split()).rstrip(" .;:,")  # "(Harnes) — p. 3", not "(Harnes). — p. 3"
        title = words if len(words) <= 80 else words[:79].rstrip() + "…"
    created = datetime.now(UTC).replace(microsecond=0).isoformat()
    return Bookmark(place.with_terms(()), title, rendered.page, edition.title, edition.info.version, created)


def toggle_bookmark(window: MainWindow) -> bool:
    """Bookmark the place shown, or remove its bookmark. Returns True when a bookmark was added."""
    mark = _bookmark_here(window)
    if mark is None:
        return False
    marks, added = toggled(window.settings.bookmarks, mark)
    _save_bookmarks(window, marks)
    text = (
        translate("Commands", "Bookmark added: %1")
        if added
        else translate("Commands", "Bookmark removed: %1")
    )
    window.show_message(text.replace("%1", mark.title))
    return added


def remove_bookmark(window: MainWindow, mark: Bookmark) -> None:
    _save_bookmarks(window, [b for b in window.settings.bookmarks if b.place != mark.place])


def _save_bookmarks(window: MainWindow, marks: list[Bookmark]) -> None:
    window.settings.bookmarks = marks
    window.settings.sync()
    if pane := window.built("bookmarks"):
        pane.set_bookmarks(marks)
    window.actions.bookmark.setChecked(window.is_bookmarked())


# --- print and export --------------------------------------------------------------------------------


def print_current(window: MainWindow) -> None:
    if window.current is None:
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    rendered = window.current[1]
    pages = print_html(printer, rendered.html, current_reference(window), title=rendered.title)
    window.show_message(translate("Commands", "Sent to the printer (%1 p.).").replace("%1", str(pages)))


def export_current(window: MainWindow) -> Path | None:
    if window.current is None:
        return None
    rendered = window.current[1]
    suggested = "".join(c if c.isalnum() or c in " -_" else "_" for c in rendered.title).strip() or "export"
    path = dialogs.choose_pdf_path(window, str(Path.home() / f"{suggested[:60]}.pdf"))
    if path is None:
        return None
    pages = export_pdf(path, rendered.html, current_reference(window), title=rendered.title)
    if pages == 0:
        dialogs.show_error(
            window, translate("Commands", "The PDF could not be written to %1.").replace("%1", str(path))
        )
        return None
    window.show_message(translate("Commands", "Saved as PDF: %1").replace("%1", str(path)))
    return path


# --- boxes ---------------------------------------------------------------------------------------------


def about_html() -> str:
    rows = [
        ("Qt 6 / PySide6", "LGPL v3", translate("Commands", "windows, text display, printing")),
        ("Whoosh (whoosh-reloaded)", "BSD", translate("Commands", "search index")),
        ("pypdf", "BSD", translate("Commands", "reading PDF files")),
        ("RapidFuzz", "MIT", translate("Commands", "search tolerant to OCR errors")),
        ("platformdirs", "MIT", translate("Commands", "user data folder")),
        ("cryptography", "Apache 2.0 / BSD", translate("Commands", "encrypted PDF files")),
        (
            "Dicollecte (Grammalecte) 7.0",
            "MPL 2.0",
            translate("Commands", "French words, for the OCR repair and the search"),
        ),
        ("wordfreq 3.1.1", "CC BY-SA 4.0", translate("Commands", "how often French uses each word")),
    ]
    head = (
        translate("Commands", "Component"),
        translate("Commands", "Licence"),
        translate("Commands", "Used for"),
    )
    table = "<tr>" + "".join(f"<th align='left'>{html.escape(cell)}</th>" for cell in head) + "</tr>"
    table += "".join(
        f"<tr><td>{html.escape(name)}</td><td>{html.escape(licence)}</td><td>{html.escape(use)}</td></tr>"
        for name, licence, use in rows
    )
    paragraphs = [
        translate(
            "Commands",
            "Offline reader and search tool for the CRTE “chapeau commun” "
            "of the Pôle Métropolitain de l'Artois.",
        ),
        translate(
            "Commands",
            "Bundled document: the CRTE “chapeau commun” of the Pôle Métropolitain de l'Artois "
            "(a public document of the Pôle Métropolitain de l'Artois), "
            "as text read by OCR, errors included.",
        ),
        translate(
            "Commands", "Communes and intercommunal bodies: INSEE, DGCL, Etalab — Licence Ouverte 2.0."
        ),
        translate("Commands", "Fonts: the system's own; no font is shipped."),
        translate("Commands", "Nothing is ever sent over the network."),
    ]
    version = translate("Commands", "Version %1 (Qt %2)").replace("%1", __version__).replace("%2", qVersion())
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    heading = f"<h3>{html.escape(APP_NAME)}</h3><p>{html.escape(version)}</p>"
    return f"{heading}{body}<table cellpadding='3'>{table}</table>"


def show_about(window: MainWindow) -> None:
    QMessageBox.about(window, translate("Commands", "About Artois Reader"), about_html())


def show_shortcuts(window: MainWindow) -> None:
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(keys)}</b></td></tr>"
        for name, keys in window.actions.shortcut_rows()
    )
    box = QMessageBox(window)
    box.setWindowTitle(translate("Commands", "Keyboard shortcuts"))
    box.setText(f"<table cellpadding='2'>{rows}</table>")
    box.exec()
