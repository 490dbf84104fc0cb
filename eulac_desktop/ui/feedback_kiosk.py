"""The P2P feedback kiosk: scan a badge, press 1 to 5 (or touch a button), thank you, next. Full screen, left
only with the facilitator's PIN (Esc asks for it).

The scan is checked at once: someone who already rated the round (or had no seat in it) is told so before
any rating, large, with a colour, an icon and a word, in their language; the questions too are in the
person's language (before a scan, in every language of the event)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..core import checkin, p2p
from ..core import event as core_event
from ..core.errors import EulacError
from ..core.i18n import translator
from ..core.kiosk_texts import (
    FEEDBACK_ASK,
    FEEDBACK_READY,
    FEEDBACK_THANKS,
    RATING_REFUSALS,
    in_languages,
    person_language,
)
from ..core.text import display_name, safe_display
from .kiosk import PinLockedWindow
from .pages.checkin import ResultPanel
from .scanner import ScanRule
from .session import EventSession

SHOW_SECONDS = 4


class FeedbackKiosk(PinLockedWindow):
    """Ratings of one round of the saved P2P plan."""

    def __init__(self, session: EventSession, round_number: int, pin: str):
        super().__init__(pin)
        self.session, self.round_number = session, round_number
        self.participant_id: str | None = None
        self.person: dict[str, Any] | None = None  # who is rating
        self.lang = ""
        self.languages = core_event.get_event(session.ws).languages or ["en"]
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.4)
        big.setBold(True)
        self.prompt = QLabel()
        self.prompt.setFont(big)
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = []
        row = QHBoxLayout()
        for n in range(1, 6):
            button = QPushButton(str(n))
            button.setFont(big)
            button.setMinimumSize(110, 110)
            button.clicked.connect(lambda _c=False, n=n: self.rate(n))
            row.addWidget(button)
            self.buttons.append(button)
        self.scan_field = QLineEdit()  # takes the scanner's keys; kept out of sight
        self.scan_field.setFixedSize(1, 1)
        self.scan_field.returnPressed.connect(lambda: self.handle_scan(self.scan_field.text()))
        self.refusal = ResultPanel(scale=1.5)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.prompt)
        self.pages.addWidget(self.refusal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(self.pages, 1)
        layout.addLayout(row)
        layout.addWidget(self.scan_field)
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
        self.participant_id = None
        self.prompt.setText(in_languages(FEEDBACK_READY, self.languages, n=self.round_number))
        self.pages.setCurrentWidget(self.prompt)
        for button in self.buttons:
            button.setEnabled(False)
        self.scanner.active = True
        self.scan_field.setFocus()

    def handle_scan(self, text: str) -> None:
        self.scan_field.clear()
        try:
            person = p2p.may_rate(self.session.ws, self.round_number, badge=text)
        except p2p.RatingRefused as exc:
            self._refuse(exc.why, checkin.identify(self.session.ws, text))
            return
        self.participant_id, self.person = person["id"], person
        self.lang = person_language(person, self.languages)
        name = safe_display(f"{person.get('given_name') or ''}")
        self.prompt.setText(translator(self.lang)(FEEDBACK_ASK).format(name=name, n=self.round_number))
        self.pages.setCurrentWidget(self.prompt)
        for button in self.buttons:
            button.setEnabled(True)
        self.setFocus()
        self._after.start(60_000)  # nobody answered: ready for the next person, nothing recorded

    def rate(self, rating: int) -> None:
        if self.participant_id is None:
            return
        ws, round_number, participant_id = self.session.ws, self.round_number, self.participant_id
        if self.session.run(self.tr("Rate a round"), lambda: p2p.add_feedback(ws, round_number, rating,
                                                                              participant_id=participant_id),
                            None, self, refused=self._refused) is not None:  # a person's own rating: no undo
            self._say(translator(self.lang)(FEEDBACK_THANKS))

    def _refused(self, exc: EulacError) -> None:
        if isinstance(exc, p2p.RatingRefused):
            self._refuse(exc.why, self.person)
        else:
            self._say(exc.text())

    def _refuse(self, why: str, person: dict[str, Any] | None) -> None:
        """Why this person cannot rate, large, in their language (nobody known: in the event's languages)."""
        word, detail = RATING_REFUSALS.get(why, RATING_REFUSALS["badge"])
        languages = [person_language(person, self.languages)] if person else self.languages
        name = display_name(person)
        status = checkin.ALREADY if why == "already" else checkin.REFUSED
        self.refusal.show_result(status, in_languages(word, languages), name,
                                 in_languages(detail, languages, n=self.round_number))
        self._say("", self.refusal)

    def _say(self, text: str, page: QWidget | None = None) -> None:
        self.prompt.setText(text)
        self.pages.setCurrentWidget(page or self.prompt)
        self.participant_id = None
        self.scanner.active = True
        self.scan_field.setFocus()
        for button in self.buttons:
            button.setEnabled(False)
        self._after.start(SHOW_SECONDS * 1000)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5 and self.participant_id is not None:
            self.rate(key - Qt.Key.Key_0)
        else:
            super().keyPressEvent(event)  # Esc asks for the PIN

    def left(self) -> None:
        self._after.stop()
        self.scanner.active = False

    def wrong_pin(self) -> None:
        self._say(self.tr("Wrong PIN"))
