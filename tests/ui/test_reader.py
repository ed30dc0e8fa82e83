"""The reader widget: links never open by themselves, nothing is loaded, hostile text stays text,
highlights, find in page, zoom with Ctrl+wheel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QTextDocument, QWheelEvent
from PySide6.QtWidgets import QApplication

from artois_reader.ui.edition import Edition
from artois_reader.ui.navigation import Place, View
from artois_reader.ui.reader import ReaderPane, ReaderView
from artois_reader.ui.render import render_place


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(
        "artois_reader.ui.reader.QDesktopServices.openUrl", lambda url: urls.append(url) or True
    )
    return urls


@pytest.fixture
def view(qtbot) -> ReaderView:
    widget = ReaderView()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    return widget


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<b>x</b>",
        "ftp://example.org/x",
        "smb://srv/share",
    ],
)
def test_dangerous_links_never_open(qtbot, view: ReaderView, opened, url: str) -> None:
    with qtbot.waitSignal(view.link_refused) as blocker:
        view.anchorClicked.emit(QUrl(url))
    assert opened == []
    assert blocker.args == [QUrl(url).toString()]


@pytest.mark.parametrize(
    "url", ["https://www.pole-artois.fr", "mailto:contact@pole-artois.fr", "tel:+33321000000"]
)
def test_web_mail_and_phone_links_open_through_the_desktop(view: ReaderView, opened, url: str) -> None:
    view.anchorClicked.emit(QUrl(url))
    assert [u.toString() for u in opened] == [url]


@pytest.mark.parametrize(
    ("url", "copied"),
    [("tel:+33321205046", "+33321205046"), ("mailto:contact@euralens.org", "contact@euralens.org")],
)
def test_a_link_no_application_opens_is_copied_and_said(
    qtbot, view: ReaderView, monkeypatch, url: str, copied: str
) -> None:
    monkeypatch.setattr("artois_reader.ui.reader.QDesktopServices.openUrl", lambda _url: False)
    with qtbot.waitSignal(view.link_unopened) as blocker:
        view.anchorClicked.emit(QUrl(url))
    assert blocker.args == [copied]
    assert QApplication.clipboard().text() == copied


def test_internal_links_ask_for_a_place(qtbot, view: ReaderView, opened) -> None:
    with qtbot.waitSignal(view.place_requested) as blocker:
        view.anchorClicked.emit(QUrl("artois:abc123def456/section/s2"))
    assert blocker.args == [Place("abc123def456", View.SECTION, "s2")]
    assert opened == []


def test_links_do_not_follow_themselves(view: ReaderView) -> None:
    assert not view.openLinks() and not view.openExternalLinks()


def test_no_resource_is_ever_loaded(view: ReaderView) -> None:
    for url in ("http://evil.example/x.png", "file:///etc/passwd", "qrc:/icon.png", "x.png"):
        assert view.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None


def test_hostile_document_text_shows_as_text(view: ReaderView, edition: Edition) -> None:
    view.show_rendered(render_place(Place(edition.doc_id, View.SECTION, "s4"), edition))
    text = view.document().toPlainText()
    assert "<script>alert('x')</script>" in text
    assert '<img src="http://evil.example/x.png">' in text
    assert '<a href="javascript:alert(1)">clic</a>' in text


def test_search_terms_are_highlighted_ignoring_accents(view: ReaderView, edition: Edition) -> None:
    place = Place(edition.doc_id, View.PASSAGE, "p3.2", ("coeur", "bethune"))
    view.show_rendered(render_place(place, edition), place.terms)
    text = view.document().toPlainText()
    highlighted = [text[s.cursor.selectionStart() : s.cursor.selectionEnd()] for s in view.extraSelections()]
    assert set(highlighted) == {"Cœur", "Béthune"}  # in the text and in the axis title above it


def test_f3_walks_the_matches_and_wraps(view: ReaderView, edition: Edition) -> None:
    place = Place(edition.doc_id, View.SECTION, "s3", ("pôle",))
    view.show_rendered(render_place(place, edition), place.terms)
    count = view.match_count
    assert count >= 2
    positions = []
    for _ in range(count + 1):
        view.find_next()
        positions.append(view.textCursor().selectionStart())
    assert positions[0] == positions[-1] and len(set(positions)) == count
    view.find_next(backwards=True)
    assert view.textCursor().selectionStart() == positions[-2]


def test_find_bar_counts_matches(qtbot, edition: Edition) -> None:
    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.view.show_rendered(render_place(Place(edition.doc_id, View.SECTION, "s3"), edition))
    pane.open_find()
    qtbot.keyClicks(pane.find_bar.field, "metropolitain")
    assert pane.view.match_count == 2
    assert pane.find_bar.count.text() == "1 of 2"
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Return)
    assert pane.find_bar.count.text() == "2 of 2"
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Escape)
    assert pane.find_bar.isHidden() and pane.view.match_count == 0


def test_ctrl_wheel_asks_for_zoom(qtbot, view: ReaderView) -> None:
    def wheel(modifiers: Qt.KeyboardModifier) -> None:
        event = QWheelEvent(
            QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, 120),
            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(view.viewport(), event)

    with qtbot.waitSignal(view.zoom_requested) as blocker:
        wheel(Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [1]
    with qtbot.assertNotEmitted(view.zoom_requested):
        wheel(Qt.KeyboardModifier.NoModifier)


def test_zoom_scales_the_text(view: ReaderView, edition: Edition) -> None:
    view.show_rendered(render_place(Place(edition.doc_id, View.SECTION, "s2"), edition))
    base = view.document().defaultFont().pointSizeF()
    view.set_zoom(150)
    assert view.document().defaultFont().pointSizeF() == pytest.approx(base * 1.5)
    view.show_rendered(render_place(Place(edition.doc_id, View.SECTION, "s3"), edition))
    assert view.document().defaultFont().pointSizeF() == pytest.approx(base * 1.5)


def test_selection_knows_its_passage(view: ReaderView, edition: Edition) -> None:
    view.show_rendered(render_place(Place(edition.doc_id, View.SECTION, "s3"), edition))
    text = view.document().toPlainText()
    start = text.index("Action Cœur")
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 11, cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.selected_text() == "Action Cœur"
    assert view.selection_passage() == "p3.2"


def test_opening_a_passage_scrolls_to_it(qtbot, view: ReaderView, edition: Edition) -> None:
    view.set_zoom(300)
    view.resize(300, 150)
    view.show()
    view.show_rendered(render_place(Place(edition.doc_id, View.PASSAGE, "p3.4"), edition))
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)


def test_an_opened_passage_keeps_a_few_lines_above_it_in_sight(
    qtbot, view: ReaderView, edition: Edition
) -> None:
    """Opened from search, an explainer's answer shows under its « C'est quoi ? » question."""
    from PySide6.QtGui import QFontMetricsF, QTextCursor

    view.set_zoom(300)
    view.resize(400, 300)
    view.show()
    view.show_rendered(render_place(Place(edition.doc_id, View.PASSAGE, "p3.4"), edition))
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    position = next(at for at, passage in view._anchors if passage == "p3.4")
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    top = view.cursorRect(cursor).top()
    line = QFontMetricsF(view.document().defaultFont()).lineSpacing()
    assert 2 * line <= top < view.viewport().height()
