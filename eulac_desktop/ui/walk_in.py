"""The walk-in form: add a person at the desk, all by keyboard, warned of duplicates as you type."""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QCollator, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import registration
from ..core.countries import country_names
from ..core.text import display_name, safe_display
from ..core.vocabulary import GENDERS, STAKEHOLDERS, gender_label, stakeholder_label
from .session import EventSession
from .settings import Settings

_CHECK_DELAY_MS = 200


class WalkInDialog(QDialog):
    """Given and family name, e-mail, organisation, country, role, languages, gender and stakeholder type (both
    optional), the P2P topics offered and sought; Enter adds the person."""

    def __init__(self, session: EventSession, parent: QWidget | None = None, settings: Settings | None = None):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.added_id: str | None = None
        self.setWindowTitle(self.tr("Add a walk-in"))
        self.setMinimumWidth(520)
        self.given, self.family, self.email, self.organisation = (QLineEdit() for _ in range(4))
        self.email.setPlaceholderText(self.tr("name@example.org"))
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItem("", "")
        collator = QCollator(QLocale())

        def by_name(a: tuple[str, str], b: tuple[str, str]) -> int:
            return collator.compare(a[1], b[1])

        for code, name in sorted(country_names().items(), key=cmp_to_key(by_name)):
            self.country.addItem(name, code)
        completer = QCompleter(self.country.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.country.setCompleter(completer)
        self.role = QComboBox()
        for role in registration.ROLES:  # the list's and the badges' words for the roles
            self.role.addItem(registration.role_label(role), role)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. es; en"))
        form = QFormLayout()
        form.addRow(self.tr("&Given name"), self.given)
        form.addRow(self.tr("&Family name"), self.family)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Languages"), self.languages)
        topics = registration.topic_choices(session.ws)
        self.offers, self.seeks = _topic_list(topics), _topic_list(topics)
        self.offers.setAccessibleName(self.tr("Offers (P2P topics this person can share)"))
        self.seeks.setAccessibleName(self.tr("Seeks (P2P topics this person wants to learn about)"))
        if topics:  # an event without P2P topics has nothing to offer or seek
            form.addRow(self.tr("Offer&s"), self.offers)
            form.addRow(self.tr("See&ks"), self.seeks)
            hint = QLabel(self.tr("Space ticks a topic; Tab goes on."))
            hint.setWordWrap(True)
            form.addRow("", hint)
        self.gender, self.stakeholder = QComboBox(), QComboBox()
        self.gender.addItem(self.tr("(not given)"), "")
        for gender in GENDERS[:-1]:  # "other" is kept for unexpected answers in lists; here one describes oneself
            self.gender.addItem(gender_label(gender), gender)
        self.gender_text = QLineEdit()
        self.gender_text.setPlaceholderText(self.tr("In the person's own words"))
        self.gender_text.setAccessibleName(self.tr("Gender, self-described"))
        self.gender_text.setEnabled(False)
        self.gender.currentIndexChanged.connect(
            lambda _i: self.gender_text.setEnabled(self.gender.currentData() == "self_described"))
        self.stakeholder.addItem(self.tr("(not given)"), "")
        for stakeholder in STAKEHOLDERS:
            self.stakeholder.addItem(stakeholder_label(stakeholder), stakeholder)
        gender_row = QHBoxLayout()
        gender_row.addWidget(self.gender)
        gender_row.addWidget(self.gender_text, 1)
        gender_caption = QLabel(self.tr("Gen&der"))
        gender_caption.setBuddy(self.gender)  # the mnemonic reaches the list, not the words beside it
        form.addRow(gender_caption, gender_row)
        form.addRow(self.tr("S&takeholder type"), self.stakeholder)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        self.add_another = buttons.addButton(self.tr("Add, then a&nother"), QDialogButtonBox.ButtonRole.ActionRole)
        self.add_print = buttons.addButton(self.tr("Add and &print the badge"), QDialogButtonBox.ButtonRole.ActionRole)
        self.add_print.setVisible(settings is not None)
        self.add_print.clicked.connect(lambda: self._add(close=True, badge=True))
        buttons.accepted.connect(lambda: self._add(close=True))
        self.add_another.clicked.connect(lambda: self._add(close=False))
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self._add(close=False))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self._check = QTimer(self, singleShot=True, interval=_CHECK_DELAY_MS)
        self._check.timeout.connect(self.check_duplicates)
        for field in (self.given, self.family, self.email, self.organisation):
            field.textChanged.connect(lambda _t: self._check.start())
        self.given.setFocus()

    def values(self) -> dict[str, str]:
        country = self.country.currentData() if self.country.currentText() == self.country.itemText(
            self.country.currentIndex()) else self.country.currentText()
        return {"given_name": self.given.text(), "family_name": self.family.text(), "email": self.email.text(),
                "organisation": self.organisation.text(), "country": country or "",
                "role": self.role.currentData(), "languages": self.languages.text(),
                "offers": ";".join(_ticked(self.offers)), "seeks": ";".join(_ticked(self.seeks)),
                "gender": self.gender.currentData(),
                "gender_text": self.gender_text.text() if self.gender_text.isEnabled() else "",
                "stakeholder": self.stakeholder.currentData()}

    def check_duplicates(self) -> None:
        """Warn (as the person is typed) about who may already be registered."""
        v = self.values()
        if not (v["given_name"] or v["family_name"] or v["email"]):
            self.warning.clear()
            return
        matches = registration.similar_people(self.session.ws, v["given_name"], v["family_name"], v["email"],
                                              v["organisation"])
        reasons = {"same_email": self.tr("same e-mail"), "same_name_and_organisation": self.tr("same name and organisation"),
                   "same_name": self.tr("same name"), "close_name": self.tr("very close name")}
        lines = [safe_display(f"• {m['name']} — {m['organisation'] or '—'} <{m['email'] or '—'}> ({reasons[m['reason']]})")
                 for m in matches]
        self.warning.setText(self.tr("Already registered?") + "\n" + "\n".join(lines) if lines else "")

    def _add(self, close: bool, badge: bool = False) -> None:
        ws = self.session.ws
        values = self.values()
        changes = self.session.run(self.tr("Add a walk-in"), lambda: registration.add_participant(ws, values), widget=self,
                                   refused=lambda exc: self.error.setText(exc.text()))  # undone: deleted, redone: back
        if changes is None:
            return
        pid = changes.inserted["participants"][0]
        self.added_id = pid
        self.error.clear()
        if badge and self.settings is not None:
            from .badge_print import print_badges

            self._badge_task = print_badges(self.parentWidget() or self, self.session, self.settings, [pid], ask=False,
                                            single=True)
        if close:
            self.accept()
            return
        for field in (self.given, self.family, self.email, self.organisation, self.languages, self.gender_text):
            field.clear()
        self.gender.setCurrentIndex(0)
        self.stakeholder.setCurrentIndex(0)
        for topics in (self.offers, self.seeks):
            for row in range(topics.count()):
                topics.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.warning.setText(self.tr("Added %1.").replace("%1", display_name(values)))
        self.given.setFocus()


def _topic_list(topics: list[tuple[str, str]]) -> QListWidget:
    """The event's P2P topics, each a tick box (Space ticks the current one)."""
    box = QListWidget()
    for code, label in topics:
        item = QListWidgetItem(safe_display(label))
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        box.addItem(item)
    rows = min(len(topics), 5)  # more scroll
    box.setFixedHeight(box.sizeHintForRow(0) * rows + 2 * box.frameWidth() if topics else 0)
    if topics:
        box.setCurrentRow(0)
    return box


def _ticked(box: QListWidget) -> list[str]:
    return [box.item(row).data(Qt.ItemDataRole.UserRole) for row in range(box.count())
            if box.item(row).checkState() == Qt.CheckState.Checked]
