"""A full call as an officer lives it: screen-pop, history shown, notes, suggestion, account, outcome."""

from __future__ import annotations

import json
import socket

import pytest

from console.models.calls.ring import read_secret


@pytest.fixture
def call_window(qtbot, ctx, runner, private_home):
    ctx.settings.set("ring_port", 0)          # any free port: tests never collide with a running console
    from console.ui.main_window import MainWindow

    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.show()
    return window


def _earlier_call(db, officer, clock):
    from console.models.calls import records as calls
    from console.models.calls.source import manual_call

    clock.advance(days=-20)
    cid = calls.start_call(db, officer, manual_call("13800001234"), clock=clock)
    form = calls.empty_form(manual_call("13800001234"))
    form["caller"]["name"] = "何敏"
    form["notes"] = "上月来电咨询刷单兼职"
    calls.save_call(db, officer, cid, form, clock=clock)
    calls.close_call(db, officer, cid, clock=clock)
    clock.advance(days=20)
    return cid


def test_screen_pop_to_recorded_outcome(qtbot, call_window, db, officer, clock):
    earlier = _earlier_call(db, officer, clock)
    page = call_window.page("call")
    port = page.listener.port()
    assert port > 0

    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(b"not json\n")
        s.sendall(json.dumps({"event": "ring", "number": "+86 138-0000-1234", "line": "3",
                              "secret": read_secret()}).encode() + b"\n")
    qtbot.waitUntil(lambda: page.call_id is not None, timeout=3000)
    assert "138 0000 1234" in page.header.number.text()
    assert "北京" in page.header.details.text() and "中国移动" in page.header.details.text()
    qtbot.waitUntil(lambda: page.side.history_model.rowCount() > 0, timeout=3000)
    assert any(i.kind == "call" and i.record_id == earlier for i in page.side.history_model.items)

    # QTest cannot type Chinese key by key (no key codes); the input method delivers text like this:
    page.form.notes.insertPlainText("对方自称公安局民警，说我涉嫌洗钱，要把钱转到安全账户")
    assert page.form.suggestion.isVisible() and "冒充公检法" in page.form.suggestion.text()
    assert page.form.fraud_type.currentData() is None          # nothing set silently
    qtbot.mouseClick(page.form.suggestion, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.LeftButton)
    assert page.form.fraud_type.currentData() == "police_impersonation"

    row = page.form.accounts.add_row({"role": "suspect", "kind": "bank_card", "number": "6222021234567890123"})
    page.save_now()
    assert page.form.accounts.problems.get((row, "number"))              # Luhn fails, marked at the cell
    page.form.accounts.setData(page.form.accounts.index(row, 2), "6222021234567890128")
    page.form.fields["caller.id_number"].setText("11010519491231002X")
    page.form.transfers.add_row({"time": "13:20", "amount": "30000", "to": "6222021234567890128"})
    page.form.transfers.add_row({"time": "23:59", "amount": "1000"})       # in the future: marked, kept
    page.form.fields["loss_saved"].setText("8万")
    page.form.set_combo(page.form.outcome, "dissuaded")
    page.save_now()
    assert not page.form.accounts.problems
    assert list(page.form.transfers.problems) == [(1, "time")]
    call_id = page.call_id
    page.hang_up()

    row = db.execute("SELECT fraud_type, outcome, loss_saved_cents, status, caller_e164, line, source FROM calls "
                     "WHERE id = ?", [call_id]).fetchone()
    assert row == ("police_impersonation", "dissuaded", 8_000_000, "closed", "+8613800001234", "3", "pbx")
    acct = db.execute("SELECT a.number, a.bank_code, a.is_suspect FROM call_accounts ca JOIN accounts a "
                      "ON a.id = ca.account_id WHERE ca.call_id = ?", [call_id]).fetchall()
    assert acct == [("6222021234567890128", "ICBC", 1)]
    assert db.execute("SELECT id_number FROM people p JOIN calls c ON c.caller_person_id = p.id WHERE c.id = ?",
                      [call_id]).fetchone()[0] == "11010519491231002X"
    assert db.execute("SELECT transferred_at, amount_cents, a.number FROM call_transfers t JOIN accounts a "
                      "ON a.id = t.to_account_id WHERE call_id = ?", [call_id]).fetchall() == [
        ("2026-11-25 13:20:00", 3_000_000, "6222021234567890128")]
    assert db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM audit_log WHERE table_name = 'calls' AND record_id = ? AND username = ?",
                      [str(call_id), officer.username]).fetchone()[0] >= 2


def test_wrong_field_keeps_what_was_typed(qtbot, call_window, db):
    page = call_window.page("call")
    qtbot.keyClicks(page.header.number_entry, "0712-2345678")
    qtbot.keyClick(page.header.number_entry, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Key_Return)
    assert "孝感" in page.header.details.text()
    page.form.fields["caller.id_number"].setText("110105194912310021")
    page.form.notes.setPlainText("受害人称已转账")
    page.save_now()
    assert page.form.errors["caller.id_number"].isVisible()
    assert "校验" in page.form.errors["caller.id_number"].text() or "check digit" in page.form.errors["caller.id_number"].text()
    assert page.form.fields["caller.id_number"].text() == "110105194912310021"
    assert db.execute("SELECT notes FROM calls WHERE id = ?", [page.call_id]).fetchone()[0] == "受害人称已转账"


def test_callback_from_warning_fills_the_call(qtbot, call_window, db, clock):
    db.execute("INSERT INTO warnings (dedupe_key, received_at, deadline_at, level, fraud_type, phone_raw, phone_e164, "
               "person_name, updated_at) VALUES ('t1', ?, ?, 'red', 'investment', '13912345678', '+8613912345678', "
               "'王芳', ?)", [clock.now_iso()] * 3)
    db.conn.commit()
    wid = db.execute("SELECT id FROM warnings").fetchone()[0]
    page = call_window.nav.start_callback(wid) and call_window.page("call")
    row = db.execute("SELECT direction, source, warning_id, call_type, fraud_type FROM calls WHERE id = ?",
                     [page.call_id]).fetchone()
    assert row == ("out", "callback", wid, "warning_callback", "investment")
    assert page.form.fields["caller.name"].text() == "王芳"
