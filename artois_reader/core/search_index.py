"""The search index: build it from outlines, open it, query it. The only module that imports Whoosh.

Contract with the library (see docs/architecture.md, "User data"):

- `build_index(target_dir, editions, on_progress=None)` writes a complete index into an empty
  folder and records `INDEX_SCHEMA_VERSION`; the library then swaps the folder in. If the progress
  callback cancels, `Cancelled` is raised and the folder is left empty.
- `update_index(source_dir, target_dir, add=[(DocumentInfo, Outline)…], remove=[doc_id…])` (and
  `add_editions`, `remove_editions`) copies the index of `source_dir` into the empty `target_dir`
  and adds and removes editions there, without reading the other editions' outlines: the added
  passages become a Whoosh segment of their own, the removed ones are marked deleted, and once
  deleted entries or segments pile up the segments are merged. The source folder is only read;
  cancelling or any failure leaves the target empty; `IndexUnusable` when the source cannot be
  updated (the library then builds a new index). Search answers exactly as from a full build of
  the same editions in the same order (the tests and the benchmark check it).
- `SearchIndex.open(index_dir)` raises `IndexUnusable` when the folder is missing, corrupt, or
  from another schema version: the library then rebuilds from the stored documents.
- `SearchIndex.search(query, doc_id=None, kind=None, axis=None, limit=20) -> SearchResult` takes
  any string at all (see `core/query.py` for the syntax) and never raises on its content.

Threads: one `SearchIndex` may be used from any thread, one call at a time; calls are serialised
by an internal lock, so a GUI worker thread and the main thread may share it safely (the second
caller waits). `close()` may come from any thread; any call after it raises `IndexUnusable`.

What is indexed, per edition: every `Passage` of the outline, each with the title of what it
belongs to (project, explainer, contact, tool, or else its section), plus one heading entry per
axis and per section, and the outline objects that have no passage of their own. Fields: `text`
(cleaned text, stemmed), `exact` (the same, folded, unstemmed), `pairs` (its folded words two by
two: phrases without positions), `ocr` (the words of the raw OCR text that cleaning changed), and
stored fields for the hit. Beside Whoosh's files: `search_meta.json` (schema version, live
editions, the documents' acronyms, the checksums of the editions' word counts; written last),
`entries.json` (kind, axis, edition, title and lengths of each entry, in Whoosh's document order,
removed editions' entries included until a merge), `vocabulary.json` (words, their frequencies and
written forms, summed over the live editions) and `edition-<id>.json` (one edition's word counts,
written forms and acronyms, so that an update recounts the vocabulary without the others).

Scoring is not Whoosh's: Whoosh stores the postings, `_Postings` reads them straight from its term
table and posting blocks and scores BM25 term at a time (Whoosh's matcher tree costs ~20 µs per
document and alternative, far too slow once each word carries its OCR forms). A query word is a
clause scored by its best alternative (stem, derivation, OCR form, acronym, phrase); passages
matching every clause come first, the others after at a lower score; then kind ("téléphone"
favours contacts) and title matches raise the score. Snippets look, in each hit's text, only for
the terms its postings hold, with `str.find` in a copy folded byte for byte.
"""

from __future__ import annotations

import bisect
import contextlib
import enum
import gc
import hashlib
import heapq
import html
import io
import itertools
import json
import logging
import math
import operator
import os
import pickle
import re
import shutil
import struct
import threading
import time
import traceback
import warnings
import zlib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec, W3TermInfo
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage

from artois_reader.core import resources
from artois_reader.core.analysis import (
    APOSTROPHES,
    COMPOUND_PATTERN,
    HYPHENS,
    TOKEN_PATTERN,
    FrenchFoldingAnalyzer,
    FrenchPairAnalyzer,
    FrenchStemmingAnalyzer,
    analyze,
    analyzed,
    fold,
    normalize_word,
    stem,
    weld,
    word_pairs,
)
from artois_reader.core.document import (
    DocumentInfo,
    Intercommunality,
    Outline,
    Passage,
    PassageKind,
    SearchHit,
    SearchResult,
)
from artois_reader.core.errors import Phase, Progress, report
from artois_reader.core.noise import is_noise_text
from artois_reader.core.query import (
    INTENT_WORDS,
    QUESTION_WORDS,
    Alternative,
    Clause,
    ParsedQuery,
    Vocabulary,
    parse_query,
    sanitize,
    words_of,
)
from artois_reader.core.versions import INDEX_SCHEMA_VERSION  # bump it there: reading it stays cheap

log = logging.getLogger(__name__)

META_FILE = "search_meta.json"  # written last: an index without it is incomplete
VOCABULARY_FILE = "vocabulary.json"
ENTRIES_FILE = "entries.json"  # per entry, in index order: kind, axis, edition, title, lengths
EDITION_PREFIX = "edition-"  # edition-<id>.json: an edition's word counts and acronyms
POSTINGS_BLOCK = 1024  # postings per Whoosh block (its default, 128, costs a block read per 128 postings)
MAX_SEGMENTS = 8  # an update merges the segments when there would be more
MAX_DELETED_SHARE = 0.25  # …or when more than this share of the entries belong to removed editions
RARE_POSTINGS = 4  # the postings of words in at most this many entries are kept in the vocabulary
GLOSSARY = ("glossary", "acronyms_fr.tsv")

# Scoring, all relative to a plain match of a word's stem (1.0).
DERIVATION_BOOST = 0.6  # rénover -> rénovation
OCR_BOOST = 0.5  # pôle -> Pdle, P6le
RAW_BOOST = 0.8  # the word as typed, found only in the raw OCR text
ACRONYM_BOOST = 0.8  # GHT <-> groupement hospitalier de territoire
COMPOUND_NUMBER_BOOST = 0.9  # "centre-ville" typed, "centres-villes" written
COMPOUND_APART_BOOST = 0.7  # "centre-ville" typed, "la ville et son centre" or "Lens-Liévin" written
INTENT_FACTOR = 2.0  # a hit of the kind the query names ("téléphone" -> contact)
TITLE_FACTOR = 2.0  # up to x3 when every query word is in the hit's title
RELAXED_FACTOR = 0.5  # hits that match only some of the words
MAX_VARIANTS = 8  # derivations of a word
MAX_OCR_VARIANTS = 48  # OCR forms of a word: a common word has many in a large noisy library
SNIPPET_CHARS = 220
CANDIDATES = 60


class IndexProblem(enum.StrEnum):
    MISSING = "missing"  # no index in that folder
    CORRUPT = "corrupt"  # files unreadable or inconsistent
    OUTDATED = "outdated"  # written for another INDEX_SCHEMA_VERSION
    CLOSED = "closed"  # used after close()


class IndexUnusable(Exception):
    """The index cannot be used; the library rebuilds it from the stored documents."""

    def __init__(self, problem: IndexProblem, index_dir: Path | str, detail: str = "") -> None:
        super().__init__(f"{index_dir}: {problem.value}{': ' + detail if detail else ''}")
        self.problem = problem
        self.index_dir = Path(index_dir)
        self.detail = detail


def _schema() -> Schema:
    return Schema(
        key=ID(unique=True),
        doc_id=ID(stored=True),
        kind=ID(stored=True),
        axis=ID(stored=True),
        version=STORED,
        page=STORED,
        passage_id=STORED,
        section_id=STORED,
        title=STORED,
        body=STORED,
        raw=STORED,
        text=TEXT(analyzer=FrenchStemmingAnalyzer(), phrase=False),
        exact=TEXT(analyzer=FrenchFoldingAnalyzer(), phrase=False),
        pairs=TEXT(analyzer=FrenchPairAnalyzer(), phrase=False),
        ocr=TEXT(analyzer=FrenchFoldingAnalyzer(), phrase=False),
    )


# --- Building --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    key: str
    kind: PassageKind
    title: str
    text: str
    raw: str
    page: int
    passage_id: str
    section_id: str | None
    axis: int | None
    keywords: str = ""  # words that find the entry without being shown (phones, e-mails…)
    figures: int = 0  # key figures the passage holds ("650 000 habitants")


def build_index(
    target_dir: Path,
    editions: Iterable[tuple[DocumentInfo, Outline]],
    *,
    on_progress: Progress | None = None,
) -> None:
    """Write a complete index of `editions` into `target_dir` (created if needed, must be empty).

    Reports `Phase.INDEX`; if `on_progress` returns False, raises `Cancelled` and leaves the folder
    empty.
    """
    target_dir = _empty_target(target_dir)
    try:
        index = whoosh_index.create_in(str(target_dir), _schema())
    except BaseException as error:
        _close_abandoned_files(error)
        _empty_folder(target_dir)
        raise
    _write_changes(target_dir, index, _IndexFiles(), list(editions), (), on_progress)


def add_editions(
    source_dir: Path,
    target_dir: Path,
    editions: Iterable[tuple[DocumentInfo, Outline]],
    *,
    on_progress: Progress | None = None,
) -> None:
    """Write into the empty `target_dir` the index in `source_dir` with `editions` added.

    The source folder is only read: the live index stays whole whatever happens here. Raises
    `IndexUnusable` when the source cannot be updated (missing, corrupt, from another schema, or it
    already holds one of the editions): build the index again instead. Cancelling or any error
    leaves `target_dir` empty.
    """
    update_index(source_dir, target_dir, add=editions, on_progress=on_progress)


def remove_editions(
    source_dir: Path,
    target_dir: Path,
    doc_ids: Iterable[str],
    *,
    on_progress: Progress | None = None,
) -> None:
    """Write into the empty `target_dir` the index in `source_dir` without the editions `doc_ids`
    (see `add_editions`)."""
    update_index(source_dir, target_dir, remove=doc_ids, on_progress=on_progress)


def update_index(
    source_dir: Path,
    target_dir: Path,
    *,
    add: Iterable[tuple[DocumentInfo, Outline]] = (),
    remove: Iterable[str] = (),
    on_progress: Progress | None = None,
) -> None:
    """Copy the index in `source_dir` into the empty `target_dir`, then add and remove editions there.

    Whoosh adds the new editions' passages as a segment of their own and marks the removed ones
    deleted; once deleted entries or segments pile up (`MAX_DELETED_SHARE`, `MAX_SEGMENTS`), the
    segments are merged into one. Search then answers exactly as from a full build of the same
    editions (deleted entries are skipped when postings are read and counted).
    """
    source_dir = Path(source_dir)
    files = _IndexFiles.read(source_dir)
    add, remove = list(add), list(dict.fromkeys(remove))
    clash = [info.id for info, _outline in add if info.id in files.live or info.id in remove]
    unknown = [doc_id for doc_id in remove if doc_id not in files.live]
    if clash or unknown or len({info.id for info, _outline in add}) != len(add):
        raise IndexUnusable(IndexProblem.OUTDATED, source_dir, f"cannot add {clash} or remove {unknown}")
    target_dir = _empty_target(target_dir)
    try:
        for name in sorted(os.listdir(source_dir)):
            if _is_index_file(name):
                shutil.copyfile(source_dir / name, target_dir / name)
        index = _open_copy(target_dir)
    except BaseException as error:
        _close_abandoned_files(error)
        _empty_folder(target_dir)
        raise
    _write_changes(target_dir, index, files, add, remove, on_progress)


def _open_copy(index_dir: Path) -> Any:
    """Open the copied Whoosh index for writing; whatever Whoosh raises on damaged files becomes
    `IndexUnusable` (build the index again instead)."""
    try:
        index = whoosh_index.open_dir(str(index_dir))
        index.reader().close()  # reads every segment's files now
    except OSError:
        raise
    except Exception as error:
        raise IndexUnusable(IndexProblem.CORRUPT, index_dir, f"{type(error).__name__}: {error}") from error
    return index


def _write_changes(
    target_dir: Path,
    index: Any,
    files: _IndexFiles,
    add: list[tuple[DocumentInfo, Outline]],
    remove: Iterable[str],
    on_progress: Progress | None,
) -> None:
    """Remove and add editions in the open Whoosh index of `target_dir`, then write our own files
    (the meta file last). Any failure closes the index and empties the folder."""
    writer = None
    try:
        entries = [(info, entry) for info, outline in add for entry in _entries(outline)]
        total = len(entries)
        report(on_progress, Phase.INDEX, 0, total)
        writer = index.writer(codec=_codec(), limitmb=128)
        for doc_id in remove:
            writer.delete_by_term("doc_id", doc_id)
            files.drop(doc_id)
        counts = {info.id: _VocabularyCounts() for info, _outline in add}
        for info, outline in add:
            files.add_edition(info, outline, counts[info.id])
        for done, (info, entry) in enumerate(entries, 1):
            fields, length, ocr_length = _fields(info, entry, counts[info.id])
            writer.add_document(**fields)
            files.rows.add(info.id, entry, length, ocr_length)
            if done % 64 == 0:
                report(on_progress, Phase.INDEX, done, total)
        writer.commit(merge=False)  # the old segments as they were, the new entries numbered after them
        writer = None
        if files.needs_merge(len(index._segments())):
            writer = index.writer(codec=_codec())
            writer.commit(optimize=True)  # the live entries only, in the same order
            writer = None
            files.rows.compact(files.live)
        files.write(target_dir, counts.keys())
    except BaseException as error:
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cancel()
        writer = None  # what this frame holds of a failed writer goes too
        index.close()
        _close_abandoned_files(error)
        _empty_folder(target_dir)
        raise
    index.close()
    report(on_progress, Phase.INDEX, total, total)


def _close_abandoned_files(error: BaseException) -> None:
    """Whoosh leaves files open when a write fails half-way through a segment: drop the finished
    frames of the failure and collect them, so that those files are closed now (and can be deleted,
    which Windows refuses while a file is open)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # they are being closed: that is the point
        traceback.clear_frames(error.__traceback__)
        gc.collect()


def _codec() -> Any:
    return W3Codec(blocklimit=POSTINGS_BLOCK)


def _empty_target(target_dir: Path) -> Path:
    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    if any(target_dir.iterdir()):
        raise FileExistsError(f"{target_dir} is not empty")
    return target_dir


def _is_index_file(name: str) -> bool:
    """The files of an index folder that belong to the index (not a lock, not what the library adds)."""
    if name in (META_FILE, VOCABULARY_FILE, ENTRIES_FILE) or name.startswith(EDITION_PREFIX):
        return name.endswith(".json")
    return name.startswith(("MAIN_", "_MAIN_")) and not name.endswith("LOCK")  # Whoosh's, but its lock


def _fields(info: DocumentInfo, entry: _Entry, counts: _VocabularyCounts) -> tuple[dict[str, Any], int, int]:
    """The stored and indexed fields of an entry, and the word counts of its text and OCR fields."""
    searchable = f"{entry.text}\n{entry.keywords}" if entry.keywords else entry.text
    clean_words, length = counts.add(searchable)
    ocr_words = [w for w in dict.fromkeys(analyze(entry.raw, stemmed=False)) if w not in clean_words]
    counts.add_ocr(ocr_words)
    fields = {
        "key": f"{info.id}:{entry.key}",
        "doc_id": info.id,
        "kind": entry.kind.value,
        "axis": "" if entry.axis is None else str(entry.axis),
        "version": info.version,
        "page": entry.page,
        "passage_id": entry.passage_id,
        "section_id": entry.section_id,
        "title": entry.title,
        "body": entry.text,
        "raw": entry.raw if entry.raw != entry.text else "",
        "text": searchable,
        "exact": searchable,
        "pairs": searchable,
        "ocr": "\n".join(ocr_words),  # not spaces: "3" and "200" would make one number
    }
    return fields, length, len(ocr_words)


_PHOTO_CREDIT = re.compile(r"\b[Cc]r[ée]dits?(?:\s*:|\s+photos?\b|\s+(?=[A-ZÀ-Ý]))|©")
CAPTION_WORDS = 40


def _by_score(item: tuple[int, float]) -> tuple[float, int]:
    return (-item[1], item[0])


def is_photo_credit(text: str) -> bool:
    """A short passage that credits a photo ("La Cité des électriciens - Crédits : Euralens"): it
    names places and projects in passing, so it ranks below the passages that talk about them."""
    return len(text.split()) <= CAPTION_WORDS and bool(_PHOTO_CREDIT.search(text))


@dataclass
class _EntryRows:
    """What search needs of each entry without reading stored fields, in Whoosh's document order
    (entries of removed editions stay until the segments are merged: their edition is not live)."""

    editions: list[str] = field(default_factory=list)  # row edition number -> edition id
    titles: dict[str, int] = field(default_factory=dict)
    docs: list[list[Any]] = field(default_factory=list)

    def add(self, doc_id: str, entry: _Entry, length: int, ocr_length: int) -> None:
        title = self.titles.setdefault(entry.title, len(self.titles))
        if doc_id not in self.editions:
            self.editions.append(doc_id)
        edition = self.editions.index(doc_id)
        caption = int(is_photo_credit(entry.text) or is_noise_text(entry.text))
        self.docs.append(
            [entry.kind.value, entry.axis, edition, title, length, ocr_length, entry.figures, caption]
        )

    def compact(self, live: dict[str, Any]) -> None:
        """Keep the rows of live editions only, as Whoosh's merge keeps their documents (in order)."""
        titles = list(self.titles)
        editions = [doc_id for doc_id in self.editions if doc_id in live]
        number = {doc_id: n for n, doc_id in enumerate(editions)}
        kept_titles: dict[str, int] = {}
        docs = []
        for kind, axis, edition, title, *counts in self.docs:
            doc_id = self.editions[edition]
            if doc_id in live:
                title_number = kept_titles.setdefault(titles[title], len(kept_titles))
                docs.append([kind, axis, number[doc_id], title_number, *counts])
        self.editions, self.titles, self.docs = editions, kept_titles, docs

    def first_entries(self) -> dict[str, int]:
        """The number of each edition's first entry (an edition's entries follow one another)."""
        firsts: dict[str, int] = {}
        for docnum, row in enumerate(self.docs):
            firsts.setdefault(self.editions[row[2]], docnum)
        return firsts

    def deleted_count(self, live: dict[str, Any]) -> int:
        dead = {n for n, doc_id in enumerate(self.editions) if doc_id not in live}
        return sum(1 for row in self.docs if row[2] in dead)

    def to_json(self) -> dict[str, Any]:
        return {"editions": self.editions, "titles": list(self.titles), "docs": self.docs}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> _EntryRows:
        titles = {title: n for n, title in enumerate(data["titles"])}
        return cls(list(data["editions"]), titles, list(data["docs"]))


@dataclass
class _IndexFiles:
    """Our files beside Whoosh's: the entry rows, the live editions (in order) and, per edition, its
    word counts and acronyms (so that adding or removing one recounts the vocabulary exactly as a
    full build would). The meta file holds the SHA-256 of each edition's file: a damaged one is
    found when the index opens, like any other damage."""

    rows: _EntryRows = field(default_factory=_EntryRows)
    live: dict[str, dict[str, Any]] = field(default_factory=dict)  # doc_id -> {version, title}
    counts: dict[str, _VocabularyCounts] = field(default_factory=dict)  # doc_id -> its word counts
    removed: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, index_dir: Path) -> _IndexFiles:
        """The files of an existing index; raises `IndexUnusable` when they cannot be updated."""
        meta = _read_meta(index_dir)
        try:
            rows = _EntryRows.from_json(json.loads((index_dir / ENTRIES_FILE).read_text(encoding="utf-8")))
            live = {e["doc_id"]: {"version": e["version"], "title": e["title"]} for e in meta["editions"]}
            counts = {
                doc_id: _VocabularyCounts.from_bytes(data)
                for doc_id, data in _edition_files(index_dir, meta).items()
            }
        except IndexUnusable:
            raise
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            problem = f"{type(error).__name__}: {error}"
            raise IndexUnusable(IndexProblem.CORRUPT, index_dir, problem) from error
        return cls(rows, live, counts)

    def drop(self, doc_id: str) -> None:
        self.live.pop(doc_id, None)
        self.counts.pop(doc_id, None)
        self.removed.append(doc_id)

    def add_edition(self, info: DocumentInfo, outline: Outline, counts: _VocabularyCounts) -> None:
        self.live[info.id] = {"version": info.version, "title": info.title}
        self.counts[info.id] = counts
        counts.acronyms = sorted({(a.short, a.long) for a in outline.acronyms if a.short and a.long})

    def needs_merge(self, segments: int) -> bool:
        deleted = self.rows.deleted_count(self.live)
        return segments > MAX_SEGMENTS or (deleted > 0 and deleted > MAX_DELETED_SHARE * len(self.rows.docs))

    def write(self, folder: Path, added: Collection[str]) -> None:
        """Write the added editions' word counts, the vocabulary, the rows, then the meta file."""
        for doc_id in self.removed:
            (folder / _edition_file(doc_id)).unlink(missing_ok=True)
        checksums = {}
        for doc_id in self.live:
            name = _edition_file(doc_id)
            data = _json_bytes(self.counts[doc_id].to_json()) if doc_id in added else None
            if data is not None:
                _write_bytes(folder / name, data)
            checksums[doc_id] = hashlib.sha256(data or (folder / name).read_bytes()).hexdigest()
        firsts = self.rows.first_entries()
        first = {doc_id: firsts.get(doc_id, 0) for doc_id in self.live}  # 0: an edition with no entry
        in_order = sorted(self.live, key=first.__getitem__)  # the rare words' postings come out sorted
        total = _VocabularyCounts.merged((self.counts[doc_id], first[doc_id]) for doc_id in in_order)
        _write_json(folder / VOCABULARY_FILE, total.vocabulary_json())
        _write_json(folder / ENTRIES_FILE, self.rows.to_json())
        meta = {
            "schema_version": INDEX_SCHEMA_VERSION,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "entries": len(self.rows.docs) - self.rows.deleted_count(self.live),
            "editions": [{"doc_id": d, **self.live[d]} for d in self.live],
            "acronyms": sorted({pair for d in self.live for pair in self.counts[d].acronyms}),
            "counts": checksums,
        }
        _write_json(folder / META_FILE, meta)


def _read_meta(index_dir: Path) -> dict[str, Any]:
    """The meta file of an index of the current schema, else `IndexUnusable`."""
    meta_path = index_dir / META_FILE
    if not index_dir.is_dir() or not meta_path.is_file():
        raise IndexUnusable(IndexProblem.MISSING, index_dir)
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        version = meta.get("schema_version") if isinstance(meta, dict) else None
    except (OSError, ValueError) as error:
        raise IndexUnusable(IndexProblem.CORRUPT, index_dir, str(error)) from error
    if version != INDEX_SCHEMA_VERSION:
        raise IndexUnusable(IndexProblem.OUTDATED, index_dir, f"schema {version}")
    return meta


def _edition_files(index_dir: Path, meta: dict[str, Any]) -> dict[str, bytes]:
    """The bytes of each live edition's word counts, checked against the meta file's checksums."""
    files = {}
    for edition in meta["editions"]:
        doc_id = edition["doc_id"]
        data = (index_dir / _edition_file(doc_id)).read_bytes()
        if hashlib.sha256(data).hexdigest() != meta["counts"][doc_id]:
            raise ValueError(f"the word counts of {doc_id} do not match their checksum")
        files[doc_id] = data
    return files


def _edition_file(doc_id: str) -> str:
    return f"{EDITION_PREFIX}{doc_id}.json"


def _entries(outline: Outline) -> Iterator[_Entry]:
    """The passages of an outline with their titles, plus entries for headings and for outline
    objects that have no passage."""
    titles: dict[str, str] = {}
    keywords: dict[str, list[str]] = {}
    for project in outline.projects:
        if project.passage_id:
            titles.setdefault(project.passage_id, project.title)
    question_lines = _explainer_titles(outline, titles)
    for contact in outline.contacts:
        if contact.passage_id:
            titles.setdefault(contact.passage_id, contact.organization)
            keywords.setdefault(contact.passage_id, []).extend(_contact_words(contact))
    for tool in outline.tools:
        if tool.passage_id:
            titles.setdefault(tool.passage_id, tool.name)
            keywords.setdefault(tool.passage_id, []).append(tool.name)
    figures: Counter[str] = Counter()
    for figure in outline.figures:
        if figure.passage_id:
            keywords.setdefault(figure.passage_id, []).append(f"{figure.value} {figure.unit}")
            figures[figure.passage_id] += 1
    section_titles = {section.id: section.title for section in outline.sections}
    axis_titles = {axis.number: axis.title for axis in outline.axes}
    passage_ids = {passage.id for passage in outline.passages}
    heading_texts = {fold(p.text.strip()) for p in outline.passages if p.kind == PassageKind.HEADING}

    for passage in outline.passages:
        if passage.id in question_lines:
            continue
        title = titles.get(passage.id) or _context_title(passage, section_titles, axis_titles)
        yield _Entry(
            key=passage.id,
            kind=passage.kind,
            title=title,
            text=passage.text,
            raw=passage.raw,
            page=passage.page,
            passage_id=passage.id,
            section_id=passage.section_id,
            axis=passage.axis,
            keywords=" ".join(keywords.get(passage.id, ())),
            figures=figures[passage.id],
        )
    yield from _heading_entries(outline, heading_texts)
    yield from _orphan_entries(outline, passage_ids)


def _explainer_titles(outline: Outline, titles: dict[str, str]) -> set[str]:
    """Give each explainer's term as title to its passages (the one it points at and the explainer
    passages right after it); return the ids of question lines ("La Chaîne des parcs, c'est
    quoi ?") that head a body of their own: they are not indexed, since the body carries the same
    title, so that a question finds the explanation itself (and finds it once)."""
    position = {passage.id: n for n, passage in enumerate(outline.passages)}
    question_lines = set()
    for explainer in outline.explainers:
        start = position.get(explainer.passage_id)
        if start is None:
            continue
        first = outline.passages[start]
        group = [first]
        for passage in outline.passages[start + 1 :]:
            if passage.kind != PassageKind.EXPLAINER or passage.section_id != first.section_id:
                break
            group.append(passage)
        for passage in group:
            titles.setdefault(passage.id, explainer.term)
        if len(group) > 1 and first.text.rstrip().endswith("?"):
            question_lines.add(first.id)
    return question_lines


def _context_title(passage: Passage, section_titles: dict[str, str], axis_titles: dict[int, str]) -> str:
    if passage.section_id and passage.section_id in section_titles:
        return section_titles[passage.section_id]
    if passage.axis is not None:
        return axis_titles.get(passage.axis, "")
    return ""


def _contact_words(contact: Any) -> list[str]:
    words = [contact.organization, *contact.phones, *contact.emails, *contact.websites]
    words += [re.sub(r"\D", "", phone) for phone in contact.phones]  # "03 21 20 50 46" -> one term
    if contact.address:
        words.append(contact.address)
    return words


def _first_passage(outline: Outline, *, section_id: str | None = None, axis: int | None = None) -> str:
    for passage in outline.passages:
        if (section_id is not None and passage.section_id == section_id) or (
            axis is not None and passage.axis == axis
        ):
            return passage.id
    return ""


def _heading_entries(outline: Outline, heading_texts: set[str]) -> Iterator[_Entry]:
    for axis in outline.axes:
        if axis.title and fold(axis.title.strip()) not in heading_texts:
            yield _Entry(
                key=f"axis{axis.number}",
                kind=PassageKind.HEADING,
                title=axis.title,
                text=axis.title,
                raw=axis.title,
                page=axis.page,
                passage_id=_first_passage(outline, axis=axis.number),
                section_id=axis.section_ids[0] if axis.section_ids else None,
                axis=axis.number,
            )
    for section in outline.sections:
        if section.title and fold(section.title.strip()) not in heading_texts:
            first = (
                section.passage_ids[0]
                if section.passage_ids
                else _first_passage(outline, section_id=section.id)
            )
            yield _Entry(
                key=section.id,
                kind=PassageKind.HEADING,
                title=section.title,
                text=section.title,
                raw=section.title,
                page=section.page,
                passage_id=first,
                section_id=section.id,
                axis=section.axis,
            )


def _orphan_entries(outline: Outline, passage_ids: set[str]) -> Iterator[_Entry]:
    """Outline objects whose passage is not among the passages (or that have none)."""
    for n, project in enumerate(outline.projects, 1):
        if project.passage_id not in passage_ids:
            yield _Entry(
                f"{project.id or f'project{n}'}",
                PassageKind.PROJECT,
                project.title,
                project.title,
                project.title,
                project.page,
                project.passage_id,
                project.section_id,
                project.axis,
                " ".join((*project.places, *project.organizations)),
            )
    for n, explainer in enumerate(outline.explainers, 1):
        if explainer.passage_id not in passage_ids:
            text = f"{explainer.term}\n{explainer.text}"
            yield _Entry(
                f"explainer{n}",
                PassageKind.EXPLAINER,
                explainer.term,
                text,
                text,
                explainer.page,
                explainer.passage_id,
                None,
                explainer.axis,
            )
    for n, contact in enumerate(outline.contacts, 1):
        if contact.passage_id not in passage_ids:
            text = "\n".join(_contact_words(contact)[: 1 + len(contact.phones) + len(contact.emails)])
            yield _Entry(
                f"contact{n}",
                PassageKind.CONTACT,
                contact.organization,
                text,
                text,
                contact.page,
                contact.passage_id,
                None,
                None,
                " ".join(_contact_words(contact)),
            )
    for n, tool in enumerate(outline.tools, 1):
        if tool.passage_id not in passage_ids:
            text = f"{tool.name}\n{tool.description}"
            yield _Entry(
                f"tool{n}", PassageKind.SECTION, tool.name, text, text, tool.page, tool.passage_id, None, None
            )


@dataclass
class _VocabularyCounts:
    """Document frequencies and written forms of the words of one edition, gathered while building;
    an index keeps them per edition (`edition-<id>.json`) and sums them into `vocabulary.json`.

    The postings of rare words (in at most `RARE_POSTINGS` entries: mostly the forms OCR made) are
    kept too, by entry number within the edition: the vocabulary then holds them, and a query reads
    a word's many OCR forms from memory rather than one Whoosh look-up each."""

    words: Counter[str] = field(default_factory=Counter)
    ocr: Counter[str] = field(default_factory=Counter)
    surfaces: dict[str, Counter[str]] = field(default_factory=dict)
    acronyms: list[tuple[str, str]] = field(default_factory=list)
    word_postings: dict[str, list[list[int]]] = field(default_factory=dict)  # rare word -> [entry, tf]…
    ocr_postings: dict[str, list[int]] = field(default_factory=dict)  # rare OCR form -> entries
    entries: int = 0

    def add(self, text: str) -> tuple[set[str], int]:
        """Count the words of the next entry's text; return its distinct words and its length."""
        entry = self.entries
        self.entries += 1
        occurrences: dict[str, int] = {}
        words = analyzed(text)  # also what Whoosh's analyzers get next, without analyzing again
        length = 0
        for start, end, folded, _stemmed, welded in words:
            surface = text[start:end]
            length += not welded
            occurrences[folded] = occurrences.get(folded, 0) + 1
            forms = self.surfaces.get(folded)
            if forms is None:
                forms = self.surfaces[folded] = Counter()
            # the parts of an e-mail address or a web address do not say how a word is written
            forms[surface] += 0 if _in_address(text, start, end) else 1
        for folded, frequency in occurrences.items():
            self.words[folded] += 1
            _keep_rare(self.word_postings, folded, self.words[folded], [entry, frequency])
        return set(occurrences), length

    def add_ocr(self, words: list[str]) -> None:
        """Count the OCR forms of the entry last added (each once)."""
        for word in words:
            self.ocr[word] += 1
            _keep_rare(self.ocr_postings, word, self.ocr[word], self.entries - 1)

    def to_json(self) -> dict[str, Any]:
        """What `edition-<id>.json` holds."""
        return {
            "entries": self.entries,
            "words": {
                folded: [frequency, dict(self.surfaces[folded])] for folded, frequency in self.words.items()
            },
            "ocr": dict(self.ocr),
            "word_postings": self.word_postings,
            "ocr_postings": self.ocr_postings,
            "acronyms": self.acronyms,
        }

    @classmethod
    def from_bytes(cls, raw: bytes) -> _VocabularyCounts:
        data = json.loads(raw.decode("utf-8"))
        counts = cls(
            ocr=Counter(data["ocr"]),
            acronyms=[(short, long) for short, long in data["acronyms"]],
            word_postings=data["word_postings"],
            ocr_postings=data["ocr_postings"],
            entries=data["entries"],
        )
        for folded, (frequency, forms) in data["words"].items():
            counts.words[folded] = frequency
            counts.surfaces[folded] = Counter(forms)
        return counts

    @classmethod
    def merged(cls, editions: Iterable[tuple[_VocabularyCounts, int]]) -> _VocabularyCounts:
        """The counts of several editions, each given with the number of its first entry in the
        index (the rare words' postings are numbered as in the index)."""
        total = cls()
        for counts, first in editions:
            total.words.update(counts.words)
            total.ocr.update(counts.ocr)
            for folded, forms in counts.surfaces.items():
                total.surfaces.setdefault(folded, Counter()).update(forms)  # update() keeps zero counts
            total.acronyms.extend(counts.acronyms)
            for folded, postings in counts.word_postings.items():
                total.word_postings.setdefault(folded, []).extend([first + n, tf] for n, tf in postings)
            for folded, entries in counts.ocr_postings.items():
                total.ocr_postings.setdefault(folded, []).extend(first + n for n in entries)
        for postings, frequencies in ((total.word_postings, total.words), (total.ocr_postings, total.ocr)):
            for folded in [f for f in postings if frequencies[f] > RARE_POSTINGS]:
                del postings[folded]  # rare in each edition, not in all
        return total

    def vocabulary_json(self) -> dict[str, Any]:
        """What `vocabulary.json` holds: per word, its frequency, the form to show, whether it is
        only written in capitals, whether it is written as a hyphenated compound (its welded form),
        whether French has it (see `_french_knows`); the rare words' postings."""
        words = {}
        knows = _french_knows()
        for folded, frequency in self.words.items():
            forms = self.surfaces[folded]
            capitals = all(form.isupper() for form in forms)
            hyphenated = any(hyphen in form for form in forms for hyphen in HYPHENS)
            display = _display_form(forms)
            words[folded] = [frequency, display, int(capitals), int(hyphenated), int(knows(display))]
        postings = {"exact": self.word_postings, "ocr": self.ocr_postings}
        return {"words": words, "ocr": dict(self.ocr), "postings": postings}


def _french_knows() -> Callable[[str], bool]:
    """Whether the French lexicon has a word, common or proper name (its own names and the
    gazetteer's communes): a word French has is no OCR form of another one (core/query.py)."""
    from artois_reader.core.lexicon import french_lexicon  # read once per process (~0.1 s)

    return french_lexicon().knows


def _keep_rare(postings: dict[str, Any], word: str, frequency: int, posting: Any) -> None:
    """Record a posting of `word` while it is rare; forget them once it is not."""
    if frequency <= RARE_POSTINGS:
        postings.setdefault(word, []).append(posting)
    elif frequency == RARE_POSTINGS + 1:
        del postings[word]


def _in_address(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end : end + 2]
    return before in "@./" or after[:1] == "@" or (after[:1] in "./" and after[1:2].isalnum())


def _display_form(forms: Counter[str]) -> str:
    """The form to show for a word: its most frequent written form (lowercase on a tie, since a
    capital may only start a sentence), without an elided article."""
    best = max(forms.items(), key=lambda item: (item[1], item[0].islower(), item[0]))[0]
    for apostrophe in "'’":
        _head, sep, tail = best.partition(apostrophe)
        if sep and normalize_word(tail) == normalize_word(best):
            return tail
    return best


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _write_bytes(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _write_json(path: Path, data: Any) -> None:
    _write_bytes(path, _json_bytes(data))


def _empty_folder(folder: Path) -> None:
    """Delete what a failed write left in `folder` (Whoosh's files, its temporary folder, ours)."""
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                child.unlink()


# --- Acronyms -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Acronyms:
    """Acronyms and their expansions, both ways: from the documents and from the glossary."""

    expansions: dict[str, tuple[tuple[str, ...], ...]]  # folded acronym -> stemmed words of each expansion
    by_expansion: dict[tuple[str, ...], str]  # stemmed words of an expansion -> folded acronym

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> Acronyms:
        expansions: dict[str, list[tuple[str, ...]]] = {}
        by_expansion: dict[tuple[str, ...], str] = {}
        for short, long in pairs:
            key = fold(short.strip())
            words = tuple(analyze(long))
            if not key or not words or len(words) < 2:
                continue
            if words not in expansions.setdefault(key, []):
                expansions[key].append(words)
            by_expansion.setdefault(words, key)
        return cls({k: tuple(v) for k, v in expansions.items()}, by_expansion)


def read_glossary(path: Path | None = None) -> list[tuple[str, str]]:
    """The bundled acronym glossary as (acronym, expansion) pairs (empty if it is missing)."""
    try:
        path = path or resources.resource_path(*GLOSSARY)
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, FileNotFoundError):
        return []
    pairs = []
    for line in lines:
        if line.startswith("#") or "\t" not in line:
            continue
        short, long = line.split("\t", 1)
        pairs.append((short.strip(), long.strip()))
    return pairs


# --- Searching ----------------------------------------------------------------------------------------
#
# Whoosh stores the postings; the scoring is done here, term at a time, over whole posting lists
# read block by block (Whoosh's own matcher tree re-checks every sub-matcher at every document, which
# costs ~20 µs per document for a word and its OCR variants). BM25, the same formula as Whoosh's
# BM25F default; each word of the query is a clause scored by its best alternative (its stem, a
# derivation, an OCR variant, an acronym's expansion, a phrase); a passage's score is the sum of
# its clauses'.

BM25_K1 = 1.2
BM25_B = 0.75
POSTINGS_CACHE = 2_000_000  # postings kept in memory between queries (type-ahead repeats words)


class _Found(NamedTuple):
    """What one search found: the hits shown, how many passages match, how many hold every word."""

    hits: list[SearchHit]
    total: int
    complete: int


@dataclass
class _Matched:
    """The index terms a query can match, to find the matched words of a passage."""

    stems: set[str] = field(default_factory=set)
    folded: set[str] = field(default_factory=set)
    welded: set[str] = field(default_factory=set)  # terms the documents write as hyphenated compounds
    _prefixes: tuple[bytes, ...] | None = None
    # each term looked up: (field, its words, the entries that hold it), to narrow to one entry
    evaluated: list[tuple[str, tuple[str, ...], Collection[int]]] = field(default_factory=list)
    _narrowed: dict[tuple[frozenset[str], frozenset[str]], _Matched] = field(default_factory=dict)

    def of_entry(self, docnum: int) -> _Matched:
        """The terms of the query that one entry holds (its postings say so): finding those few in
        its text is much faster than finding every form the query could match (OCR forms,
        derivations…). Entries holding the same terms share one."""
        if not self.evaluated:
            return self
        stems: set[str] = set()
        folded: set[str] = set()
        for field_name, words, entries in self.evaluated:
            if docnum in entries:
                (stems if field_name == "text" else folded).update(words)
        key = (frozenset(stems), frozenset(folded))
        narrowed = self._narrowed.get(key)
        if narrowed is None:
            welded = self.welded & (stems | folded)
            narrowed = self._narrowed[key] = _Matched(stems, folded, welded)
        return narrowed

    def prefixes(self) -> tuple[bytes, ...]:
        """What to look for in a text folded letter for letter (`_fold_letters`): each folded term,
        and the start of each stem (a stem is not always a prefix of its words: "sociaux" ->
        "social", so two letters less). Terms with œ or æ also in their one-letter form."""
        if self._prefixes is None:
            starts = {term[: max(3, len(term) - 2)] for term in self.stems} | self.folded
            starts |= {start.replace("oe", _OE).replace("ae", _AE) for start in starts}
            self._prefixes = tuple(sorted(start.encode("latin-1") for start in starts if _is_latin1(start)))
        return self._prefixes


# Folding letter for letter, so that positions in the folded text are positions in the text: accents
# dropped, capitals made small, apostrophes made plain, every character one byte (Latin-1, anything
# else a "?"), so that the folding is two C calls (`bytes.translate` with a 256-byte table, where
# `str.translate` goes through a dict for each character). œ and æ (two letters once folded) become
# a byte of their own, which the terms that have "oe" or "ae" are also looked up with.
_OE, _AE = "\x01", "\x02"
_BEYOND_LATIN1 = (
    ("œ", _OE),
    ("Œ", _OE),
    *((apostrophe, "'") for apostrophe in APOSTROPHES if apostrophe > "ÿ"),
    *((hyphen, "-") for hyphen in HYPHENS if hyphen > "ÿ"),
)


def _byte_table() -> bytes:
    table = bytearray(range(256))
    for code in range(256):
        folded = fold(chr(code))
        if len(folded) == 1 and folded.isascii():
            table[code] = ord(folded)
    table[ord("æ")] = table[ord("Æ")] = ord(_AE)
    return bytes(table)


_FOLDED_BYTES = _byte_table()


def _fold_letters(text: str) -> bytes:
    """`text` folded without changing its length (see `_FOLDED_BYTES`)."""
    if not text.isascii():
        for source, target in _BEYOND_LATIN1:
            if source in text:
                text = text.replace(source, target)
    return text.encode("latin-1", "replace").translate(_FOLDED_BYTES)


@lru_cache(maxsize=256)
def _number_finder(digits: str) -> re.Pattern[str]:
    """650000 is written 650.000 or 650 000."""
    return re.compile("[ .\u00a0\u202f]?".join(digits))


@dataclass(frozen=True)
class _TermRef:
    field: str
    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class _AllOf:
    """Every one of the terms (an acronym's expansion): scores add up."""

    parts: tuple[_TermRef, ...]
    boost: float = 1.0


@dataclass(frozen=True)
class _PhraseRef:
    """Words side by side in the unstemmed field."""

    words: tuple[str, ...]
    boost: float = 1.0


_Plan = _TermRef | _AllOf | _PhraseRef


@dataclass
class _Doc:
    """What ranking needs to know of an index entry without reading its stored fields."""

    kind: str
    axis: int | None
    edition: int
    title: int  # index into the titles list
    length: int  # words in the text fields
    ocr_length: int  # words in the OCR field
    figures: int = 0  # key figures it holds: it answers "combien" as a figure entry does
    caption: int = 0  # a photo credit ("… au 9-9 bis de Oignies, crédits Euralens") or text the OCR
    # read off a picture (a logo's « E€Euralens », a map's labels: core/noise.py): ranked lower


class _Postings:
    """Reads posting lists from the Whoosh segments into per-document BM25 scores, with a cache.

    Entries of removed editions (`deleted`) are left out of the postings and of the statistics
    (document count, average length, document frequency), so scores are those of a full build.
    `known` holds, per field, the terms it may hold (the vocabulary): others are not looked up."""

    def __init__(
        self,
        reader: Any,
        docs: list[_Doc],
        deleted: frozenset[int] = frozenset(),
        known: dict[str, Collection[str]] | None = None,
        held: dict[str, dict[str, list[Any]]] | None = None,
    ) -> None:
        self.leaves = [(leaf._terms, offset) for leaf, offset in reader.leaf_readers()]
        self.deleted = deleted
        self.known = known or {}
        self.held = held or {}  # field -> rare term -> its postings (from the vocabulary)
        self.count = max(1, len(docs) - len(deleted))
        live = [n not in deleted for n in range(len(docs))]
        lengths = [doc.length for doc in docs]
        ocr_lengths = [doc.ocr_length for doc in docs]
        by_field = {"text": lengths, "exact": lengths, "pairs": lengths, "ocr": ocr_lengths}
        self.norms: dict[str, list[float]] = {}
        for name, values in by_field.items():  # BM25's length normalisation, once per entry
            average = max(1.0, sum(itertools.compress(values, live)) / self.count)
            self.norms[name] = [BM25_K1 * (1 - BM25_B + BM25_B * n / average) for n in values]
        self._cache: dict[tuple[str, str], dict[int, float]] = {}
        self._cached_postings = 0

    def scores(self, field_name: str, text: str) -> dict[int, float]:
        """BM25 of `text` in `field_name` for every document that holds it. The dict is shared
        through the cache: never change it."""
        key = (field_name, text)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        ids, weights = self.read(field_name, text)
        scores: dict[int, float] = {}
        if ids:
            idf = math.log(1.0 + (self.count - len(ids) + 0.5) / (len(ids) + 0.5))
            norms, scale = self.norms[field_name], idf * (BM25_K1 + 1)
            scores = {d: scale * w / (w + norms[d]) for d, w in zip(ids, weights, strict=True)}
        if self._cached_postings + len(scores) > POSTINGS_CACHE:
            self.clear()
        self._cache[key] = scores
        self._cached_postings += len(scores)
        return scores

    def clear(self) -> None:
        self._cache.clear()
        self._cached_postings = 0

    def read(self, field_name: str, text: str) -> tuple[list[int], list[float]]:
        """(document numbers, term frequencies) of a term; empty when the index lacks it."""
        known = self.known.get(field_name)
        if known is not None and text not in known:
            return [], []
        held = self.held.get(field_name, {}).get(text)
        if held is not None:
            return _held_postings(held, self.deleted)
        term = text.encode("utf-8")
        ids: list[int] = []
        weights: list[float] = []
        for terms, offset in self.leaves:
            if offset:
                leaf_ids: list[int] = []
                _read_term(terms, field_name, term, leaf_ids, weights)
                ids.extend(docnum + offset for docnum in leaf_ids)
            else:
                _read_term(terms, field_name, term, ids, weights)
        if self.deleted and ids:
            deleted = self.deleted
            kept = [n for n, docnum in enumerate(ids) if docnum not in deleted]
            if len(kept) < len(ids):
                ids, weights = [ids[n] for n in kept], [weights[n] for n in kept]
        return ids, weights


def _held_postings(held: list[Any], deleted: frozenset[int]) -> tuple[list[int], list[float]]:
    """The postings the vocabulary holds for a rare term: [entry, tf] pairs, or entries (tf 1)."""
    if held and isinstance(held[0], list):
        pairs = [(docnum, float(tf)) for docnum, tf in held if docnum not in deleted]
        return [docnum for docnum, _tf in pairs], [tf for _docnum, tf in pairs]
    ids = [docnum for docnum in held if docnum not in deleted]
    return ids, [1.0] * len(ids)


def _read_term(terms: Any, field_name: str, term: bytes, ids: list[int], weights: list[float]) -> None:
    """Append the postings of a term in one segment, looked up in Whoosh's term table directly (its
    reader wraps each look-up in several objects)."""
    data = terms._tindex.get(terms._keycoder(field_name, term))
    if data is None:
        return
    info = W3TermInfo.from_bytes(data)
    if info.is_inlined():  # Whoosh inlines nothing as set up here, but an index may say so
        block_ids, block_weights, _values = info.inlined_postings()
        ids.extend(block_ids)
        weights.extend(block_weights)
        return
    offset, length = info.extent()
    _read_postings(terms._postfile, offset, length[0] if isinstance(length, tuple) else length, ids, weights)


_BLOCK_SIZE = struct.Struct("!i")
_POSTINGS_MAGIC = b"W3Bl"


def _read_postings(postfile: Any, offset: int, length: int, ids: list[int], weights: list[float]) -> None:
    """Append a posting list read as `W3LeafMatcher` reads it (whoosh-reloaded 2.7.5, pinned), in one
    piece: the magic, then blocks of (size, negative for the last; pickled block info; the block's
    zlib-compressed pickle of (delta-encoded ids, weights, values))."""
    data = postfile.get(offset, length)
    if data[:4] != _POSTINGS_MAGIC:
        raise ValueError(f"no posting list at {offset}")
    position = 4
    while position < len(data):
        (size,) = _BLOCK_SIZE.unpack_from(data, position)
        end = position + _BLOCK_SIZE.size + abs(size)
        block = io.BytesIO(data[position + _BLOCK_SIZE.size : end])
        count, _maxid, _maxweight, compression, _minlength, _maxlength = pickle.load(block)
        packed = block.read()
        block_ids, block_weights = pickle.loads(zlib.decompress(packed) if compression else packed)[:2]
        ids.extend(itertools.accumulate(block_ids))
        if block_weights is None:
            weights.extend(itertools.repeat(1.0, count))
        elif isinstance(block_weights, float):
            weights.extend(itertools.repeat(block_weights, count))
        else:
            weights.extend(block_weights)
        if size < 0:
            return
        position = end


class SearchIndex:
    """An open index. Use `SearchIndex.open(folder)`; close it, or use it as a context manager."""

    def __init__(
        self,
        index_dir: Path,
        index: Any,
        meta: dict[str, Any],
        vocabulary: dict[str, Any],
        entries: dict[str, Any],
    ) -> None:
        self.index_dir = index_dir
        self._index = index
        self._searcher: Any = index.searcher()
        self._lock = threading.RLock()  # search() calls suggest(), which takes it too
        self.meta = meta
        reader = self._searcher.reader()
        self._docs = [_Doc(*row) for row in entries["docs"]]
        self._titles: list[str] = entries["titles"]
        self._editions: list[str] = entries["editions"]  # a row's edition number -> edition id
        live = {e["doc_id"] for e in meta["editions"]}
        dead = {n for n, doc_id in enumerate(self._editions) if doc_id not in live}
        deleted = frozenset(n for n, doc in enumerate(self._docs) if doc.edition in dead)
        if reader.doc_count_all() != len(self._docs) or reader.doc_count() != len(self._docs) - len(deleted):
            raise ValueError("the index's documents do not match its entry list")
        self._live = [(n, doc) for n, doc in enumerate(self._docs) if n not in deleted]
        words = vocabulary.get("words", {})
        self._display = {word: info[1] for word, info in words.items()}
        self._caps_only = {word for word, info in words.items() if info[2]}
        self._hyphenated = {word for word, info in words.items() if info[3]}
        self._vocabulary = Vocabulary(
            {word: info[0] for word, info in words.items()},
            vocabulary.get("ocr", {}),
            stems={stem(word) for word in words},
            known={word for word, info in words.items() if info[4:5] == [1]},
        )
        known = {
            "text": self._vocabulary.stems,
            "exact": self._vocabulary.words,
            "ocr": self._vocabulary.ocr_words,
        }
        self._postings = _Postings(reader, self._docs, deleted, known, vocabulary["postings"])
        leaves = list(reader.leaf_readers())
        self._stored_offsets = [offset for _leaf, offset in leaves]
        self._stored = [leaf._perdoc for leaf, _offset in leaves]  # Whoosh's per-document readers
        self._acronyms = Acronyms.from_pairs([*map(tuple, meta.get("acronyms", [])), *read_glossary()])

    # -- opening and closing

    @classmethod
    def open(cls, index_dir: Path) -> SearchIndex:
        """Open the index in `index_dir`; raise `IndexUnusable` if it is missing, corrupt or outdated."""
        index_dir = Path(index_dir)
        meta = _read_meta(index_dir)
        try:
            _edition_files(index_dir, meta)  # only updates read them: damage is found now all the same
            vocabulary = json.loads((index_dir / VOCABULARY_FILE).read_text(encoding="utf-8"))
            entries = json.loads((index_dir / ENTRIES_FILE).read_text(encoding="utf-8"))
            index = _open_whoosh(index_dir)
            try:
                instance = cls(index_dir, index, meta, vocabulary, entries)
            except BaseException:
                index.close()
                raise
        except Exception as error:  # whoosh raises many kinds (EmptyIndexError, pickling, OSError…)
            raise IndexUnusable(
                IndexProblem.CORRUPT, index_dir, f"{type(error).__name__}: {error}"
            ) from error
        return instance

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._index.close()
                self._searcher = None

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self.meta["schema_version"])

    @property
    def entry_count(self) -> int:
        return len(self._live)

    def drop_caches(self) -> None:
        """Forget the postings and word expansions kept between queries (benchmarks measure cold
        queries with it; nothing else needs it)."""
        with self._lock:
            self._postings.clear()
            self._vocabulary.clear_caches()

    # -- vocabulary and suggestions

    def vocabulary(self) -> tuple[str, ...]:
        """The words of the cleaned texts as written (one form per word), most frequent first."""
        words = self._vocabulary.words
        ranked = sorted(words, key=lambda word: (-words[word], word))
        return tuple(self._display.get(word, word) for word in ranked if not word[:1].isdigit())

    def suggest(self, query: str) -> str | None:
        """ "Vouliez-vous dire …": the query with each unknown word replaced by the closest word of
        the documents, or None when every word is known (or nothing better is found)."""
        with self._lock:
            return self._suggest(query)

    def _suggest(self, query: str) -> str | None:
        text = sanitize(query)
        changed = False

        def replace(match: re.Match[str]) -> str:
            nonlocal changed
            surface = match.group(0)
            folded = normalize_word(surface)
            if not folded or folded in INTENT_WORDS or folded in QUESTION_WORDS:
                return surface  # "appeler", "combien": they ask for a kind of passage, found or not
            if self._is_acronym(surface, folded):
                return surface
            correction = self._vocabulary.correction(folded)
            if correction is None:
                return surface
            changed = True
            display = self._display.get(correction, correction)
            return display.lower() if surface.islower() else display

        suggestion = TOKEN_PATTERN.sub(replace, text)
        return suggestion if changed else None

    # -- search

    def search(
        self,
        query: str,
        *,
        doc_id: str | None = None,
        kind: PassageKind | str | None = None,
        axis: int | None = None,
        limit: int = 20,
        doc_ids: Collection[str] | None = None,
    ) -> SearchResult:
        """Ranked passages for `query` (any string), optionally only of one document, kind or axis.
        `doc_ids` keeps only these editions (the app searches the edition each document shows)."""
        started = time.perf_counter()
        with self._lock:
            if self._searcher is None:
                raise IndexUnusable(IndexProblem.CLOSED, self.index_dir)
            limit = max(1, limit)
            found = self._search_safely(query, doc_id, kind, axis, limit, doc_ids)
            widened = None
            if not found.complete:  # no passage holds every word: a commune they never name?
                widened, body_found = self._search_the_body(query, doc_id, kind, axis, limit, doc_ids)
                found = body_found or found
            hits, total = found.hits, found.total
            try:
                suggestion = None if widened else self.suggest(query)
            except Exception:
                log.exception("no suggestion for %r", query[:200])
                suggestion = None
        took_ms = (time.perf_counter() - started) * 1000
        return SearchResult(
            query=query,
            total=total,
            took_ms=took_ms,
            hits=tuple(hits),
            suggestion=suggestion,
            intercommunality=widened,
        )

    @staticmethod
    def prepare() -> None:
        """Read now what a search may need later: the gazetteer of communes (~20 ms once) and the
        lexicon's folded French words (~0.2 s once), so that the first keystroke that finds no
        passage does not wait for them (the window calls this on its index thread)."""
        from artois_reader.core.lexicon import folded_french_words
        from artois_reader.core.territory import communes

        try:
            communes()
            folded_french_words()
        except (OSError, ValueError, KeyError):  # searches go on without it (see _search_the_body)
            log.exception("the gazetteer or the lexicon could not be read")

    def _search_the_body(
        self,
        query: str,
        doc_id: str | None,
        kind: PassageKind | str | None,
        axis: int | None,
        limit: int,
        doc_ids: Collection[str] | None,
    ) -> tuple[Intercommunality | None, _Found | None]:
        """A commune the documents never name ("Hénin-Beaumont", "santé à Noeux-les-Mines", whose
        "Mines" alone would match other communes): the same search with the commune's intercommunal
        body in its place ("Hénin-Carvin" or "CAHC"), when that finds passages. Of two communes of
        one name in two bodies, the one whose body the documents speak of is meant; when they speak
        of both, neither is chosen."""
        from artois_reader.core.territory import commune_in  # the gazetteer, read on first use

        query = sanitize(query)  # at most MAX_QUERY_CHARS, as the search itself reads it
        try:
            span = commune_in(query)
        except (OSError, ValueError, KeyError):
            log.exception("the gazetteer could not be read")
            return None, None
        if span is None:
            return None, None
        start, end, named = span
        if self._search_safely(query[start:end], doc_id, None, None, 1, doc_ids).complete:
            return None, None  # the documents name it (with other words, or under other filters)
        answers = []
        for commune, body in named:
            instead = f"{query[:start]}{body.query}{query[end:]}".strip()
            found = self._search_safely(instead, doc_id, kind, axis, limit, doc_ids)
            if found.hits:
                answers.append((Intercommunality(commune, body.name, instead), found))
        return answers[0] if len(answers) == 1 else (None, None)

    def _search_safely(
        self,
        query: str,
        doc_id: str | None,
        kind: PassageKind | str | None,
        axis: int | None,
        limit: int,
        doc_ids: Collection[str] | None = None,
    ) -> _Found:
        """Search; should anything go wrong, search the plain words; then give up with no hits."""
        try:
            return self._search(parse_query(query), doc_id, kind, axis, limit, doc_ids)
        except Exception:
            log.exception("query failed, retrying as plain words: %r", query[:200])
        try:
            return self._search(_plain_words(query), doc_id, kind, axis, limit, doc_ids)
        except Exception:
            log.exception("plain-word query failed: %r", query[:200])
            return _Found([], 0, 0)

    def _search(
        self,
        parsed: ParsedQuery,
        doc_id: str | None,
        kind: PassageKind | str | None,
        axis: int | None,
        limit: int,
        doc_ids: Collection[str] | None = None,
    ) -> _Found:
        allowed = self._allowed(parsed, doc_id, kind, axis, doc_ids)
        if allowed is not None and not allowed:
            return _Found([], 0, 0)
        matched = _Matched()
        clauses = [self._evaluate(plans, matched) for plans in self._clause_plans(parsed.clauses, matched)]
        intent = [self._evaluate(self._word_plans(word, matched), matched) for word in parsed.intent_words]
        welded = matched.folded & self._hyphenated  # "écotransition": written "éco-transition"
        matched.welded = welded | {stem(word) for word in welded}
        strict = self._strict(clauses, intent, parsed)
        if strict is None:
            return _Found([], 0, 0)
        excluded = self._excluded(parsed)
        strict = _restrict(strict, allowed, excluded)
        relaxed: dict[int, float] = {}
        total = len(strict)
        if len(clauses) > 1:  # passages with only some of the words count too, and come after
            some = _restrict(set().union(*clauses), allowed, excluded)
            total = len(some)
            if len(strict) < limit:
                partial = [d for d in some if d not in strict]
                relaxed = _coordinated(partial, clauses + intent, len(self._live))
        title_stems = [self._clause_stems(clause) for clause in parsed.clauses]
        ranked = self._rank(strict, relaxed, parsed, title_stems, limit)
        hits = [self._hit(docnum, score, matched) for docnum, score in ranked[:limit]]
        return _Found(hits, total, len(strict))

    def _strict(
        self, clauses: list[dict[int, float]], intent: list[dict[int, float]], parsed: ParsedQuery
    ) -> dict[int, float] | None:
        """The passages matching every clause, with their scores (None: the query asks nothing)."""
        if clauses:
            ordered = sorted(clauses, key=len)
            common = list(set(ordered[0]).intersection(*ordered[1:])) if ordered[0] else []
            totals = [ordered[0][d] for d in common]
            for scores in ordered[1:]:
                totals = list(map(operator.add, totals, map(scores.__getitem__, common)))
            return _add_scores(dict(zip(common, totals, strict=True)), intent)
        if intent or parsed.intent_kinds:  # "contact", "c'est quoi": that kind, and those words
            kinds = {k.value for k in parsed.intent_kinds}
            strict = {d: 1.0 for d, doc in self._live if doc.kind in kinds}
            for scores in intent:
                for docnum, score in scores.items():
                    strict[docnum] = strict.get(docnum, 0.0) + score
            return strict
        if parsed.kind or parsed.axis is not None or parsed.doc_id:  # a filter alone lists its passages
            return dict.fromkeys((d for d, _doc in self._live), 1.0)
        return None

    def _allowed(
        self,
        parsed: ParsedQuery,
        doc_id: str | None,
        kind: PassageKind | str | None,
        axis: int | None,
        doc_ids: Collection[str] | None = None,
    ) -> set[int] | None:
        """The entries the filters let through (None: no filter; empty: filters exclude all)."""
        kinds = {_kind_value(k) for k in (kind, parsed.kind) if k is not None}
        axes = {a for a in (axis, parsed.axis) if a is not None}
        editions: set[int] | None = None
        if doc_id is not None:
            editions = {n for n, e in enumerate(self._editions) if e == doc_id}
        if doc_ids is not None:
            chosen = {n for n, e in enumerate(self._editions) if e in doc_ids}
            editions = chosen if editions is None else editions & chosen
        if parsed.doc_id:
            prefixed = {n for n, e in enumerate(self._editions) if e.startswith(parsed.doc_id)}
            editions = prefixed if editions is None else editions & prefixed
        if not kinds and not axes and editions is None:
            return None
        if "" in kinds or len(kinds) > 1 or len(axes) > 1:
            return set()  # an unknown kind, or two different ones: nothing is both
        return {
            n
            for n, doc in self._live
            if (not kinds or doc.kind in kinds)
            and (not axes or doc.axis in axes)
            and (editions is None or doc.edition in editions)
        }

    # -- planning: what each clause may match

    def _clause_plans(self, clauses: tuple[Clause, ...], matched: _Matched) -> list[list[_Plan]]:
        plans: list[list[_Plan]] = []
        index = 0
        while index < len(clauses):
            merged = self._acronym_of_expansion(clauses, index, matched)
            if merged is not None:
                plan, index = merged
                plans.append(plan)
                continue
            plan = self._alternative_plans(clauses[index], matched)
            if plan is not None:
                plans.append(plan)
            index += 1
        return plans

    def _acronym_of_expansion(
        self, clauses: tuple[Clause, ...], start: int, matched: _Matched
    ) -> tuple[list[_Plan], int] | None:
        """Consecutive plain words spelling out a known acronym also match the acronym itself: they
        become one clause whose alternatives are all the words together, or the acronym."""
        singles = []
        for clause in clauses[start:]:
            alternative = clause.alternatives[0]
            if len(clause.alternatives) != 1 or alternative.quoted or len(alternative.words) != 1:
                break
            singles.append(stem(normalize_word(alternative.words[0]) or "\x00"))
        for end in range(len(singles), 1, -1):
            short = self._acronyms.by_expansion.get(tuple(singles[:end]))
            if short is None:
                continue
            for clause in clauses[start : start + end]:
                self._alternative_plans(clause, matched)  # records the matched words
            matched.folded.add(short)
            words = _AllOf(tuple(_TermRef("text", s) for s in singles[:end]))
            return [words, _TermRef("exact", short, ACRONYM_BOOST)], start + end
        return None

    def _alternative_plans(self, clause: Clause, matched: _Matched) -> list[_Plan] | None:
        plans: list[_Plan] = []
        for alternative in clause.alternatives:
            words = [w for w in (normalize_word(w) for w in alternative.words) if w]
            if not words:
                continue
            if alternative.quoted or len(words) > 1:
                matched.folded.update(words)
                plans.append(_PhraseRef(tuple(words)) if len(words) > 1 else _TermRef("exact", words[0]))
                if not alternative.quoted and len(words) > 1:
                    plans += self._compound_in_number(words, matched)
                    plans.append(self._compound_apart(words, matched))
            else:
                plans += self._word_plans(alternative.words[0], matched)
        return plans or None

    @staticmethod
    def _compound_in_number(words: list[str], matched: _Matched) -> list[_Plan]:
        """A hyphenated query's words side by side, all plural or all singular ("centre-ville" ->
        "centres villes", "cite-minieres" -> "cites minieres"): the compound as the text writes it."""
        plural = tuple(w if w.endswith(("s", "x")) else w + "s" for w in words)
        singular = tuple(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)
        forms = dict.fromkeys(form for form in (plural, singular) if form != tuple(words))
        matched.folded.update(word for form in forms for word in form)
        return [_PhraseRef(form, COMPOUND_NUMBER_BOOST) for form in forms]

    @staticmethod
    def _compound_apart(words: list[str], matched: _Matched) -> _AllOf:
        """A hyphenated query ("centre-ville", "Liévin-Lens") also finds its words' stems anywhere in
        a passage ("centres-villes", "Lens-Liévin"), scored as one word of them below the compound."""
        stems = tuple(stem(word) for word in words)
        matched.stems.update(stems)
        return _AllOf(tuple(_TermRef("text", s) for s in stems), COMPOUND_APART_BOOST / len(stems))

    def _word_plans(self, word: str, matched: _Matched) -> list[_Plan]:
        """A word's alternatives: its stem, its derivations, its OCR forms, an acronym's expansion."""
        folded = normalize_word(word)
        if not folded:
            return []
        stemmed = stem(folded)
        matched.stems.add(stemmed)
        matched.folded.add(folded)
        vocabulary = self._vocabulary
        plans: list[_Plan] = [_TermRef("text", stemmed)]
        if folded in vocabulary.ocr_words:
            plans.append(_TermRef("ocr", folded, RAW_BOOST))
        for derived in vocabulary.derivations(stemmed, folded)[:MAX_VARIANTS]:
            matched.stems.add(derived)
            plans.append(_TermRef("text", derived, DERIVATION_BOOST))
        for relative in vocabulary.relatives(stemmed, folded)[:MAX_VARIANTS]:
            matched.folded.add(relative)
            plans.append(_TermRef("exact", relative, DERIVATION_BOOST))
        for variant in vocabulary.ocr_variants(folded, limit=MAX_OCR_VARIANTS):
            matched.folded.add(variant.word)
            if variant.word in vocabulary.words:
                plans.append(_TermRef("exact", variant.word, OCR_BOOST))
            if variant.word in vocabulary.ocr_words:  # a form can be in both: cleaned here, raw there
                plans.append(_TermRef("ocr", variant.word, OCR_BOOST))
        if self._is_acronym(word, folded):
            for expansion in self._acronyms.expansions[folded]:
                matched.stems.update(expansion)
                plans.append(_AllOf(tuple(_TermRef("text", part) for part in expansion), ACRONYM_BOOST))
        return plans

    def _is_acronym(self, surface: str, folded: str) -> bool:
        """An acronym of the glossary or the documents, typed as one ("ZAN"), or typed in lowercase
        when the documents only ever write it in capitals ("ght")."""
        if folded not in self._acronyms.expansions:
            return False
        if sum(ch.isupper() for ch in surface) >= 2:
            return True
        return folded in self._caps_only or folded not in self._vocabulary.words

    def _excluded(self, parsed: ParsedQuery) -> set[int]:
        excluded: set[int] = set()
        for alternative in parsed.excluded:
            words = [w for w in (normalize_word(w) for w in alternative.words) if w]
            if len(words) > 1:
                excluded |= self._evaluate([_PhraseRef(tuple(words))]).keys()
            elif words and alternative.quoted:
                excluded |= self._postings.scores("exact", words[0]).keys()
            elif words:
                excluded |= self._postings.scores("text", stem(words[0])).keys()
                excluded |= self._postings.scores("exact", words[0]).keys()
        return excluded

    # -- evaluating plans on the postings

    def _evaluate(self, plans: list[_Plan], matched: _Matched | None = None) -> dict[int, float]:
        """Each passage that matches one of the alternatives, with the best alternative's score
        (`matched` records which entries hold which term, for the snippets)."""
        scored = [self._plan_scores(plan, matched) for plan in plans]
        scored = [item for item in scored if item[0]]
        if not scored:
            return {}
        scored.sort(key=lambda item: len(item[0]), reverse=True)
        largest, boost = scored[0]
        best = dict(largest) if boost == 1.0 else {d: s * boost for d, s in largest.items()}
        for scores, boost in scored[1:]:  # OCR forms, derivations: short lists
            get = best.get
            for docnum, score in scores.items():
                score *= boost
                if score > get(docnum, 0.0):
                    best[docnum] = score
        return best

    def _plan_scores(self, plan: _Plan, matched: _Matched | None = None) -> tuple[dict[int, float], float]:
        """The scores of one alternative, and the boost to apply to them."""
        if isinstance(plan, _TermRef):
            scores = self._postings.scores(plan.field, plan.text)
            if matched is not None and scores:
                matched.evaluated.append((plan.field, (plan.text,), scores))
            return scores, plan.boost
        if isinstance(plan, _AllOf):
            parts = [self._plan_scores(part, matched)[0] for part in plan.parts]
            common = set(parts[0]).intersection(*parts[1:]) if parts else set()
            return {d: sum(p[d] for p in parts) for d in common}, plan.boost
        parts = [self._postings.scores("pairs", pair) for pair in word_pairs(list(plan.words))]
        common = set(parts[0]).intersection(*parts[1:]) if parts else set()
        if matched is not None and common:
            matched.evaluated.append(("exact", plan.words, common))
        return {d: sum(p[d] for p in parts) for d in common}, plan.boost

    @staticmethod
    def _clause_stems(clause: Clause) -> set[str]:
        stems: set[str] = set()
        for alternative in clause.alternatives:
            stems.update(analyze(alternative.text))
        return stems

    # -- ranking and results

    def _rank(
        self,
        strict: dict[int, float],
        relaxed: dict[int, float],
        parsed: ParsedQuery,
        title_stems: list[set[str]],
        limit: int,
    ) -> list[tuple[int, float]]:
        """Passages matching every word first, then the others at a lower score; within each,
        BM25 raised for hits of the kind the query names and for hits whose title matches."""
        intent = {k.value for k in parsed.intent_kinds}
        figures_asked = PassageKind.FIGURE in intent  # "combien d'habitants"

        def ranked(scores: dict[int, float]) -> list[tuple[int, float]]:
            size = max(CANDIDATES, limit)  # re-ranked by kind and title: more than will be shown
            pool = heapq.nlargest(size, scores.items(), key=operator.itemgetter(1))
            out = []
            for docnum, score in pool:
                doc = self._docs[docnum]
                factor = INTENT_FACTOR if doc.kind in intent or (figures_asked and doc.figures) else 1.0
                if title_stems:
                    title = _title_stems(self._titles[doc.title])
                    share = sum(1 for stems in title_stems if stems & title) / len(title_stems)
                    factor *= 1.0 + TITLE_FACTOR * share
                out.append((docnum, score * factor))
            talks = sorted((item for item in out if not self._docs[item[0]].caption), key=_by_score)
            credits = sorted((item for item in out if self._docs[item[0]].caption), key=_by_score)
            if talks and credits:  # credits and pictures name things in passing: after passages on them
                top = talks[-1][1] * 0.99 / max(credits[0][1], 1e-9)
                credits = [(docnum, score * min(1.0, top)) for docnum, score in credits]
            return talks + credits

        first = ranked(strict)
        rest = ranked(relaxed) if relaxed else []
        if not rest:
            return first
        scale = RELAXED_FACTOR
        if first:  # below the last passage with every word, in the same order among themselves
            scale = min(scale, first[-1][1] * 0.99 / max(rest[0][1], 1e-9))
        return first + [(docnum, score * scale) for docnum, score in rest]

    def _stored_fields(self, docnum: int) -> dict[str, Any]:
        """The stored fields of an entry, from its segment's reader (Whoosh's own reader filters
        them through the schema at every call)."""
        leaf = bisect.bisect_right(self._stored_offsets, docnum) - 1
        return self._stored[leaf].stored_fields(docnum - self._stored_offsets[leaf]) or {}

    def _hit(self, docnum: int, score: float, matched: _Matched) -> SearchHit:
        fields = self._stored_fields(docnum)
        body = fields.get("body") or ""
        matched = matched.of_entry(docnum)
        snippet, snippet_html, terms = make_snippet(body, matched)
        if not terms and fields.get("raw"):
            snippet, snippet_html, terms = make_snippet(fields["raw"], matched)
        axis = fields.get("axis") or ""
        return SearchHit(
            doc_id=fields["doc_id"],
            version=int(fields.get("version") or 1),
            kind=PassageKind(fields["kind"]),
            title=fields.get("title") or "",
            axis=int(axis) if axis.isdigit() else None,
            page=int(fields.get("page") or 1),
            score=round(score, 4),
            snippet=snippet,
            snippet_html=snippet_html,
            passage_id=fields.get("passage_id") or "",
            section_id=fields.get("section_id"),
            terms=terms,
        )


def _restrict(scores: Any, allowed: set[int] | None, excluded: set[int]) -> Any:
    """A dict or a set of entries without the excluded ones and, if given, only the allowed ones."""
    if isinstance(scores, set):
        kept = scores - excluded
        return kept & allowed if allowed is not None else kept
    if not excluded and allowed is None:
        return scores
    return {d: s for d, s in scores.items() if d not in excluded and (allowed is None or d in allowed)}


def _coordinated(docnums: list[int], clauses: list[dict[int, float]], entries: int) -> dict[int, float]:
    """The scores of passages holding only some of the query's words: each word counts by how rare
    it is in the index (its inverse document frequency), scaled by how well the passage matches it
    against the passage that matches it best. How often a passage repeats a common word then no
    longer outweighs a rarer word: "transport en commun" lists the passages on transports before
    those that only say "communes" three times."""
    scores = dict.fromkeys(docnums, 0.0)
    for clause in clauses:
        if not clause:
            continue
        weight = math.log(1.0 + entries / len(clause)) / max(clause.values())
        for docnum in scores.keys() & clause.keys():
            scores[docnum] += clause[docnum] * weight
    return scores


def _add_scores(target: dict[int, float], sources: list[dict[int, float]]) -> dict[int, float]:
    """Add to each entry of `target` its score in each of `sources`, where it has one."""
    for scores in sources:
        for docnum in target.keys() & scores.keys():
            target[docnum] += scores[docnum]
    return target


@lru_cache(maxsize=4096)
def _title_stems(title: str) -> frozenset[str]:
    return frozenset(analyze(title))


def _kind_value(kind: PassageKind | str) -> str:
    """The value of a kind given as a member or as its value ("" when it is no kind)."""
    try:
        return PassageKind(kind).value
    except ValueError:
        return ""


class _ClosingStorage(FileStorage):
    """A file storage that remembers the files it opened, so that they can be closed when Whoosh
    fails half-way through opening an index (it leaves the table of contents open otherwise)."""

    def __init__(self, path: str) -> None:
        super().__init__(path, readonly=True)
        self.opened: list[Any] = []

    def open_file(self, name: str, **kwargs: Any) -> Any:
        handle = super().open_file(name, **kwargs)
        self.opened.append(handle)
        return handle


def _open_whoosh(index_dir: Path) -> Any:
    storage = _ClosingStorage(str(index_dir))
    try:
        index = whoosh_index.FileIndex(storage, indexname=whoosh_index._DEF_INDEX_NAME)
        index.searcher().close()  # reads every segment now rather than at the first query
    except BaseException:
        for handle in storage.opened:
            with contextlib.suppress(Exception):
                handle.close()
        raise
    storage.opened.clear()
    return index


def open_index(index_dir: Path) -> SearchIndex:
    """`SearchIndex.open`, as a function (what the library calls)."""
    return SearchIndex.open(index_dir)


def _plain_words(query: str) -> ParsedQuery:
    words = words_of(sanitize(query))
    return ParsedQuery(clauses=tuple(Clause((Alternative((w,)),)) for w in words[:24]))


# --- Snippets ----------------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def make_snippet(
    text: str, matched: _Matched, *, width: int = SNIPPET_CHARS
) -> tuple[str, str, tuple[str, ...]]:
    """(plain snippet, HTML snippet, matched words) for a passage: the window of `text` holding
    the most matched words, whitespace collapsed, "…" where it was cut; in the HTML every
    character is escaped and the matched words are wrapped in <mark>."""
    spans = matched_spans(text, matched)
    terms = tuple(dict.fromkeys(text[start:end] for start, end in spans))
    start, end = _window(text, spans, width)
    plain: list[str] = []
    marked: list[str] = []
    if start > 0:
        plain.append("…")
        marked.append("…")
    cursor = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        between = _SPACES.sub(" ", text[cursor:span_start])
        word = text[span_start:span_end]
        plain += [between, word]
        marked += [html.escape(between), "<mark>", html.escape(word), "</mark>"]
        cursor = span_end
    tail = _SPACES.sub(" ", text[cursor:end])
    plain.append(tail)
    marked.append(html.escape(tail))
    if end < len(text):
        plain.append("…")
        marked.append("…")
    return "".join(plain).strip(), "".join(marked).strip(), terms


def _is_latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def matched_spans(text: str, matched: _Matched) -> list[tuple[int, int]]:
    """The (start, end) of every word of `text` that the query matched (an elided article is
    left out of the span: "l'<énergie>"). Each term is looked for with `str.find` in the text
    folded letter for letter, at the start of a word; each place found is then checked."""
    prefixes = matched.prefixes()
    if not prefixes:
        return []
    folded_text = _fold_letters(text)
    starts: set[int] = set()
    for prefix in prefixes:
        if prefix.isdigit():
            starts.update(found.start() for found in _number_finder(prefix.decode()).finditer(text))
            continue
        position = folded_text.find(prefix)
        while position >= 0:
            if position == 0 or not folded_text[position - 1 : position].isalnum():
                starts.add(position)
            position = folded_text.find(prefix, position + 1)
    spans: list[tuple[int, int]] = []
    folded_terms, stems = matched.folded, matched.stems
    reached = 0
    for start in sorted(starts):
        if start < reached:
            continue
        word = TOKEN_PATTERN.match(text, start)
        if word is None:
            continue
        folded = normalize_word(word.group(0))
        if folded and (folded in folded_terms or stem(folded) in stems):
            spans.append(word.span())
            reached = word.end()
    if matched.welded and any(hyphen in text for hyphen in HYPHENS):
        spans = _with_compounds(text, folded_text, matched, spans)
    return spans


def _with_compounds(
    text: str, folded_text: bytes, matched: _Matched, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans, with the hyphenated compounds the query matched by their welded form ("<mark>
    éco-transition</mark>" for "écotransition") in place of the spans of their parts. Compounds
    are looked for from each hyphen, back to the start of its word."""
    hyphen = folded_text.find(b"-")
    while hyphen > 0:
        start = hyphen
        while start > 0 and folded_text[start - 1 : start].isalnum():
            start -= 1
        compound = COMPOUND_PATTERN.match(text, start) if start < hyphen else None
        if compound is None:
            hyphen = folded_text.find(b"-", hyphen + 1)
            continue
        welded = weld(TOKEN_PATTERN.findall(compound.group(0)))
        end = compound.end()
        if welded and (welded in matched.folded or stem(welded) in matched.stems):
            # "l'<éco-transition>": from the start of "éco", the elided article left out
            spans = [span for span in spans if span[1] <= start or span[0] >= end] + [(start, end)]
        hyphen = folded_text.find(b"-", end)
    return sorted(spans)


def _window(text: str, spans: list[tuple[int, int]], width: int) -> tuple[int, int]:
    """The [start, end) of at most `width` characters holding the most spans, on word boundaries."""
    if len(text) <= width:
        return 0, len(text)
    best_start, best_count = 0, -1
    for i, (span_start, _end) in enumerate(spans):
        count = sum(1 for s, e in spans[i:] if e <= span_start + width)
        if count > best_count:
            best_start, best_count = span_start, count
    if best_count > 0:  # begin a little before the first word, at a word boundary
        best_start = max(0, best_start - width // 5)
    start = best_start
    if start > 0:
        boundary = text.find(" ", start)
        start = boundary + 1 if 0 <= boundary < best_start + width // 5 else start
    end = min(len(text), start + width)
    if end < len(text):
        boundary = text.rfind(" ", start, end)
        end = boundary if boundary > start else end
    return start, end
