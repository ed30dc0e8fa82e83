"""The meeting fiche (issue 8): items added from the reader, the contents and the search results, kept
across sessions, reordered and removed in the dialog, exported to an A4 PDF (read back with pypdf:
its text and each item's reference) and to ODT; and the exports of contacts and contents."""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from artois_reader.ui.fiche import FicheEntry, add_entry
from artois_reader.ui.navigation import Place, View
from artois_reader.ui.settings import Settings


def test_an_entry_round_trips_and_is_added_once(temp_home: Path) -> None:
    entry = FicheEntry("hit", "abc123def456", "p3.2", "friches", "Requalification")
    assert FicheEntry.from_dict(entry.to_dict()) == entry
    assert FicheEntry.from_dict({"kind": "unknown"}) is None
    entries, added = add_entry([], entry)
    assert added and add_entry(entries, entry) == (entries, False)
    settings = Settings(temp_home)
    settings.fiche = entries
    settings.sync()
    assert Settings(temp_home).fiche == [entry]  # kept across sessions


@pytest.fixture
def application(open_window, crte_library):
    return open_window(crte_library)


def _projects(window) -> list:
    edition = next(iter(window.editions.values()))
    return [p for p in edition.outline.projects if p.passage_id][:3]


def test_three_projects_make_a_pdf_fiche_with_their_references(
    qtbot, application, monkeypatch, tmp_path: Path
) -> None:
    window = application.window
    doc = next(iter(window.editions))
    projects = _projects(window)
    for project in projects:  # from the contents' context menu
        window.outline.fiche_requested.emit(Place(doc, View.PASSAGE, project.passage_id))
    assert [e.kind for e in window.settings.fiche] == ["project"] * 3
    assert "3 éléments" in window.statusBar().currentMessage()
    window.outline.fiche_requested.emit(Place(doc, View.PASSAGE, projects[0].passage_id))
    assert "Déjà dans la fiche" in window.statusBar().currentMessage()
    dialog = window.run("fiche_commands", "open_fiche")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3
    dialog.list.setCurrentRow(2)
    dialog.move_current(-2)  # the third project first
    assert [e.target for e in window.settings.fiche] == [projects[2].id, projects[0].id, projects[1].id]
    dialog.title_box.setText("Comité de pilotage du 3 mars")
    pdf = tmp_path / "fiche.pdf"
    monkeypatch.setattr("artois_reader.ui.dialogs.choose_save_path", lambda *args: pdf)
    assert dialog.export("pdf") == pdf
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    # NFKC: Qt writes ligature glyphs (ﬁ), which pypdf reads back as such
    text = unicodedata.normalize("NFKC", " ".join(" ".join(p.extract_text().split()) for p in reader.pages))
    assert "Comité de pilotage du 3 mars" in text
    for project in projects:
        assert " ".join(project.title.split())[:30] in text
    info = window.editions[doc].info
    assert text.count("Source") == 3 and info.id in text and f"version {info.version}" in text
    assert text.index(projects[2].title[:20]) < text.index(projects[0].title[:20])  # in the order chosen
    odt = tmp_path / "fiche.odt"
    monkeypatch.setattr("artois_reader.ui.dialogs.choose_save_path", lambda *args: odt)
    assert dialog.export("odt") == odt
    with zipfile.ZipFile(odt) as archive:
        content = archive.read("content.xml").decode("utf-8")
    assert "Comité de pilotage du 3 mars" in content and info.id in content
    dialog.close()
    assert window.settings.fiche_title == "Comité de pilotage du 3 mars"


def test_the_reader_and_the_search_results_add_to_the_fiche(qtbot, application) -> None:
    window = application.window
    doc = next(iter(window.editions))
    edition = window.editions[doc]
    section = edition.outline.sections[1]
    window.open_place(Place(doc, View.SECTION, section.id))
    window.actions.add_to_fiche.trigger()
    with qtbot.waitSignal(window.search.results_shown, timeout=20_000) as shown:
        window.search.set_query("friches")
    hit = shown.args[0].hits[0]
    window.search.fiche_requested.emit(hit)
    window.open_place(Place(doc))  # the overview is not an item
    window.actions.add_to_fiche.trigger()
    assert "Ouvrez une section" in window.statusBar().currentMessage()
    entries = window.settings.fiche
    assert [(e.kind, e.target) for e in entries] == [("section", section.id), ("hit", hit.passage_id)]
    assert entries[1].query == "friches"
    dialog = window.run("fiche_commands", "open_fiche")
    qtbot.addWidget(dialog)
    assert "Recherche" in dialog.preview.toPlainText() and "friches" in dialog.preview.toPlainText()
    dialog.list.setCurrentRow(0)
    dialog.remove_current()
    assert [e.kind for e in window.settings.fiche] == ["hit"]
    dialog.clear_all()
    assert window.settings.fiche == [] and not dialog.pdf_button.isEnabled()
    dialog.close()


def test_contacts_and_contents_are_exported(qtbot, application, monkeypatch, tmp_path: Path) -> None:
    window = application.window
    targets = iter([tmp_path / "contacts.vcf", tmp_path / "contacts.csv", tmp_path / "sommaire.csv"])
    monkeypatch.setattr("artois_reader.ui.dialogs.choose_save_path", lambda *args: next(targets))
    window.actions.export_contacts_vcard.trigger()
    window.actions.export_contacts_csv.trigger()
    window.actions.export_outline_csv.trigger()
    vcard = (tmp_path / "contacts.vcf").read_bytes()
    assert vcard.startswith(b"BEGIN:VCARD\r\nVERSION:3.0") and "Pôle Métropolitain".encode() in vcard
    contacts = (tmp_path / "contacts.csv").read_bytes().decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(contacts), delimiter=";"))) >= 2
    outline = (tmp_path / "sommaire.csv").read_bytes().decode("utf-8-sig")
    assert "Axe" in outline.splitlines()[1] or "axe" in outline.splitlines()[0].lower()
    assert "Enregistré" in window.statusBar().currentMessage()
