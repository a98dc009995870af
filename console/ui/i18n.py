"""Loads the interface language: Chinese by default, English as the source strings."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from console.resources import translations_dir

log = logging.getLogger(__name__)

LANGUAGES = {"zh": "zh_CN", "en": "en"}


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Installs the console's and Qt's own translators for lang; keeps them alive by returning them."""
    translators: list[QTranslator] = []
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        return translators
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
    ours = QTranslator(app)
    qm = translations_dir() / f"console_{LANGUAGES[lang]}.qm"
    if ours.load(str(qm)):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("translation %s missing: run the setup (make run) to build it", qm.name)
    qt = QTranslator(app)
    if qt.load(QLocale(QLocale.Chinese, QLocale.China), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators
