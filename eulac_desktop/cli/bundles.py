"""`eulac bundle export|verify|import`, `eulac event dump` and `eulac report pdf|data`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.i18n import _, ngettext
from . import Output, add_json_flag, json_lines, message


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `bundle` noun."""
    noun = nouns.add_parser("bundle", help=_("signed bundles between laptops and the coordinator"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    export = verbs.add_parser("export", help=_("write a setup, result or anonymised bundle"))
    export.add_argument("file", type=Path, metavar="FILE.eulac")
    export.add_argument("out", type=Path, metavar="OUT.zip")
    export.add_argument("--kind", required=True, choices=["setup", "result", "anonymised"])
    add_json_flag(export)
    export.set_defaults(handler=_export)
    verify = verbs.add_parser("verify", help=_("check a bundle's signature, hashes and files"))
    verify.add_argument("bundle", type=Path, metavar="BUNDLE.zip")
    add_json_flag(verify)
    verify.set_defaults(handler=_verify)
    imp = verbs.add_parser("import", help=_("merge a bundle into an event file (a setup bundle can create it) or a "
                                            "master file"))
    imp.add_argument("file", type=Path, metavar="FILE.eulac")
    imp.add_argument("bundle", type=Path, metavar="BUNDLE.zip")
    imp.add_argument("--dry-run", action="store_true", help=_("say what would change, changing nothing"))
    imp.add_argument("--trust", action="store_true", help=_("trust the bundle's device (check its fingerprint first)"))
    imp.add_argument("--accept-new-key", metavar="FINGERPRINT", help=_(
        "accept a known device's changed key: give its new fingerprint, checked with the device's owner"))
    imp.add_argument("--accept-clock-skew", action="store_true", help=_(
        "import even though the bundle's clock is more than 10 minutes ahead of this computer's"))
    add_json_flag(imp)
    imp.set_defaults(handler=_import)


def register_report(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `report` noun."""
    noun = nouns.add_parser("report", help=_("deliverables: the event's data, the outcome report"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    data = verbs.add_parser("data", help=_("every table as CSV files (or one XLSX workbook)"))
    data.add_argument("file", type=Path, metavar="FILE.eulac")
    data.add_argument("out", type=Path, metavar="OUTDIR")
    data.add_argument("--xlsx", action="store_true", help=_("one XLSX workbook with a sheet per table"))
    data.add_argument("--event", metavar="ID", help=_("in a master file, the event (its id, or the start of it)"))
    add_json_flag(data)
    data.set_defaults(handler=_data)
    pdf = verbs.add_parser("pdf", help=_("the outcome report (PDF) in the event's language"))
    pdf.add_argument("file", type=Path, metavar="FILE.eulac")
    pdf.add_argument("out", type=Path, metavar="OUT.pdf")
    pdf.add_argument("--event", metavar="ID", help=_("in a master file, the event (its id, or the start of it)"))
    add_json_flag(pdf)
    pdf.set_defaults(handler=_pdf)
    kpi = verbs.add_parser("kpi", help=_("registered and attended by gender, region, stakeholder type and country "
                                         "(groups of 1 to 4 shown as <5)"))
    kpi.add_argument("file", type=Path, metavar="FILE.eulac")
    kpi.add_argument("--event", metavar="ID", help=_("in a master file, the event (its id, or the start of it)"))
    add_json_flag(kpi)
    kpi.set_defaults(handler=_kpi)


def _kpi(args: argparse.Namespace) -> None:
    from ..core.countries import country_name
    from ..core.master import require_event
    from ..core.reports.kpi import kpi_report
    from ..core.vocabulary import gender_label, region_label, stakeholder_label
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        require_event(ws, args.event)
        report = kpi_report(ws)
    lines = [_("Registered: {registered}; attended: {attended}.").format(**report)]
    lines += [f"{gender_label(c['gender'])} · {region_label(c['region'])} · {stakeholder_label(c['stakeholder'])}: "
              f"{c['registered']} / {c['attended']}" for c in report["cells"]]
    unknown = _("Country not given")
    lines += [f"{country_name(c['country']) if c['country'] else unknown}: {c['registered']} / {c['attended']}"
              for c in report["countries"]]
    Output(args.json).result(report, "\n".join(lines))


def _pdf(args: argparse.Namespace) -> None:
    from ..core.master import require_event
    from ..core.workspace import Workspace
    from ..documents.outcome import outcome_pdf

    with Workspace.open(args.file, mode="read") as ws:
        require_event(ws, args.event)
        pages = outcome_pdf(ws, args.out)
    Output(args.json).result({"file": str(args.out), "pages": pages},
                             ngettext("Wrote the outcome report ({n} page) to {path}",
                                      "Wrote the outcome report ({n} pages) to {path}", pages).format(n=pages, path=args.out))


def _data(args: argparse.Namespace) -> None:
    from ..core.master import require_event
    from ..core.reports import export_data
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        require_event(ws, args.event)
        files = export_data(ws, args.out, xlsx=args.xlsx)
    Output(args.json).result({"files": [str(f) for f in files]},
                             ngettext("Wrote {n} file to {path}", "Wrote {n} files to {path}", len(files)).format(n=len(files), path=args.out))


def register_dump(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `eulac event dump`."""
    dump = verbs.add_parser("dump", help=_("the event as sorted JSON lines, to compare two event files"))
    dump.add_argument("file", type=Path, metavar="FILE.eulac")
    dump.set_defaults(handler=_dump)


def _export(args: argparse.Namespace) -> None:
    from ..core.bundles import export_bundle
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        manifest = export_bundle(ws, args.out, args.kind)
    rows = sum(m.get("rows", 0) for m in manifest["members"].values())
    Output(args.json).result({"file": str(args.out), "kind": args.kind, "rows": rows,
                              "device": manifest["device"]["fingerprint"]},
                             ngettext("Wrote a {kind} bundle of {n} row to {path}", "Wrote a {kind} bundle of {n} rows to {path}",
                                      rows).format(kind=args.kind, n=rows, path=args.out))


def _verify(args: argparse.Namespace) -> None:
    from ..core.bundles import read_bundle
    from ..core.device import shown_name

    bundle = read_bundle(args.bundle)
    m = bundle.manifest
    data = {"valid": True, "kind": m["kind"], "event": m["event"], "created": m["created"], "format": m["format"],
            "device": {k: m["device"][k] for k in ("id", "name", "fingerprint")}, "trusted": bundle.trusted,
            "key_changed": bundle.key_changed,
            "tables": {n[5:-6]: e["rows"] for n, e in sorted(m["members"].items()) if n.startswith("data/")}}
    trust = (_("trusted") if bundle.trusted else _("KEY CHANGED: do not trust it before checking")
             if bundle.key_changed else _("not trusted yet"))
    Output(args.json).result(data, _("Valid {kind} bundle of “{event}”, signed by {device} ({fingerprint}): {trust}.").format(
        kind=m["kind"], event=m["event"]["name"], device=shown_name(m["device"]["name"]), fingerprint=m["device"]["fingerprint"],
        trust=trust))


def _import(args: argparse.Namespace) -> int:
    from ..core.bundles import import_bundle
    from ..core.device import shown_name

    plan, _changes = import_bundle(args.file, args.bundle, trust=args.trust, dry_run=args.dry_run,
                                   accept_new_key=args.accept_new_key, accept_clock_skew=args.accept_clock_skew)
    device = {**plan.bundle.manifest["device"], "name": shown_name(plan.bundle.manifest["device"]["name"])}
    if plan.bundle.key_changed and not args.dry_run:
        message(_("Accepted the new key of device “{name}”: fingerprint {fingerprint} (before: {known}).").format(
            known=plan.bundle.known_fingerprint, **device))
    elif args.trust and not args.dry_run:
        message(_("Trusted device “{name}”, fingerprint {fingerprint}.").format(**device))
    if plan.ignored:
        message(ngettext("Left out {n} row of the event's settings: “{name}” is not a coordinator of this event.",
                         "Left out {n} rows of the event's settings: “{name}” is not a coordinator of this event.",
                         len(plan.ignored)).format(n=len(plan.ignored), name=device["name"]))
    lines = [f"{t:<20} +{c['added']:<6} ~{c['updated']:<6} ={c['unchanged']:<6} superseded {c['superseded']}"
             for t, c in plan.counts.items()]
    if plan.refused_ballots:
        lines.append(_("Ballots refused (more than the voters their laptop recorded in the poll): {n}").format(
            n=len(plan.refused_ballots)))
        lines += [f"  {r['id']}" for r in plan.refused_ballots]
    if not plan.changes_anything():
        lines.append(_("Nothing to change: this bundle's data is already here."))
    elif args.dry_run:
        lines.append(_("Dry run: nothing was changed."))
    Output(args.json).result({**plan.as_dict(), "dry_run": args.dry_run}, "\n".join(lines))
    return 0


def _dump(args: argparse.Namespace) -> None:
    from ..core.bundles import dump_lines
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        json_lines(dump_lines(ws))
