"""The main window on the real bundled CRTE: French by default, the tree, search, navigation, history,
bookmarks, copy with the reference, zoom and settings kept across sessions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from artois_reader.app import Application
from artois_reader.ui.navigation import Place, View
from artois_reader.ui.outline_model import KIND_ROLE, PLACE_ROLE
from artois_reader.ui.search_results import HIT_ROLE


@pytest.fixture
def application(qtbot, crte_library, temp_home: Path):
    app = Application(QApplication.instance(), temp_home, crte_library)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    app.window.close()
    app.translators.remove()


def _doc_id(app: Application) -> str:
    return next(iter(app.window.editions))


def _search(qtbot, app: Application, query: str):
    with qtbot.waitSignal(app.window.search.results_shown, timeout=20_000) as blocker:
        app.window.search.set_query(query)
    return blocker.args[0]


def _tree_rows(pane, parent=None) -> list[tuple[str, str]]:
    parent = parent or QModelIndex()
    rows = []
    for row in range(pane.proxy.rowCount(parent)):
        index = pane.proxy.index(row, 0, parent)
        rows.append((index.data(KIND_ROLE), index.data()))
        rows += _tree_rows(pane, index)
    return rows


def test_window_starts_in_french_with_the_tree_filled(application: Application) -> None:
    window = application.window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Fichier", "É&dition", "&Affichage"]
    assert window.windowTitle().startswith("Artois Reader — ")
    axes = [label for kind, label in _tree_rows(window.outline) if kind == "axis"]
    assert len(axes) == 3 and all(label.startswith("Axe ") for label in axes)
    projects = [label for kind, label in _tree_rows(window.outline) if kind == "project"]
    assert len(projects) >= 6
    assert window.left_tabs.tabText(0) == "Sommaire"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("coeur de ville", "coeurs de ville"),
        ("pole metropolitain", "pôle métropolitain"),
        ("friches", "friche"),
    ],
)
def test_search_lands_on_the_passage_highlighted(
    qtbot, application: Application, query: str, expected: str
) -> None:
    window = application.window
    result = _search(qtbot, application, query)
    assert result.total > 0
    assert window.search.count.text().endswith(("résultat", "résultats"))
    with qtbot.waitSignal(window.place_shown):
        assert window.search.open_first()
    place, rendered = window.current
    assert place.view == View.PASSAGE and place.target == result.hits[0].passage_id
    view = window.reader.view
    assert view.match_count > 0, "the words searched are highlighted in the reader"
    shown = view.document().toPlainText().casefold()
    assert expected in shown.replace("œ", "oe") or expected in shown
    assert rendered.anchor == place.target


def test_enter_in_the_search_box_opens_the_first_hit(qtbot, application: Application) -> None:
    window = application.window
    _search(qtbot, application, "friches")
    with qtbot.waitSignal(window.place_shown):
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert window.current[0].view == View.PASSAGE
    assert window.settings.search_history[0] == "friches"


def test_selecting_a_tree_row_opens_it_and_the_tree_follows_the_reader(
    qtbot, application: Application
) -> None:
    window = application.window
    pane = window.outline
    project = next(label for kind, label in _tree_rows(pane) if kind == "project")
    pane.filter_box.setText(project.split()[-1].upper())  # any word of it, whatever its case
    index = next(
        pane.proxy.index(r, 0, parent)
        for parent in _all_indexes(pane.proxy)
        for r in range(pane.proxy.rowCount(parent))
        if pane.proxy.index(r, 0, parent).data(KIND_ROLE) == "project"
    )
    with qtbot.waitSignal(window.place_shown):
        pane.tree.setCurrentIndex(index)
    assert window.current[0].view == View.PASSAGE
    pane.filter_box.clear()
    doc = _doc_id(application)
    window.open_place(Place(doc, View.AXIS, "2"))
    current = pane.proxy.mapToSource(pane.tree.currentIndex())
    assert pane.model.node(current).place == Place(doc, View.AXIS, "2")


def _all_indexes(model, parent=None):
    parent = parent or QModelIndex()
    yield parent
    for row in range(model.rowCount(parent)):
        yield from _all_indexes(model, model.index(row, 0, parent))


def test_names_are_cut_in_their_middle_and_titles_at_their_end(application: Application) -> None:
    """Three « Communauté d'agglomération … » in a narrow pane must not look alike."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    pane = application.window.outline
    delegate = pane.tree.itemDelegate()
    modes = {}
    for parent in _all_indexes(pane.proxy):
        for row in range(pane.proxy.rowCount(parent)):
            index = pane.proxy.index(row, 0, parent)
            option = QStyleOptionViewItem()
            option.textElideMode = pane.tree.textElideMode()  # what the view gives its delegate
            delegate.initStyleOption(option, index)
            modes.setdefault(index.data(KIND_ROLE), set()).add(option.textElideMode)
    assert modes["organization"] == modes["place"] == {Qt.TextElideMode.ElideMiddle}
    assert modes["section"] == modes["project"] == {Qt.TextElideMode.ElideRight}


def test_a_narrow_reader_shows_its_tool_bar_as_icons_and_a_wide_one_with_words(
    qtbot, application: Application
) -> None:
    from PySide6.QtWidgets import QToolButton

    from artois_reader.ui.reader import WORDED

    pane = application.window.reader
    worded = [b for b in pane.toolbar.findChildren(QToolButton) if b.property(WORDED)]
    assert len(worded) == 4  # OCR text, Cite, Annotate, Brief
    pane.resize(1200, 600)
    assert {b.toolButtonStyle() for b in worded} == {Qt.ToolButtonStyle.ToolButtonTextBesideIcon}
    pane.resize(430, 600)
    assert {b.toolButtonStyle() for b in worded} == {Qt.ToolButtonStyle.ToolButtonIconOnly}
    assert pane.toolbar.sizeHint().width() <= 430  # nothing hides behind « ›› »


def test_back_and_forward_by_keyboard(qtbot, application: Application) -> None:
    window = application.window
    doc = _doc_id(application)
    sections = list(window.editions[doc].sections)
    window.open_place(Place(doc, View.SECTION, sections[0]))
    window.open_place(Place(doc, View.SECTION, sections[1]))
    qtbot.keyClick(window.reader.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current[0].target == sections[0]
    qtbot.keyClick(window.reader.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current[0].target == sections[1]
    window.actions.previous_section.trigger()
    assert window.current[0].target == sections[0]


def test_mouse_side_buttons_go_back(qtbot, application: Application) -> None:
    window = application.window
    doc = _doc_id(application)
    window.open_place(Place(doc, View.AXIS, "1"))
    window.open_place(Place(doc, View.AXIS, "2"))
    qtbot.mouseClick(window.reader.view.viewport(), Qt.MouseButton.BackButton)
    assert window.current[0] == Place(doc, View.AXIS, "1")
    qtbot.mouseClick(window.reader.view.viewport(), Qt.MouseButton.ForwardButton)
    assert window.current[0] == Place(doc, View.AXIS, "2")


def test_bookmark_and_copy_with_reference(qtbot, application: Application) -> None:
    window = application.window
    result = _search(qtbot, application, "friches")
    hit = result.hits[0]
    window.open_place(Place(hit.doc_id, View.PASSAGE, hit.passage_id, hit.terms))
    qtbot.keyClick(window.reader.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [b.place.target for b in window.settings.bookmarks] == [hit.passage_id]
    assert window.bookmarks.list.count() == 1 and window.actions.bookmark.isChecked()
    assert not window.settings.bookmarks[0].title.endswith(".")  # "… (Harnes) — p. 3" in the list
    # select the passage's first words and copy them with their reference
    view = window.reader.view
    start = next(pos for pos, pid in view._anchors if pid == hit.passage_id)
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.actions.copy_reference.trigger()
    copied = QGuiApplication.clipboard().text()
    edition = window.editions[hit.doc_id]
    assert copied.startswith(cursor.selectedText().strip())
    assert f"Source\u00a0: «\u00a0{edition.title}\u00a0», version 1" in copied
    assert f"p.\u00a0{hit.page}" in copied
    qtbot.keyClick(window.reader.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.bookmarks == []


def test_zoom_by_keyboard_is_remembered_in_a_new_session(
    qtbot, application: Application, crte_library
) -> None:
    window = application.window
    before = window.reader.view.document().defaultFont().pointSizeF()
    window.actions.zoom_in.trigger()
    window.actions.zoom_in.trigger()
    assert window.reader.view.zoom == 120
    assert window.reader.view.document().defaultFont().pointSizeF() > before
    window.close()
    again = Application(QApplication.instance(), application.home, crte_library)
    try:
        assert again.window.reader.view.zoom == 120
        assert again.window.current[0] == window.current[0]
        assert again.window.zoom_button.text() == "120 %"
    finally:
        again.window.close()
        again.translators.remove()


def test_english_can_be_chosen_from_the_language_menu(qtbot, application: Application) -> None:
    old = application.window
    place = old.current[0]
    old.search.box.setText("friches")
    old.right_tabs.setCurrentIndex(1)  # Contacts
    application.window.actions.language_en.trigger()
    window = application.window
    assert window is not old
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]
    assert window.current[0] == place
    assert window.search.box.text() == "friches" and window.right_tabs.currentIndex() == 1
    assert application.settings.language == "en"
    window.actions.language_fr.trigger()
    assert application.window.menuBar().actions()[0].text() == "&Fichier"


def test_a_language_forced_at_start_is_the_one_ticked_and_the_setting_is_kept(
    qtbot, crte_library, temp_home: Path
) -> None:
    app = Application(QApplication.instance(), temp_home, crte_library, "en")  # --lang en
    try:
        assert app.window.actions.language_en.isChecked()
        assert not app.window.actions.language_system.isChecked()
        assert app.settings.language == ""  # the setting still follows the system
        app.window.actions.language_fr.trigger()
        assert app.window.actions.language_fr.isChecked() and app.settings.language == "fr"
    finally:
        app.window.close()
        app.translators.remove()


def test_contacts_pane_offers_call_and_copy(qtbot, application: Application, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(
        "artois_reader.ui.reader.QDesktopServices.openUrl", lambda url: opened.append(url) or True
    )
    window = application.window
    window.actions.focus_contacts.trigger()
    cards = window.contacts.cards
    assert cards, "the CRTE names contacts"
    from PySide6.QtWidgets import QToolButton

    phone_card = next(c for c in cards if c.contact.phones)
    call = next(b for b in phone_card.findChildren(QToolButton) if b.text() == "Appeler")
    qtbot.mouseClick(call, Qt.MouseButton.LeftButton)
    assert opened and opened[0].scheme() == "tel"
    copy = next(b for b in phone_card.findChildren(QToolButton) if b.text() == "Copier")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == phone_card.contact.phones[0]


def test_a_call_no_application_can_place_copies_the_number_and_says_so(
    qtbot, application: Application, monkeypatch
) -> None:
    monkeypatch.setattr("artois_reader.ui.reader.QDesktopServices.openUrl", lambda url: False)
    window = application.window
    window.actions.focus_contacts.trigger()
    from PySide6.QtWidgets import QToolButton

    phone_card = next(c for c in window.contacts.cards if c.contact.phones)
    QGuiApplication.clipboard().clear()
    call = next(b for b in phone_card.findChildren(QToolButton) if b.text() == "Appeler")
    qtbot.mouseClick(call, Qt.MouseButton.LeftButton)
    number = phone_card.contact.phones[0]
    assert QGuiApplication.clipboard().text() == number
    assert window.statusBar().currentMessage() == (
        f"Aucune application de ce poste n'ouvre «\u00a0{number}\u00a0»\u00a0: copié dans le presse-papiers."
    )


def test_export_to_pdf_puts_the_reference_in_the_footer(
    qtbot, application: Application, monkeypatch, tmp_path
) -> None:
    pypdf = pytest.importorskip("pypdf")
    target = tmp_path / "section.pdf"
    monkeypatch.setattr("artois_reader.ui.dialogs.choose_pdf_path", lambda parent, suggested: target)
    window = application.window
    doc = _doc_id(application)
    window.open_place(Place(doc, View.SECTION, next(iter(window.editions[doc].sections))))
    window.actions.export_pdf.trigger()
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(target).pages).split())
    assert "version 1 — section « Au cœur" in text, text[-300:]  # split() turned NBSP into spaces
    assert "1 / 1" in text


def test_a_rebuilt_index_is_said(qtbot, crte_library, temp_home: Path, french) -> None:
    import shutil

    from artois_reader.ui.main_window import MainWindow
    from artois_reader.ui.settings import Settings

    shutil.rmtree(temp_home / "index")  # lost: the library rebuilds it when the window opens it
    window = MainWindow(crte_library, Settings(temp_home))
    qtbot.addWidget(window)
    window.reload_library()
    with qtbot.waitSignal(window.index_ready, timeout=60_000):
        window.warm_up_index()
    assert window.statusBar().currentMessage() == "L'index de recherche a été reconstruit."
    assert window.index_status.text() == "Index\u00a0: prêt"


def _tab_stops(qtbot, window, count: int, backwards: bool = False) -> list:
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    stops = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), key)
        stops.append(QApplication.focusWidget())
    return stops


def test_tab_goes_through_the_window_as_it_reads(qtbot, application: Application) -> None:
    window = application.window
    window.activateWindow()
    qtbot.waitActive(window)
    window.left_tabs.tabBar().setFocus()
    left_bar, right_bar = window.left_tabs.tabBar(), window.right_tabs.tabBar()
    stops = _tab_stops(qtbot, window, 4)
    assert stops[:2] == [window.outline.filter_box, window.outline.tree]
    assert window.reader.view in stops[2:4]  # after the reader's tool bar, when it has a stop
    while QApplication.focusWidget() is window.reader.view:  # Tab goes through the text's links first
        assert len(stops) < 200
        stops += _tab_stops(qtbot, window, 1)
    assert stops[-1:] + _tab_stops(qtbot, window, 1) == [right_bar, window.search.box]
    assert left_bar.accessibleName() == window.left_tabs.accessibleName()
    assert _tab_stops(qtbot, window, 1, backwards=True) == [right_bar]
    assert window.reader.isAncestorOf(_tab_stops(qtbot, window, 1, backwards=True)[0])


def test_the_window_opens_with_the_cursor_in_the_search_box(qtbot, application: Application) -> None:
    window = application.window
    window.activateWindow()
    qtbot.waitActive(window)
    assert QApplication.focusWidget() is window.search.box


def test_tab_enters_a_pane_built_after_the_window(qtbot, application: Application) -> None:
    window = application.window
    window.activateWindow()
    qtbot.waitActive(window)
    window.actions.focus_contacts.trigger()  # the contacts pane is made now
    window.right_tabs.tabBar().setFocus()
    (stop,) = _tab_stops(qtbot, window, 1)
    assert window.contacts.isAncestorOf(stop)


def test_f3_starts_in_the_passage_opened_and_goes_on_to_the_next_result(
    qtbot, application: Application
) -> None:
    window = application.window
    _search(qtbot, application, "friches")
    hits = [index.data(HIT_ROLE) for index in window.search.model.hit_indexes()]
    assert len(hits) >= 3
    window.search.open_first()
    view = window.reader.view
    window.actions.find_next.trigger()
    assert view.passage_at(view.textCursor().selectionStart()) == hits[0].passage_id
    for _ in range(view.match_count):  # past the last highlighted word of the page
        window.actions.find_next.trigger()
    assert window.current[0].target == hits[1].passage_id
    assert window.search.results.currentIndex().data(HIT_ROLE) == hits[1]
    window.actions.find_next.trigger()
    assert view.passage_at(view.textCursor().selectionStart()) == hits[1].passage_id
    while not view.at_last_match(backwards=True):
        window.actions.find_previous.trigger()
    window.actions.find_previous.trigger()  # before the first: the result before
    assert window.current[0].target == hits[0].passage_id
    window.actions.find_previous.trigger()  # backwards, from the last word of that passage
    assert view.passage_at(view.textCursor().selectionStart()) == hits[0].passage_id
    assert set(window.current[0].terms) >= {term for hit in hits for term in hit.terms}


def test_find_in_page_stays_in_the_page(qtbot, application: Application) -> None:
    window = application.window
    _search(qtbot, application, "friches")
    window.search.open_first()
    shown = window.current[0]
    window.reader.open_find()
    window.reader.find_bar.field.setText("friche")
    view = window.reader.view
    for _ in range(view.match_count + 1):
        window.actions.find_next.trigger()
    assert window.current[0] == shown


def test_a_key_figure_chosen_in_the_tree_stays_chosen(qtbot, application: Application) -> None:
    window = application.window
    tree, proxy = window.outline.tree, window.outline.proxy
    document = proxy.index(0, 0)
    figures = next(
        proxy.index(r, 0, document)
        for r in range(proxy.rowCount(document))
        if proxy.index(r, 0, document).data().startswith("Chiffres clés")
    )
    figure = proxy.index(0, 0, figures)
    tree.setCurrentIndex(figure)  # opens its passage in the reader
    qtbot.waitUntil(lambda: window.current is not None and window.current[0] == figure.data(PLACE_ROLE))
    assert tree.currentIndex() == figure


def test_a_tab_bar_frames_its_tab_while_focused_and_never_cuts_a_name(
    qtbot, application: Application
) -> None:
    window = application.window
    window.activateWindow()
    qtbot.waitActive(window)
    bar = window.left_tabs.tabBar()
    widths = [bar.tabRect(index).width() for index in range(bar.count())]
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Right)  # another tab chosen from the keyboard
    QApplication.processEvents()
    focused = bar.grab().toImage()
    highlight = bar.palette().color(bar.palette().ColorRole.Highlight)
    rect = bar.tabRect(bar.currentIndex())
    framed = [focused.pixelColor(x, rect.center().y()) for x in range(rect.left(), rect.left() + 4)]
    assert highlight in framed
    window.search.box.setFocus()  # away
    QApplication.processEvents()
    assert highlight not in [
        bar.grab().toImage().pixelColor(x, rect.center().y()) for x in range(rect.left(), rect.left() + 4)
    ]
    assert [bar.tabRect(index).width() for index in range(bar.count())] == widths  # no name cut


def test_tab_from_the_contacts_pane_goes_to_its_cards(qtbot, application: Application) -> None:
    window = application.window
    window.activateWindow()
    qtbot.waitActive(window)
    window.actions.focus_contacts.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.contacts)  # Ctrl+4: the pane itself
    (stop,) = _tab_stops(qtbot, window, 1)
    assert window.contacts.isAncestorOf(stop), stop


def test_closing_find_in_page_hands_the_focus_straight_to_the_text(qtbot, application: Application) -> None:
    window = application.window
    window.activateWindow()
    qtbot.waitActive(window)
    window.reader.open_find()
    qtbot.waitUntil(lambda: window.reader.find_bar.field.hasFocus())
    visited = []
    QApplication.instance().focusChanged.connect(lambda _old, new: visited.append(new))
    qtbot.keyClick(window.reader.find_bar.field, Qt.Key.Key_Escape)
    assert visited == [window.reader.view]
