"""The bar that a badge scanned away from the Check-in page brings up: "Badge of X — go to check-in?"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..core import checkin
from ..core.text import safe_display
from .session import EventSession


class ScanPrompt(QFrame):
    """Non-modal: says whose badge was scanned (or why it is refused) and offers to check them in."""

    check_in_requested = Signal(str)  # the badge code

    def __init__(self, session: EventSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.code = ""
        self.owner: checkin.BadgeOwner | None = None
        self.setObjectName("scanPrompt")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.go = QPushButton()
        self.go.setAutoDefault(True)
        self.go.clicked.connect(lambda: self.check_in_requested.emit(self.code))
        self.dismiss = QPushButton()
        self.dismiss.setAutoDefault(True)
        self.dismiss.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.message, 1)
        row.addWidget(self.go)
        row.addWidget(self.dismiss)
        self.retranslate()
        self.hide()

    def offer(self, code: str) -> None:
        """Show whose badge `code` is, with the way to check them in (or why the badge is refused)."""
        self.code = code
        self.owner = checkin.owner_of_badge(self.session.ws, code)
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Scanned badge"))
        self.go.setText(self.tr("&Go to check-in"))
        self.dismiss.setText(self.tr("Dismiss"))
        owner = self.owner
        if owner is None:
            return
        refused = owner.refusal is not None
        if refused:
            text = self.tr("Badge refused: %1").replace("%1", owner.reason_text())
        else:
            text = self.tr("Badge of %1 — go to check-in?").replace("%1", safe_display(owner.name))
        self.message.setText(text)
        self.go.setVisible(not refused)
        fg, bg = ("#8e0000", "#fdecea") if refused else ("#0b1f33", "#dce8f5")
        self.setStyleSheet(f"QFrame#scanPrompt {{ background: {bg}; border-bottom: 1px solid {fg}; }}"
                           f"QFrame#scanPrompt > QLabel {{ color: {fg}; }}")
        self.setAccessibleDescription(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
