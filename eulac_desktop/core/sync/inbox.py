"""The inbox: every other laptop's subfolder of the sync folder. Each new bundle there is verified and, when its
device is trusted, merged like any bundle (`bundles.plan_import`, `apply_import`: idempotent, in any order).

A receipt per file (`sync_receipts`, keyed by its folder and name) makes re-delivery a no-op. A bundle of a device
not trusted yet, revoked, known with another key, or stamped far ahead of this clock is **quarantined**: listed, not
applied, looked at again when that changes (a person trusts the device, with `trust` for devices seen for the first
time, as `bundle import --trust` does). A damaged, altered or foreign bundle is **refused**: a copy is kept aside
(`DIR/.refused-<this device>/`), the others are still applied, and it is read again only if the file changes (a copy
that was still arriving). A link or a special file under a bundle's name is refused unread and never copied: a peer's
link to this laptop's keys would have been copied into the shared folder, one to /dev/zero filled the disk. Nor is a
refused file larger than `ASIDE_MAX_BYTES` copied: a peer's huge files would fill this laptop's disk.
"""

from __future__ import annotations

import json
import shutil
import stat
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import errors, logs
from ..bundles.archive import Bundle, BundleRefused, read_bundle
from ..bundles.merge import ClockAhead, ImportPlan, apply_import, plan_import
from ..bundles.trust import revoked_devices, trust_device
from ..hlc import Timestamp
from ..i18n import N_, Msg, _
from ..registration.erasure import clear_free_space
from ..workspace import Changes, Workspace
from .outbox import NAME

log = logs.logger(__name__)

#: Why a bundle waits in quarantine, by code.
QUARANTINE_REASONS: dict[str, Msg] = {
    "untrusted": N_("its device is not trusted yet: check its fingerprint with its owner, then trust it"),
    "revoked": N_("its device is no longer trusted on this laptop"),
    "key_changed": N_("its device is known with another key: it may be forged"),
    "clock_ahead": N_("its device's clock is more than 10 minutes ahead of this computer's"),
}


#: A refused file larger than this is not copied aside (a delta is a few kilobytes, a full bundle of 5,000 people a
#: few megabytes): a misbehaving laptop's huge files would fill this one's disk, a copy at each change.
ASIDE_MAX_BYTES = 64 * 1024 * 1024


@dataclass
class Received:
    """What one pass over the inbox did."""

    applied: list[dict[str, Any]] = field(default_factory=list)  # {"file", "device_id", "device", "rows"}
    quarantined: list[dict[str, Any]] = field(default_factory=list)  # {"file", "device_id", "device", "fingerprint", "reason"}
    #: files quarantined by an earlier pass, not read again (nothing changed): still in quarantine, as `quarantined`
    waiting: list[dict[str, Any]] = field(default_factory=list)
    refused: list[dict[str, Any]] = field(default_factory=list)  # {"file", "reason"}
    plans: list[ImportPlan] = field(default_factory=list, repr=False)
    changes: list[Changes] = field(default_factory=list, repr=False)


def is_device_folder(name: str) -> bool:
    """A subfolder named by a device id (a UUID); anything else in the sync folder is not a laptop's outbox."""
    try:
        return str(uuid.UUID(name)) == name
    except ValueError:
        return False


def inbox_files(folder: Path, ws: Workspace) -> Iterator[tuple[str, Path]]:
    """Every bundle in the other laptops' subfolders, by folder then in the order written: (folder name, path)."""
    try:
        subfolders = sorted(p for p in folder.iterdir() if is_device_folder(p.name) and p.name != ws.device.id)
    except OSError:
        return
    for sub in subfolders:
        try:
            names = sorted(((int(m[2]), int(m[3]), m[1] == "full"), p) for p in sub.iterdir() if (m := NAME.match(p.name)))
        except OSError:
            continue
        for _key, path in names:
            yield sub.name, path


def receipts(ws: Workspace) -> dict[str, dict[str, Any]]:
    """The sync receipts of this file, by `folder/name`."""
    cur = ws.conn.execute("SELECT * FROM sync_receipts")
    cols = [d[0] for d in cur.description]
    return {row[0]: dict(zip(cols, row)) for row in cur.fetchall()}


def _file_state(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def receive(ws: Workspace, folder: Path, *, trust: bool = False) -> Received:
    """Look at every bundle of the inbox that has no receipt yet, or whose quarantine or refusal may have ended;
    apply, quarantine or refuse each (module docstring)."""
    out = Received()
    known = receipts(ws)
    revoked = revoked_devices()
    for device_folder, path in inbox_files(folder, ws):
        key = f"{device_folder}/{path.name}"
        state = _file_state(path)
        if state is None:
            continue  # gone meanwhile (compacted)
        seen = known.get(key)
        if seen is not None and not _look_again(seen, state, trust, revoked):
            if seen["status"] == "quarantined":
                out.waiting.append({"file": key, "device_id": seen["device_id"], "device": seen["device_name"],
                                    "fingerprint": seen["fingerprint"], "reason": seen["reason"]})
            continue
        _receive_one(ws, folder, device_folder, path, key, state, trust, revoked, out)
    return out


def _look_again(seen: dict[str, Any], state: tuple[int, int], trust: bool, revoked: dict[str, str]) -> bool:
    """Whether a file with a receipt is read again: it changed since, or its quarantine may have ended."""
    from ..bundles.trust import trusted_devices

    if seen["status"] == "applied":
        return False
    if (seen["size"], seen["mtime_ns"]) != state:
        return True
    if seen["status"] != "quarantined":
        return False
    if seen["reason"] == "clock_ahead":
        return True
    if seen["device_id"] in revoked:
        return False
    return (trust and seen["reason"] == "untrusted") or (
        seen["reason"] == "untrusted" and seen["device_id"] in trusted_devices())


def _plain_file(path: Path) -> bool:
    """Whether `path` itself is an ordinary file: not a link (to anything on this laptop), a device, a pipe, a folder."""
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _receive_one(ws: Workspace, folder: Path, device_folder: str, path: Path, key: str, state: tuple[int, int],
                 trust: bool, revoked: dict[str, str], out: Received) -> None:
    if not _plain_file(path):
        _set_aside(ws, folder, path, key, device_folder, state, BundleRefused(
            path=str(path), reason=N_("it is a link or a special file, not a bundle: it was not read")), out)
        return
    def admit(unopened: Bundle) -> bool:  # quarantined, not opened: an untrusted device's bundle costs its manifest
        return _untrusted(unopened, trust, revoked) is None

    try:
        bundle = read_bundle(path, admit=admit)
        _check_place(bundle, device_folder)
    except BundleRefused as exc:
        _set_aside(ws, folder, path, key, device_folder, state, exc, out)
        return
    except errors.EulacError as exc:  # gone while being read
        log.info("Sync: %s could not be read (%s)", key, exc.code)
        return
    device = bundle.manifest["device"]
    reason = _untrusted(bundle, trust, revoked)
    plan = None
    if reason is None:
        try:
            plan = plan_import(ws, bundle)
        except ClockAhead:
            reason = "clock_ahead"
        except BundleRefused as exc:
            _set_aside(ws, folder, path, key, device_folder, state, exc, out)
            return
    if reason is not None or plan is None:
        _note(ws, key, bundle, "quarantined", reason or "", state, 0)
        out.quarantined.append({"file": key, "device_id": device["id"], "device": device["name"],
                                "fingerprint": device["fingerprint"], "reason": reason})
        log.info("Sync: quarantined %s (%s)", key, reason)
        return
    rows = sum(c["added"] + c["updated"] for c in plan.counts.values())
    try:
        with ws.operation("sync.delta"):  # the rows and their receipt: one transaction, one write to the disk
            changes = apply_import(ws, plan) if plan.changes_anything() else None
            _note(ws, key, bundle, "applied", "", state, rows)
    except BundleRefused as exc:
        _set_aside(ws, folder, path, key, device_folder, state, exc, out)
        return
    if changes is not None and plan.inserts.get("erasures"):
        clear_free_space(ws)  # committed: now the erased values can leave the file's free pages and its log
    if not bundle.trusted:
        trust_device(device["id"], device["name"], device["public_key"], device["fingerprint"])
    out.applied.append({"file": key, "device_id": device["id"], "device": device["name"], "rows": rows})
    out.plans.append(plan)
    if changes is not None:
        out.changes.append(changes)


def _untrusted(bundle: Bundle, trust: bool, revoked: dict[str, str]) -> str | None:
    """Why a bundle's device is not taken now ("revoked", "key_changed", "untrusted"); None when it is."""
    device_id = bundle.manifest["device"]["id"]
    return ("revoked" if device_id in revoked else "key_changed" if bundle.key_changed
            else "untrusted" if not bundle.trusted and not trust else None)


def _check_place(bundle: Bundle, device_folder: str) -> None:
    """A bundle of the sync folder is a result bundle signed by the device whose folder holds it."""
    if bundle.kind != "result":
        raise BundleRefused(path=str(bundle.path), reason=N_("only result bundles travel through the sync folder"))
    if bundle.manifest["device"]["id"] != device_folder:
        raise BundleRefused(path=str(bundle.path), reason=N_(
            "it is signed by “{name}” but lies in another device's folder"), name=bundle.manifest["device"]["name"])


def _set_aside(ws: Workspace, folder: Path, path: Path, key: str, device_folder: str, state: tuple[int, int],
            exc: BundleRefused, out: Received) -> None:
    """Keep a copy of a refused bundle aside (outside every laptop's folder) and note the refusal."""
    aside = folder / f".refused-{ws.device.id}" / device_folder
    try:
        if state[0] > ASIDE_MAX_BYTES:
            log.warning("Sync: the refused %s (%d bytes) is too large to keep a copy aside", key, state[0])
        elif _plain_file(path):  # never what a link points at: it may be this laptop's keys, or endless
            aside.mkdir(parents=True, exist_ok=True)
            if aside.resolve().parent.parent == folder.resolve():  # a link put on the way would lead elsewhere
                shutil.copy2(path, aside / path.name, follow_symlinks=False)
    except OSError as err:
        log.warning("Sync: a copy of the refused %s could not be kept aside (%s)", key, err.strerror)
    reason = exc.text()
    note_receipt(ws, {"name": key, "device_id": device_folder, "device_name": "", "fingerprint": "", "status": "refused",
                 "reason": _kept_refusal(exc), "size": state[0], "mtime_ns": state[1], "until": "", "rows_changed": 0})
    out.refused.append({"file": key, "reason": reason})
    log.warning("Sync: refused %s", key)


def _note(ws: Workspace, key: str, bundle: Bundle, status: str, reason: str, state: tuple[int, int], rows: int) -> None:
    device = bundle.manifest["device"]
    delta = bundle.manifest.get("delta")
    until = str(delta.get("until")) if isinstance(delta, dict) and isinstance(delta.get("until"), str) else ""
    try:
        Timestamp.parse(until)
    except ValueError:
        until = ""  # a manifest is checked like any input: a range that is not one is left out
    note_receipt(ws, {"name": key, "device_id": device["id"], "device_name": device["name"],
                 "fingerprint": device["fingerprint"], "status": status, "reason": reason, "size": state[0],
                 "mtime_ns": state[1], "until": until, "rows_changed": rows})


def note_receipt(ws: Workspace, receipt: dict[str, Any]) -> None:
    """Write (or replace) one sync receipt, stamped now."""
    receipt = {**receipt, "seen_at": datetime.now(UTC).isoformat(timespec="milliseconds")}
    names = list(receipt)
    with ws.operation("sync.receipt"):
        ws.conn.execute(f"INSERT OR REPLACE INTO sync_receipts ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                        [receipt[n] for n in names])


def _kept_refusal(exc: errors.EulacError) -> str:
    """A refusal as its receipt keeps it: the message and its parameters, translated only when shown (`refusal_text`),
    so that a later look in another language reads it in that language."""
    params = {k: {"msg": str(v)} if isinstance(v, Msg) else v for k, v in exc.params.items()}
    return json.dumps({"message": str(exc.message), "params": params}, ensure_ascii=False, default=str)


def refusal_text(kept: str) -> str:
    """Why a bundle of the sync folder was refused, in the language in force (a receipt written by an earlier version
    holds the text itself)."""
    try:
        refusal = json.loads(kept)
        message, params = str(refusal["message"]), dict(refusal["params"])
    except (ValueError, TypeError, KeyError):
        return kept
    marked = {k: N_(v["msg"]) if isinstance(v, dict) and isinstance(v.get("msg"), str) else v for k, v in params.items()}
    return errors.EulacError(Msg(message), **marked).text()


def quarantine_text(code: str) -> str:
    """Why a bundle waits in quarantine, translated."""
    return _(QUARANTINE_REASONS.get(code, QUARANTINE_REASONS["untrusted"]))
