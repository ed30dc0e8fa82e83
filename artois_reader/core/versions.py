"""Version numbers of what the core writes to disk, in a module that imports nothing.

Reading them must stay cheap: the library compares them on every start (is the stored outline, is the
search index, still what the current code would make?), and importing the extraction code or Whoosh
just to read a number would cost the window tens of milliseconds. Bump a number here, never elsewhere.
"""

from __future__ import annotations

CLEANING_VERSION = 10
"""Bump whenever the cleaning rules (core/cleaning.py, core/layout.py, core/lexicon.py and its data)
change what they output: the library cleans stored editions again from their raw pages when it loads them."""

STRUCTURE_VERSION = 5
"""Bump whenever the structure rules change what they output: the library re-extracts older outlines."""

INDEX_SCHEMA_VERSION = 9
"""Bump when the search schema, the analyzers or what an entry holds change: older indexes are rebuilt."""
