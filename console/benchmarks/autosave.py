"""Autosave of a call's notes while the officer types: the console's save (the whole form in one
transaction, its audit row, the notes' full-text rows kept in step by triggers), at three lengths of note,
beside the same save of a form in which nothing changed. As in the console, the WAL checkpointer runs beside
the saves (console/models/core/engine/sqlite.py), and the saves come PAUSE_S apart: ten times as often
as one seat's autosave (at most every 0.5 s), back to back they would leave the checkpointer no moment in
which the log could start again."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from console.bench import percentile
from console.models.calls.records import load_form, save_call
from console.models.core.clock import Clock
from console.models.core.db import connect
from console.models.core.engine import keep_wal_small
from console.models.core.users import get_user_by_name

LENGTHS = (500, 2_000, 5_000)
SAVES = 100                   # saves per length (the p99 of 100 is their second slowest)
PAUSE_S = 0.05                # between two saves, not timed


def measure(db_path: Path, args: argparse.Namespace) -> dict:
    db = connect(db_path)
    user = get_user_by_name(db, "officer")
    row = db.execute("SELECT id FROM calls WHERE status = 'closed' ORDER BY id DESC LIMIT 1").fetchone()
    if user is None or row is None:
        return {}
    call_id = row[0]
    notes = "".join(r[0] for r in db.execute("SELECT notes FROM calls WHERE notes != '' LIMIT 400"))
    while len(notes) < max(LENGTHS) + SAVES * 4:
        notes += notes or "受害人称对方自称客服，要求下载会议软件共享屏幕。"
    form = load_form(db, call_id)
    clock = Clock()
    checkpointer = keep_wal_small(db_path, db)
    try:
        out = _measure(db, user, call_id, form, notes, clock)
    finally:
        checkpointer.stop()
    db.conn.close()
    out["autosave_wal_checkpoints"] = checkpointer.checkpoints
    return out


def _paused(fn):
    def run():
        time.sleep(PAUSE_S)
        t0 = time.perf_counter()
        fn()
        return (time.perf_counter() - t0) * 1000
    return run


def _measure(db, user, call_id: int, form: dict, notes: str, clock: Clock) -> dict:
    original = form.get("notes", "")
    by_length: dict[str, float] = {}
    median: dict[str, float] = {}
    unchanged: dict[str, float] = {}
    for length in LENGTHS:
        form["notes"] = notes[:length]
        save_call(db, user, call_id, form, clock=clock)
        typed = []
        for i in range(SAVES):                 # a few characters typed between two saves
            form["notes"] = notes[:length + 4 * (i + 1)]
            typed.append(_paused(lambda: save_call(db, user, call_id, form, clock=clock))())
        by_length[str(length)] = round(percentile(typed, 99), 2)
        median[str(length)] = round(percentile(typed, 50), 2)
        same = _paused(lambda: save_call(db, user, call_id, form, clock=clock))
        unchanged[str(length)] = round(percentile([same() for _ in range(SAVES)], 99), 2)
    form["notes"] = original
    save_call(db, user, call_id, form, clock=clock)
    return {"autosave_p99_ms": by_length[str(max(LENGTHS))], "autosave_p99_by_length_ms": by_length,
            "autosave_p50_by_length_ms": median,
            "autosave_unchanged_p99_by_length_ms": unchanged}
