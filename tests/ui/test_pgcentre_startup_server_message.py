"""A seat started on a server it cannot use (from --db or the Database server setting) is told in plain
words which server and what to check, never libpq's text (tests/pg.py's throwaway cluster)."""

from __future__ import annotations

import pytest

from console import server
from console.app import _storage_message
from console.models.core.db import StorageError, open_database
from tests.pg import drop_database, new_database


def _message(target: str) -> str:
    with pytest.raises(StorageError) as failed:
        open_database(target)
    return _storage_message(failed.value, target)


def test_an_unreachable_server_and_an_unknown_user_are_said_plainly(qapp, pg_cluster):
    text = _message("postgresql://hotline@127.0.0.1:1/hotline")
    assert "could not be reached" in text or "无法连接" in text
    assert "hotline (hotline@127.0.0.1:1, PostgreSQL)" in text
    assert "refused" not in text.lower() or "拒绝" in text          # not libpq's "Connection refused"
    target = new_database(pg_cluster)
    try:
        unknown = target.replace(f"user={server.OWNER_ROLE}", "user=nobody_here")
        text = _message(unknown)
        assert "refused this seat" in text or "拒绝" in text
        assert "FATAL" not in text and "passfile=" not in text
    finally:
        drop_database(pg_cluster, target)


def test_an_unforeseen_storage_error_names_the_file_and_the_log_not_the_error(qapp, tmp_path):
    path = tmp_path / "centre.db"
    text = _storage_message(StorageError("near \"SELECT\": syntax error; card 6222021234567890123"), path)
    assert str(path) in text
    assert "6222021234567890123" not in text and "SELECT" not in text
    assert "log" in text or "日志" in text
