"""PDF files drawn by Qt's own writer: A4 portrait, with the title the caller gives in the file's properties
(a stop-payment request is 紧急止付申请表, a case is the case, a report the report)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument


def pdf_writer(path: Path, *, title: str, resolution: int = 150, margins_mm: float | None = 15) -> QPdfWriter:
    """A writer for an A4 portrait page; margins_mm None keeps Qt's own (10 pt)."""
    writer = QPdfWriter(str(path))
    if margins_mm is None:
        writer.setPageSize(QPageSize(QPageSize.A4))
        writer.setPageOrientation(QPageLayout.Portrait)
    else:
        margins = QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, margins,
                                         QPageLayout.Millimeter))
    writer.setResolution(resolution)
    writer.setTitle(title)
    return writer


def write_html_pdf(html_text: str, path: Path, *, title: str) -> Path:
    """Draws HTML (a form, a timeline) into path, paginated, with 15 mm margins."""
    writer = pdf_writer(path, title=title)
    doc = QTextDocument()
    doc.setDefaultStyleSheet("body { font-size: 10pt; } h2 { font-size: 16pt; }")
    doc.setHtml(html_text)
    doc.print_(writer)
    return path
