"""Shared fixtures: a fresh SQLite file per test (copied from a template built once), users of each role,
a fixed clock, a task runner that runs jobs at once, and a private data folder for every test."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from console.models.core.clock import FixedClock  # noqa: E402
from console.models.core.context import AppContext  # noqa: E402
from console.models.core.db import connect, open_database  # noqa: E402
from console.scripts_library.starter import ensure_starter_library  # noqa: E402
from console.models.core.users import Role, User, insert_user  # noqa: E402

pytest_plugins = ("tests.pg",)   # the PostgreSQL cluster and the both-engines fixtures

PASSWORDS = {role: f"{role.value}-pass-123" for role in Role}
STATION_NAME = "孝南书院派出所"        # where the "station" user works
DISTRICT_CODE = "420902"             # 孝南区: the "district" user's county bureau


def pytest_generate_tests(metafunc):
    """Every test whose db_path is tests.pg's both-engines fixture runs once per engine, ids [sqlite] and
    [postgresql]; ``@pytest.mark.sqlite_only("why")`` keeps one about SQLite itself (its file, its pragmas,
    its FTS5 tables, sqlite3's error types) on SQLite only."""
    if "engine_name" not in metafunc.fixturenames:
        return
    from tests.pg import ENGINES

    only = metafunc.definition.get_closest_marker("sqlite_only")
    if only is not None and not (only.args and str(only.args[0]).strip()):
        raise pytest.UsageError(f"{metafunc.definition.nodeid}: sqlite_only needs the reason as its argument")
    metafunc.parametrize("engine_name", ["sqlite"] if only else list(ENGINES), indirect=True)


# Tests that run several processes or threads against the clock (a long shift, the benchmark, six seats at
# once, a console process, a seat writing through a restore): one worker runs them one after another, so they
# never compete with each other for the two cores (each passes alone; two at once starved one another).
PROCESS_HEAVY = ("tests/scenarios/test_soak.py", "tests/test_bench.py", "tests/models/test_engine_seats.py",
                 "tests/scenarios/test_console_process.py", "tests/scenarios/test_pg_console_process.py",
                 "tests/models/test_integrity_storage.py")


@pytest.hookimpl(tryfirst=True)       # before pytest-xdist reads the groups (--dist loadgroup)
def pytest_collection_modifyitems(config, items):
    """`make test`'s workers take the tests one by one, except that a module with a module-scoped fixture (a
    generated centre, a built wheel) keeps all its tests on one worker, so the fixture is made once, and the
    PROCESS_HEAVY modules share one worker."""
    for item in items:
        path = item.nodeid.split("::")[0]
        if path in PROCESS_HEAVY:
            item.add_marker(pytest.mark.xdist_group("process_heavy"))
            continue
        defs = getattr(item, "_fixtureinfo", None)
        scopes = {d[-1].scope for d in defs.name2fixturedefs.values() if d} if defs else set()
        if scopes & {"module", "package"}:
            item.add_marker(pytest.mark.xdist_group(path))


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch) -> Path:
    """Settings, logs and backups of every test go to its own folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOTLINE_CONSOLE_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(path)
    ensure_starter_library(db)
    station_id = db.execute("SELECT id FROM stations WHERE name = ?", [STATION_NAME]).fetchone()[0]
    for role in Role:
        insert_user(db, role.value, f"{role.value.title()} User", role, PASSWORDS[role],
                    station_id=station_id if role == Role.STATION else None,
                    district_code=DISTRICT_CODE if role == Role.DISTRICT else None)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    path = tmp_path / "console.db"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def db(db_path):
    database = connect(db_path)
    yield database
    database.conn.close()


def _user(db, role: Role) -> User:
    row = db.execute("SELECT id, username, display_name, station_id, district_code FROM users WHERE username = ?",
                     [role.value]).fetchone()
    return User(row[0], row[1], row[2], role, row[3], row[4])


@pytest.fixture
def officer(db) -> User:
    return _user(db, Role.OFFICER)


@pytest.fixture
def senior(db) -> User:
    return _user(db, Role.SENIOR)


@pytest.fixture
def supervisor(db) -> User:
    return _user(db, Role.SUPERVISOR)


@pytest.fixture
def admin(db) -> User:
    return _user(db, Role.ADMIN)


@pytest.fixture
def station_officer(db) -> User:
    """An officer of 孝南书院派出所, who answers the dispatches to that station."""
    return _user(db, Role.STATION)


@pytest.fixture
def district_officer(db) -> User:
    """A user of 孝南区's county bureau, who sees the dispatches to its stations."""
    return _user(db, Role.DISTRICT)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 25, 14, 0, 0))


@pytest.fixture
def ctx(db_path, db, officer, clock) -> AppContext:
    return AppContext(db_path=db_path, db=db, user=officer, clock=clock)


@pytest.fixture
def runner(db_path):
    from console.ui.tasks import ImmediateRunner

    return ImmediateRunner(db_path)


@pytest.fixture
def main_window(qtbot, ctx, runner):
    from console.ui.main_window import MainWindow

    ctx.settings.set("ring_port", 0)     # any free port: tests on parallel workers never collide on 48110
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def journey_window(qtbot, ctx, private_home):
    """The real main window as the console builds it (real background runner, screen-pop on a free port),
    shown and active so that keys reach what has the focus. Drive it with tests.journey.Person."""
    from console.ui.main_window import MainWindow

    ctx.settings.set("ring_port", 0)     # any free port: tests never collide with a running console
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    yield window
    window.runner.pool.waitForDone(10_000)


@pytest.fixture(autouse=True)
def no_forgotten_dialog(request):
    """A modal dialog nobody answers would block the suite for ever: after 30 s it is closed and the test
    fails, naming the dialog (a journey must answer what it opens, with Person.when_dialog)."""
    if "qtbot" not in request.fixturenames and "journey_window" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: dict[int, int] = {}
    stuck: list[str] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            seen.clear()
            return
        seen[id(dialog)] = seen.get(id(dialog), 0) + 1
        if seen[id(dialog)] >= 30:
            stuck.append(f"{type(dialog).__name__} {dialog.objectName()!r} {dialog.windowTitle()!r}")
            dialog.reject() if hasattr(dialog, "reject") else dialog.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(1000)
    yield
    timer.stop()
    assert not stuck, f"a modal dialog was left open for 30 s: {stuck}"
