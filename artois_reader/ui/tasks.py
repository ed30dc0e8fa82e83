"""One small helper to run core work in the background (in the spirit of Anki's QueryOp).

    task = Task(lambda on_progress: pipeline.ingest(path, library, on_progress=on_progress), parent=self)
    task.progressed.connect(self._on_import_progressed)
    task.succeeded.connect(self._on_import_succeeded)
    task.start()

The callable runs on a QThreadPool thread and receives the core's `on_progress(phase, done, total)`
callback; that callback turns progress into a signal (throttled) and returns False once `cancel()` was
called, which makes the core raise `Cancelled`. Every public signal is emitted on the GUI thread, and
only while the task (and so its parent widget) still exists: worker code never touches a widget.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from artois_reader.core.errors import Cancelled, Phase, Progress

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.04  # at most ~25 progress signals a second reach the GUI thread

Work = Callable[[Progress], Any]


class _Relay(QObject):
    """Carries results from the worker thread to the task, always through queued connections."""

    progress = Signal(object, int, int)
    result = Signal(object)
    error = Signal(object)
    stopped = Signal()


class _Runner(QRunnable):
    def __init__(self, work: Work, relay: _Relay, cancel_event: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._cancel = cancel_event
        self._last_emit = 0.0
        self._last_phase: object = None

    def _emit(self, signal_name: str, *args: Any) -> None:
        relay = self._relay
        if not shiboken6.isValid(relay):
            return  # the task and its owner are gone: nobody is listening
        try:
            getattr(relay, signal_name).emit(*args)
        except RuntimeError:
            pass  # deleted between the check and the emit

    def _on_progress(self, phase: Phase, done: int, total: int) -> bool:
        now = time.monotonic()
        if phase != self._last_phase or done >= total or now - self._last_emit >= PROGRESS_INTERVAL_S:
            self._last_phase, self._last_emit = phase, now
            self._emit("progress", phase, done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            if self._cancel.is_set():
                raise Cancelled("before start")
            value = self._work(self._on_progress)
        except Cancelled:
            self._emit("stopped")
        except Exception as error:  # reported to the GUI, which decides what the user sees
            log.debug("background task failed", exc_info=True)
            self._emit("error", error)
        else:
            self._emit("result", value)


class Task(QObject):
    """A callable run in a thread pool, with progress, cancel and results on the GUI thread."""

    progressed = Signal(object, int, int)  # Phase, done, total
    succeeded = Signal(object)  # what the callable returned
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()  # it stopped because cancel() was asked
    finished = Signal()  # after any one of the three above

    def __init__(self, work: Work, parent: QObject | None = None, *, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._work = work
        self._pool = pool
        self._cancel = threading.Event()
        self._running = False
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progress.connect(self._on_progress, queued)
        self._relay.result.connect(self._on_result, queued)
        self._relay.error.connect(self._on_error, queued)
        self._relay.stopped.connect(self._on_stopped, queued)

    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> Task:
        self._running = True
        pool = self._pool if self._pool is not None else QThreadPool.globalInstance()
        pool.start(_Runner(self._work, self._relay, self._cancel))
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    @Slot(object, int, int)
    def _on_progress(self, phase: object, done: int, total: int) -> None:
        if self._running:
            self.progressed.emit(phase, done, total)

    @Slot(object)
    def _on_result(self, value: object) -> None:
        self._finish(self.succeeded, value)

    @Slot(object)
    def _on_error(self, error: object) -> None:
        self._finish(self.failed, error)

    @Slot()
    def _on_stopped(self) -> None:
        self._finish(self.cancelled)

    def _finish(self, signal: Any, *args: object) -> None:
        self._running = False
        signal.emit(*args)
        self.finished.emit()
        self.deleteLater()
