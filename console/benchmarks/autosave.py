"""Autosave of a call's notes while the officer types: the console's save (the whole form in one
transaction, its audit row, the notes' full-text rows kept in step by triggers), at three lengths of note,
beside the same save of a form in which nothing changed."""

from __future__ import annotations

import argparse
from pathlib import Path

from console.bench import percentile, timed_ms
from console.models.calls.records import load_form, save_call
from console.models.core.clock import Clock
from console.models.core.db import connect
from console.models.core.users import get_user_by_name

LENGTHS = (500, 2_000, 5_000)
SAVES = 100                   # saves per length (the p99 of 100 is their second slowest)


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
    original = form.get("notes", "")
    clock = Clock()
    by_length: dict[str, float] = {}
    median: dict[str, float] = {}
    unchanged: dict[str, float] = {}
    for length in LENGTHS:
        form["notes"] = notes[:length]
        save_call(db, user, call_id, form, clock=clock)
        typed = []
        for i in range(SAVES):                 # a few characters typed between two saves
            form["notes"] = notes[:length + 4 * (i + 1)]
            typed += timed_ms(lambda: save_call(db, user, call_id, form, clock=clock), 1)
        by_length[str(length)] = round(percentile(typed, 99), 2)
        median[str(length)] = round(percentile(typed, 50), 2)
        unchanged[str(length)] = round(percentile(
            timed_ms(lambda: save_call(db, user, call_id, form, clock=clock), SAVES), 99), 2)
    form["notes"] = original
    save_call(db, user, call_id, form, clock=clock)
    db.conn.close()
    return {"autosave_p99_ms": by_length[str(max(LENGTHS))], "autosave_p99_by_length_ms": by_length,
            "autosave_p50_by_length_ms": median,
            "autosave_unchanged_p99_by_length_ms": unchanged}
