"""Shared fixtures. Every test runs with a temporary user data directory and offscreen Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests explore new examples on each local run; under CI (the CI variable set, as .ci/run
# and GitHub Actions do) they replay the same ones, so a pass or a failure there is reproducible.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def temp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh per-user data directory: no test ever touches the real one."""
    home = tmp_path / "home"
    monkeypatch.setenv("ARTOIS_READER_HOME", str(home))
    monkeypatch.setenv("LANGUAGE", "fr")
    return home


@pytest.fixture
def shared_dir() -> Path:
    """../shared, which only exists in the workplace; tests that need it skip elsewhere."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (clean clone): this test reads the shared corpus directly")
    return SHARED


@pytest.fixture(scope="session")
def crte_text_path() -> Path:
    return REPO / "resources" / "crte_pma_chapeau_commun.txt"


@pytest.fixture(scope="session")
def revised_crte_text(crte_text_path: Path) -> str:
    """The bundled CRTE text with the edits of tests/fixtures/editions/revision.json (issue 8): axis 2
    retitled, a project added, one removed, a key figure changed."""
    import json

    from artois_reader.core.text_file import decode_text

    text = decode_text(crte_text_path.read_bytes())
    revision = json.loads((FIXTURES / "editions" / "revision.json").read_text(encoding="utf-8"))
    for edit in revision["edits"]:
        assert text.count(edit["old"]) == 1, f"{edit['change']}: the text to edit is not there once"
        text = text.replace(edit["old"], edit["new"])
    return text


@pytest.fixture(scope="session")
def crte_pdf_path() -> Path:
    path = REPO / "resources" / "crte_pma_chapeau_commun.pdf"
    if not path.is_file():
        pytest.fail("resources/crte_pma_chapeau_commun.pdf is missing: run tools/make_crte_pdf.py")
    return path
