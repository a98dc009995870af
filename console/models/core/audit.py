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


# A long text (a call's notes as the officer types, a script's body) is kept in the audit row as its changed
# part only, with a little context: the row, its JSON and its hash then cost the same for a 5,000-character
# note as for a short one (the whole old and new note on every autosave made the save grow with the note).
LONG_TEXT = 200
CONTEXT = 12


def common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, by halving slice comparisons (each in C), not a loop over characters."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _word_start(text: str, i: int) -> int:
    """Back to the start of the letters and digits i is in, so an ID or card number is never cut (it could
    not be recognised and masked)."""
    while i > 0 and text[i - 1].isalnum() and text[i - 1].isascii():
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    while i < len(text) and text[i].isalnum() and text[i].isascii():
        i += 1
    return i


def changed_part(old: str, new: str) -> tuple[str, str]:
    """The part of a long text that changed, old and new, with CONTEXT characters around it and '…' where
    text was left out: '…共享屏幕并转账' -> '…共享屏幕并转账到安全账户'."""
    start = common_prefix(old, new)
    limit = min(len(old), len(new)) - start
    end = common_prefix(old[::-1][:limit], new[::-1][:limit])
    a0 = b0 = max(0, start - CONTEXT)
    a0 = b0 = min(_word_start(old, a0), _word_start(new, b0))
    a1, b1 = len(old) - end, len(new) - end
    a1 = _word_end(old, min(len(old), a1 + CONTEXT))
    b1 = _word_end(new, min(len(new), b1 + CONTEXT))
    return (("…" if a0 else "") + old[a0:a1] + ("…" if a1 < len(old) else ""),
            ("…" if b0 else "") + new[b0:b1] + ("…" if b1 < len(new) else ""))


def _audited(field: str, old: Any, new: Any) -> list[Any]:
    if isinstance(old, str) and isinstance(new, str) and len(old) + len(new) > LONG_TEXT:
        old, new = changed_part(old, new)
    return [mask_field(field, old), mask_field(field, new)]


def record(db: Database, user: User | None, action: str, table: str, record_id: object,
           changes: Mapping[str, tuple[Any, Any]] | None = None, *, clock: Clock | None = None) -> int:
    """Appends one audit row, chained to the one before it; returns its id.

    Call it inside the same transaction as the change it describes. The previous row is read and the new
    one written under the write lock (BEGIN IMMEDIATE, or a savepoint of the caller's transaction), so two
    seats can never chain onto the same row.
    """
    masked = {f: _audited(f, o, n) for f, (o, n) in (changes or {}).items()}
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
