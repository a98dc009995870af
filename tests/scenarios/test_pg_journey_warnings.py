"""test_journey_warnings's journey again, the console a seat of a PostgreSQL server (tests/pg.py): import,
filter, take, call back, close, review."""

from tests.pg import db_path_on_postgresql  # noqa: F401
from tests.scenarios.test_journey_warnings import *  # noqa: F401,F403
