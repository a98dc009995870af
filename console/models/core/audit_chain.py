"""The audit trail's hash chain: each row's sha256 covers its own content and the previous row's hash.

Kept free of other imports so that the schema migration that introduced the chain and the code that
extends it compute exactly the same thing. Changing this function breaks every existing chain: don't.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS = "0" * 64
# The columns a row's hash covers, in this order.
COLUMNS = ("id", "at", "user_id", "username", "action", "table_name", "record_id", "changes")


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode


def row_hash(prev_hash: str, row: tuple) -> str:
    """sha256 of the previous hash and the row's columns (COLUMNS order) as compact JSON (UTF-8)."""
    return hashlib.sha256(_encode([prev_hash, *row]).encode("utf-8")).hexdigest()


def chain(rows: Iterable[tuple], prev_hash: str = GENESIS) -> list[str]:
    """The hashes of rows (COLUMNS order, by id) following prev_hash, in one pass."""
    out = []
    for row in rows:
        prev_hash = row_hash(prev_hash, row)
        out.append(prev_hash)
    return out


@dataclass(frozen=True)
class ChainBreak:
    """The first row whose stored hash does not follow from its content and the row before it."""

    row_id: int
    at: str
    reason: str


def first_break(rows: Iterable[tuple]) -> ChainBreak | None:
    """rows: (COLUMNS..., hash) by id. None when every row follows from the one before it."""
    prev = GENESIS
    for row in rows:
        *content, stored = row
        expected = row_hash(prev, tuple(content))
        if stored != expected:
            reason = "no hash" if not stored else "content or order changed"
            return ChainBreak(content[0], content[1], reason)
        prev = stored
    return None
