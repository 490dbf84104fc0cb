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


#: the variant nibble (0b10, then two random bits) for each value of a random hex digit
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def uuid7_many(count: int) -> list[str]:
    """`count` new UUIDv7s, each sorting after the one before it, as `count` calls of `uuid7` give them (the
    clock read once, the random bits drawn at once as hex digits and the time's digits written once per
    millisecond: an import makes thousands)."""
    global _last_ms, _counter
    if count <= 0:
        return []
    digits = os.urandom(8 * count).hex()  # 16 random hex digits an id: 62 of their 64 bits are used
    ids: list[str] = []
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms, _counter = ms, _random_bits(11) - 1  # the first id takes the new seed itself
        last, counter = _last_ms, _counter
        head = _time_digits(last)
        for start in range(0, 16 * count, 16):
            counter += 1
            if counter > 0xFFF:  # overflow: borrow the next millisecond
                last, counter = last + 1, 0
                head = _time_digits(last)
            ids.append(f"{head}{counter:03x}-{_VARIANT[digits[start]]}{digits[start + 1:start + 4]}-"
                       f"{digits[start + 4:start + 16]}")
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
