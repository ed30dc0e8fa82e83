"""Comparing editions and re-attaching notes on a long document: how long, and how right.

    python bench/editions_bench.py              # the GeoTopo thesis (117 pages) when ../shared has it
    python bench/editions_bench.py --pdf some.pdf --notes 300 --seed 3

The document is read, cleaned and structured as the app does. A second edition is made from its
outline by editing passages at random (from a seed): a word changed in 5 % of them, 2 % removed,
a paragraph inserted every 50. Then, printed as JSON:

- `compare_editions` time, and what it reports;
- `NoteStore.reattach` of N notes (quotes of 6 to 120 characters, and whole passages, on random
  passages of the first edition) to the second: time, and the outcome by kind of passage: notes on
  untouched passages must move exactly (``exact``), notes on removed passages must stay « à revoir »
  unless the same words are elsewhere in the same section (``review``), notes on edited passages
  may move fuzzily or be left to review.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GEOTOPO = REPO.parent / "shared" / "pdf-samples" / "009-pdflatex-geotopo" / "GeoTopo-komprimiert.pdf"
sys.path.insert(0, str(REPO))

from artois_reader.core import cleaning, pdf_text  # noqa: E402
from artois_reader.core.compare import compare_editions  # noqa: E402
from artois_reader.core.document import Document, DocumentInfo, Outline, Passage, SourceKind  # noqa: E402
from artois_reader.core.notes import NoteStore  # noqa: E402
from artois_reader.core.structure import extract_outline  # noqa: E402


def read(path: Path) -> tuple[DocumentInfo, Outline]:
    raw = pdf_text.extract_pdf(path)
    pages = cleaning.clean_pages(raw.pages)
    document = Document("000000000001", path.stem, 1, "0" * 64, path.name, SourceKind.PDF, "", pages)
    info = DocumentInfo("000000000001", path.stem, 1, "0" * 64, path.name, SourceKind.PDF, "", len(pages))
    return info, extract_outline(document)


def revise(outline: Outline, chance: random.Random) -> tuple[Outline, dict[str, str]]:
    """A second edition: passages edited, removed and inserted. Returns it and each old passage's fate."""
    fate: dict[str, str] = {}
    passages: list[Passage] = []
    for index, passage in enumerate(outline.passages):
        roll = chance.random()
        words = passage.text.split(" ")
        if roll < 0.02:
            fate[passage.id] = "removed"
            continue
        if roll < 0.07 and len(words) > 3:
            position = chance.randrange(len(words))
            words[position] = "modifié"
            passage = dataclasses.replace(passage, text=" ".join(words))
            fate[passage.id] = "edited"
        else:
            fate[passage.id] = "untouched"
        passages.append(passage)
        if index % 50 == 25:
            passages.append(
                dataclasses.replace(passage, id=passage.id + "x", text="Un paragraphe ajouté ici.")
            )
    return dataclasses.replace(outline, passages=tuple(passages)), fate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pdf", type=Path, default=GEOTOPO if GEOTOPO.is_file() else None)
    parser.add_argument("--notes", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    pdf = args.pdf or REPO / "resources" / "crte_pma_chapeau_commun.pdf"
    chance = random.Random(args.seed)

    started = time.perf_counter()
    info, before = read(pdf)
    read_s = time.perf_counter() - started
    after, fate = revise(before, chance)
    new = dataclasses.replace(info, id="000000000002", version=2)

    started = time.perf_counter()
    comparison = compare_editions((info, before), (new, after))
    compare_s = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as folder, NoteStore(Path(folder) / "notes.sqlite") as store:
        notes = {}
        candidates = [p for p in before.passages if len(p.text) >= 8]
        for _ in range(args.notes):
            passage = chance.choice(candidates)
            size = chance.choice((6, 12, 25, 50, 120, 0))
            quote = None
            if size and len(passage.text) > size:
                start = chance.randrange(len(passage.text) - size)
                quote = passage.text[start : start + size]
            note = store.add(info, before, passage.id, "note", quote=quote)
            notes[note.id] = passage
        started = time.perf_counter()
        result = store.reattach(new, after, earlier_outline={info.id: before}.get)
        reattach_s = time.perf_counter() - started
        outcome: Counter[str] = Counter()
        for note in result.moved:
            outcome[f"{fate[notes[note.id].id]}: {note.placement.value}"] += 1
        for note in result.review:
            outcome[f"{fate[notes[note.id].id]}: review"] += 1

    report = {
        "document": pdf.name,
        "pages": info.pages,
        "passages": len(before.passages),
        "sections": len(before.sections),
        "read_clean_structure_s": round(read_s, 2),
        "edits": dict(Counter(fate.values())),
        "compare_s": round(compare_s, 3),
        "compare_found": {
            "sections_changed": len(comparison.sections.changed),
            "passages_changed": sum(len(s.passages) for s in comparison.sections.changed),
            "sections_added": len(comparison.sections.added),
            "sections_removed": len(comparison.sections.removed),
        },
        "notes": args.notes,
        "reattach_s": round(reattach_s, 3),
        "reattach_ms_per_note": round(1000 * reattach_s / max(args.notes, 1), 2),
        "outcome": dict(sorted(outcome.items())),
    }
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
