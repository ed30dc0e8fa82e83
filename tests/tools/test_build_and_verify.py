"""tools/build_and_verify.py on fake bundles: what it refuses, and how it reads the smoke test."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import build_and_verify as verify
import pytest

from artois_reader.core.resources import BUNDLED_CRTE_PDF, BUNDLED_CRTE_TEXT

posix_only = pytest.mark.skipif(sys.platform.startswith("win"), reason="fake executables are POSIX scripts")


@pytest.fixture
def resources(tmp_path: Path) -> Path:
    folder = tmp_path / "resources"
    (folder / "icons").mkdir(parents=True)
    (folder / BUNDLED_CRTE_PDF).write_bytes(b"%PDF-1.4 fake")
    (folder / BUNDLED_CRTE_TEXT).write_text(" page 1\n", encoding="utf-8")
    (folder / "icons" / "app.png").write_bytes(b"png")
    (folder / "artois_reader_en.ts").write_text("<TS/>", encoding="utf-8")  # a source: not bundled
    return folder


@pytest.fixture
def app_dir(tmp_path: Path, resources: Path) -> Path:
    """A bundle that passes every check: what a good Linux build holds, in miniature."""
    app = tmp_path / "dist" / "ArtoisReader"
    inside = app / "_internal"
    for name in verify.expected_resources(resources):
        target = inside / "resources" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((resources / name).read_bytes())
    qt = inside / "PySide6" / "Qt"
    (qt / "translations").mkdir(parents=True)
    (qt / "translations" / "qtbase_fr.qm").write_bytes(b"qm")
    (qt / "plugins" / "platforms").mkdir(parents=True)
    for plugin in ("libqxcb.so", "libqoffscreen.so"):
        (qt / "plugins" / "platforms" / plugin).write_bytes(b"so")
    write_fake_app(app, report={"ok": True, "reason": "", "steps": [{"name": "ingest", "ok": True, "ms": 5}]})
    return app


def write_fake_app(app: Path, *, report: dict | None, status: int = 0) -> None:
    """An executable that answers --smoke-test --report FILE as the real one does."""
    executable = verify.executable(app)
    executable.parent.mkdir(parents=True, exist_ok=True)
    body = "" if report is None else f"pathlib.Path(sys.argv[3]).write_text({json.dumps(report)!r})\n"
    executable.write_text(
        f"#!{sys.executable}\nimport pathlib, sys\nassert sys.argv[1:3] == ['--smoke-test', '--report']\n"
        f"{body}sys.exit({status})\n",
        encoding="utf-8",
    )
    executable.chmod(0o755)


def failures(app: Path, resources: Path) -> list[str]:
    verdict = verify.Verdict()
    verify.check_bundle(app, resources, "linux", verdict)
    return verdict.failures


def test_a_complete_bundle_passes(app_dir: Path, resources: Path) -> None:
    assert failures(app_dir, resources) == []


def test_translation_sources_are_not_expected_in_the_bundle(resources: Path) -> None:
    assert "artois_reader_en.ts" not in verify.expected_resources(resources)
    assert "icons/app.png" in verify.expected_resources(resources)


def test_a_missing_or_different_resource_fails(app_dir: Path, resources: Path) -> None:
    (app_dir / "_internal" / "resources" / "icons" / "app.png").unlink()
    (app_dir / "_internal" / "resources" / BUNDLED_CRTE_TEXT).write_text("truncated", encoding="utf-8")
    found = failures(app_dir, resources)
    assert any("icons/app.png" in failure for failure in found)
    assert any(BUNDLED_CRTE_TEXT in failure for failure in found)


def test_the_bundled_crte_must_exist_in_the_source_tree(app_dir: Path, resources: Path) -> None:
    (resources / BUNDLED_CRTE_PDF).unlink()
    assert any("missing from the source tree" in failure for failure in failures(app_dir, resources))


def test_another_qt_translation_or_a_missing_platform_fails(app_dir: Path, resources: Path) -> None:
    qt = app_dir / "_internal" / "PySide6" / "Qt"
    (qt / "translations" / "qtbase_de.qm").write_bytes(b"qm")
    (qt / "plugins" / "platforms" / "libqxcb.so").unlink()
    found = failures(app_dir, resources)
    assert any("Qt translations bundled" in failure for failure in found)
    assert any("platform plugins bundled" in failure for failure in found)


def test_network_code_in_the_bundle_fails(app_dir: Path, resources: Path) -> None:
    (app_dir / "_internal" / "libssl.so.3").write_bytes(b"so")
    tls = app_dir / "_internal" / "PySide6" / "Qt" / "plugins" / "tls"
    tls.mkdir(parents=True)
    (tls / "libqopensslbackend.so").write_bytes(b"so")
    [failure] = failures(app_dir, resources)
    assert "libssl.so.3" in failure and "libqopensslbackend.so" in failure


def test_qt_local_sockets_are_not_network_code(app_dir: Path, resources: Path) -> None:
    """QtNetwork ships for QLocalServer (the single-instance check): a named pipe or a socket file."""
    (app_dir / "_internal" / "PySide6" / "QtNetwork.abi3.so").write_bytes(b"so")
    (app_dir / "_internal" / "PySide6" / "Qt" / "lib").mkdir(parents=True, exist_ok=True)
    (app_dir / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Network.so.6").write_bytes(b"so")
    assert failures(app_dir, resources) == []


@posix_only
def test_a_broken_symbolic_link_fails(app_dir: Path, resources: Path) -> None:
    os.symlink("PySide6/Qt/lib/libQt6Wayland.so.6", app_dir / "_internal" / "libQt6Wayland.so.6")
    [failure] = failures(app_dir, resources)
    assert failure.startswith("broken symbolic link _internal/libQt6Wayland.so.6")


@posix_only
def test_a_passing_smoke_report_is_read_and_timed(app_dir: Path) -> None:
    verdict = verify.Verdict()
    report = verify.smoke_test(app_dir, "fake", verdict)
    assert verdict.failures == []
    assert report["ok"] is True and report["wall_ms"] > 0


@posix_only
def test_a_failing_smoke_test_fails_with_its_reason(app_dir: Path) -> None:
    write_fake_app(app_dir, report={"ok": False, "reason": "SmokeFailure: found nothing"}, status=1)
    verdict = verify.Verdict()
    verify.smoke_test(app_dir, "fake", verdict)
    assert verdict.failures == ["fake: exit 1: SmokeFailure: found nothing"]


@posix_only
def test_an_app_that_writes_no_report_fails_even_when_it_exits_zero(app_dir: Path) -> None:
    write_fake_app(app_dir, report=None, status=0)
    verdict = verify.Verdict()
    verify.smoke_test(app_dir, "fake", verdict)
    assert verdict.failures == ["fake: exit 0: no report written"]


@posix_only
def test_skip_build_checks_and_smoke_tests_an_existing_bundle(
    app_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, resources: Path
) -> None:
    monkeypatch.setattr(verify, "REPO", tmp_path)  # resources/ of the fake tree
    monkeypatch.setattr(verify, "check_size", lambda app, platform, verdict: None)  # fake: no budget
    summary = tmp_path / "summary.json"
    status = verify.main(
        ["--skip-build", "--no-offline", "--no-x11", "--dist", str(app_dir.parent), "--summary", str(summary)]
    )
    assert status == 0
    facts = json.loads(summary.read_text(encoding="utf-8"))
    assert facts["failures"] == [] and facts["smoke"]["ok"] is True


def test_size_over_budget_fails(app_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(verify.bundle.BUDGETS, "linux", verify.bundle.Budget(onedir=0.0, compressed=0.0))
    verdict = verify.Verdict()
    verify.check_size(app_dir, "linux", verdict)
    assert len(verdict.failures) == 2
    assert verdict.facts["size_bytes"] > 0 and verdict.facts["compressed_bytes"] > 0


# --- What the bundle takes from the host (Linux) ----------------------------------------------------


def fake_elves(monkeypatch: pytest.MonkeyPatch, libraries: dict[str, verify.bundle.ElfLibrary]) -> None:
    """Files named in `libraries` read as those ELF libraries; every other file is not ELF."""
    monkeypatch.setattr(verify.bundle, "is_elf", lambda path: path.name in libraries)
    contents = {name.encode(): library for name, library in libraries.items()}
    monkeypatch.setattr(verify.bundle, "read_elf", lambda data: contents[data])


def linking(*needed: str, versions: tuple[str, ...] = ()) -> verify.bundle.ElfLibrary:
    return verify.bundle.ElfLibrary((), needed, frozenset(versions), ())


def host_bundle(tmp_path: Path, names: tuple[str, ...]) -> Path:
    inside = tmp_path / "ArtoisReader" / "_internal"
    inside.mkdir(parents=True)
    for name in names:
        (inside / name).write_bytes(name.encode())
    return inside.parent


def test_the_libraries_linked_but_not_carried_are_the_hosts_and_are_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = host_bundle(tmp_path, ("libQt6Gui.so.6", "libbundled.so.1"))
    fake_elves(
        monkeypatch,
        {
            "libQt6Gui.so.6": linking("libbundled.so.1", "libGL.so.1", "libc.so.6", versions=("GLIBC_2.34",)),
            "libbundled.so.1": linking("libc.so.6", versions=("GLIBCXX_3.4.29", "GLIBC_2.17")),
        },
    )
    verdict = verify.Verdict()
    verify.check_host(app, "linux", verdict)
    assert verdict.failures == []
    assert verdict.facts["host_libraries"] == ["libGL.so.1", "libc.so.6"]
    assert verdict.facts["host_versions"] == {"GLIBC": "2.34", "GLIBCXX": "3.4.29"}


def test_asking_the_host_for_a_newer_cxx_runtime_than_host_floor_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = host_bundle(tmp_path, ("libQt6Core.so.6",))
    fake_elves(monkeypatch, {"libQt6Core.so.6": linking("libstdc++.so.6", versions=("GLIBCXX_3.4.32",))})
    verdict = verify.Verdict()
    verify.check_host(app, "linux", verdict)
    assert len(verdict.failures) == 1
    assert "GLIBCXX_3.4.32, past GLIBCXX_3.4.29" in verdict.failures[0]


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ICU is bundled on Linux only")


@linux_only
@pytest.mark.parametrize(("same", "failed"), [(True, False), (False, True)])
def test_the_bundled_icu_data_must_give_qt_the_same_answers(
    app_dir: Path, monkeypatch: pytest.MonkeyPatch, same: bool, failed: bool
) -> None:
    from PySide6.QtCore import QLibraryInfo

    installed = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    (name,) = [path.name for path in installed.glob("libicudata.so.*")]
    bundled = verify.internal_dir(app_dir) / "PySide6" / "Qt" / "lib" / name
    bundled.parent.mkdir(parents=True)
    bundled.write_bytes(b"slim")
    asked: list[Path | None] = []

    def answers(library: Path | None = None) -> str:
        asked.append(library)
        return "full" if library is None or same else "other"

    monkeypatch.setattr(verify.bundle, "icu_answers", answers)
    verdict = verify.Verdict()
    verify.check_icu(app_dir, verdict)
    assert asked == [None, bundled]
    assert bool(verdict.failures) is failed
