"""An open event in the app: the workspace, its undo stack, and the signal that a core operation changed it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.errors import EulacError
from ..core.workspace import Workspace
from .undo import Apply, CoreEditCommand


class EventSession(QObject):
    """The open event: every page edits it through `edit()`, and listens to `changed`."""

    changed = Signal(object)  # Changes

    def __init__(self, ws: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = ws
        self.undo_stack = QUndoStack(self)

    def edit(self, text: str, apply: Apply, new: dict[str, Any], widget: QWidget | None = None) -> bool:
        """Apply `new` through the core, make it undoable as `text`; on refusal show why and return False."""
        try:
            changes = apply(new)
        except EulacError as exc:
            show_error(widget, exc)
            return False
        if not changes:
            return True
        previous = next(iter(next(iter(changes.previous.values())).values())) if changes.previous else {}
        old = {key: previous[key] for key in new if key in previous}
        self.undo_stack.push(CoreEditCommand(text, apply, new, old, self.changed.emit))
        self.changed.emit(changes)
        return True

    def close(self) -> None:
        """Close the event file; the undo history goes with it (its views are gone by now)."""
        self.undo_stack.blockSignals(True)
        self.undo_stack.clear()
        self.ws.close()


def show_error(parent: QWidget | None, exc: EulacError) -> None:
    """A refusal from the core, in the current language, with what to do about it."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("EventSession", "Cannot do that"),
                      exc.text(), QMessageBox.StandardButton.Ok, parent)
    if exc.hint_text():
        box.setInformativeText(exc.hint_text())
    box.exec()
