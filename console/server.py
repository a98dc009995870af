"""A local PostgreSQL cluster for trying a centre on one machine: init, start, stop, status.

    python -m console.server init   --data DIR [--port 5433]   # initdb, roles, schema, a generated password
    python -m console.server start  --data DIR
    python -m console.server status --data DIR
    python -m console.server stop   --data DIR
    python -m console.server copy   --from centre.db --to TARGET   # a console's SQLite file into the server (or back)

The cluster lives in DIR/cluster and listens on a unix socket in DIR/socket and, with --port, on the
loopback address. Two roles: ``hotline_owner`` owns the schema and applies upgrades; ``hotline`` is the
seats' role, allowed to read and write the case tables but never to UPDATE, DELETE or TRUNCATE the audit
trail. Each role's generated password goes to a libpq passfile (DIR/owner.pgpass, DIR/seat.pgpass, 0600);
`init` prints how seats connect. The test suite starts throwaway clusters through the same functions.
PostgreSQL refuses to run as root: as root, the cluster's processes run as the ``postgres`` user.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

DATABASE = "hotline"
OWNER_ROLE = "hotline_owner"
SEAT_ROLE = "hotline"
PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


class ServerError(Exception):
    """PostgreSQL is missing or a cluster step failed (the message says which)."""


def pg_bin(tool: str) -> str:
    """The path of a PostgreSQL server tool (initdb, pg_ctl, pg_dump ...): PATH first, then Debian's folders."""
    found = shutil.which(tool)
    if found:
        return found
    for d in PG_BIN_DIRS:
        if (d / tool).exists():
            return str(d / tool)
    raise ServerError(f"PostgreSQL's {tool} was not found: install the postgresql package "
                      "(Debian: apt-get install postgresql)")


def available() -> bool:
    try:
        pg_bin("initdb")
        pg_bin("pg_ctl")
        return True
    except ServerError:
        return False


def _as_cluster_user(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(_as_cluster_user(cmd), capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise ServerError(f"{Path(cmd[0]).name} failed: {(result.stderr or result.stdout).strip()[-800:]}")
    return result


@dataclass(frozen=True)
class Cluster:
    """A cluster folder: data in cluster/, the unix socket in socket/, passfiles beside them."""

    root: Path

    @property
    def data(self) -> Path:
        return self.root / "cluster"

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def passfile(self, role: str) -> Path:
        return self.root / ("owner.pgpass" if role == OWNER_ROLE else "seat.pgpass")

    def url(self, role: str = SEAT_ROLE, *, port: int | None = None, dbname: str = DATABASE) -> str:
        """A libpq connection string: over the socket (or loopback with port); password from the passfile."""
        host = "127.0.0.1" if port else str(self.socket_dir)
        return (f"host={host} port={port or self.port()} dbname={dbname} user={role} "
                f"passfile={self.passfile(role)}")

    def port(self) -> int:
        conf = self.data / "postgresql.auto.conf"
        for line in conf.read_text().splitlines() if conf.exists() else []:
            if line.startswith("port"):
                return int(line.split("=")[1].strip().strip("'"))
        return 5432

    def running(self) -> bool:
        if not (self.data / "PG_VERSION").exists():
            return False
        result = subprocess.run(_as_cluster_user([pg_bin("pg_ctl"), "status", "-D", str(self.data)]),
                                capture_output=True, text=True)
        return result.returncode == 0


def init(root: Path | str, *, port: int = 5433, listen_tcp: bool = False, schema: bool = True) -> Cluster:
    """initdb into root/cluster, start it, create the roles and the database (and the schema)."""
    cluster = Cluster(Path(root).resolve())
    if (cluster.data / "PG_VERSION").exists():
        raise ServerError(f"{cluster.data} already holds a cluster")
    cluster.root.mkdir(parents=True, exist_ok=True)
    cluster.socket_dir.mkdir(exist_ok=True)
    # Only the cluster's OS user reaches the socket, where it is trusted: the roles' passwords guard the rest.
    cluster.root.chmod(0o700)
    cluster.socket_dir.chmod(0o700)
    if os.geteuid() == 0:
        shutil.chown(cluster.root, "postgres")
        shutil.chown(cluster.socket_dir, "postgres")
        if subprocess.run(_as_cluster_user(["test", "-x", str(cluster.root)])).returncode != 0:
            raise ServerError(f"The postgres user cannot reach {cluster.root} (a folder above it is private): "
                              "choose a folder such as /var/lib/hotline-console/server")
    # local socket connections by the cluster's own OS user are trusted (peer would need matching names);
    # every other connection needs its password.
    _run([pg_bin("initdb"), "-D", str(cluster.data), "-U", "postgres", "--encoding=UTF8", "--locale=C.UTF-8",
          "--auth-local=trust", "--auth-host=scram-sha-256"])
    with open(cluster.data / "postgresql.auto.conf", "a") as conf:
        conf.write(f"port = {port}\nunix_socket_directories = '{cluster.socket_dir}'\n"
                   f"listen_addresses = '{'127.0.0.1' if listen_tcp else ''}'\nfsync = on\n")
    start(cluster.root)
    passwords = {role: secrets.token_urlsafe(24) for role in (OWNER_ROLE, SEAT_ROLE)}
    superuser_sql(cluster, [
        f"CREATE ROLE {OWNER_ROLE} LOGIN PASSWORD '{passwords[OWNER_ROLE]}'",
        f"CREATE ROLE {SEAT_ROLE} LOGIN PASSWORD '{passwords[SEAT_ROLE]}'",
        f"CREATE DATABASE {DATABASE} OWNER {OWNER_ROLE} ENCODING 'UTF8' TEMPLATE template0",
    ], dbname="postgres")
    prepare_database(cluster, DATABASE)
    set_seat_durability(cluster)
    for role, password in passwords.items():
        write_passfile(cluster.passfile(role), role, password, cluster.socket_dir, port)
    if schema:
        upgrade(cluster)
    return cluster


def prepare_database(cluster: Cluster, dbname: str) -> None:
    """The owner may create in the schema; every table and sequence it creates is the seats' to read and
    write (default privileges are per database); nobody else may create anything."""
    superuser_sql(cluster, [
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT ALL ON SCHEMA public TO {OWNER_ROLE}",
        f"GRANT USAGE ON SCHEMA public TO {SEAT_ROLE}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER_ROLE} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {SEAT_ROLE}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER_ROLE} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {SEAT_ROLE}",
    ], dbname=dbname)


# The seats' commits do not wait for the server's disk (docs/centre.md, "Speed"): what SQLite's synchronous=NORMAL
# gives a PC's console. A crash of the server's machine (or of PostgreSQL itself) may lose the last commits, at
# most 3 x wal_writer_delay (0.6 s) of them; nothing is ever half written or corrupted. Beside a year's import six
# seats' save p99 went from 234 to 126 ms with it (one run each) (the seats' commits no longer hold the write lock through an
# fsync). The owner's role (schema upgrades, copies) keeps every commit on disk before it returns.
SEAT_SYNCHRONOUS_COMMIT = "off"


def set_seat_durability(cluster: Cluster) -> None:
    """The seats' role commits as SEAT_SYNCHRONOUS_COMMIT says (applies to connections made from now on)."""
    superuser_sql(cluster, [f"ALTER ROLE {SEAT_ROLE} SET synchronous_commit = {SEAT_SYNCHRONOUS_COMMIT}"])


def upgrade(cluster: Cluster) -> list[str]:
    """Applies the console's schema as the owner, then keeps the seats off the audit trail's rows."""
    from console.models.core.db import open_database

    db = open_database(cluster.url(OWNER_ROLE))
    try:
        from console.models.core.engine.postgres import applied_migrations
        applied = applied_migrations(db)
        db.raw.execute(f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {SEAT_ROLE}")
    finally:
        db.close()
    return applied


def write_passfile(path: Path, role: str, password: str, socket_dir: Path, port: int) -> None:
    """A libpq passfile (0600: libpq ignores one readable by others) for the socket and loopback."""
    old = os.umask(0o077)
    try:
        path.write_text(f"{socket_dir}:{port}:*:{role}:{password}\n"
                        f"127.0.0.1:{port}:*:{role}:{password}\n"
                        f"localhost:{port}:*:{role}:{password}\n", encoding="utf-8")
    finally:
        os.umask(old)
    path.chmod(0o600)


def superuser_sql(cluster: Cluster, statements: list[str], dbname: str = DATABASE) -> None:
    """Runs statements as the cluster's superuser over the local socket (trusted: initdb --auth-local)."""
    import psycopg

    with psycopg.connect(host=str(cluster.socket_dir), port=cluster.port(), dbname=dbname, user="postgres",
                         autocommit=True) as conn:
        for sql in statements:
            conn.execute(sql)


def start(root: Path | str) -> Cluster:
    cluster = Cluster(Path(root).resolve())
    if not cluster.running():
        if os.geteuid() == 0 and not cluster.log.exists():
            cluster.log.touch()
            shutil.chown(cluster.log, "postgres")
        _run([pg_bin("pg_ctl"), "start", "-w", "-t", "60", "-D", str(cluster.data), "-l", str(cluster.log)])
    return cluster


def stop(root: Path | str) -> None:
    cluster = Cluster(Path(root).resolve())
    if cluster.running():
        _run([pg_bin("pg_ctl"), "stop", "-w", "-m", "fast", "-D", str(cluster.data)])


def how_to_connect(cluster: Cluster) -> str:
    conf = (cluster.data / "postgresql.auto.conf").read_text()
    tcp = (f"  or over TCP: python -m console --db postgresql://{SEAT_ROLE}@127.0.0.1:{cluster.port()}/{DATABASE}\n"
           "  (other machines: set listen_addresses and pg_hba.conf in the cluster, docs/centre.md)\n") if "listen_addresses = '127.0.0.1'" in conf else ""
    return (f"A seat connects with:\n  python -m console --db \"{cluster.url(SEAT_ROLE)}\"\n{tcp}"
            f"(the password is read from {cluster.passfile(SEAT_ROLE)}; copy it to the seat as ~/.pgpass, mode 0600,\n"
            f" and use host=<this machine> if the cluster listens on the network).\n"
            f"Schema upgrades run as the owner: python -m console --db \"{cluster.url(OWNER_ROLE)}\"")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m console.server", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["init", "start", "stop", "status", "copy"])
    parser.add_argument("--data", help="the cluster's folder")
    parser.add_argument("--from", dest="source", help="copy: the SQLite file or server to copy from")
    parser.add_argument("--to", dest="dest", help="copy: the empty server database or new SQLite file to copy into")
    parser.add_argument("--port", type=int, default=5433)
    parser.add_argument("--listen", action="store_true", help="also listen on 127.0.0.1:PORT")
    args = parser.parse_args(argv)
    if args.command == "copy":
        return _copy(parser, args.source, args.dest)
    if not args.data:
        parser.error("--data is needed")
    try:
        if args.command == "init":
            cluster = init(args.data, port=args.port, listen_tcp=args.listen)
            print(f"cluster ready in {cluster.data}, listening on {cluster.socket_dir} port {cluster.port()}")
            print(how_to_connect(cluster))
        elif args.command == "start":
            print(how_to_connect(start(args.data)))
        elif args.command == "stop":
            stop(args.data)
            print("stopped")
        else:
            cluster = Cluster(Path(args.data).resolve())
            print("running" if cluster.running() else "stopped")
            return 0 if cluster.running() else 3
    except ServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _copy(parser: argparse.ArgumentParser, source: str | None, dest: str | None) -> int:
    from console.models.core.db import StorageError
    from console.models.core.engine.copy import CopyError, copy_database

    if not source or not dest:
        parser.error("copy needs --from and --to")
    try:
        report = copy_database(source, dest, progress=lambda t, n: print(f"\r{t}: {n} rows", end="", flush=True))
    except (CopyError, StorageError) as exc:
        print(f"\nerror: {exc}", file=sys.stderr)
        return 1
    print()
    for table, (a, b) in report.tables.items():
        print(f"{table:28} {a:>10} -> {b:>10}")
    print(f"copied {sum(a for a, _ in report.tables.values())} rows of {len(report.tables)} tables in "
          f"{report.seconds:.1f} s; every count matches; the audit trail of the copy verifies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
