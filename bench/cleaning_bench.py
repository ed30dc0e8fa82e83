"""Cleaning benchmark: reading the French lexicon, and `clean_pages` on real documents.

Prints a JSON report: the time to read the lexicon file (fresh, in this process) and with the
gazetteer (`french_lexicon()`), then for each document the time of `clean_pages` (median of a few
runs, the lexicon already read) and the time the slowest OCR rules take on its blocks; last,
`repair_ocr` on single blocks of growing length (the CRTE's text as one block, once to 8 times, and
a chain of "et a la vie" 1,500 to 12,000 times): the time per thousand characters should stay flat,
since each rule looks at a bounded window around each word.

    python bench/cleaning_bench.py                         # the bundled CRTE, text and PDF
    python bench/cleaning_bench.py --pdf ../shared/pdf-samples/009-pdflatex-geotopo/GeoTopo-komprimiert.pdf
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

from artois_reader.core import cleaning, lexicon
from artois_reader.core.french import Vocabulary
from artois_reader.core.layout import lay_out_pages
from artois_reader.core.pdf_text import extract_pdf
from artois_reader.core.resources import resource_path
from artois_reader.core.text_file import read_text_file

REPO = Path(__file__).resolve().parent.parent


def _seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 4)


def lexicon_report() -> dict:
    start = time.perf_counter()
    lexicon.french_lexicon()
    first = time.perf_counter() - start
    path = resource_path(*lexicon.LEXICON_FILE)
    return {
        "file_bytes": path.stat().st_size,
        "first_use_s": round(first, 4),
        "read_file_s": _seconds(lambda: lexicon.read_lexicon(path), 5),
    }


def document_report(path: Path, runs: int) -> dict:
    raw = extract_pdf(path) if path.suffix.lower() == ".pdf" else read_text_file(path)
    pages = raw.pages
    vocabulary = Vocabulary.from_texts(page.text for page in pages)
    blocks = [block for page in lay_out_pages(pages, vocabulary) for block in page]
    rules = {}
    french = vocabulary.looks_french
    for rule in (r for r in cleaning.RULES if french or not r.french_only):
        start = time.perf_counter()
        for block in blocks:
            rule.apply(block.text, vocabulary)
        rules[rule.name] = round(time.perf_counter() - start, 4)
    slowest = dict(sorted(rules.items(), key=lambda item: -item[1])[:5])
    return {
        "document": path.name,
        "pages": len(pages),
        "french": french,
        "characters": sum(len(page.text) for page in pages),
        "clean_pages_s": _seconds(lambda: cleaning.clean_pages(pages), runs),
        "layout_s": _seconds(
            lambda: lay_out_pages(pages, Vocabulary.from_texts(p.text for p in pages)), runs
        ),
        "slowest_rules_s": slowest,
    }


def long_blocks_report() -> dict:
    crte = (REPO / "resources" / "crte_pma_chapeau_commun.txt").read_text(encoding="utf-8")
    one_block = " ".join(crte.split())
    samples = {f"crte_x{n}": one_block * n for n in (1, 2, 4, 8)}
    samples |= {
        f"a_chain_x{n}": "Le droit a la vie " + "et a la vie " * n + "." for n in (1500, 3000, 6000, 12000)
    }
    report = {}
    for name, text in samples.items():
        seconds = _seconds(lambda text=text: cleaning.repair_ocr(text), 1)
        report[name] = {
            "characters": len(text),
            "s": round(seconds, 3),
            "ms_per_1000_chars": round(seconds * 1e6 / len(text), 2),
        }
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=Path, action="append", default=[], help="another document")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    documents = [
        REPO / "resources" / "crte_pma_chapeau_commun.txt",
        REPO / "resources" / "crte_pma_chapeau_commun.pdf",
    ]
    report = {
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "lexicon": lexicon_report(),
        "documents": [document_report(path, args.runs) for path in [*documents, *args.pdf]],
        "long_blocks": long_blocks_report(),
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
