"""A coordinator's master file: the events of a programme merged from their laptops' bundles, and the dashboard
over them (events, devices and bundles received, attendance and results across events).

A master is an event file whose meta `kind` is "master": it takes bundles of any event (an event file takes
only its own), and holds no badge secret. Every row carries its event id, so each event can be read on its own
(`Workspace.focus`: reports, data, results), and the dashboard reads them all.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from . import errors
from .i18n import N_
from .registration.people import participant_rows, person_of
from .text import display_name, sort_key
from .workspace import Workspace


def create_master(path: str | os.PathLike[str], name: str) -> Workspace:
    """Make a new, empty master file named `name` and open it for writing."""
    name = " ".join(name.split())
    if not name:
        raise errors.InvalidValue(field=N_("Name"), reason=N_("give the master file a name (the programme's)"))
    ws = Workspace.create(path)
    try:
        with ws.operation("master.create"):  # one transaction; a failure (disk full…) leaves no half-made master
            ws.conn.execute("INSERT INTO meta (key, value) VALUES ('kind', 'master'), ('master_name', ?)", (name,))
    except BaseException:
        ws.close()
        Path(path).unlink(missing_ok=True)
        raise
    return ws


def master_name(ws: Workspace) -> str:
    row = ws.conn.execute("SELECT value FROM meta WHERE key = 'master_name'").fetchone()
    return row[0] if row else ""


def events(ws: Workspace) -> list[dict[str, Any]]:
    """The events the file holds, by start date then name: `{"id", "name", "start_date", "end_date", "venue",
    "timezone"}`."""
    rows = ws.conn.execute("SELECT id, name, coalesce(start_date, ''), coalesce(end_date, ''), coalesce(venue, ''), "
                           "coalesce(timezone, 'UTC') FROM events WHERE deleted = 0 ORDER BY start_date, name, id").fetchall()
    return [{"id": r[0], "name": r[1], "start_date": r[2], "end_date": r[3], "venue": r[4], "timezone": r[5]}
            for r in rows]


def require_event(ws: Workspace, event_id: str | None) -> None:
    """Focus a master file on one of its events (by id, or by a unique start of its id); refused when it holds
    no such event. On an event file, `event_id` must be None or its own."""
    if event_id is None:
        if ws.is_master:
            held = events(ws)
            if not held:
                raise errors.InvalidValue(field=N_("Event"), reason=N_(
                    "this master file holds no event yet: import an event's setup bundle into it (eulac bundle import)"))
            if len(held) == 1:
                raise errors.InvalidValue(field=N_("Event"), reason=N_(
                    "this master file holds one event, “{name}”: choose it with --event {event}"),
                    name=held[0]["name"], event=held[0]["id"][:12])
            raise errors.InvalidValue(field=N_("Event"), reason=N_(
                "this is a master file of several events: choose one with --event (eulac master dashboard lists them)"))
        return
    matches = [e["id"] for e in events(ws) if e["id"].startswith(event_id)]
    if len(matches) != 1 or (not ws.is_master and matches[0] != ws.event_id):
        raise errors.InvalidValue(field=N_("Event"), reason=N_("the file holds no event {event}"), event=event_id)
    if ws.is_master:
        ws.focus(matches[0])


def _count(ws: Workspace, sql: str, event_id: str) -> int:
    return int(ws.conn.execute(sql, (event_id,)).fetchone()[0])


def dashboard(ws: Workspace) -> dict[str, Any]:
    """What the file holds and what arrived: `{"name", "master", "events": [...], "devices": [...], "bundles":
    [...], "attendance": {"region"|"country"|"role": {value: {"registered", "checked_in"}}}, "results": [...],
    "double_checkins": [...], "kpi": {...}}` (see `double_checkins`; "kpi" is `reports.kpi.kpi_across` the events:
    gender × region × stakeholder type and countries, small groups masked; "roadmap" is every event's action plans,
    `actions.plans` with their "event_id" and "event")."""
    from . import checkin, voting
    from .actions import plans
    from .reports.kpi import kpi_across

    focus = ws.focused
    out_events = []
    results = []
    attendance: dict[str, dict[str, dict[str, int]]] = {"region": {}, "country": {}, "role": {}}
    try:
        for event in events(ws):
            eid = event["id"]
            counted = checkin.stats(ws, eid)
            for key in ("region", "country", "role"):
                for value, counts in counted[f"by_{key}"].items():
                    cell = attendance[key].setdefault(value, {"registered": 0, "checked_in": 0})
                    cell["registered"] += counts["registered"]
                    cell["checked_in"] += counts["checked_in"]
            last = ws.conn.execute("SELECT max(received_at) FROM bundle_receipts WHERE event_id = ?", (eid,)).fetchone()[0]
            out_events.append({
                **event,
                "participants": counted["registered"],
                "checked_in": counted["checked_in"],
                "ideas": _count(ws, "SELECT count(*) FROM ideas WHERE event_id = ? AND deleted = 0", eid),
                "polls": _count(ws, "SELECT count(*) FROM polls WHERE event_id = ? AND deleted = 0", eid),
                "ballots": _count(ws, "SELECT count(*) FROM ballots WHERE event_id = ? AND deleted = 0", eid),
                "p2p_plans": _count(ws, "SELECT count(*) FROM p2p_plans WHERE event_id = ? AND deleted = 0", eid),
                "last_bundle": last or ""})
            ws.focus(eid)
            for poll in voting.polls(ws):
                result = voting.results(ws, poll["id"])
                top = result["options"][0]["text"] if result["ballots"] and result["options"] else ""
                results.append({"event_id": eid, "event": event["name"], "poll": poll["title"], "method": poll["method"],
                                "state": poll["state"], "ballots": result["ballots"], "eligible": result["eligible"],
                                "first": top})
    finally:
        ws.focus(focus)
    bundles = [{"received_at": r[0], "event_id": r[1], "event": r[2], "kind": r[3], "device_id": r[4], "device": r[5],
                "fingerprint": r[6], "created": r[7], "file": r[8], "counts": json.loads(r[9] or "{}"),
                "rows_changed": r[10]}
               for r in ws.conn.execute(
                   "SELECT received_at, event_id, event_name, kind, device_id, device_name, fingerprint, bundle_created, "
                   "file_name, counts, rows_changed FROM bundle_receipts ORDER BY received_at DESC, id")]
    devices: dict[str, dict[str, Any]] = {}
    for b in sorted(bundles, key=lambda b: b["received_at"]):
        device = devices.setdefault(b["device_id"], {"id": b["device_id"], "name": b["device"], "fingerprint":
                                                     b["fingerprint"], "bundles": 0, "events": [], "last": ""})
        device.update(name=b["device"], fingerprint=b["fingerprint"], last=b["received_at"])
        device["bundles"] += 1
        if b["event"] not in device["events"]:
            device["events"].append(b["event"])
    return {"name": master_name(ws) if ws.is_master else "", "master": ws.is_master, "events": out_events,
            "devices": sorted(devices.values(), key=lambda d: (d["name"], d["id"])), "bundles": bundles,
            "attendance": {k: dict(sorted(v.items())) for k, v in attendance.items()}, "results": results,
            "double_checkins": double_checkins(ws, {d["id"]: d["name"] for d in devices.values()}),
            "kpi": kpi_across(ws, [e["id"] for e in out_events]),
            "roadmap": [{**plan, "event_id": e["id"], "event": e["name"]} for e in out_events for plan in plans(ws, e["id"])]}


def double_checkins(ws: Workspace, device_names: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """People checked in on more than one laptop (met when their bundles merged): `{"event_id", "event",
    "participant_id", "name", "counted": {"device", "at"}, "others": [{"device", "at"}]}`, the earliest check-in
    counted (the others are kept, superseded), by event then name. Times are ISO moments in UTC."""
    from .hlc import Timestamp

    names = {ws.device.id: ws.device.name, **(device_names or {})}
    person = person_of(ws)  # check-ins under two records later merged are one person's
    by_person: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for event_id, pid, origin, stamp, cid in ws.conn.execute(
            "SELECT event_id, participant_id, origin, created_at, id FROM checkins WHERE deleted = 0"):
        by_person.setdefault((event_id, person(pid)), []).append((stamp, cid, origin))
    doubles = {key: sorted(seen) for key, seen in by_person.items() if len(seen) > 1}
    event_names = {e["id"]: e["name"] for e in events(ws)}
    people = participant_rows(ws, {pid for _event, pid in doubles}, ("given_name", "family_name"))
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for (event_id, pid), seen in doubles.items():
        moments = [{"device": names.get(origin, origin[:8]), "at": Timestamp.parse(stamp).to_datetime().isoformat(
            timespec="seconds")} for stamp, _cid, origin in seen]
        out[(event_id, pid)] = {"event_id": event_id, "event": event_names.get(event_id, ""), "participant_id": pid,
                                "name": display_name(people.get(pid)) or pid[:8], "counted": moments[0],
                                "others": moments[1:]}
    return sorted(out.values(), key=lambda d: (d["event"], sort_key(d["name"]), d["participant_id"]))
