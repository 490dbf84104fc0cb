"""Importing a bundle: what it would change, then the change in one transaction (DESIGN §3).

Facts merge by union. Entities merge field group by field group: each group takes the values of the
version with the later stamp (`updated_at`, or the group's own stamp in `schema.FIELD_STAMPS`), so the
result is the same whatever order bundles come in, and importing one twice changes nothing. An erasure
wins over every version of the person. Where the app allows one row per key (a check-in per person, a
ballot per voter and poll), all rows are kept and the earliest by the hybrid clock counts; the plan lists
the rows an import makes superseded.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any

from .. import errors, keystore, schema
from ..i18n import N_
from ..workspace import Changes, Workspace
from .archive import Bundle, BundleRefused, canonical, read_bundle, table_rows, travelling_tables

#: Keys the app keeps unique: the earliest row counts, later ones are superseded (kept, listed).
UNIQUE_KEYS = {"checkins": ("participant_id",), "attendance": ("participant_id", "session_id"),
               "ballots": ("poll_id", "voter")}


@dataclass
class ImportPlan:
    """What importing `bundle` would do: per table the rows added, updated, unchanged and superseded."""

    bundle: Bundle
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updates: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def changes_anything(self) -> bool:
        return any(self.inserts.values()) or any(self.updates.values())

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.bundle.kind, "event": self.bundle.manifest["event"], "device": {
                    k: self.bundle.manifest["device"][k] for k in ("id", "name", "fingerprint")},
                "tables": self.counts, "conflicts": self.conflicts, "changes": self.changes_anything()}


def _columns(ws: Workspace, table: str) -> list[str]:
    return [r[1] for r in ws.conn.execute(f'PRAGMA table_info("{table}")')]


def _existing(ws: Workspace, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        cur = ws.conn.execute(f'SELECT * FROM "{table}" WHERE id IN ({",".join("?" * len(chunk))})', chunk)
        names = [d[0] for d in cur.description]
        found.update({row[0]: dict(zip(names, row)) for row in cur.fetchall()})
    return found


def merge_rows(table: str, a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Two versions of one entity merged: per field group, the values of the later stamp (a total order:
    hybrid-clock stamps end with their device's id). Symmetric, so any order of imports agrees."""
    def later(x: dict[str, Any], y: dict[str, Any], stamp: str) -> dict[str, Any]:
        return x if (x.get(stamp) or "", canonical(x)) >= (y.get(stamp) or "", canonical(y)) else y

    merged = dict(later(a, b, "updated_at"))
    for stamp, fields in schema.FIELD_STAMPS.get(table, {}).items():
        source = later(a, b, stamp)
        for name in (*fields, stamp):
            merged[name] = source.get(name)
    return merged


def _erasure_wins(table: str, here: dict[str, Any], merged: dict[str, Any]) -> dict[str, Any]:
    """A person erased here stays erased whatever version arrives (so importing it again changes nothing)."""
    if table != "participants" or not here.get("erased"):
        return merged
    from ..registration.people import ERASED_FIELDS

    return {**merged, **ERASED_FIELDS, "erased": 1}


def check_destination(ws: Workspace, bundle: Bundle) -> None:
    """Refuse a bundle this file never takes, whoever signed it (so before anyone is asked to trust its device):
    an anonymised bundle, or another event's bundle in an event file (a setup bundle of another event says it
    sets up a laptop instead)."""
    if bundle.kind == "anonymised":
        raise BundleRefused(path=str(bundle.path), reason=N_(
            "an anonymised bundle is for reading and reports; it is never merged into an event file"))
    if bundle.event_id != ws.event_id and not ws.is_master:
        name = bundle.manifest["event"].get("name", "")
        if bundle.kind == "setup":
            raise BundleRefused(path=str(bundle.path), reason=N_(
                "it is the setup bundle of another event ({name}): it sets up a laptop for that event"), name=name,
                hint=N_("Nothing was imported. To work on that event on this laptop, choose File › Set up this laptop "
                        "from a setup bundle… and pick this bundle."))
        raise BundleRefused(path=str(bundle.path), reason=N_("it belongs to another event ({name})"), name=name)


def plan_import(ws: Workspace, bundle: Bundle) -> ImportPlan:
    """Compare the bundle with the event file; nothing is written."""
    check_destination(ws, bundle)
    plan = ImportPlan(bundle)
    latest = ""
    for table in travelling_tables():
        incoming = bundle.rows(table)
        columns = set(_columns(ws, table))
        counts = {"added": 0, "updated": 0, "unchanged": 0, "superseded": 0}
        local = _existing(ws, table, [r["id"] for r in incoming])
        inserts, updates = [], []
        for row in incoming:
            row = {k: v for k, v in row.items() if k in columns}
            latest = max(latest, row["updated_at"])
            here = local.get(row["id"])
            if here is None:
                inserts.append(row)
                counts["added"] += 1
            elif schema.TABLE_KINDS[table] == schema.ENTITY and (merged := _erasure_wins(
                    table, here, merge_rows(table, here, {**here, **row}))) != here:
                updates.append(merged)
                counts["updated"] += 1
            else:
                counts["unchanged"] += 1
        if table in UNIQUE_KEYS and inserts:
            counts["superseded"] = _superseded(ws, table, inserts, plan.conflicts)
        if incoming:
            plan.counts[table] = counts
        plan.inserts[table], plan.updates[table] = inserts, updates
    _check_clock(bundle, latest)
    return plan


def doubly_checked_in(ws: Workspace, plan: ImportPlan) -> list[str]:
    """The people this import finds checked in on more than one laptop (the earliest check-in counts), by name,
    sorted: a count alone does not say whom to look for."""
    ids = {c["key"]["participant_id"] for c in plan.conflicts if c["table"] == "checkins"}
    names = {r["id"]: r for r in plan.inserts.get("participants", []) + plan.updates.get("participants", [])
             if r["id"] in ids}
    missing = sorted(ids - set(names))
    if missing:
        names.update(_existing(ws, "participants", missing))

    def name(pid: str) -> str:
        row = names.get(pid, {})
        return " ".join(n for n in (row.get("given_name") or "", row.get("family_name") or "") if n) or pid[:8]

    return sorted((name(pid) for pid in ids), key=str.casefold)


#: A bundle whose stamps are further ahead of this computer's clock is refused: taking them would move every
#: later change of this event behind a wrong clock (the hybrid clock never goes back).
MAX_CLOCK_AHEAD_MS = 24 * 3600 * 1000


def _check_clock(bundle: Bundle, latest: str) -> None:
    from ..hlc import Timestamp, wall_ms

    if not latest:
        return
    ahead = Timestamp.parse(latest).physical - wall_ms()
    if ahead > MAX_CLOCK_AHEAD_MS:
        raise BundleRefused(path=str(bundle.path), reason=N_(
            "its device's clock is {hours} hours ahead of this computer's; correct the date and time on that device, "
            "then export the bundle again"), hours=round(ahead / 3_600_000))


def _superseded(ws: Workspace, table: str, inserts: list[dict[str, Any]], conflicts: list[dict[str, Any]]) -> int:
    """Rows that stop counting because of this import (a later duplicate arrives, or an earlier one does)."""
    key = UNIQUE_KEYS[table]
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for row in inserts:
        groups.setdefault(tuple(row.get(k) for k in key), []).append(row)
    count = 0
    for values, new in groups.items():
        where = " AND ".join(f'"{k}" IS ?' for k in key)
        before = ws.conn.execute(f'SELECT created_at, id FROM "{table}" WHERE {where} AND deleted = 0 '
                                 "ORDER BY created_at, id LIMIT 1", values).fetchone()
        after = min([(r["created_at"], r["id"]) for r in new] + ([tuple(before)] if before else []))
        lost = [r["id"] for r in new if r["id"] != after[1]] + ([before[1]] if before and before[1] != after[1] else [])
        if lost:
            count += len(lost)
            conflicts.append({"table": table, "key": dict(zip(key, values)), "kept": after[1], "superseded": sorted(lost)})
    return count


def apply_import(ws: Workspace, plan: ImportPlan) -> Changes:
    """Write the plan in one transaction (audited as `bundle.import`); the clock moves past the bundle's."""
    bundle = plan.bundle
    device = bundle.manifest["device"]
    with ws.operation(f"bundle.import.{bundle.kind}:{device['id']}") as op:  # the audit says from which device
        stamps = []
        for table in travelling_tables():
            for row in plan.inserts.get(table, []):
                names = list(row)
                ws.conn.execute(f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
                                f'VALUES ({", ".join("?" * len(names))})', [row[n] for n in names])
                op.record("inserted", table, row["id"])
                stamps.append(row["updated_at"])
            for row in plan.updates.get(table, []):
                names = [n for n in row if n != "id"]
                ws.conn.execute(f'UPDATE "{table}" SET {", ".join(f"{chr(34)}{n}{chr(34)} = ?" for n in names)} '
                                "WHERE id = ?", [row[n] for n in names] + [row["id"]])
                op.record("updated", table, row["id"])
                stamps.append(row["updated_at"])
        _apply_erasures(ws, op)
        if bundle.kind == "setup":
            _take_secrets(ws, bundle)
        _receipt(ws, plan)
        for stamp in stamps:
            ws.clock.observe(stamp)
    return op.changes


def _receipt(ws: Workspace, plan: ImportPlan) -> None:
    """Note the bundle in the file's receipts (when, from which device, of which event, what it changed)."""
    import hashlib
    from datetime import datetime

    from ..ids import uuid7

    bundle = plan.bundle
    device = bundle.manifest["device"]
    ws.conn.execute(
        "INSERT INTO bundle_receipts (id, received_at, event_id, event_name, kind, device_id, device_name, fingerprint, "
        "bundle_created, file_name, manifest_sha256, counts, rows_changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uuid7(), datetime.now(UTC).isoformat(timespec="seconds"), bundle.event_id,
         bundle.manifest["event"].get("name", ""), bundle.kind, device["id"], device["name"], device["fingerprint"],
         bundle.manifest["created"], bundle.path.name,
         hashlib.sha256(canonical(bundle.manifest).encode()).hexdigest(),
         canonical(plan.counts), sum(c["added"] + c["updated"] for c in plan.counts.values())))


def _apply_erasures(ws: Workspace, op: Any) -> None:
    """An erasure wins over every version of the person, whatever arrived (stamps are left as they are, so
    that the result does not depend on the order of imports)."""
    from ..registration.people import ERASED_FIELDS

    rows = ws.conn.execute("SELECT p.id FROM participants p JOIN erasures e ON e.participant_id = p.id "
                           "WHERE p.erased = 0 OR p.given_name != '' OR p.family_name != '' OR p.email IS NOT NULL "
                           "OR p.organisation != ''").fetchall()
    for (pid,) in rows:
        names = list(ERASED_FIELDS)
        ws.conn.execute(f"UPDATE participants SET {', '.join(f'{n} = ?' for n in names)}, erased = 1 WHERE id = ?",
                        [ERASED_FIELDS[n] for n in names] + [pid])
        op.record("updated", "participants", pid)


def _take_secrets(ws: Workspace, bundle: Bundle) -> None:
    """The event's badge secret and secret polls' keys; a master takes the keys only (it prints no badges, and
    holds several events)."""
    secrets = bundle.secrets()
    if secrets.get("badge_secret") and not ws.is_master:
        ws.conn.execute("INSERT INTO meta (key, value) VALUES ('badge_secret', ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (secrets["badge_secret"],))
    for poll_id, key in (secrets.get("poll_keys") or {}).items():
        keystore.store_poll_key(bundle.event_id, poll_id, base64.b64decode(key))


def import_bundle(target: str | os.PathLike[str], source: str | os.PathLike[str], *, trust: bool = False,
                  dry_run: bool = False) -> tuple[ImportPlan, Changes | None]:
    """Verify `source`, check its device is trusted (or trust it now with `trust`), plan, and unless
    `dry_run` apply. A setup bundle imported into a path that does not exist creates that event file."""
    from .trust import trust_device

    bundle = read_bundle(source)
    device = bundle.manifest["device"]
    if bundle.key_changed and not trust:
        raise BundleRefused(path=str(bundle.path), reason=N_(
            "the device “{name}” is known with another key: its bundle may be forged (fingerprint now {fingerprint})"),
            name=device["name"], fingerprint=device["fingerprint"])
    if not bundle.trusted and not trust:
        raise BundleRefused(path=str(bundle.path), reason=N_(
            "the device “{name}” is not trusted yet (fingerprint {fingerprint}); check it with its owner, then trust it"),
            name=device["name"], fingerprint=device["fingerprint"])
    target = Path(target)
    if not target.exists():
        if bundle.kind != "setup":
            raise errors.EventFileMissing(path=str(target))
        if dry_run:
            return ImportPlan(bundle, counts={t: {"added": len(bundle.rows(t)), "updated": 0, "unchanged": 0,
                                                  "superseded": 0} for t in travelling_tables() if bundle.rows(t)}), None
        from .setup import set_up_laptop  # the same operation as the window's "Set up this laptop"

        return set_up_laptop(target, bundle)
    with Workspace.open(target, mode="read") as reader:  # every refusal comes before the file is opened to write
        plan = plan_import(reader, bundle)
    if dry_run or not plan.changes_anything():
        if trust and not dry_run:
            trust_device(device["id"], device["name"], device["public_key"], device["fingerprint"])
        return plan, None
    ws = Workspace.open(target, mode="write")
    try:
        plan = plan_import(ws, bundle)  # again, under the lock: the file may have changed meanwhile
        changes = apply_import(ws, plan)
    finally:
        ws.close()
    if trust and not dry_run:
        trust_device(device["id"], device["name"], device["public_key"], device["fingerprint"])
    return plan, changes


def dump_lines(ws: Workspace) -> Iterator[str]:
    """The event as canonical JSON lines (`{"table": …, "row": …}`), sorted: two event files hold the same
    data exactly when their dumps are equal."""
    for table in sorted(travelling_tables()):
        for row in table_rows(ws, table):
            yield canonical({"table": table, "row": row})
