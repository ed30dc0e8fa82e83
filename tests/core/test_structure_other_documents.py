"""Documents that are not a CRTE: sections from headings and bookmarks, nothing invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from structure_support import REPO, document_from_pdf, document_from_text

from artois_reader.core.document import Outline
from artois_reader.core.structure import extract_outline

SAMPLES = REPO / "tests" / "fixtures" / "pdf-samples"


def outline_of(path: Path) -> Outline:
    return extract_outline(document_from_pdf(path))


def assert_no_crte_structure(outline: Outline) -> None:
    assert outline.axes == ()
    assert outline.projects == ()
    assert outline.explainers == ()


def test_latex_bookmarked_sections_become_sections_and_nothing_else() -> None:
    outline = outline_of(SAMPLES / "006-pdflatex-outline" / "pdflatex-outline.pdf")
    assert_no_crte_structure(outline)
    titles = [s.title for s in outline.sections]
    assert titles == [
        "Contents",
        "1 Foo",
        "2 Bar",
        "3 Baz",
        "4 Foo",
        "5 Bar",
        "6 Baz",
        "7 Foo",
        "8 Bar",
        "9 Baz",
    ]
    assert all(s.titled for s in outline.sections)  # the table of contents is named by its title
    assert [s.page for s in outline.sections[1:4]] == [2, 2, 2]
    assert outline.contacts == () and outline.figures == () and outline.places == ()


def test_a_mistitled_outline_does_not_invent_sections() -> None:
    outline = outline_of(SAMPLES / "014-outlines" / "mistitled_outlines_example.pdf")
    assert_no_crte_structure(outline)
    assert not any(s.title in {"First", "Second", "Tenth"} for s in outline.sections)
    assert outline.sections[0].title == "Contents"


def test_a_two_column_article_keeps_its_headings_and_has_no_contacts() -> None:
    outline = outline_of(SAMPLES / "026-latex-multicolumn" / "multicolumn.pdf")
    assert_no_crte_structure(outline)
    assert [s.title for s in outline.sections[:2]] == ["Two-Column Document with Lorem Ipsum", "Abstract"]
    assert outline.contacts == () and outline.figures == ()
    passages = [p.id for p in outline.passages]
    assert len(passages) == len(set(passages))


def test_a_one_page_document_is_one_section() -> None:
    outline = outline_of(SAMPLES / "001-trivial" / "minimal-document.pdf")
    assert_no_crte_structure(outline)
    assert len(outline.sections) == 1
    assert all(p.section_id == "s1" for p in outline.passages)


@pytest.mark.slow
@pytest.mark.shared
def test_a_german_thesis_gets_nested_sections_and_no_invented_entities(shared_dir: Path) -> None:
    path = next((shared_dir / "pdf-samples" / "009-pdflatex-geotopo").glob("*.pdf"))
    outline = outline_of(path)
    assert_no_crte_structure(outline)
    levels = {s.title: s.level for s in outline.sections}
    assert levels["1 Topologische Grundbegriffe"] == 1
    assert levels["1.1 Topologische Räume"] == 2
    assert outline.contacts == () and outline.figures == () and outline.places == ()


FRENCH_REPORT = """Rapport d'activité de la médiathèque

La médiathèque de Liévin a accueilli 12 500 lecteurs en 2023, soit 8 % de plus qu'en 2022.
Elle propose 45 000 documents et organise des ateliers chaque semaine pour les écoles du quartier.

Les horaires d'ouverture

La médiathèque est ouverte du mardi au samedi, de 10 heures à 18 heures, sauf les jours fériés.
Des animations sont proposées le mercredi après-midi pour les enfants et leurs familles.

Tél. : 03 21 44 85 10
mediatheque@ville-exemple.fr
12 rue de la Paix, 62800 Liévin
"""


def test_a_french_report_gets_its_sections_figures_and_contact_but_no_axes() -> None:
    outline = extract_outline(document_from_text(FRENCH_REPORT, "rapport.txt"))
    assert_no_crte_structure(outline)
    assert [s.title for s in outline.sections][:2] == [
        "Rapport d'activité de la médiathèque",
        "Les horaires d'ouverture",
    ]
    assert [(f.value, f.unit) for f in outline.figures] == [
        ("12 500", "lecteurs"),
        ("8 %", "%"),
        ("45 000", "documents"),
    ]
    (contact,) = outline.contacts
    assert contact.phones == ("03 21 44 85 10",)
    assert contact.emails == ("mediatheque@ville-exemple.fr",)
    assert contact.address == "12 rue de la Paix, 62800 Liévin"
    assert [m.name for m in outline.places] == ["Liévin"]
