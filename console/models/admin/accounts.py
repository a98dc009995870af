"""User accounts as the administrator manages them, beyond what console/models/core/users.py offers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core.clock import Clock
from console.models.core.db import transaction
from console.models.core import audit
from console.models.core.users import (MIN_PASSWORD, Permission, Role, User, UserError, has_users, insert_user, require,
                                       update_user)


def toggle_active(db: Database, actor: User, user_id: int, *, clock: Clock | None = None) -> bool:
    """Switches an account off, or on again (audited); returns whether it is active now. Read and written
    under one write lock, so two administrators clicking at once switch it twice rather than once each way."""
    require(actor, Permission.MANAGE_USERS)
    with transaction(db):
        row = db.execute("SELECT active FROM users WHERE id = ?", [user_id]).fetchone()
        if row is None:
            raise UserError(QCoreApplication.translate("Users", "No such user."))
        active = not row[0]
        update_user(db, actor, user_id, active=active, clock=clock)
    return active


def create_first_admin(db: Database, username: str, display_name: str, password: str, *,
                       clock: Clock | None = None) -> User:
    """The administrator of a database without users (first run), and its audit row, in one transaction.
    Refused once any user exists: two seats starting on one new file create one administrator, not two."""
    username = username.strip()
    if not username:
        raise UserError(QCoreApplication.translate("Users", "Enter a user name."))
    if len(password) < MIN_PASSWORD:
        raise UserError(QCoreApplication.translate("Users", "The password needs at least 8 characters."))
    with transaction(db):
        if has_users(db):
            raise UserError(QCoreApplication.translate("Users", "This database already has users: sign in instead."))
        user = insert_user(db, username, display_name.strip() or username, Role.ADMIN, password, clock=clock)
        audit.record(db, user, "insert", "users", user.id, {"username": (None, username), "role": (None, "admin")},
                     clock=clock)
    return user


def sign_out(db: Database, user: User, *, clock: Clock) -> None:
    """The end of a user's session, on the record (a shift change is attributable like everything else)."""
    with transaction(db):
        audit.record(db, user, "sign_out", "users", user.id, clock=clock)
