"""Paper ballots (core/voting/paper.py, documents/paper_ballots.py, `eulac ballots paper|enter|mismatches`).

A paper ballot carries a signed serial (`P` + poll tag + number + signature, in the badge alphabet); it is
entered once from the paper (a second entry of the same serial is refused), checked against the method's
rules, and may be typed again by a second person (double entry) whose entry is compared with the first but
never counted. The PDF prints each ballot with its serial as a QR code: the codes are decoded back with
zxing-cpp and must be the poll's serials.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import run, run_json, text_sizes

# the keyboard layout maps of the badge tests (tests/ is on sys.path: no __init__.py there)
from test_badges import LAYOUTS as KEYBOARD_LAYOUTS
from test_badges import typed

from eulac_desktop.core import badges, errors, voting
from eulac_desktop.core.registration import participant_ids
from eulac_desktop.core.voting import paper
from eulac_desktop.core.workspace import Workspace

needs_pdftoppm = pytest.mark.skipif(not shutil.which("pdftoppm"),
                                    reason="pdftoppm (poppler-utils) is not installed; make test installs it")


@pytest.fixture
def ws(event_file: Path):
    with Workspace.open(event_file) as workspace:
        yield workspace


def make_poll(ws: Workspace, method: str, n: int = 4, *, params: dict | None = None, secret: bool = True,
              state: str = "open", title: str = "Roadmap priorities", eligibility: str = "all") -> tuple[str, list[str]]:
    """A poll of `n` options in `state`, open to all three people of `event_file` (paper ballots typed in by
    serial alone are capped by the people who may vote); returns its id and its option ids in declared order."""
    texts = [f"Question {i + 1}?" if method == "yes-no" else f"Option {i + 1}" for i in range(n)]
    poll_id = voting.create_poll(ws, title, method, texts, params=params, secret=secret,
                                 eligibility=eligibility).inserted["polls"][0]
    if state != "draft":
        voting.set_state(ws, poll_id, state)
    return poll_id, [o["id"] for o in voting.get_poll(ws, poll_id)["options"]]


def scores(ws: Workspace, poll_id: str) -> dict[str, object]:
    return {o["id"]: o["score"] for o in voting.results(ws, poll_id)["options"]}


def ballot_rows(ws: Workspace, poll_id: str) -> list[tuple]:
    return ws.conn.execute("SELECT voter, channel, serial, payload FROM ballots WHERE poll_id = ?", (poll_id,)).fetchall()


def other_letter(char: str) -> str:
    return badges.ALPHABET[(badges.ALPHABET.index(char) + 1) % len(badges.ALPHABET)]


# -- serials --------------------------------------------------------------------------------------------


def test_serials_are_deterministic_distinct_and_in_the_badge_alphabet(ws: Workspace, event_file: Path) -> None:
    poll_id, _ = make_poll(ws, "dots")
    first = voting.serials(ws, poll_id, 50)
    assert voting.serials(ws, poll_id, 50) == first  # printing again gives the same serials
    assert len(first) == 50 and len(set(first)) == 50
    for serial in first:
        assert len(serial) == 20 and serial.startswith("P")
        assert set(serial) <= set(badges.ALPHABET), serial
    tags = {s[1:5] for s in first}
    assert len(tags) == 1  # one poll, one tag
    ws.close()
    with Workspace.open(event_file, mode="read") as again:  # the same after reopening the file
        assert voting.serials(again, poll_id, 50) == first


def test_start_offsets_continue_the_sequence(ws: Workspace) -> None:
    poll_id, _ = make_poll(ws, "approval")
    ten = voting.serials(ws, poll_id, 10)
    assert voting.serials(ws, poll_id, 5, start=4) == ten[3:8]
    assert voting.serials(ws, poll_id, 1, start=10) == ten[-1:]
    assert voting.serials(ws, poll_id, 3, start=11)[0] not in ten


def test_two_polls_have_different_serials(ws: Workspace) -> None:
    a, _ = make_poll(ws, "dots")
    b, _ = make_poll(ws, "dots", title="Another poll")
    assert not set(voting.serials(ws, a, 20)) & set(voting.serials(ws, b, 20))
    assert voting.serials(ws, a, 1)[0][1:5] != voting.serials(ws, b, 1)[0][1:5]


@pytest.mark.parametrize("count, start", [(0, 1), (-1, 1), (10_001, 1), (1, 0), (1, -5), (2, paper.MAX_SERIALS - 1)])
def test_out_of_range_counts_and_starts_are_refused(ws: Workspace, count: int, start: int) -> None:
    poll_id, _ = make_poll(ws, "dots")
    with pytest.raises(errors.InvalidValue, match="1 to 10,000"):
        voting.serials(ws, poll_id, count, start)


def test_ten_thousand_serials_are_allowed_and_all_distinct(ws: Workspace) -> None:
    poll_id, _ = make_poll(ws, "dots")
    many = voting.serials(ws, poll_id, 10_000)
    assert len(set(many)) == 10_000
    last = voting.serials(ws, poll_id, 1, start=paper.MAX_SERIALS - 1)[0]  # the last number still has a serial
    assert voting.read_serial(ws, poll_id, last) == last


def test_serials_of_a_missing_poll_are_refused(ws: Workspace) -> None:
    with pytest.raises(errors.InvalidValue, match="does not exist"):
        voting.serials(ws, "no-such-poll", 3)


def test_read_serial_accepts_lower_case_spaces_and_dashes(ws: Workspace) -> None:
    poll_id, _ = make_poll(ws, "dots")
    for serial in voting.serials(ws, poll_id, 5):
        assert voting.read_serial(ws, poll_id, serial) == serial
        assert voting.read_serial(ws, poll_id, serial.lower()) == serial
        spaced = " ".join(serial[i:i + 5] for i in range(0, 20, 5))
        dashed = "-".join(serial[i:i + 4] for i in range(0, 20, 4)).lower()
        assert voting.read_serial(ws, poll_id, spaced) == serial
        assert voting.read_serial(ws, poll_id, "  " + dashed + "\r\n") == serial


def test_read_serial_refuses_a_serial_of_another_poll(ws: Workspace) -> None:
    a, _ = make_poll(ws, "dots")
    b, _ = make_poll(ws, "dots", title="Another poll")
    with pytest.raises(voting.VoteRefused, match="another poll"):
        voting.read_serial(ws, a, voting.serials(ws, b, 1)[0])


def test_no_single_altered_character_passes(ws: Workspace) -> None:
    poll_id, _ = make_poll(ws, "dots")
    serial = voting.serials(ws, poll_id, 1, start=7)[0]
    for i in range(1, 20):
        for letter in badges.ALPHABET:
            if letter == serial[i]:
                continue
            altered = serial[:i] + letter + serial[i + 1:]
            expected = "another poll" if i < 5 else "not valid"  # the tag names the poll; the rest is signed
            with pytest.raises(voting.VoteRefused, match=expected):
                voting.read_serial(ws, poll_id, altered)


def test_a_serial_signed_in_another_event_is_not_valid(ws: Workspace, tmp_path: Path, device) -> None:
    """Same poll id cannot exist twice, so sign the body with another secret: the signature must not pass."""
    poll_id, _ = make_poll(ws, "dots")
    serial = voting.serials(ws, poll_id, 1)[0]
    forged = serial[:10] + paper._mac(b"another event's secret", serial[:10])
    assert forged != serial
    with pytest.raises(voting.VoteRefused, match="not valid"):
        voting.read_serial(ws, poll_id, forged)


@pytest.mark.parametrize("scanned", ["", "   ", "hello", "P", "P123456789012345678X", "EUB" + "B" * 26, "ñññ"])
def test_garbage_is_not_a_serial(ws: Workspace, scanned: str) -> None:
    poll_id, _ = make_poll(ws, "dots")
    with pytest.raises(voting.VoteRefused, match="not the serial of a paper ballot"):
        voting.read_serial(ws, poll_id, scanned)


def test_a_serial_with_a_character_missing_or_added_is_refused(ws: Workspace) -> None:
    poll_id, _ = make_poll(ws, "dots")
    serial = voting.serials(ws, poll_id, 1)[0]
    for wrong in (serial[:-1], serial + "B", serial[1:], serial + serial):
        with pytest.raises(voting.VoteRefused):
            voting.read_serial(ws, poll_id, wrong)


@pytest.mark.parametrize("layout", list(KEYBOARD_LAYOUTS))
def test_a_serial_scanned_through_each_keyboard_layout_verifies(ws: Workspace, layout: str) -> None:
    poll_id, _ = make_poll(ws, "dots")
    for serial in voting.serials(ws, poll_id, 30):
        for scanned in (serial + "\n", "  " + serial + "  \r\n", serial + "\t"):
            for caps in (False, True):
                text = typed(scanned, layout, caps)
                assert voting.read_serial(ws, poll_id, text) == serial, (layout, caps, text)


# -- entering paper ballots ---------------------------------------------------------------------------------


def test_entered_paper_ballots_count_in_the_results(ws: Workspace) -> None:
    poll_id, (a, b, c, d) = make_poll(ws, "dots", params={"dots": 3})
    s = voting.serials(ws, poll_id, 3)
    voting.enter_paper_ballot(ws, poll_id, s[0], {a: 2, b: 1})
    voting.enter_paper_ballot(ws, poll_id, s[1].lower(), {a: 3})
    voting.enter_paper_ballot(ws, poll_id, s[2], {c: 1, d: 0})
    results = voting.results(ws, poll_id)
    assert results["ballots"] == 3 and results["superseded"] == 0
    assert scores(ws, poll_id) == {a: 5, b: 1, c: 1, d: 0}
    assert [o["id"] for o in results["options"]][:1] == [a]
    rows = ballot_rows(ws, poll_id)
    assert sorted(r[2] for r in rows) == sorted(s)  # stored normalised
    assert {r[1] for r in rows} == {"paper"}


@pytest.mark.parametrize("method, params, marks, expected", [
    ("budget", {"total": 10}, lambda o: {o[0]: 7, o[1]: 3}, lambda o: {o[0]: 7, o[1]: 3, o[2]: 0, o[3]: 0}),
    ("schulze", {}, lambda o: [o[2], o[0]], None),
    ("borda", {}, lambda o: [o[3], o[1]], lambda o: {o[0]: 0, o[1]: 2, o[2]: 0, o[3]: 3}),
    ("approval", {}, lambda o: [o[1], o[2]], lambda o: {o[0]: 0, o[1]: 1, o[2]: 1, o[3]: 0}),
    ("yes-no", {}, lambda o: {o[0]: "yes", o[1]: "no"}, lambda o: {o[0]: 1, o[1]: -1, o[2]: 0, o[3]: 0}),
    ("impact-effort", {}, lambda o: {o[0]: [5, 1]}, lambda o: {o[0]: [5.0, 1.0], o[1]: None, o[2]: None, o[3]: None}),
])
def test_each_method_counts_a_paper_ballot(ws: Workspace, method, params, marks, expected) -> None:
    poll_id, options = make_poll(ws, method, params=params)
    voting.enter_paper_ballot(ws, poll_id, voting.serials(ws, poll_id, 1)[0], marks(options))
    assert voting.results(ws, poll_id)["ballots"] == 1
    if expected:
        assert scores(ws, poll_id) == expected(options)
    else:
        assert voting.results(ws, poll_id)["options"][0]["id"] == options[2]


@pytest.mark.parametrize("state", ["draft", "closed"])
def test_a_poll_that_is_not_open_refuses_paper_ballots(ws: Workspace, state: str) -> None:
    poll_id, (a, *_rest) = make_poll(ws, "dots", state=state)
    serial = voting.serials(ws, poll_id, 1)[0]
    with pytest.raises(voting.VoteRefused, match="not open"):
        voting.enter_paper_ballot(ws, poll_id, serial, {a: 1})
    assert ballot_rows(ws, poll_id) == []
    voting.set_state(ws, poll_id, "open")
    voting.enter_paper_ballot(ws, poll_id, serial, {a: 1})  # the serial was not used up
    assert voting.results(ws, poll_id)["ballots"] == 1


def test_closing_the_poll_stops_paper_entry_but_keeps_the_count(ws: Workspace) -> None:
    poll_id, (a, b, *_rest) = make_poll(ws, "approval")
    s = voting.serials(ws, poll_id, 2)
    voting.enter_paper_ballot(ws, poll_id, s[0], [a])
    voting.set_state(ws, poll_id, "closed")
    with pytest.raises(voting.VoteRefused, match="not open"):
        voting.enter_paper_ballot(ws, poll_id, s[1], [b])
    assert voting.results(ws, poll_id)["ballots"] == 1 and scores(ws, poll_id)[a] == 1


def test_a_paper_serial_entered_twice_counts_once(ws: Workspace) -> None:
    poll_id, (a, b, *_rest) = make_poll(ws, "dots")
    serial = voting.serials(ws, poll_id, 1)[0]
    voting.enter_paper_ballot(ws, poll_id, serial, {a: 3})
    for again in (serial, serial.lower(), " ".join(serial)):
        with pytest.raises(voting.VoteRefused, match="already entered"):
            voting.enter_paper_ballot(ws, poll_id, again, {b: 3})
    assert len(ballot_rows(ws, poll_id)) == 1
    results = voting.results(ws, poll_id)
    assert results["ballots"] == 1 and scores(ws, poll_id)[a] == 3 and scores(ws, poll_id)[b] == 0


def test_a_bad_serial_is_refused_and_records_nothing(ws: Workspace) -> None:
    poll_id, (a, *_rest) = make_poll(ws, "dots")
    other, _ = make_poll(ws, "dots", title="Other")
    serial = voting.serials(ws, poll_id, 1)[0]
    with pytest.raises(voting.VoteRefused, match="another poll"):
        voting.enter_paper_ballot(ws, poll_id, voting.serials(ws, other, 1)[0], {a: 1})
    with pytest.raises(voting.VoteRefused, match="not valid"):
        voting.enter_paper_ballot(ws, poll_id, serial[:-1] + other_letter(serial[-1]), {a: 1})
    with pytest.raises(voting.VoteRefused, match="not the serial"):
        voting.enter_paper_ballot(ws, poll_id, "garbage", {a: 1})
    assert ballot_rows(ws, poll_id) == [] and ballot_rows(ws, other) == []


@pytest.mark.parametrize("method, params, marks, reason", [
    ("dots", {"dots": 3}, lambda o: {o[0]: 4}, "at most 3 allowed"),
    ("dots", {"dots": 3}, lambda o: {o[0]: 2, o[1]: 2}, "4 dots given"),
    ("dots", {"dots": 3, "max_per_option": 2}, lambda o: {o[0]: 3}, "dots on one option: at most 2"),
    ("dots", {}, lambda o: {o[0]: -1}, "negative"),
    ("dots", {}, lambda o: {"not-an-option": 1}, "does not have"),
    ("budget", {}, lambda o: {o[0]: 60, o[1]: 50}, "add up to 110"),
    ("budget", {}, lambda o: {o[0]: 99}, "add up to 99"),
    ("borda", {}, lambda o: [o[0], o[1], o[0]], "appears twice"),
    ("schulze", {}, lambda o: [o[2], o[2]], "appears twice"),
    ("schulze", {}, lambda o: [], "ranking lists options"),
    ("approval", {}, lambda o: [o[1], o[1]], "appears twice"),
    ("yes-no", {}, lambda o: {o[0]: "maybe"}, "yes, no or abstain"),
    ("impact-effort", {}, lambda o: {o[0]: [6, 1]}, "from 1 to 5"),
])
def test_marks_that_break_the_rules_are_refused_and_nothing_is_recorded(ws: Workspace, method, params, marks,
                                                                          reason) -> None:
    poll_id, options = make_poll(ws, method, params=params)
    serial = voting.serials(ws, poll_id, 1)[0]
    with pytest.raises(voting.VoteRefused, match=reason):
        voting.enter_paper_ballot(ws, poll_id, serial, marks(options))
    assert ballot_rows(ws, poll_id) == []
    assert voting.results(ws, poll_id)["ballots"] == 0
    assert voting.paper_mismatches(ws, poll_id) == []


def test_a_refused_ballot_leaves_its_serial_usable(ws: Workspace) -> None:
    poll_id, (a, b, *_rest) = make_poll(ws, "budget")
    serial = voting.serials(ws, poll_id, 1)[0]
    with pytest.raises(voting.VoteRefused, match="add up to"):
        voting.enter_paper_ballot(ws, poll_id, serial, {a: 70, b: 70})
    voting.enter_paper_ballot(ws, poll_id, serial, {a: 70, b: 30})
    assert scores(ws, poll_id)[a] == 70 and voting.results(ws, poll_id)["ballots"] == 1


def test_a_secret_poll_keeps_no_participant_id_with_a_paper_ballot(ws: Workspace) -> None:
    poll_id, (a, *_rest) = make_poll(ws, "dots", secret=True)
    serial = voting.serials(ws, poll_id, 1)[0]
    voting.enter_paper_ballot(ws, poll_id, serial, {a: 1})
    row = ws.conn.execute("SELECT * FROM ballots WHERE poll_id = ?", (poll_id,)).fetchone()
    names = [c[0] for c in ws.conn.execute("SELECT * FROM ballots LIMIT 0").description]
    ballot = dict(zip(names, row))
    assert ballot["voter"] == "paper:" + serial and ballot["channel"] == "paper"
    people = participant_ids(ws)
    assert len(people) == 3
    for value in ballot.values():
        assert not any(pid in str(value) for pid in people), (value, people)


# -- double entry ---------------------------------------------------------------------------------------------


def test_a_second_entry_that_agrees_matches_whatever_the_key_order(ws: Workspace) -> None:
    poll_id, (a, b, c, _d) = make_poll(ws, "budget")
    serial = voting.serials(ws, poll_id, 1)[0]
    voting.enter_paper_ballot(ws, poll_id, serial, json.loads(json.dumps({a: 50, b: 30, c: 20})))
    reordered = json.loads(f'{{"{c}": 20, "{b}": 30, "{a}": 50}}')
    assert list(reordered) != [a, b, c]
    assert voting.check_paper_ballot(ws, poll_id, serial.lower(), reordered) is True
    assert voting.paper_mismatches(ws, poll_id) == []


def test_zero_marks_left_out_or_written_agree(ws: Workspace) -> None:
    poll_id, (a, b, c, d) = make_poll(ws, "dots", params={"dots": 3})
    serial = voting.serials(ws, poll_id, 1)[0]
    voting.enter_paper_ballot(ws, poll_id, serial, {a: 2, b: 1})
    assert voting.check_paper_ballot(ws, poll_id, serial, {d: 0, b: 1, c: 0, a: 2}) is True


def test_a_second_entry_that_differs_does_not_match(ws: Workspace) -> None:
    poll_id, (a, b, *_rest) = make_poll(ws, "dots")
    serial = voting.serials(ws, poll_id, 1)[0]
    voting.enter_paper_ballot(ws, poll_id, serial, {a: 2, b: 1})
    assert voting.check_paper_ballot(ws, poll_id, serial, {a: 1, b: 2}) is False
    problems = voting.paper_mismatches(ws, poll_id)
    assert problems == [{"serial": serial, "problem": "differs", "first": {a: 2, b: 1}, "second": {a: 1, b: 2}}]


def test_a_second_entry_of_a_serial_never_entered_does_not_match(ws: Workspace) -> None:
    poll_id, (a, *_rest) = make_poll(ws, "dots")
    serial = voting.serials(ws, poll_id, 1)[0]
    assert voting.check_paper_ballot(ws, poll_id, serial, {a: 1}) is False
    assert voting.paper_mismatches(ws, poll_id) == [
        {"serial": serial, "problem": "not_entered", "first": None, "second": {a: 1}}]


def test_a_second_entry_checks_the_serial_and_the_marks(ws: Workspace) -> None:
    poll_id, (a, *_rest) = make_poll(ws, "dots", params={"dots": 3})
    serial = voting.serials(ws, poll_id, 1)[0]
    voting.enter_paper_ballot(ws, poll_id, serial, {a: 1})
    with pytest.raises(voting.VoteRefused, match="not valid"):
        voting.check_paper_ballot(ws, poll_id, serial[:-1] + other_letter(serial[-1]), {a: 1})
    with pytest.raises(voting.VoteRefused, match="at most 3"):
        voting.check_paper_ballot(ws, poll_id, serial, {a: 5})
    assert ws.conn.execute("SELECT count(*) FROM ballot_checks").fetchone()[0] == 0
    assert voting.paper_mismatches(ws, poll_id) == []  # nobody did a valid second entry


def test_paper_mismatches_lists_what_differs_was_not_checked_or_not_entered(ws: Workspace) -> None:
    poll_id, (a, b, c, _d) = make_poll(ws, "approval")
    s = voting.serials(ws, poll_id, 5)
    voting.enter_paper_ballot(ws, poll_id, s[0], [a])
    voting.enter_paper_ballot(ws, poll_id, s[1], [b])
    voting.enter_paper_ballot(ws, poll_id, s[2], [c])
    assert voting.check_paper_ballot(ws, poll_id, s[0], [a]) is True
    assert voting.check_paper_ballot(ws, poll_id, s[1], [c]) is False
    assert voting.check_paper_ballot(ws, poll_id, s[3], [a, b]) is False
    problems = voting.paper_mismatches(ws, poll_id)
    assert [p["serial"] for p in problems] == sorted(p["serial"] for p in problems)
    assert {p["serial"]: p["problem"] for p in problems} == {s[1]: "differs", s[2]: "not_checked", s[3]: "not_entered"}
    by_serial = {p["serial"]: p for p in problems}
    assert (by_serial[s[1]]["first"], by_serial[s[1]]["second"]) == ([b], [c])
    assert (by_serial[s[2]]["first"], by_serial[s[2]]["second"]) == ([c], None)
    assert (by_serial[s[3]]["first"], by_serial[s[3]]["second"]) == (None, [a, b])
    assert s[4] not in by_serial  # printed, neither entered nor checked


def test_without_any_second_entry_there_are_no_mismatches(ws: Workspace) -> None:
    poll_id, (a, b, *_rest) = make_poll(ws, "dots")
    s = voting.serials(ws, poll_id, 3)
    voting.enter_paper_ballot(ws, poll_id, s[0], {a: 1})
    voting.enter_paper_ballot(ws, poll_id, s[1], {b: 2})
    assert voting.paper_mismatches(ws, poll_id) == []


def test_second_entries_never_change_the_results(ws: Workspace) -> None:
    poll_id, (a, b, c, _d) = make_poll(ws, "budget", params={"total": 10})
    s = voting.serials(ws, poll_id, 4)
    voting.enter_paper_ballot(ws, poll_id, s[0], {a: 10})
    voting.enter_paper_ballot(ws, poll_id, s[1], {b: 4, c: 6})
    before = voting.results(ws, poll_id)
    voting.check_paper_ballot(ws, poll_id, s[0], {a: 10})
    voting.check_paper_ballot(ws, poll_id, s[1], {c: 10})
    voting.check_paper_ballot(ws, poll_id, s[2], {b: 10})  # never entered: a check does not count it
    assert voting.results(ws, poll_id) == before
    assert before["ballots"] == 2
    assert len(ballot_rows(ws, poll_id)) == 2
    voting.enter_paper_ballot(ws, poll_id, s[2], {b: 10})  # and does not use its serial up
    assert voting.results(ws, poll_id)["ballots"] == 3


def test_approval_ticks_typed_in_another_order_agree(ws: Workspace) -> None:
    poll_id, (a, _b, c, _d) = make_poll(ws, "approval")
    serial = voting.serials(ws, poll_id, 1)[0]
    voting.enter_paper_ballot(ws, poll_id, serial, [a, c])
    assert voting.check_paper_ballot(ws, poll_id, serial, [c, a]) is True
    assert voting.paper_mismatches(ws, poll_id) == []


# -- the PDF ------------------------------------------------------------------------------------------------


def decode_pages(pdf: Path, folder: Path, dpi: int = 150) -> list[list[str]]:
    """The QR codes found on each page of `pdf` (rendered by pdftoppm, read by zxing-cpp as in test_badge_pdf)."""
    import zxingcpp
    from PIL import Image

    folder.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(folder / "page")], check=True)
    pages = sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [[r.text for r in zxingcpp.read_barcodes(Image.open(png), formats=zxingcpp.BarcodeFormat.QRCode)]
            for png in pages]


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


PDF_POLLS = [("dots", {"dots": 3, "max_per_option": 2}), ("budget", {"total": 100}), ("impact-effort", {}),
             ("yes-no", {}), ("approval", {}), ("schulze", {})]


@needs_pdftoppm
@pytest.mark.parametrize("method, params", PDF_POLLS)
def test_paper_ballots_pdf_prints_two_a_page_with_qr_codes_of_the_serials(ws: Workspace, tmp_path: Path,
                                                                            method: str, params: dict) -> None:
    from eulac_desktop.documents.paper_ballots import paper_ballots_pdf

    poll_id, _ = make_poll(ws, method, 4, params=params, state="draft")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    pdf = out_dir / f"{method}.pdf"
    assert paper_ballots_pdf(ws, poll_id, pdf, 3) == 2  # 3 ballots, two to a page
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out_dir.iterdir()] == [pdf.name]  # no .part left behind
    pages = decode_pages(pdf, tmp_path / "png")
    serials = voting.serials(ws, poll_id, 3)
    assert len(pages) == 2
    assert sorted(pages[0]) == sorted(serials[:2]) and pages[1] == serials[2:]
    if shutil.which("pdftotext"):  # the serial is also printed, to be typed
        text = pdf_text(pdf)
        assert all(s in text for s in serials)


@needs_pdftoppm
@pytest.mark.parametrize("options, per_page", [(9, 2), (10, 1), (12, 1)])
def test_many_options_get_a_page_each(ws: Workspace, tmp_path: Path, options: int, per_page: int) -> None:
    from eulac_desktop.documents.paper_ballots import paper_ballots_pdf

    poll_id, _ = make_poll(ws, "approval", options)
    pdf = tmp_path / "many.pdf"
    count = 2
    assert paper_ballots_pdf(ws, poll_id, pdf, count) == count // per_page
    pages = decode_pages(pdf, tmp_path / "png")
    assert len(pages) == count // per_page
    assert [len(p) for p in pages] == [per_page] * len(pages)
    assert sorted(c for p in pages for c in p) == sorted(voting.serials(ws, poll_id, count))


@needs_pdftoppm
def test_a_later_print_run_continues_the_serials(ws: Workspace, tmp_path: Path) -> None:
    from eulac_desktop.documents.paper_ballots import paper_ballots_pdf

    poll_id, _ = make_poll(ws, "dots")
    pdf = tmp_path / "more.pdf"
    assert paper_ballots_pdf(ws, poll_id, pdf, 2, start=5) == 1
    codes = [c for page in decode_pages(pdf, tmp_path / "png") for c in page]
    assert sorted(codes) == sorted(voting.serials(ws, poll_id, 2, start=5))
    assert sorted(codes) == sorted(voting.serials(ws, poll_id, 6)[4:6])
    for code in codes:  # a decoded code is entered as it is
        assert voting.read_serial(ws, poll_id, code) == code


def test_the_pdf_embeds_its_fonts_and_draws_only_with_them(ws: Workspace, tmp_path: Path, monkeypatch) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from eulac_desktop.documents.fonts import register
    from eulac_desktop.documents.paper_ballots import paper_ballots_pdf

    used: set[str] = set()
    real_font = Canvas.setFont

    def set_font(self, name, size, *args, **kwargs):
        used.add(name)
        return real_font(self, name, size, *args, **kwargs)

    monkeypatch.setattr(Canvas, "setFont", set_font)
    poll_id, _ = make_poll(ws, "yes-no", 3, title="¿Adoptamos la hoja de ruta de São Paulo?")
    pdf = tmp_path / "fonts.pdf"
    paper_ballots_pdf(ws, poll_id, pdf, 2)
    assert used and used <= set(register())  # every string is drawn with the registered (embedded) fonts
    data = pdf.read_bytes()
    assert b"/FontFile2" in data  # TrueType font programs inside the file
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
        rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
        noto = [r for r in rows if "NotoSans" in r[0]]
        assert len(noto) == 2, listing
        assert all(r[-5] == "yes" for r in noto), listing  # the `emb` column
        # reportlab lists its initial Helvetica in the resources; nothing is drawn with it (checked above)
        assert all(r[-5] == "yes" or r[0] == "Helvetica" for r in rows), listing


def test_a_pdf_with_a_bad_count_writes_nothing(ws: Workspace, tmp_path: Path) -> None:
    from eulac_desktop.documents.paper_ballots import paper_ballots_pdf

    poll_id, _ = make_poll(ws, "dots")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(errors.InvalidValue):
        paper_ballots_pdf(ws, poll_id, out / "none.pdf", 0)
    assert list(out.iterdir()) == []


def test_a_cancelled_pdf_leaves_no_file(ws: Workspace, tmp_path: Path) -> None:
    from eulac_desktop.documents.paper_ballots import paper_ballots_pdf

    poll_id, _ = make_poll(ws, "dots")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(errors.Cancelled):
        paper_ballots_pdf(ws, poll_id, out / "cancel.pdf", 10, progress=lambda done, total: done < 4)
    assert list(out.iterdir()) == []


# -- the command line ------------------------------------------------------------------------------------------


@pytest.fixture
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --lang the CLI follows the system's language: make that English whatever the machine says."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture
def cli_poll(capsys, event_file: Path, english_system) -> tuple[str, list[str]]:
    created = run_json(capsys, "polls", "create", event_file, "--title", "Roadmap", "--method", "dots",
                       "--option", "Data", "--option", "Mobility", "--option", "Skills", "--param", "dots=3",
                       "--eligibility", "all")  # the three people of `event_file` may vote
    assert run(capsys, "polls", "open", event_file, created["id"])[0] == 0
    return created["id"], [o["id"] for o in created["options"]]


def test_cli_paper_ballot_with_json_true_says_true_in_the_persons_language(capsys, event_file: Path, tmp_path: Path,
                                                                          cli_poll) -> None:
    poll, (data, _mobility, _skills) = cli_poll
    serial = run_json(capsys, "ballots", "paper", event_file, poll, tmp_path / "b.pdf", "--count", 1)["serials"][0]
    marks = json.dumps({data: True})
    code, _out, err = run(capsys, "ballots", "enter", event_file, poll, "--serial", serial, "--ballot", marks)
    assert code == 1 and "true is not a whole number" in err and "True" not in err
    code, _out, err = run(capsys, "--lang", "es", "ballots", "enter", event_file, poll, "--serial", serial,
                          "--ballot", marks)
    assert code == 1 and "true no es un número entero" in err


def test_cli_paper_enter_check_and_mismatches(capsys, event_file: Path, tmp_path: Path, cli_poll) -> None:
    poll, (data, mobility, skills) = cli_poll
    pdf = tmp_path / "ballots.pdf"
    printed = run_json(capsys, "ballots", "paper", event_file, poll, pdf, "--count", 3)
    assert set(printed) == {"file", "ballots", "pages", "serials"}
    assert (printed["file"], printed["ballots"], printed["pages"]) == (str(pdf), 3, 2)
    assert pdf.read_bytes().startswith(b"%PDF")
    with Workspace.open(event_file, mode="read") as ws:
        assert printed["serials"] == voting.serials(ws, poll, 3)
    first, second, third = printed["serials"]

    entered = run_json(capsys, "ballots", "enter", event_file, poll, "--serial", first.lower(),
                       "--ballot", json.dumps({data: 2, mobility: 1}))
    assert entered["counted"] is True
    code, out, err = run(capsys, "ballots", "enter", event_file, poll, "--serial", first, "--ballot", json.dumps({skills: 3}))
    assert code == 1 and out == "" and "already entered" in err
    refused = run_json(capsys, "ballots", "enter", event_file, poll, "--serial", first, "--ballot", json.dumps({skills: 3}),
                       expect=1)
    assert refused["error"] == "vote_refused"
    assert run(capsys, "ballots", "enter", event_file, poll, "--serial", second, "--ballot", json.dumps({skills: 1}))[0] == 0

    agrees = run_json(capsys, "ballots", "enter", event_file, poll, "--serial", second, "--ballot",
                      json.dumps({skills: 1}), "--check")
    assert agrees == {"serial": second, "matches": True}
    differs = run_json(capsys, "ballots", "enter", event_file, poll, "--serial", first, "--ballot",
                       json.dumps({data: 1, mobility: 2}), "--check", expect=1)
    assert differs == {"serial": first, "matches": False}

    problems = run_json(capsys, "ballots", "mismatches", event_file, poll)
    assert problems == [{"serial": first, "problem": "differs", "first": {data: 2, mobility: 1},
                         "second": {data: 1, mobility: 2}}]
    code, out, _err = run(capsys, "ballots", "mismatches", event_file, poll)
    assert code == 0 and first in out and "differs" in out

    results = run_json(capsys, "polls", "results", event_file, poll)  # the checks counted nothing
    assert results["ballots"] == 2
    assert {o["id"]: o["score"] for o in results["options"]} == {data: 2, mobility: 1, skills: 1}
    assert third  # printed but never entered: not a mismatch
    assert all(p["serial"] != third for p in problems)


def test_cli_mismatches_is_empty_without_second_entries(capsys, event_file: Path, cli_poll) -> None:
    poll, (data, *_rest) = cli_poll
    with Workspace.open(event_file, mode="read") as ws:
        serial = voting.serials(ws, poll, 1)[0]
    assert run(capsys, "ballots", "enter", event_file, poll, "--serial", serial, "--ballot", json.dumps({data: 1}))[0] == 0
    assert run_json(capsys, "ballots", "mismatches", event_file, poll) == []


@pytest.mark.parametrize("ballot", ["{not json", "", "{'a': 1}"])
def test_cli_bad_json_in_ballot_is_refused(capsys, event_file: Path, cli_poll, ballot: str) -> None:
    poll, _ = cli_poll
    with Workspace.open(event_file, mode="read") as ws:
        serial = voting.serials(ws, poll, 1)[0]
    for extra in ([], ["--check"]):
        code, out, err = run(capsys, "ballots", "enter", event_file, poll, "--serial", serial, "--ballot", ballot, *extra)
        assert code == 1 and out == "" and "not JSON" in err, (code, out, err)
    data = run_json(capsys, "ballots", "enter", event_file, poll, "--serial", serial, "--ballot", ballot, expect=1)
    assert data["error"] == "invalid_value"
    with Workspace.open(event_file, mode="read") as ws:
        assert ballot_rows(ws, poll) == [] and voting.paper_mismatches(ws, poll) == []


def test_cli_refusals_and_usage_errors(capsys, event_file: Path, tmp_path: Path, cli_poll) -> None:
    poll, (data, *_rest) = cli_poll
    pdf = tmp_path / "x.pdf"
    code, out, err = run(capsys, "ballots", "paper", event_file, poll, pdf, "--count", 0)
    assert code == 1 and out == "" and "10,000" in err and not pdf.exists()
    assert run(capsys, "ballots", "paper", event_file, poll, pdf)[0] == 2  # --count is required
    assert run(capsys, "ballots", "enter", event_file, poll, "--ballot", "{}")[0] == 2  # --serial is required
    assert run(capsys, "ballots", "paper", event_file, poll, pdf, "--count", "many")[0] == 2
    code, out, err = run(capsys, "ballots", "enter", event_file, poll, "--serial", "PBBBB", "--ballot", json.dumps({data: 1}))
    assert code == 1 and "not the serial" in err
    assert not list(tmp_path.glob("*.part"))


def test_cli_paper_start_prints_the_next_serials(capsys, event_file: Path, tmp_path: Path, cli_poll) -> None:
    poll, _ = cli_poll
    first = run_json(capsys, "ballots", "paper", event_file, poll, tmp_path / "a.pdf", "--count", 4)
    later = run_json(capsys, "ballots", "paper", event_file, poll, tmp_path / "b.pdf", "--count", 2, "--start", 3)
    assert later["serials"] == first["serials"][2:] and later["pages"] == 1


def test_a_voided_paper_ballot_can_be_entered_again_correctly(ws: Workspace) -> None:
    poll_id, ids = make_poll(ws, "dots", params={"dots": 3})
    serial = voting.serials(ws, poll_id, 1)[0]
    voting.enter_paper_ballot(ws, poll_id, serial, {ids[0]: 3})  # mistyped: the paper says option 2
    ballot = ws.conn.execute("SELECT id FROM ballots WHERE serial = ?", (serial,)).fetchone()[0]
    voting.void_ballot(ws, ballot, "typed on the wrong line")
    voting.enter_paper_ballot(ws, poll_id, serial, {ids[1]: 3})
    assert scores(ws, poll_id)[ids[1]] == 3 and scores(ws, poll_id)[ids[0]] == 0
    assert voting.check_paper_ballot(ws, poll_id, serial, {ids[1]: 3})  # compared with the entry that counts
    assert voting.paper_mismatches(ws, poll_id) == []


def test_an_abstention_typed_or_left_out_is_the_same_entry(ws: Workspace) -> None:
    poll_id, ids = make_poll(ws, "yes-no")
    serial = voting.serials(ws, poll_id, 1)[0]
    voting.enter_paper_ballot(ws, poll_id, serial, {ids[0]: "yes", ids[1]: "abstain"})
    assert voting.check_paper_ballot(ws, poll_id, serial, {ids[0]: "yes"})


def test_the_latest_second_entry_is_the_one_compared(ws: Workspace) -> None:
    poll_id, ids = make_poll(ws, "approval")
    serial = voting.serials(ws, poll_id, 1)[0]
    voting.enter_paper_ballot(ws, poll_id, serial, [ids[0]])
    assert not voting.check_paper_ballot(ws, poll_id, serial, [ids[1]])
    assert [m["problem"] for m in voting.paper_mismatches(ws, poll_id)] == ["differs"]
    assert voting.check_paper_ballot(ws, poll_id, serial, [ids[0]])  # the checker corrects their typing
    assert voting.paper_mismatches(ws, poll_id) == []


# -- paper typed in by serial alone cannot outnumber the voters -----------------------------------------------


def test_paper_by_serial_alone_stops_at_the_people_who_may_vote(ws: Workspace) -> None:
    poll_id, (a, b, *_rest) = make_poll(ws, "dots")
    kiosk_voter = participant_ids(ws)[0]
    voting.cast_ballot(ws, poll_id, {a: 3}, participant_id=kiosk_voter)  # one of the three voted at a kiosk
    s = voting.serials(ws, poll_id, 4)
    voting.enter_paper_ballot(ws, poll_id, s[0], {a: 1})
    voting.enter_paper_ballot(ws, poll_id, s[1], {b: 1})
    with pytest.raises(voting.VoteRefused, match="already holds a ballot for each of the 3 people") as refused:
        voting.enter_paper_ballot(ws, poll_id, s[2], {b: 3})
    assert "handed out twice" in refused.value.hint_text()
    assert len(ballot_rows(ws, poll_id)) == 3 and voting.results(ws, poll_id)["ballots"] == 3
    voided = next(r[0] for r in ws.conn.execute("SELECT id FROM ballots WHERE poll_id = ? AND serial = ?", (poll_id, s[1])))
    voting.void_ballot(ws, voided, "typed twice")
    voting.enter_paper_ballot(ws, poll_id, s[2], {b: 3})  # a voided paper ballot frees its place
    with pytest.raises(voting.VoteRefused, match="already holds a ballot"):
        voting.enter_paper_ballot(ws, poll_id, s[3], {b: 3})


def test_paper_ballots_of_a_poll_nobody_may_vote_in_yet_are_refused(ws: Workspace) -> None:
    poll_id, (a, *_rest) = make_poll(ws, "dots", eligibility="checked_in")  # nobody has checked in
    with pytest.raises(voting.VoteRefused, match="each of the 0 people"):
        voting.enter_paper_ballot(ws, poll_id, voting.serials(ws, poll_id, 1)[0], {a: 1})
    assert ballot_rows(ws, poll_id) == []


def test_cli_enter_refuses_paper_beyond_the_voters_with_exit_1(capsys, event_file: Path, cli_poll) -> None:
    poll, (data, *_rest) = cli_poll
    with Workspace.open(event_file, mode="read") as ws:
        printed = voting.serials(ws, poll, 4)
    for serial in printed[:3]:
        assert run(capsys, "ballots", "enter", event_file, poll, "--serial", serial, "--ballot", json.dumps({data: 1}))[0] == 0
    code, out, err = run(capsys, "ballots", "enter", event_file, poll, "--serial", printed[3], "--ballot",
                         json.dumps({data: 1}))
    assert code == 1 and out == "" and "already holds a ballot for each of the 3 people" in err
    refused = run_json(capsys, "ballots", "enter", event_file, poll, "--serial", printed[3], "--ballot",
                       json.dumps({data: 1}), expect=1)
    assert refused["error"] == "vote_refused" and "handed out twice" in refused["hint"]
    assert run_json(capsys, "polls", "results", event_file, poll)["ballots"] == 3


def test_a_long_option_wraps_before_it_shrinks(ws: Workspace, tmp_path: Path, monkeypatch) -> None:
    """An option that fitted one line at 8.5 pt was printed so, beside the others at 11 pt (and looked less
    important); now it goes onto two lines at 11 pt."""
    from eulac_desktop.documents import paper_ballots

    sizes = text_sizes(monkeypatch, paper_ballots)
    long = "Abrir las infraestructuras de investigación a las pymes agroexportadoras del norte del Perú con bonos"
    poll_id = voting.create_poll(ws, "¿Qué hacer primero?", "approval", [long, "Corto"]).inserted["polls"][0]
    paper_ballots.paper_ballots_pdf(ws, poll_id, tmp_path / "ballots.pdf", 1)
    lines = [text for text in sizes if text.startswith("1. ") or text in long]
    assert " ".join(lines) == "1. " + long
    assert {sizes[text] for text in lines} == {sizes["2. Corto"]} == {11}
