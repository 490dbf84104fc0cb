"""Rate limits: token buckets per client (its IP address on the venue network) and in total."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Bucket:
    """`rate` tokens a second up to `burst`; each request takes one."""

    rate: float
    burst: float
    tokens: float = -1.0
    stamp: float = 0.0

    def has(self, now: float) -> bool:
        """Whether a token is there (without taking it)."""
        if self.tokens < 0:
            self.tokens, self.stamp = self.burst, now
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return self.tokens >= 1

    def take(self, now: float) -> bool:
        """Take a token if there is one."""
        if self.has(now):
            self.tokens -= 1
            return True
        return False


@dataclass
class Limits:
    """What one client and all clients together may do (the defaults suit a room of 400 phones)."""

    #: API requests a second per client (a phone makes a few a minute), and the burst allowed
    requests: tuple[float, float] = (10.0, 40.0)
    #: join attempts per client: 10 a minute, 10 at once (a typo or two, never a search through the codes)
    joins: tuple[float, float] = (10 / 60, 10.0)
    #: wrong codes in total, from every client: 60 a minute, so 64 million codes cannot be searched in an event
    wrong_codes: tuple[float, float] = (1.0, 60.0)
    #: WebSockets open at once per client
    sockets_per_client: int = 8
    #: messages a phone may send on its WebSocket (it only pings, every 25 s or so): a second, and the burst
    socket_messages: tuple[float, float] = (2.0, 20.0)
    clock: Callable[[], float] = field(default=time.monotonic)


class RateLimiter:
    """The buckets of every client, and the total of wrong codes (one event loop uses it: no lock)."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self._requests: dict[str, Bucket] = {}
        self._joins: dict[str, Bucket] = {}
        self._wrong = Bucket(*limits.wrong_codes)
        self.sockets: dict[str, int] = {}

    def request(self, client: str) -> bool:
        """Whether a client may make one more API request now."""
        if len(self._requests) > 20_000:  # a flood of made-up addresses cannot fill the memory
            self._requests.clear()
        return self._requests.setdefault(client, Bucket(*self.limits.requests)).take(self.limits.clock())

    def join(self, client: str) -> bool:
        """Whether a client may try a phone code now (per client, and while the total of wrong codes allows)."""
        if len(self._joins) > 20_000:
            self._joins.clear()
        now = self.limits.clock()
        return self._wrong.has(now) and self._joins.setdefault(client, Bucket(*self.limits.joins)).take(now)

    def wrong_code(self) -> None:
        """A wrong code was tried: it counts against the total."""
        self._wrong.take(self.limits.clock())
