"""What the app adds to the platform's look so that everyone can use it: text colours with WCAG AA contrast, and
a focus ring that always shows which control has the keyboard focus (buttons, fields, lists, tables, the side
bar…), whatever the style and the style sheets."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPalette, QRegion
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QFocusFrame, QProxyStyle, QStyle,
                               QStyleOption, QWidget)

FOCUS_COLOUR = QColor("#1f5fa8")  # 5.6:1 on the window's grey, 6.4:1 on white
FOCUS_WIDTH = 2  # drawn outside the control's edge, and as much again inside it (seen even where clipped)

# role → colour, per group (None: every group). Fusion's defaults fail AA: placeholder 4.0:1, disabled text
# 1.7:1, white on the selection 3.7:1, visited links 3.1:1.
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
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#6b7785"))
    return palette


class FocusRingStyle(QProxyStyle):
    """The platform's style, with the focus frame drawn as a ring FOCUS_WIDTH pixels either side of the edge."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,  # noqa: N802
                    widget: QWidget | None = None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin, QStyle.PixelMetric.PM_FocusFrameVMargin):
            return FOCUS_WIDTH
        return super().pixelMetric(metric, option, widget)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                    widget: QWidget | None = None) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:
            rect: QRect = option.rect  # type: ignore[attr-defined]
            inner = rect.adjusted(2 * FOCUS_WIDTH, 2 * FOCUS_WIDTH, -2 * FOCUS_WIDTH, -2 * FOCUS_WIDTH)
            painter.save()
            painter.setClipRegion(QRegion(rect).subtracted(QRegion(inner)))
            painter.fillRect(rect, FOCUS_COLOUR)
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)


def _ring_target(widget: QWidget | None) -> QWidget | None:
    """The control that shows the focus: an editable combo box or spin box rather than its line edit."""
    if widget is None or widget.isWindow() or widget.window().windowType() == widget.window().windowType().Popup:
        return None
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    return widget


def show_focus(_old: QWidget | None, new: QWidget | None) -> None:
    """Put the focus ring of `new`'s window around `new` (one ring per window, made when first needed)."""
    target = _ring_target(new)
    if target is None:
        return
    window = target.window()
    ring = window.findChild(QFocusFrame, "focusRing")
    if ring is None:
        ring = QFocusFrame(window)
        ring.setObjectName("focusRing")
    ring.setWidget(target)


def install(app: QApplication) -> None:
    """Give `app` the focus ring and, on a light palette (the default), the accessible text colours."""
    if not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle(app.style().name()))
        app.focusChanged.connect(show_focus)
    palette = app.palette()
    if palette.color(QPalette.ColorRole.Base).lightness() > 128:  # a dark system palette keeps its own colours
        app.setPalette(accessible_palette(palette))
