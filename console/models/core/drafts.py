"""Work in progress saved continuously, so a closed window or a killed process loses nothing."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from console.models.core.db import transaction


def save_draft(db: Database, kind: str, key: str, user_id: int, payload: dict[str, Any], now: str, *,
               version: int | None = None) -> None:
    """Keeps the form as typed; `version` is the record's version the typing started from (None: not a
    versioned record), so a draft restored after a restart is checked against it (`draft_version`)."""
    with transaction(db):
        db.execute(
            "INSERT INTO drafts (kind, key, user_id, payload, updated_at, version) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (kind, key, user_id) DO UPDATE SET payload = excluded.payload, "
            "updated_at = excluded.updated_at, version = excluded.version",
            [kind, key, user_id, json.dumps(payload, ensure_ascii=False), now, version],
        )


def draft_version(db: Database, kind: str, key: str, user_id: int) -> int | None:
    """The version of the record the draft was typed against (None: no draft, or none was kept)."""
    row = db.execute("SELECT version FROM drafts WHERE kind = ? AND key = ? AND user_id = ?",
                     [kind, key, user_id]).fetchone()
    return row[0] if row else None


def follow_version(db: Database, kind: str, key: str, user_id: int, version: int) -> None:
    """The draft's typing was saved into the record at `version`: a restart checks it against that one."""
    with transaction(db):
        db.execute("UPDATE drafts SET version = ? WHERE kind = ? AND key = ? AND user_id = ? AND version IS NOT ?",
                   [version, kind, key, user_id, version])


def load_draft(db: Database, kind: str, key: str, user_id: int) -> dict[str, Any] | None:
    row = db.execute("SELECT payload FROM drafts WHERE kind = ? AND key = ? AND user_id = ?",
                     [kind, key, user_id]).fetchone()
    return json.loads(row[0]) if row else None


def delete_draft(db: Database, kind: str, key: str, user_id: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM drafts WHERE kind = ? AND key = ? AND user_id = ?", [kind, key, user_id])


def delete_every_draft(db: Database, kind: str, key: str) -> None:
    """Every seat's draft of the record (it was issued or discarded: nothing is left to type)."""
    with transaction(db):
        db.execute("DELETE FROM drafts WHERE kind = ? AND key = ?", [kind, key])


SET_ASIDE = ":set-aside"


def set_aside(db: Database, kind: str, key: str, user_id: int, now: str) -> str:
    """Keeps a draft that cannot be restored, under a kind of its own ('call:set-aside'), so it never blocks
    a start again and is still there to read. Returns the new kind."""
    aside = kind + SET_ASIDE
    with transaction(db):
        db.execute("DELETE FROM drafts WHERE kind = ? AND key = ? AND user_id = ?", [aside, key, user_id])
        db.execute("UPDATE drafts SET kind = ?, updated_at = ? WHERE kind = ? AND key = ? AND user_id = ?",
                   [aside, now, kind, key, user_id])
    return aside


def raw_draft_keys(db: Database, kind: str, user_id: int) -> list[str]:
    """This user's draft keys of a kind, newest first, without reading the payloads (which may be damaged)."""
    return [r[0] for r in db.execute("SELECT key FROM drafts WHERE kind = ? AND user_id = ? ORDER BY updated_at DESC",
                                     [kind, user_id]).fetchall()]
