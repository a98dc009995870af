"""A person's case timeline: the script versions each call showed (issue 20), and no ID or card number
quoted in the notes shown in clear (issue 14, privacy)."""

from __future__ import annotations

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.lookup.case import person_timeline
from console.scripts_library.reading import record_shown, scripts_for_call


def test_the_timeline_names_the_script_versions_a_call_showed_and_masks_numbers(db, officer, clock):
    incoming = manual_call("13800001234")
    cid = calls.start_call(db, officer, incoming, clock=clock)
    form = calls.empty_form(incoming)
    form["caller"]["name"] = "何敏"
    form["fraud_type"] = "investment"
    form["notes"] = "受害人身份证 420902198503120028，卡号 6217001234567890122"
    calls.save_call(db, officer, cid, form, clock=clock)
    shown = scripts_for_call(db, "investment", None)[:2]
    assert shown, "the starter library has scripts for investment fraud"
    for script in shown:
        record_shown(db, cid, script, clock.now_iso())
    person = db.execute("SELECT caller_person_id FROM calls WHERE id = ?", [cid]).fetchone()[0]

    _title, events = person_timeline(db, person)
    call_event = next(e for e in events if e.kind == "call" and e.record_id == cid)
    for script in shown:
        assert script.title in call_event.text
    assert " v" in call_event.text, "the version shown is named"
    assert "420902198503120028" not in call_event.text and "6217001234567890122" not in call_event.text
