"""User accounts as the administrator manages them, beyond what console/models/core/users.py offers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from console.models.core.clock import Clock
from console.models.core.db import transaction
from console.models.core.users import Permission, User, UserError, require, update_user


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
