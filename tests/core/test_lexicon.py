"""The bundled French lexicon: what it knows, how often French uses a word, accented spellings."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from artois_reader.core.lexicon import (
    LEXICON_FILE,
    Lexicon,
    fold_accents,
    folded_french_words,
    french_lexicon,
    gazetteer_names,
    is_french_word,
    read_lexicon,
)
from artois_reader.core.resources import resource_path


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return french_lexicon()


def test_the_bundled_lexicon_is_small_and_read_once() -> None:
    path = resource_path(*LEXICON_FILE)
    assert path.stat().st_size < 2_000_000
    assert french_lexicon() is french_lexicon()
    assert (path.parent / "README.md").is_file()


def test_the_lexicon_holds_french_words_names_and_spellings_in_use(lexicon: Lexicon) -> None:
    assert len(lexicon.words) > 100_000
    assert len(lexicon.bands) == len(lexicon.words)
    assert list(lexicon.words) == sorted(lexicon.words)
    assert len(lexicon.names) > 5_000
    assert len(lexicon.usage) > 10_000


@pytest.mark.parametrize(
    "word",
    [
        "être",
        "chaîne",
        "maîtrise",
        "ailleurs",
        "bientôt",
        "groupement",
        "écosystème",
        "îlots",
        "lune",
        "dune",
    ],
)
def test_french_words_are_known(lexicon: Lexicon, word: str) -> None:
    assert lexicon.is_common(word)
    assert lexicon.is_common(word.upper())
    assert lexicon.knows(word)


@pytest.mark.parametrize(
    "ocr",
    [
        "étre",
        "etre",
        "modele",
        "accés",
        "laffirmation",
        "dassurer",
        "malitrise",
        "aqilleurs",
        "bientdt",
        "Tlots",
    ],
)
def test_ocr_forms_are_not_words(lexicon: Lexicon, ocr: str) -> None:
    assert not lexicon.knows(ocr)


def test_the_traditional_spelling_is_the_one_known(lexicon: Lexicon) -> None:
    assert lexicon.is_common("chaîne") and not lexicon.is_common("chaine")
    assert lexicon.is_common("maîtrise") and not lexicon.is_common("maitrise")


def test_coeur_spelled_out_counts_as_the_ligature(lexicon: Lexicon) -> None:
    assert lexicon.is_common("cœur") and lexicon.is_common("coeur") and lexicon.is_common("Coeurs")


def test_a_plural_of_a_known_word_is_known(lexicon: Lexicon) -> None:
    rare = next(w for w in lexicon.words if w.endswith("ique") and not lexicon.zipf(w) and len(w) > 8)
    assert lexicon.is_common(rare + "s")
    assert not lexicon.is_common("etres")


def test_frequencies_follow_french_usage(lexicon: Lexicon) -> None:
    assert lexicon.zipf("de") > 7
    assert 6 < lexicon.zipf("être") < 7
    assert lexicon.zipf("modèle") > lexicon.zipf("modelé") + 1.3
    assert lexicon.zipf("près") > lexicon.zipf("prés") + 1.3
    assert lexicon.zipf("aqilleurs") == 0


def test_spellings_differ_by_accents_only_most_frequent_first(lexicon: Lexicon) -> None:
    assert lexicon.spellings("modele")[:2] == ["modèle", "modelé"]
    assert lexicon.spellings("etre") == ["être"]
    assert lexicon.spellings("ACCÉS") == ["accès"]
    assert set(lexicon.spellings("cote")) == {"côté", "côte", "coté", "cote"}
    assert lexicon.spellings("aqilleurs") == []


def test_spellings_in_use_are_measured_even_when_no_word(lexicon: Lexicon) -> None:
    assert lexicon.usage_zipf("time") > 3  # English, used in French text
    assert lexicon.unaccented_zipf("état") > 4  # "etat": a frequent way to skip the accent
    assert lexicon.unaccented_zipf("aréna") > lexicon.zipf("aréna")  # "arena" is a word of its own
    assert lexicon.usage_zipf("bientdt") == 0
    assert lexicon.usage_zipf("être") == 0  # words are in `words`, not in `usage`


def test_names_come_from_the_dictionary_and_the_gazetteer(lexicon: Lexicon) -> None:
    assert lexicon.is_name("Liévin") and lexicon.knows("Liévin")
    assert lexicon.is_name("Douvrin") and lexicon.is_name("Berclau")  # communes of the gazetteer
    assert lexicon.name_spellings("Lievin") == ["liévin"]
    assert not lexicon.is_common("Douvrin")


def test_gazetteer_names_are_the_capitalised_words_of_commune_names(tmp_path: Path) -> None:
    path = tmp_path / "communes.json"
    path.write_text('{"communes": [{"name": "Billy-Berclau"}, {"name": "Loos-en-Gohelle"}, {"name": "Y"}]}')
    assert gazetteer_names(path) == {"billy", "berclau", "loos", "gohelle"}


def test_letters_in_trigrams_french_never_writes_are_found(lexicon: Lexicon) -> None:
    assert lexicon.unseen_letters("ailleurs") == set()
    assert {1, 2} <= lexicon.unseen_letters("aqilleurs")
    assert 8 in lexicon.unseen_letters("écosystétme")


def test_compound_heads_are_the_first_parts_of_hyphenated_words(lexicon: Lexicon) -> None:
    assert lexicon.is_compound_head("co") and lexicon.is_compound_head("sous")
    assert not lexicon.is_compound_head("fi")


def test_a_lexicon_made_from_plain_data_answers_the_same_questions() -> None:
    small = Lexicon.from_words(
        {"modèle": 5.0, "modelé": 2.8, "île": 4.9}, names=["Liévin"], usage={"ile": 4.3}
    )
    assert small.is_common("Modèle") and not small.is_common("modele")
    assert small.spellings("modele") == ["modèle", "modelé"]
    assert small.zipf("modèle") == 5.0
    assert small.unaccented_zipf("île") == 4.3
    assert small.is_name("liévin") and small.name_spellings("LIEVIN") == ["liévin"]


def test_the_lexicon_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.txt.gz"
    text = "# test\n=words\nbientôt\nlune\n=bands\nUK\n=accents\nbientot bientôt\n"
    text += "=usage\ntime T\n=trigrams\n^lu\nlun\nune\nne$\n=names\nLiévin\n"
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    small = read_lexicon(path)
    assert list(small.words) == ["bientôt", "lune"]
    assert small.zipf("bientôt") == (ord("U") - 33) / 10
    assert small.spellings("bientot") == ["bientôt"]
    assert small.usage_zipf("time") == (ord("T") - 33) / 10
    assert small.names == frozenset({"liévin"})
    assert small.unseen_letters("lune") == set()
    assert small.unseen_letters("lqune") == {0, 1, 2, 3}


def test_a_damaged_lexicon_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.txt.gz"
    path.write_bytes(gzip.compress(b"# test\n=words\na\nb\n=bands\nU\n=accents\n=usage\n=trigrams\n=names\n"))
    with pytest.raises(ValueError, match="2 words but 1 frequency bands"):
        read_lexicon(path)
    path.write_bytes(gzip.compress(b"# test\n=words\na\n=bands\nU\n=accents\n=names\n"))
    with pytest.raises(ValueError, match="no usage, trigrams section"):
        read_lexicon(path)


def test_folding_removes_accents_and_spells_out_ligatures() -> None:
    assert fold_accents("Chaîne") == "chaine"
    assert fold_accents("Œuvre") == "oeuvre"
    assert fold_accents("façonné") == "faconne"
    assert fold_accents("aujourd’hui") == "aujourd'hui"


def test_the_folded_common_words_tell_a_french_word_from_a_typo() -> None:
    words = folded_french_words()
    assert list(words) == sorted(words) and all(word == fold_accents(word) for word in words[:2000])
    assert is_french_word("desert") and is_french_word("potable") and is_french_word("coeur")
    assert not is_french_word("mobilte") and not is_french_word("désert")  # folded keys only
    assert "renaturations" not in folded_french_words() and is_french_word("renaturations")  # a plural
