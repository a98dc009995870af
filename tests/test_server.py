"""`python -m console.server`: a local cluster for trying a centre, made with PostgreSQL's own tools, driven
through its command line as an administrator would."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from console.server import SEAT_ROLE, Cluster, available, pg_bin

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not available(), reason="PostgreSQL is not installed (scripts/setup.sh installs it)")]


def test_init_start_connect_as_a_seat_and_stop():
    # Under /tmp itself: run as root, the cluster belongs to the postgres user, who cannot enter pytest's
    # private temporary folders.
    root = Path(tempfile.mkdtemp(prefix="hotline-centre-"))
    os.chmod(root, 0o755)
    port = 5400 + os.getpid() % 500
    cli = [sys.executable, "-m", "console.server"]
    made = subprocess.run([*cli, "init", "--data", str(root), "--port", str(port), "--listen"],
                          capture_output=True, text=True)
    cluster = Cluster(root)
    try:
        assert made.returncode == 0, made.stderr
        passfile = cluster.passfile(SEAT_ROLE)
        assert str(passfile) in made.stdout
        # The passwords are in files only their owner reads, never on the command line or in the output.
        assert stat.S_IMODE(passfile.stat().st_mode) == 0o600
        password = passfile.read_text().splitlines()[0].rsplit(":", 1)[1]
        assert password not in made.stdout
        env = {**os.environ, "PGPASSFILE": str(passfile)}
        asked = subprocess.run(
            [pg_bin("psql"), "-X", "-At", "-h", "127.0.0.1", "-p", str(port), "-U", SEAT_ROLE, "-d", "hotline",
             "-c", "SELECT current_user, has_table_privilege('audit_log', 'UPDATE'), "
                   "has_table_privilege('audit_log', 'INSERT')"],
            capture_output=True, text=True, env=env)
        assert asked.returncode == 0, asked.stderr
        assert asked.stdout.strip() == f"{SEAT_ROLE}|f|t"      # a seat adds audit rows, never rewrites them
        other = root / "wrong.pgpass"
        other.write_text(f"*:*:*:{SEAT_ROLE}:wrong\n")
        os.chmod(other, 0o600)
        refused = subprocess.run([pg_bin("psql"), "-X", "-h", "127.0.0.1", "-p", str(port), "-U", SEAT_ROLE,
                                  "-d", "hotline", "-c", "SELECT 1"], capture_output=True, text=True,
                                 env={**os.environ, "PGPASSFILE": str(other)})
        assert refused.returncode != 0 and "password authentication failed" in refused.stderr
        status = subprocess.run([*cli, "status", "--data", str(root)], capture_output=True, text=True)
        assert status.returncode == 0 and status.stdout.startswith("running")
    finally:
        subprocess.run([*cli, "stop", "--data", str(root)], capture_output=True)
    status = subprocess.run([*cli, "status", "--data", str(root)], capture_output=True, text=True)
    assert status.returncode == 3 and status.stdout.strip() == "stopped"
    shutil.rmtree(root, ignore_errors=True)
