"""Hybrid logical clock: timestamps that sort correctly across devices whose wall clocks disagree.

A timestamp is the text `PPPPPPPPPPPPPPP-CCCCCC-NODE`: physical milliseconds since the Unix epoch
(15 digits), a logical counter (6 digits) and the device id (32 hex digits), so that plain string
comparison is the clock's order and two devices never produce the same timestamp.
Kulkarni et al., "Logical Physical Clocks" (2014).
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import NamedTuple

WallClock = Callable[[], int]
_MAX_COUNTER = 999_999


def _stamps(head: str, first: int, last: int, tail: str) -> list[str]:
    """The timestamps `head` + counter (6 digits) + `tail` of the counters `first` to `last`, each joined from the
    digits of its thousand and of its unit, written once (`_three_digits`): a third of the cost of formatting each."""
    three = _three_digits()
    stamps: list[str] = []
    for thousand in range(first // 1000, last // 1000 + 1):
        low, high = max(first - 1000 * thousand, 0), min(last - 1000 * thousand, 999)
        prefix = head + three[thousand]
        stamps += [prefix + units + tail for units in three[low:high + 1]]
    return stamps


@functools.cache
def _three_digits() -> list[str]:
    """The three digits of each number below 1000: "000" to "999"."""
    return [f"{number:03d}" for number in range(1000)]


def wall_ms() -> int:
    """The system clock in milliseconds."""
    return time.time_ns() // 1_000_000


class Timestamp(NamedTuple):  # a tuple, not a dataclass: `dataclasses` (inspect…) is a tenth of a scan's start
    """One reading of the clock, ordered as its text is."""

    physical: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.physical:015d}-{self.counter:06d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        """Read a timestamp written by `str()`; ValueError if it is not one."""
        physical, counter, node = text.split("-", 2)
        if len(physical) != 15 or len(counter) != 6 or not node:
            raise ValueError(f"not a clock timestamp: {text!r}")
        return cls(int(physical), int(counter), node)

    def to_datetime(self) -> datetime:
        """The wall time the timestamp carries, in UTC."""
        return datetime.fromtimestamp(self.physical / 1000, tz=UTC)


def coarse(stamp: str, node: str) -> str:
    """A stamp no finer than `stamp`'s millisecond and carrying nothing of when anything else happened: the
    physical time of `stamp`, counter 0, and `node` (the device that writes the row). Secret ballots take
    their poll's creation time this way, so their stamps say nothing of when they were cast (ARCHITECTURE.md §4)."""
    return str(Timestamp(Timestamp.parse(stamp).physical, 0, node.replace("-", "")))


class HybridClock:
    """One device's clock. `now()` for local events; `observe()` for timestamps received from others."""

    def __init__(self, node: str, last: str | None = None, wall: WallClock = wall_ms):
        self.node = node.replace("-", "")
        self._wall = wall
        self._lock = threading.Lock()
        self._physical, self._counter = 0, 0
        if last:
            self.observe(last)

    def now(self) -> str:
        """A timestamp later than every one this clock has issued or observed."""
        with self._lock:
            wall = self._wall()
            if wall > self._physical:
                self._physical, self._counter = wall, 0
            else:
                self._advance_counter()
            return str(Timestamp(self._physical, self._counter, self.node))

    def now_many(self, count: int) -> list[str]:
        """`count` timestamps, each later than the one before it and than every one this clock has issued or
        observed, the wall clock read once: as `count` calls of `now()` within one millisecond give them (an
        import stamps each of its rows)."""
        if count <= 0:
            return []
        with self._lock:
            wall = self._wall()
            if wall > self._physical:
                self._physical, self._counter = wall, 0
            else:
                self._advance_counter()
            stamps: list[str] = []
            while True:  # a run of counters within one millisecond at a time (its digits written once)
                physical, first = self._physical, self._counter
                last = min(_MAX_COUNTER, first + count - 1 - len(stamps))
                head, tail = f"{physical:015d}-", f"-{self.node}"
                stamps += _stamps(head, first, last, tail)
                self._counter = last
                if len(stamps) == count:
                    return stamps
                self._advance_counter()

    def observe(self, remote: str) -> None:
        """Take into account a timestamp from another device (or from a previous run)."""
        stamp = Timestamp.parse(remote)
        with self._lock:
            wall = self._wall()
            if wall > self._physical and wall > stamp.physical:
                self._physical, self._counter = wall, 0
            elif stamp.physical > self._physical:
                self._physical, self._counter = stamp.physical, stamp.counter
                self._advance_counter()
            elif stamp.physical == self._physical:
                self._counter = max(self._counter, stamp.counter)
                self._advance_counter()
            else:
                self._advance_counter()

    def last(self) -> str:
        """The latest timestamp issued or observed (to persist)."""
        with self._lock:
            return str(Timestamp(self._physical, self._counter, self.node))

    def _advance_counter(self) -> None:
        if self._counter >= _MAX_COUNTER:  # a million events in one ms: move to the next ms
            self._physical, self._counter = self._physical + 1, 0
        else:
            self._counter += 1
