"""The log's file and line format, which `logs.setup` installs (this module imports `logging`; `logs` does so only
when a record is kept, see `logs.logger`)."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from . import logs

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_EMAIL = re.compile(r"[^\s@<>()\"'“”,;:]+@[^\s@<>()\"'“”,;:]+\.[^\s@<>()\"'“”,;:]+")


class Formatter(logging.Formatter):
    """The log's line format, with any e-mail address (in a message or a traceback) masked."""

    def format(self, record: logging.LogRecord) -> str:
        return _EMAIL.sub("<e-mail>", super().format(record))


class LogFile(logging.Handler):
    """The rotating file that `install()` puts in place (so a second `install()` replaces it). Its file handler is
    made when the first line is written: most runs of `eulac` write none. A file name that is not UTF-8 (Linux
    passes its bytes as surrogates) is written with backslash escapes instead of failing the line."""

    def __init__(self, path: Path):
        super().__init__()
        self.baseFilename = str(path)
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            self._file = _Rotating(self.baseFilename)
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


class _Rotating(logging.FileHandler):
    """The log's file, begun afresh when a line would take it to `logs.MAX_BYTES`: the full one is kept as NAME.1,
    the one before as NAME.2… up to `logs.BACKUPS` (as `logging.handlers.RotatingFileHandler` does; that module
    and the socket, pickle and queue modules it imports were ~2% of the window's start, ~15% of a command's)."""

    def __init__(self, path: str):
        super().__init__(path, encoding="utf-8", errors="backslashreplace", delay=True)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """A log that cannot be written (its file made read-only, a full disk): the program goes on without the
        line, and prints no traceback of it on the terminal (logging's default)."""

    def _full(self, record: logging.LogRecord) -> bool:
        """Whether `record`'s line would take the file to its size limit (never so for a file that is not a
        regular one, a pipe or /dev/null)."""
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(f"{self.format(record)}{self.terminator}") >= logs.MAX_BYTES

    def _rotate(self) -> None:
        """NAME.1 becomes NAME.2… (the oldest goes), NAME becomes NAME.1; the next line begins a new NAME."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for number in range(logs.BACKUPS, 0, -1):
            older = f"{self.baseFilename}.{number - 1}" if number > 1 else self.baseFilename
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number}")


class _NoLog(logging.NullHandler):
    """Where the records go when the log's folder cannot be made: nowhere."""


def install(program: str, level: str | int) -> Path:
    """Send the application's log records at `level` and above to `program`'s rotating log file (see `logs.setup`)."""
    logger = logging.getLogger(logs.ROOT)
    for old in [h for h in logger.handlers if isinstance(h, (LogFile, _NoLog))]:
        logger.removeHandler(old)
        old.close()
    path = logs.log_file(program)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:  # no log folder (read-only profile…): the program still runs, without a log
        logger.addHandler(_NoLog())  # else logging's last resort prints the records, tracebacks too, on the terminal
        logger.setLevel(level)
        return path
    handler = LogFile(path)
    handler.setFormatter(Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    return path


def installed() -> Path | None:
    """The file `install()` put in place, if any."""
    for handler in logging.getLogger(logs.ROOT).handlers:
        if isinstance(handler, LogFile):
            return Path(handler.baseFilename)
    return None
