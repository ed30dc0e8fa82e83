"""Helpers of the robustness tests (and of tools/robustness_report.py): a snapshot of a library's files,
and the check that a refusal is one French sentence naming the file and the reason."""

from __future__ import annotations

import functools
import os
import re
import sys
import time
from pathlib import Path

from artois_reader import messages
from artois_reader.core.errors import RefusalReason

ROBUSTNESS = Path(__file__).resolve().parent
FIXTURES = ROBUSTNESS.parent / "fixtures"
PDF_SAMPLES = FIXTURES / "pdf-samples"

FRENCH = (
    "Le Pôle Métropolitain de l'Artois réunit trois communautés d'agglomération.\n\n"
    "La rénovation énergétique des logements et la mobilité douce sont au cœur du contrat.\n"
)

_ENGLISH_WORDS = re.compile(r"\b(the|is|file|cannot|error|not|this|password|damaged|empty)\b", re.IGNORECASE)


def snapshot(home: Path) -> dict[str, bytes]:
    """Every file of a library and its bytes (the lock file aside)."""
    return {
        str(path.relative_to(home)): path.read_bytes()
        for path in sorted(home.rglob("*"))
        if path.is_file() and path.name != ".lock"
    }


def french_refusal_problems(message: str, file_name: str, reason: RefusalReason) -> list[str]:
    """What keeps `message` from being one French sentence naming the file and the reason ([] if none)."""
    problems = []
    name = Path(file_name).name
    if not (message.startswith("Impossible d'ouvrir «\u00a0") and message.endswith(".")):
        problems.append("not a sentence of the form « Impossible d'ouvrir « … » : … . »")
    if f"«\u00a0{name}\u00a0»" not in message:
        problems.append(f"the file name {name!r} is missing")
    why = message.split("»\u00a0: ", 1)[-1]
    if why != messages.reason_text(reason, "fr") + "." or len(why) < 10:
        problems.append(f"the reason {why!r} is not the French words for {reason.value}")
    if _ENGLISH_WORDS.search(why):
        problems.append(f"English words in {why!r}")
    if "\n" in message:
        problems.append("more than one line")
    return problems


def assert_french_refusal(message: str, file_name: str, reason: RefusalReason) -> None:
    assert message == messages.refusal_message(reason, file_name, "fr")
    assert french_refusal_problems(message, file_name, reason) == []


@functools.cache
def permissions_enforced() -> bool:
    """Whether file permissions stop this process (not for root with its capabilities, nor on Windows,
    where chmod only sets the read-only flag)."""
    if sys.platform == "win32":
        return False
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_bytes(b"x")
        probe.chmod(0)
        try:
            probe.read_bytes()
        except PermissionError:
            return True
        finally:
            probe.chmod(0o600)
    return False


def process_alive(pid: int) -> bool:
    """Whether a process runs (a zombie, dead but not yet reaped, counts as gone)."""
    if sys.platform == "win32":  # os.kill(pid, 0) would send Ctrl+C there
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32")
        handle = kernel32.OpenProcess(0x00100000 | 0x1000, False, pid)  # SYNCHRONIZE, QUERY_LIMITED
        if not handle:
            return False
        try:
            return kernel32.WaitForSingleObject(handle, 0) == 0x102  # WAIT_TIMEOUT: still running
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except (OSError, IndexError):
        return True


def wait_gone(pid: int, seconds: float = 30) -> bool:
    """A hang detector, not a speed check: whether `pid` is gone within a generous time."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not process_alive(pid):
            return True
        time.sleep(0.05)
    return False


def kill(pid: int) -> None:
    import signal

    os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))


# --- a disk that fails ------------------------------------------------------------------------------------

_WRITE_MODES = frozenset("wxa+")
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


class FaultyDisk:
    """Counts the write steps under a folder (files opened for writing, folders made, renames, fsyncs,
    deletions) and makes one of them, or all of them, raise.

    `fail_at=n` raises `error()` at the n-th write step only (n from 1); `fail_all=True` makes every
    write step raise (a full disk, a read-only folder). Reads are never touched. Use as a context
    manager with pytest's monkeypatch: ``with FaultyDisk(home, monkeypatch, fail_at=3) as disk: …``.
    """

    def __init__(
        self,
        folder: Path,
        monkeypatch: object,
        *,
        fail_at: int = 0,
        fail_all: bool = False,
        error: object = None,
    ) -> None:
        import errno

        self.folder = os.path.abspath(folder)
        self.steps = 0
        self.raised = 0
        self._fail_at = fail_at
        self._fail_all = fail_all
        self._error = error or (lambda: OSError(errno.ENOSPC, "No space left on device"))
        self._patch = monkeypatch

    def __enter__(self) -> FaultyDisk:
        import builtins
        import io

        self._context = self._patch.context()  # type: ignore[attr-defined]
        patch = self._context.__enter__()
        real_open = builtins.open

        def guarded_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
            if isinstance(file, (str, bytes, os.PathLike)) and _WRITE_MODES & set(mode):
                self._step(file)
            return real_open(file, mode, *args, **kwargs)

        patch.setattr(builtins, "open", guarded_open)
        patch.setattr(io, "open", guarded_open)
        real_os_open = os.open

        def guarded_os_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
            if flags & _WRITE_FLAGS and not str(path).endswith(".lock"):
                self._step(path, kwargs.get("dir_fd"))
            return real_os_open(path, flags, *args, **kwargs)

        patch.setattr(os, "open", guarded_os_open)
        for name in ("mkdir", "rename", "replace", "unlink", "remove", "rmdir"):
            patch.setattr(os, name, self._wrap(getattr(os, name)))
        real_fsync = os.fsync

        def guarded_fsync(fd: int) -> None:
            self._step(None)
            real_fsync(fd)

        patch.setattr(os, "fsync", guarded_fsync)
        return self

    def __exit__(self, *exc: object) -> None:
        self._context.__exit__(*exc)

    def _wrap(self, original):  # type: ignore[no-untyped-def]
        def guarded(path, *args, **kwargs):  # type: ignore[no-untyped-def]
            self._step(path, kwargs.get("dir_fd"))
            return original(path, *args, **kwargs)

        return guarded

    def _step(self, path: object, dir_fd: object = None) -> None:
        if path is not None:
            where = _where(path, dir_fd)
            if where is None or not where.startswith(self.folder):
                return
        self.steps += 1
        if self._fail_all or self.steps == self._fail_at:
            self.raised += 1
            raise self._error()  # type: ignore[operator]


def _where(path: object, dir_fd: object) -> str | None:
    """The absolute path a call names (relative to `dir_fd` when given, as shutil.rmtree does)."""
    try:
        name = os.fsdecode(path)  # type: ignore[arg-type]
        if dir_fd is None:
            return os.path.abspath(name)
        return os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}"), name)
    except (TypeError, ValueError, OSError):
        return None
