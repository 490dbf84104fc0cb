"""Undo for core operations: a command holds the core call that does a change and the one that undoes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..core.workspace import Changes

Step = Callable[[], Changes]


class CoreCommand(QUndoCommand):
    """A change already made by the core; `undo_step` reverts it and `redo_step` makes it again.

    `on_changed(changes)` lets the views refresh what they show after each step.
    """

    def __init__(self, text: str, redo_step: Step, undo_step: Step, on_changed: Callable[[Changes], None]):
        super().__init__(text)
        self._redo, self._undo, self._on_changed = redo_step, undo_step, on_changed
        self._done = True  # the first redo() (called by QUndoStack.push) must not do it twice

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._step(self._redo)

    def undo(self) -> None:
        self._step(self._undo)

    def _step(self, step: Step) -> None:
        """Run a step; if the core refuses it now (the data moved on), say why and drop this command."""
        from ..core.errors import EulacError
        from .session import show_error

        try:
            self._on_changed(step())
        except EulacError as exc:
            show_error(None, exc)
            self.setObsolete(True)
