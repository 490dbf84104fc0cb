"""Challenges: a "How might we…?" question per session, with a description, an optional time box and a state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from .. import errors, records
from ..i18n import N_
from ..workspace import Changes, Workspace

STATES = ("open", "closed")
_EDITABLE = ("question", "description", "time_box", "state", "session_id")


def _clean_text(text: str) -> str:
    from .capture import clean_text  # (capture imports this module)

    return clean_text(text)  # NFC, no control character: an idea's rules


def _clean_question(question: str) -> str:
    text = " ".join(_clean_text(question).split())  # and one line
    if not text:
        raise errors.InvalidValue(field=N_("Challenge"), reason=N_("a challenge needs a question"))
    return text


def _check_time_box(minutes: Any) -> int | None:
    if minutes in (None, "", 0):
        return None
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 < minutes <= 24 * 60:
        raise errors.InvalidValue(field=N_("Time box"), reason=N_("give a number of minutes between 1 and 1440"))
    return minutes


def _check_session(ws: Workspace, session_id: str | None) -> str | None:
    if session_id and records.get(ws, "sessions", session_id) is None:
        raise errors.InvalidValue(field=N_("Session"), reason=N_("this session does not exist"))
    return session_id or None


def add_challenge(ws: Workspace, question: str, description: str = "", *, session_id: str | None = None,
                  time_box: int | None = None) -> Changes:
    """A new open challenge, after the others; `time_box` in minutes (the projector counts it down)."""
    values = {"question": _clean_question(question), "description": _clean_text(description),
              "time_box": _check_time_box(time_box), "session_id": _check_session(ws, session_id), "state": "open"}
    with ws.operation("challenges.add") as op:
        last = ws.conn.execute("SELECT max(position) FROM challenges WHERE event_id = ?", (ws.event_id,)).fetchone()[0]
        records.insert_entity(op, "challenges", {**values, "position": (last or 0) + 1})
    return op.changes


def update_challenge(ws: Workspace, challenge_id: str, **fields: Any) -> Changes:
    """Change a challenge's question, description, time box (minutes), state (open/closed) or session."""
    get_challenge(ws, challenge_id)
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise ValueError(f"challenges cannot change {sorted(unknown)}")
    if "question" in fields:
        fields["question"] = _clean_question(fields["question"])
    if "description" in fields:
        fields["description"] = _clean_text(fields["description"] or "")
    if "time_box" in fields:
        fields["time_box"] = _check_time_box(fields["time_box"])
    if "session_id" in fields:
        fields["session_id"] = _check_session(ws, fields["session_id"])
    if "state" in fields and fields["state"] not in STATES:
        raise ValueError(fields["state"])
    with ws.operation("challenges.update") as op:
        records.update_entity(op, "challenges", challenge_id, fields)
    return op.changes


def start_timer(ws: Workspace, challenge_id: str, now: datetime | None = None) -> Changes:
    """Start the challenge's countdown (its time box) from `now`; it ends at a wall-clock time."""
    challenge = get_challenge(ws, challenge_id)
    if not challenge["time_box"]:
        raise errors.InvalidValue(field=N_("Time box"), reason=N_("set the challenge's time box first"))
    ends = (now or datetime.now(UTC)) + timedelta(minutes=challenge["time_box"])
    with ws.operation("challenges.timer") as op:
        records.update_entity(op, "challenges", challenge_id, {"timer_ends_at": ends.isoformat(timespec="seconds")})
    return op.changes


def stop_timer(ws: Workspace, challenge_id: str) -> Changes:
    """Stop the countdown."""
    get_challenge(ws, challenge_id)
    with ws.operation("challenges.timer") as op:
        records.update_entity(op, "challenges", challenge_id, {"timer_ends_at": None})
    return op.changes


def get_challenge(ws: Workspace, challenge_id: str) -> dict[str, Any]:
    """One challenge; refused when it does not exist (or was deleted)."""
    row = records.get(ws, "challenges", challenge_id)
    if row is None:
        raise errors.InvalidValue(field=N_("Challenge"), reason=N_("this challenge does not exist"))
    return row


def challenges(ws: Workspace) -> list[dict[str, Any]]:
    """The event's challenges in order, each with `ideas` (how many live ideas) and `clusters`."""
    cur = ws.conn.execute(
        "SELECT c.*, (SELECT count(*) FROM ideas i WHERE i.challenge_id = c.id AND i.deleted = 0) AS ideas, "
        "(SELECT count(*) FROM clusters k WHERE k.challenge_id = c.id AND k.deleted = 0) AS clusters "
        "FROM challenges c WHERE c.event_id = ? AND c.deleted = 0 ORDER BY c.position, c.id", (ws.event_id,))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def seconds_left(challenge: dict[str, Any], now: datetime | None = None) -> int | None:
    """Seconds until the countdown ends (0 once it has), or None when no countdown runs."""
    if not challenge.get("timer_ends_at"):
        return None
    ends = datetime.fromisoformat(challenge["timer_ends_at"])
    left = (ends - (now or datetime.now(UTC))).total_seconds()
    return max(0, int(left + 0.999))
