"""`eulac actions add|list|export|status`: joint action plans and the roadmap from the terminal."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.i18n import _, ngettext
from . import Output, add_json_flag, message, participant_by_email


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `actions` noun and its verbs."""
    noun = nouns.add_parser("actions", help=_("joint action plans: add, list, export the roadmap"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    add = verbs.add_parser("add", help=_("add an action plan"))
    add.add_argument("file", type=Path, metavar="FILE.eulac")
    add.add_argument("--title", metavar="T", help=_("the plan's title (default: the option's text with --from-option)"))
    add.add_argument("--problem", default="", metavar="TEXT", help=_("the problem it answers"))
    add.add_argument("--lead", metavar="EMAIL", help=_("the participant who leads it"))
    add.add_argument("--partner", action="append", default=[], metavar="EMAIL", help=_("a partner; repeatable"))
    add.add_argument("--milestone", action="append", default=[], metavar="YYYY-MM-DD:TEXT",
                     help=_("a milestone; repeatable"))
    add.add_argument("--funding", default="", metavar="TEXT", help=_("the funding source"))
    add.add_argument("--status", default="planned", choices=("planned", "started", "done"))
    add.add_argument("--start", metavar="YYYY-MM-DD", help=_("when the plan starts (default: the event's start)"))
    add.add_argument("--from-option", metavar="POLL_OPTION_ID", help=_("made from this option of a poll"))
    add_json_flag(add)
    add.set_defaults(handler=_add)
    lst = verbs.add_parser("list", help=_("list the action plans"))
    lst.add_argument("file", type=Path, metavar="FILE.eulac")
    lst.add_argument("--event", metavar="ID", help=_("in a master file, only this event's plans (its id, or the start of "
                                                    "it); without it, every event's"))
    add_json_flag(lst)
    lst.set_defaults(handler=_list)
    export = verbs.add_parser("export", help=_("the plans and their milestones as an XLSX workbook"))
    export.add_argument("file", type=Path, metavar="FILE.eulac")
    export.add_argument("out", type=Path, metavar="OUT.xlsx")
    add_json_flag(export)
    export.set_defaults(handler=_export)
    status = verbs.add_parser("status", help=_("move a plan to planned, started or done; in a master file, the plan "
                                               "of any of its events (the roadmap across events)"))
    status.add_argument("file", type=Path, metavar="FILE.eulac")
    status.add_argument("plan", metavar="PLAN_ID", help=_("the plan's id (or a unique start of it)"))
    status.add_argument("status", choices=("planned", "started", "done"))
    add_json_flag(status)
    status.set_defaults(handler=_status)


def _add(args: argparse.Namespace) -> None:
    from ..core import actions, errors
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="write") as ws:
        origin = actions.from_option(ws, args.from_option) if args.from_option else {"title": "", "source": ""}
        title = args.title if args.title is not None else origin["title"]
        if not (title or "").strip():
            raise errors.InvalidValue(field="--title", reason=_("give the plan a title (or --from-option)"))
        lead = participant_by_email(ws, args.lead) if args.lead else None
        partners = [participant_by_email(ws, e) for e in args.partner]
        changes = actions.add_plan(ws, title, problem=args.problem, lead_id=lead, partners=partners,
                                   milestones=[actions.parse_milestone(m) for m in args.milestone], funding=args.funding,
                                   status=args.status, start_date=args.start, source=origin["source"])
        plan_id = changes.inserted["action_plans"][0]
        made = next(p for p in actions.plans(ws) if p["id"] == plan_id)
    for text in actions.problem_texts(made):  # flagged, the plan stays
        message(_("Flagged: {problem}").format(problem=text))
    Output(args.json).result({"id": plan_id}, _("Added the action plan {id}").format(id=plan_id))


def _list(args: argparse.Namespace) -> None:
    from ..core import actions
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        found = actions.plans_of_file(ws, args.event)
        several = ws.is_master
    data = [{"id": p["id"], "title": p["title"], "lead": actions.person_key(p["lead"]),
             "partners": [actions.person_key(x) for x in p["partners"]], "milestones": p["milestones"],
             "status": p["status"], "event": p["event_id"]} for p in found]
    lines = []
    for p in found:
        flags = "; ".join(actions.problem_texts(p))
        where = f"{p['event']}: " if several else ""
        lines.append(f"{where}{p['title']} [{_(actions.STATUS_LABELS[p['status']])}] {p['pairing']}"
                     + (f" ({flags})" if flags else ""))
        lines += [f"  {m['date']} {m['text']}" for m in p["milestones"]]
    Output(args.json).result(data, "\n".join(lines))


def _export(args: argparse.Namespace) -> None:
    from ..core import actions
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        count = actions.export_xlsx(ws, args.out)
    Output(args.json).result({"file": str(args.out), "plans": count},
                             ngettext("Wrote {n} action plan to {path}", "Wrote {n} action plans to {path}",
                                      count).format(n=count, path=args.out))


def _status(args: argparse.Namespace) -> None:
    from ..core import actions
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="write", master=True) as ws:  # the roadmap across a master's events too
        plan_id, _event = actions.find_plan(ws, args.plan)
        actions.set_status(ws, plan_id, args.status)
    Output(args.json).result({"id": plan_id, "status": args.status}, _("The action plan {id} is now {status}").format(
        id=plan_id, status=_(actions.STATUS_LABELS[args.status])))
