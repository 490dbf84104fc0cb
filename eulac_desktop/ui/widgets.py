"""Small widgets shared by several pages and dialogs."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QApplication, QComboBox, QCompleter, QDialog, QLineEdit, QMessageBox, QPlainTextEdit,
                               QTextEdit, QWidget)


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


class WindowShortcutsWin(QObject):
    """Lets a window's own shortcuts win over the text fields in it.

    A line edit claims some Ctrl+letter keys for itself ("ShortcutOverride"): on X11, Ctrl+E is "end of line",
    Ctrl+K "delete to the end of the line", so Ctrl+E in the Participants search did not export and Ctrl+K did
    not open the palette. Installed on the application, this refuses the claim when the key is the shortcut of
    one of `window`'s enabled actions, except the editing keys a field needs (undo, copy, select all…).
    `watch()` puts it on the window's text fields.
    """

    _EDITING = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.Cut,
                QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.SelectAll,
                QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.Backspace)

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window

    def watch(self) -> None:
        """Watch every text field of the window (line edits, spin boxes' and combo boxes' too, text edits)."""
        for field in self._window.findChildren(QLineEdit) + self._window.findChildren(QPlainTextEdit) + \
                self._window.findChildren(QTextEdit):
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ShortcutOverride and self._is_window_shortcut(event):  # type: ignore[arg-type]
            event.ignore()  # not the field's: the shortcut map gets the key
            return True
        return False

    def _is_window_shortcut(self, event: QKeyEvent) -> bool:
        if not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if any(event.matches(key) for key in self._EDITING):
            return False
        pressed = QKeySequence(event.keyCombination())
        return any(action.isEnabled() and pressed in action.shortcuts() for action in self._window.actions())


#: Room a title bar takes besides the title: the window's icon and its buttons (close, maximise…).
TITLE_BAR_EXTRA = 130


def fit_dialog_titles(app: QApplication) -> None:
    """From now on, widen each dialog as it comes up until its title fits in its title bar.

    Qt sizes a dialog by its contents only: a short question under a long translated title ("Votación a partir
    de los grupos") left the title cut off. Message boxes already take their title into account.
    """
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
