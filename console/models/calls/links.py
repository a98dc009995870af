"""What a call is linked to: the warning it answers, the calls a warning led to, and the police station of
the victim's home district (named in the scripts read to the victim)."""

from __future__ import annotations

from sqlite_utils import Database


def warning_of_call(db: Database, call_id: int) -> int | None:
    """The warning the call answers (a callback), if any."""
    row = db.execute("SELECT warning_id FROM calls WHERE id = ?", [call_id]).fetchone()
    return row[0] if row else None


def calls_for_warning(db: Database, warning_id: int) -> list[tuple[int, str, str | None]]:
    """(call id, started at, outcome) of the calls made on a warning, the first first."""
    return [tuple(r) for r in db.execute("SELECT id, started_at, outcome FROM calls WHERE warning_id = ? ORDER BY id",
                                         [warning_id]).fetchall()]


def latest_call_for_warning(db: Database, warning_id: int) -> int | None:
    """The most recent call made on a warning, if any."""
    row = db.execute("SELECT id FROM calls WHERE warning_id = ? ORDER BY id DESC LIMIT 1", [warning_id]).fetchone()
    return row[0] if row else None


def home_station_name(db: Database, id_number: str) -> str:
    """The active station of the victim's home district (the first six digits of the resident ID), when it is
    one of ours; empty otherwise."""
    if len(id_number.strip()) < 6:
        return ""
    row = db.execute("SELECT name FROM stations WHERE district_code = ? AND active = 1 ORDER BY id LIMIT 1",
                     [id_number.strip()[:6]]).fetchone()
    return row[0] if row else ""
