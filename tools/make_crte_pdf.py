"""Make the PDF edition of the bundled CRTE text, reproducibly.

    python tools/make_crte_pdf.py [--input TXT] [--output PDF] [--layout two-column|one-column]

One page block of the text becomes one PDF page, laid out like a brochure: a running header and a
page number on every page, headings larger and bold, body text in two columns, lists with their
bullets. The text keeps its OCR errors, so the PDF exercises the same cleaning as the text.

What is a heading is decided here from the layout of the text, by simple rules (this is the
generator's business, not the reader's): a line "AXE n"; "Exemples de projets"; a "…, c'est quoi ?"
line; a short paragraph without final punctuation that the next paragraph does not continue; and
wide lines (longer than the brochure's columns) are a full-width lead ("chapô").

Lines are re-flowed to the column width; a line that ends with a hyphen keeps its break, so the PDF
carries the same end-of-line hyphens as the text. Each page's type shrinks until the page fits,
never below `MIN_BODY_PT`. A fixed date and a document id drawn from the text make the output
byte-for-byte identical from one run to the next (given the same fpdf2 and fontTools).
"""

from __future__ import annotations

import argparse
import hashlib
import math
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import fontTools
import fpdf
from fpdf import FPDF

from artois_reader.core.text_file import decode_text, split_pages

REPO = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = REPO / "resources" / "crte_pma_chapeau_commun.txt"
DEFAULT_OUTPUT = REPO / "resources" / "crte_pma_chapeau_commun.pdf"
FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_FAMILY = "DejaVuSansCondensed"
LAYOUTS = ("two-column", "one-column")

TITLE = "CRTE — Chapeau commun du Pôle Métropolitain de l'Artois"
AUTHOR = "Pôle Métropolitain de l'Artois"
SUBJECT = (
    "Contrat de relance et de transition écologique (CRTE) : orientations stratégiques partagées "
    "des trois communautés d'agglomération (édition PDF recomposée à partir du texte OCR)"
)
RUNNING_HEADER = "CRTE — Pôle Métropolitain de l'Artois · Chapeau commun"
CREATION_DATE = datetime(2021, 7, 1, 9, 0, 0, tzinfo=UTC)

# Page geometry, in millimetres (A4 portrait).
PAGE_W, PAGE_H = 210.0, 297.0
MARGIN_X = 13.0
HEADER_BASELINE = 11.0
BODY_TOP = 18.0
BODY_BOTTOM = 282.0
FOOTER_BASELINE = 289.0
GUTTER = 7.0
PT = 25.4 / 72  # millimetres per point

MAX_BODY_PT = 10.0
MIN_BODY_PT = 7.0
STEP_PT = 0.25
LEADING = 1.18  # line height as a multiple of the font size
TIGHT_LEADING = 1.1  # for a page that does not fit at the smallest size
TIGHT_SPACING = 0.75
MIN_ROWS_TO_SPLIT = 6
FIGURE_CELLS = 4  # cells of a figure's row, whatever its width
PARAGRAPH_SPACE = 0.7  # body lines between paragraphs
SHORT_LINE = 35  # characters: a block of lines all this short (an address) keeps its lines
WIDE_LINE = 60  # characters: longer than any line of the brochure's columns

INK = (33, 33, 33)
NAVY = (22, 58, 99)
TEAL = (0, 120, 124)
GREY = (110, 110, 110)
PALE = (226, 232, 236)
WHITE = (255, 255, 255)

_BULLET = re.compile(r"^[e¢«*•o] (?=\S)")
_AXIS = re.compile(r"^AXE\s+\d+\s*$", re.IGNORECASE)
_PROJECTS = re.compile(r"^(?:\S\s+)?Exemples de projets\s*$")
_EXPLAINER = re.compile(r"c['’]est quoi\s*\?\s*$", re.IGNORECASE)
_CREDIT = re.compile(r"cr[ée]dits?\b|^visuel\b", re.IGNORECASE)
_LONG_NUMBER = re.compile(r"\d{4,}")


class Kind(StrEnum):
    AXIS = "axis"  # "AXE 3": a band across the page
    TITLE = "title"  # a section title
    BOX_TITLE = "box_title"  # "Exemples de projets", "…, c'est quoi ?"
    CHAPO = "chapo"  # a lead paragraph across the page
    PARAGRAPH = "paragraph"
    ITEM = "item"  # a list item, drawn with the bullet the text has
    CAPTION = "caption"  # photo credits
    LABEL = "label"  # words of a map or chart
    FIGURE = "figure"  # several labels in a row: the legend of a map or chart


@dataclass(frozen=True)
class Style:
    scale: float  # of the body size
    bold: bool = False
    color: tuple[int, int, int] = INK
    space_before: float = 0.0  # in body lines
    space_after: float = PARAGRAPH_SPACE
    full_width: bool = False


STYLES: dict[Kind, Style] = {
    Kind.AXIS: Style(1.9, bold=True, color=WHITE, space_before=0.3, space_after=0.7, full_width=True),
    Kind.TITLE: Style(1.32, bold=True, color=NAVY, space_before=0.5, space_after=0.35),
    Kind.BOX_TITLE: Style(1.2, bold=True, color=TEAL, space_before=0.6, space_after=0.35),
    Kind.CHAPO: Style(1.12, bold=True, color=NAVY, space_after=0.6, full_width=True),
    Kind.PARAGRAPH: Style(1.0),
    Kind.ITEM: Style(1.0, space_after=0.25),
    Kind.CAPTION: Style(0.82, color=GREY, space_after=0.5),
    Kind.LABEL: Style(0.82, color=GREY, space_after=0.3),
    Kind.FIGURE: Style(0.82, color=GREY, space_after=0.3),
}
HEADINGS = (Kind.AXIS, Kind.TITLE, Kind.BOX_TITLE)


@dataclass
class Element:
    kind: Kind
    lines: list[str]
    wide: bool = False

    @property
    def text(self) -> str:
        return " ".join(line.strip() for line in self.lines)

    @property
    def full_width(self) -> bool:
        return STYLES[self.kind].full_width or (self.wide and self.kind in (Kind.TITLE, Kind.CAPTION))


# --- reading the text: page blocks -> elements ---------------------------------------------------


def parse_page(text: str) -> list[Element]:
    """The elements of one page block, in reading order."""
    elements: list[Element] = []
    for block in _blocks(text):
        if elements and _continues(block) and elements[-1].kind not in (Kind.AXIS, Kind.BOX_TITLE):
            previous = elements[-1]
            if previous.kind in (Kind.TITLE, Kind.LABEL, Kind.CAPTION):
                previous.kind = Kind.PARAGRAPH  # a "title" the next line continues was a sentence
            previous.lines += block
            previous.wide = previous.wide or _is_wide(block)
            continue
        elements.append(Element(_classify(block), block, _is_wide(block)))
    for element in elements:
        if element.kind is Kind.PARAGRAPH and element.wide:
            element.kind = Kind.CHAPO
    return _group_labels(elements)


def _group_labels(elements: list[Element]) -> list[Element]:
    """Runs of labels become one figure, its labels set side by side."""
    grouped: list[Element] = []
    for element in elements:
        if element.kind is Kind.LABEL and grouped and grouped[-1].kind in (Kind.LABEL, Kind.FIGURE):
            previous = grouped[-1]
            if previous.kind is Kind.LABEL:
                previous.lines = [previous.text]
                previous.kind = Kind.FIGURE
            previous.lines.append(element.text)
            continue
        grouped.append(element)
    return grouped


def _blocks(text: str) -> Iterator[list[str]]:
    """Paragraphs (blank-line separated), with headings and list items split off their own line."""
    for paragraph in re.split(r"\n[ \t]*\n", text):
        lines = [line.rstrip() for line in paragraph.split("\n") if line.strip()]
        current: list[str] = []
        for line in lines:
            alone = _AXIS.match(line) or _PROJECTS.match(line) or _EXPLAINER.search(line)
            if alone or _BULLET.match(line):
                if current:
                    yield current
                current = [line]
                if alone:
                    yield current
                    current = []
            else:
                current.append(line)
        if current:
            yield current


def _continues(block: list[str]) -> bool:
    """A block that starts in lower case continues the sentence before it (headings aside)."""
    first = block[0].lstrip()
    if not first or not first[0].islower() or _BULLET.match(first) or _PROJECTS.match(first):
        return False
    return not _EXPLAINER.search(first)


def _is_wide(block: list[str]) -> bool:
    return max(len(line) for line in block) > WIDE_LINE


def _classify(block: list[str]) -> Kind:
    joined = " ".join(line.strip() for line in block)
    if _AXIS.match(joined):
        return Kind.AXIS
    if len(block) == 1 and (_PROJECTS.match(joined) or _EXPLAINER.search(joined)):
        return Kind.BOX_TITLE
    if _BULLET.match(block[0]):
        return Kind.ITEM
    if _CREDIT.search(joined):
        return Kind.CAPTION
    if _is_label(joined, block):
        return Kind.LABEL
    if _is_title(joined, block):
        return Kind.TITLE
    return Kind.PARAGRAPH


def _is_label(joined: str, block: list[str]) -> bool:
    """Words of a map or a chart: few words, few letters, capitals, or mostly one- and two-letter bits."""
    words = joined.split()
    visible = [char for char in joined if not char.isspace()]
    letters = [char for char in visible if char.isalpha()]
    if (len(block) == 1 and len(words) <= 3) or len(letters) < 0.6 * len(visible):
        return True
    if sum(char.isupper() for char in letters) >= 0.8 * len(letters):
        return True
    real_words = sum(1 for word in words if sum(char.isalpha() for char in word) >= 3)
    return len(block) <= 4 and real_words < 0.5 * len(words)


def _is_title(joined: str, block: list[str]) -> bool:
    first = joined[0]
    return (
        len(block) <= 4
        and len(joined) <= 160
        and len(joined.split()) >= 3
        and joined[-1] not in ".,;:!"
        and (first.isupper() or first in ":«\"“'")
        and not _LONG_NUMBER.search(joined)
    )


# --- layout: elements -> positioned lines --------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One line of type on the page."""

    kind: Kind
    text: str
    indent: float  # mm, from the left of the element's column
    height: float  # mm
    gap: float  # mm of space above it
    element: int  # index of the element it belongs to
    first: bool  # first line of its element
    last: bool
    cells: tuple[tuple[float, str], ...] = ()  # figures: (offset in mm, label) side by side


@dataclass
class Band:
    full_width: bool
    rows: list[Row] = field(default_factory=list)
    split: int = 0  # two-column bands: rows[:split] go in the first column

    def column_heights(self) -> tuple[float, float]:
        if self.full_width:
            return _stack_height(self.rows), 0.0
        return _stack_height(self.rows[: self.split]), _stack_height(self.rows[self.split :])

    @property
    def height(self) -> float:
        return max(self.column_heights())


def _stack_height(rows: Sequence[Row]) -> float:
    """Height of rows stacked from the top of a column (the first row's space above is dropped)."""
    return sum(row.height + (row.gap if index else 0.0) for index, row in enumerate(rows))


class Typesetter:
    """Measures and breaks lines with the fonts of the document."""

    def __init__(self, pdf: FPDF, body_pt: float, columns: int, *, tight: bool = False) -> None:
        self.pdf = pdf
        self.body_pt = body_pt
        self.leading = TIGHT_LEADING if tight else LEADING
        self.spacing = TIGHT_SPACING if tight else 1.0  # a factor on the space between elements
        self.full = PAGE_W - 2 * MARGIN_X
        self.column = (self.full - GUTTER * (columns - 1)) / columns

    def size(self, kind: Kind) -> float:
        return round(self.body_pt * STYLES[kind].scale * 4) / 4

    def line_height(self, kind: Kind) -> float:
        return self.size(kind) * PT * self.leading

    def use(self, kind: Kind) -> None:
        style = STYLES[kind]
        self.pdf.set_font(FONT_FAMILY, "B" if style.bold else "", self.size(kind))

    def rows(self, element: Element, index: int, previous: Kind | None) -> list[Row]:
        kind = element.kind
        width = self.full if element.full_width else self.column
        self.use(kind)
        indent = 0.0
        if kind is Kind.ITEM:
            marker = _BULLET.match(element.lines[0])
            indent = self.pdf.get_string_width(marker.group(0) if marker else "• ")
        if kind is Kind.AXIS:
            width -= 6.0  # the band's padding
        if kind is Kind.FIGURE:
            cells = list(self._pack(element.lines, width))
            lines = [" ".join(label for _, label in row) for row in cells]
        else:
            cells = []
            lines = list(self._wrap(element.lines, width, indent))
        style = STYLES[kind]
        body_line = self.body_pt * PT * self.leading * self.spacing
        height = self.line_height(kind) * (1.25 if kind is Kind.AXIS else 1.0)
        space_above = style.space_before + _space_between(previous, kind)
        return [
            Row(
                kind=kind,
                text=text,
                indent=indent if (kind is Kind.ITEM and number) else 0.0,
                height=height,
                gap=space_above * body_line if number == 0 else 0.0,
                element=index,
                first=number == 0,
                last=number == len(lines) - 1,
                cells=tuple(cells[number]) if cells else (),
            )
            for number, text in enumerate(lines)
        ]

    def _pack(self, labels: list[str], width: float) -> Iterator[list[tuple[float, str]]]:
        """Labels side by side, as many to a row as fit, each at the start of a cell."""
        cell = width / FIGURE_CELLS
        row: list[tuple[float, str]] = []
        x = 0.0
        for label in labels:
            cells = max(1, math.ceil((self.pdf.get_string_width(label) + 2.0) / cell))
            if row and x + cells * cell > width + 0.01:
                yield row
                row, x = [], 0.0
            row.append((x, label))
            x += cells * cell
        if row:
            yield row

    def _wrap(self, lines: list[str], width: float, indent: float) -> Iterator[str]:
        """Re-flow the lines to the width; a line that ends with a hyphen keeps its break, and so
        do the lines of a block where every line is short (an address, a list of contacts)."""
        keep_lines = all(len(line) < SHORT_LINE for line in lines)
        run: list[str] = []
        for line in lines:
            run.append(line.strip())
            if line.endswith("-") or keep_lines:
                yield from self._wrap_run(" ".join(run), width, indent)
                run = []
        if run:
            yield from self._wrap_run(" ".join(run), width, indent)

    def _wrap_run(self, text: str, width: float, indent: float) -> Iterator[str]:
        words = text.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if line and self.pdf.get_string_width(candidate) > width - indent:
                yield line
                line = word
            else:
                line = candidate
        if line:
            yield line


def _space_between(previous: Kind | None, kind: Kind) -> float:
    """Body lines of space between two elements: a paragraph break shows as a clear gap."""
    if previous is None:
        return 0.0
    if previous is kind and kind in (Kind.ITEM, Kind.LABEL):
        return STYLES[kind].space_after
    return max(STYLES[previous].space_after, PARAGRAPH_SPACE)


def _bands(rows_per_element: list[tuple[Element, list[Row]]], columns: int) -> list[Band]:
    """Runs of full-width elements and runs of column elements, each column run balanced."""
    bands: list[Band] = []
    for element, rows in rows_per_element:
        full_width = columns == 1 or element.full_width
        if not bands or bands[-1].full_width != full_width:
            bands.append(Band(full_width=full_width))
        bands[-1].rows += rows
    for band in bands:
        if not band.full_width:
            band.split = _balanced_split(band.rows)
    return bands


def _balanced_split(rows: list[Row]) -> int:
    """Where to cut a run of rows into two columns of about the same height."""
    best, best_height = len(rows), _stack_height(rows)
    if len(rows) < MIN_ROWS_TO_SPLIT:
        return best  # a few lines side by side would read as one line
    for split in range(1, len(rows)):
        before, after = rows[split - 1], rows[split]
        if before.kind in HEADINGS or (after.kind in HEADINGS and not after.first):
            continue  # never leave a heading at the foot of a column, nor cut one in two
        height = max(_stack_height(rows[:split]), _stack_height(rows[split:]))
        if height < best_height:
            best, best_height = split, height
    return best


def _total_height(bands: list[Band]) -> float:
    total = 0.0
    for index, band in enumerate(bands):
        first_gap = band.rows[0].gap if index and band.rows else 0.0
        total += first_gap + band.height
    return total


# --- drawing -------------------------------------------------------------------------------------


class CrtePdf(FPDF):
    """fpdf2 with a fixed document id (the default one hashes the output and the current time zone)."""

    def __init__(self, document_id: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self._document_id = document_id

    def file_id(self) -> str:
        return f"<{self._document_id}><{self._document_id}>"


def render_pdf(text: str, layout: str = "two-column") -> bytes:
    """The PDF edition of `text` (decoded CRTE text, page blocks as in `split_pages`), as bytes."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    pages = split_pages(text)
    pdf = _new_document(text)
    try:
        columns = 2 if layout == "two-column" else 1
        for number, page_text in enumerate(pages, start=1):
            _draw_page(pdf, number, page_text, columns)
        return bytes(pdf.output())
    finally:
        close_fonts(pdf)


def close_fonts(pdf: FPDF) -> None:
    """fpdf2 reads its TrueType fonts lazily and leaves the files open: close them."""
    for font in pdf.fonts.values():
        ttfont = getattr(font, "ttfont", None)
        if ttfont is not None:
            ttfont.close()


def make_pdf(text: str, out: Path, layout: str = "two-column") -> None:
    """Write the PDF edition of `text` to `out` (see `render_pdf`)."""
    data = render_pdf(text, layout)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)


def _new_document(text: str) -> CrtePdf:
    document_id = hashlib.sha256(text.encode("utf-8")).hexdigest()[:32].upper()
    pdf = CrtePdf(document_id)
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN_X, BODY_TOP, MARGIN_X)
    pdf.add_font(FONT_FAMILY, "", str(FONT_DIR / "DejaVuSansCondensed.ttf"))
    pdf.add_font(FONT_FAMILY, "B", str(FONT_DIR / "DejaVuSansCondensed-Bold.ttf"))
    pdf.set_title(TITLE)
    pdf.set_author(AUTHOR)
    pdf.set_subject(SUBJECT)
    pdf.set_keywords("CRTE, Pôle Métropolitain de l'Artois, transition écologique, Euralens")
    pdf.set_creator("tools/make_crte_pdf.py (Artois Reader)")
    pdf.set_producer(f"fpdf2 {fpdf.__version__}, fontTools {fontTools.version}")
    pdf.set_lang("fr-FR")
    pdf.set_creation_date(CREATION_DATE)
    return pdf


def _draw_page(pdf: CrtePdf, number: int, text: str, columns: int) -> None:
    elements = parse_page(text)
    setter, bands = _fit(pdf, elements, columns)
    pdf.add_page()
    _draw_running_header(pdf)
    height = _total_height(bands)
    top = BODY_TOP
    if any(element.kind is Kind.CAPTION for element in elements) and height < 0.6 * (BODY_BOTTOM - BODY_TOP):
        # A page with photo credits and room to spare: show where the photos stand.
        if all(element.kind in (Kind.CAPTION, Kind.LABEL) for element in elements):
            top = BODY_BOTTOM - height
            _draw_photo_frame(pdf, BODY_TOP, top - 4.0)
        else:
            _draw_photo_frame(pdf, BODY_TOP + height + 6.0, BODY_BOTTOM)
    if elements and elements[0].kind in HEADINGS:
        pdf.set_y(top)
        pdf.start_section(elements[0].text, level=0)
    y = top
    for index, band in enumerate(bands):
        if index and band.rows:
            y += band.rows[0].gap
        _draw_band(pdf, setter, band, y)
        y += band.height
    _draw_page_number(pdf, number)


def _fit(pdf: FPDF, elements: list[Element], columns: int) -> tuple[Typesetter, list[Band]]:
    """The largest body size (in quarter points) at which the page fits, and its layout; at the
    smallest size, the lines and paragraphs are set closer before giving up."""
    sizes = [MAX_BODY_PT - STEP_PT * step for step in range(int((MAX_BODY_PT - MIN_BODY_PT) / STEP_PT) + 1)]
    attempts = [(size, False) for size in sizes] + [(MIN_BODY_PT, True)]
    for body_pt, tight in attempts:
        setter = Typesetter(pdf, body_pt, columns, tight=tight)
        kinds = [None, *(element.kind for element in elements)]
        rows = [
            (element, setter.rows(element, index, kinds[index])) for index, element in enumerate(elements)
        ]
        bands = _bands(rows, columns)
        if _total_height(bands) <= BODY_BOTTOM - BODY_TOP:
            return setter, bands
    raise ValueError(f"the page does not fit even at {MIN_BODY_PT} pt: shorten it or split it")


def _draw_band(pdf: FPDF, setter: Typesetter, band: Band, top: float) -> None:
    if band.full_width:
        _draw_column(pdf, setter, band.rows, MARGIN_X, top, setter.full)
        return
    _draw_column(pdf, setter, band.rows[: band.split], MARGIN_X, top, setter.column)
    _draw_column(pdf, setter, band.rows[band.split :], MARGIN_X + setter.column + GUTTER, top, setter.column)


def _draw_column(
    pdf: FPDF, setter: Typesetter, rows: Sequence[Row], x: float, top: float, width: float
) -> None:
    y = top
    for index, row in enumerate(rows):
        if index:
            y += row.gap
        style = STYLES[row.kind]
        setter.use(row.kind)
        if row.kind is Kind.AXIS:
            pdf.set_fill_color(*TEAL)
            pdf.rect(x, y, width, row.height, style="F")
            pdf.set_text_color(*WHITE)
            pdf.text(x + 3.0, y + row.height * 0.72, row.text)
        else:
            if row.kind is Kind.BOX_TITLE and row.first:
                pdf.set_draw_color(*TEAL)
                pdf.set_line_width(0.5)
                pdf.line(x, y - 0.8, x + min(width, 40.0), y - 0.8)
            pdf.set_text_color(*style.color)
            for offset, text in row.cells or ((row.indent, row.text),):
                pdf.text(x + offset, y + row.height * 0.78, text)
        y += row.height


def _draw_running_header(pdf: FPDF) -> None:
    pdf.set_font(FONT_FAMILY, "", 7.5)
    pdf.set_text_color(*GREY)
    pdf.text(MARGIN_X, HEADER_BASELINE, RUNNING_HEADER)
    pdf.set_draw_color(*TEAL)
    pdf.set_line_width(0.4)
    pdf.line(MARGIN_X, HEADER_BASELINE + 2.0, PAGE_W - MARGIN_X, HEADER_BASELINE + 2.0)


def _draw_page_number(pdf: FPDF, number: int) -> None:
    pdf.set_draw_color(*PALE)
    pdf.set_line_width(0.3)
    pdf.line(MARGIN_X, FOOTER_BASELINE - 4.5, PAGE_W - MARGIN_X, FOOTER_BASELINE - 4.5)
    pdf.set_font(FONT_FAMILY, "", 8)
    pdf.set_text_color(*GREY)
    label = str(number)
    pdf.text((PAGE_W - pdf.get_string_width(label)) / 2, FOOTER_BASELINE, label)


def _draw_photo_frame(pdf: FPDF, top: float, bottom: float) -> None:
    """A pale frame with a landscape pictogram, where the printed brochure has a photo."""
    pdf.set_fill_color(*PALE)
    pdf.rect(MARGIN_X, top, PAGE_W - 2 * MARGIN_X, bottom - top, style="F")
    pdf.set_draw_color(*WHITE)
    pdf.set_line_width(1.2)
    cx, cy = PAGE_W / 2, (top + bottom) / 2
    pdf.line(cx - 60, cy + 40, cx - 15, cy - 10)
    pdf.line(cx - 15, cy - 10, cx + 10, cy + 15)
    pdf.line(cx + 10, cy + 15, cx + 30, cy - 5)
    pdf.line(cx + 30, cy - 5, cx + 60, cy + 40)
    pdf.circle(cx + 35, cy - 35, 9, style="D")


# --- command line --------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compose the PDF edition of the CRTE text.")
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="the OCR text (page blocks)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="the PDF to write")
    parser.add_argument("--layout", choices=LAYOUTS, default="two-column")
    args = parser.parse_args(argv)
    text = decode_text(args.input.read_bytes())
    make_pdf(text, args.output, args.layout)
    print(f"{args.output}: {len(split_pages(text))} pages ({args.layout})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
