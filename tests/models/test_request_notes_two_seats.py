"""Two seats adding notes to one stop-payment request at the same moment (the command bar's `log`): every
note of both stays, on both engines (the notes are read under the write lock, not before it)."""

from __future__ import annotations

import threading

from console.models.core import commands
from console.models.core.db import connect
from console.models.stoppay import requests as stoppay
from tests.models.test_integrity_atomic import _saved_call, _stop_form
from tests.pg import db_path_on_both_engines  # noqa: F401


def test_notes_two_seats_add_at_once_all_stay(db, db_path, officer, senior, clock):
    rid = stoppay.create_request_from_call(db, officer, _saved_call(db, officer, clock), clock=clock)
    stoppay.issue(db, officer, rid, _stop_form(db, rid), clock=clock)
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def seat(user, name):
        own = connect(db_path)
        try:
            start.wait()
            for i in range(25):
                commands.note_on_request(own, user, rid, f"{name}-{i}", clock=clock)
        except BaseException as exc:       # reported below: a thread's error would pass unseen
            failures.append(exc)
        finally:
            own.conn.close()

    seats = [threading.Thread(target=seat, args=(u, n)) for u, n in ((officer, "officer"), (senior, "senior"))]
    for t in seats:
        t.start()
    for t in seats:
        t.join()
    assert failures == []
    notes = db.execute("SELECT notes FROM stop_requests WHERE id = ?", [rid]).fetchone()[0].splitlines()
    assert sorted(notes) == sorted(f"{n}-{i}" for n in ("officer", "senior") for i in range(25))
