"""Notes and highlights, kept in the library (``HOME/notes.sqlite``), never inside a document.

A note is some text (empty for a plain highlight) on a passage, or on a quote inside a passage,
anchored by content (`anchors.Anchor`: the quote, ~40 characters of context on each side, and where
it was). When a new edition of a document is ingested, `follow_new_edition` moves every note of its
earlier editions to the matching passage of the new one (`anchors.place_anchor`: the quote as it was
first, then a fuzzy match with a threshold measured on the CRTE); a note that cannot be placed for
sure stays where it was, on its edition, marked « à revoir » (`NoteStatus.REVIEW`): never lost,
never silently moved to a wrong passage.

Storage: SQLite from the standard library, one transaction per change (``BEGIN IMMEDIATE``), WAL
journal when the file system allows it, a busy timeout so that the app and the command line can
write at once. ``PRAGMA user_version`` holds the schema version; a file written by a newer release
is refused rather than damaged.

The module is pure data: the UI lists `Note` objects and renders them; `notes_markdown` and
`notes_csv` export them.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from artois_reader.core.anchors import (
    CONTEXT,
    Anchor,
    AnchorError,
    PassageTexts,
    Place,
    Placement,
    fold_chars,
    make_anchor,
    place_anchor,
)
from artois_reader.core.document import DocumentInfo, Outline, Passage
from artois_reader.core.errors import LibraryError

if TYPE_CHECKING:
    from artois_reader.core.library import Library

log = logging.getLogger(__name__)

NOTES_FILE = "notes.sqlite"
SCHEMA_VERSION = 1
BUSY_TIMEOUT = 10.0
"""Seconds a writer waits for the other process's transaction before giving up."""

__all__ = [
    "NOTES_FILE",
    "AnchorError",
    "Note",
    "NoteStatus",
    "NoteStore",
    "Placement",
    "Reattachment",
    "UnknownNote",
    "follow_new_edition",
    "note_json",
    "notes_csv",
    "notes_markdown",
    "sync_notes",
]


class NoteStatus(enum.StrEnum):
    ATTACHED = "attached"  # on its passage
    REVIEW = "review"  # « à revoir »: a newer edition has no sure place for it; it stays on its own


class UnknownNote(LibraryError):
    def __init__(self, note_id: int) -> None:
        super().__init__(f"no note {note_id}")
        self.note_id = note_id


@dataclass(frozen=True)
class Note:
    id: int
    text: str  # what the user wrote; empty for a plain highlight
    document_key: str  # `library.normalise_title` of the document's title: all its editions share it
    document_title: str
    edition_id: str  # the edition it is attached to
    version: int
    anchor: Anchor
    status: NoteStatus
    placement: Placement  # how it got where it is
    score: float  # 100 when written there or found as it was
    created_at: str  # ISO 8601, UTC
    updated_at: str
    moved_from: str | None = None  # the edition it was last moved from
    axis_title: str = ""

    @property
    def passage_id(self) -> str:
        return self.anchor.passage_id

    @property
    def page(self) -> int:
        return self.anchor.page

    @property
    def axis(self) -> int | None:
        return self.anchor.axis

    @property
    def quote(self) -> str:
        return self.anchor.quote

    @property
    def needs_review(self) -> bool:
        return self.status is NoteStatus.REVIEW


@dataclass(frozen=True)
class Reattachment:
    """What `NoteStore.reattach` did for one new edition."""

    edition_id: str
    moved: tuple[Note, ...] = ()  # now on the new edition
    review: tuple[Note, ...] = ()  # left on their edition, « à revoir »


_SCHEMA = (
    """
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        text TEXT NOT NULL DEFAULT '',
        document_key TEXT NOT NULL,
        document_title TEXT NOT NULL,
        edition_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        passage_id TEXT NOT NULL,
        page INTEGER NOT NULL,
        kind TEXT NOT NULL,
        section_id TEXT,
        section_title TEXT NOT NULL DEFAULT '',
        axis INTEGER,
        axis_title TEXT NOT NULL DEFAULT '',
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'attached',
        placement TEXT NOT NULL DEFAULT 'new',
        score REAL NOT NULL DEFAULT 100,
        moved_from TEXT,
        origin_edition_id TEXT NOT NULL,
        origin_passage_id TEXT NOT NULL,
        origin_quote TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX notes_by_document ON notes (document_key)",
    "CREATE INDEX notes_by_edition ON notes (edition_id)",
    # the last edition of each document whose ingest re-attached the notes (see `sync_notes`)
    "CREATE TABLE followed (document_key TEXT PRIMARY KEY, edition_id TEXT NOT NULL)",
)

_COLUMNS = (
    "id, text, document_key, document_title, edition_id, version, passage_id, page, kind, section_id, "
    "section_title, axis, axis_title, quote, prefix, suffix, status, placement, score, moved_from, "
    "created_at, updated_at"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def document_key(title: str) -> str:
    from artois_reader.core.library import normalise_title

    return normalise_title(title)


class NoteStore:
    """The notes of one library. Open with `NoteStore.open(home)` or `NoteStore(path)`; close it."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._guard = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as error:
            raise LibraryError(f"cannot open {self.path}: {error}", read_only=True) from error
        self._db.row_factory = sqlite3.Row
        try:
            self._prepare()
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise LibraryError(f"cannot use {self.path}: {error}", read_only=_is_read_only(error)) from error

    @classmethod
    def open(cls, home: Path | str) -> NoteStore:
        return cls(Path(home) / NOTES_FILE)

    def close(self) -> None:
        with self._guard:
            self._db.close()

    def __enter__(self) -> NoteStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------------------

    def _prepare(self) -> None:
        db = self._db
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LibraryError(
                f"{self.path} was written by a newer release (schema {version} > {SCHEMA_VERSION})"
            )
        # WAL lets a reader and a writer work at once; a network or read-only folder keeps the default
        with contextlib.suppress(sqlite3.OperationalError):
            db.execute("PRAGMA journal_mode = WAL")
        if version < SCHEMA_VERSION:
            with self._transaction():
                current = db.execute("PRAGMA user_version").fetchone()[0]  # another process may have done it
                if current == 0:
                    for statement in _SCHEMA:
                        db.execute(statement)
                # later schema versions add their migrations here, one `if current < n:` each
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: BEGIN IMMEDIATE takes the write lock at once (no deadlock between two
        processes that both read first), COMMIT or ROLLBACK at the end."""
        with self._guard:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                raise LibraryError(
                    f"cannot write {self.path}: {error}", read_only=_is_read_only(error)
                ) from error
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            try:
                self._db.execute("COMMIT")
            except sqlite3.OperationalError as error:
                self._db.execute("ROLLBACK")
                raise LibraryError(
                    f"cannot write {self.path}: {error}", read_only=_is_read_only(error)
                ) from error

    # -- reading ------------------------------------------------------------------------------------

    def get(self, note_id: int) -> Note:
        with self._guard:
            row = self._db.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            raise UnknownNote(note_id)
        return _note(row)

    def list(
        self,
        *,
        document: str | None = None,
        edition_id: str | None = None,
        axis: int | None = None,
        text: str | None = None,
        status: NoteStatus | None = None,
    ) -> list[Note]:
        """Notes in reading order (document, edition, page, passage), filtered by a document title
        (any of its editions), an edition, an axis, a status, and words found in the note, its quote
        or its section title (case and accents ignored)."""
        clauses, values = [], []
        if document is not None:
            clauses.append("document_key = ?")
            values.append(document_key(document))
        if edition_id is not None:
            clauses.append("edition_id = ?")
            values.append(edition_id)
        if axis is not None:
            clauses.append("axis = ?")
            values.append(axis)
        if status is not None:
            clauses.append("status = ?")
            values.append(status.value)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._guard:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM notes{where}", values).fetchall()
        notes = [_note(row) for row in rows]
        if text:
            wanted = fold_chars(" ".join(text.split()))
            notes = [note for note in notes if wanted in _searchable(note)]
        return sorted(notes, key=_reading_order)

    def count(self) -> int:
        with self._guard:
            return int(self._db.execute("SELECT count(*) FROM notes").fetchone()[0])

    # -- writing ------------------------------------------------------------------------------------

    def add(
        self,
        info: DocumentInfo,
        outline: Outline,
        passage_id: str,
        text: str = "",
        *,
        quote: str | None = None,
        start: int | None = None,
    ) -> Note:
        """A note on a passage of an edition, or on `quote` inside it (the first occurrence at or
        after `start`, case and accents ignored). Raises `AnchorError` if the passage or the quote
        is not there."""
        passage = outline.passage(passage_id)
        if passage is None:
            raise AnchorError(f"no passage {passage_id} in edition {info.id}")
        anchor = make_anchor(
            passage, quote=quote, start=start, section_title=_section_title(outline, passage)
        )
        now = _now()
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO notes (text, document_key, document_title, edition_id, version, passage_id, "
                "page, kind, section_id, section_title, axis, axis_title, quote, prefix, suffix, status, "
                "placement, score, origin_edition_id, origin_passage_id, origin_quote, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    text.strip(),
                    document_key(info.title),
                    *_placed_columns(info, outline, anchor),
                    Placement.NEW.value,
                    100.0,
                    info.id,
                    anchor.passage_id,
                    anchor.quote,
                    now,
                    now,
                ),
            )
            note_id = int(cursor.lastrowid or 0)
        return self.get(note_id)

    def update(self, note_id: int, text: str) -> Note:
        """Change what a note says."""
        with self._transaction() as db:
            changed = db.execute(
                "UPDATE notes SET text = ?, updated_at = ? WHERE id = ?", (text.strip(), _now(), note_id)
            ).rowcount
        if not changed:
            raise UnknownNote(note_id)
        return self.get(note_id)

    def delete(self, note_id: int) -> None:
        with self._transaction() as db:
            if not db.execute("DELETE FROM notes WHERE id = ?", (note_id,)).rowcount:
                raise UnknownNote(note_id)

    def move(
        self,
        note_id: int,
        info: DocumentInfo,
        outline: Outline,
        passage_id: str,
        *,
        quote: str | None = None,
        start: int | None = None,
    ) -> Note:
        """Put a note (« à revoir » or not) on a passage the user chose; it is attached again."""
        note = self.get(note_id)
        passage = outline.passage(passage_id)
        if passage is None:
            raise AnchorError(f"no passage {passage_id} in edition {info.id}")
        anchor = make_anchor(
            passage, quote=quote, start=start, section_title=_section_title(outline, passage)
        )
        place = Place(passage, 0, 0, 100.0, Placement.MANUAL)
        with self._transaction() as db:
            _write_place(db, note, info, outline, anchor, place)
        return self.get(note_id)

    # -- following a new edition ---------------------------------------------------------------------

    def reattach(
        self,
        info: DocumentInfo,
        outline: Outline,
        *,
        earlier_outline: Callable[[str], Outline | None] | None = None,
    ) -> Reattachment:
        """Move the notes of the other editions of `info`'s document onto `info` (see the module
        docstring). `earlier_outline(edition_id)` gives an earlier edition's outline when the library
        still has it: its sections and passages are matched to the new ones (`compare.match_sections`,
        `compare.match_passages`), so that a note stays in its section even when the section was
        retitled, and moves fuzzily only into what its own passage became."""
        key = document_key(info.title)
        titles = {section.id: section.title for section in outline.sections}
        texts = PassageTexts.of(outline.passages)
        with self._guard:  # the editions the notes are on, compared before the write lock is taken
            editions = [
                row[0]
                for row in self._db.execute(
                    "SELECT DISTINCT edition_id FROM notes WHERE document_key = ? AND edition_id != ?",
                    (key, info.id),
                )
            ]
        maps = {edition_id: _counterparts(earlier_outline, edition_id, outline) for edition_id in editions}
        moved: list[Note] = []
        review: list[Note] = []
        with self._transaction() as db:
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM notes WHERE document_key = ? AND edition_id != ?", (key, info.id)
            ).fetchall()
            for note in map(_note, rows):
                if note.edition_id not in maps:  # written by another process meanwhile
                    maps[note.edition_id] = _counterparts(earlier_outline, note.edition_id, outline)
                sections, passages = maps[note.edition_id]
                in_section = _section_test(note.anchor, sections, titles)
                successor = _successor(passages, note.anchor.passage_id)
                place = place_anchor(note.anchor, texts, in_section=in_section, successor=successor)
                if place is None:
                    db.execute("UPDATE notes SET status = ? WHERE id = ?", (NoteStatus.REVIEW.value, note.id))
                    review.append(replace(note, status=NoteStatus.REVIEW))
                    continue
                anchor = _anchor_at(place, titles)
                _write_place(db, note, info, outline, anchor, place)
                moved.append(note)
            db.execute(
                "INSERT INTO followed (document_key, edition_id) VALUES (?, ?) "
                "ON CONFLICT (document_key) DO UPDATE SET edition_id = excluded.edition_id",
                (key, info.id),
            )
        moved_ids = [note.id for note in moved]
        return Reattachment(
            edition_id=info.id, moved=tuple(self.get(note_id) for note_id in moved_ids), review=tuple(review)
        )

    def follow_titles(self, titles: dict[str, str]) -> int:
        """Give the notes of each edition in `titles` (edition id -> its title in the library) that
        title and its document key, for a document renamed since. Returns how many notes changed."""
        changed = 0
        with self._guard:
            current = {
                row[0]: (row[1], row[2])
                for row in self._db.execute(
                    "SELECT DISTINCT edition_id, document_key, document_title FROM notes"
                )
            }
        stale = {
            edition_id: title
            for edition_id, title in titles.items()
            if edition_id in current and current[edition_id] != (document_key(title), title)
        }
        if not stale:
            return 0
        with self._transaction() as db:
            for edition_id, title in stale.items():
                old_key = current[edition_id][0]
                changed += db.execute(
                    "UPDATE notes SET document_key = ?, document_title = ? WHERE edition_id = ?",
                    (document_key(title), title, edition_id),
                ).rowcount
                db.execute(
                    "UPDATE OR REPLACE followed SET document_key = ? WHERE document_key = ?",
                    (document_key(title), old_key),
                )
        return changed

    def followed(self, document_title: str) -> str | None:
        """The edition of this document the notes were last re-attached to (None: never)."""
        with self._guard:
            row = self._db.execute(
                "SELECT edition_id FROM followed WHERE document_key = ?", (document_key(document_title),)
            ).fetchone()
        return row[0] if row else None

    def document_keys(self) -> set[str]:
        with self._guard:
            return {row[0] for row in self._db.execute("SELECT DISTINCT document_key FROM notes")}


def note_json(note: Note) -> dict[str, Any]:
    """A note as ``artois-reader notes --json`` prints it (docs/editions.md)."""
    return {
        "id": note.id,
        "text": note.text,
        "document": {"title": note.document_title, "edition_id": note.edition_id, "version": note.version},
        "passage_id": note.passage_id,
        "page": note.page,
        "axis": note.axis,
        "axis_title": note.axis_title,
        "section_title": note.anchor.section_title,
        "quote": note.quote,
        "prefix": note.anchor.prefix,
        "suffix": note.anchor.suffix,
        "status": note.status.value,
        "placement": note.placement.value,
        "score": note.score,
        "moved_from": note.moved_from,
        "created_at": note.created_at,
        "updated_at": note.updated_at,
    }


# --- Following the library ------------------------------------------------------------------------------


def follow_new_edition(library: Library, info: DocumentInfo) -> Reattachment | None:
    """The ingest hook: move the notes of `info`'s document onto this new edition.

    Does nothing (and creates no file) when the library has no notes. Never raises for a notes
    problem: the edition is stored already, and `sync_notes` will try again later.
    """
    path = library.home / NOTES_FILE
    if not path.is_file():
        return None
    try:
        with NoteStore(path) as store:
            return store.reattach(info, library.outline(info.id), earlier_outline=_outline_reader(library))
    except (LibraryError, sqlite3.Error, OSError) as error:
        log.warning("notes were not re-attached to %s (%s); they will be at the next start", info.id, error)
        return None


def sync_notes(library: Library, store: NoteStore) -> list[Reattachment]:
    """Catch up: for each document with notes whose newest edition the notes have not followed yet
    (an ingest whose hook could not write, a newest edition removed), re-attach them now. Notes
    of a document renamed in the library take its new title first."""
    store.follow_titles({info.id: info.title for info in library.documents()})
    done = []
    editions = library.latest_versions()
    newest = {document_key(info.title): info for info in editions}
    for key in store.document_keys():
        info = newest.get(key)
        if info is None or store.followed(info.title) == info.id:
            continue
        if not store.list(document=info.title):
            continue
        done.append(store.reattach(info, library.outline(info.id), earlier_outline=_outline_reader(library)))
    return done


def _outline_reader(library: Library) -> Callable[[str], Outline | None]:
    def read(edition_id: str) -> Outline | None:
        try:
            return library.outline(edition_id)
        except LibraryError:
            return None

    return read


# --- Helpers ------------------------------------------------------------------------------------------


def _note(row: sqlite3.Row) -> Note:
    anchor = Anchor(
        passage_id=row["passage_id"],
        page=row["page"],
        kind=row["kind"],
        quote=row["quote"],
        prefix=row["prefix"],
        suffix=row["suffix"],
        section_id=row["section_id"],
        section_title=row["section_title"],
        axis=row["axis"],
    )
    return Note(
        id=row["id"],
        text=row["text"],
        document_key=row["document_key"],
        document_title=row["document_title"],
        edition_id=row["edition_id"],
        version=row["version"],
        anchor=anchor,
        status=NoteStatus(row["status"]),
        placement=Placement(row["placement"]),
        score=float(row["score"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        moved_from=row["moved_from"],
        axis_title=row["axis_title"],
    )


def _write_place(
    db: sqlite3.Connection, note: Note, info: DocumentInfo, outline: Outline, anchor: Anchor, place: Place
) -> None:
    moved_from = note.edition_id if note.edition_id != info.id else note.moved_from
    db.execute(
        "UPDATE notes SET document_title = ?, edition_id = ?, version = ?, passage_id = ?, page = ?, "
        "kind = ?, section_id = ?, section_title = ?, axis = ?, axis_title = ?, quote = ?, prefix = ?, "
        "suffix = ?, status = ?, placement = ?, score = ?, moved_from = ?, updated_at = ? WHERE id = ?",
        (
            *_placed_columns(info, outline, anchor),
            place.placement.value,
            round(place.score, 1),
            moved_from,
            note.updated_at if place.placement is not Placement.MANUAL else _now(),
            note.id,
        ),
    )


def _anchor_at(place: Place, titles: dict[str, str]) -> Anchor:
    """The anchor of a note at a place found in a new edition: its quote and context there."""
    passage = place.passage
    text = passage.text
    return Anchor(
        passage_id=passage.id,
        page=passage.page,
        kind=str(passage.kind),
        quote=text[place.start : place.end],
        prefix=text[max(0, place.start - CONTEXT) : place.start],
        suffix=text[place.end : place.end + CONTEXT],
        section_id=passage.section_id,
        section_title=titles.get(passage.section_id or "", ""),
        axis=passage.axis,
    )


def _counterparts(
    earlier_outline: Callable[[str], Outline | None] | None, edition_id: str, outline: Outline
) -> tuple[dict[str, str], dict[str, str | None]]:
    """What the sections and the passages of an earlier edition became in `outline` (both empty when
    the library no longer has that edition: the places are then judged on their own)."""
    before = earlier_outline(edition_id) if earlier_outline is not None else None
    if before is None:
        return {}, {}
    from artois_reader.core.compare import match_passages, match_sections

    return match_sections(before, outline), match_passages(before, outline)


def _successor(successors: dict[str, str | None], passage_id: str) -> frozenset[str] | None:
    if passage_id not in successors:
        return None  # unknown
    target = successors[passage_id]
    return frozenset() if target is None else frozenset({target})


def _section_test(
    anchor: Anchor, counterparts: dict[str, str], titles: dict[str, str]
) -> Callable[[Passage], bool] | None:
    """Whether a passage of the new edition lies in the note's section: the section its old one
    became, or one with the same title. None when the note had no section (nothing to test)."""
    if anchor.section_id is None and not anchor.section_title:
        return None
    counterpart = counterparts.get(anchor.section_id or "")
    wanted = fold_chars(" ".join(anchor.section_title.split()))

    def in_section(passage: Passage) -> bool:
        if counterpart is not None and passage.section_id == counterpart:
            return True
        title = titles.get(passage.section_id or "", "")
        return bool(wanted) and fold_chars(" ".join(title.split())) == wanted

    return in_section


def _section_title(outline: Outline, passage: Passage) -> str:
    section = outline.section(passage.section_id) if passage.section_id else None
    return section.title if section else ""


def _placed_columns(info: DocumentInfo, outline: Outline, anchor: Anchor) -> tuple[object, ...]:
    """What a note attached to `anchor` in edition `info` stores about its place, in the order of the
    columns document_title, edition_id, version, passage_id, page, kind, section_id, section_title,
    axis, axis_title, quote, prefix, suffix, status (both INSERT and UPDATE name them so)."""
    return (
        info.title,
        info.id,
        info.version,
        anchor.passage_id,
        anchor.page,
        anchor.kind,
        anchor.section_id,
        anchor.section_title,
        anchor.axis,
        _axis_title(outline, anchor.axis),
        anchor.quote,
        anchor.prefix,
        anchor.suffix,
        NoteStatus.ATTACHED.value,
    )


def _axis_title(outline: Outline, axis: int | None) -> str:
    return next((item.title for item in outline.axes if item.number == axis), "") if axis is not None else ""


def _searchable(note: Note) -> str:
    return fold_chars(
        " ".join(" ".join((note.text, note.quote, note.anchor.section_title, note.axis_title)).split())
    )


def _reading_order(note: Note) -> tuple[str, int, int, int]:
    _page, _dot, number = note.passage_id.lstrip("p").partition(".")
    position = int(number) if number.isdigit() else 0
    return (note.document_key, note.page, position, note.id)


def _axis_order(note: Note) -> tuple[str, bool, int, tuple[str, int, int, int]]:
    """By document, then axis by axis (what lies outside the axes last), then in reading order."""
    return (note.document_key, note.axis is None, note.axis or 0, _reading_order(note))


def _is_read_only(error: Exception) -> bool:
    message = str(error).lower()
    return "readonly" in message or "read-only" in message or "unable to open" in message or "disk" in message


# --- Exports ---------------------------------------------------------------------------------------------

_EXPORT_WORDS = {
    "fr": {
        "title": "Notes",
        "exported": "Exportées le {date}",
        "outside": "Hors axes",
        "axis": "Axe {number}",
        "version": "version {version}",
        "page": "p.\u00a0{page}",
        "review": "À revoir\u00a0: pas de place sûre dans la dernière édition\u00a0; "
        "la note est restée sur la version {version}.",
        "highlight": "(surlignage)",
        "status.attached": "à jour",
        "status.review": "à revoir",
        "columns": "Document;Version;Édition;Page;Axe;Titre de l'axe;Section;Passage;Citation;Note;Statut;"
        "Créée le;Modifiée le",
    },
    "en": {
        "title": "Notes",
        "exported": "Exported on {date}",
        "outside": "Outside the axes",
        "axis": "Axis {number}",
        "version": "version {version}",
        "page": "p. {page}",
        "review": "To review: no sure place in the newest edition; the note stayed on version {version}.",
        "highlight": "(highlight)",
        "status.attached": "up to date",
        "status.review": "to review",
        "columns": "Document;Version;Edition;Page;Axis;Axis title;Section;Passage;Quote;Note;Status;"
        "Created;Updated",
    },
}


def _words(lang: str) -> dict[str, str]:
    return _EXPORT_WORDS["en" if lang == "en" else "fr"]


def notes_markdown(notes: Iterable[Note], *, lang: str = "fr", today: date | None = None) -> str:
    """The notes as Markdown: by document, then by axis, each with its quote and reference."""
    from artois_reader.core.exports import french_date

    words = _words(lang)
    exported = words["exported"].format(date=french_date(today or date.today(), lang))
    lines = [f"# {words['title']}", "", exported, ""]
    current_document: str | None = None
    current_axis: object = ""  # no axis yet (None is "outside the axes")
    for note in sorted(notes, key=_axis_order):
        if note.document_key != current_document:
            current_document, current_axis = note.document_key, ""
            lines += [f"## {_md_inline(note.document_title)}", ""]
        if note.axis != current_axis:
            current_axis = note.axis
            heading = words["outside"] if note.axis is None else words["axis"].format(number=note.axis)
            if note.axis is not None and note.axis_title:
                heading += f" — {note.axis_title}"
            lines += [f"### {_md_inline(heading)}", ""]
        lines += _note_markdown(note, words)
    return "\n".join(lines).rstrip("\n") + "\n"


def _note_markdown(note: Note, words: dict[str, str]) -> list[str]:
    where = [words["page"].format(page=note.page)]
    if note.anchor.section_title:
        where.append(_md_inline(note.anchor.section_title))
    where.append(f"{words['version'].format(version=note.version)} ({note.edition_id}, {note.passage_id})")
    lines = [f"- **{' · '.join(where)}**", ""]
    lines += [
        f"  > {_md_inline(line)}" if line.strip() else "  >" for line in note.quote.splitlines() or [""]
    ]
    lines.append("")
    body = note.text or words["highlight"]
    lines += [f"  {_md_inline(line)}" if line.strip() else "" for line in body.splitlines()]
    if note.needs_review:
        lines += ["", f"  *{words['review'].format(version=note.version)}*"]
    return [*lines, ""]


_MARKDOWN_SPECIALS = str.maketrans({char: "\\" + char for char in "\\`*_[]<>#|"})
_LIST_START = re.compile(r"^([-+]|\d+[.)])(\s|$)")


def _md_inline(text: str) -> str:
    """Text that Markdown shows as it is (emphasis, links, HTML, headings and list marks neutralised)."""
    escaped = text.translate(_MARKDOWN_SPECIALS)
    return "\\" + escaped if _LIST_START.match(escaped) else escaped


def notes_csv(notes: Iterable[Note], *, lang: str = "fr") -> str:
    """The notes as CSV for Excel: `;` separated, CRLF, one row per note (write with a BOM: see
    `exports.csv_bytes`)."""
    from artois_reader.core.exports import csv_text

    words = _words(lang)
    rows = [
        [
            note.document_title,
            str(note.version),
            note.edition_id,
            str(note.page),
            "" if note.axis is None else str(note.axis),
            note.axis_title,
            note.anchor.section_title,
            note.passage_id,
            note.quote,
            note.text,
            words[f"status.{note.status.value}"],
            note.created_at,
            note.updated_at,
        ]
        for note in sorted(notes, key=_axis_order)
    ]
    return csv_text(words["columns"].split(";"), rows)
