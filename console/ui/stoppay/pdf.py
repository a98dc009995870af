"""The printed stop-payment request: the HTML form the models build (console.models.stoppay.export.form_html,
where times read as times and amounts as amounts) drawn by the shared PDF writer under the form's name."""

from __future__ import annotations

from pathlib import Path

from console.ui.widgets.pdf import write_html_pdf

FORM_TITLE = "紧急止付申请表"       # the form's official name, Chinese in either interface language, as on the form


def write_form_pdf(html_text: str, path: Path) -> Path:
    return write_html_pdf(html_text, path, title=FORM_TITLE)
