"""Small widgets shared by several pages and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import available_timezones

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


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


class WindowShortcutsWin(QObject):
    """Lets a window's own shortcuts win over the text fields in it.

    A line edit claims some Ctrl+letter keys for itself ("ShortcutOverride"): on X11, Ctrl+E is "end of line",
    Ctrl+K "delete to the end of the line", so Ctrl+E in the Participants search did not export and Ctrl+K did
    not open the palette. Installed on the window's text fields (`watch()`), this refuses the claim when the key
    is the shortcut of one of `window`'s enabled actions, except the editing keys a field needs (copy, select
    all…). Undo and redo stay the field's while it has typing of its own to undo; then they reach the window's
    undo (on the Event page, a field's saved edits) instead of being taken by the field and doing nothing.
    """

    _EDITING = (QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste,
                QKeySequence.StandardKey.SelectAll, QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.Backspace)

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window

    def watch(self) -> None:
        """Watch every text field of the window (line edits, spin boxes' and combo boxes' too, text edits), and the
        spin, date and combo boxes themselves: they hand a key's claim to their line edit directly, past its filters
        (Ctrl+Z in the time zone or a date, after a saved edit elsewhere on the Event page, undid nothing)."""
        for field in self._window.findChildren(QLineEdit) + self._window.findChildren(QPlainTextEdit) + \
                self._window.findChildren(QTextEdit) + self._window.findChildren(QComboBox) + \
                self._window.findChildren(QAbstractSpinBox):
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._is_window_shortcut(watched, event):  # type: ignore[arg-type]
            event.ignore()  # not the field's: the shortcut map gets the key
            return True
        return False

    def _is_window_shortcut(self, watched: QObject, event: QKeyEvent) -> bool:
        if not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        undo, redo = event.matches(QKeySequence.StandardKey.Undo), event.matches(QKeySequence.StandardKey.Redo)
        if (undo or redo) and _has_own_history(watched, undo):
            return False
        if not (undo or redo) and any(event.matches(key) for key in self._EDITING):
            return False
        pressed = QKeySequence(event.keyCombination())
        return any(action.isEnabled() and pressed in action.shortcuts() for action in self._window.actions())


def _has_own_history(field: QObject, undo: bool) -> bool:
    """Whether the text `field` has typing of its own to undo (or, not `undo`, to redo)."""
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        document = field.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
    if isinstance(field, (QComboBox, QAbstractSpinBox)):
        edit = field.findChild(QLineEdit)  # a combo box that cannot be typed in has no line edit, and no history
        return edit is not None and _has_own_history(edit, undo)
    if isinstance(field, QLineEdit):
        return field.isUndoAvailable() if undo else field.isRedoAvailable()
    return True  # not a text field: its keys are its own


#: Room a title bar takes besides the title: the window's icon and its buttons (close, maximise…).
TITLE_BAR_EXTRA = 130


def fit_dialog_titles(app: QApplication) -> None:
    """From now on, widen each dialog as it comes up until its title fits in its title bar.

    Qt sizes a dialog by its contents only: a short question under a long translated title ("Votación a partir
    de los grupos") left the title cut off. Message boxes already take their title into account.
    """
    if app.property("fitsDialogTitles"):  # once per application, however many controllers (tests) it sees
        return
    app.setProperty("fitsDialogTitles", True)
    app.focusWindowChanged.connect(lambda _window: fit_title(QApplication.activeWindow()))


def fit_title(window: QWidget | None) -> None:
    """Widen `window` (a dialog) to fit its title, within its screen."""
    if not isinstance(window, QDialog) or isinstance(window, QMessageBox):
        return
    font = QFont(window.font())
    font.setBold(True)
    need = QFontMetrics(font).horizontalAdvance(window.windowTitle()) + TITLE_BAR_EXTRA
    screen = window.screen()
    if screen is not None:
        need = min(need, screen.availableGeometry().width())
    if window.minimumWidth() < need:
        window.setMinimumWidth(need)
    if window.width() < need:
        window.resize(need, window.height())


class FlowLayout(QLayout):
    """Widgets left to right at their natural size, wrapping onto a new line when the row is full (as words in a
    paragraph), so a row of buttons or filters never cuts off a long translation in a narrow window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items within `rect` (when `move`); returns the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        space = self.spacing() if self.spacing() >= 0 else 6
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden widget
                continue
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), item.minimumSize().width()))
            if x > area.x() and x + width > area.right() + 1:
                x, y, line = area.x(), y + line + space, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + space
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class _FirstPaint(QObject):
    """Calls `then` once, after the first paint of the widget it watches (and of the rest of its window)."""

    def __init__(self, widget: QWidget, then: Callable[[], object]):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)  # after this paint pass (the whole window is drawn by then); not
            # at all if the widget is gone by then
        return False


def when_painted(widget: QWidget, then: Callable[[], object]) -> None:
    """Call `then` once `widget` was first painted (the --smoke-test's "shown" moment; work the first paint
    need not wait for)."""
    _FirstPaint(widget, then)
