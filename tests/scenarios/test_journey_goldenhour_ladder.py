"""Journey (issue 21): a victim who cannot be reached, worked up the escalation ladder through the real main
window. One key starts it; the first call finds the line busy, which moves the ladder on at once; the warning
SMS goes out; the emergency contact reaches the person at the third step. The queue shows the running step
and its due time; every step is saved with who did it when."""

from __future__ import annotations

import os

from console.models.warnings import ladder
from tests.journey import Person, no_error_boxes
from tests.models.warnings_data import add_warning


def test_victim_reached_only_at_the_third_ladder_step(qtbot, db, officer, clock, journey_window):
    wid = add_warning(db, officer, clock, minutes_ago=3, fraud_type="investment", name="刘芳")
    person = Person(qtbot, pace_s=0.05)
    person.shortcut("Ctrl+2")
    page = journey_window.page("warnings")
    person.wait_until(lambda: page.warning_id == wid)
    assert not any(b.isVisible() for b in page.ladder.buttons.values())

    person.shortcut("Ctrl+Shift+E")                           # one key starts the ladder
    person.wait_until(lambda: ladder.current(db, wid) is not None)
    person.wait_until(lambda: wid in page.model.ladders)
    status = page.model.index(page.model.row_of(wid), 0).data()
    assert "14:02" in status, f"the queue shows the running step and its due time: {status}"
    assert page.ladder.buttons["busy"].isVisible() and not page.ladder.buttons["sent"].isVisible()

    person.click(page.ladder.buttons["busy"])                 # step 1: the line is busy -> SMS at once
    person.wait_until(lambda: ladder.current(db, wid).kind == "sms")
    person.wait_until(lambda: page.ladder.buttons["sent"].isVisible())
    person.click(page.ladder.buttons["sent"])                 # step 2: the warning SMS goes out
    person.wait_until(lambda: ladder.current(db, wid).kind == "contact")
    clock.advance(minutes=4)
    if os.environ.get("HOTLINE_SCREENSHOTS"):
        add_warning(db, officer, clock, minutes_ago=1, name="陈静")   # another row, so the queue reads as a queue
        journey_window.resize(1366, 768)
        page.refresh()
        person.wait(500)
        journey_window.grab().save(os.path.join(os.environ["HOTLINE_SCREENSHOTS"], "ladder_running.png"))
    person.wait_until(lambda: page.ladder.buttons["reached"].isVisible())
    person.click(page.ladder.buttons["reached"])              # step 3: the family reaches the person
    person.wait_until(lambda: ladder.current(db, wid) is None)

    done = [(s.rung, s.kind, s.result, s.started_by, s.ended_by, s.ended_at) for s in ladder.steps(db, wid)]
    assert done == [(1, "call", "busy", officer.id, officer.id, "2026-11-25 14:00:00"),
                    (2, "sms", "sent", officer.id, officer.id, "2026-11-25 14:00:00"),
                    (3, "contact", "reached", officer.id, officer.id, "2026-11-25 14:04:00")]
    assert db.execute("SELECT count(*) FROM sms_outbox WHERE warning_id = ?", [wid]).fetchone()[0] == 1
    person.wait_until(lambda: wid not in page.model.ladders)
    # The panel shows it once the warning's detail is read again, a moment after the queue.
    person.wait_until(lambda: "reached" in page.ladder.history.text() or "联系上" in page.ladder.history.text())
    assert no_error_boxes() == []
    if os.environ.get("HOTLINE_SCREENSHOTS"):
        journey_window.resize(1366, 768)
        person.wait(300)
        journey_window.grab().save(os.path.join(os.environ["HOTLINE_SCREENSHOTS"], "ladder_done.png"))
