"""The attendance sheet of a session (PDF): who attended, counts by region and role, a place to sign.

For the funder's reporting: in the event's main language, fonts embedded, page numbers on every page.
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ..core import errors, files
from ..core.countries import country_name
from ..core.i18n import plural_translator, translator
from ..core.vocabulary import REGIONS, region_label, role_label
from .fonts import register
from .textfit import text_cell


def attendance_pdf(ws: Any, session_id: str, out: str | os.PathLike[str]) -> int:
    """Write the attendance sheet of `session_id`; returns how many people attended."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from ..core import checkin
    from ..core.countries import region_of
    from ..core.event import get_event

    regular, bold = register()
    info = get_event(ws)
    lang = info.languages[0]
    t = translator(lang)
    ngettext = plural_translator(lang)
    session = next((s for s in checkin.sessions(ws) if s["id"] == session_id), None)
    if session is None:
        raise errors.InvalidValue(field=t("Session"), reason=t("this session does not exist"))
    people = checkin.attendance(ws, session_id)
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=11)
    when = " – ".join(x.replace("T", " ") for x in (session["starts_at"], session["ends_at"]) if x)
    story: list[Any] = [
        text_cell(info.name, regular, 8, max_lines=2),
        Spacer(1, 1 * mm),
        text_cell(t("Attendance: {session}").format(session=session["name"]), bold, 15, max_lines=2),
        Paragraph(_escape(" · ".join(x for x in (session["room"], when, info.venue) if x)), body),
        Spacer(1, 4 * mm),
    ]
    zone = ZoneInfo(info.timezone)
    rows = [["#", t("Family name"), t("Given name"), t("Organisation"), t("Country"), t("Role"), t("Time")]]
    for n, p in enumerate(people, 1):
        local = datetime.fromisoformat(p["at"]).astimezone(zone)  # scans are stored in UTC
        rows.append([str(n), t("(erased)") if p["erased"] else p["family_name"] or "", p["given_name"] or "", p["organisation"] or "",
                     country_name(p["country"], lang) if p["country"] else "", role_label(p["role"], t),
                     local.strftime("%H:%M")])
    cells = [[text_cell(str(c), regular, 9) for c in row] for row in rows]
    table = Table(cells, colWidths=[9 * mm, 30 * mm, 26 * mm, 47 * mm, 24 * mm, 28 * mm, 16 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce8f5")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(table)
    regions = Counter(region_of(p["country"]) for p in people)
    roles = Counter(p["role"] or "participant" for p in people)
    summary = [ngettext("{n} person attended.", "{n} people attended.", len(people)).format(n=len(people))]
    summary.append(" · ".join(f"{region_label(r, t)}: {regions[r]}" for r in REGIONS if regions[r]))
    summary.append(" · ".join(f"{role_label(r, t)}: {c}" for r, c in sorted(roles.items())))
    story += [Spacer(1, 5 * mm)] + [Paragraph(_escape(line), body) for line in summary if line]
    story += [Spacer(1, 14 * mm), Paragraph(_escape(t("Facilitator's name and signature:")) + " " + "_" * 40, body),
              Spacer(1, 8 * mm), Paragraph(_escape(t("Date:")) + " " + "_" * 20, body)]

    def number_pages(canvas: Any, doc: Any) -> None:
        canvas.setFont(regular, 8)
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, t("Page {n}").format(n=doc.page))

    out = Path(out)
    with files.writing(out) as tmp:  # the file appears whole or not at all
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                                bottomMargin=18 * mm, title=f"{info.name} — {session['name']}", author="eulac-desktop")
        doc.build(story, onFirstPage=number_pages, onLaterPages=number_pages)
    return len(people)


def _escape(text: str) -> str:
    """Plain text for reportlab's mini-markup (names may hold < and &)."""
    from ..core.text import safe_display

    return safe_display(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
