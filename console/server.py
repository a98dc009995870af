"""`python -m console.server up|init|start|stop|status [--data DIR] [--port N]`: a local PostgreSQL cluster for trying a centre.

A centre normally points its seats at the PostgreSQL server its IT already runs (README, "A centre on one
server"). To try one on a single machine, this creates a cluster in DIR with PostgreSQL's own tools:

- `initdb` into DIR/pgdata with scram-sha-256 passwords, listening on loopback only (and a unix socket in
  DIR/socket);
- three roles: `hotline_admin` (the cluster's superuser, for the administrator only), `hotline_owner` (owns
  the schema: the console applies migrations as it) and `hotline_seat` (what every seat signs in as: it can
  read and write the case tables, never rewrite the audit trail; the migrations grant and revoke);
- a database `hotline` owned by `hotline_owner`;
- generated passwords written to DIR/pgpass (a libpq password file, 0600): seats read it through
  PGPASSFILE, never from the settings file.

PostgreSQL refuses to run as root; when started as root the cluster belongs to the `postgres` system user
(Debian's package creates it) and its binaries run through `runuser`.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PORT = 5433                 # beside a system PostgreSQL on 5432
DATABASE = "hotline"
ROLES = ("hotline_admin", "hotline_owner", "hotline_seat")


def pg_bin(name: str) -> str:
    """A PostgreSQL program: from PATH, else Debian's versioned folders (newest first)."""
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    raise SystemExit(f"{name} not found: install PostgreSQL (Debian: apt-get install postgresql)")


@dataclass(frozen=True)
class Cluster:
    root: Path
    port: int = DEFAULT_PORT

    @property
    def pgdata(self) -> Path:
        return self.root / "pgdata"

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    @property
    def passfile(self) -> Path:
        return self.root / "pgpass"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def url(self, role: str = "hotline_seat") -> str:
        return f"postgresql://{role}@127.0.0.1:{self.port}/{DATABASE}"


def _as_cluster_user(argv: list[str]) -> list[str]:
    """PostgreSQL will not run as root: run its programs as the `postgres` system user then."""
    if os.geteuid() != 0:
        return argv
    return ["runuser", "-u", "postgres", "--", *argv]


def _run(argv: list[str], **kw) -> subprocess.CompletedProcess:
    done = subprocess.run(_as_cluster_user(argv), text=True, capture_output=True, **kw)
    if done.returncode != 0:
        raise SystemExit(f"{Path(argv[0]).name} failed: {done.stderr.strip() or done.stdout.strip()}")
    return done


def _give_to_cluster_user(path: Path) -> None:
    if os.geteuid() == 0:
        shutil.chown(path, "postgres", "postgres")


def init(cluster: Cluster) -> dict[str, str]:
    """Creates the cluster, its roles and database, and the password file. Refuses an existing one."""
    if cluster.pgdata.exists():
        raise SystemExit(f"{cluster.pgdata} exists already: use `start`, or choose another --data")
    cluster.root.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0 and subprocess.run(["runuser", "-u", "postgres", "--", "test", "-x", str(cluster.root)]).returncode:
        raise SystemExit(f"the postgres system user cannot reach {cluster.root}: choose a folder it can open")
    cluster.socket_dir.mkdir(exist_ok=True)
    _give_to_cluster_user(cluster.root)
    _give_to_cluster_user(cluster.socket_dir)
    passwords = {role: secrets.token_urlsafe(24) for role in ROLES}
    pwfile = cluster.root / ".initdb-password"
    pwfile.write_text(passwords["hotline_admin"] + "\n", encoding="utf-8")
    os.chmod(pwfile, 0o600)
    _give_to_cluster_user(pwfile)
    try:
        _run([pg_bin("initdb"), "-D", str(cluster.pgdata), "-U", "hotline_admin", "--auth=scram-sha-256",
              f"--pwfile={pwfile}", "--encoding=UTF8", "--locale=C.UTF-8"])
    finally:
        pwfile.unlink(missing_ok=True)
    with (cluster.pgdata / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write(f"\n# hotline console (console/server.py)\nlisten_addresses = '127.0.0.1'\nport = {cluster.port}\n"
                   f"unix_socket_directories = '{cluster.socket_dir}'\n")
    _write_passfile(cluster, passwords)
    start(cluster)
    owner, seat = passwords["hotline_owner"], passwords["hotline_seat"]
    sql = (f"CREATE ROLE hotline_owner LOGIN PASSWORD '{owner}';"
           f"CREATE ROLE hotline_seat LOGIN PASSWORD '{seat}';"
           f"CREATE DATABASE {DATABASE} OWNER hotline_owner ENCODING 'UTF8' TEMPLATE template0;")
    for statement in sql.split(";")[:-1]:
        _psql(cluster, "hotline_admin", "postgres", statement)
    _psql(cluster, "hotline_admin", DATABASE,
          "REVOKE ALL ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO hotline_seat; "
          "GRANT ALL ON SCHEMA public TO hotline_owner; CREATE EXTENSION IF NOT EXISTS pg_trgm;")
    return passwords


def _write_passfile(cluster: Cluster, passwords: dict[str, str]) -> None:
    lines = [f"127.0.0.1:{cluster.port}:*:{role}:{pw}" for role, pw in passwords.items()]
    lines += [f"{cluster.socket_dir}:{cluster.port}:*:{role}:{pw}" for role, pw in passwords.items()]
    tmp = cluster.passfile.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(cluster.passfile)


def _psql(cluster: Cluster, role: str, database: str, sql: str) -> str:
    env = {**os.environ, "PGPASSFILE": str(cluster.passfile)}
    done = subprocess.run([pg_bin("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                           "-p", str(cluster.port), "-U", role, "-d", database, "-c", sql],
                          check=True, text=True, capture_output=True, env=env)
    return done.stdout


def running(cluster: Cluster) -> bool:
    return subprocess.run(_as_cluster_user([pg_bin("pg_ctl"), "status", "-D", str(cluster.pgdata)]),
                          capture_output=True).returncode == 0


def start(cluster: Cluster) -> None:
    if running(cluster):
        return
    if not cluster.log.exists():
        cluster.log.touch()
        _give_to_cluster_user(cluster.log)
    _run([pg_bin("pg_ctl"), "start", "-w", "-D", str(cluster.pgdata), "-l", str(cluster.log)])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if subprocess.run([pg_bin("pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(cluster.port)]).returncode == 0:
            return
        time.sleep(0.2)
    raise SystemExit(f"the server did not come up: see {cluster.log}")


def stop(cluster: Cluster) -> None:
    if running(cluster):
        _run([pg_bin("pg_ctl"), "stop", "-w", "-m", "fast", "-D", str(cluster.pgdata)])


def how_to_connect(cluster: Cluster) -> str:
    return "\n".join([
        f"PostgreSQL for the hotline centre: {cluster.pgdata} (log {cluster.log})",
        f"  seats:      PGPASSFILE={cluster.passfile} hotline-console --db {cluster.url()}",
        f"  from source: PGPASSFILE={cluster.passfile} make run ARGS=\"--db {cluster.url()}\"",
        f"  migrations: the first start as {cluster.url('hotline_owner')} creates the schema",
        f"  passwords:  {cluster.passfile} (0600; copy it to each seat, never into the settings file)",
    ])


def default_folder() -> Path:
    """Root's home is closed to the postgres user who runs the cluster then; anyone else keeps it at home."""
    if os.geteuid() == 0:
        return Path("/var/lib/hotline-console/server")
    return Path(os.environ.get("HOTLINE_CONSOLE_HOME", Path.home() / ".local/share/hotline-console")) / "server"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="console.server", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("up", "init", "start", "stop", "status"),
                        help="up: init if there is no cluster yet, else start")
    parser.add_argument("--data", type=Path, default=default_folder(), help="the cluster's folder (default %(default)s)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    args = parser.parse_args(argv)
    cluster = Cluster(args.data.resolve(), args.port)
    if args.command == "up":
        if cluster.pgdata.exists():
            start(cluster)
        else:
            init(cluster)
        print(how_to_connect(cluster))
    elif args.command == "init":
        init(cluster)
        print(how_to_connect(cluster))
    elif args.command == "start":
        start(cluster)
        print(how_to_connect(cluster))
    elif args.command == "stop":
        stop(cluster)
        print("stopped")
    else:
        up = running(cluster)
        print(("running\n" + how_to_connect(cluster)) if up else "not running")
        return 0 if up else 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
