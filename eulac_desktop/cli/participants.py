"""`eulac participants import|list|add|export|erase`: the registration of an event from the terminal."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..core import errors
from ..core.i18n import _, ngettext
from ..core.vocabulary import GENDERS, NOT_GIVEN, REGIONS, ROLES, STAKEHOLDERS
from . import Output, add_json_flag, message, participant_by_email, text_lines
from .progress import TerminalProgress

if TYPE_CHECKING:
    from ..core.registration.importing import ImportPlan
    from ..core.registration.tables import Table


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `participants` noun and its verbs."""
    noun = nouns.add_parser("participants", help=_("import, list, add, export and erase participants"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)

    imp = verbs.add_parser("import", help=_("import an organisers' list (CSV, TSV, TXT, XLSX, XLS, ODS)"))
    imp.add_argument("file", type=Path, metavar="FILE.eulac")
    imp.add_argument("list", type=Path, metavar="LIST")
    imp.add_argument("--sheet", metavar="NAME", help=_("the sheet to read (default: the first)"))
    imp.add_argument("--encoding", metavar="NAME",
                     help=_("the list's encoding (e.g. utf-8, cp1252, mac_roman), when it is not clear from the file"))
    imp.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                     help=_("read COLUMN (its header or number) as FIELD, or 'ignore' it; repeatable"))
    imp.add_argument("--dry-run", action="store_true", help=_("show what would change, change nothing"))
    imp.add_argument("--keep", action="append", default=[], type=int, metavar="ROW",
                     help=_("do not update the person of this row of the list: keep their current record; repeatable"))
    imp.add_argument("--details", action="store_true",
                     help=_("list every row added, updated or flagged as a likely duplicate (with --json: under "
                            "\"details\")"))
    add_json_flag(imp)
    imp.set_defaults(handler=_import)

    lst = verbs.add_parser("list", help=_("list participants"))
    lst.add_argument("file", type=Path, metavar="FILE.eulac")
    lst.add_argument("--search", default="", metavar="TEXT", help=_("accent- and case-insensitive search"))
    lst.add_argument("--country", metavar="CC")
    lst.add_argument("--region", choices=REGIONS)
    lst.add_argument("--role", choices=ROLES)
    lst.add_argument("--language", metavar="LL")
    lst.add_argument("--gender", choices=(*GENDERS, NOT_GIVEN))
    lst.add_argument("--stakeholder", choices=(*STAKEHOLDERS, NOT_GIVEN))
    add_json_flag(lst)
    lst.set_defaults(handler=_list)

    add = verbs.add_parser("add", help=_("add one participant (a walk-in)"))
    add.add_argument("file", type=Path, metavar="FILE.eulac")
    add.add_argument("--given", default="", metavar="G")
    add.add_argument("--family", default="", metavar="F")
    add.add_argument("--email", default="", metavar="E")
    add.add_argument("--country", default="", metavar="CC")
    add.add_argument("--organisation", default="", metavar="O")
    add.add_argument("--role", default="participant")
    add.add_argument("--languages", default="", metavar="es;en")
    add.add_argument("--offers", default="", metavar="CODES")
    add.add_argument("--seeks", default="", metavar="CODES")
    add.add_argument("--gender", default="", metavar="G",
                     help=_("optional: woman, man, non_binary, self_described, prefer_not_to_say, or as the person says"))
    add.add_argument("--stakeholder", default="", metavar="S",
                     help=_("optional: research, business, government, civil_society, other"))
    add_json_flag(add)
    add.set_defaults(handler=_add)

    export = verbs.add_parser("export", help=_("export participants as CSV or XLSX"))
    export.add_argument("file", type=Path, metavar="FILE.eulac")
    export.add_argument("out", type=Path, metavar="OUT.csv|OUT.xlsx")
    add_json_flag(export)
    export.set_defaults(handler=_export)

    erase = verbs.add_parser("erase", help=_("erase a person's personal data for good (GDPR/LGPD)"))
    erase.add_argument("file", type=Path, metavar="FILE.eulac")
    erase.add_argument("email", metavar="EMAIL")
    add_json_flag(erase)
    erase.set_defaults(handler=_erase)


def _import(args: argparse.Namespace) -> None:
    from ..core.registration.importing import require_certain_encoding
    from ..core.registration.tables import read_table

    overrides = {}
    for item in args.map:
        column, sep, target = item.partition("=")
        if not sep:
            raise errors.InvalidValue(field="--map", reason=_("write COLUMN=FIELD, e.g. \"Correo=email\""))
        overrides[column.strip()] = target.strip()
    table = read_table(args.list, sheet=args.sheet, encoding=args.encoding)
    if args.encoding is None:
        require_certain_encoding(table, args.list)
    progress = TerminalProgress(_("Importing"))
    plan = _plan_and_apply(args, table, overrides, progress)
    summary = plan.summary()
    counts = {"rows": ngettext("{n} row", "{n} rows", summary["rows"]),
              "added": ngettext("{n} added", "{n} added", summary["added"]),
              "updated": ngettext("{n} updated", "{n} updated", summary["updated"]),
              "unchanged": ngettext("{n} unchanged", "{n} unchanged", summary["unchanged"]),
              "duplicates": ngettext("{n} duplicate", "{n} duplicates", summary["duplicates"]),
              "invalid": ngettext("{n} invalid", "{n} invalid", summary["invalid"])}
    lines = [_("{rows}: {added}, {updated}, {unchanged}, {duplicates}, {invalid}.").format(
        **{key: text.format(n=summary[key]) for key, text in counts.items()})]
    if summary["kept"]:
        lines.append(ngettext("{n} person kept as they were (--keep).", "{n} people kept as they were (--keep).",
                              summary["kept"]).format(n=summary["kept"]))
    lines += [_("row {row}, {column}: {reason}").format(**p) for p in summary["problems"]]
    likely = summary["likely_duplicates_total"]
    if likely:
        lines.append(ngettext("{n} person may already be registered under a close name: review them in the app.",
                              "{n} people may already be registered under a close name: review them in the app.",
                              likely).format(n=likely))
    if args.dry_run:
        lines.append(_("Dry run: nothing was changed."))
    output = Output(args.json)
    if not args.details:
        output.result(summary, "\n".join(lines))
    elif args.json:
        output.streamed(summary, "details", dict(plan.details()))
    else:
        text_lines(_detail_lines(plan))
        output.result(summary, "\n".join(lines))


def _detail_lines(plan: ImportPlan) -> Iterator[str]:
    """`--details` for people: a line for each row added, updated or flagged as a likely duplicate."""
    from ..core.text import display_name, safe_display

    details = plan.details()
    for person in details["added"]:
        yield safe_display(_("row {row}: added {name} <{email}>").format(
            row=person["row"], name=display_name(person, safe=False), email=person.get("email") or ""))
    for update in details["updated"]:
        yield _("row {row}: updated {fields}").format(row=update["row"], fields=", ".join(update["fields"]))
    for entry in details["likely_duplicates"]:
        yield safe_display(_("row {row}: {name} may be {matches}").format(
            row=entry["row"], name=entry["name"], matches="; ".join(m["name"] for m in entry["matches"])))


def _plan_and_apply(args: argparse.Namespace, table: Table, overrides: dict[str, str],
                    progress: TerminalProgress) -> ImportPlan:
    """Plan without the writer lock (scans from other desks go on meanwhile), then apply under it; the plan
    is made again under the lock only when the participants changed in between."""
    from ..core.registration.importing import apply_import, plan_table, registration_state
    from ..core.workspace import Workspace

    plan, state = None, None
    try:
        with Workspace.open(args.file, mode="read") as ws:
            state = registration_state(ws)  # before planning: a change while it plans is seen after
            plan = plan_table(ws, table, overrides, progress)
    except errors.UpgradeNeedsWriting:
        if args.dry_run:
            raise
    if args.dry_run:
        assert plan is not None  # a dry run opens the file to read, which needs no upgrade
        return plan.keeping(args.keep)
    with Workspace.open(args.file, mode="write") as ws:
        if plan is None or registration_state(ws) != state:
            plan = plan_table(ws, table, overrides, progress)
        plan = plan.keeping(args.keep)
        apply_import(ws, plan, progress)
    return plan


def _list(args: argparse.Namespace) -> None:
    from ..core.registration import participant_ids, participant_rows
    from ..core.text import display_name, safe_display
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        ids = participant_ids(ws, args.search, country=args.country and args.country.upper(), region=args.region,
                              role=args.role, language=args.language, gender=args.gender,
                              stakeholder=args.stakeholder)
        rows = participant_rows(ws, ids)
    people = [rows[i] for i in ids]
    text = "\n".join(safe_display(f"{display_name(p, family_first=True, safe=False)} <{p['email'] or ''}> {p['organisation'] or ''} "
                                  f"{p['country'] or ''}") for p in people)
    Output(args.json).result(people, text)


def _add(args: argparse.Namespace) -> None:
    from ..core.registration import add_participant
    from ..core.workspace import Workspace

    values = {"given_name": args.given, "family_name": args.family, "email": args.email, "country": args.country,
              "organisation": args.organisation, "role": args.role, "languages": args.languages,
              "offers": args.offers, "seeks": args.seeks, "gender": args.gender,
              "stakeholder": args.stakeholder}
    with Workspace.open(args.file, mode="write") as ws:
        changes = add_participant(ws, values)
    new_id = changes.inserted["participants"][0]
    Output(args.json).result({"id": new_id}, _("Added {id}").format(id=new_id))


def _export(args: argparse.Namespace) -> None:
    from ..core.registration.export import export_participants
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        count = export_participants(ws, args.out)
    Output(args.json).result({"file": str(args.out), "participants": count},
                             ngettext("Wrote {n} participant to {path}",
                                      "Wrote {n} participants to {path}", count).format(n=count, path=args.out))


def _erase(args: argparse.Namespace) -> None:
    from ..core.registration import erase_participant
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="write") as ws:
        pid = participant_by_email(ws, args.email)
        erase_participant(ws, pid)
    message(_("Erased the personal data of {id}.").format(id=pid))
    Output(args.json).result({"id": pid, "erased": True}, "")
