"""tools/build_icon.py: the .ico container Windows reads, and the committed app.ico."""

from __future__ import annotations

import struct

import build_icon
import pytest
from PySide6.QtGui import QImage, QImageReader


def test_bitmap_rows_are_stored_bottom_up_with_a_padded_mask() -> None:
    top, bottom = b"\x01\x02\x03\xff" * 2, b"\x04\x05\x06\xff" * 2
    entry = build_icon.bitmap_entry(2, top + bottom)
    header = struct.unpack("<IiiHHIIiiII", entry[:40])
    assert header[:5] == (40, 2, 4, 1, 32)  # height counts the colour rows and the mask rows
    assert entry[40:48] == bottom and entry[48:56] == top
    assert entry[56:] == bytes(4 * 2)  # two mask rows, each padded to 32 bits


def test_bitmap_entry_refuses_pixels_of_the_wrong_size() -> None:
    with pytest.raises(ValueError, match="needs 16 bytes"):
        build_icon.bitmap_entry(2, b"\x00" * 15)


def test_ico_directory_points_at_each_image() -> None:
    data = build_icon.ico_bytes([(16, b"a" * 10), (256, b"b" * 7)])
    assert struct.unpack("<HHH", data[:6]) == (0, 1, 2)
    first = struct.unpack("<BBBBHHII", data[6:22])
    second = struct.unpack("<BBBBHHII", data[22:38])
    assert first[:2] == (16, 16) and second[:2] == (0, 0)  # 0 stands for 256
    assert data[first[7] : first[7] + first[6]] == b"a" * 10
    assert data[second[7] : second[7] + second[6]] == b"b" * 7


def test_the_committed_app_ico_holds_every_size_and_qt_reads_them(qapp: object) -> None:
    reader = QImageReader(str(build_icon.ICO))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull()
        sizes.append(image.width())
        above_the_book = image.convertToFormat(QImage.Format.Format_ARGB32).pixel(
            image.width() // 2, image.width() // 5
        )
        assert above_the_book == 0xFF1D4F7C  # the opaque blue square of the SVG, not a transparent hole
    assert sizes == list(build_icon.SIZES)
