"""tools/make_finite_verbs.py on a tiny Hunspell dictionary: which forms only a conjugated verb writes."""

from __future__ import annotations

from pathlib import Path

import make_finite_verbs
import pytest

from artois_reader.core.lexicon import read_finite_verbs

AFF = """
SFX S. Y 2
SFX S. 0 0 [^sxz] is:sg
SFX S. 0 s [^sxz] is:pl

SFX a0 Y 8
SFX a0 er er er po:infi
SFX a0 er é er po:ppas is:mas is:sg
SFX a0 er e er po:ipre po:spre po:1sg po:3sg
SFX a0 er es er po:ipre po:spre po:2sg
SFX a0 er ent er po:ipre po:spre po:3pl
SFX a0 er era er po:ifut po:3sg
SFX a0 er ons er po:ipre po:1pl
SFX a0 er e er po:impe po:2sg
"""

DIC = """6
contribuer/a0() po:v1
former/a0() po:v1
forme/S.() po:nom is:fem
dire/() po:v3
dit/S.() po:adj is:mas
avoir/() po:v0
"""


@pytest.fixture
def forms(dictionary) -> tuple[set[str], set[str]]:
    folder = dictionary(AFF, DIC)
    return make_finite_verbs.read_forms(folder / "fr.dic", folder / "fr.aff")


def everything_in_use(_form: str) -> bool:
    return True


def test_third_person_finite_forms_are_read_with_the_other_readings(forms: tuple[set[str], set[str]]) -> None:
    finite, other = forms
    assert {"contribue", "contribuent", "contribuera", "forme", "formera"} <= finite
    assert not {"contribues", "contribuons", "contribuer", "contribué"} & finite  # other persons, non-finite
    assert {"forme", "formes", "contribué", "contribuer", "dit"} <= other  # a noun, participles, an adjective
    assert "contribue" not in other  # the imperative is a verb too: it does not count as another reading


def test_only_forms_no_other_word_writes_are_listed(forms: tuple[set[str], set[str]]) -> None:
    listed = make_finite_verbs.finite_verbs(*forms, everything_in_use)
    assert listed == sorted(listed)
    assert {"contribue", "contribuent", "contribuera", "formera", "forment"} <= set(listed)
    assert "forme" not in listed  # "la forme", a noun


def test_a_itself_is_never_listed() -> None:
    assert make_finite_verbs.finite_verbs({"a", "va"}, set(), everything_in_use) == ["va"]


def test_only_forms_french_uses_are_listed(forms: tuple[set[str], set[str]]) -> None:
    listed = make_finite_verbs.finite_verbs(*forms, lambda form: form != "contribuera")
    assert "contribuera" not in listed and "contribue" in listed


def test_the_file_is_read_back_by_the_lexicon(tmp_path: Path, forms: tuple[set[str], set[str]]) -> None:
    path = tmp_path / "finite_verbs.txt"
    make_finite_verbs.write_verbs(path, make_finite_verbs.finite_verbs(*forms, everything_in_use))
    assert path.read_text(encoding="utf-8").startswith("# Artois Reader finite verbs")
    assert read_finite_verbs(path) == {"contribue", "contribuent", "contribuera", "formera", "forment"}
