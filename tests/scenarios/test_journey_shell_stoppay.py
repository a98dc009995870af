"""Journey for 15.6: one call, one stop-payment request; an issued request is read-only except for bank
results; a draft can be discarded; deleting an account row keeps bank and amount on the right card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from console.ui.actions import ActionName
from tests.journey import Person, no_error_boxes

EXTRA_CCB = "6217001234567890130"     # a card the officer added by mistake, no transfer to it
GOOD_ICBC = "6222021234567890128"


@pytest.fixture
def unfinished_call(db, officer, clock):
    """An officer's call in progress, as the call page restores it at start (its draft)."""
    from console.models.calls import records as calls
    from console.models.core import drafts
    from console.models.calls.source import manual_call

    incoming = manual_call("13971234567")
    cid = calls.start_call(db, officer, incoming, clock=clock)
    form = calls.empty_form(incoming)
    form["caller"].update(name="何敏", id_number="420902198503120028")
    form["notes"] = "炒股群导师带投资，转账两笔"
    form["accounts"] = [{"role": "victim", "number": "6228480000000000000", "kind": "bank_card", "holder": ""},
                        {"role": "suspect", "number": EXTRA_CCB, "kind": "bank_card", "holder": "李强"},
                        {"role": "suspect", "number": GOOD_ICBC, "kind": "bank_card", "holder": "王五"}]
    form["transfers"] = [{"time": "13:05", "amount": "200000", "channel": "mobile_banking", "serial": "SN001",
                          "to": GOOD_ICBC},
                         {"time": "13:20", "amount": "15万", "channel": "mobile_banking", "serial": "SN002",
                          "to": GOOD_ICBC}]
    calls.save_call(db, officer, cid, form, clock=clock)
    drafts.save_draft(db, "call", str(cid), officer.id, form, clock.now_iso())
    return cid


def _requests(db, call_id):
    return db.execute("SELECT id, status FROM stop_requests WHERE call_id = ? ORDER BY id", [call_id]).fetchall()


def _click_row(qtbot, person: Person, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    person.mouse += 1
    person.wait()


def test_one_call_one_request_read_only_once_issued_and_drafts_discarded(
        qtbot, unfinished_call, journey_window, db, tmp_path):
    journey_window.ctx.settings.set("export_dir", str(tmp_path))
    person = Person(qtbot, pace_s=0.03)
    call_page = journey_window.page("call")
    person.wait_until(lambda: call_page.call_id == unfinished_call)

    person.shortcut("Alt+N")
    person.shortcut("Ctrl+Shift+Z")
    person.wait_until(lambda: journey_window.current_key() == "stoppay")
    page = journey_window.page("stoppay")
    assert [a["number"] for a in page.accounts.rows] == [EXTRA_CCB, GOOD_ICBC]

    person.shortcut("Ctrl+1")
    person.shortcut("Alt+N")
    person.shortcut("Ctrl+Shift+Z")        # pressed again on the same call
    person.wait_until(lambda: journey_window.current_key() == "stoppay")
    assert len(_requests(db, unfinished_call)) == 1, "a second press opens the request, no second draft"

    # The card added by mistake goes; bank and amount stay with the card that remains, at once.
    _click_row(qtbot, person, page.accounts_view, 0)
    person.click(page.findChild(QPushButton, "stopAccountsTableRemove"))
    assert [a["number"] for a in page.accounts.rows] == [GOOD_ICBC]
    bank = page.accounts.data(page.accounts.index(0, 3))
    amount = page.accounts.data(page.accounts.index(0, 4))
    assert "工商" in bank or "ICBC" in bank, bank
    assert amount == "35万元", amount

    person.wait_until(lambda: page.issue_button.isEnabled())
    assert "#2e7d32" in page.missing.styleSheet(), "15.17: ready to issue is said in green, not in red"
    person.shortcut("Ctrl+Shift+I")        # issue
    person.wait_until(lambda: _requests(db, unfinished_call)[0][1] == "issued")
    assert page.findChild(QPushButton, "stopAccountsTableAdd").isHidden()
    assert page.findChild(QPushButton, "stopAccountsTableRemove").isHidden()
    assert page.findChild(QPushButton, "stopTransfersTableRemove").isHidden()
    assert page.discard_button.isHidden() and page.result_button.isVisible()
    assert all(edit.isReadOnly() for edit in page.fields.values())
    # 15.14: the printed form reads times and amounts as people write them
    from pypdf import PdfReader

    pdf = next(tmp_path.glob("ZF*.pdf"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert "2026-11-25 13:05" in text and "2026-11-25 13:20" in text
    assert "200,000.00 元" in text and "150,000.00 元" in text and "350,000.00 元" in text
    assert "20261125130500" not in text

    person.shortcut("Ctrl+1")
    person.shortcut("Alt+N")
    person.shortcut("Ctrl+Shift+Z")        # the call already has an issued request: it opens
    person.wait_until(lambda: journey_window.current_key() == "stoppay")
    assert len(_requests(db, unfinished_call)) == 1
    assert page.request_id == _requests(db, unfinished_call)[0][0]

    # A new call whose draft was started by mistake: discarded, with the audit log saying who.
    person.shortcut("Ctrl+1")
    person.when_dialog(lambda dialog: person.click(dialog.later))   # its outcome will follow
    person.shortcut("Ctrl+E")              # the first call ends
    person.shortcut("Ctrl+N")
    person.type("13800001234\n")
    second_call = call_page.call_id
    person.shortcut("Ctrl+Shift+A")        # an account row, its number typed (紧急止付 needs something to stop)
    person.type(GOOD_ICBC)
    person.key(Qt.Key.Key_Return)
    person.wait_until(lambda: call_page.buttons[ActionName.STOP_PAYMENT].isEnabled())
    person.shortcut("Ctrl+Shift+Z")
    person.wait_until(lambda: len(_requests(db, second_call)) == 1)
    rid = _requests(db, second_call)[0][0]
    person.when_dialog(lambda box: box.button(QMessageBox.Yes).click())
    person.click(page.discard_button)
    person.wait_until(lambda: _requests(db, second_call)[0][1] == "discarded")
    assert db.execute("SELECT username FROM audit_log WHERE action = 'discard' AND record_id = ?",
                      [str(rid)]).fetchone() == ("officer",)
    person.wait_until(lambda: rid not in [row[0] for row in page.list_model.rows])   # the list, read again
    assert db.execute("SELECT count(*) FROM stop_accounts WHERE request_id = ?", [rid]).fetchone()[0] == 0
    assert no_error_boxes() == []
