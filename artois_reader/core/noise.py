"""Text the OCR read off a picture: map labels, legends, logos, stray signs.

Its own small module (it imports only `re`): the layout uses it to keep such blocks from becoming
headings, and the reader to show them muted, without importing the layout's rules.
"""

from __future__ import annotations

import re

_LABEL_NUMBERED = re.compile(r"^[A-ZÀ-Ý]{2,}\.?\s+([0-9]+|[IVXLC]+)\b")  # "AXE 3", "PARTIE II"
_JUNK = re.compile(r"[\\|@#<>{}\[\]~^_]|—>|->|[^\W\d_][€$£¥¢][^\W\d_]")


def is_noise_text(text: str) -> bool:
    """Text OCR read off a picture (map labels, legends, stray signs): "—>", "!", "MY", "5 de",
    "HARNES", "[l Excellento - 249 m2", "Passable @ 3m2". Such blocks are kept as paragraphs but
    never become headings, and the reader shows them muted."""
    text = text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 3:
        return True
    words = re.findall(r"[^\W\d_]+", text)
    if re.search(r"\w@\w|\bwww\.|https?[:.]//", text):
        return False  # an address, e-mail or web site: not noise
    if _JUNK.search(text) and len(words) <= 6:
        return True
    long_words = [w for w in words if len(w) >= 3]
    if not long_words:
        return True
    non_space = [ch for ch in text if not ch.isspace()]
    if len(letters) / len(non_space) < 0.6:
        return True
    if not any(ch.islower() for ch in letters) and len(words) <= 4 and not _LABEL_NUMBERED.match(text):
        return True  # a map label in capitals ("CANAL D'AIRE"), not a numbered title ("AXE 3")
    return bool(len(words) <= 3 and sum(1 for w in words if w[0].isupper()) == 0 and len(text) < 12)
