"""Opening a PDF or text file: ingest in the background, progress and Cancel in the status bar, the
password asked for and the file retried when it is encrypted, a clear sentence when it is refused.

The import runs in a child process (`core.library_worker`): reading, OCR repair, structure and the
search index are built there, so nothing of it holds this process's GIL and the window never stalls.
The child opens its own `Library` on the same folder: the library's lock and atomic writes make that
safe, and the window's library keeps answering searches while a long PDF is read. With the environment
variable ``ARTOIS_READER_IMPORTS=thread`` the pipeline runs on a thread of this process instead (tests
that replace parts of the pipeline use it; so could a PC whose policy forbids child processes).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from artois_reader.core.document import Document, DocumentInfo, Outline
from artois_reader.core.errors import IngestError, LibraryError, Phase, RefusalReason
from artois_reader.ui import dialogs
from artois_reader.ui.tasks import Task

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

# How much of the bar each phase fills, in the order the pipeline runs them: reading dominates.
_PHASE_SPAN = {
    Phase.READ: (0, 60),
    Phase.CLEAN: (60, 66),
    Phase.STORE: (66, 72),
    Phase.STRUCTURE: (72, 80),
    Phase.INDEX: (80, 100),
}

LibraryFactory = Callable[[], Any]  # opens a Library on the window's folder


def in_child_process() -> bool:
    """Whether library writes run in a child process (the default) or on a thread of this one."""
    return os.environ.get("ARTOIS_READER_IMPORTS", "").strip().lower() != "thread"


@dataclass(frozen=True)
class Imported:
    """What an import gives the window: the pipeline's result, and the edition already read (on the
    import's thread, so that opening a long document right after its import does not stall the window)."""

    info: DocumentInfo
    created: bool
    outline: Outline | None = None
    document: Document | None = None
    notes: Any = None  # `notes.Reattachment`: what became of the earlier editions' notes


def _read_back(library: Any, result: Any) -> Imported | None:
    """The outline of the new edition, read on the import's thread (its pages wait until a view needs
    them: the overview the window opens next does not)."""
    if result is None:
        return None
    try:
        outline = library.outline(result.info.id)
    except Exception:  # the window will read it itself
        log.debug("the imported edition could not be read back", exc_info=True)
        outline = None
    return Imported(result.info, result.created, outline, None, getattr(result, "notes", None))


def overall_percent(phase: Phase | str, done: int, total: int) -> int:
    start, end = _PHASE_SPAN.get(Phase(phase), (0, 100))
    share = min(max(done / total, 0.0), 1.0) if total > 0 else 0.0
    return round(start + (end - start) * share)


def phase_text(phase: Phase | str, done: int, total: int) -> str:
    texts = {
        Phase.READ: translate("Import", "Reading page %1 of %2…"),
        Phase.CLEAN: translate("Import", "Repairing the text…"),
        Phase.STRUCTURE: translate("Import", "Finding axes, sections and projects…"),
        Phase.STORE: translate("Import", "Saving into the library…"),
        Phase.INDEX: translate("Import", "Indexing for search…"),
    }
    if phase == Phase.READ and total <= 1:  # before the reader knows how many pages there are
        return translate("Import", "Reading the file…")
    text = texts.get(Phase(phase), "…")
    return text.replace("%1", str(min(done + 1, total) if total else done)).replace("%2", str(total))


def refusal_text(reason: RefusalReason, filename: str) -> str:
    """One French (or English) sentence saying which file was not opened, and why."""
    reasons = {
        RefusalReason.NOT_FOUND: translate("Import", "this file does not exist"),
        RefusalReason.UNREADABLE: translate(
            "Import", "this file cannot be read (access denied, or it moved)"
        ),
        RefusalReason.EMPTY: translate("Import", "this file is empty"),
        RefusalReason.FOLDER: translate("Import", "it is a folder; choose a PDF or text file"),
        RefusalReason.UNSUPPORTED: translate("Import", "it is neither a PDF nor a text file"),
        RefusalReason.DAMAGED: translate("Import", "the file is damaged"),
        RefusalReason.PASSWORD_REQUIRED: translate("Import", "this PDF is protected by a password"),
        RefusalReason.PASSWORD_WRONG: translate("Import", "the password is wrong"),
        RefusalReason.NO_TEXT: translate(
            "Import",
            "this PDF holds no text layer (a scanned document): it would need text recognition first",
        ),
        RefusalReason.BINARY_TEXT: translate("Import", "this file holds binary data, not text"),
        RefusalReason.TOO_LONG: translate("Import", "the document takes too long to read"),
        RefusalReason.STORAGE: translate(
            "Import", "the library cannot be saved (disk full or read-only folder)"
        ),
    }
    why = reasons.get(reason, reason.value)
    return translate("Import", "Cannot open “%1”: %2.").replace("%1", filename).replace("%2", why)


class ImportProgress(QWidget):
    """The status-bar piece shown while a file is imported: what is happening, a bar, Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        widest = max(self.label.fontMetrics().horizontalAdvance(phase_text(p, 99, 100)) for p in Phase)
        self.label.setMinimumWidth(widest + 8)  # the bar does not jump as the words change
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setFormat(self.tr("%p%"))  # French writes "40 %"
        self.bar.setMaximumWidth(220)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setAccessibleName(self.tr("Cancel the import"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.cancel.clicked.connect(self.cancel_requested)
        self.hide()

    def begin(self, filename: str) -> None:
        self.label.setText(self.tr("Opening “%1”…").replace("%1", filename))
        self.bar.setValue(0)
        self.cancel.setEnabled(True)
        self.show()

    def advance(self, phase: Phase, done: int, total: int) -> None:
        self.bar.setValue(max(self.bar.value(), overall_percent(phase, done, total)))  # never backwards
        self.label.setText(phase_text(phase, done, total))


class ImportFlow(QObject):
    """Imports files one after the other. The window shows `progress` and listens to the signals."""

    started = Signal(str)  # file name
    imported = Signal(object)  # Imported
    cancelled = Signal(str)  # file name
    refused = Signal(str)  # the sentence shown to the user
    idle = Signal()  # nothing left to import

    def __init__(self, open_library: LibraryFactory, progress: ImportProgress, parent: QWidget) -> None:
        super().__init__(parent)
        self._open_library = open_library
        self._progress = progress
        self._window = parent
        self._queue: list[Path] = []
        self._task: Task | None = None
        self._progress.cancel_requested.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def open_files(self, paths: list[Path]) -> None:
        self._queue += paths
        if not self.busy:
            self._next()

    def ensure_bundled(self) -> None:
        """First run: ingest the bundled CRTE in the background, with the same progress bar."""

        def work(on_progress: Any) -> Any:
            library = self._open_library()
            try:
                if in_child_process():
                    from artois_reader.core import library_worker

                    result = library_worker.ensure_bundled(library.home, on_progress=on_progress)
                else:
                    from artois_reader.core import pipeline

                    result = pipeline.ensure_bundled(library, on_progress)
                return _read_back(library, result)
            finally:
                library.close()

        self._run(work, translate("Import", "the CRTE of the Pôle Métropolitain de l'Artois"), None)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._progress.cancel.setEnabled(False)
        self._queue.clear()

    def _next(self) -> None:
        if not self._queue:
            self._progress.hide()
            self.idle.emit()
            return
        self._start(self._queue.pop(0), None)

    def _start(self, path: Path, password: str | None) -> None:
        def work(on_progress: Any) -> Any:
            library = self._open_library()
            try:
                if in_child_process():
                    from artois_reader.core import library_worker

                    result = library_worker.ingest(
                        library.home, path, password=password, on_progress=on_progress
                    )
                else:
                    from artois_reader.core import pipeline

                    result = pipeline.ingest(path, library, password=password, on_progress=on_progress)
                return _read_back(library, result)
            finally:
                library.close()

        self._run(work, path.name, path)

    def _run(self, work: Callable[[Any], Any], name: str, path: Path | None) -> None:
        self._progress.begin(name)
        self.started.emit(name)
        task = Task(work, self)
        task.progressed.connect(self._progress.advance)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(lambda error: self._on_failed(error, name, path))
        task.cancelled.connect(lambda: self._on_cancelled(name))
        self._task = task
        task.start()

    def _on_succeeded(self, result: object) -> None:
        self._task = None
        if result is not None:
            self.imported.emit(result)
        self._next()

    def _on_cancelled(self, name: str) -> None:
        self._task = None
        self.cancelled.emit(name)
        self._next()

    def _on_failed(self, error: object, name: str, path: Path | None) -> None:
        self._task = None
        if isinstance(error, IngestError) and path is not None:
            wrong = error.reason == RefusalReason.PASSWORD_WRONG
            if error.reason in (RefusalReason.PASSWORD_REQUIRED, RefusalReason.PASSWORD_WRONG):
                password = dialogs.ask_password(self._window, name, wrong=wrong)
                if password is not None:
                    self._start(path, password)
                    return
            message = refusal_text(error.reason, name)
        elif isinstance(error, IngestError):
            message = refusal_text(error.reason, name)
        elif isinstance(error, LibraryError):
            message = translate(
                "Import", "Cannot open “%1”: the library is busy or cannot be written. Try again in a moment."
            ).replace("%1", name)
        else:
            message = translate("Import", "Cannot open “%1”: an unexpected error occurred (%2).")
            message = message.replace("%1", name).replace("%2", type(error).__name__)
        self.refused.emit(message)
        dialogs.show_refusal(self._window, message)
        self._next()
