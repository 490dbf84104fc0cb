"""Deliverables: every table as CSV or one XLSX (read back with openpyxl, injection-safe), and the outcome
report PDF in the event's language, with its contents, charts' labels and fonts embedded."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from eulac_desktop.cli import main as eulac
from eulac_desktop.core import checkin, ideas, registration, voting
from eulac_desktop.core.workspace import Workspace

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed; make test installs it")


@pytest.fixture
def lab(event_file: Path) -> Path:
    """Check-ins, a session, a challenge with a formula-looking idea in a cluster, a closed poll with ballots."""
    with Workspace.open(event_file) as ws:
        ids = registration.participant_ids(ws)
        for pid in ids:
            checkin.check_in(ws, pid)
        checkin.add_session(ws, "Laboratorio", "Sala A", "2026-12-03T10:30", "2026-12-03T12:00")
        challenge = ideas.add_challenge(ws, "¿Cómo podríamos abrir los laboratorios?").inserted["challenges"][0]
        added = ideas.add_ideas(ws, challenge, ["=HYPERLINK(\"http://x\")", "Bonos de innovación"]).inserted["ideas"]
        ideas.add_cluster(ws, challenge, "Financiamiento", idea_ids=added)
        poll = voting.create_poll(ws, "Prioridades", "dots", ["Datos abiertos", "Movilidad"]).inserted["polls"][0]
        voting.set_state(ws, poll, "open")
        options = [o["id"] for o in voting.get_poll(ws, poll)["options"]]
        for pid in ids:
            voting.cast_ballot(ws, poll, {options[0]: 2, options[1]: 1}, participant_id=pid)
        voting.set_state(ws, poll, "closed")
    return event_file


def test_every_table_as_csv_and_as_one_workbook(lab: Path, tmp_path: Path, capsys) -> None:
    assert eulac(["report", "data", str(lab), str(tmp_path / "csv"), "--json"]) == 0
    files = {p.stem for p in (tmp_path / "csv").glob("*.csv")}
    assert {"participants", "checkins", "ideas", "ballots", "polls", "events"} <= files
    assert "audit" not in files
    with (tmp_path / "csv" / "ideas.csv").open(encoding="utf-8-sig", newline="") as fh:
        texts = [row["text"] for row in csv.DictReader(fh)]
    assert "'=HYPERLINK(\"http://x\")" in texts  # a formula is neutralised
    assert eulac(["report", "data", str(lab), str(tmp_path / "xlsx"), "--xlsx"]) == 0
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "xlsx" / "event-data.xlsx", read_only=True)
    assert {"participants", "ballots", "ideas"} <= set(book.sheetnames)
    rows = list(book["participants"].iter_rows(values_only=True))
    assert "email" in rows[0] and len(rows) == 4


@needs_poppler
def test_the_outcome_report_is_in_the_event_language_with_contents_and_fonts(lab: Path, tmp_path: Path, capsys,
                                                                                spanish_catalog) -> None:
    out = tmp_path / "report.pdf"
    assert eulac(["report", "pdf", str(lab), str(out), "--json"]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for heading in ("Informe de resultados", "Índice", "Asistencia", "Por región", "Prioridades (votaciones)",
                    "Métodos", "Financiamiento", "Bonos de innovación", "Datos abiertos", "Página 2"):
        assert heading in text, heading
    assert "Votación por puntos: votaron 3 de 3 personas (cerrada)." in " ".join(text.split())  # method and turnout
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    noto = [line for line in fonts.splitlines() if "NotoSans" in line]
    assert noto and all(" yes " in line for line in noto)  # embedded
    assert not (tmp_path / "report.pdf.part").exists()


@needs_poppler
def test_the_demo_report_renders(tmp_path: Path, spanish_catalog) -> None:
    from eulac_desktop.core.demo import build_demo_event
    from eulac_desktop.documents.outcome import outcome_pdf

    ws = build_demo_event(tmp_path / "demo.eulac")
    try:
        pages = outcome_pdf(ws, tmp_path / "demo.pdf")
    finally:
        ws.close()
    assert pages >= 5
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "3", str(tmp_path / "demo.pdf"), str(tmp_path / "p")],
                   check=True)
    assert len(list(tmp_path.glob("p-*.png"))) == 3
    text = subprocess.run(["pdftotext", str(tmp_path / "demo.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    assert "Aprendizaje entre pares (P2P)" in text and "Rondas" in text and "Valoraciones" in text  # rounds, feedback


@needs_poppler
def test_the_reports_p2p_section_has_its_rounds_and_topics_and_no_header_breaks_a_word(lab: Path, tmp_path: Path,
                                                                                      capsys, spanish_catalog) -> None:
    from eulac_desktop.core import p2p

    with Workspace.open(lab) as ws:
        registration.set_topics(ws, [{"code": "5GIOT", "labels": {"es": "5G e Internet de las cosas", "en": "5G"}}])
        for pid in registration.participant_ids(ws):
            registration.update_participant(ws, pid, {"offers": "5GIOT", "seeks": "5GIOT"})
        p2p.save_plan(ws, p2p.plan_event(ws, 2, min_size=3, max_size=3, seconds=0), {"rounds": 2})  # no feedback yet
    out = tmp_path / "report.pdf"
    assert eulac(["report", "pdf", str(lab), str(out)]) == 0
    pages = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    section = next(page for page in pages if "Aprendizaje entre pares (P2P)" in page and "Índice" not in page)
    words = [line.split() for line in section.splitlines()]
    assert ["Rondas"] in words and "5G e Internet de las cosas" in section and "5GIOT" not in section
    assert any(line[:3] == ["1", "1", "3"] for line in words)  # round 1: one table, three people
    assert "Prioridades (votaciones)" in section  # the short section shares the votes' page: no near-empty page
    assert any("Puesto" in line for line in words)  # the rank column fits its header word


@needs_poppler
def test_the_reports_dates_are_the_events_days_in_its_language(lab: Path, tmp_path: Path, capsys, monkeypatch,
                                                               spanish_catalog) -> None:
    from datetime import datetime

    from eulac_desktop.core import event as core_event

    # 2 a.m. UTC on the 4th is still the evening of the 3rd in Lima, the event's zone
    monkeypatch.setattr(core_event, "utc_now", lambda: datetime.fromisoformat("2026-12-04T02:00:00+00:00"))
    out = tmp_path / "report.pdf"
    assert eulac(["report", "pdf", str(lab), str(out)]) == 0
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Generado el 3 de diciembre de 2026" in text and "2026-12-03" not in text
    assert "3/12/26, 10:30 – 12:00" in text  # the session, as Spanish writes times, its day once


@needs_poppler
def test_arabic_and_chinese_names_and_ideas_are_in_the_report(lab: Path, tmp_path: Path) -> None:
    """An action plan led by محمد الفارسي with 王小明 as partner showed an empty "Lead" cell and a partners' list
    ending in a comma; an idea typed in Arabic was an empty bullet: the report's paragraphs had one font."""
    import unicodedata

    from eulac_desktop.core import actions
    from eulac_desktop.documents.outcome import outcome_pdf

    with Workspace.open(lab) as ws:
        lead = registration.add_participant(ws, {"given_name": "محمد", "family_name": "الفارسي",
                                                 "email": "ar@example.org"}).inserted["participants"][0]
        partner = registration.add_participant(ws, {"given_name": "小明", "family_name": "王",
                                                    "email": "zh@example.org"}).inserted["participants"][0]
        actions.add_plan(ws, "Laboratorios abiertos", lead_id=lead, partners=[partner])
        challenge = ideas.challenges(ws)[0]["id"]
        ideas.add_ideas(ws, challenge, ["مختبرات مفتوحة للشركات"])
        out = tmp_path / "report.pdf"
        outcome_pdf(ws, out)
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", raw).replace("\u202b", "").replace("\u202c", "")  # RTL embedding marks
    assert "محمد الفارسي" in text and "小明 王" in text and "مختبرات مفتوحة للشركات" in text
