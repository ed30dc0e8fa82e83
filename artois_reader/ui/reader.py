"""The reader: a QTextBrowser that shows one rendered place, highlights words, and never leaks.

Safety: the HTML comes from `render` (every document word escaped); links never open by themselves
(`setOpenLinks(False)`): a click on an internal link asks for a place, a click on an http(s), mailto:
or tel: link opens it through QDesktopServices, anything else is refused; `loadResource` returns
nothing, so no image or style sheet is ever fetched, local or remote.

Highlights are extra selections over the laid-out text, so search terms and find-in-page matches are
found accent-insensitively ("coeur" lights up "Cœur") without touching the HTML.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QFontMetricsF,
    QGuiApplication,
    QHelpEvent,
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolBar, QToolButton, QToolTip, QVBoxLayout, QWidget

from artois_reader.ui.find_bar import FindBar
from artois_reader.ui.folding import match_spans
from artois_reader.ui.navigation import is_openable, place_from_url
from artois_reader.ui.render import Rendered, Theme, tooltip
from artois_reader.ui.settings import ZOOM_DEFAULT, clamp_zoom

HIGHLIGHT = QColor("#ffe066")  # search terms and find matches: readable on light and dark themes
CURRENT = QColor("#ff9632")  # the match F3 stands on
NOTE = QColor("#9ddba6")  # a note's highlight (green: not the yellow of search words), black text
NOTE_REVIEW = QColor("#f4b6b6")  # a note « à revoir », on the edition it stayed on
_PASSAGE_ID = re.compile(r"p\d+\.\d+")

READABLE_CHARACTERS = 80  # the text column holds about this many characters a line, at any zoom
MARGIN = 16  # pixels around the text at least
WORDED = "wordedButton"  # a tool bar button showing its word beside its icon while there is room
CONTEXT_LINES = 4  # lines kept in sight above a passage opened from search or the contents

# Typography of the rendered places: airy lines, headings with room above them (Qt's rich text takes
# this CSS subset; colours stay the palette's, so dark themes read as well).
READER_STYLE = """
p, li { line-height: 135%; }
h1 { font-size: x-large; margin-top: 4px; margin-bottom: 10px; }
h2 { font-size: large; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: medium; margin-top: 14px; margin-bottom: 4px; }
li { margin-bottom: 3px; }
"""


def open_or_copy(url: QUrl, shown: str) -> bool:
    """Open a web, e-mail or phone link with the desktop's application; where none does (no phone
    software on the PC), put `shown` on the clipboard instead and return False."""
    if QDesktopServices.openUrl(url):
        return True
    QGuiApplication.clipboard().setText(shown)
    return False


class ReaderView(QTextBrowser):
    """Shows rendered places. Emits requests; the main window decides what happens."""

    place_requested = Signal(object)  # Place: an internal link was clicked
    link_refused = Signal(str)  # a link of a kind that never opens was clicked
    link_unopened = Signal(str)  # no application opened it (no phone software): it was copied
    zoom_requested = Signal(int)  # +1 / -1 steps (Ctrl+wheel)
    back_requested = Signal()
    forward_requested = Signal()
    matches_changed = Signal(int, int)  # current (1-based, 0 = none), count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(self.tr("Reader"))
        self.setAccessibleDescription(self.tr("The text of the selected part of the document"))
        base = self.font().pointSizeF()
        self._base_size = base if base > 0 else 10.0
        self._zoom = ZOOM_DEFAULT
        self._rendered: Rendered | None = None
        self._terms: tuple[str, ...] = ()
        self._find_text = ""
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        self._anchors: list[tuple[int, str]] = []  # (position, passage id), sorted
        self._next_from = 0  # the match F3 goes to first: the first in the passage opened
        self._last_in = -1  # ... and Shift+F3: the last in the passage opened
        self._note_spans: list[Any] = []  # annotations.NoteSpan, painted under the search words
        self.context_actions: list[QAction] = []  # added to the right-click menu (Annotate, Fiche…)
        self.document().setDefaultStyleSheet(READER_STYLE)
        self.anchorClicked.connect(self._on_anchor_clicked)

    # --- what is shown ------------------------------------------------------------------------------

    @property
    def rendered(self) -> Rendered | None:
        return self._rendered

    def show_rendered(self, rendered: Rendered, terms: tuple[str, ...] = ()) -> None:
        self._rendered = rendered
        self._terms = tuple(terms)
        self._note_spans = []
        self.setHtml(rendered.html)
        self._apply_zoom()
        self._anchors = self._collect_anchors()
        self._refresh_matches(keep_position=False)
        self._next_from, self._last_in = self._passage_matches(rendered.anchor)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        if rendered.anchor:
            QTimer.singleShot(0, self, lambda: self._scroll_to(rendered.anchor))
        else:
            self.verticalScrollBar().setValue(0)

    def _scroll_to(self, anchor: str) -> None:
        """The passage at the top, under a few lines of what comes before it: the heading of its box
        (« C'est quoi ? » and its question) or the end of the paragraph above stays in sight."""
        self.scrollToAnchor(anchor)
        bar = self.verticalScrollBar()
        if bar.value() < bar.maximum():  # the view moved the passage to its top
            line = QFontMetricsF(self.document().defaultFont()).lineSpacing()
            bar.setValue(max(0, bar.value() - round(CONTEXT_LINES * line)))

    def theme(self) -> Theme:
        """Colours for the renderer, from the current palette (dark or light)."""
        palette = self.palette()
        muted = palette.color(palette.ColorRole.PlaceholderText)
        base = palette.color(palette.ColorRole.Base)
        box = base.darker(106) if base.lightness() > 128 else base.lighter(140)
        return Theme(muted=muted.name(), box_background=box.name())

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None  # nothing is ever loaded: no image, no style sheet, no remote anything

    def passage_at(self, position: int) -> str:
        """The id of the passage a text position falls in ("" before the first passage)."""
        keys = [pos for pos, _ in self._anchors]
        i = bisect.bisect_right(keys, position) - 1
        return self._anchors[i][1] if i >= 0 else ""

    def selected_text(self) -> str:
        return self.textCursor().selection().toPlainText().strip()

    def selection_passage(self) -> str:
        cursor = self.textCursor()
        return self.passage_at(cursor.selectionStart()) if cursor.hasSelection() else ""

    def passage_segments(self) -> dict[str, tuple[int, str]]:
        """Each passage shown: (the position where its stretch of text starts, that stretch)."""
        text = self.document().toPlainText()
        ends = [pos for pos, _ in self._anchors[1:]] + ([len(text)] if self._anchors else [])
        return {pid: (pos, text[pos:end]) for (pos, pid), end in zip(self._anchors, ends, strict=True)}

    def selection_span(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()

    def set_note_spans(self, spans: list[Any]) -> None:
        """Show notes as highlights (green; pink for a note « à revoir »), their text on hover."""
        self._note_spans = list(spans)
        self._paint_matches()

    @property
    def note_spans(self) -> list[Any]:
        return list(self._note_spans)

    def note_at(self, position: int) -> Any:
        return next((s for s in self._note_spans if s.start <= position < s.end), None)

    def viewportEvent(self, event: QEvent) -> bool:  # Qt override: the viewport's tooltips
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            span = self.note_at(self.cursorForPosition(event.pos()).position())
            if span is not None:
                words = span.text or self.tr("Highlight without a note")
                if span.review:
                    words = self.tr("To review: %1").replace("%1", words)
                QToolTip.showText(event.globalPos(), tooltip(words), self)
                return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _collect_anchors(self) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                for name in fragment.charFormat().anchorNames():
                    if _PASSAGE_ID.fullmatch(name):
                        found.append((fragment.position(), name))
                fragments += 1
            block = block.next()
        return sorted(found)

    # --- zoom ----------------------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, percent: int) -> None:
        self._zoom = clamp_zoom(percent)
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        font = self.document().defaultFont()
        font.setPointSizeF(self._base_size * self._zoom / 100)
        self.document().setDefaultFont(font)
        self._fit_column()

    def _fit_column(self) -> None:
        """Keep lines to a readable length: on a wide reader, margins centre a column of about
        `READABLE_CHARACTERS` characters (of the current size); on a narrow one, small margins."""
        metrics = QFontMetricsF(self.document().defaultFont())
        column = metrics.averageCharWidth() * READABLE_CHARACTERS
        side = max(MARGIN, (self.viewport_width() - column) / 2)
        root = self.document().rootFrame()
        frame = root.frameFormat()
        if abs(frame.leftMargin() - side) < 1 and frame.topMargin() == MARGIN:
            return
        frame.setLeftMargin(side)
        frame.setRightMargin(side)
        frame.setTopMargin(MARGIN)
        frame.setBottomMargin(MARGIN * 2)
        root.setFrameFormat(frame)

    def viewport_width(self) -> int:
        """`viewport().width()`, worked out from the frame and the scroll bar instead: the first call in
        a process that returns a bare QWidget makes PySide6 create the Python types of every widget
        class (some 80, with their enums: 10 ms), which the window's first paint need not wait for."""
        width = self.maximumViewportSize().width()  # inside the frame and the viewport margins
        bar = self.verticalScrollBar()
        return width - bar.width() if bar.isVisibleTo(self) else width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() // 120
            if steps:
                self.zoom_requested.emit(1 if steps > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    # --- history buttons on the mouse ---------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.BackButton:
            self.back_requested.emit()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.forward_requested.emit()
        else:
            super().mousePressEvent(event)

    # --- links ---------------------------------------------------------------------------------------

    def _on_anchor_clicked(self, url: QUrl) -> None:
        text = url.toString()
        place = place_from_url(text)
        if place is not None:
            self.place_requested.emit(place)
        elif is_openable(text):
            shown = url.path() if url.scheme() in ("tel", "mailto") else text
            if not open_or_copy(url, shown):
                self.link_unopened.emit(shown)
        else:
            self.link_refused.emit(text)

    # --- highlights, find in page, next/previous match -------------------------------------------

    def set_find_text(self, text: str) -> None:
        """Find in page: highlight every occurrence (accents and case ignored) and go to the first."""
        self._find_text = text
        self._refresh_matches(keep_position=False)
        if self._matches:
            self._select_match(self._first_visible_match())

    def _passage_matches(self, anchor: str) -> tuple[int, int]:
        """The first match at or after the passage `anchor` names, and the last match before the
        passage after it (the first's predecessor when the passage has none)."""
        starts = [pos for pos, _ in self._anchors]
        names = [name for _, name in self._anchors]
        begin = starts[names.index(anchor)] if anchor in names else 0
        end = next((pos for pos in starts if pos > begin), self.document().characterCount())
        first = next((n for n, (start, _) in enumerate(self._matches) if start >= begin), 0)
        inside = [n for n, (start, _) in enumerate(self._matches) if begin <= start < end]
        return first, inside[-1] if inside else first - 1

    def find_next(self, backwards: bool = False) -> bool:
        """Go to the next highlighted word (the previous one, `backwards`), round the page. The
        first goes from the passage the page was opened on: its first word, or its last backwards."""
        if not self._matches:
            return False
        if self._current < 0:
            self._select_match((self._last_in if backwards else self._next_from) % len(self._matches))
        else:
            self._select_match((self._current + (-1 if backwards else 1)) % len(self._matches))
        return True

    def at_last_match(self, backwards: bool = False) -> bool:
        """True when the next `find_next` would go round the page: on its last highlighted word (its
        first, `backwards`), or when it has none."""
        if not self._matches:
            return True
        if self._current < 0:
            return False
        return self._current == (0 if backwards else len(self._matches) - 1)

    @property
    def finding_in_page(self) -> bool:
        return bool(self._find_text.strip())

    @property
    def match_count(self) -> int:
        return len(self._matches)

    def _refresh_matches(self, *, keep_position: bool) -> None:
        text = self.document().toPlainText()
        if self._find_text.strip():
            self._matches = match_spans(text, [self._find_text], whole_words=False)
        else:
            self._matches = match_spans(text, self._terms, whole_words=True)
        if not keep_position:
            self._current = -1
        self._paint_matches()

    def _first_visible_match(self) -> int:
        top = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        return next((i for i, (start, _) in enumerate(self._matches) if start >= top), 0)

    def _select_match(self, index: int) -> None:
        self._current = index
        start, end = self._matches[index]
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._paint_matches()

    def _paint_matches(self) -> None:
        selections = []
        for span in self._note_spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(span.start)
            cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(NOTE_REVIEW if span.review else NOTE)
            fmt.setForeground(QColor("#000000"))
            selection.cursor, selection.format = cursor, fmt
            selections.append(selection)
        for i, (start, end) in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT if i == self._current else HIGHLIGHT)
            fmt.setForeground(QColor("#000000"))
            selection.cursor, selection.format = cursor, fmt
            selections.append(selection)
        self.setExtraSelections(selections)
        self.matches_changed.emit(self._current + 1, len(self._matches))


class ReaderPane(QWidget):
    """The reader with its tool bar (filled by the main window) and the find bar under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toolbar = QToolBar(self.tr("Reader tools"), self)
        self.toolbar.setAccessibleName(self.tr("Reader tools"))
        self.view = ReaderView(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        self._wide_toolbar: int | None = None
        self._connect_signals()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self.fit_toolbar()

    def fit_toolbar(self) -> None:
        """Words beside the tool bar's icons while they fit; icons alone in a narrow pane, so that no
        button hides behind « ›› » (the words stay in the tooltips and the accessible names)."""
        worded = [b for b in self.toolbar.findChildren(QToolButton) if b.property(WORDED)]
        if not worded:
            return
        if self._wide_toolbar is None:  # the width the bar needs with its words, measured once
            for button in worded:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self._wide_toolbar = self.toolbar.sizeHint().width()
        fits = self._wide_toolbar <= self.width()
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if fits else Qt.ToolButtonStyle.ToolButtonIconOnly
        for button in worded:
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def _connect_signals(self) -> None:
        self.find_bar.text_changed.connect(self.view.set_find_text)
        self.find_bar.next_requested.connect(self.view.find_next)
        self.find_bar.previous_requested.connect(lambda: self.view.find_next(backwards=True))
        self.find_bar.close_requested.connect(self.close_find)
        self.view.matches_changed.connect(self.find_bar.show_count)

    def open_find(self) -> None:
        self.find_bar.open()
        if self.find_bar.field.text():
            self.view.set_find_text(self.find_bar.field.text())

    def close_find(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # first: a hidden bar would pass it on
        self.find_bar.hide()
        self.view.set_find_text("")
