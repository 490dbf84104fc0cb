"""The keys of page actions that work anywhere in the main window: known without building (or importing) their
page, so that the window answers them before the page was first shown (main_window.py builds it then)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

#: the Participants page's actions (by the attribute that holds each) whose keys work in the whole window
#: (its Delete works in the table only)
PARTICIPANTS: dict[str, str | QKeySequence.StandardKey] = {
    "act_import": "Ctrl+I", "act_walk_in": "Ctrl+Shift+N", "act_merge": "Ctrl+M", "act_export": "Ctrl+E",
    "act_badges": QKeySequence.StandardKey.Print}
