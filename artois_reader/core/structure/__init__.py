"""Structure extraction: Document -> Outline (axes, sections, projects, explainers, contacts,
tools, organisations, places, figures, acronyms), from rules over French text.

See docs/structure.md for the rules. Nothing here knows the titles, projects or contacts of any
particular document.
"""

from __future__ import annotations

from artois_reader.core.structure.outline import extract_outline
from artois_reader.core.structure.report import format_outline, outline_report
from artois_reader.core.versions import STRUCTURE_VERSION  # bump it there: reading it stays cheap

__all__ = ["STRUCTURE_VERSION", "extract_outline", "format_outline", "outline_report"]
