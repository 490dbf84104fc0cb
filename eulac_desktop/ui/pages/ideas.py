"""The Ideas page: challenges, fast capture, the clustering board, and what the projector shows.

Capture is keyboard-first: Enter adds the idea and the box stays ready, Ctrl+Enter starts a new line, a
pasted list can become one idea per line, and a badge scanned sets the author of the next idea. Every board
change is one core operation, undone and redone by reverting it (`records.revert_changes`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import checkin, ideas, registration
from ...core import event as core_event
from ...core.errors import EulacError
from ...core.i18n import LANGUAGES
from ...core.text import display_name, name_sort_key
from ...core.workspace import Changes
from ..board.scene import BoardScene, Drop
from ..board.view import BoardView
from ..projector import ProjectorPreview
from ..projector_screens import ProjectorState
from ..session import EventSession, show_error
from .base import Page

_BOARD_TABLES = {"ideas", "clusters", "challenges", "participants"}


@dataclass(frozen=True)
class _PageAction:
    """A row of the page's actions: the action, its text and tooltip (read again in each language) and where it
    is shown: "challenge", "board", "more:SECTION", "projector", or "" (the menus only); `short`, a shorter text
    for the board's toolbar, where the full one would push actions out of a narrow window."""

    action: QAction
    text: Callable[[], str]
    tip: Callable[[], str] | None
    where: str
    short: Callable[[], str] | None = None


class IdeaEntry(QPlainTextEdit):
    """The capture box: Enter submits, Ctrl+Enter (or Shift+Enter) makes a new line."""

    submitted = Signal(str)
    pasted_lines = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
                self.insertPlainText("\n")
            else:
                self.submitted.emit(self.toPlainText())
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # type: ignore[no-untyped-def]
        text = source.text() if source.hasText() else ""
        if len([line for line in text.splitlines() if line.strip()]) > 1 and not self.toPlainText().strip():
            self.pasted_lines.emit(text)  # the page asks: one idea per line, or one idea?
            return
        super().insertFromMimeData(source)


class ColumnScroll(QScrollArea):
    """A column that scrolls up and down only: never narrower than what it holds (plus its scroll bar)."""

    def minimumSizeHint(self) -> QSize:
        """The held widget's minimum width and the scroll bar's; the usual minimum height."""
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        return QSize(inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width(), hint.height())


class IdeasPage(Page):
    """Challenges, capture, board and projector control for one event."""

    shown_tables = frozenset(_BOARD_TABLES | {"sessions", "events"})

    def __init__(self, session: EventSession, projector: ProjectorState, parent: QWidget | None = None):
        super().__init__(parent, session)
        self.session = session
        self.projector = projector
        self.challenge_id: str | None = None
        self.author_id: str | None = None
        self.author_once = False  # set by a badge: the author of the next idea only
        self._people: dict[str, str] = {}

        # -- challenge bar
        self.challenge_box = QComboBox()
        self.challenge_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.challenge_box.setMinimumContentsLength(24)  # the bar fits 1024 pixels in every language
        self.challenge_box.currentIndexChanged.connect(self._challenge_chosen)
        self.challenge_label = QLabel()
        self.challenge_label.setBuddy(self.challenge_box)
        self.challenge_state = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.challenge_label)
        bar.addWidget(self.challenge_box, 1)
        bar.addWidget(self.challenge_state)

        # -- capture
        self.entry = IdeaEntry()
        self.entry.setTabChangesFocus(True)
        self.entry.setFixedHeight(self.entry.fontMetrics().lineSpacing() * 4 + 14)
        self.entry.submitted.connect(self._submit)
        self.entry.pasted_lines.connect(self._paste_many)
        self.author = QLineEdit()
        self.author.setClearButtonEnabled(True)
        self.author.editingFinished.connect(self._author_typed)
        self.author.textEdited.connect(self._author_edited)
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.activated.connect(self._author_picked)
        self.author.setCompleter(self.completer)
        self.table = QLineEdit()
        self.language = QComboBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self._submit(self.entry.toPlainText()))
        self.capture_hint = QLabel()
        self.capture_hint.setWordWrap(True)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.capture_box = QGroupBox()
        form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.form_labels, (self.author, self.table, self.language)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        capture = QVBoxLayout(self.capture_box)
        capture.addWidget(self.entry)
        capture.addWidget(self.capture_hint)
        capture.addLayout(form)
        capture.addWidget(self.add_button)
        capture.addWidget(self.feedback)

        # -- projector control
        self.preview = ProjectorPreview(session, projector)
        self.screen_box = QComboBox()
        self.screen_box.activated.connect(self._screen_chosen)
        self.projector_box = QGroupBox()
        pbox = QVBoxLayout(self.projector_box)
        pbox.addWidget(self.preview)
        pbox.addWidget(self.screen_box)
        prow = QHBoxLayout()
        pbox.addLayout(prow)
        projector.changed.connect(self._projector_changed)

        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.capture_box)
        lcol.addWidget(self.projector_box)
        lcol.addStretch(1)
        left_scroll = ColumnScroll()  # short of room (1024×700), the column scrolls instead of overlapping
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # -- board
        self.scene = BoardScene(self.font(), self)
        self.scene.editable = not session.ws.read_only
        self.scene.dropped.connect(self._dropped)
        self.scene.selectionChanged.connect(self._update_actions)
        self.view = BoardView(self.scene)
        self.view.number_typed.connect(self._move_to_number)
        self.view.open_card.connect(self.open_card)
        self.toolbar = QToolBar()
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.board_count = QLabel()
        self.board_count.setWordWrap(True)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        self.toolbar_row = QHBoxLayout()  # the toolbar, then its More button (`_place_actions`)
        self.toolbar_row.setContentsMargins(0, 0, 0, 0)
        self.toolbar_row.addWidget(self.toolbar, 1)
        rcol.addLayout(self.toolbar_row)
        rcol.addWidget(self.view, 1)
        rcol.addWidget(self.board_count)
        self.splitter = QSplitter()
        self.splitter.addWidget(left_scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])

        self.body.addLayout(bar)
        self.body.addWidget(self.splitter, 1)
        self._build_actions(bar, prow)
        self.retranslate()

    # -- actions -------------------------------------------------------------------------------

    def _build_actions(self, bar: QHBoxLayout, prow: QHBoxLayout) -> None:
        """The page's actions, one row each: text, slot, shortcut, where shown (besides the window's Ideas menu
        and the command palette, which list them all in this order) and tooltip. Texts are functions, read
        again when the language changes (`retranslate`)."""
        self._actions: list[_PageAction] = []
        act, keys = self._action, QKeySequence.StandardKey
        step, zoom = self.projector.step, self.view.zoom_by
        self.act_new_challenge = act(lambda: self.tr("&New challenge…"), self.new_challenge, "Ctrl+Alt+N",
                                     "challenge")
        self.act_edit_challenge = act(lambda: self.tr("Edit &challenge…"), self.edit_challenge, None, "challenge")
        self.act_close_challenge = act(lambda: self.tr("Cl&ose challenge"), self.toggle_challenge_state, None,
                                       "challenge")
        self.act_timer = act(lambda: self.tr("Start co&untdown"), self.toggle_timer, "Ctrl+T", "challenge")
        self.act_capture = act(lambda: self.tr("Capture an idea"), self.focus_capture, "Ctrl+L")
        self.act_group = act(lambda: self.tr("New cluster"), self.group_selected, "Ctrl+G", "board", lambda: self.tr(
            "A new cluster of the selected cards, taken from where they were: this also splits a cluster (Ctrl+G)"))
        self.act_merge = act(lambda: self.tr("Merge clusters"), self.merge_selected_clusters, "Ctrl+Shift+G", "board",
                             lambda: self.tr("Merge the selected clusters into the first one (Ctrl+Shift+G)"),
                             short=lambda: self.tr("Merge", "toolbar: merge clusters"))
        self.act_rename = act(lambda: self.tr("Rename…"), self.rename_cluster, "F2", "board")
        self.act_colour = act(lambda: self.tr("Cluster colour…"), self.choose_colour, None, "more:cluster")
        self.act_cluster_left = act(lambda: self.tr("Move cluster left"), lambda: self.move_cluster(-1), "Alt+Left",
                                    "more:cluster")
        self.act_cluster_right = act(lambda: self.tr("Move cluster right"), lambda: self.move_cluster(1), "Alt+Right",
                                     "more:cluster")
        self.act_delete_cluster = act(lambda: self.tr("Delete cluster"), self.delete_cluster, None, "more:cluster")
        self.act_duplicates = act(lambda: self.tr("Mark duplicates"), self.mark_duplicates, "Ctrl+Shift+D", "board",
                                  lambda: self.tr("Show the selected cards as one idea; each keeps its text and author "
                                             "(Ctrl+Shift+D)"), short=lambda: self.tr("Duplicates", "toolbar: mark duplicates"))
        self.act_unmark = act(lambda: self.tr("Separate duplicates"), self.unmark_duplicates, None, "more:cluster")
        self.act_delete = act(lambda: self.tr("Delete ideas"), self.delete_selected, keys.Delete, "more:cluster")
        self.view.addAction(self.act_delete)  # Delete where the board has the focus
        self.act_zoom_in = act(lambda: self.tr("Zoom in"), lambda: zoom(1.25), keys.ZoomIn, "more:zoom")
        self.act_zoom_out = act(lambda: self.tr("Zoom out"), lambda: zoom(0.8), keys.ZoomOut, "more:zoom")
        self.act_fit = act(lambda: self.tr("Fit the board"), self.view.fit, "Ctrl+0", "more:zoom")
        self.act_export = act(lambda: self.tr("Export…"), self.export, "Ctrl+Shift+E", "more:out")
        self.act_poll = act(lambda: self.tr("Make a poll…"), self.poll_from_clusters, None, "more:out")
        self.act_plan = act(lambda: self.tr("Make an action plan from the selection…"), self.plan_from_selection, None,
                            "more:out")
        self.act_previous = act(lambda: self.tr("Previous screen"), lambda: step(self.session.ws, -1), "Ctrl+PgUp",
                                "projector")
        self.act_next = act(lambda: self.tr("Next screen"), lambda: step(self.session.ws, 1), "Ctrl+PgDown",
                            "projector")
        self.act_blank = act(lambda: self.tr("Blank"), lambda: self.projector.set_blank(not self.projector.blank),
                             "Ctrl+B", "projector", checkable=True)
        self.act_freeze = act(lambda: self.tr("Freeze"), self.toggle_freeze, "Ctrl+Shift+F", "projector",
                              checkable=True)
        self._place_actions(bar, prow)

    def _action(self, text: Callable[[], str], slot: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None = None, where: str = "",
                tip: Callable[[], str] | None = None, *, checkable: bool = False,
                short: Callable[[], str] | None = None) -> QAction:
        """One row of the page's actions (see `_build_actions`): the action, added to the page."""
        act = QAction(self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.setCheckable(checkable)
        act.triggered.connect(slot)
        self.addAction(act)
        self._actions.append(_PageAction(act, text, tip, where, short))
        return act

    def _place_actions(self, bar: QHBoxLayout, prow: QHBoxLayout) -> None:
        """Each action where its row says: a button beside the challenge, on the board's toolbar, in a section of
        the More menu (its button at the toolbar's right end, outside it: never pushed into the toolbar's own
        overflow »), or a button under the projector's preview."""

        def button(act: QAction, layout: QHBoxLayout) -> None:
            tool = QToolButton()
            tool.setDefaultAction(act)
            layout.addWidget(tool)

        self.more_menu = QMenu(self)
        section = ""
        for row in self._actions:
            if row.where == "challenge":
                button(row.action, bar)
            elif row.where == "board":
                self.toolbar.addAction(row.action)
            elif row.where.startswith("more:"):
                if section and row.where != section:
                    self.more_menu.addSeparator()
                section = row.where
                self.more_menu.addAction(row.action)
        self.more_button = QToolButton()
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more_button.setStyleSheet("QToolButton { padding: 3px 14px 3px 4px; } "  # its arrow beside the text
                                       "QToolButton::menu-indicator { subcontrol-position: right center; right: 3px; }")
        self.toolbar_row.addWidget(self.more_button)
        for row in self._actions:
            if row.where == "projector":
                button(row.action, prow)

    def actions_for_menu(self) -> list[QAction]:
        """The page's actions, for the main window's menu and the command palette."""
        return [row.action for row in self._actions]

    def _update_actions(self) -> None:
        writable = not self.session.ws.read_only
        has = self.challenge_id is not None
        cards = self.view.selected_cards()
        columns = [c for c in self.view.selected_columns() if c]
        for act in (self.act_edit_challenge, self.act_close_challenge, self.act_timer, self.act_export, self.act_poll):
            act.setEnabled(has)
        self.act_new_challenge.setEnabled(writable)
        for act in (self.act_edit_challenge, self.act_close_challenge, self.act_timer, self.act_poll):
            act.setEnabled(has and writable)
        self.act_group.setEnabled(writable and bool(cards))
        self.act_merge.setEnabled(writable and len(columns) >= 2)
        for act in (self.act_rename, self.act_colour, self.act_delete_cluster, self.act_cluster_left, self.act_cluster_right):
            act.setEnabled(writable and len(columns) == 1)
        self.act_duplicates.setEnabled(writable and len(cards) >= 2)
        self.act_unmark.setEnabled(writable and any(self._card(c) and self._card(c).duplicates for c in cards))
        self.act_delete.setEnabled(writable and bool(cards))
        self.act_plan.setEnabled(writable and (len(cards) == 1 or (not cards and len(columns) == 1)))
        self.entry.setEnabled(writable and has)
        self.add_button.setEnabled(writable and has)

    # -- loading -------------------------------------------------------------------------------

    def refresh(self, changes: Changes | None) -> None:
        if changes is None or {"challenges", "events"} & changes.tables():
            self.reload()
        elif "participants" in changes.tables():
            self._people = {}
            self._load_board()
        else:
            self._load_board()

    def reload(self) -> None:
        """Everything again: challenges, languages, the board."""
        ws = self.session.ws
        current = self.challenge_id
        rows = ideas.challenges(ws)
        self.challenge_box.blockSignals(True)
        self.challenge_box.clear()
        for row in rows:
            mark = "" if row["state"] == "open" else " 🔒"
            self.challenge_box.addItem(row["question"] + mark, row["id"])
        index = self.challenge_box.findData(current) if current else (0 if rows else -1)
        self.challenge_box.setCurrentIndex(max(0, index) if rows else -1)
        self.challenge_box.blockSignals(False)
        self.challenge_id = self.challenge_box.currentData()
        if self.challenge_id and self.projector.challenge_id is None:
            self.projector.challenge_id = self.challenge_id
        languages = core_event.get_event(ws).languages
        chosen = self.language.currentData()
        self.language.clear()
        self.language.addItem("—", None)
        for code in languages:
            self.language.addItem(LANGUAGES.get(code, code), code)  # as the event page names them: "Español"
        self.language.setCurrentIndex(max(0, self.language.findData(chosen or (languages[0] if languages else None))))
        self._load_board()

    def _challenge_chosen(self, _index: int) -> None:
        self.challenge_id = self.challenge_box.currentData()
        self.projector.challenge_id = self.challenge_id
        self._load_board(fit=True)
        self.projector.changed.emit()

    def _load_board(self, fit: bool = False) -> None:
        ws = self.session.ws
        challenge = ideas.get_challenge(ws, self.challenge_id) if self.challenge_id else None
        if challenge is None:
            self.scene.clear()
            self.scene.cards.clear()
            self.scene.columns.clear()
            self.scene.board = None
            self.board_count.setText(self.tr("Add a challenge (Ctrl+Alt+N) to start capturing ideas."))
            self.challenge_state.clear()
            self._update_actions()
            return
        first = self.scene.board is None or self.scene.board.challenge_id != challenge["id"]
        if first and self.scene.board is not None:
            self.scene.clear()
            self.scene.cards.clear()
            self.scene.columns.clear()
        board = ideas.board(ws, challenge["id"])
        self.scene.set_board(board, self._titles(board))
        count = sum(1 + len(c.duplicates) for col in board.columns for c in col.cards)
        self.board_count.setText(self.tr("%n idea(s)", "", count) + " · " +
                                 self.tr("%n cluster(s)", "", len(board.clusters)) + " · " +
                                 self.tr("Arrows move between cards, a cluster's number moves them there (0: unsorted), "
                                         "Enter opens a card, Space + drag pans."))
        self.challenge_state.setText(self.tr("Open for ideas") if challenge["state"] == "open"
                                     else self.tr("Closed to new ideas"))  # a state, not a button's "Open"
        self.act_close_challenge.setText(self.tr("Cl&ose challenge") if challenge["state"] == "open"
                                         else self.tr("Re&open challenge"))
        self.act_timer.setText(self.tr("Stop co&untdown") if challenge["timer_ends_at"] else self.tr("Start co&untdown"))
        if first or fit:
            self.view.fit()
        self._update_actions()

    def _titles(self, board: ideas.Board) -> dict[str | None, str]:
        titles: dict[str | None, str] = {}
        for column in board.columns:
            n = sum(1 + len(c.duplicates) for c in column.cards)
            if column.id is None:
                titles[None] = self.tr("0 · Unsorted (%1)").replace("%1", str(n))
            else:
                name = column.name or self.tr("Theme %1").replace("%1", str(column.number))
                titles[column.id] = f"{column.number} · {name} ({n})"
        return titles

    def _card(self, card_id: str) -> ideas.Card | None:
        item = self.scene.cards.get(card_id)
        return item.card if item else None

    # -- doing, undoably -----------------------------------------------------------------------

    def _do(self, text: str, step: Callable[[], Changes]) -> Changes | None:
        """One core operation, undone and redone by reverting what it changed."""
        return self.session.run(text, step, widget=self)

    # -- challenges ----------------------------------------------------------------------------

    def new_challenge(self) -> None:
        from ..ideas_dialogs import ChallengeDialog

        dialog = ChallengeDialog(self.session.ws, None, self)
        while dialog.exec():
            values = dialog.values()
            changes = self._do(self.tr("Add a challenge"), lambda values=values: ideas.add_challenge(
                self.session.ws, values["question"], values["description"], session_id=values["session_id"],
                time_box=values["time_box"]))
            if changes is not None:
                self.challenge_id = changes.inserted["challenges"][0]
                self.reload()
                self.focus_capture()
                return

    def edit_challenge(self) -> None:
        from ..ideas_dialogs import ChallengeDialog

        if not self.challenge_id:
            return
        dialog = ChallengeDialog(self.session.ws, ideas.get_challenge(self.session.ws, self.challenge_id), self)
        while dialog.exec():
            values = dialog.values()
            if self._do(self.tr("Edit a challenge"), lambda values=values: ideas.update_challenge(
                    self.session.ws, self.challenge_id, **values)) is not None:
                return

    def toggle_challenge_state(self) -> None:
        if not self.challenge_id:
            return
        state = ideas.get_challenge(self.session.ws, self.challenge_id)["state"]
        new = "closed" if state == "open" else "open"
        self._do(self.tr("Close a challenge") if new == "closed" else self.tr("Reopen a challenge"),
                 lambda: ideas.update_challenge(self.session.ws, self.challenge_id, state=new))

    def toggle_timer(self) -> None:
        if not self.challenge_id:
            return
        ws = self.session.ws
        running = ideas.get_challenge(ws, self.challenge_id)["timer_ends_at"]
        changes = self._do(self.tr("Stop the countdown") if running else self.tr("Start the countdown"),
                           (lambda: ideas.stop_timer(ws, self.challenge_id)) if running
                           else (lambda: ideas.start_timer(ws, self.challenge_id)))
        if changes is not None and not running:
            self.projector.show("challenge", self.challenge_id)

    # -- capture -------------------------------------------------------------------------------

    def focus_capture(self) -> None:
        self.entry.setFocus()

    def _submit(self, text: str) -> None:
        if not self.challenge_id or not text.strip():
            return
        person = checkin.identify(self.session.ws, text.strip()) if "\n" not in text.strip() else None
        if person is not None:  # a badge's code typed into the box: it says who is speaking
            self._set_author(person["id"])
            self.entry.clear()
            return
        self._add([text])

    def take_scan(self, code: str) -> bool:
        """A badge scanned while the page is shown: its person is the author of the next idea."""
        owner = checkin.owner_of_badge(self.session.ws, code)
        if owner.participant_id is None or owner.refusal:
            self.feedback.setText(self.tr("Badge refused: %1").replace("%1", owner.reason_text()))
        else:
            self._set_author(owner.participant_id)
        return True

    def _add(self, texts: list[str]) -> None:
        ws = self.session.ws
        author, table, language = self.author_id, self.table.text(), self.language.currentData()
        changes = self._do(self.tr("Add %n idea(s)", "", len(texts)), lambda: ideas.add_ideas(
            ws, self.challenge_id, texts, author_id=author, table_label=table, language=language))
        if changes is not None:
            self.entry.clear()
            count = len(changes.inserted.get("ideas", []))
            self.feedback.setText(self.tr("Added %n idea(s).", "", count))
            if self.author_once:  # the badge said who spoke for this idea, not for the next ones
                self.author_id, self.author_once = None, False
                self.author.clear()
            added = changes.inserted.get("ideas", [])
            if added and added[-1] in self.scene.cards:
                self.view.ensureVisible(self.scene.cards[added[-1]], 24, 24)
        self.entry.setFocus()

    def _paste_many(self, text: str) -> None:
        lines = ideas.split_lines(text)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Paste ideas"),
                          self.tr("The text has %n line(s). Add one idea per line?", "", len(lines)),
                          QMessageBox.StandardButton.NoButton, self)
        many = box.addButton(self.tr("Add %n idea(s)", "", len(lines)), QMessageBox.ButtonRole.AcceptRole)
        one = box.addButton(self.tr("Keep as one idea"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(many)
        box.exec()
        if box.clickedButton() is many:
            self._add(lines)
        elif box.clickedButton() is one:
            self.entry.setPlainText(text.strip())

    def _people_names(self) -> dict[str, str]:
        if not self._people:
            people = sorted(registration.people(self.session.ws, ("given_name", "family_name", "organisation")),
                            key=lambda p: name_sort_key(p["family_name"], p["given_name"]))
            names = ((p["id"], display_name(p), p["organisation"] or "") for p in people)
            self._people = {f"{name} — {org}" if org else name: pid for pid, name, org in names}
            self.completer.model().setStringList(list(self._people))  # type: ignore[attr-defined]
        return self._people

    def _author_edited(self, _text: str) -> None:
        self._people_names()
        self.author_id, self.author_once = None, False

    def _author_picked(self, text: str) -> None:
        self.author_id = self._people_names().get(text)

    def _author_typed(self) -> None:
        text = self.author.text().strip()
        if not text:
            self.author_id = None
            return
        person = checkin.identify(self.session.ws, text)
        if person is not None:
            self._set_author(person["id"])
        elif not self.author_once:
            self.author_id = self._people_names().get(text, self.author_id)

    def _set_author(self, pid: str) -> None:
        """The author of the next idea only, from a badge (clearing the Author field takes it back)."""
        names = {v: k for k, v in self._people_names().items()}
        self.author_id, self.author_once = pid, True
        self.author.setText(names.get(pid, ""))
        self.feedback.setText(self.tr("Author of the next idea: %1").replace("%1", names.get(pid, "")))

    # -- board ---------------------------------------------------------------------------------

    def _dropped(self, drop: Drop) -> None:
        ws = self.session.ws
        if drop.onto_card is not None:
            target = self._card(drop.onto_card)
            if target is None:
                return
            if target.cluster_id is None:  # two unsorted cards make a new cluster
                self._do(self.tr("New cluster"), lambda: ideas.add_cluster(
                    ws, self.challenge_id, idea_ids=[target.id, *drop.card_ids]))
            else:
                self._do(self.tr("Move %n card(s)", "", len(drop.card_ids)), lambda: ideas.move_ideas(
                    ws, drop.card_ids, target.cluster_id, before_id=target.id))
        else:
            self._do(self.tr("Move %n card(s)", "", len(drop.card_ids)), lambda: ideas.move_ideas(
                ws, drop.card_ids, drop.column_id, before_id=drop.before_id))

    def _move_to_number(self, number: int) -> None:
        cards = self.view.selected_cards()
        if not cards or self.scene.board is None or self.session.ws.read_only:
            return
        columns = self.scene.board.columns
        if number >= len(columns):
            self.feedback.setText(self.tr("There is no cluster %1.").replace("%1", str(number)))
            return
        self._do(self.tr("Move %n card(s)", "", len(cards)),
                 lambda: ideas.move_ideas(self.session.ws, cards, columns[number].id))
        self._reselect(cards)

    def _reselect(self, cards: list[str]) -> None:
        self.scene.clearSelection()
        for cid in cards:
            if cid in self.scene.cards:
                self.scene.cards[cid].setSelected(True)
        if cards and cards[0] in self.scene.cards:
            self.view.current = cards[0]
            self.view.ensureVisible(self.scene.cards[cards[0]], 24, 24)
        self.view.setFocus()

    def group_selected(self) -> None:
        """A new cluster of the selected cards (taken from wherever they were: this also splits a cluster)."""
        cards = self.view.selected_cards()
        if not cards:
            return
        name, ok = QInputDialog.getText(self, self.tr("New cluster"), self.tr("Name of the cluster:"))
        if ok:
            self._do(self.tr("New cluster"), lambda: ideas.add_cluster(self.session.ws, self.challenge_id, name,
                                                                        idea_ids=cards))
            self._reselect(cards)

    def _one_column(self) -> str | None:
        columns = [c for c in self.view.selected_columns() if c]
        return columns[0] if len(columns) == 1 else None

    def rename_cluster(self) -> None:
        cid = self._one_column()
        if cid is None:
            return
        column = self.scene.columns[cid].column
        current = column.name or self.tr("Theme %1").replace("%1", str(column.number))  # the name the board shows
        name, ok = QInputDialog.getText(self, self.tr("Rename cluster"), self.tr("Name of the cluster:"), text=current)
        if ok:
            self._do(self.tr("Rename a cluster"), lambda: ideas.update_cluster(self.session.ws, cid, name=name))

    def choose_colour(self) -> None:
        cid = self._one_column()
        if cid is None:
            return
        menu = QMenu(self)
        for colour in ideas.COLOURS:
            swatch = QPixmap(16, 16)
            swatch.fill(QColor(colour))
            act = menu.addAction(QIcon(swatch), colour)
            act.triggered.connect(lambda _c=False, colour=colour: self._do(
                self.tr("Colour a cluster"), lambda: ideas.update_cluster(self.session.ws, cid, colour=colour)))
        menu.exec(self.mapToGlobal(self.view.geometry().center()))

    def merge_selected_clusters(self) -> None:
        columns = [c for c in self.view.selected_columns() if c]
        if len(columns) >= 2:
            self._do(self.tr("Merge clusters"), lambda: ideas.merge_clusters(self.session.ws, columns[0], columns[1:]))

    def delete_cluster(self) -> None:
        cid = self._one_column()
        if cid is not None:
            self._do(self.tr("Delete a cluster"), lambda: ideas.delete_cluster(self.session.ws, cid))

    def move_cluster(self, delta: int) -> None:
        cid = self._one_column()
        if cid is None or self.scene.board is None:
            return
        order = [c.id for c in self.scene.board.clusters]
        i = order.index(cid)
        j = max(0, min(len(order) - 1, i + delta))
        if i == j:
            return
        order.insert(j, order.pop(i))
        self._do(self.tr("Reorder clusters"), lambda: ideas.reorder_clusters(self.session.ws, order))
        self.scene.columns[cid].setSelected(True)

    def mark_duplicates(self) -> None:
        cards = self.view.selected_cards()
        if len(cards) >= 2:
            keep = self.view.current if self.view.current in cards else cards[0]
            self._do(self.tr("Mark duplicates"), lambda: ideas.mark_duplicates(
                self.session.ws, keep, [c for c in cards if c != keep]))

    def unmark_duplicates(self) -> None:
        dups = [d.id for c in self.view.selected_cards() for d in (self._card(c).duplicates if self._card(c) else [])]
        if dups:
            self._do(self.tr("Separate duplicates"), lambda: ideas.unmark_duplicates(self.session.ws, dups))

    def delete_selected(self) -> None:
        cards = self.view.selected_cards()
        if cards:
            self._do(self.tr("Delete %n idea(s)", "", len(cards)), lambda: ideas.delete_ideas(self.session.ws, cards))

    def open_card(self, card_id: str) -> None:
        """The whole idea, to read (a long one is shortened on its card) or to correct."""
        from ..ideas_dialogs import IdeaDialog

        card = self._card(card_id)
        if card is None:
            return
        ws = self.session.ws
        dialog = IdeaDialog(card, core_event.get_event(ws).languages, ws.read_only, self)
        while dialog.exec() and not ws.read_only:
            if self._do(self.tr("Edit an idea"), lambda: ideas.edit_idea(ws, card_id, **dialog.values())) is not None:
                return

    # -- export and polls ----------------------------------------------------------------------

    def export(self) -> None:
        """Ideas and clusters to CSV/XLSX, or the board as a picture (PNG) or a document (PDF)."""
        if not self.challenge_id:
            return
        filters = {self.tr("Spreadsheet (*.xlsx)"): ".xlsx", self.tr("CSV (*.csv)"): ".csv",
                   self.tr("Board as a picture (*.png)"): ".png", self.tr("Board as a PDF (*.pdf)"): ".pdf"}
        from ..printing import default_folder, event_name, file_name, offer_to_print
        from ..settings import Settings

        settings = Settings()
        suggested = default_folder(self.session, settings, "ideas") / file_name(event_name(self.session),
                                                                                self.tr("ideas"))
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export ideas"), str(suggested.with_suffix(".xlsx")),
                                                   ";;".join(filters))
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() not in filters.values():
            out = out.with_suffix(filters.get(chosen, ".xlsx"))
        try:
            if out.suffix.lower() in (".png", ".pdf"):
                from ..board.export import export_board

                export_board(self.scene, out, ideas.get_challenge(self.session.ws, self.challenge_id)["question"])
            else:
                ideas.export_ideas(self.session.ws, out, self.challenge_id)
        except EulacError as exc:
            show_error(self, exc)
            return
        settings.set_print_folder("ideas", out.parent)
        self.feedback.setText(self.tr("Exported to %1").replace("%1", str(out)))
        if out.suffix.lower() == ".pdf":
            self._print_job = offer_to_print(self, out)

    def poll_from_clusters(self) -> None:
        """A poll (in draft) whose options are this challenge's clusters."""
        from ...core import voting

        if not self.challenge_id:
            return
        question = ideas.get_challenge(self.session.ws, self.challenge_id)["question"]
        title, ok = QInputDialog.getText(self, self.tr("Poll from clusters"), self.tr("Title of the poll:"), text=question)
        if not ok:
            return
        changes = self._do(self.tr("Poll from clusters"), lambda: voting.create_poll_from_clusters(
            self.session.ws, self.challenge_id, title, "dots", params={"dots": 3}))
        if changes is not None:
            poll = voting.get_poll(self.session.ws, changes.inserted["polls"][0])
            self.feedback.setText(self.tr("Poll “%1” created with %n option(s), as a draft: open it on the Voting page.",
                                          "", len(poll["options"])).replace("%1", poll["title"]))

    def plan_from_selection(self) -> object:
        """The form of a new action plan made from the selected idea (or, with no idea selected, cluster)."""
        from ...core import actions
        from ..actions_dialog import ActionPlansDialog

        cards = self.view.selected_cards()
        columns = [c for c in self.view.selected_columns() if c]
        try:
            origin = (actions.from_idea(self.session.ws, cards[0]) if len(cards) == 1 else
                      actions.from_cluster(self.session.ws, columns[0]) if len(columns) == 1 else None)
        except EulacError as exc:
            show_error(self, exc)
            return None
        if origin is None:
            return None
        self.plans_dialog = ActionPlansDialog(self.session, self, self.projector)
        self.plans_dialog.show()
        return self.plans_dialog.new(**origin)

    # -- projector -----------------------------------------------------------------------------

    def _screen_chosen(self, _index: int) -> None:
        screen, index = self.screen_box.currentData()
        self.projector.show(screen, self.challenge_id, index)

    def _projector_changed(self) -> None:
        self.act_blank.setChecked(self.projector.blank)
        self.act_freeze.setChecked(self.projector.frozen is not None)
        self._fill_screens()

    def _fill_screens(self) -> None:
        items: list[tuple[str, tuple[str, int]]] = [(self.tr("Welcome"), ("welcome", 0))]
        if self.challenge_id and self.scene.board is not None:
            items += [(self.tr("The challenge and its countdown"), ("challenge", 0)),
                      (self.tr("The board of clusters"), ("board", 0))]
            clusters = [c for c in self.scene.board.clusters if c.cards]
            titles = self._titles(self.scene.board)
            items += [(self.tr("Cluster: %1").replace("%1", titles[c.id]), ("cluster", i)) for i, c in enumerate(clusters)]
        here = (self.projector.screen, self.projector.cluster_index if self.projector.screen == "cluster" else 0)
        self.screen_box.blockSignals(True)
        self.screen_box.clear()
        for text, data in items:
            self.screen_box.addItem(text, data)
        self.screen_box.setCurrentIndex(max(0, [d for _t, d in items].index(here) if here in [d for _t, d in items] else 0))
        self.screen_box.blockSignals(False)

    def toggle_freeze(self) -> None:
        from ..projector import DEFAULT_SIZE, render

        if self.projector.frozen is not None:
            self.projector.set_frozen(None)
        else:
            self.projector.set_frozen(render(self.session, self.projector, DEFAULT_SIZE, self.font()))

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Ideas"))
        self.challenge_label.setText(self.tr("Challen&ge:"))
        self.challenge_box.setAccessibleName(self.tr("Challenge"))
        self.capture_box.setTitle(self.tr("Capture"))
        self.entry.setPlaceholderText(self.tr("Type an idea and press Enter…"))
        self.entry.setAccessibleName(self.tr("New idea"))
        self.capture_hint.setText(self.tr("Enter adds the idea · Ctrl+Enter starts a new line · paste a list to add "
                                          "one idea per line · scan a badge to set the author"))
        for label, text in zip(self.form_labels, (self.tr("&Author:"), self.tr("&Table:"), self.tr("&Language:"))):
            label.setText(text)
        self.author.setPlaceholderText(self.tr("Scan a badge or type a name"))
        self.author.setAccessibleName(self.tr("Author"))
        self.table.setAccessibleName(self.tr("Table"))
        self.language.setAccessibleName(self.tr("Language"))
        self.add_button.setText(self.tr("A&dd idea"))
        self.projector_box.setTitle(self.tr("Projector"))
        self.preview.setAccessibleName(self.tr("What the projector shows"))
        self.screen_box.setAccessibleName(self.tr("Projector screen"))
        self.view.setAccessibleName(self.tr("Board"))
        self.more_button.setText(self.tr("More"))
        for row in self._actions:
            row.action.setText(row.text())
            if row.short is not None:
                row.action.setIconText(row.short())
            if row.tip is not None:
                row.action.setToolTip(row.tip())
        if self.isVisible():
            self._load_board()  # the column titles and counts, in the new language
        else:
            self.stale = True
        self._fill_screens()
