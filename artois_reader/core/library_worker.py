"""Library writes (ingest, first-run set-up, removal) in a child process, with progress and cancel.

The desktop app must never stall while a document is stored: OCR repair, structure extraction and
above all Whoosh's index build hold the GIL in long C calls (the final sort of all postings at
``writer.commit()``: 100 ms and more on a 117-page PDF), which freezes any event loop in the same
process, even from another thread. So the app runs these writes here, in a child process of its own
(multiprocessing, *spawn*: the same path on Windows, Linux and frozen builds, whose entry point calls
`multiprocessing.freeze_support()`), the same way `pdf_worker` reads PDFs:

- the child opens its own `Library` on the same folder: the library's lock and atomic writes make two
  writers (the app and the CLI, or two windows) safe, and the app's `Library` sees the new catalogue
  and index the next time it reads them;
- progress comes back through a pipe as ``(phase, done, total)``; the parent's ``on_progress`` returning
  False sends "cancel", and the child's next progress report raises `Cancelled` there (nothing written);
  a child that does not stop within `CANCEL_GRACE_SECONDS` is killed (the library's writes are atomic:
  a killed writer leaves only ``.tmp-`` names that the next writer clears away);
- refusals come back as the `IngestError` (reason, file) they would be in-process, library problems as
  `LibraryError` (`LibraryBusy` when the lock stayed taken), anything else as a `RuntimeError` naming it;
- the child's warnings are logged by the parent under their own logger names.

A child costs a Python start and the imports of the pipeline (about 0.3 s here): nothing next to the
reading of a PDF, and it frees all the memory of an import when it ends. `pdf_worker` still reads the
PDF in a grandchild process, under its limits.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import time
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from artois_reader.core.child_process import forward_logs, leave_with_parent
from artois_reader.core.errors import Cancelled, IngestError, LibraryError, Phase, Progress, RefusalReason

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 0.25
"""How often the parent's ``on_progress`` hears from a busy child (so that a cancel is seen)."""

CANCEL_GRACE_SECONDS = 10.0
"""How long a child may take to stop after a cancel before it is killed."""

PROGRESS_INTERVAL_SECONDS = 0.03
"""At most this often the child reports progress within one phase (phase changes always go through)."""


def ingest(
    home: Path | str,
    path: Path | str,
    *,
    title: str | None = None,
    password: str | None = None,
    on_progress: Progress | None = None,
) -> Any:
    """`pipeline.ingest(path, Library.open(home), …)` in a child process: its `IngestResult`."""
    return _run("ingest", home, on_progress, path=str(path), title=title, password=password)


def ensure_bundled(home: Path | str, *, on_progress: Progress | None = None) -> Any:
    """`pipeline.ensure_bundled` in a child process: its `IngestResult`, or None."""
    return _run("ensure_bundled", home, on_progress)


def remove(home: Path | str, doc_ids: list[str], *, on_progress: Progress | None = None) -> Any:
    """`Library.remove` of each edition in a child process (the index is rebuilt there): their
    `DocumentInfo`s. Stops at the first that fails (the ones before it are removed)."""
    return _run("remove", home, on_progress, doc_ids=list(doc_ids))


# --- The parent's side ---------------------------------------------------------------------------


def _run(operation: str, home: Path | str, on_progress: Progress | None, **arguments: Any) -> Any:
    context = multiprocessing.get_context("spawn")
    commands_out, commands = context.Pipe(duplex=False)  # parent -> child: "cancel"
    answers, answers_in = context.Pipe(duplex=False)  # child -> parent: progress, logs, the answer
    process = context.Process(
        target=_serve,
        args=(operation, str(home), arguments, commands_out, answers_in),
        name=f"artois-reader-{operation}",
        daemon=False,  # it starts the PDF worker: a daemonic process may not have children
    )
    process.start()
    commands_out.close()
    answers_in.close()
    try:
        answer = _follow(process, answers, commands, on_progress)
    except BaseException:
        _kill(process)
        raise
    finally:
        for connection in (commands, answers):
            with contextlib.suppress(OSError):
                connection.close()
    process.join(5)
    if process.is_alive():  # it answered, and is only slow to leave
        _kill(process)
    return _unpack(answer, arguments.get("path", ""))


def _follow(
    process: Any, answers: Connection, commands: Connection, on_progress: Progress | None
) -> tuple[Any, ...]:
    last: tuple[Phase, int, int] = (Phase.READ, 0, 1)
    cancelled_at: float | None = None
    while True:
        if cancelled_at is not None and time.monotonic() - cancelled_at > CANCEL_GRACE_SECONDS:
            log.warning("the library worker did not stop after a cancel: killed")
            raise Cancelled("killed after the grace period")
        ready = wait([answers, process.sentinel], HEARTBEAT_SECONDS)
        if answers in ready or (ready and answers.poll()):
            try:
                message = answers.recv()
            except (EOFError, OSError):
                message = ("died", process.exitcode)
        elif ready:  # the process ended without a word
            process.join(5)
            message = ("died", process.exitcode)
        else:
            message = ("heartbeat",)
        kind = message[0]
        if kind == "progress":
            last = (Phase(message[1]), message[2], message[3])
        elif kind == "log":
            logging.getLogger(message[2]).log(message[1], "%s", message[3])
            continue
        elif kind != "heartbeat":
            return message
        if cancelled_at is None and on_progress is not None and on_progress(*last) is False:
            cancelled_at = time.monotonic()
            with contextlib.suppress(OSError, ValueError):
                commands.send("cancel")


def _kill(process: Any) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        process.kill()
        process.join(5)


def _unpack(answer: tuple[Any, ...], path: str) -> Any:
    kind = answer[0]
    if kind == "done":
        return answer[1]
    if kind == "cancelled":
        raise Cancelled("in the library worker")
    if kind == "refused":
        raise IngestError(RefusalReason(answer[1]), answer[2] or path, answer[3])
    if kind == "library":
        _message, read_only, busy = answer[1], answer[2], answer[3]
        if busy:
            from artois_reader.core.library import LibraryBusy

            error = LibraryBusy(_message)
            error.read_only = read_only
            raise error
        raise LibraryError(_message, read_only=read_only)
    if kind == "died":
        raise RuntimeError(f"the library worker stopped (exit code {answer[1]})")
    raise RuntimeError(f"the library worker failed: {answer[1]}")


# --- The child's side ----------------------------------------------------------------------------


def _serve(
    operation: str, home: str, arguments: dict[str, Any], commands: Connection, answers: Connection
) -> None:
    leave_with_parent()  # a write cut short this way leaves only temporary names, cleared by the next writer
    forward_logs(answers, ("artois_reader", "pypdf", "whoosh"))
    try:
        answer = ("done", _do(operation, Path(home), arguments, _progress(commands, answers)))
    except Cancelled:
        answer = ("cancelled",)
    except IngestError as error:
        answer = ("refused", error.reason.value, str(error.path), error.detail)
    except LibraryError as error:
        from artois_reader.core.library import LibraryBusy

        answer = ("library", str(error), error.read_only, isinstance(error, LibraryBusy))
    except Exception as error:  # reported to the app, which says so in a sentence
        log.exception("the library worker failed")
        answer = ("failed", f"{type(error).__name__}: {error}")
    with contextlib.suppress(OSError, ValueError):
        answers.send(answer)
    from artois_reader.core import pdf_worker

    pdf_worker.shutdown()


def _do(operation: str, home: Path, arguments: dict[str, Any], on_progress: Progress) -> Any:
    from artois_reader.core import pipeline
    from artois_reader.core.library import Library

    library = Library.open(home)
    try:
        if operation == "ingest":
            return pipeline.ingest(
                arguments["path"],
                library,
                title=arguments.get("title"),
                password=arguments.get("password"),
                on_progress=on_progress,
            )
        if operation == "ensure_bundled":
            return pipeline.ensure_bundled(library, on_progress)
        if operation == "remove":
            return [library.remove(doc_id, on_progress=on_progress) for doc_id in arguments["doc_ids"]]
        raise ValueError(f"unknown operation {operation!r}")
    finally:
        library.close()


def _progress(commands: Connection, answers: Connection) -> Progress:
    state = {"phase": None, "sent": 0.0, "cancelled": False}

    def on_progress(phase: Phase, done: int, total: int) -> bool:
        if not state["cancelled"] and commands.poll():
            with contextlib.suppress(EOFError, OSError):
                state["cancelled"] = commands.recv() == "cancel"
        now = time.monotonic()
        if phase != state["phase"] or done >= total or now - state["sent"] >= PROGRESS_INTERVAL_SECONDS:
            state["phase"], state["sent"] = phase, now
            with contextlib.suppress(OSError, ValueError):
                answers.send(("progress", str(phase), done, total))
        return not state["cancelled"]

    return on_progress
