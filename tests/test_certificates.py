"""Attendance certificates (#22 item 3): who gets one, in which language, hours from session attendance, the
verification code (through every keyboard layout, one letter altered refused), `eulac certificates make|verify`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from helpers import run, run_json, type_text
from test_attendance_pdf import pdf_text
from test_badges import LAYOUTS, typed

from eulac_desktop.core import badges, certificates, checkin, registration
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.workspace import Workspace


def signature_png() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (300, 90), (255, 255, 255, 0))
    ImageDraw.Draw(img).line([(5, 70), (60, 15), (120, 80), (200, 20), (295, 50)], fill=(20, 40, 120, 255), width=5)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def lab(tmp_path: Path, device) -> tuple[Path, list[str]]:
    """Six people: 0–3 checked in (0 at both sessions, 1 at one), 4 not, 5 checked in then erased; 3 holds a check-in
    made under a record since merged into theirs."""
    path = tmp_path / "lab.eulac"
    with create_event_file(path, name="Co-Innovation Lab", start_date="2026-12-03", end_date="2026-12-04",
                           venue="Piura", languages=["es", "en"], timezone="America/Lima", device=device) as ws:
        people = [("María", "García", "es"), ("João", "Silva", "pt;en"), ("Anna", "Virtanen", "fi;en"),
                  ("Amélie", "Durand", "fr"), ("Kim", "Lee", ""), ("Erased", "Person", "en"), ("Amélie", "D.", "")]
        ids = registration.add_participants(ws, [{"given_name": g, "family_name": f, "email": f"p{i}@example.org",
                                                  "languages": langs} for i, (g, f, langs) in enumerate(people)]
                                            ).inserted["participants"]
        s1 = checkin.add_session(ws, "Opening", starts_at="2026-12-03T09:00", ends_at="2026-12-03T12:30").inserted["sessions"][0]
        s2 = checkin.add_session(ws, "Workshop", starts_at="2026-12-03T14:00", ends_at="2026-12-03T16:00").inserted["sessions"][0]
        for i in (0, 1, 2, 5, 6):
            checkin.check_in(ws, ids[i])
        checkin.check_in(ws, ids[0], session_id=s1)
        checkin.check_in(ws, ids[0], session_id=s2)
        checkin.check_in(ws, ids[1], session_id=s1)
        registration.merge_participants(ws, ids[3], ids[6])  # 6's check-in counts for 3
        registration.erase_participant(ws, ids[5])
        certificates.set_signer(ws, organiser="Dra. Carmen Rodríguez", signature=signature_png())
    return path, ids


def test_who_gets_a_certificate_in_which_language_and_for_how_many_hours(lab) -> None:
    path, ids = lab
    with Workspace.open(path, mode="read") as ws:
        made, skipped = certificates.plan(ws)
        by_id = {c.participant_id: c for c in made}
        assert set(by_id) == {ids[0], ids[1], ids[2], ids[3]}  # not 4 (absent), 5 (erased), 6 (merged into 3)
        assert [s["participant_id"] for s in skipped] == [ids[4]] and skipped[0]["reason"] == "not_checked_in"
        assert (by_id[ids[0]].sessions, by_id[ids[0]].hours) == (2, 5.5)
        assert (by_id[ids[1]].sessions, by_id[ids[1]].hours) == (1, 3.5)
        assert [by_id[i].language for i in ids[:4]] == ["es", "pt", "en", "fr"]  # Finnish is not shipped: English
        made2, skipped2 = certificates.plan(ws, min_sessions=1)
        assert {c.participant_id for c in made2} == {ids[0], ids[1]}
        assert {s["reason"] for s in skipped2} == {"not_checked_in", "too_few_sessions"}
        made3, skipped3 = certificates.plan(ws, min_hours=4)  # "or hours": 0 attended 5.5 hours, 1 only 3.5
        assert [c.participant_id for c in made3] == [ids[0]]
        assert {s["participant_id"]: s["reason"] for s in skipped3}[ids[1]] == "too_few_hours"


def test_a_code_verifies_through_every_keyboard_layout_and_one_altered_letter_is_refused(lab) -> None:
    path, _ids = lab
    with Workspace.open(path, mode="read") as ws:
        made, _skipped = certificates.plan(ws)
        for cert in made:
            for layout in LAYOUTS:
                for caps in (False, True):
                    assert certificates.verify(ws, typed(cert.code, layout, caps))["participant_id"] == cert.participant_id
            raw = cert.code.replace(" ", "")
            for position in range(len(raw)):
                for letter in badges.ALPHABET:
                    if letter != raw[position]:
                        altered = raw[:position] + letter + raw[position + 1:]
                        with pytest.raises(certificates.CodeRefused):
                            certificates.verify(ws, altered)


def test_the_code_of_an_erased_person_or_another_event_is_refused(lab, tmp_path: Path, device) -> None:
    path, ids = lab
    with Workspace.open(path, mode="read") as ws:
        number = ws.conn.execute("SELECT badge_number FROM participants WHERE id = ?", (ids[5],)).fetchone()[0]
        code = certificates.make_code(checkin.badge_secret(ws), ws.event_id, number)
        with pytest.raises(certificates.CodeRefused):
            certificates.verify(ws, code)
        good = certificates.plan(ws)[0][0].code
    with create_event_file(tmp_path / "other.eulac", name="Other", languages=["en"], timezone="UTC",
                           device=device) as other, pytest.raises(certificates.CodeRefused):
        certificates.verify(other, good)


def test_cli_make_writes_one_file_each_and_a_merged_pdf_and_verify_names_the_person(lab, tmp_path: Path, capsys) -> None:
    path, _ids = lab
    out = tmp_path / "certs"
    data = run_json(capsys, "certificates", "make", path, out, "--json")
    assert set(data) == {"written", "certificates", "skipped"} and data["written"] == 4
    assert all(set(c) == {"email", "code", "file"} and Path(c["file"]).is_file() for c in data["certificates"])
    assert data["skipped"] == [{"email": "p4@example.org", "reason": "not_checked_in"}]
    assert pdf_text(out / "certificates.pdf").count("\f") == 4  # four pages
    text = pdf_text(Path(data["certificates"][0]["file"]))
    first = data["certificates"][0]
    assert first["code"] in text and "Co-Innovation Lab" in text
    code, stdout, _err = run(capsys, "certificates", "verify", path, first["code"].lower())
    assert code == 0 and "Co-Innovation Lab" in stdout
    altered = ("C" if first["code"][0] != "C" else "D") + first["code"][1:]
    code, _out, err = run(capsys, "certificates", "verify", path, altered)
    assert code == 1 and "refused" in err
    assert run_json(capsys, "certificates", "make", path, tmp_path / "two", "--min-sessions", "2", "--json")["written"] == 1
    hours = run_json(capsys, "certificates", "make", path, tmp_path / "hours", "--min-hours", "3.5", "--json")
    assert hours["written"] == 2 and {"email": "p2@example.org", "reason": "too_few_hours"} in hours["skipped"]
    code, _out, err = run(capsys, "certificates", "make", path, tmp_path / "nan", "--min-hours", "nan")
    assert code == 1 and "--min-hours" in err
    code, _out, err = run(capsys, "certificates", "make", path, tmp_path / "three", "--email", "p4@example.org")
    assert code == 1 and "did not check in" in err and not (tmp_path / "three" / "certificates.pdf").exists()


def test_a_certificate_does_not_say_nought_sessions_and_hours_of_someone_only_checked_in(lab, tmp_path: Path,
                                                                                        capsys) -> None:
    path, _ids = lab
    made = {c["email"]: Path(c["file"]) for c in run_json(capsys, "certificates", "make", path, tmp_path / "c",
                                                          "--json")["certificates"]}
    assert "1 sessão assistida, 3,5 h no total" in pdf_text(made["p1@example.org"])  # João, in Portuguese
    anna = pdf_text(made["p2@example.org"])  # checked in at the door; no session's attendance was taken
    assert "Anna Virtanen" in anna and "session" not in anna and " h in all" not in anna


def test_each_certificate_is_written_in_its_persons_language(lab, tmp_path: Path, spanish_catalog) -> None:
    from eulac_desktop.documents.certificates import certificates_pdfs

    path, _ids = lab
    with Workspace.open(path, mode="read") as ws:
        made, _skipped = certificates.plan(ws)
        files = certificates_pdfs(ws, tmp_path / "out", made)
    texts = {c.language: pdf_text(f) for c, f in zip(made, files)}
    assert "Certificado de asistencia" in texts["es"] and "Certificate of attendance" in texts["en"]
    assert "Dra. Carmen Rodríguez" in texts["es"]


def test_a_signature_that_is_not_an_image_is_refused(lab, tmp_path: Path) -> None:
    path, _ids = lab
    bad = tmp_path / "sig.txt"
    bad.write_text("not an image")
    with Workspace.open(path) as ws, pytest.raises(Exception, match="PNG or JPEG"):
        certificates.set_signer(ws, signature=bad)


# -- the desktop ----------------------------------------------------------------------------------------------------


def test_event_page_sets_who_signs_and_makes_the_certificates_through_the_print_path(
        lab, open_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog
    from test_ui_printing import SaveDialog, close_saved

    path, _ids = lab
    with Workspace.open(path) as ws:
        certificates.set_signer(ws, organiser="", signature=None)
    window = open_window(path, stage="event")
    box = window.event_page.certificates
    assert not box.remove.isEnabled() and box.preview.text() == "No signature"
    box.organiser.setFocus()
    type_text(box.organiser, "Dr. Ana Pérez")
    qtbot.keyClick(box.organiser, Qt.Key.Key_Return)
    image = tmp_path / "firma.png"
    image.write_bytes(signature_png())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(image), ""))
    qtbot.mouseClick(box.choose, Qt.MouseButton.LeftButton)
    assert certificates.signer(window.session.ws) == ("Dr. Ana Pérez", signature_png())
    assert box.remove.isEnabled() and not box.preview.pixmap().isNull()
    window.act_undo.trigger()  # the image goes, the name stays
    assert certificates.signer(window.session.ws) == ("Dr. Ana Pérez", None)
    window.act_redo.trigger()
    out = tmp_path / "printed" / "Lab - certificates.pdf"
    out.parent.mkdir()
    SaveDialog(monkeypatch, out)
    box.min_sessions.setValue(1)
    box.min_hours.setFocus()
    box.min_hours.selectAll()
    type_text(box.min_hours, "4")
    qtbot.mouseClick(box.make, Qt.MouseButton.LeftButton)
    close_saved(qtbot)
    assert pdf_text(out).count("\f") == 1  # two people attended a session, one of them at least 4 hours
    per_person = sorted((out.parent / "Co-Innovation Lab - certificates").glob("*.pdf"))
    assert len(per_person) == 1 and "Dr. Ana Pérez" in pdf_text(per_person[0])


def test_the_certificate_thresholds_read_as_words_that_agree_with_their_numbers(open_window, event_file: Path,
                                                                              qtbot) -> None:
    from PySide6.QtCore import Qt

    box = open_window(event_file, stage="event").event_page.certificates
    assert (box.min_sessions.text(), box.min_hours.text()) == ("at least 0 sessions", "and 0.0 hours")
    box.min_sessions.setFocus()
    box.min_sessions.selectAll()
    type_text(box.min_sessions, "1")
    assert box.min_sessions.text() == "at least 1 session"
    qtbot.keyClick(box.min_sessions, Qt.Key.Key_Up)
    box.min_hours.setValue(1)
    assert (box.min_sessions.text(), box.min_hours.text()) == ("at least 2 sessions", "and 1.0 hour")
    box.min_sessions.selectAll()
    type_text(box.min_sessions, "12")  # typing is not disturbed by the word changing under it
    assert box.min_sessions.value() == 12 and box.min_sessions.text() == "at least 12 sessions"


def test_making_certificates_when_nobody_checked_in_says_why(open_window, event_file: Path, monkeypatch) -> None:
    from eulac_desktop.ui import session as session_module

    shown: list = []
    monkeypatch.setattr(session_module, "show_error", lambda parent, exc: shown.append(exc))
    window = open_window(event_file, stage="event")
    assert window.event_page.certificates.make_certificates() is None
    assert shown and "checked in" in shown[0].text()
