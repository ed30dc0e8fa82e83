"""tools/make_lexicon.py on a tiny Hunspell dictionary: expansion, selection, the file it writes."""

from __future__ import annotations

from pathlib import Path

import make_lexicon
import pytest

from artois_reader.core.lexicon import read_lexicon

AFF = """
SFX S. Y 2
SFX S. 0 0/L'D'Q' [^sxz] is:sg
SFX S. 0 s/D'Q' [^sxz] is:pl

SFX a0 Y 3
SFX a0 er er/n'q'd'l' er po:infi
SFX a0 er e/j'n'q' [^y]er po:ipre
SFX a0 er é/n'q' er po:ppas

PFX L' Y 1
PFX L' 0 l' . dp:le|la+
"""

DIC = """6
modèle/S.() po:nom
modeler/a0() po:v1
bientôt po:adv
Liévin/L'D'Q' po:npr
C₄H₁₀/S. po:chim
fautte/{} po:nom
"""


@pytest.fixture
def hunspell(dictionary) -> Path:
    return dictionary(AFF, DIC)


def test_stems_expand_with_their_suffixes_and_without_elisions(hunspell: Path) -> None:
    forms, stems = make_lexicon.expand(hunspell / "fr.dic", hunspell / "fr.aff")
    assert forms == {"modèle", "modèles", "modeler", "modele", "modelé", "bientôt", "Liévin"}
    assert stems == {"modèle", "modeler", "bientôt", "Liévin"}  # "modele" is a form, not a stem


def test_only_the_forms_french_uses_are_kept(hunspell: Path) -> None:
    forms, stems = make_lexicon.expand(hunspell / "fr.dic", hunspell / "fr.aff")
    zipf = {"modèle": 4.97, "modelé": 2.8, "bientôt": 4.6}
    common, names = make_lexicon.select(forms, stems, zipf)
    assert common == {"modèle": 50, "modelé": 28, "bientôt": 46, "modeler": 0}
    assert names == {"Liévin"}


def test_spellings_in_use_leave_out_dictionary_words() -> None:
    usage = make_lexicon.spellings_in_use(
        {"modèle": 50}, {"modèle": 1e-4, "modele": 1e-6, "x2": 1e-3, "rare": 1e-9}
    )
    assert usage == {"modele": 30}


def test_the_file_written_is_the_file_the_application_reads(hunspell: Path, tmp_path: Path) -> None:
    path = tmp_path / "out" / "fr_lexicon.txt.gz"
    make_lexicon.write_lexicon(
        path, {"modèle": 50, "modelé": 28, "lune": 46}, {"Liévin"}, {"modele": 31}, "test"
    )
    lexicon = read_lexicon(path)
    assert lexicon.spellings("modele") == ["modèle", "modelé"]
    assert lexicon.zipf("lune") == 4.6
    assert lexicon.usage_zipf("modele") == 3.1
    assert lexicon.is_name("Liévin")
    assert lexicon.unseen_letters("modèle") == set() and lexicon.unseen_letters("lunx") == {1, 2, 3}
    first = path.read_bytes()
    make_lexicon.write_lexicon(
        path, {"modèle": 50, "modelé": 28, "lune": 46}, {"Liévin"}, {"modele": 31}, "test"
    )
    assert path.read_bytes() == first  # reproducible bytes


def test_symbols_and_formulas_are_no_words() -> None:
    assert make_lexicon.is_word("aujourd'hui") and make_lexicon.is_word("co-auteur")
    assert (
        not make_lexicon.is_word("C₄H₁₀") and not make_lexicon.is_word("-") and not make_lexicon.is_word("m²")
    )
