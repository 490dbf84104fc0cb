"""Joint action plans and the roadmap: what the region-to-region meetings leave the room with.

A plan has a title, the problem it answers, a lead and partners (participants, by id), the EU–LAC pairing they form,
milestones with dates, a funding source and a status (planned, started, done). It is made from a poll's option
(the top one, usually), an idea or a cluster, or from nothing; it is an entity merged field group by field group
(`schema.FIELD_STAMPS`: what it is about, who, when, its status), so that laptops editing different parts agree.

Bad input never loses a plan: a milestone dated before the plan's start (its own start date, else the event's)
and a partner whose data was erased or who was removed are kept and flagged (`problems`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from . import errors, records
from .i18n import N_, Msg, _
from .workspace import Changes, Workspace

STATUSES = ("planned", "started", "done")
STATUS_LABELS: dict[str, Msg] = {"planned": N_("Planned"), "started": N_("Started"), "done": N_("Done")}
PROBLEMS: dict[str, Msg] = {
    "milestone_before_start": N_("a milestone is dated before the plan starts"),
    "erased_partner": N_("a partner's data was erased"),
    "removed_partner": N_("a partner was removed from the event"),
}
PAIRING_LABELS: dict[str, Msg] = {"EU-LAC": N_("EU–LAC"), "EU": N_("EU only"), "LAC": N_("LAC only"),
                                  "other": N_("Other regions"), "": N_("No partners yet")}
MAX_TITLE, MAX_TEXT = 200, 2000


def _day(value: Any, field: Msg) -> str:
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise errors.InvalidValue(field=_(field), reason=_("“{value}” is not a date like 2026-12-03.").format(
            value=value)) from None


def parse_milestone(text: str) -> dict[str, str]:
    """A milestone from the command line's `YYYY-MM-DD:TEXT`."""
    day, sep, what = text.partition(":")
    if not sep or not what.strip():
        raise errors.InvalidValue(field=_("Milestone"), reason=_("write it as YYYY-MM-DD:TEXT"))
    return {"date": _day(day, N_("Milestone")), "text": _line(what)}


def _line(value: Any) -> str:
    """Text typed on one line, as stored: NFC, control characters removed, runs of spaces made one."""
    from .ideas.capture import clean_text

    return " ".join(clean_text(str(value or "")).split())


_TEXT_FIELDS: dict[str, Msg] = {"problem": N_("Problem"), "funding": N_("Funding"), "source": N_("Source")}


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise a plan's fields as given (only those)."""
    from .ideas.capture import clean_text

    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "title":
            title = _line(value)
            if not title:
                raise errors.InvalidValue(field=_("Title"), reason=_("an action plan needs a title"))
            if len(title) > MAX_TITLE:
                raise errors.InvalidValue(field=_("Title"), reason=_("at most {n} characters.").format(n=MAX_TITLE))
            out[key] = title
        elif key in _TEXT_FIELDS:
            text = clean_text(str(value or ""))
            if len(text) > MAX_TEXT:
                raise errors.InvalidValue(field=_(_TEXT_FIELDS[key]), reason=_("at most {n} characters.").format(n=MAX_TEXT))
            out[key] = text
        elif key == "status":
            if value not in STATUSES:
                raise errors.InvalidValue(field=_("Status"), reason=_("choose planned, started or done"))
            out[key] = value
        elif key == "start_date":
            out[key] = _day(value, N_("Start date")) if value else None
        elif key == "lead_id":
            out[key] = value or None
        elif key == "partners":
            out[key] = json.dumps(list(dict.fromkeys(p for p in value or [] if p)))
        elif key == "milestones":
            items = [m if isinstance(m, dict) else parse_milestone(str(m)) for m in value or []]
            out[key] = json.dumps(sorted(({"date": _day(m.get("date"), N_("Milestone")), "text": _line(m.get("text"))}
                                          for m in items), key=lambda m: (m["date"], m["text"])), ensure_ascii=False)
        else:
            raise ValueError(f"no field {key}")
    return out


def _check_people(ws: Workspace, ids: Iterable[str | None]) -> None:
    known = {r[0] for r in ws.conn.execute("SELECT id FROM participants WHERE event_id = ?", (ws.event_id,))}
    for pid in ids:
        if pid and pid not in known:
            raise errors.InvalidValue(field=_("Partner"), reason=_("nobody in this event has the id {value}").format(
                value=pid))


def add_plan(ws: Workspace, title: str, *, problem: str = "", lead_id: str | None = None,
             partners: Sequence[str] = (), milestones: Sequence[dict[str, str] | str] = (), funding: str = "",
             status: str = "planned", start_date: str | None = None, source: str = "") -> Changes:
    """Make an action plan (one undoable operation); its id is `changes.inserted["action_plans"][0]`."""
    values = _clean({"title": title, "problem": problem, "lead_id": lead_id, "partners": partners,
                     "milestones": milestones, "funding": funding, "status": status, "start_date": start_date,
                     "source": source})
    _check_people(ws, [lead_id, *partners])
    with ws.operation("actions.add") as op:
        records.insert_entity(op, "action_plans", values)
    return op.changes


def update_plan(ws: Workspace, plan_id: str, **changes: Any) -> Changes:
    """Edit fields of a plan (title, problem, lead_id, partners, milestones, funding, status, start_date); the
    changes hold the previous values, which undo gives back to this same function (JSON fields as stored)."""
    if records.get(ws, "action_plans", plan_id) is None:
        raise errors.InvalidValue(field=_("Action plan"), reason=_("this action plan no longer exists"))
    raw = {k: json.loads(v) if k in ("partners", "milestones") and isinstance(v, str) else v for k, v in changes.items()}
    values = _clean(raw)
    _check_people(ws, [values.get("lead_id"), *json.loads(values.get("partners") or "[]")])
    with ws.operation("actions.edit") as op:
        records.update_entity(op, "action_plans", plan_id, values)
    return op.changes


def find_plan(ws: Workspace, plan_id: str) -> tuple[str, str]:
    """`(id, event id)` of the plan whose id is `plan_id` or starts with it: in an event file, one of its event's; in
    a coordinator's master, one of any event's. Refused when none or several match."""
    matches = ws.conn.execute("SELECT id, event_id FROM action_plans WHERE deleted = 0 AND substr(id, 1, ?) = ?",
                              (len(plan_id), plan_id)).fetchall() if plan_id.strip() else []
    if not ws.is_master:
        matches = [m for m in matches if m[1] == ws.event_id]
    if len(matches) != 1:
        raise errors.InvalidValue(field=_("Action plan"), reason=_("the file holds no action plan {id}").format(
            id=plan_id))
    return matches[0][0], matches[0][1]


def set_status(ws: Workspace, plan_id: str, status: str) -> Changes:
    """Move a plan (`find_plan`) to `status` (planned, started, done), in an event file or in a coordinator's master,
    where the plans of every event are (the roadmap across events): a later event's news updates an earlier event's
    plan, and the newer status wins when the plan's older versions arrive in bundles (status is a field group of
    its own)."""
    found, event_id = find_plan(ws, plan_id)
    focus = ws.focused
    if ws.is_master:
        ws.focus(event_id)
    try:
        return update_plan(ws, found, status=status)
    finally:
        ws.focus(focus)


def delete_plan(ws: Workspace, plan_id: str) -> Changes:
    """Delete a plan (a tombstone that travels; undo restores it)."""
    with ws.operation("actions.delete") as op:
        records.soft_delete(op, "action_plans", plan_id)
    return op.changes


def restore_plan(ws: Workspace, plan_id: str) -> Changes:
    """Bring a deleted plan back (undo of a delete)."""
    with ws.operation("actions.restore") as op:
        records.restore(op, "action_plans", plan_id)
    return op.changes


# -- where a plan comes from --------------------------------------------------------------------------------------


def from_option(ws: Workspace, option_id: str) -> dict[str, str]:
    """The title and source of a plan made from a poll's option (`--from-option`); refused when no poll has it."""
    for (options,) in ws.conn.execute("SELECT options FROM polls WHERE event_id = ? AND deleted = 0", (ws.event_id,)):
        for option in json.loads(options or "[]"):
            if option.get("id") == option_id:
                return {"title": option["text"], "source": f"poll_option:{option_id}"}
    raise errors.InvalidValue(field=_("Poll option"), reason=_("no poll of this event has the option {value}").format(
        value=option_id))


def top_option(ws: Workspace, poll_id: str) -> str | None:
    """The id of a poll's first option in its results (None before any ballot)."""
    from .voting import results

    result = results(ws, poll_id)
    return result["options"][0]["id"] if result["ballots"] and result["options"] else None


def from_idea(ws: Workspace, idea_id: str) -> dict[str, str]:
    """The title and source of a plan made from an idea."""
    row = ws.conn.execute("SELECT text FROM ideas WHERE id = ? AND deleted = 0", (idea_id,)).fetchone()
    if row is None:
        raise errors.InvalidValue(field=_("Idea"), reason=_("this idea no longer exists"))
    return {"title": " ".join(row[0].split())[:MAX_TITLE], "source": f"idea:{idea_id}"}


def from_cluster(ws: Workspace, cluster_id: str) -> dict[str, str]:
    """The title and source of a plan made from a cluster of ideas (its name, else its first idea)."""
    row = ws.conn.execute("SELECT name FROM clusters WHERE id = ? AND deleted = 0", (cluster_id,)).fetchone()
    if row is None:
        raise errors.InvalidValue(field=_("Cluster"), reason=_("this cluster no longer exists"))
    first = ws.conn.execute("SELECT text FROM ideas WHERE cluster_id = ? AND deleted = 0 ORDER BY position, id",
                            (cluster_id,)).fetchone()
    title = row[0] or (first[0] if first else "") or _("Theme")
    return {"title": " ".join(title.split())[:MAX_TITLE], "source": f"cluster:{cluster_id}"}


# -- reading ------------------------------------------------------------------------------------------------------


def pairing(regions: Iterable[str | None]) -> str:
    """The EU–LAC pairing a plan's people form: "EU-LAC" (both), "EU", "LAC", "other" or "" (nobody)."""
    found = {r or "other" for r in regions}
    if {"EU", "LAC"} <= found:
        return "EU-LAC"
    return "EU" if "EU" in found else "LAC" if "LAC" in found else "other" if found else ""


def _stored(text: str | None) -> list[Any]:
    """A stored JSON list (partners, milestones), or [] when it is not one (a crafted bundle's)."""
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _steps(text: str | None) -> list[dict[str, str]]:
    """The stored milestones that are milestones (a date and a text): what a crafted bundle put there otherwise is
    left out, as a partner that is not an id is."""
    out = []
    for m in _stored(text):
        if isinstance(m, dict) and isinstance(m.get("date"), str) and isinstance(m.get("text", ""), str):
            try:
                out.append({"date": date.fromisoformat(m["date"]).isoformat(), "text": str(m.get("text", ""))})
            except ValueError:
                continue
    return out


def plans(ws: Workspace, event_id: str | None = None) -> list[dict[str, Any]]:
    """The plans of the focused event (or `event_id`), by first milestone then title: each `{"id", "title", "problem",
    "lead": {person} | None, "partners": [{person}], "milestones": [{"date", "text"}], "funding", "status",
    "start_date", "source", "pairing", "problems": [codes of PROBLEMS]}`, a person being `{"id", "name", "email",
    "region", "erased", "removed"}`."""
    from .event import get_event
    from .text import display_name, sort_key

    eid = ws.event_id if event_id is None else event_id
    rows = ws.conn.execute("SELECT id, title, problem, lead_id, partners, start_date, milestones, funding, status, "
                           "source FROM action_plans WHERE event_id = ? AND deleted = 0", (eid,)).fetchall()
    ids = {pid for r in rows for pid in [r[3], *_stored(r[4])] if isinstance(pid, str) and pid}
    people: dict[str, dict[str, Any]] = {}
    for pid, given, family, email, region, deleted, erased, merged in ws.conn.execute(
            f"SELECT id, given_name, family_name, email, region, deleted, erased, merged_into FROM participants WHERE id IN "
            f"({', '.join('?' * len(ids))})", list(ids)) if ids else []:
        people[pid] = {"id": pid, "name": display_name({"given_name": given, "family_name": family}), "email": email or "",
                       "region": region or "other", "erased": bool(erased), "removed": bool(deleted) and not merged}
    default_start = get_event(ws).start_date if event_id is None else None
    out = []
    for pid, title, problem, lead, partners, start, milestones, funding, status, source in rows:
        team = [people.get(p, {"id": p, "name": "", "email": "", "region": "other", "erased": False, "removed": True})
                for p in _stored(partners) if isinstance(p, str) and p]
        steps = _steps(milestones)
        begins = start or default_start
        problems = []
        if begins and any(m["date"] < begins for m in steps):
            problems.append("milestone_before_start")
        if any(p["erased"] for p in team):
            problems.append("erased_partner")
        if any(p["removed"] for p in team):
            problems.append("removed_partner")
        leader = people.get(lead) if lead else None
        out.append({"id": pid, "title": title, "problem": problem or "", "lead": leader, "partners": team,
                    "milestones": steps, "funding": funding or "", "status": status if status in STATUSES else "planned",
                    "start_date": start,
                    "source": source or "", "pairing": pairing([p["region"] for p in ([leader] if leader else []) + team]),
                    "problems": problems})
    return sorted(out, key=lambda p: (p["milestones"][0]["date"] if p["milestones"] else "9999", sort_key(p["title"]),
                                      p["id"]))


def plans_of_file(ws: Workspace, event_id: str | None = None) -> list[dict[str, Any]]:
    """The plans a command lists, each `plans` row with its "event_id" and "event" (the event's name): an event
    file's own; in a coordinator's master, those of the event `event_id` (its id or a unique start of it) or, without
    it, those of every event it holds, event by event (by start date, then name)."""
    from .event import get_event
    from .master import events, require_event

    if ws.is_master and event_id is None:
        chosen = [e["id"] for e in events(ws)]
    else:
        require_event(ws, event_id)
        chosen = [ws.event_id]
    before = ws.focused
    out: list[dict[str, Any]] = []
    try:
        for eid in chosen:
            if ws.is_master:
                ws.focus(eid)
            name = get_event(ws).name
            out += [{**plan, "event_id": eid, "event": name} for plan in plans(ws)]
    finally:
        ws.focus(before)
    return out


def problem_texts(plan: dict[str, Any]) -> list[str]:
    """What is flagged on a plan, translated."""
    return [_(PROBLEMS[p]) for p in plan["problems"]]


def person_key(person: dict[str, Any] | None) -> str:
    """How a plan's person is named for programs: their e-mail, else their id ("" for nobody)."""
    return "" if person is None else person["email"] or person["id"]


def export_xlsx(ws: Workspace, out: str | os.PathLike[str]) -> int:
    """Write the plans (a sheet) and their milestones (another) as an XLSX workbook (text a spreadsheet would run as
    a formula neutralised); returns how many plans."""
    from .spreadsheet import write_tables

    found = plans(ws)
    head = ["id", "title", "problem", "lead", "partners", "pairing", "funding", "status", "start_date", "source",
            "flagged"]
    rows: list[list[Any]] = [head]
    steps: list[list[Any]] = [["plan_id", "title", "date", "milestone"]]
    for p in found:
        rows.append([p["id"], p["title"], p["problem"], person_key(p["lead"]),
                     "; ".join(person_key(x) for x in p["partners"]), p["pairing"], p["funding"], p["status"],
                     p["start_date"] or "", p["source"], "; ".join(problem_texts(p))])
        steps += [[p["id"], p["title"], m["date"], m["text"]] for m in p["milestones"]]
    write_tables(out, {_("Action plans"): rows, _("Milestones"): steps})
    return len(found)
