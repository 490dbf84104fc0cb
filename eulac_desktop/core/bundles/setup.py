"""Setting up a laptop from the coordinator's setup bundle: one operation for the command line
(`eulac bundle import NEW.eulac setup.zip --trust`) and the window (File › Set up this laptop…).

`read_setup_bundle` verifies the bundle and refuses any other kind with what it is and what to do;
`setup_summary` is what a person checks against the coordinator's screen; `set_up_laptop` creates the
laptop's event file and trusts the coordinator, or leaves nothing behind (a failure, a cancel, or a kill: the file
is built under a temporary name in the same folder and renamed when whole).
"""

from __future__ import annotations

import glob
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import errors, logs
from ..i18n import N_
from ..workspace import Changes, Workspace, lock_path
from .archive import Bundle, read_bundle, read_manifest
from .merge import ImportPlan, apply_import, plan_import, take_named_devices

log = logs.logger(__name__)

Progress = Callable[[int, int], bool]


class NotASetupBundle(errors.EulacError):
    code = "not_a_setup_bundle"
    message = N_("“{path}” is not a setup bundle: {what}.")
    hint = N_("Nothing was set up. Ask the coordinator for the event's setup bundle (Results › Export a setup "
              "bundle…) and choose that one.")


#: What each other kind of bundle is for, as the refusal says it.
_OTHER_KINDS = {
    "result": N_("it is a result bundle of the event “{event}” from “{device}”, which brings one laptop's work back "
                 "to the coordinator (import it in the event file: Results › Import a bundle…)"),
    "anonymised": N_("it is an anonymised bundle of the event “{event}”, which holds no personal data and is for "
                     "reading and reports only"),
}


def read_setup_bundle(path: str | os.PathLike[str], *, manifest_only: bool = False) -> Bundle:
    """Verify the bundle at `path` completely (signature, hashes, files) and check it is a setup bundle; with
    `manifest_only`, only its signed manifest (`read_manifest`: trust is decided on it before the rows are read)."""
    bundle = read_manifest(path) if manifest_only else read_bundle(path)
    require_setup(bundle)
    return bundle


def require_setup(bundle: Bundle) -> None:
    """Refuse a bundle of another kind than setup, saying what it is and what to do."""
    if bundle.kind != "setup":
        raise NotASetupBundle(path=bundle.path.name, what=_OTHER_KINDS[bundle.kind],
                              event=bundle.manifest["event"]["name"], device=bundle.manifest["device"]["name"])


def setup_summary(bundle: Bundle) -> dict[str, Any]:
    """What to check against the coordinator's screen before trusting it: the event (name, dates, venue, time
    zone), the coordinator's device (name, fingerprint), when the bundle was made, and how many people it holds."""
    event = next((r for r in bundle.rows("events") if r.get("id") == bundle.event_id), {})
    device = bundle.manifest["device"]
    people = [r for r in bundle.rows("participants") if not r.get("deleted") and not r.get("merged_into")]
    return {"event_id": bundle.event_id, "name": event.get("name") or bundle.manifest["event"]["name"],
            "start_date": event.get("start_date") or "", "end_date": event.get("end_date") or "",
            "venue": event.get("venue") or "", "timezone": event.get("timezone") or "UTC",
            "device": device["name"], "fingerprint": device["fingerprint"], "created": bundle.manifest["created"],
            "participants": len(people), "trusted": bundle.trusted, "key_changed": bundle.key_changed}


def set_up_laptop(target: str | os.PathLike[str], bundle: Bundle, *, progress: Progress | None = None,
                  accept_clock_skew: bool = False) -> tuple[ImportPlan, Changes]:
    """Create this laptop's event file at `target` from a verified setup bundle (the event, its people and its
    secrets), then trust the bundle's device, the coordinator; returns what was imported. Refused when `target`
    exists; a failure, or `progress` returning False (Cancelled), leaves no file behind and trusts nobody."""
    require_setup(bundle)
    target = Path(target)

    def step(done: int) -> None:
        if progress is not None and not progress(done, 3):
            raise errors.Cancelled()

    step(0)
    if target.exists():
        raise errors.EventFileExists(path=str(target))
    remove_stale_builds(target)
    building = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")  # same folder: renamed at the end
    try:
        ws = Workspace.create(building)
        here = ws.device.id
        try:
            ws.conn.execute("INSERT INTO meta (key, value) VALUES ('event_id', ?)", (bundle.event_id,))
            plan = plan_import(ws, bundle, accept_clock_skew=accept_clock_skew)
            step(1)
            changes = apply_import(ws, plan)
            step(2)
        finally:
            ws.close()
        _publish(building, target)
    except BaseException as exc:
        log.info("Setting up %s from %s stopped (%s): nothing left behind", target.name, bundle.path.name,
                 type(exc).__name__)
        if isinstance(exc, errors.EulacError) and exc.params.get("path") == str(building):
            exc.params["path"] = str(target)  # the file the person named, not the hidden one it was built as
        raise
    finally:
        for leftover in (building, lock_path(building), building.with_name(building.name + "-wal"),
                         building.with_name(building.name + "-shm")):
            leftover.unlink(missing_ok=True)
    if progress is not None:
        progress(3, 3)  # the file is whole: too late to cancel
    if not bundle.trusted:  # a new device, or a changed key accepted before (check_key)
        from .trust import trust_device

        device = bundle.manifest["device"]
        trust_device(device["id"], device["name"], device["public_key"], device["fingerprint"])
    take_named_devices(plan, here)  # the event's other devices, once the file is whole
    log.info("Set up %s from the setup bundle %s", target.name, bundle.path.name)
    return plan, changes


#: What a file being built may have beside it: SQLite's journals, and the empty file `Workspace.create` makes first.
_LEFTOVERS = ("", "-wal", "-shm", "-journal", ".creating", ".creating-wal", ".creating-shm", ".creating-journal")


def remove_stale_builds(target: Path) -> None:
    """Remove what a setup of `target` that was killed left behind (its hidden `.NAME.*.part` file, journal and
    lock), unless that setup is still running (its lock is held)."""
    from ..oslock import OsLock, Timeout

    found = target.parent.glob(f".{glob.escape(target.name)}.*.part*")
    for building in {p.with_name(p.name[: p.name.rindex(".part") + 5]) for p in found}:
        lock = OsLock(str(lock_path(building)))
        try:
            lock.acquire(timeout=0)
        except (Timeout, OSError):
            continue
        try:
            for suffix in _LEFTOVERS:
                building.with_name(building.name + suffix).unlink(missing_ok=True)
        finally:
            lock.release()
            lock_path(building).unlink(missing_ok=True)


def _publish(building: Path, target: Path) -> None:
    """Give the whole file its name in one step, never over a file that appeared meanwhile (a kill before this
    leaves no file at `target`; after it, a whole one)."""
    try:
        os.link(building, target)  # atomic, and refuses an existing name
    except FileExistsError:
        raise errors.EventFileExists(path=str(target)) from None
    except OSError:  # a file system without hard links (FAT on a USB stick): a rename, checked just before
        if target.exists():
            raise errors.EventFileExists(path=str(target)) from None
        try:
            os.replace(building, target)
        except OSError as exc:
            raise errors.from_os_error(exc, target) from exc


def event_of_file(path: str | os.PathLike[str]) -> str | None:
    """The event an existing file holds (its id), or None when it is not an event file that can be read."""
    try:
        with Workspace.open(path, mode="read") as ws:
            return None if ws.is_master else ws.event_id
    except errors.EulacError:
        return None
