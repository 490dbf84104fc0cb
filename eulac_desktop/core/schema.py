"""Tables, indexes and migrations of the event file.

`MIGRATIONS[i]` takes a file from schema version `i` to `i + 1`; a new file runs them all. Never edit
a migration that has shipped: add one. Every table that travels in bundles follows the record contract
(ARCHITECTURE.md §3): `RECORD_COLUMNS` first, then its own columns; `TABLE_KINDS` says which are entities
(mutable, last writer wins) and which are facts (insert-only, merged by union).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Set
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

#: `PRAGMA application_id` of an event file: "EULC".
APPLICATION_ID = 0x45554C43

RECORD_COLUMNS: dict[str, type] = {
    "id": str,
    "event_id": str,
    "origin": str,
    "created_at": str,
    "updated_at": str,
    "deleted": int,
}

ENTITY, FACT = "entity", "fact"
TABLE_KINDS: dict[str, str] = {
    "events": ENTITY, "audit": FACT, "participants": ENTITY,
    "topics": ENTITY, "participant_merges": FACT, "erasures": FACT,
    "sessions": ENTITY, "checkins": FACT, "attendance": FACT,
    "polls": ENTITY, "votes": FACT, "ballots": FACT, "ballot_voids": FACT,
    "challenges": ENTITY, "clusters": ENTITY, "ideas": ENTITY,
    "ballot_checks": FACT, "p2p_plans": ENTITY, "p2p_feedback": FACT, "action_plans": ENTITY,
    "surveys": ENTITY, "survey_answers": FACT,
}

#: Entities whose fields merge in groups (ARCHITECTURE.md §3: "per field where that matters"): each group has its
#: own hybrid-clock stamp column, set by `records` whenever a field of the group changes, so that moving
#: an idea to a cluster on one laptop and correcting its text on another both survive a merge.
FIELD_STAMPS: dict[str, dict[str, tuple[str, ...]]] = {
    "ideas": {"placed_at": ("cluster_id", "position", "duplicate_of"),
              "edited_at": ("text", "author_id", "table_label", "language", "deleted")},
    "participants": {"profile_at": ("gender", "gender_text", "stakeholder", "stakeholder_text")},
    "action_plans": {"about_at": ("title", "problem", "funding", "source"), "people_at": ("lead_id", "partners"),
                     "timeline_at": ("start_date", "milestones"), "status_at": ("status", "deleted")},
}

#: What refers to what: (table, column) → the table whose `id` it holds (an empty value refers to nothing). Not SQL
#: foreign keys: rows arrive in bundles in any order and are merged by union, so a file may for a while hold a row
#: whose target has not arrived yet (a result bundle taken into a master before its event's setup bundle); the
#: full check (`checks.check_event_file`) counts such dangling references instead of refusing the file.
REFERENCES: dict[tuple[str, str], str] = {
    ("participants", "merged_into"): "participants",
    ("participant_merges", "kept_id"): "participants", ("participant_merges", "merged_id"): "participants",
    ("erasures", "participant_id"): "participants",
    ("checkins", "participant_id"): "participants",
    ("attendance", "participant_id"): "participants", ("attendance", "session_id"): "sessions",
    ("votes", "poll_id"): "polls", ("votes", "participant_id"): "participants",
    ("ballots", "poll_id"): "polls", ("ballot_voids", "ballot_id"): "ballots", ("ballot_checks", "poll_id"): "polls",
    ("challenges", "session_id"): "sessions", ("clusters", "challenge_id"): "challenges",
    ("ideas", "challenge_id"): "challenges", ("ideas", "author_id"): "participants",
    ("ideas", "cluster_id"): "clusters", ("ideas", "duplicate_of"): "ideas",
    ("p2p_plans", "session_id"): "sessions",
    ("p2p_feedback", "plan_id"): "p2p_plans", ("p2p_feedback", "participant_id"): "participants",
    ("action_plans", "lead_id"): "participants", ("survey_answers", "participant_id"): "participants",
}


def _record_table(db: sqlite_utils.Database, name: str, columns: dict[str, type], not_null: Set[str] = frozenset()) -> None:
    db[name].create(  # type: ignore[union-attr]
        {**RECORD_COLUMNS, **columns},
        pk="id",
        not_null={"event_id", "origin", "created_at", "updated_at", "deleted", *not_null},
        defaults={"deleted": 0},
    )
    db[name].create_index(["event_id", "deleted"])  # type: ignore[union-attr]
    db[name].create_index(["updated_at"])  # type: ignore[union-attr]


def _v1_event_file(db: sqlite_utils.Database) -> None:
    """The event, its audit log and the per-device clock."""
    db["meta"].create({"key": str, "value": str}, pk="key")  # type: ignore[union-attr]
    _record_table(
        db,
        "events",
        {
            "name": str,
            "start_date": str,
            "end_date": str,
            "venue": str,
            "timezone": str,
            "languages": str,  # JSON list of language codes, the first is the main one
            "welcome_text": str,
        },
        not_null={"name", "timezone", "languages"},
    )
    _record_table(
        db,
        "audit",
        {"action": str, "kind": str, "table_name": str, "row_ids": str, "detail": str},
        not_null={"action", "kind"},
    )
    db["hlc_state"].create({"device_id": str, "last": str}, pk="device_id")  # type: ignore[union-attr]


def _v2_participants(db: sqlite_utils.Database) -> None:
    """Participants, with accent- and case-insensitive full-text search."""
    _record_table(
        db,
        "participants",
        {
            "given_name": str,
            "family_name": str,
            "email": str,
            "organisation": str,
            "country": str,  # ISO 3166-1 alpha-2
            "role": str,
            "languages": str,  # `;`-separated ISO 639-1 codes, the first is the main one
            "offers": str,  # `;`-separated topic codes
            "seeks": str,
            "consent_photo": int,
        },
    )
    db["participants"].enable_fts(  # type: ignore[union-attr]
        ["given_name", "family_name", "organisation", "email"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


# -- what the migrations need, carried with them ------------------------------------------------------------------
# A migration must do the same on a file in ten years as on the day it shipped: it carries copies of the rules it
# applies (as they were then) instead of calling the application's code, which may change.

#: Version 3's regions: the EU's 27 member states and the 33 CELAC states (`countries.EU`, `countries.LAC` then).
_V3_EU = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE HU".split())
_V3_LAC = frozenset("AG AR BS BB BZ BO BR CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT UY "
                    "VE".split())
#: Version 4's badge numbers: 20 letters, 7 of them (`badges.MAX_NUMBER` then)
_V4_MAX_NUMBER = 20 ** 7


def _v3_region(code: str | None) -> str:
    """EU, LAC or other, as version 3 filled `participants.region`."""
    code = (code or "").upper()
    return "EU" if code in _V3_EU else "LAC" if code in _V3_LAC else "other"


def _v3_email_key(email: str) -> str:
    """The matching form of an e-mail address, as version 3 filled `participants.email_key`."""
    import unicodedata

    return unicodedata.normalize("NFC", email.strip()).casefold()


def _v11_coarse(stamp: str, node: str) -> str:
    """A clock stamp made coarse as version 11 made secret ballots' (`hlc.coarse` then): the physical
    milliseconds of `stamp`, counter 0, and `node` without dashes."""
    return f"{int(stamp.split('-', 1)[0]):015d}-{0:06d}-{node.replace('-', '')}"


def _v11_poll_key(event_id: str, poll_id: str) -> bytes | None:
    """The key of a poll's pseudonyms that this device kept before version 11 (`keystore.poll_key` then)."""
    import base64
    import json

    from .paths import config_dir  # where this device keeps its files: the device's, not a rule of the migration

    try:
        keys = json.loads((config_dir() / "keys" / f"{event_id}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return base64.b64decode(keys[poll_id]) if poll_id in keys else None


def _v3_registration(db: sqlite_utils.Database) -> None:
    """Matching by e-mail, regions, merges and erasure of participants; the event's P2P topics."""
    for column, kind in (("email_key", "TEXT"), ("region", "TEXT"), ("merged_into", "TEXT"),
                         ("erased", "INTEGER NOT NULL DEFAULT 0")):
        db.execute(f"ALTER TABLE participants ADD COLUMN {column} {kind}")
    rows = db.execute("SELECT id, email, country FROM participants").fetchall()
    db.conn.executemany("UPDATE participants SET email_key = ?, region = ? WHERE id = ?",
                        [(_v3_email_key(email) if email else None, _v3_region(country), pid)
                         for pid, email, country in rows])
    db["participants"].create_index(["event_id", "email_key"])  # type: ignore[union-attr]
    _record_table(db, "topics", {"code": str, "labels": str}, not_null={"code"})  # labels: JSON {lang: text}
    _record_table(db, "participant_merges", {"kept_id": str, "merged_id": str}, not_null={"kept_id", "merged_id"})
    _record_table(db, "erasures", {"participant_id": str}, not_null={"participant_id"})


def _v4_checkin(db: sqlite_utils.Database) -> None:
    """Badges (a random number per participant, the event's signing secret), sessions, check-in, attendance."""
    import base64
    import secrets

    db.execute("ALTER TABLE participants ADD COLUMN badge_number INTEGER")
    taken: set[int] = set()
    for (pid,) in db.execute("SELECT id FROM participants").fetchall():
        number = secrets.randbelow(_V4_MAX_NUMBER)
        while number in taken:
            number = secrets.randbelow(_V4_MAX_NUMBER)
        taken.add(number)
        db.execute("UPDATE participants SET badge_number = ? WHERE id = ?", (number, pid))
    db.execute("CREATE UNIQUE INDEX idx_participants_badge ON participants (event_id, badge_number)")
    db.execute("CREATE INDEX idx_participants_merged ON participants (merged_into)")
    if not db.execute("SELECT 1 FROM meta WHERE key = 'badge_secret'").fetchone():
        db.execute("INSERT INTO meta (key, value) VALUES ('badge_secret', ?)", (base64.b64encode(secrets.token_bytes(32)).decode(),))
    _record_table(db, "sessions", {"name": str, "room": str, "starts_at": str, "ends_at": str}, not_null={"name"})
    _record_table(db, "checkins", {"participant_id": str, "desk": str}, not_null={"participant_id"})
    db["checkins"].create_index(["participant_id"])  # type: ignore[union-attr]
    _record_table(db, "attendance", {"participant_id": str, "session_id": str, "desk": str},
                  not_null={"participant_id", "session_id"})
    db["attendance"].create_index(["session_id", "participant_id"])  # type: ignore[union-attr]


def _v5_voting(db: sqlite_utils.Database) -> None:
    """Polls (options, method and its parameters, state), ballots (facts, a pseudonym for secret polls)."""
    _record_table(db, "polls", {"title": str, "method": str, "params": str, "options": str, "state": str,
                                "secret": int, "eligibility": str, "live": int},
                  not_null={"title", "method", "options", "state"})
    _record_table(db, "ballots", {"poll_id": str, "voter": str, "payload": str, "channel": str, "serial": str},
                  not_null={"poll_id", "voter", "payload"})
    db["ballots"].create_index(["poll_id", "voter"])  # type: ignore[union-attr]
    _record_table(db, "ballot_voids", {"ballot_id": str, "reason": str}, not_null={"ballot_id"})


def _v6_ideas(db: sqlite_utils.Database) -> None:
    """Challenges ("How might we…?"), ideas and their clusters on the board."""
    _record_table(db, "challenges", {"session_id": str, "question": str, "description": str, "time_box": int,
                                     "state": str, "position": float, "timer_ends_at": str},
                  not_null={"question", "state"})
    _record_table(db, "clusters", {"challenge_id": str, "name": str, "colour": str, "position": float},
                  not_null={"challenge_id"})
    db["clusters"].create_index(["challenge_id"])  # type: ignore[union-attr]
    _record_table(db, "ideas", {"challenge_id": str, "text": str, "author_id": str, "table_label": str, "language": str,
                                "cluster_id": str, "position": float, "duplicate_of": str,
                                "placed_at": str, "edited_at": str},
                  not_null={"challenge_id", "text"})
    db["ideas"].create_index(["challenge_id"])  # type: ignore[union-attr]


def _v7_paper_ballots(db: sqlite_utils.Database) -> None:
    """Second entries of paper ballots (double entry by another person), compared with the first."""
    _record_table(db, "ballot_checks", {"poll_id": str, "serial": str, "payload": str}, not_null={"poll_id", "serial"})
    db["ballot_checks"].create_index(["poll_id", "serial"])  # type: ignore[union-attr]
    db["ballots"].create_index(["poll_id", "serial"])  # type: ignore[union-attr]


def _v8_p2p(db: sqlite_utils.Database) -> None:
    """P2P plans: the rounds, tables and seats a planner made, with its parameters (JSON)."""
    _record_table(db, "p2p_plans", {"session_id": str, "params": str, "plan": str}, not_null={"params", "plan"})


def _v9_p2p_feedback(db: sqlite_utils.Database) -> None:
    """How each person rated each P2P round (1–5), with the table and topic they sat at."""
    _record_table(db, "p2p_feedback", {"plan_id": str, "round": int, "participant_id": str, "table_number": int,
                                       "topic": str, "rating": int},
                  not_null={"plan_id", "round", "participant_id", "rating"})
    db["p2p_feedback"].create_index(["plan_id", "round", "participant_id"])  # type: ignore[union-attr]


def _v10_bundle_receipts(db: sqlite_utils.Database) -> None:
    """The bundles this file took in: when, from which device, of which event, what they changed. Local to the
    file (it does not travel): a coordinator's record of what arrived."""
    db["bundle_receipts"].create({  # type: ignore[union-attr]
        "id": str, "received_at": str, "event_id": str, "event_name": str, "kind": str, "device_id": str,
        "device_name": str, "fingerprint": str, "bundle_created": str, "file_name": str, "manifest_sha256": str,
        "counts": str, "rows_changed": int}, pk="id", not_null={"received_at", "event_id", "kind", "device_id"})
    db["bundle_receipts"].create_index(["received_at"])  # type: ignore[union-attr]


def _v11_secret_ballots(db: sqlite_utils.Database) -> None:
    """Who voted kept apart from what was voted (ARCHITECTURE.md §4): `votes` records "this person voted in this poll"
    (one per person and poll); a secret poll's ballot keeps no voter, no time finer than its poll's and no id
    that follows the order of casting. Existing ballots get their vote records, and secret ones lose the link."""
    _record_table(db, "votes", {"poll_id": str, "participant_id": str}, not_null={"poll_id", "participant_id"})
    db["votes"].create_index(["poll_id", "participant_id"])  # type: ignore[union-attr]
    _unlink_old_ballots(db)


def _derived_id(kind: str, old_id: str) -> str:
    """A random-looking UUIDv4 derived from an old id, the same on every laptop that upgrades a copy of the row
    (so that upgraded copies still merge), from which the old id (and its time) cannot be recovered."""
    import hashlib
    import uuid

    digest = bytearray(hashlib.sha256(f"{kind}:{old_id}".encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x40
    digest[8] = (digest[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(digest)))


def _unlink_old_ballots(db: sqlite_utils.Database) -> None:
    """Version 10's ballots to version 11's: each ballot cast for a person gets its vote record (its person: the
    participant id of a named ballot; a secret ballot's pseudonym resolved with the poll's key where this device
    holds it). A secret poll's ballot then loses its voter, its id (a new one derived as in `_derived_id`, voids
    and audit entries following) and its time (its poll's, see `hlc.coarse`). The table is rebuilt without rowids, in the order
    of the ids, with freed pages overwritten, so no row order keeps the order of casting."""
    import hashlib
    import hmac
    import json

    db.execute("PRAGMA secure_delete = ON")
    event = db.execute("SELECT value FROM meta WHERE key = 'event_id'").fetchone()
    people = [r[0] for r in db.execute("SELECT id FROM participants")]
    polls = {pid: (secret, created) for pid, secret, created in db.execute("SELECT id, secret, created_at FROM polls")}
    names: dict[str, dict[str, str]] = {}
    for poll_id, (secret, _created) in polls.items():
        key = _v11_poll_key(event[0], poll_id) if secret and event else None
        names[poll_id] = {hmac.new(key, p.encode(), hashlib.sha256).hexdigest()[:32]: p for p in people} if key else {}
    renamed: dict[str, str] = {}
    ballots = db.execute("SELECT id, event_id, origin, created_at, deleted, poll_id, voter FROM ballots").fetchall()
    for old_id, event_id, origin, created, deleted, poll_id, voter in ballots:
        secret, poll_created = polls.get(poll_id, (1, created))
        if not voter.startswith("paper:"):
            person = names.get(poll_id, {}).get(voter, voter) if secret else voter
            db.execute("INSERT OR IGNORE INTO votes (id, event_id, origin, created_at, updated_at, deleted, poll_id, "
                       "participant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (_derived_id("vote", old_id), event_id, origin, created, created, deleted, poll_id, person))
        if secret:
            renamed[old_id] = _derived_id("ballot", old_id)
            stamp = _v11_coarse(poll_created, origin)
            db.execute("UPDATE ballots SET id = ?, created_at = ?, updated_at = ?, voter = ? WHERE id = ?",
                       (renamed[old_id], stamp, stamp, voter if voter.startswith("paper:") else "", old_id))
            db.execute("UPDATE ballot_voids SET ballot_id = ? WHERE ballot_id = ?", (renamed[old_id], old_id))
    for audit_id, row_ids in db.execute("SELECT id, row_ids FROM audit WHERE table_name = 'ballots'").fetchall():
        kept = [i for i in json.loads(row_ids or "[]") if i not in renamed]
        db.execute("UPDATE audit SET row_ids = ? WHERE id = ?", (json.dumps(kept), audit_id))
    _store_in_id_order(db, "ballots")
    db.execute("PRAGMA secure_delete = OFF")


def _store_in_id_order(db: sqlite_utils.Database, table: str) -> None:
    """Rebuild `table` as a WITHOUT ROWID table: its rows stored in the order of their ids, with no rowid that
    keeps the order in which they were written."""
    create = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
    indexes = [r[0] for r in db.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND "
                                        "sql IS NOT NULL", (table,))]
    db.execute(f'ALTER TABLE "{table}" RENAME TO "{table}_with_rowids"')
    db.execute(f"{create} WITHOUT ROWID")
    db.execute(f'INSERT INTO "{table}" SELECT * FROM "{table}_with_rowids" ORDER BY id')
    db.execute(f'DROP TABLE "{table}_with_rowids"')
    for sql in indexes:
        db.execute(sql)


def _v12_funder_profile(db: sqlite_utils.Database) -> None:
    """Who people say they are, both optional: a gender and a stakeholder type (codes of `vocabulary`), each with the
    raw text of a self-description or of a value nobody expected, merged as one field group (`profile_at`); and who
    signs the event's attendance certificates: the organiser's name and signature image (PNG/JPEG, base64); the joint
    action plans made from the event's priorities (partners: a JSON list of participant ids; milestones: a JSON list
    of {"date", "text"}), merged in four field groups; the evaluation survey (its questions, JSON) and its answers
    (one per person: a fact, {question id: 1–5 or text}, JSON)."""
    for column in ("gender", "gender_text", "stakeholder", "stakeholder_text", "profile_at"):
        db.execute(f"ALTER TABLE participants ADD COLUMN {column} TEXT")
    for column in ("organiser", "signature"):
        db.execute(f"ALTER TABLE events ADD COLUMN {column} TEXT")
    _record_table(db, "action_plans", {"title": str, "problem": str, "lead_id": str, "partners": str, "start_date": str,
                                       "milestones": str, "funding": str, "status": str, "source": str,
                                       "about_at": str, "people_at": str, "timeline_at": str, "status_at": str},
                  not_null={"title", "status"})
    _record_table(db, "surveys", {"questions": str}, not_null={"questions"})
    _record_table(db, "survey_answers", {"participant_id": str, "answers": str, "channel": str},
                  not_null={"participant_id", "answers"})
    db["survey_answers"].create_index(["participant_id"])  # type: ignore[union-attr]


def _v13_sync_receipts(db: sqlite_utils.Database) -> None:
    """The delta bundles this laptop met in its sync folder (`core.sync`): one row per file (its device folder and
    name), whether it was applied, quarantined or refused, and the size and time of the file that was looked at (a
    file that changes is looked at again). Local to the file (it does not travel): re-delivery is a no-op."""
    db["sync_receipts"].create({  # type: ignore[union-attr]
        "name": str, "device_id": str, "device_name": str, "fingerprint": str, "status": str, "reason": str,
        "size": int, "mtime_ns": int, "seen_at": str, "until": str, "rows_changed": int},
        pk="name", not_null={"device_id", "status", "seen_at"})
    db["sync_receipts"].create_index(["device_id", "status"])  # type: ignore[union-attr]


def _v14_leftovers_erased_index(db: sqlite_utils.Database) -> None:
    """The erased people found without reading every participant: applying a delta or a bundle looks them up
    (`registration.erasure.erased_ids`). A partial index, holding only erased people, so it costs nothing to keep
    while nobody is erased."""
    db.execute("CREATE INDEX idx_participants_erased ON participants (id) WHERE erased = 1")


def _v15_import_lean_indexes(db: sqlite_utils.Database) -> None:
    """Less to write for each participant added, the same answers (a 5,000-person import spends a tenth less in
    SQLite): the full-text index keeps no column sizes (`columnsize=0`: only ranking reads them, and no search ranks),
    and the index of merged records holds only them (partial: every query about merges names `merged_into`, so
    still finds them through it)."""
    db.execute("DROP INDEX idx_participants_merged")
    db.execute("CREATE INDEX idx_participants_merged ON participants (merged_into) WHERE merged_into IS NOT NULL")
    db.execute("DROP TABLE participants_fts")
    db.execute('CREATE VIRTUAL TABLE "participants_fts" USING FTS5 (\n    "given_name", "family_name", "organisation", '
               '"email",\n    tokenize=\'unicode61 remove_diacritics 2\',\n    content="participants",\n    columnsize=0\n)')
    db.execute("INSERT INTO participants_fts (participants_fts) VALUES ('rebuild')")


def _v16_import_lean_indexes(db: sqlite_utils.Database) -> None:
    """One index of participants fewer to write for each person added, no query slower, and the e-mail index used
    again. The index of (event_id, deleted) was the one SQLite chose for every query of an event's people, even one
    by e-mail (`find_by_email` read every person of the event), and finds an event's people no better than the badge
    numbers' and the e-mails' indexes, which lead with event_id too (a coordinator's master holding several events
    still finds one event's people through them). The index of updated_at stays, though a 5,000-person import spends
    about 2.6 ms of its 75 on it: a room's sync finds each delta's people through it instead of reading them all."""
    db.execute("DROP INDEX IF EXISTS idx_participants_event_id_deleted")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_event_file, _v2_participants, _v3_registration, _v4_checkin, _v5_voting, _v6_ideas, _v7_paper_ballots,
    _v8_p2p, _v9_p2p_feedback, _v10_bundle_receipts, _v11_secret_ballots, _v12_funder_profile,
    _v13_sync_receipts, _v14_leftovers_erased_index, _v15_import_lean_indexes, _v16_import_lean_indexes]
SCHEMA_VERSION = len(MIGRATIONS)


def read_version(conn: sqlite3.Connection) -> int:
    """The file's schema version (0 for a file without the meta table)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone():
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(db: sqlite_utils.Database, target: int | None = None) -> int:
    """Apply the migrations from the file's version up to `target` (default: the latest), inside the caller's transaction."""
    target = len(MIGRATIONS) if target is None else target
    current = read_version(db.conn)
    for step in MIGRATIONS[current:target]:
        step(db)
    if current < target:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db["meta"].upsert({"key": "schema_version", "value": str(target)}, pk="key")  # type: ignore[union-attr]
    return target
