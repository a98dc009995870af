"""The card BIN table: 1,709 prefixes of 260 banks (hexindai/bcbc, MIT) as reference data, the longest
prefix and the card's length deciding the bank, the staff's own rows kept on top."""

from __future__ import annotations

from stdnum import luhn

from console.models.core.db import open_database
from console.models.core.reference import load_card_bins
from console.models.core.validation import guess_bank
from console.resources import resource_path


def card(prefix: str, length: int) -> str:
    body = prefix + "1" * (length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def test_the_shipped_table_is_loaded_with_its_issuers_and_notice(db):
    # Every prefix of the table is loaded: each of its 260 banks has a name (name.csv holds 275 issuers).
    assert db.execute("SELECT count(*) FROM card_bins").fetchone()[0] == 1709
    assert db.execute("SELECT count(DISTINCT bank_code) FROM card_bins").fetchone()[0] == 260
    assert db.execute("SELECT name FROM banks WHERE code = 'WXCCB'").fetchone() is not None
    assert db.execute("SELECT name FROM banks WHERE code = 'CCB'").fetchone() == ("中国建设银行",)
    notice = resource_path("reference", "card_bins.LICENSE").read_text(encoding="utf-8")
    assert "hexindai/bcbc" in notice and "Copyright (c) 2018 - 2020 Runrioter" in notice


def test_longest_prefix_and_card_length_decide_the_bank(db):
    assert guess_bank(db, card("603265", 16)) == "JSBANK"
    assert guess_bank(db, card("60326500", 16)) == "WXCCB"          # the longer prefix wins
    assert guess_bank(db, card("622162", 19)) == "JJBANK"           # one prefix, two lengths, two banks
    assert guess_bank(db, card("622162", 16)) == "CEB"
    assert guess_bank(db, card("100000", 16)) is None               # unknown: no guess, the officer types it


def test_staff_rows_stay_on_top_and_old_databases_get_the_new_prefixes(db_path):
    db = open_database(db_path)
    db.execute("UPDATE card_bins SET bank_code = 'HBC' WHERE prefix = '603265' AND card_length = 16")
    db.execute("INSERT INTO card_bins (prefix, card_length, bank_code, card_type) VALUES ('62284800', 19, 'HKB', 'DC')")
    # A database from before the full table: 28 prefixes and no release mark.
    db.execute("DELETE FROM card_bins WHERE prefix NOT IN ('603265', '62284800') "
               "AND prefix NOT IN (SELECT prefix FROM card_bins ORDER BY prefix LIMIT 26)")
    db.execute("DELETE FROM meta WHERE key = 'card_bins_release'")
    db.conn.commit()
    db.conn.close()

    db = open_database(db_path)          # the next start
    assert db.execute("SELECT count(*) FROM card_bins").fetchone()[0] == 1710
    assert guess_bank(db, card("603265", 16)) == "HBC"               # the staff's change kept
    assert guess_bank(db, card("62284800", 19)) == "HKB"             # the staff's own prefix on top
    assert guess_bank(db, card("622848", 19)) == "ABC"
    assert load_card_bins(db) == 0                                   # once per release
    db.conn.close()
