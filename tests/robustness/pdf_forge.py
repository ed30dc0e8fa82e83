"""A tiny PDF writer for the robustness tests: pages of text in milliseconds, and PDFs made to hurt.

Written by hand (objects, cross-reference table, trailer) rather than with fpdf2 so that a 2,000-page
file takes milliseconds, and so that the hostile files (forms nested to make extraction slow, streams
that inflate to gigabytes, a broken page tree) are exactly what they say. Text is set in Helvetica with
WinAnsiEncoding, so French accents come out as pypdf reads them from any office PDF.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

LINE_HEIGHT = 14
TOP = 760


def pdf_bytes(pages: Sequence[str], *, title: str = "") -> bytes:
    """A PDF with one page per string; lines of each string become lines of text on the page."""
    objects: list[bytes] = [b"", b"", _FONT]  # catalogue and page tree are filled in below
    kids = []
    for text in pages:
        content = len(objects) + 2
        kids.append(len(objects) + 1)
        objects.append(_page(content))
        objects.append(stream(_text_operators(text)))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = _page_tree(kids)
    info = None
    if title:
        objects.append(b"<< /Title " + _string(title) + b" >>")
        info = len(objects)
    return build(objects, info=info)


def slow_pdf(pages: int = 50, depth: int = 4, fan: int = 10) -> bytes:
    """Pages whose text sits in forms nested `depth` deep, each drawing the next `fan` times.

    A few kilobytes that cost pypdf seconds a page (it caps form invocations at 5,000 a page, so each
    page ends; with enough pages the whole file takes minutes). Every page also has a line of real text.
    """
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _FONT]
    objects.append(_form(b"BT /F1 12 Tf 10 10 Td (boucle) Tj ET", b"<< /Font << /F1 3 0 R >> >>"))
    for _level in range(depth - 1):
        inner = len(objects)
        calls = b" ".join([b"/X0 Do"] * fan)
        objects.append(_form(calls, b"<< /XObject << /X0 %d 0 R >> >>" % inner))
    top = len(objects)
    kids = []
    for number in range(1, pages + 1):
        body = b"BT /F1 12 Tf 72 700 Td (Page %d du rapport) Tj ET " % number
        body += b" ".join([b"/X0 Do"] * fan)
        content = len(objects) + 2
        kids.append(len(objects) + 1)
        resources = b"<< /Font << /F1 3 0 R >> /XObject << /X0 %d 0 R >> >>" % top
        objects.append(_page(content, resources))
        objects.append(stream(body))
    objects[1] = _page_tree(kids)
    return build(objects)


def inflating_pdf(copies: int = 40, megabytes: int = 70) -> bytes:
    """One page whose content is the same compressed stream `copies` times: 70 KB on disk, gigabytes
    once inflated."""
    refs = b" ".join(b"5 0 R" for _ in range(copies))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [6 0 R "
        + refs
        + b"] /Resources << /Font << /F1 4 0 R >> >> >>",
        _FONT,
        stream(b" " * (megabytes << 20), compress=True),
        stream(_text_operators("Bonjour")),
    ]
    return build(objects)


def broken_page_tree_pdf() -> bytes:
    """A page tree that points at a number instead of pages (what `017-unreadable-meta-data` has)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"42"]
    return build(objects)


def hostile_text_pdf(lines: Sequence[str]) -> bytes:
    return pdf_bytes(["\n".join(lines)])


# --- the writer ----------------------------------------------------------------------------------------

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def build(objects: Sequence[bytes], *, info: int | None = None) -> bytes:
    """Objects numbered from 1 (object 1 is the catalogue), a cross-reference table and a trailer."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"trailer\n<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info is not None:
        trailer += b" /Info %d 0 R" % info
    out += trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def stream(data: bytes, *, compress: bool = False) -> bytes:
    extra = b""
    if compress:
        data = zlib.compress(data, 9)
        extra = b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _page(content: int, resources: bytes = b"<< /Font << /F1 3 0 R >> >>") -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources " % content
        + resources
        + b" >>"
    )


def _page_tree(kids: Sequence[int]) -> bytes:
    refs = b" ".join(b"%d 0 R" % kid for kid in kids)
    return b"<< /Type /Pages /Kids [" + refs + b"] /Count %d >>" % len(kids)


def _form(content: bytes, resources: bytes) -> bytes:
    head = b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources " + resources
    return head + b" /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def _text_operators(text: str) -> bytes:
    ops = [b"BT /F1 11 Tf %d TL 56 %d Td" % (LINE_HEIGHT, TOP)]
    for line in text.split("\n"):
        ops.append(_string(line) + b" Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def _string(text: str) -> bytes:
    """A PDF literal string in WinAnsiEncoding (characters it lacks become '?')."""
    out = bytearray(b"(")
    for byte in text.encode("cp1252", errors="replace"):
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif byte < 32 or byte > 126:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return bytes(out + b")")
