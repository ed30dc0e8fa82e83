"""The program never needs the network: ingest, search and the GUI smoke path run with sockets refusing.

Two independent guards: the socket functions a library would call are made to raise, and an audit hook
(Python's own `socket.*` audit events, raised in C whoever calls) records any socket use at all.
tools/build_and_verify.py proves the same of the frozen build at the OS level (`unshare -n`).
"""

from __future__ import annotations

import _socket
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from artois_reader.core import pipeline
from artois_reader.core.library import Library

# The guards, as source: installed in this process by the fixture, and in the child process that runs
# the GUI smoke path (one application per process, as in real use).
GUARDS = """
import socket, sys

class NetworkForbidden(OSError):
    pass

def refuse(*args, **kwargs):
    raise NetworkForbidden(f"network used in an offline test: {args!r}")

SOCKET_EVENTS = None

def audit(event, args):
    if SOCKET_EVENTS is not None and event.startswith("socket."):
        SOCKET_EVENTS.append(f"{event} {args!r}")

sys.addaudithook(audit)  # hooks cannot be removed: this one records only while SOCKET_EVENTS is a list

def block_sockets(setattr=setattr):
    for owner, name in ((socket.socket, "connect"), (socket.socket, "connect_ex"),
                        (socket, "create_connection"), (socket, "getaddrinfo")):
        setattr(owner, name, refuse)
"""

guards: dict[str, Any] = {}
exec(GUARDS, guards)  # the same code the child runs


@pytest.fixture
def socket_events(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Sockets refuse to connect or resolve; every socket audit event is recorded."""
    guards["block_sockets"](monkeypatch.setattr)
    events: list[str] = []
    guards["SOCKET_EVENTS"] = events
    try:
        yield events
    finally:
        guards["SOCKET_EVENTS"] = None


def test_the_guards_do_catch_a_connection(socket_events: list[str]) -> None:
    """The harness itself: if this passes, silence in the other tests means something."""
    with pytest.raises(guards["NetworkForbidden"]):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    with socket.socket() as raw:  # a caller going straight to C, past every patched name
        raw.settimeout(0.01)
        try:
            _socket.socket.connect(raw, ("192.0.2.1", 80))
        except OSError:
            pass
    assert any(event.startswith("socket.connect") for event in socket_events)


def test_ingest_and_search_work_with_the_network_blocked(socket_events: list[str], temp_home: Path) -> None:
    library = Library.open(temp_home)
    bundled = pipeline.ensure_bundled(library)
    assert bundled is not None and bundled.info.pages >= 1
    result = library.search_index().search("métropole")
    assert result.total >= 1
    assert {hit.doc_id for hit in result.hits} >= {bundled.info.id}
    assert socket_events == []


@pytest.mark.slow
def test_gui_smoke_path_works_with_the_network_blocked(tmp_path: Path) -> None:
    report, events = tmp_path / "report.json", tmp_path / "socket-events.json"
    code = (
        GUARDS
        + "block_sockets()\n"
        + "SOCKET_EVENTS = []\n"
        + "import json, pathlib\n"
        + "from artois_reader import smoke\n"
        + f"status = smoke.run(pathlib.Path({str(report)!r}))\n"
        + f"pathlib.Path({str(events)!r}).write_text(json.dumps(SOCKET_EVENTS))\n"
        + "sys.exit(status)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    data = json.loads(report.read_text(encoding="utf-8"))
    if data["steps"] and data["steps"][-1]["name"] == "signals" and not data["ok"]:
        pytest.skip(
            "PySide6 loses a reference to True on every emit: see test_pyside_signals_keep_true_alive"
        )
    assert data["ok"] is True, data["reason"]
    assert done.returncode == 0
    assert data["network_attempts"] == []
    assert json.loads(events.read_text(encoding="utf-8")) == []
