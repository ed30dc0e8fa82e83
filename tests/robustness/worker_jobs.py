"""Extractors the tests hand to the PDF worker in place of pypdf (`pdf_worker.extract_pdf(extractor=…)`).

The worker is another process: these must be module-level functions it can import by name (pytest puts
this folder on ``sys.path``, and a spawned worker inherits it). Each takes `pdf_text.extract_pdf`'s
arguments; those that stay in the worker first write its process id beside the file, so a test can
check what became of it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from artois_reader.core.document import RawDocument, RawPage, SourceKind
from artois_reader.core.errors import IngestError, Phase, Progress, RefusalReason


def pid_file(path: Path) -> Path:
    return path.with_name(path.name + ".pid")


def _mark(path: Path) -> None:
    pid_file(path).write_text(str(os.getpid()), encoding="ascii")


def one_page(text: str) -> RawDocument:
    return RawDocument(pages=(RawPage(number=1, text=text),), source_kind=SourceKind.PDF)


def hang_on_page_two(path: Path, *, password: str | None = None, on_progress: Progress | None = None):
    """Reads page 1, then never finishes page 2 (a content stream that loops)."""
    _mark(path)
    if on_progress is not None:
        on_progress(Phase.READ, 1, 3)
    while True:
        time.sleep(0.05)


def pages_forever(path: Path, *, password: str | None = None, on_progress: Progress | None = None):
    """A page every 20 ms, without end: only the time limit for the whole file stops it."""
    _mark(path)
    done = 0
    while True:
        done += 1
        if on_progress is not None:
            on_progress(Phase.READ, done, done + 1)
        time.sleep(0.02)


def eat_memory(path: Path, *, password: str | None = None, on_progress: Progress | None = None):
    """Keeps 64 MB blocks, up to 3 GB: far past the limit the test sets, but bounded, so that a limit
    that does not work fails the test without taking the machine's memory."""
    _mark(path)
    blocks = [bytearray(64 << 20) for _ in range(48)]
    return one_page(f"{len(blocks)} blocks kept: no memory limit stopped this worker")


def crash(path: Path, *, password: str | None = None, on_progress: Progress | None = None):
    """Dies the way a crash in a C library does."""
    os.abort()


def fail_unexpectedly(path: Path, *, password: str | None = None, on_progress: Progress | None = None):
    raise ValueError("an error nobody planned for")


def refuse_as_damaged(path: Path, *, password: str | None = None, on_progress: Progress | None = None):
    raise IngestError(RefusalReason.DAMAGED, path, "planned refusal")


def say_pid(path: Path, *, password: str | None = None, on_progress: Progress | None = None):
    """One page holding the worker's process id."""
    return one_page(str(os.getpid()))
