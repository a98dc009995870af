"""`python -m console.server`: a local cluster for trying a centre, made with PostgreSQL's own tools."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from console.server import Cluster, pg_bin

pytestmark = pytest.mark.slow


def _have_postgres() -> bool:
    try:
        pg_bin("initdb")
        return True
    except SystemExit:
        return False


@pytest.mark.skipif(not _have_postgres(), reason="PostgreSQL is not installed (scripts/setup.sh installs it)")
def test_init_start_connect_as_a_seat_and_stop(tmp_path_factory):
    # Under /tmp itself: run as root, the cluster belongs to the postgres user, who cannot enter pytest's
    # private temporary folders.
    root = Path(tempfile.mkdtemp(prefix="hotline-centre-"))
    os.chmod(root, 0o755)
    port = 5400 + os.getpid() % 500
    cli = [sys.executable, "-m", "console.server"]
    made = subprocess.run([*cli, "init", "--data", str(root), "--port", str(port)], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    cluster = Cluster(root, port)
    try:
        assert cluster.url() in made.stdout and str(cluster.passfile) in made.stdout
        # The passwords are in a file only its owner reads, never on the command line or in the output.
        assert stat.S_IMODE(cluster.passfile.stat().st_mode) == 0o600
        seat_password = [l for l in cluster.passfile.read_text().splitlines() if ":hotline_seat:" in l][0]
        assert seat_password.rsplit(":", 1)[1] not in made.stdout
        asked = subprocess.run(
            [pg_bin("psql"), "-X", "-At", "-h", "127.0.0.1", "-p", str(port), "-U", "hotline_seat", "-d", "hotline",
             "-c", "SELECT current_user, has_database_privilege('hotline', 'CREATE')"],
            capture_output=True, text=True, env={**os.environ, "PGPASSFILE": str(cluster.passfile)})
        assert asked.returncode == 0, asked.stderr
        assert asked.stdout.strip() == "hotline_seat|f"       # a seat cannot create schema objects
        # A wrong password is refused: authentication is on, not trust.
        other = tmp_path_factory.mktemp("other") / "pgpass"
        other.write_text(f"127.0.0.1:{port}:*:hotline_seat:wrong\n")
        os.chmod(other, 0o600)
        refused = subprocess.run([pg_bin("psql"), "-X", "-h", "127.0.0.1", "-p", str(port), "-U", "hotline_seat",
                                  "-d", "hotline", "-c", "SELECT 1"], capture_output=True, text=True,
                                 env={**os.environ, "PGPASSFILE": str(other)})
        assert refused.returncode != 0 and "password authentication failed" in refused.stderr
        status = subprocess.run([*cli, "status", "--data", str(root), "--port", str(port)], capture_output=True, text=True)
        assert status.returncode == 0 and status.stdout.startswith("running")
    finally:
        subprocess.run([*cli, "stop", "--data", str(root), "--port", str(port)], capture_output=True)
    status = subprocess.run([*cli, "status", "--data", str(root), "--port", str(port)], capture_output=True, text=True)
    assert status.returncode == 3 and status.stdout.strip() == "not running"
    shutil.rmtree(root, ignore_errors=True)
