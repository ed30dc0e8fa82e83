"""tools/make_crte_pdf.py: the PDF edition of the CRTE, its layout rules, and its reproducibility."""

from __future__ import annotations

from pathlib import Path

import fontTools
import fpdf
import make_crte_pdf as maker
import pytest
from make_crte_pdf import Kind, make_pdf, parse_page, render_pdf

from artois_reader.core.pdf_text import extract_pdf
from artois_reader.core.text_file import decode_text, read_text_file


@pytest.fixture(scope="module")
def crte_text(crte_text_path: Path) -> str:
    return decode_text(crte_text_path.read_bytes())


@pytest.fixture(scope="module")
def fresh_pdf(crte_text: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The PDF edition as the generator makes it now (made once: it takes about a second)."""
    path = tmp_path_factory.mktemp("fresh") / "crte.pdf"
    make_pdf(crte_text, path)
    return path


def _kinds(text: str) -> list[tuple[Kind, str]]:
    return [(element.kind, element.text) for element in parse_page(text)]


# --- reading the layout of the text ----------------------------------------------------------


def test_axis_line_projects_box_and_explainer_titles_are_headings() -> None:
    text = (
        "AXE 3\n\nla fin d'une longue phrase.\nL'inscription a 'UNESCO, c'est quoi ?\n\n"
        "Depuis 2012, le Bassin minier.\n\np Exemples de projets\n\ne Plan “piscines”\n\n* Vivalley Campus"
    )
    assert _kinds(text) == [
        (Kind.AXIS, "AXE 3"),
        (Kind.PARAGRAPH, "la fin d'une longue phrase."),
        (Kind.BOX_TITLE, "L'inscription a 'UNESCO, c'est quoi ?"),
        (Kind.PARAGRAPH, "Depuis 2012, le Bassin minier."),
        (Kind.BOX_TITLE, "p Exemples de projets"),
        (Kind.ITEM, "e Plan “piscines”"),
        (Kind.ITEM, "* Vivalley Campus"),
    ]


def test_short_paragraph_without_final_stop_is_a_title_unless_the_next_one_continues_it() -> None:
    text = (
        "Garantir un accés a l'éducation et a la\nformation pour tous\n\n"
        "L'accés a I'éducation est au coeur des actions.\n\n"
        "Cet ensemble permet de faire émerger\net de faire remonter des idées et donc de porter\n\n"
        "des défis ensemble."
    )
    assert _kinds(text) == [
        (Kind.TITLE, "Garantir un accés a l'éducation et a la formation pour tous"),
        (Kind.PARAGRAPH, "L'accés a I'éducation est au coeur des actions."),
        (
            Kind.PARAGRAPH,
            "Cet ensemble permet de faire émerger et de faire remonter des idées "
            "et donc de porter des défis ensemble.",
        ),
    ]


def test_wide_lines_make_a_chapo_and_credits_a_caption() -> None:
    text = (
        "Le Pole Métropolitain de I'Artois s’est engagé dans une démarche volontariste d'éco-\n"
        "transition afin de transformer les défis qui s'imposent a lui en opportunités.\n\n"
        "Visuel du site pilote de Nersac (Charente) - crédits : ACC\n\n"
        "CANAL D'AIRE\n\nHARNES\n\nSouchez aval"
    )
    kinds = _kinds(text)
    assert [kind for kind, _ in kinds] == [Kind.CHAPO, Kind.CAPTION, Kind.FIGURE]
    assert parse_page(text)[2].lines == ["CANAL D'AIRE", "HARNES", "Souchez aval"]


def test_list_items_continue_over_lines_and_after_a_blank_line() -> None:
    text = (
        "e Des outils d'identification et\nd'agrégation de projets\n\n"
        "* Station d'accueil de\n\nla Base 11/19 (CALL)"
    )
    assert _kinds(text) == [
        (Kind.ITEM, "e Des outils d'identification et d'agrégation de projets"),
        (Kind.ITEM, "* Station d'accueil de la Base 11/19 (CALL)"),
    ]


def test_addresses_and_contacts_are_not_titles() -> None:
    text = "32 Rue Casimir Beugnet, 62300\nLens, France\n\n0321205046\ncontact@euralens.org\nwww.euralens.org"
    assert [kind for kind, _ in _kinds(text)] == [Kind.PARAGRAPH, Kind.PARAGRAPH]


# --- the PDF ---------------------------------------------------------------------------------


def test_committed_pdf_is_what_the_generator_makes_now(
    crte_text: str, crte_pdf_path: Path, tmp_path: Path
) -> None:
    """Byte for byte when fpdf2 and fontTools are the versions that made it (they are named in its
    Producer); with other versions the font subsets may differ, so then the content must match."""
    committed = extract_pdf(crte_pdf_path)
    fresh_path = tmp_path / "fresh.pdf"
    make_pdf(crte_text, fresh_path)
    if committed.metadata.producer == f"fpdf2 {fpdf.__version__}, fontTools {fontTools.version}":
        assert fresh_path.read_bytes() == crte_pdf_path.read_bytes(), "run tools/make_crte_pdf.py"
    fresh = extract_pdf(fresh_path)
    assert [page.text for page in fresh.pages] == [page.text for page in committed.pages]
    assert [page.heading_lines for page in fresh.pages] == [page.heading_lines for page in committed.pages]
    assert fresh.outline == committed.outline
    assert fresh.metadata.title == committed.metadata.title


def test_generator_is_deterministic(crte_text: str, fresh_pdf: Path) -> None:
    assert render_pdf(crte_text) == fresh_pdf.read_bytes()


def test_document_id_and_date_are_fixed_and_the_id_follows_the_text() -> None:
    first, again, other = (render_pdf(text) for text in (" Page un.", " Page un.", " Page deux."))

    def document_id(data: bytes) -> bytes:
        return data.split(b"/ID [")[1].split(b"]")[0]

    assert first == again
    assert document_id(first) != document_id(other)
    assert b"/CreationDate (D:20210701090000Z" in first


def test_one_column_layout_has_the_same_pages_and_words(
    crte_text: str, crte_text_path: Path, fresh_pdf: Path, tmp_path: Path
) -> None:
    path = tmp_path / "one-column.pdf"
    make_pdf(crte_text, path, layout="one-column")
    pdf_pages = extract_pdf(path).pages
    text_pages = read_text_file(crte_text_path).pages
    assert len(pdf_pages) == 10
    for pdf_page, text_page in zip(pdf_pages, text_pages, strict=True):
        _header, *body, _number = pdf_page.text.split("\n")
        assert " ".join(body).split() == text_page.text.split(), f"page {pdf_page.number}"
    assert path.read_bytes() != fresh_pdf.read_bytes()


def test_unknown_layout_is_refused(crte_text: str) -> None:
    with pytest.raises(ValueError, match="three-column"):
        render_pdf(crte_text, "three-column")


def test_a_page_that_cannot_fit_is_refused() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        render_pdf(" " + "Une ligne de texte du CRTE qui se répète.\n\n" * 400)


def test_small_unicode_text_makes_one_page_per_block(tmp_path: Path) -> None:
    text = (
        " Au cœur d’une « métropole »\n\nUn budget de 10 € pour l’œuvre.\n Deuxième page.\n Troisième page."
    )
    path = tmp_path / "petit.pdf"
    make_pdf(text, path)
    pages = extract_pdf(path).pages
    assert len(pages) == 3
    assert "Au cœur d’une « métropole »" in pages[0].heading_lines
    assert "Un budget de 10 € pour l’œuvre." in pages[0].text


def test_command_line_writes_the_chosen_layout(
    tmp_path: Path, crte_text_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sortie" / "crte.pdf"
    assert maker.main(["--input", str(crte_text_path), "--output", str(out), "--layout", "one-column"]) == 0
    assert "10 pages (one-column)" in capsys.readouterr().out
    assert len(extract_pdf(out).pages) == 10
