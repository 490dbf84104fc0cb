"""Schema migrations (ARCHITECTURE.md §2): an older event file is upgraded in one transaction after a backup
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
from eulac_desktop.core.registration import search
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
        if old.get("participants"):  # the full-text index still finds the people already there (rebuilt by v15)
            assert search.ids_by_query(ws, "conceicao") == [make_fixtures.PARTICIPANTS[1][0]]
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


def test_upgrading_ballots_keeps_who_voted_apart_from_what_they_voted(tmp_path: Path) -> None:
    """Version 11 (issue 16): a v10 file's secret ballots held a pseudonym of the voter (a keyed hash the poll's key
    recomputes), the moment of casting and a time-ordered id. Upgraded, each ballot cast for a person has a vote
    record; secret ballots lose their voter, their id (a new random-looking one, the void following it) and their
    time (their poll's), no audit entry names them, and none of the old values is left in the file's bytes."""
    import base64
    import hmac
    import json

    from eulac_desktop.core import keystore, voting

    path = tmp_path / "v10.eulac"
    make_fixtures.build_event_file_at(path, 10)
    people = [p[0] for p in make_fixtures.PARTICIPANTS]
    secret_poll, named_poll = "018f0e3c-6a00-7000-8000-0000000c0001", "018f0e3c-6a00-7000-8000-0000000c0002"
    key = b"k" * 32
    keystore.store_poll_key(make_fixtures.EVENT_ID, secret_poll, key)
    pseudonym = {p: hmac.new(key, p.encode(), hashlib.sha256).hexdigest()[:32] for p in people}
    conn = sqlite3.connect(path)
    contract = (make_fixtures.EVENT_ID, make_fixtures.DEVICE_ID)
    from eulac_desktop.core import badges
    from eulac_desktop.core.voting import paper

    badge_secret = base64.b64decode(conn.execute("SELECT value FROM meta WHERE key = 'badge_secret'").fetchone()[0])
    body = "P" + paper._tag(secret_poll) + badges._encode(1, 5)
    serial = body + paper._mac(badge_secret, body)  # the first paper ballot printed for the secret poll
    for n, (poll, secret) in enumerate(((secret_poll, 1), (named_poll, 0))):
        conn.execute("INSERT INTO polls (id, event_id, origin, created_at, updated_at, deleted, title, method, params, options, "
                     "state, secret, eligibility, live) VALUES (?, ?, ?, ?, ?, 0, 'Q', 'approval', '{}', ?, 'open', ?, 'all', 0)",
                     (poll, *contract, make_fixtures.stamp(100 + n), make_fixtures.stamp(100 + n),
                      json.dumps([{"id": "x", "text": "X"}, {"id": "y", "text": "Y"}]), secret))
    old = [  # id, poll, voter, payload, cast at (ms after the fixture's start)
        ("018f0e3c-7000-7000-8000-0000000d0001", secret_poll, pseudonym[people[0]], '["x"]', 5_000),
        ("018f0e3c-7000-7000-8000-0000000d0002", secret_poll, pseudonym[people[1]], '["y"]', 5_130),
        ("018f0e3c-7000-7000-8000-0000000d0003", secret_poll, f"paper:{serial}", '["y"]', 6_000),
        ("018f0e3c-7000-7000-8000-0000000d0004", named_poll, people[0], '["x"]', 7_000),
        ("018f0e3c-7000-7000-8000-0000000d0005", secret_poll, "0" * 32, '["x"]', 8_000),  # a pseudonym of nobody known
    ]
    for ballot_id, poll, voter, payload, at in old:
        conn.execute("INSERT INTO ballots (id, event_id, origin, created_at, updated_at, deleted, poll_id, voter, payload, "
                     "channel, serial) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, 'kiosk', ?)",
                     (ballot_id, *contract, make_fixtures.stamp(at), make_fixtures.stamp(at), poll, voter, payload,
                      serial if voter.startswith("paper:") else None))
        conn.execute("INSERT INTO audit (id, event_id, origin, created_at, updated_at, deleted, action, kind, table_name, "
                     "row_ids, detail) VALUES (?, ?, ?, ?, ?, 0, 'ballots.cast', 'inserted', 'ballots', ?, '{}')",
                     (ballot_id[:-12] + "0000000aa" + ballot_id[-3:], *contract, make_fixtures.stamp(at + 1), make_fixtures.stamp(at + 1),
                      json.dumps([ballot_id])))
    conn.execute("INSERT INTO ballot_voids (id, event_id, origin, created_at, updated_at, deleted, ballot_id, reason) "
                 "VALUES ('018f0e3c-7000-7000-8000-0000000e0001', ?, ?, ?, ?, 0, ?, 'mistake')",
                 (*contract, make_fixtures.stamp(9_000), make_fixtures.stamp(9_000), old[4][0]))
    conn.commit()
    conn.close()

    with Workspace.open(path) as ws:
        assert ws.schema_version == schema.SCHEMA_VERSION
        votes = ws.conn.execute("SELECT poll_id, participant_id, created_at FROM votes ORDER BY created_at").fetchall()
        assert [(p, v) for p, v, _at in votes] == [(secret_poll, people[0]), (secret_poll, people[1]),
                                                   (named_poll, people[0]), (secret_poll, "0" * 32)]
        ballots = {b[0]: b for b in ws.conn.execute("SELECT id, poll_id, voter, created_at, updated_at FROM ballots")}
        assert len(ballots) == 5 and not {b[0] for b in old} - {old[3][0]} & set(ballots)  # secret ones re-identified
        poll_time = make_fixtures.stamp(100).split("-")[0]
        for ballot_id, poll, voter, created, updated in ballots.values():
            if poll == secret_poll:
                assert ballot_id[14] == "4" and created == updated and created.startswith(poll_time + "-000000-")
                assert voter in ("", f"paper:{serial}")
        assert ballots[old[3][0]][2] == people[0]  # a named ballot keeps its voter
        voided = ws.conn.execute("SELECT ballot_id FROM ballot_voids").fetchone()[0]
        assert voided in ballots and voided != old[4][0]
        assert ws.conn.execute("SELECT rowid FROM votes").fetchall()  # (a table with rowids, for contrast)
        with pytest.raises(sqlite3.OperationalError):
            ws.conn.execute("SELECT rowid FROM ballots")  # ballots are stored by id, not in the order they came
        audit = " ".join(r[0] for r in ws.conn.execute("SELECT row_ids FROM audit WHERE table_name = 'ballots'"))
        assert not [b[0] for b in old if b[1] == secret_poll and b[0] in audit] and old[3][0] in audit
        results = voting.results(ws, secret_poll)
        assert (results["ballots"], results["refused"]) == (3, 0)  # two people and a paper ballot; the void holds
        assert {o["id"]: o["score"] for o in results["options"]} == {"x": 1, "y": 2}
        with pytest.raises(voting.VoteRefused, match="already voted"):
            voting.cast_ballot(ws, secret_poll, ["x"], participant_id=people[1])
    data = path.read_bytes()
    leftovers = [v for v in [*pseudonym.values(), *(b[0] for b in old if b[1] == secret_poll)] if v.encode() in data]
    assert leftovers == []  # not even in freed pages
    check_event_file(path)  # the whole check passes on the upgraded file


def test_migrations_carry_what_they_need() -> None:
    """Issue 17: a migration calls none of the application's code (which may change after it shipped, and would
    change what upgrading an old file does): schema.py imports from the package only where this device keeps its
    files (`paths`)."""
    import ast

    tree = ast.parse(Path(schema.__file__).read_text(encoding="utf-8"))
    imported = {("." * n.level) + (n.module or "") for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert {m for m in imported if m.startswith(".") or m.startswith("eulac_desktop")} == {".paths"}


def test_the_copies_the_migrations_carry_still_agree_with_the_application() -> None:
    """The rules version 3, 4 and 11 carry are today's: a file upgraded now gets what the app would write."""
    from eulac_desktop.core import badges, countries, hlc, text

    for code in (*countries.EU, *countries.LAC, "US", "gb", "pe", "", None):
        assert schema._v3_region(code) == countries.region_of(code), code
    for email in (" Maria@Example.ORG ", "JOSÉ@exámple.org", "e\u0301@x.org"):
        assert schema._v3_email_key(email) == text.email_key(email)
    assert schema._V4_MAX_NUMBER == badges.MAX_NUMBER
    stamp = "001780000000123-000042-0123456789abcdef0123456789abcdef"
    node = "018f0e3c-6a00-7000-8000-0000000c0001"
    assert schema._v11_coarse(stamp, node) == hlc.coarse(stamp, node)


def test_a_version_13_file_gets_the_index_of_erased_people(tmp_path: Path) -> None:
    """Version 14 (issue 21's apply p99): an index holding only the erased people, so a delta's apply finds them
    without reading every participant."""
    path = tmp_path / "v13.eulac"
    shutil.copy(make_fixtures.fixture_path(13), path)
    with Workspace.open(path) as ws:
        plan = " ".join(row[3] for row in ws.conn.execute("EXPLAIN QUERY PLAN SELECT id FROM participants WHERE erased = 1"))
    assert "idx_participants_erased" in plan


def test_a_version_15_file_finds_a_person_by_email_through_the_email_index(tmp_path: Path) -> None:
    """Version 16 (issue 19's import): the index of (event_id, deleted) is gone, so SQLite looks an e-mail up through
    the e-mail index instead of reading every person of the event, and an event's people through an index that leads
    with event_id all the same (a master holds several events); the index of updated_at stays: the room's sync finds
    each delta's people through it."""
    path = tmp_path / "v15.eulac"
    shutil.copy(make_fixtures.fixture_path(15), path)
    with Workspace.open(path) as ws:
        def plan(sql: str) -> str:
            return " ".join(row[3] for row in ws.conn.execute(f"EXPLAIN QUERY PLAN {sql}", (ws.event_id, "x")[:sql.count("?")]))

        by_email = plan("SELECT id FROM participants WHERE event_id = ? AND deleted = 0 AND email_key = ?")
        of_event = plan("SELECT count(*) FROM participants WHERE event_id = ? AND deleted = 0")
        indexes = {row[0] for row in ws.conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'participants'")}
    assert "idx_participants_event_id_deleted" not in indexes and "idx_participants_updated_at" in indexes
    assert "idx_participants_event_id_email_key (event_id=? AND email_key=?)" in by_email
    assert "(event_id=?)" in of_event
