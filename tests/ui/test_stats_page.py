"""The statistics page shows the figures, drills down on a click, and exports files that read back."""

from __future__ import annotations

from pypdf import PdfReader

from tests.models.test_stats import data  # noqa: F401 (fixture)


def test_page_tiles_drill_and_exports(qtbot, ctx, supervisor, runner, data, tmp_path, clock):  # noqa: F811
    from console.models.settings import Settings
    from console.ui.main_window import MainWindow

    ctx.user = supervisor
    window = MainWindow(ctx, Settings(), runner)
    qtbot.addWidget(window)
    page = window.show_page("stats")
    page.period.setCurrentIndex(page.period.findData("month"))
    page.compute()
    assert "4" in page.tiles["warnings_received"].text()
    page.tiles["warnings_handled"].click()
    assert page.drill_model.rowCount() == 3
    shown = {page.drill_model.index(r, c).data() for r in range(3) for c in range(page.drill_model.columnCount())}
    assert "¥80,000.00" in shown and "虚假投资理财" in shown        # money in yuan, codes by name
    xlsx = page.export(tmp_path, "xlsx")
    pdf = page.export(tmp_path, "pdf")
    assert xlsx.exists()
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    assert "统计报表" in text and "接收预警" in text
