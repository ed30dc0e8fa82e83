"""Fixtures of the robustness tests (their helpers live in robustness_support.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from artois_reader.core.library import Library


@pytest.fixture
def library(temp_home: Path) -> Iterator[Library]:
    opened = Library.open(temp_home)
    yield opened
    opened.close()
