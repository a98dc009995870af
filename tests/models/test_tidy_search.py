"""The search indexes tidied in short steps (SQLite's full-text segments merged; nothing to do on a server):
a base whose notes were written, edited over and over and partly deleted answers every lookup the same
after tidying, the tidy does work the first time and none the second."""

from __future__ import annotations

import random

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core.db import transaction
from console.models.core.engine import engine_of, notes_matching, tidy_search
from tests.pg import db_path_on_both_engines  # noqa: F401

WORDS = ("转账", "安全账户", "洗钱", "冻结", "客服", "刷单", "返利", "贷款", "解冻金", "公检法")


def _edited_base(db, officer, clock):
    rnd = random.Random(3)
    ids = []
    for i in range(120):
        cid = calls.start_call(db, officer, manual_call(f"1380000{i:04d}"), clock=clock)
        form = calls.empty_form(manual_call(f"1380000{i:04d}"))
        for _ in range(6):                  # the autosave re-indexes the note as it grows
            form["notes"] += "，".join(rnd.sample(WORDS, 3))
            calls.save_call(db, officer, cid, form, clock=clock)
        ids.append(cid)
    with transaction(db):
        db.execute("DELETE FROM call_accounts WHERE call_id IN (SELECT id FROM calls WHERE id % 4 = 0)")
        db.execute("UPDATE calls SET notes = '' WHERE id % 4 = 0")
    return ids


def test_tidying_the_search_indexes_changes_no_answer(db, officer, clock):
    _edited_base(db, officer, clock)
    before = {w: notes_matching(db, w, 500) for w in WORDS + ("转", "账户", "，")}
    seen = []
    steps = tidy_search(db, lambda done, total: seen.append(done), pause_s=0)
    if engine_of(db).name == "sqlite":
        assert steps >= 1 and seen == list(range(1, steps + 1))
        assert tidy_search(db, pause_s=0) == 0              # merged: nothing left to do
    else:
        assert steps == 0 and seen == []                     # the server's autovacuum keeps its tables
    assert {w: notes_matching(db, w, 500) for w in before} == before
