"""The structured interview: questions per fraud type, state inference, the code, the response, storage,
compliance, and scripts that follow the victim's state; the starter library covers every case."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from console.models.calls import records as calls
from console.models.calls import interview
from console.models.stoppay import requests as stoppay
from console.models.calls.source import manual_call
from console.models.core.reference import fraud_types
from console.resources import load_json
from console.scripts_library.reading import PLACEHOLDER_RE, STAGES, scripts_for_call
from console.scripts_library.placeholders import KNOWN as KNOWN_PLACEHOLDERS
from tests.models.test_integrity_atomic import assert_all_or_nothing


def test_every_fraud_type_in_the_reference_data_has_an_interview(db):
    codes = [t.code for t in fraud_types(db)]
    assert set(codes) <= set(interview.fraud_types_with_interview())
    for code in codes:
        qs = interview.questions_for(code)
        assert len({q.id for q in qs}) == len(qs), code
        assert len(qs) >= 9, code
        for q in qs:
            assert q.text and q.text_en
            assert q.kind == "text" or len(q.options) >= 2
            assert q.kind == "choice" or q.field in ("app", "fraud_number", "suspect_account", "transfer_amount",
                                                      "transfer_time")
            for o in q.options:
                assert o.state in (None, *interview.STATE_PRIORITY)


def test_follow_up_questions_only_after_the_answer_they_depend_on():
    answers = {"caller": "self", "contact": "no", "money": "none"}
    assert interview.next_question("rebate", answers).id == "app"      # no amount/when/account when nothing paid
    answers["money"] = "paid"
    assert interview.next_question("rebate", answers).id == "amount"
    answers.update(amount="3000", when="")
    assert interview.next_question("rebate", answers).id == "to_account"


@pytest.mark.parametrize("answers, state", [
    ({"caller": "self", "contact": "yes", "money": "paid"}, "in_contact"),
    ({"caller": "self", "contact": "no", "money": "about"}, "about_to_pay"),
    ({"caller": "self", "contact": "no", "money": "paid"}, "paid"),
    ({"caller": "relative", "contact": "no", "money": "none"}, "third_party"),
    ({"caller": "self", "money": "none", "recovery": "yes", "belief": "doubt"}, "recovery"),
    ({"caller": "self", "money": "none", "belief": "doubt"}, "doubting"),
    ({"caller": "self", "money": "none"}, None),
])
def test_state_inferred_from_the_answers_most_urgent_first(answers, state):
    assert interview.infer_state("police_impersonation", answers) == state


@pytest.mark.parametrize("state, minutes, code, zh, en", [
    ("paid", 25, "rebate.paid.lt1h", "刷单-已转账<1h", "Tasks-Already paid<1h"),
    ("paid", 300, "rebate.paid.lt24h", "刷单-已转账<24h", "Tasks-Already paid<24h"),
    ("paid", 2000, "rebate.paid.lt48h", "刷单-已转账<48h", "Tasks-Already paid<48h"),
    ("paid", 4000, "rebate.paid.gt48h", "刷单-已转账>48h", "Tasks-Already paid>48h"),
    ("in_contact", None, "rebate.in_contact.now", "刷单-仍在联系-紧急", "Tasks-Still in contact-now"),
    ("doubting", None, "rebate.doubting.routine", "刷单-不信/抵触-一般", "Tasks-Doubting or hostile-routine"),
])
def test_code_and_its_label(state, minutes, code, zh, en):
    assert interview.determinant_code("rebate", state, minutes) == code
    assert interview.code_label(code, "zh") == zh
    assert interview.code_label(code, "en") == en


def test_response_follows_the_code():
    r = interview.choose_response
    assert r("paid", 30, has_account=True) == ("stop_payment", "scripts")
    assert r("in_contact", 10, has_account=True) == ("stop_payment", "dispatch", "scripts")
    assert r("about_to_pay", None, has_account=True) == ("dispatch", "scripts")
    assert r("paid", 3000, has_account=True) == ("report_at_station", "scripts")
    assert r("doubting", None, has_account=False) == ("scripts",)
    assert r(None, None, has_account=False, unreachable=True) == ("dispatch", "scripts")


def test_a_victim_not_reached_ends_the_interview_and_calls_for_the_station():
    answers = {"caller": interview.UNREACHED}
    assert interview.victim_unreached(answers)
    assert interview.next_question("rebate", answers) is None
    assert [q.id for q in interview.key_questions("rebate", answers)] == ["caller"]


def test_save_load_audit_and_all_or_nothing(db, officer, clock):
    cid = calls.start_call(db, officer, manual_call("13971234567"), clock=clock)
    answers = {"caller": "self", "contact": "no", "money": "paid", "amount": "3000"}

    def write():
        return interview.save(db, officer, cid, victim_state="paid", answers=answers, code="rebate.paid.lt1h",
                              response=("stop_payment", "scripts"), clock=clock)

    assert assert_all_or_nothing(db, write) >= 2
    rec = interview.load(db, cid)
    assert rec == interview.InterviewRecord("paid", answers, "rebate.paid.lt1h", ("stop_payment", "scripts"))
    assert not write()                       # nothing changed, nothing written
    row = db.execute("SELECT changes FROM audit_log WHERE table_name = 'calls' AND record_id = ? "
                     "ORDER BY id DESC LIMIT 1", [str(cid)]).fetchone()
    assert "rebate.paid.lt1h" in row[0]
    with pytest.raises(ValueError):
        interview.save(db, officer, cid, victim_state="asleep", answers={}, code=None, response=(), clock=clock)
    assert interview.code_counts(db) == [("rebate.paid.lt1h", 1)]


def test_compliance_counts_questions_sections_and_response(db, officer, clock):
    cid = calls.start_call(db, officer, manual_call("13971234567"), clock=clock)
    db.execute("UPDATE calls SET fraud_type = 'rebate' WHERE id = ?", [cid])
    answers = {"caller": "self", "contact": "no", "money": "paid", "amount": "3000", "when": "",
               "to_account": "6222021234567890123"}
    interview.save(db, officer, cid, victim_state="paid", answers=answers, code="rebate.paid.lt1h",
                   response=("stop_payment", "scripts"), clock=clock)
    c = interview.compliance(db, cid)
    assert (c.asked, c.key_total) == (5, 11)        # 'when' was skipped; 3 typed and 2 closing questions open
    assert not c.response_matched and c.stages_shown == ()
    low = c.score
    from console.scripts_library.reading import record_shown
    for s in scripts_for_call(db, "rebate", None, "paid"):
        record_shown(db, cid, s, clock.now_iso())
    form = calls.empty_form(manual_call("13971234567"))
    form.update(fraud_type="rebate", accounts=[{"role": "suspect", "kind": "bank_card", "number": "6222021234567890123"}],
                transfers=[{"time": "13:40", "amount": "3000", "to": "6222021234567890123"}])
    calls.save_call(db, officer, cid, form, clock=clock)
    stoppay.create_request_from_call(db, officer, cid, clock=clock)
    c = interview.compliance(db, cid)
    assert c.response_matched and set(c.stages_shown) == set(STAGES)
    assert c.score > low and c.grade in "ABCD"
    assert [x.call_id for x in interview.review_sample(db)] == [cid]


def test_scripts_follow_the_victim_state(db):
    general = {s.title for s in scripts_for_call(db, "police_impersonation", None)}
    in_contact = {s.title for s in scripts_for_call(db, "police_impersonation", None, "in_contact")}
    paid = {s.title for s in scripts_for_call(db, "police_impersonation", None, "paid")}
    assert general < in_contact and general < paid
    assert "仍在联系：先断开" in in_contact - paid
    assert "冒充公检法（仍在联系）：不怕“保密”" in in_contact
    assert "已转账：紧急止付" in paid - in_contact
    assert not any(t.startswith("仍在联系") for t in general)
    # a state-specific script comes first in its stage
    ordered = scripts_for_call(db, "police_impersonation", None, "in_contact")
    assert ordered[0].stage == "opening" and ordered[0].title == "仍在联系：先断开"


def test_starter_library_covers_every_case(db):
    starter = load_json("scripts", "starter.json")
    assert len(starter) >= 80
    assert db.execute("SELECT count(*) FROM scripts WHERE status = 'published'").fetchone()[0] == len(starter)
    states = {s.code for s in interview.victim_states()}
    by_type = Counter()
    for s in starter:
        assert s["stage"] in STAGES
        assert s["notes"].startswith("来源：") and len(s["notes"]) > 10, s["slug"]
        assert set(PLACEHOLDER_RE.findall(s["body"])) <= set(KNOWN_PLACEHOLDERS), s["slug"]
        assert set(s["victim_states"]) <= states
        for t in s["fraud_types"]:
            by_type[(t, s["stage"])] += 1
    for t in fraud_types(db):
        stages = {st for st in STAGES if by_type[(t.code, st)]}
        expected = set(STAGES) if t.code != "other" else {"opening", "questions", "debunk"}
        assert expected <= stages, (t.code, expected - stages)
    for state in states:     # each state has its own words, at least opening and action
        own = {s["stage"] for s in starter if state in s["victim_states"]}
        assert {"opening", "action"} <= own, state
    tags = Counter(tag for s in starter for tag in s.get("tags", []))
    assert tags["老年人"] >= 3 and tags["银行"] >= 3
    row = db.execute("SELECT notes, victim_states FROM scripts WHERE slug = 'state-recovery-debunk'").fetchone()
    assert row[0].startswith("来源：") and json.loads(row[1]) == ["recovery"]


def test_effectiveness_per_version_and_state_with_calls_behind_each_rate(db, officer, clock):
    from console.scripts_library.effectiveness import (MIN_CALLS_TO_JUDGE, effectiveness_by_version_and_state,
                                                       versions_shown_in_call)
    from console.scripts_library.reading import record_shown
    opening = next(s for s in scripts_for_call(db, "rebate", None, "paid") if s.title == "已转账：抓紧时间")
    for i, (state, outcome) in enumerate([("paid", "dissuaded"), ("paid", "defrauded"), ("paid", "dissuaded"),
                                          ("doubting", "defrauded")]):
        cid = calls.start_call(db, officer, manual_call(f"1397123456{i}"), clock=clock)
        db.execute("UPDATE calls SET outcome = ?, victim_state = ? WHERE id = ?", [outcome, state, cid])
        record_shown(db, cid, opening, clock.now_iso())
    rows = [e for e in effectiveness_by_version_and_state(db) if e.script_id == opening.script_id]
    by_state = {e.victim_state: e for e in rows}
    assert by_state["paid"].version == 1 and by_state["paid"].with_outcome == 3
    assert by_state["paid"].rate == pytest.approx(2 / 3) and by_state["doubting"].rate == 0
    assert all(e.too_few for e in rows) and MIN_CALLS_TO_JUDGE > 3
    assert versions_shown_in_call(db, cid) == [("已转账：抓紧时间", 1, clock.now_iso())]


def test_demo_calls_carry_states_codes_answers_and_scripts_shown(tmp_path):
    from console.demo.generator import generate
    from console.scripts_library.effectiveness import effectiveness_by_version_and_state
    demo = generate(tmp_path / "demo.db", years=0.02)
    n, with_code, states = demo.execute("SELECT count(*), count(determinant_code), count(DISTINCT victim_state) "
                                        "FROM calls").fetchone()
    assert n > 0 and with_code == n and states == 6
    answers = json.loads(demo.execute("SELECT interview_json FROM calls WHERE victim_state = 'paid' LIMIT 1")
                         .fetchone()[0])
    assert answers["money"] == "paid" and "caller" in answers
    effects = effectiveness_by_version_and_state(demo)
    assert {e.victim_state for e in effects} >= {"paid", "in_contact", None}
    assert {e.version for e in effects if e.title.startswith("已转账：抓紧时间")} == {1, 2}
    assert interview.code_counts(demo)[0][1] > 1
    demo.conn.close()


def test_elderly_scripts_only_for_an_elderly_victim(db):
    from datetime import date
    today = date(2026, 11, 25)
    assert interview.audiences("110101195001011234", today) == ("elderly",)
    assert interview.audiences("420902198503120028", today) == ()
    assert interview.audiences("not an id", today) == ()
    young = {s.title for s in scripts_for_call(db, "investment", None)}
    old = {s.title for s in scripts_for_call(db, "investment", None, None, ("elderly",))}
    assert "老年人：慢慢说" in old - young
    assert not any(t.startswith("老年人") for t in young)


def test_a_scripts_victim_states_change_only_through_review(db, senior, supervisor, clock):
    from console.scripts_library import library
    sid = library.create_script(db, senior, title="正要转账：再劝一句", stage="action", body="先别按确认。",
                                fraud_types=[], victim_states=["about_to_pay"], clock=clock)
    vid = library.versions(db, sid)[-1].id
    library.submit(db, senior, vid, clock=clock)
    library.review(db, supervisor, vid, approve=True, clock=clock)
    assert "正要转账：再劝一句" in {s.title for s in scripts_for_call(db, "loan", None, "about_to_pay")}
    assert "正要转账：再劝一句" not in {s.title for s in scripts_for_call(db, "loan", None, "paid")}
    # A new version for every state waits for review; the published one keeps its state meanwhile.
    vid2 = library.save_draft(db, senior, sid, title="正要转账：再劝一句", stage="action", body="先别按确认。",
                              fraud_types=[], victim_states=[], clock=clock)
    assert library.versions(db, sid)[-1].victim_states == ()
    assert "正要转账：再劝一句" not in {s.title for s in scripts_for_call(db, "loan", None, "paid")}
    library.submit(db, senior, vid2, clock=clock)
    library.review(db, supervisor, vid2, approve=True, clock=clock)
    assert "正要转账：再劝一句" in {s.title for s in scripts_for_call(db, "loan", None, "paid")}
    # Saving without saying keeps the states of the latest version.
    library.save_draft(db, senior, sid, title="正要转账：再劝一句", stage="action", body="先别按确认！",
                       fraud_types=[], clock=clock)
    assert library.versions(db, sid)[-1].victim_states == ()
