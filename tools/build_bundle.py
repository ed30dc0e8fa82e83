"""What goes into the frozen bundle: which Qt plugins and translations stay, which libraries they still need.

`build_app.spec` imports this module (PyInstaller runs the spec with the repository on `sys.path`) and
`tools/build_and_verify.py` uses its checks. Everything here works on PyInstaller TOC entries, plain
`(dest_name, src_name, typecode)` tuples, so the rules are unit-tested without running a build.

Why a second pass over `Analysis`: PyInstaller resolves the link-time dependencies of every collected
plugin inside `Analysis`, so dropping a plugin afterwards leaves its libraries behind. `slim_qt` drops the
plugins and translations we do not ship, then removes the libraries that only those plugins needed, then
the symbolic links that would be left pointing at nothing.
"""

from __future__ import annotations

import os
import re
import sys
import tarfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePath

TocEntry = tuple[str, str, str]
ImportsOf = Callable[[str], Iterable[str]]
"""imports_of(src_path) -> the names of the shared libraries that binary links against."""

EXCLUDED_MODULES = (
    # Not runtime dependencies of the package: pypdf imports Pillow and fontTools when present (images,
    # CFF fonts), and a developer venv has them through fpdf2. The bundle ships what pyproject declares.
    "PIL",
    "fontTools",
    "fpdf",
    "numpy",
    "tkinter",
    "_tkinter",
    "pytest",
    "hypothesis",
    # The app never touches the network: no TLS. The stdlib modules that mention ssl (http.client,
    # urllib.request, asyncio) import it optionally. QtNetwork stays for its local sockets only (the
    # single-instance check, ui/single_instance.py: a named pipe or a socket file); its TLS and
    # network-information plugins are dropped with every plugin type KEPT_PLUGINS does not list.
    "ssl",
    "_ssl",
    # OpenSSL's hashes (libcrypto, 4.5 MiB): hashlib falls back to Python's own md5/sha1/sha2/sha3/
    # blake2, which give the same digests. pypdf's AES goes through `cryptography`, which carries its own.
    "_hashlib",
    # rapidfuzz ships each scorer twice, generic and AVX2 (5 MiB), and falls back to the generic one:
    # measured 1.6 ms instead of 1.3 ms to match a word against 30,000 (bench: same results).
    "rapidfuzz.fuzz_cpp_avx2",
    "rapidfuzz.process_cpp_avx2",
    "rapidfuzz.distance.metrics_cpp_avx2",
)
"""Modules the bundle leaves out (PyInstaller `excludes`)."""

ALL = None
"""In `KEPT_PLUGINS`: keep every plugin of that type."""

# Plugin type -> plugin names kept (file name without "lib" prefix and extension), or ALL.
# A type absent from the table is dropped whole.
KEPT_PLUGINS: dict[str, dict[str, frozenset[str] | None]] = {
    "linux": {
        # xcb for X11 and XWayland (Qt falls back to it when the wayland plugin is absent),
        # offscreen for the smoke test and CI.
        "platforms": frozenset({"qxcb", "qoffscreen"}),
        "xcbglintegrations": frozenset({"qxcb-glx-integration"}),
        # compose (dead keys: typing "é" on any keyboard) and ibus input methods.
        "platforminputcontexts": frozenset(
            {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
        ),
        # native file dialogs through the desktop portal; gtk3 would drag the GTK stack in.
        "platformthemes": frozenset({"qxdgdesktopportal"}),
        "imageformats": frozenset({"qsvg", "qico", "qjpeg"}),
        "iconengines": ALL,
        # No cups plugin: it drags libcups, GnuTLS, Kerberos and Avahi in (8 MB, past the budget).
        # Printing on Linux goes to a PDF file; Windows, where officials print, keeps its plugin.
    },
    "windows": {
        "platforms": frozenset({"qwindows", "qoffscreen"}),
        "styles": frozenset({"qmodernwindowsstyle"}),
        "imageformats": frozenset({"qsvg", "qico", "qjpeg"}),
        "iconengines": ALL,
        "printsupport": ALL,
    },
}

KEPT_TRANSLATIONS = frozenset({"qtbase_fr.qm"})
"""Qt's own strings (standard buttons, dialogs) in French; English is built into Qt."""

DROPPED_FILES = frozenset(
    {
        "opengl32sw.dll",
        # OpenSSL, collected with QtNetwork for its TLS plugins (not shipped): nothing else links it
        # (`cryptography` carries its own, `_ssl` and `_hashlib` are excluded).
        "libssl.so.3",
        "libcrypto.so.3",
        "libssl-3-x64.dll",
        "libcrypto-3-x64.dll",
    }
)
"""Collected by the hooks but never loaded: `opengl32sw.dll` only serves when no OpenGL driver exists
(widgets need none); OpenSSL only serves Qt's TLS backends."""

MIB = 1024 * 1024


@dataclass(frozen=True)
class Budget:
    """Sizes in MiB (what `du -h` and Windows Explorer call MB)."""

    onedir: float
    compressed: float  # the folder as a .tar.gz


BUDGETS = {"linux": Budget(onedir=135.0, compressed=55.0)}
"""130 MiB until QtNetwork came in for the single-instance check (QLocalServer): with the Kerberos
libraries libQt6Network links against, about 5 MiB more."""


def platform_key(platform: str = sys.platform) -> str:
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    return "linux"


# --- Qt plugins and translations ----------------------------------------------------------------


def qt_plugin(dest_name: str) -> tuple[str, str] | None:
    """`(type, name)` when `dest_name` is a Qt plugin inside the bundle, else None.

    Linux wheels put plugins under `PySide6/Qt/plugins/<type>/libname.so`, Windows wheels under
    `PySide6/plugins/<type>/name.dll`.
    """
    parts = PurePath(dest_name.replace("\\", "/")).parts
    for index in range(len(parts) - 3, -1, -1):
        if parts[index] != "plugins" or len(parts) - index != 3:
            continue
        owner = parts[:index]
        if owner[-1:] == ("PySide6",) or owner[-2:] == ("PySide6", "Qt"):
            return parts[index + 1], plugin_name(parts[index + 2])
    return None


def plugin_name(file_name: str) -> str:
    """`libqxcb.so` -> `qxcb`, `qwindows.dll` -> `qwindows`, `libqsvg.dylib` -> `qsvg`."""
    stem = re.sub(r"\.(so(\.\d+)*|dll|dylib)$", "", file_name, flags=re.IGNORECASE)
    return stem.removeprefix("lib")


def keeps_plugin(plugin_type: str, name: str, platform: str) -> bool:
    kept_types = KEPT_PLUGINS.get(platform)
    if kept_types is None:  # a platform we have no table for: keep what PyInstaller chose
        return True
    if plugin_type not in kept_types:
        return False
    names = kept_types[plugin_type]
    return names is ALL or name in names


def qt_translation(dest_name: str) -> str | None:
    """The file name when `dest_name` is one of Qt's own translations (not the app's), else None."""
    parts = PurePath(dest_name.replace("\\", "/")).parts
    if (
        len(parts) >= 3
        and parts[-2] == "translations"
        and "PySide6" in parts[:-2]
        and parts[-1].endswith(".qm")
    ):
        return parts[-1]
    return None


def is_dropped(dest_name: str, platform: str) -> bool:
    """Whether a collected file is one of the plugins, translations or files we do not ship."""
    if PurePath(dest_name.replace("\\", "/")).name.lower() in DROPPED_FILES:
        return True
    plugin = qt_plugin(dest_name)
    if plugin is not None:
        return not keeps_plugin(*plugin, platform)
    translation = qt_translation(dest_name)
    return translation is not None and translation not in KEPT_TRANSLATIONS


# --- Orphaned libraries and dangling links ------------------------------------------------------


def _key(name: str) -> str:
    return os.path.normcase(PurePath(name.replace("\\", "/")).name)


@dataclass
class Slimmed:
    binaries: list[TocEntry]
    datas: list[TocEntry]
    dropped: list[str] = field(default_factory=list)  # dest names of plugins, translations, files
    orphans: list[str] = field(default_factory=list)  # dest names of libraries nothing kept needs
    links: list[str] = field(default_factory=list)  # dest names of symbolic links left dangling


def orphaned_libraries(binaries: list[TocEntry], dropped: set[str], imports_of: ImportsOf) -> set[str]:
    """Dest names of the libraries that only the `dropped` binaries needed.

    Conservative on purpose: a library is a candidate only if a dropped binary pulled it in (directly
    or through other candidates), and stays if anything kept still links to it. Python extension
    modules are never candidates: the interpreter loads them, whoever else links them.
    """
    by_name: dict[str, list[str]] = {}
    for dest, _src, _typecode in binaries:
        by_name.setdefault(_key(dest), []).append(dest)
    src_of = {dest: src for dest, src, _typecode in binaries}

    def deps(dest: str) -> set[str]:
        found: set[str] = set()
        for name in imports_of(src_of[dest]):
            found.update(by_name.get(_key(name), ()))
        return found

    def closure(start: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(start)
        while todo:
            dest = todo.pop()
            if dest in seen:
                continue
            seen.add(dest)
            todo.extend(deps(dest))
        return seen

    extensions = {dest for dest, _src, typecode in binaries if typecode == "EXTENSION"}  # Python imports them
    candidates = closure(dropped) - dropped - extensions
    kept_roots = [dest for dest in src_of if dest not in dropped and dest not in candidates]
    return candidates - closure(kept_roots)


def dangling_links(entries: list[TocEntry]) -> set[str]:
    """Dest names of SYMLINK entries whose target is not collected (following chains of links)."""
    present = {dest for dest, _src, _typecode in entries}
    links = {dest: target for dest, target, typecode in entries if typecode == "SYMLINK"}
    dangling: set[str] = set()
    changed = True
    while changed:
        changed = False
        for dest, target in links.items():
            if dest in dangling:
                continue
            resolved = os.path.normpath(os.path.join(os.path.dirname(dest), target))
            if resolved not in present or resolved in dangling:
                dangling.add(dest)
                changed = True
    return dangling


def slim_qt(
    binaries: list[TocEntry], datas: list[TocEntry], imports_of: ImportsOf, platform: str | None = None
) -> Slimmed:
    """Drop the Qt plugins and translations we do not ship, the libraries only they needed, and the
    links that would dangle. Returns the new TOCs and what went, for the build log."""
    platform = platform or platform_key()
    dropped = {dest for dest, _src, _typecode in binaries + datas if is_dropped(dest, platform)}
    libraries = [entry for entry in binaries if entry[2] in ("BINARY", "EXTENSION")]
    orphans = orphaned_libraries(libraries, dropped & {dest for dest, *_ in libraries}, imports_of)
    gone = dropped | orphans
    kept = [entry for entry in binaries + datas if entry[0] not in gone]
    links = dangling_links(kept)
    gone |= links
    return Slimmed(
        binaries=[entry for entry in binaries if entry[0] not in gone],
        datas=[entry for entry in datas if entry[0] not in gone],
        dropped=sorted(dropped),
        orphans=sorted(orphans),
        links=sorted(links),
    )


# --- Windows version resource -------------------------------------------------------------------


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """`"0.1.0"` -> `(0, 1, 0, 0)`; a pre-release or local suffix (`"1.2.0rc1"`, `"1.2+dev"`) is dropped."""
    match = re.match(r"\d+(?:\.\d+){0,3}", version)
    if match is None:
        raise ValueError(f"not a version: {version!r}")
    a, b, c, d = (*(int(n) for n in match.group(0).split(".")), 0, 0, 0)[:4]
    return a, b, c, d


def version_info_text(version: str, *, product: str, exe_name: str, description: str) -> str:
    """A PyInstaller version file (the `VSVersionInfo(...)` text `EXE(version=...)` reads), French
    (0x040C) in Unicode (1200), with the version taken from the package."""
    numbers = version_tuple(version)
    dotted = ".".join(map(str, numbers))
    strings = {
        "CompanyName": "Artois Reader team",
        "FileDescription": description,
        "FileVersion": dotted,
        "InternalName": exe_name,
        "LegalCopyright": "Artois Reader team, EUPL-1.2",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": product,
        "ProductVersion": version,
    }
    structs = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return (
        "# UTF-8\n"
        "VSVersionInfo(\n"
        "  ffi=FixedFileInfo(\n"
        f"    filevers={numbers!r},\n"
        f"    prodvers={numbers!r},\n"
        "    mask=0x3f,\n"
        "    flags=0x0,\n"
        "    OS=0x40004,\n"  # VOS_NT_WINDOWS32
        "    fileType=0x1,\n"  # VFT_APP
        "    subtype=0x0,\n"
        "    date=(0, 0),\n"
        "  ),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable('040C04B0', [\n"
        f"          {structs},\n"
        "      ]),\n"
        "    ]),\n"
        "    VarFileInfo([VarStruct('Translation', [0x040C, 1200])]),\n"
        "  ],\n"
        ")\n"
    )


# --- Checks on a built bundle -------------------------------------------------------------------


def broken_links(root: Path) -> list[Path]:
    """Symbolic links under `root` whose target does not exist."""
    return sorted(path for path in root.rglob("*") if path.is_symlink() and not path.exists())


def bundle_size(root: Path) -> int:
    """Bytes of the regular files under `root` (symbolic links count for nothing)."""
    return sum(path.stat().st_size for path in root.rglob("*") if path.is_file() and not path.is_symlink())


def compressed_size(root: Path, archive: Path) -> int:
    """Bytes of `root` as a tar.gz (what a release would upload), written to `archive`."""
    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(root, arcname=root.name)
    return archive.stat().st_size


def mebibytes(size: int) -> float:
    return round(size / MIB, 1)
