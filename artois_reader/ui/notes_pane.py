"""The « Notes » pane: every note of the library, filtered by document, axis, words and status, with
the notes « à revoir » clearly marked; open, edit, delete, re-attach a note to review, export.

`NotesModel` is a list model over `core.notes.Note` objects (checked by `qtmodeltester`); the pane
asks the window (through signals) for everything that needs the reader or a dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from artois_reader.ui.render import axis_label, page_label, tooltip

NOTE_ROLE = Qt.ItemDataRole.UserRole + 40
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 41

AnyIndex = QModelIndex | QPersistentModelIndex

QUOTE_SHOWN = 90  # characters of the quote on the note's second line


def _short(text: str, limit: int) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class NoteFilters:
    document: str | None = None  # a document title (all its editions)
    axis: int | None = None
    text: str = ""
    review_only: bool = False


class NotesModel(QAbstractListModel):
    """One row per note: what it says (or « Surlignage »), then its quote and where it is."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes: list[Any] = []

    def set_notes(self, notes: list[Any]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    @property
    def notes(self) -> list[Any]:
        return list(self._notes)

    def row_of(self, note_id: int) -> int:
        return next((row for row, note in enumerate(self._notes) if note.id == note_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.headline(note)}\n{self.where(note)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headline(note)}. {self.where(note)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [note.text or self.tr("Highlight without a note"), f"“{_short(note.quote, 400)}”"]
            if note.needs_review:
                lines.append(
                    self.tr(
                        "To review: the newer version of the document has no sure place for it. "
                        "It stays on version %1; open it, then re-attach it where it belongs."
                    ).replace("%1", str(note.version))
                )
            return tooltip("\n".join(lines))
        if role == Qt.ItemDataRole.FontRole and note.needs_review:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and note.needs_review:
            widget = self.parent()
            style = widget.style() if isinstance(widget, QWidget) else None
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else None
        if role == NOTE_ROLE:
            return note
        if role == REVIEW_ROLE:
            return note.needs_review
        return None

    def headline(self, note: Any) -> str:
        text = _short(note.text, 120) if note.text else self.tr("Highlight")
        return self.tr("TO REVIEW — %1").replace("%1", text) if note.needs_review else text

    def where(self, note: Any) -> str:
        parts = [f"« {_short(note.quote, QUOTE_SHOWN)} »"]
        if note.axis is not None:
            parts.append(axis_label(note.axis))
        parts.append(page_label(note.page))
        parts.append(
            self.tr("%1, v%2").replace("%1", _short(note.document_title, 40)).replace("%2", str(note.version))
        )
        return " · ".join(parts)


class NotesPane(QWidget):
    """Filters above the list, the count, then the buttons. Requests go to the window."""

    open_requested = Signal(object)  # Note: show its passage
    edit_requested = Signal(object)  # Note
    delete_requested = Signal(object)  # Note
    reattach_requested = Signal(object)  # Note « à revoir »: put it on the reader's selection
    export_requested = Signal(str, list)  # "md" | "csv", the notes listed
    filters_changed = Signal(object)  # NoteFilters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filters = NoteFilters()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self.document_box = QComboBox(self)
        self.document_box.setAccessibleName(self.tr("Filter the notes by document"))
        self.axis_box = QComboBox(self)
        self.axis_box.setAccessibleName(self.tr("Filter the notes by axis"))
        self.text_box = QLineEdit(self)
        self.text_box.setPlaceholderText(self.tr("Words in the note or the quote"))
        self.text_box.setAccessibleName(self.tr("Filter the notes by words"))
        self.text_box.setClearButtonEnabled(True)
        self.review_box = QCheckBox(self.tr("Only the notes to &review"), self)
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        self.count.setAccessibleName(self.tr("Number of notes"))
        self.model = NotesModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setAccessibleDescription(self.tr("Enter opens a note; Delete removes it"))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.reattach_button = QPushButton(self.tr("Re-&attach here"), self)
        self.reattach_button.setToolTip(
            self.tr("Put the note to review on the text selected in the reader (or the passage shown)")
        )
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("E&xport the list"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Notes listed, as Markdown…"), lambda: self._export("md"))
        menu.addAction(self.tr("Notes listed, as CSV (Excel)…"), lambda: self._export("csv"))
        self.export_button.setMenu(menu)
        self._build_layout()
        self._connect_signals()
        self.set_scope([], [])
        self.show_notes([], total=0)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.document_box, 2)
        filters.addWidget(self.axis_box, 1)
        first, second = QHBoxLayout(), QHBoxLayout()
        for button in (self.open_button, self.edit_button, self.delete_button):
            first.addWidget(button)
        first.addStretch(1)
        second.addWidget(self.reattach_button)
        second.addStretch(1)
        second.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text_box)
        layout.addLayout(filters)
        layout.addWidget(self.review_box)
        layout.addWidget(self.count)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.list, 1)
        layout.addLayout(first)
        layout.addLayout(second)

    def _connect_signals(self) -> None:
        self.text_box.textChanged.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self._on_filters)
        self.document_box.currentIndexChanged.connect(lambda _i: self._on_filters())
        self.axis_box.currentIndexChanged.connect(lambda _i: self._on_filters())
        self.review_box.toggled.connect(lambda _on: self._on_filters())
        self.list.activated.connect(lambda index: self._emit(self.open_requested, index))
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.list.customContextMenuRequested.connect(self._on_context_menu)
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.reattach_button.clicked.connect(lambda: self._emit(self.reattach_requested))

    # --- what the window tells us ----------------------------------------------------------------------

    @property
    def filters(self) -> NoteFilters:
        return self._filters

    def set_scope(self, documents: list[str], axes: list[tuple[int, str]]) -> None:
        """The documents (titles) and axes the filters offer."""
        for box, choices, wanted in (
            (
                self.document_box,
                [(None, self.tr("All documents")), *((d, d) for d in documents)],
                self._filters.document,
            ),
            (
                self.axis_box,
                [(None, self.tr("All axes"))]
                + [(n, axis_label(n) + (f" — {t}" if t else "")) for n, t in axes],
                self._filters.axis,
            ),
        ):
            box.blockSignals(True)
            box.clear()
            for value, label in choices:
                box.addItem(_short(label, 48), value)
                box.setItemData(box.count() - 1, tooltip(label), Qt.ItemDataRole.ToolTipRole)
            box.setCurrentIndex(max(0, box.findData(wanted)) if wanted is not None else 0)
            box.blockSignals(False)
        self._filters = self._read_filters()

    def show_notes(self, notes: list[Any], *, total: int) -> None:
        """The notes the filters keep; `total` counts every note of the library."""
        current = self.current_note()
        self.model.set_notes(notes)
        review = sum(1 for note in notes if note.needs_review)
        text = self.tr("%n note(s)", "", len(notes))
        if review:
            text += " · " + self.tr("%n to review", "", review)
        self.count.setText(text if notes else "")
        if total == 0:
            self.empty.setText(
                self.tr(
                    "No note yet. Select some text in the reader, then choose “Annotate” "
                    "(right click, or Ctrl+Shift+N)."
                )
            )
        else:
            self.empty.setText(self.tr("No note matches these filters."))
        self.empty.setVisible(not notes)
        self.list.setVisible(bool(notes))  # no empty frame under the message
        if current is not None and (row := self.model.row_of(current.id)) >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        self._update_buttons()

    def select_note(self, note_id: int) -> None:
        row = self.model.row_of(note_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def current_note(self) -> Any:
        index = self.list.currentIndex()
        return index.data(NOTE_ROLE) if index.isValid() else None

    # --- requests ----------------------------------------------------------------------------------

    def _read_filters(self) -> NoteFilters:
        return NoteFilters(
            document=self.document_box.currentData(),
            axis=self.axis_box.currentData(),
            text=self.text_box.text().strip(),
            review_only=self.review_box.isChecked(),
        )

    def _on_filters(self) -> None:
        self._filters = self._read_filters()
        self.filters_changed.emit(self._filters)

    def _emit(self, signal: Any, index: QModelIndex | None = None) -> None:
        note = (
            (index.data(NOTE_ROLE) if index.isValid() else None) if index is not None else self.current_note()
        )
        if note is not None:
            signal.emit(note)

    def _export(self, kind: str) -> None:
        self.export_requested.emit(kind, self.model.notes)

    def _update_buttons(self) -> None:
        note = self.current_note()
        for button in (self.open_button, self.edit_button, self.delete_button):
            button.setEnabled(note is not None)
        self.reattach_button.setEnabled(note is not None and note.needs_review)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def _on_context_menu(self, point: QPoint) -> None:
        index = self.list.indexAt(point)
        if not index.isValid():
            return
        self.list.setCurrentIndex(index)
        menu = QMenu(self)
        for button, signal in (
            (self.open_button, self.open_requested),
            (self.edit_button, self.edit_requested),
            (self.reattach_button, self.reattach_requested),
            (self.delete_button, self.delete_requested),
        ):
            if button.isEnabled():
                menu.addAction(button.text(), lambda s=signal: self._emit(s, index))
        menu.exec(self.list.viewport().mapToGlobal(point))

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self._emit(self.delete_requested)
            return
        super().keyPressEvent(event)
