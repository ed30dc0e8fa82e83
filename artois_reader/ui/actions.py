"""Every command of the window as a QAction: its words, accelerator, shortcut and description.

The menus, the reader's tool bar and the keyboard all trigger the same actions, so each command is
reachable by mouse and by keyboard; `shortcut_rows` lists them for the « Raccourcis clavier » box.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPalette
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QToolButton, QWidget

from artois_reader.ui.reader import WORDED

Key = QKeySequence.StandardKey

ICONS = {  # action -> its drawing in resources/icons/ui
    "open": "open",
    "compare": "compare",
    "print": "print",
    "back": "back",
    "forward": "forward",
    "zoom_in": "zoom-in",
    "zoom_out": "zoom-out",
    "show_raw": "ocr",
    "bookmark": "bookmark",
    "copy_reference": "copy-reference",
    "find_in_page": "find",
    "search": "find",
    "annotate": "annotate",
    "add_to_fiche": "fiche-add",
    "open_fiche": "fiche",
    "focus_notes": "notes",
}


class Actions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # File
        self.open = self._make(self.tr("&Open…"), [Key.Open], self.tr("Open a PDF or text file"))
        self.print = self._make(self.tr("&Print…"), [Key.Print], self.tr("Print what the reader shows"))
        self.export_pdf = self._make(
            self.tr("&Export to PDF…"), ["Ctrl+Shift+E"], self.tr("Save what the reader shows as a PDF")
        )
        self.quit = self._make(self.tr("&Quit"), ["Ctrl+Q"], self.tr("Close Artois Reader"))
        self.compare = self._make(
            self.tr("Co&mpare two versions…"),
            [],
            self.tr("Show what changed between two versions of a document, axis by axis"),
        )
        self.export_contacts_vcard = self._make(
            self.tr("Contacts as &vCard…"),
            [],
            self.tr("Save the contacts of the document shown for an address book"),
        )
        self.export_contacts_csv = self._make(
            self.tr("Contacts as &CSV (Excel)…"),
            [],
            self.tr("Save the contacts of the document shown as a table"),
        )
        self.export_outline_csv = self._make(
            self.tr("C&ontents as CSV (Excel)…"),
            [],
            self.tr("Save the axes, sections and projects of the document shown as a table"),
        )
        self.export_notes_markdown = self._make(
            self.tr("Notes as &Markdown…"), [], self.tr("Save every note, grouped by document and axis")
        )
        self.export_notes_csv = self._make(
            self.tr("&Notes as CSV (Excel)…"), [], self.tr("Save every note as a table, one row per note")
        )
        # Edit
        self.copy = self._make(self.tr("&Copy"), [Key.Copy], self.tr("Copy the selected text"))
        self.copy_reference = self._make(
            self.tr("Copy with the &reference"),
            ["Ctrl+Shift+C"],
            self.tr("Copy the selection with its document, version, axis, section and page"),
        )
        self.annotate = self._make(
            self.tr("&Annotate the selection…"),
            ["Ctrl+Shift+N"],
            self.tr("Write a note on the selected text; it follows the new versions of the document"),
        )
        self.find_in_page = self._make(
            self.tr("&Find in page…"), [Key.Find], self.tr("Find words in the text shown")
        )
        self.find_next = self._make(self.tr("Find &next"), ["F3"], self.tr("Go to the next highlighted word"))
        self.find_previous = self._make(
            self.tr("Find pre&vious"), ["Shift+F3"], self.tr("Go to the previous highlighted word")
        )
        self.search = self._make(
            self.tr("&Search the documents"), ["Ctrl+K"], self.tr("Put the cursor in the search box")
        )
        # View
        self.zoom_in = self._make(self.tr("Zoom &in"), [Key.ZoomIn, "Ctrl+="], self.tr("Larger text"))
        self.zoom_out = self._make(self.tr("Zoom &out"), [Key.ZoomOut], self.tr("Smaller text"))
        self.zoom_reset = self._make(self.tr("&Normal size"), ["Ctrl+0"], self.tr("Text at its normal size"))
        self.show_raw = self._make(
            self.tr("Show the &original text (OCR)"),
            ["Ctrl+Shift+O"],
            self.tr("Show the text as it was read from the file, errors included"),
        )
        self.show_raw.setCheckable(True)
        self.focus_outline = self._make(
            self.tr("&Contents"), ["Ctrl+1"], self.tr("Go to the contents and its filter")
        )
        self.focus_reader = self._make(self.tr("&Reader"), ["Ctrl+2"], self.tr("Go to the text"))
        self.focus_search = self._make(
            self.tr("Search &results"), ["Ctrl+3"], self.tr("Go to the search panel")
        )
        self.focus_contacts = self._make(self.tr("C&ontacts"), ["Ctrl+4"], self.tr("Go to the contact cards"))
        self.focus_bookmarks = self._make(self.tr("&Bookmarks"), ["Ctrl+5"], self.tr("Go to the bookmarks"))
        self.focus_documents = self._make(
            self.tr("&Documents"), ["Ctrl+6"], self.tr("Go to the documents and their versions")
        )
        self.focus_notes = self._make(self.tr("No&tes"), ["Ctrl+7"], self.tr("Go to the notes"))
        # Go
        self.back = self._make(self.tr("&Back"), [Key.Back], self.tr("Go back to the previous place"))
        self.forward = self._make(self.tr("&Forward"), [Key.Forward], self.tr("Go forward again"))
        self.previous_section = self._make(
            self.tr("&Previous section"), ["Ctrl+PgUp"], self.tr("Open the section before this one")
        )
        self.next_section = self._make(
            self.tr("&Next section"), ["Ctrl+PgDown"], self.tr("Open the section after this one")
        )
        self.overview = self._make(
            self.tr("Document &overview"), ["Alt+Home"], self.tr("Open the overview of the document")
        )
        # Bookmarks
        self.bookmark = self._make(
            self.tr("&Bookmark this place"),
            ["Ctrl+D"],
            self.tr("Keep this place in the bookmarks, or remove it"),
        )
        self.bookmark.setCheckable(True)
        # Fiche
        self.add_to_fiche = self._make(
            self.tr("&Add to the brief"),
            ["Ctrl+Shift+A"],
            self.tr("Add the section, project or search result shown to the meeting brief"),
        )
        self.open_fiche = self._make(
            self.tr("&Open the brief…"),
            ["Ctrl+Shift+F"],
            self.tr("Reorder the brief's items and export it as PDF or ODT"),
        )
        # Language
        self.languages = QActionGroup(self)
        self.language_fr = self._language("&Français", "fr")  # a language names itself, in any UI
        self.language_en = self._language("&English", "en")
        self.language_system = self._language(self.tr("Follow the &system"), "")
        # Help
        self.shortcuts = self._make(
            self.tr("&Keyboard shortcuts"), [Key.HelpContents], self.tr("List the keyboard shortcuts")
        )
        self.about = self._make(self.tr("&About Artois Reader"), [], self.tr("Version and licences"))

    def _make(self, text: str, keys: list, tip: str) -> QAction:
        action = QAction(text, self)
        sequences = [QKeySequence(k) for k in keys]
        if sequences:
            action.setShortcuts(sequences)
        action.setStatusTip(tip)
        action.setToolTip(_tooltip(text, tip, sequences))
        action.setWhatsThis(tip)
        return action

    def _language(self, text: str, code: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setData(code)
        self.languages.addAction(action)
        return action

    def fill_menus(self, bar: QMenuBar) -> None:
        a = self
        exports = (
            self.tr("E&xport"),
            [
                a.export_contacts_vcard,
                a.export_contacts_csv,
                a.export_outline_csv,
                None,
                a.export_notes_markdown,
                a.export_notes_csv,
            ],
        )
        menus = [
            (self.tr("&File"), [a.open, a.compare, None, a.print, a.export_pdf, exports, None, a.quit]),
            (self.tr("&Edit"), [a.copy, a.copy_reference, a.annotate, None, a.find_in_page, a.find_next,
                                a.find_previous, None, a.search]),
            (self.tr("&View"), [a.zoom_in, a.zoom_out, a.zoom_reset, None, a.show_raw, None, a.focus_outline,
                                a.focus_reader, a.focus_search, a.focus_contacts, a.focus_bookmarks,
                                a.focus_documents, a.focus_notes]),
            (self.tr("&Go"), [a.back, a.forward, None, a.previous_section, a.next_section, a.overview]),
            (self.tr("&Bookmarks"), [a.bookmark, a.focus_bookmarks]),
            (self.tr("B&rief"), [a.add_to_fiche, a.open_fiche]),
            (self.tr("&Language"), [a.language_fr, a.language_en, None, a.language_system]),
            (self.tr("&Help"), [a.shortcuts, None, a.about]),
        ]  # fmt: skip
        for title, items in menus:
            self._fill_menu(bar.addMenu(title), items)

    def _fill_menu(self, menu: QMenu, items: list) -> None:
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, tuple):
                self._fill_menu(menu.addMenu(item[0]), item[1])
            else:
                menu.addAction(item)

    def set_icons(self, palette: QPalette) -> None:
        """The line icons, in the palette's colours (again when the palette changes: dark theme)."""
        from artois_reader.ui.icons import icon

        for name, drawing in ICONS.items():
            getattr(self, name).setIcon(icon(drawing, palette))

    def fill_reader_toolbar(self, bar: QToolBar, zoom_button: QWidget) -> None:
        """Back, forward, zoom (with the size between the buttons), then the reader's commands: icons,
        with a short word beside those an icon alone would not say; the tooltip names the command and
        its shortcut, and screen readers are told the whole command."""
        a = self
        short = {
            a.back: self.tr("Back"),
            a.forward: self.tr("Forward"),
            a.zoom_out: self.tr("Smaller"),
            a.zoom_in: self.tr("Larger"),
            a.show_raw: self.tr("OCR text"),
            a.bookmark: self.tr("Bookmark"),
            a.copy_reference: self.tr("Cite"),
            a.annotate: self.tr("Annotate"),
            a.add_to_fiche: self.tr("Brief"),
            a.find_in_page: self.tr("Find"),
            a.print: self.tr("Print"),
        }
        worded = {a.show_raw, a.copy_reference, a.annotate, a.add_to_fiche}
        bar.setIconSize(QSize(20, 20))
        bar.addActions([a.back, a.forward])
        bar.addSeparator()
        bar.addAction(a.zoom_out)
        bar.addWidget(zoom_button)
        bar.addAction(a.zoom_in)
        bar.addSeparator()
        bar.addActions([a.show_raw, a.copy_reference, a.annotate, a.add_to_fiche])
        bar.addSeparator()
        bar.addActions([a.bookmark, a.find_in_page, a.print])
        for action, text in short.items():
            action.setIconText(text)
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
                style = (
                    Qt.ToolButtonStyle.ToolButtonTextBesideIcon
                    if action in worded
                    else Qt.ToolButtonStyle.ToolButtonIconOnly
                )
                button.setToolButtonStyle(style)
                button.setProperty(WORDED, action in worded)  # the reader pane drops the words when narrow

    def all(self) -> list[QAction]:
        return [value for value in vars(self).values() if isinstance(value, QAction)]

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(command, shortcuts) for every action that has a shortcut, in the order of the menus."""
        rows = []
        for action in self.all():
            keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
            if keys:
                rows.append((action.text().replace("&", "").rstrip("…"), ", ".join(keys)))
        return rows


def _tooltip(text: str, tip: str, sequences: list[QKeySequence]) -> str:
    name = text.replace("&", "").rstrip("…")
    if sequences:
        name += f" ({sequences[0].toString(QKeySequence.SequenceFormat.NativeText)})"
    return f"{name}\n{tip}"
