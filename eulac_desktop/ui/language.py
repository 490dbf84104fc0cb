"""The application's language: follows the system, can be switched at run time, is remembered.

Switching installs Qt's own translations (standard dialogs: `qtbase_LANG.qm`) and ours
(`i18n/build/eulac_LANG.qm`, which also fills the texts Qt's own catalogs lack, see qt_strings.py), sets the
core's catalog, and Qt sends every widget a LanguageChange event so it re-translates itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from ..core import i18n, paths


def system_language() -> str:
    """The system's UI language, if shipped, else English."""
    for name in QLocale.system().uiLanguages():
        found = i18n.normalize_language(name)
        if found:
            return found
    return i18n.system_language()


def qt_translations_dirs() -> list[str]:
    """Where Qt's own catalogs are looked for: beside ours first (the PyInstaller build bundles them there,
    see build.spec, as a frozen Qt may not find its own folder), then the folder of the Qt in use."""
    return [str(paths.translations_dir() / "qt"), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]


class LanguageManager(QObject):
    """Owns the installed translators; `apply()` switches everything to a language."""

    changed = Signal(str)

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.current = i18n.DEFAULT_LANGUAGE

    def apply(self, code: str = "") -> str:
        """Switch to `code` ("" or None: the system's language); returns the language in force."""
        lang = i18n.normalize_language(code) or system_language()
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if lang != i18n.DEFAULT_LANGUAGE:
            self._install_first(["qtbase_pt_BR", "qtbase_pt"] if lang == "pt" else [f"qtbase_{lang}"],
                                qt_translations_dirs())
        # English too: its catalog holds the plural forms ("1 participant", "2 participants"). Installed last, so
        # Qt looks in it first: it also holds the Qt texts that Qt's own catalogs lack.
        self._install_first([f"eulac_{lang}"], [str(paths.translations_dir())])
        i18n.set_language(lang)
        QLocale.setDefault(QLocale(lang))
        self.current = lang
        self.changed.emit(lang)
        return lang

    def _install_first(self, names: list[str], folders: list[str]) -> None:
        for folder in folders:
            for name in names:
                translator = QTranslator(self)
                if translator.load(name, folder):
                    self._app.installTranslator(translator)
                    self._translators.append(translator)
                    return
