from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from artois_reader.ui.navigation import Bookmark, Place, View
from artois_reader.ui.settings import HISTORY_LIMIT, ZOOM_DEFAULT, ZOOM_MAX, Settings


def test_defaults_on_a_fresh_home(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "home")
    assert settings.zoom == ZOOM_DEFAULT
    assert settings.language == ""
    assert settings.search_history == []
    assert settings.bookmarks == []
    assert settings.last_place is None
    assert settings.show_raw is False
    assert settings.path == tmp_path / "home" / "settings.ini"


def test_values_survive_a_new_settings_object(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    place = Place("abc", View.PASSAGE, "p3.2")
    settings.zoom = 130
    settings.show_raw = True
    settings.language = "en"
    settings.last_place = place
    settings.geometry = QByteArray(b"\x01\x02geometry")
    settings.bookmarks = [Bookmark(place, "Cœur de ville", 3, "CRTE", 2, "2024-01-01")]
    settings.remember_query("friches")
    settings.remember_query("cœur de ville")
    settings.sync()
    again = Settings(tmp_path)
    assert again.zoom == 130
    assert again.show_raw is True
    assert again.language == "en"
    assert again.last_place == place
    assert bytes(again.geometry.data()) == b"\x01\x02geometry"
    assert again.bookmarks[0].title == "Cœur de ville"
    assert again.search_history == ["cœur de ville", "friches"]
    assert "cœur" in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_bad_values_fall_back_to_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text(
        "[reader]\nzoom=huge\nlast_place=not json\n[ui]\nlanguage=klingon\n[bookmarks]\nlist=[1, 2]\n",
        encoding="utf-8",
    )
    settings = Settings(tmp_path)
    assert settings.zoom == ZOOM_DEFAULT
    assert settings.last_place is None
    assert settings.language == ""
    assert settings.bookmarks == []
    settings.zoom = 10_000
    assert settings.zoom == ZOOM_MAX


def test_search_history_is_deduplicated_and_bounded(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    for n in range(HISTORY_LIMIT + 5):
        settings.remember_query(f"requête {n}")
    settings.remember_query("  Requête   3 ")
    history = settings.search_history
    assert len(history) == HISTORY_LIMIT
    assert history[0] == "Requête 3"
    assert sum(q.casefold() == "requête 3" for q in history) == 1
