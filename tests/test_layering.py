"""The domain packages import no Qt widgets (so they run from tests and scripts without a GUI)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import console.models
import console.scripts_library


def test_models_and_scripts_library_import_no_widgets():
    modules = [m.name for pkg in (console.models, console.scripts_library)
               for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'PySide6.QtGui'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
