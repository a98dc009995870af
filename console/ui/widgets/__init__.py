"""Pieces several pages share: the table model, the editable form tables, the PDF writer, and the small widgets
the main window places around the pages (the waiting-call strip)."""
