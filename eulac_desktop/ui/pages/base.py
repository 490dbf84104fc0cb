"""What every page shares: a title, retranslation on language change, and refresh after core changes.

A page follows its session's `changed` here, once ("stale while hidden"): shown, it refreshes what changed;
hidden, it only notes that it is stale, and refreshes once, whole, when it is shown again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.workspace import Changes

if TYPE_CHECKING:
    from ..session import EventSession


def title_label() -> QLabel:
    """A page's heading."""
    label = QLabel()
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


class Page(QWidget):
    """A stage page. Subclasses fill `self.body`, set `self.title` in `retranslate()`, and show what changed
    in `refresh(changes)`; given the `session`, the page calls it as the module says (pages never connect
    `changed` themselves)."""

    # the tables the page shows: a change to others neither refreshes it nor makes it stale (None: any change)
    shown_tables: frozenset[str] | None = None
    # whether the page reloads each time it is shown, changes or not (what it shows also lives outside the file)
    reload_on_show = False

    def __init__(self, parent: QWidget | None = None, session: EventSession | None = None):
        super().__init__(parent)
        # whether the page missed changes while hidden (at first: it has shown nothing yet)
        self.stale = True
        if session is not None:
            session.changed.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.title = title_label()
        layout.addWidget(self.title)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def refresh(self, changes: Changes | None) -> None:
        """Show what a core operation changed (None: reload everything). Called while the page is shown."""

    def _changed(self, changes: Changes, _initiator: QObject | None) -> None:
        if self.shown_tables is not None and not (self.shown_tables & changes.tables()):
            return
        if self.isVisible():
            self.refresh(changes)
        else:  # a scan at the door need not reload 10,000 rows nobody is looking at
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.refresh(None)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.reload_on_show:
            self.stale = True
        super().hideEvent(event)

    def take_scan(self, code: str) -> bool:
        """What a badge scanned while this page is shown means here; False: nothing (the window offers to
        check the person in)."""
        return False
