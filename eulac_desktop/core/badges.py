"""Badge codes: short, signed, typed alike by a USB scanner on every keyboard layout of the events.

A code is `EU` + version + event tag (4) + participant number (7) + signature (15), 29 characters from
an alphabet of 20 letters: B C D E F G H I J K L N O P R S T U V X. Those letters sit on the same keys
in the US, French AZERTY, German QWERTZ, Spanish, Portuguese and Brazilian ABNT2 layouts (A/Q, Z/W,
Y/Z and M move; digits need Shift on AZERTY), so a scanner that types as a US keyboard gives the same
text on any of them; and the code is read case-insensitively (Caps Lock). The QR code stays at
version 2 (alphanumeric mode, error correction M).

The signature is HMAC-SHA256 under the event's secret over the rest of the code, truncated to 64 bits
(15 letters of base 20 hold 2^64), so a forged or altered badge is refused. The code holds no
personal data: the participant number is random and only means something to the event file.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .i18n import N_, Msg

ALPHABET = "BCDEFGHIJKLNOPRSTUVX"
_BASE = len(ALPHABET)
_INDEX = {c: i for i, c in enumerate(ALPHABET)}
MAGIC = "EU"
VERSION = "B"  # version 1 of the code format
TAG_LEN, NUMBER_LEN, MAC_LEN = 4, 7, 15
CODE_LEN = len(MAGIC) + 1 + TAG_LEN + NUMBER_LEN + MAC_LEN
MAX_NUMBER = _BASE ** NUMBER_LEN  # 1.28 billion random participant numbers
_MAC_BITS = 64
_CODE_SHAPE = re.compile(f"{MAGIC}[{ALPHABET}]{{{CODE_LEN - len(MAGIC)}}}")

#: Why a scan is refused (codes for programs; translated reasons for people).
REFUSALS: dict[str, Msg] = {
    "unreadable": N_("the code could not be read: scan it again"),
    "two_codes": N_("two badges were read at once: scan one at a time"),
    "other_event": N_("this badge belongs to another event"),
    "forged": N_("this badge is not valid (altered or forged)"),
    "unknown": N_("nobody in this event has this badge"),
    "deleted": N_("this person was removed from the event"),
    "erased": N_("this person's data was erased"),
}


def _encode(value: int, length: int) -> str:
    out = []
    for _ in range(length):
        value, digit = divmod(value, _BASE)
        out.append(ALPHABET[digit])
    return "".join(reversed(out))


def _decode(text: str) -> int:
    value = 0
    for char in text:
        value = value * _BASE + _INDEX[char]
    return value


def new_secret() -> bytes:
    """A new event secret (32 random bytes)."""
    import secrets

    return secrets.token_bytes(32)


def new_number() -> int:
    """A random participant number for a badge."""
    import secrets

    return secrets.randbelow(MAX_NUMBER)


def new_numbers(count: int, taken: set[int]) -> list[int]:
    """`count` random participant numbers as `new_number` draws them (31 random bits, those below
    `MAX_NUMBER` kept), none in `taken` nor twice; they join `taken`. The random bytes are drawn at once."""
    import secrets
    import struct

    numbers: list[int] = []
    while len(numbers) < count:
        drawn = secrets.token_bytes(8 * (count - len(numbers)) + 32)  # about 60% of the draws are kept
        for word in struct.unpack(f">{len(drawn) // 4}I", drawn):  # each 4 bytes, big-endian, read at once
            number = word >> 1
            if number < MAX_NUMBER and number not in taken:
                taken.add(number)
                numbers.append(number)
                if len(numbers) == count:
                    break
    return numbers


def event_tag(event_id: str) -> str:
    """The event's 4-letter tag in its badge codes (tells "another event" from "forged")."""
    import hashlib  # (here: OpenSSL's load is not paid by what imports this module without making codes)

    return _encode(int.from_bytes(hashlib.sha256(event_id.encode()).digest()[:8], "big") % _BASE ** TAG_LEN, TAG_LEN)


def _mac(secret: bytes, body: str) -> str:
    import hashlib
    import hmac

    digest = hmac.new(secret, body.encode("ascii"), hashlib.sha256).digest()
    return _encode(int.from_bytes(digest[: _MAC_BITS // 8], "big"), MAC_LEN)


def make_code(secret: bytes, event_id: str, number: int) -> str:
    """The badge code of participant `number` in the event."""
    if not 0 <= number < MAX_NUMBER:
        raise ValueError("participant number out of range")
    body = MAGIC + VERSION + event_tag(event_id) + _encode(number, NUMBER_LEN)
    return body + _mac(secret, body)


class Reading(NamedTuple):
    """What a scanned text says: the participant number if it verifies, else why it is refused."""

    number: int | None
    refusal: str | None = None

    @property
    def ok(self) -> bool:
        return self.refusal is None


def normalize(scanned: str) -> str:
    """The scanned text as a code: upper case (Caps Lock), without spaces, line ends or control keys."""
    return "".join(c for c in scanned.upper() if c.isalnum())


def may_become_code(typed: str) -> bool:
    """Whether `typed`, keys as they arrive, may still be a scanner typing a badge code: the start of a code
    or a whole one, in any case (Caps Lock), with the spaces some scanners add before and after it.

    Only such keys can be held back as a scan; any other text is somebody typing.
    """
    text = typed.lstrip(" ").upper()
    code = text.rstrip(" ")
    if len(code) < len(text) and len(code) != CODE_LEN:
        return False  # a space inside a code: text
    return (len(code) <= CODE_LEN and MAGIC.startswith(code[:len(MAGIC)])
            and all(c in _INDEX for c in code[len(MAGIC):]))


def has_code_shape(typed: str) -> bool:
    """Whether `typed` is a whole badge code in shape (any case, spaces around it), signed or not: a scan,
    still to be verified with `read_code`."""
    return len(typed.strip(" ")) == CODE_LEN and may_become_code(typed)


PHONE_CODE_LEN = 6  # 20^6 = 64 million codes: guesses are rate-limited by the server (web/limits.py)


def make_phone_code(secret: bytes, event_id: str, number: int) -> str:
    """The short personal phone code of participant `number`: 6 letters of the badge alphabet, an HMAC-SHA256
    under the event's secret (so it can be printed again, and nobody without the secret can make one)."""
    import hashlib
    import hmac

    digest = hmac.new(secret, f"phone|{event_id}|{number}".encode("ascii"), hashlib.sha256).digest()
    return _encode(int.from_bytes(digest[:8], "big") % _BASE ** PHONE_CODE_LEN, PHONE_CODE_LEN)


def spaced_phone_code(code: str) -> str:
    """A phone code as printed, in two groups of three letters (`BCD FGH`), easier to read and type."""
    return f"{code[:3]} {code[3:]}"


def read_code(secret: bytes, event_id: str, scanned: str) -> Reading:
    """Verify a scanned code; says precisely why it is refused (see `REFUSALS`)."""
    text = normalize(scanned)
    found = _CODE_SHAPE.findall(text)
    if len(found) > 1 or (found and len(text) >= 2 * CODE_LEN - 2):
        return Reading(None, "two_codes")
    if len(found) != 1 or len(text) != CODE_LEN:
        return Reading(None, "unreadable")
    code = found[0]
    body, mac = code[:-MAC_LEN], code[-MAC_LEN:]
    if body[3:3 + TAG_LEN] != event_tag(event_id) or body[2] != VERSION:
        return Reading(None, "other_event" if body[2] == VERSION else "unreadable")
    from hmac import compare_digest

    if not compare_digest(mac, _mac(secret, body)):
        return Reading(None, "forged")
    return Reading(_decode(body[3 + TAG_LEN:]))
