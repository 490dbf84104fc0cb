"""Schema migrations (DESIGN §2): an older event file is upgraded in one transaction after a backup
copy; a newer one is refused and left alone; a failing migration leaves the file as it was.

Files of every earlier version are built on the fly (with the shipped migrations) and also kept as
committed fixtures (`tests/fixtures/schema_v{v}.eulac`, made by `tests/fixtures/make_fixtures.py`), so a
change to an old migration, or a new one without its fixture, is caught.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest

from eulac_desktop.core import errors, registration, schema
from eulac_desktop.core.checks import check_event_file
from eulac_desktop.core.errors import UpgradeFailed
from eulac_desktop.core.event import get_event
from eulac_desktop.core.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"
OLD_VERSIONS = list(range(1, schema.SCHEMA_VERSION))


def _load_fixture_maker():
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


make_fixtures = _load_fixture_maker()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def peek(path: Path) -> sqlite3.Connection:
    """Read a file without writing anything next to it (no -wal, no -shm)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def version_of(path: Path) -> int:
    conn = peek(path)
    try:
        return int(conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
    finally:
        conn.close()


def table_rows(conn: sqlite3.Connection, table: str) -> list[dict]:
    cur = conn.execute(f"SELECT * FROM {table} ORDER BY id")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur]


def snapshot(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    """The record tables a file holds (those that exist at its version)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {t: table_rows(conn, t) for t in sorted(schema.TABLE_KINDS) if t in tables}


def backups(path: Path, version: int) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.backup-v{version}-*{path.suffix}"))


def assert_upgraded(path: Path, version: int, old: dict[str, list[dict]]) -> None:
    """`path` (at `version` before) opens at the latest version, with its data and a backup at `version`."""
    with Workspace.open(path) as ws:
        assert ws.schema_version == schema.SCHEMA_VERSION
        assert not ws.read_only
        assert ws.quick_check() == []
        new = snapshot(ws.conn)
        for table, rows in old.items():
            assert len(new[table]) == len(rows), table
            for before, after in zip(rows, new[table]):
                assert {k: after[k] for k in before} == before, f"{table} row changed by the upgrade"
        assert ws.event_id == old["events"][0]["id"]
        assert get_event(ws).name == old["events"][0]["name"]
        # the upgraded file works: add people and find them accent-insensitively
        registration.add_participants(ws, [{"given_name": "Zoë", "family_name": "Ñandú"}])
        assert len(registration.participant_ids(ws, "zoe nandu")) == 1
    found = backups(path, version)
    assert len(found) == 1, found
    assert version_of(found[0]) == version
    conn = peek(found[0])
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert snapshot(conn) == old
    finally:
        conn.close()
    check_event_file(path)  # the whole check passes on the upgraded file


# -- upgrades ----------------------------------------------------------------------------------


def test_there_are_earlier_versions_to_test():
    assert schema.SCHEMA_VERSION == len(schema.MIGRATIONS) >= 2


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_an_older_file_is_upgraded_with_its_data_and_a_backup(tmp_path: Path, version: int):
    path = tmp_path / "old.eulac"
    make_fixtures.build_event_file_at(path, version)
    assert version_of(path) == version
    conn = peek(path)
    old = snapshot(conn)
    conn.close()
    assert old["events"] and old["audit"]
    assert_upgraded(path, version, old)


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_an_upgraded_file_is_not_backed_up_again(tmp_path: Path, version: int):
    path = tmp_path / "old.eulac"
    make_fixtures.build_event_file_at(path, version)
    Workspace.open(path).close()
    Workspace.open(path).close()
    assert len(backups(path, version)) == 1
    assert list(tmp_path.glob("*.backup-v*-*.eulac")) == backups(path, version)


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_an_older_file_opened_read_only_is_not_upgraded(tmp_path: Path, version: int):
    path = tmp_path / "old.eulac"
    make_fixtures.build_event_file_at(path, version)
    before = sha256(path)
    with pytest.raises(errors.UpgradeNeedsWriting) as refused:
        Workspace.open(path, mode="read")
    assert refused.value.text() and refused.value.hint_text()
    assert sha256(path) == before
    assert backups(path, version) == []


# -- committed fixtures of every old version ------------------------------------------------------


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_a_fixture_is_committed_for_every_earlier_version(version: int):
    fixture = make_fixtures.fixture_path(version)
    assert fixture.exists(), f"run: .venv/bin/python tests/fixtures/make_fixtures.py (missing {fixture.name})"
    assert version_of(fixture) == version


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_a_copy_of_each_committed_fixture_upgrades(tmp_path: Path, version: int):
    fixture = make_fixtures.fixture_path(version)
    committed = sha256(fixture)
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    conn = peek(path)
    old = snapshot(conn)
    conn.close()
    assert old["events"][0]["name"] == make_fixtures.EVENT_NAME
    assert_upgraded(path, version, old)
    assert sha256(fixture) == committed  # the committed file itself is never opened for writing


# -- newer files ---------------------------------------------------------------------------------


def make_newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(schema.SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()  # the last connection checkpoints and removes the -wal


def test_a_newer_file_is_refused_and_left_byte_identical(event_file: Path):
    make_newer(event_file)
    before = event_file.read_bytes()
    for opener in (lambda: Workspace.open(event_file), lambda: Workspace.open(event_file, mode="read"),
                   lambda: Workspace.open(event_file, mode="write"), lambda: check_event_file(event_file)):
        with pytest.raises(errors.NewerEventFile) as refused:
            opener()
        assert refused.value.params["found"] == schema.SCHEMA_VERSION + 1
        assert refused.value.params["known"] == schema.SCHEMA_VERSION
        assert str(schema.SCHEMA_VERSION + 1) in refused.value.text()
        assert refused.value.hint_text()
    assert event_file.read_bytes() == before
    assert list(event_file.parent.glob("*.backup-*")) == []


# -- a migration that fails -------------------------------------------------------------------


@pytest.mark.parametrize("version", list(range(1, schema.SCHEMA_VERSION + 1)))
def test_a_failing_migration_leaves_the_file_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version: int):
    path = tmp_path / "old.eulac"
    make_fixtures.build_event_file_at(path, version)
    before = sha256(path)
    conn = peek(path)
    old = snapshot(conn)
    conn.close()

    def broken_step(db) -> None:
        db["half_done"].create({"id": str}, pk="id")
        db.execute("UPDATE events SET name = 'half migrated'")
        raise RuntimeError("migration failed half-way")

    steps = [*schema.MIGRATIONS, broken_step]
    monkeypatch.setattr(schema, "MIGRATIONS", steps)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(steps))

    with pytest.raises(UpgradeFailed) as refused:
        Workspace.open(path)
    assert "half-way" in refused.value.text()
    assert "backup-v" in refused.value.hint_text()  # says where the copy is

    assert sha256(path) == before
    assert version_of(path) == version
    conn = peek(path)
    try:
        assert snapshot(conn) == old
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    finally:
        conn.close()
    found = backups(path, version)
    assert len(found) == 1 and version_of(found[0]) == version

    monkeypatch.undo()  # the fixed release opens the file normally (the lock was released)
    with Workspace.open(path) as ws:
        assert not ws.read_only
        assert ws.schema_version == schema.SCHEMA_VERSION
        assert get_event(ws).name == old["events"][0]["name"]


def test_upgrading_participants_fills_the_matching_key_and_the_region(tmp_path: Path) -> None:
    """Version 3 added `email_key` and `region`: a v2 file's people get them from their e-mail and country."""
    copy = tmp_path / "v2.eulac"
    shutil.copy(FIXTURES / "schema_v2.eulac", copy)
    with Workspace.open(copy) as ws:
        rows = ws.conn.execute("SELECT email, email_key, country, region FROM participants").fetchall()
    assert rows
    assert {(email, key, country, region) for email, key, country, region in rows} == {
        ("jose@example.org", "jose@example.org", "PE", "LAC"), ("c@example.org", "c@example.org", "BR", "LAC")}
