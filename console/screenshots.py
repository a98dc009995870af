"""`python -m console.screenshots OUTDIR`: renders every page offscreen on the demo database to PNG."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(prog="console.screenshots")
    parser.add_argument("outdir")
    parser.add_argument("--db", help="database to show (default: a fresh small demo database)")
    parser.add_argument("--lang", choices=["zh", "en"], default="zh")
    parser.add_argument("--years", type=float, default=0.05)
    parser.add_argument("--user", default="admin", help="demo user whose view is shown")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from .app import make_application
    from .models.context import AppContext
    from .models.db import open_database
    from .models.demo import generate
    from .models.settings import Settings
    from .models.users import get_user_by_name
    from .ui.main_window import MainWindow

    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("HOTLINE_CONSOLE_HOME", tempfile.mkdtemp(prefix="console-shots-"))
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "demo.db"
    db = generate(path, years=args.years) if not path.exists() else open_database(path)
    app = make_application(args.lang)
    ctx = AppContext(db_path=path, db=db, user=get_user_by_name(db, args.user), lang=args.lang)
    window = MainWindow(ctx, Settings())
    window.resize(1440, 900)
    window.show()
    for key in window.page_keys():
        window.show_page(key)
        for _ in range(3):
            app.processEvents()
        target = out / f"{args.lang}-{key}.png"
        window.grab().save(str(target))
        print(target)
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
