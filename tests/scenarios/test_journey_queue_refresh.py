"""Journey: an officer opens a full warning queue and changes its filter; each refresh of the table asks for
the cells on screen only (resizing every column to its contents read every cell of the page, about eight
data() calls a cell, on the UI thread at every refresh), the columns
keep their widths from one refresh to the next, and what is shown fits in them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.models.warnings.queue import PAGE_SIZE
from console.ui.warnings.queue_model import COLUMNS
from tests.journey import Person, no_error_boxes
from tests.models.warnings_data import add_warning


def test_queue_refresh_reads_only_the_cells_on_screen(qtbot, journey_window, db, officer, clock):
    for i in range(PAGE_SIZE + 40):
        add_warning(db, officer, clock, minutes_ago=i % 300, level=("red", "orange")[i % 2],
                    name=("张三", "欧阳娜娜", "")[i % 3], district=("孝南区", "汉川市")[i % 2],
                    fraud_type=("冒充公检法", "刷单返利")[i % 2])
    window = journey_window
    window.resize(1366, 768)
    person = Person(qtbot, pace_s=0.05)
    person.shortcut("Ctrl+2")
    page = window.page("warnings")
    person.wait_until(lambda: page.model.rowCount() == PAGE_SIZE, 10_000)
    header = page.table.horizontalHeader()
    widths = [header.sectionSize(i) for i in range(len(COLUMNS) - 1)]     # (the last column stretches)

    # The officer picks "red" in the level filter: the queue is read again and the table refilled.
    page.model.data_calls = 0
    qtbot.mouseClick(page.phone, Qt.MouseButton.LeftButton)      # into the phone filter, back to the level
    person.wait()
    for _ in range(3):
        person.key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert person.focus() is page.level
    person.key(Qt.Key.Key_Down)
    person.wait_until(lambda: page.model.rowCount() > 0 and {r.level for r in page.model.rows} == {"red"}, 10_000)
    person.wait(300)
    cells = page.model.rowCount() * len(COLUMNS)
    assert page.model.rowCount() == (PAGE_SIZE + 40) // 2
    # A paint asks several roles of each cell on screen; resizing to contents asked them of every cell of the
    # page (10,992 calls for these 1,320 cells before): well under four calls a cell of the page now.
    assert 0 < page.model.data_calls < 4 * cells, (page.model.data_calls, cells)
    assert [header.sectionSize(i) for i in range(len(COLUMNS) - 1)] == widths

    # What is on screen fits its column (no "…"): time left, received, phone, name, district.
    metrics = page.table.fontMetrics()
    visible = range(page.table.rowAt(0), page.table.rowAt(page.table.viewport().height() - 1) + 1)
    assert len(visible) > 5
    for row in visible:
        for col in ("received", "phone", "name", "district", "fraud_type"):
            c = COLUMNS.index(col)
            text = page.model.data(page.model.index(row, c))
            assert metrics.horizontalAdvance(text) + 8 <= header.sectionSize(c), (col, text)
    assert no_error_boxes() == []
    assert QApplication.activeModalWidget() is None
