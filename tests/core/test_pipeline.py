"""Ingest, the use case: choosing the reader, the title, refusals, progress, the bundled CRTE."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from artois_reader.core.document import Metadata, RawDocument, RawPage, SourceKind
from artois_reader.core.errors import Cancelled, IngestError, Phase, RefusalReason
from artois_reader.core.library import Library
from artois_reader.core.pipeline import (
    choose_title,
    detect_kind,
    ensure_bundled,
    ingest,
    is_meaningful_title,
    readable_stem,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "library"
FOUR_PAGES = FIXTURES / "pdflatex-4-pages.pdf"
PROTECTED = FIXTURES / "libreoffice-writer-password.pdf"

CP1252_TEXT = (
    "Communauté d'agglomération de Lens-Liévin\n\n"
    "Les élus ont adopté le schéma de mobilité : vélo, bus à haut niveau de service.\n"
    "\f"
    "Deuxième page : la rénovation énergétique des écoles coûte 2 000 000 €.\n"
)


@pytest.fixture
def ready() -> None:
    for name in ("cleaning", "structure", "search_index"):
        pytest.importorskip(f"artois_reader.core.{name}", reason=f"core.{name} has not landed yet")


@pytest.fixture
def library(temp_home: Path) -> Iterator[Library]:
    opened = Library.open(temp_home)
    yield opened
    opened.close()


def snapshot(home: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(home)): path.read_bytes()
        for path in sorted(home.rglob("*"))
        if path.is_file() and path.name != ".lock"
    }


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- choosing the reader -------------------------------------------------------------------------------


def test_pdf_content_is_read_as_pdf_whatever_its_name(tmp_path: Path) -> None:
    assert detect_kind(FOUR_PAGES) is SourceKind.PDF
    renamed = write(tmp_path / "notes.txt", FOUR_PAGES.read_bytes())
    assert detect_kind(renamed) is SourceKind.PDF


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("notes.txt", "Texte en français.\n".encode("cp1252")),
        ("lisez-moi.md", b"# Titre\n\nUn paragraphe.\n"),
        ("compte-rendu", "Réunion du comité de pilotage.\n".encode()),
        ("export.csv", "commune;population\nLens;31 000\n".encode("cp1252")),
        ("utf16.dat", "Liévin".encode("utf-16")),
    ],
)
def test_text_is_recognised_by_extension_or_by_content(tmp_path: Path, name: str, data: bytes) -> None:
    assert detect_kind(write(tmp_path / name, data)) is SourceKind.TEXT


def test_text_saved_under_a_pdf_name_is_read_as_text_but_a_web_page_is_refused(tmp_path: Path) -> None:
    text = "Le Pôle Métropolitain de l'Artois réunit trois agglomérations.\n".encode("cp1252")
    assert detect_kind(write(tmp_path / "notes.pdf", text)) is SourceKind.TEXT
    for page in (
        b"  \n<!DOCTYPE html><html><body>404</body></html>",
        b"\xef\xbb\xbf<?xml version='1.0'?><a/>",
    ):
        with pytest.raises(IngestError) as refused:
            detect_kind(write(tmp_path / "page.pdf", page))
        assert refused.value.reason is RefusalReason.UNSUPPORTED


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("page.pdf", b"<!DOCTYPE html><html><body>Not found</body></html>", RefusalReason.UNSUPPORTED),
        ("image.png", bytes(range(256)) * 8, RefusalReason.UNSUPPORTED),
        ("vide.pdf", b"", RefusalReason.EMPTY),
    ],
)
def test_what_is_neither_pdf_nor_text_is_refused(
    tmp_path: Path, name: str, data: bytes, reason: RefusalReason
) -> None:
    with pytest.raises(IngestError) as refused:
        detect_kind(write(tmp_path / name, data))
    assert refused.value.reason is reason


def test_a_missing_file_or_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as missing:
        detect_kind(tmp_path / "absent.pdf")
    assert missing.value.reason is RefusalReason.NOT_FOUND
    with pytest.raises(IngestError) as folder:
        detect_kind(tmp_path)
    assert folder.value.reason is RefusalReason.FOLDER


# --- choosing the title -------------------------------------------------------------------------------


def _raw(title: str = "") -> RawDocument:
    return RawDocument(pages=(RawPage(1, "x"),), source_kind=SourceKind.PDF, metadata=Metadata(title=title))


def test_the_title_is_the_users_then_the_pdfs_then_the_file_name() -> None:
    path = Path("/tmp/crte_pma_chapeau%20commun.pdf")
    assert choose_title("  Mon   titre ", _raw("Titre du PDF"), path) == "Mon titre"
    assert choose_title(None, _raw("Contrat de relance et de transition écologique"), path) == (
        "Contrat de relance et de transition écologique"
    )
    assert choose_title(None, _raw(""), path) == "Crte pma chapeau commun"


@pytest.mark.parametrize(
    "title",
    [
        "Untitled",
        "untitled-3",
        "Sans titre 1",
        "Document1",
        "Microsoft Word - rapport final.doc",
        "Microsoft PowerPoint - CRTE.pptx",
        "rapport_final_v2",
        "rapport final.docx",
        "C:\\Users\\agent\\Documents\\x.indd",
        "/home/agent/CRTE",
        "--",
        "1",
    ],
)
def test_placeholder_titles_of_authoring_tools_are_ignored(title: str) -> None:
    assert not is_meaningful_title(title)


@pytest.mark.parametrize(
    "title",
    ["Chapeau commun du CRTE", "Hauts-de-France 2030", "Schéma de cohérence territoriale", "SCoT"],
)
def test_real_titles_are_kept(title: str) -> None:
    assert is_meaningful_title(title)


def test_a_file_name_reads_as_a_title() -> None:
    assert readable_stem(Path("plan_climat_2024.txt")) == "Plan climat 2024"
    assert readable_stem(Path("Hauts-de-France.pdf")) == "Hauts-de-France"


# --- ingesting ----------------------------------------------------------------------------------------


def test_a_cp1252_text_file_is_ingested_with_its_pages(ready: None, library: Library, tmp_path: Path) -> None:
    source = write(tmp_path / "mobilite_lens.txt", CP1252_TEXT.encode("cp1252"))
    result = ingest(source, library)
    assert result.created
    assert (result.info.title, result.info.pages, result.info.source_kind) == ("Mobilite lens", 2, "text")
    document = library.load(result.info.id)
    assert "Liévin" in document.pages[0].raw and "2 000 000 €" in document.pages[1].raw


def test_a_pdf_is_ingested_and_the_same_file_again_is_a_no_op(
    ready: None, library: Library, tmp_path: Path
) -> None:
    first = ingest(FOUR_PAGES, library)
    assert first.created and first.info.pages == 4 and first.info.source_kind == "pdf"
    assert first.info.title == "Pdflatex-4-pages"  # the PDF has no title of its own
    before = snapshot(library.home)
    again = ingest(write(tmp_path / "copie.pdf", FOUR_PAGES.read_bytes()), library, title="Autre")
    assert not again.created and again.info == first.info
    assert snapshot(library.home) == before


def test_a_revised_file_becomes_version_2(ready: None, library: Library, tmp_path: Path) -> None:
    source = write(tmp_path / "contrat.txt", CP1252_TEXT.encode("cp1252"))
    first = ingest(source, library)
    write(source, (CP1252_TEXT + "\fTroisième page ajoutée.\n").encode("cp1252"))
    second = ingest(source, library)
    assert second.created and (second.info.title, second.info.version) == (first.info.title, 2)
    assert library.latest() == second.info


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("tronque.pdf", FOUR_PAGES.read_bytes()[:900], RefusalReason.DAMAGED),
        ("page.pdf", b"<html><body>erreur 404</body></html>", RefusalReason.UNSUPPORTED),
        ("binaire.txt", os.urandom(4096).replace(b"\x00", b"\x01") + b"\x00" * 64, RefusalReason.BINARY_TEXT),
        ("vide.txt", b"", RefusalReason.EMPTY),
    ],
)
def test_a_bad_file_is_refused_and_the_library_is_unchanged(
    ready: None, library: Library, tmp_path: Path, name: str, data: bytes, reason: RefusalReason
) -> None:
    ingest(write(tmp_path / "bon.txt", CP1252_TEXT.encode("cp1252")), library)
    before = snapshot(library.home)
    with pytest.raises(IngestError) as refused:
        ingest(write(tmp_path / name, data), library)
    assert refused.value.reason is reason and refused.value.path.name == name
    assert snapshot(library.home) == before


def test_a_protected_pdf_needs_its_password(ready: None, library: Library) -> None:
    with pytest.raises(IngestError) as missing:
        ingest(PROTECTED, library)
    assert missing.value.reason is RefusalReason.PASSWORD_REQUIRED
    with pytest.raises(IngestError) as wrong:
        ingest(PROTECTED, library, password="mauvais")
    assert wrong.value.reason is RefusalReason.PASSWORD_WRONG
    assert library.documents() == []
    assert ingest(PROTECTED, library, password="openpassword").created


def test_progress_runs_through_every_phase_in_order(ready: None, library: Library, tmp_path: Path) -> None:
    seen: list[Phase] = []
    ingest(FOUR_PAGES, library, on_progress=lambda phase, done, total: seen.append(phase) is None)
    order = [phase for n, phase in enumerate(seen) if n == 0 or seen[n - 1] != phase]
    assert order == [Phase.READ, Phase.CLEAN, Phase.STORE, Phase.STRUCTURE, Phase.INDEX]


@pytest.mark.parametrize("phase", list(Phase))
def test_cancelling_in_any_phase_leaves_nothing(
    ready: None, library: Library, tmp_path: Path, phase: Phase
) -> None:
    ingest(write(tmp_path / "bon.txt", CP1252_TEXT.encode("cp1252")), library)
    before = snapshot(library.home)
    with pytest.raises(Cancelled):
        ingest(FOUR_PAGES, library, on_progress=lambda seen, done, total: seen is not phase)
    assert snapshot(library.home) == before


# --- the bundled CRTE ----------------------------------------------------------------------------------


def test_the_bundled_crte_is_ingested_once_on_first_run(
    ready: None, library: Library, crte_pdf_path: Path
) -> None:
    result = ensure_bundled(library)
    assert result is not None and result.created
    assert result.info.source_kind == "pdf" and result.info.pages >= 10
    assert library.is_bundled(result.info.id)
    assert library.source_path(result.info.id).read_bytes() == crte_pdf_path.read_bytes()
    assert ensure_bundled(library) is None


def test_the_bundled_crte_stays_away_once_the_user_removed_it(
    ready: None, library: Library, crte_pdf_path: Path
) -> None:
    result = ensure_bundled(library)
    assert result is not None
    library.remove(result.info.id)
    assert ensure_bundled(Library.open(library.home)) is None
    assert library.documents() == []


def test_a_file_changed_while_it_is_ingested_is_refused(
    ready: None, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from artois_reader.core import cleaning

    source = write(tmp_path / "note.txt", CP1252_TEXT.encode("cp1252"))
    clean_pages = cleaning.clean_pages

    def clean_then_change(pages: object) -> object:
        source.write_bytes(b"Saved again by the user while we were reading.\n")
        return clean_pages(pages)

    monkeypatch.setattr(cleaning, "clean_pages", clean_then_change)
    before = snapshot(library.home)
    with pytest.raises(IngestError) as refused:
        ingest(source, library)
    assert refused.value.reason is RefusalReason.UNREADABLE
    assert snapshot(library.home) == before
