"""UI language (English or Arabic through Qt translation files) and the app's settings store.

The Arabic interface also flips the layout to right-to-left. The chosen language is remembered in
QSettings. With SANAD_NO_SETTINGS=1 (tests) settings live in a private temporary file, so a test
run never reads or changes the user's real settings.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from extract.resources import resource_path

LANGUAGES = ("en", "ar")
_settings: QSettings | None = None
_translators: list[QTranslator] = []


def app_settings() -> QSettings:
    global _settings
    if _settings is None:
        if os.environ.get("SANAD_NO_SETTINGS") == "1":
            folder = tempfile.mkdtemp(prefix="sanad-settings-")
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
            _settings = QSettings(os.path.join(folder, "sanad.ini"), QSettings.Format.IniFormat)
        else:
            _settings = QSettings("Sanad", "Sanad")
    return _settings


def saved_language() -> str:
    value = str(app_settings().value("ui/language", "") or "")
    if value in LANGUAGES:
        return value
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def remember_language(language: str) -> None:
    app_settings().setValue("ui/language", language)
    app_settings().sync()


def install_language(app: QApplication, language: str) -> bool:
    """Load the translation for `language` (none needed for English) and set the direction.

    Returns False when the translation file is missing (the UI then shows the source strings).
    """
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    translator = QTranslator(app)  # English too: its plural forms ("1 mention", "2 mentions")
    ok = translator.load(str(resource_path("translations", f"sanad_{language}.qm")))
    if ok:
        app.installTranslator(translator)
        _translators.append(translator)
    if language == "ar":
        # Qt's own strings (standard context menus, dialogs) when the Qt install has them.
        from PySide6.QtCore import QLibraryInfo

        qt_translator = QTranslator(app)
        if qt_translator.load("qtbase_ar", QLibraryInfo.path(
                QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_translator)
            _translators.append(qt_translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar"
                           else Qt.LayoutDirection.LeftToRight)
    return ok


def current_language() -> str:
    return "ar" if QCoreApplication.translate("MainWindow", "&File") != "&File" else "en"


def plural_forms_ok() -> bool:
    """True when the installed catalogue turns "%n mention(s)" into real plurals."""
    return "(s)" not in QCoreApplication.translate("MainWindow", "%n mention(s)", "", 2)
