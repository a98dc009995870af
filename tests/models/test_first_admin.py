"""The first administrator of a new database: checked, audited in the same transaction, and only once."""

from __future__ import annotations

import pytest

from console.models.admin.accounts import create_first_admin
from console.models.core.db import connect, open_database
from console.models.core.users import Role, UserError, authenticate, list_users


@pytest.fixture
def empty_db(tmp_path):
    db = open_database(tmp_path / "new.db")
    yield db
    db.conn.close()


def test_the_first_administrator_and_its_audit_row_commit_together(empty_db, clock):
    user = create_first_admin(empty_db, " chen ", " 陈主任 ", "first-admin-1", clock=clock)
    assert (user.username, user.display_name, user.role) == ("chen", "陈主任", Role.ADMIN)
    assert authenticate(empty_db, "chen", "first-admin-1", clock=clock).id == user.id
    rows = empty_db.execute("SELECT user_id, action, table_name, record_id FROM audit_log WHERE table_name = 'users' "
                            "AND action = 'insert'").fetchall()
    assert rows == [(user.id, "insert", "users", str(user.id))]


def test_a_name_is_the_user_name_when_no_full_name_is_given(empty_db, clock):
    assert create_first_admin(empty_db, "chen", "  ", "first-admin-1", clock=clock).display_name == "chen"


@pytest.mark.parametrize("username, password", [("", "first-admin-1"), ("   ", "first-admin-1"), ("chen", "short")])
def test_a_bad_form_creates_nobody(empty_db, clock, username, password):
    with pytest.raises(UserError):
        create_first_admin(empty_db, username, "", password, clock=clock)
    assert list_users(empty_db) == []
    assert empty_db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0


def test_only_one_first_administrator(empty_db, tmp_path, clock):
    create_first_admin(empty_db, "chen", "", "first-admin-1", clock=clock)
    other_seat = connect(tmp_path / "new.db")
    try:
        with pytest.raises(UserError):
            create_first_admin(other_seat, "li", "", "first-admin-2", clock=clock)
    finally:
        other_seat.conn.close()
    assert [r[1] for r in list_users(empty_db)] == ["chen"]


def test_the_first_administrator_is_all_or_nothing(empty_db, clock):
    from .test_integrity_atomic import assert_all_or_nothing

    assert assert_all_or_nothing(empty_db, lambda: create_first_admin(empty_db, "chen", "", "first-admin-1",
                                                                      clock=clock)) >= 2
