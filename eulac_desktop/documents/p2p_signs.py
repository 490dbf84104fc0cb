"""Printouts of a saved P2P plan for the room: a sign per table (its number, large, and its topic in each of
the event's languages) and the facilitator's sheet (every round's tables with their people, language and
who interprets). A4, fonts embedded."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..core import errors, files
from ..core.i18n import N_, language_name, translator
from ..core.text import printable
from .fonts import draw_text, register
from .textfit import fit


def _plan(ws: Any) -> dict[str, Any]:
    from ..core.p2p import latest_plan

    plan = latest_plan(ws)
    if plan is None:
        raise errors.InvalidValue(field=N_("P2P"), reason=N_("plan the rounds first (eulac p2p plan)"))
    return plan


def signs_pdf(ws: Any, out: str | os.PathLike[str]) -> int:
    """A landscape sign per table and round (a table keeps its number; its topic changes with the round: the
    sign is swapped between rounds), then the facilitator's sheet; returns the number of pages."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from ..core.event import get_event
    from ..core.p2p import plan_names, topic_label, topic_labels

    plan = _plan(ws)
    regular, bold = register()
    info = get_event(ws)
    t = translator(info.languages[0])
    labels = {lang: topic_labels(ws, lang) for lang in info.languages}
    # a plan names people by e-mail, or by id when they have none (or were erased)
    names = {key: printable(name) for key, name in plan_names(ws, erased=t("(erased)")).items()}
    page_w, page_h = landscape(A4)
    out = Path(out)
    pages = 0
    with files.writing(out) as tmp:  # the file appears whole or not at all
        c = Canvas(str(tmp), pagesize=landscape(A4), pageCompression=1, invariant=1)
        c.setTitle(info.name)
        c.setCreator("eulac-desktop")
        for r, round_ in enumerate(plan["rounds"], start=1):
            for table in round_["tables"]:
                draw_text(c, 40, page_h - 50, f"{t('Round {n}').format(n=r)} · {printable(info.name)[:80]}", regular, 16)
                number = str(table["table"])
                c.setFont(bold, 220)
                c.drawCentredString(page_w / 2, page_h / 2 - 10, number)
                y: float = 150
                shown = set()
                for lang in info.languages:
                    text = topic_label(labels[lang], table["topic"])
                    if text in shown:  # a language without its own label: not the same line twice
                        continue
                    shown.add(text)
                    topic = fit(text, bold if lang == info.languages[0] else regular, page_w - 80, 34, 14)
                    draw_text(c, page_w / 2, y, topic.lines[0], bold if lang == info.languages[0] else regular, topic.size,
                              align="centre")
                    y -= topic.size * 1.3
                c.showPage()
                pages += 1
        for r, round_ in enumerate(plan["rounds"], start=1):  # the facilitator's sheet, a page per round
            c.setFont(bold, 16)
            c.drawString(40, page_h - 45, t("Round {n}").format(n=r) + " — " + t("Facilitator's sheet"))
            y = page_h - 75
            for table in round_["tables"]:
                interpreters = {i["for"]: i["interpreter"] for i in table.get("interpreters", [])}
                people = ", ".join(names.get(p, "") for p in table["participant_ids"])
                label = topic_label(labels[info.languages[0]], table["topic"])
                spoken = language_name(table["language"], info.languages[0])
                line = fit(f"{table['table']}. {label} ({spoken}): {people}", regular, page_w - 80, 9, 6,
                           max_lines=2)
                if y < 40 + 12 * len(line.lines):
                    c.showPage()
                    pages += 1
                    y = page_h - 45
                for text in line.lines:
                    draw_text(c, 40, y, text, regular, line.size)
                    y -= line.size * 1.25
                if interpreters:
                    draw_text(c, 52, y, t("Interpreting: {pairs}").format(pairs=", ".join(
                        f"{names.get(a, a)} › {names.get(b, b)}" for b, a in interpreters.items())), regular, 7)
                    y -= 10
                y -= 3
            c.showPage()
            pages += 1
        c.save()
    return pages
