"""The administration page: what each role sees, adding a user, editing reference data, the audit browser."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from console.ui.main_window import MainWindow


def _window(qtbot, ctx, runner, user):
    ctx.user = user
    w = MainWindow(ctx, runner)
    qtbot.addWidget(w)
    return w


def test_admin_adds_user_and_sees_every_tab(qtbot, ctx, runner, admin, db):
    page = _window(qtbot, ctx, runner, admin).show_page("admin")
    tabs = page.findChild(QTabWidget, "adminTabs")
    assert tabs.count() == 5                                     # ... and the database server
    page.new_username.setText("wang")
    page.new_name.setText("王芳")
    page.new_password.setText("short")
    assert not page.add_user() and page.message.text()          # said where the admin is looking
    assert page.new_username.text() == "wang"                   # nothing typed is lost
    page.new_password.setText("long-enough-1")
    assert page.add_user()
    assert db.execute("SELECT role FROM users WHERE username = 'wang'").fetchone()[0] == "officer"


def test_senior_edits_reference_data_audited(qtbot, ctx, runner, senior, db):
    page = _window(qtbot, ctx, runner, senior).show_page("admin")
    assert page.findChild(QTabWidget, "adminTabs").count() == 1
    page.ref_choice.setCurrentIndex(page.ref_choice.findData("warning_levels"))
    row = next(i for i, r in enumerate(page.ref_model.rows) if r[0] == "red")
    col = 1 + ["name", "name_en", "deadline_minutes", "color"].index("deadline_minutes")
    assert not page.ref_model.setData(page.ref_model.index(row, col), "soon")
    assert page.ref_model.setData(page.ref_model.index(row, col), "15")
    assert db.execute("SELECT deadline_minutes FROM warning_levels WHERE code = 'red'").fetchone()[0] == 15
    assert db.execute("SELECT username FROM audit_log WHERE table_name = 'warning_levels'").fetchone()[0] == "senior"


def test_supervisor_browses_the_audit_log(qtbot, ctx, runner, supervisor):
    page = _window(qtbot, ctx, runner, supervisor).show_page("admin")
    assert page.findChild(QTabWidget, "adminTabs").count() == 2          # reference data and audit log
    page.audit_user.setText("senior")
    page.refresh_audit()
    assert all(r[1] == "senior" for r in page.audit_model.rows)


def test_officer_has_no_admin_page(qtbot, ctx, runner, officer):
    assert _window(qtbot, ctx, runner, officer).show_page("admin") is None
