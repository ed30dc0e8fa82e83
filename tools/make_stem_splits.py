"""Build resources/lexicon/stem_splits.txt: word forms the French stemmer joins to another word.

The Snowball French stemmer cuts a final "e" and a plural "s", so it gives one stem to two
different words that differ by that "e": "air" and "aire", "tram" and "trame", "mer" and "mère",
"gain" and "gaine". Searching "qualité de l'air" then finds "le canal d'Aire" first. This tool finds
such pairs in the French dictionary and writes, for each form of the longer word, a stem of its
own (its folded lemma: "aires" -> "aire"); `artois_reader.core.analysis.stem` reads the file.

A pair (A, B) is kept apart when all of these hold, so that a word and its own feminine or plural
are never split:

1. B is A with one more "e" once accents are folded ("mer", "mère"), and the stemmer joins them;
2. the dictionary writes them as two entries, neither generating the other (it writes a gendered
   word as one entry with its feminine: "vert" gives "verte", "avocat" gives "avocate");
3. both are nouns or adjectives French uses (Zipf >= 2 in resources/lexicon/fr_lexicon.txt.gz;
   "toute" beside "tout", "voire" beside "voir" are not), and B is no feminine in "-eure"
   ("entrepreneure": newer feminine nouns are entries of their own);
4. no form of B that the stemmer joins to A belongs to a third word French uses: "porte" is also
   "il porte", of "porter", which the stemmer joins to "port" too, so "port" and "porte" stay
   joined. All of B's forms are split, or none.

The source is Debian's ``hunspell-fr-classical`` (Dicollecte, MPL-2.0), as for the lexicon::

    cd /tmp && apt-get download hunspell-fr-classical && dpkg-deb -x hunspell-fr-classical_*.deb hunspell-fr
    python tools/make_stem_splits.py /tmp/hunspell-fr/usr/share/hunspell
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from make_lexicon import (
    dictionary_arguments,
    used_in_french,
    word_entries,
)

from artois_reader.core.analysis import fold
from artois_reader.core.analysis import snowball_stem as stem

OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "lexicon" / "stem_splits.txt"
MIN_ZIPF = 2.0  # once in 10 million words
HEADER = (
    "# Artois Reader stem splits 1: forms the Snowball French stemmer joins to a different word,\n"
    "# with the stem they keep (form stem). Made by tools/make_stem_splits.py from hunspell-fr-classical\n"
    "# 7.0 (Dicollecte, MPL-2.0) and the frequencies of fr_lexicon.txt.gz; see README.md.\n"
)


NAMING = ("po:nom", "po:adj")  # the parts of speech a split applies to


@dataclass
class Lemma:
    spelling: str  # as the dictionary writes it ("mère")
    forms: set[str] = field(default_factory=set)  # folded ("mere", "meres")
    naming: bool = False  # a noun or an adjective


def read_lemmas(dic: Path, aff: Path) -> dict[str, Lemma]:
    """The dictionary's lower-case entries by folded spelling, with their folded forms (entries that
    fold alike, such as a noun and a verb written the same, are one lemma here)."""
    lemmas: dict[str, Lemma] = {}
    for spelling, generated, tags in word_entries(dic, aff):
        lemma = lemmas.setdefault(fold(spelling), Lemma(spelling))
        lemma.forms.update(fold(form) for form, _tags in generated)
        lemma.naming = lemma.naming or any(tag in NAMING for tag in tags)
    return lemmas


def stem_splits(lemmas: dict[str, Lemma], in_use: Callable[[str], bool]) -> dict[str, str]:
    """Form -> its own stem, for the forms of each pair kept apart (rules in the module docstring)."""
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for key, lemma in lemmas.items():
        for form in lemma.forms:
            owners[form].add(key)
    splits: dict[str, str] = {}
    for key, lemma in lemmas.items():
        base = lemmas.get(key[:-1]) if key.endswith("e") and len(key) >= 4 else None
        if base is None or not _apart(key[:-1], base, key, lemma, in_use):
            continue
        joined = [form for form in lemma.forms if stem(form) == stem(key[:-1])]
        if any(in_use(other) for form in joined for other in owners[form] - {key}):
            continue  # rule 4
        splits.update((form, key) for form in joined)
    return splits


def _apart(short: str, base: Lemma, key: str, lemma: Lemma, in_use: Callable[[str], bool]) -> bool:
    return (
        stem(short) == stem(key)
        and key not in base.forms
        and short not in lemma.forms
        and base.naming
        and lemma.naming
        and in_use(short)
        and in_use(key)
        and not key.endswith("eure")
    )


def write_stems(path: Path, stems: dict[str, str], header: str = HEADER) -> None:
    """One "form stem" line per form, sorted, under the file's header (stem_splits.txt, stem_joins.txt)."""
    lines = [f"{form} {own}" for form, own in sorted(stems.items())]
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


def zipf_of(lemmas: dict[str, Lemma]) -> Callable[[str], bool]:
    in_use = used_in_french(MIN_ZIPF)
    return lambda key: in_use(lemmas[key].spelling)


def main(argv: Iterable[str] | None = None) -> None:
    args = dictionary_arguments(__doc__.splitlines()[0], OUTPUT, argv)
    lemmas = read_lemmas(args.hunspell / "fr.dic", args.hunspell / "fr.aff")
    splits = stem_splits(lemmas, zipf_of(lemmas))
    write_stems(args.output, splits)
    print(f"{len(lemmas)} lemmas -> {len(splits)} forms of {len(set(splits.values()))} words kept apart")
    print(args.output, file=sys.stderr)


if __name__ == "__main__":
    main()
