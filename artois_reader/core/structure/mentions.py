"""Organisations, places, tools, acronyms and figures over the whole document.

Entities are looked for in "runs": the blocks of a page joined while a block ends without final
punctuation (a column break cut the sentence), so "le Syndicat mixte des" + "Mobilités Artois-Gohelle,
organisateur…" is one phrase. Each find is then attributed to the block it starts in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from artois_reader.core.document import Acronym, Figure, Mention, Tool
from artois_reader.core.resources import resource_path
from artois_reader.core.structure.acronyms import Definition, find_definitions
from artois_reader.core.structure.figures import find_figures
from artois_reader.core.structure.items import Item
from artois_reader.core.structure.organizations import (
    ORG_HEADS,
    SAME_NAME,
    apposed_name,
    canonical_names,
    find_organizations,
    find_tools,
    name_key,
    named_by,
)
from artois_reader.core.structure.places import find_places
from artois_reader.core.structure.projects import bullet_segments
from artois_reader.core.structure.words import TERMINAL, fold, starts_lowercase, unique

NOT_ORGANIZATIONS = frozenset({"parc", "label"})  # a park is a place, a label a tool


@dataclass(frozen=True)
class Run:
    text: str
    parts: tuple[tuple[int, int], ...]  # (item index, start offset in text)

    def item_at(self, offset: int) -> int:
        return max((part for part in self.parts if part[1] <= offset), key=lambda part: part[1])[0]


@dataclass(frozen=True)
class Mentions:
    organizations: tuple[Mention, ...]
    places: tuple[Mention, ...]
    tools: tuple[Tool, ...]
    acronyms: tuple[Acronym, ...]
    figures: tuple[Figure, ...]
    org_acronyms: dict[str, str]  # acronym -> organisation name, for project items


@cache
def epci_initials() -> frozenset[str]:
    return frozenset(acronym for acronym in _epci_bodies() if len(acronym) >= 3)


@cache
def _epci_bodies() -> dict[str, tuple[str, str, str]]:
    """Initials -> (kind, link, place) of the region's intercommunal bodies, from the gazetteer:
    "CALL" -> ("Communauté d'agglomération", "de ", "Lens - Liévin")."""
    data = json.loads(resource_path("gazetteer", "communes_hdf.json").read_text(encoding="utf-8"))
    bodies = {}
    for row in data.get("epci", ()):
        named = re.match(r"(?:CA|CC|CU)\s+(de la |de l'|des |du |de |d')(.+)$", row["name"])
        if named and row["acronym"]:
            bodies[row["acronym"]] = (row["kind"], named.group(1), named.group(2))
    return bodies


def _epci_full_names(names: set[str]) -> dict[str, str]:
    """The initials of a body of the region ("CAHC") and the names the document gives it in full
    ("Communauté d'agglomération de Hénin-Carvin") -> one name, the document's, written with the
    body's own link ("Communauté d'agglomération d'Hénin-Carvin"): they are one organisation."""
    spelled = {}
    for acronym, (kind, link, place) in _epci_bodies().items():
        for name in names:
            rest = fold(name).removeprefix(fold(kind))
            if rest == fold(name) or name_key(_LEADING_LINK.sub("", rest)) != name_key(place):
                continue
            full = f"{name[: len(kind)]} {link}{_place_in(name, place)}"
            spelled[name] = spelled[acronym] = full
    return spelled


_LEADING_LINK = re.compile(r"^\s*(?:de la|de l'|des|du|de|d')\s*")


def _place_in(name: str, place: str) -> str:
    """The place as the document writes it at the end of `name` ("Lens-Liévin" for "Lens - Liévin")."""
    words = name.split()
    for count in range(1, len(words) + 1):
        tail = " ".join(words[-count:]).lstrip("dl'’")
        if name_key(tail) == name_key(place):
            return tail
    return place


def build_runs(items: Sequence[Item], headings: set[int]) -> list[Run]:
    runs: list[Run] = []
    text, parts = "", []
    for item in items:
        joins = (
            parts
            and items[parts[-1][0]].page == item.page
            and item.index not in headings
            and parts[-1][0] not in headings
            and not bullet_segments(item)
            and (text.rstrip()[-1:] not in TERMINAL + ";:" or starts_lowercase(item.text))
        )
        if not joins and parts:
            runs.append(Run(text, tuple(parts)))
            text, parts = "", []
        parts.append((item.index, len(text) + (1 if text else 0)))
        text = f"{text} {item.text}" if text else item.text
    if parts:
        runs.append(Run(text, tuple(parts)))
    return runs


def collect(items: Sequence[Item], runs: Sequence[Run]) -> Mentions:
    definitions = _definitions(items, runs)
    org_acronyms = {
        short: long for short, (long, _page) in definitions.items() if fold(long.split()[0]) in ORG_HEADS
    }
    organizations = _organizations(items, runs, org_acronyms, set(definitions) - set(org_acronyms))
    definitions |= _epci_definitions(items, runs, organizations, set(definitions))
    return Mentions(
        organizations=organizations,
        places=_places(items, runs),
        tools=_tools(items, runs),
        acronyms=tuple(Acronym(short, long, page) for short, (long, page) in definitions.items()),
        figures=_figures(items),
        org_acronyms=org_acronyms,
    )


def _definitions(items: Sequence[Item], runs: Sequence[Run]) -> dict[str, tuple[str, int]]:
    best: dict[str, tuple[Definition, int]] = {}
    for run in runs:
        for definition in find_definitions(run.text):
            page = items[run.parts[0][0]].page
            known = best.get(definition.short)
            if known is None or definition.misses < known[0].misses:
                best[definition.short] = (definition, page)
    return {short: (d.long, page) for short, (d, page) in best.items()}


def _epci_definitions(
    items: Sequence[Item], runs: Sequence[Run], organizations: Sequence[Mention], defined: set[str]
) -> dict[str, tuple[str, int]]:
    """Initials of a body of the region the text uses without spelling them out ("(CALL/CAHC)"),
    when it names that body in full elsewhere: defined by that name, at their first use."""
    spelled = _epci_full_names({m.name for m in organizations})
    found: dict[str, tuple[str, int]] = {}
    for run in runs:
        for short in epci_initials() - defined - set(found):
            if short in spelled and (match := re.search(rf"(?<![\w-]){short}(?![\w-])", run.text)):
                found[short] = (spelled[short], items[run.item_at(match.start())].page)
    return found


def _confirmed(name: str, strong_keys: set[str]) -> bool:
    """A name after a lower-case head counts when written capitalised elsewhere, or when it holds
    two capitalised words ("bibliothèque Nationale de France", not "pôle muséal d'Europe")."""
    key = name_key(name)
    capitals = sum(1 for word in name.split()[1:] if word[:1].isupper())
    return capitals >= 2 or any(fuzz.ratio(key, strong) >= SAME_NAME for strong in strong_keys)


def _organizations(
    items: Sequence[Item], runs: Sequence[Run], org_acronyms: dict[str, str], defined_elsewhere: set[str]
) -> tuple[Mention, ...]:
    found: list[tuple[str, int]] = []
    weak: list[tuple[str, int]] = []
    apposed: dict[str, str] = {}  # an organisation phrase -> the proper name it stands beside
    for run in runs:
        for span in find_organizations(run.text, epci_initials()):
            if span.head == "acronym" and span.name in defined_elsewhere:
                continue
            if span.head not in NOT_ORGANIZATIONS:
                (weak if span.weak else found).append((span.name, run.item_at(span.start)))
                if (proper := apposed_name(run.text, span)) is not None:
                    apposed[span.name] = proper
        for short, long in org_acronyms.items():
            for match in re.finditer(rf"\b{re.escape(short)}\b", run.text):
                found.append((long, run.item_at(match.start())))
    strong_keys = {name_key(name) for name, _ in found}
    found += [(name, index) for name, index in weak if _confirmed(name, strong_keys)]
    found = _by_proper_names(found, apposed)
    spelled = _epci_full_names({name for name, _ in found})
    found = [(spelled.get(name, name), index) for name, index in found]
    names = _merge_prefixes(canonical_names([name for name, _ in found]))
    found = [(names[name], index) for name, index in found]
    return _mentions(items, found + _bare_names(runs, {name for name, _ in found}))


def _by_proper_names(found: list[tuple[str, int]], apposed: dict[str, str]) -> list[tuple[str, int]]:
    """An organisation phrase set beside a proper name is the organisation the text names elsewhere
    by its head and that name: "Culture Commune, Scène nationale du Bassin Minier…" is « Scène
    nationale Culture Commune »."""
    names = {name for name, _ in found}
    renamed = {}
    for phrase, proper in apposed.items():
        target = named_by(names - {phrase}, proper)
        if target is not None:
            renamed[phrase] = target
    return [(renamed.get(name, name), index) for name, index in found]


def _bare_names(runs: Sequence[Run], names: set[str]) -> list[tuple[str, int]]:
    """A one-word organisation name ("Euralens") counts wherever the text writes it."""
    single = [name for name in names if " " not in name and len(name) >= 4 and not name.isupper()]
    return [
        (name, run.item_at(match.start()))
        for run in runs
        for name in single
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", run.text)
    ]


def _merge_prefixes(names: dict[str, str]) -> dict[str, str]:
    """ "Agence d'urbanisme" is "Agence d'urbanisme de l'Artois" when that one longer name exists
    (the beginning compared with OCR tolerance)."""
    canon = set(names.values())
    longer = {}
    for name in canon:
        extensions = [other for other in canon if _extends(other, name)]
        if len(extensions) == 1 and len(name.split()) > 1:
            longer[name] = extensions[0]
    return {variant: longer.get(name, name) for variant, name in names.items()}


def _extends(longer: str, shorter: str) -> bool:
    """The words of `shorter` begin `longer` (OCR-tolerant), and cover at least half of it."""
    long_words, short_words = fold(longer).split(), fold(shorter).split()
    if len(long_words) <= len(short_words) or len(shorter) < 0.5 * len(longer):
        return False
    return all(fuzz.ratio(a, b) >= 80 for a, b in zip(short_words, long_words, strict=False))


def _places(items: Sequence[Item], runs: Sequence[Run]) -> tuple[Mention, ...]:
    exact = {span.name for run in runs for span in find_places(run.text)}
    found = [(span.name, run.item_at(span.start)) for run in runs for span in find_places(run.text, exact)]
    names = canonical_names([name for name, _ in found])
    return _mentions(items, [(names[name], index) for name, index in found])


def _tools(items: Sequence[Item], runs: Sequence[Run]) -> tuple[Tool, ...]:
    tools: dict[str, Tool] = {}
    for run in runs:
        spans = find_organizations(run.text)
        for tool in find_tools(run.text, spans):
            start = run.text.find(tool.name)
            item = items[run.item_at(max(start, 0))]
            tools.setdefault(tool.name, Tool(tool.name, tool.description, item.page, item.id))
    names = canonical_names(list(tools))
    merged: dict[str, Tool] = {}
    for name, tool in tools.items():
        key = name_key(names[name])
        if not any(key.startswith(name_key(seen)) or name_key(seen).startswith(key) for seen in merged):
            merged[names[name]] = Tool(names[name], tool.description, tool.page, tool.passage_id)
    return tuple(merged.values())


def _figures(items: Sequence[Item]) -> tuple[Figure, ...]:
    figures = []
    for item in items:
        for found in find_figures(item.text):
            figures.append(Figure(found.value, found.unit, found.label, item.page, item.id))
    return tuple(figures)


def _mentions(items: Sequence[Item], found: list[tuple[str, int]]) -> tuple[Mention, ...]:
    order = unique(name for name, _ in found)
    mentions = []
    for name in order:
        indexes = [index for other, index in found if other == name]
        pages = tuple(sorted({items[i].page for i in indexes}))
        mentions.append(Mention(name, pages, unique(items[i].id for i in indexes)))
    return tuple(mentions)
