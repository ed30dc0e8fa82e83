"""The « fiche » for a meeting: a basket of sections, projects and search results, then a printable
document (PDF, ODT) with the reference of each item.

The basket keeps `FicheEntry` recipes (kind, edition, target, query), small enough for the settings,
so it survives a restart; the items themselves are built from the library when the dialog needs them
(`core.exports.fiche_section/fiche_project/fiche_hit/fiche_passage`), and laid out by
`core.exports.fiche_html`, which keeps to what QTextDocument renders: Qt alone writes the PDF (A4,
`QPdfWriter`) and the ODT (`QTextDocumentWriter`, format "odf", which Word and LibreOffice open).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument, QTextDocumentWriter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from artois_reader.ui import dialogs
from artois_reader.ui.render import tooltip

log = logging.getLogger(__name__)

KINDS = ("section", "project", "hit", "passage")
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 50


@dataclass(frozen=True)
class FicheEntry:
    """What the basket keeps of an item: enough to build it again from the library."""

    kind: str  # "section" | "project" | "hit" | "passage"
    edition_id: str
    target: str  # a section id, a project id or a passage id
    query: str = ""  # a search result: what was searched
    title: str = ""  # a search result: its title in the results list

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> FicheEntry | None:
        if not isinstance(data, dict) or data.get("kind") not in KINDS:
            return None
        try:
            return cls(
                **{key: str(data.get(key, "")) for key in ("kind", "edition_id", "target", "query", "title")}
            )
        except TypeError:
            return None


def add_entry(entries: list[FicheEntry], entry: FicheEntry) -> tuple[list[FicheEntry], bool]:
    """The basket with `entry` at the end, unless the same item is already there. Returns (list, added)."""
    same = [
        e for e in entries if (e.kind, e.edition_id, e.target) == (entry.kind, entry.edition_id, entry.target)
    ]
    return (list(entries), False) if same else ([*entries, entry], True)


def build_item(entry: FicheEntry, info: Any, outline: Any, lang: str = "fr") -> Any:
    """The `core.exports.FicheItem` of an entry (KeyError when its target left the edition)."""
    from artois_reader.core import exports

    if entry.kind == "section":
        return exports.fiche_section(info, outline, entry.target)
    if entry.kind == "project":
        return exports.fiche_project(info, outline, entry.target, lang=lang)
    if entry.kind == "hit":
        return exports.fiche_passage(
            info, outline, entry.target, title=entry.title, query=entry.query, lang=lang
        )
    return exports.fiche_passage(info, outline, entry.target, lang=lang)


def fiche_document(html_text: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html_text)
    return document


def write_pdf(path: Path, html_text: str, *, title: str = "") -> bool:
    """The fiche as an A4 PDF (18 mm margins, 300 dpi). False if the file could not be written."""
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Artois Reader")
    document = fiche_document(html_text)
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes
    return path.is_file() and path.stat().st_size > 0


def write_odt(path: Path, html_text: str) -> bool:
    """The fiche as an OpenDocument text (LibreOffice, Word). False if it could not be written."""
    return QTextDocumentWriter(str(path), b"odf").write(fiche_document(html_text))


class FicheDialog(QDialog):
    """The items (reorder, remove), the fiche's title, a preview, and the two exports."""

    def __init__(
        self,
        entries: list[FicheEntry],
        items_of: Callable[[list[FicheEntry]], list[tuple[FicheEntry, Any]]],
        save_entries: Callable[[list[FicheEntry]], None],
        *,
        title: str = "",
        lang: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting brief"))
        self._items_of = items_of
        self._save = save_entries
        self._lang = lang
        self._pairs = items_of(entries)  # (entry, FicheItem) of the entries still in the library
        self.title_box = QLineEdit(title, self)
        self.title_box.setPlaceholderText(self.tr("Meeting brief"))
        self.title_box.setAccessibleName(self.tr("Title of the brief"))
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Items of the brief"))
        self.list.setAccessibleDescription(self.tr("Alt+Up and Alt+Down move an item; Delete removes it"))
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview of the brief"))
        self.empty = QLabel(
            self.tr(
                "The brief is empty. Add a section, a project or a search result with "
                "“Add to the brief” (Ctrl+Shift+A, or a right click)."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.up = QPushButton(self.tr("Move &up"), self)
        self.down = QPushButton(self.tr("Move do&wn"), self)
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.clear = QPushButton(self.tr("Empty the brief"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.pdf_button = self.buttons.addButton(
            self.tr("Export as &PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.odt_button = self.buttons.addButton(
            self.tr("Export as &ODT…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self._build_layout()
        self._connect_signals()
        self._fill()
        self.resize(980, 680)

    def _build_layout(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("&Title:"), left))
        column.itemAt(0).widget().setBuddy(self.title_box)
        column.addWidget(self.title_box)
        column.addWidget(self.empty)
        column.addWidget(self.list, 1)
        moves = QHBoxLayout()
        for button in (self.up, self.down, self.remove):
            moves.addWidget(button)
        column.addLayout(moves)
        column.addWidget(self.clear, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([360, 620])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.title_box.textChanged.connect(lambda _text: self._show_preview())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(+1))
        self.remove.clicked.connect(self.remove_current)
        self.clear.clicked.connect(self.clear_all)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.odt_button.clicked.connect(lambda: self.export("odt"))
        self.buttons.rejected.connect(self.reject)

    # --- the list ------------------------------------------------------------------------------------

    @property
    def entries(self) -> list[FicheEntry]:
        return [entry for entry, _item in self._pairs]

    def _fill(self, current: int = 0) -> None:
        self.list.clear()
        for entry, item in self._pairs:
            reference = item.reference
            where = [reference.document_title, self.tr("version %1").replace("%1", str(reference.version))]
            where.append(self.tr("p. %1").replace("%1", str(reference.page)))
            row = QListWidgetItem(f"{item.title}\n{' · '.join(where)}")
            row.setData(ENTRY_ROLE, entry)
            row.setToolTip(tooltip(item.title))
            self.list.addItem(row)
        if self._pairs:
            self.list.setCurrentRow(min(max(current, 0), len(self._pairs) - 1))
        self.empty.setVisible(not self._pairs)
        self._show_preview()
        self._update_buttons()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._pairs):
            return
        self._pairs.insert(target, self._pairs.pop(row))
        self._changed(target)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._pairs):
            del self._pairs[row]
            self._changed(row)

    def clear_all(self) -> None:
        self._pairs = []
        self._changed(0)

    def _changed(self, current: int) -> None:
        self._save(self.entries)
        self._fill(current)

    def keyPressEvent(self, event: Any) -> None:
        if self.list.hasFocus():
            if event.key() == Qt.Key.Key_Delete:
                self.remove_current()
                return
            if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            ):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else +1)
                return
        super().keyPressEvent(event)

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), len(self._pairs)
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < count - 1)
        self.remove.setEnabled(0 <= row < count)
        self.clear.setEnabled(count > 0)
        self.pdf_button.setEnabled(count > 0)
        self.odt_button.setEnabled(count > 0)

    # --- the document ---------------------------------------------------------------------------------

    @property
    def fiche_title(self) -> str:
        return " ".join(self.title_box.text().split())

    def html(self, day: date | None = None) -> str:
        from artois_reader.core.exports import fiche_html

        return fiche_html(
            [item for _entry, item in self._pairs], title=self.fiche_title, day=day, lang=self._lang
        )

    def _show_preview(self) -> None:
        if self._pairs:
            self.preview.setHtml(self.html())
        else:
            self.preview.setHtml(f"<p>{html.escape(self.empty.text())}</p>")

    def export(self, kind: str) -> Path | None:
        """Ask where, then write the PDF or the ODT; says so in the dialog's title bar."""
        name = self.fiche_title or self.tr("Meeting brief")
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip()[:60] or "fiche"
        suffix = ".pdf" if kind == "pdf" else ".odt"
        label = self.tr("PDF document") if kind == "pdf" else self.tr("OpenDocument text")
        path = dialogs.choose_save_path(
            self, self.tr("Export the brief"), str(Path.home() / f"{safe}{suffix}"), label, suffix
        )
        if path is None:
            return None
        markup = self.html()
        try:
            written = write_pdf(path, markup, title=name) if kind == "pdf" else write_odt(path, markup)
        except OSError as error:
            log.warning("the fiche could not be written to %s: %s", path, error)
            written = False
        if not written:
            dialogs.show_error(
                self, self.tr("The brief could not be written to %1.").replace("%1", str(path))
            )
            return None
        self.setWindowTitle(self.tr("Meeting brief — saved as %1").replace("%1", path.name))
        return path
