"""One way for the window to change data (issue 17, item 2): `EventSession.run` runs each operation, records its
undo, says `changed(changes, initiator)` once; pages hidden meanwhile refresh once when shown again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eulac_desktop.core import checkin, errors, ideas, registration, voting
from eulac_desktop.core.workspace import Changes, Workspace
from eulac_desktop.ui.main_window import STAGES


@pytest.fixture
def board_file(event_file: Path) -> Path:
    """The event with one challenge and two clusters of ideas (a poll can be made of them)."""
    with Workspace.open(event_file) as ws:
        cid = ideas.add_challenge(ws, "¿Cómo abrir los laboratorios?", time_box=10).inserted["challenges"][0]
        ids = ideas.add_ideas(ws, cid, ["Vouchers", "Open lab days", "Brokers"]).inserted["ideas"]
        ideas.add_cluster(ws, cid, "Financiamiento", idea_ids=[ids[0]])
        ideas.add_cluster(ws, cid, "Formação", idea_ids=[ids[1], ids[2]])
    return event_file


@pytest.fixture
def window(open_window, board_file: Path):
    win = open_window(board_file, stage="ideas", size=(1300, 800))
    win.activateWindow()
    QApplication.processEvents()
    return win


def ctrl(qtbot, widget, key: Qt.Key, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(widget, key, modifiers)


def timer_ends(window) -> str | None:
    return ideas.get_challenge(window.session.ws, window.ideas_page.challenge_id)["timer_ends_at"]


def test_the_countdown_is_undone_with_ctrl_z_like_its_neighbours(window, qtbot) -> None:
    page = window.ideas_page
    page.view.setFocus()
    ctrl(qtbot, page.view, Qt.Key.Key_T)  # start the countdown
    started = timer_ends(window)
    assert started is not None and page.act_timer.text() == "Stop co&untdown"
    assert window.act_undo.text() == "&Undo: Start the countdown"
    ctrl(qtbot, page.view, Qt.Key.Key_Z)
    assert timer_ends(window) is None and page.act_timer.text() == "Start co&untdown"
    ctrl(qtbot, page.view, Qt.Key.Key_Z, shift=True)  # redo: the same end as before
    assert timer_ends(window) == started
    ctrl(qtbot, page.view, Qt.Key.Key_T)  # stop it
    assert timer_ends(window) is None and window.act_undo.text() == "&Undo: Stop the countdown"
    ctrl(qtbot, page.view, Qt.Key.Key_Z)
    assert timer_ends(window) == started and page.act_timer.text() == "Stop co&untdown"


def test_a_poll_made_from_the_clusters_is_undone_with_ctrl_z(window, qtbot, monkeypatch) -> None:
    page = window.ideas_page
    ws = window.session.ws
    monkeypatch.setattr("eulac_desktop.ui.pages.ideas.QInputDialog.getText", lambda *a, **k: ("Prioridades", True))
    page.act_poll.trigger()  # "Make a poll…"
    assert [p["title"] for p in voting.polls(ws)] == ["Prioridades"]
    assert window.act_undo.text() == "&Undo: Poll from clusters"
    page.view.setFocus()
    ctrl(qtbot, page.view, Qt.Key.Key_Z)
    assert voting.polls(ws) == []
    window.sidebar.setCurrentRow(STAGES.index("voting"))  # the Voting page, hidden meanwhile, shows no poll
    assert window.voting_page.table.rowCount() == 0
    ctrl(qtbot, window.voting_page.table, Qt.Key.Key_Z, shift=True)
    assert [p["title"] for p in voting.polls(ws)] == ["Prioridades"]
    assert window.voting_page.table.rowCount() == 1 and window.voting_page.table.item(0, 0).text() == "Prioridades"


def test_changed_names_who_asked_and_one_argument_slots_still_hear_it(window, qtbot) -> None:
    """`changed(changes, initiator)`: the page that ran the operation, None for undo and redo; a slot written
    for the former one-argument signal gets the changes alone."""
    heard: list[tuple[Changes, object]] = []
    alone: list[Changes] = []
    window.session.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    window.session.changed.connect(lambda changes: alone.append(changes))
    page = window.ideas_page
    page.view.setFocus()
    ctrl(qtbot, page.view, Qt.Key.Key_T)
    assert [(c.action, who) for c, who in heard] == [("challenges.timer", page)]
    ctrl(qtbot, page.view, Qt.Key.Key_Z)
    assert [(c.action, who) for c, who in heard[1:]] == [("challenges.timer.undo", None)]
    assert alone == [c for c, _who in heard]


def test_a_scan_is_said_once_by_the_check_in_page(window, qtbot) -> None:
    page = window.checkin_page
    window.sidebar.setCurrentRow(STAGES.index("checkin"))
    heard: list[tuple[Changes, object]] = []
    window.session.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    pid = registration.find_by_email(window.session.ws, "anna@example.fi")
    qtbot.keyClicks(page.scan_field, checkin.badge_code(window.session.ws, pid))
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.result.status == checkin.CHECKED_IN
    assert [(set(c.inserted), who) for c, who in heard] == [({"checkins"}, page)]
    assert window.session.undo_stack.undoText() == "Check in Anna Virtanen"  # undone by withdrawing it (debts10b)


def test_a_hidden_page_refreshes_once_when_shown(window, qtbot, monkeypatch) -> None:
    voting_page = window.voting_page
    calls: list[Changes | None] = []
    monkeypatch.setattr(voting_page, "refresh", lambda changes: calls.append(changes))
    monkeypatch.setattr("eulac_desktop.ui.pages.ideas.QInputDialog.getText", lambda *a, **k: ("Prioridades", True))
    window.ideas_page.act_poll.trigger()
    ctrl(qtbot, window.ideas_page.view, Qt.Key.Key_Z)
    ctrl(qtbot, window.ideas_page.view, Qt.Key.Key_Z, shift=True)
    assert calls == [] and voting_page.stale
    window.sidebar.setCurrentRow(STAGES.index("voting"))
    assert calls == [None] and not voting_page.stale
    window.sidebar.setCurrentRow(STAGES.index("ideas"))
    window.sidebar.setCurrentRow(STAGES.index("voting"))  # nothing changed meanwhile: nothing to do
    assert calls == [None]


def test_a_change_to_tables_a_hidden_page_does_not_show_leaves_it_fresh(window, qtbot) -> None:
    window.sidebar.setCurrentRow(STAGES.index("voting"))
    window.sidebar.setCurrentRow(STAGES.index("ideas"))
    assert not window.voting_page.stale
    window.ideas_page.view.setFocus()
    ctrl(qtbot, window.ideas_page.view, Qt.Key.Key_T)  # a challenge's countdown: no poll shows it
    assert timer_ends(window) is not None and not window.voting_page.stale


def test_a_refusal_in_the_background_is_shown_and_changes_nothing(window, qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("eulac_desktop.ui.session.show_error", lambda parent, exc: shown.append(exc.code))
    heard: list[Changes] = []
    window.session.changed.connect(lambda changes: heard.append(changes))

    def refused(worker: Workspace, progress) -> Changes:  # type: ignore[no-untyped-def]
        raise errors.InvalidValue(field="Participants", reason="none")

    task = window.session.run("Import", refused, None, window, progress="Importing…")
    qtbot.waitUntil(lambda: shown == ["invalid_value"], timeout=10000)
    assert task is window.session.task and heard == []


def test_a_long_operation_runs_in_the_background_and_undoes_by_reverting(window, qtbot) -> None:
    ws = window.session.ws
    done: list[Changes] = []
    window.session.run("Add a walk-in", lambda worker, progress: registration.add_participant(
        worker, {"given_name": "Rosa", "family_name": "Quispe", "country": "PE"}), widget=window,
        progress="Adding…", then=done.append)
    qtbot.waitUntil(lambda: len(done) == 1, timeout=10000)
    assert registration.participant_count(ws) == 4
    window.act_undo.trigger()
    assert registration.participant_count(ws) == 3
