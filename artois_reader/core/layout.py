"""Layout repair: the lines of a page become blocks (headings, paragraphs, list items).

Two passes:

1. Document level (`find_running_lines`): lines repeated at the top or bottom of most pages
   (running headers and footers, a page number inside allowed) and bare page numbers ("3",
   "- 3 -", "p. 3", "3/12") are set aside.
2. Page level (`lay_out_page`): the remaining lines are grouped at blank lines (or, when the
   source marks no paragraphs, at short lines that end a sentence); list items are recognised
   by their bullet (OCR mangles bullets into "e", "o", "p", "¢", "«"…); a paragraph that the
   OCR broke in the middle of a sentence is joined back; a heading glued to the end of a
   paragraph is split off; lines are joined, end-of-line hyphenation undone except in real
   compounds ("Hauts-de-France"); short title-like blocks become headings.

Every block keeps `raw`: the exact slice of the page text it came from. Word-level OCR repair
is not done here (see `cleaning.py`).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from artois_reader.core.document import Block, BlockKind, RawPage
from artois_reader.core.french import NON_FINAL, Vocabulary
from artois_reader.core.lexicon import french_lexicon
from artois_reader.core.noise import is_noise_text

# --- Running headers, footers and page numbers ----------------------------------------------------

EDGE_LINES = 2  # how many lines at the top and at the bottom of a page can be running lines
_PAGE_NUMBER = re.compile(
    r"""^[-–—~.\s]*
        (?:(?:p|page|pages?)\.?\s*)?
        (?P<number>\d{1,4})
        (?P<total>\s*(?:/|sur|of)\s*\d{1,4})?
        [-–—~.\s]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_PAGE_WORD = re.compile(r"^[-–—\s]*p(?:age)?\b", re.IGNORECASE)


def _edge_indexes(lines: Sequence[str]) -> list[int]:
    """Indexes of the first and last non-blank lines of a page (the header and footer zones)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def _running_key(line: str) -> str:
    """What stays the same in a running header from page to page: digits and spacing vary."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line.strip().casefold()))


def _may_run(line: str) -> bool:
    """A running header or footer holds letters and is no sentence (no final period unless short)."""
    line = line.strip()
    return bool(re.search(r"[^\W\d_]", line)) and (len(line) <= 40 or not line.endswith("."))


def find_running_lines(pages: Sequence[RawPage]) -> list[set[int]]:
    """For each page, the indexes (in `page.text.split("\\n")`) of its running header/footer
    lines and bare page numbers. A line is running when its shape (digits aside) sits at the top
    or bottom of at least half of the pages, and of three pages at least; unless such lines are the
    whole text (a short text printed on every page: nothing is dropped then)."""
    page_lines = [page.text.split("\n") for page in pages]
    zones = [_edge_indexes(lines) for lines in page_lines]
    seen: Counter[str] = Counter()
    for lines, zone in zip(page_lines, zones, strict=True):
        seen.update({_running_key(lines[i]) for i in zone if _may_run(lines[i])})
    needed = max(3, math.ceil(len(pages) / 2))
    running = {key for key, count in seen.items() if count >= needed}
    numbers = _page_number_lines(pages, page_lines, zones)
    result: list[set[int]] = []
    for index, (lines, zone) in enumerate(zip(page_lines, zones, strict=True)):
        result.append({i for i in zone if _running_key(lines[i]) in running} | numbers[index])
    if not _text_left(page_lines, result):  # the same text on every page is all there is: it is
        return [set() for _ in pages]  # the document, not its running header
    return result


def _text_left(page_lines: list[list[str]], dropped: list[set[int]]) -> bool:
    return any(
        re.search(r"[^\W\d_]", line)
        for lines, drop in zip(page_lines, dropped, strict=True)
        for i, line in enumerate(lines)
        if i not in drop
    )


def _page_number_lines(
    pages: Sequence[RawPage], page_lines: list[list[str]], zones: list[list[int]]
) -> list[set[int]]:
    """Bare page numbers in the edge zones. "p. 3", "- 3 -" and "3/12" are page numbers as such;
    a lone "3" only when its value follows the page's position like the others do."""
    certain: list[set[int]] = [set() for _ in pages]
    bare: list[tuple[int, int, int]] = []  # (page index, line index, value - page number)
    for p, (page, lines, zone) in enumerate(zip(pages, page_lines, zones, strict=True)):
        for i in zone:
            match = _PAGE_NUMBER.match(lines[i].strip())
            if not match or not lines[i].strip():
                continue
            marked = match.group("total") or _PAGE_WORD.match(lines[i]) or "-" in lines[i]
            if marked:
                certain[p].add(i)
            else:
                bare.append((p, i, int(match.group("number")) - page.number))
    offsets = Counter(offset for _, _, offset in bare)
    for p, i, offset in bare:
        if offset == 0 or (offsets[offset] >= 2 and offsets[offset] >= offsets.most_common(1)[0][1] / 2):
            certain[p].add(i)
    return certain


# --- Bullets ------------------------------------------------------------------------------------

STRONG_BULLETS = "•●○◦▪▫■□►▸‣⁃∙·*¢«➢➤✓✔-–—"
WEAK_BULLETS = "eop"  # what OCR makes of round or arrow bullets; never words at a line start
_BULLET = re.compile(rf"^\s*(?P<mark>[{re.escape(STRONG_BULLETS)}]|[{WEAK_BULLETS}])\s+(?P<rest>\S.*)$")
ICON_MARKS = ":"  # a pictogram OCR'd as a colon before a title (": Une vie sociale…")


def _bullet_of(line: str) -> tuple[str, str] | None:
    match = _BULLET.match(line)
    if not match:
        return None
    mark, rest = match.group("mark"), match.group("rest")
    if mark == "«" and "»" in rest:
        return None  # an opening quotation mark, not a bullet
    if mark in "-–—" and re.match(r"\d", rest):
        return None  # "- 3 -" or a negative number
    return mark, rest


# --- Lines, units, blocks -----------------------------------------------------------------------


@dataclass
class _Unit:
    """Lines that will become one block."""

    lines: list[int]  # indexes into the page's lines
    texts: list[str]  # the lines' text, bullet or icon removed from the first one
    bullet: str | None = None
    icon: bool = False
    heading_hint: bool = False
    kind: BlockKind = BlockKind.PARAGRAPH
    text: str = ""
    merged_from: list[int] = field(default_factory=list)

    @property
    def last_line(self) -> str:
        return self.texts[-1].strip()

    @property
    def first_line(self) -> str:
        return self.texts[0].strip()


_SENTENCE_END = re.compile(r"[.!?…:;]['’\"»”)\]]*$")


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def _last_word(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text)
    return words[-1].casefold() if words else ""


def _starts_lower(text: str) -> bool:
    stripped = text.lstrip("\"'’“«( ")
    if not stripped or re.match(r"(https?|www)\b", stripped):
        return False
    return stripped[0].islower()


def lay_out_page(
    page: RawPage, dropped: set[int] | None = None, vocabulary: Vocabulary | None = None
) -> tuple[Block, ...]:
    """The blocks of one page, text joined (not yet OCR-repaired), raw kept."""
    vocabulary = vocabulary or Vocabulary.from_texts([page.text])
    lines = page.text.split("\n")
    dropped = dropped or set()
    hints = {_hint_key(line) for line in page.heading_lines if line.strip()}
    groups = _groups(lines, dropped)
    if groups and not _marks_paragraphs(lines, dropped):
        groups = [part for group in groups for part in _split_at_short_lines(group, lines)]
    units: list[_Unit] = []
    for group in groups:
        units.extend(_units_of_group(group, lines, hints))
    _accept_weak_bullets(units)
    units = _split_glued_headings(units, hints)
    units = _join_broken_paragraphs(units)
    for unit in units:
        unit.text = join_lines(unit.texts, vocabulary)
    _decide_kinds(units, bool(hints))
    return tuple(_block_of(unit, lines) for unit in units)


def _groups(lines: list[str], dropped: set[int]) -> list[list[int]]:
    groups: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        if i in dropped:
            continue
        if line.strip():
            current.append(i)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _marks_paragraphs(lines: list[str], dropped: set[int]) -> bool:
    """Does the source separate paragraphs with blank lines? (Text files do; PDF text often
    does not.)"""
    filled = sum(1 for i, line in enumerate(lines) if line.strip() and i not in dropped)
    blanks = sum(
        1
        for i in range(1, len(lines) - 1)
        if not lines[i].strip() and lines[i - 1].strip() and i - 1 not in dropped
    )
    return filled < 8 or blanks * 25 >= filled


def _split_at_short_lines(group: list[int], lines: list[str]) -> list[list[int]]:
    """Without blank lines, a paragraph ends at a line that ends a sentence and stops well short
    of the usual line width, when the next line starts with a capital or a bullet."""
    lengths = sorted(len(lines[i].strip()) for i in group)
    if len(lengths) < 3:
        return [group]
    width = lengths[int(len(lengths) * 0.8)]
    parts: list[list[int]] = [[group[0]]]
    for previous, i in itertools.pairwise(group):
        before, line = lines[previous].strip(), lines[i].strip()
        short_end = _ends_sentence(before) and len(before) < 0.8 * width
        if (short_end and not _starts_lower(line)) or (_bullet_of(line) and _ends_sentence(before)):
            parts.append([i])
        else:
            parts[-1].append(i)
    return parts


def _hint_key(line: str) -> str:
    return re.sub(r"\s+", " ", line.strip().casefold())


def _units_of_group(group: list[int], lines: list[str], hints: set[str]) -> list[_Unit]:
    """A group splits at bullets (each bullet line starts a list item; the lines after it are
    its continuation) and at the edges of heading lines the PDF marked."""
    units: list[_Unit] = []
    for position, i in enumerate(group):
        line = lines[i].rstrip("\r")
        bullet = _bullet_of(line)
        is_hint = _hint_key(line) in hints
        starts_new = (
            not units
            or bullet is not None
            or is_hint != units[-1].heading_hint
            or (units[-1].bullet is None and units[-1].heading_hint and is_hint is False)
        )
        text = line
        icon = False
        if bullet is not None:
            text = bullet[1]
        elif position == 0 and line.lstrip().startswith(tuple(ICON_MARKS)) and len(line.strip()) > 2:
            text, icon = line.lstrip()[1:].lstrip(), True
        if starts_new:
            units.append(_Unit([i], [text], bullet[0] if bullet else None, icon, is_hint))
        else:
            units[-1].lines.append(i)
            units[-1].texts.append(text)
    return units


def _accept_weak_bullets(units: list[_Unit]) -> None:
    """A letter bullet ("e", "o", "p") is a bullet when a capital follows it or when a unit next
    to it is a list item too (a symbol bullet, or the same letter); otherwise, or when the line
    before it ends on a word a sentence cannot stop at, the letter goes back into the text; except
    when both hold (a capital follows and the item next to it has the same bullet): OCR cut the
    previous item at a column break, mid-sentence, and this is the list's next item."""
    for index, unit in enumerate(units):
        if unit.bullet is None or unit.bullet not in WEAK_BULLETS:
            continue
        neighbours = units[max(0, index - 1) : index] + units[index + 1 : index + 2]
        capital = unit.texts[0].lstrip("\"'“«(")[:1].isupper()
        supported = any(other.bullet in (unit.bullet, *STRONG_BULLETS) for other in neighbours)
        previous = units[index - 1] if index else None
        glued = previous is not None and previous.lines[-1] + 1 == unit.lines[0]
        midsentence = glued and _last_word(previous.last_line) in NON_FINAL
        if (capital and supported) or ((capital or supported) and not midsentence):
            continue
        unit.texts[0] = f"{unit.bullet} {unit.texts[0]}"
        unit.bullet = None


_CAPTION = re.compile(r"\b(crédits?|credits?|source|photo|©)\b", re.IGNORECASE)


def _title_shaped(texts: list[str]) -> bool:
    """Short, starts with a capital, no final period, no sentence inside: the shape of a title."""
    lines = [t.strip() for t in texts if t.strip()]
    if not lines or len(lines) > 4:
        return False
    text = " ".join(lines)
    if len(text) > 160 or len(text.split()) > 25:
        return False
    if len(lines) == 1 and len(text) > 100:
        return False
    if len(lines) > 1 and any(len(line) > 60 for line in lines):
        return False
    first = text.lstrip("\"'’“«( ")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if re.search(r"[.,;:…]['’\"»”]?$", text) or re.search(r"[.!?] +[A-ZÀ-Ý]", text):
        return False
    if first.isdigit() and not re.match(r"^(\d+[.)]|\d+(\.\d+)+)\s+[A-ZÀ-Ý]", text):
        return False  # an address or a phone number, not "2. Les enjeux"
    return not _CAPTION.search(text) and not is_noise_text(text)


def _split_glued_headings(units: list[_Unit], hints: set[str]) -> list[_Unit]:
    """OCR sometimes glues a title to the end of the paragraph above it ("…climatiques.\\n
    La Chaine des parcs, c'est quoi ?"): when the last line of a paragraph follows a finished
    sentence and is title-shaped, and the next unit starts a new sentence, split it off."""
    result: list[_Unit] = []
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        last = unit.last_line
        if (
            unit.bullet is None
            and not unit.heading_hint
            and len(unit.texts) >= 2
            and _ends_sentence(unit.texts[-2])
            and _title_shaped([last])
            and following is not None
            and not _starts_lower(following.first_line)
            and (last.endswith("?") or len(last) <= 60)
            and len(last.split()) >= 2
        ):
            head = _Unit(unit.lines[:-1], unit.texts[:-1], unit.bullet, unit.icon)
            tail = _Unit(unit.lines[-1:], unit.texts[-1:], heading_hint=_hint_key(last) in hints)
            result.extend([head, tail])
        else:
            result.append(unit)
    return result


def _join_broken_paragraphs(units: list[_Unit]) -> list[_Unit]:
    """OCR breaks a sentence with a blank line; join a unit to the one before it when that one
    stops mid-sentence and this one goes on (a lower-case start, or a previous line ending with
    a word a sentence cannot end on, like "des" or "pour")."""
    result: list[_Unit] = []
    for unit in units:
        previous = result[-1] if result else None
        if (
            previous is not None
            and unit.bullet is None
            and not unit.icon
            and not unit.heading_hint
            and not previous.heading_hint
            and not _ends_sentence(previous.last_line)
            and not is_noise_text(" ".join(previous.texts))
            and (
                _starts_lower(unit.first_line)
                or re.search(r"[^\W\d_]-$", previous.last_line)
                or (_last_word(previous.last_line) in NON_FINAL and unit.first_line[:1].isalpha())
            )
        ):
            previous.lines.extend(unit.lines)
            previous.texts.extend(unit.texts)
        else:
            result.append(unit)
    return result


# --- Joining lines ------------------------------------------------------------------------------

_TRAILING_HYPHEN = re.compile(r"(?P<chunk>\S*?)(?P<left>[^\W\d_]+)-$")
_LEADING_WORD = re.compile(r"^(?P<right>[^\W\d_]+)")


def join_lines(texts: Sequence[str], vocabulary: Vocabulary) -> str:
    """The lines of one block as one line: spaces between lines, end-of-line hyphenation undone
    unless the hyphen belongs to the word (see `keeps_hyphen`)."""
    out = ""
    for raw in texts:
        line = re.sub(r"\s+", " ", raw.strip())
        if not line:
            continue
        if not out:
            out = line
            continue
        # searched from the last word on: a search over the whole growing line was quadratic
        hyphen = _TRAILING_HYPHEN.search(out, out.rfind(" ") + 1)
        word = _LEADING_WORD.match(line)
        if hyphen is None:
            glued = out.endswith("-") and out[-2:-1].isdigit() and line[:1].isdigit()  # "2020-|2026"
            out = out + line if glued else f"{out} {line}"
        elif word and not keeps_hyphen(
            hyphen.group("chunk"), hyphen.group("left"), word["right"], vocabulary
        ):
            out = out[:-1] + line
        else:
            out = out + line
    return out


def keeps_hyphen(chunk: str, left: str, right: str, vocabulary: Vocabulary) -> bool:
    """Does a hyphen at a line end belong to the word ("Hauts-de-|France", "éco-|transition")
    or was it put there to break the line ("fi-|lières")?

    Kept when the next part starts with a capital (place names: "Lens-|Liévin"), when the word
    was already a compound before the break ("c'est-à-|dire", "Hauts-de-|France"), or when the
    document itself writes the hyphenated form more often than the joined one, or uses the first
    part as the head of other compounds ("savoir-faire" makes "savoir-|être" keep its hyphen);
    else as the French lexicon says (`_lexicon_keeps_hyphen`: "co-|construire").
    """
    if right[:1].isupper():
        return True
    if "-" in chunk or re.search(r"[^\W\d_]-$", chunk):
        return True
    hyphenated = vocabulary.compounds.get(f"{left}-{right}".casefold(), 0)
    joined = vocabulary.count(left + right)
    if hyphenated != joined:
        return hyphenated > joined
    return vocabulary.compound_heads.get(left.casefold(), 0) > 0 or _lexicon_keeps_hyphen(left, right)


def _lexicon_keeps_hyphen(left: str, right: str) -> bool:
    """When the document does not tell, French does: the hyphen stays when the lexicon knows the
    hyphenated word and not the welded one ("sous-|préfecture"), or when French text never
    shows the welded form (no frequency: "coconstruire") while the first part heads other
    compounds ("co-auteur") and the second is a word ("construire")."""
    lexicon = french_lexicon()
    welded = left + right
    if lexicon.is_common(f"{left}-{right}") and not lexicon.is_common(welded):
        return True
    return (
        lexicon.zipf(welded) == 0
        and lexicon.is_compound_head(left)
        and lexicon.is_common(right)
        and len(right) >= 3
    )


# --- Kinds --------------------------------------------------------------------------------------


def _decide_kinds(units: list[_Unit], page_has_hints: bool) -> None:
    for index, unit in enumerate(units):
        previous = units[index - 1] if index else None
        following = units[index + 1] if index + 1 < len(units) else None
        if unit.bullet is not None:
            unit.kind = BlockKind.LIST_ITEM
            if _is_list_title(unit, previous, following):
                unit.kind = BlockKind.HEADING
            continue
        if page_has_hints:
            is_heading = unit.heading_hint and not re.search(r"[.;,]$", unit.text)
        else:
            is_heading = (
                _title_shaped(unit.texts)
                and following is not None
                and not is_noise_text(following.text or " ".join(following.texts))
                and not (previous is not None and is_noise_text(previous.text))
            )
        unit.kind = BlockKind.HEADING if is_heading else BlockKind.PARAGRAPH


def _is_list_title(unit: _Unit, previous: _Unit | None, following: _Unit | None) -> bool:
    """ "p Exemples de projets" above a list: a pictogram OCR'd as a letter, before a title."""
    return (
        unit.bullet in WEAK_BULLETS
        and len(unit.texts) == 1
        and following is not None
        and following.bullet is not None
        and (previous is None or previous.bullet is None)
        and len(unit.text) <= 40
        and _title_shaped(unit.texts)
    )


def _block_of(unit: _Unit, lines: list[str]) -> Block:
    first, last = min(unit.lines), max(unit.lines)
    raw = "\n".join(lines[first : last + 1])
    return Block(unit.kind, unit.text, raw)


# --- Noise --------------------------------------------------------------------------------------


def is_noise(block: Block) -> bool:
    """See `is_noise_text`."""
    return is_noise_text(block.text)


def lay_out_pages(pages: Sequence[RawPage], vocabulary: Vocabulary) -> list[tuple[Block, ...]]:
    """Both passes over a whole document."""
    running = find_running_lines(pages)
    return [lay_out_page(page, dropped, vocabulary) for page, dropped in zip(pages, running, strict=True)]


__all__ = [
    "find_running_lines",
    "is_noise",
    "is_noise_text",
    "join_lines",
    "keeps_hyphen",
    "lay_out_page",
    "lay_out_pages",
]
