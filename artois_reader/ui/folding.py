"""Accent- and case-insensitive matching for the tree filter, find in page and highlights.

`fold("Pôle Métropolitain")` is `"pole metropolitain"`; `œ` becomes `oe`, typographic apostrophes
become `'`. `match_spans` finds words in a text and gives their spans in the original text, so the
reader can highlight "coeur" inside "cœur".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_SPECIAL = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "’": "'", "‘": "'", "ʼ": "'", "\u00a0": " "}


@cache
def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    decomposed = unicodedata.normalize("NFD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.casefold() if base else char.casefold()


def fold(text: str) -> str:
    """Lower case, without accents or ligatures: the key every accent-insensitive match compares."""
    return "".join(_fold_char(c) for c in text)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the original character."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        piece = _fold_char(char)
        folded.append(piece)
        origin.extend([index] * len(piece))
    return "".join(folded), origin


def match_spans(text: str, terms: tuple[str, ...] | list[str], *, whole_words: bool) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of `text` where one of `terms` occurs.

    With `whole_words`, a term matches only a whole word ("friche" does not light up "friches");
    otherwise anywhere (find in page)."""
    keys = sorted({fold(t).strip() for t in terms if fold(t).strip()}, key=len, reverse=True)
    if not keys or not text:
        return []
    alternatives = "|".join(re.escape(k) for k in keys)
    pattern = rf"(?<!\w)(?:{alternatives})(?!\w)" if whole_words else f"(?:{alternatives})"
    folded, origin = fold_with_map(text)
    spans: list[tuple[int, int]] = []
    for found in re.finditer(pattern, folded):
        if found.end() == found.start():
            continue
        start = origin[found.start()]
        end = origin[found.end() - 1] + 1
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, end))
    return spans
