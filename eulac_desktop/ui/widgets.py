"""Small widgets shared by several pages and dialogs."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget


class TimeZoneBox(QComboBox):
    """An editable list of IANA time zones ("America/Lima"), typed with completion.

    The ~600 zone names are read when first needed (popup, focus, typing), not at start-up.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._filled = False
        self.lineEdit().installEventFilter(self)

    def _fill(self) -> None:
        if self._filled:
            return
        self._filled = True
        current = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(sorted(available_timezones()))
        self.setCurrentText(current)
        self.blockSignals(False)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def setCurrentText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if not self._filled and self.findText(text) < 0:
            self.addItem(text)
        super().setCurrentText(text)

    def showPopup(self) -> None:  # noqa: N802
        self._fill()
        super().showPopup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.KeyPress):
            self._fill()
        return super().eventFilter(watched, event)


class WindowUndo(QObject):
    """Ctrl+Z (and redo) in a field that has nothing of its own to undo reaches the window's undo (the
    event's: the field's saved edits), instead of being taken by the field and doing nothing."""

    def __init__(self, parent: QObject, *fields: QWidget):
        super().__init__(parent)
        for field in fields:
            field.installEventFilter(self)
            for inner in field.findChildren(QLineEdit):  # a date edit's or an editable combo box's text
                inner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)  # type: ignore[attr-defined]
        redo = event.matches(QKeySequence.StandardKey.Redo)  # type: ignore[attr-defined]
        if not (undo or redo):
            return False
        text = watched if isinstance(watched, (QLineEdit, QPlainTextEdit)) else watched.findChild(QLineEdit)
        if isinstance(text, QPlainTextEdit):
            available = text.document().isUndoAvailable() if undo else text.document().isRedoAvailable()
        else:
            available = text is not None and (text.isUndoAvailable() if undo else text.isRedoAvailable())
        if available:
            return False
        event.ignore()  # not overridden: the window's shortcut takes it
        return True
