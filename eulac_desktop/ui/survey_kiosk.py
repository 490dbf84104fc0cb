"""The evaluation survey in the window: the kiosk and answers typed from paper.

At the kiosk: scan a badge, answer each question (1 to 5 by key or button, or an
open answer typed and Enter), thank you, next. Full screen, left only with the facilitator's PIN (Esc asks for it).
Everything is said in the person's language (before a scan, in every language of the event); someone who already
answered is told so at the scan. The answers are recorded only once the last question is answered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import checkin, survey
from ..core import event as core_event
from ..core.errors import EulacError
from ..core.i18n import translator
from ..core.kiosk_texts import in_languages, person_language
from ..core.text import display_name, safe_display
from ..core.workspace import Changes
from .kiosk import PinLockedWindow
from .pages.checkin import ResultPanel
from .scanner import ScanRule
from .session import EventSession

SHOW_SECONDS = 4


class SurveyKiosk(PinLockedWindow):
    """The event's evaluation survey, one person after another."""

    def __init__(self, session: EventSession, pin: str):
        super().__init__(pin)
        self.session = session
        self.questions = survey.questions(session.ws)
        self.languages = core_event.get_event(session.ws).languages or ["en"]
        self.person: dict[str, Any] | None = None
        self.lang = ""
        self.index = 0
        self.answers: dict[str, Any] = {}
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.prompt = QLabel()
        self.prompt.setFont(big)
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        medium = QFont(self.font())
        medium.setPointSizeF(medium.pointSizeF() * 1.4)
        self.hint.setFont(medium)
        self.buttons = []
        row = QHBoxLayout()
        for n in range(1, 6):
            button = QPushButton(str(n))
            button.setFont(big)
            button.setMinimumSize(110, 110)
            button.setAccessibleName(str(n))
            button.clicked.connect(lambda _c=False, n=n: self.give(n))
            row.addWidget(button)
            self.buttons.append(button)
        self.text = QLineEdit()
        self.text.setFont(big)
        self.text.setAccessibleName(self.tr("Your answer"))
        self.text.returnPressed.connect(lambda: self.give(self.text.text()))
        self.scan_field = QLineEdit()  # takes the scanner's keys; kept out of sight
        self.scan_field.setFixedSize(1, 1)
        self.scan_field.returnPressed.connect(lambda: self.handle_scan(self.scan_field.text()))
        self.refusal = ResultPanel(scale=1.5)
        self.pages = QStackedWidget()
        asking = QWidget()
        column = QVBoxLayout(asking)
        column.addWidget(self.prompt, 1)
        column.addWidget(self.hint)
        self.pages.addWidget(asking)
        self.pages.addWidget(self.refusal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(self.pages, 1)
        layout.addLayout(row)
        layout.addWidget(self.text)
        layout.addWidget(self.scan_field)
        self.asking = asking
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scanner = ScanRule(self)
        self.scanner.scanned.connect(self.handle_scan)
        self._after = QTimer(self, singleShot=True)
        self._after.timeout.connect(self.ready)
        self.ready()

    def start(self) -> None:
        self.showFullScreen()
        self.scan_field.setFocus()

    def ready(self) -> None:
        """Wait for the next badge."""
        self.person, self.index, self.answers = None, 0, {}
        self.prompt.setText(in_languages(survey.KIOSK_READY, self.languages, n=len(self.questions)))
        self.hint.clear()
        self.pages.setCurrentWidget(self.asking)
        self._inputs(None)
        self.scanner.active = True
        self.scan_field.setFocus()

    def _inputs(self, kind: str | None) -> None:
        for button in self.buttons:  # an open answer is typed: no rating buttons under it
            button.setEnabled(kind == survey.LIKERT)
            button.setVisible(kind != survey.TEXT)
        self.text.setVisible(kind == survey.TEXT)
        self.text.clear()

    def handle_scan(self, text: str) -> None:
        self.scan_field.clear()
        try:
            person = survey.may_answer(self.session.ws, badge=text)
        except survey.AnswerRefused as exc:
            self._refuse(exc.why, checkin.identify(self.session.ws, text))
            return
        self.person, self.index, self.answers = person, 0, {}
        self.lang = person_language(person, self.languages)
        self.scanner.active = False
        self._ask()

    def _ask(self) -> None:
        question = self.questions[self.index]
        t = translator(self.lang)
        name = safe_display(str((self.person or {}).get("given_name") or ""))
        head = f"{name}, " if self.index == 0 and name else ""
        self.prompt.setText(f"{head}{self.index + 1}/{len(self.questions)} — {survey.question_text(question, t)}")
        self.hint.setText(t(survey.KIOSK_RATE if question["kind"] == survey.LIKERT else survey.KIOSK_TEXT))
        self.pages.setCurrentWidget(self.asking)
        self._inputs(question["kind"])
        (self.text if question["kind"] == survey.TEXT else self).setFocus()
        self._after.start(120_000)  # nobody went on: ready for the next person, nothing recorded

    def give(self, value: Any) -> None:
        """The answer to the question shown (a rating, or a text: empty skips it); after the last, record them all."""
        if self.person is None:
            return
        question = self.questions[self.index]
        if str(value).strip():
            self.answers[question["id"]] = value
        self.index += 1
        if self.index < len(self.questions):
            self._ask()
            return
        ws, pid, answers = self.session.ws, self.person["id"], self.answers
        if self.session.run(self.tr("Answer the survey"),
                            lambda: survey.add_answer(ws, pid, answers, channel="kiosk"),
                            None, self, refused=self._refused) is not None:  # a person's own answer: no undo
            self._say(translator(self.lang)(survey.KIOSK_THANKS))

    def _refused(self, exc: EulacError) -> None:
        if isinstance(exc, survey.AnswerRefused):
            self._refuse(exc.why, self.person)
        else:
            self._say(exc.text())

    def _refuse(self, why: str, person: dict[str, Any] | None) -> None:
        word, detail = survey.KIOSK_REFUSALS.get(why, survey.KIOSK_REFUSALS["badge"])
        languages = [person_language(person, self.languages)] if person else self.languages
        status = checkin.ALREADY if why == "already" else checkin.REFUSED
        self.refusal.show_result(status, in_languages(word, languages), display_name(person),
                                 in_languages(detail, languages))
        self._say("", self.refusal)

    def _say(self, text: str, page: QWidget | None = None) -> None:
        self.prompt.setText(text)
        self.hint.clear()
        self.pages.setCurrentWidget(page or self.asking)
        self.person = None
        self._inputs(None)
        self.scanner.active = True
        self.scan_field.setFocus()
        self._after.start(SHOW_SECONDS * 1000)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if (Qt.Key.Key_1 <= key <= Qt.Key.Key_5 and self.person is not None
                and self.questions[self.index]["kind"] == survey.LIKERT):
            self.give(key - Qt.Key.Key_0)
        else:
            super().keyPressEvent(event)  # Esc asks for the PIN

    def left(self) -> None:
        self._after.stop()
        self.scanner.active = False

    def wrong_pin(self) -> None:
        self._say(self.tr("Wrong PIN"))


class PaperAnswersDialog(QDialog):
    """Type one person's answers from a paper form: who (by name or e-mail), then each question (a rating, or the
    open text). Saved as one undoable change; refused, saying why in the form, when the person already answered."""

    def __init__(self, session: EventSession, parent: QWidget | None = None):
        from ..core.registration import participant_ids, participant_rows

        super().__init__(parent)
        self.session = session
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Evaluation answers from paper"))
        self.setMinimumWidth(560)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.addItem("", "")
        rows = participant_rows(session.ws, ids := participant_ids(session.ws))
        for pid in ids:
            if not rows[pid]["erased"]:
                email = rows[pid]["email"]
                self.person.addItem(safe_display(f"{display_name(rows[pid])} <{email}>" if email else display_name(rows[pid])), pid)
        completer = QCompleter(self.person.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(completer)
        self.person.setAccessibleName(self.tr("Person who answered"))
        form = QFormLayout()
        label = QLabel(self.tr("&Person"))
        label.setBuddy(self.person)
        form.addRow(label, self.person)
        self.fields: dict[str, QWidget] = {}
        for n, question in enumerate(survey.questions(session.ws), 1):
            text = survey.question_text(question)
            field: QWidget
            if question["kind"] == survey.LIKERT:
                box = QComboBox()
                box.addItem(self.tr("(no answer)"), "")
                for value in range(1, 6):
                    box.addItem(str(value), value)
                field = box
            else:
                field = QLineEdit()
            field.setAccessibleName(text)
            caption = QLabel(f"{n}. {text}")
            caption.setWordWrap(True)
            caption.setBuddy(field)
            form.addRow(caption, field)
            self.fields[question["id"]] = field
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for qid, field in self.fields.items():
            out[qid] = (field.currentData() if isinstance(field, QComboBox) else
                        field.text() if isinstance(field, QLineEdit) else "")
        return out

    def save(self) -> None:
        ws = self.session.ws
        pid = self.person.currentData() if self.person.currentText() == self.person.itemText(
            self.person.currentIndex()) else ""
        if not pid:
            self.error.setText(self.tr("Choose the person who filled in the form."))
            return
        values, typed = self.values(), list[str]()

        def add() -> Changes:  # an answer is a fact: undone by a tombstone, so the person may answer again
            changes = survey.add_answer(ws, pid, values, channel="paper")
            typed[:] = changes.inserted["survey_answers"]
            return changes

        if self.session.run(self.tr("Type evaluation answers"), add, lambda: survey.remove_answer(ws, typed[0]),
                            widget=self, redo=lambda: survey.restore_answer(ws, typed[0]),
                            refused=lambda exc: self.error.setText(exc.text())) is None:
            return
        answer = typed[0]
        self.saved_id = answer
        self.accept()


class QuestionsDialog(QDialog):
    """The survey's questions (the standard template until edited): add a rating (1–5) or an open question, remove
    one; each edit is one undoable change."""

    def __init__(self, session: EventSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Evaluation survey questions"))
        self.setMinimumWidth(560)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questions"))
        self.new_text = QLineEdit()
        self.new_text.setAccessibleName(self.tr("New question"))
        self.new_text.setPlaceholderText(self.tr("A new question…"))
        self.add_rating, self.add_open, self.remove = (QPushButton(t) for t in (
            self.tr("Add as a ra&ting (1–5)"), self.tr("Add as an &open question"), self.tr("&Remove")))
        self.add_rating.clicked.connect(lambda: self.add(survey.LIKERT))
        self.add_open.clicked.connect(lambda: self.add(survey.TEXT))
        self.remove.clicked.connect(lambda: self.remove_current())
        row = QHBoxLayout()
        for button in (self.add_rating, self.add_open, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_text)
        layout.addLayout(row)
        layout.addWidget(close)
        session.changed.connect(lambda _c: self.reload())
        self.reload()

    def reload(self) -> None:
        self.items = survey.questions(self.session.ws)
        self.list.clear()
        kinds = {survey.LIKERT: self.tr("1–5"), survey.TEXT: self.tr("open")}
        for question in self.items:
            self.list.addItem(f"{survey.question_text(question)}  [{kinds[question['kind']]}]")

    def _save(self, items: list[dict[str, Any]]) -> None:
        ws = self.session.ws
        last: dict[str, Any] = {}

        def apply() -> Any:
            last["changes"] = survey.set_questions(ws, items)
            return last["changes"]

        self.session.run(self.tr("Edit the survey questions"), apply, lambda: survey.undo_questions(ws, last["changes"]),
                         self)

    def add(self, kind: str) -> None:
        text = self.new_text.text().strip()
        if not text:
            self.new_text.setFocus()
            return
        self._save([*self.items, {"kind": kind, "text": text}])
        self.new_text.clear()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            self._save([q for n, q in enumerate(self.items) if n != row])
