"""The « Signets » pane: the places the user kept (Ctrl+D), opened with Enter, removed with Delete."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from artois_reader.ui.navigation import Bookmark
from artois_reader.ui.render import page_label

BOOKMARK_ROLE = Qt.ItemDataRole.UserRole + 20


class BookmarksPane(QWidget):
    place_requested = Signal(object)  # Place
    removal_requested = Signal(object)  # Bookmark

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Bookmarks"))
        self.list.setAccessibleDescription(self.tr("Enter opens a bookmark, Delete removes it"))
        self.list.setWordWrap(True)
        self.list.installEventFilter(self)
        self.empty = QLabel(self.tr("No bookmark yet. Press Ctrl+D to keep the place you are reading."), self)
        self.empty.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected bookmark"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self.set_bookmarks([])

    def _connect_signals(self) -> None:
        self.list.itemActivated.connect(self._on_item_activated)
        self.remove_button.clicked.connect(self._remove_current)

    def set_bookmarks(self, bookmarks: list[Bookmark]) -> None:
        self.list.clear()
        for bookmark in bookmarks:
            version = self.tr("version %1").replace("%1", str(bookmark.version))
            page = page_label(bookmark.page)
            item = QListWidgetItem(f"{bookmark.title} — {page}\n{bookmark.document_title}, {version}")
            item.setData(BOOKMARK_ROLE, bookmark)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{bookmark.title}, {page}, {bookmark.document_title}"
            )
            self.list.addItem(item)
        self.empty.setVisible(not bookmarks)
        self.remove_button.setEnabled(bool(bookmarks))

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.place_requested.emit(item.data(BOOKMARK_ROLE).place)

    def _remove_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.removal_requested.emit(item.data(BOOKMARK_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if watched is self.list and is_key and event.key() == Qt.Key.Key_Delete:
            self._remove_current()
            return True
        return super().eventFilter(watched, event)
