"""Journey: a word in more notes than the full-text index offers. The count under the box said "20+" but the
group's header said "(20 of 20 ...)" / "共 20 条" as if that were every call; both now say "at least"."""

from __future__ import annotations

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.lookup import search
from tests.journey import Person

OFFERED = 20          # the index's newest notes, made small so that a month of calls passes it


def test_capped_full_text_total_says_at_least_in_the_group_header(qtbot, journey_window, db, officer, clock,
                                                                  monkeypatch):
    monkeypatch.setattr(search, "FULLTEXT_CANDIDATES", OFFERED)
    for i in range(OFFERED + 15):
        clock.advance(minutes=60)
        cid = calls.start_call(db, officer, manual_call(f"1370000{i:04d}"), clock=clock)
        form = calls.empty_form(manual_call(f"1370000{i:04d}"))
        form["notes"] = f"对方要求下载会议软件，第{i}次来电"
        calls.save_call(db, officer, cid, form, clock=clock)

    person = Person(qtbot)
    page = journey_window.page("lookup")
    person.shortcut("Ctrl+K")
    person.type("会议软件")
    person.wait_until(lambda: page.result_count("call") == OFFERED)
    header = page._group("call").text()
    assert f"{OFFERED}+" in header, header
    assert f"{OFFERED}+" in page.status.text()
