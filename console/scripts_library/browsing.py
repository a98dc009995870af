"""The library as the scripts page browses it: the scripts in force by fraud type and stage, and one script whole."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

EVERY_FRAUD_TYPE = "*"      # the branch of scripts meant for every fraud type (none named)


@dataclass(frozen=True)
class Script:
    id: int
    title: str
    stage: str
    body: str
    fraud_types: tuple[str, ...]         # empty: every fraud type
    status: str
    victim_states: tuple[str, ...]       # empty: every victim state
    audiences: tuple[str, ...]           # e.g. ("elderly",); empty: everyone
    notes: str


def library_tree(db: Database) -> dict[str, dict[str, list[tuple[int, str, str]]]]:
    """fraud type (EVERY_FRAUD_TYPE for scripts naming none) -> stage -> [(script id, title, status)] of the
    scripts not retired, each list in the library's rank order. A script for two types is under both."""
    groups: dict[str, dict[str, list[tuple[int, str, str]]]] = {}
    for sid, title, stage, fts, status in db.execute(
            "SELECT id, title, stage, fraud_types, status FROM scripts WHERE status != 'retired' ORDER BY rank, id"):
        for ft in json.loads(fts) or [EVERY_FRAUD_TYPE]:
            groups.setdefault(ft, {}).setdefault(stage, []).append((sid, title, status))
    return groups


def get_script(db: Database, script_id: int) -> Script | None:
    """The script as it stands (its current text), None if there is no such script."""
    row = db.execute("SELECT id, title, stage, body, fraud_types, status, victim_states, audiences, notes "
                     "FROM scripts WHERE id = ?", [script_id]).fetchone()
    if row is None:
        return None
    sid, title, stage, body, fts, status, states, audiences, notes = row
    return Script(sid, title, stage, body, tuple(json.loads(fts)), status, tuple(json.loads(states)),
                  tuple(json.loads(audiences)), notes)
