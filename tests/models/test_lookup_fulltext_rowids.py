"""The notes' full-text search reads only rowids (each names its record and kind) and offers the newest
FULLTEXT_CANDIDATES notes; a common word's total then says "at least"."""

from __future__ import annotations

import pytest

from console.models.lookup import search as lookup
from console.models.calls.records import load_form, save_call, start_call
from console.models.calls.source import IncomingCall
from console.models.core.db import transaction


pytestmark = pytest.mark.sqlite_only("SQLite's FTS5 rowids (the server searches notes with pg_trgm)")


def _call(db, user, clock, phone: str, notes: str) -> int:
    cid = start_call(db, user, IncomingCall(phone, "manual"), clock=clock)
    form = load_form(db, cid)
    form["notes"] = notes
    save_call(db, user, cid, form, clock=clock)
    return cid


def test_rowids_name_the_records_and_kinds_the_columns_hold(db, officer, clock):
    for i in range(6):
        _call(db, officer, clock, f"1370000{i:04d}", "对方称其涉嫌洗钱" * (1 + 60 * (i % 2)))
    with transaction(db):
        db.execute("INSERT INTO warnings (source, dedupe_key, received_at, deadline_at, level, phone_raw, notes, "
                   "updated_at) VALUES ('m', 'k', '2026-11-25 11:00:00', '2026-11-25 11:30:00', 'red', "
                   "'13900000000', '对方称其涉嫌洗钱', '2026-11-25 11:00:00')")
    for table, word in (("notes_tri", "涉嫌洗钱"), ("notes_uni", "洗钱")):
        stored = sorted({(k, int(r)) for k, r in db.execute(f"SELECT kind, record_id FROM {table}")})
        assert sorted(set(lookup._fulltext(db, word))) == stored, table
    assert len(lookup.search(db, "洗钱").groups["call"]) == 6
    assert len(lookup.search(db, "洗钱").groups["warning"]) == 1


def test_a_common_word_offers_the_newest_notes_and_says_at_least(db, officer, clock, monkeypatch):
    ids = [_call(db, officer, clock, f"1380000{i:04d}", f"第{i}次来电 对方要求转账") for i in range(8)]
    monkeypatch.setattr(lookup, "FULLTEXT_CANDIDATES", 5)
    found = lookup.search(db, "要求转账")
    assert found.capped and found.totals["call"] == 5
    assert sorted(h.record_id for h in found.groups["call"]) == sorted(ids[-5:])       # the newest five
    assert not lookup.search(db, "第3次").capped
