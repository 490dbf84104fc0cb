"""Dialogs of the Ideas page: a challenge, an idea (its whole text, author, table, language, duplicates)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import checkin
from ..core.i18n import LANGUAGES
from ..core.ideas import Card
from ..core.text import safe_display
from ..core.workspace import Workspace


class ChallengeDialog(QDialog):
    """A "How might we…?" question, its description, its time box and its session."""

    def __init__(self, ws: Workspace, challenge: dict[str, Any] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Challenge") if challenge else self.tr("New challenge"))
        self.question = QPlainTextEdit()
        self.question.setTabChangesFocus(True)
        self.question.setPlaceholderText(self.tr("How might we…?"))
        self.question.setFixedHeight(self.question.fontMetrics().lineSpacing() * 3 + 12)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        self.time_box = QSpinBox()
        self.time_box.setRange(0, 24 * 60)
        self.time_box.setSpecialValueText(self.tr("No countdown"))
        self.time_box.setSuffix(self.tr(" min"))
        self.session = QComboBox()
        self.session.addItem(self.tr("No session"), None)
        for session in checkin.sessions(ws):
            self.session.addItem(session["name"], session["id"])
        form = QFormLayout()
        for label, widget in ((self.tr("&Question:"), self.question), (self.tr("&Description:"), self.description),
                              (self.tr("&Time box:"), self.time_box), (self.tr("&Session:"), self.session)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(": \u00a0"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        if challenge:
            self.question.setPlainText(challenge["question"])
            self.description.setPlainText(challenge["description"] or "")
            self.time_box.setValue(challenge["time_box"] or 0)
            self.session.setCurrentIndex(max(0, self.session.findData(challenge["session_id"])))

    def values(self) -> dict[str, Any]:
        """The fields as the core takes them."""
        return {"question": self.question.toPlainText(), "description": self.description.toPlainText(),
                "time_box": self.time_box.value() or None, "session_id": self.session.currentData()}


class IdeaDialog(QDialog):
    """An idea in full: its text (editable), who had it, at which table, in which language, and the ideas
    marked as its duplicates (each with its own text and author)."""

    def __init__(self, card: Card, languages: list[str], read_only: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Idea"))
        self.text = QPlainTextEdit(card.text)
        self.text.setReadOnly(read_only)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Idea"))
        self.table = QLineEdit(card.table_label or "")
        self.table.setReadOnly(read_only)
        self.language = QComboBox()
        self.language.addItem("—", None)
        for code in languages:
            self.language.addItem(LANGUAGES.get(code, code), code)  # as the event page names them: "Español"
        if card.language and self.language.findData(card.language) < 0:
            self.language.addItem(card.language, card.language)
        self.language.setCurrentIndex(max(0, self.language.findData(card.language)))
        self.language.setEnabled(not read_only)
        form = QFormLayout()
        author = QLabel(safe_display(card.author) or self.tr("Unknown"))
        author.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Author:"), author)
        form.addRow(self.tr("&Table:"), self.table)
        form.addRow(self.tr("&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        if card.duplicates:
            dups = QPlainTextEdit("\n\n".join(f"{safe_display(d.text)}\n— {safe_display(d.author) or self.tr('Unknown')}"
                                              for d in card.duplicates))
            dups.setReadOnly(True)
            dups.setAccessibleName(self.tr("Duplicates"))
            layout.addWidget(QLabel(self.tr("Marked as the same idea:")))
            layout.addWidget(dups, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close if read_only else
                                   QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def values(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText(), "table_label": self.table.text(), "language": self.language.currentData()}
