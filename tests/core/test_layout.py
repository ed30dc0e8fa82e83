"""Layout repair: running lines, blocks, hyphenation, lists, headings, noise."""

from __future__ import annotations

import pytest

from artois_reader.core.document import Block, BlockKind, RawPage
from artois_reader.core.french import Vocabulary
from artois_reader.core.layout import (
    find_running_lines,
    is_noise,
    is_noise_text,
    join_lines,
    lay_out_page,
    lay_out_pages,
)

BODY = "Le territoire s'engage dans la transition écologique et solidaire."


def page(number: int, text: str, hints: tuple[str, ...] = ()) -> RawPage:
    return RawPage(number, text, hints)


def blocks_of(text: str, hints: tuple[str, ...] = (), vocabulary: Vocabulary | None = None) -> list[Block]:
    return list(lay_out_page(page(1, text, hints), vocabulary=vocabulary))


def texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks]


# --- running headers, footers, page numbers ----------------------------------------------------


def test_a_header_repeated_on_most_pages_is_removed_even_with_a_page_number_inside() -> None:
    pages = [
        page(n, f"CRTE — Pôle métropolitain · page {n}\n\n{BODY} Paragraphe {n}.\n\nChapeau commun {n}/5")
        for n in range(1, 6)
    ]
    for blocks in lay_out_pages(pages, Vocabulary()):
        joined = " ".join(b.text for b in blocks)
        assert "CRTE" not in joined and "Chapeau commun" not in joined
        assert "Paragraphe" in joined


def test_a_line_at_the_top_of_a_single_page_is_kept() -> None:
    pages = [page(1, f"Introduction\n\n{BODY}")] + [page(n, f"{BODY}\n\nSuite {n}.") for n in range(2, 6)]
    blocks = lay_out_pages(pages, Vocabulary())
    assert blocks[0][0].text == "Introduction"


def test_header_detection_needs_three_pages_at_least() -> None:
    pages = [page(n, f"Même titre\n\n{BODY}") for n in (1, 2)]
    assert find_running_lines(pages) == [set(), set()]


@pytest.mark.parametrize("number", ["3", "- 3 -", "p. 3", "3/12", "Page 3", "— 3 —", "3 sur 12"])
def test_bare_page_numbers_at_the_bottom_are_removed(number: str) -> None:
    bodies = [
        f"Le paragraphe {word} de ce document." for word in ("premier", "deuxième", "troisième", "dernier")
    ]
    pages = [page(n, f"{body}\n\n{number.replace('3', str(n))}") for n, body in enumerate(bodies, start=1)]
    for body, blocks in zip(bodies, lay_out_pages(pages, Vocabulary()), strict=True):
        assert texts(list(blocks)) == [body]


def test_page_numbers_with_an_offset_are_removed() -> None:
    pages = [page(n, f"{n + 10}\n\n{BODY}") for n in range(1, 5)]
    for blocks in lay_out_pages(pages, Vocabulary()):
        assert texts(list(blocks)) == [BODY]


def test_body_text_repeated_on_every_page_is_not_a_running_line() -> None:
    pages = [page(n, f"{BODY}\n\nUn deuxième paragraphe, page {n}.") for n in range(1, 5)]
    for blocks in lay_out_pages(pages, Vocabulary()):
        assert texts(list(blocks))[0] == BODY


def test_a_short_text_printed_on_every_page_is_the_document_not_a_header() -> None:
    """015-arabic/habibi-rotated.pdf: the same line on each of its four (rotated) pages."""
    pages = [page(n, "حَبيبي habibi حَبيبي") for n in range(1, 5)]
    for blocks in lay_out_pages(pages, Vocabulary()):
        assert texts(list(blocks)) == ["حَبيبي habibi حَبيبي"]


def test_a_number_in_the_middle_of_a_page_is_kept() -> None:
    pages = [page(n, f"{BODY}\n\n42\n\n{BODY}\n\n{n}") for n in range(1, 4)]
    for blocks in lay_out_pages(pages, Vocabulary()):
        assert "42" in texts(list(blocks))


def test_a_lone_number_that_does_not_follow_the_pages_is_kept() -> None:
    pages = [
        page(n, f"{BODY}\n\n{value}") for n, value in zip(range(1, 4), ("650", "12", "2026"), strict=True)
    ]
    kept = [b.text for blocks in lay_out_pages(pages, Vocabulary()) for b in blocks]
    assert {"650", "12", "2026"} <= set(kept)


# --- paragraphs ----------------------------------------------------------------------------------


def test_lines_of_a_paragraph_are_joined_with_a_space_and_blank_lines_separate_paragraphs() -> None:
    blocks = blocks_of("Le Pôle porte la conviction\nque son armature est une chance.\n\nIl agit.")
    assert texts(blocks) == ["Le Pôle porte la conviction que son armature est une chance.", "Il agit."]


def test_a_sentence_broken_by_a_blank_line_is_joined_back() -> None:
    blocks = blocks_of("Ces engagements permettent de garantir a\n\ntous les habitants un cadre de vie.")
    assert texts(blocks) == ["Ces engagements permettent de garantir a tous les habitants un cadre de vie."]


def test_a_line_ending_on_a_word_that_cannot_end_a_sentence_continues_after_a_blank_line() -> None:
    blocks = blocks_of("avec notamment le Syndicat mixte des\n\nMobilités Artois-Gohelle, organisateur.")
    assert texts(blocks) == ["avec notamment le Syndicat mixte des Mobilités Artois-Gohelle, organisateur."]


def test_a_finished_sentence_is_not_joined_to_the_next_paragraph() -> None:
    blocks = blocks_of(
        "Ces engagements garantissent un cadre de vie.\n\nen ce sens que les collectivités agissent."
    )
    assert len(blocks) == 2


def test_a_heading_glued_to_the_end_of_a_paragraph_is_split_off() -> None:
    text = (
        "Cette armature est une chance pour offrir un cadre de vie\nattractif et résilient.\n"
        "La Chaine des parcs, c'est quoi ?\n\nLa Chaine des parcs réunit les plus beaux paysages."
    )
    blocks = blocks_of(text)
    assert [(b.kind, b.text) for b in blocks][1] == (BlockKind.HEADING, "La Chaine des parcs, c'est quoi ?")
    assert blocks[0].text.endswith("résilient.")


def test_without_blank_lines_paragraphs_split_at_short_lines_ending_a_sentence() -> None:
    lines = [
        "Le territoire s'engage dans la production d'énergies renouvelables et dans une",
        "démarche d'efficacité et de sobriété énergétique dans le but de répondre aux",
        "enjeux planétaires.",
        "Il agit dans une logique d'innovation et en identifiant les espaces les plus",
        "pertinents pour développer les énergies renouvelables sans artificialiser les",
        "sols.",
        "Le PMA s'est doté d'un cadastre solaire, outil permettant d'estimer le potentiel",
        "de production d'électricité ou de chaleur d'une toiture de la commune.",
    ]
    blocks = blocks_of("\n".join(lines))
    assert [b.text.split()[0] for b in blocks] == ["Le", "Il", "Le"]


def test_each_block_keeps_the_exact_raw_lines_it_came_from() -> None:
    text = "Ces engagements permettent de garantir a\n\ntous les  habitants.\n\ne Un point\nsur deux lignes"
    blocks = blocks_of(text)
    assert blocks[0].raw == "Ces engagements permettent de garantir a\n\ntous les  habitants."
    assert blocks[1].raw == "e Un point\nsur deux lignes"
    assert all(b.raw in text for b in blocks)


# --- hyphenation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ["la création de nouvelles fi-", "lières pour accompagner"],
            "la création de nouvelles filières pour accompagner",
        ),
        (["la population des Hauts-de-", "France, soit"], "la population des Hauts-de-France, soit"),
        (["Lens-", "Liévin et Hénin-Carvin"], "Lens-Liévin et Hénin-Carvin"),
        (
            ["la Cité des Electriciens à Bruay-", "La-Buissière"],
            "la Cité des Electriciens à Bruay-La-Buissière",
        ),
        (["les services, c'est-à-", "dire le cadre de vie"], "les services, c'est-à-dire le cadre de vie"),
        (["entre 2020-", "2026"], "entre 2020-2026"),
        (["un tiret —", "isolé"], "un tiret — isolé"),
    ],
)
def test_end_of_line_hyphenation_is_undone_but_real_compounds_keep_their_hyphen(
    lines: list[str], joined: str
) -> None:
    assert join_lines(lines, Vocabulary()) == joined


def test_the_document_decides_whether_a_prefix_keeps_its_hyphen() -> None:
    lines = ["afin de co-", "construire des stratégies"]
    hyphenated = Vocabulary.from_texts(["La co-construction des projets, la co-construire."])
    assert join_lines(lines, hyphenated) == "afin de co-construire des stratégies"
    welded = Vocabulary.from_texts(["Il faut coconstruire le projet."])
    assert join_lines(lines, welded) == "afin de coconstruire des stratégies"


def test_a_word_the_document_writes_with_a_hyphen_keeps_it_across_a_line_break() -> None:
    vocabulary = Vocabulary.from_texts(["l'éco-transition est une démarche d'éco-transition"])
    assert join_lines(["la stratégie d'éco-", "transition du territoire"], vocabulary) == (
        "la stratégie d'éco-transition du territoire"
    )


def test_the_head_of_other_compounds_keeps_its_hyphen() -> None:
    vocabulary = Vocabulary.from_texts(["des savoirs, des savoir-faire"])
    assert join_lines(["des savoir-", "être utiles"], vocabulary) == "des savoir-être utiles"


# --- lists ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("bullet", ["e", "•", "¢", "*", "«", "-", "o", "p"])
def test_bullets_ocr_made_of_are_recognised_with_the_item_text_only(bullet: str) -> None:
    text = (
        f"Exemples de projets\n\n{bullet} Plans de rénovation des bâtiments\npublics.\n"
        f"{bullet} Requalification de la Friche Noroxo"
    )
    blocks = blocks_of(text)
    assert [(b.kind, b.text) for b in blocks[1:]] == [
        (BlockKind.LIST_ITEM, "Plans de rénovation des bâtiments publics."),
        (BlockKind.LIST_ITEM, "Requalification de la Friche Noroxo"),
    ]


def test_letter_bullets_before_lower_case_items_count_when_neighbours_are_bullets() -> None:
    text = (
        "Il s'agit:\n\ne dassurer une meilleure prise en considération\ndes espaces naturels\n\n"
        "e de renaturer et de restructurer les paysages\n\ne de mener une dépollution des sols."
    )
    blocks = blocks_of(text)
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH] + [BlockKind.LIST_ITEM] * 3
    assert blocks[2].text == "de renaturer et de restructurer les paysages"


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["pdf-lines", "text-paragraphs"])
def test_a_letter_bullet_after_an_item_cut_mid_sentence_starts_the_next_item(separator: str) -> None:
    """OCR cut the first item at a column break ("… par des réalisations et"); the next line is the
    list's second item all the same: its letter bullet matches the first one's and a capital follows."""
    lines = [
        "Le territoire s'adosse à :",
        "e Des outils d'identification et d'agrégation de projets pour fédérer",
        "les initiatives. Le label permet ainsi d'incarner ces stratégies par des réalisations et",
        "e Des structures coordonnées à l'échelle métropolitaine pour soutenir",
        "les ambitions partagées par les trois communautés d'agglomération.",
    ]
    text = separator.join([lines[0], "\n".join(lines[1:3]), "\n".join(lines[3:])])
    blocks = blocks_of(text)
    assert [b.kind for b in blocks][-2:] == [BlockKind.LIST_ITEM, BlockKind.LIST_ITEM]
    assert blocks[-1].text.startswith("Des structures coordonnées")
    assert blocks[-2].text.endswith("par des réalisations et")


def test_a_list_item_that_wraps_after_a_blank_line_is_joined() -> None:
    text = "* Station d'accueil des sports de nature de\n\nla Base 11/19 (CALL)\n\n* Vivalley Campus"
    assert texts(blocks_of(text)) == [
        "Station d'accueil des sports de nature de la Base 11/19 (CALL)",
        "Vivalley Campus",
    ]


def test_the_letter_e_or_o_inside_text_is_never_taken_for_a_bullet() -> None:
    text = "La voyelle la plus fréquente est la lettre\ne de l'alphabet latin, avant a et\no dans ce texte."
    blocks = blocks_of(text)
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH]
    assert (
        blocks[0].text
        == "La voyelle la plus fréquente est la lettre e de l'alphabet latin, avant a et o dans ce texte."
    )


def test_a_quotation_mark_at_a_line_start_is_not_a_bullet() -> None:
    blocks = blocks_of("« Osons nos talents » est un événement soutenu par le PMA.")
    assert blocks[0].kind == BlockKind.PARAGRAPH
    assert blocks[0].text.startswith("«")


def test_a_pictogram_before_a_list_title_makes_it_a_heading() -> None:
    text = "p Exemples de projets\n\n¢ Aménagement de l'Eurovélo\n\n* Vivalley Campus"
    blocks = blocks_of(text)
    assert (blocks[0].kind, blocks[0].text) == (BlockKind.HEADING, "Exemples de projets")


# --- headings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Prendre soin des milieux",
        "Garantir un accès a l'éducation et a la\nformation pour tous",
        "Exemples de projets",
        "AXE 3",
        "La Chaine des parcs, c'est quoi ?",
        "L'éco-transition comme\nmodele de développement : faire du\n"
        "territoire un démonstrateur de la\nTroisiéme Révolution Industrielle",
        ": Une vie sociale et culturelle\nsolidaire, attentive a chacun et\nrayonnante",
    ],
)
def test_short_title_shaped_blocks_followed_by_text_are_headings(heading: str) -> None:
    blocks = blocks_of(f"{heading}\n\n{BODY}")
    assert blocks[0].kind == BlockKind.HEADING
    assert not blocks[0].text.startswith(":")


@pytest.mark.parametrize(
    "text",
    [
        "Ce document a vocation a faire l'objet d'actualisations.",  # a sentence
        "Crédits photos pour la couverture :",  # a label
        "Le CFP Sainte-Barbe & Loos-en-Gohelle, crédits Euralens /IM André",  # a caption
        "32 Rue Casimir Beugnet, 62300\nLens, France",  # an address
        "CANAL D'AIRE",  # a map label
        "HARNES",
        "—>",
        "Visuel du site pilote de Nersac (Charente), lieu dédié a la R&D sur les batteries avant\n"
        "leur production & Douvrain/Billy-Berclau - crédits : ACC",
    ],
)
def test_sentences_captions_and_map_labels_are_not_headings(text: str) -> None:
    assert blocks_of(f"{text}\n\n{BODY}")[0].kind == BlockKind.PARAGRAPH


def test_a_title_with_nothing_after_it_on_the_page_is_not_a_heading() -> None:
    assert blocks_of(f"{BODY}\n\nExemples de projets de développement")[-1].kind == BlockKind.PARAGRAPH


def test_a_label_after_map_noise_is_not_a_heading() -> None:
    blocks = blocks_of(f"HARNES\n\nSouchez aval\n\n{BODY}")
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH] * 3


def test_pdf_heading_hints_decide_when_the_page_has_them() -> None:
    text = f"Exemples de projets\n\nUn titre que le texte seul ne verrait pas.\n\n{BODY}"
    hints = ("Un titre que le texte seul ne verrait pas",)
    blocks = blocks_of(text.replace("pas.", "pas"), hints)
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH]


def test_a_heading_hint_line_glued_to_its_paragraph_is_split_off() -> None:
    blocks = blocks_of(f"Prendre soin des milieux\n{BODY}", ("Prendre soin des milieux",))
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "Prendre soin des milieux"),
        (BlockKind.PARAGRAPH, BODY),
    ]


# --- noise ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CANAL D'AIRE",
        "HARNES",
        "[l Excellento - 249 m2",
        "—>",
        "-",
        "!",
        "i",
        "MY",
        "5 de",
        "a N\\\n7 GOHELLE '\\",
        "Passable @ 3m2",  # an energy label's legend: an at sign, no e-mail
    ],
)
def test_text_read_off_pictures_is_noise(text: str) -> None:
    assert is_noise_text(text)
    assert is_noise(Block(BlockKind.PARAGRAPH, text, text))


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        "AXE 3",
        "Exemples de projets",
        "Vivalley Campus",
        "contact@euralens.org",
        "Écrire à contact@pm-artois.fr",
        "Plan “piscines”",
        "Il agit.",
    ],
)
def test_real_text_is_not_noise(text: str) -> None:
    assert not is_noise_text(text)


def test_noise_is_kept_as_paragraphs_not_deleted() -> None:
    blocks = blocks_of(f"{BODY}\n\nCANAL D'AIRE\n\n—>")
    assert texts(blocks) == [BODY, "CANAL D'AIRE", "—>"]
