"""Which intercommunal body (EPCI) a commune belongs to, from the bundled INSEE gazetteer.

A planning document names its agglomerations far more often than their communes: the CRTE of the
Pôle Métropolitain de l'Artois covers 150 communes and names a few dozen. When a search names a
commune the documents never name, what they say about its agglomeration is what they say about it
(`search_index.SearchIndex.search` searches that instead and says so). Read on first use only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from artois_reader.core.resources import resource_path
from artois_reader.core.structure.places import place_key

MIN_ACRONYM_CHARS = 4  # "CALL", "CAHC": shorter initials ("CAD") are too often something else
_KIND_PREFIX = re.compile(r"^(?:CA|CC|CU|Métropole)\s+(?:de la |de l'|des |du |de |d'|d’)?", re.IGNORECASE)


@dataclass(frozen=True)
class Body:
    """An intercommunal body: "CA d'Hénin-Carvin", Communauté d'agglomération, "CAHC"."""

    name: str
    kind: str
    acronym: str

    @property
    def short_name(self) -> str:
        """The name documents use for it: "CA de Lens - Liévin" -> "Lens-Liévin",
        "CA de Béthune-Bruay, Artois-Lys Romane" -> "Béthune-Bruay"."""
        rest = _KIND_PREFIX.sub("", self.name).split(",")[0]
        return re.sub(r"\s+-\s+", "-", rest).strip()

    @property
    def query(self) -> str:
        """A search for the passages about it: its short name as a phrase, or its initials."""
        phrase = f'"{self.short_name}"'
        return f"{phrase} OR {self.acronym}" if len(self.acronym) >= MIN_ACRONYM_CHARS else phrase


@dataclass(frozen=True)
class Communes:
    bodies: dict[str, tuple[tuple[str, Body], ...]]  # place key -> (official name, its body) for each
    common: frozenset[str]  # keys of names that are ordinary words too ("Avion", "Rue")


@cache
def communes() -> Communes:
    data = json.loads(resource_path("gazetteer", "communes_hdf.json").read_text(encoding="utf-8"))
    by_code = {row["code"]: Body(row["name"], row["kind"], row["acronym"]) for row in data.get("epci", ())}
    bodies: dict[str, tuple[tuple[str, Body], ...]] = {}
    common: set[str] = set()
    for row in data["communes"]:
        key = place_key(row["name"])
        if row.get("common"):
            common.add(key)
        if row.get("epci") in by_code:  # two communes may share a name ("Vaudricourt"): both kept
            bodies[key] = (*bodies.get(key, ()), (row["name"], by_code[row["epci"]]))
    return Communes(bodies, frozenset(common))


def bodies_of(text: str) -> tuple[tuple[str, Body], ...]:
    """(the commune's official name, its body) for each commune of the gazetteer that `text` names,
    written with or without accents, capitals and hyphens ("henin beaumont"): one, or several
    communes of one name. A name that is an ordinary word too is a commune only written with its
    capital ("Avion", not "avion")."""
    name = text.strip(" \t\"'«»“”.?!")
    key = place_key(name)
    found = communes()
    if not key or (key in found.common and not name[:1].isupper()):
        return ()
    return found.bodies.get(key, ())


MAX_NAME_WORDS = 6  # "Saint-Laurent-Blangy", "Noeux les Mines": a commune's name is a few words
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_QUOTED = {'"': '"', "«": "»", "“": "”"}
_EXCLUDED = re.compile(r"(?:(?:^|\s)(?:NOT|SAUF)\s+|-)$")  # what the query says it does not want
MAX_TEXT_CHARS = 1000  # a query is cut at 500 characters (core/query.py): longer text is no query


def commune_in(text: str) -> tuple[int, int, tuple[tuple[str, Body], ...]] | None:
    """The longest run of words of `text` that names a commune ("santé à Hénin-Beaumont",
    "projets noeux les mines"): where it starts and ends in `text` (its quotes included when it is
    quoted alone), and what `bodies_of` gives for it. Never a word the query excludes ("-Avion")."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, 0, MAX_TEXT_CHARS)]
    for size in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        for first in range(len(words) - size + 1):
            start, end = words[first][0], words[first + size - 1][1]
            if _EXCLUDED.search(text, max(0, start - 6), start):  # "-Avion", "NOT Avion", "SAUF Avion"
                continue
            named = bodies_of(text[start:end])
            if named:
                if start and _QUOTED.get(text[start - 1]) == text[end : end + 1]:
                    start, end = start - 1, end + 1
                return start, end, named
    return None
