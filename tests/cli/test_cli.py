"""The CLI contract of issue 2: commands, exit codes, stderr lines, --json purity, French help."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import artois_reader
from artois_reader import __version__
from artois_reader import cli as cli_program
from artois_reader.core.library import Library, LibraryBusy

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "library"
FOUR_PAGES = FIXTURES / "pdflatex-4-pages.pdf"
PROTECTED = FIXTURES / "libreoffice-writer-password.pdf"
CP1252 = "Réunion du comité : la mobilité douce à Liévin, coût 12 000 €.\n".encode("cp1252")

CliRunner = Callable[..., Any]  # tests/cli/conftest.py: cli(*argv, stdin=) -> Run(code, out, err)


def snapshot(home: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(home)): path.read_bytes()
        for path in sorted(home.rglob("*"))
        if path.is_file() and path.name != ".lock"
    }


def one_line(text: str) -> str:
    lines = text.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    return lines[0]


# --- help, version, usage errors (no library needed) ---------------------------------------------------


def test_help_is_in_french_by_default(cli: CliRunner) -> None:
    run = cli("--help")
    assert run.code == 0 and run.err == ""
    for words in (
        "utilisation",
        "afficher cette aide et quitter",
        "commandes",
        "exemples",
        "codes de sortie",
    ):
        assert words in run.out
    assert all(command in run.out for command in ("ingest", "list", "remove", "text", "structure", "search"))


def test_help_is_in_english_when_the_locale_is(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "en_GB:en")
    run = cli("search", "--help")
    assert run.code == 0
    assert run.out.startswith("usage: artois-reader search") and "maximum number of results" in run.out


def test_a_command_help_names_its_arguments_in_french(cli: CliRunner) -> None:
    run = cli("ingest", "--help")
    assert run.code == 0 and "FICHIER" in run.out and "mot de passe" in run.out


def test_version(cli: CliRunner) -> None:
    run = cli("--version")
    assert run.code == 0 and run.out.strip() == f"artois-reader {__version__}"


@pytest.mark.parametrize(
    ("argv", "french"),
    [
        (["list", "--bogus"], "arguments non reconnus"),
        (["lister"], "choix invalide"),
        (["search"], "arguments obligatoires manquants"),
        (["text", "--page", "trois"], "valeur invalide"),
        (["search", "x", "--limit", "0"], "valeur invalide"),
    ],
)
def test_usage_errors_exit_2_in_french(cli: CliRunner, argv: list[str], french: str) -> None:
    run = cli(*argv)
    assert run.code == 2 and run.out == ""
    assert french in run.err and "Traceback" not in run.err


# --- the library through the CLI ------------------------------------------------------------------------


def test_a_fresh_home_lists_the_bundled_crte_with_its_pages(
    ready: None, cli: CliRunner, temp_home: Path, crte_pdf_path: Path
) -> None:
    assert not temp_home.exists()
    run = cli("list", "--json")
    assert run.code == 0 and run.err == ""
    (entry,) = json.loads(run.out)
    assert {"id", "title", "version", "pages", "source", "sha256", "ingested_at"} <= set(entry)
    assert entry["source"] == crte_pdf_path.name and entry["version"] == 1 and entry["pages"] >= 10
    assert entry["bundled"] and entry["latest"]
    assert (temp_home / "documents" / entry["id"] / "source.pdf").read_bytes() == crte_pdf_path.read_bytes()


def test_ingest_a_pdf_and_a_cp1252_text_then_list_them(
    ready: None, cli: CliRunner, seeded_home: Path, tmp_path: Path
) -> None:
    text = tmp_path / "compte_rendu.txt"
    text.write_bytes(CP1252)
    run = cli("ingest", str(FOUR_PAGES), str(text), "--json")
    assert run.code == 0 and run.err == ""
    results = json.loads(run.out)  # nothing but JSON on stdout
    assert [item["created"] for item in results] == [True, True]
    assert [item["document"]["pages"] for item in results] == [4, 1]
    listed = json.loads(cli("list", "--json").out)
    assert {item["title"] for item in listed} >= {"Pdflatex-4-pages", "Compte rendu"}
    assert "Liévin" in cli("text", "--doc", results[1]["document"]["id"], "--raw").out


def test_ingest_says_what_it_did_in_french(
    ready: None, cli: CliRunner, seeded_home: Path, tmp_path: Path
) -> None:
    first = cli("ingest", str(FOUR_PAGES))
    assert first.code == 0 and first.out.startswith("Ajouté") and "version 1" in first.out
    again = cli("ingest", str(FOUR_PAGES))
    assert again.code == 0 and again.out.startswith("Déjà dans la bibliothèque")


def test_reingest_is_a_no_op_and_a_revised_file_is_version_2(
    ready: None, cli: CliRunner, seeded_home: Path, tmp_path: Path
) -> None:
    source = tmp_path / "note.txt"
    source.write_bytes(CP1252)
    first = json.loads(cli("ingest", str(source), "--json").out)[0]
    before = snapshot(seeded_home)
    again = json.loads(cli("ingest", str(source), "--json").out)[0]
    assert again["created"] is False and again["document"]["id"] == first["document"]["id"]
    assert snapshot(seeded_home) == before
    source.write_bytes(CP1252 + b"Seconde version.\n")
    revised = json.loads(cli("ingest", str(source), "--json").out)[0]
    assert revised["created"] and revised["document"]["version"] == 2
    assert revised["document"]["title"] == first["document"]["title"]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "Impossible d'ouvrir «\u00a0casse.pdf\u00a0»\u00a0: le fichier est endommagé."),
        ("en", "Cannot open “casse.pdf”: the file is damaged."),
    ],
)
def test_a_corrupt_file_is_refused_with_exit_3_and_the_library_unchanged(
    ready: None,
    cli: CliRunner,
    seeded_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    expected: str,
) -> None:
    monkeypatch.setenv("LANGUAGE", lang)
    broken = tmp_path / "casse.pdf"
    broken.write_bytes(FOUR_PAGES.read_bytes()[:900])
    cli("list")  # first-run set-up done before the snapshot
    before = snapshot(seeded_home)
    run = cli("ingest", str(broken))
    assert run.code == 3 and run.out == ""
    assert one_line(run.err) == expected
    assert snapshot(seeded_home) == before


def test_a_folder_is_refused_as_a_folder(ready: None, cli: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "Rapports 2026"
    folder.mkdir()
    run = cli("ingest", str(folder))
    assert run.code == 3 and run.out == ""
    assert one_line(run.err) == (
        "Impossible d'ouvrir «\u00a0Rapports 2026\u00a0»\u00a0: "
        "c'est un dossier\u00a0; choisissez un fichier PDF ou texte."
    )


def test_json_output_stays_pure_when_a_file_is_refused(
    ready: None, cli: CliRunner, seeded_home: Path, tmp_path: Path
) -> None:
    fake = tmp_path / "page.pdf"
    fake.write_bytes(b"<html>404</html>")
    run = cli("ingest", str(fake), str(FOUR_PAGES), "--json")
    assert run.code == 3
    refused, added = json.loads(run.out)
    assert refused["error"]["reason"] == "unsupported" and added["created"]
    assert "ni un PDF ni un fichier texte" in one_line(run.err)


def test_a_missing_password_is_refused_without_a_terminal(
    ready: None, cli: CliRunner, seeded_home: Path
) -> None:
    run = cli("ingest", str(PROTECTED))
    assert run.code == 3 and "protégé par un mot de passe" in one_line(run.err)
    wrong = cli("ingest", str(PROTECTED), "--password", "faux")
    assert wrong.code == 3 and "mot de passe est incorrect" in one_line(wrong.err)
    assert cli("ingest", str(PROTECTED), "--password", "openpassword").code == 0


def test_a_missing_password_is_asked_on_a_terminal(
    ready: None, cli: CliRunner, seeded_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["faux", "openpassword"])
    prompts: list[str] = []
    monkeypatch.setattr(cli_program, "_interactive", lambda: True)
    monkeypatch.setattr(cli_program, "_ask_password", lambda prompt: prompts.append(prompt) or next(answers))
    run = cli("ingest", str(PROTECTED))
    assert run.code == 0 and len(prompts) == 2
    assert prompts[0] == "Mot de passe pour «\u00a0libreoffice-writer-password.pdf\u00a0»\u00a0: "
    assert "mot de passe est incorrect" in run.err


def test_text_gives_cleaned_or_raw_pages_separated_by_form_feeds(
    ready: None, cli: CliRunner, seeded_home: Path
) -> None:
    library = Library.open(seeded_home)
    document = library.load(library.latest().id)
    cleaned = cli("text").out
    raw = cli("text", "--raw").out
    assert cleaned == "\f".join(page.text for page in document.pages) + "\n"
    assert raw == "\f".join(page.raw for page in document.pages) + "\n"
    assert cleaned.count("\f") == raw.count("\f") == len(document.pages) - 1
    assert cleaned != raw
    third = cli("text", "--page", "3", "--raw")
    assert third.code == 0 and third.out == document.pages[2].raw + "\n"


def test_a_page_or_document_that_does_not_exist_is_a_usage_error(
    ready: None, cli: CliRunner, seeded_home: Path
) -> None:
    run = cli("text", "--page", "999")
    assert run.code == 2 and "n'a pas de page 999" in one_line(run.err)
    unknown = cli("text", "--doc", "ffffffffffff")
    assert unknown.code == 2 and "ffffffffffff" in one_line(unknown.err)


def test_remove_takes_the_edition_out_of_the_library(ready: None, cli: CliRunner, seeded_home: Path) -> None:
    added = json.loads(cli("ingest", str(FOUR_PAGES), "--json").out)[0]["document"]
    run = cli("remove", added["id"][:7])
    assert run.code == 0 and run.out.startswith("Supprimé")
    assert added["id"] not in {item["id"] for item in json.loads(cli("list", "--json").out)}
    assert not (seeded_home / "documents" / added["id"]).exists()
    assert cli("remove", added["id"]).code == 2


def test_the_bundled_crte_does_not_come_back_once_removed(
    ready: None, cli: CliRunner, seeded_home: Path
) -> None:
    (bundled,) = json.loads(cli("list", "--json").out)
    assert cli("remove", bundled["id"]).code == 0
    assert json.loads(cli("list", "--json").out) == []


def test_structure_prints_the_outline_as_json_or_text(ready: None, cli: CliRunner, seeded_home: Path) -> None:
    as_json = cli("structure", "--json")
    assert as_json.code == 0 and isinstance(json.loads(as_json.out), dict)
    as_text = cli("structure")
    assert as_text.code == 0 and as_text.out.strip()


def test_search_prints_json_and_reads_queries_from_stdin(
    ready: None, cli: CliRunner, seeded_home: Path
) -> None:
    one = cli("search", "mobilité", "--json", "--limit", "3")
    assert one.code == 0
    result = json.loads(one.out)
    assert {"query", "total", "took_ms", "suggestion", "hits"} <= set(result)
    assert result["hits"] and len(result["hits"]) <= 3
    hit = result["hits"][0]
    assert {"doc_id", "version", "kind", "title", "axis", "page", "score", "snippet", "snippet_html"} <= set(
        hit
    )
    batch = cli("search", "-", "--json", stdin="mobilité\n\nlogement\nzzzqqqxxx\n")
    lines = batch.out.splitlines()
    assert batch.code == 0 and len(lines) == 3
    assert [json.loads(line)["query"] for line in lines] == ["mobilité", "logement", "zzzqqqxxx"]


def test_search_from_stdin_without_a_console_is_a_usage_error(
    ready: None, seeded_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The gui-scripts entry on Windows has no standard input (sys.stdin is None): `search -` says so."""
    monkeypatch.setattr(sys, "stdin", None)
    code = cli_program.main(["--home", str(seeded_home), "--lang", "fr", "search", "-", "--json"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert "entrée standard" in captured.err and "Traceback" not in captured.err


def test_search_answers_from_the_newest_version_unless_asked_for_all(
    ready: None, cli: CliRunner, seeded_home: Path, tmp_path: Path
) -> None:
    source = tmp_path / "deliberation.txt"
    source.write_text("Le conseil décide la rénovation du gymnase Colette Besson.\n", encoding="utf-8")
    first = json.loads(cli("ingest", str(source), "--json").out)[0]["document"]["id"]
    source.write_text(
        "Le conseil décide la rénovation du gymnase Colette Besson et du stade.\n", encoding="utf-8"
    )
    second = json.loads(cli("ingest", str(source), "--json").out)[0]["document"]["id"]

    def editions(*options: str) -> set[str]:
        return {hit["doc_id"] for hit in json.loads(cli("search", "gymnase", "--json", *options).out)["hits"]}

    assert editions() == {second}
    assert editions("--all-versions") == {first, second}
    assert editions("--doc", first) == {first}


def test_search_reads_well_in_a_terminal(ready: None, cli: CliRunner, seeded_home: Path) -> None:
    run = cli("search", "mobilité", "--limit", "2")
    assert run.code == 0 and "résultat(s) pour «\u00a0mobilité\u00a0»" in run.out
    assert "<mark>" not in run.out and "p.\u00a0" in run.out


def test_search_for_a_commune_never_named_says_which_agglomeration_answers(
    ready: None, cli: CliRunner, seeded_home: Path, tmp_path: Path
) -> None:
    source = tmp_path / "reseau.txt"
    source.write_text("Le réseau de bus de Lens-Liévin dessert toutes les gares.\n", encoding="utf-8")
    doc = json.loads(cli("ingest", str(source), "--json").out)[0]["document"]["id"]
    run = cli("search", "Avion", "--doc", doc)
    assert run.code == 0
    assert "«\u00a0Avion\u00a0» n'est pas cité dans les documents" in run.out
    assert "de la CA de Lens - Liévin" in run.out and "résultat(s) pour «\u00a0Avion\u00a0»" in run.out
    assert "Lens-Liévin dessert" in run.out
    as_json = json.loads(cli("search", "Avion", "--doc", doc, "--json").out)
    assert as_json["intercommunality"]["body"] == "CA de Lens - Liévin"


def test_global_options_work_after_the_command_too(
    ready: None, cli: CliRunner, seeded_home: Path, tmp_path: Path
) -> None:
    other = tmp_path / "autre"
    run = cli("list", "--json", "--home", str(other))
    assert run.code == 0 and len(json.loads(run.out)) == 1
    assert (other / "library.json").is_file()


# --- failures become one line, never a traceback ---------------------------------------------------------


def test_an_internal_error_is_one_line_and_a_traceback_only_with_debug(
    ready: None, cli: CliRunner, seeded_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: Library) -> list[object]:
        raise RuntimeError("le disque a disparu")

    monkeypatch.setattr(Library, "documents", broken)
    run = cli("list")
    assert run.code == 4
    assert (
        one_line(run.err)
        == "Erreur interne\u00a0: le disque a disparu (relancez avec --debug pour le détail)."
    )
    debug = cli("--debug", "list")
    assert debug.code == 4 and "Traceback" in debug.err and "RuntimeError" in debug.err


def test_a_busy_library_is_explained(
    ready: None, cli: CliRunner, seeded_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(*_args: object, **_kwargs: object) -> object:
        raise LibraryBusy("locked")

    monkeypatch.setattr(Library, "remove", busy)
    (bundled,) = json.loads(cli("list", "--json").out)
    run = cli("remove", bundled["id"])
    assert run.code == 4 and "occupée par une autre fenêtre" in one_line(run.err)


def test_a_repaired_catalogue_is_reported_on_stderr(ready: None, cli: CliRunner, seeded_home: Path) -> None:
    (seeded_home / "library.json").write_text("{", encoding="utf-8")
    run = cli("list", "--json")
    assert run.code == 0 and len(json.loads(run.out)) == 1
    assert "liste des documents" in one_line(run.err)


# --- end to end, in a real process -------------------------------------------------------------------


def _run_process(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "ARTOIS_READER_HOME": str(home), "LANGUAGE": "fr", **env}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=300,
    )


def test_python_m_artois_reader_lists_and_refuses_in_a_real_process(
    ready: None, seeded_home: Path, tmp_path: Path
) -> None:
    listed = _run_process(["-m", "artois_reader", "list", "--json"], seeded_home)
    assert listed.returncode == 0 and listed.stderr == ""
    assert json.loads(listed.stdout)[0]["pages"] >= 10
    missing = _run_process(["-m", "artois_reader", "ingest", str(tmp_path / "absent.pdf")], seeded_home)
    assert missing.returncode == 3 and missing.stdout == ""
    assert missing.stderr == "Impossible d'ouvrir «\u00a0absent.pdf\u00a0»\u00a0: ce fichier n'existe pas.\n"


def test_a_damaged_pdf_is_refused_in_one_line_without_the_pdf_librarys_warnings(
    ready: None, seeded_home: Path
) -> None:
    """pypdf warns (in English) while it reads a damaged file in the worker process: the warnings
    go to the log, never to the user's terminal beside the refusal."""
    damaged = FIXTURES.parent / "pdf-samples" / "017-unreadable-meta-data" / "unreadablemetadata.pdf"
    run = _run_process(["-m", "artois_reader", "ingest", str(damaged)], seeded_home)
    assert run.returncode == 3 and run.stdout == ""
    assert run.stderr == (
        "Impossible d'ouvrir «\u00a0unreadablemetadata.pdf\u00a0»\u00a0: le fichier est endommagé.\n"
    )


def test_list_starts_without_importing_whoosh_pypdf_or_qt(ready: None, seeded_home: Path) -> None:
    code = (
        "import sys\n"
        "from artois_reader.cli import main\n"
        "code = main(['list', '--json'])\n"
        "heavy = {'whoosh', 'pypdf', 'PySide6', 'shiboken6'}\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & heavy)\n"
        "sys.stderr.write(','.join(heavy))\n"
        "sys.exit(code)\n"
    )
    run = _run_process(["-c", code], seeded_home)
    assert run.returncode == 0 and json.loads(run.stdout)
    assert run.stderr == "", f"`list` imported {run.stderr}"


def test_a_rebuilt_index_is_reported_on_stderr_and_the_json_stays_pure(
    ready: None, cli: CliRunner, seeded_home: Path
) -> None:
    live = (seeded_home / "index" / "CURRENT").read_text().strip()
    shutil.rmtree(seeded_home / "index" / live)
    run = cli("search", "mobilité", "--json")
    assert run.code == 0 and json.loads(run.out)["hits"]
    assert one_line(run.err) == "L'index de recherche a été reconstruit."


def test_a_library_that_cannot_be_written_still_lists(
    ready: None, cli: CliRunner, temp_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from artois_reader.core import library as library_module

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    for name in ("_write_file", "_copy_file", "write_atomic"):
        monkeypatch.setattr(library_module, name, read_only)
    run = cli("list", "--json")
    assert run.code == 0 and json.loads(run.out) == []
    assert "lecture seule" in one_line(run.err)


# --- the GUI entry -----------------------------------------------------------------------------------


def test_no_command_starts_the_gui_with_the_options_it_knows(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    received: list[list[str]] = []
    fake_app = types.ModuleType("artois_reader.app")
    fake_app.main = lambda argv: received.append(argv) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "artois_reader.app", fake_app)
    monkeypatch.setattr(artois_reader, "app", fake_app, raising=False)  # in case another test imported it
    argv = ["--home", str(tmp_path / "ailleurs"), "--lang", "en", "-reverse"]
    assert cli(*argv).code == 0
    assert received == [argv]
    assert os.environ["ARTOIS_READER_HOME"] == str(tmp_path / "ailleurs")


def test_no_gui_in_this_installation_is_explained(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "artois_reader.app", None)  # importing it raises ImportError
    monkeypatch.delattr(artois_reader, "app", raising=False)
    run = cli()
    assert run.code == 4 and "interface graphique n'est pas disponible" in one_line(run.err)


def test_options_unknown_to_a_command_are_refused(cli: CliRunner) -> None:
    run = cli("list", "-reverse")
    assert run.code == 2 and "arguments non reconnus" in run.err


def test_lang_forces_the_language_of_help_and_messages(
    ready: None, cli: CliRunner, seeded_home: Path, tmp_path: Path
) -> None:
    assert cli("--lang", "en", "--help").out.startswith("usage: artois-reader")
    run = cli("ingest", str(tmp_path / "absent.txt"), "--lang=en")
    assert run.code == 3 and one_line(run.err) == "Cannot open “absent.txt”: this file does not exist."
