"""Identifiers and clocks (ARCHITECTURE.md §3): UUIDv7 ids and the hybrid logical clock.

The clock tests inject the wall clock (`wall=`, a callable returning milliseconds), so they never depend
on the machine's time and never assert anything about durations.
"""

from __future__ import annotations

import types
import uuid
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eulac_desktop.core import ids
from eulac_desktop.core.hlc import HybridClock, Timestamp
from eulac_desktop.core.ids import uuid7

HOUR = 3_600_000
BASE = 1_790_000_000_000  # a wall time in 2026, in ms
NODES = ["0" * 31 + "a", "01a2" + "b" * 28, "f" * 32]


class FakeWall:
    """A wall clock the test moves by hand (forwards, backwards or not at all)."""

    def __init__(self, ms: int):
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


# -- UUIDv7 ------------------------------------------------------------------------------------


def test_uuid7_is_a_valid_version_7_uuid():
    for _ in range(100):
        text = uuid7()
        value = uuid.UUID(text)
        assert value.version == 7
        assert value.variant == uuid.RFC_4122
        assert str(value) == text  # canonical lower-case form, 36 characters


def test_uuid7_strictly_increasing_in_a_tight_loop():
    made = [uuid7() for _ in range(10_000)]
    assert all(a < b for a, b in pairwise(made))
    assert len(set(made)) == len(made)
    # text order is the order of the 128-bit values (and hence of their time fields)
    assert [uuid.UUID(x).int for x in made] == sorted(uuid.UUID(x).int for x in made)


def test_uuid7_carries_its_millisecond(monkeypatch: pytest.MonkeyPatch):
    ms = BASE + 12_345
    monkeypatch.setattr(ids, "time", types.SimpleNamespace(time_ns=lambda: ms * 1_000_000))
    monkeypatch.setattr(ids, "_last_ms", 0)
    monkeypatch.setattr(ids, "_counter", 0)
    value = uuid.UUID(uuid7())
    assert value.int >> 80 == ms


@pytest.mark.parametrize("step_ms", [0, -5_000], ids=["clock-stands-still", "clock-goes-back"])
def test_uuid7_keeps_increasing_when_the_clock_stands_still_or_goes_back(monkeypatch: pytest.MonkeyPatch, step_ms: int):
    now = {"ms": BASE}
    monkeypatch.setattr(ids, "time", types.SimpleNamespace(time_ns=lambda: now["ms"] * 1_000_000))
    monkeypatch.setattr(ids, "_last_ms", 0)
    monkeypatch.setattr(ids, "_counter", 0)
    made = []
    for _ in range(5_000):  # more than the 12-bit counter holds in one millisecond
        made.append(uuid7())
        now["ms"] += step_ms if len(made) % 1000 == 0 else 0
    assert all(a < b for a, b in pairwise(made))
    assert all(uuid.UUID(x).version == 7 for x in made)


def test_uuid7_many_continues_the_order_of_uuid7_and_is_valid(monkeypatch: pytest.MonkeyPatch):
    """Ids made in bulk (an import) sort after the ones made before and before the ones made after, each a
    valid UUIDv7, also when the counter of one millisecond overflows and with the clock standing still."""
    monkeypatch.setattr(ids, "time", types.SimpleNamespace(time_ns=lambda: BASE * 1_000_000))
    monkeypatch.setattr(ids, "_last_ms", 0)
    monkeypatch.setattr(ids, "_counter", 0)
    made = [uuid7(), *ids.uuid7_many(5_000), uuid7(), *ids.uuid7_many(1), *ids.uuid7_many(0), uuid7()]
    assert len(made) == 5_004
    assert all(a < b for a, b in pairwise(made))
    assert all(uuid.UUID(x).version == 7 and uuid.UUID(x).variant == uuid.RFC_4122 and str(uuid.UUID(x)) == x
               for x in made)
    assert uuid.UUID(made[1]).int >> 80 == BASE  # the bulk carries its millisecond
    assert len({uuid.UUID(x).int & ((1 << 62) - 1) for x in made}) == len(made)  # random bits of their own


def test_uuid7_many_draws_all_62_random_bits(monkeypatch: pytest.MonkeyPatch):
    """Each id made in bulk carries 62 random bits: the two beside the variant and the 60 after them all vary (the
    counter and the millisecond hold the rest), as in `uuid7`."""
    made = [uuid.UUID(x).int for x in ids.uuid7_many(2_000)]
    assert {(value >> 60) & 0b11 for value in made} == {0, 1, 2, 3}
    for bit in range(60):
        assert {(value >> bit) & 1 for value in made} == {0, 1}
    assert all((value >> 62) & 0b11 == 0b10 for value in made)


# -- Timestamps ----------------------------------------------------------------------------------


timestamps = st.builds(
    Timestamp,
    physical=st.integers(min_value=0, max_value=10**15 - 1),
    counter=st.integers(min_value=0, max_value=999_999),
    node=st.sampled_from(NODES),
)


@given(timestamps)
def test_timestamp_round_trips_through_text(t: Timestamp):
    assert Timestamp.parse(str(t)) == t


@given(timestamps, timestamps)
def test_text_order_is_tuple_order(a: Timestamp, b: Timestamp):
    assert (str(a) < str(b)) == (a < b)
    assert (str(a) == str(b)) == (a == b)


@pytest.mark.parametrize("text", ["", "12-34", "abc", "00000000000001-000000-node", "000000000000001-00000-node",
                                  "000000000000001-000000-"])
def test_timestamp_parse_refuses_other_text(text: str):
    with pytest.raises(ValueError):
        Timestamp.parse(text)


# -- HybridClock -------------------------------------------------------------------------------


def _issue(clock: HybridClock, wall: FakeWall, moves: list[int]) -> list[str]:
    out = []
    for move in moves:
        wall.ms += move
        out.append(clock.now())
    return out


@pytest.mark.parametrize(
    "moves",
    [
        [0] * 2000,  # the wall clock stands still
        [-1] * 2000,  # the wall clock runs backwards
        [1, -HOUR, 0, 0, 5, -3 * HOUR, 2 * HOUR, -1, 0, 7 * HOUR, -7 * HOUR] * 100,  # jumps both ways
    ],
    ids=["stands-still", "backwards", "jumps"],
)
def test_now_is_strictly_monotonic_whatever_the_wall_clock_does(moves: list[int]):
    wall = FakeWall(BASE)
    clock = HybridClock(NODES[0], wall=wall)
    issued = _issue(clock, wall, moves)
    assert all(a < b for a, b in pairwise(issued))
    parsed = [Timestamp.parse(x) for x in issued]
    assert all(a < b for a, b in pairwise(parsed))
    assert {p.node for p in parsed} == {NODES[0]}


def test_now_follows_the_wall_clock_when_it_moves_forward():
    wall = FakeWall(BASE)
    clock = HybridClock(NODES[0], wall=wall)
    clock.now()
    wall.ms = BASE + HOUR
    assert Timestamp.parse(clock.now()) == Timestamp(BASE + HOUR, 0, NODES[0])


def test_node_drops_the_hyphens_of_a_device_id():
    device_id = str(uuid.UUID(NODES[1]))
    clock = HybridClock(device_id, wall=FakeWall(BASE))
    assert Timestamp.parse(clock.now()).node == NODES[1]


@pytest.mark.parametrize("remote_offset", [3 * HOUR, 0, -3 * HOUR], ids=["remote-ahead", "remote-same-ms", "remote-behind"])
def test_observe_makes_later_timestamps_sort_after_the_remote_one(remote_offset: int):
    remote_wall = FakeWall(BASE + remote_offset)
    remote = HybridClock(NODES[1], wall=remote_wall)
    for _ in range(5):
        remote.now()
    message = remote.now()

    wall = FakeWall(BASE)
    local = HybridClock(NODES[0], wall=wall)
    local.now()
    local.observe(message)
    after = [local.now() for _ in range(3)]
    assert all(message < t for t in after)
    assert local.last() >= after[-1]


def test_observe_a_remote_at_the_counters_limit():
    wall = FakeWall(BASE)
    local = HybridClock(NODES[0], wall=wall)
    remote = str(Timestamp(BASE + HOUR, 999_999, NODES[1]))
    local.observe(remote)
    assert local.now() > remote


def test_a_clock_restarted_from_its_last_timestamp_continues_after_it():
    wall = FakeWall(BASE)
    clock = HybridClock(NODES[0], wall=wall)
    issued = [clock.now() for _ in range(10)]
    restarted = HybridClock(NODES[0], last=clock.last(), wall=FakeWall(BASE - 5 * HOUR))
    assert restarted.now() > issued[-1]


@pytest.mark.parametrize("moves", [[0, 0, 5], [-HOUR, 0, 2 * HOUR]], ids=["forwards", "jumps"])
def test_now_many_gives_stamps_in_order_between_single_ones(moves: list[int]):
    """Stamps given in bulk (an import's rows) each follow the one before, after every stamp issued before them
    and before every one issued after; none is issued twice."""
    wall = FakeWall(BASE)
    clock = HybridClock(NODES[0], wall=wall)
    issued = [clock.now()]
    for move in moves:
        wall.ms += move
        issued += [*clock.now_many(3_000), clock.now()]
    assert clock.now_many(0) == []
    assert all(a < b for a, b in pairwise(issued))
    assert all(a < b for a, b in pairwise(Timestamp.parse(x) for x in issued))
    assert clock.last() == issued[-1]


@settings(max_examples=60, deadline=None)
@given(first=st.integers(0, 999_999), length=st.integers(1, 2_500))
def test_stamps_in_bulk_write_each_counter_as_its_own_stamp_would(first: int, length: int):
    """`now_many`'s stamps, joined from the digits of each counter's thousand and unit, are those formatted one by one,
    across thousands and up to the last counter of a millisecond."""
    from eulac_desktop.core.hlc import _stamps

    last = min(first + length - 1, 999_999)
    head, tail = f"{BASE:015d}-", f"-{NODES[0].replace('-', '')}"
    assert _stamps(head, first, last, tail) == [f"{head}{counter:06d}{tail}" for counter in range(first, last + 1)]


def test_now_many_moves_to_the_next_millisecond_when_the_counter_is_full():
    wall = FakeWall(BASE)
    clock = HybridClock(NODES[0], last=str(Timestamp(BASE, 999_997, NODES[1])), wall=wall)  # observed: 999_998
    stamps = [Timestamp.parse(x) for x in clock.now_many(3)]
    assert stamps == [Timestamp(BASE, 999_999, NODES[0]), Timestamp(BASE + 1, 0, NODES[0]),
                      Timestamp(BASE + 1, 1, NODES[0])]


def test_now_many_fills_several_milliseconds_in_order():
    """More stamps than a millisecond's counter holds (two million and one, from the middle of one): they run
    on through the next milliseconds, each counter once, as `now()` would give them one by one."""
    wall = FakeWall(BASE)
    clock = HybridClock(NODES[0], last=str(Timestamp(BASE, 500_000, NODES[1])), wall=wall)
    stamps = clock.now_many(2_000_001)
    assert [Timestamp.parse(x) for x in (stamps[0], stamps[499_997], stamps[499_998], stamps[1_499_997],
                                         stamps[1_499_998], stamps[-1])] == [
        Timestamp(BASE, 500_002, NODES[0]), Timestamp(BASE, 999_999, NODES[0]), Timestamp(BASE + 1, 0, NODES[0]),
        Timestamp(BASE + 1, 999_999, NODES[0]), Timestamp(BASE + 2, 0, NODES[0]), Timestamp(BASE + 2, 500_002, NODES[0])]
    assert len(set(stamps)) == len(stamps) and stamps == sorted(stamps)
    assert clock.last() == stamps[-1] and clock.now() > stamps[-1]


# -- Several devices exchanging messages (property test) -------------------------------------------

steps = st.lists(
    st.tuples(
        st.sampled_from(["tick", "send", "deliver"]),
        st.integers(min_value=0, max_value=2),  # which device (modulo the number of devices)
        st.integers(min_value=0, max_value=2),  # the recipient of a message
        st.integers(min_value=-HOUR, max_value=HOUR),  # how the sender's wall clock moves
        st.integers(min_value=0, max_value=1000),  # which pending message is delivered
    ),
    min_size=1,
    max_size=80,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n_devices=st.integers(min_value=2, max_value=3),
    offsets=st.lists(st.integers(min_value=-12 * HOUR, max_value=12 * HOUR), min_size=3, max_size=3),
    plan=steps,
)
def test_causality_and_uniqueness_across_devices_with_skewed_clocks(n_devices: int, offsets: list[int], plan):
    walls = [FakeWall(BASE + offsets[i]) for i in range(n_devices)]
    clocks = [HybridClock(NODES[i], wall=walls[i]) for i in range(n_devices)]
    must_follow: list[str] = [""] * n_devices  # the latest timestamp each device has issued or received
    pending: list[tuple[int, str]] = []  # messages in flight: (recipient, timestamp)
    issued: list[str] = []

    def stamp(i: int) -> str:
        t = clocks[i].now()
        if must_follow[i]:
            assert t > must_follow[i], "a device issued a timestamp that sorts before something it already knew"
            assert Timestamp.parse(t) > Timestamp.parse(must_follow[i])
        must_follow[i] = t
        issued.append(t)
        return t

    for action, who, to, move, pick in plan:
        i = who % n_devices
        walls[i].ms += move
        if action == "tick":
            stamp(i)
        elif action == "send":
            j = to % n_devices
            if j == i:
                j = (i + 1) % n_devices
            pending.append((j, stamp(i)))
        elif pending:  # deliver one message, in any order
            j, t = pending.pop(pick % len(pending))
            clocks[j].observe(t)
            must_follow[j] = max(must_follow[j], t)
            stamp(j)  # the receiver's next timestamp must sort after the message

    for j, t in pending:  # deliver what is left
        clocks[j].observe(t)
        must_follow[j] = max(must_follow[j], t)
        stamp(j)

    assert len(set(issued)) == len(issued), "two devices issued the same timestamp"
