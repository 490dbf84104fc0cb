"""The event itself: create an event file, read and edit its facts (name, dates, venue, languages…)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from . import errors, i18n, records
from .i18n import LANGUAGES, N_, _
from .text import printable
from .workspace import Changes, Workspace, lock_path

MAX_NAME = 200
MAX_TEXT = 2000


@dataclass(frozen=True)
class EventInfo:
    """The event's facts as the pages and the command line show them."""

    id: str
    name: str
    start_date: str | None
    end_date: str | None
    venue: str
    timezone: str
    languages: list[str]
    welcome_text: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def default_timezone() -> str:
    """The computer's time zone (IANA name), or UTC when it cannot be told."""
    try:
        from babel.localtime import get_localzone

        name = str(getattr(get_localzone(), "key", "") or get_localzone())
    except Exception:  # no zone information on this system
        return "UTC"
    return name if _is_timezone(name) else "UTC"


def utc_now() -> datetime:
    """The computer's clock, in UTC (tests replace it to fix the moment)."""
    return datetime.now(UTC)


def event_now(info: EventInfo, now: datetime | None = None) -> datetime:
    """Now (or `now`) on the clocks of the event's time zone."""
    return (now or utc_now()).astimezone(ZoneInfo(info.timezone))


def default_day(info: EventInfo, now: datetime | None = None) -> date:
    """The day a new time defaults to: today (in the event's time zone) while the event runs or when it has no
    dates, else its first day."""
    today = event_now(info, now).date()
    if not info.start_date:
        return today
    first = date.fromisoformat(info.start_date)
    last = date.fromisoformat(info.end_date) if info.end_date else first
    return today if first <= today <= last else first


def wall_minutes(info: EventInfo, value: str) -> str:
    """A date and time as the event's wall time, "2026-12-03T10:00": a time with an offset ("…+05:00", "…Z") is
    converted to the event's time zone, seconds are dropped. ValueError when it is no ISO date and time."""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(ZoneInfo(info.timezone)).replace(tzinfo=None)
    return moment.isoformat(timespec="minutes")


def default_start(info: EventInfo, now: datetime | None = None, hour: int = 9) -> datetime:
    """The wall time (in the event's time zone, without a zone) a new session or round defaults to: on the
    event's day, the next quarter hour when that day is today (from `hour` on), else `hour` o'clock."""
    moment = event_now(info, now)
    day = default_day(info, now)
    start = datetime.combine(day, time(hour))
    if day == moment.date():
        wall = moment.replace(tzinfo=None, second=0, microsecond=0)
        wall += timedelta(minutes=-wall.minute % 15)
        start = max(start, wall)
    return start


def create_event_file(path: str | os.PathLike[str], *, name: str, start_date: str | None = None,
                      end_date: str | None = None, venue: str = "", languages: list[str] | None = None,
                      timezone: str | None = None, welcome_text: str = "", **open_kwargs: Any) -> Workspace:
    """Make a new event file holding one event; returns it open for writing."""
    values = _validated({
        "name": name, "start_date": start_date, "end_date": end_date or start_date, "venue": venue,
        "languages": languages or ["en"], "timezone": timezone or default_timezone(), "welcome_text": welcome_text,
    })
    path = Path(path)
    ws = Workspace.create(path, **open_kwargs)
    try:
        from .ids import uuid7

        event_id = uuid7()
        with ws.operation("event.create") as op:
            ws.conn.execute("INSERT INTO meta (key, value) VALUES ('event_id', ?)", (event_id,))
            stamp = op.tick()
            row = {"id": event_id, "event_id": event_id, "origin": ws.device.id, "created_at": stamp,
                   "updated_at": stamp, "deleted": 0, **values}
            ws.db["events"].insert(row)  # type: ignore[union-attr]
            op.record("inserted", "events", event_id)
    except BaseException:
        discard_new_event_file(ws)
        raise
    return ws


def discard_new_event_file(ws: Workspace) -> None:
    """Close and delete an event file this command has just made and could not finish (a full disk while it was
    filled): no half-made file is left under the name the person chose, nor its log or lock."""
    ws.close()
    for leftover in (ws.path, Path(f"{ws.path}-wal"), Path(f"{ws.path}-shm"), lock_path(ws.path)):
        leftover.unlink(missing_ok=True)


def get_event(ws: Workspace) -> EventInfo:
    """The event of this file."""
    row = records.get(ws, "events", ws.event_id)
    if row is None:
        if ws.is_master and ws.focused is None:  # no event chosen in a master (`Workspace.focus`)
            raise errors.MasterNotEvent(path=str(ws.path))
        raise errors.CorruptEventFile(path=str(ws.path), detail=N_("the event record is missing"))
    return EventInfo(
        id=row["id"], name=row["name"], start_date=row["start_date"], end_date=row["end_date"],
        venue=row["venue"] or "", timezone=row["timezone"], languages=json.loads(row["languages"]),
        welcome_text=row["welcome_text"] or "",
    )


def last_change_at(ws: Workspace) -> datetime | None:
    """When the event file last changed, in the event's time zone (None if never).

    The audit's rows are written once, stamped alike as made and as updated (`Workspace._write_audit`): the latest is
    found through the index of updated_at, without reading the whole log (~2 ms of the window's start, 6,000 rows)."""
    row = ws.conn.execute("SELECT max(updated_at) FROM audit").fetchone()
    if not row or not row[0]:
        return None
    from .hlc import Timestamp

    return Timestamp.parse(row[0]).to_datetime().astimezone(ZoneInfo(get_event(ws).timezone))


def last_change(ws: Workspace) -> str:
    """`last_change_at` formatted for the current language ("" if never)."""
    moment = last_change_at(ws)
    return i18n.format_datetime(moment, get_event(ws).timezone) if moment else ""


def update_event(ws: Workspace, **changes: Any) -> Changes:
    """Edit the event's facts (any of name, start_date, end_date, venue, languages, timezone, welcome_text).

    Validates the result as a whole (e.g. the end is not before the start); returns the changes with
    the previous values, which undo gives back to this same function.
    """
    current = get_event(ws).as_dict()
    unknown = set(changes) - set(current) - {"id"}
    if unknown or "id" in changes:
        raise ValueError(f"cannot change {sorted(unknown | ({'id'} & set(changes)))}")
    merged = {k: current[k] for k in current if k != "id"} | changes
    values = _validated(merged)
    with ws.operation("event.update") as op:
        previous = records.update_entity(op, "events", ws.event_id, {k: values[k] for k in changes})
        if "languages" in previous:  # give undo the same shape callers pass in
            op.changes.previous["events"][ws.event_id]["languages"] = json.loads(str(previous["languages"]))
    return op.changes


def _validated(values: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise event fields; raise InvalidValue naming the field and the reason."""
    out = dict(values)
    name = " ".join(printable(values.get("name") or "").split())  # one line, no control or bidi characters
    if not name:
        raise errors.InvalidValue(field=_("Name"), reason=_("an event needs a name."))
    if len(name) > MAX_NAME:
        raise errors.InvalidValue(field=_("Name"), reason=_("at most {n} characters.").format(n=MAX_NAME))
    out["name"] = name
    for key, label in (("start_date", N_("Start date")), ("end_date", N_("End date"))):
        if values.get(key):
            try:
                out[key] = date.fromisoformat(str(values[key])).isoformat()
            except ValueError:
                raise errors.InvalidValue(field=_(label), reason=_("“{value}” is not a date like 2026-12-03.").format(value=values[key])) from None
        else:
            out[key] = None
    if out["start_date"] and out["end_date"] and out["end_date"] < out["start_date"]:
        raise errors.InvalidValue(field=_("End date"), reason=_("the event cannot end before it starts."))
    if not _is_timezone(values.get("timezone") or ""):
        raise errors.InvalidValue(field=_("Time zone"), reason=_("“{value}” is not a time zone such as America/Bogota.").format(value=values.get("timezone")))
    langs = [str(code).strip().lower() for code in values.get("languages") or [] if str(code).strip()]
    bad = [code for code in langs if code not in LANGUAGES]
    if bad or not langs:
        raise errors.InvalidValue(field=_("Languages"), reason=_("choose among {known}.").format(known=", ".join(LANGUAGES)))
    out["languages"] = json.dumps(list(dict.fromkeys(langs)))
    for key, label in (("venue", N_("Venue")), ("welcome_text", N_("Welcome text"))):
        text = printable(values.get(key) or "").strip()
        if key == "venue":
            text = " ".join(text.split())
        if len(text) > MAX_TEXT:
            raise errors.InvalidValue(field=_(label), reason=_("at most {n} characters.").format(n=MAX_TEXT))
        out[key] = text
    return out


def _is_timezone(name: str) -> bool:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not name or "\x00" in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
