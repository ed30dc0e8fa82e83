"""tools/make_stem_splits.py on a tiny Hunspell dictionary: which words Snowball joins are kept apart."""

from __future__ import annotations

from pathlib import Path

import make_stem_splits
import pytest

AFF = """
SFX S. Y 2
SFX S. 0 0 [^sxz] is:sg
SFX S. 0 s [^sxz] is:pl

SFX F. Y 4
SFX F. 0 0 . is:mas:sg
SFX F. 0 s . is:mas:pl
SFX F. 0 e . is:fem:sg
SFX F. 0 es . is:fem:pl

SFX a0 Y 2
SFX a0 er er er po:infi
SFX a0 er e [^y]er po:ipre
"""

DIC = """14
air/S.() po:nom is:mas
aire/S.() po:nom is:fem
vert/F.() po:adj
port/S.() po:nom is:mas
porte/S.() po:nom is:fem
porter/a0() po:v1
tram/S.() po:nom is:mas
trame/S.() po:nom is:fem
entrepreneur/S.() po:nom is:mas
entrepreneure/S.() po:nom is:fem
tout po:det
toute po:det
mer/S.() po:nom is:fem
mère/S.() po:nom is:fem
"""


@pytest.fixture
def lemmas(dictionary) -> dict[str, make_stem_splits.Lemma]:
    folder = dictionary(AFF, DIC)
    return make_stem_splits.read_lemmas(folder / "fr.dic", folder / "fr.aff")


def everything_in_use(_key: str) -> bool:
    return True


def test_lemmas_are_folded_with_their_forms_and_parts_of_speech(lemmas: dict) -> None:
    assert lemmas["mere"].spelling == "mère" and lemmas["mere"].forms == {"mere", "meres"}
    assert lemmas["vert"].forms == {"vert", "verts", "verte", "vertes"}
    assert lemmas["porter"].forms == {"porter", "porte"} and not lemmas["porter"].naming
    assert lemmas["air"].naming and not lemmas["tout"].naming


def test_two_words_one_e_apart_get_stems_of_their_own(lemmas: dict) -> None:
    splits = make_stem_splits.stem_splits(lemmas, everything_in_use)
    assert splits == {
        "aire": "aire",
        "aires": "aire",
        "trame": "trame",
        "trames": "trame",
        "mere": "mere",
        "meres": "mere",
    }


def test_a_feminine_a_shared_form_and_function_words_stay_joined(lemmas: dict) -> None:
    splits = make_stem_splits.stem_splits(lemmas, everything_in_use)
    assert "verte" not in splits  # the feminine the entry "vert" generates
    assert "entrepreneure" not in splits  # a feminine noun the dictionary writes as an entry
    assert "porte" not in splits and "portes" not in splits  # "porte" is also "il porte" (porter)
    assert "toute" not in splits  # a determiner, not a noun or an adjective


def test_only_words_french_uses_are_split(lemmas: dict) -> None:
    splits = make_stem_splits.stem_splits(lemmas, lambda key: key != "tram")
    assert "trame" not in splits and "aire" in splits
    without_porter = make_stem_splits.stem_splits(lemmas, lambda key: key != "porter")
    assert without_porter["portes"] == "porte"  # a rare third word does not keep them joined


def test_the_file_is_sorted_and_read_back_by_the_analysis_chain(tmp_path: Path, lemmas: dict) -> None:
    path = tmp_path / "stem_splits.txt"
    make_stem_splits.write_stems(path, make_stem_splits.stem_splits(lemmas, everything_in_use))
    lines = path.read_text(encoding="utf-8").splitlines()
    entries = [line for line in lines if not line.startswith("#")]
    assert lines[0].startswith("# Artois Reader stem splits") and entries == sorted(entries)
    assert entries[0] == "aire aire"
