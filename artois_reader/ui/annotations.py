"""Notes in the window: the library's note store, notes written on a selection of the reader, and the
highlights that show them.

The store (`core.notes.NoteStore`, ``HOME/notes.sqlite``) is opened when first needed: a library
without notes keeps no notes file, and the start of the window never waits for SQLite or for the
anchoring code (rapidfuzz). Once the window shows, `Notebook.start` opens an existing store in the
background and catches up with editions ingested meanwhile (`sync_notes`).

The reader shows rendered HTML, not the passage's text as stored: whitespace is collapsed, a box has a
label before its text. So quotes are matched, both ways, by their words (accents, case, apostrophes
and spacing ignored: `core.anchors.fold_chars` keeps one character for one, so offsets carry over)
within the stretch of the reader's text that belongs to the passage. These functions are pure.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from artois_reader.ui.tasks import Task

log = logging.getLogger(__name__)

NOTES_FILE = "notes.sqlite"  # core.notes.NOTES_FILE, without importing it at start


def _fold(text: str) -> str:
    from artois_reader.core.anchors import fold_chars

    return fold_chars(text)


def _pattern(quote: str) -> re.Pattern[str] | None:
    words = _fold(quote).split()
    return re.compile(r"\s+".join(re.escape(word) for word in words)) if words else None


def find_quote(segment: str, quote: str, near: int = 0) -> tuple[int, int] | None:
    """Where `quote` is in `segment` (words as written, spacing free), the occurrence nearest `near`."""
    pattern = _pattern(quote)
    if pattern is None:
        return None
    spans = [match.span() for match in pattern.finditer(_fold(segment))]
    return min(spans, key=lambda span: abs(span[0] - near)) if spans else None


@dataclass(frozen=True)
class Selection:
    """A selection of the reader's text, cut to the passage it starts in."""

    passage_id: str
    quote: str  # the words selected, spacing normalised
    occurrence: int  # how many times the same words come before it in the passage (0: the first)


def selection_in_passage(segment: str, start: int, end: int, passage_id: str) -> Selection | None:
    """The selection [start, end) of a passage's `segment` of the reader's text (offsets in the segment;
    past its end, the selection is cut there), widened to whole words (a drag that starts or ends
    inside a word takes the word). None when nothing but spaces is selected."""
    start, end = max(0, start), min(len(segment), end)
    while 0 < start < end and segment[start - 1].isalnum() and segment[start].isalnum():
        start -= 1
    while start < end < len(segment) and segment[end - 1].isalnum() and segment[end].isalnum():
        end += 1
    quote = " ".join(segment[start:end].split())
    pattern = _pattern(quote)
    if not quote or pattern is None:
        return None
    before = sum(1 for match in pattern.finditer(_fold(segment)) if match.start() < start)
    return Selection(passage_id, quote, before)


def quote_start(passage_text: str, selection: Selection) -> int | None:
    """The offset in the stored passage text of the selected occurrence (None: the words differ)."""
    pattern = _pattern(selection.quote)
    if pattern is None:
        return None
    starts = [match.start() for match in pattern.finditer(_fold(passage_text))]
    if not starts:
        return None
    return starts[min(selection.occurrence, len(starts) - 1)]


@dataclass(frozen=True)
class NoteSpan:
    """A note's highlight in the reader: document positions, and what to say on hover."""

    start: int
    end: int
    note_id: int
    text: str
    review: bool


def note_spans(
    segments: dict[str, tuple[int, str]], notes: list[Any], passage_text: Callable[[str], str | None]
) -> list[NoteSpan]:
    """Highlights for `notes` whose passage is shown: `segments` maps a passage id to (the position
    of its stretch in the reader's text, that stretch); `passage_text(id)` gives the stored text."""
    from artois_reader.core.anchors import locate

    spans = []
    for note in notes:
        shown = segments.get(note.passage_id)
        if shown is None:
            continue
        offset, segment = shown
        stored = passage_text(note.passage_id)
        where = locate(note.anchor, stored) if stored else None
        found = find_quote(segment, note.quote, where[0] if where else 0)
        if found is None:
            continue
        spans.append(NoteSpan(offset + found[0], offset + found[1], note.id, note.text, note.needs_review))
    return spans


class Notebook(QObject):
    """The window's handle on the library's notes. `changed` after any change (the panes refresh)."""

    changed = Signal()
    synced = Signal(object)  # list[Reattachment] of the catch-up at start (announced by the window)

    def __init__(self, home: Path, open_library: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self._open_library = open_library
        self._store: Any = None
        self._by_edition: dict[str, list[Any]] = {}

    @property
    def is_open(self) -> bool:
        """Whether the store is open (the highlights are shown only then: opening it at start would
        cost the first paint SQLite and the anchoring code)."""
        return self._store is not None

    @property
    def exists(self) -> bool:
        return self._store is not None or (self.home / NOTES_FILE).is_file()

    def store(self, *, create: bool = False) -> Any:
        """The open store; None when the library has no notes yet and `create` is False."""
        if self._store is None and (create or (self.home / NOTES_FILE).is_file()):
            from artois_reader.core.notes import NoteStore

            self._store = NoteStore.open(self.home)
        return self._store

    def start(self) -> None:
        """After the window shows: open the notes (if any) and catch up with new editions, off the
        GUI thread; then the reader's highlights and the notes pane are refreshed."""
        if not (self.home / NOTES_FILE).is_file():
            return

        def work(_progress: object) -> Any:
            from artois_reader.core.notes import NoteStore, sync_notes

            store = self._store or NoteStore.open(self.home)
            library = self._open_library()
            try:
                return store, sync_notes(library, store)
            finally:
                library.close()

        task = Task(work, self)
        task.succeeded.connect(self._on_started)
        task.failed.connect(lambda error: log.warning("the notes could not be opened: %s", error))
        task.start()

    def _on_started(self, result: tuple[Any, list[Any]]) -> None:
        store, reattached = result
        if self._store is None:
            self._store = store
        elif store is not self._store:
            store.close()
        self._by_edition.clear()
        self.changed.emit()
        if any(r.moved or r.review for r in reattached):
            self.synced.emit(reattached)

    def notes_of(self, edition_id: str) -> list[Any]:
        """The notes attached to (or left « à revoir » on) an edition, cached until a change."""
        if edition_id not in self._by_edition:
            store = self.store()
            self._by_edition[edition_id] = store.list(edition_id=edition_id) if store is not None else []
        return self._by_edition[edition_id]

    def list(self, **filters: Any) -> list[Any]:
        store = self.store()
        return store.list(**filters) if store is not None else []

    def refresh(self) -> None:
        """Forget what was read (another process may have written) and tell the panes."""
        self._by_edition.clear()
        self.changed.emit()

    def add(
        self, info: Any, outline: Any, passage_id: str, text: str, *, quote: str, start: int | None
    ) -> Any:
        from artois_reader.core.anchors import AnchorError

        store = self.store(create=True)
        try:
            note = store.add(info, outline, passage_id, text, quote=quote, start=start)
        except AnchorError:  # the words differ from the stored text (a box, a contact): the passage
            note = store.add(info, outline, passage_id, text)
        self.refresh()
        return note

    def update(self, note_id: int, text: str) -> Any:
        note = self.store(create=True).update(note_id, text)
        self.refresh()
        return note

    def delete(self, note_id: int) -> None:
        self.store(create=True).delete(note_id)
        self.refresh()

    def move(
        self, note_id: int, info: Any, outline: Any, passage_id: str, *, quote: str, start: int | None
    ) -> Any:
        from artois_reader.core.anchors import AnchorError

        store = self.store(create=True)
        try:
            note = store.move(note_id, info, outline, passage_id, quote=quote, start=start)
        except AnchorError:
            note = store.move(note_id, info, outline, passage_id)
        self.refresh()
        return note

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
