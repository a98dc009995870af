"""Importing the alert platform's warning list: pick the file, check which column is which (remembered per
source), import in the background with progress and cancel, then see every bad row with its reason."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from console.models.core.context import AppContext
from console.models.warnings.importer import ImportResult, export_rejects, import_file
from console.models.warnings.mapping import (FIELDS, REQUIRED_FIELDS, field_label, known_sources, mapping_for,
                                             missing_required, save_mapping)
from console.models.warnings.readers import UnreadableFileError, open_table
from console.ui.tasks import Task, TaskRunner, failure_message

PREVIEW_ROWS = 5
DEFAULT_SOURCE = "platform"
REJECTS_PER_TURN = 300          # bad rows put in the table per turn of the event loop


class ImportDialog(QDialog):
    imported = Signal(object)          # the ImportResult, once an import has finished (or was cancelled)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import warnings"))
        self.resize(860, 640)
        self.ctx, self.runner = ctx, runner
        self.path: Path | None = None
        self.header: list[str] = []
        self.task: Task | None = None
        self.result: ImportResult | None = None
        self.reading: Task | None = None        # the file being read for its header and preview
        self._loaded: bool | None = None
        self._read_seq = 0

        self.file_label = QLabel(self.tr("No file chosen."), objectName="importFile")
        choose = QPushButton(self.tr("Choose file…"), objectName="importChoose")
        choose.clicked.connect(self._choose)
        self.source = QComboBox(objectName="importSource")
        self.source.setEditable(True)
        known = known_sources(ctx.db)
        for s in dict.fromkeys([*known, DEFAULT_SOURCE]):
            self.source.addItem(s)
        self.source.setToolTip(self.tr("The platform or unit the file comes from; its column mapping is remembered."))
        self.source.currentTextChanged.connect(lambda *_: self._remap())
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("Source")))
        top.addWidget(self.source)

        self.mapping_box = QGroupBox(self.tr("Which column holds what (* required)"))
        grid = QGridLayout(self.mapping_box)           # two columns of fields: the rejects get the height
        self.combos: dict[str, QComboBox] = {}
        half = (len(FIELDS) + 1) // 2
        for i, f in enumerate(FIELDS):
            combo = QComboBox(objectName=f"map_{f}")
            combo.currentIndexChanged.connect(self._check_mapping)
            self.combos[f] = combo
            row, col = i % half, (i // half) * 2
            grid.addWidget(QLabel(field_label(f) + (" *" if f in REQUIRED_FIELDS else "")), row, col)
            grid.addWidget(combo, row, col + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.preview = QTableWidget(objectName="importPreview")
        self.preview.setMaximumHeight(150)

        self.progress = QProgressBar(objectName="importProgress")
        self.progress.setVisible(False)
        self.status = QLabel(objectName="importStatus")
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Import"), objectName="importStart")
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel import"), objectName="importCancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"), objectName="importClose")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        self.rejects_box = QGroupBox(self.tr("Rows not imported"))
        rv = QVBoxLayout(self.rejects_box)
        self.rejects = QTableWidget(objectName="importRejects")
        self.rejects.setColumnCount(3)
        self.rejects.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Reason"), self.tr("Row as in the file")])
        self.rejects.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.rejects.horizontalHeader().setResizeContentsPrecision(REJECTS_PER_TURN)
        self.save_rejects = QPushButton(self.tr("Save the bad rows for correction…"), objectName="importSaveRejects")
        self.save_rejects.clicked.connect(self._save_rejects)
        rv.addWidget(self.rejects)
        rv.addWidget(self.save_rejects)
        self.rejects_box.setVisible(False)

        v = QVBoxLayout(self)
        v.addLayout(top)
        v.addWidget(self.mapping_box)
        v.addWidget(self.preview)
        v.addWidget(self.status)
        v.addWidget(self.rejects_box, 1)
        v.addLayout(buttons)

    # -- choosing the file ---------------------------------------------------------------------------
    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Warning list"), "",
                                              self.tr("Warning lists (*.csv *.xlsx *.txt)"))
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> bool:
        """Reads the header and the first rows on the worker thread (the whole file is decoded to decide its
        encoding, and a workbook's parts are checked first: none of it may hold the window up). False, with
        the reason shown, when the file cannot be read; True once read or while being read."""
        self.start_button.setEnabled(False)
        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.status.setStyleSheet("")
        self._loaded = None
        self._read_seq += 1
        seq = self._read_seq

        def job(progress):
            table = open_table(path)
            try:
                return path, table.header, list(islice(table.rows, PREVIEW_ROWS)), table.total_rows
            finally:
                table.close()

        # Only the file chosen last is shown, should an earlier one finish reading after it.
        task = self.runner.start(job, lambda read: seq == self._read_seq and self._file_read(read),
                                 lambda exc: seq == self._read_seq and self._file_unreadable(exc))
        if self._loaded is None:            # still reading (a runner that finished at once has said so)
            self.reading = task
        return self._loaded is not False

    def _file_unreadable(self, exc: Exception) -> None:
        self.reading = None
        self._loaded = False
        if not isinstance(exc, (UnreadableFileError, OSError)):
            raise exc
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self.status.setText(self.tr("This file cannot be read as a CSV or XLSX table: %1").replace("%1", reason))
        self.status.setStyleSheet("color: #c62828; font-weight: bold;")
        self.start_button.setEnabled(False)

    def _file_read(self, read) -> None:
        self.reading = None
        self._loaded = True
        path, self.header, first, total = read
        self.path = path
        self.file_label.setText(self.tr("%1 (about %2 rows)").replace("%1", path.name).replace("%2", f"{total:,}"))
        self.preview.clear()
        self.preview.setColumnCount(len(self.header))
        self.preview.setHorizontalHeaderLabels(self.header)
        self.preview.setRowCount(len(first))
        for r, row in enumerate(first):
            for c, value in enumerate(row[:len(self.header)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self._remap()
        return True

    def _remap(self) -> None:
        if not self.header:
            return
        mapping = mapping_for(self.ctx.db, self.source.currentText().strip() or DEFAULT_SOURCE, self.header)
        for f, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in this file)"), "")
            for h in self.header:
                combo.addItem(h, h)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(f, ""))))
            combo.blockSignals(False)
        self._check_mapping()

    def mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData()}

    def set_column(self, field: str, header: str) -> None:
        combo = self.combos[field]
        combo.setCurrentIndex(max(0, combo.findData(header)))

    def unmapped_columns(self) -> list[str]:
        used = set(self.mapping().values())
        return [h for h in self.header if h and h not in used]

    def _check_mapping(self, *_) -> None:
        missing = missing_required(self.mapping())
        if missing:
            self.status.setText(self.tr("Choose the column for: %1").replace("%1", ", ".join(field_label(f) for f in missing)))
            self.status.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            text = self.tr("Ready to import.")
            unmapped = self.unmapped_columns()
            if unmapped:
                # A column the console does not recognise is said, never dropped silently.
                text += " " + self.tr("Columns not imported (choose a field above to use one): %1").replace(
                    "%1", "、".join(unmapped))
            self.status.setText(text)
            self.status.setStyleSheet("")
        self.start_button.setEnabled(self.path is not None and not missing and self.task is None and self.reading is None)

    # -- importing ---------------------------------------------------------------------------------
    def start(self) -> None:
        if self.path is None or missing_required(self.mapping()) or self.task is not None or self.reading is not None:
            return
        source = self.source.currentText().strip() or DEFAULT_SOURCE
        mapping = self.mapping()
        save_mapping(self.ctx.db, self.ctx.user, source, mapping, clock=self.ctx.clock)
        ctx, path = self.ctx, self.path

        def job(db, progress):
            return import_file(db, ctx.user, path, source=source, mapping=mapping, clock=ctx.clock,
                               progress=progress)

        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(True)
        self.start_button.setEnabled(False)
        self.mapping_box.setEnabled(False)
        self.status.setText(self.tr("Importing… the console stays usable meanwhile."))
        self.status.setStyleSheet("")
        self.task = self.runner.write(job, self._finished, self._failed, self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done:,} / {total:,}")

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Stopping after the current block of rows…"))

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.mapping_box.setEnabled(True)
        self.status.setText(self.tr("The import stopped: %1").replace(
            "%1", failure_message(exc, explained=(UnreadableFileError,))))
        self.status.setStyleSheet("color: #c62828; font-weight: bold;")
        self._check_mapping()

    def _finished(self, result: ImportResult) -> None:
        self.task = None
        self.result = result
        self.cancel_button.setVisible(False)
        self.mapping_box.setEnabled(True)
        self.progress.setRange(0, max(result.total, 1))
        self.progress.setValue(result.total)
        text = self.tr("%1 rows read: %2 imported, %3 bad, %4 already in the queue (%5 s).")
        for key, value in (("%1", result.total), ("%2", result.ok), ("%3", result.bad), ("%4", result.duplicate)):
            text = text.replace(key, f"{value:,}")
        text = text.replace("%5", f"{result.seconds:.1f}")
        if result.unknown_fraud_types:
            text += " " + self.tr("%1 rows have a fraud type the console does not know, kept as \"other\" with the "
                                  "type in the notes: %2").replace("%1", f"{sum(result.unknown_fraud_types.values()):,}") \
                .replace("%2", "、".join(f"{k} ({v:,})" for k, v in sorted(result.unknown_fraud_types.items(),
                                                                         key=lambda kv: -kv[1])[:8]))
        if result.unmapped_columns:
            text += " " + self.tr("Columns not imported: %1").replace("%1", "、".join(result.unmapped_columns))
        if result.cancelled:
            text = self.tr("Cancelled. What was imported stays; importing the file again skips it.") + " " + text
        self.status.setText(text)
        self.status.setStyleSheet("font-weight: bold;")
        self.rejects.setRowCount(len(result.rejects))
        self._fill_rejects(result.rejects, 0)
        self.rejects.resizeColumnsToContents()        # (from the first rows: resizeContentsPrecision)
        self.rejects_box.setVisible(bool(result.rejects))
        self.save_rejects.setEnabled(result.bad > 0)
        self.imported.emit(result)

    def _fill_rejects(self, rejects: list, start: int) -> None:
        """The bad rows a few hundred at a time, the event loop running between (a year's file has thousands:
        filled at once they held the window up for 80-130 ms after the import)."""
        end = min(len(rejects), start + REJECTS_PER_TURN)
        for i in range(start, end):
            r = rejects[i]
            for c, value in enumerate((str(r.row_number), r.reason, r.text)):
                self.rejects.setItem(i, c, QTableWidgetItem(value))
        if end < len(rejects) and self.rejects.rowCount() == len(rejects):
            QTimer.singleShot(0, lambda: self._fill_rejects(rejects, end) if self.result is not None
                              and self.result.rejects is rejects else None)

    def _save_rejects(self) -> None:
        if self.result is None or self.path is None:
            return
        default = str(self.path.with_name(self.path.stem + "-bad-rows.csv"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the bad rows"), default, "CSV (*.csv)")
        if name:
            n = export_rejects(self.ctx.db, self.result.batch_id, Path(name))
            self.status.setText(self.tr("%1 bad rows saved to %2.").replace("%1", str(n)).replace("%2", name))

    def closeEvent(self, event) -> None:  # noqa: N802
        # Closing the window does not leave a half-finished import behind without saying so: it stops it.
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)
