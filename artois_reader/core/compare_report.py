"""A `Comparison` for people: a text report (the terminal) and HTML (the app's compare view).

Both are grouped by axis: for each axis that changed, its new title, then the sections and projects
added, removed and changed in it; then what lies outside every axis; then key figures, explainer
boxes and contacts. Long unchanged stretches of a changed paragraph are shortened around the edits.

The HTML keeps to the subset QTextDocument renders (h1-h3, p, ul/li, span with inline CSS, a) and
escapes every text taken from the documents. Its links are ``artois://doc/<edition id>/passage/<id>``,
into the old edition for what was removed and the new one for what was added (both for a change).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from artois_reader.core.compare import (
    AxisChange,
    AxisStatus,
    ChangeKind,
    Comparison,
    ContactChange,
    ContactRef,
    Diff,
    DiffOp,
    DiffRun,
    ExplainerChange,
    ExplainerRef,
    FigureRef,
    PassageChange,
    ProjectChange,
    ProjectRef,
    SectionChange,
    SectionRef,
)

CONTEXT = 60
"""Characters of unchanged text kept on each side of an edit; longer stretches are cut with "…"."""

PASSAGE_LINK = "artois://doc/{doc}/passage/{passage}"

_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Comparaison de «\u00a0{title}\u00a0»",
        "old": "ancienne édition",
        "new": "nouvelle édition",
        "edition": "version {version} (id {id}), {pages} pages",
        "nothing": "Aucune différence entre les deux éditions.",
        "axis": "Axe {number}",
        "outside": "Hors axes",
        "sections_only": "Sections",
        "axis_retitled": "titre modifié",
        "axis_added": "nouvel axe",
        "axis_removed": "axe retiré",
        "before": "avant",
        "after": "après",
        "project_added": "Projet ajouté",
        "project_removed": "Projet retiré",
        "project_changed": "Projet modifié",
        "section_added": "Section ajoutée",
        "section_removed": "Section retirée",
        "section_changed": "Section modifiée",
        "section_retitled": "nouveau titre",
        "passage_added": "paragraphe ajouté",
        "passage_removed": "paragraphe retiré",
        "passage_changed": "paragraphe modifié",
        "figures": "Chiffres clés",
        "figure_added": "Chiffre ajouté",
        "figure_removed": "Chiffre retiré",
        "figure_changed": "Chiffre modifié",
        "explainers": "Encadrés",
        "explainer_added": "Encadré ajouté",
        "explainer_removed": "Encadré retiré",
        "explainer_changed": "Encadré modifié",
        "contacts": "Contacts",
        "contact_added": "Contact ajouté",
        "contact_removed": "Contact retiré",
        "contact_changed": "Contact modifié",
        "page": "p.\u00a0{page}",
        "moved_axis": "déplacé de l'axe {old} à l'axe {new}",
        "no_axis": "hors axes",
        "places": "lieux",
        "organizations": "porteurs",
        "title_field": "titre",
        "field.organization": "nom",
        "field.phones": "téléphone",
        "field.emails": "courriel",
        "field.websites": "site web",
        "field.address": "adresse",
        "link_old": "ancienne, p.\u00a0{page}",
        "link_new": "nouvelle, p.\u00a0{page}",
        "colon": "\u00a0:",
    },
    "en": {
        "title": "Comparison of “{title}”",
        "old": "old edition",
        "new": "new edition",
        "edition": "version {version} (id {id}), {pages} pages",
        "nothing": "No difference between the two editions.",
        "axis": "Axis {number}",
        "outside": "Outside the axes",
        "sections_only": "Sections",
        "axis_retitled": "retitled",
        "axis_added": "new axis",
        "axis_removed": "axis removed",
        "before": "before",
        "after": "after",
        "project_added": "Project added",
        "project_removed": "Project removed",
        "project_changed": "Project changed",
        "section_added": "Section added",
        "section_removed": "Section removed",
        "section_changed": "Section changed",
        "section_retitled": "new title",
        "passage_added": "paragraph added",
        "passage_removed": "paragraph removed",
        "passage_changed": "paragraph changed",
        "figures": "Key figures",
        "figure_added": "Figure added",
        "figure_removed": "Figure removed",
        "figure_changed": "Figure changed",
        "explainers": "Explainers",
        "explainer_added": "Explainer added",
        "explainer_removed": "Explainer removed",
        "explainer_changed": "Explainer changed",
        "contacts": "Contacts",
        "contact_added": "Contact added",
        "contact_removed": "Contact removed",
        "contact_changed": "Contact changed",
        "page": "p. {page}",
        "moved_axis": "moved from axis {old} to axis {new}",
        "no_axis": "outside the axes",
        "places": "places",
        "organizations": "organisations",
        "title_field": "title",
        "field.organization": "name",
        "field.phones": "phone",
        "field.emails": "e-mail",
        "field.websites": "website",
        "field.address": "address",
        "link_old": "old, p. {page}",
        "link_new": "new, p. {page}",
        "colon": ":",
    },
}


def _say(lang: str, key: str, **values: object) -> str:
    words = _WORDS["en" if lang == "en" else "fr"]
    return words[key].format(**values) if values else words[key]


# --- Grouping by axis ------------------------------------------------------------------------------------


@dataclass
class _Group:
    """What changed under one axis (or outside every axis: number None)."""

    number: int | None
    axis: AxisChange | None = None
    sections: list[tuple[ChangeKind, SectionRef | SectionChange]] = field(default_factory=list)
    projects: list[tuple[ChangeKind, ProjectRef | ProjectChange]] = field(default_factory=list)

    def __bool__(self) -> bool:
        retitled = self.axis is not None and self.axis.status is not AxisStatus.UNCHANGED
        return bool(retitled or self.sections or self.projects)


def _groups(comparison: Comparison) -> list[_Group]:
    groups: dict[int | None, _Group] = {axis.number: _Group(axis.number, axis) for axis in comparison.axes}

    def group(number: int | None) -> _Group:
        return groups.setdefault(number, _Group(number))

    for kind, refs in (
        (ChangeKind.ADDED, comparison.sections.added),
        (ChangeKind.REMOVED, comparison.sections.removed),
    ):
        for ref in refs:
            group(ref.axis).sections.append((kind, ref))
    for change in comparison.sections.changed:
        group(change.new.axis).sections.append((ChangeKind.CHANGED, change))
    for kind, refs in (
        (ChangeKind.ADDED, comparison.projects.added),
        (ChangeKind.REMOVED, comparison.projects.removed),
    ):
        for ref in refs:
            group(ref.axis).projects.append((kind, ref))
    for change in comparison.projects.changed:
        group(change.new.axis).projects.append((ChangeKind.CHANGED, change))
    numbered = sorted(number for number in groups if number is not None)
    ordered = [groups[number] for number in numbered]
    if None in groups:
        ordered.append(groups[None])
    return [group for group in ordered if group]


def _axis_heading(group: _Group, comparison: Comparison, lang: str) -> str:
    if group.number is None:
        return _say(lang, "outside" if comparison.axes else "sections_only")
    axis = group.axis
    title = (axis.title_new or axis.title_old or "") if axis else ""
    label = _say(lang, "axis", number=group.number)
    return f"{label} — {title}" if title else label


def shorten(diff: Diff, context: int = CONTEXT) -> Diff:
    """The same runs with long unchanged stretches cut to `context` characters around the edits."""
    runs = list(diff)
    shortened = []
    for index, run in enumerate(runs):
        text = run.text
        if run.op is DiffOp.EQUAL and len(text) > 2 * context + 10:
            first, last = index == 0, index == len(runs) - 1
            if first and not last:
                text = "…" + _cut_left(text, context)
            elif last and not first:
                text = _cut_right(text, context) + "…"
            elif not first and not last:
                text = _cut_right(text, context) + " … " + _cut_left(text, context)
        shortened.append(DiffRun(run.op, text))
    return tuple(shortened)


def _cut_left(text: str, size: int) -> str:
    """The last `size` characters or so, starting at a word."""
    tail = text[-size:]
    space = tail.find(" ")
    return tail[space + 1 :] if 0 <= space < size // 2 else tail


def _cut_right(text: str, size: int) -> str:
    head = text[:size]
    space = head.rfind(" ")
    return head[:space] if space > size // 2 else head


# --- Text -----------------------------------------------------------------------------------------------


def format_comparison(comparison: Comparison, lang: str = "fr") -> str:
    """The readable report of ``artois-reader compare`` (no --json)."""
    lines = [_say(lang, "title", title=comparison.new.title)]
    for key, edition in (("old", comparison.old), ("new", comparison.new)):
        details = _say(lang, "edition", version=edition.version, id=edition.id, pages=edition.pages)
        lines.append(f"  {_say(lang, key)}{_say(lang, 'colon')} {details}")
    lines.append("")
    if comparison.is_empty:
        lines.append(_say(lang, "nothing"))
        return "\n".join(lines) + "\n"
    for group in _groups(comparison):
        lines.append(_axis_heading(group, comparison, lang))
        lines += _axis_title_lines(group.axis, lang)
        for kind, item in group.sections:
            lines += _section_lines(kind, item, lang)
        for kind, item in group.projects:
            lines += _project_lines(kind, item, lang)
        lines.append("")
    lines += _figure_block(comparison, lang)
    lines += _explainer_block(comparison, lang)
    lines += _contact_block(comparison, lang)
    return "\n".join(lines).rstrip("\n") + "\n"


_SIGN = {ChangeKind.ADDED: "+", ChangeKind.REMOVED: "−", ChangeKind.CHANGED: "~"}


def text_diff(diff: Diff) -> str:
    """wdiff's notation: [-deleted-]{+inserted+}."""
    marks = {DiffOp.EQUAL: "{}", DiffOp.DELETE: "[-{}-]", DiffOp.INSERT: "{{+{}+}}"}
    return "".join(marks[run.op].format(run.text) for run in shorten(diff))


def _axis_title_lines(axis: AxisChange | None, lang: str) -> list[str]:
    if axis is None or axis.status is AxisStatus.UNCHANGED:
        return []
    status = _say(lang, f"axis_{axis.status.value}")
    lines = [f"  ~ {status}"]
    if axis.title_old:
        lines.append(f"    {_say(lang, 'before')}{_say(lang, 'colon')} {axis.title_old}")
    if axis.title_new:
        lines.append(f"    {_say(lang, 'after')}{_say(lang, 'colon')} {axis.title_new}")
    return lines


def _line(kind: ChangeKind, label: str, title: str, page: int, passage_id: str, lang: str) -> str:
    """ "  + Projet ajouté : Titre (p. 4) [p4.14]"."""
    where = f" [{passage_id}]" if passage_id else ""
    return f"  {_SIGN[kind]} {label}{_say(lang, 'colon')} {title} ({_page(lang, page)}){where}"


def _page(lang: str, page: int | None) -> str:
    return _say(lang, "page", page=page)


def _section_lines(kind: ChangeKind, item: SectionRef | SectionChange, lang: str) -> list[str]:
    label = _say(lang, f"section_{kind.value}")
    if isinstance(item, SectionRef):
        return [_line(kind, label, item.title, item.page, item.passage_id, lang)]
    lines = [_line(kind, label, item.new.title, item.new.page, item.new.passage_id, lang)]
    if item.title_changed:
        lines.append(
            f"      {_say(lang, 'section_retitled')}{_say(lang, 'colon')} {text_diff(item.title_diff)}"
        )
    for passage in item.passages:
        lines.append(f"      {_passage_label(passage, lang)}{_say(lang, 'colon')} {text_diff(passage.diff)}")
    return lines


def _passage_label(passage: PassageChange, lang: str) -> str:
    where = passage.new_id or passage.old_id
    page = passage.new_page if passage.new_id else passage.old_page
    return f"{_say(lang, f'passage_{passage.kind.value}')} ({_page(lang, page)}) [{where}]"


def _project_lines(kind: ChangeKind, item: ProjectRef | ProjectChange, lang: str) -> list[str]:
    label = _say(lang, f"project_{kind.value}")
    if isinstance(item, ProjectRef):
        details = _project_details(item, lang)
        return [_line(kind, label, item.title, item.page, item.passage_id, lang) + details]
    lines = [_line(kind, label, item.new.title, item.new.page, item.new.passage_id, lang)]
    lines += [f"      {line}" for line in _project_change_details(item, lang)]
    return lines


def _project_details(ref: ProjectRef, lang: str) -> str:
    parts = []
    if ref.places:
        parts.append(f"{_say(lang, 'places')}{_say(lang, 'colon')} {', '.join(ref.places)}")
    if ref.organizations:
        parts.append(f"{_say(lang, 'organizations')}{_say(lang, 'colon')} {', '.join(ref.organizations)}")
    return (" — " + " ; ".join(parts)) if parts else ""


def _project_change_details(change: ProjectChange, lang: str) -> list[str]:
    lines = []
    colon = _say(lang, "colon")
    if "title" in change.changes:
        lines.append(f"{_say(lang, 'title_field')}{colon} {text_diff(change.diff)}")
    if "axis" in change.changes:
        none = _say(lang, "no_axis")
        lines.append(
            _say(lang, "moved_axis", old=change.old.axis if change.old.axis is not None else none,
                 new=change.new.axis if change.new.axis is not None else none)
        )  # fmt: skip
    for name in ("places", "organizations"):
        if name in change.changes:
            before, after = ", ".join(getattr(change.old, name)), ", ".join(getattr(change.new, name))
            lines.append(f"{_say(lang, name)}{colon} {before or '—'} → {after or '—'}")
    return lines


def _figure_text(ref: FigureRef) -> str:
    return f"{ref.value} {ref.unit}" if ref.unit != "%" else f"{ref.value}"


def _figure_block(comparison: Comparison, lang: str) -> list[str]:
    figures = comparison.figures
    if not figures:
        return []
    colon = _say(lang, "colon")
    lines = [_say(lang, "figures")]
    for change in figures.changed:
        values = f"{_figure_text(change.old)} → {_figure_text(change.new)}"
        line = _line(
            ChangeKind.CHANGED,
            _say(lang, "figure_changed"),
            values,
            change.new.page,
            change.new.passage_id,
            lang,
        )
        lines.append(f"{line} — {change.new.label}")
    for kind, refs in ((ChangeKind.ADDED, figures.added), (ChangeKind.REMOVED, figures.removed)):
        for ref in refs:
            lines.append(
                f"  {_SIGN[kind]} {_say(lang, f'figure_{kind.value}')}{colon} {_figure_text(ref)}"
                f" ({_page(lang, ref.page)}) [{ref.passage_id}] — {ref.label}"
            )
    return [*lines, ""]


def _explainer_block(comparison: Comparison, lang: str) -> list[str]:
    explainers = comparison.explainers
    if not explainers:
        return []
    colon = _say(lang, "colon")
    lines = [_say(lang, "explainers")]
    for kind, refs in ((ChangeKind.ADDED, explainers.added), (ChangeKind.REMOVED, explainers.removed)):
        for ref in refs:
            label = _say(lang, f"explainer_{kind.value}")
            lines.append(
                f"  {_SIGN[kind]} {label}{colon} {ref.term} ({_page(lang, ref.page)}) [{ref.passage_id}]"
            )
    for change in explainers.changed:
        label = _say(lang, "explainer_changed")
        lines.append(
            f"  ~ {label}{colon} {change.new.term} ({_page(lang, change.new.page)}) [{change.new.passage_id}]"
        )
        lines.append(f"      {text_diff(change.diff)}")
    return [*lines, ""]


def _contact_block(comparison: Comparison, lang: str) -> list[str]:
    contacts = comparison.contacts
    if not contacts:
        return []
    colon = _say(lang, "colon")
    lines = [_say(lang, "contacts")]
    for kind, refs in ((ChangeKind.ADDED, contacts.added), (ChangeKind.REMOVED, contacts.removed)):
        for ref in refs:
            label = _say(lang, f"contact_{kind.value}")
            lines.append(f"  {_SIGN[kind]} {label}{colon} {_contact_line(ref)} ({_page(lang, ref.page)})")
    for change in contacts.changed:
        label = _say(lang, "contact_changed")
        lines.append(_line(ChangeKind.CHANGED, label, change.new.organization, change.new.page, "", lang))
        lines += [f"      {line}" for line in _contact_change_lines(change, lang)]
    return [*lines, ""]


def _contact_line(ref: ContactRef) -> str:
    fields = [*ref.phones, *ref.emails, *ref.websites, *([ref.address] if ref.address else [])]
    return f"{ref.organization}" + (f" : {' · '.join(fields)}" if fields else "")


def _contact_field(ref: ContactRef, name: str) -> str:
    value = getattr(ref, name)
    if isinstance(value, tuple):
        return ", ".join(value)
    return value or ""


def _contact_change_lines(change: ContactChange, lang: str) -> list[str]:
    colon = _say(lang, "colon")
    return [
        f"{_say(lang, f'field.{name}')}{colon} {_contact_field(change.old, name) or '—'} → "
        f"{_contact_field(change.new, name) or '—'}"
        for name in change.changes
    ]


# --- HTML -----------------------------------------------------------------------------------------------

_STYLE = {
    DiffOp.DELETE: "background-color:#fbe0e0; color:#8a1f1f; text-decoration:line-through;",
    DiffOp.INSERT: "background-color:#dcf2df; color:#12561f; font-weight:600;",
}
_MUTED = "color:#5f6368;"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def passage_link(doc_id: str, passage_id: str) -> str:
    """The address the app's views open: a passage of one edition."""
    return PASSAGE_LINK.format(doc=doc_id, passage=passage_id)


def html_diff(diff: Diff, *, shorten_equal: bool = True) -> str:
    """Runs as HTML: deletions struck through on red, insertions on green, everything escaped."""
    runs = shorten(diff) if shorten_equal else diff
    pieces = []
    for index, run in enumerate(runs):
        text = _e(run.text)
        if run.op is DiffOp.INSERT and index and runs[index - 1].op is DiffOp.DELETE:
            pieces.append(" ")  # "650 000 660 000", not "650 000660 000"
        pieces.append(text if run.op is DiffOp.EQUAL else f'<span style="{_STYLE[run.op]}">{text}</span>')
    return "".join(pieces)


def comparison_html(comparison: Comparison, lang: str = "fr") -> str:
    """The compare view's HTML: a whole document, escaped, with links into both editions."""
    old, new = comparison.old, comparison.new
    link = _Links(old.id, new.id, lang)
    body = [f'<h1 style="font-size:15pt;">{_e(_say(lang, "title", title=new.title))}</h1>']
    body.append('<p style="' + _MUTED + '">')
    for key, edition in (("old", old), ("new", new)):
        details = _say(lang, "edition", version=edition.version, id=edition.id, pages=edition.pages)
        body.append(f"{_e(_say(lang, key))}{_e(_say(lang, 'colon'))} {_e(details)}<br/>")
    body.append("</p>")
    if comparison.is_empty:
        body.append(f"<p>{_e(_say(lang, 'nothing'))}</p>")
    for group in _groups(comparison):
        body.append(f"<h2>{_e(_axis_heading(group, comparison, lang))}</h2>")
        items = _axis_title_html(group.axis, lang)
        items += [_section_html(kind, item, link, lang) for kind, item in group.sections]
        items += [_project_html(kind, item, link, lang) for kind, item in group.projects]
        body.append(_ul(items))
    body += _figures_html(comparison, link, lang)
    body += _explainers_html(comparison, link, lang)
    body += _contacts_html(comparison, link, lang)
    return (
        '<html><head><meta charset="utf-8"/></head>'
        "<body style=\"font-family:'Segoe UI', 'DejaVu Sans', sans-serif; font-size:10pt;\">"
        + "\n".join(body)
        + "</body></html>"
    )


@dataclass(frozen=True)
class _Links:
    old_id: str
    new_id: str
    lang: str

    def old(self, passage_id: str, page: int | None) -> str:
        return self._a(self.old_id, passage_id, _say(self.lang, "link_old", page=page))

    def new(self, passage_id: str, page: int | None) -> str:
        return self._a(self.new_id, passage_id, _say(self.lang, "link_new", page=page))

    def pair(self, old: SectionRef | ProjectRef, new: SectionRef | ProjectRef) -> str:
        return self.both((old.passage_id, old.page), (new.passage_id, new.page))

    def both(self, old: tuple[str | None, int | None], new: tuple[str | None, int | None]) -> str:
        links = []
        if old[0]:
            links.append(self.old(old[0], old[1]))
        if new[0]:
            links.append(self.new(new[0], new[1]))
        return f' <span style="{_MUTED}">(' + " · ".join(links) + ")</span>" if links else ""

    @staticmethod
    def _a(doc_id: str, passage_id: str, label: str) -> str:
        return f'<a href="{_e(passage_link(doc_id, passage_id))}">{_e(label)}</a>'


def _ul(items: Iterable[str]) -> str:
    items = list(items)
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items else ""


def _label(lang: str, key: str) -> str:
    return f"<b>{_e(_say(lang, key))}</b>{_e(_say(lang, 'colon'))} "


def _axis_title_html(axis: AxisChange | None, lang: str) -> list[str]:
    if axis is None or axis.status is AxisStatus.UNCHANGED:
        return []
    parts = [f"<b>{_e(_say(lang, f'axis_{axis.status.value}'))}</b>"]
    if axis.title_old:
        parts.append(f"{_e(_say(lang, 'before'))}{_e(_say(lang, 'colon'))} "
                     f'<span style="{_STYLE[DiffOp.DELETE]}">{_e(axis.title_old)}</span>')  # fmt: skip
    if axis.title_new:
        parts.append(f"{_e(_say(lang, 'after'))}{_e(_say(lang, 'colon'))} "
                     f'<span style="{_STYLE[DiffOp.INSERT]}">{_e(axis.title_new)}</span>')  # fmt: skip
    return ["<br/>".join(parts)]


def _section_html(kind: ChangeKind, item: SectionRef | SectionChange, link: _Links, lang: str) -> str:
    label = _label(lang, f"section_{kind.value}")
    if isinstance(item, SectionRef):
        where = (
            link.old(item.passage_id, item.page)
            if kind is ChangeKind.REMOVED
            else link.new(item.passage_id, item.page)
        )
        return f'{label}{_e(item.title)} <span style="{_MUTED}">({where})</span>'
    parts = [f"{label}{_e(item.new.title)}{link.pair(item.old, item.new)}"]
    if item.title_changed:
        retitled = f"<i>{_e(_say(lang, 'section_retitled'))}</i>{_e(_say(lang, 'colon'))}"
        parts.append(f"{retitled} {html_diff(item.title_diff)}")
    rows = [
        f"<i>{_e(_say(lang, f'passage_{passage.kind.value}'))}</i>"
        f"{link.both((passage.old_id, passage.old_page), (passage.new_id, passage.new_page))}"
        f"{_e(_say(lang, 'colon'))} {html_diff(passage.diff)}"
        for passage in item.passages
    ]
    return "<br/>".join(parts) + _ul(rows)


def _project_html(kind: ChangeKind, item: ProjectRef | ProjectChange, link: _Links, lang: str) -> str:
    label = _label(lang, f"project_{kind.value}")
    if isinstance(item, ProjectRef):
        where = (
            link.old(item.passage_id, item.page)
            if kind is ChangeKind.REMOVED
            else link.new(item.passage_id, item.page)
        )
        details = _e(_project_details(item, lang))
        return f'{label}{_e(item.title)}{details} <span style="{_MUTED}">({where})</span>'
    head = f"{label}{_e(item.new.title)}{link.pair(item.old, item.new)}"
    lines = []
    for line in _project_change_details(item, lang):
        lines.append(_e(line))
    if "title" in item.changes:
        lines[0] = f"{_e(_say(lang, 'title_field'))}{_e(_say(lang, 'colon'))} {html_diff(item.diff)}"
    return head + "".join(f"<br/>{line}" for line in lines)


def _section_block(title: str, items: list[str]) -> list[str]:
    return [f"<h2>{_e(title)}</h2>", _ul(items)] if items else []


def _figures_html(comparison: Comparison, link: _Links, lang: str) -> list[str]:
    figures = comparison.figures
    items = []
    for change in figures.changed:
        items.append(
            f"{_label(lang, 'figure_changed')}"
            f'<span style="{_STYLE[DiffOp.DELETE]}">{_e(_figure_text(change.old))}</span> → '
            f'<span style="{_STYLE[DiffOp.INSERT]}">{_e(_figure_text(change.new))}</span>'
            f" — {_e(change.new.label)}"
            f"{link.both((change.old.passage_id, change.old.page), (change.new.passage_id, change.new.page))}"
        )
    items += _refs_html(figures.added, figures.removed, "figure", link, lang,
                        lambda ref: f"{_e(_figure_text(ref))} — {_e(ref.label)}")  # fmt: skip
    return _section_block(_say(lang, "figures"), items)


def _refs_html(
    added: Iterable[FigureRef | ExplainerRef | ContactRef],
    removed: Iterable[FigureRef | ExplainerRef | ContactRef],
    what: str,
    link: _Links,
    lang: str,
    describe: Callable[..., str],
) -> list[str]:
    items = []
    for kind, refs in ((ChangeKind.ADDED, added), (ChangeKind.REMOVED, removed)):
        for ref in refs:
            where = (
                (link.old if kind is ChangeKind.REMOVED else link.new)(ref.passage_id, ref.page)
                if ref.passage_id
                else ""
            )
            suffix = f' <span style="{_MUTED}">({where})</span>' if where else ""
            items.append(f"{_label(lang, f'{what}_{kind.value}')}{describe(ref)}{suffix}")
    return items


def _explainers_html(comparison: Comparison, link: _Links, lang: str) -> list[str]:
    explainers = comparison.explainers
    items = _refs_html(
        explainers.added, explainers.removed, "explainer", link, lang, lambda ref: _e(ref.term)
    )
    for change in explainers.changed:
        items.append(_explainer_change_html(change, link, lang))
    return _section_block(_say(lang, "explainers"), items)


def _explainer_change_html(change: ExplainerChange, link: _Links, lang: str) -> str:
    where = link.both((change.old.passage_id, change.old.page), (change.new.passage_id, change.new.page))
    return f"{_label(lang, 'explainer_changed')}{_e(change.new.term)}{where}<br/>{html_diff(change.diff)}"


def _contacts_html(comparison: Comparison, link: _Links, lang: str) -> list[str]:
    contacts = comparison.contacts
    items = _refs_html(
        contacts.added, contacts.removed, "contact", link, lang, lambda ref: _e(_contact_line(ref))
    )
    for change in contacts.changed:
        where = link.both((change.old.passage_id, change.old.page), (change.new.passage_id, change.new.page))
        lines = "".join(f"<br/>{_e(line)}" for line in _contact_change_lines(change, lang))
        items.append(f"{_label(lang, 'contact_changed')}{_e(change.new.organization)}{where}{lines}")
    return _section_block(_say(lang, "contacts"), items)
