"""Qt models over the core: they hold ids and load rows lazily, so 10,000 rows stay fast."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..core import registration
from ..core.countries import country_name
from ..core.workspace import Workspace

_CHUNK = 200
Index = QModelIndex | QPersistentModelIndex


class ParticipantsModel(QAbstractTableModel):
    """The event's participants, optionally filtered by an accent-insensitive search."""

    COLUMNS = ("family_name", "given_name", "organisation", "country", "role", "email")

    def __init__(self, ws: Workspace, parent: Any = None):
        super().__init__(parent)
        self._ws = ws
        self._ids: list[str] = []
        self._rows: dict[str, dict[str, Any]] = {}
        self._search = ""
        self.reload()

    def headers(self) -> list[str]:
        return [self.tr("Family name"), self.tr("Given name"), self.tr("Organisation"), self.tr("Country"),
                self.tr("Role"), self.tr("E-mail")]

    def role_label(self, role: str) -> str:
        return {"participant": self.tr("Participant"), "speaker": self.tr("Speaker"),
                "facilitator": self.tr("Facilitator"), "organiser": self.tr("Organiser")}.get(role, role)

    def set_search(self, text: str) -> None:
        """Show only the participants matching `text` (all when empty)."""
        if text != self._search:
            self._search = text
            self.reload()

    def reload(self) -> None:
        """Re-read the ids (after a change); rows are fetched again when shown."""
        self.beginResetModel()
        self._ids = registration.participant_ids(self._ws, self._search)
        self._rows = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        column = self.COLUMNS[index.column()]
        value = row.get(column) or ""
        if column == "country" and value:
            return f"{country_name(value)} ({value})"
        if column == "role":
            return self.role_label(value)
        return value

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def _row(self, row: int) -> dict[str, Any]:
        pid = self._ids[row]
        if pid not in self._rows:
            start = (row // _CHUNK) * _CHUNK
            self._rows.update(registration.participant_rows(self._ws, self._ids[start : start + _CHUNK]))
        return self._rows.get(pid, {})

    def retranslate(self) -> None:
        """Headers and role names follow the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1))
