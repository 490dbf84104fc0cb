"""Small widgets shared by several pages and dialogs."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


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
