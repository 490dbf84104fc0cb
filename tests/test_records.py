"""The record contract (ARCHITECTURE.md §3): every row that travels carries a UUIDv7 id, the event, its origin
device, hybrid-clock created/updated times and a tombstone; every operation is one audited transaction
and returns the `Changes` it made.
"""

from __future__ import annotations

import json
import uuid
from itertools import pairwise
from pathlib import Path

import pytest

from eulac_desktop.core import records, schema
from eulac_desktop.core.hlc import Timestamp
from eulac_desktop.core.workspace import Changes, Workspace


@pytest.fixture
def ws(event_file: Path):
    with Workspace.open(event_file, mode="write") as ws:
        yield ws


def audit_rows(ws: Workspace, action: str | None = None) -> list[dict]:
    cur = ws.conn.execute("SELECT * FROM audit" + (" WHERE action = ?" if action else "") + " ORDER BY created_at",
                          (action,) if action else ())
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur]


def dump(ws: Workspace) -> dict[str, list[tuple]]:
    """Every row of every table that matters, to compare before and after."""
    return {t: ws.conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
            for t in ("events", "participants", "audit", "meta", "hlc_state")}


def add_one(ws: Workspace, **values) -> str:
    with ws.operation("test.add") as op:
        return records.insert_entity(op, "participants", {"given_name": "Ana", "family_name": "Silva", **values})


# -- inserting ---------------------------------------------------------------------------------


def test_insert_entity_stamps_the_contract_columns(ws: Workspace, device):
    with ws.operation("test.add") as op:
        pid = records.insert_entity(op, "participants", {"given_name": "Ana", "family_name": "Silva"})
    row = records.get(ws, "participants", pid)
    assert uuid.UUID(row["id"]).version == 7
    assert row["event_id"] == ws.event_id and row["event_id"]
    assert row["origin"] == device.id
    assert row["created_at"] == row["updated_at"]
    stamp = Timestamp.parse(row["created_at"])
    assert stamp.node == device.id.replace("-", "")
    assert row["deleted"] == 0
    assert (row["given_name"], row["family_name"]) == ("Ana", "Silva")


def test_insert_fact_stamps_the_contract_columns(ws: Workspace, device):
    with ws.operation("test.fact") as op:
        fid = records.insert_fact(op, "audit", {"action": "note", "kind": "inserted", "table_name": "x", "row_ids": "[]"})
    row = records.get(ws, "audit", fid)
    assert uuid.UUID(row["id"]).version == 7
    assert (row["event_id"], row["origin"], row["deleted"]) == (ws.event_id, device.id, 0)
    assert row["created_at"] == row["updated_at"]
    Timestamp.parse(row["created_at"])


def test_ids_and_stamps_increase_with_each_insert(ws: Workspace):
    with ws.operation("test.add") as op:
        ids = records.insert_many(op, "participants", [{"given_name": f"P{i}"} for i in range(20)])
    rows = [records.get(ws, "participants", i) for i in ids]
    assert ids == sorted(ids) and len(set(ids)) == 20
    stamps = [r["created_at"] for r in rows]
    assert stamps == sorted(stamps) and len(set(stamps)) == 20


@pytest.mark.parametrize("column", sorted(schema.RECORD_COLUMNS))
def test_callers_cannot_set_contract_columns(ws: Workspace, column: str):
    pid = add_one(ws)
    before = dump(ws)
    with pytest.raises(ValueError, match="record contract"), ws.operation("test.add") as op:
        records.insert_entity(op, "participants", {"given_name": "X", column: "forged"})
    with pytest.raises(ValueError, match="record contract"), ws.operation("test.edit") as op:
        records.update_entity(op, "participants", pid, {column: "forged"})
    assert dump(ws) == before


def test_unknown_columns_and_tables_are_refused(ws: Workspace):
    before = dump(ws)
    with pytest.raises(ValueError), ws.operation("test.add") as op:
        records.insert_entity(op, "participants", {"given_name": "X", "shoe_size": 42})
    with pytest.raises(ValueError), ws.operation("test.add") as op:
        records.insert_entity(op, "no_such_table", {"given_name": "X"})
    assert dump(ws) == before


def test_entities_and_facts_go_through_their_own_helpers(ws: Workspace):
    pid = add_one(ws)
    fact_id = audit_rows(ws)[0]["id"]
    before = dump(ws)
    with ws.operation("test.wrong") as op:
        with pytest.raises(ValueError):
            records.insert_fact(op, "participants", {"given_name": "X"})
        with pytest.raises(ValueError):
            records.insert_entity(op, "audit", {"action": "x", "kind": "y"})
    with pytest.raises(ValueError, match="facts are never updated"), ws.operation("test.wrong") as op:
        records.update_entity(op, "audit", fact_id, {"action": "rewritten"})
    assert records.get(ws, "audit", fact_id)["action"] != "rewritten"
    assert records.get(ws, "participants", pid) is not None
    # nothing was written but the empty operation's clock state
    assert dump(ws)["participants"] == before["participants"]
    assert dump(ws)["audit"] == before["audit"]


# -- updating ------------------------------------------------------------------------------------


def test_update_returns_only_the_fields_that_really_changed(ws: Workspace, device):
    pid = add_one(ws, email="ana@example.org")
    old = records.get(ws, "participants", pid)
    with ws.operation("test.edit") as op:
        previous = records.update_entity(op, "participants", pid,
                                         {"given_name": "Ana", "family_name": "Souza", "email": "ana@example.org"})
    assert previous == {"family_name": "Silva"}
    assert op.changes.updated == {"participants": [pid]}
    assert op.changes.previous == {"participants": {pid: {"family_name": "Silva"}}}
    new = records.get(ws, "participants", pid)
    assert new["family_name"] == "Souza"
    assert new["updated_at"] > old["updated_at"]
    assert new["created_at"] == old["created_at"]
    assert new["origin"] == device.id
    assert new["id"] == old["id"]


def test_updated_at_grows_with_every_update(ws: Workspace):
    pid = add_one(ws)
    stamps = [records.get(ws, "participants", pid)["updated_at"]]
    for i in range(5):
        with ws.operation("test.edit") as op:
            records.update_entity(op, "participants", pid, {"organisation": f"Org {i}"})
        stamps.append(records.get(ws, "participants", pid)["updated_at"])
    assert all(a < b for a, b in pairwise(stamps))


def test_an_unchanged_update_writes_nothing(ws: Workspace):
    pid = add_one(ws, organisation="UNI")
    before = dump(ws)
    with ws.operation("test.edit") as op:
        previous = records.update_entity(op, "participants", pid, {"given_name": "Ana", "organisation": "UNI"})
    assert previous == {}
    assert not op.changes
    assert op.changes.tables() == set()
    after = dump(ws)
    assert after["participants"] == before["participants"]
    assert after["audit"] == before["audit"]
    assert audit_rows(ws, "test.edit") == []


def test_update_of_a_missing_row_raises_and_changes_nothing(ws: Workspace):
    before = dump(ws)
    with pytest.raises(KeyError), ws.operation("test.edit") as op:
        records.update_entity(op, "participants", "0190f0f0-0000-7000-8000-000000000000", {"given_name": "X"})
    assert dump(ws) == before


# -- tombstones ----------------------------------------------------------------------------------


def test_soft_delete_and_restore(ws: Workspace):
    pid = add_one(ws)
    count = records.live_count(ws, "participants")
    created = records.get(ws, "participants", pid)

    with ws.operation("test.delete") as op:
        assert records.soft_delete(op, "participants", pid) is True
    assert op.changes.deleted == {"participants": [pid]}
    assert records.get(ws, "participants", pid) is None
    gone = records.get(ws, "participants", pid, include_deleted=True)
    assert gone["deleted"] == 1 and gone["updated_at"] > created["updated_at"]
    assert records.live_count(ws, "participants") == count - 1
    assert ws.conn.execute("SELECT count(*) FROM participants WHERE id = ?", (pid,)).fetchone()[0] == 1  # never purged

    with ws.operation("test.delete") as op:
        assert records.soft_delete(op, "participants", pid) is False
    assert not op.changes

    with ws.operation("test.restore") as op:
        assert records.restore(op, "participants", pid) is True
    assert op.changes.updated == {"participants": [pid]}
    assert op.changes.previous == {"participants": {pid: {"deleted": 1}}}
    back = records.get(ws, "participants", pid)
    assert back["deleted"] == 0 and back["updated_at"] > gone["updated_at"]
    assert records.live_count(ws, "participants") == count

    with ws.operation("test.restore") as op:
        assert records.restore(op, "participants", pid) is False
    assert not op.changes


def test_soft_delete_of_a_missing_row_raises(ws: Workspace):
    with pytest.raises(KeyError), ws.operation("test.delete") as op:
        records.soft_delete(op, "participants", "0190f0f0-0000-7000-8000-000000000000")


# -- audit and transactions ------------------------------------------------------------------


def test_every_operation_writes_audit_rows(ws: Workspace, device):
    with ws.operation("test.mixed") as op:
        a = records.insert_entity(op, "participants", {"given_name": "A"})
        b = records.insert_entity(op, "participants", {"given_name": "B"})
    with ws.operation("test.mixed2") as op:
        records.update_entity(op, "participants", a, {"given_name": "Aa"})
        records.soft_delete(op, "participants", b)

    first = audit_rows(ws, "test.mixed")
    assert [(r["kind"], r["table_name"], json.loads(r["row_ids"])) for r in first] == [("inserted", "participants", [a, b])]
    second = {r["kind"]: r for r in audit_rows(ws, "test.mixed2")}
    assert set(second) == {"updated", "deleted"}
    assert json.loads(second["updated"]["row_ids"]) == [a]
    assert json.loads(second["updated"]["detail"]) == {a: ["given_name"]}
    assert json.loads(second["deleted"]["row_ids"]) == [b]
    for row in first + list(second.values()):
        assert row["table_name"] == "participants"
        assert row["origin"] == device.id
        assert row["event_id"] == ws.event_id
        assert uuid.UUID(row["id"]).version == 7
        Timestamp.parse(row["updated_at"])


def test_creating_the_event_was_audited(ws: Workspace):
    rows = audit_rows(ws, "event.create")
    assert [(r["kind"], r["table_name"], json.loads(r["row_ids"])) for r in rows] == [("inserted", "events", [ws.event_id])]


def test_an_exception_inside_an_operation_rolls_everything_back(ws: Workspace):
    pid = add_one(ws)
    before = dump(ws)
    with pytest.raises(RuntimeError, match="power cut"), ws.operation("test.fails") as op:
        records.insert_entity(op, "participants", {"given_name": "Ghost"})
        records.update_entity(op, "participants", pid, {"given_name": "Changed"})
        records.soft_delete(op, "participants", pid)
        raise RuntimeError("power cut")
    assert dump(ws) == before
    assert audit_rows(ws, "test.fails") == []
    assert records.get(ws, "participants", pid)["given_name"] == "Ana"
    # and the workspace is still usable
    add_one(ws)
    assert records.live_count(ws, "participants") == 5


def test_operations_are_committed_for_other_readers(ws: Workspace, event_file: Path):
    pid = add_one(ws)
    with Workspace.open(event_file, mode="read") as reader:
        assert records.get(reader, "participants", pid) is not None
        assert audit_rows(reader, "test.add")


def test_changes_list_what_an_operation_did(ws: Workspace):
    keep, drop = add_one(ws), add_one(ws)
    with ws.operation("test.all") as op:
        new = records.insert_entity(op, "participants", {"given_name": "New"})
        records.update_entity(op, "participants", keep, {"family_name": "Changed"})
        records.soft_delete(op, "participants", drop)
    changes = op.changes
    assert isinstance(changes, Changes)
    assert changes.action == "test.all"
    assert changes.inserted == {"participants": [new]}
    assert changes.updated == {"participants": [keep]}
    assert changes.deleted == {"participants": [drop]}
    assert changes.tables() == {"participants"}
    assert bool(changes)
    assert changes.as_dict() == {"action": "test.all", "inserted": {"participants": [new]},
                                 "updated": {"participants": [keep]}, "deleted": {"participants": [drop]}}
    json.dumps(changes.as_dict())
