"""Writing, reviewing and publishing scripts, with a full version history (senior staff only)."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core import audit
from console.models.core.clock import Clock
from console.models.core.users import Permission, User, require
from console.scripts_library.placeholders import unknown_placeholders
from console.scripts_library.reading import STAGES
from console.scripts_library.starter import title_initials
from console.models.core.db import transaction


class ScriptError(ValueError):
    """A library action that cannot be done as asked (the message says why)."""


@dataclass(frozen=True)
class Version:
    id: int
    script_id: int
    version: int
    title: str
    body: str
    stage: str
    fraud_types: tuple[str, ...]
    status: str
    author_id: int | None
    created_at: str
    victim_states: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()


def _slug(title: str, db: Database) -> str:
    base = title_initials(title) or "script"
    base = re.sub(r"[^a-z0-9]+", "-", base).strip("-") or "script"
    slug, n = base, 1
    while db.execute("SELECT 1 FROM scripts WHERE slug = ?", [slug]).fetchone():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _check(title: str, stage: str) -> None:
    if not title.strip():
        raise ScriptError(QCoreApplication.translate("Scripts", "Give the script a title."))
    if stage not in STAGES:
        raise ScriptError(QCoreApplication.translate("Scripts", "Choose the stage of the dissuasion."))


def create_script(db: Database, user: User, *, title: str, stage: str, body: str, fraud_types: list[str],
                  call_types: list[str] | None = None, tags: list[str] | None = None,
                  victim_states: list[str] | None = None, audiences: list[str] | None = None, clock: Clock) -> int:
    """A new script and its version 1, as a draft (victim states and audiences: empty = every victim)."""
    require(user, Permission.EDIT_SCRIPTS)
    _check(title, stage)
    now = clock.now_iso()
    fts, cts, tg, vs, au = (json.dumps(x or [], ensure_ascii=False)
                            for x in (fraud_types, call_types, tags, victim_states, audiences))
    with transaction(db):
        sid = db.execute(
            "INSERT INTO scripts (slug, title, title_initials, stage, fraud_types, call_types, tags, victim_states, "
            "audiences, body, status, author_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)",
            [_slug(title, db), title.strip(), title_initials(title), stage, fts, cts, tg, vs, au, body, user.id, now,
             now]).lastrowid
        db.execute("INSERT INTO script_versions (script_id, version, title, body, stage, fraud_types, call_types, tags, "
                   "victim_states, audiences, status, author_id, created_at) "
                   "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
                   [sid, title.strip(), body, stage, fts, cts, tg, vs, au, user.id, now])
        audit.record(db, user, "insert", "scripts", sid, {"title": (None, title), "version": (None, 1)}, clock=clock)
    return sid


def save_draft(db: Database, user: User, script_id: int, *, title: str, stage: str, body: str,
               fraud_types: list[str], victim_states: list[str] | None = None, audiences: list[str] | None = None,
               clock: Clock) -> int:
    """Edits the open draft version, or starts a new version from the published one. Returns the version id.
    Victim states and audiences left as None keep those of the latest version."""
    require(user, Permission.EDIT_SCRIPTS)
    _check(title, stage)
    now = clock.now_iso()
    fts = json.dumps(fraud_types, ensure_ascii=False)
    latest = db.execute("SELECT victim_states, audiences FROM script_versions WHERE script_id = ? "
                        "ORDER BY version DESC LIMIT 1", [script_id]).fetchone() or ("[]", "[]")
    vs = latest[0] if victim_states is None else json.dumps(victim_states, ensure_ascii=False)
    au = latest[1] if audiences is None else json.dumps(audiences, ensure_ascii=False)
    draft = db.execute("SELECT id, version, body FROM script_versions WHERE script_id = ? AND status = 'draft' "
                       "ORDER BY version DESC LIMIT 1", [script_id]).fetchone()
    with transaction(db):
        if draft:
            vid = draft[0]
            db.execute("UPDATE script_versions SET title = ?, body = ?, stage = ?, fraud_types = ?, victim_states = ?, "
                       "audiences = ?, author_id = ?, created_at = ? WHERE id = ?",
                       [title.strip(), body, stage, fts, vs, au, user.id, now, vid])
            changes = {"body": (draft[2], body)} if draft[2] != body else {}
        else:
            n = db.execute("SELECT max(version) FROM script_versions WHERE script_id = ?", [script_id]).fetchone()[0] or 0
            vid = db.execute("INSERT INTO script_versions (script_id, version, title, body, stage, fraud_types, "
                             "victim_states, audiences, status, author_id, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
                             [script_id, n + 1, title.strip(), body, stage, fts, vs, au, user.id, now]).lastrowid
            changes = {"version": (n, n + 1)}
        audit.record(db, user, "draft", "scripts", script_id, changes, clock=clock)
    return vid


def submit(db: Database, user: User, version_id: int, *, clock: Clock) -> None:
    require(user, Permission.EDIT_SCRIPTS)
    row = db.execute("SELECT script_id, body, status FROM script_versions WHERE id = ?", [version_id]).fetchone()
    if row is None or row[2] != "draft":
        raise ScriptError(QCoreApplication.translate("Scripts", "Only a draft can be submitted for review."))
    unknown = unknown_placeholders(row[1])
    if unknown:
        raise ScriptError(QCoreApplication.translate("Scripts", "Unknown placeholders: %1. Use only the listed ones.")
                          .replace("%1", "、".join("{" + u + "}" for u in unknown)))
    with transaction(db):
        db.execute("UPDATE script_versions SET status = 'review', submitted_at = ? WHERE id = ?", [clock.now_iso(), version_id])
        db.execute("UPDATE scripts SET status = CASE WHEN status = 'published' THEN status ELSE 'review' END, "
                   "updated_at = ? WHERE id = ?", [clock.now_iso(), row[0]])
        audit.record(db, user, "submit", "script_versions", version_id, {"status": ("draft", "review")}, clock=clock)


def review(db: Database, reviewer: User, version_id: int, *, approve: bool, note: str = "", clock: Clock) -> None:
    """Another senior approves (the version is published at once) or sends it back as a draft."""
    require(reviewer, Permission.EDIT_SCRIPTS)
    row = db.execute("SELECT script_id, author_id, status, title, body, stage, fraud_types, call_types, tags, "
                     "victim_states, audiences FROM script_versions WHERE id = ?", [version_id]).fetchone()
    if row is None or row[2] != "review":
        raise ScriptError(QCoreApplication.translate("Scripts", "This version is not waiting for review."))
    if row[1] == reviewer.id:
        raise ScriptError(QCoreApplication.translate("Scripts", "Another senior must review your own script."))
    sid = row[0]
    now = clock.now_iso()
    with transaction(db):
        if approve:
            db.execute("UPDATE script_versions SET status = 'retired' WHERE script_id = ? AND status = 'published'", [sid])
            db.execute("UPDATE script_versions SET status = 'published', reviewer_id = ?, reviewed_at = ?, review_note = ? "
                       "WHERE id = ?", [reviewer.id, now, note, version_id])
            db.execute("UPDATE scripts SET title = ?, title_initials = ?, body = ?, stage = ?, fraud_types = ?, "
                       "call_types = ?, tags = ?, victim_states = ?, audiences = ?, status = 'published', "
                       "published_version_id = ?, updated_at = ? WHERE id = ?",
                       [row[3], title_initials(row[3]), row[4], row[5], row[6], row[7], row[8], row[9], row[10],
                        version_id, now, sid])
        else:
            db.execute("UPDATE script_versions SET status = 'draft', reviewer_id = ?, reviewed_at = ?, review_note = ? "
                       "WHERE id = ?", [reviewer.id, now, note, version_id])
        audit.record(db, reviewer, "approve" if approve else "reject", "script_versions", version_id,
                     {"status": ("review", "published" if approve else "draft"), "note": (None, note)}, clock=clock)


def retire(db: Database, user: User, script_id: int, *, clock: Clock) -> None:
    require(user, Permission.EDIT_SCRIPTS)
    with transaction(db):
        db.execute("UPDATE scripts SET status = 'retired', updated_at = ? WHERE id = ?", [clock.now_iso(), script_id])
        audit.record(db, user, "retire", "scripts", script_id, {"status": (None, "retired")}, clock=clock)


def versions(db: Database, script_id: int) -> list[Version]:
    return [Version(i, s, v, t, b, st, tuple(json.loads(f)), status, a, c, tuple(json.loads(vs)), tuple(json.loads(au)))
            for i, s, v, t, b, st, f, status, a, c, vs, au in db.execute(
                "SELECT id, script_id, version, title, body, stage, fraud_types, status, author_id, created_at, "
                "victim_states, audiences FROM script_versions WHERE script_id = ? ORDER BY version", [script_id])]


def review_queue(db: Database) -> list[tuple]:
    """(version id, script id, title, version, author id, author) of versions in review, oldest submitted first."""
    return db.execute("SELECT v.id, v.script_id, v.title, v.version, v.author_id, coalesce(u.display_name, '') "
                      "FROM script_versions v LEFT JOIN users u ON u.id = v.author_id WHERE v.status = 'review' "
                      "ORDER BY v.submitted_at").fetchall()


def reviews_waiting_for(db: Database, user_id: int) -> int:
    """How many versions in review this senior may review (their own go to another senior)."""
    return db.execute("SELECT count(*) FROM script_versions WHERE status = 'review' AND "
                      "coalesce(author_id, -1) != ?", [user_id]).fetchone()[0]


def diff(a: Version, b: Version) -> list[str]:
    """Line diff of two versions (title and body), unified format."""
    return list(difflib.unified_diff([a.title, *a.body.splitlines()], [b.title, *b.body.splitlines()],
                                     f"v{a.version}", f"v{b.version}", lineterm=""))
