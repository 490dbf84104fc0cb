"""Import of an organisers' list: plan (validate, match, find duplicates), show it, then apply it at once.

`plan_import` changes nothing: it says what the import would add, update (which fields), leave
unchanged, refuse (with row, column and reason) and flag as a duplicate. `apply_import` writes the plan
in one transaction; cancelling through the progress callback leaves nothing behind.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import compress, repeat
from operator import is_, itemgetter, not_
from typing import Any, NamedTuple, cast, overload

from .. import errors, logs, records
from ..i18n import N_, _, ngettext
from ..text import display_name, display_names, email_key, email_keys, fold
from ..workspace import Changes, Workspace
from .mapping import FIELD_LABELS, IGNORE, guess_mapping, remember_mapping, remembered_mapping, split_full_name
from .people import (
    CLOSE_NAME_SCORE,
    SET,
    Outcome,
    PersonCleaner,
    Problem,
    Progress,
    _derived,
    badge_numbers_in_use,
    event_topics,
    field_label,
    people_runs,
    problem_text,
    stored_runs,
    unknown_topics_only,
)
from .tables import Table, encoding_label, read_table

log = logs.logger(__name__)

_PROGRESS_EVERY = 250
#: rows of likely duplicates and of updated fields that `ImportPlan.summary` lists (it counts them all)
SUMMARY_ROWS = 20


class NoNameColumn(errors.EulacError):
    code = "no_name_column"
    message = N_("None of the columns ({columns}) was recognised as the participants' names.")
    hint = N_("Say which column holds them: in the import dialog, or with --map COLUMN=given_name (or full_name).")


class EncodingUncertain(errors.EulacError):
    code = "encoding_uncertain"
    message = N_("The encoding of “{path}” is a guess that could garble the names. Read each way, they are:\n{choices}")
    hint = N_("Import it again with --encoding and the encoding that shows the names right, e.g. --encoding {first}.")

    def as_dict(self) -> dict[str, Any]:
        """The refusal with the likely encodings and their sample names (`encodings`)."""
        return {**super().as_dict(), "encodings": self.params["candidates"]}


def require_certain_encoding(table: Table, path: str | os.PathLike[str]) -> None:
    """Refuse a list whose encoding is a guess that could garble names (the likely encodings with their
    sample names in the refusal); the import dialog asks on the same decision (`Table.encoding_certain`)."""
    if table.encoding_certain:
        return
    from ..text import safe_display

    candidates = [{"encoding": enc, "name": encoding_label(enc), "sample": [safe_display(s) for s in sample]}
                  for enc, sample in table.encoding_alternatives.items()]
    choices = "\n".join(f"  --encoding {c['encoding']} ({c['name']}): " + " | ".join(c["sample"]) for c in candidates)
    raise EncodingUncertain(path=str(path), choices=choices, first=candidates[0]["encoding"], candidates=candidates)


@dataclass
class RowProblem:
    row: int
    column: str
    reason: str
    #: for offers and seeks naming no known topic: the closest known codes of each unknown one
    suggestions: dict[str, list[str]] | None = None
    #: flagged, the row imported all the same (offers or seeks naming no known topic, kept as typed)
    warning: bool = False

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"row": self.row, "column": self.column, "reason": self.reason}
        if self.suggestions:
            found["suggestions"] = self.suggestions
        if self.warning:
            found["warning"] = True
        return found


#: The reason of a row imported with offers or seeks that name no known topic (`problem`: which codes, and the closest).
KEPT_AS_TYPED = N_("{problem}; imported as typed")


def column_keys(header: list[str]) -> list[str]:
    """The JSON mapping's key of each column: its header, or "HEADER (column N)" for a header seen before or empty, so
    that a list with two "email" columns does not say the e-mail column is ignored (the second one's "" overwrote it)."""
    seen: set[str] = set()
    keys = []
    for number, name in enumerate(header, 1):
        keys.append(name if name and name not in seen else f"{name} (column {number})".lstrip())
        seen.add(name)
    return keys


class _Block(NamedTuple):
    """Rows of `AddedPeople`: the list's row numbers, and either the columns of values of `fields` (`people` None) or
    the people made one by one."""

    rows: list[int]
    fields: tuple[str, ...]
    columns: list[list[Any]]
    people: list[dict[str, Any]] | None
    #: the matching key of each e-mail of a block of columns, when the plan made them (`_new_keys`)
    email_keys: list[str] | None = None


class AddedPeople(Sequence[tuple[int, dict[str, Any]]]):
    """The new people of a plan, (row, cleaned values) each, in the list's order, kept as the plan makes them: chunks
    of rows as columns of values (the usual list: each row's mapping is made only when it is read, and storing them
    reads the columns, `runs`), and rows made one by one."""

    def __init__(self) -> None:
        self._blocks: list[_Block] = []
        self._ends: list[int] = []  # where each block ends (the count of rows up to its end)

    def append(self, row: int, person: dict[str, Any]) -> None:
        """One more person, made on its own."""
        people = self._blocks[-1].people if self._blocks else None
        if people is None:
            people = []
            self._blocks.append(_Block([], (), [], people))
            self._ends.append(len(self))
        self._blocks[-1].rows.append(row)
        people.append(person)
        self._ends[-1] += 1

    def extend(self, rows: Sequence[int], chunk: _Cleaned, email_keys: list[str] | None = None) -> None:
        """The rows of a chunk (`_cleaned`), with their row numbers: kept as its columns when every row is in them,
        with the matching keys of their e-mails when they were made (for storing them)."""
        if chunk.odd or not chunk.keys:
            for row, person in zip(rows, chunk.rows()):
                self.append(row, person)
        elif chunk.count:
            self._blocks.append(_Block(list(rows), tuple(chunk.keys), chunk.values, None, email_keys))
            self._ends.append(len(self) + chunk.count)

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    @overload
    def __getitem__(self, index: int) -> tuple[int, dict[str, Any]]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, dict[str, Any]]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, dict[str, Any]] | list[tuple[int, dict[str, Any]]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("no such added person")
        number = bisect.bisect_right(self._ends, index)
        block = self._blocks[number]
        at = index - (self._ends[number - 1] if number else 0)
        if block.people is not None:
            return block.rows[at], block.people[at]
        return block.rows[at], dict(zip(block.fields, [column[at] for column in block.columns]))

    def __iter__(self) -> Iterator[tuple[int, dict[str, Any]]]:
        for block in self._blocks:
            if block.people is not None:
                yield from zip(block.rows, block.people)
            else:
                yield from zip(block.rows, map(dict, map(zip, repeat(block.fields), zip(*block.columns))))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and not isinstance(other, str) and list(self) == list(other)

    def rows(self) -> list[int]:
        """The row number of each new person."""
        return [row for block in self._blocks for row in block.rows]

    def column(self, key: str) -> list[Any]:
        """The value of the field `key` of each new person (None when not given)."""
        values: list[Any] = []
        for block in self._blocks:
            if block.people is not None:
                values += [person.get(key) for person in block.people]
            else:
                values += block.columns[block.fields.index(key)] if key in block.fields else [None] * len(block.rows)
        return values

    def runs(self, start: int, stop: int) -> list[tuple[int, dict[str, list[Any]]]]:
        """The new people from `start` to `stop` (places in this sequence) as runs of people with the same fields:
        (count, {field: the run's values}) each, for `people.stored_runs`; with the matching keys of their e-mails
        (`email_key`) when the plan made them."""
        runs: list[tuple[int, dict[str, list[Any]]]] = []
        begin = 0
        for block, end in zip(self._blocks, self._ends):
            first, last = max(start, begin) - begin, min(stop, end) - begin
            begin = end
            if first >= last:
                continue
            if block.people is not None:
                runs += people_runs(block.people[first:last])
            else:
                fields = {key: column[first:last] for key, column in zip(block.fields, block.columns)}
                if block.email_keys is not None:
                    fields["email_key"] = block.email_keys[first:last]
                runs.append((last - first, fields))
        return runs


@dataclass
class ImportPlan:
    """What an import would do. Row numbers are the list's own (the header is row 1 in a spreadsheet)."""

    table: Table
    mapping: list[str]
    added: AddedPeople = field(default_factory=AddedPeople)
    updated: list[tuple[int, str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)  # row, id, new, old
    unchanged: list[int] = field(default_factory=list)
    invalid: list[int] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)  # same e-mail as an earlier row
    #: flagged for review, imported (a list, or `LikelyDuplicates`: entries made as they are read)
    likely_duplicates: Sequence[dict[str, Any]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    kept: list[int] = field(default_factory=list)  # rows of updates left out on purpose: their people keep their record
    #: the current name and e-mail of each person an update concerns, by id (to name them in a preview)
    current: dict[str, dict[str, Any]] = field(default_factory=dict)

    def summary(self, limit: int | None = SUMMARY_ROWS) -> dict[str, Any]:
        """The command line's JSON: counts, problems and what was detected. The likely duplicates and the fields
        each update changes are listed for the first `limit` rows only (all with None), so the report of a
        50,000-row list stays small; `likely_duplicates_total` counts them all (`details` lists every row)."""
        likely = list(self.likely_duplicates) if limit is None else list(self.likely_duplicates[:limit])
        updated = self.updated if limit is None else self.updated[:limit]
        return {
            "rows": len(self.table.rows), "added": len(self.added), "updated": len(self.updated),
            "unchanged": len(self.unchanged), "duplicates": len(self.duplicates), "invalid": len(self.invalid),
            "kept": len(self.kept), "problems": [p.as_dict() for p in self.problems],
            "likely_duplicates": likely, "likely_duplicates_total": len(self.likely_duplicates),
            "updated_fields": {str(row): sorted(new) for row, _id, new, _old in updated},
            "encoding": self.table.encoding, "separator": self.table.separator, "sheet": self.table.sheet,
            "mapping": dict(zip(column_keys(self.table.header), self.mapping)),
        }

    def keeping(self, rows: Iterable[int]) -> ImportPlan:
        """This plan with the updates of `rows` (the list's row numbers) left out, counted as `kept`: their people
        keep their current record. A row that updates nobody is refused: a mistyped number would otherwise update
        the very person meant to be kept."""
        wanted = set(rows)
        unknown = sorted(wanted - {row for row, *_rest in self.updated})
        if unknown:
            raise errors.InvalidValue(field=N_("Row"), reason=ngettext(
                "row {rows} updates nobody: keep only rows the import would update",
                "rows {rows} update nobody: keep only rows the import would update", len(unknown)).format(
                rows=", ".join(map(str, unknown))))
        return replace(self, updated=[u for u in self.updated if u[0] not in wanted],
                                   kept=sorted(wanted | set(self.kept)))

    def details(self) -> dict[str, Iterator[dict[str, Any]]]:
        """Every row the import adds, updates and flags, one dict each, made as they are read (streamed)."""
        return {
            "added": ({"row": row, **person} for row, person in self.added),
            "updated": ({"row": row, "id": pid, "fields": sorted(new), "new": new, "old": old}
                        for row, pid, new, old in self.updated),
            "likely_duplicates": iter(self.likely_duplicates),
        }


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for the work on a list: a 50,000-row list makes hundreds of thousands
    of dicts and lists that live until the import ends, which the collector would walk again and again (a
    third of the time of the import); nothing made here forms cycles that reference counting would not free."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def mapping_for(table: Table) -> list[str]:
    """The mapping remembered for these headers, else the one recognised from them."""
    return remembered_mapping(table.header) or guess_mapping(table.header)


def row_values(table: Table, mapping: list[str], cells: list[str]) -> dict[str, str]:
    """One row's raw values by field (a full name split into given and family name)."""
    values: dict[str, str] = {}
    for index, target in enumerate(mapping):
        if target == IGNORE:
            continue
        cell = cells[index] if index < len(cells) else ""
        if target == "full_name":
            given, family = split_full_name(cell)
            values.setdefault("given_name", given)
            values.setdefault("family_name", family)
        else:
            values[target] = cell
    return values


def _sources(mapping: list[str]) -> dict[str, tuple[int, int | None]]:
    """Where each field of `row_values` comes from, in its order: (column, None for the whole cell or 0/1 for
    the given/family part of a full name)."""
    sources: dict[str, tuple[int, int | None]] = {}
    for index, target in enumerate(mapping):
        if target == IGNORE:
            continue
        if target == "full_name":
            sources.setdefault("given_name", (index, 0))
            sources.setdefault("family_name", (index, 1))
        else:
            sources[target] = (index, None)
    return sources


#: rows whose fields are cleaned together, column by column, between two looks at the progress callback
_CHUNK = 4 * _PROGRESS_EVERY
_NAMES = ("given_name", "family_name")


def _cells(rows: list[list[str]], sources: dict[str, tuple[int, int | None]]) -> list[Sequence[str]]:
    """The cells of each field of `sources` (in its order), one sequence of the rows' each: the fields of
    `row_values` (a missing cell is empty, a full name split into its given and family name)."""
    if not rows or not sources:
        return [[] for _ in sources]
    width = 1 + max(index for index, _part in sources.values())
    if min(map(len, rows)) < width:  # ragged rows: the missing cells are empty
        rows = [cells if len(cells) >= width else cells + [""] * (width - len(cells)) for cells in rows]
    cells_of = list(zip(*rows))
    columns: list[Sequence[str]] = []
    split: dict[int, list[tuple[str, str]]] = {}
    for index, part in sources.values():
        cells: Sequence[str] = cells_of[index]
        if part is not None:
            if index not in split:
                split[index] = [split_full_name(cell) for cell in cells]
            cells = list(map(itemgetter(part), split[index]))
        columns.append(cells)
    return columns


@dataclass
class _Cleaned:
    """A chunk of rows cleaned (`_cleaned`): each field's column of the rows' values, the rows that `assemble` made
    (by their index in the chunk), the problems of those that have some, each row's cleaned e-mail (None without an
    e-mail column)."""

    count: int
    keys: list[str]
    values: list[list[Any]]
    odd: dict[int, dict[str, Any]]
    problems: dict[int, list[Problem]]
    emails: list[str | None] | None

    def rows(self) -> list[dict[str, Any]]:
        """Each row's cleaned values: made at once from the columns of values, except the rows `assemble` made."""
        cleans: list[dict[str, Any]] = list(map(dict, map(zip, repeat(self.keys), zip(*self.values)))) if self.keys \
            else [{} for _ in range(self.count)]
        for index, clean in self.odd.items():
            cleans[index] = clean
        return cleans


def _cleaned(rows: list[list[str]], sources: dict[str, tuple[int, int | None]], cleaner: PersonCleaner,
             named: bool) -> _Cleaned:
    """Each row's cleaned values and the problems of the rows that have some, as `PersonCleaner.assemble` makes them
    from the outcomes (`PersonCleaner.outcome`) of its fields: an empty cell left out (it never erases what is stored),
    except names (they are checked). A row whose every field takes a value as it is (the usual case: no problem, no
    empty cell, no choice to describe, a name) is kept in the columns of values (a column whose cells all take one
    found without an outcome per cell: `PersonCleaner.values`); `assemble` makes the others."""
    keys = list(sources)
    everyone = range(len(rows))
    values: list[list[Any]] = []
    outcomes: dict[int, list[Outcome]] = {}  # of the columns where some cell is not simply a value
    odd: set[int] = set()
    for number, (key, cells) in enumerate(zip(keys, _cells(rows, sources))):
        found = cleaner.values(key, cells, blank_left_out=key not in _NAMES)
        if found is None:
            column = outcomes[number] = cleaner.column(key, cells, blank_left_out=key not in _NAMES)
            found = list(map(_VALUE, column))
            odd.update(compress(everyone, map(_KIND, column)))  # (SET is 0)
        values.append(found)
    names = [values[keys.index(key)] for key in _NAMES if key in sources]
    if named and names and not any(map(all, names)):  # a row without a given or a family name is refused: `assemble`
        odd.update(compress(everyone, map(not_, map(any, zip(*names)))))  # says so (none when a column has each)
    roles = values[keys.index("role")] if "role" in sources else ()
    if None in roles:  # a role given as None is no role (`assemble`)
        odd.update(compress(everyone, map(is_, roles, repeat(None))))
    made: dict[int, dict[str, Any]] = {}
    problems: dict[int, list[Problem]] = {}
    for index in odd:
        fields = [outcomes[number][index] if number in outcomes else (SET, values[number][index], None)
                  for number in range(len(keys))]
        made[index], found_problems = cleaner.assemble(zip(keys, fields), named)
        if found_problems:
            problems[index] = found_problems
    emails: list[str | None] | None = list(values[keys.index("email")]) if "email" in sources else None
    if emails is not None:
        for index in odd:
            emails[index] = made[index].get("email")
    return _Cleaned(len(rows), keys, values, made, problems, emails)


def _new_keys(emails: list[str | None], first_row_of: dict[str, int], existing: dict[str, Any]) -> list[str] | None:
    """The e-mail keys of rows that each have an address found nowhere else (not twice among them, not in an earlier
    row of the list, not among the registered people): they are all added. Else None."""
    if None in emails:
        return None
    keys = cast(list[str], email_keys(emails))
    if len(set(keys)) < len(keys) or not first_row_of.keys().isdisjoint(keys) or not existing.keys().isdisjoint(keys):
        return None
    return keys


def _progress_through(progress: Progress | None, done: int, last: int, total: int) -> None:
    """Tell `progress` each multiple of `_PROGRESS_EVERY` after `done` up to `last` (rows planned), as the plan's
    loop does row by row; Cancelled when it says to stop."""
    if progress:
        for count in range(done - done % _PROGRESS_EVERY + _PROGRESS_EVERY, last + 1, _PROGRESS_EVERY):
            if progress(count, total) is False:
                raise errors.Cancelled()


_KIND, _VALUE = itemgetter(0), itemgetter(1)


@_cycle_collector_paused()
def plan_import(ws: Workspace, table: Table, mapping: list[str], progress: Progress | None = None) -> ImportPlan:
    """Work out what importing `table` with `mapping` would change; changes nothing.

    Each row is checked as `validate_person` checks one person, the values of a column cleaned together
    (`PersonCleaner`: each distinct one once)."""
    if len(mapping) != len(table.header):
        raise ValueError("one mapping entry per column")
    if not any(m in ("given_name", "family_name", "full_name") for m in mapping):
        raise NoNameColumn(columns=", ".join(f"“{h}”" for h in table.header))
    plan = ImportPlan(table, list(mapping))
    codes = event_topics(ws)
    cleaner = PersonCleaner(None if codes is None else frozenset(codes))
    existing = _existing_by_email(ws)
    first_row_of: dict[str, int] = {}
    header_of = {target: table.header[i] for i, target in enumerate(mapping) if target}
    sources = _sources(mapping)
    named = "given_name" in sources or "family_name" in sources
    total = len(table.rows)
    for start in range(0, total, _CHUNK):
        chunk = _cleaned(table.rows[start:start + _CHUNK], sources, cleaner, named)
        wrong, emails = chunk.problems, chunk.emails
        lines = table.line_numbers[start:start + _CHUNK]
        keys = None if wrong or emails is None else _new_keys(emails, first_row_of, existing)
        if not wrong and (emails is None or keys is not None):
            _progress_through(progress, start, start + chunk.count, total)  # the usual chunk: every row is new
            if keys is not None:
                first_row_of.update(zip(keys, lines))
            plan.added.extend(lines, chunk, keys)
            continue
        cleans = chunk.rows()
        for done, (clean, row) in enumerate(zip(cleans, lines), start + 1):
            if progress and done % _PROGRESS_EVERY == 0 and progress(done, total) is False:
                raise errors.Cancelled()
            problems = wrong.get(done - start - 1) if wrong else None
            typed = unknown_topics_only(problems) if problems else None
            flags = [RowProblem(row, header_of.get(target) or header_of.get("full_name") or _(field_label(target)),
                                problem_text((target, reason, params)), params.get("suggestions"))
                     for target, reason, params in problems or ()]
            if flags and typed is None:
                plan.invalid.append(row)
                plan.problems += flags
                continue
            email = clean.get("email")
            key = email_key(email) if email else None
            if key and key in first_row_of:
                plan.duplicates.append({"row": row, "email": email, "first_row": first_row_of[key]})
                continue
            if typed is not None:  # imported with the codes as typed, and flagged
                clean.update(typed)
                plan.problems += [RowProblem(flag.row, flag.column, _(KEPT_AS_TYPED).format(problem=flag.reason),
                                             flag.suggestions, warning=True) for flag in flags]
            if key:
                first_row_of[key] = row
            if key and key in existing:
                current = existing[key]
                new = {k: v for k, v in clean.items() if v not in (None, "") and current.get(k) != v
                       and not (k == "email" and email_key(v) == current["email_key"])}  # a case change is no update
                if new:
                    plan.updated.append((row, current["id"], new, {k: current.get(k) for k in new}))
                    plan.current[current["id"]] = {k: current.get(k) for k in ("given_name", "family_name", "email")}
                else:
                    plan.unchanged.append(row)
            else:
                plan.added.append(row, clean)
    plan.likely_duplicates = _likely_duplicates(ws, plan)
    if progress and progress(total, total) is False:
        raise errors.Cancelled()
    log.info("Import planned: %d rows, %d to add, %d to update, %d unchanged, %d invalid, %d duplicate e-mails, "
             "%d likely duplicates", total, len(plan.added), len(plan.updated), len(plan.unchanged),
             len(plan.invalid), len(plan.duplicates), len(plan.likely_duplicates))
    return plan


@_cycle_collector_paused()
def apply_import(ws: Workspace, plan: ImportPlan, progress: Progress | None = None,
                 action: str = "participants.import", keep: Iterable[int] = ()) -> Changes:
    """Write a plan in one transaction; a progress callback returning False cancels and changes nothing.

    `keep`: rows of `plan.updated` (the list's row numbers) whose person keeps the current record: not updated."""
    kept = set(keep)
    updated = [update for update in plan.updated if update[0] not in kept]
    total = len(plan.added) + len(updated)
    taken = badge_numbers_in_use(ws)
    with ws.checkpoint_afterwards(), ws.operation(action) as op:  # the commit returns before the copy into the file
        with records.search_index_at_end(op, "participants"):
            for start in range(0, len(plan.added), _PROGRESS_EVERY):
                done = min(start + _PROGRESS_EVERY, len(plan.added))
                for columns in stored_runs(plan.added.runs(start, done), taken):
                    records.insert_columns(op, "participants", columns)
                if progress and done % _PROGRESS_EVERY == 0 and progress(done, total) is False:
                    raise errors.Cancelled()
        for done, (_row, pid, new, _old) in enumerate(updated, len(plan.added) + 1):
            records.update_entity(op, "participants", pid, {**new, **_derived(new)})
            if progress and done % _PROGRESS_EVERY == 0 and progress(done, total) is False:
                raise errors.Cancelled()
        if progress and progress(total, total) is False:  # the last chance to cancel, before the commit
            raise errors.Cancelled()
    log.info("Imported: %d added, %d updated, %d kept as they were", len(plan.added), len(updated), len(kept))
    with contextlib.suppress(OSError):  # a convenience for next time: the import itself is done
        remember_mapping(plan.table.header, plan.mapping)
    return op.changes


def import_file(ws: Workspace, path: str | os.PathLike[str], *, sheet: str | None = None,
                overrides: dict[str, str] | None = None, dry_run: bool = False,
                progress: Progress | None = None, keep: Iterable[int] = (),
                encoding: str | None = None) -> tuple[ImportPlan, Changes | None]:
    """Read, plan and (unless `dry_run`) apply the import of a list; `overrides` maps column → field;
    the people of the rows in `keep` keep their current record (see `apply_import`)."""
    table = read_table(path, sheet=sheet, encoding=encoding)
    log.info("Reading %s (%s, %d rows)", os.path.basename(path), table.encoding or table.sheet or "?", len(table.rows))
    plan = plan_table(ws, table, overrides, progress)
    return plan, None if dry_run else apply_import(ws, plan, progress, keep=keep)


def plan_table(ws: Workspace, table: Table, overrides: dict[str, str] | None = None,
               progress: Progress | None = None) -> ImportPlan:
    """Plan the import of a list already read, with the columns in `overrides` (column → field) set by hand."""
    mapping = mapping_for(table)
    for column, target in (overrides or {}).items():
        if target not in FIELD_LABELS and target not in ("", "ignore"):
            raise errors.InvalidValue(field=column, reason=_("unknown field “{value}” (one of {known})").format(
                value=target, known=", ".join(FIELD_LABELS)))
        index = _column_index(table, column)
        mapping = [IGNORE if m == target else m for m in mapping]
        mapping[index] = "" if target == "ignore" else target
    return plan_import(ws, table, mapping, progress)


def registration_state(ws: Workspace) -> tuple[object, ...]:
    """A fingerprint of the event's participants: a plan made while it stays the same is still right."""
    return tuple(ws.conn.execute("SELECT count(*), max(updated_at) FROM participants WHERE event_id = ?",
                                 (ws.event_id,)).fetchone())


def _column_index(table: Table, column: str) -> int:
    folded = [fold(h) for h in table.header]
    if fold(column) in folded:
        return folded.index(fold(column))
    if column.isdigit() and 1 <= int(column) <= len(table.header):
        return int(column) - 1
    raise errors.InvalidValue(field=column, reason=_("no such column (the columns are: {known})").format(
        known=", ".join(table.header)))


def _existing_by_email(ws: Workspace) -> dict[str, dict[str, Any]]:
    cur = ws.conn.execute("SELECT * FROM participants WHERE event_id = ? AND deleted = 0 AND email_key IS NOT NULL",
                          (ws.event_id,))
    names = [d[0] for d in cur.description]
    return {row["email_key"]: row for row in (dict(zip(names, r)) for r in cur)}


#: the matches each likely duplicate lists at most (the earliest); `more` counts the others
MAX_MATCHES = 5


def _likely_duplicates(ws: Workspace, plan: ImportPlan) -> LikelyDuplicates:
    """New people who may be someone already there or earlier in the list (flagged, never merged).

    Reasons as `people.name_similarity` gives them. People with the same folded name are one group, and the
    distinct names are compared within blocks of the same first two letters of the first and last words, so
    a list of thousands stays fast; each flagged row lists its `MAX_MATCHES` earliest matches (people
    already in the event first) and counts the others in `more`, so a list of namesakes stays linear.
    Which rows are flagged is found here, column by column; each one's entry is made when first read
    (`LikelyDuplicates`).
    """
    people = _Members()
    for pid, given, family, org in ws.conn.execute(
            "SELECT id, given_name, family_name, organisation FROM participants WHERE event_id = ? AND deleted = 0 "
            "ORDER BY rowid", (ws.event_id,)):  # (in the order they were added, whichever index finds them)
        people.add(-1, pid, display_name({"given_name": given, "family_name": family}, safe=False), org)
    first_added = len(people.orders)
    added = plan.added
    shown = display_names(added.column("given_name"), added.column("family_name"))
    folded_of = {name: fold(name) for name in set(shown)}  # lists repeat names: each is folded once
    rows = added.rows()
    people.orders += rows
    people.refs += rows
    people.shown += shown
    people.names += map(folded_of.__getitem__, shown)
    organisations = [organisation or "" for organisation in added.column("organisation")]
    people.orgs += map({org: fold(org) for org in set(organisations)}.__getitem__, organisations)
    groups, positions = people.groups, people.positions
    for index, name in enumerate(people.names):  # the members of each name, in order (the registered first)
        group = groups.get(name)
        if group is None:
            groups[name] = [index]
            positions.append(0)
        else:
            positions.append(len(group))
            group.append(index)
    groups.pop("", None)  # a person without a name is like nobody
    blocks: dict[str, list[str]] = {}
    for name in groups:
        words = name.split()
        blocks.setdefault(f"{words[0][:2]} {words[-1][:2]}", []).append(name)
    close = people.close
    for names in blocks.values():
        for i, j in _close_pairs(names) if len(names) > 1 else ():  # (a name alone in its block has no close one)
            close.setdefault(names[i], []).append(names[j])
            close.setdefault(names[j], []).append(names[i])
    # flagged: a new person with someone of the same name before them, or someone of a close name before them
    flagged = {index for index in compress(range(first_added, len(positions)), positions[first_added:])
               if people.names[index]}
    orders = people.orders
    for name, others in close.items():
        firsts = [orders[groups[other][0]] for other in others]
        flagged.update(index for index in groups[name] if orders[index] >= 0 and any(o < orders[index] for o in firsts))
    return LikelyDuplicates(sorted(flagged), people)  # members are in list order: sorted by row


class _Members:
    """The people `_likely_duplicates` compares, column by column (one index each): the registered people (order
    -1, referred to by id), then the new rows (order and reference: the row); their names as shown and folded,
    their folded organisations; each folded name's members in order (`groups`) and each one's place there
    (`positions`); the names close to each name (`close`)."""

    def __init__(self) -> None:
        self.orders: list[int] = []
        self.refs: list[str | int] = []
        self.shown: list[str] = []
        self.names: list[str] = []
        self.orgs: list[str] = []
        self.groups: dict[str, list[int]] = {}
        self.positions: list[int] = []
        self.close: dict[str, list[str]] = {}

    def add(self, order: int, ref: str | int, shown: str, organisation: str | None) -> None:
        """One more person (before `groups` are made)."""
        self.orders.append(order)
        self.refs.append(ref)
        self.shown.append(shown)
        self.names.append(fold(shown))
        self.orgs.append(fold(organisation or ""))


class LikelyDuplicates(Sequence[dict[str, Any]]):
    """The likely duplicates of a plan, by row: which rows are flagged is known at once (`len` counts them); each
    one's entry, {"row", "name", "matches", "more" when there are more than `MAX_MATCHES`}, is made the first time
    it is read, so a plan of thousands of flagged rows costs only what its report and its preview show of them."""

    def __init__(self, flagged: list[int], people: _Members):
        self._flagged = flagged
        self._people = people
        self._entries: list[dict[str, Any] | None] = [None] * len(flagged)

    def __len__(self) -> int:
        return len(self._flagged)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        entry = self._entries[index]
        if entry is None:
            entry = self._entries[index] = self._entry(self._flagged[index])
        return entry

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and not isinstance(other, str) and list(self) == list(other)

    def _entry(self, index: int) -> dict[str, Any]:
        """The entry of the flagged person `index` (of `_Members`)."""
        people = self._people
        orders, orgs, name, position = people.orders, people.orgs, people.names[index], people.positions[index]
        members = people.groups[name]
        candidates = [(member, "same_name_and_organisation" if orgs[member] == orgs[index] else "same_name")
                      for member in members[:min(position, MAX_MATCHES)]]
        count = position
        for other in people.close.get(name, ()):
            group = people.groups[other]
            earlier = bisect.bisect_left(group, orders[index], key=orders.__getitem__)  # groups are in list order
            count += earlier
            candidates += [(member, "close_name") for member in group[:min(earlier, MAX_MATCHES)]]
        if len(candidates) > 1:  # the registered people first, by name, then the rows in order
            candidates.sort(key=lambda c: (max(orders[c[0]], 0), people.shown[c[0]]))
        matches = [{"participant_id" if orders[m] < 0 else "row": people.refs[m], "name": people.shown[m],
                    "reason": reason} for m, reason in candidates[:MAX_MATCHES]]
        entry: dict[str, Any] = {"row": orders[index], "name": people.shown[index], "matches": matches}
        if count > MAX_MATCHES:
            entry["more"] = count - MAX_MATCHES
        return entry


def _close_pairs(names: list[str]) -> list[tuple[int, int]]:
    """Pairs (i < j) of names that are equal or very close; rapidfuzz compares one name with all the
    later ones in C, so a block of thousands of similar names ("Participant 1", "Participant 2"…) stays fast."""
    from rapidfuzz import fuzz, process

    pairs: list[tuple[int, int]] = []
    if len(names) <= 40:  # most blocks: a plain loop costs less than setting up rapidfuzz's batch calls
        return [(i, j) for i in range(len(names)) for j in range(i + 1, len(names))
                if names[i] == names[j] or fuzz.ratio(names[i], names[j]) >= CLOSE_NAME_SCORE]
    for i, name in enumerate(names[:-1]):
        later = names[i + 1:]
        pairs += [(i, i + 1 + j) for _choice, _score, j in
                  process.extract(name, later, scorer=fuzz.ratio, score_cutoff=CLOSE_NAME_SCORE, limit=None)]
    return pairs
