"""A library written by an older release: editions are cleaned again with today's rules."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from artois_reader.core import versions
from artois_reader.core.document import Document, RawPage, from_json
from artois_reader.core.library import DOCUMENT_FILE, OUTLINE_FILE, Library
from artois_reader.core.pipeline import ingest

OCR_TEXT = (
    "Le Pdle Métropolitain de I'Artois soutient la rénovation des batiments publics.\n\n"
    "Exemples de projets\n\n"
    "e Plans de rénovation des batiments publics.\n"
    "e Requalification de la Friche Noroxo (Harnes).\n"
)


@pytest.fixture
def library(temp_home: Path) -> Iterator[Library]:
    opened = Library.open(temp_home)
    yield opened
    opened.close()


def age_edition(folder: Path) -> None:
    """Make a stored edition look like an older release wrote it: no cleaning version, and its
    cleaned text as that release's weaker rules left it (here: the raw text itself)."""
    path = folder / DOCUMENT_FILE
    data = json.loads(path.read_bytes())
    del data["cleaning_version"]
    for page in data["pages"]:
        del page["heading_lines"]
        for block in page["blocks"]:
            block["text"] = block["raw"]
    path.write_text(json.dumps(data), encoding="utf-8")


def test_new_editions_record_the_cleaning_rules_and_the_reader_hints(
    library: Library, tmp_path: Path
) -> None:
    source = tmp_path / "deliberation.txt"
    source.write_text(OCR_TEXT, encoding="utf-8")
    info = ingest(source, library).info
    stored = json.loads((library.edition_dir(info.id) / DOCUMENT_FILE).read_bytes())
    assert stored["cleaning_version"] == versions.CLEANING_VERSION
    assert all("heading_lines" in page for page in stored["pages"])


def test_an_edition_from_an_older_release_is_cleaned_again_and_stored(
    library: Library, tmp_path: Path
) -> None:
    source = tmp_path / "deliberation.txt"
    source.write_text(OCR_TEXT, encoding="utf-8")
    info = ingest(source, library).info
    folder = library.edition_dir(info.id)
    age_edition(folder)
    library.close()

    reopened = Library.open(library.home)
    try:
        document = reopened.load(info.id)
        assert "Métropolitain de l'Artois soutient la rénovation des bâtiments" in document.pages[0].text
        assert "I'Artois" in document.pages[0].raw  # the raw text is never touched
        stored = from_json(Document, json.loads((folder / DOCUMENT_FILE).read_bytes()))
        assert stored.cleaning_version == versions.CLEANING_VERSION
        assert stored.pages[0].text == document.pages[0].text
    finally:
        reopened.close()


def test_a_release_with_new_cleaning_rules_rebuilds_outlines_and_index(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from artois_reader.core import library as library_module

    source = tmp_path / "deliberation.txt"
    source.write_text(OCR_TEXT, encoding="utf-8")
    info = ingest(source, library).info
    folder = library.edition_dir(info.id)
    age_edition(folder)  # the text as the previous release cleaned it…
    data = json.loads((folder / DOCUMENT_FILE).read_bytes())
    data["cleaning_version"] = versions.CLEANING_VERSION  # …which recorded its own rules' version
    (folder / DOCUMENT_FILE).write_text(json.dumps(data), encoding="utf-8")
    library.close()
    newer = versions.CLEANING_VERSION + 1  # this release's rules
    monkeypatch.setattr(library_module, "CLEANING_VERSION", newer)
    monkeypatch.setattr(library_module, "OUTLINE_KEY", f"{versions.STRUCTURE_VERSION}.{newer}")

    reopened = Library.open(library.home)
    try:
        hits = reopened.search_index().search("batiments publics").hits
        assert hits and all("bâtiments" in hit.snippet for hit in hits)
        assert json.loads((folder / DOCUMENT_FILE).read_bytes())["cleaning_version"] == newer
        projects = [project.title for project in reopened.outline(info.id).projects]
        assert "Plans de rénovation des bâtiments publics" in projects
    finally:
        reopened.close()


def test_an_outline_made_from_older_cleaning_is_made_again(library: Library, tmp_path: Path) -> None:
    source = tmp_path / "deliberation.txt"
    source.write_text(OCR_TEXT, encoding="utf-8")
    info = ingest(source, library).info
    folder = library.edition_dir(info.id)
    outline_file = folder / OUTLINE_FILE
    data = json.loads(outline_file.read_bytes())
    data["structure_version"] = versions.STRUCTURE_VERSION  # what releases before cleaning versions wrote
    outline_file.write_text(json.dumps(data), encoding="utf-8")
    library.close()

    reopened = Library.open(library.home)
    try:
        titles = [project.title for project in reopened.outline(info.id).projects]
        assert "Plans de rénovation des bâtiments publics" in titles
        assert json.loads(outline_file.read_bytes())["structure_version"] != versions.STRUCTURE_VERSION
    finally:
        reopened.close()


def test_a_read_only_library_cleans_again_without_storing(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "deliberation.txt"
    source.write_text(OCR_TEXT, encoding="utf-8")
    info = ingest(source, library).info
    age_edition(library.edition_dir(info.id))
    library.close()

    from artois_reader.core import library as library_module

    def refuse(path: Path, data: bytes) -> None:
        raise PermissionError(13, "read-only", str(path))

    monkeypatch.setattr(library_module, "write_atomic", refuse)
    reopened = Library.open(library.home)
    try:
        assert "des bâtiments publics" in reopened.load(info.id).pages[0].text
    finally:
        reopened.close()


def test_a_page_gives_back_what_the_reader_read() -> None:
    raw = RawPage(number=3, text="AXE 3\n\nUne vie sociale", heading_lines=("AXE 3",))
    from artois_reader.core.cleaning import clean_pages

    (page,) = clean_pages([raw])
    assert page.as_raw() == raw
