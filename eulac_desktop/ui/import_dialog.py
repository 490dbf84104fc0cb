"""Import an organisers' list: choose the file, check the columns on a preview, see what will change, import.

Reading, checking and importing run off the GUI thread with progress; Cancel leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.countries import country_name
from ..core.errors import EulacError
from ..core.i18n import _ as core_text
from ..core.registration import importing, role_label
from ..core.registration.mapping import FIELD_LABELS, IGNORE
from ..core.registration.tables import Table, encoding_label, read_table
from ..core.text import display_name, safe_display
from ..core.workspace import Changes
from .session import REVERT, EventSession, show_error, unexpected
from .tasks import Task

_PREVIEW_ROWS = 8


class ImportDialog(QDialog):
    """Three steps: the file, its columns, what will change. Nothing is written before Import."""

    def __init__(self, session: EventSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.table: Table | None = None
        self._read_path = ""
        self.plan: importing.ImportPlan | None = None
        self.result: dict | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Import a list of participants"))
        self.resize(980, 640)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._file_step())
        self.steps.addWidget(self._columns_step())
        self.steps.addWidget(self._check_step())
        self.back = QPushButton(self.tr("< &Back"))
        self.next = QPushButton(self.tr("&Next >"))
        self.next.setDefault(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.back.clicked.connect(self._go_back)
        self.next.clicked.connect(self._go_next)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back, self.next, self.cancel):
            buttons.addWidget(button)
        self.status = QLabel()
        buttons.insertWidget(0, self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self._show_step(0)

    # -- step 1: the file ----------------------------------------------------------------------

    def _file_step(self) -> QWidget:
        page = QWidget()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("List to import"))
        self.path.textChanged.connect(lambda _t: self._show_step(self.steps.currentIndex()) if hasattr(self, "steps") else None)
        self.path.returnPressed.connect(lambda: self.read())
        browse = QPushButton(self.tr("&Choose a file…"))
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.activated.connect(lambda _i: self.read(sheet=self.sheet.currentText()))
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(self.tr("Encoding"))
        self.encoding.activated.connect(lambda _i: self.read(encoding=self.encoding.currentData()))
        self.encoding_help = QLabel()
        self.encoding_help.setWordWrap(True)
        self.encoding_help.setTextFormat(Qt.TextFormat.PlainText)
        self.file_info = QLabel()
        self.file_info.setWordWrap(True)
        self.file_info.setTextFormat(Qt.TextFormat.PlainText)
        self.file_form = form = QFormLayout()
        list_label = QLabel(self.tr("&List"))
        list_label.setBuddy(self.path)
        form.addRow(list_label, row)
        form.addRow(self.tr("&Sheet"), self.sheet)
        form.addRow(self.tr("&Encoding"), self.encoding)
        form.setRowVisible(self.sheet, False)
        form.setRowVisible(self.encoding, False)
        intro = QLabel(self.tr("Choose the organisers' list: CSV, TSV or TXT (any separator and encoding), or an "
                               "Excel or LibreOffice spreadsheet (XLSX, XLS, ODS)."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.encoding_help)
        layout.addWidget(self.file_info)
        layout.addStretch(1)
        return page

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the list"), str(Path.home()),
            self.tr("Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)"))
        if path:
            self.path.setText(path)
            self.read()

    def read(self, sheet: str | None = None, encoding: str | None = None) -> None:
        """Read the chosen file (off the GUI thread); then show how it was read."""
        path = self.path.text().strip()
        if not path:
            return

        def work(_progress):  # type: ignore[no-untyped-def]
            return read_table(path, sheet=sheet, encoding=encoding)

        self._read_path = path
        self._run(self.tr("Reading the list…"), work, self._on_read)

    def _on_read(self, table: Table) -> None:
        self.table = table
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        self.sheet.setCurrentText(table.sheet)
        self.sheet.blockSignals(False)
        self.file_form.setRowVisible(self.sheet, len(table.sheets) > 1)
        self.encoding.blockSignals(True)
        self.encoding.clear()
        for enc in ([table.encoding] + [e for e in table.encoding_alternatives if e != table.encoding]) if table.encoding else []:
            self.encoding.addItem(encoding_label(enc), enc)
        self.encoding.blockSignals(False)
        self.file_form.setRowVisible(self.encoding, bool(table.encoding))
        if not table.encoding_certain:
            samples = "\n\n".join(f"{encoding_label(enc)}:\n" + "\n".join(safe_display(s) for s in sample)
                                  for enc, sample in table.encoding_alternatives.items())
            self.encoding_help.setText(self.tr("The encoding is not certain. Which way are the names written "
                                               "correctly?") + "\n\n" + samples)
        else:
            self.encoding_help.clear()
        separator = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab"), "|": self.tr("vertical bar")}
        self.file_info.setText(self.tr("%n row(s) of data", "", len(table.rows)) + ", " +
                               self.tr("%n column(s)", "", len(table.header)) +
                               (f" · {separator.get(table.separator, table.separator)}" if table.separator else ""))
        self._fill_columns(importing.mapping_for(table))
        # an uncertain encoding or a choice of sheets is for the user to see first; else on to the columns
        self._show_step(0 if not table.encoding_certain or len(table.sheets) > 1 else 1)

    # -- step 2: columns -----------------------------------------------------------------------

    def _columns_step(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("Check which field each column holds. Columns set to “Ignore” are not imported."))
        intro.setWordWrap(True)
        self.columns = QTableWidget(0, 3)
        self.columns.verticalHeader().setVisible(False)
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.setAccessibleName(self.tr("Columns of the list"))
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview_label = QLabel()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.columns, 3)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 2)
        return page

    def _fill_columns(self, mapping: list[str]) -> None:
        assert self.table is not None
        table = self.table
        self.columns.setRowCount(len(table.header))
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the list"), self.tr("Field"), self.tr("First values")])
        self.mapping_boxes: list[QComboBox] = []
        for i, header in enumerate(table.header):
            self.columns.setItem(i, 0, _item(header or self.tr("(column %1)").replace("%1", str(i + 1))))
            box = QComboBox()
            box.addItem(self.tr("Ignore"), IGNORE)
            for field, label in FIELD_LABELS.items():
                box.addItem(core_text(label), field)
            box.setCurrentIndex(max(0, box.findData(mapping[i])))
            box.setAccessibleName(self.tr("Field of column %1").replace("%1", header))
            box.currentIndexChanged.connect(lambda _i, row=i: self._mapping_changed(row))
            self.columns.setCellWidget(i, 1, box)
            self.mapping_boxes.append(box)
            samples = [r[i] for r in table.rows[:3] if i < len(r) and r[i].strip()]
            self.columns.setItem(i, 2, _item(" · ".join(samples)))
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(1, 320)
        self._update_preview()

    def mapping(self) -> list[str]:
        return [box.currentData() for box in self.mapping_boxes]

    def _mapping_changed(self, row: int) -> None:
        chosen = self.mapping_boxes[row].currentData()
        for i, box in enumerate(self.mapping_boxes):  # a field is read from one column only
            if i != row and chosen and box.currentData() == chosen:
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
        self._update_preview()

    def _update_preview(self) -> None:
        assert self.table is not None
        mapping = self.mapping()
        fields = [f for f in FIELD_LABELS if f != "full_name" and (f in mapping or (f in ("given_name", "family_name")
                                                                                 and "full_name" in mapping))]
        self.preview.clear()
        self.preview.setColumnCount(len(fields))
        self.preview.setHorizontalHeaderLabels([core_text(FIELD_LABELS[f]) for f in fields])
        rows = self.table.rows[:_PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(n) for n in self.table.line_numbers[:_PREVIEW_ROWS]])
        for r, cells in enumerate(rows):
            values = importing.row_values(self.table, mapping, cells)
            for c, field in enumerate(fields):
                self.preview.setItem(r, c, _item(values.get(field, "")))
        self.preview.resizeColumnsToContents()  # headers such as "Consentimiento para fotos" in full
        self.preview_label.setText(self.tr("Preview of the first rows, as they will be read:"))

    # -- step 3: check -------------------------------------------------------------------------

    def _check_step(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget()
        self.problems = _table(3)
        self.likely = _table(3)
        self.updates = _table(3)
        self.updates.setAccessibleName(self.tr("Updates: tick the people to update, untick to keep the current record"))
        self.updates.itemChanged.connect(lambda _item: self._count_kept())
        self.select_all = QPushButton(self.tr("Update &all"))
        self.select_none = QPushButton(self.tr("&Keep all as they are"))
        self.select_all.clicked.connect(lambda: self._check_updates(True))
        self.select_none.clicked.connect(lambda: self._check_updates(False))
        self.updates_note = QLabel()
        self.updates_note.setWordWrap(True)
        updates_page = QWidget()
        updates_buttons = QHBoxLayout()
        updates_buttons.addWidget(self.updates_note, 1)
        updates_buttons.addWidget(self.select_all)
        updates_buttons.addWidget(self.select_none)
        updates_layout = QVBoxLayout(updates_page)
        updates_layout.setContentsMargins(0, 0, 0, 0)
        updates_layout.addLayout(updates_buttons)
        updates_layout.addWidget(self.updates, 1)
        self.tabs.addTab(self.problems, "")
        self.tabs.addTab(self.likely, "")
        self.tabs.addTab(updates_page, "")
        self.save_report = QPushButton(self.tr("&Save the report as CSV…"))
        self.save_report.clicked.connect(self.save_problems)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.save_report, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def check(self) -> None:
        """Work out what the import would change (nothing is written yet)."""
        assert self.table is not None
        table, mapping, ws = self.table, self.mapping(), self.session.ws

        def work(progress):  # type: ignore[no-untyped-def]
            with ws.for_worker() as worker:
                return importing.plan_import(worker, table, mapping, progress)

        self._run(self.tr("Checking the list…"), work, self._on_checked)

    def _on_checked(self, plan: importing.ImportPlan) -> None:
        self.plan = plan
        s = plan.summary()
        counts = [self.tr("%n row(s)", "", s["rows"]), self.tr("%n to add", "", s["added"]),
                  self.tr("%n to update", "", s["updated"]), self.tr("%n unchanged", "", s["unchanged"]),
                  self.tr("%n duplicate row(s)", "", s["duplicates"]),
                  self.tr("%n invalid row(s) (not imported)", "", s["invalid"])]
        summary = self.tr("%1: %2, %3, %4, %5, %6.")
        for n, count in enumerate(counts, 1):
            summary = summary.replace(f"%{n}", count)
        flagged = len({p["row"] for p in s["problems"] if p.get("warning")})
        if flagged:  # imported all the same: offers or seeks naming no topic yet, kept as typed
            summary += " " + self.tr("%n row(s) name topics the event does not have yet: imported, and listed under "
                                     "Problems.", "", flagged)
        self.summary.setText(summary)
        duplicate_rows = [{"row": d["row"], "column": "", "reason": self.tr("same e-mail as row %1 (%2)").replace(
            "%1", str(d["first_row"])).replace("%2", d["email"])} for d in plan.duplicates]
        problems = sorted(s["problems"] + duplicate_rows, key=lambda p: p["row"])
        _fill(self.problems, [self.tr("Row"), self.tr("Column"), self.tr("Reason")],
              [[str(p["row"]), p["column"], p["reason"]] for p in problems])
        reasons = {"same_name_and_organisation": self.tr("same name and organisation"), "same_name": self.tr("same name"),
                   "close_name": self.tr("very close name")}
        def where(match: dict) -> str:
            return self.tr("row %1").replace("%1", str(match["row"])) if "row" in match else self.tr("registered")

        _fill(self.likely, [self.tr("Row"), self.tr("Name"), self.tr("May be the same person as")],
              [[str(d["row"]), d["name"], "; ".join([f"{m['name']} ({where(m)}, {reasons[m['reason']]})"
                                                     for m in d["matches"]]
                                                    + ([self.tr("%n more", "", d["more"])] if d.get("more") else []))]
               for d in plan.likely_duplicates])
        self._fill_updates(plan)
        self.tabs.setTabText(0, self.tr("Problems (%1)").replace("%1", str(len(problems))))
        self.tabs.setTabText(1, self.tr("Possible duplicates (%1)").replace("%1", str(len(plan.likely_duplicates))))
        self.tabs.setTabText(2, self.tr("Updates (%1)").replace("%1", str(len(plan.updated))))
        self._show_step(2)

    def _fill_updates(self, plan: importing.ImportPlan) -> None:
        """Each person the list would update, by name and e-mail, with what changes (old → new) and a tick:
        unticked, the current record is kept as it is."""
        labels = {f: core_text(label) for f, label in FIELD_LABELS.items()}
        rows = []
        for row, pid, new, old in plan.updated:
            current = plan.current.get(pid, {})
            name = display_name(current)
            who = f"{name} <{current['email']}>" if current.get("email") else name
            changes = "; ".join(f"{labels.get(k, k)}: {_shown(k, old.get(k))} → {_shown(k, new[k])}" for k in sorted(new))
            rows.append([str(row), who, changes])
        self.updates.blockSignals(True)
        _fill(self.updates, [self.tr("Row"), self.tr("Person"), self.tr("What changes (current → in the list)")], rows)
        for r in range(self.updates.rowCount()):
            item = self.updates.item(r, 0)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.updates.resizeColumnToContents(0)
        self.updates.blockSignals(False)
        self._count_kept()

    def _check_updates(self, update: bool) -> None:
        self.updates.blockSignals(True)
        for r in range(self.updates.rowCount()):
            self.updates.item(r, 0).setCheckState(Qt.CheckState.Checked if update else Qt.CheckState.Unchecked)
        self.updates.blockSignals(False)
        self._count_kept()

    def kept_rows(self) -> list[int]:
        """The list's rows whose person keeps the current record (unticked in the Updates tab)."""
        return [int(self.updates.item(r, 0).text()) for r in range(self.updates.rowCount())
                if self.updates.item(r, 0).checkState() != Qt.CheckState.Checked]

    def _count_kept(self) -> None:
        total, kept = self.updates.rowCount(), len(self.kept_rows())
        self.updates_note.setText(self.tr("Ticked people are updated from the list; unticked ones keep their current "
                                          "record.") + (" " + self.tr("%n kept as they are.", "", kept) if kept else ""))
        for button in (self.select_all, self.select_none):
            button.setEnabled(total > 0)

    def save_problems(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                                    str(Path.home() / "import-report.csv"), self.tr("CSV (*.csv)"))
        if path:
            self.write_report(path)

    def write_report(self, path: str) -> None:
        """The problems of the check (invalid and duplicate rows) as CSV, for the organisers to correct; a header
        such as "@Correo" is written so that a spreadsheet does not run it as a formula."""
        from ..core import files, spreadsheet
        from ..core.errors import EulacError

        rows = [[self.tr("Row"), self.tr("Column"), self.tr("Reason")]]
        rows += [[self.problems.item(r, c).text() for c in range(3)] for r in range(self.problems.rowCount())]
        try:
            with files.writing(path) as part:
                spreadsheet.write_table_file(part, ".csv", {"report": rows})
        except EulacError as exc:
            show_error(self, exc)

    def apply(self) -> None:
        """Import: one transaction, with progress; Cancel leaves nothing behind."""
        assert self.plan is not None
        plan, keep = self.plan, self.kept_rows()
        self.plan = None  # one import per check: pressing Import again cannot apply the same plan twice

        self._applied_plan = plan
        for button in (self.back, self.next):  # one task at a time: a double Enter must not import twice
            button.setEnabled(False)
        # undone by Ctrl+Z: the people added are deleted again, the people updated get their values back
        self._task = self.session.run(
            self.tr("Import participants"), lambda worker, progress: importing.apply_import(worker, plan, progress, keep=keep),
            REVERT, self, progress=self.tr("Importing…"), then=self._on_applied)
        self._follow(self._task)

    def _on_applied(self, _changes: Changes) -> None:
        self.result = self._applied_plan.summary()
        self.accept()

    # -- navigation ----------------------------------------------------------------------------

    def _show_step(self, index: int, keep_status: bool = False) -> None:
        if not keep_status:
            self.status.clear()
        self.steps.setCurrentIndex(index)
        self.back.setEnabled(index > 0)
        self.next.setText(self.tr("&Import") if index == 2 else self.tr("&Next >"))
        if index == 0:
            self.next.setEnabled(bool(self.path.text().strip()))
        else:
            self.next.setEnabled(index != 2 or bool(self.plan and (self.plan.added or self.plan.updated)))

    def _go_back(self) -> None:
        self._show_step(max(0, self.steps.currentIndex() - 1))

    def _go_next(self) -> None:
        step = self.steps.currentIndex()
        if step == 0:
            if self.table is None or self._read_path != self.path.text().strip():
                self.read()
            else:
                self._show_step(1)
        elif step == 1:
            self.check()
        else:
            self.apply()

    def _run(self, label: str, work, done) -> None:  # type: ignore[no-untyped-def]
        for button in (self.back, self.next):  # one task at a time: a double Enter must not import twice
            button.setEnabled(False)
        self._task = Task(self, label, work)
        self._task.finished.connect(done)
        self._task.failed.connect(self._failed)
        self._follow(self._task)
        self._task.start()

    def _follow(self, task: Task) -> None:
        """Say when the task was cancelled, and give the buttons back once it ends."""
        task.cancelled.connect(lambda: self.status.setText(self.tr("Cancelled: nothing was changed.")))
        for signal in (task.finished, task.failed, task.cancelled):
            signal.connect(lambda *_: self._show_step(self.steps.currentIndex(), keep_status=True))

    def _failed(self, exc: object) -> None:
        show_error(self, exc if isinstance(exc, EulacError) else unexpected(exc))


def _shown(field: str, value: object) -> str:
    """A field's value as a person reads it (a country's name, a role's word, yes/no…)."""
    if value is None or value == "":
        return "—"
    if field == "consent_photo":
        return QCoreApplication.translate("ImportDialog", "yes") if value else QCoreApplication.translate("ImportDialog", "no")
    if field == "country":
        return country_name(str(value))
    if field == "role":
        return role_label(str(value))
    if field in ("languages", "offers", "seeks"):
        return str(value).replace(";", ", ")
    return str(value)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(safe_display(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, _item(text))
    table.resizeColumnToContents(0)
    table.resizeColumnToContents(1)


