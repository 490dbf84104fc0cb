"""Issue 16: bundles crafted by a careful adversary — signed with a trusted laptop's key — and what the coordinator's
file does with them: only a coordinator sets the event's secrets and settings, every row is its signer's to carry,
a changed key and a forged own id are refused, clocks far ahead are refused unless accepted, malformed bundles are
refused alike by `verify` and `import` without a traceback, and a setup import killed at any moment leaves no file
or a whole one.

Laptops are played in one process as in test_bundles.py (whose helpers are reused); `rebuilt` re-signs a bundle
whose rows or members were changed, with the manifest's hashes made to match, as a laptop that misbehaves would.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_bundles import Event, config, export, make_event, members_of, new_laptop, resign, run, run_json, trust

from eulac_desktop.core import checkin, errors, hlc, registration, voting
from eulac_desktop.core.bundles import BundleRefused, import_bundle, read_bundle
from eulac_desktop.core.device import Device, load_device
from eulac_desktop.core.event import get_event, update_event
from eulac_desktop.core.workspace import Workspace

Tables = dict[str, list[dict[str, Any]]]
Members = dict[str, bytes]


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


def rebuilt(bundle: Path, out: Path, device: Device, *, rows: Callable[[Tables], None] | None = None,
            members: Callable[[Members], None] | None = None, links: tuple[str, ...] = ()) -> Path:
    """`bundle` with its rows (parsed, then written back) and/or raw members changed, its manifest's hashes made to
    match and signed again by `device` (named in the manifest); members named in `links` are stored as symbolic links."""
    ms = dict(members_of(bundle))
    manifest = json.loads(ms.pop("manifest.json"))
    manifest["device"] = {"id": device.id, "name": device.name, "fingerprint": device.fingerprint(),
                          "public_key": base64.b64encode(device.public_key_bytes()).decode()}
    ms.pop("manifest.sig")
    if rows is not None:
        tables = {n[5:-6]: [json.loads(line) for line in d.decode().splitlines() if line]
                  for n, d in ms.items() if n.startswith("data/")}
        rows(tables)
        for table, rs in tables.items():
            ms[f"data/{table}.jsonl"] = "".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in rs).encode()
    if members is not None:
        members(ms)
    manifest["members"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d),
                               **({"rows": d.count(b"\n")} if n.startswith("data/") else {})} for n, d in ms.items()}
    raw = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False).encode("utf-8")
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in [("manifest.json", raw), ("manifest.sig", device.private_key().sign(raw)), *sorted(ms.items())]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = ((stat.S_IFLNK | 0o777) if name in links else (stat.S_IFREG | 0o644)) << 16
            zf.writestr(info, data)
    return out


@dataclass
class Venue:
    """A coordinator and two laptops A and B set up from its setup bundle; the coordinator trusts both."""

    event: Event
    setup: Path
    a: Device
    a_cfg: Path
    a_path: Path
    b: Device
    b_cfg: Path
    b_path: Path
    badge: str  # a printed badge of person 0
    result_a: Path  # A's result bundle: a check-in and a ballot


@pytest.fixture(scope="module")
def venue(tmp_path_factory: pytest.TempPathFactory) -> Venue:
    root = tmp_path_factory.mktemp("venue")
    event = make_event(root, root / "cfg-coordinator")
    with config(event.cfg), Workspace.open(event.path, mode="read") as ws:
        badge = checkin.badge_code(ws, event.people[0])
    setup = export(event.path, event.cfg, root / "setup.zip", "setup")
    laptops = []
    for name in "AB":
        cfg, path = root / f"cfg-{name}", root / f"laptop-{name}.eulac"
        device = new_laptop(cfg, path, setup)
        trust(event.cfg, device)
        laptops.append((device, cfg, path))
    (a, a_cfg, a_path), (b, b_cfg, b_path) = laptops
    with config(a_cfg), Workspace.open(a_path) as ws:
        checkin.check_in(ws, event.people[1], desk="Door")
        voting.cast_ballot(ws, event.poll, [event.options[0]], participant_id=event.people[1])
    result_a = export(a_path, a_cfg, root / "result-A.zip", "result")
    return Venue(event, setup, a, a_cfg, a_path, b, b_cfg, b_path, badge, result_a)


@pytest.fixture
def coordinator(venue: Venue, tmp_path: Path) -> Event:
    """A fresh copy of the coordinator's file and config folder."""
    cfg = tmp_path / "cfg-coordinator"
    shutil.copytree(venue.event.cfg, cfg)
    path = tmp_path / "coordinator.eulac"
    shutil.copy(venue.event.path, path)
    return Event(**{**venue.event.__dict__, "path": path, "cfg": cfg})


def refused_everywhere(capsys, event: Event, bundle: Path, *flags: str) -> str:
    """Refused by the import and its dry run (exit 1, no traceback), the file byte-identical; returns the reason."""
    before = event.path.read_bytes()
    with config(event.cfg):
        data = run_json(capsys, "bundle", "import", event.path, bundle, *flags, expect=1)
        code, out, err = run(capsys, "bundle", "import", event.path, bundle, "--dry-run", *flags)
        assert code == 1 and out == "" and "Traceback" not in err and err.strip()
    assert event.path.read_bytes() == before
    assert data["error"] == "bundle_refused"
    return data["message"]


# -- 1. authority ---------------------------------------------------------------------------------------------------


def forged_secrets(venue: Venue, out: Path) -> Path:
    """Laptop A's setup bundle with a new badge secret (and new poll keys, where an old version carried them), signed
    by A (trusted, not a coordinator)."""
    own = export(venue.a_path, venue.a_cfg, out.with_name("a-setup.zip"), "setup")

    def change(ms: Members) -> None:
        secrets = json.loads(ms["secrets.json"])
        secrets["badge_secret"] = base64.b64encode(b"x" * 32).decode()
        secrets["poll_keys"] = {k: base64.b64encode(b"y" * 32).decode() for k in secrets.get("poll_keys", {})}
        ms["secrets.json"] = json.dumps(secrets).encode()

    return rebuilt(own, out, venue.a, members=change)


def test_a_setup_bundle_from_a_laptop_that_is_not_a_coordinator_changes_no_secret(venue: Venue, coordinator: Event,
                                                                                  tmp_path: Path, capsys) -> None:
    bundle = forged_secrets(venue, tmp_path / "forged-setup.zip")
    message = refused_everywhere(capsys, coordinator, bundle)
    assert "not a coordinator" in message and venue.a.name in message
    with config(coordinator.cfg), Workspace.open(coordinator.path) as ws:
        assert checkin.scan(ws, venue.badge, desk="Door").status == checkin.CHECKED_IN  # printed badges still work
    laptop_b = tmp_path / "b.eulac"  # another laptop, which trusts A as well, refuses it too
    shutil.copy(venue.b_path, laptop_b)
    cfg_b = tmp_path / "cfg-B"
    shutil.copytree(venue.b_cfg, cfg_b)
    trust(cfg_b, venue.a)
    assert "not a coordinator" in refused_everywhere(capsys, Event(**{**coordinator.__dict__, "path": laptop_b,
                                                                      "cfg": cfg_b}), bundle)


def test_a_coordinator_named_in_a_setup_bundle_may_set_up_the_event(venue: Venue, tmp_path: Path, capsys) -> None:
    from eulac_desktop.core.bundles.authority import name_coordinator

    root = tmp_path
    event = make_event(root, root / "cfg-c")
    with config(event.cfg), Workspace.open(event.path) as ws:
        name_coordinator(ws, venue.a.id)
    with config(event.cfg) as founder:
        assert run_json(capsys, "event", "coordinators", event.path) == {"founder": founder.id, "named": [venue.a.id],
                                                                         "this_device": True}
    setup = export(event.path, event.cfg, root / "setup.zip", "setup")
    b_path, a_path = root / "b.eulac", root / "a.eulac"
    new_laptop(venue.b_cfg, b_path, setup)
    new_laptop(venue.a_cfg, a_path, setup)
    with config(venue.a_cfg):
        data = run_json(capsys, "event", "coordinators", a_path)
        assert data["this_device"] is True and data["named"] == [venue.a.id]
    with config(venue.b_cfg):
        data = run_json(capsys, "event", "coordinators", b_path)
        assert data["this_device"] is False
        code, _out, err = run(capsys, "event", "coordinators", b_path, "--add", venue.b.id)
        assert code == 1 and "Only a coordinator" in err
    with config(venue.a_cfg), Workspace.open(a_path) as ws:
        update_event(ws, venue="Aula Magna")  # A, a named coordinator, changes a setting
    from_a = export(a_path, venue.a_cfg, root / "a-setup.zip", "setup")
    with config(venue.b_cfg):
        trust(venue.b_cfg, venue.a)
        plan = run_json(capsys, "bundle", "import", b_path, from_a)
        assert plan["coordinator"] is True and plan["ignored"] == []
        with Workspace.open(b_path, mode="read") as ws:
            assert get_event(ws).venue == "Aula Magna"


@pytest.mark.parametrize("given", ["Desk 2", "not-a-device-id;DROP", "", "  "])
def test_naming_a_coordinator_takes_only_a_device_id(coordinator: Event, capsys, given: str) -> None:
    """A typo used to name nobody, silently (the laptop meant found out when its setup bundle was refused), and an
    empty --add did nothing with exit 0 (QA of #16)."""
    with config(coordinator.cfg):
        data = run_json(capsys, "event", "coordinators", coordinator.path, "--add", given, expect=1)
        assert data["error"] == "invalid_value" and "eulac device show" in data["message"]
        assert run_json(capsys, "event", "coordinators", coordinator.path)["named"] == []


def test_a_device_id_is_named_however_it_is_cased_or_spaced(venue: Venue, coordinator: Event, capsys) -> None:
    with config(coordinator.cfg):
        data = run_json(capsys, "event", "coordinators", coordinator.path, "--add", f" {venue.a.id.upper()} ")
    assert data["named"] == [venue.a.id]


def test_a_laptops_change_of_the_event_settings_is_left_out_and_said(venue: Venue, coordinator: Event, tmp_path: Path,
                                                                     capsys) -> None:
    laptop = tmp_path / "a.eulac"
    shutil.copy(venue.a_path, laptop)
    with config(venue.a_cfg), Workspace.open(laptop) as ws:
        update_event(ws, name="Renamed by A")
        checkin.check_in(ws, coordinator.people[2], desk="Door")
    bundle = export(laptop, venue.a_cfg, tmp_path / "a.zip", "result")
    with config(coordinator.cfg):
        data = run_json(capsys, "bundle", "import", coordinator.path, bundle)
        assert data["coordinator"] is False
        assert data["ignored"] == [{"table": "events", "id": coordinator.path and data["event"]["id"],
                                    "reason": "settings"}]
        code, _out, err = run(capsys, "bundle", "import", coordinator.path, bundle)
        assert code == 0 and "Left out 1 row of the event's settings" in err
        with Workspace.open(coordinator.path, mode="read") as ws:
            assert get_event(ws).name == "Co-Innovation Lab"
            assert coordinator.people[2] in checkin.checked_in_ids(ws)  # the rest of A's work arrived


# -- 2. origins -------------------------------------------------------------------------------------------------------


def test_rows_claiming_another_origin_are_refused_and_listed(venue: Venue, coordinator: Event, tmp_path: Path,
                                                             capsys) -> None:
    def claim_b(tables: Tables) -> None:
        row = dict(tables["checkins"][0])
        stamp = hlc.Timestamp.parse(row["updated_at"])
        b_node = venue.b.id.replace("-", "")
        row.update(id="01900000-0000-7000-8000-00000000000b", participant_id=coordinator.people[3], origin=venue.b.id,
                   created_at=str(hlc.Timestamp(stamp.physical, 0, b_node)),
                   updated_at=str(hlc.Timestamp(stamp.physical, 0, b_node)))
        tables["checkins"].append(row)

    bundle = rebuilt(venue.result_a, tmp_path / "foreign.zip", venue.a, rows=claim_b)
    message = refused_everywhere(capsys, coordinator, bundle)
    assert "1 of its rows were not written by" in message and "01900000-0000-7000-8000-00000000000b" in message
    assert venue.b.id in message

    def stamp_of_b(tables: Tables) -> None:  # its origin says A, its stamp says B
        row = tables["ballots"][0]
        stamp = hlc.Timestamp.parse(row["updated_at"])
        row["updated_at"] = str(hlc.Timestamp(stamp.physical, stamp.counter, venue.b.id.replace("-", "")))

    bundle = rebuilt(venue.result_a, tmp_path / "stamp.zip", venue.a, rows=stamp_of_b)
    assert "not written by" in refused_everywhere(capsys, coordinator, bundle)


def test_a_master_that_has_not_seen_the_event_yet_holds_a_laptop_to_its_own_rows(venue: Venue, tmp_path: Path,
                                                                                   capsys) -> None:
    from eulac_desktop.core.master import create_master

    cfg = tmp_path / "cfg-master"
    shutil.copytree(venue.event.cfg, cfg)
    with config(cfg):
        create_master(tmp_path / "programme.eulac", "EU-LAC 2027").close()

    def foreign(tables: Tables) -> None:
        tables["checkins"][0]["origin"] = venue.b.id

    bundle = rebuilt(venue.result_a, tmp_path / "foreign.zip", venue.a, rows=foreign)
    master = Event(**{**venue.event.__dict__, "path": tmp_path / "programme.eulac", "cfg": cfg})
    assert "not written by" in refused_everywhere(capsys, master, bundle)
    with config(cfg):  # its honest bundle goes in, and the coordinator's setup bundle after it
        assert run_json(capsys, "bundle", "import", master.path, venue.result_a)["coordinator"] is False
        assert run_json(capsys, "bundle", "import", master.path, venue.setup, "--trust")["coordinator"] is True


def test_a_row_that_clashes_with_the_file_is_refused_not_a_write_failure(venue: Venue, coordinator: Event,
                                                                         tmp_path: Path, capsys) -> None:
    laptop = tmp_path / "a.eulac"
    shutil.copy(venue.a_path, laptop)
    with config(venue.a_cfg), Workspace.open(laptop) as ws:
        registration.add_participants(ws, [{"given_name": "Walk", "family_name": "In", "email": "walk@example.org"}])
        taken = ws.conn.execute("SELECT badge_number FROM participants WHERE id = ?", (coordinator.people[0],)).fetchone()[0]
    bundle = export(laptop, venue.a_cfg, tmp_path / "a.zip", "result")

    def same_badge(tables: Tables) -> None:
        tables["participants"][0]["badge_number"] = taken

    clash = rebuilt(bundle, tmp_path / "clash.zip", venue.a, rows=same_badge)
    with config(coordinator.cfg):
        data = run_json(capsys, "bundle", "import", coordinator.path, clash, expect=1)
    assert data["error"] == "bundle_refused" and "clash with rows already in this event file" in data["message"]
    with Workspace.open(coordinator.path, mode="read") as ws:
        assert ws.conn.execute("SELECT count(*) FROM participants WHERE email = 'walk@example.org'").fetchone()[0] == 0


def test_a_laptop_cannot_change_the_number_of_a_printed_badge(venue: Venue, coordinator: Event, tmp_path: Path,
                                                              capsys) -> None:
    """A badge number never changes once given: a trusted laptop's edit of person 0 carrying another one would make
    their printed badge unknown at every desk, so the bundle is refused and the badge keeps working (QA of #16)."""
    laptop = tmp_path / "a.eulac"
    shutil.copy(venue.a_path, laptop)
    with config(venue.a_cfg), Workspace.open(laptop) as ws:
        registration.update_participant(ws, coordinator.people[0], {"organisation": "Edited on A"})
    bundle = export(laptop, venue.a_cfg, tmp_path / "a.zip", "result")

    def renumbered(tables: Tables) -> None:
        next(r for r in tables["participants"] if r["id"] == coordinator.people[0])["badge_number"] = 123456789

    message = refused_everywhere(capsys, coordinator, rebuilt(bundle, tmp_path / "renumbered.zip", venue.a,
                                                              rows=renumbered))
    assert "badge number" in message and coordinator.people[0] in message
    with config(coordinator.cfg):
        assert run_json(capsys, "checkin", "scan", coordinator.path, venue.badge)["status"] == "checked_in"
        assert run_json(capsys, "bundle", "import", coordinator.path, bundle)["tables"]["participants"]["updated"] == 1


# -- 3. keys ----------------------------------------------------------------------------------------------------------


def test_a_bundle_claiming_the_importers_own_device_id_is_refused(venue: Venue, coordinator: Event, tmp_path: Path,
                                                                  capsys) -> None:
    own = load_device(coordinator.cfg)
    twin = tmp_path / "cfg-twin"
    twin.mkdir()
    shutil.copy(coordinator.cfg / "device.json", twin / "device.json")  # the coordinator's id, another key
    impostor = load_device(twin)
    assert impostor.id == own.id and impostor.fingerprint() != own.fingerprint()
    bundle = rebuilt(venue.result_a, tmp_path / "own-id.zip", impostor)
    message = refused_everywhere(capsys, coordinator, bundle, "--trust")
    assert "claims to come from this laptop" in message


def ahead_bundle(venue: Venue, tmp_path: Path, minutes: float) -> Path:
    laptop = tmp_path / f"a-{minutes}.eulac"
    shutil.copy(venue.a_path, laptop)
    ahead = hlc.wall_ms() + int(minutes * 60_000)
    with config(venue.a_cfg), Workspace.open(laptop, device=venue.a, wall=lambda: ahead) as ws:
        registration.update_participant(ws, venue.event.people[4], {"organisation": "Ahead Ltd"})
    return export(laptop, venue.a_cfg, tmp_path / f"ahead-{minutes}.zip", "result")


def test_stamps_more_than_ten_minutes_ahead_are_refused_unless_accepted(venue: Venue, coordinator: Event,
                                                                        tmp_path: Path, capsys) -> None:
    eleven = ahead_bundle(venue, tmp_path, 11)
    message = refused_everywhere(capsys, coordinator, eleven)
    assert "11 minutes ahead" in message
    with config(coordinator.cfg):
        data = run_json(capsys, "bundle", "import", coordinator.path, eleven, "--accept-clock-skew")
        assert data["tables"]["participants"]["updated"] == 1
    nine = ahead_bundle(venue, tmp_path, 9)
    copy = tmp_path / "copy.eulac"
    shutil.copy(venue.event.path, copy)
    with config(coordinator.cfg):
        assert run_json(capsys, "bundle", "import", copy, nine)["tables"]["participants"]["updated"] == 1


# -- 6. malformed bundles ---------------------------------------------------------------------------------------------


def _row(table: str, change: Callable[[dict[str, Any]], None]) -> Callable[[Tables], None]:
    return lambda tables: change(tables[table][0])


def _line(member: str, line: bytes) -> Callable[[Members], None]:
    return lambda ms: ms.__setitem__(member, ms[member] + line)


MALFORMED: dict[str, tuple[dict[str, Any], str]] = {
    "a bad JSON line": ({"members": _line("data/checkins.jsonl", b"{not json\n")}, "is not a row"),
    "a line that is a list": ({"members": _line("data/checkins.jsonl", b"[1, 2]\n")}, "is not a row"),
    "a row without id": ({"rows": _row("checkins", lambda r: r.pop("id"))}, "“id” is missing"),
    "an id that is a number": ({"rows": _row("checkins", lambda r: r.update(id=7))}, "“id” is of the wrong type"),
    "an empty id": ({"rows": _row("checkins", lambda r: r.update(id=""))}, "“id” is of the wrong type"),
    "a poll id that is a list": ({"rows": _row("ballots", lambda r: r.update(poll_id=[1]))}, "“poll_id” is of the wrong"),
    "deleted is 2": ({"rows": _row("checkins", lambda r: r.update(deleted=2))}, "“deleted” is of the wrong type"),
    "deleted is true": ({"rows": _row("checkins", lambda r: r.update(deleted=True))}, "“deleted” is of the wrong type"),
    "an unknown column": ({"rows": _row("checkins", lambda r: r.update(evil="x"))}, "unknown column “evil”"),
    "a missing required value": ({"rows": _row("checkins", lambda r: r.update(participant_id=None))},
                                 "“participant_id” is missing"),
    "a stamp that is not one": ({"rows": _row("checkins", lambda r: r.update(updated_at="yesterday"))},
                                "not a clock stamp"),
    "a row of another event": ({"rows": _row("checkins", lambda r: r.update(event_id="another"))}, "another event"),
    "the same id twice": ({"rows": lambda t: t["checkins"].append(dict(t["checkins"][0]))}, "twice"),
    "a lone surrogate": ({"members": _line("data/checkins.jsonl", b'{"id": "\\ud800"}\n')}, "wrong type"),
    "a huge number": ({"rows": _row("checkins", lambda r: r.update(deleted=10**30))}, "wrong type"),
    "a ballot that is not JSON": ({"rows": _row("ballots", lambda r: r.update(payload="{"))}, "“payload” is of the wrong"),
    "bytes that are not UTF-8": ({"members": _line("data/checkins.jsonl", b"\xff\xfe\n")}, "not UTF-8 text"),
    "a desk of more than 10,000 characters": ({"rows": _row("checkins", lambda r: r.update(
        desk="".join(random.Random(7).choice("abcdefghij") for _ in range(10_001))))}, "longer than 10000 characters"),
    "a symbolic link": ({"links": ("data/checkins.jsonl",)}, "a link or a folder"),
    "a folder": ({"members": lambda ms: ms.__setitem__("data/", b"")}, "a link or a folder"),
    "an absolute name": ({"members": lambda ms: ms.__setitem__("/etc/evil", b"")}, "dangerous name"),
    "a .. name": ({"members": lambda ms: ms.__setitem__("data/../../evil", b"")}, "dangerous name"),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_a_malformed_bundle_is_refused_alike_by_verify_and_import(venue: Venue, coordinator: Event, tmp_path: Path,
                                                                  capsys, case: str) -> None:
    damage, reason = MALFORMED[case]
    bundle = rebuilt(venue.result_a, tmp_path / "bad.zip", venue.a, **damage)
    with config(coordinator.cfg):
        code, out, err = run(capsys, "bundle", "verify", bundle)
        assert code == 1 and out == "" and reason in err and "Traceback" not in err
    assert reason in refused_everywhere(capsys, coordinator, bundle)


@pytest.mark.parametrize("rows", [2, 0, "1", None])
def test_a_manifest_that_lies_about_its_rows_is_refused(venue: Venue, coordinator: Event, tmp_path: Path, capsys,
                                                        rows: Any) -> None:
    """Signed by a trusted laptop, hashes right, but the manifest counts other rows than data/checkins.jsonl holds."""
    bundle = resign(venue.result_a, tmp_path / "lies.zip", venue.a,
                    lambda m: m["members"]["data/checkins.jsonl"].update(rows=rows))
    reason = "its manifest counts other rows than data/checkins.jsonl holds"
    with config(coordinator.cfg):
        code, out, err = run(capsys, "bundle", "verify", bundle)
        assert code == 1 and out == "" and reason in err and "Traceback" not in err
    assert reason in refused_everywhere(capsys, coordinator, bundle)


@pytest.mark.parametrize("table, column, value", [("polls", "options", "{}"), ("events", "languages", '"es"'),
                                                  ("polls", "params", "[]")])
def test_json_of_the_wrong_shape_in_a_setup_bundle_is_refused(venue: Venue, coordinator: Event, tmp_path: Path, capsys,
                                                             table: str, column: str, value: str) -> None:
    bundle = rebuilt(venue.setup, tmp_path / "shape.zip", load_device(coordinator.cfg),
                     rows=_row(table, lambda r: r.update({column: value})))
    with config(coordinator.cfg):
        code, _out, err = run(capsys, "bundle", "verify", bundle)
        assert code == 1 and f"“{column}” is of the wrong type" in err
        code, _out, err = run(capsys, "bundle", "import", tmp_path / "new.eulac", bundle, "--trust")
        assert code == 1 and f"“{column}” is of the wrong type" in err and not (tmp_path / "new.eulac").exists()


@pytest.mark.parametrize("column, longest", [("given_name", 100), ("email", 254), ("organisation", 200)])
def test_a_person_s_field_longer_than_registration_keeps_is_refused(venue: Venue, coordinator: Event, tmp_path: Path,
                                                                    capsys, column: str, longest: int) -> None:
    """A coordinator's key signed a name of megabytes: badges of it never printed. Registration refuses a field longer
    than its limit; a bundle's row is held to the same."""
    bundle = rebuilt(venue.setup, tmp_path / "long.zip", load_device(coordinator.cfg),
                     rows=_row("participants", lambda r: r.update({column: "a" * (longest + 1)})))
    reason = f"“{column}” is longer than {longest} characters"
    with config(coordinator.cfg):
        code, _out, err = run(capsys, "bundle", "verify", bundle)
        assert code == 1 and reason in err
        code, _out, err = run(capsys, "bundle", "import", tmp_path / "new.eulac", bundle, "--trust")
        assert code == 1 and reason in err and not (tmp_path / "new.eulac").exists()
    ok = rebuilt(venue.setup, tmp_path / "longest.zip", load_device(coordinator.cfg),
                 rows=_row("participants", lambda r: r.update({column: "a" * longest})))
    with config(coordinator.cfg):
        assert run(capsys, "bundle", "verify", ok)[0] == 0


def test_a_member_larger_than_a_bundle_holds_is_refused_unread(venue: Venue, coordinator: Event, tmp_path: Path,
                                                               capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    from eulac_desktop.core.bundles import archive

    bundle = rebuilt(venue.result_a, tmp_path / "huge.zip", venue.a,
                     members=_line("data/checkins.jsonl", b" " * 4096 + b"\n"))
    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 4096)  # (512 MiB in use: too slow to build in a test)
    with config(coordinator.cfg):
        code, _out, err = run(capsys, "bundle", "verify", bundle)
        assert code == 1 and "far more data than a bundle holds" in err
    assert "far more data than a bundle holds" in refused_everywhere(capsys, coordinator, bundle)


def test_malformed_secrets_are_refused(venue: Venue, coordinator: Event, tmp_path: Path, capsys) -> None:
    for i, secrets in enumerate([b"[]", b"{\"poll_keys\": [1]}", b"{\"badge_secret\": 3}", b"\xff"]):
        bundle = rebuilt(venue.setup, tmp_path / f"secrets-{i}.zip", load_device(coordinator.cfg),
                         members=lambda ms, s=secrets: ms.__setitem__("secrets.json", s))
        with config(coordinator.cfg):
            code, _out, err = run(capsys, "bundle", "verify", bundle)
            assert code == 1 and "its secrets cannot be read" in err
        assert "its secrets cannot be read" in refused_everywhere(capsys, coordinator, bundle, "--trust")  # untrusted: refused unopened


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner, max_size=2),
                           max_leaves=4)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_rows_of_a_signed_bundle_are_refused_or_applied_never_a_crash(venue: Venue, tmp_path: Path,
                                                                              data: st.DataObject) -> None:
    source = data.draw(st.sampled_from([venue.result_a, venue.setup]))  # into the coordinator's file, or a new one
    tables = {n[5:-6]: [json.loads(line) for line in d.decode().splitlines() if line]
              for n, d in members_of(source) if n.startswith("data/")}
    choices = [(t, i) for t, rows in tables.items() for i in range(len(rows))]
    table, index = data.draw(st.sampled_from(choices))
    column = data.draw(st.sampled_from([*sorted(tables[table][index]), "extra"]))
    action = data.draw(st.sampled_from(["set", "drop", "duplicate"]))
    value = data.draw(JSON_VALUES) if action == "set" else None

    def mutate(ts: Tables) -> None:
        row = ts[table][index]
        if action == "drop":
            row.pop(column, None)
        elif action == "duplicate":
            ts[table].append({**row, column: row.get(column)})
        else:
            row[column] = value

    folder = tmp_path / f"x{time.monotonic_ns()}"
    folder.mkdir()
    bundle = rebuilt(source, folder / "mutated.zip", venue.a, rows=mutate)
    target = folder / "coordinator.eulac"
    if source == venue.result_a:
        shutil.copy(venue.event.path, target)
    with config(venue.event.cfg):
        try:
            read_bundle(bundle)
            verdict = "valid"
        except BundleRefused:
            verdict = "refused"
        try:
            import_bundle(target, bundle, dry_run=True)
            dry = "valid"
        except BundleRefused:
            dry = "refused"
        if verdict == "valid" and dry == "valid":
            with contextlib.suppress(errors.EulacError):
                import_bundle(target, bundle)
        if source == venue.setup:  # a new file is whole, or nothing is left behind
            assert sorted(p.name for p in folder.iterdir()) in (["coordinator.eulac", "mutated.zip"], ["mutated.zip"])
        if target.exists():
            with Workspace.open(target, mode="read") as ws:
                assert ws.quick_check() == [] and get_event(ws).id == ws.event_id
    assert verdict == "valid" or dry == "refused"  # what verify refuses, the dry run refuses


# -- 6. a setup import killed at any moment ---------------------------------------------------------------------------


def _cli(*args: object, cfg: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "EULAC_CONFIG_DIR": str(cfg), "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
           "LANGUAGE": "en"}
    return subprocess.Popen([sys.executable, "-m", "eulac_desktop.cli", *map(str, args)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_setup_import_killed_at_any_moment_leaves_no_file_or_a_whole_one(venue: Venue, tmp_path: Path) -> None:
    """Each import is killed a few milliseconds after its first file appears (while the event file is being made),
    at a different moment each time; the file is then absent, or whole (`eulac event check` passes)."""
    rng = random.Random(16)
    outcomes = []
    for k, delay in enumerate([0, 0.002, 0.005, 0.01, 0.02, 0.04, 0.08, 0.15]):
        target = tmp_path / f"killed-{k}.eulac"
        process = _cli("bundle", "import", target, venue.setup, "--trust", cfg=tmp_path / f"cfg-{k}")
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline and not any(
                f"killed-{k}.eulac" in p.name for p in tmp_path.iterdir()):
            time.sleep(0.0005)
        time.sleep(delay * rng.uniform(0.5, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(f"killed-{k}.eulac") and p != target]
        if target.exists():
            check = _cli("event", "check", target, cfg=tmp_path / f"cfg-{k}")
            out, err = check.communicate(timeout=60)
            assert check.returncode == 0, (k, out, err)
        outcomes.append(target.exists())
    assert False in outcomes  # the kills did fall while the file was being made
    whole = _cli("bundle", "import", tmp_path / "whole.eulac", venue.setup, "--trust", cfg=tmp_path / "cfg-whole")
    assert whole.wait(60) == 0 and _cli("event", "check", tmp_path / "whole.eulac", cfg=tmp_path / "cfg-whole").wait(60) == 0
    from eulac_desktop.core.bundles.setup import remove_stale_builds

    for k in range(8):  # what a killed setup left (hidden, under a temporary name) goes with the next setup
        remove_stale_builds(tmp_path / f"killed-{k}.eulac")
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".killed") and ".part" in p.name]
