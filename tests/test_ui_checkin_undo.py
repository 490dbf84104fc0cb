"""Undo of a check-in from the window (debts10b item 2): a check-in was run with no undo, so Ctrl+Z after a scan undid
the step before it, silently. Now Ctrl+Z (or Edit ▸ Undo "Check in NAME") withdraws the check-in (its tombstone
travels), redo checks the person in again, and the page's counts follow; a change that truly has no undo ends the
undo history instead, and the Edit menu says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_ui_checkin import code_of, scanner_types
from test_ui_shell import _click_menu_item

from eulac_desktop.core import checkin, registration, voting

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(open_window, event_file: Path):
    return open_window(event_file, stage="checkin")


def older_step(window) -> str:
    """An undoable step made before the scan: a session added (as the Sessions dialog does)."""
    ws = window.session.ws
    added = window.session.run("Add a session", lambda: checkin.add_session(ws, "Opening"))
    return added.inserted["sessions"][0]


def sessions(window) -> list[str]:
    return [s["id"] for s in checkin.sessions(window.session.ws)]


def test_ctrl_z_after_a_scan_undoes_the_check_in_not_an_older_step(window, qtbot) -> None:
    page, ws = window.checkin_page, window.session.ws
    session_id = older_step(window)
    scanner_types(qtbot, page.scan_field, code_of(window, "José"))
    assert page.result.status == checkin.CHECKED_IN and page.counters.text().startswith("Checked in: 1 of 3")
    assert window.act_undo.text() == "&Undo: Check in José Pérez"
    page.lookup_button.setFocus()  # outside the text field
    qtbot.keyClick(page.lookup_button, Qt.Key.Key_Z, CTRL)
    assert checkin.checked_in_ids(ws) == set() and sessions(window) == [session_id]  # the older step stays
    assert page.counters.text().startswith("Checked in: 0 of 3")
    assert page.result.status == "" and page.result.word.text() == "Ready: scan a badge"  # no "Welcome!" left
    assert window.act_undo.text() == "&Undo: Add a session" and window.act_redo.text() == "&Redo: Check in José Pérez"
    row = ws.conn.execute("SELECT deleted FROM checkins").fetchall()
    assert row == [(1,)]  # withdrawn by a tombstone, which travels; not deleted
    qtbot.keyClick(page.lookup_button, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    assert len(checkin.checked_in_ids(ws)) == 1 and page.counters.text().startswith("Checked in: 1 of 3")
    _click_menu_item(qtbot, window, window.menu_edit, window.act_undo)  # Edit ▸ Undo: Check in José Pérez
    assert checkin.checked_in_ids(ws) == set() and sessions(window) == [session_id]
    qtbot.keyClick(page.lookup_button, Qt.Key.Key_Z, CTRL)  # and only now the older step
    assert sessions(window) == [] and checkin.checked_in_ids(ws) == set()


def test_ctrl_z_in_the_emptied_scan_field_undoes_the_check_in_typing_is_the_fields_own(window, qtbot) -> None:
    """The scan field is emptied after each scan with no history of its own, so Ctrl+Z there does not bring the
    scanned code back (to be scanned twice) but undoes the check-in; text typed into it is undone by the field."""
    page, ws = window.checkin_page, window.session.ws
    page.filter.seconds = 0  # (the same badge again at once is not a badge held in front of the scanner here)
    scanner_types(qtbot, page.scan_field, code_of(window, "Anna"))
    assert page.scan_field.hasFocus() and page.scan_field.text() == ""
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Z, CTRL)
    assert page.scan_field.text() == "" and checkin.checked_in_ids(ws) == set()
    scanner_types(qtbot, page.scan_field, code_of(window, "José"))
    qtbot.keyClicks(page.scan_field, "ab", delay=60)  # typed by hand
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Z, CTRL)
    assert page.scan_field.text() == "" and len(checkin.checked_in_ids(ws)) == 1  # the field's own undo
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Z, CTRL)
    assert checkin.checked_in_ids(ws) == set()


def test_a_check_in_found_by_name_is_undone_by_ctrl_z(window, qtbot) -> None:
    page, ws = window.checkin_page, window.session.ws
    page.lookup.setFocus()
    qtbot.keyClicks(page.lookup, "virtanen")
    qtbot.keyClick(page.lookup, Qt.Key.Key_Return)
    assert len(checkin.checked_in_ids(ws)) == 1 and window.act_undo.text() == "&Undo: Check in Anna Virtanen"
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Z, CTRL)
    assert checkin.checked_in_ids(ws) == set()


def test_a_change_that_has_no_undo_ends_the_history_and_the_edit_menu_says_so(window, qtbot) -> None:
    """A ballot cast at the voting kiosk cannot be withdrawn (it would link voter and ballot, or stamp a secret
    ballot with a time): Ctrl+Z after it used to undo the step before; now there is nothing to undo, and the Edit
    menu says which change cannot be undone."""
    ws = window.session.ws
    session_id = older_step(window)
    poll = voting.create_poll(ws, "Priorities", "approval", ["X", "Y"], eligibility="all").inserted["polls"][0]
    voting.set_state(ws, poll, "open")
    option = voting.get_poll(ws, poll)["options"][0]["id"]
    person = registration.participant_ids(ws)[0]
    window.session.run("Cast a ballot", lambda: voting.cast_ballot(ws, poll, [option], participant_id=person), None)
    assert window.act_undo.text() == "Cannot undo: Cast a ballot" and not window.act_undo.isEnabled()
    page = window.checkin_page
    page.lookup_button.setFocus()
    qtbot.keyClick(page.lookup_button, Qt.Key.Key_Z, CTRL)
    assert sessions(window) == [session_id]  # the older step was not undone in the ballot's place
    scanner_types(qtbot, page.scan_field, code_of(window, "José"))  # an undoable step again
    assert window.act_undo.text() == "&Undo: Check in José Pérez"


def test_a_second_paper_entry_is_withdrawn_by_ctrl_z_an_entered_paper_ballot_has_no_undo(window, qtbot) -> None:
    """A paper ballot's second entry (a check) is undone by its tombstone; the paper ballot itself, a ballot, is never
    withdrawn, so entering one ends the undo history."""
    from eulac_desktop.ui.voting.dialogs import PaperEntryDialog

    ws = window.session.ws
    poll = voting.create_poll(ws, "Prioridades", "dots", ["Datos", "Movilidad"],
                              params={"dots": 3, "max_per_option": 2}, eligibility="all").inserted["polls"][0]
    voting.set_state(ws, poll, "open")
    serial = voting.serials(ws, poll, 1)[0]
    dialog = PaperEntryDialog(window.session, poll, "es", window)
    qtbot.addWidget(dialog)
    option = dialog.form.options[1]["id"]
    dialog.serial.setText(serial)
    dialog.form.steppers[option].field.setValue(2)
    dialog.record()
    assert window.act_undo.text() == "Cannot undo: Enter a paper ballot"
    dialog.check.setChecked(True)
    dialog.serial.setText(serial)
    dialog.form.steppers[option].field.setValue(1)
    dialog.record()
    assert [m["problem"] for m in voting.paper_mismatches(ws, poll)] == ["differs"]
    assert window.act_undo.text() == "&Undo: Check a paper ballot"
    dialog.close()
    page = window.checkin_page
    page.lookup_button.setFocus()
    qtbot.keyClick(page.lookup_button, Qt.Key.Key_Z, CTRL)
    assert voting.paper_mismatches(ws, poll) == [] and voting.results(ws, poll)["ballots"] == 1
    assert window.act_redo.text() == "&Redo: Check a paper ballot"
    assert window.act_undo.text() == "Cannot undo: Enter a paper ballot"  # the history begins after it
