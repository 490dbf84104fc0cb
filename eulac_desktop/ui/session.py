"""An open event in the app: the workspace, its undo stack, and the signal that a core operation changed it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core import logs
from ..core.errors import EulacError, Unexpected, unexpected  # noqa: F401 (re-exported for the pages)
from ..core.workspace import Changes, Workspace
from .crash import doing
from .undo import CoreCommand, Step

log = logging.getLogger(__name__)


class EventSession(QObject):
    """The open event: every page edits it through `edit()`, and listens to `changed`."""

    changed = Signal(object)  # Changes

    def __init__(self, ws: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = ws
        self.undo_stack = QUndoStack(self)

    def edit(self, text: str, apply: Callable[[dict[str, Any]], Changes], new: dict[str, Any],
             widget: QWidget | None = None) -> bool:
        """Apply field values `new` through the core, undoable as `text` (undo applies the previous values).

        On refusal, show why and return False.
        """
        def undo_values(changes: Changes) -> dict[str, Any]:
            previous = next(iter(next(iter(changes.previous.values())).values())) if changes.previous else {}
            return {key: previous[key] for key in new if key in previous}

        done: dict[str, Changes] = {}

        def redo() -> Changes:
            done["changes"] = apply(new)
            return done["changes"]

        return self.run(text, redo, lambda: apply(undo_values(done["changes"])), widget) is not None

    def run(self, text: str, do: Step, undo: Step | None, widget: QWidget | None = None,
            redo: Step | None = None) -> Changes | None:
        """Do a core operation now; if `undo` is given, it goes on the undo stack as `text`.

        `redo` (default: `do` again) makes the change again after an undo, e.g. restoring the person that
        `do` added. On refusal, show why and return None; otherwise the changes (also sent to `changed`).
        """
        try:
            with doing(text):  # named in the "Something went wrong" dialog if an unexpected error escapes
                changes = do()
        except EulacError as exc:
            show_error(widget, exc)
            return None
        if changes and undo is not None:
            self.undo_stack.push(CoreCommand(text, redo or do, undo, self.changed.emit))
        if changes:
            self.changed.emit(changes)
        return changes

    def run_reverting(self, text: str, step: Step, widget: QWidget | None = None) -> Changes | None:
        """Do a core operation on entities, undone and redone by reverting what it changed
        (`records.revert_changes`): no undo function to write for board moves, merges, plan edits…"""
        from ..core.records import revert_changes

        last: dict[str, Changes] = {}

        def first() -> Changes:
            last["changes"] = step()
            return last["changes"]

        def flip() -> Changes:
            last["changes"] = revert_changes(self.ws, last["changes"])
            return last["changes"]

        return self.run(text, first, flip, widget, redo=flip)

    def close(self) -> None:
        """Close the event file; the undo history goes with it (its views are gone by now)."""
        self.undo_stack.blockSignals(True)
        self.undo_stack.clear()
        self.ws.close()


def show_error(parent: QWidget | None, exc: EulacError) -> None:
    """A refusal from the core, in the current language, with what to do about it.

    An unexpected error (`unexpected()`, whose traceback the caller has logged) also says where the log is.
    """
    log.info("Refused: %s", exc.code)  # the code only: the message may name a person
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("EventSession", "Cannot do that"),
                      exc.text(), QMessageBox.StandardButton.Ok, parent)
    hint = exc.hint_text()
    log_path = logs.current_log_file()
    if isinstance(exc, Unexpected) and log_path is not None:
        hint = " ".join(part for part in (hint, QCoreApplication.translate(
            "EventSession", "The details are in the log file: %1").replace("%1", str(log_path))) if part)
    if hint:
        box.setInformativeText(hint)
    box.exec()
