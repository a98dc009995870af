"""Notes are indexed in chunks: an autosave re-indexes only the chunks whose text changed, every word is still
found (also one that crosses a chunk's end), and a record's rows all go when its note is emptied or it goes."""

from __future__ import annotations

import pytest

from console.models.lookup import search as lookup
from console.models.calls.source import IncomingCall
from console.models.calls.records import load_form, save_call, start_call
from console.models.migrations.lookup import CHUNK, KIND_NUMBER, KINDS, MAX_CHUNKS

FILL = "受害人称对方自称客服要求下载会议软件共享屏幕并转账到所谓安全账户民警当即劝阻"


pytestmark = pytest.mark.sqlite_only("SQLite's FTS5 chunk tables (the server searches notes with pg_trgm)")


def fulltext_rows(db, call_id: int) -> dict[str, dict[int, str]]:
    first = (call_id * KINDS + KIND_NUMBER["call"]) * MAX_CHUNKS
    return {t: dict(db.execute(f"SELECT rowid, text FROM {t} WHERE rowid >= ? AND rowid < ?",
                               [first, first + MAX_CHUNKS]).fetchall()) for t in ("notes_tri", "notes_uni")}


def found(db, word: str) -> list[int]:
    return [h.record_id for h in lookup.search(db, word).groups.get("call", [])]


def note_of(length: int) -> str:
    return (FILL * (length // len(FILL) + 1))[:length]


def test_typing_at_the_end_reindexes_only_the_last_chunk(db, officer, clock):
    call_id = start_call(db, officer, IncomingCall("13971234567", "manual"), clock=clock)
    form = load_form(db, call_id)
    form["notes"] = note_of(5 * CHUNK + 100)
    save_call(db, officer, call_id, form, clock=clock)
    before = fulltext_rows(db, call_id)
    assert len(before["notes_tri"]) == 6 and len(before["notes_uni"]) == 6
    form["notes"] += "骗子账号尾号4821"                          # the officer types on at the end
    save_call(db, officer, call_id, form, clock=clock)
    after = fulltext_rows(db, call_id)
    for table in ("notes_tri", "notes_uni"):
        changed = {r for r in after[table] if before[table].get(r) != after[table][r]}
        assert len(changed) == 1 and max(after[table]) in changed, table       # the last chunk only
    # Everything is found: the new words, and the earlier text.
    assert found(db, "尾号4821") == [call_id]
    assert call_id in found(db, "共享屏幕")


def test_a_word_across_a_chunks_end_is_found_and_an_edit_in_the_middle_moves_only_its_chunks(db, officer, clock):
    call_id = start_call(db, officer, IncomingCall("13971234567", "manual"), clock=clock)
    form = load_form(db, call_id)
    text = note_of(3 * CHUNK)
    word = "冒充公检法洗钱"
    text = text[:CHUNK - 3] + word + text[CHUNK - 3 + len(word):]       # starts 3 characters before the end
    form["notes"] = text
    save_call(db, officer, call_id, form, clock=clock)
    assert found(db, word) == [call_id]
    assert found(db, "洗钱") == [call_id]                                  # the unigram table (two characters)
    before = fulltext_rows(db, call_id)
    middle = 2 * CHUNK + 100                                                 # (past the overlap of chunk 1)
    form["notes"] = text[:middle] + "线索" + text[middle + 2:]              # same length, one place changed
    save_call(db, officer, call_id, form, clock=clock)
    after = fulltext_rows(db, call_id)
    changed = {r - min(after["notes_tri"]) for r in after["notes_tri"] if before["notes_tri"][r] != after["notes_tri"][r]}
    assert changed == {2}
    assert call_id in found(db, "线索") and found(db, word) == [call_id]


def test_emptied_and_deleted_notes_leave_no_rows(db, officer, clock):
    call_id = start_call(db, officer, IncomingCall("13971234567", "manual"), clock=clock)
    form = load_form(db, call_id)
    form["notes"] = note_of(2 * CHUNK + 7)
    save_call(db, officer, call_id, form, clock=clock)
    form["notes"] = note_of(CHUNK // 2)                                    # shortened: the later chunks go
    save_call(db, officer, call_id, form, clock=clock)
    assert [len(v) for v in fulltext_rows(db, call_id).values()] == [1, 1]
    form["notes"] = ""
    save_call(db, officer, call_id, form, clock=clock)
    assert [len(v) for v in fulltext_rows(db, call_id).values()] == [0, 0]
    assert found(db, "共享屏幕") == []
