"""The search panel: a box (Ctrl+K), filter chips, the count, « Vouliez-vous dire … », the results.

Search as you type: each keystroke searches, with no wait (a zero timer only merges the keys that
arrive in one turn of the event loop, a paste or a burst). The query gets a new generation number and
runs in the background (one search thread, so the index is never used by two threads at once). A
result whose generation is not the latest is dropped, and a query still waiting in the queue when a
newer one exists is skipped before it runs: a quick typist never piles up work, and the results of
the last key come as soon as the search thread is free.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import quote, unquote

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from artois_reader.core.document import PassageKind, SearchHit, SearchResult
from artois_reader.core.errors import Cancelled
from artois_reader.ui.render import axis_label, tooltip
from artois_reader.ui.search_results import (
    HIT_ROLE,
    QUERY_ROLE,
    ResultsModel,
    ResultsView,
    SnippetDelegate,
    group_hits,
    kind_label,
)
from artois_reader.ui.tasks import Task

DEBOUNCE_MS = 0  # no wait after a key: stale queries are skipped instead (see above)
RESULT_LIMIT = 100


@dataclass(frozen=True)
class SearchFilters:
    doc_id: str | None = None
    axis: int | None = None
    kind: PassageKind | None = None


SearchFunction = Callable[[str, SearchFilters], SearchResult]  # runs on the search thread


@dataclass(frozen=True)
class SearchScope:
    """What the chips offer: the documents (id, title) and the axes (number, title) to filter on."""

    documents: tuple[tuple[str, str], ...] = ()
    axes: tuple[tuple[int, str], ...] = ()


class SearchPanel(QWidget):
    hit_activated = Signal(object)  # SearchHit: open it in the reader
    fiche_requested = Signal(object)  # SearchHit: add it to the meeting fiche
    query_committed = Signal(str)  # a query the user acted on: keep it in the history
    results_shown = Signal(object)  # SearchResult, once shown (tests and benchmarks wait on it)
    search_failed = Signal(object)  # the exception a search raised

    def __init__(
        self, search: SearchFunction, parent: QWidget | None = None, *, pool: QThreadPool | None = None
    ):
        super().__init__(parent)
        self._search = search
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
        self._pool = pool  # one thread: queries run one after the other
        self._generation = 0
        self._filters = SearchFilters()
        self._scope = SearchScope()
        self._history: list[str] = []
        self._last_result: SearchResult | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._build_ui()
        self._connect_signals()
        self._show_idle()

    # --- building ---------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("Search the documents (Ctrl+K)"))
        self.box.setAccessibleName(self.tr("Search the documents"))
        self.box.setAccessibleDescription(self.tr("Results appear as you type; press Down to reach them"))
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        self.document_chip = self._chip(self.tr("Document"))
        self.axis_chip = self._chip(self.tr("Axis"))
        self.kind_chip = self._chip(self.tr("Kind"))
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of results"))
        self.suggestion = QLabel(self)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.suggestion.hide()
        self.widened = QLabel(self)  # "« Hénin-Beaumont » is not named: passages on its body"
        self.widened.setWordWrap(True)
        self.widened.setTextFormat(Qt.TextFormat.PlainText)
        self.widened.hide()
        self.hint = QLabel(
            self.tr(
                "Type one or more words: accents and capitals do not matter. "
                "Enter opens the first result, Down arrow reaches the list."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)  # however tall
        self.hint.setForegroundRole(self.hint.foregroundRole().PlaceholderText)
        self.model = ResultsModel(self)
        self.results = ResultsView(self)
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(False)
        self.results.setWordWrap(True)
        self.results.setItemDelegate(SnippetDelegate(self.results))
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.installEventFilter(self)
        chips = QHBoxLayout()
        for chip in (self.document_chip, self.axis_chip, self.kind_chip):
            chips.addWidget(chip)
        chips.addStretch(1)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.box)
        layout.addLayout(chips)
        layout.addWidget(self.count)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.widened)
        layout.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignTop)  # the recent searches right under it
        layout.addWidget(self.results, 1)
        self._fill_chips()

    def _chip(self, name: str) -> QToolButton:
        chip = QToolButton(self)
        chip.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        chip.setAccessibleName(self.tr("Filter: %1").replace("%1", name))
        chip.setMenu(QMenu(chip))
        return chip

    def _connect_signals(self) -> None:
        self.box.textChanged.connect(self._on_text_changed)
        self._timer.timeout.connect(self.run_now)
        self.results.activated.connect(
            self._on_activated
        )  # Enter, and double-click (or the platform's click)
        self.suggestion.linkActivated.connect(self._on_suggestion)
        self.results.customContextMenuRequested.connect(self._on_context_menu)

    # --- what the window tells us ------------------------------------------------------------------

    def set_scope(self, scope: SearchScope) -> None:
        """The documents and axes the chips offer (after the library changed)."""
        self._scope = scope
        known_docs = {doc for doc, _ in scope.documents}
        known_axes = {axis for axis, _ in scope.axes}
        self._filters = replace(
            self._filters,
            doc_id=self._filters.doc_id if self._filters.doc_id in known_docs else None,
            axis=self._filters.axis if self._filters.axis in known_axes else None,
        )
        self._fill_chips()

    def set_history(self, queries: list[str]) -> None:
        self._history = list(queries)
        if not self.box.text().strip():
            self._show_idle()

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def set_query(self, text: str) -> None:
        """Put a query in the box and search it at once."""
        self.box.setText(text)
        self.run_now()

    @property
    def filters(self) -> SearchFilters:
        return self._filters

    def set_filters(self, filters: SearchFilters) -> None:
        self._filters = filters
        self._fill_chips()
        self.run_now()

    @property
    def generation(self) -> int:
        return self._generation

    # --- running queries ---------------------------------------------------------------------------

    def _on_text_changed(self, _text: str) -> None:
        self._timer.start()

    def run_now(self) -> None:
        """Search what the box holds now (the keystroke timer calls this)."""
        self._timer.stop()
        self._generation += 1
        generation, query, filters = self._generation, self.box.text().strip(), self._filters
        if not query:
            self._show_idle()
            return

        def work(_on_progress: object) -> SearchResult:
            if generation != self._generation:
                raise Cancelled("a newer query is waiting")
            return self._search(query, filters)

        task = Task(work, self, pool=self._pool)
        task.succeeded.connect(lambda result: self._on_result(generation, result))
        task.failed.connect(lambda error: self._on_failed(generation, error))
        task.start()

    def _on_result(self, generation: int, result: SearchResult) -> None:
        if generation != self._generation:
            return  # a newer query was typed meanwhile: this one is stale
        self.hint.hide()
        self.results.show()
        self._last_result = result
        self.model.muted = self.palette().color(self.palette().ColorRole.PlaceholderText).name()
        several = len(self._scope.documents) > 1 and self._filters.doc_id is None
        titles = dict(self._scope.documents)
        doc_title = (lambda doc_id: titles.get(doc_id, doc_id)) if several else None
        self.model.show_groups(group_hits(result.hits), self._axis_title, doc_title)
        self.results.expandAll()
        self._show_count(result)
        self._show_suggestion(result.suggestion)
        self._show_widened(result)
        self.results_shown.emit(result)

    def _on_failed(self, generation: int, error: object) -> None:
        if generation != self._generation:
            return
        self.model.clear()
        self.count.setText(self.tr("The search could not be run. Try again in a moment."))
        self.search_failed.emit(error)

    def _axis_title(self, _doc_id: str, number: int) -> str:
        return dict(self._scope.axes).get(number, "")

    def _show_count(self, result: SearchResult) -> None:
        if result.total == 0:
            self.count.setText(self.tr("No result"))
        elif result.total > len(result.hits):
            text = self.tr("%n result(s)", "", result.total)
            self.count.setText(
                text + " " + self.tr("(the best %1 are shown)").replace("%1", str(len(result.hits)))
            )
        else:
            self.count.setText(self.tr("%n result(s)", "", result.total))

    def _show_suggestion(self, suggestion: str | None) -> None:
        if not suggestion or suggestion.strip().casefold() == self.box.text().strip().casefold():
            self.suggestion.hide()
            return
        from html import escape

        link = f'<a href="suggest:{quote(suggestion)}">{escape(suggestion)}</a>'
        self.suggestion.setText(self.tr("Did you mean %1?").replace("%1", link))
        self.suggestion.show()

    def _show_widened(self, result: SearchResult) -> None:
        """A commune the documents never name: say that the hits are about its intercommunal body."""
        widened = result.intercommunality
        if widened is None:
            self.widened.hide()
            return
        text = self.tr(
            "“%1” is not named in the documents. Here is what they say about %2, which it belongs to."
        )
        self.widened.setText(text.replace("%1", widened.commune).replace("%2", widened.body))
        self.widened.show()

    def _show_idle(self) -> None:
        self.hint.show()
        self._last_result = None
        self.count.setText("")
        self.suggestion.hide()
        self.widened.hide()
        self.model.show_history(self._history)
        self.results.expandAll()
        self.results.setVisible(bool(self._history))  # no empty frame under the hint
        self._layout.setStretchFactor(self.hint, 0 if self._history else 1)  # it takes the room left

    @property
    def last_result(self) -> SearchResult | None:
        return self._last_result

    # --- acting on results ---------------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        query = index.data(QUERY_ROLE)
        if query:
            self.set_query(query)
            return
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.query_committed.emit(self.box.text().strip())
            self.hit_activated.emit(hit)

    def _on_context_menu(self, point: QPoint) -> None:
        index = self.results.indexAt(point)
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is None:
            return
        self.results.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self._on_activated(index))
        menu.addAction(self.tr("&Add to the brief"), lambda: self.fiche_requested.emit(hit))
        menu.exec(self.results.viewport().mapToGlobal(point))

    def _on_suggestion(self, href: str) -> None:
        if href.startswith("suggest:"):
            self.set_query(unquote(href.removeprefix("suggest:")))

    def open_first(self) -> bool:
        index = self.model.first_hit()
        if not index.isValid():
            return False
        self.results.setCurrentIndex(index)
        self._on_activated(index)
        return True

    def open_adjacent(self, hit: SearchHit, backwards: bool = False) -> bool:
        """Open the result after `hit` in the list (before it, `backwards`); False at either end, or
        when `hit` is no longer listed (another search replaced the results)."""
        indexes = self.model.hit_indexes()
        position = next((n for n, index in enumerate(indexes) if index.data(HIT_ROLE) == hit), None)
        if position is None:
            return False
        position += -1 if backwards else 1
        if not 0 <= position < len(indexes):
            return False
        self.results.setCurrentIndex(indexes[position])
        self.hit_activated.emit(indexes[position].data(HIT_ROLE))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.box and key == Qt.Key.Key_Down:
            first = self.model.first_hit()
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            if first.isValid():
                self.results.setCurrentIndex(first)
            return True
        if watched is self.box and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or self._last_result is None:
                self.run_now()  # Enter before the keystroke timer fired: search now
            else:
                self.open_first()
            return True
        if watched is self.box and key == Qt.Key.Key_Escape and self.box.text():
            self.box.clear()
            return True
        return super().eventFilter(watched, event)

    # --- chips ---------------------------------------------------------------------------------------

    def _fill_chips(self) -> None:
        docs = [(None, self.tr("All documents")), *self._scope.documents]
        axes = [(None, self.tr("All axes"))] + [
            (n, axis_label(n) + (f" — {t}" if t else "")) for n, t in self._scope.axes
        ]
        kinds = [(None, self.tr("All kinds"))] + [(k, kind_label(k)) for k in _CHIP_KINDS]
        self._fill_chip(self.document_chip, self.tr("Document"), docs, self._filters.doc_id, "doc_id")
        self._fill_chip(self.axis_chip, self.tr("Axis"), axes, self._filters.axis, "axis")
        self._fill_chip(self.kind_chip, self.tr("Kind"), kinds, self._filters.kind, "kind")
        self.document_chip.setVisible(len(self._scope.documents) > 1)
        self.axis_chip.setVisible(bool(self._scope.axes))

    def _fill_chip(self, chip: QToolButton, name: str, choices: list, current: object, field: str) -> None:
        menu = chip.menu()
        menu.clear()
        group = QActionGroup(menu)
        menu.setToolTipsVisible(True)
        for value, label in choices:
            action = QAction(_shorten(label, MENU_LABEL_CHARS), menu)  # the menu stays in the window
            action.setToolTip(label)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _checked=False, v=value: self._on_chip(field, v))
            group.addAction(action)
            menu.addAction(action)
        chosen = next((label for value, label in choices if value == current), choices[0][1])
        short = chosen if current is not None else self.tr("all")
        chip.setText(
            self.tr("%1: %2").replace("%1", name).replace("%2", _shorten(short))
        )  # Qt draws the arrow
        chip.setToolTip(tooltip(f"{name} — {chosen}"))
        chip.setDown(False)
        font = chip.font()
        font.setBold(current is not None)
        chip.setFont(font)

    def _on_chip(self, field: str, value: object) -> None:
        self.set_filters(replace(self._filters, **{field: value}))


_CHIP_KINDS = (
    PassageKind.SECTION,
    PassageKind.PROJECT,
    PassageKind.EXPLAINER,
    PassageKind.CONTACT,
    PassageKind.FIGURE,
)


MENU_LABEL_CHARS = 60


def _shorten(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
