"""Phones in the room (issue 20), on loopback: 400 simulated phones, each from its own address (127.0.x.y), join
`eulac serve`, hold a WebSocket open and all vote within the window; then 200 ideas in 10 s.

Figures: POST → acknowledged (p50 ≤ 50 ms, p99 ≤ 300 ms, 0 errors) beside its floor (a bare aiohttp handler on
the same machine, same load), every ballot in the file when its 200 came back, a ballot's effect reaching every
connected phone's counter (p99 ≤ 1 s), 200 ideas all on the board, durable and in order, every phone asking
what is open at once when a poll opens (all answered, beside the bare handler's floor), the server's memory
with 400 connected (≤ 150 MB more), the page's first load (≤ 150 KB); and, with the room inside the window's
process, the window's frame time while phones vote (≤ 50 ms).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import event_with_participants, isolate, summary

PHONES = int(os.environ.get("EULAC_BENCH_PHONES", "400"))
VOTE_WINDOW = float(os.environ.get("EULAC_BENCH_VOTE_SECONDS", "20"))  # every phone votes at a random moment of it
IDEAS, IDEA_WINDOW = 200, 10.0
ROOT = Path(__file__).resolve().parents[1]


def address(n: int) -> str:
    """The n-th phone's own loopback address (the server limits requests per address, as per phone)."""
    return f"127.0.{1 + n // 250}.{1 + n % 250}"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def phones_vote(url: str, codes: list[str], window: float, rng: random.Random) -> dict[str, Any]:
    """Join every phone, open its WebSocket, then each votes once at a random moment of `window` seconds."""
    import aiohttp

    sessions = [aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(address(n), 0)))
                for n in range(len(codes))]
    tokens: list[str] = []
    for session, code in zip(sessions, codes):
        async with session.post(url + "api/join", json={"code": code}) as r:
            tokens.append((await r.json())["token"])
    async with sessions[0].get(url + "api/now", headers={"Authorization": f"Bearer {tokens[0]}"}) as r:
        poll = (await r.json())["poll"]
    sockets = []
    seen: list[list[tuple[float, int]]] = [[] for _ in codes]  # per phone: (when, ballots counted) as pushed
    for session, token in zip(sessions, tokens):
        ws = await session.ws_connect(url + "ws")
        await ws.send_json({"token": token})
        await ws.receive_json()  # the first state
        sockets.append(ws)

    async def listen(n: int, ws: Any) -> None:
        async for message in ws:
            data = json.loads(message.data)
            if data.get("turnout"):
                seen[n].append((time.perf_counter(), data["turnout"]["ballots"]))

    listeners = [asyncio.ensure_future(listen(n, ws)) for n, ws in enumerate(sockets)]
    acknowledged: list[tuple[float, float]] = []  # (sent, answered)
    errors: list[int] = []
    options = [o["id"] for o in poll["options"]]

    async def vote(session: Any, token: str) -> None:
        await asyncio.sleep(rng.uniform(0, window))
        sent = time.perf_counter()
        async with session.post(url + f"api/polls/{poll['id']}/ballot", json={rng.choice(options): 1},
                                headers={"Authorization": f"Bearer {token}"}) as r:
            await r.read()
            if r.status == 200:
                acknowledged.append((sent, time.perf_counter()))
            else:
                errors.append(r.status)

    started = time.perf_counter()
    await asyncio.gather(*(vote(s, t) for s, t in zip(sessions, tokens)))
    voting_seconds = time.perf_counter() - started
    await asyncio.sleep(1.5)  # the last pushes arrive
    answers = sorted(done for _sent, done in acknowledged)
    delays = []
    for pushes in seen:  # the k-th ballot acknowledged → when this phone's counter first showed k or more
        i = 0
        for k, done in enumerate(answers, start=1):
            while i < len(pushes) and pushes[i][1] < k:
                i += 1
            if i < len(pushes):
                delays.append(max(0.0, pushes[i][0] - done))
    result = {"phones": len(codes), "voting_seconds": round(voting_seconds, 2), "errors": len(errors),
              "ack": summary([done - sent for sent, done in acknowledged]),
              "reaches_every_phone": summary(delays) if delays else None, "poll": poll["id"], "tokens": tokens,
              "sessions": sessions, "sockets": sockets, "listeners": listeners}
    return result


async def ideas_in(url: str, sessions: list[Any], tokens: list[str], challenge: str, rng: random.Random
                   ) -> dict[str, Any]:
    """200 ideas, each posted by one phone at a random moment of 10 s."""
    answered: list[tuple[float, str, str]] = []
    errors = []

    async def post(n: int) -> None:
        await asyncio.sleep(rng.uniform(0, IDEA_WINDOW))
        text = f"Idea {n} from a phone"
        sent = time.perf_counter()
        phone = n % len(sessions)
        async with sessions[phone].post(url + f"api/challenges/{challenge}/ideas", json={"text": text},
                                        headers={"Authorization": f"Bearer {tokens[phone]}"}) as r:
            await r.json()
            if r.status == 201:
                answered.append((sent, time.perf_counter(), text))
            else:
                errors.append(r.status)

    started = time.perf_counter()
    await asyncio.gather(*(post(n) for n in range(IDEAS)))
    return {"ideas": IDEAS, "seconds": round(time.perf_counter() - started, 2), "errors": len(errors),
            "ack": summary([done - sent for sent, done, _text in answered]), "answered": answered}


async def now_burst(url: str, sessions: list[Any], tokens: list[str]) -> dict[str, Any]:
    """As when a poll opens: every phone's page asks `GET /api/now` at once (the WebSocket told them together),
    right after the file changed (the ideas just posted)."""
    answered: list[float] = []
    errors = []

    async def ask(n: int) -> None:
        sent = time.perf_counter()
        async with sessions[n].get(url + "api/now", headers={"Authorization": f"Bearer {tokens[n]}"}) as r:
            data = await r.json()
            if r.status == 200 and data["poll"] is not None:
                answered.append(time.perf_counter() - sent)
            else:
                errors.append(r.status)

    started = time.perf_counter()
    await asyncio.gather(*(ask(n) for n in range(len(sessions))))
    return {"phones": len(sessions), "all_answered_s": round(time.perf_counter() - started, 3), "errors": len(errors),
            "answer": summary(answered)}


async def floor(window: float, count: int, rng: random.Random) -> dict[str, Any]:
    """The same load on a bare aiohttp handler that answers at once: what loopback and aiohttp cost here (spread
    over the window as the ballots, then `count` phones at once as when a poll opens)."""
    import aiohttp
    from aiohttp import web

    async def ok(request: web.Request) -> web.Response:
        await request.read()
        return web.json_response({"status": "counted"})

    app = web.Application()
    app.router.add_post("/ballot", ok)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    samples: list[float] = []
    async with aiohttp.ClientSession() as session:
        async def one() -> None:
            await asyncio.sleep(rng.uniform(0, window))
            sent = time.perf_counter()
            async with session.post(f"http://127.0.0.1:{port}/ballot", json={"x": 1}) as r:
                await r.read()
            samples.append(time.perf_counter() - sent)
        await asyncio.gather(*(one() for _ in range(count)))
    phones = [aiohttp.ClientSession() for _ in range(count)]
    for session in phones:  # connected first, as the phones are (they joined)
        async with session.post(f"http://127.0.0.1:{port}/ballot", json={"x": 1}) as r:
            await r.read()
    burst: list[float] = []

    async def at_once(session: Any) -> None:
        sent = time.perf_counter()
        async with session.post(f"http://127.0.0.1:{port}/ballot", json={"x": 1}) as r:
            await r.read()
        burst.append(time.perf_counter() - sent)

    started = time.perf_counter()
    await asyncio.gather(*(at_once(session) for session in phones))
    all_answered = time.perf_counter() - started
    for session in phones:
        await session.close()
    await runner.cleanup()
    return {**summary(samples), "at_once": {"all_answered_s": round(all_answered, 3), "answer": summary(burst)}}


def first_load_bytes(url: str) -> dict[str, int]:
    """What a phone downloads to show the join screen: the page, its style, its script, its catalog."""
    import urllib.request

    sizes = {}
    for path in ("", "static/style.css", "static/app.js", "static/i18n/es.json"):
        with urllib.request.urlopen(url + path) as r:
            sizes[path or "index.html"] = len(r.read())
    return {**sizes, "total": sum(sizes.values())}


def slow_3g_seconds(url: str) -> float | None:
    """Seconds until the join screen is usable on an emulated phone under Chrome's "Slow 3G" (400 ms, 400 kbit/s
    down and up), the system's Chromium driven by Playwright; None where Chromium is missing."""
    import shutil

    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if chromium is None:
        return None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-quic",
                                                                     "--no-first-run", "--disable-background-networking",
                                                                     "--disable-component-update", "--disable-sync"])
        page = browser.new_context(**p.devices["Pixel 5"]).new_page()
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": 400, "downloadThroughput": 50_000,
                                                      "uploadThroughput": 50_000})
        started = time.perf_counter()
        page.goto(url)
        page.locator("#code").wait_for()
        seconds = time.perf_counter() - started
        browser.close()
    return round(seconds, 2)


def prepare(folder: Path, people: int) -> tuple[Path, list[str], str]:
    from eulac_desktop.core import checkin, phones, voting
    from eulac_desktop.core.ideas import add_challenge
    from eulac_desktop.core.registration import participant_ids
    from eulac_desktop.core.workspace import Workspace

    path = event_with_participants(folder, people + 20)
    with Workspace.open(path, mode="write") as ws:
        ids = participant_ids(ws)[:people]
        for pid in ids:
            checkin.check_in(ws, pid)
        for poll in voting.polls(ws):
            if poll["state"] == "open":
                voting.set_state(ws, poll["id"], "closed")
        poll_id = voting.create_poll(ws, "Priorities", "dots", [f"Option {i}" for i in range(8)],
                                     params={"dots": 3}).inserted["polls"][0]
        voting.set_state(ws, poll_id, "open")
        challenge = add_challenge(ws, "How might phones help?").inserted["challenges"][0]
        codes = [phones.phone_code(ws, pid) for pid in ids]
    return path, codes, challenge


async def server_load(path: Path, codes: list[str], challenge: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "eulac_desktop.cli", "serve", str(path), "--host", "127.0.0.1",
                               "--port", "0", "--json"], stdout=subprocess.PIPE, text=True, env=env)
    try:
        printed = ""
        assert server.stdout is not None
        while not printed.rstrip().endswith("}"):
            printed += server.stdout.readline()
        url = json.loads(printed)["url"]
        await asyncio.sleep(0.5)
        idle_mb = rss_mb(server.pid)
        page = first_load_bytes(url)
        slow = await asyncio.get_running_loop().run_in_executor(None, slow_3g_seconds, url)
        rng = random.Random(20)
        voting = await phones_vote(url, codes, VOTE_WINDOW, rng)
        connected_mb = rss_mb(server.pid)
        ideas = await ideas_in(url, voting["sessions"], voting["tokens"], challenge, rng)
        burst = await now_burst(url, voting["sessions"], voting["tokens"])
        for task in voting["listeners"]:
            task.cancel()
        for ws in voting["sockets"]:
            await ws.close()
        for session in voting["sessions"]:
            await session.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    from eulac_desktop.core import voting as core_voting
    from eulac_desktop.core.ideas import ideas as all_ideas
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(path, mode="read") as ws:
        counted = core_voting.results(ws, voting["poll"])["ballots"]
        stored = [i for i in all_ideas(ws, challenge)]
    by_answer = [text for _sent, _done, text in sorted(ideas.pop("answered"), key=lambda a: a[1])]
    on_board = [i["text"] for i in stored]
    place = {text: n for n, text in enumerate(by_answer)}
    out_of_order = sum(1 for a, b in itertools.pairwise(on_board) if place.get(a, -1) > place.get(b, -1))
    acknowledged_ballots = voting["phones"] - voting["errors"]
    return {
        "phones": voting["phones"], "vote_window_s": VOTE_WINDOW, "voting_seconds": voting["voting_seconds"],
        "errors": voting["errors"], "post_to_ack": voting["ack"],
        "ballots_durable": {"acknowledged": acknowledged_ballots, "in_the_file": counted,
                            "all": counted == acknowledged_ballots},
        "ballot_reaches_every_phone": voting["reaches_every_phone"],
        "ideas": {**ideas, "on_the_board": len(on_board),
                  "all_in_the_file": sorted(on_board) == sorted(by_answer),
                  "board_order_is_answer_order": on_board == by_answer,
                  "neighbours_out_of_answer_order": out_of_order},
        "poll_opens_every_phone_asks_now": burst,
        "server_memory_mb": {"idle": round(idle_mb, 1), "with_phones_connected": round(connected_mb, 1),
                             "more": round(connected_mb - idle_mb, 1)},
        "first_load_bytes": page,
        "join_screen_usable_on_slow_3g_s": slow,
    }


def frame_time(path: Path, codes: list[str]) -> dict[str, Any]:
    """The room inside the window's process: the window's frame time (the gaps between 16 ms timer ticks)
    while the phones, driven from another process, join and vote."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.ui.main_window import MainWindow
    from eulac_desktop.ui.session import EventSession
    from eulac_desktop.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    window = MainWindow(EventSession(Workspace.open(path)), Settings())
    window.resize(1024, 700)
    window.show()
    url = window.phone_room.open("127.0.0.1", 0)
    codes_file = path.with_suffix(".codes.json")
    codes_file.write_text(json.dumps({"url": url, "codes": codes}))
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        window.grab()  # paint a frame, as the screen would

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(16)
    quiet_until = time.perf_counter() + 3  # the floor: the same frames with the room open and no phone
    while time.perf_counter() < quiet_until:
        app.processEvents()
        time.sleep(0.001)
    idle, gaps[:] = list(gaps), []
    driver = subprocess.Popen([sys.executable, __file__, "--drive", str(codes_file)], env={
        **os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL)
    while driver.poll() is None:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    window.phone_room.close()
    session = window.session
    window.close()
    session.close()
    return {"frames": len(gaps), "frame_ms": summary(gaps), "floor_no_phones_frame_ms": summary(idle)}


def drive(codes_file: Path) -> None:
    """(In the driver process) the phones join and vote against the window's room."""
    data = json.loads(codes_file.read_text())

    async def run() -> None:
        result = await phones_vote(data["url"], data["codes"], VOTE_WINDOW, random.Random(3))
        for task in result["listeners"]:
            task.cancel()
        for ws in result["sockets"]:
            await ws.close()
        for session in result["sessions"]:
            await session.close()

    asyncio.run(run())


def main() -> dict[str, Any]:
    isolate()
    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-phones-"))
    path, codes, challenge = prepare(folder, PHONES)
    figures = asyncio.run(server_load(path, codes, challenge))
    figures["floor_bare_aiohttp_post_to_ack"] = asyncio.run(floor(VOTE_WINDOW, PHONES, random.Random(20)))
    (folder / "window").mkdir()
    second, codes2, _challenge2 = prepare(folder / "window", PHONES)  # a fresh poll: nobody has voted yet
    figures["window_while_phones_vote"] = frame_time(second, codes2)
    return figures


if __name__ == "__main__":
    if sys.argv[1:2] == ["--drive"]:
        drive(Path(sys.argv[2]))
    else:
        print(json.dumps(main(), indent=2))
        sys.stdout.flush()
        os._exit(0)
