"""The Check-in page: scan badges (the scanner works wherever focus is), see each result big, count.

Each result shows a colour, an icon, a word and the name: green checked in, amber already checked in
(at what time, at which desk), red refused (and why). The result appears only after the check-in is
committed; a failed commit (disk full, read-only) shows red with the reason.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QFont, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import checkin
from ...core import event as core_event
from ...core.countries import country_name
from ...core.device import shown_name
from ...core.errors import EulacError
from ...core.text import display_name, safe_display
from ...core.vocabulary import REGIONS, region_label, role_label
from ...core.workspace import Changes
from ..session import EventSession
from ..settings import Settings
from ..sounds import ResultSounds
from .base import Page

COLOURS = {checkin.CHECKED_IN: ("#1b5e20", "#e8f5e9"), checkin.ALREADY: ("#7a4f01", "#fff4d6"),
           checkin.REFUSED: ("#8e0000", "#fdecea")}
ICONS = {checkin.CHECKED_IN: "SP_DialogApplyButton", checkin.ALREADY: "SP_MessageBoxWarning",
         checkin.REFUSED: "SP_MessageBoxCritical"}


class ResultPanel(QFrame):
    """One scan's result, large: an icon, a word, the name and what it means."""

    def __init__(self, parent: QWidget | None = None, scale: float = 1.0):
        super().__init__(parent)
        self.setObjectName("scanResult")
        self.scale = scale
        self.icon = QLabel()
        self.word = QLabel()
        self.name = QLabel()
        self.detail = QLabel()
        for label, size, bold in ((self.word, 2.2, True), (self.name, 2.6, True), (self.detail, 1.3, False)):
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * size * scale)
            font.setBold(bold)
            label.setFont(font)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        for widget in (self.icon, self.word, self.name, self.detail):
            layout.addWidget(widget)
        self.status = ""
        self.clear()

    def clear(self) -> None:
        self.status = ""
        self.setStyleSheet("QFrame#scanResult { border: 2px dashed palette(mid); border-radius: 12px; }")
        self.icon.clear()
        self.word.setText(self.tr("Ready: scan a badge"))
        self.name.clear()
        self.detail.clear()

    def show_result(self, status: str, word: str, name: str, detail: str) -> None:
        self.status = status
        fg, bg = COLOURS[status]
        self.setStyleSheet(f"QFrame#scanResult {{ background: {bg}; border: 4px solid {fg}; border-radius: 12px; }}"
                           f"QFrame#scanResult QLabel {{ color: {fg}; background: transparent; }}")
        size = int(72 * self.scale)
        from PySide6.QtWidgets import QStyle  # its enums are slow to load: not at start-up

        icon = self.style().standardIcon(getattr(QStyle.StandardPixmap, ICONS[status]))
        self.icon.setPixmap(icon.pixmap(size, size))
        self.word.setText(word)
        self.name.setText(safe_display(name))
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{word}. {name}. {detail}")


class CheckInPage(Page):
    """Scan field, big result, sessions, counters and a look-up by name for forgotten badges."""

    shown_tables = frozenset({"checkins", "attendance", "participants", "sessions"})

    def __init__(self, session: EventSession, parent: QWidget | None = None):
        super().__init__(parent, session)
        self.session = session
        self.filter = checkin.DoubleScanFilter()
        self.where = QComboBox()
        self.where.setAccessibleName(self.tr("Check in at"))
        self.where.currentIndexChanged.connect(lambda _i: self.refresh(None))
        # the desk as last named on this laptop; at first the laptop's own name ("Desk 2"), given on its first use
        self.desk = QLineEdit(Settings().desk() or shown_name(session.ws.device.name) or self.tr("Desk 1"))
        self.desk.setMaximumWidth(200)
        self.desk.editingFinished.connect(lambda: Settings().set_desk(self.desk.text().strip()))
        self.scan_field = QLineEdit()
        self.scan_field.setAccessibleName(self.tr("Badge code"))
        self.scan_field.returnPressed.connect(lambda: self.handle_scan(self.scan_field.text()))
        self.result = ResultPanel()
        self.result.setMinimumHeight(300)
        self.counters = QLabel()
        self.counters.setTextFormat(Qt.TextFormat.PlainText)
        self.counters.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        font = QFont(self.counters.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.counters.setFont(font)
        self.lookup = QLineEdit()
        self.lookup.setClearButtonEnabled(True)
        self.lookup.textChanged.connect(self._fill_lookup)
        self.lookup.returnPressed.connect(self._check_in_looked_up)
        self.lookup_results = QComboBox()
        self.lookup_button = QPushButton()
        self.lookup_button.clicked.connect(self._check_in_looked_up)
        top = QFormLayout()
        self.where_label, self.desk_label, self.scan_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.where_label, self.where), (self.desk_label, self.desk), (self.scan_label, self.scan_field)):
            label.setBuddy(field)
            top.addRow(label, field)
        lookup_row = QHBoxLayout()
        lookup_row.addWidget(self.lookup, 2)
        lookup_row.addWidget(self.lookup_results, 3)
        lookup_row.addWidget(self.lookup_button)
        self.lookup_label = QLabel()
        self.lookup_label.setBuddy(self.lookup)
        grid = QGridLayout()
        grid.addWidget(self.result, 0, 0)
        self.counters_column = QVBoxLayout()
        self.counters_column.addWidget(self.counters, 1)
        grid.addLayout(self.counters_column, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(top)
        self.body.addLayout(grid, 1)
        self.body.addWidget(self.lookup_label)
        self.body.addLayout(lookup_row)
        self.sounds = ResultSounds(self)
        self.sound_box = QCheckBox()
        self.sound_box.setChecked(True)
        self.sound_box.toggled.connect(lambda on: setattr(self.sounds, "muted", not on))
        self.webcam_button = QPushButton()
        self.webcam_button.setCheckable(True)
        self.webcam_button.toggled.connect(self._show_webcam)
        self.webcam = None
        tools = QHBoxLayout()
        tools.addWidget(self.sound_box)
        tools.addWidget(self.webcam_button)
        self.sessions_button = QPushButton()
        self.sessions_button.clicked.connect(self.edit_sessions)
        self.sessions_button.setEnabled(not session.ws.read_only)
        tools.addWidget(self.sessions_button)
        tools.addStretch(1)
        self.body.insertLayout(1, tools)
        self.kiosk_button = QPushButton()
        self.kiosk_button.clicked.connect(self.start_kiosk)
        self.kiosk_button.setEnabled(not session.ws.read_only)
        self.body.addWidget(self.kiosk_button, 0, Qt.AlignmentFlag.AlignRight)
        for button in (self.lookup_button, self.webcam_button, self.sessions_button, self.kiosk_button):
            button.setAutoDefault(True)  # Enter presses it, as Space does
        self.kiosk = None
        self.act_lookup = QAction(self)
        self.act_lookup.setShortcut(QKeySequence("Ctrl+L"))
        self.act_lookup.triggered.connect(lambda: (self.lookup.setFocus(), self.lookup.selectAll()))
        self.addAction(self.act_lookup)
        self.retranslate()

    # -- scanning ------------------------------------------------------------------------------

    def session_id(self) -> str | None:
        return self.where.currentData() or None

    def take_scan(self, code: str) -> bool:
        """A badge scanned anywhere in the window while the page is shown checks its person in."""
        self.handle_scan(code)
        return True

    def handle_scan(self, text: str) -> checkin.ScanResult | None:
        """Check in from a scanned code; show the result once it is committed."""
        self.scan_field.setText("")  # not clear(): the field's own Ctrl+Z would bring the code back, to scan twice
        if not text.strip() or self.filter.is_repeat(text):
            return None  # a badge held in front of the scanner: already shown
        ws, desk, session_id = self.session.ws, self.desk.text().strip(), self.session_id()
        # Ctrl+Z withdraws the check-in (its tombstone travels); redo brings it back
        result = self.session.run(self._undo_text(checkin.identify(ws, text)),
                                  lambda: checkin.scan(ws, text, desk=desk, session_id=session_id),
                                  widget=self, refused=self._not_saved)
        if result is not None:
            self.show_scan_result(result)
        return result

    def _undo_text(self, person: dict[str, Any] | None) -> str:
        """"Check in NAME", as the Edit menu's Undo and Redo name the step."""
        name = safe_display(display_name(person)) if person else ""
        return self.tr("Check in %1").replace("%1", name) if name else self.tr("Check in")

    def _not_saved(self, exc: EulacError) -> None:
        """Not committed (disk full, read-only…): never green."""
        self.result.show_result(checkin.REFUSED, self.tr("Not saved"), "", exc.text())
        self.sounds.play(checkin.REFUSED)

    def show_scan_result(self, result: checkin.ScanResult) -> None:
        """Show a result in the panel, with its sound."""
        self.sounds.play(result.status)
        where = self.where.currentText()
        if result.status == checkin.CHECKED_IN:
            detail = " · ".join(x for x in (country_name(result.country) if result.country else "",
                                           self.role_label(result.role), where) if x)
            self.result.show_result(result.status, self.tr("Welcome!"), result.name, detail)
        elif result.status == checkin.ALREADY:
            detail = self.tr("At %1, %2").replace("%1", self._time(result.at)).replace(
                "%2", result.desk or "—")
            self.result.show_result(result.status, self.tr("Already checked in"), result.name, detail)
        else:
            self.result.show_result(result.status, self.tr("Refused"), result.name, result.reason_text())

    def role_label(self, role: str) -> str:
        """A role's name (the core's one vocabulary); no role, no name."""
        return role_label(role) if role else ""

    def _time(self, moment: datetime | None) -> str:
        if moment is None:
            return "—"
        from PySide6.QtCore import QDateTime, QTimeZone  # slow to load: only when a time is shown

        zone = core_event.get_event(self.session.ws).timezone
        stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone(zone.encode()))
        return QLocale().toString(stamp.time(), QLocale.FormatType.ShortFormat)

    def _show_webcam(self, on: bool) -> None:
        """The webcam panel (created when first asked for: Qt Multimedia is slow to load)."""
        if on and self.webcam is None:
            from ..webcam import WebcamPanel

            self.webcam = WebcamPanel(self)
            self.webcam.scanned.connect(self.handle_scan)
            self.counters_column.addWidget(self.webcam)
        if self.webcam is not None:
            self.webcam.setVisible(on)
            if not on and self.webcam.start_button.isChecked():
                self.webcam.start_button.setChecked(False)

    def edit_sessions(self) -> None:
        from ..sessions_dialog import SessionsDialog

        SessionsDialog(self.session, self).exec()

    def start_kiosk(self) -> None:
        """Full screen, only the scan flow; the facilitator chooses the PIN that leaves it."""
        from ..kiosk import KioskWindow, PinDialog

        dialog = PinDialog(self)
        if dialog.exec():
            if self.webcam is not None and self.webcam.start_button.isChecked():
                self.webcam.start_button.setChecked(False)  # the kiosk takes the scanner only
            self.kiosk = KioskWindow(self, dialog.pin.text())
            self.kiosk.start()

    # -- look-up by name -------------------------------------------------------------------------

    def _fill_lookup(self, text: str) -> None:
        from ...core.registration import participant_ids, participant_rows

        self.lookup_results.clear()
        if len(text.strip()) < 2:
            return
        ids = participant_ids(self.session.ws, text)[:30]
        rows = participant_rows(self.session.ws, ids)
        for pid in ids:
            person = rows[pid]
            self.lookup_results.addItem(f"{display_name(person, family_first=True)} — {safe_display(person['organisation'] or '')}", pid)

    def _check_in_looked_up(self) -> None:
        from ...core.registration import participant_rows

        pid = self.lookup_results.currentData()
        if not pid:
            return
        ws, desk, session_id = self.session.ws, self.desk.text().strip(), self.session_id()
        result = self.session.run(self._undo_text(participant_rows(ws, [pid]).get(pid)),
                                  lambda: checkin.check_in(ws, pid, desk=desk, session_id=session_id),
                                  widget=self, refused=lambda exc: self.result.show_result(
                                      checkin.REFUSED, self.tr("Not saved"), "", exc.text()))
        if result is None:
            return
        self.show_scan_result(result)
        self.lookup.clear()
        self.scan_field.setFocus()

    # -- counters and state ----------------------------------------------------------------------

    def refresh(self, changes: Changes | None) -> None:
        if changes is not None and self.result.status == checkin.CHECKED_IN and (
                {"checkins", "attendance"} & set(changes.deleted)):
            self.result.clear()  # the check-in shown was undone: no "Welcome!" left on screen
        if changes is None or "sessions" in changes.tables():
            self._fill_sessions()
        data = checkin.stats(self.session.ws)
        lines = [self.tr("Checked in: %1 of %2").replace("%1", str(data["checked_in"])).replace("%2", str(data["registered"])), ""]
        for key in REGIONS:
            bucket = data["by_region"].get(key)
            if bucket:
                lines.append(self._count_line(region_label(key), bucket))
        lines.append("")
        for role, bucket in sorted(data["by_role"].items()):
            lines.append(self._count_line(self.role_label(role), bucket))
        if self.session_id():
            attended = next((s["attendance"] for s in checkin.sessions(self.session.ws) if s["id"] == self.session_id()), 0)
            lines += ["", self.tr("In this session: %1").replace("%1", str(attended))]
        self.counters.setText("\n".join(lines))

    def _count_line(self, label: str, bucket: dict[str, int]) -> str:
        """"Europe (EU): 58 / 120", in the language's typography (French puts a no-break space before the colon)."""
        return self.tr("%1: %2 / %3").replace("%1", label).replace("%2", str(bucket["checked_in"])).replace(
            "%3", str(bucket["registered"]))

    def _fill_sessions(self) -> None:
        current = self.where.currentData()
        self.where.blockSignals(True)
        self.where.clear()
        self.where.addItem(self.tr("The event's entrance"), "")
        for item in checkin.sessions(self.session.ws):
            room = f" — {item['room']}" if item["room"] else ""
            start = (item["starts_at"] or "")[11:16]
            self.where.addItem(f"{start} {item['name']}{room}".strip(), item["id"])
        self.where.setCurrentIndex(max(0, self.where.findData(current)))
        self.where.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # counted when the page is shown, not at start-up or for every hidden change
        self.scan_field.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.webcam is not None and self.webcam.start_button.isChecked():
            self.webcam.start_button.setChecked(False)  # no scans into a page nobody sees
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check-in"))
        self.where_label.setText(self.tr("Check in &at"))
        self.desk_label.setText(self.tr("&Desk"))
        self.scan_label.setText(self.tr("&Badge"))
        self.scan_field.setPlaceholderText(self.tr("Scan a badge (the scanner works wherever the cursor is)"))
        self.lookup_label.setText(self.tr("Forgot their badge? Find them by &name (Ctrl+L):"))
        self.lookup.setPlaceholderText(self.tr("Name, organisation or e-mail"))
        self.lookup_button.setText(self.tr("&Check in"))
        self.act_lookup.setText(self.tr("Find a participant to check in"))
        self.kiosk_button.setText(self.tr("Start the &kiosk…"))
        self.sound_box.setText(self.tr("&Sound"))
        self.webcam_button.setText(self.tr("&Webcam"))
        self.sessions_button.setText(self.tr("Sessions and attendance &lists…"))
        if not self.result.status:
            self.result.clear()
        if self.isVisible():
            self.refresh(None)
        else:
            self.stale = True
