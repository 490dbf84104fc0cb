"""Typed errors of the core: each carries a translatable message and a hint of what to do.

A message is a msgid with `{placeholders}`; it is translated when shown (`str(error)`), so the
language in force at that moment applies. `code` is stable and machine-readable (the CLI's JSON).
"""

from __future__ import annotations

import errno
from typing import Any

from .i18n import N_, Msg, _


class EulacError(Exception):
    """A refusal that a person can act on."""

    code = "error"
    message: str = N_("Something went wrong.")
    hint = ""

    def __init__(self, message: str | None = None, hint: str | None = None, **params: Any):
        if message is not None:
            self.message = message
        if hint is not None:
            self.hint = hint
        self.params = params
        super().__init__(self.message)

    def _params(self) -> dict[str, Any]:
        plain = {k: v for k, v in self.params.items() if not isinstance(v, Msg)}
        return {**plain, **{k: _(v).format(**plain) for k, v in self.params.items() if isinstance(v, Msg)}}

    def text(self) -> str:
        """The message, translated and filled in."""
        return _(self.message).format(**self._params())

    def hint_text(self) -> str:
        """What to do about it, translated (may be empty)."""
        return _(self.hint).format(**self._params()) if self.hint else ""

    def __str__(self) -> str:
        hint = self.hint_text()
        return f"{self.text()} {hint}" if hint else self.text()

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready description for the command line."""
        return {"error": self.code, "message": self.text(), "hint": self.hint_text()}


class EventFileMissing(EulacError):
    code = "file_missing"
    message = N_("The event file “{path}” does not exist.")
    hint = N_("It may have been moved, renamed or deleted. Open it from its new place.")


class EventFileExists(EulacError):
    code = "file_exists"
    message = N_("A file named “{path}” already exists.")
    hint = N_("Choose another name, or open the existing event.")


class NotAnEventFile(EulacError):
    code = "not_an_event_file"
    message = N_("“{path}” is not an event file.")
    hint = N_("Open a file with the .eulac extension made by this application.")


class CorruptEventFile(EulacError):
    code = "corrupt"
    message = N_("The event file “{path}” is damaged ({detail}).")
    hint = N_("Nothing was changed. Open a backup copy or the last bundle of this event.")


class MasterNotEvent(CorruptEventFile):
    """An event's command run on a coordinator's master file, which has no event of its own (a kind of the missing
    event record, so whatever treats that one as a damaged file still does)."""

    code = "master_file"
    message = N_("“{path}” is a coordinator's master file of several events, not the file of one event.")
    hint = N_("Run this command on an event's own file; a master file takes bundles (eulac bundle import) and gives "
              "the dashboard and reports (eulac master dashboard, eulac report … --event).")


class NewerEventFile(EulacError):
    code = "newer_version"
    message = N_("“{path}” was made by a newer version of this application (file format {found}; this version reads up to {known}).")
    hint = N_("Install the latest version of eulac-desktop to open it. The file was not changed.")


class ReadOnlyEventFile(EulacError):
    code = "read_only"
    message = N_("The event file “{path}” is open read-only: {reason}")
    hint = N_("Close the other window, or copy the file to a folder you can write to.")


class UpgradeNeedsWriting(EulacError):
    code = "upgrade_needs_writing"
    message = N_("“{path}” was made by an earlier version and must be upgraded, but it cannot be written: {reason}")
    hint = N_("Copy the file to a folder you can write to and open the copy.")


class UpgradeFailed(EulacError):
    code = "upgrade_failed"
    message = N_("“{path}” could not be upgraded to this version's file format ({detail}).")
    hint = N_("Nothing was changed, and a copy was kept as “{backup}”. Please report this problem.")


class DiskFull(EulacError):
    code = "disk_full"
    message = N_("The disk is full: “{path}” could not be saved.")
    hint = N_("Nothing was changed. Free some space (or use another disk) and try again.")


class WriteFailed(EulacError):
    code = "write_failed"
    message = N_("“{path}” could not be written ({detail}).")
    hint = N_("Nothing was changed. Check the disk and that you may write to this folder, then try again.")


class DeviceDamaged(EulacError):
    """This laptop's identity (`core.device`: its id and name, or its signing key) cannot be read."""

    code = "device_damaged"
    message = N_("This laptop's identity file “{path}” is damaged and cannot be read.")
    hint = N_("Put back a backup copy of the file. Moving it away makes this laptop a new identity, whose bundles "
              "the coordinator will be asked to trust again.")


class ExportDiskFull(DiskFull):
    """A file written for people (an export, a PDF, a bundle) did not fit on the disk; nothing was left."""

    message = N_("The disk is full: “{path}” could not be written.")
    hint = N_("No file was left behind. Free some space (or choose another disk) and try again.")


class ExportFailed(WriteFailed):
    """A file written for people could not be written, for the reason given; nothing was left."""

    message = N_("“{path}” could not be written: {detail}.")
    hint = N_("No file was left behind. Choose another folder (or check the disk), then try again.")


class InvalidValue(EulacError):
    code = "invalid_value"
    message = N_("{field}: {reason}")
    hint = N_("Correct the value and try again.")


class Cancelled(EulacError):
    code = "cancelled"
    message = N_("Cancelled: nothing was changed.")


class Unexpected(EulacError):
    code = "unexpected"
    message = N_("Something went wrong: {detail}")
    hint = N_("Nothing was changed. Please report this problem.")


def unexpected(exc: object) -> EulacError:
    """An error nobody foresaw, as one a person can read (with its technical text); `exc` is its cause (its
    traceback, for a message to show when the log could not keep it)."""
    error = Unexpected(detail=f"{type(exc).__name__}: {exc}")
    if isinstance(exc, BaseException):
        error.__cause__ = exc
    return error


#: Why a file could not be written, by the system's error number, in words a person reads in their language (a full
#: disk has an error of its own).
OS_REASONS = {
    errno.EACCES: N_("you may not write to this folder"),
    errno.EPERM: N_("you may not write to this folder"),
    errno.EROFS: N_("the disk is read-only"),
    errno.ENOENT: N_("the folder does not exist"),
    errno.ENOTDIR: N_("the folder does not exist"),
    errno.EISDIR: N_("a folder has this name"),
    errno.EEXIST: N_("a file has this name, where a folder should be"),  # `report data` into a file's name
    errno.EFBIG: N_("the file is too large for this disk"),
}


def from_os_error(exc: OSError, path: object) -> EulacError:
    """A typed error for a failed file write: disk full, or the reason in words (the system's when it has none)."""
    if exc.errno == errno.ENOSPC:
        return DiskFull(path=str(path))
    return WriteFailed(path=str(path), detail=os_reason(exc))


def os_reason(exc: OSError) -> str:
    """Why the system refused a write, in the person's words when it is a known reason (else the system's own)."""
    reason = OS_REASONS.get(exc.errno) if exc.errno is not None else None
    return reason or exc.strerror or str(exc)


#: Reasons a file is open read-only (shown after “open read-only:”).
READ_ONLY_LOCKED = N_("it is open in another window or program{holder}.")
READ_ONLY_FILE = N_("the file is write-protected.")
READ_ONLY_FOLDER = N_("its folder cannot be written to.")
READ_ONLY_REQUESTED = N_("it was opened for reading only.")
