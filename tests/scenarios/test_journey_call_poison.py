"""Journey: a value no amount can be ('1e1000000') is refused at its field; a damaged draft is set aside.

Before: `1e1000000` in an amount raised decimal.Overflow on every autosave, on hang-up and on every restart,
locking the officer out of the console."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from console.models.core.settings import SettingsStore
from tests.journey import Person, no_error_boxes


def test_poison_amount_is_refused_at_its_field(qtbot, journey_window, db):
    person = Person(qtbot, pace_s=0.05)
    page = journey_window.page("call")
    person.shortcut("Ctrl+N")
    person.type("13971234567\n")
    person.wait_until(lambda: page.call_id is not None)
    person.shortcut("Alt+O")                   # the outcome
    assert person.focus() is page.form.outcome
    person.tab()                               # loss saved
    person.type("1e1000000")
    person.wait(1200)
    error = page.form.errors["loss_saved"]
    assert error.isVisible() and error.text()
    assert page.form.fields["loss_saved"].text() == "1e1000000"          # kept as typed, to be fixed
    person.tab()                               # loss suffered: a transfer amount the same way
    person.shortcut("Ctrl+Shift+T")
    person.tab()                               # time left empty; the amount cell
    person.type("9" * 400)
    person.key(Qt.Key.Key_Return)
    person.wait(700)
    assert (0, "amount") in page.form.transfers.problems
    call_id = page.call_id
    person.when_dialog(lambda d: d.later.click())
    person.shortcut("Ctrl+E")                  # hang up: no exception, the call waits for its outcome
    person.wait_until(lambda: page.call_id is None)
    assert db.execute("SELECT status, loss_saved_cents FROM calls WHERE id = ?", [call_id]).fetchone() == \
        ("awaiting_outcome", 0)
    assert not no_error_boxes()


def test_damaged_draft_is_set_aside_with_a_message(qtbot, db_path, db, officer, clock, runner, private_home):
    cid = calls.start_call(db, officer, manual_call("13971234567"), clock=clock)
    db.execute("INSERT INTO drafts (kind, key, user_id, payload, updated_at) VALUES ('call', ?, ?, ?, ?)",
               [str(cid), officer.id, '{"notes": {"not": "text"}, "accounts": 5', clock.now_iso()])
    db.conn.commit()
    SettingsStore().set("ring_port", 0)
    from console.models.core.context import AppContext
    from console.ui.main_window import MainWindow

    window = MainWindow(AppContext(db_path=db_path, db=db, user=officer, clock=clock), runner)
    qtbot.addWidget(window)
    window.show()
    page = window.page("call")
    assert page.call_id is None                                  # the console starts, idle
    assert page.notice.isVisible() and str(cid) in page.notice.text()
    kept = db.execute("SELECT kind, payload FROM drafts WHERE key = ?", [str(cid)]).fetchall()
    assert kept == [("call:set-aside", '{"notes": {"not": "text"}, "accounts": 5')]
    assert page.side.awaiting_model.rowCount() == 1               # the call itself waits for its outcome


TEXT = st.text(max_size=60)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(TEXT, min_size=17, max_size=17))
def test_any_text_in_any_field_never_raises(qtbot, main_window, db, values):
    """Every field of the call form, any text: the page saves, marks, and nothing reaches Qt."""
    page = main_window.page("call")
    if page.call_id is None:
        page.start_incoming(manual_call("13971234567"))
    f = page.form
    it = iter(values)
    for key in sorted(f.fields):
        f.fields[key].setText(next(it))
    f.notes.setPlainText(next(it))
    f.accounts.set_rows([{"number": next(it), "holder": next(it)}])
    f.transfers.set_rows([{"time": next(it), "amount": next(it), "serial": next(it), "to": next(it)}])
    page.save_now()
    page._tick()
    page._refresh_side()
    assert json.loads(db.execute("SELECT payload FROM drafts WHERE key = ?", [str(page.call_id)]).fetchone()[0]) \
        == f.payload()
