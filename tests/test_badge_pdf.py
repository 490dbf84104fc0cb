"""Badge PDFs: every badge decodes back to a code that verifies; texts always fit; every layout works."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import text_sizes
from hypothesis import given, settings
from hypothesis import strategies as st

from eulac_desktop.core import badges, checkin
from eulac_desktop.core.demo import build_demo_event
from eulac_desktop.core.registration import participant_ids
from eulac_desktop.documents.badges import LAYOUTS, Badge, badges_pdf, write_badges
from eulac_desktop.documents.fonts import register
from eulac_desktop.documents.textfit import fit


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    import os

    os.environ.setdefault("EULAC_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    ws = build_demo_event(tmp_path_factory.mktemp("demo") / "demo.eulac")
    yield ws
    ws.close()


def decode_pages(pdf: Path, out: Path, dpi: int = 150) -> list[str]:
    import zxingcpp
    from PIL import Image

    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(out / "page")], check=True)
    codes = []
    for png in sorted(out.glob("page-*.png")):
        codes += [r.text for r in zxingcpp.read_barcodes(Image.open(png), formats=zxingcpp.BarcodeFormat.QRCode)]
    return codes


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm (poppler-utils) is not installed; make test installs it")
def test_every_badge_of_the_demo_decodes_back_to_a_code_that_verifies(demo, tmp_path: Path) -> None:
    ids = participant_ids(demo)
    assert len(ids) == 240
    pdf = tmp_path / "badges.pdf"
    assert badges_pdf(demo, pdf, ids, "a4-8") == 30
    codes = decode_pages(pdf, tmp_path)
    assert len(codes) == 240
    secret = checkin.badge_secret(demo)
    numbers = {badges.read_code(secret, demo.event_id, code).number for code in codes}
    expected = {r[0] for r in demo.conn.execute("SELECT badge_number FROM participants WHERE deleted = 0")}
    assert numbers == expected


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm (poppler-utils) is not installed; make test installs it")
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_each_layout_prints_readable_codes(demo, tmp_path: Path, layout: str) -> None:
    ids = participant_ids(demo)[:8]
    pdf = tmp_path / f"{layout}.pdf"
    badges_pdf(demo, pdf, ids, layout)
    assert sorted(decode_pages(pdf, tmp_path)) == sorted(checkin.badge_code(demo, i) for i in ids)


def test_a_cancelled_pdf_leaves_no_file(tmp_path: Path) -> None:
    from eulac_desktop.core.errors import Cancelled

    many = [Badge("Ana", "Souza", "USP", "BR", "participant", "EUB" + "B" * 26)] * 40
    with pytest.raises(Cancelled):
        write_badges(tmp_path / "b.pdf", many, layout="a6", progress=lambda done, total: done < 10)
    assert list(tmp_path.iterdir()) == []


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="latin-1", categories=("L", "Zs", "P")), min_size=1, max_size=200),
       width=st.floats(min_value=30, max_value=300), lines=st.integers(min_value=1, max_value=3))
def test_fitted_text_never_overflows(text: str, width: float, lines: int) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _regular, bold = register()
    fitted = fit(text, bold, width, max_size=40, min_size=8, max_lines=lines)
    assert all(stringWidth(line, bold, fitted.size) <= width + 1e-6 for line in fitted.lines)
    assert "".join(fitted.lines).replace(" ", "") == "".join(text.split())  # nothing lost


def test_long_double_surnames_and_organisations_fit_on_every_layout(tmp_path: Path, monkeypatch) -> None:
    """Every string drawn on a badge ends inside the badge (measured with the fonts' metrics, each run in the
    font that draws it: `fonts.draw_text`, through which every badge text is drawn)."""
    from eulac_desktop.documents import badges as badge_module

    drawn: list[tuple[float, float]] = []  # (left, right) of each string
    real_draw = badge_module.draw_text

    def draw_text(canvas, x, y, text, font, size, align="left"):
        width = real_draw(canvas, x, y, text, font, size, align)
        left = x - width / 2 if align == "centre" else x - width if align == "right" else x
        drawn.append((left, left + width))
        return width

    monkeypatch.setattr(badge_module, "draw_text", draw_text)
    long = Badge("María de los Ángeles", "Fernández de Córdoba y Villalobos-Echeverría de la Santísima Trinidad",
                 "Consejo Nacional de Ciencia, Tecnología e Innovación Tecnológica del Perú — Dirección de Políticas",
                 "PE", "speaker", "EUB" + "C" * 26)
    for name, layout in LAYOUTS.items():
        drawn.clear()
        assert write_badges(tmp_path / f"{name}.pdf", [long], layout=name, lang="es") == 1
        left, _bottom = layout.origins[0]
        assert drawn and all(left <= a and b <= left + layout.badge[0] for a, b in drawn), name


def test_a_long_organisation_goes_onto_lines_rather_than_one_line_of_5_pt(tmp_path: Path, monkeypatch) -> None:
    """Beside a 60-character name, a long organisation was one line of 5 pt (shrunk with its country until it fit
    on one line); now its floor (3% of the badge's height) does not shrink with the country, and it wraps instead."""
    from eulac_desktop.documents import badges as badge_module

    sizes = text_sizes(monkeypatch, badge_module)
    organisation = "Consejo Superior de Investigaciones Científicas de España y Portugal"
    person = Badge("María de los Ángeles Guadalupe", "Fernández de Córdoba Villalobos", organisation, "ES",
                   "participant", "EUB" + "C" * 26, phone_code="JUPRPE")
    for name in LAYOUTS:
        sizes.clear()
        assert write_badges(tmp_path / f"{name}.pdf", [person], layout=name, lang="es") == 1
        lines = [text for text in sizes if text and text in organisation and text != "España"]  # not the country
        assert lines and " ".join(lines) == organisation, name
        assert min(sizes[text] for text in lines) >= 6.5, name  # was 5.4 pt on A4-8, 5.7 on Letter-6
