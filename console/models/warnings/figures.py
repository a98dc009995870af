"""The warning figures of a period: received, handled on time, outcomes, SMS, station visits, loss saved."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database


@dataclass(frozen=True)
class WarningFigures:
    received: int
    closed: int
    open: int
    handled_on_time: int            # first contact (call, SMS, dispatch) before the deadline
    overdue_open: int
    by_outcome: dict[str, int] = field(default_factory=dict)
    by_level: dict[str, int] = field(default_factory=dict)
    loss_saved_cents: int = 0
    sms: int = 0
    dispatched: int = 0
    station_feedback: int = 0
    station_dissuaded: int = 0
    station_loss_saved_cents: int = 0
    reviewed: int = 0               # came back at least once for second-round review

    @property
    def on_time_rate(self) -> float:
        return self.handled_on_time / self.received if self.received else 0.0


def warning_figures(db: Database, start: str, end: str, *, now: str) -> WarningFigures:
    """Figures of the warnings received in [start, end) (local ISO times)."""
    rng = [start, end]
    received, closed, open_, on_time, overdue, loss, reviewed = db.execute(
        "SELECT COUNT(*), count(*) FILTER (WHERE status = 'closed'), count(*) FILTER (WHERE status != 'closed'), "
        "count(*) FILTER (WHERE first_contact_at IS NOT NULL AND first_contact_at <= deadline_at), "
        "count(*) FILTER (WHERE status IN ('new', 'review', 'taken') AND deadline_at < ?), "
        "COALESCE(SUM(loss_saved_cents), 0), count(*) FILTER (WHERE review_round > 0) "
        "FROM warnings WHERE received_at >= ? AND received_at < ?", [now, *rng]).fetchone()
    by_outcome = dict(db.execute(
        "SELECT outcome, COUNT(*) FROM warnings WHERE received_at >= ? AND received_at < ? AND outcome IS NOT NULL "
        "GROUP BY outcome", rng).fetchall())
    by_level = dict(db.execute(
        "SELECT level, COUNT(*) FROM warnings WHERE received_at >= ? AND received_at < ? GROUP BY level",
        rng).fetchall())
    sms = db.execute("SELECT COUNT(*) FROM sms_outbox o JOIN warnings w ON w.id = o.warning_id "
                     "WHERE w.received_at >= ? AND w.received_at < ?", rng).fetchone()[0]
    d_all, d_fb, d_ok, d_loss = db.execute(
        "SELECT COUNT(*), count(*) FILTER (WHERE d.status = 'done'), count(*) FILTER (WHERE d.dissuaded = 1), "
        "COALESCE(SUM(d.loss_saved_cents), 0) FROM dispatches d JOIN warnings w ON w.id = d.warning_id "
        "WHERE w.received_at >= ? AND w.received_at < ?", rng).fetchone()
    return WarningFigures(received, closed, open_, on_time, overdue, by_outcome, by_level, loss, sms,
                          d_all, d_fb, d_ok, d_loss, reviewed)
