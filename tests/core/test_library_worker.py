"""Library writes in a child process: the result, the refusals and a cancel come back as they would
in-process, progress runs through the phases, and the library is left whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from artois_reader.core import library_worker
from artois_reader.core.errors import Cancelled, IngestError, Phase, RefusalReason
from artois_reader.core.library import Library


class _opened:
    """The library at `home`, closed after (it holds the search index open)."""

    def __init__(self, home: Path) -> None:
        self.library = Library.open(home)

    def __enter__(self) -> Library:
        return self.library

    def __exit__(self, *_exc: object) -> None:
        self.library.close()


def test_an_ingest_in_the_child_stores_the_edition_with_progress(
    temp_home: Path, crte_text_path: Path
) -> None:
    phases: list[Phase] = []
    result = library_worker.ingest(
        temp_home, crte_text_path, on_progress=lambda phase, done, total: phases.append(phase) or True
    )
    assert result.created and result.info.pages >= 10
    assert [p for i, p in enumerate(phases) if i == 0 or phases[i - 1] != p][-1] == Phase.INDEX
    assert {Phase.READ, Phase.CLEAN, Phase.STORE, Phase.STRUCTURE, Phase.INDEX} <= set(phases)
    with _opened(temp_home) as library:
        assert [info.id for info in library.documents()] == [result.info.id]
        assert library.search_index().search("friches").total > 0


def test_a_refusal_keeps_its_reason_and_file(temp_home: Path, tmp_path: Path) -> None:
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    with pytest.raises(IngestError) as raised:
        library_worker.ingest(temp_home, empty)
    assert raised.value.reason == RefusalReason.EMPTY and raised.value.path == empty


def test_a_cancel_stops_the_child_and_writes_nothing(temp_home: Path, crte_text_path: Path) -> None:
    with pytest.raises(Cancelled):
        library_worker.ingest(temp_home, crte_text_path, on_progress=lambda phase, *_: phase != Phase.INDEX)
    with _opened(temp_home) as library:
        assert library.documents() == []


def test_a_removal_in_the_child_rebuilds_the_index_without_the_edition(
    temp_home: Path, crte_text_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "autre.txt"
    other.write_text("Le covoiturage entre Béthune et Lens.\n", encoding="utf-8")
    kept = library_worker.ingest(temp_home, other).info
    removed = library_worker.ingest(temp_home, crte_text_path).info
    assert [info.id for info in library_worker.remove(temp_home, [removed.id])] == [removed.id]
    with _opened(temp_home) as library:
        assert [info.id for info in library.documents()] == [kept.id]
        assert library.search_index().search("friches").total == 0
        assert library.search_index().search("covoiturage").hits[0].doc_id == kept.id
