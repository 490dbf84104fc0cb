"""Venue sync (issue 21): laptops as processes on this machine, each with its own config folder.

1. A check-in on laptop A shows on laptop B: both run `eulac sync run` (the real command, its default half-second
   look); the time from the check-in's commit on A to the row being readable in B's event file. Through one plain
   shared folder (budget ≤ 2 s) and through two real Syncthing instances on loopback, each laptop with its own copy
   of the folder (budget p50 ≤ 5 s, p99 ≤ 10 s). Floor beside them: one `sync_once` pass with nothing to do.
2. A delta of one check-in: its size (budget ≤ 5 KB) and applying it on the other laptop, the whole `sync_once`
   pass that finds, verifies and merges it (budget ≤ 20 ms), beside the same pass with nothing new; and one step of
   every apply, finding the erased people (an index holding only them since schema 14: 0.53 → 0.005 ms median,
   p99 6.5–8.8 → 0.009 ms, on 5,000 participants under a load of 7 on 2 cores).
3. A day: 5,000 check-ins and 2,000 ballots across three desks, each writing a delta every 50 check-ins and taking
   in the others', then compacted: the outboxes' total size (budget ≤ 5 MB).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from common import isolate, summary

PARTICIPANTS = 5000
LATENCY_RUNS, APPLY_RUNS = 15, 40
DAY_CHECKINS, DAY_BALLOTS, DESKS, BURST = 5000, 2000, 3, 50
ROOT_OF_CODE = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def laptop(cfg: Path) -> Iterator[None]:
    before = os.environ.get("EULAC_CONFIG_DIR")
    os.environ["EULAC_CONFIG_DIR"] = str(cfg)
    try:
        yield
    finally:
        if before is not None:
            os.environ["EULAC_CONFIG_DIR"] = before


def make_room(root: Path) -> tuple[dict[str, tuple[Path, Path]], list[str], str, str]:
    """A coordinator's event of 5,000 people and an open poll, and three laptops (config, event file) set up from it."""
    from eulac_desktop.core import voting
    from eulac_desktop.core.bundles import export_bundle, import_bundle
    from eulac_desktop.core.event import create_event_file
    from eulac_desktop.core.registration import add_participants

    with create_event_file(root / "event.eulac", name="Sala", start_date="2026-12-03", languages=["es", "en"],
                           timezone="UTC") as ws:
        people = add_participants(ws, [{"given_name": f"Persona{i}", "family_name": "Prueba", "email": f"p{i}@example.org",
                                        "country": "PE"} for i in range(PARTICIPANTS)]).inserted["participants"]
        poll = voting.create_poll(ws, "Priorities", "approval", ["Data", "Mobility"], eligibility="all").inserted["polls"][0]
        voting.set_state(ws, poll, "open")
        option = voting.get_poll(ws, poll)["options"][0]["id"]
        export_bundle(ws, root / "setup.zip", "setup")
    desks = {}
    for name in "ABC":
        cfg = root / f"cfg-{name}"
        cfg.mkdir()
        with laptop(cfg):
            import_bundle(root / f"{name}.eulac", root / "setup.zip", trust=True)
        desks[name] = (cfg, root / f"{name}.eulac")
    return desks, people, poll, option


def copy_room(desks: dict[str, tuple[Path, Path]], target: Path) -> dict[str, tuple[Path, Path]]:
    target.mkdir()
    out = {}
    for name, (cfg, path) in desks.items():
        shutil.copytree(cfg, target / cfg.name)
        shutil.copy(path, target / path.name)
        out[name] = (target / cfg.name, target / path.name)
    return out


def set_folder(cfg: Path, path: Path, folder: Path) -> None:
    from eulac_desktop.core.sync import set_folder as core_set_folder
    from eulac_desktop.core.workspace import Workspace

    with laptop(cfg), Workspace.open(path) as ws:
        core_set_folder(ws, folder)


def once(cfg: Path, path: Path, trust: bool = True) -> object:
    from eulac_desktop.core.sync import sync_once
    from eulac_desktop.core.workspace import Workspace, waiting_for_writer

    with laptop(cfg), waiting_for_writer(10), Workspace.open(path, mode="write") as ws:
        return sync_once(ws, trust=trust)


def run_process(cfg: Path, path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "EULAC_CONFIG_DIR": str(cfg), "PYTHONPATH": str(ROOT_OF_CODE)}
    return subprocess.Popen([sys.executable, "-m", "eulac_desktop.cli", "sync", "run", str(path), "--trust"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def has_checkin(cfg: Path, path: Path, person: str) -> bool:
    from eulac_desktop.core.errors import EulacError
    from eulac_desktop.core.workspace import Workspace

    try:
        with laptop(cfg), Workspace.open(path, mode="read") as ws:
            return ws.conn.execute("SELECT 1 FROM checkins WHERE participant_id = ?", (person,)).fetchone() is not None
    except EulacError:
        return False


def latency(desks: dict[str, tuple[Path, Path]], people: list[str], start: int) -> list[float]:
    """A check-in on A, then the time until B's file holds it, `LATENCY_RUNS` times (both run `eulac sync run`)."""
    from eulac_desktop.core import checkin
    from eulac_desktop.core.workspace import Workspace, waiting_for_writer

    (cfg_a, path_a), (cfg_b, path_b) = desks["A"], desks["B"]
    runners = [run_process(cfg_a, path_a), run_process(cfg_b, path_b)]
    samples = []
    try:
        time.sleep(3)  # both loops started and did their first pass
        for i in range(LATENCY_RUNS):
            person = people[start + i]
            with laptop(cfg_a), waiting_for_writer(10), Workspace.open(path_a, mode="write") as ws:
                checkin.check_in(ws, person)
            t0 = time.perf_counter()
            while not has_checkin(cfg_b, path_b, person):
                if time.perf_counter() - t0 > 60:
                    break
                time.sleep(0.02)
            samples.append(time.perf_counter() - t0)
            time.sleep(0.7)
    finally:
        for proc in runners:
            proc.terminate()
            proc.wait(timeout=30)
    return samples


def bench_plain(desks: dict[str, tuple[Path, Path]], people: list[str], root: Path) -> dict:
    shared = root / "shared"
    for cfg, path in desks.values():
        set_folder(cfg, path, shared)
    once(*desks["A"])
    once(*desks["B"])
    once(*desks["A"])
    floor = []
    for _ in range(10):
        t0 = time.perf_counter()
        once(*desks["B"])
        floor.append(time.perf_counter() - t0)
    return {"check_in_on_A_shows_on_B": summary(latency(desks, people, 0)), "budget_ms": 2000,
            "floor_one_idle_pass": summary(floor)}


def bench_syncthing(desks: dict[str, tuple[Path, Path]], people: list[str], root: Path) -> dict:
    from eulac_desktop.core.sync.syncthing import Syncthing, binary, free_port, share_event
    from eulac_desktop.core.workspace import Workspace

    if binary() is None:
        return {"skipped": "syncthing is not installed"}
    ports = {name: free_port() for name in "AB"}
    started = {}
    try:
        for name in "AB":
            st = Syncthing.start(root / f"syncthing-{name}")
            started[name] = st
            st.set_options(listenAddresses=[f"tcp://127.0.0.1:{ports[name]}"], globalAnnounceEnabled=False,
                           localAnnounceEnabled=False, relaysEnabled=False, natEnabled=False, urAccepted=-1,
                           crashReportingEnabled=False, reconnectionIntervalS=1)
        ids = {name: st.device_id() for name, st in started.items()}
        for name, other in (("A", "B"), ("B", "A")):
            started[name].add_peer(ids[other], other, [f"tcp://127.0.0.1:{ports[other]}"])
            cfg, path = desks[name]
            set_folder(cfg, path, root / f"sync-{name}")
            with laptop(cfg), Workspace.open(path) as ws:
                share_event(ws, started[name])
        deadline = time.monotonic() + 60
        while not all(p["connected"] for p in started["A"].peers()) and time.monotonic() < deadline:
            time.sleep(0.2)
        samples = latency(desks, people, 100)
    finally:
        for st in started.values():
            st.stop()
    return {"check_in_on_A_shows_on_B": summary(samples), "budget_p50_ms": 5000, "budget_p99_ms": 10000,
            "instances": 2, "version": subprocess.run([binary() or "syncthing", "--version"], capture_output=True,
                                                      text=True, check=False).stdout.split(" (")[0]}


def bench_one_delta(desks: dict[str, tuple[Path, Path]], people: list[str], root: Path) -> dict:
    """One check-in's delta: its size, and applying it on B (the `sync_once` pass that finds, verifies and merges it,
    on B's open event file), beside the same pass with nothing new."""
    from eulac_desktop.core import checkin
    from eulac_desktop.core.registration.erasure import erased_ids
    from eulac_desktop.core.sync import sync_once
    from eulac_desktop.core.workspace import Workspace

    shared = root / "shared-one"
    for cfg, path in desks.values():
        set_folder(cfg, path, shared)
    for name in "ABAB":
        once(*desks[name])
    sizes, apply, idle = [], [], []
    (cfg_a, path_a), (cfg_b, path_b) = desks["A"], desks["B"]
    with laptop(cfg_a), Workspace.open(path_a) as ws_a, laptop(cfg_b), Workspace.open(path_b) as ws_b:
        for i in range(APPLY_RUNS):
            with laptop(cfg_a):
                checkin.check_in(ws_a, people[200 + i])
                written = sync_once(ws_a).written
            sizes.append(written[0].path.stat().st_size)
            with laptop(cfg_b):
                t0 = time.perf_counter()
                result = sync_once(ws_b, trust=True)  # the first time: A is new here
                apply.append(time.perf_counter() - t0)
                assert len(result.received.applied) == 1
                t0 = time.perf_counter()
                sync_once(ws_b)
                idle.append(time.perf_counter() - t0)
        lookups = []
        for _ in range(200):  # a step of every apply: which people are erased (an index since schema 14)
            t0 = time.perf_counter()
            erased_ids(ws_b)
            lookups.append(time.perf_counter() - t0)
    return {"delta_bytes_one_check_in": {"median": sorted(sizes)[len(sizes) // 2], "max": max(sizes), "budget": 5000},
            "apply_one_check_in_pass": summary(apply), "budget_ms": 20, "floor_pass_with_nothing_new": summary(idle),
            "erased_people_lookup_in_the_apply": summary(lookups, digits=3)}


def bench_day(desks: dict[str, tuple[Path, Path]], people: list[str], poll: str, option: str, root: Path) -> dict:
    """5,000 check-ins and 2,000 ballots over three desks sharing one folder; a delta every 50 check-ins."""
    from eulac_desktop.core import checkin, voting
    from eulac_desktop.core.sync.outbox import compact
    from eulac_desktop.core.workspace import Workspace

    shared = root / "shared-day"
    for cfg, path in desks.values():
        set_folder(cfg, path, shared)
    names = list(desks)
    per_desk = DAY_CHECKINS // DESKS
    t0 = time.perf_counter()
    for start in range(0, per_desk + BURST, BURST):
        for k, name in enumerate(names):
            cfg, path = desks[name]
            mine = people[k * per_desk:(k + 1) * per_desk] if k < DESKS - 1 else people[k * per_desk:DAY_CHECKINS]
            voters = DAY_BALLOTS // DESKS + (k < DAY_BALLOTS % DESKS)
            burst = mine[start:start + BURST]
            if not burst:
                continue
            with laptop(cfg), Workspace.open(path) as ws:
                for person in burst:
                    checkin.check_in(ws, person)
                for person in burst[: max(0, min(len(burst), voters - start))]:
                    voting.cast_ballot(ws, poll, [option], participant_id=person)
            once(cfg, path)
    for name in names:  # the poll closes: the desks' secret ballots travel
        cfg, path = desks[name]
        with laptop(cfg), Workspace.open(path) as ws:
            voting.set_state(ws, poll, "closed")
        once(cfg, path)
    for name in names:
        once(*desks[name])
    before = sum(p.stat().st_size for d in shared.iterdir() if d.is_dir() for p in d.glob("*.zip"))
    files_before = sum(1 for d in shared.iterdir() if d.is_dir() for _p in d.glob("*.zip"))
    for cfg, path in desks.values():
        with laptop(cfg), Workspace.open(path) as ws:
            compact(ws, shared)
    after = {d.name: sum(p.stat().st_size for p in d.glob("*.zip")) for d in shared.iterdir() if d.is_dir()}
    with laptop(desks["A"][0]), Workspace.open(desks["A"][1], mode="read") as ws:
        counted = {t: ws.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("checkins", "ballots")}
    return {"check_ins": counted["checkins"], "ballots": counted["ballots"], "desks": DESKS,
            "outboxes_bytes_before_compaction": before, "files_before_compaction": files_before,
            "outboxes_bytes_after_compaction": sum(after.values()), "per_desk_after": after, "budget_bytes": 5_000_000,
            "seconds_to_play_the_day": round(time.perf_counter() - t0, 1)}


def main() -> dict:
    root = Path(tempfile.mkdtemp(prefix="eulac-bench-sync-"))
    coordinator = isolate()
    try:
        desks, people, poll, option = make_room(root)
        results = {"plain_folder": bench_plain(copy_room(desks, root / "plain"), people, root / "plain"),
                   "syncthing": bench_syncthing(copy_room(desks, root / "st"), people, root / "st"),
                   "one_delta": bench_one_delta(copy_room(desks, root / "one"), people, root / "one"),
                   "day": bench_day(copy_room(desks, root / "day"), people, poll, option, root / "day")}
    finally:
        os.environ["EULAC_CONFIG_DIR"] = str(coordinator)
    results["participants"] = PARTICIPANTS
    return results


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
