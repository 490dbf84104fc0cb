"""A room of laptops for the venue-sync tests (test_sync.py, test_sync_syncthing.py): the coordinator A's event and
laptops B and C set up from its setup bundle, each with its own config folder; and the commands they run."""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from helpers import config, run, run_json

from eulac_desktop.core import voting
from eulac_desktop.core.bundles import export_bundle, import_bundle
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.registration import add_participants
from eulac_desktop.core.sync import outbox
from eulac_desktop.core.workspace import Workspace

PEOPLE = [{"given_name": f"Persona{i}", "family_name": "Prueba", "email": f"p{i}@example.org"} for i in range(12)]


@dataclass(frozen=True)
class Desk:
    name: str
    cfg: Path
    path: Path
    id: str


@dataclass(frozen=True)
class Room:
    root: Path
    desks: list[Desk]
    people: list[str]
    poll: str
    option: str

    def __getitem__(self, name: str) -> Desk:
        return next(d for d in self.desks if d.name == name)


def make_room(root: Path) -> Room:
    """The coordinator A's event (12 people, an open secret poll) and laptops B and C set up from its setup bundle."""
    with config(root / "cfg-A") as device, create_event_file(
            root / "A.eulac", name="Sala", start_date="2026-12-03", languages=["es", "en"], timezone="UTC",
            device=device) as ws:
        people = add_participants(ws, PEOPLE).inserted["participants"]
        poll = voting.create_poll(ws, "Prioridades", "approval", ["Datos", "Movilidad"], eligibility="all").inserted["polls"][0]
        voting.set_state(ws, poll, "open")
        option = voting.get_poll(ws, poll)["options"][0]["id"]
        export_bundle(ws, root / "setup.zip", "setup")
        desks = [Desk("A", root / "cfg-A", root / "A.eulac", device.id)]
    for name in "BC":
        with config(root / f"cfg-{name}") as device:
            import_bundle(root / f"{name}.eulac", root / "setup.zip", trust=True)
        desks.append(Desk(name, root / f"cfg-{name}", root / f"{name}.eulac", device.id))
    return Room(root, desks, people, poll, option)


def copy_room(template: Room, target: Path) -> Room:
    desks = []
    for desk in template.desks:
        shutil.copytree(desk.cfg, target / desk.cfg.name)
        shutil.copy(desk.path, target / desk.path.name)
        desks.append(replace(desk, cfg=target / desk.cfg.name, path=target / desk.path.name))
    return replace(template, root=target, desks=desks)


# -- helpers --------------------------------------------------------------------------------------------------------


def eulac(capsys: pytest.CaptureFixture[str], desk: Desk, *argv: object, expect: int = 0) -> Any:
    """`eulac ARGV --json` as `desk`."""
    with config(desk.cfg):
        return run_json(capsys, *argv, expect=expect)


def once(capsys: pytest.CaptureFixture[str], desk: Desk, *, trust: bool = False, expect: int = 0) -> dict[str, Any]:
    return eulac(capsys, desk, "sync", "once", desk.path, *(["--trust"] if trust else []), expect=expect)


def dump(capsys: pytest.CaptureFixture[str], desk: Desk) -> str:
    with config(desk.cfg):
        code, out, err = run(capsys, "event", "dump", desk.path)
    assert code == 0, err
    return out


@contextlib.contextmanager
def writing(desk: Desk, wall: Callable[[], int] | None = None) -> Iterator[Workspace]:
    with config(desk.cfg) as device, Workspace.open(desk.path, mode="write", device=device,
                                                    **({"wall": wall} if wall else {})) as ws:
        yield ws


def share(capsys: pytest.CaptureFixture[str], room: Room, folder: Path | None = None) -> Path:
    """Every desk's sync folder: one shared folder (`folder`), or a replica each (`ROOT/replica-NAME`)."""
    for desk in room.desks:
        eulac(capsys, desk, "sync", "folder", desk.path, folder or replica(room, desk))
    return folder or room.root


def replica(room: Room, desk: Desk) -> Path:
    return room.root / f"replica-{desk.name}"


def deliver(room: Room, source: Desk, target: Desk, *, mirror: bool = True) -> None:
    """The network: `source`'s outbox, as its own replica holds it, copied into `target`'s replica (with `mirror`,
    files that `source` removed, compacted, are removed there too)."""
    src = replica(room, source) / source.id
    dst = replica(room, target) / source.id
    dst.mkdir(parents=True, exist_ok=True)
    names = {p.name for p in src.iterdir() if outbox.NAME.match(p.name)}
    for name in names:
        shutil.copy2(src / name, dst / name)
    if mirror:
        for old in dst.iterdir():
            if outbox.NAME.match(old.name) and old.name not in names:
                old.unlink()


def heal(capsys: pytest.CaptureFixture[str], room: Room) -> None:
    """The poll closes (secret ballots travel then), every replica gets every outbox, every desk syncs until nothing
    moves."""
    with writing(room["A"]) as ws:
        voting.set_state(ws, room.poll, "closed")
    for _round in range(3):
        for desk in room.desks:
            once(capsys, desk, trust=True)
        for source in room.desks:
            for target in room.desks:
                if source != target:
                    deliver(room, source, target)
    for desk in room.desks:
        once(capsys, desk, trust=True)


def assert_identical(capsys: pytest.CaptureFixture[str], room: Room) -> None:
    dumps = [dump(capsys, desk) for desk in room.desks]
    assert dumps[0] and all(d == dumps[0] for d in dumps[1:])


def outbox_files(folder: Path, desk: Desk) -> list[Path]:
    return sorted(p for p in (folder / desk.id).iterdir() if outbox.NAME.match(p.name))


def rows_of(capsys: pytest.CaptureFixture[str], desk: Desk, table: str) -> list[dict[str, Any]]:
    return [r["row"] for r in map(json.loads, dump(capsys, desk).splitlines()) if r["table"] == table]


def checkins_of(capsys: pytest.CaptureFixture[str], desk: Desk) -> set[str]:
    rows = [json.loads(line) for line in dump(capsys, desk).splitlines()]
    return {r["row"]["participant_id"] for r in rows if r["table"] == "checkins"}


