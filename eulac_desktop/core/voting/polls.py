"""Polls and ballots: create, open, close, cast one ballot per badge, void, count.

Who voted and what was voted are kept apart (ARCHITECTURE.md §4). Casting writes two facts: a vote record, "this
person voted in this poll" (`votes`, the key of one ballot per person), and the ballot. A named poll's
ballot names its voter; a secret poll's ballot carries no voter, a random id and its poll's time (see
`records.insert_unlinked_fact`), so nothing in the file, the bundles or the keys links it to its vote record.

Counting: a named poll counts each eligible person's earliest ballot. A secret poll counts, per device, at
most as many ballots as the eligible people whose first vote record (by the hybrid clock) that device wrote,
the rest left out by their random ids: made-up ballots never count, and one person's second vote on another
offline laptop leaves out one ballot of that laptop (nobody can tell which ballot was theirs), reported as a
double vote. Paper ballots typed in from their serial carry no person; a serial counts once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .. import badges, errors, logs, records
from ..checkin import badge_secret, checked_in_ids
from ..hlc import coarse
from ..i18n import N_, _
from ..registration.people import SAME_PERSON, person_of
from ..text import display_name
from ..workspace import Changes, Workspace
from .methods import METHODS, BallotRefused, OptionResult

log = logs.logger(__name__)  # polls by id; never a ballot nor who cast it

STATES = ("draft", "open", "closed")
ELIGIBILITY = ("checked_in", "all")  # or "roles:speaker,participant"


class VoteRefused(errors.EulacError):
    """`why` says which rule refused, for a kiosk to show it in the voter's words: "closed", "badge" (not
    valid here), "removed", "not_checked_in", "role", "already" (voted), or "" (the marks, a serial)."""

    code = "vote_refused"
    message = N_("The ballot was not counted: {reason}")
    hint = N_("Nothing was recorded; the person may vote again.")

    def __init__(self, why: str = "", **params: Any):
        super().__init__(**params)
        self.why = why


def create_poll(ws: Workspace, title: str, method: str, options: Sequence[str], *, params: dict[str, Any] | None = None,
                secret: bool = True, eligibility: str = "checked_in", live: bool = False,
                clusters: Sequence[str | None] | None = None) -> Changes:
    """A new poll in the draft state; options are texts (they get ids). `clusters`, parallel to `options`,
    names the cluster each option was taken from (see `create_poll_from_clusters`)."""
    from ..ids import uuid7

    title = " ".join(title.split())
    sources = list(clusters) if clusters is not None else [None] * len(options)
    kept = [(" ".join(o.split()), c) for o, c in zip(options, sources) if o.strip()]
    texts = [t for t, _c in kept]
    if not title:
        raise errors.InvalidValue(field=_("Poll"), reason=_("a poll needs a title"))
    if method not in METHODS:
        raise errors.InvalidValue(field=_("Method"), reason=_("choose among {known}").format(known=", ".join(METHODS)))
    if len(texts) < (1 if method == "yes-no" else 2):
        raise errors.InvalidValue(field=_("Options"), reason=_("a poll needs at least two options"))
    if len(set(t.casefold() for t in texts)) != len(texts):
        raise errors.InvalidValue(field=_("Options"), reason=_("two options have the same text"))
    if eligibility not in ELIGIBILITY and not eligibility.startswith("roles:"):
        raise errors.InvalidValue(field=_("Eligibility"), reason=_("checked_in, all, or roles:ROLE,ROLE"))
    clean_params = _checked_params(method, params or {})
    with ws.operation("polls.create") as op:
        poll_id = records.insert_entity(op, "polls", {
            "title": title, "method": method, "params": json.dumps(clean_params, sort_keys=True),
            "options": json.dumps([{"id": uuid7(), "text": t, **({"cluster": c} if c else {})} for t, c in kept],
                                  ensure_ascii=False),
            "state": "draft", "secret": int(secret), "eligibility": eligibility, "live": int(live)})
    log.info("Created poll %s (%s, %d options, %s)", poll_id, method, len(texts), "secret" if secret else "named")
    return op.changes


#: The parameters each method takes, and the whole numbers each may be (what the window's poll dialog offers).
PARAMS = {"dots": {"dots": (1, 50), "max_per_option": (1, 50)}, "budget": {"total": (1, 10_000)}}


def _checked_params(method: str, params: dict[str, Any]) -> dict[str, int]:
    """`params` as whole numbers, refused when one is not a parameter of `method` or not a number in its range:
    "dots=x" was kept as text, and printing its paper ballots stopped on an internal error; "dots=-1" made a poll
    nobody could vote in."""
    known = PARAMS.get(method, {})
    clean = {}
    for key, value in params.items():
        if key not in known:
            raise errors.InvalidValue(field=N_("Parameter"), reason=N_(
                "{key} is not a parameter of this method (it takes: {known})"), key=key,
                known=", ".join(known) or "—")
        low, high = known[key]
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
        if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) < 10:
            number = int(value)
        if number is None or not low <= number <= high:
            raise errors.InvalidValue(field=N_("Parameter"), reason=N_(
                "{key} must be a whole number from {low} to {high}"), key=key, low=low, high=high)
        clean[key] = number
    return clean


def create_poll_from_clusters(ws: Workspace, challenge_id: str, title: str | None = None, method: str = "dots",
                              **kwargs: Any) -> Changes:
    """A poll whose options are the challenge's clusters (those holding ideas), in board order; unnamed
    clusters are called "Theme N", and two of the same name get their number added."""
    from ..ideas import board, get_challenge

    challenge = get_challenge(ws, challenge_id)
    columns = [c for c in board(ws, challenge_id).clusters if c.cards]
    names = [c.name or _("Theme {number}").format(number=c.number) for c in columns]
    folded = [n.casefold() for n in names]
    texts: list[str] = []
    for name, column in zip(names, columns):  # two of one name get their numbers, and no text comes twice
        text = f"{name} ({column.number})" if folded.count(name.casefold()) > 1 else name
        while text.casefold() in {t.casefold() for t in texts} or (text != name and text.casefold() in folded):
            text = f"{text} #{column.number}"
        texts.append(text)
    if len(texts) < 2:
        raise errors.InvalidValue(field=N_("Options"), reason=N_("the challenge needs at least two clusters with ideas"))
    return create_poll(ws, title or challenge["question"], method, texts, clusters=[c.id for c in columns], **kwargs)


def set_state(ws: Workspace, poll_id: str, state: str) -> Changes:
    """Open, close or reopen a poll (each change recorded in the audit)."""
    if state not in STATES:
        raise ValueError(state)
    poll = get_poll(ws, poll_id)
    with ws.operation(f"polls.{state}") as op:
        records.update_entity(op, "polls", poll["id"], {"state": state})
        op.order_free = bool(poll["secret"]) and state == "closed"  # whatever a reader held back goes now
    log.info("Poll %s is %s", poll["id"], state)
    return op.changes


def undo_state(ws: Workspace, poll_id: str, previous: str) -> Changes:
    """Give a poll back the state it had before it was opened or closed (the window's Ctrl+Z): a closed poll reopens;
    an opened one goes back to draft only while it holds no ballot (refused then: close it instead)."""
    if previous == "draft" and ws.conn.execute("SELECT 1 FROM ballots WHERE poll_id = ? AND deleted = 0 LIMIT 1",
                                               (poll_id,)).fetchone():
        raise errors.InvalidValue(field=N_("Poll"), reason=N_("ballots were cast since it opened: close it instead"))
    return set_state(ws, poll_id, previous)


def get_poll(ws: Workspace, poll_id: str) -> dict[str, Any]:
    """A poll with its options and parameters decoded."""
    row = records.get(ws, "polls", poll_id)
    if row is None:
        raise errors.InvalidValue(field=N_("Poll"), reason=N_("this poll does not exist"))
    params = json.loads(row["params"] or "{}")
    # what a crafted bundle, or this version before it checked them (`_checked_params`), may hold: text ("dots=x"
    # stopped paper ballots on an internal error) is left out, and the method's default applies
    return {**row, "options": json.loads(row["options"]),
            "params": {k: v for k, v in params.items() if type(v) is int and 0 < v <= 1_000_000}}


def polls(ws: Workspace) -> list[dict[str, Any]]:
    """The event's polls, oldest first."""
    ids = [r[0] for r in ws.conn.execute("SELECT id FROM polls WHERE event_id = ? AND deleted = 0 ORDER BY created_at",
                                         (ws.event_id,))]
    return [get_poll(ws, i) for i in ids]


def has_voted(ws: Workspace, poll_id: str, participant_id: str) -> bool:
    """Whether the person (under this participant record or one merged into it) has voted in the poll: a vote
    record of theirs is in a secret poll; a ballot of theirs that was not voided is in a named poll (so a
    facilitator who voids a named ballot lets the person vote again; a secret ballot's voter is unknown)."""
    secret = ws.conn.execute("SELECT secret FROM polls WHERE id = ?", (poll_id,)).fetchone()
    if secret is not None and not secret[0]:
        return bool(ws.conn.execute(f"{SAME_PERSON} SELECT EXISTS (SELECT 1 FROM ballots b WHERE b.poll_id = ? AND "
                               "b.deleted = 0 AND b.voter IN same AND NOT EXISTS (SELECT 1 FROM ballot_voids v WHERE "
                               "v.ballot_id = b.id AND v.deleted = 0))", (participant_id, poll_id)).fetchone()[0] == 1)
    return bool(ws.conn.execute(f"{SAME_PERSON} SELECT EXISTS (SELECT 1 FROM votes WHERE poll_id = ? AND deleted = 0 "
                                "AND participant_id IN same)", (participant_id, poll_id)).fetchone()[0] == 1)


def _eligible(ws: Workspace, poll: dict[str, Any], participant: dict[str, Any]) -> bool:
    rule = poll["eligibility"] or "checked_in"
    if rule == "all":
        return True
    if rule == "checked_in":  # under this record or any record merged into it
        return bool(ws.conn.execute(f"{SAME_PERSON} SELECT EXISTS (SELECT 1 FROM checkins WHERE deleted = 0 AND "
                                    "participant_id IN same)", (participant["id"],)).fetchone()[0] == 1)
    return participant["role"] in rule.split(":", 1)[1].split(",")


def may_vote(ws: Workspace, poll_id: str, *, badge: str | None = None, participant_id: str | None = None
             ) -> dict[str, Any]:
    """The person of a scanned `badge` (or `participant_id`) if they may vote in the poll now: it is open,
    the badge is valid, they are eligible and have not voted. Otherwise refused, saying why (a kiosk asks
    this before showing the ballot, and `cast_ballot` again when it is cast)."""
    poll = get_poll(ws, poll_id)
    if poll["state"] != "open":
        raise VoteRefused("closed", reason=N_("the poll is not open"))
    if badge is not None:
        reading = badges.read_code(badge_secret(ws), ws.event_id, badge)
        if not reading.ok:
            raise VoteRefused("badge", reason=badges.REFUSALS[reading.refusal or "unreadable"])
        row = ws.conn.execute("SELECT id FROM participants WHERE event_id = ? AND badge_number = ?",
                              (ws.event_id, reading.number)).fetchone()
        if row is None:
            raise VoteRefused("badge", reason=badges.REFUSALS["unknown"])
        participant_id = person_of(ws)(row[0])
    person = records.get(ws, "participants", participant_id or "")
    if person is None or person["erased"]:
        raise VoteRefused("removed", reason=badges.REFUSALS["deleted"])
    if not _eligible(ws, poll, person):
        if (poll["eligibility"] or "checked_in") == "checked_in":
            raise VoteRefused("not_checked_in", reason=N_("only people who checked in may vote in this poll"))
        raise VoteRefused("role", reason=N_("this person's role may not vote in this poll"))
    if has_voted(ws, poll_id, person["id"]):
        raise VoteRefused("already", reason=N_("this person has already voted in this poll"))
    return person


@dataclass
class Cast:
    ballot_id: str
    participant_name: str
    changes: Changes


def cast_ballot(ws: Workspace, poll_id: str, payload: Any, *, badge: str | None = None, participant_id: str | None = None,
                channel: str = "kiosk", serial: str | None = None) -> Cast:
    """Record one ballot for the person of a scanned `badge` (or a `participant_id`): checked against the
    poll's state, the voter's eligibility, the method's rules, and one ballot per person. Writes the person's
    vote record and the ballot (for a secret poll, one that nothing links to the vote record)."""
    poll = get_poll(ws, poll_id)
    person = may_vote(ws, poll_id, badge=badge, participant_id=participant_id)
    check, _count = METHODS[poll["method"]]
    try:
        clean = check(poll["options"], payload, poll["params"])
    except BallotRefused as refused:
        raise VoteRefused(reason=refused.reason, **refused.params) from None
    if serial and ws.conn.execute("SELECT 1 FROM ballots WHERE poll_id = ? AND serial = ? AND deleted = 0",
                                  (poll_id, serial)).fetchone():
        raise VoteRefused(reason=N_("this paper ballot was already entered"))
    ballot = {"poll_id": poll_id, "channel": channel, "serial": serial, "payload": json.dumps(clean, sort_keys=True)}
    with ws.operation("ballots.cast") as op:
        records.insert_fact(op, "votes", {"poll_id": poll_id, "participant_id": person["id"]})
        ballot_id = add_ballot(op, poll, ballot, person["id"])
    return Cast(ballot_id, display_name(person), op.changes)


def void_ballot(ws: Workspace, ballot_id: str, reason: str) -> Changes:
    """A facilitator voids a ballot (recorded as a fact, with the reason; the ballot stays, uncounted)."""
    if records.get(ws, "ballots", ballot_id) is None:
        raise errors.InvalidValue(field=_("Ballot"), reason=_("this ballot does not exist"))
    with ws.operation("ballots.void") as op:
        records.insert_fact(op, "ballot_voids", {"ballot_id": ballot_id, "reason": reason.strip()})
    return op.changes


def voidable_ballots(ws: Workspace, poll_id: str, limit: int = 30) -> list[dict[str, Any]]:
    """The poll's ballots that may still be voided, latest first (a secret poll keeps no time: then in no
    meaningful order), at most `limit`: {"id", "channel", "serial" ("" for a kiosk ballot), "created_at"}."""
    rows = ws.conn.execute("SELECT b.id, b.channel, coalesce(b.serial, ''), b.created_at FROM ballots b "
                           "WHERE b.poll_id = ? AND b.deleted = 0 AND NOT EXISTS (SELECT 1 FROM ballot_voids v "
                           "WHERE v.ballot_id = b.id AND v.deleted = 0) ORDER BY b.created_at DESC, b.id LIMIT ?",
                           (poll_id, limit)).fetchall()
    return [{"id": i, "channel": channel, "serial": serial, "created_at": at} for i, channel, serial, at in rows]


def add_ballot(op: Any, poll: dict[str, Any], values: dict[str, Any], voter: str) -> str:
    """Write a ballot of `poll` in operation `op`; returns its id. A named poll's ballot names its `voter` and
    has the clock's time; a secret poll's has no voter (a paper ballot typed in keeps `paper:SERIAL`), a random
    id, its poll's time and no audit entry of its id (`records.insert_unlinked_fact`), and the operation stores the
    ballots in the order of their ids and empties the write-ahead log once committed (`Operation.order_free`)."""
    if not poll["secret"]:
        return records.insert_fact(op, "ballots", {**values, "voter": voter})
    op.order_free = True
    return records.insert_unlinked_fact(op, "ballots", {**values, "voter": voter if voter.startswith("paper:") else ""},
                                        stamp=coarse(poll["created_at"], op.ws.device.id))


def eligible_people(ws: Workspace, poll: dict[str, Any]) -> set[str]:
    """The people (current participant records) whose votes count in the poll: known here (a record deleted after
    the vote included), and checked in, or of the poll's roles, or anyone registered."""
    rule = poll["eligibility"] or "checked_in"
    known = {r[0]: r[1] for r in ws.conn.execute("SELECT id, role FROM participants WHERE event_id = ? AND merged_into "
                                                 "IS NULL", (ws.event_id,))}  # deleted later: the vote stands
    if rule == "checked_in":
        return checked_in_ids(ws) & set(known)
    if rule == "all":
        return set(known)
    roles = rule.split(":", 1)[1].split(",")
    return {pid for pid, role in known.items() if role in roles}


@dataclass
class Allowance:
    """Per device, how many ballots of a secret poll it may add (`first`: eligible people whose first vote record
    it wrote; `later`: eligible people who voted there after voting elsewhere first), and the double votes."""

    first: dict[str, int]
    later: dict[str, int]
    double_votes: int


def allowance(ws: Workspace, poll: dict[str, Any]) -> Allowance:
    """How many ballots each device may add to the poll (see `Allowance`): vote records of people who may not
    vote (unknown, not checked in) give none; a person's vote records beyond the first are double votes."""
    person, eligible = person_of(ws), eligible_people(ws, poll)
    first: dict[str, int] = {}
    later: dict[str, int] = {}
    seen: dict[str, set[str]] = {}
    doubles = 0
    for participant_id, origin in ws.conn.execute("SELECT participant_id, origin FROM votes WHERE poll_id = ? AND "
                                                  "deleted = 0 ORDER BY created_at, id", (poll["id"],)):
        who = person(participant_id)
        if who not in eligible:
            continue
        devices = seen.setdefault(who, set())
        if not devices:
            first[origin] = first.get(origin, 0) + 1
        else:
            doubles += 1
            if origin not in devices:
                later[origin] = later.get(origin, 0) + 1
        devices.add(origin)
    return Allowance(first, later, doubles)


@dataclass
class Count:
    """The ballots of a poll that count, and how many do not: `superseded` (a person's or a serial's later
    ballot), `refused` (beyond the eligible voters its device recorded, or of nobody who may vote)."""

    ballots: list[Any]
    superseded: int
    refused: int
    double_votes: int


def count_ballots(ws: Workspace, poll_id: str) -> Count:
    """Which ballots of the poll count (voided ones left out; see the module's docstring)."""
    poll = get_poll(ws, poll_id)
    rows = ws.conn.execute("SELECT b.id, b.origin, b.voter, b.serial, b.payload FROM ballots b WHERE b.poll_id = ? AND "
                           "b.deleted = 0 AND NOT EXISTS (SELECT 1 FROM ballot_voids v WHERE v.ballot_id = b.id AND "
                           "v.deleted = 0) ORDER BY b.created_at, b.id", (poll_id,)).fetchall()
    from .paper import signing_secret, typed_in

    secret = signing_secret(ws)
    if not poll["secret"]:
        person, eligible = person_of(ws), eligible_people(ws, poll)
        first: dict[str, Any] = {}
        typed: set[str] = set()
        for _id, _origin, voter, serial, payload in rows:
            if typed_in(secret, poll_id, voter, serial):
                typed.add(voter)
            first.setdefault(voter if voter in typed else person(voter), payload)
        counted = [p for v, p in first.items() if v in typed or v in eligible]
        superseded = len(rows) - len(first)  # a person's later ballots (they voted on two laptops)
        return Count([json.loads(p) for p in counted], superseded, len(first) - len(counted), superseded)
    serials: set[str] = set()
    papers: list[str] = []
    per_device: dict[str, list[str]] = {}
    superseded = 0
    for _id, origin, voter, serial, payload in rows:  # in the order of their random ids
        if serial and serial in serials:
            superseded += 1
            continue
        if serial:
            serials.add(serial)
        (papers if typed_in(secret, poll_id, voter, serial) else per_device.setdefault(origin, [])).append(payload)
    share = allowance(ws, poll)
    counted, refused = list(papers), 0
    for origin, payloads in per_device.items():
        room = share.first.get(origin, 0)
        counted += payloads[:room]
        excess = max(0, len(payloads) - room)
        late = min(excess, share.later.get(origin, 0))  # one ballot left out per person who had voted elsewhere
        superseded, refused = superseded + late, refused + excess - late
    return Count([json.loads(p) for p in counted], superseded, refused, share.double_votes)


def counted_ballots(ws: Workspace, poll_id: str) -> tuple[list[Any], int]:
    """The ballots that count (see `count_ballots`) and how many were superseded."""
    count = count_ballots(ws, poll_id)
    return count.ballots, count.superseded


def eligible_count(ws: Workspace, poll: dict[str, Any]) -> int:
    """How many people may vote in the poll now."""
    rule = poll["eligibility"] or "checked_in"
    if rule == "checked_in":
        return len(checked_in_ids(ws))
    if rule == "all":
        return int(ws.conn.execute("SELECT count(*) FROM participants WHERE event_id = ? AND deleted = 0",
                                   (ws.event_id,)).fetchone()[0])
    roles = rule.split(":", 1)[1].split(",")
    marks = ", ".join("?" for _ in roles)
    return int(ws.conn.execute(f"SELECT count(*) FROM participants WHERE event_id = ? AND deleted = 0 AND role IN ({marks})",
                               (ws.event_id, *roles)).fetchone()[0])


def results(ws: Workspace, poll_id: str) -> dict[str, Any]:
    """The poll's results: `{"method", "ballots", "eligible", "superseded", "refused", "double_votes",
    "options": [...]}` in result order (`refused`: ballots beyond the eligible voters their device recorded;
    `double_votes`: people who voted on more than one laptop, see the module's docstring)."""
    poll = get_poll(ws, poll_id)
    tally = count_ballots(ws, poll_id)
    _check, count = METHODS[poll["method"]]
    ranked: list[OptionResult] = count(poll["options"], tally.ballots, poll["params"])
    return {"id": poll["id"], "title": poll["title"], "method": poll["method"], "state": poll["state"],
            "ballots": len(tally.ballots), "eligible": eligible_count(ws, poll), "superseded": tally.superseded,
            "refused": tally.refused, "double_votes": tally.double_votes, "options": [r.as_dict() for r in ranked]}
