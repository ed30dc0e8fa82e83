"""The document model: frozen dataclasses named after what the CRTE itself talks about.

Everything the core produces is one of these, and every one of them round-trips through JSON
(`to_json` / `from_json`) so the library can store it and the CLI can print it.

Identifiers are strings that stay stable inside one edition: a passage is ``"p3.12"`` (page 3,
12th block of that page), a section ``"s7"`` (7th section in reading order).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, TypeVar

SCHEMA_VERSION = 1
"""Version of the JSON the library stores. Bump it, and add a migration, when a field changes."""


# --- Ingest: pages and their cleaned blocks -----------------------------------------------------


class BlockKind(enum.StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"


@dataclass(frozen=True)
class Block:
    """A paragraph, a list item or a heading of one page, cleaned, with the raw lines it came from."""

    kind: BlockKind
    text: str
    raw: str


@dataclass(frozen=True)
class Page:
    number: int  # 1-based position in the source file
    raw: str  # the text exactly as extracted (PDF) or read (text file)
    blocks: tuple[Block, ...] = ()
    heading_lines: tuple[str, ...] = ()  # the reader's font hints, kept so the page can be cleaned again

    def as_raw(self) -> RawPage:
        """The page as the file reader gave it, to clean it again with newer rules."""
        return RawPage(self.number, self.raw, self.heading_lines)

    @property
    def text(self) -> str:
        """The cleaned text of the page, one block per paragraph."""
        return "\n\n".join(block.text for block in self.blocks)


@dataclass(frozen=True)
class OutlineEntry:
    """A PDF bookmark."""

    title: str
    page: int
    level: int = 0


@dataclass(frozen=True)
class Metadata:
    title: str = ""
    author: str = ""
    subject: str = ""
    creator: str = ""
    producer: str = ""
    created: str = ""  # ISO 8601, empty when unknown
    modified: str = ""


class SourceKind(enum.StrEnum):
    PDF = "pdf"
    TEXT = "text"


@dataclass(frozen=True)
class Document:
    """One edition of a document, as stored in the library."""

    id: str  # the first 12 hex digits of sha256: one id per edition
    title: str
    version: int
    sha256: str
    source_name: str  # the file name the user gave us
    source_kind: SourceKind
    ingested_at: str  # ISO 8601, UTC
    pages: tuple[Page, ...]
    metadata: Metadata = field(default_factory=Metadata)
    outline: tuple[OutlineEntry, ...] = ()
    cleaning_version: int = 0  # versions.CLEANING_VERSION of the rules that cleaned `pages`

    @property
    def page_count(self) -> int:
        return len(self.pages)


@dataclass(frozen=True)
class DocumentInfo:
    """What the library lists about an edition, without loading its pages."""

    id: str
    title: str
    version: int
    sha256: str
    source_name: str
    source_kind: SourceKind
    ingested_at: str
    pages: int  # page count
    size: int = 0  # bytes of the stored source file


@dataclass(frozen=True)
class RawPage:
    """A page as the reader of a file gives it, before cleaning."""

    number: int
    text: str
    heading_lines: tuple[str, ...] = ()  # lines set larger or bolder than the body (PDF only)


@dataclass(frozen=True)
class RawDocument:
    """What `pdf_text.extract_pdf` or `text_file.read_text_file` return."""

    pages: tuple[RawPage, ...]
    source_kind: SourceKind
    metadata: Metadata = field(default_factory=Metadata)
    outline: tuple[OutlineEntry, ...] = ()


# --- Structure: the outline officials navigate ----------------------------------------------------


class PassageKind(enum.StrEnum):
    SECTION = "section"  # running text of a section
    PROJECT = "project"  # one item of an "Exemples de projets" list
    EXPLAINER = "explainer"  # a "…, c'est quoi ?" box
    CONTACT = "contact"  # a contact block
    FIGURE = "figure"  # a passage holding a key figure
    HEADING = "heading"  # an outline entry itself (axis, section title)


@dataclass(frozen=True)
class Passage:
    """The unit of search and of display: a paragraph or a list item, and where it sits."""

    id: str
    page: int
    kind: PassageKind
    text: str  # cleaned
    raw: str  # as extracted
    section_id: str | None = None
    axis: int | None = None


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    page: int
    text: str  # cleaned text, paragraphs separated by blank lines
    axis: int | None = None
    level: int = 1
    passage_ids: tuple[str, ...] = ()
    titled: bool = True  # False: the text gives it no heading, and `title` is its first words


@dataclass(frozen=True)
class Project:
    id: str
    title: str
    axis: int | None
    page: int
    places: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    passage_id: str = ""
    section_id: str | None = None


@dataclass(frozen=True)
class Axis:
    number: int
    title: str
    page: int
    section_ids: tuple[str, ...] = ()
    project_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Explainer:
    term: str
    text: str
    page: int
    axis: int | None = None
    passage_id: str = ""


@dataclass(frozen=True)
class Contact:
    organization: str
    page: int
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    websites: tuple[str, ...] = ()
    address: str | None = None
    passage_id: str = ""


@dataclass(frozen=True)
class Mention:
    """A place or an organisation and the passages that name it."""

    name: str
    pages: tuple[int, ...] = ()
    passage_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Figure:
    value: str  # as a French reader writes it: "650 000", "10 %", "4 200"
    unit: str  # "habitants", "communes", "ha", "km", "%"…
    label: str  # the phrase around it that says what is counted
    page: int
    passage_id: str = ""

    @property
    def quantity(self) -> str:
        """The value with its unit, once: "650 000 habitants", "10 %" (the value holds its "%")."""
        return self.value if self.value.endswith(self.unit) else f"{self.value} {self.unit}"


@dataclass(frozen=True)
class Tool:
    """A tool or structure the document describes (a label, a forum, an agency, a syndicate)."""

    name: str
    description: str
    page: int
    passage_id: str = ""


@dataclass(frozen=True)
class Acronym:
    """An acronym and its expansion as the document defines it: "Groupement Hospitalier (GHT)"."""

    short: str
    long: str
    page: int


@dataclass(frozen=True)
class Outline:
    """Everything structure extraction found in one edition."""

    axes: tuple[Axis, ...] = ()
    sections: tuple[Section, ...] = ()  # every section in reading order, inside an axis or not
    projects: tuple[Project, ...] = ()
    explainers: tuple[Explainer, ...] = ()
    contacts: tuple[Contact, ...] = ()
    tools: tuple[Tool, ...] = ()
    organizations: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()
    figures: tuple[Figure, ...] = ()
    acronyms: tuple[Acronym, ...] = ()
    passages: tuple[Passage, ...] = ()  # every passage of the edition, in reading order

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def passage(self, passage_id: str) -> Passage | None:
        return next((p for p in self.passages if p.id == passage_id), None)


# --- Search results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    doc_id: str
    version: int
    kind: PassageKind
    title: str  # the project, explainer or section title the passage belongs to
    axis: int | None
    page: int
    score: float
    snippet: str  # plain text
    snippet_html: str  # everything HTML-escaped, matched words in <mark>
    passage_id: str
    section_id: str | None = None
    terms: tuple[str, ...] = ()  # the words of the text that matched, for highlighting in the reader


@dataclass(frozen=True)
class Intercommunality:
    """A search for a commune the documents never name, answered with the passages on its
    intercommunal body (core/territory.py)."""

    commune: str  # "Hénin-Beaumont", as INSEE writes it
    body: str  # "CA d'Hénin-Carvin"
    query: str  # what was searched instead: '"Hénin-Carvin" OR CAHC'


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    took_ms: float
    hits: tuple[SearchHit, ...] = ()
    suggestion: str | None = None  # "Vouliez-vous dire …"
    intercommunality: Intercommunality | None = None  # the hits are about the commune's body


# --- JSON round trip ----------------------------------------------------------------------------

T = TypeVar("T")


def to_json(value: Any) -> Any:
    """A JSON-ready form of any model object (dataclasses become dicts, tuples lists)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    return value


def from_json(cls: type[T], data: Any) -> T:
    """Rebuild a model object from what `to_json` gave. Unknown keys are ignored."""
    return _convert(cls, data)


@functools.cache
def _type_hints(cls: type) -> dict[str, Any]:
    """The resolved field types of a dataclass, worked out once per class (not once per object)."""
    return typing.get_type_hints(cls)


def _convert(hint: Any, data: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        inner = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _convert(inner[0], data)
    if origin is tuple:
        (item_hint, *_) = typing.get_args(hint)
        return tuple(_convert(item_hint, item) for item in data)
    if origin is dict:
        _key_hint, value_hint = typing.get_args(hint)
        return {key: _convert(value_hint, value) for key, value in data.items()}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _type_hints(hint)
        kwargs = {
            f.name: _convert(hints[f.name], data[f.name])
            for f in dataclasses.fields(hint)
            if f.init and f.name in data
        }
        return hint(**kwargs)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(data)
    return data
