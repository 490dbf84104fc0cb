"""The application's log: a rotating file per program in the user's log folder, so that a failure at an
offline venue can be understood afterwards.

Both programs call `setup()` once at start: `eulac-desktop` writes `eulac-desktop.log` (INFO by default),
`eulac` writes `eulac.log` (WARNING by default; `--log-level` changes either). Every module that does
meaningful work has its own `logging.getLogger(__name__)` under the `eulac_desktop` logger.

What is logged names things by id only: participant, row and event ids, counts, file names, error codes.
Never a name, an e-mail, an organisation, a badge code or what a ballot says. As a safety net against an
exception's message quoting one, e-mail addresses are masked in every line written.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

from . import paths

#: The logger every module's logger descends from (`logging.getLogger(__name__)`).
ROOT = "eulac_desktop"
#: The levels `--log-level` accepts.
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
#: Size of a log file before it is rotated, and how many older files are kept (`NAME.log.1` … `.4`).
MAX_BYTES = 1_000_000
BACKUPS = 4

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_EMAIL = re.compile(r"[^\s@<>()\"'“”,;:]+@[^\s@<>()\"'“”,;:]+\.[^\s@<>()\"'“”,;:]+")


class _Formatter(logging.Formatter):
    """The log's line format, with any e-mail address (in a message or a traceback) masked."""

    def format(self, record: logging.LogRecord) -> str:
        return _EMAIL.sub("<e-mail>", super().format(record))


class _LogFile(logging.Handler):
    """The rotating file that `setup()` installs (so a second `setup()` replaces it). Its rotating handler, and
    `logging.handlers` with it (a sixth of a command's start), are made when the first line is written: most
    runs of `eulac` write none."""

    def __init__(self, path: Path):
        super().__init__()
        self.baseFilename = str(path)
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(self.baseFilename, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                             encoding="utf-8", delay=True)
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def log_file(program: str) -> Path:
    """Where `program` ("eulac-desktop" or "eulac") writes its log."""
    return paths.log_dir() / f"{program}.log"


def setup(program: str, level: str | int) -> Path:
    """Send the application's log records at `level` and above to `program`'s rotating log file.

    Called once by each entry point; calling it again (tests, a second `eulac` run in one process)
    replaces the file and level. The file is created when the first line is written. Returns its path.
    """
    logger = logging.getLogger(ROOT)
    for old in [h for h in logger.handlers if isinstance(h, _LogFile)]:
        logger.removeHandler(old)
        old.close()
    path = log_file(program)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:  # no log folder (read-only profile…): the program still runs, without a log
        logger.setLevel(level)
        return path
    handler = _LogFile(path)
    handler.setFormatter(_Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    return path


def current_log_file() -> Path | None:
    """The file the log is written to, if `setup()` has run."""
    for handler in logging.getLogger(ROOT).handlers:
        if isinstance(handler, _LogFile):
            return Path(handler.baseFilename)
    return None


def level_name(text: str) -> str:
    """`--log-level`'s value, in capitals (argparse `type`): debug → DEBUG."""
    return text.strip().upper()


def versions() -> str:
    """The application's, Python's and the system's versions, for the log and error reports."""
    import platform

    from .. import __version__

    return (f"eulac-desktop {__version__}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()} ({platform.machine()}), {sys.platform}")
