"""Users and roles: sign-in, lockout, role checks in the models layer, an audit trail nobody can rewrite."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from console.models.admin import reference as admin_reference
from console.models.admin import backup
from console.models.stats import figures as stats
from console.models.admin.audit_query import query_audit
from console.models.core.settings import Settings
from console.models.core.users import (LOCKOUT_AFTER, LOCKOUT_MAX_SECONDS, PermissionDenied, Role, SignInError, UserError,
                                  authenticate, change_own_password, confirm_password, create_user, lockout_seconds,
                                  reset_password, sign_in_failed_message, update_user)
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
    with pytest.raises(SignInError, match="Wrong"):          # locked: even the right password waits
        authenticate(db, "officer", PASSWORDS[Role.OFFICER], clock=clock)
    clock.advance(seconds=61)
    assert authenticate(db, "officer", PASSWORDS[Role.OFFICER], clock=clock)
    stored = db.execute("SELECT password_hash FROM users WHERE username = 'officer'").fetchone()[0]
    assert stored.startswith("scrypt$") and PASSWORDS[Role.OFFICER] not in stored


def _locked_for(db, clock) -> float:
    from console.models.core.clock import parse_iso

    until = db.execute("SELECT locked_until FROM users WHERE username = 'officer'").fetchone()[0]
    return (parse_iso(until) - clock.now()).total_seconds() if until else 0


def test_the_lock_grows_with_each_failure_after_it(db, clock):
    # Before: every fifth failure locked for the same 60 s and reset the count, so a guesser lost little.
    for _ in range(LOCKOUT_AFTER):
        with pytest.raises(SignInError):
            authenticate(db, "officer", "guess", clock=clock)
    waits = [_locked_for(db, clock)]
    for _ in range(4):
        clock.advance(seconds=waits[-1] + 1)
        with pytest.raises(SignInError):
            authenticate(db, "officer", "guess", clock=clock)
        waits.append(_locked_for(db, clock))
    assert waits == [60, 120, 240, 480, 960]
    assert lockout_seconds(100) == LOCKOUT_MAX_SECONDS
    clock.advance(seconds=961)
    assert authenticate(db, "officer", PASSWORDS[Role.OFFICER], clock=clock)   # a success starts afresh
    assert _locked_for(db, clock) == 0
    with pytest.raises(SignInError):
        authenticate(db, "officer", "guess", clock=clock)
    assert _locked_for(db, clock) == 0


def test_a_stranger_learns_nothing_from_the_message_and_is_audited(db, admin, clock):
    # Before: "This user is deactivated." and "Too many failed attempts. Try again in 59 s." told a stranger
    # that the name exists; unknown names left no trace.
    messages = set()
    for name, password in (("nobody", "x"), ("officer", "x")):
        with pytest.raises(SignInError) as caught:
            authenticate(db, name, password, clock=clock)
        messages.add(str(caught.value))
    for _ in range(LOCKOUT_AFTER):
        with pytest.raises(SignInError):
            authenticate(db, "senior", "x", clock=clock)
    with pytest.raises(SignInError) as caught:                      # locked, with the right password
        authenticate(db, "senior", PASSWORDS[Role.SENIOR], clock=clock)
    messages.add(str(caught.value))
    liu = create_user(db, admin, "liu", "刘东", Role.OFFICER, "password-123", clock=clock)
    update_user(db, admin, liu.id, active=False, clock=clock)
    with pytest.raises(SignInError) as caught:                      # deactivated, with the right password
        authenticate(db, "liu", "password-123", clock=clock)
    messages.add(str(caught.value))
    assert messages == {sign_in_failed_message()}
    failed = db.execute("SELECT username, record_id, changes FROM audit_log WHERE action = 'sign_in_failed' "
                        "ORDER BY id").fetchall()
    assert failed[0][0] == "(system)" and failed[0][1] is None
    assert json.loads(failed[0][2])["attempted_name"] == [None, "nobody"]
    reasons = [json.loads(c)["reason"][1] for _, _, c in failed]
    assert reasons == ["unknown", "password"] + ["password"] * LOCKOUT_AFTER + ["locked", "inactive"]


def test_own_password_change_needs_the_old_one(db, officer, clock):
    # Before: reset_password(db, officer, officer.id, ...) changed one's own password without the old one.
    with pytest.raises(PermissionDenied):
        reset_password(db, officer, officer.id, "taken-over-1", clock=clock)
    with pytest.raises(UserError, match="current password"):
        change_own_password(db, officer, "not-it", "new-password-1", clock=clock)
    with pytest.raises(UserError):
        change_own_password(db, officer, PASSWORDS[Role.OFFICER], "short", clock=clock)
    change_own_password(db, officer, PASSWORDS[Role.OFFICER], "new-password-1", clock=clock)
    assert authenticate(db, "officer", "new-password-1", clock=clock).id == officer.id
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log WHERE table_name = 'users' ORDER BY id")]
    assert actions[-3:] == ["password_change_failed", "password", "sign_in"]
    for _ in range(LOCKOUT_AFTER):                     # guessing the old password locks the account too
        with pytest.raises(UserError, match="current password"):
            change_own_password(db, officer, "guess", "other-password-1", clock=clock)
    with pytest.raises(UserError, match="Too many"):
        change_own_password(db, officer, "new-password-1", "other-password-1", clock=clock)
    with pytest.raises(SignInError):
        authenticate(db, "officer", "new-password-1", clock=clock)


def test_confirm_password_for_the_idle_lock(db, officer, clock):
    assert Settings().idle_lock_minutes > 0
    assert confirm_password(db, officer, PASSWORDS[Role.OFFICER], clock=clock)
    for _ in range(LOCKOUT_AFTER):
        assert not confirm_password(db, officer, "wrong", clock=clock)
    assert not confirm_password(db, officer, PASSWORDS[Role.OFFICER], clock=clock)   # locked out like sign-in
    clock.advance(seconds=61)
    assert confirm_password(db, officer, PASSWORDS[Role.OFFICER], clock=clock)


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
    with pytest.raises(SignInError):
        authenticate(db, "liu", "password-123", clock=clock)
    reset_password(db, admin, new.id, "new-password-1", clock=clock)
    changes = [r[5] for r in query_audit(db, supervisor, table="users")]
    assert not any("new-password-1" in c for c in changes)


@pytest.mark.sqlite_only('a backup is a copy of the SQLite file')
def test_backup_restore_and_statistics_are_refused_in_the_models(db_path, db, officer, senior, supervisor, admin,
                                                                  tmp_path):
    # Before: only hidden buttons stood in the way; an officer calling backup.restore replaced the database.
    made = backup.backup_to(db_path, tmp_path / "b", admin)
    for user in (None, officer, senior, supervisor):
        with pytest.raises(PermissionDenied):
            backup.backup_to(db_path, tmp_path / "b", user)
        with pytest.raises(PermissionDenied):
            backup.restore(made, db_path, user)
    with pytest.raises(backup.BackupError):               # the start-up path restores only an unreadable file
        backup.restore_damaged(made, db_path)
    period = stats.Period(date(2026, 11, 1), date(2026, 12, 1))
    for user in (None, officer, senior):
        for call in (lambda: stats.report(db, period, user=user), lambda: stats.rows(db, "calls", period, user=user),
                     lambda: stats.value(db, "calls", period, user=user),
                     lambda: stats.report_parallel(db_path, period, user=user)):
            with pytest.raises(PermissionDenied):
                call()
    assert stats.value(db, "calls", period, user=supervisor) == 0
    assert backup.restore(made, db_path, admin).exists()


@pytest.mark.sqlite_only("sqlite3's IntegrityError from SQLite's triggers (the server's: test_engines.py)")
def test_audit_log_refuses_updates_and_deletes(db, officer, clock):
    authenticate(db, "officer", PASSWORDS[Role.OFFICER], clock=clock)
    n = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert n > 0
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit_log SET username = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM audit_log")
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == n
