"""A general French lexicon: which words French has, how often it uses them, how they are accented.

The cleaning rules use it where the document alone cannot tell: an OCR form that is no French
word ("étre", "bientdt", "laffirmation") and a French word one known OCR confusion away.

The data is `resources/lexicon/fr_lexicon.txt.gz` (made by `tools/make_lexicon.py`; sources and
licences in `resources/lexicon/README.md`): about 155,000 common word forms with their Zipf
frequency (log10 of occurrences per billion words, so 6 is one word in a thousand, 3 one in a
million, 0 unmeasured) and 8,000 proper nouns. The communes of the bundled gazetteer are added to
the names. `french_lexicon()` reads it once, on first use, and keeps it.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from artois_reader.core.resources import data_lines, resource_path

LEXICON_FILE = ("lexicon", "fr_lexicon.txt.gz")
GAZETTEER_FILE = ("gazetteer", "communes_hdf.json")
FINITE_VERBS_FILE = ("lexicon", "finite_verbs.txt")
PARTICIPLES_FILE = ("lexicon", "participles.txt")
SECTIONS = ("words", "bands", "accents", "usage", "trigrams", "names")

_ACCENTED = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿ"
_BARE = "aaaaaaceeeeiiiinooooouuuuyy"
_FOLD = str.maketrans({**dict(zip(_ACCENTED, _BARE, strict=True)), "œ": "oe", "æ": "ae", "’": "'"})
_KEY = str.maketrans({"’": "'", "‘": "'"})


def fold_accents(word: str) -> str:
    """Lower case, without accents, œ and æ spelled out: the key all spellings of a word share
    ("Chaîne", "chaine", "CHAINE" -> "chaine")."""
    return word.casefold().translate(_FOLD)


def _key(word: str) -> str:
    return word.casefold().translate(_KEY)


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Word forms of French. `words` are the common words in lower case, sorted; `bands[i]` is
    the Zipf frequency of `words[i]` as chr(33 + Zipf x 10); `accents` lists "folded word" for
    each word with an accent, ç or œ, sorted; `names` holds proper nouns in lower case; `usage`
    lists "spelling band" for spellings in use that are no word; `trigrams` the letter trigrams
    of French words. Sorted lists are searched by bisection, so reading the file builds no
    table (but the small set of trigrams)."""

    words: Sequence[str]
    bands: str
    accents: Sequence[str]
    names: frozenset[str] = frozenset()
    usage: Sequence[str] = ()  # "etat ~": spellings in use that are no word, with their band
    trigrams: frozenset[str] = frozenset()  # "^mo", "mod", "le$": letter trigrams of French words
    _derived: dict[str, object] = field(default_factory=dict, repr=False)
    _common: dict[str, bool] = field(default_factory=dict, repr=False)  # answers of is_common

    @classmethod
    def from_words(
        cls,
        frequencies: Mapping[str, float],
        names: Iterable[str] = (),
        usage: Mapping[str, float] | None = None,
    ) -> Lexicon:
        """A lexicon from plain data: {word: Zipf frequency}, names, and {spelling in use that
        is no word: Zipf frequency}."""
        zipf = {_key(word): value for word, value in frequencies.items()}
        words = sorted(zipf)
        bands = "".join(_band(zipf[word]) for word in words)
        accents = sorted(f"{fold_accents(word)} {word}" for word in words if not word.isascii())
        spelled = sorted(f"{_key(w)} {_band(z)}" for w, z in (usage or {}).items())
        trigrams = frozenset(t for w in words if zipf[w] >= 2 for t in _trigrams(w))
        return cls(words, bands, accents, frozenset(_key(name) for name in names), spelled, trigrams)

    # --- what a word is ---------------------------------------------------------------------

    def _position(self, key: str) -> int | None:
        index = bisect_left(self.words, key)
        return index if index < len(self.words) and self.words[index] == key else None

    def is_common(self, word: str) -> bool:
        """A common French word, in any case. "coeur" counts as "cœur", and a plural in -s or -x
        as its singular ("cyclotouristiques"): the lexicon keeps only the forms French uses."""
        key = _key(word)
        known = self._common.get(key)
        if known is None:
            known = _kept_or_plural(key, self.words) or (
                "oe" in key and self._position(key.replace("oe", "œ")) is not None
            )
            self._common[key] = known
        return known

    def is_name(self, word: str) -> bool:
        return _key(word) in self.names

    def knows(self, word: str) -> bool:
        """A French word or a known proper noun."""
        return self.is_common(word) or self.is_name(word)

    def zipf(self, word: str) -> float:
        """How often French uses the word: its Zipf frequency, 0 when unknown or unmeasured."""
        index = self._position(_key(word))
        return 0.0 if index is None else (ord(self.bands[index]) - 33) / 10

    def usage_zipf(self, word: str) -> float:
        """How often French text shows this spelling when it is no dictionary word: English
        words ("time" 4.3), foreign names ("Sanchez" 3.6), accent-less spellings ("etat" 5.1).
        0 for a spelling French text does not use (OCR errors: "aqilleurs", "bientdt")."""
        prefix = _key(word) + " "
        index = bisect_left(self.usage, prefix)
        if index < len(self.usage) and self.usage[index].startswith(prefix):
            return (ord(self.usage[index][-1]) - 33) / 10
        return 0.0

    def unaccented_zipf(self, word: str) -> float:
        """How often French writes the word without any accent ("etat": 5.1, beside "état":
        5.6; "arena": 3.6, beside "aréna": 2.9, so "Arena" is a name or a loanword)."""
        return self.usage_zipf(fold_accents(word))

    def unseen_letters(self, word: str) -> set[int]:
        """Positions of the letters of `word` inside a three-letter sequence no French word
        holds ("aqilleurs" -> {0, 1, 2, 3}: "^aq", "aqi", "qil"): letters that may not belong."""
        padded = f"^{_key(word)}$"
        found: set[int] = set()
        for start in range(len(padded) - 2):
            if padded[start : start + 3] not in self.trigrams:
                found.update(i - 1 for i in range(start, start + 3) if 0 < i < len(padded) - 1)
        return found

    def is_compound_head(self, part: str) -> bool:
        """Does a hyphenated common word start with `part` ("co" of "co-auteur", "sous")?"""
        prefix = _key(part) + "-"
        index = bisect_left(self.words, prefix)
        return index < len(self.words) and self.words[index].startswith(prefix)

    # --- spellings --------------------------------------------------------------------------

    def spellings(self, word: str) -> list[str]:
        """The common words that differ from `word` by accents only, the most frequent first
        ("modele" -> ["modèle", "modelé"], "cote" -> ["côté", "côte", "coté", "cote"])."""
        folded = fold_accents(word)
        prefix = folded + " "
        found = []
        index = bisect_left(self.accents, prefix)
        while index < len(self.accents) and self.accents[index].startswith(prefix):
            found.append(self.accents[index][len(prefix) :])
            index += 1
        if self._position(folded) is not None:
            found.append(folded)
        return sorted(found, key=lambda w: (-self.zipf(w), w))

    def name_spellings(self, word: str) -> list[str]:
        """The proper nouns that differ from `word` by accents only, in lower case."""
        table = self._derived.get("names")
        if table is None:
            grouped: defaultdict[str, list[str]] = defaultdict(list)
            for name in self.names:
                grouped[fold_accents(name)].append(name)
            table = self._derived["names"] = {key: sorted(group) for key, group in grouped.items()}
        return list(table.get(fold_accents(word), ()))  # type: ignore[attr-defined]


def _trigrams(word: str) -> list[str]:
    padded = f"^{word}$"
    return [padded[i : i + 3] for i in range(len(padded) - 2)] if "-" not in word else []


def _band(zipf: float) -> str:
    return chr(33 + round(zipf * 10))


def read_lexicon(path: Path) -> Lexicon:
    """The lexicon file (see `tools/make_lexicon.py`): sections `=words`, `=bands`, `=accents`,
    `=usage`, `=trigrams`, `=names`."""
    sections = read_sections(path)
    words, accents = sections["words"], sections["accents"]
    bands = "".join(sections["bands"])
    if len(bands) != len(words):
        raise ValueError(f"{path}: {len(words)} words but {len(bands)} frequency bands")
    names = frozenset(name.casefold() for name in sections["names"])
    return Lexicon(words, bands, accents, names, sections["usage"], frozenset(sections["trigrams"]))


def read_sections(path: Path) -> dict[str, list[str]]:
    """The lexicon file's sections by name, each a list of lines."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    sections: dict[str, list[str]] = {}
    for section in text.split("\n=")[1:]:
        head, _, body = section.partition("\n")
        sections[head] = body.split("\n")[:-1] if body.endswith("\n") else body.split("\n")
    missing = [name for name in SECTIONS if name not in sections]
    if missing:
        raise ValueError(f"{path}: no {', '.join(missing)} section in the lexicon file")
    return sections


@cache
def folded_french_words() -> tuple[str, ...]:
    """The common words of the bundled lexicon without their accents, sorted: all a search needs to
    tell a French word from a typo, in a third of the whole lexicon's memory (~13 MB), read once."""
    found: set[str] = set()
    section = ""
    with gzip.open(resource_path(*LEXICON_FILE), "rt", encoding="utf-8") as lines:
        for line in lines:  # line by line: the other sections are never held in memory
            if line.startswith("="):
                section = line[1:].strip()
            elif section == "words" and line.isascii():
                found.add(line.rstrip("\n"))
            elif section == "accents":
                found.add(line.partition(" ")[0])  # "folded word"
    return tuple(sorted(found))


def is_french_word(folded: str) -> bool:
    """A common word of French, lower case and without accents ("desert" for « désert »); a plural
    in -s or -x of one counts, as in `Lexicon.is_common` (the lexicon keeps the forms French uses)."""
    return _kept_or_plural(folded, folded_french_words())


def _kept_or_plural(key: str, words: Sequence[str]) -> bool:
    """`key` is in the sorted `words`, or is the plural in -s or -x of one of them."""

    def has(form: str) -> bool:
        index = bisect_left(words, form)
        return index < len(words) and words[index] == form

    return has(key) or (len(key) > 3 and key[-1] in "sx" and has(key[:-1]))


@cache
def finite_verbs() -> frozenset[str]:
    """Third-person verb forms no other word writes ("contribue", "permettent"; not "forme", a noun
    too): resources/lexicon/finite_verbs.txt, made by tools/make_finite_verbs.py from the dictionary."""
    return read_finite_verbs(resource_path(*FINITE_VERBS_FILE))


def read_finite_verbs(path: Path) -> frozenset[str]:
    return frozenset(data_lines(path))


@cache
def participles() -> dict[str, tuple[str, bool]]:
    """Verb forms that are a past participle without its accent, with that participle and whether a
    noun writes the form too ("conserve" -> ("conservé", True)): resources/lexicon/participles.txt,
    made by tools/make_participles.py from the dictionary."""
    return read_participles(resource_path(*PARTICIPLES_FILE))


def read_participles(path: Path) -> dict[str, tuple[str, bool]]:
    found = {}
    for line in data_lines(path):
        form, accented, *noun = line.split()
        found[form] = (accented, bool(noun))
    return found


def gazetteer_names(path: Path) -> set[str]:
    """The words of the communes' names that start with a capital ("Billy-Berclau" -> billy,
    berclau), in lower case."""
    data = json.loads(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for commune in data.get("communes", []):
        for part in commune["name"].replace("'", " ").replace("’", " ").replace("-", " ").split():
            if part[:1].isupper() and len(part) >= 3:
                names.add(part.casefold())
    return names


@cache
def french_lexicon() -> Lexicon:
    """The bundled French lexicon with the gazetteer's communes, read once."""
    lexicon = read_lexicon(resource_path(*LEXICON_FILE))
    gazetteer = resource_path(*GAZETTEER_FILE)
    if gazetteer.is_file():
        extra = {name for name in gazetteer_names(gazetteer) if not lexicon.is_common(name)}
        lexicon = dataclasses.replace(lexicon, names=lexicon.names | extra, _derived={}, _common={})
    return lexicon
