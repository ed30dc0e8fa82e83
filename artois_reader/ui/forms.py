"""The small forms the window asks through `dialogs`: a note on a quote, two editions to compare."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

QUOTE_LIMIT = 600  # characters of the quote shown in the note dialog (the note keeps all of it)


class NoteDialog(QDialog):
    """The quote (read-only) and its reference above a text box; Ctrl+Enter saves."""

    def __init__(self, quote: str, reference: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note") if text else self.tr("Annotate"))
        shown = " ".join(quote.split())
        if len(shown) > QUOTE_LIMIT:
            shown = shown[: QUOTE_LIMIT - 1].rstrip() + "…"
        self.quote = QLabel(self.tr("“%1”").replace("%1", shown), self)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)  # document text: never markup
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setAccessibleName(self.tr("Annotated passage"))
        self.reference = QLabel(reference, self)
        self.reference.setTextFormat(Qt.TextFormat.PlainText)
        self.reference.setWordWrap(True)
        self.reference.setForegroundRole(self.reference.foregroundRole().PlaceholderText)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.editor.setPlaceholderText(self.tr("Your note (leave empty for a plain highlight)"))
        self.editor.setAccessibleName(self.tr("Text of the note"))
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.reference)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(520, 340)
        self.editor.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        return self.editor.toPlainText().strip()


class CompareDialog(QDialog):
    """Two lists of the library's editions: the older one (« Avant ») and the newer one (« Après »)."""

    def __init__(
        self, editions: list[tuple[str, str]], old: str, new: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare two versions"))
        self.old = self._choices(editions, old)
        self.new = self._choices(editions, new)
        self.old.setAccessibleName(self.tr("Version before"))
        self.new.setAccessibleName(self.tr("Version after"))
        form = QFormLayout()
        form.addRow(self.tr("&Before:"), self.old)
        form.addRow(self.tr("&After:"), self.new)
        hint = QLabel(self.tr("The report lists, axis by axis, what was added, removed or changed."), self)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Compare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        for box in (self.old, self.new):
            box.currentIndexChanged.connect(self._check)
        self._check()

    def _choices(self, editions: list[tuple[str, str]], chosen: str) -> QComboBox:
        box = QComboBox(self)
        for edition_id, label in editions:
            box.addItem(label, edition_id)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        return box

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.old.currentData() != self.new.currentData())

    def chosen(self) -> tuple[str, str]:
        return str(self.old.currentData()), str(self.new.currentData())
