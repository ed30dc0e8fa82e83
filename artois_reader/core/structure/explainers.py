"""Explainer boxes: a title such as "La Chaîne des parcs, c'est quoi ?" and the paragraph under it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from artois_reader.core.structure.items import Item
from artois_reader.core.structure.words import TERMINAL, squash, starts_lowercase

_QUESTION = re.compile(
    r"(?:^|(?<=[.!?»”\"]\s))(?P<term>[^.!?]{2,120}?)\s*,?\s*c\s*['’]?\s*est\s+quoi\s*\?\s*$"
    r"|(?:^|(?<=[.!?]\s))qu\s*['’]\s*est[- ]ce\s+qu(?:e\s+|['’]\s*)(?:c\s*['’]\s*est\s+)?"
    r"(?P<term2>[^?]{2,120}?)\s*\?\s*$",
    re.IGNORECASE,
)
_QUOTES = "\"'“”«»‘’ "


@dataclass(frozen=True)
class ExplainerBox:
    term: str
    text: str
    page: int
    heading: int  # index of the block holding the question
    body: tuple[int, ...]  # indexes of the box's paragraphs


def find_explainers(items: Sequence[Item]) -> list[ExplainerBox]:
    boxes = []
    for item in items:
        term = explainer_term(item.text)
        if term:
            body = _body(items, item.index)
            text = " ".join(items[i].text for i in body)
            boxes.append(ExplainerBox(term, squash(text), item.page, item.index, body))
    return boxes


def explainer_term(text: str) -> str:
    """The term a "X, c'est quoi ?" or "Qu'est-ce que X ?" question asks about, else ""."""
    match = _QUESTION.search(squash(text))
    if not match:
        return ""
    term = (match.group("term") or match.group("term2") or "").strip(_QUOTES + ",")
    return squash(term) if len(term) >= 2 else ""


def _body(items: Sequence[Item], heading: int) -> tuple[int, ...]:
    """The first paragraph after the question, and what continues it across a column break."""
    body: list[int] = []
    for item in items[heading + 1 :]:
        if not item.text:
            continue
        if body and not (items[body[-1]].text[-1:] not in TERMINAL and starts_lowercase(item.text)):
            break
        body.append(item.index)
    return tuple(body)
