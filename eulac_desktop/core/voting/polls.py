"""Polls and ballots: create, open, close, cast one ballot per badge, void, count.

A ballot is a fact. For a secret poll it stores a per-poll pseudonym of the voter (see `keystore`),
for a named poll the participant id. When the same voter has several ballots (two offline laptops),
the earliest by the hybrid clock counts and the others are superseded: counting is the same whatever
order bundles were merged in.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .. import badges, errors, keystore, records
from ..checkin import SAME_PERSON, _person_of, badge_secret, checked_in_ids
from ..i18n import N_, _
from ..workspace import Changes, Workspace
from .methods import METHODS, BallotRefused, OptionResult

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
    clean_params = {k: int(v) if str(v).lstrip("-").isdigit() else v for k, v in (params or {}).items()}
    with ws.operation("polls.create") as op:
        poll_id = records.insert_entity(op, "polls", {
            "title": title, "method": method, "params": json.dumps(clean_params, sort_keys=True),
            "options": json.dumps([{"id": uuid7(), "text": t, **({"cluster": c} if c else {})} for t, c in kept],
                                  ensure_ascii=False),
            "state": "draft", "secret": int(secret), "eligibility": eligibility, "live": int(live)})
    if secret:
        keystore.poll_key(ws.event_id, poll_id, create=True)
    return op.changes


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
    return op.changes


def get_poll(ws: Workspace, poll_id: str) -> dict[str, Any]:
    """A poll with its options and parameters decoded."""
    row = records.get(ws, "polls", poll_id)
    if row is None:
        raise errors.InvalidValue(field=_("Poll"), reason=_("this poll does not exist"))
    return {**row, "options": json.loads(row["options"]), "params": json.loads(row["params"] or "{}")}


def polls(ws: Workspace) -> list[dict[str, Any]]:
    """The event's polls, oldest first."""
    ids = [r[0] for r in ws.conn.execute("SELECT id FROM polls WHERE event_id = ? AND deleted = 0 ORDER BY created_at",
                                         (ws.event_id,))]
    return [get_poll(ws, i) for i in ids]


def _voter(ws: Workspace, poll: dict[str, Any], participant_id: str) -> str:
    if not poll["secret"]:
        return participant_id
    key = keystore.poll_key(ws.event_id, poll["id"])
    if key is None:
        raise VoteRefused(reason=N_("this laptop does not hold the key of this secret poll"))
    return hmac.new(key, participant_id.encode(), hashlib.sha256).hexdigest()[:32]


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
        participant_id = _person_of(ws)(row[0])
    person = records.get(ws, "participants", participant_id or "")
    if person is None or person["erased"]:
        raise VoteRefused("removed", reason=badges.REFUSALS["deleted"])
    if not _eligible(ws, poll, person):
        if (poll["eligibility"] or "checked_in") == "checked_in":
            raise VoteRefused("not_checked_in", reason=N_("only people who checked in may vote in this poll"))
        raise VoteRefused("role", reason=N_("this person's role may not vote in this poll"))
    if _counted_ballot(ws, poll_id, _voter(ws, poll, person["id"])):
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
    poll's state, the voter's eligibility, the method's rules, and one ballot per person."""
    poll = get_poll(ws, poll_id)
    person = may_vote(ws, poll_id, badge=badge, participant_id=participant_id)
    check, _count = METHODS[poll["method"]]
    try:
        clean = check(poll["options"], payload, poll["params"])
    except BallotRefused as refused:
        raise VoteRefused(reason=refused.reason, **refused.params) from None
    voter = _voter(ws, poll, person["id"])
    if serial and ws.conn.execute("SELECT 1 FROM ballots WHERE poll_id = ? AND serial = ? AND deleted = 0",
                                  (poll_id, serial)).fetchone():
        raise VoteRefused(reason=N_("this paper ballot was already entered"))
    with ws.operation("ballots.cast") as op:
        ballot_id = records.insert_fact(op, "ballots", {"poll_id": poll_id, "voter": voter, "channel": channel,
                                                        "serial": serial, "payload": json.dumps(clean, sort_keys=True)})
    return Cast(ballot_id, f"{person['given_name']} {person['family_name']}".strip(), op.changes)


def void_ballot(ws: Workspace, ballot_id: str, reason: str) -> Changes:
    """A facilitator voids a ballot (recorded as a fact, with the reason; the ballot stays, uncounted)."""
    if records.get(ws, "ballots", ballot_id) is None:
        raise errors.InvalidValue(field=_("Ballot"), reason=_("this ballot does not exist"))
    with ws.operation("ballots.void") as op:
        records.insert_fact(op, "ballot_voids", {"ballot_id": ballot_id, "reason": reason.strip()})
    return op.changes


def _counted_ballot(ws: Workspace, poll_id: str, voter: str) -> str | None:
    row = ws.conn.execute("SELECT b.id FROM ballots b WHERE b.poll_id = ? AND b.voter = ? AND b.deleted = 0 AND NOT EXISTS "
                          "(SELECT 1 FROM ballot_voids v WHERE v.ballot_id = b.id AND v.deleted = 0) "
                          "ORDER BY b.created_at LIMIT 1", (poll_id, voter)).fetchone()
    return row[0] if row else None


def counted_ballots(ws: Workspace, poll_id: str) -> tuple[list[Any], int]:
    """The ballots that count (per voter the earliest by the hybrid clock, voided ones left out) and how
    many were superseded."""
    rows = ws.conn.execute("SELECT b.voter, b.payload FROM ballots b WHERE b.poll_id = ? AND b.deleted = 0 AND NOT EXISTS "
                           "(SELECT 1 FROM ballot_voids v WHERE v.ballot_id = b.id AND v.deleted = 0) "
                           "ORDER BY b.created_at, b.id", (poll_id,)).fetchall()
    first: dict[str, Any] = {}
    for voter, payload in rows:
        first.setdefault(voter, json.loads(payload))
    return list(first.values()), len(rows) - len(first)


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
    """The poll's results: `{"method", "ballots", "eligible", "superseded", "options": [...]}` in result order."""
    poll = get_poll(ws, poll_id)
    ballots, superseded = counted_ballots(ws, poll_id)
    _check, count = METHODS[poll["method"]]
    ranked: list[OptionResult] = count(poll["options"], ballots, poll["params"])
    return {"id": poll["id"], "title": poll["title"], "method": poll["method"], "state": poll["state"],
            "ballots": len(ballots), "eligible": eligible_count(ws, poll), "superseded": superseded,
            "options": [r.as_dict() for r in ranked]}
