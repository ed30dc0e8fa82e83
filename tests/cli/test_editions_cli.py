"""Issue 8 from the command line: compare two editions, notes that follow a new edition, exports.

The revised edition is the bundled CRTE text with the edits of tests/fixtures/editions/revision.json,
laid out as a PDF by tools/make_crte_pdf.py exactly as the bundled PDF was: so the library holds two
PDF editions of one document, as an official's would.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from artois_reader.core.library import Library

REPO = Path(__file__).resolve().parents[2]
CliRunner = Callable[..., Any]


def _pdf_maker():
    pytest.importorskip("fpdf", reason="fpdf2 (a test dependency) lays out the revised edition")
    if "make_crte_pdf" not in sys.modules:
        spec = importlib.util.spec_from_file_location("make_crte_pdf", REPO / "tools" / "make_crte_pdf.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["make_crte_pdf"] = module
        spec.loader.exec_module(module)
    return sys.modules["make_crte_pdf"]


@pytest.fixture(scope="session")
def revised_pdf(tmp_path_factory: pytest.TempPathFactory, revised_crte_text: str) -> Path:
    path = tmp_path_factory.mktemp("revised") / "crte-revise.pdf"
    path.write_bytes(_pdf_maker().render_pdf(revised_crte_text))
    return path


def _passage(library: Library, doc_id: str, words: str) -> str:
    """The first passage holding these words (not its whole text: cleaning keeps improving)."""
    return next(p.id for p in library.outline(doc_id).passages if words in p.text)


@pytest.fixture(scope="session")
def revised_template(
    seeded_template: Path, revised_pdf: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict:
    """A home with the bundled CRTE, three notes on it, then the revised edition ingested (once)."""
    from artois_reader.cli import main

    home = tmp_path_factory.mktemp("editions") / "home"
    shutil.copytree(seeded_template, home)
    library = Library.open(home)
    (old,) = library.documents()
    passages = {
        "kept": _passage(library, old.id, "démarche volontariste"),
        "heading": _passage(library, old.id, "Prendre soin des milieux"),
        "removed": _passage(library, old.id, "Vivalley Campus"),
    }
    library.close()
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    try:
        for name, pid in passages.items():
            quote = ["--quote", "démarche volontariste"] if name == "kept" else []
            assert main(["--home", str(home), "notes", "add", pid, f"note {name}", *quote]) == 0
        assert main(["--home", str(home), "ingest", str(revised_pdf)]) == 0
    finally:
        sys.stdout = saved
    library = Library.open(home)
    new = next(info for info in library.documents() if info.id != old.id)
    library.close()
    return {"home": home, "old": old.id, "new": new.id, "passages": passages, "ingest_out": out.getvalue()}


@pytest.fixture
def revised_home(revised_template: dict, temp_home: Path) -> dict:
    shutil.copytree(revised_template["home"], temp_home)
    return {**revised_template, "home": temp_home}


# --- compare ----------------------------------------------------------------------------------------------


def test_the_revised_edition_is_version_2_of_the_same_document(
    ready: None, cli: CliRunner, revised_home: dict
) -> None:
    listing = json.loads(cli("list", "--json").out)
    assert [(e["version"], e["id"]) for e in listing] == [(1, revised_home["old"]), (2, revised_home["new"])]
    assert len({e["title"] for e in listing}) == 1


def test_compare_json_shows_exactly_the_four_edits(ready: None, cli: CliRunner, revised_home: dict) -> None:
    run = cli("compare", revised_home["old"][:6], revised_home["new"][:6], "--json")
    assert run.code == 0 and run.err == ""
    result = json.loads(run.out)
    assert list(result) == ["editions", "axes", "projects", "sections", "figures", "explainers", "contacts"]
    assert [(a["number"], a["status"]) for a in result["axes"]] == [
        (1, "unchanged"),
        (2, "retitled"),
        (3, "unchanged"),
    ]
    axis_2 = result["axes"][1]
    assert axis_2["title_old"].startswith("\"De l'archipel noir à l'archipel vert\"")
    assert axis_2["title_new"] == (
        "Un territoire en archipel, vers un réseau multipolaire et résilient de villes et de cités minières"
    )
    assert [(p["title"], p["axis"], p["page"]) for p in result["projects"]["added"]] == [
        ("Création d'une maison de santé à Avion", 2, 4)
    ]
    assert [(p["title"], p["axis"], p["page"]) for p in result["projects"]["removed"]] == [
        ("Vivalley Campus", 3, 7)
    ]
    assert result["projects"]["changed"] == []
    (figure,) = result["figures"]["changed"]
    assert (figure["unit"], figure["old"]["value"], figure["new"]["value"]) == (
        "habitants",
        "650 000",
        "660 000",
    )
    assert result["figures"]["added"] == result["figures"]["removed"] == []
    (section,) = result["sections"]["changed"]
    assert [p["change"] for p in section["passages"]] == ["changed"]
    assert result["sections"]["added"] == result["sections"]["removed"] == []
    assert result["explainers"] == result["contacts"] == {"added": [], "removed": [], "changed": []}


def test_compare_without_json_is_a_readable_report(ready: None, cli: CliRunner, revised_home: dict) -> None:
    run = cli("compare", revised_home["old"], revised_home["new"])
    assert run.code == 0
    for line in (
        "Comparaison de «\u00a0CRTE — Chapeau commun du Pôle Métropolitain de l'Artois\u00a0»",
        "  ~ titre modifié",
        "  + Projet ajouté\u00a0: Création d'une maison de santé à Avion (p.\u00a04)",
        "  − Projet retiré\u00a0: Vivalley Campus (p.\u00a07)",
        "  ~ Chiffre modifié\u00a0: 650 000 habitants → 660 000 habitants",
    ):
        assert line in run.out, line


def test_an_edition_compared_with_itself_has_no_difference(
    ready: None, cli: CliRunner, seeded_home: Path
) -> None:
    (edition,) = json.loads(cli("list", "--json").out)
    run = cli("compare", edition["id"], edition["id"])
    assert run.code == 0 and run.out.endswith("Aucune différence entre les deux éditions.\n")


def test_compare_with_an_unknown_id_is_a_usage_error(ready: None, cli: CliRunner, seeded_home: Path) -> None:
    (edition,) = json.loads(cli("list", "--json").out)
    run = cli("compare", edition["id"], "ffffff")
    assert run.code == 2 and run.out == ""
    assert (
        run.err
        == "Aucun document ne correspond à l'identifiant «\u00a0ffffff\u00a0» (voir artois-reader list).\n"
    )


# --- notes ------------------------------------------------------------------------------------------------


def test_notes_on_unchanged_passages_moved_to_the_new_edition_by_themselves(
    ready: None, cli: CliRunner, revised_home: dict
) -> None:
    assert (
        "Notes des versions précédentes\u00a0: 2 déplacée(s) sur cette version, 1 à revoir."
        in revised_home["ingest_out"]
    )
    notes = {note["text"]: note for note in json.loads(cli("notes", "--json").out)}
    kept, heading, removed = notes["note kept"], notes["note heading"], notes["note removed"]
    for note in (kept, heading):
        assert note["document"]["edition_id"] == revised_home["new"] and note["document"]["version"] == 2
        assert note["status"] == "attached" and note["placement"] == "exact"
        assert note["moved_from"] == revised_home["old"]
    assert kept["quote"] == "démarche volontariste"
    assert (removed["status"], removed["document"]["edition_id"], removed["passage_id"]) == (
        "review",
        revised_home["old"],
        revised_home["passages"]["removed"],
    )
    review = cli("notes", "--review")
    assert review.code == 0 and "Vivalley Campus" in review.out and "[à revoir]" in review.out
    assert "note kept" not in review.out


def test_notes_are_added_listed_edited_and_deleted(ready: None, cli: CliRunner, seeded_home: Path) -> None:
    assert cli("notes").out == "Aucune note.\n"
    assert not (seeded_home / "notes.sqlite").exists()  # listing creates nothing
    library = Library.open(seeded_home)
    (info,) = library.documents()
    pid = _passage(library, info.id, "650.000 habitants")
    library.close()
    added = cli("notes", "add", pid, "Chiffre à vérifier", "--quote", "650.000 habitants")
    assert added.code == 0
    assert added.out.startswith(f"Note n°\u00a01 ajoutée sur le passage {pid} (p.\u00a02)")
    listing = cli("notes", "--text", "verifier")
    assert "«\u00a0650.000 habitants\u00a0»" in listing.out and "Chiffre à vérifier" in listing.out
    assert cli("notes", "--axis", "3").out == "Aucune note.\n"
    assert cli("notes", "edit", "1", "Chiffre INSEE 2021").code == 0
    assert json.loads(cli("notes", "--json").out)[0]["text"] == "Chiffre INSEE 2021"
    assert cli("notes", "delete", "1").out == "Note n°\u00a01 supprimée.\n"
    gone = cli("notes", "delete", "1")
    assert gone.code == 2 and gone.err == "Aucune note n°\u00a01 (voir artois-reader notes).\n"


def test_a_note_on_a_missing_passage_or_quote_is_refused(
    ready: None, cli: CliRunner, seeded_home: Path
) -> None:
    missing = cli("notes", "add", "p99.1", "x")
    assert missing.code == 2 and "n'a pas de passage «\u00a0p99.1\u00a0»" in missing.err
    library = Library.open(seeded_home)
    (info,) = library.documents()
    pid = library.outline(info.id).passages[1].id
    library.close()
    quote = cli("notes", "add", pid, "x", "--quote", "hydrogène vert")
    assert (
        quote.code == 2
        and quote.err == f"«\u00a0hydrogène vert\u00a0» ne figure pas dans le passage {pid}.\n"
    )


def test_notes_export_to_markdown_and_to_csv_for_excel(
    ready: None, cli: CliRunner, revised_home: dict, tmp_path: Path
) -> None:
    markdown = cli("notes", "export", "--format", "md")
    assert markdown.code == 0 and markdown.out.startswith("# Notes\n")
    assert "À revoir" in markdown.out and "> démarche volontariste" in markdown.out
    target = tmp_path / "notes.csv"
    written = cli("notes", "export", "--format", "csv", "-o", str(target))
    assert written.code == 0 and written.out == f"3 élément(s) exporté(s) vers {target}.\n"
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 4 and sorted(row[10] for row in rows[1:]) == ["à jour", "à jour", "à revoir"]


# --- export ---------------------------------------------------------------------------------------------


def test_export_contacts_as_vcard_and_csv(
    ready: None, cli: CliRunner, seeded_home: Path, tmp_path: Path
) -> None:
    vcard = cli("export", "contacts", "--format", "vcf")
    assert vcard.code == 0 and vcard.out.count("BEGIN:VCARD") == 2
    assert (
        "ORG:Pôle Métropolitain de l'Artois" in vcard.out
        and "TEL;TYPE=work,voice:03 21 20 50 46" in vcard.out
    )
    target = tmp_path / "contacts.vcf"
    assert cli("export", "contacts", "--format", "vcf", "-o", str(target)).code == 0
    data = target.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r\nEND:VCARD\r\n" in data
    table = tmp_path / "contacts.csv"
    assert cli("export", "contacts", "--format", "csv", "-o", str(table)).code == 0
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert [row[0] for row in rows] == ["Organisation", "Pôle Métropolitain de l'Artois", "Euralens"]


def test_export_outline_as_csv(ready: None, cli: CliRunner, seeded_home: Path) -> None:
    run = cli("export", "outline", "--format", "csv")
    assert run.code == 0
    rows = list(csv.reader(io.StringIO(run.out), delimiter=";"))
    assert rows[0][0] == "Type" and sum(row[0] == "projet" for row in rows) == 17
    refused = cli("export", "outline", "--format", "vcf")
    assert refused.code == 2 and refused.err == "Le plan s'exporte en CSV seulement (--format csv).\n"


def test_an_export_to_a_folder_that_does_not_exist_is_refused(
    ready: None, cli: CliRunner, seeded_home: Path, tmp_path: Path
) -> None:
    run = cli("export", "contacts", "--format", "csv", "-o", str(tmp_path / "absent" / "x.csv"))
    assert run.code == 2 and run.out == "" and run.err.startswith("Impossible d'écrire «\u00a0")


def test_help_names_the_new_commands(cli: CliRunner) -> None:
    run = cli("--help")
    assert all(command in run.out for command in ("compare", "notes", "export"))
    assert "ajouter une note sur un passage" in cli("notes", "--help").out
