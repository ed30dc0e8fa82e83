"""The commands of issue 8: ``compare``, ``notes`` and ``export`` (registered by `cli.build_parser`).

    artois-reader compare OLD_ID NEW_ID [--json]
    artois-reader notes [--doc ID] [--axis N] [--text MOTS] [--review] [--json]
    artois-reader notes add PASSAGE_ID TEXTE [--quote CITATION] [--doc ID] [--json]
    artois-reader notes edit ID TEXTE | notes delete ID
    artois-reader notes export --format md|csv [--doc ID] [-o FICHIER]
    artois-reader export contacts --format vcf|csv [--doc ID] [-o FICHIER]
    artois-reader export outline --format csv [--doc ID] [-o FICHIER]

The work is the core's (`core.compare`, `core.notes`, `core.exports`); this module parses, calls and
prints. Written files: with ``-o`` the export is written atomically (CSV with the BOM Excel needs);
without it, the text goes to standard output (no BOM: pipes are read by programs).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from artois_reader import messages
from artois_reader.cli import EXIT_OK, Session, UsageError

if TYPE_CHECKING:
    from artois_reader.core.document import DocumentInfo
    from artois_reader.core.notes import Note, NoteStore

Command = Callable[[str, Callable[[argparse.Namespace, Session], int]], argparse.ArgumentParser]


def add_commands(command: Command, common: argparse.ArgumentParser, lang: str) -> None:
    """Add compare, notes and export to the parser `command` builds sub-commands for (`common`: the
    global options, accepted after a notes action too)."""

    def say(key: str) -> str:
        return messages.text(key, lang)

    compare = command("compare", _cmd_compare)
    compare.add_argument(
        "old", metavar="ANCIEN_ID" if lang == "fr" else "OLD_ID", help=say("help.compare.old")
    )
    compare.add_argument(
        "new", metavar="NOUVEAU_ID" if lang == "fr" else "NEW_ID", help=say("help.compare.new")
    )
    compare.add_argument("--json", action="store_true", help=say("help.json"))

    notes = command("notes", _cmd_notes)
    _note_filters(notes, say)
    actions = notes.add_subparsers(
        dest="notes_command", metavar=say("metavar.action"), title=say("help.actions")
    )

    def action(name: str, handler: Callable[[argparse.Namespace, Session], int]) -> argparse.ArgumentParser:
        sub = actions.add_parser(
            name,
            help=say(f"help.notes.{name}"),
            description=say(f"help.notes.{name}"),
            parents=[common],
            lang=lang,
        )
        sub.set_defaults(handler=handler)
        return sub

    add = action("add", _cmd_notes_add)
    add.add_argument("passage", metavar="PASSAGE_ID", help=say("help.notes.passage"))
    add.add_argument("text", metavar=say("metavar.text"), help=say("help.notes.text"))
    add.add_argument("--quote", metavar=say("metavar.quote"), help=say("help.notes.quote"))
    add.add_argument("--doc", metavar="ID", help=say("help.doc"))
    add.add_argument("--json", action="store_true", help=say("help.json"))

    edit = action("edit", _cmd_notes_edit)
    edit.add_argument("id", type=int, metavar="ID", help=say("help.notes.id"))
    edit.add_argument("text", metavar=say("metavar.text"), help=say("help.notes.text"))

    delete = action("delete", _cmd_notes_delete)
    delete.add_argument("id", type=int, metavar="ID", help=say("help.notes.id"))

    export_notes = action("export", _cmd_notes_export)
    export_notes.add_argument("--format", choices=("md", "csv"), required=True, help=say("help.notes.format"))
    export_notes.add_argument("--doc", metavar="ID", help=say("help.notes.doc"))
    export_notes.add_argument("-o", "--output", metavar=say("metavar.file"), help=say("help.output"))

    export = command("export", _cmd_export)
    export.add_argument(
        "what", choices=("contacts", "outline"), metavar=say("metavar.what"), help=say("help.export.what")
    )
    export.add_argument("--format", choices=("vcf", "csv"), required=True, help=say("help.export.format"))
    export.add_argument("--doc", metavar="ID", help=say("help.doc"))
    export.add_argument("-o", "--output", metavar=say("metavar.file"), help=say("help.output"))


def _note_filters(parser: argparse.ArgumentParser, say: Callable[[str], str]) -> None:
    parser.add_argument("--doc", metavar="ID", help=say("help.notes.doc"))
    parser.add_argument("--axis", type=int, metavar="N", help=say("help.notes.axis"))
    parser.add_argument("--text", metavar=say("metavar.words"), help=say("help.notes.search"))
    parser.add_argument("--review", action="store_true", help=say("help.notes.review"))
    parser.add_argument("--json", action="store_true", help=say("help.json"))


# --- compare --------------------------------------------------------------------------------------------


def _cmd_compare(args: argparse.Namespace, session: Session) -> int:
    from artois_reader.core.compare import compare_editions, comparison_json
    from artois_reader.core.compare_report import format_comparison

    old, new = session.document(args.old), session.document(args.new)
    library = session.library()
    comparison = compare_editions((old, library.outline(old.id)), (new, library.outline(new.id)))
    if args.json:
        session.print_json(comparison_json(comparison))
    else:
        session.stdout.write(format_comparison(comparison, session.lang))
    return EXIT_OK


# --- notes ----------------------------------------------------------------------------------------------


def _store(session: Session, *, create: bool) -> NoteStore | None:
    """The library's notes, brought up to date with its newest editions; None when there are none
    yet and `create` is False (listing creates no file)."""
    from artois_reader.core.notes import NOTES_FILE, NoteStore, sync_notes

    library = session.library()
    if not create and not (library.home / NOTES_FILE).is_file():
        return None
    store = NoteStore.open(library.home)
    try:
        sync_notes(library, store)
    except BaseException:
        store.close()
        raise
    return store


def _cmd_notes(args: argparse.Namespace, session: Session) -> int:
    from artois_reader.core.notes import NoteStatus, note_json

    store = _store(session, create=False)
    notes: list[Note] = []
    if store is not None:
        with store:
            notes = store.list(
                document=session.document(args.doc).title if args.doc else None,
                axis=args.axis,
                text=args.text,
                status=NoteStatus.REVIEW if args.review else None,
            )
    if args.json:
        session.print_json([note_json(note) for note in notes])
        return EXIT_OK
    if not notes:
        session.say(messages.text("notes.empty", session.lang))
        return EXIT_OK
    for note in notes:
        _print_note(session, note)
    return EXIT_OK


def _print_note(session: Session, note: Note) -> None:
    lang = session.lang
    where = [messages.text("search.page", lang, page=note.page)]
    where.append(
        messages.text("search.axis", lang, axis=note.axis)
        if note.axis is not None
        else messages.text("notes.no_axis", lang)
    )
    where.append(messages.text("notes.version", lang, version=note.version))
    flag = f"  [{messages.text('notes.review', lang)}]" if note.needs_review else ""
    reference = f"[{note.edition_id} {note.passage_id}]"
    session.say(f"#{note.id}  {note.document_title} — {' · '.join(where)}  {reference}{flag}")
    session.say(
        f"    «\u00a0{_shorten(note.quote, 160)}\u00a0»"
        if lang == "fr"
        else f"    “{_shorten(note.quote, 160)}”"
    )
    if note.text:
        for line in note.text.splitlines():
            session.say(f"    {line}")
    session.say("")


def _shorten(text: str, size: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _cmd_notes_add(args: argparse.Namespace, session: Session) -> int:
    from artois_reader.core.anchors import AnchorError
    from artois_reader.core.notes import note_json

    info = session.document(args.doc)
    outline = session.library().outline(info.id)
    store = _store(session, create=True)
    assert store is not None
    with store:
        try:
            note = store.add(info, outline, args.passage, args.text, quote=args.quote)
        except AnchorError as error:
            if outline.passage(args.passage) is None:
                raise UsageError(
                    messages.text("notes.unknown_passage", session.lang, passage=args.passage, id=info.id)
                ) from error
            raise UsageError(
                messages.text("notes.quote_not_found", session.lang, quote=args.quote, passage=args.passage)
            ) from error
    if args.json:
        session.print_json(note_json(note))
    else:
        session.say(
            messages.text(
                "notes.added",
                session.lang,
                id=note.id,
                passage=note.passage_id,
                page=note.page,
                title=info.title,
                version=info.version,
            )
        )
    return EXIT_OK


def _cmd_notes_edit(args: argparse.Namespace, session: Session) -> int:
    store = _existing_store(session, args.id)
    with store:
        _known(session, lambda: store.update(args.id, args.text), args.id)
    session.say(messages.text("notes.updated", session.lang, id=args.id))
    return EXIT_OK


def _cmd_notes_delete(args: argparse.Namespace, session: Session) -> int:
    store = _existing_store(session, args.id)
    with store:
        _known(session, lambda: store.delete(args.id), args.id)
    session.say(messages.text("notes.deleted", session.lang, id=args.id))
    return EXIT_OK


def _existing_store(session: Session, note_id: int) -> NoteStore:
    store = _store(session, create=False)
    if store is None:
        raise UsageError(messages.text("notes.unknown", session.lang, id=note_id))
    return store


def _known(session: Session, action: Callable[[], Any], note_id: int) -> Any:
    from artois_reader.core.notes import UnknownNote

    try:
        return action()
    except UnknownNote as error:
        raise UsageError(messages.text("notes.unknown", session.lang, id=note_id)) from error


def _cmd_notes_export(args: argparse.Namespace, session: Session) -> int:
    from artois_reader.core.notes import notes_csv, notes_markdown

    store = _store(session, create=False)
    notes: list[Note] = []
    if store is not None:
        with store:
            notes = store.list(document=session.document(args.doc).title if args.doc else None)
    if args.format == "md":
        text = notes_markdown(notes, lang=session.lang)
    else:
        text = notes_csv(notes, lang=session.lang)
    _deliver(session, args.output, text, csv=args.format == "csv", count=len(notes))
    return EXIT_OK


# --- export ---------------------------------------------------------------------------------------------


def _cmd_export(args: argparse.Namespace, session: Session) -> int:
    from artois_reader.core import exports

    info = session.document(args.doc)
    outline = session.library().outline(info.id)
    if args.what == "contacts":
        if args.format == "vcf":
            text = exports.contacts_vcard(outline.contacts, info)
        else:
            text = exports.contacts_csv(outline.contacts, info, lang=session.lang)
        count = len(outline.contacts)
    else:
        if args.format != "csv":
            raise UsageError(messages.text("export.outline_csv_only", session.lang))
        text = exports.outline_csv(outline, lang=session.lang)
        count = len(outline.axes) + len(outline.sections) + len(outline.projects)
    _deliver(session, args.output, text, csv=args.format == "csv", count=count, info=info)
    return EXIT_OK


def _deliver(
    session: Session,
    output: str | None,
    text: str,
    *,
    csv: bool,
    count: int,
    info: DocumentInfo | None = None,
) -> None:
    """To the file `output` (atomically; CSV with a BOM), or to standard output."""
    from artois_reader.core import exports

    if output is None or output == "-":
        session.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    path = Path(output)
    data = exports.csv_bytes(text) if csv else text.encode("utf-8")
    try:
        exports.write_export(path, data)
    except OSError as error:
        raise UsageError(
            messages.text("export.cannot_write", session.lang, path=path, detail=error.strerror or error)
        ) from error
    session.say(messages.text("export.written", session.lang, count=count, path=path))
