"""The web layer's access to the event file: a reader and one writer, each a thread with its own connection.

Every write waits its turn in the writer's queue (one thread: the phones' writes never compete with each other),
and a write that finds the file locked by the window's own longer transaction waits and tries again rather than
failing. Each write is committed (synchronous=FULL) before its request is answered.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from ..core import errors
from ..core.workspace import Workspace

T = TypeVar("T")
OpenWorkspace = Callable[[], contextlib.AbstractContextManager[Workspace]]
LOCK_PATIENCE = 60.0  # seconds a write waits for the file's lock before it is refused


def _locked(exc: errors.EulacError) -> bool:
    return isinstance(exc, errors.WriteFailed) and "locked" in str(exc.params.get("detail", ""))


class _Worker:
    """One thread holding one connection to the event file, opened in that thread and closed there."""

    def __init__(self, name: str, open_ws: OpenWorkspace):
        self._open = open_ws
        self._pool = ThreadPoolExecutor(1, thread_name_prefix=name)
        self._stack = contextlib.ExitStack()
        self._ws: Workspace | None = None

    def _workspace(self) -> Workspace:
        if self._ws is None:
            self._ws = self._stack.enter_context(self._open())
        return self._ws

    def _call(self, fn: Callable[..., T], args: tuple[Any, ...], retry: bool) -> T:
        deadline = time.monotonic() + LOCK_PATIENCE
        pause = 0.05
        while True:
            try:
                return fn(self._workspace(), *args)
            except errors.EulacError as exc:
                if not (retry and _locked(exc) and time.monotonic() < deadline):
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 1.0)

    async def run(self, fn: Callable[..., T], *args: Any, retry: bool = False) -> T:
        loop = asyncio.get_running_loop()
        # shielded: a phone that disconnects mid-request never leaves a write half-known
        return await asyncio.shield(loop.run_in_executor(self._pool, self._call, fn, args, retry))

    def close(self) -> None:
        self._pool.submit(self._stack.close).result()
        self._pool.shutdown(wait=True)


class Store:
    """`read(fn, *args)` and `write(fn, *args)` call `fn(ws, *args)` on the reader's or the writer's thread."""

    def __init__(self, open_ws: OpenWorkspace):
        self._reader = _Worker("eulac-web-reader", open_ws)
        self._writer = _Worker("eulac-web-writer", open_ws)

    async def read(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a read of the event file."""
        return await self._reader.run(fn, *args)

    async def write(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a write, in the one queue of writes; committed when this returns."""
        return await self._writer.run(fn, *args, retry=True)

    def close(self) -> None:
        """Close both connections (after the work already queued)."""
        self._writer.close()
        self._reader.close()
