"""Paper ballots (PDF): the poll's title, how to mark it, each option with its boxes, and a QR code of the
ballot's serial, two to an A4 page (one per page when the options need the room).

Printed in the event's main language, fonts embedded; the serial is printed under its QR code, so a
ballot can be entered by scanning it or typing it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core import errors, files
from ..core.i18n import translator
from ..core.voting.ballot_texts import INSTRUCTIONS, WORDS, method_params
from .badges import draw_qr
from .fonts import draw_text, register
from .textfit import fit


def paper_ballots_pdf(ws: Any, poll_id: str, out: str | os.PathLike[str], count: int, start: int = 1,
                      progress: Callable[[int, int], object] | None = None) -> int:
    """Write `count` paper ballots of the poll, serials from `start`; returns the number of pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from ..core.event import get_event
    from ..core.voting import get_poll, serials

    poll = get_poll(ws, poll_id)
    codes = serials(ws, poll_id, count, start)
    info = get_event(ws)
    t = translator(info.languages[0])
    regular, bold = register()
    page_w, page_h = A4
    per_page = 2 if len(poll["options"]) <= 9 else 1
    out = Path(out)
    pages = 0
    with files.writing(out) as tmp:  # the file appears whole or not at all
        canvas = Canvas(str(tmp), pagesize=A4, pageCompression=1, invariant=1)
        canvas.setTitle(poll["title"])
        canvas.setCreator("eulac-desktop")
        for first in range(0, len(codes), per_page):
            for k, code in enumerate(codes[first:first + per_page]):
                height = page_h / per_page
                _ballot(canvas, poll, code, t, info.name, regular, bold, 0, page_h - (k + 1) * height, page_w, height, mm)
            if per_page == 2:
                canvas.setDash(3, 3)
                canvas.setStrokeGray(0.6)
                canvas.line(8 * mm, page_h / 2, page_w - 8 * mm, page_h / 2)
                canvas.setDash()
            canvas.showPage()
            pages += 1
            if progress and progress(min(first + per_page, len(codes)), len(codes)) is False:
                raise errors.Cancelled()
        canvas.save()
    return pages


def _ballot(c: Any, poll: dict[str, Any], code: str, t: Callable[[str], str], event_name: str, regular: str, bold: str,
            x: float, y: float, w: float, h: float, mm: float) -> None:
    """One ballot in the box (x, y, w, h), y at the bottom."""
    margin = 12 * mm
    qr = 24 * mm
    top = y + h - margin
    left, right = x + margin, x + w - margin
    text_w = right - left - qr - 6 * mm
    c.setFillGray(0.3)
    head = fit(event_name, regular, text_w, 8, 6)
    draw_text(c, left, top - 8, head.lines[0] if head.lines else "", regular, head.size)
    c.setFillGray(0)
    title = fit(poll["title"], bold, text_w, 15, 10, max_lines=2)
    line_y = top - 10 - title.size
    for line in title.lines:
        draw_text(c, left, line_y, line, bold, title.size)
        line_y -= title.size * 1.2
    howto = fit(t(INSTRUCTIONS[poll["method"]]).format(**method_params(poll["params"])), regular, text_w, 9.5, 7.5, max_lines=3)
    for line in howto.lines:
        draw_text(c, left, line_y, line, regular, howto.size)
        line_y -= howto.size * 1.25
    draw_qr(c, code, right - qr, top - qr, qr)
    c.setFont(regular, 7.5)
    c.drawCentredString(right - qr / 2, top - qr - 9, code)
    rows_top = min(line_y - 2 * mm, top - qr - 14)
    rows_bottom = y + margin
    options = poll["options"]
    row_h = min(14 * mm, (rows_top - rows_bottom) / max(1, len(options)))
    marks_w = _marks_width(poll, mm)
    for i, option in enumerate(options):
        base = rows_top - (i + 1) * row_h
        c.setStrokeGray(0.75)
        c.line(left, base, right, base)
        # two lines at 11 pt before it shrinks (one line of 8 pt beside options of 11 looked less important)
        label = fit(f"{i + 1}. {option['text']}", regular, right - left - marks_w - 4 * mm, 11, 11, max_lines=2)
        text_y = base + row_h / 2 + (len(label.lines) - 1) * label.size * 0.6 - label.size * 0.35
        for line in label.lines:
            draw_text(c, left, text_y, line, regular, label.size)
            text_y -= label.size * 1.2
        _marks(c, poll, t, regular, right - marks_w, base + row_h / 2, mm)


def _marks_width(poll: dict[str, Any], mm: float) -> float:
    method = poll["method"]
    if method == "dots":
        return 6.5 * mm * min(10, int(poll["params"].get("max_per_option", poll["params"].get("dots", 3))))
    return {"impact-effort": 62 * mm, "yes-no": 60 * mm, "budget": 26 * mm}.get(method, 12 * mm)


def _marks(c: Any, poll: dict[str, Any], t: Callable[[str], str], font: str, x: float, mid: float, mm: float) -> None:
    """The boxes to mark for one option, starting at x, centred on the row's middle."""
    method = poll["method"]
    c.setStrokeGray(0)
    c.setLineWidth(0.8)
    box = 6 * mm
    if method == "dots":
        for k in range(min(10, int(poll["params"].get("max_per_option", poll["params"].get("dots", 3))))):
            c.circle(x + k * 6.5 * mm + box / 2, mid, box / 2 - 0.5)
    elif method == "budget":
        c.rect(x, mid - box / 2, 16 * mm, box)
        c.setFont(font, 8)
        c.drawString(x + 17 * mm, mid - 3, t(WORDS["points"]))
    elif method == "impact-effort":
        c.setFont(font, 7)
        for k, label in enumerate((t(WORDS["impact"]), t(WORDS["effort"]))):
            row = mid + (2.3 - 4.6 * k) * mm
            c.drawRightString(x + 12 * mm, row - 2.5, label)
            for n in range(5):
                cx = x + 16 * mm + n * 9 * mm
                c.circle(cx, row, 2.1 * mm)
                c.drawCentredString(cx, row - 2.4, str(n + 1))
    elif method == "yes-no":
        c.setFont(font, 8)
        for k, label in enumerate((t(WORDS["yes"]), t(WORDS["no"]), t(WORDS["abstain"]))):
            c.rect(x + k * 20 * mm, mid - 2 * mm, 4 * mm, 4 * mm)
            c.drawString(x + k * 20 * mm + 5 * mm, mid - 3, label)
    else:  # a rank to write, or a tick
        c.rect(x + 2 * mm, mid - box / 2, box + (2 * mm if method in ("borda", "schulze") else 0), box)
