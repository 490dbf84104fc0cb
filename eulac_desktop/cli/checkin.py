"""`eulac badges code|phone-code|pdf`, `eulac checkin scan|stats`, `eulac sessions add|list|attendance`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core import errors
from ..core.i18n import _, ngettext
from ..core.vocabulary import REGIONS, ROLES
from . import EXIT_REFUSED, Output, add_json_flag, message, participant_by_email


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `badges`, `checkin` and `sessions` nouns."""
    badges = nouns.add_parser("badges", help=_("badge codes"))
    verbs = badges.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    code = verbs.add_parser("code", help=_("print the badge code of a participant"))
    code.add_argument("file", type=Path, metavar="FILE.eulac")
    code.add_argument("email", metavar="EMAIL")
    add_json_flag(code)
    code.set_defaults(handler=_code)
    phone = verbs.add_parser("phone-code", help=_("print the phone code of a participant (to join the room from a phone)"))
    phone.add_argument("file", type=Path, metavar="FILE.eulac")
    phone.add_argument("email", metavar="EMAIL")
    add_json_flag(phone)
    phone.set_defaults(handler=_phone_code)
    pdf = verbs.add_parser("pdf", help=_("write printable badges (PDF)"))
    pdf.add_argument("file", type=Path, metavar="FILE.eulac")
    pdf.add_argument("out", type=Path, metavar="OUT.pdf")
    pdf.add_argument("--layout", default="a4-8", choices=["a4-8", "a4-4", "a6", "letter-6", "roll-62mm", "label-4x3in"])
    pdf.add_argument("--filter", "--search", dest="search", default="", metavar="TEXT",
                     help=_("only the participants this search finds"))
    pdf.add_argument("--country", metavar="CC")
    pdf.add_argument("--region", choices=REGIONS)
    pdf.add_argument("--role", choices=ROLES)
    pdf.add_argument("--email", metavar="E", help=_("only this person"))
    add_json_flag(pdf)
    pdf.set_defaults(handler=_pdf)

    checkin = nouns.add_parser("checkin", help=_("check people in from their badges"))
    verbs = checkin.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    scan = verbs.add_parser("scan", help=_("check in (or record attendance) from a scanned badge code"))
    scan.add_argument("file", type=Path, metavar="FILE.eulac")
    scan.add_argument("code", metavar="CODE")
    scan.add_argument("--session", metavar="ID", help=_("record attendance in this session"))
    scan.add_argument("--desk", default="", metavar="NAME", help=_("the desk or door scanning"))
    add_json_flag(scan)
    scan.set_defaults(handler=_scan, collect_cycles=False)  # one code: no cycles to collect
    stats = verbs.add_parser("stats", help=_("how many are checked in, by region, country and role"))
    stats.add_argument("file", type=Path, metavar="FILE.eulac")
    add_json_flag(stats)
    stats.set_defaults(handler=_stats)

    sessions = nouns.add_parser("sessions", help=_("sessions and their attendance"))
    verbs = sessions.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    add = verbs.add_parser("add", help=_("add a session"))
    add.add_argument("file", type=Path, metavar="FILE.eulac")
    add.add_argument("--name", required=True)
    add.add_argument("--room", default="")
    add.add_argument("--start", metavar="2026-12-03T10:00")
    add.add_argument("--end", metavar="2026-12-03T11:30")
    add_json_flag(add)
    add.set_defaults(handler=_session_add)
    lst = verbs.add_parser("list", help=_("list the sessions"))
    lst.add_argument("file", type=Path, metavar="FILE.eulac")
    add_json_flag(lst)
    lst.set_defaults(handler=_session_list)
    att = verbs.add_parser("attendance", help=_("who attended a session"))
    att.add_argument("file", type=Path, metavar="FILE.eulac")
    att.add_argument("session", metavar="ID")
    att.add_argument("--pdf", type=Path, metavar="OUT.pdf", help=_("also write the signed attendance sheet (PDF)"))
    add_json_flag(att)
    att.set_defaults(handler=_attendance)


def _code(args: argparse.Namespace) -> None:
    from ..core.checkin import badge_code
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        pid = participant_by_email(ws, args.email)
        code = badge_code(ws, pid)
    Output(args.json).result({"participant_id": pid, "code": code}, code)


def _phone_code(args: argparse.Namespace) -> None:
    from ..core.phones import phone_code
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        pid = participant_by_email(ws, args.email)
        code = phone_code(ws, pid)
    Output(args.json).result({"participant_id": pid, "phone_code": code}, code)


def _pdf(args: argparse.Namespace) -> None:
    from ..core.registration import participant_ids, participant_rows
    from ..core.workspace import Workspace
    from ..documents.badges import badges_pdf, unprintable_people
    from .progress import TerminalProgress

    with Workspace.open(args.file, mode="read") as ws:
        if args.email:
            pid = participant_by_email(ws, args.email)
            ids = [pid]
        else:
            ids = participant_ids(ws, args.search, country=args.country and args.country.upper(), region=args.region,
                                  role=args.role)
            erased = participant_rows(ws, ids, ("id", "erased"))
            ids = [i for i in ids if not erased[i]["erased"]]  # an erased person has no badge (nor a count)
        if not ids:
            raise errors.InvalidValue(field=_("Badges"), reason=_("no participant matches"))
        pages = badges_pdf(ws, args.out, ids, args.layout, TerminalProgress(_("Badges")))
        missing = unprintable_people(ws, ids)
    if missing:
        message(ngettext("{n} badge could not print every letter of the name (no font has them; “?” stands in their place):",
                         "{n} badges could not print every letter of the name (no font has them; “?” stands in their place):",
                         len(missing)).format(n=len(missing)))
        for person in missing:
            message(f"  {person['name']} ({person['characters']})")
    Output(args.json).result({"file": str(args.out), "badges": len(ids), "pages": pages, "layout": args.layout,
                              "unprintable": missing},
                             ngettext("Wrote {n} badge on {pages} to {path}", "Wrote {n} badges on {pages} to {path}",
                                       len(ids)).format(n=len(ids), path=args.out,
                                                        pages=ngettext("{n} page", "{n} pages", pages).format(n=pages)))


def _scan(args: argparse.Namespace) -> int | None:
    from ..core.checkin import REFUSED, scan
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="write", check=False) as ws, ws.typed_errors():  # one code: its pages only
        result = scan(ws, args.code, desk=args.desk, session_id=args.session)
    texts = {"checked_in": _("Checked in: {name}"), "already": _("Already checked in: {name} (at {at}, desk {desk})")}
    if result.status == REFUSED:
        message(_("Refused: {reason}").format(reason=result.reason_text()))
        Output(args.json).result(result.as_dict(), "")
        return EXIT_REFUSED
    Output(args.json).result(result.as_dict(), texts[result.status].format(
        name=result.name, at=result.at.isoformat(timespec="seconds") if result.at else "", desk=result.desk or "—"))
    return None


def _stats(args: argparse.Namespace) -> None:
    from ..core.checkin import stats
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        data = stats(ws)
    lines = [_("{checked_in} of {registered} checked in").format(**data)]
    lines += [f"  {region}: {v['checked_in']}/{v['registered']}" for region, v in sorted(data["by_region"].items())]
    Output(args.json).result(data, "\n".join(lines))


def _session_add(args: argparse.Namespace) -> None:
    from ..core.checkin import add_session
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="write") as ws:
        changes = add_session(ws, args.name, args.room, args.start, args.end)
    new_id = changes.inserted["sessions"][0]
    Output(args.json).result({"id": new_id}, _("Added {id}").format(id=new_id))


def _session_list(args: argparse.Namespace) -> None:
    from ..core.checkin import sessions
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        data = sessions(ws)
    text = "\n".join(f"{s['id']}  {s['starts_at'] or '—'}  {s['name']} ({s['room'] or '—'}): {s['attendance']}" for s in data)
    Output(args.json).result(data, text)


def _attendance(args: argparse.Namespace) -> None:
    from ..core.checkin import attendance
    from ..core.text import display_name, safe_display
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        data = attendance(ws, args.session)
        if args.pdf:
            from ..documents.attendance import attendance_pdf

            attendance_pdf(ws, args.session, args.pdf)
            message(_("Wrote {path}").format(path=args.pdf))
    text = "\n".join(f"{_('(erased)')} ({p['country'] or ''})" if p["erased"] else
                     safe_display(f"{display_name(p, family_first=True, safe=False)} — {p['organisation'] or ''} ({p['country'] or ''})") for p in data)
    Output(args.json).result(data, text)
