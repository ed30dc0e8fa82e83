"""The results list of the search panel: hits grouped by axis and kind, shown with their snippets.

`group_hits` is pure: it orders groups by their best hit and hits by page. `ResultsModel` holds the
groups (or the recent queries when the box is empty) and `SnippetDelegate` paints a hit as rich text:
its title and page on a first line, then the snippet with the matched words highlighted. The snippet
HTML comes from the core already escaped; its `<mark>` tags become a highlight Qt can draw.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import QStyledItemDelegate, QTreeView

from artois_reader.core.document import PassageKind, SearchHit
from artois_reader.ui.folding import fold
from artois_reader.ui.render import axis_label, page_label, tooltip

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

translate = QCoreApplication.translate

HIT_ROLE = Qt.ItemDataRole.UserRole + 10
HTML_ROLE = Qt.ItemDataRole.UserRole + 11
QUERY_ROLE = Qt.ItemDataRole.UserRole + 12  # a recent query (shown when the box is empty)

MARK_STYLE = '<span style="background-color:#ffe066; color:#000000">'

AxisTitle = Callable[[str, int], str]  # (doc_id, axis number) -> the axis title, "" when unknown


def kind_label(kind: PassageKind) -> str:
    labels = {
        PassageKind.SECTION: translate("Search", "Text"),
        PassageKind.PROJECT: translate("Search", "Projects"),
        PassageKind.EXPLAINER: translate("Search", "“What is it?”"),
        PassageKind.CONTACT: translate("Search", "Contacts"),
        PassageKind.FIGURE: translate("Search", "Key figures"),
        PassageKind.HEADING: translate("Search", "Titles"),
    }
    return labels.get(kind, str(kind))


@dataclass(frozen=True)
class HitGroup:
    doc_id: str
    axis: int | None
    kind: PassageKind
    hits: tuple[SearchHit, ...]


def group_hits(hits: Iterable[SearchHit]) -> list[HitGroup]:
    """Groups of (document, axis, kind), the group holding the best hit first; pages in order inside."""
    groups: dict[tuple[str, int | None, PassageKind], list[SearchHit]] = {}
    best: dict[tuple[str, int | None, PassageKind], float] = {}
    for rank, hit in enumerate(hits):
        key = (hit.doc_id, hit.axis, hit.kind)
        groups.setdefault(key, []).append(hit)
        best.setdefault(key, -rank)  # the first hit seen is the best ranked
    ordered = sorted(groups, key=lambda key: -best[key])
    return [
        HitGroup(*key, hits=tuple(sorted(groups[key], key=lambda h: (h.page, h.passage_id))))
        for key in ordered
    ]


def snippet_html(hit: SearchHit) -> str:
    return hit.snippet_html.replace("<mark>", MARK_STYLE).replace("</mark>", "</span>")


TITLE_LIMIT = 90


def hit_html(hit: SearchHit, muted: str, *, with_title: bool = True) -> str:
    """The title (shortened) and page, then the snippet; a snippet that is the title itself (a project,
    a heading) is shown once, as the title, with its highlights. Without title: the page and snippet."""
    page_text = page_label(hit.page)
    page = f"<span style='color:{muted}'>{html.escape(page_text)}</span>"
    if fold(" ".join(hit.snippet.split())) == fold(" ".join(hit.title.split())):
        return f"<b>{snippet_html(hit)}</b> {page}"
    if not with_title:
        return f"{page} {snippet_html(hit)}"
    title = hit.title if len(hit.title) <= TITLE_LIMIT else hit.title[: TITLE_LIMIT - 1].rstrip() + "…"
    return f"<b>{html.escape(title)}</b> {page}<br>{snippet_html(hit)}"


class ResultsModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.muted = "#5f6368"

    def show_groups(
        self, groups: list[HitGroup], axis_title: AxisTitle, doc_title: Callable[[str], str] | None = None
    ) -> None:
        """Show the groups; `doc_title` names the document in each header (when several are searched)."""
        self.clear()
        for group in groups:
            where = (
                axis_label(group.axis) if group.axis is not None else translate("Search", "Outside the axes")
            )
            text = f"{where} · {kind_label(group.kind)} ({len(group.hits)})"  # the short words first
            title = axis_title(group.doc_id, group.axis) if group.axis is not None else ""
            if title:
                text += f" — {title}"
            if doc_title is not None:
                text += f" · {doc_title(group.doc_id)}"
            header = QStandardItem(text)
            header.setToolTip(tooltip(text))
            header.setEditable(False)
            header.setSelectable(False)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            previous = ""
            for hit in group.hits:  # a title said once for the hits that follow each other under it
                header.appendRow(self._hit_item(hit, with_title=hit.title != previous))
                previous = hit.title
            self.appendRow(header)

    def show_history(self, queries: list[str]) -> None:
        self.clear()
        if not queries:
            return
        header = QStandardItem(translate("Search", "Recent searches"))
        header.setEditable(False)
        header.setSelectable(False)
        for query in queries:
            item = QStandardItem(query)
            item.setEditable(False)
            item.setData(query, QUERY_ROLE)
            item.setData(
                translate("Search", "Recent search: %1").replace("%1", query),
                Qt.ItemDataRole.AccessibleTextRole,
            )
            header.appendRow(item)
        self.appendRow(header)

    def _hit_item(self, hit: SearchHit, *, with_title: bool = True) -> QStandardItem:
        item = QStandardItem(hit.title)
        item.setEditable(False)
        item.setData(hit, HIT_ROLE)
        item.setData(hit_html(hit, self.muted, with_title=with_title), HTML_ROLE)
        page = page_label(hit.page)
        item.setData(f"{hit.title}, {page} : {hit.snippet}", Qt.ItemDataRole.AccessibleTextRole)
        item.setToolTip(tooltip(hit.snippet))
        return item

    def first_hit(self) -> QModelIndex:
        """The first row under the first group: a result, or the latest of the recent searches."""
        for row in range(self.rowCount()):
            group = self.index(row, 0)
            if self.rowCount(group):
                return self.index(0, 0, group)
        return QModelIndex()

    def hit_indexes(self) -> list[QModelIndex]:
        """Every result, in the order the list shows them (group by group)."""
        found = []
        for row in range(self.rowCount()):
            group = self.index(row, 0)
            found += [self.index(n, 0, group) for n in range(self.rowCount(group))]
        return [index for index in found if index.data(HIT_ROLE) is not None]


class ResultsView(QTreeView):
    """The results list: rows are as tall as their wrapped snippet at the current width."""

    def viewportEvent(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Resize:  # the width changed (window, splitter, scroll bar shown)
            self.scheduleDelayedItemsLayout()  # heights depend on the width: measure them again
        return super().viewportEvent(event)


class SnippetDelegate(QStyledItemDelegate):
    """Paints rows that carry HTML as rich text; group headers and recent queries as usual."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, markup: str, width: int, option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(markup)
        document.setTextWidth(max(width, 80))
        return document

    def _width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        levels = depth + (1 if self._view.rootIsDecorated() else 0)  # the branch column counts too
        return self._view.viewport().width() - self._view.indentation() * levels

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        markup = index.data(HTML_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        # imported here: the first use of QStyle makes PySide6 create its ~20 enum types (7 ms), which
        # the window's start need not wait for (no result is painted before the first search)
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else self._view.style()
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        document = self._document(markup, option.rect.width(), option)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Text
        context.palette.setColor(option.palette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        markup = index.data(HTML_ROLE)
        if not markup:
            return super().sizeHint(option, index)
        document = self._document(markup, self._width(index), option)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)
