"""Erasure is complete (issue 16, "what must hold" 5): after `eulac participants erase`, the person's names,
e-mails and organisation are nowhere — not in the event file's bytes, its -wal and -shm, any export (CSV,
XLSX unzipped, PDF as text), any bundle (unzipped, nested files too), `report data` — although the person
was in a saved P2P plan (moved by hand once), checked in, in a session, an idea's author, a voter (secret and
named polls), a feedback form, an open answer of the evaluation survey and a merge. Every printout still works afterwards, and an erasure that
arrives in a bundle scrubs the receiving file the same way.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import run as run_eulac

from eulac_desktop.core import checkin, ideas, p2p, survey, voting
from eulac_desktop.core.bundles import import_bundle
from eulac_desktop.core.demo import build_demo_event, demo_people
from eulac_desktop.core.i18n import plural_translator, translator
from eulac_desktop.core.registration import (
    add_participant,
    erase_participant,
    merge_participants,
    participant_ids,
    update_participant,
)
from eulac_desktop.core.registration.erasure import scrub_plan
from eulac_desktop.core.text import fold
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.documents.badges import event_badges

PERSON = {"given_name": "Zoltána", "family_name": "Qwertyłowska", "email": "zquuxerase@xylofonia.example.org",
          "organisation": "Instytut Xylofonii", "country": "PL", "languages": "pl;en", "offers": "S3", "seeks": "HPC"}
#: a second record of the same person (another e-mail, another organisation), merged into the first
OLD_RECORD = {"given_name": "Zoltána", "family_name": "Qwertyłowska", "email": "zqvintage@oldmail.example.net",
              "organisation": "Wydział Gęślarski", "country": "PL"}
#: the organisation the person first had (edited since: the old value was in the file too)
FIRST_ORGANISATION = "Akademia Ćwierkowa"
#: what the person typed as an open answer of the evaluation survey (#22): the words they wrote are theirs
OPEN_ANSWER = "Mniej Kwartetogęśli, więcej kawy"
PERSONAL = [PERSON["given_name"], PERSON["family_name"], PERSON["email"], "zquuxerase", "xylofonia",
            PERSON["organisation"], "Xylofonii", OLD_RECORD["email"], "zqvintage", OLD_RECORD["organisation"],
            "Gęślarski", FIRST_ORGANISATION, "Ćwierkowa", "qwertylowska", OPEN_ANSWER, "Kwartetogęśli"]


def needles() -> set[bytes]:
    """Every way the person's data could be stored: as typed, case-folded, accent-free (as the search index
    keeps words), in UTF-8 and UTF-16 (both byte orders)."""
    out = set()
    for text in PERSONAL:
        for variant in {text, text.casefold(), fold(text), text.upper()}:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                out.add(variant.encode(encoding))
    return out


def found_in(data: bytes) -> list[str]:
    """The needles found in `data` (searched also case-folded when it is text)."""
    lowered = data.lower()
    return sorted({n.decode("utf-8", "replace") if n.isascii() or b"\x00" not in n else repr(n)
                   for n in needles() if n in data or n.lower() in lowered})


def contents(path: Path) -> Iterator[tuple[str, bytes]]:
    """A file's bytes and, for what it holds, the bytes inside: zip members (bundles, XLSX, nested), a PDF's text."""
    data = path.read_bytes()
    yield str(path), data
    yield from _inside(str(path), data)


def _inside(name: str, data: bytes) -> Iterator[tuple[str, bytes]]:
    if data[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for member in zf.namelist():
                inner = zf.read(member)
                yield f"{name}!{member}", inner
                yield from _inside(f"{name}!{member}", inner)
    elif data[:5] == b"%PDF-":
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True).stdout
        assert text.strip(), f"{name}: a PDF without text"
        yield f"{name} (text)", text


@contextlib.contextmanager
def config(folder: Path) -> Iterator[None]:
    """Be the laptop whose config folder is `folder` while inside."""
    old = os.environ["EULAC_CONFIG_DIR"]
    os.environ["EULAC_CONFIG_DIR"] = str(folder)
    try:
        yield
    finally:
        os.environ["EULAC_CONFIG_DIR"] = old


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> str:
    """`eulac ARGV` in-process; it must succeed without a traceback. Returns what it printed."""
    code, out, err = run_eulac(capsys, *argv)
    assert code == 0 and "Traceback" not in err, (argv, code, out, err)
    return out + err


def build(path: Path) -> str:
    """A demo event in which the person did everything there is to do; returns their id."""
    ws = build_demo_event(path, people=demo_people(limit=40))
    try:
        pid = add_participant(ws, {**PERSON, "organisation": FIRST_ORGANISATION}).inserted["participants"][0]
        update_participant(ws, pid, {"organisation": PERSON["organisation"]})
        old = add_participant(ws, OLD_RECORD).inserted["participants"][0]
        merge_participants(ws, pid, old)
        session = checkin.sessions(ws)[0]["id"]
        checkin.check_in(ws, pid, desk="Door 1")
        checkin.check_in(ws, pid, desk="Main hall", session_id=session)
        challenge = ideas.challenges(ws)[0]["id"]
        ideas.add_ideas(ws, challenge, ["Open the labs on Saturdays"], author_id=pid, table_label="Table 2")
        named = voting.create_poll(ws, "Who presents?", "approval", ["Lima", "Piura"], secret=False,
                                   eligibility="all").inserted["polls"][0]
        secret = voting.create_poll(ws, "Which first?", "approval", ["Data", "Skills"]).inserted["polls"][0]
        for poll_id in (named, secret):
            voting.set_state(ws, poll_id, "open")
            voting.cast_ballot(ws, poll_id, [voting.get_poll(ws, poll_id)["options"][0]["id"]], participant_id=pid)
        data = p2p.plan_event(ws, 2, min_size=3, max_size=5, seconds=0, present_only=True)
        p2p.save_plan(ws, data, {"rounds": 2, "min": 3, "max": 5, "start": "2026-12-03T14:00", "minutes": 30})
        tables = p2p.latest_plan(ws)["rounds"][0]["tables"]
        mine = next(t["table"] for t in tables if pid in t["participant_ids"])
        p2p.move_person(ws, 1, pid, next(t["table"] for t in tables if t["table"] != mine))  # an older plan is freed
        p2p.add_feedback(ws, 1, 5, participant_id=pid)
        survey.add_answer(ws, pid, {"overall": 4, "improve": OPEN_ANSWER})
        assert PERSON["email"] in str(p2p.latest_plan(ws))
    finally:
        ws.close()
    return pid


def event_files(path: Path) -> list[Path]:
    return [p for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")) if p.exists()]


def test_an_erased_person_is_nowhere_in_the_file_its_log_or_any_export(tmp_path: Path, capsys) -> None:
    path = tmp_path / "lab.eulac"
    pid = build(path)
    assert found_in(path.read_bytes())  # the test's needles find the person before the erasure

    with Workspace.open(path) as ws:  # erased with the file open: its -wal and -shm are there to search too
        erase_participant(ws, pid)
        assert len(event_files(path)) == 3
        for file in event_files(path):
            assert found_in(file.read_bytes()) == [], file.name
    assert found_in(path.read_bytes()) == []

    out = tmp_path / "out"
    out.mkdir()
    day = tmp_path / "data"
    with Workspace.open(path, mode="read") as ws:
        session = checkin.sessions(ws)[0]["id"]
    for argv in (("participants", "export", path, out / "participants.csv"),
                 ("participants", "export", path, out / "participants.xlsx"),
                 ("ideas", "export", path, out / "ideas.csv"),
                 ("ideas", "export", path, out / "ideas.xlsx"),
                 ("report", "data", path, day),
                 ("report", "data", path, out, "--xlsx"),
                 ("report", "pdf", path, out / "outcome.pdf"),
                 ("badges", "pdf", path, out / "badges.pdf"),
                 ("p2p", "agendas", path, out / "agendas.pdf"),
                 ("p2p", "signs", path, out / "signs.pdf"),
                 ("sessions", "attendance", path, session, "--pdf", out / "attendance.pdf"),
                 ("p2p", "feedback", "summary", path),
                 ("checkin", "stats", path),
                 ("participants", "list", path, "--json"),
                 ("event", "dump", path),
                 ("bundle", "export", path, out / "setup.zip", "--kind", "setup"),
                 ("bundle", "export", path, out / "result.zip", "--kind", "result"),
                 ("bundle", "export", path, out / "anonymised.zip", "--kind", "anonymised")):
        printed = run(capsys, *argv)  # every printout and export still works
        assert found_in(printed.encode("utf-8")) == [], argv
    written = sorted(p for p in [*out.iterdir(), *day.iterdir()])
    assert {p.suffix for p in written} == {".csv", ".xlsx", ".pdf", ".zip"}
    for file in written:
        for name, data in contents(file):
            assert found_in(data) == [], name
    assert found_in(path.read_bytes()) == []


def test_the_agendas_and_signs_leave_the_erased_person_out_or_anonymous(tmp_path: Path, capsys) -> None:
    path = tmp_path / "lab.eulac"
    pid = build(path)
    run(capsys, "participants", "erase", path, PERSON["email"])
    printed = run(capsys, "p2p", "agendas", path, tmp_path / "agendas.pdf")
    run(capsys, "p2p", "signs", path, tmp_path / "signs.pdf")
    with Workspace.open(path, mode="read") as ws:
        plan = p2p.latest_plan(ws)
        seated = sum(len(t["participant_ids"]) for t in plan["rounds"][0]["tables"])
        agendas = len({q for r in plan["rounds"] for t in r["tables"] for q in t["participant_ids"]}) - 1
        assert pid in {q for t in plan["rounds"][0]["tables"] for q in t["participant_ids"]}  # still seated, by id
    assert f"Wrote {agendas} agendas" in printed  # one card each for everyone else, none for the erased person
    signs = dict(contents(tmp_path / "signs.pdf"))[f"{tmp_path / 'signs.pdf'} (text)"].decode("utf-8")
    erased = translator("es")("(erased)")  # the event's language
    assert erased in signs and seated > 0  # the facilitator's sheet keeps the seat, anonymous
    with Workspace.open(path, mode="read") as ws:
        session = checkin.sessions(ws)[0]["id"]
        attended = checkin.attendance(ws, session)
        assert attended[-1]["participant_id"] == pid and attended[-1]["erased"]  # listed last, and counted
        everyone = participant_ids(ws)
        assert pid in everyone and len(event_badges(ws, everyone)) == len(everyone) - 1  # no blank badge
    run(capsys, "sessions", "attendance", path, session, "--pdf", tmp_path / "sheet.pdf")
    sheet = dict(contents(tmp_path / "sheet.pdf"))[f"{tmp_path / 'sheet.pdf'} (text)"].decode("utf-8")
    attended_line = plural_translator("es")("{n} person attended.", "{n} people attended.", len(attended))
    assert erased in sheet and attended_line.format(n=len(attended)) in sheet


def test_the_badges_command_counts_only_the_badges_it_printed(tmp_path: Path, capsys) -> None:
    """`eulac badges pdf` left the erased person's badge out of the PDF but still counted it ("Wrote 42 badges",
    JSON `badges` 42, for 41 badges printed)."""
    path = tmp_path / "lab.eulac"
    build(path)
    run(capsys, "participants", "erase", path, PERSON["email"])
    with Workspace.open(path, mode="read") as ws:
        everyone = participant_ids(ws)
        printed = len(event_badges(ws, everyone))
    assert printed == len(everyone) - 1
    code, out, _err = run_eulac(capsys, "badges", "pdf", path, tmp_path / "badges.pdf", "--json")
    assert code == 0 and json.loads(out)["badges"] == printed
    assert f"Wrote {printed} badges" in run(capsys, "badges", "pdf", path, tmp_path / "badges.pdf")


def test_an_erasure_that_arrives_in_a_bundle_scrubs_the_receiving_file(tmp_path: Path, capsys) -> None:
    coordinator, laptop = tmp_path / "lab.eulac", tmp_path / "laptop.eulac"
    coordinator_cfg, laptop_cfg = Path(os.environ["EULAC_CONFIG_DIR"]), tmp_path / "cfg-laptop"
    pid = build(coordinator)
    run(capsys, "bundle", "export", coordinator, tmp_path / "setup.zip", "--kind", "setup")
    with config(laptop_cfg):
        import_bundle(laptop, tmp_path / "setup.zip", trust=True)
        assert found_in(laptop.read_bytes())  # the laptop knows the person, their plan included
    run(capsys, "participants", "erase", coordinator, PERSON["email"])
    run(capsys, "bundle", "export", coordinator, tmp_path / "erased.zip", "--kind", "result")
    with config(laptop_cfg):
        with Workspace.open(laptop) as ws:  # the laptop moves the person after the erasure: its plan is the newer
            tables = p2p.latest_plan(ws)["rounds"][1]["tables"]
            mine = next(t["table"] for t in tables if pid in t["participant_ids"])
            p2p.move_person(ws, 2, pid, next(t["table"] for t in tables if t["table"] != mine))
        _plan, changes = import_bundle(laptop, tmp_path / "erased.zip", trust=True)
        assert changes is not None and changes.inserted.get("erasures")
        assert found_in(laptop.read_bytes()) == [] and event_files(laptop) == [laptop]
        again, nothing = import_bundle(laptop, tmp_path / "erased.zip")
        assert nothing is None and not again.changes_anything()  # the scrub is idempotent
        run(capsys, "p2p", "agendas", laptop, tmp_path / "agendas.pdf")
        run(capsys, "bundle", "export", laptop, tmp_path / "back.zip", "--kind", "result")
        for name, data in contents(tmp_path / "back.zip"):
            assert found_in(data) == [], name
        with Workspace.open(laptop, mode="read") as ws:
            assert participant_ids(ws, "Qwertylowska") == [] and participant_ids(ws, "zquuxerase") == []
    with config(coordinator_cfg):  # the laptop's newer plan comes back to the coordinator without the e-mail
        run(capsys, "bundle", "import", coordinator, tmp_path / "back.zip", "--trust")
    assert found_in(coordinator.read_bytes()) == []


def test_a_saved_plan_names_an_erased_person_by_id_everywhere_and_nobody_else() -> None:
    plan = {"rounds": [{"round": 1, "tables": [{"table": 1, "participants": ["ana@x.org", "bo@x.org"],
                                                 "participant_ids": ["A", "B"],
                                                 "interpreters": [{"interpreter": "ana@x.org", "for": "bo@x.org"}]}]}],
            "problems": [{"kind": "meets_again", "participant": "bo@x.org", "with": ["ana@x.org"]},
                         {"kind": "seek_unmet", "participant": "ana@x.org", "topic": "S3"}]}
    scrubbed = scrub_plan(json.dumps(plan), {"A", "Z"})
    assert "ana@x.org" not in scrubbed
    data = json.loads(scrubbed)
    table = data["rounds"][0]["tables"][0]
    assert table["participants"] == ["A", "bo@x.org"] and table["interpreters"] == [{"interpreter": "A", "for": "bo@x.org"}]
    assert data["problems"] == [{"kind": "meets_again", "participant": "bo@x.org", "with": ["A"]},
                                {"kind": "seek_unmet", "participant": "A", "topic": "S3"}]
    assert scrub_plan(scrubbed, {"A"}) == scrubbed  # once is enough: importing it again changes nothing
    assert scrub_plan(json.dumps(plan), {"Z"}) == json.dumps(plan)  # nobody of the plan erased: unchanged
    assert scrub_plan("not a plan", {"A"}) == "not a plan"
