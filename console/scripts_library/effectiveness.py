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
        "SELECT s.id, s.title, count(v.id), count(c.outcome), coalesce(sum(c.outcome = 'dissuaded'), 0) "
        "FROM scripts s LEFT JOIN script_views v ON v.script_id = s.id LEFT JOIN calls c ON c.id = v.call_id "
        "GROUP BY s.id ORDER BY 3 DESC, s.id").fetchall()
    return [Effect(*r) for r in rows]
