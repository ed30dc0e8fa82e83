"""Ingest: the one use case both clients call (the CLI's ``ingest``, the GUI's « Ouvrir… »).

file ─► pdf_text / text_file (READ) ─► cleaning (CLEAN) ─► library.add: store, structure, index

The reader is chosen by content first (PDF magic bytes), then by extension (.pdf, .txt, .md), then by
sniffing the first bytes. Anything refused raises `IngestError` with a reason; a cancel raises
`Cancelled`; in both cases nothing is written.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from artois_reader.core.document import DocumentInfo, RawDocument, SourceKind
from artois_reader.core.errors import IngestError, LibraryError, Phase, Progress, RefusalReason, report
from artois_reader.core.library import Library, LibraryBusy, file_sha256
from artois_reader.core.resources import BUNDLED_CRTE_PDF, resource_path

if TYPE_CHECKING:
    from artois_reader.core.notes import Reattachment

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md"})
SNIFF_BYTES = 8192
PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW = 1024  # the PDF specification lets junk precede the header; readers look this far

SNIFF_CONTROL_SHARE = 0.05
"""A file of unknown type is text when fewer control characters than this share appear in its start."""

_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd]")

_PLACEHOLDER_TITLE = re.compile(
    r"^(untitled|sans[ _-]?titre|document|doc|title|titre|new document|nouveau document|"
    r"untitled document|document sans titre|présentation powerpoint|powerpoint presentation|"
    r"diapositive|slide|unknown|inconnu|none|null)[\s_-]*\d*$",
    re.IGNORECASE,
)
_OFFICE_PREFIX = re.compile(r"^(microsoft\s+)?(word|excel|powerpoint|publisher)\s*-\s+", re.IGNORECASE)
_FILE_NAME = re.compile(
    r"\.(docx?|odt|ott|rtf|pdf|pptx?|odp|xlsx?|ods|txt|md|tex|dvi|ps|indd|qxp|qxd|html?|p65|pub)$",
    re.IGNORECASE,
)
_PATH_LIKE = re.compile(r"^([a-z]:)?[\\/]|[\\/].*[\\/]", re.IGNORECASE)


@dataclass(frozen=True)
class IngestResult:
    info: DocumentInfo
    created: bool  # False: the same bytes were already in the library (nothing was written)
    notes: Reattachment | None = None  # a new edition: what became of the earlier editions' notes


def ingest(
    path: Path | str,
    library: Library,
    *,
    title: str | None = None,
    password: str | None = None,
    on_progress: Progress | None = None,
) -> IngestResult:
    """Read, clean, store, structure and index one file. Raises `IngestError` or `Cancelled`."""
    return _ingest(Path(path), library, title=title, password=password, on_progress=on_progress)


def ensure_bundled(library: Library, on_progress: Progress | None = None) -> IngestResult | None:
    """On first run, ingest the bundled CRTE (the same path as a user's PDF).

    Does nothing when the library holds any document, or once the user has removed the bundled one.
    """
    if not library.is_empty() or library.bundled_removed:
        return None
    return _ingest(resource_path(BUNDLED_CRTE_PDF), library, on_progress=on_progress, bundled=True)


def _ingest(
    path: Path,
    library: Library,
    *,
    title: str | None = None,
    password: str | None = None,
    on_progress: Progress | None = None,
    bundled: bool = False,
) -> IngestResult:
    kind = detect_kind(path)
    report(on_progress, Phase.READ, 0, 1)
    sha256 = _hash(path)
    existing = library.find(sha256)
    if existing is not None:  # the same bytes again: nothing to read, nothing to write
        return IngestResult(existing, False)
    raw = _read_hashed(path, kind, password, on_progress)
    if not any(page.text.strip() for page in raw.pages):
        raise IngestError(RefusalReason.NO_TEXT, path, "no page holds any text")
    from artois_reader.core import cleaning

    report(on_progress, Phase.CLEAN, 0, 1)
    pages = cleaning.clean_pages(raw.pages)
    if not any(re.search(r"[^\W\d_]", block.text) for page in pages for block in page.blocks):
        raise IngestError(RefusalReason.NO_TEXT, path, "no word once page numbers are set aside")
    report(on_progress, Phase.CLEAN, 1, 1)
    try:
        info, created = library.add(
            raw,
            pages,
            path,
            choose_title(title, raw, path),
            on_progress=on_progress,
            bundled=bundled,
            sha256=sha256,
        )
    except LibraryBusy:
        raise
    except LibraryError as error:
        if error.read_only:
            raise IngestError(RefusalReason.STORAGE, path, str(error)) from error
        raise
    except FileNotFoundError as error:  # the file vanished after it was read
        raise IngestError(RefusalReason.UNREADABLE, path, str(error)) from error
    if not created:
        return IngestResult(info, False)
    from artois_reader.core.notes import follow_new_edition  # notes move to the new edition

    return IngestResult(info, True, notes=follow_new_edition(library, info))


def _hash(path: Path) -> str:
    try:
        return file_sha256(path)
    except FileNotFoundError as error:
        raise IngestError(RefusalReason.NOT_FOUND, path) from error
    except OSError as error:
        raise IngestError(RefusalReason.UNREADABLE, path, str(error)) from error


def _read_hashed(
    path: Path, kind: SourceKind, password: str | None, on_progress: Progress | None
) -> RawDocument:
    """Read a file that was just hashed: if it is gone now, it moved while being read (not "no such file")."""
    try:
        return _read(path, kind, password, on_progress)
    except IngestError as error:
        if error.reason is not RefusalReason.NOT_FOUND:
            raise
        raise IngestError(RefusalReason.UNREADABLE, path, "the file vanished while it was read") from error


def _read(path: Path, kind: SourceKind, password: str | None, on_progress: Progress | None) -> RawDocument:
    if kind is SourceKind.PDF:  # in a worker process, with time and memory limits (see pdf_worker)
        from artois_reader.core import pdf_worker

        return pdf_worker.extract_pdf(path, password=password, on_progress=on_progress)
    from artois_reader.core import text_file

    return text_file.read_text_file(path, on_progress=on_progress)


# --- Choosing the reader -----------------------------------------------------------------------------


def detect_kind(path: Path) -> SourceKind:
    """PDF or text, by content first; raises `IngestError` for what is neither."""
    head = _read_head(path)
    if PDF_MAGIC in head[:PDF_MAGIC_WINDOW]:
        return SourceKind.PDF
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        if looks_like_text(head) and not looks_like_markup(head):  # text saved under a .pdf name
            log.info("%s is named .pdf but holds text: read as text", path.name)
            return SourceKind.TEXT
        raise IngestError(RefusalReason.UNSUPPORTED, path, "named .pdf but has no PDF header")
    if suffix in TEXT_SUFFIXES or looks_like_text(head):
        return SourceKind.TEXT  # the text reader refuses binary content with its own reason
    raise IngestError(RefusalReason.UNSUPPORTED, path, "neither PDF nor text")


def looks_like_markup(sample: bytes) -> bool:
    """Whether a file begins like HTML or XML: the web page a failed download saves under the
    document's name is no document."""
    from artois_reader.core import text_file

    return text_file.decode_text(sample).lstrip("\ufeff \t\r\n").startswith("<")


def looks_like_text(sample: bytes) -> bool:
    """Whether the first bytes of a file read as text in some encoding the text reader knows."""
    from artois_reader.core import text_file

    if sample.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in sample:
        return False
    decoded = text_file.decode_text(sample)
    if not decoded.strip():
        return False
    controls = len(_CONTROL.findall(decoded))
    return controls / len(decoded) < SNIFF_CONTROL_SHARE


def _read_head(path: Path) -> bytes:
    if path.is_dir():
        raise IngestError(RefusalReason.FOLDER, path)
    try:
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
    except FileNotFoundError as error:
        raise IngestError(RefusalReason.NOT_FOUND, path) from error
    except OSError as error:  # a folder, permission denied, a device
        raise IngestError(RefusalReason.UNREADABLE, path, str(error)) from error
    if not head:
        raise IngestError(RefusalReason.EMPTY, path)
    return head


# --- Choosing the title ------------------------------------------------------------------------------


def choose_title(title: str | None, raw: RawDocument, path: Path) -> str:
    """The user's title, else the PDF's own title when it means something, else the file name."""
    chosen = _clean_title(title or "")
    if chosen:
        return chosen
    embedded = _clean_title(raw.metadata.title)
    if embedded and is_meaningful_title(embedded):
        return embedded
    return readable_stem(path)


def is_meaningful_title(title: str) -> bool:
    """False for what authoring tools write when nobody set a title: "Untitled", "Microsoft Word -
    rapport.doc", "C:\\Users\\…\\x.indd", "document1"."""
    title = title.strip()
    letters = sum(char.isalpha() for char in title)
    if letters < 2 or _PLACEHOLDER_TITLE.match(title) or _OFFICE_PREFIX.match(title):
        return False
    if _FILE_NAME.search(title) or _PATH_LIKE.search(title):
        return False
    return not (" " not in title and "_" in title)  # an underscored single token is a file name


def readable_stem(path: Path) -> str:
    """The file name as a title: ``crte_pma%202024.pdf`` -> ``Crte pma 2024``."""
    stem = unquote(path.stem).replace("_", " ")
    stem = " ".join(stem.split()) or path.name
    return stem[0].upper() + stem[1:] if stem[0].islower() else stem


def _clean_title(title: str) -> str:
    printable = "".join(char for char in title if unicodedata.category(char)[0] != "C")
    return " ".join(unicodedata.normalize("NFC", printable).split())
