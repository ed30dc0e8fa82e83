"""The whole outline of the bundled CRTE against the hand-made reference, in three editions:
the OCR text file, and PDF editions of the same text in two layouts (tools/make_crte_pdf.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from structure_support import (
    crte_text,
    document_from_pdf,
    document_from_text,
    expected,
    info_of,
    key,
    pdf_maker,
    precision_recall,
    same_name,
)

from artois_reader.core.document import Document, Outline, PassageKind, from_json, to_json
from artois_reader.core.structure import extract_outline, format_outline, outline_report
from artois_reader.core.structure.words import fold

EDITIONS = ("text", "pdf-two-column", "pdf-one-column")
REFERENCE = expected()


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Document, Outline]]:
    built = {}
    text = crte_text()
    document = document_from_text(text)
    built["text"] = (document, extract_outline(document))
    for layout in ("two-column", "one-column"):
        path = Path(tmp_path_factory.mktemp("pdf")) / f"crte-{layout}.pdf"
        pdf_maker().make_pdf(text, path, layout)
        document = document_from_pdf(path)
        built[f"pdf-{layout}"] = (document, extract_outline(document))
    return built


@pytest.fixture(params=EDITIONS)
def edition(request: pytest.FixtureRequest, editions) -> tuple[Document, Outline]:
    return editions[request.param]


def test_three_axes_with_full_titles_and_development_pages(edition) -> None:
    _document, outline = edition
    assert [axis.number for axis in outline.axes] == [1, 2, 3]
    for axis, reference in zip(outline.axes, REFERENCE["axes"], strict=True):
        assert key(axis.title) == key(reference["title"])
        assert axis.page == reference["page"]


def test_each_axis_has_its_sections_in_order(edition) -> None:
    _document, outline = edition
    for axis, reference in zip(outline.axes, REFERENCE["axes"], strict=True):
        titles = [outline.section(section_id).title for section_id in axis.section_ids]
        assert [key(t) for t in titles] == [key(t) for t in reference["sections"]]


def test_introduction_governance_and_back_matter_are_outside_axes(edition) -> None:
    _document, outline = edition
    outside = [section for section in outline.sections if section.axis is None]
    assert [(key(s.title), s.page) for s in outside] == [
        (key(r["title"]), r["page"]) for r in REFERENCE["sections_outside_axes"]
    ]


def test_every_example_project_sits_under_the_axis_it_is_developed_in(edition) -> None:
    _document, outline = edition
    found = [(key(p.title), p.axis, p.page) for p in outline.projects]
    assert found == [(key(r["title"]), r["axis"], r["page"]) for r in REFERENCE["projects"]]
    assert [len(outline.axes[n].project_ids) for n in range(3)] == [4, 7, 6]


def test_projects_carry_the_places_and_organisations_they_name(edition) -> None:
    _document, outline = edition
    for project, reference in zip(outline.projects, REFERENCE["projects"], strict=True):
        assert sorted(map(fold, project.places)) == sorted(map(fold, reference["places"])), project.title
        assert len(project.organizations) == len(reference["organizations"]), project.title
        for name, other in zip(project.organizations, reference["organizations"], strict=True):
            assert same_name(name, other), project.title


def test_the_three_explainer_boxes(edition) -> None:
    _document, outline = edition
    assert len(outline.explainers) == 3
    for explainer, reference in zip(outline.explainers, REFERENCE["explainers"], strict=True):
        assert key(explainer.term) == key(reference["term"])
        assert explainer.page == reference["page"]
        assert key(explainer.text).startswith(key(reference["text_starts"]))
        assert key(explainer.text).endswith(key(reference["text_ends"]))


def test_both_contact_blocks_exactly(edition) -> None:
    _document, outline = edition
    found = [
        (fold(c.organization), c.page, list(c.phones), list(c.emails), list(c.websites), c.address)
        for c in outline.contacts
    ]
    assert found == [
        (fold(r["organization"]), r["page"], r["phones"], r["emails"], r["websites"], r["address"])
        for r in REFERENCE["contacts"]
    ]


def test_the_solar_cadastre_screenshot_gives_no_contact(edition) -> None:
    _document, outline = edition
    assert not any("Casimir" in (c.address or "") for c in outline.contacts)
    assert not any("cadastre" in w for c in outline.contacts for w in c.websites)


def test_tools_and_structures_with_their_description(edition) -> None:
    _document, outline = edition
    assert [fold(t.name) for t in outline.tools] == [fold(name) for name in REFERENCE["tools"]]
    assert all(len(t.description.split()) >= 3 for t in outline.tools)
    syndicate = next(t for t in outline.tools if t.name.startswith("Syndicat"))
    assert syndicate.description.startswith("organisateur des mobilités")


def test_key_figures(edition) -> None:
    _document, outline = edition
    found = [(f.value, f.unit, f.page) for f in outline.figures]
    assert found == [(r["value"], r["unit"], r["page"]) for r in REFERENCE["figures"]]
    label = next(f.label for f in outline.figures if f.unit == "km")
    assert "voies vertes" in label


def test_acronyms_defined_in_the_text(edition) -> None:
    _document, outline = edition
    found = {a.short: a.long for a in outline.acronyms}
    assert sorted(found) == sorted(r["short"] for r in REFERENCE["acronyms"])
    for reference in REFERENCE["acronyms"]:
        assert same_name(found[reference["short"]], reference["long"]), reference["short"]


def test_places_are_found_with_few_misses_and_little_noise(edition) -> None:
    _document, outline = edition
    precision, recall, noise, missed = precision_recall([m.name for m in outline.places], REFERENCE["places"])
    known_misses = {r["name"] for r in REFERENCE["places"] if r.get("missed")}
    assert precision >= 0.95, noise
    assert set(missed) <= known_misses, missed
    assert recall >= 0.85


def test_place_mentions_know_their_pages(edition) -> None:
    _document, outline = edition
    pages = {fold(m.name): list(m.pages) for m in outline.places}
    for name, reference in REFERENCE["place_pages"].items():
        assert pages[fold(name)] == reference, name


def test_organisations_are_found_with_few_misses_and_little_noise(edition) -> None:
    _document, outline = edition
    found = [m.name for m in outline.organizations]
    precision, recall, noise, missed = precision_recall(found, REFERENCE["organizations"])
    known_misses = {r["name"] for r in REFERENCE["organizations"] if r.get("missed")}
    assert precision >= 0.9, noise
    assert not [name for name in noise if len(name.split()) == 2], noise  # a head and a broken word
    assert set(missed) <= known_misses, missed
    assert recall >= 0.85


def test_an_organisation_is_listed_once_under_all_its_names(edition) -> None:
    """ "Culture Commune, Scène nationale du Bassin Minier…" (p. 2) and « la Scène nationale Culture
    Commune » (p. 6) are one body; « IUT de Lens et de Béthune » is not cut to « IUT de Lens »."""
    _document, outline = edition
    found = [m.name for m in outline.organizations]
    for entry in REFERENCE["organizations"]:
        names = [entry["name"], *entry.get("aliases", [])]
        listed = [name for name in found if any(same_name(name, other) for other in names)]
        assert len(listed) <= 1, listed


def test_every_block_is_one_passage_in_reading_order(edition) -> None:
    document, outline = edition
    expected_ids = [f"p{page.number}.{n}" for page in document.pages for n in range(1, len(page.blocks) + 1)]
    assert [p.id for p in outline.passages] == expected_ids
    sections = {s.id for s in outline.sections}
    assert all(p.section_id in sections for p in outline.passages)


def test_passages_say_what_they_are(edition) -> None:
    _document, outline = edition
    kinds = {p.id: p.kind for p in outline.passages}
    assert all(kinds[p.passage_id] is PassageKind.PROJECT for p in outline.projects)
    assert [kinds[c.passage_id] for c in outline.contacts] == [PassageKind.CONTACT] * 2
    assert sum(kind is PassageKind.EXPLAINER for kind in kinds.values()) >= 3
    by_id = {p.id: p for p in outline.passages}
    assert {by_id[p.passage_id].axis for p in outline.projects} == {1, 2, 3}


def test_report_has_the_shape_the_cli_prints(editions) -> None:
    document, outline = editions["text"]
    report = outline_report(info_of(document), outline)
    assert set(report) >= {"document", "axes", "projects", "explainers", "contacts", "organizations"}
    assert set(report) >= {"places", "figures", "tools", "acronyms"}
    assert report["document"] == {"id": document.id, "title": document.title, "version": 1, "pages": 10}
    axis = report["axes"][1]
    assert set(axis) == {"number", "title", "page", "sections", "projects"}
    assert set(axis["sections"][0]) == {"title", "page", "text"}
    assert len(axis["projects"]) == 7
    assert set(report["projects"][0]) == {"title", "axis", "page", "places", "organizations"}
    assert set(report["contacts"][0]) == {"organization", "phones", "emails", "websites", "address"}
    assert set(report["places"][0]) == {"name", "pages"}
    assert set(report["figures"][0]) == {"value", "unit", "label", "page"}


def test_readable_outline_lists_axes_projects_and_contacts(editions) -> None:
    document, outline = editions["text"]
    text = format_outline(info_of(document), outline)
    assert "Axe 3 — Une vie sociale" in text
    assert "    • Requalification de la Friche Noroxo (Harnes) (p. 3) — lieux : Friche Noroxo, Harnes" in text
    assert "03 21 20 50 46" in text


def test_outline_survives_the_json_round_trip(editions) -> None:
    _document, outline = editions["text"]
    assert from_json(Outline, to_json(outline)) == outline
