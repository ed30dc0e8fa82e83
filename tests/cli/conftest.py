"""CLI fixtures: a library that already holds the bundled CRTE, copied fresh for each test."""

from __future__ import annotations

import io
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from artois_reader.cli import main


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def ready() -> None:
    """Commands that need the library run cleaning, structure extraction and indexing."""
    for name in ("cleaning", "structure", "search_index"):
        pytest.importorskip(f"artois_reader.core.{name}", reason=f"core.{name} has not landed yet")


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home where first-run set-up already ingested the bundled CRTE (built once per session)."""
    for name in ("cleaning", "structure", "search_index"):
        pytest.importorskip(f"artois_reader.core.{name}", reason=f"core.{name} has not landed yet")
    from artois_reader.core.library import Library
    from artois_reader.core.pipeline import ensure_bundled

    home = tmp_path_factory.mktemp("seeded") / "home"
    library = Library.open(home)
    ensure_bundled(library)
    library.close()
    return home


@pytest.fixture
def seeded_home(seeded_template: Path, temp_home: Path) -> Path:
    """The test's own home (ARTOIS_READER_HOME), holding the bundled CRTE."""
    shutil.copytree(seeded_template, temp_home)
    return temp_home


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run `artois-reader ARGS...` in this process; `stdin` feeds standard input."""

    def run(*argv: str, stdin: str = "") -> Run:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(argv))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
