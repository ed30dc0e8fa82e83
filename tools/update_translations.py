"""Refresh the Qt Linguist sources from the code, then compile them.

    python tools/update_translations.py          # lupdate (keeps existing translations) + lrelease
    python tools/update_translations.py --check  # exit 1 if a French string is missing or unfinished

Both tools ship with PySide6-Essentials (`pyside6-lupdate`, `pyside6-lrelease`). The code's source
strings are English; `artois_reader_fr.ts` must translate every one of them, and
`artois_reader_en.ts` only needs the plural forms ("%n result(s)").
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"
CATALOG = "artois_reader"
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}


def sources() -> list[Path]:
    package = REPO / "artois_reader"
    return sorted([package / "app.py", *(package / "ui").glob("*.py")])


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent)
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOG}_{language}.ts"


def update(ts_files: list[Path] | None = None) -> None:
    """Run lupdate: new strings are added as unfinished, vanished ones marked obsolete and dropped."""
    files = [str(p.relative_to(REPO)) for p in sources()]
    for language, locale in LANGUAGES.items():
        target = ts_files[list(LANGUAGES).index(language)] if ts_files else ts_path(language)
        subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                locale,
                *files,
                "-ts",
                str(target),
            ],
            cwd=REPO,
            check=True,
            capture_output=True,
        )


def release() -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        subprocess.run(
            [tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True
        )


def missing(ts: Path) -> list[str]:
    """Source texts whose translation is empty or marked unfinished."""
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if not all(t.strip() for t in texts):
            problems.append(source)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only check that French is complete")
    args = parser.parse_args(argv)
    if not args.check:
        update()
        release()
    problems = missing(ts_path("fr"))
    for source in problems:
        print(f"untranslated (fr): {source!r}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
