"""The Check-in page and the kiosk with pytest-qt: a scanner's fast keys, result states, look-up, PIN."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from eulac_desktop.core import checkin, registration
from eulac_desktop.ui.kiosk import KioskWindow
from eulac_desktop.ui.main_window import STAGES


@pytest.fixture
def window(open_window, event_file: Path):
    return open_window(event_file, stage="checkin")


def code_of(window, given: str) -> str:
    ws = window.session.ws
    pid = next(p for p in registration.participant_ids(ws) if registration.participant_rows(ws, [p])[p]["given_name"] == given)
    return checkin.badge_code(ws, pid)


def scanner_types(qtbot, widget, code: str) -> None:
    """A USB scanner: every key within a few milliseconds, then Enter."""
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_scan_checks_in_and_the_result_is_green_with_a_word(window, qtbot) -> None:
    page = window.checkin_page
    assert page.scan_field.hasFocus()
    scanner_types(qtbot, page.scan_field, code_of(window, "José"))
    assert page.result.status == checkin.CHECKED_IN
    assert page.result.word.text() == "Welcome!"
    assert page.result.name.text() == "José Pérez"
    assert "Peru" in page.result.detail.text()
    assert page.counters.text().startswith("Checked in: 1 of 3")


def test_the_scanner_is_heard_even_when_focus_wandered(window, qtbot) -> None:
    page = window.checkin_page
    page.lookup_button.setFocus()  # focus on a button: the scanner's keys still make a scan
    assert not page.scan_field.hasFocus()
    scanner_types(qtbot, page.lookup_button, code_of(window, "Anna"))
    assert page.result.status == checkin.CHECKED_IN and page.result.name.text() == "Anna Virtanen"


def test_fast_keys_in_a_text_field_are_a_scan_slow_ones_are_typing(window, qtbot) -> None:
    from PySide6.QtTest import QTest

    page = window.checkin_page
    page.lookup.setFocus()
    code = code_of(window, "Conceição")
    now = [100.0]
    window.scan_rule.clock = lambda: now[0]
    for char in code:  # a scanner: 5 ms a key, then Enter
        now[0] += 0.005
        QTest.keyClick(page.lookup, char)
    QTest.keyClick(page.lookup, Qt.Key.Key_Return)
    assert page.result.name.text() == "Conceição Araújo"
    assert page.lookup.text() == ""  # no key of the code reached the field
    for char in code[:6]:  # a person typing the same keys: every key reaches the field
        now[0] += 0.2
        QTest.keyClick(page.lookup, char)
    qtbot.waitUntil(lambda: page.lookup.text() == code[:6], timeout=2000)  # (an "E" waits for the next key)


def test_a_second_scan_is_amber_and_says_when_and_where(window, qtbot) -> None:
    page = window.checkin_page
    page.desk.setText("Door 2")
    code = code_of(window, "José")
    scanner_types(qtbot, page.scan_field, code)
    page.filter.seconds = 0  # not a badge held in front of the scanner: a second visit
    scanner_types(qtbot, page.scan_field, code)
    assert page.result.status == checkin.ALREADY
    assert page.result.word.text() == "Already checked in"
    assert "Door 2" in page.result.detail.text()


def test_a_badge_held_in_front_of_the_scanner_counts_once(window, qtbot) -> None:
    page = window.checkin_page
    code = code_of(window, "José")
    scanner_types(qtbot, page.scan_field, code)
    scanner_types(qtbot, page.scan_field, code)
    assert page.result.status == checkin.CHECKED_IN  # the repeat is ignored, not shown as "already"
    assert window.session.ws.conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 1


def test_a_forged_badge_is_red_with_the_reason(window, qtbot) -> None:
    page = window.checkin_page
    code = code_of(window, "José")
    forged = code[:-1] + ("B" if code[-1] != "B" else "C")
    scanner_types(qtbot, page.scan_field, forged)
    assert page.result.status == checkin.REFUSED
    assert page.result.word.text() == "Refused"
    assert "not valid" in page.result.detail.text()


def test_a_failed_commit_is_never_green(window, qtbot, monkeypatch) -> None:
    import sqlite3

    page = window.checkin_page

    def disk_full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(checkin.records, "insert_fact", disk_full)  # the write inside the transaction fails
    scanner_types(qtbot, page.scan_field, code_of(window, "José"))
    assert page.result.status == checkin.REFUSED
    assert page.result.word.text() == "Not saved"
    assert "disk is full" in page.result.detail.text()


def test_look_up_by_name_for_a_forgotten_badge(window, qtbot) -> None:
    page = window.checkin_page
    qtbot.keyClicks(page.lookup, "conceicao")
    assert page.lookup_results.count() == 1
    page.lookup_button.click()
    assert page.result.status == checkin.CHECKED_IN and page.result.name.text() == "Conceição Araújo"


def test_scanning_into_a_session_records_attendance(window, qtbot) -> None:
    ws = window.session.ws
    changes = window.session.run("Add a session", lambda: checkin.add_session(
        ws, "Co-Innovation Lab", "Room A", "2026-12-03T10:30", "2026-12-03T12:30"), None)
    page = window.checkin_page
    page.where.setCurrentIndex(page.where.findData(changes.inserted["sessions"][0]))
    scanner_types(qtbot, page.scan_field, code_of(window, "Anna"))
    assert page.result.status == checkin.CHECKED_IN
    assert ws.conn.execute("SELECT count(*) FROM attendance").fetchone()[0] == 1
    assert ws.conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 0
    assert "In this session: 1" in page.counters.text()


def test_kiosk_scans_and_is_left_only_with_the_pin(window, qtbot) -> None:
    page = window.checkin_page
    kiosk = KioskWindow(page, "2468")
    qtbot.addWidget(kiosk)
    kiosk.start()
    scanner_types(qtbot, kiosk.scan_field, code_of(window, "José"))
    assert kiosk.result.status == checkin.CHECKED_IN
    assert kiosk.result.name.text() == "José Pérez"
    assert "1 of 3" in kiosk.counter.text()
    kiosk.close()  # Alt+F4 and the like do not leave it
    assert kiosk.isVisible()
    assert not kiosk.try_leave("1111")
    assert kiosk.isVisible()
    assert kiosk.try_leave("2468")
    assert not kiosk.isVisible()


def test_kiosk_pin_guesses_wait_after_five_wrong_ones(window, qtbot, monkeypatch) -> None:
    """A keyboard emulator tried the 10,000 PINs of 4 digits in minutes; after 5 wrong ones, each try waits 30 s."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    kiosk = KioskWindow(window.checkin_page, "2468")
    qtbot.addWidget(kiosk)
    kiosk.start()
    now = [1000.0]
    kiosk.clock = lambda: now[0]
    for guess in ("0000", "1111", "1234", "9999", "4321"):
        assert not kiosk.try_leave(guess)
    assert kiosk.seconds_to_wait() == 30
    assert not kiosk.try_leave("2468") and kiosk.isVisible()  # even the right one waits
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: pytest.fail("the PIN is not asked while tries wait"))
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert said == ["Too many wrong PINs: wait before trying again (30 s)."]
    now[0] += 30
    assert not kiosk.try_leave("5555") and kiosk.seconds_to_wait() == 30  # a wrong one now: another wait
    now[0] += 30
    assert kiosk.try_leave("2468") and not kiosk.isVisible()


def test_sessions_dialog_adds_a_session_and_prints_its_attendance_sheet(window, qtbot, monkeypatch, tmp_path) -> None:
    from eulac_desktop.ui import printing
    from eulac_desktop.ui.sessions_dialog import SessionsDialog

    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "sheet.pdf"), ""))
    dialog = SessionsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.sheet.isEnabled()
    qtbot.keyClicks(dialog.name, "Co-Innovation Lab")
    qtbot.keyClicks(dialog.room, "Room A")
    dialog.add_session()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Co-Innovation Lab"
    page = window.checkin_page
    page.where.setCurrentIndex(page.where.findData(dialog.selected_session()))
    scanner_types(qtbot, page.scan_field, code_of(window, "Anna"))
    dialog.fill()
    assert dialog.table.item(0, 3).text() == "1"
    job = dialog.attendance_sheet()  # through the print flow: saved where chosen, then a message says where
    qtbot.waitUntil(lambda: job.dialog is not None, timeout=10000)
    pdf = tmp_path / "sheet.pdf"
    assert job.dialog.path == pdf and pdf.read_bytes().startswith(b"%PDF")
    job.dialog.reject()


def test_participants_can_be_filtered_by_check_in(window, qtbot) -> None:
    scanner_types(qtbot, window.checkin_page.scan_field, code_of(window, "José"))
    window.sidebar.setCurrentRow(STAGES.index("participants"))
    page = window.participants_page
    box = page.filters["checked_in"]
    box.setCurrentIndex(box.findData("yes"))
    assert [page.model.index(r, 1).data() for r in range(page.model.rowCount())] == ["José"]
    box.setCurrentIndex(box.findData("no"))
    assert page.model.rowCount() == 2


def test_a_new_session_defaults_to_the_events_day_on_its_clocks(window, qtbot, monkeypatch) -> None:
    from datetime import datetime

    from eulac_desktop.core import event as core_event
    from eulac_desktop.ui.sessions_dialog import SessionsDialog

    # 1 a.m. UTC on the 3rd is still the 2nd in Lima, and the event starts on the 3rd: 9 o'clock on the 3rd
    monkeypatch.setattr(core_event, "utc_now", lambda: datetime.fromisoformat("2026-12-03T01:00:00+00:00"))
    dialog = SessionsDialog(window.session, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Opening")
    dialog.add_session()
    session = checkin.sessions(window.session.ws)[0]
    assert (session["starts_at"], session["ends_at"]) == ("2026-12-03T09:00", "2026-12-03T10:00")
    assert "America/Lima" in [label.text() for label in dialog.findChildren(QLabel)]


def test_the_counters_follow_french_typography(open_window, event_file: Path, qtbot) -> None:
    """In French every counter line has a no-break space before its colon ("Europe (UE) : 1 / 1"), as the catalogs
    say; the region and role lines were built in the code, with a bare colon."""
    window = open_window(event_file, stage="checkin", language="fr")
    page = window.checkin_page
    scanner_types(qtbot, page.scan_field, code_of(window, "José"))
    lines = [line for line in page.counters.text().splitlines() if line]
    assert len(lines) >= 4 and lines[0].startswith("Arrivées\u00a0: 1 sur 3")
    assert all("\u00a0:" in line and " :" not in line and not any(c + ":" in line for c in "abcdefghijklmnopqrstuvwxyz)")
               for line in lines), lines


def test_the_desk_s_name_is_remembered_on_this_laptop(open_window, event_file: Path, qtbot) -> None:
    """Named once at the door, the desk keeps its name when the app is opened again (a restart after a crash, the
    second day): its check-ins are not recorded under "Desk 1"."""
    from PySide6.QtTest import QTest

    window = open_window(event_file, stage="checkin")
    page = window.checkin_page
    page.desk.setFocus()
    page.desk.selectAll()
    for char in "Door 2":  # a person types (slowly: fast keys are a scan)
        QTest.keyClick(page.desk, char, delay=120)
    qtbot.keyClick(page.desk, Qt.Key.Key_Tab)
    assert page.desk.text() == "Door 2"
    open_window.close_all()
    again = open_window(event_file, stage="checkin")
    assert again.checkin_page.desk.text() == "Door 2"
    scanner_types(qtbot, again.checkin_page.scan_field, code_of(again, "José"))
    assert again.session.ws.conn.execute("SELECT desk FROM checkins").fetchall() == [("Door 2",)]


def test_at_first_the_desk_is_named_as_the_laptop_is(open_window, event_file: Path) -> None:
    """Before anyone names the desk, it is the laptop's own name (given on its first use, as in its bundles), so two
    laptops at the door do not both record their check-ins under "Desk 1"."""
    from eulac_desktop.core.device import rename_device

    rename_device("Puerta norte")
    window = open_window(event_file, stage="checkin")
    assert window.checkin_page.desk.text() == "Puerta norte"
