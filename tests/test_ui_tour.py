"""The tour: on the demo event, every page of the main window, every action of every menu (submenus too) and
of the command palette, then the welcome window's and the master window's, in English and in Spanish.

Any exception raised in a slot fails the test, and so does a "TypeError" printed by a signal emitted with the
wrong number of arguments. Every modal dialog, file dialog and message box is answered "cancel" (and
recorded), except a kiosk's PIN, given so that the kiosk opens; every window an action leaves open is closed
after it (a kiosk as the facilitator leaves it, with the PIN).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QColor, QDesktopServices, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QFontDialog,
    QGraphicsView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from eulac_desktop.core import demo as demo_module
from eulac_desktop.core.demo import build_demo_event
from eulac_desktop.ui.app import Controller
from eulac_desktop.ui.kiosk import PinDialog, PinLockedWindow
from eulac_desktop.ui.language import LanguageManager
from eulac_desktop.ui.main_window import STAGES, MainWindow
from eulac_desktop.ui.master_window import MasterWindow
from eulac_desktop.ui.settings import Settings

LANGUAGES = ("en", "es")
KIOSK_PIN = "2468"


def _plain(text: str) -> str:
    return text.replace("&", "").split("\t")[0]


class Tour:
    """Triggers actions one at a time, answers every modal "cancel", and records what ran and what broke."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, app: QApplication):
        self.app = app
        self.ran: dict[str, list[str]] = {}  # where → the actions triggered there
        self.disabled: dict[str, list[str]] = {}  # where → the actions listed there but disabled
        self.modals: list[str] = []  # what the actions asked, answered "cancel"
        self.kiosks: list[str] = []  # the kiosks the actions opened, left with their PIN
        self.errors: list[tuple[str, BaseException]] = []
        self.current = ""
        monkeypatch.setattr(sys, "excepthook", lambda _type, exc, _tb: self.errors.append((self.current, exc)))
        self._answer_cancel(monkeypatch)
        self.in_action = False
        self.watchdog = QTimer(interval=300, timeout=self._unblock)
        self.watchdog.start()

    def _answer_cancel(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def record(kind: str, value):  # type: ignore[no-untyped-def]
            def answer(*args, **kwargs):  # type: ignore[no-untyped-def]
                self.modals.append(f"{self.current}: {kind}")
                return value
            return answer

        def exec_dialog(dialog: QDialog) -> int:
            if isinstance(dialog, PinDialog):  # a kiosk opens, to be left with its PIN after the action
                dialog.pin.setText(KIOSK_PIN)
                dialog.again.setText(KIOSK_PIN)
                return record("PinDialog (PIN given)", QDialog.DialogCode.Accepted)()
            return record(type(dialog).__name__, QDialog.DialogCode.Rejected)()

        monkeypatch.setattr(QDialog, "exec", exec_dialog)
        for name in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, name, record(f"QMessageBox.{name}", QMessageBox.StandardButton.Cancel))
        for name in ("about", "aboutQt"):
            monkeypatch.setattr(QMessageBox, name, record(f"QMessageBox.{name}", None))
        for name in ("getOpenFileName", "getSaveFileName", "getOpenFileUrl", "getSaveFileUrl"):
            monkeypatch.setattr(QFileDialog, name, record(f"QFileDialog.{name}", ("", "")))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", record("QFileDialog.getOpenFileNames", ([], "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", record("QFileDialog.getExistingDirectory", ""))
        for name, value in (("getText", ("", False)), ("getMultiLineText", ("", False)), ("getItem", ("", False)),
                            ("getInt", (0, False)), ("getDouble", (0.0, False))):
            monkeypatch.setattr(QInputDialog, name, record(f"QInputDialog.{name}", value))
        monkeypatch.setattr(QColorDialog, "getColor", record("QColorDialog.getColor", QColor()))
        monkeypatch.setattr(QFontDialog, "getFont", record("QFontDialog.getFont", (False, self.app.font())))
        monkeypatch.setattr(QDesktopServices, "openUrl", record("QDesktopServices.openUrl", True))

    def _unblock(self) -> None:
        """While an action runs (its slot has not returned: a nested event loop), close a pop-up menu (nothing
        chosen, as Esc would); a modal dialog that no patch answered would block the tour: record it as an error
        and close it."""
        if not self.in_action:
            return
        popup = QApplication.activePopupWidget()
        if popup is not None:
            self.modals.append(f"{self.current}: {type(popup).__name__} pop-up")
            popup.close()
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.errors.append((self.current, RuntimeError(f"{type(modal).__name__} left open, blocking")))
            modal.reject() if isinstance(modal, QDialog) else modal.close()

    def trigger(self, where: str, label: str, action: QAction | None, keep: set[QWidget]) -> None:
        """Trigger `action` (if enabled) as `label` on `where`, let its work finish, close what it opened."""
        self.current = f"{where} › {label}"
        if action is None or not action.isEnabled():  # disabled, or no longer offered after an earlier action
            self.disabled.setdefault(where, []).append(label)
            return
        self.in_action = True
        try:
            action.trigger()
        finally:
            self.in_action = False
        self.settle()
        self.ran.setdefault(where, []).append(label)
        self.close_new_windows(keep)

    def settle(self) -> None:
        """Let background work finish and its results reach the window (a task's result opens a window on the
        next turn of the event loop)."""
        for _ in range(4):
            QCoreApplication.processEvents()
            QThreadPool.globalInstance().waitForDone(20000)
        QCoreApplication.processEvents()

    def close_new_windows(self, keep: set[QWidget]) -> None:
        """Close every top-level window that was not there before (a kiosk through its own way out)."""
        for widget in QApplication.topLevelWidgets():
            if widget in keep or not widget.isVisible() or isinstance(widget, QMenu):
                continue
            if isinstance(widget, PinLockedWindow):  # a kiosk: left as the facilitator does, with the PIN
                self.kiosks.append(f"{self.current}: {type(widget).__name__}")
                if not widget.try_leave(KIOSK_PIN):
                    self.errors.append((self.current, RuntimeError(f"{type(widget).__name__} refused its PIN")))
            elif isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()
        self.settle()

    def check(self, capfd: pytest.CaptureFixture[str]) -> None:
        """Fail on any exception raised in a slot, or printed by Qt (a signal emitted with wrong arguments)."""
        err = capfd.readouterr().err
        assert not self.errors, "exceptions in slots:\n" + "\n".join(f"{w}: {e!r}" for w, e in self.errors)
        assert "TypeError" not in err and "Traceback" not in err, err


def menu_actions(menu: QMenu, path: str) -> list[tuple[str, QAction]]:
    """Every action of `menu` and of its submenus (each filled as when it is about to show), with its path."""
    menu.aboutToShow.emit()
    found: list[tuple[str, QAction]] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        label = f"{path} › {_plain(action.text())}"
        if action.menu() is not None:
            found += menu_actions(action.menu(), label)
        else:
            found.append((label, action))
    return found


def window_actions(window: MainWindow | MasterWindow) -> list[tuple[str, QAction]]:
    """The menus' actions, then those the command palette lists that no menu holds."""
    found: list[tuple[str, QAction]] = []
    for action in window.menuBar().actions():
        if action.menu() is not None:
            found += menu_actions(action.menu(), _plain(action.text()))
    if isinstance(window, MainWindow):
        palette = window.show_palette()
        listed = [palette.list.topLevelItem(i) for i in range(palette.list.topLevelItemCount())]
        palette.reject()
        in_menus = {id(a) for _l, a in found}
        for item in listed:
            action = item.data(0, Qt.ItemDataRole.UserRole)
            if id(action) not in in_menus:
                found.append((f"palette › {item.text(0)}", action))
    return found


def select_something(page: QWidget) -> None:
    """Select the first rows of every list and table of the page, and the first cards of a board, so that
    the actions on a selection are enabled and run too."""
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisibleTo(page) and model is not None and model.rowCount() and view.selectionModel() is not None:
            view.setCurrentIndex(model.index(0, 0))
            if view.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection and model.rowCount() > 1:
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                view.selectionModel().select(model.index(1, 0), flags)
    for view in page.findChildren(QGraphicsView):
        if view.scene() is not None:
            items = view.scene().items()
            selectable = [item for item in items if item.flags() & item.GraphicsItemFlag.ItemIsSelectable]
            for item in selectable[:2]:
                item.setSelected(True)


@pytest.fixture
def tour_setup(qtbot, app_style: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, request):
    """A controller in the requested language (with the app's focus ring and palette), a demo event to copy
    from, and the tour."""
    qapp = app_style
    lang = request.param
    settings = Settings()
    language = LanguageManager(qapp)
    language.apply(lang)
    demo = tmp_path / "source" / "demo.eulac"
    demo.parent.mkdir()
    build_demo_event(demo).close()
    shutil.copy(demo, tmp_path / "recent.eulac")
    settings.add_recent(tmp_path / "recent.eulac")  # File › Open recent lists it alone
    copies = iter(range(1000))
    # File › Open the demo event builds its demo here, not in a temporary folder of its own
    monkeypatch.setattr(demo_module, "fresh_demo_path", lambda: tmp_path / f"demo-{next(copies)}.eulac")
    controller = Controller(qapp, settings, language)
    tour = Tour(monkeypatch, qapp)

    def fresh_event() -> MainWindow:
        copy = tmp_path / f"tour-{next(copies)}.eulac"
        shutil.copy(demo, copy)
        assert controller.open_path(copy)
        controller.settings.remove_recent(str(copy.resolve()))
        window = controller.window
        assert isinstance(window, MainWindow)
        qtbot.waitExposed(window)
        return window

    yield controller, tour, fresh_event
    tour.watchdog.stop()
    tour.settle()
    controller.close_event(show_welcome=False)
    if controller.welcome is not None:
        controller.welcome.close()
    tour.close_new_windows(set())
    language.apply("en")
    tour.settle()


@pytest.mark.parametrize("tour_setup", LANGUAGES, indirect=True)
def test_every_action_on_every_page_runs_without_an_exception(tour_setup, capfd) -> None:
    controller, tour, fresh_event = tour_setup
    window = fresh_event()
    listed: dict[str, list[str]] = {}
    for index, stage in enumerate(STAGES):
        where = f"main window, {stage} page"
        window.sidebar.setCurrentRow(index)
        tour.settle()
        select_something(window.pages.currentWidget())
        actions = window_actions(window)
        listed[where] = [label for label, _a in actions]
        keep = set(QApplication.topLevelWidgets())
        for label in listed[where]:
            if controller.window is not window or not window.isVisible():  # an action closed or replaced the event
                window = fresh_event()
                window.sidebar.setCurrentRow(index)
                tour.settle()
                select_something(window.pages.currentWidget())
                keep = set(QApplication.topLevelWidgets())
            # looked up again each time: a menu filled when shown (Open recent) makes its actions anew
            tour.trigger(where, label, dict(window_actions(window)).get(label), keep)
    tour.check(capfd)
    for where, labels in listed.items():
        done = tour.ran.get(where, []) + tour.disabled.get(where, [])
        assert sorted(done) == sorted(labels), f"{where}: not every action was tried"
        assert len(tour.ran.get(where, [])) >= 25, f"{where}: only {tour.ran.get(where)} ran"
    assert any("QFileDialog" in m for m in tour.modals) and any("Dialog" in m for m in tour.modals)
    assert tour.kiosks, "no kiosk was opened and left"  # Voting › Voting kiosk…, with an open poll chosen


@pytest.mark.parametrize("tour_setup", LANGUAGES, indirect=True)
def test_every_button_and_shortcut_of_the_welcome_window_runs_without_an_exception(tour_setup, capfd, qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    controller, tour, _fresh_event = tour_setup
    welcome = controller.show_welcome()
    qtbot.waitExposed(welcome)
    keep = set(QApplication.topLevelWidgets())
    buttons = [b for b in welcome.findChildren(QPushButton) if b.isVisible()]
    shortcuts = welcome.findChildren(QShortcut)
    assert len(buttons) >= 5 and len(shortcuts) >= 4
    for kind, widgets in (("button", buttons), ("shortcut", shortcuts)):
        for widget in widgets:
            label = f"{kind} {_plain(widget.text()) if kind == 'button' else widget.key().toString()}"
            tour.current = f"welcome › {label}"
            tour.in_action = True
            widget.click() if kind == "button" else widget.activated.emit()
            tour.in_action = False
            tour.settle()
            tour.ran.setdefault("welcome", []).append(label)
            if controller.window is not None:  # the demo opened: back to the welcome screen
                controller.close_event()
                welcome = controller.welcome
            tour.close_new_windows(keep | {welcome})
    welcome.recent.setCurrentRow(0)
    tour.current = "welcome › recent event"
    welcome.recent.itemActivated.emit(welcome.recent.item(0))
    tour.settle()
    assert isinstance(controller.window, MainWindow)
    tour.check(capfd)
    assert len(tour.ran["welcome"]) == len(buttons) + len(shortcuts)


@pytest.mark.parametrize("tour_setup", LANGUAGES, indirect=True)
def test_every_action_of_the_master_window_runs_without_an_exception(tour_setup, capfd, tmp_path: Path, qtbot) -> None:
    from eulac_desktop.core.master import create_master

    controller, tour, _fresh_event = tour_setup
    path = tmp_path / "master.eulac"
    create_master(path, "EU-LAC programme").close()
    assert controller.open_path(path)
    window = controller.window
    assert isinstance(window, MasterWindow)
    qtbot.waitExposed(window)
    keep = set(QApplication.topLevelWidgets())
    actions = window_actions(window)
    for label, _action in actions:
        if controller.window is not window or not window.isVisible():  # an action closed the master file
            assert controller.open_path(path)
            window = controller.window
            keep = set(QApplication.topLevelWidgets())
        tour.trigger("master window", label, dict(window_actions(window)).get(label), keep)
    tour.check(capfd)
    assert len(tour.ran["master window"]) == len(actions) >= 5
