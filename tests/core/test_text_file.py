"""Reading .txt/.md files: encodings, refusals, page splitting, progress."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from artois_reader.core.document import SourceKind
from artois_reader.core.errors import Cancelled, IngestError, Phase, RefusalReason
from artois_reader.core.text_file import decode_text, read_text_file, split_pages

FRENCH = "Le Pôle métropolitain s’engage « à cœur » : 650 000 habitants, 10 € l’été.\nÇa marche."


def _write(tmp_path: Path, data: bytes, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- decoding ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-8", FRENCH.encode("utf-8")),
        ("utf-8 with BOM", FRENCH.encode("utf-8-sig")),
        ("utf-16 le with BOM", b"\xff\xfe" + FRENCH.encode("utf-16-le")),
        ("utf-16 be with BOM", b"\xfe\xff" + FRENCH.encode("utf-16-be")),
        ("utf-32 le with BOM", b"\xff\xfe\x00\x00" + FRENCH.encode("utf-32-le")),
        ("cp1252", FRENCH.encode("cp1252")),
    ],
)
def test_decode_text_recognises_the_encoding(label: str, data: bytes) -> None:
    assert decode_text(data) == FRENCH, label


def test_decode_text_falls_back_to_latin1_for_bytes_cp1252_leaves_undefined() -> None:
    # 0x81 and 0x9d have no character in cp1252; Latin-1 maps them (and every other byte).
    data = "déjà".encode("latin-1") + b"\x81\x9d"
    assert decode_text(data) == "déjà\x81\x9d"


def test_decode_text_never_raises_on_any_byte() -> None:
    every_byte = bytes(range(256)) * 3
    for start in range(4):
        assert isinstance(decode_text(every_byte[start:]), str)
    assert isinstance(decode_text(b"\xff\xfe\x00"), str)  # odd-length UTF-16


def test_decode_text_normalises_newlines() -> None:
    assert decode_text(b"un\r\ndeux\rtrois\nquatre") == "un\ndeux\ntrois\nquatre"


def test_decode_text_composes_accents_nfc() -> None:
    decomposed = "e\u0301te\u0301".encode()
    assert decode_text(decomposed) == "été"


def test_read_text_file_reads_cp1252_and_latin1(tmp_path: Path) -> None:
    cp1252 = read_text_file(_write(tmp_path, "Œuvre – 10 € « ok »".encode("cp1252"), "a.txt"))
    latin1 = read_text_file(_write(tmp_path, "Métropole de l'Artois".encode("latin-1"), "b.txt"))
    assert cp1252.pages[0].text == "Œuvre – 10 € « ok »"
    assert latin1.pages[0].text == "Métropole de l'Artois"


def test_read_text_file_reads_utf16_with_bom(tmp_path: Path) -> None:
    doc = read_text_file(_write(tmp_path, FRENCH.encode("utf-16"), "utf16.md"))
    assert doc.source_kind is SourceKind.TEXT
    assert doc.pages[0].text == FRENCH


# --- refusals ---------------------------------------------------------------------------------


def _reason(path: Path) -> RefusalReason:
    with pytest.raises(IngestError) as caught:
        read_text_file(path)
    return caught.value.reason


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    assert _reason(tmp_path / "absent.txt") is RefusalReason.NOT_FOUND


def test_zero_bytes_is_empty(tmp_path: Path) -> None:
    assert _reason(_write(tmp_path, b"")) is RefusalReason.EMPTY


def test_whitespace_only_is_no_text(tmp_path: Path) -> None:
    assert _reason(_write(tmp_path, b" \n\t\r\n  \n")) is RefusalReason.NO_TEXT
    assert _reason(_write(tmp_path, b"\xef\xbb\xbf", "bom.txt")) is RefusalReason.NO_TEXT


def test_nul_bytes_are_binary(tmp_path: Path) -> None:
    png_like = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    assert _reason(_write(tmp_path, png_like, "image.txt")) is RefusalReason.BINARY_TEXT


def test_many_control_characters_are_binary(tmp_path: Path) -> None:
    data = bytes(b for b in range(1, 32) if b not in b"\t\n\r\f\v") * 20 + b"some words"
    assert _reason(_write(tmp_path, data)) is RefusalReason.BINARY_TEXT


def test_a_few_control_characters_in_prose_are_kept(tmp_path: Path) -> None:
    data = ("Texte \x07 avec \x1b[31m quelques contrôles. " * 20).encode()
    doc = read_text_file(_write(tmp_path, data))
    assert "\x1b[31m" in doc.pages[0].text


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_unreadable_file_is_unreadable(tmp_path: Path) -> None:
    path = _write(tmp_path, b"secret")
    path.chmod(0)
    try:
        assert _reason(path) is RefusalReason.UNREADABLE
    finally:
        path.chmod(0o600)


def test_permission_denied_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, b"secret")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)  # works when the tests run as root, too
    assert _reason(path) is RefusalReason.UNREADABLE


def test_a_folder_is_refused_as_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert _reason(folder) is RefusalReason.FOLDER


def test_file_vanishing_during_the_read_is_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, b"bientot parti")

    def vanish(self: Path) -> bytes:
        self.unlink()
        raise FileNotFoundError(2, "No such file or directory", str(self))

    monkeypatch.setattr(Path, "read_bytes", vanish)
    assert _reason(path) is RefusalReason.UNREADABLE


# --- pages ------------------------------------------------------------------------------------


def test_split_pages_at_form_feeds() -> None:
    assert split_pages("un\n\fdeux\n\f\ftrois\n\f") == ["un", "deux", "", "trois"]


def test_split_pages_at_page_blocks_removes_the_marking_space() -> None:
    text = " Titre\nligne\n\n Deuxième page\n  deux espaces: pas une page\n Troisième"
    assert split_pages(text) == ["Titre\nligne", "Deuxième page\n  deux espaces: pas une page", "Troisième"]


def test_split_pages_keeps_text_before_the_first_block() -> None:
    assert split_pages("préambule\n Page suivante") == ["préambule", "Page suivante"]
    assert split_pages("\n\n Seule page\nsuite") == ["Seule page\nsuite"]


def test_split_pages_ignores_markdown_list_items_and_quotes() -> None:
    text = "# Titre\n\n - un\n - deux\n > citation\n"
    assert split_pages(text) == ["# Titre\n\n - un\n - deux\n > citation"]


def test_split_pages_form_feeds_win_over_page_blocks() -> None:
    assert split_pages(" un\n deux\fTrois") == [" un\n deux", "Trois"]


def test_text_without_markers_is_one_page() -> None:
    assert split_pages("Un seul bloc.\n\nDeux paragraphes.\n\n") == ["Un seul bloc.\n\nDeux paragraphes."]


def test_bundled_crte_has_ten_pages_starting_where_a_reader_sees_them(crte_text_path: Path) -> None:
    doc = read_text_file(crte_text_path)
    assert [page.number for page in doc.pages] == list(range(1, 11))
    first_lines = [page.text.splitlines()[0] for page in doc.pages]
    assert first_lines == [
        "Au cceur d’une nouvelle métropole",  # cover
        "Réunissant pres de 650.000 habitants et",  # introduction
        "Le Pole Métropolitain de I'Artois s’est engagé dans une démarche volontariste d'éco-",  # axe 1
        "Prendre soin des milieux",
        "La Cité des électriciens - Crédits : Euralens /IJM André",  # full-page photo and caption
        "Devenir un pdle muséal de premier plan,",
        "pour renforcer son rayonnement et la fierté",
        "Né en 2016, le Pole Métropolitain de I'Artois",  # the partners
        "E€Euralens",
        "Pole Mée litain de lArtois",  # back cover
    ]
    assert all(not page.text.startswith(" ") for page in doc.pages)
    assert doc.pages[1].text.endswith("Comité Grand Artois par exemple), et")  # no trailing blank lines
    assert doc.pages[9].text == "Pole Mée litain de lArtois\nRéinventons-nous"


def test_page_text_keeps_the_ocr_errors(crte_text_path: Path) -> None:
    doc = read_text_file(crte_text_path)
    assert "membres du Pdéle Métropolitain de I'’Artois" in doc.pages[0].text
    assert "a l'échelle du Péle\nMétropolitain de [I'Artois" in doc.pages[0].text


# --- progress ---------------------------------------------------------------------------------


def test_progress_is_reported_per_page(tmp_path: Path) -> None:
    calls: list[tuple[Phase, int, int]] = []
    read_text_file(_write(tmp_path, b"a\fb\fc"), on_progress=lambda *args: calls.append(args) or True)
    assert calls == [(Phase.READ, 1, 3), (Phase.READ, 2, 3), (Phase.READ, 3, 3)]


def test_progress_callback_can_cancel(tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        read_text_file(_write(tmp_path, b"a\fb\fc"), on_progress=lambda *_: False)
