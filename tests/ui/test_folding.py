from __future__ import annotations

from artois_reader.ui.folding import fold, match_spans


def test_fold_drops_accents_case_and_ligatures() -> None:
    assert fold("Pôle Métropolitain") == "pole metropolitain"
    assert fold("Cœur de Ville") == "coeur de ville"
    assert fold("l’Artois") == "l'artois"


def test_match_spans_point_into_the_original_text() -> None:
    text = "Action Cœur de Ville à Béthune"
    spans = match_spans(text, ["coeur", "bethune"], whole_words=True)
    assert [text[a:b] for a, b in spans] == ["Cœur", "Béthune"]


def test_whole_words_do_not_match_inside_longer_words() -> None:
    text = "friche et friches"
    assert [text[a:b] for a, b in match_spans(text, ["friche"], whole_words=True)] == ["friche"]
    assert len(match_spans(text, ["friche"], whole_words=False)) == 2


def test_empty_terms_match_nothing() -> None:
    assert match_spans("texte", ["", "  "], whole_words=False) == []
