"""A throwaway PostgreSQL cluster for the tests, and fixtures that run a test on both engines.

The cluster is made once per test session (initdb into a temporary folder, a unix socket in it, no TCP
port, so engineers' clusters never clash) and stopped at the end. Each test gets its own database,
copied from a template database that holds the schema, the starter scripts and a user of each role, as
the SQLite template file does (tests/conftest.py). Without PostgreSQL's server programs the PostgreSQL
half of each test is skipped, saying why (`make test` installs them: scripts/setup.sh).

The models tests (tests/models/conftest.py) and the journeys (tests/scenarios/conftest.py) run on both
engines by default: their db_path is `db_path_on_both_engines`, and tests/conftest.py's
``pytest_generate_tests`` gives every test that reaches it the ids ``[sqlite]`` and ``[postgresql]``
(``@pytest.mark.sqlite_only("why")`` keeps a test about SQLite itself on SQLite). Any other test module
runs on both engines by importing the same fixture:
    from tests.pg import db_path_on_both_engines  # noqa: F401  (db, ctx and the users follow)

Under pytest-xdist every worker is its own session: its own cluster in its own temporary folder (the
socket lives there; no TCP port is opened), its own template database, stopped when the worker ends.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from console import server

TEMPLATE = "hotline_template"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    """A started cluster with the template database; None (tests skip) where PostgreSQL is missing."""
    if not server.available():
        if os.environ.get("CI"):     # CI proves both engines: a missing server is a failure there, not a skip
            pytest.fail("PostgreSQL server programs not installed (initdb, pg_ctl): scripts/setup.sh installs them")
        pytest.skip("PostgreSQL server programs not installed (initdb, pg_ctl): run `make setup` as root "
                    "or apt-get install postgresql")
    root = Path(tempfile.mkdtemp(prefix="hlpg-", dir="/tmp"))   # short: a socket path has ~100 bytes
    try:
        cluster = server.init(root, port=5433, schema=False)
        _make_template(cluster)
        yield cluster
    finally:
        try:
            server.stop(root)
        finally:
            shutil.rmtree(root, ignore_errors=True)


def _make_template(cluster: server.Cluster) -> None:
    from console.models.core.db import open_database
    from console.models.core.users import Role, insert_user
    from console.scripts_library.starter import ensure_starter_library
    from tests.conftest import DISTRICT_CODE, PASSWORDS, STATION_NAME

    server.superuser_sql(cluster, [f"CREATE DATABASE {TEMPLATE} OWNER {server.OWNER_ROLE} TEMPLATE template0 "
                                   "ENCODING 'UTF8'"], dbname="postgres")
    server.prepare_database(cluster, TEMPLATE)
    db = open_database(cluster.url(server.OWNER_ROLE, dbname=TEMPLATE))
    try:
        ensure_starter_library(db)
        station_id = db.execute("SELECT id FROM stations WHERE name = ?", [STATION_NAME]).fetchone()[0]
        for role in Role:        # the same users as the SQLite template's (tests/conftest.py)
            insert_user(db, role.value, f"{role.value.title()} User", role, PASSWORDS[role],
                        station_id=station_id if role == Role.STATION else None,
                        district_code=DISTRICT_CODE if role == Role.DISTRICT else None)
        db.raw.execute(f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {server.SEAT_ROLE}")
    finally:
        db.close()


def new_database(cluster: server.Cluster) -> str:
    """A fresh database copied from the template; returns its owner's connection string."""
    name = f"t{os.getpid()}_{next(_numbers)}"
    server.superuser_sql(cluster, [f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} OWNER {server.OWNER_ROLE}"],
                         dbname="postgres")
    return cluster.url(server.OWNER_ROLE, dbname=name)


def drop_database(cluster: server.Cluster, target: str) -> None:
    name = target.split("dbname=")[1].split()[0]
    server.superuser_sql(cluster, [f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"], dbname="postgres")


ENGINES = ("sqlite", "postgresql")


@pytest.fixture
def engine_name(request) -> str:
    """The engine a test runs on: parametrized by tests/conftest.py's pytest_generate_tests."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(name="db_path")
def db_path_on_both_engines(request, engine_name, template_db, tmp_path):
    """conftest's db_path, once as a SQLite file and once as a PostgreSQL database of the test cluster."""
    if engine_name == "sqlite":
        path = tmp_path / "console.db"
        shutil.copy(template_db, path)
        yield path
        return
    cluster = request.getfixturevalue("pg_cluster")
    target = new_database(cluster)
    yield target
    drop_database(cluster, target)


@pytest.fixture(name="db_path")
def db_path_on_postgresql(pg_cluster):
    """conftest's db_path as a PostgreSQL database: a SQLite test module re-run on the server engine
    (tests/models/test_pg_*.py import its tests beside this fixture)."""
    target = new_database(pg_cluster)
    yield target
    drop_database(pg_cluster, target)


def empty_database(cluster: server.Cluster) -> str:
    """A new database with no schema at all (the seats' privileges prepared); returns the owner's string."""
    name = f"e{os.getpid()}_{next(_numbers)}"
    server.superuser_sql(cluster, [f"CREATE DATABASE {name} OWNER {server.OWNER_ROLE} TEMPLATE template0 "
                                   "ENCODING 'UTF8'"], dbname="postgres")
    server.prepare_database(cluster, name)
    return cluster.url(server.OWNER_ROLE, dbname=name)
