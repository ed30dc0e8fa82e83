"""How a passage is cited: « Titre », version 2 — Axe 1 — … — section « … » — p. 7."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from artois_reader.ui.edition import Edition
from artois_reader.ui.render import axis_label, page_label

translate = QCoreApplication.translate


def format_reference(
    edition: Edition, *, page: int, axis: int | None = None, section_id: str | None = None
) -> str:
    parts = [
        translate("Reference", "“%1”, version %2")
        .replace("%1", edition.title)
        .replace("%2", str(edition.info.version))
    ]
    found_axis = edition.axis(axis)
    if found_axis is not None:
        label = axis_label(found_axis.number)
        parts.append(f"{label} — {found_axis.title}")
    section = edition.section(section_id)
    if section is not None and (found_axis is None or section.title != found_axis.title):
        parts.append(translate("Reference", "section “%1”").replace("%1", section.title))
    if page:
        parts.append(page_label(page))
    return " — ".join(parts)


def reference_of_passage(edition: Edition, passage_id: str) -> str:
    passage = edition.passage(passage_id)
    if passage is None:
        return format_reference(edition, page=0)
    section = edition.section_of(passage_id)
    axis = passage.axis if passage.axis is not None else (section.axis if section else None)
    return format_reference(edition, page=passage.page, axis=axis, section_id=section.id if section else None)


def quote_with_reference(text: str, reference: str) -> str:
    """The text to put on the clipboard: the words, then where they come from."""
    source = translate("Reference", "Source: %1").replace("%1", reference)
    return f"{text.strip()}\n\n{source}"
