"""A call's draft restored after a restart (issue 19) knows the version of the call it was typed against:
a change another seat saved while this seat was down is told at the restored draft's first save, never
overwritten; the seat's own saves move the draft's version along, so a restart never clashes with itself.
On SQLite and on PostgreSQL, each seat on its own connection."""

from __future__ import annotations

import pytest

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core import drafts
from console.models.core.changes import ChangedElsewhere
from console.models.core.db import connect
from tests.pg import db_path_on_both_engines  # noqa: F401


def _typed(db, officer, cid, clock, notes: str) -> int:
    """What the call panel does at each autosave: the draft with the version shown, then the checked save,
    then the draft follows the version its save made."""
    seen = drafts.draft_version(db, "call", str(cid), officer.id)
    seen = calls.call_version(db, cid) if seen is None else seen
    form = calls.load_form(db, cid)
    form["notes"] = notes
    drafts.save_draft(db, "call", str(cid), officer.id, form, clock.now_iso(), version=seen)
    _, now = calls.save_call_checked(db, officer, cid, form, clock=clock, seen_version=seen)
    drafts.follow_version(db, "call", str(cid), officer.id, now)
    return now


def test_a_restored_call_draft_is_checked_against_its_own_version(db, db_path, officer, senior, clock):
    cid = calls.start_call(db, officer, manual_call("13800001234"), clock=clock)
    version = _typed(db, officer, cid, clock, "对方自称客服")
    assert drafts.draft_version(db, "call", str(cid), officer.id) == version
    # Typing saved only in the draft when the console stopped (the autosave had not run yet).
    form = drafts.load_draft(db, "call", str(cid), officer.id)
    form["notes"] = "对方自称客服，要求下载会议软件"
    drafts.save_draft(db, "call", str(cid), officer.id, form, clock.now_iso(), version=version)
    # A restart with nobody else changing the call: the restored draft saves without a clash.
    restored = drafts.draft_version(db, "call", str(cid), officer.id)
    _, version = calls.save_call_checked(db, officer, cid, form, clock=clock, seen_version=restored)
    drafts.follow_version(db, "call", str(cid), officer.id, version)
    # While this seat is down, a colleague corrects the call on another seat.
    other = connect(db_path)
    try:
        clock.advance(minutes=5)
        theirs = calls.load_form(other, cid)
        theirs["notes"] = "受害人已报警"
        calls.save_call_checked(other, senior, cid, theirs, clock=clock, seen_version=calls.call_version(other, cid))
    finally:
        other.close()
    # The restarted seat restores its draft: checked against the version it was typed against, refused.
    typed = drafts.load_draft(db, "call", str(cid), officer.id)
    with pytest.raises(ChangedElsewhere) as told:
        calls.save_call_checked(db, officer, cid, typed, clock=clock,
                                seen_version=drafts.draft_version(db, "call", str(cid), officer.id))
    assert told.value.who == senior.display_name and told.value.at[11:16] == clock.now_iso()[11:16]
    assert calls.load_form(db, cid)["notes"] == "受害人已报警"          # nothing overwritten
    assert drafts.load_draft(db, "call", str(cid), officer.id)["notes"] == "对方自称客服，要求下载会议软件"


def test_a_draft_from_before_versions_has_none(db, officer, clock):
    """Drafts kept by an older console have no version: the seat checks against the version it finds."""
    drafts.save_draft(db, "call", "7", officer.id, {"notes": "x"}, clock.now_iso())
    assert drafts.draft_version(db, "call", "7", officer.id) is None
    drafts.follow_version(db, "call", "7", officer.id, 3)
    assert drafts.draft_version(db, "call", "7", officer.id) == 3
    assert drafts.draft_version(db, "call", "8", officer.id) is None
