"""Issue 20: a call driven through the structured interview with keys only, for three fraud types and three
victim states: the code, the call fields filled from the answers, the scripts shown, the response offered."""

from __future__ import annotations

import json

from console.ui.actions import ActionName
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.journey import Person, no_error_boxes
from tests.scenarios.test_journey_scripts import click_into, click_tab, close_window, open_window

PACE = 0.05
DISSUADED_DOWNS = 1            # the dialog starts with nothing chosen; the first outcome is 劝阻成功


def _start_call(person: Person, number: str, id_number: str = "") -> None:
    person.shortcut("Ctrl+N")
    person.type(number + "\n")            # the focus lands on the caller's name
    if id_number:
        person.tab()
        person.type(id_number)
    person.shortcut("F6")                  # the interview


def _row(db, call_id):
    return db.execute("SELECT fraud_type, victim_state, determinant_code, interview_json, response_json, notes "
                      "FROM calls WHERE id = ?", [call_id]).fetchone()


def _scripts_text(page) -> str:
    return page.side.scripts.toPlainText()


def _end_call(person: Person, page, outcome_downs: int | None = None) -> None:
    """Hangs up; the outcome is chosen with Down in the dialog's list (None: it will follow)."""
    def answer(dialog) -> None:
        for _ in range(outcome_downs or 0):
            person.key(Qt.Key.Key_Down)
        person.click(dialog.later if outcome_downs is None else dialog.record)

    person.when_dialog(answer)
    person.shortcut("Ctrl+E")
    person.wait_until(lambda: page.call_id is None)


def test_three_fraud_types_three_states_keys_only(qtbot, journey_window, ctx, db, senior):
    person = Person(qtbot, pace_s=PACE)
    page = journey_window.page("call")
    panel = page.interview
    badge = journey_window.findChild(type(page.header.number), "victimStateBadge")

    # 1. 刷单返利, already paid twenty minutes ago (the clock stands at 14:00).
    _start_call(person, "13971234567")
    assert person.focus() is panel
    person.type("1")                       # fraud type: 刷单返利 (first in the list)
    person.type("1")                       # the victim is calling
    person.type("2")                       # no longer in contact
    person.type("1")                       # money has left
    person.type("3000\n")                  # how much
    person.type("13:40\n")                 # when
    person.type("6217001234567890122\n")   # to which account
    person.type("快乐淘单\n")              # in which app
    person.type("1")                       # small rebates first
    person.type("1")                       # "stuck order"
    person.type("2")                       # no recovery offer
    person.type("1")                       # believes the officer
    first = page.call_id
    person.wait_until(lambda: _row(db, first)[2] == "rebate.paid.lt1h")
    fraud_type, state, code, answers, response, notes = _row(db, first)
    assert (fraud_type, state) == ("rebate", "paid")
    assert json.loads(response) == ["stop_payment", "scripts"]
    assert json.loads(answers)["amount"] == "3000" and json.loads(answers)["app"] == "快乐淘单"
    # The answers landed in the call's own fields: nothing typed twice.
    person.wait_until(lambda: db.execute("SELECT count(*) FROM call_transfers WHERE call_id = ?", [first])
                      .fetchone()[0] == 1)
    amount, at = db.execute("SELECT amount_cents, transferred_at FROM call_transfers WHERE call_id = ?",
                            [first]).fetchone()
    assert amount == 300_000 and at.startswith("2026-11-25") and "13:40" in at
    person.wait_until(lambda: db.execute(
        "SELECT a.number FROM call_accounts c JOIN accounts a ON a.id = c.account_id WHERE c.call_id = ? "
        "AND c.role = 'suspect'", [first]).fetchall() == [("6217001234567890122",)])
    person.wait_until(lambda: "快乐淘单" in (_row(db, first)[5] or ""))
    assert "刷单-已转账<1h" in badge.text() and "刷单-已转账<1h" == panel.code.text()
    assert "紧急止付" in panel.response.text() or "stop-payment" in panel.response.text()
    assert "已转账：紧急止付" in _scripts_text(page) and "仍在联系" not in _scripts_text(page)
    assert page.buttons[ActionName.STOP_PAYMENT].isEnabled()
    _end_call(person, page, outcome_downs=DISSUADED_DOWNS)
    assert db.execute("SELECT outcome FROM calls WHERE id = ?", [first]).fetchone()[0] == "dissuaded"

    # 2. 冒充公检法, the scammer is still on the other line.
    _start_call(person, "13800001234")
    person.type("5")                       # 冒充公检法
    person.type("1")                       # the victim
    person.type("1")                       # still in contact
    assert "仍在联系：先断开" in _scripts_text(page), "the scripts follow the state at once"
    assert "老年人" not in _scripts_text(page)
    person.type("3")                       # no money has left
    person.type("1")                       # "police"
    person.type("1")                       # "money laundering"
    person.type("1")                       # a "safe account" was named
    person.type("1")                       # screen sharing
    person.type("云视讯会议\n")            # the app
    person.type("+85268001234\n")          # the number they called from
    person.type("2")
    person.type("2")                       # doubts the officer: still in contact is the more urgent state
    second = page.call_id
    person.wait_until(lambda: _row(db, second)[2] == "police_impersonation.in_contact.now")
    fraud_type, state, code, answers, response, notes = _row(db, second)
    assert state == "in_contact" and json.loads(response) == ["dispatch", "scripts"]
    person.wait_until(lambda: "+85268001234" in _row(db, second)[5] and "云视讯会议" in _row(db, second)[5])
    assert "冒充公检法（仍在联系）" in _scripts_text(page)
    assert "派出所" in panel.response.text() or "Dispatch" in panel.response.text()
    _end_call(person, page)

    # 3. 虚假投资, a repeat victim of 76 offered "recovery"; the officer marks doubt with one key, then lifts it.
    _start_call(person, "13911112222", "110101195001011239")
    assert person.focus() is panel
    person.type("2")                       # 虚假投资理财
    person.type("1")
    person.type("2")
    person.type("3")                       # nothing paid this time
    person.type("\n")                      # the app: skipped with an empty Enter
    person.type("1")
    person.type("1")
    person.type("1")                       # someone offers to recover the loss
    third = page.call_id
    person.wait_until(lambda: _row(db, third)[1] == "recovery")
    assert "二次被骗：追损是第二次骗局" in _scripts_text(page)
    assert "老年人：慢慢说" in _scripts_text(page), "the victim's ID says 76: the words for the elderly join"
    assert "虚假投资（追损）" in _scripts_text(page)
    person.shortcut("Alt+4")               # the officer: she is hostile now
    person.wait_until(lambda: _row(db, third)[1] == "doubting")
    assert "不信或抵触" in _scripts_text(page) and "追损是第二次骗局" not in _scripts_text(page)
    assert "不信/抵触" in badge.text()
    person.shortcut("Alt+4")               # pressed again: back to what the answers say
    person.type("1")                       # believes the officer after all
    person.wait_until(lambda: _row(db, third)[2] == "investment.recovery.routine")
    answers = json.loads(_row(db, third)[3])
    assert answers["app"] == "" and "_state" not in answers
    _end_call(person, page)

    # Reopened, a call shows its interview as it was left.
    assert no_error_boxes() == []
    codes = dict(db.execute("SELECT determinant_code, count(*) FROM calls WHERE determinant_code IS NOT NULL "
                            "GROUP BY 1").fetchall())
    assert codes == {"rebate.paid.lt1h": 1, "police_impersonation.in_contact.now": 1,
                     "investment.recovery.routine": 1}

    # A senior reads which words worked, per version and victim state, with the calls behind each rate.
    close_window(qtbot, journey_window)
    window = open_window(qtbot, ctx, senior)
    person.shortcut("Ctrl+3")
    scripts = window.page("scripts")
    click_tab(person, scripts.tabs, "话术效果" if scripts.tabs.tabText(0) == "阅读" else "Which words work")
    view = scripts.effect_view
    rows = {(r[0], r[1], r[2]): r for r in view.model.rows}
    paid = rows[("已转账：紧急止付", "v1", "已转账")]
    assert (paid[3], paid[4]) == ("100%", 1)
    assert paid[5] in ("样本太少，不足以判断", "too few calls to judge")
    assert any(r[2] == "仍在联系" for r in view.model.rows)
    codes = {r[0]: r[1] for r in view.codes.rows}
    assert codes == {"刷单-已转账<1h": 1, "冒充公检法-仍在联系-紧急": 1, "投资-二次被骗/追损-一般": 1}
    graded = {r[1]: r for r in view.sample.rows}
    assert graded["刷单-已转账<1h"][2] == "11/11" and graded["刷单-已转账<1h"][5][0] in "ABCD"
    close_window(qtbot, window)


def test_senior_writes_a_script_for_victims_about_to_pay(qtbot, ctx, db, senior):
    """The editor's victim list: ticked with Space, saved with the version, shown to the reader."""
    person = Person(qtbot, pace_s=PACE)
    window = open_window(qtbot, ctx, senior)
    person.shortcut("Ctrl+3")
    page = window.page("scripts")
    click_tab(person, page.tabs, "编辑" if page.tabs.tabText(0) == "阅读" else "Edit")
    person.click(page.findChild(QPushButton, "newScript"))
    click_into(person, page.edit_title)
    person.type("正要转账：先把钱留在卡里")
    person.tab(3)                          # stage, fraud types, victims
    assert person.focus() is page.edit_states
    person.key(Qt.Key.Key_Right)           # 正要转账 is the second state
    person.key(Qt.Key.Key_Space)
    person.tab()
    person.type("{name}，先别转，钱留在您自己卡里最安全。")
    person.click(page.findChild(QPushButton, "submitScript"))
    row = db.execute("SELECT v.victim_states, v.audiences, v.status FROM script_versions v JOIN scripts s "
                     "ON s.id = v.script_id WHERE s.title = ?", ["正要转账：先把钱留在卡里"]).fetchone()
    assert row == ('["about_to_pay"]', "[]", "review")
    close_window(qtbot, window)
