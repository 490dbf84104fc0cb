"""The board's items: an idea card and a cluster column, each painting itself from the core's board data."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ...core.ideas import Card, Column
from ...core.text import safe_display
from ..literal import literal

CARD_W, CARD_H = 220.0, 96.0
PAD, GAP, HEADER_H = 10.0, 8.0, 46.0
COLUMN_W = CARD_W + 2 * PAD
TEXT_LINES = 3
CARD_BG, CARD_BORDER, INK, MUTED = QColor("#ffffff"), QColor("#8a94a0"), QColor("#14202b"), QColor("#4a5562")
SELECTED = QColor("#1f5fa8")
UNSORTED_BG = QColor("#eceff3")


def wrapped_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """`text` word-wrapped to `width`, at most `max_lines` lines, the last one ending in … when cut."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    layout.beginLayout()
    lines: list[str] = []
    cut = False
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        if len(lines) == max_lines:
            cut = True
            break
        lines.append(text[line.textStart():line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    if cut and lines:
        metrics = QFontMetricsF(font)
        lines[-1] = metrics.elidedText(lines[-1] + " …", Qt.TextElideMode.ElideRight, width)
        if not lines[-1].endswith("…"):
            lines[-1] = metrics.elidedText(lines[-1] + "…", Qt.TextElideMode.ElideRight, width)
    return lines


class CardItem(QGraphicsItem):
    """An idea: its text (shortened to three lines; the whole text on demand), its author or table, and how
    many duplicates were merged into it."""

    def __init__(self, card: Card, font: QFont, small: QFont):
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # a repaint is a blit
        self._font, self._small = font, small
        self.colour = QColor("#dddddd")
        self.card = card
        self.set_card(card)

    def set_card(self, card: Card) -> None:
        """Show this card's data (after an edit); cheap when nothing changed."""
        key = (card.text, card.author, card.table_label, len(card.duplicates))
        if getattr(self, "_key", None) == key:
            self.card = card
            return
        self.card, self._key = card, key
        self.lines = wrapped_lines(safe_display(card.text), self._font, CARD_W - 2 * PAD, TEXT_LINES)
        who = " · ".join(x for x in (card.author, card.table_label or "") if x)
        self.footer = QFontMetricsF(self._small).elidedText(safe_display(who), Qt.TextElideMode.ElideRight,
                                                            CARD_W - 2 * PAD - 40)
        self.setToolTip(literal(safe_display(card.text) if len(card.text) < 600 else safe_display(card.text[:600]) + "…"))
        self.update()

    def set_colour(self, colour: QColor) -> None:
        if colour != self.colour:
            self.colour = colour
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-1.5, -1.5, CARD_W + 3, CARD_H + 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(SELECTED if selected else CARD_BORDER, 3 if selected else 1))
        painter.setBrush(CARD_BG)
        painter.drawRoundedRect(QRectF(0, 0, CARD_W, CARD_H), 6, 6)
        painter.fillRect(QRectF(1, 6, 5, CARD_H - 12), self.colour)
        painter.setPen(INK)
        painter.setFont(self._font)
        line_h = QFontMetricsF(self._font).lineSpacing()
        for i, line in enumerate(self.lines):
            painter.drawText(QPointF(PAD + 2, PAD + QFontMetricsF(self._font).ascent() + i * line_h), line)
        painter.setFont(self._small)
        painter.setPen(MUTED)
        base = CARD_H - PAD + 2
        painter.drawText(QPointF(PAD + 2, base), self.footer)
        if self.card.duplicates:
            badge = f"×{len(self.card.duplicates) + 1}"
            width = QFontMetricsF(self._small).horizontalAdvance(badge) + 10
            rect = QRectF(CARD_W - PAD - width, base - QFontMetricsF(self._small).ascent() - 2, width,
                          QFontMetricsF(self._small).height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#14202b"))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge)
        if selected:
            painter.setPen(SELECTED)
            painter.setFont(self._small)
            painter.drawText(QRectF(0, 0, CARD_W - 6, PAD + 6), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, "✔")


class ColumnItem(QGraphicsItem):
    """A cluster (or the unsorted ideas): a coloured header with its number, name and size, and the area its
    cards sit in. It is where cards are dropped."""

    def __init__(self, column: Column, title: str, font: QFont):
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(-1)
        self._font = font
        self.height = HEADER_H + PAD
        self.set_column(column, title)

    def set_column(self, column: Column, title: str) -> None:
        self.column = column
        self.title = title
        self.colour = QColor(column.colour) if column.colour else UNSORTED_BG
        self.update()

    def set_height(self, height: float) -> None:
        if height != self.height:
            self.prepareGeometryChange()
            self.height = height

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, COLUMN_W + 4, self.height + 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body = QColor(self.colour)
        body.setAlpha(70 if self.column.id else 255)
        painter.setPen(QPen(SELECTED if selected else QColor("#b8c0c8"), 3 if selected else 1))
        painter.setBrush(body)
        painter.drawRoundedRect(QRectF(0, 0, COLUMN_W, self.height), 8, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawRoundedRect(QRectF(1, 1, COLUMN_W - 2, HEADER_H - 6), 7, 7)
        painter.setPen(INK)
        painter.setFont(self._font)
        text = QFontMetricsF(self._font).elidedText(self.title, Qt.TextElideMode.ElideRight, COLUMN_W - 2 * PAD)
        painter.drawText(QRectF(PAD, 0, COLUMN_W - 2 * PAD, HEADER_H - 6),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
