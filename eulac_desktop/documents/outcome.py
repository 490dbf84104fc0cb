"""The outcome report (PDF) for the funder's deliverables, in the event's main language: a cover, the event's
facts, attendance by region, country and role (with a chart), sessions, the challenges with their clusters
and ideas, each poll's results (with a chart) and a methods appendix; a table of contents, page numbers,
fonts embedded. Counts of people follow the KPIs' small-group rule (`core.reports.kpi.masked`): 1 to 4 are written
"fewer than 5", and countries under 5 are grouped, so that nobody is singled out.
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_datetime, format_time

from ..core import files
from ..core.countries import country_name
from ..core.i18n import N_, plural_translator, translator
from ..core.reports.kpi import FEWER, SMALL_GROUP, masked, merged_small_groups
from ..core.vocabulary import REGIONS, gender_label, method_label, region_label, role_label, stakeholder_label
from .attendance import _escape
from .fonts import needs_fallback, register
from .textfit import text_cell

METHOD_NOTES = {
    "dots": N_("Dot voting: each person gives a number of dots to the options; an option's score is its dots."),
    "borda": N_("Borda count: with k options the first of a ranking gets k − 1 points, the next k − 2, … the last 0; "
                "options left out of a ranking get 0."),
    "schulze": N_("Schulze method: every pair of options is compared over all rankings; an option that beats every "
                  "other one (the Condorcet winner) comes first. The score is how many options it beats."),
    "budget": N_("Budget: each person shares a fixed number of points among the options; an option's score is its "
                 "points."),
    "impact-effort": N_("Impact/effort: each person rates options from 1 to 5 for impact and effort; results are the "
                        "averages, split at 3 into quick wins, big bets, fill-ins and money pits."),
    "approval": N_("Approval: each person ticks the options they approve of; the score is the number of approvals."),
    "yes-no": N_("Yes/no/abstain: the score is yes minus no; a question passes with more yes than no."),
}
STATES = {"draft": N_("not opened"), "open": N_("still open"), "closed": N_("closed")}
TIES = N_("Ties share a rank; among tied options the poll's order is kept. When one person voted on two laptops, "
          "one ballot counts: the earliest in a named poll; in a secret poll, where nobody can tell which ballot was "
          "theirs, one ballot of the later laptop is left out.")


def people_count(n: int, fewer: str) -> str:
    """A count of people as the report writes it: the KPIs' small-group rule (`kpi.masked`), 1 to 4 as `fewer`."""
    shown = masked(n)
    return fewer if shown == FEWER else str(shown)


def protected_rows(rows: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A table's (label, registered, attended or checked in) rows as the report shows them: merged where a group of 1
    to 4 could be worked out from the headline's totals (`kpi.merged_small_groups`), merged labels joined by "+"."""
    return [(" + ".join(labels), counts[0], counts[1])
            for labels, counts in merged_small_groups([([label], [n, m]) for label, n, m in rows])]


def people_bars(labels: list[str], counts: list[int]) -> tuple[list[str], list[float]]:
    """A chart's labels and bars for counts of people under the same rule: a group of 1 to 4 is a bar at 0, its
    label marked "(<5)"."""
    small = [masked(n) == FEWER for n in counts]
    return ([label + (f" ({FEWER})" if hidden else "") for label, hidden in zip(labels, small)],
            [0.0 if hidden else float(n) for n, hidden in zip(counts, small)])


def fit_label(text: str, width: float, font: str, size: float) -> str:
    """`text` shortened with "…" until it is at most `width` points wide in `font` at `size` (wide letters, such as
    W or CJK, take more room than a count of characters allows)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest start that fits with its "…"
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid].rstrip() + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


def fit_headers(headers: list[str], widths: list[float], font: str, size: float) -> list[float]:
    """Column widths that keep every word of a header on one line ("Puesto", never "Puest/o"): a column too
    narrow for its longest header word is widened, the widest column giving up the room."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    padding = 12  # a cell's left and right padding
    needed = [max((stringWidth(word, font, size) for word in header.split()), default=0) + padding
              for header in headers]
    out = list(widths)
    for i, need in enumerate(needed):
        if out[i] < need:
            widest = max(range(len(out)), key=lambda j: out[j] - needed[j])
            give = min(need - out[i], out[widest] - needed[widest])
            if widest != i and give > 0:
                out[i] += give
                out[widest] -= give
    return out


def kpi_section(ws: Any, t: Any, p: Any, grid: Any, bars: Any, h2: Any, small: Any) -> list[Any]:
    """The funder's KPIs (`core.reports.kpi`): registered and attended by gender, by stakeholder type (with a chart)
    and by gender × region × stakeholder type; every count from 1 to 4 written "fewer than 5"."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from ..core.reports.kpi import kpi_counts, totals

    counts = kpi_counts(ws)
    if not counts["registered"]:
        return []
    fewer = t("fewer than {n}").format(n=SMALL_GROUP)

    def shown(n: int | str) -> str:
        return fewer if n == FEWER else str(n)

    flow: list[Any] = [p(t("Gender and stakeholder type"), h2), p(t(
        "Registered and attended people by the gender and the stakeholder type they gave (both optional). Groups of "
        "1 to 4 people are written “{fewer}” so that nobody can be singled out.").format(fewer=fewer), small)]
    for field, title, label in (("gender", t("Gender"), gender_label), ("stakeholder", t("Stakeholder type"),
                                                                         stakeholder_label)):
        rows = protected_rows([(label(r[field], t), r["registered"], r["attended"]) for r in totals(counts, field)])
        flow.append(grid([[title, t("Registered"), t("Attended")]] + [
            [name, people_count(n, fewer), people_count(m, fewer)] for name, n, m in rows], [90 * mm, 40 * mm, 40 * mm]))
        flow.append(Spacer(1, 3 * mm))
        if field == "stakeholder" and counts["attended"] >= SMALL_GROUP:  # groups of 5 or more; smaller ones at 0
            flow += [p(t("Attended, by stakeholder type"), small),
                     bars(*people_bars([name for name, _n, _m in rows], [m for _name, _n, m in rows]))]
    cells = merged_small_groups([([(c["gender"], c["region"], c["stakeholder"])], [c["registered"], c["attended"]])
                                 for c in counts["cells"]])
    flow += [p(t("By gender, region and stakeholder type"), h2), grid(
        [[t("Gender"), t("Region"), t("Stakeholder type"), t("Registered"), t("Attended")]] + [
            [*([gender_label(g, t), region_label(r, t), stakeholder_label(k, t)] if len(keys) == 1 else
               [t("{n} groups together").format(n=len(keys)), "", ""]),
             shown(masked(n)), shown(masked(m))] for keys, (n, m) in cells for (g, r, k) in keys[:1]],
        [30 * mm, 36 * mm, 52 * mm, 26 * mm, 26 * mm])]
    return flow


STATUS_COLOURS = {"planned": "#8a8a8a", "started": "#2f6fb0", "done": "#2e7d32"}


def survey_section(ws: Any, t: Any, p: Any, grid: Any, h1: Any, h2: Any, small: Any) -> list[Any]:
    """The evaluation survey: the response rate, each rating question's mean and spread (1 to 5), the open answers
    (without names); nothing before the first answer."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak

    from ..core import survey

    found = survey.summary(ws, t)
    if not found["responses"]:
        return []
    rate = f"{found['rate'] * 100:.0f} %" if found["rate"] is not None else "–"
    if found["took_part"] == found["attended"]:
        said = t("Answers: {responses} of {attended} people who checked in (a response rate of {rate}).")
    else:  # some answered without a check-in (paper forms typed in): counted among those who took part
        said = t("Answers: {responses} of {took_part} people who took part ({attended} checked in, the others "
                 "answered without a check-in; a response rate of {rate}).")
    flow: list[Any] = [CondPageBreak(80 * mm), p(t("Evaluation"), h1), p(said.format(
        responses=found["responses"], attended=found["attended"], took_part=found["took_part"], rate=rate))]
    ratings = [q for q in found["questions"] if q["kind"] == survey.LIKERT]
    if ratings:
        flow.append(grid([[t("Question"), t("Answers"), t("Mean (1–5)"), "1", "2", "3", "4", "5"]] + [
            [q["text"], q["answers"], f"{q['mean']:.1f}" if q["mean"] is not None else "–", *q["counts"]]
            for q in ratings], [78 * mm, 18 * mm, 20 * mm, 10.8 * mm, 10.8 * mm, 10.8 * mm, 10.8 * mm, 10.8 * mm]))
    for q in found["questions"]:
        texts = [a["text"] for a in found["open"] if a["question"] == q["text"]]
        if q["kind"] == survey.TEXT and texts:
            flow.append(p(q["text"], h2))
            flow += [p("• " + (x if len(x) <= 600 else x[:600] + "…"), small) for x in texts]
    return flow


def roadmap_tables(plans: list[dict[str, Any]], t: Any, p: Any, grid: Any, h2: Any, small: Any, day: Any) -> list[Any]:
    """A table per action plan: the problem, who leads, the partners and their EU–LAC pairing, funding, status and
    milestones; what is flagged (a milestone before the start, an erased partner) said under it."""
    from reportlab.lib.units import mm

    from ..core.actions import PAIRING_LABELS, PROBLEMS, STATUS_LABELS

    def who(person: dict[str, Any] | None) -> str:
        if person is None:
            return "–"
        return t("(erased)") if person["erased"] else person["name"] or person["email"] or "–"

    flow: list[Any] = []
    for plan in plans:
        rows = [[t("Field"), t("Value")], [t("Problem"), plan["problem"] or "–"], [t("Lead"), who(plan["lead"])],
                [t("Partners"), ", ".join(who(x) for x in plan["partners"]) or "–"],
                [t("Pairing"), t(PAIRING_LABELS[plan["pairing"]])], [t("Funding"), plan["funding"] or "–"],
                [t("Status"), t(STATUS_LABELS[plan["status"]])]]
        rows += [[day(m["date"]), m["text"]] for m in plan["milestones"]]
        flow += [p(plan["title"], h2), grid(rows, [45 * mm, 125 * mm])]
        flow += [p("• " + t(PROBLEMS[code]), small) for code in plan["problems"]]
    return flow


def timeline(plans: list[dict[str, Any]], t: Any, locale: str, regular: str, bold: str) -> Any:
    """One chart of every plan's milestones on a shared time axis: a row per plan, a dot per milestone coloured
    by the plan's status (planned, started, done), month labels below."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    from ..core.actions import STATUS_LABELS, STATUSES

    width, label_w, row = 170 * mm, 55 * mm, 13
    days = [date.fromisoformat(m["date"]) for plan in plans for m in plan["milestones"]]
    height = 40 + row * len(plans)
    drawing = Drawing(width, height)
    if not days:
        drawing.add(String(0, height - 14, t("No milestones yet."), fontName=regular, fontSize=9))
        return drawing
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    left, right = label_w + 6, width - 10

    def x(day_: date) -> float:
        return left + (right - left) * (day_ - first).days / span

    top = height - 8
    for n, plan in enumerate(plans):
        y = top - row * (n + 0.5)
        drawing.add(String(label_w, y - 3, fit_label(plan["title"], label_w, regular, 7.5), fontName=regular,
                           fontSize=7.5, textAnchor="end"))
        drawing.add(Line(left, y, right, y, strokeColor=colors.HexColor("#dddddd"), strokeWidth=0.5))
        colour = colors.HexColor(STATUS_COLOURS[plan["status"]])
        for m in plan["milestones"]:
            drawing.add(Circle(x(date.fromisoformat(m["date"])), y, 3, fillColor=colour, strokeColor=None))
    axis = top - row * len(plans) - 4
    drawing.add(Line(left, axis, right, axis, strokeColor=colors.HexColor("#444444"), strokeWidth=0.6))
    months = [(y, m) for y in range(first.year, last.year + 1) for m in range(1, 13)
              if (first.year, first.month) <= (y, m) <= (last.year, last.month)]
    last_x = -100.0
    for year, month in months[::-(-len(months) // 6)]:  # at most six labels, evenly spread, never overlapping
        at = max(first, date(year, month, 1))
        if x(at) - last_x < 45:
            continue
        last_x = x(at)
        drawing.add(Line(x(at), axis, x(at), axis - 3, strokeColor=colors.HexColor("#444444"), strokeWidth=0.6))
        drawing.add(String(x(at), axis - 11, format_date(at, "MMM yyyy", locale=locale), fontName=regular, fontSize=7,
                           textAnchor="middle"))
    legend_x = left
    for status in STATUSES:
        drawing.add(Circle(legend_x + 3, 6, 3, fillColor=colors.HexColor(STATUS_COLOURS[status]), strokeColor=None))
        drawing.add(String(legend_x + 9, 3, t(STATUS_LABELS[status]), fontName=regular, fontSize=7))
        legend_x += 70
    return drawing


def outcome_pdf(ws: Any, out: str | os.PathLike[str]) -> int:
    """Write the outcome report; returns its number of pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer, Table, TableStyle
    from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
    from reportlab.platypus.frames import Frame
    from reportlab.platypus.tableofcontents import TableOfContents

    from ..core import checkin, ideas, voting
    from ..core.event import event_now, get_event

    regular, bold = register()
    info = get_event(ws)
    lang = info.languages[0]
    t = translator(lang)
    ngettext = plural_translator(lang)
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=16, leading=20, spaceBefore=4, spaceAfter=8, keepWithNext=1)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    title = ParagraphStyle("title", fontName=bold, fontSize=26, leading=32, spaceAfter=12)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:  # the table of contents lists the headings
            if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):  # as text: it reads markup
                self.notify("TOCEntry", (0 if flowable.style.name == "h1" else 1, _escape(flowable.getPlainText()),
                                         self.page))

    def p(text: str, style: Any = body) -> Any:
        """A paragraph of `text`; one with letters the style's font lacks (an Arabic or Chinese name) is drawn run by
        run in the fonts that have them, as badges are (a Paragraph left them out: an empty "Lead" cell)."""
        if needs_fallback(text, style.fontName):
            return text_cell(text, style.fontName, style.fontSize, max_lines=12)
        return Paragraph(_escape(text), style)

    def grid(rows: list[list[Any]], widths: list[float]) -> Table:
        widths = fit_headers([str(c) for c in rows[0]], widths, regular, body.fontSize)
        table = Table([[c if isinstance(c, Paragraph) else p(str(c)) for c in row] for row in rows], colWidths=widths,
                      repeatRows=1)
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce8f5")),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table

    def bars(labels: list[str], values: list[float], width: float = 170 * mm) -> Any:
        from reportlab.graphics.charts.barcharts import HorizontalBarChart
        from reportlab.graphics.shapes import Drawing

        height = 14 + 16 * len(values)
        drawing = Drawing(width, height + 10)
        chart = HorizontalBarChart()
        # the stubs type these as int; reportlab takes points as floats
        chart.x, chart.y, chart.width, chart.height = 62 * mm, 5, width - 70 * mm, height  # type: ignore[assignment]
        chart.data = [list(reversed(values)) or [0]]
        chart.categoryAxis.categoryNames = [label[:40] + ("…" if len(label) > 40 else "") for label in reversed(labels)]
        chart.categoryAxis.labels.fontName = regular
        chart.categoryAxis.labels.fontSize = 8
        chart.valueAxis.labels.fontName = regular
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        chart.bars[0].fillColor = colors.HexColor("#2f6fb0")
        chart.bars[0].strokeColor = None
        drawing.add(chart)
        return drawing

    kicker = ParagraphStyle("kicker", parent=h2)  # cover and contents headings stay out of the contents
    story: list[Any] = [Spacer(1, 40 * mm), p(t("Outcome report"), kicker), p(info.name, title)]
    locale = "en_GB" if lang == "en" else lang  # English as in Europe: a 24-hour clock

    def day(iso: str) -> str:
        return format_date(date.fromisoformat(iso), "long", locale=locale)

    def wall(iso: str) -> str:  # a session's time, on the event's clocks
        return format_datetime(datetime.fromisoformat(iso), "short", locale=locale)

    def span(start: str | None, end: str | None) -> str:  # "8/12/26, 9:00 – 10:30": the day once when it is one
        if start and end and start[:10] == end[:10]:
            return f"{wall(start)} – {format_time(datetime.fromisoformat(end), 'short', locale=locale)}"
        return " – ".join(wall(x) for x in (start, end) if x)

    when = " – ".join(dict.fromkeys(day(x) for x in (info.start_date, info.end_date) if x))
    story += [p(" · ".join(x for x in (when, info.venue) if x)), Spacer(1, 6 * mm),
              p(t("Made on {date} by eulac-desktop.").format(date=day(event_now(info).date().isoformat())), small),
              PageBreak(), p(t("Contents"), ParagraphStyle("contents", parent=h1))]
    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("toc1", fontName=bold, fontSize=10, leading=14),
                       ParagraphStyle("toc2", fontName=regular, fontSize=9, leading=12, leftIndent=12)]
    story += [toc, PageBreak()]

    # -- attendance
    stats = checkin.stats(ws)
    fewer = t("fewer than {n}").format(n=SMALL_GROUP)  # the totals too: the tables' small groups add up to them
    story += [p(t("Attendance"), h1), p(ngettext(
        "{registered} person registered; {arrived} checked in.", "{registered} people registered; {arrived} checked in.",
        stats["registered"]).format(
        registered=people_count(stats["registered"], fewer), arrived=people_count(stats["checked_in"], fewer)))]

    def table(rows: list[tuple[str, int, int]]) -> list[list[str]]:
        return [[name, people_count(n, fewer), people_count(m, fewer)] for name, n, m in rows]

    regions = Counter({k: c["registered"] for k, c in stats["by_region"].items()})
    regions_in = Counter({k: c["checked_in"] for k, c in stats["by_region"].items()})
    by_region = protected_rows([(region_label(k, t), regions[k], regions_in[k]) for k in REGIONS if regions[k]])
    story += [p(t("By region"), h2), grid([[t("Region"), t("Registered"), t("Checked in")], *table(by_region)],
                                         [90 * mm, 40 * mm, 40 * mm])]
    labels, values = people_bars([name for name, _n, _m in by_region], [m for _name, _n, m in by_region])
    if any(values):  # not a chart of bars all at 0
        story.append(bars(labels, values))
    countries = Counter({k: c["registered"] for k, c in stats["by_country"].items()})
    countries_in = Counter({k: c["checked_in"] for k, c in stats["by_country"].items()})
    shown = sorted((c for c in countries if c and countries[c] >= SMALL_GROUP), key=lambda c: (-countries[c], c))
    rest = sum(n for c, n in countries.items() if c not in shown)
    by_country = [(country_name(c, lang), countries[c], countries_in[c]) for c in shown]
    others = t("Other countries (fewer than {n} people each)").format(n=SMALL_GROUP)
    if rest:
        by_country.append((others, rest, sum(n for c, n in countries_in.items() if c not in shown)))
    # merged rows take their place by their new count; the row of the other countries stays last
    merged = sorted(protected_rows(by_country), key=lambda row: (others in row[0], -row[1], row[0]))
    story += [p(t("By country"), h2), grid([[t("Country"), t("Registered"), t("Checked in")], *table(merged)],
                                           [90 * mm, 40 * mm, 40 * mm])]
    roles: Counter[str] = Counter()
    roles_in: Counter[str] = Counter()
    for role, cell in stats["by_role"].items():
        roles[role or "participant"] += cell["registered"]
        roles_in[role or "participant"] += cell["checked_in"]
    by_role = protected_rows([(role_label(k, t), n, roles_in[k]) for k, n in sorted(roles.items())])
    story += [p(t("By role"), h2), grid([[t("Role"), t("Registered"), t("Checked in")], *table(by_role)],
                                       [90 * mm, 40 * mm, 40 * mm])]
    story += kpi_section(ws, t, p, grid, bars, h2, small)
    sessions = checkin.sessions(ws)
    if sessions:
        story += [p(t("Sessions"), h2), grid([[t("Session"), t("Room"), t("Time"), t("Attended")]] + [
            [s["name"], s["room"] or "", span(s["starts_at"], s["ends_at"]),
             len(checkin.attendance(ws, s["id"]))] for s in sessions], [64 * mm, 30 * mm, 50 * mm, 26 * mm])]

    # -- ideas
    challenges = ideas.challenges(ws)
    if challenges:
        story += [PageBreak(), p(t("Challenges and ideas"), h1)]
        for challenge in challenges:
            story += [p(challenge["question"], h2)]
            if challenge["description"]:
                story.append(p(challenge["description"], small))
            for column in ideas.board(ws, challenge["id"]).columns:
                if not column.cards:
                    continue
                label = (column.name or t("Theme {number}").format(number=column.number)) if column.id else t(
                    "Not clustered")
                count = sum(1 + len(c.duplicates) for c in column.cards)
                story.append(p(f"{label} ({count})", ParagraphStyle("cl", parent=body, fontName=bold, spaceBefore=4)))
                for card in column.cards:
                    text = card.text if len(card.text) <= 600 else card.text[:600] + "…"
                    extra = f" (×{len(card.duplicates) + 1})" if card.duplicates else ""
                    story.append(p("• " + text + extra, ParagraphStyle("li", parent=body, leftIndent=10)))

    # -- polls
    polls = voting.polls(ws)
    if polls:
        story += [PageBreak(), p(t("Priorities (votes)"), h1)]
        for poll in polls:
            result = voting.results(ws, poll["id"])
            story += [p(poll["title"], h2), p(t("{method}: {ballots} of {eligible} people voted ({state}).").format(
                method=method_label(poll["method"], t), ballots=result["ballots"], eligible=result["eligible"],
                state=t(STATES[poll["state"]])), small)]
            if result["double_votes"]:
                story.append(p(t("Double votes (people who voted on two laptops; for each, one ballot of the later laptop "
                                 "is left out): {n}").format(n=result["double_votes"]), small))
            if not result["ballots"]:
                continue
            if poll["method"] == "impact-effort":
                rows = [[t("Rank"), t("Option"), t("Impact"), t("Effort")]] + [
                    [o["rank"], o["text"], *(f"{x:.1f}" for x in o["score"])] if o["score"] else [o["rank"], o["text"], "–", "–"]
                    for o in result["options"]]
                story.append(grid(rows, [15 * mm, 105 * mm, 25 * mm, 25 * mm]))
            else:
                rows = [[t("Rank"), t("Option"), t("Score")]] + [
                    [f"{o['rank']}{'=' if o['tie'] else ''}", o["text"], o["score"]] for o in result["options"]]
                story.append(grid(rows, [15 * mm, 125 * mm, 30 * mm]))
                story.append(bars([o["text"] for o in result["options"]], [float(o["score"]) for o in result["options"]]))

    # -- the evaluation survey
    story += survey_section(ws, t, p, grid, h1, h2, small)

    # -- the roadmap
    from ..core import actions

    roadmap = actions.plans(ws)
    if roadmap:
        story += [PageBreak(), p(t("Roadmap: action plans"), h1), timeline(roadmap, t, locale, regular, bold)]
        story += roadmap_tables(roadmap, t, p, grid, h2, small, day)

    # -- P2P learning
    from ..core import p2p

    plan = p2p.latest_plan(ws)
    if plan is not None:
        feedback = p2p.feedback_summary(ws)
        topic_names = p2p.topic_labels(ws, lang)
        tables = sum(len(r["tables"]) for r in plan["rounds"])
        story += [CondPageBreak(70 * mm), p(t("P2P learning"), h1), p(t(
            "{rounds} rounds, {tables} tables; {met} of {seeks} seeks met (a person at a table on a topic they "
            "seek); {interpreted} seats with interpretation.").format(
            rounds=len(plan["rounds"]), tables=tables, met=plan["seeks_satisfied"], seeks=plan["seeks_total"],
            interpreted=plan["interpreted"]))]
        rated = {r["round"]: r for r in feedback["rounds"]}
        story += [p(t("Rounds"), h2), grid([[t("Round"), t("Tables"), t("People"), t("Interpreted seats"),
                                            t("Ratings"), t("Mean")]] + [
            [n, len(r["tables"]), sum(len(x["participant_ids"]) for x in r["tables"]),
             sum(len(x.get("interpreters", [])) for x in r["tables"]), rated.get(n, {}).get("ratings", 0),
             rated.get(n, {}).get("mean") if rated.get(n, {}).get("mean") is not None else "–"]
            for n, r in enumerate(plan["rounds"], start=1)], [20 * mm, 25 * mm, 25 * mm, 40 * mm, 30 * mm, 30 * mm])]
        by_topic: dict[str, list[int]] = {}
        for r in plan["rounds"]:
            for x in r["tables"]:
                counts = by_topic.setdefault(x["topic"], [0, 0])
                counts[0] += 1
                counts[1] += len(x["participant_ids"])
        ratings = {k["topic"]: k for k in feedback["topics"]}
        story += [p(t("By topic"), h2), grid([[t("Topic"), t("Tables"), t("People"), t("Ratings"), t("Mean")]] + [
            [p2p.topic_label(topic_names, code), n_tables, n_people, ratings.get(code, {}).get("ratings", 0),
             ratings[code]["mean"] if code in ratings and ratings[code]["mean"] is not None else "–"]
            for code, (n_tables, n_people) in sorted(by_topic.items(), key=lambda kv: (-kv[1][1], kv[0]))],
            [80 * mm, 22 * mm, 22 * mm, 23 * mm, 23 * mm])]

    # -- methods
    used = sorted({poll["method"] for poll in polls})
    story += [PageBreak(), p(t("Methods"), h1)]
    story += [p(t(METHOD_NOTES[m])) for m in used] + [p(t(TIES))]
    story.append(p(t("Attendance counts people once (records merged as one person count once). Countries with fewer "
                     "than {n} people are shown together; groups of 1 to {last} people, by region, country or role, "
                     "are written “{fewer}”, so that nobody can be singled out.").format(
                         n=SMALL_GROUP, last=SMALL_GROUP - 1, fewer=t("fewer than {n}").format(n=SMALL_GROUP))))
    story.append(p(t("Where such a group could be worked out by subtracting the other groups of a table from the "
                     "totals, it is shown together with the next smallest group (“A + B”, or “groups together”).")))
    story.append(p(t("Gender and stakeholder type are optional; an answer outside the lists is counted as “other”, "
                     "and people who gave none as “not given”. Attended means checked in; people whose data was "
                     "erased are not counted.")))

    def number_pages(canvas: Any, doc: Any) -> None:
        canvas.setFont(regular, 8)
        canvas.drawString(15 * mm, 10 * mm, info.name[:90])
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, t("Page {n}").format(n=doc.page))

    out = Path(out)
    with files.writing(out) as tmp:  # the file appears whole or not at all
        doc = Doc(str(tmp), pagesize=A4, title=f"{info.name} — {t('Outcome report')}", author="eulac-desktop")
        frame = Frame(18 * mm, 18 * mm, A4[0] - 36 * mm, A4[1] - 36 * mm, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=number_pages)])
        doc.multiBuild(story)
    return doc.page
