"""A focus ring that the Voting page, its dialogs and the voting kiosk draw around whichever of their controls
has the keyboard focus, whatever the style does (Fusion draws none on tool buttons, on a default button, on an
empty list or on a list whose items are styled)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

RING = QColor("#1a5fb4")  # 6.9:1 on white, 5.9:1 on the window grey: seen by everyone (WCAG 1.4.11)


class FocusRing(QObject):
    """Follows the focus among the descendants of `scope` and draws a ring around the focused one."""

    def __init__(self, scope: QWidget):
        super().__init__(scope)
        self.scope = scope
        self.frame = self._new_frame()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _new_frame(self) -> QFocusFrame:
        frame = QFocusFrame(self.scope)
        palette = frame.palette()
        palette.setColor(QPalette.ColorRole.WindowText, RING)
        frame.setPalette(palette)
        frame.hide()
        return frame

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self.frame):  # it lived in a part of the window that was replaced
            self.frame = self._new_frame()
        if new is not None and new.focusProxy() is None and new.parentWidget() is not None \
                and self.scope.isAncestorOf(new) and min(new.width(), new.height()) > 2:  # not a hidden scan field
            self.frame.setWidget(new)
            self.frame.show()
        elif new is not None and new.window() is self.scope.window():
            self.frame.setWidget(None)
