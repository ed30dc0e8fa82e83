"""The documents pane's commands: compare two editions, rename a document, remove editions. Each takes
the main window; the work runs in the background (`Task`), removals in a child process like imports."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from artois_reader.core.library import normalise_title as title_key
from artois_reader.ui import dialogs
from artois_reader.ui.documents_pane import ingested_label
from artois_reader.ui.navigation import Place, View
from artois_reader.ui.render import Rendered, page_count
from artois_reader.ui.tasks import Task

if TYPE_CHECKING:
    from artois_reader.ui.main_window import MainWindow

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


# --- compare ----------------------------------------------------------------------------------------


def edition_label(info: Any) -> str:
    """« CRTE — Chapeau commun, version 2 (10 pages, 01/05/2024 12:00) »"""
    words = translate("Library", "%1, version %2 (%3, %4)")
    return (
        words.replace("%1", info.title)
        .replace("%2", str(info.version))
        .replace("%3", page_count(info.pages))
        .replace("%4", ingested_label(info))
    )


def default_pair(editions: list[Any], chosen: Any) -> tuple[Any, Any] | None:
    """The two editions to compare by default: `chosen` and the newest other version of its document
    (`chosen` before it when it is older), else the newest two versions of it, else `chosen` and the
    edition of another document ingested last. None with fewer than two editions."""
    if len(editions) < 2:
        return None
    same = sorted(
        (e for e in editions if title_key(e.title) == title_key(chosen.title)), key=lambda e: e.version
    )
    if len(same) >= 2:
        newest = same[-1]
        if chosen.id != newest.id:
            return chosen, newest
        return same[-2], newest
    others = sorted((e for e in editions if e.id != chosen.id), key=lambda e: e.ingested_at)
    return chosen, others[-1]


def compare(window: MainWindow, edition_id: str = "") -> None:
    """Ask for two editions (by default the two newest of the document chosen or shown), then show
    the report in the reader."""
    editions = window.library.documents()
    chosen = next((e for e in editions if e.id == edition_id), None)
    if chosen is None and window.current is not None:
        chosen = next((e for e in editions if e.id == window.current[0].doc_id), None)
    if chosen is None and editions:
        chosen = editions[-1]
    pair = default_pair(editions, chosen) if chosen is not None else None
    if pair is None:
        window.show_message(
            translate("Library", "Comparing needs two versions: open the new version of a document first.")
        )
        return
    choices = [(e.id, edition_label(e)) for e in editions]
    answer = dialogs.choose_editions(window, choices, pair[0].id, pair[1].id)
    if answer is not None:
        old, new = answer
        window.open_place(Place(new, View.COMPARE, old))


def _report_html(html: str, muted: str) -> str:
    """The core's report, made to follow the reader: its body's fixed font and size go (the reader's
    zoom and font apply), its grey follows the palette (readable on a dark theme too)."""
    html = re.sub(r"<body\b[^>]*>", "<body>", html, count=1)
    return html.replace("color:#5f6368;", f"color:{muted};")


def show_comparison(window: MainWindow, place: Place, record: bool = True) -> bool:
    """Show the comparison `place` names (newer edition, older edition): from this session's cache,
    or computed in the background (the reader says so meanwhile)."""
    try:
        old, new = window.library.get(place.target), window.library.get(place.doc_id)
    except Exception:
        window.show_message(translate("Library", "One of these versions is no longer in the library."))
        return False
    title = translate("Library", "Changes from version %1 to version %2").replace("%1", str(old.version))
    title = title.replace("%2", str(new.version))
    if old.title != new.title:
        title = (
            translate("Library", "Changes from “%1” to “%2”")
            .replace("%1", old.title)
            .replace("%2", new.title)
        )
    html = window.comparisons.get(place)
    if html is None:
        waiting = translate("Library", "Comparing the two versions…")
        _show(window, place, Rendered(title, f"<h1>{_e(title)}</h1><p>{_e(waiting)}</p>"), record)
        _run_comparison(window, place, old, new, title)
        return True
    theme = window.reader.view.theme()
    _show(window, place, Rendered(title, _report_html(html, theme.muted)), record)
    return True


def _show(window: MainWindow, place: Place, rendered: Rendered, record: bool) -> None:
    window.reader.view.show_rendered(rendered)
    window.reader.view.set_note_spans([])
    window.current = (place, rendered)
    if record:
        window.history.visit(place)
    window.setWindowTitle(f"{window.windowTitle().split(' — ')[0]} — {rendered.title}")
    window.actions.back.setEnabled(window.history.can_go_back())
    window.actions.forward.setEnabled(window.history.can_go_forward())
    window.actions.bookmark.setChecked(window.is_bookmarked())
    window.place_shown.emit(place)


def _run_comparison(window: MainWindow, place: Place, old: Any, new: Any, title: str) -> None:
    lang = window.language

    def work(_progress: object) -> str:
        from artois_reader.core.compare import compare_editions
        from artois_reader.core.compare_report import comparison_html

        library = window._open_worker_library()
        try:
            comparison = compare_editions((old, library.outline(old.id)), (new, library.outline(new.id)))
        finally:
            library.close()
        return comparison_html(comparison, lang)

    def done(html: str) -> None:
        window.comparisons[place] = html
        if window.current is not None and window.current[0] == place:
            show_comparison(window, place, record=False)

    def failed(error: object) -> None:
        log.warning("comparison failed: %s", error)
        if window.current is not None and window.current[0] == place:
            sorry = translate("Library", "The two versions could not be compared.")
            window.reader.view.show_rendered(Rendered(title, f"<h1>{_e(title)}</h1><p>{_e(sorry)}</p>"))

    task = Task(work, window)
    task.succeeded.connect(done)
    task.failed.connect(failed)
    task.start()


def _e(text: str) -> str:
    import html

    return html.escape(text, quote=True)


# --- rename ------------------------------------------------------------------------------------------


def rename(window: MainWindow, edition_id: str) -> None:
    """Ask for a new title, then give it to the document (all its versions)."""
    try:
        info = window.library.get(edition_id)
    except Exception:
        return
    title = dialogs.ask_title(window, info.title)
    if title is None:
        return

    def work(_progress: object) -> Any:
        library = window._open_worker_library()
        try:
            return library.rename(info.id, title)
        finally:
            library.close()

    def done(_renamed: Any) -> None:
        old_key, new_key = title_key(info.title), title_key(title)
        if old_key in window.shown:
            window.shown[new_key] = window.shown.pop(old_key)
            window.settings.shown_editions = window.shown
        window.editions.clear()  # the titles changed: read the editions again
        window.reload_library()
        window.notebook.start()  # the notes take the new title (sync_notes)
        if window.current is not None:
            window.open_place(window.current[0], record=False)
        window.show_message(translate("Library", "Renamed: “%1”.").replace("%1", title))

    def failed(error: object) -> None:
        if "already called" in str(error):
            text = translate("Library", "Another document is already called “%1”.").replace("%1", title)
        else:
            text = translate(
                "Library", "The document could not be renamed: the library is busy or cannot be written."
            )
        dialogs.show_error(window, text)

    task = Task(work, window)
    task.succeeded.connect(done)
    task.failed.connect(failed)
    task.start()


# --- remove ------------------------------------------------------------------------------------------


def removal_question(infos: list[Any]) -> str:
    if len(infos) == 1:
        info = infos[0]
        question = translate(
            "Library",
            "Delete “%1”, version %2 (%3), from the library? Its stored copy is deleted too. "
            "Its notes stay in the list of notes.",
        )
        return (
            question.replace("%1", info.title)
            .replace("%2", str(info.version))
            .replace("%3", page_count(info.pages))
        )
    question = translate(
        "Library",
        "Delete “%1” and its %2 versions from the library? Their stored copies are deleted too. "
        "Their notes stay in the list of notes.",
    )
    return question.replace("%1", infos[0].title).replace("%2", str(len(infos)))


def remove(window: MainWindow, edition_ids: list[str]) -> None:
    """Ask for confirmation, then remove the editions (in a child process: the index is rebuilt)."""
    try:
        infos = [window.library.get(edition_id) for edition_id in edition_ids]
    except Exception:
        return
    if not infos:
        return
    if not dialogs.confirm(
        window,
        translate("Library", "Delete from the library"),
        removal_question(infos),
        action=translate("Library", "&Delete"),
    ):
        return
    if window.imports.busy:
        window.show_message(translate("Library", "Wait until the import is finished, then delete."))
        return
    home = window.library.home

    def work(on_progress: Any) -> Any:
        from artois_reader.ui.importer import in_child_process

        if in_child_process():
            from artois_reader.core import library_worker

            return library_worker.remove(home, [i.id for i in infos], on_progress=on_progress)
        library = window._open_worker_library()
        try:
            return [library.remove(i.id, on_progress=on_progress) for i in infos]
        finally:
            library.close()

    def done(removed: Any) -> None:
        ids = {info.id for info in removed}
        for cache in (window.editions, window._other_editions):
            for edition_id in ids:
                cache.pop(edition_id, None)
        window.comparisons = {p: h for p, h in window.comparisons.items() if not ({p.doc_id, p.target} & ids)}
        window.reload_library()
        if window.current is None or window.current[0].doc_id in ids or window.current[0].target in ids:
            window.current = None
            window.restore_last_place()
        window.warm_up_index()
        name = infos[0].title
        window.show_message(translate("Library", "Deleted from the library: “%1”.").replace("%1", name))

    def failed(error: object) -> None:
        log.warning("removal failed: %s", error)
        dialogs.show_error(
            window,
            translate(
                "Library", "The document could not be deleted: the library is busy or cannot be written."
            ),
        )

    window.show_message(translate("Library", "Deleting “%1”…").replace("%1", infos[0].title))
    task = Task(work, window)
    task.succeeded.connect(done)
    task.failed.connect(failed)
    task.start()
