"""What the core says when it refuses something, and how it reports progress.

The core never writes a sentence for the user: it raises `IngestError` with a `RefusalReason`,
and each client (CLI, GUI) turns the reason into words in the user's language
(`artois_reader.messages`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path


class RefusalReason(enum.StrEnum):
    NOT_FOUND = "not_found"  # no such file
    UNREADABLE = "unreadable"  # permission denied, vanished while being read
    FOLDER = "folder"  # a folder where a file was expected
    EMPTY = "empty"  # zero bytes
    UNSUPPORTED = "unsupported"  # neither a PDF nor a text file (HTML named .pdf, random bytes…)
    DAMAGED = "damaged"  # a PDF that is truncated or corrupt beyond what pypdf recovers
    PASSWORD_REQUIRED = "password_required"  # encrypted, and the empty password does not open it
    PASSWORD_WRONG = "password_wrong"  # a password was given and it is not the right one
    NO_TEXT = "no_text"  # no text layer: a scanned document
    BINARY_TEXT = "binary_text"  # a .txt/.md file that holds binary data
    TOO_LONG = "too_long"  # extraction went past its time or memory limit
    STORAGE = "storage"  # the library could not be written (disk full, read-only…)


class IngestError(Exception):
    """A file was refused. `reason` says why; `detail` is for logs and --debug, never for users."""

    def __init__(self, reason: RefusalReason, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason.value}{': ' + detail if detail else ''}")
        self.reason = reason
        self.path = Path(path)
        self.detail = detail


class Cancelled(Exception):
    """The progress callback asked to stop. Nothing was written."""


class LibraryError(Exception):
    """The library on disk could not be read or written (see `reason`)."""

    def __init__(self, message: str, *, read_only: bool = False) -> None:
        super().__init__(message)
        self.read_only = read_only


class Phase(enum.StrEnum):
    READ = "read"  # reading pages from the file
    CLEAN = "clean"  # OCR repair
    STRUCTURE = "structure"  # axes, sections, projects…
    STORE = "store"  # writing into the library
    INDEX = "index"  # building the search index


Progress = Callable[[Phase, int, int], bool]
"""on_progress(phase, done, total) -> keep going? Returning False cancels without corrupting anything."""


def no_progress(_phase: Phase, _done: int, _total: int) -> bool:
    return True


def report(on_progress: Progress | None, phase: Phase, done: int, total: int) -> None:
    """Call the progress callback, and raise `Cancelled` if it asks to stop."""
    if on_progress is not None and on_progress(phase, done, total) is False:
        raise Cancelled(phase.value)


def read_input(path: Path) -> bytes:
    """The bytes of a file the user gave, or the refusal that says why it cannot be read."""
    try:
        path.stat()
    except FileNotFoundError as error:
        raise IngestError(RefusalReason.NOT_FOUND, path) from error
    except OSError as error:
        raise IngestError(RefusalReason.UNREADABLE, path, str(error)) from error
    if path.is_dir():
        raise IngestError(RefusalReason.FOLDER, path)
    try:
        return path.read_bytes()
    except OSError as error:  # permission denied, a folder, or the file vanished since stat()
        raise IngestError(RefusalReason.UNREADABLE, path, str(error)) from error
