"""Helpers for the structure tests: documents built through the real readers and cleaning."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from artois_reader.core import cleaning, pdf_text, text_file
from artois_reader.core.document import Document, DocumentInfo, RawPage, SourceKind
from artois_reader.core.structure.words import fold, words

REPO = Path(__file__).resolve().parents[2]
CRTE_TEXT = REPO / "resources" / "crte_pma_chapeau_commun.txt"
EXPECTED = REPO / "tests" / "fixtures" / "structure" / "crte_expected.json"


def expected() -> dict:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


def crte_text() -> str:
    return text_file.decode_text(CRTE_TEXT.read_bytes())


def document_from_text(text: str, name: str = "crte.txt") -> Document:
    raw = [RawPage(number, page) for number, page in enumerate(text_file.split_pages(text), start=1)]
    return _document(cleaning.clean_pages(raw), name, SourceKind.TEXT)


def document_from_pdf(path: Path) -> Document:
    raw = pdf_text.extract_pdf(path)
    return _document(cleaning.clean_pages(raw.pages), path.name, SourceKind.PDF, raw.outline)


def _document(pages, name: str, kind: SourceKind, outline=()) -> Document:
    return Document(
        id="0123456789ab",
        title=Path(name).stem,
        version=1,
        sha256="0" * 64,
        source_name=name,
        source_kind=kind,
        ingested_at="2024-01-01T00:00:00+00:00",
        pages=pages,
        outline=tuple(outline),
    )


def info_of(document: Document) -> DocumentInfo:
    return DocumentInfo(
        document.id,
        document.title,
        document.version,
        document.sha256,
        document.source_name,
        document.source_kind,
        document.ingested_at,
        document.page_count,
    )


def pdf_maker() -> ModuleType:
    """tools/make_crte_pdf.py, which is a script, not a package module."""
    if "make_crte_pdf" not in sys.modules:
        spec = importlib.util.spec_from_file_location("make_crte_pdf", REPO / "tools" / "make_crte_pdf.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["make_crte_pdf"] = module
        spec.loader.exec_module(module)
    return sys.modules["make_crte_pdf"]


def key(text: str) -> str:
    """What two spellings of a title share: folded words of two letters or more (OCR drops "l'")."""
    return " ".join(word for word in words(text) if len(word) > 1)


def same_name(left: str, right: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(key(left), key(right)) >= 85 or fold(left) == fold(right)


def precision_recall(found: list[str], reference: list[dict]) -> tuple[float, float, list[str], list[str]]:
    """Found names against reference entries (a name and its aliases): precision, recall, the
    found names that match nothing, and the reference names nothing matched."""

    def matches(name: str, entry: dict) -> bool:
        return any(same_name(name, other) for other in [entry["name"], *entry.get("aliases", [])])

    noise = [name for name in found if not any(matches(name, entry) for entry in reference)]
    missed = [entry["name"] for entry in reference if not any(matches(name, entry) for name in found)]
    precision = (len(found) - len(noise)) / len(found) if found else 1.0
    recall = (len(reference) - len(missed)) / len(reference) if reference else 1.0
    return precision, recall, noise, missed
