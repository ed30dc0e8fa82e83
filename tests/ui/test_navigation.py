from __future__ import annotations

from artois_reader.ui.navigation import (
    Bookmark,
    History,
    Place,
    View,
    is_openable,
    place_from_url,
    place_url,
    toggle_bookmark,
)


def test_history_goes_back_and_forward_like_a_browser() -> None:
    history = History()
    a, b, c = (Place("d", View.SECTION, s) for s in ("s1", "s2", "s3"))
    for place in (a, b, c):
        history.visit(place)
    assert history.back() == b
    assert history.back() == a
    assert history.back() is None
    assert history.forward() == b
    history.visit(Place("d", View.AXIS, "2"))
    assert not history.can_go_forward()
    assert history.back() == b


def test_visiting_the_same_place_with_new_terms_adds_no_history() -> None:
    history = History()
    place = Place("d", View.PASSAGE, "p3.2")
    history.visit(place)
    history.visit(place.with_terms(("friches",)))
    assert not history.can_go_back()
    assert history.current is not None and history.current.terms == ("friches",)


def test_place_url_round_trips_targets_with_spaces_and_accents() -> None:
    place = Place("abc123", View.MENTION, "place:Liévin / Lens")
    assert place_from_url(place_url(place)) == place


def test_only_web_mail_and_phone_links_are_openable() -> None:
    assert is_openable("https://www.pole-artois.fr")
    assert is_openable("mailto:contact@pole-artois.fr")
    assert is_openable("tel:+33321000000")
    for url in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "artois:x/section/s1",
        "data:text/html,x",
        "ftp://h/",
    ):
        assert not is_openable(url), url
    assert place_from_url("javascript:alert(1)") is None


def test_bookmark_round_trips_and_toggles() -> None:
    mark = Bookmark(Place("d", View.PASSAGE, "p2.3"), "Reconversion des friches", 2, "CRTE", 1, "2024-01-01")
    assert Bookmark.from_dict(mark.to_dict()) == mark
    assert Bookmark.from_dict({"place": {"view": "nowhere"}}) is None
    marks, added = toggle_bookmark([], mark)
    assert added and marks == [mark]
    marks, added = toggle_bookmark(marks, mark)
    assert not added and marks == []
