"""``--smoke-test``: the real program, end to end, proving itself on a machine nobody watches.

    artois-reader --smoke-test [--report FILE]
    ArtoisReader.exe --smoke-test --report %TEMP%\\smoke.json

On a fresh temporary home (never the user's library) it starts the real application
(`app.create_application`: QApplication, translators, settings, library, main window), shows the
window, lets the window's first start import the bundled CRTE in the background as it does for a new
user (`pipeline.ensure_bundled` on a worker thread), types a query made from the document's first
titled section into the search panel, opens the first hit, then that section, and checks the reader
shows its title. Sockets are blocked the whole time: any attempt to reach the network is recorded and
fails the test; so does a modal dialog, which nobody would answer.

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

from artois_reader import __version__

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
    dialogs: list[str] = field(default_factory=list)  # modal dialogs that appeared (and were closed)
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
            "dialogs": self.dialogs,
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

STEP_SECONDS = 120.0
"""How long one GUI step may wait for the window (an import of the CRTE takes about 2 s)."""


def _environment(report: Report) -> None:
    from artois_reader.core.resources import resource_dir

    with report.step("environment") as detail:
        resources = resource_dir()
        report.facts.update(
            frozen=bool(getattr(sys, "frozen", False)),
            executable=sys.executable,
            python=platform.python_version(),
            system=f"{platform.system()} {platform.release()} {platform.machine()}",
            resources=str(resources),
        )
        report.facts["resource_roots"] = [str(resources)]
        detail["bundle"] = getattr(sys, "_MEIPASS", "")


def _start_app(report: Report) -> Any:
    """The real composition root (`app.create_application`): QApplication, translators, settings,
    library, main window; the home is the temporary one through ARTOIS_READER_HOME."""
    with report.step("app") as detail:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QLibraryInfo, qVersion

        from artois_reader import app
        from artois_reader.core.resources import resource_path

        # The window imports in a child process (core/library_worker.py); the smoke run audits the
        # files opened and the network used by this process, so its first-run import runs here.
        os.environ.setdefault("ARTOIS_READER_IMPORTS", "thread")
        application = app.create_application([])
        translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        report.facts["qt"] = {
            "version": qVersion(),
            "pyside": pyside_version,
            "platform": application.qt_app.platformName(),
            "plugins": str(plugins),
            "translations": str(translations),
        }
        report.facts["resource_roots"] += [str(translations), str(plugins)]
        language = application.language
        files = [resource_path("translations", f"artois_reader_{language}.qm")]
        if language != "en":
            files.append(translations / f"qtbase_{language}.qm")
        missing = [str(path) for path in files if not path.is_file()]
        detail.update(
            language=language, translations=[str(path) for path in files], home=str(application.home)
        )
        if missing:
            raise SmokeFailure("translations missing: " + ", ".join(missing))
        _dismiss_dialogs_while_running(application.qt_app, report)
        return application


SIGNAL_PROBES = 100


def _signals(report: Report) -> None:
    """PySide6 6.12.0 returns `True` from `Signal.emit()` without owning a reference: every emit from
    Python takes one from `True`. On Python 3.11 (bools are not immortal before 3.12) the program
    aborts after some thousands of emits ("bool_dealloc"). Measure it in the very build under test."""
    with report.step("signals") as detail:
        from PySide6.QtCore import QObject, Signal

        class Probe(QObject):
            fired = Signal(int)

        probe = Probe()
        probe.fired.connect(lambda _number: None)
        before = sys.getrefcount(True)
        for number in range(SIGNAL_PROBES):
            probe.fired.emit(number)
        lost = before - sys.getrefcount(True)
        detail.update(emits=SIGNAL_PROBES, references_lost=lost)
        if lost >= SIGNAL_PROBES // 2:
            from PySide6 import __version__ as pyside_version

            raise SmokeFailure(
                f"PySide6 {pyside_version} on Python {platform.python_version()} loses a reference to True "
                f"on every signal emit ({lost} over {SIGNAL_PROBES}): the program would abort after a few "
                "thousand; build with Python >= 3.12 or a PySide6 without this bug (6.11.3 is fine)"
            )


@dataclass
class FirstRun:
    """What the window's first-run import said (listened to before the window shows: it starts as
    soon as the window is painted, and may be over before the next step looks)."""

    imported: list[Any] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    idle: list[bool] = field(default_factory=list)


def _show_window(report: Report, application: Any) -> FirstRun:
    with report.step("window") as detail:
        first_run = FirstRun()
        imports = application.window.imports
        imports.imported.connect(first_run.imported.append)
        imports.refused.connect(first_run.refused.append)
        imports.idle.connect(lambda: first_run.idle.append(True))
        application.show()
        window = application.window
        qt_app = application.qt_app
        _wait(qt_app, lambda: window.isVisible() and window.painted, "the main window to be painted")
        _wait(qt_app, lambda: not qt_app.windowIcon().isNull(), "the window icon (set once painted)")
        icon = not qt_app.windowIcon().pixmap(32, 32).isNull()  # SVG: needs Qt's svg plugins
        detail.update(title=window.windowTitle(), width=window.width(), height=window.height(), icon=icon)
        if not icon:
            raise SmokeFailure("the window icon cannot be drawn (Qt's SVG plugins missing?)")
        return first_run


def _first_run_import(report: Report, application: Any, first_run: FirstRun) -> str:
    """The window's own first start: it finds the library empty and imports the bundled CRTE in the
    background (`pipeline.ensure_bundled` in a worker thread), with its progress bar."""
    with report.step("ingest") as detail:
        imported, refused, idle = first_run.imported, first_run.refused, first_run.idle
        _wait(application.qt_app, lambda: bool(idle or refused), "the bundled CRTE to be imported")
        if refused:
            raise SmokeFailure("the window refused the bundled CRTE: " + refused[0])
        if not imported:
            raise SmokeFailure("the window's first start imported nothing into an empty library")
        info = imported[0].info
        if info.pages < 1:
            raise SmokeFailure(f"the bundled CRTE was imported with {info.pages} pages")
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
        if search_words(section.title) and section.text.strip():
            return section
    return None


def search_words(title: str, limit: int = 4) -> str:
    """The query a reader would type for a section: its first few real words."""
    words = ["".join(ch for ch in word if ch.isalnum() or ch in "-'’") for word in title.split()]
    return " ".join([word for word in words if sum(ch.isalpha() for ch in word) >= 4][:limit])


def _search(report: Report, application: Any, section: Section) -> None:
    """Type the query in the window's search panel, as a reader does, and wait for its results."""
    with report.step("search") as detail:
        panel = application.window.search
        shown: list[Any] = []
        failed: list[Any] = []
        panel.results_shown.connect(shown.append)
        panel.search_failed.connect(failed.append)
        query = search_words(section.title)
        panel.set_query(query)
        _wait(application.qt_app, lambda: bool(shown or failed), f"results for {query!r}")
        if failed:
            raise SmokeFailure(f"searching {query!r} failed: {failed[0]!r}")
        result = shown[-1]
        detail.update(
            query=query,
            total=result.total,
            took_ms=round(result.took_ms, 1),
            hits=[
                {"page": h.page, "kind": str(h.kind), "title": h.title, "passage": h.passage_id}
                for h in result.hits[:5]
            ],
            probe_section_found=any(hit.section_id == section.id for hit in result.hits),
        )
        if result.total < 1 or not result.hits:
            raise SmokeFailure(f"searching the bundled CRTE for {query!r} found nothing")


def _open_hit(report: Report, application: Any) -> None:
    """Activate the first result, as Enter in the results list does: the reader opens its passage."""
    with report.step("open_hit") as detail:
        window = application.window
        places: list[Any] = []
        window.place_shown.connect(places.append)
        if not window.search.open_first():
            raise SmokeFailure("the results list offers no hit to open")
        _wait(application.qt_app, lambda: bool(places), "the reader to open the first hit")
        detail.update(view=str(places[-1].view), target=places[-1].target)


def _open_section(report: Report, application: Any, doc_id: str, section: Section) -> None:
    """Open the section in the reader and check the reader shows its title."""
    with report.step("open_section") as detail:
        from artois_reader.ui.navigation import Place, View

        window = application.window
        if not window.open_place(Place(doc_id, View.SECTION, section.id)):
            raise SmokeFailure(f"the window did not open section {section.id}")
        application.qt_app.processEvents()
        shown = " ".join(window.reader.view.toPlainText().split())
        title = " ".join(section.title.split())
        detail.update(section=section.id, characters=len(shown), window_title=window.windowTitle())
        if title not in shown:
            raise SmokeFailure(f"the reader does not show the title of section {section.id}: {title!r}")


def _close(report: Report, application: Any) -> None:
    with report.step("close"):
        application.window.close()
        application.qt_app.processEvents()
        application.library.close()


def _wait(qt_app: Any, done: Callable[[], bool], what: str, seconds: float = STEP_SECONDS) -> None:
    """Run the Qt event loop until `done()`; a step that never ends fails with what it waited for."""
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise SmokeFailure(f"waited {seconds:g} s for {what}")
        qt_app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def _dismiss_dialogs_while_running(qt_app: Any, report: Report) -> None:
    """Nobody answers a dialog during a smoke test: close any modal one (even inside its own event
    loop), and record its text, which fails the run."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def dismiss() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        report.dialogs.append(f"{dialog.windowTitle()}: {text}".strip())
        log.error("a dialog appeared during the smoke test: %s", report.dialogs[-1])
        dialog.close()

    timer = QTimer(qt_app)
    timer.setInterval(100)
    timer.timeout.connect(dismiss)
    timer.start()


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
            _steps(report)
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


def _steps(report: Report) -> None:
    _environment(report)
    application = _start_app(report)
    _signals(report)
    first_run = _show_window(report, application)
    doc_id = _first_run_import(report, application, first_run)
    section = _outline(report, application.library, doc_id)
    _search(report, application, section)
    _open_hit(report, application)
    _open_section(report, application, doc_id, section)
    _close(report, application)


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
