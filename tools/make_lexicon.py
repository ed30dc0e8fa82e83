"""Build resources/lexicon/fr_lexicon.txt.gz: French word forms and how often French uses them.

Two sources, each fetched with its ordinary client, used here at build time only:

- the word forms: Debian's ``hunspell-fr-classical`` (Dicollecte / Grammalecte dictionary, MPL-2.0),
  the traditional spelling ("chaîne", "maîtrise", not the 1990 "chaine", "maitrise"). Its stems and
  suffix rules are expanded here; the elision prefixes (l', d', qu'…) are left out, since the
  cleaning rules split elisions themselves;
- the frequencies: the PyPI package ``wordfreq`` (its data is CC BY-SA 4.0), as Zipf values
  (log10 of occurrences per billion words), rounded to a tenth.

Only forms French actually uses are kept: a form of the dictionary whose frequency wordfreq knows,
and every stem the dictionary lists (a lemma stays known even when rare). Hyphenated forms are all
kept, and so are forms with an apostrophe ("aujourd'hui"): wordfreq splits words there, so they
carry no frequency. Commands::

    cd /tmp && apt-get download hunspell-fr-classical && dpkg-deb -x hunspell-fr-classical_*.deb hunspell-fr
    python -m venv /tmp/lexvenv && /tmp/lexvenv/bin/pip install wordfreq==3.1.1
    /tmp/lexvenv/bin/pip install --no-deps -e .   # the tool uses artois_reader.core.lexicon
    /tmp/lexvenv/bin/python tools/make_lexicon.py /tmp/hunspell-fr/usr/share/hunspell

The file is gzip'd UTF-8 text: a comment line, then the sections `write_lexicon` describes, read by
`artois_reader.core.lexicon.read_lexicon`. Common words are in lower case; names (forms the
dictionary writes with a capital only) keep their capitals.
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from artois_reader.core.lexicon import fold_accents

OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "lexicon" / "fr_lexicon.txt.gz"
FORBIDDEN = "{}"  # FORBIDDENWORD flag of the Dicollecte dictionary
NEED_AFFIX = "()"  # NEEDAFFIX: the stem alone is no word
MIN_USAGE_ZIPF = 1.5  # once in 30 million words: below, wordfreq's list is mostly noise
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


@dataclass(frozen=True)
class Suffix:
    strip: str
    add: str
    condition: re.Pattern[str]
    tags: tuple[str, ...] = ()  # the form's morphology ("po:ipre", "po:3sg")

    def apply(self, stem: str) -> str | None:
        if not stem.endswith(self.strip) or not self.condition.search(stem):
            return None
        return stem[: len(stem) - len(self.strip)] + self.add


def read_suffixes(aff: Path) -> dict[str, list[Suffix]]:
    """The SFX rules of a Hunspell .aff file (FLAG long: two-character flags), by flag.
    Continuation flags after "/" (the elision prefixes) are dropped; morphology fields are kept."""
    rules: defaultdict[str, list[Suffix]] = defaultdict(list)
    for line in aff.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 5 or parts[0] != "SFX" or parts[2] in {"Y", "N"}:
            continue
        flag, strip, add, condition = parts[1:5]
        add = add.split("/")[0]
        rules[flag].append(
            Suffix(
                "" if strip == "0" else strip,
                "" if add == "0" else add,
                re.compile(f"(?:{condition})$"),
                tuple(parts[5:]),
            )
        )
    return rules


def read_entries(dic: Path) -> Iterator[tuple[str, list[str]]]:
    """(stem, flags) for each entry of a Hunspell .dic file (the first line is the count)."""
    for stem, flags, _tags in read_tagged_entries(dic):
        yield stem, flags


def read_tagged_entries(dic: Path) -> Iterator[tuple[str, list[str], list[str]]]:
    """(stem, flags, morphological tags such as "po:nom") for each entry of a Hunspell .dic file."""
    with dic.open(encoding="utf-8") as lines:
        next(lines)
        for line in lines:
            if not line.strip():
                continue
            head, *tags = line.split()
            stem, _, flags = head.partition("/")
            yield stem, [flags[i : i + 2] for i in range(0, len(flags), 2)], tags


def tagged_forms(
    stem: str, flags: list[str], suffixes: dict[str, list[Suffix]]
) -> list[tuple[str, tuple[str, ...]]]:
    """The forms one entry gives, each with its suffix's morphology: the stem itself (no tags) unless
    it needs an affix, then each suffix of its flags that applies."""
    forms: list[tuple[str, tuple[str, ...]]] = [] if NEED_AFFIX in flags else [(stem, ())]
    for flag in flags:
        forms += [(form, s.tags) for s in suffixes.get(flag, ()) if (form := s.apply(stem))]
    return forms


Generated = list[tuple[str, tuple[str, ...]]]  # (form, its suffix's morphology) for one entry


def word_entries(dic: Path, aff: Path) -> Iterator[tuple[str, Generated, list[str]]]:
    """(spelling, the alphabetic forms it generates with their morphology, its own tags) for each
    lower-case word entry of the dictionary, forbidden words aside: what the tools made from the
    dictionary (stem splits and joins, finite verbs, participles) read."""
    suffixes = read_suffixes(aff)
    for spelling, flags, tags in read_tagged_entries(dic):
        if FORBIDDEN in flags or not spelling.isalpha() or not spelling.islower():
            continue
        yield spelling, [(f, t) for f, t in tagged_forms(spelling, flags, suffixes) if f.isalpha()], tags


def dictionary_arguments(description: str, output: Path, argv: Iterable[str] | None) -> argparse.Namespace:
    """The command line every tool made from the dictionary takes: its folder, and --output."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("hunspell", type=Path, help="folder with fr.dic and fr.aff (hunspell-fr-classical)")
    parser.add_argument("--output", type=Path, default=output)
    return parser.parse_args(None if argv is None else list(argv))


def used_in_french(min_zipf: float) -> Callable[[str], bool]:
    """Does French use a word at least `min_zipf` in the shipped lexicon (the one this module makes)?"""
    from artois_reader.core.lexicon import french_lexicon

    lexicon = french_lexicon()
    return lambda word: lexicon.zipf(word) >= min_zipf


def expand(dic: Path, aff: Path) -> tuple[set[str], set[str]]:
    """All the forms the dictionary accepts (elisions aside), and its stems."""
    suffixes = read_suffixes(aff)
    forms: set[str] = set()
    stems: set[str] = set()
    for stem, flags in read_entries(dic):
        if FORBIDDEN in flags:
            continue
        if NEED_AFFIX not in flags:
            forms.add(stem)
            stems.add(stem)
        for flag in flags:
            for suffix in suffixes.get(flag, ()):
                form = suffix.apply(stem)
                if form:
                    forms.add(form)
                    if suffix.add == suffix.strip:  # the null suffix: the stem is a word
                        stems.add(form)
    return {f for f in forms if is_word(f)}, {s for s in stems if is_word(s)}


def is_word(form: str) -> bool:
    """Letters, with inner hyphens or apostrophes: no chemical formula (C₄H₁₁NO₂), no symbol."""
    return bool(_WORD.fullmatch(form)) and form.replace("-", "").replace("'", "").isalpha()


def select(forms: Iterable[str], stems: set[str], zipf: dict[str, float]) -> tuple[dict[str, int], set[str]]:
    """Common words (lower case -> Zipf x 10) and names. A form is kept when French uses it
    (wordfreq knows it), when it is a stem, or when it is hyphenated."""
    common: dict[str, int] = {}
    names: set[str] = set()
    for form in forms:
        frequency = zipf.get(form.casefold(), 0.0)
        if frequency <= 0 and form not in stems and not re.search("[-']", form):
            continue
        if form[:1].isupper():
            names.add(form)
        else:
            key = form.casefold()
            common[key] = max(common.get(key, 0), round(frequency * 10))
    return common, {n for n in names if n.casefold() not in common}


def spellings_in_use(common: dict[str, int], frequencies: dict[str, float]) -> dict[str, int]:
    """Spellings French text uses often (Zipf >= 1.5) that are no common word of the dictionary:
    English words ("time", "core"), names ("Sanchez", "git"), accent-less spellings ("etat",
    5.1, beside "état", 5.6; "arena", 3.6, beside "aréna", 2.9). An OCR repair must not take such
    a spelling for an error."""
    usage = {}
    for word, frequency in frequencies.items():
        zipf = math.log10(frequency * 1e9) if frequency > 0 else 0.0
        if zipf >= MIN_USAGE_ZIPF and word.isalpha() and word not in common:
            usage[word] = round(zipf * 10)
    return usage


def letter_trigrams(common: dict[str, int]) -> set[str]:
    """The three-letter sequences of the words French uses (Zipf >= 2), "^" and "$" marking the
    word's edges: an OCR form holding one French never writes ("aqilleurs": "aqi") has a letter
    that does not belong."""
    found: set[str] = set()
    for word, band in common.items():
        if band >= 20 and "-" not in word and "'" not in word:
            padded = f"^{word}$"
            found.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return found


def write_lexicon(
    path: Path, common: dict[str, int], names: set[str], usage: dict[str, int], header: str
) -> None:
    """Six sections, each sorted so the reader can bisect them without building tables:
    ``=words`` the common words; ``=bands`` one character per word, chr(33 + Zipf x 10);
    ``=accents`` "folded word" for each word with an accent, ç or œ; ``=usage`` "spelling band"
    for the spellings in use that are no word (see `spellings_in_use`); ``=trigrams`` the
    letter trigrams of French words (see `letter_trigrams`); ``=names`` proper nouns."""
    words = sorted(common)
    bands = "".join(chr(33 + common[word]) for word in words)
    accents = sorted(f"{fold_accents(word)} {word}" for word in words if not word.isascii())
    spelled = sorted(f"{word} {chr(33 + band)}" for word, band in usage.items())
    lines = [f"# {header}", "=words", *words, "=bands", bands, "=accents", *accents, "=usage", *spelled]
    lines += ["=trigrams", *sorted(letter_trigrams(common)), "=names", *sorted(names)]
    path.parent.mkdir(parents=True, exist_ok=True)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))  # no date, no name: same bytes


def main(argv: list[str] | None = None) -> None:
    args = dictionary_arguments(__doc__.splitlines()[0], OUTPUT, argv)
    import wordfreq  # build time only: never a dependency of the application

    forms, stems = expand(args.hunspell / "fr.dic", args.hunspell / "fr.aff")
    spellings = {f.casefold() for f in forms if "-" not in f and "'" not in f}
    zipf = {word: wordfreq.zipf_frequency(word, "fr") for word in spellings}
    common, names = select(forms, stems, zipf)
    usage = spellings_in_use(common, wordfreq.get_frequency_dict("fr"))
    version = getattr(wordfreq, "__version__", "3.1.1")
    header = (
        "Artois Reader French lexicon 1: forms from hunspell-fr-classical 7.0 (Dicollecte, MPL-2.0), "
        f"Zipf frequencies x10 from wordfreq {version} (CC BY-SA 4.0); see README.md"
    )
    write_lexicon(args.output, common, names, usage, header)
    size = args.output.stat().st_size
    print(f"{len(forms)} forms, {len(stems)} stems -> {len(common)} common words, {len(names)} names")
    print(f"{len(usage)} other spellings in use")
    print(f"{args.output} ({size / 1024:.0f} KiB)", file=sys.stderr)


if __name__ == "__main__":
    main()
