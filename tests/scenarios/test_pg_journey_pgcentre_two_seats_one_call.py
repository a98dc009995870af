"""test_journey_pgcentre_two_seats_one_call's two windows again, both seats of a PostgreSQL server (tests/pg.py)."""

from tests.pg import db_path_on_postgresql  # noqa: F401
from tests.scenarios.test_journey_pgcentre_two_seats_one_call import *  # noqa: F401,F403
