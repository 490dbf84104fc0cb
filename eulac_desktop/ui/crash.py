"""What the app does with an error nobody foresaw: log its traceback, say so kindly, and keep running.

`ExceptionHook` takes over `sys.excepthook` (an exception in a slot, a virtual or a worker thread's
`QRunnable`), `threading.excepthook` and Qt's message handler (its warnings and criticals go to the log).
Each unexpected exception is logged with its traceback and shows one "Something went wrong" dialog: what
the person was doing when known, that their data is safe, "Copy details" and the log file with "Open the
log folder". No storm: the same error again while the dialog is up, or within `QUIET_SECONDS` of its last
time once the dialog is closed, only counts (in the dialog, and in the log, where a traceback is written
the first `FULL_TRACES` times and then one line at each power of ten).

The hook always hands the exception on to the hook it replaced, so under pytest-qt a test still fails on
an exception in a slot; `uninstall()` (or leaving `with hook:`) restores everything it replaced.
"""

from __future__ import annotations

import contextlib
import logging
import math
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QThread,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
    qVersion,
)

from ..core import logs

if TYPE_CHECKING:
    from .crash_dialog import CrashDialog

log = logging.getLogger(__name__)
qt_log = logging.getLogger("eulac_desktop.qt")  # Qt's own warnings and errors

#: Once its dialog is closed, the same error is shown again only after this long without it.
QUIET_SECONDS = 2.0
#: How many times one error's traceback is written to the log (then one line at 10, 100, 1000… times).
FULL_TRACES = 3

_ACTIVITY = "eulac_activity"
_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


@contextlib.contextmanager
def doing(text: str) -> Iterator[None]:
    """Name what the person is doing (an undo text such as "Add a walk-in") for an unexpected error's dialog.

    An exception leaving the block carries `text` (the innermost block's) to the hook.
    """
    try:
        yield
    except Exception as exc:
        if not hasattr(exc, _ACTIVITY):
            setattr(exc, _ACTIVITY, text)
        raise


def report(exc: BaseException, activity: str) -> None:
    """An unexpected exception the app caught itself (a background operation's, handed over by its thread) goes
    to the hook as if nobody had caught it: logged, and shown as "Something went wrong" during `activity`."""
    if not hasattr(exc, _ACTIVITY):
        setattr(exc, _ACTIVITY, activity)
    sys.excepthook(type(exc), exc, exc.__traceback__)


def versions() -> str:
    """The application's, Python's, Qt's and the system's versions, for the log and the details copied."""
    return f"{logs.versions()}, PySide6 {pyside_version}, Qt {qVersion()}"


def error_key(exc: BaseException) -> tuple[str, str, int]:
    """What makes two errors "the same": the exception's type and the line that raised it."""
    tb = exc.__traceback__
    frames = traceback.extract_tb(tb) if tb is not None else []
    last = frames[-1] if frames else None
    return type(exc).__name__, last.filename if last else "", (last.lineno or 0) if last else 0


class ExceptionHook(QObject):
    """Logs every unexpected exception and shows it in one `CrashDialog`; see the module's docstring."""

    _reported = Signal(object, int)  # an exception raised off the GUI thread and its count, shown on it

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.counts: Counter[tuple[str, str, int]] = Counter()
        self.dialog: CrashDialog | None = None
        self._lock = threading.Lock()
        self._last_seen: dict[tuple[str, str, int], float] = {}
        self._previous_hook: Callable[..., Any] | None = None
        self._previous_thread_hook: Callable[..., Any] | None = None
        self._previous_qt: Any = None
        self._installed = False
        self._reported.connect(self._show)

    # -- installing ----------------------------------------------------------------------------

    def install(self) -> ExceptionHook:
        """Take over `sys.excepthook`, `threading.excepthook` and Qt's message handler."""
        if not self._installed:
            self._previous_hook, sys.excepthook = sys.excepthook, self._excepthook
            self._previous_thread_hook, threading.excepthook = threading.excepthook, self._thread_hook
            self._previous_qt = qInstallMessageHandler(self._qt_message)
            self._installed = True
        return self

    def uninstall(self) -> None:
        """Give back the hooks and the message handler that `install()` replaced."""
        if not self._installed:
            return
        if sys.excepthook == self._excepthook:
            sys.excepthook = self._previous_hook or sys.__excepthook__
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook or threading.__excepthook__
        qInstallMessageHandler(self._previous_qt)
        self._installed = False

    def __enter__(self) -> ExceptionHook:
        return self.install()

    def __exit__(self, *exc: object) -> None:
        self.uninstall()

    # -- receiving -----------------------------------------------------------------------------

    def _excepthook(self, etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        try:
            if not issubclass(etype, KeyboardInterrupt):
                self._report(value, tb)
        finally:  # whatever happens here, the replaced hook still sees it
            self._hand_on(self._previous_hook, etype, value, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        try:
            if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
                self._report(args.exc_value, args.exc_traceback)
        finally:
            if self._previous_thread_hook is not None:
                self._previous_thread_hook(args)

    def _report(self, exc: BaseException, tb: TracebackType | None) -> None:
        if exc.__traceback__ is None:
            exc.__traceback__ = tb
        key = error_key(exc)
        with self._lock:
            self.counts[key] += 1
            count = self.counts[key]
        during = f" during “{getattr(exc, _ACTIVITY)}”" if hasattr(exc, _ACTIVITY) else ""
        if count <= FULL_TRACES:
            log.error("Unexpected error%s", during, exc_info=(type(exc), exc, tb))
        elif count == 10 ** round(math.log10(count)):
            log.error("Unexpected error%s again: %s at %s line %d, %d times so far", during, *key, count)
        if QCoreApplication.instance() is None:
            return
        if QThread.currentThread() == self.thread():
            try:
                self._show(exc, count)
            except Exception:  # the dialog itself failed: the log keeps both
                log.exception("The “Something went wrong” dialog could not be shown")
        else:
            self._reported.emit(exc, count)  # queued: dialogs live on the GUI thread

    @staticmethod
    def _hand_on(hook: Callable[..., Any] | None, etype: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
        """Let the replaced hook see it too (pytest-qt's fails the test; Python's prints to a terminal)."""
        if hook is None or (hook is sys.__excepthook__ and sys.stderr is None):
            return
        hook(etype, value, tb)

    def _qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)
        if self._previous_qt is not None:
            self._previous_qt(mode, context, message)
        elif sys.stderr is not None:  # as Qt's own handler does
            sys.stderr.write(message + "\n")

    # -- showing -------------------------------------------------------------------------------

    def _show(self, exc: BaseException, count: int) -> None:
        if not self._installed:  # reported from a thread just before `uninstall()`: logged, no window opens any more
            return
        key = error_key(exc)
        now, last = time.monotonic(), self._last_seen.get(key)
        self._last_seen[key] = now
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(key, count)
            return
        if last is not None and now - last < QUIET_SECONDS:  # a storm: its dialog was just closed
            return
        from .crash_dialog import CrashDialog, activity  # imported when first needed: not at every start

        self.dialog = CrashDialog(exc, key, count, activity(exc), logs.written_log_file(),
                                  unwritten=logs.current_log_file())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
