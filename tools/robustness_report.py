"""Run every strange input through the real pipeline and print the summary table of the README.

    python tools/robustness_report.py                  # the inputs: made ones and the PDF samples
    python tools/robustness_report.py --details        # plus one line per input and what the user read
    python tools/robustness_report.py --faults         # plus the fault scenarios (tests/robustness, pytest)
    python tools/robustness_report.py --measure        # plus the cost of the PDF worker on the CRTE PDF

Each input (tests/robustness/hostile_inputs.py: empty, truncated, random, HTML named .pdf, 2,000 pages,
cp1252/latin-1/UTF-16, binary .txt, emoji paths, read-only, deleted mid-read, slow and inflating PDFs,
hostile text, and every PDF of tests/fixtures/pdf-samples and ../shared/pdf-samples) is ingested into
a fresh copy of a library that holds the bundled CRTE text. Counted: ingested (with its text), refused
with a clear reason (one French sentence naming the file and the expected reason), crashes (any other
exception), data lost (the library changed on a refusal, an earlier edition changed or vanished, or
the CRTE is no longer found by search). Exits 1 unless crashes, data lost and problems are all 0.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ROBUSTNESS = REPO / "tests" / "robustness"
KEEP_QUERY = "transition écologique"


def _import_inputs():
    if str(ROBUSTNESS) not in sys.path:
        sys.path.insert(0, str(ROBUSTNESS))
    import hostile_inputs

    return hostile_inputs


def seed_library(folder: Path) -> tuple[Path, str]:
    from artois_reader.core import pipeline
    from artois_reader.core.library import Library

    home = folder / "modèle"
    library = Library.open(home)
    info = pipeline.ingest(REPO / "resources" / "crte_pma_chapeau_commun.txt", library).info
    library.search_index()
    library.close()
    return home, info.id


def run_inputs(groups: list[tuple[str, list]], folder: Path) -> list[tuple[str, object]]:
    """Each input into a fresh copy of the seeded library; (group, Outcome) pairs."""
    from artois_reader.core.library import Library

    inputs = _import_inputs()
    template, doc_id = seed_library(folder)
    results = []
    for group, items in groups:
        for number, item in enumerate(items):
            home = folder / f"run-{len(results)}"
            shutil.copytree(template, home)
            library = Library.open(home)
            try:
                outcome = inputs.run_input(item, folder / f"in-{len(results)}", library, (doc_id, KEEP_QUERY))
            finally:
                library.close()
            results.append((group, outcome))
            print(f"  {group} {number + 1}/{len(items)}: {item.label}: {outcome.status}", file=sys.stderr)
    return results


def summary_table(results: list[tuple[str, object]]) -> str:
    rows = ["| Inputs | tried | ingested | refused, with a clear reason | skipped | crashes | data lost |"]
    rows.append("|---|---:|---:|---:|---:|---:|---:|")
    groups = list(dict.fromkeys(group for group, _ in results))
    totals: Counter[str] = Counter()
    for group in [*groups, "total"]:
        chosen = [outcome for name, outcome in results if group in (name, "total")]
        count = Counter(outcome.status for outcome in chosen)
        clear = sum(1 for outcome in chosen if outcome.status == "refused" and not outcome.problems)
        lost = sum(1 for outcome in chosen if outcome.data_lost)
        if group != "total":
            totals.update(count)
        label = f"**{group}**" if group == "total" else group
        rows.append(
            f"| {label} | {len(chosen) - count['skipped']} | {count['ingested']} | {clear} | "
            f"{count['skipped']} | {count['crash']} | {lost} |"
        )
    return "\n".join(rows)


def reasons_table(results: list[tuple[str, object]]) -> str:
    from artois_reader import messages

    reasons = Counter(outcome.reason for _, outcome in results if outcome.status == "refused")
    rows = [
        "| Reason | inputs | what the user reads (after « Impossible d'ouvrir « fichier » : ») |",
        "|---|---:|---|",
    ]
    for reason, count in sorted(reasons.items(), key=lambda pair: -pair[1]):
        rows.append(f"| `{reason.value}` | {count} | {messages.reason_text(reason, 'fr')} |")
    return "\n".join(rows)


def details_table(results: list[tuple[str, object]]) -> str:
    rows = ["| Input | outcome | what the user reads, or what was added |", "|---|---|---|"]
    for group, outcome in results:
        what = outcome.message.replace("|", "\\|").replace("\u00a0", " ")
        flag = "" if outcome.ok else " ⚠ " + "; ".join(outcome.problems + outcome.data_lost)
        rows.append(f"| {group}: {outcome.item.label} | {outcome.status} | {what}{flag} |")
    return "\n".join(rows)


def problems_of(results: list[tuple[str, object]]) -> list[str]:
    return [
        f"{group}: {outcome.item.label}: "
        + ("; ".join([*outcome.problems, *outcome.data_lost]) or outcome.message)
        for group, outcome in results
        if not outcome.ok
    ]


# --- the fault scenarios (they are tests: run them and count) -----------------------------------------


class _Collector:
    def __init__(self) -> None:
        self.outcomes: dict[str, Counter[str]] = {}

    def pytest_runtest_logreport(self, report) -> None:
        if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
            module = report.nodeid.split("::")[0].rsplit("/", 1)[-1]
            self.outcomes.setdefault(module, Counter())[report.outcome] += 1


FAULT_MODULES = {
    "test_faults.py": "faults: interrupted writes, killed process, damaged index and catalogue, full disk",
    "test_instances.py": "two windows, window + command line, single instance",
    "test_pdf_worker.py": "PDFs that hang, eat memory or crash the reader (worker process)",
    "test_hostile_content.py": "hostile text in the window: markup, links, controls, no network",
    "test_query_fuzzing.py": "query fuzzing (hypothesis): parser, library, command line, window",
}


def fault_table() -> tuple[str, bool]:
    import pytest

    collector = _Collector()
    paths = [str(ROBUSTNESS / name) for name in FAULT_MODULES]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with contextlib.redirect_stdout(sys.stderr):  # the table alone on standard output
        code = pytest.main(
            ["-q", "-p", "no:cacheprovider", "--no-header", "-o", "addopts=", *paths], plugins=[collector]
        )
    rows = ["| Scenarios | passed | failed | skipped |", "|---|---:|---:|---:|"]
    for name, label in FAULT_MODULES.items():
        count = collector.outcomes.get(name, Counter())
        rows.append(f"| {label} | {count['passed']} | {count['failed']} | {count['skipped']} |")
    return "\n".join(rows), code == 0


# --- what the worker process costs -------------------------------------------------------------------


def measure_worker(runs: int = 7) -> str:
    """Extraction of the CRTE PDF: in the application's process, and in the worker (first, then kept)."""
    import subprocess

    from artois_reader.core import pdf_text, pdf_worker

    pdf = REPO / "resources" / "crte_pma_chapeau_commun.pdf"
    cold_inprocess = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; t = time.perf_counter()\n"
            "from artois_reader.core import pdf_text\n"
            f"pdf_text.extract_pdf({str(pdf)!r}); print(time.perf_counter() - t)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    pdf_worker.shutdown()
    started = time.perf_counter()
    pdf_worker.extract_pdf(pdf)
    cold_worker = time.perf_counter() - started
    warm_inprocess, warm_worker = [], []
    for _ in range(runs):
        started = time.perf_counter()
        pdf_text.extract_pdf(pdf)
        warm_inprocess.append(time.perf_counter() - started)
        started = time.perf_counter()
        pdf_worker.extract_pdf(pdf)
        warm_worker.append(time.perf_counter() - started)
    ms = lambda seconds: f"{seconds * 1000:.0f} ms"  # noqa: E731
    return "\n".join(
        [
            "| CRTE PDF (10 pages), extraction | in the application's process | in the worker process |",
            "|---|---:|---:|",
            f"| first of the session (imports, process start) | {ms(float(cold_inprocess.stdout))} | "
            f"{ms(cold_worker)} |",
            f"| next ones (median of {runs}) | {ms(statistics.median(warm_inprocess))} | "
            f"{ms(statistics.median(warm_worker))} |",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="one line per input")
    parser.add_argument("--faults", action="store_true", help="run the fault scenarios too (pytest)")
    parser.add_argument("--measure", action="store_true", help="measure the PDF worker on the CRTE PDF")
    parser.add_argument("--no-shared", action="store_true", help="leave ../shared/pdf-samples out")
    args = parser.parse_args(argv)
    inputs = _import_inputs()
    groups = [
        ("made by the tests", inputs.made_inputs()),
        ("PDF samples (tests/fixtures)", list(inputs.sample_inputs(inputs.FIXTURE_SAMPLES))),
    ]
    if not args.no_shared and (inputs.SHARED_SAMPLES / "files.json").is_file():
        groups.append(("PDF samples (../shared)", list(inputs.sample_inputs(inputs.SHARED_SAMPLES))))
    with tempfile.TemporaryDirectory(prefix="artois-robustness-") as folder:
        os.environ["ARTOIS_READER_HOME"] = str(Path(folder) / "inutilisé")
        results = run_inputs(groups, Path(folder))
    print(summary_table(results))
    print()
    print(reasons_table(results))
    if args.details:
        print()
        print(details_table(results))
    ok = True
    for problem in problems_of(results):
        print(f"PROBLEM {problem}", file=sys.stderr)
        ok = False
    if args.faults:
        table, passed = fault_table()
        print()
        print(table)
        ok = ok and passed
    if args.measure:
        print()
        print(measure_worker())
    return 0 if ok else 1


if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
