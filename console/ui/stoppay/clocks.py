"""Per-transfer clocks drawn in a table: minutes since the money left, coloured through the golden hour."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from console.models.calls.records import parse_transfer_time
from console.models.core.clock import iso
from console.models.stoppay.window import clock_grade, minutes_since
from console.ui.widgets.rows_table import RowsModel

# fresh (<15 min) red, hot (<30) orange, warm (<60) amber, cold (an hour or more) grey
GRADE_COLOURS = {"fresh": "#ef9a9a", "hot": "#ffcc80", "warm": "#fff59d", "cold": "#e0e0e0"}


def clock_text(minutes: int | None) -> str:
    if minutes is None:
        return ""
    if minutes < 60:
        return QCoreApplication.translate("TransferClock", "%1 min ago").replace("%1", str(minutes))
    return (QCoreApplication.translate("TransferClock", "%1 h %2 min ago")
            .replace("%1", str(minutes // 60)).replace("%2", f"{minutes % 60:02d}"))


def transfer_minutes(time_text: str, now: datetime) -> int | None:
    """Minutes since a transfer typed as '13:05' (today) or '2026-11-25 13:05'."""
    when = parse_transfer_time(time_text or "", now)
    return None if when is None or when > now else minutes_since(iso(when), now)


class ClockedRowsModel(RowsModel):
    """A rows table whose 'since' column is a clock: its background follows the golden-hour grade."""

    clock_key = "since"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.grades: dict[int, str] = {}

    def data(self, index, role=Qt.DisplayRole):
        if (role == Qt.BackgroundRole and index.isValid() and self.key_of(index.column()) == self.clock_key
                and self.grades.get(index.row()) in GRADE_COLOURS):
            return QColor(GRADE_COLOURS[self.grades[index.row()]])
        return super().data(index, role)

    def set_clocks(self, minutes: list[int | None]) -> dict[tuple[int, str], str]:
        """Grades the rows; returns the derived texts of the clock column for set_problems."""
        self.grades = {i: clock_grade(m) for i, m in enumerate(minutes)}
        return {(i, self.clock_key): clock_text(m) for i, m in enumerate(minutes)}
