"""Loads the starter library shipped in resources/scripts into an empty database, published."""

from __future__ import annotations

import json

from pypinyin import Style, lazy_pinyin
from sqlite_utils import Database

from console.models.core.clock import Clock
from console.models.core.db import transaction
from console.resources import load_json


def title_initials(title: str) -> str:
    """Pinyin initials of a title, e.g. 冒充公检法 -> mcgjf (other characters kept as they are, lower case)."""
    return "".join(p[0] for p in lazy_pinyin(title, style=Style.FIRST_LETTER) if p).lower()


def load_starter_library(db: Database, *, clock: Clock | None = None) -> int:
    """Only into an empty library: a centre's own edits are never overwritten."""
    if db.execute("SELECT 1 FROM scripts LIMIT 1").fetchone():
        return 0
    now = (clock or Clock()).now_iso()
    n = 0
    for rank, s in enumerate(load_json("scripts", "starter.json")):
        fts = json.dumps(s.get("fraud_types", []), ensure_ascii=False)
        cts = json.dumps(s.get("call_types", []), ensure_ascii=False)
        states = json.dumps(s.get("victim_states", []), ensure_ascii=False)
        tags = json.dumps(s.get("tags", []), ensure_ascii=False)
        audiences = json.dumps(s.get("audiences", []), ensure_ascii=False)
        cur = db.execute(
            "INSERT INTO scripts (slug, title, title_initials, stage, fraud_types, call_types, tags, victim_states, "
            "audiences, notes, body, rank, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?)",
            [s["slug"], s["title"], title_initials(s["title"]), s["stage"], fts, cts, tags, states, audiences,
             s.get("notes", ""), s["body"], rank, now, now])
        vid = db.execute(
            "INSERT INTO script_versions (script_id, version, title, body, stage, fraud_types, call_types, tags, "
            "victim_states, audiences, status, created_at, reviewed_at) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?)",
            [cur.lastrowid, s["title"], s["body"], s["stage"], fts, cts, tags, states, audiences, now, now]).lastrowid
        db.execute("UPDATE scripts SET published_version_id = ? WHERE id = ?", [vid, cur.lastrowid])
        n += 1
    return n


def ensure_starter_library(db: Database) -> bool:
    """Loads the starter library into a new database, once (a centre that empties its library keeps it
    empty). Returns True if it loaded it now. The console's start, the demo and the tests call it after
    opening the database; the models never call into the script library."""
    if db.execute("SELECT 1 FROM meta WHERE key = 'starter_library'").fetchone():
        return False
    with transaction(db):
        load_starter_library(db)
        db.execute("INSERT INTO meta (key, value) VALUES ('starter_library', 'loaded')")
    return True
