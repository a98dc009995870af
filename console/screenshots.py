"""`python -m console.screenshots OUTDIR`: renders every page offscreen on the demo database to PNG."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def stage_scene(window, key: str) -> None:
    from PySide6.QtWidgets import QApplication

    """Puts a page in a state worth looking at (e.g. a call in progress from a caller with a history)."""
    if key == "call":
        from console.models.calls.source import IncomingCall

        db = window.ctx.db
        row = db.execute("SELECT caller_raw FROM calls WHERE call_type = 'stop_payment' ORDER BY id DESC LIMIT 1").fetchone()
        page = window.page("call")
        _end_call(window)               # a draft restored from the previous window's scene
        page.start_incoming(IncomingCall(row[0] if row else "13800001234", "pbx", line="3"))
        form = page.form
        form.fields["caller.name"].setText("何敏")
        form.fields["caller.id_number"].setText("420902198503120028")
        form.notes.setPlainText("来电人加入炒股群，导师推荐下载APP投资，称稳定高回报，已分三笔转账50万元，现无法提现，对方要求交解冻费。")
        form.accounts.add_row({"role": "victim", "kind": "bank_card", "number": "6222021234567890128", "holder": "何敏"})
        form.accounts.add_row({"role": "suspect", "kind": "bank_card", "number": "6217001234567890122", "holder": "李强"})
        form.accounts.add_row({"role": "suspect", "kind": "bank_card", "number": "6228480000000000000", "holder": ""})
        from datetime import timedelta

        moved = (window.ctx.clock.now() - timedelta(minutes=47)).strftime("%Y-%m-%d %H:%M")
        form.transfers.add_row({"time": moved, "amount": "200000",
                                "to": "6217001234567890122"})
        page.save_now()
        form._accept_suggestion()
        page.save_now()
        page._tick()
    elif key == "stats":
        page = window.page("stats")
        page.period.setCurrentIndex(page.period.findData("year"))
        page.compute()
        window.runner.pool.waitForDone(10000)
        QApplication.processEvents()
        page.drill("warnings_handled")
    elif key == "scripts":
        page = window.page("scripts")
        row = window.ctx.db.execute("SELECT id FROM scripts WHERE slug = 'investment-debunk'").fetchone()
        if row:
            page.open_script(row[0])
    elif key == "lookup":
        page = window.page("lookup")
        row = window.ctx.db.execute("SELECT caller_raw, caller_person_id FROM calls ORDER BY id DESC LIMIT 1").fetchone()
        if row:
            page.search(row[0])
            page.show_case("person", row[1])
    elif key == "stoppay":
        call = window.page("call")
        if call.call_id is not None:
            window.nav.create_stop_request_from_call(call.call_id)


def _end_call(window) -> None:
    """The staged call is ended with an outcome to follow, as an officer would at the end of the scene (a
    new call over an open one asks for its outcome in a dialog, which a screenshot run cannot answer)."""
    from console.models.calls import records as call_model

    page = window.page("call") if "call" in window.page_keys() else None
    if page is not None and page.call_id is not None:
        call_model.park_call(window.ctx.db, window.ctx.user, page.call_id, clock=window.ctx.clock)
        page._clear_call()


def _shoot(window, app, target: Path) -> None:
    window.runner.pool.waitForDone(5000)     # background queries staged above deliver their results
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(target))
    print(target)


def shoot_language(app, lang: str, ctx, sizes: list[tuple[int, int]], out: Path) -> None:
    """Every page at every size in one language, then the waiting-call strip, the lock and sign-in screens."""
    from PySide6.QtCore import Qt

    from console.models.calls.ring import RingEvent
    from console.ui.i18n import install_translators
    from console.ui.main_window import MainWindow

    for old in getattr(app, "_translators", []):
        app.removeTranslator(old)
    app._translators = install_translators(app, lang)
    ctx.lang = lang
    for width, height in sizes:
        window = MainWindow(ctx)
        window.setWindowState(Qt.WindowNoState)
        window.resize(width, height)
        window.show()
        size = f"{width}x{height}"
        for key in window.page_keys():
            window.show_page(key)
            stage_scene(window, key)
            _shoot(window, app, out / f"{lang}-{size}-{key}.png")
        call = window.page("call") if "call" in window.page_keys() else None
        if call is not None and hasattr(call, "callWaiting"):
            window.show_page("call")
            call.callWaiting.emit(RingEvent("ring", "13912345678", "2"))
            _shoot(window, app, out / f"{lang}-{size}-waiting-call.png")
        _end_call(window)
        window.lock()
        _shoot(window, app, out / f"{lang}-{size}-locked.png")
        user = ctx.user
        window.sign_out()
        _shoot(window, app, out / f"{lang}-{size}-signed-out.png")
        ctx.user = user
        window.close()
        window.deleteLater()
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(prog="console.screenshots")
    parser.add_argument("outdir")
    parser.add_argument("--db", help="database to show (default: a fresh small demo database)")
    parser.add_argument("--lang", choices=["zh", "en", "both"], default="both")
    parser.add_argument("--sizes", default="1366x768,1920x1080", help="window sizes, e.g. 1366x768,1920x1080")
    parser.add_argument("--years", type=float, default=0.05)
    parser.add_argument("--user", default="admin", help="demo user whose view is shown")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from console.app import make_application
    from console.models.core.context import AppContext
    from console.models.core.db import open_database
    from console.demo.generator import generate
    from console.models.core.settings import SettingsStore
    from console.models.core.users import get_user_by_name

    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("HOTLINE_CONSOLE_HOME", tempfile.mkdtemp(prefix="console-shots-"))
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "demo.db"
    db = generate(path, years=args.years) if not path.exists() else open_database(path)
    langs = ["zh", "en"] if args.lang == "both" else [args.lang]
    sizes = [tuple(int(n) for n in size.lower().split("x")) for size in args.sizes.split(",") if size.strip()]
    app = make_application(langs[0])
    # Its own settings (any free screen-pop port), never those of a console on this machine.
    settings = SettingsStore(Path(tempfile.mkdtemp(prefix="console-shots-settings-")) / "settings.json")
    settings.set("ring_port", 0)
    ctx = AppContext(db_path=path, db=db, user=get_user_by_name(db, args.user), lang=langs[0], settings=settings)
    for lang in langs:
        shoot_language(app, lang, ctx, sizes, out)
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
