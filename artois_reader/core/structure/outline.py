"""Document -> Outline: the rules of the other modules put together, block by block."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from artois_reader.core.document import (
    Axis,
    Contact,
    Document,
    Explainer,
    Outline,
    Passage,
    PassageKind,
    Project,
    Section,
)
from artois_reader.core.structure.axes import AxisPlan, clean_title, plan_axes
from artois_reader.core.structure.contacts import ContactBlock, find_contacts
from artois_reader.core.structure.explainers import ExplainerBox, explainer_term, find_explainers
from artois_reader.core.structure.items import Item, find_headings, is_project_list_marker, read_items
from artois_reader.core.structure.mentions import Mentions, build_runs, collect, epci_initials
from artois_reader.core.structure.places import find_places
from artois_reader.core.structure.projects import ProjectList, find_project_lists
from artois_reader.core.structure.words import fold, squash, truncate, unique

UNTITLED_CHARS = 72
CONTENTS_TITLES = frozenset({"sommaire", "table des matieres", "contents", "table of contents"})
"""The title of a table of contents, which the text may set like a line of its own: it names the
section it opens (rather than the entries after it, "1 Foo 2 2 Bar 2…")."""


@dataclass
class _Draft:
    """A section being filled while the blocks are walked."""

    title: str
    page: int
    axis: int | None
    level: int = 1
    titles: list[int] = field(default_factory=list)  # indexes of the blocks that hold the title
    body: list[int] = field(default_factory=list)
    titled: bool = True  # False once its title is made of its first words


def extract_outline(document: Document) -> Outline:
    items = read_items(document)
    if not items:
        return Outline()
    lists = find_project_lists(items)
    boxes = find_explainers(items)
    headings = find_headings(items, tuple(entry.title for entry in document.outline))
    headings -= {box.heading for box in boxes} | {i.index for i in items if is_project_list_marker(i.text)}
    plans = plan_axes(items, headings, {plan.end for plan in lists})
    regions = _axis_regions(items, plans, lists)
    drafts = _sections(items, headings, plans, regions, document)
    mentions = collect(items, build_runs(items, headings))
    contacts = find_contacts(items, [m.name for m in mentions.organizations])
    section_of = {index: n for n, draft in enumerate(drafts) for index in (*draft.titles, *draft.body)}
    projects = _projects(items, lists, regions, section_of, mentions)
    sections = _finish_sections(items, drafts)
    return Outline(
        axes=_axes(items, plans, sections, projects),
        sections=sections,
        projects=projects,
        explainers=tuple(_explainer(items, box, regions) for box in boxes),
        contacts=tuple(_contact(items, found) for found in contacts),
        tools=mentions.tools,
        organizations=mentions.organizations,
        places=mentions.places,
        figures=mentions.figures,
        acronyms=mentions.acronyms,
        passages=_passages(items, drafts, lists, boxes, contacts, regions),
    )


def _axis_regions(
    items: Sequence[Item], plans: Sequence[AxisPlan], lists: Sequence[ProjectList]
) -> list[int | None]:
    """The axis each block is developed under (None outside every development)."""
    regions: list[int | None] = [None] * len(items)
    placed = sorted((plan.start, plan.number) for plan in plans if plan.start is not None)
    for position, (start, number) in enumerate(placed):
        if position + 1 < len(placed):
            end = placed[position + 1][0]
        else:  # the last axis ends with its last project list, when it has one
            ends = [plan.end for plan in lists if plan.marker >= start]
            end = max(ends) + 1 if ends else len(items)
        for index in range(start, end):
            regions[index] = number
    return regions


def _sections(
    items: Sequence[Item],
    headings: set[int],
    plans: Sequence[AxisPlan],
    regions: list[int | None],
    document: Document,
) -> list[_Draft]:
    starts = {plan.start: plan for plan in plans if plan.start is not None}
    announced = {plan.announced_at: plan for plan in plans if plan.announced_at is not None}
    summary_ends = {plan.summary[-1] + 1 for plan in plans[-1:] if plan.summary}
    levels = {squash(entry.title): entry.level + 1 for entry in document.outline}
    drafts: list[_Draft] = []
    skip: set[int] = set()
    for item in items:
        if item.index in skip:
            continue
        axis = regions[item.index]
        if item.index in starts:
            plan = starts[item.index]
            titles = list(plan.title_items) or ([item.index] if item.index in headings else [])
            drafts.append(_Draft(plan.title, item.page, axis, 1, titles))
            skip.update(titles)
            if titles:
                continue
        elif item.index in announced:
            drafts.append(_Draft(announced[item.index].title, item.page, axis, 1, [item.index]))
            continue
        elif item.index in headings:
            title = clean_title(item.text) or item.text
            drafts.append(_Draft(title, item.page, axis, levels.get(item.text, 1), [item.index]))
            continue
        elif not drafts or drafts[-1].axis != axis or item.index in summary_ends:
            drafts.append(_Draft("", item.page, axis))
        drafts[-1].body.append(item.index)
    for draft in drafts:
        opening = squash(items[draft.body[0]].text).strip(" :.") if draft.body and not draft.title else ""
        if fold(opening) in CONTENTS_TITLES:
            draft.title = opening
            draft.titles.append(draft.body.pop(0))
        if not draft.title:
            draft.titled = False
            first = next((items[i].text for i in draft.body if len(items[i].text) > 20), "")
            draft.title = truncate(first or items[draft.body[0]].text, UNTITLED_CHARS) if draft.body else ""
    return drafts


def _finish_sections(items: Sequence[Item], drafts: Sequence[_Draft]) -> tuple[Section, ...]:
    sections = []
    for n, draft in enumerate(drafts, start=1):
        text = "\n\n".join(items[i].text for i in draft.body if items[i].text)
        passage_ids = tuple(items[i].id for i in (*draft.titles, *draft.body))
        sections.append(
            Section(
                f"s{n}", draft.title, draft.page, text, draft.axis, draft.level, passage_ids, draft.titled
            )
        )
    return tuple(sections)


def _projects(
    items: Sequence[Item],
    lists: Sequence[ProjectList],
    regions: list[int | None],
    section_of: dict[int, int],
    mentions: Mentions,
) -> tuple[Project, ...]:
    known_places = [m.name for m in mentions.places]
    epcis = epci_initials()
    projects = []
    for found in lists:
        axis = regions[found.marker]
        for entry in found.entries:
            places = unique(span.name for span in find_places(entry.title, known_places))
            organizations = unique(_project_organizations(entry.title, mentions, epcis))
            section = section_of.get(entry.items[0])
            projects.append(
                Project(
                    id=f"pr{len(projects) + 1}",
                    title=entry.title,
                    axis=axis,
                    page=entry.page,
                    places=places,
                    organizations=organizations,
                    passage_id=items[entry.items[0]].id,
                    section_id=f"s{section + 1}" if section is not None else None,
                )
            )
    return tuple(projects)


def _project_organizations(title: str, mentions: Mentions, epcis: frozenset[str]) -> list[str]:
    import re

    names = []
    for group in re.findall(r"\(([^()]*)\)", title):
        for part in re.split(r"[/,;]\s*|\s+et\s+", group):
            part = part.strip()
            if part in epcis or part in mentions.org_acronyms:
                names.append(part)
    known = {m.name for m in mentions.organizations}
    names += [name for name in known if len(name) > 5 and name in title]
    return names


def _axes(
    items: Sequence[Item], plans: Sequence[AxisPlan], sections: Sequence[Section], projects: Sequence[Project]
) -> tuple[Axis, ...]:
    axes = []
    for plan in plans:
        index = plan.start if plan.start is not None else plan.announced_at
        page = items[index].page if index is not None else 1
        section_ids = tuple(s.id for s in sections if s.axis == plan.number)
        project_ids = tuple(p.id for p in projects if p.axis == plan.number)
        axes.append(Axis(plan.number, plan.title, page, section_ids, project_ids))
    return tuple(axes)


def _explainer(items: Sequence[Item], box: ExplainerBox, regions: list[int | None]) -> Explainer:
    return Explainer(box.term, box.text, box.page, regions[box.heading], items[box.heading].id)


def _contact(items: Sequence[Item], found: ContactBlock) -> Contact:
    return Contact(
        organization=found.organization,
        page=found.page,
        phones=found.phones,
        emails=found.emails,
        websites=found.websites,
        address=found.address,
        passage_id=items[found.items[0]].id,
    )


def _passages(
    items: Sequence[Item],
    drafts: Sequence[_Draft],
    lists: Sequence[ProjectList],
    boxes: Sequence[ExplainerBox],
    contacts: Sequence[ContactBlock],
    regions: list[int | None],
) -> tuple[Passage, ...]:
    kinds: dict[int, PassageKind] = {}
    for draft in drafts:
        kinds.update(dict.fromkeys(draft.titles, PassageKind.HEADING))
    for found in lists:
        kinds.update({i: PassageKind.PROJECT for entry in found.entries for i in entry.items})
    for box in boxes:
        kinds.update(dict.fromkeys(box.body, PassageKind.EXPLAINER))
        if explainer_term(items[box.heading].text) and _only_question(items[box.heading].text):
            kinds[box.heading] = PassageKind.EXPLAINER
    for found in contacts:
        kinds.update(dict.fromkeys(found.items, PassageKind.CONTACT))
    section_of = {index: n for n, draft in enumerate(drafts, 1) for index in (*draft.titles, *draft.body)}
    return tuple(
        Passage(
            id=item.id,
            page=item.page,
            kind=kinds.get(item.index, PassageKind.SECTION),
            text=item.text,
            raw=item.raw,
            section_id=f"s{section_of[item.index]}" if item.index in section_of else None,
            axis=drafts[section_of[item.index] - 1].axis if item.index in section_of else regions[item.index],
        )
        for item in items
    )


def _only_question(text: str) -> bool:
    return text.count(".") == 0 or (text.rstrip().endswith("?") and len(text) < 140 and ". " not in text)
