"""Faults the library must survive, through the real pipeline: an ingest interrupted at any write step
(a full disk, an unexpected error, Ctrl+C), a process killed mid-ingest, a damaged or outdated index,
a damaged catalogue, a full disk or read-only folder. The library and its index stay as they were (or
whole with the new edition), the next start finds no half-written state, and the user reads a clear
sentence."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pdf_forge
import pytest
from hostile_inputs import FRENCH_LINES, FRENCH_TEXT
from robustness_support import (
    FaultyDisk,
    assert_french_refusal,
    kill,
    permissions_enforced,
    snapshot,
    wait_gone,
)

from artois_reader import messages
from artois_reader.cli import main as cli_main
from artois_reader.core import pipeline
from artois_reader.core.errors import IngestError, LibraryError, RefusalReason
from artois_reader.core.library import Library, Notice

SEED_QUERY = "rénovation énergétique"
NEW_QUERY = "géothermie"
NEW_LINES = ["Contrat révisé", "La géothermie des anciennes mines chauffe les écoles.", *FRENCH_LINES]


@pytest.fixture(scope="module")
def seed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small library holding one text edition (small, so that each of the many runs is quick)."""
    folder = tmp_path_factory.mktemp("seed")
    source = folder / "contrat.txt"
    source.write_text(FRENCH_TEXT, encoding="utf-8")
    home = folder / "home"
    library = Library.open(home)
    pipeline.ingest(source, library)
    library.close()
    return home


@pytest.fixture
def new_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "contrat révisé.pdf"
    path.write_bytes(pdf_forge.pdf_bytes(["\n".join(NEW_LINES)], title="Contrat révisé"))
    return path


def _fresh_copy(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    return target


def _assert_whole(home: Path, before: dict[str, bytes], *, added: bool) -> None:
    """The next start: no temporary name left, the seed found, the new edition whole or absent."""
    library = Library.open(home)
    try:
        leftovers = [str(path.relative_to(home)) for path in home.rglob(".tmp-*")]
        assert leftovers == [], "half-written state survived the next start"
        editions = library.documents()
        index = library.search_index()
        assert index.search(SEED_QUERY).total > 0
        if added:
            assert len(editions) == 2 and index.search(NEW_QUERY).total > 0
            for edition in editions:
                assert library.load(edition.id).pages
        else:
            assert len(editions) == 1 and index.search(NEW_QUERY).total == 0
        assert library.notices == [], "the next start had to repair something"
    finally:
        library.close()


# --- an ingest interrupted at every write step ---------------------------------------------------------


def _interrupt_every_step(
    template: Path,
    runs: Path,
    source: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: Callable[[], BaseException],
) -> tuple[int, set[str]]:
    """Ingest `source` into a fresh copy of `template` once per write step, `error` raised at that step.

    Returns the number of write steps and the kinds of outcome seen. A failed run must leave the library
    byte for byte as it was, unless the fault fell after the commit point (on tidying old index folders):
    then, as when the run succeeds anyway, the library must be whole with the new edition."""
    before = snapshot(template)
    outcomes: set[str] = set()
    step = 0
    while True:
        step += 1
        home = _fresh_copy(template, runs / f"step-{step}")
        library = Library.open(home)
        with FaultyDisk(home, monkeypatch, fail_at=step, error=error) as disk:
            try:
                pipeline.ingest(source, library)
                outcome = "added"
            except IngestError as refused:
                assert refused.reason is RefusalReason.STORAGE, refused  # a full disk: a clear reason
                outcome = "storage"
            except (RuntimeError, KeyboardInterrupt):
                outcome = "interrupted"
        committed = len(library.documents()) == 2
        library.close()
        outcomes.add(outcome if outcome == "added" or not committed else f"{outcome} after the commit")
        if outcome == "storage" or not committed:
            assert not committed and snapshot(home) == before, f"a fault at write step {step} changed it"
        _assert_whole(home, before, added=committed)
        shutil.rmtree(home)
        if disk.raised == 0:  # the ingest ended before this step: every step has had its fault
            return step - 1, outcomes


def test_a_full_disk_at_any_write_step_refuses_the_file_and_keeps_the_library(
    seed_template: Path, new_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps, outcomes = _interrupt_every_step(
        seed_template, tmp_path, new_pdf, monkeypatch, lambda: OSError(errno.ENOSPC, "Disk full")
    )
    assert steps > 20, "too few write steps were reached to mean anything"
    assert "storage" in outcomes


@pytest.mark.slow
@pytest.mark.parametrize(
    "error",
    [lambda: RuntimeError("a bug at the worst moment"), KeyboardInterrupt],
    ids=["unexpected error", "Ctrl+C"],
)
def test_an_ingest_interrupted_at_any_write_step_leaves_the_library_as_it_was(
    seed_template: Path,
    new_pdf: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: Callable[[], BaseException],
) -> None:
    steps, outcomes = _interrupt_every_step(seed_template, tmp_path, new_pdf, monkeypatch, error)
    assert steps > 20 and "interrupted" in outcomes


# --- a process killed mid-ingest ---------------------------------------------------------------------

_KILLABLE = """
import sys
from pathlib import Path
from artois_reader.core import pdf_worker, pipeline
from artois_reader.core.library import Library

def on_progress(phase, done, total):
    pids = ",".join(str(pid) for pid in pdf_worker.worker_pids())
    print(f"{phase} {done} {total}", flush=True)
    return True

if __name__ == "__main__":
    library = Library.open(Path(sys.argv[1]))
    pipeline.ingest(Path(sys.argv[2]), library, on_progress=on_progress)
    print("done", flush=True)
"""


def _kill_during(home: Path, source: Path, script: Path, phase: str) -> bool:
    """Run an ingest in another process and SIGKILL it when it reports `phase`; True if it was killed."""
    process = subprocess.Popen(
        [sys.executable, str(script), str(home), str(source)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    killed = False
    for line in process.stdout:
        if line.split()[0] == phase:
            kill(process.pid)
            killed = True
            break
    process.wait(60)
    process.stdout.close()
    return killed


@pytest.mark.parametrize("phase", ["read", "clean", "store", "structure", "index"])
def test_a_process_killed_in_any_phase_of_an_ingest_leaves_a_whole_library(
    seed_template: Path, tmp_path: Path, phase: str
) -> None:
    source = tmp_path / "long rapport.pdf"  # pages enough for each phase to last a little
    source.write_bytes(pdf_forge.pdf_bytes(["\n".join(NEW_LINES)] * 40))
    script = tmp_path / "ingest.py"
    script.write_text(_KILLABLE, encoding="utf-8")
    home = _fresh_copy(seed_template, tmp_path / "home")
    before = snapshot(home)
    assert _kill_during(home, source, script, phase)
    library = Library.open(home)
    added = len(library.documents()) == 2
    library.close()
    if not added:
        _assert_whole(home, before, added=False)
        assert snapshot(home) == before
    else:  # killed after the commit point: the edition is whole
        _assert_whole(home, before, added=True)


def test_the_pdf_worker_of_a_killed_process_leaves_too(seed_template: Path, tmp_path: Path) -> None:
    source = tmp_path / "lent.pdf"
    source.write_bytes(pdf_forge.slow_pdf(pages=200))
    script = tmp_path / "ingest.py"
    script.write_text(_KILLABLE.replace('print(f"{phase}', 'print(f"{phase} {pids}'), encoding="utf-8")
    home = _fresh_copy(seed_template, tmp_path / "home")
    process = subprocess.Popen(
        [sys.executable, str(script), str(home), str(source)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    workers: list[int] = []
    for line in process.stdout:
        parts = line.split()
        if parts[0] == "read" and int(parts[1]) >= 1:
            break
    # the worker is busy (not idle), so ask the system for the children of the process
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    if children.exists():
        workers = [int(pid) for pid in children.read_text().split()]
    kill(process.pid)
    process.wait(60)
    process.stdout.close()
    if not workers:
        pytest.skip("no /proc to find the worker's process id")
    for pid in workers:
        assert wait_gone(pid), "a worker outlived its application"


# --- a damaged, missing or outdated index ------------------------------------------------------------


def _live_index(home: Path) -> Path:
    return home / "index" / (home / "index" / "CURRENT").read_text(encoding="ascii").strip()


def _damages(home: Path) -> Iterator[tuple[str, Callable[[], None]]]:
    live = _live_index(home)
    for name in sorted(path.name for path in live.iterdir()):
        target = live / name
        yield f"{name} deleted", target.unlink
        yield f"{name} emptied", lambda target=target: target.write_bytes(b"")
        yield f"{name} garbled", lambda target=target: target.write_bytes(b"\x00\xff garbage " * 50)
        yield (
            f"{name} cut in half",
            lambda target=target: target.write_bytes(target.read_bytes()[: target.stat().st_size // 2]),
        )
    yield "index folder deleted", lambda: shutil.rmtree(live)
    yield "CURRENT deleted", (home / "index" / "CURRENT").unlink
    yield "CURRENT names nothing", lambda: (home / "index" / "CURRENT").write_text("ix-nowhere\n")
    yield "CURRENT garbled", lambda: (home / "index" / "CURRENT").write_bytes(b"\xff\xfe../../etc\n")
    yield "whole index folder deleted", lambda: shutil.rmtree(home / "index")

    def older_schema() -> None:
        meta = json.loads((live / "artois-index.json").read_text(encoding="utf-8"))
        meta["index_schema"] = meta["index_schema"] - 1
        (live / "artois-index.json").write_text(json.dumps(meta), encoding="utf-8")

    def older_structure() -> None:
        meta = json.loads((live / "artois-index.json").read_text(encoding="utf-8"))
        meta["structure_version"] = 0
        (live / "artois-index.json").write_text(json.dumps(meta), encoding="utf-8")

    yield "index from an older schema", older_schema
    yield "index from older structure rules", older_structure


CHECK_QUERIES = (SEED_QUERY, "mobilité douce", "élus unanimité", "Artois", "cœur du contrat", "habitants")


def _answers(library: Library) -> list[list[tuple[str, str]]]:
    index = library.search_index()
    return [[(hit.doc_id, hit.passage_id) for hit in index.search(query).hits] for query in CHECK_QUERIES]


def test_every_kind_of_index_damage_is_found_at_open_and_rebuilt_from_the_documents(
    seed_template: Path, tmp_path: Path
) -> None:
    """35 kinds of damage. Damage that matters is found when the index opens, which is rebuilt (with a
    notice); damage that does not (Whoosh's write-lock file gone) changes no answer."""
    reference = Library.open(seed_template)
    expected = _answers(reference)
    reference.close()
    assert all(expected)
    names = [name for name, _damage in _damages(seed_template)]
    assert len(names) > 25
    rebuilt = 0
    for number, name in enumerate(names):
        home = _fresh_copy(seed_template, tmp_path / f"damage-{number}")
        documents = {key: data for key, data in snapshot(home).items() if key.startswith("documents")}
        dict(_damages(home))[name]()
        library = Library.open(home)
        try:
            answers = _answers(library)
        except Exception as error:  # pragma: no cover - the failure this test exists to catch
            pytest.fail(f"{name}: search failed ({type(error).__name__}: {error})")
        assert answers == expected, name
        assert library.notices in ([], [Notice.INDEX_REBUILT]), name
        rebuilt += library.notices == [Notice.INDEX_REBUILT]
        library.close()
        assert {k: v for k, v in snapshot(home).items() if k.startswith("documents")} == documents, name
        again = Library.open(home)  # rebuilt for good: the next start finds it sound
        assert _answers(again) == expected and again.notices == [], name
        again.close()
        shutil.rmtree(home)
    assert rebuilt >= len(names) - 4  # all but the harmless damage (the lock file deleted, emptied…)


def test_the_command_line_says_the_index_was_rebuilt(
    seed_template: Path, temp_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fresh_copy(seed_template, temp_home)
    shutil.rmtree(_live_index(temp_home))
    assert cli_main(["search", SEED_QUERY]) == 0
    out, err = capsys.readouterr()
    assert "L'index de recherche a été reconstruit." in err
    assert "rénovation" in out.lower()


# --- a damaged catalogue ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "damage",
    [b"", b"{", b'{"schema_version": 1, "editions": [{"id": ', b"\x00" * 4096, b"[]", b'{"editions": 3}'],
    ids=["empty", "one brace", "cut", "zeros", "a list", "wrong shape"],
)
def test_a_damaged_catalogue_is_recovered_and_its_good_copy_kept(
    seed_template: Path, temp_home: Path, tmp_path: Path, damage: bytes
) -> None:
    _fresh_copy(seed_template, temp_home)
    source = tmp_path / "deuxième.txt"
    source.write_text("La géothermie des anciennes mines.\n", encoding="utf-8")
    library = Library.open(temp_home)
    second = pipeline.ingest(source, library).info  # library.json.bak now holds the one-edition catalogue
    library.close()
    good_copy = (temp_home / "library.json.bak").read_bytes()
    (temp_home / "library.json").write_bytes(damage)
    reopened = Library.open(temp_home)
    assert reopened.notices == [Notice.RECOVERED_FROM_BACKUP]
    assert len(reopened.documents()) == 2 and reopened.get(second.id)  # the copy, plus the folder found
    assert json.loads((temp_home / "library.json").read_bytes())["editions"]
    assert (temp_home / "library.json.bak").read_bytes() == good_copy
    assert reopened.search_index().search(NEW_QUERY).total > 0
    reopened.close()


def test_the_command_line_tells_the_catalogue_was_restored(
    seed_template: Path, temp_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fresh_copy(seed_template, temp_home)
    (temp_home / "library.json").write_bytes(b"{ half")
    assert cli_main(["list"]) == 0
    _out, err = capsys.readouterr()
    assert (
        messages.notice_message("recovered_from_backup", "fr") in err
        or messages.notice_message("rebuilt_from_documents", "fr") in err
    )


# --- a full disk, a read-only folder ------------------------------------------------------------------


@pytest.mark.parametrize(
    "errno_value", [errno.ENOSPC, errno.EROFS, errno.EACCES], ids=["full", "read-only", "denied"]
)
def test_a_library_that_cannot_be_written_refuses_clearly_and_still_reads_and_searches(
    seed_template: Path, temp_home: Path, new_pdf: Path, monkeypatch: pytest.MonkeyPatch, errno_value: int
) -> None:
    _fresh_copy(seed_template, temp_home)
    shutil.rmtree(_live_index(temp_home))  # the index must even be rebuilt where nothing can be written
    before = snapshot(temp_home)
    error = lambda: OSError(errno_value, os.strerror(errno_value))  # noqa: E731
    with FaultyDisk(temp_home, monkeypatch, fail_all=True, error=error):
        library = Library.open(temp_home)
        editions = library.documents()
        assert len(editions) == 1 and library.load(editions[0].id).pages
        assert library.search_index().search(SEED_QUERY).total > 0
        with pytest.raises(IngestError) as refused:
            pipeline.ingest(new_pdf, library)
        assert refused.value.reason is RefusalReason.STORAGE
        message = messages.refusal_message(refused.value.reason, new_pdf, "fr")
        assert_french_refusal(message, new_pdf.name, RefusalReason.STORAGE)
        assert "disque plein ou dossier en lecture seule" in message
        with pytest.raises(LibraryError) as removing:
            library.remove(editions[0].id)
        assert removing.value.read_only
        assert library.search_index().search(SEED_QUERY).total > 0  # still searching after the refusals
        library.close()
    assert snapshot(temp_home) == before


def test_the_command_line_on_a_full_disk_says_so_in_one_sentence(
    seed_template: Path,
    temp_home: Path,
    new_pdf: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _fresh_copy(seed_template, temp_home)
    with FaultyDisk(temp_home, monkeypatch, fail_all=True):
        code = cli_main(["ingest", str(new_pdf)])
        _out, err = capsys.readouterr()
        assert code != 0
        assert err.strip().splitlines()[-1] == messages.refusal_message(RefusalReason.STORAGE, new_pdf, "fr")
        assert cli_main(["search", SEED_QUERY]) == 0
        out, err = capsys.readouterr()
        assert "rénovation" in out.lower() and "Traceback" not in err


@pytest.mark.skipif(not permissions_enforced(), reason="root and Windows ignore chmod")
def test_a_truly_read_only_folder_still_reads_and_searches(
    seed_template: Path, temp_home: Path, new_pdf: Path
) -> None:
    _fresh_copy(seed_template, temp_home)
    folders = [path for path in [temp_home, *temp_home.rglob("*")] if path.is_dir()]
    for folder in folders:
        folder.chmod(0o555)
    try:
        library = Library.open(temp_home)
        assert library.search_index().search(SEED_QUERY).total > 0
        with pytest.raises(IngestError) as refused:
            pipeline.ingest(new_pdf, library)
        assert refused.value.reason is RefusalReason.STORAGE
        library.close()
    finally:
        for folder in folders:
            folder.chmod(0o755)


# --- the window says what was repaired ------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["index", "catalogue"])
def test_the_window_says_in_french_what_the_library_repaired(
    qtbot, seed_template: Path, temp_home: Path, damage: str
) -> None:
    from artois_reader.ui.i18n import Translators
    from artois_reader.ui.main_window import MainWindow
    from artois_reader.ui.settings import Settings

    _fresh_copy(seed_template, temp_home)
    if damage == "index":
        shutil.rmtree(_live_index(temp_home))
        expected = "L'index de recherche a été reconstruit."
    else:
        (temp_home / "library.json").write_bytes(b"\x00")
        expected = "La liste des documents était endommagée"
    translators = Translators()
    translators.install("fr")
    library = Library.open(temp_home)
    window = MainWindow(library, Settings(temp_home), language="fr")
    qtbot.addWidget(window)
    try:
        window.reload_library()
        with qtbot.waitSignal(window.index_ready, timeout=60_000):
            window.warm_up_index()
        assert expected in window.statusBar().currentMessage()
        assert library.notices == []  # said once
    finally:
        window.close()
        library.close()
        translators.remove()


def test_the_window_that_cannot_make_its_library_says_why_in_french(
    temp_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from artois_reader import app

    shown: list[str] = []
    monkeypatch.setattr("artois_reader.ui.dialogs.show_error", lambda _parent, text: shown.append(text))
    with FaultyDisk(temp_home.parent, monkeypatch, fail_all=True, error=lambda: OSError(errno.EROFS, "ro")):
        assert app.main(["--home", str(temp_home), "--lang", "fr"]) == 1
    assert shown == [messages.text("error.read_only", "fr", home=temp_home)]
    assert shown[0].startswith("Impossible d'écrire dans la bibliothèque")
