"""Venue sync in the background while an event is open (`core.sync`): the window never waits for it.

A pass (`sync_once` on a connection of its own, `Workspace.for_worker`) runs in the thread pool when something may
have changed: a change made here (a second after a burst of them), a file arriving in the sync folder (a
`QFileSystemWatcher` on the folder and each laptop's subfolder) and, as a safety net, every 30 seconds. A quiet room
costs no CPU: no polling beyond that slow timer. What a pass applied reaches the pages through `session.changed`
(so counts include the other desks); people checked in or votes cast on two laptops are announced as soon as both
deltas meet (`doubles`), and `status` carries the peers for the window to show.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QRunnable, QThreadPool, QTimer, Signal

from ..core.errors import EulacError, unexpected
from ..core.sync import SyncResult, get_folder, sync_once, sync_status
from ..core.sync.inbox import is_device_folder
from ..core.workspace import Changes
from .session import EventSession

log = logging.getLogger(__name__)

#: Local changes are sent this long after the last of a burst (ms).
SETTLE_MS = 1000
#: A pass at least this often, whatever the watcher says (ms).
SAFETY_MS = 30_000


class _Signals(QObject):
    done = Signal(object, object)  # SyncResult | None, EulacError | None


class _Pass(QRunnable):
    def __init__(self, session: EventSession, signals: _Signals, trust: bool, after: Any):
        super().__init__()
        self.session, self.signals, self.trust, self.after = session, signals, trust, after

    def run(self) -> None:
        try:
            with self.session.ws.for_worker() as ws:
                result = sync_once(ws, trust=self.trust)
            if result.written and self.after is not None:
                self.after()
        except EulacError as exc:
            self.signals.done.emit(None, exc)
        except Exception as exc:  # a bug: logged, the window goes on
            log.exception("Sync pass failed")
            self.signals.done.emit(None, unexpected(exc))
        else:
            self.signals.done.emit(result, None)


class RoomSync(QObject):
    """The open event's background sync; `status` after each pass, `doubles` when people are counted twice."""

    status = Signal(dict)
    doubles = Signal(list, int)  # names checked in on two laptops, double votes
    failed = Signal(object)  # EulacError

    def __init__(self, session: EventSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.syncthing: Any = None  # a `core.sync.syncthing.Syncthing` once Connect laptops… started or found one
        self.trust_next = False
        self._running = False
        self._again = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.done.connect(self._done)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self.soon())
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.now)
        self._safety = QTimer(self, interval=SAFETY_MS)
        self._safety.timeout.connect(self.now)
        session.changed.connect(self._changed)
        self.restart()

    @property
    def active(self) -> bool:
        return get_folder(self.session.ws) is not None and not self.session.ws.read_only

    def restart(self) -> None:
        """Follow the event's sync folder (after it was chosen or changed) and sync now."""
        self._watch()
        if self.active:
            self._safety.start()
            self.now()
        else:
            self._safety.stop()

    def _watch(self) -> None:
        """Watch the sync folder and the other laptops' subfolders (its own outbox changes only when this laptop
        writes). Paths already watched are left as they are: removing and adding one again loses its watch."""
        folder = get_folder(self.session.ws)
        wanted: set[str] = set()
        if folder is not None and folder.is_dir():
            me = self.session.ws.device.id
            wanted = {str(folder)} | {str(p) for p in folder.iterdir()
                                      if p.is_dir() and is_device_folder(p.name) and p.name != me}
        watched = set(self._watcher.directories())
        if watched - wanted:
            self._watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self._watcher.addPaths(sorted(wanted - watched))

    def _changed(self, changes: Changes) -> None:
        if not changes.action.startswith(("bundle.import", "sync.")):  # its own imports need no delta
            self.soon()

    def soon(self) -> None:
        """Sync after things settle (a burst of scans is one delta)."""
        if self.active:
            self._settle.start()

    def now(self) -> None:
        """Sync now in the background (once more after the pass in progress, if one is)."""
        if not self.active:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        trust, self.trust_next = self.trust_next, False
        self._pool.start(_Pass(self.session, self._signals, trust, self._scan_after_write()))

    def _scan_after_write(self) -> Any:
        """What the pass does once it wrote a delta: ask Syncthing to look now rather than at its next look."""
        syncthing, ws = self.syncthing, self.session.ws
        if syncthing is None:
            return None
        from ..core.sync.syncthing import SyncthingFailed, folder_id

        def scan() -> None:
            with contextlib.suppress(SyncthingFailed):  # its watcher sees the file within seconds anyway
                syncthing.scan(folder_id(ws.event_id), ws.device.id)

        return scan

    def _done(self, result: SyncResult | None, error: EulacError | None) -> None:
        self._running = False
        if result is not None:
            for changes in result.changes:
                self.session.arrived(changes)
            if result.double_checkins or result.double_votes:
                self.doubles.emit(result.double_checkins, result.double_votes)
            error = result.failure
        self._watch()  # a new laptop's folder appeared
        with contextlib.suppress(EulacError):
            self.status.emit(sync_status(self.session.ws))
        if error is not None:  # said after the status, which clears an earlier failure
            log.info("Sync pass refused: %s", error.code)
            self.failed.emit(error)
        if self._again:
            self._again = False
            self.now()

    def stop(self) -> None:
        """Stop syncing (the window closes); the Syncthing the app started stops too."""
        self._settle.stop()
        self._safety.stop()
        self._pool.waitForDone(10_000)
        if self.syncthing is not None:
            self.syncthing.stop()
            self.syncthing = None
