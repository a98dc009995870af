"""Reading the audit trail, filtered (supervisors and administrators)."""

from __future__ import annotations

from sqlite_utils import Database

from console.models.core.users import Permission, User, require


def query_audit(db: Database, user: User, *, username: str | None = None, table: str | None = None,
                since: str | None = None, until: str | None = None, record_id: str | None = None,
                limit: int = 1000) -> list[tuple]:
    """(at, username, action, table, record id, changes) newest first."""
    require(user, Permission.VIEW_AUDIT)
    sql, args = "SELECT at, username, action, table_name, record_id, changes FROM audit_log WHERE 1 = 1", []
    for cond, value in (("username = ?", username), ("table_name = ?", table), ("at >= ?", since),
                        ("at < date(?, '+1 day')", until), ("record_id = ?", record_id)):
        if value:
            sql += f" AND {cond}"
            args.append(value)
    return db.execute(sql + " ORDER BY id DESC LIMIT ?", [*args, limit]).fetchall()
