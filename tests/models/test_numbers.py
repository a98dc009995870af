"""The one normalisation of numbers: phones, fraud numbers, cards and IDs in the forms people write them."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings, strategies as st

from console.models.core import numbers
from console.models.lookup.search import classify
from console.models.core.numbers import (KIND_ACCOUNT, KIND_FOREIGN, KIND_LANDLINE, KIND_MOBILE, KIND_SERVICE, clean,
                                    fraud_number, fraud_number_key, id_15_to_18, id_number_key, phone_e164)
from console.models.core.validation import check_card_number, check_id_number


def test_clean_strips_every_dressing():
    assert clean(" ＋８６（１７０）１２３４－５６７８　") == "+8617012345678"
    assert clean("0712–123·4567") == "07121234567"
    assert clean("【0712】1234567") == "07121234567"
    assert clean("") == "" and clean(None) == ""


def test_fraud_number_forms_share_one_key():
    forms = ["+86 170-1234-5678", "+8617012345678", "17012345678", "0086 17012345678", "86-170-1234-5678",
             "＋８６ １７０ １２３４ ５６７８", " (170) 1234 5678 "]
    assert {fraud_number_key(f) for f in forms} == {"+8617012345678"}
    assert fraud_number_key("+44 20 7946 0000") == fraud_number_key("0044 20 7946 0000") == "+442079460000"
    assert fraud_number_key("+44 (0)20 7946 0000") == "+442079460000"
    assert fraud_number_key("95588") == fraud_number_key(" ９５５８８ ") == "+8695588"
    assert fraud_number_key("安心理财 APP") == fraud_number_key("安心理财app") == "安心理财app"
    assert fraud_number_key("") == fraud_number_key("   ") == ""


def test_fraud_number_keeps_what_was_typed_and_knows_its_kind():
    fn = fraud_number("  +852 6123 4567 ")
    assert (fn.raw, fn.key, fn.kind, fn.e164) == ("+852 6123 4567", "+85261234567", KIND_FOREIGN, "+85261234567")
    assert fraud_number("170 1234 5678").kind == KIND_MOBILE
    assert fraud_number("0712-2345678").kind == KIND_LANDLINE
    assert fraud_number("95588").kind == KIND_SERVICE
    assert fraud_number("400-820-8820").kind == KIND_SERVICE
    assert fraud_number("wxid_abc123").kind == KIND_ACCOUNT and fraud_number("wxid_abc123").e164 is None
    assert fraud_number("") is None


def test_landline_in_fullwidth_brackets():
    assert phone_e164("（0712）2345678") == phone_e164("(0712) 234-5678") == "+867122345678"
    assert phone_e164("＋８６ １３８ ０００１ １２３４") == "+8613800011234"
    assert phone_e164("no number") is None


def test_old_15_digit_id_is_converted_with_its_check_digit():
    # 110105491231002 (born 1949-12-31) is 11010519491231002X in 18 characters.
    assert id_15_to_18("110105491231002") == "11010519491231002X"
    assert id_number_key(" 110105 491231 002 ") == "11010519491231002X"
    check = check_id_number("１１０１０５４９１２３１００２")
    assert check and check.value == "11010519491231002X"
    assert classify("110105491231002") == "id"


def test_fullwidth_digits_are_no_check_digit_error():
    assert check_card_number("６２２２ ０２１２ ３４５６ ７８９０ １２８").value == "6222021234567890128"
    assert check_id_number("１１０１０５１９４９１２３１００２ｘ").value == "11010519491231002X"
    assert check_card_number("6222－0212－3456－7890－128").value == "6222021234567890128"


def test_lookup_kinds():
    assert classify("0044 20 7946 0000") == "phone"
    assert classify("00852 6123 4567") == "phone"
    assert classify("008613000101000") == "phone"        # 15 digits with a birth-date-like middle
    assert classify("＋86 138 0000 1234") == "phone"
    assert classify("（0712）2345678") == "phone"
    assert classify("6222 0212 3456 7890 128") == "card"
    assert classify("１２３４") == "card_tail"


# The direct path must give what phonenumbers gives, for any '+<digits>'.
@settings(max_examples=600, deadline=None)
@given(st.one_of(st.from_regex(r"\+[1-9][0-9]{4,16}", fullmatch=True),
                 st.from_regex(r"\+(852|853|39|65|1|44|86|7|225|800)0?[0-9]{3,14}", fullmatch=True)))
def test_direct_international_agrees_with_phonenumbers(text):
    direct = numbers._direct_international(text)
    if direct is None:
        return
    assert direct == phonenumbers.format_number(phonenumbers.parse(text, "CN"), phonenumbers.PhoneNumberFormat.E164)


@given(st.text(max_size=30))
def test_any_text_gives_a_clear_answer(text):
    key = fraud_number_key(text)
    assert isinstance(key, str)
    assert (key == "") == (not text.strip())
    assert phone_e164(text) is None or phone_e164(text).startswith("+")
    assert isinstance(id_number_key(text), str)
    assert check_id_number(text).ok in (True, False) and check_card_number(text).ok in (True, False)


def test_mixed_width_digits_give_an_ascii_e164():
    assert phone_e164("138０００01234") == "+8613800001234"
    assert fraud_number_key("170１２３４5678") == "+8617012345678"
