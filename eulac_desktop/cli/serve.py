"""`eulac serve FILE [--host H] [--port P] [--json]`: open the room to phones without the window (issue 20)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from ..core.i18n import _
from . import EXIT_REFUSED, Output, add_json_flag, message


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `serve` command."""
    serve = nouns.add_parser("serve", help=_("open the room to phones: serve the participants' page and its API"))
    serve.add_argument("file", type=Path, metavar="FILE.eulac")
    serve.add_argument("--host", default=None, metavar="H",
                       help=_("the address to listen on (default: this computer's address on its network)"))
    serve.add_argument("--port", type=int, default=None, metavar="P", help=_("the port (default: 8080; 0: any free port)"))
    add_json_flag(serve)
    serve.set_defaults(handler=_serve)


def _serve(args: argparse.Namespace) -> int:
    from ..core.workspace import Workspace
    from ..web.room import DEFAULT_PORT, Room, lan_address

    stop = threading.Event()

    def on_signal(number: int, frame: Any) -> None:
        stop.set()

    with Workspace.open(args.file, mode="write") as ws:
        room = Room(ws.for_worker, ws.event_id)
        url = room.start(args.host or lan_address(), DEFAULT_PORT if args.port is None else args.port)
        previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            Output(args.json).result({"url": url}, url)
            sys.stdout.flush()
            if not args.json:
                message(_("The room is open to phones. Press Ctrl+C to close it."))
            while not stop.wait(0.5):
                if not room.running:
                    message(_("The room closed on an error; the log says why."))
                    return EXIT_REFUSED
        finally:
            room.stop()
            for number, handler in previous.items():
                signal.signal(number, handler)
    return 0
