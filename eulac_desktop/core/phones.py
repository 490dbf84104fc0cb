"""Phones in the room: each person's short phone code, and the phone sessions of a room open to phones.

A participant joins from their own phone with the **phone code** printed on their badge and agenda card
(`badges.make_phone_code`: 6 letters of the badge alphabet, an HMAC under the event's secret, so a reprint
gives the same code). Joining gives the phone a **token** (256 random bits, after a tag of the event) bound to
that person and that event. One phone per person at a time: a new join takes over, and the earlier phone's token then says so;
the facilitator can revoke a phone. Sessions live in memory while the room is open (`PhoneSessions`): a
copy of the event file carries no live token, and closing the room ends them all.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from . import badges, errors
from .checkin import badge_secret
from .i18n import N_
from .workspace import Workspace

TOKEN_BYTES = 32  # 256 bits: unguessable

#: Why a phone is refused (codes for the page; translated reasons for people).
REFUSALS = {
    "wrong_code": N_("This phone code is not valid. Check the code on your badge and try again."),
    "shared_code": N_("This phone code belongs to two people. Ask the facilitator to let you in."),
    "replaced": N_("Another phone joined with your code: this one is signed out."),
    "revoked": N_("The facilitator signed this phone out."),
    "unknown": N_("This phone is not signed in (the room was closed or restarted). Join again with your code."),
    "other_event": N_("This phone is signed in to another event. Join again with your code."),
}


class PhoneRefused(errors.EulacError):
    """A phone code or token that does not open the room; `why` is a key of `REFUSALS`."""

    code = "phone_refused"

    def __init__(self, why: str):
        super().__init__(REFUSALS[why])
        self.why = why


def phone_code(ws: Workspace, participant_id: str) -> str:
    """The phone code printed on a participant's badge and agenda card."""
    row = ws.conn.execute("SELECT badge_number FROM participants WHERE id = ?", (participant_id,)).fetchone()
    if row is None or row[0] is None:
        raise errors.InvalidValue(field=N_("Participant"), reason=N_("this participant no longer exists"))
    return badges.make_phone_code(badge_secret(ws), ws.event_id, row[0])


def normalize_phone_code(typed: str) -> str:
    """What a person typed as a phone code: capitals, without spaces, dashes or dots."""
    return "".join(c for c in typed.upper() if c.isalnum())


def find_by_phone_code(ws: Workspace, typed: str) -> dict[str, Any]:
    """The participant (id, names, languages) whose phone code was typed; refused as `wrong_code`, or
    `shared_code` in the rare case that two people of the event have the same code."""
    code = normalize_phone_code(typed)
    if len(code) != badges.PHONE_CODE_LEN or any(c not in badges.ALPHABET for c in code):
        raise PhoneRefused("wrong_code")
    secret, event_id = badge_secret(ws), ws.event_id
    found = [row for row in ws.conn.execute(
        "SELECT id, given_name, family_name, languages, badge_number FROM participants WHERE event_id = ? AND "
        "deleted = 0 AND erased = 0 AND merged_into IS NULL AND badge_number IS NOT NULL", (event_id,))
        if badges.make_phone_code(secret, event_id, row[4]) == code]
    if not found:
        raise PhoneRefused("wrong_code")
    if len(found) > 1:
        raise PhoneRefused("shared_code")
    pid, given, family, languages, _number = found[0]
    return {"id": pid, "given_name": given or "", "family_name": family or "",
            "languages": [x for x in (languages or "").split(";") if x]}


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _event_tag(event_id: str) -> str:
    """A token's first part: which event it was given for (not secret), so a token of another event's room is
    told apart from one this room never gave."""
    return hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:8]


@dataclass
class PhoneSession:
    """One phone of one person in one event; `ended` says why it no longer opens the room ("" while it does)."""

    participant_id: str
    event_id: str
    language: str
    joined_at: float = field(default_factory=time.time)
    ended: str = ""


class PhoneSessions:
    """The phones joined to a room (thread-safe): join, check a token, revoke, close. Tokens are kept only as
    their SHA-256 digests."""

    def __init__(self, event_id: str):
        self.event_id = event_id
        self._lock = threading.Lock()
        self._by_digest: dict[str, PhoneSession] = {}
        self._current: dict[str, str] = {}  # participant → digest of their phone's token

    def join(self, participant_id: str, language: str) -> tuple[str, bool]:
        """A new session for the person: (its token, whether it took over from another phone)."""
        token = f"{_event_tag(self.event_id)}.{secrets.token_urlsafe(TOKEN_BYTES)}"
        digest = _digest(token)
        with self._lock:
            before = self._current.get(participant_id)
            if before is not None:
                self._by_digest[before].ended = "replaced"
            self._by_digest[digest] = PhoneSession(participant_id, self.event_id, language)
            self._current[participant_id] = digest
        return token, before is not None

    def check(self, token: str, event_id: str | None = None) -> PhoneSession:
        """The session of a token, if it opens the room (of `event_id`, by default this room's); else refused."""
        with self._lock:
            session = self._by_digest.get(_digest(token))
        if session is None:
            tag = token.partition(".")[0] if "." in token else ""
            raise PhoneRefused("other_event" if tag and tag != _event_tag(event_id or self.event_id) else "unknown")
        if session.event_id != (event_id or self.event_id):
            raise PhoneRefused("other_event")
        if session.ended:
            raise PhoneRefused(session.ended)
        return session

    def language_of(self, token: str) -> str | None:
        """The language of a token's person, even once it no longer opens the room (None for a token never given)."""
        with self._lock:
            session = self._by_digest.get(_digest(token))
        return session.language if session is not None else None

    def set_language(self, token: str, language: str) -> None:
        """The language the phone's person chose on the page (for the server's messages)."""
        self.check(token).language = language

    def revoke(self, participant_id: str) -> bool:
        """The facilitator signs the person's phone out; whether they had one."""
        with self._lock:
            digest = self._current.pop(participant_id, None)
            if digest is not None:
                self._by_digest[digest].ended = "revoked"
        return digest is not None

    def joined(self) -> list[str]:
        """The people who have a phone in the room now."""
        with self._lock:
            return list(self._current)

    def close(self) -> None:
        """The room closes: every token stops working."""
        with self._lock:
            self._by_digest.clear()
            self._current.clear()


# -- what a phone sees ---------------------------------------------------------------------------


AUTO, NONE = "auto", "none"


@dataclass(frozen=True)
class Focus:
    """What the facilitator opened to phones. `poll` and `challenge`: AUTO (the latest opened poll; the open
    challenge whose countdown runs, else the last open one), NONE (nothing), or the id of an open one; `round`:
    whether phones see the P2P round running now; `survey`: whether each person may answer the evaluation survey."""

    poll: str = AUTO
    challenge: str = AUTO
    round: bool = True
    survey: bool = False


def choose_focus(ws: Workspace, poll: str | None = None, challenge: str | None = None, tables: bool = True,
                 survey: bool = False) -> Focus:
    """What phones see, from a command line's choices (as the window's dialog offers them): a poll's and a challenge's
    id (or a unique start of it), "none" for nothing, None for the default (AUTO); `tables`, the P2P round's tables;
    `survey`, the evaluation survey.
    A poll or challenge this event does not have is refused (`errors.InvalidValue`), naming the option."""
    from .ideas import challenges
    from .voting import polls

    def pick(given: str | None, option: str, known: list[str], reason: str, several: str) -> str:
        if given is None:
            return AUTO
        if given.strip().lower() == NONE:
            return NONE
        matches = [i for i in known if i == given] or [i for i in known if given and i.startswith(given)]
        if len(matches) != 1:
            raise errors.InvalidValue(field=option, reason=several if matches else reason, value=given)
        return matches[0]

    return Focus(pick(poll, "--poll", [p["id"] for p in polls(ws)], N_("this event has no poll “{value}”"),
                      N_("“{value}” starts the ids of several polls: give more of it")),
                 pick(challenge, "--challenge", [c["id"] for c in challenges(ws)],
                      N_("this event has no challenge “{value}”"),
                      N_("“{value}” starts the ids of several challenges: give more of it")),
                 tables, survey)


def open_poll(ws: Workspace, choice: str = AUTO) -> dict[str, Any] | None:
    """The poll open to phones now: the one chosen if it is open, none, or (AUTO) the latest opened."""
    from .voting import polls

    if choice == NONE:
        return None
    opened = [p for p in polls(ws) if p["state"] == "open"]
    if choice != AUTO:
        return next((p for p in opened if p["id"] == choice), None)
    return max(opened, key=lambda p: p["updated_at"]) if opened else None


def results_poll(ws: Workspace, choice: str = AUTO) -> dict[str, Any] | None:
    """The poll whose results phones see now: the poll open to phones if it is live; when it is not open any more,
    the chosen poll once closed, or (AUTO, no poll open) the poll closed last. An open poll that is not live shows
    no results."""
    from .voting import polls

    if choice == NONE:
        return None
    shown = open_poll(ws, choice)
    if shown is not None:
        return shown if shown["live"] else None
    closed = [p for p in polls(ws) if p["state"] == "closed" and choice in (AUTO, p["id"])]
    return max(closed, key=lambda p: p["updated_at"]) if closed else None


def poll_results(ws: Workspace, poll_id: str) -> dict[str, Any]:
    """A poll's results as phones see them, counted by `voting.results` (the window's count): the question, the
    method, the options in result order (`ranking`: id, text, score, rank) and the turnout; totals only, never a
    voter nor a ballot (the same for a secret poll)."""
    from .voting import results

    counted = results(ws, poll_id)
    return {"poll_id": counted["id"], "question": counted["title"], "method": counted["method"],
            "ranking": [{"id": o["id"], "text": o["text"], "score": o["score"], "rank": o["rank"]}
                        for o in counted["options"]],
            "ballots": counted["ballots"], "eligible": counted["eligible"]}


def open_challenge(ws: Workspace, choice: str = AUTO) -> dict[str, Any] | None:
    """The challenge phones post ideas to: the one chosen if it is open, none, or (AUTO) the open one whose
    countdown runs, else the last open one."""
    from .ideas import challenges

    if choice == NONE:
        return None
    opened = [c for c in challenges(ws) if c["state"] == "open"]
    if choice != AUTO:
        return next((c for c in opened if c["id"] == choice), None)
    running = [c for c in opened if c.get("timer_ends_at")]
    chosen = running or opened
    return chosen[-1] if chosen else None


def turnout(ws: Workspace, poll_id: str) -> dict[str, int]:
    """How many people voted in the poll (vote records, on any device and by any channel) of how many may."""
    from .voting.polls import eligible_count, get_poll

    cast = ws.conn.execute("SELECT count(DISTINCT participant_id) FROM votes WHERE poll_id = ? AND deleted = 0",
                           (poll_id,)).fetchone()[0]
    return {"ballots": int(cast), "eligible": eligible_count(ws, get_poll(ws, poll_id))}


def _now_round(ws: Workspace, plan: dict[str, Any]) -> int | None:
    """The round of the plan running now on the event's clocks (None before, after, or without times)."""
    from datetime import datetime, timedelta

    from .event import event_now, get_event

    start, minutes = plan["params"].get("start"), plan["params"].get("minutes")
    if not (start and minutes):
        return None
    elapsed = event_now(get_event(ws)).replace(tzinfo=None) - datetime.fromisoformat(start).replace(tzinfo=None)
    length = timedelta(minutes=minutes)
    return int(elapsed / length) + 1 if timedelta(0) <= elapsed < length * len(plan["rounds"]) else None


def _seats(ws: Workspace, lang: str) -> tuple[dict[str, list[dict[str, Any]]], int | None]:
    """Every seated person's P2P rounds (number, time, table, topic in `lang` or else in a language they read, the
    others' names), and the round running now."""
    from datetime import datetime, timedelta

    from .p2p import latest_plan, topic_label, topic_labels
    from .p2p.topics import spoken

    plan = latest_plan(ws)
    if plan is None:
        return {}, None
    names, reads = {}, {}
    for pid, given, family, languages in ws.conn.execute(
            "SELECT id, given_name, family_name, languages FROM participants WHERE event_id = ? AND erased = 0 AND "
            "deleted = 0", (ws.event_id,)):
        names[pid], reads[pid] = " ".join(x for x in (given, family) if x), spoken(languages)
    labels: dict[tuple[str, ...], dict[str, str]] = {}

    def label(pid: str, code: str) -> str:
        """The topic in `lang`, else in another language the person reads, else in the event's first."""
        if reads.get(pid, ()) not in labels:
            labels[reads.get(pid, ())] = topic_labels(ws, lang, reads.get(pid, ()))
        return topic_label(labels[reads.get(pid, ())], code)

    start, minutes = plan["params"].get("start"), plan["params"].get("minutes")
    seats: dict[str, list[dict[str, Any]]] = {}
    for number, round_ in enumerate(plan["rounds"], start=1):
        at = (datetime.fromisoformat(start) + timedelta(minutes=minutes * (number - 1))).strftime("%H:%M") \
            if start and minutes else ""
        for table in round_["tables"]:
            for pid in table["participant_ids"]:
                seats.setdefault(pid, []).append({
                    "number": number, "time": at, "table": table["table"], "topic": label(pid, table["topic"]),
                    "language": table.get("language", ""),
                    "with": [names[q] for q in table["participant_ids"] if q != pid and q in names]})
    return seats, _now_round(ws, plan)


def _rounds(ws: Workspace, participant_id: str, lang: str) -> tuple[list[dict[str, Any]], int | None]:
    """The person's P2P rounds (see `_seats`) and the round running now."""
    seats, now_round = _seats(ws, lang)
    return seats.get(participant_id, []), now_round


def agenda(ws: Workspace, participant_id: str, lang: str) -> dict[str, Any]:
    """A person's day: their P2P rounds (`rounds`, with `now` the round running) and the programme's sessions."""
    from .checkin import sessions

    rounds, now_round = _rounds(ws, participant_id, lang)
    rated = {r for (r,) in ws.conn.execute("SELECT round FROM p2p_feedback WHERE participant_id = ? AND deleted = 0",
                                           (participant_id,))}
    return {"rounds": [{**r, "rated": r["number"] in rated} for r in rounds], "now": now_round,
            "programme": [{"name": s["name"], "room": s["room"] or "", "starts_at": s["starts_at"] or "",
                           "ends_at": s["ends_at"] or ""} for s in sessions(ws)]}


def room_shared(ws: Workspace, lang: str, focus: Focus | None = None) -> dict[str, Any]:
    """What is open to phones now, the same for every person (`focus`: what the facilitator opened): `room_now`
    without the person's `voted`, `round` and `answered`, and `seats`: each seated person's table in the round running
    now. Computed once and shared by 400 phones asking at once (see `room_for`)."""
    from .i18n import translator
    from .survey import question_text, questions
    from .voting import results
    from .voting.ballot_texts import INSTRUCTIONS, KIOSK_INSTRUCTIONS, method_params

    # a ranking is numbered as on paper (a number to choose beside each option); the rest reads as at the kiosk
    how = {**KIOSK_INSTRUCTIONS, "borda": INSTRUCTIONS["borda"], "schulze": INSTRUCTIONS["schulze"]}
    focus = focus or Focus()
    poll = open_poll(ws, focus.poll)
    challenge = open_challenge(ws, focus.challenge)
    shown = results_poll(ws, focus.poll)
    out: dict[str, Any] = {"poll": None, "challenge": None, "seats": {},
                           "results": poll_results(ws, shown["id"]) if shown is not None else None, "survey": None}
    if focus.survey:
        out["survey"] = {"questions": [{"id": q["id"], "kind": q["kind"], "text": question_text(q, translator(lang))}
                                       for q in questions(ws)]}
    if poll is not None:
        out["poll"] = {"id": poll["id"], "title": poll["title"], "method": poll["method"],
                       "options": [{"id": o["id"], "text": o["text"]} for o in poll["options"]],
                       "params": poll["params"], "secret": bool(poll["secret"]),
                       "instructions": translator(lang)(how[poll["method"]]).format(**method_params(poll["params"])),
                       "turnout": turnout(ws, poll["id"]),
                       "results": results(ws, poll["id"])["options"] if poll["live"] else None}
    if challenge is not None:
        out["challenge"] = {"id": challenge["id"], "question": challenge["question"],
                            "description": challenge.get("description") or ""}
    if focus.round:
        seats, now_round = _seats(ws, lang)
        if now_round is not None:
            out["seats"] = {pid: r for pid, rounds in seats.items() for r in rounds if r["number"] == now_round}
    return out


def room_for(ws: Workspace, shared: dict[str, Any], participant_id: str) -> dict[str, Any]:
    """`room_now` for one person from what is open to every phone (`room_shared`): adds whether they voted, and
    whether they answered the survey."""
    from .survey import has_answered
    from .voting import has_voted

    poll, survey = shared["poll"], shared["survey"]
    return {"poll": None if poll is None else {**poll, "voted": has_voted(ws, poll["id"], participant_id)},
            "challenge": shared["challenge"], "round": shared["seats"].get(participant_id),
            "results": shared["results"],
            "survey": None if survey is None else {**survey, "answered": has_answered(ws, participant_id)}}


def room_now(ws: Workspace, participant_id: str, lang: str, focus: Focus | None = None) -> dict[str, Any]:
    """What is open to the person's phone now (`focus`: what the facilitator opened): `poll` (with `voted`, and its
    results when it is live), the `challenge` to post ideas to, the `round` they sit at now (None for each
    that is not open), and the `results` of the poll shown to phones once it closed or while it is live (see
    `results_poll`, `poll_results`; else None), and the evaluation `survey` when it is open to phones (its
    `questions` in `lang`, each `{"id", "kind", "text"}`, and whether the person `answered`; else None)."""
    return room_for(ws, room_shared(ws, lang, focus), participant_id)


def file_version(ws: Workspace) -> int:
    """A number that changes whenever another connection commits to the event file (SQLite's data_version)."""
    return int(ws.conn.execute("PRAGMA data_version").fetchone()[0])


def room_summary(ws: Workspace, focus: Focus | None = None) -> dict[str, Any]:
    """What every phone and the projector follow (`focus`: what the facilitator opened): the open poll (its
    turnout, whether it is live), the open challenge (with how many ideas it has), the P2P round running now, and
    `results`: the poll whose results phones see (`{"poll_id", "ballots"}`, see `results_poll`) or None, and
    whether the `survey` is open to phones."""
    from .p2p import latest_plan

    focus = focus or Focus()
    poll, challenge, plan = open_poll(ws, focus.poll), open_challenge(ws, focus.challenge), latest_plan(ws)
    now_round = _now_round(ws, plan) if plan is not None and focus.round else None
    shown = results_poll(ws, focus.poll)
    ideas = None
    if challenge is not None:
        ideas = int(ws.conn.execute("SELECT count(*) FROM ideas WHERE challenge_id = ? AND deleted = 0",
                                    (challenge["id"],)).fetchone()[0])
    return {"poll": poll["id"] if poll else None, "live": bool(poll and poll["live"]),
            "turnout": turnout(ws, poll["id"]) if poll else None,
            "challenge": challenge["id"] if challenge else None, "ideas": ideas, "round": now_round,
            "results": {"poll_id": shown["id"], "ballots": turnout(ws, shown["id"])["ballots"]} if shown else None,
            "survey": focus.survey}
