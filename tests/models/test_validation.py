"""Validators and the phone parser: any string in, a clear result out, never an exception."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, strategies as st

from console.models.core.phone import RISK_FROM_ABROAD, RISK_INVALID, RISK_SPOOFED_OFFICIAL, RISK_VIRTUAL_OPERATOR, analyse, normalize_phone
from console.models.core.validation import (check_account, check_card_number, check_id_number, check_past_time,
                                       format_amount, guess_bank, parse_amount)


def test_same_number_five_ways():
    forms = ["13800001234", "138 0000 1234", "+86 138-0000-1234", "008613800001234", "(+86)13800001234"]
    assert {normalize_phone(f) for f in forms} == {"+8613800001234"}


def test_phone_hints():
    assert analyse("0712-2345678").region == "湖北省孝感市"
    assert analyse("13800001234").carrier == "中国移动"
    assert RISK_VIRTUAL_OPERATOR in analyse("17012345678").risks
    assert RISK_FROM_ABROAD in analyse("+1 650 253 0000").risks
    assert RISK_SPOOFED_OFFICIAL in analyse("+1 95588 1234").risks
    info = analyse("call me")
    assert info.e164 is None and info.raw == "call me" and RISK_INVALID in info.risks


def test_resident_id():
    assert check_id_number("11010519491231002x").value == "11010519491231002X"
    bad = check_id_number("110105194912310021")
    assert not bad and "check digit" in bad.message
    assert "18" in check_id_number("1101051949").message


def test_card_and_bank(db):
    assert check_card_number("6222 0212 3456 7890 128").value == "6222021234567890128"
    assert not check_card_number("6222021234567890123")
    assert guess_bank(db, "6222021234567890128") == "ICBC"
    assert guess_bank(db, "6217001234567890123") == "CCB"
    assert check_account("alipay", "13800001234") and not check_account("alipay", "x")


def test_amounts():
    assert parse_amount("50万").value == 50_000_000
    assert parse_amount("¥1,234.50元").value == 123_450
    assert not parse_amount("-5") and not parse_amount("1.234") and not parse_amount("abc")
    assert format_amount(50_000_000) == "50万元" and format_amount(123_450) == "¥1,234.50"


def test_time_not_in_future():
    now = datetime(2026, 11, 25, 14, 0)
    assert check_past_time(datetime(2026, 11, 25, 13, 0), now)
    assert not check_past_time(datetime(2026, 11, 25, 15, 0), now)


@given(st.text(max_size=40))
def test_no_input_raises(text):
    for check in (check_id_number, check_card_number, parse_amount):
        result = check(text)
        assert result.ok or result.message
    analyse(text)
    normalize_phone(text)


def test_id_with_area_code_newer_than_birth_is_accepted():
    # Xiaonan's code 420902 dates from 1993; people born before carry it on IDs issued later.
    from stdnum.cn import ric

    body = "42090219850312002"
    assert check_id_number(body + ric.calc_check_digit(body + "0"))
    body = "99990019850312002"
    assert not check_id_number(body + ric.calc_check_digit(body + "0"))
