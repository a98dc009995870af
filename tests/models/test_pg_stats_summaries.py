"""The daily summaries equal the counts over the rows on PostgreSQL too: the demo centre copied to the server
(its summaries as SQLite's triggers kept them), then inserts, edits and deletions through the server's own
summary triggers (console/models/migrations/postgres/stats.py); the figures page's queries on the server."""

from __future__ import annotations

import pytest

from console.models.core.db import connect
from console.models.core.engine.copy import copy_database
from tests.models.test_stats_summaries import *  # noqa: F401,F403
from tests.pg import drop_database, empty_database


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """A smaller centre than SQLite's test uses: every row goes to the server through its triggers."""
    from console.demo.generator import generate

    path = tmp_path_factory.mktemp("summaries") / "demo.db"
    generate(path, years=0.03, seed=5).conn.close()
    return path


@pytest.fixture
def demo(demo_file, pg_cluster):
    target = empty_database(pg_cluster)
    copy_database(str(demo_file), target)
    db = connect(target)
    yield db
    db.close()
    drop_database(pg_cluster, target)


@pytest.fixture(autouse=True)
def server_rebuild(monkeypatch):
    """The test's final check sums the rows again with the server's own rebuild."""
    from console.models.migrations.postgres import stats as pg_stats
    from tests.models import test_stats_summaries

    monkeypatch.setattr(test_stats_summaries, "rebuild_summaries", pg_stats.rebuild_summaries)
