"""`eulac p2p plan|move|agendas|signs|topics` and `eulac p2p feedback add|summary`: rounds of P2P learning tables."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from ..core.i18n import _, ngettext
from . import Output, add_json_flag, message


def _seconds(text: str) -> float:
    """`--seconds`: a number of seconds, 0 or more (0: the first plan, not improved); "inf" would plan forever."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(_("give a number of seconds, 0 or more"))
    return value


def _count(text: str) -> int:
    """`--tables`: a whole number, 1 or more (0 or less was read as "as many as needed", or misread)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(_("give a whole number, 1 or more"))
    return value


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `p2p` noun."""
    noun = nouns.add_parser("p2p", help=_("peer-to-peer learning rounds"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    plan = verbs.add_parser("plan", help=_("plan rounds of small mixed tables around offered topics"))
    plan.add_argument("file", type=Path, metavar="FILE.eulac")
    plan.add_argument("--rounds", type=int, required=True, metavar="R")
    plan.add_argument("--tables", type=_count, metavar="T", help=_("how many tables (default: as many as the sizes need)"))
    plan.add_argument("--min", type=int, default=4, metavar="N", help=_("fewest people at a table (default 4)"))
    plan.add_argument("--max", type=int, default=6, metavar="N", help=_("most people at a table (default 6)"))
    plan.add_argument("--seconds", type=_seconds, default=3.0, metavar="S", help=_("time to improve the plan (default 3)"))
    plan.add_argument("--present-only", action="store_true", help=_("only the people who checked in"))
    plan.add_argument("--start", metavar="YYYY-MM-DDTHH:MM", help=_("when the first round starts (for the agendas)"))
    plan.add_argument("--minutes", type=int, metavar="N", help=_("how long each round lasts, breaks included"))
    plan.add_argument("--no-save", action="store_true", help=_("only show the plan; keep the one saved before"))
    plan.add_argument("--keep", action="store_true",
                      help=_("re-plan from the saved plan after no-shows and late arrivals, keeping the tables it can"))
    add_json_flag(plan)
    plan.set_defaults(handler=_plan)
    agendas = verbs.add_parser("agendas", help=_("each person's agenda of the saved plan (PDF, A6 cards)"))
    agendas.add_argument("file", type=Path, metavar="FILE.eulac")
    agendas.add_argument("out", type=Path, metavar="OUT.pdf")
    add_json_flag(agendas)
    agendas.set_defaults(handler=_agendas)
    signs = verbs.add_parser("signs", help=_("a sign per table and the facilitator's sheet of the saved plan (PDF)"))
    signs.add_argument("file", type=Path, metavar="FILE.eulac")
    signs.add_argument("out", type=Path, metavar="OUT.pdf")
    add_json_flag(signs)
    signs.set_defaults(handler=_signs)
    topics = verbs.add_parser("topics", help=_("import the event's topics: a code and a label per event language "
                                               "(CSV, TSV, XLSX, ODS)"))
    topics.add_argument("file", type=Path, metavar="FILE.eulac")
    topics.add_argument("list", type=Path, metavar="LIST")
    topics.add_argument("--sheet", metavar="NAME", help=_("the sheet to read (default: the first)"))
    topics.add_argument("--encoding", metavar="NAME", help=_("the list's encoding (e.g. utf-8, cp1252, mac_roman), "
                                                             "when it is not clear from the file"))
    add_json_flag(topics)
    topics.set_defaults(handler=_topics)
    move = verbs.add_parser("move", help=_("move a person to another table of a round of the saved plan"))
    move.add_argument("file", type=Path, metavar="FILE.eulac")
    move.add_argument("--round", type=int, required=True, metavar="R")
    move.add_argument("--email", required=True, metavar="E-MAIL")
    move.add_argument("--table", type=int, required=True, metavar="T")
    add_json_flag(move)
    move.set_defaults(handler=_move)
    feedback = verbs.add_parser("feedback", help=_("ratings of the rounds (1–5)"))
    fverbs = feedback.add_subparsers(dest="feedback_verb", metavar=_("VERB"), required=True)
    add = fverbs.add_parser("add", help=_("record a person's rating of a round"))
    add.add_argument("file", type=Path, metavar="FILE.eulac")
    add.add_argument("--round", type=int, required=True, metavar="R")
    add.add_argument("--rating", type=int, required=True, metavar="1-5")
    who = add.add_mutually_exclusive_group(required=True)
    who.add_argument("--badge", metavar="CODE")
    who.add_argument("--email", metavar="E-MAIL")
    add_json_flag(add)
    add.set_defaults(handler=_feedback_add)
    summary = fverbs.add_parser("summary", help=_("ratings per round, table and topic"))
    summary.add_argument("file", type=Path, metavar="FILE.eulac")
    add_json_flag(summary)
    summary.set_defaults(handler=_feedback_summary)


def _plan(args: argparse.Namespace) -> None:
    from datetime import datetime

    from ..core import errors
    from ..core.event import get_event, wall_minutes
    from ..core.i18n import get_language
    from ..core.p2p import plan_event, plan_names, save_plan, topic_label, topic_labels
    from ..core.p2p.names import problem_line, with_names
    from ..core.workspace import Workspace

    if args.start:
        try:
            datetime.fromisoformat(args.start)
        except ValueError:
            raise errors.InvalidValue(field="--start", reason=_("write the date and time as YYYY-MM-DDTHH:MM")) from None
        if "T" not in args.start.upper():  # a date alone put every round at midnight
            raise errors.InvalidValue(field="--start", reason=_("write the date and time as YYYY-MM-DDTHH:MM"))
    if args.minutes is not None and not 1 <= args.minutes <= 1440:  # 0 or less made every round start at once or earlier
        raise errors.InvalidValue(field="--minutes", reason=_("give a number of minutes between 1 and 1440"))
    params = {"rounds": args.rounds, "tables": args.tables, "min": args.min, "max": args.max,
              "present_only": args.present_only, "start": args.start, "minutes": args.minutes}
    with Workspace.open(args.file, mode="read" if args.no_save else "auto") as ws:
        if args.start:  # kept as the event's wall time, as the agendas and the page read it
            params["start"] = wall_minutes(get_event(ws), args.start)
        data = plan_event(ws, args.rounds, tables=args.tables, min_size=args.min, max_size=args.max,
                          seconds=args.seconds, present_only=args.present_only, keep=args.keep)
        if not args.no_save and ws.read_only:  # e.g. open in the app: the plan is shown, not kept
            message(_("Not saved: {reason}").format(reason=ws.read_only_text()))
        elif not args.no_save:
            data["id"] = save_plan(ws, data, params).inserted["p2p_plans"][0]
        names = plan_names(ws, erased="")
        data["problems"] = with_names(data["problems"], names)
        labels = topic_labels(ws, get_language())
    lines = [_("{satisfied} of {total} seeks met, {interpreted} interpreted seats, {problems} notes.").format(
        satisfied=data["seeks_satisfied"], total=data["seeks_total"], interpreted=data["interpreted"],
        problems=len(data["problems"])),
        _("{mixed} of {tables} tables mixed between Europe and Latin America and the Caribbean.").format(
            mixed=data["mixed"], tables=data["tables"])]
    lines += [warning["message"] for warning in data["warnings"]]
    lines += [_("Likely the same person, never at one table (merge them): {first}, {second}").format(
        first=f"{pair['names'][0]} ({pair['emails'][0]})", second=f"{pair['names'][1]} ({pair['emails'][1]})")
        for pair in data["likely_duplicates"]]
    for r in data["rounds"]:  # people by name (the JSON names them by e-mail, for scripts)
        lines.append(_("Round {n}").format(n=r["round"]))
        lines += [f"  {t['table']:>3}  {topic_label(labels, t['topic'])[:30]:<30} {t['language']:<3} "
                  f"{', '.join(names.get(email) or email for email in t['participants'])}" for t in r["tables"]]
    if data["problems"]:  # the notes the first line counts, as the window lists them
        lines.append(_("What the plan could not do:"))
        lines += ["  " + problem_line(problem, labels) for problem in data["problems"]]
    Output(args.json).result(data, "\n".join(lines))


def _agendas(args: argparse.Namespace) -> None:
    from ..core.workspace import Workspace
    from ..documents.p2p_agendas import agendas_pdf

    with Workspace.open(args.file, mode="read") as ws:
        count = agendas_pdf(ws, args.out)
    Output(args.json).result({"file": str(args.out), "agendas": count},
                             ngettext("Wrote {n} agenda to {path}",
                                      "Wrote {n} agendas to {path}", count).format(n=count, path=args.out))


def _signs(args: argparse.Namespace) -> None:
    from ..core.workspace import Workspace
    from ..documents.p2p_signs import signs_pdf

    with Workspace.open(args.file, mode="read") as ws:
        pages = signs_pdf(ws, args.out)
    Output(args.json).result({"file": str(args.out), "pages": pages},
                             ngettext("Wrote {n} page of table signs and sheets to {path}",
                                      "Wrote {n} pages of table signs and sheets to {path}", pages).format(n=pages, path=args.out))


def _topics(args: argparse.Namespace) -> None:
    from ..core.p2p.topic_import import apply_topics, plan_topics, read_topics
    from ..core.workspace import Workspace

    table = read_topics(args.list, sheet=args.sheet, encoding=args.encoding)
    with Workspace.open(args.file, mode="write") as ws:
        plan = plan_topics(ws, table)
        apply_topics(ws, plan)
    summary = plan.summary()
    lines = [_("Topics: {added} added, {updated} updated, {unchanged} unchanged.").format(**summary)]
    lines += ["  " + p["reason"] for p in summary["problems"]]
    Output(args.json).result(summary, "\n".join(lines))


def _feedback_add(args: argparse.Namespace) -> None:
    from ..core.p2p import add_feedback
    from ..core.workspace import Workspace
    from . import participant_by_email

    with Workspace.open(args.file, mode="write") as ws:
        pid = participant_by_email(ws, args.email) if args.email else None
        changes = add_feedback(ws, args.round, args.rating, badge=args.badge, participant_id=pid)
    Output(args.json).result({"id": changes.inserted["p2p_feedback"][0], "round": args.round, "rating": args.rating},
                             _("Recorded."))


def _feedback_summary(args: argparse.Namespace) -> None:
    from babel.numbers import format_decimal

    from ..core.i18n import get_language
    from ..core.p2p import feedback_summary, topic_label, topic_labels
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        data = feedback_summary(ws)
        labels = topic_labels(ws, get_language())
    def mean(value: float | None) -> str:  # in the reader's language: 4,03 in Spanish
        return "–" if value is None else format_decimal(value, "0.##", locale=get_language())

    lines = [f"{_('Round {n}').format(n=r['round'])}: {r['ratings']} · {mean(r['mean'])}" for r in data["rounds"]]
    lines += [f"  {topic_label(labels, t['topic'])[:30]:<30} {t['ratings']:>4} · {mean(t['mean'])}"
              for t in data["topics"]]
    Output(args.json).result(data, "\n".join(lines) if data["ratings"] else _("No ratings yet."))


def _move(args: argparse.Namespace) -> None:
    from ..core.i18n import get_language
    from ..core.p2p import latest_plan, move_person, plan_names, topic_labels
    from ..core.p2p.names import problem_line, with_names
    from ..core.workspace import Workspace
    from . import participant_by_email

    with Workspace.open(args.file, mode="write") as ws:
        move_person(ws, args.round, participant_by_email(ws, args.email), args.table)
        plan = latest_plan(ws)
        names = plan_names(ws, erased="")
        labels = topic_labels(ws, get_language())
    assert plan is not None
    notes = with_names([p for p in plan["problems"] if p.get("round") == args.round], names)
    Output(args.json).result({"round": args.round, "problems": notes},
                             "\n".join([_("Moved.")] + ["  " + problem_line(p, labels) for p in notes]))
