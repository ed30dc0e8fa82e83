"""Desktop app benchmark: start-up, keystroke to results, event-loop stalls during an import.

    QT_QPA_PLATFORM=offscreen python bench/ui_bench.py            # ~1 minute; prints a JSON report
    python bench/ui_bench.py --runs 9 --out ui.json                # under a real display (xvfb-run -a)

1. **Start-up.** Wall time from launching a fresh Python process to the first paint of the main
   window, its contents tree filled, on a library that already holds the CRTE: the program as the user
   starts it (``python -m artois_reader --home HOME``, which is what the installed and the frozen
   program run: the command line, Qt, the single-instance lock, translators, settings, library,
   outlines, window). Compared, in the same run, with a bare PySide6 `QMainWindow` shown by a fresh
   process. Both stop at the same point: the first paint (Qt paints a window while it handles its
   first expose event), where each child prints the time (the parent compares it with the time it
   launched the child: one monotonic clock for all processes) and leaves at once, so neither pays
   for tearing down. Median of `--runs` alternated launches; target ratio <= 1.5. The main thread's
   CPU time up to the paint is reported too: it moves less than wall time when the machine is busy.
   A third program, the app's contents tree and reader alone in a `QMainWindow`, gives the floor a
   staged window (one that painted those first and built the rest after) could reach; a fourth, the
   first frame such a window could paint if the tree were filled from the stored outline read as
   plain JSON (without the core's typed model or the renderer), gives the floor of that refactor.
2. **Keystroke to results.** In the running app on the CRTE, queries are typed one key at a time
   (real key events into the search box), 60 ms a key then 250 ms a key. For every search the panel
   runs, the time from the keystroke that triggered it to the results shown in the list (what the
   user waits), and from the moment the panel started the search (what the search costs; the two
   differ by the panel's keystroke timer, 0 ms since 2026-12-07, 150 ms before); p50 / p95 / max.
   Target p95 from the keystroke < 50 ms.
3. **Event-loop stalls.** A 100-page PDF (made from the CRTE's pages by tools/make_crte_pdf.py; also
   the 117-page GeoTopo thesis when ../shared is there) is opened through the window's import, while a
   10 ms timer measures how late the event loop runs it. Max and p99 lateness; target max < 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED_PDF = REPO.parent / "shared" / "pdf-samples" / "009-pdflatex-geotopo" / "GeoTopo-komprimiert.pdf"
QUERIES = [
    "coeur de ville",
    "pole metropolitain",
    "friches",
    "mobilite douce",
    "transition ecologique",
    "sante",
]

SHOW_UNTIL_PAINTED = """
window.resize(1340, 860)
window.show()
while window.windowHandle() is None or not window.windowHandle().isExposed():
    app.processEvents()  # the window is painted while its first expose event is handled
print("painted", time.monotonic(), time.thread_time(), {rows}, flush=True)
os._exit(0)
"""
"""How each child program ends: it shows `window`, runs the event loop until its first paint, prints
the time (and the rows of its contents tree) and leaves at once."""

BARE_WINDOW = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
""" + SHOW_UNTIL_PAINTED.format(rows="0")

FLOOR_WINDOW = """
import os, sys, time
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QSplitter
app = QApplication(sys.argv)
from artois_reader.core.library import Library, default_home
from artois_reader.ui.outline_pane import OutlinePane
from artois_reader.ui.reader import ReaderPane
library = Library.open(default_home())
window = QMainWindow()
outline, reader = OutlinePane(window), ReaderPane(window)
outline.set_editions([(info, library.outline(info.id)) for info in library.documents()])
splitter = QSplitter(Qt.Orientation.Horizontal, window)
for pane in (outline, reader, QLineEdit(window)):
    splitter.addWidget(pane)
window.setCentralWidget(splitter)
""" + SHOW_UNTIL_PAINTED.format(rows="outline.proxy.rowCount()")
"""The floor of a staged window: only the app's contents tree (filled from the library) and reader in
a `QMainWindow`, beside a search box; no command line, menus, status bar, other panes or settings.
A window that painted these first and built the rest after could not start faster than this."""

STAGED_FRAME = """
import json, os, sys, time, types
from pathlib import Path
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication, QLabel, QMainWindow, QSplitter, QTabWidget, QTextBrowser, QTreeView, QVBoxLayout, QLineEdit,
    QWidget,
)
translate = QCoreApplication.translate
stubs = {"artois_reader.core.document": {}, "artois_reader.ui.render": {
    "page_count": lambda count: translate("Render", "%n page(s)", "", count),
    "page_label": lambda page: translate("Render", "p. %1").replace("%1", str(page)),
    "tooltip": lambda text: text,
}}
for name, content in stubs.items():  # the refactor this program stands for: neither is imported
    sys.modules[name] = module = types.ModuleType(name)
    module.__dict__.update(content, DocumentInfo=object, Outline=object, Section=object,
                           PassageKind=types.SimpleNamespace(EXPLAINER="explainer"))  # its stored value
app = QApplication(sys.argv[:1])
from artois_reader.ui.i18n import Translators
from artois_reader.ui.outline_pane import OutlinePane
from artois_reader.ui.settings import Settings

class Stored:  # the stored JSON read as attributes, where the library would give its typed model
    __slots__ = ("data",)
    def __init__(self, data):
        self.data = data
    def __getattr__(self, name):
        if name == "quantity":  # Figure.quantity, the one property the tree reads
            value, unit = self.data["value"], self.data["unit"]
            return value if value.endswith(unit) else value + " " + unit
        value = self.data[name]
        if isinstance(value, list):
            return tuple(Stored(v) if isinstance(v, dict) else v for v in value)
        return Stored(value) if isinstance(value, dict) else value

home = Path(os.environ["ARTOIS_READER_HOME"])
settings = Settings(home)
Translators().install(settings.language)
editions = []
for entry in json.loads((home / "library.json").read_text(encoding="utf-8"))["editions"]:
    stored = json.loads((home / "documents" / entry["id"] / "outline.json").read_text(encoding="utf-8"))
    editions.append((Stored(entry), Stored(stored["outline"])))
window = QMainWindow()
outline = OutlinePane(window)
outline.set_editions(editions)
left, right = QTabWidget(window), QTabWidget(window)
for tabs, first, labels in ((left, outline, ("Sommaire", "Documents", "Signets")),
                            (right, QWidget(), ("Recherche", "Contacts", "Notes"))):
    tabs.addTab(first, labels[0])
    for label in labels[1:]:
        tabs.addTab(QWidget(), label)
search = QVBoxLayout(right.widget(0))
search.addWidget(QLineEdit())
search.addWidget(QTreeView())
splitter = QSplitter(Qt.Orientation.Horizontal, window)
for pane in (left, QTextBrowser(window), right):
    splitter.addWidget(pane)
window.setCentralWidget(splitter)
for title in ("&Fichier", "&Édition", "&Affichage", "A&ller", "&Outils", "&Aide"):
    window.menuBar().addMenu(title)
for text in ("CRTE · version 1 · 10 pages", "Index : ouverture…"):
    window.statusBar().addPermanentWidget(QLabel(text))
""" + SHOW_UNTIL_PAINTED.format(rows="outline.proxy.rowCount()")
"""The first frame of a staged window, as cheap as we could make it while it shows the real contents
tree: settings, translators, and the app's own tree pane and model, filled from the stored outline
read as plain JSON (neither `core/document.py`'s typed model nor the renderer is imported: the
refactor this program stands for), beside an empty reader, the tabs, the menu titles and the status
bar. Everything else (actions, search, the library itself, the reader's text) would come after the
first paint."""

APP_WINDOW = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow

def until_painted(qt_app):  # stands for the event loop: runs it until the main window is painted
    windows = []
    while not windows or windows[0].windowHandle() is None or not windows[0].windowHandle().isExposed():
        qt_app.processEvents()
        windows = [w for w in qt_app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    rows = windows[0].outline.proxy.rowCount()
    print("painted", time.monotonic(), time.thread_time(), rows, flush=True)
    os._exit(0)

QApplication.exec = until_painted
from artois_reader.cli import main
if __name__ == "__main__":
    sys.exit(main())  # sys.argv[1:] is ["--home", HOME], as for `python -m artois_reader --home HOME`
"""


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _summary(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    return {
        "n": len(values),
        "p50_ms": round(_percentile(values, 0.5), 1),
        "p95_ms": round(_percentile(values, 0.95), 1),
        "max_ms": round(max(values), 1),
    }


def prepare_library(home: Path) -> None:
    from artois_reader.core import pipeline
    from artois_reader.core.library import Library

    library = Library.open(home)
    pipeline.ensure_bundled(library)
    library.search_index()
    library.close()


# --- 1. start-up ----------------------------------------------------------------------------------


def startup(home: Path, runs: int) -> dict[str, Any]:
    """Installed programs start from compiled bytecode: the children may write theirs (into a cache
    folder of the benchmark's own, not the source tree) even where PYTHONDONTWRITEBYTECODE is set, and a
    first launch of each, not counted, compiles it."""
    env = {**os.environ, "ARTOIS_READER_HOME": str(home), "PYTHONPYCACHEPREFIX": str(home.parent / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    programs = {
        "bare_qmainwindow": [sys.executable, "-c", BARE_WINDOW],
        "artois_reader": [sys.executable, "-c", APP_WINDOW, "--home", str(home)],
        "tree_and_reader_only": [sys.executable, "-c", FLOOR_WINDOW],
        "staged_first_frame": [sys.executable, "-c", STAGED_FRAME],
    }
    wall: dict[str, list[float]] = {name: [] for name in programs}
    cpu: dict[str, list[float]] = {name: [] for name in programs}
    for command in programs.values():
        _launch(command, env)
    for _ in range(runs):
        for name, command in programs.items():
            launched = time.monotonic()
            painted, thread_cpu, rows = _launch(command, env)
            if name != "bare_qmainwindow" and rows < 1:
                raise SystemExit("the window was painted with an empty contents tree")
            wall[name].append((painted - launched) * 1000)
            cpu[name].append(thread_cpu * 1000)
    bare, app = statistics.median(wall["bare_qmainwindow"]), statistics.median(wall["artois_reader"])
    floor = statistics.median(wall["tree_and_reader_only"])
    staged = statistics.median(wall["staged_first_frame"])
    bare_cpu, app_cpu = statistics.median(cpu["bare_qmainwindow"]), statistics.median(cpu["artois_reader"])
    return {
        "measured": "launch to the first paint of the main window (python -m artois_reader --home HOME)",
        "bare_qmainwindow_median_ms": round(bare, 1),
        "artois_reader_median_ms": round(app, 1),
        "ratio": round(app / bare, 2),
        "target_ratio": 1.5,
        "tree_and_reader_only_median_ms": round(floor, 1),
        "tree_and_reader_only_ratio": round(floor / bare, 2),
        "staged_first_frame_median_ms": round(staged, 1),
        "staged_first_frame_ratio": round(staged / bare, 2),
        "bare_qmainwindow_main_thread_cpu_ms": round(bare_cpu, 1),
        "artois_reader_main_thread_cpu_ms": round(app_cpu, 1),
        "cpu_ratio": round(app_cpu / bare_cpu, 2),
        "runs": runs,
    }


def _launch(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Run one start to its first paint: (when it painted on the monotonic clock, the main thread's
    CPU seconds until then, the rows of the contents tree)."""
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True, timeout=120)
    line = next((line for line in done.stdout.splitlines() if line.startswith("painted ")), None)
    if line is None:
        raise SystemExit(f"no first paint: {done.stderr.strip()[-2000:]}")
    _word, painted, thread_cpu, rows = line.split()
    return float(painted), float(thread_cpu), int(rows)


# --- 2. keystroke to results, 3. stalls during an import --------------------------------------------


def in_app(home: Path, pdfs: list[Path]) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest

    from artois_reader.app import create_application

    application = create_application(["--home", str(home)])
    qt, window = application.qt_app, application.window
    window.resize(1340, 860)
    application.show()
    _wait(qt, lambda: window.index_status.text().endswith(("prêt", "ready")), 120)
    panel = window.search
    clock = QElapsedTimer()
    clock.start()
    last_key = [0.0]
    fired: dict[int, float] = {}  # generation -> when the panel started its search (ms)
    keyed: dict[int, float] = {}  # generation -> when the key that led to it was pressed
    shown: list[tuple[float, float]] = []  # (from the key, from the debounce)

    original_run = panel.run_now

    def run_now() -> None:
        original_run()
        fired[panel.generation] = clock.nsecsElapsed() / 1e6
        keyed[panel.generation] = last_key[0]

    panel._timer.timeout.disconnect()
    panel._timer.timeout.connect(run_now)

    def on_shown(_result: object) -> None:
        now = clock.nsecsElapsed() / 1e6
        generation = panel.generation
        if generation in keyed:  # not a search the window ran itself (after an import, say)
            shown.append((now - keyed[generation], now - fired[generation]))

    panel.results_shown.connect(on_shown)
    for pause in (0.06, 0.25):  # a quick typist (one search at the end), a slow one (one search a key)
        for query in QUERIES:
            panel.box.clear()
            _pump(qt, 0.3)
            for char in query:
                last_key[0] = clock.nsecsElapsed() / 1e6
                QTest.keyClick(panel.box, char)
                _pump(qt, pause)
            done = lambda query=query: panel.last_result is not None and panel.last_result.query == query  # noqa: E731
            _wait(qt, done, 10)
            _pump(qt, 0.3)
    typing = {
        "from_keystroke": _summary([a for a, _ in shown]),
        "from_search_start": _summary([b for _, b in shown]),
        "debounce_ms": panel._timer.interval(),
        "target_p95_from_keystroke_ms": 50,
        "queries": QUERIES,
    }
    # event-loop lateness during imports
    stalls: dict[str, Any] = {}
    for pdf in pdfs:
        late: list[float] = []
        previous = [clock.nsecsElapsed() / 1e6]
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(10)

        def tick(previous: list[float] = previous, late: list[float] = late) -> None:
            now = clock.nsecsElapsed() / 1e6
            late.append(max(0.0, now - previous[0] - 10))
            previous[0] = now

        timer.timeout.connect(tick)
        timer.start()
        started = time.perf_counter()
        window.imports.open_files([pdf])
        _wait(qt, lambda: not window.imports.busy, 600)
        timer.stop()
        stalls[pdf.name] = {
            "pages": _pages(pdf),
            "import_s": round(time.perf_counter() - started, 2),
            "ticks": len(late),
            "max_late_ms": round(max(late), 1) if late else None,
            "p99_late_ms": round(_percentile(late, 0.99), 1) if late else None,
            "target_max_ms": 100,
        }
    window.close()
    application.translators.remove()
    return {"keystroke_to_results": typing, "event_loop_during_import": stalls}


def _pump(qt: Any, seconds: float) -> None:
    """Run the event loop for a while (the user is typing, or pausing)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        qt.processEvents()
        time.sleep(0.001)


def _wait(qt: Any, condition: Any, timeout: float) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("the application did not get there in time")
        qt.processEvents()
        time.sleep(0.001)


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def hundred_page_pdf(folder: Path) -> Path:
    """The CRTE's pages, ten times over (each copy numbered, so no two pages are the same)."""
    from artois_reader.core.text_file import split_pages

    text = (REPO / "resources" / "crte_pma_chapeau_commun.txt").read_text(encoding="utf-8")
    pages = split_pages(text)
    copies = [
        f"{pages[i % len(pages)]}\n\nExemplaire {i // len(pages) + 1}, page {i + 1}." for i in range(100)
    ]
    source = folder / "hundred.txt"
    source.write_text("\f".join(copies), encoding="utf-8")
    output = folder / "cent-pages.pdf"
    subprocess.run(
        [
            sys.executable,
            str(REPO / "tools" / "make_crte_pdf.py"),
            "--input",
            str(source),
            "--output",
            str(output),
        ],
        check=True,
        capture_output=True,
    )
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--runs", type=int, default=5, help="launches of each program for the start-up median"
    )
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up measure")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="artois-ui-bench-"))
    home = work / "home"
    os.environ["ARTOIS_READER_HOME"] = str(home)
    os.environ.setdefault("LANGUAGE", "fr")
    prepare_library(home)
    pdfs = [hundred_page_pdf(work)]
    if SHARED_PDF.is_file():
        pdfs.append(SHARED_PDF)
    report = {
        "machine": {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "qt_platform": os.environ.get("QT_QPA_PLATFORM", "default"),
        },
        "startup": None if args.no_startup else startup(home, args.runs),
        **in_app(home, pdfs),
    }
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
