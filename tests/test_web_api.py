"""The phones' JSON API (issue 20): a real server on loopback (eulac_desktop/web, on its own thread), every bad
input of the issue, the one-ballot rule across a phone, a kiosk and a paper ballot, and `eulac serve`."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import http.client
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from helpers import during_demo_round_1, run

from eulac_desktop.core import checkin, errors, phones, voting
from eulac_desktop.core.ideas import add_challenge, ideas
from eulac_desktop.core.registration import find_by_email
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.web.limits import Limits
from eulac_desktop.web.room import Room, RoomFailed

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Answer:
    status: int
    data: Any
    headers: dict[str, str]


class Phone:
    """A client of the room at `url`, from one address (`source`: 127.0.0.x, so that per-client limits apply)."""

    def __init__(self, url: str, source: str = "127.0.0.1", lang: str = "es"):
        parts = urlsplit(url)
        self.host, self.port, self.source, self.lang = parts.hostname or "", parts.port or 80, source, lang
        self.token = ""

    def call(self, method: str, path: str, body: Any = None, *, raw: bytes | None = None,
             headers: dict[str, str] | None = None) -> Answer:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=20, source_address=(self.source, 0))
        sent = {"Accept-Language": self.lang, **({"Authorization": f"Bearer {self.token}"} if self.token else {}),
                **(headers or {})}
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        if data is not None:
            sent.setdefault("Content-Type", "application/json")
        conn.request(method, path, body=data, headers=sent)
        response = conn.getresponse()
        text = response.read()
        conn.close()
        try:
            parsed = json.loads(text) if text else None
        except ValueError:
            parsed = text
        return Answer(response.status, parsed, {k.lower(): v for k, v in response.getheaders()})

    def join(self, code: str) -> Answer:
        answer = self.call("POST", "/api/join", {"code": code})
        if answer.status == 200:
            self.token = answer.data["token"]
        return answer


@dataclass
class Venue:
    path: Path
    ws: Workspace
    room: Room
    url: str
    people: list[str]  # José, Conceição (checked in), Anna (not)
    codes: list[str]
    poll: dict[str, Any]
    challenge: str


@pytest.fixture
def venue(event_file: Path) -> Iterator[Venue]:
    with open_venue(event_file) as opened:
        yield opened


@contextlib.contextmanager
def open_venue(event_file: Path) -> Iterator[Venue]:
    """José and Conceição checked in, Anna not, an open dots poll and a challenge; the room open on loopback."""
    ws = Workspace.open(event_file, mode="write")
    people = [find_by_email(ws, e) for e in ("jose@example.org", "c@example.org", "anna@example.fi")]
    for pid in people[:2]:
        checkin.check_in(ws, pid)
    poll_id = voting.create_poll(ws, "Priorities", "dots", ["Data", "Mobility", "Skills"],
                                 params={"dots": 3}).inserted["polls"][0]
    voting.set_state(ws, poll_id, "open")
    challenge = add_challenge(ws, "How might we share data?").inserted["challenges"][0]
    room = Room(ws.for_worker, ws.event_id)
    url = room.start("127.0.0.1", 0)
    try:
        yield Venue(event_file, ws, room, url, people, [phones.phone_code(ws, p) for p in people],
                    voting.get_poll(ws, poll_id), challenge)
    finally:
        room.stop()
        ws.close()


def joined(venue: Venue, who: int, lang: str = "es", source: str = "127.0.0.1") -> Phone:
    phone = Phone(venue.url, source, lang)
    assert phone.join(venue.codes[who]).status == 200
    return phone


def test_a_phone_joins_with_its_code_and_sees_what_is_open(venue: Venue) -> None:
    phone = Phone(venue.url)
    answer = phone.join(venue.codes[0].lower())
    assert answer.status == 200
    assert answer.data["name"] == "José" and answer.data["language"] == "es"  # the event's first language
    assert len(answer.data["token"]) >= 43  # 256 random bits
    now = phone.call("GET", "/api/now")
    assert now.status == 200
    poll = now.data["poll"]
    assert poll["id"] == venue.poll["id"] and poll["method"] == "dots" and poll["params"] == {"dots": 3}
    assert [o["text"] for o in poll["options"]] == ["Data", "Mobility", "Skills"]
    assert set(poll["options"][0]) == {"id", "text"}
    assert poll["voted"] is False and poll["results"] is None  # results hidden until the poll closes
    assert poll["instructions"] == "Dé hasta 3 puntos en total, como máximo 3 a una opción."  # the kiosk's words
    assert now.data["challenge"] == {"id": venue.challenge, "question": "How might we share data?", "description": ""}
    assert now.data["round"] is None
    assert "set-cookie" not in now.headers  # no ambient authority
    csp = now.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp


def test_a_phone_votes_once_and_its_ballot_is_durable_before_the_answer(venue: Venue) -> None:
    phone = joined(venue, 0)
    data, mobility, _skills = (o["id"] for o in venue.poll["options"])
    answer = phone.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {data: 2, mobility: 1})
    assert (answer.status, answer.data) == (200, {"status": "counted"})
    with Workspace.open(venue.path, mode="read") as other:  # another connection: committed, not only cached
        assert voting.results(other, venue.poll["id"])["ballots"] == 1
        assert voting.has_voted(other, venue.poll["id"], venue.people[0])
    again = phone.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {data: 2, mobility: 1})  # replayed
    assert again.status == 409 and again.data["error"] == "already_voted"
    assert again.data["message"] == "El voto no se contabilizó: esta persona ya emitió su voto en esta votación"
    assert phone.call("GET", "/api/now").data["poll"]["voted"] is True
    assert phone.call("GET", "/api/now").data["poll"]["turnout"] == {"ballots": 1, "eligible": 2}


@pytest.mark.parametrize("ballot, reason", [({"DATA": 4}, "DATA"), ("all", ""), ([1, 2], ""), (None, "")])
def test_an_invalid_ballot_is_refused_with_its_reason_and_nothing_is_written(venue: Venue, ballot: Any,
                                                                              reason: str) -> None:
    phone = joined(venue, 0)
    answer = phone.call("POST", f"/api/polls/{venue.poll['id']}/ballot", raw=json.dumps(ballot).encode())
    assert answer.status == 422 and answer.data["error"] == "invalid_ballot" and reason in answer.data["message"]
    assert answer.data["message"].startswith("El voto no se contabilizó: ")  # in the participant's language
    assert voting.results(venue.ws, venue.poll["id"])["ballots"] == 0


def test_json_true_for_a_number_is_named_true_in_the_participant_s_language(venue: Venue) -> None:
    phone = joined(venue, 0, lang="pt")
    data = venue.poll["options"][0]["id"]
    answer = phone.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {data: True})
    assert answer.status == 422
    assert answer.data["message"] == "O voto não foi contabilizado: true não é um número inteiro"


@pytest.mark.parametrize("asked", ["", "de-DE,de;q=0.9"])
def test_a_client_that_asks_no_language_of_ours_gets_the_participant_s_language(venue: Venue, asked: str) -> None:
    phone = Phone(venue.url, lang=asked)
    assert phone.join(venue.codes[0]).data["language"] == "es"  # José: the event's first language
    data = venue.poll["options"][0]["id"]
    answer = phone.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {data: 4})
    assert answer.status == 422
    assert answer.data["message"] == "El voto no se contabilizó: se dieron 4 puntos, se permiten como máximo 3"
    assert phone.call("GET", "/api/now").data["poll"]["instructions"].startswith("Dé hasta 3 puntos")
    venue.room.revoke(venue.people[0])
    assert phone.call("GET", "/api/now").data["message"] == "La persona facilitadora sacó este móvil de la sala."


def test_over_budget_is_refused_in_the_participant_s_language(venue: Venue) -> None:
    phone = joined(venue, 0, lang="pt")
    data = venue.poll["options"][0]["id"]
    answer = phone.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {data: 4})
    assert answer.status == 422
    assert answer.data["message"] == "O voto não foi contabilizado: 4 pontos dados, no máximo 3 permitidos"
    assert voting.results(venue.ws, venue.poll["id"])["ballots"] == 0


def test_not_eligible_closed_poll_and_unknown_poll(venue: Venue) -> None:
    anna = joined(venue, 2)  # registered, not checked in
    option = venue.poll["options"][0]["id"]
    answer = anna.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {option: 1})
    assert answer.status == 403 and answer.data["error"] == "not_eligible"
    assert anna.call("POST", "/api/polls/nope/ballot", {option: 1}).status == 404
    voting.set_state(venue.ws, venue.poll["id"], "closed")
    jose = joined(venue, 0)
    answer = jose.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {option: 1})
    assert answer.status == 409 and answer.data["error"] == "poll_closed"
    assert voting.results(venue.ws, venue.poll["id"])["ballots"] == 0


def test_a_ballot_for_a_poll_the_event_lacks_is_refused_in_the_participant_s_language(venue: Venue) -> None:
    answer = joined(venue, 0, lang="pt").call("POST", "/api/polls/nope/ballot", {venue.poll["options"][0]["id"]: 1})
    assert answer.status == 404 and answer.data["error"] == "no_poll"
    assert answer.data["message"] == "Votação: esta votação não existe"


def test_wrong_revoked_replaced_and_other_event_tokens_are_refused(venue: Venue) -> None:
    stranger = Phone(venue.url)
    answer = stranger.join("BCDFGH" if venue.codes[0] != "BCDFGH" else "CDFGHJ")
    assert answer.status == 401 and answer.data["error"] == "wrong_code"
    assert answer.data["message"] == ("Este código para el móvil no es válido. Compruebe el código de su credencial e "
                                      "inténtelo de nuevo.")
    assert stranger.call("GET", "/api/now").status == 401  # no token
    stranger.token = "x" * 43
    assert stranger.call("GET", "/api/now").data["error"] == "unknown"
    first = joined(venue, 0)
    second = joined(venue, 0)  # the same person on another phone: it takes over
    replaced = first.call("GET", "/api/now")
    assert replaced.status == 401 and replaced.data["error"] == "replaced"
    assert second.call("GET", "/api/now").status == 200
    venue.room.revoke(venue.people[0])
    revoked = second.call("GET", "/api/now")
    assert revoked.status == 401 and revoked.data["error"] == "revoked"
    other = Room(venue.ws.for_worker, "another-event")  # a token of another event's room
    other.sessions.join(venue.people[0], "es")
    token, _ = other.sessions.join(venue.people[1], "es")
    second.token = token
    refused_here = second.call("GET", "/api/now")
    assert refused_here.status == 401 and refused_here.data["error"] == "other_event"
    assert refused_here.data["message"] == "Este móvil está en la sala de otro evento. Vuelva a entrar con su código."
    with pytest.raises(phones.PhoneRefused) as refused:
        other.sessions.check(token, venue.ws.event_id)
    assert refused.value.why == "other_event"


def test_malformed_and_oversized_bodies_are_refused_in_json(venue: Venue) -> None:
    phone = joined(venue, 0)
    path = f"/api/polls/{venue.poll['id']}/ballot"
    answer = phone.call("POST", path, raw=b"{not json")
    assert answer.status == 400 and answer.data["error"] == "bad_json" and answer.data["message"]
    answer = phone.call("POST", path, raw=b"\xff\xfe")
    assert answer.status == 400
    answer = phone.call("POST", path, raw=b"[" + b"1," * 40_000 + b"1]")  # 80 KB
    assert answer.status == 413 and answer.data["error"] == "too_large"
    assert voting.results(venue.ws, venue.poll["id"])["ballots"] == 0
    assert phone.call("POST", "/api/join", raw=b"nope").status == 400
    deep = phone.call("POST", "/api/join", raw=b"[" * 60_000)  # nested past Python's recursion limit
    assert deep.status == 400 and deep.data["error"] == "bad_json"
    assert phone.call("POST", "/api/join", {"code": 3}).status == 400
    assert phone.call("GET", "/api/nothing").data["error"] == "not_found"


def test_ideas_are_posted_shown_as_text_and_limited_to_2000_characters(venue: Venue) -> None:
    phone = joined(venue, 1, lang="pt")
    path = f"/api/challenges/{venue.challenge}/ideas"
    answer = phone.call("POST", path, {"text": "<img src=x onerror=alert(1)>"})
    assert answer.status == 201 and set(answer.data) == {"id"}
    stored = ideas(venue.ws, venue.challenge)
    assert [i["text"] for i in stored] == ["<img src=x onerror=alert(1)>"]  # the characters, as typed
    assert stored[0]["author_id"] == venue.people[1] and stored[0]["language"] == "pt"
    long = phone.call("POST", path, {"text": "x" * 2001})
    assert long.status == 422 and long.data["error"] == "idea_too_long" and "2000" in long.data["message"]
    assert phone.call("POST", path, {"text": "   "}).status == 422
    assert phone.call("POST", "/api/challenges/nope/ideas", {"text": "x"}).status == 404
    assert len(ideas(venue.ws, venue.challenge)) == 1


def test_the_one_ballot_rule_holds_across_a_phone_a_kiosk_and_a_paper_ballot(venue: Venue, capsys) -> None:
    data = venue.poll["options"][0]["id"]
    jose, conceicao = venue.people[:2]
    phone = joined(venue, 0)
    assert phone.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {data: 1}).status == 200
    with pytest.raises(voting.VoteRefused) as refused:  # the kiosk scans José's badge
        voting.cast_ballot(venue.ws, venue.poll["id"], {data: 1}, badge=checkin.badge_code(venue.ws, jose))
    assert refused.value.why == "already"
    with pytest.raises(voting.VoteRefused) as refused:  # José's paper ballot typed in with his badge
        voting.cast_ballot(venue.ws, venue.poll["id"], {data: 1}, badge=checkin.badge_code(venue.ws, jose),
                           channel="paper", serial="S1")
    assert refused.value.why == "already"
    # the other way round: Conceição voted at the kiosk, then her phone tries
    voting.cast_ballot(venue.ws, venue.poll["id"], {data: 1}, badge=checkin.badge_code(venue.ws, conceicao))
    hers = joined(venue, 1)
    answer = hers.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {data: 1})
    assert answer.status == 409 and answer.data["error"] == "already_voted"
    assert voting.results(venue.ws, venue.poll["id"])["ballots"] == 2


def test_phone_code_guesses_are_rate_limited_per_client_and_in_total(venue: Venue) -> None:
    guesser = Phone(venue.url, "127.0.0.2")
    statuses = [guesser.join("BBBBBB").status for _ in range(12)]
    assert statuses[:10] == [401] * 10 and statuses[10:] == [429, 429]
    limited = guesser.join(venue.codes[0])  # even the right code waits now
    assert limited.status == 429 and limited.data["error"] == "rate_limited" and limited.data["message"]
    assert Phone(venue.url, "127.0.0.3").join(venue.codes[0]).status == 200  # other phones still join


def test_the_total_of_wrong_codes_is_limited_across_clients(event_file: Path) -> None:
    with Workspace.open(event_file, mode="write") as ws:
        room = Room(ws.for_worker, ws.event_id, limits=Limits(wrong_codes=(0.01, 5)))
        url = room.start("127.0.0.1", 0)
        try:
            statuses = [Phone(url, f"127.0.1.{n}").join("BBBBBB").status for n in range(1, 8)]
            assert statuses == [401] * 5 + [429] * 2
        finally:
            room.stop()


def test_a_thousand_connections_from_one_client_leave_the_others_served(venue: Venue) -> None:
    async def flood() -> list[int]:
        import aiohttp

        connector = aiohttp.TCPConnector(limit=0, local_addr=("127.0.0.9", 0))
        async with aiohttp.ClientSession(connector=connector) as session:
            async def one() -> int:
                try:
                    async with session.get(venue.url + "api/now", headers={"Authorization": "Bearer x"}) as r:
                        return r.status
                except aiohttp.ClientError:
                    return 0
            return await asyncio.gather(*(one() for _ in range(1000)))

    statuses = asyncio.run(flood())
    assert statuses.count(429) >= 900  # rate-limited: a 401 for the first burst, then "too many"
    phone = joined(venue, 0, source="127.0.0.10")
    assert phone.call("GET", "/api/now").status == 200


def test_websockets_per_client_are_limited(venue: Venue) -> None:
    async def sockets() -> tuple[int, list[dict[str, Any]]]:
        import aiohttp

        token = joined(venue, 0).token
        async with aiohttp.ClientSession() as session:
            opened = []
            refused = 0
            for _ in range(10):
                try:
                    ws = await session.ws_connect(venue.url + "ws")
                    await ws.send_json({"token": token})
                    opened.append(ws)
                except aiohttp.WSServerHandshakeError as exc:
                    refused += exc.status == 429
            first = [await asyncio.wait_for(ws.receive_json(), 5) for ws in opened[:1]]
            for ws in opened:
                await ws.close()
            return refused, first

    refused, first = asyncio.run(sockets())
    assert refused == 2  # 8 at once per client
    assert first[0]["type"] == "now" and first[0]["poll"]


def test_a_ballot_reaches_the_other_phones_over_the_websocket_and_a_takeover_signs_out(venue: Venue) -> None:
    async def follow() -> tuple[dict[str, Any], dict[str, Any]]:
        import aiohttp

        watcher, voter = joined(venue, 1), joined(venue, 0)
        async with aiohttp.ClientSession() as session:
            ws = await session.ws_connect(venue.url + "ws")
            await ws.send_json({"token": watcher.token})
            hello = await asyncio.wait_for(ws.receive_json(), 5)
            assert hello["turnout"] == {"ballots": 0, "eligible": 2}
            loop = asyncio.get_running_loop()
            option = venue.poll["options"][0]["id"]
            await loop.run_in_executor(None, voter.call, "POST", f"/api/polls/{venue.poll['id']}/ballot", {option: 1})
            pushed = await asyncio.wait_for(ws.receive_json(), 5)
            await loop.run_in_executor(None, joined, venue, 1)  # Conceição joins on another phone
            out = await asyncio.wait_for(ws.receive_json(), 5)
            await ws.close()
            return pushed, out

    pushed, out = asyncio.run(follow())
    assert pushed["type"] == "now" and pushed["turnout"] == {"ballots": 1, "eligible": 2}
    assert out == {"type": "signed_out", "why": "replaced"}


def test_closing_the_room_after_a_burst_of_unfinished_requests_leaves_nothing_pending(event_file: Path,
                                                                                      caplog) -> None:
    import gc
    import socket

    ws = Workspace.open(event_file, mode="write")
    room = Room(ws.for_worker, ws.event_id)
    parts = urlsplit(room.start("127.0.0.1", 0))
    try:
        sockets = []
        for _ in range(60):  # past the burst a client may make: the refused ones linger to read bodies that never come
            sock = socket.create_connection((parts.hostname, parts.port))
            sock.sendall(b"POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n")
            sockets.append(sock)
        time.sleep(0.5)
        for sock in sockets:
            sock.close()
        with caplog.at_level("ERROR", logger="asyncio"):
            room.stop()
            gc.collect()
    finally:
        room.stop()
        ws.close()
    assert "destroyed but it is pending" not in caplog.text


def test_a_read_only_event_file_is_a_clear_message_and_the_server_keeps_serving(venue: Venue, monkeypatch) -> None:
    from eulac_desktop.web import api

    phone = joined(venue, 0)

    def full(*args: Any) -> Any:
        raise errors.DiskFull(path=str(venue.path))

    monkeypatch.setattr(api, "_cast", full)
    option = venue.poll["options"][0]["id"]
    answer = phone.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {option: 1})
    assert answer.status == 503 and answer.data["error"] == "not_saved"
    assert "No se pudo guardar" in answer.data["message"]
    monkeypatch.undo()
    assert phone.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {option: 1}).status == 200
    assert voting.results(venue.ws, venue.poll["id"])["ballots"] == 1


def test_a_write_waits_for_the_window_s_transaction_instead_of_failing(venue: Venue) -> None:
    phone = joined(venue, 0)
    option = venue.poll["options"][0]["id"]
    venue.ws.conn.execute("BEGIN IMMEDIATE")  # the window holds the file's write lock for 6 s (busy timeout: 5 s)
    try:
        async def vote() -> Answer:
            return await asyncio.get_running_loop().run_in_executor(
                None, phone.call, "POST", f"/api/polls/{venue.poll['id']}/ballot", {option: 1})

        async def both() -> Answer:
            task = asyncio.ensure_future(vote())
            await asyncio.sleep(6)
            venue.ws.conn.execute("COMMIT")
            return await task

        answer = asyncio.run(both())
    finally:
        if venue.ws.conn.in_transaction:
            venue.ws.conn.execute("ROLLBACK")
    assert answer.status == 200


def test_a_phone_that_disconnects_mid_ballot_leaves_a_whole_ballot_or_none(venue: Venue) -> None:
    import socket

    phone = joined(venue, 0)
    option = venue.poll["options"][0]["id"]
    body = json.dumps({option: 1}).encode()
    with socket.create_connection(("127.0.0.1", int(urlsplit(venue.url).port or 0))) as raw:  # half a body, then gone
        raw.sendall(f"POST /api/polls/{venue.poll['id']}/ballot HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    f"{phone.token}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body[:5])
    time.sleep(0.5)
    assert voting.results(venue.ws, venue.poll["id"])["ballots"] == 0
    assert phone.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {option: 1}).status == 200
    assert voting.results(venue.ws, venue.poll["id"])["ballots"] == 1


def test_a_port_in_use_is_refused_with_a_message(venue: Venue) -> None:
    port = urlsplit(venue.url).port or 0
    with pytest.raises(RoomFailed) as refused:
        Room(venue.ws.for_worker, venue.ws.event_id).start("127.0.0.1", port)
    assert "already in use" in refused.value.text()


def test_a_room_on_every_network_gives_this_computer_s_address_not_0_0_0_0(event_file: Path) -> None:
    from eulac_desktop.web.room import lan_address

    with Workspace.open(event_file) as ws:
        room = Room(ws.for_worker, ws.event_id)
        url = room.start("0.0.0.0", 0)
        try:
            assert urlsplit(url).hostname == lan_address() != "0.0.0.0"  # an address a phone can open
            assert Phone(url).call("GET", "/").status == 200
        finally:
            room.stop()


def test_eulac_serve_prints_its_address_serves_the_page_and_exits_0_on_sigterm(event_file: Path, tmp_path: Path,
                                                                                capsys) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "eulac_desktop.cli", "serve", str(event_file), "--host",
                               "127.0.0.1", "--port", "0", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env)
    try:
        printed = ""
        assert server.stdout is not None
        while True:
            line = server.stdout.readline()
            assert line, server.stderr.read() if server.stderr else ""
            printed += line
            if line.startswith("}"):
                break
        url = json.loads(printed)["url"]
        assert url.startswith("http://127.0.0.1:")
        page = Phone(url).call("GET", "/")
        assert page.status == 200 and b"<html" in page.data
        assert run(capsys, "badges", "phone-code", event_file, "jose@example.org")[0] == 0  # reading still works
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=15) == 0
    finally:
        if server.poll() is None:
            server.kill()


@contextlib.contextmanager
def serving(event_file: Path, *options: str, at: datetime.datetime | None = None) -> Iterator[str]:
    """`eulac serve EVENT_FILE --host 127.0.0.1 --port 0 OPTIONS --json` in its own process (its clock `at` that
    moment, when given): the URL it printed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    clock = "" if at is None else (f"import datetime; from eulac_desktop.core import event; "
                                   f"event.utc_now = lambda: datetime.datetime.fromisoformat({at.isoformat()!r}); ")
    argv = ["serve", str(event_file), "--host", "127.0.0.1", "--port", "0", *options, "--json"]
    server = subprocess.Popen([sys.executable, "-c", f"import sys; {clock}from eulac_desktop.cli import main; "
                               f"sys.exit(main({argv!r}))"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env)
    try:
        printed = ""
        assert server.stdout is not None
        while not printed.startswith("{") or not printed.rstrip().endswith("}"):
            line = server.stdout.readline()
            assert line, server.stderr.read() if server.stderr else ""
            printed += line
        assert "url" in json.loads(printed), printed
        yield json.loads(printed)["url"]
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=15) == 0
    finally:
        if server.poll() is None:
            server.kill()


def test_eulac_serve_chooses_the_poll_the_challenge_and_the_tables_phones_see(event_file: Path) -> None:
    """As the window's "Open the room to phones" dialog can: an older open poll rather than the latest opened, no
    challenge although one is open, and no P2P tables (the default shows each)."""
    with Workspace.open(event_file) as ws:
        jose = find_by_email(ws, "jose@example.org")
        checkin.check_in(ws, jose)
        code = phones.phone_code(ws, jose)
        older, latest = (voting.create_poll(ws, title, "approval", ["Yes", "No"]).inserted["polls"][0]
                         for title in ("Older", "Latest"))
        for poll in (older, latest):
            voting.set_state(ws, poll, "open")
        add_challenge(ws, "How might we share data?")
    # a start that only the older poll's id has (two polls made in one millisecond share their first 13 characters)
    start = next(older[:n] for n in range(8, len(older)) if not latest.startswith(older[:n]))
    with serving(event_file, "--poll", start, "--challenge", "none", "--no-tables") as url:
        phone = Phone(url)
        assert phone.join(code).status == 200
        now = phone.call("GET", "/api/now").data
        assert (now["poll"]["id"], now["challenge"], now["round"]) == (older, None, None)
    with serving(event_file) as url:  # the defaults: the latest opened poll, the open challenge
        phone = Phone(url)
        assert phone.join(code).status == 200
        now = phone.call("GET", "/api/now").data
        assert now["poll"]["id"] == latest and now["challenge"]["question"] == "How might we share data?"


def test_eulac_serve_no_tables_hides_the_round_running_now(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eulac_desktop.core import event
    from eulac_desktop.core.demo import build_demo_event
    from eulac_desktop.core.p2p import latest_plan

    during = during_demo_round_1()  # the demo is planned from today's date
    monkeypatch.setattr(event, "utc_now", lambda: during)
    with build_demo_event(tmp_path / "demo.eulac") as ws:
        seated = latest_plan(ws)["rounds"][0]["tables"][0]["participant_ids"][0]
        code = phones.phone_code(ws, seated)
    for options, shown in (((), True), (("--no-tables",), False), (("--tables",), True)):
        with serving(tmp_path / "demo.eulac", *options, at=during) as url:
            phone = Phone(url)
            assert phone.join(code).status == 200
            now = phone.call("GET", "/api/now").data
            assert (now["round"] is not None and now["round"]["number"] == 1) is shown, options


@pytest.mark.parametrize("option", ["--poll", "--challenge"])
def test_eulac_serve_refuses_a_poll_or_challenge_the_event_lacks_as_a_usage_error(event_file: Path, capsys,
                                                                                   option: str) -> None:
    code, out, err = run(capsys, "serve", event_file, "--host", "127.0.0.1", "--port", "0", option, "no-such-id")
    assert code == 2 and out == ""
    assert f"{option}: this event has no {option[2:]} “no-such-id”" in err
    code, _out, err = run(capsys, "--lang", "es", "serve", event_file, "--port", "0", option, "no-such-id")
    assert code == 2 and "no-such-id" in err and "this event" not in err  # in the person's language
    code, out, _err = run(capsys, "serve", event_file, "--port", "0", option, "no-such-id", "--json")
    assert code == 2 and json.loads(out)["error"] == "invalid_value"


@pytest.mark.parametrize("port", ["65536", "99999", "-5", "-1", "http"])
def test_eulac_serve_refuses_a_port_out_of_range_as_a_usage_error_in_the_person_s_language(event_file: Path, capsys,
                                                                                          port: str) -> None:
    code, out, err = run(capsys, "serve", event_file, "--host", "127.0.0.1", "--port", port, "--json")
    assert code == 2 and out == ""
    assert f"argument --port: {port} is not a port: give a number from 0 to 65535" in err and "Traceback" not in err
    code, out, err = run(capsys, "--lang", "es", "serve", event_file, "--host", "127.0.0.1", "--port", port)
    assert code == 2 and out == "" and "65535" in err and "is not a port" not in err


def test_eulac_serve_refuses_a_host_name_nobody_knows_in_the_person_s_language(event_file: Path, capsys) -> None:
    code, out, _err = run(capsys, "--lang", "es", "serve", event_file, "--host", "no-such-host.invalid", "--port", "0",
                         "--json")
    assert code == 1 and json.loads(out)["error"] == "room_failed"
    message = json.loads(out)["message"]
    assert message.startswith("No se pudo abrir la sala a los móviles en no-such-host.invalid:0: ")
    assert "known" not in message and "networks" not in message


def test_eulac_serve_a_host_name_no_network_has_is_said_in_the_person_s_language(event_file: Path, capsys) -> None:
    code, out, err = run(capsys, "serve", event_file, "--host", "no-such-host.invalid", "--port", "0")
    assert code == 1 and out == "" and "no address of this computer's networks has this name" in err, err
    code, _out, err = run(capsys, "--lang", "es", "serve", event_file, "--host", "no-such-host.invalid", "--port", "0")
    assert code == 1 and "no-such-host.invalid" in err and "not known" not in err and "networks" not in err, err


def test_eulac_serve_says_when_a_start_names_several_polls(event_file: Path, capsys) -> None:
    with Workspace.open(event_file) as ws:
        ids = [voting.create_poll(ws, title, "approval", ["Yes", "No"]).inserted["polls"][0] for title in "AB"]
    shared = next(ids[0][:n] for n in range(len(ids[0]), 0, -1) if ids[1].startswith(ids[0][:n]))
    code, out, err = run(capsys, "serve", event_file, "--port", "0", "--poll", shared)
    assert code == 2 and out == ""
    assert f"--poll: “{shared}” starts the ids of several polls: give more of it" in err

def test_results_are_hidden_until_the_poll_closes_unless_it_is_live(venue: Venue) -> None:
    phone = joined(venue, 0)
    assert phone.call("GET", "/api/now").data["poll"]["results"] is None
    live = voting.create_poll(venue.ws, "Live", "approval", ["Yes", "No"], live=True).inserted["polls"][0]
    voting.set_state(venue.ws, live, "open")  # opened last: the one phones see
    poll = phone.call("GET", "/api/now").data["poll"]
    assert poll["id"] == live and [r["text"] for r in poll["results"]] == ["Yes", "No"]
    assert all(r["score"] == 0 for r in poll["results"])


def test_an_open_poll_that_is_not_live_shows_no_results_and_a_live_one_does(venue: Venue) -> None:
    phone, voter = joined(venue, 0), joined(venue, 1)
    data, mobility = venue.poll["options"][0]["id"], venue.poll["options"][1]["id"]
    assert voter.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {data: 2, mobility: 1}).status == 200
    assert phone.call("GET", "/api/now").data["results"] is None  # open, not live: nothing shown
    live = voting.create_poll(venue.ws, "Live", "approval", ["Yes", "No"], live=True).inserted["polls"][0]
    voting.set_state(venue.ws, live, "open")
    no = voting.get_poll(venue.ws, live)["options"][1]["id"]
    assert voter.call("POST", f"/api/polls/{live}/ballot", [no]).status == 200
    results = phone.call("GET", "/api/now").data["results"]
    assert results["poll_id"] == live and results["question"] == "Live" and results["method"] == "approval"
    assert [(r["text"], r["score"], r["rank"]) for r in results["ranking"]] == [("No", 1, 1), ("Yes", 0, 2)]
    assert results["eligible"] == 2


def test_a_closed_poll_s_results_reach_the_phones_counted_as_in_the_window(venue: Venue) -> None:
    phone, voter = joined(venue, 0), joined(venue, 1)
    data, mobility = venue.poll["options"][0]["id"], venue.poll["options"][1]["id"]
    assert voter.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {data: 1, mobility: 2}).status == 200

    async def pushed_on_close() -> dict[str, Any]:
        import aiohttp

        async with aiohttp.ClientSession() as session:
            socket = await session.ws_connect(venue.url + "ws")
            await socket.send_json({"token": phone.token})
            while (await asyncio.wait_for(socket.receive_json(), 5))["turnout"] != {"ballots": 1, "eligible": 2}:
                pass  # the room has seen the ballot
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, voting.set_state, venue.ws, venue.poll["id"], "closed")
            message: dict[str, Any] = await asyncio.wait_for(socket.receive_json(), 5)
            await socket.close()
            return message

    message = asyncio.run(pushed_on_close())  # the phones follow at once
    assert message["poll"] is None and message["results"] == {"poll_id": venue.poll["id"], "ballots": 1}
    now = phone.call("GET", "/api/now").data
    assert now["poll"] is None
    counted = voting.results(venue.ws, venue.poll["id"])
    assert now["results"] == {
        "poll_id": venue.poll["id"], "question": "Priorities", "method": "dots", "ballots": 1, "eligible": 2,
        "ranking": [{"id": o["id"], "text": o["text"], "score": o["score"], "rank": o["rank"]}
                    for o in counted["options"]]}
    assert [(r["text"], r["score"]) for r in now["results"]["ranking"]] == [("Mobility", 2), ("Data", 1), ("Skills", 0)]
    venue.room.set_focus(phones.Focus(poll=phones.NONE))
    assert phone.call("GET", "/api/now").data["results"] is None  # the facilitator shows nothing


def test_a_secret_poll_s_results_carry_totals_and_no_voter(venue: Venue) -> None:
    ws = venue.ws
    secret = voting.create_poll(ws, "Secret", "approval", ["North", "South"]).inserted["polls"][0]  # secret
    assert voting.get_poll(ws, secret)["secret"]
    voting.set_state(ws, venue.poll["id"], "closed")
    voting.set_state(ws, secret, "open")
    phone, voter = joined(venue, 0), joined(venue, 1)
    south = voting.get_poll(ws, secret)["options"][1]["id"]
    assert voter.call("POST", f"/api/polls/{secret}/ballot", [south]).status == 200
    assert phone.call("GET", "/api/now").data["results"] is None
    voting.set_state(ws, secret, "closed")
    results = phone.call("GET", "/api/now").data["results"]
    assert results["poll_id"] == secret and results["ballots"] == 1
    assert [(r["text"], r["score"]) for r in results["ranking"]] == [("South", 1), ("North", 0)]
    text = json.dumps(results)
    assert all(pid not in text for pid in venue.people) and "Conceição" not in text
    assert set(results) == {"poll_id", "question", "method", "ranking", "ballots", "eligible"}
    assert all(set(r) == {"id", "text", "score", "rank"} for r in results["ranking"])


def test_the_facilitator_decides_which_poll_and_challenge_are_open_to_phones(venue: Venue) -> None:
    ws = venue.ws
    later = voting.create_poll(ws, "Later", "approval", ["A", "B"]).inserted["polls"][0]
    voting.set_state(ws, later, "open")  # the latest opened: what phones see by default
    other_challenge = add_challenge(ws, "How might we meet again?").inserted["challenges"][0]
    phone = joined(venue, 0)
    now = phone.call("GET", "/api/now").data
    assert now["poll"]["id"] == later and now["challenge"]["id"] == other_challenge

    async def pushed_on_refocus() -> dict[str, Any]:
        import aiohttp

        async with aiohttp.ClientSession() as session:
            socket = await session.ws_connect(venue.url + "ws")
            await socket.send_json({"token": phone.token})
            while (await asyncio.wait_for(socket.receive_json(), 5))["poll"] != later:
                pass  # the room has seen the later poll open
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, venue.room.set_focus,
                                       phones.Focus(poll=venue.poll["id"], challenge=venue.challenge))
            message: dict[str, Any] = await asyncio.wait_for(socket.receive_json(), 5)
            await socket.close()
            return message

    message = asyncio.run(pushed_on_refocus())  # every phone follows at once
    assert message["poll"] == venue.poll["id"] and message["challenge"] == venue.challenge
    now = phone.call("GET", "/api/now").data
    assert now["poll"]["id"] == venue.poll["id"] and now["challenge"]["id"] == venue.challenge
    refused = phone.call("POST", f"/api/polls/{later}/ballot", {})  # open, but not to phones
    assert refused.status == 409 and refused.data["error"] == "not_on_phones"
    assert refused.data["message"] == "La persona facilitadora no ha abierto esto a los móviles."
    refused = phone.call("POST", f"/api/challenges/{other_challenge}/ideas", {"text": "Meet online"})
    assert refused.status == 409 and refused.data["error"] == "not_on_phones"
    assert voting.results(ws, later)["ballots"] == 0 and ideas(ws, other_challenge) == []
    venue.room.set_focus(phones.Focus(poll=phones.NONE, challenge=phones.NONE, round=False))
    assert phone.call("GET", "/api/now").data == {"poll": None, "challenge": None, "round": None, "results": None,
                                                  "survey": None}


def test_phones_asking_what_is_open_at_once_share_one_reading_until_something_changes(venue: Venue,
                                                                                       monkeypatch) -> None:
    readings = []
    shared = phones.room_shared

    def counted(*args: Any, **kwargs: Any) -> dict[str, Any]:
        readings.append(args[1:])
        return shared(*args, **kwargs)

    monkeypatch.setattr(phones, "room_shared", counted)
    voter, other = joined(venue, 0), joined(venue, 1)
    for _ in range(10):  # 20 phones' pages asking at once when a poll opens: one reading for them all
        assert voter.call("GET", "/api/now").data["poll"]["voted"] is False
        assert other.call("GET", "/api/now").data["poll"]["voted"] is False
    assert len(readings) == 1
    option = venue.poll["options"][0]["id"]
    assert voter.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {option: 1}).status == 200
    mine, theirs = voter.call("GET", "/api/now").data["poll"], other.call("GET", "/api/now").data["poll"]
    assert mine["voted"] is True and theirs["voted"] is False  # a person's own answer is never shared
    assert mine["turnout"] == theirs["turnout"] == {"ballots": 1, "eligible": 2}  # the file changed: read again
    assert len(readings) == 2
    assert Phone(venue.url, lang="pt").call("GET", "/api/now").status == 401
    other.lang = "pt"
    assert other.call("GET", "/api/now").data["poll"]["instructions"].startswith("Dê até 3")  # its own language
    venue.room.set_focus(phones.Focus(poll=phones.NONE))
    assert other.call("GET", "/api/now").data["poll"] is None  # the facilitator's choice: read again


def test_a_disk_filling_during_a_ballot_writes_nothing_and_the_server_goes_on(venue: Venue) -> None:
    phone, other = joined(venue, 0), joined(venue, 1, lang="pt")
    store = venue.room._store
    assert store is not None

    def cap(ws: Workspace, pages: int | None) -> None:  # the file may not grow: SQLite's own "disk is full"
        count = ws.conn.execute("PRAGMA page_count").fetchone()[0]
        ws.conn.execute(f"PRAGMA max_page_count = {pages or count}")

    async def on_writer(pages: int | None) -> None:
        await store.write(cap, pages)

    loop = venue.room._loop
    assert loop is not None
    asyncio.run_coroutine_threadsafe(on_writer(None), loop).result(5)
    options = [o["id"] for o in venue.poll["options"]]
    big = {"text": "Open data for every region " * 70}  # ~1,900 characters: more than the file's free room
    for _ in range(20):
        answer = phone.call("POST", f"/api/challenges/{venue.challenge}/ideas", big)
        if answer.status == 201:
            continue  # the file had room left in its pages: fill it
        assert answer.status == 503 and answer.data["error"] == "not_saved"
        assert "No se pudo guardar" in answer.data["message"]
        break
    else:
        pytest.fail("the file never filled: the test would not reach a full disk")
    answer = other.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {options[0]: 3})
    assert answer.status in (200, 503)  # a ballot's few rows may still fit in the file's last pages
    if answer.status == 503:
        assert answer.data["message"].startswith("Sua alteração não pôde ser salva")  # in the phone's language
    written = answer.status == 200  # whole or nothing: the vote record and the ballot together
    assert voting.has_voted(venue.ws, venue.poll["id"], venue.people[1]) is written
    assert voting.results(venue.ws, venue.poll["id"])["ballots"] == int(written)
    assert other.call("GET", "/api/now").status == 200  # the server still serves the others
    asyncio.run_coroutine_threadsafe(on_writer(2_000_000_000), loop).result(5)  # room again
    assert phone.call("POST", f"/api/polls/{venue.poll['id']}/ballot", {options[1]: 3}).status == 200
    assert voting.results(venue.ws, venue.poll["id"])["ballots"] == int(written) + 1


def test_a_websocket_flooding_messages_is_closed_and_the_others_are_served(venue: Venue) -> None:
    flooder, other = joined(venue, 0), joined(venue, 1, source="127.0.0.2")

    async def flood() -> tuple[int | None, int]:
        import aiohttp

        async with aiohttp.ClientSession() as session:
            socket = await session.ws_connect(venue.url + "ws")
            await socket.send_json({"token": flooder.token})
            await asyncio.wait_for(socket.receive_json(), 5)
            sent = 0
            with contextlib.suppress(ConnectionError):
                for _ in range(1000):
                    await socket.send_str("ping")
                    sent += 1
            while not socket.closed:
                message = await asyncio.wait_for(socket.receive(), 5)
                if message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING):
                    break
            return socket.close_code, sent

    code, _sent = asyncio.run(flood())
    assert code == 1008  # policy violation: closed by the server
    assert other.call("GET", "/api/now").status == 200


def test_a_websocket_s_first_message_nested_too_deeply_is_closed_quietly(venue: Venue, caplog) -> None:
    other = joined(venue, 1)

    async def nested() -> tuple[int | None, list[Any]]:
        import aiohttp

        async with aiohttp.ClientSession() as session:
            socket = await session.ws_connect(venue.url + "ws")
            await socket.send_str("[" * 4000)  # under the 4 KB a message may have, past json's nesting limit
            got = []
            while not socket.closed:
                message = await asyncio.wait_for(socket.receive(), 5)
                got.append(message.type)
                if message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING):
                    break
            return socket.close_code, got

    with caplog.at_level("WARNING"):
        code, _got = asyncio.run(nested())
    assert code == 1000  # closed normally, as for a first message that is not a token
    deadline = time.monotonic() + 1  # the server finishes its handler after the phone has seen the close
    while time.monotonic() < deadline and not [r for r in caplog.records if r.levelname == "ERROR"]:
        time.sleep(0.05)
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")], caplog.text
    assert other.call("GET", "/api/now").status == 200
