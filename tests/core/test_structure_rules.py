"""One rule at a time, on small examples written for the purpose."""

from __future__ import annotations

import pytest
from structure_support import document_from_text

from artois_reader.core.document import Block, BlockKind
from artois_reader.core.structure import extract_outline
from artois_reader.core.structure.acronyms import find_definitions
from artois_reader.core.structure.contacts import domain_match, find_address, find_phones, normalise_phone
from artois_reader.core.structure.explainers import explainer_term
from artois_reader.core.structure.figures import find_figures, french_number
from artois_reader.core.structure.items import Item, find_headings, is_project_list_marker
from artois_reader.core.structure.places import find_places
from artois_reader.core.structure.projects import find_project_lists


def items_of(*blocks: tuple[BlockKind, str], page: int = 1) -> list[Item]:
    return [
        Item(f"p{page}.{n}", page, n - 1, kind, " ".join(text.split()), text)
        for n, (kind, text) in enumerate(blocks, start=1)
    ]


P, L, H = BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING
LONG = (
    "Le territoire porte des projets nombreux et variés pour ses habitants, ses entreprises et ses communes."
)


# --- Phones ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("03741400 21", "03 74 14 00 21"),  # OCR joined and split the groups
        ("0321205046", "03 21 20 50 46"),
        ("03.21.20.50.46", "03 21 20 50 46"),
        ("+33 3 21 20 50 46", "03 21 20 50 46"),
        ("06-12-34-56-78", "06 12 34 56 78"),
    ],
)
def test_phones_are_normalised_to_five_pairs_without_reordering(text: str, phone: str) -> None:
    assert normalise_phone(text) == phone
    assert find_phones(f"Tél. : {text}, du lundi au vendredi") == [phone]


@pytest.mark.parametrize(
    "text", ["62300 Lens", "en 2017-2021", "0 1 2 3 4 5 6 7 8 9", "00 21 20 50 46", "4200 ha"]
)
def test_postal_codes_years_and_sequences_are_not_phones(text: str) -> None:
    assert find_phones(text) == []


# --- Contacts -------------------------------------------------------------------------------------


def outline_of_text(text: str):
    return extract_outline(document_from_text(text, "essai.txt"))


def test_an_address_beside_the_phone_belongs_to_the_contact() -> None:
    outline = outline_of_text(
        "Maison du projet\n\nNous accueillons le public toute la semaine dans nos locaux du centre-ville.\n\n"
        "5 place Jean Jaurès, 62300 Lens\n\n03 21 00 11 22\naccueil@maison-projet.fr\n"
    )
    (contact,) = outline.contacts
    assert contact.address == "5 place Jean Jaurès, 62300 Lens"
    assert contact.phones == ("03 21 00 11 22",)


def test_an_address_far_from_any_phone_or_email_is_left_out() -> None:
    outline = outline_of_text(
        "Un exemple d'utilisation\n\n32 Rue Casimir Beugnet, 62300 Lens, France\n\n"
        + (LONG + "\n\n") * 3
        + "03 21 00 11 22\naccueil@maison-projet.fr\n"
    )
    (contact,) = outline.contacts
    assert contact.address is None


def test_a_website_alone_is_not_a_contact() -> None:
    outline = outline_of_text(LONG + "\n\nExemple d'utilisation\n\nhttps.//pma.cadastre-solaire.fr/\n")
    assert outline.contacts == ()


def test_an_email_inside_a_sentence_is_not_a_contact_block() -> None:
    outline = outline_of_text(
        "Remerciements\n\nMerci d'envoyer vos remarques sur ce cours à info@exemple.de, elles seront lues "
        "avec attention et intégrées dans la prochaine version.\n"
    )
    assert outline.contacts == ()


@pytest.mark.parametrize(
    ("domain", "name", "score"),
    [
        ("pm-artois.fr", "Pôle Métropolitain de l'Artois", 0.95),  # initials, then a word
        ("www.polemetropolitainartois.fr", "Pôle Métropolitain de l'Artois", 1.0),  # words run together
        ("contact.euralens.org", "Euralens", 1.0),
    ],
)
def test_a_domain_spells_its_organisation(domain: str, name: str, score: float) -> None:
    assert domain_match(domain, name) == score


def test_a_domain_does_not_spell_another_organisation() -> None:
    assert domain_match("euralens.org", "Pôle Métropolitain de l'Artois") < 0.5


def test_the_contact_organisation_comes_from_the_page_banner_without_a_domain_match() -> None:
    outline = outline_of_text("E€Maisonneuve\n\n03 21 00 11 22\naccueil@mairie.fr\n")
    assert outline.contacts[0].organization == "Maisonneuve"


def test_addresses_need_a_street_a_postal_code_and_a_town() -> None:
    assert (
        find_address("32 Rue Casimir Beugnet, 62300 Lens, France")
        == "32 Rue Casimir Beugnet, 62300 Lens"  # the country is not part of a French postal address
    )
    assert find_address("la rue est fermée depuis 2017") is None


# --- Project lists --------------------------------------------------------------------------------


@pytest.mark.parametrize("bullet", ["e", "¢", "«", "*", "o", "•", "-"])
def test_project_items_start_with_any_mangled_bullet(bullet: str) -> None:
    items = items_of(
        (H, "Exemples de projets"),
        (P, f"{bullet} Plans de rénovation des\nbâtiments publics.\n{bullet} Requalification de la friche"),
    )
    (found,) = find_project_lists(items)
    assert [entry.title for entry in found.entries] == [
        "Plans de rénovation des bâtiments publics",
        "Requalification de la friche",
    ]


def test_an_item_cut_by_a_blank_line_continues() -> None:
    items = items_of(
        (H, "p Exemples de projets"),
        (L, "Station d'accueil des sports de nature de"),
        (P, "la Base 11/19 (CALL)"),
        (L, "Trois schémas alimentaires territoriaux coordonnés"),
    )
    (found,) = find_project_lists(items)
    assert [entry.title for entry in found.entries] == [
        "Station d'accueil des sports de nature de la Base 11/19 (CALL)",
        "Trois schémas alimentaires territoriaux coordonnés",
    ]
    assert found.entries[0].items == (1, 2)


def test_a_stray_fragment_or_a_map_caption_ends_the_list() -> None:
    items = items_of(
        (H, "Exemples de projets"),
        (L, "Rénovation des pôles gares (Béthune, Libercourt, Lens)"),
        (P, "5 de"),
        (P, "Exemples de projets de développement prioritaires intégrés : centralité de la CAHC"),
    )
    (found,) = find_project_lists(items)
    assert len(found.entries) == 1
    assert not is_project_list_marker(items[3].text)


def test_only_the_list_title_opens_a_list() -> None:
    assert is_project_list_marker("p Exemples de projets")
    assert is_project_list_marker("Exemples de projets :")
    assert not is_project_list_marker("Des exemples de projets ont été retenus par le comité.")


# --- Explainers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("La Chaîne des parcs, c'est quoi ?", "La Chaîne des parcs"),
        ("\"Territoire démonstrateur rev3”, c'est quoi ?", "Territoire démonstrateur rev3"),
        (
            "et résilient face aux enjeux climatiques. L'inscription à l'UNESCO, c’est quoi ?",
            "L'inscription à l'UNESCO",
        ),
        ("Qu'est-ce que le label Euralens ?", "le label Euralens"),
        ("Qui finance les projets ?", ""),
    ],
)
def test_explainer_questions_give_their_term(text: str, term: str) -> None:
    assert explainer_term(text) == term


def test_an_explainer_holds_the_paragraph_under_its_question() -> None:
    outline = outline_of_text(
        "Le label, c'est quoi ?\n\n"
        "Le label distingue des projets exemplaires du territoire depuis dix ans.\n\n" + LONG + "\n"
    )
    (explainer,) = outline.explainers
    assert explainer.term == "Le label"
    assert explainer.text.startswith("Le label distingue")
    assert LONG not in explainer.text


# --- Figures --------------------------------------------------------------------------------------


def figures(text: str) -> list[tuple[str, str]]:
    return [
        (f.value, f.unit) for f in find_figures(f"Le territoire compte aujourd'hui {text}, selon l'INSEE.")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("650.000 habitants", [("650 000", "habitants")]),
        ("4200 ha de parcs", [("4 200", "ha")]),
        ("10% de la population", [("10 %", "%")]),
        ("420 km de voies vertes", [("420", "km")]),
        ("2,5 millions de visiteurs", [("2,5", "millions")]),
        ("un plan signé en 2017", []),
        ("une agence au 62300 Lens", []),
        ("la Base 11/19 et le 9-9 bis", []),
        ("3 communes", []),  # under ten, without a unit of measure
        ("150 communes", [("150", "communes")]),
    ],
)
def test_key_figures_are_quantities_of_something(text: str, found: list) -> None:
    assert figures(text) == found


def test_figure_label_is_the_clause_around_it() -> None:
    (figure,) = find_figures("Elle forme un réseau de 420 km de voies vertes, unique en Europe.")
    assert figure.label == "Elle forme un réseau de 420 km de voies vertes"


def test_a_figure_label_cut_inside_its_clause_ends_on_a_meaningful_word() -> None:
    text = (
        "Avec 11 parcs complémentaires dans les activités qu'ils proposent et reliés par un réseau de "
        "420 km de voies vertes, elle forme un ensemble."
    )
    labels = [figure.label for figure in find_figures(text)]
    assert labels == [
        "Avec 11 parcs complémentaires dans les activités qu'ils proposent…",
        "…reliés par un réseau de 420 km de voies vertes",
    ]


def test_numbers_are_written_the_french_way() -> None:
    assert [french_number(n) for n in ("650.000", "4200", "14 000", "130", "2,5")] == [
        "650 000",
        "4 200",
        "14 000",
        "130",
        "2,5",
    ]


def test_screenshot_debris_holds_no_figures() -> None:
    assert (
        find_figures("! de la toiture [l Excellento - 249 m2 Il Bono 1 26 m2 [l Moyen o I I 6 m2 Passable")
        == []
    )


# --- Acronyms -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        (
            "soutient le Groupement Hospitalier de Territoire (GHT) et",
            "GHT",
            "Groupement Hospitalier de Territoire",
        ),
        (
            "soutient le Croupement Hospitalier de Territoire (GHT) et",
            "GHT",
            "Croupement Hospitalier de Territoire",
        ),
        (
            "de l'Engagement pour le Renouveau du Bassin Minier (ERBM) signé",
            "ERBM",
            "Engagement pour le Renouveau du Bassin Minier",
        ),
        ("Le territoire du Pôle métropolitain de I'Artois (PMA) se", "PMA", "Pôle métropolitain de I'Artois"),
        (
            "le SATD (Système Alimentaire Territorial Durable) vise",
            "SATD",
            "Système Alimentaire Territorial Durable",
        ),
    ],
)
def test_acronym_definitions_both_ways_and_through_ocr(text: str, short: str, long: str) -> None:
    (definition,) = find_definitions(text)
    assert (definition.short, definition.long) == (short, long)


@pytest.mark.parametrize(
    "text",
    ["du parc privé (PIG)", "de la Chaîne des parcs (CALL/CAHC)", "autour de la santé (GHT), du bien-être"],
)
def test_parentheses_that_do_not_spell_the_acronym_define_nothing(text: str) -> None:
    assert find_definitions(text) == []


# --- Places ---------------------------------------------------------------------------------------


def place_names(text: str, known: tuple[str, ...] = ()) -> list[str]:
    return [span.name for span in find_places(text, known)]


def test_communes_match_whatever_the_case_accents_and_hyphens() -> None:
    assert place_names("Opérations à Bully-Les-Mines et à Bruay-La-Buissiére") == [
        "Bully-les-Mines",
        "Bruay-la-Buissière",
    ]
    assert place_names("Petites villes de demain (Carvin, Libercourt, Mazingarbe)") == [
        "Carvin",
        "Libercourt",
        "Mazingarbe",
    ]


def test_ordinary_words_are_places_only_in_a_place_context() -> None:
    assert (
        place_names("lignes de Bus à Haut Niveau de Service, 32 Rue Casimir, le Bois et le Mont Vert") == []
    )
    assert place_names("une maison de santé à Avion") == ["Avion"]
    assert place_names("l'Arc Nord de la Chaîne des parcs") == []
    assert place_names("les Départements du Nord et du Pas-de-Calais") == ["Nord", "Pas-de-Calais"]


def test_ocr_noise_matches_only_a_commune_named_exactly_elsewhere() -> None:
    assert place_names("leur production à Douvrain/Billy-Berclau") == ["Billy-Berclau"]
    assert place_names("leur production à Douvrain/Billy-Berclau", ("Douvrin",)) == [
        "Douvrin",
        "Billy-Berclau",
    ]


def test_sites_are_found_by_their_site_word() -> None:
    text = "la Friche Noroxo (Harnes), le Stade Bollaert-Delelis, la Base 11/19, le 9-9 bis et le Louvre-Lens"
    assert place_names(text) == [
        "Friche Noroxo",
        "Harnes",
        "Stade Bollaert-Delelis",
        "Base 11/19",
        "9-9 bis",
        "Louvre-Lens",
    ]


# --- Headings and axes ----------------------------------------------------------------------------


def test_map_labels_photo_credits_and_cut_paragraphs_are_not_headings() -> None:
    items = items_of(
        (P, "HARNES"),
        (P, "Souchez aval"),
        (P, LONG),
        (P, "CANAL D'AIRE"),
        (P, LONG),
        (P, "Le festival Les Rutilants au 9-9 bis de Oignies, crédits Euralens / Pidz"),
        (P, LONG),
        (P, "Les objectifs de sobriété foncière, de recyclage du foncier, notamment de la"),
        (P, LONG),
        (P, "Prendre soin des milieux"),
        (P, LONG),
    )
    assert find_headings(items) == {9}


def test_a_document_without_announced_axes_gets_none() -> None:
    outline = outline_of_text("Les orientations\n\n" + LONG + "\n\nDes projets pour tous\n\n" + LONG + "\n")
    assert outline.axes == ()
    assert [s.title for s in outline.sections] == ["Les orientations", "Des projets pour tous"]


def test_explicit_axis_markers_make_axes_without_an_announcement() -> None:
    outline = outline_of_text(
        "AXE 1\n\nUn territoire sobre en énergie\n\n" + LONG + "\n\n"
        "Exemples de projets\n\ne Rénovation des écoles\ne Création d'un réseau de chaleur\n\n"
        "AXE 2\n\nUn territoire solidaire\n\n" + LONG + "\n"
    )
    assert [(a.number, a.title) for a in outline.axes] == [
        (1, "Un territoire sobre en énergie"),
        (2, "Un territoire solidaire"),
    ]
    assert [(p.title, p.axis) for p in outline.projects] == [
        ("Rénovation des écoles", 1),
        ("Création d'un réseau de chaleur", 1),
    ]


def test_announced_axes_are_joined_to_their_development_by_their_words() -> None:
    text = (
        "Introduction\n\n"
        "Le pays porte deux axes de travail présentés ci-dessous, pour les années à venir.\n\n"
        ": Une énergie locale et renouvelable pour chaque commune\n\n"
        "Produire une énergie renouvelable locale : solaire, géothermie, chaleur de récupération "
        "dans les communes.\n\n"
        ": Des mobilités douces entre les villages\n\n"
        "Relier les villages par des pistes cyclables et des navettes, pour des mobilités douces "
        "au quotidien.\n"
        "\f"
        "Chaque commune développera une énergie renouvelable locale : centrales solaires, "
        "réseaux de chaleur et "
        "géothermie sur les bâtiments communaux.\n\n"
        "Exemples de projets\n\ne Centrale solaire de la zone d'activités\n\n"
        "Les villages seront reliés par des mobilités douces : pistes cyclables, navettes et "
        "covoiturage entre les "
        "villages du pays.\n\n"
        "Exemples de projets\n\ne Piste cyclable entre deux villages\n"
    )
    outline = outline_of_text(text)
    assert [(a.number, a.page) for a in outline.axes] == [(1, 2), (2, 2)]
    assert [(p.title, p.axis) for p in outline.projects] == [
        ("Centrale solaire de la zone d'activités", 1),
        ("Piste cyclable entre deux villages", 2),
    ]


def test_blocks_keep_their_passage_ids_per_page() -> None:
    outline = outline_of_text("Premier titre de page\n\n" + LONG + "\f" + LONG + "\n\n" + LONG + "\n")
    assert [p.id for p in outline.passages] == ["p1.1", "p1.2", "p2.1", "p2.2"]


def test_an_empty_document_has_an_empty_outline() -> None:
    from artois_reader.core.document import Document, Page, SourceKind

    document = Document("x" * 12, "vide", 1, "0" * 64, "vide.txt", SourceKind.TEXT, "", (Page(1, "", ()),))
    assert extract_outline(document).sections == ()


def test_blocks_built_by_hand_work_too() -> None:
    from artois_reader.core.document import Document, Page, SourceKind

    blocks = (
        Block(BlockKind.HEADING, "Prendre soin des milieux", "Prendre soin des milieux"),
        Block(P, LONG, LONG),
    )
    document = Document("x" * 12, "t", 1, "0" * 64, "t.txt", SourceKind.TEXT, "", (Page(1, "", blocks),))
    outline = extract_outline(document)
    assert [(s.title, s.passage_ids) for s in outline.sections] == [
        ("Prendre soin des milieux", ("p1.1", "p1.2"))
    ]


# --- Organisations and tools ----------------------------------------------------------------------


def organisation_names(text: str) -> list[str]:
    from artois_reader.core.structure.organizations import find_organizations

    return [span.name for span in find_organizations(text)]


def test_organisation_names_stop_at_the_verb() -> None:
    text = "le Pôle Métropolitain de l'Artois soutient le Groupement Hospitalier de Territoire et"
    assert organisation_names(text) == [
        "Pôle Métropolitain de l'Artois",
        "Groupement Hospitalier de Territoire",
    ]


def test_lower_case_names_after_a_head_keep_two_complements() -> None:
    assert organisation_names("le Club des acteurs de l'innovation, réseau") == [
        "Club des acteurs de l'innovation"
    ]
    assert organisation_names("Le Cercle de qualité croise le regard") == ["Cercle de qualité"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "avec l'État et les Départements du Nord et du Pas-de-Calais : cet engagement",
            ["État", "Département du Nord", "Département du Pas-de-Calais"],
        ),
        (
            "Les trois Communautés d'agglomération de Béthune-Bruay Artois Lys Romane, Lens-Liévin et "
            "Hénin-Carvin, membres",
            [
                "Communauté d'agglomération de Béthune-Bruay Artois Lys Romane",
                "Communauté d'agglomération de Lens-Liévin",
                "Communauté d'agglomération de Hénin-Carvin",
            ],
        ),
        (
            "les Régions de Bretagne, d'Occitanie et de la Réunion",
            ["Région de Bretagne", "Région d'Occitanie", "Région de la Réunion"],
        ),
        ("les Départements du Nord et la Région", ["Départements du Nord"]),  # nothing coordinated
        ("le Département du Nord et du Pas-de-Calais", ["Département du Nord"]),  # a singular head
    ],
)
def test_a_plural_head_shared_by_coordinated_names_gives_one_organisation_each(
    text: str, names: list[str]
) -> None:
    assert [name for name in organisation_names(text) if name != "Région"] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "sur l'Université d'Artois, IUT de Lens et de Béthune, lycées",
            ["Université d'Artois", "IUT de Lens et de Béthune"],
        ),
        ("le Centre hospitalier d'Arras et de Lens.", ["Centre hospitalier d'Arras et de Lens"]),
        ("la Région des Hauts-de-France et de l'État", ["Région des Hauts-de-France", "État"]),  # an article
        ("le Pôle de Lens et d'Euralens", ["Pôle de Lens"]),  # Euralens is no town
        ("le Centre de Lens, de Liévin et de Béthune", ["Centre de Lens"]),  # more than two
    ],
)
def test_a_singular_head_named_by_two_towns_is_one_organisation(text: str, names: list[str]) -> None:
    assert organisation_names(text) == names


def test_a_section_without_heading_says_so() -> None:
    outline = outline_of_text(
        "Né en 2016, le Pôle Métropolitain de l'Artois est un syndicat mixte associant trois "
        "communautés d'agglomération du bassin minier et le Département du Pas-de-Calais.\n\n"
        "Les mobilités douces\n\n"
        "Le territoire développe un réseau de pistes cyclables reliant les communes entre elles, "
        "et des services de location de vélos pour les habitants et les visiteurs.\n"
    )
    assert [(s.title[:11], s.titled) for s in outline.sections] == [
        ("Né en 2016,", False),
        ("Les mobilit", True),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (" Pole Mée litain de lArtois\nRéinventons-nous", []),  # a logo's « Métropolitain » cut in two
        ("le Pôle Métropolitain de l'Artois souhaite", ["Pôle Métropolitain de l'Artois"]),
        ("avec le Centre Pompidou-Metz organise", ["Centre Pompidou-Metz"]),  # a French word follows
        ("le Centre de Lens\nlitain", ["Centre de Lens"]),  # a place, and the next line
    ],
)
def test_a_name_cut_in_two_by_the_ocr_is_no_organisation(text: str, names: list[str]) -> None:
    assert organisation_names(text) == names


def test_an_organisation_set_beside_its_name_is_the_one_named_by_it_elsewhere() -> None:
    outline = outline_of_text(
        "Il mobilise ses deux scènes, le Centre dramatique national de Béthune et Culture Commune, "
        "Scène nationale du Bassin Minier du Pas-de-Calais, dont le rayonnement s'étend loin.\n\n"
        "Un réseau d'équipements culturels : la Scène nationale Culture Commune sur la Base 11/19 de "
        "Loos-en-Gohelle, et le Centre dramatique national de Béthune, avec tous leurs publics."
    )
    names = [m.name for m in outline.organizations]
    assert "Scène nationale Culture Commune" in names
    assert not [name for name in names if "Bassin Minier" in name]
    assert len(names) == len(set(names))


def test_bodies_sharing_a_long_head_stay_apart_but_ocr_variants_merge() -> None:
    from artois_reader.core.structure.organizations import canonical_names

    names = canonical_names(
        [
            "Communauté d'agglomération de Lens-Liévin",
            "Communauté d'agglomération d'Hénin-Carvin",
            "Groupement Hospitalier de Territoire",
            "Croupement Hospitalier de Territoire",
        ]
    )
    assert len(set(names.values())) == 3
    assert names["Croupement Hospitalier de Territoire"] == names["Groupement Hospitalier de Territoire"]


def test_initials_of_a_body_of_the_region_are_that_body_when_the_text_names_it_in_full() -> None:
    outline = outline_of_text(
        "Les trois Communautés d'agglomération de Béthune-Bruay Artois Lys Romane, Lens-Liévin et "
        "Hénin-Carvin travaillent ensemble sur ce contrat de relance depuis plusieurs années.\n\n"
        "Aménagement de l'Arc Nord de la Chaîne des parcs, porté par la CALL et la CAHC depuis "
        "deux ans, avec les communes voisines et leurs habitants."
    )
    organisations = {m.name: m.pages for m in outline.organizations}
    assert "Communauté d'agglomération d'Hénin-Carvin" in organisations  # the body's own link
    assert "CALL" not in organisations and "CAHC" not in organisations
    acronyms = {a.short: a.long for a in outline.acronyms}
    assert acronyms["CALL"] == "Communauté d'agglomération de Lens-Liévin"
    assert acronyms["CAHC"] == "Communauté d'agglomération d'Hénin-Carvin"


def test_initials_alone_stay_initials() -> None:
    outline = outline_of_text(
        "Aménagement de l'Arc Nord de la Chaîne des parcs, porté par la CALL et ses partenaires depuis "
        "deux ans, avec les communes voisines et leurs habitants."
    )
    assert [m.name for m in outline.organizations] == ["CALL"]
    assert "CALL" not in {a.short for a in outline.acronyms}


def test_a_tool_is_described_by_its_apposition_but_not_an_enumeration_item() -> None:
    from artois_reader.core.structure.organizations import find_organizations, find_tools

    text = (
        "avec le Syndicat mixte des Mobilités Artois-Gohelle, organisateur des mobilités sur le territoire ; "
        "des formats divers (plénières, Club des acteurs de l'innovation, réseau école-entreprise)."
    )
    tools = find_tools(text, find_organizations(text))
    assert [(t.name, t.description) for t in tools] == [
        ("Syndicat mixte des Mobilités Artois-Gohelle", "organisateur des mobilités sur le territoire")
    ]


def test_a_site_named_after_its_commune_gives_both() -> None:
    assert place_names("Rénovation de la Chartreuse des dames de Gosnay") == [
        "Chartreuse des dames de Gosnay",
        "Gosnay",
    ]
    assert place_names("le Louvre-Lens") == ["Louvre-Lens"]
