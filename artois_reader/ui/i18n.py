"""Languages: French by default, English on request or when the system speaks English.

Our own strings come from `resources/translations/artois_reader_<lang>.qm` (compiled from the .ts
sources by tools/update_translations.py); Qt's standard dialogs from Qt's `qtbase_<lang>.qm`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from artois_reader.core.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")
CATALOG = "artois_reader"


def system_language() -> str:
    """ "en" when the user's system language is English, else "fr" (the CLI decides the same way)."""
    from artois_reader.messages import ui_language

    return ui_language()


def resolve_language(chosen: str) -> str:
    return chosen if chosen in LANGUAGES else system_language()


class Translators:
    """The translators installed in the application, replaced as a whole when the language changes."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = ""

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []

    def install(self, language: str) -> str:
        app = QCoreApplication.instance()
        self.remove()
        self.language = resolve_language(language)
        QLocale.setDefault(
            QLocale(QLocale.Language.French if self.language == "fr" else QLocale.Language.English)
        )
        ours = QTranslator(app)
        if ours.load(f"{CATALOG}_{self.language}", str(resource_path("translations"))):
            self._installed.append(ours)
        else:
            log.warning("no %s translation of the interface was found", self.language)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self.language != "en":
            qt = QTranslator(app)
            if qt.load(f"qtbase_{self.language}", qt_dir):
                self._installed.append(qt)
            else:
                log.warning("Qt's own %s translation (qtbase) was not found in %s", self.language, qt_dir)
        for translator in self._installed:
            app.installTranslator(translator)
        return self.language
