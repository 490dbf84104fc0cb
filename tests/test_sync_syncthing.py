"""Venue sync through real Syncthing instances on loopback (issue 21): each laptop of the room has its own Syncthing
(its own home folder, GUI port and listening port; local discovery, relays and global announce off; the others'
addresses given as tcp://127.0.0.1:PORT), configured through the REST API by the app's `core.sync.syncthing`.
A real delta crosses; a paused device (a partition) misses the others' deltas and catches up when resumed.

Skipped only when Syncthing is not installed and CI is unset (`make` installs it: tools/system-deps.sh).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import config
from sync_room import Desk, Room, checkins_of, copy_room, dump, eulac, make_room, once, outbox_files, writing

from eulac_desktop.core import checkin
from eulac_desktop.core.sync import set_folder
from eulac_desktop.core.sync.syncthing import NotADeviceId, Syncthing, binary, free_port, share_event

if binary() is None and not os.environ.get("CI"):
    pytest.skip("Syncthing is not installed (apt-get install syncthing)", allow_module_level=True)

WAIT = 60.0  # seconds: a shared CI machine may be slow; on this one a delta crosses in well under a second


def wait_for(condition: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.1)


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Room:
    return make_room(tmp_path_factory.mktemp("room"))


@pytest.fixture
def room(template: Room, tmp_path: Path) -> Room:
    return copy_room(template, tmp_path)


@pytest.fixture
def instances(room: Room) -> Iterator[dict[str, Syncthing]]:
    """One Syncthing per laptop, each knowing the others by their loopback address, the event's folder shared."""
    ports = {desk.name: free_port() for desk in room.desks}
    started: dict[str, Syncthing] = {}
    try:
        for desk in room.desks:
            st = Syncthing.start(room.root / f"syncthing-{desk.name}")
            started[desk.name] = st
            st.set_options(listenAddresses=[f"tcp://127.0.0.1:{ports[desk.name]}"], globalAnnounceEnabled=False,
                           localAnnounceEnabled=False, relaysEnabled=False, natEnabled=False, urAccepted=-1,
                           crashReportingEnabled=False, reconnectionIntervalS=1)
        ids = {name: st.device_id() for name, st in started.items()}
        for desk in room.desks:
            st = started[desk.name]
            for other in room.desks:
                if other != desk:
                    st.add_peer(ids[other.name], f"Desk {other.name}", [f"tcp://127.0.0.1:{ports[other.name]}"])
            eulac_folder(desk, room)
            with writing(desk) as ws:
                share_event(ws, st)
        yield started
    finally:
        for st in started.values():
            st.stop()


def eulac_folder(desk: Desk, room: Room) -> Path:
    """The laptop's sync folder, its own (Syncthing keeps the copies in step)."""
    folder = room.root / f"sync-{desk.name}"
    with writing(desk) as ws:
        set_folder(ws, folder)
    return folder


def arrived(room: Room, source: Desk, target: Desk) -> Callable[[], bool]:
    """Whether every bundle of `source`'s outbox is in `target`'s copy of the folder, whole."""
    def check() -> bool:
        mine = {p.name: p.read_bytes() for p in outbox_files(room.root / f"sync-{source.name}", source)}
        there = room.root / f"sync-{target.name}" / source.id
        return bool(mine) and all((there / n).exists() and (there / n).read_bytes() == data for n, data in mine.items())
    return check


def test_a_check_in_crosses_through_syncthing_and_a_paused_laptop_catches_up(room: Room, instances, capsys) -> None:
    a, b, c = room.desks
    st = instances
    with writing(b) as ws:
        checkin.check_in(ws, room.people[0])
    once(capsys, b)
    st["B"].scan(f"eulac-{_event_id(room)}")
    wait_for(arrived(room, b, a), "B's delta on A")
    got = once(capsys, a, trust=True)
    assert got["applied"] == 1 and room.people[0] in checkins_of(capsys, a)
    # a partition: C is paused on A and B (and they on C); the room goes on without it
    for name, other in (("A", "C"), ("B", "C"), ("C", "A"), ("C", "B")):
        st[name].pause(st[other].device_id())
    wait_for(lambda: not any(p["connected"] for p in st["C"].peers()), "C cut off")
    with writing(a) as ws:
        checkin.check_in(ws, room.people[1])
    with writing(c) as ws:
        checkin.check_in(ws, room.people[2])
    for desk in room.desks:
        once(capsys, desk, trust=True)
    wait_for(arrived(room, a, b), "A's delta on B")
    time.sleep(2)
    assert not arrived(room, c, a)() and not arrived(room, a, c)()
    # heal
    for name, other in (("A", "C"), ("B", "C"), ("C", "A"), ("C", "B")):
        st[name].resume(st[other].device_id())
    for source in room.desks:
        for target in room.desks:
            if source != target:
                wait_for(arrived(room, source, target), f"{source.name}'s outbox on {target.name}")
    for _round in range(2):
        for desk in room.desks:
            once(capsys, desk, trust=True)
            for source in room.desks:
                if source != desk:
                    wait_for(arrived(room, desk, source), f"{desk.name}'s outbox on {source.name}")
    dumps = [dump(capsys, desk) for desk in room.desks]
    assert dumps[0] == dumps[1] == dumps[2]
    assert checkins_of(capsys, c) >= set(room.people[:3])
    peers = eulac(capsys, a, "sync", "status", a.path)["peers"]
    assert {p["device_id"] for p in peers} == {b.id, c.id} and all(p["last_received"] for p in peers)


def test_a_typed_device_id_is_checked(instances) -> None:
    st = instances["A"]
    other = instances["B"].device_id()
    assert st.add_peer(other.lower().replace("-", " ")) == other  # pasted with spaces, lower case: the same id
    with pytest.raises(NotADeviceId):
        st.add_peer("not-a-device")


def _event_id(room: Room) -> str:
    with config(room.desks[0].cfg), writing(room.desks[0]) as ws:
        return ws.event_id


def test_a_running_syncthing_is_found_through_its_config(instances, room: Room) -> None:
    """A Syncthing the person already runs is used, not a second one: its GUI address and API key are in its
    config.xml."""
    running = instances["A"]
    address = running.url.removeprefix("http://")
    gui = running.request("GET", "/rest/config/gui")
    running.request("PUT", "/rest/config/gui", {**gui, "address": address})  # what its config says, as a person's would
    config_xml = room.root / "syncthing-A" / "config.xml"
    wait_for(lambda: Syncthing.find_running(config_xml) is not None, "the GUI back after its change")
    found = Syncthing.find_running(config_xml)
    assert found is not None and found.process is None and found.device_id() == running.device_id()
    assert Syncthing.find_running(room.root / "nowhere" / "config.xml") is None
