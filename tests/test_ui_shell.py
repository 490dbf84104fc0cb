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
from eulac_desktop.ui.main_window import STAGES, MainWindow
from eulac_desktop.ui.projector import ProjectorWindow
from eulac_desktop.ui.projector_screens import fit_text


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list:
    """Errors the app would show in a message box, recorded instead of blocking the test."""
    shown: list = []
    monkeypatch.setattr(session_module, "show_error", lambda parent, exc: shown.append(exc))
    import eulac_desktop.ui.app as app_module

    monkeypatch.setattr(app_module, "show_error", lambda parent, exc: shown.append(exc))
    return shown


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


def _click_menu_item(qtbot, window, menu, action) -> None:
    """Open `menu` from the window's menu bar and click `action` in it, as a person would with the mouse."""
    from PySide6.QtTest import QTest

    bar = window.menuBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_the_master_window_opens_an_event_and_closes_from_its_file_menu(
        controller: Controller, event_file: Path, tmp_path: Path, qtbot, monkeypatch) -> None:
    """Issue 15: "Open event…" and "Close the master file" did nothing (a signal given triggered's flag)."""
    from PySide6.QtWidgets import QFileDialog

    from eulac_desktop.core.master import create_master
    from eulac_desktop.ui.master_window import MasterWindow

    create_master(tmp_path / "programme.eulac", "EU-LAC programme").close()
    assert controller.open_path(tmp_path / "programme.eulac")
    master = controller.window
    assert isinstance(master, MasterWindow)
    qtbot.waitExposed(master)
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a) or (str(event_file), ""))
    _click_menu_item(qtbot, master, master.menu_file, master.act_open)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=5000)
    assert asked and controller.window.windowTitle().startswith("Co-Innovation Lab")

    assert controller.open_path(tmp_path / "programme.eulac")
    master = controller.window
    qtbot.waitExposed(master)
    _click_menu_item(qtbot, master, master.menu_file, master.act_close)
    qtbot.waitUntil(lambda: controller.window is None, timeout=5000)
    assert controller.welcome is not None and controller.welcome.isVisible()


def test_a_new_events_time_zone_is_the_laptops_and_lima_finds_america_lima(controller: Controller, tmp_path: Path,
                                                                          qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QByteArray, QTimeZone

    from eulac_desktop.ui.dialogs import NewEventDialog

    monkeypatch.setattr(QTimeZone, "systemTimeZoneId", staticmethod(lambda: QByteArray(b"Europe/Lisbon")))
    controller.settings.set_last_folder(tmp_path)
    dialog = NewEventDialog(controller.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.timezone.currentText() == "Europe/Lisbon"
    qtbot.keyClicks(dialog.name, "Lab Lima")
    QApplication.setActiveWindow(dialog)  # offscreen: nothing activates a window by itself
    dialog.venue.setFocus()
    qtbot.keyClick(dialog.venue, Qt.Key.Key_Tab)  # Tab into the zone selects it: typing replaces it
    assert dialog.timezone.hasFocus(), QApplication.focusWidget()
    qtbot.keyClicks(dialog.timezone.lineEdit(), "lima")
    completer = dialog.timezone.completer()
    assert completer.popup().isVisible() and completer.currentCompletion() == "America/Lima"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert dialog.timezone.currentText() == "America/Lima"
    dialog.timezone.setCurrentText("Mars/Olympus")
    dialog._create()
    assert dialog.created is None and "Mars/Olympus" in dialog.error.text() and "time zone" in dialog.error.text()
    dialog.timezone.setCurrentText("America/Lima")
    dialog._create()
    assert core_event.get_event(dialog.created).timezone == "America/Lima"
    dialog.created.close()


def test_the_event_pages_zone_completes_a_city_and_refuses_an_unknown_zone(controller: Controller, event_file: Path,
                                                                          errors_shown, qtbot) -> None:
    controller.open_path(event_file)
    window = controller.window
    page = window.event_page
    ws = window.session.ws
    QApplication.setActiveWindow(window)  # offscreen: nothing activates a window by itself
    page.venue.setFocus()
    qtbot.keyClick(page.venue, Qt.Key.Key_Tab)  # into the zone: all of it selected, typing replaces it
    qtbot.keyClicks(page.timezone.lineEdit(), "Bogo")
    popup = page.timezone.completer().popup()
    assert popup.isVisible() and page.timezone.completer().currentCompletion() == "America/Bogota"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    page.timezone.lineEdit().editingFinished.emit()
    assert core_event.get_event(ws).timezone == "America/Bogota"
    page.timezone.lineEdit().setText("Lima")  # a city alone is not a zone: refused, with an example
    page.timezone.lineEdit().editingFinished.emit()
    assert errors_shown and "“Lima” is not a time zone such as America/Bogota" in errors_shown[-1].text()
    assert core_event.get_event(ws).timezone == "America/Bogota" and page.timezone.currentText() == "America/Bogota"


@pytest.mark.parametrize("redo_key", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_redo_answers_both_of_its_keys(controller: Controller, event_file: Path, qtbot, redo_key: str) -> None:
    """Redo's Ctrl+Y was bound twice where the platform's own Redo key is Ctrl+Y: Qt calls that an ambiguous
    shortcut, and the key did nothing."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    assert controller.open_path(event_file)
    window = controller.window
    qtbot.waitExposed(window)
    QApplication.setActiveWindow(window)  # offscreen: nothing activates a window by itself
    ws = window.session.ws
    window.event_page.name.setText("Study visit")
    window.event_page.name.editingFinished.emit()
    window.act_undo.trigger()
    assert core_event.get_event(ws).name == "Co-Innovation Lab"
    window.sidebar.setFocus()
    combination = QKeySequence(redo_key)[0]
    QTest.keyClick(window.sidebar, combination.key(), combination.keyboardModifiers())
    assert core_event.get_event(ws).name == "Study visit"


def test_delete_on_the_ideas_board_is_not_taken_by_a_participant_selected_earlier(controller: Controller, qtbot,
                                                                                   tmp_path: Path) -> None:
    """Participants' Delete was a window-wide key (through its menu): with a person still selected on that page,
    Delete on the board was an ambiguous shortcut and deleted nothing."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtTest import QTest

    from eulac_desktop.core import ideas
    from eulac_desktop.core.demo import build_demo_event
    from eulac_desktop.ui.board.view import BoardView

    build_demo_event(tmp_path / "demo.eulac").close()
    assert controller.open_path(tmp_path / "demo.eulac")
    window = controller.window
    qtbot.waitExposed(window)
    QApplication.setActiveWindow(window)  # offscreen: nothing activates a window by itself
    window.sidebar.setCurrentRow(1)
    table = window.participants_page.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    first = table.visualRect(table.model().index(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert window.participants_page.act_delete.isEnabled(), window.participants_page.selected_ids()
    window.sidebar.setCurrentRow(3)
    page = window.ideas_page
    board = page.findChild(BoardView)
    card = next(item for item in board.scene().items() if item.flags() & item.GraphicsItemFlag.ItemIsSelectable)
    card.setSelected(True)
    before = len(ideas.ideas(window.session.ws, page.challenge_id))
    warnings: list[str] = []
    previous = qInstallMessageHandler(lambda _kind, _context, text: warnings.append(text))
    try:
        board.setFocus()
        QTest.keyClick(board, Qt.Key.Key_Delete)
    finally:
        qInstallMessageHandler(previous)
    assert not [w for w in warnings if "Ambiguous" in w]
    assert len(ideas.ideas(window.session.ws, page.challenge_id)) < before


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
