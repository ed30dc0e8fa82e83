"""Axes: announced in the introduction, developed later; the two joined by rules.

- An announcement cue ("les trois axes … ci-dessous") says how many axes follow; the next title-like
  blocks (headings, blocks that begin with ": " where OCR lost "AXE n", explicit "AXE n") are the
  axes, in order. Without a cue, explicit "AXE n" markers, or a run of ": " titles, are the axes.
  A document with none of these has no axes: none is ever invented.
- A development starts at an explicit "AXE n" marker, else at the first wide paragraph ("chapô")
  after the previous axis whose words echo the axis announcement (title and summary: cosine of
  word stems weighted by rarity) more than any later axis's, helped a little when it opens a page
  or follows an "Exemples de projets" list. Starts are in order, never before the announcements.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from artois_reader.core.document import BlockKind
from artois_reader.core.structure.items import Item, is_axis_marker
from artois_reader.core.structure.words import content_stems, fold, squash

NUMBER_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8}
_CUE = re.compile(
    r"\b(deux|trois|quatre|cinq|six|sept|huit|[2-9])\s+(?:grands?\s+|principaux\s+)?"
    r"(axes|orientations|priorites|ambitions|defis|piliers)\b"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
CUE_REACH = 40  # items after the cue in which the announced titles must sit
ECHO_STEMS = 2  # shared stems that tie a paragraph to the last announced axis
MIN_CHAPO_CHARS = 100
CHAPO_THRESHOLD = 0.22  # cosine of idf-weighted word stems, bonus included
PAGE_START_BONUS = 0.03  # a chapô often opens a page
AFTER_LIST_BONUS = 0.06  # or follows the previous axis's "Exemples de projets"


@dataclass(frozen=True)
class AxisPlan:
    number: int
    title: str
    announced_at: int | None  # index of the announcing item
    summary: tuple[int, ...]  # indexes of the announcement's summary paragraphs
    start: int | None  # index where the development starts
    title_items: tuple[int, ...] = ()  # indexes of the development's title blocks ("AXE 3", its title)


def plan_axes(items: Sequence[Item], headings: set[int], list_ends: set[int]) -> list[AxisPlan]:
    """The axes of the document, with where they are announced and developed."""
    announced = _announcements(items, headings)
    if not announced:
        return _axes_from_markers(items)
    summaries = _summaries(items, headings, announced)
    region_end = max(summaries[-1][-1:] or [announced[-1][0]]) + 1
    markers = _markers(items, region_end)
    starts = _development_starts(items, announced, summaries, markers, region_end, list_ends)
    plans = []
    for number, ((index, title), summary) in enumerate(zip(announced, summaries, strict=True), start=1):
        start, title_items, marker_title = starts.get(number, (None, (), ""))
        plans.append(AxisPlan(number, marker_title or title, index, tuple(summary), start, title_items))
    return plans


def clean_title(text: str) -> str:
    """An axis title without its "AXE n" label, leading colon or dash."""
    text = squash(text)
    text = re.sub(r"^\s*axe\s*(?:\d+|[ivx]+)\b\s*[:.\-–—]?\s*", "", text, flags=re.IGNORECASE)
    return text.lstrip(":-–— ").strip()


def _announcements(items: Sequence[Item], headings: set[int]) -> list[tuple[int, str]]:
    for item in items:
        match = _CUE.search(fold(item.text))
        if match and item.kind is not BlockKind.HEADING:
            count = NUMBER_WORDS.get(match.group(1)) or int(match.group(1))
            found = _titles_after(items, headings, item.index, count)
            if len(found) == count:
                return found
    return _colon_titles(items)


def _titles_after(items: Sequence[Item], headings: set[int], cue: int, count: int) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for item in items[cue + 1 : cue + 1 + CUE_REACH]:
        if len(found) == count:
            break
        if item.index in headings or item.text.startswith(":") or is_axis_marker(item.text):
            title = _title_of(items, item)
            if title:
                found.append((item.index, title))
    return found


def _title_of(items: Sequence[Item], item: Item) -> str:
    title = clean_title(item.text)
    if not title and is_axis_marker(item.text) and item.index + 1 < len(items):
        title = clean_title(items[item.index + 1].text)
    return title


def _colon_titles(items: Sequence[Item]) -> list[tuple[int, str]]:
    """Two or more blocks that begin with ": " and a capital: announcements whose label OCR lost."""
    found = [
        (item.index, clean_title(item.text))
        for item in items
        if re.match(r"^:\s*[\"“«]?\s*[A-ZÀ-Ý]", item.text) and len(item.text) < 250
    ]
    return found if len(found) >= 2 else []


def _summaries(
    items: Sequence[Item], headings: set[int], announced: list[tuple[int, str]]
) -> list[list[int]]:
    """The paragraphs under each announcement: up to the next one; for the last, while they echo it."""
    summaries = []
    for position, (index, title) in enumerate(announced):
        if position + 1 < len(announced):
            summaries.append(list(range(index + 1, announced[position + 1][0])))
            continue
        summary: list[int] = []
        stems = content_stems(title)
        for item in items[index + 1 :]:
            if item.index in headings or (summary and len(stems & content_stems(item.text)) < ECHO_STEMS):
                break
            summary.append(item.index)
        summaries.append(summary)
    return summaries


def _markers(items: Sequence[Item], region_end: int) -> dict[int, tuple[int, tuple[int, ...], str]]:
    """Explicit "AXE n" blocks after the announcements: number -> (start, title items, title)."""
    found = {}
    for item in items[region_end:]:
        match = is_axis_marker(item.text)
        if not match:
            continue
        number = _number(match.group(1))
        title_items: tuple[int, ...] = (item.index,)
        title = clean_title(item.text)
        if not title and item.index + 1 < len(items):
            title = clean_title(items[item.index + 1].text)
            title_items += (item.index + 1,)
        if number and number not in found:
            found[number] = (item.index, title_items, title)
    return found


def _number(label: str) -> int:
    return int(label) if label.isdigit() else _ROMAN.get(label.lower(), 0)


def _development_starts(
    items: Sequence[Item],
    announced: list[tuple[int, str]],
    summaries: list[list[int]],
    markers: dict[int, tuple[int, tuple[int, ...], str]],
    region_end: int,
    list_ends: set[int],
) -> dict[int, tuple[int, tuple[int, ...], str]]:
    starts = {n: found for n, found in markers.items() if n <= len(announced)}
    idf = _rarity(items)
    profiles = [
        _weights(content_stems(" ".join([title, *(items[i].text for i in summary)])), idf)
        for (_index, title), summary in zip(announced, summaries, strict=True)
    ]
    low = region_end
    for number in range(1, len(announced) + 1):
        if number in starts:
            low = starts[number][0] + 1
            continue
        high = min((starts[n][0] for n in starts if n > number), default=len(items))
        found = _first_echo(items[low:high], profiles, number, idf, list_ends)
        if found is not None:
            starts[number] = (found, (), "")
            low = found + 1
    return starts


def _first_echo(
    candidates: Sequence[Item],
    profiles: list[dict[str, float]],
    number: int,
    idf: dict[str, float],
    list_ends: set[int],
) -> int | None:
    """The first wide paragraph closer to this axis's announcement than to any later axis's."""
    for item in candidates:
        if item.kind is BlockKind.LIST_ITEM or len(item.text) < MIN_CHAPO_CHARS:
            continue
        block = _weights(content_stems(item.text), idf)
        scores = [_cosine(block, profile) for profile in profiles]
        score = scores[number - 1]
        if item.index - 1 in list_ends:
            score += AFTER_LIST_BONUS
        elif item.id.endswith(".1"):
            score += PAGE_START_BONUS
        if score >= CHAPO_THRESHOLD and scores[number - 1] >= max(scores[number - 1 :]):
            return item.index
    return None


def _weights(stems: set[str], idf: dict[str, float]) -> dict[str, float]:
    return {stem: idf.get(stem, 0.0) for stem in stems}


def _cosine(left: dict[str, float], right: dict[str, float]) -> float:
    shared = sum(weight * right[stem] for stem, weight in left.items() if stem in right)
    norm = math.sqrt(sum(w * w for w in left.values()) * sum(w * w for w in right.values()))
    return shared / norm if norm else 0.0


def _rarity(items: Sequence[Item]) -> dict[str, float]:
    counts: dict[str, int] = {}
    for item in items:
        for stem in content_stems(item.text):
            counts[stem] = counts.get(stem, 0) + 1
    return {stem: math.log((len(items) + 1) / count) for stem, count in counts.items()}


def _axes_from_markers(items: Sequence[Item]) -> list[AxisPlan]:
    """No announcement: every explicit "AXE n" is both the title and the start of axis n."""
    plans = []
    for number, (start, title_items, title) in sorted(_markers(items, 0).items()):
        if title:
            plans.append(AxisPlan(number, title, None, (), start, title_items))
    numbers = [plan.number for plan in plans]
    return plans if numbers == list(range(1, len(plans) + 1)) else []
