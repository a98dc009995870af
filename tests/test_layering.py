"""The layers, checked on the source's import graph (every import, inside functions too):

- console.models and console.scripts_library import no Qt widgets or GUI classes and nothing of console.ui;
- console.models never imports console.scripts_library (the library builds on the models, not the reverse);
- neither imports the demo generator or the benchmark (tools built on the domain, not part of it);
- a subprocess that imports every domain module loads no QtWidgets/QtGui (the graph test's backstop).
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import console.models
import console.scripts_library

ROOT = Path(__file__).resolve().parent.parent
GUI = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtCharts", "PySide6.QtPrintSupport", "PySide6.QtPdf")


def imports_of(path: Path) -> set[str]:
    """Every module a source file imports, relative imports resolved, wherever the import statement is."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    if path.name != "__init__.py":
        package = package.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
    return found


def sources(package: str) -> list[Path]:
    return sorted((ROOT / package.replace(".", "/")).rglob("*.py"))


def forbidden(package: str, prefixes: tuple[str, ...]) -> list[str]:
    return [f"{p.relative_to(ROOT)} imports {m}" for p in sources(package) for m in sorted(imports_of(p))
            if m.startswith(prefixes)]


@pytest.mark.parametrize("package", ["console.models", "console.scripts_library"])
def test_domain_imports_no_gui_and_no_ui(package):
    assert forbidden(package, GUI + ("console.ui",)) == []




def test_models_do_not_import_the_script_library():
    found = forbidden("console.models", ("console.scripts_library",))
    assert found == []


def test_the_domain_does_not_import_its_tools():
    """The demo generator and the benchmark build on the models; the models never need them."""
    found = forbidden("console.models", ("console.demo", "console.benchmarks", "console.bench"))
    found += forbidden("console.scripts_library", ("console.demo", "console.benchmarks", "console.bench"))
    assert found == []


def test_the_graph_check_sees_imports_inside_functions(tmp_path):
    """Breaking the rule on purpose is caught: an import hidden in a function body, a relative one."""
    bad = ROOT / "console" / "models" / "_layering_probe.py"
    bad.write_text("def f():\n    from ..ui import main_window\n    from PySide6 import QtWidgets\n",
                   encoding="utf-8")
    try:
        found = forbidden("console.models", GUI + ("console.ui", "PySide6.QtWidgets"))
    finally:
        bad.unlink()
    assert any("_layering_probe.py imports console.ui.main_window" in f for f in found)
    assert any("_layering_probe.py imports PySide6.QtWidgets" in f for f in found)


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
