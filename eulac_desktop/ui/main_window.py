"""The main window: a side bar of stages, one page each, menus, shortcuts, undo, the projector.

Only the Event page, the one shown first, is built at start-up; each other page (and what only it needs: the
board, the P2P planner, the projector's screens, the phones' room…) is built the first time it is needed: shown,
its menu opened, one of its window-wide keys pressed, the command palette opened, or asked for by name
(`window.ideas_page`). Its menu exists from the start and fills as it opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import event as core_event
from ..core.workspace import Changes
from .icons import stage_icon
from .pages.base import Page
from .pages.event import EventPage
from .pages.window_keys import PARTICIPANTS as PARTICIPANTS_KEYS
from .scan_prompt import ScanPrompt
from .scanner import ScanRule
from .session import EventSession
from .settings import Settings
from .widgets import WindowShortcutsWin, when_painted

if TYPE_CHECKING:
    from .connect_laptops import ConnectLaptopsDialog, RoomStatus
    from .pages.checkin import CheckInPage
    from .pages.ideas import IdeasPage
    from .pages.p2p import P2PPage
    from .pages.participants import ParticipantsPage
    from .pages.results import ResultsPage
    from .pages.voting import VotingPage
    from .palette import CommandPalette
    from .phones import PhoneRoom, PhonesDialog
    from .projector import ProjectorWindow
    from .projector_screens import ProjectorState
    from .room_sync import RoomSync

STAGES = ("event", "participants", "checkin", "ideas", "voting", "p2p", "results")


class MainWindow(QMainWindow):
    """One open event. The controller (app.py) opens and closes events; this window shows one."""

    new_requested = Signal()
    new_master_requested = Signal()
    open_requested = Signal()
    setup_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)
    close_requested = Signal()
    preferences_requested = Signal()

    def __init__(self, session: EventSession, settings: Settings):
        super().__init__()
        self.session = session
        self.settings = settings
        self.projector: ProjectorWindow | None = None
        self.setMinimumSize(QSize(800, 520))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { outline: 0; }"
            "QListWidget#sidebar::item { padding: 6px 4px; border-left: 4px solid transparent; }"
            "QListWidget#sidebar::item:selected { background: #dce8f5; color: #0b1f33; border-left-color: #2f6fb0; }")
        self.pages = QStackedWidget()
        self._built: dict[str, Page] = {}
        self._projector_state: ProjectorState | None = None
        self._phone_room: PhoneRoom | None = None  # the room open to phones (issue 20), closed with the window
        self.phones_dialog: PhonesDialog | None = None
        self.event_page = EventPage(session)
        self._built["event"] = self.event_page
        for stage in STAGES:
            self.pages.addWidget(self.event_page if stage == "event" else QWidget())  # a stand-in until it is built
            QListWidgetItem(stage_icon(stage), "", self.sidebar)
        self.sidebar.currentRowChanged.connect(self._show_stage)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet("QLabel#readOnlyBanner { background: #fff4ce; color: #3d2e00; padding: 8px; "
                                  "border-bottom: 1px solid #e0c060; }")
        self.banner.setVisible(session.ws.read_only)
        self.scan_prompt = ScanPrompt(session)
        self.scan_prompt.check_in_requested.connect(self._check_in_scanned)
        self.sidebar.currentRowChanged.connect(lambda _row: self.scan_prompt.hide())
        self.scan_rule = ScanRule(self)  # the one scanner rule of this window, its pages and its dialogs
        self.scan_rule.scanned.connect(self._badge_scanned)  # on from the first paint (`_after_first_paint`)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.banner)
        right.addWidget(self.scan_prompt)
        right.addWidget(self.pages, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self._room_sync: RoomSync | None = None  # venue sync in the background: started once the window is painted
        self._room_status: RoomStatus | None = None
        when_painted(self.event_page, self._after_first_paint)

        self._build_actions()
        self._build_menus()
        self._shortcuts_win = WindowShortcutsWin(self)  # watching the fields from the first paint
        session.changed.connect(self._on_changed)
        self.sidebar.setCurrentRow(0)
        geometry = settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)
        self.retranslate()

    # -- pages, built when first needed --------------------------------------------------------------

    def page(self, stage: str) -> Page:
        """The page of `stage` (one of STAGES), built the first time it is needed, in the current language."""
        page = self._built.get(stage)
        if page is None:
            page = self._built[stage] = self._build_page(stage)
            index = STAGES.index(stage)
            stand_in = cast(QWidget, self.pages.widget(index))
            self.pages.insertWidget(index, page)  # never the current one: the page is built before it is shown
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            self._page_built(stage, page)
        return page

    def _build_page(self, stage: str) -> Page:
        session = self.session
        if stage == "participants":
            from .pages.participants import ParticipantsPage

            return ParticipantsPage(session, self.settings)
        if stage == "checkin":
            from .pages.checkin import CheckInPage

            return CheckInPage(session)
        if stage == "ideas":
            from .pages.ideas import IdeasPage

            return IdeasPage(session, self.projector_state)
        if stage == "voting":
            from .pages.voting import VotingPage

            return VotingPage(session, self.projector_state)
        if stage == "p2p":
            from .pages.p2p import P2PPage

            return P2PPage(session, self.projector_state)
        from .pages.results import ResultsPage

        return ResultsPage(session)

    def _page_built(self, stage: str, page: Page) -> None:
        """Give a new page its place in the menus and the window's keys."""
        if stage == "participants":
            participants = cast("ParticipantsPage", page)
            for stand_in in self._key_stand_ins:  # its own actions answer its keys from now on
                self.removeAction(stand_in)
                stand_in.deleteLater()
            self._key_stand_ins.clear()
            for action in participants.actions_for_menu():
                self.menu_participants.addAction(action)
                if action is not participants.act_delete:  # Delete works in the table only
                    self.addAction(action)
        elif stage == "ideas":
            self.menu_ideas.addActions(cast("IdeasPage", page).actions_for_menu())
        elif stage == "voting":
            self.menu_voting.addActions(cast("VotingPage", page).actions_for_menu())
        self._shortcuts_win.watch()  # the page's text fields let the window's keys through too

    def _show_stage(self, row: int) -> None:
        if 0 <= row < len(STAGES):
            self.page(STAGES[row])
        self.pages.setCurrentIndex(row)

    def _press_participants_key(self, name: str) -> None:
        """A Participants key pressed before that page was built: build it, and do what its action does."""
        getattr(self.participants_page, name).trigger()

    @property
    def participants_page(self) -> ParticipantsPage:
        return cast("ParticipantsPage", self.page("participants"))

    @property
    def checkin_page(self) -> CheckInPage:
        return cast("CheckInPage", self.page("checkin"))

    @property
    def ideas_page(self) -> IdeasPage:
        return cast("IdeasPage", self.page("ideas"))

    @property
    def voting_page(self) -> VotingPage:
        return cast("VotingPage", self.page("voting"))

    @property
    def p2p_page(self) -> P2PPage:
        return cast("P2PPage", self.page("p2p"))

    @property
    def results_page(self) -> ResultsPage:
        return cast("ResultsPage", self.page("results"))

    @property
    def projector_state(self) -> ProjectorState:
        """What the projector shows, shared by the pages that choose it, the projector and the phones' room."""
        if self._projector_state is None:
            from .projector_screens import ProjectorState

            self._projector_state = ProjectorState(self)
            self._projector_state.wanted.connect(self.show_projector)
        return self._projector_state

    @property
    def phone_room(self) -> PhoneRoom:
        """The room open to phones (issue 20), made when first needed and closed with the window."""
        if self._phone_room is None:
            from .phones import PhoneRoom

            self._phone_room = PhoneRoom(self.session, self)
            self._phone_room.follow(self.projector_state)
        return self._phone_room

    def _after_first_paint(self) -> None:
        """What the first paint need not wait for. The scanner rule and the window's keys over its fields watch
        events in Python (the rule every event of every object): on before the first paint they made it ~8% later,
        and no one types into a window not yet seen. Then the venue sync."""
        if self.isVisible():  # not closed meanwhile
            self.scan_rule.active = True
            self._shortcuts_win.watch()  # Ctrl+E in the search box exports, Ctrl+K in a field opens the palette
            self._start_room_sync()

    def _start_room_sync(self) -> RoomSync:
        """Start the venue sync (core.sync) and its word in the status bar, once: after the first paint, or when
        asked for first."""
        if self._room_sync is None:
            from .connect_laptops import RoomStatus
            from .room_sync import RoomSync

            self._room_sync = room_sync = RoomSync(self.session, self)
            self._room_status = status = RoomStatus()
            self.statusBar().addWidget(status, 1)
            room_sync.status.connect(status.show_status)
            room_sync.doubles.connect(status.show_doubles)
            room_sync.failed.connect(status.show_failure)
            status.clicked.connect(self.show_connect_laptops)
        return self._room_sync

    @property
    def room_sync(self) -> RoomSync:
        """The open event's background sync (started when first needed)."""
        return self._start_room_sync()

    @property
    def room_status(self) -> RoomStatus:
        """The room's laptops in the status bar."""
        self._start_room_sync()
        return cast("RoomStatus", self._room_status)

    # -- actions -------------------------------------------------------------------------------

    def _action(self, slot, shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None,  # type: ignore[no-untyped-def]
                checkable: bool = False) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when menus are hidden (kiosk, full screen)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.act_new = self._action(self.new_requested.emit, K.New)
        self.act_open = self._action(self.open_requested.emit, K.Open)
        self.act_setup = self._action(self.setup_requested.emit)
        self.act_connect = self._action(self.show_connect_laptops)
        self.act_demo = self._action(self.demo_requested.emit, "Ctrl+D")
        self.act_new_master = self._action(self.new_master_requested.emit)
        self.act_close = self._action(self.close_requested.emit, "Ctrl+W")
        self.act_quit = self._action(self._quit, "Ctrl+Q")
        stack = self.session.undo_stack
        self.act_undo = self._action(stack.undo, K.Undo)
        self.act_redo = self._action(stack.redo, K.Redo)
        redo_keys = QKeySequence.keyBindings(K.Redo)  # Ctrl+Shift+Z, and Ctrl+Y on some platforms, but once only:
        redo_keys += [QKeySequence("Ctrl+Y")] * (QKeySequence("Ctrl+Y") not in redo_keys)  # twice is ambiguous
        self.act_redo.setShortcuts(redo_keys)
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        stack.undoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.session.barred.connect(lambda _t: self._update_undo_texts())
        stack.redoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.act_palette = self._action(self.show_palette, "Ctrl+K")
        self.act_find = self._action(self._find, K.Find)
        self.act_projector = self._action(self.toggle_projector, "F5", checkable=True)
        self.act_fullscreen = self._action(self._toggle_fullscreen, K.FullScreen)
        self.act_phones = self._action(self.show_phones)
        self.act_preferences = self._action(self.preferences_requested.emit, "Ctrl+,")
        self.act_about = self._action(self._about)
        self.act_shortcuts = self._action(self.show_palette, "F1")
        self.stage_actions = []
        for i, _stage in enumerate(STAGES):
            self.stage_actions.append(self._action(lambda _c=False, i=i: self.sidebar.setCurrentRow(i), f"Ctrl+{i + 1}"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        (self.menu_file, self.menu_edit, self.menu_view, self.menu_participants, self.menu_ideas, self.menu_voting,
         self.menu_help) = (QMenu(self) for _ in range(7))
        self.menu_recent = QMenu(self)
        self.menu_recent.aboutToShow.connect(self._fill_recent_menu)
        for menu in (self.menu_file, self.menu_edit, self.menu_view, self.menu_participants, self.menu_ideas,
                     self.menu_voting, self.menu_help):
            bar.addMenu(menu)
        # a page's menu is filled by the page, built as the menu opens; its window-wide keys work before that
        for stage, menu in (("participants", self.menu_participants), ("ideas", self.menu_ideas),
                            ("voting", self.menu_voting)):
            menu.aboutToShow.connect(lambda stage=stage: self.page(stage))
        self._key_stand_ins: list[QAction] = [self._action(lambda _c=False, name=name: self._press_participants_key(name), key)
                               for name, key in PARTICIPANTS_KEYS.items()]
        self.menu_file.addActions([self.act_new, self.act_open])
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addAction(self.act_setup)
        self.menu_file.addAction(self.act_connect)
        self.menu_file.addAction(self.act_demo)
        self.menu_file.addAction(self.act_new_master)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_close)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([self.act_find, self.act_palette])
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_preferences)
        self.menu_view.addActions(self.stage_actions)
        self.menu_view.addSeparator()
        self.menu_view.addActions([self.act_projector, self.act_phones, self.act_fullscreen])
        self.menu_help.addActions([self.act_shortcuts, self.act_about])

    def _fill_recent_menu(self) -> None:
        self.menu_recent.clear()
        for path in self.settings.recent_files():
            action = self.menu_recent.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.recent_requested.emit(p))
        if not self.menu_recent.actions():
            self.menu_recent.addAction(self.tr("No recent events")).setEnabled(False)

    def all_actions(self) -> list[QAction]:
        """Every action of the window, for the command palette (the pages with actions of their own are built)."""
        participants, ideas, voting = self.participants_page, self.ideas_page, self.voting_page
        return ([a for a in self.actions() if a.text()] + [participants.act_delete] + ideas.actions_for_menu()
                + voting.actions_for_menu())

    def show_palette(self) -> CommandPalette:
        from .palette import CommandPalette

        palette = CommandPalette(self.all_actions(), self)
        palette.open()
        return palette

    def _find(self) -> None:
        self.sidebar.setCurrentRow(STAGES.index("participants"))
        self.participants_page.focus_search()

    def _badge_scanned(self, code: str) -> None:
        """A badge scanned anywhere in the window: what it means on the page shown, else an offer to check in."""
        if not self.pages.currentWidget().take_scan(code):
            self.scan_prompt.offer(code)

    def _check_in_scanned(self, code: str) -> None:
        self.sidebar.setCurrentRow(STAGES.index("checkin"))
        self.checkin_page.handle_scan(code)

    def toggle_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            self.act_projector.setChecked(False)
            return
        self.show_projector()

    def show_projector(self) -> None:
        """Open the projector window, or bring it to the front when it is already open."""
        if self.projector is None:
            from .projector import ProjectorWindow

            self.projector = ProjectorWindow(self.session, self.projector_state)
        if self.projector.isVisible():
            self.projector.raise_()
        else:
            self.projector.show_on_projector()
        self.act_projector.setChecked(True)

    def show_phones(self) -> PhonesDialog:
        """"Open the room to phones": the dialog that opens, follows and closes it (kept open beside the window)."""
        if self.phones_dialog is None:
            from .phones import PhonesDialog

            self.phones_dialog = PhonesDialog(self.session, self.phone_room, self.projector_state, self)
        self.phones_dialog.show()
        self.phones_dialog.raise_()
        self.phones_dialog.activateWindow()
        return self.phones_dialog

    def show_connect_laptops(self) -> ConnectLaptopsDialog:
        """File › Connect laptops…: the room's laptops, this one's Syncthing id, the sync folder."""
        from .connect_laptops import ConnectLaptopsDialog

        dialog = ConnectLaptopsDialog(self.session, self.room_sync, self)
        dialog.open()
        return dialog

    def _about(self) -> None:
        from .dialogs import show_about

        device = self.session.ws.device
        show_about(self, f"{device.name} · {device.fingerprint()}")

    def _toggle_fullscreen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.closeAllWindows()

    # -- state ---------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if "events" in changes.tables():
            self._update_title()

    def _update_title(self) -> None:
        ws = self.session.ws
        name = core_event.get_event(ws).name
        suffix = self.tr(" (read-only)") if ws.read_only else ""
        self.setWindowTitle(f"{name} — {ws.path.name}{suffix}[*]")
        self.setWindowFilePath(str(ws.path))
        self.status.setText(str(ws.path))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_participants.setTitle(self.tr("&Participants"))
        self.menu_ideas.setTitle(self.tr("&Ideas"))
        self.menu_voting.setTitle(self.tr("V&oting"))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        texts = {
            self.act_new: self.tr("&New event…"), self.act_open: self.tr("&Open event…"),
            self.act_setup: self.tr("Set up this &laptop from a setup bundle…"),
            self.act_connect: self.tr("Connec&t laptops…"),
            self.act_demo: self.tr("Open the &demo event"), self.act_close: self.tr("&Close event"),
            self.act_new_master: self.tr("New &master file (coordinators)…"),
            self.act_quit: self.tr("&Quit"), self.act_palette: self.tr("Command &palette…"),
            self.act_find: self.tr("&Find a participant"), self.act_projector: self.tr("&Projector"),
            self.act_fullscreen: self.tr("&Full screen"), self.act_phones: self.tr("Open the room to p&hones…"), self.act_preferences: self.tr("Pr&eferences…"),
            self.act_about: self.tr("&About eulac-desktop"), self.act_shortcuts: self.tr("&Keyboard shortcuts"),
        }
        for action, text in texts.items():
            action.setText(text)
        self._update_undo_texts()
        names = self.stage_names()
        for i, stage in enumerate(STAGES):
            self.sidebar.item(i).setText(names[stage])
            self.stage_actions[i].setText(self.tr("Go to %1").replace("%1", names[stage]))
        self.sidebar.setAccessibleName(self.tr("Stages"))
        self.banner.setText(self.tr("Read-only: %1").replace("%1", self.session.ws.read_only_text()))
        self._update_title()

    def _update_undo_texts(self) -> None:
        stack = self.session.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        if not undo and self.session.barrier:  # a change with no undo ended the history: say so
            self.act_undo.setText(self.tr("Cannot undo: %1").replace("%1", self.session.barrier))
        else:
            self.act_undo.setText(self.tr("&Undo: %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo: %1").replace("%1", redo) if redo else self.tr("&Redo"))

    def stage_names(self) -> dict[str, str]:
        return {"event": self.tr("Event"), "participants": self.tr("Participants"), "checkin": self.tr("Check-in"),
                "ideas": self.tr("Ideas"), "voting": self.tr("Voting"), "p2p": self.tr("P2P learning"),
                "results": self.tr("Results")}

    def current_stage_name(self) -> str:
        """The name of the page shown (for the "Something went wrong" dialog, `crash`)."""
        return self.stage_names()[STAGES[max(self.sidebar.currentRow(), 0)]]

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry("main", self.saveGeometry())
        if self._phone_room is not None:
            self._phone_room.close()  # the room stops when its event file closes
        if self._room_sync is not None:
            self._room_sync.stop()
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
        super().closeEvent(event)
