"""The printed stop-payment request: Qt's own PDF writer draws the HTML form the models build
(console.models.stoppay.export.form_html, where times read as times and amounts as amounts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument


def write_pdf(html_text: str, path: Path) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout.Millimeter))
    writer.setResolution(150)
    writer.setTitle("紧急止付申请表")
    doc = QTextDocument()
    doc.setDefaultStyleSheet("body { font-size: 10pt; } h2 { font-size: 16pt; }")
    doc.setHtml(html_text)
    doc.print_(writer)
    return path
