"""Capturing ideas: add (one or many), edit, delete (a tombstone), list."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from .. import errors, records
from ..i18n import N_
from ..text import display_name
from ..workspace import Changes, Workspace
from .challenges import get_challenge

#: Longer ideas are refused: they are documents, not ideas (5,000 characters still fit, shortened on cards).
MAX_IDEA_LENGTH = 10_000
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")  # keeps \n (Ctrl+Enter makes a new line) and \t


def clean_text(text: str) -> str:
    """An idea's text as stored: NFC, control characters removed, each line trimmed, no blank lines at the ends."""
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")))
    return "\n".join(line.strip() for line in text.split("\n")).strip("\n").strip()


def split_lines(pasted: str) -> list[str]:
    """Bulk paste: one idea per non-empty line (list bullets and numbering removed)."""
    bullet = re.compile(r"^\s*(?:[-*•·–]|\d{1,3}[.)])\s+")
    return [t for t in (clean_text(bullet.sub("", line)) for line in pasted.splitlines()) if t]


def _check_text(text: str) -> str:
    clean = clean_text(text)
    if not clean:
        raise errors.InvalidValue(field=N_("Idea"), reason=N_("an idea needs some text"))
    if len(clean) > MAX_IDEA_LENGTH:
        raise errors.InvalidValue(field=N_("Idea"), reason=N_("an idea may have at most {limit} characters"),
                                  limit=MAX_IDEA_LENGTH)
    return clean


def _check_author(ws: Workspace, author_id: str | None) -> str | None:
    if author_id and records.get(ws, "participants", author_id) is None:
        raise errors.InvalidValue(field=N_("Author"), reason=N_("this participant does not exist"))
    return author_id or None


def _check_language(language: str | None) -> str | None:
    from ..registration.people import language_code

    if not (language or "").strip():
        return None
    code = language_code(str(language).strip())
    if code is None:
        raise errors.InvalidValue(field=N_("Language"), reason=N_("unknown language “{value}”"), value=language)
    return code


def add_ideas(ws: Workspace, challenge_id: str, texts: Iterable[str], *, author_id: str | None = None,
              table_label: str | None = None, language: str | None = None) -> Changes:
    """Add ideas to a challenge (unsorted, after the others), in one transaction; empty texts are refused."""
    get_challenge(ws, challenge_id)
    clean = [_check_text(t) for t in texts]
    if not clean:
        raise errors.InvalidValue(field=N_("Idea"), reason=N_("an idea needs some text"))
    author_id = _check_author(ws, author_id)
    language = _check_language(language)
    with ws.operation("ideas.add") as op:
        position = _last_position(ws, challenge_id, None)
        for text in clean:
            position += 1
            records.insert_entity(op, "ideas", {
                "challenge_id": challenge_id, "text": text, "author_id": author_id,
                "table_label": (table_label or "").strip() or None, "language": language,
                "cluster_id": None, "position": position})
    return op.changes


def _last_position(ws: Workspace, challenge_id: str, cluster_id: str | None) -> float:
    from .board import IS_CARD

    row = ws.conn.execute(f"SELECT max(position) FROM ideas WHERE challenge_id = ? AND deleted = 0 AND "
                          f"cluster_id IS ? AND {IS_CARD}", (challenge_id, cluster_id)).fetchone()
    return float(row[0] or 0)


def edit_idea(ws: Workspace, idea_id: str, **fields: Any) -> Changes:
    """Change an idea's text, author (a participant id), table or language."""
    unknown = set(fields) - {"text", "author_id", "table_label", "language"}
    if unknown:
        raise ValueError(f"ideas cannot change {sorted(unknown)}")
    if records.get(ws, "ideas", idea_id) is None:
        raise errors.InvalidValue(field=N_("Idea"), reason=N_("this idea does not exist"))
    if "text" in fields:
        fields["text"] = _check_text(fields["text"])
    if "author_id" in fields:
        fields["author_id"] = _check_author(ws, fields["author_id"])
    if "table_label" in fields:
        fields["table_label"] = (fields["table_label"] or "").strip() or None
    if "language" in fields:
        fields["language"] = _check_language(fields["language"])
    with ws.operation("ideas.edit") as op:
        records.update_entity(op, "ideas", idea_id, fields)
    return op.changes


def delete_ideas(ws: Workspace, idea_ids: Iterable[str]) -> Changes:
    """Delete ideas (tombstones: undo brings them back; they travel in bundles as deleted)."""
    with ws.operation("ideas.delete") as op:
        for idea_id in idea_ids:
            if records.get(ws, "ideas", idea_id, include_deleted=True) is None:
                raise errors.InvalidValue(field=N_("Idea"), reason=N_("this idea does not exist"))
            records.soft_delete(op, "ideas", idea_id)
    return op.changes


def ideas(ws: Workspace, challenge_id: str | None = None) -> list[dict[str, Any]]:
    """Live ideas (of one challenge or all), oldest first, with `author` (the participant's name) and
    `cluster_name`."""
    where, params = ("AND i.challenge_id = ?", (ws.event_id, challenge_id)) if challenge_id else ("", (ws.event_id,))
    cur = ws.conn.execute(
        "SELECT i.*, '' AS author, p.given_name AS author_given, p.family_name AS author_family, "
        "k.name AS cluster_name FROM ideas i LEFT JOIN participants p ON p.id = i.author_id "
        "LEFT JOIN clusters k ON k.id = i.cluster_id AND k.deleted = 0 "
        f"WHERE i.event_id = ? AND i.deleted = 0 {where} ORDER BY i.created_at, i.id", params)
    names = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        idea = dict(zip(names, row))
        idea["author"] = display_name({"given_name": idea.pop("author_given"), "family_name": idea.pop("author_family")},
                                      safe=False)
        out.append(idea)
    return out
