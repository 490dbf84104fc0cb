"""The P2P page: plan the rounds (off the GUI thread, with progress), the saved plan round by round with
each table's topic, language, people and interpreters, what the plan could not do, the printouts, and
"find your table" on the projector."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core import event as core_event
from ...core import p2p
from ...core.event import EventInfo
from ...core.text import sort_key
from ...core.workspace import Changes, Workspace
from ..p2p_tables import RoundTables
from ..projector_screens import ProjectorState
from ..session import EventSession
from ..stamps import local_stamp
from ..tasks import Task
from ..widgets import FlowLayout, wall_time, wall_time_edit
from .base import Page

#: likely-duplicate pairs listed above the rounds; more are counted, all in the tooltip
_PAIRS_SHOWN = 2


class PlanDialog(QDialog):
    """Rounds, table sizes, time to improve, who is planned, when the rounds start and how long they last."""

    def __init__(self, info: EventInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan the P2P rounds"))
        self.rounds, self.min, self.max, self.tables = QSpinBox(), QSpinBox(), QSpinBox(), QSpinBox()
        self.rounds.setRange(1, 10)
        self.rounds.setValue(3)
        self.min.setRange(2, 20)
        self.min.setValue(4)
        self.max.setRange(2, 30)
        self.max.setValue(6)
        self.tables.setRange(0, 500)
        self.tables.setSpecialValueText(self.tr("As many as needed"))
        self.seconds = QDoubleSpinBox()
        self.seconds.setRange(0, 120)
        self.seconds.setValue(5)
        self.seconds.setSuffix(self.tr(" s"))
        self.present = QCheckBox(self.tr("Only people who &checked in"))
        self.present.setChecked(True)
        self.start = wall_time_edit(core_event.default_start(info))
        zone = QLabel(info.timezone)  # the times are the event's, whatever this laptop's clock says
        starts = QHBoxLayout()
        starts.addWidget(self.start, 1)
        starts.addWidget(zone)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 240)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        form = QFormLayout()
        for label, widget in ((self.tr("&Rounds:"), self.rounds), (self.tr("Fewest at a table (&min):"), self.min),
                              (self.tr("Most at a table (ma&x):"), self.max), (self.tr("&Tables:"), self.tables),
                              (self.tr("Time to &improve:"), self.seconds), (self.tr("First round &starts:"), self.start),
                              (self.tr("Each round &lasts:"), self.minutes)):
            if widget is self.start:  # a row of the field and its zone: the label names the field itself
                buddy = QLabel(label)
                buddy.setBuddy(self.start)
                form.addRow(buddy, starts)
            else:
                form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow("", self.present)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def params(self) -> dict[str, Any]:
        return {"rounds": self.rounds.value(), "min": self.min.value(), "max": self.max.value(),
                "tables": self.tables.value() or None, "present_only": self.present.isChecked(),
                "start": wall_time(self.start), "minutes": self.minutes.value(),
                "seconds": self.seconds.value()}


class P2PPage(Page):
    """The saved plan and the tools around it."""

    shown_tables = frozenset({"p2p_plans", "participants", "topics"})
    reload_on_show = True  # who checked in, the topics' names in the app's language

    def __init__(self, session: EventSession, projector: ProjectorState, parent: QWidget | None = None):
        super().__init__(parent, session)
        self.session, self.projector = session, projector
        self.plan: dict[str, Any] | None = None
        self._task: Task | None = None
        self.plan_button, self.agendas_button, self.signs_button, self.show_button, self.move_button, self.kiosk_button = (
            QPushButton() for _ in range(6))
        self.topics_button, self.show_topics_button = QPushButton(), QPushButton()
        self.topics_button.clicked.connect(self.edit_topics)
        self.show_topics_button.clicked.connect(self.show_topics)
        self.move_button.clicked.connect(self.move_someone)
        self.kiosk_button.clicked.connect(self.feedback_kiosk)
        self.kiosk = None
        self.plan_button.clicked.connect(self.plan_rounds)
        self.agendas_button.clicked.connect(lambda: self.print_pdf("agendas"))
        self.signs_button.clicked.connect(lambda: self.print_pdf("signs"))
        self.show_button.clicked.connect(self.show_round)
        row = FlowLayout()  # wraps in a narrow window rather than cutting the buttons' texts
        for button in (self.topics_button, self.plan_button, self.move_button, self.agendas_button, self.signs_button,
                       self.show_button, self.show_topics_button, self.kiosk_button):
            row.addWidget(button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.warnings = QLabel()  # said up front: too few people of a region to mix every table, likely duplicates
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 4px; }")
        self.warnings.hide()
        self.round_box = QComboBox()
        self.round_box.currentIndexChanged.connect(lambda _i: self._show_round_tables())
        self.tables = RoundTables()
        self.tables.moved.connect(self.move_to)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)  # the reasons stay readable in a narrow column
        self.problems_label = QLabel()
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.round_box)
        lcol.addWidget(self.tables, 1)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.problems_label)
        rcol.addWidget(self.problems, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([800, 300])
        self.body.addLayout(row)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.warnings)
        self.body.addWidget(splitter, 1)
        self.retranslate()

    def refresh(self, changes: Changes | None) -> None:
        self.reload()

    def _names(self) -> dict[str, str]:
        """Each participant's name by id, and by e-mail (how a plan's notes name people)."""
        return p2p.plan_names(self.session.ws)

    def _topic_labels(self) -> dict[str, str]:
        """Topic codes as the app's language names them (else the event's, else English, else the code)."""
        from ...core.i18n import get_language

        return p2p.topic_labels(self.session.ws, get_language())

    def reload(self) -> None:
        self.plan = p2p.latest_plan(self.session.ws)
        has = self.plan is not None
        for button in (self.agendas_button, self.signs_button, self.show_button, self.show_topics_button):
            button.setEnabled(has)
        self.move_button.setEnabled(has and not self.session.ws.read_only)
        self.kiosk_button.setEnabled(has and not self.session.ws.read_only)
        self.plan_button.setEnabled(not self.session.ws.read_only)
        self.round_box.blockSignals(True)
        self.round_box.clear()
        for r in range(len(self.plan["rounds"]) if has else 0):
            self.round_box.addItem(self.tr("Round %1").replace("%1", str(r + 1)), r)
        self.round_box.blockSignals(False)
        self.tables.editable = not self.session.ws.read_only
        plan = self.plan
        if plan is None:
            self.summary.setText(self.tr("No plan yet: plan the rounds (the people who checked in, by default)."))
            self.tables.clear()
            self.problems.clear()
            self.warnings.hide()
            return
        mixed = self.tr("%1 of %2 tables mixed EU/LAC").replace("%1", str(plan.get("mixed", "–"))).replace(
            "%2", str(plan.get("tables", "–"))) if "mixed" in plan else ""
        self.summary.setText(" · ".join(x for x in (self.tr("%1 of %2 seeks met · %3 interpreted seats · %4 notes").replace(
            "%1", str(plan["seeks_satisfied"])).replace("%2", str(plan["seeks_total"])).replace(
            "%3", str(plan["interpreted"])).replace("%4", str(len(plan["problems"]))), mixed) if x)
            + self._start_text(plan))
        self._show_warnings(plan)
        self._show_round_tables()
        names, topics = self._names(), self._topic_labels()
        self.problems.clear()
        for problem in p2p.with_names(plan["problems"], names):  # as `eulac p2p plan` lists them
            text = p2p.problem_line(problem, topics)
            self.problems.addItem(text)
            self.problems.item(self.problems.count() - 1).setToolTip(text)

    def _show_warnings(self, plan: dict[str, Any]) -> None:
        """What the plan says up front: too few people of a region to mix every table, people who share a
        language with too few others for the rounds (in the app's language, with the numbers), and the records
        likely of one person, kept apart, to be merged."""
        names = self._names()
        lines = ["⚠ " + p2p.warning_text(w, names) for w in plan.get("warnings", [])]
        pairs = []
        for pair in plan.get("likely_duplicates", []):
            first, second = (names.get(pid, email) for pid, email in zip(pair["ids"], pair["emails"]))
            pairs.append("⚠ " + self.tr("Likely the same person, never at one table: %1 (%2) and %3 (%4); merge them "
                                        "on the Participants page").replace("%1", first).replace(
                "%2", pair["emails"][0]).replace("%3", second).replace("%4", pair["emails"][1]))
        shown = pairs if len(pairs) <= _PAIRS_SHOWN + 1 else pairs[:_PAIRS_SHOWN]  # the rounds keep the room
        lines += shown
        if len(pairs) > len(shown):
            lines.append(self.tr("… and %n more pair(s) likely of one person, kept apart: point here to see them all",
                                 "", len(pairs) - len(shown)))
        self.warnings.setText("\n".join(lines))
        self.warnings.setToolTip("\n".join(pairs) if len(pairs) > len(shown) else "")
        self.warnings.setAccessibleDescription("\n".join(pairs))
        self.warnings.setAccessibleName(self.tr("Before the rounds"))
        self.warnings.setVisible(bool(lines))

    def _start_text(self, plan: dict[str, Any]) -> str:
        """" · first round at …" on the event's clocks, with its zone ("" when the plan has no start)."""
        from PySide6.QtCore import QDateTime, QLocale

        start = QDateTime.fromString(str(plan.get("params", {}).get("start") or ""), "yyyy-MM-ddTHH:mm")
        if not start.isValid():
            return ""
        return " · " + self.tr("first round at %1 (%2)").replace(
            "%1", QLocale().toString(start, QLocale.FormatType.ShortFormat)).replace(
            "%2", core_event.get_event(self.session.ws).timezone)

    def _show_round_tables(self) -> None:
        """The shown round's tables, each flagged with what breaks a rule or a goal there."""
        if self.plan is None or self.round_box.currentIndex() < 0:
            return
        r = self.round_box.currentIndex() + 1
        names = self._names()
        flags: dict[int, list[str]] = {}
        for problem in self.plan["problems"]:
            if problem.get("round") == r and "table" in problem:
                who, word = problem.get("participant"), p2p.problem_word(str(problem["kind"]))
                flags.setdefault(problem["table"], []).append(f"{names.get(who, who)}: {word}" if who else word)
        self.tables.fill(self.plan["rounds"][r - 1]["tables"], names, self._topic_labels(),
                         self.tr("Table %1 (%2 people)"), self.tr("interprets for %1"), flags)

    def move_to(self, pid: str, table: int) -> None:
        """A person dragged onto another table of the shown round: moved, the rules checked again; it undoes."""
        r = self.round_box.currentIndex()
        if self.session.ws.read_only or r < 0:
            return
        self.session.run(self.tr("Move someone"), lambda: p2p.move_person(self.session.ws, r + 1, pid, table),
                         widget=self)
        self.round_box.setCurrentIndex(r)

    def move_someone(self) -> None:
        """Move a person to another table of the shown round; the rules are checked again, and it undoes."""
        from PySide6.QtWidgets import QInputDialog

        if self.plan is None or self.round_box.currentIndex() < 0:
            return
        r = self.round_box.currentIndex()
        names = self._names()
        seated = sorted(((names.get(pid, pid), pid, t["table"]) for t in self.plan["rounds"][r]["tables"]
                         for pid in t["participant_ids"]), key=lambda x: sort_key(x[0]))
        labels = [self.tr("%1 (table %2)").replace("%1", name).replace("%2", str(table)) for name, _pid, table in seated]
        chosen, ok = QInputDialog.getItem(self, self.tr("Move someone"), self.tr("Who:"), labels, 0, False)
        if not ok:
            return
        tables = [str(t["table"]) for t in self.plan["rounds"][r]["tables"]]
        target, ok = QInputDialog.getItem(self, self.tr("Move someone"), self.tr("To table:"), tables, 0, False)
        if not ok:
            return
        self.move_to(seated[labels.index(chosen)][1], int(target))

    def edit_topics(self) -> None:
        """The event's topics: import a list, add, rename and translate them (each step undoes)."""
        from ..topics_dialog import TopicsDialog

        dialog = TopicsDialog(self.session, self)
        dialog.exec()
        dialog.deleteLater()  # and its link to the session's changes

    def feedback_kiosk(self) -> None:
        """Ratings of the shown round at a kiosk: scan a badge, press 1 to 5; left with a PIN."""
        from ..feedback_kiosk import FeedbackKiosk
        from ..kiosk import PinDialog

        dialog = PinDialog(self)
        if dialog.exec():
            self.kiosk = FeedbackKiosk(self.session, max(0, self.round_box.currentIndex()) + 1, dialog.pin.text())
            self.kiosk.start()

    def plan_rounds(self) -> None:
        """Plan in the background (progress, cancel), then keep the plan."""
        if self.plan is not None and not self._replace_plan_confirmed():
            return
        dialog = PlanDialog(core_event.get_event(self.session.ws), self)
        if not dialog.exec():
            return
        params = dialog.params()

        def plan(worker: Workspace, progress: Callable[[int, int], bool]) -> Changes:
            data = p2p.plan_event(worker, params["rounds"], tables=params["tables"], min_size=params["min"],
                                  max_size=params["max"], seconds=params["seconds"],
                                  present_only=params["present_only"], progress=progress)
            return p2p.save_plan(worker, data, {k: v for k, v in params.items() if k != "seconds"})

        self._task = self.session.run(self.tr("Plan the rounds"), plan, widget=self,
                                      progress=self.tr("Planning the rounds…"))

    def _replace_plan_confirmed(self) -> bool:
        """Ask before a new plan replaces the saved one (Cancel, the default, keeps it)."""
        from PySide6.QtWidgets import QMessageBox

        saved = p2p.plan_saved_at(self.session.ws)
        zone = core_event.get_event(self.session.ws).timezone
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Plan the rounds again"),
                          self.tr("Replace the saved plan of %1? The agendas printed from it will no longer match.")
                          .replace("%1", local_stamp(saved.isoformat(), zone) if saved else "—"),
                          QMessageBox.StandardButton.Cancel, self)
        replace = box.addButton(self.tr("&Replace the plan"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is replace

    def print_pdf(self, kind: str) -> None:
        """The agendas or the table signs of the saved plan, through the print flow (save, then print)."""
        from ...documents.p2p_agendas import agendas_pdf
        from ...documents.p2p_signs import signs_pdf
        from ..printing import Printout, event_name, file_name, run_writer, save_and_print

        write = agendas_pdf if kind == "agendas" else signs_pdf
        what = self.tr("agendas") if kind == "agendas" else self.tr("table signs")
        title = self.tr("Save the agendas") if kind == "agendas" else self.tr("Save the table signs")
        printout = Printout(kind, file_name(event_name(self.session), what), title, self.tr("Writing the PDF…"),
                            run_writer(self.session.ws, lambda ws, out, _progress: write(ws, out)))
        self._print_job = save_and_print(self, self.session, printout)

    def show_round(self) -> None:
        """The projector shows the chosen round: every table with its topic and people."""
        self.projector.present("p2p", cluster_index=max(0, self.round_box.currentIndex()))

    def show_topics(self) -> None:
        """The projector shows the chosen round's tables, each with its topic in the room's language."""
        self.projector.present("p2p_topics", cluster_index=max(0, self.round_box.currentIndex()))

    def retranslate(self) -> None:
        self.title.setText(self.tr("P2P learning"))
        self.topics_button.setText(self.tr("Topi&cs…"))
        self.show_topics_button.setText(self.tr("&Tables on the projector"))
        self.show_topics_button.setToolTip(self.tr("The projector shows each table of the round with its topic"))
        self.topics_button.setToolTip(self.tr("Import, add, rename and translate the event's P2P topics"))
        self.plan_button.setText(self.tr("P&lan the rounds…"))
        self.move_button.setText(self.tr("&Move someone…"))
        self.kiosk_button.setText(self.tr("Feedback &kiosk…"))
        self.agendas_button.setText(self.tr("&Agendas (PDF)…"))
        self.signs_button.setText(self.tr("Table &signs (PDF)…"))
        self.show_button.setText(self.tr("Round on the p&rojector"))
        self.tables.set_titles([self.tr("Table and people"), self.tr("Topic"), self.tr("Language"),
                                     self.tr("Interpreting, notes")])
        self.tables.setAccessibleName(self.tr("Tables of the round"))
        self.tables.setToolTip(self.tr("Drag a person onto another table to move them (Ctrl+Z undoes)"))
        self.round_box.setAccessibleName(self.tr("Round"))
        self.problems_label.setText(self.tr("What the plan could not do"))
        self.problems.setAccessibleName(self.tr("What the plan could not do"))
        if self.isVisible():
            self.reload()
