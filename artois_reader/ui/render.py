"""Places -> HTML for the reader. Pure functions: no widget, every piece of document text escaped.

What the reader shows is built here from an `Edition`: the document overview, an axis, a section
(with a passage in focus), a page, the passages naming a place or an organisation, and the lists of
contacts, explainers, key figures and tools. Passages carry `<a name="p3.2">` anchors so a search hit
opens at its passage. Links are internal (`artois:` places) or web, e-mail and phone links built from
the document's own contacts; the reader decides which ones may open.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from artois_reader.core.document import Contact, Passage, PassageKind, Section
from artois_reader.core.noise import is_noise_text
from artois_reader.ui.edition import Edition
from artois_reader.ui.folding import fold
from artois_reader.ui.navigation import Place, View, place_url

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Theme:
    """Colours taken from the palette by the reader, so dark and light themes both read well."""

    muted: str = "#5f6368"
    focus_background: str = "#fff1b8"
    focus_text: str = "#000000"
    box_background: str = "#eef3f8"


@dataclass(frozen=True)
class Rendered:
    title: str  # plain text: what the reader shows (for the window title and the references)
    html: str
    anchor: str = ""  # the anchor to scroll to ("" = top)
    page: int = 0
    axis: int | None = None
    section_id: str | None = None
    found: bool = True  # False when the place no longer exists in this edition


def e(text: str) -> str:
    return html.escape(text, quote=True)


def tooltip(text: str) -> str:
    """Document text for a tooltip. Qt renders a tooltip as HTML when it merely starts with a tag, so
    it is always given as escaped HTML: shown exactly as written, never as markup."""
    return "<p>" + e(text).replace("\n", "<br>") + "</p>" if text else ""


class Plurals(QObject):
    """Words whose form follows a number. A QObject, so that lupdate sees `self.tr(…, n)` as a
    plural (it does not in `QCoreApplication.translate` calls)."""

    def pages(self, count: int) -> str:
        return self.tr("%n page(s)", "", count)


def page_count(count: int) -> str:
    """ "1 page", "10 pages" (in the user's language)."""
    return Plurals().pages(count)


def page_label(page: int) -> str:
    return translate("Render", "p. %1").replace("%1", str(page))


def axis_label(number: int) -> str:
    return translate("Render", "Axis %1").replace("%1", str(number))


def heading(text: str, level: int = 2) -> str:
    return f"<h{level}>{e(text)}</h{level}>"


def link(place: Place, text: str) -> str:
    return f'<a href="{e(place_url(place))}">{e(text)}</a>'


def _section_link(doc: str, section: Section) -> str:
    """A link to a section; in italics when the text gives it no heading (its first words)."""
    shown = link(Place(doc, View.SECTION, section.id), section.title)
    return shown if section.titled else f"<i>{shown}</i>"


def muted(text_html: str, theme: Theme) -> str:
    return f'<span style="color:{theme.muted}">{text_html}</span>'


def render_place(
    place: Place, edition: Edition, *, raw: bool = False, theme: Theme | None = None
) -> Rendered:
    """The page the reader shows for a place of this edition."""
    theme = theme or Theme()
    if place.view == View.DOCUMENT:
        return render_document(edition, theme)
    if place.view == View.AXIS and place.target.isdigit() and edition.axis(int(place.target)):
        return render_axis(edition, int(place.target), theme)
    if place.view == View.SECTION and edition.section(place.target):
        return render_section(edition, place.target, theme=theme, raw=raw)
    if place.view == View.PASSAGE and edition.passage(place.target):
        section = edition.section_of(place.target)
        if section is not None:
            return render_section(edition, section.id, focus=place.target, theme=theme, raw=raw)
        return render_page(
            edition, edition.passages[place.target].page, focus=place.target, theme=theme, raw=raw
        )
    if place.view == View.PAGE and place.target.isdigit():
        return render_page(edition, int(place.target), theme=theme, raw=raw)
    if place.view in (View.MENTION, View.GROUP):
        from artois_reader.ui import render_lists  # it builds on the helpers of this module

        render_list = render_lists.render_mention if place.view == View.MENTION else render_lists.render_group
        return render_list(edition, place.target, theme)
    return render_missing(edition, theme)


def render_missing(edition: Edition, theme: Theme) -> Rendered:
    text = translate("Render", "This place no longer exists in this version of the document.")
    back = link(Place(edition.doc_id), translate("Render", "Back to the document overview"))
    return Rendered(edition.title, f"<h1>{e(edition.title)}</h1><p>{e(text)}</p><p>{back}</p>", found=False)


# --- Document and axis overviews -----------------------------------------------------------------


def render_document(edition: Edition, theme: Theme) -> Rendered:
    info, outline, doc = edition.info, edition.outline, edition.doc_id
    meta = translate("Render", "Version %1 · %2 · %3").replace("%1", str(info.version))
    meta = meta.replace("%2", page_count(info.pages)).replace("%3", info.source_name)
    parts = [f"<h1>{e(info.title)}</h1>", f"<p>{muted(e(meta), theme)}</p>"]
    if outline.axes:
        parts.append(heading(translate("Render", "Axes")) + "<ul>")
        for axis in outline.axes:
            label = f"{axis_label(axis.number)} — {axis.title}"
            parts.append(_item(link(Place(doc, View.AXIS, str(axis.number)), label), axis.page, theme))
        parts.append("</ul>")
    loose = [s for s in outline.sections if s.axis is None]
    if loose:
        parts.append(heading(translate("Render", "Other sections")))
        parts.append(_section_list(edition, loose, theme))
    groups = [
        ("contacts", translate("Render", "Contacts"), len(outline.contacts)),
        ("explainers", translate("Render", "“What is it?” boxes"), len(outline.explainers)),
        ("figures", translate("Render", "Key figures"), len(outline.figures)),
        ("places", translate("Render", "Places"), len(outline.places)),
        ("organizations", translate("Render", "Organisations"), len(outline.organizations)),
        ("tools", translate("Render", "Tools"), len(outline.tools)),
    ]
    present = [(key, label, n) for key, label, n in groups if n]
    if present:
        parts.append(heading(translate("Render", "Also in this document")) + "<ul>")
        parts += [f"<li>{link(Place(doc, View.GROUP, key), label)} ({n})</li>" for key, label, n in present]
        parts.append("</ul>")
    if not outline.sections and not outline.axes:
        parts.append(_pages_list(edition, theme))
    return Rendered(info.title, "".join(parts), page=1)


def _section_list(edition: Edition, sections: list[Section], theme: Theme) -> str:
    items = [_item(_section_link(edition.doc_id, s), s.page, theme) for s in sections]
    return "<ul>" + "".join(items) + "</ul>"


def _item(link_html: str, page: int, theme: Theme, extra: str = "") -> str:
    """A list item: a link, then what is known about it (escaped HTML), then its page."""
    return f"<li>{link_html}{extra} {muted(e(page_label(page)), theme)}</li>"


def _pages_list(edition: Edition, theme: Theme) -> str:
    """For a document without any structure found: one link per page."""
    label = translate("Render", "Page %1")
    items = [
        link(Place(edition.doc_id, View.PAGE, str(n)), label.replace("%1", str(n)))
        for n in range(1, edition.info.pages + 1)
    ]
    return heading(translate("Render", "Pages")) + "<p>" + " · ".join(items) + "</p>"


def render_axis(edition: Edition, number: int, theme: Theme) -> Rendered:
    axis = edition.axes[number]
    doc = edition.doc_id
    parts = [
        f"<p>{muted(e(axis_label(number)) + ' · ' + e(page_label(axis.page)), theme)}</p>",
        f"<h1>{e(axis.title)}</h1>",
    ]
    sections = [edition.sections[sid] for sid in axis.section_ids if sid in edition.sections]
    if sections:
        parts.append(heading(translate("Render", "Sections")))
        parts.append(_section_list(edition, sections, theme))
    projects = [p for p in edition.outline.projects if p.id in axis.project_ids]
    if projects:
        parts.append(heading(translate("Render", "Project examples")) + "<ul>")
        for project in projects:
            target = (
                Place(doc, View.PASSAGE, project.passage_id)
                if project.passage_id
                else Place(doc, View.AXIS, str(number))
            )
            where = ", ".join(project.places)
            extra = f" — {muted(e(where), theme)}" if where else ""
            parts.append(_item(link(target, project.title), project.page, theme, extra))
        parts.append("</ul>")
    title = f"{axis_label(number)} — {axis.title}"
    return Rendered(title, "".join(parts), page=axis.page, axis=number)


# --- Sections, pages and passages ------------------------------------------------------------------


def render_section(
    edition: Edition, section_id: str, *, focus: str = "", theme: Theme, raw: bool = False
) -> Rendered:
    section = edition.sections[section_id]
    doc = edition.doc_id
    crumbs = [e(page_label(section.page))]  # escaped HTML pieces
    axis = edition.axis(section.axis)
    if axis is not None:
        crumbs.insert(
            0, link(Place(doc, View.AXIS, str(axis.number)), f"{axis_label(axis.number)} — {axis.title}")
        )
    anchor = f'<a name="{e(section.id)}"></a>'
    parts = [  # an untitled section's first words are its text's: they are not said twice
        f"<p>{'' if section.titled else anchor}{muted(' · '.join(crumbs), theme)}</p>",
        f"<h1>{anchor}{e(section.title)}</h1>" if section.titled else "",
    ]
    passages = [edition.passages[pid] for pid in section.passage_ids if pid in edition.passages]
    if passages and _same_words(passages[0].text, section.title) and passages[0].kind == PassageKind.HEADING:
        passages = passages[1:]
    if passages:
        parts.append(
            _passages_html(edition, passages, focus=focus, first_page=section.page, theme=theme, raw=raw)
        )
    else:
        parts += [
            f"<p>{e(paragraph)}</p>" for paragraph in re.split(r"\n\s*\n", section.text) if paragraph.strip()
        ]
    parts.append(_neighbour_links(edition, section_id, theme))
    focus_page = edition.passages[focus].page if focus in edition.passages else section.page
    return Rendered(
        section.title, "".join(parts), anchor=focus, page=focus_page, axis=section.axis, section_id=section.id
    )


def render_page(edition: Edition, page: int, *, focus: str = "", theme: Theme, raw: bool = False) -> Rendered:
    title = translate("Render", "Page %1").replace("%1", str(page))
    parts = [f"<p>{muted(e(edition.title), theme)}</p>", f"<h1>{e(title)}</h1>"]
    passages = edition.passages_of_page(page)
    if passages:
        parts.append(_passages_html(edition, passages, focus=focus, first_page=page, theme=theme, raw=raw))
    elif (document := edition.read_pages()) is not None and 1 <= page <= len(document.pages):
        text = document.pages[page - 1]
        body = text.raw if raw else text.text
        parts += [f"<p>{e(p)}</p>" for p in re.split(r"\n\s*\n", body) if p.strip()]
    else:
        return render_missing(edition, theme)
    nav = []
    if page > 1:
        nav.append(
            link(Place(edition.doc_id, View.PAGE, str(page - 1)), "← " + translate("Render", "Previous page"))
        )
    if page < edition.info.pages:
        nav.append(
            link(Place(edition.doc_id, View.PAGE, str(page + 1)), translate("Render", "Next page") + " →")
        )
    parts.append("<hr><p>" + " &nbsp;·&nbsp; ".join(nav) + "</p>")
    axis = next((p.axis for p in passages if p.axis is not None), None)
    return Rendered(title, "".join(parts), anchor=focus, page=page, axis=axis)


def _same_words(a: str, b: str) -> bool:
    return fold(" ".join(a.split())).strip(" .:") == fold(" ".join(b.split())).strip(" .:")


def _passages_html(
    edition: Edition, passages: list[Passage], *, focus: str, first_page: int, theme: Theme, raw: bool
) -> str:
    parts: list[str] = []
    page = first_page
    in_list = False
    in_box = False  # an explainer's box is open: its question and answer passages share it
    for passage in passages:
        explainer = not raw and passage.kind == PassageKind.EXPLAINER
        joined = in_box and explainer and passage.page == page and not _asks(passage.text)
        if in_box and not joined:
            parts.append("</table>")
            in_box = False
        if passage.page != page:
            page = passage.page
            if in_list:
                parts.append("</ul>")
                in_list = False
            parts.append(f'<p align="right">{muted("— " + e(page_label(page)) + " —", theme)}</p>')
        listed = not raw and edition.is_list_item(passage.id) and passage.kind not in _BOXED
        if listed != in_list:
            parts.append("<ul>" if listed else "</ul>")
            in_list = listed
        if explainer:
            if not in_box:
                parts.append(_BOX_TABLE)
                in_box = True
            parts.append(_box_row(passage, focused=passage.id == focus, theme=theme, labelled=not joined))
            continue
        contact = edition.contact_of(passage.id) if passage.kind == PassageKind.CONTACT else None
        parts.append(
            _passage_html(
                passage, focused=passage.id == focus, listed=listed, theme=theme, raw=raw, contact=contact
            )
        )
    if in_box:
        parts.append("</table>")
    if in_list:
        parts.append("</ul>")
    return "".join(parts)


def _asks(text: str) -> bool:
    """A passage that asks its question ("L'inscription à l'UNESCO, c'est quoi ?") opens a box."""
    return text.rstrip().endswith("?")


_BOXED = (PassageKind.EXPLAINER, PassageKind.CONTACT)


RAW_LINE = "margin-top:0; margin-left:24px; text-indent:-24px; white-space:pre-wrap; font-family:monospace"
"""A line of the OCR text: a narrow reader wraps it with a hanging indent, so the lines the OCR gave
stay apart from the wrapping."""


def _raw_html(text: str, anchor: str, *, focused: bool, theme: Theme) -> str:
    colours = f"background-color:{theme.focus_background}; color:{theme.focus_text}; " if focused else ""
    lines = text.split("\n")
    paragraphs = [
        f'<p style="{colours}{RAW_LINE}; margin-bottom:{12 if n == len(lines) - 1 else 0}px">'
        f"{anchor if n == 0 else ''}{e(line) or '&nbsp;'}</p>"
        for n, line in enumerate(lines)
    ]  # a blank after the passage's last line, as between paragraphs
    return "".join(paragraphs)


def _passage_html(
    passage: Passage, *, focused: bool, listed: bool, theme: Theme, raw: bool, contact: Contact | None = None
) -> str:
    """One passage; a contact found by structure extraction shows its phone, e-mail and web links."""
    anchor = f'<a name="{e(passage.id)}"></a>'
    style = f' style="background-color:{theme.focus_background}; color:{theme.focus_text}"' if focused else ""
    if raw:
        return _raw_html(passage.raw or passage.text, anchor, focused=focused, theme=theme)
    text = e(passage.text)
    if passage.kind == PassageKind.HEADING:
        return f"<h3{style}>{anchor}{text}</h3>"
    if passage.kind in _BOXED:
        body = contact_html(contact, theme) if contact is not None else None
        return _BOX_TABLE + _box_row(passage, focused=focused, theme=theme, body=body) + "</table>"
    if listed:
        return f"<li{style}>{anchor}{text}</li>"
    if not focused and is_noise_text(passage.text):  # a map label, a logo, a legend: read off a picture
        return f'<p style="color:{theme.muted}"><i>{anchor}{text}</i></p>'
    return f"<p{style}>{anchor}{text}</p>"


_BOX_TABLE = '<table width="100%" cellpadding="8" cellspacing="0">'


def _box_row(
    passage: Passage, *, focused: bool, theme: Theme, labelled: bool = True, body: str | None = None
) -> str:
    """A boxed passage (an explainer, a contact) as one row of its box: its label ("C'est quoi ?") on
    the box's first row only, the row coloured as the focus when it is the passage searched for."""
    anchor = f'<a name="{e(passage.id)}"></a>'
    label = (
        translate("Render", "What is it?")
        if passage.kind == PassageKind.EXPLAINER
        else translate("Render", "Contact")
    )
    background = theme.focus_background if focused else theme.box_background
    colour = f" color:{theme.focus_text};" if focused else ""
    heading = f"<b>{e(label)}</b><br>" if labelled else ""
    content = body if body is not None else _line_breaks(e(passage.text))
    return f'<tr><td style="background-color:{background};{colour}">{anchor}{heading}{content}</td></tr>'


def _line_breaks(escaped: str) -> str:
    return escaped.replace("\n", "<br>")


def _neighbour_links(edition: Edition, section_id: str, theme: Theme) -> str:
    before, after = edition.neighbours(section_id)
    nav = []
    if before is not None:
        nav.append("← " + link(Place(edition.doc_id, View.SECTION, before.id), before.title))
    if after is not None:
        nav.append(link(Place(edition.doc_id, View.SECTION, after.id), after.title) + " →")
    return "<hr><p>" + " &nbsp;·&nbsp; ".join(nav) + "</p>" if nav else ""


def phone_href(phone: str) -> str:
    """ "03 21 00 00 00" -> "tel:+33321000000"; other numbers keep their digits and a leading +."""
    digits = re.sub(r"[^\d+]", "", phone)
    if re.fullmatch(r"0\d{9}", digits):
        digits = "+33" + digits[1:]
    return "tel:" + digits


def website_href(site: str) -> str:
    site = site.strip()
    return site if re.match(r"https?://", site, re.IGNORECASE) else "https://" + site


def contact_html(contact: Contact, theme: Theme) -> str:
    """A contact as the reader shows it: organisation, then phone, e-mail, website and address links."""
    lines = [f"<b>{e(contact.organization)}</b>"]
    lines += [f'<a href="{e(phone_href(p))}">{e(p)}</a>' for p in contact.phones]
    lines += [f'<a href="{e("mailto:" + m)}">{e(m)}</a>' for m in contact.emails]
    lines += [f'<a href="{e(website_href(w))}">{e(w)}</a>' for w in contact.websites]
    if contact.address:
        lines.append(e(contact.address))
    return "<br>".join(lines)


def render_welcome(*, busy: bool) -> Rendered:
    """What the reader shows before any document is there."""
    title = translate("Render", "Welcome to Artois Reader")
    if busy:
        text = translate(
            "Render",
            "The CRTE of the Pôle Métropolitain de l'Artois is being prepared. "
            "This happens once; the progress is shown at the bottom of the window.",
        )
    else:
        text = translate(
            "Render",
            "The library is empty. Open a PDF or a text file with File › Open… (Ctrl+O), or drop it here.",
        )
    return Rendered(title, f"<h1>{e(title)}</h1><p>{e(text)}</p>", found=not busy)
