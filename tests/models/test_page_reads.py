"""What the pages used to ask the database themselves, now asked of the models: the rules those answers hold
(which scopes, which columns, whose station, which bank name, which scripts under which branch, toggling an
account) on a real database file."""

from __future__ import annotations

import pytest

from console.models.admin import accounts
from console.models.admin.reference import update_value
from console.models.calls import interview
from console.models.calls import records as calls
from console.models.calls.links import (calls_for_warning, home_station_name, latest_call_for_warning,
                                        warning_of_call)
from console.models.calls.source import callback_from_warning, manual_call
from console.models.core.people import upsert_person
from console.models.core.reference import bank_names
from console.models.core.users import PermissionDenied, UserError, get_user_by_name, list_users
from console.models.lookup.case import person_with_phone
from console.models.stats import figures as stats
from console.models.stats.scopes import scope_choices
from console.models.stoppay import requests as stoppay
from console.models.warnings.mapping import known_sources, save_mapping
from console.models.warnings.records import holder_names, level_colors, level_minutes
from console.scripts_library import library
from console.scripts_library.browsing import EVERY_FRAUD_TYPE, get_script, library_tree
from console.scripts_library.reading import record_all_shown, scripts_for_call

from .warnings_data import add_warning


# -- statistics ---------------------------------------------------------------------------------------
def test_scopes_are_districts_by_rank_then_stations_then_the_officers_who_answer(db, officer, senior):
    choices = scope_choices(db)
    kinds = [s.kind for s, _ in choices]
    assert kinds == sorted(kinds, key=["district", "station", "officer"].index)      # grouped, in that order
    districts = [(s.value, n) for s, n in choices if s.kind == "district"]
    assert districts[:2] == [("420902", "孝南区"), ("420984", "汉川市")]               # rank order, not by code
    stations = [n for s, n in choices if s.kind == "station"]
    assert stations == sorted(stations) and len(stations) > 10
    officers = {s.value: n for s, n in choices if s.kind == "officer"}
    assert officers == {officer.id: officer.display_name, senior.id: senior.display_name}   # no supervisor, no admin


def test_drill_columns_are_the_bare_columns_of_the_rows_listed(db, supervisor, officer, clock):
    add_warning(db, officer, clock, minutes_ago=5)
    period = stats.Period.named("year", clock.now().date())
    assert stats.drill_columns("warnings_received") == ["id", "received_at", "phone_raw", "level", "fraud_type",
                                                        "outcome", "loss_saved_cents"]
    rows = stats.rows(db, "warnings_received", period, user=supervisor)
    assert len(rows) == 1 and len(rows[0]) == len(stats.drill_columns("warnings_received"))
    assert stats.drill_columns("sms_sent")[-1] == "0"          # a filler column, named by nobody
    # The merged loss-saved list, and a figure without a measure of its own, show the calls' columns.
    assert stats.drill_columns("loss_saved") == stats.drill_columns("loss_saved_calls") == \
        stats.drill_columns("no_such_figure")
    for key in stats.HEADLINE:
        assert all(c and "." not in c and " " not in c for c in stats.drill_columns(key)), key


# -- warnings -----------------------------------------------------------------------------------------
def test_the_queue_reads_levels_and_holders_from_the_models(db, officer, supervisor):
    assert level_minutes(db)["red"] < level_minutes(db)["orange"]
    assert all(c.startswith("#") for c in level_colors(db).values())
    assert set(level_colors(db)) == set(level_minutes(db))
    assert holder_names(db)[officer.id] == officer.display_name and supervisor.id in holder_names(db)


def test_a_warnings_calls_and_the_warning_a_call_answers(db, officer, clock):
    wid = add_warning(db, officer, clock, minutes_ago=5)
    assert calls_for_warning(db, wid) == [] and latest_call_for_warning(db, wid) is None
    first = calls.start_call(db, officer, callback_from_warning(db, wid), clock=clock)
    other = calls.start_call(db, officer, manual_call("13912345678"), clock=clock)
    second = calls.start_call(db, officer, callback_from_warning(db, wid), clock=clock)
    assert [c[0] for c in calls_for_warning(db, wid)] == [first, second]
    assert calls_for_warning(db, wid)[0][1] == "2026-11-25 14:00:00"
    assert latest_call_for_warning(db, wid) == second
    assert (warning_of_call(db, first), warning_of_call(db, other), warning_of_call(db, 9999)) == (wid, None, None)


def test_import_sources_are_those_with_a_remembered_mapping(db, officer, clock):
    assert known_sources(db) == []
    save_mapping(db, officer, "省厅平台", {"phone": "手机号"}, clock=clock)
    save_mapping(db, officer, "A unit", {"phone": "phone"}, clock=clock)
    assert known_sources(db) == sorted(["省厅平台", "A unit"])


# -- calls, banks, lookup -----------------------------------------------------------------------------
def test_the_home_station_is_the_first_active_one_of_the_id_numbers_district(db, admin, clock):
    assert home_station_name(db, "420984199001011234") == "汉川南河派出所"
    assert home_station_name(db, " 420984") == "汉川南河派出所"        # six digits are enough, blanks ignored
    update_value(db, admin, "stations", 1, "active", 0, clock=clock)
    assert home_station_name(db, "420984199001011234") == "汉川韩集派出所"
    assert home_station_name(db, "11010519491231002X") == ""             # not one of ours
    assert home_station_name(db, "42098") == ""


def test_bank_names_are_in_english_where_the_table_has_them(db):
    zh, en = bank_names(db), bank_names(db, lang="en")
    assert zh["ICBC"] == "中国工商银行" and en["ICBC"] == "Industrial and Commercial Bank of China"
    no_english = next(c for c, n, e in db.execute("SELECT code, name, name_en FROM banks") if not e)
    assert en[no_english] == zh[no_english]                               # the Chinese name, not a blank
    assert len(zh) == len(en) == db.execute("SELECT count(*) FROM banks").fetchone()[0]


def test_a_phone_opens_the_person_known_by_it(db, officer, clock):
    assert person_with_phone(db, "+8613812345678") is None
    pid = upsert_person(db, officer, name="何女士", phone="138 1234 5678", clock=clock)
    assert person_with_phone(db, "+8613812345678") == pid


# -- stop-payment -------------------------------------------------------------------------------------
def test_a_requests_number_status_and_call(db, officer, clock):
    cid = calls.start_call(db, officer, manual_call("13912345678"), clock=clock)
    rid = stoppay.create_request_from_call(db, officer, cid, clock=clock)
    no, status = stoppay.number_and_status(db, rid)
    assert no.startswith("ZF20261125") and status == "draft" == stoppay.status_of(db, rid)
    assert stoppay.call_of(db, rid) == cid
    stoppay.discard(db, officer, rid, clock=clock)
    assert stoppay.number_and_status(db, rid) == (no, "discarded")        # the number stays, the status says why
    assert stoppay.number_and_status(db, 9999) is None and stoppay.call_of(db, 9999) is None


# -- administration -----------------------------------------------------------------------------------
def test_switching_an_account_off_and_on_again_is_audited(db, admin, officer, clock):
    def active() -> int:
        return next(r[4] for r in list_users(db) if r[0] == officer.id)

    assert accounts.toggle_active(db, admin, officer.id, clock=clock) is False
    assert active() == 0
    assert accounts.toggle_active(db, admin, officer.id, clock=clock) is True
    assert active() == 1
    changes = db.execute("SELECT changes FROM audit_log WHERE action = 'update' AND table_name = 'users' "
                         "AND record_id = ? ORDER BY id", [str(officer.id)]).fetchall()
    assert len(changes) == 2 and all("active" in c[0] for c in changes)


def test_switching_accounts_is_for_administrators_and_never_ones_own(db, admin, supervisor, officer, clock):
    with pytest.raises(PermissionDenied):
        accounts.toggle_active(db, supervisor, officer.id, clock=clock)
    with pytest.raises(UserError):
        accounts.toggle_active(db, admin, admin.id, clock=clock)
    with pytest.raises(UserError):
        accounts.toggle_active(db, admin, 9999, clock=clock)
    assert all(r[4] == 1 for r in list_users(db))
    assert get_user_by_name(db, "officer") is not None


# -- scripts ------------------------------------------------------------------------------------------
def test_the_library_tree_groups_by_fraud_type_then_stage(db, senior, clock):
    general = library.create_script(db, senior, title="通用开场", stage="opening", body="您好", fraud_types=[],
                                    clock=clock)
    two = library.create_script(db, senior, title="两类共用", stage="debunk", body="……",
                                fraud_types=["police_impersonation", "investment"], clock=clock)
    gone = library.create_script(db, senior, title="已退役", stage="debunk", body="……",
                                 fraud_types=["investment"], clock=clock)
    library.retire(db, senior, gone, clock=clock)
    tree = library_tree(db)
    assert (general, "通用开场", "draft") in tree[EVERY_FRAUD_TYPE]["opening"]
    for ft in ("police_impersonation", "investment"):
        assert (two, "两类共用", "draft") in tree[ft]["debunk"]
    assert all(sid != gone for stages in tree.values() for rows in stages.values() for sid, _, _ in rows)
    ranks = dict(db.execute("SELECT id, rank FROM scripts").fetchall())
    for stages in tree.values():
        for rows in stages.values():
            keys = [(ranks[sid], sid) for sid, _, _ in rows]
            assert keys == sorted(keys)


def test_one_script_whole(db, senior, clock):
    sid = library.create_script(db, senior, title="老人专用", stage="action", body="{name}，请您……",
                                fraud_types=["investment"], victim_states=["transferring"], audiences=["elderly"],
                                clock=clock)
    s = get_script(db, sid)
    assert (s.id, s.title, s.stage, s.body, s.status) == (sid, "老人专用", "action", "{name}，请您……", "draft")
    assert (s.fraud_types, s.victim_states, s.audiences) == (("investment",), ("transferring",), ("elderly",))
    assert get_script(db, 9999) is None


def test_scripts_put_before_the_officer_count_once_per_call(db, officer, clock):
    cid = calls.start_call(db, officer, manual_call("13912345678"), clock=clock)
    shown = scripts_for_call(db, "police_impersonation")
    assert len(shown) >= 2
    record_all_shown(db, cid, shown, clock.now_iso())
    record_all_shown(db, cid, shown, clock.now_iso())
    assert db.execute("SELECT count(*) FROM script_views WHERE call_id = ?", [cid]).fetchone()[0] == len(shown)


def test_the_review_sample_says_when_each_call_began(db, officer, clock):
    cid = calls.start_call(db, officer, manual_call("13912345678"), clock=clock)
    db.execute("UPDATE calls SET determinant_code = '1A' WHERE id = ?", [cid])
    (c,) = interview.review_sample(db, limit=40)
    assert (c.call_id, c.started_at) == (cid, "2026-11-25 14:00:00")


def test_the_writes_moved_out_of_the_pages_are_all_or_nothing(db, admin, officer, clock):
    from .test_integrity_atomic import assert_all_or_nothing

    assert assert_all_or_nothing(db, lambda: accounts.toggle_active(db, admin, officer.id, clock=clock)) >= 2
    cid = calls.start_call(db, officer, manual_call("13912345678"), clock=clock)
    shown = scripts_for_call(db, "police_impersonation")
    assert assert_all_or_nothing(db, lambda: record_all_shown(db, cid, shown, clock.now_iso())) == len(shown)


def test_the_call_panel_fills_placeholders_from_the_form_as_typed(db, officer, clock):
    from console.models.calls.records import empty_form
    from console.scripts_library.placeholders import KNOWN, call_values

    form = empty_form()
    form["caller"].update(name="何女士", id_number="420984199001011234")
    form["transfers"] = [{"amount": "5万"}, {"amount": "2,000.50"}, {"amount": "不清楚"}]
    form["accounts"] = [{"role": "victim", "number": "6222020200112233445"},
                        {"role": "suspect", "number": ""},
                        {"role": "suspect", "number": "6217001234567890122"}]
    wid = add_warning(db, officer, clock, minutes_ago=5, fraud_number="+85261234567")
    values = call_values(db, form, officer_name="刘东", caller_phone="138 0000 1234", warning_id=wid)
    assert set(values) == set(KNOWN)
    assert values == {"name": "何女士", "amount": "5.2万元", "suspect_account": "6217001234567890122",
                      "officer": "刘东", "caller_phone": "138 0000 1234", "station": "汉川南河派出所",
                      "fraud_number": "+85261234567"}
    # Someone calling for the victim: the victim's name and home station, not the caller's.
    form["victim_is_caller"] = False
    form["victim"].update(name="何大爷", id_number="11010519491231002X")
    values = call_values(db, form, officer_name="刘东", caller_phone="", warning_id=None)
    assert (values["name"], values["station"], values["fraud_number"]) == ("何大爷", "", "")
    assert call_values(db, empty_form(), officer_name="", caller_phone="", warning_id=None)["amount"] == ""
