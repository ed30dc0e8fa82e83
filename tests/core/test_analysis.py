"""The French analysis chain and the analyzer classes Whoosh pickles into the index."""

from __future__ import annotations

import pickle

import pytest

from artois_reader.core.analysis import (
    FrenchFoldingAnalyzer,
    FrenchPairAnalyzer,
    FrenchStemmingAnalyzer,
    analyze,
    analyzed,
    compound_of,
    different_words,
    fold,
    snowball_stem,
    stem,
    stem_joins,
    stem_splits,
    strip_elision,
    weld,
    word_pairs,
    word_spans,
)


def folded(text: str) -> list[str]:
    return analyze(text, stemmed=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'eau", ["eau"]),
        ("L’Artois", ["artois"]),
        ("jusqu'ici", ["ici"]),
        ("qu'elle", []),  # "elle" is a stop word
        ("lorsqu'il puisqu'on", []),
        ("aujourd'hui", ["aujourd'hui"]),
        ("I'Artois", ["artois"]),  # OCR: a capital I for the l of l'
        ("1'Artois", ["artois"]),
        ("Il'ancien", ["ancien"]),
        ("d’'outils", ["outils"]),  # OCR doubled the apostrophe
    ],
)
def test_elision_is_removed_after_the_tokenizer_kept_the_word_whole(text: str, expected: list[str]) -> None:
    assert folded(text) == expected


def test_folding_comes_before_stemming_so_accents_do_not_split_stems() -> None:
    assert analyze("filières") == analyze("filieres") == analyze("Filière")
    assert analyze("hôpital") == analyze("hopital") == analyze("HÔPITAL")
    assert analyze("métropolitaine") == analyze("metropolitain")


def test_ligatures_and_apostrophes_are_folded() -> None:
    assert fold("Cœur") == "coeur"
    assert fold("Æsthète") == "aesthete"
    assert fold("aujourd’hui") == "aujourd'hui"
    assert folded("cœurs de ville") == folded("coeurs de ville") == ["coeurs", "ville"]


def test_the_french_stop_list_has_what_whoosh_lacks() -> None:
    assert folded("les ils cette été être à la") == ["etre"]


def test_plural_and_verb_forms_share_a_stem() -> None:
    assert analyze("friches") == analyze("friche")
    assert analyze("rénover") == analyze("rénovation") == analyze("rénovations")
    assert analyze("aménager") == analyze("aménagements")


def test_numbers_grouped_by_thousands_are_one_term() -> None:
    assert folded("650.000 habitants") == ["650000", "habitants"]
    assert folded("4\u202f200 ha") == ["4200", "ha"]
    assert folded("10,5 %") == ["10,5"]
    assert folded("2017 et 2018") == ["2017", "2018"]  # plain numbers are not joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("650 000 habitants", ["650000", "habitants"]),
        ("4 200 ha", ["4200", "ha"]),
        ("1 000 000 d'euros", ["1000000", "euros"]),
        ("en 2019 250 000 visiteurs", ["2019", "250000", "visiteurs"]),  # a year is no group of three
        ("2017 2018", ["2017", "2018"]),
        ("les 3 2000 et 12 34", ["3", "2000", "12", "34"]),  # the group after the space has three digits
        ("62300 Lens BP 113 62302", ["62300", "lens", "bp", "113", "62302"]),  # not followed by a digit
    ],
)
def test_numbers_grouped_by_thousands_with_spaces_are_one_term(text: str, expected: list[str]) -> None:
    assert folded(text) == expected


def test_hyphenated_compounds_are_also_indexed_welded() -> None:
    text = "L'éco-transition du Nord-Pas-de-Calais et la co-construction 2014-2020"
    words = analyzed(text)
    welded = [(text[start:end], folded) for start, end, folded, _stemmed, is_welded in words if is_welded]
    assert welded == [
        ("L'éco-transition", "ecotransition"),
        ("Nord-Pas-de-Calais", "nordpasdecalais"),  # the stop word inside counts
        ("co-construction", "coconstruction"),
    ]  # digits are not welded: "2014-2020" is a span of years
    assert [w[2] for w in words if not w[4]] == analyze(text, stemmed=False)  # the plain words as before
    assert "ecotransition" not in analyze(text, stemmed=False)
    assert stem("ecotransition") in analyze(text, welded=True)


def test_welded_forms_are_not_words_of_phrases() -> None:
    tokens = [t.text for t in FrenchPairAnalyzer()("la co-construction du projet")]
    assert tokens == ["co construction", "construction projet"]
    assert "coconstruction" in [t.text for t in FrenchFoldingAnalyzer()("la co-construction du projet")]


def test_compounds_typed_as_one_word_keep_what_was_typed() -> None:
    assert compound_of("Nord-Pas-de-Calais") == "NordPasdeCalais"
    assert compound_of("l'éco-transition") == "l'écotransition"
    assert compound_of("2014-2020") == ""
    assert compound_of("Lille/Lens") == ""  # a slash is no hyphen
    assert weld(["co", "construire"]) == "coconstruire"


def test_ocr_words_with_digits_stay_whole() -> None:
    assert folded("le P6le") == ["p6le"]


def test_decomposed_accents_are_part_of_the_word() -> None:
    assert folded("e\u0301cole") == ["ecole"]


def test_strip_elision_leaves_other_apostrophes() -> None:
    assert strip_elision("prud'hommes") == "prud'hommes"
    assert strip_elision("l'") == "l'"


def test_word_spans_point_into_the_original_text() -> None:
    text = "Les Cœurs de ville d'Artois"
    spans = list(word_spans(text))
    assert [text[s.start : s.end] for s in spans] == ["Cœurs", "ville", "d'Artois"]
    assert [s.folded for s in spans] == ["coeurs", "ville", "artois"]
    assert spans[0].stemmed == "coeur"


def test_analyzers_give_positions_and_characters_like_whoosh_tokenizers() -> None:
    text = "La rénovation des cités minières"
    tokens = [
        (t.text, t.pos, t.startchar, t.endchar)
        for t in FrenchStemmingAnalyzer()(text, positions=True, chars=True)
    ]
    assert tokens == [("renov", 0, 3, 13), ("cit", 1, 18, 23), ("minier", 2, 24, 32)]
    assert [t.text for t in FrenchFoldingAnalyzer()(text)] == ["renovation", "cites", "minieres"]


@pytest.mark.parametrize(
    "analyzer_class", [FrenchStemmingAnalyzer, FrenchFoldingAnalyzer, FrenchPairAnalyzer]
)
def test_analyzers_survive_a_pickle_round_trip_by_name(analyzer_class: type) -> None:
    data = pickle.dumps(analyzer_class())
    assert b"artois_reader.core.analysis" in data
    assert analyzer_class.__name__.encode() in data
    assert b"lru_cache" not in data and b"Stemmer" not in data  # stateless: nothing else is stored
    restored = pickle.loads(data)
    assert restored == analyzer_class()
    assert [t.text for t in restored("Les filières")] == [t.text for t in analyzer_class()("filieres")]


def test_pairs_skip_stop_words_like_the_index_does() -> None:
    assert word_pairs(analyze("la Chaîne des parcs de l'Artois", stemmed=False)) == [
        "chaine parcs",
        "parcs artois",
    ]
    assert [t.text for t in FrenchPairAnalyzer()("Chaîne des parcs")] == ["chaine parcs"]
    assert word_pairs(["seul"]) == []


def test_words_snowball_joins_to_a_different_word_keep_a_stem_of_their_own() -> None:
    assert snowball_stem("aire") == snowball_stem("air")  # what Snowball alone does
    assert stem("aire") == stem("aires") != stem("air") == stem("airs")
    assert analyze("les trames vertes") != analyze("le tram vert")
    assert analyze("mère") != analyze("mer")
    assert different_words("air", "aire") and different_words("trames", "tram")
    assert not different_words("aire", "alre")  # OCR damage of "aire" is no other word: still found


def test_a_word_and_its_own_feminine_or_plural_stay_joined() -> None:
    assert analyze("verte") == analyze("vert") == analyze("vertes")
    assert analyze("minière") == analyze("minières")
    assert stem("porte") == stem("port")  # "il porte": the split would part porter from its forms
    assert not different_words("vert", "verte") and not different_words("friche", "friches")


def test_a_feminine_snowball_parts_from_its_word_is_joined_back() -> None:
    assert snowball_stem("publique") != snowball_stem("public")  # what Snowball alone does
    assert analyze("publique") == analyze("publiques") == analyze("public")
    assert analyze("douce") == analyze("doux")
    assert analyze("longue") == analyze("long") and analyze("neuve") == analyze("neuf")
    assert stem("active") != stem("actif")  # "il active", of "activer", keeps its stem
    assert stem("minière") == stem("minières") != stem("mini")  # "minier" stems to "mini": no join


def test_the_shipped_joins_join_forms_snowball_parts() -> None:
    joins = stem_joins()
    assert len(joins) > 1000
    for form, own in joins.items():
        assert snowball_stem(form) != own and form not in stem_splits(), form


def test_the_shipped_splits_give_each_word_one_stem_for_all_its_forms() -> None:
    splits = stem_splits()
    assert len(splits) > 100
    for form, own in splits.items():
        assert snowball_stem(form) == snowball_stem(own[:-1]), form  # Snowball joined it to a word
        assert splits.get(own, own) == own  # the lemma's own form keeps the same stem
