"""Text that participants, bundles and phones provide is shown as written in the window: a name such as
"<b>Ana</b>" or "<img src=x>" is never read as HTML, in tables, tooltips, dialogs or message boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from eulac_desktop.core import registration, voting
from eulac_desktop.core.errors import InvalidValue
from eulac_desktop.ui.session import show_error
from eulac_desktop.ui.voting.ballot_form import BallotForm
from eulac_desktop.ui.voting.kiosk import VotingKiosk

GIVEN, FAMILY = "<b>Ana</b>", "<img src=x>"


def as_seen(text: str) -> str:
    """What Qt shows of `text` where it guesses the format (tooltips, message boxes, labels left as AutoText)."""
    if not QtGui.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


@pytest.fixture
def page(open_window, event_file: Path):
    window = open_window(event_file, stage="participants")
    registration.add_participant(window.session.ws, {"given_name": GIVEN, "family_name": FAMILY,
                                                     "email": "html@example.org"})
    window.participants_page.refresh(None)
    return window.participants_page


def row_of_html_person(page) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.index(r, 1).data() == GIVEN)


def test_the_table_and_its_tooltips_show_the_name_as_written(page) -> None:
    row = row_of_html_person(page)
    assert page.model.index(row, 0).data() == FAMILY
    for column in (0, 1):
        tip = page.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
        assert as_seen(tip) == (FAMILY, GIVEN)[column]


def test_the_erase_question_shows_the_name_as_written(page, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Cancel)
    page.table.selectRow(row_of_html_person(page))
    page.act_erase.trigger()
    assert f"{GIVEN} {FAMILY}" in as_seen(asked[0])


def test_a_refusal_quoting_data_is_shown_as_plain_text(qapp, monkeypatch) -> None:
    shown: list[tuple[Qt.TextFormat, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.textFormat(), box.text())) or 0)
    show_error(None, InvalidValue(field="E-mail", reason=f"nobody is registered with “{GIVEN}”"))
    assert shown and shown[0][0] == Qt.TextFormat.PlainText and GIVEN in shown[0][1]


def test_a_ballots_option_label_is_plain_text(qapp) -> None:
    form = BallotForm({"method": "approval", "options": [{"id": "o1", "text": GIVEN}, {"id": "o2", "text": "Two"}],
                       "params": {}}, "en")
    label = next(label for label in form.findChildren(QLabel) if label.text() == GIVEN)
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_voting_kiosk_shows_the_polls_title_as_written(page) -> None:
    ws = page.session.ws
    poll = voting.create_poll(ws, GIVEN, "approval", ["One", "Two"]).inserted["polls"][0]
    desk = VotingKiosk(page.session, poll, "2468")
    try:
        assert desk.title.textFormat() == Qt.TextFormat.PlainText and desk.title.text() == GIVEN
    finally:
        desk.try_leave("2468")
        desk.deleteLater()
