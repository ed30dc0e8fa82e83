"""The « Sommaire » pane: a filter box above the outline tree. Selecting a row asks for its place;
`select_place` makes the tree follow the reader without asking again."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from artois_reader.core.document import DocumentInfo, Outline
from artois_reader.ui.navigation import Place
from artois_reader.ui.outline_model import (
    KIND_ROLE,
    PLACE_ROLE,
    NodeKind,
    OutlineFilter,
    OutlineModel,
    build_tree,
)


class NameDelegate(QStyledItemDelegate):
    """Names are cut in their middle, titles at their end: in a narrow pane "Communauté
    d'agglomération de Lens-Liévin" and "… d'Hénin-Carvin" keep the words that tell them apart."""

    NAMES = frozenset(kind.value for kind in (NodeKind.PLACE, NodeKind.ORGANIZATION, NodeKind.TOOL))

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # Qt override
        super().initStyleOption(option, index)
        if index.siblingAtColumn(0).data(KIND_ROLE) in self.NAMES:
            option.textElideMode = Qt.TextElideMode.ElideMiddle


class OutlinePane(QWidget):
    place_requested = Signal(object)  # Place
    fiche_requested = Signal(object)  # Place of a section or a project: add it to the meeting fiche

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._following = False  # True while the tree is moved to follow the reader
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter the contents"))
        self.filter_box.setAccessibleName(self.tr("Filter the contents"))
        self.filter_box.setAccessibleDescription(
            self.tr("Narrows the tree to the titles holding these words")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.installEventFilter(self)
        self.model = OutlineModel(self)
        self.proxy = OutlineFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setItemDelegate(NameDelegate(self.tree))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setAccessibleName(self.tr("Contents"))
        self.tree.setAccessibleDescription(
            self.tr("Axes, sections, projects, contacts and more; Enter opens")
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.filter_box.textChanged.connect(self._on_filter_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.activated.connect(self._on_activated)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)

    def set_editions(self, editions: Iterable[tuple[DocumentInfo, Outline]]) -> None:
        self.model.set_tree(build_tree(editions))
        self._expand_default()

    def _expand_default(self) -> None:
        self.tree.collapseAll()
        for row in range(self.proxy.rowCount()):
            self.tree.expand(self.proxy.index(row, 0))

    def select_place(self, place: Place) -> None:
        """Follow the reader: make the row of this place current, without opening it again. A row
        that opened this place stays current (a key figure's row, rather than its section's)."""
        if self.tree.currentIndex().data(PLACE_ROLE) == place:
            return
        source = self.model.index_for_place(place)
        index = self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()
        if not index.isValid():
            return
        self._following = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.tree.selectionModel().setCurrentIndex(index, flags)
            self.tree.scrollTo(index)
        finally:
            self._following = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._following and current.isValid():
            self._request(current)

    def _on_activated(self, index: QModelIndex) -> None:
        self._request(index)

    def _request(self, index: QModelIndex) -> None:
        place = index.siblingAtColumn(0).data(PLACE_ROLE)
        if place is not None:
            self.place_requested.emit(place)

    def _on_context_menu(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        place = index.siblingAtColumn(0).data(PLACE_ROLE) if index.isValid() else None
        if place is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self.place_requested.emit(place))
        kind = index.siblingAtColumn(0).data(KIND_ROLE)
        if kind in (NodeKind.SECTION.value, NodeKind.PROJECT.value):
            menu.addAction(self.tr("&Add to the brief"), lambda: self.fiche_requested.emit(place))
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.active:
            self.tree.expandAll()
        else:
            self._expand_default()

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_Down:
                self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.tree.currentIndex().isValid() and self.proxy.rowCount():
                    self.tree.setCurrentIndex(self.proxy.index(0, 0))
                return True
            if event.key() == Qt.Key.Key_Escape and self.filter_box.text():
                self.filter_box.clear()
                return True
        return super().eventFilter(watched, event)
