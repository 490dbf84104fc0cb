"""`eulac certificates make|verify`: attendance certificates, and checking one's code offline."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core import errors
from ..core.i18n import _, ngettext
from . import Output, add_json_flag
from .progress import TerminalProgress


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `certificates` noun and its verbs."""
    noun = nouns.add_parser("certificates", help=_("attendance certificates: make them, verify a code"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    make = verbs.add_parser("make", help=_("one PDF per person who checked in, and one merged PDF for printing"))
    make.add_argument("file", type=Path, metavar="FILE.eulac")
    make.add_argument("out", type=Path, metavar="OUTDIR")
    make.add_argument("--min-sessions", type=int, default=0, metavar="N",
                      help=_("only people who attended at least N sessions"))
    make.add_argument("--min-hours", type=float, default=0, metavar="H",
                      help=_("only people who attended at least H hours of sessions"))
    make.add_argument("--email", action="append", default=[], metavar="E",
                      help=_("only this person (refused, with the reason, when they get none); repeatable"))
    add_json_flag(make)
    make.set_defaults(handler=_make)
    verify = verbs.add_parser("verify", help=_("check a certificate's verification code: exits 0 and names the "
                                               "person and the event, or 1 when it is refused"))
    verify.add_argument("file", type=Path, metavar="FILE.eulac")
    verify.add_argument("code", metavar="CODE")
    add_json_flag(verify)
    verify.set_defaults(handler=_verify)


def _make(args: argparse.Namespace) -> None:
    from ..core import certificates
    from ..core.registration import find_by_email
    from ..core.workspace import Workspace
    from ..documents.certificates import certificates_pdfs

    if args.min_sessions < 0:
        raise errors.InvalidValue(field="--min-sessions", reason=_("give a number of sessions, 0 or more"))
    if not 0 <= args.min_hours <= 10_000:  # also refuses nan
        raise errors.InvalidValue(field="--min-hours", reason=_("give a number of hours, 0 or more"))
    with Workspace.open(args.file, mode="read") as ws:
        made, skipped = certificates.plan(ws, args.min_sessions, args.min_hours)
        if args.email:
            wanted = {pid for pid in (find_by_email(ws, e) for e in args.email) if pid}
            unknown = [e for e in args.email if not find_by_email(ws, e)]
            if unknown:
                raise errors.InvalidValue(field=_("E-mail"), reason=_("nobody is registered with “{value}”").format(
                    value=unknown[0]))
            made = [c for c in made if c.participant_id in wanted]
            skipped = [s for s in skipped if s["participant_id"] in wanted]
            if skipped:
                raise errors.InvalidValue(field=skipped[0]["email"], reason=_("no certificate: {reason}").format(
                    reason=_(certificates.REASONS[skipped[0]["reason"]])))
        written = certificates_pdfs(ws, args.out, made, TerminalProgress(_("Certificates")))
    data = {"written": len(written),
            "certificates": [{"email": c.email, "code": c.code, "file": str(p)} for c, p in zip(made, written)],
            "skipped": [{"email": s["email"], "reason": s["reason"]} for s in skipped]}
    lines = [ngettext("Wrote {n} certificate to {path}", "Wrote {n} certificates to {path}", len(written)).format(
        n=len(written), path=args.out)]
    lines += [_("No certificate for {who}: {reason}").format(who=s["email"] or s["name"],
                                                            reason=_(certificates.REASONS[s["reason"]])) for s in skipped]
    Output(args.json).result(data, "\n".join(lines))


def _verify(args: argparse.Namespace) -> None:
    from ..core import certificates
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        found = certificates.verify(ws, args.code)
    Output(args.json).result({"valid": True, **found}, _("Valid: the certificate of {name} for “{event}”.").format(
        name=found["name"] or found["participant_id"], event=found["event"]))
