"""The fiche's commands: add what the reader shows (or a row of the contents or of the search results)
to the meeting fiche, and open the fiche dialog. Each takes the main window."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from artois_reader.ui.fiche import FicheDialog, FicheEntry, add_entry, build_item
from artois_reader.ui.navigation import Place, View

if TYPE_CHECKING:
    from artois_reader.ui.main_window import MainWindow

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


class FicheWords(QObject):
    def items(self, count: int) -> str:
        return self.tr("%n item(s)", "", count)


def entry_for_passage(window: MainWindow, doc_id: str, passage_id: str) -> FicheEntry | None:
    """A project's passage adds the project; the passage a search opened, that search result; any other
    passage, itself."""
    edition = window.edition(doc_id)
    if edition is None or edition.passage(passage_id) is None:
        return None
    project = next((p for p in edition.outline.projects if p.passage_id == passage_id), None)
    if project is not None:
        return FicheEntry("project", doc_id, project.id)
    if window.last_hit is not None:
        hit, query = window.last_hit
        if (hit.doc_id, hit.passage_id) == (doc_id, passage_id):
            return FicheEntry("hit", doc_id, passage_id, query, hit.title)
    return FicheEntry("passage", doc_id, passage_id)


def entry_for_place(window: MainWindow, place: Place) -> FicheEntry | None:
    if place.view == View.SECTION:
        edition = window.edition(place.doc_id)
        return (
            FicheEntry("section", place.doc_id, place.target)
            if edition and edition.section(place.target)
            else None
        )
    if place.view == View.PASSAGE:
        return entry_for_passage(window, place.doc_id, place.target)
    return None


def add_current(window: MainWindow) -> bool:
    """The paragraph selected in the reader, else the section, project or search result shown."""
    if window.current is None:
        return False
    place = window.current[0]
    view = window.reader.view
    start, end = view.selection_span()
    selected = view.passage_at(start) if start != end else ""
    entry = entry_for_passage(window, place.doc_id, selected) if selected else entry_for_place(window, place)
    if entry is None:
        window.show_message(
            translate("Fiche", "Open a section, a project or a search result to add it to the brief.")
        )
        return False
    return _add(window, entry)


def add_place(window: MainWindow, place: Place) -> bool:
    entry = entry_for_place(window, place)
    return _add(window, entry) if entry is not None else False


def add_hit(window: MainWindow, hit: Any) -> bool:
    query = window.search.box.text().strip()
    return _add(window, FicheEntry("hit", hit.doc_id, hit.passage_id, query, hit.title))


def _add(window: MainWindow, entry: FicheEntry) -> bool:
    pairs = items_of(window, [entry])
    if not pairs:
        return False
    entries, added = add_entry(window.settings.fiche, entry)
    title = pairs[0][1].title
    if added:
        window.settings.fiche = entries
        window.settings.sync()
        text = translate("Fiche", "Added to the brief (%1): %2").replace(
            "%1", FicheWords().items(len(entries))
        )
    else:
        text = translate("Fiche", "Already in the brief: %2")
    window.show_message(text.replace("%2", title))
    return added


def items_of(window: MainWindow, entries: list[FicheEntry]) -> list[tuple[FicheEntry, Any]]:
    """The items of the entries whose edition and target are still in the library, in order."""
    pairs = []
    for entry in entries:
        edition = window.edition(entry.edition_id)
        if edition is None:
            continue
        try:
            pairs.append((entry, build_item(entry, edition.info, edition.outline, window.language)))
        except KeyError:
            log.info("fiche item %s no longer in edition %s", entry.target, entry.edition_id)
    return pairs


def open_fiche(window: MainWindow) -> FicheDialog:
    def save(entries: list[FicheEntry]) -> None:
        window.settings.fiche = entries
        window.settings.sync()

    dialog = FicheDialog(
        window.settings.fiche,
        lambda entries: items_of(window, entries),
        save,
        title=window.settings.fiche_title,
        lang=window.language,
        parent=window,
    )
    dialog.finished.connect(lambda _code: _keep_title(window, dialog))
    dialog.open()
    return dialog


def _keep_title(window: MainWindow, dialog: FicheDialog) -> None:
    window.settings.fiche_title = dialog.fiche_title
    window.settings.sync()
