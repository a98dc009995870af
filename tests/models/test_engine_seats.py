"""Six seats, six processes, saving calls through the models at once for a bounded time, on each engine:
every call a seat was told it saved is there with its notes and audit rows, no seat met an error, and the
audit chain is one unbroken line."""

from __future__ import annotations

import multiprocessing
import time
import traceback

from tests.pg import db_path_on_both_engines  # noqa: F401

SEATS = 6
SECONDS = 8.0


def seat(target: str, seat_no: int, ready, go, out) -> None:
    """One seat's officer: a call every ~50 ms, notes and an account saved with it, the history read back."""
    from datetime import datetime

    from console.models.calls.records import empty_form, save_call, start_call
    from console.models.calls.source import IncomingCall
    from console.models.core.clock import Clock
    from console.models.core.db import connect
    from console.models.core.users import Role, User

    saved, errors = [], []
    try:
        db = connect(target)
        row = db.execute("SELECT id, username, display_name FROM users WHERE username = 'officer'").fetchone()
        user = User(row[0], row[1], row[2], Role.OFFICER)
        clock = Clock()
        ready.put(seat_no)
        go.wait(120)
        until = time.time() + SECONDS     # from the moment all six are connected (spawning takes a while)
        n = 0
        while time.time() < until:
            n += 1
            try:
                number = f"139{seat_no:02d}{n:06d}"
                call_id = start_call(db, user, IncomingCall(number, "pbx", line=str(seat_no)), clock=clock)
                form = empty_form(IncomingCall(number, "pbx"))
                form["notes"] = f"seat {seat_no} call {n} {datetime.now():%H:%M:%S.%f}"
                if save_call(db, user, call_id, form, clock=clock):
                    raise AssertionError("the form had problems")
                db.execute("SELECT count(*) FROM calls WHERE caller_e164 = ?", [f"+86{number}"]).fetchone()
                saved.append((call_id, form["notes"]))
            except Exception:
                errors.append(traceback.format_exc(limit=3))
            time.sleep(0.05)
        db.conn.close()
    except Exception:
        errors.append(traceback.format_exc(limit=3))
    out.put((seat_no, saved, errors))


def test_six_seats_save_calls_at_once_and_nothing_is_lost(db_path, db):
    from console.models.core import audit

    ctx = multiprocessing.get_context("spawn")
    out, ready, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    procs = [ctx.Process(target=seat, args=(str(db_path), i, ready, go, out)) for i in range(1, SEATS + 1)]
    for p in procs:
        p.start()
    for _ in procs:
        ready.get(timeout=120)
    go.set()
    results = [out.get(timeout=SECONDS + 120) for _ in procs]
    for p in procs:
        p.join(30)
    errors = [e for _, _, errs in results for e in errs]
    assert not errors, errors[:3]
    saved = [s for _, seats_saved, _ in results for s in seats_saved]
    assert all(len(s) >= 20 for _, s, _ in results), [len(s) for _, s, _ in results]
    stored = dict(db.execute("SELECT id, notes FROM calls").fetchall())
    assert all(stored.get(call_id) == notes for call_id, notes in saved)      # nothing lost, nothing mixed up
    audited = {int(r[0]) for r in db.execute("SELECT record_id FROM audit_log WHERE table_name = 'calls' "
                                             "AND action = 'insert'")}
    assert {call_id for call_id, _ in saved} <= audited
    assert audit.verify_chain(db) is None
