"""Where the reader is: places, the Back/Forward history and bookmarks. Plain Python, no widgets.

A `Place` names what the reader shows (a document overview, an axis, a section, a passage inside its
section, a page, the passages naming a place or an organisation, or a group such as the contacts) and
the words to highlight there. Places are stored in settings (last place, bookmarks) as small dicts.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote, unquote


class View(enum.StrEnum):
    DOCUMENT = "document"  # target: ""
    AXIS = "axis"  # target: the axis number, "1"
    SECTION = "section"  # target: a section id, "s3"
    PASSAGE = "passage"  # target: a passage id, "p3.2" (shown inside its section, highlighted)
    PAGE = "page"  # target: a page number, "3"
    MENTION = "mention"  # target: "place:Lens" or "organization:Euralens"
    GROUP = "group"  # target: "contacts", "explainers", "figures", "tools", "places", "organizations"
    COMPARE = "compare"  # doc_id: the newer edition; target: the older edition's id


@dataclass(frozen=True)
class Place:
    doc_id: str
    view: View = View.DOCUMENT
    target: str = ""
    terms: tuple[str, ...] = field(default=(), compare=False)  # words to highlight, not part of identity

    def with_terms(self, terms: tuple[str, ...]) -> Place:
        return replace(self, terms=tuple(terms))

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "view": self.view.value, "target": self.target}

    @classmethod
    def from_dict(cls, data: Any) -> Place | None:
        """The place a settings value describes, or None when the value is not one."""
        if not isinstance(data, dict):
            return None
        try:
            return cls(str(data["doc_id"]), View(data["view"]), str(data.get("target", "")))
        except (KeyError, ValueError):
            return None


class History:
    """Back/Forward over places, like a web browser: visiting a new place drops the forward list."""

    def __init__(self, limit: int = 200) -> None:
        self._back: list[Place] = []
        self._forward: list[Place] = []
        self._current: Place | None = None
        self._limit = limit

    @property
    def current(self) -> Place | None:
        return self._current

    def visit(self, place: Place) -> None:
        if place == self._current:
            self._current = place  # same place, maybe new terms to highlight
            return
        if self._current is not None:
            self._back.append(self._current)
            del self._back[: -self._limit]
        self._forward.clear()
        self._current = place

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> Place | None:
        if not self._back or self._current is None:
            return None
        self._forward.append(self._current)
        self._current = self._back.pop()
        return self._current

    def forward(self) -> Place | None:
        if not self._forward or self._current is None:
            return None
        self._back.append(self._current)
        self._current = self._forward.pop()
        return self._current


@dataclass(frozen=True)
class Bookmark:
    """A place the user asked to keep, with what is needed to list it without loading the document."""

    place: Place
    title: str  # what the place shows: a section title, the first words of a passage
    page: int
    document_title: str
    version: int
    created: str = ""  # ISO 8601

    def to_dict(self) -> dict[str, Any]:
        return {
            "place": self.place.to_dict(),
            "title": self.title,
            "page": self.page,
            "document_title": self.document_title,
            "version": self.version,
            "created": self.created,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Bookmark | None:
        if not isinstance(data, dict):
            return None
        place = Place.from_dict(data.get("place"))
        if place is None:
            return None
        try:
            return cls(
                place=place,
                title=str(data.get("title", "")),
                page=int(data.get("page", 0)),
                document_title=str(data.get("document_title", "")),
                version=int(data.get("version", 1)),
                created=str(data.get("created", "")),
            )
        except (TypeError, ValueError):
            return None


def toggle_bookmark(bookmarks: list[Bookmark], bookmark: Bookmark) -> tuple[list[Bookmark], bool]:
    """Add the bookmark, or remove it when its place is already bookmarked. Returns (list, added)."""
    kept = [b for b in bookmarks if b.place != bookmark.place]
    if len(kept) != len(bookmarks):
        return kept, False
    return [*bookmarks, bookmark], True


# --- Links in the reader ----------------------------------------------------------------------------

INTERNAL_SCHEME = "artois"
OPENABLE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def place_url(place: Place) -> str:
    """The href of an internal link to a place: "artois:<doc>/<view>/<target>"."""
    return (
        f"{INTERNAL_SCHEME}:{quote(place.doc_id, safe='')}/{place.view.value}/{quote(place.target, safe='')}"
    )


COMPARE_LINK = re.compile(r"^artois://doc/([0-9a-f]{6,64})/passage/(p\d+\.\d+)$", re.IGNORECASE)
"""The compare report's links (`core.compare_report.PASSAGE_LINK`): a passage of one edition."""


def place_from_url(url: str) -> Place | None:
    """The place an internal link points to, or None for any other URL."""
    scheme, sep, rest = url.partition(":")
    if not sep or scheme.lower() != INTERNAL_SCHEME:
        return None
    compared = COMPARE_LINK.match(url.strip())
    if compared:
        return Place(compared.group(1).lower(), View.PASSAGE, compared.group(2))
    if rest.startswith("//"):
        return None
    parts = rest.split("/")
    if len(parts) != 3:
        return None
    doc_id, view, target = (unquote(p) for p in parts)
    try:
        return Place(doc_id, View(view), target)
    except ValueError:
        return None


def is_openable(url: str) -> bool:
    """Only web pages, e-mail addresses and phone numbers leave the application, and only on a click."""
    scheme, sep, rest = url.strip().partition(":")
    return bool(sep and rest) and scheme.lower() in OPENABLE_SCHEMES
