"""Search benchmark: the app's Whoosh index against SQLite FTS5, same passages, same queries.

Corpora: the bundled CRTE (through the app's own pipeline), and synthetic libraries of about 1,000
and 10,000 pages made from the CRTE's sentences with OCR-like damage (`synth_corpus.py`, seeded).
For each: ingest time (read + clean + structure), index build time and peak memory (each build runs
in a fresh process), index size, query latency p50/p95 over a fixed query set (snippets included,
20 hits), relevance on the judged queries of `judged_queries.json` (success@5, success@1 for names,
by category), nonsense queries answered with nothing, and, on synthetic libraries, the recall
(and precision) of passages whose only occurrence of a word OCR damaged. Prints a JSON report.

    python bench/search_bench.py                  # CRTE and 1,000 pages (a few minutes)
    python bench/search_bench.py --large          # also 10,000 pages (long: builds take minutes)
    python bench/search_bench.py --sizes crte --out report.json

FTS5 is given the same help a plain app would have: the table holds the cleaned and the raw text
(`unicode61 remove_diacritics 2`), French stop words are dropped from the query, all words are
required, then any word when nothing matched; `snippet()` makes its snippets.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import platform
import random
import re
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth_corpus

from artois_reader.core.analysis import STOP_WORDS, analyze, fold, stem
from artois_reader.core.document import (
    DocumentInfo,
    Outline,
    Passage,
    PassageKind,
    SourceKind,
)
from artois_reader.core.resources import BUNDLED_CRTE_TEXT, resource_path

JUDGED = Path(__file__).resolve().parent / "judged_queries.json"
LIMIT = 20
EXTRA_QUERIES = [
    "transition",
    "territoire métropolitain artois",
    "les projets de la chaîne des parcs",
    "santé",
    "mobilités liaisons ferrées Lille",
    '"bassin minier" -UNESCO',
    "Lens OR Liévin",
    "type:projet rénovation",
    "énergie solaire toiture",
    "formation jeunes éducation",
]


@dataclass
class Corpus:
    name: str
    info: DocumentInfo
    outline: Outline
    judged_text: dict[str, str]  # passage id -> folded text that relevance is judged on
    pages: int
    ingest: dict[str, Any] = field(default_factory=dict)
    damaged: dict[str, list[str]] = field(default_factory=dict)  # word -> passages where only it was damaged
    stems: dict[str, set[str]] = field(default_factory=dict)  # passage id -> stems of its clean source


# --- corpora -------------------------------------------------------------------------------------------


def _info(name: str, pages: int) -> DocumentInfo:
    digest = hashlib.sha256(name.encode()).hexdigest()
    return DocumentInfo(digest[:12], name, 1, digest, name, SourceKind.TEXT, "", pages)


def crte_corpus() -> Corpus:
    from artois_reader.core.cleaning import clean_pages
    from artois_reader.core.text_file import read_text_file

    started = time.perf_counter()
    raw = read_text_file(resource_path(BUNDLED_CRTE_TEXT))
    read_s = time.perf_counter() - started
    pages = clean_pages(raw.pages)
    clean_s = time.perf_counter() - started - read_s
    outline, source = _outline(pages)
    structure_s = time.perf_counter() - started - read_s - clean_s
    judged = {p.id: fold(f"{p.text}\n{p.raw}") for p in outline.passages}
    ingest = {"read_s": read_s, "clean_s": clean_s, "structure_s": structure_s, "outline": source}
    ingest["total_s"] = time.perf_counter() - started
    return Corpus("crte", _info("crte", len(pages)), outline, judged, len(pages), ingest)


def _outline(pages: tuple[Any, ...]) -> tuple[Outline, str]:
    """The app's outline when structure extraction exists; else one passage per cleaned block."""
    try:
        from artois_reader.core.structure import extract_outline
    except ImportError:
        passages = tuple(
            Passage(f"p{page.number}.{n}", page.number, PassageKind.SECTION, block.text, block.raw)
            for page in pages
            for n, block in enumerate(page.blocks, 1)
        )
        return Outline(passages=passages), "cleaned blocks (structure.extract_outline not available)"
    from artois_reader.core.document import Document

    document = Document("0" * 12, "CRTE", 1, "0" * 64, "crte.txt", SourceKind.TEXT, "", tuple(pages))
    return extract_outline(document), "structure.extract_outline"


def synthetic_corpus(pages: int, seed: int) -> Corpus:
    """A synthetic library: passages are the generated paragraphs (so relevance is known exactly),
    their text repaired by the app's OCR rules with the library's own vocabulary."""
    generated = synth_corpus.generate(pages, seed=seed)
    ingest = _ingest_synthetic(generated)
    try:
        from artois_reader.core.cleaning import repair_ocr
        from artois_reader.core.french import Vocabulary

        vocabulary = Vocabulary.from_texts(page.raw for page in generated)
    except ImportError:
        repair_ocr, vocabulary = None, None
    passages = []
    judged: dict[str, str] = {}
    stems: dict[str, set[str]] = {}
    damaged: dict[str, list[str]] = {}
    for number, n, paragraph in synth_corpus.iter_paragraphs(generated):
        passage_id = f"p{number}.{n}"
        text = _unwrap(paragraph.raw)
        if repair_ocr is not None:
            text = repair_ocr(text, vocabulary)
        passages.append(Passage(passage_id, number, PassageKind.SECTION, text, paragraph.raw))
        judged[passage_id] = fold(paragraph.clean)
        source_stems = analyze(paragraph.clean)
        stems[passage_id] = set(source_stems)
        counts = Counter(source_stems)
        for word in paragraph.damaged:
            if word[:1].islower() and len(word) >= 6 and counts[stem(fold(word))] == 1:
                damaged.setdefault(word, []).append(passage_id)
    name = f"synthetic-{pages}"
    corpus = Corpus(name, _info(name, pages), Outline(passages=tuple(passages)), judged, pages, ingest)
    corpus.damaged, corpus.stems = damaged, stems
    return corpus


def _unwrap(raw: str) -> str:
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", raw)
    return re.sub(r"\s*\n\s*", " ", text).strip()


def _ingest_synthetic(generated: list[synth_corpus.SyntheticPage]) -> dict[str, Any]:
    """The app's own ingest steps on the generated text file, timed (their output is not indexed)."""
    from artois_reader.core.cleaning import clean_pages
    from artois_reader.core.text_file import read_text_file

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic.txt"
        path.write_text(synth_corpus.as_text_file(generated), encoding="utf-8")
        started = time.perf_counter()
        raw = read_text_file(path)
        read_s = time.perf_counter() - started
        pages = clean_pages(raw.pages)
        clean_s = time.perf_counter() - started - read_s
        _unused, source = _outline(pages)
        structure_s = time.perf_counter() - started - read_s - clean_s
        return {
            "read_s": read_s,
            "clean_s": clean_s,
            "structure_s": structure_s,
            "outline": source,
            "total_s": time.perf_counter() - started,
            "megabytes": round(path.stat().st_size / 1e6, 1),
        }


# --- building, each in a fresh process ----------------------------------------------------------------


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_mb() -> float:
    """Resident memory now (Linux); the peak so far elsewhere."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return _peak_mb()
    return pages * resource.getpagesize() / 2**20


def _build_whoosh(folder: str, info: DocumentInfo, outline: Outline) -> dict[str, float]:
    from artois_reader.core.search_index import build_index

    before = _current_mb()  # the passages to index are already in memory
    started = time.perf_counter()
    build_index(Path(folder), [(info, outline)])
    return {"build_s": time.perf_counter() - started, "peak_rss_mb": _peak_mb(), "rss_before_mb": before}


def _build_fts5(path: str, outline: Outline) -> dict[str, float]:
    before = _current_mb()
    started = time.perf_counter()
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE VIRTUAL TABLE passages USING fts5(text, raw, tokenize='unicode61 remove_diacritics 2')"
    )
    with connection:
        connection.executemany(
            "INSERT INTO passages(rowid, text, raw) VALUES (?, ?, ?)",
            ((n, p.text, p.raw) for n, p in enumerate(outline.passages, 1)),
        )
    connection.execute("INSERT INTO passages(passages) VALUES ('optimize')")
    connection.commit()
    connection.close()
    return {"build_s": time.perf_counter() - started, "peak_rss_mb": _peak_mb(), "rss_before_mb": before}


def _update_whoosh(
    folder: str, live: str, editions: list[tuple[DocumentInfo, Outline]], extra: tuple[DocumentInfo, Outline]
) -> dict[str, Any]:
    """What adding the edition `extra` to the index in `live` costs: the whole index built again
    (what every add did before updates), the live index updated (a copy with one more segment),
    then the edition removed again; and whether the updated index answers as the one built again."""
    from artois_reader.core import search_index as engine

    report: dict[str, Any] = {"added_pages": extra[0].pages, "added_passages": len(extra[1].passages)}
    started = time.perf_counter()
    engine.build_index(Path(folder) / "rebuilt", [*editions, extra])
    report["rebuild_s"] = time.perf_counter() - started
    if not hasattr(engine, "update_index"):
        return report
    started = time.perf_counter()
    engine.add_editions(Path(live), Path(folder) / "added", [extra])
    report["add_s"] = time.perf_counter() - started
    started = time.perf_counter()
    engine.remove_editions(Path(folder) / "added", Path(folder) / "removed", [extra[0].id])
    report["remove_s"] = time.perf_counter() - started
    judged = json.loads(JUDGED.read_text(encoding="utf-8"))
    queries = [q["q"] for q in judged["queries"]] + EXTRA_QUERIES
    answers = {}
    for name in ("rebuilt", "added", "removed"):
        with engine.SearchIndex.open(Path(folder) / name) as index:
            answers[name] = [
                [(h.doc_id, h.passage_id, round(h.score, 6)) for h in index.search(q).hits] for q in queries
            ]
    with engine.SearchIndex.open(Path(live)) as index:
        answers["live"] = [
            [(h.doc_id, h.passage_id, round(h.score, 6)) for h in index.search(q).hits] for q in queries
        ]
    report["added_answers_as_rebuilt"] = answers["added"] == answers["rebuilt"]
    report["removed_answers_as_before"] = answers["removed"] == answers["live"]
    return report


def in_fresh_process(function: Any, *args: Any) -> dict[str, float]:
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        return pool.apply(function, args)


def _folder_mb(folder: Path) -> float:
    return round(sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6, 2)


# --- the two engines behind one interface ---------------------------------------------------------------


class WhooshEngine:
    name = "whoosh"

    def __init__(self, folder: Path) -> None:
        from artois_reader.core.search_index import SearchIndex

        self.index = SearchIndex.open(folder)

    def search(self, query: str, limit: int = LIMIT) -> list[str]:
        return [hit.passage_id for hit in self.index.search(query, limit=limit).hits]

    def drop_caches(self) -> None:
        self.index.drop_caches()

    def close(self) -> None:
        self.index.close()


class FuzzyTermEngine:
    """Whoosh's own answer to OCR damage, for comparison: `FuzzyTerm` (one edit) on the word's
    stem and on its folded form in the OCR field, scored by Whoosh. Single words only."""

    name = "whoosh_fuzzyterm"

    def __init__(self, folder: Path) -> None:
        from whoosh import index as whoosh_index

        self.index = whoosh_index.open_dir(str(folder))
        self.searcher = self.index.searcher()

    def search(self, query: str, limit: int = LIMIT) -> list[str]:
        from whoosh.query import FuzzyTerm, Or

        folded = fold(query)
        fuzzy = Or([FuzzyTerm("text", stem(folded), maxdist=1), FuzzyTerm("ocr", folded, maxdist=1)])
        return [hit["passage_id"] for hit in self.searcher.search(fuzzy, limit=limit)]

    def close(self) -> None:
        self.searcher.close()
        self.index.close()


class Fts5Engine:
    name = "fts5"

    def __init__(self, path: Path, outline: Outline) -> None:
        self.connection = sqlite3.connect(path)
        self.ids = {n: p.id for n, p in enumerate(outline.passages, 1)}

    @staticmethod
    def words(query: str) -> list[str]:
        words = [w for w in re.findall(r"[^\W_]+", query) if len(w) > 1 and fold(w) not in STOP_WORDS]
        return list(dict.fromkeys(words))

    def search(self, query: str, limit: int = LIMIT) -> list[str]:
        words = self.words(query)
        if not words:
            return []
        quoted = [f'"{w}"' for w in words]
        rows = self._run(" AND ".join(quoted), limit)
        if not rows and len(quoted) > 1:
            rows = self._run(" OR ".join(quoted), limit)
        return [self.ids[rowid] for rowid, _snippet in rows]

    def _run(self, match: str, limit: int) -> list[tuple[int, str]]:
        return self.connection.execute(
            "SELECT rowid, snippet(passages, -1, '<mark>', '</mark>', '…', 16) FROM passages "
            "WHERE passages MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()

    def drop_caches(self) -> None:
        pass  # SQLite's page cache stays warm, as the operating system's does for Whoosh's files

    def close(self) -> None:
        self.connection.close()


# --- measures ---------------------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def latency(engine: Any, queries: list[str], repeat: int) -> dict[str, Any]:
    """Per-query latency, 20 hits with snippets, the median of `repeat` runs of each query (the
    machine may be shared). "cold": the engine's own caches dropped before the query (files stay in
    the operating system's cache, for both engines); "warm": the same query again right after, as
    when search-as-you-type asks for the same words again; "session": each query the first time a
    session asks it, the queries asked one after the other with the caches dropped only when the
    session starts (as the app keeps one index open: a word is cold the first time it is asked,
    not at every query). p50/p95 are over the queries."""
    for query in queries:  # first use: imports, lazily built tables
        engine.search(query)
    cold, warm = [], []
    for query in queries:
        cold_runs, warm_runs = [], []
        for _ in range(repeat):
            engine.drop_caches()
            started = time.perf_counter()
            engine.search(query)
            cold_runs.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            engine.search(query)
            warm_runs.append((time.perf_counter() - started) * 1000)
        cold.append(statistics.median(cold_runs))
        warm.append(statistics.median(warm_runs))
    sessions: list[list[float]] = [[] for _ in queries]
    for _ in range(repeat):
        engine.drop_caches()
        for runs, query in zip(sessions, queries, strict=True):
            started = time.perf_counter()
            engine.search(query)
            runs.append((time.perf_counter() - started) * 1000)
    session = [statistics.median(runs) for runs in sessions]
    return {
        "p50_ms": round(percentile(cold, 0.50), 3),
        "p95_ms": round(percentile(cold, 0.95), 3),
        "max_ms": round(max(cold), 3),
        "mean_ms": round(statistics.fmean(cold), 3),
        "warm_p50_ms": round(percentile(warm, 0.50), 3),
        "warm_p95_ms": round(percentile(warm, 0.95), 3),
        "session_p50_ms": round(percentile(session, 0.50), 3),
        "session_p95_ms": round(percentile(session, 0.95), 3),
        "queries": len(cold),
        "runs_per_query": repeat,
    }


def relevance(engine: Any, corpus: Corpus, judged: dict[str, Any]) -> dict[str, Any]:
    by_category: dict[str, list[int]] = {}
    at1: list[int] = []
    skipped = []
    details = []
    for item in judged["queries"]:
        patterns = [re.compile(p) for p in item["relevant"]]
        relevant = {pid for pid, text in corpus.judged_text.items() if any(p.search(text) for p in patterns)}
        if not relevant:
            skipped.append(item["q"])
            continue
        ranked = engine.search(item["q"], limit=5)
        hit5 = int(any(pid in relevant for pid in ranked[:5]))
        by_category.setdefault(item["category"], []).append(hit5)
        if item.get("name"):
            at1.append(int(bool(ranked) and ranked[0] in relevant))
        details.append({"q": item["q"], "success_at_5": hit5, "first": ranked[:1]})
    all5 = [v for values in by_category.values() for v in values]
    nonsense = [int(not engine.search(q)) for q in judged["nonsense"]]
    return {
        "success_at_5": round(statistics.fmean(all5), 3) if all5 else None,
        "success_at_1_names": round(statistics.fmean(at1), 3) if at1 else None,
        "by_category": {k: round(statistics.fmean(v), 3) for k, v in sorted(by_category.items())},
        "judged": len(all5),
        "skipped_no_relevant_passage": skipped,
        "nonsense_empty": round(statistics.fmean(nonsense), 3),
        "misses": [d["q"] for d in details if not d["success_at_5"]],
    }


def ocr_recall(engine: Any, corpus: Corpus, words: list[str]) -> dict[str, Any]:
    """For each word, the passages whose only occurrence of it OCR damaged: how many come back when
    the word is searched (all results), and what share of the results hold the word at all."""
    recalls, precisions = [], []
    for word in words:
        targets = set(corpus.damaged[word])
        found = engine.search(word, limit=100_000)
        recalls.append(len(targets & set(found)) / len(targets))
        word_stem = stem(fold(word))
        if found:
            precisions.append(sum(word_stem in corpus.stems[pid] for pid in found) / len(found))
    return {
        "words": len(words),
        "damaged_passages": sum(len(corpus.damaged[w]) for w in words),
        "recall": round(statistics.fmean(recalls), 3) if recalls else None,
        "precision": round(statistics.fmean(precisions), 3) if precisions else None,
    }


def ocr_words(corpus: Corpus, seed: int, count: int = 40) -> list[str]:
    eligible = sorted(w for w, passages in corpus.damaged.items() if len(passages) >= 3)
    random.Random(seed).shuffle(eligible)
    return sorted(eligible[:count])


# --- the run -----------------------------------------------------------------------------------------------


def run_corpus(
    corpus: Corpus, judged: dict[str, Any], repeat: int, seed: int, extra: Corpus | None = None
) -> dict[str, Any]:
    queries = [q["q"] for q in judged["queries"]] + judged["nonsense"] + EXTRA_QUERIES
    report: dict[str, Any] = {
        "pages": corpus.pages,
        "passages": len(corpus.outline.passages),
        "characters": sum(len(p.text) for p in corpus.outline.passages),
        "ingest": corpus.ingest,
    }
    with tempfile.TemporaryDirectory() as folder:
        whoosh_dir, fts_path = Path(folder) / "whoosh", Path(folder) / "fts5.sqlite"
        report["whoosh_build"] = in_fresh_process(_build_whoosh, str(whoosh_dir), corpus.info, corpus.outline)
        report["whoosh_build"]["size_mb"] = _folder_mb(whoosh_dir)
        report["fts5_build"] = in_fresh_process(_build_fts5, str(fts_path), corpus.outline)
        report["fts5_build"]["size_mb"] = round(fts_path.stat().st_size / 1e6, 2)
        started = time.perf_counter()
        whoosh = WhooshEngine(whoosh_dir)
        report["whoosh_open_s"] = round(time.perf_counter() - started, 3)
        fts = Fts5Engine(fts_path, corpus.outline)
        try:
            for engine in (whoosh, fts):
                report[f"{engine.name}_latency"] = latency(engine, queries, repeat)
                report[f"{engine.name}_relevance"] = relevance(engine, corpus, judged)
                if corpus.damaged:
                    report[f"{engine.name}_ocr"] = ocr_recall(engine, corpus, ocr_words(corpus, seed))
        finally:
            whoosh.close()
            fts.close()
        if corpus.damaged:  # what Whoosh's plain fuzzy matching would give instead
            fuzzy = FuzzyTermEngine(whoosh_dir)
            try:
                report[f"{fuzzy.name}_ocr"] = ocr_recall(fuzzy, corpus, ocr_words(corpus, seed))
            finally:
                fuzzy.close()
        if extra is not None:  # adding an edition to this library
            report["whoosh_update"] = in_fresh_process(
                _update_whoosh,
                str(Path(folder) / "update"),
                str(whoosh_dir),
                [(corpus.info, corpus.outline)],
                (extra.info, extra.outline),
            )
    report["ratios_whoosh_over_fts5"] = {
        "build": round(report["whoosh_build"]["build_s"] / report["fts5_build"]["build_s"], 1),
        "p50": round(report["whoosh_latency"]["p50_ms"] / report["fts5_latency"]["p50_ms"], 2),
        "p95": round(report["whoosh_latency"]["p95_ms"] / report["fts5_latency"]["p95_ms"], 2),
    }
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description="Whoosh (the app's index) against SQLite FTS5.")
    parser.add_argument("--sizes", default="crte,1000", help="comma-separated: crte and page counts")
    parser.add_argument("--large", action="store_true", help="also a 10,000-page library (long)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each query (median kept)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    parser.add_argument(
        "--update-pages", type=int, default=100, help="pages of the edition added to synthetic libraries"
    )
    args = parser.parse_args()
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    if args.large and "10000" not in sizes:
        sizes.append("10000")
    judged = json.loads(JUDGED.read_text(encoding="utf-8"))
    report: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": multiprocessing.cpu_count(),
            "sqlite": sqlite3.sqlite_version,
        },
        "limit": LIMIT,
        "corpora": {},
    }
    for size in sizes:
        started = time.perf_counter()
        corpus = crte_corpus() if size == "crte" else synthetic_corpus(int(size), args.seed)
        print(f"[{size}] corpus ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        extra = None
        if size != "crte" and args.update_pages:
            extra = synthetic_corpus(args.update_pages, args.seed + 1)
            extra.name = f"added-{args.update_pages}"
            extra.info = _info(extra.name, args.update_pages)
        report["corpora"][corpus.name] = run_corpus(corpus, judged, args.repeat, args.seed, extra)
        print(f"[{size}] done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
