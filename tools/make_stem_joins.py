"""Build resources/lexicon/stem_joins.txt: forms of one word the French stemmer gives two stems.

The Snowball French stemmer joins most forms of a word ("vert", "verte", "verts"), but not the
feminine of adjectives and nouns that change more than a final "e": "public" / "publique", "doux" /
"douce", "actif" / "active", "long" / "longue". Searching "action publique" then misses "service
public". This tool finds such forms in the French dictionary and writes, for each, the stem of the
word's first form (the masculine singular: "publique" -> "public"); `artois_reader.core.analysis.stem`
reads the file beside stem_splits.txt.

A form is joined to its word when all of these hold:

1. the dictionary writes the word as one entry that generates the form (a gendered word is one
   entry with its feminine: "public" gives "publique");
2. the entry is a noun or an adjective French uses (Zipf >= 2 in fr_lexicon.txt.gz);
3. the stemmer gives the form another stem than the entry's own;
4. no other entry French uses has the form: "active" is also "il active", of "activer", and
   "nouvelle" a noun of its own, so they keep their stems;
5. the entry's own stem is no other word French uses ("minier" stems to "mini": joining
   "minière" there would join it to "mini" too).

The source is Debian's ``hunspell-fr-classical`` (Dicollecte, MPL-2.0), as for the lexicon::

    python tools/make_stem_joins.py /usr/share/hunspell
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from make_lexicon import (
    dictionary_arguments,
    used_in_french,
    word_entries,
)
from make_stem_splits import MIN_ZIPF, NAMING, write_stems

from artois_reader.core.analysis import fold, stem_splits
from artois_reader.core.analysis import snowball_stem as stem

OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "lexicon" / "stem_joins.txt"
HEADER = (
    "# Artois Reader stem joins 1: forms the Snowball French stemmer parts from their own word, with\n"
    "# that word's stem (form stem). Made by tools/make_stem_joins.py from hunspell-fr-classical 7.0\n"
    "# (Dicollecte, MPL-2.0) and the frequencies of fr_lexicon.txt.gz; see README.md.\n"
)

Entry = tuple[str, frozenset[str], bool]  # folded spelling, its folded forms, a noun or an adjective


def read_entries(dic: Path, aff: Path) -> list[Entry]:
    """Each lower-case entry of the dictionary with the forms it generates itself."""
    return [
        (
            fold(spelling),
            frozenset(fold(form) for form, _tags in generated),
            any(tag in NAMING for tag in tags),
        )
        for spelling, generated, tags in word_entries(dic, aff)
    ]


def stem_joins(entries: list[Entry], in_use: Callable[[str], bool]) -> dict[str, str]:
    """Form -> its word's stem, for the forms the stemmer parts from it (rules in the docstring)."""
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for key, forms, _naming in entries:
        for form in forms:
            owners[form].add(key)
    splits = stem_splits()
    joins: dict[str, str] = {}
    for key, forms, naming in entries:
        if not naming or key not in forms or not in_use(key) or key in splits:
            continue
        own = stem(key)
        if own != key and own not in forms and in_use(own):
            continue  # rule 5: "minier" stems to "mini", a word of its own
        for form in sorted(forms):
            if stem(form) == own or form in splits or form in joins:
                continue
            if any(in_use(other) for other in owners[form] - {key}):
                continue  # rule 4
            joins[form] = own
    return joins


def main(argv: Iterable[str] | None = None) -> None:
    args = dictionary_arguments(__doc__.splitlines()[0], OUTPUT, argv)
    entries = read_entries(args.hunspell / "fr.dic", args.hunspell / "fr.aff")
    joins = stem_joins(entries, used_in_french(MIN_ZIPF))
    write_stems(args.output, joins, HEADER)
    print(f"{len(entries)} entries -> {len(joins)} forms joined to {len(set(joins.values()))} words")
    print(args.output, file=sys.stderr)


if __name__ == "__main__":
    main()
