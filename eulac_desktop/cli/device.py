"""`eulac device show|name`: this laptop's identity (its id, name and key's fingerprint), and its name."""

from __future__ import annotations

import argparse

from ..core.i18n import _
from . import Output, add_json_flag


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `device` noun."""
    noun = nouns.add_parser("device", help=_("this laptop's identity: its name and key's fingerprint"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    show = verbs.add_parser("show", help=_("this laptop's id, name and fingerprint"))
    add_json_flag(show)
    show.set_defaults(handler=_show)
    name = verbs.add_parser("name", help=_("give this laptop the name people call it by, such as “Desk 2”"))
    name.add_argument("name", metavar="NAME")
    add_json_flag(name)
    name.set_defaults(handler=_name)


def _describe(device) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {"id": device.id, "name": device.name, "named": device.named, "fingerprint": device.fingerprint()}


def _show(args: argparse.Namespace) -> None:
    from ..core.device import load_device

    device = load_device()
    text = _("This laptop is “{name}” (fingerprint {fingerprint}, id {id}).").format(**_describe(device))
    if not device.named:
        text += "\n" + _("Its name is a suggestion: name it with eulac device name \"Desk 2\".")
    Output(args.json).result(_describe(device), text)


def _name(args: argparse.Namespace) -> None:
    from ..core.device import rename_device

    device = rename_device(args.name)
    Output(args.json).result(_describe(device), _("This laptop is now “{name}”.").format(name=device.name))
