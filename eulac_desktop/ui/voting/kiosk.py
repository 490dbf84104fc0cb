"""The voting kiosk: scan a badge, the ballot in the voter's language, check, confirm, thank you, next.

Full screen; touch, mouse or keyboard alone; left only with the facilitator's PIN (Esc asks for it).
A second scan of the same badge says "already voted" before any ballot is shown, and the core refuses
it again when a ballot is cast, so nobody counts twice. A refusal shows large, with a colour, an icon and a
word (as check-in results do), in the voter's language (a badge that names nobody: in the event's
languages), then the kiosk is ready again. A ballot left alone goes away after a while, with nothing
recorded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...core import checkin, voting
from ...core import event as core_event
from ...core.errors import EulacError
from ...core.i18n import translator
from ...core.kiosk_texts import VOTE_REFUSALS, in_languages, person_language
from ...core.text import display_name, safe_display
from ...core.voting.ballot_texts import WORDS
from ..kiosk import PinLockedWindow
from ..pages.checkin import ResultPanel
from ..scanner import ScanRule
from ..session import EventSession
from .ballot_form import BallotForm

THANKS_SECONDS = 5
IDLE_SECONDS = 120


class VotingKiosk(PinLockedWindow):
    """One poll's voting desk."""

    def __init__(self, session: EventSession, poll_id: str, pin: str):
        super().__init__(pin)
        self.session, self.poll_id = session, poll_id
        self.participant_id: str | None = None
        self.person: dict | None = None  # whose ballot is on screen
        self.form: BallotForm | None = None
        self.languages = core_event.get_event(session.ws).languages or ["en"]
        self.setObjectName("votingKiosk")
        self.setStyleSheet("QWidget#votingKiosk { background: #f4f6f8; }")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.4)
        big.setBold(True)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the poll's title, as typed or as a bundle brought it
        self.title.setFont(big)
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.ready = QLabel()
        self.ready.setFont(big)
        self.ready.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ready.setWordWrap(True)
        self.ballot_holder = QStackedWidget()  # one form per language, built once and reused
        self.forms: dict[str, BallotForm] = {}
        self.review = QLabel()
        self.review.setWordWrap(True)
        self.review.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setFont(big)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal = ResultPanel(scale=1.5)
        for widget in (self.ready, self.ballot_holder, self.review, self.message, self.refusal):
            self.pages.addWidget(widget)
        self.back = QPushButton()
        self.next = QPushButton()
        for button in (self.back, self.next):
            button.setMinimumHeight(64)
            font = QFont(button.font())
            font.setPointSizeF(font.pointSizeF() * 1.6)
            button.setFont(font)
        self.next.setDefault(True)
        self.back.clicked.connect(self._back)
        self.next.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        self.scan_field = QLineEdit()  # takes the scanner's keys; kept out of sight
        self.scan_field.setFixedSize(1, 1)
        self.scan_field.returnPressed.connect(lambda: self.handle_scan(self.scan_field.text()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.scan_field)
        self.scanner = ScanRule(self)
        self.scanner.scanned.connect(self.handle_scan)
        self._after = QTimer(self, singleShot=True)
        self._after.timeout.connect(self.show_ready)
        self.show_ready()

    # -- the flow ------------------------------------------------------------------------------

    def start(self) -> None:
        self.scanner.active = True
        self.showFullScreen()
        self.scan_field.setFocus()
        QTimer.singleShot(0, self.prepare)

    def prepare(self) -> None:
        """Build the ballot in each language of the event before the first voter comes (a scan then only
        clears and shows one)."""
        poll = voting.get_poll(self.session.ws, self.poll_id)
        for lang in self.languages:
            self._form(poll, lang)

    def _form(self, poll: dict, lang: str) -> BallotForm:
        form = self.forms.get(lang)
        if form is None or form.poll["options"] != poll["options"] or form.poll["params"] != poll["params"]:
            if form is not None:
                self.ballot_holder.removeWidget(form)
                form.deleteLater()
            form = self.forms[lang] = BallotForm(poll, lang, scale=1.3)
            form.changed.connect(self._ballot_changed)
            self.ballot_holder.addWidget(form)
        return form

    def show_ready(self) -> None:
        """Waiting for the next badge; the prompt in every language of the event."""
        self._after.stop()
        self.participant_id = None
        poll = voting.get_poll(self.session.ws, self.poll_id)
        self.title.setText(safe_display(poll["title"]))
        prompts = dict.fromkeys(translator(lang)(WORDS["ready"]) for lang in self.languages)
        self.ready.setText("\n".join(prompts))
        self.pages.setCurrentWidget(self.ready)
        self.back.hide()
        self.next.hide()
        self.scanner.active = True
        self.scan_field.setFocus()

    def handle_scan(self, text: str) -> None:
        """A badge: its person's ballot, or why they cannot vote."""
        self.scan_field.clear()
        if self.pages.currentWidget() not in (self.ready, self.message, self.refusal):
            return  # a ballot is being filled in: a stray scan does not replace it
        try:
            person = voting.may_vote(self.session.ws, self.poll_id, badge=text)
        except voting.VoteRefused as exc:
            self._refuse(exc.why, checkin.identify(self.session.ws, text))
            return
        except EulacError as exc:
            self._say(exc.text(), THANKS_SECONDS)
            return
        self.participant_id, self.person = person["id"], person
        self.lang = person_language(person, self.languages)
        self.word = lambda key, lang=self.lang: translator(lang)(WORDS[key])
        self._show_ballot(voting.get_poll(self.session.ws, self.poll_id))

    def _show_ballot(self, poll: dict) -> None:
        self.form = self._form(poll, self.lang)
        self.form.reset()
        self.ballot_holder.setCurrentWidget(self.form)
        self.pages.setCurrentWidget(self.ballot_holder)
        self.back.setText(self.word("cancel"))
        self.next.setText(self.word("next"))
        self.back.show()
        self.next.show()
        self._ballot_changed()
        self.form.setFocus()
        self.focusNextChild()

    def _ballot_changed(self) -> None:
        self._after.start(IDLE_SECONDS * 1000)
        if self.form is not None:
            left = self.form.remaining()
            self.next.setEnabled(left is None or left >= 0 if self.form.method == "dots" else left in (None, 0))

    def _next(self) -> None:
        if self.pages.currentWidget() is self.ballot_holder and self.form is not None:
            self.review.setText(self.word("review") + "\n\n" + "\n".join(self.form.summary()))
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.8)
            self.review.setFont(font)
            self.pages.setCurrentWidget(self.review)
            self.back.setText(self.word("change"))
            self.next.setText(self.word("confirm"))
            self.next.setFocus()
        elif self.pages.currentWidget() is self.review:
            self.cast()

    def _back(self) -> None:
        if self.pages.currentWidget() is self.review and self.form is not None:
            self.pages.setCurrentWidget(self.ballot_holder)
            self.next.setText(self.word("next"))
            self.back.setText(self.word("cancel"))
        else:
            self.show_ready()

    def cast(self) -> None:
        """Count the ballot; the thank-you shows only once it is stored."""
        if self.form is None or self.participant_id is None:
            return
        ws, poll_id, payload, participant_id = self.session.ws, self.poll_id, self.form.payload(), self.participant_id
        cast = self.session.run(self.tr("Cast a ballot"), lambda: voting.cast_ballot(
            ws, poll_id, payload, participant_id=participant_id, channel="kiosk"), None, self, refused=self._refused)
        if cast is None:  # a ballot is a fact: no undo
            return
        first = cast.participant_name.split(" ")[0]
        self._say(translator(self.lang)(WORDS["thanks"]).format(name=safe_display(first)), THANKS_SECONDS)

    def _refused(self, exc: EulacError) -> None:
        if isinstance(exc, voting.VoteRefused):
            self._refuse(exc.why, self.person)
        else:
            self._say(exc.text(), THANKS_SECONDS)

    def _refuse(self, why: str, person: dict | None) -> None:
        """Why this person cannot vote, large, in their language (nobody known: in the event's languages)."""
        word, detail = VOTE_REFUSALS.get(why, VOTE_REFUSALS[""])
        languages = [person_language(person, self.languages)] if person else self.languages
        name = display_name(person)
        status = checkin.ALREADY if why == "already" else checkin.REFUSED
        self.refusal.show_result(status, in_languages(word, languages), name, in_languages(detail, languages))
        self._say("", THANKS_SECONDS, self.refusal)

    def _say(self, text: str, seconds: int, page: QWidget | None = None) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(page or self.message)
        self.back.hide()
        self.next.hide()
        self.participant_id = None
        self.scanner.active = True
        self.scan_field.setFocus()
        self._after.start(seconds * 1000)

    # -- leaving ------------------------------------------------------------------------------

    def left(self) -> None:
        self._after.stop()  # nothing may come back to a kiosk that was left
        self.scanner.active = False

    def wrong_pin(self) -> None:
        self._say(self.tr("Wrong PIN"), THANKS_SECONDS)
