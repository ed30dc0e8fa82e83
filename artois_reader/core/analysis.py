"""The French analysis chain, and the two analyzer classes Whoosh pickles into the index.

One chain, written once, used three ways: by the index (through the analyzer classes below), by
the query builder (`analyze_query_word`) and by the highlighter (`word_spans`), so a word is
always cut, folded and stemmed the same way wherever it is seen.

The chain, in order:

1. **tokenize**: runs of letters and digits; an apostrophe between two letters keeps the word
   whole (``l'eau``, ``aujourd'hui``) so that elision can look at it; digits grouped by thousands
   with a dot or a narrow space are one number (``650.000`` -> ``650000``); hyphens split.
2. **elision**: ``l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu'`` are dropped, and so
   are the forms OCR gives them (``I'`` ``1'`` ``Il'``).
3. **lowercase and fold**: accents removed, ligatures opened (``œ`` -> ``oe``, ``æ`` -> ``ae``),
   every apostrophe made ``'``. Folding comes before stemming because the Snowball French
   stemmer is accent-sensitive (``filières`` and ``filieres`` would stem apart).
4. **stop words**: a folded French list (articles, pronouns, auxiliaries) and one-letter words.
5. **stem** (stemming analyzer only): the Snowball French stemmer.

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
from functools import lru_cache

from whoosh.analysis import Token, Tokenizer
from whoosh.lang.snowball.french import FrenchStemmer

APOSTROPHES = "'’‘ʼ`´′"
_APOSTROPHE_CLASS = re.escape(APOSTROPHES)

# A number grouped by thousands with a dot or a (narrow) no-break space, a decimal number, or a word
# (letters and digits: OCR writes "P6le") whose parts may be joined by apostrophes.
_LETTERS = r"[^\W_](?:[^\W_]|[\u0300-\u036f])*"  # letters and digits, combining accents included
TOKEN_PATTERN = re.compile(
    rf"\d{{1,3}}(?:[.\u00a0\u202f]\d{{3}})+(?![\d])"
    rf"|\d+,\d+(?![^\W_])"
    rf"|{_LETTERS}(?:[{_APOSTROPHE_CLASS}]+{_LETTERS})*"
)
_NUMBER = re.compile(r"[\d.,\u00a0\u202f]+")
_NUMBER_SEPARATORS = re.compile(r"[.\u00a0\u202f]")

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


@lru_cache(maxsize=200_000)
def stem(folded: str) -> str:
    """The Snowball French stem of a folded word; numbers are left as they are."""
    if not folded or folded[0].isdigit() or len(folded) < 3:
        return folded
    return _stemmer.stem(folded)


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


def analyze(text: str, *, stemmed: bool = True) -> list[str]:
    """The terms `text` gives in the stemmed (or, with stemmed=False, the unstemmed) field."""
    out = []
    for match in TOKEN_PATTERN.finditer(text):
        folded = normalize_word(match.group(0))
        if folded:
            out.append(stem(folded) if stemmed else folded)
    return out


_recent = threading.local()  # the last texts analyzed, per thread


def analyzed(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, folded, stemmed) of each indexed word of `text`. Whoosh analyzes a document's
    fields one after the other, and three of them hold the same text: the last two results are
    kept (the OCR field comes between them)."""
    recent = getattr(_recent, "texts", None)
    if recent is None:
        recent = _recent.texts = {}
    words = recent.get(text)
    if words is not None:
        return words
    words = []
    for match in TOKEN_PATTERN.finditer(text):
        folded = normalize_word(match.group(0))
        if folded:
            words.append((match.start(), match.end(), folded, stem(folded)))
    if len(recent) >= 2:
        recent.pop(next(iter(recent)))
    recent[text] = words
    return words


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
        for pos, (start, end, folded, stemmed_form) in enumerate(
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
        for pos, pair in enumerate(word_pairs([word[2] for word in analyzed(value)]), start_pos):
            token.text = pair
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = pos
            yield token
