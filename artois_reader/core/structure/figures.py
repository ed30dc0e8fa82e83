"""Key figures: a quantity and what it counts ("650 000 habitants", "4 200 ha", "10 % de la population").

A figure is a number followed by a unit or a counted noun, in running text. Not figures: years
alone ("en 2017"), phone numbers, postal codes ("62300 Lens"), site names ("11/19", "9-9 bis"),
numbers under ten without a unit of measure, times of day ("10 heures"), and numbers in short
screenshot or map fragments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from artois_reader.core.structure.words import STOP_WORDS, fold, letter_share, squash, word_set

MIN_TEXT_CHARS = 60
DEBRIS_SHARE = 0.15
MEASURES = word_set("% ha km m m2 m² km2 km² kwh mwh gwh mw gw t € m€ md€ euros millions milliards")
_NUMBER = re.compile(
    r"(?<![\w/.,\-+])(\d{1,3}(?:(?:[ \u00a0\u202f]|\.(?=\d{3}\b))\d{3})+|\d+(?:,\d+)?)"
    r"\s*(%|[^\W\d_][\w²€'-]*)"
)
_NOT_UNITS = word_set(
    "a à au aux de des du en et ou avec dans par pour sur ans an janvier fevrier mars avril mai juin "
    "juillet aout septembre octobre novembre decembre bis rue avenue heures heure minutes secondes h"
)
_CLAUSE_END = re.compile(r"[,;:.()!?]|\s[-–—]\s")
MAX_LABEL_WORDS = 7
LABEL_WINDOW = 500  # characters each side of a figure: room for its label's words
_JOINS = word_set("et ou mais puis")


@dataclass(frozen=True)
class FigureFound:
    value: str
    unit: str
    label: str


def find_figures(text: str) -> list[FigureFound]:
    text = re.sub(r"(?<=\d)\.(?=\d{3}\b)", " ", squash(text))  # "650.000" -> "650 000"
    if len(text) < MIN_TEXT_CHARS or letter_share(text) < 0.6 or is_debris(text):
        return []
    found = []
    for match in _NUMBER.finditer(text):
        number, unit = match.group(1), match.group(2)
        if _is_figure(text, match, number, unit):
            value = french_number(number) + (" %" if unit == "%" else "")
            found.append(FigureFound(value, _unit(unit), _label(text, match)))
    return found


def is_debris(text: str) -> bool:
    """OCR of a screenshot or a map: many lone letters and symbols ("[l Moyen o I I 6 m2 Passable @")."""
    tokens = text.split()
    lone = [
        t
        for t in tokens
        if not t.isdigit() and ((len(t) == 1 and t.lower() not in "aày") or not t[0].isalnum())
    ]
    return len(lone) > DEBRIS_SHARE * len(tokens)


def french_number(number: str) -> str:
    """ "650.000" -> "650 000"; "4200" -> "4 200"; "2,5" stays."""
    whole, _, decimals = number.partition(",")
    digits = re.sub(r"\D", "", whole)
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return " ".join(groups) + ("," + decimals if decimals else "")


def _is_figure(text: str, match: re.Match[str], number: str, unit: str) -> bool:
    folded_unit = fold(unit)
    digits = re.sub(r"\D", "", number.partition(",")[0])
    measured = folded_unit in MEASURES
    if folded_unit in _NOT_UNITS or folded_unit in STOP_WORDS or not (measured or unit[0].islower()):
        return False
    if len(digits) == 4 and 1800 <= int(digits) <= 2100 and not measured and " " not in number:
        return False  # a year
    if len(digits) == 5 and unit[0].isupper():
        return False  # a postal code
    if int(digits or 0) < 10 and not measured:
        return False
    if not measured and not _counted_noun(folded_unit):
        return False
    after = text[match.end() : match.end() + 1]
    return after not in "/@" or after == ""


def _counted_noun(word: str) -> bool:
    """What a number counts is a plural noun: "habitants", "communes", "logements", "parcs"."""
    return len(word) >= 4 and word.endswith(("s", "x")) and not word.endswith(("ons", "ez", "ous"))


def _unit(unit: str) -> str:
    return "%" if unit == "%" else unit.rstrip("'’-")


def _label(text: str, match: re.Match[str]) -> str:
    """The clause around the figure, a few words each side; where the clause goes on, the label ends
    on a word that carries meaning, with "…" ("…reliés par un réseau de 420 km de voies vertes",
    not "proposent et reliés par…"; "11 parcs … qu'ils proposent…", not "… qu'ils proposent et")."""
    start, end = match.start(), match.end()  # a window each side: a long block costs no more per figure
    before = _CLAUSE_END.split(text[max(0, start - LABEL_WINDOW) : start])[-1].split()
    after = _CLAUSE_END.split(text[end : end + LABEL_WINDOW])[0].split()
    value = f"{french_number(match.group(1))} {match.group(2)}"
    return " ".join([*_label_start(before), value, *_label_end(after)]).strip()


def _label_start(words: list[str]) -> list[str]:
    if len(words) <= MAX_LABEL_WORDS:
        return words
    kept = words[-MAX_LABEL_WORDS:]
    joins = [i for i, word in enumerate(kept) if fold(word) in _JOINS]
    kept = kept[joins[-1] + 1 :] if joins else kept  # start after the last "et": its own clause
    while kept and fold(kept[0]).strip("'’") in STOP_WORDS:
        kept = kept[1:]
    return ["…" + kept[0], *kept[1:]] if kept else []


def _label_end(words: list[str]) -> list[str]:
    if len(words) <= MAX_LABEL_WORDS:
        return words
    kept = words[:MAX_LABEL_WORDS]
    while kept and (fold(kept[-1]).strip("'’") in STOP_WORDS or kept[-1].endswith(("'", "’"))):
        kept = kept[:-1]
    return [*kept[:-1], kept[-1] + "…"] if kept else []
