"""The document as one list of blocks in reading order, and which of them are headings.

Cleaning marks blocks HEADING, PARAGRAPH or LIST_ITEM; those are hints. A block is a heading here
when it looks like one (short, no final punctuation, capitalised, not a map label or a photo credit)
and a paragraph follows it, or when a PDF bookmark names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from artois_reader.core.document import BlockKind, Document
from artois_reader.core.structure.words import (
    fold,
    is_shouting,
    letter_share,
    squash,
    starts_lowercase,
    word_set,
    words,
)

MAX_HEADING_CHARS = 200
MIN_FOLLOWING_PARAGRAPH = 80
_CAPTION = re.compile(r"cr[eé]dits?\b|©|\bsource\s*:", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-Z]\.)\s+[A-ZÀ-Ý]")
MIN_HEADING_LETTERS = 0.6
_FORMULA = re.compile(r"[=<>{}|⊆⊂∈∪∩⇔⇒↦→∑∏√±×÷∀∃]")
_OPEN_ENDING = word_set("a au aux avec dans de des du en et la le les ou par pour sur un une")
_AXIS_MARKER = re.compile(r"^\s*axe\s*(\d+|[ivx]+)\b", re.IGNORECASE)
_LIST_MARKER = re.compile(r"^\s*exemples?\s+de\s+projets\b", re.IGNORECASE)


@dataclass(frozen=True)
class Item:
    """One block of one page, with its passage id and its place in the document."""

    id: str  # "p{page}.{n}"
    page: int
    index: int  # position in reading order over the whole document
    kind: BlockKind
    text: str  # cleaned, on one line
    raw: str


def read_items(document: Document) -> list[Item]:
    items: list[Item] = []
    for page in document.pages:
        for n, block in enumerate(page.blocks, start=1):
            items.append(
                Item(
                    f"p{page.number}.{n}", page.number, len(items), block.kind, squash(block.text), block.raw
                )
            )
    return items


def find_headings(items: list[Item], bookmarks: tuple[str, ...] = ()) -> set[int]:
    """Indexes of the items that are headings."""
    marked = {fold(squash(title)) for title in bookmarks if title.strip()}
    found = set()
    for item in items:
        if _is_bookmarked(item, marked) or _looks_like_heading(items, item):
            found.add(item.index)
    return found


def _is_bookmarked(item: Item, marked: set[str]) -> bool:
    folded = fold(item.text)
    return (
        bool(folded)
        and len(folded) <= MAX_HEADING_CHARS
        and any(
            folded == title
            or (len(title) >= 8 and folded.startswith(title) and len(folded) - len(title) < 12)
            for title in marked
        )
    )


def _looks_like_heading(items: list[Item], item: Item) -> bool:
    if item.kind is BlockKind.LIST_ITEM:
        return False
    text = item.text.lstrip(": ")
    if not _heading_shape(text):
        return False
    if item.kind is not BlockKind.HEADING and len(words(text)) < 3 and not _NUMBERED.match(text):
        return False
    if _next_is_paragraph(items, item) is False:
        return False
    return not _beside_labels(items, item)


def _heading_shape(text: str) -> bool:
    if not text or len(text) > MAX_HEADING_CHARS or text[-1] in ".;,:!":
        return False
    if starts_lowercase(text) or _CAPTION.search(text) or _LIST_MARKER.match(text):
        return False
    if text.count("(") != text.count(")") or "@" in text or "www." in text.lower():
        return False
    if letter_share(text) < MIN_HEADING_LETTERS or _FORMULA.search(text):
        return False
    ending = words(text)[-1:]
    if ending and ending[0] in _OPEN_ENDING:  # a paragraph cut by a column break, not a title
        return False
    first_word = text.split()[0]
    if (is_shouting(text) or (len(first_word) >= 3 and first_word.isupper())) and not _AXIS_MARKER.match(
        text
    ):
        return False  # a map label or a banner ("CANAL D'AIRE", "HARNES Souchez aval")
    first = text.lstrip("\"'“«( ")[:1]
    return (first.isalpha() and first.isupper()) or bool(_NUMBERED.match(text))


def _next_is_paragraph(items: list[Item], item: Item) -> bool:
    following = items[item.index + 1] if item.index + 1 < len(items) else None
    if following is None:
        return False
    return len(following.text) >= MIN_FOLLOWING_PARAGRAPH and letter_share(following.text) > 0.6


def _beside_labels(items: list[Item], item: Item) -> bool:
    """A short line right after a map label ("HARNES") or a photo credit is a label too ("Souchez aval")."""
    if item.index == 0:
        return False
    previous = items[item.index - 1]
    if previous.page != item.page:
        return False
    return (len(previous.text) < 40 and is_shouting(previous.text)) or bool(_CAPTION.search(previous.text))


def is_axis_marker(text: str) -> re.Match[str] | None:
    return _AXIS_MARKER.match(text)


def is_project_list_marker(text: str) -> bool:
    """ "Exemples de projets" alone on its line, maybe after a mangled bullet ("p Exemples de projets")."""
    stripped = re.sub(r"^[^\w]*(?:[^\W\d]\s+)?", "", fold(text.strip()))
    return bool(_LIST_TITLE.fullmatch(stripped))


_LIST_TITLE = re.compile(
    r"(?:(?:exemples?|liste)\s+(?:de|des)\s+|quelques\s+)?projets?"
    r"(?:\s+(?:phares|structurants|emblematiques|prioritaires|en cours))?\s*:?"
)
