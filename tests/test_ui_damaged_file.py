"""A damaged event file opened in the window: its open leaves the check of every page for after the first paint
(`Workspace.open(check_later=True)`, `Workspace.finish_check`), and a damaged page is still reported to the user
with the corrupted-file message, the event closed, and nothing written to the file."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from eulac_desktop.core import errors, registration
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui import app as app_module
from eulac_desktop.ui.app import Controller
from eulac_desktop.ui.main_window import MainWindow


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def lab(tmp_path: Path, device) -> Path:
    """A closed event file with 600 participants (so their tables and indexes span many pages)."""
    path = tmp_path / "lab.eulac"
    with create_event_file(path, name="Lab", languages=["en"], timezone="UTC", device=device) as ws:
        registration.add_participants(ws, [
            {"given_name": f"Given{i}", "family_name": f"Family{i}", "email": f"p{i}@example.org",
             "organisation": f"Organisation {i % 37}", "country": "PE"} for i in range(600)])
    return path


def damage(path: Path, table: str) -> None:
    """Overwrite the middle half of each leaf page of `table` (a table or an index) with noise."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,))]
    conn.close()
    assert pages, f"{table} has no leaf pages"
    data = bytearray(path.read_bytes())
    noise = random.Random(7)
    for page in pages:
        start = (page - 1) * page_size + page_size // 4
        data[start : start + page_size // 2] = noise.randbytes(page_size // 2)
    path.write_bytes(bytes(data))


@pytest.fixture
def notes_shown() -> list[str]:
    """What the message boxes of `errors_shown` add about each error (what the window did about it), in order."""
    return []


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch, notes_shown: list[str]) -> list:
    """Errors the window would show in a message box, recorded instead of blocking the test."""
    shown: list = []
    monkeypatch.setattr(app_module, "show_error",
                        lambda parent, exc, also="": (shown.append(exc), notes_shown.append(also)))
    return shown


def test_a_damaged_page_the_first_page_does_not_read_is_reported_once_the_window_is_painted(
        controller: Controller, errors_shown: list, lab: Path, qtbot) -> None:
    damage(lab, "idx_participants_event_id_email_key")  # read by no page at start (finding someone by e-mail does)
    before = digest(lab)
    controller.open_path(lab)
    qtbot.waitUntil(lambda: bool(errors_shown), timeout=5000)
    assert [type(exc) for exc in errors_shown] == [errors.CorruptEventFile]
    assert str(lab) in errors_shown[0].text() and errors_shown[0].hint_text()
    assert len(errors_shown[0].text()) < len(str(lab)) + 200  # SQLite's first finding, not its hundred
    assert controller.window is None  # the event is closed, as a refused open leaves it
    assert controller.welcome is not None and controller.welcome.isVisible()
    assert digest(lab) == before, "the damaged file was written to"


def test_a_damaged_page_the_first_page_reads_is_reported_at_once(
        controller: Controller, errors_shown: list, lab: Path, qtbot) -> None:
    damage(lab, "participants")
    before = digest(lab)
    assert controller.open_path(lab) is False
    assert [type(exc) for exc in errors_shown] == [errors.CorruptEventFile]
    assert controller.window is None
    assert digest(lab) == before


def test_a_sound_file_opens_and_is_marked_as_written_by_this_program_after_its_check(
        controller: Controller, errors_shown: list, lab: Path, qtbot) -> None:
    controller.open_path(lab)
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.session.ws._later is None or window.session.ws._later._problems == [], timeout=5000)
    assert errors_shown == []
    assert controller.window is window
    conn = sqlite3.connect(lab)
    assert conn.execute("SELECT value FROM meta WHERE key = 'writer'").fetchone() is not None
    conn.close()


def test_nothing_is_written_to_a_damaged_file_before_its_check(lab: Path) -> None:
    """An operation on a file opened with `check_later` runs the check first (or waits for it) and refuses."""
    damage(lab, "idx_participants_event_id_email_key")
    before = digest(lab)
    ws = Workspace.open(lab, check_later=True)
    try:
        assert registration.participant_count(ws) == 600  # reading what is sound works
        with pytest.raises(errors.CorruptEventFile):
            registration.add_participants(ws, [{"given_name": "Nobody"}])
        with pytest.raises(errors.CorruptEventFile):  # and again: the damage is not forgotten
            ws.finish_check()
    finally:
        ws.close()
    assert digest(lab) == before


def test_a_file_left_open_by_a_crash_is_checked_at_open(lab: Path) -> None:
    """A write-ahead log left behind (a crash) means the check cannot wait: the open itself refuses damage."""
    damage(lab, "idx_participants_event_id_email_key")
    wal = lab.with_name(lab.name + "-wal")
    wal.write_bytes(b"\0" * 32)
    with pytest.raises(errors.CorruptEventFile):
        Workspace.open(lab, check_later=True)


def recent_in_window(window: MainWindow) -> list[str]:
    """The paths File › Open recent lists, as the menu shows them when opened."""
    window.menu_recent.aboutToShow.emit()
    return [action.text() for action in window.menu_recent.actions() if action.isEnabled()]


def test_a_file_the_check_refuses_leaves_the_recent_events_and_the_user_is_told(
        controller: Controller, errors_shown: list, notes_shown: list[str], lab: Path, qtbot) -> None:
    other = lab.with_name("other.eulac")
    other.write_bytes(lab.read_bytes())
    controller.settings.add_recent(other)
    damage(lab, "idx_participants_event_id_email_key")  # found only by the check after the first paint
    controller.open_path(lab)
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: bool(errors_shown), timeout=5000)
    assert [type(exc) for exc in errors_shown] == [errors.CorruptEventFile]
    assert controller.settings.recent_files() == [str(other.resolve())]
    assert notes_shown == ["This file has been removed from the recent events."]
    assert controller.welcome is not None
    listed = [controller.welcome.recent.item(i).data(Qt.ItemDataRole.UserRole)
              for i in range(controller.welcome.recent.count())]
    assert listed == [str(other.resolve())]
    controller.open_path(other)  # and File › Open recent of the next window does not offer it either
    assert isinstance(controller.window, MainWindow)
    assert recent_in_window(controller.window) == [str(other.resolve())]


def test_a_listed_file_found_damaged_at_open_leaves_the_recent_events(
        controller: Controller, errors_shown: list, notes_shown: list[str], lab: Path) -> None:
    controller.settings.add_recent(lab)
    damage(lab, "participants")  # read by the first page: refused before the window is shown
    assert controller.open_path(lab) is False
    assert controller.settings.recent_files() == []
    assert notes_shown == ["This file has been removed from the recent events."]


def test_a_file_refused_for_another_reason_stays_in_the_recent_events(
        controller: Controller, errors_shown: list, notes_shown: list[str], lab: Path) -> None:
    conn = sqlite3.connect(lab)  # made by a newer version: refused, but nothing is wrong with the file
    with conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.close()
    controller.settings.add_recent(lab)
    assert controller.open_path(lab) is False
    assert [type(exc) for exc in errors_shown] == [errors.NewerEventFile]
    assert controller.settings.recent_files() == [str(lab.resolve())]
    assert notes_shown == [""]
