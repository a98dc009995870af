"""The statistics page: headline figures (click one for the records behind it), charts, time to act, exports."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QRectF, Qt
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QScrollArea, QTableView, QVBoxLayout, QWidget)

from console.models.stats import figures as stats
from console.models.calls.interview import code_label
from console.models.core.reference import code_names
from console.models.core.export_files import write_private
from console.models.stats.export import HEADLINE_NAMES, MONEY_KEYS, write_xlsx
from console.models.stats.scopes import scope_choices
from console.models.core.validation import format_amount
from console.ui.page import Page
from console.ui.tasks import failure_message
from console.ui.stats.charts import BarChart, DailyChart
from console.ui.widgets.fit import squeezable
from console.ui.widgets.pdf import pdf_writer
from console.ui.widgets.table_model import RIGHT, TableModel

DRILL_PAGE = 2_000          # rows listed under a figure at a time


class RowsTableModel(TableModel):
    """The rows behind a figure: money in yuan, codes by their names (the values themselves stay exact)."""

    def __init__(self, parent=None):
        super().__init__([], parent)
        self.columns: list[str] = []                # the SQL column of each position, e.g. "loss_saved_cents"
        self.names: dict[str, dict[str, str]] = {}  # column -> code -> display name

    def _column(self, column: int) -> str:
        return self.columns[column] if column < len(self.columns) else ""

    def cell_text(self, row: int, column: int) -> str:
        v = self.rows[row][column]
        col = self._column(column)
        if v is None:
            return ""
        if col.endswith("_cents"):
            return format_amount(v, wan=False)
        return self.names.get(col, {}).get(v, str(v))

    def cell_style(self, row: int, column: int, role: int):
        return RIGHT if role == Qt.TextAlignmentRole and self._column(column).endswith("_cents") else None


class StatisticsPage(Page):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setObjectName("statisticsPage")
        self.report: stats.Report | None = None
        db = self.ctx.db
        self.fraud_names = dict(code_names(db, "fraud_types", lang=self.ctx.lang))
        self.report_fraud_names = dict(code_names(db, "fraud_types"))      # the report file is in Chinese
        self.period = QComboBox(objectName="periodChoice")
        self.setFocusProxy(self.period)             # where the keys go when the page is opened
        for code, text in (("today", self.tr("Today")), ("week", self.tr("This week")), ("month", self.tr("This month")),
                           ("year", self.tr("This year")), ("custom", self.tr("Custom"))):
            self.period.addItem(text, code)
        self.period.setCurrentIndex(3)
        self.start = QDateEdit(QDate.currentDate().addMonths(-1), objectName="periodStart", calendarPopup=True)
        self.end = QDateEdit(QDate.currentDate(), objectName="periodEnd", calendarPopup=True)
        self.scope = QComboBox(objectName="scopeChoice")
        self.scope.addItem(self.tr("Whole city"), ("city", None))
        for choice, name in scope_choices(db):
            self.scope.addItem(self.tr("Officer %1").replace("%1", name) if choice.kind == "officer" else name,
                               (choice.kind, choice.value))
        refresh = QPushButton(self.tr("Compute"), objectName="computeStats")
        refresh.clicked.connect(lambda *_: self.compute())
        self.export_pdf = QPushButton(self.tr("Export PDF…"), objectName="exportStatsPdf")
        self.export_pdf.clicked.connect(lambda: self.export(None, "pdf"))
        self.export_xlsx = QPushButton(self.tr("Export XLSX…"), objectName="exportStatsXlsx")
        self.export_xlsx.clicked.connect(lambda: self.export(None, "xlsx"))
        self.status = QLabel(objectName="statsStatus", wordWrap=True)    # a failure said in full, window kept
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("Period")), self.period, self.start, self.end, QLabel(self.tr("Scope")), self.scope,
                  refresh, self.export_pdf, self.export_xlsx, self.status):
            bar.addWidget(w)
        bar.addStretch()
        squeezable(self.scope, chars=12)    # officers' names make it as wide as the longest
        self.period.currentIndexChanged.connect(self._period_changed)
        self._period_changed()

        self.tiles: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, key in enumerate(stats.HEADLINE):
            tile = QPushButton(objectName=f"tile_{key}")
            tile.setMinimumHeight(70)
            tile.setStyleSheet("QPushButton { font-size: 12pt; background: #f4f6fa; border: 1px solid #ccd; }"
                               "QPushButton:hover { background: #e3eaf5; }")
            tile.clicked.connect(lambda _=False, k=key: self.drill(k))
            grid.addWidget(tile, i // 4, i % 4)
            self.tiles[key] = tile
        self.time_to_act = QLabel(objectName="timeToAct")
        self.time_to_act.setWordWrap(True)     # a long line in English must not widen the window past 1366
        self.time_to_act.setStyleSheet("font-size: 11pt;")
        self.golden_hour = QLabel(objectName="goldenHourFigures")
        self.golden_hour.setStyleSheet("font-size: 11pt;")
        self.golden_hour.setWordWrap(True)
        self.daily = DailyChart()
        self.by_fraud = BarChart("fraudTypeChart")
        self.by_fraud.barClicked.connect(self._fraud_bar)
        self.by_station = BarChart("stationChart")
        self.drill_title = QLabel(objectName="drillTitle", wordWrap=True)
        self.drill_more = QPushButton(objectName="drillMore")
        self.drill_more.clicked.connect(lambda *_: self.drill_next_page())
        self.drill_more.setVisible(False)
        self._drill: tuple[str, str | None] | None = None      # (figure key, fraud type of a bar) shown below
        self._drill_seq = 0
        self.drill_model = RowsTableModel(self)
        self.drill_view = QTableView(objectName="drillTable")
        self.drill_view.setModel(self.drill_model)
        self.drill_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.drill_view.setMinimumHeight(200)

        body = QWidget()
        v = QVBoxLayout(body)
        v.addLayout(grid)
        v.addWidget(self.time_to_act)
        v.addWidget(self.golden_hour)
        self.codes = QLabel(objectName="interviewCodes")
        self.codes.setWordWrap(True)
        v.addWidget(self.codes)
        v.addWidget(self.daily)
        v.addWidget(self.by_fraud)          # one above the other, each the page's width: names read in full
        v.addWidget(self.by_station)
        drill_bar = QHBoxLayout()
        drill_bar.addWidget(self.drill_title, 1)
        drill_bar.addWidget(self.drill_more)
        v.addLayout(drill_bar)
        v.addWidget(self.drill_view)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.compute()

    # -- computing -----------------------------------------------------------------------------
    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.start.setVisible(custom)
        self.end.setVisible(custom)

    def current_period(self) -> stats.Period:
        code = self.period.currentData()
        if code == "custom":
            return stats.Period(self.start.date().toPython(), self.end.date().toPython() + timedelta(days=1))
        return stats.Period.named(code, self.ctx.clock.now().date())

    def current_scope(self) -> stats.Scope:
        kind, value = self.scope.currentData()
        return stats.Scope(kind, value)

    def compute(self) -> None:
        period, scope = self.current_period(), self.current_scope()
        self.status.setText(self.tr("Computing…"))

        db_path, user, connection = self.ctx.db_path, self.ctx.user, self.runner.connection

        def job(progress):
            return stats.report_parallel(db_path, period, scope, user=user, connection=connection)

        self.runner.start(job, self._show, lambda exc: self.status.setText(failure_message(exc)))

    def _show(self, report: stats.Report) -> None:
        self.report = report
        self.status.setText(self.tr("%1 to %2").replace("%1", str(report.period.start))
                            .replace("%2", str(report.period.end - timedelta(days=1))))
        for key, tile in self.tiles.items():
            v = report.headline[key]
            shown = format_amount(v) if key in MONEY_KEYS else f"{v:,}"
            tile.setText(f"{self.figure_name(key)}\n{shown}")
        w_med, w_p90 = report.time_to_act["warning_to_contact"]
        c_med, c_p90 = report.time_to_act["call_to_request"]
        self.time_to_act.setText(
            self.tr("Warning to first contact: median %1 min, 90%: %2 min.   Call to stop-payment request: median %3 min, 90%: %4 min.")
            .replace("%1", _num(w_med)).replace("%2", _num(w_p90)).replace("%3", _num(c_med)).replace("%4", _num(c_p90)))
        self.golden_hour.setText(self._golden_hour_text(report.parts.get("golden_hour")))
        codes = report.parts.get("codes") or []
        self.codes.setVisible(bool(codes))
        self.codes.setText(self.tr("Calls by interview code: %1").replace("%1", " · ".join(
            f"{code_label(code, self.ctx.lang)} {n:,}" for code, n in codes[:10])))
        names = {"warnings_received": self.tr("Warnings received"), "warnings_handled": self.tr("Warnings handled"),
                 "calls": self.tr("Calls"), "sms_sent": self.tr("SMS sent")}
        self.daily.show_series(report.daily, names)
        self.by_fraud.show_bars(self.tr("By fraud type"), [self.fraud_names.get(c, c) for c, _, _ in report.by_fraud_type],
                                [(self.tr("Warnings"), [w for _, w, _ in report.by_fraud_type]),
                                 (self.tr("Calls"), [c for _, _, c in report.by_fraud_type])])
        top = report.by_station[:12]
        self.by_station.show_bars(self.tr("By station (dispatches)"), [n for _, n, _, _ in top],
                                  [(self.tr("Dispatched"), [d for _, _, d, _ in top]),
                                   (self.tr("Dissuaded face to face"), [x for _, _, _, x in top])])

    def _golden_hour_text(self, g) -> str:
        """Minutes from the first transfer to the request and to the bank's answer, the money stopped in time,
        renewals and lapses, the ladder's steps and how they ended."""
        if g is None:
            return ""
        (t_med, t_p90), (r_med, r_p90) = g.transfer_to_issue, g.issue_to_result

        def share(h: int) -> str:
            value = g.share(h)
            return "–" if value is None else f"{value:.0%} ({format_amount(g.stopped_within.get(h, 0))})"

        kinds = {"call": self.tr("calls"), "sms": self.tr("SMS"), "contact": self.tr("emergency contact"),
                 "station": self.tr("station")}
        results = {"reached": self.tr("reached"), "no_answer": self.tr("no answer"), "busy": self.tr("busy"),
                   "sent": self.tr("sent"), "failed": self.tr("failed"), "stopped": self.tr("stopped"),
                   "running": self.tr("still running")}
        ladder = "; ".join(
            f"{kinds.get(kind, kind)}: " + ", ".join(f"{results.get(res, res)} {n}" for (k, res), n in g.ladder.items()
                                                     if k == kind)
            for kind in dict.fromkeys(k for k, _ in g.ladder)) or "–"
        lines = [
            self.tr("First transfer to stop-payment issued: median %1 min, 90%: %2 min. Issue to the bank's "
                    "result: median %3 min, 90%: %4 min.").replace("%1", _num(t_med)).replace("%2", _num(t_p90))
            .replace("%3", _num(r_med)).replace("%4", _num(r_p90)),
            self.tr("Money stopped within 1 h: %1 · 6 h: %2 · 48 h: %3 of %4 at stake.").replace("%1", share(1))
            .replace("%2", share(6)).replace("%3", share(48)).replace("%4", format_amount(g.money_at_stake)),
            self.tr("Renewals: %1 · Freezes: %2 · Windows lapsed with nobody acting: %3").replace("%1", str(g.renewals))
            .replace("%2", str(g.freezes)).replace("%3", str(g.lapses)),
            self.tr("Escalation ladder steps: %1").replace("%1", ladder),
        ]
        return "\n".join(lines)

    def drill(self, key: str) -> None:
        """Lists the records behind a headline figure (the same query that counted them), newest first."""
        self._drill = (key, None)
        self._drill_columns(stats.drill_columns(key))
        self.drill_model.set_rows([])
        self.drill_next_page()

    def _fraud_bar(self, index: int) -> None:
        if self.report is None:
            return
        self._drill = ("warnings_received", self.report.by_fraud_type[index][0])
        self._drill_columns(stats.drill_columns("warnings_received"))
        self.drill_model.set_rows([])
        self.drill_next_page()

    def drill_next_page(self) -> None:
        """The next DRILL_PAGE rows below those listed, read off the UI thread (a year's figure is hundreds of
        thousands of rows); the title says how many there are in all."""
        if self._drill is None:
            return
        self._drill_seq += 1
        seq, drill, offset = self._drill_seq, self._drill, len(self.drill_model.rows)
        key, code = drill
        period, scope, user = self.current_period(), self.current_scope(), self.ctx.user
        self.drill_more.setEnabled(False)

        def job(db, progress):
            return (stats.rows(db, key, period, scope, user=user, limit=DRILL_PAGE, offset=offset,
                               fraud_type=code),
                    stats.row_count(db, key, period, scope, user=user, fraud_type=code))

        def done(result) -> None:
            if seq != self._drill_seq:
                return                   # another figure was chosen meanwhile
            page, total = result
            self.drill_model.append_rows(page)
            self._say_drill(key, code, total)

        def failed(exc) -> None:
            if seq == self._drill_seq:
                self.drill_title.setText(failure_message(exc))

        self.runner.read(job, done, failed)

    def _say_drill(self, key: str, code: str | None, total: int) -> None:
        shown = len(self.drill_model.rows)
        what = (self.tr("Warnings of type %1").replace("%1", self.fraud_names.get(code, code)) if code is not None
                else self.tr("Records behind: %1").replace("%1", self.figure_name(key)))
        self.drill_title.setText(self.tr("%1: all %2, newest first").replace("%1", what).replace("%2", f"{total:,}")
                                 if shown >= total else
                                 self.tr("%1: showing %2 of %3, newest first").replace("%1", what)
                                 .replace("%2", f"{shown:,}").replace("%3", f"{total:,}"))
        self.drill_more.setText(self.tr("Show the next %1").replace("%1", f"{min(DRILL_PAGE, total - shown):,}"))
        self.drill_more.setVisible(shown < total)
        self.drill_more.setEnabled(True)

    def _drill_columns(self, columns: list[str]) -> None:
        self.drill_model.headers = self.column_names(columns)
        self.drill_model.columns = columns
        if not self.drill_model.names:
            lang = self.ctx.lang
            self.drill_model.names = {
                "level": dict(code_names(self.ctx.db, "warning_levels", lang=lang)),
                "fraud_type": dict(code_names(self.ctx.db, "fraud_types", lang=lang)),
                "outcome": dict(code_names(self.ctx.db, "outcomes", lang=lang)),
                "call_type": dict(code_names(self.ctx.db, "call_types", lang=lang)),
            }

    def column_names(self, columns: list[str]) -> list[str]:
        names = {"id": self.tr("No."), "received_at": self.tr("Received"), "phone_raw": self.tr("Phone"),
                 "level": self.tr("Level"), "fraud_type": self.tr("Fraud type"), "outcome": self.tr("Outcome"),
                 "loss_saved_cents": self.tr("Loss saved"), "created_at": self.tr("Time"),
                 "phone_e164": self.tr("Phone"), "template_code": self.tr("Template"), "warning_id": self.tr("Warning"),
                 "call_id": self.tr("Call"), "started_at": self.tr("Time"), "caller_raw": self.tr("Caller"),
                 "call_type": self.tr("Call type"), "issued_at": self.tr("Issued"), "request_no": self.tr("Request no."),
                 "status": self.tr("Status"), "amount_cents": self.tr("Amount"),
                 "stopped_cents": self.tr("Stopped"), "fail_reason": self.tr("Reason"),
                 "feedback_at": self.tr("Feedback"), "reason": self.tr("Reason"), "dissuaded": self.tr("Dissuaded"),
                 "visited": self.tr("Visited")}
        return [names.get(c, "") for c in columns]

    def figure_name(self, key: str) -> str:
        return {
            "warnings_received": self.tr("Warnings received"), "warnings_handled": self.tr("Warnings handled"),
            "warnings_dissuaded": self.tr("Warnings dissuaded"), "sms_sent": self.tr("Warning SMS sent"),
            "calls": self.tr("Hotline calls"), "accounts_stopped": self.tr("Accounts stop-paid"),
            "amount_stopped": self.tr("Amount stopped"), "loss_saved": self.tr("Loss saved"),
        }.get(key, key)

    # -- exporting -----------------------------------------------------------------------------
    def export(self, folder: Path | None, kind: str) -> Path | None:
        if self.report is None:
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the report"))
            if not chosen:
                return None
            folder = Path(chosen)
        name = f"统计报表_{self.report.period.start}_{self.report.period.end - timedelta(days=1)}"
        if kind == "xlsx":
            return write_xlsx(self.report, folder / f"{name}.xlsx", self.report_fraud_names)
        return write_private(folder / f"{name}.pdf", self._write_pdf)      # user-only, complete or absent

    def _write_pdf(self, path: Path) -> Path:
        writer = pdf_writer(path, title="反诈中心统计报表", resolution=120, margins_mm=None)
        painter = QPainter(writer)
        width = writer.width()
        doc = QTextDocument()
        rows = "".join(f"<tr><td>{HEADLINE_NAMES[k]}</td><td align='right'>"
                       f"{format_amount(v) if k in MONEY_KEYS else f'{v:,}'}</td></tr>"
                       for k, v in self.report.headline.items())
        doc.setHtml(f"<h2>反诈中心统计报表</h2><p>{self.status.text()} · {self.scope.currentText()}</p>"
                    f"<table border='1' cellspacing='0' cellpadding='4'>{rows}</table><p>{self.time_to_act.text()}</p>")
        doc.setTextWidth(width)
        doc.drawContents(painter)
        y = doc.size().height() + 20
        for chart in (self.daily, self.by_fraud, self.by_station):
            image = chart.grab()
            h = width * image.height() / max(1, image.width())
            if y + h > writer.height():
                writer.newPage()
                y = 0
            painter.drawPixmap(QRectF(0, y, width, h).toRect(), image)
            y += h + 20
        painter.end()
        return path


def _num(v) -> str:
    return "—" if v is None else f"{v:g}"



