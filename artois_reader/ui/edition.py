"""One edition as the GUI holds it: what the library lists, its outline, its pages, and fast lookups."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from artois_reader.core.document import (
    Axis,
    Block,
    BlockKind,
    Contact,
    Document,
    DocumentInfo,
    Outline,
    Passage,
    Section,
)

log = logging.getLogger(__name__)


def parse_passage_id(passage_id: str) -> tuple[int, int] | None:
    """ "p3.12" -> (3, 12); None when the id has another shape."""
    if not passage_id.startswith("p") or "." not in passage_id:
        return None
    page, _, number = passage_id[1:].partition(".")
    if not (page.isdigit() and number.isdigit()):
        return None
    return int(page), int(number)


@dataclass(eq=False)
class Edition:
    info: DocumentInfo
    outline: Outline
    document: Document | None = field(default=None)  # the pages, once read (see `pages_loader`)
    pages_loader: Callable[[], Document] | None = field(default=None, repr=False)

    def read_pages(self) -> Document | None:
        """The pages, read on first need (an overview needs none; a section needs its blocks)."""
        if self.document is None and self.pages_loader is not None:
            loader, self.pages_loader = self.pages_loader, None  # tried once
            try:
                self.document = loader()
            except Exception as error:  # the outline still serves: passages show without list layout
                log.warning("pages of %s not readable: %s", self.info.id, error)
        return self.document

    @property
    def doc_id(self) -> str:
        return self.info.id

    @property
    def title(self) -> str:
        return self.info.title

    @cached_property
    def passages(self) -> dict[str, Passage]:
        return {p.id: p for p in self.outline.passages}

    @cached_property
    def sections(self) -> dict[str, Section]:
        return {s.id: s for s in self.outline.sections}

    @cached_property
    def axes(self) -> dict[int, Axis]:
        return {a.number: a for a in self.outline.axes}

    @cached_property
    def section_order(self) -> list[str]:
        return [s.id for s in self.outline.sections]

    @cached_property
    def contacts_by_passage(self) -> dict[str, Contact]:
        return {c.passage_id: c for c in self.outline.contacts if c.passage_id}

    def contact_of(self, passage_id: str) -> Contact | None:
        return self.contacts_by_passage.get(passage_id)

    def passage(self, passage_id: str) -> Passage | None:
        return self.passages.get(passage_id)

    def section(self, section_id: str | None) -> Section | None:
        return self.sections.get(section_id) if section_id else None

    def axis(self, number: int | None) -> Axis | None:
        return self.axes.get(number) if number is not None else None

    def block(self, passage_id: str) -> Block | None:
        """The cleaned block a passage comes from (to tell a list item from a paragraph)."""
        where = parse_passage_id(passage_id)
        document = self.read_pages() if where is not None else None
        if where is None or document is None:
            return None
        page, number = where
        if not 1 <= page <= len(document.pages):
            return None
        blocks = document.pages[page - 1].blocks
        return blocks[number - 1] if 1 <= number <= len(blocks) else None

    def is_list_item(self, passage_id: str) -> bool:
        block = self.block(passage_id)
        return block is not None and block.kind == BlockKind.LIST_ITEM

    def section_of(self, passage_id: str) -> Section | None:
        passage = self.passage(passage_id)
        if passage is not None and passage.section_id:
            return self.section(passage.section_id)
        return next((s for s in self.outline.sections if passage_id in s.passage_ids), None)

    def neighbours(self, section_id: str) -> tuple[Section | None, Section | None]:
        """The sections before and after one, in reading order."""
        order = self.section_order
        if section_id not in order:
            return None, None
        i = order.index(section_id)
        before = self.sections[order[i - 1]] if i > 0 else None
        after = self.sections[order[i + 1]] if i + 1 < len(order) else None
        return before, after

    def passages_of_page(self, page: int) -> list[Passage]:
        return [p for p in self.outline.passages if p.page == page]
