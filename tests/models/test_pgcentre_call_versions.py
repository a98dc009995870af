"""Two seats on one call (issue 19): a seat saving a call that another seat changed since it showed it is
told who and when, and nothing is overwritten; its own saves, and saves that change nothing, never clash.
On SQLite and on PostgreSQL, each seat on its own connection."""

from __future__ import annotations

import pytest

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core.changes import ChangedElsewhere
from console.models.core.db import connect
from tests.pg import db_path_on_both_engines  # noqa: F401


def _form(db, cid, **changes):
    form = calls.load_form(db, cid)
    form.update(changes)
    return form


def test_a_seat_is_told_when_another_changed_the_call(db, db_path, officer, senior, clock):
    cid = calls.start_call(db, officer, manual_call("13800001234"), clock=clock)
    other = connect(db_path)                              # the second seat's own connection
    try:
        seen_here = calls.call_version(db, cid)
        seen_there = calls.call_version(other, cid)
        # This seat's autosaves follow one another without a clash, and each says the version now.
        _, seen_here = calls.save_call_checked(db, officer, cid, _form(db, cid, notes="对方自称客服"), clock=clock,
                                               seen_version=seen_here)
        _, again = calls.save_call_checked(db, officer, cid, _form(db, cid, notes="对方自称客服"), clock=clock,
                                           seen_version=seen_here)
        assert again == seen_here                         # nothing changed: the version stays
        # The other seat showed the call before this seat's save: its save is refused, naming who and when.
        clock.advance(minutes=3)
        with pytest.raises(ChangedElsewhere) as refused:
            calls.save_call_checked(other, senior, cid, _form(other, cid, notes="改成别的"), clock=clock,
                                    seen_version=seen_there)
        assert refused.value.who == officer.display_name
        assert calls.load_form(db, cid)["notes"] == "对方自称客服"      # nothing overwritten
        # It reloads (the version now) and saves: then this seat is the one told.
        seen_there = calls.call_version(other, cid)
        calls.save_call_checked(other, senior, cid, _form(other, cid, notes="对方自称客服，要求转账"), clock=clock,
                                seen_version=seen_there)
        with pytest.raises(ChangedElsewhere) as told:
            calls.save_call_checked(db, officer, cid, _form(db, cid, notes="我的版本"), clock=clock,
                                    seen_version=seen_here)
        assert told.value.who == senior.display_name and told.value.at[11:16] == clock.now_iso()[11:16]
        # "Keep mine": saved over the other's change knowingly, with the version shown now.
        _, seen_here = calls.save_call_checked(db, officer, cid, _form(db, cid, notes="我的版本"), clock=clock,
                                               seen_version=calls.call_version(db, cid))
        assert calls.load_form(other, cid)["notes"] == "我的版本"
    finally:
        other.close()


def test_status_changes_are_no_clash_with_the_form(db, officer, clock):
    cid = calls.start_call(db, officer, manual_call("13800001234"), clock=clock)
    seen = calls.call_version(db, cid)
    calls.mark_answered(db, cid, clock=clock, user=officer)
    calls.park_call(db, officer, cid, clock=clock)
    calls.resume_call(db, officer, cid, clock=clock)
    problems, now = calls.save_call_checked(db, officer, cid, _form(db, cid, notes="接通"), clock=clock,
                                            seen_version=seen)
    assert problems == {} and now == seen + 1
