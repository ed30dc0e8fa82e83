"""Small text rules shared by the structure extractors: folding, word stems, shapes of lines."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, as a set."""
    return frozenset(text.split())


STOP_WORDS = word_set(
    """au aux avec ce ces cet cette dans de des du elle en et est il ils la le les leur leurs lui mais
    ne nos notre nous on ou par pas plus pour qu que qui sa se ses son sont sur ta te tes un une vers
    vos votre vous afin ainsi aussi autour comme dont entre etre faire leurs mieux sans tous tout toute
    toutes tres ete avoir"""
)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
TERMINAL = ".!?…"


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, no accents, no ligatures, straight apostrophes: what comparisons use."""
    text = text.translate(_APOSTROPHES).translate(_LIGATURES).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Folded words of a text (letters only; elided articles dropped: "l'archipel" -> "archipel")."""
    found = []
    for word in _WORD.findall(fold(text)):
        parts = [part for part in re.split(r"[-']", word) if part]
        found.extend(parts)
        if "-" in word and len(parts) > 1:  # "éco-transition" also matches "écotransition"
            found.append("".join(re.split(r"-", word.split("'")[-1])))
    return found


def stem(word: str) -> str:
    """A crude, OCR-tolerant French stem: the first six letters, plural mark dropped."""
    if len(word) > 4 and word.endswith(("s", "x")):
        word = word[:-1]
    return word[:6]


def content_stems(text: str) -> set[str]:
    """Stems of the meaningful words of a text (4 letters or more, not a stop word)."""
    return {stem(w) for w in words(text) if len(w) >= 4 and w not in STOP_WORDS}


def squash(text: str) -> str:
    """One line, single spaces."""
    return " ".join(text.split())


def first_letter(text: str) -> str:
    match = re.search(r"[^\W\d_]", text)
    return match.group(0) if match else ""


def starts_lowercase(text: str) -> bool:
    stripped = text.lstrip(" \"'“”«»(")
    return bool(stripped) and stripped[0].isalpha() and stripped[0].islower()


def is_shouting(text: str) -> bool:
    """Mostly capital letters: a map label or a banner, not a heading of running text."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and sum(ch.isupper() for ch in letters) / len(letters) > 0.7


def letter_share(text: str) -> float:
    stripped = text.replace(" ", "")
    return sum(ch.isalpha() for ch in stripped) / len(stripped) if stripped else 0.0


def truncate(text: str, limit: int = 72) -> str:
    """The first words of a text, cut at a word boundary, with an ellipsis when cut."""
    text = squash(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)
