"""The Participants page: everyone registered; search, filters, edit in place, delete, merge, erase, export."""

from __future__ import annotations

from functools import cmp_to_key
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...core import registration
from ...core.countries import country_name
from ...core.errors import EulacError
from ...core.i18n import LANGUAGES
from ...core.registration.export import export_participants
from ...core.text import display_name, safe_display
from ...core.vocabulary import (
    GENDERS,
    NOT_GIVEN,
    REGIONS,
    STAKEHOLDERS,
    gender_label,
    region_label,
    stakeholder_label,
)
from ...core.workspace import Changes
from ..literal import literal
from ..models import ParticipantsModel
from ..session import EventSession, field_edit, show_error
from ..settings import Settings
from ..widgets import FlowLayout
from .base import Page
from .window_keys import PARTICIPANTS as WINDOW_KEYS

_SEARCH_DELAY_MS = 150
#: How long each step of reading the search index's words takes while the window idles (a key waits at most that)
_WORDS_STEP_S = 0.01


class ParticipantsPage(Page):
    """A lazily loaded table of the event's participants with search, filters and the registration actions."""

    shown_tables = frozenset({"participants", "checkins"})

    def __init__(self, session: EventSession, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent, session)
        self.stale = False  # the model loads its rows itself
        self.session = session
        self.settings = settings
        ws = session.ws
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.filters = {name: QComboBox() for name in ("country", "region", "role", "language", "gender", "stakeholder",
                                                       "checked_in")}
        self._filters_filled = False
        self._registered: tuple[int, int] | None = None  # (registered, erased), counted after each change
        filter_row = FlowLayout()  # the filters wrap onto a second line in a narrow window, each shown in full
        for box in self.filters.values():
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "Toutes les régions" in full
            box.currentIndexChanged.connect(lambda _i: self._apply_filters())
            filter_row.addWidget(box)
        self.count = QLabel()
        self.model = ParticipantsModel(ws, self)
        if not ws.read_only:
            self.model.on_edit = self._edit
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 130, 240, 150, 100, 250, 150, 170)):
            self.table.setColumnWidth(column, width)
        self._choices = ChoiceDelegate(self.table)
        for name in ("gender", "stakeholder"):
            self.table.setItemDelegateForColumn(ParticipantsModel.COLUMNS.index(name), self._choices)
        self.body.addWidget(self.search)
        self.body.addLayout(filter_row)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.count)
        self._debounce = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self._words_step = QTimer(self, singleShot=True, interval=0)  # fires when the window has nothing else to do
        self._words_step.timeout.connect(self._read_search_words)
        self._build_actions()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.retranslate()
        self._update_actions()

    # -- actions -------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(slot, shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:  # type: ignore[no-untyped-def]
            act = QAction(self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        self.act_import = action(self.import_list, WINDOW_KEYS["act_import"])
        self.act_walk_in = action(self.add_walk_in, WINDOW_KEYS["act_walk_in"])
        self.act_delete = action(self.delete_selected, QKeySequence.StandardKey.Delete)
        self.act_merge = action(self.merge_selected, WINDOW_KEYS["act_merge"])
        self.act_erase = action(self.erase_selected)
        self.act_export = action(self.export_list, WINDOW_KEYS["act_export"])
        self.act_badges = action(self.print_badges, WINDOW_KEYS["act_badges"])
        self.act_duplicates = action(self.review_duplicates)
        self.table.addAction(self.act_delete)  # Delete only where the table has the focus: not a window-wide key
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # (the board's Delete)

    def actions_for_menu(self) -> list[QAction]:
        """The page's actions, for the main window's menu and the command palette."""
        return [self.act_walk_in, self.act_import, self.act_export, self.act_badges, self.act_delete, self.act_merge,
                self.act_duplicates, self.act_erase]

    def selected_ids(self) -> list[str]:
        """The selected people, in the table's order (names sorted as the core sorts them)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.id_at(row) for row in rows]

    def _update_actions(self) -> None:
        writable = not self.session.ws.read_only
        selected = len(self.selected_ids())
        for act in (self.act_import, self.act_walk_in, self.act_duplicates):
            act.setEnabled(writable)
        self.act_delete.setEnabled(writable and selected > 0)
        self.act_merge.setEnabled(writable and selected == 2)
        self.act_erase.setEnabled(writable and selected == 1)

    def _edit(self, pid: str, field: str, value: str) -> bool:
        ws = self.session.ws
        return self.session.run(self.tr("Edit a participant"), *field_edit(
            lambda values: registration.update_participant(ws, pid, values), {field: value}), self) is not None

    def import_list(self) -> None:
        from ..import_dialog import ImportDialog

        dialog = ImportDialog(self.session, self)
        if dialog.exec() and dialog.result and dialog.result.get("likely_duplicates"):
            self.review_duplicates()  # flagged at import: followed up at once, not forgotten

    def print_badges(self) -> None:
        """Badges of the selected people, or of everyone shown (the search and filters apply)."""
        from ..badge_print import print_badges

        ids = self.selected_ids() if len(self.selected_ids()) > 1 else self.model_ids()
        if ids:
            self._badge_task = print_badges(self, self.session, self.settings, ids)

    def add_walk_in(self) -> None:
        from ..walk_in import WalkInDialog

        dialog = WalkInDialog(self.session, self, self.settings)
        if dialog.exec() and dialog.added_id:
            self.show_participant(dialog.added_id)

    def show_participant(self, pid: str) -> None:
        """Select a person in the table (clearing the search and filters if they hide them)."""
        if self.model.row_of(pid) < 0:
            self.search.clear()
            for box in self.filters.values():
                box.setCurrentIndex(0)
            self._apply_search()
        row = self.model.row_of(pid)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ws = self.session.ws
        self.session.run(self.tr("Delete %n participant(s)", "", len(ids)),
                         lambda: registration.delete_participants(ws, ids),
                         lambda: registration.restore_participants(ws, ids), self)

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return
        rows = registration.participant_rows(self.session.ws, ids)
        names = [f"{display_name(rows[i])} <{safe_display(rows[i]['email'] or '—')}>" for i in ids]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge two participants"),
                          self.tr("Merge these two records of one person? The one kept stays in the list; the other "
                                  "is removed from it, and its check-in, votes, ideas and P2P offers and seeks count "
                                  "for the one kept. Empty fields of the one kept are completed from the other; photo "
                                  "consent is never taken from it. Ctrl+Z undoes the merge."), parent=self)
        box.setInformativeText(literal(self.tr("First: %1\nSecond: %2").replace("%1", names[0]).replace("%2", names[1])))
        keep_first = box.addButton(self.tr("Keep the first"), QMessageBox.ButtonRole.AcceptRole)
        keep_second = box.addButton(self.tr("Keep the second"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() not in (keep_first, keep_second):
            return
        kept, merged = ids if box.clickedButton() is keep_first else ids[::-1]
        merge_people(self.session, kept, merged, self)

    def review_duplicates(self) -> None:
        """Review the likely duplicates, pair by pair: merge, not the same person, or skip."""
        from ..duplicates_dialog import DuplicatesDialog

        DuplicatesDialog(self.session, self).exec()
        self._update_duplicates()

    def erase_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        person = registration.participant_rows(self.session.ws, ids)[ids[0]]
        name = display_name(person)
        answer = QMessageBox.warning(
            self, self.tr("Erase personal data"),
            literal(self.tr("Erase the personal data of %1 for good?\n\nTheir name, e-mail and organisation are removed "
                    "from this event file and from every bundle merged later. Anonymous facts (country, role, "
                    "attendance) are kept. This cannot be undone.").replace("%1", name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:  # no undo (None) ends the undo history: none may bring the name back
            self.session.run(self.tr("Erase personal data"), lambda: registration.erase_participant(self.session.ws, ids[0]),
                             None, self)

    def export_list(self) -> None:
        """The people shown, to XLSX or CSV: saved at first beside the event file, then in the folder last used."""
        from ..printing import default_folder

        settings = Settings()
        default = str(default_folder(self.session, settings, "participants")
                      / f"{self.session.ws.path.stem}-participants.xlsx")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export participants"), default,
                                                    self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".csv" if "csv" in _filter.lower() else ".xlsx"
        settings.set_print_folder("participants", Path(path).parent)
        from ..session import unexpected
        from ..tasks import Task

        ws, ids = self.session.ws, self.model_ids()

        def work(_progress):  # type: ignore[no-untyped-def]
            with ws.for_worker() as worker:
                return export_participants(worker, path, ids)

        def done(count: int) -> None:
            self.window().statusBar().showMessage(
                self.tr("Exported %n participant(s) to %1", "", count).replace("%1", path), 8000)

        self._export_task = Task(self, self.tr("Exporting…"), work)
        self._export_task.finished.connect(done)
        self._export_task.failed.connect(lambda exc: show_error(self, exc if isinstance(exc, EulacError) else unexpected(exc)))
        self._export_task.start()

    def model_ids(self) -> list[str]:
        """The ids shown (the export follows the search and filters)."""
        return [self.model.id_at(row) for row in range(self.model.rowCount())]

    # -- search and filters --------------------------------------------------------------------

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())
        self._update_count(recount=False)

    def _apply_filters(self) -> None:
        filters = {name: box.currentData() or None for name, box in self.filters.items()}
        filters["checked_in"] = {"yes": True, "no": False}.get(filters["checked_in"] or "")
        self.model.set_filters(**filters)
        self._update_count(recount=False)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._filters_filled:  # country names load CLDR data: not at start-up, when first shown
            self._fill_filters()
            self._words_step.start()
        super().showEvent(event)

    def _read_search_words(self) -> None:
        """Read the search index's words a step at a time while the window idles, so that the first key typed at a
        big event does not wait for them all (a key typed before they are all read waits for the rest)."""
        if not registration.prepare_search_index(self.session.ws, _WORDS_STEP_S):
            self._words_step.start()

    def _fill_filters(self) -> None:
        self._filters_filled = True
        values = registration.filter_values(self.session.ws)
        choices = {
            "country": [(c, f"{country_name(c)} ({c})") for c in values["country"]],
            "region": [(r, region_label(r)) for r in REGIONS],
            "role": [(r, self.model.role_label(r)) for r in registration.ROLES],
            "language": [(code, LANGUAGES.get(code, code)) for code in values["language"]],
            "gender": [*((g, gender_label(g)) for g in GENDERS), (NOT_GIVEN, self.tr("Gender not given"))],
            "stakeholder": [*((k, stakeholder_label(k)) for k in STAKEHOLDERS),
                            (NOT_GIVEN, self.tr("Stakeholder type not given"))],
            "checked_in": [("yes", self.tr("Checked in")), ("no", self.tr("Not checked in yet"))],
        }
        first = {"country": self.tr("All countries"), "region": self.tr("All regions"), "role": self.tr("All roles"),
                 "language": self.tr("All languages"), "gender": self.tr("All genders"),
                 "stakeholder": self.tr("All stakeholder types"), "checked_in": self.tr("Arrived or not")}
        collator = QCollator(QLocale())
        for name, box in self.filters.items():
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(first[name], None)
            by_name = cmp_to_key(lambda a, b: collator.compare(a[1], b[1]))  # "Österreich" among the Os
            for data, label in sorted(choices[name], key=by_name) if name == "country" else choices[name]:
                box.addItem(label, data)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_count(self, recount: bool = True) -> None:
        """Say how many are shown and registered (`recount`: counted again in the file, after a change; a key
        typed in the search changes only how many are shown)."""
        shown = self.model.rowCount()
        ws = self.session.ws
        if recount or self._registered is None:
            self._registered = registration.participant_count(ws), registration.erased_count(ws)
        total, erased = self._registered
        if shown != total + erased:
            text = self.tr("%n participant(s) shown", "", shown) + " · " + self.tr("%n participant(s) registered", "", total)
        else:
            text = self.tr("%n participant(s) registered", "", total)
        if erased:  # listed as "(erased)", never counted as registered
            text += " · " + self.tr("%n erased (not counted)", "", erased)
        self.count.setText(text)

    def _update_duplicates(self) -> None:
        """The review action says how many pairs wait (the palette shows it too)."""
        from ...core.registration.duplicates import likely_duplicate_count

        pairs = likely_duplicate_count(self.session.ws)
        self.act_duplicates.setText(self.tr("Review likely d&uplicates (%n)…", "", pairs) if pairs
                                    else self.tr("Review likely d&uplicates…"))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Participants"))
        self.search.setPlaceholderText(self.tr("Search by name, organisation or e-mail (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search participants"))
        self.table.setAccessibleName(self.tr("Participants"))
        for name, label in (("country", self.tr("Filter by country")), ("region", self.tr("Filter by region")),
                            ("role", self.tr("Filter by role")), ("language", self.tr("Filter by language")),
                            ("gender", self.tr("Filter by gender")),
                            ("stakeholder", self.tr("Filter by stakeholder type")),
                            ("checked_in", self.tr("Filter by check-in"))):
            self.filters[name].setAccessibleName(label)
        texts = {self.act_import: self.tr("&Import a list…"), self.act_walk_in: self.tr("Add a &walk-in…"),
                 self.act_delete: self.tr("&Delete participants"), self.act_merge: self.tr("&Merge two participants…"),
                 self.act_erase: self.tr("E&rase personal data…"), self.act_export: self.tr("E&xport the list…"),
                 self.act_badges: self.tr("Print &badges…")}
        for act, text in texts.items():
            act.setText(text)
        self._update_duplicates()
        self.model.retranslate()
        if self._filters_filled:
            self._fill_filters()
        self._update_count()

    def refresh(self, changes: Changes | None) -> None:
        updated = (changes.updated.get("participants", []) if changes else [])
        if (changes is not None and not changes.inserted and not changes.deleted and updated
                and all(self.model.row_of(pid) >= 0 for pid in updated)):
            self.model.refresh_rows(updated)
        else:
            self.model.reload()
            if self._filters_filled:
                self._fill_filters()
        self._update_count()
        if changes is None or "participants" in changes.tables():  # not after each check-in
            self._update_duplicates()
        self._update_actions()


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a gender or stakeholder type in a list of its names (or, typed, as the person says it: the core
    reads it in any language, and keeps an unexpected answer as "other" with its words)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 (Qt's name)
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        column = ParticipantsModel.COLUMNS[index.column()]
        box = QComboBox(parent)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItem("", "")
        codes, label = (GENDERS, gender_label) if column == "gender" else (STAKEHOLDERS, stakeholder_label)
        for code in codes:
            box.addItem(label(code), code)
        model = index.model()
        box.setAccessibleName(model.headers()[index.column()] if isinstance(model, ParticipantsModel) else column)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 (Qt's name)
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        chosen = editor.currentText() == editor.itemText(editor.currentIndex())
        model.setData(index, editor.currentData() if chosen else editor.currentText(), Qt.ItemDataRole.EditRole)


def merge_people(session: EventSession, kept: str, merged: str, widget: QWidget | None = None) -> bool:
    """Merge `merged` into `kept` through the core, undoable with Ctrl+Z (both records come back whole)."""
    ws = session.ws
    last: dict[str, Changes] = {}

    def merge() -> Changes:
        last["changes"] = registration.merge_participants(ws, kept, merged)
        return last["changes"]

    return session.run(QCoreApplication.translate("ParticipantsPage", "Merge participants"), merge,
                       lambda: registration.unmerge_participants(ws, last["changes"]), widget) is not None
