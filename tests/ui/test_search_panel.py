"""The search flow with a search function we control: a key searches at once, keys typed together
search once, stale results dropped, filters, the suggestion, history, and grouping of hits."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from artois_reader.core.document import Intercommunality, PassageKind, SearchHit, SearchResult
from artois_reader.ui.search_panel import SearchFilters, SearchPanel, SearchScope
from artois_reader.ui.search_results import HIT_ROLE, QUERY_ROLE, group_hits


def _hit(
    passage: str, *, axis: int | None = 1, kind: PassageKind = PassageKind.SECTION, page: int = 2
) -> SearchHit:
    return SearchHit(
        doc_id="doc",
        version=1,
        kind=kind,
        title=f"Titre {passage}",
        axis=axis,
        page=page,
        score=1.0,
        snippet=f"texte de {passage}",
        snippet_html=f"texte de <mark>{passage}</mark> &lt;b&gt;",
        passage_id=passage,
    )


class FakeSearch:
    """Answers `query` with one hit named after the query; may hold the first call until released."""

    def __init__(self, hold_first: bool = False) -> None:
        self.calls: list[tuple[str, SearchFilters]] = []
        self.release = threading.Event()
        self.started = threading.Event()
        self.called = threading.Event()
        self.hold_first = hold_first

    def __call__(self, query: str, filters: SearchFilters) -> SearchResult:
        self.calls.append((query, filters))
        self.called.set()
        if self.hold_first and len(self.calls) == 1:
            self.started.set()
            self.release.wait(10)
        hits = (_hit("p2.1"),) if query != "rien" else ()
        suggestion = "friches" if query == "frches" else None
        widened = None
        if query == "Hénin-Beaumont":
            widened = Intercommunality(query, "CA d'Hénin-Carvin", '"Hénin-Carvin" OR CAHC')
        return SearchResult(query, len(hits), 1.0, hits, suggestion=suggestion, intercommunality=widened)


@pytest.fixture
def panel(qtbot):
    search = FakeSearch()
    widget = SearchPanel(search)
    widget.fake = search
    qtbot.addWidget(widget)
    return widget


def test_a_key_searches_at_once(qtbot, panel: SearchPanel) -> None:
    """No debounce to wait for: one turn of the event loop after the key, the search is running."""
    qtbot.keyClick(panel.box, "f")
    QCoreApplication.processEvents()
    assert panel.fake.called.wait(5), "the key did not start a search on the next turn of the event loop"
    qtbot.waitUntil(lambda: panel.last_result is not None and panel.last_result.query == "f", timeout=5000)


def test_keys_typed_together_run_one_search(qtbot, panel: SearchPanel) -> None:
    with qtbot.waitSignal(panel.results_shown, timeout=5000) as blocker:
        qtbot.keyClicks(panel.box, "friches")
    assert [q for q, _ in panel.fake.calls] == ["friches"]
    assert blocker.args[0].query == "friches"


def test_a_stale_result_is_never_shown(qtbot) -> None:
    search = FakeSearch(hold_first=True)
    panel = SearchPanel(search)
    qtbot.addWidget(panel)
    panel.box.setText("premier")
    panel.run_now()
    assert search.started.wait(5)
    panel.box.setText("second")
    panel.run_now()
    shown: list[str] = []
    panel.results_shown.connect(lambda result: shown.append(result.query))
    search.release.set()
    qtbot.waitUntil(lambda: shown == ["second"], timeout=5000)
    assert shown == ["second"]
    assert panel.last_result.query == "second"


def test_results_are_grouped_and_snippets_keep_their_escaping(qtbot, french, panel: SearchPanel) -> None:
    with qtbot.waitSignal(panel.results_shown):
        panel.set_query("friches")
    group = panel.model.index(0, 0)
    assert group.data().startswith("Axe 1")
    hit_index = panel.model.index(0, 0, group)
    assert hit_index.data(HIT_ROLE).passage_id == "p2.1"
    from artois_reader.ui.search_results import HTML_ROLE

    html = hit_index.data(HTML_ROLE)
    assert "&lt;b&gt;" in html and "<b>p2.1" not in html
    assert "<mark>" not in html and "background-color" in html
    assert panel.count.text() == "1 résultat"


def test_enter_or_double_click_opens_a_hit_and_commits_the_query(qtbot, panel: SearchPanel) -> None:
    with qtbot.waitSignal(panel.results_shown):
        panel.set_query("friches")
    committed: list[str] = []
    panel.query_committed.connect(committed.append)
    with qtbot.waitSignal(panel.hit_activated) as blocker:
        qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert blocker.args[0].passage_id == "p2.1"
    assert committed == ["friches"]
    panel.show()
    qtbot.waitExposed(panel)
    opened: list[object] = []
    panel.hit_activated.connect(opened.append)
    rect = panel.results.visualRect(panel.model.first_hit())
    qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1, "a double-click opens the hit once"


def test_down_arrow_reaches_the_results(qtbot, panel: SearchPanel) -> None:
    with qtbot.waitSignal(panel.results_shown):
        panel.set_query("friches")
    panel.show()
    panel.box.setFocus()
    qtbot.keyClick(panel.box, Qt.Key.Key_Down)
    assert panel.results.currentIndex() == panel.model.first_hit()


def test_no_result_and_did_you_mean(qtbot, panel: SearchPanel) -> None:
    with qtbot.waitSignal(panel.results_shown):
        panel.set_query("rien")
    assert panel.count.text() == "No result"
    with qtbot.waitSignal(panel.results_shown):
        panel.set_query("frches")
    assert not panel.suggestion.isHidden()
    assert "friches" in panel.suggestion.text()
    with qtbot.waitSignal(panel.results_shown) as blocker:
        panel.suggestion.linkActivated.emit("suggest:friches")
    assert blocker.args[0].query == "friches" and panel.box.text() == "friches"


def test_a_commune_answered_by_its_agglomeration_says_so(qtbot, panel: SearchPanel) -> None:
    with qtbot.waitSignal(panel.results_shown):
        panel.set_query("Hénin-Beaumont")
    assert not panel.widened.isHidden()
    assert "Hénin-Beaumont" in panel.widened.text() and "CA d'Hénin-Carvin" in panel.widened.text()
    with qtbot.waitSignal(panel.results_shown):
        panel.set_query("friches")
    assert panel.widened.isHidden()


def test_filter_chips_narrow_the_search(qtbot, panel: SearchPanel) -> None:
    panel.set_scope(
        SearchScope(
            documents=(("doc", "CRTE"), ("other", "Autre")), axes=((1, "Éco-transition"), (2, "Ville"))
        )
    )
    panel.box.setText("friches")
    axis_two = next(a for a in panel.axis_chip.menu().actions() if a.text().startswith("Axis 2"))
    with qtbot.waitSignal(panel.results_shown):
        axis_two.trigger()
    assert panel.fake.calls[-1][1] == SearchFilters(axis=2)
    assert "Axis 2" in panel.axis_chip.toolTip()
    project = next(a for a in panel.kind_chip.menu().actions() if a.text() == "Projects")
    with qtbot.waitSignal(panel.results_shown):
        project.trigger()
    assert panel.fake.calls[-1][1] == SearchFilters(axis=2, kind=PassageKind.PROJECT)
    assert not panel.document_chip.isHidden() or not panel.isVisible()


def test_a_long_axis_title_is_cut_in_the_menu_and_whole_in_its_tooltip(panel: SearchPanel) -> None:
    title = "L'éco-transition comme modèle de développement : faire du territoire un démonstrateur"
    panel.set_scope(SearchScope(documents=(("doc", "CRTE"),), axes=((1, title), (2, "Ville"))))
    first = next(a for a in panel.axis_chip.menu().actions() if a.toolTip().endswith(title))
    assert len(first.text()) <= 60 and first.text().endswith("…")
    assert "▾" not in panel.axis_chip.text()  # Qt draws the menu's arrow itself


def test_empty_box_lists_recent_searches(qtbot, panel: SearchPanel) -> None:
    panel.set_history(["cœur de ville", "friches"])
    header = panel.model.index(0, 0)
    assert [panel.model.index(r, 0, header).data(QUERY_ROLE) for r in range(2)] == [
        "cœur de ville",
        "friches",
    ]
    with qtbot.waitSignal(panel.results_shown) as blocker:
        panel.results.activated.emit(panel.model.index(1, 0, header))
    assert blocker.args[0].query == "friches"


def test_down_from_the_empty_box_goes_to_the_latest_recent_search(qtbot, panel: SearchPanel) -> None:
    panel.set_history(["cœur de ville", "friches"])
    qtbot.keyClick(panel.box, Qt.Key.Key_Down)
    assert panel.results.currentIndex().data(QUERY_ROLE) == "cœur de ville"


def test_recent_searches_sit_right_under_the_hint(qtbot, panel: SearchPanel) -> None:
    panel.resize(380, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_history(["cœur de ville", "friches"])
    QCoreApplication.processEvents()
    gap = panel.results.geometry().top() - panel.hint.geometry().bottom()
    assert 0 <= gap <= 3 * panel.fontMetrics().height(), gap
    panel.set_history([])  # nothing below it: the hint's text still sits at the top
    QCoreApplication.processEvents()
    assert panel.hint.geometry().top() - panel.box.geometry().bottom() <= 4 * panel.fontMetrics().height()
    image = panel.hint.grab().toImage()  # and its text at its top, however tall the label is
    background = image.pixelColor(image.width() - 1, image.height() - 1)
    inked = [
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y) != background for x in range(image.width()))
    ]
    assert inked and inked[0] <= 2 * panel.fontMetrics().height(), (inked[:1], image.height())


def test_group_hits_puts_the_best_group_first_and_pages_in_order() -> None:
    hits = [
        _hit("p5.1", axis=2, page=5),
        _hit("p3.1", axis=1, page=3),
        _hit("p2.1", axis=2, page=2),
        _hit("p4.1", axis=2, kind=PassageKind.PROJECT, page=4),
    ]
    groups = group_hits(hits)
    assert [(g.axis, g.kind) for g in groups] == [
        (2, PassageKind.SECTION),
        (1, PassageKind.SECTION),
        (2, PassageKind.PROJECT),
    ]
    assert [h.page for h in groups[0].hits] == [2, 5]


def test_a_failing_search_says_so(qtbot) -> None:
    def broken(query: str, filters: SearchFilters) -> SearchResult:
        raise OSError("index gone")

    panel = SearchPanel(broken)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.search_failed):
        panel.set_query("friches")
    assert panel.count.text().startswith("The search could not be run")
