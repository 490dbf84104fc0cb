"""Paper ballots: signed serials, fast entry from paper, and optional double entry by a second person.

A paper ballot carries a serial: `P` + the poll's tag (4) + the ballot's number (5) + a signature (10),
in the badge alphabet (typed alike by a USB scanner on every keyboard layout, read case-insensitively).
The signature (HMAC-SHA256 under the event's secret, about 43 bits) refuses made-up serials. Paper
ballots are handed out one per person at the desk; a serial counts once (entering it again is refused),
and for a secret poll nothing links it to a person. So that paper typed in by serial alone cannot outnumber
the voters, entering one is refused once the poll holds a ballot for every person who may vote in it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from typing import Any

from .. import badges, errors, records
from ..checkin import badge_secret
from ..i18n import N_
from ..registration.people import person_of
from ..workspace import Changes, Workspace
from .methods import METHODS, BallotRefused
from .polls import VoteRefused, add_ballot, eligible_people, get_poll

_TAG, _NUMBER, _MAC = 4, 5, 10
SERIAL_LEN = 1 + _TAG + _NUMBER + _MAC
MAX_SERIALS = len(badges.ALPHABET) ** _NUMBER
ALREADY_ENTERED = N_("this paper ballot was already entered")
NO_BALLOTS_LEFT = N_("the poll already holds a ballot for each of the {count} people who may vote in it")
_SHAPE = re.compile(f"P[{badges.ALPHABET}]{{{SERIAL_LEN - 1}}}")


def _tag(poll_id: str) -> str:
    return badges._encode(int.from_bytes(hashlib.sha256(poll_id.encode()).digest()[:8], "big")
                          % len(badges.ALPHABET) ** _TAG, _TAG)


def _mac(secret: bytes, body: str) -> str:
    digest = hmac.new(secret, b"paper:" + body.encode("ascii"), hashlib.sha256).digest()
    return badges._encode(int.from_bytes(digest[:6], "big") % len(badges.ALPHABET) ** _MAC, _MAC)


def serials(ws: Workspace, poll_id: str, count: int, start: int = 1) -> list[str]:
    """The serials of ballots `start` … `start + count - 1` (printing them again gives the same ones)."""
    get_poll(ws, poll_id)
    if not 1 <= count <= 10_000 or start < 1 or start + count > MAX_SERIALS:
        raise errors.InvalidValue(field=N_("Paper ballots"), reason=N_("give a number of ballots from 1 to 10,000"))
    secret, tag = badge_secret(ws), _tag(poll_id)
    out = []
    for number in range(start, start + count):
        body = "P" + tag + badges._encode(number, _NUMBER)
        out.append(body + _mac(secret, body))
    return out


def read_serial(ws: Workspace, poll_id: str, scanned: str) -> str:
    """A scanned or typed serial, checked: of this poll, not made up. Returns it normalised."""
    text = badges.normalize(scanned)
    if not _SHAPE.fullmatch(text):
        raise VoteRefused(reason=N_("this is not the serial of a paper ballot"))
    if text[1:1 + _TAG] != _tag(poll_id):
        raise VoteRefused(reason=N_("this paper ballot belongs to another poll"))
    if not hmac.compare_digest(text[-_MAC:], _mac(badge_secret(ws), text[:-_MAC])):
        raise VoteRefused(reason=N_("this serial is not valid (mistyped or made up)"))
    return text


def signing_secret(ws: Workspace) -> bytes | None:
    """The event's secret that signs serials, or None where the file holds none (a coordinator's master file)."""
    row = ws.conn.execute("SELECT value FROM meta WHERE key = 'badge_secret'").fetchone()
    return badge_secret(ws) if row else None


def typed_in(secret: bytes | None, poll_id: str, voter: str, serial: str | None) -> bool:
    """Whether a ballot row is a paper ballot typed in from its serial (it names nobody): its voter is
    `paper:SERIAL` and the serial is one of the poll, signed under the event's `secret` (not checked when the
    file holds none). Anything else claiming to be one counts as a ballot cast for a person, which its device's
    vote records bound."""
    if not isinstance(serial, str) or voter != "paper:" + serial or not _SHAPE.fullmatch(serial):
        return False
    if serial[1:1 + _TAG] != _tag(str(poll_id)):
        return False
    return secret is None or hmac.compare_digest(serial[-_MAC:], _mac(secret, serial[:-_MAC]))


def _clean(poll: dict[str, Any], payload: Any) -> Any:
    """The marks checked by the method's rules, in one form whatever the order they were typed in (so that
    two entries of the same paper compare equal): ticks in the poll's order, abstentions left out."""
    check, _count = METHODS[poll["method"]]
    try:
        clean = check(poll["options"], payload, poll["params"])
    except BallotRefused as refused:
        raise VoteRefused(reason=refused.reason, **refused.params) from None
    if poll["method"] == "approval":
        order = {o["id"]: i for i, o in enumerate(poll["options"])}
        clean = sorted(clean, key=order.__getitem__)
    elif poll["method"] == "yes-no":
        clean = {option: vote for option, vote in clean.items() if vote != "abstain"}
    return clean


_ENTERED = ("SELECT serial, payload FROM ballots b WHERE poll_id = ? AND channel = 'paper' AND deleted = 0 AND NOT EXISTS "
            "(SELECT 1 FROM ballot_voids v WHERE v.ballot_id = b.id AND v.deleted = 0)")


def enter_paper_ballot(ws: Workspace, poll_id: str, serial: str, payload: Any) -> Changes:
    """Count a paper ballot typed from paper: its serial checked and unused, its marks checked by the
    method's rules, in an open poll."""
    poll = get_poll(ws, poll_id)
    if poll["state"] != "open":
        raise VoteRefused(reason=N_("the poll is not open"))
    serial = read_serial(ws, poll_id, serial)
    clean = _clean(poll, payload)
    with ws.operation("ballots.paper") as op:
        if ws.conn.execute(_ENTERED + " AND serial = ?", (poll_id, serial)).fetchone():  # a voided one may be typed again
            raise VoteRefused(reason=ALREADY_ENTERED)
        eligible = eligible_people(ws, poll)
        if voters_and_papers(ws, poll, eligible) >= len(eligible):
            raise VoteRefused(reason=NO_BALLOTS_LEFT, hint=N_("Nothing was recorded. Check whether this paper was "
                              "handed out twice, or void a ballot entered by mistake."), count=len(eligible))
        add_ballot(op, poll, {"poll_id": poll_id, "channel": "paper", "serial": serial,
                              "payload": json.dumps(clean, sort_keys=True)}, "paper:" + serial)
    return op.changes


@dataclass(frozen=True)
class PaperCheck:
    """A second entry of a paper ballot: whether it agrees with the first, and what recording it changed."""

    agrees: bool
    changes: Changes


def voters_and_papers(ws: Workspace, poll: dict[str, Any], eligible: set[str]) -> int:
    """How many ballots the poll holds against its voters: the `eligible` people with a vote record (kiosk,
    badge, command line) and the paper ballots typed in by serial alone, not voided, each serial once."""
    person = person_of(ws)
    voted = {person(r[0]) for r in ws.conn.execute("SELECT participant_id FROM votes WHERE poll_id = ? AND deleted = 0",
                                                    (poll["id"],))}
    papers = ws.conn.execute("SELECT count(DISTINCT serial) FROM ballots b WHERE poll_id = ? AND deleted = 0 AND "
                             "voter = 'paper:' || serial AND NOT EXISTS (SELECT 1 FROM ballot_voids v WHERE "
                             "v.ballot_id = b.id AND v.deleted = 0)", (poll["id"],)).fetchone()[0]
    return len(voted & eligible) + int(papers)


def check_paper_entry(ws: Workspace, poll_id: str, serial: str, payload: Any) -> PaperCheck:
    """The second entry of a paper ballot by another person: recorded, and compared with the first (a serial
    not entered yet does not agree)."""
    poll = get_poll(ws, poll_id)
    serial = read_serial(ws, poll_id, serial)
    clean = json.dumps(_clean(poll, payload), sort_keys=True)
    with ws.operation("ballots.check") as op:
        records.insert_fact(op, "ballot_checks", {"poll_id": poll_id, "serial": serial, "payload": clean})
    first = ws.conn.execute(_ENTERED + " AND serial = ? ORDER BY created_at, id LIMIT 1", (poll_id, serial)).fetchone()
    return PaperCheck(first is not None and first[1] == clean, op.changes)


def check_paper_ballot(ws: Workspace, poll_id: str, serial: str, payload: Any) -> bool:
    """`check_paper_entry`, answering only whether the two entries agree."""
    return check_paper_entry(ws, poll_id, serial, payload).agrees


def paper_mismatches(ws: Workspace, poll_id: str) -> list[dict[str, Any]]:
    """Paper ballots whose two entries disagree, or that only one person entered (when double entry is
    used at all): `{"serial", "problem": "differs" | "not_checked" | "not_entered", "first", "second"}`."""
    get_poll(ws, poll_id)
    firsts = dict(ws.conn.execute(_ENTERED + " ORDER BY created_at, id", (poll_id,)).fetchall()[::-1])  # the counted one
    seconds = dict(ws.conn.execute("SELECT serial, payload FROM ballot_checks WHERE poll_id = ? AND deleted = 0 "
                                   "ORDER BY created_at", (poll_id,)).fetchall())  # the latest check
    if not seconds:
        return []
    out = []
    for serial in sorted(set(firsts) | set(seconds)):
        first, second = firsts.get(serial), seconds.get(serial)
        problem = ("not_entered" if first is None else "not_checked" if second is None
                   else "differs" if first != second else None)
        if problem:
            out.append({"serial": serial, "problem": problem, "first": json.loads(first) if first else None,
                        "second": json.loads(second) if second else None})
    return out
