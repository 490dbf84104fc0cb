"""Pages of stages still being built: they say what they will hold, and show no invented data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from .base import Page


class UpcomingPage(Page):
    """A stage whose tools are coming: its purpose, in the current language."""

    def __init__(self, stage: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.description)
        self.body.addStretch(1)
        self.retranslate()

    def texts(self) -> dict[str, tuple[str, str]]:
        return {
            "p2p": (self.tr("P2P learning"), self.tr(
                "Match what people offer with what others seek, plan rounds of small mixed EU/LAC tables and print "
                "everyone's agenda. This page is not built yet.")),
        }

    def retranslate(self) -> None:
        title, description = self.texts()[self.stage]
        self.title.setText(title)
        self.description.setText(description)
