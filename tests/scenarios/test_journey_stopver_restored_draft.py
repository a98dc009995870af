"""The officer's console stopped in the middle of a call (a crash, a closed window): her last words were only in
the call's draft. While her seat was down, a senior colleague corrected the call on his seat. When her console
starts again it restores the draft, and its first save is checked against the version the draft was typed
against, not the one found at the restart: the call panel says who changed the call and when, the
colleague's change stays, her typing stays in her draft, and she keeps hers knowingly. The same for a draft
stop-payment request, told above its form as soon as she opens it again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core import drafts
from console.models.stoppay import requests as stoppay
from tests.journey import Person, no_error_boxes
from tests.scenarios.test_journey_pgcentre_two_seats_one_call import _open_by_lookup, _switch_to, second_seat  # noqa: F401

TYPED = "对方自称客服，称其快递丢失，要求下载会议软件"


@pytest.fixture
def typed_before_the_restart(db, officer, clock) -> int:
    """Her call as her console left it: saved once, then more typed into the draft (with the version it was
    typed against, as the call panel keeps it) before the console stopped."""
    cid = calls.start_call(db, officer, manual_call("13800001234"), clock=clock)
    form = calls.empty_form(manual_call("13800001234"))
    form["notes"] = "对方自称客服，称其快递丢失"
    _, version = calls.save_call_checked(db, officer, cid, form, clock=clock, seen_version=calls.call_version(db, cid))
    form["notes"] = TYPED
    drafts.save_draft(db, "call", str(cid), officer.id, form, clock.now_iso(), version=version)
    return cid


def _start_console(qtbot, ctx):
    """Her console starts again (as the journey window does: a free screen-pop port, shown and active)."""
    from console.ui.main_window import MainWindow

    ctx.settings.set("ring_port", 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    _switch_to(qtbot, window)
    return window


def test_a_draft_restored_after_a_restart_overwrites_nothing_saved_meanwhile(
        qtbot, private_home, db, ctx, officer, senior, clock, typed_before_the_restart, second_seat):
    cid = typed_before_the_restart
    person = Person(qtbot, pace_s=0.05)
    # While her seat is down, the senior opens the call and types the caller's name.
    _switch_to(qtbot, second_seat)
    _open_by_lookup(person, second_seat, "13800001234", cid)
    clock.advance(minutes=4)
    person.type("何敏")
    person.wait_until(lambda: calls.load_form(db, cid)["caller"]["name"] == "何敏")

    # Her console starts again: the call comes back from her draft, and the panel says at once who changed it.
    window = _start_console(qtbot, ctx)
    try:
        page = window.page("call")
        assert page.call_id == cid and page.form.notes.toPlainText() == TYPED
        bar = page.findChild(QWidget, "callConflict")
        person.wait_until(bar.isVisible)
        text = page.findChild(QLabel, "callConflictText").text()
        assert senior.display_name in text and clock.now_iso()[11:16] in text
        saved = calls.load_form(db, cid)
        assert saved["caller"]["name"] == "何敏" and saved["notes"] == "对方自称客服，称其快递丢失"   # nothing overwritten
        assert drafts.load_draft(db, "call", str(cid), officer.id)["notes"] == TYPED                 # nothing lost

        # She keeps hers, knowingly: her notes are saved, and her draft now follows the version her save made.
        person.click(page.findChild(QPushButton, "conflictKeepMine"))
        person.wait_until(lambda: calls.load_form(db, cid)["notes"] == TYPED)
        assert not bar.isVisible()
        assert drafts.draft_version(db, "call", str(cid), officer.id) == calls.call_version(db, cid)
        assert no_error_boxes() == []
    finally:
        window.runner.pool.waitForDone(10_000)


@pytest.fixture
def request_typed_before_the_restart(db, officer, clock) -> int:
    """Her draft stop-payment request as her console left it: saved, then a second receiving account typed into
    her draft (with the version it was typed against) before the console stopped."""
    from tests.scenarios.test_journey_stopver_two_seats_one_request import CARD

    call_id = calls.start_call(db, officer, manual_call("13971234567"), clock=clock)
    rid = stoppay.create_request_from_call(db, officer, call_id, clock=clock)
    form = {"victim": {"name": "何敏", "id_number": "420902198503120028", "phone": "13971234567",
                       "account": "6228480000000000000", "account_kind": "bank_card"},
            "accounts": [{"number": CARD, "kind": "bank_card", "holder": "", "amount": "", "status": "pending"}],
            "transfers": [{"time": "13:05", "amount": "20000", "channel": "mobile_banking", "serial": "",
                           "to": CARD}]}
    _, version = stoppay.save_form_checked(db, officer, rid, form, clock=clock,
                                           seen_version=stoppay.request_version(db, rid))
    form["accounts"].append({"number": SECOND, "kind": "bank_card", "holder": "", "amount": "", "status": "pending"})
    stoppay.keep_draft(db, officer, rid, form, clock=clock, typed_against=version)
    return rid


SECOND = "6222021234567890128"        # ICBC, valid Luhn


def test_a_request_draft_restored_after_a_restart_overwrites_nothing_saved_meanwhile(
        qtbot, private_home, db, ctx, officer, senior, clock, request_typed_before_the_restart, second_seat):
    from tests.scenarios.test_journey_stopver_two_seats_one_request import _open_request, _type_at_end_of

    rid = request_typed_before_the_restart
    person = Person(qtbot, pace_s=0.05)
    # While her seat is down, the senior opens the request and corrects the victim's name.
    _switch_to(qtbot, second_seat)
    theirs = _open_request(qtbot, person, second_seat, rid)
    clock.advance(minutes=4)
    _type_at_end_of(qtbot, person, theirs.fields["victim.name"], "华")
    person.wait_until(lambda: stoppay.load_form(db, rid)["victim"]["name"] == "何敏华")

    # Her console starts again; she opens the request: her draft comes back, and the bar says who changed it.
    window = _start_console(qtbot, ctx)
    try:
        page = _open_request(qtbot, person, window, rid)
        assert [a["number"] for a in page.accounts.rows][-1] == SECOND and page.fields["victim.name"].text() == "何敏"
        bar = page.findChild(QWidget, "stopConflict")
        assert bar.isVisible()
        assert senior.display_name in page.findChild(QLabel, "stopConflictText").text()
        saved = stoppay.load_form(db, rid)
        assert saved["victim"]["name"] == "何敏华" and len(saved["accounts"]) == 1         # nothing overwritten
        # She keeps hers knowingly: her second account is saved (and the name she had).
        person.click(page.findChild(QPushButton, "conflictKeepMine"))
        person.wait_until(lambda: len(stoppay.load_form(db, rid)["accounts"]) == 2)
        assert not bar.isVisible()
        assert no_error_boxes() == []
    finally:
        window.runner.pool.waitForDone(10_000)
