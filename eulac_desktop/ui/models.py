"""Qt models over the core: they hold ids and load rows lazily, so 10,000 rows stay fast."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ..core import registration, vocabulary
from ..core.countries import country_name
from ..core.text import safe_display
from ..core.workspace import Workspace
from .literal import literal

_CHUNK = 200
Index = QModelIndex | QPersistentModelIndex
#: called to edit a field: (participant id, field, new value) → whether the core accepted it
EditHandler = Callable[[str, str, str], bool]


def choice_text(column: str, code: str, text: str | None) -> str:
    """A gender or stakeholder type as the list shows it: its name, with the person's own words where kept
    ("Self-described: agender"); nothing when none was given."""
    if not code:
        return ""
    label = (vocabulary.gender_label if column == "gender" else vocabulary.stakeholder_label)(code)
    return safe_display(f"{label}: {text}") if text else label


class ParticipantsModel(QAbstractTableModel):
    """The event's participants, filtered by an accent-insensitive search and by country/region/role/language."""

    COLUMNS = ("family_name", "given_name", "organisation", "country", "role", "email", "languages", "gender",
               "stakeholder")
    EDITABLE = frozenset(("family_name", "given_name", "organisation", "country", "role", "email", "languages", "gender",
                          "stakeholder"))

    def __init__(self, ws: Workspace, parent: Any = None):
        super().__init__(parent)
        self._ws = ws
        self._ids: list[str] = []
        self._rows: dict[str, dict[str, Any]] = {}
        self._search = ""
        self._filters: dict[str, str | None] = {}
        self.on_edit: EditHandler | None = None
        registration.keep_search_index(ws)  # the search is typed key by key: the core keeps its index in memory
        self.reload()

    def headers(self) -> list[str]:
        return [self.tr("Family name"), self.tr("Given name"), self.tr("Organisation"), self.tr("Country"),
                self.tr("Role"), self.tr("E-mail"), self.tr("Languages"), self.tr("Gender"), self.tr("Stakeholder type")]

    def role_label(self, role: str) -> str:
        """The role's word, from the one vocabulary the badges and reports use too."""
        return registration.role_label(role) if role else ""

    def set_search(self, text: str) -> None:
        """Show only the participants matching `text` (all when empty)."""
        if text != self._search:
            self._search = text
            self.reload()

    def set_filters(self, **filters: str | None) -> None:
        """Show only participants of a country, region, role and/or language (None: any)."""
        if filters != self._filters:
            self._filters = filters
            self.reload()

    def reload(self) -> None:
        """Re-read the ids (after a change); rows are fetched again when shown."""
        self.beginResetModel()
        self._ids = registration.participant_ids(self._ws, self._search, **self._filters)  # type: ignore[arg-type]
        self._rows = {}
        self.endResetModel()

    def refresh_rows(self, ids: list[str]) -> None:
        """Re-read some rows (after an edit), keeping the order and the selection."""
        wanted = set(ids)
        for pid in wanted:
            self._rows.pop(pid, None)
        for row, pid in enumerate(self._ids):
            if pid in wanted:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (index.isValid() and self.on_edit is not None and self.COLUMNS[index.column()] in self.EDITABLE
                and not self._row(index.row()).get("erased")):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        person = self._row(index.row())
        value = person.get(column) or ""
        if person.get("erased"):  # their data is gone: say so, greyed, instead of a blank row
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#6b6b6b")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and column == "family_name":
                return self.tr("(erased)")
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "country" and value:
            return f"{country_name(value)} ({value})"
        if column == "role":
            return self.role_label(value)
        if column == "languages":
            return value.replace(";", ", ")
        if column in ("gender", "stakeholder"):
            shown = choice_text(column, value, person.get(f"{column}_text"))
        else:
            shown = safe_display(str(value))
        return literal(shown) if role == Qt.ItemDataRole.ToolTipRole else shown  # a tooltip reads "<b>…" as HTML

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        pid = self._ids[index.row()]
        return self.on_edit(pid, self.COLUMNS[index.column()], str(value))

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, pid: str) -> int:
        return self._ids.index(pid) if pid in self._ids else -1

    def person(self, row: int) -> dict[str, Any]:
        """All shown fields of the person on `row`."""
        return dict(self._row(row))

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
