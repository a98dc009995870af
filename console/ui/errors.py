"""One handler for unexpected exceptions: log it, apologise, say where the log is, keep the window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)


def install_excepthook(log_path: Path) -> None:
    def hook(exc_type, exc, tb):
        log.error("unexpected error: %s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if QApplication.instance() is None or exc_type is KeyboardInterrupt:
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox(QMessageBox.Critical, QApplication.translate("Errors", "Unexpected error"),
                          QApplication.translate(
                              "Errors",
                              "Sorry, something went wrong. What you typed has been kept as a draft.\n"
                              "Details are in the log: %1").replace("%1", str(log_path)))
        box.setDetailedText(f"{exc_type.__name__}: {exc}")
        box.exec()

    sys.excepthook = hook
