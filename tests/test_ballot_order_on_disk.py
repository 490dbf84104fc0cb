"""A secret ballot leaves no order of casting on disk once it is durable, even while the event file is open.

The adversary copies `NAME.eulac` and `NAME.eulac-wal` during the vote and reads their raw bytes: the WAL's
frames would keep each commit's pages in turn (a ballot beside its voter's vote record), and within a page
SQLite places each new row before the previous ones. So: the same ballots (same ids) cast in two different
orders must leave the same pages, and the WAL must hold no ballot at all once the cast has returned.
"""

from __future__ import annotations

import random
import re
import uuid
from pathlib import Path

import pytest

from eulac_desktop.core import checkin, records, voting
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.registration import add_participants

VOTERS = 40
UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def pages(data: bytes, size: int, first: int = 0, header: int = 0) -> list[bytes]:
    """The file's pages (a WAL: `first` = its 32-byte header, `header` = each frame's 24 bytes before the page)."""
    step = header + size
    return [data[at + header:at + step] for at in range(first, len(data) - step + 1, step)]


def by_place(page: bytes, ballot_ids: set[str]) -> tuple[str, ...]:
    """The ballot ids found in one page, in the order of their places in it."""
    return tuple(m.group().decode() for m in UUID.finditer(page) if m.group().decode() in ballot_ids)


def cast_in_order(path: Path, device, order: list[int], ids: list[str], monkeypatch: pytest.MonkeyPatch
                  ) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Voter n checks in and casts ballot n (its id `ids[n]`), in `order`; then, the file still open, the
    layouts of the file's pages holding ballots (sorted: page numbers aside) and of the WAL's frames."""
    given: list[str] = []
    monkeypatch.setattr(records, "random_id", lambda: given.pop())
    with create_event_file(path, name="Lab", start_date="2026-12-03", languages=["en"], timezone="America/Lima",
                           device=device) as ws:
        people = add_participants(ws, [{"given_name": f"Voter {n}", "family_name": "Order", "country": "PE"}
                                       for n in range(VOTERS)]).inserted["participants"]
        poll = voting.create_poll(ws, "Order", "approval", ["Data", "Mobility", "Energy"]).inserted["polls"][0]
        voting.set_state(ws, poll, "open")
        options = [o["id"] for o in voting.get_poll(ws, poll)["options"]]
        for n in order:  # the check-in's time says who came when
            code = checkin.badge_code(ws, people[n])
            assert checkin.scan(ws, code, desk="A").status == checkin.CHECKED_IN
            given.append(ids[n])
            assert voting.cast_ballot(ws, poll, [options[n % 3]], badge=code).ballot_id == ids[n]
        size = ws.conn.execute("PRAGMA page_size").fetchone()[0]
        main, wal = path.read_bytes(), Path(f"{path}-wal").read_bytes()  # copied while the file is open
    known = set(ids)
    in_file = sorted(p for p in (by_place(page, known) for page in pages(main, size)) if p)
    in_log = [p for p in (by_place(frame, known) for frame in pages(wal, size, first=32, header=24)) if p]
    assert known == {i for page in in_file for i in page}, "every ballot is in the file itself (durable)"
    return in_file, in_log


def test_an_open_files_bytes_keep_no_order_of_casting(tmp_path: Path, device, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [str(uuid.uuid4()) for _ in range(VOTERS)]
    first, second = list(range(VOTERS)), list(range(VOTERS))
    random.Random(18).shuffle(first)
    random.Random(19).shuffle(second)
    file_a, log_a = cast_in_order(tmp_path / "a.eulac", device, first, ids, monkeypatch)
    file_b, log_b = cast_in_order(tmp_path / "b.eulac", device, second, ids, monkeypatch)
    assert log_a == log_b == [], "the write-ahead log still holds ballots in the order of their commits"
    assert file_a == file_b, "the ballots' places in the file follow the order they were cast in"
