"""Each person's P2P agenda (PDF): the day and their rounds with time (the event's clocks), table, topic in their
own language and who they meet, on an A6 card, four to an A4 page with cutting guides; fonts embedded."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_time

from ..core import errors, files, registration
from ..core.badges import spaced_phone_code
from ..core.i18n import N_, language_name, normalize_language, translator
from ..core.text import display_name, printable, sort_key
from .fonts import draw_text, register, text_width
from .textfit import fit


def agendas_pdf(ws: Any, out: str | os.PathLike[str]) -> int:
    """Write the agendas of the latest kept plan; returns how many people have one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from ..core.event import get_event
    from ..core.p2p import latest_plan, topic_label, topic_labels
    from ..core.p2p.topics import spoken
    from ..core.phones import phone_code

    plan = latest_plan(ws)
    if plan is None:
        raise errors.InvalidValue(field=N_("P2P"), reason=N_("plan the rounds first (eulac p2p plan)"))
    regular, bold = register()
    info = get_event(ws)
    people = {p["id"]: (printable(display_name(p, safe=False)), (p["languages"] or "").split(";"))
              for p in registration.people(ws, ("given_name", "family_name", "languages"), deleted=True)}
    seats: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for r, round_ in enumerate(plan["rounds"], start=1):
        for table in round_["tables"]:
            for pid in table["participant_ids"]:
                if people.get(pid, ("", []))[0]:  # an erased person has no card (and no name on the others')
                    seats.setdefault(pid, []).append((r, table))
    start = plan["params"].get("start")  # a wall time of the event's clocks
    minutes = plan["params"].get("minutes")
    day = (datetime.fromisoformat(start).date() if start else
           date.fromisoformat(info.start_date) if info.start_date else None)
    topics: dict[tuple[str, tuple[str, ...]], dict[str, str]] = {}  # by the card's language and those the person reads
    order = sorted(seats, key=lambda pid: sort_key(people.get(pid, ("", []))[0]))
    width, height = A4[0] / 2, A4[1] / 2
    out = Path(out)
    with files.writing(out) as tmp:  # the file appears whole or not at all
        c = Canvas(str(tmp), pagesize=A4, pageCompression=1, invariant=1)
        c.setTitle(info.name)
        c.setCreator("eulac-desktop")
        for n, pid in enumerate(order):
            if n and n % 4 == 0:
                _guides(c, A4)
                c.showPage()
            x, y = (n % 2) * width, A4[1] - (n % 4 // 2 + 1) * height
            name, langs = people.get(pid, ("", []))
            lang = next((code for code in (normalize_language(x) for x in langs) if code), info.languages[0])
            t = translator(lang)
            m = 8 * mm
            top = y + height - m
            head_fit = fit(info.name, regular, width - 2 * m, 7.5, 6)
            draw_text(c, x + m, top - 7, head_fit.lines[0] if head_fit.lines else "", regular, head_fit.size)
            name_fit = fit(name, bold, width - 2 * m, 16, 9)
            draw_text(c, x + m, top - 10 - name_fit.size, name_fit.lines[0] if name_fit.lines else "", bold, name_fit.size)
            line = top - 24 - name_fit.size
            heading = t("Your P2P learning rounds")
            if day is not None:
                heading += " · " + format_date(day, "full", locale=_locale(lang))
            heading_fit = fit(heading, bold, width - 2 * m, 9, 6.5)
            draw_text(c, x + m, line, heading_fit.lines[0], bold, heading_fit.size)
            line -= 6
            reads = spoken(langs)
            if (lang, reads) not in topics:  # in the card's language, else in another the person reads
                topics[lang, reads] = topic_labels(ws, lang, reads)
            code_size = 9.5  # the phone code, to join the room from a phone, on the card's last line
            draw_text(c, x + m, y + m * 0.6, t("Phone code") + " ", regular, code_size)
            draw_text(c, x + m + text_width(t("Phone code") + " ", regular, code_size), y + m * 0.6,
                      spaced_phone_code(phone_code(ws, pid)), bold, code_size)
            row_h = (line - (y + m + code_size)) / max(1, len(seats[pid]))
            for r, table in seats[pid]:
                when = ""
                if start and minutes:
                    when = format_time(datetime.fromisoformat(start) + timedelta(minutes=minutes * (r - 1)), "short",
                                       locale=_locale(lang)) + " · "
                draw_text(c, x + m, line - 10, f"{t('Round {n}').format(n=r)} · {when}{t('Table {n}').format(n=table['table'])}",
                          bold, 9)
                topic = topic_label(topics[lang, reads], table["topic"])
                topic_fit = fit(topic, regular, width - 2 * m, 9.5, 7, max_lines=2)
                ty = line - 22
                for text in topic_fit.lines:
                    draw_text(c, x + m, ty, text, regular, topic_fit.size)
                    ty -= topic_fit.size * 1.15
                others = [people.get(q, ("", []))[0] for q in table["participant_ids"] if q != pid]
                # wrapped onto three lines before it shrinks (one line of 5.5 pt beside others of 7.5 was hard to read)
                with_fit = fit(t("With: {names}").format(names=", ".join(o for o in others if o)) +
                               f" · {language_name(table['language'], lang)}", regular, width - 2 * m, 7.5, 7.5, max_lines=3)
                for text in with_fit.lines:
                    draw_text(c, x + m, ty - 2, text, regular, with_fit.size)
                    ty -= with_fit.size * 1.2
                line -= row_h
        _guides(c, A4)
        c.showPage()
        c.save()
    return len(order)


def _locale(lang: str) -> str:
    """The locale a card's dates and times are written in: English as in Europe (a 24-hour clock)."""
    return "en_GB" if lang == "en" else lang


def _guides(c: Any, page: tuple[float, float]) -> None:
    """Dashed lines to cut the page into four A6 cards."""
    c.setDash(2, 3)
    c.setStrokeGray(0.7)
    c.line(page[0] / 2, 0, page[0] / 2, page[1])
    c.line(0, page[1] / 2, page[0], page[1] / 2)
    c.setDash()
