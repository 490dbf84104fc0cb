"""Undo for core operations: each edit is a core call whose `Changes` carry the previous values."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtGui import QUndoCommand

from ..core.workspace import Changes

Apply = Callable[[dict[str, Any]], Changes]


class CoreEditCommand(QUndoCommand):
    """An edit already applied by the core; undo applies the previous values, redo the new ones.

    `apply(values)` runs the core operation; `on_changed(changes)` lets views refresh what they show.
    """

    def __init__(self, text: str, apply: Apply, new: dict[str, Any], old: dict[str, Any],
                 on_changed: Callable[[Changes], None]):
        super().__init__(text)
        self._apply, self._new, self._old, self._on_changed = apply, new, old, on_changed
        self._applied = True  # the first redo() (called by QUndoStack.push) must not apply it twice

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._on_changed(self._apply(self._new))

    def undo(self) -> None:
        self._on_changed(self._apply(self._old))
