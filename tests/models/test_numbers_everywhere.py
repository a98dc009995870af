"""Property: the same phone, fraud number, card and ID, written in many forms (fullwidth, blanks, dashes,
brackets, +86/0086/86-, an old 15-digit ID), lands on the same record in every place: a call saved with
one form is found with another, so are the person, the account and the stop-payment request; a warning's
fraud number in one form gives the known-fraud hint, the lookup, the duplicate check and the cross-case
link for another."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from console.models.calls import records as calls
from console.models.core import fraud_numbers
from console.models.stoppay import requests as stoppay
from console.models.calls.source import manual_call
from console.models.lookup.case import shared_fraud_numbers
from console.models.core.db import connect
from console.models.core.fraud_numbers import shared_fraud_numbers as shared_fraud_number_records
from console.models.calls.history import caller_history
from console.models.lookup.search import search
from console.models.core.phone import analyse
from console.models.core.users import Role, User
from console.models.warnings.handling import DuplicateWarning, create_warning

WIDE = str.maketrans("0123456789+()", "０１２３４５６７８９＋（）")
BLANKS = ("", " ", "  ", "\t", "　")
SEPARATORS = ("", "", "", "", " ", "-", "－", "—", ".", "·", "　")
ID_15 = "420902850312002"            # 420902198503120028 in 18 characters
ID_18 = "420902198503120028"
CARD = "6222021234567890128"


@st.composite
def written(draw, digits: str, prefixes: tuple[str, ...] = ("",), brackets: bool = True) -> str:
    """digits as a person or a platform might write them."""
    prefix = draw(st.sampled_from(prefixes))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(digits), max_size=len(digits)))
    body = "".join(d + s for d, s in zip(digits, seps)).rstrip(" -－—.·　")
    if brackets and draw(st.booleans()):
        body = "(" + body[:3] + ")" + body[3:]
    text = prefix + body
    if draw(st.booleans()):
        text = text.translate(WIDE)
    return draw(st.sampled_from(BLANKS)) + text + draw(st.sampled_from(BLANKS))


MOBILE_PREFIXES = ("", "+86", "+86 ", "0086", "0086 ", "86-", "(+86)", "＋86")
mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)


@st.composite
def a_phone_twice(draw):
    digits = draw(mobiles)
    return digits, draw(written(digits, MOBILE_PREFIXES)), draw(written(digits, MOBILE_PREFIXES))


FULLWIDTH_LETTERS = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"})


@st.composite
def an_app_name(draw, name: str) -> str:
    """An app or account name in another case, width and spacing."""
    chars = [c.upper() if draw(st.booleans()) else c.lower() for c in name]
    text = "".join(c + draw(st.sampled_from(("", "", " "))) for c in chars).strip()
    if draw(st.booleans()):
        text = text.translate(FULLWIDTH_LETTERS)
    return draw(st.sampled_from(BLANKS)) + text + draw(st.sampled_from(BLANKS))


@st.composite
def a_fraud_number_twice(draw):
    """A scammer's mainland mobile or landline, Hong Kong mobile, short service number or app, twice
    written: (normal form, one form, another form)."""
    kind = draw(st.sampled_from(("mobile", "landline", "hk", "service", "app")))
    if kind == "mobile":
        digits = draw(mobiles)
        return "+86" + digits, draw(written(digits, MOBILE_PREFIXES)), draw(written(digits, MOBILE_PREFIXES))
    if kind == "landline":
        local = draw(st.from_regex(r"[2-8][0-9]{6}", fullmatch=True))

        def form():
            if draw(st.booleans()):
                return draw(written("0712" + local))
            return draw(written("712" + local, ("+86", "+86 ", "0086", "0086-"), brackets=False))
        return "+86712" + local, form(), form()
    if kind == "hk":
        digits = draw(st.from_regex(r"[569][0-9]{7}", fullmatch=True))
        prefixes = ("+852", "+852 ", "00852", "00852-", "＋852")
        return "+852" + digits, draw(written(digits, prefixes, False)), draw(written(digits, prefixes, False))
    if kind == "app":
        name = draw(st.sampled_from(("安心理财APP", "wxid_fake88", "QQ群投资导师")))
        return name.casefold(), draw(an_app_name(name)), draw(an_app_name(name))
    digits = draw(st.sampled_from(("95588", "95566", "96110", "12381")))
    return "+86" + digits, draw(written(digits, brackets=False)), draw(written(digits, brackets=False))


id_forms = st.one_of(written(ID_18, brackets=False), written(ID_15, brackets=False))
card_forms = written(CARD, brackets=False)


def _ids(results, kind):
    return {h.record_id for h in results.groups.get(kind, [])}


@pytest.fixture(scope="module")
def fresh_db(tmp_path_factory, template_db):
    def make():
        path = tmp_path_factory.mktemp("numbers") / "console.db"
        shutil.copy(template_db, path)
        db = connect(path)
        row = db.execute("SELECT id, username, display_name FROM users WHERE username = ?", ["officer"]).fetchone()
        return db, User(row[0], row[1], row[2], Role.OFFICER)
    return make


@settings(max_examples=30, deadline=None, report_multiple_bugs=False, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(phone=a_phone_twice(), fraud=a_fraud_number_twice(), id_a=id_forms, id_b=id_forms,
       card_a=card_forms, card_b=card_forms)
def test_one_number_many_forms_one_record(fresh_db, clock, phone, fraud, id_a, id_b, card_a, card_b):
    db, officer = fresh_db()
    try:
        digits, phone_a, phone_b = phone
        # A call saved with one form of each number ...
        cid = calls.start_call(db, officer, manual_call(phone_a), clock=clock)
        form = calls.empty_form(manual_call(phone_a))
        form["caller"].update(name="何敏", id_number=id_a)
        form["accounts"] = [{"role": "victim", "kind": "bank_card", "number": card_a, "holder": "何敏"}]
        assert calls.save_call(db, officer, cid, form, clock=clock) == {}
        pid, e164 = db.execute("SELECT caller_person_id, caller_e164 FROM calls WHERE id = ?", [cid]).fetchone()
        assert e164 == "+86" + digits
        assert db.execute("SELECT id_number FROM people WHERE id = ?", [pid]).fetchone()[0] == ID_18
        aid = db.execute("SELECT account_id FROM call_accounts WHERE call_id = ?", [cid]).fetchone()[0]
        # ... is found with another.
        assert cid in _ids(search(db, phone_b), "call")
        assert _ids(search(db, phone_b), "person") == {pid}
        assert _ids(search(db, id_b), "person") == {pid}
        assert _ids(search(db, card_b), "account") == {aid}

        # The stop-payment request from that call, its form saved with the other forms: the same person.
        rid = stoppay.create_request_from_call(db, officer, cid, clock=clock)
        sform = stoppay.load_form(db, rid)
        sform["victim"].update(id_number=id_b, phone=phone_b, account=card_b)
        stoppay.save_form(db, officer, rid, sform, clock=clock)
        assert db.execute("SELECT victim_person_id, victim_account_id FROM stop_requests WHERE id = ?",
                          [rid]).fetchone() == (pid, aid)
        assert rid in _ids(search(db, id_a), "stop_request")
        assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 1

        # A warning naming the fraud number one way; the other way gives the hint, lookup, dupe, link.
        key, fraud_a, fraud_b = fraud
        at = clock.now().strftime("%Y-%m-%d %H:%M")
        w1 = create_warning(db, officer, clock=clock, phone="13900000001", received_at=at, level="红色",
                            fraud_number=fraud_a)
        assert db.execute("SELECT fraud_number, fraud_number_key FROM warnings WHERE id = ?", [w1]).fetchone() == \
            (fraud_a.strip(), key)
        assert fraud_numbers.is_known(db, fraud_b)
        if key.startswith("+"):       # the live call's hint: the caller's number, parsed as the page does
            assert calls.known_fraud_number(db, analyse(fraud_b).e164)
        assert w1 in _ids(search(db, fraud_b), "warning")
        with pytest.raises(DuplicateWarning):
            create_warning(db, officer, clock=clock, phone="13900000001", received_at=at, level="红色",
                           fraud_number=fraud_b)
        w2 = create_warning(db, officer, clock=clock, phone="13900000002", received_at=at, level="橙色",
                            fraud_number=fraud_b)
        [shared] = shared_fraud_number_records(db)
        assert (shared.key, shared.cases) == (key, 2)
        assert shared_fraud_numbers(db)[0][1] == 2
        if key.startswith("+"):
            history = caller_history(db, analyse(fraud_a).e164)
            assert {w1, w2} <= {i.record_id for i in history if i.kind == "warning"}
    finally:
        db.conn.close()
