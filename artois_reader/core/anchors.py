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
import functools
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from artois_reader.core.document import Passage

CONTEXT = 40
"""Characters of context kept on each side of a quote."""

REATTACH_MATCH = 90.0
"""Least score (0-100) for a note to move to a place in the new edition by itself.

Measured on the CRTE (tests/core/test_anchors.py; notes of 6 to 100 characters at random places and
on whole passages, several random draws): when the note's passage is gone from the new edition, no
other place scores above 85 (copies of the same words in another section, held back by
`SECTION_PENALTY`); when one letter of one word of the quote changed, its place scores 92.9 or more.
90 sits between the two.
"""

SHORT_QUOTE = 25
"""Quotes shorter than this must keep their place at the start or end of a passage (see `_window_score`)."""

FUZZY_FLOOR = 70.0
"""Passages whose best stretch is less like quote-with-context than this are not scored at all."""

MIN_HOLD = 0.6
"""A passage shorter than this share of the quote cannot hold it, even edited: it is not a candidate
(else every short passage found inside the quote's context would crowd the candidates)."""

FUZZY_CANDIDATES = 10
"""How many of the passages most like quote-with-context are scored closely."""

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


@functools.lru_cache(maxsize=8192)
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


@dataclass(frozen=True)
class PassageTexts:
    """The passages of an edition with their folded texts: made once, searched for many anchors."""

    passages: tuple[Passage, ...]
    folded: tuple[str, ...]

    @classmethod
    def of(cls, passages: Sequence[Passage] | PassageTexts) -> PassageTexts:
        if isinstance(passages, PassageTexts):
            return passages
        return cls(tuple(passages), tuple(fold_chars(passage.text) for passage in passages))


def place_anchor(
    anchor: Anchor,
    passages: Sequence[Passage] | PassageTexts,
    *,
    in_section: Callable[[Passage], bool] | None = None,
    successor: frozenset[str] | None = None,
    threshold: float = REATTACH_MATCH,
) -> Place | None:
    """The best place for `anchor` among `passages` (another edition's), or None if none is sure.

    `in_section(passage)` says whether a passage lies in the note's section (its counterpart in that
    edition); places elsewhere lose `SECTION_PENALTY`. `successor`, when the comparison of the two
    editions knows it, is what the note's passage became: its id, or nothing when it was removed or
    rewritten; a place that is not the quote with its context as it was (`Placement.EXACT`) is then
    taken only in that passage, so a note never follows look-alike words into another paragraph.
    Ties go to that passage, then the same axis, then the nearest page.
    """
    places = candidate_places(anchor, passages, include=successor or frozenset())
    if in_section is not None:
        places = [
            place
            if in_section(place.passage)
            else replace(place, score=max(place.score - SECTION_PENALTY, 0.0))
            for place in places
        ]
    if successor is not None:
        places = [place for place in places if place.score >= 100 or place.passage.id in successor]
    if not places:
        return None

    def rank(place: Place) -> tuple[float, int, int, int]:
        follows = int(successor is not None and place.passage.id in successor)
        same_axis = int(place.passage.axis == anchor.axis)
        return (round(place.score, 1), follows, same_axis, -abs(place.passage.page - anchor.page))

    best = max(places, key=rank)
    return best if best.score >= threshold else None


def candidate_places(
    anchor: Anchor, passages: Sequence[Passage] | PassageTexts, *, include: frozenset[str] = frozenset()
) -> list[Place]:
    """The places worth scoring for the anchor, scored (see the module docstring): every exact
    occurrence of the quote; unless one of them is the quote with its context as it was, also the
    best fuzzy place in the passages `include` names and in the `FUZZY_CANDIDATES` passages most
    like quote-with-context (among those long enough to hold the quote)."""
    texts = PassageTexts.of(passages)
    quote = fold_chars(anchor.quote)
    if not quote.strip():
        return []
    places = [
        _scored(anchor, texts.passages[index], folded, *span, exact=True)
        for index, folded in enumerate(texts.folded)
        for span in _occurrences(quote, folded)
    ]
    if any(place.score >= 100 for place in places):
        return places
    exact = {id(place.passage) for place in places}
    evidence = fold_chars(anchor.prefix + anchor.quote + anchor.suffix)
    pool = [index for index, folded in enumerate(texts.folded) if len(folded) >= MIN_HOLD * len(quote)]
    likely = process.extract(
        evidence,
        [texts.folded[index] for index in pool],
        scorer=fuzz.partial_ratio,
        score_cutoff=FUZZY_FLOOR,
        limit=FUZZY_CANDIDATES,
    )
    chosen = [pool[position] for _text, _score, position in likely]
    chosen += [index for index, passage in enumerate(texts.passages) if passage.id in include]
    for index in dict.fromkeys(chosen):
        passage, folded = texts.passages[index], texts.folded[index]
        if id(passage) in exact:
            continue
        span = _fuzzy_span(anchor, folded)
        if span is not None:
            places.append(_scored(anchor, passage, folded, *span, exact=False))
    return places


def _occurrences(quote: str, text: str) -> list[tuple[int, int]]:
    spans = []
    position = text.find(quote)
    while position >= 0:
        spans.append((position, position + len(quote)))
        position = text.find(quote, position + 1)
    return spans


def _fuzzy_span(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Where the quote most likely sits in `text`: the region most like quote-with-context, then in
    it, where the context leaves room for the quote, the stretch most like the quote (or, if that
    scores worse with its context, the stretch right after the prefix)."""
    if not text.strip():
        return None
    evidence = fold_chars(anchor.prefix + anchor.quote + anchor.suffix)
    if len(evidence) <= len(text):
        region = fuzz.partial_ratio_alignment(evidence, text)
        begin, end = region.dest_start, region.dest_end
    else:
        begin, end = 0, len(text)
    quote = fold_chars(anchor.quote)
    slack = max(4, len(quote) // 4)
    low = max(begin, begin + len(anchor.prefix) - slack)
    high = min(end, end - len(anchor.suffix) + slack)
    spans = [(low + slack if low + slack < high else low, min(high, low + slack + len(quote)))]
    inner = text[low:high]
    if 0 < len(quote) <= len(inner):
        found = fuzz.partial_ratio_alignment(quote, inner)
        spans.append((low + found.dest_start, low + found.dest_end))
    elif inner:
        spans.append((low, high))
    spans = [(a, b) for a, b in spans if a < b]
    if not spans:
        return None
    return max(spans, key=lambda span: _window_score(anchor, text, *span))


def _scored(anchor: Anchor, passage: Passage, folded: str, start: int, end: int, *, exact: bool) -> Place:
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
