"""`eulac polls create|open|close|results|list` and `eulac ballots add|paper|enter|mismatches`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

from ..core import errors
from ..core.i18n import _, ngettext
from . import Output, add_json_flag


class _Methods:
    """The counting methods' names (`core.vocabulary`), as `--method`'s choices: imported only when a command
    checks or lists them, not by every command's parser."""

    def __contains__(self, name: object) -> bool:
        from ..core.vocabulary import METHODS

        return name in METHODS

    def __iter__(self) -> Iterator[str]:
        from ..core.vocabulary import METHODS

        return iter(METHODS)


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `polls` and `ballots` nouns."""
    polls = nouns.add_parser("polls", help=_("priority votes"))
    verbs = polls.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    create = verbs.add_parser("create", help=_("create a poll (in draft: open it to vote)"))
    create.add_argument("file", type=Path, metavar="FILE.eulac")
    create.add_argument("--title", required=True)
    create.add_argument("--method", required=True, choices=_Methods())
    options = create.add_mutually_exclusive_group()
    options.add_argument("--option", action="append", default=[], metavar="TEXT", help=_("an option; repeatable"))
    options.add_argument("--from-clusters", metavar="CHALLENGE", help=_("the options are this challenge's clusters"))
    create.add_argument("--param", action="append", default=[], metavar="k=v",
                        help=_("a parameter of the method, e.g. dots=3, max_per_option=2, total=100"))
    create.add_argument("--named", action="store_true", help=_("record who voted (default: secret ballots)"))
    create.add_argument("--eligibility", default="checked_in", metavar="RULE",
                        help=_("checked_in (default), all, or roles:speaker,participant"))
    add_json_flag(create)
    create.set_defaults(handler=_create)
    for verb, state, text in (("open", "open", _("open a poll for voting")), ("close", "closed", _("close a poll"))):
        sub = verbs.add_parser(verb, help=text)
        sub.add_argument("file", type=Path, metavar="FILE.eulac")
        sub.add_argument("poll", metavar="POLL")
        add_json_flag(sub)
        sub.set_defaults(handler=_state, state=state)
    res = verbs.add_parser("results", help=_("a poll's results"))
    res.add_argument("file", type=Path, metavar="FILE.eulac")
    res.add_argument("poll", metavar="POLL")
    add_json_flag(res)
    res.set_defaults(handler=_results)
    lst = verbs.add_parser("list", help=_("list the polls"))
    lst.add_argument("file", type=Path, metavar="FILE.eulac")
    add_json_flag(lst)
    lst.set_defaults(handler=_list)

    ballots = nouns.add_parser("ballots", help=_("ballots of a poll"))
    verbs = ballots.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    add = verbs.add_parser("add", help=_("cast a ballot for a badge"))
    add.add_argument("file", type=Path, metavar="FILE.eulac")
    add.add_argument("poll", metavar="POLL")
    add.add_argument("--badge", required=True, metavar="CODE")
    add.add_argument("--ballot", required=True, metavar="JSON",
                     help=_('the choices, naming options by id: {"ID": 2} or ["ID", ...] or {"ID": [4, 2]}'))
    add.add_argument("--serial", metavar="S", help=_("the serial of a paper ballot"))
    add_json_flag(add)
    add.set_defaults(handler=_add)
    paper = verbs.add_parser("paper", help=_("print paper ballots (PDF), each with its serial as a QR code"))
    paper.add_argument("file", type=Path, metavar="FILE.eulac")
    paper.add_argument("poll", metavar="POLL")
    paper.add_argument("out", type=Path, metavar="OUT.pdf")
    paper.add_argument("--count", type=int, required=True, metavar="N")
    paper.add_argument("--start", type=int, default=1, metavar="S", help=_("the first serial number (to print more later)"))
    add_json_flag(paper)
    paper.set_defaults(handler=_paper)
    enter = verbs.add_parser("enter", help=_("enter a paper ballot from its serial and marks"))
    enter.add_argument("file", type=Path, metavar="FILE.eulac")
    enter.add_argument("poll", metavar="POLL")
    enter.add_argument("--serial", required=True, metavar="S")
    enter.add_argument("--ballot", required=True, metavar="JSON")
    enter.add_argument("--check", action="store_true",
                       help=_("a second person's entry: compared with the first, not counted"))
    add_json_flag(enter)
    enter.set_defaults(handler=_enter)
    mismatches = verbs.add_parser("mismatches", help=_("paper ballots whose two entries disagree"))
    mismatches.add_argument("file", type=Path, metavar="FILE.eulac")
    mismatches.add_argument("poll", metavar="POLL")
    add_json_flag(mismatches)
    mismatches.set_defaults(handler=_mismatches)


def _create(args: argparse.Namespace) -> None:
    from ..core.voting import create_poll, create_poll_from_clusters, get_poll
    from ..core.workspace import Workspace

    params = {}
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep:
            raise errors.InvalidValue(field="--param", reason=_("write k=v, e.g. dots=3"))
        params[key.strip()] = value.strip()
    with Workspace.open(args.file, mode="write") as ws:
        options = dict(params=params, secret=not args.named, eligibility=args.eligibility)
        if args.from_clusters:
            changes = create_poll_from_clusters(ws, args.from_clusters, args.title, args.method, **options)
        else:
            changes = create_poll(ws, args.title, args.method, args.option, **options)
        poll = get_poll(ws, changes.inserted["polls"][0])
    data = {"id": poll["id"], "options": poll["options"]}
    Output(args.json).result(data, "\n".join([poll["id"]] + [f"  {o['id']}  {o['text']}" for o in poll["options"]]))


def _state(args: argparse.Namespace) -> None:
    from ..core.voting import get_poll, set_state
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="write") as ws:
        set_state(ws, args.poll, args.state)
        poll = get_poll(ws, args.poll)
    Output(args.json).result({"id": poll["id"], "state": poll["state"]}, f"{poll['title']}: {poll['state']}")


def _results(args: argparse.Namespace) -> None:
    from ..core.voting import results
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        data = results(ws, args.poll)
    lines = [f"{data['title']} ({data['method']}): {data['ballots']}/{data['eligible']}"]
    lines += [f"{o['rank']:>3}{'=' if o['tie'] else ' '} {o['text']}: {o['score']}" for o in data["options"]]
    if data["double_votes"]:
        lines.append(_("Double votes (people who voted on two laptops; for each, one ballot of the later laptop is left "
                       "out): {n}").format(n=data["double_votes"]))
    if data["refused"]:
        lines.append(_("Ballots not counted (more than the eligible voters their laptop recorded): {n}").format(
            n=data["refused"]))
    Output(args.json).result(data, "\n".join(lines))


def _list(args: argparse.Namespace) -> None:
    from ..core.voting import polls
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        data = [{"id": p["id"], "title": p["title"], "method": p["method"], "state": p["state"],
                 "options": p["options"]} for p in polls(ws)]
    Output(args.json).result(data, "\n".join(f"{p['id']}  {p['state']:<6} {p['method']:<13} {p['title']}" for p in data))


def _ballot_json(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: arrays or objects nested too deeply
        raise errors.InvalidValue(field="--ballot", reason=_("this is not JSON")) from None


def _paper(args: argparse.Namespace) -> None:
    from ..core.voting import serials
    from ..core.workspace import Workspace
    from ..documents.paper_ballots import paper_ballots_pdf

    with Workspace.open(args.file, mode="read") as ws:
        pages = paper_ballots_pdf(ws, args.poll, args.out, args.count, args.start)
        printed = serials(ws, args.poll, args.count, args.start)
    Output(args.json).result({"file": str(args.out), "ballots": args.count, "pages": pages, "serials": printed},
                             ngettext("Wrote {n} paper ballot to {path}",
                                      "Wrote {n} paper ballots to {path}", args.count).format(n=args.count, path=args.out))


def _enter(args: argparse.Namespace) -> int:
    from ..core.voting import check_paper_ballot, enter_paper_ballot
    from ..core.workspace import Workspace

    payload = _ballot_json(args.ballot)
    with Workspace.open(args.file, mode="write") as ws:
        if args.check:
            same = check_paper_ballot(ws, args.poll, args.serial, payload)
            Output(args.json).result({"serial": args.serial, "matches": same},
                                     _("Both entries agree.") if same else _("The entries disagree: check the paper."))
            return 0 if same else 1
        enter_paper_ballot(ws, args.poll, args.serial, payload)
    Output(args.json).result({"serial": args.serial, "counted": True}, _("Counted."))
    return 0


def _mismatches(args: argparse.Namespace) -> None:
    from ..core.voting import paper_mismatches
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        rows = paper_mismatches(ws, args.poll)
    Output(args.json).result(rows, "\n".join(f"{r['serial']}  {r['problem']}" for r in rows))


def _add(args: argparse.Namespace) -> None:
    from ..core.voting import cast_ballot
    from ..core.workspace import Workspace

    payload = _ballot_json(args.ballot)
    with Workspace.open(args.file, mode="write") as ws:
        cast = cast_ballot(ws, args.poll, payload, badge=args.badge, channel="paper" if args.serial else "cli",
                           serial=args.serial)
    Output(args.json).result({"ballot_id": cast.ballot_id, "counted": True}, _("Counted."))
