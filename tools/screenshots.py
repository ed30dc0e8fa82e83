"""Render the screens of the application to PNG files (for the README and for looking at them).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py            # -> docs/screens/*.png
    python tools/screenshots.py --out /tmp/screens --lang en

It runs the real application on a temporary library: the bundled CRTE is ingested by the real
pipeline, searches run on the real index, and the revised CRTE of issue 8 (the bundled text with the
edits of tests/fixtures/editions/revision.json) is imported through the window, as a user would, so
that the notes follow it, the documents pane lists two versions and the compare view compares them.
The fiche is exported to PDF and its first page drawn to PNG with `pdftoppm` when it is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZE = (1360, 860)
REVISION = REPO / "tests" / "fixtures" / "editions" / "revision.json"


def _wait(app, condition: Callable[[], bool], timeout_s: float = 60) -> None:
    import time

    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the application")
        app.processEvents()
        time.sleep(0.01)


def _settle(app, ms: int = 150) -> None:
    import time

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def revised_crte(folder: Path) -> Path:
    """The revised CRTE as a text file named like the bundled one (so: its version 2)."""
    from artois_reader.core.text_file import decode_text

    text = decode_text((REPO / "resources" / "crte_pma_chapeau_commun.txt").read_bytes())
    for edit in json.loads(REVISION.read_text(encoding="utf-8"))["edits"]:
        text = text.replace(edit["old"], edit["new"])
    path = folder / "CRTE — Chapeau commun du Pôle Métropolitain de l'Artois.txt"
    path.write_text(text, encoding="utf-8")
    return path


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#2b2b2b"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
        (QPalette.ColorRole.Highlight, "#3d7fc6"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Link, "#8ab4f8"),
        (QPalette.ColorRole.PlaceholderText, "#a0a0a0"),
        (QPalette.ColorRole.ToolTipBase, "#353535"),
        (QPalette.ColorRole.ToolTipText, "#e8e8e8"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screens")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="artois-reader-screens-"))
    home = work / "home"
    os.environ["ARTOIS_READER_HOME"] = str(home)

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QTextCursor
    from PySide6.QtWidgets import QApplication

    from artois_reader.app import create_application
    from artois_reader.core import pipeline
    from artois_reader.core.library import Library
    from artois_reader.ui.navigation import Place, View

    library = Library.open(home)
    pipeline.ensure_bundled(library)
    library.close()
    application = create_application(["--home", str(home), "--lang", args.lang])
    qt = application.qt_app
    window = application.window
    window.resize(*SIZE)
    window.splitter.setSizes([330, 640, 390])
    application.show()
    _wait(qt, lambda: window.index_status.text().endswith(("prêt", "ready")))
    doc = next(iter(window.editions))
    edition = window.editions[doc]

    def shot(name: str, widget=None) -> None:
        _settle(qt)
        save(f"{name}.png", widget or window)

    def save(name: str, widget) -> None:
        """A 256-colour PNG: a quarter of the size, the text as sharp (screens are mostly flat colours)."""
        image = widget.grab().toImage()
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(args.out / name), "PNG", 0)
        print(args.out / name)

    def passage(words: str) -> str:
        return next(p.id for p in edition.outline.passages if words in p.text)

    def select(words: str) -> None:
        view = window.reader.view
        start = view.toPlainText().index(words)
        cursor = view.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)

    # 1. the document overview, the contents tree with the axes
    window.open_place(Place(doc))
    shot("01-document")
    # 2. an axis opened from the tree, its projects listed
    window.outline.tree.expandAll()
    window.open_place(Place(doc, View.AXIS, "1"))
    shot("02-axis")
    # 3. a search, the first hit opened and highlighted
    results: list[object] = []
    window.search.results_shown.connect(results.append)
    window.search.set_query("coeur de ville")
    _wait(qt, lambda: bool(results))
    window.search.open_first()
    shot("03-search")
    # 4. the contact cards
    window.right_tabs.setCurrentWidget(window.contacts)
    shot("04-contacts")
    window.right_tabs.setCurrentWidget(window.search)
    # 5. find in page and the raw OCR text
    window.reader.open_find()
    window.reader.find_bar.field.setText("métropolitain")
    shot("05-find-in-page")
    window.reader.close_find()
    window.actions.show_raw.setChecked(True)
    shot("06-ocr-text")
    window.actions.show_raw.setChecked(False)
    # notes on the first version: one on words the revision keeps, one on a project it removes
    for words, text in (
        ("démarche volontariste", "À rappeler au comité de pilotage : calendrier des actions."),
        ("Vivalley Campus", "Où en est ce projet ? Demander à la CALL."),
    ):
        window.open_place(Place(doc, View.PASSAGE, passage(words)))
        select(words)
        _settle(qt)
        pid = window.reader.view.passage_at(window.reader.view.selection_span()[0])
        window.notebook.add(edition.info, edition.outline, pid, text, quote=words, start=None)
    window.open_place(Place(doc, View.PASSAGE, passage("démarche volontariste")))
    # 7. the revised edition imported through the window (the real pipeline, in its child process)
    seen: list[int] = []
    window.import_progress.bar.valueChanged.connect(seen.append)
    imported: list[object] = []
    window.imports.imported.connect(imported.append)
    window.imports.open_files([revised_crte(work)])
    _wait(qt, lambda: bool(seen) and seen[-1] >= 60, 120)
    save("07-import.png", window)
    _wait(qt, lambda: bool(imported) and not window.imports.busy, 120)
    new = imported[0].info
    # 8. the documents pane: one document, two versions
    window.left_tabs.setCurrentWidget(window.documents)
    window.documents.select_edition(new.id)
    window.open_place(Place(new.id))
    shot("08-documents")
    # 9. the compare view
    window.open_place(Place(new.id, View.COMPARE, doc))
    _wait(qt, lambda: Place(new.id, View.COMPARE, doc) in window.comparisons, 60)
    shot("09-compare")
    # 10. the notes: one moved to the new version (highlighted), one left « à revoir »
    kept = next(n for n in window.notebook.list() if not n.needs_review)
    window.left_tabs.setCurrentWidget(window.outline)
    window.open_place(Place(new.id, View.PASSAGE, kept.passage_id))
    window.right_tabs.setCurrentWidget(window.notes)
    window.refresh_notes()
    shot("10-notes")
    # 11. the fiche: three projects, then its PDF
    for project in [p for p in window.editions[new.id].outline.projects if p.passage_id][:3]:
        window.run("fiche_commands", "add_place", Place(new.id, View.PASSAGE, project.passage_id))
    dialog = window.run("fiche_commands", "open_fiche")
    dialog.title_box.setText("Comité de pilotage — projets de l'axe 1")
    dialog.resize(1100, 720)
    shot("11-fiche", dialog)
    pdf = work / "fiche.pdf"
    from artois_reader.ui.fiche import write_pdf

    write_pdf(pdf, dialog.html(), title=dialog.fiche_title)
    dialog.close()
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(args.out / "12-fiche-pdf"),
            ],
            check=True,
        )
        print(args.out / "12-fiche-pdf.png")
    # 14. a commune the documents never name: the passages on its agglomeration, and why
    window.right_tabs.setCurrentWidget(window.search)
    results.clear()
    window.search.set_query("Hénin-Beaumont")
    _wait(qt, lambda: bool(results))
    window.search.open_first()
    shot("14-commune")
    # 13. dark palette: the same reader with the colours of a dark system theme
    QApplication.setPalette(dark_palette())
    window.right_tabs.setCurrentWidget(window.search)
    window.search.set_query("friches")
    results.clear()
    _wait(qt, lambda: bool(results))
    window.search.open_first()
    window.actions.bookmark.trigger()
    shot("13-dark")
    window.close()
    application.translators.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
