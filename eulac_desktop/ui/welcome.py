"""The welcome screen: new event, open, set up this laptop from a setup bundle, the recent events, the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from .. import __version__
from .pages.base import title_label
from .settings import Settings


class WelcomeWindow(QWidget):
    """Shown when no event is open. Emits what the user asked for; the controller does it."""

    new_requested = Signal()
    new_master_requested = Signal()
    open_requested = Signal()
    setup_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)
    preferences_requested = Signal()

    def __init__(self, settings: Settings):
        super().__init__()
        self.settings = settings
        self.setObjectName("welcome")
        self.resize(760, 520)
        self.heading = title_label()
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.setup_button = QPushButton()
        self.demo_button = QPushButton()
        self.master_button = QPushButton()
        self.preferences_button = QPushButton()
        for button, signal in ((self.new_button, self.new_requested), (self.open_button, self.open_requested),
                               (self.setup_button, self.setup_requested),
                               (self.demo_button, self.demo_requested), (self.master_button, self.new_master_requested),
                               (self.preferences_button, self.preferences_requested)):
            button.setMinimumHeight(36)
            button.clicked.connect(signal.emit)
        for keys, signal in (("Ctrl+N", self.new_requested), ("Ctrl+O", self.open_requested),
                             ("Ctrl+D", self.demo_requested), ("Ctrl+,", self.preferences_requested)):
            QShortcut(QKeySequence(keys), self, signal.emit)
        self.recent_label = QLabel()
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.recent, self._forget_selected)
        self.recent_hint = QLabel()
        self.recent_hint.setWordWrap(True)

        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.setup_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.master_button)
        buttons.addWidget(self.preferences_button)
        recent = QVBoxLayout()
        recent.addWidget(self.recent_label)
        recent.addWidget(self.recent, 1)
        recent.addWidget(self.recent_hint)
        columns = QHBoxLayout()
        columns.addLayout(buttons, 2)
        columns.addSpacing(16)
        columns.addLayout(recent, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addSpacing(16)
        layout.addLayout(columns, 1)
        self.retranslate()

    def fill_recent(self) -> None:
        """The recent events, newest first; a file that has gone is shown as missing."""
        self.recent.clear()
        for path in self.settings.recent_files():
            exists = Path(path).exists()
            name = Path(path).name
            text = f"{name}\n{path}" if exists else self.tr("%1 (missing)\n%2").replace("%1", name).replace("%2", path)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, path)
            if not exists:
                item.setForeground(self.palette().placeholderText())
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)

    def _forget_selected(self) -> None:
        item = self.recent.currentItem()
        if item:
            self.settings.remove_recent(item.data(Qt.ItemDataRole.UserRole))
            self.fill_recent()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("eulac-desktop %1").replace("%1", __version__))
        self.heading.setText(self.tr("Welcome to eulac-desktop"))
        self.subtitle.setText(self.tr("Register participants, check them in, capture ideas, vote and plan peer-to-peer "
                                      "learning — all offline, on this laptop."))
        self.new_button.setText(self.tr("&New event…  (Ctrl+N)"))
        self.open_button.setText(self.tr("&Open an event…  (Ctrl+O)"))
        self.setup_button.setText(self.tr("Set up this &laptop from a setup bundle…"))
        self.setup_button.setToolTip(self.tr("A second laptop for the same event: use the setup bundle the coordinator "
                                             "exported (Results › Export a setup bundle…)"))
        self.demo_button.setText(self.tr("Open the &demo event  (Ctrl+D)"))
        self.master_button.setText(self.tr("New &master file (coordinators)…"))
        self.master_button.setToolTip(self.tr("A master file gathers the result bundles of several events"))
        self.preferences_button.setText(self.tr("&Preferences…"))
        self.recent_label.setText(self.tr("Recent events"))
        self.recent.setAccessibleName(self.tr("Recent events"))
        self.recent_hint.setText(self.tr("Enter opens the selected event; Delete removes it from this list."))
        self.fill_recent()
