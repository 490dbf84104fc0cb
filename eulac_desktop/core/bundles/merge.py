"""Importing a bundle: what it would change, then the change in one transaction (ARCHITECTURE.md §3).

Facts merge by union: a fact's content never changes, but its tombstone may (an undone check-in, a void taken
back), and takes the version with the later stamp (`merge_fact`). Entities merge field group by field group: each
group takes the values of the version with the later stamp (`updated_at`, or the group's own stamp in `schema.FIELD_STAMPS`), so the
result is the same whatever order bundles come in, and importing one twice changes nothing. An erasure
wins over every version of the person. Where the app allows one row per key (a check-in per person, a
vote record per person and poll), all rows are kept and the earliest by the hybrid clock counts; the plan lists
the rows an import makes superseded. A device's ballots for a poll beyond the people its vote records name
are refused and listed (`_refuse_excess_ballots`).
"""

from __future__ import annotations

import base64
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any

from .. import errors, keystore, logs, records, schema
from ..i18n import N_
from ..registration.erasure import ERASED_FIELDS, clear_free_space, erased_ids, scrub_arrived, scrub_row
from ..text import display_name
from ..workspace import Changes, Workspace
from .archive import Bundle, BundleRefused, canonical, read_bundle, table_rows, travelling_tables

log = logs.logger(__name__)

#: Keys the app keeps unique: the earliest row counts, later ones are superseded (kept, listed). A person's
#: second vote record in a poll is a double vote (see `voting.polls`: one ballot of that laptop stops counting).
UNIQUE_KEYS = {"checkins": ("participant_id",), "attendance": ("participant_id", "session_id"),
               "votes": ("poll_id", "participant_id"), "survey_answers": ("participant_id",)}


@dataclass
class ImportPlan:
    """What importing `bundle` would do: per table the rows added, updated, unchanged and superseded."""

    bundle: Bundle
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updates: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    coordinator: bool = False  # the bundle's device is a coordinator of the event: it may set secrets and settings
    ignored: list[dict[str, Any]] = field(default_factory=list)  # rows left out: only a coordinator sets them
    #: ballots refused: `{"id", "poll_id", "origin"}` of each, beyond the voters their device recorded
    refused_ballots: list[dict[str, Any]] = field(default_factory=list)

    def changes_anything(self) -> bool:
        return any(self.inserts.values()) or any(self.updates.values())

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.bundle.kind, "event": self.bundle.manifest["event"], "device": {
                    k: self.bundle.manifest["device"][k] for k in ("id", "name", "fingerprint")},
                "tables": self.counts, "conflicts": self.conflicts, "refused_ballots": self.refused_ballots,
                "changes": self.changes_anything(), "coordinator": self.coordinator, "ignored": self.ignored}


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


#: What a later version of a fact may change: its tombstone, with the stamp and the device of that change.
TOMBSTONE = ("deleted", "updated_at", "origin")


def merge_fact(table: str, here: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    """Two versions of one fact merged: its content never changes, but its tombstone (`deleted`, withdrawn or
    brought back) takes the version with the later stamp, as an entity does (so any order of imports agrees). A
    version that differs in anything else is not this fact (a forged or damaged row): `here` stays as it is, as does
    a fact that is never withdrawn (`records.KEPT_FACTS`: a ballot, a vote record, an erasure…)."""
    if table in records.KEPT_FACTS or any(incoming.get(name) != value for name, value in here.items()
                                          if name not in TOMBSTONE):
        return here
    later = merge_rows(table, here, incoming)
    return {**here, **{name: later.get(name) for name in TOMBSTONE}}


def _merged(table: str, here: dict[str, Any], row: dict[str, Any], erased: set[str]) -> dict[str, Any]:
    """The file's row `here` once `row`, another version of it, is merged in: an entity by `merge_rows` (an erasure
    winning), a fact by `merge_fact`."""
    if schema.TABLE_KINDS[table] == schema.ENTITY:
        return _erasure_wins(table, here, merge_rows(table, here, {**here, **row}), erased)
    return merge_fact(table, here, scrub_row(table, {**here, **row}, erased))


def _erasure_wins(table: str, here: dict[str, Any], merged: dict[str, Any], erased: set[str]) -> dict[str, Any]:
    """A person erased here, or by an erasure in the bundle, stays erased whatever version arrives, and the
    saved plans that arrive name them by id, not e-mail (so importing it again changes nothing)."""
    if table == "participants" and here.get("erased"):
        erased = erased | {here["id"]}
    return scrub_row(table, merged, erased)


def check_destination(ws: Workspace, bundle: Bundle) -> None:
    """Refuse a bundle this file never takes, whoever signed it (so before anyone is asked to trust its device):
    an anonymised bundle, a bundle claiming to come from this laptop with another key, or another event's bundle
    in an event file (a setup bundle of another event says it sets up a laptop instead)."""
    device = bundle.manifest["device"]
    if device["id"] == ws.device.id and device["public_key"] != base64.b64encode(ws.device.public_key_bytes()).decode():
        raise BundleRefused(path=str(bundle.path), reason=N_(
            "it claims to come from this laptop (“{name}”) but is signed with another key: it is forged"),
            name=ws.device.name)
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


def first_setup_of_event(ws: Workspace, bundle: Bundle) -> bool:
    """Whether the bundle is the setup bundle of an event this master file holds no record of yet: importing it makes
    its signer the event's coordinator here, so it is taken only when someone says so (`plan_import`'s
    `trust_new_event`: the window's trust dialog, `eulac bundle import --trust`)."""
    from .authority import founder_node

    return ws.is_master and bundle.kind == "setup" and founder_node(ws, bundle.event_id) is None


def plan_import(ws: Workspace, bundle: Bundle, *, accept_clock_skew: bool = False,
                trust_new_event: bool = False) -> ImportPlan:
    """Compare the bundle with the event file; nothing is written. Refused when the file never takes it, when it
    would make its signer the coordinator of an event a master file does not know yet and `trust_new_event` is not
    given (`first_setup_of_event`), when its device may not carry its rows (`authority`), or when its stamps are far
    ahead of this computer's clock (unless `accept_clock_skew`)."""
    from .authority import check_authority

    check_destination(ws, bundle)
    if first_setup_of_event(ws, bundle) and not trust_new_event:
        device = bundle.manifest["device"]
        raise BundleRefused(path=str(bundle.path), reason=N_(
            "it is the first setup bundle of the event “{event}” this master file receives, and would make “{name}” "
            "its coordinator here"), event=bundle.manifest["event"].get("name", ""), name=device["name"],
            hint=N_("Nothing was imported. Check with the event's coordinator that the fingerprint of “{name}” is "
                    "{fingerprint}, then import it again and trust it (in the window, or eulac bundle import --trust)."),
            fingerprint=device["fingerprint"])
    check_clock(bundle, accept=accept_clock_skew)
    plan = ImportPlan(bundle)
    plan.coordinator, plan.ignored = check_authority(ws, bundle)
    left_out = {(r["table"], r["id"]) for r in plan.ignored}
    erased = erased_ids(ws, bundle.rows("erasures"))  # their data never enters this file
    for table in travelling_tables():
        incoming = [r for r in bundle.rows(table) if (table, r["id"]) not in left_out]
        if not incoming:  # a delta of venue sync carries one or two tables: the others cost nothing
            plan.inserts[table], plan.updates[table] = [], []
            continue
        columns = set(_columns(ws, table))
        counts = {"added": 0, "updated": 0, "unchanged": 0, "superseded": 0}
        local = _existing(ws, table, [r["id"] for r in incoming])
        inserts, updates = [], []
        for row in incoming:
            row = {k: v for k, v in row.items() if k in columns}
            here = local.get(row["id"])
            if here is None:
                inserts.append(scrub_row(table, row, erased))
                counts["added"] += 1
            elif (merged := _merged(table, here, row, erased)) != here:
                updates.append(merged)
                counts["updated"] += 1
            else:
                counts["unchanged"] += 1
        if table == "participants":
            _refuse_renumbered_badges(bundle, local, updates)
        if table == "ballots" and inserts:
            named = {r["id"] for r in plan.inserts.get("polls", []) + plan.updates.get("polls", []) if not r.get("secret")}
            inserts = _refuse_excess_ballots(ws, inserts, plan.inserts.get("votes", []), named, plan.refused_ballots)
            counts["added"] = len(inserts)
        toggled = [r for r in updates if bool(r.get("deleted")) != bool(local[r["id"]]["deleted"])]
        if table in UNIQUE_KEYS and (inserts or toggled):  # (a row withdrawn, or brought back)
            counts["superseded"] = _superseded(ws, table, inserts, toggled, plan.conflicts)
        if incoming:
            plan.counts[table] = counts
        plan.inserts[table], plan.updates[table] = inserts, updates
    log.info("Planned the import of %s: %s", bundle.path.name,
             {t: {k: n for k, n in c.items() if n} for t, c in plan.counts.items()} or "nothing new")
    return plan


def _refuse_renumbered_badges(bundle: Bundle, local: dict[str, dict[str, Any]], updates: list[dict[str, Any]]) -> None:
    """Refuse a bundle that would change the number of a badge already given: nothing in the app changes one, and
    the person's printed badge would no longer be known at any desk."""
    changed = [r["id"] for r in updates if local[r["id"]].get("badge_number") is not None
               and r.get("badge_number") != local[r["id"]]["badge_number"]]
    if changed:
        shown = ", ".join(changed[:5]) + (" …" if len(changed) > 5 else "")
        raise BundleRefused(path=str(bundle.path), reason=N_(
            "it changes the badge number of people whose printed badges would then stop working: {rows}"), rows=shown)


def _refuse_excess_ballots(ws: Workspace, ballots: list[dict[str, Any]], votes: list[dict[str, Any]], named: set[str],
                           refused: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The arriving ballots a device may add: per poll and device, no more ballots cast for people than the distinct
    people its vote records name (those here and those arriving; in a `named` poll, its vote records, as a voided
    named ballot lets its voter vote again). The others, those with the highest random ids, are refused and listed
    in `refused`; paper ballots typed in from their serial name nobody and are left alone (`voting.paper.typed_in`:
    a valid serial of the poll)."""
    from ..voting.paper import signing_secret, typed_in

    def key(row: dict[str, Any]) -> tuple[str, str]:
        return row.get("poll_id") or "", row.get("origin") or ""

    secret = signing_secret(ws)
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in ballots:
        if not typed_in(secret, row.get("poll_id") or "", str(row.get("voter") or ""), row.get("serial")):
            groups.setdefault(key(row), []).append(row)
    arriving: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for row in votes:
        arriving.setdefault(key(row), set()).add((str(row.get("id")), str(row.get("participant_id"))))
    named = named | {r[0] for r in ws.conn.execute("SELECT id FROM polls WHERE secret = 0")}
    out = set()
    for (poll_id, origin), rows in groups.items():
        records = arriving.get((poll_id, origin), set()) | {(r[0], r[1]) for r in ws.conn.execute(
            "SELECT id, participant_id FROM votes WHERE poll_id = ? AND origin = ? AND deleted = 0", (poll_id, origin))}
        voters = records if poll_id in named else {person for _id, person in records}
        here = sum(not typed_in(secret, poll_id, voter, serial) for voter, serial in ws.conn.execute(
            "SELECT voter, serial FROM ballots WHERE poll_id = ? AND origin = ?", (poll_id, origin)))
        rows.sort(key=lambda r: r["id"])
        room = max(0, len(voters) - here)
        for row in rows[room:]:
            out.add(row["id"])
            refused.append({"id": row["id"], "poll_id": poll_id, "origin": origin})
    refused.sort(key=lambda r: (r["poll_id"], r["origin"], r["id"]))
    return [r for r in ballots if r["id"] not in out]


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
        return display_name(row) or pid[:8]

    return sorted((name(pid) for pid in ids), key=str.casefold)


#: A bundle whose stamps are further ahead of this computer's clock is refused unless accepted: taking them would
#: move every later change of this event behind a wrong clock (the hybrid clock never goes back), and let a
#: forged edit beat real ones until the clocks catch up.
MAX_CLOCK_AHEAD_MS = 10 * 60 * 1000


class ClockAhead(BundleRefused):
    """The bundle's stamps are further ahead of this computer's clock than `MAX_CLOCK_AHEAD_MS` (the CLI's error
    code stays `bundle_refused`)."""

    hint = N_("Nothing was imported. Correct the date and time on that device and export the bundle again; or, if "
              "you know why its clock is ahead, accept the difference (eulac bundle import --accept-clock-skew).")


def clock_ahead_ms(bundle: Bundle) -> int:
    """How far the bundle's latest stamp is ahead of this computer's clock (0 when it is not)."""
    from ..hlc import Timestamp, wall_ms

    stamps = [Timestamp.parse(r[s]).physical for t in travelling_tables() for r in bundle.rows(t)
              for s in ("updated_at", *schema.FIELD_STAMPS.get(t, {})) if r.get(s)]
    return max(0, max(stamps, default=0) - wall_ms())


def check_clock(bundle: Bundle, *, accept: bool = False) -> None:
    """Refuse (ClockAhead) a bundle stamped more than 10 minutes ahead of this computer's clock, unless `accept`."""
    ahead = clock_ahead_ms(bundle)
    if ahead > MAX_CLOCK_AHEAD_MS and not accept:
        raise ClockAhead(path=str(bundle.path), reason=N_(
            "its device's clock is {ahead} ahead of this computer's; correct the date and time on that device, "
            "then export the bundle again"), ahead=duration_text(ahead))


def duration_text(ms: int) -> str:
    """A difference of clocks as people say it: minutes below two hours, hours above."""
    from ..i18n import ngettext

    minutes = round(ms / 60_000)
    if minutes < 120:
        return ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes)
    hours = round(ms / 3_600_000)
    return ngettext("{n} hour", "{n} hours", hours).format(n=hours)


def _superseded(ws: Workspace, table: str, inserts: list[dict[str, Any]], toggled: list[dict[str, Any]],
                conflicts: list[dict[str, Any]]) -> int:
    """Rows that stop counting because of this import (a later duplicate arrives, or an earlier one does, or is
    brought back: `toggled`, the rows of the file whose tombstone the import changes). Only rows in force count: an
    arriving tombstone withdraws its row, and the next earliest of its key counts instead."""
    key = UNIQUE_KEYS[table]
    withdrawn = {r["id"] for r in toggled if r.get("deleted")}
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for row in inserts + toggled:
        if not row.get("deleted"):
            groups.setdefault(tuple(row.get(k) for k in key), []).append(row)
    count = 0
    for values, new in groups.items():
        where = " AND ".join(f'"{k}" IS ?' for k in key)
        arriving = {r["id"] for r in new}
        before = next((tuple(r) for r in ws.conn.execute(
            f'SELECT created_at, id FROM "{table}" WHERE {where} AND deleted = 0 ORDER BY created_at, id', values)
            if r[1] not in withdrawn and r[1] not in arriving), None)
        after = min([(r["created_at"], r["id"]) for r in new] + ([before] if before else []))
        lost = [r["id"] for r in new if r["id"] != after[1]] + ([before[1]] if before and before[1] != after[1] else [])
        if lost:
            count += len(lost)
            conflicts.append({"table": table, "key": dict(zip(key, values)), "kept": after[1], "superseded": sorted(lost)})
    return count


def apply_import(ws: Workspace, plan: ImportPlan) -> Changes:
    """Write the plan in one transaction (audited as `bundle.import`); the clock moves past the bundle's. A row
    that clashes with the file (the same badge number as another person, say) refuses the whole bundle."""
    bundle = plan.bundle
    device = bundle.manifest["device"]
    with ws.operation(f"bundle.import.{bundle.kind}:{device['id']}") as op:  # the audit says from which device
        try:
            stamps = _write_rows(ws, plan, op)
        except sqlite3.IntegrityError:  # not a failure of the file: refused, and the transaction rolled back
            raise BundleRefused(path=str(bundle.path), reason=N_(
                "some of its rows clash with rows already in this event file (the same badge number, for one)")) from None
        _apply_erasures(ws, op)
        if plan.inserts.get("erasures"):
            scrub_arrived(op)  # the saved plans and the search index forget whom the bundle erased
        if bundle.kind == "setup" and plan.coordinator:  # check_authority refused any other device's setup bundle
            from .authority import take_coordinators

            _take_secrets(ws, bundle)
            take_coordinators(ws, bundle)
        _receipt(ws, plan)
        for stamp in stamps:
            ws.clock.observe(stamp)
    if plan.inserts.get("erasures") and not ws.conn.in_transaction:  # in a caller's transaction: the caller's to do
        clear_free_space(ws)  # the erased values leave the file's free pages and its write-ahead log

    log.info("Imported %s (%s bundle of device %s) into %s: %d rows", bundle.path.name, bundle.kind, device["id"],
             ws.path.name, len(stamps))
    return op.changes


def _write_rows(ws: Workspace, plan: ImportPlan, op: Any) -> list[str]:
    """Insert and update the plan's rows; returns their stamps."""
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
    return stamps


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


def take_named_devices(plan: ImportPlan, here: str) -> list[str]:
    """Once a coordinator's setup bundle is imported, trust the devices it names for the event (`trust_named_devices`;
    `here` is this laptop's id); returns the ids newly trusted."""
    from .trust import trust_named_devices

    if plan.bundle.kind != "setup" or not plan.coordinator:
        return []
    return trust_named_devices(plan.bundle.secrets().get("devices"), here)


def _apply_erasures(ws: Workspace, op: Any) -> None:
    """An erasure wins over every version of the person, whatever arrived (stamps are left as they are, so
    that the result does not depend on the order of imports)."""
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
                  dry_run: bool = False, accept_new_key: str | None = None,
                  accept_clock_skew: bool = False) -> tuple[ImportPlan, Changes | None]:
    """Verify `source`, check its device is trusted (or trust it now with `trust`; a known device's changed key only
    with `accept_new_key`, its new fingerprint), plan, and unless `dry_run` apply. A setup bundle imported into a
    path that does not exist creates that event file. Stamps far ahead of this clock need `accept_clock_skew`."""
    from .trust import trust_device

    def admit(unopened: Bundle) -> bool:  # an untrusted signer is refused having read only the manifest
        check_key(unopened, trust=trust, accept_new_key=accept_new_key)
        return True

    bundle = read_bundle(source, admit=admit)
    device = bundle.manifest["device"]
    new_event = trust  # `--trust` also takes a master's first setup bundle of an event (`first_setup_of_event`)
    trust = trust or bundle.key_changed  # accepted just now: remembered once imported
    target = Path(target)
    if not target.exists():
        if bundle.kind != "setup":
            raise errors.EventFileMissing(path=str(target))
        check_clock(bundle, accept=accept_clock_skew)
        if dry_run:
            return ImportPlan(bundle, counts={t: {"added": len(bundle.rows(t)), "updated": 0, "unchanged": 0,
                                                  "superseded": 0} for t in travelling_tables() if bundle.rows(t)},
                              coordinator=True), None
        from .setup import set_up_laptop  # the same operation as the window's "Set up this laptop"

        return set_up_laptop(target, bundle, accept_clock_skew=accept_clock_skew)
    with Workspace.open(target, mode="read") as reader:  # every refusal comes before the file is opened to write
        plan = plan_import(reader, bundle, accept_clock_skew=accept_clock_skew, trust_new_event=new_event)
    if dry_run or not plan.changes_anything():
        if trust and not dry_run:
            trust_device(device["id"], device["name"], device["public_key"], device["fingerprint"])
        return plan, None
    ws = Workspace.open(target, mode="write", master=True)  # a master takes its events' bundles
    try:
        # again, under the lock: the file may have changed meanwhile
        plan = plan_import(ws, bundle, accept_clock_skew=accept_clock_skew, trust_new_event=new_event)
        changes = apply_import(ws, plan)
        take_named_devices(plan, ws.device.id)
    finally:
        ws.close()
    if trust and not dry_run:
        trust_device(device["id"], device["name"], device["public_key"], device["fingerprint"])
    return plan, changes


def same_fingerprint(a: str, b: str) -> bool:
    """Two fingerprints are the same, however spaced or cased."""
    return "".join(a.split()).upper() == "".join(b.split()).upper()


def check_key(bundle: Bundle, *, trust: bool = False, accept_new_key: str | None = None) -> None:
    """Refuse a bundle whose device is not trusted (unless `trust`), or is known with another key: that needs its
    own confirmation, `accept_new_key` equal to the new fingerprint (`trust` is never enough)."""
    device = bundle.manifest["device"]
    if bundle.key_changed:
        if accept_new_key is None:
            raise KeyChanged(path=str(bundle.path), reason=N_(
                "the device “{name}” is known with another key: its bundle may be forged (fingerprint before "
                "{known}, now {fingerprint})"), name=device["name"], fingerprint=device["fingerprint"],
                known=bundle.known_fingerprint)
        if not same_fingerprint(accept_new_key, device["fingerprint"]):
            raise KeyChanged(path=str(bundle.path), reason=N_(
                "the new key you accepted ({accepted}) is not the one this bundle is signed with ({fingerprint})"),
                accepted=accept_new_key, fingerprint=device["fingerprint"], known=bundle.known_fingerprint)
        return
    if not bundle.trusted and not trust:
        raise NotTrusted(path=str(bundle.path), reason=N_(
            "the device “{name}” is not trusted yet (fingerprint {fingerprint}); check it with its owner, then trust it"),
            name=device["name"], fingerprint=device["fingerprint"])


class NotTrusted(BundleRefused):
    """A bundle of a device not trusted yet (the CLI's error code stays `bundle_refused`): the hint says how to trust it,
    not to ask for the bundle again."""

    hint = N_("Nothing was imported. Compare the fingerprint with the device's owner; if it matches, import the bundle "
              "again trusting its device (eulac bundle import --trust).")


class KeyChanged(BundleRefused):
    """A known device's bundle signed with another key (the CLI's error code stays `bundle_refused`)."""

    hint = N_("Nothing was imported. Ask the device's owner whether its key changed (a new installation) and compare "
              "the new fingerprint; only then accept it (eulac bundle import --accept-new-key \"FINGERPRINT\").")


def dump_lines(ws: Workspace) -> Iterator[str]:
    """The event as canonical JSON lines (`{"table": …, "row": …}`), sorted: two event files hold the same
    data exactly when their dumps are equal."""
    for table in sorted(travelling_tables()):
        for row in table_rows(ws, table):
            yield canonical({"table": table, "row": row})
