"""The main window builds only its first page at start (issue 19, cold start): every other page is built the first
time it is needed, and then works as if it had been there all along (its keys, its menu, its language)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from eulac_desktop.ui.main_window import STAGES
from eulac_desktop.ui.pages.base import Page
from eulac_desktop.ui.pages.event import EventPage
from eulac_desktop.ui.pages.participants import ParticipantsPage
from eulac_desktop.ui.pages.results import ResultsPage
from eulac_desktop.ui.pages.voting import VotingPage


def test_only_the_event_page_is_built_at_start_each_other_as_it_is_first_shown(open_window, event_file: Path) -> None:
    window = open_window(event_file)
    QApplication.setActiveWindow(window)  # offscreen: nothing activates a window by itself
    assert [type(page) for page in window.findChildren(Page)] == [EventPage]
    assert window.pages.count() == len(STAGES) and window.pages.currentWidget() is window.event_page
    for row, stage in enumerate(STAGES):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        assert len(window.findChildren(Page)) == row + 1 and window.pages.currentWidget() is window.page(stage)
        # built in a shown window, no part of it flashed up as a window of its own (and took the focus away)
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window], stage
        assert QApplication.activeWindow() is window, stage


def test_a_participants_key_works_before_its_page_was_ever_shown(open_window, event_file: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+E (export the list) typed in the Event page's name field, the Participants page never shown: the export
    asks where to save (the page is built for it, not shown); once built, the same key still answers (once)."""
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _parent, title, *_a: (asked.append(title), ("", ""))[1])
    window = open_window(event_file)
    QApplication.setActiveWindow(window)  # offscreen: nothing activates a window by itself
    assert window.findChildren(ParticipantsPage) == []
    window.event_page.name.setFocus()
    QTest.keyClick(window.event_page.name, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Export participants"]
    assert len(window.findChildren(ParticipantsPage)) == 1
    assert window.pages.currentWidget() is window.event_page and window.event_page.name.hasFocus()
    QTest.keyClick(window.event_page.name, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Export participants"] * 2  # the page's own action now, not also a stand-in (ambiguous: nothing)


def test_a_page_first_shown_after_a_language_switch_is_in_that_language(open_window, event_file: Path) -> None:
    window = open_window(event_file)
    assert window.findChildren(ResultsPage) == [] and window.findChildren(VotingPage) == []
    open_window.language.apply("es")
    window.sidebar.setCurrentRow(STAGES.index("results"))
    assert window.pages.currentWidget() is window.results_page
    assert window.results_page.title.text() == "Resultados"
    # a menu filled by its page as it first opens: in Spanish too
    assert window.menu_voting.actions() == []
    window.menu_voting.popup(QPoint(0, 0))
    try:
        assert window.findChildren(VotingPage) != []
        assert window.voting_page.act_new in window.menu_voting.actions()
        assert window.voting_page.act_new.text() == "&Nueva votación…"
    finally:
        window.menu_voting.close()


def test_the_event_page_reads_its_summary_once_as_it_is_built_and_again_in_a_new_language(
        open_window, event_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The count of people (a read of every row of the list) is made once as the first page is built, not once for its
    texts and once more for its values; a language switch writes the summary again in that language."""
    from eulac_desktop.ui.pages import event as event_page

    counts: list[int] = []
    real_count = event_page.participant_count
    monkeypatch.setattr(event_page, "participant_count", lambda ws: counts.append(real_count(ws)) or counts[-1])
    window = open_window(event_file)
    assert len(counts) == 1
    summary = window.event_page.summary.text()
    assert summary.startswith(f"{counts[0]} participants registered")
    open_window.language.apply("es")
    QApplication.processEvents()  # the language change reaches the page
    assert window.event_page.summary.text().startswith(f"{counts[0]} participantes inscritos")
    assert len(counts) == 2
