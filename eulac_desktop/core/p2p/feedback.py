"""Feedback on P2P rounds: each person rates each round 1–5 (a badge scan and a key, or typed from paper),
stored as facts with the table and topic they sat at, and summarised per round, table and topic. One rating
per person and round counts: the earliest (a second one is refused here; after a merge the earliest wins)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .. import errors, records
from ..checkin import identify
from ..i18n import N_
from ..workspace import Changes, Workspace
from .event_plan import latest_plan


class RatingRefused(errors.InvalidValue):
    """A rating that cannot be given; `why` says which rule refused, for a kiosk to show it in the person's
    words: "plan" (none yet), "round" (no such round), "badge" (not valid here), "no_seat", "already" (rated)."""

    def __init__(self, why: str, **params: Any):
        super().__init__(**params)
        self.why = why


def may_rate(ws: Workspace, round_number: int, *, badge: str | None = None, participant_id: str | None = None
             ) -> dict[str, Any]:
    """The person of a scanned `badge` (or `participant_id`) if they may rate round `round_number` now: a
    plan with that round, a seat in it, no rating yet. Otherwise refused, saying why (a kiosk asks this at
    the scan, before the rating; `add_feedback` again when it is given)."""
    return _may_rate(ws, round_number, badge, participant_id)[2]


def _may_rate(ws: Workspace, round_number: int, badge: str | None, participant_id: str | None,
              plan: dict[str, Any] | None = None) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The plan (the latest unless given), the person's table in the round and the person, if they may rate it."""
    plan = latest_plan(ws) if plan is None else plan
    if plan is None:
        raise RatingRefused("plan", field=N_("P2P"), reason=N_("plan the rounds first (eulac p2p plan)"))
    if not 1 <= round_number <= len(plan["rounds"]):
        raise RatingRefused("round", field=N_("Round"), reason=N_("the plan has rounds 1 to {n}"), n=len(plan["rounds"]))
    person = identify(ws, badge) if badge is not None else records.get(ws, "participants", participant_id or "")
    if person is None and badge is not None:
        raise RatingRefused("badge", field=N_("Badge"), reason=N_("this badge is not valid for this event"))
    tables = plan["rounds"][round_number - 1]["tables"]
    table = next((seat for seat in tables if person and person["id"] in seat["participant_ids"]), None)
    if person is None or table is None:
        raise RatingRefused("no_seat", field=N_("Participant"), reason=N_("this person had no seat in round {n}"),
                            n=round_number)
    if ws.conn.execute("SELECT 1 FROM p2p_feedback WHERE plan_id = ? AND round = ? AND participant_id = ? AND deleted = 0",
                       (plan["id"], round_number, person["id"])).fetchone():
        raise RatingRefused("already", field=N_("Rating"), reason=N_("this person already rated round {n}"),
                            n=round_number)
    return plan, table, person


def add_feedback(ws: Workspace, round_number: int, rating: int, *, badge: str | None = None,
                 participant_id: str | None = None) -> Changes:
    """Record a person's rating (1–5) of a round of the latest plan."""
    _check_rating(rating)
    plan, table, person = _may_rate(ws, round_number, badge, participant_id)
    with ws.operation("p2p.feedback") as op:
        _record(op, plan, table, person, round_number, rating)
    return op.changes


def add_feedbacks(ws: Workspace, ratings: Iterable[tuple[int, str, int]]) -> Changes:
    """Record several people's ratings of rounds of the latest plan, (round, participant id, rating 1–5) each, in
    one operation: each checked as `add_feedback` checks it, the plan read once (a plan of thousands of people
    is megabytes of JSON). Nothing is recorded if one is refused."""
    plan = latest_plan(ws)
    with ws.operation("p2p.feedback") as op:
        for round_number, participant_id, rating in ratings:
            _check_rating(rating)
            plan, table, person = _may_rate(ws, round_number, None, participant_id, plan)
            _record(op, plan, table, person, round_number, rating)
    return op.changes


def _check_rating(rating: object) -> None:
    """Refuse a rating that is not a whole number from 1 to 5."""
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
        raise errors.InvalidValue(field=N_("Rating"), reason=N_("give a whole number from 1 to 5"))


def _record(op: Any, plan: dict[str, Any], table: dict[str, Any], person: dict[str, Any], round_number: int,
            rating: int) -> None:
    """Insert one person's rating of their table in a round of `plan`."""
    records.insert_fact(op, "p2p_feedback", {"plan_id": plan["id"], "round": round_number,
                                             "participant_id": person["id"], "table_number": table["table"],
                                             "topic": table["topic"], "rating": rating})


def feedback_summary(ws: Workspace) -> dict[str, Any]:
    """Ratings of the latest plan: count and mean per round, per table of each round, and per topic."""
    plan = latest_plan(ws)
    if plan is None:
        return {"ratings": 0, "rounds": [], "topics": []}
    rows = ws.conn.execute(
        "SELECT round, participant_id, table_number, topic, rating FROM p2p_feedback f WHERE plan_id = ? AND deleted = 0 "
        "AND NOT EXISTS (SELECT 1 FROM p2p_feedback e WHERE e.plan_id = f.plan_id AND e.round = f.round AND "
        "e.participant_id = f.participant_id AND e.deleted = 0 AND (e.created_at < f.created_at OR "
        "(e.created_at = f.created_at AND e.id < f.id))) ORDER BY round, table_number", (plan["id"],)).fetchall()

    def stats(values: list[int]) -> dict[str, Any]:
        return {"ratings": len(values), "mean": round(sum(values) / len(values), 2) if values else None}

    rounds = []
    for r in range(1, len(plan["rounds"]) + 1):
        mine = [row for row in rows if row[0] == r]
        tables = sorted({row[2] for row in mine})
        rounds.append({"round": r, **stats([row[4] for row in mine]), "tables": [
            {"table": number, "topic": next(row[3] for row in mine if row[2] == number),
             **stats([row[4] for row in mine if row[2] == number])} for number in tables]})
    topics = [{"topic": k, **stats([row[4] for row in rows if row[3] == k])} for k in sorted({row[3] for row in rows})]
    return {"ratings": len(rows), "rounds": rounds, "topics": topics}
