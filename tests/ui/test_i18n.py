"""Languages: the French catalogue translates every string of the code, the compiled .qm files match
their sources, French by default, English when the system speaks English, Qt's dialogs in French."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from artois_reader.ui.i18n import Translators, resolve_language

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO / "tools" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")
    }


def test_french_catalogue_is_complete() -> None:
    assert _tool().missing(TRANSLATIONS / "artois_reader_fr.ts") == []


def test_every_string_of_the_code_is_in_the_catalogues(tmp_path: Path) -> None:
    tool = _tool()
    fresh = [tmp_path / "fr.ts", tmp_path / "en.ts"]
    shutil.copy(TRANSLATIONS / "artois_reader_fr.ts", fresh[0])
    shutil.copy(TRANSLATIONS / "artois_reader_en.ts", fresh[1])
    tool.update(fresh)
    assert _sources(fresh[0]) == _sources(TRANSLATIONS / "artois_reader_fr.ts"), (
        "run tools/update_translations.py: the code's strings changed"
    )


def test_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    tool = _tool()
    for language in ("fr", "en"):
        ts = TRANSLATIONS / f"artois_reader_{language}.ts"
        compiled = tmp_path / f"{language}.qm"
        import subprocess

        subprocess.run(
            [tool.tool("lrelease"), str(ts), "-qm", str(compiled)], check=True, capture_output=True
        )
        assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"{ts.name}: run lrelease"


def test_french_by_default_and_english_when_the_system_speaks_it(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_language("") == "fr"
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    assert resolve_language("") == "fr"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert resolve_language("") == "en"
    assert resolve_language("fr") == "fr"


def test_qt_standard_dialogs_speak_french(qapp) -> None:
    translators = Translators()
    try:
        assert translators.install("fr") == "fr"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert QCoreApplication.translate("SearchPanel", "%n result(s)", "", 2) == "2 résultats"
        assert QCoreApplication.translate("SearchPanel", "%n result(s)", "", 1) == "1 résultat"
        translators.install("en")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert QCoreApplication.translate("SearchPanel", "%n result(s)", "", 2) == "2 results"
    finally:
        translators.remove()


def test_french_strings_follow_french_typography() -> None:
    """A non-breaking space before : ; ? ! and inside « », never a plain space or none."""
    import re

    root = ET.parse(TRANSLATIONS / "artois_reader_fr.ts").getroot()
    texts = []
    for message in root.iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        texts += [f.text or "" for f in forms] if forms else [translation.text or ""]
    wrong = [
        text
        for text in texts
        if re.search(r"\S [:;?!](\s|$)", text)  # a plain space before
        or re.search(r"[^\s\u00a0\u202f:/][;?!](\s|$)", text)  # no space at all
        or re.search(r"[^\s\u00a0\u202f/:%][:](\s|$)", text)
        or re.search(r"«(?!\u00a0)|(?<!\u00a0)»", text)
    ]
    assert wrong == []
