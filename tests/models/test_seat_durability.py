"""A centre's server as the console sets one up (console/server.py): the seats' role commits without waiting
for the server's disk (what SQLite's synchronous=NORMAL gives a PC's console: docs/centre.md, "Speed"), while
the owner's role, which upgrades the schema and copies a centre in, keeps every commit on disk first."""

from __future__ import annotations

from console import server
from console.models.core.db import connect
from tests.pg import pg_cluster  # noqa: F401


def _setting(target: str) -> str:
    db = connect(target)
    try:
        return db.raw.execute("SHOW synchronous_commit").fetchone()[0]
    finally:
        db.close()


def test_the_seats_commit_without_waiting_for_the_disk_and_the_owner_waits(pg_cluster):  # noqa: F811
    assert _setting(pg_cluster.url(server.SEAT_ROLE)) == "off"
    assert _setting(pg_cluster.url(server.OWNER_ROLE)) == "on"
