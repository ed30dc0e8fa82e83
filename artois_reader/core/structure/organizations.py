"""Organisations and the tools and structures the document describes.

An organisation is a noun phrase headed by an organisation word ("Syndicat", "Agence", "Pôle",
"Groupement", "Centre", "Université"…) followed by its proper name ("Agence d'urbanisme de l'Artois",
"Syndicat mixte des Mobilités Artois-Gohelle"), a proper name after a lower-case organisation word
("l'association Euralens" -> "Euralens"), an acronym the text defines with such a phrase, or the
initials of an intercommunal body of the region ("CALL"). Spelling variants (OCR) are merged. A
plural head shared by coordinated names is one organisation per name ("les Départements du Nord et
du Pas-de-Calais").

A tool or structure is such a phrase headed by a tool word ("label", "Cercle", "Forum", "Syndicat",
"Agence", "Parc d'innovation", "Club", "Comité", "Observatoire") or followed by ", outil …", that the
text describes right there: an apposition (", organisateur des mobilités…"), a verb clause ("permet
d'impliquer…"), or the phrase before a parenthesis that names it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from artois_reader.core.structure.places import gazetteer, place_key
from artois_reader.core.structure.words import fold, squash, word_set

ORG_HEADS = word_set(
    """pole syndicat agence association communaute communautes groupement centre conseil departement
    departements region universite iut institut comite cercle club forum scene hopital bibliotheque
    etablissement office chambre federation mission societe metropole fondation observatoire
    prefecture ministere musee label"""
)
TOOL_HEADS = word_set("label cercle forum syndicat agence club comite observatoire conseil parc")
SITE_HEADS = frozenset(
    {"parc"}
)  # "Parc d'innovation" is a tool, "Parc d'Olhain" a place: never an organisation
NAME_AFTER_LOWER_HEAD = word_set("association cluster label reseau")
PREFIXES = word_set("grand grande nouvel nouveau petit petite")
LINKS = word_set("de du des d l la le")
STOPS = word_set("a à au aux avec dans en et ou par pour sur sous")
MAX_LOWER_WORDS = 2
MAX_DESCRIPTION = 160
COORDINATION_REACH = 200  # characters after a plural name where its coordinated names are looked for
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*['’]?|\d+(?:/\d+)?|[^\w\s]")
_DESCRIBING_VERBS = re.compile(
    r"^(?:\w+\s+)?(?:permet|permettent|croise|réunit|regroupe|rassemble|apporte|accompagne|vise|"
    r"fédère|organise|anime|assure|porte|est|sont|a pour|se réunit|offre|propose)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NamedSpan:
    name: str
    start: int
    end: int
    head: str  # folded head word
    weak: bool = False  # a lower-case head: kept only when confirmed (see mentions)


@dataclass(frozen=True)
class ToolFound:
    name: str
    description: str


def find_organizations(text: str, epci_initials: frozenset[str] = frozenset()) -> list[NamedSpan]:
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    spans = []
    position = 0
    while position < len(tokens):
        span, consumed = _phrase_at(text, tokens, position)
        if span is not None:
            spans.extend(_distributed(text, span))
        position += max(consumed, 1)
    for match in re.finditer(r"(?<![\w-])[EÉ]tat\b", text):  # the State
        spans.append(NamedSpan("État", match.start(), match.end(), "etat"))
    for match in re.finditer(r"\b[lL]['’]([A-Z]{4,8})\b", text):  # "l'UNESCO": an acronym said as a word
        if re.search(r"[a-zà-ÿ]", text[max(0, match.start() - 15) : match.start()]):  # not a banner
            spans.append(NamedSpan(match.group(1), match.start(1), match.end(), "acronym"))
    for match in re.finditer(r"(?:[(/]\s*|\b(?:la|le|de la|l['’])\s*)([A-Z]{3,8})\b", text):
        if match.group(1) in epci_initials:  # "(CALL/CAHC)", "la CAHC": not any capitals ("∠CAB")
            spans.append(NamedSpan(match.group(1), match.start(1), match.end(), "epci"))
    return sorted(spans, key=lambda span: span.start)


def _phrase_at(text: str, tokens: list, position: int) -> tuple[NamedSpan | None, int]:
    word = tokens[position][0]
    head = _head_word(word)
    if head is None:
        return None, 1
    if head not in ORG_HEADS and head not in SITE_HEADS and not word[0].islower():
        return None, 1
    if word[0].islower() and head in NAME_AFTER_LOWER_HEAD:
        return _name_after_lower_head(text, tokens, position, head)
    first = position
    if position > 0 and fold(tokens[position - 1][0]) in PREFIXES and tokens[position - 1][0][0].isupper():
        first = position - 1
    last = _extend(tokens, position)
    if last == position or _cut_by_ocr(text, tokens, last):
        return None, 1
    start, end = tokens[first][1], tokens[last][2]
    weak = word[0].islower()  # "la bibliothèque Nationale de France", "le syndicat mixte des mobilités…"
    if weak and not any(token[0][0].isupper() for token in tokens[position + 1 : last + 1]):
        return None, 1
    return NamedSpan(_tidy(text[start:end]), start, end, head, weak), last - position + 1


_NAME = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*"
_LINK = r"(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*)"
_FIRST_COMPLEMENT = re.compile(rf"^(?P<head>.+?)\s+(?P<link>{_LINK})(?P<name>[A-ZÀ-Ý].*)$")
_MORE_COMPLEMENTS = re.compile(
    rf"^(?P<more>(?:\s*,\s*(?:{_LINK})?{_NAME})*)\s*,?\s+et\s+(?P<link>{_LINK})?(?P<last>{_NAME})"
)


def _distributed(text: str, span: NamedSpan) -> list[NamedSpan]:
    """A plural head shared by coordinated names is one organisation per name: "les Départements du
    Nord et du Pas-de-Calais" -> "Département du Nord", "Département du Pas-de-Calais"; "les trois
    Communautés d'agglomération de Béthune-Bruay, Lens-Liévin et Hénin-Carvin" -> three."""
    first = _FIRST_COMPLEMENT.match(span.name)
    following = _MORE_COMPLEMENTS.match(text[span.end : span.end + COORDINATION_REACH])
    if not (first and following):
        return [span]
    head = _singular(first.group("head"))
    if head == first.group("head") or fold(head.split()[0]) not in ORG_HEADS:  # a singular head
        return [_with_second_town(text, span, first, following)]
    names = [(first.group("link"), first.group("name"), span.start, span.end)]
    offset = span.end
    for part in re.finditer(rf",\s*(?P<link>{_LINK})?(?P<name>{_NAME})", following.group("more")):
        names.append(
            (part.group("link"), part.group("name"), offset + part.start("name"), offset + part.end())
        )
    last = (
        following.group("link"),
        following.group("last"),
        offset + following.start("last"),
        offset + following.end(),
    )
    names.append(last)
    return [
        NamedSpan(
            _tidy(f"{head} {_linked(link or first.group('link'), name)}"), start, end, fold(head.split()[0])
        )
        for link, name, start, end in names
    ]


def _with_second_town(
    text: str, span: NamedSpan, first: re.Match[str], following: re.Match[str]
) -> NamedSpan:
    """A singular head whose bare « de Town » is followed by « et de Town » names one body by both
    towns: "IUT de Lens et de Béthune". An article ("du Nord et du Pas-de-Calais"), more than two
    names, or a name the gazetteer does not hold ("… et de l'État", "… et d'Euralens") leaves the
    first name as it was."""
    bare = ("de", "d'", "d’")
    second_link = " ".join((following.group("link") or "").split())
    if (
        " ".join(first.group("link").split()) not in bare
        or second_link not in bare
        or following.group("more")
        or not all(_is_town(name) for name in (first.group("name"), following.group("last")))
    ):
        return span
    end = span.end + following.end()
    return NamedSpan(_tidy(text[span.start : end]), span.start, end, span.head, span.weak)


_APPOSED = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME})\s*,\s*$")


def apposed_name(text: str, span: NamedSpan) -> str | None:
    """The proper name an organisation phrase stands in apposition to: "Culture Commune, Scène
    nationale du Bassin Minier" -> "Culture Commune" (None when no name and comma come right before)."""
    if not fold(text[span.start : span.end]).startswith(span.head):
        return None  # one of several names sharing a head ("…, Lens-Liévin et Hénin-Carvin")
    match = _APPOSED.search(text[max(0, span.start - 80) : span.start])
    return squash(match.group("name")) if match else None


def named_by(names: set[str], proper: str) -> str | None:
    """The one organisation name among `names` that ends with the proper name `proper`, after its
    head: "Scène nationale Culture Commune" for "Culture Commune"."""
    tail = fold(proper).split()
    found = {n for n in names if len(fold(n).split()) > len(tail) and fold(n).split()[-len(tail) :] == tail}
    return found.pop() if len(found) == 1 else None


def _cut_by_ocr(text: str, tokens: list, last: int) -> bool:
    """The name's last word is the start of a word OCR split in two: "Pôle Mée litain" (a logo's
    « Métropolitain »). Neither half is a French word nor a place, and the second follows on the
    same line in lower case."""
    if last + 1 >= len(tokens):
        return False
    word, _start, end = tokens[last]
    following, next_start, _end = tokens[last + 1]
    if not (following[0].isalpha() and following[0].islower()) or "\n" in text[end:next_start]:
        return False
    from artois_reader.core.lexicon import is_french_word  # read on first use

    halves = (fold(word), fold(following.rstrip("'’")))
    return not any(is_french_word(half) for half in halves) and not _is_town(word)


def _is_town(name: str) -> bool:
    return place_key(name) in gazetteer().names


def _singular(head: str) -> str:
    """ "Départements" -> "Département", "Communautés d'agglomération" -> "Communauté d'agglomération"."""
    word, _, rest = head.partition(" ")
    return " ".join(filter(None, [word[:-1] if word.endswith("s") else word, rest]))


def _linked(link: str, name: str) -> str:
    """ "de" + "Lens-Liévin" -> "de Lens-Liévin"; "de" + "Arras" -> "d'Arras" (the text's link kept)."""
    link = " ".join(link.split())
    if link == "de" and fold(name[:1]) in "aeiouy":
        return f"d'{name}"
    return f"{link}{name}" if link.endswith(("'", "’")) else f"{link} {name}"


@lru_cache(maxsize=1 << 14)
def _head_word(word: str) -> str | None:
    folded = fold(word.rstrip("'’"))
    if folded in ORG_HEADS or folded in SITE_HEADS or (word[0].islower() and folded in NAME_AFTER_LOWER_HEAD):
        return folded
    if word[0].isupper() and len(folded) >= 4:  # "Pble", "Pdle": OCR for "Pôle"
        return next((h for h in ORG_HEADS if len(h) >= 6 and Levenshtein.distance(folded, h) == 1), None)
    return None


def _extend(tokens: list, head: int) -> int:
    """The last token of the name after a head: capitalised words, links, at most two lower-case words."""
    last = head
    lower = 0
    position = head + 1
    while position < len(tokens):
        word = tokens[position][0]
        folded = fold(word.rstrip("'’"))
        if word[0].isupper() and word[0].isalpha():
            last, lower = position, 0
        elif folded in STOPS:
            break
        elif folded in LINKS or word in "'’":
            pass
        elif word[0].isalpha() and lower < MAX_LOWER_WORDS and last == head:
            lower += 1  # "Syndicat mixte des Mobilités", "Agence d'urbanisme de l'Artois"
        else:
            break
        position += 1
    if last == head:
        return _lower_complement(tokens, head)
    return last


def _lower_complement(tokens: list, head: int) -> int:
    """A name in lower case after its head: "Cercle de qualité", "Club des acteurs de l'innovation"."""
    last = head
    position = head + 1
    for _complement in range(2):  # at most two complements: "de X", "de l'Y"
        if position + 1 >= len(tokens) or fold(tokens[position][0]) not in {"de", "d'", "d’", "des", "du"}:
            break
        position += 1
        if fold(tokens[position][0]) in {"l'", "l’", "la"} and position + 1 < len(tokens):
            position += 1
        word = tokens[position][0]
        if not (word[0].isalpha() and word[0].islower() and fold(word) not in STOPS):
            break
        last, position = position, position + 1
    return last


def _name_after_lower_head(text: str, tokens: list, position: int, head: str) -> tuple[NamedSpan | None, int]:
    """ "l'association Euralens" -> "Euralens"; "le label Euralens" -> "label Euralens"."""
    if head not in NAME_AFTER_LOWER_HEAD or position + 1 >= len(tokens):
        return None, 1
    name = tokens[position + 1]
    if not (name[0][0].isupper() and name[0][0].isalpha()):
        return None, 1
    last = position + 1
    while last + 1 < len(tokens) and tokens[last + 1][0][0].isupper() and tokens[last + 1][0][0].isalpha():
        last += 1
    start = tokens[position][1] if head in TOOL_HEADS else name[1]
    return NamedSpan(_tidy(text[start : tokens[last][2]]), start, tokens[last][2], head), last - position + 1


def _tidy(name: str) -> str:
    name = squash(name).strip(" ,;:.'’\"“”")
    words = name.split()
    while words and fold(words[-1]).rstrip("'’") in LINKS:
        words.pop()
    return " ".join(words)


def find_tools(text: str, spans: list[NamedSpan]) -> list[ToolFound]:
    """Tool phrases the text describes right where it names them."""
    found = []
    for span in spans:
        if (span.head in TOOL_HEADS and span.name.split()[0][0].isupper()) or span.head == "label":
            description = _description(text, span.start, span.end)
            if description:
                found.append(ToolFound(span.name, description))
    ends = {span.end for span in spans}
    for match in re.finditer(r",\s+(outil\b[^.;]*)", text):
        if match.start() in ends:  # "l'Agence d'urbanisme de l'Artois, outil précieux…": found above
            continue
        before = text[max(0, match.start() - 60) : match.start()]
        determiners = list(re.finditer(r"\b(?:un|une|le|la|l['’]|d['’]un|d['’]une)\s*(?=[^\W\d])", before))
        name = before[determiners[-1].end() :] if determiners else ""
        if name and not re.search(r"[,;:()]", name) and len(name.split()) <= 5:
            found.append(ToolFound(squash(name), _sentence_piece(match.group(1))))
    return found


def _description(text: str, start: int, end: int) -> str:
    after = text[end:]
    if text[:start].rstrip().endswith(","):  # an item of an enumeration: what follows is the next item
        return ""
    apposition = re.match(r"\s*,\s+((?:[a-zà-ÿ][\w'’-]*)(?:[^.;()]|\([^)]*\))*)", after)
    if apposition and not re.match(r"(?:et|ou|mais|qui|dont|etc)\b", apposition.group(1)):
        return _sentence_piece(apposition.group(1))
    clause = re.match(r"\s+((?:[a-zà-ÿ][\w'’-]*)[^.;]*)", after)
    if clause and _DESCRIBING_VERBS.match(clause.group(1)):
        return _sentence_piece(clause.group(1))
    before = text[:start]
    if before.rstrip().endswith(("(", '("', "(“")):
        inner = re.split(r"[;.]\s|\bet\s+(?=un|une)", before.rstrip(' ("“'))[-1]
        return _sentence_piece(inner)
    return ""


def _sentence_piece(text: str) -> str:
    piece = re.split(r"(?<=[.;])\s|\s[e¢«*•o]\s(?=[A-ZÀ-Ý])", text)[
        0
    ]  # a sentence, or up to a mangled bullet
    piece = squash(piece).strip(" ,;.")
    if len(piece) <= MAX_DESCRIPTION:
        return piece
    return piece[:MAX_DESCRIPTION].rsplit(" ", 1)[0].rstrip(" ,;") + "…"


SAME_NAME = 85  # rapidfuzz ratio of the letters above which two spellings are one name


def canonical_names(names: list[str]) -> dict[str, str]:
    """Map every spelling to one: variants that are `one_name` are one name, written as its most
    frequent spelling (ties: the longest)."""
    counts = Counter(names)
    groups: list[list[str]] = []
    for name in sorted(counts, key=lambda n: (-counts[n], -len(n))):
        group = next((g for g in groups if one_name(g[0], name)), None)
        if group is None:
            groups.append([name])
        else:
            group.append(name)
    return {variant: group[0] for group in groups for variant in group}


SAME_LAST_WORD = 70  # ... and their last words alike: "… de Lens-Liévin" is not "… d'Hénin-Carvin"


def one_name(left: str, right: str) -> bool:
    """Two spellings of one name (OCR, case, accents): alike as a whole and in their last word, which
    tells apart bodies sharing a long head ("Communauté d'agglomération de …")."""
    if fuzz.ratio(name_key(left), name_key(right)) < SAME_NAME:
        return False
    return fuzz.ratio(name_key(left.split()[-1]), name_key(right.split()[-1])) >= SAME_LAST_WORD


def name_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(name))
