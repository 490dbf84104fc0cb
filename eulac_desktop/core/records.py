"""The record contract's helpers (ARCHITECTURE.md §3), used by every table that travels in bundles.

Each helper works inside an `Operation` (one transaction), stamps the row with this device's id and
hybrid-clock time, and notes the change for the audit log and for the views.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import repeat
from typing import Any

from . import schema
from .ids import random_id, uuid7_many
from .workspace import Changes, Operation, Workspace

#: SQL: the records of the person `?` (the first parameter): it and every record merged into it
#: (`registration.same_person`). Here, beneath the registration package, so a scan follows merges without importing it.
SAME_PERSON = "WITH RECURSIVE same(id) AS (SELECT ? UNION SELECT p.id FROM participants p JOIN same ON p.merged_into = same.id)"

_CONTRACT = frozenset(schema.RECORD_COLUMNS) | {stamp for groups in schema.FIELD_STAMPS.values() for stamp in groups}


def _columns(ws: Workspace, table: str) -> set[str]:
    cache: dict[str, set[str]] = ws.__dict__.setdefault("_columns_cache", {})
    if table not in cache:
        cache[table] = {row[1] for row in ws.conn.execute(f'PRAGMA table_info("{table}")')}
        if not cache[table]:
            raise ValueError(f"no such table: {table}")
    return cache[table]


def _check_fields(ws: Workspace, table: str, values: Mapping[str, Any]) -> None:
    unknown = set(values) - _columns(ws, table)
    if unknown:
        raise ValueError(f"{table} has no column(s) {sorted(unknown)}")
    reserved = set(values) & _CONTRACT
    if reserved:
        raise ValueError(f"{sorted(reserved)} are set by the record contract, not by callers")


def _insert(op: Operation, table: str, values: Mapping[str, Any], row_id: str | None = None,
            stamp: str | None = None) -> str:
    return _insert_rows(op, table, [values], row_id, stamp)[0]


def _insert_rows(op: Operation, table: str, rows: Iterable[Mapping[str, Any]], row_id: str | None = None,
                 stamp: str | None = None) -> list[str]:
    """Insert `rows`, each stamped with a tick of its own (or `stamp`), in one statement per run of rows with
    the same columns; returns their ids."""
    rows = list(rows)
    ids = [row_id] * len(rows) if row_id else uuid7_many(len(rows))
    stamps = [stamp] * len(rows) if stamp else op.ticks(len(rows))
    statements: dict[tuple[str, ...], str] = {}
    batch: list[tuple[Any, ...]] = []
    sql = ""
    stamp_columns = tuple(schema.FIELD_STAMPS.get(table, {}))
    event_id, origin = op.ws.event_id, op.ws.device.id
    for values, new_id, at in zip(rows, ids, stamps):
        columns = tuple(values)
        statement = statements.get(columns)
        if statement is None:
            _check_fields(op.ws, table, values)
            statement = statements[columns] = _insert_statement(table, columns)
        if statement is not sql:
            if batch:
                op.ws.conn.executemany(sql, batch)
            sql, batch = statement, []
        batch.append((new_id, event_id, origin, at, at, 0, *values.values(), *(at,) * len(stamp_columns)))
    if batch:
        op.ws.conn.executemany(sql, batch)
    op.record_many("inserted", table, ids)
    return ids


def _insert_statement(table: str, columns: tuple[str, ...]) -> str:
    """The INSERT of a row of `table`: the record contract's columns, then `columns`, then the table's field stamps."""
    names = ("id", "event_id", "origin", "created_at", "updated_at", "deleted", *columns,
             *schema.FIELD_STAMPS.get(table, {}))
    quoted = ", ".join(f'"{c}"' for c in names)
    return f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(names))})'


def insert_columns(op: Operation, table: str, columns: Mapping[str, Sequence[Any]]) -> list[str]:
    """`insert_many` of rows given column by column ({column: its rows' values}, every column as long): one prepared
    statement fed by the columns themselves, without a mapping or a tuple made in Python for each row, for bulk work
    that makes its values column by column (an import). Returns the new rows' ids."""
    if schema.TABLE_KINDS.get(table) not in (schema.ENTITY, schema.FACT):
        raise ValueError(f"{table} is neither an entity nor a fact table")
    _check_fields(op.ws, table, columns)
    count = len(next(iter(columns.values()), ()))
    if any(len(values) != count for values in columns.values()):
        raise ValueError("every column needs a value for each row")
    ids = uuid7_many(count)
    stamps = op.ticks(count)
    op.ws.conn.executemany(_columns_statement(table, tuple(columns)),
                           zip(ids, repeat(op.ws.event_id), repeat(op.ws.device.id), stamps, *columns.values()))
    op.record_many("inserted", table, ids)
    return ids


def _columns_statement(table: str, columns: tuple[str, ...]) -> str:
    """`_insert_statement` whose row's stamp is bound once (?4) for its times and field stamps, `deleted` written as
    0: parameters (id, event_id, origin, stamp, *columns), three or more fewer values bound a row."""
    stamps = schema.FIELD_STAMPS.get(table, {})
    names = ("id", "event_id", "origin", "created_at", "updated_at", "deleted", *columns, *stamps)
    values = ("?1", "?2", "?3", "?4", "?4", "0", *(f"?{n}" for n in range(5, 5 + len(columns))), *("?4",) * len(stamps))
    quoted = ", ".join(f'"{c}"' for c in names)
    return f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join(values)})'


def insert_entity(op: Operation, table: str, values: Mapping[str, Any]) -> str:
    """Insert a mutable record (participant, idea, poll…); returns its new id."""
    if schema.TABLE_KINDS.get(table) != schema.ENTITY:
        raise ValueError(f"{table} is not an entity table")
    return _insert(op, table, values)


def insert_fact(op: Operation, table: str, values: Mapping[str, Any]) -> str:
    """Insert an insert-only record (check-in, ballot, scan…); returns its new id."""
    if schema.TABLE_KINDS.get(table) != schema.FACT:
        raise ValueError(f"{table} is not a fact table")
    return _insert(op, table, values)


def insert_unlinked_fact(op: Operation, table: str, values: Mapping[str, Any], *, stamp: str) -> str:
    """Insert a fact that nothing may link to the other rows of its operation (a secret ballot, ARCHITECTURE.md §4): a
    random id (not one that follows the order of inserts), `stamp` as its times (a coarse one, see
    `hlc.coarse`, never the moment of the insert), and its id left out of the audit log. Returns its id."""
    if schema.TABLE_KINDS.get(table) != schema.FACT:
        raise ValueError(f"{table} is not a fact table")
    row_id = _insert(op, table, values, random_id(), stamp)
    op.unaudited.add(row_id)
    return row_id


def update_entity(op: Operation, table: str, row_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change fields of an entity; returns the previous values of the fields that really changed.

    Fields whose value is already the one given are left alone (and not audited).
    """
    if schema.TABLE_KINDS.get(table) != schema.ENTITY:
        raise ValueError(f"{table} is not an entity table: facts are never updated")
    _check_fields(op.ws, table, changes)
    current = get(op.ws, table, row_id, include_deleted=True)
    if current is None:
        raise KeyError(f"{table} has no row {row_id}")
    previous = {k: current[k] for k, v in changes.items() if current[k] != v}
    if not previous:
        return {}
    _set(op, table, row_id, {k: changes[k] for k in previous})
    op.record("updated", table, row_id, previous)
    return previous


def soft_delete(op: Operation, table: str, row_id: str) -> bool:
    """Mark a record deleted (a tombstone that travels); False if it already was."""
    return _set_deleted(op, table, row_id, 1)


def restore(op: Operation, table: str, row_id: str) -> bool:
    """Undo a soft delete; False if the record was not deleted."""
    return _set_deleted(op, table, row_id, 0)


def _set_deleted(op: Operation, table: str, row_id: str, value: int) -> bool:
    row = get(op.ws, table, row_id, include_deleted=True)
    if row is None:
        raise KeyError(f"{table} has no row {row_id}")
    if row["deleted"] == value:
        return False
    _set(op, table, row_id, {"deleted": value})
    op.record("deleted" if value else "updated", table, row_id, None if value else {"deleted": 1})
    return True


def _set(op: Operation, table: str, row_id: str, values: Mapping[str, Any]) -> None:
    stamp = op.tick()
    stamps = {column: stamp for column, fields in schema.FIELD_STAMPS.get(table, {}).items() if set(fields) & set(values)}
    values = {**values, **stamps}
    assigns = ", ".join(f'"{k}" = ?' for k in values)
    op.ws.conn.execute(
        f'UPDATE "{table}" SET {assigns}, origin = ?, updated_at = ? WHERE id = ?',
        (*values.values(), op.ws.device.id, stamp, row_id),
    )


def get(ws: Workspace, table: str, row_id: str, include_deleted: bool = False) -> dict[str, Any] | None:
    """One record as a dict, or None (also None for a tombstone unless `include_deleted`)."""
    cur = ws.conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,))
    row = cur.fetchone()
    if row is None:
        return None
    record = dict(zip((d[0] for d in cur.description), row))
    return record if include_deleted or not record["deleted"] else None


def live_count(ws: Workspace, table: str) -> int:
    """How many records of this event are not deleted."""
    return int(ws.conn.execute(f'SELECT count(*) FROM "{table}" WHERE event_id = ? AND deleted = 0',
                               (ws.event_id,)).fetchone()[0])


def insert_many(op: Operation, table: str, rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """Insert several entities or facts in the current operation, as `insert_entity` or `insert_fact` would one
    by one (a stamp of its own for each), in one statement per run of rows with the same columns; returns their ids."""
    if schema.TABLE_KINDS.get(table) not in (schema.ENTITY, schema.FACT):
        raise ValueError(f"{table} is neither an entity nor a fact table")
    return _insert_rows(op, table, rows)


@contextlib.contextmanager
def search_index_at_end(op: Operation, table: str) -> Iterator[None]:
    """Rows inserted into `table` in this block join its full-text index (sqlite-utils' `TABLE_fts`) in one
    statement at its end, instead of through the insert trigger row by row (ten times the cost of a
    5,000-row import). Only inserts belong in the block: an update would un-index values not indexed yet.

    The trigger is dropped and made again inside the operation's transaction, so nothing else ever sees it gone."""
    conn = op.ws.conn
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (f"{table}_ai",)).fetchone()
    if trigger is None:
        yield
        return
    last = conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]
    conn.execute(f'DROP TRIGGER "{table}_ai"')
    try:
        yield
        columns = ", ".join(f'"{row[1]}"' for row in conn.execute(f'PRAGMA table_info("{table}_fts")'))
        conn.execute(f'INSERT INTO "{table}_fts" (rowid, {columns}) SELECT rowid, {columns} FROM "{table}" '
                     "WHERE rowid > ?", (last,))  # new rows take rowids above the largest one (SQLite's rule)
    finally:
        if conn.in_transaction:  # (after an error the operation rolls back the drop as well)
            conn.execute(trigger[0])


#: Facts an undo never withdraws: a ballot and its voter's vote record (a tombstone would stamp a secret ballot with
#: a time finer than its poll's, and withdrawing both in one operation would link them, ARCHITECTURE.md §4), an
#: erasure (it wins over everything, for good) and a merge of people (undone by `unmerge_participants`; the decision
#: stays in the history).
KEPT_FACTS = frozenset({"votes", "ballots", "erasures", "participant_merges", "audit"})


def revert(op: Operation, changes: Changes) -> None:
    """Undo what an earlier operation did, as a new change of this operation: inserted records become tombstones
    (a fact too: a check-in, a void, a rating is withdrawn, and its tombstone travels and wins at merge as a later
    version does, `bundles.merge.merge_fact`), deleted ones come back, updated fields get their previous values.

    Reverting the changes of a revert makes the change again (that is how the app redoes). An operation that
    inserted facts of `KEPT_FACTS` (a ballot, an erasure…) cannot be reverted.
    """
    if not revertible(changes):
        raise ValueError(f"{sorted(set(changes.inserted) & KEPT_FACTS)} hold facts that are never taken back")
    for table, ids in changes.inserted.items():
        for row_id in ids:
            soft_delete(op, table, row_id)
    for table, rows in changes.previous.items():
        inserted = set(changes.inserted.get(table, ()))
        for row_id, previous in rows.items():
            if row_id not in inserted:
                fields = {k: v for k, v in previous.items() if k != "deleted"}
                if fields:
                    update_entity(op, table, row_id, fields)
                if previous.get("deleted") == 1:
                    soft_delete(op, table, row_id)
    for table, ids in changes.deleted.items():
        for row_id in ids:
            restore(op, table, row_id)


def revertible(changes: Changes) -> bool:
    """Whether `revert` can take these changes back: they inserted only records of the record contract, and no
    fact of `KEPT_FACTS` (a ballot, an erasure…)."""
    return all(schema.TABLE_KINDS.get(table) in (schema.ENTITY, schema.FACT) and table not in KEPT_FACTS
               for table in changes.inserted)


def revert_changes(ws: Workspace, changes: Changes) -> Changes:
    """`revert` as an operation of its own (the app's undo of an entity change); returns what it changed."""
    action = changes.action[:-len(".undo")] if changes.action.endswith(".undo") else changes.action + ".undo"
    with ws.operation(action) as op:
        revert(op, changes)
    return op.changes
