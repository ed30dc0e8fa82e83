"""tools/make_participles.py on a tiny Hunspell dictionary: which verb forms are a participle without
its accent."""

from __future__ import annotations

from pathlib import Path

import make_participles
import pytest

from artois_reader.core.lexicon import read_participles

AFF = """
SFX S. Y 2
SFX S. 0 0 [^sxz] is:sg
SFX S. 0 s [^sxz] is:pl

SFX a0 Y 4
SFX a0 er er er po:infi
SFX a0 er e er po:ipre po:spre po:1sg po:3sg
SFX a0 er es er po:ipre po:spre po:2sg
SFX a0 er ons er po:ipre po:1pl

SFX p+ Y 4
SFX p+ er é er po:ppas po:adj is:mas is:sg
SFX p+ er és er po:ppas po:adj is:mas is:pl
SFX p+ er ée er po:ppas po:adj is:fem is:sg
SFX p+ er ées er po:ppas po:adj is:fem is:pl

SFX q+ Y 2
SFX q+ ettre is ettre po:ppas is:mas
SFX q+ ettre ise ettre po:ppas is:fem is:sg
"""

DIC = """8
conserver/a0p+() po:v1
conserve/S.() po:nom is:fem
situer/a0p+() po:v1
calmer/a0p+() po:v1
calme/S.() po:adj
miser/a0p+() po:v1
mettre/q+ po:v3
chanter/a0() po:v1
"""


@pytest.fixture
def forms(dictionary) -> make_participles.Forms:
    folder = dictionary(AFF, DIC)
    return make_participles.read_forms(folder / "fr.dic", folder / "fr.aff")


def everything_in_use(_form: str) -> bool:
    return True


def test_present_forms_are_paired_with_their_accented_participle(forms: make_participles.Forms) -> None:
    assert forms.pairs["conserve"] == "conservé" and forms.pairs["conserves"] == "conservés"
    assert forms.pairs["situe"] == "situé"
    assert "conservons" not in forms.pairs  # not one accent away
    assert "chante" not in forms.pairs  # its verb has no participle in this dictionary


def test_adjectives_and_participles_are_left_out_and_nouns_marked(forms: make_participles.Forms) -> None:
    rows = make_participles.participles(forms, everything_in_use)
    listed = {form: (accented, noun) for form, accented, noun in rows}
    assert listed["conserve"] == ("conservé", True)  # "la conserve": stays before "de"
    assert listed["situe"] == ("situé", False)
    assert "calme" not in listed  # "est calme": an adjective
    assert "mise" not in listed  # "sera mise": the participle of "mettre"
    assert rows == sorted(rows)


def test_only_participles_french_uses_are_listed(forms: make_participles.Forms) -> None:
    rows = make_participles.participles(forms, lambda form: form != "situé")
    assert "situe" not in {form for form, _, _ in rows}


def test_the_file_is_read_back_by_the_lexicon(tmp_path: Path, forms: make_participles.Forms) -> None:
    path = tmp_path / "participles.txt"
    make_participles.write_participles(path, make_participles.participles(forms, everything_in_use))
    assert path.read_text(encoding="utf-8").startswith("# Artois Reader participles")
    read = read_participles(path)
    assert read["conserve"] == ("conservé", True) and read["situes"] == ("situés", False)
