"""The main window: contents and bookmarks on the left, the reader in the middle, search and contacts
on the right, the status bar below. It owns the navigation (history, tree sync) and the commands."""

from __future__ import annotations

import logging
from dataclasses import replace
from itertools import pairwise
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabBar, QTabWidget, QToolButton, QWidget

from artois_reader import APP_NAME
from artois_reader.core.document import SearchHit, SearchResult
from artois_reader.core.library import normalise_title as title_key
from artois_reader.ui import dialogs, side_panes
from artois_reader.ui.actions import Actions
from artois_reader.ui.annotations import Notebook
from artois_reader.ui.edition import Edition
from artois_reader.ui.importer import ImportFlow, ImportProgress
from artois_reader.ui.navigation import History, Place, View
from artois_reader.ui.outline_pane import OutlinePane
from artois_reader.ui.reader import ReaderPane
from artois_reader.ui.render import Rendered, page_count, render_place, render_welcome, tooltip
from artois_reader.ui.search_panel import SearchFilters, SearchPanel, SearchScope
from artois_reader.ui.settings import ZOOM_STEP, Settings
from artois_reader.ui.tasks import Task

log = logging.getLogger(__name__)

STATUS_WIDTH = 540  # pixels for the document in the status bar (the CRTE title whole): messages keep the rest

# RGAA: where the keyboard is must always show. Buttons and fields already draw their focus; lists,
# trees and the reader get a frame in the theme's highlight colour, and so do flat buttons (the
# contact cards' « Voir dans le document »), which draw none of their own. A tab bar with the focus
# frames its chosen tab (FocusTabBar: the style's own mark is a pale tint; a style sheet rule on
# the tab would change its size and cut its name).
FOCUS_STYLE = """
QAbstractItemView:focus, QTextBrowser:focus, QScrollArea:focus { border: 2px solid palette(highlight); }
QPushButton:flat:focus { border: 2px solid palette(highlight); border-radius: 3px; padding: 2px 6px; }
"""


class FocusTabBar(QTabBar):
    """A tab bar that frames its chosen tab in the highlight colour while it has the focus."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus() and self.currentIndex() >= 0:
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.tabRect(self.currentIndex()).adjusted(1, 1, -1, -1))
            painter.end()


def focus_chain(container: QWidget) -> list[QWidget]:
    """The widgets inside `container` that Tab stops at, in their present focus order."""
    found: list[QWidget] = []
    widget = container.nextInFocusChain()
    while widget is not container and widget not in found:
        if container.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)  # "fr", "en", or "" for the system language
    place_shown = Signal(object)  # Place, once the reader shows it
    library_reloaded = Signal()
    index_ready = Signal()
    first_painted = Signal()  # once, just after the window's first paint (what can wait, waits for it)

    def __init__(self, library: Any, settings: Settings, *, language: str = "fr") -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.language = language
        self.history = History()
        self.editions: dict[str, Edition] = {}  # the edition each document shows, by edition id
        self._other_editions: dict[str, Edition] = {}  # older editions opened from a comparison
        self.shown: dict[str, str] = dict(settings.shown_editions)  # title key -> edition chosen
        self.current: tuple[Place, Rendered] | None = None
        self.last_hit: tuple[SearchHit, str] | None = None  # the search result opened last, its query
        self.comparisons: dict[Place, str] = {}  # the compare reports made in this session (HTML)
        self.painted = False  # True once the window was painted on screen the first time
        self.notebook = Notebook(library.home, self._open_worker_library, self)
        self.search_pool = QThreadPool(self)
        self.search_pool.setMaxThreadCount(1)  # the index is only ever used by one thread
        self.actions = Actions(self)
        self._build_ui()
        self._build_menus()
        self._connect_signals()
        self._restore_state()

    # --- building ---------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setStyleSheet(FOCUS_STYLE)
        self.outline = OutlinePane(self)
        self.reader = ReaderPane(self)
        self.search = SearchPanel(self._search, self, pool=self.search_pool)
        self._panes: dict[str, QWidget] = {}  # the side panes built so far (side_panes.NAMES)
        self._placeholders: dict[str, QWidget] = {}
        self.left_tabs = QTabWidget(self)
        self.left_tabs.setTabBar(FocusTabBar(self.left_tabs))
        self.left_tabs.addTab(self.outline, self.tr("Contents"))
        self._defer(self.left_tabs, "documents", self.tr("Documents"))
        self._defer(self.left_tabs, "bookmarks", self.tr("Bookmarks"))
        self.left_tabs.setAccessibleName(self.tr("Contents, documents and bookmarks"))
        self.right_tabs = QTabWidget(self)
        self.right_tabs.setTabBar(FocusTabBar(self.right_tabs))
        self.right_tabs.addTab(self.search, self.tr("Search"))
        self._defer(self.right_tabs, "contacts", self.tr("Contacts"))
        self._defer(self.right_tabs, "notes", self.tr("Notes"))
        self.right_tabs.setAccessibleName(self.tr("Search, contacts and notes"))
        for tabs in (self.left_tabs, self.right_tabs):
            tabs.currentChanged.connect(lambda index, t=tabs: self._on_tab_shown(t, index))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for pane in (self.left_tabs, self.reader, self.right_tabs):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 1)
        self.left_tabs.setMinimumWidth(200)
        self.reader.setMinimumWidth(430)  # its tool bar's icons all show
        self.right_tabs.setMinimumWidth(240)
        self.splitter.setSizes([300, 660, 380])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.zoom_button = QToolButton(self)
        self.zoom_button.setAccessibleName(self.tr("Text size; click for the normal size"))
        self.zoom_button.setToolTip(self.tr("Text size; click for the normal size (Ctrl+0)"))
        self.document_status = QLabel(self)
        self.document_status.setTextFormat(Qt.TextFormat.PlainText)  # it shows the document's title
        self.index_status = QLabel(self)
        self.import_progress = ImportProgress(self)
        status = self.statusBar()
        status.addPermanentWidget(self.import_progress)
        status.addPermanentWidget(self.document_status)
        status.addPermanentWidget(self.index_status)
        self.imports = ImportFlow(self._open_worker_library, self.import_progress, self)
        self.actions.set_icons(self.palette())
        self.actions.fill_reader_toolbar(self.reader.toolbar, self.zoom_button)
        self._order_focus()
        self.search.box.setFocus(Qt.FocusReason.OtherFocusReason)  # where the window opens: type to search

    def _order_focus(self) -> None:
        """Tab goes through the window as it reads, left to right and top to bottom: each side's tab
        bar, then the page it shows; the reader's tool bar, then its text and its find bar. Qt's own
        order is the order the widgets were made in (the tab bars and the panes built later last)."""
        tools = focus_chain(self.reader.toolbar)
        chain = self._tabs_chain(self.left_tabs) + tools
        chain += [widget for widget in focus_chain(self.reader) if widget not in tools]
        chain += self._tabs_chain(self.right_tabs)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _tabs_chain(tabs: QTabWidget) -> list[QWidget]:
        tabs.tabBar().setAccessibleName(tabs.accessibleName())
        chain: list[QWidget] = [tabs, tabs.tabBar()]  # the tab widget hands its focus to its bar
        for index in range(tabs.count()):
            page = tabs.widget(index)  # a page that takes the focus itself (Ctrl+4: the contacts)
            chain += ([page] if page.focusPolicy() & Qt.FocusPolicy.TabFocus else []) + focus_chain(page)
        return chain

    def _build_menus(self) -> None:
        self.actions.fill_menus(self.menuBar())
        for action in self.actions.all():
            self.addAction(action)  # shortcuts work wherever the focus is

    def _connect_signals(self) -> None:
        a = self.actions
        a.open.triggered.connect(self._on_open_requested)
        a.print.triggered.connect(lambda: self.run_command("print_current"))
        a.export_pdf.triggered.connect(lambda: self.run_command("export_current"))
        a.quit.triggered.connect(self.close)  # the last window closed quits the application
        a.copy.triggered.connect(self.reader.view.copy)
        a.copy_reference.triggered.connect(lambda: self.run_command("copy_with_reference"))
        a.find_in_page.triggered.connect(self.reader.open_find)
        a.find_next.triggered.connect(lambda: self.step_match(backwards=False))
        a.find_previous.triggered.connect(lambda: self.step_match(backwards=True))
        a.search.triggered.connect(self._on_search_requested)
        a.zoom_in.triggered.connect(lambda: self._zoom_by(+1))
        a.zoom_out.triggered.connect(lambda: self._zoom_by(-1))
        a.zoom_reset.triggered.connect(lambda: self._set_zoom(100))
        self.zoom_button.clicked.connect(lambda: self._set_zoom(100))
        a.show_raw.toggled.connect(self._on_show_raw_toggled)
        a.focus_outline.triggered.connect(
            lambda: self._focus_tab(self.left_tabs, self.outline, self.outline.focus_filter)
        )
        a.focus_bookmarks.triggered.connect(
            lambda: self._focus_tab(self.left_tabs, self.bookmarks, self.bookmarks.list.setFocus)
        )
        a.focus_reader.triggered.connect(
            lambda: self.reader.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        a.focus_search.triggered.connect(
            lambda: self._focus_tab(self.right_tabs, self.search, self.search.results.setFocus)
        )
        a.focus_contacts.triggered.connect(
            lambda: self._focus_tab(self.right_tabs, self.contacts, self.contacts.setFocus)
        )
        a.back.triggered.connect(self.go_back)
        a.forward.triggered.connect(self.go_forward)
        a.previous_section.triggered.connect(lambda: self._go_neighbour(before=True))
        a.next_section.triggered.connect(lambda: self._go_neighbour(before=False))
        a.overview.triggered.connect(lambda: self.current and self.open_place(Place(self.current[0].doc_id)))
        a.bookmark.triggered.connect(lambda: self.run_command("toggle_bookmark"))
        a.languages.triggered.connect(lambda action: self.language_change_requested.emit(action.data()))
        a.compare.triggered.connect(lambda: self.run("library_commands", "compare", ""))
        a.annotate.triggered.connect(lambda: self.run("note_commands", "annotate"))
        a.add_to_fiche.triggered.connect(lambda: self.run("fiche_commands", "add_current"))
        a.open_fiche.triggered.connect(lambda: self.run("fiche_commands", "open_fiche"))
        for action, module, name, args in (
            (a.export_contacts_vcard, "export_commands", "export_contacts", ("vcf",)),
            (a.export_contacts_csv, "export_commands", "export_contacts", ("csv",)),
            (a.export_outline_csv, "export_commands", "export_outline", ()),
            (a.export_notes_markdown, "note_commands", "export_notes", ("md", None)),
            (a.export_notes_csv, "note_commands", "export_notes", ("csv", None)),
        ):
            action.triggered.connect(lambda _checked=False, m=module, n=name, x=args: self.run(m, n, *x))
        a.focus_documents.triggered.connect(
            lambda: self._focus_tab(self.left_tabs, self.documents, self.documents.tree.setFocus)
        )
        a.focus_notes.triggered.connect(
            lambda: self._focus_tab(self.right_tabs, self.notes, self.notes.list.setFocus)
        )
        a.shortcuts.triggered.connect(lambda: self.run_command("show_shortcuts"))
        a.about.triggered.connect(lambda: self.run_command("show_about"))
        self.outline.place_requested.connect(self.open_place)
        self.outline.fiche_requested.connect(lambda place: self.run("fiche_commands", "add_place", place))
        self.search.fiche_requested.connect(lambda hit: self.run("fiche_commands", "add_hit", hit))
        self.notebook.changed.connect(self._on_notes_changed)
        self.notebook.synced.connect(lambda reattached: self.run("note_commands", "announce", reattached))
        self.reader.view.context_actions = [a.annotate, a.add_to_fiche, a.copy_reference]
        self.reader.view.place_requested.connect(self.open_place)
        self.reader.view.link_refused.connect(self._on_link_refused)
        self.reader.view.link_unopened.connect(self.say_unopened)
        self.reader.view.zoom_requested.connect(self._zoom_by)
        self.reader.view.back_requested.connect(self.go_back)
        self.reader.view.forward_requested.connect(self.go_forward)
        self.search.hit_activated.connect(self._on_hit_activated)
        self.search.query_committed.connect(self._on_query_committed)
        self.imports.imported.connect(self._on_imported)
        self.imports.cancelled.connect(
            lambda name: self.show_message(self.tr("Import of “%1” cancelled.").replace("%1", name))
        )

    def _restore_state(self) -> None:
        s = self.settings
        if not s.geometry.isEmpty():
            self.restoreGeometry(s.geometry)
        else:
            self.resize(1340, 860)
        if not s.window_state.isEmpty():
            self.restoreState(s.window_state)
        if not s.splitter_state.isEmpty():
            self.splitter.restoreState(s.splitter_state)
        self.actions.back.setEnabled(False)  # nothing to go back to yet
        self.actions.forward.setEnabled(False)
        self.actions.show_raw.setChecked(s.show_raw)
        self._set_zoom(s.zoom)
        self.search.set_history(s.search_history)
        self.check_language(s.language)

    def carry_on_from(self, old: MainWindow) -> None:
        """After a change of language: the same panes in front and the same search, as the user left
        them in the window this one replaces."""
        self.left_tabs.setCurrentIndex(old.left_tabs.currentIndex())
        self.right_tabs.setCurrentIndex(old.right_tabs.currentIndex())
        query = old.search.box.text()
        if query.strip():
            self.search.set_query(query)

    def check_language(self, code: str) -> None:
        """Tick the Langue menu's entry for `code` ("" follows the system)."""
        for action in self.actions.languages.actions():
            action.setChecked(action.data() == code)

    def save_state(self) -> None:
        s = self.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.splitter_state = self.splitter.saveState()
        s.zoom = self.reader.view.zoom
        s.show_raw = self.actions.show_raw.isChecked()
        if self.current is not None:
            s.last_place = self.current[0]
        s.sync()

    # --- the library ------------------------------------------------------------------------------

    def _open_worker_library(self) -> Any:
        """A second Library on the same folder, for a background import (see importer)."""
        return type(self.library).open(self.library.home)

    def reload_library(self) -> None:
        """Read the documents again (after an import) and refill the tree, the documents pane and the
        search chips. Each document shows the edition chosen in the documents pane, else its newest."""
        known, self.editions = self.editions, {}
        pairs = []
        everything = self.library.documents()
        for info in self._shown_infos(everything):
            edition = known.get(info.id) or self._other_editions.pop(info.id, None)
            if edition is None or edition.info != info:  # new, or renamed: read it (else keep it)
                try:
                    edition = Edition(info, self.library.outline(info.id))
                except Exception as error:  # a damaged edition must not keep the others from showing
                    log.warning("outline of %s not readable: %s", info.id, error)
                    continue
            self.editions[info.id] = edition
            pairs.append((info, edition.outline))
        self.outline.set_editions(pairs)
        if documents := self.built("documents"):
            documents.set_editions(everything, self.shown)
        axes = {}
        for edition in self.editions.values():
            for axis in edition.outline.axes:
                axes.setdefault(axis.number, axis.title if len(self.editions) == 1 else "")
        self.search.set_scope(
            SearchScope(
                tuple((e.doc_id, e.title) for e in self.editions.values()), tuple(sorted(axes.items()))
            )
        )
        if notes := self.built("notes"):
            side_panes.set_notes_scope(self, notes)
        if self.search.box.text().strip():  # results of editions no longer shown: search again
            self.search.run_now()
        self.library_reloaded.emit()

    def _shown_infos(self, everything: list[Any]) -> list[Any]:
        """The edition each document shows: the one chosen (if still there), else the newest."""
        newest: dict[str, Any] = {}
        chosen: dict[str, Any] = {}
        for info in everything:
            key = title_key(info.title)
            if key not in newest or info.version > newest[key].version:
                newest[key] = info
            if self.shown.get(key) == info.id:
                chosen[key] = info
        return [chosen.get(key, info) for key, info in sorted(newest.items())]

    def show_edition(self, edition_id: str) -> None:
        """Make this edition the one its document shows (tree, search, reader), and open it."""
        try:
            info = self.library.get(edition_id)
        except Exception:
            self.show_message(self.tr("This document is no longer in the library."))
            return
        key = title_key(info.title)
        newest = max(i.version for i in self.library.versions(info.title))
        if info.version == newest:
            self.shown.pop(key, None)  # the default: a later import will show its new version
        else:
            self.shown[key] = info.id
        self.settings.shown_editions = self.shown
        self.reload_library()
        self.documents.select_edition(info.id)
        self.open_place(Place(info.id))
        self.show_message(
            self.tr("Shown: “%1”, version %2.").replace("%1", info.title).replace("%2", str(info.version))
        )

    def edition(self, doc_id: str) -> Edition | None:
        edition = self.editions.get(doc_id) or self._other_editions.get(doc_id)
        if edition is None:
            try:
                info = self.library.get(doc_id)
                edition = Edition(info, self.library.outline(info.id))
            except Exception:
                return None
            self._other_editions[doc_id] = edition
        if edition.document is None and edition.pages_loader is None:
            edition.pages_loader = lambda: self.library.load(doc_id)  # read when a view needs the pages
        return edition

    def start(self) -> None:
        """After the window shows: first-run import, or the index opened in the background."""
        if self.library.is_empty() and not self.library.bundled_removed:
            self._show_welcome(busy=True)
            self.imports.ensure_bundled()
        else:
            self.warm_up_index()
        self.notebook.start()

    def warm_up_index(self) -> None:
        self.index_status.setText(self.tr("Index: opening…"))
        task = Task(self._open_index, self, pool=self.search_pool)
        task.succeeded.connect(self._on_index_ready)
        task.failed.connect(lambda error: self.index_status.setText(self.tr("Index: unavailable")))
        task.start()

    def _open_index(self, _progress: object) -> object:
        """Runs on the search thread."""
        index = self.library.search_index()
        index.prepare()
        return index

    def _on_index_ready(self, _index: object) -> None:
        self.index_status.setText(self.tr("Index: ready"))
        self._tell_notices()
        self.index_ready.emit()

    def _tell_notices(self) -> None:
        """Say what the library repaired on its own (read once: each is said once)."""
        sentences = {
            "recovered_from_backup": self.tr("The list of documents was damaged: its backup copy was used."),
            "rebuilt_from_documents": self.tr("The list of documents was rebuilt from the stored documents."),
            "index_rebuilt": self.tr("The search index was rebuilt."),
        }
        notices = list(getattr(self.library, "notices", []))
        said = [sentences[str(n)] for n in notices if str(n) in sentences]
        if said:
            self.library.notices.clear()
            self.show_message(" ".join(said))

    def _search(self, query: str, filters: SearchFilters) -> SearchResult:
        """Runs on the search thread."""
        index = self.library.search_index()
        shown = None if filters.doc_id else tuple(self.editions)  # the edition each document shows
        return index.search(
            query, doc_id=filters.doc_id, kind=filters.kind, axis=filters.axis, limit=100, doc_ids=shown
        )

    # --- navigation ---------------------------------------------------------------------------------

    def open_place(self, place: Place, *, record: bool = True) -> bool:
        if place.view == View.COMPARE:
            return bool(self.run("library_commands", "show_comparison", place, record))
        edition = self.edition(place.doc_id)
        if edition is None:
            self.show_message(self.tr("This document is no longer in the library."))
            return False
        raw = self.actions.show_raw.isChecked()
        rendered = render_place(place, edition, raw=raw, theme=self.reader.view.theme())
        self.reader.view.show_rendered(rendered, place.terms)
        self.current = (place, rendered)
        if record:
            self.history.visit(place)
        self.outline.select_place(place)
        if contacts := self.built("contacts"):
            side_panes.show_contacts(self, contacts)
        self._update_for_place(edition, rendered)
        self.paint_notes()
        self.place_shown.emit(place)
        return True

    def paint_notes(self) -> None:
        """Show the notes of the edition in the reader as highlights (once the notes are open)."""
        if self.current is not None and self.notebook.is_open:
            self.run("note_commands", "paint_notes")

    def _update_for_place(self, edition: Edition, rendered: Rendered) -> None:
        self.setWindowTitle(f"{APP_NAME} — {edition.title}")
        info = edition.info
        status = self.tr("%1 · version %2 · %3").replace("%1", info.title)
        status = status.replace("%2", str(info.version)).replace("%3", page_count(info.pages))
        metrics = self.document_status.fontMetrics()
        width = min(STATUS_WIDTH, self.width() * 2 // 5)  # a narrow window keeps room for the index state
        self.document_status.setText(metrics.elidedText(status, Qt.TextElideMode.ElideMiddle, width))
        self.document_status.setToolTip(tooltip(status))
        self.actions.back.setEnabled(self.history.can_go_back())
        self.actions.forward.setEnabled(self.history.can_go_forward())
        for action in (
            self.actions.print,
            self.actions.export_pdf,
            self.actions.copy_reference,
            self.actions.bookmark,
        ):
            action.setEnabled(True)
        self.actions.bookmark.setChecked(self.is_bookmarked())

    def run_command(self, name: str, *args: Any) -> Any:
        """Run one of `commands` (imported on first use: printing and the boxes wait until asked for)."""
        return self.run("commands", name, *args)

    def run(self, module: str, name: str, *args: Any) -> Any:
        """Run `name(window, *args)` of a command module of `artois_reader.ui`, imported on first use."""
        import importlib

        return getattr(importlib.import_module(f"artois_reader.ui.{module}"), name)(self, *args)

    def is_bookmarked(self) -> bool:
        return self.current is not None and any(b.place == self.current[0] for b in self.settings.bookmarks)

    def go_back(self) -> None:
        place = self.history.back()
        if place is not None:
            self.open_place(place, record=False)

    def go_forward(self) -> None:
        place = self.history.forward()
        if place is not None:
            self.open_place(place, record=False)

    def _go_neighbour(self, *, before: bool) -> None:
        if self.current is None:
            return
        place, rendered = self.current
        edition = self.editions.get(place.doc_id)
        if edition is None or rendered.section_id is None:
            return
        previous, following = edition.neighbours(rendered.section_id)
        target = previous if before else following
        if target is not None:
            self.open_place(Place(place.doc_id, View.SECTION, target.id))

    def restore_last_place(self) -> None:
        place = self.settings.last_place
        if place is not None and place.doc_id in self.editions and self.open_place(place):
            return
        if self.editions:
            self.open_place(Place(next(iter(self.editions))))
        else:
            self._show_welcome(busy=self.imports.busy)

    def _show_welcome(self, *, busy: bool) -> None:
        self.reader.view.show_rendered(render_welcome(busy=busy))
        for action in (
            self.actions.print,
            self.actions.export_pdf,
            self.actions.copy_reference,
            self.actions.bookmark,
        ):
            action.setEnabled(False)

    # --- slots --------------------------------------------------------------------------------------

    def _on_hit_activated(self, hit: SearchHit) -> None:
        self.last_hit = (hit, self.search.box.text().strip())
        result = self.search.last_result  # every form the search matched, on whichever passage
        found = [term for other in (result.hits if result else ()) for term in other.terms]
        terms = tuple(dict.fromkeys([*hit.terms, *found])) or tuple(self.search.box.text().split())
        self.open_place(Place(hit.doc_id, View.PASSAGE, hit.passage_id, terms))

    def step_match(self, backwards: bool) -> None:
        """F3 / Shift+F3: the next (previous) highlighted word of the page; past its last (first), on
        a page a search result opened, the next (previous) result, as the list shows them. Find in
        page (Ctrl+F) stays in the page."""
        view = self.reader.view
        hit = self._hit_shown()
        if (
            hit is not None
            and not view.finding_in_page
            and view.at_last_match(backwards)
            and self.search.open_adjacent(hit, backwards)
        ):
            return
        view.find_next(backwards)  # within the page, or round it at the list's first or last result

    def _hit_shown(self) -> SearchHit | None:
        """The search result the reader shows, if it shows the last one opened."""
        if self.last_hit is None or self.current is None:
            return None
        place, hit = self.current[0], self.last_hit[0]
        return hit if place.view == View.PASSAGE and place.target == hit.passage_id else None

    def _on_query_committed(self, query: str) -> None:
        self.search.set_history(self.settings.remember_query(query))

    def search_within(self, edition_id: str) -> None:
        if edition_id not in self.editions:
            self.show_edition(edition_id)
        self.right_tabs.setCurrentWidget(self.search)
        self.search.set_filters(replace(self.search.filters, doc_id=edition_id))
        self.search.focus_box()

    def _on_notes_changed(self) -> None:
        self.paint_notes()
        self._refresh_notes_if_shown()
        if self.notebook.is_open:
            self.run("note_commands", "show_review_count")

    def notes_tab(self) -> QWidget:
        """The widget in the Notes tab (the pane, or its placeholder before it is built)."""
        return self._panes.get("notes") or self._placeholders["notes"]

    def _refresh_notes_if_shown(self) -> None:
        notes = self.built("notes")
        if notes is not None and self.right_tabs.currentWidget() is notes:
            self.refresh_notes()

    def refresh_notes(self) -> None:
        """List the notes the pane's filters keep (read from the store: a few milliseconds)."""
        notes = self.built("notes")
        if notes is None:
            return
        if not self.notebook.exists:
            notes.show_notes([], total=0)
            return
        self.run("note_commands", "list_notes")

    # --- side panes, built when first shown ---------------------------------------------------------------

    @property
    def documents(self) -> Any:
        return self.pane("documents")

    @property
    def bookmarks(self) -> Any:
        return self.pane("bookmarks")

    @property
    def contacts(self) -> Any:
        return self.pane("contacts")

    @property
    def notes(self) -> Any:
        return self.pane("notes")

    def built(self, name: str) -> Any:
        """The side pane if it was built already, else None (without building it)."""
        return self._panes.get(name)

    def _defer(self, tabs: QTabWidget, name: str, label: str) -> None:
        placeholder = QWidget(tabs)
        placeholder.setAccessibleName(label)
        self._placeholders[name] = placeholder
        tabs.addTab(placeholder, label)

    def pane(self, name: str) -> Any:
        """The side pane `name`, built now if it was not yet, in its tab."""
        if name in self._panes:
            return self._panes[name]
        placeholder = self._placeholders.pop(name)
        tabs = self.left_tabs if self.left_tabs.indexOf(placeholder) >= 0 else self.right_tabs
        index = tabs.indexOf(placeholder)
        shown = tabs.currentIndex() == index
        widget = side_panes.build(self, name)
        self._panes[name] = widget
        tabs.blockSignals(True)
        try:
            label = tabs.tabText(index)
            tabs.removeTab(index)
            tabs.insertTab(index, widget, label)
            if shown:
                tabs.setCurrentIndex(index)
        finally:
            tabs.blockSignals(False)
        placeholder.deleteLater()
        self._order_focus()
        if name == "notes":
            self.refresh_notes()
        return widget

    def _on_tab_shown(self, tabs: QTabWidget, index: int) -> None:
        widget = tabs.widget(index)
        name = next((n for n, p in self._placeholders.items() if p is widget), None)
        if name is not None:
            self.pane(name)
        self._refresh_notes_if_shown()

    def _on_search_requested(self) -> None:
        self.right_tabs.setCurrentWidget(self.search)
        self.search.focus_box()

    def _on_open_requested(self) -> None:
        path = dialogs.choose_file_to_open(self)
        if path is not None:
            self.imports.open_files([path])

    def _on_imported(self, imported: Any) -> None:
        if not shiboken6.isValid(self):
            return
        info = imported.info
        if imported.outline is not None:  # read by the import's thread: the window does not wait for it
            self.editions[info.id] = Edition(info, imported.outline, imported.document)
        if imported.created:
            self.shown.pop(title_key(info.title), None)  # a new version shows itself
            self.settings.shown_editions = self.shown
        self.reload_library()
        if imported.created:
            text = self.tr("Added: “%1”, version %2, %3.")
        else:
            text = self.tr("Already in the library: “%1”, version %2 (%3).")
        title = info.title if len(info.title) <= 36 else info.title[:35].rstrip() + "…"
        self.show_message(
            text.replace("%1", title).replace("%2", str(info.version)).replace("%3", page_count(info.pages))
        )
        self.open_place(Place(info.id))
        self.warm_up_index()
        if imported.notes is not None:
            self.notebook.refresh()
            self.run("note_commands", "announce", [imported.notes])

    def say_unopened(self, text: str) -> None:
        """No application on this PC opens a phone, e-mail or web link: say so; it was copied."""
        self.show_message(
            self.tr("No application on this computer opens “%1”: it was copied to the clipboard.").replace(
                "%1", text
            )
        )

    def _on_link_refused(self, url: str) -> None:
        self.show_message(self.tr("This link is not opened: only web, e-mail and phone links are."))

    def _on_show_raw_toggled(self, _checked: bool) -> None:
        if self.current is not None:
            self.open_place(self.current[0], record=False)

    def _zoom_by(self, steps: int) -> None:
        self._set_zoom(self.reader.view.zoom + steps * ZOOM_STEP)

    def _set_zoom(self, percent: int) -> None:
        self.reader.view.set_zoom(percent)
        self.zoom_button.setText(f"{self.reader.view.zoom} %")

    def _focus_tab(self, tabs: QTabWidget, page: QWidget, focus: Any) -> None:
        tabs.setCurrentWidget(page)
        QTimer.singleShot(0, self, lambda: focus())

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # --- window events --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:  # the first paint: tell once the whole window is on screen
            self.painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # a dark or light theme chosen meanwhile
            self.setStyleSheet(FOCUS_STYLE)  # widgets under a style sheet take the new colours again
            self.actions.set_icons(self.palette())
            if self.current is not None and self.current[0].view != View.COMPARE:
                self.open_place(self.current[0], record=False)  # the reader's colours follow
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dialogs.dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dialogs.dropped_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.imports.open_files(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.imports.cancel()
        QThreadPool.globalInstance().waitForDone(10_000)
        self.search_pool.waitForDone(5_000)
        self.notebook.close()
        super().closeEvent(event)
