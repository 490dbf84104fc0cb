"""Phones in the room (issue 20), the core: each person's short phone code, and the phone sessions."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import during_demo_round_1, run, run_json

from eulac_desktop.core import badges, phones
from eulac_desktop.core.checkin import badge_secret
from eulac_desktop.core.registration import participant_ids
from eulac_desktop.core.workspace import Workspace


def test_the_phone_code_is_six_letters_of_the_badge_alphabet_made_with_the_event_secret() -> None:
    code = badges.make_phone_code(b"s" * 32, "event-1", 42)
    assert len(code) == 6 and set(code) <= set(badges.ALPHABET)
    assert badges.make_phone_code(b"s" * 32, "event-1", 42) == code  # reprintable
    assert badges.make_phone_code(b"t" * 32, "event-1", 42) != code  # another secret
    assert badges.make_phone_code(b"s" * 32, "event-2", 42) != code  # another event
    assert badges.spaced_phone_code("BCDFGH") == "BCD FGH"


def test_eulac_badges_phone_code_prints_the_code_that_finds_the_person(event_file: Path, capsys) -> None:
    data = run_json(capsys, "badges", "phone-code", event_file, "jose@example.org")
    code, out, _err = run(capsys, "badges", "phone-code", event_file, "jose@example.org")
    assert code == 0 and out.strip() == data["phone_code"]
    with Workspace.open(event_file, mode="read") as ws:
        assert phones.phone_code(ws, data["participant_id"]) == data["phone_code"]
        typed = data["phone_code"].lower()[:3] + " " + data["phone_code"].lower()[3:]  # as a person types it
        found = phones.find_by_phone_code(ws, typed)
        assert found["id"] == data["participant_id"] and found["given_name"] == "José"
        for wrong in ("", "BCD", "AAAAAA", "BCDFGHJ"):
            with pytest.raises(phones.PhoneRefused) as refused:
                phones.find_by_phone_code(ws, wrong)
            assert refused.value.why == "wrong_code"
    assert run(capsys, "badges", "phone-code", event_file, "nobody@example.org")[0] == 1


def test_a_code_two_people_share_is_refused_rather_than_opening_one_of_them(event_file: Path, monkeypatch) -> None:
    monkeypatch.setattr(badges, "make_phone_code", lambda secret, event, number: "BCDFGH")
    with Workspace.open(event_file, mode="read") as ws, pytest.raises(phones.PhoneRefused) as refused:
        phones.find_by_phone_code(ws, "BCDFGH")
    assert refused.value.why == "shared_code"


def test_one_phone_per_person_a_new_join_takes_over_and_the_facilitator_can_revoke() -> None:
    room = phones.PhoneSessions("event-1")
    first, took_over = room.join("p1", "es")
    assert not took_over and len(first) >= 43  # 32 random bytes, URL-safe: 256 bits
    assert room.check(first).participant_id == "p1"
    second, took_over = room.join("p1", "es")
    assert took_over and second != first
    with pytest.raises(phones.PhoneRefused) as refused:
        room.check(first)
    assert refused.value.why == "replaced"
    assert room.check(second).participant_id == "p1"
    with pytest.raises(phones.PhoneRefused) as refused:
        room.check(second, "event-2")
    assert refused.value.why == "other_event"
    assert room.joined() == ["p1"]
    assert room.revoke("p1") and not room.revoke("p1")
    with pytest.raises(phones.PhoneRefused) as refused:
        room.check(second)
    assert refused.value.why == "revoked"
    with pytest.raises(phones.PhoneRefused) as refused:
        room.check("made-up")
    assert refused.value.why == "unknown"
    third, _ = room.join("p2", "pt")
    room.close()
    with pytest.raises(phones.PhoneRefused):
        room.check(third)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) is not installed; make test installs it")
@pytest.mark.parametrize("layout", ["a6", "a4-8", "a4-4", "letter-6", "roll-62mm", "label-4x3in"])
def test_every_badge_layout_prints_the_phone_code_in_readable_type(event_file: Path, tmp_path: Path, capsys,
                                                                     layout: str) -> None:
    pdf = tmp_path / f"{layout}.pdf"
    assert run(capsys, "badges", "pdf", event_file, pdf, "--layout", layout)[0] == 0
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    with Workspace.open(event_file, mode="read") as ws:
        for pid in participant_ids(ws):
            assert badges.spaced_phone_code(phones.phone_code(ws, pid)) in text
        assert badge_secret(ws)  # the code comes from the event's secret
    assert "Código para el móvil" in text  # in the event's language


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) is not installed; make test installs it")
def test_every_agenda_card_prints_its_person_s_phone_code(tmp_path: Path, capsys) -> None:
    from eulac_desktop.core.demo import build_demo_event
    from eulac_desktop.core.p2p import latest_plan

    path = tmp_path / "demo.eulac"
    build_demo_event(path).close()
    assert run(capsys, "p2p", "agendas", path, tmp_path / "agendas.pdf")[0] == 0
    text = subprocess.run(["pdftotext", str(tmp_path / "agendas.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    with Workspace.open(path, mode="read") as ws:
        plan = latest_plan(ws)
        seated = {q for r in plan["rounds"] for t in r["tables"] for q in t["participant_ids"]}
        for pid in seated:
            assert badges.spaced_phone_code(phones.phone_code(ws, pid)) in text


def test_the_facilitator_decides_whether_phones_show_the_table_of_the_round_running_now(tmp_path: Path,
                                                                                         monkeypatch) -> None:
    from eulac_desktop.core import event
    from eulac_desktop.core.demo import build_demo_event
    from eulac_desktop.core.p2p import latest_plan

    during = during_demo_round_1()  # the demo is planned from today's date
    monkeypatch.setattr(event, "utc_now", lambda: during)
    ws = build_demo_event(tmp_path / "demo.eulac")
    try:
        table = latest_plan(ws)["rounds"][0]["tables"][0]
        seated, beside = table["participant_ids"][:2]
        now = phones.room_now(ws, seated, "es")
        assert now["round"]["number"] == 1 and now["round"]["table"] == table["table"]
        assert phones.room_now(ws, beside, "es")["round"]["with"] != now["round"]["with"]  # each their own
        assert phones.room_now(ws, seated, "es", phones.Focus(round=False))["round"] is None
        assert phones.room_summary(ws, phones.Focus(round=False))["round"] is None
        assert phones.room_summary(ws)["round"] == 1
    finally:
        ws.close()
