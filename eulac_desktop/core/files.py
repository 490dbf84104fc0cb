"""Files written for people (spreadsheets, PDFs, bundles, a folder of CSV files) appear whole or not at all.

Each is written to a hidden temporary file beside its target (same folder, so same disk) and renamed over the
target only when complete. Any failure — a full disk, a folder one may not write to, a read-only disk, a
cancel — removes what was written, and a failed write becomes one translated `EulacError` that names the
file and says why. The one helper for every export of the core, the documents, the command line and the UI.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from . import errors
from .i18n import N_

#: Why a picture or document drawn by the window (Qt) could not be saved: Qt does not say more.
NOT_DRAWN = N_("the drawing could not be saved there")
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def write_error(exc: OSError, out: str | os.PathLike[str]) -> errors.EulacError:
    """The error to show when writing `out` failed with `exc`: a full disk, or the reason in words."""
    if exc.errno in _FULL:
        return errors.ExportDiskFull(path=str(out))
    return errors.ExportFailed(path=str(out), detail=errors.os_reason(exc))


def part_path(out: Path) -> Path:
    """The hidden temporary file `out` is written to first (unique, in the same folder)."""
    return out.with_name(f".{out.stem[:60]}.{secrets.token_hex(4)}.part")


@contextlib.contextmanager
def writing(out: str | os.PathLike[str]) -> Iterator[Path]:
    """`with writing(out) as part:` write `part`; on leaving the block it becomes `out`. On any failure or
    cancel no file is left (neither `part` nor a partial `out`), and an `OSError` becomes the error of
    `write_error`. The temporary file is made first, so a missing or read-only folder is refused before any
    work."""
    out = Path(out)
    part = part_path(out)
    try:
        part.open("xb").close()
        yield part
        os.replace(part, out)
    except OSError as exc:
        raise write_error(exc, out) from exc
    except (errors.DiskFull, errors.WriteFailed) as exc:  # a writer's own error names the file it was given
        if exc.params.get("path") == str(part):
            exc.params["path"] = str(out)
        raise
    finally:
        part.unlink(missing_ok=True)


def write_bytes(out: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `out`, whole or not at all."""
    with writing(out) as part:
        part.write_bytes(data)


def write_all(writers: Mapping[Path, Callable[[Path], object]]) -> None:
    """Several files that appear together or not at all (e.g. a folder of CSV files): each writer writes its
    file's temporary path; only when all succeeded are they renamed into place. On a failure no new file is
    left, and the error names the file that could not be written."""
    parts = {out: part_path(out) for out in writers}
    placed: list[Path] = []
    current = next(iter(writers), Path())
    try:
        for current, write in writers.items():
            parts[current].open("xb").close()
            write(parts[current])
        for current, part in parts.items():
            existed = current.exists()
            os.replace(part, current)
            if not existed:
                placed.append(current)
    except OSError as exc:
        for out in placed:  # a rename failed (rare): the files that did not exist before go again
            out.unlink(missing_ok=True)
        raise write_error(exc, current) from exc
    finally:
        for part in parts.values():
            part.unlink(missing_ok=True)
