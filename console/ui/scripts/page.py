"""The scripts page."""

from __future__ import annotations

from ..placeholder import PlaceholderPage


class ScriptsPage(PlaceholderPage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.set_heading(self.tr("Scripts"))
