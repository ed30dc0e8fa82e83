"""``--smoke-test``: the real program, end to end, proving itself on a machine nobody watches.

    artois-reader --smoke-test [--report FILE]
    ArtoisReader.exe --smoke-test --report %TEMP%\\smoke.json

On a fresh temporary home it opens the library, lets the pipeline ingest the bundled CRTE (the same
`pipeline.ensure_bundled` a first start runs), searches it, then starts the real Qt application and
opens a section in the real main window. Sockets are blocked the whole time: any attempt to reach the
network is recorded and fails the test.

It writes a JSON report (steps with timings, hits, Qt version and platform, the resource files the run
opened) and exits 0 when every step passed, 1 otherwise with the reason in the report. A windowed
Windows build has no stdout: the report file is how it speaks. The run logs to
``<temporary home>/logs/artois-reader.log``; when the test fails that home is kept and named in the
report, so the log can be read.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import platform
import shutil
import socket
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from artois_reader import APP_ID, __version__

if TYPE_CHECKING:
    from artois_reader.core.document import Outline, Section
    from artois_reader.core.library import Library

EXIT_PASSED = 0
EXIT_FAILED = 1

WATCHDOG_SECONDS = 300.0
"""A step that hangs (a modal dialog nobody closes, a deadlock) fails the test instead of blocking CI."""

LOG_FILE = Path("logs") / "artois-reader.log"
REPORT_FILE = Path("logs") / "smoke-test.json"  # under the user data dir, when --report is not given
HOME_ENV = "ARTOIS_READER_HOME"

log = logging.getLogger("artois_reader.smoke")


class SmokeFailure(Exception):
    """A step ran, and what it found is wrong."""


class NetworkAttempt(OSError):
    """Raised in place of any socket connection or name lookup during the smoke test."""


# --- The report ---------------------------------------------------------------------------------------


@dataclass
class Step:
    name: str
    ms: float = 0.0
    ok: bool = False
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Report:
    steps: list[Step] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    network_attempts: list[str] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)  # every file the run opened (Python's audit events)
    ok: bool = False
    reason: str = ""
    home: str = ""
    home_kept: bool = False
    started: float = field(default_factory=time.perf_counter)

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[dict[str, Any]]:
        """Time one step; what the step learns goes into the dict it yields."""
        step = Step(name)
        self.steps.append(step)
        log.info("step %s", name)
        start = time.perf_counter()
        try:
            yield step.detail
            step.ok = True
        finally:
            step.ms = round((time.perf_counter() - start) * 1000, 1)

    def resources_used(self) -> list[str]:
        """The opened files that belong to the program: the bundled resources and Qt's own files."""
        roots = [str(path) for path in self.facts.get("resource_roots", ())]
        seen: dict[str, None] = {}
        for path in self.opened:
            if any(path.startswith(root) for root in roots):
                seen.setdefault(path)
        return list(seen)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "reason": self.reason,
            "version": __version__,
            "total_ms": round((time.perf_counter() - self.started) * 1000, 1),
            "steps": [
                {"name": s.name, "ok": s.ok, "ms": s.ms, **({"detail": s.detail} if s.detail else {})}
                for s in self.steps
            ],
            **{key: value for key, value in self.facts.items() if key != "resource_roots"},
            "resources_used": self.resources_used(),
            "network_attempts": self.network_attempts,
            "home": self.home,
            "home_kept": self.home_kept,
            "log": str(Path(self.home) / LOG_FILE) if self.home else "",
        }


# --- Guards: no network, every opened file seen, no hang -----------------------------------------------


@contextlib.contextmanager
def network_blocked(attempts: list[str]) -> Iterator[None]:
    """Make every socket connection and name lookup raise `NetworkAttempt`, and record it."""

    def refuse(what: str) -> Callable[..., Any]:
        def refused(*args: Any, **_kwargs: Any) -> Any:
            target = args[1] if what.startswith("socket.") and len(args) > 1 else (args[0] if args else "")
            attempts.append(f"{what} {target!r}")
            raise NetworkAttempt(f"the smoke test forbids the network: {what} {target!r}")

        return refused

    originals = {
        (socket.socket, "connect"): socket.socket.connect,
        (socket.socket, "connect_ex"): socket.socket.connect_ex,
        (socket, "create_connection"): socket.create_connection,
        (socket, "getaddrinfo"): socket.getaddrinfo,
    }
    for (owner, name), _original in originals.items():
        prefix = "socket." if owner is socket.socket else ""
        setattr(owner, name, refuse(f"{prefix}{name}"))
    try:
        yield
    finally:
        for (owner, name), original in originals.items():
            setattr(owner, name, original)


_OPENED: list[str] | None = None  # where the audit hook records opened files, while a run is on


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "open" and _OPENED is not None and args and isinstance(args[0], str):
        _OPENED.append(args[0])


_AUDIT_INSTALLED = False


@contextlib.contextmanager
def files_recorded(into: list[str]) -> Iterator[None]:
    """Record the path of every file Python opens (audit hooks cannot be removed: one is installed once
    per process and only records while a run is on)."""
    global _OPENED, _AUDIT_INSTALLED
    if not _AUDIT_INSTALLED:
        sys.addaudithook(_audit)
        _AUDIT_INSTALLED = True
    _OPENED = into
    try:
        yield
    finally:
        _OPENED = None


def _start_watchdog(seconds: float, on_expiry: Callable[[], None]) -> threading.Timer:
    timer = threading.Timer(seconds, on_expiry)
    timer.daemon = True
    timer.start()
    return timer


# --- The steps ----------------------------------------------------------------------------------------


def _environment(report: Report) -> None:
    from artois_reader.core.resources import resource_dir

    with report.step("environment") as detail:
        frozen = bool(getattr(sys, "frozen", False))
        resources = resource_dir()
        report.facts.update(
            frozen=frozen,
            executable=sys.executable,
            python=platform.python_version(),
            system=f"{platform.system()} {platform.release()} {platform.machine()}",
            resources=str(resources),
        )
        report.facts["resource_roots"] = [str(resources)]
        detail["bundle"] = getattr(sys, "_MEIPASS", "")


def _ingest(report: Report, library: Library) -> str:
    from artois_reader.core import pipeline

    with report.step("ingest") as detail:
        result = pipeline.ensure_bundled(library)
        if result is None:
            raise SmokeFailure("the bundled CRTE was not ingested into an empty library")
        info = result.info
        if info.pages < 1:
            raise SmokeFailure(f"the bundled CRTE was ingested with {info.pages} pages")
        detail.update(id=info.id, title=info.title, pages=info.pages, source=info.source_name)
        return info.id


def _outline(report: Report, library: Library, doc_id: str) -> Section:
    with report.step("outline") as detail:
        outline = library.outline(doc_id)
        detail.update(
            axes=len(outline.axes),
            sections=len(outline.sections),
            projects=len(outline.projects),
            contacts=len(outline.contacts),
            passages=len(outline.passages),
        )
        section = probe_section(outline)
        if section is None:
            raise SmokeFailure("the outline of the bundled CRTE has no titled section to search for")
        detail["probe_section"] = {"id": section.id, "title": section.title, "page": section.page}
        return section


def probe_section(outline: Outline) -> Section | None:
    """The section the smoke test searches for and opens: the first one with a title of real words and
    some text. Taken from whatever the document holds, never from a list of expected titles."""
    for section in outline.sections:
        words = [word for word in section.title.split() if sum(ch.isalpha() for ch in word) >= 4]
        if words and section.text.strip():
            return section
    return None


def search_words(title: str, limit: int = 4) -> str:
    """The query a reader would type for a section: its first few real words."""
    words = ["".join(ch for ch in word if ch.isalnum() or ch in "-'’") for word in title.split()]
    return " ".join([word for word in words if sum(ch.isalpha() for ch in word) >= 4][:limit])


def _search(report: Report, library: Library, doc_id: str, section: Section) -> str | None:
    with report.step("search") as detail:
        index = library.search_index()
        query = search_words(section.title)
        result = index.search(query, doc_id=doc_id)
        detail.update(
            query=query,
            total=result.total,
            took_ms=round(result.took_ms, 1),
            hits=[
                {"page": h.page, "kind": str(h.kind), "title": h.title, "passage": h.passage_id}
                for h in result.hits[:5]
            ],
        )
        if result.total < 1 or not result.hits:
            raise SmokeFailure(f"searching the bundled CRTE for {query!r} found nothing")
        in_section = [hit for hit in result.hits if hit.section_id == section.id]
        detail["probe_section_found"] = bool(in_section)
        opened = in_section[0].section_id if in_section else result.hits[0].section_id
        return opened or section.id


def _qt(report: Report) -> Any:
    with report.step("qt") as detail:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QLibraryInfo, qVersion
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_ID])
        translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        report.facts["qt"] = {
            "version": qVersion(),
            "pyside": pyside_version,
            "platform": app.platformName(),
            "plugins": str(plugins),
            "translations": str(translations),
        }
        report.facts["resource_roots"] += [str(translations), str(plugins)]
        qtbase_fr = translations / "qtbase_fr.qm"
        detail["qtbase_fr"] = str(qtbase_fr) if qtbase_fr.is_file() else ""
        if not qtbase_fr.is_file():
            raise SmokeFailure(f"Qt's French translation is missing: {qtbase_fr}")
        return app


# --- The run ------------------------------------------------------------------------------------------


def run(
    report_path: Path | None = None, *, keep_home: bool = False, watchdog: float = WATCHDOG_SECONDS
) -> int:
    """Run every step on a fresh temporary home; write the report; return the exit status."""
    report = Report()
    home = Path(tempfile.mkdtemp(prefix="artois-reader-smoke-"))
    report.home = str(home)
    handler, level = _log_to(home / LOG_FILE)
    previous_home = os.environ.get(HOME_ENV)
    os.environ[HOME_ENV] = str(home)  # the app's settings and notes go there too

    def expire() -> None:
        report.reason = f"a step took longer than {watchdog:g} s"
        report.home_kept = True
        try:
            log.error(report.reason)
            _write(report, report_path)
        finally:
            os._exit(EXIT_FAILED)

    timer = _start_watchdog(watchdog, expire)
    try:
        with network_blocked(report.network_attempts), files_recorded(report.opened):
            _steps(report, home)
        if report.network_attempts:
            raise SmokeFailure(
                "the program tried to reach the network: " + "; ".join(report.network_attempts)
            )
        report.ok = True
    except Exception as error:  # every failure becomes the report's reason, never a silent crash
        report.reason = f"{type(error).__name__}: {error}"
        report.facts["traceback"] = traceback.format_exc()
        log.exception("smoke test failed")
    finally:
        timer.cancel()
        _restore_env(HOME_ENV, previous_home)
        report.home_kept = keep_home or not report.ok
        _write(report, report_path)
        logging.getLogger("artois_reader").removeHandler(handler)
        logging.getLogger("artois_reader").setLevel(level)
        handler.close()
        if not report.home_kept:
            shutil.rmtree(home, ignore_errors=True)
    return EXIT_PASSED if report.ok else EXIT_FAILED


def _steps(report: Report, home: Path) -> None:
    from artois_reader.core.library import Library

    _environment(report)
    with report.step("library"):
        library = Library.open(home)
    doc_id = _ingest(report, library)
    section = _outline(report, library, doc_id)
    _search(report, library, doc_id, section)
    _qt(report)


def _log_to(path: Path) -> tuple[logging.Handler, int]:
    """Log the run (INFO and up) to `path`; returns the handler and the level to restore."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("artois_reader")
    level = root.level
    root.addHandler(handler)
    if root.getEffectiveLevel() > logging.INFO:
        root.setLevel(logging.INFO)
    return handler, level


def _restore_env(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


def _write(report: Report, path: Path | None) -> None:
    """The report goes to `path`; without one, to stdout when there is one, else to the user data dir."""
    data = json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"
    if path is None and sys.stdout is not None:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.write(data)
            sys.stdout.flush()
            return
    if path is None:
        from artois_reader.core.library import default_home

        path = default_home() / REPORT_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(data, encoding="utf-8")
    os.replace(temporary, path)
