"""Text helpers shared by the core: folding for comparison, safe display, safe spreadsheet cells."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache, partial
from typing import Any, cast

# Bidirectional controls (they can reorder what a person reads, e.g. "gpj.exe" shown as "exe.jpg")
# and other invisible format characters.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What a terminal acts on rather than shows: C0 and C1 controls but newline and tab (escape sequences, carriage
# returns that overwrite a line), and the bidirectional embeddings, overrides, isolates and marks.
# A byte of a file name that is not UTF-8, which Linux passes as a surrogate ("\udce9"), is written as the byte
# ("\xe9"), as `cli.utf8_text` shows text that is not UTF-8.
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\udc80-\udcff]")


@lru_cache(maxsize=16384)  # lists repeat countries, roles, languages and organisations thousands of times
def fold(text: str) -> str:
    """Case-folded, accent-free, whitespace-collapsed text for comparisons ("José  Pérez" → "jose perez")."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


def sort_key(text: str | None) -> tuple[str, str]:
    """The key that sorts names as a reader expects, in every language of the events: accents and case
    fold away first ("Bérenger" before "Brückner", "élise" beside "Elise"), the exact text breaks ties.

    The one sort key of the core: tables, attendance sheets, agendas and badges sort names by it."""
    return fold(text or ""), text or ""


def name_sort_key(family: str | None, given: str | None) -> tuple[tuple[str, str], tuple[str, str]]:
    """A person's sort key: family name, then given name (see `sort_key`)."""
    return sort_key(family), sort_key(given)


def email_key(email: str) -> str:
    """The form of an e-mail address used to tell whether two are the same (trimmed, NFC, case-folded)."""
    return unicodedata.normalize("NFC", email.strip()).casefold()


def email_keys(emails: Sequence[str | None]) -> list[str | None]:
    """`email_key` of each address (None for none), in one pass over a column of a list's addresses."""
    present = [email for email in emails if email]
    if len(present) < len(emails):
        return [email_key(email) if email else None for email in emails]
    keys: list[str | None] = list(map(str.casefold, map(partial(unicodedata.normalize, "NFC"), map(str.strip, present))))
    return keys


def printable(text: str) -> str:
    """Text for print: invisible and bidirectional controls removed (a badge cannot show them usefully)."""
    return _CONTROL.sub("", _INVISIBLE.sub("", text))


def safe_display(text: str) -> str:
    """Text as it may be shown: invisible and bidirectional controls made visible as <U+202E>."""
    text = _INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
    return _CONTROL.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def terminal_safe(text: str) -> str:
    """Text as the command line prints it for people: each control character but newline and tab, and each
    bidirectional control, written as a visible escape ("\\x1b", "\\u202e"), so data cannot move the cursor,
    clear the screen, set the window title or reorder what the reader sees. A byte of a file name that is not
    UTF-8 (a surrogate, as Linux passes it) is written as that byte ("caf\\xe9")."""
    return _TERMINAL_UNSAFE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # the byte it stands for (surrogateescape)
        code -= 0xDC00
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def display_name(person: Mapping[str, Any] | None, *, family_first: bool = False, safe: bool = True) -> str:
    """A participant's name as the app shows it: "given family", or "family, given" in lists sorted by family
    name (`family_first`); a missing part is left out (no stray space or comma), an erased or unknown person is
    "". Made `safe_display` unless `safe` is False (for print, file names and comparisons, which clean it their
    own way). The one place a name is built from a participant's fields (`given_name`, `family_name`)."""
    given = str((person or {}).get("given_name") or "").strip()
    family = str((person or {}).get("family_name") or "").strip()
    if given and family:
        name = f"{family}, {given}" if family_first else f"{given} {family}"
    else:
        name = given or family
    return safe_display(name) if safe else name


def display_names(givens: Sequence[str | None], families: Sequence[str | None]) -> list[str]:
    """`display_name(…, safe=False)` of each person of two columns of names as cleaned (trimmed text, or None): at once
    when each person has both names (a list's usual columns), else each pair once."""
    if all(givens) and all(families):
        return list(map(" ".join, zip(cast(Sequence[str], givens), cast(Sequence[str], families))))
    pairs = list(zip(givens, families))
    shown = {pair: display_name({"given_name": pair[0], "family_name": pair[1]}, safe=False) for pair in set(pairs)}
    return list(map(shown.__getitem__, pairs))


def spreadsheet_safe(value: object) -> object:
    """A cell value that a spreadsheet will not run as a formula (OWASP CSV injection advice).

    Text starting with = + - @ TAB or CR gets a leading apostrophe; numbers stay numbers.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
