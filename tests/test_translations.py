"""Every interface string has its Chinese translation in the one .ts file, and the compiled file is used."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from console.resources import translations_dir
from tools import i18n


def test_no_string_is_left_untranslated():
    missing = i18n.todo()
    assert not missing, "untranslated (run `python -m tools.i18n todo`):\n" + "\n".join(
        f"{f} [{c}] {s}" for f, c, s in missing[:30])


def test_one_ts_file_per_language():
    # Per-module files (as the project kept them before) would translate shared strings again and again.
    assert sorted(p.relative_to(i18n.TS_DIR).as_posix() for p in i18n.TS_DIR.rglob("*.ts")) == ["console_zh_CN.ts"]


def test_the_file_holds_every_string_of_the_sources_and_no_other(tmp_path: Path):
    """`update` was run after the last string was added or removed: extracting again changes nothing."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(i18n.TS, fresh)
    i18n.extract(fresh)
    kept = {(c, s) for c, s, _ in i18n.messages(i18n.TS)}
    wanted = {(c, s) for c, s, _ in i18n.messages(fresh)}
    assert wanted - kept == set(), "not extracted yet (run `python -m tools.i18n update`)"
    assert kept - wanted == set(), "no longer in the code (run `python -m tools.i18n update`)"


def _ts(path: Path, contexts: dict[str, dict[str, str | None]]) -> Path:
    body = "".join(
        f"<context><name>{name}</name>" + "".join(
            f"<message><source>{src}</source>"
            + (f"<translation>{tr}</translation>" if tr else "<translation type=\"unfinished\"></translation>")
            + "</message>" for src, tr in messages.items()) + "</context>"
        for name, messages in contexts.items())
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="zh_CN">'
                    f"{body}</TS>\n", encoding="utf-8")
    return path


def test_collect_carries_old_per_module_files_into_the_one_file(tmp_path: Path, capsys):
    """Another branch's per-module files: each context keeps its own word where words differ."""
    old = tmp_path / "old"
    old.mkdir()
    _ts(old / "console.ui.warnings.page.ts", {"WarningsPage": {"Level": "预警等级", "Close": "关闭", "New": None}})
    _ts(old / "console.ui.stats.page.ts", {"StatisticsPage": {"Level": "级别", "Close": "关闭"},
                                            "Scripts": {"Scripts": "劝阻话术"}})
    _ts(old / "console.ui.admin.page.ts", {"AdminPage": {"Level": "级别", "Don't": "不要"}})
    assert i18n.main(["collect", str(old)]) == 0
    carried = tmp_path / "carry.json"
    carried.write_text(capsys.readouterr().out, encoding="utf-8")
    data = json.loads(carried.read_text(encoding="utf-8"))
    assert data["Level"] == "级别" and data["@contexts"] == {"WarningsPage": {"Level": "预警等级"}}
    assert "New" not in data                       # an unfinished translation is not carried

    one = _ts(tmp_path / "console_zh_CN.ts", {
        "WarningsPage": {"Level": None, "Close": None, "New": None},
        "StatisticsPage": {"Level": None, "Close": "关闭窗口"},     # a finished translation stays as it is
        "AdminPage": {"Level": None, "Don't": None},
        "Scripts": {"Scripts": None}})
    assert i18n.fill(carried, one) == 6
    filled = {(c, s): t.text for c, s, t in i18n.messages(one)}
    assert filled[("WarningsPage", "Level")] == "预警等级"
    assert filled[("StatisticsPage", "Level")] == filled[("AdminPage", "Level")] == "级别"
    assert filled[("StatisticsPage", "Close")] == "关闭窗口"
    assert filled[("Scripts", "Scripts")] == "劝阻话术"
    assert i18n.todo(one) == [("console_zh_CN.ts", "WarningsPage", "New")]
    assert "Don&apos;t" in one.read_text(encoding="utf-8")    # written as lupdate writes it


def test_compiled_translation_turns_english_into_chinese(qapp):
    i18n.release()
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "console_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Pages", "Live call") == "接警通话"
        # A word two pages translate differently keeps both translations in the one file.
        assert QCoreApplication.translate("WarningsPage", "Level") != QCoreApplication.translate("StatisticsPage",
                                                                                                  "Level")
    finally:
        QCoreApplication.removeTranslator(translator)
