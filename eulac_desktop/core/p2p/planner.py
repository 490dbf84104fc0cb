"""The round planner: checks the room, builds a fast greedy start (following an outline of all rounds' topics and
languages, `outline`), then improves it until the time limit (`search`: fast moves, then CP-SAT on neighbourhoods
of a few tables).

Hard rules: table sizes within [min, max]; everyone present seated in every round; each table's topic is
offered by one of its members; nobody meets the same person twice (broken only when the room leaves no
other way, and then reported), and two records likely of one person (`apart`) never sit together; every
table mixed: someone from Europe and someone from Latin America and the Caribbean (people from elsewhere
count as neither) — when the room has too few of one region for its tables, the plan says so up front
(`warnings`) and mixes as many tables as it can. Each table has a working language; a member who does not
speak it sits with someone who speaks it and shares another language with them (who interprets) — or, when
the room has nobody who could, is reported: real lists have monolingual people, and the planner never fails
on them.

Goals, in this order (as weights, see `search`): fewest members with no shared language, fewest interpreted
seats, most satisfied seeks (a person at a table on a topic they seek, each seek counted once across
rounds), spread of countries, a first satisfied seek for everyone who has one.
"""

from __future__ import annotations

import math
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .. import errors
from ..i18n import N_, ngettext
from .languages import LanguageRound, language_tables
from .outline import RoundOutline, outline
from .parallel import Sample, improve_parallel
from .search import WHOLE_ROUND, Round, language_cost

MOST_ROUNDS = 100  # rounds one plan may have: a day of 15-minute rounds is fewer than 40
LANGUAGE_SHARE = 0.25  # of the time given, the most each solve of the language tables (`languages`) may take: from
# 4 s on, time enough for their solves (below, their quick plan). In the 400-person room of `benchmarks/bench_p2p.py`
# at 5 s they take about 1 s rather than 0.1 s, the outline then 0.8 s rather than 1.5 s, and the plans meet 1.6
# seeks more with fewer interpreted seats (paired over 28 seeds); the 240-person sample's stay within its goals
LANGUAGE_EFFORT = 25.0  # seconds given for each second of the solver's deterministic time on each language (0.2 at
# 5 s: its second step, the topics, still solved to the end; at most 0.5)
FILL_AHEAD = 2  # people: the greedy start fills the tables below the minimum from this many before its end
OUTLINE_SHARE = 0.45  # of the time given, the most the rounds' outline (`outline`) may take (0.8 s at 400 people
# after the language tables' solves, 1.0–1.5 s after their quick plan: then, at 5 s, a share of 0.3 cut its last
# solves short, and the plans met 4.9 seeks fewer, paired over 8 seeds)
OUTLINE_WALL = 5.0  # seconds: the most it may take without time to improve (the plan the same in every run)


@dataclass(frozen=True)
class Person:
    id: str
    email: str
    region: str  # EU, LAC or other
    country: str
    languages: tuple[str, ...]  # the first is the main one
    offers: frozenset[str]
    seeks: frozenset[str]


@dataclass
class PlanTable:
    number: int
    topic: str | None  # never None in a plan the tests have seen: the search counts a table without one as broken
    language: str
    members: list[str]
    interpreters: list[tuple[str, str]] = field(default_factory=list)  # (who interprets, for whom)
    unbridged: list[str] = field(default_factory=list)  # members nobody at the table can interpret for
    unmixed: bool = False  # nobody from Europe, or nobody from Latin America and the Caribbean


@dataclass
class Plan:
    rounds: list[list[PlanTable]]
    satisfied: dict[str, set[str]]  # person id → topics they sat on and sought
    problems: list[dict[str, object]]
    seeks_total: int
    interpreted: int
    kept: int = 0  # tables of a previous plan left as they were: same topic, same people but those absent (`keep`)
    warnings: list[dict[str, object]] = field(default_factory=list)  # said up front: too few of a region to mix
    processes: int = 1  # processes the search ran in (two: a helper beside the planner, see `parallel`)

    @property
    def tables(self) -> int:
        """Tables of all rounds."""
        return sum(len(tables) for tables in self.rounds)

    @property
    def mixed(self) -> int:
        """Tables of all rounds with someone from Europe and someone from Latin America and the Caribbean."""
        return sum(1 for tables in self.rounds for t in tables if not t.unmixed)

    @property
    def score(self) -> int:
        """One number for scripts: satisfied seeks, less 10 for each interpreted seat and 100 for each member
        with no shared language (the goals' order)."""
        unbridged = sum(len(t.unbridged) for tables in self.rounds for t in tables)
        return sum(len(s) for s in self.satisfied.values()) - 10 * self.interpreted - 100 * unbridged


class _Round(Round):
    """One round being built: its tables, with who met whom and the seeks satisfied in the rounds before."""

    def __init__(self, people: dict[str, Person], met: dict[str, set[str]], satisfied: dict[str, set[str]]):
        super().__init__()
        self.people, self.met, self.satisfied = people, met, satisfied
        self.reserved: dict[str, set[str]] = {}  # who will meet at a language table of a later round
        self.spoken: dict[int, str] = {}  # the language tables of the round (index → language)

    def speaks(self, pid: str, language: str) -> bool:
        return language in self.people[pid].languages

    def conflicts(self, pid: str, members: Iterable[str]) -> int:
        reserved = self.reserved.get(pid, ())
        return sum(1 for q in members if q in self.met[pid] or q in reserved)


def plan_rounds(people: Sequence[Person], rounds: int, *, tables: int | None = None, min_size: int = 4,
                max_size: int = 6, seconds: float = 3.0, seed: int = 1, registered_offers: set[str] | None = None,
                keep: Sequence[Sequence[tuple[int, str, Sequence[str]]]] | None = None,
                progress: Callable[[int, int], bool] | None = None, apart: Iterable[tuple[str, str]] = (),
                processes: int | None = None) -> Plan:
    """Plan `rounds` rounds for `people` (see the module's rules and goals); stops improving at `seconds`.

    `keep` is a previous plan (per round, its tables as (number, topic, member ids)): after no-shows and late
    arrivals, a round starts from its tables with the people still present, seats the others where they fit
    best, and changes nothing else; a round where that cannot keep the rules is planned again whole.
    `apart` are pairs of ids of records likely of one person: never seated together. Without `tables`, the
    tables are no more than the room can mix, when that many can seat everyone. `processes`: how many the search
    may use (default: both cores, where it pays; see `parallel`)."""
    n = len(people)
    since = Sample()  # how busy the machine is while the plan starts: whether a second core is free for the search
    if not 2 <= min_size <= max_size:
        raise errors.InvalidValue(field=N_("Table size"), reason=N_("the smallest table must have at least 2 people and "
                                                                      "not more than the largest"))
    if rounds < 1:
        raise errors.InvalidValue(field=N_("Rounds"), reason=N_("plan at least one round"))
    if rounds > MOST_ROUNDS:  # a mistyped count filled the memory (gigabytes in a minute) before any table was planned
        raise errors.InvalidValue(field=N_("Rounds"), reason=N_("plan at most {most} rounds"), most=MOST_ROUNDS)
    if n < min_size:
        raise errors.InvalidValue(field=N_("Participants"), reason=N_(
            "too few people for one table ({n}; a table has at least {min}): lower the minimum"), n=n, min=min_size)
    count = tables or math.ceil(n / max_size)
    if count * max_size < n:
        raise errors.InvalidValue(field=N_("Tables"), reason=N_(
            "{n} people do not fit at {tables} tables of at most {max}: add tables or raise the maximum"),
            n=n, tables=count, max=max_size)
    if count * min_size > n:
        if tables:
            raise errors.InvalidValue(field=N_("Tables"), reason=N_(
                "{n} people cannot fill {tables} tables of at least {min}: use fewer tables or lower the minimum"),
                n=n, tables=count, min=min_size)
        count = n // min_size
        if count * max_size < n:
            raise errors.InvalidValue(field=N_("Table size"), reason=N_(
                "{n} people cannot be split into tables of {min} to {max}: change the sizes"), n=n, min=min_size, max=max_size)
    offered = set().union(*(p.offers for p in people)) if people else set()
    if not offered:
        raise errors.InvalidValue(field=N_("Topics"), reason=N_("nobody present offers a topic: a table needs someone "
                                                                 "who offers its topic"))
    hosts = sum(1 for p in people if p.offers)
    if hosts < count:  # each table needs its own member who offers its topic
        if tables:
            raise errors.InvalidValue(field=N_("Tables"), reason=N_(
                "only {hosts} people offer a topic, and each of the {tables} tables needs one: use fewer tables"),
                hosts=hosts, tables=count)
        if hosts * max_size < n:
            raise errors.InvalidValue(field=N_("Tables"), reason=N_(
                "only {hosts} people offer a topic, and each table needs one: {n} people do not fit at {hosts} tables "
                "of at most {max}"), hosts=hosts, n=n, max=max_size)
        count = hosts
    elif not tables and max_size > min_size:  # a free seat at half the tables: room to move people while improving
        count = max(count, min(math.ceil(n / (max_size - 0.5)), n // min_size, hosts))
    mixable = min(sum(1 for p in people if p.region == "EU"), sum(1 for p in people if p.region == "LAC"))
    if not tables and math.ceil(n / (max_size - 0.5)) <= mixable < count:  # a free seat at half the tables still
        count = mixable
    by_id = {p.id: p for p in people}
    separate = _apart(apart, by_id)
    met: dict[str, set[str]] = {p.id: set(separate.get(p.id, ())) for p in people}
    satisfied: dict[str, set[str]] = {p.id: set() for p in people}
    rng = random.Random(seed)
    deadline = time.monotonic() + max(0.0, seconds)
    layouts: list[_Round] = []
    touched: list[set[int]] | None = None if keep is None else []
    groups: list[LanguageRound] | None = None  # tables in minority languages, planned when a round needs them
    outlines: list[RoundOutline] | None = None  # the topics and languages of all rounds at once (`outline`)
    for r in range(rounds):
        state = _Round(by_id, met, satisfied)
        start = _start_from(state, keep[r], people, min_size, max_size) if keep is not None and r < len(keep) else None
        if start is not None:
            start |= _part(state, separate)
            start |= _mix(state, min_size, max_size, prefer=start)
        else:
            if groups is None:
                wall = _language_wall(seconds)
                groups = language_tables(people, rounds, min_size, max_size,
                                         effort=min(0.5, max(0.05, seconds / LANGUAGE_EFFORT)), mixed=mixable > 0,
                                         wall=wall, budget=2 * wall if seconds > 0 else None)
            state = _Round(by_id, met, satisfied)
            for later in groups[r + 1:]:
                for members in [m for m, _topic in later.tables] + [list(pair) for pair in later.bridges.items()]:
                    for pid in members:
                        state.reserved.setdefault(pid, set()).update(q for q in members if q != pid)
            _seed(state, groups[r].tables, people, count, min_size, max_size)
            if r == 0 and keep is None and count > WHOLE_ROUND:
                outlines = _outline(people, by_id, groups, rounds, count, min_size, max_size, _outline_wall(seconds))
            _greedy(state, people, count, min_size, max_size, rng, groups[r].bridges, groups[r].wishes,
                    outlines[r] if outlines else None)
            _part(state, separate)
            _mix(state, min_size, max_size)
            start = set(range(len(state.tables)))
        if touched is not None:
            touched.append(start)
        _seat(state)
        layouts.append(state)
    processes = improve_parallel(layouts, by_id, processes=processes, since=since, min_size=min_size,
                                 max_size=max_size, fixed_count=tables is not None or keep is not None,
                                 deadline=deadline, rng=rng, only=touched, progress=progress, apart=separate,
                                 asked=tables is not None)
    _mix_last(layouts, by_id, separate, min_size, max_size, touched)
    met = {p.id: set() for p in people}
    satisfied = {p.id: set() for p in people}
    plan_tables: list[list[PlanTable]] = []
    problems: list[dict[str, object]] = []
    kept = 0
    for r, layout in enumerate(layouts):
        state = _Round(by_id, met, satisfied)
        for i, members in enumerate(layout.tables):
            if members:
                state.tables.append(members)
                state.topics.append(layout.topics[i])
                if layout.numbers:
                    state.numbers.append(layout.numbers[i])
        if keep is not None and r < len(keep) and state.numbers:
            printed = {number: (topic, {m for m in members if m in by_id}) for number, topic, members in keep[r]}
            kept += sum(1 for number, topic, members in zip(state.numbers, state.topics, state.tables)
                        if printed.get(number) == (topic, set(members)))
        plan_tables.append(_build_round(state, r, problems, separate))
    problems += _unmet_reasons(people, satisfied, offered, offered if registered_offers is None else registered_offers)
    interpreted = sum(len(t.interpreters) for tables_ in plan_tables for t in tables_)
    return Plan(plan_tables, satisfied, problems, sum(len(p.seeks) for p in people), interpreted, kept,
                mix_warnings(people, plan_tables), processes)


def _outline(people: Sequence[Person], by_id: dict[str, Person], groups: list[LanguageRound], rounds: int, count: int,
             min_size: int, max_size: int, wall: float) -> list[RoundOutline] | None:
    """The rounds' outline (see `outline`) for the tables besides the language tables."""
    seated = [{pid for members, _topic in g.tables for pid in members} for g in groups]
    satisfied: dict[str, set[str]] = {}
    for g in groups:
        for members, topic in g.tables:
            for pid in members:
                if topic in by_id[pid].seeks:
                    satisfied.setdefault(pid, set()).add(topic)
    speaks = {m: by_id[b].languages for g in groups for m, b in g.bridges.items()}
    return outline(people, rounds, [max(0, count - len(g.tables)) for g in groups], seated, satisfied, min_size,
                   max_size, speaks, [g.wishes for g in groups], wall)


def _outline_wall(seconds: float) -> float:
    """The most seconds the outline may take: a share of the time given (in a larger room it would leave the search
    too little, and the greedy start plans alone); without time to improve, long enough for a large room."""
    return OUTLINE_WALL if seconds <= 0 else OUTLINE_SHARE * seconds


def _language_wall(seconds: float) -> float:
    """The most seconds each solve of the language tables may take: a share of the time given; without time to
    improve (a plan the same in every run), only their deterministic limit."""
    return 2.0 if seconds <= 0 else min(2.0, max(0.1, seconds * LANGUAGE_SHARE))


def _apart(pairs: Iterable[tuple[str, str]], by_id: dict[str, Person]) -> dict[str, set[str]]:
    """Person → the records likely of the same person, among the people planned."""
    out: dict[str, set[str]] = {}
    for a, b in pairs:
        if a in by_id and b in by_id and a != b:
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
    return out


def mix_warnings(people: Sequence[Person], rounds: Sequence[Sequence[PlanTable]]) -> list[dict[str, object]]:
    """What the plan says up front when the room has too few people of a region for its tables (as many tables
    as a round has at most): {"kind": "too_few_to_mix", "region", "people", "tables", "unmixed", "message"}."""
    count = max((len(tables) for tables in rounds), default=0)
    by_region = {region: sum(1 for p in people if p.region == region) for region in ("LAC", "EU")}
    region = min(by_region, key=lambda k: by_region[k])  # the scarcer (LAC on a tie)
    if by_region[region] >= count:
        return []
    warning: dict[str, object] = {"kind": "too_few_to_mix", "region": region, "people": by_region[region],
                                  "tables": count, "unmixed": count - by_region[region]}
    return [{**warning, "message": mix_warning_text(warning)}]


def mix_warning_text(warning: dict[str, object]) -> str:
    """A `too_few_to_mix` warning in the current language: "12 people from Latin America and the Caribbean
    for 44 tables: 32 tables cannot be mixed; invite more or plan fewer tables"."""
    people, tables, unmixed = (int(str(warning[key])) for key in ("people", "tables", "unmixed"))
    # each count with its own plural ("1 person", "1 table"); the region's name with its article and preposition
    people_from = (ngettext("{n} person from Europe", "{n} people from Europe", people) if warning["region"] == "EU"
                   else ngettext("{n} person from Latin America and the Caribbean",
                                 "{n} people from Latin America and the Caribbean", people)).format(n=people)
    return ngettext("{people_from} for {tables}: {unmixed} table cannot be mixed; invite more or plan fewer tables",
                    "{people_from} for {tables}: {unmixed} tables cannot be mixed; invite more or plan fewer tables",
                    unmixed).format(people_from=people_from, unmixed=unmixed,
                                    tables=ngettext("{n} table", "{n} tables", tables).format(n=tables))


def _seat(state: _Round) -> None:
    """Note who met whom and the seeks a round satisfied, for the rounds planned after it."""
    for members, topic in zip(state.tables, state.topics):
        for pid in members:
            state.met[pid].update(q for q in members if q != pid)
            if topic in state.people[pid].seeks:
                state.satisfied[pid].add(topic)


def _build_round(state: _Round, r: int, problems: list[dict[str, object]],
                 apart: dict[str, set[str]] | None = None) -> list[PlanTable]:
    """The round's tables as planned: working language, who interprets for whom, and what breaks a goal or a
    rule (reported in `problems`; "same_person" when two records likely of one person, `apart`, sit together);
    updates who met whom and the seeks satisfied."""
    by_id, met, satisfied = state.people, state.met, state.satisfied
    built = []
    for i, members in enumerate(state.tables):
        language = language_cost(by_id, members)[2] or by_id[members[0]].languages[0]
        number = state.numbers[i] if state.numbers else i + 1
        table = PlanTable(number, state.topics[i], language, sorted(members, key=lambda p: by_id[p].email))
        for pid in members:
            if state.speaks(pid, language):
                continue
            mine = set(by_id[pid].languages)
            helper = next((q for q in table.members if q != pid and state.speaks(q, language)
                           and mine & set(by_id[q].languages)), None)
            if helper:
                table.interpreters.append((helper, pid))
            else:
                table.unbridged.append(pid)
                problems.append({"kind": "no_shared_language", "round": r + 1, "table": number,
                                 "participant": by_id[pid].email, "language": language})
        regions = {by_id[p].region for p in members}
        if not {"EU", "LAC"} <= regions:
            table.unmixed = True
            problems.append({"kind": "not_mixed", "round": r + 1, "table": number})
        for pid in members:
            twins = [by_id[q].email for q in members if q in (apart or {}).get(pid, ()) and q > pid]
            if twins:
                problems.append({"kind": "same_person", "round": r + 1, "table": number,
                                 "participant": by_id[pid].email, "with": twins})
        for pid in members:
            again = [by_id[q].email for q in members if q in met[pid] and q > pid]
            if again:
                problems.append({"kind": "meets_again", "round": r + 1, "table": number,
                                 "participant": by_id[pid].email, "with": again})
            if table.topic in by_id[pid].seeks:
                satisfied[pid].add(table.topic)
        for pid in members:
            met[pid].update(q for q in members if q != pid)
        built.append(table)
    return built


def review(people: Sequence[Person], seats: Sequence[Sequence[tuple[int, str, Sequence[str]]]], *, min_size: int,
           max_size: int, registered_offers: set[str] | None = None, apart: Iterable[tuple[str, str]] = ()) -> Plan:
    """A plan as it stands after a person was moved by hand (per round, (number, topic, member ids) per table):
    everything worked out again, and what the move broke reported too ("size", "no_host", "same_person")."""
    by_id = {p.id: p for p in people}
    separate = _apart(apart, by_id)
    met: dict[str, set[str]] = {p.id: set() for p in people}
    satisfied: dict[str, set[str]] = {p.id: set() for p in people}
    problems: list[dict[str, object]] = []
    rounds = []
    for r, tables in enumerate(seats):
        state = _Round(by_id, met, satisfied)
        for number, topic, members in tables:
            members = [m for m in members if m in by_id]
            if not members:
                continue
            state.tables.append(list(members))
            state.topics.append(topic)
            state.numbers.append(number)
            if not min_size <= len(members) <= max_size:
                problems.append({"kind": "size", "round": r + 1, "table": number, "size": len(members)})
            if not any(topic in by_id[m].offers for m in members):
                problems.append({"kind": "no_host", "round": r + 1, "table": number})
        rounds.append(_build_round(state, r, problems, separate))
    offered = set().union(*(p.offers for p in people)) if people else set()
    problems += _unmet_reasons(people, satisfied, offered, offered if registered_offers is None else registered_offers)
    interpreted = sum(len(t.interpreters) for tables_ in rounds for t in tables_)
    return Plan(rounds, satisfied, problems, sum(len(p.seeks) for p in people), interpreted,
                warnings=mix_warnings(people, rounds))


def _seed(state: _Round, groups: list[tuple[list[str], str]], people: Sequence[Person], count: int, min_size: int,
          max_size: int) -> None:
    """Start the round with its minority-language tables (see `languages`); not when they would leave the others
    too few (counting the seats a group smaller than a table leaves) or too many for the other tables, nor a table
    whose people met in an earlier round."""
    groups = [(g, topic) for g, topic in groups if not any(state.conflicts(p, g) for p in g)]
    seated = {pid for g, _topic in groups for pid in g}
    rest = [p for p in people if p.id not in seated]
    others = count - len(groups)
    short = sum(max(0, min_size - len(g)) for g, _topic in groups)  # seats the others must fill at the groups' tables
    if not groups or others < 0 or sum(1 for p in rest if p.offers) < others or len(rest) < others * min_size + short \
            or len(rest) > others * max_size + sum(max_size - len(g) for g, _topic in groups):
        return
    for members, topic in groups:
        state.spoken[len(state.tables)] = language_cost(state.people, members)[2] or ""
        state.tables.append(list(members))
        state.topics.append(topic)


def _greedy(state: _Round, people: Sequence[Person], count: int, min_size: int, max_size: int,
            rng: random.Random, interpreter: dict[str, str] | None = None, wishes: dict[str, str] | None = None,
            plan: RoundOutline | None = None) -> None:
    """Topics where the unmet demand is, one host each; then the hardest people first, where they fit best (among
    every table with room, or in a large room among the tables on their seeks and a sample of the others). Tables
    already in the round (`_seed`) count among the `count` and take people too. `interpreter` (monolingual →
    bilingual, see `languages`) seats an interpreter with the people they are to help; `wishes` (person → topic,
    see `languages`) seats people on the topic planned for them, at tables opened on those topics first. `plan`
    (see `outline`) opens its tables first, each with a host who speaks its language, and seats the people with a
    topic planned for them before the others, there (or on that topic in another language they speak, not at a
    table of `_seed`, or else at a table in a language they speak); the others at a table in the language planned
    for them."""
    by_id = state.people
    unmet = {p.id: set(p.seeks) - state.satisfied[p.id] for p in people}
    demand = Counter(k for p in people for k in unmet[p.id])
    offerers: dict[str, list[str]] = {}
    for p in sorted(people, key=lambda p: (len(unmet[p.id]), p.email)):
        for k in p.offers:
            offerers.setdefault(k, []).append(p.id)
    interpreter, wishes = interpreter or {}, wishes or {}
    for k, hosts_of_k in offerers.items():  # someone with another topic planned for them hosts only when nobody else can
        elsewhere = {pid: wishes.get(pid, k) != k for pid in hosts_of_k}
        hosts_of_k.sort(key=elsewhere.__getitem__)
    helped_by = {b: b for b in interpreter.values()} | interpreter  # an interpreter and those they help: one table
    hosts: set[str] = {pid for members in state.tables for pid in members}
    hosting = {helped_by[h] for h in hosts if h in helped_by}
    planned = {pid: wish for pid, wish in (plan.wishes if plan else {}).items() if pid not in wishes}
    seeded = len(state.tables)  # the language tables (`_seed`)
    if plan:  # the outline's tables first, each with a host who offers its topic and speaks its language
        for (k, lang), n in sorted(plan.tables.items(), key=lambda item: (-item[1], item[0])):
            for _ in range(n):
                free = [h for h in offerers.get(k, ()) if h not in hosts and lang in by_id[h].languages
                        and helped_by.get(h) not in hosting]
                if len(state.tables) >= count or not free:
                    break
                host = min(free, key=lambda h: (planned.get(h) != (k, lang), len(unmet[h]), by_id[h].email))
                hosts.add(host)
                if host in helped_by:
                    hosting.add(helped_by[host])
                state.spoken[len(state.tables)] = lang
                state.tables.append([host])
                state.topics.append(k)
                demand[k] = max(0, demand[k] - (max_size - 1))
    next_host = dict.fromkeys(offerers, 0)
    pending = Counter(wishes.values())  # topics planned for someone: a table on each first
    for _ in range(count - len(state.tables)):
        options = []
        for k, hosts_of_k in offerers.items():
            while next_host[k] < len(hosts_of_k) and (hosts_of_k[next_host[k]] in hosts
                                                      or helped_by.get(hosts_of_k[next_host[k]]) in hosting):
                next_host[k] += 1
            if next_host[k] < len(hosts_of_k):
                h = hosts_of_k[next_host[k]]
                options.append((-pending[k], wishes.get(h, k) != k, -demand[k], len(unmet[h]), k, by_id[h].email, h))
        if not options:  # the room needs its tables more than an interpreter and those they help need one table
            options = [(-pending[k], wishes.get(h, k) != k, -demand[k], len(unmet[h]), k, by_id[h].email, h)
                       for k, hosts_of_k in offerers.items() for h in hosts_of_k if h not in hosts]
        if not options:
            break
        _pending, _elsewhere, want, _n, topic, _email, host = min(options)
        demand[topic] = max(0, -want - (max_size - 1))
        pending[topic] = max(0, pending[topic] - (max_size - 1))
        hosts.add(host)
        if host in helped_by:
            hosting.add(helped_by[host])
        state.tables.append([host])
        state.topics.append(topic)
    on_topic: dict[str, list[int]] = {}
    for j, table_topic in enumerate(state.topics):
        if table_topic is not None:
            on_topic.setdefault(table_topic, []).append(j)
    rest = sorted((p for p in people if p.id not in hosts),  # interpreters with those they help, people with a
                  # topic planned for them (by `languages`, then by the outline), then the hardest
                  key=lambda p: (p.id not in helped_by, p.id not in wishes, planned.get(p.id, (None,))[0] is None,
                                 len(p.languages), -len(unmet[p.id]), p.email))
    room = [j for j, members in enumerate(state.tables) if len(members) < max_size]  # tables with a free seat
    short = {j for j in room if len(state.tables[j]) < min_size}  # tables below the minimum
    large = len(state.tables) > 80
    costs: dict[int, tuple[int, int, str | None]] = {}  # the tables' language costs, until they take someone

    def cost_of(j: int) -> tuple[int, int, str | None]:
        known = costs.get(j)
        if known is None:
            known = costs[j] = language_cost(by_id, state.tables[j])
        return known

    for i, person in enumerate(rest):
        left = len(rest) - i
        deficit = sum(min_size - len(state.tables[j]) for j in short)
        # the last people fill the tables below the minimum: from a few before the end, those who would meet nobody
        # twice there (at the end, someone left for a table of people they met or will meet breaks a rule)
        fill = [j for j in sorted(short) if not state.conflicts(person.id, state.tables[j])] \
            if left <= deficit + FILL_AHEAD else []
        if fill or left <= deficit:
            candidates = fill or sorted(short)
        elif large:
            sample = rng.sample(room, min(24, len(room)))
            wanted = [j for k in sorted(unmet[person.id]) for j in on_topic.get(k, ()) if len(state.tables[j]) < max_size]
            candidates = sample + wanted[:12]
        else:
            candidates = room
        together = {q for q, key in helped_by.items() if key == helped_by.get(person.id)} - {person.id}
        table = next((j for j in candidates if together & set(state.tables[j])), None)
        if table is not None and not state.conflicts(person.id, state.tables[table]):
            candidates = [table]
        elif together:  # the first of them: a table the others can join, with seats for them all
            candidates = [j for j in candidates if len(state.tables[j]) + 1 + len(together) <= max_size
                          and not any(state.conflicts(q, state.tables[j]) for q in together)] or candidates
        wish = wishes.get(person.id)
        wished = [j for j in candidates if state.topics[j] == wish and not state.conflicts(person.id, state.tables[j])]
        if person.id in planned:  # the outline's topic in its language, else in another they speak (not at a
            # language table), else any table in a language they speak (an interpreted seat costs more than a seek);
            # without a topic, a table in its language
            aim, language = planned[person.id]
            fresh = [j for j in candidates if not state.conflicts(person.id, state.tables[j])]
            mine = [j for j in fresh if state.spoken.get(j) in person.languages]
            wished = [j for j in mine if state.spoken[j] == language and state.topics[j] == aim] or [
                j for j in mine if state.topics[j] == aim and j >= seeded] or mine if aim else [
                j for j in mine if state.spoken[j] == language]
        best = max(wished or candidates, key=lambda j: _fit(state, person, j, cost_of(j)))
        state.tables[best].append(person.id)
        costs.pop(best, None)
        if len(state.tables[best]) >= min_size:
            short.discard(best)
        if len(state.tables[best]) >= max_size:
            room.remove(best)


def _mix_last(layouts: list[_Round], by_id: dict[str, Person], apart: dict[str, set[str]], min_size: int,
              max_size: int, touched: list[set[int]] | None = None) -> None:
    """The mixing swaps of the start (`_mix`) once more on the improved plan, for a table the search left unmixed
    (where, in a re-plan, it mended a table the no-shows left too small with the only person of a region of
    another): each round against who meets whom in the others. In a re-plan (`touched`: per round, the tables
    it changed), swaps with tables it already changed come first, so that the others stay as printed."""
    for r, layout in enumerate(layouts):
        if all({"EU", "LAC"} <= {by_id[p].region for p in members} for members in layout.tables if members):
            continue
        met: dict[str, set[str]] = {pid: set(apart.get(pid, ())) for pid in by_id}
        for s, other in enumerate(layouts):
            if s != r:
                for members in other.tables:
                    for pid in members:
                        met[pid].update(q for q in members if q != pid)
        state = _Round(by_id, met, {pid: set() for pid in by_id})
        state.tables, state.topics = layout.tables, layout.topics
        changed = _mix(state, min_size, max_size, prefer=None if touched is None else touched[r])
        if touched is not None:
            touched[r] |= changed


def _part(state: _Round, apart: dict[str, set[str]]) -> set[int]:
    """Two records likely of one person at a table: one of them swapped with someone of another table, where
    each table keeps someone who offers its topic and nobody meets anyone again; the swap that keeps the most
    tables mixed and costs the fewest interpreted seats first. Returns the tables changed."""
    by_id = state.people
    changed: set[int] = set()

    def worth(members: list[str], topic: str | None) -> tuple[int, ...]:
        regions = {by_id[p].region for p in members}
        unbridged, interpreted, _lang = language_cost(by_id, members)
        return (0 if any(topic in by_id[p].offers for p in members) else -1, -sum(state.conflicts(p, members)
                                                                                  for p in members),
                1 if {"EU", "LAC"} <= regions else 0, -unbridged, -interpreted)

    for a, members in enumerate(state.tables):
        twins = [q for q in members if apart.get(q, set()) & set(members)]
        if not twins:
            continue
        q = twins[-1]
        best: tuple[tuple[int, ...], int, str] | None = None
        for b, there in enumerate(state.tables):
            if b == a:
                continue
            for s in there:
                new_a = [p for p in members if p != q] + [s]
                new_b = [p for p in there if p != s] + [q]
                if apart.get(s, set()) & set(new_a) or apart.get(q, set()) & set(new_b):
                    continue
                key = tuple(x + y for x, y in zip(worth(new_a, state.topics[a]), worth(new_b, state.topics[b])))
                if key[:2] == (0, 0) and (best is None or key > best[0]):
                    best = (key, b, s)
        if best is not None:
            _key, b, s = best
            state.tables[a] = [p for p in members if p != q] + [s]
            state.tables[b] = [p for p in state.tables[b] if p != s] + [q]
            changed |= {a, b}
    return changed


def _mix(state: _Round, min_size: int, max_size: int, prefer: set[int] | None = None) -> set[int]:
    """Mix the round's tables that the greedy start left without Europe or without Latin America and the
    Caribbean: someone of the region a table lacks, from a table with two or more of them or from one that is not
    mixed either, moved there or swapped with one of its members, where that mixes more tables (so the last of a
    region leaves no mixed table), keeps each table's host and seats nobody with someone
    they met (or are kept apart from); the swap that costs the fewest interpreted seats first. With `prefer` (a
    re-plan's changed tables, which grows with each swap), a swap with one of those tables comes before any swap
    with a table still as printed. Returns the tables changed."""
    by_id = state.people
    prefer = None if prefer is None else set(prefer)
    changed: set[int] = set()

    def mixed(members: list[str]) -> bool:
        regions = {by_id[p].region for p in members}
        return "EU" in regions and "LAC" in regions

    def hosted(members: list[str], topic: str | None) -> bool:
        return any(topic in by_id[p].offers for p in members)

    def cost(members: list[str]) -> tuple[int, int]:
        return language_cost(by_id, members)[:2]

    for a in [a for _pass in range(2) for a in range(len(state.tables))]:  # a second pass: tables with neither
        if mixed(state.tables[a]):
            continue
        regions = {by_id[p].region for p in state.tables[a]}
        lacking = "LAC" if "EU" in regions else "EU"
        best: tuple[tuple[int, int, int, int], int, str, str | None] | None = None
        for b, there in enumerate(state.tables):
            if b == a or not any(by_id[p].region == lacking for p in there):
                continue
            for d in (p for p in there if by_id[p].region == lacking):
                rest_b = [p for p in there if p != d]
                swaps: list[str | None] = [None] if len(state.tables[a]) < max_size and len(there) > min_size else []
                for s in swaps + list(state.tables[a]):
                    new_a = [p for p in state.tables[a] if p != s] + [d]
                    new_b = rest_b + ([s] if s else [])
                    if mixed(new_a) + mixed(new_b) <= mixed(there) or not hosted(new_a, state.topics[a]) \
                            or not hosted(new_b, state.topics[b]) or state.conflicts(d, new_a[:-1]) \
                            or (s and state.conflicts(s, rest_b)):
                        continue
                    before = [x + y for x, y in zip(cost(state.tables[a]), cost(there))]
                    after = [x + y for x, y in zip(cost(new_a), cost(new_b))]
                    key = (0 if prefer is None or b in prefer else 1, after[0] - before[0], after[1] - before[1],
                           0 if s is None else 1)
                    if best is None or key < best[0]:
                        best = (key, b, d, s)
        if best is not None:
            _key, b, d, s = best
            state.tables[a] = [p for p in state.tables[a] if p != s] + [d]
            state.tables[b] = [p for p in state.tables[b] if p != d] + ([s] if s else [])
            changed |= {a, b}
            if prefer is not None:
                prefer |= {a, b}
    return changed


def _start_from(state: _Round, previous: Sequence[tuple[int, str, Sequence[str]]], people: Sequence[Person],
                min_size: int, max_size: int) -> set[int] | None:
    """Start a round from a previous plan's tables: the people still present stay; a table whose hosts all left
    takes a topic one of its people offers (or is dissolved when nobody does); the others are seated where they
    fit best (late arrivals too many for the free seats open
    tables of their own). Returns the tables that changed or break a rule, for the search to work on; None when
    the late arrivals cannot open tables (the round is then planned again whole)."""
    present = {p.id for p in people}
    seated: set[str] = set()
    touched: set[int] = set()
    for number, topic, members in previous:
        staying = [m for m in members if m in present]
        if staying and not any(topic in state.people[m].offers for m in staying):
            # its hosts left: the table keeps its people on a topic one of them offers, when someone does
            offered = sorted({k for m in staying for k in state.people[m].offers},
                             key=lambda k: (-sum(k in state.people[m].seeks for m in staying), k))
            if not offered:
                continue
            topic = offered[0]
            touched.add(len(state.tables))
        if staying:
            state.tables.append(staying)
            state.topics.append(topic)
            state.numbers.append(number)
            seated.update(staying)
    waiting = sorted((p for p in people if p.id not in seated), key=lambda p: (len(p.languages), p.email))
    leftover: list[Person] = []
    for person in waiting:
        room = [j for j, t in enumerate(state.tables) if len(t) < max_size]
        if room:
            best = max(room, key=lambda j: _fit(state, person, j))
            state.tables[best].append(person.id)
            touched.add(best)
        else:
            leftover.append(person)
    if not state.tables:
        return None
    if leftover:
        before = len(state.tables)
        if not _open_tables(state, leftover, people, min_size, max_size):
            return None
        touched.update(range(before, len(state.tables)))
    mixable = min(sum(1 for p in people if p.region == region) for region in ("EU", "LAC")) >= len(state.tables)
    touched.update(j for j, t in enumerate(state.tables)  # a member whose interpreter left, too
                   if not min_size <= len(t) <= max_size or any(state.conflicts(p, t) for p in t)
                   or (mixable and not {"EU", "LAC"} <= {state.people[p].region for p in t})
                   or language_cost(state.people, t)[0])
    return touched


def _open_tables(state: _Round, leftover: list[Person], people: Sequence[Person], min_size: int, max_size: int) -> bool:
    """New tables for the people who found no room (late arrivals), each around a topic one of them offers;
    when they are too few for a table, people of the fullest tables join them."""
    by_id = state.people
    count = math.ceil(len(leftover) / max_size)
    hosts = [p for p in leftover if p.offers][:count]
    if len(hosts) < count:
        return False
    demand = Counter(k for p in people for k in p.seeks - state.satisfied[p.id])
    new = []
    for host in hosts:
        state.tables.append([host.id])
        state.topics.append(max(sorted(host.offers), key=lambda k: demand[k]))
        state.numbers.append(max(state.numbers, default=0) + 1)
        new.append(len(state.tables) - 1)
    for person in (p for p in leftover if p not in hosts):
        state.tables[max((j for j in new if len(state.tables[j]) < max_size),
                         key=lambda j: _fit(state, person, j))].append(person.id)
    for j in new:  # too few: the fullest old tables lend someone who is not their only host
        while len(state.tables[j]) < min_size:
            donors = [i for i in range(len(state.tables)) if i not in new and len(state.tables[i]) > min_size]
            if not donors:
                return False
            i = max(donors, key=lambda i: len(state.tables[i]))
            movable = [p for p in state.tables[i] if sum(state.topics[i] in by_id[q].offers
                                                         for q in state.tables[i] if q != p) >= 1]
            if not movable:
                return False
            lent = max(movable, key=lambda p: _fit(state, by_id[p], j))
            state.tables[i].remove(lent)
            state.tables[j].append(lent)
    return True


def _fit(state: _Round, person: Person, j: int, before: tuple[int, int, str | None] | None = None) -> tuple[int, ...]:
    """How well a person fits at table j as it is now: no second meeting, not a guest at a language table whom
    nobody there can interpret for, the EU/LAC mix, nobody left without a shared language, not a language table
    in a language they do not speak, a seek met, no interpreter needed, a new country, the emptier table.
    `before`: the table's language cost as it is, when known."""
    members = state.tables[j]
    topic = state.topics[j]
    unbridged, interpreted, _lang = language_cost(state.people, [*members, person.id])
    before_unbridged, before_interpreted, _lang = before or language_cost(state.people, members)
    unbridged, interpreted = unbridged - before_unbridged, interpreted - before_interpreted
    seek = 1 if topic in person.seeks and topic not in state.satisfied[person.id] else 0
    regions = {state.people[q].region for q in members}
    mix = 1 if person.region in ("EU", "LAC") and person.region not in regions else 0
    country = 1 if person.country not in {state.people[q].country for q in members} else 0
    foreign = 1 if j in state.spoken and state.spoken[j] not in person.languages else 0  # at a language table
    # at a language table, a guest (who mixes it) whom none of its members can interpret for
    stranded = foreign and not any(state.spoken[j] in state.people[q].languages
                                   and set(state.people[q].languages) & set(person.languages) for q in members)
    return (-state.conflicts(person.id, members), -stranded, mix, -unbridged, -foreign, seek, -interpreted, country,
            -len(members))


def _unmet_reasons(people: Sequence[Person], satisfied: dict[str, set[str]], offered: set[str],
                   registered: set[str]) -> list[dict[str, object]]:
    """Why each seek was not met: nobody offers it, nobody present offers it, nobody who offers it shares a
    language, or the tables went to other topics."""
    out: list[dict[str, object]] = []
    speakers = {p.id: set(p.languages) for p in people}
    for person in people:
        for topic in sorted(person.seeks - satisfied[person.id]):
            if topic not in registered:
                reason = "nobody_offers"
            elif topic not in offered:
                reason = "nobody_present_offers"
            elif not any(topic in q.offers and speakers[q.id] & speakers[person.id] for q in people if q.id != person.id):
                reason = "language"
            else:
                reason = "other_topics_chosen"
            out.append({"kind": "seek_unmet", "participant": person.email, "topic": topic, "reason": reason})
    return out
