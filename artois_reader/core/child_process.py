"""What the core's two child processes share (`pdf_worker` reads PDFs, `library_worker` writes the
library for the window): leaving when the application does, and sending their warnings home."""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from multiprocessing.connection import Connection, wait

MAX_FORWARDED_LOGS = 200  # a file that warns on every object must not flood the pipe


def leave_with_parent() -> None:
    """Exit when the application does (even killed): a watcher thread waits on the parent's sentinel."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class LogForwarder(logging.Handler):
    """Sends the child's warnings to the application, which logs them under the same names; at most
    `MAX_FORWARDED_LOGS` of them until `refill()`."""

    def __init__(self, answers: Connection) -> None:
        super().__init__(logging.WARNING)
        self._answers = answers
        self.refill()

    def refill(self) -> None:
        self._budget = MAX_FORWARDED_LOGS

    def emit(self, record: logging.LogRecord) -> None:
        if self._budget <= 0:
            return
        self._budget -= 1
        try:
            self._answers.send(("log", record.levelno, record.name, record.getMessage()))
        except Exception:  # a log line must never break the child's work
            pass


def forward_logs(answers: Connection, names: tuple[str, ...]) -> LogForwarder:
    """Route the warnings of the loggers `names` (and their children) to the application."""
    handler = LogForwarder(answers)
    for name in names:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)
        logger.propagate = False
    return handler
