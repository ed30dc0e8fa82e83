"""Plain text files (.txt, .md): encoding detection and page splitting.

A text file is read whole, decoded without ever failing on a byte, normalised (newlines, NFC) and
cut into pages: at form feeds when the file has any, else at the page blocks of the CRTE's OCR
export (a line that begins with exactly one space starts a page), else the file is one page.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from artois_reader.core.document import RawDocument, RawPage, SourceKind
from artois_reader.core.errors import IngestError, Phase, Progress, RefusalReason, read_input, report

BINARY_CONTROL_SHARE = 0.10
"""Above this share of control characters (tab, newline and form feed aside), decoded text is binary."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_PAGE_BLOCK_START = re.compile(r"^ (?=[^\s\-*+•>|])", re.MULTILINE)
"""Exactly one space, then a character that is neither a space nor a Markdown list or quote mark."""

_SUSPICIOUS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
"""Control characters other than tab, newline, vertical tab, form feed, carriage return; U+FFFD."""


def read_text_file(path: Path | str, *, on_progress: Progress | None = None) -> RawDocument:
    """Read a .txt or .md file into pages. Raises `IngestError` when the file cannot be used."""
    path = Path(path)
    data = read_input(path)
    if not data:
        raise IngestError(RefusalReason.EMPTY, path)
    if _bom_encoding(data) is None and b"\x00" in data:
        raise IngestError(RefusalReason.BINARY_TEXT, path, "NUL bytes")
    text = decode_text(data)
    if _looks_binary(text):
        raise IngestError(RefusalReason.BINARY_TEXT, path, "control characters")
    if not text.strip():
        raise IngestError(RefusalReason.NO_TEXT, path, "only whitespace")
    texts = split_pages(text)
    pages = []
    for number, page_text in enumerate(texts, start=1):
        pages.append(RawPage(number=number, text=page_text))
        report(on_progress, Phase.READ, number, len(texts))
    return RawDocument(pages=tuple(pages), source_kind=SourceKind.TEXT)


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding; never raises.

    A byte order mark decides (UTF-8, UTF-16, UTF-32); else strict UTF-8; else Windows-1252, the
    encoding of French Windows; else Latin-1, which accepts every byte. Newlines become ``\\n``
    and the text is NFC-normalised, so "é" is one character whatever the source did.
    """
    encoding = _bom_encoding(data)
    if encoding is not None:
        bom_length = 4 if encoding.startswith("utf-32") else 3 if encoding == "utf-8" else 2
        text = data[bom_length:].decode(encoding, errors="replace")
    else:
        text = _decode_without_bom(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def split_pages(text: str) -> list[str]:
    """Cut decoded text into pages (see the module docstring). Always returns at least one page."""
    if "\f" in text:
        pages = text.split("\f")
        if len(pages) > 1 and not pages[-1].strip():
            pages.pop()  # a form feed that ends the last page, as pdftotext writes
        return [page.rstrip() for page in pages]
    starts = [match.start() for match in _PAGE_BLOCK_START.finditer(text)]
    if not starts:
        return [text.rstrip()]
    pages = []
    if text[: starts[0]].strip():
        pages.append(text[: starts[0]].rstrip())
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        pages.append(text[start + 1 : end].rstrip())  # the marking space is not page text
    return pages


def _bom_encoding(data: bytes) -> str | None:
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def _decode_without_bom(data: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")  # maps every byte: the last resort cannot fail


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    suspicious = sum(1 for _ in _SUSPICIOUS.finditer(text))
    return suspicious / len(text) > BINARY_CONTROL_SHARE
