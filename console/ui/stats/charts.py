"""The statistics charts (Qt Charts): daily lines, bars by fraud type and by station."""

from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QDateTimeAxis, QLineSeries,
                              QValueAxis)
from PySide6.QtCore import QDateTime, Qt, Signal
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
            for day, n in points:
                line.append(QDateTime.fromString(day, "yyyy-MM-dd").toMSecsSinceEpoch(), n)
                top = max(top, n)
            chart.addSeries(line)
            line.attachAxis(x)
            line.attachAxis(y)
        y.setRange(0, top * 1.1)
        chart.legend().setAlignment(Qt.AlignBottom)
        self.setChart(chart)


class BarChart(QChartView):
    barClicked = Signal(int)            # index of the category

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(340)

    def show_bars(self, title: str, categories: list[str], sets: list[tuple[str, list[int]]]) -> None:
        chart = QChart()
        chart.setTitle(title)
        series = QBarSeries()
        for name, values in sets:
            bar = QBarSet(name)
            bar.append([float(v) for v in values])
            series.append(bar)
        series.clicked.connect(lambda index, _set: self.barClicked.emit(index))
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories)
        x.setLabelsAngle(-45)
        y = QValueAxis()
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignBottom)
        chart.addAxis(y, Qt.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setAlignment(Qt.AlignBottom)
        self.setChart(chart)
