"""Where the bundled files are, the same way from a source checkout, a wheel and a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

BUNDLED_CRTE_PDF = "crte_pma_chapeau_commun.pdf"
BUNDLED_CRTE_TEXT = "crte_pma_chapeau_commun.txt"


@cache
def resource_dir() -> Path:
    """The `resources/` folder: next to the frozen executable's data, inside the installed
    package (wheel), or at the top of a source checkout (editable install)."""
    package = Path(__file__).resolve().parent.parent
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates += [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if (candidate / BUNDLED_CRTE_TEXT).is_file():
            return candidate
    raise FileNotFoundError("resources/ not found; looked in " + ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def data_lines(path: Path) -> list[str]:
    """The lines of one of our plain-text data files (resources/lexicon/*.txt), "#" comments left out."""
    return [
        line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    ]
