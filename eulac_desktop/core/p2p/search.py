"""Improving a plan until the time limit, in two steps.

Fast moves first: a person with an unmet seek moved or swapped to a table on that topic (or their table's topic
changed; when no table of the round is on it, to the table of someone who offers it, turned to it), a person who
needs an interpreter swapped towards people who speak their language (or their table made a table of that
language), random swaps; a move is kept when the plan gets better. A seek move that costs
someone else their seek is followed by one that gives it back to them in another round (a chain over two rounds).
The fast moves end with every seek move tried in turn rather than sampled, including another table turned to the
sought topic (`_polish`), so that none left would gain.

A room whose rounds have at most `WHOLE_ROUND` tables skips them: each round is planned whole, exactly, until
none gains, and the search ends then, before its time limit.

Then large-neighbourhood search: a few tables of one round are planned again exactly with OR-Tools CP-SAT (who
sits where, each table's topic and working language, which tables are open), everything else fixed, and the new
seating is kept when it is better. This reaches what single moves cannot (several people changing tables at
once), and repairs a re-planned round (`only`) while leaving the rest of the plan as it was.

Rounds are linked through who met whom and which seeks the other rounds already satisfied, so the search plans
all rounds together rather than one after the other.
"""

from __future__ import annotations

import functools
import math
import random
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import errors
from .solver import cp_model as load_cp_model

# The goals' order, as weights large enough that no amount of a later goal within a neighbourhood (at most a few
# dozen people) outweighs one unit of an earlier one.
W_FAIR = 1  # a first satisfied seek for someone with none
W_SPARE = 64  # a table at its minimum size, which a no-show breaks (as much as a country less)
W_COUNTRY = 64  # one more country at a table
W_SEEK = 64 * W_COUNTRY  # a satisfied seek
W_INTERPRETED = 64 * W_SEEK  # a seat that needs an interpreter
W_UNBRIDGED = 64 * W_INTERPRETED  # a member nobody at the table can interpret for
W_MIX = 64 * W_UNBRIDGED  # a table without both EU and LAC: a rule, kept wherever the room has people enough (a
# cost of each unmixed table, never a gain of each mixed one: that would pay for opening tables)
W_AGAIN = 64 * W_MIX  # two people who meet a second time
W_BROKEN = 64 * W_AGAIN  # a table out of size or with nobody offering its topic (only when starting from a plan), or
# with two records likely of one person (`apart`)
W_KEEP = 2 * W_INTERPRETED  # a re-planned table whose people stay together (they know where to go)

SOLVE_LIMIT = 0.1  # seconds for one neighbourhood: many small steps do better than a few long ones
T_START, T_END = W_SEEK / 2, W_SEEK / 50  # annealing temperatures of the fast moves: a seek lost is kept now and then, early
FAST_SHARE = 0.9  # of the time for fast moves; the rest for exact neighbourhoods
WHOLE_ROUND = 4  # tables: a round with no more is planned whole, exactly (a first neighbourhood has 5, a free one among them)


class Round:
    """One round's tables: their members and topics (an empty table is a free slot)."""

    def __init__(self) -> None:
        self.tables: list[list[str]] = []
        self.topics: list[str | None] = []
        self.numbers: list[int] = []  # table numbers, when they come from a previous plan


@dataclass
class _Context:
    """What a neighbourhood of round r sees of the other rounds."""

    people: dict[str, Any]
    rounds: Sequence[Round]
    seat: list[dict[str, int]]  # per round: person → table index
    min_size: int
    max_size: int
    speakers: dict[str, set[str]] = field(default_factory=dict)
    language: dict[tuple[int, int], tuple[int, int, str | None]] = field(default_factory=dict)  # language_cost by table
    # per person, what a table's worth needs: (offers, number of seeks, region, country, language mask)
    traits: dict[str, tuple[frozenset[str], int, str, str, int]] = field(default_factory=dict)
    apart: dict[str, set[str]] = field(default_factory=dict)  # records likely of one person: never at one table
    mixing: bool = False  # the room has people of both Europe and Latin America and the Caribbean
    offerers: dict[str, list[str]] = field(default_factory=dict)  # topic → who offers it (filled by `improve`)

    def __post_init__(self) -> None:
        self.traits = {pid: (p.offers, len(p.seeks), p.region, p.country, _mask(p.languages))
                       for pid, p in self.people.items()}
        regions = {p.region for p in self.people.values()}
        self.mixing = "EU" in regions and "LAC" in regions

    def met_other(self, pid: str, r: int) -> set[str]:
        out: set[str] = set()
        for s, layout in enumerate(self.rounds):
            if s != r and pid in self.seat[s]:
                out.update(layout.tables[self.seat[s][pid]])
        out.discard(pid)
        return out

    def satisfied_other(self, pid: str, r: int) -> set[str]:
        seeks = self.people[pid].seeks
        return {topic for s, layout in enumerate(self.rounds) if s != r and pid in self.seat[s]
                for topic in [layout.topics[self.seat[s][pid]]] if topic is not None and topic in seeks}

    def unmet(self, pid: str) -> set[str]:
        return set(self.people[pid].seeks) - {self.rounds[s].topics[self.seat[s][pid]]
                                              for s in range(len(self.rounds)) if pid in self.seat[s]}


_BITS: dict[str, int] = {}  # language code → its bit in a person's language mask


@functools.lru_cache(maxsize=4096)
def _mask(languages: tuple[str, ...]) -> int:
    mask = 0
    for lang in languages:
        mask |= _BITS.setdefault(lang, 1 << len(_BITS))
    return mask


def language_cost(people: dict[str, Any], members: Sequence[str]) -> tuple[int, int, str | None]:
    """(unbridged, interpreted, language) for the working language that leaves fewest members unbridged, then
    fewest interpreted; ties go to the most spoken language, then the first in alphabetical order."""
    if not members:
        return 0, 0, None
    masks = tuple(sorted(_mask(people[pid].languages) for pid in members))
    known = _COSTS.get(masks)
    if known is None:
        if len(_COSTS) > 200_000:
            _COSTS.clear()
        known = _COSTS[masks] = _language_cost(masks)
    return known


_COSTS: dict[tuple[int, ...], tuple[int, int, str | None]] = {}  # by the members' language masks: it depends on nothing else


def _language_cost(masks: tuple[int, ...]) -> tuple[int, int, str]:
    spoken = 0
    for m in masks:
        spoken |= m
    best: tuple[int, int, int, str] | None = None
    for lang, bit in _BITS.items():
        if not spoken & bit:
            continue
        # who does not speak it is interpreted when they share a language with someone who does: with the
        # languages the speakers speak between them
        speakers = reach = 0
        for m in masks:
            if m & bit:
                speakers += 1
                reach |= m
        interpreted = 0
        for m in masks:
            if not m & bit and m & reach:
                interpreted += 1
        key = (len(masks) - speakers - interpreted, interpreted, -speakers, lang)
        if best is None or key < best:
            best = key
    assert best is not None
    return best[0], best[1], best[3]


_NOBODY: frozenset[str] = frozenset()


def _value(ctx: _Context, members: Sequence[str], topic: str | None,
           others: dict[str, tuple[set[str], set[str]]]) -> int:
    """A table's worth under the goals' weights (see the module's constants), given for each member (`others`) their
    seeks still unmet and the people they meet in the other rounds. One pass over the members; the fast moves reach
    the same numbers from summaries of their tables (`_Values`). Who meets whom, and the records of one person, are
    symmetric: each pair is seen from both sides."""
    if not members:
        return 0
    traits, apart = ctx.traits, ctx.apart
    hosted = topic is None
    gains = fair = again = twins = 0
    eu = lac = False
    countries, masks = set(), []
    for p in members:
        offers, seeks, region, country, mask = traits[p]
        if not hosted and topic in offers:
            hosted = True
        wanted, seen = others[p]
        if topic in wanted:
            gains += 1
            if len(wanted) == seeks:  # a first satisfied seek
                fair += 1
        if seen and not seen.isdisjoint(members):
            again += len(seen.intersection(members))
        if apart:
            twin = apart.get(p)
            if twin and not twin.isdisjoint(members):
                twins += len(twin.intersection(members))
        if region == "EU":
            eu = True
        elif region == "LAC":
            lac = True
        countries.add(country)
        masks.append(mask)
    size = len(members)
    broken = (0 if ctx.min_size <= size <= ctx.max_size else 1) + (0 if hosted and topic is not None else 1) \
        + twins // 2
    masks.sort()
    key = tuple(masks)
    language = _COSTS.get(key)
    if language is None:
        if len(_COSTS) > 200_000:
            _COSTS.clear()
        language = _COSTS[key] = _language_cost(key)
    unbridged, interpreted, _lang = language
    unmixed = 1 if ctx.mixing and not (eu and lac) else 0
    return (W_SEEK * gains + W_FAIR * fair - W_MIX * unmixed
            + W_COUNTRY * len(countries) - W_INTERPRETED * interpreted - W_UNBRIDGED * unbridged
            - W_AGAIN * (again // 2) - W_BROKEN * broken - (W_SPARE if size == ctx.min_size < ctx.max_size else 0))


def improve(rounds: Sequence[Round], people: dict[str, Any], *, min_size: int, max_size: int, fixed_count: bool, deadline: float,
            rng: random.Random, only: list[set[int]] | None = None,
            progress: Callable[[int, int], bool] | None = None, apart: dict[str, set[str]] | None = None,
            asked: bool = False) -> None:
    """Improve the rounds in place until `deadline` (time.monotonic()), or until no round of a small room gains
    (see the module). With `only` (per round, table indices:
    the tables a re-plan changed), neighbourhoods are made of those tables, and of others only while those break
    a rule, so that the rest of the plan stays as it was; tables changed on the way join `only`. `apart` (person →
    people: records likely of one person) never sit together: a table with two of them breaks a rule. `asked`: the
    number of tables was asked for, and no table closes. `progress(elapsed ms, total ms)` returning False cancels (errors.Cancelled)."""
    if time.monotonic() >= deadline or not rounds:
        return
    cp_model = load_cp_model()

    start, total = time.monotonic(), max(deadline - time.monotonic(), 1e-3)
    seat = [{pid: i for i, members in enumerate(layout.tables) for pid in members} for layout in rounds]
    ctx = _Context(people, rounds, seat, min_size, max_size, apart=apart or {})
    for pid, person in people.items():
        for lang in person.languages:
            ctx.speakers.setdefault(lang, set()).add(pid)
    for r, layout in enumerate(rounds):
        for i, members in enumerate(layout.tables):
            ctx.language[r, i] = language_cost(people, members)
    offerers: dict[str, list[str]] = defaultdict(list)
    for pid in sorted(people):
        for topic in people[pid].offers:
            offerers[topic].append(pid)
    everyone = sorted(people)
    ctx.offerers = offerers

    def report() -> None:
        if progress is not None and progress(int((time.monotonic() - start) * 1000), int(total * 1000)) is False:
            raise errors.Cancelled()

    # a room whose rounds each fit in one neighbourhood is planned exactly, round by round, until no round gains:
    # then the search ends, before the time limit; in a larger room, fast moves first, then exact neighbourhoods
    # for what they cannot reach
    whole = all(sum(1 for members in layout.tables if members) <= WHOLE_ROUND for layout in rounds)
    if only is None and not whole:
        _moves(ctx, rng, start + FAST_SHARE * total, everyone, report)
        _polish(ctx, rng, everyone, deadline, report)
    max_tables = len(people) // min_size if not fixed_count else 0
    size = 5  # tables per neighbourhood; grows while neighbourhoods are solved to the end, shrinks when not
    exhausted: set[int] = set()  # rounds planned whole, exactly, with no gain since
    while time.monotonic() < deadline:
        report()
        choice = _neighbourhood(ctx, rng, size, everyone, offerers, only, exhausted, max_tables)
        if choice is None:
            break
        r, tables = choice
        settled = set() if only is None else set(tables) - only[r]
        result = _solve(cp_model, ctx, r, tables, deadline, rng, settled, keep_count=asked)
        if result is None:
            size = max(2, size - 1)
            continue
        solved_to_end, new_tables = result
        size = min(8, size + 1) if solved_to_end else max(3, size - 1)
        whole_round = set(tables) >= {i for i, members in enumerate(rounds[r].tables) if members}
        if new_tables is None:
            if solved_to_end and whole_round:
                exhausted.add(r)
            continue
        exhausted.clear()
        layout = rounds[r]
        for i, members, topic in new_tables:
            if only is not None and (set(members) != set(layout.tables[i]) or topic != layout.topics[i]):
                only[r].add(i)
            layout.tables[i], layout.topics[i] = members, topic
            ctx.language[r, i] = language_cost(people, members)
            for pid in members:
                seat[r][pid] = i


_Changes = dict[int, tuple[list[str], str | None]]  # table index → (members, topic): a move's tables as they would be
_Exchange = tuple[int, str, int, str | None]  # (a, pid, b, q): pid of table a moved to b, or swapped with q of b
_Option = _Changes | _Exchange  # a move tried: an exchange is scored from its tables' summaries (see `_Values`)
_Summary = tuple[int, int, int, int, int, int, int, int, int, int, int]
# a person in one round: (offers, number of seeks, seeks still unmet, people met in the other rounds (bits),
# records likely of them (bits; and whom they are such a record of), own bit, region, country, country's shift,
# language mask (as counts, see `_Values`))
_Card = tuple[frozenset[str], int, set[str], int, int, int, int, int, int, int, int]


class _Values:
    """Table values (see `_value`, the same numbers) for the fast moves, computed when needed and forgotten when a
    move changes what they depend on (the table, or the other rounds of its members).

    A table is summed up as counts (`_sum`): its size, hosts, seeks met, pairs who met before, records of one
    person, and counts per region, country and language mask packed in integers (`width` bits each); the people
    at it as bits. A move of one person, or a swap of two (an `_Exchange`), is scored from the summaries of its
    two tables, one person out and one in, without going over their members again; the language cost is kept by
    the packed counts of language masks."""

    def __init__(self, ctx: _Context):
        self.ctx = ctx
        self.known: dict[tuple[int, int], int] = {}
        self.sums: dict[tuple[int, int], _Summary] = {}
        self.cards: list[dict[str, _Card]] = [{} for _ in ctx.rounds]  # per round, person → their card
        largest = max([ctx.max_size, *(len(members) for layout in ctx.rounds for members in layout.tables)])
        self.width = (largest + 1).bit_length()  # bits of a count: never overflows into the next one
        self.full = (1 << self.width) - 1
        self.bit = {pid: 1 << k for k, pid in enumerate(sorted(ctx.people))}
        self.shift = {c: k * self.width for k, c in enumerate(sorted({t[3] for t in ctx.traits.values()}))}
        self.masks = sorted({t[4] for t in ctx.traits.values()})
        self.unit = {m: 1 << (k * self.width) for k, m in enumerate(self.masks)}
        self.languages: dict[int, tuple[int, int]] = {}  # packed language masks → (unbridged, interpreted)
        self.twin_of: dict[str, int] = {}  # person → (bits) who has them among their records likely of one person
        for pid, twins in ctx.apart.items():
            for q in twins:
                if q in self.bit:
                    self.twin_of[q] = self.twin_of.get(q, 0) | self.bit[pid]

    def card(self, r: int, pid: str) -> _Card:
        """`pid`'s card in round r (see `_Card`)."""
        cards = self.cards[r]
        card = cards.get(pid)
        if card is None:
            ctx, bit = self.ctx, self.bit
            offers, seeks, region, country, mask = ctx.traits[pid]
            seen = twins = 0
            for q in ctx.met_other(pid, r):
                seen |= bit[q]
            for q in ctx.apart.get(pid, ()):
                twins |= bit.get(q, 0)
            card = cards[pid] = (offers, seeks, set(ctx.people[pid].seeks) - ctx.satisfied_other(pid, r), seen, twins,
                                 self.twin_of.get(pid, 0), bit[pid],
                                 1 if region == "EU" else 1 << self.width if region == "LAC" else 0,
                                 1 << self.shift[country], self.shift[country], self.unit[mask])
        return card

    def _sum(self, r: int, members: Sequence[str], topic: str | None) -> _Summary:
        """The summary of `members` at a table on `topic` in round r: (size, hosts, seeks met, first seeks met,
        pairs who met before, records of one person (each pair twice), regions, countries (packed), countries,
        language masks (packed), people (bits))."""
        hosts = gains = fair = pairs = twins = regions = packed = countries = languages = people = 0
        cards, full = self.cards[r], self.full
        for p in members:
            offers, seeks, wanted, seen, twin, twin_of, bit, region, country, shift, unit = \
                cards.get(p) or self.card(r, p)
            if topic in offers:
                hosts += 1
            if topic in wanted:
                gains += 1
                if len(wanted) == seeks:
                    fair += 1
            if seen & people:
                pairs += (seen & people).bit_count()
            if twin or twin_of:
                twins += (twin & people).bit_count() + (twin_of & people).bit_count()
            regions += region
            if not (packed >> shift) & full:
                countries += 1
            packed += country
            languages += unit
            people |= bit
        return len(members), hosts, gains, fair, pairs, twins, regions, packed, countries, languages, people

    def _worth(self, s: _Summary, topic: str | None) -> int:
        """A table's value (see `_value`) from its summary."""
        n, hosts, gains, fair, pairs, twins, regions, _packed, countries, languages, _people = s
        return self._value(n, hosts, gains, fair, pairs, twins, regions, countries, languages, topic)

    def _value(self, n: int, hosts: int, gains: int, fair: int, pairs: int, twins: int, regions: int, countries: int,
               languages: int, topic: str | None) -> int:
        """A table's value (see `_value`) from the counts of its summary."""
        if not n:
            return 0
        ctx = self.ctx
        cost = self.languages.get(languages)
        if cost is None:
            found: list[int] = []  # the masks counted, in their order (so, sorted), found by their lowest bit
            rest, width, full = languages, self.width, self.full
            while rest:
                shift = ((rest & -rest).bit_length() - 1) // width * width
                found += [self.masks[shift // width]] * ((rest >> shift) & full)
                rest &= ~(full << shift)
            masks = tuple(found)
            known = _COSTS.get(masks)
            if known is None:
                if len(_COSTS) > 200_000:
                    _COSTS.clear()
                known = _COSTS[masks] = _language_cost(masks)
            cost = self.languages[languages] = known[:2]
        unbridged, interpreted = cost
        broken = (0 if ctx.min_size <= n <= ctx.max_size else 1) + (0 if hosts and topic is not None else 1) \
            + twins // 2
        unmixed = 1 if ctx.mixing and not (regions & self.full and regions >> self.width) else 0
        return (W_SEEK * gains + W_FAIR * fair - W_MIX * unmixed
                + W_COUNTRY * countries - W_INTERPRETED * interpreted - W_UNBRIDGED * unbridged
                - W_AGAIN * pairs - W_BROKEN * broken - (W_SPARE if n == ctx.min_size < ctx.max_size else 0))

    def summary(self, r: int, i: int) -> _Summary:
        """The summary of table i of round r as it is."""
        s = self.sums.get((r, i))
        if s is None:
            layout = self.ctx.rounds[r]
            s = self.sums[r, i] = self._sum(r, layout.tables[i], layout.topics[i])
        return s

    def of(self, r: int, members: Sequence[str], topic: str | None) -> int:
        """The value of a table of round r with `members` on `topic`."""
        return self._worth(self._sum(r, members, topic), topic) if members else 0

    def table(self, r: int, i: int) -> int:
        """The value of table i of round r as it is."""
        value = self.known.get((r, i))
        if value is None:
            value = self.known[r, i] = self._worth(self.summary(r, i), self.ctx.rounds[r].topics[i])
        return value

    def gain(self, r: int, option: _Option, beat: int | None = None) -> int:
        """What a move in round r gains (see `_value`). With `beat` (the best gain so far), an exchange that
        cannot gain more may be left half scored: then what is returned is below `beat`, and it is no gain."""
        if isinstance(option, dict):
            return sum(self.of(r, members, topic) - self.table(r, i) for i, (members, topic) in option.items())
        a, pid, b, q = option
        return self._exchange(r, a, pid, b, q, beat)

    def _exchange(self, r: int, a: int, pid: str, b: int, q: str | None, beat: int | None) -> int:
        """What an exchange gains (see `_Exchange`): from its two tables' summaries, `pid` out of a and into b, and
        `q` (if any) out of b and into a; written out in full, the fast moves' most frequent step. Table b's
        value after can be no more than its seeks, first seeks and countries with one more of each (every other
        term is a cost): when table a's change with that is below `beat`, b is not scored."""
        cards, full, sums, topics = self.cards[r], self.full, self.sums, self.ctx.rounds[r].topics
        mover = cards.get(pid) or self.card(r, pid)
        other = None if q is None else cards.get(q) or self.card(r, q)
        before = self.table(r, a) + self.table(r, b)
        # table a: pid out, q in
        topic = topics[a]
        n, hosts, gains, fair, pairs, twins, regions, packed, countries, languages, people = \
            sums.get((r, a)) or self.summary(r, a)
        offers, seeks, wanted, seen, twin, twin_of, bit, region, country, shift, unit = mover
        people ^= bit
        if topic in offers:
            hosts -= 1
        if topic in wanted:
            gains -= 1
            if len(wanted) == seeks:
                fair -= 1
        if seen & people:
            pairs -= (seen & people).bit_count()
        if twin or twin_of:
            twins -= (twin & people).bit_count() + (twin_of & people).bit_count()
        packed -= country
        if not (packed >> shift) & full:
            countries -= 1
        n, regions, languages = n - 1, regions - region, languages - unit
        if other is not None:
            offers, seeks, wanted, seen, twin, twin_of, bit, region, country, shift, unit = other
            if topic in offers:
                hosts += 1
            if topic in wanted:
                gains += 1
                if len(wanted) == seeks:
                    fair += 1
            if seen & people:
                pairs += (seen & people).bit_count()
            if twin or twin_of:
                twins += (twin & people).bit_count() + (twin_of & people).bit_count()
            if not (packed >> shift) & full:
                countries += 1
            n, regions, languages = n + 1, regions + region, languages + unit
        after = self._value(n, hosts, gains, fair, pairs, twins, regions, countries, languages, topic)
        # table b: q out, pid in
        topic = topics[b]
        n, hosts, gains, fair, pairs, twins, regions, packed, countries, languages, people = \
            sums.get((r, b)) or self.summary(r, b)
        if beat is not None:
            bound = after - before + W_SEEK * (gains + 1) + W_FAIR * (fair + 1) + W_COUNTRY * (countries + 1)
            if bound < beat:
                return bound
        if other is not None:
            offers, seeks, wanted, seen, twin, twin_of, bit, region, country, shift, unit = other
            people ^= bit
            if topic in offers:
                hosts -= 1
            if topic in wanted:
                gains -= 1
                if len(wanted) == seeks:
                    fair -= 1
            if seen & people:
                pairs -= (seen & people).bit_count()
            if twin or twin_of:
                twins -= (twin & people).bit_count() + (twin_of & people).bit_count()
            packed -= country
            if not (packed >> shift) & full:
                countries -= 1
            n, regions, languages = n - 1, regions - region, languages - unit
        offers, seeks, wanted, seen, twin, twin_of, bit, region, country, shift, unit = mover
        if topic in offers:
            hosts += 1
        if topic in wanted:
            gains += 1
            if len(wanted) == seeks:
                fair += 1
        if seen & people:
            pairs += (seen & people).bit_count()
        if twin or twin_of:
            twins += (twin & people).bit_count() + (twin_of & people).bit_count()
        if not (packed >> shift) & full:
            countries += 1
        n, regions, languages = n + 1, regions + region, languages + unit
        return after + self._value(n, hosts, gains, fair, pairs, twins, regions, countries, languages, topic) - before

    def apply(self, r: int, option: _Option) -> None:
        """Make a move in round r."""
        ctx = self.ctx
        layout = ctx.rounds[r]
        changes = _changes(layout, option)
        touched = {p for i in changes for p in layout.tables[i]}
        for i, (members, topic) in changes.items():
            layout.tables[i], layout.topics[i] = members, topic
            ctx.language[r, i] = language_cost(ctx.people, members)
            for p in members:
                ctx.seat[r][p] = i
            touched.update(members)
            self.known.pop((r, i), None)
            self.sums.pop((r, i), None)
        for s in range(len(ctx.rounds)):
            if s != r:
                for p in touched:
                    self.known.pop((s, ctx.seat[s][p]), None)
                    self.sums.pop((s, ctx.seat[s][p]), None)
                    self.cards[s].pop(p, None)


def _moves(ctx: _Context, rng: random.Random, deadline: float, everyone: list[str], report: Callable[[], None]) -> None:
    """Fast moves until `deadline`: a person with an unmet seek to a table on that topic (moved, swapped, or
    their table's topic changed), a person who needs an interpreter swapped towards people who speak their
    language, random swaps. Better moves are kept, and equal ones now and then (to cross plateaus)."""
    values = _Values(ctx)
    rounds, people = ctx.rounds, ctx.people
    wanting: list[str] = []
    unmixed: list[tuple[int, int]] = []
    tries = 0
    start = time.monotonic()
    span = max(deadline - start, 1e-6)
    temperature = 0.0
    while True:
        if tries % 64 == 0:
            now = time.monotonic()
            if now >= deadline:
                return
            report()
            wanting = [p for p in everyone if ctx.unmet(p)]
            unmixed = _unmixed(ctx)
            # annealing: early on, a move that loses a little is kept now and then; at the end, only gains
            temperature = T_START * (T_END / T_START) ** ((now - start) / span) if now - start < 0.9 * span else 0.0
        tries += 1
        r = rng.randrange(len(rounds))
        layout = rounds[r]
        options: list[_Option] = []
        roll = rng.random()
        if unmixed and roll < 0.2:  # a table not mixed EU/LAC: someone of the region it lacks, from a table with two
            r, a = rng.choice(unmixed)
            layout = rounds[r]
            options = _mix_options(ctx, r, a, rng)
        elif roll < 0.5 and wanting:
            pid = rng.choice(wanting)
            unmet = sorted(ctx.unmet(pid))
            if not unmet:
                continue
            options = _seek_options(ctx, r, pid, rng.choice(unmet), rng)
        elif roll < 0.75:
            costs = [ctx.language[r, i] for i in range(len(layout.tables))]
            troubled = [i for i, v in enumerate(costs) if v[0]] or [i for i, v in enumerate(costs) if v[1]]
            if not troubled:
                continue
            a = rng.choice(troubled)
            language = ctx.language[r, a][2]
            foreign = [p for p in layout.tables[a] if language not in people[p].languages]
            if not foreign:
                continue
            pid = rng.choice(foreign)
            mine = set(people[pid].languages)
            near = sorted({ctx.seat[r][q] for lang in mine for q in ctx.speakers.get(lang, ())} - {a})
            for b in rng.sample(near, min(3, len(near))):
                options += _exchanges(layout, a, b, pid, ctx.max_size, ctx.min_size)
                # or someone of b who could interpret for them comes to their table
                for q in [q for q in layout.tables[b] if mine & set(people[q].languages) and
                          len(people[q].languages) > len(mine & set(people[q].languages))][:2]:
                    options += _exchanges(layout, b, a, q, ctx.max_size, ctx.min_size)
            options += _gather(ctx, r, a, rng.choice(people[pid].languages), rng)
        else:
            used = [i for i, members in enumerate(layout.tables) if members]
            if len(used) < 2:
                continue
            a, b = rng.sample(used, 2)
            pid = rng.choice(layout.tables[a])
            options += _exchanges(layout, a, b, pid, ctx.max_size, ctx.min_size)
            topics = sorted({k for q in layout.tables[a] for k in people[q].offers} - {layout.topics[a]})
            options += [{a: (layout.tables[a], k)} for k in topics]  # another topic someone at the table offers
        best, best_gain = None, None
        for option in options:
            gain = values.gain(r, option, best_gain)
            if best_gain is None or gain > best_gain:
                best, best_gain = option, gain
        if best is None or best_gain is None:
            continue
        if best_gain > 0 or (best_gain == 0 and rng.random() < 0.2) or (
                temperature and best_gain > -40 * temperature and rng.random() < math.exp(best_gain / temperature)):
            values.apply(r, best)
        elif roll < 0.5 and best_gain > -2 * W_SEEK:
            _chain(ctx, values, r, _changes(rounds[r], best), best_gain, rng)


def _unmixed(ctx: _Context, only: int | None = None) -> list[tuple[int, int]]:
    """(round, table index) of the tables without both EU and LAC, in rounds (or round `only`) where another table
    could spare someone of the region they lack."""
    out = []
    for r, layout in enumerate(ctx.rounds):
        if only is not None and r != only:
            continue
        counts = [_regions(ctx, members) for members in layout.tables]
        for i, (eu, lac) in enumerate(counts):
            if layout.tables[i] and not (eu and lac) and any(
                    (n_eu > 1 if not eu else n_lac > 1 if not lac else False) for n_eu, n_lac in counts):
                out.append((r, i))
    return out


def _regions(ctx: _Context, members: Sequence[str]) -> tuple[int, int]:
    """How many of `members` are from the EU and from LAC."""
    regions = [ctx.traits[p][2] for p in members]
    return regions.count("EU"), regions.count("LAC")


def _mix_options(ctx: _Context, r: int, a: int, rng: random.Random) -> list[_Option]:
    """Moves that mix table a of round r: someone of the region it lacks, from a table with two of them or more,
    moved there or swapped with each of its members (a sample of such people)."""
    layout = ctx.rounds[r]
    eu, _lac = _regions(ctx, layout.tables[a])
    lacking = "LAC" if eu else "EU"
    donors = [q for b, members in enumerate(layout.tables) if b != a
              and sum(1 for p in members if ctx.traits[p][2] == lacking) > 1
              for q in members if ctx.traits[q][2] == lacking]
    options: list[_Option] = []
    for q in rng.sample(donors, min(4, len(donors))):
        options += _exchanges(layout, ctx.seat[r][q], a, q, ctx.max_size, ctx.min_size)
    return options


def _seek_options(ctx: _Context, r: int, pid: str, topic: str, rng: random.Random,
                  every: bool = False) -> list[_Option]:
    """Moves that seat `pid` on `topic` in round r: their table's topic changed (when someone there offers it), a
    move or swap to a table on it, or a swap with someone there who speaks every language they speak. A sample
    of the tables and people, or `every` one, and then also another table turned to that topic (when sampled, one
    table of someone who offers it, and only when no table of the round is on it)."""
    layout, people = ctx.rounds[r], ctx.people
    options: list[_Option] = []
    a = ctx.seat[r][pid]
    if any(topic in people[q].offers for q in layout.tables[a]):
        options.append({a: (layout.tables[a], topic)})
    on_topic = [i for i, t in enumerate(layout.topics) if t == topic and layout.tables[i] and i != a]
    for b in on_topic if every else rng.sample(on_topic, min(3, len(on_topic))):
        options += _exchanges(layout, a, b, pid, ctx.max_size, ctx.min_size)
    # a swap with someone on that topic who speaks every language they speak: a table in a language few speak
    # stays one, and whoever they interpret for keeps an interpreter
    mine = set(people[pid].languages)
    rarest = min(mine, key=lambda lang: len(ctx.speakers.get(lang, ())))
    fellows = sorted(q for b in on_topic for q in layout.tables[b]
                     if q in ctx.speakers.get(rarest, ()) and mine <= set(people[q].languages))
    options += [(a, pid, ctx.seat[r][q], q) for q in (fellows if every else rng.sample(fellows, min(6, len(fellows))))]
    if not every and (on_topic or not ctx.offerers):
        return options
    # another table turned to that topic (someone there offers it), and the person joins it: too many to sample
    # (the random moves do better without them), worth trying each once the random moves are done; sampled only
    # where the round has no table on the topic (a topic few offer), among the tables of those who offer it
    hosting = sorted({ctx.seat[r][q] for q in ctx.offerers.get(topic, ())})
    candidates = range(len(layout.tables)) if every else rng.sample(hosting, min(1, len(hosting)))
    for b in candidates:
        members = layout.tables[b]
        if b == a or not members or layout.topics[b] == topic or not any(topic in people[q].offers for q in members):
            continue
        for option in _exchanges(layout, a, b, pid, ctx.max_size, ctx.min_size):
            changes = _changes(layout, option)
            moved = changes[b][0]
            if any(topic in people[q].offers for q in moved):
                options.append({a: changes[a], b: (moved, topic)})
    return options


def _polish(ctx: _Context, rng: random.Random, everyone: list[str], deadline: float,
            report: Callable[[], None]) -> None:
    """Every seek move (see `_seek_options`) of everyone with an unmet seek, in every round, tried in turn: the
    best kept when it gains, or else chained (see `_chain`); again until none gains. The random moves sample;
    this leaves no single seek move that gains."""
    values = _Values(ctx)
    improved = True
    while improved:
        improved = False
        for pid in everyone:
            report()  # progress, and cancel
            for topic in sorted(ctx.unmet(pid)):
                for r in range(len(ctx.rounds)):
                    if time.monotonic() >= deadline:
                        return
                    if topic not in ctx.unmet(pid):
                        break
                    best, best_gain = None, 0
                    for option in _seek_options(ctx, r, pid, topic, rng, every=True):
                        gain = values.gain(r, option, None if best is None else best_gain)
                        if best is None or gain > best_gain:
                            best, best_gain = option, gain
                    if best is None:
                        continue
                    if best_gain > 0:
                        values.apply(r, best)
                        improved = True
                    elif best_gain > -2 * W_SEEK and _chain(ctx, values, r, _changes(ctx.rounds[r], best), best_gain, rng,
                                                            every=True):
                        improved = True


def _chain(ctx: _Context, values: _Values, r: int, option: _Changes, gain: int,
           rng: random.Random, every: bool = False) -> bool:
    """A seek move that costs someone else a seek (`gain` < 0), followed by a move that gives it back to them in
    another round: both kept when together they gain, else undone. Returns whether they were kept."""
    layout = ctx.rounds[r]
    old = {i: (list(layout.tables[i]), layout.topics[i]) for i in option}
    before = {q: ctx.unmet(q) for i in option for q in layout.tables[i]}
    values.apply(r, option)
    best, best_gain, where = None, None, r
    for q, unmet in before.items():
        for k in sorted(ctx.unmet(q) - unmet):
            for s in range(len(ctx.rounds)):
                if s == r:
                    continue
                for follow in _seek_options(ctx, s, q, k, rng, every):
                    g = values.gain(s, follow, best_gain)
                    if best_gain is None or g > best_gain:
                        best, best_gain, where = follow, g, s
    if best is not None and best_gain is not None and gain + best_gain > 0:
        values.apply(where, best)
        return True
    values.apply(r, old)
    return False


def _gather(ctx: _Context, r: int, a: int, language: str,
            rng: random.Random) -> list[_Changes]:
    """Table a made a table of `language`: its members who do not speak it swapped, one by one, with people
    of other tables who do (and whom the table's people have not met); then each topic its members offer."""
    layout, people = ctx.rounds[r], ctx.people
    tables = {a: list(layout.tables[a])}
    speakers = sorted(q for q in ctx.speakers.get(language, ()) if ctx.seat[r][q] != a)
    for m in [p for p in layout.tables[a] if language not in people[p].languages]:
        while speakers:  # in a random order: drawn one by one (few are needed), not all shuffled
            q = speakers.pop(rng.randrange(len(speakers)))
            b = ctx.seat[r][q]
            if b in tables or any(q in ctx.met_other(p, r) for p in tables[a] if p != m):
                continue
            tables[a] = [q if p == m else p for p in tables[a]]
            tables[b] = [m if p == q else p for p in layout.tables[b]]
            break
    if len(tables) == 1:
        return []
    topics = sorted({k for p in tables[a] for k in people[p].offers})
    return [{**{i: (members, layout.topics[i]) for i, members in tables.items()}, a: (tables[a], k)} for k in topics]


def _exchanges(layout: Round, a: int, b: int, pid: str, max_size: int, min_size: int) -> list[_Option]:
    """Person `pid` of table a to table b: moved when sizes allow, or swapped with each member of b (see
    `_Exchange`)."""
    tb = layout.tables[b]
    out: list[_Option] = [(a, pid, b, q) for q in tb]
    if len(tb) < max_size and len(layout.tables[a]) > min_size:
        out.insert(0, (a, pid, b, None))
    return out


def _changes(layout: Round, option: _Option) -> _Changes:
    """A move's tables as they would be (an exchange's are made only for the move kept)."""
    if isinstance(option, dict):
        return option
    a, pid, b, q = option
    rest = [p for p in layout.tables[a] if p != pid]
    if q is None:
        return {a: (rest, layout.topics[a]), b: ([*layout.tables[b], pid], layout.topics[b])}
    return {a: ([*rest, q], layout.topics[a]), b: ([p for p in layout.tables[b] if p != q] + [pid], layout.topics[b])}


def _neighbourhood(ctx: _Context, rng: random.Random, size: int, everyone: list[str], offerers: dict[str, list[str]],
                   only: list[set[int]] | None, exhausted: set[int], max_tables: int) -> tuple[int, list[int]] | None:
    """A round and some of its table indices to plan again (with a free slot when more tables may open)."""
    rounds = ctx.rounds
    candidates = [r for r in range(len(rounds)) if r not in exhausted and (only is None or only[r])]
    if not candidates:
        return None
    broken: dict[int, set[int]] = {}  # per round, the tables of `only` that break a rule
    if only is not None:  # a round with a table that breaks a rule or seats someone nobody there can interpret for
        broken = {s: {i for i in only[s] if rounds[s].tables[i] and _breaks_a_rule(ctx, s, i)} for s in candidates}
        urgent = [s for s in candidates if broken[s] or any(rounds[s].tables[i] and ctx.language[s, i][0]
                                                            for i in only[s])]
        candidates = urgent or candidates
    r = rng.choice(candidates)
    chosen: list[int] = []
    if only is not None:
        chosen = sorted(only[r] & {i for i, members in enumerate(rounds[r].tables) if members})
        rng.shuffle(chosen)
        lacking = {a for _r, a in _unmixed(ctx, r)}
        # a table that breaks a rule first, then one not mixed, then one with someone nobody there can interpret for
        chosen = sorted(chosen, key=lambda i: (i not in broken[r], i not in lacking, not ctx.language[r, i][0]))[:size]
        if broken[r] & set(chosen):
            chosen += _others(rounds[r], chosen, 2, rng)  # a broken table needs neighbours to lend or take people
        for a in [a for a in chosen if a in lacking][:1]:  # tables that can lend the region it lacks
            chosen += _donors(ctx, r, a, rng, 2)
        for a in [a for a in chosen if ctx.language[r, a][0]][:1]:  # someone whose interpreter left: who could help
            chosen += _helpers(ctx, r, a, rng, 2)
        return r, sorted(set(chosen))
    roll = rng.random()
    unmixed = _unmixed(ctx) if roll < 0.15 else []
    if unmixed:  # a table not mixed EU/LAC, and tables with two or more of the region it lacks
        r, a = rng.choice(unmixed)
        return r, sorted([a, *_donors(ctx, r, a, rng, size - 1)])
    if roll < 0.4:  # a seat that needs an interpreter, or has none: the tables of people who could help
        worst = max(ctx.language.values(), key=lambda v: v[:2])
        if worst[:2] > (0, 0):
            key = 0 if worst[0] else 1
            r, i = rng.choice(sorted(k for k, v in ctx.language.items() if v[key] and k[0] not in exhausted) or [(r, -1)])
            if i >= 0:
                chosen.append(i)
                language = ctx.language[r, i][2]
                foreign = sorted(p for p in rounds[r].tables[i] if language not in ctx.people[p].languages)
                pid = rng.choice(foreign) if foreign else rounds[r].tables[i][0]
                near = sorted({ctx.seat[r][q] for lang in ctx.people[pid].languages
                               for q in ctx.speakers.get(lang, ()) if q in ctx.seat[r]} - {i})
                # a language few speak: all their tables, so that one of them can become a table in it
                chosen += near if len(near) < 8 else rng.sample(near, min(size - 1, len(near)))
                return r, sorted(set(chosen))
    elif roll < 0.85:  # someone's unmet seek: their table, tables on that topic, tables with someone offering it
        wanting = [p for p in everyone if ctx.unmet(p)]
        if wanting:
            pid = rng.choice(wanting)
            topic = rng.choice(sorted(ctx.unmet(pid)))
            chosen.append(ctx.seat[r][pid])
            layout = rounds[r]
            on_topic = [i for i, t in enumerate(layout.topics) if t == topic and layout.tables[i] and i not in chosen]
            chosen += rng.sample(on_topic, min(2, len(on_topic)))
            hosts = sorted({ctx.seat[r][q] for q in offerers.get(topic, []) if q in ctx.seat[r]} - set(chosen))
            chosen += rng.sample(hosts, min(2, len(hosts)))
    chosen = chosen[:size]
    chosen += _others(rounds[r], chosen, size - len(chosen), rng)
    layout = rounds[r]
    used = sum(1 for members in layout.tables if members)
    free = [i for i, members in enumerate(layout.tables) if not members]
    if max_tables:
        if not free and used < max_tables:
            layout.tables.append([])
            layout.topics.append(None)
            free = [len(layout.tables) - 1]
        chosen += free[:1]
    return r, sorted(set(chosen))


def _donors(ctx: _Context, r: int, a: int, rng: random.Random, count: int) -> list[int]:
    """Up to `count` tables of round r, at random, with two or more people of the region table a lacks."""
    eu, _lac = _regions(ctx, ctx.rounds[r].tables[a])
    lacking = "LAC" if eu else "EU"
    donors = [b for b, members in enumerate(ctx.rounds[r].tables)
              if b != a and sum(1 for p in members if ctx.traits[p][2] == lacking) > 1]
    return rng.sample(donors, min(count, len(donors)))


def _others(layout: Round, chosen: list[int], count: int, rng: random.Random) -> list[int]:
    """Up to `count` more of the round's tables (with people), at random."""
    others = [i for i, members in enumerate(layout.tables) if members and i not in chosen]
    return rng.sample(others, min(len(others), max(0, count)))


def _helpers(ctx: _Context, r: int, i: int, rng: random.Random, count: int) -> list[int]:
    """Up to `count` other tables of round r seating someone who speaks a language of a member of table i who does
    not speak its working language (who could interpret for them there)."""
    language = ctx.language[r, i][2]
    members = ctx.rounds[r].tables[i]
    spoken = {lang for p in members if language not in ctx.people[p].languages for lang in ctx.people[p].languages}
    near = sorted({ctx.seat[r][q] for lang in spoken for q in ctx.speakers.get(lang, ()) if q in ctx.seat[r]} - {i})
    return rng.sample(near, min(count, len(near)))


def _breaks_a_rule(ctx: _Context, r: int, i: int) -> bool:
    """Whether table i of round r is out of size, has nobody who offers its topic, seats two people again, or two
    records likely of one person."""
    members, topic = ctx.rounds[r].tables[i], ctx.rounds[r].topics[i]
    if not ctx.min_size <= len(members) <= ctx.max_size or not any(topic in ctx.people[p].offers for p in members):
        return True
    return any(q in ctx.met_other(p, r) or q in ctx.apart.get(p, ()) for p in members for q in members)


def _solve(cp_model: Any, ctx: _Context, r: int, tables: list[int], deadline: float, rng: random.Random,
           settled: set[int], keep_count: bool = False) -> tuple[bool, list[tuple[int, list[str], str | None]] | None] | None:
    """Plan the tables `tables` of round r again, exactly (within the time left). Returns (solved to the end,
    the new tables as (index, members, topic), or None when not better), or None when the solver found nothing.
    A `settled` table (of a plan being re-planned) is worth W_KEEP more while its people stay together. With
    `keep_count` (a number of tables asked for, or a re-plan), as many tables stay open as were."""
    layout, people = ctx.rounds[r], ctx.people
    members = sorted({pid for i in tables for pid in layout.tables[i]})
    if not members:
        return None
    order = {p: j for j, p in enumerate(members)}  # tables in their first member's order (see below): the hint fits
    tables = sorted(tables, key=lambda i: min((order[p] for p in layout.tables[i]), default=len(members)))
    unmet = {p: set(people[p].seeks) - ctx.satisfied_other(p, r) for p in members}
    met = {p: ctx.met_other(p, r) for p in members}
    unsatisfied = {p for p in members if people[p].seeks and len(unmet[p]) == len(people[p].seeks)}
    others = {p: (unmet[p], met[p]) for p in members}
    before = sum(_value(ctx, layout.tables[i], layout.topics[i], others) for i in tables)

    model = cp_model.CpModel()
    T = range(len(tables))
    x = {(p, t): model.new_bool_var("") for p in members for t in T}
    used = [model.new_bool_var("") for _ in T]
    topics = sorted({k for p in members for k in people[p].offers})
    y = {(t, k): model.new_bool_var("") for t in T for k in topics}
    counts: defaultdict[str, int] = defaultdict(int)
    for p in members:
        for lang in people[p].languages:
            counts[lang] += 1
    languages = sorted(lang for lang, n in counts.items() if n >= 2) or sorted(counts)
    w = {(t, lang): model.new_bool_var("") for t in T for lang in languages}
    terms = []
    for p in members:
        model.add_exactly_one(x[p, t] for t in T)
    # the tables of a neighbourhood are interchangeable: number them by their first member, in members' order
    for j, p in enumerate(members):
        for t in T:
            if t > j:
                model.add(x[p, t] == 0)
            elif t > 0:
                model.add(x[p, t] <= sum(x[q, t - 1] for q in members[:j]))
    if keep_count:
        model.add(sum(used) == sum(1 for i in tables if layout.tables[i]))
    for t in T:
        size = sum(x[p, t] for p in members)
        model.add(size >= ctx.min_size * used[t])
        model.add(size <= ctx.max_size * used[t])
        model.add(sum(y[t, k] for k in topics) == used[t])
        model.add(sum(w[t, lang] for lang in languages) == used[t])
        for k in topics:
            model.add(y[t, k] <= sum(x[p, t] for p in members if k in people[p].offers))
        # seeks: a member gains when the table's topic is one they still seek
        for p in members:
            wanted = [y[t, k] for k in unmet[p] if (t, k) in y]
            if wanted:
                g = model.new_bool_var("")
                model.add(g <= x[p, t])
                model.add(g <= sum(wanted))
                terms.append((W_SEEK + (W_FAIR if p in unsatisfied else 0)) * g)
        eu = [x[p, t] for p in members if people[p].region == "EU"]
        lac = [x[p, t] for p in members if people[p].region == "LAC"]
        if ctx.mixing:  # an open table without both regions costs W_MIX; a closed one costs nothing
            m = model.new_bool_var("")
            model.add(m <= sum(eu) if eu else m == 0)
            model.add(m <= sum(lac) if lac else m == 0)
            terms.append(W_MIX * (m - used[t]))
        by_country = defaultdict(list)
        for p in members:
            by_country[people[p].country].append(x[p, t])
        for seats in by_country.values():
            c = model.new_bool_var("")
            model.add(c <= sum(seats))
            terms.append(W_COUNTRY * c)
        # languages: a member who does not speak the working language is interpreted, or unbridged when no
        # tablemate speaks it and shares another language with them
        for p in members:
            mine = set(people[p].languages)
            foreign = [w[t, lang] for lang in languages if lang not in mine]
            if not foreign:
                continue
            i = model.new_bool_var("")
            model.add(i >= x[p, t] + sum(foreign) - 1)
            terms.append(-W_INTERPRETED * i)
            u = model.new_bool_var("")
            for lang in languages:
                if lang in mine:
                    continue
                bridges = [x[q, t] for q in members if q != p and lang in people[q].languages
                           and mine & set(people[q].languages)]
                model.add(u + sum(bridges) >= x[p, t] + w[t, lang] - 1)
            terms.append(-W_UNBRIDGED * u)
    for a, p in enumerate(members):
        for q in members[a + 1:]:
            if q in ctx.apart.get(p, ()):  # never together
                for t in T:
                    model.add(x[p, t] + x[q, t] <= 1)
            if q in met[p]:
                again = model.new_bool_var("")
                for t in T:
                    model.add(x[p, t] + x[q, t] <= 1 + again)
                terms.append(-W_AGAIN * again)
    for t, i in enumerate(tables):
        if i in settled:
            kept = model.new_bool_var("")
            for p in layout.tables[i]:
                model.add_implication(kept, x[p, t])
            terms.append(W_KEEP * kept)
    model.maximize(sum(terms))
    for t, i in enumerate(tables):
        for p in members:
            model.add_hint(x[p, t], p in layout.tables[i])
        model.add_hint(used[t], bool(layout.tables[i]))
        for k in topics:
            model.add_hint(y[t, k], layout.topics[i] == k and bool(layout.tables[i]))
        lang = language_cost(people, layout.tables[i])[2]
        for language in languages:
            model.add_hint(w[t, language], language == lang)
    solver = cp_model.CpSolver()
    solver.parameters.catch_sigint_signal = False  # Ctrl+C stays Python's (after a solve it killed the process)
    solver.parameters.max_time_in_seconds = max(0.01, min(SOLVE_LIMIT, deadline - time.monotonic()))
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = rng.randrange(2**31)
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    new: list[tuple[int, list[str], str | None]] = []
    for t, i in enumerate(tables):
        seated = [p for p in members if solver.boolean_value(x[p, t])]
        topic = next((k for k in topics if solver.boolean_value(y[t, k])), None) if seated else None
        new.append((i, seated, topic))
    after = sum(_value(ctx, seated, topic, others) for _i, seated, topic in new)
    after -= W_KEEP * sum(1 for i, seated, _topic in new if i in settled and not set(layout.tables[i]) <= set(seated))
    return status == cp_model.OPTIMAL, (new if after > before else None)
