"""Attendance certificates: who gets one, the hours they attended, and a short verification code.

A person gets a certificate when they checked in (and attended at least `min_sessions` sessions and
`min_hours` hours, when asked);
erased and deleted people get none, and records merged into another count as the person they were merged
into (`checkin.counted_people`'s rule). Hours come from session attendance: the length of each session the
person was scanned into.

The verification code is the person's badge number (7 letters) and an HMAC-SHA256 of it under the event's secret
(13 letters, 56 bits), in the badges' alphabet (`badges.ALPHABET`): 20 letters that every keyboard layout of the
events types alike, read case-insensitively, printed in groups of four that spaces (typed alike everywhere)
separate. A code altered by one letter is refused; it holds no personal data, and only the event file can say
whose it is (`verify`).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from . import badges, errors, records
from .i18n import LANGUAGES, N_, Msg, _
from .workspace import Changes, Workspace

_NUMBER_LEN, _MAC_LEN = badges.NUMBER_LEN, 13
CODE_LEN = _NUMBER_LEN + _MAC_LEN
MAX_SIGNATURE_BYTES = 512 * 1024
MAX_ORGANISER = 200
#: Why someone gets no certificate (codes for programs; translated reasons for people).
REASONS: dict[str, Msg] = {
    "not_checked_in": N_("did not check in"),
    "too_few_sessions": N_("attended fewer sessions than asked"),
    "too_few_hours": N_("attended fewer hours than asked"),
}


class CodeRefused(errors.EulacError):
    code = "certificate_refused"
    message = N_("The verification code “{code}” was refused: {reason}")
    hint = N_("Check the code on the certificate (letters only, any case); it verifies only with this event's file.")


@dataclass(frozen=True)
class Certificate:
    """One person's certificate: who, in which language, what they attended, and its code."""

    participant_id: str
    given_name: str
    family_name: str
    email: str
    language: str
    sessions: int
    hours: float
    code: str


def _mac(secret: bytes, event_id: str, number: int) -> str:
    import hashlib  # (here, as in badges: the window's start imports this module and makes no code)
    import hmac

    body = f"certificate:{event_id}:{number}".encode()
    value = int.from_bytes(hmac.new(secret, body, hashlib.sha256).digest()[:8], "big")
    return badges._encode(value % badges._BASE ** _MAC_LEN, _MAC_LEN)


def make_code(secret: bytes, event_id: str, number: int) -> str:
    """The verification code of the badge `number`, in groups of four letters ("BCDF GHIJ …")."""
    raw = badges._encode(number, _NUMBER_LEN) + _mac(secret, event_id, number)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def read_code(secret: bytes, event_id: str, typed: str) -> int | None:
    """The badge number a typed code stands for, if it verifies (any case, spaces and dashes ignored), else None."""
    text = badges.normalize(typed)
    if len(text) != CODE_LEN or any(c not in badges._INDEX for c in text):
        return None
    number = badges._decode(text[:_NUMBER_LEN])
    from hmac import compare_digest

    return number if compare_digest(text[_NUMBER_LEN:], _mac(secret, event_id, number)) else None


def _attended(ws: Workspace) -> dict[str, list[str]]:
    """The sessions each person attended (merges followed; each session once)."""
    from .registration.people import person_of

    person = person_of(ws)
    out: dict[str, set[str]] = {}
    for pid, session_id in ws.conn.execute("SELECT participant_id, session_id FROM attendance WHERE event_id = ? AND "
                                           "deleted = 0", (ws.event_id,)):
        out.setdefault(person(pid), set()).add(session_id)
    return {pid: sorted(s) for pid, s in out.items()}


def _hours(ws: Workspace) -> dict[str, float]:
    """Each session's length in hours (0 when its start or end is not known)."""
    out = {}
    for sid, start, end in ws.conn.execute("SELECT id, starts_at, ends_at FROM sessions WHERE event_id = ? AND deleted = 0",
                                           (ws.event_id,)):
        try:
            out[sid] = max(0.0, (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds() / 3600)
        except (TypeError, ValueError):
            out[sid] = 0.0
    return out


def plan(ws: Workspace, min_sessions: int = 0, min_hours: float = 0) -> tuple[list[Certificate], list[dict[str, Any]]]:
    """Who gets a certificate and who does not (with why): `(certificates, [{"participant_id", "email", "name",
    "reason"}])`, both by family then given name; people who attended fewer than `min_sessions` sessions or
    `min_hours` hours get none. Erased people are in neither list."""
    from .checkin import checked_in_ids
    from .event import get_event
    from .text import display_name, name_sort_key

    secret = _secret(ws)
    arrived = checked_in_ids(ws)
    attended, hours = _attended(ws), _hours(ws)
    main = get_event(ws).languages[0]
    rows = ws.conn.execute(
        "SELECT id, given_name, family_name, email, languages, badge_number FROM participants WHERE event_id = ? AND "
        "deleted = 0 AND erased = 0 AND merged_into IS NULL", (ws.event_id,)).fetchall()
    rows.sort(key=lambda r: (name_sort_key(r[2], r[1]), r[0]))
    made, skipped = [], []
    for pid, given, family, email, langs, number in rows:
        sessions = [s for s in attended.get(pid, []) if s in hours]
        spent = round(sum(hours[s] for s in sessions), 2)
        reason = ("not_checked_in" if pid not in arrived else "too_few_sessions" if len(sessions) < min_sessions
                  else "too_few_hours" if spent < min_hours else None)
        if reason:
            skipped.append({"participant_id": pid, "email": email or "", "name": display_name({"given_name": given, "family_name": family}, safe=False),
                            "reason": reason})
            continue
        spoken = [c for c in (langs or "").split(";") if c in LANGUAGES]
        made.append(Certificate(pid, given or "", family or "", email or "", spoken[0] if spoken else main,
                                len(sessions), spent,
                                make_code(secret, ws.event_id, number)))
    return made, skipped


def _secret(ws: Workspace) -> bytes:
    from .checkin import badge_secret

    return badge_secret(ws)


def verify(ws: Workspace, code: str) -> dict[str, Any]:
    """Whose certificate `code` is: `{"participant_id", "name", "email", "event", "event_id"}`; CodeRefused when it
    does not verify, or its person has no certificate (not checked in, erased, removed)."""
    from .checkin import checked_in_ids
    from .event import get_event

    number = read_code(_secret(ws), ws.event_id, code)
    if number is None:
        raise CodeRefused(code=code, reason=N_("it is not a code of this event (mistyped, altered or forged)"))
    row = ws.conn.execute("SELECT id, given_name, family_name, email, deleted, erased FROM participants WHERE "
                          "event_id = ? AND badge_number = ?", (ws.event_id, number)).fetchone()
    if row is None or row[4] or row[5] or row[0] not in checked_in_ids(ws):
        raise CodeRefused(code=code, reason=N_("its person has no certificate of this event (removed, erased, or "
                                               "never checked in)"))
    return {"participant_id": row[0], "name": f"{row[1] or ''} {row[2] or ''}".strip(), "email": row[3] or "",
            "event": get_event(ws).name, "event_id": ws.event_id}


# -- who signs -----------------------------------------------------------------------------------------------------


def signer(ws: Workspace) -> tuple[str, bytes | None]:
    """The organiser who signs the certificates and their signature image (PNG or JPEG bytes), if set."""
    row = ws.conn.execute("SELECT organiser, signature FROM events WHERE id = ?", (ws.event_id,)).fetchone()
    if row is None:
        return "", None
    return row[0] or "", base64.b64decode(row[1]) if row[1] else None


_KEEP: Any = object()


def set_signer(ws: Workspace, *, organiser: str | None = _KEEP, signature: Any = _KEEP) -> Changes:
    """Set the organiser's name and/or signature image printed on the certificates: `signature` is a PNG or JPEG
    file's path or bytes (at most 512 KB), the base64 text stored (as undo gives back), or None to remove it.
    One operation; undo gives the previous values back through this same function."""
    changes: dict[str, Any] = {}
    if organiser is not _KEEP:
        name = " ".join((organiser or "").split())
        if len(name) > MAX_ORGANISER:
            raise errors.InvalidValue(field=_("Organiser"), reason=_("at most {n} characters.").format(n=MAX_ORGANISER))
        changes["organiser"] = name
    if signature is None:
        changes["signature"] = None
    elif signature is not _KEEP:
        data = (base64.b64decode(signature) if isinstance(signature, str) else signature if isinstance(signature, bytes)
                else _read_image(Path(signature)))
        if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
            raise errors.InvalidValue(field=_("Signature image"), reason=_("choose a PNG or JPEG image"))
        if len(data) > MAX_SIGNATURE_BYTES:
            raise errors.InvalidValue(field=_("Signature image"), reason=_("the image is larger than 512 KB"))
        changes["signature"] = base64.b64encode(data).decode("ascii")
    with ws.operation("event.signer") as op:
        if changes:
            records.update_entity(op, "events", ws.event_id, changes)
    return op.changes


def _read_image(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(MAX_SIGNATURE_BYTES + 1)
    except OSError as exc:
        raise errors.InvalidValue(field=str(path), reason=_("it could not be read ({detail})").format(
            detail=exc.strerror or exc)) from exc
