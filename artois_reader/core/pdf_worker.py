"""PDF extraction in a worker process that can be killed: a PDF never freezes or exhausts the app.

pypdf is pure Python and reads whatever a PDF says: a file crafted (or broken) to loop, to nest forms
without end or to inflate huge streams keeps it busy for minutes or eats all memory. `extract_pdf`
therefore runs `pdf_text.extract_pdf` in a separate process (multiprocessing, *spawn* start method,
so the same code path on Windows, Linux and frozen builds, where the entry point calls
`multiprocessing.freeze_support()`), under three limits:

- time: the whole file must be read within `Limits.seconds`;
- stall: a page must be finished within `Limits.stall_seconds` of the previous one;
- memory: `Limits.memory_bytes` of address space (``RLIMIT_AS`` on POSIX) or of committed memory (a job
  object on Windows). Over it, allocations fail in the worker, never in the application.

Past a limit the worker is killed and the file refused with `RefusalReason.TOO_LONG` (« document trop
long à lire »); so is a file whose worker the system stopped (out of memory); a worker that crashes
refuses its file as `DAMAGED`. Other refusals (password, damaged, no text…) come back as the
`IngestError` they would be in-process. A cancel (``on_progress`` returning False) kills
the worker too; ``on_progress`` is called at least every `HEARTBEAT_SECONDS` (with the last progress)
so a cancel is seen even while one page takes long.

Starting a process costs about half a second (a Python interpreter, then pypdf imported again), about
as much as importing pypdf in the application would: so the worker is kept after a normal extraction
and reused by the next one, and a session pays that start once. A worker that was killed, crashed or
went past a limit is never reused. Its warnings (pages that could not be read…) are logged by the
application under their own logger names.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from artois_reader.core.child_process import forward_logs, leave_with_parent
from artois_reader.core.document import RawDocument
from artois_reader.core.errors import IngestError, Phase, Progress, RefusalReason, report

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 0.25
"""How often `on_progress` hears from a worker that is busy on one page (so Cancel stays responsive)."""

Extractor = Callable[..., RawDocument]
"""`pdf_text.extract_pdf`'s signature: (path, *, password, on_progress) -> RawDocument."""


@dataclass(frozen=True)
class Limits:
    seconds: float = 600.0  # the whole file (a 2,000-page PDF takes about 2 s here)
    stall_seconds: float = 60.0  # one page (the 117-page GeoTopo thesis: 0.05 s a page)
    memory_bytes: int = 2 << 30  # the worker's address space (baseline: about 60 MB)


DEFAULT_LIMITS = Limits()

_KILLED_BY_THE_SYSTEM = frozenset(
    -getattr(signal, name) for name in ("SIGKILL", "SIGXCPU") if hasattr(signal, name)
)  # the out-of-memory killer, the CPU-time backstop (POSIX); a memory limit on Windows raises MemoryError


def extract_pdf(
    path: Path | str,
    *,
    password: str | None = None,
    on_progress: Progress | None = None,
    limits: Limits | None = None,
    extractor: Extractor | None = None,
) -> RawDocument:
    """`pdf_text.extract_pdf` in a worker process, within `limits` (default: `DEFAULT_LIMITS`).

    Raises `IngestError` (TOO_LONG past a limit, DAMAGED if the worker crashes) or `Cancelled`. `extractor`
    replaces `pdf_text.extract_pdf` (a module-level function: it is sent to the worker by name).
    """
    path = Path(path)
    limits = limits or DEFAULT_LIMITS
    job = _Job(str(path), password, extractor, limits.memory_bytes, limits.seconds)
    worker, kept = _pool.take()
    try:
        try:
            answer = _run(worker, job, path, limits, on_progress, kept=kept)
        except _StaleWorker:  # a kept worker that died (killed, crashed) before it heard of this file
            worker.kill()
            worker = _Worker()
            answer = _run(worker, job, path, limits, on_progress, kept=False)
    except BaseException:  # a limit, a cancel, Ctrl+C: the worker is mid-file, it cannot serve again
        worker.kill()
        raise
    if _reusable(answer):
        _pool.give_back(worker)
    else:
        worker.kill()
    return _unpack(answer, path)


def shutdown() -> None:
    """Stop the idle workers (at exit, or in tests). The next extraction starts a new one."""
    _pool.close_all()


def worker_pids() -> list[int]:
    """Process ids of the idle workers (for tests and diagnostics)."""
    return _pool.pids()


# --- The parent's side ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Job:
    path: str
    password: str | None
    extractor: Extractor | None
    memory_bytes: int
    seconds: float


class _Worker:
    """One worker process and the two one-way pipes to it (os pipes on POSIX: no socket involved)."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        jobs_out, self.jobs = context.Pipe(duplex=False)
        self.answers, answers_in = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_serve, args=(jobs_out, answers_in), name="artois-reader-pdf", daemon=True
        )
        self.process.start()
        jobs_out.close()
        answers_in.close()

    @property
    def alive(self) -> bool:
        return self.process.is_alive()

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
            self.process.join(5)
        self._close_pipes()

    def stop(self) -> None:
        """Ask an idle worker to leave (its pipe closes), then make sure it did."""
        self._close_pipes()
        with contextlib.suppress(OSError, ValueError):
            self.process.join(2)
            if self.process.is_alive():
                self.process.kill()
                self.process.join(2)

    def _close_pipes(self) -> None:
        for connection in (self.jobs, self.answers):
            with contextlib.suppress(OSError):
                connection.close()


class _Pool:
    """At most one idle worker, kept for the next file; more are started when imports overlap."""

    def __init__(self) -> None:
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()

    def take(self) -> tuple[_Worker, bool]:
        """A worker, and whether it was kept from an earlier file."""
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.alive:
                    return worker, True
                worker.kill()
        return _Worker(), False

    def give_back(self, worker: _Worker) -> None:
        with self._lock:
            if not self._idle and worker.alive:
                self._idle.append(worker)
                return
        worker.stop()

    def close_all(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()

    def pids(self) -> list[int]:
        with self._lock:
            return [worker.process.pid for worker in self._idle if worker.process.pid is not None]


_pool = _Pool()
atexit.register(shutdown)


class _StaleWorker(Exception):
    """A kept worker died before it said anything about the new file: not the file's doing."""


def _run(
    worker: _Worker, job: _Job, path: Path, limits: Limits, on_progress: Progress | None, *, kept: bool
) -> tuple[Any, ...]:
    try:
        worker.jobs.send(job)
    except (OSError, EOFError) as error:
        raise _StaleWorker() from error
    return _follow(worker, path, limits, on_progress, kept=kept)


def _reusable(answer: tuple[Any, ...]) -> bool:
    """A worker that hit its memory limit or failed unexpectedly is not trusted with another file."""
    return answer[0] == "done" or (answer[0] == "refused" and answer[1] != RefusalReason.TOO_LONG.value)


def _follow(
    worker: _Worker, path: Path, limits: Limits, on_progress: Progress | None, *, kept: bool
) -> tuple[Any, ...]:
    """Relay progress and logs until the answer comes, a limit passes or the worker dies."""
    started = last_page = time.monotonic()
    heard = False
    last: tuple[Phase, int, int] = (Phase.READ, 0, 1)
    while True:
        now = time.monotonic()
        deadline = min(started + limits.seconds, last_page + limits.stall_seconds)
        if now >= deadline:
            which = "time" if now >= started + limits.seconds else "stall"
            detail = f"{which} limit passed after {now - started:.1f} s"
            raise IngestError(RefusalReason.TOO_LONG, path, detail)
        ready = wait([worker.answers, worker.process.sentinel], min(deadline - now, HEARTBEAT_SECONDS))
        if not ready:
            report(on_progress, *last)  # a heartbeat, so that a cancel is seen during a slow page
            continue
        message = _receive(worker, path, stale=kept and not heard)
        heard = True
        kind = message[0]
        if kind == "progress":
            last_page = time.monotonic()
            last = (Phase(message[1]), message[2], message[3])
            report(on_progress, *last)
        elif kind == "log":
            # under our own logger, whatever library spoke in the worker (pypdf's warnings): the
            # clients decide where it goes (a file for the window, nowhere for the command line)
            log.log(message[1], "%s: %s (%s)", path.name, message[3], message[2])
        else:
            return message


def _receive(worker: _Worker, path: Path, *, stale: bool) -> tuple[Any, ...]:
    """The next message. A worker that died refuses the file: killed by the system (out of memory, out
    of CPU time) means too long to read; any other death (a crash in a library) means damaged."""
    if worker.answers.poll():
        try:
            return worker.answers.recv()
        except (EOFError, OSError):
            pass
    worker.process.join(5)
    if stale:
        raise _StaleWorker()
    code = worker.process.exitcode
    log.warning("the PDF worker for %s stopped (exit code %s)", path.name, code)
    reason = RefusalReason.TOO_LONG if code in _KILLED_BY_THE_SYSTEM else RefusalReason.DAMAGED
    raise IngestError(reason, path, f"the worker stopped (exit code {code})")


def _unpack(answer: tuple[Any, ...], path: Path) -> RawDocument:
    kind = answer[0]
    if kind == "done":
        return answer[1]
    if kind == "refused":
        raise IngestError(RefusalReason(answer[1]), path, answer[2])
    log.error("the PDF worker failed on %s: %s", path.name, answer[1])
    raise IngestError(RefusalReason.DAMAGED, path, f"unexpected error: {answer[1]}")


# --- The worker's side ---------------------------------------------------------------------------


def _serve(jobs: Connection, answers: Connection) -> None:
    """The worker's main loop: one job at a time until the application closes the pipe or exits."""
    leave_with_parent()
    forwarder = forward_logs(answers, ("artois_reader", "pypdf"))
    from artois_reader.core import pdf_text  # imported once, before the first job arrives

    while True:
        try:
            job: _Job = jobs.recv()
        except (EOFError, OSError):
            return
        forwarder.refill()  # at most MAX_FORWARDED_LOGS warnings a file
        answer = _do_job(job, answers, pdf_text.extract_pdf)
        try:
            answers.send(answer)
        except (OSError, ValueError):
            return


def _do_job(job: _Job, answers: Connection, default: Extractor) -> tuple[Any, ...]:
    def progress(phase: Phase, done: int, total: int) -> bool:
        answers.send(("progress", str(phase), done, total))
        return True

    extractor = job.extractor or default
    try:
        with _memory_limit(job.memory_bytes), _cpu_limit(job.seconds):
            raw = extractor(Path(job.path), password=job.password, on_progress=progress)
    except IngestError as error:
        return ("refused", error.reason.value, error.detail)
    except MemoryError:
        return ("refused", RefusalReason.TOO_LONG.value, "memory limit")
    except RecursionError as error:
        return ("refused", RefusalReason.DAMAGED.value, f"nesting too deep: {error}")
    except Exception as error:  # reported to the application, which refuses the file with a reason
        return ("failed", f"{type(error).__name__}: {error}")
    return ("done", raw)


# --- Limits inside the worker ---------------------------------------------------------------------


@contextlib.contextmanager
def _memory_limit(limit: int) -> Any:
    """Allocations past `limit` bytes fail with MemoryError while the file is read; lifted after, so the
    answer can be sent."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        _windows_job.set_limit(limit)
        try:
            yield
        finally:
            _windows_job.set_limit(0)
        return
    try:
        import resource
    except ImportError:  # pragma: no cover - a POSIX without resource
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@contextlib.contextmanager
def _cpu_limit(seconds: float) -> Any:
    """A backstop for a worker whose application is gone: the system stops it after twice the time
    limit of CPU (the application kills it long before). POSIX only; Windows relies on the watcher."""
    try:
        import resource
    except ImportError:  # Windows
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    wanted = int(usage.ru_utime + usage.ru_stime + 2 * seconds) + 1
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (wanted, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


class _WindowsJob:  # pragma: no cover - Windows only (exercised by the Windows CI)
    """A job object holding the worker alone, whose per-process memory limit is set for each file."""

    _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9
    _JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100

    def __init__(self) -> None:
        self._handle: Any = None
        self._failed = False

    def set_limit(self, limit: int) -> None:
        if self._failed:
            return
        try:
            self._set(limit)
        except OSError as error:
            self._failed = True
            log.warning("no memory limit for the PDF worker (job object refused: %s)", error)

    def _set(self, limit: int) -> None:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.CreateJobObjectW.restype = wintypes.HANDLE
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        if self._handle is None:
            handle = kernel32.CreateJobObjectW(None, None)
            if not handle:
                raise ctypes.WinError(ctypes.get_last_error())
            if not kernel32.AssignProcessToJobObject(handle, kernel32.GetCurrentProcess()):
                raise ctypes.WinError(ctypes.get_last_error())
            self._handle = handle
        info = _extended_limit_information()
        if limit > 0:
            info.BasicLimitInformation.LimitFlags = self._JOB_OBJECT_LIMIT_PROCESS_MEMORY
            info.ProcessMemoryLimit = limit
        ok = kernel32.SetInformationJobObject(
            self._handle,
            self._JOB_OBJECT_EXTENDED_LIMIT_INFORMATION,
            ctypes.byref(info),
            ctypes.sizeof(info),
        )
        if not ok:
            raise ctypes.WinError(ctypes.get_last_error())


def _extended_limit_information() -> Any:  # pragma: no cover - Windows only
    """JOBOBJECT_EXTENDED_LIMIT_INFORMATION, as winnt.h lays it out."""
    import ctypes
    from ctypes import wintypes

    class IoCounters(ctypes.Structure):
        _fields_ = [
            (name, ctypes.c_ulonglong)
            for name in ("Read", "Write", "Other", "ReadTransfer", "WriteTransfer", "OtherTransfer")
        ]

    class BasicLimitInformation(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class ExtendedLimitInformation(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", BasicLimitInformation),
            ("IoInfo", IoCounters),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    return ExtendedLimitInformation()


_windows_job = _WindowsJob()
