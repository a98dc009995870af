"""Users, roles and what each role may do; the checks live here, not in the widgets."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core.clock import Clock
from console.models.core.db import transaction


class Role(str, Enum):
    OFFICER = "officer"
    SENIOR = "senior"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    STATION = "station"                      # a police station's officer: its dispatches and their feedback
    DISTRICT = "district"                    # a county bureau (区县公安局): the dispatches to its stations


class Permission(str, Enum):
    HANDLE_CALLS = "handle_calls"            # calls, warnings, stop-payments
    READ_SCRIPTS = "read_scripts"
    EDIT_SCRIPTS = "edit_scripts"            # write, submit, review, publish
    EDIT_REFERENCE = "edit_reference"        # stations, fraud types, banks, levels, SMS templates
    VIEW_STATISTICS = "view_statistics"
    EXPORT_ALL = "export_all"
    VIEW_AUDIT = "view_audit"
    MANAGE_USERS = "manage_users"
    MANAGE_BACKUPS = "manage_backups"
    STATION_FEEDBACK = "station_feedback"    # the dispatches' page: a station's, a district's, or (centre) all


_OFFICER = {Permission.HANDLE_CALLS, Permission.READ_SCRIPTS}
_SENIOR = _OFFICER | {Permission.EDIT_SCRIPTS, Permission.EDIT_REFERENCE}
_SUPERVISOR = _SENIOR | {Permission.VIEW_STATISTICS, Permission.EXPORT_ALL, Permission.VIEW_AUDIT,
                         Permission.STATION_FEEDBACK}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OFFICER: frozenset(_OFFICER),
    Role.SENIOR: frozenset(_SENIOR),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMIN: frozenset(_SUPERVISOR | {Permission.MANAGE_USERS, Permission.MANAGE_BACKUPS}),
    Role.STATION: frozenset({Permission.STATION_FEEDBACK}),
    Role.DISTRICT: frozenset({Permission.STATION_FEEDBACK}),
}
# The roles whose user works for one station or one district, not for the centre.
SCOPED_ROLES = (Role.STATION, Role.DISTRICT)


class PermissionDenied(Exception):
    def __init__(self, user: "User", permission: Permission):
        super().__init__(QCoreApplication.translate("Users", "Your role does not allow this (%1).")
                         .replace("%1", permission.value))
        self.user = user
        self.permission = permission


@dataclass(frozen=True)
class User:
    id: int
    username: str
    display_name: str
    role: Role
    station_id: int | None = None        # a station's user: the station they work at
    district_code: str | None = None     # a county bureau's user: the district

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


def require(user: User | None, permission: Permission) -> User:
    """Raises PermissionDenied unless a signed-in user holds the permission."""
    if user is None:
        raise PermissionDenied(User(0, "(nobody)", "", Role.OFFICER), permission)
    if not user.can(permission):
        raise PermissionDenied(user, permission)
    return user


# scrypt from the standard library: memory-hard, salted; parameters stored with the hash.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    return "scrypt${}${}${}${}${}".format(
        _SCRYPT_N, _SCRYPT_R, _SCRYPT_P,
        base64.b64encode(salt).decode(), base64.b64encode(digest).decode(),
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                            p=int(p), dklen=len(expected))
    return hmac.compare_digest(actual, expected)


def insert_user(db: Database, username: str, display_name: str, role: Role, password: str,
                *, clock: Clock | None = None, station_id: int | None = None,
                district_code: str | None = None) -> User:
    """Creates a user row (no permission check: the caller checks, or this is the first admin)."""
    now = (clock or Clock()).now_iso()
    with transaction(db):
        cur = db.execute(
            "INSERT INTO users (username, display_name, role, password_hash, created_at, station_id, district_code) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [username, display_name, role.value, hash_password(password), now, station_id, district_code],
        )
    return User(cur.lastrowid, username, display_name, role, station_id, district_code)


_USER_COLUMNS = "id, username, display_name, role, station_id, district_code"


def _user_of(row) -> User:
    return User(row[0], row[1], row[2], Role(row[3]), row[4], row[5])


def get_user_by_name(db: Database, username: str) -> User | None:
    row = db.execute(f"SELECT {_USER_COLUMNS} FROM users WHERE username = ?", [username]).fetchone()
    return _user_of(row) if row else None


class SignInError(Exception):
    """Wrong name or password, an inactive user, or a user locked out for a while: one message for all,
    so that a stranger learns neither that a name exists nor that it is locked."""

    def __init__(self, message: str | None = None):
        super().__init__(message or sign_in_failed_message())


def sign_in_failed_message() -> str:
    return QCoreApplication.translate("Users", "Wrong user name or password, or the account is locked for a while. Try again later.")  # noqa: E501


LOCKOUT_AFTER = 5                 # failed attempts in a row before the first lock
LOCKOUT_SECONDS = 60              # the first lock; each further failure doubles it
LOCKOUT_MAX_SECONDS = 3600
MAX_NAME_AUDITED = 64


def lockout_seconds(failures: int) -> int:
    """How long the account is locked after `failures` failed attempts in a row (0: not locked)."""
    if failures < LOCKOUT_AFTER:
        return 0
    return min(LOCKOUT_MAX_SECONDS, LOCKOUT_SECONDS * 2 ** min(failures - LOCKOUT_AFTER, 16))


def authenticate(db: Database, username: str, password: str, *, clock: Clock | None = None,
                 action: str = "sign_in") -> User:
    """Checks the password. From the LOCKOUT_AFTER-th failure in a row the account locks, for 60 s
    doubling with each further failure (capped at an hour); a success resets it. Every refusal is
    audited ("sign_in_failed", unknown names too, with the name tried) and raises the same SignInError."""
    from console.models.core import audit
    from console.models.core.clock import parse_iso

    clock = clock or Clock()
    now = clock.now()
    name = username.strip()
    row = db.execute(
        "SELECT id, username, display_name, role, password_hash, active, failed_attempts, locked_until, "
        "station_id, district_code FROM users WHERE username = ?", [name]
    ).fetchone()
    if row is None:
        hash_password(password)  # same work as a real check: no timing hint that the name is unknown
        with transaction(db):
            audit.record(db, None, "sign_in_failed", "users", None,
                         {"attempted_name": (None, name[:MAX_NAME_AUDITED]), "reason": (None, "unknown")},
                         clock=clock)
        raise SignInError()
    uid, uname, display, role, stored, active, failures, locked_until, station_id, district_code = row
    user = User(uid, uname, display, Role(role), station_id, district_code)
    right = verify_password(password, stored)      # always checked: the time taken tells nothing
    locked = bool(locked_until) and parse_iso(locked_until) > now
    if locked or not active or not right:
        reason = "locked" if locked else "inactive" if not active else "password"
        with transaction(db):
            if reason == "password":
                _count_failure(db, uid, failures, now)
            audit.record(db, user, "sign_in_failed", "users", uid, {"reason": (None, reason)}, clock=clock)
        raise SignInError()
    with transaction(db):
        db.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", [uid])
        audit.record(db, user, action, "users", uid, clock=clock)
    return user


def _count_failure(db: Database, uid: int, failures: int | None, now) -> None:
    """One more failed attempt in a row; from LOCKOUT_AFTER on, the account locks (inside a transaction)."""
    from datetime import timedelta

    from console.models.core.clock import iso

    failures = (failures or 0) + 1
    wait = lockout_seconds(failures)
    db.execute("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?",
               [failures, iso(now + timedelta(seconds=wait)) if wait else None, uid])


def confirm_password(db: Database, user: User, password: str, *, clock: Clock | None = None) -> bool:
    """For the idle lock screen: True if this is the signed-in user's password. Failures count towards
    the same lockout as at sign-in (a locked account cannot be unlocked by guessing) and are audited."""
    try:
        return authenticate(db, user.username, password, clock=clock, action="unlock").id == user.id
    except SignInError:
        return False


def has_users(db: Database) -> bool:
    return db.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None


MIN_PASSWORD = 8


class UserError(ValueError):
    """A user-management request that cannot be done as asked (the message says why)."""


def list_users(db: Database) -> list[tuple]:
    """(id, username, display name, role, active, locked_until, created_at) of every user."""
    return db.execute("SELECT id, username, display_name, role, active, locked_until, created_at FROM users "
                      "ORDER BY active DESC, role, username").fetchall()


def create_user(db: Database, actor: User, username: str, display_name: str, role: Role, password: str,
                *, clock: Clock | None = None, station_id: int | None = None,
                district_code: str | None = None) -> User:
    """A new user; a station's user names the station, a county bureau's user the district."""
    from console.models.core import audit

    require(actor, Permission.MANAGE_USERS)
    username = username.strip()
    if not username:
        raise UserError(QCoreApplication.translate("Users", "Enter a user name."))
    if len(password) < MIN_PASSWORD:
        raise UserError(QCoreApplication.translate("Users", "The password needs at least 8 characters."))
    if get_user_by_name(db, username):
        raise UserError(QCoreApplication.translate("Users", "This user name is taken."))
    station_id, district_code = _workplace(db, role, station_id, district_code)
    changes = {"username": (None, username), "role": (None, role.value)}
    if station_id is not None:
        changes["station_id"] = (None, station_id)
    if district_code is not None:
        changes["district_code"] = (None, district_code)
    with transaction(db):       # the user and its audit row commit together
        user = insert_user(db, username, display_name.strip() or username, role, password, clock=clock,
                           station_id=station_id, district_code=district_code)
        audit.record(db, actor, "insert", "users", user.id, changes, clock=clock)
    return user


def _workplace(db: Database, role: Role, station_id: int | None,
               district_code: str | None) -> tuple[int | None, str | None]:
    """The (station, district) a user of this role belongs to: a station's user needs an existing station,
    a county bureau's an existing district; the centre's users belong to neither."""
    if role == Role.STATION:
        if station_id is None or db.execute("SELECT 1 FROM stations WHERE id = ?", [station_id]).fetchone() is None:
            raise UserError(QCoreApplication.translate("Users", "A station's user works at a station: choose it."))
        return station_id, None
    if role == Role.DISTRICT:
        if not district_code or db.execute("SELECT 1 FROM districts WHERE code = ?",
                                           [district_code]).fetchone() is None:
            raise UserError(QCoreApplication.translate("Users",
                                                       "A county bureau's user works for a district: choose it."))
        return None, district_code
    return None, None


def update_user(db: Database, actor: User, user_id: int, *, role: Role | None = None, active: bool | None = None,
                display_name: str | None = None, station_id: int | None = None, district_code: str | None = None,
                clock: Clock | None = None) -> None:
    """Changes a user's role (with the station or district a scoped role needs), state or name."""
    from console.models.core import audit

    require(actor, Permission.MANAGE_USERS)
    row = db.execute("SELECT role, active, display_name, station_id, district_code FROM users WHERE id = ?",
                     [user_id]).fetchone()
    if row is None:
        raise UserError(QCoreApplication.translate("Users", "No such user."))
    old = {"role": row[0], "active": row[1], "display_name": row[2], "station_id": row[3], "district_code": row[4]}
    new = dict(old)
    if role is not None or station_id is not None or district_code is not None:
        role = role or Role(row[0])
        new["role"] = role.value
        new["station_id"], new["district_code"] = _workplace(db, role, station_id or row[3],
                                                             district_code or row[4])
    if active is not None:
        new["active"] = int(active)
    if display_name is not None:
        new["display_name"] = display_name.strip()
    if user_id == actor.id and (new["role"] != Role.ADMIN.value or not new["active"]):
        raise UserError(QCoreApplication.translate("Users", "You cannot remove your own administrator rights."))
    with transaction(db):
        db.execute("UPDATE users SET role = ?, active = ?, display_name = ?, station_id = ?, district_code = ? "
                   "WHERE id = ?", [new["role"], new["active"], new["display_name"], new["station_id"],
                                    new["district_code"], user_id])
        audit.record(db, actor, "update", "users", user_id, audit.diff(old, new), clock=clock)


def reset_password(db: Database, actor: User, user_id: int, password: str, *, clock: Clock | None = None) -> None:
    """An administrator sets another user's password (one's own is changed with change_own_password)."""
    from console.models.core import audit

    require(actor, Permission.MANAGE_USERS)
    if len(password) < MIN_PASSWORD:
        raise UserError(QCoreApplication.translate("Users", "The password needs at least 8 characters."))
    with transaction(db):
        db.execute("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
                   [hash_password(password), user_id])
        audit.record(db, actor, "password", "users", user_id, {"password": ("***", "***")}, clock=clock)


def change_own_password(db: Database, user: User, old_password: str, new_password: str,
                        *, clock: Clock | None = None) -> None:
    """The signed-in user changes their own password; the old one is asked for (a console left signed in
    must not let a passer-by take the account over)."""
    from console.models.core import audit
    from console.models.core.clock import parse_iso

    now = (clock or Clock()).now()
    row = db.execute("SELECT password_hash, active, failed_attempts, locked_until FROM users WHERE id = ?",
                     [user.id]).fetchone()
    if row is None or not row[1]:
        raise UserError(QCoreApplication.translate("Users", "No such user."))
    right = verify_password(old_password, row[0])
    locked = bool(row[3]) and parse_iso(row[3]) > now
    if locked or not right:
        # Wrong guesses here count towards the sign-in lockout: an unattended console is no oracle.
        with transaction(db):
            if not locked:
                _count_failure(db, user.id, row[2], now)
            audit.record(db, user, "password_change_failed", "users", user.id,
                         {"reason": (None, "locked" if locked else "password")}, clock=clock)
        if locked:
            raise UserError(QCoreApplication.translate("Users", "Too many wrong attempts. Try again later."))
        raise UserError(QCoreApplication.translate("Users", "The current password is wrong."))
    if len(new_password) < MIN_PASSWORD:
        raise UserError(QCoreApplication.translate("Users", "The password needs at least 8 characters."))
    if new_password == old_password:
        raise UserError(QCoreApplication.translate("Users", "The new password must differ from the current one."))
    with transaction(db):
        db.execute("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
                   [hash_password(new_password), user.id])
        audit.record(db, user, "password", "users", user.id, {"password": ("***", "***")}, clock=clock)
