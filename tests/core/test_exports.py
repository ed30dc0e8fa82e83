"""Exports: vCard 3.0, CSV for French Excel, the outline CSV, and the printable fiche (rendered with Qt)."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import unicodedata
import zipfile
from datetime import date
from pathlib import Path

import pytest
from structure_support import crte_text, document_from_text, info_of

from artois_reader.core.document import Contact, DocumentInfo, Outline
from artois_reader.core.exports import (
    BOM,
    FicheKind,
    contact_vcard,
    contacts_csv,
    contacts_vcard,
    csv_bytes,
    csv_text,
    fiche_hit,
    fiche_html,
    fiche_passage,
    fiche_project,
    fiche_section,
    fold_vcard_line,
    french_date,
    outline_csv,
    split_address,
    vcard_escape,
    write_export,
)
from artois_reader.core.structure import extract_outline

PMA = Contact(
    "Pôle Métropolitain de l'Artois",
    8,
    ("03 74 14 00 21",),
    ("contact@pm-artois.fr",),
    ("www.polemetropolitainartois.fr",),
    "32 Rue Casimir Beugnet, 62300 Lens, France",
    "p8.3",
)


@pytest.fixture(scope="module")
def crte() -> tuple[DocumentInfo, Outline]:
    document = document_from_text(crte_text())
    return info_of(document), extract_outline(document)


def unfold(text: str) -> list[str]:
    """RFC 6350 §3.2: a CRLF followed by one space or tab is removed."""
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")


# --- vCard ---------------------------------------------------------------------------------------------


def test_a_contact_is_one_vcard_3_with_its_organisation_phone_mail_site_and_address() -> None:
    lines = unfold(contact_vcard(PMA))
    assert lines[:3] == ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Artois Reader//Artois Reader//FR"]
    assert lines[-2:] == ["END:VCARD", ""]
    assert "FN:Pôle Métropolitain de l'Artois" in lines and "ORG:Pôle Métropolitain de l'Artois" in lines
    assert "N:;;;;" in lines  # required by vCard 3.0; empty for a company
    assert "TEL;TYPE=work,voice:03 74 14 00 21" in lines
    assert "EMAIL;TYPE=internet,work:contact@pm-artois.fr" in lines
    assert "URL:https://www.polemetropolitainartois.fr" in lines
    assert "ADR;TYPE=work:;;32 Rue Casimir Beugnet;Lens;;62300;France" in lines


def test_vcard_text_is_escaped() -> None:
    assert vcard_escape("Bruay, Artois; Lys\\Romane\nligne 2") == "Bruay\\, Artois\\; Lys\\\\Romane\\nligne 2"
    card = contact_vcard(Contact("Agence; d'urbanisme, de l'Artois", 2, emails=("a@b.fr",)))
    assert "ORG:Agence\\; d'urbanisme\\, de l'Artois\r\n" in card


def test_long_lines_are_folded_at_75_octets_without_cutting_a_character() -> None:
    line = "NOTE:" + "é" * 60 + "x" * 40 + "€" * 30
    folded = fold_vcard_line(line)
    physical = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert all(part.startswith(" ") for part in physical[1:])
    assert "".join(part[1:] if i else part for i, part in enumerate(physical)) == line
    folded.encode("utf-8").decode("utf-8")  # every piece is whole UTF-8


def test_every_line_of_the_crte_contacts_ends_with_crlf_and_fits(crte: tuple[DocumentInfo, Outline]) -> None:
    info, outline = crte
    text = contacts_vcard(outline.contacts, info)
    assert text.count("BEGIN:VCARD") == len(outline.contacts) == 2
    assert "\n" not in text.replace("\r\n", "") and text.endswith("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert not text.startswith(BOM)
    notes = [line for line in unfold(text) if line.startswith("NOTE:")]
    assert notes[0].startswith("NOTE:crte\\, version 1\\, p. ")


@pytest.mark.parametrize(
    ("address", "street", "postcode", "town", "country"),
    [
        ("32 Rue Casimir Beugnet, 62300 Lens, France", "32 Rue Casimir Beugnet", "62300", "Lens", "France"),
        (
            "Bâtiment B, 10 place de la Gare, 62400 Béthune",
            "Bâtiment B, 10 place de la Gare",
            "62400",
            "Béthune",
            "",
        ),
        ("Parc des Industries Artois-Flandres", "Parc des Industries Artois-Flandres", "", "", ""),
    ],
)
def test_a_french_address_is_split_for_adr(
    address: str, street: str, postcode: str, town: str, country: str
) -> None:
    parts = split_address(address)
    assert (parts.street, parts.postcode, parts.town, parts.country) == (street, postcode, town, country)


# --- CSV -----------------------------------------------------------------------------------------------


def test_csv_is_semicolon_separated_crlf_and_written_with_a_bom() -> None:
    text = csv_text(["Nom", "Valeur"], [["Liévin; Lens", 'dit "oui"'], ["=SOMME(A1)", "+33 3 21"]])
    assert text == 'Nom;Valeur\r\n"Liévin; Lens";"dit ""oui"""\r\n\'=SOMME(A1);\'+33 3 21\r\n'
    data = csv_bytes(text)
    assert data.startswith(b"\xef\xbb\xbf") and data.decode("utf-8-sig") == text
    assert csv_bytes(BOM + text) == data  # never two BOMs


def test_contacts_csv_has_one_row_per_contact(crte: tuple[DocumentInfo, Outline]) -> None:
    info, outline = crte
    rows = list(csv.reader(io.StringIO(contacts_csv(outline.contacts, info)), delimiter=";"))
    assert rows[0] == [
        "Organisation",
        "Téléphones",
        "Courriels",
        "Sites web",
        "Adresse",
        "Page",
        "Document",
        "Version",
    ]
    assert [row[0] for row in rows[1:]] == ["Pôle Métropolitain de l'Artois", "Euralens"]
    assert rows[1][1:3] == ["03 74 14 00 21", "contact@pm-artois.fr"]


def test_the_outline_csv_lists_axes_sections_and_projects_with_places(
    crte: tuple[DocumentInfo, Outline],
) -> None:
    _info, outline = crte
    rows = list(csv.reader(io.StringIO(outline_csv(outline)), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header == [
        "Type",
        "Axe",
        "Titre de l'axe",
        "Titre",
        "Page",
        "Lieux",
        "Porteurs",
        "Section",
        "Passage",
    ]
    kinds = [row[0] for row in body]
    assert kinds.count("axe") == 3 and kinds.count("projet") == len(outline.projects) == 17
    assert kinds.count("section") == len(outline.sections)
    noroxo = next(row for row in body if row[3].startswith("Requalification de la Friche Noroxo"))
    assert (noroxo[1], noroxo[5]) == ("1", "Friche Noroxo, Harnes")
    axis_rows = [index for index, kind in enumerate(kinds) if kind == "axe"]
    assert all(body[i][1] == str(n) for i, n in zip(axis_rows, (1, 2, 3), strict=True))


def test_an_export_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "contacts.csv"
    write_export(target, csv_bytes("a;b\r\n"))
    assert target.read_bytes() == b"\xef\xbb\xbfa;b\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["contacts.csv"]


# --- the fiche -----------------------------------------------------------------------------------------


def three_projects(crte: tuple[DocumentInfo, Outline]):
    info, outline = crte
    wanted = (
        "Requalification de la Friche Noroxo",
        "Aménagement de l'Eurovélo",
        "Rénovation de la Chartreuse",
    )
    projects = [next(p for p in outline.projects if p.title.startswith(start)) for start in wanted]
    return [fiche_project(info, outline, project.id) for project in projects]


def test_a_project_item_carries_its_reference_and_details(crte: tuple[DocumentInfo, Outline]) -> None:
    noroxo = three_projects(crte)[0]
    assert noroxo.kind is FicheKind.PROJECT and noroxo.title == "Requalification de la Friche Noroxo (Harnes)"
    assert dict(noroxo.details) == {"Lieux": "Friche Noroxo, Harnes"}
    ref = noroxo.reference
    assert (ref.document_title, ref.version, ref.axis, ref.page) == ("crte", 1, 1, 3)
    assert ref.axis_title.startswith("L'éco-transition") and ref.passage_id.startswith("p3.")


def test_sections_passages_and_search_results_become_items(crte: tuple[DocumentInfo, Outline]) -> None:
    from artois_reader.core.document import PassageKind, SearchHit

    info, outline = crte
    section = next(s for s in outline.sections if s.title == "Prendre soin des milieux")
    item = fiche_section(info, outline, section.id)
    assert item.kind is FicheKind.SECTION and len(item.paragraphs) >= 2 and item.reference.axis == 2
    passage = outline.passages[5]
    hit = SearchHit(
        info.id, 1, PassageKind.SECTION, "Un titre", None, passage.page, 1.0, "…", "…", passage.id
    )
    result = fiche_hit(info, outline, hit, "mobilité douce")
    assert result.kind is FicheKind.SEARCH_RESULT and result.paragraphs == (passage.text,)
    assert dict(result.details) == {"Recherche": "mobilité douce"}
    assert fiche_passage(info, outline, passage.id).kind is FicheKind.PASSAGE
    with pytest.raises(KeyError):
        fiche_project(info, outline, "pr999")


def test_the_fiche_html_has_title_date_items_and_references_escaped(
    crte: tuple[DocumentInfo, Outline],
) -> None:
    items = three_projects(crte)
    page = fiche_html(items, title="Réunion <CRTE> & suivi", day=date(2026, 11, 25))
    assert "<h1" in page and "Réunion &lt;CRTE&gt; &amp; suivi" in page and "<CRTE>" not in page
    assert "25 novembre 2026 · 3 éléments" in page
    assert page.count("<h2") == 3 and "1. Requalification de la Friche Noroxo (Harnes)" in page
    assert page.count("<b>Source</b>") == 3 and "version 1 (id 0123456789ab)" in page
    assert not re.search(r"\(p\d+\.\d+\)", page)  # no passage code a reader cannot use
    assert "Axe 1 — L&#x27;éco-transition" in page
    for tag in re.findall(r"<(\w+)", page):  # the subset QTextDocument renders
        assert tag in {
            "html",
            "head",
            "meta",
            "title",
            "body",
            "h1",
            "h2",
            "p",
            "hr",
            "table",
            "tr",
            "td",
            "b",
        }


def test_dates_are_written_the_french_way() -> None:
    assert french_date(date(2026, 5, 1)) == "1er mai 2026"
    assert french_date(date(2026, 8, 15)) == "15 août 2026"
    assert french_date(date(2026, 8, 15), "en") == "15 August 2026"


@pytest.fixture
def rendered_fiche(qapp, crte: tuple[DocumentInfo, Outline], tmp_path: Path) -> tuple[Path, str]:
    """The fiche of three projects printed to PDF the way the app does: QTextDocument to QPdfWriter."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    html = fiche_html(three_projects(crte), title="Réunion du comité de pilotage", day=date(2026, 11, 25))
    path = tmp_path / "fiche.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle("Réunion du comité de pilotage")
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer  # finishes the file
    return path, html


def test_a_fiche_of_three_projects_prints_to_a_pdf_that_holds_them(rendered_fiche: tuple[Path, str]) -> None:
    from pypdf import PdfReader

    path, _html = rendered_fiche
    reader = PdfReader(path)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    text = unicodedata.normalize("NFKC", text)  # the PDF's "ﬁ" ligature is "fi"
    assert len(reader.pages) == 1
    for words in (
        "Réunion du comité de pilotage",
        "25 novembre 2026",
        "1. Requalification de la Friche Noroxo (Harnes)",
        "2. Aménagement de l'Eurovélo",
        "3. Rénovation de la Chartreuse des dames de Gosnay",
        "version 1 (id 0123456789ab)",
    ):
        assert words in text, words
    assert text.count("Source") == 3


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_the_fiche_pdf_page_renders_to_an_image(rendered_fiche: tuple[Path, str], tmp_path: Path) -> None:
    """Page 1 as PNG (what a reviewer looks at: docs/editions.md shows it)."""
    from PySide6.QtGui import QImage

    path, _html = rendered_fiche
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")], check=True
    )
    (png,) = tmp_path.glob("page*.png")
    image = QImage(str(png))
    assert (image.width(), image.height()) == (496, 702)  # A4 at 60 dpi
    inked = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).lightness() < 160
    )
    assert inked > 500  # text on the page, not a blank sheet


def test_the_fiche_saves_as_odt_with_qt_alone(
    qapp, crte: tuple[DocumentInfo, Outline], tmp_path: Path
) -> None:
    from PySide6.QtGui import QTextDocument, QTextDocumentWriter

    document = QTextDocument()
    document.setHtml(fiche_html(three_projects(crte), day=date(2026, 11, 25)))
    path = tmp_path / "fiche.odt"
    writer = QTextDocumentWriter(str(path), b"odf")
    assert writer.write(document)
    with zipfile.ZipFile(path) as odt:
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = odt.read("content.xml").decode("utf-8")
    assert "Requalification de la Friche Noroxo (Harnes)" in content and "Fiche de réunion" in content
