"""The side panes the window builds only when first shown: documents, bookmarks, contacts, notes.

At start the window shows the contents tree, the reader and the search panel; the other tabs hold an
empty placeholder until the user opens one (or a command needs it). Each pane is built here with its
signals connected and fed what the window already knows, so nothing of it is imported or laid out
before the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from artois_reader.core.document import PassageKind
from artois_reader.ui.navigation import View

if TYPE_CHECKING:
    from artois_reader.ui.main_window import MainWindow

NAMES = ("documents", "bookmarks", "contacts", "notes")


def build(window: MainWindow, name: str) -> QWidget:
    return {
        "documents": _documents,
        "bookmarks": _bookmarks,
        "contacts": _contacts,
        "notes": _notes,
    }[name](window)


def _documents(window: MainWindow) -> QWidget:
    from artois_reader.ui.documents_pane import DocumentsPane

    pane = DocumentsPane(window)
    pane.show_requested.connect(window.show_edition)
    pane.search_requested.connect(window.search_within)
    pane.compare_requested.connect(lambda doc: window.run("library_commands", "compare", doc))
    pane.rename_requested.connect(lambda doc: window.run("library_commands", "rename", doc))
    pane.remove_requested.connect(lambda ids: window.run("library_commands", "remove", ids))
    pane.set_editions(window.library.documents(), window.shown)
    if window.current is not None:
        pane.select_edition(window.current[0].doc_id)
    return pane


def _bookmarks(window: MainWindow) -> QWidget:
    from artois_reader.ui.bookmarks_pane import BookmarksPane

    pane = BookmarksPane(window)
    pane.place_requested.connect(window.open_place)
    pane.removal_requested.connect(lambda mark: window.run_command("remove_bookmark", mark))
    pane.set_bookmarks(window.settings.bookmarks)
    return pane


def _contacts(window: MainWindow) -> QWidget:
    from artois_reader.ui.contacts_pane import ContactsPane

    pane = ContactsPane(window)
    pane.place_requested.connect(window.open_place)
    copied = QCoreApplication.translate("MainWindow", "Copied: %1")
    pane.copied.connect(lambda text: window.show_message(copied.replace("%1", text)))
    pane.unopened.connect(window.say_unopened)
    show_contacts(window, pane)
    return pane


def show_contacts(window: MainWindow, pane: QWidget) -> None:
    """The contacts of the document shown; the one a contact passage shows, picked out."""
    if window.current is None or window.current[0].view == View.COMPARE:
        return
    place = window.current[0]
    edition = window.edition(place.doc_id)
    if edition is None:
        return
    pane.set_contacts(edition.doc_id, edition.outline.contacts)
    passage = edition.passage(place.target) if place.view == View.PASSAGE else None
    if passage is not None and passage.kind == PassageKind.CONTACT:
        pane.show_contact(passage.id)


def _notes(window: MainWindow) -> QWidget:
    from artois_reader.ui.notes_pane import NotesPane

    pane = NotesPane(window)
    pane.open_requested.connect(lambda note: window.run("note_commands", "open_note", note))
    pane.edit_requested.connect(lambda note: window.run("note_commands", "edit_note", note))
    pane.delete_requested.connect(lambda note: window.run("note_commands", "delete_note", note))
    pane.reattach_requested.connect(lambda note: window.run("note_commands", "reattach_note", note))
    pane.export_requested.connect(
        lambda kind, notes: window.run("note_commands", "export_notes", kind, notes)
    )
    pane.filters_changed.connect(lambda _filters: window.refresh_notes())
    set_notes_scope(window, pane)
    return pane


def set_notes_scope(window: MainWindow, pane: QWidget) -> None:
    axes: dict[int, str] = {}
    for edition in window.editions.values():
        for axis in edition.outline.axes:
            axes.setdefault(axis.number, axis.title if len(window.editions) == 1 else "")
    pane.set_scope(sorted({e.title for e in window.editions.values()}), sorted(axes.items()))
