"""Journey (a), the article's story with keys only: a screen-pop from the PBX port, the investment-fraud victim
who sent 500,000 yuan in three transfers to two accounts; the officer types the call, presses 紧急止付
(Ctrl+Shift+Z), issues the request (Ctrl+Shift+I), and the PDF, XLSX and CSV read back say what was typed.

Before the fixes this journey lost digits in the tables (autosave under the open editor), made the officer
retype each transfer's 19-digit receiving account, and had no place on the call for the victim's own account.
"""

from __future__ import annotations

import csv
import os
import time

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from console.models.calls.ring import RingEvent, send_event
from tests.journey import Person, no_error_boxes

NAME, ID = "何敏", "420902198503120028"
VICTIM_CARD = "6228480000000000000"
CARD_A, CARD_B = "6217001234567890122", "6222021234567890128"
NOTES = "炒股群导师带投资，下载APP，已分三笔转账50万元，无法提现"
TRANSFERS = [("13:05", "200000", "SN20261125001", "6217"), ("13:12", "150000", "SN20261125002", "6217"),
             ("13:20", "15万", "SN20261125003", "6222")]


def test_ring_to_issued_stop_payment_by_keys(qtbot, journey_window, db, tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    journey_window.ctx.settings.set("export_dir", str(exports))
    person = Person(qtbot, pace_s=float(os.environ.get("HOTLINE_PACE_S", "0.1")))    # 0.33: three a second
    page = journey_window.page("call")
    began = time.monotonic()

    send_event(page.listener.port(), RingEvent("ring", "+86 139-7123-4567", "3", None))   # the PBX's screen-pop
    person.wait_until(lambda: page.call_id is not None)
    call_id = page.call_id
    f = page.form
    assert person.focus() is f.fields["caller.name"]
    person.type(NAME)
    person.tab()
    person.type(ID)
    person.tab(3)                     # the phone is filled from the ring; the caller is the victim
    assert person.focus() is f.fields["victim.account"]
    person.type(VICTIM_CARD)

    for card, holder in ((CARD_A, "李强"), (CARD_B, "王五")):
        person.shortcut("Ctrl+Shift+A")
        person.type(card)
        person.tab()
        person.type(holder)
        person.key(Qt.Key.Key_Return)
    for when, amount, serial, to in TRANSFERS:
        person.shortcut("Ctrl+Shift+T")
        person.type(when)
        person.tab()
        person.type(amount)
        person.tab(2)                 # the channel stays mobile banking
        person.type(serial)
        person.tab()
        person.type(to)               # the first digits: the account above completes it
        person.key(Qt.Key.Key_Return)

    person.shortcut("Alt+N")
    person.type(NOTES)
    person.wait_until(f.suggestion.isVisible)
    person.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)    # back to the suggestion
    person.key(Qt.Key.Key_Space)                                      # confirm the fraud type
    assert f.fraud_type.currentData() == "investment"

    person.shortcut("Ctrl+Shift+Z")                                   # 紧急止付
    person.wait_until(lambda: journey_window.current_key() == "stoppay")
    stop = journey_window.page("stoppay")
    assert stop.fields["victim.account"].text() == VICTIM_CARD     # carried from the call, not retyped
    assert not stop.accounts.problems
    person.shortcut("Ctrl+Shift+I")                                   # issue
    person.wait_until(lambda: bool(getattr(stop, "last_files", None)))
    elapsed = time.monotonic() - began
    assert not no_error_boxes()

    rid = stop.request_id
    no, status = db.execute("SELECT request_no, status FROM stop_requests WHERE id = ?", [rid]).fetchone()
    assert status == "issued"
    assert db.execute("SELECT name, id_number FROM people p JOIN calls c ON c.caller_person_id = p.id WHERE c.id = ?",
                      [call_id]).fetchone() == (NAME, ID)
    assert db.execute("SELECT fraud_type, notes FROM calls WHERE id = ?", [call_id]).fetchone() == ("investment", NOTES)
    pdf, xlsx, csv_path = stop.last_files
    text = "".join("".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    for typed in (no, NAME, CARD_A, CARD_B, VICTIM_CARD, "紧急止付申请表", "50万元"):
        assert typed in text, typed
    ws = load_workbook(xlsx).active
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, [c.value for c in r])) for r in ws.iter_rows(min_row=2)]
    expected = [(CARD_A, "200000.00", "20261125130500", "SN20261125001"),
                (CARD_A, "150000.00", "20261125131200", "SN20261125002"),
                (CARD_B, "150000.00", "20261125132000", "SN20261125003")]
    keys = ("止付账号", "转出金额", "转出时间")
    assert [tuple(r[k] for k in keys) for r in rows] == [e[:3] for e in expected]
    serial_key = next(k for k in header if "流水" in k)
    assert [r[serial_key] for r in rows] == [e[3] for e in expected]
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        csv_rows = list(csv.DictReader(fh))
    assert [tuple(r[k] for k in keys) + (r[serial_key],) for r in csv_rows] == expected
    assert {r["申请编号"] for r in csv_rows} == {no}

    # The four-digit prefixes that pick a transfer's account are picks, not retyped fields.
    twice = {t: n for t, n in person.typed.items() if n > 1 and t not in {tr[3] for tr in TRANSFERS}}
    print(f"\njourney (a): {person.keys} keystrokes, {person.mouse} mouse uses, fields typed twice: {twice or 'none'}; "
          f"{elapsed:.0f} s at {person.pace_ms / 1000} s a key, {person.keys / 3:.0f} s at three characters a second")
    assert person.mouse == 0 and not twice
