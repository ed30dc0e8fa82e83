"""Compare two editions of a document: what was added, removed and changed, axis by axis.

``compare_editions((old_info, old_outline), (new_info, new_outline)) -> Comparison`` works on the
outlines only (pure data in, pure data out). Passage ids (``p3.12``) are not stable from one edition
to the next (a paragraph added on page 3 renumbers the rest of the page), so everything is matched by
content:

- **axes** by number (the document numbers them), their titles old and new;
- **projects** by title: the same folded words anywhere, else a fuzzy title match
  (`PROJECT_MATCH`) within the same axis, so a project whose title changed a little is *changed*,
  not removed and added;
- **sections** by title or, when the title changed, by their running text (`SECTION_MATCH`); a
  matched section is *changed* when its title or its running text changed, and carries one
  `PassageChange` (a word-level diff) per paragraph added, removed or changed. The passages that
  other categories report (projects, explainer boxes, contact blocks, headings) are left out of the
  section's running text, so that one edit is reported once;
- **figures** by unit and label (the label with its numbers masked): changed when the value is;
- **explainers** by term, changed when their text is; **contacts** by organisation, changed when a
  phone, e-mail, website or address is.

`comparison_json` is the JSON of ``artois-reader compare --json``; `compare_report` renders the
same as text (terminal) and HTML (the app's compare view). docs/editions.md describes the shapes.
"""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from rapidfuzz import fuzz

from artois_reader.core.document import (
    Contact,
    DocumentInfo,
    Explainer,
    Figure,
    Outline,
    Passage,
    PassageKind,
    Project,
    Section,
)
from artois_reader.core.structure.words import fold, squash, words

PROJECT_MATCH = 75.0
"""Least similarity (rapidfuzz ratio of the folded title words, 0-100) for two project titles of the
same axis to be one project whose title changed. On the CRTE, two different projects never score
above 57; rewording a title a little ("Plans de rénovation des bâtiments publics" -> "Plan de
rénovation des bâtiments publics et scolaires") scores above 80 (tests/core/test_compare.py)."""

SECTION_MATCH = 80.0
"""Least similarity of the titles, or of the running texts, for two sections to be one."""

TERM_MATCH = 80.0
"""Least similarity of explainer terms and contact organisations to be the same box or contact."""

MIN_BODY = 40
"""Running texts shorter than this many characters are too short to match sections by."""

# Passages other categories report: left out of the sections' running text.
_REPORTED_ELSEWHERE = frozenset({PassageKind.HEADING, PassageKind.PROJECT, PassageKind.EXPLAINER,
                                 PassageKind.CONTACT})  # fmt: skip

_TOKEN = re.compile(r"\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)*|\w+|\s+|[^\w\s]")
"""Words, numbers (French thousands "4 200", "650.000", "3,5" are one token), runs of spaces, signs."""
_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"'})
_NUMBER = re.compile(r"\d[\d\s.,\u00a0\u202f]*\d|\d")


class DiffOp(enum.StrEnum):
    EQUAL = "equal"
    INSERT = "insert"  # only in the new edition
    DELETE = "delete"  # only in the old edition


@dataclass(frozen=True)
class DiffRun:
    op: DiffOp
    text: str


Diff = tuple[DiffRun, ...]


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


class AxisStatus(enum.StrEnum):
    UNCHANGED = "unchanged"
    RETITLED = "retitled"
    ADDED = "added"
    REMOVED = "removed"


# --- What the comparison holds ------------------------------------------------------------------------


@dataclass(frozen=True)
class EditionRef:
    id: str
    title: str
    version: int
    pages: int = 0


@dataclass(frozen=True)
class AxisChange:
    number: int
    title_old: str | None  # None: the axis is new
    title_new: str | None  # None: the axis was removed
    page_old: int | None = None
    page_new: int | None = None

    @property
    def status(self) -> AxisStatus:
        if self.title_old is None:
            return AxisStatus.ADDED
        if self.title_new is None:
            return AxisStatus.REMOVED
        return AxisStatus.UNCHANGED if same_text(self.title_old, self.title_new) else AxisStatus.RETITLED


@dataclass(frozen=True)
class ProjectRef:
    id: str
    title: str
    axis: int | None
    page: int
    passage_id: str
    places: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProjectChange:
    old: ProjectRef
    new: ProjectRef
    changes: tuple[str, ...]  # of "title", "axis", "places", "organizations"
    diff: Diff  # word-level diff of the titles


@dataclass(frozen=True)
class SectionRef:
    id: str
    title: str
    axis: int | None
    page: int
    passage_id: str  # its first passage (the heading when it has one), for links


@dataclass(frozen=True)
class PassageChange:
    """A paragraph of a section added, removed or changed; `diff` covers the whole paragraph."""

    kind: ChangeKind
    old_id: str | None
    new_id: str | None
    old_page: int | None
    new_page: int | None
    diff: Diff


@dataclass(frozen=True)
class SectionChange:
    old: SectionRef
    new: SectionRef
    title_changed: bool
    title_diff: Diff
    passages: tuple[PassageChange, ...]


@dataclass(frozen=True)
class FigureRef:
    value: str
    unit: str
    label: str
    page: int
    passage_id: str
    axis: int | None = None


@dataclass(frozen=True)
class FigureChange:
    old: FigureRef
    new: FigureRef


@dataclass(frozen=True)
class ExplainerRef:
    term: str
    page: int
    passage_id: str
    axis: int | None = None


@dataclass(frozen=True)
class ExplainerChange:
    old: ExplainerRef
    new: ExplainerRef
    diff: Diff  # word-level diff of the box's text


@dataclass(frozen=True)
class ContactRef:
    organization: str
    page: int
    passage_id: str
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    websites: tuple[str, ...] = ()
    address: str | None = None


@dataclass(frozen=True)
class ContactChange:
    old: ContactRef
    new: ContactRef
    changes: tuple[str, ...]  # of "organization", "phones", "emails", "websites", "address"


R = TypeVar("R")
C = TypeVar("C")


@dataclass(frozen=True)
class Changes(Generic[R, C]):
    added: tuple[R, ...] = ()
    removed: tuple[R, ...] = ()
    changed: tuple[C, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass(frozen=True)
class Comparison:
    old: EditionRef
    new: EditionRef
    axes: tuple[AxisChange, ...] = ()
    projects: Changes[ProjectRef, ProjectChange] = field(default_factory=Changes)
    sections: Changes[SectionRef, SectionChange] = field(default_factory=Changes)
    figures: Changes[FigureRef, FigureChange] = field(default_factory=Changes)
    explainers: Changes[ExplainerRef, ExplainerChange] = field(default_factory=Changes)
    contacts: Changes[ContactRef, ContactChange] = field(default_factory=Changes)

    @property
    def is_empty(self) -> bool:
        """Nothing the reader would see changed (page moves alone are not changes)."""
        return not (
            any(axis.status is not AxisStatus.UNCHANGED for axis in self.axes)
            or self.projects
            or self.sections
            or self.figures
            or self.explainers
            or self.contacts
        )


# --- Text helpers ------------------------------------------------------------------------------------


def title_key(text: str) -> str:
    """What two spellings of a title share: folded words of two letters or more (OCR drops "l'")."""
    return " ".join(word for word in words(text) if len(word) > 1)


def same_text(left: str, right: str) -> bool:
    """Equal once case, accents, apostrophes, quotes, punctuation and spacing are ignored."""
    return title_key(left) == title_key(right) and _digits(left) == _digits(right)


def similarity(left: str, right: str) -> float:
    """0-100: how alike two texts are once folded (rapidfuzz's normalised Indel similarity)."""
    return fuzz.ratio(title_key(left), title_key(right))


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


def word_diff(old: str, new: str) -> Diff:
    """A word-level diff: runs of equal, deleted and inserted text that rebuild both strings.

    Joining the EQUAL and DELETE runs gives `old`; the EQUAL and INSERT runs give `new`.
    """
    before, after = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    runs: list[DiffRun] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _push(runs, DiffOp.EQUAL, "".join(before[i1:i2]))
        else:
            _push(runs, DiffOp.DELETE, "".join(before[i1:i2]))
            _push(runs, DiffOp.INSERT, "".join(after[j1:j2]))
    return _absorb_lone_spaces(runs)


def _push(runs: list[DiffRun], op: DiffOp, text: str) -> None:
    if not text:
        return
    if runs and runs[-1].op is op:
        runs[-1] = DiffRun(op, runs[-1].text + text)
    else:
        runs.append(DiffRun(op, text))


def _absorb_lone_spaces(runs: list[DiffRun]) -> Diff:
    """Whole phrases rather than word-by-word changes: a mere space kept equal between two changes
    ("[-a-]{+b+} [-c-]{+d+}") joins them, and each stretch of changes reads as all the deleted text,
    then all the inserted text ("[-a c-]{+b d+}")."""
    grouped: list[DiffRun] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        gone, come = "".join(deleted), "".join(inserted)
        lead = _common_space(gone, come, lead=True)
        trail = _common_space(gone[len(lead) :], come[len(lead) :], lead=False)
        _push(grouped, DiffOp.EQUAL, lead)
        _push(grouped, DiffOp.DELETE, gone[len(lead) : len(gone) - len(trail)])
        _push(grouped, DiffOp.INSERT, come[len(lead) : len(come) - len(trail)])
        _push(grouped, DiffOp.EQUAL, trail)
        deleted.clear()
        inserted.clear()

    for index, run in enumerate(runs):
        lone_space = (
            run.op is DiffOp.EQUAL
            and not run.text.strip()
            and 0 < index < len(runs) - 1
            and runs[index + 1].op is not DiffOp.EQUAL
        )
        if run.op is DiffOp.DELETE or lone_space:
            deleted.append(run.text)
        if run.op is DiffOp.INSERT or lone_space:
            inserted.append(run.text)
        if run.op is DiffOp.EQUAL and not lone_space:
            flush()
            _push(grouped, DiffOp.EQUAL, run.text)
    flush()
    return tuple(grouped)


def _common_space(left: str, right: str, *, lead: bool) -> str:
    """The spaces both texts start (or end) with, when both are changes: they are not part of it."""
    if not left or not right:
        return ""
    if lead:
        a, b = left[: len(left) - len(left.lstrip())], right[: len(right) - len(right.lstrip())]
        return a if a == b else ""
    a, b = left[len(left.rstrip()) :], right[len(right.rstrip()) :]
    return a if a == b else ""


def diff_old_text(diff: Iterable[DiffRun]) -> str:
    return "".join(run.text for run in diff if run.op is not DiffOp.INSERT)


def diff_new_text(diff: Iterable[DiffRun]) -> str:
    return "".join(run.text for run in diff if run.op is not DiffOp.DELETE)


# --- Matching ----------------------------------------------------------------------------------------

T = TypeVar("T")


def match_items(
    old: Sequence[T], new: Sequence[T], score: Callable[[T, T], float], threshold: float
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pair items of two lists: the best-scoring pairs first (ties: nearest in reading order), each
    item at most once, only pairs scoring `threshold` or more. Returns (pairs, unmatched old indexes,
    unmatched new indexes), pairs sorted by their position in `new`."""
    candidates = []
    for i, left in enumerate(old):
        for j, right in enumerate(new):
            value = score(left, right)
            if value >= threshold:
                distance = abs(i / max(len(old), 1) - j / max(len(new), 1))
                candidates.append((-value, distance, i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for _value, _distance, i, j in candidates:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((i, j))
    pairs.sort(key=lambda pair: pair[1])
    return (
        pairs,
        [i for i in range(len(old)) if i not in used_old],
        [j for j in range(len(new)) if j not in used_new],
    )


# --- The comparison -------------------------------------------------------------------------------------


def compare_editions(old: tuple[DocumentInfo, Outline], new: tuple[DocumentInfo, Outline]) -> Comparison:
    """Everything that differs between two editions' outlines (see the module docstring)."""
    (old_info, before), (new_info, after) = old, new
    axes = _compare_axes(before, after)
    return Comparison(
        old=_edition(old_info),
        new=_edition(new_info),
        axes=axes,
        projects=_compare_projects(before, after),
        sections=_compare_sections(before, after, axes),
        figures=_compare_figures(before, after),
        explainers=_compare_explainers(before, after),
        contacts=_compare_contacts(before, after),
    )


def _edition(info: DocumentInfo) -> EditionRef:
    return EditionRef(id=info.id, title=info.title, version=info.version, pages=info.pages)


def _compare_axes(before: Outline, after: Outline) -> tuple[AxisChange, ...]:
    old = {axis.number: axis for axis in before.axes}
    new = {axis.number: axis for axis in after.axes}
    changes = []
    for number in sorted(old.keys() | new.keys()):
        left, right = old.get(number), new.get(number)
        changes.append(
            AxisChange(
                number=number,
                title_old=left.title if left else None,
                title_new=right.title if right else None,
                page_old=left.page if left else None,
                page_new=right.page if right else None,
            )
        )
    return tuple(changes)


# -- projects


def _project_ref(project: Project) -> ProjectRef:
    return ProjectRef(
        id=project.id,
        title=project.title,
        axis=project.axis,
        page=project.page,
        passage_id=project.passage_id,
        places=project.places,
        organizations=project.organizations,
    )


def _project_score(left: Project, right: Project) -> float:
    if title_key(left.title) == title_key(right.title):
        return 200.0 + (1.0 if left.axis == right.axis else 0.0)  # the same title wins, wherever it went
    if left.axis != right.axis:
        return 0.0  # a title changed *and* moved to another axis is another project
    return similarity(left.title, right.title)


def _compare_projects(before: Outline, after: Outline) -> Changes[ProjectRef, ProjectChange]:
    pairs, removed, added = match_items(before.projects, after.projects, _project_score, PROJECT_MATCH)
    changed = []
    for i, j in pairs:
        left, right = before.projects[i], after.projects[j]
        what = []
        if not same_text(left.title, right.title):
            what.append("title")
        if left.axis != right.axis:
            what.append("axis")
        if _names(left.places) != _names(right.places):
            what.append("places")
        if _names(left.organizations) != _names(right.organizations):
            what.append("organizations")
        if what:
            changed.append(
                ProjectChange(
                    _project_ref(left), _project_ref(right), tuple(what), word_diff(left.title, right.title)
                )
            )
    return Changes(
        added=tuple(_project_ref(after.projects[j]) for j in added),
        removed=tuple(_project_ref(before.projects[i]) for i in removed),
        changed=tuple(changed),
    )


def _names(names: Iterable[str]) -> frozenset[str]:
    return frozenset(title_key(name) for name in names)


# -- sections


@dataclass(frozen=True)
class _SectionView:
    """A section with the passages of its running text (what the section comparison looks at)."""

    section: Section
    body: tuple[Passage, ...]
    body_key: str
    first_passage: str


def _section_views(outline: Outline) -> list[_SectionView]:
    by_section: dict[str, list[Passage]] = {}
    first: dict[str, str] = {}
    for passage in outline.passages:
        if passage.section_id is None:
            continue
        first.setdefault(passage.section_id, passage.id)
        if passage.kind not in _REPORTED_ELSEWHERE:
            by_section.setdefault(passage.section_id, []).append(passage)
    views = []
    for section in outline.sections:
        body = tuple(by_section.get(section.id, ()))
        views.append(
            _SectionView(
                section=section,
                body=body,
                body_key=title_key(" ".join(passage.text for passage in body)),
                first_passage=first.get(section.id, section.passage_ids[0] if section.passage_ids else ""),
            )
        )
    return views


def _section_score(left: _SectionView, right: _SectionView) -> float:
    titles = similarity(left.section.title, right.section.title)
    bodies = 0.0
    if len(left.body_key) >= MIN_BODY and len(right.body_key) >= MIN_BODY:
        bodies = fuzz.ratio(left.body_key, right.body_key)
    elif not left.body_key and not right.body_key:
        bodies = titles  # headings alone: the titles decide
    if titles < SECTION_MATCH and bodies < SECTION_MATCH:
        return 0.0
    same_axis = 5.0 if left.section.axis == right.section.axis else 0.0
    return max(titles, bodies) + min(titles, bodies) / 100 + same_axis


def _section_ref(view: _SectionView) -> SectionRef:
    section = view.section
    return SectionRef(
        id=section.id,
        title=section.title,
        axis=section.axis,
        page=section.page,
        passage_id=view.first_passage,
    )


def match_sections(before: Outline, after: Outline) -> dict[str, str]:
    """Which section of `after` each section of `before` became (ids; unmatched ones left out)."""
    old, new = _section_views(before), _section_views(after)
    pairs, _removed, _added = match_items(old, new, _section_score, SECTION_MATCH)
    return {old[i].section.id: new[j].section.id for i, j in pairs}


PASSAGE_KEPT = 0.5
"""Share of a passage's words that must be found, in order, in one passage of the matched section of
the other edition for that passage to be what it became (`match_passages`)."""


MIN_PASSAGE_WORDS = 3
"""A passage of fewer words, numbers and signs than this (a formula line, a lone figure) is too
short to say what it became: it is given no successor (only its exact text can be found again)."""


def match_passages(before: Outline, after: Outline) -> dict[str, str | None]:
    """What each passage of `before` became in `after`: the passage of the matched section that holds
    at least `PASSAGE_KEPT` of its words, aligned in order (the words of a section are aligned as a
    whole, as `compare_editions` does); None when it was removed or rewritten, or is too short to
    tell (`MIN_PASSAGE_WORDS`). Passages outside every section are left out (unknown)."""
    sections = match_sections(before, after)
    old_by_section: dict[str, list[Passage]] = {}
    new_by_section: dict[str, list[Passage]] = {}
    for passage in before.passages:
        if passage.section_id is not None:
            old_by_section.setdefault(passage.section_id, []).append(passage)
    for passage in after.passages:
        if passage.section_id is not None:
            new_by_section.setdefault(passage.section_id, []).append(passage)
    result: dict[str, str | None] = {}
    for section_id, old in old_by_section.items():
        new = new_by_section.get(sections.get(section_id, ""), [])
        before_tokens, after_tokens = _tokens(old), _tokens(new)
        matcher = difflib.SequenceMatcher(
            a=[t.key for t in before_tokens], b=[t.key for t in after_tokens], autojunk=False
        )
        votes: dict[int, dict[int, int]] = {}
        for block in matcher.get_matching_blocks():
            for offset in range(block.size):
                source = before_tokens[block.a + offset].passage
                target = after_tokens[block.b + offset].passage
                votes.setdefault(source, {}).setdefault(target, 0)
                votes[source][target] += 1
        sizes: dict[int, int] = {}
        for token in before_tokens:
            sizes[token.passage] = sizes.get(token.passage, 0) + 1
        for index, passage in enumerate(old):
            counts = votes.get(index, {})
            target, kept = max(counts.items(), key=lambda item: item[1], default=(None, 0))
            size = sizes.get(index, 0)
            enough = size >= MIN_PASSAGE_WORDS and kept >= PASSAGE_KEPT * size
            result[passage.id] = new[target].id if enough and target is not None else None
    return result


def _compare_sections(
    before: Outline, after: Outline, axes: tuple[AxisChange, ...]
) -> Changes[SectionRef, SectionChange]:
    old, new = _section_views(before), _section_views(after)
    pairs, removed, added = match_items(old, new, _section_score, SECTION_MATCH)
    retitles = {
        (title_key(axis.title_old), title_key(axis.title_new))
        for axis in axes
        if axis.status is AxisStatus.RETITLED and axis.title_old and axis.title_new
    }
    changed = []
    for i, j in pairs:
        left, right = old[i], new[j]
        title_changed = not same_text(left.section.title, right.section.title)
        if (title_key(left.section.title), title_key(right.section.title)) in retitles:
            title_changed = False  # titled after its axis: the axis's retitling says it already
        passages = _compare_passages(left.body, right.body)
        if title_changed or passages:
            changed.append(
                SectionChange(
                    old=_section_ref(left),
                    new=_section_ref(right),
                    title_changed=title_changed,
                    title_diff=word_diff(left.section.title, right.section.title) if title_changed else (),
                    passages=passages,
                )
            )
    return Changes(
        added=tuple(_section_ref(new[j]) for j in added),
        removed=tuple(_section_ref(old[i]) for i in removed),
        changed=tuple(changed),
    )


@dataclass(frozen=True)
class _Token:
    key: str  # what comparisons see: folded, quotes straightened
    passage: int  # index of its passage in the section's running text
    start: int  # offsets in that passage's text
    end: int


def _tokens(passages: Sequence[Passage]) -> list[_Token]:
    """The words, numbers and signs of a section's running text, spaces and paragraph breaks left
    out: re-cutting the same words into other paragraphs (another layout) changes nothing."""
    found = []
    for index, passage in enumerate(passages):
        for match in _TOKEN.finditer(passage.text):
            if not _trivial(match.group()):
                found.append(_Token(_token_key(match.group()), index, match.start(), match.end()))
    return found


def _trivial(token: str) -> bool:
    """Spaces, a punctuation sign or a lone letter: OCR and layout make and lose these (a bullet read
    as "e", a stray "i" from a photo credit), so they are not compared. A lone digit is compared."""
    return token.isspace() or (len(token) == 1 and not token.isdigit())


def _token_key(token: str) -> str:
    return fold(token).translate(_QUOTES)


def _compare_passages(old: Sequence[Passage], new: Sequence[Passage]) -> tuple[PassageChange, ...]:
    """The paragraphs of two matched sections that were added, removed or changed.

    The two running texts are aligned word by word as wholes, then the changes are handed to the
    paragraphs of the new edition that hold them (a deletion to the paragraph where it happened): so
    a paragraph split or merged by another layout is not a change, and a changed paragraph's diff
    shows only what was edited.
    """
    before, after = _tokens(old), _tokens(new)
    matcher = difflib.SequenceMatcher(a=[t.key for t in before], b=[t.key for t in after], autojunk=False)
    opcodes = matcher.get_opcodes()
    deleted = [False] * len(before)
    source: list[int | None] = [None] * len(after)  # the old token each new one is equal to
    for op, i1, i2, j1, _j2 in opcodes:
        if op == "equal":
            for offset in range(i2 - i1):
                source[j1 + offset] = i1 + offset
        else:
            for i in range(i1, i2):
                deleted[i] = True
    removed = {
        index
        for index in range(len(old))
        if all(deleted[i] for i, token in enumerate(before) if token.passage == index)
        and any(token.passage == index for token in before)
    }
    # deletions inside a kept paragraph, anchored at a new token (see `_anchor`)
    anchored: dict[int, list[int]] = {}
    for op, i1, i2, j1, _j2 in opcodes:
        if op in ("delete", "replace"):
            kept = [i for i in range(i1, i2) if before[i].passage not in removed]
            if kept:
                anchored.setdefault(_anchor(j1, i1, before, after, source), []).extend(kept)
    events: list[tuple[float, PassageChange]] = []
    for index in sorted(removed):
        passage = old[index]
        diff = (DiffRun(DiffOp.DELETE, passage.text),)
        change = PassageChange(ChangeKind.REMOVED, passage.id, None, passage.page, None, diff)
        events.append((_removed_position(index, before, source), change))
    for index, passage in enumerate(new):
        positions = [j for j, token in enumerate(after) if token.passage == index]
        touched = any(source[j] is None or j in anchored or -j - 1 in anchored for j in positions)
        if not touched:
            continue
        diff = _passage_diff(passage, positions, before, after, source, anchored, old)
        equal_from = [before[i].passage for i in (source[j] for j in positions) if i is not None]
        if not equal_from:
            change = PassageChange(ChangeKind.ADDED, None, passage.id, None, passage.page, diff)
        else:
            origin = old[max(set(equal_from), key=equal_from.count)]
            change = PassageChange(ChangeKind.CHANGED, origin.id, passage.id, origin.page, passage.page, diff)
        events.append((positions[0], change))
    return tuple(change for _position, change in sorted(events, key=lambda event: event[0]))


def _anchor(j1: int, i1: int, before: list[_Token], after: list[_Token], source: list[int | None]) -> int:
    """Where a deletion shows in the new text: ``j`` before the new token j, ``-j - 1`` after it.

    After the previous token when the deletion ends the text, or ends the old paragraph that token
    came from (the end of a paragraph was cut); before token `j1` otherwise.
    """
    if j1 == 0:
        return 0
    previous = source[j1 - 1]
    at_paragraph_end = j1 == len(after) or after[j1].passage != after[j1 - 1].passage
    if j1 == len(after) or (
        at_paragraph_end and previous is not None and before[previous].passage == before[i1].passage
    ):
        return -(j1 - 1) - 1
    return j1


def _removed_position(index: int, before: list[_Token], source: list[int | None]) -> float:
    """Where a removed paragraph sits among the new ones: just before the first new token equal to an
    old one that followed it."""
    last_old = max((i for i, token in enumerate(before) if token.passage == index), default=-1)
    following = [j for j, i in enumerate(source) if i is not None and i > last_old]
    return (min(following) - 0.5) if following else float("inf")


def _passage_diff(
    passage: Passage,
    positions: list[int],
    before: list[_Token],
    after: list[_Token],
    source: list[int | None],
    anchored: dict[int, list[int]],
    old: Sequence[Passage],
) -> Diff:
    """One new paragraph as runs: its own text, equal or inserted, with the deletions anchored in it.
    The EQUAL and INSERT runs rebuild the paragraph exactly."""
    runs: list[DiffRun] = []

    def deleted(indexes: list[int]) -> str:
        """The old text of these tokens, with what lay between consecutive ones (signs, lone letters)."""
        pieces: list[str] = []
        run_start = previous = indexes[0]
        for i in [*indexes[1:], None]:
            if i is None or i != previous + 1 or before[i].passage != before[previous].passage:
                first, last = before[run_start], before[previous]
                pieces.append(old[first.passage].text[first.start : last.end])
                if i is not None:
                    run_start = i
            if i is not None:
                previous = i
        return " ".join(pieces)

    cursor = 0
    for j in positions:
        token = after[j]
        if j in anchored:
            _push(runs, DiffOp.DELETE, " " + deleted(anchored[j]) if cursor else deleted(anchored[j]) + " ")
        op = DiffOp.EQUAL if source[j] is not None else DiffOp.INSERT
        _push(runs, op if cursor else DiffOp.EQUAL, passage.text[cursor : token.start])
        _push(runs, op, passage.text[token.start : token.end])
        cursor = token.end
        if -j - 1 in anchored:
            _push(runs, DiffOp.DELETE, " " + deleted(anchored[-j - 1]))
    _push(runs, DiffOp.EQUAL, passage.text[cursor:])
    return _absorb_lone_spaces(runs)


# -- figures


def _figure_refs(outline: Outline) -> list[FigureRef]:
    axes = {passage.id: passage.axis for passage in outline.passages}
    return [
        FigureRef(
            value=figure.value,
            unit=figure.unit,
            label=figure.label,
            page=figure.page,
            passage_id=figure.passage_id,
            axis=axes.get(figure.passage_id),
        )
        for figure in outline.figures
    ]


def masked_label(figure: Figure | FigureRef) -> str:
    """The label with its numbers masked: "près de 650 000 habitants" and "près de 660 000 habitants"
    say the same thing about a different count."""
    return _NUMBER.sub("#", squash(fold(figure.label)))


def _figure_score(left: FigureRef, right: FigureRef) -> float:
    if fold(left.unit) != fold(right.unit):
        return 0.0
    same_value = 1.0 if left.value == right.value else 0.0
    return fuzz.ratio(masked_label(left), masked_label(right)) + same_value


def _compare_figures(before: Outline, after: Outline) -> Changes[FigureRef, FigureChange]:
    old, new = _figure_refs(before), _figure_refs(after)
    pairs, removed, added = match_items(old, new, _figure_score, SECTION_MATCH)
    changed = tuple(FigureChange(old[i], new[j]) for i, j in pairs if old[i].value != new[j].value)
    return Changes(
        added=tuple(new[j] for j in added), removed=tuple(old[i] for i in removed), changed=changed
    )


# -- explainers


def _explainer_ref(explainer: Explainer, outline: Outline) -> ExplainerRef:
    passage = outline.passage(explainer.passage_id) if explainer.passage_id else None
    axis = explainer.axis if explainer.axis is not None else (passage.axis if passage else None)
    return ExplainerRef(term=explainer.term, page=explainer.page, passage_id=explainer.passage_id, axis=axis)


def _compare_explainers(before: Outline, after: Outline) -> Changes[ExplainerRef, ExplainerChange]:
    old, new = before.explainers, after.explainers

    def score(left: Explainer, right: Explainer) -> float:
        terms = similarity(left.term, right.term)
        return terms if terms >= TERM_MATCH else 0.0

    pairs, removed, added = match_items(old, new, score, TERM_MATCH)
    changed = []
    for i, j in pairs:
        left, right = old[i], new[j]
        if not same_text(left.text, right.text) or not same_text(left.term, right.term):
            changed.append(
                ExplainerChange(
                    _explainer_ref(left, before),
                    _explainer_ref(right, after),
                    word_diff(left.text, right.text),
                )
            )
    return Changes(
        added=tuple(_explainer_ref(new[j], after) for j in added),
        removed=tuple(_explainer_ref(old[i], before) for i in removed),
        changed=tuple(changed),
    )


# -- contacts


def _contact_ref(contact: Contact) -> ContactRef:
    return ContactRef(
        organization=contact.organization,
        page=contact.page,
        passage_id=contact.passage_id,
        phones=contact.phones,
        emails=contact.emails,
        websites=contact.websites,
        address=contact.address,
    )


def _contact_score(left: Contact, right: Contact) -> float:
    names = similarity(left.organization, right.organization) if left.organization else 0.0
    if names >= TERM_MATCH:
        return names
    shared = set(left.emails) & set(right.emails) or set(left.phones) & set(right.phones)
    return TERM_MATCH if shared else 0.0  # renamed, but the same mailbox or phone: the same contact


def _compare_contacts(before: Outline, after: Outline) -> Changes[ContactRef, ContactChange]:
    old, new = before.contacts, after.contacts
    pairs, removed, added = match_items(old, new, _contact_score, TERM_MATCH)
    changed = []
    for i, j in pairs:
        left, right = old[i], new[j]
        what = [
            name
            for name, a, b in (
                ("organization", (left.organization,), (right.organization,)),
                ("phones", left.phones, right.phones),
                ("emails", left.emails, right.emails),
                ("websites", left.websites, right.websites),
                ("address", (left.address or "",), (right.address or "",)),
            )
            if [squash(fold(x)) for x in a] != [squash(fold(x)) for x in b]
        ]
        if what:
            changed.append(ContactChange(_contact_ref(left), _contact_ref(right), tuple(what)))
    return Changes(
        added=tuple(_contact_ref(new[j]) for j in added),
        removed=tuple(_contact_ref(old[i]) for i in removed),
        changed=tuple(changed),
    )


# --- JSON ---------------------------------------------------------------------------------------------


def comparison_json(comparison: Comparison) -> dict[str, Any]:
    """The JSON of ``artois-reader compare --json`` (the shape of issue 8; docs/editions.md)."""
    return {
        "editions": {"old": _edition_json(comparison.old), "new": _edition_json(comparison.new)},
        "axes": [
            {
                "number": axis.number,
                "title_old": axis.title_old,
                "title_new": axis.title_new,
                "status": axis.status.value,
                "page_old": axis.page_old,
                "page_new": axis.page_new,
            }
            for axis in comparison.axes
        ],
        "projects": _changes_json(comparison.projects, _project_json, _project_change_json),
        "sections": _changes_json(comparison.sections, _section_json, _section_change_json),
        "figures": _changes_json(comparison.figures, _figure_json, _figure_change_json),
        "explainers": _changes_json(comparison.explainers, _explainer_json, _explainer_change_json),
        "contacts": _changes_json(comparison.contacts, _contact_json, _contact_change_json),
    }


def _edition_json(edition: EditionRef) -> dict[str, Any]:
    return {"id": edition.id, "title": edition.title, "version": edition.version, "pages": edition.pages}


def _changes_json(
    changes: Changes[Any, Any], ref: Callable[[Any], dict[str, Any]], change: Callable[[Any], dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    return {
        "added": [ref(item) for item in changes.added],
        "removed": [ref(item) for item in changes.removed],
        "changed": [change(item) for item in changes.changed],
    }


def diff_json(diff: Diff) -> list[dict[str, str]]:
    return [{"op": run.op.value, "text": run.text} for run in diff]


def _project_json(ref: ProjectRef) -> dict[str, Any]:
    return {
        "title": ref.title,
        "axis": ref.axis,
        "page": ref.page,
        "passage_id": ref.passage_id,
        "places": list(ref.places),
        "organizations": list(ref.organizations),
    }


def _project_change_json(change: ProjectChange) -> dict[str, Any]:
    return {
        "old": _project_json(change.old),
        "new": _project_json(change.new),
        "changes": list(change.changes),
        "diff": diff_json(change.diff),
    }


def _section_json(ref: SectionRef) -> dict[str, Any]:
    return {"title": ref.title, "axis": ref.axis, "page": ref.page, "passage_id": ref.passage_id}


def _section_change_json(change: SectionChange) -> dict[str, Any]:
    return {
        "old": _section_json(change.old),
        "new": _section_json(change.new),
        "title_changed": change.title_changed,
        "title_diff": diff_json(change.title_diff),
        "passages": [
            {
                "change": passage.kind.value,
                "old": None
                if passage.old_id is None
                else {"passage_id": passage.old_id, "page": passage.old_page},
                "new": None
                if passage.new_id is None
                else {"passage_id": passage.new_id, "page": passage.new_page},
                "diff": diff_json(passage.diff),
            }
            for passage in change.passages
        ],
    }


def _figure_json(ref: FigureRef) -> dict[str, Any]:
    return {
        "value": ref.value,
        "unit": ref.unit,
        "label": ref.label,
        "axis": ref.axis,
        "page": ref.page,
        "passage_id": ref.passage_id,
    }


def _figure_change_json(change: FigureChange) -> dict[str, Any]:
    return {"unit": change.new.unit, "old": _figure_json(change.old), "new": _figure_json(change.new)}


def _explainer_json(ref: ExplainerRef) -> dict[str, Any]:
    return {"term": ref.term, "axis": ref.axis, "page": ref.page, "passage_id": ref.passage_id}


def _explainer_change_json(change: ExplainerChange) -> dict[str, Any]:
    return {
        "old": _explainer_json(change.old),
        "new": _explainer_json(change.new),
        "diff": diff_json(change.diff),
    }


def _contact_json(ref: ContactRef) -> dict[str, Any]:
    return {
        "organization": ref.organization,
        "phones": list(ref.phones),
        "emails": list(ref.emails),
        "websites": list(ref.websites),
        "address": ref.address,
        "page": ref.page,
        "passage_id": ref.passage_id,
    }


def _contact_change_json(change: ContactChange) -> dict[str, Any]:
    return {
        "old": _contact_json(change.old),
        "new": _contact_json(change.new),
        "changes": list(change.changes),
    }
