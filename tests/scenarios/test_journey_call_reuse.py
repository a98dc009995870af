"""Journey: what the console already holds is offered, not retyped (15.11). Before: a caller with a history
had to give name, ID and accounts again, and a transfer's receiving account was typed in full and never
checked against the call's accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from console.models.calls import records as calls
from console.models.calls.source import manual_call
from tests.journey import Person

ID = "420902198503120028"


def test_known_caller_and_accounts_are_picked_not_retyped(qtbot, journey_window, db, officer, clock):
    clock.advance(hours=-5)                                   # the same caller this morning
    earlier = calls.start_call(db, officer, manual_call("13971234567"), clock=clock)
    form = calls.empty_form(manual_call("13971234567"))
    form["caller"].update(name="何敏", id_number=ID)
    form["victim"]["account"] = "6228480000000000000"
    form["accounts"] = [{"role": "suspect", "kind": "bank_card", "number": "6217001234567890122", "holder": "李强"}]
    form["outcome"] = "dissuaded"
    calls.save_call(db, officer, earlier, form, clock=clock)
    calls.close_call(db, officer, earlier, clock=clock)
    clock.advance(hours=5)

    person = Person(qtbot, pace_s=0.05)
    page = journey_window.page("call")
    f = page.form
    person.shortcut("Ctrl+N")
    person.type("139 7123 4567\n")
    person.wait_until(lambda: page.call_id not in (None, earlier))
    assert f.known.isVisible() and "何敏" in f.known.text() and ID not in f.known.text()    # the ID masked
    person.shortcut("Alt+K")
    assert (f.fields["caller.name"].text(), f.fields["caller.id_number"].text()) == ("何敏", ID)
    assert f.fields["victim.account"].text() == "6228480000000000000"
    assert [r["number"] for r in f.accounts.rows] == ["6217001234567890122"]

    person.shortcut("Ctrl+Shift+T")
    person.type("13:40")
    person.tab()
    person.type("50000")
    person.tab(3)
    person.type("6222021234567890128")                        # not among the call's accounts
    person.key(Qt.Key.Key_Return)
    person.wait(1200)
    assert (0, "to") in f.transfers.problems and f.table_errors.isVisible()
    person.shortcut("Ctrl+Shift+A")                           # add it above: the mark goes
    person.type("6222021234567890128")
    person.key(Qt.Key.Key_Return)
    person.wait(1200)
    assert not f.transfers.problems
    rows = db.execute("SELECT ca.role, a.number FROM call_accounts ca JOIN accounts a ON a.id = ca.account_id "
                      "WHERE ca.call_id = ? ORDER BY a.number", [page.call_id]).fetchall()
    assert rows == [("suspect", "6217001234567890122"), ("suspect", "6222021234567890128"),
                    ("victim", "6228480000000000000")]
    assert person.typed.get("何敏") is None and person.typed.get(ID) is None
