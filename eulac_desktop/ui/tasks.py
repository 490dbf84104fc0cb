"""Long work off the GUI thread, with a progress dialog and a Cancel button that changes nothing.

The work is a core function that takes a `progress(done, total) -> bool` callback; returning False
makes the core raise `Cancelled` and roll back, and the task emits `cancelled` (not `failed`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.errors import Cancelled, EulacError

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], bool]], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.signals.progress.emit(done, total)
            return not self.cancel.is_set()

        try:
            result = self.work(progress)
        except BaseException as exc:  # reported on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """Run `work` in the thread pool, showing `label` in a progress dialog over `parent`."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, label: str, work: Work, show_after_ms: int = 400):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(show_after_ms)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self._cancel.set)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._runner = _Runner(work, self._signals, self._cancel)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._runner)

    def _on_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)

    def _on_finished(self, result: object) -> None:
        self._dialog.reset()
        self.finished.emit(result)

    def _on_failed(self, exc: object) -> None:
        self._dialog.reset()
        if isinstance(exc, Cancelled):  # the user asked for it: nothing was changed, nothing to report
            self.cancelled.emit()
            return
        if isinstance(exc, BaseException) and not isinstance(exc, EulacError):  # a bug: its traceback to the log
            log.error("Background work “%s” failed", self._dialog.labelText(), exc_info=(type(exc), exc, exc.__traceback__))
        self.failed.emit(exc)
