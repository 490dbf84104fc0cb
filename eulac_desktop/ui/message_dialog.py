"""A message of the app's own: an icon, lines of text, a line saying what could not be done, and a row of
buttons. The "PDF saved" dialog (`printing`) and "Something went wrong" (`crash`) are made of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget


def open_url(path: Path) -> bool:
    """Hand a file or folder to the system (its PDF viewer, its file manager); False when nothing opened it."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


class MessageDialog(QDialog):
    """An icon beside the lines given to `add_text`, then `problem` (red, hidden until something could not be
    done), then the buttons given to `add_button`."""

    def __init__(self, icon: QStyle.StandardPixmap, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumWidth(520)
        picture = QLabel()
        picture.setPixmap(self.style().standardIcon(icon).pixmap(40, 40))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self._text = QVBoxLayout()
        self._text.addWidget(self.problem)
        self.buttons = QDialogButtonBox()
        top = QHBoxLayout()
        top.addWidget(picture)
        top.addLayout(self._text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def add_text(self, *labels: QLabel) -> None:
        """Show `labels` one under the other, above the problem line (plain text, wrapped)."""
        for label in labels:
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._text.insertWidget(self._text.count() - 1, label)

    def add_button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        """A button of the row (Enter presses only the default one)."""
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        self.buttons.addButton(button, role)
        return button

    def open_in_system(self, target: Path, failure: str) -> bool:
        """Hand `target` to the system; when nothing opened it, say `failure` ("%1": the target) on the problem
        line instead."""
        if open_url(target):
            self.problem.hide()
            return True
        self.problem.setText(failure.replace("%1", str(target)))
        self.problem.show()
        self.adjustSize()  # room for the new line: nothing above it is squeezed
        return False

    def open_folder(self, folder: Path) -> bool:
        """Show `folder` in the system's file manager, or say that none answered."""
        return self.open_in_system(folder, self.tr("This computer could not open the folder “%1”: no file manager "
                                                   "answered."))
