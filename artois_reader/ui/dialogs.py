"""Every modal question the window asks, in one place, so tests can answer them (monkeypatch)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QWidget

# The dialogs' classes are imported by the functions that show them: the window imports this module
# at its start, and PySide6 creates a class's Python type (and its enums) on its first use.

translate = QCoreApplication.translate

OPENABLE_SUFFIXES = (".pdf", ".txt", ".md")

# Qt's own file dialog says these with accelerators, and Qt's French catalogue (qtbase_fr.qm) lacks
# them: our catalogue carries them, in Qt's context, so the dialog is French throughout.
QT_FILE_DIALOG_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def choose_file_to_open(parent: QWidget, folder: str = "") -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    patterns = " ".join(f"*{s}" for s in OPENABLE_SUFFIXES)
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Dialogs", "Open a document"),
        folder,
        translate("Dialogs", "Documents (%1);;PDF (*.pdf);;Text (*.txt *.md)").replace("%1", patterns),
    )
    return Path(name) if name else None


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "Export to PDF"), suggested, translate("Dialogs", "PDF (*.pdf)")
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def ask_password(parent: QWidget, filename: str, *, wrong: bool) -> str | None:
    """The password of an encrypted PDF, or None when the user gives up."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    if wrong:
        prompt = translate("Dialogs", "The password is wrong. Password of “%1”:")
    else:
        prompt = translate("Dialogs", "“%1” is protected by a password. Password:")
    text, ok = QInputDialog.getText(
        parent,
        translate("Dialogs", "Protected PDF"),
        prompt.replace("%1", filename),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def show_refusal(parent: QWidget, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, translate("Dialogs", "Document not opened"), message)


def show_error(parent: QWidget, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, translate("Dialogs", "Artois Reader"), message)


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local PDF and text files in a drop, in the order given."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in OPENABLE_SUFFIXES]


def confirm(parent: QWidget, title: str, question: str, *, action: str) -> bool:
    """Ask before something that cannot be undone; `action` names the button that does it (« Supprimer »).
    The safe answer (Annuler) is the default, so Enter alone never deletes anything."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # it quotes document titles: never markup
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_title(parent: QWidget, current: str) -> str | None:
    """A new title for a document (all its versions), or None when the user gives up."""
    from PySide6.QtWidgets import QInputDialog, QLabel

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("Dialogs", "Rename the document"))
    dialog.setLabelText(translate("Dialogs", "New title of “%1” (all its versions):").replace("%1", current))
    for label in dialog.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)  # the title is the document's: never markup
    dialog.setTextValue(current)
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    text = " ".join(dialog.textValue().split())
    return text if ok and text and text != current else None


def ask_note(parent: QWidget, quote: str, reference: str, text: str = "") -> str | None:
    """What the user writes about a quote (empty: a plain highlight), or None when they give up."""
    from artois_reader.ui.forms import NoteDialog

    dialog = NoteDialog(quote, reference, text, parent)
    return dialog.text() if dialog.exec() == NoteDialog.DialogCode.Accepted else None


def choose_editions(
    parent: QWidget, editions: list[tuple[str, str]], old: str, new: str
) -> tuple[str, str] | None:
    """Two editions to compare: (id, label) choices, `old` and `new` chosen at first."""
    from artois_reader.ui.forms import CompareDialog

    dialog = CompareDialog(editions, old, new, parent)
    return dialog.chosen() if dialog.exec() == CompareDialog.DialogCode.Accepted else None


def choose_save_path(parent: QWidget, title: str, suggested: str, kind: str, suffix: str) -> Path | None:
    """Where to save an export: `kind` names the files (« Carnet d'adresses »), `suffix` is ".vcf"…"""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, f"{kind} (*{suffix})")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def show_information(parent: QWidget, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, translate("Dialogs", "Artois Reader"), message)
