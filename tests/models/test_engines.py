"""The same models on both engines: users and sign-in, the audit chain, a call saved with its accounts and
transfers, warnings taken by one seat and closed; PostgreSQL's own guarantees (append-only audit for the
seats' role, a newer server refused, the statement translation, error categories)."""

from __future__ import annotations

import threading

import psycopg
import pytest

from console import server
from console.models.calls.records import empty_form, load_form, save_call, start_call
from console.models.calls.source import IncomingCall
from console.models.core import audit
from console.models.core.db import NewerSchemaError, connect, open_database, schema_state, transaction
from console.models.core.engine import POSTGRESQL, SQLITE, engine_of, open_engine
from console.models.core.engine.postgres import Dialect, classify, placeholders
from console.models.core.users import Role, authenticate, insert_user
from console.models.warnings.handling import AlreadyTaken, record_outcome, take
from console.models.warnings.records import get_warning
from tests.models.warnings_data import add_warning
from tests.pg import db_path_on_both_engines  # noqa: F401  (db, officer ... on both engines)


def test_the_target_names_the_engine(db, engine_name):
    assert engine_of(db).name == engine_name
    assert open_engine("postgresql://hotline@127.0.0.1:5433/hotline") is POSTGRESQL
    assert open_engine("service=hotline") is POSTGRESQL
    assert open_engine("/var/lib/hotline/centre.db") is SQLITE
    state = schema_state(db)
    assert not state.pending and not state.unknown and "core:m004_integrity_audit_chain" in state.applied


def test_a_server_connection_plans_each_statement_for_its_values(pg_target):
    # A generic plan kept after a few 1-2 character note searches read every note for longer words too.
    db = connect(pg_target)
    try:
        assert db.execute("SHOW plan_cache_mode").fetchone()[0] == "force_custom_plan"
    finally:
        db.conn.close()


def test_users_sign_in_and_lock_out_alike(db, clock):
    user = insert_user(db, "lin", "林警官", Role.OFFICER, "correct-horse-96110")
    assert authenticate(db, "lin", "correct-horse-96110", clock=clock).id == user.id
    for _ in range(5):
        with pytest.raises(Exception):
            authenticate(db, "lin", "wrong", clock=clock)
    failed = db.execute("SELECT failed_attempts, locked_until IS NOT NULL FROM users WHERE id = ?", [user.id]).fetchone()
    assert failed[0] >= 5 and failed[1]
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log WHERE username = ? ORDER BY id", ["lin"])]
    assert actions.count("sign_in") == 1
    assert audit.verify_chain(db) is None


def luhn_card(stem: str) -> str:
    from stdnum import luhn

    return stem + luhn.calc_check_digit(stem)


def test_a_call_is_saved_with_its_accounts_transfers_and_audit_rows(db, officer, clock):
    call_id = start_call(db, officer, IncomingCall("13912345678", "manual"), clock=clock)
    suspect, paying = luhn_card("621700123456789"), luhn_card("622202123456789012")
    form = empty_form()
    form.update(caller={"name": "王芳", "id_number": "", "phone": "13912345678"}, notes="对方自称公安，要求转账到安全账户",
                fraud_type="police_impersonation", victim={"name": "", "id_number": "", "phone": "",
                                                           "account": paying},
                accounts=[{"number": suspect, "kind": "bank_card", "holder": "张三", "role": "suspect"}],
                transfers=[{"amount": "50000", "time": "13:40", "channel": "mobile_banking", "serial": "SN1",
                            "to": suspect}])
    assert save_call(db, officer, call_id, form, clock=clock) == {}
    again = load_form(db, call_id)
    assert again["notes"] == form["notes"] and again["caller"]["name"] == "王芳"
    assert [a["number"] for a in again["accounts"]] == [suspect]
    assert [t["amount"] for t in again["transfers"]] and again["transfers"][0]["serial"] == "SN1"
    tables = {r[0] for r in db.execute("SELECT table_name FROM audit_log WHERE record_id = ?", [str(call_id)])}
    assert {"calls", "call_accounts", "call_transfers"} <= tables
    assert audit.verify_chain(db) is None


def test_a_failed_write_leaves_nothing_behind(db, officer, clock):
    before = db.execute("SELECT count(*) FROM calls").fetchone()[0], db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(RuntimeError), transaction(db):
        start_call(db, officer, IncomingCall("13912345678", "manual"), clock=clock)
        with transaction(db):                       # a nested write (a savepoint) also goes
            audit.record(db, officer, "note", "calls", 1, {}, clock=clock)
        raise RuntimeError("power cut")
    after = db.execute("SELECT count(*) FROM calls").fetchone()[0], db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert after == before
    assert not db.conn.in_transaction


def test_one_seat_takes_a_warning_and_closes_it(db, db_path, officer, senior, clock):
    wid = add_warning(db, officer, clock, minutes_ago=5)
    other = connect(db_path)                         # a second seat
    try:
        take(db, officer, wid, clock=clock)
        with pytest.raises(AlreadyTaken):
            take(other, senior, wid, clock=clock)
        record_outcome(other, officer, wid, "dissuaded", loss_saved_cents=120_000, clock=clock)
    finally:
        other.conn.close()
    w = get_warning(db, wid)
    assert (w.status, w.outcome, w.loss_saved_cents) == ("closed", "dissuaded", 120_000)
    assert audit.verify_chain(db) is None


# -- PostgreSQL only ----------------------------------------------------------------------------------------

@pytest.fixture
def pg_target(pg_cluster):
    from tests.pg import drop_database, new_database

    target = new_database(pg_cluster)
    yield target
    drop_database(pg_cluster, target)


@pytest.fixture
def pg_officer(pg_target):
    from console.models.core.users import get_user_by_name

    db = connect(pg_target)
    try:
        return get_user_by_name(db, "officer")
    finally:
        db.close()


def test_the_seats_role_cannot_touch_the_audit_trail(pg_cluster, pg_target, clock):
    owner = connect(pg_target)
    audit.record(owner, None, "note", "calls", 1, {}, clock=clock)
    for sql in ("UPDATE audit_log SET username = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(psycopg.errors.RestrictViolation, match="append-only"):   # the owner: the trigger
            owner.execute(sql)
    with pytest.raises(psycopg.errors.RestrictViolation):
        owner.execute("TRUNCATE audit_log")
    server.superuser_sql(pg_cluster, [f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {server.SEAT_ROLE}"],
                         dbname=pg_target.split("dbname=")[1].split()[0])
    seat = connect(pg_target.replace(f"user={server.OWNER_ROLE}", f"user={server.SEAT_ROLE}")
                   .replace("owner.pgpass", "seat.pgpass"))
    try:
        audit.record(seat, None, "note", "calls", 2, {}, clock=clock)          # appending is the seat's right
        for sql in ("UPDATE audit_log SET username = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                seat.execute(sql)
        assert seat.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 2
        assert audit.verify_chain(seat) is None
    finally:
        seat.close()
        owner.close()


def test_a_server_upgraded_by_a_newer_console_is_refused(pg_target):
    db = connect(pg_target)
    db.execute("INSERT INTO schema_migrations (migration_set, name, applied_at) VALUES ('core', 'm999_future', 'x')")
    db.close()
    with pytest.raises(NewerSchemaError, match="m999_future"):
        open_database(pg_target)


def test_the_history_has_the_sqlite_step_names():
    from console.models.migrations import MIGRATION_SETS
    from console.models.migrations.postgres import MIGRATION_SETS as PG_SETS

    assert [(m.name, [x.name for x in m._migrations]) for m in MIGRATION_SETS] == [(m.name, m.names) for m in PG_SETS]


def test_both_schemas_have_the_same_tables_and_columns(db_path, pg_target):
    sqlite_db = open_database(db_path) if engine_of(connect(db_path)) is SQLITE else None
    if sqlite_db is None:
        pytest.skip("compared once, from the SQLite run")
    pg = connect(pg_target)
    skip = {"notes_tri", "notes_uni", "scripts_fts", "_sqlite_migrations", "sqlite_stat1", "sqlite_sequence"}
    lite = {}
    for (name,) in sqlite_db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"):
        if name in skip or name.startswith(("notes_", "scripts_fts")):
            continue
        lite[name] = {r[1] for r in sqlite_db.execute(f"PRAGMA table_info({name})")}
    server_side = {}
    for name, column in pg.raw.execute("SELECT table_name, column_name FROM information_schema.columns "
                                       "WHERE table_schema = 'public' AND table_name != 'schema_migrations'"):
        if name != "note_gram_blocks":         # the server's full-text rows, as SQLite's notes_* tables
            server_side.setdefault(name, set()).add(column)
    pg.close()
    assert server_side == lite


def test_statements_are_translated_outside_quoted_text():
    d = Dialect({"meta": ("key",), "drafts": ("kind", "key", "user_id")}, {"calls", "stations"})
    assert d.translate("INSERT OR IGNORE INTO stations (name) VALUES (?)") == (
        "INSERT INTO stations (name) VALUES (?) ON CONFLICT DO NOTHING RETURNING id", True)
    assert d.translate("INSERT OR REPLACE INTO meta (key, value) VALUES ('a?', ?)")[0] == (
        "INSERT INTO meta (key, value) VALUES ('a?', ?) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")
    assert d.translate("UPDATE calls SET x = 1 WHERE a IS NOT ? AND b IS NULL AND c IS ?")[0] == (
        "UPDATE calls SET x = 1 WHERE a IS DISTINCT FROM ? AND b IS NULL AND c IS NOT DISTINCT FROM ?")
    assert d.translate("SELECT 1 WHERE (? IS NULL OR a >= ?)")[0] == "SELECT 1 WHERE (CAST(? AS TEXT) IS NULL OR a >= ?)"
    assert d.translate("INSERT INTO calls (notes) VALUES (?) RETURNING id") == (
        "INSERT INTO calls (notes) VALUES (?) RETURNING id", False)
    assert d.translate("SELECT id FROM calls WHERE caller_person_id IN (SELECT value FROM json_each(?)) AND x = ?"
                       )[0] == "SELECT id FROM calls WHERE caller_person_id = ANY(?) AND x = ?"
    assert d.list_parameters("SELECT 1 WHERE a = ? AND b IN (SELECT value FROM json_each(?))") == (1,)
    assert d.translate("SELECT count(*) FROM accounts WHERE substr(number, -4) = ?")[0] == (
        "SELECT count(*) FROM accounts WHERE right(number, 4) = ?")
    assert placeholders("SELECT '100%?' || ?, x LIKE ? -- what?") == "SELECT '100%%?' || %s, x LIKE %s -- what?"
    for sqlite_only in ("PRAGMA cache_size", "SELECT * FROM sqlite_master", "SELECT * FROM t WHERE t MATCH ?"):
        with pytest.raises(psycopg.NotSupportedError):
            d.translate(sqlite_only)


def test_errors_fall_into_the_categories_the_officer_is_told(pg_target):
    holder, waiter = connect(pg_target), connect(pg_target)
    try:
        waiter.raw.execute("SET lock_timeout = 200")
        with transaction(holder):
            with pytest.raises(psycopg.errors.LockNotAvailable) as busy:
                with transaction(waiter):
                    pass
        assert classify(busy.value) == "busy"
        with pytest.raises(psycopg.errors.QueryCanceled) as cancelled:
            waiter.raw.execute("SET statement_timeout = 100")
            waiter.raw.execute("SELECT pg_sleep(2)")
        assert classify(cancelled.value) == "cancelled"
        with pytest.raises(psycopg.errors.UndefinedTable) as bug:
            waiter.execute("SELECT * FROM no_such_table")
        assert classify(bug.value) is None            # a bug, not the environment
    finally:
        holder.close()
        waiter.close()
    with pytest.raises(psycopg.OperationalError) as gone:
        psycopg.connect("host=/nonexistent-socket-dir port=1 dbname=x connect_timeout=1")
    assert classify(gone.value) == "storage"


def test_a_seat_waits_for_another_seats_write_instead_of_failing(pg_target, pg_officer, clock):
    officer = pg_officer
    first, second = connect(pg_target), connect(pg_target)
    done = threading.Event()
    try:
        with transaction(first):
            audit.record(first, officer, "note", "calls", 1, {}, clock=clock)

            def other_seat():
                audit.record(second, officer, "note", "calls", 2, {}, clock=clock)
                done.set()
            t = threading.Thread(target=other_seat)
            t.start()
            assert not done.wait(0.3)                 # held by the write lock, not failed
        t.join(5)
        assert done.is_set()
        assert audit.verify_chain(first) is None      # chained one after the other, not onto the same row
    finally:
        first.close()
        second.close()


def test_another_seats_take_is_heard_within_a_second(db, db_path, officer, senior, clock, engine_name):
    """Seat 5 shows the waiting warnings; seat 2 takes one: seat 5's listener hears of it at once."""
    import time

    from console.models.core.engine import listen_for_changes

    wid = add_warning(db, officer, clock, minutes_ago=5)
    seat5 = listen_for_changes(db_path)
    seat2 = connect(db_path)
    try:
        assert seat5.poll() == set()
        took = time.perf_counter()
        take(seat2, senior, wid, clock=clock)
        heard = set()
        while not heard and time.perf_counter() - took < 1.0:
            heard = seat5.poll()
            time.sleep(0.01)
        delay = time.perf_counter() - took
        assert heard == ({"*"} if engine_name == "sqlite" else {"warnings"}), heard
        assert delay < 1.0
        assert seat5.poll() == set()              # heard once
    finally:
        seat5.close()
        seat2.conn.close()


def test_a_server_backup_is_checked_and_restores_everything(pg_target, pg_officer, clock, tmp_path):
    officer = pg_officer
    from console.models.core.engine.postgres import backup_to, restore

    db = connect(pg_target)
    try:
        kept = start_call(db, officer, IncomingCall("13912345678", "manual"), clock=clock)
        made = tmp_path / "centre.dump"
        tables = backup_to(pg_target, made)
        assert {"calls", "audit_log", "warnings"} <= set(tables)
        assert made.stat().st_mode & 0o077 == 0                  # readable by this user only
        start_call(db, officer, IncomingCall("13912345679", "manual"), clock=clock)   # after the backup
        rows = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        db.close()
        restore(made, pg_target)
        db = connect(pg_target)
        assert [r[0] for r in db.execute("SELECT id FROM calls")] == [kept]
        assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == rows - 1
        assert audit.verify_chain(db) is None
        with pytest.raises(psycopg.errors.RestrictViolation):   # the restored trail is append-only again
            db.execute("DELETE FROM audit_log")
    finally:
        db.close()


def test_a_server_is_named_without_its_password_or_passfile():
    from console.models.core.engine import describe_target, without_password

    url = "postgresql://hotline:s3cret@db.centre:5432/hotline"
    assert describe_target(url) == "hotline (hotline@db.centre:5432, PostgreSQL)"
    assert "s3cret" not in without_password(url) and "db.centre" in without_password(url)
    socket = "host=/run/hl port=5433 dbname=hotline user=hotline passfile=/home/o/.hl.pgpass"
    assert describe_target(socket) == "hotline (hotline@/run/hl, PostgreSQL)"
    assert describe_target("service=hotline") == "service hotline (PostgreSQL)"
    assert describe_target("/data/centre.db") == without_password("/data/centre.db") == "/data/centre.db"
