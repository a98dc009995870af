"""The statistics charts (Qt Charts): daily lines, bars by fraud type and by station."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCharts import (QBarCategoryAxis, QBarSet, QChart, QChartView, QDateTimeAxis, QHorizontalBarSeries,
                              QLineSeries, QValueAxis)
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QPainter


class DailyChart(QChartView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.setObjectName("dailyChart")
        self.setMinimumHeight(220)

    def show_series(self, series: dict[str, list[tuple[str, int]]], names: dict[str, str]) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Daily volumes"))
        x = QDateTimeAxis()
        x.setFormat("MM-dd")
        y = QValueAxis()
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignBottom)
        chart.addAxis(y, Qt.AlignLeft)
        top = 1
        for key, points in series.items():
            line = QLineSeries()
            line.setName(names.get(key, key))
            # All the points in one call: a point at a time (and a QDateTime parsed for each) held the UI
            # thread for 120-260 ms on a year's four series.
            line.append([QPointF(_day_ms(day), n) for day, n in points])
            top = max([top, *(n for _, n in points)])
            chart.addSeries(line)
            line.attachAxis(x)
            line.attachAxis(y)
        y.setRange(0, top * 1.1)
        chart.legend().setAlignment(Qt.AlignBottom)
        self.setChart(chart)


class BarChart(QChartView):
    """Horizontal bars: the names (fraud types, stations) are read along the left axis in full, where upright
    bars squeezed them into "…" under each bar. The chart wants the page's width: Qt Charts gives the axis
    labels a share of it and cuts what does not fit."""

    barClicked = Signal(int)            # index of the category, as given to show_bars

    ROW_PX = 34                         # height per category, so a dozen stations stay readable

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(340)
        self.categories: list[str] = []

    def show_bars(self, title: str, categories: list[str], sets: list[tuple[str, list[int]]]) -> None:
        chart = QChart()
        chart.setTitle(title)
        series = QHorizontalBarSeries()
        # The first category at the top, as a list is read: the axis runs bottom-up, so both go in reversed.
        self.categories = list(categories)
        n = len(categories)
        for name, values in sets:
            bar = QBarSet(name)
            bar.append([float(v) for v in reversed(values)])
            series.append(bar)
        series.clicked.connect(lambda index, _set: self.barClicked.emit(n - 1 - index))
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append([_short(c) for c in reversed(categories)])
        x = QValueAxis()
        x.setLabelFormat("%d")
        top = max((v for _, values in sets for v in values), default=0)
        x.setRange(0, max(1, top) * 1.1)
        x.applyNiceNumbers()             # 0, 5,000, 10,000 rather than 3009, 6019
        chart.addAxis(y, Qt.AlignLeft)
        chart.addAxis(x, Qt.AlignBottom)
        series.attachAxis(y)
        series.attachAxis(x)
        chart.legend().setAlignment(Qt.AlignBottom)
        self.setChart(chart)
        self.setMinimumHeight(max(340, 120 + self.ROW_PX * n))

    def axis_labels(self) -> list[str]:
        """The category labels as read, top to bottom (a name on two lines read as one)."""
        axis = self.chart().axes(Qt.Vertical)[0]
        return list(reversed(axis.categories()))


def _day_ms(day: str) -> float:
    """Milliseconds since the epoch of a day's local midnight ('2026-11-25'), as QDateTimeAxis places it."""
    return datetime.fromisoformat(day).timestamp() * 1000      # (a QDateTime per point costs ~40 µs)


def _short(name: str, limit: int = 40) -> str:
    """A name longer than any axis can hold is cut with "…" (the Chinese names are all far shorter)."""
    return name if len(name) <= limit else name[:limit - 1] + "…"
