"""The selected warning's detail is read on the page's runner, not in the slots that follow each queue refresh
(they stalled the UI thread beside an import, issue 18): until it is on screen no action acts, and an answer
for a warning selected before is dropped. The runner here holds its jobs until the test lets them run, so the
order in which the answers come is the test's to choose."""

from __future__ import annotations

from console.models.warnings.records import get_warning
from console.ui.tasks import TaskRunner

from tests.models.warnings_data import add_warning


class HeldRunner(TaskRunner):
    """Runs each job on the calling thread, but only when the test says so."""

    def __init__(self, db_path):
        super().__init__(db_path, pool=None)
        self.held = []

    def _launch(self, runnable) -> None:
        self.held.append(runnable)

    def run_all(self) -> None:
        while self.held:
            self.held.pop(0).run()


def test_actions_wait_for_the_detail_and_a_stale_answer_is_dropped(qtbot, ctx, db, officer, clock):
    from console.ui.main_window import MainWindow

    first = add_warning(db, officer, clock, minutes_ago=20, name="甲")
    second = add_warning(db, officer, clock, minutes_ago=15, name="乙")
    third = add_warning(db, officer, clock, minutes_ago=10, name="丙")
    runner = HeldRunner(ctx.db_path)
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.show()
    window.show_page("warnings")
    page = window.page("warnings")
    runner.run_all()                           # the queue, then the first row's detail
    runner.run_all()
    assert page.warning_id == first and "甲" in page.detail.toPlainText()
    assert page.buttons["take"].isEnabled()

    page.table.selectRow(1)                    # the officer moves to the second row
    assert runner.held, "the detail is read on the runner, not in the slot"
    assert page.warning_id == first and page.ready_id() is None
    assert not any(b.isEnabled() for b in page.buttons.values())
    assert page.take() is False                # Ctrl+T before the detail is on screen acts on nothing
    assert get_warning(db, first).holder_id is None and get_warning(db, second).holder_id is None

    page.table.selectRow(2)                    # and on to the third before the second's answer came
    stale, fresh = runner.held
    runner.held.clear()
    fresh.run()
    assert page.warning_id == third and "丙" in page.detail.toPlainText()
    stale.run()                                # the second's answer, late: dropped
    assert page.warning_id == third and "丙" in page.detail.toPlainText() and "乙" not in page.detail.toPlainText()
    assert page.buttons["take"].isEnabled()
    assert page.take() is True
    runner.run_all()
    assert get_warning(db, third).holder_id == officer.id
