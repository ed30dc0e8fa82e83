"""Exports for meetings: contacts to vCard and CSV, the outline to CSV, and the printable "fiche".

Everything here returns text (pure data in, text out); the clients write the files
(`write_export`), and the app renders `fiche_html` to PDF (QTextDocument + QPdfWriter) and to ODT
(QTextDocumentWriter). Decisions (docs/editions.md):

- **vCard 3.0** (RFC 2426), one card per contact: the organisation as FN and ORG (N empty, as
  address books do for a company, with Apple's X-ABShowAs:COMPANY), TEL;TYPE=work,voice,
  EMAIL;TYPE=internet,work, URL (``https://`` added when the document gives a bare ``www.``),
  ADR;TYPE=work split as a French address (street, postcode, town, country) when it reads as one,
  and a NOTE saying where it comes from. Text values escaped (``\\`` ``,`` ``;`` newlines), lines
  ended by CRLF and folded at 75 octets without cutting a UTF-8 character, UTF-8 without a BOM
  (several importers refuse a BOM in a .vcf).
- **CSV for Excel on French Windows**: `;` between fields (Excel's list separator in a French
  locale, where `,` is the decimal mark), CRLF, UTF-8 *with* a BOM (without it Excel reads the file
  as Windows-1252 and breaks every accent), and a cell that starts with ``=`` ``+`` ``-`` ``@`` gets
  a leading ``'`` so that Excel never runs it as a formula (OWASP's advice for CSV injection).
- **The fiche** is HTML in the subset QTextDocument renders (h1-h2, p, table, hr, inline CSS), so
  that the same document prints to PDF and saves as ODT with Qt alone. DOCX is not offered: it
  would need a further library in the frozen app, and Word opens ODT.
"""

from __future__ import annotations

import csv
import enum
import html
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from artois_reader.core.document import Contact, DocumentInfo, Outline, Passage, Project, SearchHit

CSV_SEPARATOR = ";"
BOM = "\ufeff"
VCARD_LINE_OCTETS = 75

# --- CSV -------------------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """A cell Excel shows as text: a leading ``'`` before what it would take for a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """`;`-separated CSV with CRLF line ends (no BOM: `csv_bytes` adds it)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_SEPARATOR, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([csv_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([csv_cell(cell) for cell in row])
    return buffer.getvalue()


def csv_bytes(text: str) -> bytes:
    """UTF-8 with a BOM: what Excel needs to read accents right."""
    return (BOM + text.removeprefix(BOM)).encode("utf-8")


# --- vCard -------------------------------------------------------------------------------------------------

_POSTCODE_TOWN = re.compile(r"^(?:(?:F|FR)-?)?(\d{5})\s+(.+)$", re.IGNORECASE)


def vcard_escape(text: str) -> str:
    """A vCard 3.0 text value: backslash, comma, semicolon and line breaks escaped (RFC 2426 §4)."""
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return re.sub(r"\r\n|\r|\n", "\\\\n", text)


def fold_vcard_line(line: str, limit: int = VCARD_LINE_OCTETS) -> str:
    """Fold a content line at `limit` octets: CRLF and one space before each continuation, never
    inside a UTF-8 character (RFC 6350 §3.2, the same rule as RFC 2425 §5.8.1)."""
    pieces: list[str] = []
    current, size = [], 0
    room = limit
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > room:
            pieces.append("".join(current))
            current, size = [], 0
            room = limit - 1  # the leading space of a continuation line counts
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


@dataclass(frozen=True)
class PostalAddress:
    street: str = ""
    postcode: str = ""
    town: str = ""
    country: str = ""


def split_address(address: str) -> PostalAddress:
    """ "32 Rue Casimir Beugnet, 62300 Lens, France" -> street, postcode, town, country. An address
    without a French postcode stays whole, as the street."""
    parts = [part.strip() for part in re.split(r"[,\n]", address) if part.strip()]
    for index, part in enumerate(parts):
        match = _POSTCODE_TOWN.match(part)
        if match and index > 0:
            return PostalAddress(
                street=", ".join(parts[:index]),
                postcode=match.group(1),
                town=match.group(2).strip(),
                country=", ".join(parts[index + 1 :]),
            )
    return PostalAddress(street=" ".join(address.split()))


def _website(url: str) -> str:
    url = url.strip()
    return url if re.match(r"^[a-z][a-z0-9+.-]*://", url, re.IGNORECASE) else "https://" + url


def contact_vcard(contact: Contact, info: DocumentInfo | None = None) -> str:
    """One VCARD (CRLF line ends, folded)."""
    name = contact.organization.strip() or (contact.emails[0] if contact.emails else "Contact")
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Artois Reader//Artois Reader//FR",
        "N:;;;;",
        f"FN:{vcard_escape(name)}",
        f"ORG:{vcard_escape(name)}",
        "X-ABShowAs:COMPANY",
    ]
    lines += [f"TEL;TYPE=work,voice:{vcard_escape(phone)}" for phone in contact.phones]
    lines += [f"EMAIL;TYPE=internet,work:{vcard_escape(email)}" for email in contact.emails]
    lines += [f"URL:{_website(site)}" for site in contact.websites]
    if contact.address:
        address = split_address(contact.address)
        components = ["", "", address.street, address.town, "", address.postcode, address.country]
        lines.append("ADR;TYPE=work:" + ";".join(vcard_escape(part) for part in components))
    if info is not None:
        source = f"{info.title}, version {info.version}, p. {contact.page}"
        lines.append(f"NOTE:{vcard_escape(source)}")
    lines.append("END:VCARD")
    return "".join(fold_vcard_line(line) + "\r\n" for line in lines)


def contacts_vcard(contacts: Iterable[Contact], info: DocumentInfo | None = None) -> str:
    """Every contact, one VCARD each, in one .vcf text."""
    return "".join(contact_vcard(contact, info) for contact in contacts)


# --- Contacts and outline to CSV --------------------------------------------------------------------------

_CSV_WORDS = {
    "fr": {
        "contacts": "Organisation;Téléphones;Courriels;Sites web;Adresse;Page;Document;Version",
        "outline": "Type;Axe;Titre de l'axe;Titre;Page;Lieux;Porteurs;Section;Passage",
        "axis": "axe",
        "section": "section",
        "project": "projet",
    },
    "en": {
        "contacts": "Organisation;Phones;E-mails;Websites;Address;Page;Document;Version",
        "outline": "Type;Axis;Axis title;Title;Page;Places;Organisations;Section;Passage",
        "axis": "axis",
        "section": "section",
        "project": "project",
    },
}


def _csv_words(lang: str) -> dict[str, str]:
    return _CSV_WORDS["en" if lang == "en" else "fr"]


def contacts_csv(contacts: Iterable[Contact], info: DocumentInfo, *, lang: str = "fr") -> str:
    rows = [
        [
            contact.organization,
            ", ".join(contact.phones),
            ", ".join(contact.emails),
            ", ".join(contact.websites),
            contact.address or "",
            contact.page,
            info.title,
            info.version,
        ]
        for contact in contacts
    ]
    return csv_text(_csv_words(lang)["contacts"].split(";"), rows)


def outline_csv(outline: Outline, *, lang: str = "fr") -> str:
    """One row per axis, then its sections and projects (with places and organisations), then the
    sections outside every axis."""
    words = _csv_words(lang)
    sections = {section.id: section for section in outline.sections}
    rows: list[list[object]] = []
    for axis in outline.axes:
        rows.append([words["axis"], axis.number, axis.title, axis.title, axis.page, "", "", "", ""])
        for section in (s for s in outline.sections if s.axis == axis.number):
            rows.append(_section_row(words, section.title, section.page, axis.number, axis.title, section))
        for project in (p for p in outline.projects if p.axis == axis.number):
            rows.append(_project_row(words, project, axis.title, sections))
    titles = {axis.number: axis.title for axis in outline.axes}
    for section in (s for s in outline.sections if s.axis is None or s.axis not in titles):
        rows.append(_section_row(words, section.title, section.page, section.axis, "", section))
    for project in (p for p in outline.projects if p.axis is None or p.axis not in titles):
        rows.append(_project_row(words, project, "", sections))
    return csv_text(words["outline"].split(";"), rows)


def _section_row(
    words: dict[str, str], title: str, page: int, axis: int | None, axis_title: str, section
) -> list[object]:
    first = section.passage_ids[0] if section.passage_ids else ""
    return [words["section"], "" if axis is None else axis, axis_title, title, page, "", "", "", first]


def _project_row(words: dict[str, str], project: Project, axis_title: str, sections: dict) -> list[object]:
    section = sections.get(project.section_id or "")
    return [
        words["project"],
        "" if project.axis is None else project.axis,
        axis_title,
        project.title,
        project.page,
        ", ".join(project.places),
        ", ".join(project.organizations),
        section.title if section else "",
        project.passage_id,
    ]


# --- The fiche -------------------------------------------------------------------------------------------


class FicheKind(enum.StrEnum):
    SECTION = "section"
    PROJECT = "project"
    SEARCH_RESULT = "search_result"
    PASSAGE = "passage"


@dataclass(frozen=True)
class Reference:
    """Where an item of a fiche comes from: enough to find it again in the library or on paper."""

    document_title: str
    version: int
    edition_id: str
    page: int
    axis: int | None = None
    axis_title: str = ""
    section_title: str = ""
    passage_id: str = ""


@dataclass(frozen=True)
class FicheItem:
    kind: FicheKind
    title: str
    paragraphs: tuple[str, ...]  # plain text, one per paragraph
    reference: Reference
    details: tuple[tuple[str, str], ...] = ()  # (label, value): places, organisations, the query…


_FICHE_WORDS = {
    "fr": {
        "title": "Fiche de réunion",
        "item": "{count} élément",
        "items": "{count} éléments",
        "kind.section": "Section",
        "kind.project": "Projet",
        "kind.search_result": "Résultat de recherche",
        "kind.passage": "Extrait",
        "axis": "Axe {number}",
        "outside": "hors axes",
        "page": "page {page}",
        "source": "Source",
        "edition": "version {version} (id {id})",
        "places": "Lieux",
        "organizations": "Porteurs",
        "query": "Recherche",
        "section": "Section",
        "footer": "Fiche préparée avec Artois Reader. Les pages renvoient à l'édition citée pour chaque "
        "élément.",
        "months": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "colon": "\u00a0:",
    },
    "en": {
        "title": "Meeting brief",
        "item": "{count} item",
        "items": "{count} items",
        "kind.section": "Section",
        "kind.project": "Project",
        "kind.search_result": "Search result",
        "kind.passage": "Extract",
        "axis": "Axis {number}",
        "outside": "outside the axes",
        "page": "page {page}",
        "source": "Source",
        "edition": "version {version} (id {id})",
        "places": "Places",
        "organizations": "Organisations",
        "query": "Query",
        "section": "Section",
        "footer": "Brief prepared with Artois Reader. Pages refer to the edition cited for each item.",
        "months": "January February March April May June July August September October November December",
        "colon": ":",
    },
}


def _fiche_words(lang: str) -> dict[str, str]:
    return _FICHE_WORDS["en" if lang == "en" else "fr"]


def _reference(
    info: DocumentInfo, outline: Outline, page: int, axis: int | None, passage: Passage | None
) -> Reference:
    section = outline.section(passage.section_id) if passage and passage.section_id else None
    return Reference(
        document_title=info.title,
        version=info.version,
        edition_id=info.id,
        page=page,
        axis=axis,
        axis_title=next((a.title for a in outline.axes if a.number == axis), "") if axis is not None else "",
        section_title=section.title if section else "",
        passage_id=passage.id if passage else "",
    )


def fiche_section(info: DocumentInfo, outline: Outline, section_id: str) -> FicheItem:
    """A section of an edition, its whole text. Raises KeyError for an unknown id."""
    section = outline.section(section_id)
    if section is None:
        raise KeyError(section_id)
    first = outline.passage(section.passage_ids[0]) if section.passage_ids else None
    reference = _reference(info, outline, section.page, section.axis, first)
    reference = Reference(**{**reference.__dict__, "section_title": section.title})
    paragraphs = tuple(part.strip() for part in section.text.split("\n\n") if part.strip())
    return FicheItem(FicheKind.SECTION, section.title, paragraphs, reference)


def fiche_project(info: DocumentInfo, outline: Outline, project_id: str, *, lang: str = "fr") -> FicheItem:
    """A project with its places and organisations. Raises KeyError for an unknown id."""
    project = next((p for p in outline.projects if p.id == project_id), None)
    if project is None:
        raise KeyError(project_id)
    passage = outline.passage(project.passage_id) if project.passage_id else None
    words = _fiche_words(lang)
    details = []
    if project.places:
        details.append((words["places"], ", ".join(project.places)))
    if project.organizations:
        details.append((words["organizations"], ", ".join(project.organizations)))
    text = " ".join(passage.text.split()) if passage else ""
    paragraphs = (text,) if text and text.rstrip(" .") != " ".join(project.title.split()).rstrip(" .") else ()
    reference = _reference(info, outline, project.page, project.axis, passage)
    return FicheItem(FicheKind.PROJECT, project.title, paragraphs, reference, tuple(details))


def fiche_passage(
    info: DocumentInfo,
    outline: Outline,
    passage_id: str,
    *,
    title: str = "",
    query: str = "",
    lang: str = "fr",
) -> FicheItem:
    """A passage, e.g. a search result (`query` says what was searched). Raises KeyError."""
    passage = outline.passage(passage_id)
    if passage is None:
        raise KeyError(passage_id)
    reference = _reference(info, outline, passage.page, passage.axis, passage)
    details = ((_fiche_words(lang)["query"], query),) if query else ()
    kind = FicheKind.SEARCH_RESULT if query else FicheKind.PASSAGE
    heading = title or reference.section_title or passage.text[:80]
    return FicheItem(kind, heading, (passage.text,), reference, details)


def fiche_hit(
    info: DocumentInfo, outline: Outline, hit: SearchHit, query: str, *, lang: str = "fr"
) -> FicheItem:
    """A search result: its whole passage (not the snippet), titled as the result list titles it."""
    return fiche_passage(info, outline, hit.passage_id, title=hit.title, query=query, lang=lang)


def french_date(day: date, lang: str = "fr") -> str:
    """ "25 novembre 2026" (no locale needed)."""
    months = _fiche_words(lang)["months"].split()
    if lang == "en":
        return f"{day.day} {months[day.month - 1]} {day.year}"
    return f"{'1er' if day.day == 1 else day.day} {months[day.month - 1]} {day.year}"


_INK = "#1f2328"
_ACCENT = "#1d3b6e"
_MUTED = "#5b6470"
_BODY = f"font-family:'Segoe UI', 'DejaVu Sans', Arial, sans-serif; font-size:10.5pt; color:{_INK};"
_H1 = f"font-size:19pt; color:{_ACCENT}; margin-bottom:2pt;"
_H2 = f"font-size:13pt; color:{_ACCENT}; margin-top:16pt; margin-bottom:1pt;"
_SMALL = f"font-size:8.5pt; color:{_MUTED};"


def fiche_html(
    items: Sequence[FicheItem], *, title: str = "", day: date | None = None, lang: str = "fr"
) -> str:
    """The fiche as printable HTML: a title, the date, then each item with its reference (document,
    edition, axis, page). Everything from the documents is escaped."""
    words = _fiche_words(lang)
    e = _escape
    heading = title.strip() or words["title"]
    when = french_date(day or date.today(), lang)
    count = words["item" if len(items) == 1 else "items"].format(count=len(items))
    parts = [
        '<html><head><meta charset="utf-8"/>',
        f"<title>{e(heading)}</title></head>",
        f'<body style="{_BODY}">',
        f'<h1 style="{_H1}">{e(heading)}</h1>',
        f'<p style="color:{_MUTED}; margin-top:0;">{e(when)} · {e(count)}</p>',
        "<hr/>",
    ]
    for number, item in enumerate(items, start=1):
        parts += _fiche_item_html(number, item, words)
    parts += [
        "<hr/>",
        f'<p style="font-size:8pt; color:{_MUTED};">{e(words["footer"])}</p>',
        "</body></html>",
    ]
    return "\n".join(parts)


def _fiche_item_html(number: int, item: FicheItem, words: dict[str, str]) -> list[str]:
    e = _escape
    ref = item.reference
    where = [words[f"kind.{item.kind.value}"]]
    where.append(words["axis"].format(number=ref.axis) if ref.axis is not None else words["outside"])
    where.append(words["page"].format(page=ref.page))
    parts = [
        f'<h2 style="{_H2}">{number}. {e(item.title)}</h2>',
        f'<p style="{_SMALL} margin-top:0; margin-bottom:4pt;">{e(" · ".join(where))}</p>',
    ]
    details = list(item.details)
    section = " ".join(ref.section_title.split())
    repeats = {" ".join(text.split()).casefold() for text in (item.title, ref.axis_title)}
    if section and item.kind is not FicheKind.SECTION and section.casefold() not in repeats:
        details.insert(0, (words["section"], ref.section_title))
    if details:
        rows = "".join(
            f'<tr><td style="color:{_MUTED};">{e(label + words["colon"])}</td><td>{e(value)}</td></tr>'
            for label, value in details
        )
        parts.append(f'<table cellspacing="0" cellpadding="2" style="margin-bottom:4pt;">{rows}</table>')
    parts += [
        f'<p style="margin-top:0; margin-bottom:5pt;">{e(paragraph)}</p>' for paragraph in item.paragraphs
    ]
    source = [
        f"«\u00a0{ref.document_title}\u00a0»",
        words["edition"].format(version=ref.version, id=ref.edition_id),
    ]
    if ref.axis is not None:
        source.append(
            words["axis"].format(number=ref.axis) + (f" — {ref.axis_title}" if ref.axis_title else "")
        )
    source.append(words["page"].format(page=ref.page))  # a reader finds it by its page, not by our codes
    parts.append(
        f'<p style="{_SMALL} margin-top:4pt;">'
        f"<b>{e(words['source'])}</b>{e(words['colon'])} {e(', '.join(source))}</p>"
    )
    return parts


def _escape(text: object) -> str:
    return html.escape(str(text), quote=True)


# --- Writing ---------------------------------------------------------------------------------------------


def write_export(path: Path, data: bytes) -> None:
    """Write an export atomically: a reader sees the old file or the new one, never half of it."""
    from artois_reader.core.library import write_atomic

    write_atomic(Path(path), data)
