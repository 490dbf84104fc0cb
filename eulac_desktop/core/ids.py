"""UUIDv7 identifiers (RFC 9562): unique across devices, sorted by creation time on each device; and random
UUIDv4 identifiers for rows whose id must not tell when they were made (secret ballots)."""

from __future__ import annotations

import os
import threading
import time

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A new UUIDv7 as text; within this process each id sorts after the previous one.

    The 12-bit `rand_a` field is a counter seeded at random each millisecond (RFC 9562 §6.2,
    method 1), so ids made in the same millisecond still increase.
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms = ms
            _counter = _random_bits(11)  # top bit left free so the counter rarely overflows
        else:
            _counter += 1
            if _counter > 0xFFF:  # overflow: borrow the next millisecond
                _last_ms += 1
                _counter = 0
        ms, counter = _last_ms, _counter
    value = (ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62 | _random_bits(62)
    text = f"{value:032x}"  # what str(uuid.UUID(int=value)) gives, at a third of its cost
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def uuid7_many(count: int) -> list[str]:
    """`count` new UUIDv7s, each sorting after the one before it, as `count` calls of `uuid7` give them (the
    clock read once and the random bits drawn at once: an import makes thousands)."""
    global _last_ms, _counter
    if count <= 0:
        return []
    random_bits = os.urandom(8 * count)
    ids: list[str] = []
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms, _counter = ms, _random_bits(11) - 1  # the first id takes the new seed itself
        for index in range(0, 8 * count, 8):
            _counter += 1
            if _counter > 0xFFF:  # overflow: borrow the next millisecond
                _last_ms += 1
                _counter = 0
            value = ((_last_ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | _counter << 64 | 0b10 << 62
                     | int.from_bytes(random_bits[index:index + 8], "big") >> 2)
            text = f"{value:032x}"
            ids.append(f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}")
    return ids


def random_id() -> str:
    """A new UUIDv4 as text: random, so it tells nothing of when or in which order rows were made."""
    import uuid

    return str(uuid.uuid4())


def _random_bits(bits: int) -> int:
    """`bits` random bits from the system's generator, as `secrets.randbits` draws them (without importing
    `secrets`, and `random` with it: `uuid7` is on the path of every command)."""
    return int.from_bytes(os.urandom((bits + 7) // 8), "big") >> (-bits % 8)
