"""The write-ahead log is copied into the file by a background checkpointer, never by a save (a save that
checkpointed copied and synced up to 1,000 pages: the autosave's p99 of 46-203 ms, issue 18), and it never
grows without bound: saves beside the checkpointer keep the -wal file small, a thousand saves with no pause
keep it under the connections' own bound, and stopping the checkpointer (the console closing) leaves the
-wal file empty while the seat's connection is still open."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core.db import connect
from console.models.core.engine import keep_wal_small
from console.models.core.engine.sqlite import WAL_AUTOCHECKPOINT_PAGES, WAL_SIZE_LIMIT_BYTES, Checkpointer

NOTE = "受害人称对方自称客服，要求下载会议软件共享屏幕，已劝阻。" * 20


def wal_bytes(path: Path) -> int:
    try:
        return os.stat(f"{path}-wal").st_size
    except FileNotFoundError:
        return 0


def _saves(db, db_path, officer, clock, n: int, pause_s: float = 0.0) -> int:
    """n saves of a call's notes, a few characters more each time; the largest -wal file seen."""
    cid = calls.start_call(db, officer, manual_call("13800001234"), clock=clock)
    form = calls.empty_form(manual_call("13800001234"))
    largest = 0
    for i in range(n):
        form["notes"] = NOTE[: 200 + i % 400] + str(i)
        calls.save_call(db, officer, cid, form, clock=clock)
        largest = max(largest, wal_bytes(db_path))
        if pause_s:
            time.sleep(pause_s)
    return largest


@pytest.mark.sqlite_only("SQLite's write-ahead log file")
def test_beside_a_checkpointer_every_connection_leaves_the_routine_checkpoint_to_it(db, db_path):
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1_000        # SQLite's own, no checkpointer
    assert db.execute("PRAGMA journal_size_limit").fetchone()[0] == WAL_SIZE_LIMIT_BYTES
    checkpointer = keep_wal_small(db_path, db)
    try:
        later = connect(db_path)
        assert [c.execute("PRAGMA wal_autocheckpoint").fetchone()[0] for c in (db, later)] == \
            [WAL_AUTOCHECKPOINT_PAGES] * 2, "the seat's connection and every later one: a bound only"
        later.conn.close()
    finally:
        checkpointer.stop()
    after = connect(db_path)
    assert after.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1_000     # stopped: SQLite's own again
    after.conn.close()


@pytest.mark.sqlite_only("SQLite's write-ahead log file")
def test_saves_as_an_officer_types_keep_the_wal_small(db, db_path, officer, clock, monkeypatch):
    """Saves with a pause between them (an autosave comes at most every half second; 20 ms here): the
    checkpointer copies the log in the pauses and the next save starts it again from its beginning."""
    monkeypatch.setattr(Checkpointer, "EVERY_S", 0.05)        # the test's pace (the console's: 0.25 s)
    monkeypatch.setattr(Checkpointer, "POLL_S", 0.02)
    page = db.execute("PRAGMA page_size").fetchone()[0]
    checkpointer = keep_wal_small(db_path, db)
    try:
        largest = _saves(db, db_path, officer, clock, 200, pause_s=0.02)
    finally:
        checkpointer.stop()
    assert checkpointer.checkpoints > 0
    # 200 saves write ~4,000 pages: without the checkpointer the log holds them all (16 MB, measured);
    # with it, what a few saves wrote (1,160 pages at most seen with the machine loaded).
    assert largest < 2_000 * (page + 24), f"the -wal file reached {largest:,} bytes"
    assert wal_bytes(db_path) == 0, "closing cuts the -wal file back (the seat's connection still open)"


@pytest.mark.sqlite_only("SQLite's write-ahead log file")
def test_a_thousand_saves_without_a_pause_stay_under_the_bound_and_closing_empties_the_wal(
        db, db_path, officer, clock):
    page = db.execute("PRAGMA page_size").fetchone()[0]
    checkpointer = keep_wal_small(db_path, db)
    try:
        largest = _saves(db, db_path, officer, clock, 1_000)
    finally:
        checkpointer.stop()
    assert largest <= (WAL_AUTOCHECKPOINT_PAGES + 100) * (page + 24), f"the -wal file reached {largest:,} bytes"
    assert wal_bytes(db_path) == 0, "closing cuts the -wal file back (the seat's connection still open)"
    assert db.execute("SELECT count(*) FROM calls").fetchone()[0] >= 1      # and the seat still reads


@pytest.mark.sqlite_only("SQLite's write-ahead log file")
def test_a_checkpointer_that_falls_behind_leaves_the_connections_bound(db, db_path, officer, clock, monkeypatch):
    """The checkpointer starved (or its thread gone): every connection's own checkpoint still bounds the WAL."""
    import console.models.core.engine.sqlite as engine_sqlite

    monkeypatch.setattr(engine_sqlite, "WAL_AUTOCHECKPOINT_PAGES", 200)
    monkeypatch.setattr(Checkpointer, "POLL_S", 3600)                # it never looks
    checkpointer = keep_wal_small(db_path, db)
    try:
        page = db.execute("PRAGMA page_size").fetchone()[0]
        largest = _saves(db, db_path, officer, clock, 300)
    finally:
        checkpointer.stop()
    assert checkpointer.checkpoints == 0
    assert largest < 300 * (page + 24), f"the -wal file reached {largest:,} bytes"


def test_the_server_checkpoints_its_own_log():
    keep_wal_small("postgresql://hotline@127.0.0.1:1/none").stop()      # nothing started, nothing connected
