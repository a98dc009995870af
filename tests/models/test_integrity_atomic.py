"""One write, one transaction: a failure injected before ANY row write of a model's write function leaves
every table as it was.

The injection is real SQLite: temporary triggers on every table of the real file count the rows written
(insert, update, delete) and RAISE(ABORT) at the k-th. Each write function is called with k = 1, 2, ...
until it completes without reaching k, so every point between two of its statements (and inside a
multi-row statement) is tried once; after each failure every table must be unchanged. On PostgreSQL the
same count and abort is a PL/pgSQL trigger on every table of the test's throwaway database (PgFault).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import timedelta

import psycopg
import pytest

from console.models.admin import reference as admin_reference
from console.models.calls import records as calls
from console.models.core import drafts
from console.models.core.engine import POSTGRESQL, engine_of
from console.models.stoppay import requests as stoppay
from console.models.core import users
from console.models.calls.source import manual_call
from console.models.stations.dispatches import create_dispatch, record_feedback
from console.models.core.users import Role
from console.models.warnings import handling, sms
from console.models.warnings.dispatch import dispatch_warning, record_warning_feedback
from console.models.warnings.mapping import save_mapping
from console.scripts_library import library
from tests.conftest import PASSWORDS

from .warnings_data import add_warning

MAX_WRITES = 80


def _is_server(db) -> bool:
    return engine_of(db) is POSTGRESQL


def _tables(db) -> list[str]:
    if _is_server(db):
        return [r[0] for r in db.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                         "current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE "
                                         "'fault%' ORDER BY table_name")]
    virtual = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")]
    return [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                     "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
            if not any(r[0].startswith(v + "_") for v in virtual)]


def snapshot(db, skip: tuple[str, ...] = ()) -> dict[str, list]:
    return {t: sorted(map(repr, db.execute(f'SELECT * FROM "{t}"').fetchall())) for t in _tables(db) if t not in skip}


class Fault:
    """Temporary triggers that abort the k-th row write of any table (temp: nothing lands in the file)."""

    def __init__(self, db):
        self.db = db
        self.fired = False
        db.conn.create_function("fault_fired", 0, self._fired)
        db.execute("CREATE TEMP TABLE IF NOT EXISTS fault (n INTEGER NOT NULL, k INTEGER NOT NULL)")
        db.execute("DELETE FROM temp.fault")
        db.execute("INSERT INTO temp.fault VALUES (0, 0)")
        for t in _tables(db):
            for op in ("INSERT", "UPDATE", "DELETE"):
                db.execute(f'CREATE TEMP TRIGGER IF NOT EXISTS "fault_{t}_{op}" BEFORE {op} ON main."{t}" '
                           "WHEN (SELECT k FROM temp.fault) > 0 BEGIN "
                           "UPDATE fault SET n = n + 1; "
                           "SELECT fault_fired(), RAISE(ABORT, 'injected fault') "
                           "WHERE (SELECT n >= k FROM temp.fault); END")
        db.conn.commit()

    def _fired(self) -> int:
        self.fired = True
        return 1

    def arm(self, k: int) -> None:
        self.fired = False
        self.db.execute("UPDATE temp.fault SET n = 0, k = ?", [k])
        self.db.conn.commit()

    def disarm(self) -> None:
        if self.db.conn.in_transaction:       # a function that swallowed the error must not leave one open
            self.db.conn.rollback()
        self.db.execute("UPDATE temp.fault SET n = 0, k = 0")
        self.db.conn.commit()


class PgFault:
    """The same on PostgreSQL: a row trigger on every table counts row writes in a sequence (sequences ignore
    rollbacks, as SQLite's Python function does) and raises at the k-th; a second sequence says it fired."""

    def __init__(self, db):
        self.db = db
        db.executescript("""
            CREATE TABLE IF NOT EXISTS fault_arm (k BIGINT NOT NULL);
            CREATE SEQUENCE IF NOT EXISTS fault_n;
            CREATE SEQUENCE IF NOT EXISTS fault_fired;
            CREATE OR REPLACE FUNCTION fault_inject() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE armed BIGINT := (SELECT k FROM fault_arm);
            BEGIN
                IF armed > 0 AND nextval('fault_n') >= armed THEN
                    PERFORM nextval('fault_fired');
                    RAISE EXCEPTION 'injected fault';
                END IF;
                IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                RETURN NEW;
            END $$;
        """)
        db.execute("DELETE FROM fault_arm")
        db.execute("INSERT INTO fault_arm VALUES (0)")
        for t in _tables(db):
            db.raw.execute(f'CREATE OR REPLACE TRIGGER "fault_{t}" BEFORE INSERT OR UPDATE OR DELETE ON "{t}" '
                       "FOR EACH ROW EXECUTE FUNCTION fault_inject()")
        db.conn.commit()

    @property
    def fired(self) -> bool:
        return bool(self.db.execute("SELECT is_called FROM fault_fired").fetchone()[0])

    def arm(self, k: int) -> None:
        self.db.execute("SELECT setval('fault_n', 1, false), setval('fault_fired', 1, false)")
        self.db.execute("UPDATE fault_arm SET k = ?", [k])
        self.db.conn.commit()

    def disarm(self) -> None:
        if self.db.conn.in_transaction:
            self.db.conn.rollback()
        self.db.execute("UPDATE fault_arm SET k = 0")
        self.db.conn.commit()


def assert_all_or_nothing(db, write: Callable[[], object], *, independent: tuple[str, ...] = ()) -> int:
    """Calls write() with a fault at each row write in turn; returns how many faults were injected.

    independent: tables the function writes on purpose in a transaction of their own before the main one
    (the draft kept as typed), left out of the comparison.
    """
    fault = PgFault(db) if _is_server(db) else Fault(db)
    for k in range(1, MAX_WRITES + 1):   # the last call, with no fault reached, really writes
        before = snapshot(db, independent)
        fault.arm(k)
        error = None
        try:
            write()
        except Exception as exc:  # noqa: BLE001 (the injected fault, in whatever form the model reports it)
            error = exc
        failed = error is not None
        fault.disarm()
        if not fault.fired:
            assert not failed, f"failed without the fault at write {k}: {error!r}"
            return k - 1
        after = snapshot(db, independent)
        changed = [t for t in before if before[t] != after[t]]
        assert not changed, f"a fault at row write {k} left {changed} changed: part of the write was committed"
        assert failed, f"the fault at row write {k} was swallowed and the function reported success"
    raise AssertionError(f"more than {MAX_WRITES} row writes")


# -- the write functions, each from a realistic starting state -------------------------------------------

def _call_form(phone="13971234567"):
    form = calls.empty_form(manual_call(phone))
    form["caller"].update({"name": "何敏", "id_number": "420902198503120028", "phone": phone})
    form.update({"fraud_type": "investment", "call_type": "stop_payment", "notes": "炒股群导师带投资",
                 "outcome": "defrauded", "loss_suffered": "500000"})
    form["accounts"] = [{"role": "victim", "number": "6228480000000000000"},
                        {"role": "suspect", "number": "6217001234567890122", "holder": "李强"},
                        {"role": "suspect", "number": "6222021234567890128", "holder": "王五"}]
    form["transfers"] = [{"time": "13:05", "amount": "200000", "serial": "SN001", "to": "6217001234567890122"},
                         {"time": "13:20", "amount": "150000", "serial": "SN003", "to": "6222021234567890128"}]
    return form


def _saved_call(db, officer, clock):
    cid = calls.start_call(db, officer, manual_call("13971234567"), clock=clock)
    calls.save_call(db, officer, cid, _call_form(), clock=clock)
    return cid


def _stop_form(db, rid):
    form = stoppay.load_form(db, rid)
    form["victim"].update({"name": "何敏", "id_number": "420902198503120028", "phone": "13971234567",
                           "account": "6228480000000000000"})
    return form


def test_call_start_save_answer_close(db, officer, clock):
    assert assert_all_or_nothing(db, lambda: calls.start_call(db, officer, manual_call("13971234567"), clock=clock)) >= 2
    cid = calls.start_call(db, officer, manual_call("13971234567"), clock=clock)
    assert assert_all_or_nothing(db, lambda: calls.save_call(db, officer, cid, _call_form(), clock=clock)) >= 8
    assert assert_all_or_nothing(db, lambda: calls.mark_answered(db, cid, clock=clock, user=officer)) == 2
    assert assert_all_or_nothing(db, lambda: calls.close_call(db, officer, cid, clock=clock)) == 2


def test_stop_payment_create_save_issue_result(db, officer, clock):
    cid = _saved_call(db, officer, clock)
    assert assert_all_or_nothing(db, lambda: stoppay.create_request_from_call(db, officer, cid, clock=clock)) >= 4
    rid = stoppay.create_request_from_call(db, officer, cid, clock=clock)
    form = _stop_form(db, rid)
    # The draft as typed is kept first, on purpose, in its own transaction: the rest is one write.
    assert assert_all_or_nothing(db, lambda: stoppay.save_form(db, officer, rid, form, clock=clock),
                                 independent=("drafts",)) >= 6
    assert assert_all_or_nothing(db, lambda: stoppay.issue(db, officer, rid, form, clock=clock)) >= 8
    assert db.execute("SELECT status FROM stop_requests WHERE id = ?", [rid]).fetchone()[0] == "issued"
    sid = db.execute("SELECT id FROM stop_accounts WHERE request_id = ? ORDER BY id LIMIT 1", [rid]).fetchone()[0]
    # The account and its audit row, and the statistics summary the account's trigger keeps (stats_stop_day).
    assert assert_all_or_nothing(db, lambda: stoppay.record_result(db, officer, sid, "stopped", stopped_cents=100_000,
                                                                   clock=clock)) >= 2


def test_warning_take_outcome_dispatch_feedback_sms_release_note(db, officer, clock):
    assert assert_all_or_nothing(db, lambda: add_warning(db, officer, clock, minutes_ago=5)) >= 2
    wid = add_warning(db, officer, clock, minutes_ago=5)
    assert assert_all_or_nothing(db, lambda: handling.take(db, officer, wid, clock=clock)) >= 2
    assert assert_all_or_nothing(db, lambda: handling.add_note(db, officer, wid, "已回拨，未接", clock=clock)) >= 2
    body = "您好，请注意防范电信诈骗。"
    assert assert_all_or_nothing(db, lambda: sms.queue_sms(db, officer, wid, body, clock=clock)) >= 2
    station = db.execute("SELECT id FROM stations LIMIT 1").fetchone()[0]
    assert assert_all_or_nothing(db, lambda: dispatch_warning(
        db, officer, wid, station_id=station, reason="见面劝阻", deadline_at=clock.now() + timedelta(hours=2),
        clock=clock)) >= 3
    (did,) = [d for (d,) in db.execute("SELECT id FROM dispatches WHERE warning_id = ?", [wid])]  # the last, real call's
    assert assert_all_or_nothing(db, lambda: record_warning_feedback(
        db, officer, did, visited=True, dissuaded=True, notes="已见面", outcome="dissuaded", clock=clock)) >= 3
    other = add_warning(db, officer, clock, minutes_ago=3)
    handling.take(db, officer, other, clock=clock)
    assert assert_all_or_nothing(db, lambda: handling.record_outcome(db, officer, other, "dissuaded", clock=clock)) >= 2
    third = add_warning(db, officer, clock, minutes_ago=2)
    handling.take(db, officer, third, clock=clock)
    assert assert_all_or_nothing(db, lambda: handling.release(db, officer, third, clock=clock)) >= 2


def test_sms_export_and_return_for_review(db, officer, supervisor, clock, tmp_path):
    wid = add_warning(db, officer, clock, minutes_ago=300)
    handling.take(db, officer, wid, clock=clock)
    sms.queue_sms(db, officer, wid, "您好，请注意防范电信诈骗。", clock=clock)
    handling.record_outcome(db, officer, wid, "unreachable", clock=clock, review_after_minutes=1)
    later = type(clock)(clock.now() + timedelta(hours=3))
    assert assert_all_or_nothing(db, lambda: handling.return_for_review(db, supervisor, clock=later,
                                                                        review_after_minutes=1)) >= 2
    assert assert_all_or_nothing(db, lambda: sms.export_outbox(db, officer, tmp_path, clock=clock)) >= 2


def test_station_dispatch_of_a_call(db, officer, clock):
    station = db.execute("SELECT id FROM stations LIMIT 1").fetchone()[0]
    cid = _saved_call(db, officer, clock)
    assert assert_all_or_nothing(db, lambda: create_dispatch(db, officer, station_id=station, reason="上门",
                                                            deadline_at="2026-11-25 18:00:00", call_id=cid,
                                                            clock=clock)) >= 2
    did = create_dispatch(db, officer, station_id=station, reason="上门", deadline_at="2026-11-25 18:00:00",
                          call_id=cid, clock=clock)
    assert assert_all_or_nothing(db, lambda: record_feedback(db, officer, did, visited=True, dissuaded=True,
                                                            loss_saved_cents=0, notes="已见面", clock=clock)) >= 2


def test_scripts_create_draft_submit_review_retire(db, senior, supervisor, clock):
    create = lambda: library.create_script(db, senior, title="刷单返利：开场", stage="opening",  # noqa: E731
                                           body="{name}，刷单就是诈骗。", fraud_types=["rebate"], clock=clock)
    assert assert_all_or_nothing(db, create) >= 3
    sid = create()
    assert assert_all_or_nothing(db, lambda: library.save_draft(
        db, senior, sid, title="刷单返利：开场", stage="opening", body="{name}，刷单都是诈骗。",
        fraud_types=["rebate"], clock=clock)) >= 2
    vid = library.versions(db, sid)[0].id
    assert assert_all_or_nothing(db, lambda: library.submit(db, senior, vid, clock=clock)) >= 2
    assert assert_all_or_nothing(db, lambda: library.review(db, supervisor, vid, approve=True, clock=clock)) >= 3
    assert assert_all_or_nothing(db, lambda: library.retire(db, supervisor, sid, clock=clock)) >= 2


def test_users_sign_in_and_reference_edits(db, admin, senior, clock):
    assert assert_all_or_nothing(db, lambda: users.create_user(db, admin, "wang", "王芳", Role.OFFICER,
                                                             "long-enough-1", clock=clock)) >= 2
    new = users.get_user_by_name(db, "wang")          # made by the last, fault-free call
    assert assert_all_or_nothing(db, lambda: users.update_user(db, admin, new.id, role=Role.SENIOR, clock=clock)) >= 2
    assert assert_all_or_nothing(db, lambda: users.reset_password(db, admin, new.id, "another-pass-2",
                                                                clock=clock)) >= 2
    assert assert_all_or_nothing(db, lambda: users.authenticate(db, "senior", PASSWORDS[Role.SENIOR], clock=clock)) >= 2
    assert assert_all_or_nothing(db, lambda: admin_reference.update_value(db, senior, "warning_levels", "red",
                                                                        "deadline_minutes", 15, clock=clock)) == 2
    assert assert_all_or_nothing(db, lambda: sms.save_template(db, senior, code="t1", name="模板",
                                                             body="请注意防范。", clock=clock)) >= 2
    assert assert_all_or_nothing(db, lambda: save_mapping(db, senior, "省预警平台", {"phone": "手机号"},
                                                        clock=clock)) >= 2


def test_drafts(db, officer, clock):
    assert assert_all_or_nothing(db, lambda: drafts.save_draft(db, "call", "new", officer.id, {"a": 1},
                                                               clock.now_iso())) == 1
    drafts.save_draft(db, "call", "new", officer.id, {"a": 1}, clock.now_iso())
    assert assert_all_or_nothing(db, lambda: drafts.delete_draft(db, "call", "new", officer.id)) == 1


def test_an_import_block_is_all_or_nothing(db, officer, clock, tmp_path):
    from console.models.warnings.importer import import_file
    from console.models.warnings.mapping import guess_mapping

    from .test_warnings_import import HEADER, ROWS, write_csv

    path = write_csv(tmp_path / "platform.csv", ROWS)
    fault = PgFault(db) if _is_server(db) else Fault(db)
    warnings_before = snapshot(db)["warnings"]
    # Abort the reject rows of the first block: the warnings inserted by the same block must go too.
    if _is_server(db):
        db.execute("UPDATE fault_arm SET k = 1")
        for t in _tables(db):                  # only the rejects' rows fail; the block's warnings go in before
            if t != "import_rejects":
                db.raw.execute(f'DROP TRIGGER "fault_{t}" ON "{t}"')
        db.conn.commit()
        refused = psycopg.Error
    else:
        db.execute("DROP TRIGGER temp.fault_import_rejects_INSERT")
        db.execute("CREATE TEMP TRIGGER fault_rejects BEFORE INSERT ON main.import_rejects "
                   "BEGIN SELECT fault_fired(), RAISE(ABORT, 'injected fault'); END")
        refused = sqlite3.IntegrityError
    with pytest.raises(refused, match="injected"):
        import_file(db, officer, path, source="省预警平台", mapping=guess_mapping(HEADER), clock=clock)
    assert fault.fired
    assert snapshot(db)["warnings"] == warnings_before
    assert not db.conn.in_transaction
