"""Places: communes, departments and the region from the INSEE gazetteer, and sites found by rule.

Gazetteer names match accent-, case- and hyphen-insensitively, capitalised in the text, longest name
first. A name that is also an ordinary word ("Rue", "Bus", "Avion", "Nord") needs a place context:
"à Avion", "(Avion)", "du Nord". OCR noise ("Douvrain") is matched by one edit only toward a commune
the same document names exactly elsewhere. Sites are a site word and a proper name or number:
"Friche Noroxo", "Stade Bollaert-Delelis", "Base 11/19", "le 9-9 bis", "Louvre-Lens".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from artois_reader.core.resources import resource_path
from artois_reader.core.structure.words import fold

MAX_NAME_TOKENS = 6
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_COMMUNE_CONTEXT = re.compile(r"(?:\b[àa]|\bau)\s*$", re.IGNORECASE)  # "à Avion"
_DEPARTEMENT_CONTEXT = re.compile(r"\b(?:du|le|dans le|en)\s*$", re.IGNORECASE)  # "du Nord"
MIN_NAME_CHARS = 3
_SITE = re.compile(
    r"\b(?:(?:Friche|Stade|Base|Fosse|Terril|Arena|Parc|Chartreuse|Abbaye|Château|Lac|Canal|Cité)"
    r"(?:\s+(?:des|du|de la|de l'|de|d'|l')\s*|\s+)"
    r"(?:[A-ZÀ-Ý][\w'’]*(?:[\- ][A-ZÀ-Ý][\w'’]*)*|\d+(?:/\d+)?(?:\s*bis)?)"
    r"|\b(?:Chartreuse|Abbaye|Château|Cité|Fosse)\s+(?:des|du|de la)\s+[a-zà-ÿ]+"
    r"\s+(?:de|d')\s*[A-ZÀ-Ý][\w\-]+"
    r"|\b\d+-\d+\s*bis\b"
    r"|\bLouvre-[A-ZÀ-Ý][\w\-]+)"
)


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, str]  # normalised key -> official name
    common: frozenset[str]  # keys that are also ordinary words
    departements: frozenset[str]  # one-word department keys ("nord", "somme")
    longest: int


@dataclass(frozen=True)
class PlaceSpan:
    name: str
    start: int
    end: int


@cache
def gazetteer() -> Gazetteer:
    data = json.loads(resource_path("gazetteer", "communes_hdf.json").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    common: set[str] = set()
    for row in data["communes"]:
        key = place_key(row["name"])
        names.setdefault(key, row["name"])
        if row.get("common"):
            common.add(key)
    departements = set()
    for name in [*data["departements"], data["region"]]:
        key = place_key(name)
        names[key] = name
        if " " not in key:
            departements.add(key)  # "Nord", "Somme", "Oise": ordinary words too
    longest = max(len(key.split()) for key in names)
    return Gazetteer(names, frozenset(common), frozenset(departements), min(longest, MAX_NAME_TOKENS))


@lru_cache(maxsize=1 << 16)
def place_key(name: str) -> str:
    """ "Bruay-La-Buissiére" and "Bruay-la-Buissière" -> "bruay la buissiere"."""
    return " ".join(_TOKEN.findall(fold(name).replace("saint", "st").replace("sainte", "ste")))


def find_places(text: str, known: Iterable[str] = ()) -> list[PlaceSpan]:
    """Places a text names, in order: sites first, then gazetteer names outside the sites."""
    spans = [PlaceSpan(_tidy_site(m.group(0)), m.start(), m.end()) for m in _SITE.finditer(text)]
    spans = [span for span in spans if span.name]
    taken = [(span.start, span.end) for span in spans]
    for span in _gazetteer_spans(text, set(known)):
        inside = any(start < span.end and span.start < end for start, end in taken)
        if not inside or re.search(r"\bd(?:e\s|['’])\s*$", text[: span.start]):  # "Chartreuse … de Gosnay"
            spans.append(span)
    return sorted(spans, key=lambda span: span.start)


def _gazetteer_spans(text: str, known: set[str]) -> list[PlaceSpan]:
    g = gazetteer()
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    found: list[PlaceSpan] = []
    position = 0
    while position < len(tokens):
        span = _longest_at(text, tokens, position, g, known)
        if span is None:
            position += 1
            continue
        found.append(span)
        position += len(_TOKEN.findall(text[span.start : span.end]))
    return found


def _longest_at(text: str, tokens: list, position: int, g: Gazetteer, known: set[str]) -> PlaceSpan | None:
    word, start, _end = tokens[position]
    if not word[0].isupper():
        return None
    for size in range(min(g.longest, len(tokens) - position), 0, -1):
        end = tokens[position + size - 1][2]
        if not _joined_by_name_marks(text[start:end]):
            continue
        key = place_key(text[start:end])
        name = g.names.get(key)
        if name and len(key) >= MIN_NAME_CHARS and _in_context(text, start, key, g):
            return PlaceSpan(name, start, end)
    return _near_miss(word, start, known)


def _in_context(text: str, start: int, key: str, g: Gazetteer) -> bool:
    """A name that is also a word needs "à" before it; a department "du"/"le" ("du Nord")."""
    before = text[max(0, start - 12) : start]
    if key in g.departements:
        return bool(_DEPARTEMENT_CONTEXT.search(before))
    return key not in g.common or bool(_COMMUNE_CONTEXT.search(before))


def _joined_by_name_marks(span: str) -> bool:
    """Tokens of one place name are joined by hyphens, apostrophes or single spaces, never commas."""
    return not re.search(r"[,;:()/.]|\s{2,}", span)


def _near_miss(word: str, start: int, known: set[str]) -> PlaceSpan | None:
    """ "Douvrain" for "Douvrin": one edit from a commune the document names exactly elsewhere."""
    if len(word) < 6:
        return None
    for name in known:
        if " " not in place_key(name) and Levenshtein.distance(fold(word), fold(name)) == 1:
            return PlaceSpan(name, start, start + len(word))
    return None


def _tidy_site(site: str) -> str:
    site = re.sub(r"\s+", " ", site).strip(" '’")
    words = site.split()
    if (
        len(words) >= 2
        and words[0] in {"Cité", "Parc", "Canal", "Lac"}
        and not re.search(r"[A-ZÀ-Ý]", " ".join(words[1:]))
    ):
        return ""
    return site
