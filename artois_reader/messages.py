"""The words the clients say, in French and English (no Qt: the CLI and the GUI share them).

The core raises reasons (`RefusalReason`, `Notice`); this module turns them into one sentence in the
user's language. French is the default; English when the system says English.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

from artois_reader.core.errors import RefusalReason

Language = Literal["fr", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "en")

_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_WINDOWS_LANG_ENGLISH = 0x09  # primary language id of every English LANGID


def ui_language() -> Language:
    """French by default; English when the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, then on
    Windows the user's UI language) is English."""
    for variable in _LOCALE_VARIABLES:
        value = os.environ.get(variable, "").strip()
        if not value:
            continue
        first = value.split(":")[0].strip().lower()
        if first in ("", "c", "posix") or first.startswith(("c.", "posix.")):
            continue  # the neutral locale says nothing about the user's language
        return "en" if first.startswith("en") else "fr"
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_ui_language()
    return "fr"


def _windows_ui_language() -> Language:  # pragma: no cover - Windows only
    try:
        import ctypes

        langid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return "fr"
    return "en" if langid & 0x3FF == _WINDOWS_LANG_ENGLISH else "fr"


def _resolve(lang: str | None) -> Language:
    return "en" if (lang or ui_language()) == "en" else "fr"


# --- Refusals --------------------------------------------------------------------------------------

_REASONS: dict[RefusalReason, dict[Language, str]] = {
    RefusalReason.NOT_FOUND: {
        "fr": "ce fichier n'existe pas",
        "en": "this file does not exist",
    },
    RefusalReason.UNREADABLE: {
        "fr": "ce fichier ne peut pas être lu (accès refusé, ou fichier déplacé pendant la lecture)",
        "en": "this file cannot be read (access denied, or the file moved while being read)",
    },
    RefusalReason.EMPTY: {
        "fr": "ce fichier est vide",
        "en": "this file is empty",
    },
    RefusalReason.UNSUPPORTED: {
        "fr": "ce n'est ni un PDF ni un fichier texte",
        "en": "it is neither a PDF nor a text file",
    },
    RefusalReason.DAMAGED: {
        "fr": "le fichier est endommagé",
        "en": "the file is damaged",
    },
    RefusalReason.PASSWORD_REQUIRED: {
        "fr": "ce PDF est protégé par un mot de passe",
        "en": "this PDF is protected by a password",
    },
    RefusalReason.FOLDER: {
        "fr": "c'est un dossier\u00a0; choisissez un fichier PDF ou texte",
        "en": "it is a folder; choose a PDF or text file",
    },
    RefusalReason.PASSWORD_WRONG: {
        "fr": "le mot de passe est incorrect",
        "en": "the password is wrong",
    },
    RefusalReason.NO_TEXT: {
        "fr": "ce PDF ne contient pas de texte (document numérisé)",
        "en": "this PDF holds no text (a scanned document)",
    },
    RefusalReason.BINARY_TEXT: {
        "fr": "ce fichier contient des données binaires, pas du texte",
        "en": "this file holds binary data, not text",
    },
    RefusalReason.TOO_LONG: {
        "fr": "document trop long à lire",
        "en": "the document takes too long to read",
    },
    RefusalReason.STORAGE: {
        "fr": "la bibliothèque ne peut pas être enregistrée (disque plein ou dossier en lecture seule)",
        "en": "the library cannot be saved (disk full or read-only folder)",
    },
}


def reason_text(reason: RefusalReason, lang: str | None = None) -> str:
    """The reason alone, lower case, no final period: « ce PDF est protégé par un mot de passe »."""
    return _REASONS[reason][_resolve(lang)]


def refusal_message(reason: RefusalReason, filename: str | Path, lang: str | None = None) -> str:
    """One sentence naming the file and why it was refused."""
    name = Path(filename).name or str(filename)
    if _resolve(lang) == "en":
        return f"Cannot open “{name}”: {reason_text(reason, 'en')}."
    return f"Impossible d'ouvrir «\u00a0{name}\u00a0»\u00a0: {reason_text(reason, 'fr')}."


# --- Everything else the clients say ------------------------------------------------------------------

_TEXTS: dict[str, dict[Language, str]] = {
    # ingest, list, remove
    "ingest.created": {
        "fr": "Ajouté\u00a0: «\u00a0{title}\u00a0», version {version}, {pages} (id {id}).",
        "en": "Added: “{title}”, version {version}, {pages} (id {id}).",
    },
    "ingest.unchanged": {
        "fr": "Déjà dans la bibliothèque\u00a0: «\u00a0{title}\u00a0», version {version} (id {id}).",
        "en": "Already in the library: “{title}”, version {version} (id {id}).",
    },
    "ingest.first_run": {
        "fr": "Première utilisation\u00a0: ajout du CRTE du Pôle Métropolitain de l'Artois…",
        "en": "First run: adding the CRTE of the Pôle Métropolitain de l'Artois…",
    },
    "password.prompt": {
        "fr": "Mot de passe pour «\u00a0{name}\u00a0»\u00a0: ",
        "en": "Password for “{name}”: ",
    },
    "remove.done": {
        "fr": "Supprimé\u00a0: «\u00a0{title}\u00a0», version {version} (id {id}).",
        "en": "Removed: “{title}”, version {version} (id {id}).",
    },
    "list.empty": {
        "fr": "La bibliothèque est vide.",
        "en": "The library is empty.",
    },
    "list.header": {
        "fr": "id|titre|version|pages|source|ajouté le",
        "en": "id|title|version|pages|source|added",
    },
    # text, structure
    "page.out_of_range": {
        "fr": "Le document «\u00a0{title}\u00a0» n'a pas de page {page} (pages 1 à {pages}).",
        "en": "The document “{title}” has no page {page} (pages 1 to {pages}).",
    },
    # search
    "search.total": {
        "fr": "{total} résultat(s) pour «\u00a0{query}\u00a0» ({took_ms:.0f} ms)",
        "en": "{total} result(s) for “{query}” ({took_ms:.0f} ms)",
    },
    "search.none": {
        "fr": "Aucun résultat pour «\u00a0{query}\u00a0».",
        "en": "No results for “{query}”.",
    },
    "search.intercommunality": {
        "fr": "«\u00a0{commune}\u00a0» n'est pas cité dans les documents. Voici ce qu'ils disent de la "
        "{body}, dont la commune fait partie.",
        "en": "“{commune}” is not named in the documents. Here is what they say about {body}, which it "
        "belongs to.",
    },
    "search.suggestion": {
        "fr": "Vouliez-vous dire «\u00a0{suggestion}\u00a0»\u00a0?",
        "en": "Did you mean “{suggestion}”?",
    },
    "search.page": {"fr": "p.\u00a0{page}", "en": "p. {page}"},
    "search.axis": {"fr": "axe {axis}", "en": "axis {axis}"},
    "kind.section": {"fr": "section", "en": "section"},
    "kind.project": {"fr": "projet", "en": "project"},
    "kind.explainer": {"fr": "encadré", "en": "explainer"},
    "kind.contact": {"fr": "contact", "en": "contact"},
    "kind.figure": {"fr": "chiffre clé", "en": "key figure"},
    "kind.heading": {"fr": "titre", "en": "heading"},
    # errors
    "error.unknown_document": {
        "fr": "Aucun document ne correspond à l'identifiant «\u00a0{id}\u00a0» (voir artois-reader list).",
        "en": "No document matches the id “{id}” (see artois-reader list).",
    },
    "error.ambiguous_document": {
        "fr": "L'identifiant «\u00a0{id}\u00a0» correspond à plusieurs documents\u00a0: {matches}.",
        "en": "The id “{id}” matches several documents: {matches}.",
    },
    "error.no_stdin": {
        "fr": "Aucune entrée standard à lire\u00a0: «\u00a0-\u00a0» lit les recherches ligne à ligne "
        "depuis un tube ou un fichier.",
        "en": "No standard input to read: '-' reads the queries one a line from a pipe or a file.",
    },
    "error.library_empty": {
        "fr": "La bibliothèque est vide\u00a0: ajoutez un document avec artois-reader ingest FICHIER.",
        "en": "The library is empty: add a document with artois-reader ingest FILE.",
    },
    "error.busy": {
        "fr": "La bibliothèque est occupée par une autre fenêtre d'Artois Reader\u00a0; "
        "réessayez dans un instant.",
        "en": "The library is busy with another Artois Reader window; try again in a moment.",
    },
    "error.read_only": {
        "fr": "Impossible d'écrire dans la bibliothèque «\u00a0{home}\u00a0»\u00a0: "
        "disque plein ou dossier en lecture seule.",
        "en": "Cannot write to the library “{home}”: the disk is full or the folder is read-only.",
    },
    "error.library": {
        "fr": "La bibliothèque «\u00a0{home}\u00a0» ne peut pas être lue\u00a0: {detail}.",
        "en": "The library “{home}” cannot be read: {detail}.",
    },
    "error.internal": {
        "fr": "Erreur interne\u00a0: {detail} (relancez avec --debug pour le détail).",
        "en": "Internal error: {detail} (run again with --debug for details).",
    },
    "error.interrupted": {"fr": "Interrompu.", "en": "Interrupted."},
    "error.gui_missing": {
        "fr": "L'interface graphique n'est pas disponible dans cette installation\u00a0; "
        "les commandes le sont (artois-reader --help).",
        "en": "The graphical interface is not available in this installation; "
        "the commands are (artois-reader --help).",
    },
    "error.invalid_title": {
        "fr": "Le titre «\u00a0{title}\u00a0» ne convient pas\u00a0: {detail}.",
        "en": "The title “{title}” cannot be used: {detail}.",
    },
    # the command line's help (argparse's own words are translated in cli.py)
    "help.description": {
        "fr": "Artois Reader\u00a0: lire le CRTE du Pôle Métropolitain de l'Artois "
        "et y chercher, hors ligne.\n"
        "Sans commande, ouvre l'application.",
        "en": "Artois Reader: read and search the CRTE of the Pôle Métropolitain de l'Artois, offline.\n"
        "With no command, opens the application.",
    },
    "help.epilog": {
        "fr": "exemples\u00a0:\n"
        "  artois-reader list\n"
        "  artois-reader ingest rapport.pdf notes.txt\n"
        '  artois-reader search "mobilité douce" --limit 5\n'
        "  artois-reader text --page 3\n\n"
        "codes de sortie\u00a0: 0 succès, 2 erreur d'utilisation, 3 fichier refusé, 4 erreur interne.",
        "en": "examples:\n"
        "  artois-reader list\n"
        "  artois-reader ingest report.pdf notes.txt\n"
        '  artois-reader search "mobilité douce" --limit 5\n'
        "  artois-reader text --page 3\n\n"
        "exit codes: 0 success, 2 usage error, 3 file refused, 4 internal error.",
    },
    "help.commands": {"fr": "commandes", "en": "commands"},
    "help.help": {"fr": "afficher cette aide et quitter", "en": "show this help and exit"},
    "help.version": {"fr": "afficher la version et quitter", "en": "show the version and exit"},
    "help.smoke_test": {
        "fr": "vérifier le programme de bout en bout sur une bibliothèque temporaire (import du CRTE, "
        "recherche, fenêtre), écrire un rapport JSON et quitter (0\u00a0: tout va bien)",
        "en": "check the program end to end on a temporary library (CRTE import, search, window), "
        "write a JSON report and exit (0: all is well)",
    },
    "help.report": {
        "fr": "fichier où écrire le rapport de --smoke-test (par défaut\u00a0: la sortie standard)",
        "en": "file to write the --smoke-test report to (default: standard output)",
    },
    "help.home": {
        "fr": "dossier de la bibliothèque (par défaut\u00a0: ARTOIS_READER_HOME, sinon le dossier de données "
        "de l'utilisateur)",
        "en": "library folder (default: ARTOIS_READER_HOME, else the user's data folder)",
    },
    "help.lang": {
        "fr": "langue des messages et de l'interface (par défaut\u00a0: celle du système)",
        "en": "language of the messages and the interface (default: the system's)",
    },
    "help.debug": {
        "fr": "afficher le détail des erreurs et le journal",
        "en": "show error details and the log",
    },
    "help.json": {
        "fr": "sortie JSON (la seule chose écrite sur la sortie standard)",
        "en": "JSON output (the only thing written to standard output)",
    },
    "help.doc": {
        "fr": "identifiant du document, ou son début (par défaut\u00a0: la dernière version du dernier "
        "document ajouté)",
        "en": "document id, or its start (default: the newest version of the last document added)",
    },
    "help.ingest": {
        "fr": "ajouter des fichiers PDF ou texte à la bibliothèque",
        "en": "add PDF or text files to the library",
    },
    "help.ingest.paths": {
        "fr": "fichiers à ajouter (.pdf, .txt, .md)",
        "en": "files to add (.pdf, .txt, .md)",
    },
    "help.ingest.title": {
        "fr": "titre du document (par défaut\u00a0: le titre inscrit dans le PDF, sinon le nom du fichier)",
        "en": "document title (default: the title stored in the PDF, else the file name)",
    },
    "help.ingest.password": {
        "fr": "mot de passe d'un PDF protégé (demandé au clavier s'il manque)",
        "en": "password of a protected PDF (asked at the keyboard when missing)",
    },
    "help.list": {
        "fr": "lister les documents et leurs versions",
        "en": "list the documents and their versions",
    },
    "help.remove": {
        "fr": "retirer une version d'un document (et sa copie) de la bibliothèque",
        "en": "remove a version of a document (and its copy) from the library",
    },
    "help.remove.id": {
        "fr": "identifiant de la version, ou son début (voir list)",
        "en": "id of the version, or its start (see list)",
    },
    "help.text": {
        "fr": "afficher le texte d'un document, pages séparées par un saut de page",
        "en": "print the text of a document, pages separated by form feeds",
    },
    "help.text.page": {"fr": "seulement cette page (à partir de 1)", "en": "only this page (from 1)"},
    "help.text.raw": {
        "fr": "le texte tel qu'il a été extrait, sans réparation",
        "en": "the text as extracted, without repair",
    },
    "help.structure": {
        "fr": "afficher le plan du document\u00a0: axes, sections, projets, contacts",
        "en": "print the outline of the document: axes, sections, projects, contacts",
    },
    "help.search": {"fr": "chercher dans la bibliothèque", "en": "search the library"},
    "help.search.query": {
        "fr": "la recherche («\u00a0-\u00a0»\u00a0: une recherche par ligne de l'entrée standard)",
        "en": "the query (“-”: one query per line of standard input)",
    },
    "help.search.kind": {"fr": "seulement ce type de passage", "en": "only this kind of passage"},
    "help.search.axis": {"fr": "seulement cet axe (numéro)", "en": "only this axis (number)"},
    "help.search.all_versions": {
        "fr": "chercher aussi dans les anciennes versions "
        "(par défaut\u00a0: la plus récente de chaque document)",
        "en": "search older versions too (default: the newest version of each document)",
    },
    "help.search.limit": {
        "fr": "nombre maximal de résultats (par défaut\u00a0: 20)",
        "en": "maximum number of results (default: 20)",
    },
    # compare, notes, export (issue 8: artois_reader/cli_editions.py)
    "help.compare": {
        "fr": "comparer deux versions d'un document\u00a0: axes, sections, projets, chiffres clés, "
        "encadrés, contacts",
        "en": "compare two versions of a document: axes, sections, projects, key figures, explainers, "
        "contacts",
    },
    "help.compare.old": {
        "fr": "identifiant de l'ancienne version (voir list)",
        "en": "id of the old version (see list)",
    },
    "help.compare.new": {"fr": "identifiant de la nouvelle version", "en": "id of the new version"},
    "help.notes": {
        "fr": "lister les notes et surlignages (ou les ajouter, modifier, supprimer, exporter)",
        "en": "list the notes and highlights (or add, edit, delete, export them)",
    },
    "help.actions": {"fr": "actions", "en": "actions"},
    "help.notes.add": {"fr": "ajouter une note sur un passage", "en": "add a note on a passage"},
    "help.notes.edit": {"fr": "changer le texte d'une note", "en": "change the text of a note"},
    "help.notes.delete": {"fr": "supprimer une note", "en": "delete a note"},
    "help.notes.export": {
        "fr": "exporter les notes en Markdown ou en CSV (Excel)",
        "en": "export the notes as Markdown or CSV (Excel)",
    },
    "help.notes.passage": {
        "fr": "identifiant du passage, par exemple p4.12 (voir search)",
        "en": "passage id, e.g. p4.12 (see search)",
    },
    "help.notes.text": {"fr": "le texte de la note", "en": "the text of the note"},
    "help.notes.quote": {
        "fr": "les mots du passage à surligner (par défaut\u00a0: tout le passage)",
        "en": "the words of the passage to highlight (default: the whole passage)",
    },
    "help.notes.id": {"fr": "numéro de la note (voir notes)", "en": "number of the note (see notes)"},
    "help.notes.doc": {
        "fr": "seulement les notes de ce document (toutes ses versions)",
        "en": "only the notes of this document (all its versions)",
    },
    "help.notes.axis": {"fr": "seulement cet axe (numéro)", "en": "only this axis (number)"},
    "help.notes.search": {
        "fr": "seulement les notes qui contiennent ces mots",
        "en": "only the notes that hold these words",
    },
    "help.notes.review": {"fr": "seulement les notes à revoir", "en": "only the notes to review"},
    "help.notes.format": {"fr": "md (Markdown) ou csv (Excel)", "en": "md (Markdown) or csv (Excel)"},
    "help.export": {
        "fr": "exporter les contacts (vCard, CSV) ou le plan (CSV) d'un document",
        "en": "export the contacts (vCard, CSV) or the outline (CSV) of a document",
    },
    "help.export.what": {"fr": "contacts ou outline (le plan)", "en": "contacts or outline"},
    "help.export.format": {
        "fr": "vcf (carnet d'adresses) ou csv (Excel)",
        "en": "vcf (address book) or csv (Excel)",
    },
    "help.output": {
        "fr": "fichier à écrire (par défaut\u00a0: la sortie standard)",
        "en": "file to write (default: standard output)",
    },
    "metavar.action": {"fr": "ACTION", "en": "ACTION"},
    "metavar.text": {"fr": "TEXTE", "en": "TEXT"},
    "metavar.quote": {"fr": "CITATION", "en": "QUOTE"},
    "metavar.words": {"fr": "MOTS", "en": "WORDS"},
    "metavar.what": {"fr": "QUOI", "en": "WHAT"},
    "notes.empty": {"fr": "Aucune note.", "en": "No notes."},
    "notes.no_axis": {"fr": "hors axes", "en": "outside the axes"},
    "notes.version": {"fr": "version {version}", "en": "version {version}"},
    "notes.review": {"fr": "à revoir", "en": "to review"},
    "notes.added": {
        "fr": "Note n°\u00a0{id} ajoutée sur le passage {passage} (p.\u00a0{page}) de «\u00a0{title}\u00a0», "
        "version {version}.",
        "en": "Note #{id} added on passage {passage} (p. {page}) of “{title}”, version {version}.",
    },
    "notes.updated": {"fr": "Note n°\u00a0{id} modifiée.", "en": "Note #{id} changed."},
    "notes.deleted": {"fr": "Note n°\u00a0{id} supprimée.", "en": "Note #{id} deleted."},
    "notes.unknown": {
        "fr": "Aucune note n°\u00a0{id} (voir artois-reader notes).",
        "en": "No note #{id} (see artois-reader notes).",
    },
    "notes.unknown_passage": {
        "fr": "Le document {id} n'a pas de passage «\u00a0{passage}\u00a0» (les identifiants sont "
        "donnés par artois-reader search).",
        "en": "The document {id} has no passage “{passage}” (artois-reader search gives the ids).",
    },
    "notes.quote_not_found": {
        "fr": "«\u00a0{quote}\u00a0» ne figure pas dans le passage {passage}.",
        "en": "“{quote}” is not in passage {passage}.",
    },
    "notes.followed": {
        "fr": "Notes des versions précédentes\u00a0: {moved} déplacée(s) sur cette version, "
        "{review} à revoir.",
        "en": "Notes of the earlier versions: {moved} moved to this version, {review} to review.",
    },
    "export.written": {
        "fr": "{count} élément(s) exporté(s) vers {path}.",
        "en": "{count} item(s) exported to {path}.",
    },
    "export.cannot_write": {
        "fr": "Impossible d'écrire «\u00a0{path}\u00a0»\u00a0: {detail}.",
        "en": "Cannot write “{path}”: {detail}.",
    },
    "export.outline_csv_only": {
        "fr": "Le plan s'exporte en CSV seulement (--format csv).",
        "en": "The outline exports as CSV only (--format csv).",
    },
    "metavar.command": {"fr": "COMMANDE", "en": "COMMAND"},
    "metavar.file": {"fr": "FICHIER", "en": "FILE"},
    "metavar.title": {"fr": "TITRE", "en": "TITLE"},
    "metavar.password": {"fr": "MOT_DE_PASSE", "en": "PASSWORD"},
    "metavar.folder": {"fr": "DOSSIER", "en": "FOLDER"},
    "metavar.query": {"fr": "RECHERCHE", "en": "QUERY"},
    "metavar.kind": {"fr": "TYPE", "en": "KIND"},
    # what the library repaired by itself
    "notice.recovered_from_backup": {
        "fr": "La liste des documents était endommagée\u00a0: elle a été restaurée depuis sa copie "
        "de secours.",
        "en": "The list of documents was damaged: it was restored from its backup copy.",
    },
    "notice.rebuilt_from_documents": {
        "fr": "La liste des documents était perdue\u00a0: elle a été reconstruite à partir des documents "
        "enregistrés.",
        "en": "The list of documents was lost: it was rebuilt from the stored documents.",
    },
    "notice.index_rebuilt": {
        "fr": "L'index de recherche a été reconstruit.",
        "en": "The search index was rebuilt.",
    },
}


def text(key: str, lang: str | None = None, **values: object) -> str:
    """The sentence `key` in `lang` (default: the user's), with `values` filled in."""
    template = _TEXTS[key][_resolve(lang)]
    return template.format(**values) if values else template


def page_count(count: int, lang: str | None = None) -> str:
    """ "1 page", "10 pages"; French counts 0 and 1 in the singular ("0 page"), English only 1."""
    singular = count < 2 if _resolve(lang) == "fr" else count == 1
    return f"{count} {'page' if singular else 'pages'}"


def kind_name(kind: str, lang: str | None = None) -> str:
    """What a passage kind is called: « projet », « encadré »…"""
    key = f"kind.{kind}"
    return text(key, lang) if key in _TEXTS else kind


def notice_message(notice: str, lang: str | None = None) -> str:
    """The sentence for a `library.Notice` value (the library's own repairs)."""
    return text(f"notice.{notice}", lang)
