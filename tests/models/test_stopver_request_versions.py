"""Two seats on one stop-payment request (issue 19): a seat saving, issuing, discarding or answering a request
another seat changed since it showed it is told who and when, and nothing is overwritten; its own saves, and
saves that change nothing, never clash. Each seat keeps its own draft, with the version it was typed against,
so a draft restored after a restart is checked against that version. On SQLite and on PostgreSQL, each seat
on its own connection."""

from __future__ import annotations

import copy

import pytest

from console.models.calls.records import start_call
from console.models.calls.source import manual_call
from console.models.core import drafts
from console.models.core.changes import ChangedElsewhere
from console.models.core.db import connect
from console.models.stoppay import requests as stoppay
from console.models.stoppay import window as stop_window
from tests.pg import db_path_on_both_engines  # noqa: F401

CARD = "6217001234567890122"          # CCB, valid Luhn
OTHER_CARD = "6222021234567890128"    # ICBC, valid Luhn


def _form(*cards: str) -> dict:
    return {"victim": {"name": "何敏", "id_number": "420902198503120028", "phone": "13971234567",
                       "account": "6228480000000000000", "account_kind": "bank_card"},
            "accounts": [{"number": c, "kind": "bank_card", "holder": "", "amount": "", "status": "pending"}
                         for c in cards],
            "transfers": [{"time": "13:05", "amount": "20000", "channel": "mobile_banking", "serial": "", "to": c}
                          for c in cards]}


def _numbers(db, rid) -> list[str]:
    return [a["number"] for a in stoppay.load_form(db, rid)["accounts"]]


@pytest.fixture
def request_id(db, officer, clock):
    call_id = start_call(db, officer, manual_call("13971234567"), clock=clock)
    rid = stoppay.create_request_from_call(db, officer, call_id, clock=clock)
    stoppay.save_form(db, officer, rid, _form(CARD), clock=clock)
    return rid


def test_the_second_seat_is_told_and_nothing_is_overwritten(db, db_path, officer, senior, clock, request_id):
    rid = request_id
    other = connect(db_path)                               # the supervisor's seat, its own connection
    try:
        seen_here = stoppay.request_version(db, rid)
        seen_there = stoppay.request_version(other, rid)
        # This seat's autosaves follow one another without a clash; a save that changes nothing keeps the version.
        _, seen_here = stoppay.save_form_checked(db, officer, rid, _form(CARD, OTHER_CARD), clock=clock,
                                                 seen_version=seen_here)
        assert seen_here == seen_there + 1
        _, again = stoppay.save_form_checked(db, officer, rid, _form(CARD, OTHER_CARD), clock=clock,
                                             seen_version=seen_here)
        assert again == seen_here
        # The other seat showed the request before that save: its save is refused, naming who and when.
        clock.advance(minutes=3)
        with pytest.raises(ChangedElsewhere) as refused:
            stoppay.save_form_checked(other, senior, rid, _form(OTHER_CARD), clock=clock, seen_version=seen_there)
        assert refused.value.who == officer.display_name
        assert sorted(_numbers(db, rid)) == sorted([CARD, OTHER_CARD])            # nothing overwritten
        # ... and its typing is its own draft, which never replaced this seat's.
        assert stoppay.load_form(db, rid, senior.id)["accounts"][0]["number"] == OTHER_CARD
        assert len(stoppay.load_form(db, rid, officer.id)["accounts"]) == 2
        # Issuing and discarding with the old version are refused the same way, and write nothing.
        with pytest.raises(ChangedElsewhere):
            stoppay.issue(other, senior, rid, _form(OTHER_CARD), clock=clock, seen_version=seen_there)
        with pytest.raises(ChangedElsewhere):
            stoppay.discard(other, senior, rid, clock=clock, seen_version=seen_there)
        assert stoppay.status_of(db, rid) == "draft" and len(_numbers(db, rid)) == 2
        # "Keep mine" on the other seat: saved with the version shown now; then this seat is the one told.
        _, seen_there = stoppay.save_form_checked(other, senior, rid, _form(OTHER_CARD), clock=clock,
                                                  seen_version=stoppay.request_version(other, rid))
        with pytest.raises(ChangedElsewhere) as told:
            stoppay.issue(db, officer, rid, _form(CARD, OTHER_CARD), clock=clock, seen_version=seen_here)
        assert told.value.who == senior.display_name and told.value.at[11:16] == clock.now_iso()[11:16]
        assert _numbers(db, rid) == [OTHER_CARD] and stoppay.status_of(db, rid) == "draft"
    finally:
        other.close()


def test_issue_discard_and_every_result_raise_the_version(db, officer, senior, clock, request_id):
    rid = request_id
    seen = stoppay.request_version(db, rid)
    stoppay.issue(db, officer, rid, _form(CARD), clock=clock, seen_version=seen)
    issued = stoppay.request_version(db, rid)
    assert issued > seen
    assert drafts.load_draft(db, stoppay.DRAFT_KIND, str(rid), officer.id) is None     # every seat's draft goes
    sid = stoppay.load_form(db, rid)["accounts"][0]["id"]
    # A bank result recorded on another seat: this seat's results dialog, opened before, records nothing.
    stop_window.record_results(db, senior, [stop_window.BankResult(sid, "stopped", 2_000_000)], clock=clock,
                               request_id=rid, seen_version=issued)
    answered = stoppay.request_version(db, rid)
    assert answered > issued
    with pytest.raises(ChangedElsewhere) as told:
        stop_window.record_results(db, officer, [stop_window.BankResult(sid, "failed", 0, "余额不足")],
                                   clock=clock, request_id=rid, seen_version=issued)
    assert told.value.who == senior.display_name
    assert stoppay.load_form(db, rid)["accounts"][0]["status"] == "stopped"
    with pytest.raises(ChangedElsewhere):
        stop_window.renew(db, officer, rid, clock=clock, seen_version=issued)
    stop_window.renew(db, officer, rid, clock=clock, seen_version=answered)
    renewed = stoppay.request_version(db, rid)
    stop_window.convert_to_freeze(db, officer, rid, clock=clock, seen_version=renewed)
    assert stoppay.request_version(db, rid) > renewed
    # A saved form of an issued request is no change: its version stays.
    frozen = stoppay.request_version(db, rid)
    assert stoppay.save_form_checked(db, officer, rid, _form(CARD), clock=clock, seen_version=frozen)[1] == frozen


def test_a_restored_draft_is_checked_against_the_version_it_was_typed_against(db, db_path, officer, senior,
                                                                              clock, request_id):
    rid = request_id
    seen = stoppay.request_version(db, rid)
    typed = _form(CARD, OTHER_CARD)
    typed["victim"]["id_number"] = "42090219850312"          # half typed when the console stopped
    stoppay.save_form_checked(db, officer, rid, typed, clock=clock, seen_version=seen)
    kept = stoppay.request_version(db, rid)
    # The draft follows the version its own save made (a restart must not clash with itself).
    assert stoppay.typed_draft(db, rid, officer.id) == (typed, kept)
    # While this seat is down, the supervisor changes the request.
    other = connect(db_path)
    try:
        stoppay.save_form_checked(other, senior, rid, _form(OTHER_CARD), clock=clock, seen_version=kept)
    finally:
        other.close()
    # The restart restores the draft with its version: the save is refused, nothing overwritten, draft kept.
    form, version = stoppay.typed_draft(db, rid, officer.id)
    assert version == kept
    with pytest.raises(ChangedElsewhere) as told:
        stoppay.save_form_checked(db, officer, rid, copy.deepcopy(form), clock=clock, seen_version=version)
    assert told.value.who == senior.display_name
    assert _numbers(db, rid) == [OTHER_CARD]
    assert stoppay.typed_draft(db, rid, officer.id) == (typed, kept)


def test_a_draft_kept_before_versions_is_still_restored(db, officer, clock, request_id):
    """A draft written by an older console (shared, user 0, no version) is not lost by the upgrade."""
    rid = request_id
    old = _form(OTHER_CARD)
    drafts.delete_draft(db, stoppay.DRAFT_KIND, str(rid), officer.id)     # the base as the older console left it
    drafts.save_draft(db, stoppay.DRAFT_KIND, str(rid), 0, old, clock.now_iso())
    assert stoppay.typed_draft(db, rid, officer.id) == (old, None)
    assert stoppay.load_form(db, rid, officer.id) == old
    stoppay.discard(db, officer, rid, clock=clock)
    assert drafts.load_draft(db, stoppay.DRAFT_KIND, str(rid), 0) is None
