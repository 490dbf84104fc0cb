"""Secret ballots stay secret (issue 16, "What must hold" 4; ARCHITECTURE.md §4), and no device adds more ballots
than voters.

A careful adversary holds everything: the laptop's and the coordinator's event files, the setup bundle (with
whatever secrets it carries), the laptop's result bundle, the coordinator's anonymised bundle and the config
folders, and the `report data` files. Thirty people check in and vote on one laptop, each a ballot only they cast, so that every guess of
"this ballot is that person's" can be scored. Every way we know to link them (keyed hashes, times, id order,
rowid order, audit entries, row order in the bundles' files, where the rows lie in the file) must do no better
than chance: a random guess gets one right on average, and six or more with a chance under 1 in 1,000.

Each laptop has its own config folder (device, keys, trusted devices), chosen by `EULAC_CONFIG_DIR`.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import random
import re
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from helpers import config

from eulac_desktop.cli import main
from eulac_desktop.core import checkin, voting
from eulac_desktop.core.bundles import dump_lines, export_bundle, import_bundle
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.registration import add_participants
from eulac_desktop.core.reports.data import export_data
from eulac_desktop.core.workspace import Workspace

VOTERS = 30
CHANCE = 5  # a random matching of 30 gets more than 5 right with a chance of about 1 in 1,400
START_MS = 1_796_300_000_000  # 2026-12-03, during the event


def ticking(start_ms: int, step_ms: int) -> Callable[[], int]:
    counter = itertools.count()
    return lambda: start_ms + step_ms * next(counter)


@dataclass
class Venue:
    """The coordinator (made the event and the poll) and laptop A (the kiosk where all thirty voted)."""

    root: Path
    coordinator: Path
    laptop: Path
    cfg_c: Path
    cfg_a: Path
    people: list[str]
    codes: list[str]
    poll: str
    options: list[str]
    truth: dict[str, str]  # a ballot's payload (canonical JSON) → who cast it
    bundles: dict[str, Path] = field(default_factory=dict)


def ballot_of(venue_options: list[str], n: int) -> dict[str, int]:
    """Voter n's 100-point budget, different from everyone else's: it tells us whose ballot it is."""
    return {venue_options[0]: n + 1, venue_options[1]: 99 - n}


def canonical(payload: Any) -> str:
    return json.dumps(json.loads(payload) if isinstance(payload, str) else payload, sort_keys=True)


@pytest.fixture
def venue(tmp_path: Path) -> Venue:
    cfg_c, cfg_a = tmp_path / "cfg-coordinator", tmp_path / "cfg-A"
    coordinator, laptop = tmp_path / "coordinator.eulac", tmp_path / "laptop-A.eulac"
    with config(cfg_c) as device, create_event_file(coordinator, name="Lab", start_date="2026-12-03", languages=["en"],
                                                    timezone="America/Lima", device=device) as ws:
        people = add_participants(ws, [{"given_name": f"Voter {n}", "family_name": "Secret", "country": "PE"}
                                       for n in range(VOTERS)]).inserted["participants"]
        codes = [checkin.badge_code(ws, pid) for pid in people]
        poll = voting.create_poll(ws, "Budget", "budget", ["Data", "Mobility"], params={"total": 100}).inserted["polls"][0]
        voting.set_state(ws, poll, "open")
        options = [o["id"] for o in voting.get_poll(ws, poll)["options"]]
        export_bundle(ws, tmp_path / "setup.zip", "setup")
    with config(cfg_a):
        import_bundle(laptop, tmp_path / "setup.zip", trust=True)
        truth = {}
        order = list(range(VOTERS))
        random.Random(16).shuffle(order)
        with Workspace.open(laptop, wall=ticking(START_MS, 130)) as ws:  # each step 130 ms after the last
            for n in order:  # a person checks in at the laptop, then votes there at once
                assert checkin.scan(ws, codes[n], desk="A").status == checkin.CHECKED_IN
                voting.cast_ballot(ws, poll, ballot_of(options, n), badge=codes[n])
                truth[canonical(ballot_of(options, n))] = people[n]
        with Workspace.open(laptop, mode="read") as ws:
            export_bundle(ws, tmp_path / "result-A.zip", "result")
            export_data(ws, tmp_path / "report")
    with config(cfg_c):
        import_bundle(coordinator, tmp_path / "result-A.zip", trust=True)
        with Workspace.open(coordinator, mode="read") as ws:
            export_bundle(ws, tmp_path / "anonymised.zip", "anonymised")
            export_bundle(ws, tmp_path / "setup-after.zip", "setup")
    return Venue(tmp_path, coordinator, laptop, cfg_c, cfg_a, people, codes, poll, options, truth,
                 {"setup": tmp_path / "setup.zip", "result": tmp_path / "result-A.zip",
                  "anonymised": tmp_path / "anonymised.zip", "setup-after": tmp_path / "setup-after.zip"})


# -- what the adversary reads ---------------------------------------------------------------------------------


def read_table(path: Path, table: str, with_rowid: bool = False) -> list[dict[str, Any]]:
    """A table's rows as SQLite returns them, with their rowids when the table has them; [] when it does not exist."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone():
            return []
        try:
            cur = conn.execute(f'SELECT {"rowid AS _rowid, " if with_rowid else ""}* FROM "{table}"')
        except sqlite3.OperationalError:  # no rowid: a WITHOUT ROWID table
            return []
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]
    finally:
        conn.close()


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def bundle_lines(path: Path, table: str) -> list[dict[str, Any]]:
    """A table's rows in a bundle, in the order of its file's lines."""
    data = members(path).get(f"data/{table}.jsonl", b"")
    return [json.loads(line) for line in data.decode().splitlines() if line]


def report_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a `report data` CSV file, in the file's order."""
    import csv

    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def keys_held(venue: Venue) -> list[bytes]:
    """Every key in reach: the setup bundles' secrets, the files' badge secrets, the config folders' key files."""
    keys: list[bytes] = []
    for name in ("setup", "setup-after"):
        secrets = json.loads(members(venue.bundles[name]).get("secrets.json", b"{}"))
        keys += [base64_decode(k) for k in (secrets.get("poll_keys") or {}).values()]
        if secrets.get("badge_secret"):
            keys.append(base64_decode(secrets["badge_secret"]))
    for cfg in (venue.cfg_c, venue.cfg_a):
        for key_file in cfg.glob("keys/*.json"):
            keys += [base64_decode(k) for k in json.loads(key_file.read_text()).values()]
    return keys


def base64_decode(text: str) -> bytes:
    import base64

    return base64.b64decode(text)


def timeline(path: Path) -> list[list[str]]:
    """Who did something in the poll's time, in the order of each record kind a file keeps of people: vote records
    (by their time, and by their rowid), and check-ins (by time)."""
    out = []
    for table in ("votes", "checkins"):
        rows = read_table(path, table, with_rowid=True) or read_table(path, table)
        if rows:
            out.append([r["participant_id"] for r in sorted(rows, key=lambda r: (r["created_at"], r["id"]))])
            if "_rowid" in rows[0]:
                out.append([r["participant_id"] for r in sorted(rows, key=lambda r: r["_rowid"])])
    return out


def physical(stamp: str) -> int:
    return int(stamp.split("-", 1)[0])


# -- the attacks: each returns guesses {ballot payload: participant id} --------------------------------------------


def by_order(ballots: list[dict[str, Any]], people: list[str]) -> dict[str, str]:
    """The k-th ballot is the k-th person's."""
    return {canonical(b["payload"]): p for b, p in zip(ballots, people)}


def both_ways(found: dict[str, dict[str, str]], name: str, ballots: list[dict[str, Any]], people: list[str]) -> None:
    """Guess by order from the start and from the end (a page fills from its end: later rows lie earlier)."""
    found[name] = by_order(ballots, people)
    found[f"{name}, reversed"] = by_order(ballots[::-1], people)


def attacks(venue: Venue) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    sources = {"laptop file": read_table(venue.laptop, "ballots"), "coordinator file": read_table(venue.coordinator, "ballots"),
               "result bundle": bundle_lines(venue.bundles["result"], "ballots"),
               "anonymised bundle": bundle_lines(venue.bundles["anonymised"], "ballots"),
               "setup bundle after": bundle_lines(venue.bundles["setup-after"], "ballots"),
               "report data": report_rows(venue.root / "report" / "ballots.csv")}
    files = {"laptop file": venue.laptop, "coordinator file": venue.coordinator}
    timelines = timeline(venue.laptop) + timeline(venue.coordinator)
    for name in ("result", "setup-after"):  # the bundles' own vote records and check-ins, in their files' order
        for table in ("votes", "checkins"):
            rows = bundle_lines(venue.bundles[name], table)
            if rows:
                timelines.append([r["participant_id"] for r in rows])
                timelines.append([r["participant_id"] for r in sorted(rows, key=lambda r: (r["created_at"], r["id"]))])
    keys = keys_held(venue)
    pseudonyms = {}  # every value a key makes of a person, and what the anonymised bundle makes of those
    for key in keys:
        for pid in venue.people:
            for value in (pid, hmac.new(key, pid.encode(), hashlib.sha256).hexdigest()[:32]):
                pseudonyms[value] = pid
    for key in keys:
        for value, pid in list(pseudonyms.items()):
            pseudonyms[hmac.new(key, b"anonymised:" + value.encode(), hashlib.sha256).hexdigest()[:32]] = pid
    for source, ballots in sources.items():
        ballots = [b for b in ballots if b.get("poll_id") == venue.poll]
        if not ballots:
            continue
        # 1. a value derived from the voter that the keys recompute (or the voter's id itself)
        found[f"{source}: keyed hash"] = {canonical(b["payload"]): pseudonyms[v] for b in ballots
                                          for v in b.values() if isinstance(v, str) and v in pseudonyms}
        # 2. times: the ballots' order by their stamps, and each ballot's nearest vote record or check-in
        by_time = sorted(ballots, key=lambda b: (b["created_at"], b["updated_at"]))
        by_id = sorted(ballots, key=lambda b: b["id"])
        for n, people in enumerate(timelines):
            both_ways(found, f"{source}: time order vs timeline {n}", by_time, people)
            both_ways(found, f"{source}: id order vs timeline {n}", by_id, people)
            both_ways(found, f"{source}: file order vs timeline {n}", ballots, people)
        for path in files.values():
            for table in ("votes", "checkins"):
                marks = [(physical(r["created_at"]), r["participant_id"]) for r in read_table(path, table)]
                if marks:
                    found[f"{source}: nearest {table} of {path.name}"] = {
                        canonical(b["payload"]): min(marks, key=lambda m: abs(m[0] - physical(b["created_at"])))[1]
                        for b in ballots}
    # 3. rowid order in each file
    for source, path in files.items():
        rows = [r for r in read_table(path, "ballots", with_rowid=True) if r["poll_id"] == venue.poll]
        for n, people in enumerate(timelines):
            both_ways(found, f"{source}: rowid order vs timeline {n}", sorted(rows, key=lambda r: r["_rowid"]), people)
    # 4. the audit: an entry naming a ballot, its time and its place among the entries naming people
    for source, path in files.items():
        ballots = {b["id"]: b for b in read_table(path, "ballots")}
        entries = sorted(read_table(path, "audit"), key=lambda a: (a["created_at"], a["id"]))
        named: dict[str, str] = {}
        last_person: str | None = None
        for entry in entries:
            ids = json.loads(entry["row_ids"] or "[]")
            if entry["table_name"] in ("votes", "checkins") and len(ids) == 1:
                table = read_table(path, entry["table_name"])
                last_person = next((r["participant_id"] for r in table if r["id"] == ids[0]), last_person)
            for row_id in ids:
                if row_id in ballots and last_person:
                    named[canonical(ballots[row_id]["payload"])] = last_person
        found[f"{source}: audit entries"] = named
    # 5. where the rows lie in the file's bytes (the order they were written in, if the pages keep it)
    for source, path in files.items():
        data = path.read_bytes()
        rows = [r for r in read_table(path, "ballots") if r["poll_id"] == venue.poll]
        placed = sorted(rows, key=lambda r: data.find(r["id"].encode()))
        for n, people in enumerate(timelines):
            both_ways(found, f"{source}: byte order vs timeline {n}", placed, people)
    return found


def test_nothing_links_a_secret_ballot_to_its_voter_better_than_chance(venue: Venue) -> None:
    scores = {name: sum(venue.truth.get(payload) == pid for payload, pid in guess.items())
              for name, guess in attacks(venue).items()}
    assert len(scores) > 40  # the attacks ran on every source
    linked = {name: score for name, score in scores.items() if score > CHANCE}
    assert linked == {}, f"ballots linked to voters ({VOTERS} voted): {linked}"


def test_the_thirty_ballots_count_and_each_voter_is_recorded(venue: Venue) -> None:
    with config(venue.cfg_c), Workspace.open(venue.coordinator, mode="read") as ws:
        results = voting.results(ws, venue.poll)
        assert (results["ballots"], results["superseded"], results["refused"], results["double_votes"]) == (VOTERS, 0, 0, 0)
        assert {o["id"]: o["score"] for o in results["options"]} == {
            venue.options[0]: sum(range(1, VOTERS + 1)), venue.options[1]: sum(99 - n for n in range(VOTERS))}
        assert all(voting.has_voted(ws, venue.poll, pid) for pid in venue.people)


def test_secret_ballot_rows_carry_no_voter_no_cast_time_and_random_ids(venue: Venue) -> None:
    poll = next(r for r in read_table(venue.laptop, "polls") if r["id"] == venue.poll)
    ballots = read_table(venue.laptop, "ballots")
    assert len(ballots) == VOTERS
    assert {b["voter"] for b in ballots} == {""}
    assert {physical(b["created_at"]) for b in ballots} == {physical(b["updated_at"]) for b in ballots} == {
        physical(poll["created_at"])}  # the poll's time, not the moment of casting
    assert all(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", b["id"]) for b in ballots)
    assert read_table(venue.laptop, "ballots", with_rowid=True) == []  # stored by id: no rowid keeps the casting order
    setup = json.loads(members(venue.bundles["setup-after"])["secrets.json"])
    assert not setup.get("poll_keys")  # no key to recompute anything with
    assert list((venue.cfg_a / "keys").glob("*.json")) == [] and list((venue.cfg_c / "keys").glob("*.json")) == []


def test_the_audit_names_the_voter_never_the_ballot(venue: Venue) -> None:
    ballot_ids = {b["id"] for b in read_table(venue.laptop, "ballots")}
    entries = read_table(venue.laptop, "audit")
    assert not [e for e in entries if ballot_ids & set(json.loads(e["row_ids"] or "[]"))]
    assert sum(e["table_name"] == "votes" for e in entries) == VOTERS  # who voted, and when, is recorded


# -- one ballot per person on one laptop: kiosk, paper, command line -----------------------------------------------


def run(*args: Any) -> int:
    return main([str(a) for a in args])


def test_one_ballot_per_person_through_kiosk_paper_and_command_line(venue: Venue, capsys) -> None:
    from eulac_desktop.core.voting import paper

    with config(venue.cfg_c):
        with Workspace.open(venue.coordinator) as ws:
            poll = voting.create_poll(ws, "Again", "approval", ["X", "Y"], eligibility="all").inserted["polls"][0]
            voting.set_state(ws, poll, "open")
            x = voting.get_poll(ws, poll)["options"][0]["id"]
            serial, second_serial = paper.serials(ws, poll, 2)
            voting.cast_ballot(ws, poll, [x], badge=venue.codes[0], channel="kiosk")  # the kiosk
            voting.cast_ballot(ws, poll, [x], badge=venue.codes[1], serial=serial, channel="paper")  # paper, at the desk
        assert run("ballots", "add", venue.coordinator, poll, "--badge", venue.codes[2], "--ballot", json.dumps([x])) == 0
        for n in (0, 1, 2):  # each of them again, by every way
            with Workspace.open(venue.coordinator) as ws:
                with pytest.raises(voting.VoteRefused, match="already voted"):
                    voting.cast_ballot(ws, poll, [x], badge=venue.codes[n], channel="kiosk")
                with pytest.raises(voting.VoteRefused, match="already voted"):
                    voting.cast_ballot(ws, poll, [x], badge=venue.codes[n], serial=second_serial, channel="paper")
            assert run("ballots", "add", venue.coordinator, poll, "--badge", venue.codes[n], "--ballot", json.dumps([x])) == 1
            assert "already voted" in capsys.readouterr().err
        with Workspace.open(venue.coordinator, mode="read") as ws:
            assert voting.results(ws, poll)["ballots"] == 3
            assert ws.conn.execute("SELECT count(*) FROM votes WHERE poll_id = ?", (poll,)).fetchone()[0] == 3


# -- a device adds no more ballots than the voters it recorded -----------------------------------------------------


def forge_ballots(venue: Venue, how_many: int, *, with_votes_for: list[str] = (), serials: list[str] = ()) -> Path:
    """Laptop A's result bundle after someone wrote `how_many` made-up ballots (made-up voters, all for Mobility)
    straight into its file, with vote records for `with_votes_for` (made-up ids, or people who never came), and
    the laptop signed it as usual."""
    import uuid

    with config(venue.cfg_a) as device:
        conn = sqlite3.connect(venue.laptop)
        event_id, created = conn.execute("SELECT event_id, created_at FROM polls WHERE id = ?", (venue.poll,)).fetchone()
        stamp = f"{created.split('-')[0]}-000000-{device.id.replace('-', '')}"
        contract = (event_id, device.id, stamp, stamp, 0)
        for pid in with_votes_for:
            conn.execute("INSERT INTO votes (id, event_id, origin, created_at, updated_at, deleted, poll_id, participant_id) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (str(uuid.uuid4()), *contract, venue.poll, pid))
        for n in range(how_many):  # made-up voters, or paper ballots with the `serials` given
            serial = serials[n] if serials else None
            conn.execute("INSERT INTO ballots (id, event_id, origin, created_at, updated_at, deleted, poll_id, voter, "
                         "channel, serial, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (str(uuid.uuid4()), *contract, venue.poll, f"paper:{serial}" if serial else uuid.uuid4().hex,
                          "paper" if serial else "kiosk", serial, json.dumps({venue.options[1]: 100})))
        conn.commit()
        conn.close()
        out = venue.root / f"forged-{how_many}-{len(with_votes_for)}.zip"
        with Workspace.open(venue.laptop, mode="read") as ws:
            export_bundle(ws, out, "result")
    return out


def test_made_up_ballots_are_refused_at_import_and_listed(venue: Venue, capsys) -> None:
    forged = forge_ballots(venue, 50)
    fresh = venue.root / "fresh.eulac"
    with config(venue.cfg_c):
        with Workspace.open(venue.coordinator, mode="read") as ws:
            before = voting.results(ws, venue.poll)
        plan, _changes = import_bundle(venue.coordinator, forged)
        refused = {r["id"] for r in plan.refused_ballots}
        assert len(refused) == 50 and {r["poll_id"] for r in plan.refused_ballots} == {venue.poll}
        assert plan.counts["ballots"]["added"] == 0
        with Workspace.open(venue.coordinator, mode="read") as ws:
            assert ws.conn.execute("SELECT count(*) FROM ballots").fetchone()[0] == VOTERS  # nothing of them was written
            assert voting.results(ws, venue.poll) == before  # the order did not flip
        shutil.copy(venue.coordinator, fresh)
        assert run("bundle", "import", fresh, forged, "--json") == 0
        out = json.loads(capsys.readouterr().out)
        assert {r["id"] for r in out["refused_ballots"]} == refused  # the command line lists them too


def test_made_up_paper_ballots_are_refused_too(venue: Venue) -> None:
    """Ballots calling themselves paper ballots typed in from a serial, with serials nobody signed, are ballots of
    made-up voters like any other: refused beyond the device's vote records."""
    from eulac_desktop.core.voting import paper

    with config(venue.cfg_c), Workspace.open(venue.coordinator, mode="read") as ws:
        real = paper.serials(ws, venue.poll, 20)
    made_up = [s[:-1] + ("A" if s[-1] != "A" else "B") for s in real]
    forged = forge_ballots(venue, 20, serials=made_up)
    with config(venue.cfg_c):
        plan, _ = import_bundle(venue.coordinator, forged)
        assert len(plan.refused_ballots) == 20
        with Workspace.open(venue.coordinator, mode="read") as ws:
            assert voting.results(ws, venue.poll)["ballots"] == VOTERS


def test_ballots_beyond_voters_who_may_vote_do_not_count(venue: Venue) -> None:
    """Vote records for made-up people, or people who never checked in, let a device add no ballot that counts."""
    with config(venue.cfg_c), Workspace.open(venue.coordinator) as ws:
        late = add_participants(ws, [{"given_name": "Never", "family_name": "Came"}]).inserted["participants"][0]
    forged = forge_ballots(venue, 3, with_votes_for=["00000000-0000-4000-8000-000000000000", late, late])
    with config(venue.cfg_c):
        plan, _ = import_bundle(venue.coordinator, forged)
        assert len(plan.refused_ballots) == 1  # 3 ballots, 2 distinct people named: one refused at once
        with Workspace.open(venue.coordinator, mode="read") as ws:
            results = voting.results(ws, venue.poll)
    assert (results["ballots"], results["refused"]) == (VOTERS, 2)  # neither may vote: two ballots left out
    assert sum(o["score"] for o in results["options"]) == 100 * VOTERS  # as many ballots as people who voted there


# -- a double vote across two offline laptops -----------------------------------------------------------------------


def test_a_double_vote_across_two_laptops_is_detected_counted_once_and_shown(venue: Venue, capsys) -> None:
    cfg_b, laptop_b = venue.root / "cfg-B", venue.root / "laptop-B.eulac"
    with config(cfg_b):
        import_bundle(laptop_b, venue.bundles["setup"], trust=True)
        with Workspace.open(laptop_b) as ws:
            walk_in = add_participants(ws, [{"given_name": "Walk", "family_name": "In"}]).inserted["participants"][0]
            for n, pid in enumerate((venue.people[0], walk_in)):  # person 0 voted on A already (B has not heard)
                checkin.check_in(ws, pid)
                voting.cast_ballot(ws, venue.poll, ballot_of(venue.options, 50 + n), participant_id=pid)
            export_bundle(ws, venue.root / "result-B.zip", "result")
    with config(venue.cfg_c):
        plan, _ = import_bundle(venue.coordinator, venue.root / "result-B.zip", trust=True)
        assert [c["key"]["participant_id"] for c in plan.conflicts if c["table"] == "votes"] == [venue.people[0]]
        assert plan.refused_ballots == []
        assert run("polls", "results", venue.coordinator, venue.poll, "--json") == 0
        results = json.loads(capsys.readouterr().out)
        assert run("polls", "results", venue.coordinator, venue.poll) == 0
        text = capsys.readouterr().out
    assert results["double_votes"] == 1
    assert (results["ballots"], results["superseded"], results["refused"]) == (VOTERS + 1, 1, 0)  # each person once
    assert "Double votes (people who voted on two laptops; for each, one ballot of the later laptop is left out): 1" in text


def test_merging_stays_order_independent_and_idempotent_with_forged_and_double_votes(venue: Venue) -> None:
    cfg_b, laptop_b = venue.root / "cfg-B", venue.root / "laptop-B.eulac"
    with config(cfg_b):
        import_bundle(laptop_b, venue.bundles["setup"], trust=True)
        with Workspace.open(laptop_b) as ws:
            checkin.check_in(ws, venue.people[0])
            voting.cast_ballot(ws, venue.poll, ballot_of(venue.options, 60), participant_id=venue.people[0])
            export_bundle(ws, venue.root / "result-B.zip", "result")
    forged = forge_ballots(venue, 5)
    bundles = [venue.bundles["result"], venue.root / "result-B.zip", forged]
    dumps, results = [], []
    for n, order in enumerate([(0, 1, 2), (2, 1, 0), (1, 2, 0, 1, 2)]):
        target = venue.root / f"merge-{n}.eulac"
        with config(venue.cfg_c):
            shutil.copy(venue.coordinator, target)
            for i in order:
                import_bundle(target, bundles[i], trust=True)
            with Workspace.open(target, mode="read") as ws:
                dumps.append(list(dump_lines(ws)))
                results.append(voting.results(ws, venue.poll))
    assert dumps[0] == dumps[1] == dumps[2]
    assert results[0] == results[1] == results[2]
    assert (results[0]["ballots"], results[0]["double_votes"]) == (VOTERS, 1)


def test_a_named_poll_still_names_its_voters_and_a_revote_after_a_void_is_imported(venue: Venue) -> None:
    """Named polls keep working: the ballot names its voter; a voided ballot lets the person vote again, and the
    laptop's bundle brings both ballots (the void too) without any refused."""
    with config(venue.cfg_c), Workspace.open(venue.coordinator) as ws:
        named = voting.create_poll(ws, "Named", "approval", ["X", "Y"], secret=False, eligibility="all").inserted["polls"][0]
        voting.set_state(ws, named, "open")
        x, y = (o["id"] for o in voting.get_poll(ws, named)["options"])
        export_bundle(ws, venue.root / "setup-named.zip", "setup")
    cfg_b, laptop_b = venue.root / "cfg-B", venue.root / "laptop-B.eulac"
    with config(cfg_b):
        import_bundle(laptop_b, venue.root / "setup-named.zip", trust=True)
        with Workspace.open(laptop_b) as ws:
            first = voting.cast_ballot(ws, named, [x], participant_id=venue.people[3])
            voting.void_ballot(ws, first.ballot_id, "wrong option")
            voting.cast_ballot(ws, named, [y], participant_id=venue.people[3])
            assert {r[0] for r in ws.conn.execute("SELECT voter FROM ballots WHERE poll_id = ?", (named,))} == {
                venue.people[3]}
            export_bundle(ws, venue.root / "result-B.zip", "result")
    with config(venue.cfg_c):
        plan, _ = import_bundle(venue.coordinator, venue.root / "result-B.zip", trust=True)
        assert plan.refused_ballots == []
        with Workspace.open(venue.coordinator, mode="read") as ws:
            results = voting.results(ws, named)
    assert (results["ballots"], results["refused"], results["double_votes"]) == (1, 0, 0)
    assert results["options"][0]["id"] == y
