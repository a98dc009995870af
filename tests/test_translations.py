"""Every interface string has its Chinese translation, and the compiled file is used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from console.resources import translations_dir
from tools import i18n


def test_no_string_is_left_untranslated():
    missing = i18n.todo()
    assert not missing, "untranslated (run `python -m tools.i18n todo`):\n" + "\n".join(
        f"{f} [{c}] {s}" for f, c, s in missing[:30])


def test_every_translatable_module_has_its_ts_file():
    absent = [str(src) for src in i18n._sources() if not i18n.ts_path(src).exists()]
    # A module that only calls translate() on variables has nothing to extract; all others must have one.
    assert all("tr(\"" not in open(p, encoding="utf-8").read() for p in absent), absent


def test_compiled_translation_turns_english_into_chinese(qapp):
    i18n.release()
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "console_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Pages", "Live call") == "接警通话"
    finally:
        QCoreApplication.removeTranslator(translator)
