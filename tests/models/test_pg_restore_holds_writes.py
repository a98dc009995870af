"""A server's restore holds every seat's writes from its dump of the current content to the end of
pg_restore (engine.postgres.writes_held): a seat saving calls without pause all through a restore loses
none it was told were saved (each is in the kept dump of what was replaced, or in the base after), its
saves meanwhile are refused loudly, and afterwards it writes again while the audit trail stays append-only."""

from __future__ import annotations

import threading

import psycopg
import pytest

from console import server
from console.models.admin import backup
from console.models.calls.records import start_call
from console.models.calls.source import IncomingCall
from console.models.core.db import connect
from console.models.core.errors import Trouble, classify, message
from console.models.core.users import Role
from tests.conftest import _user
from tests.pg import drop_database, new_database


def _calls(target) -> set[int]:
    db = connect(target)
    try:
        return {r[0] for r in db.execute("SELECT id FROM calls")}
    finally:
        db.close()


def test_a_seat_saving_through_a_server_restore_loses_nothing_it_was_told_was_saved(pg_cluster, clock, tmp_path):
    target = new_database(pg_cluster)
    scratch = new_database(pg_cluster)
    seat_target = pg_cluster.url(server.SEAT_ROLE, dbname=target.split("dbname=")[1].split()[0])
    try:
        admin_db = connect(target)
        admin, officer = _user(admin_db, Role.ADMIN), _user(admin_db, Role.OFFICER)
        start_call(admin_db, officer, IncomingCall("13912345678", "manual"), clock=clock)
        dump = tmp_path / "console-backup-20260101-000000.dump"
        backup.open_engine(target).backup(target, dump)
        admin_db.close()
        saved, refused, stop = [], [], threading.Event()

        def seat():
            db = connect(seat_target)
            try:
                while not stop.is_set():
                    try:
                        saved.append(start_call(db, officer, IncomingCall("13800000000", "manual"), clock=clock))
                    except Exception as exc:          # refused while the restore runs: told, nothing kept
                        refused.append(exc)
            finally:
                db.close()

        writer = threading.Thread(target=seat)
        writer.start()
        while len(saved) < 20:                       # the seat is saving before the restore starts
            stop.wait(0.01)
        kept = backup.restore(dump, target, _user(connect(target), Role.ADMIN))
        after = len(saved)
        while len(saved) < after + 5 and writer.is_alive():     # and saves again after it
            stop.wait(0.01)
        stop.set()
        writer.join()
        assert kept is not None and len(saved) >= after + 5
        backup.open_engine(scratch).restore(kept, scratch)       # what the restore replaced, read back
        assert set(saved) <= _calls(scratch) | _calls(target)
        assert all("permission denied" in str(e) for e in refused), refused[:3]
        # What the seat's page says of such a refusal: the console's own sentence, naming a restore.
        assert all(classify(e) is Trouble.READ_ONLY for e in refused)
        assert "restore" in message(Trouble.READ_ONLY)
        seat_db = connect(seat_target)
        try:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):   # the trail stays append-only
                seat_db.execute("DELETE FROM audit_log")
        finally:
            seat_db.close()
    finally:
        drop_database(pg_cluster, scratch)
        drop_database(pg_cluster, target)
