"""Language: follows the system, switches at run time everywhere (UI and core), and is remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from eulac_desktop.core import i18n
from eulac_desktop.core.errors import EventFileMissing
from eulac_desktop.ui.app import Controller
from eulac_desktop.ui.language import LanguageManager
from eulac_desktop.ui.settings import Settings


@pytest.fixture
def setup(qapp: QApplication, event_file: Path):
    settings = Settings()
    language = LanguageManager(qapp)
    language.apply("en")
    controller = Controller(qapp, settings, language)
    controller.open_path(event_file)
    yield controller, language
    controller.close_event(show_welcome=False)
    language.apply("en")


@pytest.mark.parametrize("lang, file_menu, participants, core_text", [
    ("es", "&Archivo", "Participantes", "no existe"),
    ("pt", "&Arquivo", "Participantes", "não existe"),
    ("fr", "&Fichier", "Participants", "n'existe pas"),
])
def test_switching_language_retranslates_the_open_window_and_the_core(setup, qtbot, lang, file_menu, participants,
                                                                      core_text) -> None:
    controller, language = setup
    window = controller.window
    assert window.menu_file.title() == "&File"
    language.apply(lang)
    qtbot.waitUntil(lambda: window.menu_file.title() == file_menu)
    assert window.sidebar.item(1).text() == participants
    assert window.participants_page.title.text() == participants
    assert i18n.get_language() == lang
    assert core_text in EventFileMissing(path="x.eulac").text().replace("’", "'")
    language.apply("en")
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File")
    assert "does not exist" in EventFileMissing(path="x.eulac").text()


def test_the_chosen_language_is_remembered(setup, qtbot) -> None:
    from eulac_desktop.ui.dialogs import PreferencesDialog

    controller, language = setup
    dialog = PreferencesDialog(controller.settings, language.apply, controller.window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("pt"))
    assert language.current == "pt"
    assert Settings().language == "pt"
    dialog.language.setCurrentIndex(dialog.language.findData(""))
    assert Settings().language == ""


def test_system_language_is_followed_when_none_is_chosen(qapp, monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    language = LanguageManager(qapp)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("pt_BR")))
    try:
        assert language.apply("") == "pt"
    finally:
        language.apply("en")


def test_normalize_language() -> None:
    assert i18n.normalize_language("pt_BR.UTF-8") == "pt"
    assert i18n.normalize_language("es-419") == "es"
    assert i18n.normalize_language("de_DE") is None
