"""The console started as a seat of a PostgreSQL server, as an officer would start it: every page opened
once, nothing in the log but the start (tests/pg.py's throwaway cluster)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import PASSWORDS
from tests.pg import drop_database, new_database


def test_a_seat_opens_every_page_on_the_server(pg_cluster, tmp_path):
    from console.models.core.users import Role

    target = new_database(pg_cluster)
    try:
        env = {**os.environ, "HOTLINE_CONSOLE_HOME": str(tmp_path), "HOTLINE_CONSOLE_PASSWORD": PASSWORDS[Role.ADMIN],
               "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run([sys.executable, "-m", "console", "--db", target, "--user", "admin", "--quit-after-paint"],
                              env=env, capture_output=True, text=True, timeout=240)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "first_paint_s=" in done.stdout and "rss_bytes=" in done.stdout
        log = (tmp_path / "logs" / "console.log").read_text(encoding="utf-8")
        assert "ERROR" not in log, log[-3000:]
        assert not list(tmp_path.rglob("*.db"))          # no SQLite file was made beside the server
    finally:
        drop_database(pg_cluster, target)
