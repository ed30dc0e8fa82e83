"""The rules build_app.spec applies to PyInstaller's TOCs: which Qt files stay, what becomes an orphan."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_bundle as bundle
import pytest

LINUX_PLUGINS = "PySide6/Qt/plugins"
WINDOWS_PLUGINS = "PySide6/plugins"


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
