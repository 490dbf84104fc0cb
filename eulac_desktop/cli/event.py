"""`eulac event create|info|check|demo|coordinators`: make an event file, describe it, check it, name its coordinators."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.i18n import _
from . import Output, add_json_flag, message

if TYPE_CHECKING:
    from ..core.workspace import Workspace


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `event` noun and its verbs."""
    noun = nouns.add_parser("event", help=_("create, describe and check event files"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)

    create = verbs.add_parser("create", help=_("create a new event file"))
    create.add_argument("file", type=Path, metavar="FILE", help=_("the new event file (NAME.eulac)"))
    create.add_argument("--name", required=True, help=_("the event's name"))
    create.add_argument("--start", metavar="DATE", help=_("first day, as YYYY-MM-DD"))
    create.add_argument("--end", metavar="DATE", help=_("last day, as YYYY-MM-DD (default: the first day)"))
    create.add_argument("--venue", default="", help=_("where it takes place"))
    create.add_argument("--languages", default="en", metavar="es,pt,en",
                        help=_("the event's languages, comma-separated, the main one first"))
    create.add_argument("--timezone", metavar="ZONE", help=_("time zone such as America/Bogota (default: this computer's)"))
    add_json_flag(create)
    create.set_defaults(handler=_create)

    info = verbs.add_parser("info", help=_("describe an event file"))
    info.add_argument("file", type=Path, metavar="FILE")
    add_json_flag(info)
    info.set_defaults(handler=_info)

    check = verbs.add_parser("check", help=_("check an event file's integrity and format version"))
    check.add_argument("file", type=Path, metavar="FILE")
    add_json_flag(check)
    check.set_defaults(handler=_check)

    coordinators = verbs.add_parser("coordinators", help=_(
        "the devices that may change the event's secrets and settings (add one with --add)"))
    coordinators.add_argument("file", type=Path, metavar="FILE")
    coordinators.add_argument("--add", metavar="DEVICE_ID", help=_(
        "name another device a coordinator (its id: eulac device show on it); the next setup bundle carries it"))
    add_json_flag(coordinators)
    coordinators.set_defaults(handler=_coordinators)

    from .bundles import register_dump

    register_dump(verbs)
    demo = verbs.add_parser("demo", help=_("create the demo event (240 invented participants)"))
    demo.add_argument("file", type=Path, metavar="FILE")
    add_json_flag(demo)
    demo.set_defaults(handler=_demo)


def _create(args: argparse.Namespace) -> None:
    from ..core.event import create_event_file

    languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    with create_event_file(args.file, name=args.name, start_date=args.start, end_date=args.end,
                           venue=args.venue, languages=languages, timezone=args.timezone) as ws:
        data = _describe(ws)
    Output(args.json).result(data, _("Created {path}").format(path=args.file))


def _coordinators(args: argparse.Namespace) -> None:
    from ..core.bundles.authority import coordinators, name_coordinator
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="write" if args.add is not None else "read") as ws:
        if args.add is not None:
            name_coordinator(ws, args.add)
        data = coordinators(ws)
    text = _("Made by the device {founder}; named coordinators: {named}. This laptop is {who}.").format(
        founder=data["founder"], named=", ".join(data["named"]) or "—",
        who=_("a coordinator") if data["this_device"] else _("not a coordinator"))
    Output(args.json).result(data, text)


def _info(args: argparse.Namespace) -> None:
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        data = _describe(ws)
    rows = [
        (_("Event"), data["name"]),
        (_("Dates"), f"{data['start_date'] or '—'} → {data['end_date'] or '—'}"),
        (_("Venue"), data["venue"] or "—"),
        (_("Time zone"), data["timezone"]),
        (_("Languages"), ", ".join(data["languages"])),
        (_("Participants"), data["participants"]),
        (_("Last change"), data["last_change"] or "—"),
        (_("File format"), data["schema_version"]),
    ]
    lines = [f"{label}: {value}" for label, value in rows]
    Output(args.json).result(data, "\n".join(lines))


def _check(args: argparse.Namespace) -> None:
    from ..core.checks import check_event_file

    report = check_event_file(args.file)
    text = _("{path}: sound (file format {version}).").format(path=args.file, version=report["schema_version"])
    if report["dangling_references"]:  # rows whose target has not arrived (yet): not damage, but worth knowing
        text += "\n" + _("References to rows this file does not hold (yet): {columns}").format(
            columns=", ".join(f"{column} ({n})" for column, n in report["dangling_references"].items()))
    Output(args.json).result(report, text)


def _demo(args: argparse.Namespace) -> None:
    from ..core.demo import build_demo_event

    with build_demo_event(args.file) as ws:
        data = _describe(ws)
    message(_("Created the demo event {path}").format(path=args.file))
    Output(args.json).result(data, "")


def _describe(ws: Workspace) -> dict[str, Any]:
    from ..core.event import get_event, last_change
    from ..core.registration import participant_count

    info = get_event(ws)
    return {**info.as_dict(), "file": str(ws.path), "schema_version": ws.schema_version,
            "participants": participant_count(ws), "last_change": last_change(ws)}
