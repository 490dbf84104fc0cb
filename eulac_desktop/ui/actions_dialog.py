"""Joint action plans in the window: the list of the event's plans (what is flagged said beside each), and the form
that makes or edits one (from a poll's top option, an idea or a cluster, or from nothing). Every change is one
undoable core operation (`core.actions`)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import actions
from ..core.errors import EulacError
from ..core.i18n import _
from ..core.text import display_name, safe_display
from ..core.workspace import Changes
from .literal import literal
from .projector_screens import ProjectorState
from .session import EventSession


def _people(session: EventSession) -> list[tuple[str, str]]:
    """(id, "Name <e-mail>") of the event's people, by name (erased people left out)."""
    from ..core.registration import participant_ids, participant_rows

    ids = participant_ids(session.ws)
    rows = participant_rows(session.ws, ids)
    return [(pid, safe_display(f"{display_name(rows[pid])} <{rows[pid]['email']}>" if rows[pid]["email"]
                               else display_name(rows[pid]))) for pid in ids if not rows[pid]["erased"]]


class PlanDialog(QDialog):
    """Make or edit one action plan: title, problem, lead, partners, milestones (a line each: YYYY-MM-DD text),
    funding, status and start. Refusals are said in the form; the plan is saved only when the core accepts it."""

    def __init__(self, session: EventSession, parent: QWidget | None = None, plan: dict[str, Any] | None = None,
                 title: str = "", source: str = ""):
        super().__init__(parent)
        self.session, self.plan, self.source = session, plan, source
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit the action plan") if plan else self.tr("New action plan"))
        self.setMinimumWidth(560)
        self.title = QLineEdit(plan["title"] if plan else title)
        self.problem = QPlainTextEdit(plan["problem"] if plan else "")
        self.problem.setTabChangesFocus(True)
        self.problem.setMaximumHeight(70)
        people = _people(session)
        self.lead = QComboBox()
        self.lead.setEditable(True)
        self.lead.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lead.addItem("", "")
        for pid, name in people:
            self.lead.addItem(name, pid)
        completer = QCompleter(self.lead.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.lead.setCompleter(completer)
        if plan and plan["lead"]:
            self.lead.setCurrentIndex(max(0, self.lead.findData(plan["lead"]["id"])))
        self.partner_search = QLineEdit()
        self.partners = QListWidget()
        self.partners.setMaximumHeight(120)
        chosen = {p["id"] for p in plan["partners"]} if plan else set()
        for pid, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in chosen else Qt.CheckState.Unchecked)
            self.partners.addItem(item)
        self.partner_search.textChanged.connect(self._filter)
        self.milestones = QPlainTextEdit("\n".join(f"{m['date']} {m['text']}" for m in plan["milestones"]) if plan else "")
        self.milestones.setTabChangesFocus(True)
        self.milestones.setMaximumHeight(90)
        self.funding = QLineEdit(plan["funding"] if plan else "")
        self.status = QComboBox()
        for code in actions.STATUSES:
            self.status.addItem(_(actions.STATUS_LABELS[code]), code)
        self.status.setCurrentIndex(max(0, self.status.findData(plan["status"] if plan else "planned")))
        self.start = QLineEdit((plan["start_date"] or "") if plan else "")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [(self.tr("&Title"), self.title), (self.tr("&Problem it answers"), self.problem),
                (self.tr("&Lead"), self.lead), (self.tr("Find a pa&rtner"), self.partner_search), (self.tr("Partners"), self.partners),
                (self.tr("&Milestones"), self.milestones), (self.tr("F&unding"), self.funding),
                (self.tr("&Status"), self.status), (self.tr("St&arts"), self.start)]
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        named: tuple[tuple[QWidget, str], ...] = ((self.title, self.tr("Title")), (self.problem, self.tr("Problem it answers")),
                            (self.lead, self.tr("Lead")), (self.partner_search, self.tr("Find a partner")),
                            (self.partners, self.tr("Partners")), (self.milestones, self.tr("Milestones")),
                            (self.funding, self.tr("Funding")), (self.status, self.tr("Status")),
                            (self.start, self.tr("Starts")))
        for field, name in named:
            field.setAccessibleName(name)
        self.milestones.setPlaceholderText(self.tr("One a line: 2027-03-01 Pilot in Piura"))
        self.start.setPlaceholderText(self.tr("YYYY-MM-DD (default: the event's start)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        folded = text.casefold()
        for row in range(self.partners.count()):
            item = self.partners.item(row)
            item.setHidden(bool(folded) and folded not in item.text().casefold())

    def values(self) -> dict[str, Any]:
        """The form's fields as `core.actions` takes them."""
        lead = self.lead.currentData() if self.lead.currentText() == self.lead.itemText(self.lead.currentIndex()) else ""
        partners = [self.partners.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.partners.count())
                    if self.partners.item(r).checkState() == Qt.CheckState.Checked]
        steps = [re.sub(r"^(\S+?)[:\s]+", r"\1:", line.strip()) for line in self.milestones.toPlainText().splitlines()
                 if line.strip()]
        return {"title": self.title.text(), "problem": self.problem.toPlainText(), "lead_id": lead or None,
                "partners": partners, "milestones": steps, "funding": self.funding.text(),
                "status": self.status.currentData(), "start_date": self.start.text().strip() or None}

    def save(self) -> None:
        """Save through the core (undoable); a refusal is said in the form, which stays open."""
        ws = self.session.ws
        values = self.values()
        def refused(exc: EulacError) -> None:
            self.error.setText(exc.text())

        if self.plan is None:
            title = values.pop("title")
            added = self.session.run(self.tr("New action plan"),
                                     lambda: actions.add_plan(ws, title, source=self.source, **values),
                                     widget=self, refused=refused)
            if added is None:
                return
            pid = added.inserted["action_plans"][0]
        else:
            pid = self.plan["id"]
            if self.session.run(self.tr("Edit the action plan"), lambda: actions.update_plan(ws, pid, **values),
                                widget=self, refused=refused) is None:
                return
        self.saved_id = pid
        self.accept()


class ActionPlansDialog(QDialog):
    """The event's action plans: title, lead, pairing, status, what is flagged and milestones; New, Edit, Delete,
    and Show on the projector (the roadmap screen) when the page has a projector."""

    def __init__(self, session: EventSession, parent: QWidget | None = None, projector: ProjectorState | None = None):
        super().__init__(parent)
        self.session, self.projector = session, projector
        self.setWindowTitle(self.tr("Action plans"))
        self.resize(820, 420)
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # the milestones take the room left
        self.table.setColumnWidth(0, 240)
        self.table.setWordWrap(True)
        self.table.setHorizontalHeaderLabels([self.tr("Plan"), self.tr("Lead"), self.tr("Pairing"), self.tr("Status"),
                                              self.tr("Flagged"), self.tr("Milestones")])
        self.table.setAccessibleName(self.tr("Action plans"))
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.new_button, self.edit_button, self.delete_button = (QPushButton(t) for t in (
            self.tr("&New plan…"), self.tr("&Edit…"), self.tr("&Delete")))
        self.new_button.clicked.connect(lambda: self.new())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.show_button = QPushButton(self.tr("Show on the &projector"))
        self.show_button.clicked.connect(lambda: projector.present("roadmap") if projector else None)
        self.show_button.setVisible(projector is not None)
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            row.addWidget(button)
            button.setEnabled(not session.ws.read_only)
        row.addWidget(self.show_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.plans: list[dict[str, Any]] = []
        session.changed.connect(self._changed)
        self.reload()

    def _changed(self, changes: Changes | None) -> None:
        if changes is None or {"action_plans", "participants"} & changes.tables():
            self.reload()

    def reload(self) -> None:
        self.plans = actions.plans(self.session.ws)
        self.table.setRowCount(len(self.plans))
        for r, plan in enumerate(self.plans):
            lead = plan["lead"]
            cells = [plan["title"], (lead["name"] or lead["email"]) if lead else "–", _(actions.PAIRING_LABELS[plan["pairing"]]),
                     _(actions.STATUS_LABELS[plan["status"]]), "; ".join(actions.problem_texts(plan)),
                     "; ".join(f"{m['date']} {m['text']}" for m in plan["milestones"]) or "–"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(safe_display(text))
                item.setToolTip(literal(safe_display(text)))
                self.table.setItem(r, c, item)

    def current(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.plans[rows[0].row()] if rows else None

    def new(self, title: str = "", source: str = "") -> PlanDialog:
        """Open the form for a new plan (prefilled with `title` and `source`, e.g. from a poll's top option)."""
        dialog = PlanDialog(self.session, self, title=title, source=source)
        dialog.open()
        return dialog

    def edit(self) -> PlanDialog | None:
        plan = self.current()
        if plan is None or self.session.ws.read_only:
            return None
        dialog = PlanDialog(self.session, self, plan)
        dialog.open()
        return dialog

    def delete(self) -> None:
        plan = self.current()
        if plan is None:
            return
        ws, pid = self.session.ws, plan["id"]
        self.session.run(self.tr("Delete the action plan"), lambda: actions.delete_plan(ws, pid),
                         lambda: actions.restore_plan(ws, pid), self)
