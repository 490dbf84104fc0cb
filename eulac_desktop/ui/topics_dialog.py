"""The event's P2P topics, from the P2P page: a table of codes with a label per event language, each label
edited in place (rename, translate), a topic added, a list imported (with a summary of what it did); every
change goes through the core and undoes (Ctrl+Z). Below, the offers and seeks that name no known topic."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core import p2p
from ..core.errors import EulacError
from ..core.event import get_event
from ..core.p2p import topic_import
from ..core.registration.tables import Table, encoding_label
from ..core.text import safe_display
from ..core.workspace import Changes
from .session import EventSession, show_error

Index = QModelIndex | QPersistentModelIndex


def language_name(code: str) -> str:
    """An event language as its speakers name it ("Español", "Português"), else its code."""
    from ..core.i18n import LANGUAGES

    return LANGUAGES.get(code, code)


class TopicsModel(QAbstractTableModel):
    """The event's topics: a row per topic (by code), its code, then its label in each event language."""

    def __init__(self, session: EventSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.widget = session, parent  # the widget a refusal is shown over
        self.languages: list[str] = []
        self.topics: list[p2p.Topic] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.languages = list(get_event(self.session.ws).languages or [])
        self.topics = list(p2p.event_topics(self.session.ws).values())
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.topics)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self.languages)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr("Code") if section == 0 else language_name(self.languages[section - 1])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        topic = self.topics[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return topic.code if index.column() == 0 else topic.labels.get(self.languages[index.column() - 1], "")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() > 0:
            return self.tr("Double-click or press F2 to rename or translate")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() > 0 and not self.session.ws.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A label typed in: renamed or translated through the core (undoable); refused with the reason."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        topic, lang = self.topics[index.row()], self.languages[index.column() - 1]
        text = " ".join(str(value or "").split())
        if text == topic.labels.get(lang, ""):
            return False
        done = self.session.run(self.tr("Rename a topic"),
                                lambda: p2p.set_topic_label(self.session.ws, topic.code, lang, text), widget=self.widget)
        return done is not None


class AddTopicDialog(QDialog):
    """A new topic's code and its label in each of the event's languages; stays open when the core refuses."""

    def __init__(self, session: EventSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Add a topic"))
        self.setMinimumWidth(460)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Code"))
        self.code.setPlaceholderText(self.tr("e.g. CLIMATE"))
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        self.labels: dict[str, QLineEdit] = {}
        for lang in get_event(session.ws).languages or []:
            edit = QLineEdit()
            edit.setAccessibleName(self.tr("Label in %1").replace("%1", language_name(lang)))
            form.addRow(language_name(lang) + ":", edit)
            self.labels[lang] = edit
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        labels = {lang: edit.text() for lang, edit in self.labels.items()}
        code = self.code.text()
        if self.session.run(self.tr("Add a topic"), lambda: p2p.add_topic(self.session.ws, code, labels),
                            widget=self) is not None:
            super().accept()


class TopicsDialog(QDialog):
    """The event's topics: edit labels in place, add a topic, import a list; the unknown codes beneath."""

    def __init__(self, session: EventSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("P2P topics"))
        self.resize(760, 520)
        self.model = TopicsModel(session, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Topics and their labels"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # long labels wrap
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.import_button, self.add_button = QPushButton(), QPushButton()
        self.import_button.clicked.connect(self.import_list)
        self.add_button.clicked.connect(self.add_topic)
        self.unknown_label = QLabel()
        self.unknown = QListWidget()
        self.unknown.setWordWrap(True)
        self.unknown.setMaximumHeight(110)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Enter commits a label being edited; it presses no button
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unknown_label)
        layout.addWidget(self.unknown)
        layout.addWidget(buttons)
        for keys, step in ((QKeySequence.StandardKey.Undo, session.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, session.undo_stack.redo)):
            QShortcut(keys, self, step)  # the window's Undo cannot be reached while this dialog is open
        read_only = session.ws.read_only
        self.import_button.setEnabled(not read_only)
        self.add_button.setEnabled(not read_only)
        session.changed.connect(self.changed)
        self.retranslate()
        self.show_unknown()

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("&Import a list…"))
        self.add_button.setText(self.tr("&Add a topic…"))
        self.import_button.setAccessibleName(self.tr("Import a topics list"))
        self.add_button.setAccessibleName(self.tr("Add a topic"))
        self.hint.setText(self.tr("A topic has a code (as people's offers and seeks name it) and a label in each of the "
                                  "event's languages. Double-click a label, or press F2, to rename or translate it; "
                                  "Ctrl+Z undoes."))
        self.unknown_label.setText(self.tr("Offers and seeks that name no topic"))
        self.unknown.setAccessibleName(self.tr("Offers and seeks that name no topic"))

    def changed(self, changes: Changes | None) -> None:
        if changes is None or {"topics", "participants"} & changes.tables():
            self.model.reload()
            self.show_unknown()

    def show_unknown(self) -> None:
        """Each code people offer or seek that no topic has: who, and the closest codes."""
        self.unknown.clear()
        for line in self.unknown_lines(p2p.unknown_topics(self.session.ws)):
            self.unknown.addItem(line)
        self.unknown.setVisible(self.unknown.count() > 0)
        self.unknown_label.setVisible(self.unknown.count() > 0)

    def add_topic(self) -> None:
        dialog = AddTopicDialog(self.session, self)
        dialog.exec()
        dialog.deleteLater()

    def import_list(self) -> None:
        """Choose a list, import it in one step (undoable), then say what it did; refused whole when it is wrong."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a topics list"), "",
            self.tr("Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)"))
        if not path:
            return
        ws = self.session.ws
        try:
            table = topic_import.read_topics(path, certain=False)
            if not table.encoding_certain:
                encoding = self.ask_encoding(table)
                if encoding is None:
                    return
                table = topic_import.read_topics(path, encoding=encoding, certain=False)
            plan = topic_import.plan_topics(ws, table)
            if plan.problems:
                raise topic_import.TopicsRefused(plan)
        except EulacError as exc:
            show_error(self, exc)
            return
        changes = plan.added or plan.updated
        if changes and self.session.run(self.tr("Import topics"), lambda: topic_import.apply_topics(ws, plan),
                                        widget=self) is None:
            return
        summary = plan.summary()
        text = self.tr("%1 added, %2 updated, %3 unchanged.").replace("%1", str(summary["added"])).replace(
            "%2", str(summary["updated"])).replace("%3", str(summary["unchanged"]))
        lines = self.unknown_lines(plan.unknown)
        if lines:
            text += "\n\n" + self.tr("Offers and seeks that name no topic:") + "\n" + "\n".join(lines)
        QMessageBox.information(self, self.tr("Topics imported"), text)

    def ask_encoding(self, table: Table) -> str | None:
        """Which way a list whose encoding is only a guess reads right: each likely encoding with the labels read
        that way (as the participants' import asks); None when the person cancels."""
        choices = {f"{encoding_label(enc)}: " + " | ".join(safe_display(s) for s in sample): enc
                   for enc, sample in table.encoding_alternatives.items()}
        choice, ok = QInputDialog.getItem(self, self.tr("Import a topics list"), self.tr(
            "The encoding is not certain. Which way are the labels written correctly?"), list(choices), 0, False)
        return choices.get(choice) if ok else None

    def unknown_lines(self, unknown: list[dict[str, Any]]) -> list[str]:
        """The unknown codes as lines: the code, offered or sought by whom, and the closest known codes."""
        lines = []
        for entry in unknown:
            names = ", ".join(p["name"] or p["email"] for p in entry["people"][:3])
            if len(entry["people"]) > 3:
                names += f" (+{len(entry['people']) - 3})"
            line = (self.tr("%1, offered by %2") if entry["field"] == "offers" else self.tr("%1, sought by %2")).replace(
                "%1", entry["code"]).replace("%2", names)
            if entry["suggestions"]:
                line += " · " + self.tr("did you mean %1?").replace("%1", ", ".join(entry["suggestions"]))
            lines.append(line)
        return lines

