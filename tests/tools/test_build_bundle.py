"""The rules build_app.spec applies to PyInstaller's TOCs: which Qt files stay, what becomes an orphan."""

from __future__ import annotations

import shutil
import struct
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_bundle as bundle
import pytest

LINUX_PLUGINS = "PySide6/Qt/plugins"
WINDOWS_PLUGINS = "PySide6/plugins"

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the installed PySide6 is a Linux wheel"
)


def qt_lib_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))


def icu_data_library() -> tuple[Path, str]:
    """PySide6's libicudata.so.NN and its ICU major version NN."""
    (library,) = qt_lib_dir().glob("libicudata.so.*")
    match = bundle.ICU_DATA_LIBRARY.search(library.name)
    assert match is not None
    return library, match.group(1)


def entry(dest: str, typecode: str = "BINARY") -> tuple[str, str, str]:
    return dest, "/src/" + dest, typecode


# --- Qt plugins and translations --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dest", "expected"),
    [
        (f"{LINUX_PLUGINS}/platforms/libqxcb.so", ("platforms", "qxcb")),
        (f"{WINDOWS_PLUGINS}/styles/qmodernwindowsstyle.dll", ("styles", "qmodernwindowsstyle")),
        ("PySide6\\plugins\\platforms\\qwindows.dll", ("platforms", "qwindows")),
        ("PySide6/Qt/lib/libQt6Core.so.6", None),
        ("resources/plugins/platforms/libqxcb.so", None),  # not Qt's: an app folder that happens to match
        ("libqxcb.so", None),
    ],
)
def test_qt_plugin_is_recognised_on_linux_and_windows_layouts(dest: str, expected: object) -> None:
    assert bundle.qt_plugin(dest) == expected


def test_linux_keeps_xcb_offscreen_and_input_methods_and_drops_wayland_and_eglfs() -> None:
    def dropped(path: str) -> bool:
        return bundle.is_dropped(f"{LINUX_PLUGINS}/{path}", "linux")

    assert not dropped("platforms/libqxcb.so")
    assert not dropped("platforms/libqoffscreen.so")
    assert not dropped("platforminputcontexts/libcomposeplatforminputcontextplugin.so")
    assert not dropped("platforminputcontexts/libibusplatforminputcontextplugin.so")
    assert not dropped("imageformats/libqsvg.so")
    assert dropped("platforms/libqwayland.so")
    assert dropped("platforms/libqeglfs.so")
    assert dropped("egldeviceintegrations/libqeglfs-kms-integration.so")
    assert dropped("platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert dropped("imageformats/libqtiff.so")
    assert dropped("platformthemes/libqgtk3.so")
    assert dropped("tls/libqopensslbackend.so")
    assert dropped("networkinformation/libqnetworkmanager.so")


def test_windows_keeps_its_platform_and_modern_style_and_drops_software_opengl() -> None:
    def dropped(path: str) -> bool:
        return bundle.is_dropped(path, "windows")

    assert not dropped(f"{WINDOWS_PLUGINS}/platforms/qwindows.dll")
    assert not dropped(f"{WINDOWS_PLUGINS}/styles/qmodernwindowsstyle.dll")
    assert not dropped(f"{WINDOWS_PLUGINS}/printsupport/windowsprintersupport.dll")
    assert dropped(f"{WINDOWS_PLUGINS}/platforms/qdirect2d.dll")
    assert dropped(f"{WINDOWS_PLUGINS}/generic/qtuiotouchplugin.dll")
    assert dropped("PySide6/opengl32sw.dll")
    assert dropped("PySide6/OPENGL32SW.DLL")


def test_only_qt_french_base_translation_stays_and_app_translations_are_untouched() -> None:
    assert not bundle.is_dropped("PySide6/Qt/translations/qtbase_fr.qm", "linux")
    assert not bundle.is_dropped("PySide6/translations/qtbase_fr.qm", "windows")
    assert bundle.is_dropped("PySide6/Qt/translations/qtbase_de.qm", "linux")
    assert bundle.is_dropped("PySide6/Qt/translations/qt_help_fr.qm", "linux")
    assert bundle.is_dropped("PySide6/translations/qtbase_ja.qm", "windows")
    assert not bundle.is_dropped("resources/translations/artois_reader_en.qm", "linux")
    assert not bundle.is_dropped("resources/crte_pma_chapeau_commun.pdf", "linux")


def test_a_platform_without_rules_keeps_what_pyinstaller_chose() -> None:
    assert not bundle.is_dropped("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "macos")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the installed PySide6 is a Linux wheel")
def test_every_plugin_kept_on_linux_exists_in_the_installed_pyside6() -> None:
    """A renamed plugin after a PySide6 upgrade must fail here, not vanish silently from the bundle."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    for plugin_type, names in bundle.KEPT_PLUGINS["linux"].items():
        present = {bundle.plugin_name(path.name) for path in (plugins / plugin_type).glob("*.so")}
        assert present, f"no {plugin_type} plugins in {plugins}"
        assert names is bundle.ALL or names <= present, f"{plugin_type}: {sorted(names - present)} missing"


def test_linux_leaves_x11_fonts_and_the_cxx_runtime_to_the_host_and_keeps_what_a_desktop_may_lack() -> None:
    for name in ("libX11.so.6", "libXau.so.6", "libfontconfig.so.1", "libfreetype.so.6", "libstdc++.so.6"):
        assert bundle.is_host_library(name, "linux") and bundle.is_dropped(name, "linux"), name
    for name in (
        "libxcb-cursor.so.0",  # Qt's xcb plugin needs it; often missing
        "libxkbcommon-x11.so.0",
        "libgssapi_krb5.so.2",  # QtNetwork links it; absent from some distributions
        "libdbus-1.so.3",
        "libglib-2.0.so.0",
        "libsqlite3.so.0",
        "libpython3.11.so.1.0",
        "PySide6/Qt/lib/libQt6Core.so.6",
    ):
        assert not bundle.is_dropped(name, "linux"), name
    assert not bundle.is_dropped("libstdc++.so.6", "windows")  # the rule is Linux's


# --- Orphaned libraries and dangling links ----------------------------------------------------------


def graph(links: dict[str, list[str]]) -> bundle.ImportsOf:
    """A fake of bindepend.get_imports: file name -> the names it links."""

    def imports_of(src: str) -> list[str]:
        return links.get(Path(src).name, [])

    return imports_of


def test_libraries_only_a_dropped_plugin_needed_become_orphans() -> None:
    binaries = [
        entry(f"{LINUX_PLUGINS}/platforms/libqwayland.so"),
        entry(f"{LINUX_PLUGINS}/platforms/libqxcb.so"),
        entry("PySide6/Qt/lib/libQt6WaylandClient.so.6"),
        entry("libwayland-client.so.0"),
        entry("PySide6/Qt/lib/libQt6Gui.so.6"),
        entry("libpython3.11.so.1.0"),  # linked by nothing, collected on purpose: never an orphan
    ]
    imports_of = graph(
        {
            "libqwayland.so": ["libQt6WaylandClient.so.6", "libQt6Gui.so.6"],
            "libQt6WaylandClient.so.6": ["libwayland-client.so.0", "libQt6Gui.so.6"],
            "libqxcb.so": ["libQt6Gui.so.6"],
        }
    )
    dropped = {f"{LINUX_PLUGINS}/platforms/libqwayland.so"}
    assert bundle.orphaned_libraries(binaries, dropped, imports_of) == {
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "libwayland-client.so.0",
    }


def test_a_library_still_linked_by_something_kept_is_not_an_orphan() -> None:
    binaries = [entry("plugin.so"), entry("kept.so"), entry("shared.so"), entry("only_plugin.so")]
    imports_of = graph({"plugin.so": ["shared.so", "only_plugin.so"], "kept.so": ["shared.so"]})
    assert bundle.orphaned_libraries(binaries, {"plugin.so"}, imports_of) == {"only_plugin.so"}


def test_a_python_extension_module_is_never_an_orphan() -> None:
    binaries = [entry("plugin.so"), entry("PySide6/QtDBus.abi3.so", "EXTENSION"), entry("libQt6DBus.so.6")]
    imports_of = graph({"plugin.so": ["QtDBus.abi3.so"], "QtDBus.abi3.so": ["libQt6DBus.so.6"]})
    assert bundle.orphaned_libraries(binaries, {"plugin.so"}, imports_of) == set()


def test_what_only_a_host_library_needed_goes_even_though_kept_libraries_link_the_host_library() -> None:
    """Qt links the host's freetype: its libpng is then the host's affair, its brotli still Qt's."""
    binaries = [
        entry("PySide6/Qt/lib/libQt6Gui.so.6"),
        entry("PySide6/Qt/lib/libQt6Network.so.6"),
        entry("libfreetype.so.6"),
        entry("libpng16.so.16"),
        entry("libbrotlidec.so.1"),
    ]
    imports_of = graph(
        {
            "libQt6Gui.so.6": ["libfreetype.so.6"],
            "libQt6Network.so.6": ["libbrotlidec.so.1"],
            "libfreetype.so.6": ["libpng16.so.16", "libbrotlidec.so.1"],
        }
    )
    assert bundle.orphaned_libraries(binaries, {"libfreetype.so.6"}, imports_of) == {"libpng16.so.16"}


def test_cycles_between_libraries_do_not_hang_the_analysis() -> None:
    binaries = [entry("plugin.so"), entry("x.so"), entry("y.so")]
    imports_of = graph({"plugin.so": ["x.so"], "x.so": ["y.so"], "y.so": ["x.so"]})
    assert bundle.orphaned_libraries(binaries, {"plugin.so"}, imports_of) == {"x.so", "y.so"}


def test_windows_dll_names_match_whatever_their_case() -> None:
    binaries = [entry("PySide6/plugins/platforms/qdirect2d.dll"), entry("PySide6/Qt6DirectX.dll")]
    imports_of = graph({"qdirect2d.dll": ["QT6DIRECTX.DLL"]})
    expected = {"PySide6/Qt6DirectX.dll"} if sys.platform.startswith("win") else set()
    # os.path.normcase folds case only on Windows, where the loader ignores it too.
    assert bundle.orphaned_libraries(binaries, {binaries[0][0]}, imports_of) == expected


def test_links_to_removed_files_dangle_and_so_do_links_to_those_links() -> None:
    entries = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libfoo.so", "libfoo.so.1", "SYMLINK"),  # target removed
        ("libfoo.so.0", "libfoo.so", "SYMLINK"),  # points at the dangling link
        ("sub/link", "../libQt6Gui.so.6", "SYMLINK"),  # relative to its own folder: resolves to a link
    ]
    assert bundle.dangling_links(entries) == {"libfoo.so", "libfoo.so.0"}


def test_slim_qt_removes_plugins_translations_orphans_and_their_links_together() -> None:
    binaries = [
        entry(f"{LINUX_PLUGINS}/platforms/libqwayland.so"),
        entry(f"{LINUX_PLUGINS}/platforms/libqoffscreen.so"),
        entry("PySide6/Qt/lib/libQt6WaylandClient.so.6"),
        entry("PySide6/Qt/lib/libQt6Gui.so.6"),
        entry("PySide6/QtGui.abi3.so", "EXTENSION"),
    ]
    datas = [
        ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        entry("PySide6/Qt/translations/qtbase_fr.qm", "DATA"),
        entry("PySide6/Qt/translations/qtbase_de.qm", "DATA"),
        entry("resources/crte_pma_chapeau_commun.txt", "DATA"),
    ]
    imports_of = graph(
        {
            "libqwayland.so": ["libQt6WaylandClient.so.6", "libQt6Gui.so.6"],
            "libqoffscreen.so": ["libQt6Gui.so.6"],
            "QtGui.abi3.so": ["libQt6Gui.so.6"],
        }
    )
    slim = bundle.slim_qt(binaries, datas, imports_of, "linux")
    assert [dest for dest, *_ in slim.binaries] == [
        f"{LINUX_PLUGINS}/platforms/libqoffscreen.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/QtGui.abi3.so",
    ]
    assert [dest for dest, *_ in slim.datas] == [
        "libQt6Gui.so.6",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "resources/crte_pma_chapeau_commun.txt",
    ]
    assert slim.orphans == ["PySide6/Qt/lib/libQt6WaylandClient.so.6"]
    assert slim.links == ["libQt6WaylandClient.so.6"]


# --- ELF files ---------------------------------------------------------------------------------------


def test_read_elf_refuses_what_is_not_a_64_bit_little_endian_elf_file() -> None:
    for data in (b"MZ\x90\x00" + bytes(60), b"\x7fELF\x01\x01" + bytes(58), b"\x7fELF\x02\x02" + bytes(58)):
        with pytest.raises(ValueError, match="not a 64-bit little-endian ELF"):
            bundle.read_elf(data)


def test_highest_version_compares_numbers_and_keeps_prefixes_apart() -> None:
    versions = {
        "GLIBCXX_3.4.9",
        "GLIBCXX_3.4.29",
        "GLIBCXX_3.4",
        "GLIBC_2.17",
        "GLIBC_PRIVATE",
        "CXXABI_1.3.13",
    }
    assert bundle.highest_version(versions, "GLIBCXX") == (3, 4, 29)
    assert bundle.highest_version(versions, "GLIBC") == (2, 17)
    assert bundle.highest_version(versions, "GCC") is None


@linux_only
def test_read_elf_gives_qt_cores_links_versions_and_icu_imports() -> None:
    core = bundle.read_elf((qt_lib_dir() / "libQt6Core.so.6").read_bytes())
    _library, major = icu_data_library()
    assert {f"libicuuc.so.{major}", "libc.so.6"} <= set(core.needed)
    assert bundle.highest_version(core.versions, "GLIBC") is not None
    assert {"ucol_open", "ucnv_open", "u_strToUpper"} <= bundle.icu_functions(core, major)
    assert core.symbol("qVersion") is not None  # defined here; ucol_open is only imported
    assert core.symbol(f"ucol_open_{major}") is None


@linux_only
def test_qt_asks_no_more_of_the_host_cxx_runtime_than_host_floor() -> None:
    """A PySide6 upgrade built with a newer GCC fails here, not on the officials' machines."""
    for library in sorted(qt_lib_dir().glob("libQt6*.so.6")):
        versions = bundle.read_elf(library.read_bytes()).versions
        for prefix, floor in bundle.HOST_FLOOR["linux"].items():
            asked = bundle.highest_version(versions, prefix)
            assert asked is None or asked <= floor, f"{library.name} asks {prefix} {asked}"


# --- ICU's data -------------------------------------------------------------------------------------


def icu_header() -> bytes:
    """A little-endian `CmnD` header as ICU writes it: MappedData, UDataInfo, padding to 32 bytes."""
    info = struct.pack("<HBBBBBB4s4B4B", 20, 0, 0, 0, 0, 2, 0, b"CmnD", 1, 0, 0, 0, 3, 0, 0, 0)
    return (struct.pack("<HBB", 32, 0xDA, 0x27) + info).ljust(32, b"\0")


ITEMS = [
    ("icudt73l/brkitr/line.brk", b"B" * 40),
    ("icudt73l/cnvalias.icu", b"A" * 16),
    ("icudt73l/coll/fr.res", b"C" * 32),
    ("icudt73l/fr.res", b"F" * 48),
    ("icudt73l/lang/fr.res", b"L" * 16),
    ("icudt73l/zone/fr.res", b"Z" * 16),
]


def test_an_icu_package_reads_back_its_items_aligned_on_16_bytes() -> None:
    package = bundle.icu_package(icu_header(), ITEMS)
    header, items = bundle.icu_package_items(package)
    assert header == icu_header()
    assert [name for name, _data in items] == [name for name, _data in ITEMS]
    assert items[0][1] == b"B" * 40 + b"\xaa" * 8  # padded to the next item's boundary
    count = struct.unpack_from("<I", package, 32)[0]
    offsets = [struct.unpack_from("<II", package, 36 + 8 * i)[1] for i in range(count)]
    assert all((32 + offset) % 16 == 0 for offset in offsets)


def test_an_icu_package_that_is_big_endian_or_not_common_data_is_refused() -> None:
    package = bytearray(bundle.icu_package(icu_header(), ITEMS))
    package[8] = 1  # isBigEndian
    with pytest.raises(ValueError, match="ICU common data"):
        bundle.icu_package_items(bytes(package))
    with pytest.raises(ValueError, match="ICU common data"):
        bundle.icu_package_items(bundle.icu_package(icu_header().replace(b"CmnD", b"ResB"), ITEMS))


def test_the_slim_package_loses_the_unreachable_trees_and_nothing_else() -> None:
    slim = bundle.slim_icu_package(bundle.icu_package(icu_header(), ITEMS))
    assert [name for name, _data in bundle.icu_package_items(slim)[1]] == [
        "icudt73l/cnvalias.icu",
        "icudt73l/coll/fr.res",
        "icudt73l/fr.res",
        "icudt73l/zone/fr.res",
    ]


@linux_only
def test_pyside6_icu_data_repacked_whole_is_byte_for_byte_the_same() -> None:
    library, major = icu_data_library()
    package = bundle.icu_package_of(library.read_bytes(), major)
    header, items = bundle.icu_package_items(package)
    assert len(items) > 1000
    assert bundle.icu_package(header, items) == package
    assert {bundle.icu_tree(name) for name, _data in items} >= bundle.ICU_UNREACHABLE_TREES | {"coll", "zone"}


def symbols(*names: str, defined: bool = False) -> bundle.ElfLibrary:
    found = tuple(bundle.ElfSymbol(name, 0, 0, defined) for name in names)
    return bundle.ElfLibrary(found, (), frozenset(), ())


def test_icu_functions_are_imported_symbols_with_icus_version_suffix_or_namespace() -> None:
    library = symbols(
        "ucol_open_73", "UCNV_FROM_U_CALLBACK_SUBSTITUTE_73", "_ZN6icu_7313UnicodeStringC1Ev", "qt_foo_73"
    )
    assert bundle.icu_functions(library, "73") == {
        "ucol_open",
        "UCNV_FROM_U_CALLBACK_SUBSTITUTE",
        "_ZN6icu_7313UnicodeStringC1Ev",
    }
    assert bundle.icu_functions(symbols("ucol_open_73", defined=True), "73") == set()
    assert bundle.icu_functions(symbols("ucol_open_74"), "73") == set()


def test_only_collation_case_calendars_and_converters_are_served() -> None:
    served = {"ucol_open", "u_strToUpper", "u_strToLower", "ucal_getTimeZoneDisplayName", "ucnv_open"}
    assert bundle.unserved_icu_functions(served | {"UCNV_TO_U_CALLBACK_SUBSTITUTE"}) == set()
    unserved = {
        "ubrk_open",
        "uloc_getDisplayName",
        "unum_open",
        "utrans_open",
        "_ZN6icu_7313UnicodeStringC1Ev",
    }
    assert bundle.unserved_icu_functions(served | unserved) == unserved


@linux_only
def test_no_qt_library_calls_icu_beyond_what_the_slim_data_serves() -> None:
    """A PySide6 upgrade that calls, say, ubrk_open fails here (and slim_icu then keeps the data whole)."""
    _library, major = icu_data_library()
    calls: set[str] = set()
    for library in sorted(qt_lib_dir().parent.rglob("*.so*")):
        if library.is_file() and not bundle.ICU_LIBRARY.search(library.name) and bundle.is_elf(library):
            calls |= bundle.icu_functions(bundle.read_elf(library.read_bytes()), major)
    assert "ucol_open" in calls
    assert bundle.unserved_icu_functions(calls) == set()


def icu_toc() -> list[tuple[str, str, str]]:
    library, _major = icu_data_library()
    core = qt_lib_dir() / "libQt6Core.so.6"
    return [(f"PySide6/Qt/lib/{path.name}", str(path), "BINARY") for path in (library, core)]


@linux_only
def test_slim_icu_keeps_the_data_whole_when_the_bundle_calls_icu_beyond_what_is_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _library, major = icu_data_library()
    monkeypatch.setattr(bundle, "read_elf", lambda data: symbols(f"ubrk_open_{major}"))
    toc = icu_toc()
    slimmed = bundle.slim_icu(toc, tmp_path, "linux")
    assert slimmed.binaries == toc
    assert slimmed.note == "ICU data kept whole: the bundle also calls ubrk_open"
    assert not list(tmp_path.iterdir())


@linux_only
def test_slim_icu_keeps_the_data_whole_without_binutils(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle.shutil, "which", lambda tool: None)
    toc = icu_toc()
    slimmed = bundle.slim_icu(toc, tmp_path, "linux")
    assert slimmed.binaries == toc
    assert slimmed.note == "ICU data kept whole: as and ld not found (binutils)"


def test_slim_icu_leaves_a_bundle_without_icu_data_alone(tmp_path: Path) -> None:
    toc = [entry("PySide6/Qt/lib/libQt6Core.so.6"), entry("PySide6/Qt6Core.dll")]
    assert bundle.slim_icu(toc, tmp_path, "linux").binaries == toc
    assert bundle.slim_icu(toc, tmp_path, "windows").binaries == toc


binutils = pytest.mark.skipif(
    shutil.which("as") is None or shutil.which("ld") is None, reason="binutils (as, ld) not installed"
)


@linux_only
@binutils
def test_qt_answers_the_same_with_the_slim_icu_data_and_the_probe_would_see_a_loss(tmp_path: Path) -> None:
    """Collation, case mapping, converters and time-zone names in many locales (ICU_PROBE): the same
    answers with PySide6's 30 MiB of ICU data and with the slim library. Control: without the zone tree
    the answers change, so the preloaded library really is the one Qt reads."""
    library, major = icu_data_library()
    slimmed = bundle.slim_icu(icu_toc(), tmp_path / "slim", "linux")
    slim_library = Path(slimmed.binaries[0][1])
    assert slim_library == tmp_path / "slim" / library.name
    assert slimmed.size_after < slimmed.size_before * 0.6

    elf = bundle.read_elf(slim_library.read_bytes())
    symbol = elf.symbol(f"icudt{major}_dat")
    assert symbol is not None and symbol.size == slimmed.size_after

    package = bundle.icu_package_of(library.read_bytes(), major)
    without_zones = bundle.slim_icu_package(package, frozenset({"zone"}))
    control = bundle.link_icu_data(without_zones, major, tmp_path / "control")

    full = bundle.icu_answers()
    assert '"collation fr_FR"' in full and "heure normale d’Europe centrale" in full
    assert bundle.icu_answers(slim_library) == full
    assert bundle.icu_answers(control) != full


# --- Windows version resource -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0)), ("1.2.3.4.5", (1, 2, 3, 4))],
)
def test_version_tuple_has_four_numbers(version: str, expected: tuple[int, ...]) -> None:
    assert bundle.version_tuple(version) == expected


def test_version_tuple_refuses_a_version_without_numbers() -> None:
    with pytest.raises(ValueError, match="not a version"):
        bundle.version_tuple("dev")


def test_version_file_is_what_pyinstaller_evaluates_with_the_package_version() -> None:
    """PyInstaller eval()s the text with its versioninfo classes; we evaluate it with recorders."""
    from artois_reader import __version__

    def record(kind: str) -> Callable[..., tuple[str, tuple[Any, ...], dict[str, Any]]]:
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct"]
    namespace = {name: record(name) for name in [*names, "VarFileInfo", "VarStruct"]}
    text = bundle.version_info_text(
        __version__, product="Artois Reader", exe_name="ArtoisReader", description="d"
    )
    info = eval(text, namespace)  # what PyInstaller does with a version file, with our recorders
    ffi = info[2]["ffi"][2]
    assert ffi["filevers"] == ffi["prodvers"] == bundle.version_tuple(__version__)
    string_table = info[2]["kids"][0][1][0][0]
    assert string_table[1][0] == "040C04B0"  # French, Unicode
    strings = dict(struct[1] for struct in string_table[1][1])
    assert strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "ArtoisReader.exe"
    assert info[2]["kids"][1][1][0][0][1] == ("Translation", [0x040C, 1200])


# --- Checks on a built bundle -----------------------------------------------------------------------


@pytest.mark.skipif(sys.platform.startswith("win"), reason="symbolic links need privileges on Windows")
def test_broken_links_are_found_and_sizes_ignore_links(tmp_path: Path) -> None:
    (tmp_path / "lib.so.1").write_bytes(b"x" * 1000)
    (tmp_path / "lib.so").symlink_to("lib.so.1")
    (tmp_path / "gone.so").symlink_to("missing.so.1")
    assert bundle.broken_links(tmp_path) == [tmp_path / "gone.so"]
    assert bundle.bundle_size(tmp_path) == 1000
