"""The log's file and line format, which `logs.setup` installs (this module imports `logging`; `logs` does so only
when a record is kept, see `logs.logger`)."""

from __future__ import annotations

import contextlib
import logging
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
    """The rotating file that `install()` puts in place (so a second `install()` replaces it). Its rotating handler, and
    `logging.handlers` with it (a sixth of a command's start), are made when the first line is written: most
    runs of `eulac` write none. A file name that is not UTF-8 (Linux passes its bytes as surrogates) is
    written with backslash escapes instead of failing the line."""

    def __init__(self, path: Path):
        super().__init__()
        self.baseFilename = str(path)
        self._file: logging.Handler | None = None
        #: Whether the last line could not be written (read-only file or folder, full disk).
        self.failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            owner = self

            class Rotating(RotatingFileHandler):
                def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
                    """A log that cannot be written (its file made read-only, a full disk): the program goes on
                    without the line, and prints no traceback of it on the terminal (logging's default); the
                    failure is remembered, so no message points a person to a log that does not hold it."""
                    owner.failed = True

            self._file = Rotating(self.baseFilename, maxBytes=logs.MAX_BYTES, backupCount=logs.BACKUPS,
                                  encoding="utf-8", errors="backslashreplace", delay=True)
            self._file.setFormatter(self.formatter)
        self.failed = False
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):  # a full disk: the lines are lost, the program goes on
                self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
        super().close()


class _NoLog(logging.NullHandler):
    """Where the records go when the log's folder cannot be made: nowhere (`baseFilename`: the file it would be)."""

    def __init__(self, path: Path):
        super().__init__()
        self.baseFilename = str(path)


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
        logger.addHandler(_NoLog(path))  # else logging's last resort prints the records, tracebacks too, on the terminal
        logger.setLevel(level)
        return path
    handler = LogFile(path)
    handler.setFormatter(Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    return path


def installed() -> Path | None:
    """The file `install()` put in place (or could not, its folder refused), if any."""
    for handler in logging.getLogger(logs.ROOT).handlers:
        if isinstance(handler, (LogFile, _NoLog)):
            return Path(handler.baseFilename)
    return None


def written() -> Path | None:
    """The file `install()` put in place, if its last line was written to it (None before any line)."""
    for handler in logging.getLogger(logs.ROOT).handlers:
        if isinstance(handler, LogFile):
            return Path(handler.baseFilename) if handler._file is not None and not handler.failed else None
    return None
