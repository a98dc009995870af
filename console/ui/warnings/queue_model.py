"""The queue as a table: pages of warnings fetched as the officer scrolls, deadlines coloured by how close they are.

The table is refilled every time the queue is read (a filter, an action, an import, the clock), so what the
UI thread does per refresh is kept to the rows on screen: columns have fixed widths measured once from
sample text (no resizing to the contents of every row, which asks data() of every cell of the page), and
data() answers with int role constants and per-row cached text (PySide6 enum comparisons cost microseconds).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from console.models.core.clock import parse_iso
from console.models.core.validation import format_amount
from console.models.warnings.queue import PAGE_SIZE, QueueFilter, QueueRow, fetch_page
from console.models.warnings.records import OVERDUE, SOON, due_state

OVERDUE_BG, SOON_BG = QColor("#ffcdd2"), QColor("#ffe0b2")
COLUMNS = ("deadline", "why", "level", "received", "phone", "name", "fraud_type", "district", "source_of_fraud",
           "status", "holder", "round")
# The widest text a column usually holds (measured with the table's font for its fixed width; the officer
# can still drag a column wider, and the last column stretches).
COLUMN_SAMPLES = ("-23 h 59", "1 小时内转出 20万元", "橙色预警", "11-25 14:03", "+86 138 0000 0000", "欧阳娜娜", "冒充电商物流客服",
                  "孝南区", "+852 6123 4567 / 某某理财", "已结案 · 劝阻成功", "王警官", "2")

_DISPLAY, _USER = Qt.DisplayRole.value, Qt.UserRole.value
_BACKGROUND, _FOREGROUND = Qt.BackgroundRole.value, Qt.ForegroundRole.value
_FONT, _TOOLTIP = Qt.FontRole.value, Qt.ToolTipRole.value
_DEADLINE, _LEVEL, _PHONE = COLUMNS.index("deadline"), COLUMNS.index("level"), COLUMNS.index("phone")


def time_left_text(deadline: datetime, now: datetime) -> tuple[int, str]:
    """Minutes left (negative when overdue) and how an officer reads them: '12 min', '3 h 05', '-7 min'."""
    minutes = int((deadline - now).total_seconds() // 60)
    m = abs(minutes)
    if m < 60:
        text = QCoreApplication.translate("QueueModel", "%1 min").replace("%1", str(m))
    elif m < 48 * 60:
        text = QCoreApplication.translate("QueueModel", "%1 h %2").replace("%1", str(m // 60)).replace("%2", f"{m % 60:02d}")
    else:
        text = QCoreApplication.translate("QueueModel", "%1 d").replace("%1", str(m // 1440))
    return minutes, ("-" if minutes < 0 else "") + text


class QueueModel(QAbstractTableModel):
    """Rows come from the models layer's keyset pages; fetchMore asks for the next page after the last row."""

    def __init__(self, db, names: dict[str, dict], parent=None):
        super().__init__(parent)
        self.db = db
        self.names = names                     # {"level": {code: name}, "fraud_type": ..., "district": ..., ...}
        self.colors = names.get("level_color", {})
        self.minutes = names.get("level_minutes", {})
        self.rows: list[QueueRow] = []
        self.ladders: dict[int, tuple[int, str, str]] = {}   # warning id -> (rung, step, due time) of a running ladder
        self._texts: dict[int, list[str]] = {}      # row -> the texts of its cells, until the rows or the clock change
        self.data_calls = 0                         # how often the view asked (the benchmark reports it)
        self._bold = QFont()
        self._bold.setBold(True)
        self._brushes = {OVERDUE: QBrush(OVERDUE_BG), SOON: QBrush(SOON_BG)}
        self.filter = QueueFilter()
        self.now = datetime.now()
        self._more = False
        self.why: dict[int, str] = {}                 # warning id -> why it stands where it does (by stake)
        self.headers = [self.tr("Time left"), self.tr("Why here"), self.tr("Level"), self.tr("Received"), self.tr("Phone"),
                        self.tr("Name"), self.tr("Fraud type"), self.tr("District"), self.tr("Fraud number / app"),
                        self.tr("Status"), self.tr("Handled by"), self.tr("Round")]

    # -- filling ---------------------------------------------------------------------------------
    def set_rows(self, f: QueueFilter, rows: list[QueueRow], now: datetime, *, paged: bool = True) -> None:
        """paged: rows are the first deadline-ordered page (more are fetched on scrolling); else all rows."""
        self.beginResetModel()
        self.filter, self.rows, self.now = f, list(rows), now
        self._texts.clear()
        self._more = paged and len(rows) >= PAGE_SIZE
        self.endResetModel()

    def set_now(self, now: datetime) -> None:
        self.now = now
        self._texts.clear()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self.rows:
            return
        more = fetch_page(self.db, self.filter, after=self.rows[-1].cursor)
        self._more = len(more) >= PAGE_SIZE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def row_of(self, warning_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == warning_id), None)

    def warning_at(self, row: int) -> QueueRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- the table -------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None

    def state(self, r: QueueRow) -> str:
        return due_state(r.status, r.deadline_at, self.minutes.get(r.level, 0), self.now)

    def data(self, index, role=_DISPLAY):
        self.data_calls += 1
        if not index.isValid():
            return None
        role = role if role.__class__ is int else role.value
        if role == _DISPLAY:
            row = index.row()
            texts = self._texts.get(row)
            if texts is None:
                r = self.rows[row]
                texts = self._texts[row] = [self._text(r, col) for col in COLUMNS]
            return texts[index.column()]
        r = self.rows[index.row()]
        column = index.column()
        if role == _USER:
            return r.id
        if role == _BACKGROUND:
            if column == _DEADLINE and r.id in self.ladders:
                overdue = parse_iso(self.ladders[r.id][2]) < self.now
                return QBrush(OVERDUE_BG if overdue else QColor("#e3f2fd"))
            return self._brushes.get(self.state(r)) if column in (_DEADLINE, _PHONE) else None
        if role == _FOREGROUND:
            return QBrush(QColor(self.colors.get(r.level, "#333333"))) if column == _LEVEL else None
        if role == _FONT:
            return self._bold if column == _LEVEL or (column == _DEADLINE and self.state(r) == OVERDUE) else None
        if role == _TOOLTIP and column == _DEADLINE:
            tip = self.tr("Deadline %1").replace("%1", r.deadline_at[:16])
            return tip + ("\n" + self.ladders[r.id][1] if r.id in self.ladders else "")
        return None

    def _text(self, r: QueueRow, col: str) -> str:
        n = self.names
        if col == "deadline":
            if r.status in ("closed", "dispatched", "waiting"):
                return ""           # out of the officer's hands: the status column says where it is
            text = time_left_text(parse_iso(r.deadline_at), self.now)[1]
            if r.id in self.ladders:       # first column, where the eye starts: the ladder's step and due time
                rung, _step, due = self.ladders[r.id]
                text += " · " + self.tr("ladder %1/4 due %2").replace("%1", str(rung)).replace("%2", due[11:16])
            return text
        if col == "why":
            return self.why.get(r.id, "")
        if col == "level":
            return n["level"].get(r.level, r.level)
        if col == "received":
            return r.received_at[5:16]
        if col == "phone":
            return r.phone_raw
        if col == "name":
            return r.person_name
        if col == "fraud_type":
            return n["fraud_type"].get(r.fraud_type, r.fraud_type or "")
        if col == "district":
            return n["district"].get(r.district_code, r.district_code or "")
        if col == "source_of_fraud":
            return " / ".join(x for x in (r.fraud_number, r.fraud_app) if x)
        if col == "status":
            text = n["status"].get(r.status, r.status)
            if r.status == "closed" and r.outcome:
                text += " · " + n["outcome"].get(r.outcome, r.outcome)
                if r.loss_saved_cents:
                    text += " · " + format_amount(r.loss_saved_cents)
            elif r.status == "waiting" and r.retry_at:
                text += " " + r.retry_at[11:16]
            return text
        if col == "holder":
            return n["holder"].get(r.holder_id, "") if r.holder_id else ""
        if col == "round":
            return str(r.review_round) if r.review_round else ""
        return ""
