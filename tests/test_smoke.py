"""`--smoke-test`: the program checks itself end to end and says so in a JSON report.

Each run is its own process, as in real use (`artois-reader --smoke-test`, the frozen executable): the
real application, its window and its threads start and stop once per process.
"""

from __future__ import annotations

import functools
import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from artois_reader import smoke

RUN = "import pathlib, sys\nfrom artois_reader import smoke\nsys.exit(smoke.run({report}{options}))\n"


def run_smoke(
    tmp_path: Path, prelude: str = "", *, report: bool = True, options: str = ""
) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    """Run `smoke.run` in a fresh Python process after `prelude`; returns the process and its report."""
    path = tmp_path / "report.json"
    target = f"pathlib.Path({str(path)!r})" if report else "None"
    code = prelude + RUN.format(report=target, options=options)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "fr"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    data = json.loads(path.read_text(encoding="utf-8")) if report and path.exists() else {}
    return done, data


LEAK_PROBE = (
    "import sys\n"
    "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
    "class Probe(QObject):\n"
    "    fired = Signal(int)\n"
    "app = QCoreApplication([])\n"
    "probe = Probe()\n"
    "before = sys.getrefcount(True)\n"
    "for number in range(100):\n"
    "    probe.fired.emit(number)\n"
    "print(before - sys.getrefcount(True))\n"
)


@functools.cache
def references_lost_per_100_emits() -> int:
    done = subprocess.run([sys.executable, "-c", LEAK_PROBE], capture_output=True, text=True, timeout=120)
    return int(done.stdout.strip())


@pytest.fixture
def healthy_qt() -> None:
    """The smoke test fails at its "signals" step when PySide6 leaks: one red test says so, not ten."""
    if references_lost_per_100_emits() >= 50:
        pytest.skip(
            "PySide6 loses a reference to True on every emit: see test_pyside_signals_keep_true_alive"
        )


def test_pyside_signals_keep_true_alive() -> None:
    """PySide6 6.12.0 returns True from Signal.emit() without a reference of its own. Python 3.11 then
    aborts ("bool_dealloc") after some thousands of emits; 3.12+ has immortal bools. Fix: Python >= 3.12,
    or PySide6-Essentials != 6.12.0 (6.11.3 is fine). The smoke test checks the same in frozen builds."""
    from PySide6 import __version__ as pyside_version

    lost = references_lost_per_100_emits()
    assert lost < 50, (
        f"PySide6 {pyside_version} on Python {sys.version.split()[0]}: {lost} of 100 emits lost True"
    )


def step(report: dict[str, Any], name: str) -> dict[str, Any]:
    return next(s for s in report["steps"] if s["name"] == name)


@pytest.fixture(scope="module")
def passed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if references_lost_per_100_emits() >= 50:
        pytest.skip(
            "PySide6 loses a reference to True on every emit: see test_pyside_signals_keep_true_alive"
        )
    """One real run of the command line, shared by the tests that read its report."""
    folder = tmp_path_factory.mktemp("smoke")
    report = folder / "report.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LANGUAGE": "fr",
        "ARTOIS_READER_HOME": str(folder / "user-home"),
    }
    command = [sys.executable, "-m", "artois_reader", "--smoke-test", "--report", str(report)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    data = json.loads(report.read_text(encoding="utf-8"))
    data["exit_status"] = done.returncode
    data["user_home"] = str(folder / "user-home")
    return data


@pytest.mark.slow
def test_smoke_test_passes_from_the_command_line_and_exits_zero(passed: dict[str, Any]) -> None:
    assert passed["ok"] is True, passed["reason"]
    assert passed["exit_status"] == smoke.EXIT_PASSED
    assert passed["reason"] == ""
    assert [s["name"] for s in passed["steps"]] == [
        "environment",
        "app",
        "signals",
        "window",
        "ingest",
        "outline",
        "search",
        "open_hit",
        "open_section",
        "close",
    ]
    assert all(s["ok"] and s["ms"] >= 0 for s in passed["steps"])


@pytest.mark.slow
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


@pytest.mark.slow
def test_report_names_qt_and_the_resources_the_run_used(passed: dict[str, Any]) -> None:
    assert passed["qt"]["version"].startswith("6.")
    assert passed["qt"]["platform"] == "offscreen"
    app = step(passed, "app")["detail"]
    assert app["language"] == "fr"
    assert [Path(path).name for path in app["translations"]] == ["artois_reader_fr.qm", "qtbase_fr.qm"]
    used = [Path(path).name for path in passed["resources_used"]]
    assert "crte_pma_chapeau_commun.pdf" in used
    assert passed["network_attempts"] == []
    assert passed["dialogs"] == []


@pytest.mark.slow
def test_the_real_window_showed_its_icon_and_opened_the_hit_and_the_section(passed: dict[str, Any]) -> None:
    assert step(passed, "window")["detail"]["icon"] is True
    assert step(passed, "open_hit")["detail"]["view"] == "passage"
    probe = step(passed, "outline")["detail"]["probe_section"]
    opened = step(passed, "open_section")["detail"]
    assert opened["section"] == probe["id"]
    assert opened["characters"] > len(probe["title"])


@pytest.mark.slow
def test_a_passing_run_removes_its_temporary_home_and_leaves_the_users_alone(passed: dict[str, Any]) -> None:
    assert passed["home_kept"] is False
    assert not Path(passed["home"]).exists()
    assert not (Path(passed["user_home"]) / "library.json").exists()


NOTHING_IMPORTED = (
    "from artois_reader.core import pipeline\n"
    "pipeline.ensure_bundled = lambda library, on_progress=None: None\n"
)


@pytest.mark.usefixtures("healthy_qt")
def test_a_failing_step_exits_one_with_the_reason_and_keeps_the_log(tmp_path: Path) -> None:
    done, data = run_smoke(tmp_path, NOTHING_IMPORTED)
    assert done.returncode == smoke.EXIT_FAILED
    assert data["ok"] is False
    assert "SmokeFailure" in data["reason"] and "imported nothing" in data["reason"]
    assert [(s["name"], s["ok"]) for s in data["steps"]][-1] == ("ingest", False)
    assert data["home_kept"] is True
    log = Path(data["log"]).read_text(encoding="utf-8")
    assert "smoke test failed" in log and "Traceback" in log


@pytest.mark.slow
@pytest.mark.usefixtures("healthy_qt")
def test_any_network_attempt_fails_the_run_even_when_the_error_is_swallowed(tmp_path: Path) -> None:
    phoning_home = (
        "import socket\n"
        "from artois_reader.core import pipeline\n"
        "real = pipeline.ensure_bundled\n"
        "def phoning_home(library, on_progress=None):\n"
        "    try:\n"
        "        socket.create_connection(('example.org', 443), timeout=1)\n"
        "    except OSError:\n"
        "        pass  # a careless caller that ignores the failure\n"
        "    return real(library, on_progress)\n"
        "pipeline.ensure_bundled = phoning_home\n"
    )
    done, data = run_smoke(tmp_path, phoning_home)
    assert done.returncode == smoke.EXIT_FAILED
    assert data["network_attempts"] == ["create_connection ('example.org', 443)"]
    assert "tried to reach the network" in data["reason"]


def test_a_hanging_step_is_stopped_by_the_watchdog(tmp_path: Path) -> None:
    done, data = run_smoke(tmp_path, options=", watchdog=0.05")
    assert done.returncode == smoke.EXIT_FAILED, done.stderr
    assert data["ok"] is False
    assert "longer than 0.05 s" in data["reason"]


@pytest.mark.usefixtures("healthy_qt")
def test_without_report_file_the_report_goes_to_stdout(tmp_path: Path) -> None:
    done, _ = run_smoke(tmp_path, NOTHING_IMPORTED, report=False)
    assert json.loads(done.stdout)["ok"] is False


@pytest.mark.usefixtures("healthy_qt")
def test_without_stdout_nor_report_file_the_report_goes_to_the_user_data_dir(tmp_path: Path) -> None:
    """A windowed Windows build has no stdout (sys.stdout is None)."""
    home = tmp_path / "user-home"
    prelude = f"import os, sys\nos.environ['ARTOIS_READER_HOME'] = {str(home)!r}\nsys.stdout = None\n"
    done, _ = run_smoke(tmp_path, prelude + NOTHING_IMPORTED, report=False)
    assert done.returncode == smoke.EXIT_FAILED
    assert json.loads((home / smoke.REPORT_FILE).read_text(encoding="utf-8"))["ok"] is False


def test_the_network_guard_records_and_restores_sockets() -> None:
    attempts: list[str] = []
    original = socket.socket.connect
    with smoke.network_blocked(attempts), pytest.raises(smoke.NetworkAttempt):
        socket.getaddrinfo("localhost", 80)
    assert socket.socket.connect is original
    assert attempts == ["getaddrinfo 'localhost'"]


@pytest.mark.parametrize(
    ("title", "query"),
    [
        ("Au cœur d’une nouvelle métropole", "cœur d’une nouvelle métropole"),
        ("1. Mobilité : le RER, le bus (BHNS) et la route", "Mobilité BHNS route"),
        ("La santé, l'accès aux soins et à l'emploi pour tous", "santé l'accès soins l'emploi"),
        ("1.2 — 2021", ""),
    ],
)
def test_the_query_is_the_first_real_words_of_the_section_title(title: str, query: str) -> None:
    assert smoke.search_words(title) == query
