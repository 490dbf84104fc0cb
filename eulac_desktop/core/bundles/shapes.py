"""The shape of every row and secret a bundle carries, checked in one place from the schema's own column types.

`bundle verify`, `bundle import --dry-run` and the import itself all read a bundle through `read_bundle`,
which calls `parse_members`: so they reach the same verdict, and nothing malformed (a line that is not a JSON
object, a row without `id`, a value of the wrong type, an unknown column, a stamp that is not one, a row of
another event, the same id twice, text that is not UTF-8) gets as far as the merge.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import sqlite3
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .. import schema
from ..hlc import Timestamp
from ..i18n import N_, Msg

#: Text columns that hold JSON, parsed by the app when it reads them, with the JSON type each holds (None: any).
JSON_COLUMNS: dict[str, dict[str, type | None]] = {
    "events": {"languages": list}, "topics": {"labels": dict}, "polls": {"params": dict, "options": list},
    "ballots": {"payload": None}, "ballot_checks": {"payload": None}, "p2p_plans": {"params": dict, "plan": dict},
    "action_plans": {"partners": list, "milestones": list}, "surveys": {"questions": list},
    "survey_answers": {"answers": dict}}
#: The longest text a row may carry in a column that is not JSON: a person's fields as registration keeps them
#: (`registration.people.MAX_LENGTH`), any other text (an idea is 10,000 characters at most) `MAX_TEXT`, but the
#: certificates' signature image. A longer one is no row this app wrote: badges of a name of megabytes never printed.
MAX_TEXT = 10_000
_UNBOUNDED_TEXT = {("events", "signature")}
#: Columns that hold a hybrid-clock stamp.
STAMP_COLUMNS = ("created_at", "updated_at")
_INT_RANGE = (-(2**63), 2**63 - 1)


class Malformed(Exception):
    """A member of the bundle is not what this version writes: `reason` (translatable) with `params`."""

    def __init__(self, reason: Msg, **params: Any):
        super().__init__(reason)
        self.reason = reason
        self.params = params


@lru_cache(maxsize=1)
def columns() -> dict[str, dict[str, tuple[str, bool]]]:
    """Per table, per column: its declared type (TEXT, INTEGER, REAL) and whether a row must give it (NOT NULL
    without a default), read from a database made by the migrations themselves."""
    import sqlite_utils

    conn = sqlite3.connect(":memory:")
    try:
        schema.migrate(sqlite_utils.Database(conn))
        return {table: {r[1]: (str(r[2]).upper(), (bool(r[3]) and r[4] is None) or r[1] == "id")
                        for r in conn.execute(f'PRAGMA table_info("{table}")')} for table in schema.TABLE_KINDS}
    finally:
        conn.close()


@lru_cache(maxsize=1)
def _text_limits() -> dict[str, dict[str, int]]:
    """Per table, the columns whose text is kept shorter than `MAX_TEXT` (see there)."""
    from ..registration.people import MAX_LENGTH

    return {"participants": dict(MAX_LENGTH)}


def _text(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")  # a lone surrogate (`"\ud800"` in JSON) is not text SQLite can keep
    except UnicodeEncodeError:
        return False
    return True


_TYPES: dict[str, Callable[[Any], bool]] = {
    "TEXT": _text,
    "INTEGER": lambda v: type(v) is int and _INT_RANGE[0] <= v <= _INT_RANGE[1],
    "REAL": lambda v: (type(v) is int and _INT_RANGE[0] <= v <= _INT_RANGE[1]) or (type(v) is float and math.isfinite(v)),
}


def _stamp(value: Any) -> bool:
    try:
        Timestamp.parse(value)
    except (ValueError, TypeError, AttributeError):
        return False
    return True


def parse_table(member: str, table: str, data: bytes, event_id: str) -> list[dict[str, Any]]:
    """The rows of `data/TABLE.jsonl`, each checked against the table's columns; Malformed otherwise."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Malformed(N_("{member} is not UTF-8 text"), member=member) from None
    known = columns()[table]
    longest = {**_text_limits().get(table, {}), **{column: 2**62 for column in JSON_COLUMNS.get(table, {})}}
    stamps = (*STAMP_COLUMNS, *schema.FIELD_STAMPS.get(table, {}))
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line:
            continue
        try:
            row = json.loads(line)
        except (ValueError, RecursionError):
            row = None
        if not isinstance(row, dict):
            raise Malformed(N_("line {line} of {member} is not a row"), line=number, member=member)
        for name, value in row.items():
            if name not in known:
                raise Malformed(N_("line {line} of {member} has an unknown column “{column}”"), line=number,
                                member=member, column=name if _text(name) else "?")
            kind, _required = known[name]
            if value is None:
                continue  # a required column's None is said below
            if not _TYPES.get(kind, _text)(value):
                raise Malformed(N_("line {line} of {member}: “{column}” is of the wrong type"), line=number,
                                member=member, column=name)
            if isinstance(value, str) and len(value) > longest.get(name, MAX_TEXT) and (table, name) not in _UNBOUNDED_TEXT:
                raise Malformed(N_("line {line} of {member}: “{column}” is longer than {n} characters"), line=number,
                                member=member, column=name, n=longest.get(name, MAX_TEXT))
        for name, (_kind, required) in known.items():
            if required and row.get(name) is None:
                raise Malformed(N_("line {line} of {member}: “{column}” is missing"), line=number, member=member,
                                column=name)
        if not row["id"] or row.get("deleted", 0) not in (0, 1):
            raise Malformed(N_("line {line} of {member}: “{column}” is of the wrong type"), line=number,
                            member=member, column="id" if not row["id"] else "deleted")
        for name in stamps:
            if row.get(name) is not None and not _stamp(row[name]):
                raise Malformed(N_("line {line} of {member}: “{column}” is not a clock stamp"), line=number,
                                member=member, column=name)
        for column, expected in JSON_COLUMNS.get(table, {}).items():
            if row.get(column) is not None and not _json_of(row[column], expected):
                raise Malformed(N_("line {line} of {member}: “{column}” is of the wrong type"), line=number,
                                member=member, column=column)
        if row["event_id"] != event_id:
            raise Malformed(N_("line {line} of {member} belongs to another event"), line=number, member=member)
        if row["id"] in seen:
            raise Malformed(N_("{member} holds the row {id} twice"), member=member, id=row["id"])
        seen.add(row["id"])
        rows.append(row)
    return rows


def _json_of(text: str, kind: type | None) -> bool:
    """`text` is JSON, of `kind` when one is given."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return False
    return kind is None or isinstance(value, kind)


def parse_secrets(data: bytes) -> dict[str, Any]:
    """A setup bundle's `secrets.json`: the badge secret, the secret polls' keys, the coordinators, the devices the
    coordinator trusts for the event."""
    try:
        secrets = json.loads(data)
    except (ValueError, RecursionError):
        secrets = None
    ok = isinstance(secrets, dict)
    if ok:
        badge, keys, coordinators = secrets.get("badge_secret"), secrets.get("poll_keys", {}), secrets.get("coordinators", [])
        devices = secrets.get("devices", [])
        ok = (badge is None or (_text(badge) and _base64(badge))) and isinstance(keys, dict) and all(
            _text(k) and _text(v) and _base64(v) for k, v in keys.items()) and isinstance(coordinators, list) and all(
            _text(c) and c for c in coordinators) and isinstance(devices, list) and all(
            isinstance(d, dict) and all(_text(d.get(f)) and d.get(f) for f in ("id", "name", "public_key", "fingerprint"))
            and _base64(d["public_key"]) for d in devices)
    if not ok:
        raise Malformed(N_("its secrets cannot be read"))
    return dict(secrets)


def _base64(value: str) -> bool:
    try:
        return bool(base64.b64decode(value, validate=True))
    except (binascii.Error, ValueError):
        return False


def parse_members(kind: str, event_id: str, members: dict[str, bytes]) -> tuple[dict[str, list[dict[str, Any]]],
                                                                                 dict[str, Any]]:
    """Every table's rows and the secrets of a signed bundle's members, checked; Malformed otherwise."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for name, data in sorted(members.items()):
        if name.startswith("data/") and name.endswith(".jsonl"):
            tables[name[5:-6]] = parse_table(name, name[5:-6], data, event_id)
    secrets = parse_secrets(members["secrets.json"]) if "secrets.json" in members else {}
    if kind == "setup" and not any(r["id"] == event_id for r in tables.get("events", [])):
        raise Malformed(N_("it holds no record of its event"))
    if "counts.json" in members:
        try:
            json.loads(members["counts.json"])
        except (ValueError, RecursionError):
            raise Malformed(N_("{member} is not UTF-8 text"), member="counts.json") from None
    return tables, secrets
