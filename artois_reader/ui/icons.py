"""The interface's line icons (resources/icons/ui/*.svg), painted in the palette's colours.

The SVG files draw with ``currentColor``; `icon` puts in the text colour of the palette (and a dimmer
one for the disabled state), so the tool bar reads on a light and on a dark theme. A pixmap is drawn
(through Qt's SVG image plugin) the first time a size and mode is painted, at the screen's density.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from artois_reader.core.resources import resource_path


@cache
def _svg(name: str) -> str:
    return resource_path("icons", "ui", f"{name}.svg").read_text(encoding="utf-8")


def _pixmap(name: str, colour: QColor, size: int) -> QPixmap:
    svg = _svg(name).replace("currentColor", colour.name())
    svg = svg.replace(
        'width="24" height="24"', f'width="{size}" height="{size}" opacity="{colour.alphaF():.2f}"'
    )
    pixmap = QPixmap()
    pixmap.loadFromData(svg.encode("utf-8"), "SVG")
    return pixmap


class _LineIcon(QIconEngine):
    """Draws the SVG when Qt first asks for a size and mode (a menu's icons wait until it opens)."""

    def __init__(self, name: str, normal: QColor, disabled: QColor) -> None:
        super().__init__()
        self._name, self._normal, self._disabled = name, normal, disabled
        self._made: dict[tuple[int, bool], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        off = mode == QIcon.Mode.Disabled
        if (side, off) not in self._made:
            self._made[(side, off)] = _pixmap(self._name, self._disabled if off else self._normal, side)
        return self._made[(side, off)]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        made = self.pixmap(QSize(round(rect.width() * ratio), round(rect.height() * ratio)), mode, state)
        painter.drawPixmap(rect, made)

    def clone(self) -> QIconEngine:
        return _LineIcon(self._name, self._normal, self._disabled)


def icon(name: str, palette: QPalette) -> QIcon:
    """The icon `name`, in the palette's button text colour (disabled: its disabled colour)."""
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if disabled == normal:
        disabled = QColor(normal)
        disabled.setAlphaF(0.4)
    return QIcon(_LineIcon(name, normal, disabled))
