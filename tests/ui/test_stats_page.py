"""The statistics page shows the figures, drills down on a click, and exports files that read back."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from tests.models.test_stats import data  # noqa: F401 (fixture)


def test_page_tiles_drill_and_exports(qtbot, ctx, db, supervisor, runner, data, tmp_path, clock):  # noqa: F811
    from console.ui.main_window import MainWindow

    ctx.user = supervisor
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    page = window.show_page("stats")
    page.period.setCurrentIndex(page.period.findData("month"))
    page.compute()
    assert "4" in page.tiles["warnings_received"].text()
    page.tiles["warnings_handled"].click()
    assert page.drill_model.rowCount() == 3
    shown = {page.drill_model.index(r, c).data() for r in range(3) for c in range(page.drill_model.columnCount())}
    assert "¥80,000.00" in shown and "虚假投资理财" in shown        # money in yuan, codes by name
    closed = [db.execute("SELECT closed_at FROM warnings WHERE id = ?", [r[0]]).fetchone()[0]
              for r in page.drill_model.rows]
    assert closed == sorted(closed, reverse=True)                   # newest handled first
    assert "3" in page.drill_title.text() and not page.drill_more.isVisible()

    # Bars are horizontal, so every fraud type's name is on its axis in full (15.13: they were all "…").
    names = [page.fraud_names.get(c, c) for c, _, _ in page.report.by_fraud_type]
    assert page.by_fraud.axis_labels() == names and not any(n.endswith("…") for n in names)
    xlsx = page.export(tmp_path, "xlsx")
    pdf = page.export(tmp_path, "pdf")
    assert xlsx.exists()
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    assert "统计报表" in text and "接收预警" in text


def test_drill_down_pages_past_the_first_rows_and_says_how_many(qtbot, ctx, supervisor, runner, data,  # noqa: F811
                                                                 monkeypatch):
    from console.ui.main_window import MainWindow
    from console.ui.stats import page as stats_page

    monkeypatch.setattr(stats_page, "DRILL_PAGE", 2)
    ctx.user = supervisor
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("stats")
    page.period.setCurrentIndex(page.period.findData("month"))
    page.compute()
    page.tiles["warnings_received"].click()
    assert page.drill_model.rowCount() == 2 and "2 of 4" in page.drill_title.text()
    assert page.drill_more.isVisible()
    qtbot.mouseClick(page.drill_more, Qt.LeftButton)
    assert page.drill_model.rowCount() == 4 and "all 4" in page.drill_title.text()
    assert not page.drill_more.isVisible()
    times = [r[1] for r in page.drill_model.rows]
    assert times == sorted(times, reverse=True) and len({r[0] for r in page.drill_model.rows}) == 4
