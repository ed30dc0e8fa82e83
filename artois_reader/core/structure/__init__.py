"""Structure extraction: Document -> Outline (axes, sections, projects, explainers, contacts,
tools, organisations, places, figures, acronyms), from rules over French text.

See docs/structure.md for the rules. Nothing here knows the titles, projects or contacts of any
particular document.

The extraction code is imported on first use of `extract_outline` and its kin: a module of the
package that needs none of it (`places.place_key`, used to look communes up at search time) does not
pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from artois_reader.core.versions import STRUCTURE_VERSION  # bump it there: reading it stays cheap

if TYPE_CHECKING:
    from artois_reader.core.structure.outline import extract_outline
    from artois_reader.core.structure.report import format_outline, outline_report

__all__ = ["STRUCTURE_VERSION", "extract_outline", "format_outline", "outline_report"]

_LAZY = {
    "extract_outline": "artois_reader.core.structure.outline",
    "format_outline": "artois_reader.core.structure.report",
    "outline_report": "artois_reader.core.structure.report",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value
