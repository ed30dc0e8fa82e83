"""Commands of the window that are more than a line: About, shortcuts, copy without a selection."""

from __future__ import annotations

import html

from PySide6.QtGui import QGuiApplication

from artois_reader.ui.actions import Actions
from artois_reader.ui.commands import about_html


def test_about_names_the_licences_of_what_is_shipped(french) -> None:
    text = html.unescape(about_html())
    for words in ("LGPL v3", "Whoosh", "BSD", "pypdf", "Licence Ouverte 2.0", "aucune police n'est fournie"):
        assert words in text, words
    assert "tests" not in text  # nothing written for developers
    assert "<th" in about_html() and "Composant" in text and "Usage" in text  # the table says its columns
    for words in ("Dicollecte", "MPL 2.0", "wordfreq", "CC BY-SA 4.0", "correction de l'OCR"):
        assert words in text, words  # the French lexicon's data (resources/lexicon/README.md)
    assert "Rien n'est jamais envoyé sur le réseau" in text


def test_every_shortcut_is_listed_in_french(qapp, french) -> None:
    rows = dict(Actions(qapp).shortcut_rows())
    assert rows["Rechercher dans les documents"] == "Ctrl+K"
    assert rows["Ajouter ou retirer un signet"] == "Ctrl+D"
    assert rows["Quitter"] == "Ctrl+Q"
    assert "F3" in rows["Occurrence suivante"]


def test_copy_with_reference_needs_a_selection(qtbot, crte_library, temp_home) -> None:
    from artois_reader.ui.main_window import MainWindow
    from artois_reader.ui.navigation import Place, View
    from artois_reader.ui.settings import Settings

    window = MainWindow(crte_library, Settings(temp_home))
    qtbot.addWidget(window)
    window.reload_library()
    doc = next(iter(window.editions))
    window.open_place(Place(doc, View.AXIS, "1"))
    QGuiApplication.clipboard().setText("before")
    assert window.run_command("copy_with_reference") == ""
    assert QGuiApplication.clipboard().text() == "before"
    assert window.statusBar().currentMessage() == "Select the text to copy first."
