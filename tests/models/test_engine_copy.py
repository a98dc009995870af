"""A console's SQLite file (a demo centre's days of calls, warnings, requests and their audit trail) copied
into an empty PostgreSQL database and back into a new file: every table's rows on each side, the same
call read back, the audit chain intact, and a copy into a database that holds cases refused."""

from __future__ import annotations

import pytest

from console import server
from console.models.calls.records import load_form
from console.models.core.audit import verify_chain
from console.models.core.db import connect
from console.models.core.engine.copy import CopyError, copy_database
from tests.pg import drop_database, empty_database, new_database


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from console.demo.generator import generate

    path = tmp_path_factory.mktemp("demo") / "centre.db"
    generate(path, years=0.02, seed=7)
    return path


def test_a_centre_moves_to_the_server_and_back(demo_file, pg_cluster, tmp_path):
    target = empty_database(pg_cluster)
    try:
        there = copy_database(str(demo_file), target)
        assert not there.mismatched
        assert there.tables["calls"][0] > 50 and there.tables["audit_log"][0] > 100
        assert there.tables["warnings"][0] > 0 and there.tables["stop_requests"][0] > 0
        back_file = tmp_path / "offline.db"
        back = copy_database(target, str(back_file))
        assert not back.mismatched
        original, server_db, offline = connect(demo_file), connect(target), connect(back_file)
        try:
            for table, (n, _) in back.tables.items():
                assert original.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n, table
            call_id = original.execute("SELECT max(id) FROM calls WHERE notes != ''").fetchone()[0]
            assert load_form(server_db, call_id) == load_form(original, call_id) == load_form(offline, call_id)
            assert verify_chain(server_db) is None and verify_chain(offline) is None
            # the server numbers the next row after the copied ones
            next_id = server_db.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')").lastrowid
            assert next_id is None                  # meta has no id column: nothing to return
            max_call = server_db.execute("SELECT max(id) FROM calls").fetchone()[0]
            new_call = server_db.execute("INSERT INTO calls (started_at, updated_at) VALUES ('2026-11-25 14:00:00', "
                                         "'2026-11-25 14:00:00')").lastrowid
            assert new_call == max_call + 1
            # the offline file's notes are searchable again: SQLite's triggers indexed every copied note
            assert offline.execute("SELECT count(*) FROM notes_tri").fetchone()[0] > 0
        finally:
            original.conn.close()
            server_db.close()
            offline.conn.close()
    finally:
        drop_database(pg_cluster, target)


def test_a_server_that_holds_cases_is_not_copied_into(demo_file, pg_cluster):
    target = new_database(pg_cluster)            # the template's users and starter scripts
    try:
        with pytest.raises(CopyError, match="already holds case data"):
            copy_database(str(demo_file), target)
    finally:
        drop_database(pg_cluster, target)


def test_the_copy_command_prints_the_counts(demo_file, pg_cluster, capsys):
    target = empty_database(pg_cluster)
    try:
        assert server.main(["copy", "--from", str(demo_file), "--to", target]) == 0
        out = capsys.readouterr().out
        assert "every count matches" in out and "audit_log" in out
    finally:
        drop_database(pg_cluster, target)


def test_notes_with_tabs_newlines_and_backslashes_reach_the_server_as_written(db, db_path, officer, clock,
                                                                              pg_cluster):
    # The rows go in with COPY's text format, where a tab, a newline, a backslash and \N mean something.
    from console.models.calls.records import empty_form, save_call, start_call
    from console.models.calls.source import IncomingCall

    tricky = "第一行\t制表\n第二行 C:\\转账\\N 记录 \\N\r\n末尾\\"
    call_id = start_call(db, officer, IncomingCall("13800138000", "pbx"), clock=clock)
    form = empty_form(IncomingCall("13800138000", "pbx"))
    form["notes"] = tricky
    assert save_call(db, officer, call_id, form, clock=clock) == {}
    target = empty_database(pg_cluster)
    try:
        copy_database(str(db_path), target)
        server_db = connect(target)
        try:
            assert server_db.execute("SELECT notes FROM calls WHERE id = ?", [call_id]).fetchone()[0] == tricky
            assert verify_chain(server_db) is None
        finally:
            server_db.close()
    finally:
        drop_database(pg_cluster, target)
