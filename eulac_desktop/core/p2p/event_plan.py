"""Planning an event's P2P rounds: its people (everyone, or those checked in) and the plan as the command
line prints it (participants by e-mail, so that any script can check the rules)."""

from __future__ import annotations

from typing import Any, Callable

from ..checkin import checked_in_ids
from ..workspace import Workspace
from .planner import Person, Plan, plan_rounds


def people_of(ws: Workspace, present_only: bool = False) -> list[Person]:
    """The event's participants as the planner sees them (merged and erased records left out)."""
    present = checked_in_ids(ws) if present_only else None
    rows = ws.conn.execute(
        "SELECT id, coalesce(email, id), coalesce(region, 'other'), coalesce(country, ''), coalesce(languages, ''), "
        "coalesce(offers, ''), coalesce(seeks, '') FROM participants WHERE event_id = ? AND deleted = 0 "
        "AND merged_into IS NULL AND erased = 0 ORDER BY id", (ws.event_id,)).fetchall()

    def codes(text: str) -> list[str]:
        return [c.strip() for c in text.split(";") if c.strip()]

    return [Person(pid, email, region, country, tuple(codes(langs)) or ("en",), frozenset(c.upper() for c in codes(offers)),
                   frozenset(c.upper() for c in codes(seeks)))
            for pid, email, region, country, langs, offers, seeks in rows if present is None or pid in present]


def plan_event(ws: Workspace, rounds: int, *, tables: int | None = None, min_size: int = 4, max_size: int = 6,
               seconds: float = 3.0, present_only: bool = False, keep: bool = False,
               progress: Callable[[int, int], bool] | None = None) -> dict[str, Any]:
    """Plan the rounds; returns `{"score", "seeks_total", "seeks_satisfied", "interpreted", "rounds": [{"tables":
    [{"topic", "language", "participants": [e-mail…], "interpreters": […]}]}], "problems": […]}`."""
    people = people_of(ws, present_only)
    registered = set().union(*(p.offers for p in people_of(ws)))
    previous = latest_plan(ws) if keep else None
    kept_rounds = None
    if previous:
        kept_rounds = [[(seat["table"], seat["topic"], seat["participant_ids"]) for seat in r["tables"]]
                       for r in previous["rounds"]]
    plan: Plan = plan_rounds(people, rounds, tables=tables, min_size=min_size, max_size=max_size, seconds=seconds,
                             registered_offers=registered, keep=kept_rounds, progress=progress)
    email = {p.id: p.email for p in people}
    return {"score": plan.score, "seeks_total": plan.seeks_total, "kept_tables": plan.kept,
            "seeks_satisfied": sum(len(s) for s in plan.satisfied.values()), "interpreted": plan.interpreted,
            "rounds": [{"round": r + 1, "tables": [
                {"table": t.number, "topic": t.topic, "language": t.language,
                 "participants": [email[p] for p in t.members], "participant_ids": list(t.members),
                 "interpreters": [{"interpreter": email[a], "for": email[b]} for a, b in t.interpreters]}
                for t in tables_]} for r, tables_ in enumerate(plan.rounds)],
            "problems": plan.problems}


def save_plan(ws: Workspace, data: dict[str, Any], params: dict[str, Any]) -> str:
    """Keep a plan (the latest is the one agendas and signs print); returns its id."""
    import json

    from .. import records

    with ws.operation("p2p.plan") as op:
        plan_id = records.insert_entity(op, "p2p_plans", {"params": json.dumps(params, sort_keys=True),
                                                          "plan": json.dumps(data, ensure_ascii=False, sort_keys=True)})
    return plan_id


def latest_plan(ws: Workspace) -> dict[str, Any] | None:
    """The latest kept plan, with its `params` and `id`; None when there is none."""
    import json

    row = ws.conn.execute("SELECT id, params, plan FROM p2p_plans WHERE event_id = ? AND deleted = 0 "
                          "ORDER BY created_at DESC LIMIT 1", (ws.event_id,)).fetchone()
    return None if row is None else {**json.loads(row[2]), "params": json.loads(row[1]), "id": row[0]}
