"""The single-writer lock of an event file: an exclusive lock the operating system holds on a lock file.

`flock` on POSIX and `msvcrt.locking` on Windows, as the `filelock` package takes them (so both interoperate),
in a few lines instead of its import: that import alone was a fifth of a `eulac checkin scan`. The lock goes
with the process, even a killed one; the lock file is left in place (removing it would race).
"""

from __future__ import annotations

import os
import sys
import time


class Timeout(Exception):
    """The lock stayed taken (by another program, or another open file in this one) for the time given."""


class OsLock:
    """An exclusive lock on the file at `path` (made if need be); not re-entrant: a second `OsLock` on the same
    file waits for the first one's `release`, in this process too."""

    def __init__(self, path: str):
        self.path = path
        self._fd: int | None = None

    @property
    def is_locked(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def acquire(self, timeout: float = 0.0, poll_interval: float = 0.02) -> None:
        """Take the lock, trying every `poll_interval` seconds for up to `timeout`; `Timeout` when it stays taken.
        OSError when the lock file cannot be made (a read-only folder)."""
        if self._fd is not None:
            return
        deadline = time.monotonic() + timeout
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise Timeout(self.path)
                time.sleep(poll_interval)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        """Give the lock back (nothing when it is not held)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)


if sys.platform == "win32":  # pragma: no cover (the Windows build)
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
