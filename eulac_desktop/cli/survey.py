"""`eulac survey answer|summary|export`: the evaluation survey from the terminal (answers typed from paper)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core import errors
from ..core.i18n import _, get_language, ngettext
from . import Output, add_json_flag, participant_by_email


def register(nouns: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `survey` noun and its verbs."""
    noun = nouns.add_parser("survey", help=_("the evaluation survey: answers, summary, open answers"))
    verbs = noun.add_subparsers(dest="verb", metavar=_("VERB"), required=True)
    answer = verbs.add_parser("answer", help=_("record one person's answers (typed from paper); one per person"))
    answer.add_argument("file", type=Path, metavar="FILE.eulac")
    answer.add_argument("--email", required=True, metavar="E")
    answer.add_argument("--answer", action="append", default=[], metavar="QUESTION=VALUE",
                        help=_("a rating from 1 to 5 or a text, for a question (its id); repeatable"))
    add_json_flag(answer)
    answer.set_defaults(handler=_answer)
    questions = verbs.add_parser("questions", help=_("list the survey's questions, or edit them"))
    questions.add_argument("file", type=Path, metavar="FILE.eulac")
    questions.add_argument("--add-rating", action="append", default=[], metavar="TEXT",
                           help=_("add a question answered from 1 to 5; repeatable"))
    questions.add_argument("--add-open", action="append", default=[], metavar="TEXT",
                           help=_("add a question answered in words; repeatable"))
    questions.add_argument("--remove", action="append", default=[], metavar="ID", help=_("remove a question; repeatable"))
    add_json_flag(questions)
    questions.set_defaults(handler=_questions)
    summary = verbs.add_parser("summary", help=_("the response rate and each question's answers"))
    summary.add_argument("file", type=Path, metavar="FILE.eulac")
    add_json_flag(summary)
    summary.set_defaults(handler=_summary)
    export = verbs.add_parser("export", help=_("the open answers (no names) as CSV or XLSX"))
    export.add_argument("file", type=Path, metavar="FILE.eulac")
    export.add_argument("out", type=Path, metavar="OUT.csv|OUT.xlsx")
    add_json_flag(export)
    export.set_defaults(handler=_export)


def _answer(args: argparse.Namespace) -> None:
    from ..core import survey
    from ..core.workspace import Workspace

    answers = {}
    for item in args.answer:
        qid, sep, value = item.partition("=")
        if not sep:
            raise errors.InvalidValue(field="--answer", reason=_("write QUESTION=VALUE, e.g. overall=5"))
        answers[qid.strip()] = value.strip()
    with Workspace.open(args.file, mode="write") as ws:
        changes = survey.add_answer(ws, participant_by_email(ws, args.email), answers, channel="paper")
    new_id = changes.inserted["survey_answers"][0]
    Output(args.json).result({"id": new_id}, _("Recorded the answers {id}").format(id=new_id))


def _questions(args: argparse.Namespace) -> None:
    from ..core import survey
    from ..core.workspace import Workspace

    editing = bool(args.add_rating or args.add_open or args.remove)
    with Workspace.open(args.file, mode="write" if editing else "read") as ws:
        items = survey.questions(ws)
        if editing:
            unknown = [q for q in args.remove if q not in {i["id"] for i in items}]
            if unknown:
                raise errors.InvalidValue(field="--remove", reason=_("the survey has no question {id}").format(id=unknown[0]))
            items = [i for i in items if i["id"] not in args.remove]
            items += [{"kind": survey.LIKERT, "text": t} for t in args.add_rating]
            items += [{"kind": survey.TEXT, "text": t} for t in args.add_open]
            survey.set_questions(ws, items)
            items = survey.questions(ws)
    data = [{"id": q["id"], "kind": q["kind"], "text": survey.question_text(q)} for q in items]
    Output(args.json).result(data, "\n".join(f"{q['id']} [{q['kind']}] {q['text']}" for q in data))


def _summary(args: argparse.Namespace) -> None:
    from ..core import survey
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        found = survey.summary(ws)
    lines = [_("Answers: {responses}; checked in: {attended}").format(**found)]
    lines += [_mean_line(q) for q in found["questions"] if q["kind"] == survey.LIKERT]
    Output(args.json).result(found, "\n".join(lines))


def _mean_line(question: dict[str, Any]) -> str:
    """A rating question's line of the summary: its mean in the reader's language and how many answered it."""
    from babel.numbers import format_decimal

    if not question["answers"]:
        return _("{question}: no answers yet").format(question=question["text"])
    mean = format_decimal(question["mean"], "0.##", locale=get_language())
    return _("{question}: {mean} ({answers})").format(question=question["text"], mean=mean, answers=question["answers"])


def _export(args: argparse.Namespace) -> None:
    from ..core import survey
    from ..core.workspace import Workspace

    with Workspace.open(args.file, mode="read") as ws:
        count = survey.export_open_answers(ws, args.out)
    Output(args.json).result({"file": str(args.out), "answers": count}, ngettext(
        "Wrote {n} open answer to {path}", "Wrote {n} open answers to {path}", count).format(n=count, path=args.out))
