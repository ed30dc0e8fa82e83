"""Adding and removing editions on a copy of an index (search_index.update_index), and the library
using it: the answers are those of a full build, and the live index is never written."""

from __future__ import annotations

import builtins
import dataclasses
import errno
import itertools
import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from artois_reader.core import search_index
from artois_reader.core.document import DocumentInfo, Outline, Passage, PassageKind, SourceKind, from_json
from artois_reader.core.errors import Cancelled
from artois_reader.core.search_index import (
    IndexProblem,
    IndexUnusable,
    SearchIndex,
    add_editions,
    build_index,
    remove_editions,
    update_index,
)

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "search" / "mini_outline.json"
QUERIES = (
    "territoire",
    "friches",
    "pole metropolitain",
    "rénovation énergétique",
    "contact",
    "ZAN",
    "GHT",
    "type:projet",
    "écotransition",
    "Pble",
    "c'est quoi la chaine des parcs",
    "école numérique",
    "filieres -relocalisations",
    "renovatoin",
)

Edition = tuple[DocumentInfo, Outline]


def edition(doc_id: str, outline: Outline, title: str = "CRTE") -> Edition:
    info = DocumentInfo(doc_id, title, 1, doc_id * 5, "crte.txt", SourceKind.TEXT, "2024-01-01", 4)
    return info, outline


@pytest.fixture(scope="module")
def outline() -> Outline:
    return from_json(Outline, json.loads(FIXTURE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def three(outline: Outline) -> tuple[Edition, Edition, Edition]:
    """Three editions that share words (so that removing one changes the others' statistics)."""
    school = Passage("p1.1", 1, PassageKind.SECTION, "L'école numérique du territoire forme les jeunes.", "")
    other = dataclasses.replace(outline, passages=(*outline.passages[:6], school))
    return (
        edition("aaaaaaaaaaaa", outline),
        edition("bbbbbbbbbbbb", other, "Avenant"),
        edition("cccccccccccc", dataclasses.replace(outline, passages=outline.passages[5:]), "Annexe"),
    )


def answers(folder: Path) -> list[object]:
    """Every hit of every query (edition, passage, score, snippet), the totals and the suggestions."""
    with SearchIndex.open(folder) as index:
        found: list[object] = [index.entry_count, index.vocabulary()]
        for query in QUERIES:
            result = index.search(query)
            hits = [
                (hit.doc_id, hit.passage_id, round(hit.score, 9), hit.snippet_html) for hit in result.hits
            ]
            found.append((query, result.total, result.suggestion, hits))
        return found


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


# --- the same answers as a full build ------------------------------------------------------------------


def test_an_added_edition_answers_as_a_full_build_of_both(
    tmp_path: Path, three: tuple[Edition, Edition, Edition]
) -> None:
    first, second, _third = three
    build_index(tmp_path / "one", [first])
    add_editions(tmp_path / "one", tmp_path / "added", [second])
    build_index(tmp_path / "full", [first, second])
    assert answers(tmp_path / "added") == answers(tmp_path / "full")
    assert any(result[3] for result in answers(tmp_path / "added")[2:])  # the queries do find something


def test_adding_then_removing_an_edition_answers_as_a_full_build(
    tmp_path: Path, three: tuple[Edition, Edition, Edition]
) -> None:
    first, second, third = three
    build_index(tmp_path / "ab", [first, second])
    add_editions(tmp_path / "ab", tmp_path / "abc", [third])
    remove_editions(tmp_path / "abc", tmp_path / "bc", [first[0].id])
    build_index(tmp_path / "full", [second, third])
    assert answers(tmp_path / "bc") == answers(tmp_path / "full")
    remove_editions(tmp_path / "abc", tmp_path / "ab-again", [third[0].id])
    assert answers(tmp_path / "ab-again") == answers(tmp_path / "ab")


def test_removed_entries_that_pile_up_are_merged_away(
    tmp_path: Path, three: tuple[Edition, Edition, Edition]
) -> None:
    first, second, third = three
    build_index(tmp_path / "abc", [first, second, third])
    remove_editions(tmp_path / "abc", tmp_path / "c", [first[0].id, second[0].id])  # most entries gone
    build_index(tmp_path / "full", [third])
    assert answers(tmp_path / "c") == answers(tmp_path / "full")
    assert len(list((tmp_path / "c").glob("*.seg"))) == 1
    entries = json.loads((tmp_path / "c" / search_index.ENTRIES_FILE).read_text(encoding="utf-8"))
    assert (
        entries["editions"] == [third[0].id]
        and len(entries["docs"]) == SearchIndex.open(tmp_path / "c").entry_count
    )


def test_many_updates_keep_few_segments_and_full_build_answers(
    tmp_path: Path, outline: Outline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "MAX_SEGMENTS", 3)
    editions = [edition(f"{n:012x}", outline, f"Édition {n}") for n in range(1, 6)]
    build_index(tmp_path / "0", editions[:1])
    for n, added in enumerate(editions[1:], 1):
        add_editions(tmp_path / str(n - 1), tmp_path / str(n), [added])
        assert len(list((tmp_path / str(n)).glob("*.seg"))) <= 3
    build_index(tmp_path / "full", editions)
    assert answers(tmp_path / "4") == answers(tmp_path / "full")


# --- the source is only read; a failure leaves the target empty ------------------------------------------


class _Fault(OSError):
    pass


def _failing_writes(monkeypatch: pytest.MonkeyPatch, folder: Path, step: int) -> Callable[[], int]:
    """Make the `step`-th write under `folder` (a file opened for writing, a copy, a rename, a
    deletion, a folder made) raise; returns how many write steps were reached."""
    calls = 0
    inside = str(folder)

    def counted(path: object) -> None:
        nonlocal calls
        if str(path).startswith(inside):
            calls += 1
            if calls == step:
                raise _Fault(errno.ENOSPC, "injected fault")

    real_open = builtins.open

    def guarded_open(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if isinstance(file, (str, os.PathLike)) and set(mode) & set("wxa+"):
            counted(file)
        return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", guarded_open)
    for module, name in [(os, "replace"), (os, "rename"), (os, "remove"), (os, "unlink"), (os, "mkdir")]:
        original = getattr(module, name)

        def guarded(
            path: object, *args: object, _original: Callable[..., object] = original, **kwargs: object
        ):
            counted(path)
            return _original(path, *args, **kwargs)

        monkeypatch.setattr(module, name, guarded)
    real_copy = shutil.copyfile

    def guarded_copy(source: object, target: object, *args: object, **kwargs: object) -> object:
        counted(target)
        return real_copy(source, target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(shutil, "copyfile", guarded_copy)
    return lambda: calls


@pytest.mark.parametrize("change", ["add", "remove", "remove most"])
def test_a_failure_at_any_write_of_an_update_leaves_the_source_as_it_was_and_the_target_empty(
    tmp_path: Path, three: tuple[Edition, Edition, Edition], monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    first, second, third = three
    source = tmp_path / "source"
    build_index(source, [first, second])
    before = snapshot(source)
    work: dict[str, Callable[[Path], None]] = {
        "add": lambda target: update_index(source, target, add=[third]),
        "remove": lambda target: update_index(source, target, remove=[second[0].id]),
        "remove most": lambda target: update_index(source, target, remove=[first[0].id]),  # merges too
    }
    for step in itertools.count(1):
        target = tmp_path / f"step-{step}"
        with monkeypatch.context() as patch:
            reached = _failing_writes(patch, target, step)
            try:
                work[change](target)
                failed = False
            except _Fault:
                failed = True
        assert snapshot(source) == before, f"a fault at write step {step} changed the source"
        if failed:
            left = list(target.iterdir()) if target.exists() else []
            assert left == [], f"a fault at write step {step} left files behind"
        else:
            assert SearchIndex.open(target).entry_count > 0
        if reached() < step:
            break
    assert step > 10, "too few write steps were reached to mean anything"


def test_cancelling_an_update_leaves_the_target_empty(
    tmp_path: Path, outline: Outline, three: tuple[Edition, Edition, Edition]
) -> None:
    first, _second, _third = three
    build_index(tmp_path / "source", [first])
    many = edition("dddddddddddd", dataclasses.replace(outline, passages=outline.passages * 10))
    with pytest.raises(Cancelled):
        add_editions(tmp_path / "source", tmp_path / "target", [many], on_progress=lambda *_: False)
    assert list((tmp_path / "target").iterdir()) == []


def test_an_update_refuses_what_it_cannot_do(tmp_path: Path, three: tuple[Edition, Edition, Edition]) -> None:
    first, second, _third = three
    build_index(tmp_path / "source", [first])
    attempts: Iterator[tuple[str, Callable[[Path], None]]] = iter(
        [
            ("an edition it already has", lambda target: add_editions(tmp_path / "source", target, [first])),
            (
                "an edition it does not have",
                lambda target: remove_editions(tmp_path / "source", target, ["x"]),
            ),
            (
                "the same edition twice",
                lambda target: add_editions(tmp_path / "source", target, [second] * 2),
            ),
            ("no index at all", lambda target: add_editions(tmp_path / "nowhere", target, [second])),
        ]
    )
    for n, (what, attempt) in enumerate(attempts):
        with pytest.raises(IndexUnusable):
            attempt(tmp_path / f"target-{n}")
        assert not (tmp_path / f"target-{n}").exists() or not any((tmp_path / f"target-{n}").iterdir()), what


def test_an_index_from_another_schema_is_not_updated(
    tmp_path: Path, three: tuple[Edition, Edition, Edition]
) -> None:
    first, second, _third = three
    build_index(tmp_path / "source", [first])
    meta_path = tmp_path / "source" / search_index.META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta_path.write_text(json.dumps({**meta, "schema_version": meta["schema_version"] - 1}), encoding="utf-8")
    with pytest.raises(IndexUnusable) as caught:
        add_editions(tmp_path / "source", tmp_path / "target", [second])
    assert caught.value.problem is IndexProblem.OUTDATED


@pytest.mark.parametrize("damage", ["deleted", "garbled", "cut"])
def test_damaged_word_counts_are_found_when_the_index_opens_and_before_an_update(
    tmp_path: Path, three: tuple[Edition, Edition, Edition], damage: str
) -> None:
    first, second, _third = three
    build_index(tmp_path / "source", [first])
    counts = tmp_path / "source" / f"{search_index.EDITION_PREFIX}{first[0].id}.json"
    if damage == "deleted":
        counts.unlink()
    elif damage == "garbled":
        counts.write_bytes(counts.read_bytes().replace(b"[", b"{", 3))
    else:
        counts.write_bytes(counts.read_bytes()[: counts.stat().st_size // 2])
    with pytest.raises(IndexUnusable) as caught:
        SearchIndex.open(tmp_path / "source")
    assert caught.value.problem is IndexProblem.CORRUPT
    with pytest.raises(IndexUnusable):
        add_editions(tmp_path / "source", tmp_path / "target", [second])


def test_postings_spread_over_segments_and_deletions_are_whooshs(
    tmp_path: Path, three: tuple[Edition, Edition, Edition], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After updates (three segments, one edition deleted), the postings read straight from the
    segments are the live documents Whoosh itself finds, in its numbering."""
    from whoosh.query import Term

    monkeypatch.setattr(search_index, "POSTINGS_BLOCK", 4)  # several blocks per term
    monkeypatch.setattr(search_index, "MAX_DELETED_SHARE", 0.9)  # the deleted entries stay
    first, second, third = three
    build_index(tmp_path / "a", [first])
    add_editions(tmp_path / "a", tmp_path / "ab", [second])
    add_editions(tmp_path / "ab", tmp_path / "abc", [third])
    remove_editions(tmp_path / "abc", tmp_path / "ac", [second[0].id])
    with SearchIndex.open(tmp_path / "ac") as opened:
        assert len(opened._postings.leaves) == 3
        for field_name, text in [
            ("text", "territoir"),
            ("exact", "friches"),
            ("ocr", "fiieres"),
            ("pairs", "chaine parcs"),
        ]:
            ids, weights = opened._postings.read(field_name, text)
            expected = sorted(opened._searcher.docs_for_query(Term(field_name, text)))
            assert ids == expected and ids, (field_name, text)
            assert len(weights) == len(ids) and all(weight >= 1 for weight in weights)


def test_the_rare_words_postings_the_vocabulary_holds_are_whooshs(
    tmp_path: Path, three: tuple[Edition, Edition, Edition], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rare words (OCR forms, mostly) are read from the vocabulary: the same postings as Whoosh's,
    in a fresh build and after updates (segments, deletions)."""
    monkeypatch.setattr(search_index, "MAX_DELETED_SHARE", 0.9)
    first, second, third = three
    build_index(tmp_path / "ab", [first, second])
    add_editions(tmp_path / "ab", tmp_path / "abc", [third])
    remove_editions(tmp_path / "abc", tmp_path / "ac", [second[0].id])
    for name in ("ab", "ac"):
        with SearchIndex.open(tmp_path / name) as opened:
            postings = opened._postings
            held = postings.held
            assert len(held["exact"]) > 50 and len(held["ocr"]) > 5
            for field_name, terms in held.items():
                for text in terms:
                    ids, weights = postings.read(field_name, text)
                    whoosh = opened._searcher.postings(field_name, text)
                    expected = []
                    while whoosh.is_active():
                        expected.append((whoosh.id(), whoosh.weight()))
                        whoosh.next()
                    assert list(zip(ids, weights, strict=True)) == expected, (name, field_name, text)
                    assert len(ids) <= search_index.RARE_POSTINGS
            words = opened._vocabulary.words  # document frequencies, over the live editions
            frequent = [w for w in words if w not in held["exact"]]
            assert frequent
            for word in frequent:
                assert len(postings.read("exact", word)[0]) == words[word] > search_index.RARE_POSTINGS


# --- the library adds and removes without building again ---------------------------------------------


def test_the_library_updates_its_index_instead_of_building_it_again(
    tmp_path: Path, temp_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("artois_reader.core.structure")
    from artois_reader.core import pipeline
    from artois_reader.core.library import Library

    builds: list[int] = []
    real_build = search_index.build_index

    def counted_build(*args: object, **kwargs: object) -> None:
        builds.append(1)
        real_build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(search_index, "build_index", counted_build)
    sources = []
    for name, text in [
        (
            "contrat.txt",
            "Le Pôle Métropolitain de l'Artois réunit 150 communes.\n\nL'éco-transition du territoire.\n",
        ),
        ("annexe.txt", "La rénovation thermique des écoles du territoire.\n"),
        ("avenant.txt", "Les 4 200 ha de la Chaîne des parcs, pour 650 000 habitants.\n"),
    ]:
        sources.append(tmp_path / name)
        sources[-1].write_text(text, encoding="utf-8")
    library = Library.open(temp_home)
    try:
        pipeline.ingest(sources[0], library)
        assert len(builds) == 1  # the first index is built
        infos = [pipeline.ingest(source, library).info for source in sources[1:]]
        annex = infos[0]
        library.remove(annex.id)
        assert len(builds) == 1, "an add or a remove built the whole index again"
        index = library.search_index()
        updated = [
            [(h.doc_id, h.passage_id, round(h.score, 9)) for h in index.search(q).hits] for q in QUERIES
        ]
        assert index.search("écoles").total == 0 and index.search("650000 habitants").total > 0
        assert index.search("ecotransition").total > 0
        library.rebuild_index()
        assert len(builds) == 2
        index = library.search_index()
        rebuilt = [
            [(h.doc_id, h.passage_id, round(h.score, 9)) for h in index.search(q).hits] for q in QUERIES
        ]
        assert updated == rebuilt
    finally:
        library.close()


def test_the_library_builds_again_when_its_index_cannot_be_updated(
    tmp_path: Path, temp_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("artois_reader.core.structure")
    from artois_reader.core import pipeline
    from artois_reader.core.library import Library

    first, second = tmp_path / "contrat.txt", tmp_path / "annexe.txt"
    first.write_text("Le Pôle Métropolitain de l'Artois réunit 150 communes.\n", encoding="utf-8")
    second.write_text("La rénovation thermique des écoles du territoire.\n", encoding="utf-8")
    library = Library.open(temp_home)
    try:
        pipeline.ingest(first, library)
        library.search_index()
        live = temp_home / "index" / (temp_home / "index" / "CURRENT").read_text(encoding="ascii").strip()
        for counts in live.glob(f"{search_index.EDITION_PREFIX}*"):
            counts.write_bytes(b"{}")  # the word counts an update needs are damaged
        pipeline.ingest(second, library)
        assert library.search_index().search("écoles").total > 0
        assert library.search_index().search("communes").total > 0
    finally:
        library.close()
