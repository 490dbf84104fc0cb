"""UUIDv7 identifiers (RFC 9562): unique across devices, sorted by creation time on each device; and random
UUIDv4 identifiers for rows whose id must not tell when they were made (secret ballots)."""

from __future__ import annotations

import os
import struct
import threading
import time
from itertools import repeat
from operator import add, itemgetter

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


#: each random byte with its top two bits set to the variant's 0b10 (the first byte of an id's last 8 bytes)
_VARIANT_BYTE = bytes((byte & 0x3F) | 0x80 for byte in range(256))
#: the 12-bit counters as an id writes them, each with the dash after it
_COUNTERS = [f"{counter:03x}-" for counter in range(0x1000)]


def uuid7_many(count: int) -> list[str]:
    """`count` new UUIDv7s, each sorting after the one before it, as `count` calls of `uuid7` give them (the
    clock read once; the random bits drawn at once, their variant bits set and written as hex at once; each id
    joined from its millisecond's digits, its counter's and its random ones without a loop in Python: an import
    makes thousands)."""
    global _last_ms, _counter
    if count <= 0:
        return []
    randoms = bytearray(os.urandom(8 * count))  # 8 random bytes an id: 62 of their 64 bits are used
    randoms[0::8] = randoms[0::8].translate(_VARIANT_BYTE)
    tails = list(map(bytes.hex, map(itemgetter(0), struct.iter_unpack("8s", randoms)), repeat("-"), repeat(6)))
    ids: list[str] = []
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms, _counter = ms, _random_bits(11) - 1  # the first id takes the new seed itself
        last, counter = _last_ms, _counter
        while len(ids) < count:
            if counter >= 0xFFF:  # overflow: borrow the next millisecond
                last, counter = last + 1, -1
            run = min(count - len(ids), 0xFFF - counter)  # counters counter + 1 … 0xFFF in this millisecond
            heads = map(_time_digits(last).__add__, _COUNTERS[counter + 1:counter + 1 + run])
            ids += map(add, heads, tails[len(ids):len(ids) + run])
            counter += run
        _last_ms, _counter = last, counter
    return ids


def _time_digits(ms: int) -> str:
    """The first 13 digits of a UUIDv7 of millisecond `ms`, with their dashes: its time and version."""
    text = f"{ms & 0xFFFF_FFFF_FFFF:012x}"
    return f"{text[:8]}-{text[8:]}-7"


def random_id() -> str:
    """A new UUIDv4 as text: random, so it tells nothing of when or in which order rows were made."""
    import uuid

    return str(uuid.uuid4())


def _random_bits(bits: int) -> int:
    """`bits` random bits from the system's generator, as `secrets.randbits` draws them (without importing
    `secrets`, and `random` with it: `uuid7` is on the path of every command)."""
    return int.from_bytes(os.urandom((bits + 7) // 8), "big") >> (-bits % 8)
