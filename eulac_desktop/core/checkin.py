"""Check-in at the door and attendance in sessions, from a scanned badge (or a name looked up by hand).

A check-in and an attendance are facts (insert-only). One check-in per person: a second scan says when
and at which desk the first happened and records nothing. `scan()` returns only after the fact is
committed (synchronous=FULL), so a green result on screen survives a power cut.
"""

from __future__ import annotations

import base64
import time
from datetime import datetime
from typing import Any, NamedTuple

from . import badges, errors, logs, records
from .hlc import Timestamp
from .i18n import N_, _
from .text import display_name, name_sort_key
from .workspace import Changes, Workspace

log = logs.logger(__name__)  # one line per scan at most, at DEBUG: the scan path is measured

CHECKED_IN, ALREADY, REFUSED = "checked_in", "already", "refused"
def _removed(ws: Workspace) -> set[str]:
    """Records deleted for good (not merged): their facts no longer count."""
    return {r[0] for r in ws.conn.execute("SELECT id FROM participants WHERE deleted = 1 AND merged_into IS NULL")}
DOUBLE_SCAN_SECONDS = 3.0


class ScanResult:
    """What a scan did: `status` is checked_in, already or refused (with `reason`, a REFUSALS key); `at` is when
    the (first) check-in happened, UTC. (This module's classes are not dataclasses: `dataclasses`, with `inspect`,
    is a tenth of a scan's start.)"""

    status: str
    reason: str | None
    participant_id: str | None
    name: str
    country: str
    role: str
    language: str
    at: datetime | None
    desk: str
    changes: Changes | None
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value
    _FIELDS = ("status", "reason", "participant_id", "name", "country", "role", "language", "at", "desk", "changes")

    def __init__(self, status: str, reason: str | None = None, participant_id: str | None = None, name: str = "",
                 country: str = "", role: str = "", language: str = "", at: datetime | None = None, desk: str = "",
                 changes: Changes | None = None):
        self.status, self.reason, self.participant_id = status, reason, participant_id
        self.name, self.country, self.role, self.language = name, country, role, language
        self.at, self.desk, self.changes = at, desk, changes

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._FIELDS)

    def __repr__(self) -> str:
        return f"ScanResult({', '.join(f'{name}={getattr(self, name)!r}' for name in self._FIELDS)})"

    def reason_text(self) -> str:
        """Why it was refused, translated ("" if not refused)."""
        return _(badges.REFUSALS.get(self.reason or "", self.reason or "")) if self.reason else ""

    def as_dict(self) -> dict[str, Any]:
        """The command line's JSON."""
        return {"status": self.status, "reason": self.reason, "message": self.reason_text(),
                "participant_id": self.participant_id, "name": self.name, "country": self.country,
                "role": self.role, "at": self.at.isoformat() if self.at else None, "desk": self.desk}


def badge_secret(ws: Workspace) -> bytes:
    """The event's badge-signing secret."""
    row = ws.conn.execute("SELECT value FROM meta WHERE key = 'badge_secret'").fetchone()
    if row is None:
        raise errors.CorruptEventFile(path=str(ws.path), detail=N_("the badge secret is missing"))
    return base64.b64decode(row[0])


def badge_code(ws: Workspace, participant_id: str) -> str:
    """The code printed on a participant's badge."""
    row = ws.conn.execute("SELECT badge_number FROM participants WHERE id = ?", (participant_id,)).fetchone()
    if row is None or row[0] is None:
        raise errors.InvalidValue(field=_("Participant"), reason=_("this participant no longer exists"))
    return badges.make_code(badge_secret(ws), ws.event_id, row[0])


def _person_for_number(ws: Workspace, number: int) -> dict[str, Any] | None:
    cur = ws.conn.execute("SELECT id, given_name, family_name, country, role, languages, deleted, erased, merged_into "
                          "FROM participants WHERE event_id = ? AND badge_number = ?", (ws.event_id, number))
    row = cur.fetchone()
    if row is None:
        return None
    person = dict(zip((d[0] for d in cur.description), row))
    if person["merged_into"]:  # the badge of a merged record: the person it was merged into
        from .registration.people import person_of

        kept = records.get(ws, "participants", person_of(ws)(person["id"]), include_deleted=True)
        if kept is not None:
            person = {k: kept[k] for k in person}
    return person


class BadgeOwner(NamedTuple):
    """Whose badge a scanned code is: the person's id and name, or why the badge is refused (a REFUSALS key)."""

    participant_id: str | None
    name: str = ""
    refusal: str | None = None

    def reason_text(self) -> str:
        """Why the badge is refused, translated ("" if it is not)."""
        return _(badges.REFUSALS[self.refusal]) if self.refusal else ""


def owner_of_badge(ws: Workspace, scanned: str) -> BadgeOwner:
    """The person of a scanned badge (after merges), without checking anyone in; or why it is refused."""
    reading = badges.read_code(badge_secret(ws), ws.event_id, scanned)
    if not reading.ok:
        return BadgeOwner(None, refusal=reading.refusal)
    person = _person_for_number(ws, reading.number)  # type: ignore[arg-type]
    if person is None:
        return BadgeOwner(None, refusal="unknown")
    for state in ("erased", "deleted"):
        if person[state]:
            return BadgeOwner(person["id"], refusal=state)
    return BadgeOwner(person["id"], display_name(person))


def identify(ws: Workspace, scanned: str) -> dict[str, Any] | None:
    """The participant of a scanned badge (after merges), without checking anyone in; None when the text is
    not a valid badge of this event or its person was deleted."""
    reading = badges.read_code(badge_secret(ws), ws.event_id, scanned)
    if not reading.ok:
        return None
    person = _person_for_number(ws, reading.number)  # type: ignore[arg-type]
    return person if person and not person["erased"] and not person["deleted"] else None


def scan(ws: Workspace, scanned: str, desk: str = "", session_id: str | None = None) -> ScanResult:
    """Check a person in (or record their attendance in `session_id`) from a scanned badge code."""
    owner = owner_of_badge(ws, scanned)
    if owner.refusal:
        log.debug("Scan refused: %s", owner.refusal)  # the reason only, never the code scanned
        return ScanResult(REFUSED, owner.refusal, owner.participant_id)
    return check_in(ws, owner.participant_id, desk, session_id)  # type: ignore[arg-type]


def check_in(ws: Workspace, participant_id: str, desk: str = "", session_id: str | None = None) -> ScanResult:
    """Check in a person found by hand (or by `scan`): one check-in per person, one attendance per session."""
    person = records.get(ws, "participants", participant_id)
    if person is None:
        return ScanResult(REFUSED, "deleted", participant_id)
    result = ScanResult(CHECKED_IN, None, participant_id, display_name(person),
                        person["country"] or "", person["role"] or "", (person["languages"] or "").split(";")[0], desk=desk)
    if session_id is not None and records.get(ws, "sessions", session_id) is None:
        raise errors.InvalidValue(field=_("Session"), reason=_("this session does not exist"))
    table, where = ("attendance", "f.session_id = ?") if session_id else ("checkins", "1 = 1")
    params: tuple[Any, ...] = (participant_id, session_id) if session_id else (participant_id,)
    earlier_sql = (f"{records.SAME_PERSON} SELECT f.created_at, f.desk FROM {table} f WHERE f.participant_id IN same "
                   f"AND {where} AND f.deleted = 0 ORDER BY f.created_at LIMIT 1")  # under this record or one merged into it

    def already(earlier: tuple[str, str | None]) -> ScanResult:
        result.status, result.at, result.desk = ALREADY, Timestamp.parse(earlier[0]).to_datetime(), earlier[1] or ""
        return result

    earlier = ws.conn.execute(earlier_sql, params).fetchone()
    if earlier:
        return already(earlier)
    values = {"participant_id": participant_id, "desk": desk}
    if session_id:
        values["session_id"] = session_id
    with ws.operation("attendance.scan" if session_id else "checkin.scan") as op:
        earlier = ws.conn.execute(earlier_sql, params).fetchone()  # again, inside the write lock: no double check-in
        if earlier is None:
            fact_id = records.insert_fact(op, table, values)
    if earlier:
        return already(earlier)
    result.at = Timestamp.parse(records.get(ws, table, fact_id)["created_at"]).to_datetime()  # type: ignore[index]
    result.changes = op.changes
    return result


class DoubleScanFilter:
    """Ignores the same code scanned again within a few seconds (a badge held in front of the scanner)."""

    def __init__(self, seconds: float = DOUBLE_SCAN_SECONDS):
        self.seconds = seconds
        self._last: dict[str, float] = {}

    def is_repeat(self, scanned: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        code = badges.normalize(scanned)
        repeat = now - self._last.get(code, -1e9) < self.seconds
        self._last = {c: t for c, t in self._last.items() if now - t < self.seconds}
        self._last[code] = now
        return repeat


# -- sessions ------------------------------------------------------------------------------------


def add_session(ws: Workspace, name: str, room: str = "", starts_at: str | None = None,
                ends_at: str | None = None) -> Changes:
    """Add a session (a room and a time in the event's time zone: "2026-12-03T10:00"; a time with an offset
    is converted to it)."""
    name = " ".join(name.split())
    if not name:
        raise errors.InvalidValue(field=_("Session"), reason=_("a session needs a name"))
    from .event import get_event, wall_minutes

    info = get_event(ws)
    times = {}
    for key, value in (("starts_at", starts_at), ("ends_at", ends_at)):
        if value:
            try:
                times[key] = wall_minutes(info, value)  # stored as the event's local wall time
            except ValueError:
                raise errors.InvalidValue(field=_("Session"), reason=_("“{value}” is not a time like 2026-12-03T10:00").format(
                    value=value)) from None
    if times.get("starts_at") and times.get("ends_at") and times["ends_at"] <= times["starts_at"]:
        raise errors.InvalidValue(field=_("Session"), reason=_("a session must end after it starts"))
    with ws.operation("sessions.add") as op:
        records.insert_entity(op, "sessions", {"name": name, "room": room.strip(), **times})
    return op.changes


def sessions(ws: Workspace) -> list[dict[str, Any]]:
    """The event's sessions by start time, each with its attendance count (people, merges followed)."""
    from .registration.people import person_of

    person, removed = person_of(ws), _removed(ws)
    present: dict[str, set[str]] = {}
    for session_id, pid in ws.conn.execute("SELECT session_id, participant_id FROM attendance WHERE deleted = 0"):
        who = person(pid)
        if who not in removed:
            present.setdefault(session_id, set()).add(who)
    cur = ws.conn.execute("SELECT id, name, room, starts_at, ends_at FROM sessions WHERE event_id = ? AND deleted = 0 "
                          "ORDER BY starts_at, name", (ws.event_id,))
    return [{**dict(zip(("id", "name", "room", "starts_at", "ends_at"), row)), "attendance": len(present.get(row[0], ()))}
            for row in cur]


def attendance(ws: Workspace, session_id: str) -> list[dict[str, Any]]:
    """Who attended a session (first scan each), by family name (people whose data was erased last, `erased`); a
    session the event lacks is refused."""
    from .registration.people import participant_rows, person_of

    if records.get(ws, "sessions", session_id) is None:
        raise errors.InvalidValue(field=N_("Session"), reason=N_("this session does not exist"))
    person = person_of(ws)
    first: dict[str, str] = {}
    for pid, at in ws.conn.execute("SELECT participant_id, created_at FROM attendance WHERE session_id = ? AND deleted = 0 "
                                   "ORDER BY created_at", (session_id,)):
        first.setdefault(person(pid), at)
    rows = participant_rows(ws, first, ("given_name", "family_name", "organisation", "country", "role", "deleted",
                                        "erased"))
    people = [rows[pid] for pid in first if pid in rows and not rows[pid]["deleted"]]
    people.sort(key=lambda p: (p["erased"], name_sort_key(p["family_name"], p["given_name"])))
    return [{"participant_id": p["id"], "given_name": p["given_name"], "family_name": p["family_name"],
             "organisation": p["organisation"], "country": p["country"], "role": p["role"], "erased": p["erased"],
             "at": Timestamp.parse(first[p["id"]]).to_datetime().isoformat()} for p in people]


# -- counters ------------------------------------------------------------------------------------


def stats(ws: Workspace, event_id: str | None = None) -> dict[str, Any]:
    """The one attendance breakdown: who is registered and who checked in, overall and by region, country and
    role, for the focused event (or `event_id`, one event of a master): `{"registered", "checked_in", "by_region",
    "by_country", "by_role"}`, each group `{value: {"registered", "checked_in"}}` (a missing region is "other", a
    missing country or role ""). Every count of attendance (the desk, the projector, the kiosk, the master
    dashboard, the anonymised bundle, the outcome report) comes from here.

    Registered: a record neither deleted nor merged into another, whose data was not erased (`REGISTERED`).
    Checked in: a registered person with a check-in that was not taken back, a check-in recorded under a
    record since merged into theirs included."""
    rows = counted_people(ws, ("region", "country", "role"), event_id)
    out: dict[str, Any] = {"registered": len(rows), "checked_in": sum(1 for r in rows if r[3]),
                           "by_region": {}, "by_country": {}, "by_role": {}}
    for region, country, role, arrived in rows:
        for key, value in (("by_region", region or "other"), ("by_country", country or ""), ("by_role", role or "")):
            bucket = out[key].setdefault(value, {"registered": 0, "checked_in": 0})
            bucket["registered"] += 1
            bucket["checked_in"] += 1 if arrived else 0
    return out


def counted_people(ws: Workspace, columns: tuple[str, ...], event_id: str | None = None) -> list[tuple[Any, ...]]:
    """The people every count counts (`stats`' rule: registered, merges followed, erased people left out), each as
    the values of `columns` (participants' columns) followed by whether they checked in."""
    from .registration.people import REGISTERED

    eid = ws.event_id if event_id is None else event_id
    present = checked_in_ids(ws, eid)
    names = ", ".join(f'"{c}"' for c in columns)
    return [(*row[1:], row[0] in present) for row in ws.conn.execute(
        f"SELECT id, {names} FROM participants WHERE event_id = ? AND {REGISTERED} AND merged_into IS NULL", (eid,))]


def checked_in_ids(ws: Workspace, event_id: str | None = None) -> set[str]:
    """Who has checked in at the focused event (or `event_id`): the records with a check-in not taken back,
    merges followed to the person's current record."""
    from .registration.people import person_of

    person = person_of(ws)
    return {person(r[0]) for r in ws.conn.execute("SELECT DISTINCT participant_id FROM checkins WHERE event_id = ? "
                                                  "AND deleted = 0", (ws.event_id if event_id is None else event_id,))}


__all__ = ["ScanResult", "DoubleScanFilter", "scan", "check_in", "badge_code", "badge_secret", "add_session",
           "sessions", "attendance", "stats", "counted_people", "checked_in_ids", "CHECKED_IN", "ALREADY", "REFUSED"]
