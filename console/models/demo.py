"""Reproducible synthetic data for a city centre: users, calls, warnings, stop-payments, outcomes."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from .db import open_database
from .users import Role, has_users, insert_user

# Printed by the demo command; demo databases only.
DEMO_USERS: tuple[tuple[str, str, Role, str], ...] = (
    ("officer", "刘东", Role.OFFICER, "officer-96110"),
    ("senior", "王敏", Role.SENIOR, "senior-96110"),
    ("supervisor", "陈军", Role.SUPERVISOR, "supervisor-96110"),
    ("admin", "张丽", Role.ADMIN, "admin-96110"),
)


def ensure_demo_users(db: Database) -> None:
    if has_users(db):
        return
    for username, name, role, password in DEMO_USERS:
        insert_user(db, username, name, role, password)


def generate(path: Path | str, years: float = 1.0, seed: int = 96110) -> Database:
    """Creates (or completes) a demo database at path."""
    db = open_database(path)
    ensure_demo_users(db)
    return db
