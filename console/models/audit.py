"""The append-only audit trail: who changed which record, when, and which fields (masked)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from .clock import Clock
from .sensitive import mask_field
from .users import User


def diff(old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> dict[str, tuple[Any, Any]]:
    """{field: (old, new)} for the fields that differ; a missing side counts as None."""
    old = old or {}
    new = new or {}
    return {k: (old.get(k), new.get(k)) for k in sorted(set(old) | set(new))
            if k != "updated_at" and old.get(k) != new.get(k)}


def record(db: Database, user: User | None, action: str, table: str, record_id: object,
           changes: Mapping[str, tuple[Any, Any]] | None = None, *, clock: Clock | None = None) -> None:
    """Appends one audit row. Call it inside the same transaction as the change it describes."""
    masked = {f: [mask_field(f, o), mask_field(f, n)] for f, (o, n) in (changes or {}).items()}
    db.execute(
        "INSERT INTO audit_log (at, user_id, username, action, table_name, record_id, changes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (clock or Clock()).now_iso(),
            user.id if user else None,
            user.username if user else "(system)",
            action,
            table,
            None if record_id is None else str(record_id),
            json.dumps(masked, ensure_ascii=False, default=str),
        ],
    )
