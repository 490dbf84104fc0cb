"""The one scanner rule, through the real main window: a USB scanner types a badge code at 5 ms a key and
Enter; on every page and in dialogs it is a scan and never reaches a field, and typed text is never lost.

Keys are real key events (QTest); the rule's clock is the test's, moved 5 ms a key for a scanner and
300 ms a key for a person, so the timing is exact even on a busy machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from eulac_desktop.core import badges, checkin, ideas, registration
from eulac_desktop.core import event as core_event
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui.main_window import STAGES
from eulac_desktop.ui.scanner import HOLD_SECONDS

SCANNER, PERSON = 0.005, 0.3  # seconds between two keys


class Clock:
    """The rule's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def window(open_window, qtbot, event_file: Path):
    with Workspace.open(event_file) as ws:
        registration.add_participants(ws, [{"given_name": "Gonçalo", "family_name": "Ferreira", "country": "PT",
                                            "email": "goncalo@example.pt", "organisation": "Euskotren"}])
        ideas.add_challenge(ws, "¿Cómo podríamos abrir los laboratorios?")
    win = open_window(event_file, size=(1024, 700))
    win.activateWindow()  # shortcuts (Ctrl+L, Ctrl+Z) work in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.scan_rule.clock = Clock()
    return win


def go(window, stage: str) -> None:
    window.sidebar.setCurrentRow(STAGES.index(stage))
    QApplication.processEvents()


def code_of(window, email: str) -> str:
    ws = window.session.ws
    return checkin.badge_code(ws, registration.find_by_email(ws, email))


def type_keys(window, widget: QWidget, text: str, gap: float = SCANNER, enter: bool = True) -> None:
    """Each character of `text` as a key press into `widget`, `gap` seconds apart (then Enter)."""
    clock = window.scan_rule.clock
    for char in text:
        clock.now += gap
        QTest.keyClick(widget, char)
    if enter:
        clock.now += gap
        QTest.keyClick(widget, Qt.Key.Key_Return)


def checked_in(window) -> set[str]:
    ws = window.session.ws
    return {registration.participant_rows(ws, [p])[p]["given_name"] for p in checkin.checked_in_ids(ws)}


def test_a_scan_on_the_event_page_leaves_the_name_and_offers_check_in(window, qtbot) -> None:
    go(window, "event")
    page = window.event_page
    page.name.setFocus()
    type_keys(window, page.name, code_of(window, "jose@example.org"))
    assert page.name.text() == "Co-Innovation Lab"
    assert core_event.get_event(window.session.ws).name == "Co-Innovation Lab"
    assert window.session.undo_stack.count() == 0
    prompt = window.scan_prompt
    assert prompt.isVisible() and prompt.message.text() == "Badge of José Pérez — go to check-in?"
    assert checked_in(window) == set()
    qtbot.mouseClick(prompt.go, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.checkin_page and not prompt.isVisible()
    assert checked_in(window) == {"José"}
    assert window.checkin_page.result.status == checkin.CHECKED_IN


def test_the_rule_watches_from_the_windows_first_paint_and_a_scan_right_after_it_is_taken(
        qtbot, qapp, event_file: Path) -> None:
    """Nothing of the window watches every event in Python before its first paint (that made the start ~8% later);
    the rule is on once it is painted, and the first scan is taken."""
    from eulac_desktop.ui.main_window import MainWindow
    from eulac_desktop.ui.session import EventSession
    from eulac_desktop.ui.settings import Settings

    win = MainWindow(EventSession(Workspace.open(event_file)), Settings())
    try:
        assert not win.scan_rule.active
        win.show()
        qtbot.waitUntil(lambda: win.scan_rule.active)
        win.scan_rule.clock = Clock()
        win.event_page.name.setFocus()
        type_keys(win, win.event_page.name, code_of(win, "jose@example.org"))
        assert win.scan_prompt.message.text() == "Badge of José Pérez — go to check-in?"
        assert win.event_page.name.text() == "Co-Innovation Lab"
    finally:
        session = win.session
        win.close()
        win.deleteLater()
        QApplication.sendPostedEvents(win, QEvent.Type.DeferredDelete)
        session.close()


def test_a_forged_badge_scanned_away_from_check_in_says_so(window) -> None:
    go(window, "event")
    code = code_of(window, "jose@example.org")
    type_keys(window, window.event_page.venue, code[:-1] + ("B" if code[-1] != "B" else "C"))
    prompt = window.scan_prompt
    assert prompt.message.text() == "Badge refused: this badge is not valid (altered or forged)"
    assert prompt.go.isHidden()
    assert window.event_page.venue.text() == ""


def test_a_scan_on_participants_leaves_the_search_box(window) -> None:
    go(window, "participants")
    page = window.participants_page
    page.focus_search()
    type_keys(window, page.search, code_of(window, "anna@example.fi").lower())  # Caps Lock: any case
    assert page.search.text() == ""
    assert page.model.rowCount() == 4
    assert window.scan_prompt.message.text() == "Badge of Anna Virtanen — go to check-in?"


def keyboard_types(window, widget: QWidget, text: str, stamps: list[int], busy: float = 0.0) -> None:
    """Key presses and releases as a keyboard gives them: each with its time stamp (ms), then Enter; the
    window takes each `busy` seconds after the one before."""
    from PySide6.QtGui import QKeyEvent

    for char, stamp in zip(text + "\r", stamps):
        window.scan_rule.clock.now += busy
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(stamp)
            QApplication.sendEvent(widget, event)


def test_the_keyboards_time_stamps_tell_a_scan_even_when_the_window_was_busy(window) -> None:
    go(window, "event")
    page = window.event_page
    code = code_of(window, "jose@example.org")
    page.name.setFocus()
    stamps = [50_000 + 5 * i for i in range(len(code) + 1)]  # typed 5 ms apart, taken in 200 ms apart
    keyboard_types(window, page.name, code, stamps, busy=0.2)
    assert page.name.text() == "Co-Innovation Lab"
    assert window.scan_prompt.message.text() == "Badge of José Pérez — go to check-in?"
    page.venue.setFocus()
    keyboard_types(window, page.venue, "Eustis", [60_000 + 300 * i for i in range(7)])  # a person: 300 ms a key
    assert page.venue.text() == "Eustis"


def test_a_scan_in_a_dialog_leaves_its_field(window) -> None:
    from eulac_desktop.ui.walk_in import WalkInDialog

    go(window, "participants")
    dialog = WalkInDialog(window.session, window.participants_page)
    dialog.show()
    dialog.given.setFocus()
    type_keys(window, dialog.given, "Ana", gap=PERSON, enter=False)
    type_keys(window, dialog.given, code_of(window, "c@example.org"))
    assert dialog.given.text() == "Ana" and dialog.isVisible()  # the scan's Enter did not add anyone
    assert registration.participant_count(window.session.ws) == 4
    assert window.scan_prompt.message.text() == "Badge of Conceição Araújo — go to check-in?"
    dialog.reject()


def test_a_scan_in_any_field_of_the_check_in_page_checks_in(window) -> None:
    go(window, "checkin")
    page = window.checkin_page
    page.lookup.setFocus()
    type_keys(window, page.lookup, code_of(window, "c@example.org"))
    assert page.lookup.text() == ""
    assert page.result.status == checkin.CHECKED_IN and page.result.name.text() == "Conceição Araújo"
    desk = page.desk.text()  # the laptop's name
    type_keys(window, page.desk, code_of(window, "anna@example.fi"))
    assert desk and page.desk.text() == desk and checked_in(window) == {"Conceição", "Anna"}
    assert not window.scan_prompt.isVisible()


def test_a_name_typed_fast_in_the_look_up_then_enter_checks_in(window, qtbot) -> None:
    go(window, "checkin")
    page = window.checkin_page
    qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert page.lookup.hasFocus()
    type_keys(window, page.lookup, "goncalo")
    assert page.result.status == checkin.CHECKED_IN and page.result.name.text() == "Gonçalo Ferreira"
    assert checked_in(window) == {"Gonçalo"}


@pytest.mark.parametrize("gap", [SCANNER, PERSON])
def test_text_typed_at_any_speed_arrives_whole(window, gap) -> None:
    go(window, "checkin")
    desk = window.checkin_page.desk
    desk.setFocus()
    desk.clear()
    type_keys(window, desk, "Mesa 2", gap=gap, enter=False)
    assert desk.text() == "Mesa 2"
    type_keys(window, desk, " Europa", gap=gap, enter=False)  # " Europ" may begin a badge code: held, then given
    assert desk.text() == "Mesa 2 Europa"


def test_keys_that_may_start_a_code_are_given_back_when_no_more_come(window, qtbot) -> None:
    go(window, "event")
    venue = window.event_page.venue
    venue.setFocus()
    type_keys(window, venue, "Euskotren", enter=False)
    assert venue.text() == ""  # held: a scanner could be typing a badge ("EUSKOTREN" may begin one)
    qtbot.waitUntil(lambda: venue.text() == "Euskotren", timeout=2000)  # no more keys came: it was typing
    window.scan_rule.clock.now += HOLD_SECONDS / 2
    type_keys(window, venue, " S", enter=False)
    window.scan_rule.clock.now += HOLD_SECONDS * 2  # the next key comes later: the held ones were typing
    type_keys(window, venue, "L", gap=0, enter=False)
    assert venue.text() == "Euskotren SL"


def test_a_click_comes_after_the_text_typed_before_it(window, qtbot) -> None:
    go(window, "event")
    page = window.event_page
    page.venue.setFocus()
    type_keys(window, page.venue, "Sede", gap=PERSON, enter=False)  # the "e" may begin a badge code: it waits
    qtbot.mouseClick(page.name, Qt.MouseButton.LeftButton)  # the venue is saved as it leaves the focus
    assert page.name.hasFocus()
    assert core_event.get_event(window.session.ws).venue == "Sede"


def test_fast_text_then_enter_is_text_and_its_enter(window) -> None:
    go(window, "checkin")
    page = window.checkin_page
    page.lookup.setFocus()
    type_keys(window, page.lookup, "Euskotren")  # held as it may begin a code; at Enter no code: text, then Enter
    assert page.result.status == checkin.CHECKED_IN and page.result.name.text() == "Gonçalo Ferreira"


def test_a_scan_on_ideas_sets_the_author_of_the_next_idea_only(window) -> None:
    go(window, "ideas")
    page = window.ideas_page
    ws = window.session.ws
    jose = registration.find_by_email(ws, "jose@example.org")
    page.focus_capture()
    type_keys(window, page.entry, code_of(window, "jose@example.org"))
    assert page.entry.toPlainText() == "" and page.author_id == jose
    assert "José Pérez" in page.author.text() and "next idea" in page.feedback.text()
    type_keys(window, page.entry, "Mentorias cruzadas", gap=PERSON)
    type_keys(window, page.entry, "Bonos de innovacion", gap=PERSON)
    added = {idea["text"]: idea["author_id"] for idea in ideas.ideas(ws, page.challenge_id)}
    assert added == {"Mentorias cruzadas": jose, "Bonos de innovacion": None}
    assert page.author.text() == "" and page.author_id is None
    type_keys(window, page.entry, code_of(window, "anna@example.fi"))  # a badge, then its author cleared
    assert page.author_id is not None
    page.author.setFocus()
    QTest.keyClick(page.author, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(page.author, Qt.Key.Key_Delete)
    page.focus_capture()
    type_keys(window, page.entry, "Open lab days", gap=PERSON)
    assert ideas.ideas(ws, page.challenge_id)[-1]["author_id"] is None


def test_space_and_enter_press_the_check_in_pages_buttons(window, qtbot, monkeypatch) -> None:
    from eulac_desktop.ui.sessions_dialog import SessionsDialog

    go(window, "checkin")
    page = window.checkin_page
    qtbot.keyClicks(page.lookup, "anna")
    page.lookup_button.setFocus()
    qtbot.keyClick(page.lookup_button, Qt.Key.Key_Space)
    assert checked_in(window) == {"Anna"}
    qtbot.keyClicks(page.lookup, "jose")
    page.lookup_button.setFocus()
    qtbot.keyClick(page.lookup_button, Qt.Key.Key_Return)
    assert checked_in(window) == {"Anna", "José"}
    opened = []
    monkeypatch.setattr(SessionsDialog, "exec", lambda self: opened.append(self) or 0)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        page.sessions_button.setFocus()
        qtbot.keyClick(page.sessions_button, key)
    assert len(opened) == 3


def test_the_event_name_edit_undoes_with_ctrl_z(window, qtbot) -> None:
    go(window, "event")
    page = window.event_page
    page.name.setFocus()
    page.name.selectAll()
    type_keys(window, page.name, "Lab de co-innovacion", gap=PERSON)
    assert core_event.get_event(window.session.ws).name == "Lab de co-innovacion"
    qtbot.keyClick(page.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert core_event.get_event(window.session.ws).name == "Co-Innovation Lab"
    assert page.name.text() == "Co-Innovation Lab"
    type_keys(window, page.name, "X", gap=PERSON, enter=False)  # typing not yet saved: Ctrl+Z undoes it in the field
    qtbot.keyClick(page.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.name.text() == "Co-Innovation Lab" and window.session.undo_stack.canRedo()


def test_ctrl_z_in_the_next_field_undoes_the_edit_saved_as_the_focus_left(window, qtbot) -> None:
    """A keyboard user edits the venue, Tabs on to the time zone (or a date) and presses Ctrl+Z: the venue comes back.
    The combo and date boxes gave the key to their line edit past the window's filter, which undid nothing."""
    go(window, "event")
    page, ws = window.event_page, window.session.ws
    for field in (page.timezone, page.start):
        page.venue.setFocus()
        page.venue.selectAll()
        type_keys(window, page.venue, "Sede", gap=PERSON, enter=False)
        field.setFocus()  # as Tab leaves the venue: it is saved
        assert core_event.get_event(ws).venue == "Sede"
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert core_event.get_event(ws).venue == "" and page.venue.text() == "", field


def test_only_text_that_may_still_be_a_code_is_held() -> None:
    code = badges.make_code(b"k" * 32, "event", 123456)
    for n in range(len(code) + 1):
        assert badges.may_become_code(code[:n]) and badges.may_become_code(code[:n].lower())
    assert badges.has_code_shape(code) and badges.has_code_shape(f"  {code.lower()} ")
    assert badges.may_become_code(code + " ") and not badges.may_become_code(code + "B")
    for text in ("g", "M", "Mesa 2", "EUA", "EU B", " ", "P" + code[1:], code[:10] + " "):
        assert not badges.has_code_shape(text)
    for text in ("g", "M", "EUA", "EU B", "Ex", code[:10] + " "):
        assert not badges.may_become_code(text), text
