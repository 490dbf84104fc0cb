"""The Voting page: polls, their state, the kiosk, paper ballots, and live results (here and on the projector)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import event as core_event
from ...core import voting
from ...core.workspace import Changes
from ..literal import literal
from ..projector_screens import ProjectorState
from ..session import EventSession, show_error
from ..voting.results_canvas import ResultsCanvas
from ..voting.texts import MethodTexts
from ..widgets import FlowLayout
from .base import Page

_TABLES = {"polls", "ballots", "ballot_voids", "checkins", "participants"}


class ResultsView(QWidget):
    """A poll's results as the projector shows them, dark on light, at the size of the page."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.results: dict[str, Any] | None = None
        self.live = False
        self.setMinimumHeight(240)

    def show_results(self, results: dict[str, Any] | None, live: bool) -> None:
        self.results, self.live = results, live
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.results is not None:
            ResultsCanvas(self.font(), dark=False).paint(painter, QRect(self.rect()), self.results, self.live)
        painter.end()


class VotingPage(Page):
    """The event's polls and the tools to run them."""

    shown_tables = frozenset(_TABLES)

    def __init__(self, session: EventSession, projector: ProjectorState, parent: QWidget | None = None):
        super().__init__(parent, session)
        self.session = session
        self.projector = projector
        self.poll_id: str | None = None
        self.kiosk = None
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (↑/↓ choose a poll)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setTextFormat(Qt.TextFormat.PlainText)
        self.results = ResultsView()
        self.buttons = FlowLayout()  # wraps: long translations neither squeeze the poll list nor get cut
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addLayout(self.buttons)
        rcol.addWidget(self.rules)
        rcol.addWidget(self.results, 1)
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        self.top_buttons = QHBoxLayout()
        lcol.addLayout(self.top_buttons)
        lcol.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 620])
        self.body.addWidget(splitter, 1)
        self._build_actions()
        self.retranslate()

    def _build_actions(self) -> None:
        def action(slot: Callable[[], object], shortcut: str | None = None) -> QAction:
            act = QAction(self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_new = action(self.new_poll, "Ctrl+Alt+N")
        self.act_open = action(lambda: self.set_state("open"), "Ctrl+Alt+O")
        self.act_close = action(lambda: self.set_state("closed"), "Ctrl+Alt+C")
        self.act_kiosk = action(self.start_kiosk, "Ctrl+Alt+K")
        self.act_print = action(self.print_paper, "Ctrl+Shift+P")
        self.act_paper = action(self.enter_paper, "Ctrl+Alt+E")
        self.act_projector = action(self.show_on_projector, "Ctrl+Alt+R")
        self.act_void = action(self.void_last)
        self.act_plan = action(self.plan_from_top_option)
        self.act_plans = action(self.show_plans)
        self.act_survey_kiosk = action(self.survey_kiosk)
        self.act_survey_paper = action(self.survey_paper)
        self.act_survey_questions = action(self.survey_questions)
        for act in (self.act_new,):
            button = QToolButton()
            button.setDefaultAction(act)
            self.top_buttons.addWidget(button)
        self.top_buttons.addStretch(1)
        for act in (self.act_open, self.act_close, self.act_kiosk, self.act_projector, self.act_print, self.act_paper,
                    self.act_void):
            button = QToolButton()
            button.setDefaultAction(act)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.buttons.addWidget(button)

    def actions_for_menu(self) -> list[QAction]:
        return [self.act_new, self.act_open, self.act_close, self.act_kiosk, self.act_print, self.act_paper,
                self.act_projector, self.act_void, self.act_plan, self.act_plans, self.act_survey_kiosk,
                self.act_survey_paper, self.act_survey_questions]

    # -- loading -------------------------------------------------------------------------------

    def refresh(self, changes: Changes | None) -> None:
        self.reload()

    def reload(self) -> None:
        ws = self.session.ws
        names = MethodTexts()
        polls = voting.polls(ws)
        states = {"draft": self.tr("Draft"), "open": self.tr("Open"), "closed": self.tr("Closed")}
        self.table.blockSignals(True)
        self.table.setRowCount(len(polls))
        chosen = 0
        for row, poll in enumerate(polls):
            results = voting.results(ws, poll["id"])
            cells = [poll["title"], states[poll["state"]], f"{results['ballots']} / {results['eligible']}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, poll["id"])
                item.setToolTip(literal(f"{poll['title']} — {names.name(poll['method'])}"))
                self.table.setItem(row, column, item)
            if poll["id"] == self.poll_id:
                chosen = row
        self.table.blockSignals(False)
        if polls:
            self.table.selectRow(chosen)
        self._selected()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.poll_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None
        self._show_poll()

    def _show_poll(self) -> None:
        writable = not self.session.ws.read_only
        poll = voting.get_poll(self.session.ws, self.poll_id) if self.poll_id else None
        self.act_new.setEnabled(writable)
        for act in (self.act_open, self.act_close, self.act_kiosk, self.act_print, self.act_paper, self.act_projector,
                    self.act_void):
            act.setEnabled(poll is not None)
        if poll is None:
            self.rules.setText(self.tr("No poll yet: make one (Ctrl+Alt+N), or turn a challenge's clusters into one on "
                                       "the Ideas page."))
            self.results.show_results(None, False)
            return
        self.act_open.setEnabled(writable and poll["state"] != "open")
        if poll["state"] == "closed":
            self.act_open.setText(self.tr("Re&open"))
            self.act_open.setIconText(self.tr("Reope&n poll"))
        else:
            self.act_open.setText(self.tr("&Open"))
            self.act_open.setIconText(self.tr("Ope&n poll"))
        self.act_close.setEnabled(writable and poll["state"] == "open")
        for act in (self.act_kiosk, self.act_paper):
            act.setEnabled(writable and poll["state"] == "open")
        self.act_void.setEnabled(writable)
        self.act_plan.setEnabled(writable)
        secrecy = self.tr("Secret ballot.") if poll["secret"] else self.tr("Named ballot: who voted what is stored.")
        self.rules.setText(f"{MethodTexts().rules(poll['method'], poll['params'])} {secrecy}")
        self.results.show_results(voting.results(self.session.ws, poll["id"]), bool(poll["live"]))

    # -- actions -------------------------------------------------------------------------------

    def new_poll(self) -> None:
        from ..voting.dialogs import PollDialog

        ws = self.session.ws
        dialog = PollDialog(ws, self)

        def create() -> Changes:
            changes: Changes = dialog.create(ws)
            self.poll_id = changes.inserted["polls"][0]  # the new poll is the one chosen when the page shows it
            return changes

        while dialog.exec():
            if self.session.run(self.tr("New poll"), create, widget=self,
                                refused=lambda exc: dialog.error.setText(exc.text())) is not None:
                return

    def set_state(self, state: str) -> None:
        if self.poll_id:
            poll_id, ws = self.poll_id, self.session.ws
            previous = voting.get_poll(ws, poll_id)["state"]  # Ctrl+Z gives it back (a draft only while no one voted)
            self.session.run(self.tr("Open a poll") if state == "open" else self.tr("Close a poll"),
                             lambda: voting.set_state(ws, poll_id, state), lambda: voting.undo_state(ws, poll_id, previous),
                             self)

    def start_kiosk(self) -> None:
        """The voting desk for this poll, full screen, left with a PIN."""
        from ..kiosk import PinDialog
        from ..voting.kiosk import VotingKiosk

        if not self.poll_id:
            return
        dialog = PinDialog(self)
        if dialog.exec():
            self.kiosk = VotingKiosk(self.session, self.poll_id, dialog.pin.text())
            self.kiosk.start()

    def print_paper(self) -> None:
        """Paper ballots of this poll (PDF), numbered on from those printed before."""
        from ...documents.paper_ballots import paper_ballots_pdf
        from ..printing import Printout, event_name, file_name, run_writer, save_and_print

        if not self.poll_id:
            return
        count, ok = QInputDialog.getInt(self, self.tr("Paper ballots"), self.tr("How many ballots?"), 50, 1, 10_000)
        if not ok:
            return
        start, ok = QInputDialog.getInt(self, self.tr("Paper ballots"),
                                        self.tr("First serial number (1, or after those printed before):"), 1, 1, 3_000_000)
        if not ok:
            return
        poll_id, ws = self.poll_id, self.session.ws
        what = file_name(event_name(self.session), self.tr("ballots"), voting.get_poll(ws, poll_id)["title"],
                         f"{start}-{start + count - 1}")
        printout = Printout("ballots", what, self.tr("Save the paper ballots"), self.tr("Making the paper ballots…"),
                            run_writer(ws, lambda worker, out, progress: paper_ballots_pdf(worker, poll_id, out, count,
                                                                                         start, progress)))
        self._print_job = save_and_print(self, self.session, printout)

    def enter_paper(self) -> None:
        from ..voting.dialogs import PaperEntryDialog

        if self.poll_id:
            lang = (core_event.get_event(self.session.ws).languages or ["en"])[0]
            dialog = PaperEntryDialog(self.session, self.poll_id, lang, self)
            dialog.exec()
            dialog.deleteLater()

    def show_on_projector(self) -> None:
        if self.poll_id:
            self.projector.present("poll", poll_id=self.poll_id)

    def void_last(self) -> None:
        """Void a ballot by its serial (paper) or the latest one cast (a mistake at the kiosk), with a reason."""
        if not self.poll_id:
            return
        ws = self.session.ws
        rows = voting.voidable_ballots(ws, self.poll_id)
        if not rows:
            return
        labels = [f"{n + 1}. {row['channel']} {row['serial']}".strip() for n, row in enumerate(rows)]
        secret = voting.get_poll(ws, self.poll_id)["secret"]  # a secret ballot keeps no time: no "latest"
        chosen, ok = QInputDialog.getItem(self, self.tr("Void a ballot"), self.tr("Ballot (in no order: a secret poll "
                                          "keeps no order of casting):") if secret else self.tr("Ballot (latest first):"),
                                          labels, 0, False)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Void a ballot"), self.tr("Reason (recorded):"))
        if ok and reason.strip():
            ballot_id = rows[labels.index(chosen)]["id"]
            # undone by reverting: the void is withdrawn by its tombstone (the ballot counts again), redone by reverting that
            self.session.run(self.tr("Void a ballot"), lambda: voting.void_ballot(ws, ballot_id, reason), widget=self)

    def survey_kiosk(self) -> None:
        """The evaluation survey at a kiosk: scan a badge, answer the questions; left with a PIN."""
        from ..kiosk import PinDialog
        from ..survey_kiosk import SurveyKiosk

        dialog = PinDialog(self)
        if dialog.exec():
            self.kiosk_window = SurveyKiosk(self.session, dialog.pin.text())
            self.kiosk_window.start()

    def survey_paper(self) -> object:
        """Type one person's evaluation answers from a paper form."""
        from ..survey_kiosk import PaperAnswersDialog

        self.paper_dialog = PaperAnswersDialog(self.session, self)
        self.paper_dialog.open()
        return self.paper_dialog

    def survey_questions(self) -> object:
        """The evaluation survey's questions, to add or remove some."""
        from ..survey_kiosk import QuestionsDialog

        self.questions_dialog = QuestionsDialog(self.session, self)
        self.questions_dialog.open()
        return self.questions_dialog

    def show_plans(self) -> object:
        """The event's action plans (the roadmap), to make, edit and delete them."""
        from ..actions_dialog import ActionPlansDialog

        self.plans_dialog = ActionPlansDialog(self.session, self, self.projector)
        self.plans_dialog.show()
        return self.plans_dialog

    def plan_from_top_option(self) -> object:
        """The form of a new action plan made from the selected poll's top option; said why not before any ballot."""
        from ...core import actions
        from ...core.errors import InvalidValue

        option = actions.top_option(self.session.ws, self.poll_id) if self.poll_id else None
        if option is None:
            show_error(self, InvalidValue(field=self.tr("Action plan"), reason=self.tr(
                "this poll has no result yet: an action plan is made from its top option once people have voted")))
            return None
        from ..actions_dialog import ActionPlansDialog

        dialog = self.show_plans()
        assert isinstance(dialog, ActionPlansDialog)
        return dialog.new(**actions.from_option(self.session.ws, option))

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Voting"))
        self.table.setHorizontalHeaderLabels([self.tr("Poll"), self.tr("State"), self.tr("Voted")])
        self.table.setAccessibleName(self.tr("Polls"))
        self.results.setAccessibleName(self.tr("Results"))
        texts = {self.act_new: self.tr("&New poll…"), self.act_open: self.tr("&Open"), self.act_close: self.tr("&Close"),
                 self.act_kiosk: self.tr("Voting &kiosk…"), self.act_print: self.tr("&Print paper ballots…"),
                 self.act_paper: self.tr("&Enter paper ballots…"), self.act_projector: self.tr("Results on the p&rojector"),
                 self.act_void: self.tr("&Void a ballot…"),
                 self.act_plan: self.tr("Action plan from the &top option…"), self.act_plans: self.tr("&Action plans…"),
                 self.act_survey_kiosk: self.tr("Eval&uation survey kiosk…"),
                 self.act_survey_paper: self.tr("Type evaluation an&swers from paper…"),
                 self.act_survey_questions: self.tr("Evaluation survey &questions…")}
        for act, text in texts.items():
            act.setText(text)
        # the buttons' own words (an action's icon text): mnemonics that neither the menu bar's titles nor each other use,
        # in every language (the menu entries keep theirs, which only have to differ within the menu)
        buttons = {self.act_new: self.tr("Ne&w poll"), self.act_open: self.tr("Ope&n poll"),
                   self.act_close: self.tr("&Close poll"), self.act_kiosk: self.tr("Voting &kiosk"),
                   self.act_print: self.tr("Prin&t paper ballots"),
                   self.act_paper: self.tr("Enter p&aper ballots"),
                   self.act_projector: self.tr("&Results on the projector"),
                   self.act_void: self.tr("Voi&d a ballot")}
        for act, text in buttons.items():
            act.setIconText(text)
        if self.isVisible():
            self.reload()
        else:
            self.stale = True
