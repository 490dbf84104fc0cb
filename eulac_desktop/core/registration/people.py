"""Participants: validate, add (walk-ins and imports), edit, delete, merge, erase, and find them.

Every function that changes something is one core operation (one transaction, audited) and returns
the `Changes`, with previous values for undo.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import repeat
from operator import methodcaller
from typing import Any, cast

from .. import errors, logs, records
from ..badges import new_number, new_numbers
from ..countries import parse_country, region_of
from ..i18n import LANGUAGES, N_, Msg, _
from ..text import display_name, email_key, email_keys, fold, sort_key
from ..workspace import Changes, Workspace
from .erasure import ERASED_FIELDS, clear_free_space, erased_ids, scrub_copies
from .mapping import parse_codes, parse_consent, parse_gender, parse_role, parse_stakeholder
from .search import ids_by_query, people_index

log = logs.logger(__name__)

FIELDS = ("given_name", "family_name", "email", "organisation", "country", "role", "languages", "offers",
          "seeks", "consent_photo", "gender", "gender_text", "stakeholder", "stakeholder_text")
#: Optional answers read from a word in any language (`mapping.parse_gender`…), each with its raw text beside it.
_CHOICES: dict[str, Callable[[str], tuple[str | None, str | None]]] = {"gender": parse_gender,
                                                                        "stakeholder": parse_stakeholder}
#: Who counts as registered: not deleted (nor merged into another record) and not erased. The one rule for
#: every count of registrations (the participants page, check-in counters, the projector, reports).
REGISTERED = "deleted = 0 AND erased = 0"
MAX_LENGTH = {"given_name": 100, "family_name": 100, "email": 254, "organisation": 200, "languages": 100,
              "offers": 500, "seeks": 500, "gender": 100, "gender_text": 100, "stakeholder": 200,
              "stakeholder_text": 200}
#: A progress callback gets (done, total) and returns False to cancel.
Progress = Callable[[int, int], bool]
_PROGRESS_EVERY = 250
Problem = tuple[str, Msg, dict[str, Any]]  # (field, reason, parameters of the reason)


# -- validation ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    from babel import Locale

    table = {code: code for code in Locale("en").languages if isinstance(code, str) and len(code) == 2}
    for lang in LANGUAGES:
        for code, name in Locale.parse(lang).languages.items():
            if len(code) == 2:
                table.setdefault(fold(name), code)
    return table


def language_code(value: str) -> str | None:
    """The two-letter code of a language given by its code or its name in an app language ("ES", "Spanish",
    "español" → "es"), else None."""
    return _language_names().get(fold(value)) or (value.lower() if value.lower() in _language_names() else None)


# Plain addresses (nearly all of a real list): dot-atom local part of ASCII or Latin letters (Latin-1's, Latin
# Extended-A and -B: "joão", "groß"), LDH labels, alphabetic TLD.
_PLAIN_ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]+"
_PLAIN_DOMAIN = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
_PLAIN_EMAIL = re.compile(rf"(?P<local>{_PLAIN_ATOM}(?:\.{_PLAIN_ATOM})*)@(?P<domain>{_PLAIN_DOMAIN})")


def _email(value: str) -> str | None:
    """The address normalised as email-validator does (syntax only, never DNS), or None if invalid.

    Plain addresses take a fast path that gives email-validator's own result (a property test checks it): a
    Latin letter is a letter to it too, kept as it is when in NFC form, and the address's length counts in UTF-8.
    Anything else (other scripts, quoted parts, IP literals…) goes to email-validator.
    """
    plain = _PLAIN_EMAIL.fullmatch(value)
    if plain:
        local, domain = plain.groups()
        if (len(local) <= 64 and "--" not in domain
                and (len(value) <= 254 if value.isascii()
                     else len(value.encode()) <= 254 and unicodedata.is_normalized("NFC", value))):
            lowered = _plain_domain(domain)
            if lowered is not None:
                return value if lowered == domain else f"{local}@{lowered}"
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


#: Each line of a column of plain addresses, one a line (`_PLAIN_EMAIL`'s local part, its atoms possessive, as neither
#: "." nor "@" is in them), with its domain: checked apart, each distinct one once (`_plain_column_domain`)
_PLAIN_LINES = re.compile(rf"(?m)^{_PLAIN_ATOM}+(?:\.{_PLAIN_ATOM}+)*+@([^\n@]*+)$")
_PLAIN_DOMAIN_NAME = re.compile(_PLAIN_DOMAIN)


def _plain_emails(values: Sequence[str]) -> list[str] | None:
    """`_email` of each of `values` (stripped, none empty) at once when every one is short and plain (a list's usual
    e-mail column): one regular expression over the column, each distinct domain checked once; None when one is
    not, for `_email` to look at each. Short (63 characters at most): the local part has 64 at most and the
    address 254 bytes in UTF-8. NFC is checked on the whole column: a line break never joins with a neighbour."""
    if not values or max(map(len, values)) > 63:
        return None
    column = "\n".join(values)
    if column.count("\n") != len(values) - 1 or not (column.isascii() or unicodedata.is_normalized("NFC", column)):
        return None
    domains = _PLAIN_LINES.findall(column)
    if len(domains) != len(values):  # (a line that is not a plain address has no domain here)
        return None
    lowered = {}
    for domain in set(domains):
        lower = _plain_column_domain(domain)
        if lower is None:
            return None
        if lower != domain:
            lowered[domain] = lower
    if not lowered:
        return list(values)
    return [f"{local}@{lowered.get(domain, domain)}" for local, _at, domain in map(methodcaller("rpartition", "@"), values)]


@lru_cache(maxsize=4096)  # a list's addresses share a few hundred domains
def _plain_column_domain(domain: str) -> str | None:
    """The domain of an address of `_PLAIN_LINES` lower-cased when `_PLAIN_EMAIL` takes it (LDH labels, an
    alphabetic TLD, no "--") and email-validator does (`_plain_domain`), else None."""
    return _plain_domain(domain) if "--" not in domain and _PLAIN_DOMAIN_NAME.fullmatch(domain) else None


@lru_cache(maxsize=4096)  # a list's addresses share a few hundred domains
def _plain_domain(domain: str) -> str | None:
    """A plain ASCII domain lower-cased, or None when it is (under) a special-use domain email-validator refuses."""
    from email_validator import SPECIAL_USE_DOMAIN_NAMES

    domain = domain.lower()
    return None if any(domain == d or domain.endswith("." + d) for d in SPECIAL_USE_DOMAIN_NAMES) else domain


def validate_person(values: Mapping[str, Any], topics: Collection[str] | None = None) -> tuple[dict[str, Any], list[Problem]]:
    """Clean one person's fields (as typed or imported) and list what is wrong with them.

    Returns the cleaned values (only the fields given) and problems as (field, reason, params). Values
    may be text as found in a list ("Brasil", "sí", "español; inglés") or already clean. `topics` are the
    event's topic codes (`event_topics`: their labels help suggest the closest codes for unknown ones).
    """
    return PersonCleaner(topics).validate(values)


#: what one field's value becomes (`PersonCleaner.outcome`): (kind, value, raw text of a choice or None)
Outcome = tuple[int, Any, Any]
#: kinds of outcome: the field takes a value; a choice takes a code (and its raw text); a problem; left out
SET, CHOICE, PROBLEM, LEFT_OUT = range(4)
_NOTHING: Outcome = (LEFT_OUT, None, None)
#: fields whose inner runs of spaces are one space
_SPACED = frozenset({"given_name", "family_name", "organisation"})


class PersonCleaner:
    """`validate_person` for the people of one list (the same topics): each distinct value of a field is
    cleaned once (`outcome`), so a 5,000-row list cleans its few hundred countries, roles, languages,
    organisations and first names once each, not 5,000 times; `validate` and `assemble` put a person together."""

    #: fields whose values hardly repeat: cleaned each time, never remembered
    UNIQUE = frozenset({"email"})

    def __init__(self, topics: Collection[str] | None = None):
        self.topics = topics
        self.known = topics if topics is None or isinstance(topics, frozenset) else frozenset(topics)
        self._memo: dict[str, dict[Any, Outcome]] = {key: {} for key in FIELDS if key not in self.UNIQUE}
        self._cells: dict[tuple[str, bool], dict[str, Outcome]] = {}  # (field, blank left out) → {cell: outcome}
        self._values: dict[tuple[str, bool], dict[str, Any]] = {}  # the same, of cells that take a value (SET): → value

    def outcome(self, key: str, raw: Any) -> Outcome:
        """What the value `raw` of the field `key` becomes (a field not in `FIELDS` is left out)."""
        if key not in FIELDS:
            return _NOTHING
        memo = self._memo.get(key)
        if memo is None:
            return self._outcome(key, raw)
        try:
            return memo[raw]
        except KeyError:
            found = memo[raw] = self._outcome(key, raw)
            return found
        except TypeError:  # a value that cannot be remembered
            return self._outcome(key, raw)

    def column(self, key: str, cells: Sequence[str], blank_left_out: bool) -> list[Outcome]:
        """The outcome of each cell of a list's column of the field `key`; with `blank_left_out`, a blank cell is
        left out (as if the field were not given) instead of cleaned."""
        if key not in FIELDS:
            return [_NOTHING] * len(cells)
        if key == "email":  # (UNIQUE) its values hardly repeat: cleaned in one loop, never remembered
            return _email_outcomes(cells, blank_left_out)
        seen = self._cells.setdefault((key, blank_left_out), {"": _NOTHING} if blank_left_out else {})
        self._clean_fresh(key, set(cells).difference(seen), blank_left_out, seen)
        return list(map(seen.__getitem__, cells))

    def values(self, key: str, cells: Sequence[str], blank_left_out: bool) -> list[Any] | None:
        """The value of each cell of a list's column of the field `key` when every cell simply takes one (its
        outcome's kind is SET: the usual column; an e-mail column: each cell holds a valid address), found without an
        outcome per cell; else None (`column` says what each cell becomes)."""
        if key not in FIELDS:
            return None if cells else []
        if key == "email":
            return _email_values(cells, blank_left_out)
        seen = self._cells.setdefault((key, blank_left_out), {"": _NOTHING} if blank_left_out else {})
        distinct = set(cells)
        fresh = distinct.difference(seen)
        if fresh:
            self._clean_fresh(key, fresh, blank_left_out, seen)
        values = self._values.setdefault((key, blank_left_out), {})
        if not values.keys() >= distinct:
            values.update((cell, seen[cell][1]) for cell in distinct.difference(values) if seen[cell][0] == SET)
            if not values.keys() >= distinct:  # some cell is left out, a choice or a problem
                return None
        return list(map(values.__getitem__, cells))

    def _clean_fresh(self, key: str, fresh: set[str], blank_left_out: bool, seen: dict[str, Outcome]) -> None:
        """The outcome of each of the `fresh` cells of the field `key` (none of them in `seen`) into `seen`."""
        clean = self._outcome
        if key in _FEW_VALUES:  # `_outcome`'s steps for these fields' text, in one loop
            topics, longest = self.known if key in ("offers", "seeks") else None, MAX_LENGTH.get(key, 200)
            for cell in fresh:
                value = cell.strip()
                if blank_left_out and not value:
                    seen[cell] = _NOTHING
                    continue
                cleaned, problem = _clean_few(key, value, topics) if len(value) <= longest else (None, True)
                seen[cell] = clean(key, cell) if problem is not None else _NOTHING if cleaned is _LEFT_OUT else (
                    SET, cleaned, None)
        else:
            for cell in fresh:
                seen[cell] = _NOTHING if blank_left_out and not cell.strip() else clean(key, cell)

    def _outcome(self, key: str, raw: Any) -> Outcome:
        if key in _SPACED and isinstance(raw, str):  # names and organisations: only spaces and length to check
            value = " ".join(raw.split())
            if len(value) > MAX_LENGTH[key]:
                return PROBLEM, (key, N_("longer than {n} characters"), {"n": MAX_LENGTH[key]}), None
            return SET, value, None
        value = raw.strip() if isinstance(raw, str) else raw
        if isinstance(value, str):
            value = " ".join(value.split()) if key in _SPACED else value
            if len(value) > MAX_LENGTH.get(key, 200):
                return PROBLEM, (key, N_("longer than {n} characters"), {"n": MAX_LENGTH.get(key, 200)}), None
        if key in _CHOICES:
            code, text = _CHOICES[key](str(value or ""))
            return CHOICE, code, text
        if key in ("gender_text", "stakeholder_text"):
            return SET, value or None, None
        if key in _FEW_VALUES and isinstance(value, str):
            cleaned, problem = _clean_few(key, value, self.known if key in ("offers", "seeks") else None)
        else:
            cleaned, problem = _clean_field(key, value, self.known)
        if problem is not None:
            if key in ("offers", "seeks") and "typed" in problem[2]:  # the closest codes, found only for a row that needs them
                problem = _unknown_topics(key, str(problem[2]["codes"]).split(", "), self.topics or (),
                                          problem[2]["typed"])
            return PROBLEM, problem, None
        return _NOTHING if cleaned is _LEFT_OUT else (SET, cleaned, None)

    def validate(self, values: Mapping[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
        """One person's fields cleaned, and their problems (see `validate_person`)."""
        return self.assemble([(key, self.outcome(key, raw)) for key, raw in values.items()],
                             "given_name" in values or "family_name" in values)

    @staticmethod
    def assemble(outcomes: Iterable[tuple[str, Outcome]], named: bool) -> tuple[dict[str, Any], list[Problem]]:
        """The cleaned values and problems of one person from the outcomes of their fields, in their order;
        `named`: a given or a family name was given (possibly empty), so one of them must be there."""
        out: dict[str, Any] = {}
        problems: list[Problem] = []
        parsed: dict[str, str | None] = {}
        for key, (kind, value, text) in outcomes:
            if kind == SET:
                out[key] = value
            elif kind == PROBLEM:
                problems.append(value)
            elif kind == CHOICE:
                out[key] = value
                parsed[key] = text
        if "role" in out and out["role"] is None:
            del out["role"]
        for key, text in parsed.items():  # a description is kept for "self-described" and for an unexpected value only
            keep = out.get(key) in ("self_described", "other")
            out[f"{key}_text"] = text or (out.get(f"{key}_text") if keep else None)
        if (named and not (out.get("given_name") or out.get("family_name"))
                and not any(p[0] in ("given_name", "family_name") for p in problems)):
            problems.append(("given_name", N_("a participant needs a given or a family name"), {}))
        return out, problems


def _email_outcomes(cells: Sequence[str], blank_left_out: bool) -> list[Outcome]:
    """`PersonCleaner._outcome` of each cell of an e-mail column (the one column whose values do not repeat), in one
    loop: the same outcomes, without the steps that other fields need."""
    found = _email_values(cells, blank_left_out)
    if found is not None:
        return list(zip(repeat(SET), found, repeat(None)))
    longest = MAX_LENGTH["email"]
    values = list(map(str.strip, cells))
    outcomes: list[Outcome] = []
    append = outcomes.append
    for value in values:
        if not value:
            append(_NOTHING if blank_left_out else (SET, None, None))
        elif len(value) > longest:
            append((PROBLEM, ("email", N_("longer than {n} characters"), {"n": longest}), None))
        elif (normalized := _email(value)) is not None:
            append((SET, normalized, None))
        else:
            append((PROBLEM, ("email", N_("“{value}” is not a valid e-mail address"), {"value": value}), None))
    return outcomes


def _email_values(cells: Sequence[str], blank_left_out: bool) -> list[str] | None:
    """The address of each cell of an e-mail column when every cell holds a valid one (the usual column), as
    `_email_outcomes` makes them; else None."""
    values = list(map(str.strip, cells))
    if all(values) and max(map(len, values), default=0) <= MAX_LENGTH["email"]:
        found: Sequence[str | None] = _plain_emails(values) or list(map(_email, values))
        if None not in found:  # (and each of them valid)
            return cast(list[str], found)
    return None


def _unknown_topics(key: str, unknown: list[str], topics: Collection[str], typed: str) -> Problem:
    """The problem of offers or seeks naming codes the event has no topic for, with the closest known codes
    (`p2p.topics.suggest_codes`) in its text and, by code, in its "suggestions"; `typed` is the field's codes as
    typed (cleaned), which an import keeps (`unknown_topics_only`)."""
    from ..p2p.topics import Topic, suggest_codes

    known = topics.by_code if isinstance(topics, KnownTopics) else {code: Topic(code, "") for code in topics}
    suggestions = {code: found for code in unknown if (found := suggest_codes(code, known))}
    if not suggestions:
        return key, N_("topic code(s) not among the event's topics: {codes}"), {"codes": ", ".join(unknown),
                                                                                "typed": typed}
    return key, N_("topic code(s) not among the event's topics: {codes} (did you mean {suggested}?)"), {
        "codes": ", ".join(unknown), "suggested": ", ".join(dict.fromkeys(c for found in suggestions.values() for c in found)),
        "suggestions": suggestions, "typed": typed}


def unknown_topics_only(problems: Sequence[Problem]) -> dict[str, str] | None:
    """When every one of a person's problems is offers or seeks naming a code the event has no topic for: those
    fields' codes as typed (cleaned), by field, for an import to keep and flag (a later topic with that code makes
    them count; the planner leaves out a code no topic defines). Else None."""
    if not problems or not all(key in ("offers", "seeks") and "typed" in params for key, _r, params in problems):
        return None
    return {key: params["typed"] for key, _r, params in problems}


#: what a field not given leaves out of the cleaned values (a known person keeps what they have)
_LEFT_OUT = object()
#: fields whose values repeat down a list (countries, roles, languages, topics, yes/no): each distinct one is
#: cleaned once (`_clean_few`), which halves the validation of a 5,000-row list
_FEW_VALUES = frozenset({"country", "role", "languages", "offers", "seeks", "consent_photo"})


@lru_cache(maxsize=4096)
def _clean_few(key: str, value: str, topics: frozenset[str] | None) -> tuple[Any, Problem | None]:
    """`_clean_field` of a field with few distinct values, remembered."""
    return _clean_field(key, value, topics)


def _clean_field(key: str, value: Any, topics: frozenset[str] | None) -> tuple[Any, Problem | None]:
    """One field's value, stripped and short enough, cleaned: (clean value or `_LEFT_OUT`, None) or (None, problem)."""
    if key == "email":
        if not value:
            return None, None
        normalized = _email(str(value))
        if normalized is None:
            return None, (key, N_("“{value}” is not a valid e-mail address"), {"value": value})
        return normalized, None
    if key == "country":
        if not value:
            return None, None
        code = parse_country(str(value))
        if code is None:
            return None, (key, N_("unknown country “{value}”"), {"value": value})
        return code, None
    if key == "role":
        if not value:
            return _LEFT_OUT, None  # not given: a new person is a participant, a known one keeps their role
        role = parse_role(str(value))
        if role is None:
            return None, (key, N_("unknown role “{value}” (participant, speaker, facilitator, organiser)"),
                          {"value": value})
        return role, None
    if key == "languages":
        codes = []
        for item in parse_codes(str(value or "")):
            code = language_code(item)
            if code is None:
                return None, (key, N_("unknown language “{value}”"), {"value": item})
            codes.append(code)
        return ";".join(dict.fromkeys(codes)), None
    if key in ("offers", "seeks"):
        codes = [c.upper() for c in parse_codes(str(value or ""))]
        typed = ";".join(dict.fromkeys(codes))
        unknown = [c for c in codes if topics is not None and c not in topics]
        if unknown:
            return None, (key, N_("topic code(s) not among the event's topics: {codes}"), {
                "codes": ", ".join(dict.fromkeys(unknown)), "typed": typed})
        return typed, None
    if key == "consent_photo":
        if value is None or value == "":
            return _LEFT_OUT, None  # not given: no consent for a new person, unchanged for a known one
        consent = value if isinstance(value, int) else parse_consent(str(value))
        if consent not in (0, 1):
            return None, (key, N_("“{value}” is neither yes nor no"), {"value": value})
        return consent, None
    return value, None


def problem_text(problem: Problem) -> str:
    """A problem's reason, translated."""
    return _(problem[1]).format(**problem[2])


def _derived(values: dict[str, Any], new: bool = False) -> dict[str, Any]:
    """The stored columns that follow from the fields (matching key, region); all of them for a new person."""
    extra: dict[str, Any] = {}
    if "email" in values or new:
        extra["email_key"] = email_key(values["email"]) if values.get("email") else None
    if "country" in values or new:
        extra["region"] = region_of(values.get("country"))
    return extra


NEW_PERSON_DEFAULTS = {"role": "participant", "consent_photo": 0}


def badge_numbers_in_use(ws: Workspace) -> set[int]:
    """The badge numbers the event's participants hold (a new one must differ from all of them)."""
    return {r[0] for r in ws.conn.execute("SELECT badge_number FROM participants WHERE event_id = ? AND "
                                          "badge_number IS NOT NULL", (ws.event_id,))}


def new_person(values: dict[str, Any], taken: set[int]) -> dict[str, Any]:
    """A cleaned person as stored when first added: defaults, derived columns and a random badge number
    not in `taken` (which it joins)."""
    number = new_number()
    while number in taken:
        number = new_number()
    taken.add(number)
    return _as_stored(values, number)


def people_runs(people: Sequence[dict[str, Any]]) -> list[tuple[int, dict[str, list[Any]]]]:
    """`people` as runs of people with the same fields, (count, {field: the run's values}) each, for `stored_runs`. A
    list's people have the same fields, so they are one run, made without a mapping or a tuple of each person."""
    if not people:
        return []
    shapes = list(map(tuple, people))
    starts = [0] if shapes.count(shapes[0]) == len(shapes) else [
        i for i in range(len(shapes)) if not i or shapes[i] != shapes[i - 1]]
    runs = []
    for start, end in zip(starts, [*starts[1:], len(people)]):
        fields = shapes[start]
        runs.append((end - start, dict(zip(fields, map(list, zip(*map(dict.values, people[start:end])))))
                     if fields else {}))
    return runs


def stored_runs(runs: Sequence[tuple[int, dict[str, list[Any]]]], taken: set[int]) -> list[dict[str, list[Any]]]:
    """`new_person` of each person of `runs` (`people_runs`), column by column, their badge numbers drawn at once
    (`badges.new_numbers`): each run as {stored column: the run's values}, for `records.insert_columns`. A run may
    bring the matching keys of its e-mails (`email_key`) already made."""
    numbers = new_numbers(sum(count for count, _fields in runs), taken)
    stored = []
    start = 0
    for count, fields in runs:
        columns = dict(fields)
        for key, default in NEW_PERSON_DEFAULTS.items():  # a default is never given as None
            values = columns.get(key)
            columns[key] = [default] * count if values is None else [default if v is None else v for v in values] \
                if None in values else values
        if "email_key" not in columns:  # (unless the plan made them)
            email = columns.get("email")
            columns["email_key"] = email_keys(email) if email else [None] * count
        country = columns.get("country")
        regions = {code: region_of(code) for code in set(country)} if country else {}
        columns["region"] = list(map(regions.__getitem__, country)) if country else [region_of(None)] * count
        columns["badge_number"] = numbers[start:start + count]
        start += count
        stored.append(columns)
    return stored


def _as_stored(values: dict[str, Any], number: int) -> dict[str, Any]:
    person = {**NEW_PERSON_DEFAULTS, **values}
    for key, default in NEW_PERSON_DEFAULTS.items():
        if person[key] is None:  # a default is never given as None
            person[key] = default
    person.update(_derived(person, new=True))
    person["badge_number"] = number
    return person


def clean_participant(values: Mapping[str, Any], topics: Collection[str] | None = None) -> dict[str, Any]:
    """A person's fields, cleaned; InvalidValue for the first problem."""
    out, problems = validate_person(values, topics)
    if problems:
        field, reason, params = problems[0]
        raise errors.InvalidValue(field=_(field_label(field)), reason=_(reason).format(**params))
    return out


def field_label(field: str) -> Msg:
    from .mapping import FIELD_LABELS

    return Msg(FIELD_LABELS.get(field, field))


class KnownTopics(frozenset[str]):
    """The event's topic codes, with the topics themselves (`by_code`, labels included) to suggest the closest
    codes for an unknown one."""

    by_code: Mapping[str, Any]

    def __new__(cls, by_code: Mapping[str, Any]) -> KnownTopics:
        known = super().__new__(cls, by_code)
        known.by_code = by_code
        return known


def event_topics(ws: Workspace) -> KnownTopics | None:
    """The event's topic codes, or None when the event has no topics (then any code is accepted)."""
    from ..p2p.topics import event_topics as topics_by_code

    return KnownTopics(topics_by_code(ws)) or None


# -- changing ------------------------------------------------------------------------------


def add_participant(ws: Workspace, values: Mapping[str, Any]) -> Changes:
    """Add one person (a walk-in); InvalidValue when a field is wrong, refused if the e-mail is taken."""
    person = clean_participant(values, event_topics(ws))
    if person.get("email") and find_by_email(ws, person["email"]):
        raise errors.InvalidValue(field=_(field_label("email")),
                                  reason=_("“{value}” is already registered").format(value=person["email"]))
    with ws.operation("participants.add") as op:
        records.insert_entity(op, "participants", new_person(person, badge_numbers_in_use(ws)))
    return op.changes


def add_participants(ws: Workspace, people: Sequence[Mapping[str, Any]], action: str = "participants.add",
                     progress: Progress | None = None) -> Changes:
    """Add several people in one transaction; a progress callback returning False cancels and changes nothing."""
    topics = event_topics(ws)
    cleaned = [clean_participant(p, topics) for p in people]
    total = len(cleaned)
    taken = badge_numbers_in_use(ws)
    with ws.operation(action) as op:
        for done, person in enumerate(cleaned, 1):
            records.insert_entity(op, "participants", new_person(person, taken))
            if progress and (done % _PROGRESS_EVERY == 0 or done == total) and progress(done, total) is False:
                raise errors.Cancelled()
    return op.changes


def update_participant(ws: Workspace, participant_id: str, changes: Mapping[str, Any]) -> Changes:
    """Edit fields of one person; the returned changes hold the previous values (for undo).

    An erased person's record cannot be edited (not even by undoing an earlier edit)."""
    current = records.get(ws, "participants", participant_id)
    if current is None:
        raise errors.InvalidValue(field=_("Participant"), reason=_("this participant no longer exists"))
    if current["erased"]:
        raise errors.InvalidValue(field=_("Participant"), reason=_("this person's data was erased"))
    person = clean_participant({k: current[k] for k in ("given_name", "family_name")} | dict(changes), event_topics(ws))
    person = {k: v for k, v in person.items() if k in changes or k.removesuffix("_text") in changes}
    if person.get("email"):
        other = find_by_email(ws, person["email"])
        if other and other != participant_id:
            raise errors.InvalidValue(field=_(field_label("email")),
                                      reason=_("“{value}” is already registered").format(value=person["email"]))
    with ws.operation("participants.edit") as op:
        previous = records.update_entity(op, "participants", participant_id, {**person, **_derived(person)})
        for derived in ("email_key", "region"):
            previous.pop(derived, None)
    return op.changes


def delete_participants(ws: Workspace, ids: Iterable[str]) -> Changes:
    """Delete people (tombstones: they travel in bundles and can be restored)."""
    with ws.operation("participants.delete") as op:
        for pid in ids:
            records.soft_delete(op, "participants", pid)
    return op.changes


def restore_participants(ws: Workspace, ids: Iterable[str]) -> Changes:
    """Bring back deleted people (undo of a delete)."""
    with ws.operation("participants.restore") as op:
        for pid in ids:
            records.restore(op, "participants", pid)
    return op.changes


def merge_participants(ws: Workspace, kept_id: str, merged_id: str) -> Changes:
    """Merge two records of one person: `kept_id` stays, completed with what only `merged_id` had.

    Empty fields of the kept record take the merged one's values; languages, offers and seeks are
    united; photo consent is never taken from the other record. The merged record becomes a tombstone pointing to the kept one (`merged_into`), so
    everything linked to it (check-ins, ballots…) counts for the kept person; the decision is a fact.
    """
    kept = records.get(ws, "participants", kept_id)
    merged = records.get(ws, "participants", merged_id)
    if kept is None or merged is None or kept_id == merged_id:
        raise errors.InvalidValue(field=_("Participant"), reason=_("choose two different, existing participants"))
    completed: dict[str, Any] = {}
    for key in ("given_name", "family_name", "email", "organisation", "country", "role"):
        if not kept[key] and merged[key]:
            completed[key] = merged[key]
    for key in _CHOICES:
        if not kept[key] and merged[key]:
            completed |= {key: merged[key], f"{key}_text": merged[f"{key}_text"]}
    for key in ("languages", "offers", "seeks"):
        union = ";".join(dict.fromkeys(parse_codes((kept[key] or "") + ";" + (merged[key] or ""))))
        if union != (kept[key] or ""):
            completed[key] = union
    with ws.operation("participants.merge") as op:
        if completed.get("email"):
            records.update_entity(op, "participants", merged_id, {"email": None, "email_key": None})
        if completed:
            records.update_entity(op, "participants", kept_id, {**completed, **_derived(completed)})
        records.update_entity(op, "participants", merged_id, {"merged_into": kept_id})
        records.soft_delete(op, "participants", merged_id)
        records.insert_fact(op, "participant_merges", {"kept_id": kept_id, "merged_id": merged_id})
    log.info("Merged participant %s into %s", merged_id, kept_id)
    return op.changes


def unmerge_participants(ws: Workspace, merge: Changes) -> Changes:
    """Undo a merge (`merge` is what `merge_participants` returned): both records come back whole, as they
    were before it — the merged one undeleted with its e-mail, the kept one without what it was completed
    with; the check-ins, ballots' voter records, ideas and offers linked to each follow them again.

    The merge decision stays in the history (a fact is never taken back); the records' newer versions
    are what travel in bundles and win there."""
    people = Changes(merge.action, deleted={"participants": list(merge.deleted.get("participants", []))},
                     previous={"participants": dict(merge.previous.get("participants", {}))})
    with ws.operation("participants.unmerge") as op:
        records.revert(op, people)
    return op.changes


def erase_participant(ws: Workspace, participant_id: str) -> Changes:
    """Erase a person's personal data (GDPR/LGPD): names, e-mail and organisation are removed for good.

    What remains is anonymous (country, region, role, languages, topics) so that counts stay right; the
    erasure is a recorded fact that travels in bundles and wins over every other version. It cannot be
    undone. Every copy goes too (see `erasure`): the saved P2P plans name the person by id instead of e-mail,
    the search index is rebuilt, and the file is rewritten without free pages and its write-ahead log emptied.
    """
    row = records.get(ws, "participants", participant_id, include_deleted=True)
    if row is None:
        raise errors.InvalidValue(field=_("Participant"), reason=_("this participant no longer exists"))
    with ws.operation("participants.erase") as op:
        erased = same_person(ws, participant_id)  # the records merged into this one hold their data too
        for record_id in erased:
            records.update_entity(op, "participants", record_id, {**ERASED_FIELDS, "erased": 1})
            records.insert_fact(op, "erasures", {"participant_id": record_id})
        scrub_copies(op, erased_ids(ws))
        op.changes.previous.pop("participants", None)  # old values are kept nowhere, not even for undo
        op.changes.previous.pop("p2p_plans", None)
    clear_free_space(ws)
    log.info("Erased the personal data of participant %s (%d records)", participant_id, len(erased))
    return op.changes


# -- finding -------------------------------------------------------------------------------


CLOSE_NAME_SCORE = 90  # rapidfuzz ratio (0–100) from which two names are "very close"


def name_similarity(name_a: str, org_a: str, name_b: str, org_b: str) -> str | None:
    """Why two people may be one (names and organisations already folded), or None.

    `same_name_and_organisation`, `same_name`, or `close_name` (rapidfuzz ratio ≥ 90).
    """
    if not name_a or not name_b:
        return None
    if name_a == name_b:
        return "same_name_and_organisation" if org_a == org_b else "same_name"
    from rapidfuzz import fuzz

    return "close_name" if fuzz.ratio(name_a, name_b) >= CLOSE_NAME_SCORE else None


def similar_people(ws: Workspace, given: str = "", family: str = "", email: str = "",
                   organisation: str = "", limit: int = 5) -> list[dict[str, Any]]:
    """People already registered who may be this one (as a walk-in is typed): same e-mail, or a close name."""
    found: list[dict[str, Any]] = []
    by_email = find_by_email(ws, email) if email.strip() else None
    name, org = fold(display_name({"given_name": given, "family_name": family}, safe=False)), fold(organisation)
    cur = ws.conn.execute("SELECT id, given_name, family_name, organisation, email FROM participants "
                          "WHERE event_id = ? AND deleted = 0 ORDER BY rowid", (ws.event_id,))  # (as they were added)
    for pid, g, f, o, e in cur:
        shown = display_name({"given_name": g, "family_name": f}, safe=False)
        reason = "same_email" if pid == by_email else name_similarity(name, org, fold(shown), fold(o or ""))
        if reason:
            found.append({"id": pid, "name": shown, "organisation": o or "", "email": e or "", "reason": reason})
    order = ["same_email", "same_name_and_organisation", "same_name", "close_name"]
    return sorted(found, key=lambda m: order.index(m["reason"]))[:limit]


SAME_PERSON = records.SAME_PERSON  # the records of one person, as SQL (see `same_person`)


def same_person(ws: Workspace, participant_id: str) -> list[str]:
    """The records of one person: this one and every record merged into it, however many merges ago."""
    return [r[0] for r in ws.conn.execute(f"{SAME_PERSON} SELECT id FROM same", (participant_id,))]


def person_of(ws: Workspace) -> Callable[[str], str]:
    """Each participant record → the person it stands for now: itself, or the record it was merged into
    (following merges of merges). Facts recorded under a merged record count for that person. With
    `same_person` (the other direction), the one place merges are followed."""
    merged = dict(ws.conn.execute("SELECT id, merged_into FROM participants WHERE merged_into IS NOT NULL"))

    def person(pid: str) -> str:
        seen = {pid}
        while pid in merged and merged[pid] not in seen:
            pid = merged[pid]
            seen.add(pid)
        return pid

    return person


def find_by_email(ws: Workspace, email: str) -> str | None:
    """The id of the (not deleted) participant with this e-mail address, if any."""
    row = ws.conn.execute("SELECT id FROM participants WHERE event_id = ? AND deleted = 0 AND email_key = ?",
                          (ws.event_id, email_key(email))).fetchone()
    return row[0] if row else None


def participant_ids(ws: Workspace, search: str = "", *, country: str | None = None, region: str | None = None,
                    role: str | None = None, language: str | None = None,
                    checked_in: bool | None = None, gender: str | None = None,
                    stakeholder: str | None = None) -> list[str]:
    """Ids of the event's participants, by family then given name (`text.name_sort_key`: accents and case
    do not change the order; erased people last), matching `search` and the filters.

    The search is accent- and case-insensitive and matches word starts in names, organisation and
    e-mail ("jose" finds "José", "conceicao" finds "Conceição", "muller" finds "Müller"). A gender or
    stakeholder filter of `vocabulary.NOT_GIVEN` finds those who gave none. Answered from the index a view that
    searches as keys are typed keeps in memory (`search.keep_search_index`), as fast as a key is typed over 50,000
    people; else by one full-text query.
    """
    filters = {"country": country, "region": region, "role": role, "gender": gender, "stakeholder": stakeholder}
    index = None if ws.conn.in_transaction else people_index(ws)  # (a transaction's rows may be rolled back)
    ids = index.ids(search, language=language, **filters) if index is not None else None
    if ids is None:  # no index kept, or a word only the full-text query knows
        ids = ids_by_query(ws, search, language=language, **filters)
    if checked_in is None:
        return ids
    from ..checkin import checked_in_ids  # merges followed to the end, as the check-in counters do

    arrived = checked_in_ids(ws)
    return [pid for pid in ids if (pid in arrived) == checked_in]


ROW_COLUMNS = ("id", *FIELDS, "region", "erased")
PERSON_COLUMNS = (*ROW_COLUMNS, "deleted", "merged_into")


def participant_rows(ws: Workspace, ids: Iterable[str], columns: Sequence[str] = ROW_COLUMNS) -> dict[str, dict[str, Any]]:
    """The given participants' fields (`columns` of `PERSON_COLUMNS`), by id, deleted and merged records too (for
    lazily loaded views, and to tell them apart)."""
    ids = list(ids)
    cols = ", ".join(f'"{c}"' for c in dict.fromkeys(("id", *columns)) if c in PERSON_COLUMNS)
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        cur = ws.conn.execute(f"SELECT {cols} FROM participants WHERE id IN ({marks})", chunk)
        names = [d[0] for d in cur.description]
        for row in cur:
            out[row[0]] = dict(zip(names, row))
    return out


def people(ws: Workspace, columns: Sequence[str] = ROW_COLUMNS, *, deleted: bool = False,
           erased: bool = False) -> list[dict[str, Any]]:
    """The event's people as records ({column: value}, `columns` of `PERSON_COLUMNS`), in id order.

    The one rule for who counts: not deleted, not merged into another record, not erased. A caller that needs
    the others says so: `deleted` adds the deleted and merged records (a saved plan may name them), `erased`
    the people whose data was erased (anonymous: no name, no e-mail). The one read of the participants for the
    pages, the documents and the command line (they run no SQL of their own)."""
    cols = ", ".join(f'"{c}"' for c in dict.fromkeys(("id", *columns)) if c in PERSON_COLUMNS)
    where = ["event_id = ?"]
    if not deleted:
        where.append("deleted = 0 AND merged_into IS NULL")
    if not erased:
        where.append("erased = 0")
    cur = ws.conn.execute(f"SELECT {cols} FROM participants WHERE {' AND '.join(where)} ORDER BY id", (ws.event_id,))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur]


def participant_count(ws: Workspace) -> int:
    """How many people are registered (see `REGISTERED`: erased people are not counted)."""
    return int(ws.conn.execute(f"SELECT count(*) FROM participants WHERE event_id = ? AND {REGISTERED}",
                               (ws.event_id,)).fetchone()[0])


def erased_count(ws: Workspace) -> int:
    """How many people's data was erased (they are listed, unnamed, but not counted as registered)."""
    return int(ws.conn.execute("SELECT count(*) FROM participants WHERE event_id = ? AND deleted = 0 AND erased = 1",
                               (ws.event_id,)).fetchone()[0])


def filter_values(ws: Workspace) -> dict[str, list[str]]:
    """The countries, roles and languages that occur, for the filters of the participants page."""
    def distinct(column: str) -> list[str]:
        sql = f"SELECT DISTINCT {column} FROM participants WHERE event_id = ? AND deleted = 0 AND {column} IS NOT NULL"
        return sorted(r[0] for r in ws.conn.execute(sql, (ws.event_id,)) if r[0])

    languages = sorted({code for value in distinct("languages") for code in value.split(";") if code})
    return {"country": distinct("country"), "role": distinct("role"), "language": languages}


def topic_choices(ws: Workspace) -> list[tuple[str, str]]:
    """The event's P2P topics as (code, label) for a form, named in the app's language as `p2p.topic_labels`
    names them (the one rule for a topic's label), sorted by label (`text.sort_key`)."""
    from ..i18n import get_language
    from ..p2p.topics import topic_labels

    return sorted(topic_labels(ws, get_language()).items(), key=lambda c: (sort_key(c[1]), c[0]))


def set_topics(ws: Workspace, topics: Sequence[Mapping[str, Any]]) -> Changes:
    """Add or update the event's P2P topics: {"code", "labels": {lang: text}} each."""
    existing = {r[0]: r[1] for r in ws.conn.execute("SELECT code, id FROM topics WHERE event_id = ? AND deleted = 0", (ws.event_id,))}
    with ws.operation("topics.set") as op:
        for topic in topics:
            code = str(topic["code"]).strip().upper()
            labels = json.dumps(topic.get("labels", {}), ensure_ascii=False, sort_keys=True)
            if code in existing:
                records.update_entity(op, "topics", existing[code], {"labels": labels})
            else:
                records.insert_entity(op, "topics", {"code": code, "labels": labels})
    return op.changes
