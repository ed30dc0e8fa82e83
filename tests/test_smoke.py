"""`--smoke-test`: the program checks itself end to end and says so in a JSON report."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from artois_reader import cli, smoke
from artois_reader.core import pipeline


@pytest.fixture(scope="module")
def passed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One real run from source, shared by the tests that read its report (it ingests the CRTE)."""
    report = tmp_path_factory.mktemp("smoke") / "report.json"
    status = cli.main(["--smoke-test", "--report", str(report)])
    data = json.loads(report.read_text(encoding="utf-8"))
    data["exit_status"] = status
    return data


def step(report: dict[str, Any], name: str) -> dict[str, Any]:
    return next(s for s in report["steps"] if s["name"] == name)


def test_smoke_test_passes_from_source_and_exits_zero(passed: dict[str, Any]) -> None:
    assert passed["exit_status"] == smoke.EXIT_PASSED
    assert passed["ok"] is True, passed["reason"]
    assert passed["reason"] == ""
    assert [s["name"] for s in passed["steps"]][:6] == [
        "environment",
        "library",
        "ingest",
        "outline",
        "search",
        "qt",
    ]
    assert all(s["ok"] and s["ms"] >= 0 for s in passed["steps"])


def test_report_says_what_was_ingested_and_found(passed: dict[str, Any]) -> None:
    ingest = step(passed, "ingest")["detail"]
    assert ingest["source"] == "crte_pma_chapeau_commun.pdf"
    assert ingest["pages"] >= 1
    search = step(passed, "search")["detail"]
    assert search["query"]
    assert search["total"] >= 1
    assert search["hits"][0]["page"] >= 1
    probe = step(passed, "outline")["detail"]["probe_section"]
    assert search["probe_section_found"] is True, f"searching {search['query']!r} missed section {probe}"


def test_report_names_qt_and_the_resources_the_run_opened(passed: dict[str, Any]) -> None:
    assert passed["qt"]["version"].startswith("6.")
    assert passed["qt"]["platform"] == "offscreen"
    assert step(passed, "qt")["detail"]["qtbase_fr"].endswith("qtbase_fr.qm")
    used = [Path(path).name for path in passed["resources_used"]]
    assert "crte_pma_chapeau_commun.pdf" in used
    assert passed["network_attempts"] == []


def test_a_passing_run_removes_its_temporary_home(passed: dict[str, Any]) -> None:
    assert passed["home_kept"] is False
    assert not Path(passed["home"]).exists()


def test_the_smoke_test_never_touches_the_users_library(passed: dict[str, Any], temp_home: Path) -> None:
    assert Path(passed["home"]) != temp_home
    assert not (temp_home / "library.json").exists()


def test_a_failing_step_exits_one_with_the_reason_and_keeps_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "ensure_bundled", lambda library, on_progress=None: None)
    report = tmp_path / "report.json"
    assert smoke.run(report) == smoke.EXIT_FAILED
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["ok"] is False
    assert "SmokeFailure" in data["reason"] and "not ingested" in data["reason"]
    assert data["home_kept"] is True
    log = Path(data["log"]).read_text(encoding="utf-8")
    assert "smoke test failed" in log and "Traceback" in log
    assert [s["ok"] for s in data["steps"]] == [True, True, False]


def test_any_network_attempt_fails_the_run_even_when_the_error_is_swallowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_ensure_bundled = pipeline.ensure_bundled

    def phoning_home(library: Any, on_progress: Any = None) -> Any:
        try:
            socket.create_connection(("example.org", 443), timeout=1)
        except OSError:
            pass  # a careless caller that ignores the failure
        return real_ensure_bundled(library, on_progress)

    monkeypatch.setattr(pipeline, "ensure_bundled", phoning_home)
    report = tmp_path / "report.json"
    assert smoke.run(report) == smoke.EXIT_FAILED
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["network_attempts"] == ["create_connection ('example.org', 443)"]
    assert "tried to reach the network" in data["reason"]


def test_the_network_guard_restores_sockets_afterwards() -> None:
    attempts: list[str] = []
    original = socket.socket.connect
    with smoke.network_blocked(attempts), pytest.raises(smoke.NetworkAttempt):
        socket.getaddrinfo("localhost", 80)
    assert socket.socket.connect is original
    assert attempts == ["getaddrinfo 'localhost'"]


def test_a_hanging_step_is_stopped_by_the_watchdog(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    code = (
        "import sys, pathlib\n"
        "from artois_reader import smoke\n"
        f"sys.exit(smoke.run(pathlib.Path({str(report)!r}), watchdog=0.05))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == smoke.EXIT_FAILED, done.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["ok"] is False
    assert "longer than" in data["reason"]


def test_without_report_file_the_report_goes_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pipeline, "ensure_bundled", lambda library, on_progress=None: None)
    assert smoke.run(None) == smoke.EXIT_FAILED
    assert json.loads(capsys.readouterr().out)["ok"] is False


def test_without_stdout_nor_report_file_the_report_goes_to_the_user_data_dir(
    monkeypatch: pytest.MonkeyPatch, temp_home: Path
) -> None:
    """A windowed Windows build has no stdout (sys.stdout is None)."""
    monkeypatch.setattr(pipeline, "ensure_bundled", lambda library, on_progress=None: None)
    monkeypatch.setattr(sys, "stdout", None)
    assert smoke.run(None) == smoke.EXIT_FAILED
    assert json.loads((temp_home / smoke.REPORT_FILE).read_text(encoding="utf-8"))["ok"] is False


@pytest.mark.parametrize(
    ("title", "query"),
    [
        ("Au cœur d’une nouvelle métropole", "cœur d’une nouvelle métropole"),
        ("1. Mobilité : le RER, le bus (BHNS) et la route", "Mobilité BHNS route"),
        ("La santé, l'accès aux soins et à l'emploi pour tous", "santé l'accès soins l'emploi"),
    ],
)
def test_the_query_is_the_first_real_words_of_the_section_title(title: str, query: str) -> None:
    assert smoke.search_words(title) == query
