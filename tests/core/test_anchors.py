"""Anchors by content: making them, finding them again, and the threshold that decides (measured here)."""

from __future__ import annotations

import dataclasses
import random

import pytest
from structure_support import crte_text, document_from_text

from artois_reader.core.anchors import (
    CONTEXT,
    REATTACH_MATCH,
    SECTION_PENALTY,
    AnchorError,
    PassageTexts,
    Placement,
    candidate_places,
    fold_chars,
    locate,
    make_anchor,
    place_anchor,
)
from artois_reader.core.document import Outline, Passage, PassageKind
from artois_reader.core.structure import extract_outline

TEXT = (
    "Le Pôle Métropolitain de l'Artois s’est engagé dans une démarche volontariste d'éco-transition afin "
    "de transformer les défis qui s'imposent à lui en opportunités pour son développement."
)


def passage(
    text: str = TEXT, pid: str = "p3.1", kind: PassageKind = PassageKind.SECTION, section: str = "s6"
) -> Passage:
    return Passage(pid, int(pid[1:].split(".")[0]), kind, text, text, section, 1)


def test_an_anchor_keeps_the_quote_and_forty_characters_each_side() -> None:
    anchor = make_anchor(passage(), quote="démarche volontariste")
    assert anchor.quote == "démarche volontariste"
    assert anchor.prefix == TEXT[TEXT.index("démarche") - CONTEXT : TEXT.index("démarche")]
    assert anchor.suffix == TEXT[TEXT.index("volontariste") + 12 :][:CONTEXT]
    assert (anchor.passage_id, anchor.page, anchor.kind, anchor.section_id) == ("p3.1", 3, "section", "s6")


def test_a_quote_is_found_whatever_its_accents_case_and_apostrophes() -> None:
    anchor = make_anchor(passage(), quote="S'EST ENGAGE  dans")
    assert anchor.quote == "s’est engagé dans"
    with pytest.raises(AnchorError):
        make_anchor(passage(), quote="absent de ce passage")


def test_without_a_quote_the_whole_passage_is_anchored() -> None:
    anchor = make_anchor(passage())
    assert (anchor.quote, anchor.prefix, anchor.suffix) == (TEXT, "", "")


def test_folding_keeps_one_character_for_one() -> None:
    sample = "Œuvre « l’été »\u00a0à Liévin"
    assert len(fold_chars(sample)) == len(sample)
    assert fold_chars(sample) == 'œuvre " l\'ete " a lievin'


def test_locate_gives_the_span_to_highlight() -> None:
    anchor = make_anchor(passage(), quote="démarche volontariste")
    start, end = locate(anchor, "Préambule. " + TEXT)
    assert ("Préambule. " + TEXT)[start:end] == "démarche volontariste"


def test_the_same_passage_is_found_exactly() -> None:
    anchor = make_anchor(passage(), quote="démarche volontariste")
    place = place_anchor(anchor, [passage("Autre chose.", "p3.1"), passage(TEXT, "p3.2")])
    assert place is not None
    assert (place.passage.id, place.quote, place.placement, place.score) == (
        "p3.2",
        "démarche volontariste",
        Placement.EXACT,
        100,
    )


def test_a_quote_whose_word_changed_is_found_fuzzily() -> None:
    anchor = make_anchor(passage(), quote="démarche volontariste d'éco-transition")
    edited = TEXT.replace("volontariste", "ambitieuse")
    place = place_anchor(anchor, [passage(edited, "p4.2")])
    assert place is not None and place.placement is Placement.FUZZY
    assert "ambitieuse" in place.quote and place.score >= REATTACH_MATCH


def test_a_quote_gone_from_the_edition_is_not_placed() -> None:
    anchor = make_anchor(passage(), quote="démarche volontariste")
    assert (
        place_anchor(anchor, [passage("Les bornes de recharge électrique seront déployées.", "p3.1")]) is None
    )


def test_a_short_heading_must_be_a_whole_passage_again() -> None:
    heading = passage("Exemples de projets", "p4.8", PassageKind.SECTION)
    anchor = make_anchor(heading)
    inside = passage(
        "Exemples de projets de développement prioritaires intégrés : centralité de la CAHC", "p4.9"
    )
    assert place_anchor(anchor, [inside]) is None


def test_a_copy_in_another_section_does_not_pull_the_note() -> None:
    heading = passage("Exemples de projets", "p4.8", section="s8")
    anchor = make_anchor(heading, section_title="Prendre soin des milieux")
    elsewhere = passage("Exemples de projets", "p7.6", section="s12")
    assert place_anchor(anchor, [elsewhere], in_section=lambda p: p.section_id == "s8") is None
    assert place_anchor(anchor, [elsewhere, dataclasses.replace(heading, id="p4.9")],
                        in_section=lambda p: p.section_id == "s8").passage.id == "p4.9"  # fmt: skip


# --- the threshold, measured on the CRTE ------------------------------------------------------------------


@pytest.fixture(scope="module")
def crte() -> Outline:
    return extract_outline(document_from_text(crte_text()))


def _anchors(outline: Outline, seed: int = 8):
    """Notes as people make them: quotes of 6 to 100 characters at random places, and whole passages."""
    chance = random.Random(seed)
    for item in outline.passages:
        for size in (6, 12, 25, 50, 100, 0):
            if size and len(item.text) < size + 2:
                continue
            start = chance.randint(0, len(item.text) - size) if size else 0
            quote = item.text[start : start + size] if size else None
            yield item, make_anchor(item, quote=quote, start=start), chance


def test_a_note_whose_passage_is_gone_finds_no_place_above_the_threshold(crte: Outline) -> None:
    """Each passage removed in turn: the best place any of its notes finds elsewhere in the edition
    (another section costs SECTION_PENALTY, as in a re-attachment) stays below REATTACH_MATCH."""
    worst = 0.0
    every = PassageTexts.of(crte.passages)
    for item, anchor, _chance in _anchors(crte):
        keep = [index for index, other in enumerate(every.passages) if other.id != item.id]
        others = PassageTexts(tuple(every.passages[i] for i in keep), tuple(every.folded[i] for i in keep))
        for place in candidate_places(anchor, others):
            same_section = place.passage.section_id == item.section_id
            worst = max(worst, place.score - (0 if same_section else SECTION_PENALTY))
    assert worst <= REATTACH_MATCH - 5, worst  # measured: 85.0


def test_a_note_whose_quote_lost_a_letter_of_a_word_still_scores_above_the_threshold(crte: Outline) -> None:
    weakest = 100.0
    for item, anchor, chance in _anchors(crte):
        words = anchor.quote.split(" ")
        if len(words) < 3:
            continue
        index = chance.randrange(len(words))
        words[index] = words[index][:-1] + "x" if len(words[index]) > 1 else "x"
        start = item.text.index(anchor.quote)
        edited = item.text[:start] + " ".join(words) + item.text[start + len(anchor.quote) :]
        places = candidate_places(anchor, [dataclasses.replace(item, text=edited)])
        weakest = min(weakest, max((place.score for place in places), default=0.0))
    assert weakest >= REATTACH_MATCH + 2, weakest  # measured: 92.9
