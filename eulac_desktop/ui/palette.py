"""The command palette (Ctrl+K): type a few letters of any action, press Enter to run it."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget


def _plain(text: str) -> str:
    """Lower case, no accents, no mnemonic ampersands: "&Édition" → "edition"."""
    text = text.replace("&", "")
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


class CommandPalette(QDialog):
    """Lists every enabled action of a window with its shortcut; filters as you type."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Command palette"))
        self.setMinimumWidth(520)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type a command…"))
        self.query.setAccessibleName(self.tr("Command"))
        self.list = QTreeWidget()
        self.list.setColumnCount(2)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setAccessibleName(self.tr("Matching commands"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        self._actions = [a for a in actions if a.isEnabled() and a.text() and not a.menu()]
        self.query.textChanged.connect(self._filter)
        self.query.installEventFilter(self)
        self.list.itemActivated.connect(lambda item, _column: self._run(item))
        self._filter("")

    def _filter(self, text: str) -> None:
        words = _plain(text).split()
        self.list.clear()
        for action in self._actions:
            label = action.text().replace("&", "")
            if all(w in _plain(label) for w in words):
                shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                item = QTreeWidgetItem([label, shortcut])
                item.setData(0, Qt.ItemDataRole.UserRole, action)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.list.addTopLevelItem(item)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def labels(self) -> list[str]:
        """The commands shown, with their shortcuts ("Projector\tF5")."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [f"{item.text(0)}\t{item.text(1)}".rstrip("\t") for item in items]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.list.keyPressEvent(event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.list.currentItem()
                if item:
                    self._run(item)
                return True
        return super().eventFilter(watched, event)

    def _run(self, item: QTreeWidgetItem) -> None:
        action: QAction = item.data(0, Qt.ItemDataRole.UserRole)
        self.accept()
        action.trigger()
