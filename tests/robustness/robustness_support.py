"""Helpers of the robustness tests (and of tools/robustness_report.py): a snapshot of a library's files,
and the check that a refusal is one French sentence naming the file and the reason."""

from __future__ import annotations

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
