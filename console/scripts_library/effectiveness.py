"""Which words work: how often each script was shown in calls, and how many of those calls ended dissuaded."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class Effect:
    script_id: int
    title: str
    shown: int
    with_outcome: int
    dissuaded: int

    @property
    def rate(self) -> float | None:
        return None if not self.with_outcome else self.dissuaded / self.with_outcome


def effectiveness(db: Database) -> list[Effect]:
    rows = db.execute(
        "SELECT s.id, s.title, count(v.id), count(c.outcome), count(*) FILTER (WHERE c.outcome = 'dissuaded') "
        "FROM scripts s LEFT JOIN script_views v ON v.script_id = s.id LEFT JOIN calls c ON c.id = v.call_id "
        "GROUP BY s.id ORDER BY 3 DESC, s.id").fetchall()
    return [Effect(*r) for r in rows]


# Fewer calls with an outcome than this behind a rate and the rate is shown with a plain warning: two
# dissuaded calls out of three say nothing about the words.
MIN_CALLS_TO_JUDGE = 20


@dataclass(frozen=True)
class VersionEffect:
    script_id: int
    title: str
    version: int | None
    victim_state: str | None
    shown: int
    with_outcome: int
    dissuaded: int

    @property
    def rate(self) -> float | None:
        return None if not self.with_outcome else self.dissuaded / self.with_outcome

    @property
    def too_few(self) -> bool:
        return self.with_outcome < MIN_CALLS_TO_JUDGE


def effectiveness_by_version_and_state(db: Database) -> list[VersionEffect]:
    """Per script version shown, and per victim state of the calls it was shown in: how many of those calls
    ended dissuaded. The version is the one kept with the call when it was shown."""
    rows = db.execute(
        "SELECT s.id, max(coalesce(sv.title, s.title)), sv.version, c.victim_state, count(v.id), count(c.outcome), "
        "count(*) FILTER (WHERE c.outcome = 'dissuaded') "
        "FROM script_views v JOIN scripts s ON s.id = v.script_id JOIN calls c ON c.id = v.call_id "
        "LEFT JOIN script_versions sv ON sv.id = v.version_id "
        "GROUP BY s.id, sv.version, c.victim_state "
        "ORDER BY count(c.outcome) DESC, s.id, sv.version, c.victim_state").fetchall()
    return [VersionEffect(*r) for r in rows]


def versions_shown_in_call(db: Database, call_id: int) -> list[tuple[str, int | None, str]]:
    """(title, version, shown_at) of every script shown in a call, for its case timeline."""
    return [tuple(r) for r in db.execute(
        "SELECT coalesce(sv.title, s.title), sv.version, v.shown_at FROM script_views v "
        "JOIN scripts s ON s.id = v.script_id LEFT JOIN script_versions sv ON sv.id = v.version_id "
        "WHERE v.call_id = ? ORDER BY v.shown_at, v.id", [call_id])]
