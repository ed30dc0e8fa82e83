"""Where a note sits, said by content: the quoted text and a little context on each side.

A passage id (``p4.12``) changes from one edition to the next, so a note is anchored by what it
quotes: the quote, up to `CONTEXT` characters before and after it (fewer when the quote is near the
start or the end of its passage: a short context says "at the start" or "at the end"), the kind of
passage and where it was (page, section, axis), for tie-breaks.

`place_anchor(anchor, passages)` finds it again in another edition:

1. every passage holding the quote as is (case, accents, curly apostrophes and spaces ignored);
2. failing that, the region of each passage that looks most like the quote with its context
   (rapidfuzz's partial alignment), and in it the stretch most like the quote;

then scores each place by how much the quote *with its context* looks like the text there (the
context's extent included: a quote that covered a whole passage must cover a whole passage again),
and keeps the best one if it scores `REATTACH_MATCH` or more. Below that, nothing: the caller keeps
the note where it was and marks it « à revoir ».
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from artois_reader.core.document import Passage

CONTEXT = 40
"""Characters of context kept on each side of a quote."""

REATTACH_MATCH = 90.0
"""Least score (0-100) for a note to move to a place in the new edition by itself.

Measured on the CRTE (tests/core/test_anchors.py), quotes of 6 to 100 characters and whole
passages: when the note's passage is gone from the new edition, no other place scores above 85
(only copies of the same words in another section, which `SECTION_PENALTY` holds back); when one
word of the quote changed, its place scores 94.7 or more.
"""

SHORT_QUOTE = 25
"""Quotes shorter than this must keep their place at the start or end of a passage (see `_window_score`)."""

KIND_PENALTY = 10.0
"""Taken off the score of a place in a passage of another kind (a project item quoted in a paragraph)."""

SECTION_PENALTY = 15.0
"""Taken off the score of a place outside the note's section (its counterpart in the new edition):
a heading or a sentence repeated in several sections ("Exemples de projets") whose own copy was
removed must not pull the note into another section. A paragraph moved to another section is left
« à revoir »."""


class Placement(enum.StrEnum):
    """How a note was put where it is."""

    NEW = "new"  # written on this edition
    EXACT = "exact"  # the quote and its context, as they were
    QUOTE = "quote"  # the quote as it was, its context changed
    FUZZY = "fuzzy"  # the quote changed a little
    MANUAL = "manual"  # the user put it there


@dataclass(frozen=True)
class Anchor:
    passage_id: str
    page: int
    kind: str  # PassageKind value
    quote: str
    prefix: str = ""
    suffix: str = ""
    section_id: str | None = None
    section_title: str = ""
    axis: int | None = None


@dataclass(frozen=True)
class Place:
    """Where an anchor was found: a passage, the quote's span in its text, and how sure we are."""

    passage: Passage
    start: int
    end: int
    score: float
    placement: Placement

    @property
    def quote(self) -> str:
        return self.passage.text[self.start : self.end]


class AnchorError(ValueError):
    """A quote that is not in its passage."""


def fold_chars(text: str) -> str:
    """Lower case without accents, straight apostrophes and quotes, all spaces as " ": one character
    for one character, so offsets in the folded text are offsets in the text."""
    return "".join(_fold_char(char) for char in text)


_SAME = {"’": "'", "‘": "'", "`": "'", "´": "'", "«": '"', "»": '"', "“": '"', "”": '"', "„": '"'}


def _fold_char(char: str) -> str:
    if char.isspace():
        return " "
    if char in _SAME:
        return _SAME[char]
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


def make_anchor(
    passage: Passage, *, quote: str | None = None, start: int | None = None, section_title: str = ""
) -> Anchor:
    """The anchor of a note on `passage`: on the whole passage, or on `quote` inside it (its first
    occurrence at or after `start`; case, accents and spacing ignored). Raises `AnchorError`."""
    text = passage.text
    if quote is None or not quote.strip():
        begin, end = 0, len(text)
    else:
        wanted = " ".join(quote.split())
        begin = fold_chars(text).find(fold_chars(wanted), start or 0)
        if begin < 0:
            raise AnchorError(f"{quote!r} is not in passage {passage.id}")
        end = begin + len(wanted)
    return Anchor(
        passage_id=passage.id,
        page=passage.page,
        kind=str(passage.kind),
        quote=text[begin:end],
        prefix=text[max(0, begin - CONTEXT) : begin],
        suffix=text[end : end + CONTEXT],
        section_id=passage.section_id,
        section_title=section_title,
        axis=passage.axis,
    )


def locate(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """The span of the anchor's quote in `text` (the passage it is attached to), for highlighting."""
    folded, quote = fold_chars(text), fold_chars(anchor.quote)
    spans = []
    position = folded.find(quote)
    while position >= 0 and quote:
        spans.append((position, position + len(quote)))
        position = folded.find(quote, position + 1)
    if not spans:
        return None
    return max(spans, key=lambda span: _window_score(anchor, folded, *span))


def place_anchor(
    anchor: Anchor,
    passages: Sequence[Passage],
    *,
    in_section: Callable[[Passage], bool] | None = None,
    threshold: float = REATTACH_MATCH,
) -> Place | None:
    """The best place for `anchor` among `passages` (another edition's), or None if none is sure.

    `in_section(passage)` says whether a passage lies in the note's section (its counterpart in that
    edition); places elsewhere lose `SECTION_PENALTY`. Ties go to the same axis, then the nearest page.
    """
    places = candidate_places(anchor, passages)
    if in_section is not None:
        places = [
            place
            if in_section(place.passage)
            else replace(place, score=max(place.score - SECTION_PENALTY, 0.0))
            for place in places
        ]
    if not places:
        return None

    def rank(place: Place) -> tuple[float, int, int]:
        same_axis = int(place.passage.axis == anchor.axis)
        return (round(place.score, 1), same_axis, -abs(place.passage.page - anchor.page))

    best = max(places, key=rank)
    return best if best.score >= threshold else None


def candidate_places(anchor: Anchor, passages: Sequence[Passage]) -> list[Place]:
    """Each passage's best place for the anchor, with its score (see the module docstring)."""
    quote = fold_chars(anchor.quote)
    if not quote.strip():
        return []
    exact = [
        (passage, span) for passage in passages for span in _occurrences(quote, fold_chars(passage.text))
    ]
    if exact:
        return [_scored(anchor, passage, *span, exact=True) for passage, span in exact]
    places = []
    for passage in passages:
        span = _fuzzy_span(anchor, fold_chars(passage.text))
        if span is not None:
            places.append(_scored(anchor, passage, *span, exact=False))
    return places


def _occurrences(quote: str, text: str) -> list[tuple[int, int]]:
    spans = []
    position = text.find(quote)
    while position >= 0:
        spans.append((position, position + len(quote)))
        position = text.find(quote, position + 1)
    return spans


def _fuzzy_span(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Where the quote most likely sits in `text`: the region most like quote-with-context, then
    the stretch of that region most like the quote."""
    if not text.strip():
        return None
    evidence = fold_chars(anchor.prefix + anchor.quote + anchor.suffix)
    if len(evidence) <= len(text):
        region = fuzz.partial_ratio_alignment(evidence, text)
        begin, end = region.dest_start, region.dest_end
    else:
        begin, end = 0, len(text)
    quote = fold_chars(anchor.quote)
    inner = text[begin:end]
    if len(quote) <= len(inner):
        found = fuzz.partial_ratio_alignment(quote, inner)
        return begin + found.dest_start, begin + found.dest_end
    return begin, end


def _scored(anchor: Anchor, passage: Passage, start: int, end: int, *, exact: bool) -> Place:
    folded = fold_chars(passage.text)
    score = _window_score(anchor, folded, start, end)
    if passage.kind != anchor.kind:
        score -= KIND_PENALTY
    placement = Placement.FUZZY
    if exact:
        placement = Placement.EXACT if score >= 100 else Placement.QUOTE
    return Place(passage, start, end, max(score, 0.0), placement)


def _window_score(anchor: Anchor, folded: str, start: int, end: int) -> float:
    """How much the quote with its context looks like the text around [start, end).

    The window takes as much text on each side as the anchor has context. For a short quote whose
    context was cut by an end of its passage (it started or ended the passage), the window runs to
    that end of the new passage: "Exemples de projets", a heading, must be a heading again, not
    three words inside another paragraph.
    """
    short = len(anchor.quote) < SHORT_QUOTE
    left = max(0, start - len(anchor.prefix))
    right = min(len(folded), end + len(anchor.suffix))
    if short and len(anchor.prefix) < CONTEXT:
        left = 0
    if short and len(anchor.suffix) < CONTEXT:
        right = len(folded)
    evidence = fold_chars(anchor.prefix + anchor.quote + anchor.suffix)
    return fuzz.ratio(" ".join(evidence.split()), " ".join(folded[left:right].split()))
