"""Kiosk mode for a check-in desk: full screen, only the scan flow, left only with the facilitator's PIN.

Works with the scanner alone: no mouse, no keyboard shortcut leaves it (Esc asks for the PIN).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core import checkin
from .pages.checkin import CheckInPage, ResultPanel
from .scanner import ScanRule

log = logging.getLogger(__name__)

RESULT_SECONDS = 6
MIN_PIN = 4
FREE_TRIES = 5  # wrong PINs in a row before each further try waits (a hand mistypes; a script guesses)
WAIT_SECONDS = 30  # so the 10,000 PINs of 4 digits take days to try, not the minutes a keyboard emulator needs


def _digest(pin: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 100_000)


class PinDialog(QDialog):
    """Choose the PIN that will let the facilitator leave the kiosk (typed twice)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kiosk PIN"))
        self.pin, self.again = QLineEdit(), QLineEdit()
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&PIN (at least 4 digits)"), self.pin)
        form.addRow(self.tr("&Again"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The kiosk fills the screen and can be left only with this PIN.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        pin = self.pin.text()
        if len(pin) < MIN_PIN or not pin.isdigit():
            self.error.setText(self.tr("Use at least 4 digits."))
        elif pin != self.again.text():
            self.error.setText(self.tr("The two PINs differ."))
        else:
            self.accept()


class PinLockedWindow(QWidget):
    """A kiosk: a window left only with the facilitator's PIN. Esc asks for it; closing it any other way
    (Alt+F4 and the like) is ignored. Subclasses say what leaving stops (`left`) and show a wrong PIN."""

    def __init__(self, pin: str):
        super().__init__(None, Qt.WindowType.Window)
        self._salt = secrets.token_bytes(16)
        self._pin = _digest(pin, self._salt)
        self._leaving = False
        self._wrong = 0
        self._wait_until = 0.0
        self.clock = time.monotonic

    def seconds_to_wait(self) -> int:
        """How long before a PIN may be tried again (0: now), after too many wrong ones in a row."""
        return max(0, int(self._wait_until - self.clock() + 0.999))

    def try_leave(self, pin: str) -> bool:
        """Leave the kiosk if `pin` is the facilitator's; after `FREE_TRIES` wrong ones in a row, each further try
        waits `WAIT_SECONDS` (refused unread meanwhile)."""
        if self.seconds_to_wait():
            log.info("%s: a PIN was tried while tries wait", type(self).__name__)
            return False
        if not hmac.compare_digest(_digest(pin, self._salt), self._pin):
            self._wrong += 1
            if self._wrong >= FREE_TRIES:
                self._wait_until = self.clock() + WAIT_SECONDS
            log.info("%s: a wrong PIN was given", type(self).__name__)
            return False
        log.info("%s left with the PIN", type(self).__name__)
        self._leaving = True
        self.left()
        self.close()
        return True

    def left(self) -> None:
        """Stop what the kiosk runs (its scanner, its timers): nothing may come back to it."""

    def wrong_pin(self) -> None:
        """Say that the PIN was wrong."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if wait := self.seconds_to_wait():
                text = QCoreApplication.translate("PinLockedWindow", "Too many wrong PINs: wait before trying again (%1 s).")
                text = text.replace("%1", str(wait))
                QMessageBox.information(self, QCoreApplication.translate("PinLockedWindow", "Leave the kiosk"), text)
                return
            pin, ok = QInputDialog.getText(self, QCoreApplication.translate("PinLockedWindow", "Leave the kiosk"),
                                           QCoreApplication.translate("PinLockedWindow", "Facilitator's PIN:"),
                                           QLineEdit.EchoMode.Password)
            if ok and not self.try_leave(pin):
                self.wrong_pin()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        log.info("%s started", type(self).__name__)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving:
            event.ignore()
            return
        super().closeEvent(event)


class KioskWindow(PinLockedWindow):
    """The scan flow alone, readable at 2 m; the result shows for a few seconds, then it is ready again."""

    def __init__(self, page: CheckInPage, pin: str):
        super().__init__(pin)
        self.page = page
        self.setWindowTitle(self.tr("Check-in kiosk"))
        self.setStyleSheet("KioskWindow { background: #0b1f33; } QLabel#prompt, QLabel#counter { color: white; }")
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        for label, size in ((self.prompt, 3.0), (self.counter, 1.6)):
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * size)
            font.setBold(label is self.prompt)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.result = ResultPanel(scale=1.8)
        self.scan_field = QLineEdit()  # takes the scanner's keys; kept out of sight
        self.scan_field.setFixedSize(1, 1)
        self.scan_field.returnPressed.connect(lambda: self.handle_scan(self.scan_field.text()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.prompt)
        layout.addWidget(self.result, 1)
        layout.addWidget(self.counter)
        layout.addWidget(self.scan_field)
        self.scanner = ScanRule(self)
        self.scanner.scanned.connect(self.handle_scan)
        self._reset = QTimer(self, singleShot=True, interval=RESULT_SECONDS * 1000)
        self._reset.timeout.connect(self.result.clear)
        self.retranslate()

    def start(self) -> None:
        self.scanner.active = True
        self.showFullScreen()
        self.scan_field.setFocus()

    def handle_scan(self, text: str) -> None:
        self.scan_field.clear()
        result = self.page.handle_scan(text)
        if result is not None or self.page.result.status:
            self.result.show_result(self.page.result.status, self.page.result.word.text(), self.page.result.name.text(),
                                    self.page.result.detail.text())
            self._reset.start()
        self._update_counter()

    def _update_counter(self) -> None:
        data = checkin.stats(self.page.session.ws)
        self.counter.setText(self.tr("%1 of %2 participants have arrived").replace("%1", str(data["checked_in"]))
                             .replace("%2", str(data["registered"])))

    def retranslate(self) -> None:
        self.prompt.setText(self.tr("Welcome! Scan your badge"))
        self._update_counter()

    def left(self) -> None:
        self.scanner.active = False
        self.page.kiosk = None

    def wrong_pin(self) -> None:
        self.result.show_result(checkin.REFUSED, self.tr("Wrong PIN"), "", "")
        self._reset.start()
        self.scan_field.setFocus()
