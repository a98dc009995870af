"""The wheel carries everything: built from the project's files alone, installed into a fresh virtual
environment with no package index (the dependencies' wheels come from a local folder, as on an isolated
PC), it seeds a working database from its own reference data, starter scripts and translations."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ["setup.py", "pyproject.toml", "README.md", "LICENSE", "console", "resources"]


def _pip(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built from a copy of the project's files (what a clean checkout plus the set-up holds)."""
    src = tmp_path_factory.mktemp("checkout")
    for name in SHIPPED:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("dist")
    _pip("wheel", "--no-deps", "-q", "-w", str(out), str(src), cwd=out)
    (built,) = out.glob("hotline_console-*.whl")
    return built


def test_the_wheel_holds_the_data_files(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    # Every file of resources/ (reference data, starter scripts, icons, compiled translations) is in it.
    resources = ROOT / "resources"
    shipped = [p for p in resources.rglob("*") if p.is_file() and p.suffix != ".ts"]
    assert {f"console/_data/{p.relative_to(resources).as_posix()}" for p in shipped} <= names
    assert "console/_data/scripts/starter.json" in names
    assert "console/_data/icons/hotline-console.svg" in names
    assert "console/_data/translations/build/console_zh_CN.qm" in names
    # Translation sources are for translators, not for the PC.
    assert not [n for n in names if n.endswith(".ts")]
    # Every package of the source tree is in it.
    for init in (ROOT / "console").rglob("__init__.py"):
        assert init.relative_to(ROOT).as_posix() in names


@pytest.mark.slow
def test_the_installed_wheel_seeds_a_database_offline(wheel: Path, tmp_path: Path):
    wheelhouse = tmp_path / "wheelhouse"
    # The dependencies as wheels in a folder (pip's cache answers; on the isolated PC this is the bundle).
    _pip("download", "-q", "-d", str(wheelhouse), str(wheel), cwd=tmp_path)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    _pip("--python", str(python), "install", "-q", "--no-index", "--find-links", str(wheelhouse),
         str(wheel), cwd=tmp_path)

    # Outside the repository, with an empty environment: only the installed package can answer.
    home, db = tmp_path / "home", tmp_path / "centre.db"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    seeded = subprocess.run([str(python), "-m", "console.demo", "--db", str(db), "--years", "0.02"],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert seeded.returncode == 0, seeded.stderr[-3000:]

    probe = subprocess.run([str(python), "-c", """
import json, sqlite3, sys
from PySide6.QtCore import QTranslator
import console.resources as r
db = sqlite3.connect(sys.argv[1])
t = QTranslator()
print(json.dumps({
    "resources": str(r.resources_dir()),
    "scripts": db.execute("SELECT count(*) FROM scripts").fetchone()[0],
    "stations": db.execute("SELECT count(*) FROM stations").fetchone()[0],
    "fraud_types": db.execute("SELECT count(*) FROM fraud_types").fetchone()[0],
    "qm_loads": t.load(str(r.translations_dir() / "console_zh_CN.qm")),
    "translated": t.translate("App", "Database"),
}))
""", str(db)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert probe.returncode == 0, probe.stderr[-3000:]
    found = json.loads(probe.stdout)
    assert Path(found["resources"]).is_relative_to(venv), found["resources"]
    starter = json.loads((ROOT / "resources" / "scripts" / "starter.json").read_text(encoding="utf-8"))
    assert found["scripts"] >= len(starter) > 0
    assert found["stations"] == len(json.loads(
        (ROOT / "resources" / "reference" / "stations.json").read_text(encoding="utf-8")))
    assert found["fraud_types"] > 0
    assert found["qm_loads"] is True and found["translated"] == "数据库"
    # The command the README names is there too.
    assert (venv / "bin" / "hotline-console").exists()
    assert os.access(venv / "bin" / "hotline-console", os.X_OK)
