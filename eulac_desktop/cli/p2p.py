"""`eulac p2p plan`: plan rounds of P2P learning tables."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.i18n import _
from . import Output, add_json_flag


def register(nouns: argparse._SubParsersAction) -> None:
    """Add the `p2p` noun."""
    noun = nouns.add_parser("p2p", help=_("peer-to-peer learning rounds"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    plan = verbs.add_parser("plan", help=_("plan rounds of small mixed tables around offered topics"))
    plan.add_argument("file", type=Path, metavar="FILE.eulac")
    plan.add_argument("--rounds", type=int, required=True, metavar="R")
    plan.add_argument("--tables", type=int, metavar="T", help=_("how many tables (default: as many as the sizes need)"))
    plan.add_argument("--min", type=int, default=4, metavar="N", help=_("fewest people at a table (default 4)"))
    plan.add_argument("--max", type=int, default=6, metavar="N", help=_("most people at a table (default 6)"))
    plan.add_argument("--seconds", type=float, default=3.0, metavar="S", help=_("time to improve the plan (default 3)"))
    plan.add_argument("--present-only", action="store_true", help=_("only the people who checked in"))
    add_json_flag(plan)
    plan.set_defaults(handler=_plan)


def _plan(args: argparse.Namespace) -> None:
    from ..core.p2p import plan_event
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        data = plan_event(ws, args.rounds, tables=args.tables, min_size=args.min, max_size=args.max,
                          seconds=args.seconds, present_only=args.present_only)
    lines = [_("{satisfied} of {total} seeks met, {interpreted} interpreted seats, {problems} notes.").format(
        satisfied=data["seeks_satisfied"], total=data["seeks_total"], interpreted=data["interpreted"],
        problems=len(data["problems"]))]
    for r in data["rounds"]:
        lines.append(_("Round {n}").format(n=r["round"]))
        lines += [f"  {t['table']:>3}  {t['topic']:<10} {t['language']:<3} {', '.join(t['participants'])}" for t in r["tables"]]
    Output(args.json).result(data, "\n".join(lines))
