"""Any Unicode string, through the whole search call of each client: results or an empty list, in
bounded time, never an exception.

tests/core/test_search_query.py fuzzes the parser and tests/core/test_search_index.py the index on a
small hand-made outline; these run the real library (the bundled CRTE and a hostile document, through
the real pipeline), strings that look like what officials type (French words, elisions, accents,
operators, filters, guillemets, pasted control characters and lone surrogates), and the command
line's and the window's search on top of it.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile_inputs import HOSTILE_TEXT
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from artois_reader.cli import main as cli_main
from artois_reader.core import pipeline
from artois_reader.core.document import PassageKind, SearchResult
from artois_reader.core.library import Library

HANG_SECONDS = 30.0
"""A search that has not answered after this long is taken as hung (a hang detector, not a speed check:
a search takes milliseconds)."""

WORDS = [
    "friches",
    "mobilité",
    "douce",
    "rénovation",
    "logements",
    "Pôle",
    "Métropolitain",
    "l'Artois",
    "d'agglomération",
    "cœur",
    "CRTE",
    "ZAN",
    "santé",
    "eau",
    "transition",
    "écologique",
    "Lens",
    "Béthune",
    "Liévin",
    "Hénin-Beaumont",
    "qu'est-ce",
    "combien",
    "contact",
    "projet",
    "axe",
    "Pdle",
    "fiiere",
    "rn",
    "0",
    "2030",
    "150",
]
OPERATORS = [
    '"',
    "«",
    "»",
    "“",
    "”",
    "-",
    "+",
    "*",
    "?",
    "~",
    "^",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "\\",
    "OR",
    "AND",
    "NOT",
    "ou",
    "et",
    "sauf",
    "type:",
    "type:projet",
    "axe:",
    "axe:2",
    "axe:-1",
    "axe:99999999999999999999999",
    "doc:",
    "page:3",
    "’",
    "'",
    "…",
    "&",
    "<b>",
    "%",
    "$",
    "\x00",
    "\u202e",
    "\u200f",
    "\ufeff",
    "\t",
    "\n",
    "\r\n",
    "\x1b[31m",
    "\ud800",
    "\udfff",
]
ANY_CHARACTER = st.characters(exclude_categories=())  # lone surrogates included, as a paste can bring
QUERIES = st.one_of(
    st.text(ANY_CHARACTER, max_size=120),
    st.lists(st.sampled_from(WORDS + OPERATORS), max_size=12).map(" ".join),
    st.lists(st.sampled_from(WORDS + OPERATORS), max_size=12).map("".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(ANY_CHARACTER, max_size=8)), max_size=6).map(" ".join),
    st.text(st.sampled_from("aeiouyéèêàçœ'- \"«»"), min_size=1, max_size=40),
    st.integers(min_value=0, max_value=20_000).map(lambda n: "mobilité " * n),
)
KINDS = st.sampled_from([None, *PassageKind, "projet", "", "x" * 50])
AXES = st.sampled_from([None, 0, 1, 2, 3, -1, 10**30])
LIMITS = st.sampled_from([1, 5, 20, 100, 0, -3])


@pytest.fixture(scope="module")
def fuzz_home(tmp_path_factory: pytest.TempPathFactory, crte_text_path: Path) -> Path:
    home = tmp_path_factory.mktemp("fuzz-library")
    source = tmp_path_factory.mktemp("fuzz-sources") / "hostile.txt"
    source.write_text(HOSTILE_TEXT, encoding="utf-8")
    library = Library.open(home)
    pipeline.ingest(crte_text_path, library)
    pipeline.ingest(source, library)
    library.search_index()
    library.close()
    return home


@pytest.fixture(scope="module")
def fuzz_library(fuzz_home: Path) -> Iterator[Library]:
    library = Library.open(fuzz_home)
    yield library
    library.close()


def within_bounded_time(call: Callable[[], Any]) -> Any:
    """Run `call` in a thread; fail if it has not finished after HANG_SECONDS; re-raise what it raised."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:  # handed to the test thread
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(HANG_SECONDS)
    assert not thread.is_alive(), "the search did not answer: hung"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _check(result: SearchResult, library: Library, kind: object, axis: object, doc_id: str | None) -> None:
    assert isinstance(result, SearchResult)
    assert result.total >= len(result.hits) >= 0
    known = {info.id for info in library.documents()}
    for hit in result.hits:
        assert hit.doc_id in known and hit.page >= 1
        assert doc_id is None or hit.doc_id == doc_id
        if isinstance(kind, PassageKind):
            assert hit.kind is kind
        if isinstance(axis, int) and axis > 0:
            assert hit.axis == axis
        assert re.sub(r"</?mark>", "", hit.snippet_html).count("<") == 0  # escaped: only our own marks


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES, kind=KINDS, axis=AXES, limit=LIMITS, whole_library=st.booleans())
def test_any_query_on_the_real_library_gives_results_or_nothing(
    fuzz_library: Library, query: str, kind: Any, axis: Any, limit: int, whole_library: bool
) -> None:
    doc_id = None if whole_library else fuzz_library.documents()[0].id
    index = fuzz_library.search_index()
    result = within_bounded_time(
        lambda: index.search(query, doc_id=doc_id, kind=kind, axis=axis, limit=limit)
    )
    _check(result, fuzz_library, kind, axis, doc_id)
    assert len(result.hits) <= max(limit, 0) or limit <= 0


def test_a_query_of_a_megabyte_is_cut_not_choked_on(fuzz_library: Library) -> None:
    index = fuzz_library.search_index()
    for query in ("friches " * 150_000, "é" * 1_000_000, '"' * 500_000, "(" * 200_000 + "mobilité"):
        _check(within_bounded_time(lambda query=query: index.search(query)), fuzz_library, None, None, None)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES)
@example(query="-")  # the queries are read from standard input, one a line
def test_the_command_line_search_answers_any_query(
    fuzz_home: Path, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`artois-reader search QUERY --json`: one JSON object, or a usage error for what looks like an
    option; never an internal error. (Searching writes nothing: every example uses the same library.)"""
    home = fuzz_home
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    monkeypatch.setattr("sys.stderr", err)
    monkeypatch.setattr("sys.stdin", io.StringIO("friches\n"))
    code = within_bounded_time(
        lambda: cli_main(["--home", str(home), "search", query, "--json", "--limit", "5"])
    )
    assert code in (0, 2), err.getvalue()
    if code == 0:
        answer = json.loads(out.getvalue())
        assert isinstance(answer, dict) and answer["total"] >= len(answer["hits"])
    else:
        assert err.getvalue().strip() and "Traceback" not in err.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES)
def test_the_windows_search_panel_shows_results_or_none_for_any_query(
    qtbot, search_window, query: str
) -> None:
    failures: list[object] = []
    search_window.search.search_failed.connect(failures.append)
    shown: list[SearchResult] = []
    search_window.search.results_shown.connect(shown.append)
    search_window.search.set_query(query)
    typed = search_window.search.box.text()  # what Qt kept (it drops lone surrogates)
    qtbot.waitUntil(lambda: bool(shown or failures or not typed.strip()), timeout=int(HANG_SECONDS * 1000))
    assert failures == []
    search_window.search.search_failed.disconnect(failures.append)
    search_window.search.results_shown.disconnect(shown.append)


@pytest.fixture(scope="module")
def search_window(fuzz_home: Path, tmp_path_factory: pytest.TempPathFactory, qapp):
    from artois_reader.ui.main_window import MainWindow
    from artois_reader.ui.settings import Settings

    home = tmp_path_factory.mktemp("window-fuzz")
    shutil.copytree(fuzz_home, home, dirs_exist_ok=True)
    library = Library.open(home)
    window = MainWindow(library, Settings(home))
    window.reload_library()
    yield window
    window.close()
    window.deleteLater()
    library.close()
