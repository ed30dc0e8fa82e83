"""The French analysis chain, and the two analyzer classes Whoosh pickles into the index.

One chain, written once, used three ways: by the index (through the analyzer classes below), by
the query builder (`analyze_query_word`) and by the highlighter (`word_spans`), so a word is
always cut, folded and stemmed the same way wherever it is seen.

The chain, in order:

1. **tokenize**: runs of letters and digits; an apostrophe between two letters keeps the word
   whole (``l'eau``, ``aujourd'hui``) so that elision can look at it; digits grouped by thousands
   with a dot, a space or a narrow space are one number (``650 000``, ``650.000`` -> ``650000``:
   one to three digits, then groups of exactly three, the last not followed by a digit, so that
   ``2017 2018`` stays two numbers); hyphens split, and the index also gets the words of a
   hyphenated compound welded together (``éco-transition`` -> ``eco``, ``transition`` and
   ``ecotransition``), so that the compound is found whether it is typed with its hyphen, without
   it, or welded (``coconstruire`` and ``co-construire`` find each other).
2. **elision**: ``l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu'`` are dropped, and so
   are the forms OCR gives them (``I'`` ``1'`` ``Il'``).
3. **lowercase and fold**: accents removed, ligatures opened (``œ`` -> ``oe``, ``æ`` -> ``ae``),
   every apostrophe made ``'``. Folding comes before stemming because the Snowball French
   stemmer is accent-sensitive (``filières`` and ``filieres`` would stem apart).
4. **stop words**: a folded French list (articles, pronouns, auxiliaries) and one-letter words.
5. **stem** (stemming analyzer only): the Snowball French stemmer, except for the forms it joins to
   a different word one "e" shorter, which keep a stem of their own (``aire`` is not ``air``,
   ``trame`` not ``tram``; the list is made from the dictionary by tools/make_stem_splits.py), and
   the feminine and plural forms it parts from their own word, which take that word's stem
   (``publique`` is ``public``, ``douce`` ``doux``; tools/make_stem_joins.py).

Whoosh pickles analyzers into the index by class name: `FrenchStemmingAnalyzer`,
`FrenchFoldingAnalyzer` and `FrenchPairAnalyzer` are part of the index format. Keep their names and
module, keep them stateless (caches live at module level), and bump
`search_index.INDEX_SCHEMA_VERSION` whenever the chain changes what a word becomes.
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from whoosh.analysis import Token, Tokenizer
from whoosh.lang.snowball.french import FrenchStemmer

from artois_reader.core.resources import data_lines, resource_path

APOSTROPHES = "'’‘ʼ`´′"
_APOSTROPHE_CLASS = re.escape(APOSTROPHES)

# A number grouped by thousands with a dot or a (narrow) no-break space, a decimal number, or a word
# (letters and digits: OCR writes "P6le") whose parts may be joined by apostrophes.
_LETTERS = r"[^\W_](?:[^\W_]|[\u0300-\u036f])*"  # letters and digits, combining accents included
TOKEN_PATTERN = re.compile(
    rf"\d{{1,3}}(?:[ .\u00a0\u202f]\d{{3}})+(?![\d])"
    rf"|\d+,\d+(?![^\W_])"
    rf"|{_LETTERS}(?:[{_APOSTROPHE_CLASS}]+{_LETTERS})*"
)
GROUPED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?!\d)")
"""A number grouped by thousands, as the tokenizer takes it (for text cut at spaces first: a query)."""
_NUMBER = re.compile(r"[\d.,\u00a0\u202f ]+")
_NUMBER_SEPARATORS = re.compile(r"[ .\u00a0\u202f]")
HYPHENS = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen (not the dashes)
MAX_WELDED = 40  # longer chains are lists ("Lens-Liévin-Hénin-Carvin-…"), not words
_WORD = rf"{_LETTERS}(?:[{_APOSTROPHE_CLASS}]+{_LETTERS})*"
COMPOUND_PATTERN = re.compile(rf"{_WORD}(?:[{re.escape(HYPHENS)}]{_WORD})+")
"""A hyphenated compound as written ("l'éco-transition", "Nord-Pas-de-Calais")."""

# Folded, lowercase. The OCR forms: a capital I, a one, or "Il" read in place of a lowercase l.
ELISIONS = frozenset(
    {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"} | {"i", "1", "il"}
)

# Folded French stop words: articles, pronouns, prepositions, conjunctions and the forms of
# "être" and "avoir" (after the Snowball and Lucene lists, folded, plus what Whoosh's list lacks).
STOP_WORDS = frozenset(
    str.split(
        """
    a au aux avec ce ces cet cette ceux celle celles celui dans de des du elle elles en et eux il ils
    je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu
    que qui quoi sa se ses son sur ta te tes toi ton tu un une vos votre vous y ci la ca
    c d j l m n s t
    ete etee etees etes etant suis es est sommes sont serai seras sera serons serez seront serais
    serait serions seriez seraient etais etait etions etiez etaient fus fut fumes futes furent sois
    soit soyons soyez soient fusse fusses fut fussions fussiez fussent
    ayant eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait
    aurions auriez auraient avais avait avions aviez avaient eut eumes eutes eurent aie aies ait
    ayons ayez aient eusse eusses eussions eussiez eussent
    dont donc or ni car si sans sous entre vers chez lors afin ainsi aussi tres plus
    """
    )
)

_LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o", "Ø": "o", "ı": "i", "ł": "l"}
    | {ch: "'" for ch in APOSTROPHES}
)

_stemmer = FrenchStemmer()


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lowercase, without accents, ligatures opened, apostrophes made plain: ``Cœur`` -> ``coeur``."""
    opened = word.translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", opened)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def strip_elision(folded: str) -> str:
    """``l'eau`` -> ``eau``; ``jusqu'ici`` -> ``ici``; ``aujourd'hui`` stays whole."""
    head, apostrophe, tail = folded.partition("'")
    if apostrophe and head in ELISIONS and tail.strip("'"):
        return strip_elision(tail.lstrip("'"))  # "d''outils", "qu'l'eau" after OCR: strip again
    return folded


STEM_SPLITS_FILE = ("lexicon", "stem_splits.txt")
STEM_JOINS_FILE = ("lexicon", "stem_joins.txt")


@lru_cache(maxsize=200_000)
def stem(folded: str) -> str:
    """The stem of a folded word: Snowball's, unless the word is one Snowball joins to a different
    word ("aire", "aires" keep "aire" apart from "air") or parts from its own ("publique" joins
    "public", "douce" "doux"); numbers are left as they are."""
    return stem_splits().get(folded) or stem_joins().get(folded) or snowball_stem(folded)


def snowball_stem(folded: str) -> str:
    """The Snowball French stem of a folded word; numbers are left as they are."""
    if not folded or folded[0].isdigit() or len(folded) < 3:
        return folded
    return _stemmer.stem(folded)


def different_words(folded: str, other: str) -> bool:
    """True for two words Snowball would join that are different words ("air" and "aire"): neither
    is the other damaged by OCR."""
    splits = stem_splits()
    if folded not in splits and other not in splits:
        return False
    return snowball_stem(folded) == snowball_stem(other) and stem(folded) != stem(other)


@cache
def stem_splits() -> dict[str, str]:
    """Form -> its own stem, for the forms Snowball joins to a different word one "e" shorter
    (resources/lexicon/stem_splits.txt, made by tools/make_stem_splits.py from the dictionary)."""
    return dict(line.split() for line in data_lines(resource_path(*STEM_SPLITS_FILE)))


@cache
def stem_joins() -> dict[str, str]:
    """Form -> its own word's stem, for the feminine and plural forms Snowball parts from their word
    (resources/lexicon/stem_joins.txt, made by tools/make_stem_joins.py from the dictionary)."""
    return dict(line.split() for line in data_lines(resource_path(*STEM_JOINS_FILE)))


@lru_cache(maxsize=200_000)
def normalize_word(surface: str) -> str:
    """What one token of the text becomes in the unstemmed field ("" when it is a stop word)."""
    if _NUMBER.fullmatch(surface):
        return _NUMBER_SEPARATORS.sub("", surface)
    word = strip_elision(fold(surface))
    if word in STOP_WORDS or len(word) < 2:
        return ""
    return word


@dataclass(frozen=True)
class WordSpan:
    """One indexed word of a text: where it is, and its two index forms."""

    start: int
    end: int
    folded: str  # the unstemmed field's term
    stemmed: str  # the stemmed field's term


def word_spans(text: str) -> Iterator[WordSpan]:
    """Every indexed word of `text` with its character span (stop words are skipped)."""
    for match in TOKEN_PATTERN.finditer(text):
        folded = normalize_word(match.group(0))
        if folded:
            yield WordSpan(match.start(), match.end(), folded, stem(folded))


def analyze(text: str, *, stemmed: bool = True, welded: bool = False) -> list[str]:
    """The terms `text` gives in the stemmed (or, with stemmed=False, the unstemmed) field; with
    welded=True, also the welded forms of its hyphenated compounds, as the index has them."""
    if welded:
        return [word[3] if stemmed else word[2] for word in analyzed(text)]
    out = []
    for match in TOKEN_PATTERN.finditer(text):
        folded = normalize_word(match.group(0))
        if folded:
            out.append(stem(folded) if stemmed else folded)
    return out


def weld(parts: list[str]) -> str:
    """The folded words of a hyphenated compound written as one word, or "" when they make no word
    (a single part, digits, a chain too long to be a word): ``["l'éco", "transition"]`` ->
    ``ecotransition``, ``["Nord", "Pas", "de", "Calais"]`` -> ``nordpasdecalais``."""
    if len(parts) < 2:
        return ""
    folded = [strip_elision(fold(parts[0])), *(fold(part) for part in parts[1:])]
    welded = "".join(folded)
    if len(welded) > MAX_WELDED or not all(part.isalpha() for part in folded):
        return ""
    return welded


def compound_of(text: str) -> str:
    """A text that is one hyphenated compound written as one word, as typed ("Nord-Pas-de-Calais"
    -> "NordPasdeCalais", which the index knows as its welded form), else ""."""
    matches = list(TOKEN_PATTERN.finditer(text))
    if len(matches) < 2 or any(
        text[a.end() : b.start()] not in _ONE_HYPHEN for a, b in itertools.pairwise(matches)
    ):
        return ""
    parts = [match.group(0) for match in matches]
    return "".join(parts) if weld(parts) else ""


_ONE_HYPHEN = frozenset(HYPHENS)
_recent = threading.local()  # the last texts analyzed, per thread

AnalyzedWord = tuple[int, int, str, str, bool]
"""(start, end, folded, stemmed, welded): a word of a text as the index gets it; `welded` marks the
extra word a hyphenated compound gives (it spans the whole compound)."""


def analyzed(text: str) -> list[AnalyzedWord]:
    """Each indexed word of `text`, then after each hyphenated compound its welded form. Whoosh
    analyzes a document's fields one after the other, and three of them hold the same text: the
    last two results are kept (the OCR field comes between them)."""
    recent = getattr(_recent, "texts", None)
    if recent is None:
        recent = _recent.texts = {}
    words = recent.get(text)
    if words is not None:
        return words
    words = []
    chain: list[re.Match[str]] = []
    for match in TOKEN_PATTERN.finditer(text):
        if chain and text[chain[-1].end() : match.start()] not in _ONE_HYPHEN:
            _add_welded(chain, words)
            chain = []
        chain.append(match)
        folded = normalize_word(match.group(0))
        if folded:
            words.append((match.start(), match.end(), folded, stem(folded), False))
    _add_welded(chain, words)
    if len(recent) >= 2:
        recent.pop(next(iter(recent)))
    recent[text] = words
    return words


def _add_welded(chain: list[re.Match[str]], words: list[AnalyzedWord]) -> None:
    if len(chain) < 2:
        return
    welded = weld([match.group(0) for match in chain])
    if welded and welded not in STOP_WORDS:
        words.append((chain[0].start(), chain[-1].end(), welded, stem(welded), True))


class _FrenchAnalyzer(Tokenizer):
    """A whole analysis chain in one pass (much faster in Whoosh than a chain of filters)."""

    stemmed = False

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__

    def __hash__(self) -> int:
        return hash(self.__class__.__name__)

    def __getstate__(self) -> dict[str, object]:
        return {}  # stateless: an index written today opens with tomorrow's code

    def __setstate__(self, state: dict[str, object]) -> None:
        pass

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        stemmed = self.stemmed
        for pos, (start, end, folded, stemmed_form, _welded) in enumerate(
            analyzed(value) if tokenize else (), start_pos
        ):
            token.text = stemmed_form if stemmed else folded
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = value[start:end]
            if positions:
                token.pos = pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token
        if not tokenize:  # Whoosh asks for the value as one token (rare: never done by our fields)
            token.original = token.text = value
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token


class FrenchStemmingAnalyzer(_FrenchAnalyzer):
    """tokenize -> elision -> fold -> stop words -> Snowball French stem. Pickled by name."""

    stemmed = True


class FrenchFoldingAnalyzer(_FrenchAnalyzer):
    """tokenize -> elision -> fold -> stop words, no stemming (OCR forms). Pickled by name."""

    stemmed = False


def word_pairs(words: list[str]) -> list[str]:
    """Each word with the next one ("chaine parcs" for "chaîne des parcs": stop words are skipped,
    as they are in the index): a phrase is found by its pairs, without positions."""
    return [f"{first} {second}" for first, second in itertools.pairwise(words)]


class FrenchPairAnalyzer(Tokenizer):
    """The folded words of a text taken two by two (see `word_pairs`). Pickled by name."""

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__

    def __hash__(self) -> int:
        return hash(self.__class__.__name__)

    def __getstate__(self) -> dict[str, object]:
        return {}

    def __setstate__(self, state: dict[str, object]) -> None:
        pass

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        words = [word[2] for word in analyzed(value) if not word[4]]  # not the welded forms
        for pos, pair in enumerate(word_pairs(words), start_pos):
            token.text = pair
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = pos
            yield token
