"""Reading PDF files: pages, metadata, outline, heading hints, paragraph breaks, refusals."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from pypdf.errors import LimitReachedError
from pypdf.generic import ArrayObject, ByteStringObject, NameObject, NumberObject, TextStringObject

from artois_reader.core import pdf_text
from artois_reader.core.document import SourceKind
from artois_reader.core.errors import Cancelled, IngestError, Phase, RefusalReason
from artois_reader.core.pdf_text import extract_pdf, is_pdf, normalize_text, pdf_date_to_iso
from artois_reader.core.text_file import read_text_file

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-samples"
FONTS = Path(__file__).resolve().parent.parent.parent / "tools" / "fonts"
TRIVIAL = SAMPLES / "001-trivial" / "minimal-document.pdf"
PASSWORD = SAMPLES / "005-libreoffice-writer-password" / "libreoffice-writer-password.pdf"
OUTLINE = SAMPLES / "006-pdflatex-outline" / "pdflatex-outline.pdf"
NESTED_OUTLINE = SAMPLES / "014-outlines" / "mistitled_outlines_example.pdf"
UNREADABLE_META = SAMPLES / "017-unreadable-meta-data" / "unreadablemetadata.pdf"
XMP = SAMPLES / "020-xmp" / "output_with_metadata_pymupdf.pdf"


def _reason(path: Path, **kwargs: str) -> RefusalReason:
    with pytest.raises(IngestError) as caught:
        extract_pdf(path, **kwargs)
    return caught.value.reason


def _brochure(path: Path, pages: list[list[tuple[str, float, bool]]], *, gap_after: float = 0.0) -> Path:
    """A PDF made on the spot: each page is a list of (line, size in pt, bold)."""
    pdf = FPDF(unit="mm", format=(148, 210))
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSansCondensed.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSansCondensed-Bold.ttf"))
    pdf.set_title("Essai — œuvre")
    pdf.set_author("Équipe")
    for lines in pages:
        pdf.add_page()
        y = 20.0
        for text, size, bold in lines:
            pdf.set_font("DejaVu", "B" if bold else "", size)
            y += size * 0.3528 * 1.2
            pdf.text(15, y, text)
            if text.endswith("."):
                y += gap_after
    try:
        path.write_bytes(bytes(pdf.output()))
    finally:
        for font in pdf.fonts.values():  # fpdf2 leaves its TrueType files open
            font.ttfont.close()
    return path


# --- is_pdf -----------------------------------------------------------------------------------


def test_is_pdf_looks_for_the_header_in_the_first_kilobyte(tmp_path: Path) -> None:
    late = tmp_path / "late.pdf"
    late.write_bytes(b"\x00junk" * 100 + TRIVIAL.read_bytes())
    html = tmp_path / "page.pdf"
    html.write_bytes(b"<!DOCTYPE html><html><body>%PDF-</body></html>".rjust(2000, b" "))
    assert is_pdf(TRIVIAL)
    assert is_pdf(late)
    assert not is_pdf(html)
    assert not is_pdf(tmp_path / "absent.pdf")


# --- refusals ---------------------------------------------------------------------------------


def test_missing_pdf_is_not_found(tmp_path: Path) -> None:
    assert _reason(tmp_path / "absent.pdf") is RefusalReason.NOT_FOUND


def test_zero_byte_pdf_is_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert _reason(empty) is RefusalReason.EMPTY


def test_html_named_pdf_is_unsupported(tmp_path: Path) -> None:
    page = tmp_path / "page.pdf"
    page.write_text("<!DOCTYPE html><html><head><title>Erreur 404</title></head></html>", encoding="utf-8")
    assert _reason(page) is RefusalReason.UNSUPPORTED


def test_random_bytes_named_pdf_are_unsupported(tmp_path: Path) -> None:
    noise = tmp_path / "noise.pdf"
    noise.write_bytes(bytes((index * 7919) % 251 for index in range(20_000)))
    assert _reason(noise) is RefusalReason.UNSUPPORTED


@pytest.mark.parametrize("fraction", [0.3, 0.7, 0.95])
def test_truncated_pdf_is_damaged(tmp_path: Path, crte_pdf_path: Path, fraction: float) -> None:
    data = crte_pdf_path.read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(data[: int(len(data) * fraction)])
    assert _reason(truncated) is RefusalReason.DAMAGED


def test_garbage_after_the_header_is_damaged(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert _reason(broken) is RefusalReason.DAMAGED


def test_broken_cross_reference_is_recovered(tmp_path: Path, crte_pdf_path: Path) -> None:
    data = crte_pdf_path.read_bytes()
    cut = data.rindex(b"startxref")
    repaired = tmp_path / "bad-xref.pdf"
    repaired.write_bytes(data[:cut] + b"startxref\n123\n%%EOF\n")  # points nowhere: pypdf rebuilds it
    document = extract_pdf(repaired)
    assert len(document.pages) == 10
    assert "Réunissant pres de 650.000 habitants" in document.pages[1].text


def test_unreadable_metadata_sample_is_refused_as_damaged() -> None:
    """017's catalog points to a /Pages object that is not in the file (pypdf: "Invalid object in
    /Pages"). Its 4 pages cannot be numbered; scanning the file for page objects finds 3 of them,
    and 2 of those only give U+FFFD (their fonts are missing too). Half a document in an unknown
    order would mislead a reader, so it is refused as damaged rather than ingested."""
    with pytest.raises(IngestError) as caught:
        extract_pdf(UNREADABLE_META)
    assert caught.value.reason is RefusalReason.DAMAGED
    assert "Pages" in caught.value.detail


@pytest.mark.parametrize(
    "sample", ["007-imagemagick-images/imagemagick-lzw.pdf", "019-grayscale-image/grayscale-image.pdf"]
)
def test_image_only_pdf_has_no_text(sample: str) -> None:
    assert _reason(SAMPLES / sample) is RefusalReason.NO_TEXT


def test_pdf_with_only_blank_pages_has_no_text(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_page()
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(bytes(pdf.output()))
    assert _reason(blank) is RefusalReason.NO_TEXT


def test_a_folder_named_pdf_is_refused_as_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "dossier.pdf"
    folder.mkdir()
    assert _reason(folder) is RefusalReason.FOLDER


def test_permission_denied_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    assert _reason(TRIVIAL) is RefusalReason.UNREADABLE


def test_decompression_limits_become_too_long(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(_reader: PdfReader, _index: int) -> tuple[str, tuple[str, ...]]:
        raise LimitReachedError("decompression bomb")

    monkeypatch.setattr(pdf_text, "_page_text", explode)
    assert _reason(TRIVIAL) is RefusalReason.TOO_LONG


def test_one_broken_page_does_not_lose_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = _brochure(
        tmp_path / "three.pdf", [[("Un.", 10, False)], [("Deux.", 10, False)], [("Trois.", 10, False)]]
    )
    real = pdf_text._page_text

    def second_page_fails(reader: PdfReader, index: int) -> tuple[str, tuple[str, ...]]:
        if index == 1:
            raise ValueError("bad content stream")
        return real(reader, index)

    monkeypatch.setattr(pdf_text, "_page_text", second_page_fails)
    with caplog.at_level(logging.WARNING, logger="artois_reader.core.pdf_text"):
        document = extract_pdf(path)
    assert [page.text for page in document.pages] == ["Un.", "", "Trois."]
    assert "page 2 unreadable" in caplog.text


def test_no_readable_page_at_all_is_damaged(monkeypatch: pytest.MonkeyPatch) -> None:
    def always_fails(_reader: PdfReader, _index: int) -> tuple[str, tuple[str, ...]]:
        raise KeyError("/Contents")

    monkeypatch.setattr(pdf_text, "_page_text", always_fails)
    assert _reason(TRIVIAL) is RefusalReason.DAMAGED


def test_pypdf_complaints_go_to_logging_not_stderr(
    tmp_path: Path, crte_pdf_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    data = crte_pdf_path.read_bytes()
    damaged = tmp_path / "bad-xref.pdf"
    damaged.write_bytes(data[: data.rindex(b"startxref")] + b"startxref\n999999\n%%EOF\n")
    extract_pdf(damaged)  # pypdf warns while rebuilding the cross-reference table
    assert capfd.readouterr().err == ""


# --- encryption -------------------------------------------------------------------------------


def test_password_sample_without_password_asks_for_one() -> None:
    assert _reason(PASSWORD) is RefusalReason.PASSWORD_REQUIRED


def test_password_sample_with_a_wrong_password_is_refused() -> None:
    assert _reason(PASSWORD, password="motdepasse") is RefusalReason.PASSWORD_WRONG


def test_password_sample_opens_with_its_password() -> None:
    document = extract_pdf(PASSWORD, password="openpassword")
    assert document.pages[0].text.startswith("Lorem ipsum dolor sit amet")


def _encrypted(tmp_path: Path, user_password: str) -> Path:
    writer = PdfWriter(clone_from=TRIVIAL)
    writer.encrypt(user_password=user_password, owner_password="propriétaire", algorithm="AES-256")
    path = tmp_path / "aes.pdf"
    with path.open("wb") as stream:
        writer.write(stream)
    return path


def test_aes_pdf_with_an_empty_user_password_opens_without_asking(tmp_path: Path) -> None:
    document = extract_pdf(_encrypted(tmp_path, ""))
    assert "Lorem ipsum" in document.pages[0].text


def test_aes_pdf_with_a_user_password(tmp_path: Path) -> None:
    path = _encrypted(tmp_path, "secret")
    assert _reason(path) is RefusalReason.PASSWORD_REQUIRED
    assert _reason(path, password="faux") is RefusalReason.PASSWORD_WRONG
    assert "Lorem ipsum" in extract_pdf(path, password="secret").pages[0].text


def test_a_password_for_an_unencrypted_pdf_is_ignored() -> None:
    assert extract_pdf(TRIVIAL, password="inutile").pages[0].text


# --- pages, metadata, outline ---------------------------------------------------------------


def test_pages_keep_their_numbers_and_text(tmp_path: Path) -> None:
    path = _brochure(
        tmp_path / "trois.pdf",
        [
            [("Première page : l’œuvre.", 11, False)],
            [("Deuxième « page » à 10 €.", 11, False)],
            [("Fin.", 11, False)],
        ],
    )
    document = extract_pdf(path)
    assert document.source_kind is SourceKind.PDF
    assert [page.number for page in document.pages] == [1, 2, 3]
    assert [page.text for page in document.pages] == [
        "Première page : l’œuvre.",
        "Deuxième « page » à 10 €.",
        "Fin.",
    ]
    assert document.metadata.title == "Essai — œuvre"
    assert document.metadata.author == "Équipe"


def test_metadata_of_a_pdflatex_file() -> None:
    metadata = extract_pdf(OUTLINE).metadata
    assert metadata.creator == "LaTeX with hyperref"
    assert metadata.producer == "pdfTeX-1.40.23"
    assert metadata.created == "2022-04-06T20:15:41+02:00"
    assert metadata.modified == "2022-04-06T20:15:41+02:00"
    assert metadata.title == ""


def test_metadata_only_in_xmp_is_found() -> None:
    metadata = extract_pdf(XMP).metadata
    assert metadata.title == "Sample PDF with XMP Metadata"
    assert metadata.author == "John Doe"
    assert metadata.created.startswith("2023-04-10T07:46:54")


def test_garbage_metadata_is_tolerated(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=TRIVIAL)
    writer.add_metadata({"/Title": "provisoire"})
    info = writer._info.get_object()  # the Info dictionary, to write what no API would
    info[NameObject("/Title")] = NumberObject(42)
    info[NameObject("/Author")] = TextStringObject("Jean\x00 Dupont\x07")
    info[NameObject("/Subject")] = ArrayObject([NumberObject(1)])
    info[NameObject("/CreationDate")] = TextStringObject("hier soir")
    info[NameObject("/ModDate")] = TextStringObject("D:20231399999999")
    info[NameObject("/Producer")] = ByteStringObject(b"\xff\xfeW\x00o\x00r\x00d\x00")
    path = tmp_path / "garbage.pdf"
    with path.open("wb") as stream:
        writer.write(stream)
    metadata = extract_pdf(path).metadata
    assert (metadata.title, metadata.author, metadata.subject) == ("", "Jean Dupont", "")
    assert (metadata.created, metadata.modified) == ("", "")
    assert metadata.producer == "Word"


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("D:20220406201541+02'00'", "2022-04-06T20:15:41+02:00"),
        ("D:20220716172303-05'00'", "2022-07-16T17:23:03-05:00"),
        ("D:20220415113826", "2022-04-15T11:38:26"),
        ("D:20230410074654Z07'46'", "2023-04-10T07:46:54+00:00"),
        ("D:20230410074654Z", "2023-04-10T07:46:54+00:00"),
        ("D:2021", "2021-01-01T00:00:00"),
        ("20210701", "2021-07-01T00:00:00"),
        ("D:20211332", ""),
        ("hier", ""),
        ("", ""),
        (None, ""),
        (42, ""),
    ],
)
def test_pdf_dates_become_iso(raw: object, iso: str) -> None:
    assert pdf_date_to_iso(raw) == iso


def test_outline_entries_have_titles_and_page_numbers() -> None:
    outline = extract_pdf(OUTLINE).outline
    assert [(entry.title, entry.page, entry.level) for entry in outline] == [
        ("Foo", 2, 0),
        ("Bar", 2, 0),
        ("Baz", 2, 0),
        ("Foo", 2, 0),
        ("Bar", 3, 0),
        ("Baz", 3, 0),
        ("Foo", 3, 0),
        ("Bar", 4, 0),
        ("Baz", 4, 0),
    ]


def test_nested_outline_keeps_its_levels() -> None:
    outline = extract_pdf(NESTED_OUTLINE).outline
    assert len(outline) == 27
    assert [(entry.title, entry.level) for entry in outline[:7]] == [
        ("First", 0),
        ("Second", 1),
        ("Third", 1),
        ("Fourth", 1),
        ("Fifth", 2),
        ("Sixth", 2),
        ("Seventh", 1),
    ]
    assert {entry.page for entry in outline} <= {2, 3, 4}


def test_pdf_without_outline_has_none() -> None:
    assert extract_pdf(TRIVIAL).outline == ()


# --- heading hints and paragraph breaks -------------------------------------------------------


def test_larger_and_bold_lines_are_heading_hints(tmp_path: Path) -> None:
    page = [
        ("Prendre soin des milieux", 16, True),
        ("Le territoire s'engage dans une", 10, False),
        ("démarche volontariste.", 10, False),
        ("Exemples de projets", 10, True),
        ("Plans de rénovation des bâtiments publics.", 10, False),
        ("note en petit", 7, False),
    ]
    document = extract_pdf(_brochure(tmp_path / "titres.pdf", [page]))
    assert document.pages[0].heading_lines == ("Prendre soin des milieux", "Exemples de projets")


def test_bold_body_does_not_make_every_line_a_heading(tmp_path: Path) -> None:
    page = [("Tout en gras.", 10, True), ("Encore du gras.", 10, True), ("Plus grand", 14, True)]
    document = extract_pdf(_brochure(tmp_path / "gras.pdf", [page]))
    assert document.pages[0].heading_lines == ("Plus grand",)


def test_pdflatex_section_titles_are_heading_hints() -> None:
    pages = extract_pdf(OUTLINE).pages
    assert pages[0].heading_lines == ("Contents",)  # the bold table of contents is that page's body
    assert pages[1].heading_lines == ("1 Foo", "2 Bar", "3 Baz", "4 Foo")


def test_google_docs_headings_are_heading_hints() -> None:
    headings = (
        extract_pdf(SAMPLES / "011-google-doc-document" / "google-doc-document.pdf").pages[0].heading_lines
    )
    assert headings[0] == "Example document"


def test_a_wide_vertical_gap_becomes_a_blank_line(tmp_path: Path) -> None:
    page = [
        ("Premier paragraphe, ligne un,", 10, False),
        ("ligne deux.", 10, False),
        ("Second paragraphe, ligne un,", 10, False),
        ("ligne deux.", 10, False),
        ("Fin.", 10, False),
    ]
    document = extract_pdf(_brochure(tmp_path / "paragraphes.pdf", [page], gap_after=3.0))
    assert document.pages[0].text == (
        "Premier paragraphe, ligne un,\nligne deux.\n\nSecond paragraphe, ligne un,\nligne deux.\n\nFin."
    )


def test_two_latex_columns_are_read_in_order() -> None:
    text = extract_pdf(SAMPLES / "026-latex-multicolumn" / "multicolumn.pdf").pages[0].text
    assert text.index("Two-Column Document") < text.index("Abstract")


def test_normalize_text_spells_out_ligatures_and_replaces_nul() -> None:
    assert normalize_text("Auﬂage ﬁlières\x00\r\ne\u0301t\u00e9") == "Auflage filières\ufffd\nété"


# --- progress ---------------------------------------------------------------------------------


def test_progress_is_reported_after_each_page(tmp_path: Path) -> None:
    path = _brochure(
        tmp_path / "trois.pdf", [[("Un.", 10, False)], [("Deux.", 10, False)], [("Trois.", 10, False)]]
    )
    calls: list[tuple[Phase, int, int]] = []
    extract_pdf(path, on_progress=lambda *call: calls.append(call) or True)
    assert calls == [(Phase.READ, 1, 3), (Phase.READ, 2, 3), (Phase.READ, 3, 3)]


def test_progress_callback_cancels_the_extraction(tmp_path: Path) -> None:
    path = _brochure(
        tmp_path / "trois.pdf", [[("Un.", 10, False)], [("Deux.", 10, False)], [("Trois.", 10, False)]]
    )
    seen: list[int] = []

    def stop_after_two(_phase: Phase, done: int, _total: int) -> bool:
        seen.append(done)
        return done < 2

    with pytest.raises(Cancelled):
        extract_pdf(path, on_progress=stop_after_two)
    assert seen == [1, 2]


# --- the bundled CRTE in PDF ------------------------------------------------------------------


MUSEUM = (
    "Devenir un pdle muséal de premier plan, articulé a un réseau culturel dynamique et de grande qualité"
)


def test_crte_pdf_has_ten_pages_with_metadata_and_outline(crte_pdf_path: Path) -> None:
    document = extract_pdf(crte_pdf_path)
    assert [page.number for page in document.pages] == list(range(1, 11))
    assert document.metadata.title == "CRTE — Chapeau commun du Pôle Métropolitain de l'Artois"
    assert document.metadata.author == "Pôle Métropolitain de l'Artois"
    assert document.metadata.created == "2021-07-01T09:00:00+00:00"
    assert [(entry.title, entry.page) for entry in document.outline] == [
        ("Au cceur d’une nouvelle métropole", 1),
        ("Prendre soin des milieux", 4),
        (MUSEUM, 6),
        ("Pole Mée litain de lArtois Réinventons-nous", 10),
    ]


def test_crte_pdf_reads_in_the_order_of_the_text(crte_pdf_path: Path, crte_text_path: Path) -> None:
    """Column 1, then column 2, band after band: the words come out in the order of the text file,
    between the running header (first line) and the page number (last line)."""
    pdf_pages = extract_pdf(crte_pdf_path).pages
    text_pages = read_text_file(crte_text_path).pages
    for pdf_page, text_page in zip(pdf_pages, text_pages, strict=True):
        header, *body, number = pdf_page.text.split("\n")
        assert header == "CRTE — Pôle Métropolitain de l'Artois · Chapeau commun"
        assert number == str(pdf_page.number)
        assert " ".join(body).split() == text_page.text.split(), f"page {pdf_page.number}"


def test_crte_pdf_keeps_the_ocr_errors(crte_pdf_path: Path) -> None:
    text = extract_pdf(crte_pdf_path).pages[0].text
    assert "Au cceur d’une nouvelle métropole" in text
    assert "membres du Pdéle Métropolitain de I'’Artois" in text


def test_crte_pdf_heading_hints_are_the_headings_drawn(crte_pdf_path: Path) -> None:
    pages = extract_pdf(crte_pdf_path).pages
    assert pages[0].heading_lines == ("Au cceur d’une nouvelle métropole",)
    assert pages[3].heading_lines[:2] == ("Prendre soin des milieux", "p Exemples de projets")
    assert "AXE 3" in pages[3].heading_lines
    assert "L'inscription a 'UNESCO, c'est quoi ?" in pages[3].heading_lines
    assert "La Chaine des parcs, c'est quoi ?" in pages[2].heading_lines
    assert pages[4].heading_lines == ()  # a photo and its credit
    assert not any("Réunissant" in line for line in pages[1].heading_lines)  # body text is not a heading


def test_crte_pdf_paragraphs_are_separated_by_blank_lines(crte_pdf_path: Path) -> None:
    text = extract_pdf(crte_pdf_path).pages[1].text
    assert "de la cohérence, de I'ambition et de la lisibilité.\n\nLe Pble Métropolitain" in text
    assert "\n\nL'éco-transition comme\n" in text  # a heading is a block of its own
