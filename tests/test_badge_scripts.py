"""Badges print every script the events meet (issue 16, "Badges"): Latin, Arabic (shaped, right to left),
Chinese, Japanese, Korean, Cyrillic and Greek, with the fonts embedded; a name no font can print is
listed (the command line's JSON and message), never printed blank.

pdftotext reads shaped Arabic back as presentation forms (the glyphs drawn); NFKC folds them to the
letters typed, in the order they were typed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from eulac_desktop.cli import main

pytestmark = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdffonts")),
                                reason="poppler-utils is not installed; make test installs it")

PEOPLE = [
    ("محمد", "عبد الله", "جامعة القاهرة", "arabic@example.eg"),
    ("李", "小龙", "清华大学", "chinese@example.cn"),
    ("さくら", "山田", "東京大学", "japanese@example.jp"),
    ("민준", "김", "서울대학교", "korean@example.kr"),
    ("Дмитрий", "Иванов", "МГУ", "russian@example.ru"),
    ("Ελένη", "Παπαδοπούλου", "ΕΚΠΑ", "greek@example.gr"),
    ("Łucja", "Nguyễn", "Politechnika Łódzka", "latin@example.pl"),
]


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


def add(path: Path, people) -> None:
    from eulac_desktop.core.registration import add_participants
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(path, mode="write") as ws:
        add_participants(ws, [{"given_name": g, "family_name": f, "organisation": o, "email": e} for g, f, o, e in people])


def badges(capsys, event: Path, out: Path, *args: str) -> tuple[int, dict, str]:
    capsys.readouterr()
    code = main(["badges", "pdf", str(event), str(out), "--layout", "a6", "--json", *args])
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err


def text_of(pdf: Path) -> str:
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", raw).replace("\u202b", "").replace("\u202c", "")  # RTL embedding marks


def fonts_of(pdf: Path) -> dict[str, str]:
    """Each font of the PDF (subset prefix dropped) → its "emb" column."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    fonts = {}
    for line in lines:
        name, *rest = line.split()
        fonts[name.split("+")[-1]] = rest[-5]
    return fonts


def test_every_script_prints_with_embedded_fonts(capsys, event_file: Path, tmp_path: Path):
    add(event_file, PEOPLE)
    pdf = tmp_path / "badges.pdf"
    code, result, err = badges(capsys, event_file, pdf, "--search", "example.")
    assert code == 0, err
    assert result["unprintable"] == [] and "could not print" not in err
    text = text_of(pdf)
    for given, family, organisation, _email in PEOPLE:
        for shown in (given, family, organisation):
            assert shown in text, shown  # Arabic too: shaped, read back in the order typed
    fonts = fonts_of(pdf)
    for needed in ("NotoSans-Bold", "NotoSansArabic-Bold", "NotoSansCJKsc-Regular"):
        assert fonts.get(needed) == "yes", fonts  # embedded
    assert all(emb == "yes" for name, emb in fonts.items() if name.startswith("Noto")), fonts


def test_arabic_is_joined_and_laid_right_to_left(event_file: Path, tmp_path: Path):
    """The glyphs drawn are the joined forms (initial, medial, final), from right to left."""
    from eulac_desktop.documents.badges import Badge, write_badges

    pdf = tmp_path / "arabic.pdf"
    write_badges(pdf, [Badge("محمد", "", "", "", "participant", "EUBCODE")], layout="a6")
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    shaped = next(line for line in raw.splitlines() if any("\ufb50" <= c <= "\ufeff" for c in line))
    forms = [unicodedata.name(c) for c in shaped if "\ufb50" <= c <= "\ufeff"]
    assert forms == ["ARABIC LETTER MEEM INITIAL FORM", "ARABIC LETTER HAH MEDIAL FORM",
                     "ARABIC LETTER MEEM MEDIAL FORM", "ARABIC LETTER DAL FINAL FORM"]


def test_a_name_no_font_prints_is_listed_never_blank(capsys, event_file: Path, tmp_path: Path):
    add(event_file, [("Zoë\ue000", "Ndlovu", "UCT", "pua@example.za"), ("Ana", "Souza", "USP", "ana@example.br")])
    pdf = tmp_path / "badges.pdf"
    code, result, err = badges(capsys, event_file, pdf, "--search", "example.")
    assert code == 0, err
    assert [(p["name"], p["characters"]) for p in result["unprintable"]] == [("Zoë\ue000 Ndlovu", "U+E000")]
    assert "1 badge could not print every letter" in err and "Zoë" in err and "U+E000" in err
    assert "Zoë?" in text_of(pdf)  # a visible sign where the letter could not be printed


def test_without_a_shaper_arabic_is_listed_not_printed_garbled(capsys, monkeypatch, event_file: Path, tmp_path: Path):
    from eulac_desktop.documents import fonts

    monkeypatch.setattr(fonts, "can_shape", lambda: False)
    add(event_file, PEOPLE[:1])
    code, result, err = badges(capsys, event_file, tmp_path / "b.pdf", "--email", "arabic@example.eg")
    assert code == 0, err
    assert [p["name"] for p in result["unprintable"]] == ["محمد عبد الله"]


def test_the_attendance_sheet_prints_every_script_too(capsys, event_file: Path, tmp_path: Path):
    """The sheets use the badges' text helper: the same names come out whole."""
    from eulac_desktop.core.checkin import add_session, badge_code, scan
    from eulac_desktop.core.registration import find_by_email
    from eulac_desktop.core.workspace import Workspace

    add(event_file, PEOPLE)
    with Workspace.open(event_file, mode="write") as ws:
        session = add_session(ws, "Taller 学习", "Sala 1", None, None).inserted["sessions"][0]
        for *_names, email in PEOPLE:
            assert scan(ws, badge_code(ws, find_by_email(ws, email)), session_id=session).status != "refused"
    pdf = tmp_path / "attendance.pdf"
    assert main(["sessions", "attendance", str(event_file), session, "--pdf", str(pdf)]) == 0
    text = text_of(pdf)
    for given, family, _organisation, _email in PEOPLE:
        for shown in (given, family):
            assert shown in text, shown
    assert "学习" in text


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Wrote 1 badge on 1 page to {out}"), ("es", "Se escribió 1 credencial en 1 página en {out}"),
    ("pt", "1 crachá gravado em 1 página em {out}")])
def test_one_badge_on_one_page_is_said_in_the_singular(capsys, event_file: Path, tmp_path: Path, lang: str,
                                                       expected: str) -> None:
    """It said "on 1 pages" ("en 1 páginas"): the pages counted in the singular too."""
    from tests.helpers import run

    add(event_file, PEOPLE[:1])
    out = tmp_path / "badges.pdf"
    code, stdout, _err = run(capsys, "--lang", lang, "badges", "pdf", event_file, out, "--layout", "a6",
                             "--email", PEOPLE[0][3])
    assert code == 0 and stdout.strip() == expected.format(out=out)


def test_the_comma_after_an_arabic_name_in_a_list_of_names_stays_after_it(tmp_path: Path) -> None:
    """An agenda's "With: ARABIC NAME, Margaux Peeters" was drawn "With: ,ARABIC NAMEMargaux Peeters": the comma
    and space went with the Arabic run, shaped right to left as a whole."""
    from reportlab.pdfgen.canvas import Canvas

    from eulac_desktop.documents.fonts import draw_text, register, runs

    regular, _bold = register()
    line = "With: محمد عبد الله, Margaux Peeters"
    assert [run.text for run in runs(line, regular)] == ["With: ", "محمد عبد الله", ", Margaux Peeters"]
    pdf = tmp_path / "line.pdf"
    canvas = Canvas(str(pdf))
    draw_text(canvas, 40, 700, line, regular, 10)
    canvas.save()
    assert "محمد عبد الله, Margaux Peeters" in text_of(pdf)
