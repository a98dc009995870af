"""Entry point of the frozen console (PyInstaller): the same `hotline-console` command, plus the CJK font
shipped in the bundle, registered with Qt when the PC has no Chinese font of its own (a bare Debian, UOS
or Kylin install without fonts-wqy-*, or a server image) so the interface never paints boxes."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger("hotline_console.bundle")


def bundled_fonts_dir() -> Path:
    """fonts/ beside the frozen program's files (sys._MEIPASS is PyInstaller's folder of them)."""
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent)) / "fonts"


def register_bundled_fonts_if_needed() -> list[str]:
    """Adds the bundled fonts to Qt's database unless a Simplified Chinese font is installed already.

    Needs the QGuiApplication to exist. Returns the families added (empty when none was needed).
    """
    from PySide6.QtGui import QFontDatabase

    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return []
    added: list[str] = []
    for font in sorted(bundled_fonts_dir().glob("*.tt[cf]")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id < 0:
            log.warning("bundled font %s could not be loaded", font.name)
            continue
        added += QFontDatabase.applicationFontFamilies(font_id)
    log.info("no Chinese font installed; registered the bundled %s", ", ".join(added) or "(none)")
    return added


def main() -> int:
    import console.app as app_module
    from console.__main__ import main as console_main

    make_application = app_module.make_application

    def make_application_with_fonts(lang, argv=None):
        # The console builds its QApplication here; fonts can be registered only once it exists, and
        # before the first widget takes its font.
        app = make_application(lang, argv)
        register_bundled_fonts_if_needed()
        return app

    app_module.make_application = make_application_with_fonts
    return console_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
