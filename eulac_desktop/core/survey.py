"""The evaluation survey: a questionnaire per event (the standard EU-event template unless edited), answered once per
person (at the feedback kiosk by badge, or typed from paper), summarised with its response rate, open answers
exported.

A question is `{"id", "kind": "likert"|"text", "text"}`; the template's questions carry a `key` instead of a text
and are shown in each reader's language (`question_text`). The survey is an entity (one per event); an answer is a
fact `{question id: 1–5 | text}`, one per person: a second one is refused here, and two made on two laptops are
resolved at merge (the earliest counts, `bundles.merge.UNIQUE_KEYS`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from . import errors, records
from .i18n import N_, Msg, _
from .ideas.capture import clean_text
from .workspace import Changes, Workspace

LIKERT, TEXT = "likert", "text"
#: The standard template: overall rating, relevance, organisation, what to improve, would recommend.
TEMPLATE: list[dict[str, str]] = [
    {"id": "overall", "kind": LIKERT, "key": "overall"}, {"id": "relevance", "kind": LIKERT, "key": "relevance"},
    {"id": "organisation", "kind": LIKERT, "key": "organisation"}, {"id": "improve", "kind": TEXT, "key": "improve"},
    {"id": "recommend", "kind": LIKERT, "key": "recommend"}]
TEMPLATE_TEXTS: dict[str, Msg] = {
    "overall": N_("Overall, how would you rate the event?"),
    "relevance": N_("How relevant was it to your work?"),
    "organisation": N_("How well was it organised?"),
    "improve": N_("What should we improve?"),
    "recommend": N_("Would you recommend it to a colleague?"),
}
MAX_TEXT = 2000


class AnswerRefused(errors.InvalidValue):
    """An answer that cannot be taken; `why` says which rule refused it: "badge" (not valid here), "already"
    (this person answered), "erased"."""

    def __init__(self, why: str, **params: Any):
        super().__init__(**params)
        self.why = why


def question_text(question: Mapping[str, Any], translate: Callable[[str], str] = _) -> str:
    """A question in the current language (or through `translate`): the template's words, or the text typed."""
    key = question.get("key")
    return translate(TEMPLATE_TEXTS[key]) if key in TEMPLATE_TEXTS else str(question.get("text") or "")


def questions(ws: Workspace, event_id: str | None = None) -> list[dict[str, Any]]:
    """The event's questions (the template until they are edited); stored ones that are not questions (a crafted
    bundle's) left out."""
    row = ws.conn.execute("SELECT questions FROM surveys WHERE event_id = ? AND deleted = 0 ORDER BY created_at, id "
                          "LIMIT 1", (ws.event_id if event_id is None else event_id,)).fetchone()
    if row is None:
        return [dict(q) for q in TEMPLATE]
    try:
        stored = json.loads(row[0])
    except ValueError:
        stored = []
    valid = [q for q in stored if isinstance(q, dict) and isinstance(q.get("id"), str) and q.get("kind") in (LIKERT, TEXT)
             and (isinstance(q.get("text"), str) or q.get("key") in TEMPLATE_TEXTS)] if isinstance(stored, list) else []
    return valid or [dict(q) for q in TEMPLATE]  # a crafted bundle's questions that are none: the template


def set_questions(ws: Workspace, items: Sequence[Mapping[str, Any]]) -> Changes:
    """Edit the questionnaire: each `{"id"?, "kind", "text" or "key"}` (a new question gets an id). Questions already
    answered keep their ids, so their answers still count."""
    from .ids import uuid7

    clean = []
    for item in items:
        kind = item.get("kind")
        if kind not in (LIKERT, TEXT):
            raise errors.InvalidValue(field=_("Question"), reason=_("choose a 1–5 rating or an open answer"))
        entry = {"id": str(item.get("id") or uuid7()), "kind": kind}
        if item.get("key") in TEMPLATE_TEXTS and not item.get("text"):
            entry["key"] = str(item["key"])
        else:
            text = " ".join(clean_text(str(item.get("text") or "")).split())
            if not text:
                raise errors.InvalidValue(field=_("Question"), reason=_("a question needs a text"))
            entry["text"] = text[:500]
        clean.append(entry)
    if not clean:
        raise errors.InvalidValue(field=_("Survey"), reason=_("a survey needs at least one question"))
    row = ws.conn.execute("SELECT id FROM surveys WHERE event_id = ? AND deleted = 0 ORDER BY created_at, id LIMIT 1",
                          (ws.event_id,)).fetchone()
    value = json.dumps(clean, ensure_ascii=False)
    with ws.operation("survey.questions") as op:
        if row:
            records.update_entity(op, "surveys", row[0], {"questions": value})
        else:
            records.insert_entity(op, "surveys", {"questions": value})
    return op.changes


def has_answered(ws: Workspace, pid: str) -> bool:
    """Whether the person (or a record merged with theirs) has answered the survey."""
    from .registration.people import SAME_PERSON

    return ws.conn.execute(f"{SAME_PERSON} SELECT 1 FROM survey_answers a JOIN same ON a.participant_id = same.id "
                           "WHERE a.deleted = 0 LIMIT 1", (pid,)).fetchone() is not None


def may_answer(ws: Workspace, *, badge: str | None = None, participant_id: str | None = None) -> dict[str, Any]:
    """The person of a scanned `badge` (or `participant_id`) if they may answer now (a valid badge, not answered yet);
    otherwise AnswerRefused, saying why (a kiosk asks this at the scan, before the questions)."""
    from .checkin import identify

    person = identify(ws, badge) if badge is not None else records.get(ws, "participants", participant_id or "")
    if person is None or person.get("deleted"):
        raise AnswerRefused("badge", field=N_("Badge"), reason=N_("this badge is not valid for this event"))
    if person.get("erased"):
        raise AnswerRefused("erased", field=N_("Participant"), reason=N_("this person's data was erased"))
    if has_answered(ws, person["id"]):
        raise AnswerRefused("already", field=N_("Survey"), reason=N_("this person has already answered the survey"))
    return person


def add_answer(ws: Workspace, participant_id: str, answers: Mapping[str, Any], channel: str = "desk") -> Changes:
    """Record one person's answers (`{question id: 1–5 or text}`; questions left out are unanswered). Refused when the
    person answered already, or an answer is not one of the question's (a rating outside 1–5); the refusals are
    translated when shown (a phone's in the phone's language)."""
    may_answer(ws, participant_id=participant_id)
    kinds = {q["id"]: q["kind"] for q in questions(ws)}
    clean: dict[str, Any] = {}
    for qid, value in answers.items():
        if qid not in kinds:
            raise errors.InvalidValue(field=N_("Question"), reason=N_("the survey has no question {id}"), id=qid[:60])
        if value in (None, ""):
            continue
        if kinds[qid] == LIKERT:
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                rating = 0  # a phone's JSON may send true or 4.5: neither is a rating
            else:
                try:
                    rating = int(value)
                except (TypeError, ValueError):
                    rating = 0
            if not 1 <= rating <= 5:
                raise errors.InvalidValue(field=N_("Rating"), reason=N_("give a rating from 1 to 5"))
            clean[qid] = rating
        elif not isinstance(value, str):
            raise errors.InvalidValue(field=N_("Question"), reason=N_("write the answer as text"))
        else:
            clean[qid] = clean_text(value)[:MAX_TEXT]
    if not clean:
        raise errors.InvalidValue(field=N_("Survey"), reason=N_("no question was answered"))
    with ws.operation("survey.answer") as op:
        records.insert_fact(op, "survey_answers", {"participant_id": participant_id, "channel": channel,
                                                   "answers": json.dumps(clean, ensure_ascii=False, sort_keys=True)})
    return op.changes


def _counted_answers(ws: Workspace) -> dict[str, dict[str, Any]]:
    """One answer per person (the earliest; merges followed), by the person's current record id; people removed
    or erased left out."""
    from .checkin import _removed
    from .registration.people import person_of

    person, removed = person_of(ws), _removed(ws)
    erased = {r[0] for r in ws.conn.execute("SELECT id FROM participants WHERE erased = 1")}
    seen: dict[str, dict[str, Any]] = {}
    for pid, answers in ws.conn.execute("SELECT participant_id, answers FROM survey_answers WHERE event_id = ? AND "
                                        "deleted = 0 ORDER BY created_at, id", (ws.event_id,)):
        who = person(pid)
        try:
            given = json.loads(answers)
        except ValueError:
            given = None
        if who not in removed and who not in erased and who not in seen and isinstance(given, dict):
            seen[who] = given
    return seen


def _fits(kind: str, value: Any) -> bool:
    """Whether a stored answer is one of its question's (a rating 1–5, a text): a crafted bundle's others are left out."""
    if kind == LIKERT:
        return type(value) is int and 1 <= value <= 5
    return isinstance(value, str)


def summary(ws: Workspace, translate: Callable[[str], str] = _) -> dict[str, Any]:
    """`{"responses", "attended", "took_part", "rate", "questions": [{"id", "kind", "text", "answers", "mean", "counts":
    [n of 1…5]}], "open": [{"question", "text"}]}`: the response rate is answers over the people who took part
    ("took_part"): those who checked in (`checkin.stats`, "attended") and those who answered without a check-in (a
    paper form typed in), so it never exceeds 1."""
    from .checkin import checked_in_ids, stats

    by_person = _counted_answers(ws)
    answers = list(by_person.values())
    attended = stats(ws)["checked_in"]
    took_part = attended + len(set(by_person) - checked_in_ids(ws))
    out_questions, open_answers = [], []
    for q in questions(ws):
        given: list[Any] = [a[q["id"]] for a in answers if _fits(q["kind"], a.get(q["id"]))]
        entry: dict[str, Any] = {"id": q["id"], "kind": q["kind"], "text": question_text(q, translate), "answers": len(given)}
        if q["kind"] == LIKERT:
            ratings: list[int] = given
            entry["mean"] = round(sum(ratings) / len(ratings), 2) if ratings else None
            entry["counts"] = [ratings.count(n) for n in range(1, 6)]
        else:
            open_answers += [{"question": entry["text"], "text": str(v)} for v in given if str(v).strip()]
        out_questions.append(entry)
    return {"responses": len(answers), "attended": attended, "took_part": took_part,
            "rate": round(len(answers) / took_part, 3) if took_part else None, "questions": out_questions,
            "open": open_answers}


def export_open_answers(ws: Workspace, out: str | os.PathLike[str]) -> int:
    """The open answers (no names) as CSV or XLSX; returns how many."""
    from .spreadsheet import write_tables

    rows = summary(ws)["open"]
    write_tables(out, {_("Open answers"): [["question", "answer"]] + [[r["question"], r["text"]] for r in rows]})
    return len(rows)


#: What the survey kiosk says, in the person's language (`kiosk_texts.person_language`).
KIOSK_READY = N_("Evaluation: scan your badge to answer {n} short questions.")
KIOSK_RATE = N_("Press 1 (poor) to 5 (excellent).")
KIOSK_TEXT = N_("Type your answer, then press Enter (Enter alone skips it).")
KIOSK_THANKS = N_("Thank you for your answers!")
#: (word, what to do) per rule that refused an answer at the kiosk (`AnswerRefused.why`).
KIOSK_REFUSALS: dict[str, tuple[Msg, Msg]] = {
    "already": (N_("Already answered"), N_("You have already answered the survey. Thank you!")),
    "badge": (N_("Badge not valid"), N_("This badge cannot be used here. Please ask at the desk.")),
    "erased": (N_("Badge not valid"), N_("This badge cannot be used here. Please ask at the desk.")),
}


def remove_answer(ws: Workspace, answer_id: str) -> Changes:
    """Take an answer back (undo of typing it in): a tombstone, so the person may answer again."""
    with ws.operation("survey.unanswer") as op:
        records.soft_delete(op, "survey_answers", answer_id)
    return op.changes


def restore_answer(ws: Workspace, answer_id: str) -> Changes:
    """Bring an answer taken back again (redo)."""
    with ws.operation("survey.reanswer") as op:
        records.restore(op, "survey_answers", answer_id)
    return op.changes


def undo_questions(ws: Workspace, changes: Changes) -> Changes:
    """Take back an edit of the questions (`changes`: what `set_questions` returned): the questions before it, or
    the template again when it was the first edit."""
    with ws.operation("survey.questions.undo") as op:
        for sid in changes.inserted.get("surveys", []):
            records.soft_delete(op, "surveys", sid)
        for sid, previous in changes.previous.get("surveys", {}).items():
            records.update_entity(op, "surveys", sid, {"questions": previous["questions"]})
    return op.changes
