"""Bundles between laptops (ARCHITECTURE.md §5): export, verification, refusals, and merges that agree whatever the
order.

Several laptops are played in one process: each has its own config folder (device identity and key, trusted
devices, poll keys), chosen through `EULAC_CONFIG_DIR` by `config()` while that laptop works. The CLI runs
in-process through `eulac_desktop.cli.main`, as in test_cli_ideas.py.

Several tests were written for bugs found while writing them (all fixed since: damaged zips and malformed
manifests refused, field groups written here travel in result bundles, erasures hold on re-import,
anonymised bundles never merged, refusals before the file is opened for writing, a lost key replaced).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import itertools
import json
import random
import shutil
import tempfile
import time
import tracemalloc
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from helpers import config, run, run_json
from hypothesis import event as note
from hypothesis import given, settings
from hypothesis import strategies as st

from eulac_desktop.core import checkin, errors, ideas, keystore, voting
from eulac_desktop.core.bundles import (
    BundleRefused,
    dump_lines,
    export_bundle,
    import_bundle,
    plan_import,
    read_bundle,
    trust_device,
    trusted_devices,
)
from eulac_desktop.core.bundles.archive import (
    MAX_MEMBERS,
    table_rows,
    travelling_tables,
)
from eulac_desktop.core.bundles.merge import UNIQUE_KEYS, merge_rows
from eulac_desktop.core.device import Device, load_device
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.registration import (
    add_participants,
    delete_participants,
    erase_participant,
    update_participant,
)
from eulac_desktop.core.workspace import Workspace

NOW = datetime(2026, 12, 3, 18, 30, tzinfo=UTC)
PEOPLE = [
    {"given_name": "José", "family_name": "Pérez", "email": "jose@example.org", "organisation": "UNI", "country": "PE"},
    {"given_name": "Conceição", "family_name": "Araújo", "email": "conceicao@example.org", "organisation": "Fiocruz",
     "country": "BR", "consent_photo": 1},
    {"given_name": "Anna", "family_name": "Virtanen", "email": "anna@example.fi", "organisation": "VTT", "country": "FI"},
    {"given_name": "Mateo", "family_name": "Quispe", "email": "mateo@example.pe", "organisation": "PUCP", "country": "PE"},
    {"given_name": "Lucía", "family_name": "Rojas", "email": "lucia@example.cl", "organisation": "UChile", "country": "CL"},
    {"given_name": "Jonas", "family_name": "Berg", "email": "jonas@example.de", "organisation": "Fraunhofer", "country": "DE"},
]


# -- playing several laptops --------------------------------------------------------------------------------------


def ticking_wall(start_ms: int, step_ms: int = 1) -> Callable[[], int]:
    """A deterministic wall clock for a laptop's hybrid clock: `start_ms`, then `step_ms` later at each reading."""
    counter = itertools.count()
    return lambda: start_ms + step_ms * next(counter)


def dump(path: Path) -> list[str]:
    with Workspace.open(path, mode="read") as ws:
        return list(dump_lines(ws))


def snapshot(path: Path) -> tuple[bytes, list[str]]:
    """The event file's bytes and its canonical dump (bytes first: reading the dump must not change them)."""
    return path.read_bytes(), dump(path)


@dataclass
class Event:
    path: Path
    cfg: Path
    people: list[str]
    session: str
    challenge: str
    ideas: list[str]
    cluster: str
    poll: str  # secret, open, everyone may vote
    options: list[str]


def make_event(folder: Path, cfg: Path, name: str = "Co-Innovation Lab") -> Event:
    """The coordinator's event: six people, a session, a challenge with two ideas and a cluster, an open secret poll."""
    path = folder / "coordinator.eulac"
    with config(cfg) as device, create_event_file(path, name=name, start_date="2026-12-03", languages=["es", "pt", "en"],
                                                  timezone="America/Lima", device=device) as ws:
        people = add_participants(ws, PEOPLE).inserted["participants"]
        session = checkin.add_session(ws, "Opening", room="Aula Magna").inserted["sessions"][0]
        challenge = ideas.add_challenge(ws, "How might we open labs?", session_id=session).inserted["challenges"][0]
        idea_ids = ideas.add_ideas(ws, challenge, ["Open lab days", "Vouchers for SMEs"]).inserted["ideas"]
        cluster = ideas.add_cluster(ws, challenge, "Access").inserted["clusters"][0]
        poll = voting.create_poll(ws, "Priorities", "approval", ["Data", "Mobility", "Skills"],
                                  eligibility="all").inserted["polls"][0]
        voting.set_state(ws, poll, "open")
        options = [o["id"] for o in voting.get_poll(ws, poll)["options"]]
    return Event(path, cfg, people, session, challenge, idea_ids, cluster, poll, options)


def export(path: Path, cfg: Path, out: Path, kind: str, device: Device | None = None) -> Path:
    with config(cfg), Workspace.open(path, mode="read", device=device) as ws:
        export_bundle(ws, out, kind, now=NOW)
    return out


def new_laptop(cfg: Path, path: Path, setup: Path) -> Device:
    """A laptop that received the setup bundle (and so trusts the coordinator)."""
    with config(cfg) as device:
        import_bundle(path, setup, trust=True)
    return device


def trust(cfg: Path, device: Device) -> None:
    with config(cfg):
        trust_device(device.id, device.name, base64.b64encode(device.public_key_bytes()).decode(), device.fingerprint())


Members = list[tuple[str, bytes]]


def members_of(bundle: Path) -> Members:
    with zipfile.ZipFile(bundle) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def write_zip(out: Path, members: Members) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: one test makes them on purpose
        with zipfile.ZipFile(out, "w") as zf:
            for name, data in members:
                zf.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)
    return out


def resigned(members: Members, device: Device, change: Callable[[dict[str, Any]], None]) -> Members:
    """The members with the manifest changed by `change` and signed again with `device`'s key."""
    manifest = json.loads(dict(members)["manifest.json"])
    change(manifest)
    raw = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False).encode("utf-8")
    new = {"manifest.json": raw, "manifest.sig": device.private_key().sign(raw)}
    return [(n, new.get(n, d)) for n, d in members]


def resign(bundle: Path, out: Path, device: Device, change: Callable[[dict[str, Any]], None]) -> Path:
    return write_zip(out, resigned(members_of(bundle), device, change))


# -- the command line ---------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --lang the CLI follows the system's language: make that English whatever the machine says."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


# -- shared worlds ------------------------------------------------------------------------------------------------


@dataclass
class Laptop:
    name: str
    cfg: Path
    path: Path  # its event file right after the setup (tests work on copies)
    device: Device


@dataclass
class World:
    root: Path
    event: Event
    setup: Path
    laptops: list[Laptop]
    base_ms: int


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """A coordinator, its setup bundle, and four laptops A–D that imported it; the coordinator trusts the laptops."""
    root = tmp_path_factory.mktemp("world")
    event = make_event(root, root / "cfg-coordinator")
    setup = export(event.path, event.cfg, root / "setup.zip", "setup")
    laptops = []
    for name in "ABCD":
        cfg, path = root / f"cfg-{name}", root / f"laptop-{name}.eulac"
        laptops.append(Laptop(name, cfg, path, new_laptop(cfg, path, setup)))
        trust(event.cfg, laptops[-1].device)
    return World(root, event, setup, laptops, base_ms=time.time_ns() // 1_000_000 + 60_000)


@dataclass
class Pair:
    event: Event
    laptop: Laptop
    result: Path  # laptop A's result bundle: a check-in, a ballot and an idea


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Pair:
    root = tmp_path_factory.mktemp("pair")
    event = make_event(root, root / "cfg-coordinator")
    setup = export(event.path, event.cfg, root / "setup.zip", "setup")
    laptop = Laptop("A", root / "cfg-A", root / "laptop-A.eulac", new_laptop(root / "cfg-A", root / "laptop-A.eulac", setup))
    with config(laptop.cfg), Workspace.open(laptop.path) as ws:
        checkin.check_in(ws, event.people[0], desk="Door 2")
        voting.cast_ballot(ws, event.poll, [event.options[0]], participant_id=event.people[0])
        ideas.add_ideas(ws, event.challenge, ["Shared equipment registry"])
    trust(event.cfg, laptop.device)
    return Pair(event, laptop, export(laptop.path, laptop.cfg, root / "result-A.zip", "result"))


@pytest.fixture
def master(pair: Pair, tmp_path: Path) -> Event:
    """A fresh copy of the coordinator (file and config folder) to import into."""
    cfg = tmp_path / "cfg-master"
    shutil.copytree(pair.event.cfg, cfg)
    path = tmp_path / "master.eulac"
    shutil.copy(pair.event.path, path)
    return Event(**{**pair.event.__dict__, "path": path, "cfg": cfg})


# -- 1. round trip ------------------------------------------------------------------------------------------------


def test_setup_bundle_makes_a_laptop_identical_to_the_coordinator_with_its_secrets(tmp_path: Path) -> None:
    event = make_event(tmp_path, tmp_path / "cfg-coordinator")
    with config(event.cfg), Workspace.open(event.path) as ws:
        code = checkin.badge_code(ws, event.people[1])
    setup = export(event.path, event.cfg, tmp_path / "setup.zip", "setup")
    laptop = tmp_path / "laptop-A.eulac"
    assert not laptop.exists()
    with config(tmp_path / "cfg-A") as device_a:
        plan, changes = import_bundle(laptop, setup, trust=True)
        assert laptop.exists() and changes
        assert plan.counts["participants"]["added"] == len(PEOPLE) and plan.counts["ideas"]["added"] == 2
        with Workspace.open(laptop) as ws:
            assert ws.event_id == json.loads(dict(members_of(setup))["manifest.json"])["event"]["id"]
            assert list(dump_lines(ws)) == dump(event.path)
            person = checkin.identify(ws, code)  # the badge secret came along: the coordinator's badge is valid here
            assert person is not None and person["id"] == event.people[1]
            assert checkin.scan(ws, code, desk="Laptop A").status == checkin.CHECKED_IN
            on_a = voting.cast_ballot(ws, event.poll, [event.options[1]], participant_id=event.people[2]).ballot_id
            voter_a = ws.conn.execute("SELECT voter FROM ballots WHERE id = ?", (on_a,)).fetchone()[0]
            voted_a = voting.has_voted(ws, event.poll, event.people[2])
            key_a = keystore.poll_key(ws.event_id, event.poll)
    with config(event.cfg) as device_c, Workspace.open(event.path) as ws:
        assert device_c.id != device_a.id
        on_c = voting.cast_ballot(ws, event.poll, [event.options[2]], participant_id=event.people[2]).ballot_id
        voter_c = ws.conn.execute("SELECT voter FROM ballots WHERE id = ?", (on_c,)).fetchone()[0]
        key_c = keystore.poll_key(ws.event_id, event.poll)
    assert "poll_keys" not in json.loads(dict(members_of(setup))["secrets.json"])  # no key a holder could link with…
    assert key_a is None and key_c is None
    assert voter_a == voter_c == "" and voted_a  # …a secret ballot names nobody; the vote record names who voted


# -- 2. determinism -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["setup", "result", "anonymised"])
def test_export_is_deterministic_apart_from_the_manifest_time(pair: Pair, tmp_path: Path, kind: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    source = pair.event if kind != "result" else pair.laptop
    first = export(source.path, source.cfg, tmp_path / "1.zip", kind)
    real_time, real_localtime = time.time, time.localtime
    with monkeypatch.context() as later:  # a day later: only the manifest's "created" may depend on the moment
        later.setattr(time, "time", lambda: real_time() + 86_400)
        later.setattr(time, "localtime", lambda secs=None: real_localtime(real_time() + 86_400 if secs is None else secs))
        second = export(source.path, source.cfg, tmp_path / "2.zip", kind)
    assert first.read_bytes() == second.read_bytes()
    with config(source.cfg), Workspace.open(source.path, mode="read") as ws:
        export_bundle(ws, tmp_path / "3.zip", kind)  # now
    one, three = dict(members_of(first)), dict(members_of(tmp_path / "3.zip"))
    assert [n for n, _ in members_of(first)] == [n for n, _ in members_of(tmp_path / "3.zip")]
    m1, m3 = json.loads(one.pop("manifest.json")), json.loads(three.pop("manifest.json"))
    assert m1.pop("created") != m3.pop("created") and m1 == m3
    one.pop("manifest.sig"), three.pop("manifest.sig")
    assert one == three


# -- 3. what each kind carries ------------------------------------------------------------------------------------


def test_result_bundle_carries_only_the_laptops_rows_and_no_secrets(pair: Pair) -> None:
    bundle = read_bundle(pair.result)
    assert bundle.kind == "result" and "secrets.json" not in bundle.members
    device = pair.laptop.device.id
    with config(pair.laptop.cfg), Workspace.open(pair.laptop.path, mode="read") as ws:
        secret = ws.conn.execute("SELECT value FROM meta WHERE key = 'badge_secret'").fetchone()[0]
        for table in travelling_tables():
            mine = table_rows(ws, table, "WHERE origin = ?", (device,))
            assert bundle.rows(table) == mine, table
    assert {t for t in travelling_tables() if bundle.rows(t)} == {"checkins", "votes", "ballots", "ideas"}
    assert all(r["origin"] == device for t in travelling_tables() for r in bundle.rows(t))
    everything = pair.result.read_bytes() + b"".join(data for _, data in members_of(pair.result))
    assert secret.encode() not in everything and b"badge_secret" not in everything


def test_anonymised_bundle_has_no_personal_data_and_suppresses_small_groups(pair: Pair, tmp_path: Path) -> None:
    event = pair.event
    path = tmp_path / "anon.eulac"
    shutil.copy(event.path, path)
    with config(event.cfg), Workspace.open(path) as ws:
        more = add_participants(ws, [{"given_name": f"Invitada {n}", "family_name": "Huamán", "email": f"inv{n}@example.pe",
                                      "country": "PE", "organisation": "Concytec"} for n in range(4)]).inserted["participants"]
        for pid in event.people[:3]:
            checkin.check_in(ws, pid)
        ideas.add_ideas(ws, event.challenge, ["Mentoring by alumni"], author_id=event.people[0])
        named = voting.create_poll(ws, "Named", "yes-no", ["Adopt?"], secret=False, eligibility="all").inserted["polls"][0]
        voting.set_state(ws, named, "open")
        option = voting.get_poll(ws, named)["options"][0]["id"]
        voting.cast_ballot(ws, named, {option: "yes"}, participant_id=event.people[4])
        voting.cast_ballot(ws, event.poll, [event.options[0]], participant_id=event.people[5])
        voters = {r[0] for r in ws.conn.execute("SELECT voter FROM ballots")}
    out = export(path, event.cfg, tmp_path / "anon.zip", "anonymised")
    bundle = read_bundle(out)
    assert bundle.kind == "anonymised" and "secrets.json" not in bundle.members
    assert not {"data/participants.jsonl", "data/checkins.jsonl", "data/attendance.jsonl", "data/erasures.jsonl"} & set(bundle.members)
    assert bundle.rows("participants") == [] and bundle.rows("checkins") == []
    assert len(bundle.rows("ideas")) == 3 and all(i["author_id"] is None for i in bundle.rows("ideas"))
    assert len(bundle.rows("ballots")) == 2 and not voters & {b["voter"] for b in bundle.rows("ballots")}
    everything = out.read_bytes() + b"".join(data for _, data in members_of(out))
    personal = [p[k] for p in PEOPLE for k in ("given_name", "family_name", "email")] + [f"inv{n}@example.pe" for n in range(4)]
    personal += [*event.people, *more, "Invitada", "Huamán"]
    assert [word for word in personal if word.encode("utf-8") in everything] == []
    counts = json.loads(bundle.members["counts.json"])
    assert counts["suppressed_below"] == 5
    registered, arrived = counts["registered"], counts["checked_in"]
    assert registered["total"] == 10 and arrived["total"] == 3
    assert registered["by_country"] == {"BR": None, "CL": None, "DE": None, "FI": None, "PE": 6}
    assert registered["by_region"] == {"EU": None, "LAC": 8}
    assert registered["by_role"] == {"participant": 10}
    assert all(v is None for block in ("by_country", "by_region", "by_role") for v in arrived[block].values())


# -- 4. merges agree whatever the order ----------------------------------------------------------------------------

PERSON = st.integers(2, len(PEOPLE) - 1)  # 0 and 1 belong to the scripted conflicts below
RANDOM_CHANGE = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(["Ana", "Bruno", "Camila", "Dmitri"]), st.sampled_from(["PE", "DE", "BR"])),
    st.tuples(st.just("org"), PERSON, st.sampled_from(["UNI", "VTT", "Embrapa", "CNRS"])),
    st.tuples(st.just("delete"), PERSON),
    st.tuples(st.just("erase"), PERSON),
    st.tuples(st.just("checkin"), st.integers(0, len(PEOPLE) - 1)),
    st.tuples(st.just("vote"), PERSON, st.integers(0, 2)),
    st.tuples(st.just("idea"), st.sampled_from(["Open data portal", "Joint calls", "Mobility grants"])),
    st.tuples(st.just("move"), st.just(1), st.booleans()),
    st.tuples(st.just("edit"), st.just(1), st.sampled_from(["Vouchers", "Vouchers for start-ups", "Innovation vouchers"])),
)
EDITED = "Open lab days, twice a month"
SCRIPTED = [(0, ("move", 0, True)), (1, ("edit", 0, EDITED)),  # one idea: moved on one laptop, reworded on another
            (0, ("erase", 1)), (1, ("org", 1, "Fiocruz Amazônia")),  # one person: erased here, edited there
            (0, ("vote", 0, 0)), (1, ("vote", 0, 1))]  # one person votes on two laptops


def change(ws: Workspace, event: Event, step: tuple[Any, ...]) -> None:
    """One change made on a laptop; what the laptop refuses (e.g. editing someone it deleted) records nothing."""
    kind, *args = step
    try:
        if kind == "add":
            add_participants(ws, [{"given_name": args[0], "family_name": "Walk-in", "country": args[1]}])
        elif kind == "org":
            update_participant(ws, event.people[args[0]], {"organisation": args[1]})
        elif kind == "delete":
            delete_participants(ws, [event.people[args[0]]])
        elif kind == "erase":
            erase_participant(ws, event.people[args[0]])
        elif kind == "checkin":
            checkin.check_in(ws, event.people[args[0]])
        elif kind == "vote":
            voting.cast_ballot(ws, event.poll, [event.options[args[1]]], participant_id=event.people[args[0]])
        elif kind == "idea":
            ideas.add_ideas(ws, event.challenge, [args[0]])
        elif kind == "move":
            ideas.move_ideas(ws, [event.ideas[args[0]]], event.cluster if args[1] else None)
        elif kind == "edit":
            ideas.edit_idea(ws, event.ideas[args[0]], text=args[1])
    except errors.EulacError:
        pass


def later_duplicates(ws: Workspace) -> dict[str, set[str]]:
    """Per table with a unique key: the rows that are not the earliest of their key (those must not count)."""
    out: dict[str, set[str]] = {}
    for table, key in UNIQUE_KEYS.items():
        groups: dict[tuple[Any, ...], list[tuple[str, str]]] = {}
        for row in table_rows(ws, table, "WHERE deleted = 0"):
            groups.setdefault(tuple(row[k] for k in key), []).append((row["created_at"], row["id"]))
        out[table] = {rid for rows in groups.values() for _, rid in sorted(rows)[1:]}
    return out


def with_repeats(data: st.DataObject, n: int, label: str) -> list[int]:
    order = list(data.draw(st.permutations(range(n)), label=f"{label} order"))
    for again in data.draw(st.lists(st.integers(0, n - 1), max_size=2), label=f"{label} imported twice"):
        order.insert(data.draw(st.integers(0, len(order)), label=f"{label} position"), again)
    return order


@settings(max_examples=25)
@given(data=st.data())
def test_merging_result_bundles_gives_one_event_whatever_the_order(world: World, data: st.DataObject) -> None:
    event = world.event
    n = data.draw(st.integers(2, 4), label="laptops")
    skews = data.draw(st.lists(st.integers(-5_000, 5_000), min_size=n, max_size=n), label="wall clock skews (ms)")
    schedule = data.draw(st.lists(st.tuples(st.integers(0, n - 1), RANDOM_CHANGE), max_size=12), label="changes")
    for step in SCRIPTED:
        schedule.insert(data.draw(st.integers(0, len(schedule)), label="scripted at"), step)
    here = Path(tempfile.mkdtemp(dir=world.root))
    try:
        ticks = itertools.count()
        laptops, open_ = world.laptops[:n], []
        for i, laptop in enumerate(laptops):
            shutil.copy(laptop.path, here / laptop.path.name)
            def wall(skew=skews[i]):
                return world.base_ms + skew + next(ticks)
            open_.append(Workspace.open(here / laptop.path.name, mode="write", device=laptop.device, wall=wall))
        try:
            for i, step in schedule:
                with config(laptops[i].cfg):  # the laptop's poll keys
                    change(open_[i], event, step)
        finally:
            for ws in open_:
                ws.close()
        bundles = [export(here / lap.path.name, lap.cfg, here / f"result-{lap.name}.zip", "result") for lap in laptops]
        erasure, edit = (next(r["updated_at"] for r in read_bundle(bundles[i]).rows("participants") if r["id"] == event.people[1])
                         for i in (0, 1))
        note(f"{n} laptops; the organisation was edited {'after' if edit > erasure else 'before'} the erasure")

        orders = [with_repeats(data, n, "first"), with_repeats(data, n, "second"), list(reversed(range(n)))]
        dumps, results = [], []
        with config(event.cfg):
            for number, order in enumerate(orders):
                path = here / f"master-{number}.eulac"
                shutil.copy(event.path, path)
                plans = [import_bundle(path, bundles[i])[0] for i in order]
                with Workspace.open(path, mode="read") as ws:
                    dumps.append(list(dump_lines(ws)))
                    results.append(voting.results(ws, event.poll))
                    later = later_duplicates(ws)
                    idea = ws.conn.execute("SELECT text, cluster_id FROM ideas WHERE id = ?", (event.ideas[0],)).fetchone()
                    erased = ws.conn.execute("SELECT erased, given_name, family_name, email, email_key, organisation "
                                             "FROM participants WHERE id = ?", (event.people[1],)).fetchone()
                    voted = [r[0] for r in ws.conn.execute("SELECT participant_id FROM votes WHERE poll_id = ?",
                                                           (event.poll,))]
                    ballots = ws.conn.execute("SELECT count(*) FROM ballots").fetchone()[0]
                    unerased = ws.conn.execute(
                        "SELECT count(*) FROM participants p JOIN erasures e ON e.participant_id = p.id WHERE p.erased = 0 "
                        "OR p.given_name != '' OR p.family_name != '' OR p.email IS NOT NULL OR p.organisation != ''"
                    ).fetchone()[0]
                assert tuple(idea) == (EDITED, event.cluster)  # the move and the rewording both survive
                assert tuple(erased) == (1, "", "", None, None, "")  # erased, whatever came after
                assert unerased == 0  # so is everyone erased on some laptop
                superseded: dict[str, set[str]] = {t: set() for t in UNIQUE_KEYS}
                kept: dict[tuple[str, str], str] = {}
                for plan in plans:
                    for conflict in plan.conflicts:
                        superseded[conflict["table"]] |= set(conflict["superseded"])
                        kept[conflict["table"], json.dumps(conflict["key"], sort_keys=True)] = conflict["kept"]
                assert superseded == later, order  # every later duplicate is reported once it stops counting
                assert not any(row in later[table] for (table, _key), row in kept.items())  # the last word: the earliest
                assert ballots == len(voted) > len(set(voted))  # a ballot per vote record; person 0 voted twice
                assert (results[-1]["ballots"], results[-1]["superseded"], results[-1]["refused"]) == (
                    len(set(voted)), ballots - len(set(voted)), 0)  # each person once, whatever laptop they used
                assert results[-1]["double_votes"] == len(voted) - len(set(voted))
                assert sum(o["score"] for o in results[-1]["options"]) == len(set(voted))  # one tick per counted ballot
            assert dumps[0] == dumps[1] == dumps[2], orders
            assert results[0] == results[1] == results[2], orders
            # grouped differently: a second coordinator merges the first k laptops and hands everything on in a setup
            k = data.draw(st.integers(1, n - 1), label="laptops merged by the second coordinator")
            relay = here / "relay.eulac"
            shutil.copy(event.path, relay)
            for bundle in bundles[:k]:
                import_bundle(relay, bundle)
            relayed = export(relay, event.cfg, here / "relay.zip", "setup")
            grouped = here / "master-grouped.eulac"
            shutil.copy(event.path, grouped)
            for bundle in [relayed, *bundles[k:]]:
                import_bundle(grouped, bundle, trust=True)
            assert dump(grouped) == dumps[0]
            assert results[0] == results[1] == results[2]
            again = here / "master-0.eulac"
            for bundle in bundles:  # everything once more: nothing changes
                import_bundle(again, bundle)
            assert dump(again) == dumps[0]
    finally:
        shutil.rmtree(here, ignore_errors=True)


DEVICES = ["0a" * 16, "0b" * 16, "0c" * 16]
STAMP = st.tuples(st.integers(1, 6), st.sampled_from(DEVICES)).map(lambda t: f"{t[0]:015d}-000000-{t[1]}")


def idea_version(placed: str, edited: str) -> dict[str, Any]:
    """One laptop's version of an idea: each field group's values follow from its stamp (one write, one value)."""
    updated = max(placed, edited)
    return {"id": "idea", "event_id": "event", "challenge_id": "challenge", "created_at": "000000000000000-000000-" + DEVICES[0],
            "origin": updated.rsplit("-", 1)[1], "updated_at": updated, "placed_at": placed, "edited_at": edited,
            "cluster_id": f"cluster {placed[:15]}", "position": float(int(placed[:15])), "duplicate_of": None,
            "text": f"text of {edited}", "author_id": None, "table_label": None, "language": "es",
            "deleted": int(edited[14]) % 2}


@settings(max_examples=100)
@given(st.lists(st.tuples(STAMP, STAMP).map(lambda t: idea_version(*t)), min_size=3, max_size=3))
def test_merge_rows_is_a_semilattice_by_field_group(versions: list[dict[str, Any]]) -> None:
    a, b, c = versions
    assert merge_rows("ideas", a, b) == merge_rows("ideas", b, a)
    assert merge_rows("ideas", merge_rows("ideas", a, b), c) == merge_rows("ideas", a, merge_rows("ideas", b, c))
    assert merge_rows("ideas", a, a) == a
    merged = merge_rows("ideas", merge_rows("ideas", a, b), c)
    assert merged["placed_at"] == max(v["placed_at"] for v in versions)
    assert merged["edited_at"] == max(v["edited_at"] for v in versions)
    assert merged == {**merged, **idea_version(merged["placed_at"], merged["edited_at"])}


def test_a_laptops_own_field_group_change_survives_a_bundle_it_received(world: World, tmp_path: Path) -> None:
    event, a, b = world.event, world.laptops[0], world.laptops[1]
    for lap in (a, b):
        shutil.copy(lap.path, tmp_path / lap.path.name)
    with config(a.cfg), Workspace.open(tmp_path / a.path.name, device=a.device, wall=ticking_wall(world.base_ms)) as ws:
        ideas.move_ideas(ws, [event.ideas[0]], event.cluster)
    with config(b.cfg), Workspace.open(tmp_path / b.path.name, device=b.device, wall=ticking_wall(world.base_ms + 10_000)) as ws:
        ideas.edit_idea(ws, event.ideas[0], text=EDITED)
    from_b = export(tmp_path / b.path.name, b.cfg, tmp_path / "b.zip", "result")
    with config(a.cfg):
        import_bundle(tmp_path / a.path.name, from_b, trust=True)  # laptops also exchange bundles
        with Workspace.open(tmp_path / a.path.name, mode="read") as ws:
            assert tuple(ws.conn.execute("SELECT text, cluster_id FROM ideas WHERE id = ?", (event.ideas[0],)).fetchone()) == (
                EDITED, event.cluster)
    from_a = export(tmp_path / a.path.name, a.cfg, tmp_path / "a.zip", "result")
    master = tmp_path / "master.eulac"
    shutil.copy(event.path, master)
    with config(event.cfg):
        for bundle in (from_a, from_b):
            import_bundle(master, bundle)
        with Workspace.open(master, mode="read") as ws:
            row = ws.conn.execute("SELECT text, cluster_id FROM ideas WHERE id = ?", (event.ideas[0],)).fetchone()
    assert tuple(row) == (EDITED, event.cluster)


# -- 5. importing twice -------------------------------------------------------------------------------------------


def test_importing_a_bundle_twice_changes_nothing_the_second_time(master: Event, pair: Pair, capsys) -> None:
    with config(master.cfg):
        first = run_json(capsys, "bundle", "import", master.path, pair.result)
        assert first["changes"] is True and first["tables"]["ballots"]["added"] == 1
        after_first = snapshot(master.path)[1]
        second = run_json(capsys, "bundle", "import", master.path, pair.result)
        assert second["changes"] is False and second["conflicts"] == []
        assert set(second["tables"]) == set(first["tables"])
        for table, counts in second["tables"].items():
            assert set(counts) == {"added", "updated", "superseded", "unchanged"}
            assert counts == {"added": 0, "updated": 0, "superseded": 0,
                              "unchanged": sum(first["tables"][table][k] for k in ("added", "updated", "unchanged"))}
        code, out, err = run(capsys, "bundle", "import", master.path, pair.result)
        assert code == 0 and "Nothing to change" in out and err == ""
        with Workspace.open(master.path, mode="read") as ws:
            plan = plan_import(ws, read_bundle(pair.result))
        assert not plan.changes_anything() and all(c["added"] == c["updated"] == 0 for c in plan.counts.values())
        assert dump(master.path) == after_first
    with config(pair.laptop.cfg):  # the setup bundle again on a laptop that has it
        setup = export(pair.event.path, pair.event.cfg, master.path.with_name("setup.zip"), "setup")
        copy = master.path.with_name("laptop.eulac")
        shutil.copy(pair.laptop.path, copy)
        plan, _ = import_bundle(copy, setup)
        assert not plan.changes_anything()
        assert plan.counts["participants"] == {"added": 0, "updated": 0, "unchanged": len(PEOPLE), "superseded": 0}


def test_importing_an_edit_of_an_erased_person_twice_changes_nothing(world: World, tmp_path: Path) -> None:
    event, a, b = world.event, world.laptops[0], world.laptops[1]
    for lap in (a, b):
        shutil.copy(lap.path, tmp_path / lap.path.name)
    with config(a.cfg), Workspace.open(tmp_path / a.path.name, device=a.device, wall=ticking_wall(world.base_ms)) as ws:
        erase_participant(ws, event.people[1])  # she consented to photos
    with config(b.cfg), Workspace.open(tmp_path / b.path.name, device=b.device, wall=ticking_wall(world.base_ms + 10_000)) as ws:
        update_participant(ws, event.people[1], {"organisation": "Fiocruz Amazônia"})  # later, without knowing
    bundles = [export(tmp_path / lap.path.name, lap.cfg, tmp_path / f"{lap.name}.zip", "result") for lap in (a, b)]
    master = tmp_path / "master.eulac"
    shutil.copy(event.path, master)
    with config(event.cfg):
        for bundle in bundles:
            import_bundle(master, bundle)
        before = dump(master)
        plan, _ = import_bundle(master, bundles[1])
        assert dump(master) == before
    assert not plan.changes_anything(), plan.counts


# -- 6. refusals --------------------------------------------------------------------------------------------------


def refused(capsys, event: Event, bundle: Path, *, trust: bool = False) -> str:
    """Import must be refused, by the core and by the CLI (exit 1, an error document), leaving the file as it was."""
    before = snapshot(event.path)
    flags = ["--trust"] if trust else []
    with config(event.cfg):
        with pytest.raises(BundleRefused) as caught:
            import_bundle(event.path, bundle, trust=trust)
        data = run_json(capsys, "bundle", "import", event.path, bundle, *flags, expect=1)
        assert data["error"] == "bundle_refused" and data["message"]
        code, out, err = run(capsys, "bundle", "import", event.path, bundle, *flags)
        assert code == 1 and out == "" and err.strip()
        assert run(capsys, "bundle", "import", event.path, bundle, "--dry-run", *flags)[0] == 1
    assert snapshot(event.path) == before
    return caught.value.text()


Damaging = Callable[[Members, Device], Members]


def _member(name: str, replace: Callable[[bytes], bytes]) -> Damaging:
    return lambda ms, device: [(n, replace(d) if n == name else d) for n, d in ms]


def _without(name: str) -> Damaging:
    return lambda ms, device: [(n, d) for n, d in ms if n != name]


def _listed(name: str, data: bytes = b"{}\n") -> Damaging:
    """An extra member, listed in a manifest signed again by the (trusted) device: only its name can give it away."""
    entry = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "rows": data.count(b"\n")}
    return lambda ms, device: resigned([*ms, (name, data)], device, lambda m: m["members"].update({name: entry}))


BROKEN: dict[str, tuple[Damaging, str]] = {
    "wrong signature": (_member("manifest.sig", lambda sig: bytes(64)), "signature does not match"),
    "signature one bit off": (_member("manifest.sig", lambda sig: sig[:-1] + bytes([sig[-1] ^ 1])), "signature does not match"),
    "short signature": (_member("manifest.sig", lambda sig: sig[:10]), "signature does not match"),
    "missing signature": (_without("manifest.sig"), "no signed manifest"),
    "missing manifest": (_without("manifest.json"), "no signed manifest"),
    "manifest edited after signing": (_member("manifest.json", lambda m: m.replace(b'"result"', b'"setup"')),
                                      "signature does not match"),
    "a data file edited after signing": (_member("data/ballots.jsonl", lambda d: d.replace(b'"kiosk"', b'"paper"')),
                                         "altered after the bundle was signed"),
    "a listed member missing": (_without("data/checkins.jsonl"), "not the ones its manifest lists"),
    "a member not in the manifest": (lambda ms, device: [*ms, ("notes.txt", b"hello")], "not the ones its manifest lists"),
    "a data file of no table": (_listed("data/passwords.jsonl"), "not the ones its manifest lists"),
    "a name with ..": (_listed("../evil.jsonl"), "dangerous name"),
    "a name with .. inside": (_listed("data/../../evil.jsonl"), "dangerous name"),
    "an absolute name": (_listed("/tmp/evil.jsonl"), "dangerous name"),
    "a backslash name": (_listed("data\\..\\..\\evil.jsonl"), "dangerous name"),
    "a drive name": (_listed("C:evil.jsonl"), "dangerous name"),
    "an empty part": (_listed("extra//evil.jsonl"), "dangerous name"),
    "duplicate names": (lambda ms, device: ms + [(n, d) for n, d in ms if n == "data/ballots.jsonl"], "same name"),
    "too many members": (lambda ms, device: ms + [(f"extra/{k}.txt", b"") for k in range(MAX_MEMBERS)], "too many files"),
}


@pytest.mark.parametrize("damage", list(BROKEN))
def test_altered_or_dangerous_bundles_are_refused(master: Event, pair: Pair, tmp_path: Path, capsys, damage: str) -> None:
    damaging, reason = BROKEN[damage]
    members = damaging(members_of(pair.result), pair.laptop.device)
    bad = write_zip(tmp_path / "bad.zip", members)
    assert [n for n, _ in members_of(bad)] == [n for n, _ in members]  # the zip really holds those names
    assert reason in refused(capsys, master, bad, trust=True)
    with config(master.cfg):
        code, out, err = run(capsys, "bundle", "verify", bad)
        assert code == 1 and out == "" and reason in err
    assert not (tmp_path / "evil.jsonl").exists() and not (master.path.parent.parent / "evil.jsonl").exists()


@pytest.mark.parametrize("cut", [0, 1, 22, 100, 0.25, 0.5, 0.9, -22, -1])
def test_truncated_or_empty_bundles_are_refused(master: Event, pair: Pair, tmp_path: Path, capsys, cut: float) -> None:
    data = pair.result.read_bytes()
    end = int(len(data) * cut) if isinstance(cut, float) else cut if cut >= 0 else len(data) + cut
    bad = tmp_path / "truncated.zip"
    bad.write_bytes(data[:end])
    assert "damaged or incomplete" in refused(capsys, master, bad, trust=True)


def test_a_bundle_of_another_event_is_refused(master: Event, pair: Pair, tmp_path: Path, capsys) -> None:
    other = make_event(tmp_path, pair.laptop.cfg, name="Another Lab")  # made on the trusted laptop A
    for kind in ("result", "setup"):
        bundle = export(other.path, other.cfg, tmp_path / f"other-{kind}.zip", kind)
        before = dump(master.path)
        with config(master.cfg):
            with pytest.raises(BundleRefused, match="another event"):
                import_bundle(master.path, bundle)
            assert run_json(capsys, "bundle", "import", master.path, bundle, expect=1)["error"] == "bundle_refused"
        assert dump(master.path) == before


def test_a_bundle_of_another_event_leaves_the_file_byte_identical(master: Event, pair: Pair, tmp_path: Path, capsys) -> None:
    other = make_event(tmp_path, pair.laptop.cfg, name="Another Lab")
    bundle = export(other.path, other.cfg, tmp_path / "other.zip", "result")
    time.sleep(1.05 - time.time() % 1)  # the file was last written in an earlier second than the import
    refused(capsys, master, bundle)


@pytest.mark.parametrize("change, reason", [
    (lambda m: m.update(format=2), "newer version"),
    (lambda m: m.update(schema_version=99), "newer version"),
    (lambda m: m.update(kind="everything"), "cannot be read"),
    pytest.param(lambda m: m.update(schema_version="7b"), "cannot be read"),
    pytest.param(lambda m: m["members"].update({"data/ballots.jsonl": "sha"}), "cannot be read"),
    pytest.param(lambda m: m.pop("event"), "cannot be read"),
], ids=["newer format", "newer schema", "unknown kind", "schema not a number", "member entry not an object", "no event"])
def test_a_resigned_manifest_with_bad_fields_is_refused(master: Event, pair: Pair, tmp_path: Path, capsys, change,
                                                       reason: str) -> None:
    bad = resign(pair.result, tmp_path / "resigned.zip", pair.laptop.device, change)
    with config(master.cfg):
        code, out, err = run(capsys, "bundle", "verify", bad)
        assert code == 1 and out == "" and reason in err
    assert reason in refused(capsys, master, bad)


def test_a_bundle_this_laptop_signed_needs_no_trusting_here(master: Event, tmp_path: Path, capsys) -> None:
    """The coordinator runs a session on a copy of the event on their own laptop, then merges its result into the
    master on the same laptop: the bundle's signer is this installation, with its own key, which needs no trusting."""
    venue = tmp_path / "venue.eulac"
    shutil.copy(master.path, venue)
    with config(master.cfg):
        with Workspace.open(venue) as ws:
            checkin.check_in(ws, master.people[3])
        bundle = export(venue, master.cfg, tmp_path / "mine.zip", "result")
        assert run_json(capsys, "bundle", "verify", bundle)["trusted"] is True
        assert run_json(capsys, "bundle", "import", master.path, bundle)["tables"]["checkins"]["added"] == 1


def test_unknown_device_is_accepted_only_with_trust(master: Event, pair: Pair, tmp_path: Path, capsys) -> None:
    stranger = tmp_path / "laptop-S.eulac"
    shutil.copy(pair.laptop.path, stranger)
    with config(tmp_path / "cfg-S") as device:
        with Workspace.open(stranger) as ws:
            checkin.check_in(ws, master.people[3])
        bundle = export(stranger, tmp_path / "cfg-S", tmp_path / "s.zip", "result")
    message = refused(capsys, master, bundle)
    assert "not trusted" in message and device.fingerprint() in message
    with config(master.cfg):
        verified = run_json(capsys, "bundle", "verify", bundle)
        assert {"valid", "kind", "event", "device", "trusted"} <= set(verified)
        assert (verified["valid"], verified["kind"], verified["trusted"]) == (True, "result", False)
        assert verified["device"] == {"id": device.id, "name": device.name, "fingerprint": device.fingerprint()}
        dry = run(capsys, "bundle", "import", master.path, bundle, "--trust", "--dry-run", "--json")
        assert dry[0] == 0 and json.loads(dry[1])["dry_run"] is True
        code, out, err = run(capsys, "bundle", "import", master.path, bundle, "--trust", "--json")
        assert code == 0 and device.fingerprint() in err  # printed for the person, on stderr
        assert json.loads(out)["tables"]["checkins"]["added"] == 1
        assert device.id in trusted_devices()
        assert run_json(capsys, "bundle", "verify", bundle)["trusted"] is True
        assert run(capsys, "bundle", "import", master.path, bundle)[0] == 0  # trusted from now on


def test_verify_reports_the_event_and_device(pair: Pair, capsys) -> None:
    with config(pair.event.cfg):
        data = run_json(capsys, "bundle", "verify", pair.result)
    assert data["valid"] is True and data["kind"] == "result" and data["trusted"] is True
    with Workspace.open(pair.laptop.path, mode="read", device=pair.laptop.device) as ws:
        assert data["event"]["id"] == ws.event_id and data["event"]["name"] == "Co-Innovation Lab"
    device = pair.laptop.device
    assert data["device"] == {"id": device.id, "name": device.name, "fingerprint": device.fingerprint()}


def test_a_known_device_with_a_new_key_is_refused_unless_its_new_fingerprint_is_accepted(
        master: Event, pair: Pair, tmp_path: Path, capsys) -> None:
    """Issue 16: `--trust` is never enough for a changed key; `--accept-new-key` takes the new fingerprint."""
    twin = tmp_path / "cfg-A-new-key"
    twin.mkdir()
    shutil.copy(pair.laptop.cfg / "device.json", twin / "device.json")  # same id and name…
    shutil.copy(load_device(tmp_path / "cfg-fresh").folder / "device_key.pem", twin / "device_key.pem")  # …another key
    impostor = load_device(twin)
    assert impostor.id == pair.laptop.device.id and impostor.fingerprint() != pair.laptop.device.fingerprint()
    bundle = export(pair.laptop.path, twin, tmp_path / "forged.zip", "result", device=impostor)
    message = refused(capsys, master, bundle)
    assert "another key" in message and impostor.fingerprint() in message
    assert pair.laptop.device.fingerprint() in message  # both fingerprints, to compare
    assert "another key" in refused(capsys, master, bundle, trust=True)  # trusting is another act
    with config(master.cfg):
        verified = run_json(capsys, "bundle", "verify", bundle)
        assert (verified["trusted"], verified["key_changed"]) == (False, True)
        code, out, err = run(capsys, "bundle", "import", master.path, bundle, "--accept-new-key",
                             pair.laptop.device.fingerprint())  # the old fingerprint is not the new key
        assert code == 1 and "is not the one this bundle is signed with" in err and trusted_devices()[impostor.id].fingerprint \
            == pair.laptop.device.fingerprint()
        code, out, err = run(capsys, "bundle", "import", master.path, bundle, "--accept-new-key",
                             impostor.fingerprint().replace(" ", "").lower())
        assert code == 0 and impostor.fingerprint() in err and impostor.fingerprint() not in out  # accepted, on purpose
        assert trusted_devices()[impostor.id].fingerprint == impostor.fingerprint()
        assert "another key" in refused(capsys, master, pair.result)  # now the old key is the unknown one


def test_a_device_whose_key_file_was_lost_does_not_crash_the_export(pair: Pair, tmp_path: Path, capsys) -> None:
    cfg = tmp_path / "cfg-A-lost-key"
    shutil.copytree(pair.laptop.cfg, cfg)
    (cfg / "device_key.pem").unlink()
    with config(cfg):
        code, _out, err = run(capsys, "bundle", "export", pair.laptop.path, tmp_path / "out.zip", "--kind", "result")
    assert (code == 1 and err.strip()) or (code == 0 and read_bundle(tmp_path / "out.zip"))


def test_a_result_bundle_cannot_create_an_event_file(pair: Pair, tmp_path: Path, capsys) -> None:
    target = tmp_path / "new.eulac"
    with config(pair.event.cfg):
        with pytest.raises(errors.EventFileMissing):
            import_bundle(target, pair.result)
        assert run_json(capsys, "bundle", "import", target, pair.result, expect=1)["error"] == "file_missing"
    assert list(tmp_path.iterdir()) == []


def test_a_zip_bomb_is_refused_quickly_without_unpacking_it(master: Event, pair: Pair, tmp_path: Path, capsys) -> None:
    bomb = write_zip(tmp_path / "bomb.zip", members_of(pair.result))
    zeros = bytes(1 << 20)
    with zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as zf, zf.open("data/ideas-bomb.jsonl", "w") as fh:
        for _ in range(300):  # 300 MB of zeros, streamed
            fh.write(zeros)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(BundleRefused, match="zip bomb"):
            read_bundle(bomb)
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 2 and peak < 100 * 1024 * 1024, (elapsed, peak)
    refused(capsys, master, bomb, trust=True)


def test_a_bomb_under_the_ratio_limit_behind_a_forged_manifest_is_refused_before_it_is_unpacked(
        master: Event, pair: Pair, tmp_path: Path, capsys) -> None:
    members = dict(members_of(pair.result))
    bomb = write_zip(tmp_path / "bomb.zip", [("manifest.json", members["manifest.json"]), ("manifest.sig", b"forged"),
                                              *((n, d) for n, d in members.items() if n.startswith("data/"))])
    block = random.Random(8).randbytes(8192)  # 8 KB repeated: about 150x, under the limit a real bundle needs
    with zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as zf, zf.open("data/ideas-more.jsonl", "w") as fh:
        for _ in range(5 * 1024):  # 40 MB, streamed
            fh.write(block)
    tracemalloc.start()
    try:
        with pytest.raises(BundleRefused, match="signature"):
            read_bundle(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10 * 1024 * 1024, peak  # the manifest is checked first: nothing else is unpacked
    assert "signature" in refused(capsys, master, bomb, trust=True)


# -- damaged bytes: refused, never a crash ---------------------------------------------------------------------------


def zip_regions(data: bytes, path: Path) -> dict[str, range]:
    """Where the parts of a zip lie: local headers (with names), compressed data, central directory, end record."""
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        start_dir = zf.start_dir
    local, compressed = [], []
    for info in infos:
        name_len = int.from_bytes(data[info.header_offset + 26:info.header_offset + 28], "little")
        extra_len = int.from_bytes(data[info.header_offset + 28:info.header_offset + 30], "little")
        begin = info.header_offset + 30 + name_len + extra_len
        local += range(info.header_offset, begin)
        compressed += range(begin, begin + info.compress_size)
    end = data.rindex(b"PK\x05\x06")
    return {"local headers": local, "compressed data": compressed, "central directory": range(start_dir, end),
            "end record": range(end, len(data))}


@pytest.fixture(scope="module")
def flips(pair: Pair, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, int], str]:
    """Read the result bundle with each byte flipped (all bits, and the lowest bit): the outcome of each."""
    data = pair.result.read_bytes()
    original = read_bundle(pair.result)
    path = tmp_path_factory.mktemp("flips") / "flipped.zip"
    outcomes: dict[tuple[int, int], str] = {}
    for position in range(len(data)):
        for mask in (0xFF, 0x01):
            damaged = bytearray(data)
            damaged[position] ^= mask
            path.write_bytes(bytes(damaged))
            try:
                bundle = read_bundle(path)
            except BundleRefused:
                outcomes[position, mask] = "refused"
            except Exception as exc:
                outcomes[position, mask] = f"{type(exc).__module__}.{type(exc).__name__}: {exc}"
            else:
                same = bundle.manifest == original.manifest and bundle.members == original.members
                outcomes[position, mask] = "same content" if same else "ALTERED CONTENT ACCEPTED"
    return outcomes


def test_a_flipped_byte_never_passes_for_other_content(pair: Pair, flips: dict[tuple[int, int], str]) -> None:
    """Bytes the signature does not cover (zip times, attributes) may change; the content read never does."""
    assert [k for k, v in flips.items() if v == "ALTERED CONTENT ACCEPTED"] == []
    data = pair.result.read_bytes()
    regions = zip_regions(data, pair.result)
    for name, region in regions.items():
        assert any(flips[p, m] == "refused" for p in region for m in (0xFF, 0x01)), name
    assert sum(v == "refused" for v in flips.values()) > len(flips) // 2


def test_a_flipped_byte_anywhere_is_refused_or_harmless(flips: dict[tuple[int, int], str]) -> None:
    crashes = {k: v for k, v in flips.items() if v not in ("refused", "same content")}
    assert crashes == {}, f"{len(crashes)} of {len(flips)} flips raised, e.g. {sorted(set(crashes.values()))[:4]}"


Damage = Callable[[bytes, dict[str, range], list[zipfile.ZipInfo]], tuple[int, int]]


def _flip(region: str, index: int, mask: int) -> Damage:
    """Flip bits of the `index`th byte of a region (in the central directory: of the first entry's header)."""
    def where(data: bytes, regions: dict[str, range], infos: list[zipfile.ZipInfo]) -> tuple[int, int]:
        position = regions[region][index]
        return position, data[position] ^ mask
    return where


def _local_name(data: bytes, regions: dict[str, range], infos: list[zipfile.ZipInfo]) -> tuple[int, int]:
    position = infos[1].header_offset + 31  # the second letter of the second member's name
    return position, data[position] ^ 0x20


def _deflate_block_type(data: bytes, regions: dict[str, range], infos: list[zipfile.ZipInfo]) -> tuple[int, int]:
    position = regions["compressed data"][0]  # the first byte of the manifest's deflate stream
    return position, data[position] | 0x06  # block type 11: reserved, invalid


@pytest.mark.parametrize("where", [
    pytest.param(_flip("central directory", 16, 0xFF), id="central directory CRC"),
    pytest.param(_local_name, id="a local header's name"),
    pytest.param(_flip("end record", 12, 0x01), id="end record directory size"),
    pytest.param(_deflate_block_type, id="deflate block type"),
    pytest.param(_flip("central directory", 6, 0xFF), id="central version needed"),
    pytest.param(_flip("central directory", 8, 0x01), id="central encrypted flag"),
])
def test_a_damaged_bundle_is_refused_by_the_cli(master: Event, pair: Pair, tmp_path: Path, capsys, where: Damage) -> None:
    data = bytearray(pair.result.read_bytes())
    with zipfile.ZipFile(pair.result) as zf:
        infos = zf.infolist()
    position, value = where(bytes(data), zip_regions(bytes(data), pair.result), infos)
    assert value != data[position]
    data[position] = value
    bad = tmp_path / "damaged.zip"
    bad.write_bytes(bytes(data))
    with config(master.cfg):
        code, out, err = run(capsys, "bundle", "verify", bad)
        assert code == 1 and out == "" and "refused" in err
    refused(capsys, master, bad, trust=True)


# -- anonymised bundles are not for merging ------------------------------------------------------------------------


def test_importing_an_anonymised_bundle_changes_no_data(world: World, tmp_path: Path) -> None:
    event, a, b = world.event, world.laptops[0], world.laptops[1]
    coordinator = tmp_path / "coordinator.eulac"
    shutil.copy(event.path, coordinator)
    with config(event.cfg), Workspace.open(coordinator) as ws:
        authored = ideas.add_ideas(ws, event.challenge, ["Mentoring by alumni"], author_id=event.people[0]).inserted["ideas"][0]
    setup = export(coordinator, event.cfg, tmp_path / "setup.zip", "setup")
    for lap, choice in ((a, 0), (b, 1)):
        shutil.copy(lap.path, tmp_path / lap.path.name)
        with config(lap.cfg):
            import_bundle(tmp_path / lap.path.name, setup)
            with Workspace.open(tmp_path / lap.path.name) as ws:
                voting.cast_ballot(ws, event.poll, [event.options[choice]], participant_id=event.people[3])
    anonymised = export(tmp_path / a.path.name, a.cfg, tmp_path / "a-anon.zip", "anonymised")
    result_b = export(tmp_path / b.path.name, b.cfg, tmp_path / "b.zip", "result")
    with config(event.cfg):
        with contextlib.suppress(BundleRefused):  # refusing it is fine; merging it must not change data
            import_bundle(coordinator, anonymised)
        import_bundle(coordinator, result_b)
        with Workspace.open(coordinator, mode="read") as ws:
            author = ws.conn.execute("SELECT author_id FROM ideas WHERE id = ?", (authored,)).fetchone()[0]
            counted = voting.results(ws, event.poll)["ballots"]
    assert (author, counted) == (event.people[0], 1)


# -- 7. the command line, end to end -------------------------------------------------------------------------------


def test_cli_setup_two_laptops_and_two_masters(tmp_path: Path, capsys) -> None:
    event = make_event(tmp_path, tmp_path / "cfg-coordinator")
    cfg_c, cfg_a, cfg_b = event.cfg, tmp_path / "cfg-A", tmp_path / "cfg-B"
    with config(cfg_c) as coordinator:
        created = run_json(capsys, "polls", "create", event.path, "--title", "Roadmap", "--method", "approval",
                           "--option", "Data", "--option", "Mobility")  # secret, for those who checked in
        poll, (data, mobility) = created["id"], [o["id"] for o in created["options"]]
        assert run(capsys, "polls", "open", event.path, poll)[0] == 0
        with Workspace.open(event.path, mode="read") as ws:
            codes = [checkin.badge_code(ws, pid) for pid in event.people]
        exported = run_json(capsys, "bundle", "export", event.path, tmp_path / "setup.zip", "--kind", "setup")
        assert exported["kind"] == "setup" and exported["device"] == coordinator.fingerprint() and exported["rows"] > 10
        shutil.copy(event.path, tmp_path / "master-1.eulac")
        shutil.copy(event.path, tmp_path / "master-2.eulac")

    laptops = {"A": (cfg_a, tmp_path / "a.eulac"), "B": (cfg_b, tmp_path / "b.eulac")}
    for cfg, path in laptops.values():
        with config(cfg):
            verified = run_json(capsys, "bundle", "verify", tmp_path / "setup.zip")
            assert (verified["valid"], verified["kind"], verified["trusted"]) == (True, "setup", False)
            assert verified["device"]["fingerprint"] == coordinator.fingerprint()
            dry = run_json(capsys, "bundle", "import", path, tmp_path / "setup.zip", "--trust", "--dry-run")
            assert dry["tables"]["participants"]["added"] == len(PEOPLE) and not path.exists()
            code, out, err = run(capsys, "bundle", "import", path, tmp_path / "setup.zip")
            assert code == 1 and out == "" and coordinator.fingerprint() in err and not path.exists()
            code, out, err = run(capsys, "bundle", "import", path, tmp_path / "setup.zip", "--trust", "--json")
            assert code == 0 and coordinator.fingerprint() in err and path.exists()
            assert json.loads(out)["tables"]["polls"] == {"added": 2, "updated": 0, "unchanged": 0, "superseded": 0}

    votes = {"A": [(0, data), (1, mobility)], "B": [(0, mobility), (3, mobility)]}  # person 0 votes on both laptops
    arrivals = {"A": [0, 1, 2], "B": [0, 3]}  # and checks in on both
    for name, (cfg, path) in laptops.items():
        with config(cfg):
            for person in arrivals[name]:
                assert run(capsys, "checkin", "scan", path, codes[person], "--desk", name)[0] == 0
            for person, option in votes[name]:
                assert run(capsys, "ballots", "add", path, poll, "--badge", codes[person], "--ballot", json.dumps([option]))[0] == 0
            result = run_json(capsys, "bundle", "export", path, tmp_path / f"{name}.zip", "--kind", "result")
            assert result["rows"] == len(arrivals[name]) + 2 * len(votes[name])  # a vote record and a ballot each

    imports = {}
    with config(cfg_c):
        for master, order in (("master-1", "AB"), ("master-2", "BA")):
            for name in order:
                imports[master, name] = run_json(capsys, "bundle", "import", tmp_path / f"{master}.eulac",
                                                 tmp_path / f"{name}.zip", "--trust")
        second = imports["master-1", "B"]
        assert second["tables"]["checkins"]["superseded"] == 1 and second["tables"]["votes"]["superseded"] == 1
        assert {c["table"] for c in second["conflicts"]} == {"checkins", "votes"}  # person 0's second vote record
        results = [run_json(capsys, "polls", "results", tmp_path / f"{m}.eulac", poll) for m in ("master-1", "master-2")]
        dumps = [run(capsys, "event", "dump", tmp_path / f"{m}.eulac") for m in ("master-1", "master-2")]
    assert results[0] == results[1]
    assert (results[0]["ballots"], results[0]["superseded"], results[0]["eligible"]) == (3, 1, 4)  # each person once
    assert results[0]["double_votes"] == 1  # person 0 voted on both laptops: one of B's ballots stops counting
    assert {o["text"]: o["score"] for o in results[0]["options"]} == {"Data": 1, "Mobility": 2}
    assert dumps[0][0] == 0 and dumps[0][1] == dumps[1][1]
    lines = dumps[0][1].splitlines()
    rows = [json.loads(line) for line in lines]
    assert all(set(r) == {"table", "row"} for r in rows) and lines == [json.dumps(r, sort_keys=True, ensure_ascii=False,
                                                                                    separators=(",", ":")) for r in rows]
    assert [(r["table"], r["row"]["id"]) for r in rows] == sorted((r["table"], r["row"]["id"]) for r in rows)
    assert sum('"table":"ballots"' in line for line in lines) == 4


def test_dry_run_with_trust_does_not_claim_a_trust_it_does_not_record(master: Event, pair: Pair, tmp_path: Path,
                                                                      capsys) -> None:
    with config(tmp_path / "cfg-S"):
        bundle = export(pair.laptop.path, tmp_path / "cfg-S", tmp_path / "s.zip", "result")
    with config(master.cfg):
        code, _out, err = run(capsys, "bundle", "import", master.path, bundle, "--trust", "--dry-run")
        assert code == 0
        claimed = "Trusted device" in err
        later = run(capsys, "bundle", "import", master.path, bundle)[0]
    assert not claimed or later == 0


# -- setting up a laptop (issue 15: the window and the CLI share one operation) ----------------------------------------


def test_setting_up_a_laptop_refuses_other_bundles_and_leaves_nothing_when_cancelled_or_failing(
        pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eulac_desktop.core.bundles import NotASetupBundle, merge, read_setup_bundle, set_up_laptop, setup_summary

    cfg = tmp_path / "cfg-new"
    setup = pair.result.with_name("setup.zip")
    with config(cfg):
        with pytest.raises(NotASetupBundle, match="result bundle of the event “Co-Innovation Lab”") as caught:
            read_setup_bundle(pair.result)
        assert "Ask the coordinator for the event's setup bundle" in caught.value.hint_text()
        bundle = read_setup_bundle(setup)
        summary = setup_summary(bundle)
        assert summary["name"] == "Co-Innovation Lab" and summary["start_date"] == "2026-12-03"
        assert summary["timezone"] == "America/Lima" and summary["participants"] == len(PEOPLE)
        assert not summary["trusted"] and summary["fingerprint"] == bundle.manifest["device"]["fingerprint"]
        target = tmp_path / "laptop.eulac"
        with pytest.raises(errors.Cancelled):  # cancelled half-way: no file, nobody trusted
            set_up_laptop(target, bundle, progress=lambda done, total: done < 2)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["cfg-new"] and not trusted_devices()

        def failing(ws, plan):  # type: ignore[no-untyped-def]
            raise errors.DiskFull(path=str(target))

        monkeypatch.setattr("eulac_desktop.core.bundles.setup.apply_import", failing)
        with pytest.raises(errors.DiskFull):
            set_up_laptop(target, bundle)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["cfg-new"] and not trusted_devices()
        monkeypatch.setattr("eulac_desktop.core.bundles.setup.apply_import", merge.apply_import)
        seen = []
        _plan, changes = set_up_laptop(target, bundle, progress=lambda done, total: seen.append(done) or True)
        assert seen == [0, 1, 2, 3] and changes.inserted["participants"]
        assert bundle.manifest["device"]["id"] in trusted_devices()
        with pytest.raises(errors.EventFileExists):
            set_up_laptop(target, bundle)
    assert dump(target) == dump(pair.event.path)  # the coordinator's event, whole


def test_another_events_setup_bundle_is_refused_saying_it_sets_up_a_laptop(pair: Pair, tmp_path: Path) -> None:
    from eulac_desktop.core.bundles import check_destination

    other = make_event(tmp_path, tmp_path / "cfg-other", name="Another Lab")
    bundle_path = export(other.path, other.cfg, tmp_path / "other-setup.zip", "setup")
    with config(pair.laptop.cfg), Workspace.open(pair.laptop.path, mode="read") as ws:
        bundle = read_bundle(bundle_path)
        assert not bundle.trusted  # refused whoever signed it: nobody is asked to trust first
        with pytest.raises(BundleRefused, match="setup bundle of another event \\(Another Lab\\)") as caught:
            check_destination(ws, bundle)
    assert "Set up this laptop from a setup bundle" in caught.value.hint_text()
    assert "Ask for the bundle again" not in str(caught.value)
