"""The room open to phones: the participants' server on its own asyncio loop in a worker thread.

`Room.start()` listens on the address the facilitator picked and returns the page's address; `stop()` closes
it (the phones are told) and its connections to the event file. What happens in the room reaches the caller
through `on_event(kind, data)`, called on the server's thread (the window turns it into Qt signals):
"phones" (`joined`: how many), "summary" (see `core.phones.room_summary`), "changes" (`changes`: what a phone
changed), "failed" (`message`: the server stopped).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import socket
import threading
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

from ..core import errors, logs, phones
from ..core.i18n import N_
from .api import Api, Notify
from .limits import Limits, RateLimiter
from .store import OpenWorkspace, Store

log = logs.logger(__name__)

DEFAULT_PORT = 8080
WILDCARDS = ("", "0.0.0.0", "::")  # listening on every network of this computer


class _ConnectionLog(logging.Logger):
    """What aiohttp says of the room's connections (the `logger` of its request handler). A request a phone garbled
    (not HTTP, a header too long or with a control character, a bad Content-Length), which aiohttp answers 400
    itself, is one line at INFO in eulac's log: aiohttp's own logger printed its traceback on the terminal of
    `eulac serve`, for each such request. What else it reports goes to eulac's log as an error."""

    def __init__(self) -> None:
        super().__init__(__name__)

    def debug(self, msg: object, *args: object, **kwargs: Any) -> None:
        log.debug("aiohttp: %s", msg)  # without its arguments: the phone's address

    def exception(self, msg: object, *args: object, exc_info: Any = True, **kwargs: Any) -> None:
        if isinstance(exc_info, HttpProcessingError):
            log.info("A request the server could not read was refused (%s)", type(exc_info).__name__)
        else:
            log.error(str(msg), *args, exc_info=exc_info)


class RoomFailed(errors.EulacError):
    code = "room_failed"
    message = N_("The room could not be opened to phones on {address}: {detail}")
    hint = N_("Pick another network or port, or close the program that uses it.")


def lan_address() -> str:
    """This computer's address on the network it reaches others through (127.0.0.1 when there is none)."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("10.255.255.255", 1))  # no packet is sent: this only picks the route
        return str(probe.getsockname()[0])
    return "127.0.0.1"


class Room:
    """The participants' server for one event file (see the module's docstring)."""

    def __init__(self, open_ws: OpenWorkspace, event_id: str, *, limits: Limits | None = None,
                 on_event: Notify | None = None):
        self._open_ws = open_ws
        self.sessions = phones.PhoneSessions(event_id)
        self._limits = limits or Limits()
        self._on_event = on_event or (lambda kind, data: None)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._store: Store | None = None
        self._api: Api | None = None
        self._runner: web.AppRunner | None = None
        self.url = ""
        self.focus = phones.Focus()

    def _notify(self, kind: str, data: dict[str, Any]) -> None:
        try:
            self._on_event(kind, data)
        except Exception:  # the listener's failure is its own: the room goes on
            log.exception("A listener of the phones' room failed")

    def start(self, host: str, port: int = DEFAULT_PORT) -> str:
        """Listen on `host`:`port` (0: any free port); the page's address. Refused with `RoomFailed`."""
        self._thread = threading.Thread(target=self._run, args=(host, port), name="eulac-web", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            self._thread.join()
            error = self._error
            if isinstance(error, OSError):
                detail = N_("the port is already in use") if error.errno == errno.EADDRINUSE else (
                    N_("this address is not one of this computer's") if error.errno == errno.EADDRNOTAVAIL else
                    N_("no address of this computer's networks has this name") if isinstance(error, socket.gaierror)
                    else error.strerror or str(error))  # gaierror's own words are the system's, in English
                raise RoomFailed(address=f"{host}:{port}", detail=detail)
            raise error
        return self.url

    def _run(self, host: str, port: int) -> None:
        loop = self._loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(self._open(host, port))
        except BaseException as exc:
            self._error = exc
            loop.run_until_complete(self._close())
            _finish(loop)
            self._ready.set()
            return
        self._ready.set()
        try:
            loop.run_forever()
        except Exception as exc:
            log.exception("The phones' server stopped")
            self._notify("failed", {"message": str(exc)})
        finally:
            loop.run_until_complete(self._close())
            _finish(loop)

    async def _open(self, host: str, port: int) -> None:
        self._store = Store(self._open_ws)
        self._api = Api(self._store, self.sessions, RateLimiter(self._limits), self._notify)
        self._api.focus = self.focus
        self._runner = web.AppRunner(self._api.application(), access_log=None, handler_cancellation=False,
                                     shutdown_timeout=2, logger=_ConnectionLog())
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, reuse_address=True)
        await site.start()
        bound = self._runner.addresses[0][1]
        if host in WILDCARDS:  # every network: the address phones open is this computer's own
            host = lan_address()
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{bound}/"
        log.info("The room is open to phones on port %d", bound)

    async def _close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._store is not None:
            await asyncio.get_running_loop().run_in_executor(None, self._store.close)
        self.sessions.close()

    def revoke(self, participant_id: str) -> None:
        """Sign a person's phone out (from any thread)."""
        if self._loop is not None and self._api is not None and self._loop.is_running():
            asyncio.run_coroutine_threadsafe(self._api.revoke(participant_id), self._loop).result(timeout=5)

    def set_focus(self, focus: phones.Focus) -> None:
        """What is open to phones (a poll, a challenge, the P2P round): every phone follows (from any thread)."""
        self.focus = focus
        if self._loop is not None and self._api is not None and self._loop.is_running():
            asyncio.run_coroutine_threadsafe(self._api.refocus(focus), self._loop).result(timeout=5)

    def joined(self) -> list[str]:
        """The people with a phone in the room."""
        return self.sessions.joined()

    def stop(self) -> None:
        """Close the room: the phones are told, the server and its connections close (from any thread)."""
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        self._loop = None

    @property
    def running(self) -> bool:
        """Whether the room is open."""
        return self._thread is not None and self._thread.is_alive()


def _finish(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel what is still waiting on the room's loop, then close it. After a burst of requests whose bodies never
    came (a 429 lingers to read them), hundreds of connections' tasks were left pending, and closing the room printed
    "Task was destroyed but it is pending!" for each."""
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.close()


__all__ = ["DEFAULT_PORT", "Room", "RoomFailed", "lan_address"]
