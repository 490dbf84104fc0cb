"""The projector window: a second top-level window, full screen on the second display when there is one.

Large, high-contrast type readable from the back of a room; the text shrinks to fit, never clipped.
For now it shows the event's name, its welcome text and how many people are registered.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QWidget

from ..core import event as core_event
from ..core import checkin
from ..core.workspace import Changes
from .session import EventSession

BACKGROUND = QColor("#0b1f33")
FOREGROUND = QColor("#ffffff")
ACCENT = QColor("#ffd166")


def fitted_font(base: QFont, text: str, rect: QRect, max_px: int, min_px: int = 12) -> QFont:
    """The largest font (≤ max_px) whose word-wrapped `text` fits in `rect`."""
    font = QFont(base)
    size = max_px
    while size > min_px:
        font.setPixelSize(size)
        bounds = QFontMetrics(font).boundingRect(rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter), text)
        if bounds.width() <= rect.width() and bounds.height() <= rect.height():
            break
        size = int(size * 0.92)
    font.setPixelSize(max(size, min_px))
    return font


def projector_screen() -> QScreen:
    """The second display when there is one, else the primary."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not primary]
    return others[0] if others else primary


class ProjectorWindow(QWidget):
    """What the room sees. Esc leaves full screen; F11 toggles it."""

    def __init__(self, session: EventSession):
        super().__init__(None, Qt.WindowType.Window)
        self.session = session
        self._counts: dict | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setAccessibleName(self.tr("Projector"))
        self.setMinimumSize(480, 270)
        session.changed.connect(self._on_changed)
        self.retranslate()

    def show_on_projector(self) -> None:
        """Full screen on the second display if there is one; otherwise a window on this one."""
        screen = projector_screen()
        if screen is not QGuiApplication.primaryScreen():
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            area = screen.availableGeometry()
            self.resize(min(1280, area.width() * 2 // 3), min(720, area.height() * 2 // 3))
            self.show()
        self.raise_()

    def _on_changed(self, changes: Changes) -> None:
        if {"events", "participants", "checkins"} & changes.tables():
            self._counts = None  # counted again at the next paint, not at every repaint
            self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Projector"))
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        info = core_event.get_event(self.session.ws)
        if self._counts is None:
            self._counts = checkin.stats(self.session.ws)
        counts = self._counts
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        w, h = self.width(), self.height()
        margin = int(min(w, h) * 0.06)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
        name_rect = QRect(margin, margin, w - 2 * margin, int(h * 0.38))
        welcome_rect = QRect(margin, name_rect.bottom() + margin // 2, w - 2 * margin, int(h * 0.30))
        count_rect = QRect(margin, welcome_rect.bottom() + margin // 2, w - 2 * margin, h - welcome_rect.bottom() - margin)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setPen(FOREGROUND)
        painter.setFont(fitted_font(bold, info.name, name_rect, max_px=int(h * 0.12)))
        painter.drawText(name_rect, flags, info.name)
        welcome = info.welcome_text or self.tr("Welcome!")
        painter.setFont(fitted_font(self.font(), welcome, welcome_rect, max_px=int(h * 0.07)))
        painter.drawText(welcome_rect, flags, welcome)
        painter.setPen(ACCENT)
        text = self.tr("%n participant(s) registered", "", counts["registered"])
        if counts["checked_in"]:
            text = self.tr("%1 of %2 participants have arrived").replace("%1", str(counts["checked_in"])).replace(
                "%2", str(counts["registered"]))
            regions = counts["by_region"]
            parts = [f"{label} {regions[key]['checked_in']}" for key, label in (("EU", self.tr("EU")), ("LAC", self.tr("LAC")))
                     if key in regions]
            if parts:
                text += " — " + " · ".join(parts)
        painter.setFont(fitted_font(bold, text, count_rect, max_px=int(h * 0.06)))
        painter.drawText(count_rect, flags, text)
        painter.end()
