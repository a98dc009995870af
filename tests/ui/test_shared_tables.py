"""The shared table models (console/ui/widgets/table_model.py and rows_table.py) as every page uses them, filled with
the rows of a small demo centre, each checked by Qt's model tester; and the shared PDF writer, whose title is
the caller's (a case PDF used to be titled 紧急止付申请表)."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from console.models.calls import repeat_victims
from console.models.core.clock import FixedClock
from console.models.core.context import AppContext
from console.models.core.db import connect
from console.models.core.users import Role, User
from console.models.stoppay import requests as stoppay
from console.ui.main_window import MainWindow
from console.ui.tasks import ImmediateRunner
from console.ui.widgets.table_model import TableModel
from tests.models.test_integrity_atomic import _saved_call, _stop_form


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    from console.demo.generator import generate

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    generate(path, years=0.02).conn.close()        # a week of a centre: 600 calls, 6,600 warnings, 180 requests
    return path


@pytest.fixture
def demo(demo_template, tmp_path, qtbot):
    """open(role) -> the main window on a copy of the demo centre, signed in with that role."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    db = connect(path)

    def open_window(role: Role) -> MainWindow:
        uid, name, display = db.execute("SELECT id, username, display_name FROM users WHERE username = ?",
                                        [role.value]).fetchone()
        ctx = AppContext(db_path=path, db=db, user=User(uid, name, display, role), clock=FixedClock(datetime.now()))
        window = MainWindow(ctx, ImmediateRunner(path))       # jobs read the demo's file, not the test's
        qtbot.addWidget(window)
        return window

    yield open_window
    db.conn.close()


def _check(qtmodeltester, model, at_least: int = 1) -> None:
    assert model.rowCount() >= at_least and model.columnCount() > 0, type(model).__name__
    qtmodeltester.check(model, force_py=True)
    header = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert all(isinstance(h, str) and h for h in header), header


def test_administration_tables(qtmodeltester, demo):
    page = demo(Role.ADMIN).show_page("admin")
    for model in (page.users_model, page.audit_model):
        _check(qtmodeltester, model)
    page.ref_choice.setCurrentIndex(page.ref_choice.findData("warning_levels"))
    _check(qtmodeltester, page.ref_model)                  # editable through the audited callback


def test_stop_payment_list_and_request_tables(qtmodeltester, demo):
    page = demo(Role.OFFICER).show_page("stoppay")
    _check(qtmodeltester, page.list_model, at_least=100)
    first = page.list_model.index(0, 0)
    assert page.list_model.data(first, Qt.UserRole) == page.list_model.rows[0][0]      # the request's id
    page.open_request(page.list_model.rows[0][0])
    for model in (page.accounts, page.transfers):           # dict rows, problems and clocks in place
        _check(qtmodeltester, model)


def test_statistics_drill_down_table(qtmodeltester, demo):
    page = demo(Role.SUPERVISOR).show_page("stats")
    page.period.setCurrentIndex(page.period.findData("month"))
    page.compute()
    page.tiles["warnings_received"].click()
    _check(qtmodeltester, page.drill_model, at_least=100)
    money = [c for c, name in enumerate(page.drill_model.columns) if name.endswith("_cents")]
    for c in money:
        assert page.drill_model.index(0, c).data(Qt.TextAlignmentRole) == int(Qt.AlignRight | Qt.AlignVCenter)


def test_script_effectiveness_tables(qtmodeltester, demo):
    page = demo(Role.SENIOR).show_page("scripts")
    view = page.effect_view
    view.refresh()
    for model in (view.model, view.codes, view.sample):
        _check(qtmodeltester, model)
    assert view.model.weak_rows, "the demo has rates resting on too few calls"
    weak = min(view.model.weak_rows)
    assert view.model.index(weak, 0).data(Qt.ForegroundRole) is not None


def test_due_callbacks_table(qtmodeltester, qtbot, ctx, db, officer, clock):
    from console.ui.warnings.callbacks_dialog import CallbacksDialog

    rid = stoppay.create_request_from_call(db, officer, _saved_call(db, officer, clock), clock=clock)
    stoppay.issue(db, officer, rid, _stop_form(db, rid), clock=clock)
    clock.advance(hours=72)
    assert repeat_victims.callbacks_due(db, clock.now())
    dialog = CallbacksDialog(ctx)
    qtbot.addWidget(dialog)
    _check(qtmodeltester, dialog.model)
    assert dialog.model.index(0, 2).data() == "何敏"


def test_an_edit_the_callback_refuses_is_not_shown(qtmodeltester, qapp):
    saved = []

    def on_edit(row, column, value):
        if not value.isdigit():
            return "a number, please"
        saved.append((row, column, value))
        return None

    model = TableModel(["Code", "Minutes"], on_edit=on_edit)
    model.set_rows([("red", 30), ("orange", None)])
    qtmodeltester.check(model, force_py=True)
    assert not model.flags(model.index(0, 0)) & Qt.ItemIsEditable        # the id column stays as it is
    assert not model.setData(model.index(0, 1), "soon") and model.last_error == "a number, please"
    assert model.index(0, 1).data() == "30" and model.index(1, 1).data() == ""
    assert model.setData(model.index(1, 1), "60") and saved == [(1, 1, "60")]
    assert model.index(1, 1).data() == "60"
    model.append_rows([("yellow", 240)])
    assert model.rowCount() == 3 and model.index(2, 0).data() == "yellow"


def test_the_pdf_title_is_the_callers(qapp, tmp_path):
    from console.ui.stoppay.pdf import write_form_pdf
    from console.ui.widgets.pdf import write_html_pdf

    case = write_html_pdf("<h2>何敏</h2><p>来电</p>", tmp_path / "case.pdf", title="案件：何敏")
    form = write_form_pdf("<h2>紧急止付申请表</h2>", tmp_path / "form.pdf")
    assert PdfReader(str(case)).metadata.title == "案件：何敏"
    assert "何敏" in PdfReader(str(case)).pages[0].extract_text()
    assert PdfReader(str(form)).metadata.title == "紧急止付申请表"


def test_the_statistics_report_is_titled_as_a_report(demo, tmp_path):
    page = demo(Role.SUPERVISOR).show_page("stats")
    page.compute()
    pdf = page.export(tmp_path, "pdf")
    assert PdfReader(str(pdf)).metadata.title == "反诈中心统计报表"
