"""Build resources/lexicon/finite_verbs.txt: third-person verb forms that can only be a verb.

The OCR repair writes "à" for an "a" that lost its accent when no subject stands before it in the
clause: "Son inscription contribue a la réappropriation" has its verb already ("contribue"), so its
"a" is no second verb (avoir) but the preposition. To see that a clause has its verb, the repair
needs to know which words are conjugated verbs; `artois_reader.core.cleaning` reads this list.

A form is listed when all of these hold:

1. the dictionary conjugates a verb to it in the third person (singular or plural) of a finite
   tense: indicative, conditional or subjunctive ("contribue", "contribuent", "contribuera");
2. no other reading gives it: no noun, adjective, adverb or other word of the dictionary writes it
   ("forme", "compte", "participe" are nouns too), nor a participle or an infinitive ("dit");
3. French uses it: Zipf >= 2 in resources/lexicon/fr_lexicon.txt.gz;
4. it is not "a" itself, the word the rule is about.

The source is Debian's ``hunspell-fr-classical`` (Dicollecte, MPL-2.0), as for the lexicon::

    cd /tmp && apt-get download hunspell-fr-classical && dpkg-deb -x hunspell-fr-classical_*.deb hunspell-fr
    python tools/make_finite_verbs.py /tmp/hunspell-fr/usr/share/hunspell
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from make_lexicon import (
    dictionary_arguments,
    used_in_french,
    word_entries,
)

OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "lexicon" / "finite_verbs.txt"
MIN_ZIPF = 2.0  # once in 10 million words
FINITE_TENSES = frozenset({"po:ipre", "po:iimp", "po:ipsi", "po:ifut", "po:cond", "po:spre", "po:simp"})
THIRD_PERSON = frozenset({"po:3sg", "po:3pl", "po:3pl!"})
NOT_FINITE = frozenset({"po:infi", "po:ppre", "po:ppas", "po:adj"})  # a form not conjugated
HEADER = (
    "# Artois Reader finite verbs 1: third-person verb forms no other word writes, one a line.\n"
    "# Made by tools/make_finite_verbs.py from hunspell-fr-classical 7.0 (Dicollecte, MPL-2.0)\n"
    "# and the frequencies of fr_lexicon.txt.gz; see README.md.\n"
)


def read_forms(dic: Path, aff: Path) -> tuple[set[str], set[str]]:
    """(third-person finite forms of verbs, every form any other reading gives), in lower case."""
    finite: set[str] = set()
    other: set[str] = set()
    for _spelling, generated, tags in word_entries(dic, aff):
        verb = any(tag.startswith("po:v") for tag in tags)
        for form, form_tags in generated:
            if not verb or not form_tags or NOT_FINITE & set(form_tags):
                other.add(form)  # a noun's plural, a participle, an infinitive (a verb's entry)
            elif FINITE_TENSES & set(form_tags) and THIRD_PERSON & set(form_tags):
                finite.add(form)
    return finite, other


def finite_verbs(finite: set[str], other: set[str], in_use: Callable[[str], bool]) -> list[str]:
    """The forms that can only be a conjugated verb (rules in the module docstring), sorted."""
    return sorted(form for form in finite - other if form != "a" and in_use(form))


def write_verbs(path: Path, forms: list[str]) -> None:
    path.write_text(HEADER + "\n".join(forms) + "\n", encoding="utf-8")


def main(argv: Iterable[str] | None = None) -> None:
    args = dictionary_arguments(__doc__.splitlines()[0], OUTPUT, argv)
    finite, other = read_forms(args.hunspell / "fr.dic", args.hunspell / "fr.aff")
    forms = finite_verbs(finite, other, used_in_french(MIN_ZIPF))
    write_verbs(args.output, forms)
    print(f"{len(finite)} third-person finite forms -> {len(forms)} that only a verb writes")
    print(args.output, file=sys.stderr)


if __name__ == "__main__":
    main()
