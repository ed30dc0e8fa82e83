"""tools/ holds scripts, not a package: its modules are imported by name, as the scripts do."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

AFF_HEADER = """# a tiny affix file in the Dicollecte style (FLAG long)
SET UTF-8
FLAG long
NEEDAFFIX ()
FORBIDDENWORD {}
"""


@pytest.fixture
def dictionary(tmp_path: Path) -> Callable[[str, str], Path]:
    """Writes a tiny Hunspell dictionary (fr.aff: the Dicollecte header, then `affixes`; fr.dic:
    `entries`) into a temporary folder, and returns that folder."""

    def write(affixes: str, entries: str) -> Path:
        (tmp_path / "fr.aff").write_text(AFF_HEADER + affixes, encoding="utf-8")
        (tmp_path / "fr.dic").write_text(entries, encoding="utf-8")
        return tmp_path

    return write
