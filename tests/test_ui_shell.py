"""The desktop shell with pytest-qt: welcome screen, main window, stages, palette, undo, projector, settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eulac_desktop.core import event as core_event
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui import session as session_module
from eulac_desktop.ui.app import Controller
from eulac_desktop.ui.language import LanguageManager
from eulac_desktop.ui.main_window import STAGES, MainWindow
from eulac_desktop.ui.projector import ProjectorWindow
from eulac_desktop.ui.projector_screens import fit_text
from eulac_desktop.ui.settings import Settings


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list:
    """Errors the app would show in a message box, recorded instead of blocking the test."""
    shown: list = []
    monkeypatch.setattr(session_module, "show_error", lambda parent, exc: shown.append(exc))
    import eulac_desktop.ui.app as app_module

    monkeypatch.setattr(app_module, "show_error", lambda parent, exc: shown.append(exc))
    return shown


@pytest.fixture
def controller(qtbot, qapp: QApplication):
    settings = Settings()
    language = LanguageManager(qapp)
    language.apply("en")
    ctl = Controller(qapp, settings, language)
    yield ctl
    ctl.close_event(show_welcome=False)
    if ctl.welcome is not None:
        ctl.welcome.close()
    language.apply("en")


def test_welcome_lists_recent_events_and_marks_missing_ones(controller: Controller, event_file: Path, qtbot) -> None:
    controller.settings.add_recent("/nowhere/gone.eulac")
    controller.settings.add_recent(event_file)
    welcome = controller.show_welcome()
    qtbot.addWidget(welcome)
    texts = [welcome.recent.item(i).text() for i in range(welcome.recent.count())]
    assert texts[0].startswith("lab.eulac")
    assert "gone.eulac (missing)" in texts[1]
    # Delete forgets the selected one
    welcome.recent.setCurrentRow(1)
    welcome._forget_selected()
    assert controller.settings.recent_files() == [str(event_file.resolve())]


def test_opening_from_recent_list_shows_the_main_window(controller: Controller, event_file: Path, qtbot) -> None:
    controller.settings.add_recent(event_file)
    welcome = controller.show_welcome()
    welcome.recent.setCurrentRow(0)
    welcome.recent.itemActivated.emit(welcome.recent.item(0))
    window = controller.window
    assert isinstance(window, MainWindow)
    assert window.windowTitle().startswith("Co-Innovation Lab — lab.eulac")
    assert not welcome.isVisible()
    assert window.sidebar.count() == len(STAGES)


def test_a_missing_recent_file_is_offered_for_removal(controller: Controller, monkeypatch, qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    controller.settings.add_recent("/nowhere/gone.eulac")
    controller.show_welcome()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    controller.open_recent(str(Path("/nowhere/gone.eulac").resolve()))
    assert asked and controller.window is None
    assert controller.settings.recent_files() == []


def test_a_bad_file_shows_a_clear_error_and_opens_nothing(controller: Controller, tmp_path: Path, errors_shown) -> None:
    bad = tmp_path / "notes.eulac"
    bad.write_text("not an event", encoding="utf-8")
    assert controller.open_path(bad) is False
    assert controller.window is None
    assert errors_shown and "is not an event file" in errors_shown[0].text()


def test_second_window_on_the_same_file_is_read_only_and_says_so(controller: Controller, event_file: Path, qtbot) -> None:
    holder = Workspace.open(event_file)
    try:
        assert controller.open_path(event_file)
        window = controller.window
        assert window.session.ws.read_only
        assert window.banner.isVisibleTo(window)
        assert "open in another window" in window.banner.text()
        assert "(read-only)" in window.windowTitle()
        assert window.event_page.name.isReadOnly()
    finally:
        controller.close_event(show_welcome=False)
        holder.close()


def test_stage_shortcuts_and_pages(controller: Controller, event_file: Path, qtbot) -> None:
    controller.open_path(event_file)
    window = controller.window
    qtbot.waitExposed(window)
    window.stage_actions[1].trigger()
    assert window.pages.currentWidget() is window.participants_page
    assert window.stage_actions[1].shortcut().toString() == "Ctrl+2"
    window.stage_actions[4].trigger()
    assert window.pages.currentWidget() is window.voting_page
    assert window.voting_page.title.text() == "Voting"
    window.stage_actions[5].trigger()
    assert window.pages.currentWidget() is window.p2p_page
    assert window.p2p_page.title.text() == "P2P learning"
    window.stage_actions[6].trigger()
    assert window.pages.currentWidget() is window.results_page


def test_participants_search_is_accent_insensitive(controller: Controller, event_file: Path, qtbot) -> None:
    controller.open_path(event_file)
    page = controller.window.participants_page
    assert page.model.rowCount() == 3
    page.search.setText("conceicao")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 1).data() == "Conceição"
    assert page.count.text() == "1 participant shown · 3 participants registered"
    assert page.model.index(0, 3).data() == "Brazil (BR)"


def test_command_palette_lists_every_action_and_runs_the_chosen_one(controller: Controller, event_file: Path, qtbot) -> None:
    controller.open_path(event_file)
    window = controller.window
    palette = window.show_palette()
    qtbot.addWidget(palette)
    labels = palette.labels()
    assert len(labels) >= 15
    assert "Command palette…\tCtrl+K" in labels and "Quit\tCtrl+Q" in labels
    qtbot.keyClicks(palette.query, "particip")
    labels = palette.labels()
    assert "Go to Participants\tCtrl+2" in labels
    palette.list.setCurrentItem(palette.list.topLevelItem(labels.index("Go to Participants\tCtrl+2")))
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.participants_page
    assert not palette.isVisible()


def test_event_edits_are_saved_and_undoable(controller: Controller, event_file: Path, qtbot) -> None:
    controller.open_path(event_file)
    window = controller.window
    page = window.event_page
    page.name.setText("Study visit to Porto Digital")
    page.name.editingFinished.emit()
    ws = window.session.ws
    assert core_event.get_event(ws).name == "Study visit to Porto Digital"
    assert window.windowTitle().startswith("Study visit to Porto Digital")
    assert window.act_undo.isEnabled()
    assert window.act_undo.text() == "&Undo: Edit the event's name"
    window.act_undo.trigger()
    assert core_event.get_event(ws).name == "Co-Innovation Lab"
    assert page.name.text() == "Co-Innovation Lab"
    window.act_redo.trigger()
    assert core_event.get_event(ws).name == "Study visit to Porto Digital"
    # languages: untick English → stored, undo gives it back in the same order
    page.language_boxes["en"].setChecked(False)
    assert core_event.get_event(ws).languages == ["es", "pt"]
    window.act_undo.trigger()
    assert core_event.get_event(ws).languages == ["es", "pt", "en"]
    assert page.language_boxes["en"].isChecked()


def test_a_refused_edit_is_explained_and_the_stored_value_comes_back(controller: Controller, event_file: Path,
                                                                     errors_shown, qtbot) -> None:
    controller.open_path(event_file)
    page = controller.window.event_page
    page.name.setText("   ")
    page.name.editingFinished.emit()
    assert errors_shown and "an event needs a name" in errors_shown[0].text()
    assert page.name.text() == "Co-Innovation Lab"
    assert not controller.window.act_undo.isEnabled()


def test_window_geometry_is_remembered(controller: Controller, event_file: Path, qtbot) -> None:
    controller.open_path(event_file)
    controller.window.resize(800, 560)  # the offscreen screen is 800 px wide
    controller.close_event(show_welcome=False)
    controller.open_path(event_file)
    assert controller.window.size().width() == 800
    assert controller.window.size().height() == 560


def test_projector_shows_the_event_and_follows_changes(controller: Controller, event_file: Path, qtbot) -> None:
    controller.open_path(event_file)
    window = controller.window
    window.act_projector.trigger()
    projector = window.projector
    assert isinstance(projector, ProjectorWindow)
    assert projector.isVisible() and window.act_projector.isChecked()
    image = projector.grab().toImage()
    assert image.pixelColor(5, 5).name() == "#0b1f33"  # the projector's dark background
    window.act_projector.trigger()
    assert not projector.isVisible()


def test_fitted_text_never_overflows(qapp) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    rect = QRect(0, 0, 400, 120)
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
    text = "Co-Innovation Lab on open research infrastructures for SMEs in Piura, Arequipa and Cusco " * 2
    font, shown = fit_text(qapp.font(), text, rect, max_px=200)
    bounds = QFontMetrics(font).boundingRect(rect, flags, shown)
    assert shown == text  # it fits whole at a smaller size
    assert bounds.width() <= rect.width() and bounds.height() <= rect.height()
    assert font.pixelSize() < 200
    long_text = "Ideia muito longa " * 300  # 5,400 characters: shortened at the smallest size, never clipped
    font, shown = fit_text(qapp.font(), long_text, rect, max_px=200, min_px=14)
    bounds = QFontMetrics(font).boundingRect(rect, flags, shown)
    assert font.pixelSize() == 14 and shown.endswith("…") and len(shown) < len(long_text)
    assert bounds.width() <= rect.width() and bounds.height() <= rect.height()


def test_demo_event_opens_from_the_welcome_screen(controller: Controller, qtbot) -> None:
    welcome = controller.show_welcome()
    welcome.demo_requested.emit()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20000)
    window = controller.window
    assert "(demo)" in window.windowTitle()
    assert window.participants_page.model.rowCount() == 240


def test_new_event_dialog_creates_the_file(controller: Controller, tmp_path: Path, qtbot) -> None:
    from eulac_desktop.ui.dialogs import NewEventDialog

    controller.settings.set_last_folder(tmp_path)
    dialog = NewEventDialog(controller.settings)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Lab Quito")
    assert dialog.file.text() == str(tmp_path / "Lab-Quito.eulac")
    dialog.timezone.setCurrentText("America/Guayaquil")
    dialog._create()
    assert dialog.created is not None
    info = core_event.get_event(dialog.created)
    # the main language is the interface's (English here) when it is among the event's
    assert (info.name, info.timezone, info.languages) == ("Lab Quito", "America/Guayaquil", ["en", "es", "pt"])
    dialog.created.close()
    # the same name again: refused in the dialog, with the reason
    dialog2 = NewEventDialog(controller.settings)
    qtbot.addWidget(dialog2)
    qtbot.keyClicks(dialog2.name, "Lab Quito")
    dialog2._create()
    assert dialog2.created is None
    assert "already exists" in dialog2.error.text()


def test_time_zone_box_reads_the_zones_when_first_needed(qtbot) -> None:
    from eulac_desktop.ui.widgets import TimeZoneBox

    box = TimeZoneBox()
    qtbot.addWidget(box)
    box.setCurrentText("America/Lima")
    assert box.count() == 1
    box.show()
    box.lineEdit().setFocus()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_End)
    assert box.count() > 300
    assert box.currentText() == "America/Lima"
    assert box.findText("America/Sao_Paulo") >= 0


def test_a_new_master_file_is_made_from_the_welcome_screen_and_opens_in_its_window(
        controller: Controller, tmp_path: Path, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.ui.master_window import MasterWindow

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("EU-LAC programme 2027", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "programme"), ""))
    welcome = controller.show_welcome()
    qtbot.addWidget(welcome)
    welcome.master_button.click()
    assert isinstance(controller.window, MasterWindow)
    assert controller.window.windowTitle().startswith("EU-LAC programme 2027 (master)")
    assert controller.window.results_page.dashboard.events.rowCount() == 0
    controller.close_event(show_welcome=False)
    with Workspace.open(tmp_path / "programme.eulac", mode="read") as ws:
        assert ws.is_master
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))  # cancelled: nothing made
    controller.new_master()
    assert controller.window is None


def test_f5_on_the_welcome_screen_opens_no_projector(controller: Controller, event_file: Path, qtbot) -> None:
    """With no event open there is nothing to project: F5 after closing an event (Ctrl+W) does nothing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    controller.show_welcome()
    controller.open_path(event_file)
    window = controller.window
    with qtbot.waitActive(window):
        window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert window.projector is not None and window.projector.isVisible()  # F5 works while an event is open
    QTimer.singleShot(0, window.act_close.trigger)
    qtbot.waitUntil(lambda: controller.welcome.isVisible())
    with qtbot.waitActive(controller.welcome):
        controller.welcome.activateWindow()
    QTest.keyClick(controller.welcome, Qt.Key.Key_F5)
    qtbot.wait(20)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ProjectorWindow) and w.isVisible()]


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
def test_a_dialog_is_wide_enough_for_its_title(controller: Controller, qtbot, lang: str) -> None:
    """A short question under a longer translated title: the dialog widens so the title bar shows it all."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QInputDialog

    controller.language.apply(lang)
    welcome = controller.show_welcome()
    shown: list[tuple[str, int]] = []

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible())
        shown.append((dialog.windowTitle(), dialog.width()))
        dialog.reject()

    QTimer.singleShot(50, look)
    qtbot.mouseClick(welcome.master_button, Qt.MouseButton.LeftButton)  # asks for the programme's name
    title, width = shown[0]
    bold = QFont(QApplication.font())
    bold.setBold(True)
    assert width >= QFontMetrics(bold).horizontalAdvance(title) + 100, title
