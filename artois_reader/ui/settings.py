"""The GUI settings: one typed object over QSettings (INI format, `<home>/settings.ini`).

This is the only module that spells a settings key. Defaults are declared once, in `_KEYS`.
Values are converted on the way in and out, because an INI file gives back strings ("true", "3")
in a new process; lists and places are stored as JSON text so they survive any round trip.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from artois_reader.ui.navigation import Bookmark, Place

SETTINGS_FILE = "settings.ini"
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP, ZOOM_DEFAULT = 50, 300, 10, 100
HISTORY_LIMIT = 20
LANGUAGES = ("fr", "en")  # "" means: follow the system language


def _to_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _to_bytes(value: Any) -> QByteArray:
    return value if isinstance(value, QByteArray) else QByteArray()


def _to_json(value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class _Key:
    name: str
    default: Any
    read: Callable[[Any], Any]


_KEYS = {
    "geometry": _Key("window/geometry", QByteArray(), _to_bytes),
    "window_state": _Key("window/state", QByteArray(), _to_bytes),
    "splitter_state": _Key("window/splitter", QByteArray(), _to_bytes),
    "zoom": _Key("reader/zoom", ZOOM_DEFAULT, int),
    "show_raw": _Key("reader/show_raw", False, _to_bool),
    "language": _Key("ui/language", "", str),
    "search_history": _Key("search/history", "[]", str),
    "bookmarks": _Key("bookmarks/list", "[]", str),
    "last_place": _Key("reader/last_place", "", str),
    "shown_editions": _Key("library/shown", "{}", str),
    "fiche": _Key("fiche/items", "[]", str),
    "fiche_title": _Key("fiche/title", "", str),
}


class Settings:
    """Typed access to the user's settings. Create it with the user data directory."""

    def __init__(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.path = home / SETTINGS_FILE
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    # --- raw access, for this module only ---------------------------------------------------------

    def _get(self, field: str) -> Any:
        key = _KEYS[field]
        value = self._store.value(key.name, key.default)
        try:
            return key.read(value)
        except (TypeError, ValueError):
            return key.default

    def _set(self, field: str, value: Any) -> None:
        self._store.setValue(_KEYS[field].name, value)

    def sync(self) -> None:
        self._store.sync()

    # --- window -------------------------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray:
        return self._get("geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._get("window_state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window_state", value)

    @property
    def splitter_state(self) -> QByteArray:
        return self._get("splitter_state")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._set("splitter_state", value)

    # --- reader ---------------------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        """Text size in percent of the system font, within [ZOOM_MIN, ZOOM_MAX]."""
        return clamp_zoom(self._get("zoom"))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._set("zoom", clamp_zoom(value))

    @property
    def show_raw(self) -> bool:
        return self._get("show_raw")

    @show_raw.setter
    def show_raw(self, value: bool) -> None:
        self._set("show_raw", bool(value))

    @property
    def last_place(self) -> Place | None:
        return Place.from_dict(_to_json(self._get("last_place")))

    @last_place.setter
    def last_place(self, place: Place | None) -> None:
        self._set("last_place", json.dumps(place.to_dict()) if place else "")

    # --- language -------------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """ "fr", "en", or "" to follow the system language."""
        value = self._get("language")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value if value in LANGUAGES else "")

    # --- search and bookmarks -------------------------------------------------------------------------

    @property
    def search_history(self) -> list[str]:
        """Recent queries, the most recent first."""
        data = _to_json(self._get("search_history"))
        return [q for q in data if isinstance(q, str) and q.strip()] if isinstance(data, list) else []

    @search_history.setter
    def search_history(self, queries: list[str]) -> None:
        self._set("search_history", json.dumps(list(queries)[:HISTORY_LIMIT], ensure_ascii=False))

    def remember_query(self, query: str) -> list[str]:
        """Put a query at the top of the history (once) and return the new history."""
        query = " ".join(query.split())
        if not query:
            return self.search_history
        kept = [q for q in self.search_history if q.casefold() != query.casefold()]
        self.search_history = [query, *kept]
        return self.search_history

    @property
    def bookmarks(self) -> list[Bookmark]:
        data = _to_json(self._get("bookmarks"))
        if not isinstance(data, list):
            return []
        return [b for b in (Bookmark.from_dict(item) for item in data) if b is not None]

    @bookmarks.setter
    def bookmarks(self, bookmarks: list[Bookmark]) -> None:
        self._set("bookmarks", json.dumps([b.to_dict() for b in bookmarks], ensure_ascii=False))

    # --- editions and the fiche -------------------------------------------------------------------------

    @property
    def shown_editions(self) -> dict[str, str]:
        """Document (title key) -> the edition the user chose to see (absent: the newest)."""
        data = _to_json(self._get("shown_editions"))
        if not isinstance(data, dict):
            return {}
        return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}

    @shown_editions.setter
    def shown_editions(self, chosen: dict[str, str]) -> None:
        self._set("shown_editions", json.dumps(dict(chosen), ensure_ascii=False))

    @property
    def fiche(self) -> list[Any]:
        """The fiche's basket: `fiche.FicheEntry` recipes, in order."""
        from artois_reader.ui.fiche import FicheEntry

        data = _to_json(self._get("fiche"))
        if not isinstance(data, list):
            return []
        return [entry for entry in (FicheEntry.from_dict(item) for item in data) if entry is not None]

    @fiche.setter
    def fiche(self, entries: list[Any]) -> None:
        self._set("fiche", json.dumps([entry.to_dict() for entry in entries], ensure_ascii=False))

    @property
    def fiche_title(self) -> str:
        return self._get("fiche_title")

    @fiche_title.setter
    def fiche_title(self, title: str) -> None:
        self._set("fiche_title", " ".join(str(title).split()))


def clamp_zoom(value: Any) -> int:
    try:
        zoom = int(value)
    except (TypeError, ValueError):
        return ZOOM_DEFAULT
    return max(ZOOM_MIN, min(ZOOM_MAX, zoom))
