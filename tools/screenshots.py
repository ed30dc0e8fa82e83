"""Render the main screens of the application to PNG files (for the README and for looking at them).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py            # -> docs/screens/*.png
    python tools/screenshots.py --out /tmp/screens --lang en

It runs the real application on a temporary library: the bundled CRTE is ingested by the real
pipeline, searches run on the real index, an import runs the real pipeline on a test PDF.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZE = (1360, 860)


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screens")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="artois-reader-screens-"))
    os.environ["ARTOIS_READER_HOME"] = str(home)

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPalette
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

    def shot(name: str) -> None:
        _settle(qt)
        save(f"{name}.png")

    def save(name: str) -> None:
        """A 256-colour PNG: a quarter of the size, the text as sharp (screens are mostly flat colours)."""
        image = window.grab().toImage()
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(args.out / name), "PNG", 0)
        print(args.out / name)

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
    # 7. an import in progress (the real pipeline on a test PDF)
    sample = REPO / "tests" / "fixtures" / "pdf-samples" / "026-latex-multicolumn" / "multicolumn.pdf"
    seen: list[int] = []
    window.import_progress.bar.valueChanged.connect(seen.append)
    window.imports.open_files([sample])
    _wait(qt, lambda: bool(seen) and seen[-1] > 0)
    save("07-import.png")
    _wait(qt, lambda: not window.imports.busy)
    # 8. dark palette: the same reader with the colours of a dark system theme
    dark = QPalette()
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
    ):
        dark.setColor(role, QColor(colour))
    QApplication.setPalette(dark)
    window.open_place(Place(doc, View.GROUP, "contacts"))
    window.search.set_query("friches")
    results.clear()
    _wait(qt, lambda: bool(results))
    window.search.open_first()
    shot("08-dark")
    window.close()
    application.translators.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
