"""The application's log: a rotating file per program in the user's log folder, so that a failure at an
offline venue can be understood afterwards.

Both programs call `setup()` once at start: `eulac-desktop` writes `eulac-desktop.log` (INFO by default),
`eulac` writes `eulac.log` (WARNING by default; `--log-level` changes either). Every module that does
meaningful work has its own logger under the `eulac_desktop` logger: `logs.logger(__name__)`, which imports
`logging` (a sixth of a command's start) only when a record is kept, so `eulac checkin scan` imports none.

What is logged names things by id only: participant, row and event ids, counts, file names, error codes.
Never a name, an e-mail, an organisation, a badge code or what a ballot says. As a safety net against an
exception's message quoting one, e-mail addresses are masked in every line written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths

if TYPE_CHECKING:
    import logging

#: The logger every module's logger descends from (`logger(__name__)`).
ROOT = "eulac_desktop"
#: The levels `--log-level` accepts, and their numbers (logging's).
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
DEBUG, INFO, WARNING, ERROR = 10, 20, 30, 40
_NUMBERS = {"DEBUG": DEBUG, "INFO": INFO, "WARNING": WARNING, "ERROR": ERROR, "CRITICAL": 50}
#: Size of a log file before it is rotated, and how many older files are kept (`NAME.log.1` … `.4`).
MAX_BYTES = 1_000_000
BACKUPS = 4

def log_file(program: str) -> Path:
    """Where `program` ("eulac-desktop" or "eulac") writes its log."""
    return paths.log_dir() / f"{program}.log"


#: A `setup(..., when_needed=True)` not made yet, (program, level): `logger()` makes it with the first record kept.
_pending: tuple[str, str | int] | None = None


def setup(program: str, level: str | int, *, when_needed: bool = False) -> Path:
    """Send the application's log records at `level` and above to `program`'s rotating log file.

    Called once by each entry point; calling it again (tests, a second `eulac` run in one process)
    replaces the file and level. The file is created when the first line is written. Returns its path.
    `when_needed` (the command line): while `logging` is not imported, nothing is made before a record at `level`
    or above is logged (most commands log none, and need not import it).
    """
    global _pending
    _pending = None
    if when_needed and "logging" not in sys.modules:
        _pending = (program, level)
        return log_file(program)
    from .logfile import install

    return install(program, level)


def current_log_file() -> Path | None:
    """The file the log is written to, if `setup()` has run."""
    if _pending is not None:
        return log_file(_pending[0])
    if "logging" not in sys.modules:
        return None
    from .logfile import installed

    return installed()


def written_log_file() -> Path | None:
    """The log file when the last line logged was written to it; None when there is no log, or its folder or disk
    refused that line (read-only, full). A message names the log only when this is a file: else the details are
    lost unless it shows them itself."""
    if _pending is not None or "logging" not in sys.modules:
        return None
    from .logfile import written

    return written()


class Logger:
    """A module's logger, `logger(__name__)`: `logging.getLogger(name)` made when a first record would be kept (with
    the `setup` that waited for it). Until then a record below the level set up (WARNING without one, as logging's
    own default) costs nothing: `logging` is not imported."""

    def __init__(self, name: str):
        self.name = name
        self._logger: logging.Logger | None = None

    def isEnabledFor(self, level: int) -> bool:  # noqa: N802 (logging's name)
        """Whether a record at `level` would be kept."""
        return self._made(level) is not None

    def debug(self, msg: str, *args: object, **kwargs: Any) -> None:
        """`logging.Logger.debug`."""
        if (made := self._made(DEBUG)) is not None:
            made.debug(msg, *args, **kwargs)

    def info(self, msg: str, *args: object, **kwargs: Any) -> None:
        """`logging.Logger.info`."""
        if (made := self._made(INFO)) is not None:
            made.info(msg, *args, **kwargs)

    def warning(self, msg: str, *args: object, **kwargs: Any) -> None:
        """`logging.Logger.warning`."""
        if (made := self._made(WARNING)) is not None:
            made.warning(msg, *args, **kwargs)

    def error(self, msg: str, *args: object, **kwargs: Any) -> None:
        """`logging.Logger.error`."""
        if (made := self._made(ERROR)) is not None:
            made.error(msg, *args, **kwargs)

    def exception(self, msg: str, *args: object, **kwargs: Any) -> None:
        """`logging.Logger.exception`: an error with the exception being handled."""
        if (made := self._made(ERROR)) is not None:
            made.exception(msg, *args, **kwargs)

    def _made(self, level: int) -> logging.Logger | None:
        """logging's logger when a record at `level` would be kept by it, else None."""
        if self._logger is None:
            if "logging" not in sys.modules and level < _threshold():
                return None
            self._logger = _logging_logger(self.name)
        return self._logger if self._logger.isEnabledFor(level) else None


def logger(name: str) -> Logger:
    """The logger of module `name` (`logger(__name__)`)."""
    return Logger(name)


def _threshold() -> int:
    if _pending is None:
        return WARNING
    level = _pending[1]
    return level if isinstance(level, int) else _NUMBERS.get(level.upper(), 0)


def _logging_logger(name: str) -> logging.Logger:
    global _pending
    import logging

    if _pending is not None:
        program, level = _pending
        _pending = None
        from .logfile import install

        install(program, level)
    return logging.getLogger(name)


def level_name(text: str) -> str:
    """`--log-level`'s value, in capitals (argparse `type`): debug → DEBUG."""
    return text.strip().upper()


def versions() -> str:
    """The application's, Python's and the system's versions, for the log and error reports."""
    import platform

    from .. import __version__

    return (f"eulac-desktop {__version__}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()} ({platform.machine()}), {sys.platform}")
