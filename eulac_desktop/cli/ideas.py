"""`eulac challenges add|list`, `eulac ideas add|list|export`, `eulac clusters add|assign|list`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.i18n import _, ngettext
from . import Output, add_json_flag, participant_by_email, utf8_text


def _verb(verbs: argparse._SubParsersAction[argparse.ArgumentParser], name: str, text: str,
          handler: Callable[[argparse.Namespace], Any]) -> argparse.ArgumentParser:
    sub = verbs.add_parser(name, help=text)
    sub.add_argument("file", type=Path, metavar="FILE.eulac")
    add_json_flag(sub)
    sub.set_defaults(handler=handler)
    return sub


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `challenges`, `ideas` and `clusters` nouns."""
    noun = nouns.add_parser("challenges", help=_("“How might we…?” questions"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    add = _verb(verbs, "add", _("add a challenge"), _add_challenge)
    add.add_argument("--question", required=True, metavar="TEXT")
    add.add_argument("--description", default="", metavar="TEXT")
    add.add_argument("--time-box", type=int, metavar="MINUTES", help=_("a countdown shown on the projector"))
    add.add_argument("--session", metavar="SESSION", help=_("the session it belongs to (its id)"))
    _verb(verbs, "list", _("list the challenges"), _list_challenges)

    noun = nouns.add_parser("ideas", help=_("ideas captured for a challenge"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    add = _verb(verbs, "add", _("add ideas (one per TEXT; - reads one per line from stdin)"), _add_ideas)
    add.add_argument("--challenge", required=True, metavar="ID")
    add.add_argument("texts", nargs="+", metavar="TEXT")
    add.add_argument("--author", metavar="E-MAIL", help=_("the participant who had the idea"))
    add.add_argument("--table", metavar="LABEL")
    add.add_argument("--language", metavar="CODE", help=_("the idea's language, e.g. es"))
    lst = _verb(verbs, "list", _("list the ideas"), _list_ideas)
    lst.add_argument("--challenge", metavar="ID")
    export = _verb(verbs, "export", _("write the ideas and clusters to CSV or XLSX"), _export)
    export.add_argument("out", type=Path, metavar="OUT.csv|OUT.xlsx")
    export.add_argument("--challenge", metavar="ID")

    noun = nouns.add_parser("clusters", help=_("themes of a challenge's ideas"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    add = _verb(verbs, "add", _("add a cluster, optionally holding ideas"), _add_cluster)
    add.add_argument("--challenge", required=True, metavar="ID")
    add.add_argument("--name", default="", metavar="TEXT")
    add.add_argument("--idea", action="append", default=[], metavar="ID", help=_("an idea to put in it; repeatable"))
    assign = _verb(verbs, "assign", _("move ideas into a cluster (none: back to the unsorted ideas)"), _assign)
    assign.add_argument("cluster", metavar="CLUSTER")
    assign.add_argument("ideas", nargs="+", metavar="IDEA")
    lst = _verb(verbs, "list", _("list a challenge's clusters in board order"), _list_clusters)
    lst.add_argument("--challenge", required=True, metavar="ID")


def _add_challenge(args: argparse.Namespace) -> None:
    from ..core.ideas import add_challenge
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="write") as ws:
        changes = add_challenge(ws, args.question, args.description, session_id=args.session, time_box=args.time_box)
    challenge_id = changes.inserted["challenges"][0]
    Output(args.json).result({"id": challenge_id}, challenge_id)


def _list_challenges(args: argparse.Namespace) -> None:
    from ..core.ideas import challenges
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        data = [{"id": c["id"], "question": c["question"], "state": c["state"], "time_box": c["time_box"],
                 "session": c["session_id"], "ideas": c["ideas"], "clusters": c["clusters"]} for c in challenges(ws)]
    Output(args.json).result(data, "\n".join(f"{c['id']}  {c['state']:<6} {c['ideas']:>4}  {c['question']}" for c in data))


def _stdin_text() -> str:
    """What stdin gives, as UTF-8 text; otherwise refused, naming the first line that is not (whether the stream
    decodes strictly or not)."""
    try:
        text = sys.stdin.read()
    except UnicodeDecodeError as exc:
        text = exc.object.decode("utf-8", "surrogateescape")
    for line in text.splitlines():
        utf8_text(line)
    return text


def _add_ideas(args: argparse.Namespace) -> None:
    from ..core.ideas import add_ideas, split_lines
    from ..core.workspace import Workspace

    texts: list[str] = []
    for text in args.texts:
        texts.extend(split_lines(_stdin_text()) if text == "-" else [text])
    with Workspace.open(args.file, mode="write") as ws:
        author = participant_by_email(ws, args.author) if args.author else None
        changes = add_ideas(ws, args.challenge, texts, author_id=author, table_label=args.table, language=args.language)
    ids = changes.inserted["ideas"]
    Output(args.json).result({"ids": ids}, ngettext("Added {n} idea.", "Added {n} ideas.", len(ids)).format(n=len(ids)))


def _list_ideas(args: argparse.Namespace) -> None:
    from ..core.ideas import get_challenge, ideas
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        if args.challenge:
            get_challenge(ws, args.challenge)
        rows = ideas(ws, args.challenge)
    data = [{"id": i["id"], "text": i["text"], "cluster": i["cluster_id"], "cluster_name": i["cluster_name"],
             "challenge": i["challenge_id"], "author": i["author"] or None, "duplicate_of": i["duplicate_of"]}
            for i in rows]
    Output(args.json).result(data, "\n".join(f"{i['id']}  {i['cluster_name'] or '-':<20.20} {i['text']}" for i in data))


def _export(args: argparse.Namespace) -> None:
    from ..core.ideas import export_ideas, get_challenge
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        if args.challenge:
            get_challenge(ws, args.challenge)
        count = export_ideas(ws, args.out, args.challenge)
    Output(args.json).result({"file": str(args.out), "ideas": count},
                             ngettext("Wrote {n} idea to {path}",
                                      "Wrote {n} ideas to {path}", count).format(n=count, path=args.out))


def _add_cluster(args: argparse.Namespace) -> None:
    from ..core.ideas import add_cluster
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="write") as ws:
        changes = add_cluster(ws, args.challenge, args.name, idea_ids=args.idea)
    cluster_id = changes.inserted["clusters"][0]
    Output(args.json).result({"id": cluster_id}, cluster_id)


def _assign(args: argparse.Namespace) -> None:
    from ..core.ideas import move_ideas
    from ..core.workspace import Workspace

    cluster = None if args.cluster.lower() == "none" else args.cluster
    with Workspace.open(args.file, mode="write") as ws:
        move_ideas(ws, args.ideas, cluster)
    Output(args.json).result({"cluster": cluster, "ideas": args.ideas},
                             ngettext("Moved {n} idea.", "Moved {n} ideas.", len(args.ideas)).format(n=len(args.ideas)))


def _list_clusters(args: argparse.Namespace) -> None:
    from ..core.ideas import board
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        columns = board(ws, args.challenge).clusters
    data: list[dict[str, Any]] = [{"id": c.id, "number": c.number, "name": c.name, "colour": c.colour,
             "ideas": [card.id for card in c.cards]} for c in columns]
    Output(args.json).result(data, "\n".join(f"{c['number']:>3}  {c['id']}  {len(c['ideas']):>4}  {c['name']}" for c in data))
