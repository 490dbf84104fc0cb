"""The Event page: the event's name, dates, venue, time zone, languages and welcome text; who signs the
attendance certificates, and making them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...core import event as core_event
from ...core import i18n
from ...core.registration import participant_count
from ...core.workspace import Changes
from ..certificates import CertificatesBox
from ..session import EventSession, field_edit
from ..widgets import TimeZoneBox
from .base import Page

_NO_DATE = QDate(2000, 1, 1)


class EventPage(Page):
    """Edit the event's facts; every edit is one undoable core operation."""

    shown_tables = frozenset({"events", "participants"})

    def __init__(self, session: EventSession, parent: QWidget | None = None):
        super().__init__(parent, session)
        self.session = session
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setMaxLength(core_event.MAX_NAME)
        self.start = self._date_edit()
        self.end = self._date_edit()
        self.venue = QLineEdit()
        self.timezone = TimeZoneBox()
        self.language_boxes = {code: QCheckBox(name) for code, name in i18n.LANGUAGES.items()}
        languages_row = QHBoxLayout()
        for box in self.language_boxes.values():
            languages_row.addWidget(box)
        languages_row.addStretch(1)
        self.main_language = QComboBox()
        self.welcome = QPlainTextEdit()
        self.welcome.setTabChangesFocus(True)
        self.welcome.setMaximumHeight(110)
        self.welcome.installEventFilter(self)
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels = [QLabel() for _ in range(7)]
        rows: list[Any] = [self.name, self.start, self.end, self.venue, self.timezone, languages_row, self.main_language]
        for label, field in zip(self.labels, rows):
            self.form.addRow(label, field)
        self.welcome_label = QLabel()
        self.form.addRow(self.welcome_label, self.welcome)
        self.certificates = CertificatesBox(session, self)
        self.form.addRow(self.certificates.organiser_label, self.certificates.organiser)
        self.form.addRow(self.certificates.signature_label, self.certificates.signature_row)
        self.form.addRow(self.certificates.make_label, self.certificates.make_row)
        form_box = QWidget()
        form_box.setLayout(self.form)
        form_box.setMaximumWidth(820)
        self.body.addWidget(form_box)
        self.body.addSpacing(12)
        self.body.addWidget(self.summary)
        self.body.addStretch(1)
        for label, field in zip([*self.labels, self.welcome_label], [*rows[:5], self.language_boxes["en"], self.main_language, self.welcome]):
            label.setBuddy(field)

        self.name.editingFinished.connect(lambda: self._commit("name", self.name.text()))
        self.venue.editingFinished.connect(lambda: self._commit("venue", self.venue.text()))
        self.start.editingFinished.connect(lambda: self._commit("start_date", self._date_value(self.start)))
        self.end.editingFinished.connect(lambda: self._commit("end_date", self._date_value(self.end)))
        self.timezone.activated.connect(lambda _i: self._commit("timezone", self.timezone.currentText()))
        self.timezone.lineEdit().editingFinished.connect(lambda: self._commit("timezone", self.timezone.currentText()))
        for box in self.language_boxes.values():
            box.toggled.connect(lambda _on: self._commit("languages", self._languages_value()))
        self.main_language.activated.connect(lambda _i: self._commit("languages", self._languages_value()))
        self.session.changed.connect(self.certificates.refresh)
        self.set_read_only(session.ws.read_only)
        self._translate_texts()
        self.refresh(None)  # (and the summary, read once)
        self.stale = False  # just read: not read again as it is first shown

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DATE)
        return edit

    @staticmethod
    def _date_value(edit: QDateEdit) -> str | None:
        return None if edit.date() == _NO_DATE else edit.date().toString(Qt.DateFormat.ISODate)

    def _languages_value(self) -> list[str]:
        checked = [code for code, box in self.language_boxes.items() if box.isChecked()]
        main = self.main_language.currentData()
        return ([main] if main in checked else []) + [c for c in checked if c != main]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.welcome and event.type() == QEvent.Type.FocusOut:
            self._commit("welcome_text", self.welcome.toPlainText())
        return super().eventFilter(watched, event)

    def _commit(self, field: str, value: Any) -> None:
        if self._loading:
            return
        current = core_event.get_event(self.session.ws).as_dict()
        if current[field] == value or (field in ("venue", "welcome_text", "name") and current[field] == str(value).strip()):
            return
        labels = {"name": self.tr("Edit the event's name"), "start_date": self.tr("Edit the start date"),
                  "end_date": self.tr("Edit the end date"), "venue": self.tr("Edit the venue"),
                  "timezone": self.tr("Edit the time zone"), "languages": self.tr("Edit the languages"),
                  "welcome_text": self.tr("Edit the welcome text")}
        ws = self.session.ws
        if self.session.run(labels[field], *field_edit(lambda values: core_event.update_event(ws, **values), {field: value}),
                            self) is None:
            self.refresh(None)  # refused: show the stored value again

    _loading = False

    def refresh(self, changes: Changes | None) -> None:
        info = core_event.get_event(self.session.ws)
        self._loading = True
        try:
            if not self.name.hasFocus() or changes is not None:
                self.name.setText(info.name)
            self.venue.setText(info.venue)
            for edit, value in ((self.start, info.start_date), (self.end, info.end_date)):
                edit.setDate(QDate.fromString(value, Qt.DateFormat.ISODate) if value else _NO_DATE)
            self.timezone.setCurrentText(info.timezone)
            for code, box in self.language_boxes.items():
                box.setChecked(code in info.languages)
            self._fill_main_language(info.languages)
            if self.welcome.toPlainText() != info.welcome_text:
                self.welcome.setPlainText(info.welcome_text)
        finally:
            self._loading = False
        self._update_summary()

    def _fill_main_language(self, languages: list[str]) -> None:
        self.main_language.clear()
        for code in languages:
            self.main_language.addItem(i18n.LANGUAGES.get(code, code), code)
        self.main_language.setCurrentIndex(0)

    def _update_summary(self) -> None:
        ws = self.session.ws
        lines = [
            self.tr("%n participant(s) registered", "", participant_count(ws)),
            self.tr("Last change: %1 (%2)").replace("%1", self._format_moment(core_event.last_change_at(ws))).replace(
                "%2", core_event.get_event(ws).timezone),
            self.tr("File: %1 (file format %2)").replace("%1", str(ws.path)).replace("%2", str(ws.schema_version)),
        ]
        self.summary.setText("\n".join(lines))

    @staticmethod
    def _format_moment(moment: datetime | None) -> str:
        """A moment in the event's time zone, as the interface's language writes it."""
        if moment is None:
            return "—"
        wall = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second))
        return QLocale().toString(wall, QLocale.FormatType.ShortFormat)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.name, self.venue, self.welcome):
            widget.setReadOnly(read_only)
        for widget in (self.start, self.end):
            widget.setReadOnly(read_only)
        for widget in (self.timezone, self.main_language, *self.language_boxes.values()):
            widget.setEnabled(not read_only)
        self.certificates.set_read_only(read_only)

    def retranslate(self) -> None:
        self._translate_texts()
        self._update_summary()

    def _translate_texts(self) -> None:
        """The page's own texts in the current language (the summary aside: it reads the event file)."""
        self.title.setText(self.tr("Event"))
        texts = [self.tr("&Name"), self.tr("&Starts"), self.tr("En&ds"), self.tr("Ven&ue"), self.tr("&Time zone"),
                 self.tr("&Languages"), self.tr("&Main language")]
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.welcome_label.setText(self.tr("&Welcome text"))
        self.welcome.setPlaceholderText(self.tr("Shown on the projector when people arrive"))
        self.certificates.retranslate()
        self.form.invalidate()  # the buttons' texts changed width with the language: lay them out at once
        self.form.activate()
        self.name.setAccessibleName(self.tr("Event name"))
        for edit in (self.start, self.end):
            edit.setSpecialValueText(self.tr("Not set"))
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
