"""The command line: a second client of the core, and the program's entry point.

``artois-reader`` with no command starts the GUI; the commands (ingest, list, remove, text, structure,
search, and compare, notes, export from `cli_editions`) work headless. The contract (issue 2):
``--json`` output is the only thing on stdout; errors are one line on stderr naming the file and the
reason, in the user's language, never a traceback unless ``--debug``; exit codes 0 success, 2 usage,
3 input refused, 4 internal error.

Start-up stays light: the core modules behind a command are imported only when it runs, so
``artois-reader list`` imports neither Whoosh nor Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import io
import json
import logging
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from artois_reader import __version__, messages
from artois_reader.core.document import PassageKind
from artois_reader.core.errors import Cancelled, IngestError, LibraryError, RefusalReason

if TYPE_CHECKING:
    from artois_reader.core.document import DocumentInfo
    from artois_reader.core.library import Library
    from artois_reader.core.pipeline import IngestResult

PROG = "artois-reader"

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_REFUSED = 3
EXIT_INTERNAL = 4
EXIT_INTERRUPTED = 130

PASSWORD_ATTEMPTS = 3
PASSAGE_KINDS = tuple(kind.value for kind in PassageKind)

log = logging.getLogger("artois_reader")


class UsageError(Exception):
    """A well-formed command asked for something that does not exist (a page, a document id)."""


# --- argparse in French -------------------------------------------------------------------------------

_ARGPARSE_FR = {
    "usage: ": "utilisation\u00a0: ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s\u00a0: erreur\u00a0: %(message)s\n",
    "the following arguments are required: %s": "arguments obligatoires manquants\u00a0: %s",
    "unrecognized arguments: %s": "arguments non reconnus\u00a0: %s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s\u00a0: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide\u00a0: %(value)r "
    "(valeurs possibles\u00a0: %(choices)s)",
    "invalid %(type)s value: %(value)r": "valeur invalide\u00a0: %(value)r",
    "expected one argument": "une valeur attendue",
    "expected at least one argument": "au moins une valeur attendue",
    "expected at most one argument": "au plus une valeur attendue",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë\u00a0: %(option)s "
    "peut désigner %(matches)s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "ignored explicit argument %r": "argument explicite ignoré\u00a0: %r",
}


@contextlib.contextmanager
def _argparse_language(lang: str) -> Iterator[None]:
    """argparse takes its own words from gettext at call time: give it French ones while we use it."""
    if lang != "fr":
        yield
        return
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda message: _ARGPARSE_FR.get(message, original(message))  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    """Usage errors exit 2 through `SystemExit`, as argparse does, but never print a traceback."""

    def __init__(self, *args: Any, lang: str = "fr", **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self.lang = lang
        self.add_argument("-h", "--help", action="help", help=messages.text("help.help", lang))


def build_parser(lang: str) -> argparse.ArgumentParser:
    """The whole command line, its help in `lang`. Call inside `_argparse_language(lang)`."""

    def say(key: str) -> str:
        return messages.text(key, lang)

    common = argparse.ArgumentParser(add_help=False)  # global options, accepted after the command too
    common.add_argument(
        "--home", metavar=say("metavar.folder"), default=argparse.SUPPRESS, help=say("help.home")
    )
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=say("help.debug"))
    common.add_argument(
        "--lang", choices=messages.LANGUAGES, default=argparse.SUPPRESS, help=say("help.lang")
    )

    parser = _Parser(
        prog=PROG,
        description=say("help.description"),
        epilog=say("help.epilog"),
        parents=[common],
        lang=lang,
    )
    parser.add_argument(
        "--version", action="version", version=f"{PROG} {__version__}", help=say("help.version")
    )
    parser.add_argument("--smoke-test", action="store_true", help=say("help.smoke_test"))
    parser.add_argument("--report", metavar=say("metavar.file"), help=say("help.report"))
    commands = parser.add_subparsers(
        dest="command", title=say("help.commands"), metavar=say("metavar.command")
    )

    def command(name: str, handler: Callable[[argparse.Namespace, Session], int]) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name, help=say(f"help.{name}"), description=say(f"help.{name}"), parents=[common], lang=lang
        )
        sub.set_defaults(handler=handler)
        return sub

    ingest = command("ingest", _cmd_ingest)
    ingest.add_argument("paths", nargs="+", metavar=say("metavar.file"), help=say("help.ingest.paths"))
    ingest.add_argument("--title", metavar=say("metavar.title"), help=say("help.ingest.title"))
    ingest.add_argument("--password", metavar=say("metavar.password"), help=say("help.ingest.password"))
    ingest.add_argument("--json", action="store_true", help=say("help.json"))

    listing = command("list", _cmd_list)
    listing.add_argument("--json", action="store_true", help=say("help.json"))

    remove = command("remove", _cmd_remove)
    remove.add_argument("id", metavar="ID", help=say("help.remove.id"))

    text = command("text", _cmd_text)
    text.add_argument("--doc", metavar="ID", help=say("help.doc"))
    text.add_argument("--page", type=int, metavar="N", help=say("help.text.page"))
    text.add_argument("--raw", action="store_true", help=say("help.text.raw"))

    structure = command("structure", _cmd_structure)
    structure.add_argument("--doc", metavar="ID", help=say("help.doc"))
    structure.add_argument("--json", action="store_true", help=say("help.json"))

    search = command("search", _cmd_search)
    search.add_argument("query", metavar=say("metavar.query"), help=say("help.search.query"))
    search.add_argument("--doc", metavar="ID", help=say("help.doc"))
    search.add_argument("--kind", choices=PASSAGE_KINDS, metavar=say("metavar.kind"), help=_kinds_help(lang))
    search.add_argument("--axis", type=int, metavar="N", help=say("help.search.axis"))
    search.add_argument("--limit", type=_positive_int, default=20, metavar="N", help=say("help.search.limit"))
    search.add_argument("--all-versions", action="store_true", help=say("help.search.all_versions"))
    search.add_argument("--json", action="store_true", help=say("help.json"))
    from artois_reader import cli_editions  # compare, notes, export (issue 8)

    cli_editions.add_commands(command, common, lang)
    return parser


def _kinds_help(lang: str) -> str:
    if lang == "en":
        return f"{messages.text('help.search.kind', lang)}: {', '.join(PASSAGE_KINDS)}"
    names = ", ".join(f"{kind} ({messages.kind_name(kind, lang)})" for kind in PASSAGE_KINDS)
    return f"{messages.text('help.search.kind', lang)}\u00a0: {names}"


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


# --- The session: streams, language, the library --------------------------------------------------------


@dataclass
class Session:
    """What every command needs: where to write, in which language, and the library (opened lazily)."""

    lang: str
    home: Path | None
    debug: bool
    stdout: TextIO
    stderr: TextIO
    _library: Library | None = field(default=None, repr=False)
    _notices_told: int = 0

    def library(self) -> Library:
        """The library, with the bundled CRTE ingested on first use."""
        if self._library is None:
            from artois_reader.core.library import Library
            from artois_reader.core.pipeline import ensure_bundled

            library = Library.open(self.home)
            if library.is_empty() and not library.bundled_removed and self.stderr.isatty():
                self.error(messages.text("ingest.first_run", self.lang))
            try:
                ensure_bundled(library)
            except IngestError as error:
                if error.reason is not RefusalReason.STORAGE:
                    raise
                # a library that cannot be written still lists, reads and searches what it holds
                self.error(messages.text("error.read_only", self.lang, home=library.home))
            self._library = library
            self.report_notices()
        return self._library

    def report_notices(self) -> None:
        """Tell the user, once, what the library repaired by itself (on stderr: never in the JSON)."""
        if self._library is None:
            return
        for notice in self._library.notices[self._notices_told :]:
            self.error(messages.notice_message(notice, self.lang))
        self._notices_told = len(self._library.notices)

    def document(self, id_or_prefix: str | None) -> DocumentInfo:
        """The edition a --doc option names, or the default one."""
        from artois_reader.core.library import UnknownDocument

        library = self.library()
        if id_or_prefix is None:
            info = library.latest()
            if info is None:
                raise UsageError(messages.text("error.library_empty", self.lang))
            return info
        try:
            return library.get(id_or_prefix)
        except UnknownDocument as error:
            if error.matches:
                raise UsageError(
                    messages.text(
                        "error.ambiguous_document",
                        self.lang,
                        id=id_or_prefix,
                        matches=", ".join(error.matches),
                    )
                ) from error
            raise UsageError(messages.text("error.unknown_document", self.lang, id=id_or_prefix)) from error

    def say(self, line: str = "") -> None:
        self.stdout.write(line + "\n")

    def print_json(self, value: Any) -> None:
        self.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")

    def error(self, line: str) -> None:
        self.stderr.write(line + "\n")
        self.stderr.flush()

    def close(self) -> None:
        if self._library is not None:
            self._library.close()


# --- Commands -------------------------------------------------------------------------------------------


def _info_json(info: DocumentInfo, library: Library | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": info.id,
        "title": info.title,
        "version": info.version,
        "pages": info.pages,
        "source": info.source_name,
        "source_kind": str(info.source_kind),
        "sha256": info.sha256,
        "ingested_at": info.ingested_at,
        "size": info.size,
    }
    if library is not None:
        entry["latest"] = library.is_latest(info.id)
        entry["bundled"] = library.is_bundled(info.id)
    return entry


def _cmd_ingest(args: argparse.Namespace, session: Session) -> int:
    library = session.library()
    results: list[dict[str, Any]] = []
    status = EXIT_OK
    for name in args.paths:
        path = Path(name)
        try:
            result = _ingest_with_password(path, library, args, session)
        except IngestError as error:
            message = messages.refusal_message(error.reason, error.path, session.lang)
            session.error(message)
            log.debug("refused %s: %s", path, error.detail)
            results.append({"path": str(path), "error": {"reason": error.reason.value, "message": message}})
            status = max(status, EXIT_INTERNAL if error.reason is RefusalReason.STORAGE else EXIT_REFUSED)
            continue
        results.append({"path": str(path), "created": result.created, "document": _info_json(result.info)})
        if not args.json:
            key = "ingest.created" if result.created else "ingest.unchanged"
            info = result.info
            session.say(
                messages.text(
                    key,
                    session.lang,
                    title=info.title,
                    version=info.version,
                    pages=messages.page_count(info.pages, session.lang),
                    id=info.id,
                )
            )
            if result.notes is not None and (result.notes.moved or result.notes.review):
                moved, review = len(result.notes.moved), len(result.notes.review)
                session.say(messages.text("notes.followed", session.lang, moved=moved, review=review))
    if args.json:
        session.print_json(results)
    return status


def _ingest_with_password(
    path: Path, library: Library, args: argparse.Namespace, session: Session
) -> IngestResult:
    """Ingest; a PDF that needs a password not given is asked for on a terminal, else refused."""
    from artois_reader.core.pipeline import ingest

    password = args.password
    attempts = 0
    while True:
        try:
            return ingest(path, library, title=args.title, password=password)
        except IngestError as error:
            needs_password = error.reason in (RefusalReason.PASSWORD_REQUIRED, RefusalReason.PASSWORD_WRONG)
            can_ask = args.password is None and _interactive() and attempts < PASSWORD_ATTEMPTS
            if not (needs_password and can_ask):
                raise
            if error.reason is RefusalReason.PASSWORD_WRONG:
                session.error(messages.refusal_message(error.reason, path, session.lang))
            attempts += 1
            password = _ask_password(messages.text("password.prompt", session.lang, name=path.name))


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask_password(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


def _cmd_list(args: argparse.Namespace, session: Session) -> int:
    library = session.library()
    editions = library.documents()
    if args.json:
        session.print_json([_info_json(info, library) for info in editions])
        return EXIT_OK
    if not editions:
        session.say(messages.text("list.empty", session.lang))
        return EXIT_OK
    header = messages.text("list.header", session.lang).split("|")
    rows = [
        [info.id, info.title, str(info.version), str(info.pages), info.source_name, info.ingested_at[:10]]
        for info in editions
    ]
    _print_table(session, header, rows)
    return EXIT_OK


def _print_table(session: Session, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
    widths[1] = min(widths[1], 60)
    for row in [header, *rows]:
        cells = [_fit(cell, width) for cell, width in zip(row, widths, strict=True)]
        session.say("  ".join(cells).rstrip())


def _fit(cell: str, width: int) -> str:
    return cell.ljust(width) if len(cell) <= width else cell[: width - 1] + "…"


def _cmd_remove(args: argparse.Namespace, session: Session) -> int:
    info = session.document(args.id)
    session.library().remove(info.id)
    session.say(
        messages.text("remove.done", session.lang, title=info.title, version=info.version, id=info.id)
    )
    return EXIT_OK


def _cmd_text(args: argparse.Namespace, session: Session) -> int:
    info = session.document(args.doc)
    document = session.library().load(info.id)
    pages = document.pages
    if args.page is not None:
        if not 1 <= args.page <= len(pages):
            raise UsageError(
                messages.text(
                    "page.out_of_range", session.lang, title=info.title, page=args.page, pages=len(pages)
                )
            )
        pages = (pages[args.page - 1],)
    session.stdout.write("\f".join(page.raw if args.raw else page.text for page in pages) + "\n")
    return EXIT_OK


def _cmd_structure(args: argparse.Namespace, session: Session) -> int:
    from artois_reader.core import structure

    info = session.document(args.doc)
    outline = session.library().outline(info.id)
    if args.json:
        session.print_json(structure.outline_report(info, outline))
    else:
        session.stdout.write(structure.format_outline(info, outline).rstrip("\n") + "\n")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace, session: Session) -> int:
    from artois_reader.core.document import to_json

    doc_id = session.document(args.doc).id if args.doc else None
    library = session.library()
    # Without --doc, the newest version of each document answers: older versions would repeat its hits.
    doc_ids = None if doc_id or args.all_versions else {info.id for info in library.latest_versions()}
    index = library.search_index()
    session.report_notices()  # "the search index was rebuilt"
    kind = PassageKind(args.kind) if args.kind else None

    def run(query: str) -> None:
        result = index.search(
            query, doc_id=doc_id, kind=kind, axis=args.axis, limit=args.limit, doc_ids=doc_ids
        )
        if args.json:
            session.stdout.write(json.dumps(to_json(result), ensure_ascii=False) + "\n")
            session.stdout.flush()
        else:
            _print_search_result(session, result)

    if args.query != "-":
        run(args.query)
        return EXIT_OK
    if sys.stdin is None:  # the gui-scripts entry on Windows has no console
        raise UsageError(messages.text("error.no_stdin", session.lang))
    for line in sys.stdin:
        query = line.rstrip("\r\n")
        if query.strip():
            run(query)
    return EXIT_OK


_MARK = re.compile(r"<mark>(.*?)</mark>", re.DOTALL)


def _print_search_result(session: Session, result: Any) -> None:
    lang = session.lang
    if result.suggestion:
        session.say(messages.text("search.suggestion", lang, suggestion=result.suggestion))
    if result.intercommunality is not None:
        widened = result.intercommunality
        sentence = messages.text("search.intercommunality", lang, commune=widened.commune, body=widened.body)
        session.say(sentence)
    if not result.hits:
        session.say(messages.text("search.none", lang, query=result.query))
        return
    session.say(
        messages.text("search.total", lang, total=result.total, query=result.query, took_ms=result.took_ms)
    )
    bold = session.stdout.isatty()
    for number, hit in enumerate(result.hits, start=1):
        where = [messages.text("search.page", lang, page=hit.page), messages.kind_name(str(hit.kind), lang)]
        if hit.axis is not None:
            where.append(messages.text("search.axis", lang, axis=hit.axis))
        session.say(f"{number:>3}. {hit.title} — {' · '.join(where)}  [{hit.doc_id} {hit.passage_id}]")
        session.say(f"     {_highlight(hit.snippet_html, bold)}")


def _highlight(snippet_html: str, bold: bool) -> str:
    """The snippet for a terminal: matched words in bold yellow on a TTY, plain text otherwise."""
    marked = _MARK.sub(
        lambda match: f"\x1b[1;33m{match.group(1)}\x1b[0m" if bold else match.group(1), snippet_html
    )
    return html.unescape(re.sub(r"<[^>]+>", "", marked))


# --- The GUI --------------------------------------------------------------------------------------------


def _start_gui(argv: list[str], session: Session) -> int:
    """No command: the application. Its module is imported only now (Qt is heavy)."""
    try:
        from artois_reader import app
    except ImportError as error:
        log.debug("the GUI cannot start: %s", error)
        session.error(messages.text("error.gui_missing", session.lang))
        return EXIT_INTERNAL
    if session.home is not None:
        os.environ["ARTOIS_READER_HOME"] = str(session.home)
    return int(app.main(argv) or 0)


def gui_main() -> None:
    """The ``gui-scripts`` entry point: on Windows it has no console, so stdout and stderr may be None."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the app
    sys.exit(main())


# --- main -----------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (``python -m artois_reader`` passes it to sys.exit)."""
    if argv is None:
        argv = sys.argv[1:]
        _prepare_streams()
    lang = _forced_language(argv) or messages.ui_language()
    with _argparse_language(lang):
        parser = build_parser(lang)
        try:
            args, extra = parser.parse_known_args(argv)
            if extra and (args.command is not None or args.smoke_test):
                parser.error(argparse._("unrecognized arguments: %s") % " ".join(extra))  # type: ignore[attr-defined]
        except SystemExit as stop:  # --help, --version (0) or a usage error (2), already printed
            return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    debug = getattr(args, "debug", False)
    _configure_logging(debug)
    home = getattr(args, "home", None)
    session = Session(
        lang=lang, home=Path(home) if home else None, debug=debug, stdout=sys.stdout, stderr=sys.stderr
    )
    try:
        if args.smoke_test:  # issue 6: the program checks itself (artois_reader/smoke.py)
            from artois_reader import smoke

            return smoke.run(Path(args.report) if args.report else None)
        if args.command is None:  # the GUI; options the CLI does not know (--lang, Qt's) are the app's
            return _start_gui(argv, session)
        return _run(args, session)
    finally:
        session.close()


def _forced_language(argv: list[str]) -> str | None:
    """``--lang fr|en`` decides the language of the help itself, so it is read before parsing."""
    for position, token in enumerate(argv):
        value = token.partition("=")[2] if token.startswith("--lang=") else None
        if token == "--lang" and position + 1 < len(argv):
            value = argv[position + 1]
        if value in messages.LANGUAGES:
            return value
    return None


def _run(args: argparse.Namespace, session: Session) -> int:
    """Run a command and turn every failure into one line on stderr and an exit code."""
    try:
        return args.handler(args, session)
    except UsageError as error:
        session.error(str(error))
        return EXIT_USAGE
    except IngestError as error:
        session.error(messages.refusal_message(error.reason, error.path, session.lang))
        _debug_trace(session)
        return EXIT_INTERNAL if error.reason is RefusalReason.STORAGE else EXIT_REFUSED
    except LibraryError as error:
        session.error(_library_message(error, session))
        _debug_trace(session)
        return EXIT_INTERNAL
    except (KeyboardInterrupt, Cancelled):
        session.error(messages.text("error.interrupted", session.lang))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()  # `artois-reader text | head`: the reader left, nothing is wrong
        return EXIT_OK
    except Exception as error:
        session.error(messages.text("error.internal", session.lang, detail=_one_line(error)))
        _debug_trace(session)
        return EXIT_INTERNAL


def _library_message(error: LibraryError, session: Session) -> str:
    from artois_reader.core.library import LibraryBusy, default_home

    home = session.home or default_home()
    if isinstance(error, LibraryBusy):
        return messages.text("error.busy", session.lang)
    if error.read_only:
        return messages.text("error.read_only", session.lang, home=home)
    return messages.text("error.library", session.lang, home=home, detail=_one_line(error))


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def _debug_trace(session: Session) -> None:
    if session.debug:
        session.stderr.write(traceback.format_exc())


_LOG_HANDLER: logging.Handler | None = None


def _configure_logging(debug: bool) -> None:
    """The core logs in English for developers: shown with --debug, silent otherwise (notices that
    matter to the user are printed, translated, by the commands themselves)."""
    global _LOG_HANDLER
    if _LOG_HANDLER is not None:
        log.removeHandler(_LOG_HANDLER)
    _LOG_HANDLER = logging.StreamHandler(sys.stderr) if debug else logging.NullHandler()
    _LOG_HANDLER.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    log.addHandler(_LOG_HANDLER)
    log.setLevel(logging.DEBUG if debug else logging.WARNING)
    log.propagate = not debug


def _prepare_streams() -> None:
    """Pipes get UTF-8 whatever the Windows code page (JSON readers expect it); a console never
    fails on a character it cannot show."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, OSError):
                if stream.isatty():
                    stream.reconfigure(errors="replace")
                else:
                    stream.reconfigure(encoding="utf-8", errors="replace")


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
