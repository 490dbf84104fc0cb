"""The Participants page: everyone registered, searchable by name, accent- and case-insensitively."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QWidget

from ...core.workspace import Changes, Workspace
from ..models import ParticipantsModel
from .base import Page

_SEARCH_DELAY_MS = 150


class ParticipantsPage(Page):
    """A lazily loaded table of the event's participants with a search field."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.model = ParticipantsModel(ws, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((160, 140, 260, 150, 110)):
            self.table.setColumnWidth(column, width)
        self.body.addWidget(self.search)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.count)
        self._debounce = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._debounce.timeout.connect(lambda: self._apply_search())
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.retranslate()

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self.search.text().strip():
            self.count.setText(self.tr("%n participant(s) found", "", shown))
        else:
            self.count.setText(self.tr("%n participant(s) registered", "", shown))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Participants"))
        self.search.setPlaceholderText(self.tr("Search by name, organisation or e-mail (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search participants"))
        self.table.setAccessibleName(self.tr("Participants"))
        self.model.retranslate()
        self._update_count()

    def refresh(self, changes: Changes | None) -> None:
        if changes is None or "participants" in changes.tables():
            self.model.reload()
            self._update_count()
