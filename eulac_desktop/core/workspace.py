"""The event file: create, open (lock, checks, migrations), operations as transactions, close.

Every change goes through `Workspace.operation(action)`: one transaction that stamps rows with this
device's hybrid logical clock, records what changed in the `audit` table, and returns the `Changes`
so that views refresh only what they show.
"""

from __future__ import annotations

import _thread
import atexit
import contextlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from . import errors, logs, schema
from .device import Device, load_device
from .hlc import HybridClock, WallClock, wall_ms
from .i18n import N_
from .ids import uuid7
from .oslock import OsLock, Timeout

if TYPE_CHECKING:
    import sqlite_utils

log = logs.logger(__name__)

EXTENSION = ".eulac"
_SQLITE_HEADER = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 5000
#: The operations a coordinator's master file takes of its own (`core.master`): its making, and its events' bundles.
#: Any other operation on a master must be about one of its events, chosen with `Workspace.focus` (a plan's status).
MASTER_ACTIONS = ("master.create", "bundle.import.")


class WriterWait:
    """How long `Workspace.open(mode="write")` waits for another program's writer lock before refusing.

    0 (the default, and the GUI's way: a second window opens read-only at once). The command line waits
    (`waiting_for_writer`): a scan from a second desk, or during an import, is then recorded, not refused.
    `notice` is called once with the event file's path when the lock is still taken after `notice_after` seconds.
    (This module's classes are plain ones: `dataclasses`, with `inspect`, is a tenth of a scan's start.)
    """

    def __init__(self, seconds: float = 0.0, notice: Callable[[Path], None] | None = None, notice_after: float = 1.0):
        self.seconds = seconds
        self.notice = notice
        self.notice_after = notice_after


_writer_wait = WriterWait()


@contextlib.contextmanager
def waiting_for_writer(seconds: float, notice: Callable[[Path], None] | None = None,
                       notice_after: float = 1.0) -> Iterator[None]:
    """Within the block, opening for writing waits up to `seconds` for the writer lock (see `WriterWait`)."""
    global _writer_wait
    before, _writer_wait = _writer_wait, WriterWait(seconds, notice, notice_after)
    try:
        yield
    finally:
        _writer_wait = before


class Changes:
    """What one operation changed: row ids per table, by kind of change; for updates, `previous` holds the values
    the fields that changed had before: {table: {id: {field: old}}}."""

    action: str
    inserted: dict[str, list[str]]
    updated: dict[str, list[str]]
    deleted: dict[str, list[str]]
    previous: dict[str, dict[str, dict[str, object]]]
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __init__(self, action: str, inserted: dict[str, list[str]] | None = None,
                 updated: dict[str, list[str]] | None = None, deleted: dict[str, list[str]] | None = None,
                 previous: dict[str, dict[str, dict[str, object]]] | None = None):
        self.action = action
        self.inserted = {} if inserted is None else inserted
        self.updated = {} if updated is None else updated
        self.deleted = {} if deleted is None else deleted
        self.previous = {} if previous is None else previous

    def _fields(self) -> tuple[object, ...]:
        return self.action, self.inserted, self.updated, self.deleted, self.previous

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        return (f"Changes(action={self.action!r}, inserted={self.inserted!r}, updated={self.updated!r}, "
                f"deleted={self.deleted!r}, previous={self.previous!r})")

    def tables(self) -> set[str]:
        """Every table this operation touched."""
        return set(self.inserted) | set(self.updated) | set(self.deleted)

    def __bool__(self) -> bool:
        return bool(self.tables())

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready summary."""
        return {"action": self.action, "inserted": self.inserted, "updated": self.updated, "deleted": self.deleted}


class WithChanges(Protocol):
    """What an operation returns when it says more than what changed (a scan's status, a ballot's id), as Anki's
    `OpChangesWithId` does: its `changes` (None or empty: it changed nothing)."""

    @property
    def changes(self) -> Changes | None:
        """What the operation changed."""


class Operation:
    """One user action in progress: a transaction, a clock, and the changes it accumulates."""

    def __init__(self, ws: Workspace, action: str):
        self.ws = ws
        self.changes = Changes(action)
        self._seen: dict[tuple[str, str], set[str]] = {}  # a set beside each list: a 50,000-row import stays linear
        #: ids the audit leaves out: a secret ballot's id beside its voter's vote record would link the two
        self.unaudited: set[str] = set()
        #: a secret ballot was written: its table is rewritten in id order before the commit, and the write-ahead
        #: log emptied after it (`Workspace.operation`), so no order of casting stays on disk
        self.order_free = False

    def tick(self) -> str:
        """A fresh hybrid-clock timestamp of this device."""
        return self.ws.clock.now()

    def ticks(self, count: int) -> list[str]:
        """`count` fresh timestamps of this device, in order (`HybridClock.now_many`)."""
        return self.ws.clock.now_many(count)

    def record_many(self, kind: str, table: str, row_ids: list[str]) -> None:
        """Note the same change of several rows (`record` of each, without previous values)."""
        seen = self._seen.setdefault((kind, table), set())
        fresh = [row_id for row_id in dict.fromkeys(row_ids) if row_id not in seen]
        if fresh:
            seen.update(fresh)
            getattr(self.changes, kind).setdefault(table, []).extend(fresh)

    def record(self, kind: str, table: str, row_id: str, previous: dict[str, object] | None = None) -> None:
        """Note a change; `kind` is inserted, updated or deleted."""
        seen = self._seen.setdefault((kind, table), set())
        if row_id not in seen:
            seen.add(row_id)
            getattr(self.changes, kind).setdefault(table, []).append(row_id)
        if previous:  # a row changed twice in one operation keeps the values it had before the operation
            known = self.changes.previous.setdefault(table, {}).setdefault(row_id, {})
            for name, value in previous.items():
                known.setdefault(name, value)


class Workspace:
    """An open event file. Use `Workspace.create()` or `Workspace.open()`, then `close()`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, device: Device, read_only_reason: str | None,
                 lock: OsLock | None, wall: WallClock):
        self.path = path
        self.conn = conn
        self.device = device
        #: why the file is read-only (a translatable message), or None when it can be written
        self.read_only_reason = read_only_reason
        self.lock_holder: dict[str, str] | None = None
        self._lock = lock
        self._wall = wall
        self.clock = HybridClock(device.id, self._stored_clock(), wall)
        self._focus: str | None = None
        self._wal_due = False  # a secret ballot's commit is still in the write-ahead log (see `operation`)
        #: checkpoints running on threads of their own (`checkpoint_afterwards`), shared with the workers; `close` waits
        self._checkpoints: list[_CheckpointThread] = []
        #: the check an open with `check_later` left for `finish_check`, shared with the workers (None: done)
        self._later: _LaterCheck | None = None

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, device: Device | None = None, wall: WallClock = wall_ms) -> Workspace:
        """Make a new, empty event file (schema only) at `path` and open it for writing."""
        path = Path(path)
        if path.exists():
            raise errors.EventFileExists(path=str(path))
        if not path.parent.is_dir():
            raise errors.WriteFailed(path=str(path), detail=N_("the folder does not exist"))
        tmp = path.with_name(path.name + ".creating")
        try:
            conn = _connect(tmp, read_only=False)
            with _transaction(conn):
                schema.migrate(_database(conn))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            os.replace(tmp, path)
        except sqlite3.Error as exc:
            _remove_quietly(tmp)
            if not os.access(path.parent, os.W_OK):  # SQLite says "unable to open database file", in English
                raise errors.WriteFailed(path=str(path), detail=N_("you may not write to this folder")) from exc
            raise _translate(exc, path) from exc
        except OSError as exc:
            _remove_quietly(tmp)
            raise errors.from_os_error(exc, path) from exc
        finally:
            for suffix in ("-wal", "-shm"):
                _remove_quietly(tmp.with_name(tmp.name + suffix))
        log.info("Created %s", path.name)
        return cls.open(path, mode="write", device=device, wall=wall)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, mode: str = "auto", device: Device | None = None,
             wall: WallClock = wall_ms, check: bool = True, check_later: bool = False,
             master: bool = False) -> Workspace:
        """Open an event file.

        `mode` is "write" (refuse if it cannot be written), "read", or "auto" (write when possible,
        otherwise read-only with `read_only_reason` saying why). In "write" mode, a writer lock held by
        another program is waited for as long as `waiting_for_writer` says (by default not at all). Checks the file is an intact event
        file of a version this application knows, and migrates an older one after a backup copy.

        Intact means SQLite's quick check of every page passed (`CorruptEventFile` if not). `check=False`, for a
        command that reads and writes a few rows (`eulac checkin scan`), skips it when the file was closed cleanly
        (no write-ahead log left behind, as a crash leaves it): a damaged page the command then reads is refused
        as `CorruptEventFile` all the same, within `typed_errors()`; the window's open and `eulac event check`
        still read every page.

        `check_later=True`, for the window (which shows its first page sooner), leaves the check of every page of a
        cleanly closed file, and the writer's mark in it, to `finish_check()`, which the window runs on a worker
        thread once it is painted: until that check has passed, nothing is written (an operation runs it first,
        or waits for it, and refuses a damaged file with `CorruptEventFile`, as the open would have).

        A coordinator's master file opened to write ("write" or "auto") is refused (`MasterNotEvent`) unless the caller
        takes masters (`master=True`: the window, a bundle's import, a plan's status): an event's command never starts
        on one. What opens a master still writes only what `operation` lets a master take.
        """
        path = Path(path)
        _check_looks_like_event_file(path)
        later = check and check_later and not _left_open(path)
        check = (check and not later) or _left_open(path)
        device = device or load_device()
        wait = _writer_wait if mode == "write" else WriterWait()
        lock, reason = (None, errors.READ_ONLY_REQUESTED) if mode == "read" else _take_lock(path, wait)
        if reason and mode == "write":
            holder = _read_holder(path) if reason == errors.READ_ONLY_LOCKED else None
            raise errors.ReadOnlyEventFile(path=str(path), reason=_reason_text(reason, holder))
        conn = None
        try:
            conn = _connect(path, read_only=reason is not None)
            ws = cls(path, conn, device, reason, lock, wall)
            ws._check_and_upgrade(check, later)
            if mode != "read" and not master and ws.is_master:
                raise errors.MasterNotEvent(path=str(path))
            if reason == errors.READ_ONLY_LOCKED:
                ws.lock_holder = _read_holder(path)
            elif ws._later is None and reason is None:
                _write_holder(ws.conn, device)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            _release(lock)
            if isinstance(exc, sqlite3.Error):
                raise _translate(exc, path) from exc
            raise
        log.info("Opened %s (file format %d, %s)", path.name, schema.SCHEMA_VERSION, "read-only" if reason else "writable")
        return ws

    @contextlib.contextmanager
    def for_worker(self) -> Iterator[Workspace]:
        """The same event through a connection of its own, for work off the GUI thread.

        SQLite then keeps the two apart: the GUI's connection never sees a worker's uncommitted rows, and
        a check-in made meanwhile is its own transaction (waiting for the worker's commit, up to the busy
        timeout), never a savepoint inside the worker's import that a cancel would roll back.
        """
        conn = _connect(self.path, read_only=self.read_only)
        worker = Workspace(self.path, conn, self.device, self.read_only_reason, None, self._wall)
        worker.clock = self.clock  # one clock per device: thread-safe, and its stamps stay in order
        worker._checkpoints = self._checkpoints  # the file's close waits for a worker's checkpoint too
        worker._later = self._later  # a worker writes only once the file is known to be intact, too
        try:
            yield worker
        finally:
            conn.close()

    def close(self) -> None:
        """Checkpoint the write-ahead log (so the .eulac file alone is a whole copy) and release the lock."""
        if self.conn is None:
            return
        log.debug("Closing %s", self.path.name)
        try:
            for thread in self._checkpoints:
                thread.join()
            if not self.read_only:
                try:
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlite3.Error as exc:  # a full disk: what was committed stays in the log, copied at next open
                    log.warning("Checkpoint of %s left for later: %s", self.path.name, exc)
        finally:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
            _release(self._lock)
            self._lock = None

    def _store_ballots_in_id_order(self) -> None:
        """Rewrite the ballots in the order of their ids, inside the current transaction, their freed space
        overwritten (`secure_delete`, set on every writing connection). Within a page SQLite places each new
        row before the previous ones, so their places in the file would tell the order of casting
        (ARCHITECTURE.md §4); rewritten, every page's layout follows from the ids alone."""
        cursor = self.conn.execute("SELECT * FROM ballots ORDER BY id")
        rows = cursor.fetchall()
        marks = ", ".join("?" for _ in cursor.description)
        self.conn.execute("DELETE FROM ballots")
        self.conn.executemany(f"INSERT INTO ballots VALUES ({marks})", rows)

    def _empty_wal(self) -> bool:
        """Copy the write-ahead log into the file and truncate it (its frames keep every commit's pages in the
        order they were written); False when a reader still needs it (tried again after the next operation and
        at close)."""
        try:
            busy = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.Error:
            return False
        return bool(busy == 0)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- state ---------------------------------------------------------------------------------

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection (imported when first needed: it is slow to import)."""
        return _database(self.conn)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def read_only_text(self) -> str:
        """Why the file is read-only, translated (empty when it is writable)."""
        return _reason_text(self.read_only_reason, self.lock_holder) if self.read_only_reason else ""

    @property
    def schema_version(self) -> int:
        return schema.read_version(self.conn)

    @property
    def event_id(self) -> str:
        """The event this file is about; in a coordinator's master, the event chosen with `focus` ("" before)."""
        if self._focus is not None:
            return self._focus
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'event_id'").fetchone()
        return row[0] if row else ""

    @property
    def is_master(self) -> bool:
        """Whether this is a coordinator's master file, holding the events of a programme (see `core.master`)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'kind'").fetchone()
        return bool(row) and row[0] == "master"

    @property
    def focused(self) -> str | None:
        """The event chosen with `focus`, if any."""
        return self._focus

    def focus(self, event_id: str | None) -> None:
        """Read (reports, data, results) one event of a master file; None goes back to the file's own event."""
        self._focus = event_id

    # -- changing ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def operation(self, action: str) -> Iterator[Operation]:
        """One user action as one transaction of this connection; audited; yields an `Operation` whose
        `changes` it returns. Work on another thread uses `for_worker()`, a connection of its own.

        Any error rolls everything back; SQLite's errors become typed errors (disk full, read-only…). On a
        coordinator's master file, an event's operation (not one of `MASTER_ACTIONS`, nor about an event chosen
        with `focus`) is refused with `MasterNotEvent`: a master holds its events' data as their bundles bring it.
        """
        if self.read_only:
            raise errors.ReadOnlyEventFile(path=str(self.path), reason=self.read_only_text())
        if self._later is not None:
            self.finish_check()
        if self._focus is None and not action.startswith(MASTER_ACTIONS) and self.is_master:
            raise errors.MasterNotEvent(path=str(self.path))
        op = Operation(self, action)
        try:
            with _transaction(self.conn):
                yield op
                if not op.changes:
                    return
                self._write_audit(op)
                if op.order_free:
                    self._store_ballots_in_id_order()
                self.conn.execute(
                    "INSERT INTO hlc_state (device_id, last) VALUES (?, ?) "
                    "ON CONFLICT(device_id) DO UPDATE SET last = excluded.last",
                    (self.device.id, self.clock.last()),
                )
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from exc
        self._wal_due = self._wal_due or op.order_free
        if self._wal_due and not self.conn.in_transaction:  # a secret ballot is durable: no order of it stays
            self._wal_due = not self._empty_wal()
        if log.isEnabledFor(logs.DEBUG):  # the one line a check-in costs, and only when asked for
            log.debug("%s: %s", action, {kind: {t: len(ids) for t, ids in getattr(op.changes, kind).items()}
                                         for kind in ("inserted", "updated", "deleted")})

    @contextlib.contextmanager
    def checkpoint_afterwards(self) -> Iterator[None]:
        """Commits in this block leave their pages in the write-ahead log: SQLite's automatic checkpoint, which
        would copy a large commit's pages into the file inside it (a 5,000-person import: 4.6 MB), is off; at
        the block's end a thread copies them (a PASSIVE checkpoint through a connection of its own), so a large
        operation returns once it is durable. Durability is the same: a commit is durable once its log is
        synced (`synchronous = FULL`), the checkpoint never was part of it. `close` waits for the thread.
        Inside a transaction (whose commit comes later) the block changes nothing."""
        if self.read_only or self.conn.in_transaction:
            yield
            return
        (every,) = self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {int(every)}")
        self._checkpoints[:] = [thread for thread in self._checkpoints if thread.is_alive()]
        self._checkpoints.append(_CheckpointThread(self.path))

    def _write_audit(self, op: Operation) -> None:
        changes = op.changes
        for kind in ("inserted", "updated", "deleted"):
            for table, ids in getattr(changes, kind).items():
                if table == "audit":
                    continue
                ids = [i for i in ids if i not in op.unaudited]
                detail = {rid: sorted(fields) for rid, fields in changes.previous.get(table, {}).items()} if kind == "updated" else {}
                stamp = op.tick()
                self.conn.execute(
                    "INSERT INTO audit (id, event_id, origin, created_at, updated_at, deleted, action, kind, table_name, row_ids, detail) "
                    "VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
                    (uuid7(), self.event_id, self.device.id, stamp, stamp, changes.action, kind, table,
                     json.dumps(ids), json.dumps(detail, ensure_ascii=False)),
                )

    # -- checks --------------------------------------------------------------------------------

    def quick_check(self) -> list[str]:
        """SQLite's quick integrity check: an empty list when the file is sound."""
        rows = [r[0] for r in self.conn.execute("PRAGMA quick_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def integrity_check(self) -> list[str]:
        """SQLite's full integrity check: an empty list when the file is sound. (The schema declares no SQL foreign
        keys: what refers to what is `schema.REFERENCES`, counted by `checks.dangling_references`.)"""
        rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def finish_check(self) -> None:
        """Run the check an open with `check_later` left (through a connection of its own: safe on a worker thread),
        or wait for it if it is running; then mark this program as the file's writer. Raises `CorruptEventFile` when
        a page is damaged (and again at every later call, so nothing is ever written to it); returns at once when
        the check is done or was never left."""
        if self._later is not None:
            self._later.run()

    @contextlib.contextmanager
    def typed_errors(self) -> Iterator[None]:
        """Within the block, SQLite's errors become the typed errors that opening and operations raise: a damaged
        page read outside an operation is `CorruptEventFile`, as it is when opening finds it."""
        try:
            yield
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from exc

    def _check_and_upgrade(self, check: bool = True, later: bool = False) -> None:
        app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != schema.APPLICATION_ID:
            raise errors.NotAnEventFile(path=str(self.path))
        problems = self.quick_check() if check else []
        if problems:
            log.error("%s is damaged: %s", self.path.name, _first_problem(problems))
            raise errors.CorruptEventFile(path=str(self.path), detail=UNREADABLE)
        found = self.schema_version
        if found == 0:  # an SQLite file with our id but none of our tables (e.g. an interrupted copy)
            raise errors.NotAnEventFile(path=str(self.path))
        if found > schema.SCHEMA_VERSION:
            raise errors.NewerEventFile(path=str(self.path), found=found, known=schema.SCHEMA_VERSION)
        if later and found == schema.SCHEMA_VERSION:
            self._later = _LaterCheck(self.path, None if self.read_only else self.device)
            return
        if found < schema.SCHEMA_VERSION:
            if self.read_only:
                raise errors.UpgradeNeedsWriting(path=str(self.path), reason=self.read_only_text())
            problems = [] if check else self.quick_check()  # an upgrade rewrites the file: never a damaged one
            if problems:
                log.error("%s is damaged: %s", self.path.name, _first_problem(problems))
                raise errors.CorruptEventFile(path=str(self.path), detail=UNREADABLE)
            backup = self.backup(backup_path(self.path, found))
            log.info("Upgrading %s from file format %d to %d (a copy is kept as %s)", self.path.name, found,
                     schema.SCHEMA_VERSION, backup.name)
            try:
                with _transaction(self.conn):
                    schema.migrate(self.db)
            except sqlite3.Error as exc:
                log.error("Upgrading %s failed", self.path.name, exc_info=True)
                if _translate(exc, self.path).code == errors.DiskFull.code:
                    raise
                raise errors.UpgradeFailed(path=str(self.path), backup=str(backup), detail=str(exc)) from exc
            except Exception as exc:
                log.error("Upgrading %s failed", self.path.name, exc_info=True)
                raise errors.UpgradeFailed(path=str(self.path), backup=str(backup), detail=str(exc)) from exc

    def backup(self, target: Path) -> Path:
        """A consistent copy of the event file at `target` (SQLite's online backup)."""
        try:
            dest = sqlite3.connect(target)
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
        except (sqlite3.Error, OSError) as exc:
            _remove_quietly(target)
            raise (_translate(exc, target) if isinstance(exc, sqlite3.Error) else errors.from_os_error(exc, target)) from exc
        return target

    # -- clock and holder ----------------------------------------------------------------------

    def _stored_clock(self) -> str | None:
        """The latest clock time any device wrote into this file: this device's edits must sort after it."""
        try:
            row = self.conn.execute("SELECT max(last) FROM hlc_state").fetchone()
        except sqlite3.OperationalError:  # a file older than the clock table
            return None
        return row[0] if row else None



class _LaterCheck:
    """The check of every page (and the writer's mark) that an open with `check_later` leaves for `finish_check`: run
    once, by whichever thread comes first (the others wait for it), through a connection of its own."""

    def __init__(self, path: Path, writer: Device | None):
        self.path, self.writer = path, writer  # writer: the device to mark as the file's writer (None: read-only)
        self._lock = threading.Lock()
        self._problems: list[str] | None = None

    def run(self) -> None:
        """Check (once), and raise `CorruptEventFile` if a page is damaged."""
        with self._lock:
            if self._problems is None:
                self._problems = self._check()
        if self._problems:
            raise errors.CorruptEventFile(path=str(self.path), detail=UNREADABLE)

    def _check(self) -> list[str]:
        try:
            conn = _connect(self.path, read_only=self.writer is None)
            try:
                rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
                problems = [] if rows == ["ok"] else rows
                if not problems and self.writer is not None:
                    _write_holder(conn, self.writer)
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:  # a page too damaged for the check to read
            translated = _translate(exc, self.path)
            if not isinstance(translated, errors.CorruptEventFile):
                raise translated from exc
            return [str(exc)]
        if problems:
            log.error("%s is damaged: %s", self.path.name, _first_problem(problems))
        return problems


def _first_problem(problems: list[str]) -> str:
    """SQLite's first finding in its check of a file (the check lists up to a hundred, in one text), for the log."""
    lines = [line for line in problems[0].splitlines() if line.strip() and not line.startswith("***")]
    first = lines[0] if lines else problems[0]
    return first if len(lines) <= 1 else f"{first} (…)"


#: What a damaged file's message says of SQLite's findings, which are English and technical: they go to the log.
UNREADABLE = N_("a part of the file cannot be read")


def _write_holder(conn: sqlite3.Connection, device: Device) -> None:
    """Mark `device` (this program) as the writer of the file `conn` holds, for other programs to name."""
    holder = {"device": device.name, "pid": str(os.getpid()),
              "since": datetime.now(UTC).isoformat(timespec="seconds")}
    # who holds the lock is news for other programs while this one runs, not a fact to survive a power cut: its
    # commit waits for no disk sync (the write-ahead log stays consistent), the next operation's syncs it
    conn.execute("PRAGMA synchronous = NORMAL")
    try:
        with _transaction(conn):
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('writer', ?)", (json.dumps(holder),))
    finally:
        conn.execute("PRAGMA synchronous = FULL")


def lock_path(path: Path) -> Path:
    """The lock file that says one instance writes this event file (kept: removing it would race)."""
    return path.with_name(f".{path.name}.lock")


def backup_path(path: Path, version: int) -> Path:
    """Where the copy made before upgrading a file of schema `version` goes."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.backup-v{version}-{stamp}{path.suffix}")


# -- helpers ---------------------------------------------------------------------------------


class _CheckpointThread:
    """`_checkpoint` of a file on a thread of its own, started without waiting for that thread to run
    (`threading.Thread.start` waits for it: on a busy machine that kept the operation that asked for the copy
    milliseconds longer; a 5,000-row import, median of 37 under a load of 2.5: 83.6 -> 79.3 ms). `join` waits for its
    end, and so does the program's exit (as for a thread of `threading`)."""

    def __init__(self, path: Path) -> None:
        self._done = _thread.allocate_lock()
        self._done.acquire()
        _CHECKPOINTING.add(self)
        _thread.start_new_thread(self._run, (path,))

    def _run(self, path: Path) -> None:
        try:
            _checkpoint(path)
        finally:
            _CHECKPOINTING.discard(self)
            self._done.release()

    def is_alive(self) -> bool:
        """Whether the copy is still running."""
        return self._done.locked()

    def join(self) -> None:
        """Wait for the copy's end."""
        with self._done:
            pass


#: the checkpoints running (`_CheckpointThread`), which the program's exit waits for
_CHECKPOINTING: set[_CheckpointThread] = set()


@atexit.register
def _wait_for_checkpoints() -> None:
    for checkpoint in list(_CHECKPOINTING):
        checkpoint.join()


def _checkpoint(path: Path) -> None:
    """Copy the write-ahead log's committed pages into the event file (PASSIVE: never waits for, nor blocks, a
    reader or a writer; what it leaves, the next checkpoint copies), through a connection of its own."""
    try:
        conn = sqlite3.connect(path, check_same_thread=False)
        try:
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()
    except sqlite3.Error as exc:  # nothing lost: the pages stay in the log, for the next checkpoint
        log.warning("Checkpoint of %s left for later: %s", path.name, exc)


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction (a savepoint when already inside one): committed on success, rolled back on error."""
    if conn.in_transaction:
        name = f"sp_{uuid7().replace('-', '')}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


def _check_looks_like_event_file(path: Path) -> None:
    if not path.exists():
        raise errors.EventFileMissing(path=str(path))
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except IsADirectoryError as exc:
        raise errors.NotAnEventFile(path=str(path)) from exc
    except OSError as exc:
        raise errors.from_os_error(exc, path) from exc
    if not header.startswith(_SQLITE_HEADER):
        raise errors.NotAnEventFile(path=str(path))
    if len(header) < 100:
        raise errors.CorruptEventFile(path=str(path), detail=N_("the file is truncated"))
    # refuse other SQLite files before anything (even switching to WAL) touches them
    if int.from_bytes(header[68:72], "big") != schema.APPLICATION_ID:
        raise errors.NotAnEventFile(path=str(path))


def _left_open(path: Path) -> bool:
    """Whether the event file has a write-ahead log with something in it: a program writing it crashed (or still has
    it open). A clean close copies the log into the file and removes it (`Workspace.close`)."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    """A connection with the event file's pragmas; transactions are explicit (`_transaction`), never implicit."""
    if read_only:
        uri = path.resolve().as_uri()
        try:
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
            conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.OperationalError:
            # a WAL file in a folder that cannot be written: nothing else can write there either
            conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, check_same_thread=False)
    conn.isolation_level = None
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")  # freed space is overwritten: an erased value leaves no trace
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _take_lock(path: Path, wait: WriterWait) -> tuple[OsLock | None, str | None]:
    """Take the single-writer lock (waiting as `wait` says), or say why the file must be opened read-only."""
    if not os.access(path, os.W_OK):
        return None, errors.READ_ONLY_FILE
    if not os.access(path.parent, os.W_OK):
        return None, errors.READ_ONLY_FOLDER
    lock = OsLock(str(lock_path(path)))
    quiet = min(wait.seconds, wait.notice_after) if wait.notice else wait.seconds
    try:
        try:
            lock.acquire(timeout=quiet, poll_interval=0.02)
        except Timeout:
            if wait.seconds <= quiet:
                raise
            if wait.notice:
                wait.notice(path)
            lock.acquire(timeout=wait.seconds - quiet, poll_interval=0.02)
    except Timeout:
        return None, errors.READ_ONLY_LOCKED
    except OSError:
        return None, errors.READ_ONLY_FOLDER
    return lock, None


def _release(lock: OsLock | None) -> None:
    if lock is not None:
        lock.release()


def _read_holder(path: Path) -> dict[str, str] | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'writer'").fetchone()
        finally:
            conn.close()
        return json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError):
        return None


def _reason_text(reason: str | None, holder: dict[str, str] | None) -> str:
    from .i18n import _

    if reason is None:
        return ""
    text = _(reason)
    if reason == errors.READ_ONLY_LOCKED:
        since = ""
        if holder:
            from .i18n import format_datetime

            try:
                since = format_datetime(datetime.fromisoformat(holder["since"]), _local_zone())
            except (KeyError, ValueError):
                since = holder.get("since", "")
        text = text.format(holder=_(" (on {device}, since {since})").format(device=holder.get("device", "?"), since=since)
                           if holder else "")
    return text


def _local_zone() -> str:
    from .event import default_timezone

    return default_timezone()


def _translate(exc: BaseException, path: Path) -> errors.EulacError:
    """A typed, translatable error for an SQLite failure."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return errors.DiskFull(path=str(path))
    if primary == sqlite3.SQLITE_NOTADB or "not a database" in text:
        return errors.NotAnEventFile(path=str(path))
    if primary == sqlite3.SQLITE_CORRUPT or "malformed" in text:
        log.error("%s is damaged: %s", path.name, text)
        return errors.CorruptEventFile(path=str(path), detail=UNREADABLE)
    if primary == sqlite3.SQLITE_READONLY:
        return errors.ReadOnlyEventFile(path=str(path), reason=_reason_text(errors.READ_ONLY_FILE, None))
    if primary == sqlite3.SQLITE_IOERR:  # SQLite's "disk I/O error", in English: a failing disk, or a file past the
        # largest the disk takes (4 GB on a FAT32 memory stick)
        return errors.WriteFailed(path=str(path), detail=N_(
            "the disk refused it: an input/output error, or a file larger than the disk takes"))
    return errors.WriteFailed(path=str(path), detail=text)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


__all__ = ["Changes", "Operation", "Workspace", "WriterWait", "EXTENSION", "backup_path", "lock_path", "waiting_for_writer"]
