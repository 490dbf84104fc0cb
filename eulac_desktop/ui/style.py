"""What the app adds to the platform's look so that everyone can use it: text colours with WCAG AA contrast, and
a focus ring that always shows which control has the keyboard focus (buttons, fields, lists, tables, the side
bar…), whatever the style and the style sheets."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

FOCUS_COLOUR = QColor("#1f5fa8")  # 5.6:1 on the window's grey, 6.4:1 on white
FOCUS_WIDTH = 2  # drawn outside the control's edge, and as much again inside it (seen even where clipped)

# role → colour in every colour group (the selection of a disabled view keeps its own grey). Fusion's defaults
# fail AA: placeholder 4.0:1, disabled text 1.7:1, white on the selection 3.7:1, visited links 3.1:1.
COLOURS: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.PlaceholderText: "#666666",  # 5.7:1 on white, 5.0:1 on a disabled field
    QPalette.ColorRole.Highlight: "#2f6fb0",  # white on it: 5.2:1
    QPalette.ColorRole.Link: "#0b57d0",
    QPalette.ColorRole.LinkVisited: "#6a1b9a",
}
DISABLED_TEXT = "#737373"  # 4.1:1 on the window's grey: readable, and still unlike enabled text


def accessible_palette(palette: QPalette) -> QPalette:
    """`palette` with every text colour at WCAG AA contrast (disabled text at ≥ 3:1)."""
    palette = QPalette(palette)
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
    for role, colour in COLOURS.items():
        for group in groups:
            if group != QPalette.ColorGroup.Disabled or role != QPalette.ColorRole.Highlight:
                palette.setColor(group, role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#6b7785"))  # white: 4.6:1
    return palette


class FocusRing(QWidget):
    """A ring FOCUS_WIDTH px either side of the focused control's edge, drawn over the window (a child of it,
    on top of everything in it), clipped to what its scroll areas show, following the control as it moves."""

    _EVENTS = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        self._clip = QRect()

    def follow(self, target: QWidget | None) -> None:
        """Put the ring around `target` (None: take it away)."""
        self._unwatch()
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.destroyed.disconnect(self._forget)
        self._target = target
        if target is not None:
            target.destroyed.connect(self._forget)
            widget: QWidget | None = target
            while widget is not None and widget is not self.parentWidget():  # moving an ancestor moves it too
                widget.installEventFilter(self)
                self._watched.append(widget)
                widget = widget.parentWidget()
        self._place()

    def _unwatch(self) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []

    def _forget(self) -> None:
        """The control is being deleted."""
        self._target = None
        self._unwatch()
        if shiboken6.isValid(self):
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._EVENTS:
            self._place()
        return False

    def _place(self) -> None:
        target, window = self._target, self.parentWidget()
        if target is None or window is None or not target.isVisible():
            self.hide()
            return
        rect = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
        clip = rect.adjusted(-FOCUS_WIDTH, -FOCUS_WIDTH, FOCUS_WIDTH, FOCUS_WIDTH)
        widget = target.parentWidget()
        while widget is not None and widget is not window:  # what the scroll areas around it show
            clip = clip.intersected(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).adjusted(
                -FOCUS_WIDTH, -FOCUS_WIDTH, FOCUS_WIDTH, FOCUS_WIDTH))
            widget = widget.parentWidget()
        self.setGeometry(rect.adjusted(-FOCUS_WIDTH, -FOCUS_WIDTH, FOCUS_WIDTH, FOCUS_WIDTH))
        self._clip = clip.translated(-self.x(), -self.y())
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        outer = self.rect()
        inner = outer.adjusted(2 * FOCUS_WIDTH, 2 * FOCUS_WIDTH, -2 * FOCUS_WIDTH, -2 * FOCUS_WIDTH)
        painter = QPainter(self)
        painter.setClipRegion(QRegion(outer).subtracted(QRegion(inner)).intersected(QRegion(self._clip)))
        painter.fillRect(outer, FOCUS_COLOUR)


def _ring_target(widget: QWidget | None) -> QWidget | None:
    """The control that shows the focus: an editable combo box or spin box rather than its line edit."""
    if widget is None or not shiboken6.isValid(widget) or widget.isWindow():
        return None
    if widget.window().windowType() == Qt.WindowType.Popup:  # a menu or a combo box's list: its own highlight
        return None
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    return widget


def _ring(window: QWidget) -> FocusRing:
    """`window`'s focus ring, made when first needed."""
    for child in window.children():
        if isinstance(child, FocusRing):
            return child
    return FocusRing(window)


def show_focus(old: QWidget | None, new: QWidget | None) -> None:
    """Put the focus ring of `new`'s window around `new`; when the focus leaves for no control, the ring goes."""
    left, target = _ring_target(old), _ring_target(new)
    if left is not None and (target is None or left.window() is not target.window()):
        _ring(left.window()).follow(None)
    if target is not None:
        _ring(target.window()).follow(target)


def install(app: QApplication) -> None:
    """Give `app` the focus ring and, on a light palette (the default), the accessible text colours."""
    if not app.property("focusRing"):
        app.setProperty("focusRing", True)
        app.focusChanged.connect(show_focus)
    palette = app.palette()
    if palette.color(QPalette.ColorRole.Base).lightness() > 128:  # a dark system palette keeps its own colours
        app.setPalette(accessible_palette(palette))
