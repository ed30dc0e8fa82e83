"""The core is Qt-free: importing every core module in a fresh interpreter loads no PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import artois_reader.core


def test_core_modules_import_without_qt() -> None:
    names = [m.name for m in pkgutil.iter_modules(artois_reader.core.__path__, "artois_reader.core.")]
    assert names, "no core modules found"
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"the core imported Qt: {out.stdout.strip()}"
