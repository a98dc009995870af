"""Users and roles: sign-in, lockout, role checks in the models layer, an audit trail nobody can rewrite."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from console.models import admin_reference
from console.models.audit_query import query_audit
from console.models.users import (LOCKOUT_AFTER, PermissionDenied, Role, SignInError, UserError, authenticate,
                                  create_user, reset_password, update_user)
from tests.conftest import PASSWORDS


def test_sign_in_success_failure_and_lockout(db, clock):
    assert authenticate(db, "officer", PASSWORDS[Role.OFFICER], clock=clock).role is Role.OFFICER
    with pytest.raises(SignInError, match="Wrong"):
        authenticate(db, "officer", "nope", clock=clock)
    with pytest.raises(SignInError, match="Wrong"):
        authenticate(db, "nobody", "nope", clock=clock)
    for _ in range(LOCKOUT_AFTER - 1):
        with pytest.raises(SignInError):
            authenticate(db, "officer", "nope", clock=clock)
    with pytest.raises(SignInError, match="Too many"):          # locked: even the right password waits
        authenticate(db, "officer", PASSWORDS[Role.OFFICER], clock=clock)
    clock.advance(seconds=61)
    assert authenticate(db, "officer", PASSWORDS[Role.OFFICER], clock=clock)
    stored = db.execute("SELECT password_hash FROM users WHERE username = 'officer'").fetchone()[0]
    assert stored.startswith("scrypt$") and PASSWORDS[Role.OFFICER] not in stored


def test_roles_are_enforced_in_the_models(db, officer, senior, supervisor, admin, clock):
    with pytest.raises(PermissionDenied):
        create_user(db, officer, "x", "X", Role.OFFICER, "password-123", clock=clock)
    with pytest.raises(PermissionDenied):
        create_user(db, senior, "x", "X", Role.OFFICER, "password-123", clock=clock)
    with pytest.raises(PermissionDenied):
        admin_reference.update_value(db, officer, "warning_levels", "red", "deadline_minutes", 10, clock=clock)
    admin_reference.update_value(db, senior, "warning_levels", "red", "deadline_minutes", 20, clock=clock)
    with pytest.raises(PermissionDenied):
        query_audit(db, senior)
    assert query_audit(db, supervisor, table="warning_levels")[0][1] == "senior"
    new = create_user(db, admin, "liu", "刘东", Role.OFFICER, "password-123", clock=clock)
    with pytest.raises(UserError):
        create_user(db, admin, "liu", "again", Role.OFFICER, "password-123", clock=clock)
    with pytest.raises(UserError):
        update_user(db, admin, admin.id, role=Role.OFFICER, clock=clock)      # no lock-out of the last admin
    update_user(db, admin, new.id, active=False, clock=clock)
    with pytest.raises(SignInError, match="deactivated"):
        authenticate(db, "liu", "password-123", clock=clock)
    reset_password(db, admin, new.id, "new-password-1", clock=clock)
    changes = [r[5] for r in query_audit(db, supervisor, table="users")]
    assert not any("new-password-1" in c for c in changes)


def test_audit_log_refuses_updates_and_deletes(db, officer, clock):
    authenticate(db, "officer", PASSWORDS[Role.OFFICER], clock=clock)
    n = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert n > 0
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit_log SET username = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM audit_log")
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == n
