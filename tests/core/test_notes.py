"""Notes and highlights: the store, re-attachment to a new edition, « à revoir », exports, the ingest hook."""

from __future__ import annotations

import csv
import io
import logging
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from artois_reader.core.anchors import AnchorError, Placement
from artois_reader.core.document import Axis, DocumentInfo, Outline, Passage, PassageKind, Section, SourceKind
from artois_reader.core.errors import LibraryError
from artois_reader.core.library import Library
from artois_reader.core.notes import (
    NOTES_FILE,
    SCHEMA_VERSION,
    NoteStatus,
    NoteStore,
    UnknownNote,
    follow_new_edition,
    note_json,
    notes_csv,
    notes_markdown,
    sync_notes,
)
from artois_reader.core.pipeline import ingest

ENERGY = (
    "Le territoire s'engage dans la production d'énergies renouvelables et dans une démarche de sobriété."
)
CHARGING = "Les bornes de recharge électrique seront déployées dans les trois agglomérations du Pôle."
GREENWAYS = "Un réseau de 420 km de voies vertes relie les onze parcs de la Chaîne des parcs."
HEADING = "Exemples de projets"


def edition(number: int, title: str = "Contrat de territoire") -> DocumentInfo:
    return DocumentInfo(
        id=f"{number:012x}",
        title=title,
        version=number,
        sha256=f"{number:064x}",
        source_name=f"v{number}.txt",
        source_kind=SourceKind.TEXT,
        ingested_at="2024-01-01T00:00:00Z",
        pages=3,
    )


def outline_of(*sections: tuple[str, int | None, tuple[str, ...]]) -> Outline:
    """Sections given as (title, axis, paragraph texts); passages numbered on page 1, 2, … per section."""
    passages, built = [], []
    for number, (title, axis, texts) in enumerate(sections, start=1):
        ids = []
        for index, text in enumerate(texts, start=1):
            kind = PassageKind.HEADING if text == title else PassageKind.SECTION
            passages.append(Passage(f"p{number}.{index}", number, kind, text, text, f"s{number}", axis))
            ids.append(f"p{number}.{index}")
        built.append(Section(f"s{number}", title, number, "\n\n".join(texts), axis, 1, tuple(ids)))
    axes = tuple(Axis(n, f"Axe numéro {n}", 1) for n in sorted({a for _t, a, _x in sections if a}))
    return Outline(axes=axes, sections=tuple(built), passages=tuple(passages))


V1 = outline_of(
    ("Énergie", 1, ("Énergie", ENERGY, CHARGING)),
    ("Parcs", 2, ("Parcs", GREENWAYS, HEADING)),
)


@pytest.fixture
def store(tmp_path: Path) -> NoteStore:
    with NoteStore(tmp_path / NOTES_FILE) as notes:
        yield notes


# --- the store ----------------------------------------------------------------------------------------------


def test_a_note_on_a_quote_keeps_its_anchor_and_where_it_is(store: NoteStore) -> None:
    note = store.add(edition(1), V1, "p1.2", "À chiffrer", quote="energies renouvelables")
    assert (note.id, note.text, note.passage_id, note.page, note.axis) == (1, "À chiffrer", "p1.2", 1, 1)
    assert note.quote == "énergies renouvelables" and note.anchor.prefix.endswith("production d'")
    assert (note.status, note.placement, note.edition_id, note.version) == (
        NoteStatus.ATTACHED,
        Placement.NEW,
        edition(1).id,
        1,
    )
    assert note.anchor.section_title == "Énergie" and note.axis_title == "Axe numéro 1"
    assert store.get(note.id) == note


def test_a_plain_highlight_is_a_note_without_text(store: NoteStore) -> None:
    note = store.add(edition(1), V1, "p2.2")
    assert note.text == "" and note.quote == GREENWAYS


def test_a_passage_or_quote_that_is_not_there_is_refused(store: NoteStore) -> None:
    with pytest.raises(AnchorError):
        store.add(edition(1), V1, "p9.9", "?")
    with pytest.raises(AnchorError):
        store.add(edition(1), V1, "p1.2", "?", quote="hydrogène")
    assert store.count() == 0


def test_update_delete_and_unknown_notes(store: NoteStore) -> None:
    note = store.add(edition(1), V1, "p1.2", "premier jet")
    changed = store.update(note.id, "  version relue  ")
    assert changed.text == "version relue" and changed.created_at == note.created_at
    store.delete(note.id)
    for action in (
        lambda: store.get(note.id),
        lambda: store.update(note.id, "x"),
        lambda: store.delete(note.id),
    ):
        with pytest.raises(UnknownNote):
            action()


def test_notes_are_filtered_by_document_axis_text_and_status(store: NoteStore) -> None:
    store.add(edition(1), V1, "p1.2", "sobriété d'abord")
    store.add(edition(1), V1, "p2.2", "Voies vertes : vérifier les km")
    store.add(edition(7, "Autre document"), V1, "p1.3", "autre")
    assert len(store.list()) == 3
    assert [n.text for n in store.list(document="CONTRAT DE TERRITOIRE", axis=2)] == [
        "Voies vertes : vérifier les km"
    ]
    assert [n.text for n in store.list(text="SOBRIETE")] == ["sobriété d'abord"]
    assert [n.text for n in store.list(text="recharge électrique")] == ["autre"]  # found in the quote
    assert [n.text for n in store.list(edition_id=edition(7).id)] == ["autre"]
    assert store.list(status=NoteStatus.REVIEW) == []


def test_the_schema_version_is_recorded_and_a_newer_one_refused(tmp_path: Path) -> None:
    path = tmp_path / NOTES_FILE
    NoteStore(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(LibraryError, match="newer release"):
        NoteStore(path)


def test_a_write_that_fails_half_way_leaves_nothing(store: NoteStore) -> None:
    store.add(edition(1), V1, "p1.2", "gardée")
    with pytest.raises(RuntimeError), store._transaction() as db:
        db.execute("DELETE FROM notes")
        raise RuntimeError("interrupted")
    assert [n.text for n in store.list()] == ["gardée"]


def test_two_processes_write_at_once_and_nothing_is_lost(tmp_path: Path) -> None:
    path = tmp_path / NOTES_FILE
    NoteStore(path).close()
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_notes import V1, edition
        from artois_reader.core.notes import NoteStore
        with NoteStore({str(path)!r}) as store:
            for n in range(40):
                store.add(edition(1), V1, "p2.2", f"autre processus {{n}}")
        """
    )
    other = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE, text=True)
    with NoteStore(path) as store:
        for n in range(40):
            store.add(edition(1), V1, "p1.2", f"ce processus {n}")
    _out, err = other.communicate(timeout=120)
    assert other.returncode == 0, err
    with NoteStore(path) as store:
        notes = store.list()
    assert len(notes) == 80 and len({n.id for n in notes}) == 80


def test_a_folder_that_cannot_be_written_is_a_library_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(LibraryError) as caught:
        NoteStore(blocker / NOTES_FILE)
    assert caught.value.read_only


# --- re-attaching to a new edition --------------------------------------------------------------------------


def test_notes_on_unchanged_passages_move_to_the_new_edition_exactly(store: NoteStore) -> None:
    first = store.add(edition(1), V1, "p1.2", "quote", quote="démarche de sobriété")
    whole = store.add(edition(1), V1, "p2.2", "whole passage")
    v2 = outline_of(
        ("Énergie", 1, ("Énergie", "Un paragraphe nouveau ouvre la section.", ENERGY, CHARGING)),
        ("Parcs", 2, ("Parcs", GREENWAYS, HEADING)),
    )
    result = store.reattach(edition(2), v2)
    assert [n.id for n in result.moved] == [first.id, whole.id] and result.review == ()
    moved = {n.id: n for n in store.list()}
    assert (moved[first.id].passage_id, moved[first.id].quote) == ("p1.3", "démarche de sobriété")
    assert moved[first.id].placement is Placement.EXACT and moved[first.id].moved_from == edition(1).id
    assert (moved[whole.id].edition_id, moved[whole.id].version, moved[whole.id].passage_id) == (
        edition(2).id,
        2,
        "p2.2",
    )
    assert moved[first.id].created_at == first.created_at and moved[first.id].text == "quote"


def test_a_note_whose_quote_was_edited_a_little_moves_fuzzily(store: NoteStore) -> None:
    note = store.add(edition(1), V1, "p2.2", "distance", quote="420 km de voies vertes")
    v2 = outline_of(("Énergie", 1, ("Énergie", ENERGY, CHARGING)),
                    ("Parcs", 2, ("Parcs", GREENWAYS.replace("420", "450"), HEADING)))  # fmt: skip
    (moved,) = store.reattach(edition(2), v2).moved
    assert (
        moved.id == note.id and moved.placement is Placement.FUZZY and moved.quote == "450 km de voies vertes"
    )
    assert 90 <= moved.score < 100


def test_a_note_whose_passage_is_gone_stays_on_its_edition_to_review(store: NoteStore) -> None:
    note = store.add(edition(1), V1, "p1.3", "bornes")
    heading = store.add(edition(1), V1, "p2.3", "liste de la section Parcs")
    v2 = outline_of(
        ("Énergie", 1, ("Énergie", ENERGY)),  # the charging paragraph is gone
        ("Parcs", 2, ("Parcs", GREENWAYS)),  # and the heading of this section's list
        ("Culture", 3, ("Culture", "Le réseau des médiathèques.", HEADING)),  # same words, elsewhere
    )
    result = store.reattach(edition(2), v2, earlier_outline={edition(1).id: V1}.get)
    assert [n.id for n in result.review] == [note.id, heading.id] and result.moved == ()
    for kept in (store.get(note.id), store.get(heading.id)):
        assert kept.status is NoteStatus.REVIEW and kept.edition_id == edition(1).id  # never lost, not moved
    assert store.list(status=NoteStatus.REVIEW) == [store.get(note.id), store.get(heading.id)]


def test_a_note_never_follows_look_alike_words_into_another_paragraph(store: NoteStore) -> None:
    twin = CHARGING.replace("trois", "quatre")  # a sibling paragraph, one word apart
    v1 = outline_of(("Énergie", 1, ("Énergie", ENERGY, twin, CHARGING)))
    note = store.add(edition(1), v1, "p1.4", "bornes, trois agglomérations")
    v2 = outline_of(("Énergie", 1, ("Énergie", ENERGY, twin)))  # its own paragraph is gone
    result = store.reattach(edition(2), v2, earlier_outline={edition(1).id: v1}.get)
    assert [n.id for n in result.review] == [note.id]
    # without the earlier edition to compare with, the twin alone is judged: it looks the same
    store.reattach(edition(3), v1)
    assert store.reattach(edition(4), v2).moved[0].placement is Placement.FUZZY


def test_a_note_to_review_comes_back_when_a_later_edition_has_its_passage(store: NoteStore) -> None:
    note = store.add(edition(1), V1, "p1.3", "bornes")
    store.reattach(edition(2), outline_of(("Énergie", 1, ("Énergie", ENERGY))))
    assert store.get(note.id).needs_review
    (moved,) = store.reattach(edition(3), V1).moved
    assert (moved.status, moved.edition_id, moved.moved_from) == (
        NoteStatus.ATTACHED,
        edition(3).id,
        edition(1).id,
    )


def test_a_section_retitled_keeps_its_notes(store: NoteStore) -> None:
    note = store.add(edition(1), V1, "p2.3", "la liste")
    renamed = "Les parcs et la nature"
    v2 = outline_of(
        ("Énergie", 1, ("Énergie", ENERGY, CHARGING)), (renamed, 2, (renamed, GREENWAYS, HEADING))
    )
    (moved,) = store.reattach(edition(2), v2, earlier_outline={edition(1).id: V1}.get).moved
    assert moved.id == note.id and moved.passage_id == "p2.3"
    assert moved.anchor.section_title == "Les parcs et la nature"


def test_only_the_notes_of_the_same_document_move(store: NoteStore) -> None:
    other = store.add(edition(5, "Un autre document"), V1, "p1.2", "ailleurs")
    store.add(edition(1), V1, "p1.2", "ici")
    result = store.reattach(edition(2), V1)
    assert [n.text for n in result.moved] == ["ici"]
    assert store.get(other.id).edition_id == edition(5).id


def test_a_note_can_be_put_by_hand_on_another_passage(store: NoteStore) -> None:
    note = store.add(edition(1), V1, "p1.3", "bornes")
    store.reattach(edition(2), outline_of(("Énergie", 1, ("Énergie", ENERGY))))
    v2 = outline_of(("Énergie", 1, ("Énergie", ENERGY)))
    placed = store.move(note.id, edition(2), v2, "p1.2", quote="sobriété")
    assert (placed.status, placed.placement, placed.passage_id, placed.quote) == (
        NoteStatus.ATTACHED,
        Placement.MANUAL,
        "p1.2",
        "sobriété",
    )


# --- exports --------------------------------------------------------------------------------------------


def test_markdown_export_groups_by_axis_and_says_what_to_review(store: NoteStore) -> None:
    store.add(edition(1), V1, "p2.2", "*Attention* aux [liens] et <balises>")
    gone = store.add(edition(1), V1, "p1.3", "")
    store.reattach(
        edition(2), outline_of(("Énergie", 1, ("Énergie", ENERGY)), ("Parcs", 2, ("Parcs", GREENWAYS)))
    )
    text = notes_markdown(store.list(), today=date(2026, 3, 1))
    assert text.startswith("# Notes\n\nExportées le 1er mars 2026\n\n## Contrat de territoire\n")
    assert text.index("### Axe 1 — Axe numéro 1") < text.index("### Axe 2 — Axe numéro 2")
    assert "\\*Attention\\* aux \\[liens\\] et \\<balises\\>" in text
    assert f"  > {CHARGING}" in text and "(surlignage)" in text
    review = (
        "*À revoir\u00a0: pas de place sûre dans la dernière édition\u00a0; "
        "la note est restée sur la version 1.*"
    )
    assert review in text
    assert store.get(gone.id).needs_review


def test_csv_export_opens_in_french_excel(store: NoteStore) -> None:
    store.add(edition(1), V1, "p1.2", "=1+1 ; point-virgule", quote="énergies")
    text = notes_csv(store.list())
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:4] == ["Document", "Version", "Édition", "Page"]
    assert rows[1][8:11] == ["énergies", "'=1+1 ; point-virgule", "à jour"]
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")


def test_the_json_of_a_note_names_its_document_and_place(store: NoteStore) -> None:
    data = note_json(store.add(edition(1), V1, "p1.2", "x", quote="sobriété"))
    assert data["document"] == {"title": "Contrat de territoire", "edition_id": edition(1).id, "version": 1}
    assert (data["passage_id"], data["quote"], data["status"], data["placement"]) == (
        "p1.2",
        "sobriété",
        "attached",
        "new",
    )


# --- the ingest hook, through the real pipeline -----------------------------------------------------------


@pytest.fixture
def library(temp_home: Path) -> Library:
    opened = Library.open(temp_home)
    yield opened
    opened.close()


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_ingesting_a_new_edition_moves_the_notes_by_itself(
    library: Library, tmp_path: Path, crte_text_path: Path, revised_crte_text: str
) -> None:
    first = ingest(crte_text_path, library, title="CRTE")
    assert first.notes is None and not (library.home / NOTES_FILE).exists()  # no notes: no file
    outline = library.outline(first.info.id)
    by_text = {p.text: p for p in outline.passages}
    kept = next(
        p for text, p in by_text.items() if text.startswith("Le Pôle Métropolitain de l'Artois s’est engagé")
    )
    removed = next(p for text, p in by_text.items() if text == "Vivalley Campus")
    with NoteStore.open(library.home) as store:
        on_kept = store.add(first.info, outline, kept.id, "à citer", quote="démarche volontariste")
        on_removed = store.add(first.info, outline, removed.id, "campus santé")
    second = ingest(_write(tmp_path, "crte-v2.txt", revised_crte_text), library, title="CRTE")
    assert second.created and second.info.version == 2 and second.notes is not None
    assert [n.id for n in second.notes.moved] == [on_kept.id]
    assert [n.id for n in second.notes.review] == [on_removed.id]
    with NoteStore.open(library.home) as store:
        moved = store.get(on_kept.id)
        assert (moved.edition_id, moved.placement, moved.quote) == (
            second.info.id,
            Placement.EXACT,
            "démarche volontariste",
        )
        assert store.get(on_removed.id).edition_id == first.info.id
        assert store.followed("CRTE") == second.info.id


def test_a_broken_notes_file_never_fails_an_ingest(
    library: Library, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    text = "Un rapport.\n\nLe conseil se réunit chaque mois pour suivre les projets du territoire.\n"
    ingest(_write(tmp_path, "a.txt", text), library, title="Rapport")
    (library.home / NOTES_FILE).write_bytes(b"this is not a database" * 100)
    with caplog.at_level(logging.WARNING, logger="artois_reader.core.notes"):
        result = ingest(_write(tmp_path, "b.txt", text + "Une phrase de plus.\n"), library, title="Rapport")
    assert result.created and result.notes is None
    assert "notes were not re-attached" in caplog.text


def test_sync_catches_up_with_an_edition_the_hook_missed(library: Library, tmp_path: Path) -> None:
    text = "Un rapport.\n\nLe conseil se réunit chaque mois pour suivre les projets du territoire.\n"
    v1 = ingest(_write(tmp_path, "a.txt", text), library, title="Rapport").info
    outline = library.outline(v1.id)
    passage = next(p for p in outline.passages if "conseil" in p.text)
    with NoteStore.open(library.home) as store:
        note = store.add(v1, outline, passage.id, "suivi")
    info, _created = library.add(  # as if the hook had not run (a crash between the two)
        *_read(_write(tmp_path, "b.txt", text + "\nUne phrase de plus pour la deuxième version.\n")),
        title="Rapport",
    )
    with NoteStore.open(library.home) as store:
        assert store.get(note.id).edition_id == v1.id
        (done,) = sync_notes(library, store)
        assert done.edition_id == info.id and store.get(note.id).edition_id == info.id
        assert sync_notes(library, store) == []  # done once


def test_notes_follow_a_document_renamed_in_the_library(library: Library, tmp_path: Path) -> None:
    text = "Un rapport.\n\nLe conseil se réunit chaque mois pour suivre les projets du territoire.\n"
    info = ingest(_write(tmp_path, "a.txt", text), library, title="Rapport").info
    outline = library.outline(info.id)
    with NoteStore.open(library.home) as store:
        store.add(info, outline, outline.passages[-1].id, "suivi")
        library.rename(info.id, "Rapport annuel")
        sync_notes(library, store)
        (note,) = store.list(document="rapport annuel")
        assert note.document_title == "Rapport annuel" and store.followed("Rapport annuel") == info.id
        assert store.follow_titles({info.id: "Rapport annuel"}) == 0


def _read(path: Path):
    from artois_reader.core import cleaning, text_file

    raw = text_file.read_text_file(path)
    return raw, cleaning.clean_pages(raw.pages), path


def test_follow_new_edition_does_nothing_without_notes(library: Library, tmp_path: Path) -> None:
    info = ingest(
        _write(tmp_path, "a.txt", "Un texte.\n\nAvec un paragraphe assez long pour compter ici.\n"), library
    ).info
    assert follow_new_edition(library, info) is None and not (library.home / NOTES_FILE).exists()
