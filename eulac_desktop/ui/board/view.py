"""The board view: zoom, pan and fit; the keyboard does everything the mouse does.

Space + drag pans. Arrows move between cards (Shift extends the selection), a cluster's number (0 for the unsorted ideas,
two digits typed quickly for clusters 10 and up) moves the selected cards there, Enter opens a card.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from .items import CardItem, ColumnItem
from .scene import BoardScene

_DIGIT_WAIT_MS = 700
MIN_ZOOM, MAX_ZOOM = 0.03, 3.0  # 0.03: "fit" shows a whole board of 500 cards


class BoardView(QGraphicsView):
    """Shows a `BoardScene`. Signals carry what the person asked for; the page does it through the core."""

    number_typed = Signal(int)  # move the selected cards to the cluster of this number (0: unsorted)
    open_card = Signal(str)  # show a card's whole text, to read or edit

    def __init__(self, scene: BoardScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.board_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        # the board grows from its top-left corner: centred, it would shift under the pointer whenever a move
        # makes a column longer or shorter
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.current: str | None = None
        self._digits = ""
        self._digit_timer = QTimer(self, singleShot=True, interval=_DIGIT_WAIT_MS)
        self._digit_timer.timeout.connect(self._commit_digits)
        self._panning = False

    # -- zoom and pan --------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor)) / self.zoom()
        self.scale(factor, factor)

    def reset_zoom(self) -> None:
        self.resetTransform()

    def fit(self) -> None:
        """The whole board in the window (never larger than life)."""
        rect = self.board_scene.itemsBoundingRect().adjusted(-12, -12, 12, 12)
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1:
            self.resetTransform()
        elif self.zoom() < MIN_ZOOM:
            self.zoom_by(1)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 ** (event.angleDelta().y() / 120))
            event.accept()
        else:
            super().wheelEvent(event)

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().mousePressEvent(event)
        item = self.board_scene.mouseGrabberItem()
        if isinstance(item, CardItem):
            self.current = item.card.id

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().mouseReleaseEvent(event)
        if self._panning and not self._space_down:
            self._stop_pan()

    def mouseDoubleClickEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, CardItem):
            self.open_card.emit(item.card.id)
            return
        super().mouseDoubleClickEvent(event)

    _space_down = False

    def _start_pan(self) -> None:
        self._panning = True
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setInteractive(False)

    def _stop_pan(self) -> None:
        self._panning = False
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setInteractive(True)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self._stop_pan()
            return
        super().keyReleaseEvent(event)

    # -- keyboard ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and plain:
            self.step(*arrows[key], extend=bool(mods & Qt.KeyboardModifier.ShiftModifier))
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and plain:
            self._digits += chr(key)
            self._digit_timer.start()
            if self._digits == "0" or len(self._digits) == 2 or int(self._digits + "0") > len(self.board_scene.grid) - 1:
                self._commit_digits()  # no cluster number starts with these digits: no need to wait
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._digits:
            self._commit_digits()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current:
            self.open_card.emit(self.current)
        elif key == Qt.Key.Key_Escape and self._digits:
            self._digits = ""
            self._digit_timer.stop()
        elif key == Qt.Key.Key_Space and plain and not event.isAutoRepeat():
            self._space_down = True
            self._start_pan()
        elif key == Qt.Key.Key_A and mods & Qt.KeyboardModifier.ControlModifier:
            for item in self.board_scene.cards.values():
                item.setSelected(True)
        else:
            super().keyPressEvent(event)

    def _commit_digits(self) -> None:
        self._digit_timer.stop()
        digits, self._digits = self._digits, ""
        if digits:
            self.number_typed.emit(int(digits))

    def step(self, dx: int, dy: int, extend: bool = False) -> None:
        """Move the current card by columns (dx) or rows (dy)."""
        grid = [ids for _cid, ids in self.board_scene.grid]
        if not any(grid):
            return
        here = self.board_scene.position_of(self.current) if self.current else None
        if here is None:
            ci = next(i for i, ids in enumerate(grid) if ids)
            self.select_card(grid[ci][0], extend)
            return
        ci, ri = here
        if dy:
            ri = max(0, min(len(grid[ci]) - 1, ri + dy))
        else:
            cj = ci + dx
            while 0 <= cj < len(grid) and not grid[cj]:
                cj += dx
            if not 0 <= cj < len(grid):
                return
            ci, ri = cj, min(ri, len(grid[cj]) - 1)
        self.select_card(grid[ci][ri], extend)

    def select_card(self, card_id: str, extend: bool = False) -> None:
        """Make a card current (and selected), scrolled into view."""
        item = self.board_scene.cards.get(card_id)
        if item is None:
            return
        if not extend:
            self.board_scene.clearSelection()
        item.setSelected(True)
        item.setFocus()
        self.current = card_id
        self.ensureVisible(item, 24, 24)

    def selected_cards(self) -> list[str]:
        """The selected cards in board order."""
        order = [c for _cid, ids in self.board_scene.grid for c in ids]
        chosen = {i.card.id for i in self.board_scene.selectedItems() if isinstance(i, CardItem)}
        return [c for c in order if c in chosen]

    def selected_columns(self) -> list[str | None]:
        """Columns selected themselves, or holding a selected card, in board order."""
        chosen = {i.column.id for i in self.board_scene.selectedItems() if isinstance(i, ColumnItem)}
        for card in self.selected_cards():
            here = self.board_scene.position_of(card)
            if here is not None:
                chosen.add(self.board_scene.grid[here[0]][0])
        return [cid for cid, _ids in self.board_scene.grid if cid in chosen]

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
