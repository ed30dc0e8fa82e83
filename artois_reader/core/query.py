"""What a search string asks for, and how its words stretch to the index's vocabulary.

Pure Python (no Whoosh): `parse_query` turns any string at all into a `ParsedQuery` (it never
raises); `Vocabulary` knows the index's words and finds, for a query word, the forms OCR made of
it (`ocr_variants`), its derivational relatives (`derivations`: rénover -> rénovation) and a
correction for a typo (`correction`). `search_index` turns both into a Whoosh query.

Syntax (all optional; anything else is plain words):

- plain words must all match (the index then relaxes to any of them, at a lower score);
- ``"a phrase"`` (also « … » and “ … ”; an unclosed quote runs to the end);
- ``-word``, ``-"a phrase"`` or ``NOT word`` excludes;
- ``a OR b`` (also ``OU``, ``|``) accepts either;
- ``type:projet``, ``axe:2``, ``doc:3f2a…`` filter by kind, axis and document.

Words that name what is sought (``contact``, ``téléphone``, ``projet``, ``combien``,
``c'est quoi``…) are not required: they favour passages of that kind.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from artois_reader.core.analysis import (
    GROUPED_NUMBER,
    TOKEN_PATTERN,
    compound_of,
    different_words,
    fold,
    normalize_word,
    stem,
)
from artois_reader.core.document import PassageKind
from artois_reader.core.french import FUNCTION_WORDS

MAX_QUERY_CHARS = 500
"""Longer strings are cut (a pasted page is not a query); the cut is silent and never raises."""
MAX_CLAUSES = 24


# --- The parsed query -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Alternative:
    """One way to satisfy a clause: a word (one item in `words`) or a phrase (several)."""

    words: tuple[str, ...]  # as typed (case kept: "ZAN" is an acronym, "zan" maybe not)
    quoted: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class Clause:
    """Something the query requires: any one of its alternatives (more than one with OR)."""

    alternatives: tuple[Alternative, ...]


@dataclass(frozen=True)
class ParsedQuery:
    clauses: tuple[Clause, ...] = ()
    excluded: tuple[Alternative, ...] = ()
    intent_words: tuple[str, ...] = ()  # words that named a kind: they score but are not required
    intent_kinds: tuple[PassageKind, ...] = ()  # kinds those words favour
    kind: PassageKind | None = None  # filters written in the query (type:projet, axe:2, doc:…)
    axis: int | None = None
    doc_id: str | None = None

    @property
    def is_empty(self) -> bool:
        return not self.clauses and not self.intent_words and not self.intent_kinds


# --- Words that name what is sought -----------------------------------------------------------------

# Folded single words -> the kind of passage they ask for.
INTENT_WORDS: Mapping[str, PassageKind] = {
    **dict.fromkeys(
        str.split(
            "contact contacts contacter joindre appeler telephone telephones tel telephoner numero numeros "
            "mail mails email emails courriel courriels adresse adresses coordonnees interlocuteur "
            "interlocuteurs referent referents"
        ),
        PassageKind.CONTACT,
    ),
    **dict.fromkeys(str.split("projet projets exemple exemples"), PassageKind.PROJECT),
    **dict.fromkeys(
        str.split("chiffre chiffres combien nombre nombres statistique statistiques"), PassageKind.FIGURE
    ),
    **dict.fromkeys(str.split("definition definitions signification"), PassageKind.EXPLAINER),
}

# Question phrasings ("c'est quoi", "qu'est-ce que") ask for an explanation.
_EXPLAIN_PATTERN = re.compile(
    r"\bc\s*['’ ]?\s*est[\s-]+quoi\b"
    r"|\bqu\s*['’ ]?\s*est[\s-]*ce(?:\s+que\b|\s+qu['’]|\s+qui\b)?"
    r"|\bque\s+(?:veut\s+dire|signifie)\b"
    r"|\bqui\s+est\b",
    re.IGNORECASE,
)

# Words that only make a question: dropped, never required.
QUESTION_WORDS = frozenset(str.split("comment pourquoi quel quels quelle quelles quand combien"))

KIND_NAMES: Mapping[str, PassageKind] = {
    **{kind.value: kind for kind in PassageKind},
    "projet": PassageKind.PROJECT,
    "projets": PassageKind.PROJECT,
    "texte": PassageKind.SECTION,
    "explication": PassageKind.EXPLAINER,
    "definition": PassageKind.EXPLAINER,
    "chiffre": PassageKind.FIGURE,
    "chiffres": PassageKind.FIGURE,
    "titre": PassageKind.HEADING,
    "contacts": PassageKind.CONTACT,
}
_FIELD_NAMES = {
    "type": "kind",
    "kind": "kind",
    "genre": "kind",
    "axe": "axis",
    "axis": "axis",
    "doc": "doc",
    "document": "doc",
}

_QUOTES = {'"': '"', "«": "»", "“": "”", "„": "“"}
_LEXEME = re.compile(r'-?(?:"[^"]*"?|«[^»]*»?|“[^”]*”?|„[^“]*“?)|\S+')
_FIELD = re.compile(r"^([A-Za-z]+):(.+)$")


def sanitize(text: str) -> str:
    """Control, format (RTL marks, zero-width) and unassigned characters become spaces; cut long input."""
    text = text[: MAX_QUERY_CHARS * 4]
    cleaned = "".join(
        " " if unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"} else ch for ch in text
    )
    return cleaned[:MAX_QUERY_CHARS]


def words_of(text: str) -> tuple[str, ...]:
    """The indexable words of a piece of query text, as typed (stop words dropped)."""
    return tuple(m.group(0) for m in TOKEN_PATTERN.finditer(text) if normalize_word(m.group(0)))


def parse_query(text: str) -> ParsedQuery:
    """Any string -> what it asks for. Never raises."""
    text = GROUPED_NUMBER.sub(_without_spaces, sanitize(text))  # "650 000" is one number, as indexed
    explain = bool(_EXPLAIN_PATTERN.search(text))
    text = _EXPLAIN_PATTERN.sub(" ", text)
    state = _ParseState()
    lexemes = _LEXEME.findall(text)
    index = 0
    while index < len(lexemes):
        index = state.take(lexemes, index)
    intent_kinds = list(dict.fromkeys(state.intent_kinds))
    if explain and PassageKind.EXPLAINER not in intent_kinds:
        intent_kinds.append(PassageKind.EXPLAINER)
    return ParsedQuery(
        clauses=tuple(state.clauses[:MAX_CLAUSES]),
        excluded=tuple(state.excluded[:MAX_CLAUSES]),
        intent_words=tuple(dict.fromkeys(state.intent_words)),
        intent_kinds=tuple(intent_kinds),
        kind=state.kind,
        axis=state.axis,
        doc_id=state.doc_id,
    )


def _without_spaces(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "")


@dataclass
class _ParseState:
    clauses: list[Clause] = field(default_factory=list)
    excluded: list[Alternative] = field(default_factory=list)
    intent_words: list[str] = field(default_factory=list)
    intent_kinds: list[PassageKind] = field(default_factory=list)
    kind: PassageKind | None = None
    axis: int | None = None
    doc_id: str | None = None
    join_next: bool = False  # the previous lexeme was OR
    exclude_next: bool = False  # the previous lexeme was NOT

    def take(self, lexemes: list[str], index: int) -> int:
        lexeme = lexemes[index]
        if lexeme in {"OR", "OU", "|", "||"}:
            self.join_next = bool(self.clauses)
            return index + 1
        if lexeme in {"AND", "ET", "&", "&&", "+"}:
            return index + 1
        if lexeme in {"NOT", "SAUF"}:
            self.exclude_next = True
            return index + 1
        excluded = self.exclude_next or (lexeme.startswith("-") and len(lexeme) > 1)
        self.exclude_next = False
        body = lexeme[1:] if lexeme.startswith("-") and len(lexeme) > 1 else lexeme
        if body[:1] in _QUOTES:
            self._add(_phrase(body), excluded)
        elif not excluded and self._take_filter(body):
            pass
        else:
            self._take_words(body, excluded)
        return index + 1

    def _take_filter(self, body: str) -> bool:
        match = _FIELD.match(body)
        if not match or fold(match.group(1)) not in _FIELD_NAMES:
            return False
        name, value = _FIELD_NAMES[fold(match.group(1))], match.group(2).strip()
        if name == "kind" and fold(value) in KIND_NAMES:
            self.kind = KIND_NAMES[fold(value)]
            return True
        if name == "axis" and value.isdigit() and len(value) < 4:
            self.axis = int(value)
            return True
        if name == "doc" and re.fullmatch(r"[0-9a-fA-F]{1,64}", value):
            self.doc_id = value.lower()
            return True
        return False

    def _take_words(self, body: str, excluded: bool) -> None:
        words = words_of(body)
        if not words:
            self.join_next = False
            return
        if not excluded and not self.join_next and len(words) == 1:
            folded = normalize_word(words[0])
            if folded in INTENT_WORDS:
                self.intent_words.append(words[0])
                self.intent_kinds.append(INTENT_WORDS[folded])
                return
            if folded in QUESTION_WORDS:
                return
        if len(words) == 1:
            self._add((Alternative(words),), excluded)
        else:  # "éco-transition", "Lille/Lens": the words side by side, or written as one
            joined = Alternative((compound_of(body) or "".join(words),))
            self._add((Alternative(words), joined), excluded)

    def _add(self, alternatives: tuple[Alternative, ...], excluded: bool) -> None:
        alternatives = tuple(a for a in alternatives if a.words)
        if not alternatives:
            self.join_next = False
            return
        if excluded:
            self.excluded.extend(alternatives)
        elif self.join_next and self.clauses:
            previous = self.clauses.pop()
            self.clauses.append(Clause(previous.alternatives + alternatives))
        else:
            self.clauses.append(Clause(alternatives))
        self.join_next = False


def _phrase(body: str) -> tuple[Alternative, ...]:
    opening = body[0]
    inner = body[1:]
    if inner.endswith(_QUOTES[opening]):
        inner = inner[:-1]
    words = words_of(inner)
    return (Alternative(words, quoted=True),) if words else ()


# --- OCR-aware closeness ------------------------------------------------------------------------------

# Characters OCR confuses with one another (folded text): a substitution inside one group is cheap.
CONFUSABLE_GROUPS = (
    "li1|!tfj",  # thin strokes: l I 1 | and their neighbours
    "o0cdbe6",  # round shapes: o ô, and what OCR made of them (d b 6 é c)
    "gq9",
    "un",
    "rn",
    "hb",
    "vy",
    "s5",
    "z2",
)
_GROUP_OF = {}
for _number, _group in enumerate(CONFUSABLE_GROUPS):
    for _ch in _group:
        _GROUP_OF.setdefault(_ch, set()).add(_number)

# Multi-letter confusions, applied to build a word's OCR skeleton (compared by edit distance).
_SKELETON_RULES = (
    ("rn", "m"),
    ("nn", "m"),
    ("vv", "w"),
    ("cl", "d"),
    ("oe", "ce"),  # œ read as "ce": cœur -> cceur, œuvre -> ceuvre
)
_SKELETON_CHARS = str.maketrans({"1": "l", "i": "l", "|": "l", "!": "l", "0": "o", "6": "o", "5": "s"})

ELISION_LETTERS = frozenset("ldsncjmt")


@lru_cache(maxsize=100_000)
def ocr_skeleton(folded: str) -> str:
    """A folded word with OCR's usual confusions merged: ``cceur`` and ``coeur`` agree."""
    for pattern, replacement in _SKELETON_RULES:
        folded = folded.replace(pattern, replacement)
    return folded.translate(_SKELETON_CHARS)


def _substitution_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if _GROUP_OF.get(a, set()) & _GROUP_OF.get(b, set()):
        return 0.5
    return 1.0


def ocr_distance(query: str, candidate: str) -> float:
    """An edit distance where OCR's confusions cost half, and so does a doubled letter or an
    elision whose apostrophe OCR lost (``lengagement`` for ``l'engagement``)."""
    if candidate[:1] in ELISION_LETTERS and candidate[1:] == query:
        return 0.5
    a, b = ocr_skeleton(query), ocr_skeleton(candidate)
    if a == b:
        return 0.25
    cost = 0.0  # priced along the alignment rapidfuzz finds (in C) for plain edits
    for operation, i, j in Levenshtein.editops(a, b):
        if operation == "replace":
            cost += _substitution_cost(a[i], b[j])
        elif operation == "insert":
            cost += 0.5 if b[j] in b[max(0, j - 1) : j] + b[j + 1 : j + 2] else 1.0
        else:
            cost += 0.5 if a[i] in a[max(0, i - 1) : i] + a[i + 1 : i + 2] else 1.0
    return cost


def ocr_budget(length: int) -> float:
    """How far (in `ocr_distance`) an OCR form may stray from a word of this length."""
    if length < 4:
        return 0.0
    if length <= 4:
        return 0.5
    if length <= 10:
        return 1.0
    return 1.5


def ocr_reach(length: int) -> int:
    """The plain edits (on OCR skeletons) an OCR form of a word of this length may be away: every
    edit costs at least 0.5 in `ocr_distance`."""
    return math.floor(2 * ocr_budget(length))


def typo_reach(length: int) -> int:
    """The edits a typo may make in a word of this length (none below 4 letters)."""
    if length < 4:
        return 0
    return 1 if length <= 5 else 2


# --- Finding near strings without comparing with each ---------------------------------------------


class NearStrings:
    """Strings found by edit distance without comparing the query with every one of them.

    The pigeonhole filter of "pass-join": a string cut into n pieces keeps one piece whole after
    fewer than n edits, and that piece sits in the other string shifted by no more than the edits
    allow (``|shift| + |length difference - shift| <= edits``). Each string is cut, when the
    vocabulary is loaded, into one piece more than each number of edits a query may spend on a
    string of its length (`reach_of` gives the edits a query of a given length may spend); a query
    looks up its own substrings at each piece's possible positions, and only the strings found that
    way are compared (by rapidfuzz, in C). The result is exactly that of comparing with every
    string, at a few dictionary look-ups per piece instead of a scan of the vocabulary.
    """

    def __init__(self, strings: Iterable[str], reach_of: Callable[[int], int]) -> None:
        self.strings: list[str] = []
        # (length, edits) -> one table per piece: the piece's text -> positions of the strings
        self._pieces: dict[tuple[int, int], list[dict[str, list[int]]]] = {}
        self._short: dict[tuple[int, int], list[int]] = {}  # too short to cut: always compared
        for position, text in enumerate(strings):
            self.strings.append(text)
            length = len(text)
            for edits in _edits_towards(length, reach_of):
                if length <= edits:
                    self._short.setdefault((length, edits), []).append(position)
                    continue
                tables = self._pieces.get((length, edits))
                if tables is None:
                    tables = self._pieces[length, edits] = [{} for _ in range(edits + 1)]
                for (begin, size), table in zip(_piece_bounds(length, edits + 1), tables, strict=True):
                    table.setdefault(text[begin : begin + size], []).append(position)

    def near(self, query: str, edits: int) -> list[tuple[int, int]]:
        """(position, distance) of the strings at most `edits` plain edits away from `query`."""
        if edits <= 0:
            return []
        candidates: set[int] = set()
        query_length = len(query)
        for length in range(max(1, query_length - edits), query_length + edits + 1):
            candidates.update(self._short.get((length, edits), ()))
            tables = self._pieces.get((length, edits))
            if tables is None:
                continue
            difference = query_length - length
            lowest, highest = -((edits - difference) // 2), (edits + difference) // 2
            for (begin, size), table in zip(_piece_bounds(length, edits + 1), tables, strict=True):
                for start in range(max(0, begin + lowest), min(query_length - size, begin + highest) + 1):
                    found = table.get(query[start : start + size])
                    if found:
                        candidates.update(found)
        positions = list(candidates)
        strings = self.strings
        close = process.extract(
            query,
            [strings[position] for position in positions],
            scorer=Levenshtein.distance,
            score_cutoff=edits,
            limit=None,
        )
        return [(positions[index], int(distance)) for _string, distance, index in close]


@lru_cache(maxsize=256)
def _piece_bounds(length: int, count: int) -> tuple[tuple[int, int], ...]:
    """(start, size) of `count` pieces of a string of `length`, the longer ones last."""
    small, longer = divmod(length, count)
    bounds = []
    start = 0
    for index in range(count):
        size = small + (1 if index >= count - longer else 0)
        bounds.append((start, size))
        start += size
    return tuple(bounds)


@lru_cache(maxsize=256)
def _edits_towards(length: int, reach_of: Callable[[int], int]) -> tuple[int, ...]:
    """The numbers of edits that queries may spend on a string of `length` (queries of other
    lengths reach it by insertions and deletions)."""
    lengths = range(max(1, length - 8), length + 9)
    return tuple(sorted({reach_of(q) for q in lengths if reach_of(q) > 0 and abs(q - length) <= reach_of(q)}))


# --- The index's vocabulary -------------------------------------------------------------------------

# What the Snowball French stemmer already joins: rénover/rénovation (renov), dépolluer/dépollution
# (depollu), aménager/aménagement (amenag), valoriser/valorisation, transformer/transformation.
# What it leaves apart, and these endings join at a lower weight: recycler/recyclage (recycl,
# recyclag), construire/construction (construir, construct), requalifier/requalification
# (requalifi, requalif), planter/plantation (plant, plantat), former/formation (form, format),
# tourisme/touristique (tourism, tourist).
DERIVATION_ENDINGS = ("ation", "ement", "ment", "ag", "at", "ir", "ct", "eur", "i")
MIN_ROOT = 4


def derivation_root(stemmed: str) -> str:
    """The root a stem shares with its derivational relatives (the stem itself if none applies)."""
    if stemmed[:1].isdigit():
        return stemmed
    if stemmed.endswith("ism") and len(stemmed) - 3 >= MIN_ROOT:  # tourism -> tourist (touristique)
        return stemmed[:-3] + "ist"
    for ending in DERIVATION_ENDINGS:
        if stemmed.endswith(ending) and len(stemmed) - len(ending) >= MIN_ROOT:
            return stemmed[: -len(ending)]
    return stemmed


ADJECTIVE_ENDINGS = tuple(
    sorted(
        {f"{head}{tail}" for head in ("ial", "al") for tail in ("", "e", "es")}
        | {"iaux", "aux"}
        | {f"{head}{tail}" for head in ("iel", "el") for tail in ("", "s", "le", "les")}
        | {"aire", "aires", "if", "ifs", "ive", "ives"},
        key=len,
        reverse=True,
    )
)
"""Endings of the adjective French makes on a noun (folded words), which the stemmer leaves apart
from it: musée / muséal, commerce / commerciales, culture / culturelles, nation / nationaux,
université / universitaire, sport / sportifs, environnement / environnementale."""
MIN_RELATIVE_BASE = 5  # sign/signal, form/formel, part/partiel, parc/parcelle: shorter bases mislead


def adjective_base(folded: str) -> str | None:
    """The noun's base an adjective is made on: "commerciales" -> "commerc", "museal" -> "muse"."""
    for ending in ADJECTIVE_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= MIN_ROOT:
            return folded[: -len(ending)]
    return None


def noun_base(folded: str) -> str:
    """A noun without its plural and its final e: "commerces" -> "commerc", "musee" -> "muse"."""
    singular = folded[:-1] if folded.endswith(("s", "x")) and len(folded) > 3 else folded
    return singular[:-1] if singular.endswith("e") else singular


def _is_participle(folded: str) -> bool:
    """A past participle without its accent that no noun writes ("integre" for « intégré »)."""
    from artois_reader.core.lexicon import participles  # read on first use

    known = participles().get(folded)
    return known is not None and not known[1]


def _relative_base_ok(base: str, noun: str) -> bool:
    """A base long enough to be no accident, or that of a noun in -ée (musée / muséal); never a
    function word's (contre / contraire)."""
    long_enough = len(base) >= MIN_RELATIVE_BASE or (
        len(base) >= MIN_ROOT and noun.rstrip("s").endswith("ee")
    )
    return long_enough and stem(noun) not in FUNCTION_STEMS


def inflection_key(folded: str) -> str:
    """A folded word without its plural and feminine endings: 'minier', 'minière', 'minières', and
    'dégradé', 'dégradées', and 'lieu', 'lieux' agree. The stemmer does not always join them once
    accents are folded ('minier' -> mini, 'miniere' -> minier)."""
    base = folded.rstrip("esx")
    return base if len(base) >= 3 and len(folded) - len(base) <= 3 else folded


VERB_ENDINGS = ("er", "ir", "re", "ant")
"""Endings of an infinitive or a present participle (folded): the words that show a verb stands
behind a root ("recycler", "construire", "requalifiant")."""


def looks_verbal(folded: str) -> bool:
    return len(folded) > 4 and folded.endswith(VERB_ENDINGS)


FUNCTION_STEMS = frozenset(stem(fold(word)) for word in FUNCTION_WORDS)
"""Stems of prepositions, pronouns and the like: they derive nothing ("contre" is no relative of
"contrat", though both share "contr" once "-at" is cut)."""

PREFIXES = ("de", "re")  # folded dé-, re-/ré-: "dépollution", "reconversion"
MIN_PREFIXED = 7  # shorter words make false friends: marche/démarche, action/réaction
MAX_CACHED_VARIANTS = 64
CACHE_SIZE = 4096


def is_french(folded: str) -> bool:
    """A folded word the general French lexicon has ("potable", "desert" for « désert »); its words
    are read on first use (SearchIndex.prepare reads them ahead, on the window's index thread)."""
    from artois_reader.core.lexicon import is_french_word  # only when a search needs it

    return is_french_word(folded)


def _remember(cache: dict[str, Any], key: str, value: Any) -> None:
    if len(cache) >= CACHE_SIZE:
        cache.clear()  # simple and bounded: a new session of typing refills it
    cache[key] = value


@dataclass(frozen=True)
class OcrVariant:
    word: str  # a folded word of the index
    distance: float


class Vocabulary:
    """The words an index holds, to stretch query words towards them.

    `words` maps each folded word of the cleaned text to its document frequency; `ocr_words`
    the words seen only in the raw OCR text; `stems` the stemmed terms; `known` the words of the
    text French has (in the lexicon, common words and proper names: "central", "lille"), which are
    no damaged form of another word.
    """

    def __init__(
        self,
        words: Mapping[str, int],
        ocr_words: Mapping[str, int] | None = None,
        stems: Iterable[str] = (),
        known: Iterable[str] = (),
    ) -> None:
        self.words = dict(words)
        self.ocr_words = dict(ocr_words or {})
        self.stems = frozenset(stems)
        self.known = frozenset(known)
        all_words = [word for word in {**self.ocr_words, **self.words} if not word[:1].isdigit()]
        self._skeleton_words = all_words  # position in `_skeletons` -> word
        self._skeletons = NearStrings((ocr_skeleton(word) for word in all_words), ocr_reach)
        self._spellings = NearStrings((w for w in self.words if not w[:1].isdigit()), typo_reach)
        self._variants: dict[str, list[OcrVariant]] = {}  # query words come back as one types
        self._corrections: dict[str, str | None] = {}
        self._tails: list[tuple[str, str]] | None = None  # (word reversed, word), built when needed
        self._roots: dict[str, list[str]] = {}
        for stemmed in self.stems - FUNCTION_STEMS:
            root = derivation_root(stemmed)
            if root != stemmed or len(stemmed) >= MIN_ROOT:
                self._roots.setdefault(root, []).append(stemmed)
        self._verb_roots = {derivation_root(stem(word)) for word in self.words if looks_verbal(word)}
        self._adjectives: dict[str, list[str]] = {}  # a noun's base -> the text's adjectives on it
        self._nouns: dict[str, list[str]] = {}  # a noun's base -> the text's other words with that base
        for word in self.words:
            if word[:1].isdigit():
                continue
            base = adjective_base(word)
            if base is None:
                self._nouns.setdefault(noun_base(word), []).append(word)
            else:
                self._adjectives.setdefault(base, []).append(word)

    def clear_caches(self) -> None:
        self._variants.clear()
        self._corrections.clear()

    def frequency(self, folded: str) -> int:
        return self.words.get(folded, 0) + self.ocr_words.get(folded, 0)

    def knows(self, folded: str) -> bool:
        """True when the cleaned text has this word, or a word with its stem."""
        return folded in self.words or stem(folded) in self.stems

    def ocr_variants(self, folded: str, *, limit: int = 12) -> list[OcrVariant]:
        """Index words that look like OCR damage of `folded` (closest first, the word excluded)."""
        budget = ocr_budget(len(folded))
        if not budget or folded[:1].isdigit():
            return []
        cached = self._variants.get(folded)
        if cached is not None:
            return cached[:limit]
        found: dict[str, float] = {}
        reach = ocr_reach(len(folded))
        for position, _edits in self._skeletons.near(ocr_skeleton(folded), reach):
            word = self._skeleton_words[position]
            if word == folded or abs(len(word) - len(folded)) > reach:
                continue  # as many letters give or take the reach: "cornme" is no OCR form of "come"
            distance = ocr_distance(folded, word)
            if distance <= budget and self._plausible_damage(folded, word, distance):
                found[word] = distance
        ranked = sorted(found.items(), key=lambda item: (item[1], -self.frequency(item[0]), item[0]))
        variants = [OcrVariant(word, distance) for word, distance in ranked[:MAX_CACHED_VARIANTS]]
        _remember(self._variants, folded, variants)
        return variants[:limit]

    def _plausible_damage(self, folded: str, word: str, distance: float) -> bool:
        """OCR's cheapest confusions (one look-alike letter), and the word's other gender or number,
        are always plausible. When the text lacks the word altogether, its near forms are all there
        is to find. Otherwise a full edit is plausible only towards a form French does not have
        ("central" is no damaged "contrat", "Lille" no damaged "ville") that is rare beside the word
        ("communs" is no damaged "communes")."""
        if word in self.words and stem(word) == stem(folded):
            return False  # the stemmed field already finds it
        if different_words(folded, word):
            return False  # "aire" is no damaged "air"
        if distance <= 0.5 or inflection_key(word) == inflection_key(folded):
            return True  # a look-alike, or the same word in the other gender or number
        seen = self.words.get(folded, 0)
        if not seen:  # a French word the text lacks is not found in another French word of it
            return word not in self.known or not is_french(folded)  # "scolaire" is no "solaire"
        return word not in self.known and self.words.get(word, 0) <= max(2, seen // 10)

    def derivations(self, stemmed: str, folded: str = "") -> list[str]:
        """Stems sharing a derivational root with `stemmed` (itself excluded), the query word
        `folded`'s stem. A suffix joins a verb to its noun (recycler/recyclage), so a verb must stand
        behind the root, in the text or in the query: 'ville' and 'village' share 'vill', but no
        verb 'viller' joins them. An -isme and its -iste need none (tourisme/touristique)."""
        root = derivation_root(stemmed)
        if len(root) < MIN_ROOT or stemmed in FUNCTION_STEMS:
            return []
        verbal = root in self._verb_roots or looks_verbal(folded) or root.endswith("ist")
        return sorted(s for s in self._roots.get(root, ()) if s != stemmed) if verbal else []

    def relatives(self, stemmed: str, folded: str) -> list[str]:
        """For a word the text lacks, the text's adjectives made on it, or the noun an adjective is
        made on (`ADJECTIVE_ENDINGS`), as written (folded): « musée » finds « muséal », « commerce »
        « commerciales », « universitaire » « université ». A word the text has gets none (« central »
        does not reach « centre », nor « commun » « communal »), nor does a past participle
        (« intégré » is no noun of « intégral »)."""
        if not folded or folded in self.words or stemmed in self.stems:
            return []
        found: set[str] = set()
        base = noun_base(folded)
        if _relative_base_ok(base, folded) and not _is_participle(folded):
            found.update(self._adjectives.get(base, ()))
        base = adjective_base(folded) or ""
        for noun in self._nouns.get(base, ()):
            if _relative_base_ok(base, noun) and not _is_participle(noun):
                found.add(noun)
        return sorted(found - {folded})

    def correction(self, folded: str) -> str | None:
        """The word of the cleaned text the user most likely meant, when `folded` is unknown. A word
        French has is no typo: it gets none of the text's near spellings ("eau potable" is not
        « eau totale »), only a word of the text it is welded into ("vélo" in « Eurovélo »)."""
        if len(folded) < 4 or folded[:1].isdigit() or self.knows(folded):
            return None
        if folded in self._corrections:
            return self._corrections[folded]
        found = self._welded_holder(folded) if is_french(folded) else self._correction(folded)
        _remember(self._corrections, folded, found)
        return found

    def _correction(self, folded: str) -> str | None:
        best: tuple[float, int, str] | None = None
        words = self._spellings.strings  # the cleaned text's words: never suggest an OCR form
        for position, distance in self._spellings.near(folded, typo_reach(len(folded))):
            word = words[position]
            frequency = self.words.get(word, 0)
            if frequency < 1:
                continue
            key = (distance, -frequency, word)
            if best is None or key < best:
                best = key
        return best[2] if best else self._welded_holder(folded)

    def _welded_holder(self, folded: str) -> str | None:
        """The most frequent word of the cleaned text that ends with `folded` after at least three
        more letters: the text may only have the word welded into a name ("Eurovélo" for "vélo"),
        or after the prefix dé- or re- of a long word ("dépollution" for "pollution"; "marche" is
        too short to be offered "démarche")."""
        if self._tails is None:
            self._tails = sorted((w[::-1], w) for w in self.words if not w[:1].isdigit())
        tail = folded[::-1]
        found = []
        for reversed_word, word in self._tails[bisect.bisect_left(self._tails, (tail,)) :]:
            if not reversed_word.startswith(tail):
                break
            head = word[: len(word) - len(folded)]
            if len(head) >= 3 or (head in PREFIXES and len(folded) >= MIN_PREFIXED):
                found.append((-self.words[word], len(word), word))
        return min(found)[2] if found else None
