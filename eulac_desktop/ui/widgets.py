"""Small widgets shared by several pages and dialogs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QCompleter, QDateTimeEdit, QLineEdit, QPlainTextEdit, QWidget


def system_timezone() -> str:
    """This laptop's time zone as an IANA name ("America/Lima"), or UTC when the system does not say."""
    from ..core import event as core_event

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name in available_timezones() else core_event.default_timezone()


def wall_time_edit(moment: datetime) -> QDateTimeEdit:
    """A date-and-time field holding a wall time of the event's clocks (`moment`, without a zone): kept apart from
    this laptop's own zone, so that no daylight-saving change here moves it; written as the language does."""
    edit = QDateTimeEdit(QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute),
                                   QTimeZone.utc()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
    return edit


def wall_time(edit: QDateTimeEdit) -> str:
    """The wall time of a `wall_time_edit`, as the core takes it ("2026-12-03T10:00")."""
    return edit.dateTime().toString("yyyy-MM-ddTHH:mm")


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
        edit = self.lineEdit()
        current, cursor = self.currentText(), edit.cursorPosition()
        selection = (edit.selectionStart(), len(edit.selectedText()))
        self.blockSignals(True)
        self.clear()
        self.addItems(sorted(available_timezones()))
        self.setCurrentText(current)
        edit.setCursorPosition(cursor)
        if selection[0] >= 0:  # what the user selected (all of it, on Tab) is still replaced by what they type
            edit.setSelection(*selection)
        self.blockSignals(False)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def setCurrentText(self, text: str) -> None:
        if not self._filled and self.findText(text) < 0:
            self.addItem(text)
        super().setCurrentText(text)

    def showPopup(self) -> None:
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
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
