"""Dialogs of the Voting page: a new poll, and the entry of paper ballots (with an optional second entry)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...core import ideas, voting
from ...core.errors import EulacError
from ...core.voting.methods import METHODS
from ...core.workspace import Workspace
from ..session import EventSession
from .ballot_form import BallotForm
from .texts import MethodTexts


class PollDialog(QDialog):
    """Title, method and its parameters, options (typed, or a challenge's clusters), secrecy, who may vote."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New poll"))
        names = MethodTexts()
        self.title = QLineEdit()
        self.method = QComboBox()
        for method in METHODS:
            self.method.addItem(names.name(method), method)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.dots, self.max_per_option, self.total = QSpinBox(), QSpinBox(), QSpinBox()
        self.dots.setRange(1, 50)
        self.dots.setValue(3)
        self.max_per_option.setRange(1, 50)
        self.max_per_option.setValue(3)
        self.total.setRange(10, 10_000)
        self.total.setSingleStep(10)
        self.total.setValue(100)
        self.source = QComboBox()
        self.source.addItem(self.tr("Options typed below"), None)
        for challenge in ideas.challenges(ws):
            if challenge["clusters"]:
                self.source.addItem(self.tr("The clusters of: %1").replace("%1", challenge["question"]), challenge["id"])
        self.options = QPlainTextEdit()
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.options.setTabChangesFocus(True)
        self.secret = QCheckBox(self.tr("&Secret ballot (who voted what is never stored)"))
        self.secret.setChecked(True)
        self.live = QCheckBox(self.tr("Show &results live while voting"))
        self.eligibility = QComboBox()
        self.eligibility.addItem(self.tr("People who checked in"), "checked_in")
        self.eligibility.addItem(self.tr("Everyone registered"), "all")
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Method:"), self.method)
        self.form.addRow("", self.rules)
        self.form.addRow(self.tr("&Dots per person:"), self.dots)
        self.form.addRow(self.tr("At most on &one option:"), self.max_per_option)
        self.form.addRow(self.tr("&Points to share:"), self.total)
        self.form.addRow(self.tr("O&ptions:"), self.source)
        self.form.addRow("", self.options)
        self.form.addRow(self.tr("&Who may vote:"), self.eligibility)
        self.form.addRow("", self.secret)
        self.form.addRow("", self.live)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.source.currentIndexChanged.connect(lambda _i: self.options.setEnabled(self.source.currentData() is None))
        self._method_changed()
        self.resize(560, self.sizeHint().height())

    def _method_changed(self) -> None:
        method = self.method.currentData()
        self.form.setRowVisible(self.dots, method == "dots")
        self.form.setRowVisible(self.max_per_option, method == "dots")
        self.form.setRowVisible(self.total, method == "budget")
        self.rules.setText(MethodTexts().rules(method, self.params()))

    def params(self) -> dict[str, Any]:
        method = self.method.currentData()
        if method == "dots":
            return {"dots": self.dots.value(), "max_per_option": min(self.max_per_option.value(), self.dots.value())}
        if method == "budget":
            return {"total": self.total.value()}
        return {}

    def create(self, ws: Workspace):  # type: ignore[no-untyped-def]
        """Create the poll through the core (refusals are raised)."""
        kwargs = dict(params=self.params(), secret=self.secret.isChecked(), eligibility=self.eligibility.currentData(),
                      live=self.live.isChecked())
        if self.source.currentData():
            return voting.create_poll_from_clusters(ws, self.source.currentData(), self.title.text() or None,
                                                    self.method.currentData(), **kwargs)
        return voting.create_poll(ws, self.title.text(), self.method.currentData(),
                                  self.options.toPlainText().splitlines(), **kwargs)


class PaperEntryDialog(QDialog):
    """Paper ballots, one after the other: scan or type the serial, mark the choices, Enter.

    As a second entry ("check"), each ballot is compared with the first entry instead of counted, and
    the ballots whose two entries disagree are listed.
    """

    def __init__(self, session: EventSession, poll_id: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.poll_id, self.lang = session, poll_id, lang
        poll = voting.get_poll(session.ws, poll_id)
        self.setWindowTitle(self.tr("Paper ballots: %1").replace("%1", poll["title"]))
        self.serial = QLineEdit()
        self.serial.setPlaceholderText(self.tr("Scan or type the serial"))
        self.check = QCheckBox(self.tr("Second &entry (compare with the first; nothing is counted)"))
        self.form = BallotForm(poll, lang)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.enter = QPushButton(self.tr("&Record this ballot"))
        self.enter.setDefault(True)
        self.enter.clicked.connect(self.record)
        self.mismatches = QListWidget()
        self.mismatches.setAccessibleName(self.tr("Ballots whose entries disagree"))
        self.count = 0
        form = QFormLayout()
        form.addRow(self.tr("&Serial:"), self.serial)
        form.addRow("", self.check)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.enter)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form, 1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Entries that disagree:")))
        layout.addWidget(self.mismatches)
        layout.addWidget(close)
        self.serial.returnPressed.connect(self.form.setFocus)
        self.resize(760, 720)
        self._show_mismatches()

    def record(self) -> None:
        """Count (or check) the ballot on screen; the form clears for the next one."""
        ws = self.session.ws
        try:
            if self.check.isChecked():
                same = voting.check_paper_ballot(ws, self.poll_id, self.serial.text(), self.form.payload())
                self.status.setText(self.tr("Both entries agree.") if same else
                                    self.tr("The entries disagree: check this paper ballot."))
            else:
                changes = voting.enter_paper_ballot(ws, self.poll_id, self.serial.text(), self.form.payload())
                self.session.changed.emit(changes)
                self.count += 1
                self.status.setText(self.tr("Counted (%n ballot(s) in this sitting).", "", self.count))
        except EulacError as exc:
            self.status.setText(exc.text())
            return
        self._show_mismatches()
        self._next_ballot()

    def _next_ballot(self) -> None:
        layout = self.layout()
        index = layout.indexOf(self.form)
        self.form.deleteLater()
        self.form = BallotForm(voting.get_poll(self.session.ws, self.poll_id), self.lang)
        layout.insertWidget(index, self.form, 1)
        self.serial.clear()
        self.serial.setFocus()

    def _show_mismatches(self) -> None:
        words = {"differs": self.tr("the two entries differ"), "not_checked": self.tr("no second entry yet"),
                 "not_entered": self.tr("checked, but never entered")}
        self.mismatches.clear()
        for row in voting.paper_mismatches(self.session.ws, self.poll_id):
            self.mismatches.addItem(f"{row['serial']}: {words[row['problem']]}")
