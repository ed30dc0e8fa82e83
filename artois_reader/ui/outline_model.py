"""The table of contents: a plain Python tree built from outlines, under a thin QAbstractItemModel.

    document
      Axe 1 — …            sections, then « Exemples de projets » and its projects
      Axe 2 — …
      (sections outside the axes, in reading order)
      Contacts, « C'est quoi ? », Lieux, Organisations, Chiffres clés, Outils

`build_tree` is pure (no Qt object), so the shape of the tree is tested directly; `OutlineModel`
only answers Qt's questions about it, and `OutlineFilter` narrows it, ignoring accents and case.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from artois_reader.core.document import DocumentInfo, Outline, PassageKind, Section
from artois_reader.ui.folding import fold
from artois_reader.ui.navigation import Place, View
from artois_reader.ui.render import page_count, page_label, tooltip

translate = QCoreApplication.translate

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


class NodeKind(enum.StrEnum):
    ROOT = "root"
    DOCUMENT = "document"
    AXIS = "axis"
    SECTION = "section"
    PROJECTS = "projects"
    PROJECT = "project"
    GROUP = "group"
    CONTACT = "contact"
    EXPLAINER = "explainer"
    PLACE = "place"
    ORGANIZATION = "organization"
    FIGURE = "figure"
    TOOL = "tool"


SYNC_RANK = {NodeKind.PROJECT: 2, NodeKind.EXPLAINER: 2, NodeKind.CONTACT: 2, NodeKind.SECTION: 1}
"""Which row the tree selects for a passage the reader shows: what the passage is (a project, an
explainer, a contact) rather than the section holding it, and never a mention in it (a place, an
organisation, a key figure, a tool): the first of equal rank."""


@dataclass(eq=False)
class OutlineNode:
    kind: NodeKind
    label: str
    place: Place | None = None
    page: int | None = None
    tooltip: str = ""
    passage_ids: tuple[str, ...] = ()  # the passages this node stands for (for the reader -> tree sync)
    parent: OutlineNode | None = field(default=None, repr=False)
    children: list[OutlineNode] = field(default_factory=list, repr=False)
    row: int = 0
    key: str = ""  # the folded label the filter compares
    italic: bool = False  # a label the text does not give (an untitled section's first words)

    def __post_init__(self) -> None:
        self.key = fold(self.label)

    def add(self, child: OutlineNode) -> OutlineNode:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child

    def walk(self) -> Iterator[OutlineNode]:
        yield self
        for child in self.children:
            yield from child.walk()


def axis_title(number: int, title: str) -> str:
    return translate("Outline", "Axis %1 — %2").replace("%1", str(number)).replace("%2", title)


def build_tree(editions: Iterable[tuple[DocumentInfo, Outline]]) -> OutlineNode:
    root = OutlineNode(NodeKind.ROOT, "")
    for info, outline in editions:
        _add_document(root, info, outline)
    return root


def _add_document(root: OutlineNode, info: DocumentInfo, outline: Outline) -> None:
    doc = info.id
    label = info.title if info.version == 1 else translate("Outline", "%1 (version %2)")
    label = label.replace("%1", info.title).replace("%2", str(info.version))
    tooltip = (
        translate("Outline", "%1 · %2").replace("%1", info.source_name).replace("%2", page_count(info.pages))
    )
    node = root.add(OutlineNode(NodeKind.DOCUMENT, label, Place(doc), 1, tooltip))
    sections = {s.id: s for s in outline.sections}
    top: list[tuple[int, int, int, OutlineNode]] = []  # (page, order, index, node) in reading order
    for index, axis in enumerate(outline.axes):
        axis_node = OutlineNode(
            NodeKind.AXIS,
            axis_title(axis.number, axis.title),
            Place(doc, View.AXIS, str(axis.number)),
            axis.page,
        )
        _add_sections(axis_node, doc, [sections[s] for s in axis.section_ids if s in sections])
        projects = [p for p in outline.projects if p.id in axis.project_ids] or [
            p for p in outline.projects if p.axis == axis.number and not axis.project_ids
        ]
        if projects:
            group = axis_node.add(
                OutlineNode(
                    NodeKind.PROJECTS,
                    translate("Outline", "Project examples"),
                    Place(doc, View.GROUP, f"projects:{axis.number}"),
                )
            )
            for project in projects:
                place = (
                    Place(doc, View.PASSAGE, project.passage_id) if project.passage_id else axis_node.place
                )
                tip = ", ".join((*project.places, *project.organizations))
                passages = (project.passage_id,) if project.passage_id else ()
                group.add(OutlineNode(NodeKind.PROJECT, project.title, place, project.page, tip, passages))
        top.append((axis.page, 0, index, axis_node))
    in_axes = {sid for axis in outline.axes for sid in axis.section_ids}
    loose = [s for s in outline.sections if s.id not in in_axes and s.axis is None]
    holder = OutlineNode(NodeKind.ROOT, "")
    _add_sections(holder, doc, loose)
    top += [(n.page or 0, 1, i, n) for i, n in enumerate(holder.children)]
    for *_, child in sorted(top, key=lambda item: item[:3]):
        node.add(child)
    _add_groups(node, doc, outline)


def box_passages(outline: Outline, first: str) -> tuple[str, ...]:
    """An explainer's passages: its question, then the box's passages after it (its answer)."""
    if not first:
        return ()
    ids = [p.id for p in outline.passages]
    questions = {x.passage_id for x in outline.explainers}
    found = [first]
    for passage in outline.passages[ids.index(first) + 1 :] if first in ids else ():
        if passage.kind != PassageKind.EXPLAINER or passage.id in questions:
            break
        found.append(passage.id)
    return tuple(found)


def _add_sections(parent: OutlineNode, doc: str, sections: list[Section]) -> None:
    """Sections in reading order, a deeper level nested under the section before it."""
    stack: list[tuple[int, OutlineNode]] = []
    untitled = translate("Outline", "No heading in the text: its first words")
    for section in sections:
        while stack and stack[-1][0] >= section.level:
            stack.pop()
        holder = stack[-1][1] if stack else parent
        node = holder.add(
            OutlineNode(
                NodeKind.SECTION,
                section.title,
                Place(doc, View.SECTION, section.id),
                section.page,
                "" if section.titled else untitled,
                section.passage_ids,
                italic=not section.titled,
            )
        )
        stack.append((section.level, node))


def _add_groups(node: OutlineNode, doc: str, outline: Outline) -> None:
    def group(key: str, label: str, count: int) -> OutlineNode | None:
        if not count:
            return None
        text = translate("Outline", "%1 (%2)").replace("%1", label).replace("%2", str(count))
        return node.add(OutlineNode(NodeKind.GROUP, text, Place(doc, View.GROUP, key)))

    def passage(pid: str) -> tuple[str, ...]:
        return (pid,) if pid else ()

    def at(pid: str, fallback: Place) -> Place:
        return Place(doc, View.PASSAGE, pid) if pid else fallback

    if holder := group("contacts", translate("Outline", "Contacts"), len(outline.contacts)):
        for c in outline.contacts:
            tip = " · ".join((*c.phones, *c.emails))
            holder.add(
                OutlineNode(
                    NodeKind.CONTACT,
                    c.organization,
                    at(c.passage_id, holder.place),
                    c.page,
                    tip,
                    passage(c.passage_id),
                )
            )
    if holder := group("explainers", translate("Outline", "“What is it?”"), len(outline.explainers)):
        for x in outline.explainers:
            holder.add(
                OutlineNode(
                    NodeKind.EXPLAINER,
                    x.term,
                    at(x.passage_id, holder.place),
                    x.page,
                    x.text[:200],
                    box_passages(outline, x.passage_id),
                )
            )
    if holder := group("places", translate("Outline", "Places"), len(outline.places)):
        for m in sorted(outline.places, key=lambda m: fold(m.name)):
            place = Place(doc, View.MENTION, f"place:{m.name}")
            holder.add(OutlineNode(NodeKind.PLACE, m.name, place, m.pages[0] if m.pages else None))
    if holder := group("organizations", translate("Outline", "Organisations"), len(outline.organizations)):
        for m in sorted(outline.organizations, key=lambda m: fold(m.name)):
            place = Place(doc, View.MENTION, f"organization:{m.name}")
            holder.add(OutlineNode(NodeKind.ORGANIZATION, m.name, place, m.pages[0] if m.pages else None))
    if holder := group("figures", translate("Outline", "Key figures"), len(outline.figures)):
        for f in outline.figures:
            label = f.quantity
            holder.add(
                OutlineNode(
                    NodeKind.FIGURE,
                    label,
                    at(f.passage_id, holder.place),
                    f.page,
                    f.label,
                    passage(f.passage_id),
                )
            )
    if holder := group("tools", translate("Outline", "Tools"), len(outline.tools)):
        for t in outline.tools:
            holder.add(
                OutlineNode(
                    NodeKind.TOOL,
                    t.name,
                    at(t.passage_id, holder.place),
                    t.page,
                    t.description[:200],
                    passage(t.passage_id),
                )
            )


class OutlineModel(QAbstractItemModel):
    """Two columns: the title and its page. Each index points at its `OutlineNode`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = OutlineNode(NodeKind.ROOT, "")
        self._by_place: dict[Place, OutlineNode] = {}
        self._by_passage: dict[tuple[str, str], OutlineNode] = {}

    def set_tree(self, root: OutlineNode) -> None:
        self.beginResetModel()
        self._root = root
        self._by_place = {}
        self._by_passage = {}
        for node in root.walk():
            if node.place is not None:
                self._by_place.setdefault(node.place, node)
            for pid in node.passage_ids:
                doc = node.place.doc_id if node.place else ""
                held = self._by_passage.get((doc, pid))
                if held is None or SYNC_RANK.get(node.kind, 0) > SYNC_RANK.get(held.kind, 0):
                    self._by_passage[(doc, pid)] = node
        self.endResetModel()

    def node(self, index: AnyIndex) -> OutlineNode:
        return index.internalPointer() if index.isValid() else self._root

    def index_for_place(self, place: Place) -> QModelIndex:
        """The row that stands for a place, or for the section holding a passage; invalid if none."""
        node = None
        if place.view == View.PASSAGE:  # what the passage is, not a figure or a place named in it
            node = self._by_passage.get((place.doc_id, place.target))
        node = node or self._by_place.get(place)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    # --- QAbstractItemModel -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= 2 or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        holder = self.node(parent)
        if not 0 <= row < len(holder.children):
            return QModelIndex()
        return self.createIndex(row, column, holder.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        holder = self.node(index).parent
        if holder is None or holder is self._root:
            return QModelIndex()
        return self.createIndex(holder.row, 0, holder)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        page = page_label(node.page) if node.page else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label if index.column() == 0 else page
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole title, which the tree may cut
            return tooltip(f"{node.label}\n{node.tooltip}" if node.tooltip else node.label)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{node.label}, {page}" if page else node.label
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (
            node.italic or node.kind in (NodeKind.DOCUMENT, NodeKind.AXIS)
        ):
            font = QFont()
            font.setBold(not node.italic)
            font.setItalic(node.italic)
            return font
        if role == PLACE_ROLE:
            return node.place
        if role == KIND_ROLE:
            return node.kind.value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Outline", "Title") if section == 0 else translate("Outline", "Page")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class OutlineFilter(QSortFilterProxyModel):
    """Keeps the rows whose title holds every word typed (accents and case ignored), their
    ancestors, and the children of a matching row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def set_query(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def active(self) -> bool:
        return bool(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        key = model.node(index).key if isinstance(model, OutlineModel) else fold(str(index.data()))
        return all(word in key for word in self._words)
