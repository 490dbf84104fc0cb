"""The Results dashboard writes days the reader's way (QLocale's short date in the app's language), not as ISO
text, and still sorts them by the day."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt

from eulac_desktop.core import actions
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui.language import LanguageManager


def test_the_dashboard_shows_event_days_and_milestones_in_the_reader_s_locale(open_window, event_file: Path, qapp,
                                                                              qtbot, tmp_path: Path, device) -> None:
    with Workspace.open(event_file) as ws:
        actions.add_plan(ws, "Living lab", milestones=[{"date": "2027-01-15", "text": "Kick-off"}])
    window = open_window(event_file, stage="results")
    language = LanguageManager(qapp)
    try:
        for lang in ("es", "en"):
            language.apply(lang)
            board = window.results_page.dashboard
            board.reload(window.session.ws)
            locale = QLocale(lang)
            start = locale.toString(QDate(2026, 12, 3), QLocale.FormatType.ShortFormat)
            assert board.events.item(0, 1).text() == start != "2026-12-03", board.events.item(0, 1).text()
            milestone = locale.toString(QDate(2027, 1, 15), QLocale.FormatType.ShortFormat)
            assert board.roadmap.item(0, 4).text() == f"{milestone} Kick-off"
            assert "2026-12-03" not in board.events.item(0, 1).text()
    finally:
        language.apply("en")


def test_days_sort_by_the_day_not_by_the_text(open_window, event_file: Path, qapp, tmp_path: Path, device) -> None:
    """In Spanish 9/12/26 comes after 10/11/26 as a day, before it as text: a click on the column sorts by the day."""
    from eulac_desktop.ui import dashboard

    language = LanguageManager(qapp)
    language.apply("es")
    try:
        table = dashboard._table(2, 0)
        dashboard._fill(table, [["late", dashboard.Moment(dashboard.local_day("2026-12-09"), "2026-12-09")],
                                ["early", dashboard.Moment(dashboard.local_day("2026-11-10"), "2026-11-10")]])
        table.sortItems(1, Qt.SortOrder.AscendingOrder)
        assert [table.item(r, 0).text() for r in range(2)] == ["early", "late"]
        assert table.item(1, 1).text() == QLocale("es").toString(QDate(2026, 12, 9), QLocale.FormatType.ShortFormat)
    finally:
        language.apply("en")
