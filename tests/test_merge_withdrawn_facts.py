"""A withdrawn fact travels (ARCHITECTURE.md §3): a fact's content never changes, but its tombstone (a void taken back,
an undone check-in) does, and merges by the later stamp, so every file that had the fact learns it was withdrawn,
in any order of bundles, and a forged version cannot rewrite a fact (`bundles.merge.merge_fact`)."""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import config
from hypothesis import given, settings
from hypothesis import strategies as st
from test_bundle_attacks import rebuilt
from test_bundles import Event, export, make_event, new_laptop, ticking_wall, trust

from eulac_desktop.core import checkin, records, voting
from eulac_desktop.core.bundles import import_bundle
from eulac_desktop.core.bundles.merge import dump_lines
from eulac_desktop.core.device import Device
from eulac_desktop.core.workspace import Workspace


@dataclass
class Story:
    """Laptop A checks person 2 in and voids one of two ballots (bundle a1), takes both back (a2), voids again (a3);
    laptop B checks person 2 in later (b1). The coordinator and B trust A."""

    root: Path
    event: Event
    a: Device
    b_cfg: Path
    b_path: Path
    a1: Path
    a2: Path
    a3: Path
    b1: Path
    void: str
    checkin_a: str
    checkin_b: str


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Story:
    root = tmp_path_factory.mktemp("withdrawn")
    event = make_event(root, root / "cfg-coordinator")
    setup = export(event.path, event.cfg, root / "setup.zip", "setup")
    a = new_laptop(root / "cfg-A", root / "A.eulac", setup)
    b = new_laptop(root / "cfg-B", root / "B.eulac", setup)
    for cfg in (event.cfg, root / "cfg-B"):
        trust(cfg, a)
    trust(event.cfg, b)
    start = time.time_ns() // 1_000_000
    with config(root / "cfg-A"), Workspace.open(root / "A.eulac", device=a, wall=ticking_wall(start)) as ws:
        cast = [voting.cast_ballot(ws, event.poll, [event.options[0]], participant_id=p) for p in event.people[:2]]
        void = voting.void_ballot(ws, cast[0].ballot_id, "two in one envelope")
        came = checkin.check_in(ws, event.people[2], desk="Door 1").changes
        assert came is not None
        a1 = export(root / "A.eulac", root / "cfg-A", root / "a1.zip", "result")
        records.revert_changes(ws, came)  # the window's Ctrl+Z of the check-in
        taken_back = records.revert_changes(ws, void)  # and of the void
        a2 = export(root / "A.eulac", root / "cfg-A", root / "a2.zip", "result")
        records.revert_changes(ws, taken_back)  # redo of the void
        a3 = export(root / "A.eulac", root / "cfg-A", root / "a3.zip", "result")
    with config(root / "cfg-B"), Workspace.open(root / "B.eulac", device=b, wall=ticking_wall(start + 1_000)) as ws:
        later = checkin.check_in(ws, event.people[2], desk="Door 2").changes
        assert later is not None
        b1 = export(root / "B.eulac", root / "cfg-B", root / "b1.zip", "result")
    return Story(root, event, a, root / "cfg-B", root / "B.eulac", a1, a2, a3, b1, void.inserted["ballot_voids"][0],
                 came.inserted["checkins"][0], later.inserted["checkins"][0])


def copy_of(story: Story, folder: Path, name: str = "coordinator") -> Path:
    path = folder / f"{name}.eulac"
    shutil.copy(story.event.path if name == "coordinator" else story.b_path, path)
    return path


def dump(path: Path) -> list[str]:
    with Workspace.open(path, mode="read") as ws:
        return list(dump_lines(ws))


def state(path: Path, story: Story) -> tuple[int, int, set[str], list[str]]:
    """Ballots counted, voids in force, the people checked in, and the check-ins in force."""
    with Workspace.open(path, mode="read") as ws:
        return (voting.results(ws, story.event.poll)["ballots"],
                records.live_count(ws, "ballot_voids"), checkin.checked_in_ids(ws),
                [r[0] for r in ws.conn.execute("SELECT id FROM checkins WHERE deleted = 0")])


@pytest.mark.parametrize("order", [("a1", "a2"), ("a2", "a1"), ("a1", "a2", "a1")])
def test_a_void_taken_back_and_an_undone_check_in_reach_files_that_had_them_in_any_order(
        story: Story, tmp_path: Path, order: tuple[str, ...]) -> None:
    """The file that received the void and the check-in learns both were withdrawn: the ballot counts again, the
    person is no longer checked in by A; the coordinator ends with the same rows whatever the order, and so does B."""
    with config(story.event.cfg):
        master = copy_of(story, tmp_path)
        for name in order:
            import_bundle(master, getattr(story, name))
        assert state(master, story) == (2, 0, set(), [])
        with Workspace.open(master, mode="read") as ws:
            assert records.get(ws, "ballot_voids", story.void, include_deleted=True)["reason"] == "two in one envelope"
        (tmp_path / "ref").mkdir()
        reference = copy_of(story, tmp_path / "ref")
        import_bundle(reference, story.a2)
        assert dump(master) == dump(reference)
    with config(story.b_cfg):
        b = copy_of(story, tmp_path, "B")
        for name in order:
            import_bundle(b, getattr(story, name))
        assert state(b, story) == (2, 0, {story.event.people[2]}, [story.checkin_b])  # its own check-in, not A's


def test_when_the_counted_check_in_is_withdrawn_the_next_earliest_counts(story: Story, tmp_path: Path) -> None:
    """Two laptops checked one person in: A's, the earlier, counts and B's is superseded. Once A's is withdrawn, B's
    counts; and where A's arrives already withdrawn, B's check-in supersedes nothing and is not reported so."""
    person = story.event.people[2]
    with config(story.event.cfg):
        master = copy_of(story, tmp_path)
        assert import_bundle(master, story.b1)[0].conflicts == []
        plan, _ = import_bundle(master, story.a1)
        assert [(c["kept"], c["superseded"]) for c in plan.conflicts] == [(story.checkin_a, [story.checkin_b])]
        assert state(master, story)[2] == {person}
        plan, _ = import_bundle(master, story.a2)
        assert plan.conflicts == [] and plan.counts["checkins"]["updated"] == 1
        assert state(master, story)[2:] == ({person}, [story.checkin_b])  # B's check-in counts now
        (tmp_path / "fresh").mkdir()
        fresh = copy_of(story, tmp_path / "fresh")
        assert import_bundle(fresh, story.a2)[0].conflicts == []  # A's check-in arrives withdrawn
        plan, _ = import_bundle(fresh, story.b1)
        assert plan.conflicts == [] and state(fresh, story)[2:] == ({person}, [story.checkin_b])
        assert dump(fresh) == dump(master)


@settings(max_examples=12, deadline=None)
@given(data=st.data())
def test_any_order_of_bundles_with_withdrawn_facts_gives_one_file(story: Story, data: st.DataObject) -> None:
    """Merging stays idempotent, commutative and associative with tombstones on facts: every order of A's three
    bundles and B's, some imported twice, gives the file of importing them in the order they were made."""
    names = ["a1", "a2", "a3", "b1"]
    order = list(data.draw(st.permutations(names), label="order"))
    for again in data.draw(st.lists(st.sampled_from(names), max_size=2), label="imported twice"):
        order.insert(data.draw(st.integers(0, len(order)), label="at"), again)
    here = Path(tempfile.mkdtemp(dir=story.root))
    try:
        with config(story.event.cfg):
            files = []
            for number, names_in in enumerate([names, order]):
                (here / str(number)).mkdir()
                path = copy_of(story, here / str(number))
                for name in names_in:
                    import_bundle(path, getattr(story, name))
                files.append(path)
            assert dump(files[0]) == dump(files[1]), order
            assert state(files[1], story) == (1, 1, {story.event.people[2]}, [story.checkin_b])
    finally:
        shutil.rmtree(here, ignore_errors=True)


def test_a_forged_later_version_of_a_fact_rewrites_nothing(story: Story, tmp_path: Path) -> None:
    """A's key signing rows that change a void's reason (with a tombstone), a ballot's choice, or withdraw a ballot
    or a vote record: none of it is taken. Only a fact's tombstone may change, and a ballot's never does."""
    def forge(tables: dict[str, list[dict]]) -> None:
        for row in tables["ballot_voids"]:
            row["reason"] = "forged"
        for table in ("ballots", "votes"):
            for row in tables[table]:
                row.update(deleted=1, updated_at=tables["ballot_voids"][0]["updated_at"])
        tables["ballots"][0]["payload"] = '["forged"]'

    forged = rebuilt(story.a2, tmp_path / "forged.zip", story.a, rows=forge)
    with config(story.event.cfg):
        master = copy_of(story, tmp_path)
        import_bundle(master, story.a1)
        before = dump(master)
        plan, _ = import_bundle(master, forged)
        with Workspace.open(master, mode="read") as ws:
            void = records.get(ws, "ballot_voids", story.void, include_deleted=True)
            payloads = {r[0] for r in ws.conn.execute("SELECT payload FROM ballots")}
        assert void is not None and (void["reason"], void["deleted"]) == ("two in one envelope", 0)
        assert '["forged"]' not in payloads and "ballots" not in {t for t, c in plan.counts.items() if c["updated"]}
        assert state(master, story)[:2] == (1, 1)
        assert [line for line in dump(master) if '"checkins"' not in line] == [
            line for line in before if '"checkins"' not in line]  # only the check-in's own tombstone arrived


def test_the_rooms_sync_carries_an_undone_check_in_to_the_laptops_that_had_it(tmp_path: Path, capsys) -> None:
    """Venue sync merges the same way: laptop B checks someone in, the room syncs, B undoes it; after the next pass
    no laptop of the room counts that check-in, and the three files hold the same rows."""
    from sync_room import assert_identical, make_room, once, share, writing

    room = make_room(tmp_path)
    share(capsys, room, tmp_path / "shared")
    with writing(room["B"]) as ws:
        came = checkin.check_in(ws, room.people[0], desk="B").changes
    assert came is not None
    for desk in (*room.desks, *room.desks):
        once(capsys, desk, trust=True)
    with config(room["C"].cfg), Workspace.open(room["C"].path, mode="read") as ws:
        assert checkin.checked_in_ids(ws) == {room.people[0]}
    with writing(room["B"]) as ws:
        records.revert_changes(ws, came)
    for desk in (*room.desks, *room.desks):
        once(capsys, desk, trust=True)
    for desk in room.desks:
        with config(desk.cfg), Workspace.open(desk.path, mode="read") as ws:
            assert checkin.checked_in_ids(ws) == set(), desk.name
    assert_identical(capsys, room)
