"""PDF files: text page by page, metadata, outline, and which lines are set as headings.

The only module that imports pypdf. Every failure becomes an `IngestError` with a `RefusalReason`;
pypdf's own warnings go to `logging` (logger ``artois_reader.core.pdf_text``), never to stderr.

Text is kept as pypdf extracts it (plain mode, content-stream order), with normalisations that
make it safe to store, show and search: newlines become ``\\n``, typographic ligatures (``ﬁ``,
``ﬂ``…) are spelled out, NUL (a glyph the PDF does not map to a character) becomes U+FFFD, and the
whole is NFC-normalised. One thing is added: a blank line where the page shows a paragraph break
(a wider vertical gap, or a change between heading and body type), since pypdf writes one newline
between any two lines.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import logging
import math
import re
import statistics
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import DependencyError, LimitReachedError
from pypdf.generic import Destination

from artois_reader.core.document import Metadata, OutlineEntry, RawDocument, RawPage, SourceKind
from artois_reader.core.errors import IngestError, Phase, Progress, RefusalReason, read_input, report

log = logging.getLogger(__name__)
# pypdf logs through `logging`; without a handler, Python's last resort would print to stderr.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

PDF_MAGIC = b"%PDF-"
MAGIC_WINDOW = 1024
"""The header may follow some junk (Acrobat accepts it within the first 1024 bytes)."""

HEADING_SIZE_RATIO = 1.15
"""A line whose type is this much larger than the page's body text is a heading."""

PARAGRAPH_GAP_RATIO = 1.35
"""A vertical gap this much wider than the page's usual line spacing separates two paragraphs."""

MAX_OUTLINE_ENTRIES = 5000
MAX_OUTLINE_DEPTH = 16

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURE_TABLE = str.maketrans({**_LIGATURES, "\x00": "\ufffd"})
_BOLD_NAME = re.compile(r"bold|black|heavy|demi|semibold|(?:^|\+)(?:cm|sf|lm|ec|tc)bx", re.IGNORECASE)
_FORCE_BOLD_FLAG = 1 << 18  # PDF 32000-1, table 123: bit 19
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_PDF_DATE = re.compile(
    r"(?:D:)?(?P<Y>\d{4})(?P<m>\d{2})?(?P<d>\d{2})?(?P<H>\d{2})?(?P<M>\d{2})?(?P<S>\d{2})?"
    r"(?P<tz>[Zz+\-])?(?P<th>\d{2})?'?(?P<tm>\d{2})?"
)


def is_pdf(path: Path | str) -> bool:
    """Whether the file starts like a PDF (``%PDF-`` within its first 1024 bytes)."""
    try:
        with open(path, "rb") as stream:
            return PDF_MAGIC in stream.read(MAGIC_WINDOW)
    except OSError:
        return False


def extract_pdf(
    path: Path | str, *, password: str | None = None, on_progress: Progress | None = None
) -> RawDocument:
    """Read a PDF page by page. Raises `IngestError` when it cannot be used, `Cancelled` on request."""
    path = Path(path)
    data = read_input(path)
    if not data:
        raise IngestError(RefusalReason.EMPTY, path)
    if PDF_MAGIC not in data[:MAGIC_WINDOW]:
        raise IngestError(RefusalReason.UNSUPPORTED, path, "no %PDF- header")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            return _extract(path, data, password, on_progress)
        finally:
            for warning in caught:
                log.warning("%s: %s", path.name, warning.message)


# --- opening ----------------------------------------------------------------------------------


def _extract(path: Path, data: bytes, password: str | None, on_progress: Progress | None) -> RawDocument:
    reader = _open(path, data, password)
    try:
        page_count = len(reader.pages)
    except (LimitReachedError, MemoryError) as error:
        raise IngestError(RefusalReason.TOO_LONG, path, str(error)) from error
    except Exception as error:  # pypdf raises many types on a broken page tree
        raise IngestError(RefusalReason.DAMAGED, path, f"page tree: {error}") from error
    if page_count == 0:  # a page tree that leads nowhere: damage, not a scan
        raise IngestError(RefusalReason.DAMAGED, path, "no pages")
    pages = tuple(_extract_pages(path, reader, page_count, on_progress))
    if not any(page.text.strip() for page in pages):
        raise IngestError(RefusalReason.NO_TEXT, path, "no text layer on any page")
    return RawDocument(
        pages=pages,
        source_kind=SourceKind.PDF,
        metadata=_metadata(reader),
        outline=tuple(_outline(reader)),
    )


def _open(path: Path, data: bytes, password: str | None) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except (LimitReachedError, MemoryError) as error:
        raise IngestError(RefusalReason.TOO_LONG, path, str(error)) from error
    except Exception as error:  # PdfReadError, PdfStreamError, and worse on garbage input
        raise IngestError(RefusalReason.DAMAGED, path, str(error)) from error
    if reader.is_encrypted:
        _decrypt(path, reader, password)
    return reader


def _decrypt(path: Path, reader: PdfReader, password: str | None) -> None:
    """Open with the given password, else with the empty one a PDF may allow."""
    candidates = [password, ""] if password else [""]
    try:
        if any(reader.decrypt(candidate) for candidate in candidates):
            return
    except DependencyError as error:
        raise IngestError(RefusalReason.UNSUPPORTED, path, f"encryption: {error}") from error
    except NotImplementedError as error:
        raise IngestError(RefusalReason.UNSUPPORTED, path, f"encryption: {error}") from error
    except Exception as error:
        raise IngestError(RefusalReason.DAMAGED, path, f"encryption: {error}") from error
    reason = RefusalReason.PASSWORD_WRONG if password else RefusalReason.PASSWORD_REQUIRED
    raise IngestError(reason, path)


# --- pages ------------------------------------------------------------------------------------


def _extract_pages(
    path: Path, reader: PdfReader, page_count: int, on_progress: Progress | None
) -> Iterator[RawPage]:
    failures = 0
    for index in range(page_count):
        try:
            text, headings = _page_text(reader, index)
        except (LimitReachedError, MemoryError) as error:  # not one broken page: the whole file is too big
            raise IngestError(RefusalReason.TOO_LONG, path, f"page {index + 1}: {error}") from error
        except Exception as error:  # one broken page must not lose the others
            log.warning("%s: page %d unreadable: %s", path.name, index + 1, error)
            failures += 1
            text, headings = "", ()
        yield RawPage(number=index + 1, text=text, heading_lines=headings)
        report(on_progress, Phase.READ, index + 1, page_count)
    if failures == page_count:
        raise IngestError(RefusalReason.DAMAGED, path, "no page could be read")


def _page_text(reader: PdfReader, index: int) -> tuple[str, tuple[str, ...]]:
    typesetting = _Typesetting()
    extracted = reader.pages[index].extract_text(visitor_text=typesetting.visit)
    return typesetting.analyse(extracted)


def normalize_text(text: str) -> str:
    """Newlines, ligatures, NUL and NFC, as described in the module docstring."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LIGATURE_TABLE)
    return unicodedata.normalize("NFC", text)


@dataclass
class _Line:
    """One line of extracted text, with how it is set."""

    parts: list[str] = field(default_factory=list)
    sizes: Counter[float] = field(default_factory=Counter)  # visible characters per font size
    bold: int = 0  # visible characters set in a bold font
    baseline: float | None = None  # y of its first visible characters, in PDF units (upwards)

    def add(self, text: str, size: float, bold: bool, baseline: float | None) -> None:
        self.parts.append(text)
        count = sum(1 for char in text if not char.isspace())
        if count:
            self.sizes[size] += count
            self.bold += count if bold else 0
            if self.baseline is None:
                self.baseline = baseline

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def chars(self) -> int:
        return self.sizes.total()

    @property
    def size(self) -> float:
        return self.sizes.most_common(1)[0][0] if self.sizes else 0.0


class _Typesetting:
    """What pypdf's text visitor says about each extracted line: size, weight, position.

    From it come the heading hints (lines noticeably larger than the page's body text, or bold
    when the body is not) and the paragraph breaks: pypdf separates lines with a single newline,
    so a blank line is added where the vertical gap between two lines is clearly wider than the
    page's usual line spacing, and around heading lines.
    """

    def __init__(self) -> None:
        self.lines: list[_Line] = [_Line()]
        self._bold_fonts: dict[int, bool] = {}

    def visit(self, text: str, cm: Any, tm: Any, font: Any, font_size: float) -> None:
        if not text:
            return
        size = _effective_size(cm, tm, font_size)
        bold = self._is_bold(font)
        baseline = _baseline(cm, tm)
        first, *rest = text.split("\n")
        self.lines[-1].add(first, size, bold, baseline)
        for part in rest:
            self.lines.append(_Line())
            self.lines[-1].add(part, size, bold, baseline)

    def analyse(self, extracted: str) -> tuple[str, tuple[str, ...]]:
        """The page text (with paragraph breaks when the visitor saw all of it) and its headings."""
        flags = self._heading_flags()
        texts = [
            normalize_text(line.text).strip()
            for line, heading in zip(self.lines, flags, strict=True)
            if heading
        ]
        headings = tuple(text for text in texts if any(char.isalnum() for char in text))
        if "\n".join(line.text for line in self.lines) != extracted:
            return normalize_text(extracted), headings  # the visitor missed something: trust pypdf
        return normalize_text(self._with_paragraph_breaks(flags)), headings

    def _heading_flags(self) -> list[bool]:
        page_sizes: Counter[float] = Counter()
        for line in self.lines:
            page_sizes.update(line.sizes)
        if not page_sizes:
            return [False] * len(self.lines)
        body_size = page_sizes.most_common(1)[0][0]
        body_bold = sum(line.bold for line in self.lines) * 2 > page_sizes.total()
        return [
            line.chars > 0
            and (
                line.size >= body_size * HEADING_SIZE_RATIO
                or (not body_bold and line.bold * 2 > line.chars and line.size >= body_size * 0.95)
            )
            for line in self.lines
        ]

    def _with_paragraph_breaks(self, flags: list[bool]) -> str:
        advances = [
            above.baseline - below.baseline
            for above, below in itertools.pairwise(self.lines)
            if above.baseline is not None and below.baseline is not None and above.baseline > below.baseline
        ]
        usual = _usual_advance(advances)
        out: list[str] = []
        previous: tuple[_Line, bool] | None = None
        for line, heading in zip(self.lines, flags, strict=True):
            if line.chars and previous is not None and _starts_paragraph(previous, (line, heading), usual):
                out.append("")
            out.append(line.text)
            if line.chars:
                previous = (line, heading)
        return "\n".join(out)

    def _is_bold(self, font: Any) -> bool:
        if font is None:
            return False
        key = id(font)
        if key not in self._bold_fonts:
            self._bold_fonts[key] = _font_is_bold(font)
        return self._bold_fonts[key]


def _usual_advance(advances: list[float]) -> float | None:
    """The page's line spacing: its most frequent line-to-line advance (the smaller one on a tie),
    ignoring the small shifts of superscripts and subscripts."""
    if len(advances) < 3:
        return None
    floor = statistics.median(advances) * 0.5
    counts = Counter(round(advance * 2) / 2 for advance in advances if advance >= floor)
    best = max(counts.values())
    return min(advance for advance, count in counts.items() if count == best)


def _starts_paragraph(above: tuple[_Line, bool], below: tuple[_Line, bool], usual: float | None) -> bool:
    (line_above, heading_above), (line_below, heading_below) = above, below
    if heading_above != heading_below or (heading_above and line_above.size != line_below.size):
        return True
    if usual is None or line_above.baseline is None or line_below.baseline is None:
        return False
    return line_above.baseline - line_below.baseline > usual * PARAGRAPH_GAP_RATIO


def _baseline(cm: Any, tm: Any) -> float | None:
    try:
        return float(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
    except (TypeError, IndexError, ValueError):
        return None


def _effective_size(cm: Any, tm: Any, font_size: float) -> float:
    """The font size on the page: the Tf size scaled by the text and transformation matrices."""
    try:
        c = tm[2] * cm[0] + tm[3] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        size = abs(float(font_size)) * math.hypot(c, d)
    except (TypeError, IndexError, ValueError):
        size = abs(float(font_size or 0))
    return round(size * 2) / 2  # half points: the same style gives the same size


def _font_is_bold(font: Any) -> bool:
    try:
        if _BOLD_NAME.search(str(font.get("/BaseFont", ""))):
            return True
        descriptor = font.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else None
        if descriptor is None:
            return False
        weight = descriptor.get("/FontWeight")
        flags = int(descriptor.get("/Flags", 0))
        return (weight is not None and float(weight) >= 600) or bool(flags & _FORCE_BOLD_FLAG)
    except Exception:  # a font dictionary is whatever the producer wrote
        return False


# --- metadata and outline ---------------------------------------------------------------------


def _metadata(reader: PdfReader) -> Metadata:
    info = _info_dictionary(reader)
    fields = {
        "title": _text(info.get("/Title")),
        "author": _text(info.get("/Author")),
        "subject": _text(info.get("/Subject")),
        "creator": _text(info.get("/Creator")),
        "producer": _text(info.get("/Producer")),
        "created": pdf_date_to_iso(info.get("/CreationDate")),
        "modified": pdf_date_to_iso(info.get("/ModDate")),
    }
    if not all(fields.values()):
        for name, value in _xmp_fields(reader).items():
            fields[name] = fields[name] or value
    return Metadata(**fields)


def _info_dictionary(reader: PdfReader) -> dict[str, Any]:
    try:
        info = reader.metadata
        return dict(info) if info is not None else {}
    except Exception as error:
        log.warning("unreadable document information: %s", error)
        return {}


def _xmp_fields(reader: PdfReader) -> dict[str, str]:
    """The same fields from the XMP packet (PDF/A and some producers put them only there)."""
    try:
        xmp = reader.xmp_metadata
        if xmp is None:
            return {}
        title = xmp.dc_title or {}
        description = xmp.dc_description or {}
        created = xmp.xmp_create_date
        modified = xmp.xmp_modify_date
        return {
            "title": _text(title.get("x-default") or next(iter(title.values()), "")),
            "author": _text(", ".join(xmp.dc_creator or [])),
            "subject": _text(description.get("x-default") or next(iter(description.values()), "")),
            "creator": _text(xmp.xmp_creator_tool),
            "producer": _text(xmp.pdf_producer),
            "created": created.isoformat() if isinstance(created, dt.datetime) else "",
            "modified": modified.isoformat() if isinstance(modified, dt.datetime) else "",
        }
    except Exception as error:  # malformed XML, wrong types: XMP is optional
        log.warning("unreadable XMP metadata: %s", error)
        return {}


def _text(value: Any) -> str:
    """A metadata value as clean one-line text; anything that is not text gives ""."""
    try:
        if value is not None and hasattr(value, "get_object"):
            value = value.get_object()
        if isinstance(value, bytes):
            value = value.decode("utf-8", errors="replace")
        if not isinstance(value, str):
            return ""
    except Exception:
        return ""
    value = _CONTROL.sub(" ", unicodedata.normalize("NFC", value))
    return " ".join(value.split())


def pdf_date_to_iso(value: Any) -> str:
    """``D:20220406201541+02'00'`` -> ``2022-04-06T20:15:41+02:00``; "" when it is not a date."""
    text = _text(value)
    match = _PDF_DATE.match(text.strip())
    if not match:
        return ""
    part = match.groupdict()
    try:
        moment = dt.datetime(
            int(part["Y"]),
            int(part["m"] or 1),
            int(part["d"] or 1),
            int(part["H"] or 0),
            int(part["M"] or 0),
            int(part["S"] or 0),
            tzinfo=_timezone(part["tz"], part["th"], part["tm"]),
        )
    except (ValueError, OverflowError):
        return ""
    return moment.isoformat()


def _timezone(sign: str | None, hours: str | None, minutes: str | None) -> dt.timezone | None:
    if sign is None:
        return None
    if sign in "Zz":
        return dt.UTC
    offset = dt.timedelta(hours=int(hours or 0), minutes=int(minutes or 0))
    if offset >= dt.timedelta(hours=24):
        raise ValueError("time zone offset out of range")
    return dt.timezone(-offset if sign == "-" else offset)


def _outline(reader: PdfReader) -> Iterator[OutlineEntry]:
    try:
        items = reader.outline
    except Exception as error:  # a broken outline must not cost the text
        log.warning("unreadable outline: %s", error)
        return
    entries = _walk_outline(reader, items, 0)
    for title, page, level in itertools.islice(entries, MAX_OUTLINE_ENTRIES):
        yield OutlineEntry(title=title, page=page, level=level)


def _walk_outline(reader: PdfReader, items: Any, level: int) -> Iterator[tuple[str, int, int]]:
    """pypdf gives a list where a nested list holds the children of the item before it."""
    if level > MAX_OUTLINE_DEPTH or not isinstance(items, list):
        return
    for item in items:
        if isinstance(item, list):
            yield from _walk_outline(reader, item, level + 1)
        elif isinstance(item, Destination):
            title = _text(item.title)
            try:
                index = reader.get_destination_page_number(item)
            except Exception:
                index = None
            if title and index is not None and index >= 0:
                yield title, index + 1, level
