"""test_journey_smoke's journey again, the console a seat of a PostgreSQL server (tests/pg.py)."""

from tests.pg import db_path_on_postgresql  # noqa: F401
from tests.scenarios.test_journey_smoke import *  # noqa: F401,F403
