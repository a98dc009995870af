"""The scopes a figure can be computed for besides the whole city: districts, stations and the officers who
answer the line (seniors included; supervisors and administrators take no calls)."""

from __future__ import annotations

from sqlite_utils import Database

from console.models.stats.figures import Scope

ANSWERING_ROLES = ("officer", "senior")


def scope_choices(db: Database) -> list[tuple[Scope, str]]:
    """(scope, name) of every district (in their rank order), station and answering officer (by name)."""
    districts = [(Scope("district", code), name)
                 for code, name in db.execute("SELECT code, name FROM districts ORDER BY rank")]
    stations = [(Scope("station", sid), name) for sid, name in db.execute("SELECT id, name FROM stations ORDER BY name")]
    officers = [(Scope("officer", uid), name) for uid, name in db.execute(
        f"SELECT id, display_name FROM users WHERE role IN ({', '.join('?' * len(ANSWERING_ROLES))}) ORDER BY 2",
        list(ANSWERING_ROLES))]
    return districts + stations + officers
