"""Build the frozen app from build_app.spec, check the bundle, and let it prove itself, offline.

    python tools/build_and_verify.py                   # build, check, smoke-test twice (CI runs this)
    python tools/build_and_verify.py --skip-build      # check and smoke-test dist/ArtoisReader as it is
    python tools/build_and_verify.py --summary out.json

1. Builds with PyInstaller in the current environment (`pyinstaller --noconfirm build_app.spec`).
2. Checks the bundle: the executable, every file of resources/, Qt's French translation and no other,
   the platform plugins, no network stack (TLS, OpenSSL), no broken symbolic link, and on Linux the
   size budget, folder and tar.gz (printed in any case); on Linux, what it takes from the host (the
   libraries it links but does not carry, printed; no more of the C++ runtime than HOST_FLOOR), and that
   Qt gets the same answers from the slimmed ICU data as from PySide6's own.
3. Runs the frozen `--smoke-test` and reads its JSON report.
4. Runs it again inside a network namespace with no network at all (`unshare -n`, Linux), after
   checking that the namespace really cannot connect anywhere; and, where xvfb-run is installed, in a
   real X11 window (the xcb platform plugin instead of offscreen).

Prints what it measured; exits 0 when everything passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import build_bundle as bundle

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "build_app.spec"
APP_ID = "ArtoisReader"
SMOKE_TIMEOUT = 600.0  # seconds; the app's own watchdog fires first
SKIPPED_RESOURCE_SUFFIXES = frozenset({".ts", ".py", ".pyc"})  # sources the spec leaves out

# Files whose presence would mean the bundle can talk to the network. QtNetwork itself is there for
# its local sockets (the single-instance check); without TLS backends, OpenSSL or network-information
# plugins, and proven offline by the run in a network namespace.
NETWORK_FILES = (
    "libssl",
    "_ssl.",
    "qopensslbackend",
    "qschannelbackend",
    "qcertonlybackend",
    "networkinformation",
    "qnetworkmanager",
)

# Run inside the namespace before the app: prints "offline" only if no connection can be made.
NETWORK_PROBE = """
import socket
try:
    socket.create_connection(("192.0.2.1", 80), timeout=3)
except OSError:
    print("offline")
"""


@dataclass
class Verdict:
    """What the run found: failures fail the run; facts are printed and written to --summary."""

    failures: list[str] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)

    def fail(self, message: str) -> None:
        self.failures.append(message)
        print(f"FAIL {message}", flush=True)

    def note(self, message: str) -> None:
        print(f"  .. {message}", flush=True)


# --- Build --------------------------------------------------------------------------------------------


def build(dist: Path, work: Path, verdict: Verdict) -> bool:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("== build: " + " ".join(command), flush=True)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, check=False)
    seconds = round(time.perf_counter() - start, 1)
    verdict.facts["build_seconds"] = seconds
    verdict.note(f"PyInstaller took {seconds} s")
    if done.returncode != 0:
        verdict.fail(f"PyInstaller exited with {done.returncode}")
        return False
    return True


# --- Bundle checks ------------------------------------------------------------------------------------


def executable(app_dir: Path) -> Path:
    return app_dir / (f"{APP_ID}.exe" if sys.platform.startswith("win") else APP_ID)


def internal_dir(app_dir: Path) -> Path:
    """PyInstaller 6 puts everything but the executable in `_internal/` (sys._MEIPASS)."""
    return app_dir / "_internal"


def expected_resources(resources: Path) -> dict[str, int]:
    """Relative path -> size of every file of resources/ the spec bundles."""
    return {
        path.relative_to(resources).as_posix(): path.stat().st_size
        for path in sorted(resources.rglob("*"))
        if path.is_file() and path.suffix not in SKIPPED_RESOURCE_SUFFIXES and "__pycache__" not in path.parts
    }


def check_bundle(app_dir: Path, resources: Path, platform: str, verdict: Verdict) -> None:
    """Everything that can be checked without running the app."""
    print(f"== check bundle {app_dir}", flush=True)
    if not executable(app_dir).is_file():
        verdict.fail(f"no executable {executable(app_dir)}")
    inside = internal_dir(app_dir)
    _check_resources(inside, resources, verdict)
    _check_qt(inside, platform, verdict)
    for path in bundle.broken_links(app_dir):
        verdict.fail(f"broken symbolic link {path.relative_to(app_dir)} -> {os.readlink(path)}")
    network = sorted(
        str(path.relative_to(app_dir))
        for path in app_dir.rglob("*")
        if any(n in path.name for n in NETWORK_FILES)
    )
    if network:
        verdict.fail("network code in the bundle: " + ", ".join(network))


def _check_resources(inside: Path, resources: Path, verdict: Verdict) -> None:
    from artois_reader.core.resources import BUNDLED_CRTE_PDF, BUNDLED_CRTE_TEXT

    expected = expected_resources(resources)
    for required in (BUNDLED_CRTE_PDF, BUNDLED_CRTE_TEXT):
        if required not in expected:
            verdict.fail(f"resources/{required} is missing from the source tree, so from the bundle")
    missing = [name for name, size in expected.items() if _size(inside / "resources" / name) != size]
    for name in missing:
        verdict.fail(f"resources/{name} is missing from the bundle or differs")
    verdict.note(f"{len(expected) - len(missing)}/{len(expected)} resource files bundled")


def _size(path: Path) -> int | None:
    return path.stat().st_size if path.is_file() else None


def _check_qt(inside: Path, platform: str, verdict: Verdict) -> None:
    qt_root = inside / "PySide6" if platform == "windows" else inside / "PySide6" / "Qt"
    translations = sorted(path.name for path in (qt_root / "translations").glob("*.qm"))
    if translations != sorted(bundle.KEPT_TRANSLATIONS):
        verdict.fail(f"Qt translations bundled: {translations}, expected {sorted(bundle.KEPT_TRANSLATIONS)}")
    platforms = {bundle.plugin_name(path.name) for path in (qt_root / "plugins" / "platforms").glob("*")}
    wanted = bundle.KEPT_PLUGINS.get(platform, {}).get("platforms") or set()
    if not wanted <= platforms:
        verdict.fail(f"platform plugins bundled: {sorted(platforms)}, expected {sorted(wanted)}")
    plugins = sorted(
        f"{path.parent.name}/{path.name}" for path in (qt_root / "plugins").rglob("*") if path.is_file()
    )
    verdict.facts["qt_plugins"] = plugins
    verdict.note(f"Qt plugins: {', '.join(plugins)}")


def check_host(app_dir: Path, platform: str, verdict: Verdict) -> None:
    """Print the libraries the bundle's binaries link but it does not carry (the host's), and the highest
    symbol versions they ask; fail past HOST_FLOOR (the C++ runtime left to the host)."""
    libraries = {
        path: bundle.read_elf(path.read_bytes())
        for path in sorted(app_dir.rglob("*"))
        if path.is_file() and not path.is_symlink() and bundle.is_elf(path)
    }
    carried = {path.name for path in app_dir.rglob("*")}
    from_host = sorted({name for elf in libraries.values() for name in elf.needed} - carried)
    versions = frozenset().union(*(elf.versions for elf in libraries.values()))
    asked = {prefix: bundle.highest_version(versions, prefix) for prefix in ("GLIBC", "GLIBCXX", "CXXABI")}
    verdict.facts["host_libraries"] = from_host
    verdict.facts["host_versions"] = {
        prefix: ".".join(map(str, version)) for prefix, version in asked.items() if version
    }
    shown = ", ".join(f"{prefix}_{value}" for prefix, value in verdict.facts["host_versions"].items())
    verdict.note(f"from the host: {', '.join(from_host)} (at most {shown})")
    for prefix, floor in bundle.HOST_FLOOR.get(platform, {}).items():
        if asked.get(prefix) and asked[prefix] > floor:
            verdict.fail(
                f"the bundle asks the host for {prefix}_{'.'.join(map(str, asked[prefix]))}, past "
                f"{prefix}_{'.'.join(map(str, floor))} (HOST_FLOOR): bundle the C++ runtime again"
            )


def check_icu(app_dir: Path, verdict: Verdict) -> None:
    """When the bundle's ICU data is not PySide6's own (slim_icu), Qt must answer the same with it:
    collation, case mapping, converters and time-zone names, in many locales (ICU_PROBE)."""
    from PySide6.QtCore import QLibraryInfo

    bundled = sorted(internal_dir(app_dir).glob("PySide6/Qt/lib/libicudata.so.*"))
    installed = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    if len(bundled) != 1 or not (installed / bundled[0].name).is_file():
        verdict.note("ICU data: none bundled, or not the installed PySide6's version; not compared")
        return
    size = bundle.mebibytes(bundled[0].stat().st_size)
    verdict.facts["icu_data_mib"] = size
    if bundle.icu_answers() != bundle.icu_answers(bundled[0]):
        verdict.fail(f"Qt answers differently with the bundled ICU data ({bundled[0].name}, {size} MiB)")
    else:
        verdict.note(f"ICU data {size} MiB: Qt's answers (collation, case, converters, time zones) unchanged")


def check_size(app_dir: Path, platform: str, verdict: Verdict) -> None:
    """Print the folder and tar.gz sizes; hold them to the budget where there is one."""
    size = bundle.bundle_size(app_dir)
    with tempfile.TemporaryDirectory() as scratch:
        compressed = bundle.compressed_size(app_dir, Path(scratch) / f"{APP_ID}.tar.gz")
    verdict.facts["size_mib"] = bundle.mebibytes(size)
    verdict.facts["size_bytes"] = size
    verdict.facts["compressed_mib"] = bundle.mebibytes(compressed)
    verdict.facts["compressed_bytes"] = compressed
    budget = bundle.BUDGETS.get(platform)
    limits = f" (budget {budget.onedir:g} MiB / {budget.compressed:g} MiB)" if budget else " (no budget here)"
    print(
        f"== size: {bundle.mebibytes(size)} MiB folder, {bundle.mebibytes(compressed)} MiB as tar.gz"
        f" ({size / 1e6:.1f} MB / {compressed / 1e6:.1f} MB){limits}",
        flush=True,
    )
    if budget and bundle.mebibytes(size) >= budget.onedir:
        verdict.fail(f"the folder weighs {bundle.mebibytes(size)} MiB, over {budget.onedir:g} MiB")
    if budget and bundle.mebibytes(compressed) >= budget.compressed:
        verdict.fail(f"the tar.gz weighs {bundle.mebibytes(compressed)} MiB, over {budget.compressed:g} MiB")


# --- Smoke tests --------------------------------------------------------------------------------------


def smoke_test(app_dir: Path, label: str, verdict: Verdict, prefix: tuple[str, ...] = ()) -> dict[str, Any]:
    """Run the frozen app's --smoke-test (behind `prefix`, e.g. unshare) and read its report."""
    print(f"== smoke test: {label}", flush=True)
    with tempfile.TemporaryDirectory(prefix="artois-reader-verify-") as scratch:
        report_path = Path(scratch) / "smoke.json"
        command = [*prefix, str(executable(app_dir)), "--smoke-test", "--report", str(report_path)]
        env = dict(os.environ)
        if not sys.platform.startswith("win") and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        start = time.perf_counter()
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=SMOKE_TIMEOUT)
        except subprocess.TimeoutExpired:
            verdict.fail(f"{label}: the smoke test did not finish in {SMOKE_TIMEOUT:.0f} s")
            return {}
        wall = round((time.perf_counter() - start) * 1000, 1)
        report = _read_report(report_path)
    if done.returncode != 0 or not report.get("ok"):
        reason = report.get("reason") or (done.stderr.strip()[-2000:] or "no report written")
        verdict.fail(f"{label}: exit {done.returncode}: {reason}")
    else:
        steps = ", ".join(f"{step['name']} {step['ms']:.0f} ms" for step in report.get("steps", []))
        verdict.note(f"passed in {wall:.0f} ms wall clock: {steps}")
    report["wall_ms"] = wall
    return report


def _read_report(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def offline_prefix(verdict: Verdict) -> tuple[str, ...] | None:
    """`unshare -n` (as root) or `unshare -rn` (an unprivileged user namespace), once proven to leave
    no way out: a connection attempt from inside must fail. None when it cannot be had."""
    unshare = shutil.which("unshare")
    if unshare is None:
        verdict.fail("unshare is not installed (util-linux): the offline smoke test cannot run")
        return None
    for prefix in ((unshare, "-n"), (unshare, "-rn")):
        done = subprocess.run(
            [*prefix, sys.executable, "-c", NETWORK_PROBE], capture_output=True, text=True, check=False
        )
        if done.returncode == 0 and done.stdout.strip() == "offline":
            return (*prefix, "--")
    verdict.fail("no network namespace could be made (unshare -n / -rn): the offline smoke test cannot run")
    return None


def _smoke_test_on_x11(app_dir: Path, verdict: Verdict) -> None:
    """The same smoke test in a real X11 window (Xvfb): proves the xcb plugin and the X libraries
    the bundle carries. Skipped, and said so, where xvfb-run is not installed."""
    if shutil.which("xvfb-run") is None:
        verdict.note("xvfb-run not installed: no smoke test in a real X11 window")
        return
    prefix = ("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "env", "QT_QPA_PLATFORM=xcb")
    verdict.facts["smoke_x11"] = smoke_test(app_dir, "real X11 window (xvfb-run, xcb)", verdict, prefix)


# --- Main ---------------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-build", action="store_true", help="check the existing dist/ArtoisReader")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="PyInstaller's --distpath")
    parser.add_argument("--work", type=Path, default=REPO / "build", help="PyInstaller's --workpath")
    parser.add_argument("--no-offline", action="store_true", help="skip the run in a network namespace")
    parser.add_argument("--no-x11", action="store_true", help="skip the run in an X11 window (xvfb-run)")
    parser.add_argument("--summary", type=Path, help="write what was measured to this JSON file")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    platform = bundle.platform_key()
    verdict = Verdict()
    app_dir = args.dist / APP_ID
    if args.skip_build or build(args.dist, args.work, verdict):
        check_bundle(app_dir, REPO / "resources", platform, verdict)
        check_size(app_dir, platform, verdict)
        if platform == "linux" and app_dir.is_dir():
            check_host(app_dir, platform, verdict)
            check_icu(app_dir, verdict)
        if executable(app_dir).is_file():
            verdict.facts["smoke"] = smoke_test(app_dir, "frozen app", verdict)
            if not args.no_offline and platform == "linux":
                prefix = offline_prefix(verdict)
                if prefix is not None:
                    verdict.facts["smoke_offline"] = smoke_test(
                        app_dir, "no network (unshare -n)", verdict, prefix
                    )
            if not args.no_x11 and platform == "linux":
                _smoke_test_on_x11(app_dir, verdict)
    verdict.facts["failures"] = verdict.failures
    if args.summary:
        args.summary.write_text(
            json.dumps(verdict.facts, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print("== " + ("PASSED" if not verdict.failures else f"FAILED ({len(verdict.failures)})"), flush=True)
    return 0 if not verdict.failures else 1


if __name__ == "__main__":
    sys.exit(main())
