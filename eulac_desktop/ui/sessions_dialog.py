"""Sessions: add them (room and time), see their attendance, print a session's attendance sheet."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import checkin
from ..core import event as core_event
from .printing import PrintJob, Printout, event_name, file_name, run_writer, save_and_print
from .session import EventSession
from .widgets import wall_time, wall_time_edit


class SessionsDialog(QDialog):
    """The event's sessions with their attendance; add one; the attendance sheet of the selected one."""

    def __init__(self, session: EventSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Sessions"))
        self.resize(760, 460)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Starts"), self.tr("Session"), self.tr("Room"), self.tr("Attendance")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.name, self.room = QLineEdit(), QLineEdit()
        start = core_event.default_start(core_event.get_event(session.ws))  # the event's day, on its clocks
        self.start, self.end = wall_time_edit(start), wall_time_edit(start + timedelta(hours=1))
        self.start.dateTimeChanged.connect(lambda dt: self.end.setDateTime(max(self.end.dateTime(), dt.addSecs(1800))))
        add = QPushButton(self.tr("&Add the session"))
        add.clicked.connect(self.add_session)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Room"), self.room)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("→"))
        times.addWidget(self.end)
        times.addWidget(QLabel(core_event.get_event(session.ws).timezone))
        times.addStretch(1)
        time_label = QLabel(self.tr("&Time"))
        time_label.setBuddy(self.start)
        form.addRow(time_label, times)
        self.sheet = QPushButton(self.tr("Attendance &sheet (PDF)…"))
        self.sheet.clicked.connect(self.attendance_sheet)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.sheet, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        items = checkin.sessions(self.session.ws)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for col, value in enumerate((self._wall(item["starts_at"]), item["name"], item["room"] or "",
                                         str(item["attendance"]))):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item["id"])
                self.table.setItem(row, col, cell)
        self.table.resizeColumnToContents(0)
        self.sheet.setEnabled(bool(items))
        if items:
            self.table.selectRow(0)

    @staticmethod
    def _wall(stamp: str | None) -> str:
        """A session's start (a wall time of the event's clocks) as the interface's language writes it."""
        moment = QDateTime.fromString(stamp or "", "yyyy-MM-ddTHH:mm")
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat) if moment.isValid() else (stamp or "")

    def add_session(self) -> None:
        ws = self.session.ws
        start, end = wall_time(self.start), wall_time(self.end)
        changes = self.session.run(self.tr("Add a session"),
                                   lambda: checkin.add_session(ws, self.name.text(), self.room.text(), start, end), widget=self)
        if changes:
            self.name.clear()
            self.room.clear()
            self.fill()

    def selected_session(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def attendance_sheet(self) -> PrintJob | None:
        """The selected session's attendance sheet, through the print flow (save, then print)."""
        from ..documents.attendance import attendance_pdf

        session_id = self.selected_session()
        if session_id is None:
            return None
        title = self.table.item(self.table.selectedItems()[0].row(), 1).text()
        printout = Printout("attendance", file_name(event_name(self.session), self.tr("attendance"), title),
                            self.tr("Save the attendance sheet"), self.tr("Writing the attendance sheet…"),
                            run_writer(self.session.ws, lambda ws, out, _progress: attendance_pdf(ws, session_id, out)))
        self._print_job = save_and_print(self, self.session, printout)
        return self._print_job
