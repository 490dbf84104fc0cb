"""The "Something went wrong" dialog that `crash.ExceptionHook` shows (imported when first shown, not at start)."""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPlainTextEdit, QStyle, QWidget

from .crash import _ACTIVITY, versions
from .message_dialog import MessageDialog


def activity(exc: BaseException) -> str:
    """What the person was doing, as a sentence ("" when nothing says)."""
    doing_text = getattr(exc, _ACTIVITY, "")
    if doing_text:
        return QCoreApplication.translate("CrashDialog", "It happened during “%1”.").replace("%1", doing_text)
    window = QApplication.activeModalWidget() or QApplication.activeWindow()
    if window is None or not window.isVisible() or isinstance(window, CrashDialog):
        return ""
    stage = getattr(window, "current_stage_name", None)
    if callable(stage):
        return QCoreApplication.translate("CrashDialog", "It happened on the %1 page.").replace("%1", stage())
    title = window.windowTitle()
    return QCoreApplication.translate("CrashDialog", "It happened in “%1”.").replace("%1", title) if title else ""


class CrashDialog(MessageDialog):
    """"Something went wrong": what was being done, that the data is safe, the details and the log.

    `log_path` is the log file that holds the traceback; when there is none (`unwritten`: the log file that refused
    it, read-only or on a full disk), the dialog shows the details themselves, to copy, and no log folder."""

    def __init__(self, exc: BaseException, key: tuple[str, str, int], count: int, activity: str,
                 log_path: Path | None, parent: QWidget | None = None, unwritten: Path | None = None):
        super().__init__(QStyle.StandardPixmap.SP_MessageBoxCritical, parent)
        self.key, self.log_path, self.unwritten = key, log_path, unwritten
        self.others = 0
        self.trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        self.activity = activity
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        headline = QLabel(self.tr("Something went wrong that the app did not expect."))
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        self.message = QLabel(" ".join(part for part in (
            activity,
            self.tr("Your data is safe: every change is saved as it is made. You can carry on; if it happens "
                    "again, close the event and open it again."))
            if part))
        self.count_label = QLabel()
        if log_path:
            where = self.tr("The details are in the log file: %1").replace("%1", f"\n{log_path}")
        elif unwritten:
            where = self.tr("The details could not be written to the log file (%1). Copy them with “Copy details” "
                            "to send with your report: they are below.").replace("%1", str(unwritten))
        else:
            where = self.tr("This computer keeps no log file. Copy the details with “Copy details” to send with "
                            "your report: they are below.")
        self.log_label = QLabel(where)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_text(headline, self.message, self.count_label, self.log_label)
        self.details_view = QPlainTextEdit()
        self.details_view.setReadOnly(True)
        self.details_view.setTabChangesFocus(True)  # Tab goes on to the buttons
        self.details_view.setAccessibleName(self.tr("Details"))
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setVisible(log_path is None)
        self._text.insertWidget(self._text.count() - 1, self.details_view)
        self.copy_button = self.add_button(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = self.add_button(self.tr("&Open the log folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.add_button(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.folder_button.setVisible(log_path is not None)
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(self.open_log_folder)
        self.close_button.clicked.connect(self.reject)
        self.count = 0
        self.add(key, count)
        self.close_button.setFocus()

    def add(self, key: tuple[str, str, int], count: int) -> None:
        """Count an error in this dialog: the same one again (`count` times in all), or another one."""
        if key == self.key:
            self.count = count
        else:
            self.others += 1
        lines = []
        if self.count > 1:
            lines.append(self.tr("This has happened %n time(s).", "", self.count))
        if self.others:
            lines.append(self.tr("%n other error(s) happened meanwhile (they are in the log too).", "", self.others))
        self.count_label.setText(" ".join(lines))
        self.count_label.setVisible(bool(lines))
        self.details_view.setPlainText(self.details())

    def details(self) -> str:
        """What "Copy details" copies: versions, what was being done, how often, the log file, the traceback."""
        lines = [versions()]
        if self.activity:
            lines.append(self.activity)
        lines.append(f"Times: {self.count}" + (f" (and {self.others} other errors)" if self.others else ""))
        if self.log_path:
            lines.append(f"Log: {self.log_path}")
        elif self.unwritten:
            lines.append(f"Log: could not be written ({self.unwritten})")
        return "\n".join(lines) + "\n\n" + self.trace

    def copy_details(self) -> None:
        """Put the details on the clipboard, to paste into an e-mail or a report."""
        QGuiApplication.clipboard().setText(self.details())
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        """Show the log's folder in the system's file manager."""
        assert self.log_path is not None
        self.open_folder(self.log_path.parent)
