"""Import of a facilitator's topics list (CSV, TSV, XLSX, ODS…: a code and a label per event language, like
`code, en, es, pt`): planned first (what it adds, updates, leaves unchanged, what is wrong with it), then
applied in one transaction, or refused whole with every problem listed (nothing half-written).

Columns are recognised from their headers in en/es/pt/fr: the code ("code", "código", "clave"…) and a
language each ("es", "Español", "label_pt", "Label (fr)", "Etiqueta en inglés"…). After the import, the
offers and seeks of the event's people that name no known topic are flagged, with the closest codes.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from .. import errors, records
from ..i18n import N_, Msg, _
from ..registration.importing import EncodingUncertain, require_certain_encoding
from ..registration.tables import Table
from ..text import fold
from ..workspace import Changes, Workspace
from .topics import MAX_LABEL, Topic, _dump, clean_code, event_topics, unknown_topics

CODE = "code"
_CODE_HEADERS = {"code", "codes", "topic code", "topic id", "id", "key", "codigo", "codigos", "codigo del tema",
                 "codigo de tema", "clave", "sigla", "codigo do tema", "codigo do topico", "chave", "code du theme",
                 "code du sujet", "cle", "identifiant"}
#: words around a language in a label column's header ("Label (es)", "Etiqueta en inglés", "nome_pt")
_LABEL_WORDS = {"label", "labels", "name", "title", "text", "topic", "etiqueta", "nombre", "titulo", "texto", "tema",
                "rotulo", "nome", "topico", "libelle", "intitule", "nom", "titre", "texte", "theme", "sujet"}
_PREPOSITIONS = {"in", "en", "em"}
SHOWN_PROBLEMS = 10  # the refusal's message lists these first ones (the JSON, every one): it fits on a screen


class TopicsMissing(errors.EulacError):
    code = "list_missing"
    message = N_("The topics list “{path}” does not exist.")
    hint = N_("Check the file's name and folder.")


class UnreadableTopics(errors.EulacError):
    code = "unreadable_list"
    message = N_("“{path}” cannot be read as a list of topics: {reason}")
    hint = N_("Save it from the spreadsheet as CSV (UTF-8) or XLSX, with a code column and a column per language.")


class TopicsEncodingUncertain(EncodingUncertain):
    """A text list whose encoding is only a guess that could garble the labels: refused, with the likely encodings
    and the labels read each way, as the participants' import refuses one (`--encoding` reads it)."""

    message = N_("The encoding of “{path}” is a guess that could garble the labels. Read each way, they are:\n{choices}")
    hint = N_("Import it again with --encoding and the encoding that shows the labels right, e.g. --encoding {first}.")


class TopicsRefused(errors.EulacError):
    """The list has problems: nothing was imported. `as_dict` gives the command line's summary with them."""

    code = "topics_refused"
    message = N_("The topics list was not imported; nothing was changed:\n{lines}")
    hint = N_("Correct the list and import it again.")

    def __init__(self, plan: TopicPlan):
        self.plan = plan
        lines = ["  " + problem_line(p) for p in plan.problems[:SHOWN_PROBLEMS]]
        if len(plan.problems) > SHOWN_PROBLEMS:  # over 10: a plural in every language the app speaks
            lines.append("  " + _("…(the first {shown} of {total} problems)").format(
                shown=SHOWN_PROBLEMS, total=len(plan.problems)))
        super().__init__(lines="\n".join(lines))

    def as_dict(self) -> dict[str, Any]:
        """The refusal, with the import's summary (nothing added, updated or unchanged) and its problems."""
        return {**super().as_dict(), "added": 0, "updated": 0, "unchanged": 0,
                "problems": self.plan.summary()["problems"]}


@dataclass
class TopicPlan:
    """What importing a topics list would do. Rows are the list's own (the header is row 1)."""

    header: list[str]
    languages: dict[int, str] = field(default_factory=dict)  # column index → language
    added: list[tuple[int, str, dict[str, str]]] = field(default_factory=list)  # row, code, labels
    updated: list[tuple[int, Topic, dict[str, str]]] = field(default_factory=list)  # row, topic, its new labels
    unchanged: list[int] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)  # what refuses the list
    unknown: list[dict[str, Any]] = field(default_factory=list)  # people's codes no topic has, once imported

    def summary(self) -> dict[str, Any]:
        """The command line's JSON: {"added", "updated", "unchanged", "problems"} (counts; the problems hold the
        list's mistakes, and the people's offers and seeks that name no known topic, with suggestions)."""
        unknown = [{"kind": "unknown_topic", **u, "people": [{"name": p["name"], "email": p["email"]} for p in u["people"]],
                    "reason": _unknown_reason(u)} for u in self.unknown]
        problems = [{**p, "reason": _(p["reason"]).format(**p.get("params", {}))} for p in self.problems]
        return {"added": len(self.added), "updated": len(self.updated), "unchanged": len(self.unchanged),
                "problems": [{k: v for k, v in p.items() if k != "params"} for p in problems] + unknown}


def _unknown_reason(entry: dict[str, Any]) -> str:
    shown = [p["name"] or p["email"] for p in entry["people"][:3]]
    names = ", ".join(shown) + (f" (+{len(entry['people']) - 3})" if len(entry["people"]) > 3 else "")
    text = (_("“{code}”, offered by {names}, is no topic of the event") if entry["field"] == "offers" else
            _("“{code}”, sought by {names}, is no topic of the event")).format(code=entry["code"], names=names)
    if entry["suggestions"]:
        text += " " + _("(did you mean {codes}?)").format(codes=", ".join(entry["suggestions"]))
    return text


def problem_line(problem: dict[str, Any]) -> str:
    """One problem of the list as a line for people: where (row, column) and why, translated."""
    reason = _(problem["reason"]).format(**problem.get("params", {})) if isinstance(problem["reason"], Msg) \
        else problem["reason"]
    where = []
    if problem.get("row"):
        where.append(_("row {row}").format(row=problem["row"]))
    if problem.get("column"):
        where.append(_("column “{column}”").format(column=problem["column"]))
    return f"{', '.join(where)}: {reason}" if where else reason


def _problem(kind: str, reason: str, *, row: int | None = None, column: str | None = None, code: str | None = None,
             **params: Any) -> dict[str, Any]:
    params = {**params, "code": code} if code else params
    return {"kind": kind, "row": row, "column": column, "code": code, "reason": Msg(reason), "params": params}


def _normalize(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def header_language(header: str) -> str | None:
    """The language a label column's header names ("es", "Español", "label_pt", "Etiqueta en inglés"), or None."""
    from ..registration.people import _language_names

    words = [w for w in _normalize(header).replace("_", " ").split() if w not in _LABEL_WORDS]
    if len(words) > 1 and words[0] in _PREPOSITIONS:
        words = words[1:]
    name = " ".join(words)
    if not name:
        return None
    table = _language_names()
    return table.get(name) or (name if len(name) == 2 and name in table else None)


def read_topics(path: str | os.PathLike[str], *, sheet: str | None = None, encoding: str | None = None,
                certain: bool = True) -> Table:
    """The list as a table (`registration.tables.read_table`, `encoding` overriding the one detected), its refusals
    named for a topics list. A text list whose encoding is only a guess is refused (`TopicsEncodingUncertain`) unless
    `certain` is False: then the table's `encoding_alternatives` say how else it reads, for a window to ask."""
    from ..registration.tables import ListMissing, UnreadableList, read_table

    try:
        table = read_table(path, sheet=sheet, encoding=encoding)
    except ListMissing:
        raise TopicsMissing(path=str(path)) from None
    except UnreadableList as exc:
        hint = exc.hint if exc.hint != UnreadableList.hint else None
        raise UnreadableTopics(hint=hint, **exc.params) from None
    if certain:
        try:
            require_certain_encoding(table, path)
        except EncodingUncertain as exc:
            raise TopicsEncodingUncertain(**exc.params) from None
    return table


def plan_topics(ws: Workspace, table: Table) -> TopicPlan:
    """Work out what importing `table` (as `read_topics` gives it) would change; changes nothing."""
    from ..event import get_event

    event_languages = get_event(ws).languages or []
    plan = TopicPlan(list(table.header))
    code_column = next((i for i, header in enumerate(table.header) if _normalize(header) in _CODE_HEADERS), None)
    if code_column is None:
        plan.problems.append(_problem("no_code_column", N_(
            "no column holds the topics' codes (the columns are: {columns}); name it “code”"),
            columns=", ".join(f"“{h}”" for h in table.header)))
        return plan
    for index, header in enumerate(table.header):
        if index == code_column:
            continue
        filled = [row for cells, row in zip(table.rows, table.line_numbers) if index < len(cells) and cells[index].strip()]
        if not header.strip() and not filled:
            continue  # an empty column at the side of a sheet
        lang = header_language(header)
        if lang is None:
            plan.problems.append(_problem("unknown_column", N_(
                "“{header}” is neither the topics' code nor a language (name a column per language: {known})"),
                column=header, header=header, known=", ".join(event_languages)))
        elif lang in plan.languages.values():
            plan.problems.append(_problem("duplicate_column", N_("a second column for the language “{lang}”"),
                                          column=header, lang=lang))
        elif lang not in event_languages:
            if filled:
                plan.problems.append(_problem("foreign_language", N_(
                    "labels in “{lang}”, a language the event does not use (its languages: {known})"),
                    row=filled[0], column=header, lang=lang, known=", ".join(event_languages)))
        else:
            plan.languages[index] = lang
    if not plan.languages and not plan.problems:
        plan.problems.append(_problem("no_label_column", N_("no column holds labels in the event's languages ({known})"),
                                      known=", ".join(event_languages)))
    existing = event_topics(ws)
    first_row: dict[str, int] = {}
    for cells, row in zip(table.rows, table.line_numbers):
        cell = cells[code_column].strip() if code_column < len(cells) else ""
        labels = {lang: " ".join(cells[i].split()) for i, lang in plan.languages.items() if i < len(cells)}
        labels = {k: v for k, v in labels.items() if v}
        column = table.header[code_column]
        if not cell:
            plan.problems.append(_problem("no_code", N_("a topic without a code"), row=row, column=column))
            continue
        try:
            code = clean_code(cell)
        except errors.InvalidValue as exc:
            plan.problems.append(_problem("bad_code", exc.params["reason"], row=row, column=column, code=cell,
                                          **{k: v for k, v in exc.params.items() if k not in ("field", "reason", "code")}))
            continue
        if code in first_row:
            plan.problems.append(_problem("duplicate_code", N_("the code “{code}” again (first on row {first})"),
                                          row=row, column=column, code=code, first=first_row[code]))
            continue
        first_row[code] = row
        long = next((lang for lang, text in labels.items() if len(text) > MAX_LABEL), None)
        if long:
            plan.problems.append(_problem("long_label", N_("the label in “{lang}” is longer than {n} characters"),
                                          row=row, code=code, lang=long, n=MAX_LABEL))
            continue
        topic = existing.get(code)
        if not labels and not (topic and topic.labels):
            plan.problems.append(_problem("no_label", N_("the topic “{code}” has no label"), row=row, code=code))
            continue
        if topic is None:
            plan.added.append((row, code, labels))
        elif {**topic.labels, **labels} != topic.labels:
            plan.updated.append((row, topic, {**topic.labels, **labels}))
        else:
            plan.unchanged.append(row)
    if not plan.problems:
        known = {**existing, **{code: Topic(code, "", labels) for _row, code, labels in plan.added}}
        plan.unknown = unknown_topics(ws, known)
    return plan


def apply_topics(ws: Workspace, plan: TopicPlan) -> Changes:
    """Write a plan in one transaction; refused whole (`TopicsRefused`) when the list has problems."""
    if plan.problems:
        raise TopicsRefused(plan)
    with ws.operation("topics.import") as op:
        for _row, code, labels in plan.added:
            records.insert_entity(op, "topics", {"code": code, "labels": _dump(labels)})
        for _row, topic, labels in plan.updated:
            records.update_entity(op, "topics", topic.id, {"labels": _dump(labels)})
    return op.changes


def import_topics(ws: Workspace, path: str | os.PathLike[str], *, sheet: str | None = None,
                  encoding: str | None = None) -> tuple[TopicPlan, Changes]:
    """Read, plan and apply a topics list; `TopicsRefused` (nothing written) when it has problems."""
    plan = plan_topics(ws, read_topics(path, sheet=sheet, encoding=encoding))
    return plan, apply_topics(ws, plan)
