"""The board scene: lays out the cluster columns and their cards from the core's `Board`, reusing items by id
(so a change repaints what changed), and turns a drag into a request to move cards."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QFont, QFontInfo
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from ...core.ideas import Board
from .items import CARD_H, COLUMN_W, GAP, HEADER_H, PAD, UNSORTED_BG, CardItem, ColumnItem

MARGIN = 24.0


@dataclass
class Drop:
    """Where dragged cards were let go: on a card, or in a column (before `before_id`, or at the end)."""

    card_ids: list[str]
    onto_card: str | None = None
    column_id: str | None = None
    before_id: str | None = None


class BoardScene(QGraphicsScene):
    """Columns left to right (wrapping into rows), cards top to bottom, as stored in the event file."""

    dropped = Signal(object)  # Drop

    def __init__(self, font: QFont, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        # Pixel sizes (from the system's font size): the board then looks the same on screen, in PNG and in PDF.
        px = QFontInfo(font).pixelSize()
        self.card_font = QFont(font)
        self.card_font.setPixelSize(px)
        self.small_font = QFont(font)
        self.small_font.setPixelSize(max(9, round(px * 0.85)))
        self.header_font = QFont(self.card_font)
        self.header_font.setBold(True)
        self.cards: dict[str, CardItem] = {}
        self.columns: dict[str | None, ColumnItem] = {}
        self.board: Board | None = None
        #: the cards of each column in order, for keyboard moves: [(column id, [card ids])]
        self.grid: list[tuple[str | None, list[str]]] = []
        self._press: dict[CardItem, QPointF] = {}
        #: False for a read-only event file: cards can be selected and read, not dragged
        self.editable = True

    # -- building ------------------------------------------------------------------------------

    def set_board(self, board: Board, titles: dict[str | None, str]) -> None:
        """Show `board`; `titles` are the column headers to show (translated by the page)."""
        self.board = board
        seen_cards: set[str] = set()
        seen_columns: set[str | None] = set()
        for column in board.columns:
            seen_columns.add(column.id)
            item = self.columns.get(column.id)
            if item is None:
                item = self.columns[column.id] = ColumnItem(column, titles[column.id], self.header_font)
                self.addItem(item)
            else:
                item.set_column(column, titles[column.id])
            colour = QColor(column.colour) if column.colour else UNSORTED_BG.darker(130)
            for card in column.cards:
                seen_cards.add(card.id)
                card_item = self.cards.get(card.id)
                if card_item is None:
                    card_item = self.cards[card.id] = CardItem(card, self.card_font, self.small_font)
                    card_item.setFlag(card_item.GraphicsItemFlag.ItemIsMovable, self.editable)
                    self.addItem(card_item)
                else:
                    card_item.set_card(card)
                card_item.set_colour(colour)
        for cid in set(self.cards) - seen_cards:
            self.removeItem(self.cards.pop(cid))
        for key in set(self.columns) - seen_columns:
            self.removeItem(self.columns.pop(key))
        self.relayout()

    def relayout(self) -> None:
        """Put every column and card where the stored order says (also after a drag that went nowhere)."""
        if self.board is None:
            return
        columns = self.board.columns
        per_row = max(6, math.ceil(math.sqrt(len(columns) * 1.5)))
        self.grid = []
        y = MARGIN
        width = 0.0
        for start in range(0, len(columns), per_row):
            row_height = 0.0
            for k, column in enumerate(columns[start:start + per_row]):
                x = MARGIN + k * (COLUMN_W + GAP * 2)
                item = self.columns[column.id]
                item.setPos(x, y)
                height = HEADER_H + max(1, len(column.cards)) * (CARD_H + GAP) + PAD
                item.set_height(height)
                for i, card in enumerate(column.cards):
                    self.cards[card.id].setPos(x + PAD, y + HEADER_H + i * (CARD_H + GAP))
                self.grid.append((column.id, [c.id for c in column.cards]))
                row_height = max(row_height, height)
                width = max(width, x + COLUMN_W)
            y += row_height + GAP * 3
        self.setSceneRect(QRectF(0, 0, width + MARGIN, y + MARGIN))

    def position_of(self, card_id: str) -> tuple[int, int] | None:
        """(column index, row) of a card in `grid`."""
        for ci, (_cid, ids) in enumerate(self.grid):
            if card_id in ids:
                return ci, ids.index(card_id)
        return None

    # -- dragging ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._press = {item: item.pos() for item in self.selectedItems() if isinstance(item, CardItem)}
        for item in self._press:
            item.setZValue(1)  # dragged cards pass over the others

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        moved = [item for item, pos in self._press.items() if item.pos() != pos]
        for item in self._press:
            item.setZValue(0)
        self._press = {}
        if not moved:
            return
        dragged = sorted(moved, key=lambda i: (i.pos().x(), i.pos().y()))
        drop = self.drop_at(event.scenePos(), [i.card.id for i in self._in_board_order(dragged)])
        self.relayout()  # back in place until the core says where they go
        if drop is not None:
            self.dropped.emit(drop)

    def _in_board_order(self, items: list[CardItem]) -> list[CardItem]:
        order = {cid: n for n, cid in enumerate(c for _col, ids in self.grid for c in ids)}
        return sorted(items, key=lambda i: order.get(i.card.id, 0))

    def drop_at(self, point: QPointF, card_ids: list[str]) -> Drop | None:
        """What letting `card_ids` go at `point` means; None outside any column (the cards go back)."""
        for item in self.items(point):
            if isinstance(item, CardItem) and item.card.id not in card_ids:
                return Drop(card_ids, onto_card=item.card.id)
            if isinstance(item, ColumnItem):
                column = item.column
                before = next((c.id for c in column.cards if c.id not in card_ids
                               and self.cards[c.id].pos().y() + CARD_H / 2 > point.y()), None)
                return Drop(card_ids, column_id=column.id, before_id=before)
        return None
