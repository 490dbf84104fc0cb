"""Planning an event's P2P rounds: its people (everyone, or those checked in) and the plan as the command
line prints it (participants by e-mail, so that any script can check the rules)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from .. import errors, logs
from ..checkin import checked_in_ids
from ..i18n import N_
from ..registration.people import people
from ..text import display_name
from ..workspace import Changes, Workspace
from .limits import language_warning_text, language_warnings, rounds_warnings
from .planner import Person, Plan, plan_rounds, review
from .topics import event_topics

log = logs.logger(__name__)


def people_of(ws: Workspace, present_only: bool = False) -> list[Person]:
    """The event's participants as the planner sees them (those who count: merged and erased records left out).
    Once the event has topics, an offer or a seek of a code no topic defines (kept as typed at import, flagged) is
    left out: no table is planned on it until a topic has that code."""
    present = checked_in_ids(ws) if present_only else None
    known = frozenset(event_topics(ws))

    def codes(text: str | None) -> list[str]:
        return [c.strip() for c in (text or "").split(";") if c.strip()]

    def topics(text: str | None) -> frozenset[str]:
        found = frozenset(c.upper() for c in codes(text))
        return found & known if known else found

    return [Person(p["id"], p["email"] or p["id"], p["region"] or "other", p["country"] or "",
                   tuple(codes(p["languages"])) or ("en",), topics(p["offers"]), topics(p["seeks"]))
            for p in people(ws, ("email", "region", "country", "languages", "offers", "seeks"))
            if present is None or p["id"] in present]


def plan_names(ws: Workspace, erased: str | None = None) -> dict[str, str]:
    """How to name each person a saved plan may mention, by id and by e-mail (a plan names people by e-mail, or
    by id when they have none): their display name (`text.display_name`), else their e-mail, else their id; an
    erased person is named `erased` when it is given. Deleted and merged records are included (a plan may be
    older than the deletion). Not made safe: print cleans a name with `printable`, a screen with `safe_display`."""
    names: dict[str, str] = {}
    emails: dict[str, str] = {}
    for person in people(ws, ("email", "given_name", "family_name", "erased"), deleted=True, erased=True):
        pid, email = person["id"], person["email"]
        if person["erased"] and erased is not None:
            names[pid] = erased
        else:
            names[pid] = display_name(person, safe=False) or email or pid
        if email:
            emails.setdefault(email, names[pid])
    return {**emails, **names}


def likely_same_people(ws: Workspace, people: list[Person]) -> list[tuple[str, str]]:
    """Pairs of ids among `people` that the registration flags as likely one person for having the same name (see
    `registration.duplicates`; a name merely close is another person's as often): the plan never seats them
    together, and lists them to be merged."""
    from ..registration.duplicates import likely_duplicate_pairs

    planned = {p.id for p in people}
    return [(a, b) for a, b in (tuple(pair["ids"]) for pair in likely_duplicate_pairs(ws)
                                if pair["reason"] in ("same_name", "same_name_and_organisation"))
            if a in planned and b in planned]


def plan_event(ws: Workspace, rounds: int, *, tables: int | None = None, min_size: int = 4, max_size: int = 6,
               seconds: float = 3.0, present_only: bool = False, keep: bool = False,
               progress: Callable[[int, int], bool] | None = None) -> dict[str, Any]:
    """Plan the rounds; returns `{"score", "seeks_total", "seeks_satisfied", "interpreted", "tables", "mixed",
    "rounds": [{"tables": [{"topic", "language", "participants": [e-mail…], "interpreters": […]}]}], "problems":
    […], "warnings": [{"kind": "too_many_rounds" or "few_share_a_language" (see `limits`) or "too_few_to_mix", …,
    "message"}], "likely_duplicates": [{"ids", "emails", "names"}]}`; people are named by name beside their e-mails
    (a `few_share_a_language` warning's "names", its message naming the first by name)."""
    people = people_of(ws, present_only)
    everyone = people_of(ws) if present_only else people
    if present_only and len(people) < min_size <= len(everyone):  # the way forward is not a smaller table
        raise errors.InvalidValue(field=N_("Participants"), reason=N_(
            "only {n} of the {registered} people registered have checked in, too few for one table of {min}: check "
            "people in first, or plan the rounds with everyone registered"), n=len(people), registered=len(everyone),
            min=min_size)
    apart = likely_same_people(ws, people)
    registered = set().union(*(p.offers for p in everyone))
    previous = latest_plan(ws) if keep else None
    kept_rounds = None
    if previous:
        kept_rounds = [[(seat["table"], seat["topic"], seat["participant_ids"]) for seat in r["tables"]]
                       for r in previous["rounds"]]
    log.info("Planning %d rounds for %d people (tables of %d to %d, %s s%s)", rounds, len(people), min_size, max_size,
             seconds, ", keeping the saved plan's tables" if kept_rounds else "")
    plan: Plan = plan_rounds(people, rounds, tables=tables, min_size=min_size, max_size=max_size, seconds=seconds,
                             registered_offers=registered, keep=kept_rounds, progress=progress, apart=apart)
    log.info("Planned: score %s, %d interpreted seats, %d of %d tables mixed, %d problems", plan.score,
             plan.interpreted, plan.mixed, plan.tables, len(plan.problems))
    data = _as_data(plan, people, apart)
    limits = sorted(rounds_warnings(people, rounds, min_size) + language_warnings(people, rounds),
                    key=lambda warning: int(str(warning["most_rounds"])))  # the rule that allows fewest rounds first
    data["warnings"] = limits + data["warnings"]
    _name_people(ws, data)
    return data


def _name_people(ws: Workspace, data: dict[str, Any]) -> None:
    """Names beside the e-mails of the plan's likely duplicates and language warnings (by e-mail when a person has
    no name, or was erased), and the warnings' messages naming them by name."""
    names = plan_names(ws, erased="")
    for pair in data["likely_duplicates"]:
        pair["names"] = [names.get(pid) or email for pid, email in zip(pair["ids"], pair["emails"])]
    for warning in data["warnings"]:
        if warning["kind"] == "few_share_a_language":
            warning["names"] = [names.get(email) or email for email in warning["participants"]]
            warning["message"] = language_warning_text(warning, names)


def _as_data(plan: Plan, people: list[Person], apart: list[tuple[str, str]]) -> dict[str, Any]:
    email = {p.id: p.email for p in people}
    return {"score": plan.score, "seeks_total": plan.seeks_total, "kept_tables": plan.kept,
            "tables": plan.tables, "mixed": plan.mixed, "warnings": plan.warnings,
            "likely_duplicates": [{"ids": [a, b], "emails": [email[a], email[b]]} for a, b in apart],
            "seeks_satisfied": sum(len(s) for s in plan.satisfied.values()), "interpreted": plan.interpreted,
            "rounds": [{"round": r + 1, "tables": [
                {"table": t.number, "topic": t.topic, "language": t.language,
                 "participants": [email[p] for p in t.members], "participant_ids": list(t.members),
                 "interpreters": [{"interpreter": email[a], "for": email[b]} for a, b in t.interpreters]}
                for t in tables_]} for r, tables_ in enumerate(plan.rounds)],
            "problems": plan.problems}


def save_plan(ws: Workspace, data: dict[str, Any], params: dict[str, Any]) -> Changes:
    """Keep a plan (the latest is the one agendas and signs print); its id is `changes.inserted["p2p_plans"][0]`."""
    import json

    from .. import records

    with ws.operation("p2p.plan") as op:
        plan_id = records.insert_entity(op, "p2p_plans", {"params": json.dumps(params, sort_keys=True),
                                                          "plan": json.dumps(data, ensure_ascii=False, sort_keys=True)})
    log.info("Saved P2P plan %s", plan_id)
    return op.changes


def latest_plan(ws: Workspace) -> dict[str, Any] | None:
    """The latest kept plan, with its `params` and `id`; None when there is none."""
    import json

    row = ws.conn.execute("SELECT id, params, plan FROM p2p_plans WHERE event_id = ? AND deleted = 0 "
                          "ORDER BY created_at DESC LIMIT 1", (ws.event_id,)).fetchone()
    return None if row is None else {**json.loads(row[2]), "params": json.loads(row[1]), "id": row[0]}


def plan_saved_at(ws: Workspace) -> datetime | None:
    """When the latest kept plan was made (UTC); None when there is none."""
    from ..hlc import Timestamp

    row = ws.conn.execute("SELECT created_at FROM p2p_plans WHERE event_id = ? AND deleted = 0 "
                          "ORDER BY created_at DESC LIMIT 1", (ws.event_id,)).fetchone()
    return None if row is None else Timestamp.parse(row[0]).to_datetime()


def move_person(ws: Workspace, round_number: int, participant_id: str, table_number: int) -> Changes:
    """Move a person to another table of a round of the saved plan, by hand; the plan is worked out again
    (languages, interpreters, seeks) and what the move breaks is listed in its problems. Undo reverts it."""
    import json

    from .. import errors, records
    from ..i18n import N_

    row = ws.conn.execute("SELECT id, params, plan FROM p2p_plans WHERE event_id = ? AND deleted = 0 "
                          "ORDER BY created_at DESC LIMIT 1", (ws.event_id,)).fetchone()
    if row is None:
        raise errors.InvalidValue(field=N_("P2P"), reason=N_("plan the rounds first (eulac p2p plan)"))
    plan_id, params, data = row[0], json.loads(row[1]), json.loads(row[2])
    before = list(data.get("warnings", []))  # the limits said up front (the mix is worked out again)
    if not 1 <= round_number <= len(data["rounds"]):
        raise errors.InvalidValue(field=N_("Round"), reason=N_("the plan has rounds 1 to {n}"), n=len(data["rounds"]))
    seats = [[(seat["table"], seat["topic"], list(seat["participant_ids"])) for seat in r["tables"]] for r in data["rounds"]]
    tables = seats[round_number - 1]
    source = next((seat for seat in tables if participant_id in seat[2]), None)
    target = next((seat for seat in tables if seat[0] == table_number), None)
    if source is None:
        raise errors.InvalidValue(field=N_("Participant"), reason=N_("this person had no seat in round {n}"), n=round_number)
    if target is None:
        raise errors.InvalidValue(field=N_("Table"), reason=N_("round {n} has no table {table}"), n=round_number,
                                  table=table_number)
    if source is target:
        raise errors.InvalidValue(field=N_("Table"), reason=N_("this person already sits at table {table}"),
                                  table=table_number)
    source[2].remove(participant_id)
    target[2].append(participant_id)
    planned = {pid for r in seats for seat in r for pid in seat[2]}
    people = [p for p in people_of(ws) if p.id in planned]
    registered = set().union(*(p.offers for p in people_of(ws)))
    apart = likely_same_people(ws, people)
    data = _as_data(review(people, seats, min_size=int(params.get("min", 4)), max_size=int(params.get("max", 6)),
                           registered_offers=registered, apart=apart), people, apart)
    data["warnings"] = [w for w in before if w.get("kind") != "too_few_to_mix"] + data["warnings"]  # kept up front
    _name_people(ws, data)
    with ws.operation("p2p.move") as op:
        records.update_entity(op, "p2p_plans", plan_id, {"plan": json.dumps(data, ensure_ascii=False, sort_keys=True)})
    log.info("Moved participant %s to table %d in round %d of plan %s", participant_id, table_number, round_number, plan_id)
    return op.changes
