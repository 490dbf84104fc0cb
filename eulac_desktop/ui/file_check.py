"""The check of every page of an event file that the window runs once it is painted (`Workspace.finish_check`),
on a worker thread: the first page shows without waiting for it, and nothing is written before it has passed."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.errors import EulacError
from ..core.workspace import Workspace


class _Signals(QObject):
    damaged = Signal(object)


class _Run(QRunnable):
    def __init__(self, ws: Workspace, signals: _Signals):
        super().__init__()
        self.ws, self.signals = ws, signals

    def run(self) -> None:
        try:
            self.ws.finish_check()
        except EulacError as exc:  # reported on the GUI thread
            self.signals.damaged.emit(exc)


class FileCheck(QObject):
    """Runs `ws.finish_check()` in the thread pool; `damaged(EulacError)` says the file must not be used."""

    damaged = Signal(object)

    def __init__(self, ws: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self._signals = _Signals()
        self._signals.damaged.connect(self.damaged)
        self._runner = _Run(ws, self._signals)

    def start(self) -> None:
        """Start the check (the controller's `close_event` waits for the thread pool, so for it too)."""
        QThreadPool.globalInstance().start(self._runner)
