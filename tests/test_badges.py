"""Badge codes (core/badges.py, ARCHITECTURE.md §4): signed, short, free of personal data, and typed alike by a
USB scanner on every keyboard layout of the events.

A USB scanner types as if on a US keyboard: it sends, for each character, the US key (with Shift for a
capital). The computer turns those keys into characters with its own layout. The maps below say what
French AZERTY, German QWERTZ, Spanish, Portuguese and Brazilian ABNT2 give for each US key, so every
badge of the 240-person demo is typed through each of them (with and without Caps Lock) and must still
verify to its participant. Also: the refusal reasons, the QR code size (qrcode and zxing-cpp), the
upgrade of a v3 file (a secret and a unique number for everyone), and a Hypothesis property.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eulac_desktop.core import badges, checkin, demo
from eulac_desktop.core.registration import (
    add_participants,
    delete_participants,
    erase_participant,
    find_by_email,
    participant_ids,
    update_participant,
)
from eulac_desktop.core.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"
EMAILS = ("jose@example.org", "c@example.org", "anna@example.fi")  # the `event_file` fixture's people


@pytest.fixture
def ws(event_file: Path):
    """The fixture event (José Pérez, Conceição Araújo, Anna Virtanen), open for writing."""
    with Workspace.open(event_file) as workspace:
        yield workspace


def code_of(ws: Workspace, email: str) -> str:
    return checkin.badge_code(ws, find_by_email(ws, email))


def number_of(ws: Workspace, pid: str) -> int:
    return ws.conn.execute("SELECT badge_number FROM participants WHERE id = ?", (pid,)).fetchone()[0]


def decode(letters: str) -> int:
    """The test's own reading of a base-20 part of a code."""
    value = 0
    for char in letters:
        value = value * len(badges.ALPHABET) + badges.ALPHABET.index(char)
    return value


def substitutions(code: str, positions: range):
    """Every code that differs from `code` in one position of `positions`, by a letter of the alphabet."""
    for i in positions:
        for letter in badges.ALPHABET:
            if letter != code[i]:
                yield i, code[:i] + letter + code[i + 1:]


# The parts of a code: EU, the version, the event tag, the participant number, the signature.
VERSION_AT = len(badges.MAGIC)
TAG = range(VERSION_AT + 1, VERSION_AT + 1 + badges.TAG_LEN)
NUMBER = range(TAG.stop, TAG.stop + badges.NUMBER_LEN)
SIGNATURE = range(NUMBER.stop, badges.CODE_LEN)


# -- what a code holds -----------------------------------------------------------------------------


def test_the_code_is_version_prefixed_and_signed_with_a_64_bit_hmac_sha256(ws):
    secret = checkin.badge_secret(ws)
    assert len(secret) >= 32
    code = code_of(ws, "jose@example.org")
    assert len(code) == badges.CODE_LEN == NUMBER.stop + badges.MAC_LEN
    assert code.startswith(badges.MAGIC + badges.VERSION)
    assert set(code) <= set(badges.ALPHABET)
    body, mac = code[:SIGNATURE.start], code[SIGNATURE.start:]
    # the signature, recomputed here: HMAC-SHA256 of the rest of the code under the event secret, 64 bits kept
    digest = hmac.new(secret, body.encode("ascii"), hashlib.sha256).digest()
    assert decode(mac) == int.from_bytes(digest[:8], "big")
    assert len(badges.ALPHABET) ** badges.MAC_LEN >= 2 ** 64
    # the event and the participant's number are in it
    assert code[TAG.start:TAG.stop] == badges.event_tag(ws.event_id)
    assert decode(code[NUMBER.start:NUMBER.stop]) == number_of(ws, find_by_email(ws, "jose@example.org"))


def test_the_code_holds_no_personal_data(ws):
    pids = [find_by_email(ws, e) for e in EMAILS]
    codes = [checkin.badge_code(ws, pid) for pid in pids]
    assert len(set(codes)) == len(codes)  # two participants never share a code
    for pid, code in zip(pids, codes):
        person = ws.conn.execute("SELECT given_name, family_name, email, organisation, country FROM participants "
                                 "WHERE id = ?", (pid,)).fetchone()
        text = " ".join(person).upper()
        words = [w for w in text.replace("@", " ").replace(".", " ").split() if len(w) >= 5]
        fragments = {w[i:i + 5] for w in words for i in range(len(w) - 4)}
        assert not [f for f in fragments if f in code], (code, person)
        # the code depends only on the event's secret and the random number: editing the person changes nothing
        assert code == badges.make_code(checkin.badge_secret(ws), ws.event_id, number_of(ws, pid))
    update_participant(ws, pids[0], {"given_name": "Josefina", "family_name": "Quispe", "email": "jq@example.pe",
                                     "organisation": "PUCP", "country": "CL"})
    assert checkin.badge_code(ws, pids[0]) == codes[0]


def test_participant_numbers_are_random_and_unique(tmp_path: Path, device):
    with demo.build_demo_event(tmp_path / "demo.eulac") as ws:
        numbers = [r[0] for r in ws.conn.execute("SELECT badge_number FROM participants")]
    assert len(numbers) == 240 == len(set(numbers))
    assert all(0 <= n < badges.MAX_NUMBER for n in numbers)
    ordered = sorted(numbers)
    assert max(numbers) > 1_000_000  # not a counter 0, 1, 2…
    assert sum(1 for a, b in itertools.pairwise(ordered) if b - a == 1) < 5


def test_numbers_drawn_at_once_are_distinct_in_range_spread_and_avoid_those_taken():
    """An import draws its badge numbers at once (`new_numbers`): as random as `new_number`'s, none taken twice."""
    taken = set(range(0, badges.MAX_NUMBER, badges.MAX_NUMBER // 1000))
    before = set(taken)
    numbers = badges.new_numbers(20_000, taken)
    assert len(numbers) == 20_000 == len(set(numbers))
    assert not set(numbers) & before and taken == before | set(numbers)
    assert all(0 <= n < badges.MAX_NUMBER for n in numbers)
    assert min(numbers) < badges.MAX_NUMBER // 100 and max(numbers) > badges.MAX_NUMBER * 99 // 100  # the whole range
    assert sum(n < badges.MAX_NUMBER // 2 for n in numbers) in range(9_500, 10_500)  # evenly, not just the low half
    assert badges.new_numbers(0, taken) == []


def test_two_events_have_different_tags_and_refuse_each_other(ws, tmp_path: Path, device):
    from eulac_desktop.core.event import create_event_file

    with create_event_file(tmp_path / "other.eulac", name="Other Lab", start_date="2026-12-05") as other:
        add_participants(other, [{"given_name": "Ana", "family_name": "Souza", "email": "ana@example.br"}])
        foreign = checkin.badge_code(other, participant_ids(other)[0])
        assert badges.event_tag(other.event_id) != badges.event_tag(ws.event_id)
        assert checkin.badge_secret(other) != checkin.badge_secret(ws)
    assert badges.read_code(checkin.badge_secret(ws), ws.event_id, foreign).refusal == "other_event"
    assert checkin.scan(ws, foreign).reason == "other_event"


# -- the QR code ------------------------------------------------------------------------------------


def test_the_code_fits_a_qr_code_of_version_3_or_less_at_level_m(ws):
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    for email in EMAILS:
        code = code_of(ws, email)
        qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M)
        qr.add_data(code)
        qr.make(fit=True)
        assert qr.version <= 3, (code, qr.version)


def test_the_qr_code_made_and_read_by_zxing_gives_back_the_code(ws):
    import zxingcpp
    from PIL import Image

    for email in EMAILS:
        code = code_of(ws, email)
        barcode = zxingcpp.create_barcode(code, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
        image = barcode.to_image(scale=4)
        height, width = image.shape
        png = Image.frombytes("L", (width, height), bytes(memoryview(image)))  # as a camera or a PDF would give it
        found = zxingcpp.read_barcodes(png)
        assert [b.text for b in found] == [code]
        assert found[0].format == zxingcpp.BarcodeFormat.QRCode
        assert int(found[0].extra["Version"]) <= 3
        assert found[0].ec_level == "M"
        assert checkin.scan(ws, found[0].text).participant_id == find_by_email(ws, email)


# -- why a code is refused --------------------------------------------------------------------------


def test_a_good_code_reads_as_its_number(ws):
    pid = find_by_email(ws, "anna@example.fi")
    reading = badges.read_code(checkin.badge_secret(ws), ws.event_id, checkin.badge_code(ws, pid))
    assert reading.ok and reading.refusal is None
    assert reading.number == number_of(ws, pid)


def test_every_change_of_the_number_or_the_signature_is_forged(ws):
    secret, event = checkin.badge_secret(ws), ws.event_id
    code = code_of(ws, "jose@example.org")
    tried = 0
    for i, altered in substitutions(code, range(NUMBER.start, SIGNATURE.stop)):
        reading = badges.read_code(secret, event, altered)
        assert (reading.refusal, reading.number) == ("forged", None), (i, altered)
        tried += 1
    assert tried == (badges.NUMBER_LEN + badges.MAC_LEN) * (len(badges.ALPHABET) - 1)


def test_a_changed_tag_is_another_event_and_a_changed_prefix_is_unreadable(ws):
    secret, event = checkin.badge_secret(ws), ws.event_id
    code = code_of(ws, "jose@example.org")
    for _, altered in substitutions(code, TAG):
        assert badges.read_code(secret, event, altered).refusal == "other_event"
    for _, altered in substitutions(code, range(0, VERSION_AT + 1)):  # "EU" and the version letter
        assert badges.read_code(secret, event, altered).refusal == "unreadable"


def test_a_code_signed_with_another_secret_is_forged(ws):
    forged = badges.make_code(badges.new_secret(), ws.event_id, number_of(ws, find_by_email(ws, "c@example.org")))
    assert badges.read_code(checkin.badge_secret(ws), ws.event_id, forged).refusal == "forged"
    assert checkin.scan(ws, forged).reason == "forged"


def test_a_validly_signed_code_for_a_number_nobody_has_is_unknown(ws):
    taken = {r[0] for r in ws.conn.execute("SELECT badge_number FROM participants")}
    number = next(n for n in range(1000, 2000) if n not in taken)
    code = badges.make_code(checkin.badge_secret(ws), ws.event_id, number)
    assert badges.read_code(checkin.badge_secret(ws), ws.event_id, code).number == number  # it verifies…
    result = checkin.scan(ws, code)
    assert (result.status, result.reason) == ("refused", "unknown")  # …but it is nobody's


def test_deleted_and_erased_people_are_refused_with_their_reason(ws):
    jose, anna = find_by_email(ws, "jose@example.org"), find_by_email(ws, "anna@example.fi")
    jose_code, anna_code = checkin.badge_code(ws, jose), checkin.badge_code(ws, anna)
    delete_participants(ws, [jose])
    erase_participant(ws, anna)
    deleted, erased = checkin.scan(ws, jose_code), checkin.scan(ws, anna_code)
    assert (deleted.status, deleted.reason) == ("refused", "deleted")
    assert (erased.status, erased.reason) == ("refused", "erased")


@pytest.mark.parametrize("scanned", [
    "", " ", "\n", "\r\n", "hello world", "https://example.org/badge", "12345678901234567890123456789",
    "EU", "EUB",
], ids=repr)
def test_garbage_and_empty_scans_are_unreadable(ws, scanned):
    assert badges.read_code(checkin.badge_secret(ws), ws.event_id, scanned).refusal == "unreadable"
    assert checkin.scan(ws, scanned).reason == "unreadable"


def test_partial_codes_are_unreadable(ws):
    secret, event = checkin.badge_secret(ws), ws.event_id
    code = code_of(ws, "c@example.org")
    for end in range(1, len(code)):
        assert badges.read_code(secret, event, code[:end]).refusal == "unreadable", code[:end]
        assert badges.read_code(secret, event, code[len(code) - end:]).refusal == "unreadable", code[-end:]
    assert badges.read_code(secret, event, code + "X").refusal == "unreadable"
    assert badges.read_code(secret, event, code[:10] + "A" + code[11:]).refusal == "unreadable"  # A is not a code letter


def test_two_codes_run_together_are_two_codes(ws):
    secret, event = checkin.badge_secret(ws), ws.event_id
    jose, anna = code_of(ws, "jose@example.org"), code_of(ws, "anna@example.fi")
    for scanned in (jose + anna, jose + "\n" + anna + "\n", f" {jose} {anna} ", jose.lower() + anna):
        assert badges.read_code(secret, event, scanned).refusal == "two_codes", scanned
        result = checkin.scan(ws, scanned)
        assert (result.status, result.reason) == ("refused", "two_codes")


def test_every_refusal_has_a_message():
    assert set(badges.REFUSALS) == {"unreadable", "two_codes", "other_event", "forged", "unknown", "deleted", "erased"}
    for reason in badges.REFUSALS:
        assert checkin.ScanResult("refused", reason).reason_text()


# -- keyboard layouts ---------------------------------------------------------------------------------
#
# Each layout is four rows of keys (the US key positions: `1…= / q…\ / a…' / z…/), unshifted then
# shifted. Dead keys are written as the character they give when followed by a space.

US = (("`1234567890-=", "~!@#$%^&*()_+"),
      ("qwertyuiop[]\\", "QWERTYUIOP{}|"),
      ("asdfghjkl;'", 'ASDFGHJKL:"'),
      ("zxcvbnm,./", "ZXCVBNM<>?"))

LAYOUTS = {
    "French AZERTY": (("²&é\"'(-è_çà)=", "³1234567890°+"),
                      ("azertyuiop^$*", "AZERTYUIOP¨£µ"),
                      ("qsdfghjklmù", "QSDFGHJKLM%"),
                      ("wxcvbn,;:!", "WXCVBN?./§")),
    "German QWERTZ": (("^1234567890ß´", "°!\"§$%&/()=?`"),
                      ("qwertzuiopü+#", "QWERTZUIOPÜ*'"),
                      ("asdfghjklöä", "ASDFGHJKLÖÄ"),
                      ("yxcvbnm,.-", "YXCVBNM;:_")),
    "Spanish": (("º1234567890'¡", "ª!\"·$%&/()=?¿"),
                ("qwertyuiop`+ç", "QWERTYUIOP^*Ç"),
                ("asdfghjklñ´", "ASDFGHJKLÑ¨"),
                ("zxcvbnm,.-", "ZXCVBNM;:_")),
    "Portuguese": (("\\1234567890'«", "|!\"#$%&/()=?»"),
                   ("qwertyuiop+´~", "QWERTYUIOP*`^"),
                   ("asdfghjklçº", "ASDFGHJKLÇª"),
                   ("zxcvbnm,.-", "ZXCVBNM;:_")),
    "Brazilian ABNT2": (("'1234567890-=", "\"!@#$%¨&*()_+"),
                        ("qwertyuiop´[]", "QWERTYUIOP`{}"),
                        ("asdfghjklç~", "ASDFGHJKLÇ^"),
                        ("zxcvbnm,.;", "ZXCVBNM<>:")),
}


def keymap(layout) -> dict[str, str]:
    """What each character a US keyboard types becomes when the same key (and Shift) is pressed on `layout`."""
    mapping = {" ": " ", "\n": "\n", "\r": "\r", "\t": "\t"}
    for (us_plain, us_shifted), (plain, shifted) in zip(US, layout):
        assert len(us_plain) == len(plain) and len(us_shifted) == len(shifted)
        mapping.update(zip(us_plain, plain))
        mapping.update(zip(us_shifted, shifted))
    return mapping


KEYMAPS = {name: keymap(layout) for name, layout in LAYOUTS.items()}


def typed(text: str, layout: str, caps_lock: bool = False) -> str:
    """`text` as a US-keyboard scanner types it on `layout` (Caps Lock inverts the case of letters)."""
    out = "".join(KEYMAPS[layout][c] for c in text)
    return out.swapcase() if caps_lock else out  # swapcase only touches letters


def test_the_layout_maps_are_those_of_the_real_keyboards():
    fr, de, es, pt, br = (KEYMAPS[n] for n in LAYOUTS)
    assert (fr["a"], fr["q"], fr["w"], fr["z"], fr[";"], fr["m"]) == ("q", "a", "z", "w", "m", ",")
    assert "".join(fr[d] for d in "1234567890") == "&é\"'(-è_çà"
    assert "".join(fr[d] for d in "!@#$%^&*()") == "1234567890"
    assert (fr["A"], fr["Q"], fr["W"], fr["Z"], fr[":"]) == ("Q", "A", "Z", "W", "M")
    assert (de["y"], de["z"], de["Y"], de["Z"], de["-"], de[";"], de["["]) == ("z", "y", "Z", "Y", "ß", "ö", "ü")
    assert (es[";"], es[":"], pt[";"], pt[":"], br[";"], br[":"], br["/"]) == ("ñ", "Ñ", "ç", "Ç", "ç", "Ç", ";")
    for name, mapping in KEYMAPS.items():
        letters = [mapping[c] for c in "abcdefghijklmnopqrstuvwxyz"]
        assert all(c.isalpha() or c in ",;" for c in letters), name
        for c in "abcdefghijklmnopqrstuvwxyz":  # Shift + a letter key is the capital of what the key gives
            if mapping[c].isalpha():
                assert mapping[c.upper()] == mapping[c].upper(), (name, c)
        assert len(mapping) == 47 * 2 + 4, name  # all 47 keys, both shift states, space and line ends


def test_the_code_alphabet_types_alike_on_every_layout_and_the_left_out_letters_do_not():
    for letter in badges.ALPHABET + badges.MAGIC:
        for name in LAYOUTS:
            for caps in (False, True):
                assert badges.normalize(typed(letter, name, caps)) == letter, (letter, name, caps)
    # why A, M, Q, W, Y, Z and the digits are not in codes: some layout moves them
    for char in "AMQWYZ0123456789":
        assert any(typed(char, name) != char for name in LAYOUTS), char
    assert not set("AMQWYZ") & set(badges.ALPHABET)


@pytest.fixture(scope="module")
def demo_badges(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The demo event (240 people, closed) and each participant's badge code."""
    path = tmp_path_factory.mktemp("demo") / "demo.eulac"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EULAC_CONFIG_DIR", str(tmp_path_factory.mktemp("demo-config")))
        with demo.build_demo_event(path) as ws:
            codes = {pid: checkin.badge_code(ws, pid) for pid in participant_ids(ws)}
    assert len(codes) == 240
    return path, codes


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_demo_badge_typed_on_each_layout_verifies_to_its_participant(demo_badges, layout):
    path, codes = demo_badges
    with Workspace.open(path, mode="read") as ws:
        secret, event = checkin.badge_secret(ws), ws.event_id
        owner = {n: pid for pid, n in ws.conn.execute("SELECT id, badge_number FROM participants")}
    assert len(set(codes.values())) == 240
    for pid, code in codes.items():
        # the scanner sends Shift + key for the capitals, then Enter; some are set up to add spaces
        for scanned in (code + "\n", "  " + code + "  \r\n", code + "\t"):
            for caps in (False, True):
                text = typed(scanned, layout, caps)
                reading = badges.read_code(secret, event, text)
                assert reading.ok, (layout, caps, text, reading.refusal)
                assert owner[reading.number] == pid


def test_demo_badges_typed_on_azerty_with_caps_lock_check_the_right_people_in(demo_badges, tmp_path: Path):
    path, codes = demo_badges
    copy = tmp_path / "demo.eulac"
    shutil.copyfile(path, copy)  # the closed file is whole (its WAL was checkpointed)
    with Workspace.open(copy) as ws:
        assert checkin.stats(ws)["checked_in"] == 160
        for pid, code in codes.items():
            result = checkin.scan(ws, typed(" " + code + "\n", "French AZERTY", caps_lock=True), desk="Door")
            assert result.status in ("checked_in", "already"), (result.status, result.reason)
            assert result.participant_id == pid
        assert checkin.stats(ws)["checked_in"] == 240


# -- the upgrade of a v3 file --------------------------------------------------------------------------


def test_an_upgraded_v3_file_gets_a_badge_secret_and_a_unique_number_for_everyone(tmp_path: Path):
    path = tmp_path / "v3.eulac"
    shutil.copyfile(FIXTURES / "schema_v3.eulac", path)
    with Workspace.open(path) as ws:
        secret = base64.b64decode(ws.conn.execute("SELECT value FROM meta WHERE key = 'badge_secret'").fetchone()[0])
        numbers = {pid: n for pid, n in ws.conn.execute("SELECT id, badge_number FROM participants")}
        assert len(secret) == 32 and checkin.badge_secret(ws) == secret
        assert numbers and None not in numbers.values()
        assert len(set(numbers.values())) == len(numbers)
        assert all(0 <= n < badges.MAX_NUMBER for n in numbers.values())
        unique = {r[1]: r[2] for r in ws.conn.execute("PRAGMA index_list(participants)")}
        assert unique.get("idx_participants_badge") == 1
        first, second = list(numbers)[:2]
        with pytest.raises(sqlite3.IntegrityError):
            ws.conn.execute("UPDATE participants SET badge_number = ? WHERE id = ?", (numbers[first], second))
        for pid in numbers:
            result = checkin.scan(ws, checkin.badge_code(ws, pid))
            assert (result.status, result.participant_id) == ("checked_in", pid)
        # a participant added after the upgrade gets a number nobody has
        add_participants(ws, [{"given_name": "Zoë", "family_name": "Ñandú"}])
        all_numbers = [r[0] for r in ws.conn.execute("SELECT badge_number FROM participants")]
        assert None not in all_numbers and len(set(all_numbers)) == len(numbers) + 1
    with Workspace.open(path) as ws:  # opened again: the same secret and numbers
        assert checkin.badge_secret(ws) == secret
        assert {pid: n for pid, n in ws.conn.execute("SELECT id, badge_number FROM participants")
                if pid in numbers} == numbers


# -- a property -------------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, derandomize=True)
@given(secret=st.binary(min_size=16, max_size=64), event_id=st.text(min_size=1, max_size=40),
       number=st.integers(min_value=0, max_value=badges.MAX_NUMBER - 1), data=st.data())
def test_a_code_reads_back_and_no_single_substitution_passes(secret, event_id, number, data):
    code = badges.make_code(secret, event_id, number)
    assert len(code) == badges.CODE_LEN
    assert badges.read_code(secret, event_id, code) == badges.Reading(number)
    assert badges.read_code(secret, event_id, code.lower()).number == number
    position = data.draw(st.integers(min_value=0, max_value=badges.CODE_LEN - 1), label="position")
    letter = data.draw(st.sampled_from([c for c in badges.ALPHABET if c != code[position]]), label="letter")
    altered = code[:position] + letter + code[position + 1:]
    reading = badges.read_code(secret, event_id, altered)
    assert not reading.ok and reading.number is None
    assert reading.refusal in badges.REFUSALS


def test_numbers_outside_the_range_make_no_code():
    for number in (-1, badges.MAX_NUMBER):
        with pytest.raises(ValueError):
            badges.make_code(b"s" * 32, "event", number)
