"""The one scanner rule: a USB badge scanner's keys are a scan, wherever focus is, and never reach a field.

A scanner is a keyboard that types a badge code a few milliseconds per key and ends it with Enter. A
`ScanRule` watches the key presses of one window (the main window or a kiosk) and of the dialogs and
pop-ups opened over it:

- a key that may start (or go on with) a badge code (`badges.may_become_code`: the letters of the code's
  alphabet after "EU", any case) is held back, whatever has the focus;
- Enter on held keys that make a whole code (`badges.has_code_shape`) is a scan: `scanned(code)` is
  emitted and nothing reaches the focused control. The window says what a scan means there;
- otherwise the held keys are given to the control they were typed into, exactly as typed and before
  anything else: when a key arrives that no code goes on with (then that key too, and an Enter still makes
  a line edit's `returnPressed`), at a click or a change of focus, or when no key came for `HOLD_SECONDS`.

So typed text is never lost nor split (a burst is a scan or text, never half), and keys that no code
starts with (Space or Enter on a button, Tab, shortcuts, "goncalo", "Mesa 2") are never held at all.

How far apart two keys came is read from the keyboard's own time stamps when it gives them, so a window
busy for a moment (a projector repaint) does not cut a scan in two: keys typed meanwhile are still one burst.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from shiboken6 import isValid

from ..core import badges

#: a scanner types a key every few milliseconds (slow ones every 20–30 ms); keys that may begin a code wait
#: at most this long for the next one, so typing them shows without a delay anyone notices
HOLD_SECONDS = 0.06
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COMMAND = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier)


class ScanRule(QObject):
    """Emits `scanned(code)` for a badge scanned anywhere in `root` (its dialogs and pop-ups too) while active.

    `clock` (seconds) tells how far apart keys came when they carry no time stamp (keys made by a program);
    tests give their own to type at a scanner's speed.
    """

    scanned = Signal(str)

    def __init__(self, root: QWidget, clock: Callable[[], float] = time.monotonic):
        super().__init__(root)
        self.root = root
        self.clock = clock
        self._active = False
        self._held: list[tuple[QWidget, int, Qt.KeyboardModifier, str]] = []
        self._last: tuple[bool, float] = (False, 0.0)  # (from a time stamp, seconds) of the last key held
        self._giving = False
        self._timer = QTimer(self, singleShot=True, interval=int(HOLD_SECONDS * 1000))
        self._timer.timeout.connect(self._no_more_keys)

    @property
    def active(self) -> bool:
        return self._active

    @active.setter
    def active(self, on: bool) -> None:
        """Watch the application's key presses (for this window) only while on."""
        if on == self._active:
            return
        app = QApplication.instance()
        if on:
            _RULES.append(self)
            app.installEventFilter(self)
        else:
            self.give_back()
            if self in _RULES:
                _RULES.remove(self)
            app.removeEventFilter(self)
        self._active = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.FocusOut) and self._held and not self._giving:
            self.give_back()  # a click, or leaving the field (which may save it), comes after the text typed before
            return False
        if kind != QEvent.Type.KeyPress or self._giving or not isinstance(watched, QWidget):
            return False
        if _rule_of(watched) is not self:
            return False
        return self._key(watched, event)  # type: ignore[arg-type]

    def _key(self, target: QWidget, event: QKeyEvent) -> bool:
        """One key press for `target`; True when it is held (or taken as a scan), not delivered now."""
        stamp = event.timestamp()
        now = (True, stamp / 1000) if stamp else (False, self.clock())
        if self._held and (now[0] != self._last[0] or now[1] - self._last[1] > HOLD_SECONDS):
            self.give_back()  # the earlier keys were somebody typing
        key, text, modifiers = event.key(), event.text(), event.modifiers()
        typed = "".join(held[3] for held in self._held)
        if key in _ENTER and self._held and not modifiers & _COMMAND:
            if badges.has_code_shape(typed):
                self._held.clear()
                self._timer.stop()
                self.scanned.emit(badges.normalize(typed))
                return True
            self.give_back()
            return False  # the Enter goes on, after the text it ends
        printable = bool(text) and text.isprintable() and not modifiers & _COMMAND
        starts = self._held or text != " " or _types_text(target)  # Space on a button is never held
        if printable and starts and badges.may_become_code(typed + text):
            self._held.append((target, key, modifiers, text))
            self._last = now
            self._timer.start()
            return True
        self.give_back()
        return False

    def _no_more_keys(self) -> None:
        """No key for a while: the held ones were typing. Keys typed while the window was busy are taken in
        first: they may go on with the burst (their time stamps tell)."""
        QCoreApplication.processEvents()
        if not self._timer.isActive():  # (a key held meanwhile started it again)
            self.give_back()

    def give_back(self) -> None:
        """Deliver the held keys to the controls they were typed into, as typed (they were text)."""
        self._timer.stop()
        held, self._held = self._held, []
        self._giving = True
        try:
            for target, key, modifiers, text in held:
                if isValid(target):  # (its key release went by already: only presses are held)
                    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
        finally:
            self._giving = False


_RULES: list[ScanRule] = []  # the active rules; a key belongs to the nearest one up its window's parents


def _rule_of(widget: QWidget) -> ScanRule | None:
    _RULES[:] = [rule for rule in _RULES if isValid(rule)]  # a closed window's rule went with it
    window: QWidget | None = widget.window()
    while window is not None:
        for rule in _RULES:
            if rule.root is window:
                return rule
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    return None


def _types_text(widget: QWidget) -> bool:
    return isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)) or (
        isinstance(widget, QComboBox) and widget.isEditable())
