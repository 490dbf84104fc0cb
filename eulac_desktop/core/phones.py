"""Phones in the room: each person's short phone code, and the phone sessions of a room open to phones.

A participant joins from their own phone with the **phone code** printed on their badge and agenda card
(`badges.make_phone_code`: 6 letters of the badge alphabet, an HMAC under the event's secret, so a reprint
gives the same code). Joining gives the phone a **token** (256 random bits) bound to that person and that
event. One phone per person at a time: a new join takes over, and the earlier phone's token then says so;
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
        token = secrets.token_urlsafe(TOKEN_BYTES)
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
            raise PhoneRefused("unknown")
        if session.event_id != (event_id or self.event_id):
            raise PhoneRefused("other_event")
        if session.ended:
            raise PhoneRefused(session.ended)
        return session

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
