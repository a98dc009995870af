"""Every handling button of the warnings page is named by the models' allowed-actions rule, and follows it:
a button whose key the rule does not know would stay switched off without a word."""

from __future__ import annotations

from console.models.warnings.actions import ALL_ACTIONS, allowed_actions
from console.models.stations.dispatches import dispatches_for
from console.models.warnings.records import get_warning
from tests.models.warnings_data import add_warning


def test_the_buttons_follow_the_rule(qtbot, main_window, ctx, db, officer, clock):
    wid = add_warning(db, officer, clock, minutes_ago=5)
    page = main_window.nav.go("warnings")
    assert set(page.buttons) <= set(ALL_ACTIONS)
    page.open_warning(wid)
    qtbot.waitUntil(lambda: page.warning_id == wid)
    allowed = allowed_actions(get_warning(db, wid), officer, [d.status for d in dispatches_for(db, wid)])
    assert {k for k, b in page.buttons.items() if b.isEnabled()} == set(page.buttons) & allowed
    assert "take" in allowed and page.buttons["take"].isEnabled()
