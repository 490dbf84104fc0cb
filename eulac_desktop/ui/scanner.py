"""Keystrokes from a USB badge scanner: told apart from typing by their speed, caught wherever focus is.

A scanner types a whole code in a few milliseconds per key and ends it with Enter. While the check-in
page (or the kiosk) is shown, a `ScannerInput` filter watches the window's key presses: keys that
arrive faster than a person types are collected, even if focus wandered to another control, and the
code is delivered on Enter.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

FAST_KEY_SECONDS = 0.035  # people rarely type two keys within 35 ms; scanners always do
MIN_CODE_LENGTH = 8


class ScannerInput(QObject):
    """Emits `scanned(text)` for a scanner's code typed anywhere in `window` while active."""

    scanned = Signal(str)

    def __init__(self, window: QWidget, target: QLineEdit):
        super().__init__(window)
        self.window = window
        self.target = target  # the visible scan field: people may also type a code there by hand
        self._active = False
        self._buffer = ""
        self._leaked = ""
        self._last = 0.0
        self._fast = 0

    @property
    def active(self) -> bool:
        return self._active

    @active.setter
    def active(self, on: bool) -> None:
        """Watch the application's key presses only while the scan flow is shown."""
        if on != self._active:
            app = QApplication.instance()
            app.installEventFilter(self) if on else app.removeEventFilter(self)
            self._active = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:  # the cheaper test first
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window.window():
            return False
        return self.key(event.key(), event.text(), time.monotonic(), QApplication.focusWidget())

    def key(self, key: int, text: str, now: float, focus: QWidget | None) -> bool:
        """Handle one key press; True when it was taken as part of a scan (not delivered to `focus`)."""
        if focus is self.target:
            return False  # the scan field handles its own keys (returnPressed)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code, fast, leaked = self._buffer, self._fast, self._leaked
            self._buffer, self._fast, self._leaked = "", 0, ""
            if len(code) >= MIN_CODE_LENGTH and (fast >= len(code) - 2 or not _types_text(focus)):
                if leaked and isinstance(focus, QLineEdit) and focus.text().endswith(leaked):
                    focus.setText(focus.text()[: -len(leaked)])  # take back the first keys, given before we knew
                self.scanned.emit(code)
                return True
            return False
        if not text or not text.isprintable():
            return False
        self._fast = self._fast + 1 if now - self._last <= FAST_KEY_SECONDS else 0
        if now - self._last > FAST_KEY_SECONDS and _types_text(focus):
            self._buffer, self._leaked = "", ""
        self._last = now
        self._buffer += text
        # on a control that takes no text (a button, a list, the side bar), every key is for the scan
        taken = not _types_text(focus) or self._fast >= 2
        if not taken:
            self._leaked += text
        return taken


def _types_text(widget: QWidget | None) -> bool:
    return isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)) or (
        isinstance(widget, QComboBox) and widget.isEditable())
