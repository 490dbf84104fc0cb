"""argparse's own words (the usage line, help headings, usage errors) in the user's language.

argparse looks its texts up with the `_` and `ngettext` of its own module when it prints them, so pointing those
at the core's catalog translates them; the texts are listed here so that `make i18n` extracts them. Only the catalogs read this list:
the command line points argparse at them in `cli._argparse_speaks` without importing this module (a command
imports only what it uses)."""

from __future__ import annotations

from ..core.i18n import N_

#: argparse's messages that a person at the terminal may see (Python 3.11–3.13), for extraction; its plural
#: "expected %s arguments" is for a fixed count of values, which no option here takes.
WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"), N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"), N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"), N_("expected one argument"),
    N_("expected at least one argument"), N_("expected at most one argument"),
    N_("invalid %(type)s value: %(value)r"), N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"), N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"), N_("can't open '%(filename)s': %(error)s"),
)
