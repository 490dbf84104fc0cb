"""`eulac master create|dashboard`: a coordinator's master file of several events."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.i18n import _, ngettext
from . import Output, add_json_flag


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `master` noun."""
    noun = nouns.add_parser("master", help=_("a coordinator's master file: the events of a programme, merged"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    create = verbs.add_parser("create", help=_("make an empty master file (then: eulac bundle import MASTER BUNDLE)"))
    create.add_argument("file", type=Path, metavar="MASTER.eulac")
    create.add_argument("--name", required=True, help=_("the programme's name"))
    add_json_flag(create)
    create.set_defaults(handler=_create)
    board = verbs.add_parser("dashboard", help=_("events, devices and bundles received, attendance and results"))
    board.add_argument("file", type=Path, metavar="FILE.eulac")
    add_json_flag(board)
    board.set_defaults(handler=_dashboard)


def _create(args: argparse.Namespace) -> None:
    from ..core.master import create_master

    create_master(args.file, args.name).close()
    Output(args.json).result({"file": str(args.file), "name": " ".join(args.name.split())},
                             _("Created the master file {path}").format(path=args.file))


def _dashboard(args: argparse.Namespace) -> None:
    from ..core.master import dashboard
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        data = dashboard(ws)
    lines = [data["name"]] if data["name"] else []
    lines.append(_("Events ({n}):").format(n=len(data["events"])))
    for e in data["events"]:
        lines.append("  " + _("{id}  {start}  {name}: {checked} of {people} checked in, {ideas}, {ballots}")
                     .format(id=e["id"][:13], start=e["start_date"] or "–", name=e["name"], checked=e["checked_in"],
                             people=e["participants"],
                             ideas=ngettext("{n} idea", "{n} ideas", e["ideas"]).format(n=e["ideas"]),
                             ballots=ngettext("{n} ballot", "{n} ballots", e["ballots"]).format(n=e["ballots"])))
    lines.append(_("Devices ({n}):").format(n=len(data["devices"])))
    for d in data["devices"]:
        lines.append("  " + ngettext("{name} ({fingerprint}): {n} bundle, last {last}",
                                     "{name} ({fingerprint}): {n} bundles, last {last}", d["bundles"]).format(
            name=d["name"], fingerprint=d["fingerprint"], n=d["bundles"], last=d["last"]))
    lines.append(_("Bundles received ({n}):").format(n=len(data["bundles"])))
    kinds = {"setup": _("setup bundle"), "result": _("result bundle"), "anonymised": _("anonymised bundle")}
    for b in data["bundles"]:
        lines.append("  " + ngettext("{when}  {kind} of “{event}” from {device}: {rows} row changed",
                                     "{when}  {kind} of “{event}” from {device}: {rows} rows changed",
                                     b["rows_changed"]).format(
            when=b["received_at"], kind=kinds.get(b["kind"], b["kind"]), event=b["event"], device=b["device"],
            rows=b["rows_changed"]))
    if data["results"]:
        lines.append(_("Results:"))
        for r in data["results"]:
            lines.append("  " + _("{event} / {poll}: {ballots} of {eligible} voted; first: {first}").format(
                event=r["event"], poll=r["poll"], ballots=r["ballots"], eligible=r["eligible"], first=r["first"] or "–"))
    Output(args.json).result(data, "\n".join(lines))
