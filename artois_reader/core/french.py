"""Closed word classes of French: the small, fixed vocabulary grammar rules look at.

These are facts about the French language (articles, prepositions, pronouns…), not about any
one document. Cleaning uses them to decide, for example, that a line ending with "des" cannot
end a sentence, or that "a" before "travers" is the preposition "à".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")

APOSTROPHES = "'’‘"

ARTICLES = frozenset({"le", "la", "les", "l", "un", "une", "des", "du", "au", "aux"})

DETERMINERS = ARTICLES | frozenset(
    {
        "ce", "cet", "cette", "ces",
        "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
        "notre", "nos", "votre", "vos", "leur", "leurs",
        "chaque", "quelques", "plusieurs", "certains", "certaines", "toute", "toutes", "tous",
    }
)  # fmt: skip

PREPOSITIONS = frozenset(
    {
        "à", "de", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "vers", "chez",
        "entre", "contre", "depuis", "selon", "malgré", "pendant", "parmi", "envers", "via",
        "outre", "dès", "hors", "autour", "auprès", "afin",
    }
)  # fmt: skip

SUBJECT_PRONOUNS = frozenset(
    {"il", "elle", "on", "ils", "elles", "qui", "cela", "ça", "ce", "c", "y", "tout", "chacun", "nul"}
)

CONJUNCTIONS = frozenset({"et", "ou", "ni", "mais", "or", "donc", "car", "que", "qu", "si", "comme"})

ELIDED = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"})

# Words after which a sentence cannot stop: a line ending with one of them goes on after a break.
NON_FINAL = ARTICLES | PREPOSITIONS | frozenset(
    {
        "ce", "cet", "cette", "ces", "mon", "ma", "mes", "son", "sa", "ses", "notre", "nos",
        "votre", "vos", "leurs", "chaque", "et", "ou", "ni", "mais", "que", "qui", "dont",
        "afin", "ainsi", "où", "lorsque", "puisque", "comme", "très", "plus", "moins",
    }
)  # fmt: skip

# Short, frequent words every French text holds; a word in this set is never an OCR error.
FUNCTION_WORDS = (
    DETERMINERS
    | PREPOSITIONS
    | SUBJECT_PRONOUNS
    | CONJUNCTIONS
    | frozenset(
        {
            "a", "à", "ai", "as", "est", "es", "sont", "ont", "été", "être", "avoir", "se", "ne",
            "pas", "plus", "moins", "très", "bien", "aussi", "ainsi", "dont", "où", "lui", "eux",
            "nous", "vous", "je", "tu", "me", "te", "leur", "y", "en", "non", "oui", "déjà",
            "encore", "autre", "autres", "même", "mêmes", "tout", "toute", "tous", "toutes",
            "ici", "là", "alors", "puis", "entre", "quand", "lorsque", "puisque", "elles",
        }
    )
)  # fmt: skip

# Frequent French words that are rare in English, German or Latin: what tells French text apart.
FRENCH_MARKERS = frozenset(
    {"le", "la", "les", "des", "du", "une", "que", "dans", "pour", "sur", "pas", "elle", "il", "être",
     "avec", "cette", "sont", "aux", "ces", "nous", "au", "ou", "par", "plus", "leur", "été"}
)  # fmt: skip

_FRENCH_LETTERS = frozenset("éèêàâùûçœîô")

# Word pairs that differ only by accents and are both French words: never "repair" one into
# the other from frequency alone.
ACCENT_HOMOGRAPHS = frozenset(
    {
        "a", "à", "ou", "où", "la", "là", "du", "dû", "sur", "sûr", "des", "dès", "mur", "mûr",
        "cote", "côte", "coté", "côté", "tache", "tâche", "pêche", "péché", "peche", "foret",
        "forêt", "jeune", "jeûne", "notre", "nôtre", "votre", "vôtre", "pres", "prés", "près",
        "mais", "maïs", "chasse", "châsse", "pale", "pâle", "mat", "mât", "roder", "rôder",
        "marche", "marché", "elevé", "élève", "élevé", "eleve", "retraite", "retraité",
        "interne", "interné", "cure", "curé", "age", "âgé", "ages", "âges", "âge", "cru", "crû",
        "tes", "tés", "les", "lès", "ses", "sés", "es", "ès",
    }
)  # fmt: skip


def fold(word: str) -> str:
    """Lower case without accents: the key two spellings of one word share."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("œ", "oe")


def is_infinitive(word: str) -> bool:
    """A verb in the infinitive, by its ending (-er, -ir, -re, -oir), leaving out the common
    nouns, adverbs and determiners with those endings."""
    low = word.casefold()
    if len(low) < 4 or low in NOT_INFINITIVES or low in DETERMINERS:
        return False
    return low.endswith(("er", "ir", "re", "oir"))


NOT_INFINITIVES = frozenset(
    {
        "leur", "notre", "votre", "autre", "entre", "contre", "encore", "hier", "cher", "fier",
        "hiver", "mer", "fer", "ver", "super", "premier", "dernier", "entier", "plusieurs",
        "centre", "titre", "nombre", "ordre", "cadre", "membre", "lettre", "offre", "mètre",
        "père", "mère", "frère", "air", "désir", "loisir", "loisirs", "plaisir", "avenir",
        "espoir", "soir", "noir", "pouvoir", "devoir", "savoir", "quartier", "métier", "chantier",
        "dossier", "atelier", "courrier", "papier", "sentier", "foyer", "loyer", "quotidien",
        "propre", "libre", "pauvre", "rare", "sobre", "chambre", "nombreux", "septembre",
        "octobre", "novembre", "décembre", "cinquantaine", "terre", "guerre", "pierre", "verre",
        "filière", "filières", "matière", "manière", "lumière", "frontière", "rivière", "carrière",
        "première", "dernière", "entière", "sphère", "lier",
    }
)  # fmt: skip


def is_past_participle(word: str) -> bool:
    """A past participle by its ending (-é, -ée, -és, -ées, -i, -u, -it, -is, -ert…), which is
    what follows the auxiliary "a" in "a été", "a donné", "a permis"."""
    low = word.casefold()
    if low in PARTICIPLE_WORDS:
        return True
    if len(low) < 3:
        return False
    return low.endswith(("é", "ée", "és", "ées"))


PARTICIPLE_WORDS = frozenset(
    {
        "été", "eu", "fait", "pu", "dû", "su", "vu", "pris", "mis", "permis", "acquis", "dit",
        "écrit", "ouvert", "offert", "couvert", "conduit", "produit", "construit", "réduit",
        "obtenu", "tenu", "venu", "devenu", "maintenu", "soutenu", "retenu", "voulu", "reçu",
        "fini", "choisi", "réussi", "investi", "compris", "repris", "entrepris",
        "suivi", "connu", "vécu", "perdu", "rendu", "attendu", "entendu", "mené", "joué",
    }
)  # fmt: skip


# --- The document's own dictionary --------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:\d[^\W\d_]+)*(?:-[^\W\d_]+(?:\d[^\W\d_]+)*)*")  # "P6le" is one word
_BROKEN_AT_LINE_END = re.compile(r"[^\W\d_]+-[ \t]*\r?\n\s*[^\W\d_]+")
NAME_GAP = r"[ \t/]+|\s*/\s*"  # what stands between a name and the word after it ("Douvrin/Billy")
_NAME_GAP = re.compile(NAME_GAP)


@dataclass(frozen=True)
class Vocabulary:
    """How often each word occurs in one document: its own dictionary.

    A form that is frequent in the document is a safe target for a repair ("Métropolitain"
    for "Meétropolitain"); a form the document never uses is not. Words are counted in lower
    case, accents kept; words cut by an end-of-line hyphen are not counted.
    """

    words: Mapping[str, int] = field(default_factory=dict)
    compounds: Mapping[str, int] = field(default_factory=dict)  # "éco-transition": 4
    compound_heads: Mapping[str, int] = field(default_factory=dict)  # "éco": 4
    capitalised: Mapping[str, int] = field(default_factory=dict)  # words met with a capital
    followers: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "douvrin": {"billy-berclau"}
    derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)  # rules' caches

    def memo(self, key: str, compute: Callable[[Vocabulary], T]) -> T:
        """What a rule derives from the whole vocabulary, computed once per document."""
        if key not in self.derived:
            self.derived[key] = compute(self)
        return self.derived[key]

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Vocabulary:
        words: Counter[str] = Counter()
        compounds: Counter[str] = Counter()
        heads: Counter[str] = Counter()
        capitalised: Counter[str] = Counter()
        followers: defaultdict[str, set[str]] = defaultdict(set)
        for text in texts:
            text = _BROKEN_AT_LINE_END.sub(" ", text)
            previous = None  # a capitalised word, and where it ends: the word right after follows it
            for match in _WORD.finditer(text):
                token = match.group()
                if previous is not None and _NAME_GAP.fullmatch(text, previous[1], match.start()):
                    followers[previous[0]].add(token.casefold())
                previous = (
                    (token.casefold(), match.end()) if token[:1].isupper() and "-" not in token else None
                )
                parts = token.split("-")
                if len(parts) > 1:
                    compounds[token.casefold()] += 1
                    for head in parts[:-1]:
                        heads[head.casefold()] += 1
                for part in parts:
                    words[part.casefold()] += 1
                    if part[:1].isupper():
                        capitalised[part.casefold()] += 1
        following = {word: frozenset(after) for word, after in followers.items()}
        return cls(dict(words), dict(compounds), dict(heads), dict(capitalised), following)

    @property
    def looks_french(self) -> bool:
        """True when the text is French (or too short to tell): at least one word in twenty is
        a French marker word (le, la, des, que, dans…). English, German or Latin text
        stays far below that."""
        total = sum(self.words.values())
        if total < 30:
            return True
        markers = sum(self.words.get(word, 0) for word in FRENCH_MARKERS)
        return markers * 20 >= total

    @property
    def is_french_document(self) -> bool:
        """`looks_french` for a whole document, except that a short one must show it: a French
        marker word, or a letter French writes and English does not (é, è, à, ç…). A short
        English form ("Example for a Form", "Male") is then left as it is, never "for à Form"."""
        total = sum(self.words.values())
        if total >= 30:
            return self.looks_french
        if any(self.words.get(word, 0) for word in FRENCH_MARKERS):
            return True
        return any(set(word) & _FRENCH_LETTERS for word in self.words)

    def count(self, word: str) -> int:
        return self.words.get(word.casefold(), 0)

    def knows(self, word: str) -> bool:
        """True when the word is French for sure: in the document, or a function word."""
        low = word.casefold()
        return low in FUNCTION_WORDS or self.words.get(low, 0) > 0

    def is_common_word(self, word: str) -> bool:
        """True when the document writes the word in lower case too, at least half as often as
        with a capital: a common word, not a name ("Face" yes, "Euralens" no)."""
        low = word.casefold()
        if low in FUNCTION_WORDS:
            return True
        capital = self.capitalised.get(low, 0)
        lower = self.words.get(low, 0) - capital
        return lower >= 1 and 2 * lower >= capital
