"""Lists the reader shows: contacts, explainers, key figures, tools, places, organisations, projects,
and the passages that name one place or organisation. Pure functions, like `render`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from artois_reader.core.document import Mention
from artois_reader.ui.edition import Edition
from artois_reader.ui.navigation import Place, View
from artois_reader.ui.render import (
    Rendered,
    Theme,
    axis_label,
    contact_html,
    e,
    link,
    muted,
    page_label,
    render_missing,
)

translate = QCoreApplication.translate

MENTION_KINDS = ("place", "organization")


def group_title(key: str) -> str:
    titles = {
        "contacts": translate("Render", "Contacts"),
        "explainers": translate("Render", "“What is it?” boxes"),
        "figures": translate("Render", "Key figures"),
        "tools": translate("Render", "Tools"),
        "places": translate("Render", "Places"),
        "organizations": translate("Render", "Organisations"),
        "projects": translate("Render", "Project examples"),
    }
    return titles.get(key.partition(":")[0], key)


def render_group(edition: Edition, key: str, theme: Theme) -> Rendered:
    name, _, argument = key.partition(":")
    builders = {
        "contacts": _contacts,
        "explainers": _explainers,
        "figures": _figures,
        "tools": _tools,
        "places": lambda ed, th, _arg: _mentions(ed, th, "place", ed.outline.places),
        "organizations": lambda ed, th, _arg: _mentions(ed, th, "organization", ed.outline.organizations),
        "projects": _projects,
    }
    if name not in builders:
        return render_missing(edition, theme)
    title = group_title(name)
    if name == "projects" and argument.isdigit():
        title = f"{title} — {axis_label(int(argument))}"
    body = builders[name](edition, theme, argument)
    header = f"<p>{link(Place(edition.doc_id), edition.title)}</p><h1>{e(title)}</h1>"
    return Rendered(title, header + body)


def _source(edition: Edition, passage_id: str, page: int, theme: Theme) -> str:
    """A "p. 7" link to where something is said in the document."""
    if passage_id:
        return link(Place(edition.doc_id, View.PASSAGE, passage_id), page_label(page))
    return muted(e(page_label(page)), theme)


def _contacts(edition: Edition, theme: Theme, _argument: str) -> str:
    rows = [
        f'<table width="100%" cellpadding="8" style="background-color:{theme.box_background}">'
        f"<tr><td>{contact_html(c, theme)}<br>{_source(edition, c.passage_id, c.page, theme)}</td></tr>"
        "</table><br>"
        for c in edition.outline.contacts
    ]
    return "".join(rows) or _nothing()


def _explainers(edition: Edition, theme: Theme, _argument: str) -> str:
    rows = [
        f"<h3>{e(x.term)}</h3><p>{e(x.text)}</p><p>{_source(edition, x.passage_id, x.page, theme)}</p>"
        for x in edition.outline.explainers
    ]
    return "".join(rows) or _nothing()


def _figures(edition: Edition, theme: Theme, _argument: str) -> str:
    rows = [  # the unit beside the value, unless the value holds it ("10 %")
        f"<tr><td align='right'><b>{e(f.value)}</b></td><td>{e(f.quantity.removeprefix(f.value))}</td>"
        f"<td>{e(f.label)}</td><td>{_source(edition, f.passage_id, f.page, theme)}</td></tr>"
        for f in edition.outline.figures
    ]
    return f'<table cellpadding="4">{"".join(rows)}</table>' if rows else _nothing()


def _tools(edition: Edition, theme: Theme, _argument: str) -> str:
    rows = [
        f"<h3>{e(t.name)}</h3><p>{e(t.description)}</p><p>{_source(edition, t.passage_id, t.page, theme)}</p>"
        for t in edition.outline.tools
    ]
    return "".join(rows) or _nothing()


def _projects(edition: Edition, theme: Theme, argument: str) -> str:
    axis = int(argument) if argument.isdigit() else None
    projects = [p for p in edition.outline.projects if axis is None or p.axis == axis]
    rows = []
    for project in projects:
        details = ", ".join((*project.places, *project.organizations))
        extra = f"<br>{muted(e(details), theme)}" if details else ""
        rows.append(
            f"<li>{e(project.title)} {_source(edition, project.passage_id, project.page, theme)}{extra}</li>"
        )
    return f"<ul>{''.join(rows)}</ul>" if rows else _nothing()


def _mentions(edition: Edition, theme: Theme, kind: str, mentions: tuple[Mention, ...]) -> str:
    rows = []
    for mention in sorted(mentions, key=lambda m: (-len(m.passage_ids), m.name.casefold())):
        target = Place(edition.doc_id, View.MENTION, f"{kind}:{mention.name}")
        rows.append(f"<li>{link(target, mention.name)} {muted(f'({len(mention.passage_ids)})', theme)}</li>")
    return f"<ul>{''.join(rows)}</ul>" if rows else _nothing()


def _nothing() -> str:
    nothing = translate("Render", "Nothing of this kind was found in this document.")
    return f"<p>{e(nothing)}</p>"


def render_mention(edition: Edition, target: str, theme: Theme) -> Rendered:
    kind, _, name = target.partition(":")
    pool = edition.outline.places if kind == "place" else edition.outline.organizations
    mention = next((m for m in pool if m.name == name), None) if kind in MENTION_KINDS else None
    if mention is None:
        return render_missing(edition, theme)
    group = "places" if kind == "place" else "organizations"
    heading = translate("Render", "Place") if kind == "place" else translate("Render", "Organisation")
    parts = [f"<p>{link(Place(edition.doc_id, View.GROUP, group), group_title(group))}</p>"]
    parts.append(f"<h1>{e(mention.name)}</h1><p>{muted(e(heading), theme)}</p>")
    for passage_id in mention.passage_ids:
        passage = edition.passage(passage_id)
        if passage is None:
            continue
        section = edition.section_of(passage_id)
        where = f"{section.title} · {page_label(passage.page)}" if section else page_label(passage.page)
        parts.append(
            f"<p>{link(Place(edition.doc_id, View.PASSAGE, passage_id), where)}<br>{e(passage.text)}</p>"
        )
    title = (
        translate("Render", "Place: %1") if kind == "place" else translate("Render", "Organisation: %1")
    ).replace("%1", mention.name)
    return Rendered(title, "".join(parts), page=mention.pages[0] if mention.pages else 0)
