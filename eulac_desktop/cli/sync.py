"""`eulac sync folder|status|once|run`: venue sync of an event through a shared folder (`core.sync`)."""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path
from typing import Any

from ..core.i18n import _, ngettext
from . import Output, add_json_flag, message


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `sync` noun."""
    noun = nouns.add_parser("sync", help=_("keep the laptops of one room in step through a shared folder"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    folder = verbs.add_parser("folder", help=_("choose the event's sync folder (the folder Syncthing, or any share, "
                                               "shares with the other laptops)"))
    folder.add_argument("file", type=Path, metavar="FILE.eulac")
    folder.add_argument("dir", type=Path, metavar="DIR")
    add_json_flag(folder)
    folder.set_defaults(handler=_folder)
    status = verbs.add_parser("status", help=_("the peers, what arrived from them and when, and what waits"))
    status.add_argument("file", type=Path, metavar="FILE.eulac")
    add_json_flag(status)
    status.set_defaults(handler=_status)
    once = verbs.add_parser("once", help=_("write this laptop's delta and import what arrived"))
    once.add_argument("file", type=Path, metavar="FILE.eulac")
    once.add_argument("--trust", action="store_true", help=_(
        "trust devices seen for the first time (check their fingerprints first)"))
    add_json_flag(once)
    once.set_defaults(handler=_once)
    run = verbs.add_parser("run", help=_("keep the event in step until stopped (Ctrl+C)"))
    run.add_argument("file", type=Path, metavar="FILE.eulac")
    run.add_argument("--trust", action="store_true", help=_(
        "trust devices seen for the first time (check their fingerprints first)"))
    run.add_argument("--interval", type=float, default=0.5, help=argparse.SUPPRESS)
    run.set_defaults(handler=_run)


def _folder(args: argparse.Namespace) -> None:
    from ..core.sync import get_folder, set_folder
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="write") as ws:
        set_folder(ws, args.dir)
        folder = get_folder(ws)
        outbox = folder / ws.device.id if folder else None
    Output(args.json).result({"folder": str(folder), "outbox": str(outbox)},
                             _("The sync folder is {folder}; this laptop writes in {outbox}.").format(
                                 folder=folder, outbox=outbox))


def _status(args: argparse.Namespace) -> None:
    from ..core.event import get_event
    from ..core.sync import sync_status
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        data = sync_status(ws)
        zone = get_event(ws).timezone
    Output(args.json).result(data, _status_text(data, zone))


def _status_text(data: dict[str, Any], zone: str) -> str:
    """`sync status` for people: times in the event's time zone and numbers as the reader's language writes them;
    the other laptops' names as `core.device.shown_name` shows them."""
    from datetime import datetime

    from babel.numbers import format_decimal

    from ..core.device import shown_name
    from ..core.i18n import format_datetime, get_language

    if not data["folder"]:
        return _("This event has no sync folder on this laptop yet: eulac sync folder FILE DIR.")
    if not data["reachable"]:
        from ..core.sync.engine import SyncFolderMissing

        return "\n".join([_("Sync folder: {folder}").format(folder=data["folder"]),
                          SyncFolderMissing(path=data["folder"]).text()])
    lines = [_("Sync folder: {folder}").format(folder=data["folder"]),
             ngettext("{n} row written here waits for the next delta.", "{n} rows written here wait for the next delta.",
                      data["unsent"]).format(n=data["unsent"])]
    for peer in data["peers"]:
        lag = "" if peer["lag_seconds"] is None else _("{seconds} s").format(
            seconds=format_decimal(peer["lag_seconds"], "0.##", locale=get_language()))
        received = (format_datetime(datetime.fromisoformat(peer["last_received"]), zone) if peer["last_received"]
                    else "-")
        lines.append(f"{shown_name(peer['name']) or peer['device_id']}: {received} {lag}".rstrip()
                     + "  " + ngettext("{n} pending", "{n} pending", peer["pending"]).format(n=peer["pending"]))
        lines += [f"  {q['file']}: {q['text']}" for q in peer["quarantined"]]
        lines += [f"  {r['file']}: {r['reason']}" for r in peer["refused"]]
    return "\n".join(lines)


def _once(args: argparse.Namespace) -> None:
    from ..core.sync import sync_once
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="write") as ws:
        result = sync_once(ws, trust=args.trust)
    if result.failure is not None:  # what arrived was taken in; the delta waits for the next pass
        raise result.failure
    data = result.as_dict()
    Output(args.json).result(data, _once_text(data))


def _once_text(data: dict[str, Any]) -> str:
    lines = [ngettext("Wrote {n} delta ({rows} rows).", "Wrote {n} deltas ({rows} rows).", data["written"]).format(
                 n=data["written"], rows=data["rows_written"]),
             ngettext("Applied {n} delta.", "Applied {n} deltas.", data["applied"]).format(n=data["applied"])]
    for q in data["files"]["quarantined"]:
        lines.append(_("Quarantined {file} from “{device}” (fingerprint {fingerprint}).").format(**q))
    for r in data["files"]["refused"]:
        lines.append(_("Refused {file}: {reason}").format(**r))
    if data["double_checkins"]:
        lines.append(_("Checked in on two laptops: {names}").format(names=", ".join(data["double_checkins"])))
    if data["double_votes"]:
        lines.append(_("Double votes found: {n}").format(n=data["double_votes"]))
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    from ..core.sync.engine import run_loop
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="auto"):  # upgraded if it must be, unless another program writes it
        pass  # a file that is no event file (missing, not ours, damaged) is refused now, not at every pass
    stopping = threading.Event()

    def stop(_signum: int, _frame: object) -> None:
        stopping.set()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    message(_("Keeping {path} in step; stop with Ctrl+C.").format(path=args.file))
    try:
        run_loop(args.file, stop=stopping.is_set, trust=args.trust, interval=max(0.05, args.interval),
                 on_result=_report, on_error=lambda exc: message(_("Error: {message}").format(message=exc.text())))
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    message(_("Stopped."))
    return 0


def _report(result: Any) -> None:
    data = result.as_dict()  # (a pass's news only: what waits in quarantine since an earlier pass is not news)
    if data["written"] or data["applied"] or result.received.quarantined or data["refused"]:
        message(_once_text(data))
