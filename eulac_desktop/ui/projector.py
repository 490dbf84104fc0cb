"""The projector window: a second top-level window, full screen on the second display when there is one.

It paints what the facilitator chose in the shared `ProjectorState` (see `projector_screens`): large,
high-contrast type readable from the back of a room, fitted to the screen, never clipped. A clicker's
Page Down / Page Up step through the screens, B or . blanks it, Esc leaves full screen, F11 toggles it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QWidget

from ..core.workspace import Changes
from .projector_screens import Canvas, ProjectorState
from .session import EventSession

#: The size the preview and a frozen picture are painted at when the projector window is closed.
DEFAULT_SIZE = QSize(1920, 1080)
_SHOWN_TABLES = {"events", "participants", "checkins", "challenges", "ideas", "clusters", "polls", "ballots",
                 "ballot_voids", "p2p_plans", "topics"}


def projector_screen() -> QScreen:
    """The second display when there is one, else the primary."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not primary]
    return others[0] if others else primary


def follow_time(tick: QTimer, moving: bool) -> None:
    """Run `tick` (a repaint each second) while what is shown moves, stop it when it no longer does."""
    if moving and not tick.isActive():
        tick.start()
    elif not moving and tick.isActive():
        tick.stop()


def render(session: EventSession, state: ProjectorState, size: QSize, font) -> QImage:  # type: ignore[no-untyped-def]
    """The projector's picture at `size` (the frozen one while frozen)."""
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    if state.frozen is not None:
        painter.drawImage(image.rect(), state.frozen)
    else:
        Canvas(session.ws, font).paint(painter, size, state)
    painter.end()
    return image


class ProjectorWindow(QWidget):
    """What the room sees."""

    def __init__(self, session: EventSession, state: ProjectorState):
        super().__init__(None, Qt.WindowType.Window)
        self.session = session
        self.state = state
        self.canvas = Canvas(session.ws, self.font())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setMinimumSize(480, 270)
        self._tick = QTimer(self, interval=1000)  # the countdown, the pages that turn: only while they do
        self._tick.timeout.connect(self.update)
        self._tick.timeout.connect(self._follow_time)
        session.changed.connect(self._on_changed)
        state.changed.connect(self.update)
        state.changed.connect(self._follow_time)
        self._follow_time()
        self.retranslate()

    def _follow_time(self) -> None:
        follow_time(self._tick, self.state.moves(self.session.ws))

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
        if _SHOWN_TABLES & changes.tables():
            self.update()
            self._follow_time()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Projector"))
        self.setAccessibleName(self.tr("Projector"))
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_PageUp, Qt.Key.Key_Left):
            self.state.step(self.session.ws, 1 if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right) else -1)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.state.set_blank(not self.state.blank)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.state.frozen is not None:
            painter.drawImage(self.rect(), self.state.frozen)
        else:
            self.canvas.paint(painter, self.size(), self.state)
        painter.end()


class ProjectorPreview(QWidget):
    """The laptop's small copy of what the projector shows (16:9), repainted with it."""

    def __init__(self, session: EventSession, state: ProjectorState, size_of=lambda: DEFAULT_SIZE,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.state, self._size_of = session, state, size_of
        self.setMinimumSize(240, 135)
        self._tick = QTimer(self, interval=1000)  # as the projector's: only while something moves
        self._tick.timeout.connect(self.update)
        self._tick.timeout.connect(self._follow_time)
        state.changed.connect(self.update)
        state.changed.connect(self._follow_time)
        session.changed.connect(self._on_changed)
        self._follow_time()

    def _on_changed(self, changes: Changes) -> None:
        if _SHOWN_TABLES & changes.tables():
            self.update()
            self._follow_time()

    def _follow_time(self) -> None:
        follow_time(self._tick, self.state.moves(self.session.ws))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def paintEvent(self, event: QPaintEvent) -> None:
        size = self._size_of()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = self.rect()
        h = min(target.height(), target.width() * size.height() // max(1, size.width()))
        w = h * size.width() // max(1, size.height())
        target.setSize(QSize(w, h))
        painter.drawImage(target, render(self.session, self.state, size, self.font()))
        painter.end()
