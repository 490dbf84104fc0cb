"""Participants: add people, list them in a stable order, and find them by name, accent-insensitively.

(The import of organisers' lists, validation and deduplication build on these operations.)
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Mapping, Sequence

from . import errors, records
from .i18n import _
from .workspace import Changes, Workspace

FIELDS = ("given_name", "family_name", "email", "organisation", "country", "role", "languages", "offers",
          "seeks", "consent_photo")
ROLES = ("participant", "speaker", "facilitator", "organiser")
#: A progress callback gets (done, total) and returns False to cancel.
Progress = Callable[[int, int], bool]
_PROGRESS_EVERY = 250


def clean_participant(values: Mapping[str, Any]) -> dict[str, Any]:
    """Trim and check one person's fields; InvalidValue when a name is missing or a role unknown."""
    out = {k: (str(v).strip() if isinstance(v, str) else v) for k, v in values.items() if k in FIELDS}
    if not (out.get("given_name") or out.get("family_name")):
        raise errors.InvalidValue(field=_("Name"), reason=_("a participant needs a given or a family name."))
    role = out.get("role") or "participant"
    if role not in ROLES:
        raise errors.InvalidValue(field=_("Role"), reason=_("“{value}” is not one of {known}.").format(value=role, known=", ".join(ROLES)))
    out["role"] = role
    if "country" in out and out["country"]:
        out["country"] = str(out["country"]).upper()
    if "email" in out and out["email"]:
        out["email"] = str(out["email"]).lower()
    return out


def add_participants(ws: Workspace, people: Sequence[Mapping[str, Any]], action: str = "participants.add",
                     progress: Progress | None = None) -> Changes:
    """Add people in one transaction; a progress callback returning False cancels and changes nothing."""
    cleaned = [clean_participant(p) for p in people]
    total = len(cleaned)
    with ws.operation(action) as op:
        for done, person in enumerate(cleaned, 1):
            records.insert_entity(op, "participants", person)
            if progress and (done % _PROGRESS_EVERY == 0 or done == total) and progress(done, total) is False:
                raise errors.Cancelled()
    return op.changes


def participant_ids(ws: Workspace, search: str = "") -> list[str]:
    """Ids of the event's participants, by family then given name; only those matching `search` if given.

    The search is accent- and case-insensitive and matches word starts in names, organisation and
    e-mail ("jose" finds "José", "conceicao" finds "Conceição").
    """
    order = "ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, p.id"
    query = fts_query(search)
    if not query:
        sql = f"SELECT p.id FROM participants p WHERE p.event_id = ? AND p.deleted = 0 {order}"
        return [r[0] for r in ws.conn.execute(sql, (ws.event_id,))]
    sql = ("SELECT p.id FROM participants p JOIN participants_fts f ON f.rowid = p.rowid "
           f"WHERE participants_fts MATCH ? AND p.event_id = ? AND p.deleted = 0 {order}")
    return [r[0] for r in ws.conn.execute(sql, (query, ws.event_id))]


def fts_query(text: str) -> str:
    """An FTS5 query matching every word of `text` as a prefix (quotes and operators neutralised)."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join(f'"{w}"*' for w in words)


def participant_rows(ws: Workspace, ids: Iterable[str], columns: Sequence[str] = FIELDS) -> dict[str, dict[str, Any]]:
    """The given participants' fields, by id (for lazily loaded views)."""
    ids = list(ids)
    cols = ", ".join(f'"{c}"' for c in ("id", *columns) if c in ("id", *FIELDS))
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        cur = ws.conn.execute(f"SELECT {cols} FROM participants WHERE id IN ({marks})", chunk)
        names = [d[0] for d in cur.description]
        for row in cur:
            out[row[0]] = dict(zip(names, row))
    return out


def participant_count(ws: Workspace) -> int:
    """How many participants the event has."""
    return records.live_count(ws, "participants")
