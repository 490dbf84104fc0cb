"""Dialogs of the Voting page: a new poll, and the entry of paper ballots (with an optional second entry)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import ideas, voting
from ...core.errors import EulacError
from ...core.vocabulary import METHODS
from ...core.voting.paper import ALREADY_ENTERED
from ...core.workspace import Workspace
from ..session import EventSession
from .ballot_form import BallotForm
from .texts import MethodTexts

ACCEPTED_INK, REFUSED_INK = "#1b5e20", "#8e0000"  # the check-in results' colours (AA on light)


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
    """Paper ballots, one after the other, by keyboard alone: the serial (scanned or typed; Enter or Tab),
    the marks (Tab from field to field), Enter records the ballot, and the serial is ready for the next one.

    Nothing is checked while the serial is typed; a refusal shows in place, beside what to correct, and
    focus goes there. As a second entry ("check", last in the tab order), each ballot is compared with the
    first entry instead of counted, and the ballots whose two entries disagree are listed.
    """

    def __init__(self, session: EventSession, poll_id: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.poll_id, self.lang = session, poll_id, lang
        poll = voting.get_poll(session.ws, poll_id)
        self.setWindowTitle(self.tr("Paper ballots: %1").replace("%1", poll["title"]))
        self.serial = QLineEdit()
        self.serial.setPlaceholderText(self.tr("Scan or type the serial, then Enter or Tab"))
        self.serial.setAccessibleName(self.tr("Serial"))
        self.serial_error = QLabel()
        self.serial_error.setWordWrap(True)
        self.serial_error.setTextFormat(Qt.TextFormat.PlainText)
        self.serial_error.setStyleSheet(f"color: {REFUSED_INK}; font-weight: bold;")
        self.serial_error.hide()
        self.check = QCheckBox(self.tr("Second &entry (compare with the first; nothing is counted)"))
        self.form = BallotForm(poll, lang, typing=True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Last ballot"))
        self.enter = QPushButton(self.tr("&Record this ballot"))
        self.enter.setDefault(True)
        self.enter.clicked.connect(self.record)
        self.mismatches = QListWidget()
        self.mismatches.setAccessibleName(self.tr("Ballots whose entries disagree"))
        self.mismatches.setMaximumHeight(self.fontMetrics().height() * 8)
        self.count = 0
        keys = QLabel(self.tr("Type each mark (a number, or the first letter of the answer), Tab to the next, "
                              "Enter to record the ballot."))
        keys.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Serial:"), self.serial)
        form.addRow("", self.serial_error)
        form.addRow("", keys)
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
        layout.addWidget(self.check)
        layout.addWidget(close)
        # serial → marks → Record → the list → Second entry → Close: the check box is reachable, never in the way
        QWidget.setTabOrder(self.mismatches, self.check)
        QWidget.setTabOrder(self.check, close.button(QDialogButtonBox.StandardButton.Close))
        self.check.toggled.connect(self._mode_changed)
        self.serial.installEventFilter(self)
        self.serial.textEdited.connect(lambda _t: self.serial_error.hide())
        self.resize(760, 640)
        self._show_mismatches()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the serial (a scanner ends with it) checks the serial and goes to the marks: it never
        records a ballot whose marks were not typed yet."""
        if (watched is self.serial and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if self._serial_ok():
                self._to_marks()
            return True
        return super().eventFilter(watched, event)

    def _serial_ok(self) -> bool:
        try:
            voting.read_serial(self.session.ws, self.poll_id, self.serial.text())
        except EulacError as exc:
            self._refuse_serial(exc.text())
            return False
        self.serial_error.hide()
        return True

    def _refuse_serial(self, text: str) -> None:
        self.serial_error.setText(f"✘ {text}")
        self.serial_error.show()
        self.serial.setFocus()
        self.serial.selectAll()

    def _to_marks(self) -> None:
        first = self.form.first_field()
        (first or self.enter).setFocus(Qt.FocusReason.TabFocusReason)

    def _mode_changed(self, second: bool) -> None:
        self.enter.setText(self.tr("&Record the second entry") if second else self.tr("&Record this ballot"))
        self.serial.setFocus()

    def record(self) -> None:
        """Count (or check) the ballot on screen; the form clears for the next one, focus back in the serial.
        A refusal is shown beside what to correct, and focus goes there."""
        ws = self.session.ws
        if not self._serial_ok():
            return
        repeated = self.form.repeated_rank()
        if repeated is not None:
            self._say(self.tr("Two options have rank %1: give each rank once (leave a rank that cannot be read "
                              "empty).").replace("%1", str(repeated)), ok=False)
            self._to_marks()
            return
        poll_id, serial, payload = self.poll_id, self.serial.text(), self.form.payload()
        if self.check.isChecked():  # a second entry: undone by its tombstone; a ballot counted has no undo
            check = self.session.run(self.tr("Check a paper ballot"), lambda: voting.check_paper_entry(
                ws, poll_id, serial, payload), widget=self, refused=self._refused)
            if check is None:
                return
            self._say(self.tr("Both entries agree.") if check.agrees else
                      self.tr("The entries disagree: check this paper ballot."), ok=check.agrees)
        else:
            if self.session.run(self.tr("Enter a paper ballot"), lambda: voting.enter_paper_ballot(
                    ws, poll_id, serial, payload), None, self, refused=self._refused) is None:
                return
            self.count += 1
            self._say(self.tr("Counted (%n ballot(s) in this sitting).", "", self.count), ok=True)
        self._show_mismatches()
        self._next_ballot()

    def _refused(self, exc: EulacError) -> None:
        """A refusal shown beside what to correct, and focus there."""
        if exc.params.get("reason") == ALREADY_ENTERED:  # the serial is the thing to look at again
            self._refuse_serial(exc.text())
        else:
            self._say(exc.text(), ok=False)
            self._to_marks()

    def _say(self, text: str, ok: bool) -> None:
        self.status.setText(("✔ " if ok else "✘ ") + text)
        self.status.setStyleSheet(f"color: {ACCEPTED_INK if ok else REFUSED_INK}; font-weight: bold;")

    def _next_ballot(self) -> None:
        self.form.reset()
        self.serial.clear()
        self.serial_error.hide()
        self.serial.setFocus()

    def _show_mismatches(self) -> None:
        words = {"differs": self.tr("the two entries differ"), "not_checked": self.tr("no second entry yet"),
                 "not_entered": self.tr("checked, but never entered")}
        self.mismatches.clear()
        for row in voting.paper_mismatches(self.session.ws, self.poll_id):
            self.mismatches.addItem(f"{row['serial']}: {words[row['problem']]}")
