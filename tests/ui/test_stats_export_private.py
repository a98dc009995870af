"""The statistics report files (PDF drawn by the page, XLSX by the models) are readable by this user only."""

from __future__ import annotations

import stat

from pypdf import PdfReader

from tests.models.test_stats import data  # noqa: F401 (fixture)


def test_report_files_are_private(qtbot, ctx, supervisor, runner, data, tmp_path):  # noqa: F811
    from console.ui.main_window import MainWindow

    ctx.user = supervisor
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    page = window.show_page("stats")
    page.period.setCurrentIndex(page.period.findData("month"))
    page.compute()
    out = tmp_path / "reports"
    out.mkdir()
    files = [page.export(out, "xlsx"), page.export(out, "pdf")]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in files)
    assert "统计报表" in "".join(p.extract_text() for p in PdfReader(str(files[1])).pages)
