"""Review the likely duplicates, pair by pair: two records side by side, then merge (undoable), "not the
same person" (not flagged again) or skip. All by keyboard: Alt+F / Alt+S merge keeping the first or the
second, Alt+N not the same, Alt+K skip, Ctrl+Z undoes the last merge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import checkin, registration
from ..core.countries import country_name
from ..core.registration.duplicates import likely_duplicate_pairs, maybe_the_same, not_the_same
from ..core.text import display_name, safe_display
from .pages.participants import merge_people
from .session import EventSession


class DuplicatesDialog(QDialog):
    """The flagged pairs one at a time; each decision shows the next pair."""

    FIELDS = ("name", "email", "organisation", "country", "role", "checked_in")

    def __init__(self, session: EventSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.skipped: set[tuple[str, str]] = set()
        self.pair: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Likely duplicates"))
        self.resize(760, 420)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.sides = QTableWidget(len(self.FIELDS), 2)
        self.sides.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sides.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sides.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sides.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.sides.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.merge_first = QPushButton()
        self.merge_second = QPushButton()
        self.distinct = QPushButton()
        self.skip = QPushButton()
        for button in (self.merge_first, self.merge_second, self.distinct, self.skip):
            button.setAutoDefault(False)
        self.merge_first.clicked.connect(lambda: self.merge(keep_first=True))
        self.merge_second.clicked.connect(lambda: self.merge(keep_first=False))
        self.distinct.clicked.connect(self.not_the_same)
        self.skip.clicked.connect(self.skip_pair)
        row = QHBoxLayout()
        for button in (self.merge_first, self.merge_second, self.distinct, self.skip):
            row.addWidget(button)
        row.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.sides)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(close)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        self.retranslate()
        self.show_next()

    def retranslate(self) -> None:
        self.merge_first.setText(self.tr("Merge, keep the &first"))
        self.merge_second.setText(self.tr("Merge, keep the &second"))
        self.distinct.setText(self.tr("&Not the same person"))
        self.skip.setText(self.tr("S&kip"))
        self.sides.setAccessibleName(self.tr("The two records"))
        self.sides.setHorizontalHeaderLabels([self.tr("First"), self.tr("Second")])
        self.sides.setVerticalHeaderLabels([self.tr("Name"), self.tr("E-mail"), self.tr("Organisation"),
                                            self.tr("Country"), self.tr("Role"), self.tr("Checked in?")])
        self.hint.setText(self.tr("A merge keeps one record and completes it from the other; Ctrl+Z undoes it. "
                                  "“Not the same person” is remembered in this event file: the pair is not flagged "
                                  "again."))

    def pairs(self) -> list[dict[str, Any]]:
        """The pairs still to review (skipped ones left out)."""
        return [p for p in likely_duplicate_pairs(self.session.ws) if p["ids"] not in self.skipped]

    def show_next(self) -> None:
        """Show the first pair left, or say that none is."""
        pairs = self.pairs()
        self.pair = pairs[0] if pairs else None
        for button in (self.merge_first, self.merge_second, self.distinct, self.skip):
            button.setEnabled(self.pair is not None and not self.session.ws.read_only)
        if self.pair is None:
            self.heading.setText(self.tr("No likely duplicates left to review."))
            self.sides.clearContents()
            return
        reasons = {"same_name_and_organisation": self.tr("same name and organisation"), "same_name": self.tr("same name"),
                   "close_name": self.tr("very close name")}
        self.heading.setText(self.tr("%n pair(s) to review.", "", len(pairs)) + " " +
                             self.tr("Are these one person? (%1)").replace("%1", reasons[self.pair["reason"]]))
        ws = self.session.ws
        rows = registration.participant_rows(ws, self.pair["ids"])
        arrived = checkin.checked_in_ids(ws)
        for column, pid in enumerate(self.pair["ids"]):
            person = rows[pid]
            values = {"name": display_name(person),
                      "email": person["email"] or "—", "organisation": person["organisation"] or "—",
                      "country": country_name(person["country"]) if person["country"] else "—",
                      "role": registration.role_label(person["role"]),
                      "checked_in": self.tr("Yes") if pid in arrived else self.tr("No")}
            for row, field in enumerate(self.FIELDS):
                self.sides.setItem(row, column, QTableWidgetItem(safe_display(values[field])))
        self.sides.resizeRowsToContents()
        self.sides.setFixedHeight(self.sides.horizontalHeader().height() + 2 * self.sides.frameWidth()
                                  + sum(self.sides.rowHeight(r) for r in range(self.sides.rowCount())))
        self.merge_first.setFocus()

    def merge(self, keep_first: bool) -> None:
        """Merge the pair (one undoable step), keeping the first or the second record."""
        if self.pair is None:
            return
        first, second = self.pair["ids"]
        kept, merged = (first, second) if keep_first else (second, first)
        merge_people(self.session, kept, merged, self)
        self.show_next()

    def not_the_same(self) -> None:
        """Record that the two are different people; the pair is not flagged again."""
        if self.pair is not None:
            first, second = self.pair["ids"]
            ws = self.session.ws
            self.session.run(self.tr("Not the same person"), lambda: not_the_same(ws, first, second),
                             lambda: maybe_the_same(ws, first, second), self)
            self.show_next()

    def skip_pair(self) -> None:
        """Leave this pair for now (it is flagged again next time)."""
        if self.pair is not None:
            self.skipped.add(self.pair["ids"])
            self.show_next()

    def undo(self) -> None:
        """Ctrl+Z here undoes the last step of the event (e.g. the last merge) and shows the pairs again."""
        self.session.undo_stack.undo()
        self.show_next()
