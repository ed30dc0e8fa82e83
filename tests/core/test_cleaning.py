"""French OCR repair: the named rules, clean French left alone, the bundled CRTE read as French."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artois_reader.core.cleaning import RULES, Rule, _one_letter_apart, clean_pages, repair_ocr
from artois_reader.core.document import BlockKind, Page, RawPage
from artois_reader.core.errors import Cancelled
from artois_reader.core.french import Vocabulary
from artois_reader.core.pdf_text import extract_pdf
from artois_reader.core.text_file import read_text_file

CLEAN_FRENCH = Path(__file__).resolve().parent.parent / "fixtures" / "cleaning" / "clean_french.txt"
CLEAN_LINES = CLEAN_FRENCH.read_text(encoding="utf-8").splitlines()
CLEAN_TEXT = "\n".join(CLEAN_LINES)
CLEAN_VOCABULARY = Vocabulary.from_texts([CLEAN_TEXT])
RULES_BY_NAME = {rule.name: rule for rule in RULES}


@pytest.fixture(scope="module")
def crte(crte_text_path: Path) -> tuple[Page, ...]:
    return clean_pages(read_text_file(crte_text_path).pages)


@pytest.fixture(scope="module")
def crte_text(crte: tuple[Page, ...]) -> str:
    return "\n\n".join(page.text for page in crte)


# --- the rules -----------------------------------------------------------------------------------


def test_rules_have_unique_names_descriptions_and_examples() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        assert isinstance(rule, Rule)
        assert re.fullmatch(r"[a-z_]+", rule.name)
        assert rule.description and rule.examples


@pytest.mark.parametrize(
    ("rule", "ocr", "repaired"),
    [(rule, ocr, repaired) for rule in RULES for ocr, repaired in rule.examples],
    ids=[f"{rule.name}-{i}" for rule in RULES for i, _ in enumerate(rule.examples)],
)
def test_each_rule_repairs_its_examples(rule: Rule, ocr: str, repaired: str) -> None:
    assert rule(ocr) == repaired


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_each_rule_leaves_clean_french_unchanged(rule: Rule) -> None:
    assert rule.apply(CLEAN_TEXT, CLEAN_VOCABULARY) == CLEAN_TEXT
    changed = [line for line in CLEAN_LINES if rule(line) != line]
    assert changed == []


def test_repair_leaves_the_clean_french_corpus_unchanged() -> None:
    assert len(CLEAN_LINES) >= 200
    assert repair_ocr(CLEAN_TEXT) == CLEAN_TEXT


def test_a_name_is_not_taken_for_the_word_the_text_writes_elsewhere() -> None:
    """Found by the property test below: the document's own dictionary made "L'Aréna" of a name."""
    text = (
        "L'Arena Stade Couvert de Liévin accueille des compétitions d'athlétisme. "
        "Le mot aréna est courant au Québec. Une aréna est une patinoire."
    )
    assert repair_ocr(text) == text
    damaged = "Le Pôle Metropolitain agit. Le Pôle Métropolitain investit, le Pôle Métropolitain construit."
    assert repair_ocr(damaged) == damaged.replace("Metropolitain", "Métropolitain")  # lost its accent


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(CLEAN_LINES), min_size=1, max_size=8), st.sampled_from([" ", "\n", "\n\n"]))
def test_repair_leaves_any_mix_of_clean_sentences_unchanged(lines: list[str], separator: str) -> None:
    text = separator.join(lines)
    assert repair_ocr(text) == text
    assert repair_ocr(text, CLEAN_VOCABULARY) == text


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("aAeEIl|['’&.,:;-\nNnPbdéôœcu6Oo0 ")) | st.characters(), max_size=80
    )
)
def test_repair_never_fails_on_any_text(text: str) -> None:
    assert isinstance(repair_ocr(text), str)


# --- a / à ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a été décidé de poursuivre le programme.",
        "Elle a vocation à réunir les acteurs.",
        "Le Louvre-Lens a donné lieu à une mobilisation collective.",
        "Le projet qui a reçu le soutien de la Région avance.",
        "Il n'a jamais été question de renoncer.",
        "Il y a deux cents terrils dans le bassin minier.",
        "Le territoire a l'ambition d'être au cœur de la transition.",
        "Le syndicat mixte a la charge des mobilités.",
        "La commune a des projets de rénovation.",
        "Euralens a un label qui distingue les projets.",
        "Chacun a sa place dans la démarche.",
        "Cela a permis de financer trois écoles.",
        "Ce qu'a fait le territoire est reconnu.",
        "C'est ainsi qu'a été créé le Pôle en 2016.",
        "Voilà ce qu'a la commune en propre.",
        "Le Centre dramatique national de Béthune a une programmation ambitieuse.",
        "A-t-on mesuré l'effet de ces mesures ?",
        "Le bâtiment de catégorie A accueille le public.",
        "C'est a priori la bonne échelle.",
        "S'il a la charge du projet, il le mène.",
        "Il m'y a conduit hier.",
        "Celui qui travaille a droit au repos.",  # the relative clause's verb: "a" is the main one
        "La commune qui investit a la charge du chantier.",
        "La forme a la faveur des élus.",  # "forme" is a noun too
        "Le Louvre-Lens a donné lieu à une dynamique.",
    ],
)
def test_the_verb_a_is_never_turned_into_a_preposition(sentence: str) -> None:
    assert repair_ocr(sentence) == sentence


@pytest.mark.parametrize(
    ("ocr", "repaired"),
    [
        (
            "traduites dans un « chapeau commun » a l'échelle du Pôle",
            "traduites dans un « chapeau commun » à l'échelle du Pôle",
        ),
        ("c'est a cette échelle que nous agissons", "c'est à cette échelle que nous agissons"),
        (
            "de nos populations, a travers un large programme",
            "de nos populations, à travers un large programme",
        ),
        (
            "Ce document a vocation a faire l'objet d'actualisations.",
            "Ce document a vocation à faire l'objet d'actualisations.",
        ),
        ("une chance a exploiter pour offrir", "une chance à exploiter pour offrir"),
        ("le nouvel hôpital a Lens", "le nouvel hôpital à Lens"),
        (
            "Ces engagements permettent de garantir a tous les habitants",
            "Ces engagements permettent de garantir à tous les habitants",
        ),
        ("Une vie solidaire, attentive a chacun", "Une vie solidaire, attentive à chacun"),
        (
            "Des structures coordonnées a l'échelle métropolitaine",
            "Des structures coordonnées à l'échelle métropolitaine",
        ),
        ("A l'image de la Chaîne des parcs", "À l'image de la Chaîne des parcs"),
        ("A ce titre, le PMA s'est doté d'un outil.", "À ce titre, le PMA s'est doté d'un outil."),
        (
            "S'y articulent des espaces de dialogue a d'autres échelles",
            "S'y articulent des espaces de dialogue à d'autres échelles",
        ),
        (
            "à la formation de ses habitants, ainsi qu'a la santé",
            "à la formation de ses habitants, ainsi qu'à la santé",
        ),
        ("de même qu'a l'emploi", "de même qu'à l'emploi"),
        ("plutôt qu'a construire du neuf", "plutôt qu'à construire du neuf"),
        ("le Pôle Métropolitain qui s'adosse a :", "le Pôle Métropolitain qui s'adosse à :"),
        ("La ville s'engage a la rénover.", "La ville s'engage à la rénover."),
        ("C'est a partir de 2017 que", "C'est à partir de 2017 que"),
        ("services, c'est-a-dire le cadre de vie", "services, c'est-à-dire le cadre de vie"),
        (
            "et cette inscription contribue a la réappropriation par les habitants",
            "et cette inscription contribue à la réappropriation par les habitants",
        ),
        (
            "Le projet contribue a l'attractivité du territoire.",
            "Le projet contribue à l'attractivité du territoire.",
        ),
        (
            "Le dispositif permettra a chaque commune d'agir.",
            "Le dispositif permettra à chaque commune d'agir.",
        ),
        ("Cette politique répond a la demande.", "Cette politique répond à la demande."),
        (
            "L'accès a l'éducation et à la formation pour tous est au coeur des actions.",
            "L'accès à l'éducation et à la formation pour tous est au coeur des actions.",
        ),
        ("le droit a l'emploi ou à l'insertion", "le droit à l'emploi ou à l'insertion"),
        (  # both lost their accent: the second is "à" (no subject after "et"), so the first is too
            "l'accès a l'éducation et a la formation de ses habitants",
            "l'accès à l'éducation et à la formation de ses habitants",
        ),
    ],
)
def test_a_becomes_a_where_grammar_wants_the_preposition(ocr: str, repaired: str) -> None:
    assert repair_ocr(ocr) == repaired


@pytest.mark.parametrize(
    ("ocr", "repaired"),
    [
        ("saine dés le plus jeune age et", "saine dès le plus jeune âge et"),
        ("Dés 2021, les communes", "Dès 2021, les communes"),
        ("dés que les travaux commencent", "dès que les travaux commencent"),
        ("dés lors que le projet est retenu", "dès lors que le projet est retenu"),
        ("les enfants d'age scolaire", "les enfants d'âge scolaire"),
        ("à tout age", "à tout âge"),
        ("le Moyen Age", "le Moyen Âge"),
    ],
)
def test_des_and_age_take_the_accent_their_neighbours_ask_for(ocr: str, repaired: str) -> None:
    assert repair_ocr(ocr) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "Les dés sont jetés.",
        "un jeu de dés le soir",
        "des dés à jouer",
        "une personne age de 80 ans",  # âgée, not âge: left for the reader
        "the age of steam",
    ],
)
def test_des_and_age_stay_where_their_neighbours_do_not_decide(text: str) -> None:
    assert repair_ocr(text) == text


def test_ampersand_for_a_is_repaired_but_names_keep_it() -> None:
    assert repair_ocr("d'un archipel noir & un archipel vert") == "d'un archipel noir à un archipel vert"
    assert repair_ocr("leur production & Douvrin") == "leur production à Douvrin"
    for text in ("Johnson & Johnson", "Recherche & Développement", "la R&D industrielle"):
        assert repair_ocr(text) == text


# --- word repairs the issue names ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("ocr", "repaired"),
    [
        ("membres du Pôle de I'’Artois", "membres du Pôle de l'Artois"),
        ("services de I’Etat", "services de l’État"),
        ("d’'outils mis en commun", "d’outils mis en commun"),
        ("de Il'ancien bassin minier", "de l'ancien bassin minier"),
        ("l'espace de vie de Nnos concitoyens", "l'espace de vie de nos concitoyens"),
        ("le Pôle Métropolitain de [I'Artois", "le Pôle Métropolitain de l'Artois"),
        ("Au cceur d’une nouvelle métropole", "Au cœur d’une nouvelle métropole"),
        ("la mise en ceuvre de 'lEngagement", "la mise en œuvre de l'Engagement"),
        ("revitaliser les nceuds de l'archipel", "revitaliser les nœuds de l'archipel"),
        ("l'Agence ; |'Agence d'urbanisme", "l'Agence ; l'Agence d'urbanisme"),
        ("réduire drastiqguement ses émissions", "réduire drastiquement ses émissions"),
        ("la conviction gue son armature", "la conviction que son armature"),
        ("Clest d'ailleurs pour garantir", "C'est d'ailleurs pour garantir"),
        ("il nN'en demeure pas moins", "il n'en demeure pas moins"),
        ("locaux. lls peuvent y rechercher", "locaux. Ils peuvent y rechercher"),
    ],
)
def test_the_ocr_confusions_the_issue_names_are_repaired(ocr: str, repaired: str) -> None:
    assert repair_ocr(ocr) == repaired


def test_o_circumflex_shapes_become_pole_on_the_documents_consensus() -> None:
    text = "le Pdéle, le Pble, le P6le, le Péle, le Pdle, le POole et le Pole Métropolitain"
    assert repair_ocr(text) == "le Pôle, le Pôle, le Pôle, le Pôle, le Pôle, le Pôle et le Pôle Métropolitain"


def test_one_mangled_o_circumflex_alone_is_left_alone() -> None:
    assert repair_ocr("le Pble Métropolitain") == "le Pble Métropolitain"
    assert repair_ocr("la cote d'alerte et la côte d'Opale") == "la cote d'alerte et la côte d'Opale"


def test_the_self_dictionary_repairs_accents_only_from_the_documents_own_vocabulary() -> None:
    rule = RULES_BY_NAME["self_dictionary"]
    vocabulary = Vocabulary.from_texts(["le modèle, un modèle, ce modèle, le modele"])
    assert rule.apply("un nouveau modele", vocabulary) == "un nouveau modèle"
    assert rule("un nouveau modele") == "un nouveau modele"  # nothing to learn from: left alone
    assert repair_ocr("un nouveau modele") == "un nouveau modèle"  # the French lexicon knows


def test_a_frequent_wrong_form_is_not_a_repair_target_for_a_right_one() -> None:
    vocabulary = Vocabulary.from_texts(["minieres minieres minieres et une fois minières"])
    assert repair_ocr("les cités minières", vocabulary) == "les cités minières"


def test_verb_forms_that_differ_by_a_final_accent_are_never_swapped() -> None:
    vocabulary = Vocabulary.from_texts(["engagé engagé engagé engagé"])
    assert repair_ocr("le territoire s'engage", vocabulary) == "le territoire s'engage"


def test_english_contractions_keep_their_capital_i() -> None:
    assert repair_ocr("the motto I'm in, I've seen") == "the motto I'm in, I've seen"


# --- clean_pages on the bundled CRTE ------------------------------------------------------------

ISSUE_PASSAGES = [
    "membres du Pôle Métropolitain de l'Artois",
    "Au cœur d’une nouvelle métropole",
    "un « chapeau commun » à l'échelle du Pôle Métropolitain de l'Artois",
    "de l'ancien bassin minier",
    "l'espace de vie de nos concitoyens",
    "c'est à cette échelle que nous produisons",
    "à travers un large programme",
    "la mise en œuvre de l'Engagement pour le Renouveau du Bassin Minier",
    "des Hauts-de-France",
    "d’orientations stratégiques partagées et d’outils mis en commun",
    "premier pôle muséal d'Europe",
    "le Pôle Métropolitain de l'Artois soutient",
    "d'un archipel d’établissements de santé",
    "Ce document a vocation à faire l'objet d’actualisations.",
    "la conviction que son armature",
    "le Pôle Métropolitain de l'Artois s'est engagé",
    "la septième agglomération de France",
]

OCR_FORMS = [
    "Pdéle",
    "Pble",
    "P6le",
    "Péle",
    "POole",
    "Pdle",
    "cceur",
    "ceuvre",
    "Il'",
    "Nnos",
    "[I'",
    "I'Artois",
    "d’'",
    "I'’",
    " gue ",
]


@pytest.mark.parametrize("passage", ISSUE_PASSAGES)
def test_the_cleaned_crte_reads_as_french_in_the_issues_passages(crte_text: str, passage: str) -> None:
    assert passage in crte_text


@pytest.mark.parametrize("form", OCR_FORMS)
def test_the_cleaned_crte_holds_none_of_the_ocr_forms(crte_text: str, form: str) -> None:
    assert form not in crte_text


def test_the_raw_crte_text_is_kept_unchanged(crte_text_path: Path, crte: tuple[Page, ...]) -> None:
    raw = read_text_file(crte_text_path)
    assert [page.raw for page in crte] == [page.text for page in raw.pages]
    assert [page.number for page in crte] == [page.number for page in raw.pages]
    for page in crte:
        assert all(block.raw in page.raw for block in page.blocks)
    assert "membres du Pdéle Métropolitain de I'’Artois" in crte[0].raw


def test_every_raw_line_of_a_page_lands_in_exactly_one_block(crte: tuple[Page, ...]) -> None:
    for page in crte:
        covered = [line for block in page.blocks for line in block.raw.split("\n") if line.strip()]
        assert covered == [line for line in page.raw.split("\n") if line.strip()]


def test_the_crte_has_headings_list_items_and_paragraphs(crte: tuple[Page, ...]) -> None:
    kinds = {(block.kind, block.text) for page in crte for block in page.blocks}
    assert (BlockKind.HEADING, "Prendre soin des milieux") in kinds
    assert (BlockKind.HEADING, "AXE 3") in kinds
    assert (BlockKind.HEADING, "Exemples de projets") in kinds
    assert (BlockKind.HEADING, "La Chaîne des parcs, c'est quoi ?") in kinds
    assert (BlockKind.LIST_ITEM, "Requalification de la Friche Noroxo (Harnes).") in kinds
    headings = [text for kind, text in kinds if kind == BlockKind.HEADING]
    assert not any(h in headings for h in ("CANAL D'AIRE", "HARNES", "Souchez aval", "—>", "MY", "5 de"))


def test_clean_pages_of_the_pdf_edition_drops_its_running_header_and_page_numbers(
    crte_pdf_path: Path,
) -> None:
    raw = extract_pdf(crte_pdf_path)
    pages = clean_pages(raw.pages)
    header = raw.pages[1].text.strip().split("\n")[0]
    assert all(header in page.raw for page in pages[1:4])
    for page in pages:
        assert header not in page.text
        assert str(page.number) not in [block.text for block in page.blocks]
    text = "\n".join(page.text for page in pages)
    assert "membres du Pôle Métropolitain de l'Artois" in text


def test_clean_pages_reports_progress_and_can_be_cancelled() -> None:
    pages = [RawPage(n, f"Page {n}.") for n in range(1, 4)]
    seen: list[tuple[str, int, int]] = []
    clean_pages(pages, lambda phase, done, total: seen.append((phase.value, done, total)) is None)
    assert seen[-1] == ("clean", 3, 3)
    with pytest.raises(Cancelled):
        clean_pages(pages, lambda *_: False)


@pytest.mark.parametrize(
    "text",
    [
        "Example for a Form\n\nName\n\nMale\n\nFemale",  # 012-libreoffice-form, too short to tell
        "Produced with a Trial Version",
    ],
)
def test_a_short_document_without_french_words_is_left_as_written(text: str) -> None:
    (page,) = clean_pages([RawPage(1, text)])
    assert " ".join(block.text for block in page.blocks) == " ".join(text.split())


def test_a_short_french_document_is_still_repaired() -> None:
    (page,) = clean_pages([RawPage(1, "Le Pôle Métropolitain de I'Artois")])
    assert page.blocks[0].text == "Le Pôle Métropolitain de l'Artois"
    (page,) = clean_pages([RawPage(1, "Aménagement a Lens")])  # no marker word, a French letter
    assert page.blocks[0].text == "Aménagement à Lens"


def test_clean_pages_of_nothing_is_nothing() -> None:
    assert clean_pages([]) == ()
    assert clean_pages([RawPage(1, "")]) == (Page(1, "", ()),)


@pytest.mark.shared
def test_a_real_pdf_loses_its_page_numbers(shared_dir: Path) -> None:
    raw = extract_pdf(shared_dir / "pdf-samples" / "004-pdflatex-4-pages" / "pdflatex-4-pages.pdf")
    pages = clean_pages(raw.pages)
    assert any(re.search(r"\n\s*2\s*$", page.raw) for page in pages)
    for page in pages:
        assert all(not re.fullmatch(r"\d+", block.text) for block in page.blocks)
        assert all(block.raw in page.raw for block in page.blocks)


def test_french_rules_stay_off_text_that_is_not_french() -> None:
    english = (
        "This is a Python library for a user who wants a number of tools. We'll see the premiere of "
        "the film on a river boat; I'd say it is a paper about a letter and the water. " * 3
    )
    german = "Die Papiere der Studierenden werden an der Universität geprüft und archiviert. " * 6
    for text in (english, german):
        assert not Vocabulary.from_texts([text]).looks_french
        assert repair_ocr(text) == text


def test_short_strings_are_taken_for_french() -> None:
    assert repair_ocr("Garantir un accès a l'éducation") == "Garantir un accès à l'éducation"


# --- the French lexicon: accents, glued elisions, letter confusions, hyphens -----------------------


@pytest.mark.parametrize(
    ("ocr", "repaired"),
    [
        ("le monde économique doit étre au cœur", "le monde économique doit être au cœur"),
        ("pour garantir le bien-étre et le savoir-étre", "pour garantir le bien-être et le savoir-être"),
        ("À l'image de la Chaine des parcs", "À l'image de la Chaîne des parcs"),
        ("des réseaux très actifs et tres engagés", "des réseaux très actifs et très engagés"),
        ("Réunissant pres de 650.000 habitants", "Réunissant près de 650.000 habitants"),
        ("de nouveaux modeles économiques", "de nouveaux modèles économiques"),
        ("en matiere d'habitat", "en matière d'habitat"),
        ("la septieme agglomération", "la septième agglomération"),
        ("signé en 2017 avec l'Etat", "signé en 2017 avec l'État"),
        ("la rénovation des batiments publics", "la rénovation des bâtiments publics"),
        ("l'accueil de la bibliotheque", "l'accueil de la bibliothèque"),
        ("des réseaux des médiatheques", "des réseaux des médiathèques"),
        ("Capitale Francaise de la Culture", "Capitale Française de la Culture"),
        ("qui a fagconné tout un paysage", "qui a façonné tout un paysage"),
        ("l'accés de ses habitants", "l'accès de ses habitants"),
        ("avec laffirmation de l'éco-transition", "avec l'affirmation de l'éco-transition"),
        ("Il s'agit: dassurer une meilleure prise", "Il s'agit: d'assurer une meilleure prise"),
        ("et de malitrise de notre facture", "et de maîtrise de notre facture"),
        ("Elles ont par aqilleurs souhaité", "Elles ont par ailleurs souhaité"),
        ("accueillera bientdt l'implantation", "accueillera bientôt l'implantation"),
        ("le Croupement Hospitalier de Territoire", "le Groupement Hospitalier de Territoire"),
        ("un écosystétme de collaboration", "un écosystème de collaboration"),
        ("la lutte contre les Tlots de Chaleur Urbain", "la lutte contre les Îlots de Chaleur Urbain"),
        ("d'éradiquer les dépdts sauvages", "d'éradiquer les dépôts sauvages"),
        ("le Centre Dramatigue National", "le Centre Dramatique National"),
        ("des dispositifs numeériques de pointe", "des dispositifs numériques de pointe"),
        ("l'amélioration de l'atimentation", "l'amélioration de l'alimentation"),
    ],
)
def test_the_french_lexicon_repairs_what_the_document_alone_could_not(ocr: str, repaired: str) -> None:
    assert repair_ocr(ocr) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "La lune, la dune et une larme près du lavoir.",  # glued-looking words that are words
        "la lutte contre les flots de chaleur",  # a word, wrong here, but a word: never changed
        "la cote d'alerte, le coté gauche et les prés",  # accent homographs that are words
        "le modelé du relief",
        "Ile-de-France Mobilités et Henin-Beaumont",  # hyphenated names keep their spelling
        "l'Arena Stade Couvert de Liévin et le parc d'Olhain",  # names, not aréna or Ohain
        "Douvrain",  # one letter from the name Douvrin and from the word douvain: left alone
        "Le design du living lab attire un leader du coworking.",  # loanwords
        "It is time to name the core objects.",  # English spellings in use in French text too
        "git-diff --recursive, BufFile et name='x'",  # code and command lines
        "des cyclotouristiques et la désartificialisation",  # French words the lexicon lacks
        "Vous validiez le dossier.",  # a rare verb form: no letter dropped from its ending
    ],
)
def test_the_french_lexicon_leaves_words_names_and_code_alone(text: str) -> None:
    assert repair_ocr(text) == text


def test_a_name_is_a_target_only_when_the_document_writes_it() -> None:
    rule = RULES_BY_NAME["letter_confusions"]
    vocabulary = Vocabulary.from_texts(["Ohain", "la fête à Olhain"])
    assert rule.apply("la fête à Olhain", vocabulary) == "la fête à Olhain"


def test_a_glued_capital_inside_a_sentence_is_a_name_but_not_at_its_start() -> None:
    assert repair_ocr("Laffirmation de l'éco-transition.") == "L'affirmation de l'éco-transition."
    assert repair_ocr("le territoire de Laffirmation") == "le territoire de Laffirmation"


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["afin de co-", "construire des stratégies"], "afin de co-construire des stratégies"),
        (["les sous-", "préfectures du département"], "les sous-préfectures du département"),
        (["de nouvelles fi-", "lières"], "de nouvelles filières"),
        (["il faut re-", "prendre le projet"], "il faut reprendre le projet"),
        (["au mi-", "lieu du parc"], "au milieu du parc"),
        (["le dé-", "veloppement du territoire"], "le développement du territoire"),
    ],
)
def test_an_end_of_line_hyphen_is_kept_as_the_french_lexicon_says(lines: list[str], joined: str) -> None:
    page = clean_pages([RawPage(1, "\n".join(lines))])[0]
    assert [block.text for block in page.blocks] == [joined]


LEXICON_OCR_FORMS = [
    "étre",
    "Chaine",
    "accés",
    "laffirmation",
    "dassurer",
    "malitrise",
    "aqilleurs",
    "bientdt",
    "Croupement",
    "écosystétme",
    "Tlots",
    "coconstruire",
    "bibliotheque",
    "fagconné",
]


@pytest.mark.parametrize("form", LEXICON_OCR_FORMS)
def test_the_cleaned_crte_holds_none_of_the_forms_only_a_lexicon_repairs(crte_text: str, form: str) -> None:
    assert not re.search(rf"(?<!\w){form}(?!\w)", crte_text)


@pytest.mark.parametrize(
    "passage",
    [
        "Le monde économique doit être au cœur de cette transition",
        "À l'image de la Chaîne des parcs",
        "avec l'affirmation de l'éco-transition comme bannière commune",
        "afin de co-construire des stratégies",
        "lutte contre les Îlots de Chaleur Urbain",
        "le Groupement Hospitalier de Territoire",
        "Réunissant près de 650.000 habitants",
        "ainsi qu'à la santé, au bien-être",
        "une alimentation saine dès le plus jeune âge",
    ],
)
def test_the_cleaned_crte_reads_as_french_where_a_lexicon_was_needed(crte_text: str, passage: str) -> None:
    assert passage in crte_text


@pytest.mark.parametrize(
    ("ocr", "repaired"),
    [
        ("Le projet a accélere la transition.", "Le projet a accéléré la transition."),
        ("Le projet qui accélere la transition.", "Le projet qui accélère la transition."),
        ("Cette trame s'insére dans la ville.", "Cette trame s'insère dans la ville."),
        ("Il a eleve trois enfants.", "Il a élevé trois enfants."),
        ("Les eleves du collège.", "Les élèves du collège."),
        ("La ville developpe son offre.", "La ville developpe son offre."),  # développe or développé?
    ],
)
def test_a_final_e_or_e_acute_is_decided_by_the_word_before(ocr: str, repaired: str) -> None:
    assert repair_ocr(ocr) == repaired


def test_a_long_chain_of_joined_a_is_cleaned_without_recursion() -> None:
    """Each "a" looks at most one "et a" ahead: a block of thousands of them never recurses deeper."""
    text = "Le droit a la vie " + "et a la vie " * 3000 + "."
    assert repair_ocr(text).count(" à la vie") == 3001


def test_a_name_is_mended_only_beside_the_same_word_and_when_met_once() -> None:
    before = "Le parc est à Douvrin/Billy-Berclau. "
    assert (
        repair_ocr(before + "Il produit à Douvrain/Billy-Berclau.")
        == before + "Il produit à Douvrin/Billy-Berclau."
    )
    assert repair_ocr(before + "Il produit à Douvrain, près de Lens.").endswith("Douvrain, près de Lens.")
    twice = before + "Douvrain/Billy-Berclau et Douvrain/Billy-Berclau."
    assert repair_ocr(twice) == twice  # a spelling met twice is the document's own


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [("douvrain", "douvrin", True), ("douvrin", "douvrain", True), ("lens", "lenz", True),
     ("olhain", "ohain", True), ("lens", "lens", False), ("lens", "liens2", False), ("arras", "auras", True)],
)  # fmt: skip
def test_one_letter_apart(a: str, b: str, apart: bool) -> None:
    assert _one_letter_apart(a, b) is apart
