"""Acronyms the text defines: "Long Form (ACR)" and "ACR (Long Form)".

The long form is the run of words whose initials spell the acronym (articles and prepositions
skipped, hyphenated words giving one initial per part). OCR may garble one initial of an acronym of
three letters or more ("Croupement Hospitalier de Territoire (GHT)"); an exact spelling wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from artois_reader.core.structure.words import fold, squash, word_set

LINKS = word_set("a à au aux d de des du en et i l la le les pour sur")  # "I'Artois": OCR for "l'Artois"
_IN_PARENTHESES = re.compile(r"\(\s*([A-Z][A-Z0-9&]{1,7})\s*\)")
_AFTER_ACRONYM = re.compile(r"\b([A-Z][A-Z0-9&]{1,7})\s*\(([^()]{4,120})\)")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\s\w]")


@dataclass(frozen=True)
class Definition:
    short: str
    long: str
    misses: int  # garbled initials


def find_definitions(text: str) -> list[Definition]:
    text = squash(text)
    found = []
    for match in _IN_PARENTHESES.finditer(text):
        short = match.group(1)  # its long form has at most three words a letter: look that far back
        definition = _long_form_before(text[max(0, match.start() - 60 * len(short)) : match.start()], short)
        if definition:
            found.append(definition)
    for match in _AFTER_ACRONYM.finditer(text):
        definition = _long_form_inside(match.group(2), match.group(1))
        if definition:
            found.append(definition)
    return found


def _long_form_before(before: str, short: str) -> Definition | None:
    tokens = _WORD.findall(before)[-3 * len(short) :]
    best = None
    for start in range(len(tokens) - 1, -1, -1):
        if not tokens[start][0].isalpha():
            break
        candidate = tokens[start:]
        if fold(candidate[0]) in LINKS:
            continue
        misses = _misses(candidate, short)
        if misses is not None and (best is None or misses < best.misses):
            best = Definition(short, _join(candidate), misses)
    return best


def _long_form_inside(inside: str, short: str) -> Definition | None:
    tokens = _WORD.findall(inside)
    misses = _misses(tokens, short)
    return Definition(short, _join(tokens), misses) if misses is not None else None


def _misses(tokens: list[str], short: str) -> int | None:
    """How many initials differ from the acronym's letters, or None when they cannot spell it."""
    parts = [part for token in tokens for part in re.split(r"[-'’]", token) if part]
    initials = [fold(part[0]) for part in parts if fold(part) not in LINKS and part[0].isalpha()]
    letters = [fold(ch) for ch in short if ch.isalpha()]
    if len(initials) != len(letters) or not all(t[0].isalpha() for t in tokens):
        return None
    misses = sum(a != b for a, b in zip(initials, letters, strict=True))
    allowed = 1 if len(letters) >= 3 else 0
    return misses if misses <= allowed and initials[-1] == letters[-1] else None


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r"\s+([,.])", r"\1", re.sub(r"(\b[dlDL]['’])\s+", r"\1", text)).strip()
    return re.sub(r"^[lL]['’]", "", text)  # "l'Engagement pour…" -> "Engagement pour…"
