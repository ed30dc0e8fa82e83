"""Build resources/lexicon/participles.txt: verb forms that are a past participle without its accent.

An OCR that loses the acute accent of a final "é" turns a past participle into another form of the
same verb: "doit être conservé" comes out as "doit être conserve", and both are French words, so the
lexicon alone cannot tell. After "être", though, a conjugated verb cannot stand: the word is the
participle. `artois_reader.core.cleaning` (rule `participle_after_etre`) reads this list to know
which words to give their accent back, and which of them are nouns too ("conserve", "cause").

A line "form participle [nom]" is written when all of these hold:

1. the dictionary conjugates a verb to the form in the present indicative, third or second person
   singular ("conserve", "conserves"), and the same verb has the participle that is the form with
   "é" for its final "e" ("conservé", "conservés");
2. no adjective or participle of the dictionary writes the form: "est calme", "est pratique",
   "est double" are right as they are, and so is "sera mise" ("mise" of "mettre", not of "miser");
3. French uses the participle: Zipf >= 2 in resources/lexicon/fr_lexicon.txt.gz.

"nom" marks a form a noun writes too: the rule leaves it before "de" or "que", where it is the noun
("est cause de", "est signe que").

The source is Debian's ``hunspell-fr-classical`` (Dicollecte, MPL-2.0), as for the lexicon::

    cd /tmp && apt-get download hunspell-fr-classical && dpkg-deb -x hunspell-fr-classical_*.deb hunspell-fr
    python tools/make_participles.py /tmp/hunspell-fr/usr/share/hunspell
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from make_lexicon import (
    dictionary_arguments,
    used_in_french,
    word_entries,
)

OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "lexicon" / "participles.txt"
MIN_ZIPF = 2.0  # once in 10 million words
SINGULAR_PRESENT = frozenset({"po:3sg", "po:2sg"})
HEADER = (
    "# Artois Reader participles 1: verb forms that are a past participle without its accent\n"
    "# (form participle, and 'nom' when a noun writes the form too). Made by tools/make_participles.py\n"
    "# from hunspell-fr-classical 7.0 (Dicollecte, MPL-2.0) and the frequencies of fr_lexicon.txt.gz.\n"
)


@dataclass
class Forms:
    pairs: dict[str, str] = field(default_factory=dict)  # "conserve" -> "conservé"
    adjectives: set[str] = field(default_factory=set)  # and participles: right after "être"
    nouns: set[str] = field(default_factory=set)


def read_forms(dic: Path, aff: Path) -> Forms:
    """The dictionary's present-tense forms that are one of their verb's participles without its
    accent, and the forms its adjectives and nouns write."""
    forms = Forms()
    for _spelling, generated, tags in word_entries(dic, aff):
        if "po:adj" in tags:
            forms.adjectives.update(form for form, _ in generated)
        forms.adjectives.update(f for f, t in generated if "po:ppas" in t or "po:adj" in t)  # "mise"
        if "po:nom" in tags:
            forms.nouns.update(form for form, _ in generated)
        if any(tag.startswith("po:v") for tag in tags):
            forms.pairs.update(_pairs(generated))
    return forms


def _pairs(generated: list[tuple[str, tuple[str, ...]]]) -> dict[str, str]:
    participles = {form for form, tags in generated if "po:ppas" in tags}
    pairs = {}
    for form, tags in generated:
        if "po:ipre" not in tags or not SINGULAR_PRESENT & set(tags):
            continue
        accented = form[:-1] + "é" if form.endswith("e") else form[:-2] + "és" if form.endswith("es") else ""
        if accented in participles:
            pairs[form] = accented
    return pairs


def participles(forms: Forms, in_use: Callable[[str], bool]) -> list[tuple[str, str, bool]]:
    """(form, participle, a noun writes the form) for the forms the rule may accent, sorted."""
    return sorted(
        (form, accented, form in forms.nouns)
        for form, accented in forms.pairs.items()
        if form not in forms.adjectives and in_use(accented)
    )


def write_participles(path: Path, rows: list[tuple[str, str, bool]]) -> None:
    lines = [f"{form} {accented}{' nom' if noun else ''}" for form, accented, noun in rows]
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Iterable[str] | None = None) -> None:
    args = dictionary_arguments(__doc__.splitlines()[0], OUTPUT, argv)
    forms = read_forms(args.hunspell / "fr.dic", args.hunspell / "fr.aff")
    rows = participles(forms, used_in_french(MIN_ZIPF))
    write_participles(args.output, rows)
    print(f"{len(forms.pairs)} present-tense forms one accent from their participle -> {len(rows)} listed")
    print(args.output, file=sys.stderr)


if __name__ == "__main__":
    main()
