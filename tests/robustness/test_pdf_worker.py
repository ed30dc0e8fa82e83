"""PDF extraction in a worker process: a PDF made to be slow or to eat memory is refused as « document
trop long à lire », the worker is killed, the application goes on; Cancel is heard during a slow page."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pdf_forge
import pytest
import worker_jobs
from robustness_support import PDF_SAMPLES, assert_french_refusal, kill, snapshot, wait_gone

from artois_reader import messages
from artois_reader.core import pdf_text, pdf_worker, pipeline
from artois_reader.core.errors import Cancelled, IngestError, Phase, RefusalReason
from artois_reader.core.library import Library
from artois_reader.core.pdf_worker import Limits

PASSWORD_PDF = PDF_SAMPLES / "005-libreoffice-writer-password" / "libreoffice-writer-password.pdf"
SHORT = Limits(seconds=20, stall_seconds=2, memory_bytes=1 << 30)
"""Limits small enough for a test, large enough for a normal page on a busy machine."""


def _refusal(path: Path, **kwargs: object) -> IngestError:
    with pytest.raises(IngestError) as refused:
        pdf_worker.extract_pdf(path, **kwargs)
    return refused.value


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "rapport annuel.pdf"
    path.write_bytes(pdf_forge.pdf_bytes(["Une page."]))
    return path


# --- the normal path --------------------------------------------------------------------------------


def test_the_worker_reads_a_pdf_exactly_as_pypdf_does_in_process(crte_pdf_path: Path) -> None:
    seen: list[tuple[Phase, int, int]] = []
    raw = pdf_worker.extract_pdf(crte_pdf_path, on_progress=lambda *args: seen.append(args) or True)
    assert raw == pdf_text.extract_pdf(crte_pdf_path)
    pages = len(raw.pages)
    assert [done for phase, done, total in seen if phase is Phase.READ and total == pages] == list(
        range(1, pages + 1)
    )


def test_refusals_come_back_with_their_reason() -> None:
    assert _refusal(PASSWORD_PDF).reason is RefusalReason.PASSWORD_REQUIRED
    assert _refusal(PASSWORD_PDF, password="mauvais").reason is RefusalReason.PASSWORD_WRONG
    assert "openpassword" not in _refusal(PASSWORD_PDF, password="x").detail
    assert pdf_worker.extract_pdf(PASSWORD_PDF, password="openpassword").pages


def test_the_worker_is_kept_for_the_next_file_and_replaced_after_a_limit(target: Path) -> None:
    first = pdf_worker.extract_pdf(target, extractor=worker_jobs.say_pid).pages[0].text
    again = pdf_worker.extract_pdf(target, extractor=worker_jobs.say_pid).pages[0].text
    assert first == again and pdf_worker.worker_pids() == [int(first)]
    _refusal(target, extractor=worker_jobs.hang_on_page_two, limits=SHORT)
    assert wait_gone(int(worker_jobs.pid_file(target).read_text()))
    fresh = pdf_worker.extract_pdf(target, extractor=worker_jobs.say_pid).pages[0].text
    assert fresh != first


def test_an_idle_worker_that_died_is_replaced(target: Path) -> None:
    pid = int(pdf_worker.extract_pdf(target, extractor=worker_jobs.say_pid).pages[0].text)
    kill(pid)
    assert wait_gone(pid)
    assert int(pdf_worker.extract_pdf(target, extractor=worker_jobs.say_pid).pages[0].text) != pid


def test_the_workers_warnings_reach_the_applications_log(caplog: pytest.LogCaptureFixture) -> None:
    broken = PDF_SAMPLES / "017-unreadable-meta-data" / "unreadablemetadata.pdf"
    with caplog.at_level(logging.WARNING):
        assert _refusal(broken).reason is RefusalReason.DAMAGED
    assert any(
        record.name == "artois_reader.core.pdf_worker"
        and "unreadablemetadata.pdf" in record.getMessage()
        and "(pypdf" in record.getMessage()
        for record in caplog.records
    )


# --- limits -----------------------------------------------------------------------------------------


def test_a_pdf_made_to_be_slow_is_refused_and_its_worker_killed(tmp_path: Path) -> None:
    """Forms nested four deep on every page: seconds a page for pypdf, minutes for the file."""
    path = tmp_path / "piège.pdf"
    path.write_bytes(pdf_forge.slow_pdf(pages=60))
    pages_read: list[int] = []
    error = _refusal(
        path,
        limits=Limits(seconds=3, stall_seconds=30),
        on_progress=lambda phase, done, total: pages_read.append(done) or True,
    )
    assert error.reason is RefusalReason.TOO_LONG and "time limit" in error.detail
    assert max(pages_read) < 60
    assert pdf_worker.worker_pids() == []  # killed, not kept


def test_a_page_that_never_ends_is_refused_by_the_stall_limit(target: Path) -> None:
    error = _refusal(target, extractor=worker_jobs.hang_on_page_two, limits=SHORT)
    assert error.reason is RefusalReason.TOO_LONG and "stall limit" in error.detail
    assert wait_gone(int(worker_jobs.pid_file(target).read_text()))


def test_pages_that_keep_coming_are_stopped_by_the_limit_for_the_whole_file(target: Path) -> None:
    error = _refusal(target, extractor=worker_jobs.pages_forever, limits=Limits(seconds=1, stall_seconds=30))
    assert error.reason is RefusalReason.TOO_LONG and "time limit" in error.detail


def test_a_worker_that_eats_memory_is_stopped_by_its_limit_and_the_next_file_reads(target: Path) -> None:
    error = _refusal(target, extractor=worker_jobs.eat_memory, limits=Limits(memory_bytes=512 << 20))
    assert error.reason is RefusalReason.TOO_LONG and "memory" in error.detail
    assert wait_gone(int(worker_jobs.pid_file(target).read_text()))
    assert pdf_worker.extract_pdf(target).pages[0].text.strip() == "Une page."


def test_a_pdf_that_inflates_to_gigabytes_is_refused_as_too_long(tmp_path: Path) -> None:
    path = tmp_path / "bombe.pdf"
    path.write_bytes(pdf_forge.inflating_pdf())
    assert path.stat().st_size < 200_000
    assert _refusal(path).reason is RefusalReason.TOO_LONG


def test_a_crash_in_the_worker_refuses_the_file_as_damaged(target: Path) -> None:
    assert _refusal(target, extractor=worker_jobs.crash).reason is RefusalReason.DAMAGED
    assert pdf_worker.extract_pdf(target).pages  # the next file gets a new worker


def test_an_unexpected_error_in_the_worker_refuses_the_file_as_damaged(target: Path) -> None:
    error = _refusal(target, extractor=worker_jobs.fail_unexpectedly)
    assert error.reason is RefusalReason.DAMAGED and "ValueError" in error.detail


# --- cancel, and a parent that dies ------------------------------------------------------------------


def test_cancel_is_heard_while_a_page_takes_long(target: Path) -> None:
    asked: list[float] = []

    def cancel_after_a_few_calls(phase: Phase, done: int, total: int) -> bool:
        asked.append(time.monotonic())
        return len(asked) < 4  # heartbeats come while page 2 never ends

    with pytest.raises(Cancelled):
        pdf_worker.extract_pdf(
            target,
            extractor=worker_jobs.hang_on_page_two,
            limits=Limits(seconds=60, stall_seconds=30),
            on_progress=cancel_after_a_few_calls,
        )
    assert wait_gone(int(worker_jobs.pid_file(target).read_text()))


_ORPHAN = """
import sys
from pathlib import Path
import worker_jobs
from artois_reader.core import pdf_worker
from artois_reader.core.pdf_worker import Limits

if __name__ == "__main__":
    pdf_worker.extract_pdf(Path(sys.argv[1]), extractor=worker_jobs.hang_on_page_two,
                           limits=Limits(seconds=600, stall_seconds=600))
"""


def test_the_worker_leaves_when_the_application_is_killed(target: Path, tmp_path: Path) -> None:
    script = tmp_path / "application.py"
    script.write_text(_ORPHAN, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(worker_jobs.__file__).parent), *sys.path])}
    application = subprocess.Popen([sys.executable, str(script), str(target)], env=env)
    pid_file = worker_jobs.pid_file(target)
    end = time.monotonic() + 60
    while not pid_file.exists() and time.monotonic() < end and application.poll() is None:
        time.sleep(0.05)
    assert pid_file.exists(), "the worker never started"
    time.sleep(0.1)  # the pid is written first thing: let the worker reach its endless page
    application.kill()
    application.wait(30)
    assert wait_gone(int(pid_file.read_text()))


# --- through the pipeline -----------------------------------------------------------------------------


def test_ingesting_a_slow_pdf_says_too_long_to_read_and_changes_nothing(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Rapport piégé.pdf"
    path.write_bytes(pdf_forge.slow_pdf(pages=60))
    before = snapshot(library.home)
    monkeypatch.setattr(pdf_worker, "DEFAULT_LIMITS", Limits(seconds=2, stall_seconds=30))
    with pytest.raises(IngestError) as refused:
        pipeline.ingest(path, library)
    assert refused.value.reason is RefusalReason.TOO_LONG
    message = messages.refusal_message(refused.value.reason, refused.value.path, "fr")
    assert_french_refusal(message, path.name, RefusalReason.TOO_LONG)
    assert message.endswith(": document trop long à lire.")
    assert snapshot(library.home) == before
