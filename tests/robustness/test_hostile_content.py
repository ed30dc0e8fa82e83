"""A document full of markup, links, control characters and right-to-left marks, ingested by the real
pipeline and shown by the real window: everything is text, never markup, in the reader, the snippets,
the tree, the labels and the tooltips; no socket is ever used; no link opens a local file or a script."""

from __future__ import annotations

import re
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pdf_forge
import pytest
from hostile_inputs import HOSTILE_PDF_TEXT, HOSTILE_TEXT
from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QStandardItemModel, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from artois_reader.core import pipeline
from artois_reader.core.library import Library
from artois_reader.ui.main_window import MainWindow
from artois_reader.ui.navigation import Place, View, is_openable
from artois_reader.ui.reader import ReaderView
from artois_reader.ui.search_results import hit_html
from artois_reader.ui.settings import Settings

CONTACT_BLOCK = (
    "Contact\n\n"
    "<b>Mission</b> <img src=x onerror=alert(1)> Artois\n"
    "Tél. : 03 21 00 00 00\n"
    "Courriel : contact@pole-artois.fr\n"
    "Site : www.pole-artois.fr\n"
)
DOCUMENT = "<h1>Titre piégé</h1>\n\n" + HOSTILE_TEXT + "\n\n" + CONTACT_BLOCK
TAGS = ("<script", "<img", "<a href", "<h1>", "<b>")
OPENABLE = ("http", "https", "mailto", "tel")
DOCUMENT_MARKUP = re.compile(
    r"<(script|img)\b|<[bi]>(piège|Titre)|<h1>Titre|href=\"(file|javascript|data):", re.I
)
"""Markup that can only come from the document (the renderer's own HTML has headings and links)."""

_SOCKET_EVENTS: list[str] | None = None


def _audit(event: str, args: object) -> None:
    if _SOCKET_EVENTS is not None and event.startswith("socket."):
        _SOCKET_EVENTS.append(f"{event} {args!r}")


sys.addaudithook(_audit)  # cannot be removed: it records only while a test has set the list


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every way out refuses (connect, resolve), and any socket made at all is recorded."""
    global _SOCKET_EVENTS

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network used: {args!r}")

    for owner, name in (
        (socket.socket, "connect"),
        (socket.socket, "connect_ex"),
        (socket, "create_connection"),
    ):
        monkeypatch.setattr(owner, name, refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    _SOCKET_EVENTS = []
    try:
        yield _SOCKET_EVENTS
    finally:
        _SOCKET_EVENTS = None


@pytest.fixture
def loaded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every resource the reader is asked for (the window's QTextBrowser); it must stay empty."""
    asked: list[str] = []
    original = ReaderView.loadResource

    def observe(self: ReaderView, kind: int, name: QUrl | str) -> object:
        asked.append(name.toString() if isinstance(name, QUrl) else str(name))
        return original(self, kind, name)

    monkeypatch.setattr(ReaderView, "loadResource", observe)
    return asked


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(
        "artois_reader.ui.reader.QDesktopServices.openUrl", lambda url: urls.append(url.toString())
    )
    monkeypatch.setattr(
        "artois_reader.ui.reader.QDesktopServices.openUrl", lambda url: urls.append(url.toString())
    )
    return urls


@pytest.fixture(params=["txt", "pdf"])
def hostile_window(request, qtbot, temp_home: Path, tmp_path: Path, no_network: list[str]):
    """The hostile document ingested (as text, and as a PDF) and the window opened on it."""
    if request.param == "txt":
        source = tmp_path / ("<b>piège.txt" if sys.platform != "win32" else "piège.txt")  # a tag in the title
        source.write_text(DOCUMENT, encoding="utf-8")
    else:
        source = tmp_path / "piège.pdf"
        source.write_bytes(pdf_forge.pdf_bytes([HOSTILE_PDF_TEXT, CONTACT_BLOCK], title="<i>Titre</i> piégé"))
    library = Library.open(temp_home)
    info = pipeline.ingest(source, library).info
    window = MainWindow(library, Settings(temp_home))
    qtbot.addWidget(window)
    window.reload_library()
    window.resize(1200, 800)
    window.show()
    yield window, info.id
    window.close()
    library.close()


def _places(window: MainWindow, doc_id: str) -> list[Place]:
    edition = window.edition(doc_id)
    assert edition is not None
    places = [Place(doc_id, View.DOCUMENT, "")]
    places += [Place(doc_id, View.SECTION, section.id) for section in edition.outline.sections]
    places += [Place(doc_id, View.PAGE, str(number)) for number in range(1, edition.info.pages + 1)]
    return places


def _anchors(document: QTextDocument) -> list[str]:
    hrefs = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            href = fragments.fragment().charFormat().anchorHref()
            if href:
                hrefs.append(href)
            fragments += 1
        block = block.next()
    return hrefs


def _shown_as(text: str) -> str:
    """What Qt shows for a string whose format it guesses (tooltips, labels in AutoText)."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _raw_tags(text: str) -> list[str]:
    """Document tags that Qt would render as markup in `text`."""
    return [tag for tag in TAGS if QtGui.Qt.mightBeRichText(text) and tag in text.lower()]


def test_the_reader_shows_the_markup_as_text_and_loads_nothing(
    hostile_window, loaded: list[str], opened: list[str], no_network: list[str]
) -> None:
    window, doc_id = hostile_window
    seen = ""
    for place in _places(window, doc_id):
        assert window.open_place(place)
        view = window.reader.view
        seen += view.document().toPlainText()
        html = view.rendered.html if view.rendered else ""
        assert not DOCUMENT_MARKUP.search(html), place
        for href in _anchors(view.document()):  # every link of every place, clicked
            view.anchorClicked.emit(QUrl(href))
    assert "<script>alert('piège')</script>" in seen
    assert '<img src="http://evil.example/espion.png">' in seen
    assert '<a href="file:///etc/passwd">Cliquez ici</a>' in seen
    assert loaded == [], "the reader was asked to load a resource"
    assert all(url.split(":", 1)[0].lower() in OPENABLE for url in opened), opened
    assert not any(url.lower().startswith(("file:", "javascript:", "data:")) for url in opened)
    assert no_network == []


def test_links_written_in_the_text_open_nothing_local(opened: list[str], qtbot) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    for url in (
        "file:///etc/passwd",
        "javascript:void(document.cookie)",
        "file:///C:/Windows/win.ini",
        "x.pdf",
    ):
        assert not is_openable(url)
        view.anchorClicked.emit(QUrl(url))
    assert opened == []


def test_snippets_are_escaped_like_the_reader(hostile_window, no_network: list[str]) -> None:
    window, doc_id = hostile_window
    index = window.library.search_index()
    for query in ("script alert", "espion", "passwd", "javascript", "piège", "mobilité", "friche"):
        for hit in index.search(query, doc_id=doc_id).hits:
            markup = hit_html(hit, "#666")
            assert not DOCUMENT_MARKUP.search(markup) and "<a " not in markup, markup
            document = QTextDocument()
            document.setHtml(markup)
            shown = document.toPlainText()
            for tag in ("<script>", "<img ", "<a href"):
                if tag in hit.snippet:
                    assert tag in shown
    assert no_network == []


def test_the_search_panel_tree_labels_and_tooltips_never_render_document_markup(
    hostile_window, qtbot, no_network: list[str]
) -> None:
    window, doc_id = hostile_window
    for place in _places(window, doc_id)[:3]:  # the window's title, status and contacts follow the place
        window.open_place(place)
    with qtbot.waitSignal(window.search.results_shown, timeout=30_000):
        window.search.set_query("script img piège")
    problems = []
    for widget in window.findChildren(QWidget):
        tip = widget.toolTip()
        if _raw_tags(tip):
            problems.append(f"tooltip of {type(widget).__name__}: {tip[:80]!r}")
        if (
            isinstance(widget, QLabel)
            and widget.textFormat() != Qt.TextFormat.PlainText
            and _raw_tags(widget.text())
        ):
            problems.append(f"label: {widget.text()[:80]!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            problems += _model_problems(widget.model())
    assert problems == [], "\n".join(problems)
    assert no_network == []


def _model_problems(model: QStandardItemModel) -> list[str]:
    problems = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and _raw_tags(tip):
                problems.append(
                    f"{type(model).__name__} tooltip {tip[:50]!r} shown as {_shown_as(tip)[:30]!r}"
                )
            walk(index)

    walk(QModelIndex())
    return problems


def test_control_characters_direction_marks_and_giant_lines_stay_plain_text(hostile_window) -> None:
    window, doc_id = hostile_window
    seen = ""
    for place in _places(window, doc_id):
        window.open_place(place)
        view = window.reader.view
        seen += view.document().toPlainText()
        assert view.horizontalScrollBar().maximum() == 0, "a giant line must wrap, not widen the page"
    assert "[31m rouge" in seen  # a terminal colour code is not interpreted
    assert "droite à gauche" in seen and "fin." in seen
    assert seen.count("mobilité") > 250  # the giant line, whole
