"""`python -m console.maintenance rebuild-index` rebuilds the full-text indexes and also the statistics'
daily summary tables: a summary that went wrong (edited by hand, written by an old version) is right again."""

from __future__ import annotations

from datetime import date

from console import maintenance
from console.models.stats import figures as stats
from console.models.core.db import connect, transaction
from console.demo.generator import generate
from console.models.core.users import Role, User

SUPERVISOR = User(0, "supervisor", "Supervisor", Role.SUPERVISOR)


def test_rebuild_index_also_rebuilds_the_statistics_summaries(tmp_path, capsys):
    path = tmp_path / "demo.db"
    generate(path, years=0.05, seed=3).conn.close()
    db = connect(path)
    day = db.execute("SELECT day FROM stats_received_day ORDER BY n DESC LIMIT 1").fetchone()[0]
    period = stats.Period(date.fromisoformat(day[:8] + "01"), date.fromisoformat(day).replace(day=28))
    right = stats.report(db, period, user=SUPERVISOR).headline
    with transaction(db):
        db.execute("UPDATE stats_received_day SET n = n + 1000 WHERE day = ?", [day])
        db.execute("DELETE FROM notes_tri")
    assert stats.report(db, period, user=SUPERVISOR).headline != right
    assert maintenance.main(["rebuild-index", "--db", str(path)]) == 0
    assert stats.report(db, period, user=SUPERVISOR).headline == right
    assert stats.report(db, period, user=SUPERVISOR).headline == stats.report_from_rows(db, period,
                                                                                       user=SUPERVISOR).headline
    assert db.execute("SELECT count(*) FROM notes_tri").fetchone()[0] > 0
    assert "statistics summaries" in capsys.readouterr().out
    db.conn.close()
