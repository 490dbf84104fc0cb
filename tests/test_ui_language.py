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


@pytest.mark.parametrize("lang, cancel, save", [("es", "Cancelar", "Guardar"), ("pt", "Cancelar", "Salvar"),
                                                ("fr", "Annuler", "Enregistrer")])
def test_qt_own_dialogs_come_out_translated(qapp, qtbot, lang, cancel, save) -> None:
    """Qt's file dialog and standard buttons: qtbase's catalog is loaded, and ours fills what it lacks."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton

    from eulac_desktop.ui.qt_strings import QT_TEXTS

    language = LanguageManager(qapp)
    language.apply(lang)
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        for context, source in QT_TEXTS:
            assert QCoreApplication.translate(context, source) != source, source
        dialog = QFileDialog(None, "x")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert "Look in" not in labels["lookInLabel"] and "type:" not in labels["fileTypeLabel"]
        buttons = [b.text().replace("&", "") for b in dialog.findChildren(QDialogButtonBox)[0].findChildren(QPushButton)]
        assert buttons == [save, cancel]
        box = QMessageBox(QMessageBox.Icon.Question, "x", "y",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert sorted(b.text().replace("&", "") for b in box.buttons()) == sorted([save, cancel])
    finally:
        language.apply("en")


def test_qt_own_catalogs_are_found_beside_ours_when_qt_cannot_find_its_folder(qapp, tmp_path, monkeypatch) -> None:
    """A frozen build (PyInstaller) bundles qtbase_LANG.qm beside our catalogs, and that is where they are found."""
    import shutil

    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    from eulac_desktop.core import paths

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    bundle = tmp_path / "i18n" / "build"
    shutil.copytree(paths.translations_dir(), bundle)
    (bundle / "qt").mkdir(exist_ok=True)
    shutil.copy(qt_dir / "qtbase_es.qm", bundle / "qt")
    monkeypatch.setattr(paths, "translations_dir", lambda: bundle)
    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda _which: str(tmp_path / "nowhere")))
    language = LanguageManager(qapp)
    try:
        language.apply("es")
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Ver en:"
    finally:
        language.apply("en")


def test_the_build_bundles_qt_own_catalogs_where_the_app_looks_for_them() -> None:
    """build.spec puts qtbase_es/pt_BR/fr.qm in i18n/build/qt, the first folder ui/language.py searches."""
    from unittest.mock import MagicMock, patch

    from eulac_desktop.core import paths
    from eulac_desktop.ui.language import qt_translations_dirs

    root = Path(__file__).resolve().parents[1]
    spec = (root / "build.spec").read_text(encoding="utf-8")
    names = {"SPECPATH": str(root), **{n: MagicMock() for n in ("Analysis", "EXE", "PYZ", "COLLECT")}}
    with patch("os.symlink"):  # the build's side effects are mocked: its link from eulac to eulac-desktop too
        exec(compile(spec, "build.spec", "exec"), names)
    bundled = {Path(source).name: target for source, target in names["DATAS"]}
    for name in ("qtbase_es.qm", "qtbase_pt_BR.qm", "qtbase_fr.qm"):
        assert bundled.get(name) == "i18n/build/qt", name
    assert qt_translations_dirs()[0] == str(paths.translations_dir() / "qt")
