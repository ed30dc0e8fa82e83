"""The library on disk: layout, versions, atomic writes, recovery, the writers' lock, the index swap."""

from __future__ import annotations

import errno
import hashlib
import itertools
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from artois_reader.core import library as library_module
from artois_reader.core.document import RawDocument, RawPage, SourceKind
from artois_reader.core.errors import Cancelled, LibraryError, Phase
from artois_reader.core.library import (
    Library,
    LibraryBusy,
    Notice,
    UnknownDocument,
    default_home,
    normalise_title,
)

FRENCH = (
    "Le territoire du Pôle Métropolitain de l'Artois réunit 150 communes.\n\n"
    "La transition écologique passe par la rénovation des logements et la mobilité douce.\n"
)


@pytest.fixture
def ready() -> None:
    """Adding an edition runs cleaning, structure extraction and indexing (other modules)."""
    for name in ("cleaning", "structure", "search_index"):
        pytest.importorskip(f"artois_reader.core.{name}", reason=f"core.{name} has not landed yet")


@pytest.fixture
def library(temp_home: Path) -> Iterator[Library]:
    opened = Library.open(temp_home)
    yield opened
    opened.close()


def add_text(library: Library, folder: Path, name: str, text: str, **kwargs: object) -> tuple:
    """Store a small text file through `Library.add` (cleaned by the real cleaning rules)."""
    from artois_reader.core import cleaning

    source = folder / name
    source.write_text(text, encoding="utf-8")
    pages = tuple(RawPage(number=n, text=page) for n, page in enumerate(text.split("\f"), start=1))
    raw = RawDocument(pages=pages, source_kind=SourceKind.TEXT)
    return library.add(raw, cleaning.clean_pages(raw.pages), source, kwargs.pop("title", None), **kwargs)


def snapshot(home: Path) -> dict[str, bytes]:
    """Every file of the library and its bytes (the lock file's are irrelevant)."""
    return {
        str(path.relative_to(home)): path.read_bytes()
        for path in sorted(home.rglob("*"))
        if path.is_file() and path.name != ".lock"
    }


# --- opening --------------------------------------------------------------------------------------


def test_open_creates_the_layout_in_the_given_home(tmp_path: Path) -> None:
    home = tmp_path / "ailleurs" / "bibliothèque"
    library = Library.open(home)
    assert library.home == home
    assert (home / "documents").is_dir() and (home / "index").is_dir()
    catalogue = json.loads((home / "library.json").read_text(encoding="utf-8"))
    assert catalogue["schema_version"] == 1 and catalogue["editions"] == []
    assert library.documents() == [] and library.notices == []


def test_home_comes_from_the_environment_then_the_user_data_dir(
    temp_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert default_home() == temp_home
    monkeypatch.delenv("ARTOIS_READER_HOME")
    import platformdirs

    seen = []
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda name, appauthor: seen.append(name) or "/x/y")
    assert default_home() == Path("/x/y") and seen == ["ArtoisReader"]


def test_titles_are_the_same_document_whatever_case_accents_and_spacing() -> None:
    assert normalise_title("  Chapeau  commun du PÔLE ") == normalise_title("chapeau commun du pole")
    assert normalise_title("Cœur d'Artois") == normalise_title("coeur d'artois")
    assert normalise_title("Rapport 2023") != normalise_title("Rapport 2024")


def test_a_second_writer_waits_then_fails_with_a_clear_error(temp_home: Path) -> None:
    first = Library.open(temp_home)
    second = Library.open(temp_home, lock_timeout=0.2)
    with first._lock.held():
        with pytest.raises(LibraryBusy):
            second.rename("anything", "Autre titre")
        assert second.documents() == []  # readers never wait for the lock
    with pytest.raises(UnknownDocument):  # the lock is free again
        second.rename("anything", "Autre titre")


def test_leftovers_of_an_interrupted_write_are_cleared_at_open(
    ready: None, library: Library, temp_home: Path, tmp_path: Path
) -> None:
    info, _ = add_text(library, tmp_path, "un.txt", FRENCH)
    stale = [
        temp_home / "documents" / ".tmp-0123456789ab-99-cafe",
        temp_home / "documents" / "0123456789ab",  # renamed in, but never committed
        temp_home / "index" / ".tmp-ix-1",
        temp_home / "index" / "ix-old",
    ]
    for folder in stale:
        folder.mkdir()
        (folder / "half.json").write_text("{", encoding="utf-8")
    (temp_home / ".tmp-library.json-1-ab").write_text("{", encoding="utf-8")
    reopened = Library.open(temp_home)
    assert not any(folder.exists() for folder in stale)
    assert not (temp_home / ".tmp-library.json-1-ab").exists()
    assert reopened.documents() == [info] and reopened.search_index().search("logements").total > 0


# --- adding -----------------------------------------------------------------------------------------


def test_add_keeps_a_copy_of_the_source_the_document_and_its_outline(
    ready: None, library: Library, tmp_path: Path
) -> None:
    info, created = add_text(library, tmp_path, "note_de_synthese.txt", FRENCH)
    assert created and info.version == 1 and info.pages == 1
    assert info.id == hashlib.sha256(FRENCH.encode()).hexdigest()[:12]
    folder = library.home / "documents" / info.id
    assert sorted(path.name for path in folder.iterdir()) == ["document.json", "outline.json", "source.txt"]
    assert library.source_path(info.id).read_text(encoding="utf-8") == FRENCH
    document = library.load(info.id)
    assert document.pages[0].raw.startswith("Le territoire") and "rénovation" in document.pages[0].text
    assert library.outline(info.id).passages, "the outline lists the passages"
    assert library.documents() == [info]


def test_the_same_bytes_again_change_nothing(ready: None, library: Library, tmp_path: Path) -> None:
    info, _ = add_text(library, tmp_path, "a.txt", FRENCH)
    before = snapshot(library.home)
    (tmp_path / "ailleurs").mkdir()
    again, created = add_text(library, tmp_path / "ailleurs", "copie.txt", FRENCH, title="Autre titre")
    assert not created and again == info
    assert snapshot(library.home) == before


def test_new_content_under_the_same_title_is_the_next_version(
    ready: None, library: Library, tmp_path: Path
) -> None:
    first, _ = add_text(library, tmp_path, "v1.txt", FRENCH, title="Chapeau commun")
    other, _ = add_text(library, tmp_path, "autre.txt", "Un autre document, sans rapport.\n")
    second, created = add_text(library, tmp_path, "v2.txt", FRENCH + "Ajout.\n", title="CHAPEAU  Commun")
    assert created and (first.version, second.version) == (1, 2)
    assert [info.id for info in library.versions("chapeau commun")] == [first.id, second.id]
    assert library.latest("Chapeau commun") == second
    assert library.latest() == second  # the document ingested last, newest version
    assert {info.id for info in library.latest_versions()} == {second.id, other.id}
    assert library.is_latest(second.id) and not library.is_latest(first.id)


def test_get_accepts_a_unique_prefix_and_names_ambiguous_ones(
    ready: None, library: Library, tmp_path: Path
) -> None:
    texts = _two_texts_with_the_same_first_hex_digit()
    one, _ = add_text(library, tmp_path, "un.txt", texts[0])
    two, _ = add_text(library, tmp_path, "deux.txt", texts[1])
    assert library.get(one.id[:6].upper()) == one
    with pytest.raises(UnknownDocument) as ambiguous:
        library.get(one.id[0])
    assert set(ambiguous.value.matches) == {one.id, two.id}
    with pytest.raises(UnknownDocument) as unknown:
        library.get("zzz")
    assert unknown.value.matches == ()


def _two_texts_with_the_same_first_hex_digit() -> tuple[str, str]:
    seen: dict[str, str] = {}
    for number in range(100):
        text = f"Document numéro {number} de la communauté d'agglomération.\n"
        digit = hashlib.sha256(text.encode()).hexdigest()[0]
        if digit in seen:
            return seen[digit], text
        seen[digit] = text
    raise AssertionError("unreachable: 17 texts always share a first hex digit")


# --- removing, renaming -------------------------------------------------------------------------------


def test_remove_deletes_the_edition_its_folder_and_its_passages(
    ready: None, library: Library, tmp_path: Path
) -> None:
    keep, _ = add_text(library, tmp_path, "garder.txt", "La mobilité douce au cœur du territoire.\n")
    drop, _ = add_text(library, tmp_path, "retirer.txt", "La rénovation thermique des logements.\n")
    assert library.search_index().search("rénovation").total > 0
    assert library.remove(drop.id[:8]) == drop
    assert library.documents() == [keep]
    assert not (library.home / "documents" / drop.id).exists()
    assert library.search_index().search("rénovation").total == 0
    assert not library.bundled_removed


def test_removing_the_bundled_edition_is_remembered(ready: None, library: Library, tmp_path: Path) -> None:
    info, _ = add_text(library, tmp_path, "crte.txt", FRENCH, bundled=True)
    assert library.is_bundled(info.id) and not library.bundled_removed
    library.remove(info.id)
    assert Library.open(library.home).bundled_removed


def test_rename_renames_every_version_and_refuses_a_taken_title(
    ready: None, library: Library, tmp_path: Path
) -> None:
    add_text(library, tmp_path, "v1.txt", FRENCH, title="Contrat")
    v2, _ = add_text(library, tmp_path, "v2.txt", FRENCH + "Suite.\n", title="Contrat")
    add_text(library, tmp_path, "autre.txt", "Autre texte.\n", title="Autre")
    renamed = library.rename(v2.id, "Contrat de relance")
    assert [(info.title, info.version) for info in renamed] == [
        ("Contrat de relance", 1),
        ("Contrat de relance", 2),
    ]
    assert library.load(v2.id).title == "Contrat de relance"
    with pytest.raises(LibraryError):
        library.rename(v2.id, "AUTRE")


# --- recovery -----------------------------------------------------------------------------------------


def test_a_corrupt_catalogue_is_recovered_from_its_backup_and_the_folders(
    ready: None, library: Library, tmp_path: Path
) -> None:
    first, _ = add_text(library, tmp_path, "un.txt", FRENCH, title="Premier")
    second, _ = add_text(library, tmp_path, "deux.txt", "Deuxième document.\n", title="Second")
    library.rename(first.id, "Premier renommé")
    (library.home / "library.json").write_bytes(b'{"schema_version": 1, "editions": [{"id": ')
    reopened = Library.open(library.home)
    assert reopened.notices == [Notice.RECOVERED_FROM_BACKUP]
    titles = {info.id: info.title for info in reopened.documents()}
    assert titles == {first.id: "Premier", second.id: "Second"}  # the backup predates the rename
    assert json.loads((library.home / "library.json").read_text(encoding="utf-8"))["editions"]


def test_a_lost_catalogue_and_backup_are_rebuilt_from_the_documents(
    ready: None, library: Library, tmp_path: Path
) -> None:
    info, _ = add_text(library, tmp_path, "un.txt", FRENCH, title="Premier")
    (library.home / "library.json").unlink()
    (library.home / "library.json.bak").write_text("not json", encoding="utf-8")
    reopened = Library.open(library.home)
    assert reopened.notices == [Notice.REBUILT_FROM_DOCUMENTS]
    assert reopened.documents() == [info]


def test_a_catalogue_from_a_newer_release_is_not_overwritten(library: Library) -> None:
    path = library.home / "library.json"
    path.write_text(json.dumps({"schema_version": 99, "editions": []}), encoding="utf-8")
    with pytest.raises(LibraryError, match="newer"):
        Library.open(library.home)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 99


def test_a_stale_outline_cache_is_extracted_again(ready: None, library: Library, tmp_path: Path) -> None:
    info, _ = add_text(library, tmp_path, "un.txt", FRENCH)
    path = library.home / "documents" / info.id / "outline.json"
    cached = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**cached, "structure_version": -1}), encoding="utf-8")
    outline = Library.open(library.home).outline(info.id)
    assert outline.passages
    assert json.loads(path.read_text(encoding="utf-8"))["structure_version"] == cached["structure_version"]


@pytest.mark.parametrize("damage", ["delete", "garble", "outdated"])
def test_a_missing_corrupt_or_outdated_index_is_rebuilt(
    ready: None, library: Library, tmp_path: Path, damage: str
) -> None:
    add_text(library, tmp_path, "un.txt", FRENCH)
    live = library.home / "index" / (library.home / "index" / "CURRENT").read_text().strip()
    if damage == "delete":
        for path in live.iterdir():
            path.unlink()
    elif damage == "garble":
        for path in live.iterdir():
            if path.suffix != ".json":
                path.write_bytes(b"\x00garbage" * 10)
    else:
        meta = json.loads((live / "artois-index.json").read_text())
        (live / "artois-index.json").write_text(json.dumps({**meta, "index_schema": -1}))
    reopened = Library.open(library.home)
    assert reopened.search_index().search("rénovation des logements").total > 0
    assert reopened.notices == [Notice.INDEX_REBUILT]


# --- atomicity: failures and cancels leave the library as it was ---------------------------------------


class _Fault(OSError):
    pass


def _fail_at(monkeypatch: pytest.MonkeyPatch, target: int) -> Callable[[], int]:
    """Make the `target`-th filesystem write step (fsync, replace, rename, mkdir) raise once."""
    calls = 0

    def wrap(original: Callable[..., object]) -> Callable[..., object]:
        def failing(*args: object, **kwargs: object) -> object:
            nonlocal calls
            calls += 1
            if calls == target:
                raise _Fault(errno.EIO, "injected fault")
            return original(*args, **kwargs)

        return failing

    for name in ("fsync", "replace", "rename", "mkdir"):
        monkeypatch.setattr(os, name, wrap(getattr(os, name)))
    return lambda: calls


def _inject_every_fault(
    monkeypatch: pytest.MonkeyPatch,
    template: Path,
    scratch: Path,
    operation: Callable[[Library], object],
    check_done: Callable[[Library], None],
) -> int:
    """Run `operation` on a fresh copy of the library at `template`, once per write step, with a fault
    at that step. Each run must either fail and leave the library byte for byte as it was, or succeed
    (the fault landed where it is harmless) and leave it complete. Returns the number of steps."""
    before = snapshot(template)
    for step in itertools.count(1):
        home = scratch / f"step-{step}"
        shutil.copytree(template, home)
        library = Library.open(home)
        with monkeypatch.context() as patch:
            calls = _fail_at(patch, step)
            try:
                operation(library)
                failed = False
            except (_Fault, LibraryError):
                failed = True
            reached = calls()
        library.close()
        reopened = Library.open(home)
        if failed:
            assert snapshot(home) == before, f"a fault at write step {step} changed the library"
        else:
            check_done(reopened)
        reopened.close()
        if reached < step:  # this run met no fault: every write step has had its turn
            return step - 1
    raise AssertionError("unreachable")


def test_a_failure_at_any_write_step_of_an_add_leaves_the_library_as_it_was(
    ready: None, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_text(library, tmp_path, "un.txt", FRENCH, title="Contrat")
    revised = tmp_path / "sources"
    revised.mkdir()

    def add_revision(target: Library) -> object:
        return add_text(target, revised, "v2.txt", FRENCH + "Révision.\n", title="Contrat")

    def check_done(target: Library) -> None:
        assert [info.version for info in target.documents()] == [1, 2]
        assert target.search_index().search("révision").total > 0

    steps = _inject_every_fault(monkeypatch, library.home, tmp_path / "runs", add_revision, check_done)
    assert steps > 10, "the fault injection reached too few write steps to mean anything"


def test_a_failure_at_any_write_step_of_a_remove_leaves_the_library_as_it_was(
    ready: None, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep, _ = add_text(library, tmp_path, "garder.txt", FRENCH)
    drop, _ = add_text(library, tmp_path, "retirer.txt", "La rénovation thermique des écoles.\n")

    def check_done(target: Library) -> None:
        assert target.documents() == [keep]
        assert not (target.home / "documents" / drop.id).exists()
        assert target.search_index().search("écoles").total == 0

    steps = _inject_every_fault(
        monkeypatch, library.home, tmp_path / "runs", lambda target: target.remove(drop.id), check_done
    )
    assert steps > 5


def test_cancelling_at_any_point_leaves_nothing(ready: None, library: Library, tmp_path: Path) -> None:
    before = snapshot(library.home)
    phases: list[Phase] = []

    def record(phase: Phase, _done: int, _total: int) -> bool:
        phases.append(phase)
        return True

    source = tmp_path / "src.txt"
    source.write_text(FRENCH, encoding="utf-8")
    for stop in range(1, 100):
        calls = 0

        def cancel_at(phase: Phase, _done: int, _total: int, stop: int = stop) -> bool:
            nonlocal calls
            calls += 1
            return calls < stop

        try:
            add_text(library, tmp_path, "src.txt", FRENCH, on_progress=cancel_at)
        except Cancelled:
            assert snapshot(library.home) == before, f"cancelling at call {stop} left files behind"
            continue
        break
    assert stop > 3
    add_text(Library.open(library.home), tmp_path, "encore.txt", FRENCH + "Fin.\n", on_progress=record)
    assert {Phase.STORE, Phase.STRUCTURE, Phase.INDEX} <= set(phases)
    assert phases.index(Phase.STORE) < phases.index(Phase.STRUCTURE) < phases.index(Phase.INDEX)


# --- a library that cannot be written ----------------------------------------------------------------


def _refuse_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(library_module, "_write_file", read_only)
    monkeypatch.setattr(library_module, "_copy_file", read_only)
    monkeypatch.setattr(library_module, "write_atomic", read_only)


def test_a_read_only_library_refuses_writes_but_still_reads_and_searches(
    ready: None, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info, _ = add_text(library, tmp_path, "un.txt", FRENCH)
    for path in (library.home / "index").iterdir():
        if path.is_dir():
            for inner in path.iterdir():
                inner.unlink()  # the index must be rebuilt, and cannot be written
    _refuse_writes(monkeypatch)
    with pytest.raises(LibraryError) as refused:
        add_text(library, tmp_path, "deux.txt", "Autre chose.\n")
    assert refused.value.read_only
    reopened = Library.open(library.home)
    assert reopened.documents() == [info]
    assert reopened.load(info.id).pages
    assert reopened.search_index().search("logements").total > 0
    reopened.close()


# --- other processes: writers at once, a writer killed -------------------------------------------------

_INGEST_SCRIPT = """
import os, sys
from pathlib import Path
from artois_reader.core.library import Library
from artois_reader.core.pipeline import ingest

home, source, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
calls = 0

def wrap(original):
    def killing(*args, **kwargs):
        global calls
        calls += 1
        if calls == kill_at:
            os._exit(9)  # no undo, no cleanup: as if the power went off
        return original(*args, **kwargs)
    return killing

library = Library.open(home)
if kill_at:
    for name in ("fsync", "replace", "rename", "mkdir"):
        setattr(os, name, wrap(getattr(os, name)))
ingest(source, library)
sys.stdout.write(str(calls))
"""


def _ingest_in_process(home: Path, source: Path, kill_at: int = 0) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _INGEST_SCRIPT, str(home), str(source), str(kill_at)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_adding_at_once_are_serialised(ready: None, temp_home: Path, tmp_path: Path) -> None:
    sources = []
    for name, words in (("eau.txt", "La gestion de l'eau potable"), ("sol.txt", "La dépollution des sols")):
        sources.append(tmp_path / name)
        sources[-1].write_text(f"{words}.\n", encoding="utf-8")
    Library.open(temp_home)
    processes = [_ingest_in_process(temp_home, source) for source in sources]
    for process in processes:
        _out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    library = Library.open(temp_home)
    assert sorted(info.source_name for info in library.documents()) == ["eau.txt", "sol.txt"]
    index = library.search_index()
    assert index.search("eau potable").total > 0 and index.search("dépollution").total > 0
    assert library.notices == []  # the last writer's index holds both editions


@pytest.mark.slow
def test_a_writer_killed_at_any_step_leaves_a_usable_library(
    ready: None, library: Library, tmp_path: Path
) -> None:
    first, _ = add_text(library, tmp_path, "un.txt", FRENCH, title="Contrat")
    library.close()
    source = tmp_path / "contrat.txt"
    source.write_text("Contrat révisé : la géothermie des anciennes mines.\n", encoding="utf-8")
    (tmp_path / "runs").mkdir()
    outcomes = set()
    for step in itertools.count(1):
        home = tmp_path / "runs" / f"kill-{step}"
        shutil.copytree(library.home, home)
        process = _ingest_in_process(home, source, kill_at=step)
        _out, err = process.communicate(timeout=300)
        reopened = Library.open(home)
        editions = reopened.documents()
        index = reopened.search_index()
        if len(editions) == 1:
            assert editions == [first] and index.search("géothermie").total == 0
        else:
            assert [info.version for info in editions] == [1, 2] and index.search("géothermie").total > 0
        assert index.search("logements").total > 0
        assert not [path for path in home.rglob(".tmp-*")], "leftovers survived the next start"
        reopened.close()
        outcomes.add(len(editions))
        if process.returncode == 0:  # the kill came after the last step: all steps were tried
            break
        assert process.returncode == 9, err
    assert outcomes == {1, 2} and step > 10
