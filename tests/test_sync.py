"""Venue sync through plain folders (issue 21): delta bundles, outboxes and inboxes, receipts, quarantine, refusals,
compaction, partitions that heal, and the `eulac sync` commands through the real entry point.

A room is a coordinator (A) and two laptops set up from its setup bundle (B, C), each with its own config folder
(device key, trusted devices) chosen through `config()`. Either they share one folder (a network share), or each has
its own replica of it and the test plays the network, copying files between replicas (as Syncthing does): then a
partition is simply files not copied yet.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from helpers import config, run
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sync_room import (
    Desk,
    Room,
    assert_identical,
    checkins_of,
    copy_room,
    deliver,
    dump,
    eulac,
    heal,
    make_room,
    once,
    outbox_files,
    replica,
    rows_of,
    share,
    writing,
)

from eulac_desktop.cli import main
from eulac_desktop.core import checkin, records, voting
from eulac_desktop.core.bundles.trust import revoke_device, trust_device
from eulac_desktop.core.hlc import wall_ms
from eulac_desktop.core.sync import outbox
from eulac_desktop.core.workspace import Changes, Workspace


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Room:
    return make_room(tmp_path_factory.mktemp("room"))


@pytest.fixture
def room(template: Room, tmp_path: Path) -> Room:
    """A fresh copy of the room (event files and config folders)."""
    return copy_room(template, tmp_path)


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


# -- exchanging deltas ----------------------------------------------------------------------------------------------


def test_three_laptops_exchange_deltas_and_end_byte_identical(room: Room, capsys, tmp_path: Path) -> None:
    shared = share(capsys, room, tmp_path / "shared")
    assert "(?d).*.part" in (shared / ".stignore").read_text()
    with writing(room["A"]) as ws:
        checkin.check_in(ws, room.people[0])
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[1])
        voting.cast_ballot(ws, room.poll, [room.option], participant_id=room.people[1])
    with writing(room["C"]) as ws:
        checkin.check_in(ws, room.people[2])
    first = once(capsys, room["A"], trust=True)
    assert (first["written"], first["applied"], first["quarantined"]) == (1, 0, 0)
    b = once(capsys, room["B"], trust=True)
    assert (b["written"], b["applied"]) == (1, 1)  # A's delta was there already
    c = once(capsys, room["C"], trust=True)
    assert (c["written"], c["applied"]) == (1, 2)
    assert once(capsys, room["A"], trust=True)["applied"] == 2
    assert once(capsys, room["B"], trust=True)["applied"] == 1
    assert checkins_of(capsys, room["A"]) == set(room.people[:3])
    # B's vote record travelled at once; its secret ballot waits for the poll to close (nothing links the two)
    assert rows_of(capsys, room["A"], "votes") == rows_of(capsys, room["B"], "votes") != []
    assert rows_of(capsys, room["A"], "ballots") == [] != rows_of(capsys, room["B"], "ballots")
    with writing(room["A"]) as ws:
        voting.set_state(ws, room.poll, "closed")
    for desk in [*room.desks, room["A"]]:
        once(capsys, desk)
    assert_identical(capsys, room)
    # a delta is write-once, its name unique; one check-in's delta is a small file
    names = [p.name for d in room.desks for p in outbox_files(shared, d)]
    assert len(names) == len(set(names)) == 5  # A: two (the poll closed), B: two (its ballot), C: one
    assert all(p.stat().st_size < 5000 for p in outbox_files(shared, room["C"]))
    # nothing new: nothing written, nothing applied; a re-delivered file (same name, new time) is a no-op
    again = outbox_files(shared, room["B"])[0]
    again.write_bytes(again.read_bytes())
    for desk in room.desks:
        quiet = once(capsys, desk)
        assert (quiet["written"], quiet["applied"], quiet["quarantined"], quiet["refused"]) == (0, 0, 0, 0)
    assert_identical(capsys, room)


def test_status_lists_peers_last_received_lag_and_pending(room: Room, capsys, tmp_path: Path) -> None:
    shared = share(capsys, room, tmp_path / "shared")
    assert eulac(capsys, room["A"], "sync", "status", room["A"].path)["peers"] == []
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[0])
    with writing(room["C"]) as ws:
        checkin.check_in(ws, room.people[1])
    before = eulac(capsys, room["B"], "sync", "status", room["B"].path)
    assert before["unsent"] == 1 and before["folder"] == str(shared.resolve())
    once(capsys, room["B"])
    once(capsys, room["C"])
    waiting = eulac(capsys, room["A"], "sync", "status", room["A"].path)
    assert waiting["pending"] == 2 and {p["device_id"] for p in waiting["peers"]} == {room["B"].id, room["C"].id}
    assert all(p["last_received"] is None and p["pending"] == 1 for p in waiting["peers"])
    once(capsys, room["A"], trust=True)
    status = eulac(capsys, room["A"], "sync", "status", room["A"].path)
    assert status["pending"] == 0 and status["unsent"] == 0 and status["outbox"]["files"] == 1  # the event A made
    for peer in status["peers"]:
        assert peer["trusted"] and peer["name"].startswith("Laptop") and peer["last_received"]
        assert 0 <= peer["lag_seconds"] < 60 and peer["pending"] == 0


def test_without_a_folder_sync_says_how_to_choose_one(room: Room, capsys) -> None:
    refused = once(capsys, room["A"], expect=1)
    assert refused["error"] == "no_sync_folder" and "eulac sync folder" in refused["hint"]


def test_a_sync_folder_that_is_a_file_is_said_in_the_person_s_words(room: Room, capsys, tmp_path: Path) -> None:
    taken = tmp_path / "notes.txt"  # the system's English "Not a directory" reached the message
    taken.write_text("mine", encoding="utf-8")
    refused = eulac(capsys, room["A"], "sync", "folder", room["A"].path, taken, expect=1)
    assert refused["error"] == "write_failed" and "the folder does not exist" in refused["message"]
    assert "Not a directory" not in refused["message"] and taken.read_text(encoding="utf-8") == "mine"


# -- trust ----------------------------------------------------------------------------------------------------------


def test_a_new_devices_deltas_wait_in_quarantine_until_trusted(room: Room, capsys, tmp_path: Path) -> None:
    share(capsys, room, tmp_path / "shared")
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[3])
    once(capsys, room["B"])
    waiting = once(capsys, room["A"])  # the coordinator has never seen B
    assert (waiting["applied"], waiting["quarantined"]) == (0, 1)
    listed = waiting["files"]["quarantined"][0]
    assert listed["device_id"] == room["B"].id and listed["reason"] == "untrusted" and listed["fingerprint"]
    assert room.people[3] not in checkins_of(capsys, room["A"])
    status = eulac(capsys, room["A"], "sync", "status", room["A"].path)
    assert status["peers"][0]["quarantined"][0]["reason"] == "untrusted" and status["pending"] == 1
    again = once(capsys, room["A"])  # not read again until something changes, and still in quarantine (debts10:
    assert (again["applied"], again["quarantined"]) == (0, 1)  # it said 0 while `sync status` listed the file)
    assert again["files"]["quarantined"] == waiting["files"]["quarantined"]
    trusted = once(capsys, room["A"], trust=True)
    assert (trusted["applied"], trusted["quarantined"]) == (1, 0)
    assert room.people[3] in checkins_of(capsys, room["A"])


def test_a_revoked_devices_deltas_stay_quarantined_even_with_trust(room: Room, capsys, tmp_path: Path) -> None:
    share(capsys, room, tmp_path / "shared")
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[0])
    once(capsys, room["B"])
    assert once(capsys, room["A"], trust=True)["applied"] == 1
    with config(room["A"].cfg):
        revoke_device(room["B"].id)
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[1])
    once(capsys, room["B"])
    result = once(capsys, room["A"], trust=True)
    assert (result["applied"], result["quarantined"]) == (0, 1)
    assert result["files"]["quarantined"][0]["reason"] == "revoked"
    assert room.people[1] not in checkins_of(capsys, room["A"])
    peer = eulac(capsys, room["A"], "sync", "status", room["A"].path)["peers"][0]
    assert peer["revoked"] and not peer["trusted"] and peer["quarantined"][0]["reason"] == "revoked"


# -- damaged files --------------------------------------------------------------------------------------------------


def test_half_written_and_tampered_deltas_are_refused_and_kept_aside_the_others_applied(room: Room, capsys,
                                                                                          tmp_path: Path) -> None:
    shared = share(capsys, room, tmp_path / "shared")
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[1])
    once(capsys, room["B"])
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[2])
    once(capsys, room["B"])
    with writing(room["C"]) as ws:
        checkin.check_in(ws, room.people[3])
    once(capsys, room["C"])
    first, second = outbox_files(shared, room["B"])
    (whole_c,) = outbox_files(shared, room["C"])
    # B's first delta altered after it was signed (a check-in moved to someone else)
    with zipfile.ZipFile(first) as zf:
        members = [(i.filename, zf.read(i)) for i in zf.infolist()]
    altered = [(n, d.replace(room.people[1].encode(), room.people[4].encode())) for n, d in members]
    with zipfile.ZipFile(first, "w") as zf:
        for name, data in altered:
            zf.writestr(name, data)
    # C's delta still arriving: half of it under its name (a slow copy), and a temporary file being written
    data_c = whole_c.read_bytes()
    whole_c.write_bytes(data_c[: len(data_c) // 2])
    (shared / room["C"].id / ".delta-000000000000001-000000.1234abcd.part").write_bytes(data_c[:100])
    result = once(capsys, room["A"], trust=True)
    assert (result["applied"], result["refused"]) == (1, 2)
    assert result["files"]["applied"][0]["file"] == f"{room['B'].id}/{second.name}"
    reasons = {r["file"].split("/")[0]: r["reason"] for r in result["files"]["refused"]}
    assert "altered" in reasons[room["B"].id] and "damaged or incomplete" in reasons[room["C"].id]
    aside = shared / f".refused-{room['A'].id}"
    assert (aside / room["B"].id / first.name).read_bytes() == first.read_bytes()
    assert (aside / room["C"].id / whole_c.name).exists()
    assert checkins_of(capsys, room["A"]) == {room.people[2]}
    refused = {r["file"] for p in eulac(capsys, room["A"], "sync", "status", room["A"].path)["peers"] for r in p["refused"]}
    assert refused == {f"{room['B'].id}/{first.name}", f"{room['C'].id}/{whole_c.name}"}
    assert once(capsys, room["A"])["refused"] == 0  # unchanged files are not read again
    whole_c.write_bytes(data_c)  # the copy completes
    assert once(capsys, room["A"], trust=True)["applied"] == 1
    assert room.people[3] in checkins_of(capsys, room["A"])


def test_a_huge_file_under_a_delta_s_name_is_refused_and_not_copied_aside(room: Room, capsys, tmp_path: Path) -> None:
    """A misbehaving laptop writes a file larger than any bundle (sparse here: it costs its writer nothing) under a
    delta's name: refused, and no copy of it fills this laptop's disk; the laptop's real delta is still applied."""
    from eulac_desktop.core.sync.inbox import ASIDE_MAX_BYTES

    shared = share(capsys, room, tmp_path / "shared")
    with writing(room["C"]) as ws:
        checkin.check_in(ws, room.people[3])
    once(capsys, room["C"])
    (delta,) = outbox_files(shared, room["C"])
    huge = delta.with_name("delta-000000000000009-000009.zip")
    with huge.open("wb") as fh:
        fh.truncate(ASIDE_MAX_BYTES + 1)
    result = once(capsys, room["A"], trust=True)
    assert (result["applied"], result["refused"]) == (1, 1)
    assert result["files"]["refused"][0]["file"] == f"{room['C'].id}/{huge.name}"
    assert not (shared / f".refused-{room['A'].id}" / room["C"].id / huge.name).exists()
    assert room.people[3] in checkins_of(capsys, room["A"])
    assert once(capsys, room["A"])["refused"] == 0  # not read again while unchanged


def test_a_sync_folder_that_cannot_be_made_is_refused_in_the_person_s_language(room: Room, capsys,
                                                                               tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    refused = eulac(capsys, room["A"], "--lang", "es", "sync", "folder", room["A"].path, tmp_path / "a-file" / "sync",
                    expect=1)
    assert refused["error"] == "write_failed"
    assert refused["message"] == f"No se pudo escribir “{tmp_path / 'a-file' / 'sync'}” (la carpeta no existe)."
    assert eulac(capsys, room["A"], "sync", "status", room["A"].path)["folder"] is None  # nothing was written


def test_sync_status_says_when_its_folder_cannot_be_reached(room: Room, capsys, tmp_path: Path) -> None:
    shared = share(capsys, room, tmp_path / "shared")
    shutil.rmtree(shared)  # the USB stick is pulled out
    assert eulac(capsys, room["A"], "sync", "status", room["A"].path)["reachable"] is False
    with config(room["A"].cfg):
        code, out, _err = run(capsys, "--lang", "es", "sync", "status", room["A"].path)
    assert code == 0
    assert out.splitlines() == [f"Carpeta de sincronización: {shared}",
                                f"No se puede acceder a la carpeta de sincronización «{shared}»."]


def test_an_erasure_on_one_laptop_reaches_the_others_and_their_sync_goes_on(room: Room, capsys, tmp_path: Path) -> None:
    """A delta that carries an erasure is applied with its receipt in one transaction; the erased values must still
    leave the receiving file's free pages afterwards, and the pass must not fail ("database table is locked")."""
    share(capsys, room, tmp_path / "shared")
    eulac(capsys, room["A"], "participants", "erase", room["A"].path, "p3@example.org")
    once(capsys, room["A"])
    got = once(capsys, room["B"], trust=True)
    assert got["applied"] == 1
    listed = {p["email"] for p in eulac(capsys, room["B"], "participants", "list", room["B"].path)}
    assert "p3@example.org" not in listed and "p4@example.org" in listed
    assert b"p3@example.org" not in room["B"].path.read_bytes()  # nowhere in the file's bytes
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[4])
    assert once(capsys, room["B"])["written"] == 1  # the next pass goes on


def test_a_refusal_is_listed_by_sync_status_in_the_language_of_the_status_not_of_the_pass(room: Room, capsys,
                                                                                            tmp_path: Path) -> None:
    shared = share(capsys, room, tmp_path / "shared")
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[0])
    once(capsys, room["B"])
    (delta,) = outbox_files(shared, room["B"])
    delta.write_bytes(delta.read_bytes()[:200])  # damaged
    refused = eulac(capsys, room["A"], "--lang", "es", "sync", "once", room["A"].path, "--trust")
    assert "está dañado o incompleto" in refused["files"]["refused"][0]["reason"]
    (peer,) = [p for p in eulac(capsys, room["A"], "sync", "status", room["A"].path)["peers"] if p["refused"]]
    english = f"The bundle “{delta}” was refused: it is not a bundle, or it is damaged or incomplete"
    assert peer["refused"][0]["reason"] == english
    (peer,) = [p for p in eulac(capsys, room["A"], "--lang", "pt", "sync", "status", room["A"].path)["peers"]
               if p["refused"]]
    assert "danificado ou incompleto" in peer["refused"][0]["reason"]


def test_a_delta_in_another_devices_folder_is_refused(room: Room, capsys, tmp_path: Path) -> None:
    shared = share(capsys, room, tmp_path / "shared")
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[0])
    once(capsys, room["B"])
    (delta,) = outbox_files(shared, room["B"])
    shutil.copy(delta, shared / room["C"].id / delta.name)
    result = once(capsys, room["A"], trust=True)
    assert result["applied"] == 1 and result["refused"] == 1
    assert "another device's folder" in result["files"]["refused"][0]["reason"]


def test_a_link_under_a_delta_s_name_is_refused_unread_and_nothing_it_points_at_is_copied(room: Room, capsys,
                                                                                          tmp_path: Path) -> None:
    """A peer (or anyone who writes the shared folder) puts links where deltas go: one to a private file of this
    laptop, one to an endless device. The refused copy kept aside, in the shared folder, took the private file's
    bytes to every laptop, and the endless one filled the disk."""
    shared = share(capsys, room, tmp_path / "shared")
    secret = tmp_path / "private-key"
    secret.write_bytes(b"PRIVATE KEY OF THIS LAPTOP")
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[0])
    once(capsys, room["B"])
    (delta,) = outbox_files(shared, room["B"])
    stem = delta.name.rsplit("-", 1)[0]
    (shared / room["C"].id).mkdir(exist_ok=True)
    (shared / room["C"].id / f"{stem}-000001.zip").symlink_to(secret)
    (shared / room["C"].id / f"{stem}-000002.zip").symlink_to("/dev/zero")
    elsewhere = tmp_path / "elsewhere"  # and the folder where refused files are kept aside made a link out
    elsewhere.mkdir()
    (shared / f".refused-{room['A'].id}").mkdir()
    (shared / f".refused-{room['A'].id}" / room["C"].id).symlink_to(elsewhere)
    (shared / room["C"].id / f"{stem}-000003.zip").write_bytes(b"not a bundle")
    result = once(capsys, room["A"], trust=True)
    assert result["applied"] == 1 and result["refused"] == 3
    reasons = sorted(r["reason"] for r in result["files"]["refused"])
    assert ["a link or a special file" in r for r in reasons] == [True, True, False]
    kept = [p for p in shared.rglob("*") if p.is_file() and not p.is_symlink()]
    assert not any(b"PRIVATE KEY" in p.read_bytes() for p in kept if p != secret)
    assert not list(elsewhere.iterdir())


# -- time and space -------------------------------------------------------------------------------------------------


def test_a_laptop_offline_for_an_hour_catches_up_through_compacted_outboxes(room: Room, capsys, monkeypatch) -> None:
    monkeypatch.setattr(outbox, "COMPACT_AFTER", 4)
    share(capsys, room)
    a, b, c = room.desks
    hour_ago = wall_ms() - 3_600_000
    for i in range(6):  # an hour of work on A and B while C is away; C works alone too
        with writing(a, wall=lambda i=i: hour_ago + i * 600_000) as ws:
            checkin.check_in(ws, room.people[i])
        with writing(b) as ws:
            checkin.check_in(ws, room.people[6 + i])
        once(capsys, a, trust=True)
        once(capsys, b, trust=True)
        deliver(room, a, b)
        deliver(room, b, a)
    with writing(c) as ws:
        voting.cast_ballot(ws, room.poll, [room.option], participant_id=room.people[0])
    for desk in (a, b):
        names = [p.name for p in outbox_files(replica(room, desk), desk)]
        assert any(n.startswith("full-") for n in names) and len(names) < 4  # compacted
    heal(capsys, room)
    assert_identical(capsys, room)
    assert checkins_of(capsys, c) == set(room.people)


def test_clocks_minutes_apart_agree_and_a_double_check_in_shows_when_both_deltas_meet(room: Room, capsys,
                                                                                       tmp_path: Path) -> None:
    share(capsys, room, tmp_path / "shared")
    a, b, c = room.desks
    with writing(a) as ws:
        checkin.check_in(ws, room.people[5])
        voting.cast_ballot(ws, room.poll, [room.option], participant_id=room.people[5])
    with writing(b, wall=lambda: wall_ms() + 4 * 60_000) as ws:  # B's clock is 4 minutes ahead
        checkin.check_in(ws, room.people[5])
        voting.cast_ballot(ws, room.poll, [room.option], participant_id=room.people[5])
    once(capsys, a, trust=True)
    met = once(capsys, b, trust=True)
    assert met["double_checkins"] == ["Persona5 Prueba"] and met["double_votes"] == 1
    assert once(capsys, a, trust=True)["double_checkins"] == ["Persona5 Prueba"]
    with writing(c, wall=lambda: wall_ms() + 20 * 60_000) as ws:  # C's clock is 20 minutes ahead: held back
        checkin.check_in(ws, room.people[6])
    once(capsys, c, trust=True)
    held = once(capsys, a, trust=True)
    assert held["files"]["quarantined"][0]["reason"] == "clock_ahead"
    with writing(a) as ws:  # the ballots travel once the poll is closed
        voting.set_state(ws, room.poll, "closed")
    for desk in (a, b, a):
        once(capsys, desk, trust=True)
    assert dump(capsys, a) == dump(capsys, b)


def test_a_full_disk_stops_the_delta_not_the_imports_and_loses_nothing(room: Room, capsys, tmp_path: Path,
                                                                      monkeypatch) -> None:
    shared = share(capsys, room, tmp_path / "shared")
    b, c = room["B"], room["C"]
    with writing(b) as ws:
        checkin.check_in(ws, room.people[0])
    once(capsys, b)
    with writing(c) as ws:
        checkin.check_in(ws, room.people[1])

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    refused = once(capsys, c, trust=True, expect=1)
    assert refused["error"] == "disk_full"
    assert list((shared / c.id).iterdir()) == []  # nothing half-written left behind
    assert room.people[0] in checkins_of(capsys, c)  # B's delta was applied all the same
    monkeypatch.undo()
    later = once(capsys, c)
    assert later["written"] == 1 and later["rows_written"] == 1  # the check-in made while the disk was full
    once(capsys, b, trust=True)
    assert dump(capsys, b) == dump(capsys, c)


# -- the long-running command ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, content", [("missing.eulac", None), ("junk.eulac", b"not an event file")])
def test_sync_run_refuses_a_file_that_is_no_event_file_at_once(tmp_path: Path, name: str, content: bytes | None) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    env = {**os.environ, "EULAC_CONFIG_DIR": str(tmp_path / "cfg"), "PYTHONPATH": str(Path(__file__).parents[1]),
           "LANGUAGE": "es"}
    proc = subprocess.Popen([sys.executable, "-m", "eulac_desktop.cli", "sync", "run", str(path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _out, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("sync run kept running on a file that is no event file")
    assert proc.returncode == 1 and "Error: " in err and path.name in err and "Traceback" not in err
    assert "evento" in err  # in the person's language


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_sync_run_keeps_the_laptop_in_step_until_stopped(room: Room, capsys, tmp_path: Path, stop: int) -> None:
    share(capsys, room, tmp_path / "shared")
    once(capsys, room["B"])
    env = {**os.environ, "EULAC_CONFIG_DIR": str(room["A"].cfg), "PYTHONPATH": str(Path(__file__).parents[1]),
           "LANGUAGE": "en"}
    proc = subprocess.Popen([sys.executable, "-m", "eulac_desktop.cli", "sync", "run", str(room["A"].path), "--trust"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        with writing(room["B"]) as ws:
            checkin.check_in(ws, room.people[7])
        once(capsys, room["B"])
        deadline = time.monotonic() + 30
        while room.people[7] not in _checkins_read(room["A"]) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert room.people[7] in _checkins_read(room["A"])
    finally:
        proc.send_signal(stop)
        _out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "Stopped." in err


def _checkins_read(desk: Desk) -> set[str]:
    with config(desk.cfg) as device, Workspace.open(desk.path, mode="read", device=device) as ws:
        return {r[0] for r in ws.conn.execute("SELECT participant_id FROM checkins")}


# -- any interleaving converges -------------------------------------------------------------------------------------


STEPS = st.lists(st.one_of(
    st.tuples(st.just("checkin"), st.integers(0, 2), st.integers(0, 11)),
    st.tuples(st.just("vote"), st.integers(0, 2), st.integers(0, 11)),
    st.tuples(st.just("undo"), st.integers(0, 2)),  # Ctrl+Z (or its redo) of the laptop's latest check-in
    st.tuples(st.just("sync"), st.integers(0, 2)),
    st.tuples(st.just("deliver"), st.integers(0, 2), st.integers(0, 2), st.integers(0, 255)),  # the unset bits: lost
    st.tuples(st.just("duplicate"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("compact"), st.integers(0, 2)),  # its older deltas gone, delivered or not
), min_size=3, max_size=10)


def _cli(desk: Desk, *argv: object) -> tuple[int, str]:
    out = io.StringIO()
    with config(desk.cfg), contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main([str(a) for a in argv])
    return code, out.getvalue()


def _step(room: Room, step: tuple[Any, ...]) -> None:
    kind, who = step[0], room.desks[step[1]]
    box = replica(room, who) / who.id
    if kind in ("checkin", "vote"):
        with writing(who) as ws, contextlib.suppress(voting.VoteRefused):
            if kind == "checkin":
                checkin.check_in(ws, room.people[step[2]])
            else:
                voting.cast_ballot(ws, room.poll, [room.option], participant_id=room.people[step[2]])
    elif kind == "undo":
        with writing(who) as ws:
            latest = ws.conn.execute("SELECT id, deleted FROM checkins WHERE origin = ? ORDER BY created_at DESC LIMIT 1",
                                     (who.id,)).fetchone()
            if latest:
                kinds = {"deleted": {"checkins": [latest[0]]}} if latest[1] else {"inserted": {"checkins": [latest[0]]}}
                records.revert_changes(ws, Changes("checkin.scan", **kinds))
    elif kind == "sync":
        assert _cli(who, "sync", "once", who.path, "--trust")[0] == 0
    elif kind == "compact" and box.exists():
        with writing(who) as ws:
            outbox.compact(ws, replica(room, who))
    elif kind in ("deliver", "duplicate") and who != room.desks[step[2]]:
        target = replica(room, room.desks[step[2]]) / who.id
        target.mkdir(parents=True, exist_ok=True)
        files = sorted(box.glob("*.zip")) if box.exists() else []
        for i, path in enumerate(files):
            if kind == "deliver" and step[3] >> (i % 8) & 1:
                shutil.copy2(path, target / path.name)
            elif kind == "duplicate" and (target / path.name).exists():
                (target / path.name).write_bytes(path.read_bytes())  # delivered again: a new time, the same name


@settings(max_examples=6, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=STEPS)
def test_any_interleaving_of_writes_deliveries_duplicates_and_losses_converges(template: Room, tmp_path_factory,
                                                                               steps: list[tuple[Any, ...]]) -> None:
    """Whatever happened during the partition, once every outbox reaches every replica all laptops hold the same."""
    room = copy_room(template, tmp_path_factory.mktemp("interleaving"))
    for desk in room.desks:
        assert _cli(desk, "sync", "folder", desk.path, replica(room, desk))[0] == 0
    for step in steps:
        _step(room, step)
    with writing(room["A"]) as ws:  # secret ballots travel once their poll is closed
        voting.set_state(ws, room.poll, "closed")
    for _round in range(3):  # heal
        for desk in room.desks:
            assert _cli(desk, "sync", "once", desk.path, "--trust")[0] == 0
        for source in room.desks:
            for target in room.desks:
                if source != target:
                    deliver(room, source, target)
    for desk in room.desks:
        assert _cli(desk, "sync", "once", desk.path, "--trust")[0] == 0
    dumps = [_cli(desk, "event", "dump", desk.path)[1] for desk in room.desks]
    assert dumps[0] and dumps[0] == dumps[1] == dumps[2]



def test_a_laptop_set_up_after_the_room_met_trusts_the_events_devices_from_its_setup_bundle(room: Room, capsys,
                                                                                          tmp_path: Path) -> None:
    """The coordinator's setup bundle names the devices it trusts for the event: a laptop set up from it takes their
    deltas at once, with nobody asked again; a device it did not name still waits for a person."""
    shared = share(capsys, room, tmp_path / "shared")
    a, b, c = room.desks
    for desk, person in ((b, 0), (c, 1)):
        with writing(desk) as ws:
            checkin.check_in(ws, room.people[person])
        once(capsys, desk)
    with config(b.cfg) as device_b:
        key = base64.b64encode(device_b.public_key_bytes()).decode()
    with config(a.cfg):  # the coordinator confirmed B; C not yet
        trust_device(b.id, device_b.name, key, device_b.fingerprint())
    assert once(capsys, a)["applied"] == 1
    eulac(capsys, a, "bundle", "export", a.path, tmp_path / "setup-again.zip", "--kind", "setup")
    with config(tmp_path / "cfg-D") as device_d:
        eulac(capsys, Desk("D", tmp_path / "cfg-D", tmp_path / "D.eulac", device_d.id), "bundle", "import",
              tmp_path / "D.eulac", tmp_path / "setup-again.zip", "--trust")
    d = Desk("D", tmp_path / "cfg-D", tmp_path / "D.eulac", device_d.id)
    eulac(capsys, d, "sync", "folder", d.path, shared)
    first = once(capsys, d)
    assert {q["device_id"] for q in first["files"]["quarantined"]} == {c.id}  # not named by the coordinator
    assert room.people[0] in checkins_of(capsys, d) and room.people[1] not in checkins_of(capsys, d)


def test_a_delta_whose_range_is_not_a_clock_stamp_is_still_merged_and_the_status_still_reads(room: Room, capsys,
                                                                                           tmp_path: Path) -> None:
    """The manifest's `delta` field is signed, not trusted to be well made: a device that writes nonsense there
    still has its rows merged by the bundle's own checks, and `sync status` reads."""
    shared = share(capsys, room, tmp_path / "shared")
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[0])
    once(capsys, room["B"])
    (delta,) = outbox_files(shared, room["B"])
    with zipfile.ZipFile(delta) as zf:
        members = [(i.filename, zf.read(i)) for i in zf.infolist()]
    manifest = json.loads(dict(members)["manifest.json"])
    manifest["delta"] = {"since": "", "until": "not a stamp", "full": False}
    raw = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False).encode()
    with config(room["B"].cfg) as device:
        signature = device.private_key().sign(raw)
    with zipfile.ZipFile(delta, "w") as zf:
        for name, data in members:
            zf.writestr(name, {"manifest.json": raw, "manifest.sig": signature}.get(name, data))
    assert once(capsys, room["A"], trust=True)["applied"] == 1
    peer = eulac(capsys, room["A"], "sync", "status", room["A"].path)["peers"][0]
    assert peer["last_received"] and peer["lag_seconds"] is None



def test_sync_run_makes_no_passes_in_a_quiet_room_and_sees_a_change_made_during_a_pass(room: Room, capsys,
                                                                                        tmp_path: Path,
                                                                                        monkeypatch) -> None:
    import threading

    from eulac_desktop.core.sync import engine

    share(capsys, room, tmp_path / "shared")
    a = room["A"]
    passes: list[int] = []
    real = engine.sync_once

    def with_a_scan_meanwhile(ws: Workspace, **kwargs: Any) -> Any:
        result = real(ws, **kwargs)
        if len(passes) == 1:  # a desk scans a badge while the second pass is ending
            checkin.check_in(ws, room.people[0])
        return result

    monkeypatch.setattr(engine, "sync_once", with_a_scan_meanwhile)
    stop = threading.Event()
    with config(a.cfg):
        loop = threading.Thread(target=engine.run_loop, args=(a.path,), kwargs={
            "stop": stop.is_set, "interval": 0.1, "on_result": lambda r: passes.append(len(r.written))})
        loop.start()
        try:
            time.sleep(3)
            # the first pass, one that finds its own delta (and during which a scan is made), one that sends the scan,
            # one that finds that delta; then nothing
            assert passes == [1, 0, 1, 0]
        finally:
            stop.set()
            loop.join(timeout=10)


def full_scans(ws: Workspace, statements: list[str], table: str) -> list[str]:
    """The statements among `statements` that read every row of `table` (SQLite's plan says SCAN it)."""
    found = []
    for sql in statements:
        if not sql.lstrip().upper().startswith("SELECT") or table not in sql:
            continue
        plan = [row[3] for row in ws.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
        if any(step.startswith(f"SCAN {table}") and "INDEX" not in step for step in plan):
            found.append(sql)
    return found


def test_applying_a_delta_finds_the_erased_people_without_reading_every_participant(room: Room, capsys,
                                                                                      tmp_path: Path) -> None:
    """Issue 21's apply p99: which people are erased is looked up through an index, not by reading them all."""
    from eulac_desktop.core.sync import sync_once

    share(capsys, room, tmp_path / "shared")
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[0])
    once(capsys, room["B"])
    statements: list[str] = []
    with writing(room["A"]) as ws:
        ws.conn.set_trace_callback(statements.append)
        assert len(sync_once(ws, trust=True).received.applied) == 1
        ws.conn.set_trace_callback(None)
        assert any("erased = 1" in sql for sql in statements)  # it did look them up
        assert full_scans(ws, statements, "participants") == []


def test_an_untrusted_device_s_delta_is_quarantined_having_read_only_its_manifest(room: Room, capsys, tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Trust is decided from the signed manifest: a stranger's delta costs its manifest, whatever its size."""
    from eulac_desktop.core.bundles import archive

    share(capsys, room, tmp_path / "shared")
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[3])
    once(capsys, room["B"])
    read: list[str] = []
    unpack = archive._member
    monkeypatch.setattr(archive, "_member", lambda zf, path, info: read.append(info.filename) or unpack(zf, path, info))
    waiting = once(capsys, room["A"])  # the coordinator has never seen B
    assert (waiting["applied"], waiting["quarantined"]) == (0, 1)
    assert read and set(read) == {"manifest.json", "manifest.sig"}, read
    read.clear()
    assert once(capsys, room["A"], trust=True)["applied"] == 1 and any(n.startswith("data/") for n in read)


def test_a_delta_finds_the_rows_changed_here_through_the_index_of_their_stamps(room: Room, capsys,
                                                                               tmp_path: Path) -> None:
    """The delta's query of each table is answered from `idx_TABLE_updated_at` (EXPLAIN QUERY PLAN), never by reading
    the whole table: the OR of `updated_at` with a field group's stamp (`profile_at`, `placed_at`…) read every row;
    and a change of a field group alone (a person's profile) still travels."""
    from eulac_desktop.core import registration
    from eulac_desktop.core.sync import sync_once

    share(capsys, room, tmp_path / "shared")
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[1])
    once(capsys, room["B"])  # B's first delta: what follows is a delta of the rows changed since
    with writing(room["B"]) as ws:
        registration.update_participant(ws, room.people[0], {"gender": "woman"})
    statements: list[str] = []
    with writing(room["B"]) as ws:
        ws.conn.set_trace_callback(statements.append)
        sync_once(ws)
        ws.conn.set_trace_callback(None)
        delta_queries = {table: sql for sql in statements for table in ("participants", "ideas", "action_plans")
                         if sql.startswith(f'SELECT * FROM "{table}" WHERE') and "LIKE" in sql and " > " in sql}
        assert set(delta_queries) == {"participants", "ideas", "action_plans"}
        for table, sql in delta_queries.items():
            plan = [row[3] for row in ws.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
            assert f"SEARCH {table} USING INDEX idx_{table}_updated_at (updated_at>?)" in plan, plan
            assert not any(step.startswith(f"SCAN {table}") for step in plan), plan
    once(capsys, room["A"], trust=True)
    with writing(room["A"]) as ws:
        assert ws.conn.execute("SELECT gender FROM participants WHERE id = ?", (room.people[0],)).fetchone()[0] == "woman"
