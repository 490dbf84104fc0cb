"""What every page shares: a title, retranslation on language change, and refresh after core changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.workspace import Changes


def title_label() -> QLabel:
    """A page's heading."""
    label = QLabel()
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


class Page(QWidget):
    """A stage page. Subclasses fill `self.body`, set `self.title` in `retranslate()`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.title = title_label()
        layout.addWidget(self.title)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def refresh(self, changes: Changes | None) -> None:
        """Show what a core operation changed (None: reload everything)."""

    def take_scan(self, code: str) -> bool:
        """What a badge scanned while this page is shown means here; False: nothing (the window offers to
        check the person in)."""
        return False
