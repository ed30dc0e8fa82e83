"""The search index: build it from outlines, open it, query it. The only module that imports Whoosh.

Contract with the library (see docs/architecture.md, "User data"):

- `build_index(target_dir, editions, on_progress=None)` writes a complete index into an empty
  folder and records `INDEX_SCHEMA_VERSION`; the library then swaps the folder in. If the progress
  callback cancels, `Cancelled` is raised and the folder is left empty.
- `SearchIndex.open(index_dir)` raises `IndexUnusable` when the folder is missing, corrupt, or
  from another schema version: the library then rebuilds from the stored documents.
- `SearchIndex.search(query, doc_id=None, kind=None, axis=None, limit=20) -> SearchResult` takes
  any string at all (see `core/query.py` for the syntax) and never raises on its content.

Threads: one `SearchIndex` may be used from any thread, one call at a time; calls are serialised
by an internal lock, so a GUI worker thread and the main thread may share it safely (the second
caller waits). `close()` may come from any thread; any call after it raises `IndexUnusable`.

What is indexed, per edition: every `Passage` of the outline (cleaned text in a stemmed field,
the cleaned text again in an unstemmed folded field for phrases, and the words of the raw OCR text
that cleaning changed in a third, unstemmed field), each with the title of what it belongs to
(project, explainer, contact, tool, or else its section), plus one heading entry per axis and
per section, and the outline objects that have no passage of their own.
"""

from __future__ import annotations

import contextlib
import enum
import html
import json
import logging
import os
import re
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.query import (
    And,
    AndMaybe,
    AndNot,
    DisjunctionMax,
    Every,
    NullQuery,
    Or,
    Phrase,
    Query,
    Term,
)

from artois_reader.core import resources
from artois_reader.core.analysis import (
    TOKEN_PATTERN,
    FrenchFoldingAnalyzer,
    FrenchStemmingAnalyzer,
    analyze,
    fold,
    normalize_word,
    stem,
)
from artois_reader.core.document import (
    DocumentInfo,
    Outline,
    Passage,
    PassageKind,
    SearchHit,
    SearchResult,
)
from artois_reader.core.errors import Phase, Progress, report
from artois_reader.core.query import (
    Alternative,
    Clause,
    ParsedQuery,
    Vocabulary,
    parse_query,
    sanitize,
    words_of,
)

log = logging.getLogger(__name__)

INDEX_SCHEMA_VERSION = 1
"""Bump when the schema, the analyzers or what an entry holds change: older indexes are rebuilt."""

META_FILE = "search_meta.json"  # written last: an index without it is incomplete
VOCABULARY_FILE = "vocabulary.json"
GLOSSARY = ("glossary", "acronyms_fr.tsv")

# Scoring, all relative to a plain match of a word's stem (1.0).
DERIVATION_BOOST = 0.6  # rénover -> rénovation
OCR_BOOST = 0.5  # pôle -> Pdle, P6le
RAW_BOOST = 0.8  # the word as typed, found only in the raw OCR text
ACRONYM_BOOST = 0.8  # GHT <-> groupement hospitalier de territoire
TIE_BREAK = 0.2
INTENT_FACTOR = 2.0  # a hit of the kind the query names ("téléphone" -> contact)
TITLE_FACTOR = 2.0  # up to x3 when every query word is in the hit's title
RELAXED_FACTOR = 0.5  # hits that match only some of the words
MAX_VARIANTS = 8
SNIPPET_CHARS = 220
CANDIDATES = 60


_NOTHING = Term("text", "\x00")  # a term no text holds: a word the index does not know


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
        exact=TEXT(analyzer=FrenchFoldingAnalyzer(), phrase=True),
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
    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    if any(target_dir.iterdir()):
        raise FileExistsError(f"{target_dir} is not empty")
    editions = list(editions)
    entries = [(info, entry) for info, outline in editions for entry in _entries(outline)]
    total = len(entries)
    report(on_progress, Phase.INDEX, 0, total)
    index = whoosh_index.create_in(str(target_dir), _schema())
    writer = index.writer(limitmb=128)
    counts = _VocabularyCounts()
    try:
        for done, (info, entry) in enumerate(entries, 1):
            writer.add_document(**_fields(info, entry, counts))
            if done % 64 == 0:
                report(on_progress, Phase.INDEX, done, total)
        writer.commit()
        _write_json(target_dir / VOCABULARY_FILE, counts.to_json())
        _write_json(target_dir / META_FILE, _meta(editions, total))
    except BaseException:
        with contextlib.suppress(Exception):
            writer.cancel()
        index.close()
        _empty_folder(target_dir)
        raise
    index.close()
    report(on_progress, Phase.INDEX, total, total)


def _fields(info: DocumentInfo, entry: _Entry, counts: _VocabularyCounts) -> dict[str, Any]:
    searchable = f"{entry.text}\n{entry.keywords}" if entry.keywords else entry.text
    clean_words = counts.add(searchable)
    ocr_words = [w for w in dict.fromkeys(analyze(entry.raw, stemmed=False)) if w not in clean_words]
    counts.add_ocr(ocr_words)
    return {
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
        "ocr": " ".join(ocr_words),
    }


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
    for figure in outline.figures:
        if figure.passage_id:
            keywords.setdefault(figure.passage_id, []).append(f"{figure.value} {figure.unit}")
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
    """Document frequencies and written forms of the words, gathered while building."""

    words: Counter[str] = field(default_factory=Counter)
    ocr: Counter[str] = field(default_factory=Counter)
    surfaces: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, text: str) -> set[str]:
        seen: set[str] = set()
        for match in TOKEN_PATTERN.finditer(text):
            surface = match.group(0)
            folded = normalize_word(surface)
            if not folded:
                continue
            if folded not in seen:
                seen.add(folded)
                self.words[folded] += 1
            forms = self.surfaces.get(folded)
            if forms is None:
                forms = self.surfaces[folded] = Counter()
            # the parts of an e-mail address or a web address do not say how a word is written
            forms[surface] += 0 if _in_address(text, match.start(), match.end()) else 1
        return seen

    def add_ocr(self, words: list[str]) -> None:
        self.ocr.update(words)

    def to_json(self) -> dict[str, Any]:
        words = {}
        for folded, frequency in self.words.items():
            forms = self.surfaces[folded]
            display = _display_form(forms)
            words[folded] = [frequency, display, int(all(form.isupper() for form in forms))]
        return {"words": words, "ocr": dict(self.ocr)}


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


def _meta(editions: list[tuple[DocumentInfo, Outline]], total: int) -> dict[str, Any]:
    return {
        "schema_version": INDEX_SCHEMA_VERSION,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "entries": total,
        "editions": [
            {"doc_id": info.id, "version": info.version, "title": info.title} for info, _outline in editions
        ],
        "acronyms": sorted(
            {(a.short, a.long) for _info, outline in editions for a in outline.acronyms if a.short and a.long}
        ),
    }


def _write_json(path: Path, data: Any) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    os.replace(temporary, path)


def _empty_folder(folder: Path) -> None:
    for child in folder.iterdir():
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


@dataclass
class _Matched:
    """The index terms a query can match, to find the matched words of a passage."""

    stems: set[str] = field(default_factory=set)
    folded: set[str] = field(default_factory=set)

    def matches(self, folded: str, stemmed: str) -> bool:
        return folded in self.folded or stemmed in self.stems


@dataclass
class _Candidate:
    docnum: int
    score: float
    fields: dict[str, Any]
    relaxed: bool = False


class SearchIndex:
    """An open index. Use `SearchIndex.open(folder)`; close it, or use it as a context manager."""

    def __init__(self, index_dir: Path, index: Any, meta: dict[str, Any], vocabulary: dict[str, Any]) -> None:
        self.index_dir = index_dir
        self._index = index
        self._searcher: Any = index.searcher()
        self._lock = threading.Lock()
        self.meta = meta
        words = vocabulary.get("words", {})
        self._display = {word: info[1] for word, info in words.items()}
        self._caps_only = {word for word, info in words.items() if info[2]}
        self._vocabulary = Vocabulary(
            {word: info[0] for word, info in words.items()},
            vocabulary.get("ocr", {}),
            stems={stem(word) for word in words},
        )
        self._acronyms = Acronyms.from_pairs([*map(tuple, meta.get("acronyms", [])), *read_glossary()])

    # -- opening and closing

    @classmethod
    def open(cls, index_dir: Path) -> SearchIndex:
        """Open the index in `index_dir`; raise `IndexUnusable` if it is missing, corrupt or outdated."""
        index_dir = Path(index_dir)
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
        try:
            vocabulary = json.loads((index_dir / VOCABULARY_FILE).read_text(encoding="utf-8"))
            index = _open_whoosh(index_dir)
            try:
                instance = cls(index_dir, index, meta, vocabulary)
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
        return int(self.meta.get("entries", 0))

    # -- vocabulary and suggestions

    def vocabulary(self) -> tuple[str, ...]:
        """The words of the cleaned texts as written (one form per word), most frequent first."""
        words = self._vocabulary.words
        ranked = sorted(words, key=lambda word: (-words[word], word))
        return tuple(self._display.get(word, word) for word in ranked if not word[:1].isdigit())

    def suggest(self, query: str) -> str | None:
        """ "Vouliez-vous dire …": the query with each unknown word replaced by the closest word of
        the documents, or None when every word is known (or nothing better is found)."""
        text = sanitize(query)
        changed = False

        def replace(match: re.Match[str]) -> str:
            nonlocal changed
            surface = match.group(0)
            folded = normalize_word(surface)
            if not folded or self._is_acronym(surface, folded):
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
    ) -> SearchResult:
        """Ranked passages for `query` (any string), optionally only of one document, kind or axis."""
        started = time.perf_counter()
        with self._lock:
            if self._searcher is None:
                raise IndexUnusable(IndexProblem.CLOSED, self.index_dir)
            hits, total = self._search_safely(query, doc_id, kind, axis, max(1, limit))
            try:
                suggestion = self.suggest(query)
            except Exception:
                log.exception("no suggestion for %r", query[:200])
                suggestion = None
        took_ms = (time.perf_counter() - started) * 1000
        return SearchResult(
            query=query, total=total, took_ms=took_ms, hits=tuple(hits), suggestion=suggestion
        )

    def _search_safely(
        self, query: str, doc_id: str | None, kind: PassageKind | str | None, axis: int | None, limit: int
    ) -> tuple[list[SearchHit], int]:
        """Search; should anything go wrong, search the plain words; then give up with no hits."""
        try:
            return self._search(parse_query(query), doc_id, kind, axis, limit)
        except Exception:
            log.exception("query failed, retrying as plain words: %r", query[:200])
        try:
            return self._search(_plain_words(query), doc_id, kind, axis, limit)
        except Exception:
            log.exception("plain-word query failed: %r", query[:200])
            return [], 0

    def _search(
        self,
        parsed: ParsedQuery,
        doc_id: str | None,
        kind: PassageKind | str | None,
        axis: int | None,
        limit: int,
    ) -> tuple[list[SearchHit], int]:
        matched = _Matched()
        clause_queries = self._clause_queries(parsed.clauses, matched)
        intent = [self._word_query(word, matched) for word in parsed.intent_words]
        intent = [q for q in intent if q is not None]
        filters = self._filters(parsed, doc_id, kind, axis)
        if filters is None:
            return [], 0
        if clause_queries:
            strict: Query = And(clause_queries) if len(clause_queries) > 1 else clause_queries[0]
            relaxed: Query | None = Or(clause_queries) if len(clause_queries) > 1 else None
        elif intent or parsed.intent_kinds:
            strict = Or([*intent, *(Term("kind", k.value) for k in parsed.intent_kinds)])
            relaxed = None
        elif filters is not NullQuery and (parsed.kind or parsed.axis is not None or parsed.doc_id):
            strict, relaxed = Every(), None
        else:
            return [], 0
        excluded = self._excluded_query(parsed)
        strict, relaxed = (self._refine(q, intent, excluded) for q in (strict, relaxed))
        title_stems = [self._clause_stems(clause) for clause in parsed.clauses]

        filter_query = filters if filters is not NullQuery else None
        # optimize=False: no block skipping, so the collector counts every match in the same pass
        results = self._searcher.search(strict, limit=CANDIDATES, filter=filter_query, optimize=False)
        total = len(results)
        candidates = [_Candidate(hit.docnum, hit.score, hit.fields()) for hit in results]
        if relaxed is not None and len(candidates) < limit:
            seen = {c.docnum for c in candidates}
            more = self._searcher.search(relaxed, limit=CANDIDATES, filter=filter_query, optimize=False)
            total = max(total, len(more))
            candidates += [
                _Candidate(h.docnum, h.score, h.fields(), True) for h in more if h.docnum not in seen
            ]
        ranked = self._rank(candidates, parsed, title_stems)[:limit]
        return [self._hit(candidate, matched) for candidate in ranked], total

    @staticmethod
    def _refine(query: Query | None, intent: list[Query], excluded: Query | None) -> Query | None:
        if query is None:
            return None
        if intent:
            query = AndMaybe(query, Or(intent) if len(intent) > 1 else intent[0])
        if excluded is not None:
            query = AndNot(query, excluded)
        return query

    def _filters(
        self, parsed: ParsedQuery, doc_id: str | None, kind: PassageKind | str | None, axis: int | None
    ) -> Query | None:
        """The filter query (NullQuery for none), or None when the filters contradict each other."""
        terms: list[Query] = []
        kinds = {_kind_value(k) for k in (kind, parsed.kind) if k is not None}
        if "" in kinds:
            return None  # an unknown kind: nothing is of that kind
        axes = {a for a in (axis, parsed.axis) if a is not None}
        if len(kinds) > 1 or len(axes) > 1:
            return None
        terms += [Term("kind", k) for k in kinds] + [Term("axis", str(a)) for a in axes]
        if doc_id is not None:
            terms.append(Term("doc_id", doc_id))
        if parsed.doc_id:
            prefixed = [
                e["doc_id"] for e in self.meta.get("editions", []) if e["doc_id"].startswith(parsed.doc_id)
            ]
            if not prefixed:
                return None
            terms.append(Or([Term("doc_id", d) for d in prefixed]))
        if not terms:
            return NullQuery
        return And(terms) if len(terms) > 1 else terms[0]

    # -- building the Whoosh query

    def _clause_queries(self, clauses: tuple[Clause, ...], matched: _Matched) -> list[Query]:
        queries: list[Query] = []
        index = 0
        while index < len(clauses):
            merged = self._acronym_of_expansion(clauses, index, matched)
            if merged is not None:
                query, index = merged
                queries.append(query)
                continue
            query = self._clause_query(clauses[index], matched)
            if query is not None:
                queries.append(query)
            index += 1
        return queries

    def _acronym_of_expansion(
        self, clauses: tuple[Clause, ...], start: int, matched: _Matched
    ) -> tuple[Query, int] | None:
        """Consecutive plain words spelling out a known acronym also match the acronym itself."""
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
            parts = [self._clause_query(c, matched) for c in clauses[start : start + end]]
            matched.folded.add(short)
            whole = And([p for p in parts if p is not None])
            return DisjunctionMax([whole, Term("exact", short, boost=ACRONYM_BOOST)]), start + end
        return None

    def _clause_query(self, clause: Clause, matched: _Matched) -> Query | None:
        queries = [self._alternative_query(a, matched) for a in clause.alternatives]
        queries = [q for q in queries if q is not None]
        if not queries:
            return None
        return queries[0] if len(queries) == 1 else DisjunctionMax(queries, tiebreak=TIE_BREAK)

    def _alternative_query(self, alternative: Alternative, matched: _Matched) -> Query | None:
        if alternative.quoted:
            words = [normalize_word(w) for w in alternative.words]
            words = [w for w in words if w]
            matched.folded.update(words)
            if not words:
                return None
            return Term("exact", words[0]) if len(words) == 1 else Phrase("exact", words)
        if len(alternative.words) == 1:
            return self._word_query(alternative.words[0], matched)
        words = [normalize_word(w) for w in alternative.words]
        words = [w for w in words if w]
        matched.folded.update(words)
        return Phrase("exact", words) if len(words) > 1 else None

    def _word_query(self, word: str, matched: _Matched) -> Query | None:
        folded = normalize_word(word)
        if not folded:
            return None
        stemmed = stem(folded)
        matched.stems.add(stemmed)
        matched.folded.add(folded)
        vocabulary = self._vocabulary
        queries: list[Query] = []  # only terms the index holds: each absent term costs a lookup
        if stemmed in vocabulary.stems:
            queries.append(Term("text", stemmed))
        if folded in vocabulary.ocr_words:
            queries.append(Term("ocr", folded, boost=RAW_BOOST))
        for derived in vocabulary.derivations(stemmed)[:MAX_VARIANTS]:
            matched.stems.add(derived)
            queries.append(Term("text", derived, boost=DERIVATION_BOOST))
        for variant in vocabulary.ocr_variants(folded, limit=MAX_VARIANTS):
            matched.folded.add(variant.word)
            field_name = "exact" if variant.word in vocabulary.words else "ocr"
            queries.append(Term(field_name, variant.word, boost=OCR_BOOST))
        if self._is_acronym(word, folded):
            for expansion in self._acronyms.expansions[folded]:
                if all(part in vocabulary.stems for part in expansion):
                    matched.stems.update(expansion)
                    queries.append(And([Term("text", part) for part in expansion], boost=ACRONYM_BOOST))
        if not queries:
            return _NOTHING  # not NullQuery: And() would drop it and match without this word
        return queries[0] if len(queries) == 1 else DisjunctionMax(queries, tiebreak=TIE_BREAK)

    def _is_acronym(self, surface: str, folded: str) -> bool:
        """An acronym of the glossary or the documents, typed as one ("ZAN"), or typed in lowercase
        when the documents only ever write it in capitals ("ght")."""
        if folded not in self._acronyms.expansions:
            return False
        if sum(ch.isupper() for ch in surface) >= 2:
            return True
        return folded in self._caps_only or folded not in self._vocabulary.words

    def _excluded_query(self, parsed: ParsedQuery) -> Query | None:
        queries: list[Query] = []
        for alternative in parsed.excluded:
            words = [w for w in (normalize_word(w) for w in alternative.words) if w]
            if len(words) > 1:
                queries.append(Phrase("exact", words))
            elif words and alternative.quoted:
                queries.append(Term("exact", words[0]))
            elif words:
                queries += [Term("text", stem(words[0])), Term("exact", words[0])]
        return Or(queries) if queries else None

    @staticmethod
    def _clause_stems(clause: Clause) -> set[str]:
        stems: set[str] = set()
        for alternative in clause.alternatives:
            stems.update(analyze(alternative.text))
        return stems

    # -- ranking and results

    def _rank(
        self, candidates: list[_Candidate], parsed: ParsedQuery, title_stems: list[set[str]]
    ) -> list[_Candidate]:
        intent = {k.value for k in parsed.intent_kinds}
        for candidate in candidates:
            factor = 1.0
            if candidate.fields.get("kind") in intent:
                factor *= INTENT_FACTOR
            if title_stems:
                title = _title_stems(candidate.fields.get("title") or "")
                share = sum(1 for stems in title_stems if stems & title) / len(title_stems)
                factor *= 1.0 + TITLE_FACTOR * share
            candidate.score *= factor
        strict = sorted((c for c in candidates if not c.relaxed), key=lambda c: (-c.score, c.docnum))
        relaxed = sorted((c for c in candidates if c.relaxed), key=lambda c: (-c.score, c.docnum))
        floor = strict[-1].score if strict else None
        for candidate in relaxed:
            candidate.score *= RELAXED_FACTOR
            if floor is not None:
                candidate.score = min(candidate.score, floor * 0.99)
        return strict + relaxed

    def _hit(self, candidate: _Candidate, matched: _Matched) -> SearchHit:
        fields = candidate.fields
        body = fields.get("body") or ""
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
            score=round(candidate.score, 4),
            snippet=snippet,
            snippet_html=snippet_html,
            passage_id=fields.get("passage_id") or "",
            section_id=fields.get("section_id"),
            terms=terms,
        )


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


def matched_spans(text: str, matched: _Matched) -> list[tuple[int, int]]:
    """The (start, end) of every word of `text` that the query matched."""
    spans = []
    folded_terms, stems = matched.folded, matched.stems
    for match in TOKEN_PATTERN.finditer(text):
        folded = normalize_word(match.group(0))
        if folded and (folded in folded_terms or stem(folded) in stems):
            spans.append(match.span())
    return spans


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
