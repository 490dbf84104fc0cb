"""The P2P feedback kiosk: scan a badge, press 1 to 5 (or touch a button), thank you, next. Full screen, left
only with the facilitator's PIN (Esc asks for it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ..core import checkin, p2p
from ..core.errors import EulacError
from ..core.text import safe_display
from .kiosk import PinLockedWindow
from .scanner import ScanRule
from .session import EventSession

SHOW_SECONDS = 4


class FeedbackKiosk(PinLockedWindow):
    """Ratings of one round of the saved P2P plan."""

    def __init__(self, session: EventSession, round_number: int, pin: str):
        super().__init__(pin)
        self.session, self.round_number = session, round_number
        self.participant_id: str | None = None
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(self.prompt, 1)
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
        self.prompt.setText(self.tr("Round %1: how was it? Scan your badge, then press 1 (poor) to 5 (excellent).")
                            .replace("%1", str(self.round_number)))
        for button in self.buttons:
            button.setEnabled(False)
        self.scanner.active = True
        self.scan_field.setFocus()

    def handle_scan(self, text: str) -> None:
        self.scan_field.clear()
        person = checkin.identify(self.session.ws, text)
        if person is None:
            self._say(self.tr("This badge cannot be read here. Please ask at the desk."))
            return
        self.participant_id = person["id"]
        name = safe_display(f"{person.get('given_name') or ''}")
        self.prompt.setText(self.tr("%1, how was round %2? Press 1 (poor) to 5 (excellent).").replace("%1", name)
                            .replace("%2", str(self.round_number)))
        for button in self.buttons:
            button.setEnabled(True)
        self.setFocus()
        self._after.start(60_000)  # nobody answered: ready for the next person, nothing recorded

    def rate(self, rating: int) -> None:
        if self.participant_id is None:
            return
        try:
            changes = p2p.add_feedback(self.session.ws, self.round_number, rating, participant_id=self.participant_id)
        except EulacError as exc:
            self._say(exc.text())
            return
        self.session.changed.emit(changes)
        self._say(self.tr("Thank you!"))

    def _say(self, text: str) -> None:
        self.prompt.setText(text)
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
