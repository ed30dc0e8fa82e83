"""tools/make_stem_joins.py on a tiny Hunspell dictionary: which forms the stemmer parts from their
own word, and which stay parted."""

from __future__ import annotations

from pathlib import Path

import make_stem_joins
import pytest

from artois_reader.core.analysis import snowball_stem

AFF = """
SFX F. Y 4
SFX F. c c c is:mas is:sg
SFX F. c cs c is:mas is:pl
SFX F. c que c is:fem is:sg
SFX F. c ques c is:fem is:pl

SFX W. Y 4
SFX W. x x x is:mas
SFX W. x ce x is:fem is:sg
SFX W. x ces x is:fem is:pl

SFX V. Y 4
SFX V. f f f is:mas is:sg
SFX V. f fs f is:mas is:pl
SFX V. f ve f is:fem is:sg
SFX V. f ves f is:fem is:pl

SFX a0 Y 2
SFX a0 er er er po:infi
SFX a0 er e er po:ipre po:3sg

SFX S. Y 2
SFX S. 0 0 [^sxz] is:sg
SFX S. 0 s [^sxz] is:pl
"""

DIC = """7
public/F.() po:adj
doux/W.() po:adj
actif/V.() po:adj
activer/a0() po:v1
minier/S.() po:adj
mini/S.() po:nom
rare/S.() po:adj
"""


@pytest.fixture
def entries(dictionary) -> list[make_stem_joins.Entry]:
    folder = dictionary(AFF, DIC)
    return make_stem_joins.read_entries(folder / "fr.dic", folder / "fr.aff")


def everything_in_use(_word: str) -> bool:
    return True


def test_feminines_the_stemmer_parts_take_their_words_stem(entries: list[make_stem_joins.Entry]) -> None:
    joins = make_stem_joins.stem_joins(entries, everything_in_use)
    assert snowball_stem("publique") != snowball_stem("public")
    assert joins["publique"] == joins["publiques"] == snowball_stem("public")
    assert joins["douce"] == joins["douces"] == snowball_stem("doux")


def test_a_form_of_another_word_or_a_stem_that_is_a_word_stays_parted(
    entries: list[make_stem_joins.Entry],
) -> None:
    joins = make_stem_joins.stem_joins(entries, everything_in_use)
    assert "active" not in joins  # "il active", of "activer"
    assert "actives" in joins  # no other word writes it
    assert not any(form.startswith("mini") for form in joins)  # "minier" stems to "mini", a word
    assert "rare" not in joins and "rares" not in joins  # the stemmer joins them already


def test_a_word_french_does_not_use_gives_no_join(entries: list[make_stem_joins.Entry]) -> None:
    joins = make_stem_joins.stem_joins(entries, lambda word: word != "public")
    assert "publique" not in joins and "douce" in joins


def test_the_file_is_sorted_and_read_by_the_tool_that_writes_it(
    entries: list[make_stem_joins.Entry], tmp_path: Path
) -> None:
    path = tmp_path / "stem_joins.txt"
    make_stem_joins.write_stems(
        path, make_stem_joins.stem_joins(entries, everything_in_use), make_stem_joins.HEADER
    )
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert lines == sorted(lines) and "publique public" in lines
