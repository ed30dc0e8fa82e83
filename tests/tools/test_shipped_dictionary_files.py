"""Each data file made from the Dicollecte dictionary is what its tool makes from it today: whoever
changes a tool's rules regenerates its file. CI installs hunspell-fr-classical to check."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

HUNSPELL = Path("/usr/share/hunspell")
TOOLS = ("make_stem_splits", "make_stem_joins", "make_finite_verbs", "make_participles")


@pytest.mark.parametrize("tool", TOOLS)
def test_the_shipped_file_is_what_the_tool_makes_from_the_dictionary(tool: str, tmp_path: Path) -> None:
    aff = HUNSPELL / "fr.aff"
    if not aff.is_file() or "“CLASSIQUE” v7.0" not in aff.read_text(encoding="utf-8")[:400]:
        pytest.skip("hunspell-fr-classical 7.0 is not installed (apt-get install hunspell-fr-classical)")
    module = importlib.import_module(tool)
    output = tmp_path / module.OUTPUT.name
    module.main([str(HUNSPELL), "--output", str(output)])
    assert output.read_text(encoding="utf-8") == module.OUTPUT.read_text(encoding="utf-8")
