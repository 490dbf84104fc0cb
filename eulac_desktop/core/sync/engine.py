"""One pass of venue sync, its state, and the loop of `eulac sync run`.

`sync_once` writes this laptop's delta (if it wrote anything since the last one) and then takes in what arrived from
the others (`inbox.receive`); a full disk stops the delta, never the imports. `sync_status` says, per peer, what
arrived and when, how late, and what waits. The folder is a setting of the event file on this laptop (`meta`), so
each laptop may keep the shared folder where it likes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import errors, logs
from ..bundles.merge import doubly_checked_in
from ..hlc import Timestamp
from ..i18n import N_
from ..workspace import Changes, Workspace
from .inbox import Received, inbox_files, is_device_folder, quarantine_text, receipts, receive, refusal_text
from .outbox import Written, forget_ballots_sent, outbox, own_files, unsent, write_delta

log = logs.logger(__name__)

_FOLDER_KEY = "sync_folder"
#: Syncthing's ignore file in the shared folder: files being written and the local copies of refused bundles never
#: travel (any other shared folder simply holds them).
IGNORES = "// Written by eulac-desktop: files being written and local copies never travel.\n(?d).*.part\n(?d).refused-*\n"


class NoSyncFolder(errors.EulacError):
    code = "no_sync_folder"
    message = N_("This event has no sync folder on this laptop yet.")
    hint = N_("Choose the folder that Syncthing (or any shared folder) shares with the other laptops: eulac sync "
              "folder FILE DIR, or Connect laptops… in the window.")


class SyncFolderMissing(errors.EulacError):
    code = "sync_folder_missing"
    message = N_("The sync folder “{path}” cannot be reached.")
    hint = N_("Plug in or mount the disk that holds it, or choose another folder (eulac sync folder FILE DIR).")


def set_folder(ws: Workspace, folder: str | os.PathLike[str]) -> Changes:
    """Make `folder` (created if needed) this event's sync folder on this laptop, with its outbox."""
    path = Path(folder).expanduser().resolve()
    try:
        (path / ws.device.id).mkdir(parents=True, exist_ok=True)
        _ignores(path)
    except OSError as exc:
        raise errors.from_os_error(exc, path) from exc
    with ws.operation("sync.folder") as op:
        if get_folder(ws) != path:
            forget_ballots_sent(ws)
        ws.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (_FOLDER_KEY, str(path)))
    log.info("The sync folder is now %s", path)
    return op.changes


def get_folder(ws: Workspace) -> Path | None:
    """This event's sync folder on this laptop, or None."""
    row = ws.conn.execute("SELECT value FROM meta WHERE key = ?", (_FOLDER_KEY,)).fetchone()
    return Path(row[0]) if row and row[0] else None


def require_folder(ws: Workspace) -> Path:
    """The sync folder, which must exist; NoSyncFolder or SyncFolderMissing otherwise."""
    folder = get_folder(ws)
    if folder is None:
        raise NoSyncFolder()
    if not folder.is_dir():
        raise SyncFolderMissing(path=str(folder))
    return folder


def _ignores(folder: Path) -> None:
    ignore = folder / ".stignore"
    if not ignore.exists():
        ignore.write_text(IGNORES, encoding="utf-8")


@dataclass
class SyncResult:
    """What one pass did: the bundles written, and the inbox's verdicts."""

    written: list[Written] = field(default_factory=list)
    received: Received = field(default_factory=Received)
    double_checkins: list[str] = field(default_factory=list)  # people this pass found checked in on two laptops
    double_votes: int = 0  # vote records this pass found for people who had voted on another laptop
    failure: errors.EulacError | None = None  # the delta could not be written (a full disk): the imports were done

    @property
    def changes(self) -> list[Changes]:
        return self.received.changes

    def as_dict(self) -> dict[str, Any]:
        """`eulac sync once --json`: what the pass wrote, applied and refused, and the files in quarantine now (those
        it quarantined and those an earlier pass did, still waiting: `sync status` lists the same)."""
        r = self.received
        quarantined = r.quarantined + r.waiting
        return {"written": len(self.written), "applied": len(r.applied), "quarantined": len(quarantined),
                "refused": len(r.refused), "rows_written": sum(w.rows for w in self.written if not w.full),
                "files": {"written": [w.path.name for w in self.written], "applied": r.applied,
                          "quarantined": quarantined, "refused": r.refused},
                "double_checkins": self.double_checkins, "double_votes": self.double_votes}


def sync_once(ws: Workspace, *, trust: bool = False) -> SyncResult:
    """Write this laptop's delta, then apply what the other laptops' folders hold (`trust`: accept devices seen for
    the first time), then write again if what arrived made something due (a closed poll's secret ballots). A delta
    that cannot be written (a full disk) is the result's `failure`: the imports are done all the same, and the next
    pass writes what was not sent."""
    folder = require_folder(ws)
    result = SyncResult()
    try:
        result.written = write_delta(ws, folder)
    except (errors.DiskFull, errors.WriteFailed) as exc:
        result.failure = exc
        log.warning("Sync: the delta could not be written (%s)", exc.code)
    result.received = receive(ws, folder, trust=trust)
    if result.failure is None and result.received.changes:  # what arrived may make something due (a closed poll)
        try:
            result.written += write_delta(ws, folder)
        except (errors.DiskFull, errors.WriteFailed) as exc:
            result.failure = exc
    names: set[str] = set()
    for plan in result.received.plans:
        names.update(doubly_checked_in(ws, plan))
        result.double_votes += sum(len(c["superseded"]) for c in plan.conflicts if c["table"] == "votes")
    result.double_checkins = sorted(names, key=str.casefold)
    return result


def sync_status(ws: Workspace, now: datetime | None = None) -> dict[str, Any]:
    """The state of sync on this laptop: the folder, what waits to be sent, and per peer (name, fingerprint, last
    delta received, its lag, files pending, quarantined or refused)."""
    from ..bundles.trust import revoked_devices, trusted_devices

    folder = get_folder(ws)
    base = {"folder": str(folder) if folder else None, "device": {"id": ws.device.id, "name": ws.device.name}}
    if folder is None or not folder.is_dir():
        return {**base, "reachable": False, "unsent": 0, "outbox": {"files": 0, "bytes": 0}, "pending": 0, "peers": []}
    now = now or datetime.now(UTC)
    seen = receipts(ws)
    trusted, revoked = trusted_devices(), revoked_devices()
    peers: dict[str, dict[str, Any]] = {}

    def peer(device_id: str) -> dict[str, Any]:
        known = trusted.get(device_id)
        return peers.setdefault(device_id, {
            "device_id": device_id, "name": known.name if known else "", "fingerprint": known.fingerprint if known else "",
            "trusted": known is not None, "revoked": device_id in revoked, "last_received": None, "lag_seconds": None,
            "newest": None, "files": 0, "pending": 0, "quarantined": [], "refused": []})

    for device_folder, path in inbox_files(folder, ws):
        entry = peer(device_folder)
        entry["files"] += 1
        receipt = seen.get(f"{device_folder}/{path.name}")
        if receipt is None or receipt["status"] == "quarantined":
            entry["pending"] += 1
    for receipt in sorted(seen.values(), key=lambda r: r["seen_at"]):
        if not is_device_folder(receipt["device_id"]):
            continue
        entry = peer(receipt["device_id"])
        if receipt["device_name"]:
            entry["name"], entry["fingerprint"] = receipt["device_name"], receipt["fingerprint"]
        if receipt["status"] == "applied":
            entry["last_received"] = receipt["seen_at"]
            if receipt["until"]:
                written = Timestamp.parse(receipt["until"]).to_datetime()
                entry["newest"] = written.isoformat(timespec="seconds")
                got = datetime.fromisoformat(receipt["seen_at"])
                entry["lag_seconds"] = round(max(0.0, (got - written).total_seconds()), 1)
        elif receipt["status"] == "quarantined" and (folder / receipt["name"]).exists():
            entry["quarantined"].append({"file": receipt["name"], "reason": receipt["reason"],
                                         "text": quarantine_text(receipt["reason"])})
        elif receipt["status"] == "refused" and (folder / receipt["name"]).exists():
            entry["refused"].append({"file": receipt["name"], "reason": refusal_text(receipt["reason"])})
    own = own_files(outbox(folder, ws))
    size = 0
    for _key, _kind, path in own:
        with contextlib.suppress(OSError):  # compacted meanwhile
            size += path.stat().st_size
    listed = sorted(peers.values(), key=lambda p: (p["name"].casefold(), p["device_id"]))
    return {**base, "reachable": True, "unsent": unsent(ws, folder), "outbox": {"files": len(own), "bytes": size},
            "pending": sum(p["pending"] for p in listed), "peers": listed, "checked": now.isoformat(timespec="seconds")}


class StatusWatch:
    """Whether anything changed since the last look: the event file (a change here to send: its audit grew) or the
    sync folder (a bundle arrived: names, sizes and times). A quiet room costs a query and a folder listing."""

    def __init__(self, event_file: Path, folder: Path | None):
        self.event_file = event_file
        self.folder = folder
        self._last: tuple[Any, ...] | None = None

    def _audited(self) -> int | None:
        """How far the file's audit goes: every change of the event adds to it (the file's times move on every open,
        so they say nothing)."""
        try:
            conn = sqlite3.connect(f"{self.event_file.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
            try:
                return int(conn.execute("SELECT coalesce(max(rowid), 0) FROM audit").fetchone()[0])
            finally:
                conn.close()
        except sqlite3.Error:
            return None

    def snapshot(self) -> tuple[Any, ...]:
        arrived: list[tuple[str, int, int]] = []
        if self.folder is not None:
            try:
                subs = [p for p in os.scandir(self.folder) if is_device_folder(p.name)]
                for sub in subs:
                    for entry in os.scandir(sub.path):
                        st = entry.stat()
                        arrived.append((f"{sub.name}/{entry.name}", st.st_size, st.st_mtime_ns))
            except OSError:
                pass
        return self._audited(), tuple(sorted(arrived))

    def changed(self) -> bool:
        """True when something changed since the last call (and the first time)."""
        now = self.snapshot()
        changed, self._last = now != self._last, now
        return changed


def run_loop(event_file: Path, *, stop: Callable[[], bool], trust: bool = False, interval: float = 0.5,
             every: float = 30.0, on_result: Callable[[SyncResult], None] | None = None,
             on_error: Callable[[errors.EulacError], None] | None = None) -> None:
    """`eulac sync run`: a pass whenever the event file or the sync folder changes (looked at every `interval`
    seconds) and at least every `every` seconds, until `stop()`. The file is opened only for a pass, so other
    programs (a scan from the command line) write it in between; a refusal is reported and the loop goes on."""
    watch = StatusWatch(event_file, None)  # the folder is known after the first pass
    last = 0.0
    first = True
    while not stop():
        # `changed` takes the state before the pass as seen: a change made while a pass runs (a scan waiting for the
        # file) is seen next time; the pass's own writes cost one more pass that finds nothing
        if watch.changed() or first or time.monotonic() - last >= every:
            first = False
            try:
                with Workspace.open(event_file, mode="write") as ws:
                    watch.folder = require_folder(ws)
                    result = sync_once(ws, trust=trust)
                if on_result is not None:
                    on_result(result)
                if result.failure is not None:
                    raise result.failure
            except errors.EulacError as exc:
                log.warning("Sync pass refused: %s", exc.code)
                if on_error is not None:
                    on_error(exc)
            last = time.monotonic()
        time.sleep(interval)
