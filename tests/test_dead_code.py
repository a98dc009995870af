"""No dead code in console/ (issue 16.6): vulture finds no function, class, method, attribute or variable that
nothing uses. The tests count as users (a test double such as FixedClock lives in console/ for them);
tools/vulture_whitelist.py names what only Qt, a string or a data file uses, each with its reason."""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WHITELIST = ROOT / "tools" / "vulture_whitelist.py"
# 60 is vulture's confidence for an unused function, class, method, attribute or variable; 90 and 100 are
# unused imports and unreachable code. Anything stricter would miss a dead function.
MIN_CONFIDENCE = "60"


def _vulture(console: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "vulture", str(console), str(ROOT / "tests"), str(WHITELIST),
         "--min-confidence", MIN_CONFIDENCE, "--ignore-decorators", "@migrations"],
        capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode in (0, 3), result.stderr        # 3: dead code found
    return [line for line in result.stdout.splitlines() if line.startswith(str(console))
            or line.startswith(console.name + "/")]


def test_console_has_no_dead_code():
    found = _vulture(ROOT / "console")
    assert found == [], "dead code (remove it, or name its hidden caller in tools/vulture_whitelist.py):\n" + \
        "\n".join(found)


def test_the_check_finds_a_dead_function(tmp_path):
    """The check itself is checked: the console with one function nobody calls fails it."""
    import shutil

    copy = tmp_path / "console"
    shutil.copytree(ROOT / "console", copy, ignore=shutil.ignore_patterns("__pycache__", "_data"))
    with (copy / "models" / "core" / "clock.py").open("a", encoding="utf-8") as f:
        f.write("\n\ndef minutes_until_shift_end(now):\n    return 0\n")
    found = _vulture(copy)
    assert len(found) == 1 and "minutes_until_shift_end" in found[0], found


def test_every_setting_is_used_by_name():
    """Settings are read through SettingsStore.get("name"), out of vulture's sight: each is named in console/."""
    from console.models.core.settings import Settings

    named: set[str] = set()
    for path in (ROOT / "console").rglob("*.py"):
        if path.name == "settings.py" and path.parent.name == "core":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                named.add(node.value)
    unused = [f.name for f in fields(Settings) if f.name not in named]
    assert unused == [], f"settings nobody reads: {unused}"
