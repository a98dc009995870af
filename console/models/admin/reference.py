"""Audited edits of the reference data the centre keeps itself (stations, fraud types, banks, levels, SMS)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from console.models.core import audit
from console.models.core.clock import Clock
from console.models.core.users import Permission, User, require
from console.models.core.db import transaction


@dataclass(frozen=True)
class RefTable:
    table: str
    key: str
    columns: tuple[str, ...]       # editable columns, shown in this order after the key


REF_TABLES: dict[str, RefTable] = {t.table: t for t in (
    RefTable("districts", "code", ("name", "name_en")),
    RefTable("stations", "id", ("name", "district_code", "phone", "active")),
    RefTable("fraud_types", "code", ("name", "name_en", "red_flags", "active")),
    RefTable("banks", "code", ("name", "name_en", "kind")),
    RefTable("card_bins", "rowid", ("prefix", "card_length", "bank_code", "card_type")),
    RefTable("warning_levels", "code", ("name", "name_en", "deadline_minutes", "color")),
    RefTable("sms_templates", "id", ("code", "name", "body", "fraud_type", "active")),
)}


def rows(db: Database, table: str) -> list[tuple]:
    t = REF_TABLES[table]
    return db.execute(f"SELECT {t.key}, {', '.join(t.columns)} FROM {table} ORDER BY {t.key}").fetchall()


def update_value(db: Database, user: User, table: str, key: Any, column: str, value: Any,
                 *, clock: Clock | None = None) -> None:
    require(user, Permission.EDIT_REFERENCE)
    t = REF_TABLES[table]
    if column not in t.columns:
        raise ValueError(f"{column} is not editable in {table}")
    old = db.execute(f"SELECT {column} FROM {table} WHERE {t.key} = ?", [key]).fetchone()
    if old is None:
        raise LookupError(f"no {table} row {key}")
    if old[0] == value:
        return
    with transaction(db):
        db.execute(f"UPDATE {table} SET {column} = ? WHERE {t.key} = ?", [value, key])
        audit.record(db, user, "update", table, key, {column: (old[0], value)}, clock=clock)
