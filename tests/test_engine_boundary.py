"""Only the engine package knows which engine it talks to: no other module imports the PostgreSQL driver
or names the engines' own classes (console/models/core/engine/__init__.py)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "console"
ALLOWED = ("models/core/engine/", "models/migrations/postgres/", "server.py",  # the engines, the server schema,
           "models/core/db.py")                                                # the cluster command, the dispatch
DRIVER = re.compile(r"^\s*(import psycopg|from psycopg)|PgDatabase|engine\.postgres|engine\.sqlite|"
                    r"\bengine_of\b|\bPOSTGRESQL\b", re.M)


def test_no_module_outside_the_engine_package_knows_the_engine():
    leaks = []
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(ALLOWED):
            continue
        for m in DRIVER.finditer(path.read_text(encoding="utf-8")):
            leaks.append(f"{rel}: {m.group(0).strip()}")
    assert not leaks, leaks
