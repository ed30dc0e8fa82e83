"""Query parsing and vocabulary stretching (core/query.py): pure Python, no index."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from artois_reader.core.analysis import stem
from artois_reader.core.document import PassageKind
from artois_reader.core.query import (
    MAX_QUERY_CHARS,
    Alternative,
    Clause,
    NearStrings,
    Vocabulary,
    adjective_base,
    derivation_root,
    inflection_key,
    noun_base,
    ocr_distance,
    ocr_reach,
    ocr_skeleton,
    parse_query,
    sanitize,
    typo_reach,
)


def words(clause: Clause) -> list[str]:
    return [a.text for a in clause.alternatives]


def test_plain_words_are_one_clause_each() -> None:
    parsed = parse_query("friches industrielles")
    assert [words(c) for c in parsed.clauses] == [["friches"], ["industrielles"]]


def test_stop_words_alone_make_no_clause() -> None:
    assert parse_query("de la les").is_empty


def test_quoted_phrase_and_unclosed_quote() -> None:
    parsed = parse_query('"chaîne des parcs" "cœur de')
    assert [a for c in parsed.clauses for a in c.alternatives] == [
        Alternative(("chaîne", "parcs"), quoted=True),
        Alternative(("cœur",), quoted=True),
    ]


def test_guillemets_are_quotes() -> None:
    parsed = parse_query("« petites villes de demain »")
    assert parsed.clauses[0].alternatives[0] == Alternative(("petites", "villes", "demain"), quoted=True)


def test_exclusion_with_minus_and_not() -> None:
    parsed = parse_query('friches -industrielles NOT Harnes -"cités minières"')
    assert [words(c) for c in parsed.clauses] == [["friches"]]
    assert [a.text for a in parsed.excluded] == ["industrielles", "Harnes", "cités minières"]


def test_or_joins_alternatives_of_one_clause() -> None:
    parsed = parse_query("Lens OR Liévin OU Béthune gares")
    assert [words(c) for c in parsed.clauses] == [["Lens", "Liévin", "Béthune"], ["gares"]]


def test_dangling_operators_are_ignored() -> None:
    assert parse_query("OR AND NOT").is_empty
    assert [words(c) for c in parse_query("friches OR").clauses] == [["friches"]]


def test_hyphenated_word_is_a_phrase_or_one_word() -> None:
    (clause,) = parse_query("éco-transition").clauses
    assert [a.words for a in clause.alternatives] == [("éco", "transition"), ("écotransition",)]


def test_a_compound_with_a_stop_word_is_welded_whole() -> None:
    (clause,) = parse_query("Nord-Pas-de-Calais").clauses
    assert [a.words for a in clause.alternatives] == [
        ("Nord", "Calais"),
        ("NordPasdeCalais",),
    ]  # "pas": a stop word


def test_numbers_grouped_by_spaces_are_one_word_as_in_the_index() -> None:
    assert [words(c) for c in parse_query("650 000 habitants").clauses] == [["650000"], ["habitants"]]
    assert [words(c) for c in parse_query('"4 200 ha"').clauses] == [["4200 ha"]]
    assert [words(c) for c in parse_query("2017 2018").clauses] == [["2017"], ["2018"]]


def test_known_filters_are_read_and_unknown_fields_are_words() -> None:
    parsed = parse_query("type:projet axe:2 doc:3F2A friches")
    assert (parsed.kind, parsed.axis, parsed.doc_id) == (PassageKind.PROJECT, 2, "3f2a")
    assert [words(c) for c in parsed.clauses] == [["friches"]]
    parsed = parse_query("field:value")
    assert [a.text for c in parsed.clauses for a in c.alternatives] == ["field value", "fieldvalue"]


def test_intent_words_favour_a_kind_without_being_required() -> None:
    parsed = parse_query("téléphone Euralens")
    assert [words(c) for c in parsed.clauses] == [["Euralens"]]
    assert parsed.intent_words == ("téléphone",)
    assert parsed.intent_kinds == (PassageKind.CONTACT,)


@pytest.mark.parametrize("text", ["qui appeler", "Quel interlocuteur ?", "référent", "joindre"])
def test_asking_whom_to_call_asks_for_contacts(text: str) -> None:
    parsed = parse_query(text)
    assert parsed.clauses == ()
    assert parsed.intent_kinds == (PassageKind.CONTACT,)


def test_question_phrasing_asks_for_an_explainer() -> None:
    for text in (
        "c'est quoi la chaîne des parcs",
        "Qu'est-ce que la chaîne des parcs ?",
        "chaîne des parcs c est quoi",
    ):
        parsed = parse_query(text)
        assert [words(c) for c in parsed.clauses] == [["chaîne"], ["parcs"]], text
        assert parsed.intent_kinds == (PassageKind.EXPLAINER,)


def test_combien_asks_for_a_figure() -> None:
    parsed = parse_query("combien d'habitants")
    assert parsed.intent_kinds == (PassageKind.FIGURE,)
    assert [words(c) for c in parsed.clauses] == [["d'habitants"]]


def test_sanitize_removes_controls_and_direction_marks_and_cuts_long_input() -> None:
    assert sanitize("a\x00b\u200fc\u202ed\ufeff") == "a b c d "
    assert len(sanitize("x" * 10_000)) == MAX_QUERY_CHARS


@given(st.text(max_size=300))
def test_any_string_parses(text: str) -> None:
    parsed = parse_query(text)
    assert all(c.alternatives for c in parsed.clauses)


@given(st.lists(st.sampled_from(['"', "-", "OR", "AND", "NOT", "*", "type:", "axe:x", "«", "friches", " "])))
def test_operator_soup_parses(parts: list[str]) -> None:
    parse_query("".join(parts))
    parse_query(" ".join(parts))


# --- OCR closeness, derivations, corrections -----------------------------------------------------


def test_ocr_skeleton_merges_usual_confusions() -> None:
    assert ocr_skeleton("cceur") == ocr_skeleton("coeur")
    assert ocr_skeleton("p6le") == ocr_skeleton("pole")
    assert ocr_skeleton("rnaison") == ocr_skeleton("maison")
    assert ocr_skeleton("i1lots") == ocr_skeleton("lllots")


def test_ocr_distance_makes_lookalikes_cheap() -> None:
    assert ocr_distance("pole", "pdle") == 0.5
    assert ocr_distance("pole", "pale") == 1.0  # a and o are not OCR look-alikes
    assert ocr_distance("engagement", "lengagement") == 0.5  # the lost apostrophe of l'
    assert ocr_distance("filieres", "fiieres") == 0.5
    assert ocr_distance("metropolitain", "meetropolitain") == 0.5  # a doubled letter


def vocabulary() -> Vocabulary:
    words = {"pole": 40, "metropolitain": 30, "communes": 25, "communs": 12, "coeur": 8, "ville": 20}
    words |= {"pble": 3, "pale": 4, "filieres": 6, "lillers": 1, "recyclage": 3, "renovation": 9}
    ocr = {"pdle": 2, "cceur": 3, "fiieres": 1, "malitrise": 1}
    return Vocabulary(words, ocr, stems={stem(w) for w in words})


def test_ocr_variants_find_damaged_forms_but_not_other_words() -> None:
    vocab = vocabulary()
    assert {v.word for v in vocab.ocr_variants("pole")} == {"pdle", "pble"}
    assert [v.word for v in vocab.ocr_variants("coeur")] == ["cceur"]
    assert [v.word for v in vocab.ocr_variants("filieres")] == ["fiieres"]
    assert [v.word for v in vocab.ocr_variants("maitrise")] == ["malitrise"]
    assert vocab.ocr_variants("communes") == []  # "communs" is a word of its own
    assert vocab.ocr_variants("zzz") == []


def test_a_word_french_has_is_no_damaged_form_of_another() -> None:
    """'Lille' is one letter from 'ville', 'central' as near to 'contrat', but neither is a look-alike
    and French has both: they are words, not OCR damage. A form French lacks still counts."""
    words = {"ville": 15, "lille": 1, "vllle": 1, "bille": 1, "contrat": 5, "central": 1, "cntrat": 1}
    known = {"ville", "lille", "bille", "contrat", "central"}
    vocab = Vocabulary(words, {}, stems={stem(w) for w in words}, known=known)
    assert {v.word for v in vocab.ocr_variants("ville")} == {"vllle"}
    assert "ville" not in {v.word for v in vocab.ocr_variants("lille")}
    assert {v.word for v in vocab.ocr_variants("contrat")} == {"cntrat"}
    assert "ville" in {v.word for v in vocab.ocr_variants("vllle")}  # a look-alike: always plausible
    assert "lille" in {v.word for v in vocab.ocr_variants("liltle")}  # a query word the text lacks


def test_the_other_gender_or_number_of_a_word_is_found_though_french_has_both() -> None:
    """The stemmer splits 'minier' (mini) from 'minière' (minier) once accents are folded: the
    feminine or plural form is the same word, not another one."""
    words = {"minier": 5, "miniere": 6, "minieres": 4, "premier": 3, "premiere": 4, "lieux": 5, "lieu": 4}
    vocab = Vocabulary(words, {}, stems={stem(w) for w in words}, known=set(words))
    assert "miniere" in {v.word for v in vocab.ocr_variants("minier")}
    assert stem("premiere") == stem("premier")  # joined by the stem itself (stem_joins.txt) since 2026-12-08
    assert stem("lieux") == stem("lieu")
    assert inflection_key("degradee") == inflection_key("degrades") == inflection_key("degrade")
    assert inflection_key("mines") != inflection_key("mises")
    assert inflection_key("saine") != inflection_key("saint") == inflection_key("sainte")
    central = Vocabulary({"contrat": 5, "central": 1}, {}, known={"contrat", "central"})
    assert central.ocr_variants("contrat") == []  # not an inflection: still another word


def test_a_word_only_found_welded_into_a_longer_one_is_suggested_whole() -> None:
    """The text has no 'vélo', only 'Eurovélo': that is the suggestion, when no typo explains it."""
    vocab = Vocabulary({"eurovelo": 1, "cyclotouristiques": 1, "ville": 3}, {})
    assert vocab.correction("velo") == "eurovelo"
    assert vocab.correction("touristiques") == "cyclotouristiques"
    assert vocab.correction("lo") is None and vocab.correction("ville") is None
    typo = Vocabulary({"eurotrotinette": 1, "trottinette": 2}, {})
    assert typo.correction("trotinette") == "trottinette"  # a typo's near spelling first
    assert Vocabulary({"eurovelo": 1, "vela": 2}, {}).correction("velo") == "eurovelo"  # French: no typo


def test_a_long_word_only_found_after_de_or_re_is_suggested_with_its_prefix() -> None:
    vocab = Vocabulary({"depollution": 1, "reconversion": 2, "demarche": 9, "reaction": 3}, {})
    assert vocab.correction("pollution") == "depollution"
    assert vocab.correction("conversion") == "reconversion"
    assert vocab.correction("marche") is None and vocab.correction("action") is None  # false friends


def test_a_word_the_text_lacks_reaches_its_damaged_forms_however_frequent() -> None:
    words = {"rnetropole": 6}  # every occurrence damaged the same way
    vocab = Vocabulary(words, {}, stems={stem(w) for w in words})
    assert [v.word for v in vocab.ocr_variants("metropole")] == ["rnetropole"]
    damaged = {"xetropole": 6}  # the same with a full edit: still the only trace of the word
    assert [v.word for v in Vocabulary(damaged, {}).ocr_variants("metropole")] == ["xetropole"]


def test_damaged_query_words_reach_the_real_word() -> None:
    assert "pole" in {v.word for v in vocabulary().ocr_variants("pdle")}


def test_derivations_join_what_the_stemmer_left_apart() -> None:
    assert stem("recycler") != stem("recyclage")
    assert derivation_root(stem("recycler")) == derivation_root(stem("recyclage"))
    assert derivation_root(stem("construire")) == derivation_root(stem("construction"))
    assert derivation_root(stem("requalifier")) == derivation_root(stem("requalification"))
    assert vocabulary().derivations(stem("recycler"), "recycler") == [stem("recyclage")]


def test_an_ism_joins_its_ist() -> None:
    """The stemmer joins touriste and touristique ('tourist') but leaves tourisme ('tourism')."""
    assert derivation_root(stem("tourisme")) == derivation_root(stem("touristique"))
    assert derivation_root(stem("réalisme")) == derivation_root(stem("réaliste"))
    assert derivation_root(stem("tourisme")) != derivation_root(stem("tour"))
    words = {"touristique": 2, "tourisme": 0, "tour": 3}
    vocab = Vocabulary(words, {}, stems={stem(w) for w in words})
    assert vocab.derivations(stem("tourisme")) == [stem("touristique")]


def test_a_preposition_has_no_derivations() -> None:
    """'contre' and 'contrat' share 'contr' once '-at' is cut, but a preposition derives nothing."""
    words = {"contre": 9, "contrat": 4, "contrats": 1}
    vocab = Vocabulary(words, {}, stems={stem(w) for w in words})
    assert vocab.derivations(stem("contrat")) == []
    assert vocab.derivations(stem("contre")) == []
    planting = Vocabulary({"planter": 2, "plantation": 3}, {}, stems={stem("planter"), stem("plantation")})
    assert planting.derivations(stem("planter")) == [stem("plantation")]  # a verb still has them


def test_a_derivation_joins_a_verb_to_its_noun_not_two_nouns() -> None:
    """'village' is no derivation of 'ville' though both give 'vill' once '-ag' is cut: a suffix
    joins a verb to its noun (recycler/recyclage), and no verb 'viller' stands behind these."""
    towns = Vocabulary({"ville": 9, "villes": 3, "villages": 2}, {}, stems={stem("ville"), stem("villages")})
    assert towns.derivations(stem("ville"), "ville") == []
    assert towns.derivations(stem("villages"), "villages") == []
    text_has_the_verb = Vocabulary(
        {"recycler": 1, "recyclage": 2}, {}, stems={stem("recycler"), stem("recyclage")}
    )
    assert text_has_the_verb.derivations(stem("recyclage"), "recyclage") == [stem("recycler")]
    query_is_the_verb = Vocabulary({"recyclage": 2}, {}, stems={stem("recyclage")})
    assert query_is_the_verb.derivations(stem("recycler"), "recycler") == [stem("recyclage")]


def test_short_roots_are_not_conflated() -> None:
    assert derivation_root("mag") == "mag"
    assert vocabulary().derivations("at") == []


def test_correction_proposes_a_word_of_the_cleaned_text() -> None:
    vocab = vocabulary()
    assert vocab.correction("metropolitian") == "metropolitain"
    assert vocab.correction("renovatoin") == "renovation"
    assert vocab.correction("pdle") == "pole"  # an OCR form: the user meant the real word
    assert vocab.correction("ville") is None  # known
    assert vocab.correction("villes") is None  # known by its stem
    assert vocab.correction("qsdfghjk") is None


_WORDS = st.text(alphabet="abcdelmnorstu", min_size=1, max_size=14)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=80, unique=True), st.lists(_WORDS, min_size=1, max_size=10))
def test_near_strings_finds_exactly_what_comparing_with_every_string_finds(
    strings: list[str], queries: list[str]
) -> None:
    for reach_of in (ocr_reach, typo_reach):
        near = NearStrings(strings, reach_of)
        for query in queries:
            edits = reach_of(len(query))
            expected = {
                (n, Levenshtein.distance(query, s))
                for n, s in enumerate(strings)
                if edits and Levenshtein.distance(query, s) <= edits
            }
            assert set(near.near(query, edits)) == expected, (query, edits)


def test_a_noun_finds_the_adjective_made_on_it_and_back() -> None:
    """The stemmer leaves musée (muse) apart from muséal (museal), commerce from commercial."""
    assert adjective_base("museal") == noun_base("musee") == noun_base("musees") == "muse"
    assert adjective_base("commerciales") == noun_base("commerce") == "commerc"
    assert adjective_base("culturelles") == noun_base("culture")
    assert adjective_base("universitaire") == noun_base("universite")
    assert adjective_base("environnementale") == noun_base("environnement")
    words = ["museal", "commerce", "culturelles", "sportifs", "universite"]
    vocab = Vocabulary({w: 1 for w in words}, {}, stems={stem(w) for w in words})
    assert vocab.relatives(stem("musee"), "musee") == ["museal"]
    assert vocab.relatives(stem("commerciaux"), "commerciaux") == ["commerce"]
    assert vocab.relatives(stem("culture"), "culture") == ["culturelles"]
    assert vocab.relatives(stem("sport"), "sport") == ["sportifs"]
    assert vocab.relatives(stem("universitaires"), "universitaires") == ["universite"]


def test_only_a_word_the_text_lacks_reaches_its_relatives() -> None:
    """« central » and « centre », « commun » and « communal »: the text has the word typed, which is
    what the user asked for; its look-alike relatives would be false friends."""
    words = ["central", "centre", "commun", "communal"]
    vocab = Vocabulary({w: 1 for w in words}, {}, stems={stem(w) for w in words})
    for word in words:
        assert vocab.relatives(stem(word), word) == []


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("signal", "signe"),  # a base of four letters: sign, form, part, parc mislead
        ("formel", "forme"),
        ("parc", "parcelle"),
        ("contraire", "contre"),  # a function word
        ("animal", "animation"),  # no adjective ending, no noun form
        ("planification", "plan"),
        ("additionnel", "additionne"),  # a past participle (« additionné ») is no noun
    ],
)
def test_false_friends_are_no_relatives(query: str, text: str) -> None:
    vocab = Vocabulary({text: 1}, {}, stems={stem(text)})
    assert vocab.relatives(stem(query), query) == []
