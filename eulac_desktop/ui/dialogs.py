"""Dialogs: a new event, preferences, about."""

from __future__ import annotations

import html
import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core import event as core_event
from ..core import i18n, paths
from ..core.errors import EulacError
from ..core.workspace import EXTENSION, Workspace
from .settings import Settings
from .widgets import TimeZoneBox, system_timezone


class NewEventDialog(QDialog):
    """Name, dates, place, languages and where to save a new event file."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("New event"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(core_event.MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Co-Innovation Lab on research infrastructures"))
        today = QDate.currentDate()
        self.start = QDateEdit(today)
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        self.start.dateChanged.connect(lambda d: self.end.setDate(max(d, self.end.date())))
        self.venue = QLineEdit()
        self.timezone = TimeZoneBox()
        self.timezone.setCurrentText(system_timezone())
        self.languages = {code: QCheckBox(name) for code, name in i18n.LANGUAGES.items()}
        for code in ("es", "pt", "en"):
            self.languages[code].setChecked(True)
        languages_row = QHBoxLayout()
        for box in self.languages.values():
            languages_row.addWidget(box)
        self.file = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Starts"), self.start)
        form.addRow(self.tr("En&ds"), self.end)
        form.addRow(self.tr("Ven&ue"), self.venue)
        form.addRow(self.tr("&Time zone"), self.timezone)
        form.addRow(self.tr("&Languages"), languages_row)
        form.addRow(self.tr("Save &as"), file_row)
        # a row holding a layout gets a label with no buddy, which would show its "&" and ignore its Alt+key
        for field, buddy in ((languages_row, next(iter(self.languages.values()))), (file_row, self.file)):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(buddy)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.textChanged.connect(self._suggest_file)
        self._suggested = True
        self.file.textEdited.connect(lambda _t: setattr(self, "_suggested", False))
        self.created: Workspace | None = None
        self._suggest_file("")

    def _folder(self) -> Path:
        last = self.settings.last_folder()
        return Path(last) if last and Path(last).is_dir() else Path.home()

    def _suggest_file(self, name: str) -> None:
        if self._suggested:
            stem = "".join(c if c.isalnum() or c in "-_ " else "" for c in name).strip().replace(" ", "-") or self.tr("event")
            self.file.setText(str(self._folder() / f"{stem}{EXTENSION}"))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the new event as"), self.file.text(),
                                                    self.tr("Event files (*.eulac)"))
        if path:
            if not path.endswith(EXTENSION):
                path += EXTENSION
            self.file.setText(path)
            self._suggested = False

    def _languages(self) -> list[str]:
        """The ticked languages, the interface's language first when it is one of them (the main one)."""
        ticked = [code for code, box in self.languages.items() if box.isChecked()]
        main = i18n.get_language()
        return ([main] if main in ticked else []) + [code for code in ticked if code != main]

    def _create(self) -> None:
        path = Path(self.file.text().strip())
        try:
            self.created = core_event.create_event_file(
                path, name=self.name.text(), start_date=self.start.date().toString(Qt.DateFormat.ISODate),
                end_date=self.end.date().toString(Qt.DateFormat.ISODate), venue=self.venue.text(),
                languages=self._languages(),
                timezone=self.timezone.currentText())
        except EulacError as exc:
            self.error.setText(f"{exc.text()} {exc.hint_text()}".strip())
            return
        self.settings.set_last_folder(path.parent)
        self.accept()


class PreferencesDialog(QDialog):
    """Language (applied at once and remembered); the theme follows the system."""

    def __init__(self, settings: Settings, apply_language, parent: QWidget | None = None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.settings = settings
        self._apply_language = apply_language
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        theme = QLabel(self.tr("The colours follow your system's light or dark theme."))
        theme.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Theme"), theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _language_changed(self, _index: int) -> None:
        code = self.language.currentData()
        self.settings.language = code
        self._apply_language(code)


def show_about(parent: QWidget | None, device_text: str) -> None:
    """Version, libraries, licences of the shipped fonts, and where the user's files are."""
    text = QCoreApplication.translate(
        "About",
        "<h3>eulac-desktop %1</h3>"
        "<p>Runs participatory events — registration, check-in, ideas, voting, P2P learning — offline.</p>"
        "<p>Python %2 · Qt for Python %3 · %4</p>"
        "<p>Fonts: Noto Sans, SIL Open Font License 1.1.</p>"
        "<p>This device: %5<br>Settings and keys: %6</p>"
    )
    for i, value in enumerate((__version__, platform.python_version(), pyside_version, sys.platform, device_text,
                               str(paths.config_dir())), 1):
        text = text.replace(f"%{i}", value)
    text += "<p>" + QCoreApplication.translate("About", "The log, to send with a problem report: %1").replace(
        "%1", "<br>" + html.escape(str(paths.log_dir()))) + "</p>"
    QMessageBox.about(parent, QCoreApplication.translate("About", "About eulac-desktop"), text)
