"""The outline as the JSON of `artois-reader structure --json`, and as an indented text outline."""

from __future__ import annotations

from typing import Any

from artois_reader.core.document import DocumentInfo, Outline, Project, Section


def outline_report(info: DocumentInfo, outline: Outline) -> dict[str, Any]:
    """The shape issue 3 gives, plus "sections" (those outside any axis), "tools" and "acronyms"."""
    by_id = {section.id: section for section in outline.sections}
    projects = {project.id: project for project in outline.projects}
    return {
        "document": {"id": info.id, "title": info.title, "version": info.version, "pages": info.pages},
        "axes": [
            {
                "number": axis.number,
                "title": axis.title,
                "page": axis.page,
                "sections": [_section(by_id[sid]) for sid in axis.section_ids if sid in by_id],
                "projects": [_project(projects[pid]) for pid in axis.project_ids if pid in projects],
            }
            for axis in outline.axes
        ],
        "sections": [_section(section) for section in outline.sections if section.axis is None],
        "projects": [_project(project) for project in outline.projects],
        "explainers": [{"term": e.term, "text": e.text, "page": e.page} for e in outline.explainers],
        "contacts": [
            {
                "organization": c.organization,
                "phones": list(c.phones),
                "emails": list(c.emails),
                "websites": list(c.websites),
                "address": c.address,
            }
            for c in outline.contacts
        ],
        "organizations": [{"name": m.name, "pages": list(m.pages)} for m in outline.organizations],
        "places": [{"name": m.name, "pages": list(m.pages)} for m in outline.places],
        "figures": [
            {"value": f.value, "unit": f.unit, "label": f.label, "page": f.page} for f in outline.figures
        ],
        "tools": [{"name": t.name, "description": t.description, "page": t.page} for t in outline.tools],
        "acronyms": [{"short": a.short, "long": a.long, "page": a.page} for a in outline.acronyms],
    }


def _section(section: Section) -> dict[str, Any]:
    return {"title": section.title, "page": section.page, "text": section.text}


def _project(project: Project) -> dict[str, Any]:
    return {
        "title": project.title,
        "axis": project.axis,
        "page": project.page,
        "places": list(project.places),
        "organizations": list(project.organizations),
    }


def format_outline(info: DocumentInfo, outline: Outline) -> str:
    """A readable outline for the terminal, in French."""
    lines = [f"{info.title} — version {info.version}, {info.pages} pages", ""]
    for axis in outline.axes:
        lines.append(f"Axe {axis.number} — {axis.title} (p. {axis.page})")
        lines += [f"  § {s.title} (p. {s.page})" for s in outline.sections if s.axis == axis.number]
        projects = [p for p in outline.projects if p.axis == axis.number]
        if projects:
            lines.append("  Projets :")
            lines += [f"    • {_project_line(p)}" for p in projects]
        lines.append("")
    others = [s for s in outline.sections if s.axis is None]
    if others:
        lines.append("Hors axes" if outline.axes else "Sections")
        lines += [f"{'  ' * s.level}§ {s.title} (p. {s.page})" for s in others]
        lines.append("")
    lines += _block("Encadrés", [f"{e.term} (p. {e.page})" for e in outline.explainers])
    lines += _block("Contacts", [_contact_line(c) for c in outline.contacts])
    lines += _block(
        "Outils et structures", [f"{t.name} : {t.description} (p. {t.page})" for t in outline.tools]
    )
    lines += _block(
        "Chiffres clés",
        [
            f"{f.value} {f.unit if f.unit != '%' else ''}".rstrip() + f" — {f.label} (p. {f.page})"
            for f in outline.figures
        ],
    )
    lines += _block("Sigles", [f"{a.short} : {a.long}" for a in outline.acronyms])
    lines += _block("Organisations", [f"{m.name} ({_pages(m.pages)})" for m in outline.organizations])
    lines += _block("Lieux", [f"{m.name} ({_pages(m.pages)})" for m in outline.places])
    return "\n".join(lines).rstrip() + "\n"


def _block(title: str, rows: list[str]) -> list[str]:
    return [title, *(f"  • {row}" for row in rows), ""] if rows else []


def _project_line(project: Project) -> str:
    details = []
    if project.places:
        details.append("lieux : " + ", ".join(project.places))
    if project.organizations:
        details.append("porteurs : " + ", ".join(project.organizations))
    suffix = f" — {' ; '.join(details)}" if details else ""
    return f"{project.title} (p. {project.page}){suffix}"


def _contact_line(contact) -> str:
    fields = [*contact.phones, *contact.emails, *contact.websites]
    if contact.address:
        fields.append(contact.address)
    return f"{contact.organization or '?'} : " + " · ".join(fields) + f" (p. {contact.page})"


def _pages(pages: tuple[int, ...]) -> str:
    return ("p. " if len(pages) == 1 else "pp. ") + ", ".join(map(str, pages))
