"""The golden-hour and interview-code summaries on a generated demo centre (rows put in with the triggers
off, then summed) equal the rows, and `python -m console.maintenance rebuild-index` puts a wrong one right."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from console import maintenance
from console.demo.generator import generate
from console.models.calls.interview import code_counts
from console.models.core.db import connect, transaction
from console.models.stats import figures as stats
from console.models.stats.golden_hour import code_counts_from_summaries, figures, figures_from_summaries


def same(db, period: stats.Period, now: datetime) -> bool:
    start, end = (f"{d.isoformat()} 00:00:00" for d in (period.start, period.end))
    return (figures_from_summaries(db, period, now) == figures(db, period, stats.Scope(), now)
            and code_counts_from_summaries(db, period) == code_counts(db, start, end))


def test_generated_centre_and_rebuild_index_keep_golden_hour_summaries_equal_to_the_rows(tmp_path, capsys):
    path = tmp_path / "demo.db"
    generate(path, years=0.08, seed=7).conn.close()
    db = connect(path)
    now = datetime.now()
    today = now.date()
    periods = [stats.Period(today - timedelta(days=40), today + timedelta(days=1)),
               stats.Period(today.replace(day=1), today + timedelta(days=1)), stats.Period.named("year", today),
               stats.Period(today - timedelta(days=9), today - timedelta(days=2))]
    whole = periods[0]
    g = figures_from_summaries(db, whole, now)
    assert g.money_at_stake > 0 and g.transfer_to_issue[0] is not None
    assert code_counts_from_summaries(db, whole)
    assert all(same(db, p, now) for p in periods)
    with transaction(db):            # summaries gone wrong (edited by hand, written by an old version)
        db.execute("UPDATE stats_gh_money_day SET at_stake = at_stake + 1")
        db.execute("DELETE FROM stats_gh_issue_day WHERE day = (SELECT max(day) FROM stats_gh_issue_day)")
        db.execute("DELETE FROM stats_codes_month")
    assert not same(db, whole, now)
    assert maintenance.main(["rebuild-index", "--db", str(path)]) == 0
    assert all(same(db, p, now) for p in periods)
    assert "statistics summaries" in capsys.readouterr().out
    db.conn.close()


def test_first_day_of_a_month_and_a_single_day_read_the_daily_codes(tmp_path):
    path = tmp_path / "demo.db"
    generate(path, years=0.03, seed=11).conn.close()
    db = connect(path)
    today = date.today()
    for period in (stats.Period(today.replace(day=1), today + timedelta(days=1)),
                   stats.Period(today - timedelta(days=1), today), stats.Period(today, today)):
        start, end = (f"{d.isoformat()} 00:00:00" for d in (period.start, period.end))
        assert code_counts_from_summaries(db, period) == code_counts(db, start, end)
    db.conn.close()
