"""`eulac serve FILE [--host H] [--port P] [--poll ID|none] [--challenge ID|none] [--tables|--no-tables] [--survey]
[--json]`:
open the room to phones without the window (issue 20), choosing what phones see as the window's dialog does."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path
from typing import Any

from ..core.i18n import _
from . import EXIT_REFUSED, EXIT_USAGE, Output, add_json_flag, message


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `serve` command."""
    serve = nouns.add_parser("serve", help=_("open the room to phones: serve the participants' page and its API"))
    serve.add_argument("file", type=Path, metavar="FILE.eulac")
    serve.add_argument("--host", default=None, metavar="H",
                       help=_("the address to listen on (default: this computer's address on its network)"))
    serve.add_argument("--port", type=_port, default=None, metavar="P", help=_("the port (default: 8080; 0: any free port)"))
    serve.add_argument("--poll", metavar="ID", help=_("the poll phones vote in: its id (or the start of it), or none "
                                                     "(default: the latest opened poll)"))
    serve.add_argument("--challenge", metavar="ID", help=_("the challenge phones send ideas to: its id (or the start of "
                                                          "it), or none (default: the open one with a countdown, else "
                                                          "the last opened)"))
    tables = serve.add_mutually_exclusive_group()
    tables.add_argument("--tables", dest="tables", action="store_true", default=True,
                        help=_("phones show each person's table in the P2P round running now (the default)"))
    tables.add_argument("--no-tables", dest="tables", action="store_false", help=_("phones show no P2P tables"))
    serve.add_argument("--survey", action="store_true",
                       help=_("each person may answer the evaluation survey on their phone (default: not)"))
    add_json_flag(serve)
    serve.set_defaults(handler=_serve)


def _port(text: str) -> int:
    """A port number, 0 to 65535 (0: any free port); anything else is a usage error."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(_("{value} is not a port: give a number from 0 to 65535").format(value=text))
    return port


def _serve(args: argparse.Namespace) -> int:
    from ..core.errors import InvalidValue
    from ..core.phones import choose_focus
    from ..core.workspace import Workspace
    from ..web.room import DEFAULT_PORT, Room, lan_address

    # A plain flag, not a threading.Event: the handler runs in the main thread between two of its steps, and an
    # Event's set() taking the lock its wait() held at that moment waited for itself forever (`serve` ignored SIGTERM).
    stopping = False

    def on_signal(number: int, frame: Any) -> None:
        nonlocal stopping
        stopping = True

    with Workspace.open(args.file, mode="write") as ws:
        try:
            focus = choose_focus(ws, args.poll, args.challenge, args.tables, args.survey)
        except InvalidValue as bad:  # an option naming what the event does not have: a usage error, as argparse's
            if args.json:
                Output(True).result(bad.as_dict(), "")
            message(_("Error: {message}").format(message=bad.text()))
            return EXIT_USAGE
        room = Room(ws.for_worker, ws.event_id)
        room.focus = focus
        url = room.start(args.host or lan_address(), DEFAULT_PORT if args.port is None else args.port)
        previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            Output(args.json).result({"url": url}, url)
            sys.stdout.flush()
            if not args.json:
                message(_("The room is open to phones. Press Ctrl+C to close it."))
            while not stopping:
                time.sleep(0.25)  # after a handler, the sleep goes on to its end (PEP 475)
                if not stopping and not room.running:
                    message(_("The room closed on an error; the log says why."))
                    return EXIT_REFUSED
        finally:
            room.stop()
            for number, handler in previous.items():
                signal.signal(number, handler)
    return 0
