"""Case lookup gives the same answers on SQLite and on PostgreSQL (issue 19): every kind of search, the
notes' 1-, 2-, 3- and 5-character words and mixed Chinese with digits; on PostgreSQL the 1-2 character
words are read through their own table, newest first (migrations/postgres/lookup.py m008), not a scan of every note."""

from __future__ import annotations

from datetime import timedelta

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core.db import transaction
from console.models.core.engine import engine_of, notes_matching
from console.models.lookup.search import search
from console.models.warnings.dispatch import dispatch_warning, record_warning_feedback
from console.models.warnings.handling import create_warning
from tests.pg import db_path_on_both_engines  # noqa: F401

MULE = "6217001234567890122"


def _call(db, officer, clock, number, notes, accounts=(), name="", id_number=""):
    cid = calls.start_call(db, officer, manual_call(number), clock=clock)
    form = calls.empty_form(manual_call(number))
    form["caller"].update(name=name, id_number=id_number)
    form["notes"] = notes
    form["accounts"] = [{"role": "suspect", "kind": "bank_card", "number": a, "holder": "李强"} for a in accounts]
    form["transfers"] = [{"time": "12:00", "amount": "10000", "to": a} for a in accounts]
    calls.save_call(db, officer, cid, form, clock=clock)
    clock.advance(minutes=1)
    return cid


def _found(db, q, kind="call"):
    return {h.record_id for h in search(db, q).groups.get(kind, [])}


def _case_base(db, officer, clock):
    c = {}
    c["laundering"] = _call(db, officer, clock, "13800001234", "对方称其涉嫌洗钱，要求转账5万到安全账户",
                            accounts=[MULE], name="何敏", id_number="420902198503120028")
    c["loan"] = _call(db, officer, clock, "13900005678", "网贷平台要求先交解冻金，已转账3000元")
    c["courier"] = _call(db, officer, clock, "13700002222", "咨询快递理赔，未转账")
    c["game"] = _call(db, officer, clock, "13600003333", "游戏装备交易被骗，对方QQ号已拉黑")
    warning = create_warning(db, officer, clock=clock, phone="13500004444", received_at=clock.now_iso(),
                             level="red", person_name="王芳", notes="疑似冒充公检法，涉嫌洗钱")
    did = dispatch_warning(db, officer, warning, station_id=db.execute("SELECT min(id) FROM stations").fetchone()[0],
                           reason="电话未接通，上门劝阻", deadline_at=clock.now() + timedelta(hours=2), clock=clock)
    record_warning_feedback(db, officer, did, visited=True, dissuaded=True, notes="已上门，家属称骗子又来电",
                            clock=clock)
    return c, warning, did


def test_every_lookup_kind_gives_the_same_answer_on_both_engines(db, officer, clock):
    c, warning, did = _case_base(db, officer, clock)
    # Phone in any format, card tail and whole number, resident ID, name.
    for way in ("13800001234", "138 0000 1234", "+86 138-0000-1234", "008613800001234", "（+86）13800001234"):
        assert _found(db, way) == {c["laundering"]}, way
    assert _found(db, "0122", "account") == _found(db, MULE, "account") != set()
    assert _found(db, "420902198503120028") == {c["laundering"]}
    assert _found(db, "何敏") == {c["laundering"]}
    assert _found(db, "王芳", "warning") == {warning}
    # Words of the notes: 1, 2, 3 and 5 characters; mixed Chinese and digits, Latin letters in any case.
    assert _found(db, "骗") == {c["game"]}
    assert _found(db, "转账") == {c["laundering"], c["loan"], c["courier"]}
    assert _found(db, "洗钱") == {c["laundering"]} and _found(db, "洗钱", "warning") == {warning}
    assert _found(db, "解冻金") == {c["loan"]}
    assert _found(db, "冒充公检法", "warning") == {warning}
    assert _found(db, "转账5万") == {c["laundering"]}
    assert _found(db, "5万") == {c["laundering"]}
    assert _found(db, "3000元") == {c["loan"]}
    assert _found(db, "qq") == _found(db, "QQ") == {c["game"]}
    assert _found(db, "贷款") == set() and _found(db, "鑫") == set()
    # The dispatch's feedback notes are searched too (the engine's answer, newest record first).
    assert ("dispatch", did) in notes_matching(db, "骗子", 100)
    assert notes_matching(db, "上门", 100) == [("dispatch", did)]
    assert [k for k, _ in notes_matching(db, "涉嫌", 100)] == ["warning", "call"]
    # An edited note is found by its new words only, on both engines.
    form = calls.load_form(db, c["courier"])
    form["notes"] = "改为咨询征信问题"
    calls.save_call(db, officer, c["courier"], form, clock=clock)
    assert _found(db, "征信") == {c["courier"]} and c["courier"] not in _found(db, "转账")


def test_short_words_find_exactly_the_notes_holding_them_newest_first_after_every_kind_of_write(db):
    """On PostgreSQL the notes' words come from note_gram_blocks (m008), kept by triggers: after rows
    inserted in one statement over several blocks of ids, notes edited one by one and many at once, and rows
    deleted, every word finds exactly the notes holding it (case aside), newest first, on both engines."""
    import random

    rnd = random.Random(7)
    # Chinese characters and a Latin word between them: SQLite's unigram rows hold each Chinese character and
    # each Latin or digit run as a token, without punctuation (docs/centre.md: where the engines differ).
    alphabet = ["洗", "钱", "转", "账", "骗", "子", "QQ号", "qq群"]
    notes = {i: "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 9))) for i in range(1, 2601)}
    values = ", ".join("(?, ?)" for _ in notes)
    with transaction(db):
        db.execute(
            f"WITH v(n, notes) AS (VALUES {values}) INSERT INTO warnings (received_at, deadline_at, updated_at, phone_raw, phone_e164, level, status, "
            "notes, dedupe_key) SELECT '2026-01-01T00:00:00', '2026-01-01T01:00:00', '2026-01-01T00:00:00', "
            "'13800000000', '+8613800000000', 'red', 'new', v.notes, 'bulk-' || v.n "
            "FROM v ORDER BY v.n",
            [x for n, text in notes.items() for x in (n, text)])
    ids = [r[0] for r in db.execute("SELECT id FROM warnings ORDER BY id")]
    assert len(ids) == 2600 and ids[-1] - ids[0] > 2 * 1024          # three blocks of ids at least
    for wid in rnd.sample(ids, 150):                                   # edited one by one
        with transaction(db):
            db.execute("UPDATE warnings SET notes = ? WHERE id = ?",
                       ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 9))), wid])
    for wid in rnd.sample(ids, 150):                  # typed into, cut out of or overwritten in the middle
        (text,) = db.execute("SELECT notes FROM warnings WHERE id = ?", [wid]).fetchone()
        at = rnd.choice([i for i in range(len(text) + 1) if not text[i - 1:i + 1].isascii() or i in (0, len(text))])
        cut = rnd.choice([j for j in range(0, 3) if not text[at + j:at + j + 1].isascii() or at + j >= len(text)])
        typed = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 3)))
        with transaction(db):
            db.execute("UPDATE warnings SET notes = ? WHERE id = ?", [text[:at] + typed + text[at + cut:], wid])
    with transaction(db):                                              # many at once, some to nothing
        db.execute("UPDATE warnings SET notes = notes || '骗' WHERE id % 7 = 0")
        db.execute("UPDATE warnings SET notes = '' WHERE id % 11 = 0")
    with transaction(db):
        db.execute("DELETE FROM warnings WHERE id % 5 = 0 OR id > ?", [ids[-1] - 40])
    rows = db.execute("SELECT id, notes FROM warnings ORDER BY id DESC").fetchall()
    for word in ("洗", "钱", "洗钱", "qq", "QQ", "号", "号洗", "钱钱", "骗子", "群", "洗钱转", "QQ号", "骗子洗钱",
                 "转账转账", "qq群骗", "钱钱钱钱"):
        expected = [("warning", wid) for wid, text in rows if word.lower() in text.lower()]
        assert notes_matching(db, word, 5000) == expected, word
        assert notes_matching(db, word, 25) == expected[:25], word


def test_notes_words_are_read_newest_first_through_their_table_on_postgresql(db, officer, clock):
    if engine_of(db).name != "postgresql":
        assert notes_matching(db, "洗", 10) == []           # SQLite answers from its unigram table (m001)
        return
    from console.models.core.engine.postgres import notes_sql

    # Enough notes that reading every one would cost more than the index (the planner chooses by cost).
    db.execute("INSERT INTO warnings (received_at, deadline_at, updated_at, phone_raw, phone_e164, level, status, notes, dedupe_key) "
               "SELECT '2026-01-01T00:00:00', '2026-01-01T01:00:00', '2026-01-01T00:00:00', '13800000000', '+8613800000000', 'red', 'new', "
               "'来电咨询快递理赔事宜，已告知官方渠道 ' || g, 'bulk-' || g FROM generate_series(1, 5000) AS g")
    db.execute("ANALYZE warnings")
    for word in ("鑫", "洗钱", "洗钱案", "冒充公检法"):
        sql, args = notes_sql(word, 2000)
        plan = "\n".join(r[0] for r in db.execute("EXPLAIN " + sql, args))
        assert "Scan Backward using note_gram_blocks_pkey" in plan, plan
        assert "Seq Scan on warnings" not in plan and "Sort Key: warnings.id" not in plan, plan
        if len(word) <= 3:             # one gram: its rows are the answer, no note read
            assert "on warnings" not in plan, plan
        else:                          # the candidates' notes checked one by one, newest first
            assert "Index Scan using warnings_pkey on warnings" in plan, plan
