"""Finding participants as a search field is typed: the people page's order and a word index, kept in memory.

`participant_ids` answers from a `PeopleIndex` that a workspace keeps when a view searching as keys are typed
asks for one (`keep_search_index`): the live participants in the list's order (erased people last, then
`text.name_sort_key`, then id), and every word of their names, organisation and e-mail as the file's full-text
index (SQLite FTS5, `unicode61 remove_diacritics 2`) holds it. A keystroke then costs a bisect in the sorted words and a pass over the people they name, not a
full-text query, a join and a sort of everyone found (a one-letter prefix finds most of 50,000 people).

The words are cut and folded exactly as FTS5 does: what each character is to the tokenizer (a separator, a
letter and what it folds to, a mark that only continues a word) is asked of SQLite's own tokenizer, once per
character met (`FtsWords`). The index follows every change to the participants, whoever made it (this
window, a worker, the phones' server, a delta from another laptop, an undo): each operation writes an audit
row naming the records it touched (`Workspace.operation`), so the index re-reads the records named since it
last looked. `ids_by_query` is the same answer read by one SQL query: the reference, and the way inside a
transaction (whose rows may still be rolled back) or for a query word the index cannot answer alone.

Reading everyone's words costs about half a second at 50,000 people: a view reads them a little at a time while
the window is idle (`prepare_search_index`), so that the first key typed does not wait for them all.
"""

from __future__ import annotations

import json
import operator
import re
import sqlite3
import threading
import time
from array import array
from bisect import bisect_left, bisect_right, insort
from collections import deque
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain, compress, repeat
from typing import Any

from ..text import name_sort_key
from ..vocabulary import NOT_GIVEN
from ..workspace import Workspace

#: The columns the filters of `participant_ids` compare for equality (`vocabulary.NOT_GIVEN`: no value)
FILTER_COLUMNS = ("country", "region", "role", "gender", "stakeholder")
_TOKENIZER = re.compile(r"""tokenize\s*=\s*['"]([^'"]*)['"]""")
#: When a prefix finds more than one person in this many, they are marked in a byte per place, not gathered in a set
_DENSE_SHARE = 16
#: How many longer prefixes' marks are kept beside the first letters' (until the next change)
_KEPT_MARKS = 64
#: How many people `PeopleIndex.read_words_for` reads, or cuts into words, at a time
_BUILD_CHUNK = 2000

#: `name_sort_key`, remembered: the index is rebuilt whole after an import, mostly with the same names again
_name_key = lru_cache(maxsize=1 << 17)(name_sort_key)


def query_words(text: str) -> list[str]:
    """The words of a search (runs of letters, digits and underscores), each matched as a word's start."""
    return re.findall(r"\w+", text, flags=re.UNICODE)


def fts_query(text: str) -> str:
    """An FTS5 query matching every word of `text` as a prefix (quotes and operators neutralised)."""
    return " ".join(f'"{w}"*' for w in query_words(text))


def ids_by_query(ws: Workspace, search: str = "", *, country: str | None = None, region: str | None = None,
                 role: str | None = None, language: str | None = None, gender: str | None = None,
                 stakeholder: str | None = None) -> list[str]:
    """`participant_ids` (but for its check-in filter) read by one SQL query over the full-text index: no
    memory kept, the answer of record that the index must give too."""
    where = ["p.event_id = ?", "p.deleted = 0"]
    params: list[Any] = [ws.event_id]
    for column, value in (("country", country), ("region", region), ("role", role), ("gender", gender),
                          ("stakeholder", stakeholder)):
        if value == NOT_GIVEN:
            where.append(f"p.{column} IS NULL")
        elif value:
            where.append(f"p.{column} = ?")
            params.append(value)
    if language:
        where.append("(';' || p.languages || ';') LIKE ?")
        params.append(f"%;{language};%")
    query = fts_query(search)
    if query:
        # CROSS JOIN: the full-text index first (SQLite would otherwise scan every participant for each match)
        sql = ("SELECT p.id, p.family_name, p.given_name, p.erased FROM participants_fts f CROSS JOIN participants p "
               f"ON p.rowid = f.rowid WHERE participants_fts MATCH ? AND {' AND '.join(where)}")
        params.insert(0, query)
    else:
        sql = f"SELECT p.id, p.family_name, p.given_name, p.erased FROM participants p WHERE {' AND '.join(where)}"
    # erased people (no name left) come last
    found = sorted(ws.conn.execute(sql, params), key=lambda r: (r[3], _name_key(r[1], r[2]), r[0]))
    return [r[0] for r in found]


# -- the words, as FTS5 cuts them ---------------------------------------------------------------------------------

_SEPARATOR = " "
_APART = "\x1f"  # between texts cut at once (a separator to FTS5; kept as it is by `words_of_each`)


class FtsWords:
    """The words of a text as an FTS5 tokenizer (`spec`, e.g. "unicode61 remove_diacritics 2") makes them.

    What the tokenizer does with each character is learnt from SQLite itself, the first time the character is
    met: a separator, a letter folded to another (or to nothing: a combining accent), or a mark that continues
    a word but never starts one. The text is then cut by `str.translate` at C speed. Texts with a character
    that only a word's place tells (a mark that continues a word with a letter of its own) are cut by SQLite."""

    def __init__(self, spec: str):
        self._conn = sqlite3.connect(":memory:", check_same_thread=False)
        self._conn.execute(f"CREATE VIRTUAL TABLE probe USING fts5(inside, start, tokenize = '{spec}')")
        self._conn.execute("CREATE VIRTUAL TABLE probe_words USING fts5vocab(probe, instance)")
        self._lock = threading.Lock()
        self._table: dict[int, str] = {}  # character → what `translate` makes of it
        self._plain: set[str] = set()  # characters that are a letter of their own (with a fold that is not empty)
        self._odd: set[str] = set()  # characters whose meaning depends on their place
        self._known: set[str] = set()  # the characters learnt
        self._learn({_SEPARATOR})
        if self._table[ord(_SEPARATOR)] != _SEPARATOR:
            raise ValueError(f"FTS5 tokenizer {spec!r} keeps spaces in words")

    def _learn(self, chars: Iterable[str]) -> None:
        """Ask SQLite what its tokenizer makes of each of `chars`: "a{c}a" (inside a word) and "{c}a" (at a start)."""
        with self._lock:
            chars = [c for c in chars if c not in self._known]
            if not chars:
                return
            conn = self._conn
            conn.execute("DELETE FROM probe")
            conn.executemany("INSERT INTO probe (rowid, inside, start) VALUES (?, ?, ?)",
                             [(n, f"a{c}a", f"{c}a") for n, c in enumerate(chars)])
            words: dict[tuple[int, str], list[str]] = {}
            for doc, column, term in conn.execute("SELECT doc, col, term FROM probe_words ORDER BY doc, col, offset"):
                words.setdefault((doc, column), []).append(term)
            for n, c in enumerate(chars):
                inside, start = words.get((n, "inside"), []), words.get((n, "start"), [])
                if inside == ["a", "a"] and start == ["a"]:
                    self._table[ord(c)] = _SEPARATOR
                    continue
                if len(inside) == 1 and inside[0].startswith("a") and inside[0].endswith("a") and len(inside[0]) >= 2:
                    folded = inside[0][1:-1]
                    if start == [folded + "a"]:  # a letter (or, folded to nothing, as good as a mark)
                        self._table[ord(c)] = folded
                        if folded:
                            self._plain.add(c)
                        continue
                self._odd.add(c)
                self._table[ord(c)] = c
            self._known.update(chars)

    def words(self, text: str) -> set[str]:
        """The distinct non-empty words of `text`."""
        chars = set(text)
        if not chars <= self._known:
            self._learn(chars - self._known)
        if self._odd and not self._odd.isdisjoint(chars):
            return self._words_by_sqlite(text)
        return set(filter(None, text.translate(self._table).split(_SEPARATOR)))

    def words_of_each(self, texts: Sequence[str]) -> list[set[str]]:
        """`words` of each text, cut all at once (one `translate` of them all, between marks no text holds)."""
        joined = _APART.join(texts)
        chars = set(joined)
        if not chars <= self._known:
            self._learn(chars - self._known)
        if (self._odd and not self._odd.isdisjoint(chars)) or joined.count(_APART) != len(texts) - 1:
            return [self.words(text) for text in texts]
        table = {**self._table, ord(_APART): _APART}
        return [set(filter(None, part.split(_SEPARATOR))) for part in joined.translate(table).split(_APART)]

    def prefix(self, word: str) -> str | None:
        """The one word a search word is matched by (as the start of words), or None when it is not one plain
        word to the tokenizer (a separator or a mark inside it: only the full-text query knows then)."""
        self.words(word)  # learns its characters
        if not all(c in self._plain for c in word):
            return None
        return word.translate(self._table)

    def _words_by_sqlite(self, text: str) -> set[str]:
        with self._lock:
            self._conn.execute("DELETE FROM probe")
            self._conn.execute("INSERT INTO probe (rowid, inside, start) VALUES (0, ?, '')", (text,))
            return {term for (term,) in self._conn.execute("SELECT term FROM probe_words") if term}


_fts_words: dict[str, FtsWords] = {}
_fts_words_lock = threading.Lock()


def fts_words(ws: Workspace) -> FtsWords:
    """The words of texts as the participants' full-text index of this file cuts them."""
    row = ws.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'participants_fts'").fetchone()
    match = _TOKENIZER.search(row[0] if row else "")
    spec = match.group(1) if match else "unicode61"
    with _fts_words_lock:
        if spec not in _fts_words:
            _fts_words[spec] = FtsWords(spec)
        return _fts_words[spec]


# -- the index -----------------------------------------------------------------------------------------------------

#: A record as the index reads it: what places it, the texts of its words (the full-text index's columns), its filters
_COLUMNS = ("id", "event_id", "deleted", "erased", "family_name", "given_name", "organisation", "email", *FILTER_COLUMNS,
            "languages")
_SELECT = f"SELECT {', '.join(_COLUMNS)}"


class PeopleIndex:
    """One event's live participants in the list's order, with their words, kept in memory for one workspace.

    Each person has a slot (a number kept while they are known); `_order` lists the slots in the list's order and
    `_rank` gives each slot's place in it. `_postings` maps each word to the slots of the people who have it, and
    `_words` keeps the words sorted, so that the words starting with a search word are one run of them. Few
    objects the garbage collector must visit: tuples per person, an array of slots per word."""

    def __init__(self, ws: Workspace):
        self._ws = ws
        self._fts: FtsWords | None = None  # the words are read when first searched (a list shown needs only its order)
        self.event_id = ""
        self._audit_mark = -1
        self._cutter: FtsWords | None = None  # how the file's full-text index cuts words (once words are read)
        self._reset()

    def _reset(self) -> None:
        self._slot: dict[str, int] = {}
        self._ids: list[str | None] = []
        self._keys: list[Any] = []
        self._texts: list[tuple[str | None, ...]] = []  # the texts of each slot's words (names, organisation, e-mail)
        self._fields: list[tuple[Any, ...]] = []  # the filters' fields of each slot: FILTER_COLUMNS, languages
        self._postings: dict[str, array[int]] = {}
        self._words: list[str] = []
        self._order: list[int] = []
        self._stale = True  # `_order`, `_rank`, `_ordered_ids` and the filters' marks wait for a `_sort`
        self._added: list[int] = []  # slots put since the last `_sort`
        self._dropped: list[int] = []  # slots dropped since the last `_sort`
        self._new_words: list[str] = []  # words met since the last `_sort`
        self._values: dict[Any, Any] = {}  # one copy of each filter field's value (a country code, a role…)
        self._with_details = True  # whether `_texts` and `_fields` are read (all but after `_load_all`)
        self._details_after = 0  # the rowid up to which `_details` has read them (a little at a time)
        self._cursor = 0  # the slots below it have their words in `_postings` (all, once `_fts` is set)
        self._letters_left: list[str] = []  # first letters whose marks `read_words_for` has still to make
        self._rank: list[int] = []
        self._ordered_ids: list[str] = []
        self._marks: dict[tuple[str, str], bytearray] = {}  # the filters' marks
        self._found: dict[str, bytearray] = {}  # the marks of prefixes found by many (every first letter's, made at once)

    def __len__(self) -> int:
        return len(self._slot)

    # -- following the file

    def refresh(self) -> None:
        """Take in what changed in the file since the last look (the audit rows that name participants)."""
        conn = self._ws.conn
        mark = conn.execute("SELECT max(rowid) FROM audit").fetchone()[0] or 0
        event_id = self._ws.event_id
        if event_id != self.event_id or mark < self._audit_mark:
            self._load_all(event_id)
        elif mark > self._audit_mark:
            changed: set[str] = set()
            for (row_ids,) in conn.execute("SELECT row_ids FROM audit WHERE rowid > ? AND table_name = 'participants'",
                                           (self._audit_mark,)):
                changed.update(json.loads(row_ids or "[]"))
            if len(changed) > max(1000, len(self._slot) // 4):
                self._load_all(event_id)
            elif changed:
                self._reread(sorted(changed))
        self._audit_mark = mark

    def _load_all(self, event_id: str) -> None:
        self._reset()
        self.event_id = event_id
        rows = self._ws.conn.execute("SELECT id, erased, family_name, given_name FROM participants "
                                     "WHERE event_id = ? AND deleted = 0", (event_id,)).fetchall()
        self._ids = [row[0] for row in rows]
        self._slot = {pid: slot for slot, pid in enumerate(self._ids)}  # type: ignore[misc]
        self._keys = [(row[1], _name_key(row[2], row[3]), row[0]) for row in rows]
        self._texts, self._fields = [()] * len(rows), [()] * len(rows)  # read when first searched or filtered
        self._added = list(range(len(rows)))
        self._fts, self._with_details = None, False

    def _details(self, limit: int = -1) -> None:
        """Everyone's texts and filter fields, read when first needed (the list shown at first needs its order
        alone), or the next `limit` records' of them (in the order of their rowids). A record changed since is read
        again at the next `refresh`, as any change."""
        if self._with_details:
            return
        keep, texts, fields, slots = self._values.setdefault, self._texts, self._fields, self._slot
        rows = self._ws.conn.execute(f"{_SELECT}, rowid FROM participants WHERE event_id = ? AND deleted = 0 "
                                     "AND rowid > ? ORDER BY rowid LIMIT ?",
                                     (self.event_id, self._details_after, limit)).fetchall()
        for row in rows:
            slot = slots.get(row[0])
            if slot is not None:
                texts[slot], fields[slot] = row[4:8], tuple(map(keep, row[8:-1], row[8:-1]))
        if rows:
            self._details_after = rows[-1][-1]
        self._with_details = limit < 0 or len(rows) < limit

    def _reread(self, ids: Sequence[str]) -> None:
        found: dict[str, tuple[Any, ...]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found.update((row[0], row) for row in self._ws.conn.execute(
                f"{_SELECT} FROM participants WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
        for pid in ids:
            row = found.get(pid)
            self._drop(pid)
            if row is not None and row[1] == self.event_id and not row[2]:
                self._put(row)

    def _put(self, row: tuple[Any, ...]) -> None:
        pid, _event, _deleted, erased, family, given, _organisation, _email, *fields = row
        slot = len(self._ids)
        self._slot[pid] = slot
        self._ids.append(pid)
        self._keys.append((erased, _name_key(family, given), pid))
        self._texts.append(row[4:8])
        self._fields.append(tuple(self._values.setdefault(value, value) for value in fields))
        if self._fts is not None:
            self._index_words(slot, self._fts.words(self._text(slot)))
            self._cursor = slot + 1
        self._added.append(slot)
        self._stale = True

    def _text(self, slot: int) -> str:
        return " ".join(filter(None, self._texts[slot]))

    def _index_words(self, slot: int, words: Iterable[str]) -> None:
        postings = self._postings
        for word in words:
            slots = postings.get(word)
            if slots is None:
                postings[word] = array("i", (slot,))
                self._new_words.append(word)
            else:
                slots.append(slot)

    def _read_words(self, first_letters: bool = True) -> FtsWords:
        """Everyone's words (those `read_words_for` has not read yet), read when first searched: the list shown at
        first needs only its order. With the marks of the first letters found by many, unless told not to."""
        if self._fts is None:
            self._details()
            fts = self._cut_words(len(self._ids))
            self._fts, self._words, self._new_words = fts, sorted(self._postings), []
            self._found = self._first_letters() if first_letters else {}
        return self._fts

    def _cut_words(self, end: int) -> FtsWords:
        """The words of the people of the slots from `_cursor` to `end`, put in `_postings`; how they are cut."""
        if self._cutter is None:
            self._cutter = fts_words(self._ws)
        ids, cutter = self._ids, self._cutter
        live = [slot for slot in range(self._cursor, end) if ids[slot] is not None]
        for slot, words in zip(live, cutter.words_of_each([self._text(slot) for slot in live])):
            self._index_words(slot, words)
        self._cursor = end
        return cutter

    def read_words_for(self, seconds: float) -> bool:
        """Read everyone's words a chunk of people at a time for about `seconds` (at least one chunk), so that the
        first search does not wait for them all; True once all are read. A change taken in meanwhile (`refresh`)
        drops the words read of the record's old slot, and its new slot is read in turn."""
        deadline = time.perf_counter() + seconds
        while self._fts is None or self._letters_left:
            if not self._with_details:
                self._details(_BUILD_CHUNK)
            elif self._fts is None and self._cursor < len(self._ids):
                self._cut_words(min(self._cursor + _BUILD_CHUNK, len(self._ids)))
            elif self._fts is None:
                self._read_words(first_letters=False)
                self._letters_left = sorted({word[0] for word in self._words}, reverse=True)
            else:  # a first letter's mark at a time (`_matching` keeps those found by many, as `_first_letters`)
                self._sort()
                self._matching(self._letters_left.pop())
            if time.perf_counter() >= deadline:
                return not (self._fts is None or self._letters_left)
        return True

    def _first_letters(self) -> dict[str, bytearray]:
        """The marks of the first letters found by many (a first key pressed is the search's slowest)."""
        by_letter: dict[str, list[array[int]]] = {}
        for word in self._words:
            by_letter.setdefault(word[0], []).append(self._postings[word])
        return {letter: self._scatter(lists) for letter, lists in by_letter.items()
                if sum(map(len, lists)) * _DENSE_SHARE > len(self._order)}

    def _drop(self, pid: str) -> None:
        slot = self._slot.pop(pid, None)
        if slot is None:
            return
        self._ids[slot] = None
        if slot < self._cursor and self._cutter is not None:  # its words were read
            for word in self._cutter.words(self._text(slot)):
                self._postings[word].remove(slot)
        self._texts[slot] = ()
        self._dropped.append(slot)
        self._stale = True

    def _sort(self) -> None:
        """Put the list in order after changes. A few people moved are taken out and put back in place (bisect), with
        their bytes in the marks kept (C-speed moves); after many, everyone is sorted again and the marks of the
        first letters made again (a first key pressed is the search's slowest)."""
        if not self._stale:
            return
        ids, keys, order = self._ids, self._keys.__getitem__, self._order
        added = [slot for slot in self._added if ids[slot] is not None]
        if not self._rank or len(self._dropped) + len(added) > max(64, len(order) // 8):
            order = [slot for slot in order if ids[slot] is not None] + added
            order.sort(key=keys)
            self._order, self._ordered_ids = order, [ids[slot] for slot in order]  # type: ignore[misc]
            self._words = sorted(self._postings)  # (with words nobody has any longer: they may come back)
            self._place()
            self._marks = {}
            self._found = self._first_letters() if self._fts is not None else {}
        else:
            ordered_ids, marks = self._ordered_ids, [*self._found.values(), *self._marks.values()]
            for place in sorted((self._rank[slot] for slot in self._dropped if slot < len(self._rank)), reverse=True):
                del order[place], ordered_ids[place]
                for mark in marks:
                    del mark[place]
            for slot in added:
                place = bisect_right(order, keys(slot), key=keys)
                order.insert(place, slot)
                ordered_ids.insert(place, ids[slot])  # type: ignore[arg-type]
                words = self._fts.words(self._text(slot)) if self._fts is not None else set()
                for prefix, mark in self._found.items():
                    mark.insert(place, any(word.startswith(prefix) for word in words))
                for (column, value), mark in self._marks.items():
                    mark.insert(place, self._passes(column, value, self._fields[slot]))
            if self._fts is not None:  # (else the words are sorted once all are read)
                for word in self._new_words:
                    insort(self._words, word)
            self._place()
        self._added, self._dropped, self._new_words = [], [], []
        self._stale = False

    def _place(self) -> None:
        """Each slot's place in the list (`_rank`)."""
        rank = [0] * len(self._ids)
        for place, slot in enumerate(self._order):
            rank[slot] = place
        self._rank = rank

    # -- answering

    def ids(self, search: str = "", *, language: str | None = None, **filters: str | None) -> list[str] | None:
        """The ids matching `search` and the filters (`FILTER_COLUMNS`, `language`), in the list's order, as
        `ids_by_query` gives them; None when a search word is no plain word to the tokenizer (the caller asks
        `ids_by_query` then)."""
        if language and ("%" in language or "_" in language):  # LIKE's wildcards: the query says what they match
            return None
        self._sort()
        prefixes = []
        for word in query_words(search):
            prefix = self._read_words().prefix(word)
            if prefix is None:
                return None
            prefixes.append(prefix)
        sparse: list[set[int]] = []
        dense: list[bytes | bytearray] = []
        for prefix in dict.fromkeys(prefixes):
            found = self._matching(prefix)
            if isinstance(found, set):
                sparse.append(found)
            else:
                dense.append(found)
        wanted = [(column, value) for column, value in filters.items() if value]
        if language:
            wanted.append(("languages", language))
        if not sparse and not dense and not wanted:
            return list(self._ordered_ids)
        if sparse:
            slots = set.intersection(*sparse)
            rank = self._rank
            for mark in dense + [self._mark(column, value) for column, value in wanted]:
                slots = {slot for slot in slots if mark[rank[slot]]}
            return [self._ids[slot] for slot in sorted(slots, key=rank.__getitem__)]  # type: ignore[misc]
        dense += [self._mark(column, value) for column, value in wanted]
        if len(dense) > 1:
            every = int.from_bytes(dense[0], "little")
            for mark in dense[1:]:
                every &= int.from_bytes(mark, "little")
            dense = [every.to_bytes(len(self._order), "little")]
        return list(compress(self._ordered_ids, dense[0]))

    def _matching(self, prefix: str) -> set[int] | bytearray:
        """The people with a word starting with `prefix`: a set of slots when they are few, else a byte per place
        (1: found)."""
        if prefix in self._found:
            return self._found[prefix]
        words = self._words
        start = bisect_left(words, prefix)
        end = bisect_left(words, prefix[:-1] + chr(ord(prefix[-1]) + 1)) if ord(prefix[-1]) < 0x10FFFF else len(words)
        lists = [self._postings[word] for word in words[start:end]]
        if sum(map(len, lists)) * _DENSE_SHARE <= len(self._order):
            return set(chain.from_iterable(lists))
        if len(self._found) >= _KEPT_MARKS:
            self._found = {p: m for p, m in self._found.items() if len(p) == 1}
        mark = self._found[prefix] = self._scatter(lists)
        return mark

    def _scatter(self, lists: Iterable[array[int]]) -> bytearray:
        """A byte per place: 1 where the person of one of the slots in `lists` stands."""
        mark = bytearray(len(self._order))
        put = mark.__setitem__
        for slots in lists:
            deque(map(put, map(self._rank.__getitem__, slots), repeat(1)), maxlen=0)
        return mark

    @staticmethod
    def _passes(column: str, value: str, fields: tuple[Any, ...]) -> bool:
        """Whether a person's filter fields pass a filter, as `ids_by_query` compares them."""
        if column == "languages":  # LIKE '%;es;%' over ';' || languages || ';', ignoring the case of ASCII letters
            return fields[-1] is not None and f";{value};".encode().lower() in f";{fields[-1]};".encode().lower()
        found = fields[FILTER_COLUMNS.index(column)]
        return found is None if value == NOT_GIVEN else bool(found == value)

    def _mark(self, column: str, value: str) -> bytearray:
        """A byte per place: 1 where the person passes a filter (kept, and kept up to date, as the prefixes' are)."""
        key = (column, value)
        if key not in self._marks:
            self._details()
            people = map(self._fields.__getitem__, self._order)
            if column == "languages":
                self._marks[key] = bytearray(self._passes(column, value, fields) for fields in people)
            else:  # the same comparison as `_passes`, at C speed
                values = list(map(operator.itemgetter(FILTER_COLUMNS.index(column)), people))
                self._marks[key] = bytearray(map(operator.is_, values, repeat(None)) if value == NOT_GIVEN
                                             else map(operator.eq, values, repeat(value)))
        return self._marks[key]


def keep_search_index(ws: Workspace) -> None:
    """Have `participant_ids` answer from an index of the people kept in memory for this workspace, for a view that
    searches as keys are typed (made when first asked, then following every change). Without it (the command line,
    an export) each call is one full-text query, which costs less than making the index for one answer."""
    if "_people_index" not in ws.__dict__:
        ws.__dict__["_people_index"] = PeopleIndex(ws)


def prepare_search_index(ws: Workspace, seconds: float) -> bool:
    """Read part of everyone's words into the index this workspace keeps (`keep_search_index`), for about `seconds`,
    following the changes made meanwhile, so that the first key typed does not wait for them all: for a view to call
    while the window is idle until it returns True (all read, or no index kept)."""
    if "_people_index" not in ws.__dict__:
        return True
    if ws.conn.in_transaction:  # (its rows may still be rolled back: later)
        return False
    index = people_index(ws)
    return index is None or index.read_words_for(seconds)


def people_index(ws: Workspace) -> PeopleIndex | None:
    """The index this workspace keeps (`keep_search_index`), up to date with the file; None when it keeps none."""
    index: PeopleIndex | None = ws.__dict__.get("_people_index")
    if index is not None:
        index.refresh()
    return index
