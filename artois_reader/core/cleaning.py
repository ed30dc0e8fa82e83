"""French OCR repair: raw pages -> cleaned blocks, the raw text kept beside.

`clean_pages` lays each page out into blocks (`layout.py`) and repairs the words of each block
with `repair_ocr`. `RULES` lists the word-level rules, in the order they run; each is general
(a pattern over French text, checked against the document's own vocabulary when a pattern
alone is not enough), named, described and given examples that the tests run. A rule changes a
word only where the change is certain: every rule leaves correct French untouched
(tests/fixtures/cleaning/clean_french.txt), and docs/cleaning.md says why each one is safe.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from artois_reader.core.document import Page, RawPage
from artois_reader.core.errors import Phase, Progress, report
from artois_reader.core.french import (
    ACCENT_HOMOGRAPHS,
    APOSTROPHES,
    DETERMINERS,
    FUNCTION_WORDS,
    NAME_GAP,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    Vocabulary,
    fold,
    is_infinitive,
    is_past_participle,
)
from artois_reader.core.layout import lay_out_pages
from artois_reader.core.lexicon import Lexicon, finite_verbs, french_lexicon, participles

L = r"[^\W\d_]"  # a letter, accented or not
APOS = f"[{APOSTROPHES}]"
VOWEL_START = "aeiouyhàâäéèêëîïôöùûüœæAEIOUYHÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ"


@dataclass(frozen=True)
class Rule:
    """One OCR repair. `examples` are (OCR text, repaired text) pairs: each must hold with the
    vocabulary of the example text alone."""

    name: str
    description: str
    examples: tuple[tuple[str, str], ...]
    apply: Callable[[str, Vocabulary], str]
    french_only: bool = True  # runs only on French text (see `Vocabulary.looks_french`)

    def __call__(self, text: str, vocabulary: Vocabulary | None = None) -> str:
        return self.apply(text, vocabulary or Vocabulary.from_texts([text]))


# --- Context helpers ----------------------------------------------------------------------------


WORD_WINDOW = 100  # characters looked back for the word before a position
CLAUSE_WINDOW = 400  # and for the clause it is in: a block of any length costs the same per word


def _at_sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - WORD_WINDOW) : position].rstrip(" \"'’“«(\u00a0")
    return not before or (before[-1] in ".!?…:\n" and not before.endswith(("etc.", " :")))


def _previous_word(text: str, position: int) -> str:
    match = re.search(rf"({L}+{APOS}?)\W*$", text[max(0, position - WORD_WINDOW) : position])
    return match.group(1).casefold() if match else ""


def _next_word(text: str, position: int) -> str:
    match = _NEXT_WORD.match(text, position)
    return match.group(1) if match else ""


_NEXT_WORD = re.compile(rf"\s*({APOS}?{L}+(?:-{L}+)*{APOS}?)")


def _with_case(word: str, upper: bool) -> str:
    return word[:1].upper() + word[1:] if upper else word


# --- Apostrophes --------------------------------------------------------------------------------


_UNPRINTABLE = re.compile("[ ]*[\x00-\x08\x0b-\x1f\x7f-\x9f\ue000-\uf8ff\U000f0000-\U0010ffff]+[ ]*")


def _unprintable(text: str, _v: Vocabulary) -> str:
    return _UNPRINTABLE.sub(" ", text) if _UNPRINTABLE.search(text) else text


def _url_scheme(text: str, _v: Vocabulary) -> str:
    return re.sub(r"(?<![\w.])(https?)[.,;]//(?=[\w-])", r"\1://", text)


def _elision_before_quote(text: str, _v: Vocabulary) -> str:
    """ "du projet d"Airbus des batteries"" -> "d'"Airbus…": an elision letter glued to the opening
    quotation mark of a quotation that closes further on lost its apostrophe."""
    return re.sub(
        r"(?<![\w'’\"])([dlDL]|[Qq]u)\"(?=[^\W\d_][^\"\n]{0,120}\")",
        lambda match: match.group(1) + "'\"",
        text,
    )


def _doubled_apostrophe(text: str, _v: Vocabulary) -> str:
    return re.sub(rf"(?<={L})({APOS}){APOS}+(?={L})", r"\1", text)


def _stray_bracket(text: str, _v: Vocabulary) -> str:
    # "[I'Artois", "['éco-transition", "[l'Agence": a bracket OCR'd from the l of l'
    text = re.sub(rf"(?<![\w\[])\[[Il1|]?({APOS})(?=\w)", r"l\1", text)
    # "de ["Arc Nord”": after a preposition, before a quoted word that starts with a vowel, the
    # bracket is the l of l' too (its apostrophe merged into the quotation mark); elsewhere it is a
    # stray mark
    text = _BRACKET_AFTER_PREPOSITION.sub(r"\1l'", text)
    return re.sub(r"(?<![\w\[])\[(?=[\"“«])(?![^\]\n]*\])", "", text)


_VOWEL = VOWEL_START.replace("h", "").replace("H", "")  # "de ["Hauts-de-France"" may be "des"
_BRACKET_AFTER_PREPOSITION = re.compile(
    rf"(?<![\w'’])((?:de|à|par|pour|sur|dans|vers|avec|sans|entre|sous|chez)\s+)\[(?=[\"“«]\s*[{_VOWEL}])"
    r"(?![^\]\n]*\])",
    re.IGNORECASE,
)


def _pipe_for_l(text: str, vocabulary: Vocabulary) -> str:
    def repl(match: re.Match[str]) -> str:
        rest = match.group(1)
        if rest.startswith(tuple(APOSTROPHES)):
            return "l" + rest
        for candidate in (rest, "l" + rest):
            if candidate.casefold() in FUNCTION_WORDS:
                return candidate
        return match.group(0)

    text = re.sub(rf"(?<!\w)\|({APOS}|{L}+)", repl, text)
    return re.sub(r"(?<=[a-zà-ÿ,]) \|(?= [a-zà-ÿ])", "", text)  # "les liens et | complémentarités"


def _capital_i_for_l(text: str, _v: Vocabulary) -> str:
    """I' and Il' before a word are the article l'; Ia, Ie, Ies are la, le, les; lls is Ils."""

    def article(match: re.Match[str]) -> str:
        upper = _at_sentence_start(text, match.start())
        return ("L" if upper else "l") + match.group(2)

    # English contractions (I'm, I've, I'll, I'd) stay.
    text = re.sub(rf"(?<![\w{APOSTROPHES}])(Il?)({APOS})(?!(?:m|ve|ll|d|re|s)\b)(?={L})", article, text)

    def short(match: re.Match[str]) -> str:
        upper = _at_sentence_start(text, match.start())
        return ("L" if upper else "l") + match.group(1)

    text = re.sub(r"(?<![\w-])I(a|e|es)(?![\w-])", short, text)
    return re.sub(r"(?<![\w'’-])ll(s?)(?![\w'’-])", r"Il\1", text)


def _lost_l_before_apostrophe(text: str, _v: Vocabulary) -> str:
    """'ambition -> l'ambition: an apostrophe at a word start before a vowel lost its l;
    'lEngagement -> l'Engagement and lArtois -> l'Artois: the l and the apostrophe moved."""
    text = re.sub(rf"(?<!\w)({APOS})l(?=[A-ZÀ-Ý]{L})", r"l\1", text)
    text = re.sub(r"(?<![\w'’])l(?=[AEIOUYÀÂÉÈÊÎÔÛ][a-zà-ÿ]{2,})", "l'", text)

    def repl(match: re.Match[str]) -> str:
        position = match.start()
        word = _next_word(text, match.end())
        previous = _previous_word(text, position)
        closing = re.match(rf"{L}+[^.;:!?\n]{{0,60}}?{APOS}(?!{L})", text[match.end() :])
        if not word or previous in DETERMINERS or closing:
            return match.group(0)
        upper = _at_sentence_start(text, position)
        return ("L" if upper else "l") + match.group(1)

    return re.sub(rf"(?:(?<=[\s(\"“«])|^)({APOS})(?=[{VOWEL_START}])", repl, text)


_ELISION_HOSTS = frozenset({"est", "en", "un", "une", "il", "ils", "elle", "elles", "on", "a", "y", "ont"})


def _apostrophe_read_as_l(text: str, vocabulary: Vocabulary) -> str:
    """Clest -> C'est, dlun -> d'un: an apostrophe read as "l" between an elided word and a
    short function word; only when the glued form is not a word of the document."""

    def repl(match: re.Match[str]) -> str:
        head, host = match.group(1), match.group(2)
        if host.casefold() not in _ELISION_HOSTS or vocabulary.count(match.group(0)) > 1:
            return match.group(0)
        return f"{head}'{host}"

    return re.sub(rf"(?<![\w'’-])([CcDdJjLlMmNnSsTt]|[Qq]u)l({L}+)(?![\w'’-])", repl, text)


def _gu_for_qu(text: str, _v: Vocabulary) -> str:
    """gu' and gue are not French: the q of qu', que lost its tail; qg never occurs either."""
    text = re.sub(
        rf"(?<![\w-])([Gg])u(?={APOS}{L})", lambda m: ("Q" if m.group(1) == "G" else "q") + "u", text
    )
    text = re.sub(
        r"(?<![\w'’-])([Gg])ue(?![\w'’-])", lambda m: ("Q" if m.group(1) == "G" else "q") + "ue", text
    )
    return re.sub(r"(?<=\w)qg(?=u)", "q", text)


def _doubled_initial(text: str, vocabulary: Vocabulary) -> str:
    """Nnos -> nos, nN'en -> n'en, Ilui -> lui: OCR doubled a word's first letter in the other
    case. Kept only when what remains is a word the document or French grammar knows."""

    def repl(match: re.Match[str]) -> str:
        first, second, rest = match.group(1), match.group(2), match.group(3)
        token = match.group(0)
        elided = match.group(4) is not None
        pair_ok = first != second and first.casefold() == second.casefold()
        i_for_l = first == "I" and second == "l"
        if not (pair_ok or i_for_l) or vocabulary.count(token) > 1:
            return token
        remaining = (second + rest).casefold()
        if elided:
            known = not rest and remaining in {"l", "d", "n", "s", "j", "m", "t", "c"}
        elif i_for_l:
            known = remaining in FUNCTION_WORDS and remaining not in DETERMINERS and len(remaining) >= 3
            known = known and _previous_word(text, match.start()) in PREPOSITIONS | {"et", "que"}
        else:
            known = len(remaining) >= 2 and vocabulary.knows(remaining)
        if not known:
            return token
        upper = _at_sentence_start(text, match.start())
        return _with_case(remaining, upper) + (match.group(4) or "")

    return re.sub(rf"(?<![\w'’-])({L})({L})({L}*)(?:({APOS})|(?=\W|$))", repl, text)


# --- Letters ------------------------------------------------------------------------------------


def _oe_ligature(text: str, _v: Vocabulary) -> str:
    """cceur -> cœur, ceuvre -> œuvre, nceuds -> nœuds: OCR reads œ as "ce". At a word start,
    "ce" (or a consonant and "ce") before "ur", "uv", "uf", "ud" is œ: no French word starts so
    ("ceux" is the only word starting with "ceu")."""

    def repl(match: re.Match[str]) -> str:
        consonant, c = match.group(1), match.group(2)
        if consonant:
            return consonant + "œ"
        return "Œ" if c == "C" else "œ"

    return re.sub(rf"(?<!{L})(?<!-)([bcmnsvBCMNSV]?)([Cc])e(?=u[rvfd])", repl, text)


_O_SHAPES = ("dé", "bé", "od", "do", "oo", "6", "b", "d", "é", "o", "0")
_SHAPE_PATTERN = re.compile("|".join(re.escape(s) for s in _O_SHAPES))
_VOWELS = "aeiouyéèêâîôû"


def _o_circumflex_forms(word: str) -> dict[str, str]:
    """The ô-words one OCR shape of ô in `word` (lower case) could stand for, each with the shape
    used: "pdéle" -> {"pôle": "dé"}. The shape must sit between two consonants, like ô in
    pôle, côté, bientôt, hôpital."""
    forms: dict[str, str] = {}
    for shape in _O_SHAPES:
        start = word.find(shape)
        while start >= 0:
            end = start + len(shape)
            if start > 0 and end < len(word) and word[start - 1] not in _VOWELS and word[end] not in _VOWELS:
                forms.setdefault(word[:start] + "ô" + word[end:], shape)
            start = word.find(shape, start + 1)
    return forms


def _o_circumflex_map(vocabulary: Vocabulary) -> dict[str, str]:
    """Words whose ô the OCR mangled, and the ô-word they stand for. The document must either
    spell the ô-word right, or spell it in three different mangled shapes (Pble, Pdle, Pdéle…):
    a consensus that a real word, with one spelling, never reaches. A plain "o" (Pole) is
    repaired only on such a consensus, so "cote" stays beside "côte"."""
    by_stem: defaultdict[str, dict[str, str]] = defaultdict(dict)
    for word in vocabulary.words:
        if word in FUNCTION_WORDS:
            continue
        for form, shape in _o_circumflex_forms(word).items():
            by_stem[form.removesuffix("s")][word] = shape
    mapping: dict[str, str] = {}
    for stem, words in by_stem.items():
        shapes = {shape for shape in words.values() if shape != "o"}
        attested = vocabulary.count(stem) + vocabulary.count(stem + "s") > 0
        for word, shape in words.items():
            if len(shapes) >= 3 or (attested and shape not in {"o", "é"}):
                target = stem + "s" if word.endswith("s") and not stem.endswith("s") else stem
                mapping[word] = target
    return mapping


def _o_circumflex(text: str, vocabulary: Vocabulary) -> str:
    """Pble, Pdle, Pdéle, P6le, POole, Pole -> Pôle: the shapes OCR gives ô, repaired when the
    document confirms the ô-word (see `_o_circumflex_map`)."""
    mapping = vocabulary.memo("o_circumflex", _o_circumflex_map)
    if not mapping:
        return text

    def repl(match: re.Match[str]) -> str:
        word = match.group(0)
        target = mapping.get(word.casefold())
        if target is None:
            return word
        return target.upper() if word.isupper() and len(word) > 1 else _with_case(target, word[0].isupper())

    return re.sub(rf"(?<![\w-]){L}(?:{L}|[0-9])*{L}", repl, text)


# --- The document's own dictionary --------------------------------------------------------------

_CONFUSIONS: tuple[tuple[str, str], ...] = (
    ("eé", "é"),  # Meétropolitain
    ("ii", "ili"),  # fiieres: the l between two i lost
    ("igue", "ique"),  # Dramatigue, économigue
    ("rn", "m"),
    ("cl", "d"),
    ("1", "l"),
    ("0", "o"),
)


def _accent_variants(vocabulary: Vocabulary) -> dict[str, list[str]]:
    by_fold: defaultdict[str, list[str]] = defaultdict(list)
    for word in vocabulary.words:
        by_fold[fold(word)].append(word)
    return by_fold


def _adds_accents_only(source: str, target: str, final_e: bool = False) -> bool:
    """The target puts accents where the source has none or has é for è/ê; it never removes
    one, and never changes a final e into é (verb forms: "engage" / "engagé") unless `final_e`."""
    if len(source) != len(target) or source == target:
        return False
    for index, (a, b) in enumerate(zip(source, target, strict=True)):
        if a == b:
            continue
        if fold(a) != fold(b) or (a not in "aeiouc" and not (a == "é" and b in "èê")):
            return False
        if not final_e and _final_e_made_e_acute(source, target, index):
            return False
    return True


def _final_e_made_e_acute(source: str, target: str, index: int) -> bool:
    """Is the change at `index` the e of a verb ending made é ("engage" -> "engagé")?"""
    return source[index] == "e" and target[index] == "é" and source[index + 1 :] in {"", "s", "e", "es", "nt"}


def _self_dictionary(text: str, vocabulary: Vocabulary) -> str:
    """Words the document spells right elsewhere: a rare form that is one OCR confusion (or a few
    missing accents) away from a form used at least twice as often, and twice at least, becomes
    that form. Pairs that are both French (ou/où, a/à, cote/côte…) are never touched."""
    variants = vocabulary.memo("accent_variants", _accent_variants)

    def target_of(word: str) -> str | None:
        low = word.casefold()
        seen = vocabulary.count(low)
        if seen > 1 or low in FUNCTION_WORDS or low in ACCENT_HOMOGRAPHS or len(low) < 3:
            return None
        candidates: set[str] = set()
        for wrong, right in _CONFUSIONS:
            start = low.find(wrong)
            while start >= 0:
                candidates.add(low[:start] + right + low[start + len(wrong) :])
                start = low.find(wrong, start + 1)
        candidates |= {c for c in variants.get(fold(low), []) if _adds_accents_only(low, c)}
        candidates = {
            c
            for c in candidates
            if c != low
            and c not in ACCENT_HOMOGRAPHS
            and vocabulary.count(c) >= 2
            and vocabulary.count(c) >= 2 * max(seen, 1)
        }
        if len(candidates) != 1:
            return None
        return candidates.pop()

    def repl(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.isupper() and len(word) > 1:
            return word
        target = target_of(word)
        if target is None or _name_spelling(word, target, text, match.start()):
            return word
        return _with_case(target, word[0].isupper())

    return re.sub(rf"{L}(?:{L}|[01])*", repl, text)


def _name_spelling(word: str, target: str, text: str, position: int) -> bool:
    """A capitalised word inside a sentence whose spelling French text uses more than the word the
    document writes elsewhere is a name, not that word damaged ("l'Arena Stade Couvert" beside
    "une aréna": `arena` is 3.6 in French usage, `aréna` 2.9)."""
    if not word[:1].isupper() or _at_sentence_start(text, position):
        return False
    lexicon = french_lexicon()
    return lexicon.usage_zipf(word) >= max(lexicon.zipf(target), 0.1)


def _capital_accent(text: str, vocabulary: Vocabulary) -> str:
    """Electriciens -> Électriciens, Economie -> Économie: French capitals keep their accents;
    repaired when the document writes the word in lower case with é/è/ê/à."""

    def repl(match: re.Match[str]) -> str:
        word = match.group(0)
        for accented in "ÉÈÊÀÂÎÔ":
            lower = accented.lower() + word[1:].casefold()
            if fold(lower) == fold(word) and vocabulary.count(lower) >= 1 and vocabulary.count(word) <= 1:
                return accented + word[1:]
        return word

    return re.sub(r"(?<![\w-])[EAIO][a-zà-ÿ]{3,}", repl, text)


def _grave_accent_endings(text: str, _v: Vocabulary) -> str:
    """matiere, miniéres, Troisiéme, septieme -> matière, minières, Troisième, septième: French
    writes è, never e or é, in the endings -ière(s), -ièrement and -ième(s)."""
    text = re.sub(rf"(?<={L}{L})i[eé]re(s|ment|nt)?(?![\w-])", lambda m: "ière" + (m.group(1) or ""), text)
    return re.sub(rf"(?<={L}{L})i[eé]me(s)?(?![\w-])", lambda m: "ième" + (m.group(1) or ""), text)


def _missing_elision(text: str, vocabulary: Vocabulary) -> str:
    """sur linscription -> sur l'inscription: after a preposition a noun needs its article, so
    "l" glued to a word of the document is the elided article (only when the glued form is not a
    word of the document)."""

    def repl(match: re.Match[str]) -> str:
        word, rest = match.group(0), match.group(1)
        previous = _previous_word(text, match.start())
        if (
            previous not in PREPOSITIONS
            or vocabulary.count(word) > 1
            or vocabulary.count(rest) < 1
            or len(rest) < 5
            or word.casefold() in FUNCTION_WORDS
        ):
            return word
        return "l'" + rest

    return re.sub(rf"(?<![\w'’-])l([{VOWEL_START}]{L}+)(?![\w'’])", repl, text)


_WORD_OR_DIGIT = re.compile(rf"\s*(\d|{L}+)")  # what follows "dés": a number or a word
_DES_BEFORE = frozenset({"que", "qu", "lors", "à", "aujourd", "maintenant", "demain", "hier"})
_AGE_BEFORE = frozenset(
    {"d", "l", "jeune", "bas", "moyen", "grand", "même", "tout", "premier", "troisième", "certain", "bel"}
)  # fmt: skip


def _homograph_in_context(text: str, _v: Vocabulary) -> str:
    """dés -> dès, age -> âge, where the words around leave one reading: "dès" (from) before a
    determiner, a number, "que", "lors", "à" or "demain" ("dés le plus jeune âge", "dés 2021"), but
    "dés" (dice) after a determiner or "de" ("les dés", "un jeu de dés"); "âge" after a
    determiner, a preposition, an elided article or an adjective of age ("le plus jeune age",
    "d'age scolaire"), where "âgé" would follow a noun ("une personne agée")."""

    def des(match: re.Match[str]) -> str:
        word = match.group(0)
        previous = _previous_word(text, match.start()).rstrip(APOSTROPHES)
        following = _WORD_OR_DIGIT.match(text, match.end())
        if following is None or previous in DETERMINERS or previous in {"de", "d"}:
            return word
        nxt = following.group(1).casefold()
        if nxt[0].isdigit() or nxt in DETERMINERS or nxt in _DES_BEFORE:
            return word[0] + "ès"
        return word

    def age(match: re.Match[str]) -> str:
        word = match.group(0)
        previous = _previous_word(text, match.start()).rstrip(APOSTROPHES)
        if previous in DETERMINERS or previous in PREPOSITIONS or previous in _AGE_BEFORE:
            return ("â" if word[0] == "a" else "Â") + word[1:]
        return word

    text = re.sub(r"(?<![\w'’-])[dD]és(?![\w'’-])", des, text)
    return re.sub(r"(?<![\w-])(?:age|Age)s?(?![\w'’-])", age, text)


# --- The French lexicon -------------------------------------------------------------------------
#
# Where the document gives no evidence, a general French lexicon does (`core/lexicon.py`): a word
# French does not have, one accent pattern or one known OCR confusion away from exactly one word
# it has, is that word. A word the lexicon knows is never changed.

# The most frequent spelling wins over the others when French uses it at least 20 times as often
# (1.3 Zipf points): an OCR'd "pres" is "près" (Zipf 5.4) rather than "prés" (3.9), "modele" is
# "modèle" rather than "modelé" (2.8). Then the repair is wrong at most once in 20, and in
# practice less: the rarer reading also has to fit the sentence. Closer pairs stay as they are.
DOMINANCE = 1.3
MIN_CONFUSION_ZIPF = 2.0  # a letter confusion targets a word French uses (once in 100 million)
MIN_DELETION_ZIPF = 3.0  # a stray letter dropped: a word French uses once in a million at least
MIN_NAME_LIKE_ZIPF = 3.0  # a capitalised word inside a sentence may be a name: common targets only
MIN_ELISION_HOST_ZIPF = 2.5
USAGE_MARGIN = 2.5  # Zipf points: a spelling in use at 0.3 % of its target's rate is a word of its own
ACCENT_MARGIN = 0.5  # an accent is restored when French writes the word so 3 times as often as not
MIN_CONFUSION_LENGTH = 5
MIN_DELETION_LENGTH = 7

# OCR shapes of letters, (what OCR printed, what the page had). One is undone at a time.
OCR_CONFUSIONS: tuple[tuple[str, str], ...] = (
    ("rn", "m"),
    ("cl", "d"),
    ("li", "h"),
    ("li", "î"),  # malitrise
    ("ii", "ili"),
    ("igue", "ique"),
    ("eé", "é"),
    ("gc", "ç"),
    ("vv", "w"),
    ("1", "l"),
    ("0", "o"),
    ("t", "l"),
    ("d", "ô"),  # bientdt, dépdts: the shapes OCR gives ô (see o_circumflex)
    ("b", "ô"),
    ("6", "ô"),
    ("dé", "ô"),
    ("bé", "ô"),
    ("oo", "ô"),
)
OCR_START_CONFUSIONS: tuple[tuple[str, str], ...] = (("c", "g"), ("t", "î"))  # Croupement, Tlots
ELISION_HEADS = ("qu", "l", "d", "n", "s", "c")  # j', m', t' glued are too often English: jobs, tail
NOUN_ENDINGS = ("tion", "tions", "sion", "sions", "ité", "ités", "isme", "ismes", "age", "ages")

# Words, not parts of an e-mail address or a web address ("pm-artois.fr", "www.x.fr/page").
_TOKEN = re.compile(rf"(?<![\w@/.-]){L}(?:{L}|[016])*(?![\w@]|\.\w)")
_PART = re.compile(rf"(?<![\w@/.]){L}(?:{L}|[016])*(?![\w@]|\.\w)")


def _apply_case(target: str, word: str) -> str:
    """`target` written with the capital of `word`: "état" for "Etat" -> "État"."""
    if word[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


AUXILIARIES = frozenset(
    {
        "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "aurait",
        "est", "sont", "suis", "es", "sommes", "êtes", "était", "étaient", "sera", "seront",
        "serait", "été", "être", "avoir", "soit", "soient", "ait", "aient", "eu", "fut",
    }
)  # fmt: skip
# Words after which comes a conjugated verb ("qui accélère", "s'insère") or a noun ("de maîtrise",
# "un modèle"), not a participle.
NOT_BEFORE_PARTICIPLE = (
    frozenset(
        {"il", "elle", "on", "ils", "elles", "qui", "je", "j", "tu", "nous", "vous", "se", "s", "ne",
         "n", "me", "m", "te", "t", "lui", "y", "ce", "cela"}
    )
    | DETERMINERS
    | PREPOSITIONS
)  # fmt: skip


def _accent_target(word: str, lexicon: Lexicon, names: bool, previous: str | None = None) -> str | None:
    """The one French spelling `word` (lower case) stands for, accents aside: the only word of
    the lexicon with its letters and accents it can take (accents added, or é made è/ê), or one
    used 20 times as often as the others. A final e made é ("accélere": "accélère" or
    "accéléré"?) is decided by the word before: a participle after an auxiliary ("a accéléré"),
    no participle after a pronoun, a determiner or a preposition ("qui accélère", "de
    maîtrise"), and without such a word, no participle ("bigarre" may be a verb form). French
    must use the spelling three times as often as `word` itself or its accent-less form (État
    5.6 against "etat" 5.1; "Arena", more used than "aréna", is a name or a loanword; "git" is
    no "gît"). `names` allows proper nouns, for a spelling French text never uses."""
    found = [c for c in lexicon.spellings(word) if c == word or _adds_accents_only(word, c, final_e=True)]
    participles = [c for c in found if _is_participle_of(word, c)]
    if previous in AUXILIARIES:
        found = participles or found
    elif previous in NOT_BEFORE_PARTICIPLE:
        found = [c for c in found if c not in participles]
    if found:
        if len(found) > 1 and lexicon.zipf(found[0]) - lexicon.zipf(found[1]) < DOMINANCE:
            return None
        if found[0] in participles and previous not in AUXILIARIES:
            return None  # "bigarre": a verb form as likely as the participle "bigarré"
        in_use = max(lexicon.usage_zipf(word), lexicon.unaccented_zipf(word))
        if found[0] != word and lexicon.zipf(found[0]) < in_use + ACCENT_MARGIN:
            return None
        return found[0]
    if names and lexicon.usage_zipf(word) == 0:
        named = [c for c in lexicon.name_spellings(word) if _adds_accents_only(word, c)]
        if len(named) == 1:
            return named[0]
    return None


def _is_participle_of(word: str, spelling: str) -> bool:
    """Does `spelling` make the final e of `word` an é ("accélere" -> "accéléré")?"""
    return any(
        a != b and _final_e_made_e_acute(word, spelling, index)
        for index, (a, b) in enumerate(zip(word, spelling, strict=True))
    )


_CODE_MARKS = frozenset("=<>{}[]|%+_\\`$#~*^")


def _skipped(word: str, text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Words the lexicon rules leave alone: capitals only (labels, acronyms) or inside a word
    (BufFile), short words, function words, an elided word before its apostrophe, a word in
    code or a command line (--recursive, name='x'), and the parts of a hyphenated word whose
    other parts are names ("Ile-de-France": names keep their spelling) or no French words
    ("git-diff")."""
    low = word.casefold()
    before, after = text[start - 1 : start], text[end : end + 1]
    return (
        len(low) < 3
        or not word[1:].islower()  # capitals only, a capital inside, or no letter after the first
        or low in FUNCTION_WORDS
        or (after != "" and after in APOSTROPHES)
        or (before != "" and before in _CODE_MARKS)
        or (after != "" and after in _CODE_MARKS)
        or text[max(0, start - 2) : start] == "--"
        or _in_foreign_compound(text, start, end, lexicon)
    )


def _in_foreign_compound(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Is the word a part of a hyphenated name ("Ile-de-France", "Bruay-La-Buissiere") or of a
    compound whose other parts are no French words ("git-diff")? "bien-étre" is neither."""
    if text[start - 1 : start] != "-" and text[end : end + 1] != "-":
        return False
    first, last = start, end
    while first > 0 and (text[first - 1].isalpha() or text[first - 1] == "-"):
        first -= 1
    while last < len(text) and (text[last].isalpha() or text[last] == "-"):
        last += 1
    if text[max(0, first - 1) : first] == "-" or text[first:last].startswith("-"):
        return True  # --option
    parts = [part for part in text[first:last].split("-") if part]
    if len(parts) < 2:
        return False
    if parts[0][:1].isupper() and not _at_sentence_start(text, first):
        return True
    if any(part[:1].isupper() for part in parts[1:]):
        return True
    own = text[start:end]
    return any(not lexicon.is_common(part) for part in parts if part != own)


def _known(word: str, lexicon: Lexicon) -> bool:
    """A lower-case word must be a common word; a capitalised one may be a name too."""
    return lexicon.is_common(word) or (word[:1].isupper() and lexicon.is_name(word))


def _lost_accents(text: str, _v: Vocabulary) -> str:
    """étre -> être, Chaine -> Chaîne, accés -> accès, Etat -> État: a word French does not have,
    whose letters give one French word once accented (or one far more frequent than the
    others), is that word."""
    lexicon = french_lexicon()

    def repl(match: re.Match[str]) -> str:
        word = match.group(0)
        if (
            _skipped(word, text, match.start(), match.end(), lexicon)
            or not word.isalpha()
            or _known(word, lexicon)
        ):
            return word
        previous = _previous_word(text, match.start()).rstrip(APOSTROPHES)
        target = _accent_target(word.casefold(), lexicon, word[:1].isupper(), previous)
        return word if target is None else _apply_case(target, word)

    return _PART.sub(repl, text)


def _in_use(word: str, target: str, lexicon: Lexicon) -> bool:
    """Is `word` a spelling of its own, which French text uses at least 3 times for every
    thousand uses of `target` (English "time" beside "lime", "name" beside "âme")? An OCR
    accident is not repeated so often ("aqilleurs", "laffirmation": never)."""
    return lexicon.usage_zipf(word) >= lexicon.zipf(target) - USAGE_MARGIN


def _glued_elision(text: str, _v: Vocabulary) -> str:
    """laffirmation -> l'affirmation, dassurer -> d'assurer: an elided l, d, qu, n, s or c glued
    to a word starting with a vowel or h, when the glued form is no French word and the rest is
    a common one (lune, dune, larme, savoir stay: they are words)."""
    lexicon = french_lexicon()

    def repl(match: re.Match[str]) -> str:
        word = match.group(0)
        if (
            _skipped(word, text, match.start(), match.end(), lexicon)
            or not word.isalpha()
            or lexicon.knows(word)
            or (word[:1].isupper() and not _at_sentence_start(text, match.start()))  # a name
            or _inflection_of_a_word(word.casefold(), lexicon)  # "centraient", "dosais"
        ):
            return word
        low = word.casefold()
        for head in ELISION_HEADS:
            rest = low[len(head) :]
            if not low.startswith(head) or len(rest) < 3 or rest[0] not in VOWEL_START:
                continue
            host = rest if lexicon.is_common(rest) else _accent_target(rest, lexicon, names=False)
            if host is None or lexicon.zipf(host) < MIN_ELISION_HOST_ZIPF or _in_use(low, host, lexicon):
                continue
            if head == "c" and host[0] not in "eé":
                continue  # c' only before "est", "était", "en"
            if head in {"n", "s"} and host.endswith(NOUN_ENDINGS):
                continue  # n' and s' go before verbs: "nutilisation" is no "n'utilisation"
            return word[: len(head)] + "'" + host
        return word

    return _PART.sub(repl, text)


def _confusion_candidates(low: str, lexicon: Lexicon, deletions: bool = True) -> dict[str, float]:
    """Strings one OCR confusion away from `low`, each with the Zipf frequency its word needs
    at least: a shape undone, a first letter confused, or (in words of 7 letters or more) one
    inner ASCII letter that does not belong: it sits in a letter trigram no French word has
    ("aqilleurs": "aqi"), it is never the first one nor in the last two, and the target must be a
    word French uses often, since dropping a letter reaches many words."""
    found: dict[str, float] = {}
    for wrong, right in OCR_CONFUSIONS:
        start = low.find(wrong)
        while start >= 0:
            found[low[:start] + right + low[start + len(wrong) :]] = MIN_CONFUSION_ZIPF
            start = low.find(wrong, start + 1)
    for wrong, right in OCR_START_CONFUSIONS:
        if low.startswith(wrong):
            found[right + low[len(wrong) :]] = MIN_CONFUSION_ZIPF
    if deletions and len(low) >= MIN_DELETION_LENGTH:
        unseen = lexicon.unseen_letters(low)
        for index in sorted(unseen & set(range(1, len(low) - 2))):
            shorter = low[:index] + low[index + 1 :]
            if low[index].isascii() and not _other_inflection(low, shorter, index):
                found.setdefault(shorter, MIN_DELETION_ZIPF)
    found.pop(low, None)
    return found


_VERB_ENDINGS = ("iez", "ions", "ez", "ons", "ent", "aient", "ait", "ais", "er", "ir", "ra", "rez", "ront")


def _other_inflection(word: str, shorter: str, index: int) -> bool:
    """Dropping a letter of the ending of a verb form gives another form of the same verb
    ("validiez" -> "validez"): that is no OCR repair."""
    return index >= len(word) - 4 and word.endswith(_VERB_ENDINGS) and shorter.endswith(_VERB_ENDINGS)


# Endings of inflected forms, and the endings of the word they may come from: a form whose
# stem makes a word of the lexicon with one of them is an inflection French has ("cardent",
# "régnions", "faraudes"), however rare, not an OCR error of a word nearby ("gardent").
_INFLECTIONS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("eraient", "erions", "eriez", "erais", "erait", "erons", "eront", "erai", "eras", "era",
         "erez", "assions", "assiez", "assent", "asses", "asse", "èrent", "âmes", "âtes", "ât",
         "aient", "ions", "iez", "ais", "ait", "ant", "ons", "ent", "ez", "ai", "as", "a", "es",
         "e", "ées", "és", "ée", "é"),
        ("er",),
    ),
    (
        ("issaient", "issions", "issiez", "issons", "issez", "issent", "issais", "issait",
         "issant", "iraient", "irait", "irais", "irai", "ira", "iront", "ies", "ie", "is", "it",
         "i"),
        ("ir",),
    ),
    (("aient", "ais", "ait", "ant", "ons", "ez", "ent", "ues", "ue", "us", "u", "s", "t"), ("re",)),
    (("es", "e", "s", "x"), ("",)),
)  # fmt: skip


def _inflection_of_a_word(low: str, lexicon: Lexicon) -> bool:
    """Is `low` (unknown to the lexicon) a form of a word it knows: a verb's stem with another
    ending ("régnions": régner), a noun or adjective's plural or feminine ("faraudes": faraud)?"""
    for endings, bases in _INFLECTIONS:
        for ending in endings:
            if low.endswith(ending) and len(low) - len(ending) >= 3:
                stem = low[: len(low) - len(ending)]
                if any(lexicon.is_common(stem + base) for base in bases):
                    return True
    return False


def _letter_confusions(text: str, vocabulary: Vocabulary) -> str:
    """bientdt -> bientôt, Croupement -> Groupement, aqilleurs -> ailleurs, écosystétme ->
    écosystème: a word French does not have, one OCR confusion (and maybe accents) away from
    exactly one word French uses, is that word. A name is a target only when the document
    writes it elsewhere (Douvrain -> Douvrin; Olhain never becomes Ohain)."""
    lexicon = french_lexicon()

    def repl(match: re.Match[str]) -> str:
        word = match.group(0)
        if (
            _skipped(word, text, match.start(), match.end(), lexicon)
            or len(word) < MIN_CONFUSION_LENGTH
            or _known(word, lexicon)
            or _inflection_of_a_word(word.casefold(), lexicon)
        ):
            return word
        capital = word[:1].isupper()
        name_like = capital and not _at_sentence_start(text, match.start())
        targets: dict[str, float] = {}
        previous = _previous_word(text, match.start()).rstrip(APOSTROPHES)
        # names differ by a letter too often (Olhain, Ohain): no dropped letter inside a sentence
        for candidate, floor in _confusion_candidates(
            word.casefold(), lexicon, deletions=not name_like
        ).items():
            if lexicon.is_common(candidate):
                target: str | None = candidate
            else:
                target = _accent_target(candidate, lexicon, False, previous)
            if target is None and capital and lexicon.is_name(candidate) and vocabulary.count(candidate):
                target = candidate
            if target is not None:
                targets[target] = min(floor, targets.get(target, floor))
        if len(targets) != 1:
            return word
        target, floor = targets.popitem()
        if capital and lexicon.is_name(target):
            return _apply_case(target, word)
        floor = max(floor, MIN_NAME_LIKE_ZIPF) if name_like else floor
        if lexicon.zipf(target) < floor or _in_use(word, target, lexicon):
            return word
        return _apply_case(target, word)

    return _TOKEN.sub(repl, text)


# --- a / à --------------------------------------------------------------------------------------

PLURAL_DETERMINERS = frozenset(
    {
        "les",
        "des",
        "ces",
        "ses",
        "leurs",
        "nos",
        "vos",
        "mes",
        "tes",
        "aux",
        "plusieurs",
        "quelques",
        "certains",
    }
)
_PREPOSITIONAL_HEADS = frozenset({"travers", "partir", "condition", "cause", "propos", "terme", "priori"})
_FINITE = frozenset({"est", "sont", "était", "sera", "ont", "a", "peut", "doit", "fait", "permet", "vise"})
_STRESSED_PRONOUNS = frozenset({"lui", "elle", "elles", "eux", "moi", "toi", "soi"})
_AVOIR_NOUNS = frozenset(
    {
        "lieu", "besoin", "accès", "recours", "droit", "trait", "cours", "faim", "peur", "raison",
        "tort", "soif", "honte", "hâte", "affaire", "vocation", "envie", "confiance", "conscience",
        "intérêt", "mal", "froid", "chaud", "part", "cœur", "coeur", "mission", "compétence",
        "valeur", "force", "capacité", "autorité", "qualité", "pouvoir", "soin", "foi", "fin",
    }
)  # fmt: skip
"""Nouns "a" (avoir) takes without a determiner: "a lieu", "a vocation à", "a besoin de"."""
_ADVERB_WORDS = frozenset(
    {
        "toujours", "souvent", "beaucoup", "peu", "trop", "tant", "longtemps", "enfin", "jamais",
        "guère", "parfois", "davantage", "notamment", "surtout", "pourtant", "certes", "ensuite",
        "désormais", "vite", "mieux", "assez", "fort",
    }
)  # fmt: skip
_NOT_BARE_NOUNS = FUNCTION_WORDS | _AVOIR_NOUNS | _ADVERB_WORDS  # "donc", "moins"… are function words
_BEFORE_AN_OBJECT = DETERMINERS | _STRESSED_PRONOUNS | {"chacun", "chacune"}
_PARTICIPLE_ENDINGS = ("i", "u", "is", "it", "us", "ut", "int", "ert", "ort", "ment")
_CLAUSE_BREAK = re.compile(r"[.;:!?()\n]|,|\b(?:et|dont|que|qu['’]|où|lorsque|si|quand|mais|car)\b")


def _clause_words(text: str, position: int) -> list[str]:
    """The words of the clause before `position`, the elided ones with their apostrophe."""
    start = max(0, position - CLAUSE_WINDOW)
    for match in _CLAUSE_BREAK.finditer(text, start, position):
        start = match.end()
    return re.findall(rf"{L}+(?:-{L}+)*{APOS}?", text[start:position])


def _subject_before(words: list[str], vocabulary: Vocabulary) -> bool:
    """Do the clause's words form a subject for the verb "a"? A determiner with at most three
    common words ("Le territoire"), a name ("Euralens"), or a subject pronoun ("il", "qui")."""
    if not words:
        return False
    low = [w.casefold().rstrip(APOSTROPHES) for w in words]
    if _has_its_verb(words):
        return False  # the clause has its verb already
    if any(w[-1] in APOSTROPHES and w.casefold()[0] in "smtnc" for w in words[1:] + words[:1][1:]):
        return False  # "s'étend", "n'est": an elided pronoun goes with a verb
    if low[0] in SUBJECT_PRONOUNS or low[-1] in SUBJECT_PRONOUNS:
        return True
    connectors = {"de", "du", "des", "d", "l", "la", "le", "les"}
    if any(w in PREPOSITIONS and w not in {"de", "d"} for w in low[1:]):
        return False  # "dans un chapeau commun a": the noun sits in a complement, not a subject
    if low[0] in PLURAL_DETERMINERS:
        return False  # "Des structures coordonnées a": "a" cannot agree with a plural subject
    if low[0] in DETERMINERS:
        if _verb_inside(low):
            return False  # "Cette armature favorise l'accès a des services": "a" follows an object
        common = [
            w
            for w, o in zip(low[1:], words[1:], strict=True)
            if w not in connectors and not _name(o, vocabulary)
        ]
        return len(common) <= 4
    return all(_name(o, vocabulary) or w in connectors for w, o in zip(low, words, strict=True))


_OBJECT_DETERMINERS = DETERMINERS - {"des", "du", "au", "aux", "toute", "tous", "toutes", "leur"}
_INTRODUCERS = PREPOSITIONS | DETERMINERS | {"d", "ou", "ni", "tout"}


def _has_its_verb(words: list[str]) -> bool:
    """Does the clause hold its verb already, so that "a" is no second one? A verb of `_FINITE` or an
    "à" anywhere; or a word only a conjugated verb writes ("Son inscription contribue a la"), but not
    after a relative pronoun: in "celui qui travaille a droit", "travaille" is the relative clause's
    verb and "a" the main one. Capitalised words are names, not verbs."""
    low = [word.casefold().rstrip(APOSTROPHES) for word in words]
    if any(w in _FINITE or w == "à" for w in low):
        return True
    verbs = finite_verbs()
    for word, folded in zip(words, low, strict=True):
        if folded in _RELATIVES:
            return False
        if word.islower() and folded in verbs:
            return True
    return False


_RELATIVES = frozenset({"qui", "que", "qu", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"})


def _verb_inside(low: list[str]) -> bool:
    """Does a determiner stand inside the noun phrase with nothing to introduce it (no preposition,
    conjunction or predeterminer before it)? Then a verb stands before it: "Cette armature
    multipolaire favorise l'accès". ("des", "du", "au" are "de" and "à" with an article.)"""
    return any(
        word in _OBJECT_DETERMINERS and before not in _INTRODUCERS for before, word in pairwise(low[1:])
    )


def _name(word: str, vocabulary: Vocabulary) -> bool:
    return word[:1].isupper() and (word.isupper() or not vocabulary.is_common_word(word))


_COMPARING_HEADS = frozenset({"ainsi", "même", "tant", "bien", "plutôt", "autant", "davantage"})
"""The words that make "qu'" a comparison ("ainsi qu'", "de même qu'", "aussi bien qu'",
"plutôt qu'"): after them "a" before an object is "à" ("ainsi qu'à la santé"); elsewhere "qu'a"
is "que" and the verb ("ce qu'a la région", "qu'a permis le contrat")."""


def _a_after_comparing_que(text: str, position: int, following: str) -> bool:
    """ "ainsi qu'a la santé" -> "ainsi qu'à la santé": after "ainsi qu'" and its kin, before a
    determiner, an elided article or an infinitive ("plutôt qu'à faire"), never a participle."""
    head = re.search(rf"({L}+)\s+qu{APOS}$", text[max(0, position - WORD_WINDOW) : position])
    if head is None or head.group(1).casefold() not in _COMPARING_HEADS:
        return False
    bare = following.lstrip(APOSTROPHES).casefold()
    if is_past_participle(bare):
        return False
    elided = re.match(rf"^[lLdD]{APOS}", following) is not None
    return elided or bare in DETERMINERS or bare in _STRESSED_PRONOUNS or is_infinitive(bare)


def _a_is_preposition(
    text: str, position: int, end: int, vocabulary: Vocabulary, *, look_ahead: bool = True
) -> bool:
    """Is the "a" at `position` the preposition "à"? `look_ahead` lets a second "a" joined by "et"
    decide (`_parallel_a`), one level deep: a chain of them never recurses further."""
    previous = _previous_word(text, position)
    following = _next_word(text, end)
    if following.casefold() in _LATIN_AFTER_A:
        return False  # "a priori", "a fortiori": Latin, no accent
    if _after_pronominal_verb(text, position):
        return True  # "qui s'adosse a :", the clause has its verb
    if not following or previous in {"y", "en", "n'", "n’", "l'", "l’", "qu'", "qu’", "m'", "m’", "t'", "t’"}:
        return False  # "il y a", "le territoire en a la charge", "n'a", "l'a", "qu'a"
    if previous.rstrip(APOSTROPHES) in SUBJECT_PRONOUNS | {"qui", "n", "l", "qu"}:
        return False
    bare = following.lstrip(APOSTROPHES).casefold()
    elided = following[0] in APOSTROPHES or re.match(rf"^[lLdD]{APOS}", following) is not None
    if is_past_participle(bare):
        return False
    if bare in _PREPOSITIONAL_HEADS or (is_infinitive(bare) and not elided):
        return True
    if following[0].isupper() and _name(following, vocabulary) and not elided:
        return True
    if elided or bare in _BEFORE_AN_OBJECT or _bare_noun(following):
        # "a l'échelle", "a lui", "gaz a effet de serre"; but "Le territoire a l'ambition", "a vocation"
        return (
            _TOPIC.match(text, end) is not None
            or (look_ahead and _parallel_a(text, end, vocabulary))
            or not _subject_before(_clause_words(text, position), vocabulary)
        )
    return False


_PRONOMINAL_VERB = re.compile(rf"(?<![\w'’-])[sScCmMtT]{APOS}({L}{{3,}})\s+$")
_LATIN_AFTER_A = frozenset({"priori", "posteriori", "fortiori", "minima", "maxima", "contrario"})


def _after_pronominal_verb(text: str, position: int) -> bool:
    """Does "a" follow a verb that an elided pronoun goes with ("qui s'adosse a", "c'est a partir",
    "je m'engage a")? That verb is the clause's, so "a" is no second verb: it is "à". "s'il a" is a
    subject and its verb; "m'y a", "s'en a" are too short to match."""
    match = _PRONOMINAL_VERB.search(text, max(0, position - 40), position)
    return match is not None and match.group(1).casefold() not in {"il", "ils"}


_PARALLEL_A = re.compile(
    rf"\s*(?:{L}+{APOS}|{L}+\s+){{0,2}}{L}+\s+(?:et|ou)\s+(?P<a>[aà])\s+(?:l{APOS}|(?:la|le|les|un|une|des|du|au|aux)\s)"
)


def _parallel_a(text: str, end: int, vocabulary: Vocabulary) -> bool:
    """Is "a" the first of two "à" that "et" or "ou" join, after a short complement ("L'accès a
    l'éducation et à la formation")? The second may have lost its accent too: it counts when the
    rules would make it "à". "et à ce titre", "et à terme" take no article: no match."""
    match = _PARALLEL_A.match(text, end)
    if match is None:
        return False
    second = match.start("a")
    return text[second] == "à" or _a_is_preposition(text, second, second + 1, vocabulary, look_ahead=False)


_TOPIC = re.compile(rf"[^.!?;:\n]{{0,200}}?,\s*c{APOS}est\s+quoi\b", re.IGNORECASE)
"""What ends in ", c'est quoi ?" is a noun phrase, the topic of the question: no verb "a" in it
("L'inscription a l'UNESCO, c'est quoi ?")."""


def _bare_noun(word: str) -> bool:
    """A French noun or adjective without a determiner, which "a" (avoir) does not take but in set
    phrases ("a lieu", "a besoin"): lower case, no function word, adverb or word shaped like a
    participle or an adverb ("a rejoint", "a conçu", "a également")."""
    low = word.casefold()
    if not word.islower() or len(low) < 3 or low in _NOT_BARE_NOUNS:
        return False
    if low.endswith(_PARTICIPLE_ENDINGS) or is_past_participle(low):
        return False
    return french_lexicon().zipf(low) > 0


def _preposition_a(text: str, vocabulary: Vocabulary) -> str:
    """a -> à where French grammar wants the preposition: before an infinitive ("a faire"), a
    place ("a Lens"), "travers", "partir", or a determiner ("a la", "a cette", "a l'échelle")
    when no subject stands before it; never after a subject ("il a", "qui a", "Le territoire a
    l'ambition") or before a past participle ("a été", "a donné")."""

    def repl(match: re.Match[str]) -> str:
        word = match.group(0)
        if word == "A":
            if not _at_sentence_start(text, match.start()):
                return word
            following = _next_word(text, match.end())
            bare = following.lstrip(APOSTROPHES).casefold()
            lead = (
                following[:1] in APOSTROPHES
                or re.match(rf"^[lL]{APOS}", following)
                or bare in DETERMINERS
                or bare in _PREPOSITIONAL_HEADS
                or (is_infinitive(bare) and not is_past_participle(bare))
            )
            return "À" if following and lead and "-" not in text[match.end() : match.end() + 2] else word
        return "à" if _a_is_preposition(text, match.start(), match.end(), vocabulary) else word

    def after_que(match: re.Match[str]) -> str:
        following = _next_word(text, match.end())
        return "à" if following and _a_after_comparing_que(text, match.start(), following) else "a"

    text = re.sub(r"(?<=[qQ]u['’])a(?![\w'’-])", after_que, text)
    text = _C_EST_A_DIRE.sub(r"\1à\2", text)
    return re.sub(r"(?<![\w'’-])[aA](?![\w'’-])", repl, text)


_C_EST_A_DIRE = re.compile(rf"(\b[cC]{APOS}est[- ])a([- ]dire\b)")
""""c'est-a-dire" (and "c'est a dire"): a set phrase, the OCR lost its grave accent."""


def _name_by_neighbour(text: str, vocabulary: Vocabulary) -> str:
    """A capitalised word no dictionary knows, met once, one letter from a name the document writes
    elsewhere before the same word, is that name: "à Douvrain/Billy-Berclau" beside "à
    Douvrin/Billy-Berclau". Two such names, or none, and the word stays ("Olhain" is no "Ohain")."""
    lexicon = french_lexicon()

    def repl(match: re.Match[str]) -> str:
        word, low = match.group(0), match.group(0).casefold()
        if len(low) < 5 or vocabulary.count(low) > 1 or _known(word, lexicon):
            return word
        after = _FOLLOWING.match(text, match.end())
        if after is None:
            return word
        names = {
            name
            for name in preceding.get(after.group(1).casefold(), ())
            if name != low and _one_letter_apart(low, name) and lexicon.is_name(name)
        }
        return _with_case(names.pop(), True) if len(names) == 1 else word

    preceding = vocabulary.memo("names_before_a_word", _names_before_a_word)
    return _CAPITALISED_WORD.sub(repl, text)


def _names_before_a_word(vocabulary: Vocabulary) -> dict[str, list[str]]:
    """The document's capitalised words by the word that follows them ("billy-berclau": ["douvrin"])."""
    preceding: defaultdict[str, list[str]] = defaultdict(list)
    for name, next_words in vocabulary.followers.items():
        for word in next_words:
            preceding[word].append(name)
    return preceding


_CAPITALISED_WORD = re.compile(rf"(?<![\w'’-])[A-ZÀ-Ý]{L}+(?![\w'’-])")
_FOLLOWING = re.compile(rf"(?:{NAME_GAP})({L}+(?:-{L}+)*)")


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed turns `a` into `b` (as `structure/places.py` matches a
    commune's OCR noise)."""
    return Levenshtein.distance(a, b) == 1


def _participle_after_etre(text: str, _v: Vocabulary) -> str:
    """A verb's present form right after "être" (or an adverb after it) is its participle that lost
    the accent: "doit être conserve," -> "conservé", "sont situes" -> "situés". Adjectives are not
    in the list ("est calme"); a form that is a noun too stays before "de" or "que" ("est cause
    de"). "été" (summer) and "soit" (either) are no "être" here."""
    known = participles()

    def repl(match: re.Match[str]) -> str:
        word = match.group("word")
        found = known.get(word)
        if found is None:
            return match.group(0)
        accented, noun = found
        if noun and _next_word(text, match.end()).casefold().rstrip(APOSTROPHES) in _NOUN_COMPLEMENT:
            return match.group(0)
        return match.group(0)[: match.start("word") - match.start()] + accented

    return _AFTER_ETRE.sub(repl, text)


_ETRE = r"être|est|sont|était|étaient|sera|seront|serait|seraient|fut|furent"
_AFTER_ETRE = re.compile(
    rf"(?<![\w'’-])(?<![lL]['’])(?:{_ETRE})\s+(?:(?:bien|ainsi|également|aussi|déjà|toujours|mieux|plus|pas|"
    rf"davantage|{L}+ment)\s+)?(?P<word>[a-zà-ÿ]+)(?![\w'’-])"
)
_NOUN_COMPLEMENT = frozenset({"de", "d", "du", "des", "que", "qu"})


def _ampersand_a(text: str, vocabulary: Vocabulary) -> str:
    """& between a common word and a determiner or a place is "à" read as "&" ("noir & un
    archipel", "production & Douvrin"); "Johnson & Johnson" and "R&D" stay."""

    def repl(match: re.Match[str]) -> str:
        previous_match = re.search(rf"({L}+)\W*$", text[max(0, match.start() - WORD_WINDOW) : match.start()])
        following = _next_word(text, match.end())
        if not previous_match or not following or previous_match.group(1)[0].isupper():
            return match.group(0)
        bare = following.lstrip(APOSTROPHES).casefold()
        if bare in DETERMINERS or following[0] in APOSTROPHES or _name(following, vocabulary):
            return " à "
        return match.group(0)

    return re.sub(r" & ", repl, text)


def _stray_icon_letter(text: str, _v: Vocabulary) -> str:
    """A lone "i" at the start of a block before a capital, or after a sentence's end before the
    block's end or a capital ("cavaliers, etc. i", "i La Cité des électriciens"), goes; "i)",
    "i.e." stay."""
    return _STRAY_I.sub("", text)


_STRAY_I = re.compile(r"^i (?=[A-ZÀ-Ý])|(?<=[.!?…]) i(?=$| [A-ZÀ-Ý])")
"""A block that is only the "i" stays: a paragraph of its own, the reader shows it muted as text read
off a picture (core/noise.py), and an empty block would make an empty passage."""


def _spacing(text: str, _v: Vocabulary) -> str:
    """Runs of spaces become one; no space before a period or a comma ("fonctions ." ->
    "fonctions."), and a period set apart before a lower-case word is a speck the OCR read
    ("fonctions . métropolitaines" -> "fonctions métropolitaines"; "etc ." keeps it). French spaces
    before ; : ! ? stay."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = _STRAY_DOT.sub(lambda m: m.group(0) if m.group(1).casefold() == "etc" else m.group(1), text)
    return re.sub(rf"(?<={L}) +([.,])(?=\s|$)", r"\1", text)


_STRAY_DOT = re.compile(rf"\b({L}{{3,}}) +\.(?=\s+[^\W\d_A-ZÀ-ÖØ-Þ]{{3}})")
"""A period apart from the word before, the sentence going on in lower case after it: an icon or a
speck the OCR read ("des fonctions . métropolitaines")."""


RULES: tuple[Rule, ...] = (
    Rule(
        "unprintable",
        "Control characters and private-use glyphs (a PDF font's own symbols: flags, brackets) are "
        "no text: each becomes a space.",
        (("π\x01(U)", "π (U)"), ("Drapeau \U000f0388 France", "Drapeau France")),
        _unprintable,
        french_only=False,
    ),
    Rule(
        "spacing",
        "Runs of spaces become one; no space before a period or a comma; a period apart from its word "
        "with the sentence going on in lower case is a speck.",
        (
            ("pour la  production", "pour la production"),
            ("des fonctions .", "des fonctions."),
            ("des fonctions . Les villes", "des fonctions. Les villes"),
            ("des fonctions . métropolitaines", "des fonctions métropolitaines"),
            ("le tri, etc . et la collecte", "le tri, etc. et la collecte"),
        ),
        _spacing,
        french_only=False,
    ),
    Rule(
        "url_scheme",
        "The colon of a web address's scheme read as a period or a comma is a colon again.",
        (("https.//pma.cadastre-solaire.fr/", "https://pma.cadastre-solaire.fr/"),),
        _url_scheme,
        french_only=False,
    ),
    Rule(
        "elision_before_quote",
        "An elision letter glued to the opening quotation mark of a quotation gets its apostrophe back.",
        (
            (
                'au travers du projet d"Airbus des batteries" en',
                'au travers du projet d\'"Airbus des batteries" en',
            ),
        ),
        _elision_before_quote,
    ),
    Rule(
        "doubled_apostrophe",
        "Two apostrophes in a row between letters are one (the first kept).",
        (("d’'emploi", "d’emploi"), ("d’'un", "d’un")),
        _doubled_apostrophe,
        french_only=False,
    ),
    Rule(
        "stray_bracket",
        "A bracket before an apostrophe is the l of l' ([I'Artois, ['éco-transition), and so is one "
        'before a quoted word starting with a vowel after a preposition (de ["Arc Nord"); a bracket '
        "before any other quotation mark is a stray mark.",
        (
            ("de [I'Artois", "de l'Artois"),
            ("de ['éco-transition", "de l'éco-transition"),
            ('Aménagement de ["Arc Nord” de la', "Aménagement de l'\"Arc Nord” de la"),
            ('le projet ["Territoire zéro chômeur"', 'le projet "Territoire zéro chômeur"'),
        ),
        _stray_bracket,
    ),
    Rule(
        "pipe_for_l",
        "A vertical bar at a word start is an l: |'Agence, |a, |es, |la; alone between two lower-case "
        "words it is a speck.",
        (
            ("|'Agence d'urbanisme", "l'Agence d'urbanisme"),
            ("protéger |la biodiversité", "protéger la biodiversité"),
            ("les liens et | complémentarités", "les liens et complémentarités"),
        ),
        _pipe_for_l,
    ),
    Rule(
        "capital_i_for_l",
        "I' and Il' before a word are the article l' (L' at a sentence start); Ia, Ie, Ies are "
        "la, le, les; lls is Ils. English I'm, I've… stay.",
        (
            ("membres du Pôle de I'Artois", "membres du Pôle de l'Artois"),
            ("de Il'ancien bassin", "de l'ancien bassin"),
            ("au travers de Ia rénovation", "au travers de la rénovation"),
            ("locaux. lls peuvent", "locaux. Ils peuvent"),
            ("I'Université d'Artois accueille", "L'Université d'Artois accueille"),
        ),
        _capital_i_for_l,
    ),
    Rule(
        "lost_l_before_apostrophe",
        "An apostrophe at a word start, before a vowel and not after a determiner, lost the l of "
        "l' ('ambition); 'lEngagement and lArtois have the l and apostrophe swapped or dropped.",
        (
            ("mise en œuvre de 'lEngagement", "mise en œuvre de l'Engagement"),
            ("Face à 'impératif", "Face à l'impératif"),
            ("de lArtois", "de l'Artois"),
        ),
        _lost_l_before_apostrophe,
    ),
    Rule(
        "apostrophe_read_as_l",
        "An elided word, an l, then est/en/un/il… is the apostrophe read as l: Clest -> C'est.",
        (("Clest d'ailleurs pour", "C'est d'ailleurs pour"),),
        _apostrophe_read_as_l,
    ),
    Rule(
        "gu_for_qu",
        "gu' and the word gue are not French: qu', que. qg never occurs: q.",
        (
            ("la conviction gue son armature", "la conviction que son armature"),
            ("les opportunités gu'elle crée", "les opportunités qu'elle crée"),
            ("réduire drastiqguement", "réduire drastiquement"),
        ),
        _gu_for_qu,
    ),
    Rule(
        "doubled_initial",
        "A first letter doubled in the other case (Nnos, nN'en, Ilui) is one letter, when what "
        "remains is a known word.",
        (
            ("de Nnos concitoyens", "de nos concitoyens"),
            ("il nN'en demeure pas moins", "il n'en demeure pas moins"),
            ("ont fait de Ilui un des premiers", "ont fait de lui un des premiers"),
        ),
        _doubled_initial,
    ),
    Rule(
        "oe_ligature",
        'œ read as "ce": at a word start, (consonant +) ce before u is œ (cceur, ceuvre, nceuds); '
        "ceux stays.",
        (
            ("Au cceur de", "Au cœur de"),
            ("la mise en ceuvre", "la mise en œuvre"),
            ("les nceuds", "les nœuds"),
        ),
        _oe_ligature,
    ),
    Rule(
        "o_circumflex",
        "The shapes OCR gives ô (Pble, Pdle, Pdéle, Péle, P6le, POole, Pole) become the ô-word when "
        "the document spells it in two other mangled ways too, or spells it right.",
        (("Le Pble, le Pdéle et le P6le", "Le Pôle, le Pôle et le Pôle"),),
        _o_circumflex,
    ),
    Rule(
        "self_dictionary",
        "A rare word one OCR confusion (eé/é, ii/ili, igue/ique, rn/m, cl/d, 1/l, 0/o) or a few "
        "missing accents away from a form the document uses at least twice as often becomes it.",
        (
            (
                "le Pôle Métropolitain, le Pôle Métropolitain et le Pôle Meétropolitain",
                "le Pôle Métropolitain, le Pôle Métropolitain et le Pôle Métropolitain",
            ),
            (
                "la vie économique, une vitrine économique et une vitrine économigue",
                "la vie économique, une vitrine économique et une vitrine économique",
            ),
        ),
        _self_dictionary,
    ),
    Rule(
        "grave_accent_endings",
        "-iere(s), -iérement, -ieme(s) -> -ière(s), -ièrement, -ième(s): French writes è there.",
        (
            ("en matiere d'habitat", "en matière d'habitat"),
            ("la septieme agglomération", "la septième agglomération"),
            ("les cités miniéres", "les cités minières"),
        ),
        _grave_accent_endings,
    ),
    Rule(
        "capital_accent",
        "A capital E/A/I/O without its accent gets it when the document writes the word in lower "
        "case with the accent (Economie -> Économie).",
        (("l'économie et l'Economie sociale", "l'économie et l'Économie sociale"),),
        _capital_accent,
    ),
    Rule(
        "missing_elision",
        "After a preposition, l glued to a word of the document is the article l': sur linscription.",
        (("son inscription, sur linscription", "son inscription, sur l'inscription"),),
        _missing_elision,
    ),
    Rule(
        "lost_accents",
        "A word French does not have, whose letters make one French word once accented (or one "
        "used 20 times as often as the others), is that word: étre, Chaine, accés, Etat.",
        (
            ("pour étre actif", "pour être actif"),
            ("La Chaine des parcs", "La Chaîne des parcs"),
            ("l'accés aux soins", "l'accès aux soins"),
            ("les services de l'Etat", "les services de l'État"),
            ("un nouveau modele", "un nouveau modèle"),
        ),
        _lost_accents,
    ),
    Rule(
        "glued_elision",
        "l, d, qu, n, s, c glued to a vowel-initial French word, when the glued form is no word, "
        "is elided: laffirmation, dassurer. lune, dune, larme stay.",
        (
            ("avec laffirmation de l'éco-transition", "avec l'affirmation de l'éco-transition"),
            ("il s'agit dassurer une prise", "il s'agit d'assurer une prise"),
            ("la lune et la dune", "la lune et la dune"),
        ),
        _glued_elision,
    ),
    Rule(
        "letter_confusions",
        "A word French does not have, one OCR confusion away (rn/m, cl/d, li/h, d/ô, C/G or T/Î "
        "at the start, a stray inner letter…) from exactly one French word, is that word.",
        (
            ("sera bientdt prêt", "sera bientôt prêt"),
            ("le Croupement Hospitalier", "le Groupement Hospitalier"),
            ("Elles ont par aqilleurs", "Elles ont par ailleurs"),
            ("un écosystétme de collaboration", "un écosystème de collaboration"),
            ("la malitrise de notre facture", "la maîtrise de notre facture"),
        ),
        _letter_confusions,
    ),
    Rule(
        "name_by_neighbour",
        "A capitalised word no dictionary knows, one letter from a name the document writes before the "
        "same word, is that name.",
        (
            (
                "le Parc à Douvrin/Billy-Berclau. Leur production à Douvrain/Billy-Berclau",
                "le Parc à Douvrin/Billy-Berclau. Leur production à Douvrin/Billy-Berclau",
            ),
            ("le parc d'Olhain et la base de loisirs", "le parc d'Olhain et la base de loisirs"),
        ),
        _name_by_neighbour,
    ),
    Rule(
        "participle_after_etre",
        "A verb's present form after être is its past participle that lost the accent (être conserve "
        "-> conservé); adjectives stay, and so does a noun before de or que (est cause de).",
        (
            (
                "ce patrimoine doit être conserve, sans être figé",
                "ce patrimoine doit être conservé, sans être figé",
            ),
            ("Les sites sont situes à Lens.", "Les sites sont situés à Lens."),
            ("Le projet est également lie au contrat.", "Le projet est également lié au contrat."),
            ("Le climat est calme.", "Le climat est calme."),
            ("Le tabac est cause de maladies.", "Le tabac est cause de maladies."),
            ("Cet été marque un tournant.", "Cet été marque un tournant."),
        ),
        _participle_after_etre,
    ),
    Rule(
        "preposition_a",
        "a -> à before an infinitive, a place, travers/partir, or a determiner, a stressed pronoun "
        "or a bare noun with no subject before it; A -> À at a sentence start before the same.",
        (
            ("des émissions de gaz a effet de serre", "des émissions de gaz à effet de serre"),
            ("les défis qui s'imposent a lui", "les défis qui s'imposent à lui"),
            ("Le PMA, créé en 2016, a rejoint le réseau", "Le PMA, créé en 2016, a rejoint le réseau"),
            ("La réunion, prévue en mai, a lieu à Lens", "La réunion, prévue en mai, a lieu à Lens"),
            ("c'est a cette échelle que", "c'est à cette échelle que"),
            ("a travers un large programme", "à travers un large programme"),
            ("Ce document a vocation a faire", "Ce document a vocation à faire"),
            ("hôpital a Lens", "hôpital à Lens"),
            ("A l'image de la Chaîne", "À l'image de la Chaîne"),
            ("Le territoire a l'ambition d'être", "Le territoire a l'ambition d'être"),
            ("Le territoire en a la charge", "Le territoire en a la charge"),
            ("L'inscription a l'UNESCO, c'est quoi ?", "L'inscription à l'UNESCO, c'est quoi ?"),
            ("Cette ville favorise l'accès a des services", "Cette ville favorise l'accès à des services"),
            ("Le Pôle de l'Artois a des atouts", "Le Pôle de l'Artois a des atouts"),
            ("Toute la ville a une histoire", "Toute la ville a une histoire"),
            ("à la formation, ainsi qu'a la santé", "à la formation, ainsi qu'à la santé"),
            ("plutôt qu'a construire", "plutôt qu'à construire"),
            ("C'est ainsi qu'a été créé le Pôle", "C'est ainsi qu'a été créé le Pôle"),
            ("ce qu'a la région", "ce qu'a la région"),
        ),
        _preposition_a,
    ),
    Rule(
        "homograph_in_context",
        "dés -> dès before a determiner, a number, que, lors or à (not after a determiner or de); "
        "age -> âge after a determiner, a preposition, an elided article or an adjective of age.",
        (
            ("une alimentation saine dés le plus jeune age", "une alimentation saine dès le plus jeune âge"),
            ("Dés 2021, le territoire", "Dès 2021, le territoire"),
            ("dés que possible", "dès que possible"),
            ("les dés sont jetés", "les dés sont jetés"),
            ("un jeu de dés le soir", "un jeu de dés le soir"),
            ("les enfants d'age scolaire", "les enfants d'âge scolaire"),
            ("une personne age de 80 ans", "une personne age de 80 ans"),
        ),
        _homograph_in_context,
    ),
    Rule(
        "ampersand_a",
        "& between a common word and a determiner or a place is à; names (Johnson & Johnson) stay.",
        (("de l'archipel noir & un archipel vert", "de l'archipel noir à un archipel vert"),),
        _ampersand_a,
    ),
    Rule(
        "stray_icon_letter",
        "A lone i between a sentence's end and the block's end or a capital is the information icon "
        "the OCR read as a letter: French has no word i.",
        (
            ("les terrils et les cavaliers, etc. i", "les terrils et les cavaliers, etc."),
            ("etc. i La Cité des électriciens", "etc. La Cité des électriciens"),
            ("i La Cité des électriciens", "La Cité des électriciens"),
            ("le point i) du contrat", "le point i) du contrat"),
        ),
        _stray_icon_letter,
    ),
)


def repair_ocr(text: str, vocabulary: Vocabulary | None = None, *, french: bool | None = None) -> str:
    """All the rules, in order. `vocabulary` is the document's own dictionary (see
    `Vocabulary.from_texts`); without it the text is its own dictionary. `french` says whether the
    French rules run (default: when the vocabulary looks French, a fragment too short to tell too)."""
    vocabulary = vocabulary or Vocabulary.from_texts([text])
    french = vocabulary.looks_french if french is None else french
    for rule in RULES:
        if french or not rule.french_only:
            text = rule.apply(text, vocabulary)
    return text


def clean_pages(raw_pages: Sequence[RawPage], on_progress: Progress | None = None) -> tuple[Page, ...]:
    """Each raw page as a `Page`: the raw text unchanged, and its blocks laid out and repaired."""
    vocabulary = Vocabulary.from_texts(page.text for page in raw_pages)
    french = vocabulary.is_french_document
    pages: list[Page] = []
    laid_out = lay_out_pages(raw_pages, vocabulary)
    for done, (raw, blocks) in enumerate(zip(raw_pages, laid_out, strict=True), start=1):
        repaired = tuple(
            dataclasses.replace(b, text=repair_ocr(b.text, vocabulary, french=french)) for b in blocks
        )
        pages.append(Page(raw.number, raw.text, repaired, raw.heading_lines))
        report(on_progress, Phase.CLEAN, done, len(raw_pages))
    return tuple(pages)
