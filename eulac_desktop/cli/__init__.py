"""The `eulac` command line: `eulac NOUN VERB EVENT_FILE [ARGS] [--json]` (ARCHITECTURE.md §6).

Exit codes: 0 done, 1 the input was refused (a message on stderr says why and what to do), 2 usage
error. With `--json`, one JSON document goes to stdout; messages always go to stderr. An error nobody
foresaw also exits with 1: one line says so and where the log (`--log-level`, `core.logs`) holds the
traceback, which is never printed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .. import __version__

# What a command needs (argparse, logging, the catalog…) is imported when it runs: `eulac --version` needs none.
if TYPE_CHECKING:
    import argparse

    Handler = Callable[[argparse.Namespace], Any]

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
#: how long a command that writes waits for another program writing the same event file before refusing
WRITER_WAIT_SECONDS = 10.0


class Output:
    """Where a command's results go: human text, or one JSON document with `--json`."""

    def __init__(self, as_json: bool):
        self.as_json = as_json

    def result(self, data: Any, text: str) -> None:
        """Print the command's result: `data` as JSON, or `text` for people."""
        if self.as_json:  # one write: json.dump's thousands of small ones cost more than the command for a big report
            import json

            _write(sys.stdout, json_for_terminal(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)) + "\n")
        elif text:
            _write(sys.stdout, terminal_text(text) + "\n")

    def streamed(self, data: dict[str, Any], key: str, lists: dict[str, Iterable[Any]]) -> None:
        """Print `data` as JSON with `key` holding `lists` (name → items), each item written as it comes, so a
        report of 50,000 rows is never built whole in memory."""
        import json

        mark = "\u0000streamed\u0000"
        head, _mark, tail = json.dumps({**data, key: mark}, ensure_ascii=False, indent=2,
                                       sort_keys=True).partition(json.dumps(mark))
        chunk = [head, "{"]
        for n, (name, items) in enumerate(sorted(lists.items())):
            chunk.append(("," if n else "") + f"\n    {json.dumps(name)}: [")
            for i, item in enumerate(items):
                chunk.append(("," if i else "") + "\n      " + json.dumps(item, ensure_ascii=False, sort_keys=True))
                if len(chunk) >= 1000:
                    _write(sys.stdout, json_for_terminal("".join(chunk)))
                    chunk = []
            chunk.append("\n    ]")
        chunk.append("\n  }" + tail + "\n")
        _write(sys.stdout, json_for_terminal("".join(chunk)))


def message(text: str) -> None:
    """A message for the person at the terminal (stderr, never mixed with JSON), made `terminal_text`."""
    _write(sys.stderr, terminal_text(text) + "\n")


def text_lines(lines: Iterable[str]) -> None:
    """Lines for people on stdout, each written as it comes and made `terminal_text`."""
    for line in lines:
        _write(sys.stdout, terminal_text(line) + "\n")


def json_lines(lines: Iterable[str]) -> None:
    """JSON documents on stdout, one a line, each written as it comes (see `json_for_terminal`)."""
    for line in lines:
        _write(sys.stdout, json_for_terminal(line) + "\n")


def progress_bar(text: str, *, last: bool) -> None:
    """Redraw the progress line on stderr (a carriage return first, a newline after the `last` one)."""
    _write(sys.stderr, "\r" + terminal_text(text) + ("\n" if last else ""))
    sys.stderr.flush()


def terminal_text(text: str) -> str:
    """Human text as eulac prints it: the data in it (names, organisations, ideas, options from bundles, imports
    and phones) cannot drive the terminal; see `core.text.terminal_safe`. The one filter of the CLI's text."""
    from ..core.text import terminal_safe

    return terminal_safe(text)


def json_for_terminal(text: str) -> str:
    """JSON text with DEL and the C1 controls, which json.dumps leaves raw but a terminal may act on, written as
    \\u escapes: the same data to any JSON reader. Other text (bidirectional marks too) stays as it is."""
    import re

    return re.sub("[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text)


def _write(stream: Any, text: str) -> None:
    """The one place the command line writes to stdout or stderr (tests/test_cli_terminal_safe.py checks it)."""
    stream.write(text)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; each noun's module adds its verbs. Given the command's `argv`, only the noun
    it names is made (a command starts in half the time); help, and a noun nobody knows, get them all."""
    import argparse
    import importlib

    from ..core import i18n, logs
    from ..core.i18n import _

    parser = argparse.ArgumentParser(
        prog="eulac", description=_("Run EU-LAC participatory events from the command line."))
    parser.add_argument("--version", action="version", version=f"eulac {__version__}")
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), help=_("language of messages (default: the system's)"))
    parser.add_argument("--log-level", type=logs.level_name, choices=logs.LEVELS, default="WARNING", metavar="LEVEL",
                        help=_("what the log file records: DEBUG, INFO, WARNING (default) or ERROR"))
    wanted = _named_noun(argv)
    nouns: Any = _OnlyNoun(parser.add_subparsers(dest="noun", metavar=_("NOUN"), required=True), wanted)
    home = NOUN_MODULES.get(wanted or "")  # only its module is imported (a noun missing there: all of them)
    for module, function in REGISTERS:
        if home is None or module == home:
            getattr(importlib.import_module(f"{__name__}.{module}"), function)(nouns)
    if not nouns.made:  # a noun nobody knows: argparse's refusal lists them all
        return build_parser()
    return parser


#: Each noun module's functions that add its nouns, in the order `eulac --help` lists them.
REGISTERS = (("event", "register"), ("participants", "register"), ("checkin", "register"), ("ideas", "register"),
             ("voting", "register"), ("bundles", "register"), ("bundles", "register_report"), ("master", "register"),
             ("device", "register"), ("p2p", "register"), ("serve", "register"), ("certificates", "register"),
             ("actions", "register"), ("survey", "register"), ("sync", "register"))
#: The module of each noun (tests/test_cli_imports.py checks it against `REGISTERS`).
NOUN_MODULES = {"event": "event", "participants": "participants", "badges": "checkin", "checkin": "checkin",
                "sessions": "checkin", "challenges": "ideas", "ideas": "ideas", "clusters": "ideas", "polls": "voting",
                "ballots": "voting", "bundle": "bundles", "report": "bundles", "master": "master", "device": "device",
                "p2p": "p2p", "serve": "serve", "certificates": "certificates", "actions": "actions",
                "survey": "survey", "sync": "sync"}


class _OnlyNoun:
    """The nouns' subparsers, adding only the `wanted` noun (all of them when it is None): the others' parsers
    are `_Unused`, which takes their verbs and options and makes nothing."""

    def __init__(self, nouns: argparse._SubParsersAction[argparse.ArgumentParser], wanted: str | None):
        self._nouns, self._wanted = nouns, wanted
        self.made = False

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if self._wanted is None or name == self._wanted:
            self.made = True
            return self._nouns.add_parser(name, **kwargs)
        return _Unused()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nouns, name)


class _Unused:
    """A parser of a noun the command does not use: every call on it does nothing and gives it back."""

    def __getattr__(self, _name: str) -> Any:
        return lambda *args, **kwargs: self


_OPTIONS_WITH_VALUE = ("--lang", "--log-level")


def _named_noun(argv: Sequence[str] | None) -> str | None:
    """The noun `argv` names, or None when it asks for help or names none (then every noun is made)."""
    args = list(argv or ())
    while args:
        arg = args.pop(0)
        if arg in _OPTIONS_WITH_VALUE:
            args = args[1:]
        elif not arg.startswith("-"):
            return arg
        elif not arg.startswith(tuple(f"{option}=" for option in _OPTIONS_WITH_VALUE)):
            return None  # -h, --help, --version, or an option nobody knows: argparse says what it says with all nouns
    return None


def participant_by_email(ws: Any, email: str) -> str:
    """The id of the participant registered with `email`; refused (exit 1) when there is none."""
    from ..core.errors import InvalidValue
    from ..core.i18n import _
    from ..core.registration import find_by_email

    pid = find_by_email(ws, email)
    if pid is None:
        raise InvalidValue(field=_("E-mail"), reason=_("nobody is registered with “{value}”").format(value=email))
    return pid


def utf8_text(value: str) -> str:
    """`value` (an argument, or what stdin gave), refused when it is not UTF-8: Linux passes bytes of another
    encoding as surrogates, which no text field can store (it ended as an "internal error")."""
    from ..core import errors
    from ..core.i18n import N_

    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        shown = value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        raise errors.InvalidValue(field=N_("Text"), reason=N_(
            "“{value}” is not UTF-8 text: write it in UTF-8 (set the terminal or the file to UTF-8)"),
            value=shown) from None
    return value


def _details_elsewhere(exc: BaseException) -> str | None:
    """An unexpected error's details (versions and traceback) in a file of the temporary folder, for when the log
    cannot be written; None when that cannot be written either."""
    import tempfile
    import traceback

    from ..core import logs

    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", errors="backslashreplace", prefix="eulac-error-",
                                         suffix=".txt", delete=False) as file:
            file.write(logs.versions() + "\n\n" + "".join(traceback.format_exception(exc)))
    except OSError:
        return None
    return file.name


def _refuse_text_not_utf8(args: argparse.Namespace) -> None:
    """Every text argument of the command (file names are paths, which may be in any encoding) must be UTF-8."""
    for value in vars(args).values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                utf8_text(item)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    """The `--json` option every verb has."""
    from ..core.i18n import _

    parser.add_argument("--json", action="store_true", help=_("print one JSON document on stdout"))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `eulac`; returns the exit code. As the process's entry (no `argv`), what it made before its
    command ran stays frozen for the cycle collector (gc.freeze): the process's end does not walk it again."""
    entry, argv = argv, list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # what argparse would print, without making the parser
        _write(sys.stdout, f"eulac {__version__}\n")
        return EXIT_OK
    import gc

    collecting, ends_after = gc.isenabled(), entry is None
    gc.disable()  # starting makes modules and classes that live to the end: no cycles worth looking for
    try:
        return _run(argv, collect_cycles=collecting)
    finally:
        if not ends_after:  # called by a program that goes on: it finds the collector as it was
            gc.unfreeze()
            if collecting:
                gc.enable()


def _run(argv: list[str], collect_cycles: bool) -> int:
    """Runs the command `argv`, with the cycle collector back on for its handler if `collect_cycles`, unless the
    handler's parser says `collect_cycles=False` (a scan: one code, a few objects, then the process ends)."""
    from ..core import i18n, logs
    from ..core.errors import EulacError, unexpected
    from ..core.i18n import _

    log = logs.logger(__name__)
    lang = _lang_from_argv(argv)
    i18n.set_language(lang)
    _argparse_speaks(i18n)
    parser = build_parser(argv)
    args = parser.parse_args(argv)  # exits with 2 on usage errors
    handler: Handler = args.handler
    log_path = logs.setup("eulac", args.log_level, when_needed=True)  # logging is imported with a first line kept
    command = f"{args.noun} {getattr(args, 'verb', '')}".strip()  # never the arguments: they may name people
    if log.isEnabledFor(logs.INFO):  # the versions cost an import (platform) that most runs need not make
        log.info("eulac %s (%s)", command, logs.versions())
    _tolerate_any_file_name()
    import gc

    gc.freeze()  # the modules, classes and parser made so far live to the end: no collection walks them again
    if collect_cycles and getattr(args, "collect_cycles", True):
        gc.enable()
    stdout, sys.stdout = sys.stdout, _GuardedOutput(sys.stdout)
    try:
        from ..core.workspace import waiting_for_writer

        _refuse_text_not_utf8(args)
        with waiting_for_writer(WRITER_WAIT_SECONDS, notice=_waiting_notice):
            code = handler(args)
        sys.stdout.flush()  # a full disk behind `> FILE` shows here, not silently at exit
    except OutputFailed as exc:
        import os

        sys.stdout = stdout
        os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())  # what is left to print goes nowhere
        message(_("Error: what eulac printed could not be written ({detail}); what it did is done.").format(
            detail=exc.args[0]))
        return EXIT_REFUSED
    except EulacError as exc:
        if getattr(args, "json", False):
            Output(True).result(exc.as_dict(), "")
        message(_("Error: {message}").format(message=exc.text()))
        if exc.hint_text():
            message(exc.hint_text())
        log.info("eulac %s refused: %s", command, exc.code)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        message(_("Interrupted: nothing was changed."))
        return 130
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped reading: not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug: the traceback goes to the log, the person gets one line and where it is
        log.exception("eulac %s failed unexpectedly", command)
        error = unexpected(exc)
        kept = str(log_path) if logs.written_log_file() else _details_elsewhere(exc)
        if getattr(args, "json", False):
            Output(True).result({**error.as_dict(), "log": str(kept or log_path)}, "")
        message(_("Error: eulac stopped on an internal error ({detail}).").format(detail=type(exc).__name__))
        if kept == str(log_path):
            message(_("The details are in the log, {path}: please send it with your report.").format(path=log_path))
        elif kept:  # the log's folder or disk refused them (read-only, full)
            message(_("The log, {log}, could not be written: the details are in {path}; please send it with your "
                      "report.").format(log=log_path, path=kept))
        else:
            message(_("The log, {log}, could not be written, nor any file with the details: this computer's disk may "
                      "be full.").format(log=log_path))
        return EXIT_REFUSED
    finally:
        if isinstance(sys.stdout, _GuardedOutput):
            sys.stdout = stdout
    log.debug("eulac %s done", command)
    return code if isinstance(code, int) else EXIT_OK


class OutputFailed(Exception):
    """What a command printed could not be written (the disk behind `> FILE` is full); args[0] says why."""


class _GuardedOutput:
    """stdout, whose failures to write (other than a reader that stopped reading) raise `OutputFailed`."""

    def __init__(self, stream: Any):
        self._stream = stream

    def write(self, text: str) -> int:
        return int(self._guarded(self._stream.write, text))

    def flush(self) -> None:
        self._guarded(self._stream.flush)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    @staticmethod
    def _guarded(call: Callable[..., Any], *args: Any) -> Any:
        try:
            return call(*args)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputFailed(exc.strerror or type(exc).__name__) from exc


def _argparse_speaks(i18n: Any) -> None:
    """Make argparse's own words (the usage line, help headings, usage errors; listed for `make i18n` in
    argparse_words.py) speak the language set with `i18n.set_language`: argparse looks them up with the `_` and
    `ngettext` of its own module when it prints them (call before building the parser)."""
    import argparse

    vars(argparse).update(_=i18n._, ngettext=i18n.ngettext)


def _tolerate_any_file_name() -> None:
    """Output that is strict UTF-8 (an en_US.UTF-8 terminal) writes a file name in another encoding, which Linux
    passes as surrogates, with backslash escapes instead of failing on it."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _waiting_notice(path: Any) -> None:
    from ..core.i18n import _

    message(_("Waiting for another program that is writing {path}…").format(path=path))


def _lang_from_argv(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None
