"""Search on the bundled CRTE, through the app's own pipeline (read, clean, structure, index).

Relevance is judged on what the hit says (its cleaned text, folded), not on passage ids, so that
these tests hold while cleaning and structure extraction improve.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from artois_reader.core.analysis import fold
from artois_reader.core.cleaning import clean_pages
from artois_reader.core.document import Document, DocumentInfo, PassageKind, SearchHit, SourceKind
from artois_reader.core.search_index import SearchIndex, build_index
from artois_reader.core.structure import extract_outline
from artois_reader.core.text_file import read_text_file


@pytest.fixture(scope="module")
def crte(tmp_path_factory: pytest.TempPathFactory, crte_text_path: Path) -> SearchIndex:
    pages = clean_pages(read_text_file(crte_text_path).pages)
    document = Document("c0ffee000001", "CRTE", 1, "0" * 64, "crte.txt", SourceKind.TEXT, "", pages)
    outline = extract_outline(document)
    folder = tmp_path_factory.mktemp("crte-index")
    build_index(folder, [(_info(document), outline)])
    with SearchIndex.open(folder) as index:
        yield index


def _info(document: Document) -> DocumentInfo:
    return DocumentInfo(
        document.id, document.title, 1, document.sha256, "crte.txt", SourceKind.TEXT, "", document.page_count
    )


def says(hit: SearchHit, pattern: str) -> bool:
    """Whether the hit's text (snippet and title, folded) matches a regular expression."""
    return re.search(pattern, fold(f"{hit.title}\n{hit.snippet}")) is not None


@pytest.mark.parametrize(
    ("query", "pattern", "within"),
    [
        ("coeur de ville", r"c[oc]eurs? de villes?", 3),  # accent-less, œ typed oe
        ("pole metropolitain", r"pole metropolitain", 3),
        ("friches", r"friche", 3),
        ("friche", r"friches", 5),  # singular finds the plural
        ("filieres", r"filieres", 3),
        ("l'emploi", r"emploi", 3),  # elided
        ("hopital", r"hopital", 2),
        ("GHT", r"\bght\b|groupement hospitalier", 2),
        ("ZAN", r"zero artificialisation nette", 1),  # the glossary's expansion
        ("renover batiments", r"renovation des batiments", 1),  # verb -> noun
        ("dépolluer les sols", r"depollution des sols", 1),
        ("recycler", r"recyclage", 3),
        ("Pdle", r"\bpole\b", 3),  # an OCR form finds the real word
        ("ilots de chaleur", r"lots de chaleur", 1),
    ],
)
def test_french_and_ocr_forms_find_the_right_passages(
    crte: SearchIndex, query: str, pattern: str, within: int
) -> None:
    hits = crte.search(query, limit=within).hits
    assert any(says(hit, pattern) for hit in hits), (query, [h.snippet[:80] for h in hits])


def test_telephone_of_an_organisation_comes_first(crte: SearchIndex) -> None:
    hit = crte.search("telephone euralens").hits[0]
    assert hit.kind == PassageKind.CONTACT
    assert re.search(r"03 ?21 ?20 ?50 ?46", hit.snippet)


def test_question_finds_the_explainer_first(crte: SearchIndex) -> None:
    hit = crte.search("c'est quoi la chaine des parcs").hits[0]
    assert hit.kind == PassageKind.EXPLAINER
    assert says(hit, r"chaine des parcs reunit")


def test_a_projects_name_finds_the_project_first(crte: SearchIndex) -> None:
    hit = crte.search("Noroxo").hits[0]
    assert hit.kind == PassageKind.PROJECT
    assert says(hit, r"friche noroxo")


def test_damaged_query_gets_a_suggestion(crte: SearchIndex) -> None:
    assert crte.suggest("Pdle") == "Pôle"
    assert crte.suggest("metropolitian") == "métropolitain"


def test_nonsense_finds_nothing(crte: SearchIndex) -> None:
    for query in ("xqzwv", "blorptk fizzwug", "asdfghjkl"):
        result = crte.search(query)
        assert result.hits == () and result.total == 0, query


def test_highlighted_terms_are_words_of_the_passage(crte: SearchIndex) -> None:
    hit = crte.search("filieres").hits[0]
    assert hit.terms and all(term in hit.snippet for term in hit.terms)
    assert all(fold(term).startswith("filier") for term in hit.terms)
