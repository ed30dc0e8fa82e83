"""Comparing two editions: matching by content, word-level diffs, and the revised CRTE of issue 8."""

from __future__ import annotations

import dataclasses
import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from structure_support import crte_text, document_from_pdf, document_from_text, info_of

from artois_reader.core.compare import (
    PROJECT_MATCH,
    AxisStatus,
    ChangeKind,
    DiffOp,
    compare_editions,
    comparison_json,
    diff_new_text,
    diff_old_text,
    match_sections,
    similarity,
    word_diff,
)
from artois_reader.core.compare_report import comparison_html, format_comparison, shorten
from artois_reader.core.document import (
    Axis,
    Contact,
    DocumentInfo,
    Explainer,
    Figure,
    Outline,
    Passage,
    PassageKind,
    Project,
    Section,
    SourceKind,
)
from artois_reader.core.structure import extract_outline


def edition(number: int) -> DocumentInfo:
    return DocumentInfo(
        id=f"{number:012x}",
        title="Contrat",
        version=number,
        sha256=f"{number:064x}",
        source_name=f"v{number}.txt",
        source_kind=SourceKind.TEXT,
        ingested_at="2024-01-01T00:00:00Z",
        pages=3,
    )


OLD, NEW = edition(1), edition(2)


def paragraphs(*texts: str, section: str = "s1", axis: int | None = 1, page: int = 1) -> tuple[Passage, ...]:
    return tuple(
        Passage(f"p{page}.{n}", page, PassageKind.SECTION, text, text, section, axis)
        for n, text in enumerate(texts, start=1)
    )


def outline_of(*passages: Passage, title: str = "Mobilités") -> Outline:
    section = Section(
        "s1", title, 1, "\n\n".join(p.text for p in passages), 1, 1, tuple(p.id for p in passages)
    )
    return Outline(axes=(Axis(1, "Un territoire relié", 1, ("s1",)),), sections=(section,), passages=passages)


def compare(before: Outline, after: Outline):
    return compare_editions((OLD, before), (NEW, after))


# --- word-level diffs -----------------------------------------------------------------------------------


def test_a_word_diff_names_what_was_deleted_and_inserted() -> None:
    diff = word_diff(
        "Plans de rénovation des batiments publics", "Plan de rénovation des bâtiments publics et écoles"
    )
    changes = [(run.op, run.text) for run in diff if run.op is not DiffOp.EQUAL]
    assert changes == [
        (DiffOp.DELETE, "Plans"),
        (DiffOp.INSERT, "Plan"),
        (DiffOp.DELETE, "batiments"),
        (DiffOp.INSERT, "bâtiments"),
        (DiffOp.INSERT, " et écoles"),
    ]


def test_a_number_is_one_word_in_a_diff() -> None:
    diff = word_diff("près de 650.000 habitants", "près de 660.000 habitants")
    assert [(run.op, run.text) for run in diff if run.op is not DiffOp.EQUAL] == [
        (DiffOp.DELETE, "650.000"),
        (DiffOp.INSERT, "660.000"),
    ]


def test_changes_separated_by_a_space_read_as_one_phrase() -> None:
    diff = word_diff("la ville de Lens", "la commune d'Avion")
    assert [(run.op, run.text) for run in diff] == [
        (DiffOp.EQUAL, "la "),
        (DiffOp.DELETE, "ville de Lens"),
        (DiffOp.INSERT, "commune d'Avion"),
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab cdé.,1\n", max_size=40), st.text(alphabet="ab cdé.,1\n", max_size=40))
def test_a_word_diff_rebuilds_both_texts(old: str, new: str) -> None:
    diff = word_diff(old, new)
    assert diff_old_text(diff) == old and diff_new_text(diff) == new
    assert all(run.text for run in diff)
    assert all(a.op is not b.op for a, b in itertools.pairwise(diff))


# --- paragraphs of a section -------------------------------------------------------------------------------

TEXT_A = "Le territoire s'engage dans la production d'énergies renouvelables et la sobriété."
TEXT_B = "Les bornes de recharge électrique seront déployées dans les trois agglomérations."
TEXT_C = "Un réseau de voies vertes relie les parcs de la Chaîne des parcs."


def test_the_same_words_cut_into_other_paragraphs_are_not_a_change() -> None:
    before = outline_of(*paragraphs(TEXT_A, TEXT_B + " " + TEXT_C))
    after = outline_of(*paragraphs(TEXT_A + " " + TEXT_B, TEXT_C))
    assert compare(before, after).is_empty


def test_spacing_case_accents_and_punctuation_are_not_a_change() -> None:
    before = outline_of(*paragraphs(TEXT_A))
    after = outline_of(
        *paragraphs(TEXT_A.replace("énergies", "Energies").replace("'", "’").replace(" et", "  et"))
    )
    assert compare(before, after).is_empty


def test_a_changed_word_gives_a_changed_paragraph_with_its_diff() -> None:
    before = outline_of(*paragraphs(TEXT_A, TEXT_B, TEXT_C))
    after = outline_of(*paragraphs(TEXT_A, TEXT_B.replace("trois", "quatre"), TEXT_C))
    (section,) = compare(before, after).sections.changed
    (passage,) = section.passages
    assert (passage.kind, passage.old_id, passage.new_id) == (ChangeKind.CHANGED, "p1.2", "p1.2")
    assert [(r.op, r.text) for r in passage.diff if r.op is not DiffOp.EQUAL] == [
        (DiffOp.DELETE, "trois"),
        (DiffOp.INSERT, "quatre"),
    ]
    assert diff_new_text(passage.diff) == TEXT_B.replace("trois", "quatre")


def test_a_paragraph_added_or_removed_is_said_so_in_place() -> None:
    before = outline_of(*paragraphs(TEXT_A, TEXT_B))
    after = outline_of(*paragraphs(TEXT_C, TEXT_A))
    (section,) = compare(before, after).sections.changed
    kinds = [(p.kind, p.old_id, p.new_id) for p in section.passages]
    assert kinds == [(ChangeKind.ADDED, None, "p1.1"), (ChangeKind.REMOVED, "p1.2", None)]
    assert section.passages[1].diff[0].text == TEXT_B


def test_words_cut_from_the_end_of_a_paragraph_are_shown_at_its_end() -> None:
    before = outline_of(*paragraphs(TEXT_A, TEXT_B))
    after = outline_of(*paragraphs(TEXT_A.replace(" et la sobriété.", "."), TEXT_B))
    (section,) = compare(before, after).sections.changed
    (passage,) = section.passages
    assert passage.new_id == "p1.1"
    assert [r.text.strip() for r in passage.diff if r.op is DiffOp.DELETE] == ["et la sobriété"]


def test_a_retitled_section_with_the_same_text_is_one_section_changed() -> None:
    before = outline_of(*paragraphs(TEXT_A, TEXT_B), title="Mobilités")
    after = outline_of(*paragraphs(TEXT_A, TEXT_B), title="Se déplacer autrement")
    result = compare(before, after)
    assert not result.sections.added and not result.sections.removed
    (section,) = result.sections.changed
    assert section.title_changed and not section.passages
    assert match_sections(before, after) == {"s1": "s1"}


# --- projects, figures, explainers, contacts ----------------------------------------------------------------


def project(pid: str, title: str, axis: int = 1, places: tuple[str, ...] = ()) -> Project:
    return Project(pid, title, axis, 2, places, (), f"p2.{pid[2:]}", "s1")


def test_a_project_retitled_a_little_is_changed_not_removed_and_added() -> None:
    before = Outline(projects=(project("pr1", "Plans de rénovation des batiments publics"),))
    after = Outline(projects=(project("pr1", "Plan de rénovation des bâtiments publics et scolaires"),))
    assert similarity(before.projects[0].title, after.projects[0].title) >= PROJECT_MATCH
    projects = compare(before, after).projects
    assert not projects.added and not projects.removed
    assert projects.changed[0].changes == ("title",)


def test_a_project_moved_to_another_axis_keeps_its_identity() -> None:
    before = Outline(projects=(project("pr1", "Plan piscines", axis=3),))
    after = Outline(projects=(project("pr1", "Plan « piscines »", axis=2, places=("Lens",)),))
    (change,) = compare(before, after).projects.changed
    assert change.changes == ("axis", "places")


def test_two_different_projects_of_the_crte_never_match() -> None:
    outline = extract_outline(document_from_text(crte_text()))
    titles = [p.title for p in outline.projects]
    closest = max(similarity(a, b) for a, b in itertools.combinations(titles, 2))
    assert closest < PROJECT_MATCH - 10, closest


def test_a_figure_is_matched_by_unit_and_label_and_changed_by_value() -> None:
    old = Figure("650 000", "habitants", "Réunissant près de 650 000 habitants et 150 communes", 2, "p2.1")
    still = Figure("150", "communes", "Réunissant près de 650 000 habitants et 150 communes", 2, "p2.1")
    new = dataclasses.replace(old, value="660 000", label=old.label.replace("650", "660"))
    moved = dataclasses.replace(still, label=new.label)
    figures = compare(Outline(figures=(old, still)), Outline(figures=(new, moved))).figures
    assert not figures.added and not figures.removed
    assert [(c.old.value, c.new.value, c.new.unit) for c in figures.changed] == [
        ("650 000", "660 000", "habitants")
    ]


def test_an_explainer_whose_text_changed_gets_a_diff() -> None:
    old = Explainer("La Chaîne des parcs", "Un ensemble de 4 200 ha.", 3, 2, "p3.9")
    new = dataclasses.replace(old, text="Un ensemble de 4 500 ha.")
    (change,) = compare(Outline(explainers=(old,)), Outline(explainers=(new,))).explainers.changed
    assert [r.text for r in change.diff if r.op is DiffOp.INSERT] == ["4 500"]


def test_a_contact_whose_phone_changed_is_changed_and_a_new_one_added() -> None:
    old = Contact("Euralens", 9, ("03 21 20 50 46",), ("contact@euralens.org",))
    new = dataclasses.replace(old, phones=("03 21 20 50 47",))
    other = Contact("Agence d'urbanisme de l'Artois", 9, (), ("contact@aulartois.fr",))
    contacts = compare(Outline(contacts=(old,)), Outline(contacts=(new, other))).contacts
    assert [c.changes for c in contacts.changed] == [("phones",)]
    assert [c.organization for c in contacts.added] == ["Agence d'urbanisme de l'Artois"]


# --- the CRTE: the same edition, another layout, and the revised edition of issue 8 -----------------------


@pytest.fixture(scope="module")
def crte() -> tuple[DocumentInfo, Outline]:
    document = document_from_text(crte_text())
    return info_of(document), extract_outline(document)


@pytest.fixture(scope="module")
def revised(revised_crte_text: str) -> tuple[DocumentInfo, Outline]:
    document = dataclasses.replace(document_from_text(revised_crte_text), id="revised00000", version=2)
    return info_of(document), extract_outline(document)


def test_an_edition_compared_with_itself_shows_nothing(crte: tuple[DocumentInfo, Outline]) -> None:
    assert compare_editions(crte, crte).is_empty


def test_the_pdf_and_the_text_of_one_edition_show_nothing(
    crte: tuple[DocumentInfo, Outline], crte_pdf_path
) -> None:
    document = document_from_pdf(crte_pdf_path)
    comparison = compare_editions(crte, (info_of(document), extract_outline(document)))
    assert comparison.is_empty, comparison_json(comparison)


def test_the_revised_crte_shows_exactly_its_four_edits(
    crte: tuple[DocumentInfo, Outline], revised: tuple[DocumentInfo, Outline]
) -> None:
    result = comparison_json(compare_editions(crte, revised))
    retitled = [axis for axis in result["axes"] if axis["status"] != AxisStatus.UNCHANGED]
    assert [axis["number"] for axis in retitled] == [2]
    assert retitled[0]["title_new"].startswith("Un territoire en archipel")
    assert [(p["title"], p["axis"], p["places"]) for p in result["projects"]["added"]] == [
        ("Création d'une maison de santé à Avion", 2, ["Avion"])
    ]
    assert [(p["title"], p["axis"]) for p in result["projects"]["removed"]] == [("Vivalley Campus", 3)]
    assert result["projects"]["changed"] == []
    assert [(f["old"]["value"], f["new"]["value"], f["unit"]) for f in result["figures"]["changed"]] == [
        ("650 000", "660 000", "habitants")
    ]
    assert result["figures"]["added"] == result["figures"]["removed"] == []
    # the figure's paragraph is the one section whose text changed; the sections titled after axis 2
    # are not reported again (the axis says it)
    (section,) = result["sections"]["changed"]
    assert not section["title_changed"]
    (passage,) = section["passages"]
    edits = [(run["op"], run["text"]) for run in passage["diff"] if run["op"] != "equal"]
    assert edits == [("delete", "650.000"), ("insert", "660.000")]
    assert result["sections"]["added"] == result["sections"]["removed"] == []
    for kind in ("explainers", "contacts"):
        assert result[kind] == {"added": [], "removed": [], "changed": []}


# --- reports ---------------------------------------------------------------------------------------------


def test_the_text_report_groups_changes_by_axis(
    crte: tuple[DocumentInfo, Outline], revised: tuple[DocumentInfo, Outline]
) -> None:
    report = format_comparison(compare_editions(crte, revised))
    axis_2, axis_3 = report.index("Axe 2 — Un territoire en archipel"), report.index("Axe 3 — ")
    assert axis_2 < report.index("Projet ajouté\u00a0: Création d'une maison de santé à Avion") < axis_3
    assert axis_3 < report.index("Projet retiré\u00a0: Vivalley Campus")
    assert "[-650.000-]{+660.000+}" in report
    assert "Chiffre modifié\u00a0: 650 000 habitants → 660 000 habitants" in report
    assert format_comparison(compare_editions(crte, crte)).endswith(
        "Aucune différence entre les deux éditions.\n"
    )


def test_the_html_report_links_into_both_editions_and_escapes_the_text(
    crte: tuple[DocumentInfo, Outline], revised: tuple[DocumentInfo, Outline]
) -> None:
    page = comparison_html(compare_editions(crte, revised))
    old_id, new_id = crte[0].id, revised[0].id
    assert re.search(rf'href="artois://doc/{new_id}/passage/p4\.\d+"', page)  # the added project: new edition
    assert re.search(rf'href="artois://doc/{old_id}/passage/p7\.\d+"', page)  # the removed one: old edition
    assert "Création d&#x27;une maison de santé à Avion" in page
    hostile = Outline(projects=(project("pr1", "<script>alert(1)</script> & co"),))
    html = comparison_html(compare_editions((OLD, Outline()), (NEW, hostile)))
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html


def test_long_unchanged_text_is_shortened_around_the_edits() -> None:
    diff = word_diff(
        "a " * 200 + "trois agglomérations " + "b " * 200, "a " * 200 + "quatre agglomérations " + "b " * 200
    )
    text = "".join(run.text for run in shorten(diff))
    assert len(text) < 200 and text.startswith("…") and text.endswith("…")
    assert "trois" in text and "quatre" in text
