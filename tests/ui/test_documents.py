"""The documents pane (issue 8): every document and its editions, which one the window shows, search
within one, rename, remove with a confirmation, and the compare view with links into both editions."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt, QUrl

from artois_reader.core.document import DocumentInfo, SourceKind
from artois_reader.ui.documents_pane import DocumentsModel, group_editions
from artois_reader.ui.library_commands import default_pair
from artois_reader.ui.navigation import Place, View


def _info(doc_id: str, title: str, version: int, ingested: str = "2024-05-01T10:00:00Z") -> DocumentInfo:
    return DocumentInfo(doc_id, title, version, doc_id * 5, f"{doc_id}.pdf", SourceKind.PDF, ingested, 10)


EDITIONS = [
    _info("aaa", "CRTE — Chapeau commun", 1),
    _info("bbb", "CRTE — chapeau COMMUN", 2, "2024-06-01T10:00:00Z"),
    _info("ccc", "Étude des friches", 1, "2024-05-15T10:00:00Z"),
]


def test_editions_are_grouped_by_document_and_the_newest_is_shown_by_default() -> None:
    groups = group_editions(EDITIONS, {})
    assert [g.title for g in groups] == ["CRTE — chapeau COMMUN", "Étude des friches"]  # accents ignored
    assert [[i.version for i in g.editions] for g in groups] == [[1, 2], [1]]
    assert [g.shown_id for g in groups] == ["bbb", "ccc"]
    chosen = group_editions(EDITIONS, {groups[0].key: "aaa", groups[1].key: "gone"})
    assert [g.shown_id for g in chosen] == ["aaa", "ccc"]  # a choice that left the library: the newest


def test_the_documents_model_passes_the_model_tester(qtmodeltester, french) -> None:
    model = DocumentsModel()
    model.set_groups(group_editions(EDITIONS, {}))
    qtmodeltester.check(model, force_py=True)
    first = model.index(0, 0)
    assert model.rowCount(first) == 2 and model.rowCount(model.index(1, 0)) == 1
    assert model.index(1, 0, first).data().startswith("Version 2 (affichée)\najoutée le ")
    assert model.index(1, 0, first).data().endswith(" · 10 pages")
    assert model.index(0, 0).data() == "CRTE — chapeau COMMUN"
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "CRTE — chapeau COMMUN, 2 versions"


def test_compare_offers_the_two_newest_versions_of_the_document_chosen() -> None:
    assert [i.id for i in default_pair(EDITIONS, EDITIONS[1])] == ["aaa", "bbb"]
    assert [i.id for i in default_pair(EDITIONS, EDITIONS[0])] == ["aaa", "bbb"]
    assert [i.id for i in default_pair(EDITIONS, EDITIONS[2])] == ["ccc", "bbb"]  # no other version
    assert default_pair(EDITIONS[:1], EDITIONS[0]) is None


@pytest.fixture
def application(open_window, editions_library):
    return open_window(editions_library)


def _versions(app) -> tuple[DocumentInfo, DocumentInfo]:
    old, new = app.library.documents()
    return old, new


def test_the_tree_shows_the_newest_version_and_the_pane_lists_both(application) -> None:
    window = application.window
    _old, new = _versions(application)
    assert list(window.editions) == [new.id]
    assert window.outline.proxy.index(0, 0).data() == f"{new.title} (version 2)"
    model = window.documents.model
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == 2


def test_showing_an_older_version_switches_the_tree_the_search_and_the_reader(qtbot, application) -> None:
    window = application.window
    old, new = _versions(application)
    window.documents.select_edition(old.id)
    window.documents.show_button.click()
    assert list(window.editions) == [old.id]
    assert window.current[0] == Place(old.id)
    assert window.settings.shown_editions  # kept for the next start
    with qtbot.waitSignal(window.search.results_shown, timeout=20_000) as shown:
        window.search.set_query("Vivalley")  # a project only the first version has
    assert shown.args[0].total > 0 and {h.doc_id for h in shown.args[0].hits} == {old.id}
    with qtbot.waitSignal(window.search.results_shown, timeout=20_000) as shown:
        window.show_edition(new.id)  # the results shown are searched again, in the edition now shown
    assert all(h.doc_id == new.id for h in shown.args[0].hits)
    assert not window.settings.shown_editions  # the newest again: nothing to remember


def test_search_within_one_document_sets_the_document_chip(qtbot, application) -> None:
    window = application.window
    _old, new = _versions(application)
    window.documents.select_edition(new.id)
    with qtbot.waitSignal(window.search.results_shown, timeout=20_000):
        window.search.box.setText("friches")
        window.documents.search_button.click()
    assert window.search.filters.doc_id == new.id
    assert window.right_tabs.currentWidget() is window.search


def test_rename_asks_for_the_title_and_renames_every_version(qtbot, application, monkeypatch) -> None:
    window = application.window
    old, _new = _versions(application)
    monkeypatch.setattr("artois_reader.ui.dialogs.ask_title", lambda parent, current: "CRTE du PMA")
    with qtbot.waitSignal(window.library_reloaded, timeout=20_000):
        window.documents.select_edition(old.id)
        window.documents.rename_button.click()
    assert {info.title for info in window.library.documents()} == {"CRTE du PMA"}
    assert window.outline.proxy.index(0, 0).data() == "CRTE du PMA (version 2)"
    assert "Renommé" in window.statusBar().currentMessage()


def test_remove_asks_first_and_a_refusal_keeps_everything(qtbot, application, monkeypatch) -> None:
    window = application.window
    old, _new = _versions(application)
    asked: list[str] = []

    def confirm(parent, title, question, *, action):
        asked.append(question)
        return False

    monkeypatch.setattr("artois_reader.ui.dialogs.confirm", confirm)
    window.documents.select_edition(old.id)
    window.documents.remove_button.click()
    assert len(asked) == 1 and "version 1" in asked[0] and "copie enregistrée" in asked[0]
    assert len(window.library.documents()) == 2


def test_removing_a_version_deletes_its_stored_copy(qtbot, application, monkeypatch) -> None:
    window = application.window
    old, new = _versions(application)
    window.show_edition(old.id)
    folder = window.library.home / "documents" / old.id
    assert folder.is_dir()
    monkeypatch.setattr("artois_reader.ui.dialogs.confirm", lambda *args, **kwargs: True)
    with qtbot.waitSignal(window.library_reloaded, timeout=60_000):
        window.documents.select_edition(old.id)
        window.documents.remove_button.click()
    assert [info.id for info in window.library.documents()] == [new.id]
    assert not folder.exists()
    assert list(window.editions) == [new.id] and window.current[0].doc_id == new.id
    assert "Supprimé" in window.statusBar().currentMessage()


def test_the_compare_view_shows_the_changes_and_its_links_open_either_version(
    qtbot, application, monkeypatch
) -> None:
    window = application.window
    old, new = _versions(application)
    offered: list[tuple[str, str]] = []

    def choose(parent, editions, first, second):
        offered.append((first, second))
        return first, second

    monkeypatch.setattr("artois_reader.ui.dialogs.choose_editions", choose)
    window.actions.compare.trigger()
    assert offered == [(old.id, new.id)]
    place = Place(new.id, View.COMPARE, old.id)
    qtbot.waitUntil(lambda: place in window.comparisons, timeout=30_000)
    view = window.reader.view
    text = view.toPlainText()
    assert window.current[0] == place
    for words in ("maison de santé", "Vivalley Campus", "660 000", "Un territoire en archipel"):
        assert words in text
    links = _links(view)
    assert any(f"artois://doc/{old.id}/passage/" in link for link in links)
    assert any(f"artois://doc/{new.id}/passage/" in link for link in links)
    removed = next(link for link in links if f"doc/{old.id}/" in link)
    with qtbot.waitSignal(window.place_shown):
        view.anchorClicked.emit(QUrl(removed))
    shown = window.current[0]
    assert (shown.doc_id, shown.view) == (old.id, View.PASSAGE)
    assert shown.target == removed.rsplit("/", 1)[1]
    window.go_back()  # the report again, from this session's cache
    assert window.current[0] == place and "Vivalley Campus" in view.toPlainText()


def _links(view) -> list[str]:
    links = []
    block = view.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                links.append(fmt.anchorHref())
            fragments += 1
        block = block.next()
    return links


def test_an_edition_label_is_a_french_sentence(french) -> None:
    from artois_reader.ui.library_commands import edition_label

    info = dataclasses.replace(EDITIONS[0], pages=1)
    assert edition_label(info).startswith("CRTE — Chapeau commun, version 1 (1 page, ")


def test_questions_show_document_titles_as_text_never_markup(qtbot, french) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from artois_reader.ui import dialogs

    formats: list[object] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        formats.extend(label.textFormat() for label in box.findChildren(QLabel) if "<b>" in label.text())
        box.reject()

    QTimer.singleShot(0, answer)
    assert dialogs.confirm(None, "Supprimer", "Supprimer « <b>piège</b> » ?", action="Supprimer") is False
    QTimer.singleShot(0, answer)
    assert dialogs.ask_title(None, "<b>piège</b>") is None
    assert formats == [Qt.TextFormat.PlainText, Qt.TextFormat.PlainText]
