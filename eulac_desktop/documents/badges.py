"""Badge PDFs: the name large, organisation, country, a role band (colour and word) and a vector QR code.

Layouts for office printers (A6, A4 with 8 badges and cut marks, A4 with 4 A6 badges and fold/cut
guides, US Letter 6-up) and label printers (62 mm continuous rolls, 4×3 in labels). Texts shrink and
wrap to fit, never clipped; the QR code is drawn as one vector path of merged module runs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core import errors, files
from ..core.badges import spaced_phone_code
from ..core.countries import country_name
from ..core.i18n import _, translator
from ..core.vocabulary import role_label
from .fonts import draw_text, register, text_width, unprintable
from .textfit import fit

MM = 72 / 25.4
INCH = 72.0
Progress = Callable[[int, int], bool]

ROLE_COLOURS = {"participant": "#2f6fb0", "speaker": "#b03a2e", "facilitator": "#1e7d4f", "organiser": "#6c3483"}


@dataclass(frozen=True)
class Layout:
    """A sheet: its size, where each badge goes (x, y of the lower-left corner), badge size, guides."""

    name: str
    page: tuple[float, float]
    badge: tuple[float, float]
    origins: tuple[tuple[float, float], ...]
    cut_marks: bool = False
    fold_guides: bool = False


def _grid(page: tuple[float, float], badge: tuple[float, float], cols: int, rows: int) -> tuple[tuple[float, float], ...]:
    left = (page[0] - cols * badge[0]) / 2
    bottom = (page[1] - rows * badge[1]) / 2
    return tuple((left + c * badge[0], bottom + (rows - 1 - r) * badge[1]) for r in range(rows) for c in range(cols))


_A4 = (210 * MM, 297 * MM)
_A6 = (105 * MM, 148 * MM)
_LETTER = (8.5 * INCH, 11 * INCH)
LAYOUTS: dict[str, Layout] = {
    "a6": Layout("a6", _A6, _A6, ((0.0, 0.0),)),
    "a4-8": Layout("a4-8", _A4, (95 * MM, 70 * MM), _grid(_A4, (95 * MM, 70 * MM), 2, 4), cut_marks=True),
    "a4-4": Layout("a4-4", _A4, (105 * MM, 148.5 * MM), _grid(_A4, (105 * MM, 148.5 * MM), 2, 2), fold_guides=True),
    "letter-6": Layout("letter-6", _LETTER, (4 * INCH, 3 * INCH), _grid(_LETTER, (4 * INCH, 3 * INCH), 2, 3), cut_marks=True),
    "roll-62mm": Layout("roll-62mm", (62 * MM, 100 * MM), (62 * MM, 100 * MM), ((0.0, 0.0),)),
    "label-4x3in": Layout("label-4x3in", (4 * INCH, 3 * INCH), (4 * INCH, 3 * INCH), ((0.0, 0.0),)),
}


@dataclass(frozen=True)
class Badge:
    """What one badge shows."""

    given_name: str
    family_name: str
    organisation: str
    country: str
    role: str
    code: str
    #: the short personal code to join the room from a phone (`core.phones`), printed in readable type
    phone_code: str = ""


def qr_matrix(code: str) -> list[list[bool]]:
    """The QR code's modules (True = dark), error correction M, without the quiet zone (zxing-cpp)."""
    import zxingcpp

    image = zxingcpp.create_barcode(code, zxingcpp.BarcodeFormat.QRCode, ec_level="M").to_image(
        scale=1, add_quiet_zones=False)
    size = image.shape[0]
    data = bytes(memoryview(image))  # type: ignore[arg-type]  # the Image has the buffer protocol; its stub omits it
    return [[data[r * size + c] < 128 for c in range(size)] for r in range(size)]


def draw_qr(canvas: Any, code: str, x: float, y: float, side: float) -> None:
    """The QR code as one filled path of horizontal runs of dark modules (fast to draw, small, sharp).

    The path is written in module units under a scaling transform, so its numbers are small integers.
    """
    matrix = qr_matrix(code)
    n = len(matrix)
    module = side / n
    ops = [f"q {module:.5f} 0 0 {module:.5f} {x:.3f} {y:.3f} cm 0 g"]
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                ops.append(f"{start} {n - 1 - r} {c - start} 1 re")
            else:
                c += 1
    ops.append("f Q")
    canvas.addLiteral("\n".join(ops))


def draw_badge(canvas: Any, badge: Badge, x: float, y: float, w: float, h: float, event_name: str, lang: str) -> None:
    """One badge in the rectangle (x, y, w, h)."""
    from reportlab.lib.colors import HexColor, white

    regular, bold = register()
    t = translator(lang)
    pad = min(w, h) * 0.06
    band = h * 0.14
    inner_w = w - 2 * pad
    qr_side = min(h * 0.30, w * 0.32)
    # the event's name, small, at the top
    top = y + h - pad
    head = fit(event_name, regular, inner_w, max_size=h * 0.045, min_size=5, max_lines=1)
    canvas.setFillColorRGB(0.3, 0.3, 0.3)
    for line in head.lines:
        top -= head.size
        draw_text(canvas, x + pad, top, line, regular, head.size)
    top -= pad * 0.6
    # the name, as large as it fits above the lower block (organisation, country, QR code)
    low_bottom = y + band + pad
    names_room = top - low_bottom - qr_side - pad
    canvas.setFillColorRGB(0, 0, 0)
    for text, font, max_size, min_size, lines in ((badge.given_name, bold, min(h * 0.17, names_room * 0.5), h * 0.06, 1),
                                                  (badge.family_name, bold, min(h * 0.10, names_room * 0.28), h * 0.04, 2)):
        fitted = fit(text, font, inner_w, max_size=max_size, min_size=min_size, max_lines=lines)
        for line in fitted.lines:
            top -= fitted.size * 1.08
            draw_text(canvas, x + pad, top, line, font, fitted.size)
        top -= fitted.size * 0.22  # room for the descenders (g, j, p, y) before the next line
    top -= fitted.size * 0.3
    # organisation and country beside the QR code, shrunk together until they fit the lower block
    low_top = min(top, low_bottom + qr_side)
    qr_side = min(qr_side, low_top - low_bottom)
    text_w = inner_w - qr_side - pad
    qr_x, qr_y = x + w - pad - qr_side, low_bottom
    country_text = country_name(badge.country, lang) if badge.country else ""
    phone_bottom = low_bottom
    if badge.phone_code:  # the lowest line beside the QR code: a word, then the code in bold, readable type
        size = min(h * 0.06, low_top - low_bottom)
        label, code = t("Phone code") + " ", spaced_phone_code(badge.phone_code)
        while size > 5 and text_width(label, regular, size) + text_width(code, bold, size) > text_w:
            size *= 0.93
        canvas.setFillColorRGB(0, 0, 0)
        draw_text(canvas, x + pad, low_bottom, label, regular, size)
        draw_text(canvas, x + pad + text_width(label, regular, size), low_bottom, code, bold, size)
        phone_bottom = low_bottom + size * 1.4
    scale = 1.0
    while True:
        # the organisation's floor does not shrink: a long name goes onto its lines rather than one line of 5 pt
        org = fit(badge.organisation, regular, text_w, max_size=h * 0.065 * scale, min_size=h * 0.03, max_lines=3)
        country = fit(country_text, bold, text_w, max_size=h * 0.065 * scale, min_size=h * 0.03 * scale, max_lines=2)
        height = sum(f.size * 1.1 * len(f.lines) + f.size * 0.4 for f in (org, country))
        if height <= low_top - phone_bottom or scale < 0.2:
            break
        scale *= 0.9
    line_y = low_top
    canvas.setFillColorRGB(0.15, 0.15, 0.15)
    for fitted, font in ((org, regular), (country, bold)):
        for line in fitted.lines:
            line_y -= fitted.size * 1.1
            draw_text(canvas, x + pad, line_y, line, font, fitted.size)
        line_y -= fitted.size * 0.4
    draw_qr(canvas, badge.code, qr_x, qr_y, qr_side)
    # the role band: a colour and a word (colour is never the only signal)
    canvas.setFillColor(HexColor(ROLE_COLOURS.get(badge.role, "#555555")))
    canvas.rect(x, y, w, band, stroke=0, fill=1)
    word = role_label(badge.role, t).upper()  # the list's word for the role (one vocabulary), in capitals
    role = fit(word, bold, inner_w, max_size=band * 0.6, min_size=5)
    canvas.setFillColor(white)
    draw_text(canvas, x + w / 2, y + (band - role.size * 0.7) / 2, role.lines[0] if role.lines else "", bold, role.size,
              align="centre")


def _guides(canvas: Any, layout: Layout) -> None:
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.setLineWidth(0.3)
    w, h = layout.badge
    if layout.cut_marks:
        mark = 4 * MM
        for ox, oy in layout.origins:
            for cx, cy in ((ox, oy), (ox + w, oy), (ox, oy + h), (ox + w, oy + h)):
                canvas.line(cx - mark / 2, cy, cx + mark / 2, cy)
                canvas.line(cx, cy - mark / 2, cx, cy + mark / 2)
    if layout.fold_guides:
        canvas.setDash(3, 3)
        canvas.line(layout.page[0] / 2, 0, layout.page[0] / 2, layout.page[1])
        canvas.line(0, layout.page[1] / 2, layout.page[0], layout.page[1] / 2)
        canvas.setDash()


def write_badges(out: str | os.PathLike[str], badges: Sequence[Badge], *, layout: str = "a4-8", event_name: str = "",
                 lang: str = "en", progress: Progress | None = None) -> int:
    """Write the badges as a PDF (atomically: a cancelled or failed run leaves no file); returns pages."""
    from reportlab.pdfgen.canvas import Canvas

    if layout not in LAYOUTS:
        raise errors.InvalidValue(field="layout", reason=_("choose among {known}").format(known=", ".join(LAYOUTS)))
    chosen = LAYOUTS[layout]
    out = Path(out)
    per_page = len(chosen.origins)
    pages = 0
    with files.writing(out) as tmp:  # the file appears whole or not at all
        canvas = Canvas(str(tmp), pagesize=chosen.page, pageCompression=1, invariant=1)
        canvas.setTitle(event_name or "Badges")
        canvas.setCreator("eulac-desktop")
        for start in range(0, len(badges), per_page):
            for badge, (ox, oy) in zip(badges[start:start + per_page], chosen.origins):
                draw_badge(canvas, badge, ox, oy, chosen.badge[0], chosen.badge[1], event_name, lang)
            _guides(canvas, chosen)
            canvas.showPage()
            pages += 1
            done = min(start + per_page, len(badges))
            if progress and progress(done, len(badges)) is False:
                raise errors.Cancelled()
        canvas.save()
    return pages


def event_badges(ws: Any, ids: Sequence[str]) -> list[Badge]:
    """The badges of the given participants of an open event (in that order; none for an erased person)."""
    from ..core.checkin import badge_code
    from ..core.phones import phone_code
    from ..core.registration import participant_rows
    from ..core.text import printable

    rows = participant_rows(ws, ids)
    return [Badge(printable(rows[i]["given_name"] or ""), printable(rows[i]["family_name"] or ""),
                  printable(rows[i]["organisation"] or ""), rows[i]["country"] or "", rows[i]["role"] or "participant",
                  badge_code(ws, i), phone_code(ws, i)) for i in ids if not rows[i]["erased"]]


def unprintable_people(ws: Any, ids: Sequence[str]) -> list[dict[str, str]]:
    """The people among `ids` whose name or organisation has characters that no embedded font prints
    (their badges show `fonts.MISSING` there): id, name (as it may be shown) and the characters."""
    from ..core.registration import participant_rows
    from ..core.text import display_name, printable, safe_display

    rows = participant_rows(ws, ids)
    found = []
    for pid in ids:
        row = rows[pid]
        name = display_name(row, safe=False)
        missing = unprintable(printable(f"{name} {row['organisation'] or ''}"))
        if missing:
            found.append({"participant_id": pid, "name": safe_display(name),
                          "characters": " ".join(f"U+{ord(c):04X}" for c in missing)})
    return found


def badges_pdf(ws: Any, out: str | os.PathLike[str], ids: Sequence[str], layout: str = "a4-8",
               progress: Progress | None = None) -> int:
    """Write the badges of `ids` for an open event, in the event's main language; returns pages."""
    from ..core.event import get_event

    info = get_event(ws)
    return write_badges(out, event_badges(ws, ids), layout=layout, event_name=info.name, lang=info.languages[0],
                        progress=progress)
