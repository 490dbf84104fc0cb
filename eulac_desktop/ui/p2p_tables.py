"""One round of a P2P plan as a tree: each table (number, topic, working language) with its people; a person
dragged onto another table asks to move there (`moved`), and the page moves them through the core."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragMoveEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from ..core.i18n import get_language, language_name

PERSON, TABLE = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


class RoundTables(QTreeWidget):
    """Tables of one round; drag a person onto another table (or one of its people) to move them."""

    moved = Signal(str, int)  # participant id, table number

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setColumnCount(4)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        header = self.header()  # every column in view, whatever the language's words (no scrolling to the notes)
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Fixed)):
            header.setSectionResizeMode(column, mode)
        self.editable = True

    def fill(self, tables: list[dict[str, Any]], names: dict[str, str], topics: dict[str, str],
             people_note: str, interprets_note: str, warnings: dict[int, list[str]] | None = None) -> None:
        """Show `tables` (the plan's round): a row per table, a row per person under it, open. A table with
        `warnings` (what breaks a rule or a goal there) is marked, and says them in its last column."""
        self.clear()
        for table in tables:
            by_email = dict(zip(table["participants"], table["participant_ids"]))
            helps: dict[str, list[str]] = {}  # interpreter → the people they interpret for
            for pair in table.get("interpreters", []):
                helps.setdefault(by_email.get(pair["interpreter"], ""), []).append(by_email.get(pair["for"], ""))
            item = QTreeWidgetItem(self, [people_note.replace("%1", str(table["table"])).replace(
                "%2", str(len(table["participant_ids"]))), topics.get(table["topic"], table["topic"]),
                language_name(table["language"], get_language()), ""])
            item.setData(0, TABLE, table["table"])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            notes = (warnings or {}).get(table["table"])
            if notes:
                item.setText(3, "⚠ " + "; ".join(notes))
                item.setToolTip(3, "\n".join(notes))
                item.setForeground(3, QBrush(QColor("#9a3412")))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for pid in table["participant_ids"]:
                note = interprets_note.replace("%1", ", ".join(names.get(q, q) for q in helps[pid])) if pid in helps else ""
                child = QTreeWidgetItem(item, [names.get(pid, pid), "", "", note])
                child.setData(0, PERSON, pid)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
                child.setFlags(flags | Qt.ItemFlag.ItemIsDragEnabled if self.editable else flags)
        self.expandAll()

    def set_titles(self, labels: list[str]) -> None:
        """The columns' titles, the notes column made wide enough for its own."""
        self.setHeaderLabels(labels)
        self._fit_notes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_notes()

    def _fit_notes(self) -> None:
        """The notes column: a third of the view, or its title's width when that is more (Spanish's is long)."""
        title = self.headerItem().text(3)
        margin = 3 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        self.header().resizeSection(3, max(self.viewport().width() // 3,
                                           self.header().fontMetrics().horizontalAdvance(title) + margin))

    def table_count(self) -> int:
        return self.topLevelItemCount()

    def people_of(self, row: int) -> list[str]:
        item = self.topLevelItem(row)
        return [item.child(i).text(0) for i in range(item.childCount())]

    def _target(self, event: QDropEvent | QDragMoveEvent) -> int | None:
        item = self.itemAt(event.position().toPoint())
        if item is not None and item.parent() is not None:
            item = item.parent()
        return None if item is None else item.data(0, TABLE)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._target(event) is None:
            event.ignore()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Ask for the move; the tree itself is redrawn from the plan once the core has moved the person."""
        dragged = self.selectedItems()
        target = self._target(event)
        event.ignore()  # Qt must not move the row itself
        if not dragged or target is None or dragged[0].data(0, PERSON) is None:
            return
        if dragged[0].parent() is not None and dragged[0].parent().data(0, TABLE) == target:
            return
        self.moved.emit(dragged[0].data(0, PERSON), int(target))
