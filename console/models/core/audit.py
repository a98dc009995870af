"""The append-only audit trail: who changed which record, when, and which fields (masked), hash-chained."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from console.models.core.audit_chain import COLUMNS, ChainBreak, first_break, row_hash, GENESIS
from console.models.core.clock import Clock
from console.models.core.db import transaction
from console.models.core.sensitive import mask_field
from console.models.core.users import User


def diff(old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> dict[str, tuple[Any, Any]]:
    """{field: (old, new)} for the fields that differ; a missing side counts as None."""
    old = old or {}
    new = new or {}
    return {k: (old.get(k), new.get(k)) for k in sorted(set(old) | set(new))
            if k != "updated_at" and old.get(k) != new.get(k)}


def record(db: Database, user: User | None, action: str, table: str, record_id: object,
           changes: Mapping[str, tuple[Any, Any]] | None = None, *, clock: Clock | None = None) -> int:
    """Appends one audit row, chained to the one before it; returns its id.

    Call it inside the same transaction as the change it describes. The previous row is read and the new
    one written under the write lock (BEGIN IMMEDIATE, or a savepoint of the caller's transaction), so two
    seats can never chain onto the same row.
    """
    masked = {f: [mask_field(f, o), mask_field(f, n)] for f, (o, n) in (changes or {}).items()}
    with transaction(db):
        last = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        row = (
            (last[0] if last else 0) + 1,
            (clock or Clock()).now_iso(),
            user.id if user else None,
            user.username if user else "(system)",
            action,
            table,
            None if record_id is None else str(record_id),
            json.dumps(masked, ensure_ascii=False, default=str),
        )
        db.execute(f"INSERT INTO audit_log ({', '.join(COLUMNS)}, hash) VALUES ({', '.join('?' * len(COLUMNS))}, ?)",
                   [*row, row_hash(last[1] if last else GENESIS, row)])
    return row[0]


def verify_chain(db: Database, *, batch: int = 50_000) -> ChainBreak | None:
    """The first audit row that was changed, inserted out of order or follows a removed row; None if intact."""
    def rows():
        after = 0
        while True:
            chunk = db.execute(f"SELECT {', '.join(COLUMNS)}, hash FROM audit_log WHERE id > ? ORDER BY id LIMIT ?",
                               [after, batch]).fetchall()
            if not chunk:
                return
            yield from chunk
            after = chunk[-1][0]
    return first_break(rows())


def chained_rows(events: list[tuple], first_id: int, prev_hash: str) -> list[tuple]:
    """Bulk rows for audit_log (COLUMNS + hash) from (at, user_id, username, action, table, record_id, changes)
    events already in time order: ids from first_id, the chain continued from prev_hash in one pass."""
    out = []
    for i, event in enumerate(events):
        row = (first_id + i, *event)
        prev_hash = row_hash(prev_hash, row)
        out.append((*row, prev_hash))
    return out
