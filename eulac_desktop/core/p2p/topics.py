"""The event's P2P topics: each topic code's label in a language, the topics a facilitator adds, renames and
translates, and the offers and seeks that name no known topic (with the closest codes suggested).

A topic is an entity (`topics`: a code and its labels as JSON {language: text}); it travels in bundles and
merges by last writer wins like the other entities. Two laptops that each created a topic with the same code
give two rows after a merge: they are read as one topic (`event_topics`), the labels of the later one winning.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import errors, records
from ..i18n import N_
from ..workspace import Changes, Workspace

MAX_CODE = 30
MAX_LABEL = 200
#: what a code cannot hold: the separators of a person's offers and seeks ("CLIMATE; ENERGY")
_CODE_BREAKS = re.compile(r"[;,/|\s]")
SUGGEST_SCORE = 60  # rapidfuzz score (0–100) from which a known code is suggested for an unknown one
SUGGEST_LABEL_SCORE = 85  # … when the unknown code resembles a part of its label ("ENERGIA", "Energías renovables")
SUGGEST_MARGIN = 10  # suggestions nearly as close as the best one


@dataclass
class Topic:
    """One topic as people read it: its code, the id of its record and its labels by language."""

    code: str
    id: str
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, fallbacks: Iterable[str]) -> str:
        """The label in the first of `fallbacks` that has one, else in any language, else the code."""
        return next((self.labels[k] for k in fallbacks if self.labels.get(k)), None) or next(
            iter(self.labels.values()), self.code)


def event_topics(ws: Workspace) -> dict[str, Topic]:
    """The event's topics by code (sorted by code); rows of one code merged, the later label per language winning."""
    out: dict[str, Topic] = {}
    for row_id, code, text in ws.conn.execute("SELECT id, code, labels FROM topics WHERE event_id = ? AND deleted = 0 "
                                              "ORDER BY code, updated_at, id", (ws.event_id,)):
        topic = out.setdefault(code, Topic(code, row_id))
        topic.labels.update(_labels(text))
    return dict(sorted(out.items()))


def _labels(text: str | None) -> dict[str, str]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return {k: v.strip() for k, v in data.items() if isinstance(k, str) and isinstance(v, str) and v.strip()} \
        if isinstance(data, dict) else {}


def spoken(languages: str | Iterable[str] | None) -> tuple[str, ...]:
    """A person's languages ("fr;en", or a list) as the base codes topic labels are kept under ("pt_BR" → "pt")."""
    items = (languages or "").split(";") if isinstance(languages, str) or languages is None else languages
    return tuple(dict.fromkeys(code for code in (x.strip().replace("-", "_").split("_")[0].lower() for x in items) if code))


def reader_languages(ws: Workspace, lang: str | None, also: Iterable[str] = ()) -> list[str]:
    """The languages a reader reads a label in, in order: their own, then the others they speak (`also`), then the
    event's first one."""
    from ..event import get_event

    return list(dict.fromkeys(x for x in (lang, *also, *(get_event(ws).languages or [])[:1]) if x))


def topic_labels(ws: Workspace, lang: str | None, also: Iterable[str] = ()) -> dict[str, str]:
    """Each topic code's label for a reader of `lang`: in `lang`, else in another language they speak (`also`, in
    their order), else in the event's first language, else in any language it has; the code itself when it has
    no label at all."""
    fallbacks = reader_languages(ws, lang, also)
    return {code: topic.label(fallbacks) for code, topic in event_topics(ws).items()}


def topic_label(labels: dict[str, str], code: str | None) -> str:
    """A topic's label from `topic_labels`, or its code when the event does not know it."""
    code = code or ""
    return labels.get(code) or labels.get(code.upper()) or code


# -- changing -----------------------------------------------------------------------------------------


def clean_code(code: str) -> str:
    """A topic code as stored (upper case, no surrounding spaces); InvalidValue when it cannot be one."""
    code = str(code or "").strip().upper()
    if not code:
        raise errors.InvalidValue(field=N_("Code"), reason=N_("a topic needs a code"))
    if _CODE_BREAKS.search(code):
        raise errors.InvalidValue(field=N_("Code"), reason=N_("a code cannot hold spaces nor ; , / | (“{code}”)"), code=code)
    if len(code) > MAX_CODE:
        raise errors.InvalidValue(field=N_("Code"), reason=N_("a code has at most {n} characters"), n=MAX_CODE)
    return code


def _check_label(ws: Workspace, lang: str, text: str) -> str:
    from ..event import get_event

    languages = get_event(ws).languages or []
    if lang not in languages:
        raise errors.InvalidValue(field=N_("Language"), reason=N_(
            "the event is not held in “{lang}” (its languages: {known})"), lang=lang, known=", ".join(languages))
    text = " ".join(str(text or "").split())
    if len(text) > MAX_LABEL:
        raise errors.InvalidValue(field=N_("Label"), reason=N_("a label has at most {n} characters"), n=MAX_LABEL)
    return text


def add_topic(ws: Workspace, code: str, labels: Mapping[str, str]) -> Changes:
    """Add a topic with its labels (at least one, in the event's languages); refused when the code is taken."""
    code = clean_code(code)
    cleaned = {lang: _check_label(ws, lang, text) for lang, text in labels.items()}
    cleaned = {k: v for k, v in cleaned.items() if v}
    if not cleaned:
        raise errors.InvalidValue(field=N_("Label"), reason=N_("a topic needs a label in at least one language"))
    if code in event_topics(ws):
        raise errors.InvalidValue(field=N_("Code"), reason=N_("the event already has a topic “{code}”"), code=code)
    with ws.operation("topics.add") as op:
        records.insert_entity(op, "topics", {"code": code, "labels": _dump(cleaned)})
    return op.changes


def set_topic_label(ws: Workspace, code: str, lang: str, text: str) -> Changes:
    """Rename a topic in one language, or translate it into another of the event's languages (an empty text
    removes that language's label, but a topic keeps at least one). Undone by reverting the changes."""
    topic = event_topics(ws).get(str(code or "").strip().upper())
    if topic is None:
        raise errors.InvalidValue(field=N_("Code"), reason=N_("the event has no topic “{code}”"), code=code)
    text = _check_label(ws, lang, text)
    labels = {k: v for k, v in {**topic.labels, lang: text}.items() if v}
    if not labels:
        raise errors.InvalidValue(field=N_("Label"), reason=N_("a topic needs a label in at least one language"))
    with ws.operation("topics.label") as op:
        records.update_entity(op, "topics", topic.id, {"labels": _dump(labels)})
    return op.changes


def _dump(labels: Mapping[str, str]) -> str:
    return json.dumps(dict(labels), ensure_ascii=False, sort_keys=True)


# -- offers and seeks that name no known topic ----------------------------------------------------------


def suggest_codes(code: str, topics: Mapping[str, Topic], limit: int = 3) -> list[str]:
    """The known codes closest to an unknown one (its spelling, or a label it resembles: "CLIMAT" → CLIMATE,
    "ENERGIA" → ENERGY for "Energía"), best first; only those nearly as close as the best."""
    from rapidfuzz import fuzz

    from ..text import fold

    wanted = fold(code)
    scored = []
    for known, topic in topics.items():
        by_label = [fuzz.partial_ratio(wanted, fold(label)) for label in topic.labels.values() if len(wanted) >= 4]
        score = max([fuzz.ratio(wanted, fold(known)), *(s for s in by_label if s >= SUGGEST_LABEL_SCORE)])
        if score >= SUGGEST_SCORE:
            scored.append((-score, known))
    scored.sort()
    return [known for score, known in scored[:limit] if -score >= -scored[0][0] - SUGGEST_MARGIN]


def unknown_topics(ws: Workspace, topics: Mapping[str, Topic] | None = None) -> list[dict[str, Any]]:
    """The codes people offer or seek that are no known topic (of `topics`, default the event's): each with the
    field, the people (id, name, e-mail) and the closest known codes. Nothing when the event has no topics."""
    from ..text import display_name

    topics = event_topics(ws) if topics is None else topics
    if not topics:
        return []
    found: dict[tuple[str, str], list[dict[str, str]]] = {}
    for pid, given, family, email, offers, seeks in ws.conn.execute(
            "SELECT id, given_name, family_name, email, offers, seeks FROM participants WHERE event_id = ? AND "
            "deleted = 0 AND erased = 0 ORDER BY rowid", (ws.event_id,)):  # (in the order they were added)
        person = {"id": pid, "name": display_name({"given_name": given, "family_name": family}), "email": email or ""}
        for field_name, value in (("offers", offers), ("seeks", seeks)):
            for code in dict.fromkeys(c.upper() for c in re.split(r"[;,/|\s]+", value or "") if c):
                if code not in topics:
                    found.setdefault((code, field_name), []).append(person)
    return [{"code": code, "field": field_name, "people": people, "suggestions": suggest_codes(code, topics)}
            for (code, field_name), people in sorted(found.items())]
