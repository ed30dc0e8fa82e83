""" "Exemples de projets" lists: every item is a project.

A list starts at a block that says only "Exemples de projets" (after a mangled bullet, maybe). Then
each list item, or each line that begins with a bullet (OCR turns "•" into "e", "¢", "«", "*", "o"),
starts a project; a block that begins in lower case, or that follows an item cut on a preposition,
continues the current project; anything else ("5 de", a map caption) ends the list.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from artois_reader.core.document import BlockKind
from artois_reader.core.structure.items import Item, is_project_list_marker
from artois_reader.core.structure.words import squash, starts_lowercase, word_set, words

BULLET = re.compile(r"^\s*(?:[e¢«*•o»·■▪►✓➢–—-]|\d{1,2}[.)])\s+(?=\S)")
MAX_CONTINUATION_CHARS = 200
_OPEN_ENDING = word_set("a au aux avec dans de des du en et la le les ou par pour sur un une comme")


@dataclass(frozen=True)
class ProjectEntry:
    title: str
    page: int
    items: tuple[int, ...]  # indexes of the blocks it spans (several entries may share a block)


@dataclass(frozen=True)
class ProjectList:
    marker: int  # index of the "Exemples de projets" block
    entries: tuple[ProjectEntry, ...]

    @property
    def end(self) -> int:
        """Index of the last block of the list."""
        return max([self.marker, *(i for entry in self.entries for i in entry.items)])


def find_project_lists(items: Sequence[Item]) -> list[ProjectList]:
    lists = []
    for item in items:
        if is_project_list_marker(item.text):
            entries = _entries_after(items, item.index)
            if entries:
                lists.append(ProjectList(item.index, tuple(entries)))
    return lists


def _entries_after(items: Sequence[Item], marker: int) -> list[ProjectEntry]:
    entries: list[ProjectEntry] = []
    for item in items[marker + 1 :]:
        segments = bullet_segments(item)
        if segments:
            entries += [ProjectEntry(text, item.page, (item.index,)) for text in segments]
        elif entries and _continues(entries[-1].title, item.text):
            last = entries[-1]
            entries[-1] = ProjectEntry(_join(last.title, item.text), last.page, (*last.items, item.index))
        else:
            break
    return [
        ProjectEntry(_tidy(entry.title), entry.page, entry.items) for entry in entries if _tidy(entry.title)
    ]


def bullet_segments(item: Item) -> list[str]:
    """The list items a block holds: one per bulleted line, or the block if cleaning marked it."""
    lines = [line for line in item.raw.splitlines() if line.strip()]
    starts = [n for n, line in enumerate(lines) if _is_bullet_line(line)]
    listed = item.kind is BlockKind.LIST_ITEM
    if not starts or (starts[0] != 0 and not listed):
        return [strip_bullet(item.text)] if listed else []
    if len(starts) == 1:
        return [strip_bullet(item.text)]
    bounds = [0, *starts[1:], len(lines)]
    return [_join_lines(lines[a:b]) for a, b in itertools.pairwise(bounds)]


def strip_bullet(text: str) -> str:
    text = text.strip()
    if text.startswith("«") and "»" in text:  # a quotation, not a bullet
        return text
    return BULLET.sub("", text, count=1)


def _is_bullet_line(line: str) -> bool:
    stripped = line.strip()
    return bool(BULLET.match(stripped)) and not (stripped.startswith("«") and "»" in stripped)


def _join_lines(lines: list[str]) -> str:
    text = ""
    for line in lines:
        line = line.strip()
        text = _join(text, line) if text else line
    return strip_bullet(text)


def _continues(current: str, text: str) -> bool:
    if len(text) > MAX_CONTINUATION_CHARS or BULLET.match(text):
        return False
    ending = words(current)[-1:]
    open_ended = current.rstrip().endswith((",", "-")) or (bool(ending) and ending[0] in _OPEN_ENDING)
    return starts_lowercase(text) or text.startswith("(") or (open_ended and not current.endswith("."))


def _join(left: str, right: str) -> str:
    if left.endswith("-") and right[:1].islower():
        return left[:-1] + right
    return f"{left} {right}"


def _tidy(title: str) -> str:
    return squash(title).rstrip(" .;").strip()
