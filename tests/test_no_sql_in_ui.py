"""console/ui runs no SQL: every query and every rule lives in console/models (or console/scripts_library), so a
second storage engine has exactly one home to port. Checked on the syntax tree of every module in console/ui."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[1] / "console" / "ui"

SQL_CALLS = {"execute", "executemany", "executescript", "query"}
DB_NAMES = {"db", "database"}
STORAGE_MODULES = {"sqlite3", "sqlite_utils", "apsw"}
SQL_FRAGMENTS = {"MEASURES"}
# Writing is the models' business too: a page never opens a transaction or writes an audit row itself.
WRITE_PARTS = {("console.models.core.db", "transaction"), ("console.models.core", "audit")}       # the statistics' FROM/WHERE/column fragments: read through stats functions
# A string that starts like a statement: upper-case keyword, then a blank (user-visible text such as
# "Delete draft" or "Update…" is not upper case).
SQL_START = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|REPLACE|ALTER|DROP|WITH\s+\w+\s+AS)\s")


def _is_database(node: ast.AST) -> bool:
    """db, self.db, ctx.db, self.ctx.db, a connection: the things that hold or are the database."""
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
    return name is not None and (name in DB_NAMES or name.endswith("_db"))


def _literal_start(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return str(node.values[0].value)       # f"SELECT {cols} FROM ..."
    return None


def sql_in(source: str, filename: str = "<source>") -> list[str]:
    """Every place in a module that executes SQL, reaches into the database's tables, spells a statement
    or imports a storage library, as "line: what"."""
    found = []
    tree = ast.parse(source, filename)
    for node in ast.walk(tree):
        where = getattr(node, "lineno", 0)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in SQL_CALLS:
                found.append(f"{where}: .{node.func.attr}(...) call")
            elif _is_database(node.func.value):
                found.append(f"{where}: database method .{node.func.attr}(...)")
        elif isinstance(node, ast.Subscript) and _is_database(node.value):
            found.append(f"{where}: database table by subscript")
        elif (isinstance(node, ast.Attribute) and node.attr in SQL_FRAGMENTS) or \
                (isinstance(node, ast.Name) and node.id in SQL_FRAGMENTS):
            found.append(f"{where}: SQL fragments {node.attr if isinstance(node, ast.Attribute) else node.id}")
        elif isinstance(node, ast.alias) and node.name in SQL_FRAGMENTS:
            found.append(f"{where}: import of SQL fragments {node.name}")
        elif isinstance(node, (ast.Constant, ast.JoinedStr)):
            text = _literal_start(node)
            if text is not None and SQL_START.match(text):
                found.append(f"{where}: SQL text {text[:40]!r}")
        elif isinstance(node, ast.Import):
            found += [f"{where}: import {a.name}" for a in node.names if a.name.split(".")[0] in STORAGE_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in STORAGE_MODULES:
            found.append(f"{where}: from {node.module} import ...")
        elif isinstance(node, ast.ImportFrom) and any((node.module, a.name) in WRITE_PARTS for a in node.names):
            found.append(f"{where}: from {node.module} import a write's parts")
    return sorted(found, key=lambda s: int(s.split(":")[0]))


def test_no_module_in_console_ui_runs_sql():
    modules = sorted(UI.rglob("*.py"))
    assert len(modules) > 20          # the walk really found the package
    offences = {str(p.relative_to(UI)): hits for p in modules if (hits := sql_in(p.read_text("utf-8"), str(p)))}
    assert offences == {}, "SQL belongs in console/models: " + "; ".join(
        f"console/ui/{path} line {hit}" for path, hits in offences.items() for hit in hits)


@pytest.mark.parametrize("source", [
    'row = self.ctx.db.execute("SELECT id FROM users WHERE id = ?", [1]).fetchone()',
    'db.conn.executemany(sql, rows)',
    'db.executescript(script)',
    'rows = list(ctx.db.query("select 1"))',
    'ctx.db["warnings"].insert({"id": 1})',
    'self.db.table("warnings").count',
    'n = db["calls"].count',
    'sql = "SELECT count(*) FROM calls"',
    'sql = f"UPDATE warnings SET status = ? WHERE id = {wid}"',
    'q = ("INSERT INTO audit_log (id) "\n     "VALUES (?)")',
    'q = """\n    PRAGMA user_version"""',
    'q = "WITH recent AS (SELECT 1) SELECT * FROM recent"',
    'import sqlite3',
    'from sqlite_utils import Database',
    'import sqlite_utils.db as s',
    'def f():\n    from sqlite3 import connect\n',
    'cols = stats.MEASURES["calls"].columns.split(",")',
    'from console.models.stats.figures import MEASURES',
    'from console.models.core.db import transaction',
    'from console.models.core import audit',
])
def test_the_check_finds_each_kind_of_sql(source):
    assert sql_in(source), source


@pytest.mark.parametrize("source", [
    'self.button.setText(self.tr("Delete draft"))',
    'label = self.tr("Update the list")',
    'label = "Select a warning in the queue."',
    'rows = stats.rows(self.ctx.db, key, period)',
    'page = self.pages["warnings"]',
    'dialog.exec()',
    'db.conn.close()',
    'from console.models.core.db import probe_file',
])
def test_the_check_leaves_ordinary_code_alone(source):
    assert sql_in(source) == [], source
