"""Who may change what through a bundle (ARCHITECTURE.md §4, "Authority"), and whose rows a bundle may carry.

The **coordinators** of an event are the device that made it (the node of its event record's first stamp) and
the devices a coordinator names (`name_coordinator`); the names are kept in the file's `meta` table
(`coordinators:EVENT_ID`, a JSON list) and travel in setup bundles. Only a coordinator's bundle sets the event's
secret (the badge secret: secret ballots need no poll keys any more), its settings (the event record) and the list
of coordinators; another device's setup bundle is refused by a file that already holds the event, and the event
record in its result bundle is left out (and listed).

**Origins.** A coordinator relays everyone's rows (its setup bundle is the whole event). Any other device's bundle
carries only rows it wrote: each row's `origin` is the signer and its `updated_at` stamp is the signer's; or the
row is *relayed* — one of its field groups (`schema.FIELD_STAMPS`, e.g. where an idea sits on the board) was
written by the signer after another device's later edit arrived — and then its `updated_at` stamp is the
`origin`'s own. Any other row makes the whole bundle refused, with the rows listed. The rules look only at the
bundle and at who the coordinators are, never at the rows already in the file, so the merge stays idempotent
and independent of the order of imports.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from .. import errors, schema
from ..hlc import Timestamp
from ..i18n import N_
from ..workspace import Changes, Workspace
from .archive import Bundle, BundleRefused

#: Tables a device other than a coordinator cannot change through a bundle: the event's settings.
SETTINGS_TABLES = ("events",)
_SHOWN = 5  # rows listed in a refusal


class NotACoordinator(errors.EulacError):
    code = "not_a_coordinator"
    message = N_("Only a coordinator of the event can do this; this laptop (“{device}”) is not one.")
    hint = N_("Ask the coordinator, whose laptop made the event, to do it, or to name this laptop a coordinator.")


def node(device_id: str) -> str:
    """The node a device's hybrid-clock stamps end with."""
    return device_id.replace("-", "")


def _key(event_id: str) -> str:
    return f"coordinators:{event_id}"


def named_coordinators(ws: Workspace, event_id: str) -> list[str]:
    """The devices named coordinators of `event_id` in this file (without the device that made the event)."""
    row = ws.conn.execute("SELECT value FROM meta WHERE key = ?", (_key(event_id),)).fetchone()
    try:
        names = json.loads(row[0]) if row else []
    except ValueError:
        names = []
    return sorted({n for n in names if isinstance(n, str)})


def founder_node(ws: Workspace, event_id: str) -> str | None:
    """The node of the device that made the event (its event record's first stamp), None if the file has no record."""
    row = ws.conn.execute("SELECT created_at FROM events WHERE id = ?", (event_id,)).fetchone()
    try:
        return Timestamp.parse(row[0]).node if row else None
    except ValueError:
        return None


def is_coordinator(ws: Workspace, event_id: str, device_id: str) -> bool:
    """Whether `device_id` is a coordinator of `event_id` as this file knows it (False when the file holds no record
    of the event: it knows no coordinator yet)."""
    founder = founder_node(ws, event_id)
    if founder is None:
        return False
    return node(device_id) == founder or node(device_id) in {node(n) for n in named_coordinators(ws, event_id)}


def coordinators(ws: Workspace, event_id: str | None = None) -> dict[str, Any]:
    """The event's coordinators: the id of the device that made it, the named devices' ids, and whether this
    laptop is one."""
    event_id = event_id or ws.event_id
    founder = founder_node(ws, event_id)
    if founder and len(founder) == 32:
        founder = str(uuid.UUID(hex=founder))
    return {"founder": founder, "named": named_coordinators(ws, event_id),
            "this_device": is_coordinator(ws, event_id, ws.device.id)}


def name_coordinator(ws: Workspace, device_id: str) -> Changes:
    """Name another device a coordinator of this file's event (this laptop must be one); the next setup bundle
    carries the name to the other laptops."""
    if not is_coordinator(ws, ws.event_id, ws.device.id):
        raise NotACoordinator(device=ws.device.name)
    try:  # a device's id is a UUID: a typo would name nobody, silently
        device_id = str(uuid.UUID(device_id.strip()))
    except ValueError:
        raise errors.InvalidValue(field=N_("Device"), reason=N_("give the device's id (eulac device show)")) from None
    with ws.operation("event.coordinator") as op:
        _store(ws, ws.event_id, [*named_coordinators(ws, ws.event_id), device_id])
        op.record("updated", "events", ws.event_id)
    return op.changes


def _store(ws: Workspace, event_id: str, names: list[str]) -> None:
    ws.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (_key(event_id), json.dumps(sorted(set(names)))))


def take_coordinators(ws: Workspace, bundle: Bundle) -> None:
    """A coordinator's setup bundle names the coordinators: add them to this file's (a union, so any order of
    imports agrees)."""
    names = bundle.secrets().get("coordinators") or []
    if names:
        _store(ws, bundle.event_id, [*named_coordinators(ws, bundle.event_id), *names])


def check_authority(ws: Workspace, bundle: Bundle) -> tuple[bool, list[dict[str, Any]]]:
    """Whether the bundle's device is a coordinator, and the rows left out because only a coordinator sets them;
    refused when a non-coordinator's setup bundle would change an event this file holds, or when a row is not the
    signer's to carry."""
    signer = bundle.manifest["device"]
    if _signed_by_coordinator(ws, bundle):
        return True, []
    if bundle.kind == "setup":
        raise BundleRefused(path=str(bundle.path), reason=N_(
            "it is a setup bundle from “{name}”, which is not a coordinator of this event: only a coordinator's setup "
            "bundle can change the event's secrets and settings"), name=signer["name"],
            hint=N_("Nothing was imported. Ask that laptop for a result bundle, or the coordinator for a setup bundle."))
    ignored = [{"table": t, "id": r["id"], "reason": "settings"} for t in SETTINGS_TABLES for r in bundle.rows(t)]
    foreign = [(t, r) for t in schema.TABLE_KINDS if t not in SETTINGS_TABLES for r in bundle.rows(t)
               if not _signers_row(t, r, signer["id"])]
    if foreign:
        shown = ", ".join(f"{t} {r['id']} ({r['origin']})" for t, r in foreign[:_SHOWN])
        raise BundleRefused(path=str(bundle.path), reason=N_(
            "{count} of its rows were not written by “{name}”, which signed it, and it is not a coordinator: {rows}"),
            count=len(foreign), name=signer["name"], rows=shown + (" …" if len(foreign) > _SHOWN else ""))
    return False, ignored


def _signed_by_coordinator(ws: Workspace, bundle: Bundle) -> bool:
    """Whether the bundle's signer is a coordinator of its event. A file that holds no record of the event yet (a
    laptop being set up, a master before the event's setup bundle) takes a setup bundle as its authority, and
    otherwise knows the founder from the event record the bundle carries, if any (so that a coordinator's bundles
    count as such in any order)."""
    signer = bundle.manifest["device"]["id"]
    if founder_node(ws, bundle.event_id) is not None:
        return is_coordinator(ws, bundle.event_id, signer)
    if bundle.kind == "setup":
        return True
    claimed = [r for r in bundle.rows("events") if r["id"] == bundle.event_id]
    return bool(claimed) and Timestamp.parse(claimed[0]["created_at"]).node == node(signer)


def _signers_row(table: str, row: dict[str, Any], signer: str) -> bool:
    """The row is the signer's to carry: written by it, or relayed with a field group it wrote (module docstring)."""
    last = Timestamp.parse(row["updated_at"]).node
    if row["origin"] == signer:
        return last == node(signer)
    groups = [row.get(stamp) for stamp in schema.FIELD_STAMPS.get(table, {})]
    return last == node(row["origin"]) and any(s and Timestamp.parse(s).node == node(signer) for s in groups)
