"""Printing badges from the window says whose name cannot be printed whole (issue 16, "Badges"), as the
command line lists them: in the layout dialog, or in a warning for a walk-in's badge printed at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from eulac_desktop.core import registration
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui import badge_print
from eulac_desktop.ui.language import LanguageManager
from eulac_desktop.ui.session import EventSession
from eulac_desktop.ui.settings import Settings


@pytest.fixture
def session(qapp, event_file: Path):
    LanguageManager(qapp).apply("en")
    with Workspace.open(event_file, mode="write") as ws:
        registration.add_participants(ws, [{"given_name": "Zoë\ue000", "family_name": "Ndlovu", "email": "z@example.za"},
                                           {"given_name": "李", "family_name": "小龙", "email": "li@example.cn"}])
    opened = EventSession(Workspace.open(event_file))
    yield opened
    opened.ws.close()


def test_the_badge_dialog_lists_names_that_cannot_be_printed_whole(session, monkeypatch, qtbot) -> None:
    seen = []

    def look(dialog) -> int:  # type: ignore[no-untyped-def]
        seen.append((dialog.unprintable.isVisibleTo(dialog), dialog.unprintable.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(badge_print.BadgeDialog, "exec", look)
    ids = registration.participant_ids(session.ws, "")
    assert badge_print.print_badges(None, session, Settings(), ids) is None
    [(visible, text)] = seen
    assert visible and "names cannot be printed whole" in text and "Zoë" in text and "Ndlovu" in text
    assert "小龙" not in text  # Chinese prints


def test_the_dialog_says_nothing_when_every_name_prints(session, monkeypatch) -> None:
    seen = []
    monkeypatch.setattr(badge_print.BadgeDialog, "exec",
                        lambda dialog: seen.append(dialog.unprintable.isVisibleTo(dialog)) or QDialog.DialogCode.Rejected)
    ids = [registration.find_by_email(session.ws, "li@example.cn")]
    badge_print.print_badges(None, session, Settings(), ids)
    assert seen == [False]


def test_a_walk_in_badge_printed_at_once_warns_first(session, monkeypatch) -> None:
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: warned.append(text))
    monkeypatch.setattr(badge_print, "save_and_print", lambda *args, **kwargs: None)
    ids = [registration.find_by_email(session.ws, "z@example.za")]
    badge_print.print_badges(None, session, Settings(), ids, ask=False, single=True)
    assert len(warned) == 1 and "Zoë" in warned[0]
