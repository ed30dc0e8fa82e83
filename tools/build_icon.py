"""Make resources/icons/app.ico (the Windows executable's and installer's icon) from the app's SVG.

    python tools/build_icon.py            # rewrites resources/icons/app.ico from artois-reader.svg

Windows wants one .ico holding several sizes: small ones as 32-bit bitmaps (what Explorer and the
taskbar draw), 256 px as PNG (Vista and later). Qt renders the SVG; the container is written here.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SVG = REPO / "resources" / "icons" / "artois-reader.svg"
ICO = REPO / "resources" / "icons" / "app.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
PNG_FROM = 256  # sizes from this one up are stored as PNG, smaller ones as bitmaps


def bitmap_entry(size: int, bgra: bytes) -> bytes:
    """An icon image as Windows stores it: BITMAPINFOHEADER, bottom-up BGRA rows, then a 1-bit AND
    mask (all zero: the alpha channel decides)."""
    if len(bgra) != size * size * 4:
        raise ValueError(f"{size}x{size} BGRA needs {size * size * 4} bytes, got {len(bgra)}")
    rows = [bgra[y * size * 4 : (y + 1) * size * 4] for y in range(size)]
    mask_row = ((size + 31) // 32) * 4  # each mask row is padded to 32 bits
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + bytes(mask_row * size)


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An .ico file from (size, image data) pairs; the data is a bitmap entry or a PNG file."""
    directory = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = [], []
    for size, data in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return directory + b"".join(entries) + b"".join(blobs)


def render(svg: Path, size: int) -> tuple[bytes, bytes]:
    """The SVG drawn at `size` px: (BGRA pixels, PNG file)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)  # little-endian memory order: B, G, R, A
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    pixels = bytes(image.constBits())[: size * size * 4]
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return pixels, bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    images = []
    for size in SIZES:
        pixels, png = render(SVG, size)
        images.append((size, png if size >= PNG_FROM else bitmap_entry(size, pixels)))
    ICO.write_bytes(ico_bytes(images))
    print(f"{ICO.relative_to(REPO)}: {len(SIZES)} sizes, {ICO.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
