"""The program never needs the network: ingest, search and the GUI smoke path run with sockets refusing.

Two independent guards: the socket functions a library would call are made to raise, and an audit hook
(Python's own `socket.*` audit events, raised in C whoever calls) records any socket use at all.
tools/build_and_verify.py proves the same of the frozen build at the OS level (`unshare -n`).
"""

from __future__ import annotations

import _socket
import json
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from artois_reader import smoke
from artois_reader.core import pipeline
from artois_reader.core.library import Library

_SOCKET_EVENTS: list[str] | None = None


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _SOCKET_EVENTS is not None and event.startswith("socket."):
        _SOCKET_EVENTS.append(f"{event} {args!r}")


sys.addaudithook(_audit)  # hooks cannot be removed: this one records only while a test asks


class NetworkForbidden(OSError):
    pass


@pytest.fixture
def socket_events(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Sockets refuse to connect or resolve; every socket audit event is recorded."""
    global _SOCKET_EVENTS

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise NetworkForbidden(f"network used in an offline test: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    events: list[str] = []
    _SOCKET_EVENTS = events
    try:
        yield events
    finally:
        _SOCKET_EVENTS = None


def test_the_guards_do_catch_a_connection(socket_events: list[str]) -> None:
    """The harness itself: if this passes, silence in the other tests means something."""
    with pytest.raises(NetworkForbidden):
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


def test_gui_smoke_path_works_with_the_network_blocked(socket_events: list[str], tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    assert smoke.run(report) == smoke.EXIT_PASSED
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["ok"] is True, data["reason"]
    assert data["network_attempts"] == []
    assert socket_events == []
