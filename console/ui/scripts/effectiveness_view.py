"""Which words work: dissuasion rate per script version and per victim state, with the number of calls
behind each rate and a plain warning when they are too few; the determinant codes counted; and, for seniors,
a sample of calls with their interview's compliance grade to review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTreeView, QVBoxLayout, QWidget

from console.models.calls import interview
from console.scripts_library.effectiveness import MIN_CALLS_TO_JUDGE, effectiveness_by_version_and_state
from console.ui.widgets.table_model import TableModel


class _WarnedModel(TableModel):
    """Rows whose rate rests on too few calls are greyed, the warning in their last column."""

    def __init__(self, headers, parent=None):
        super().__init__(headers, parent)
        self.weak_rows: set[int] = set()

    def cell_style(self, row: int, column: int, role: int):
        return QColor("#8a8a8a") if role == Qt.ForegroundRole and row in self.weak_rows else None


def _view(name: str, model) -> QTreeView:
    view = QTreeView(objectName=name)
    view.setRootIsDecorated(False)
    view.setAlternatingRowColors(True)
    view.setUniformRowHeights(True)
    view.setModel(model)
    view.header().setStretchLastSection(False)
    view.header().setSectionResizeMode(QHeaderView.ResizeToContents)
    return view


class EffectivenessView(QWidget):
    def __init__(self, db, lang: str, *, can_review: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("effectiveness")
        self.db, self.lang, self.can_review = db, lang, can_review
        # The rate and the calls behind it first: they are what a senior reads; the counts follow.
        self.model = _WarnedModel([self.tr("Script"), self.tr("Version"), self.tr("Victim state"),
                                   self.tr("Dissuasion rate"), self.tr("Calls with outcome"), self.tr("Judgement"),
                                   self.tr("Dissuaded"), self.tr("Shown in calls")], self)
        self.codes = TableModel([self.tr("Code"), self.tr("Calls")], self)
        self.sample = TableModel([self.tr("Call started"), self.tr("Code"), self.tr("Key questions asked"),
                                  self.tr("Script sections shown"), self.tr("Response matched"),
                                  self.tr("Grade")], self)
        note = QLabel(self.tr("A rate over fewer than %1 calls with an outcome is shown grey: too few to judge.")
                      .replace("%1", str(MIN_CALLS_TO_JUDGE)))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        bottom = QSplitter(Qt.Horizontal)
        codes_box = QWidget()
        cv = QVBoxLayout(codes_box)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.addWidget(QLabel(self.tr("Calls per code (fraud type - victim state - urgency)")))
        cv.addWidget(_view("codeCounts", self.codes))
        bottom.addWidget(codes_box)
        if can_review:
            sample_box = QWidget()
            sv = QVBoxLayout(sample_box)
            sv.setContentsMargins(0, 0, 0, 0)
            sv.addWidget(QLabel(self.tr("Calls to review, newest first, with their compliance grade")))
            sv.addWidget(_view("complianceSample", self.sample))
            bottom.addWidget(sample_box)
            bottom.setSizes([330, 550])
        column = QSplitter(Qt.Vertical)
        column.addWidget(_view("effectByVersion", self.model))
        column.addWidget(bottom)
        column.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(column, 1)

    def refresh(self) -> None:
        rows, weak = [], set()
        for i, e in enumerate(effectiveness_by_version_and_state(self.db)):
            rate = "—" if e.rate is None else f"{e.rate:.0%}"
            judgement = self.tr("too few calls to judge") if e.too_few else ""
            if e.too_few:
                weak.add(i)
            state = interview.state_label(e.victim_state, self.lang) or self.tr("(no state)")
            rows.append((e.title, "—" if e.version is None else f"v{e.version}", state, rate, e.with_outcome,
                         judgement, e.dissuaded, e.shown))
        self.model.weak_rows = weak
        self.model.set_rows(rows)
        self.codes.set_rows([(interview.code_label(code, self.lang), n) for code, n in interview.code_counts(self.db)])
        if self.can_review:
            sample = []
            for c in interview.review_sample(self.db, limit=40):
                sample.append((c.started_at[:16], interview.code_label(c.code, self.lang),
                               f"{c.asked}/{c.key_total}", f"{len(c.stages_shown)}/{len(interview.STAGES)}",
                               self.tr("yes") if c.response_matched else self.tr("no"), f"{c.grade} ({c.score})"))
            self.sample.set_rows(sample)
