"""Every modal question the window asks, in one place, so tests can answer them (monkeypatch)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

translate = QCoreApplication.translate

OPENABLE_SUFFIXES = (".pdf", ".txt", ".md")

# Qt's own file dialog says these with accelerators, and Qt's French catalogue (qtbase_fr.qm) lacks
# them: our catalogue carries them, in Qt's context, so the dialog is French throughout.
QT_FILE_DIALOG_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def choose_file_to_open(parent: QWidget, folder: str = "") -> Path | None:
    patterns = " ".join(f"*{s}" for s in OPENABLE_SUFFIXES)
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Dialogs", "Open a document"),
        folder,
        translate("Dialogs", "Documents (%1);;PDF (*.pdf);;Text (*.txt *.md)").replace("%1", patterns),
    )
    return Path(name) if name else None


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "Export to PDF"), suggested, translate("Dialogs", "PDF (*.pdf)")
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def ask_password(parent: QWidget, filename: str, *, wrong: bool) -> str | None:
    """The password of an encrypted PDF, or None when the user gives up."""
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
    QMessageBox.warning(parent, translate("Dialogs", "Document not opened"), message)


def show_error(parent: QWidget, message: str) -> None:
    QMessageBox.critical(parent, translate("Dialogs", "Artois Reader"), message)


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local PDF and text files in a drop, in the order given."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in OPENABLE_SUFFIXES]
