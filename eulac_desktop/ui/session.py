"""An open event in the app: the workspace, its undo stack, and the one way the window changes its data.

Every change the window makes goes through `EventSession.run` (ARCHITECTURE.md, "From a key press to the
file"), as Anki's `CollectionOp` does: one core operation, run now (or in the background, with progress and
Cancel, when it is long), its undo put on the stack (by default: revert what it changed), a refusal shown,
an unexpected error handed to the "Something went wrong" dialog, and one `changed(changes, initiator)`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Final, TypeVar, overload

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ..core import logs, records
from ..core.errors import EulacError, Unexpected, unexpected  # noqa: F401 (re-exported for the pages)
from ..core.workspace import Changes, WithChanges, Workspace
from .crash import doing, report
from .tasks import Task
from .undo import CoreCommand, Step

log = logging.getLogger(__name__)

R = TypeVar("R", bound="Changes | WithChanges")
Progress = Callable[[int, int], bool]
Refused = Callable[[EulacError], None]


class Revert:
    """The undo `run` records unless told otherwise: revert what the operation changed (`records.revert_changes`: an
    inserted fact such as a check-in is withdrawn by its tombstone), and revert that again to redo it. An operation
    that wrote a fact never taken back (a ballot, an erasure: `records.KEPT_FACTS`) has no undo."""

    def __repr__(self) -> str:
        return "REVERT"


REVERT: Final = Revert()


class EventSession(QObject):
    """The open event: pages change it through `run()` only, and follow `changed`."""

    # (Changes, initiator): what one operation, undo or redo changed, and the widget that asked for it (None:
    # the undo stack, another window). A slot that takes one argument gets the changes alone.
    changed = Signal(object, object)
    #: (text): a change that has no undo was made; the undo history ends there (`barrier` holds its text)
    barred = Signal(str)

    def __init__(self, ws: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = ws
        self.undo_stack = QUndoStack(self)
        #: the text of the last change that could not be undone: the undo history begins after it ("" if none)
        self.barrier = ""
        # the background operation under way (its progress dialog, `cancelled`…), None once none was started
        self.task: Task | None = None

    @overload
    def run(self, text: str, do: Callable[[], R], undo: Step | Revert | None = REVERT, widget: QWidget | None = None,
            redo: Step | None = None, *, initiator: QObject | None = None, refused: Refused | None = None) -> R | None:
        ...

    @overload
    def run(self, text: str, do: Callable[[Workspace, Progress], R], undo: Revert | None = REVERT,
            widget: QWidget | None = None, redo: None = None, *, initiator: QObject | None = None,
            refused: Refused | None = None, progress: str, then: Callable[[R], None] | None = None) -> Task:
        ...

    def run(self, text: str, do: Callable[..., R], undo: Step | Revert | None = REVERT, widget: QWidget | None = None,
            redo: Step | None = None, *, initiator: QObject | None = None, refused: Refused | None = None,
            progress: str | None = None, then: Callable[[R], None] | None = None) -> R | Task | None:
        """Do the core operation `do`, undoable as `text`; the one way the window changes the event.

        `do` returns `Changes`, or a result carrying them (`WithChanges`: a scan's status, a ballot). `undo`:
        REVERT (revert what it changed), None (no undo: the undo history ends there, so that Ctrl+Z never undoes an
        older step in its place, `barrier`), or a core call that undoes it; `redo` (default: `do`
        again) makes the change again after an undo, e.g. restoring the person that `do` added. A refusal
        (`EulacError`) goes to `refused`, else to `show_error` over `widget`; an unexpected error reaches the
        "Something went wrong" dialog (ui/crash.py). What changed is sent once as `changed(changes,
        initiator)`, `initiator` being `widget` unless told.

        Returns the result (None when refused). With `progress` (a label), `do(worker_ws, progress)` runs off the
        GUI thread with a progress dialog whose Cancel changes nothing; the returned `Task` says when it
        `cancelled`, and `then(result)` follows the `changed` signal once it is done.
        """
        asker = initiator if initiator is not None else widget
        if progress is not None:
            return self._run_in_background(text, do, undo, widget, asker, refused, progress, then)
        try:
            with doing(text):  # named in the "Something went wrong" dialog if an unexpected error escapes
                result = do()
        except EulacError as exc:
            (refused or (lambda error: show_error(widget, error)))(exc)
            return None
        self._done(text, result, undo, redo or (lambda: changes_of(do())), asker)
        return result

    def _run_in_background(self, text: str, do: Callable[[Workspace, Progress], R], undo: Step | Revert | None,
                           widget: QWidget | None, asker: QObject | None, refused: Refused | None, label: str,
                           then: Callable[[R], None] | None) -> Task:
        ws = self.ws

        def work(progress: Progress) -> R:
            with ws.for_worker() as worker:  # a connection of its own: the GUI's stays usable meanwhile
                return do(worker, progress)

        def finished(result: R) -> None:
            self._done(text, result, undo, None, asker)
            if then is not None:
                then(result)

        def failed(exc: object) -> None:
            if isinstance(exc, EulacError):
                (refused or (lambda error: show_error(widget, error)))(exc)
            elif isinstance(exc, BaseException):
                report(exc, text)

        self.task = Task(widget, label, work)
        self.task.finished.connect(finished)
        self.task.failed.connect(failed)
        self.task.start()
        return self.task

    def _done(self, text: str, result: Changes | WithChanges, undo: Step | Revert | None, redo: Step | None,
              initiator: QObject | None) -> None:
        """Put a done operation's undo on the stack and say what changed (nothing changed: nothing to say)."""
        changes = changes_of(result)
        if not changes:
            return
        if isinstance(undo, Revert) and records.revertible(changes):
            self.undo_stack.push(CoreCommand(text, *self._reverting(changes), self._undone))
        elif undo is not None and not isinstance(undo, Revert) and redo is not None:
            self.undo_stack.push(CoreCommand(text, redo, undo, self._undone))
        else:
            self._bar(text)
        self.changed.emit(changes, initiator)

    def _bar(self, text: str) -> None:
        """A change with no undo: Ctrl+Z after it must not undo an older step in its place (on data that moved on
        since), so the undo history ends here; `barred` lets the Edit menu say why nothing can be undone."""
        self.barrier = text
        self.undo_stack.clear()
        self.barred.emit(text)

    def _reverting(self, changes: Changes) -> tuple[Step, Step]:
        """Redo and undo as reverts of the last step's changes."""
        last = [changes]

        def flip() -> Changes:
            last[0] = records.revert_changes(self.ws, last[0])
            return last[0]

        return flip, flip

    def _undone(self, changes: Changes) -> None:
        self.changed.emit(changes, None)

    def arrived(self, changes: Changes, initiator: QObject | None = None) -> None:
        """Say what was written to the file from outside the window (the phones' server on its own connection,
        another laptop's delta): shown like any change, never on the undo stack (nobody here did it)."""
        if changes:
            self.changed.emit(changes, initiator)

    def close(self) -> None:
        """Close the event file; the undo history goes with it (its views are gone by now)."""
        self.undo_stack.blockSignals(True)
        self.undo_stack.clear()
        self.ws.close()


def changes_of(result: Changes | WithChanges) -> Changes:
    """The changes of an operation's result."""
    if isinstance(result, Changes):
        return result
    return result.changes or Changes("")


def field_edit(apply: Callable[[dict[str, Any]], Changes], new: dict[str, Any]) -> tuple[Step, Step]:
    """`run`'s do and undo for an edit of fields through `apply`, a core function taking field values: do sets
    `new`; undo gives back, through the same function (and its checks), the values the fields had before."""
    done: list[Changes] = []

    def do() -> Changes:
        done[:] = [apply(new)]
        return done[0]

    def undo() -> Changes:
        previous = next(iter(next(iter(done[0].previous.values())).values())) if done[0].previous else {}
        return apply({key: previous[key] for key in new if key in previous})

    return do, undo


def _where_the_details_are(box: QMessageBox, exc: EulacError) -> str:
    """An unexpected error's log file; when the log could not keep its traceback (read-only, full disk), the
    traceback goes into `box`'s details, to copy, and the sentence says so."""
    log_path = logs.written_log_file()
    if log_path is not None:
        return QCoreApplication.translate("EventSession", "The details are in the log file: %1").replace(
            "%1", f"\n{log_path}")  # the path on a line of its own, as the crash dialog shows it
    cause = exc.__cause__
    if cause is None:
        return ""
    import traceback

    box.setDetailedText("".join(traceback.format_exception(type(cause), cause, cause.__traceback__)))
    unwritten = logs.current_log_file()
    if unwritten is None:
        return QCoreApplication.translate("EventSession", "This computer keeps no log file: the details button "
                                          "shows the details, to copy into your report.")
    return QCoreApplication.translate("EventSession", "The details could not be written to the log file (%1): the "
                                      "details button shows them, to copy into your report.").replace(
        "%1", str(unwritten))


def show_error(parent: QWidget | None, exc: EulacError, also: str = "") -> None:
    """A refusal from the core, in the current language, with what to do about it.

    An unexpected error (`unexpected()`, whose traceback the caller has logged) also says where the log is; `also`
    (translated) says what the window did about the refusal.
    """
    log.info("Refused: %s", exc.code)  # the code only: the message may name a person
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("EventSession", "Cannot do that"),
                      exc.text(), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote a name or a file's cell
    hint = exc.hint_text()
    if isinstance(exc, Unexpected):
        hint = " ".join(part for part in (hint, _where_the_details_are(box, exc)) if part)
    hint = "\n\n".join(part for part in (hint, also) if part)
    if hint:
        box.setInformativeText(hint)
    _readable_width(box)
    box.exec()


def _readable_width(box: QMessageBox) -> None:
    """Lines of about 60 characters (as much of the screen as there is): Qt's own width wraps a long message and
    its log file's path into a narrow column of short lines."""
    screen = box.screen().availableGeometry().width() if box.screen() is not None else 1024
    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
        label = box.findChild(QLabel, name)
        if label is not None:
            label.setMinimumWidth(min(60 * label.fontMetrics().averageCharWidth(), screen // 2))
