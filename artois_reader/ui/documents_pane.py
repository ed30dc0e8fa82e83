"""The « Documents » pane: every document of the library and its editions (version, date ingested,
pages), which one the window shows, and what can be done with them: show a version, search within
a document, compare two versions, rename a document, remove a version.

`group_editions` is pure (the shape of the list is tested without widgets); `DocumentsModel` is a thin
`QAbstractItemModel` over it (checked by `qtmodeltester`); the pane only emits requests, the window
decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from artois_reader.core.document import DocumentInfo
from artois_reader.core.library import normalise_title
from artois_reader.ui.render import page_count, tooltip

INFO_ROLE = Qt.ItemDataRole.UserRole + 30  # the DocumentInfo of a row (a document row: the one shown)
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 31  # True on the edition the window shows

AnyIndex = QModelIndex | QPersistentModelIndex


def title_key(title: str) -> str:
    """The key the library groups editions by (accents, case and spacing ignored)."""
    return normalise_title(title)


@dataclass(eq=False)
class DocumentGroup:
    """A document: its editions, oldest first, and the one the window shows."""

    key: str
    editions: list[DocumentInfo]
    shown_id: str
    rows: list[EditionRow] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.editions[-1].title

    @property
    def shown(self) -> DocumentInfo:
        return next((info for info in self.editions if info.id == self.shown_id), self.editions[-1])


@dataclass(eq=False)
class EditionRow:
    group: DocumentGroup
    info: DocumentInfo
    row: int


def group_editions(editions: Iterable[DocumentInfo], shown: dict[str, str]) -> list[DocumentGroup]:
    """Documents by title (sorted, accents ignored), each with its editions oldest first; `shown`
    (title key -> edition id) says which edition the window shows, the newest by default."""
    by_key: dict[str, list[DocumentInfo]] = {}
    for info in editions:
        by_key.setdefault(title_key(info.title), []).append(info)
    groups = []
    for key in sorted(by_key):
        infos = sorted(by_key[key], key=lambda info: info.version)
        wanted = shown.get(key, "")
        shown_id = wanted if any(info.id == wanted for info in infos) else infos[-1].id
        group = DocumentGroup(key, infos, shown_id)
        group.rows = [EditionRow(group, info, row) for row, info in enumerate(infos)]
        groups.append(group)
    return groups


def ingested_label(info: DocumentInfo) -> str:
    """The day and time an edition was ingested, in the user's locale (« 01/05/2024 12:00 »)."""
    moment = QDateTime.fromString(info.ingested_at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return info.ingested_at[:10]
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class DocumentsModel(QAbstractItemModel):
    """Documents, then their editions under them, in one column that a narrow pane can show whole:
    a document's title; under it « Version 2 (affichée) » with « ajoutée le … · 10 pages » below."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[DocumentGroup] = []

    def set_groups(self, groups: list[DocumentGroup]) -> None:
        self.beginResetModel()
        self._groups = groups
        self.endResetModel()

    @property
    def groups(self) -> list[DocumentGroup]:
        return self._groups

    def item(self, index: AnyIndex) -> DocumentGroup | EditionRow | None:
        return index.internalPointer() if index.isValid() else None

    def index_of_edition(self, edition_id: str) -> QModelIndex:
        for group in self._groups:
            for edition in group.rows:
                if edition.info.id == edition_id:
                    return self.createIndex(edition.row, 0, edition)
        return QModelIndex()

    def index_of_group(self, key: str) -> QModelIndex:
        for row, group in enumerate(self._groups):
            if group.key == key:
                return self.createIndex(row, 0, group)
        return QModelIndex()

    # --- QAbstractItemModel -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        holder = self.item(parent)
        if holder is None:
            if 0 <= row < len(self._groups):
                return self.createIndex(row, column, self._groups[row])
            return QModelIndex()
        if isinstance(holder, DocumentGroup) and 0 <= row < len(holder.rows):
            return self.createIndex(row, column, holder.rows[row])
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        item = self.item(index)
        if not isinstance(item, EditionRow):
            return QModelIndex()
        return self.createIndex(self._groups.index(item.group), 0, item.group)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        item = self.item(parent)
        if item is None:
            return len(self._groups)
        return len(item.rows) if isinstance(item, DocumentGroup) else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        info = item.shown if isinstance(item, DocumentGroup) else item.info
        shown = isinstance(item, EditionRow) and item.info.id == item.group.shown_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, info, shown)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(item, info, shown).replace("\n", ", ")
            return f"{text}, {self.versions(item)}" if isinstance(item, DocumentGroup) else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tooltip(item, info))
        if role == Qt.ItemDataRole.FontRole and isinstance(item, DocumentGroup):
            font = QFont()
            font.setBold(True)
            return font
        if role == INFO_ROLE:
            return info
        if role == SHOWN_ROLE:
            return shown
        return None

    def _text(self, item: DocumentGroup | EditionRow, info: DocumentInfo, shown: bool) -> str:
        if isinstance(item, DocumentGroup):
            return item.title
        label = self.tr("Version %1").replace("%1", str(info.version))
        label = self.tr("%1 (shown)").replace("%1", label) if shown else label
        added = (
            self.tr("added on %1 · %2")
            .replace("%1", ingested_label(info))
            .replace("%2", page_count(info.pages))
        )
        return f"{label}\n{added}"

    def versions(self, group: DocumentGroup) -> str:
        return self.tr("%n version(s)", "", len(group.editions))

    def _tooltip(self, item: DocumentGroup | EditionRow, info: DocumentInfo) -> str:
        if isinstance(item, DocumentGroup):
            return f"{item.title}\n{self.versions(item)}"
        words = self.tr("Version %1 of “%2”\nFile: %3\nIdentifier: %4")
        return (
            words.replace("%1", str(info.version))
            .replace("%2", info.title)
            .replace("%3", info.source_name)
            .replace("%4", info.id)
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Documents and versions")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DocumentsPane(QWidget):
    """The list and its buttons. Every request names an edition id (a document row: the one shown)."""

    show_requested = Signal(str)  # show this edition in the tree and the reader
    search_requested = Signal(str)  # search within this document (the edition shown)
    compare_requested = Signal(str)  # compare this edition (or document) with another one
    rename_requested = Signal(str)
    remove_requested = Signal(list)  # edition ids: one version, or every version of a document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentsModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(False)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setAccessibleName(self.tr("Documents and versions"))
        self.tree.setAccessibleDescription(
            self.tr("Enter shows the version chosen; the buttons below act on the selection")
        )
        self.empty = QLabel(
            self.tr("The library is empty. Open a PDF or a text file with File › Open… (Ctrl+O)."), self
        )
        self.empty.setWordWrap(True)
        self.show_button = self._button(self.tr("&Show"), self.tr("Show this version in the contents"))
        self.search_button = self._button(self.tr("Search &in it"), self.tr("Search only this document"))
        self.compare_button = self._button(self.tr("Co&mpare…"), self.tr("Compare two versions"))
        self.rename_button = self._button(self.tr("Re&name…"), self.tr("Rename the document"))
        self.remove_button = self._button(
            self.tr("&Delete…"), self.tr("Delete this version, or the whole document with its versions")
        )
        first, second = QHBoxLayout(), QHBoxLayout()
        for button in (self.show_button, self.search_button, self.compare_button):
            first.addWidget(button)
        for button in (self.rename_button, self.remove_button):
            second.addWidget(button)
        first.addStretch(1)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(first)
        layout.addLayout(second)
        self._connect_signals()
        self._update_buttons()

    def _button(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(description)
        button.setAccessibleDescription(description)
        return button

    def _connect_signals(self) -> None:
        self.tree.activated.connect(lambda index: self._emit(self.show_requested, index))
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        for button, signal in self._actions():
            button.clicked.connect(lambda _checked=False, s=signal: self._emit(s, self.tree.currentIndex()))

    def _actions(self) -> list[tuple[QPushButton, Any]]:
        return [
            (self.show_button, self.show_requested),
            (self.search_button, self.search_requested),
            (self.compare_button, self.compare_requested),
            (self.rename_button, self.rename_requested),
            (self.remove_button, self.remove_requested),
        ]

    def set_editions(self, editions: Iterable[DocumentInfo], shown: dict[str, str]) -> None:
        current = self.current_edition()
        self.model.set_groups(group_editions(editions, shown))
        self.tree.expandAll()
        if current is not None:
            self.select_edition(current.id)
        self.empty.setVisible(not self.model.groups)
        self.tree.setVisible(bool(self.model.groups))
        self._update_buttons()

    def select_edition(self, edition_id: str) -> None:
        index = self.model.index_of_edition(edition_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def current_edition(self) -> DocumentInfo | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0).data(INFO_ROLE) if index.isValid() else None

    def _emit(self, signal: Any, index: QModelIndex) -> None:
        item = self.model.item(index.siblingAtColumn(0)) if index.isValid() else None
        if item is None:
            return
        if signal is self.remove_requested:
            editions = item.editions if isinstance(item, DocumentGroup) else [item.info]
            signal.emit([info.id for info in editions])
            return
        signal.emit(item.shown.id if isinstance(item, DocumentGroup) else item.info.id)

    def _update_buttons(self) -> None:
        index = self.tree.currentIndex()
        chosen = index.isValid()
        item = self.model.item(index.siblingAtColumn(0)) if chosen else None
        several = sum(len(group.editions) for group in self.model.groups) > 1
        self.show_button.setEnabled(isinstance(item, EditionRow) and item.info.id != item.group.shown_id)
        self.search_button.setEnabled(chosen)
        self.compare_button.setEnabled(chosen and several)
        self.rename_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _on_context_menu(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        if not index.isValid():
            return
        self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        for button, signal in self._actions():
            if button.isEnabled():
                action = menu.addAction(button.text())
                action.triggered.connect(lambda _checked=False, s=signal: self._emit(s, index))
        menu.exec(self.tree.viewport().mapToGlobal(point))
