"""A progress bar on the terminal (stderr) for long work; silent when stderr is not a terminal."""

from __future__ import annotations

import sys
import time

from . import progress_bar


class TerminalProgress:
    """A `progress(done, total) -> bool` callback that draws a bar; Ctrl+C cancels the work cleanly."""

    def __init__(self, label: str, min_interval: float = 0.1):
        self.label = label
        self.enabled = sys.stderr.isatty()
        self._last = 0.0
        self._interval = min_interval

    def __call__(self, done: int, total: int) -> bool:
        if not self.enabled or total <= 0:
            return True
        now = time.monotonic()
        if done < total and now - self._last < self._interval:
            return True
        self._last = now
        width = 30
        filled = int(width * done / total)
        progress_bar(f"{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", last=done >= total)
        return True
