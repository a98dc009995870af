"""Case lookup: phone in any format, card tails, IDs, two-character Chinese words, shared accounts."""

from __future__ import annotations

import pytest

import subprocess
import sys

from console.models.calls import records as calls
from console.models.stoppay import requests as stoppay
from console.models.calls.source import manual_call
from console.models.lookup.case import account_timeline, person_timeline, shared_accounts
from console.models.lookup.search import classify, search

MULE = "6217001234567890122"


def _call(db, officer, clock, number, notes, accounts=(), name="", id_number=""):
    cid = calls.start_call(db, officer, manual_call(number), clock=clock)
    form = calls.empty_form(manual_call(number))
    form["caller"].update(name=name, id_number=id_number)
    form["notes"] = notes
    form["accounts"] = [{"role": "suspect", "kind": "bank_card", "number": a, "holder": "李强"} for a in accounts]
    form["transfers"] = [{"time": "12:00", "amount": "10000", "to": a} for a in accounts]
    calls.save_call(db, officer, cid, form, clock=clock)
    return cid


def test_phone_typed_five_ways_finds_the_same(db, officer, clock):
    cid = _call(db, officer, clock, "13800001234", "咨询")
    ways = ["13800001234", "138 0000 1234", "+86 138-0000-1234", "008613800001234", "(+86)13800001234"]
    found = [{h.record_id for h in search(db, w).groups.get("call", [])} for w in ways]
    assert all(f == {cid} for f in found)
    assert {classify(w) for w in ways} == {"phone"}


def test_card_tail_and_id_and_name(db, officer, clock):
    _call(db, officer, clock, "13900001111", "转账", accounts=[MULE], name="何敏", id_number="420902198503120028")
    accounts = search(db, "0122").groups["account"]
    assert [h.title.split()[0] for h in accounts] == ["6217***********0122"]
    assert search(db, MULE).groups["account"][0].record_id == accounts[0].record_id
    people = search(db, "420902198503120028").groups["person"]
    assert people and "4209" in people[0].detail and "0028" in people[0].detail
    assert search(db, "何敏").groups["person"][0].record_id == people[0].record_id
    assert search(db, "420902198503120028").groups["call"]


def test_two_and_three_character_chinese_in_notes(db, officer, clock):
    cid = _call(db, officer, clock, "13700002222", "对方称其涉嫌洗钱，要求转入安全账户")
    _call(db, officer, clock, "13700003333", "咨询快递理赔")
    assert [h.record_id for h in search(db, "洗钱").groups["call"]] == [cid]
    assert [h.record_id for h in search(db, "安全账户").groups["call"]] == [cid]
    assert "call" not in search(db, "贷款").groups
    # Editing the notes keeps the index in step.
    form = calls.load_form(db, cid)
    form["notes"] = "改为咨询征信问题"
    calls.save_call(db, officer, cid, form, clock=clock)
    assert "call" not in search(db, "洗钱").groups and search(db, "征信").groups["call"]


def test_account_shared_by_three_cases(db, officer, clock):
    requests = []
    for i in range(3):
        cid = _call(db, officer, clock, f"1360000{i:04d}", "投资被骗", accounts=[MULE])
        requests.append(stoppay.create_request_from_call(db, officer, cid, clock=clock))
    shared = shared_accounts(db)
    assert len(shared) == 1 and shared[0].number == MULE and shared[0].cases == 3
    assert shared[0].total_cents == 3 * 1_000_000
    nos = {db.execute("SELECT request_no FROM stop_requests WHERE id = ?", [r]).fetchone()[0] for r in requests}
    assert set(shared[0].request_nos) == nos
    title, events = account_timeline(db, shared[0].account_id)
    assert "0122" in title and sum(e.kind == "stop_request" for e in events) == 3
    pid = db.execute("SELECT caller_person_id FROM calls LIMIT 1").fetchone()[0]
    assert person_timeline(db, pid)[1]


@pytest.mark.sqlite_only("SQLite's FTS5 notes index (the server's pg_trgm indexes keep themselves)")
def test_maintenance_rebuilds_the_index(db_path, db, officer, clock):
    _call(db, officer, clock, "13700002222", "涉嫌洗钱")
    db.execute("DELETE FROM notes_tri")
    db.execute("DELETE FROM notes_uni")
    db.conn.commit()
    assert "call" not in search(db, "洗钱").groups
    out = subprocess.run([sys.executable, "-m", "console.maintenance", "rebuild-index", "--db", str(db_path)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert search(db, "洗钱").groups["call"]


def test_notes_indexed_before_the_rowid_keys_are_moved_and_stay_in_step(tmp_path, clock):
    """A file whose full-text rows were written by lookup migration 1 is upgraded: its notes are still
    found, and editing or deleting a note afterwards updates exactly that note's row."""
    from console.models.core.db import connect, open_database
    from console.models.migrations import lookup as lookup_migrations

    path = tmp_path / "old.db"
    db = open_database(path)
    db.conn.close()
    # Go back to migration 1's layout: rows with their own rowids and the triggers that search by record_id.
    old = connect(path)
    for _kind, table, _col, _ in lookup_migrations.SOURCES:
        for suffix in ("insert", "update", "delete"):
            old.execute(f"DROP TRIGGER {table}_fts_{suffix}")
    for kind, table, column, _ in lookup_migrations.SOURCES:
        old.executescript(lookup_migrations.trigger_sql(kind, table, column))
    # The later full-text migrations run again after it, in order, as on a file that never had them.
    old.execute("DROP TABLE fulltext_chunks")
    old.execute("DELETE FROM _sqlite_migrations WHERE migration_set = 'lookup' AND name IN "
                "('m002_fulltext_rows_keyed_by_record', 'm004_speed_fulltext_in_chunks', "
                "'m005_speed2_imports_index_their_notes', 'm006_speed2_changed_chunks_found_quickly')")
    old.conn.commit()
    from console.models.core.users import Role, insert_user

    user = insert_user(old, "o", "O", Role.OFFICER, "officer-pass-123")
    first = _call(old, user, clock, "13700002222", "对方称其涉嫌洗钱")
    second = _call(old, user, clock, "13700003333", "咨询快递理赔")
    assert old.execute("SELECT rowid FROM notes_tri WHERE record_id = ?", [second]).fetchone()[0] == 2
    old.conn.close()

    db = open_database(path)
    assert db.execute("SELECT rowid FROM notes_tri WHERE kind = 'call' AND record_id = ?",
                      [second]).fetchone()[0] == (second * lookup_migrations.KINDS + 1) * lookup_migrations.MAX_CHUNKS
    assert [h.record_id for h in search(db, "洗钱").groups["call"]] == [first]
    form = calls.load_form(db, second)
    form["notes"] = "改为咨询征信问题"
    calls.save_call(db, user, second, form, clock=clock)
    assert [h.record_id for h in search(db, "征信").groups["call"]] == [second]
    assert "call" not in search(db, "理赔").groups and search(db, "洗钱").groups["call"]
    assert db.execute("SELECT COUNT(*) FROM notes_uni").fetchone()[0] == 2
