"""Case lookup's searches again on PostgreSQL (tests/pg.py): a phone five ways, card tail, ID, name, 2- and
3-character Chinese words in the notes, an account shared by cases. The index maintenance tests stay
SQLite's (its FTS5 tables)."""

from tests.models.test_lookup import (test_account_shared_by_three_cases, test_card_tail_and_id_and_name,  # noqa: F401
                                      test_phone_typed_five_ways_finds_the_same,
                                      test_two_and_three_character_chinese_in_notes)
from tests.pg import db_path_on_postgresql  # noqa: F401
