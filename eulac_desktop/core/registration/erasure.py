"""What an erasure (GDPR/LGPD) removes besides the person's row: every copy of their personal data.

A person's name, e-mail and organisation live in their participant record (and the records merged into
it), in the full-text search index, and in the saved P2P plans, which name people by e-mail (JSON). Their
survey answers' open text is the words they typed: it goes, their ratings stay. The other tables (check-ins,
attendance, ballots, ideas, feedback, merges, the audit) hold only ids. Freed
pages are overwritten (`PRAGMA secure_delete`, set on every writing connection, and a `VACUUM` after an
erasure), and the write-ahead log is emptied, so the old bytes are nowhere in the file.

The same scrub applies when an erasure arrives in a bundle (`core.bundles.merge`), before any row is
written: the erased person's data never enters the receiving file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..workspace import Operation, Workspace

#: What an erased person's record keeps of their personal data: nothing.
ERASED_FIELDS: dict[str, Any] = {"given_name": "", "family_name": "", "email": None, "email_key": None,
                                 "organisation": "", "consent_photo": 0, "gender_text": None,
                                 "stakeholder_text": None}


def erased_ids(ws: Workspace, arriving: Iterable[dict[str, Any]] = ()) -> set[str]:
    """The people erased in this file (any event), with those whose erasure `arriving` rows (of `erasures`) bring."""
    found = {r[0] for r in ws.conn.execute("SELECT participant_id FROM erasures")}
    found |= {r[0] for r in ws.conn.execute("SELECT id FROM participants WHERE erased = 1")}
    return found | {row["participant_id"] for row in arriving
                    if isinstance(row, dict) and isinstance(row.get("participant_id"), str)}


def scrub_row(table: str, row: dict[str, Any], erased: set[str]) -> dict[str, Any]:
    """A row as it may be kept once the people in `erased` are erased: a participant's personal fields
    emptied, a saved plan's e-mails of those people replaced by their ids; other rows unchanged."""
    if not erased:
        return row
    if table == "participants" and isinstance(row.get("id"), str) and row["id"] in erased:
        return {**row, **ERASED_FIELDS, "erased": 1}
    if table == "p2p_plans" and isinstance(row.get("plan"), str):
        plan = scrub_plan(row["plan"], erased)
        return row if plan == row["plan"] else {**row, "plan": plan}
    if table == "survey_answers" and row.get("participant_id") in erased and isinstance(row.get("answers"), str):
        answers = scrub_answers(row["answers"])
        return row if answers == row["answers"] else {**row, "answers": answers}
    return row


def scrub_answers(text: str) -> str:
    """A survey answer (JSON) without its open answers, the words its person typed: the ratings stay (they hold
    nothing personal). Text that is not an answer becomes an empty one."""
    try:
        data = json.loads(text)
    except ValueError:
        return "{}"
    if not isinstance(data, dict):
        return "{}"
    kept = {k: v for k, v in data.items() if isinstance(v, int) and not isinstance(v, bool)}
    return text if kept == data else json.dumps(kept, ensure_ascii=False, sort_keys=True)


def _scrub_survey_answers(op: Operation, erased: set[str]) -> None:
    """The erased people's survey answers lose their open answers (facts, rewritten in place as the plans are
    when an erasure arrives: the erasure travels with them and scrubs every copy)."""
    ws = op.ws
    for answer_id, pid, text in ws.conn.execute("SELECT id, participant_id, answers FROM survey_answers").fetchall():
        if pid in erased and scrub_answers(text) != text:
            ws.conn.execute("UPDATE survey_answers SET answers = ? WHERE id = ?", (scrub_answers(text), answer_id))
            op.record("updated", "survey_answers", answer_id)


def scrub_plan(text: str, erased: set[str]) -> str:
    """A saved plan (JSON) without the e-mail addresses of erased people: each becomes the person's id, as
    for someone registered without an e-mail (tables, interpreters, problems). Text that is not a plan is
    left as it is."""
    try:
        data = json.loads(text)
    except ValueError:
        return text
    addresses: dict[str, str] = {}
    for round_ in data.get("rounds", []) if isinstance(data, dict) else []:
        for table in round_.get("tables", []) if isinstance(round_, dict) else []:
            if not isinstance(table, dict):
                continue
            for email, pid in zip(table.get("participants") or [], table.get("participant_ids") or []):
                if isinstance(pid, str) and pid in erased and isinstance(email, str) and email != pid:
                    addresses[email] = pid
    if not addresses:
        return text

    def replace(value: Any) -> Any:
        if isinstance(value, str):
            return addresses.get(value, value)
        if isinstance(value, list):
            return [replace(v) for v in value]
        if isinstance(value, dict):
            return {k: replace(v) for k, v in value.items()}
        return value

    return json.dumps(replace(data), ensure_ascii=False, sort_keys=True)


def scrub_copies(op: Operation, erased: set[str]) -> None:
    """Inside an erasure's operation: remove the erased people's data from the saved plans (a recorded change
    that travels) and from the search index's segments (rebuilt)."""
    from .. import records

    ws = op.ws
    for plan_id, text in ws.conn.execute("SELECT id, plan FROM p2p_plans").fetchall():
        scrubbed = scrub_plan(text, erased)
        if scrubbed != text:
            records.update_entity(op, "p2p_plans", plan_id, {"plan": scrubbed})
    _scrub_survey_answers(op, erased)
    rebuild_search(ws)


def scrub_arrived(op: Operation) -> None:
    """Inside a bundle's import that brings erasures: the saved plans already here lose the erased people's
    e-mails (stamps left as they are, as for the people's records, so that the order of imports does not
    matter), and the search index is rebuilt."""
    ws = op.ws
    erased = erased_ids(ws)
    for plan_id, text in ws.conn.execute("SELECT id, plan FROM p2p_plans").fetchall():
        scrubbed = scrub_plan(text, erased)
        if scrubbed != text:
            ws.conn.execute("UPDATE p2p_plans SET plan = ? WHERE id = ?", (scrubbed, plan_id))
            op.record("updated", "p2p_plans", plan_id)
    _scrub_survey_answers(op, erased)
    rebuild_search(ws)


def rebuild_search(ws: Workspace) -> None:
    """The participants' search index rebuilt: FTS5 keeps the words of changed rows in its segments until then."""
    ws.conn.execute("INSERT INTO participants_fts(participants_fts) VALUES ('rebuild')")


def clear_free_space(ws: Workspace) -> None:
    """After an erasure's transaction: the file rewritten without free pages (`VACUUM`: old versions of rows
    cannot linger in them, even from files written before secure delete was on), and the write-ahead log
    emptied, so the erased values are nowhere in the file's bytes."""
    import sqlite3

    try:
        ws.conn.execute("VACUUM")
    except sqlite3.Error:
        pass  # busy, or no room for the copy: secure delete has overwritten what the erasure itself freed
    else:
        try:  # VACUUM may renumber rows that have no INTEGER key; the index must follow them
            ws.conn.execute("INSERT INTO participants_fts(participants_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError:
            rebuild_search(ws)
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
