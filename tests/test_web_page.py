"""The phones' page in a real browser (issue 20): Playwright drives the system's Chromium (`executable_path`, no
browser download) with two emulated phones, an iPhone and an Android phone, on the demo event.

They join with their phone codes, vote with the keyboard alone (each option's control named by its text), post
an idea, and the other phone's counter follows live; every phone screen is saved in es, pt and en (in
$EULAC_SCREENSHOTS when it is set) to be looked at. Runs in CI (skipped only where Chromium is missing and CI is
not set).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from helpers import during_demo_round_1
from playwright import sync_api as playwright_api

from eulac_desktop.core import checkin, event, phones, voting
from eulac_desktop.core.demo import build_demo_event
from eulac_desktop.core.ideas import ideas
from eulac_desktop.core.p2p import latest_plan
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.web.limits import Limits
from eulac_desktop.web.room import Room

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

if not os.path.exists(CHROMIUM) and not os.environ.get("CI"):
    pytest.skip("Chromium is not installed (make installs it: apt-get install chromium); the browser tests run in CI",
                allow_module_level=True)



@dataclass
class Demo:
    ws: Workspace
    url: str
    poll: dict[str, Any]
    people: list[str]  # checked in, seated in round 1, not voted yet
    codes: list[str]
    room: Room


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    folder = tmp_path_factory.mktemp("web")
    os.environ.setdefault("EULAC_CONFIG_DIR", str(folder / "config"))
    with pytest.MonkeyPatch.context() as patch:
        during = during_demo_round_1()  # the demo is planned from today's date
        patch.setattr(event, "utc_now", lambda: during)
        ws = build_demo_event(folder / "demo.eulac")
        poll = phones.open_poll(ws)
        assert poll is not None and poll["method"] == "schulze"
        seated = {q for t in latest_plan(ws)["rounds"][0]["tables"] for q in t["participant_ids"]}
        people = sorted(p for p in checkin.checked_in_ids(ws) & seated if not voting.has_voted(ws, poll["id"], p)
                        and not phones.agenda(ws, p, "en")["rounds"][0]["rated"])[:9]
        room = Room(ws.for_worker, ws.event_id, limits=Limits(joins=(10.0, 100.0)))  # every phone here is 127.0.0.1
        url = room.start("127.0.0.1", 0)
        try:
            yield Demo(ws, url, poll, people, [phones.phone_code(ws, p) for p in people], room)
        finally:
            room.stop()
            ws.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched() as both:
        yield both


@contextlib.contextmanager
def launched() -> Iterator[Any]:
    """Playwright and the system's Chromium, launched."""
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield p, chromium
        chromium.close()


def phone(browser: Any, model: str) -> Any:
    """A new emulated phone (its own storage) with a page open."""
    p, chromium = browser
    context = chromium.new_context(**p.devices[model])
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def shot(page: Any, name: str) -> None:
    folder = os.environ.get("EULAC_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def join(page: Any, url: str, code: str, lang: str, name: str = "") -> None:
    page.goto(url)
    page.locator("#lang").select_option(lang)
    label = {"es": "Tu código para el móvil", "pt": "Seu código para o celular", "en": "Your phone code"}[lang]
    playwright_api.expect(page.locator("label[for=code]")).to_have_text(label)
    shot(page, f"{lang}-1-join")
    page.locator("#code").focus()
    page.keyboard.type(code[:3].lower() + " " + code[3:].lower())  # as people type it: lower case, a space
    page.keyboard.press("Enter")
    page.locator("nav").wait_for()


def test_two_phones_join_vote_with_the_keyboard_post_an_idea_and_follow_live(demo: Demo, browser: Any) -> None:
    iphone, android = phone(browser, "iPhone 12"), phone(browser, "Pixel 5")
    join(iphone, demo.url, demo.codes[0], "es")
    join(android, demo.url, demo.codes[1], "pt")
    assert iphone.locator("html").get_attribute("lang") == "es"
    assert android.get_by_role("button", name="Votar").get_attribute("aria-current") == "page"
    before = voting.results(demo.ws, demo.poll["id"])["ballots"]
    turnout = android.locator("#turnout span")
    assert turnout.inner_text() == f"{before} de {voting.results(demo.ws, demo.poll['id'])['eligible']} já votaram"
    shot(android, "pt-2-vote")
    # the ballot with the keyboard alone: each option's control is named by the option's text
    options = [o["text"] for o in demo.poll["options"]]
    for rank, text in enumerate(reversed(options), start=1):
        control = iphone.get_by_role("combobox", name=text, exact=True)
        control.focus()
        for _ in range(rank):
            iphone.keyboard.press("ArrowDown")
    shot(iphone, "es-2-vote")
    iphone.reload()  # a refresh keeps the ballot being filled in
    iphone.get_by_role("combobox", name=options[0], exact=True).wait_for()
    assert iphone.get_by_role("combobox", name=options[-1], exact=True).input_value() == "1"
    iphone.get_by_role("combobox", name=options[0], exact=True).focus()
    iphone.keyboard.press("Tab")  # …to the next option, and on to the send button
    for _ in range(len(options)):
        if iphone.evaluate("document.activeElement.type") == "submit":
            break
        iphone.keyboard.press("Tab")
    assert iphone.evaluate("document.activeElement.textContent") == "Enviar mi voto"
    iphone.keyboard.press("Enter")
    iphone.get_by_text("¡Gracias! Tu voto se ha contado.").wait_for()
    shot(iphone, "es-3-voted")
    assert voting.results(demo.ws, demo.poll["id"])["ballots"] == before + 1
    # the other phone's counter follows live, without a reload
    playwright_api.expect(turnout).to_have_text(re.compile(f"^{before + 1} de "), timeout=3000)
    # an idea, shown as the characters typed
    android.get_by_role("button", name="Ideias").click()
    android.get_by_label("Sua ideia").fill("<img src=x onerror=alert(1)>")
    shot(android, "pt-4-ideas")
    android.get_by_role("button", name="Publicar minha ideia").click()
    android.get_by_text("Publicada: já está no quadro.", exact=False).wait_for()
    assert android.locator("#my-ideas li").inner_text() == "<img src=x onerror=alert(1)>"
    assert android.locator("#my-ideas img").count() == 0
    shot(android, "pt-5-idea-posted")
    texts = [i["text"] for i in ideas(demo.ws)]
    assert texts[-1] == "<img src=x onerror=alert(1)>" or "<img src=x onerror=alert(1)>" in texts
    # a third phone joins with the first one's code: the first is told it was signed out
    third = phone(browser, "Pixel 5")
    join(third, demo.url, demo.codes[0], "en")
    iphone.get_by_text("Otro móvil entró con tu código, así que este salió.").wait_for()
    shot(iphone, "es-9-signed-out")
    for page in (iphone, android, third):
        page.context.close()


@pytest.mark.parametrize("lang, model", [("es", "iPhone 12"), ("pt", "Pixel 5"), ("en", "iPhone 12")])
def test_every_phone_screen_in_each_language(demo: Demo, browser: Any, lang: str, model: str) -> None:
    index = {"es": 2, "pt": 3, "en": 4}[lang]
    page = phone(browser, model)
    join(page, demo.url, demo.codes[index], lang)
    words = {"es": ("Votar", "Ideas", "Mi mesa", "Programa", "Mesa "), "pt": ("Votar", "Ideias", "Minha mesa", "Programa",
                                                                             "Mesa "),
             "en": ("Vote", "Ideas", "My table", "Programme", "Table ")}[lang]
    page.get_by_role("combobox").first.wait_for()
    shot(page, f"{lang}-2-vote-{model.split()[0].lower()}")
    page.get_by_role("button", name=words[1], exact=True).click()
    page.locator("#idea").wait_for()
    shot(page, f"{lang}-4-ideas-{model.split()[0].lower()}")
    page.get_by_role("button", name=words[2], exact=True).click()
    page.locator(".table-now").wait_for()
    assert page.locator(".table-number").inner_text().startswith(words[4])
    shot(page, f"{lang}-6-table")
    page.locator(".rating button").nth(3).click()
    page.locator("#screen .message.success").wait_for()
    shot(page, f"{lang}-7-rated")
    page.get_by_role("button", name=words[3], exact=True).click()
    page.locator(".programme li").first.wait_for()
    shot(page, f"{lang}-8-programme")
    # text at 200%: nothing is cut off and nothing needs sideways scrolling
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    for tab in words[:4]:
        page.get_by_role("button", name=tab, exact=True).click()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), tab
    shot(page, f"{lang}-10-text-200")
    page.context.close()


AXE = Path(__file__).parent / "a11y" / "node_modules" / "axe-core" / "axe.min.js"


def serious_violations(page: Any) -> list[str]:
    """What axe-core (injected into the page) finds of serious or critical impact, WCAG 2.1 A and AA."""
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("""async () => {
        const result = await axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a",
                                                                              "wcag21aa", "best-practice"]}});
        return result.violations.filter(v => v.impact === "serious" || v.impact === "critical")
            .map(v => v.id + ": " + v.nodes.map(n => n.target.join(" ")).join(", "));
    }""")
    return list(found)


@pytest.mark.skipif(not AXE.exists() and not os.environ.get("CI"),
                    reason="axe-core is not installed: make installs it (npm ci in tests/a11y)")
@pytest.mark.parametrize("lang", ["es", "pt", "en"])
def test_every_phone_screen_has_no_serious_accessibility_violation(demo: Demo, browser: Any, lang: str) -> None:
    p, chromium = browser
    context = chromium.new_context(**p.devices["Pixel 5"], bypass_csp=True)  # to inject axe-core
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(demo.url)
    page.locator("#code").wait_for()
    assert serious_violations(page) == [], "join"
    page.locator("#code").fill("BBBBBB")  # a wrong code: the error shown
    page.keyboard.press("Enter")
    page.locator("#join-error:not([hidden])").wait_for()
    assert serious_violations(page) == [], "join, wrong code"
    code = demo.codes[{"es": 6, "pt": 7, "en": 8}[lang]]
    join(page, demo.url, code, lang)
    page.get_by_role("combobox").first.wait_for()
    assert serious_violations(page) == [], "vote"
    for tab, ready in ((1, "#idea"), (2, ".table-now"), (3, ".programme li")):
        page.locator("nav button").nth(tab).click()
        page.locator(ready).first.wait_for()
        assert serious_violations(page) == [], ready
    page.locator("nav button").nth(0).click()
    page.locator("#ballot select").first.wait_for()
    page.locator("#ballot select").first.select_option("1")
    page.locator("#ballot button[type=submit]").click()
    page.locator("#screen .message.success").wait_for()
    assert serious_violations(page) == [], "voted"
    other = phone(browser, "iPhone 12")  # the same person on another phone: this one is signed out
    join(other, demo.url, code, lang)
    page.locator("#out").wait_for()
    assert serious_violations(page) == [], "signed out"
    other.context.close()
    context.close()


def test_without_a_websocket_the_page_follows_by_polling(demo: Demo, browser: Any) -> None:
    import http.client
    import json as jsonlib
    from urllib.parse import urlsplit

    page = phone(browser, "Pixel 5")
    page.route_web_socket("**/ws", lambda ws: ws.close())  # a network that lets no WebSocket through
    join(page, demo.url, demo.codes[1], "en")
    turnout = page.locator("#turnout span")
    before = voting.results(demo.ws, demo.poll["id"])["ballots"]
    playwright_api.expect(turnout).to_have_text(re.compile(f"^{before} of "))
    parts = urlsplit(demo.url)  # someone else votes
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("POST", "/api/join", body=jsonlib.dumps({"code": demo.codes[4]}), headers={"Content-Type": "application/json"})
    token = jsonlib.loads(conn.getresponse().read())["token"]
    option = demo.poll["options"][0]["id"]
    conn.request("POST", f"/api/polls/{demo.poll['id']}/ballot", body=jsonlib.dumps([option]),
                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert conn.getresponse().status == 200
    conn.close()
    playwright_api.expect(turnout).to_have_text(re.compile(f"^{before + 1} of "), timeout=8000)  # polled every 5 s
    page.context.close()


def test_a_phone_sees_the_results_once_the_facilitator_closes_the_poll(demo: Demo, browser: Any) -> None:
    ws = demo.ws
    poll_id = voting.create_poll(ws, "¿Qué priorizamos?", "dots", ["Datos abiertos", "Movilidad", "Formación"],
                                 params={"dots": 3}).inserted["polls"][0]
    voting.set_state(ws, poll_id, "open")
    data, mobility, _skills = (o["id"] for o in voting.get_poll(ws, poll_id)["options"])
    voting.cast_ballot(ws, poll_id, {mobility: 2, data: 1}, participant_id=demo.people[2], channel="phone")
    voting.cast_ballot(ws, poll_id, {mobility: 3}, participant_id=demo.people[3], channel="phone")
    demo.room.set_focus(phones.Focus(poll=poll_id))  # the facilitator shows this poll to phones
    p, chromium = browser
    page = chromium.new_context(**p.devices["Pixel 5"], bypass_csp=AXE.exists()).new_page()  # to inject axe-core
    page.set_default_timeout(10_000)
    try:
        join(page, demo.url, demo.codes[5], "es")
        playwright_api.expect(page.locator("#ballot")).to_be_visible()
        assert page.locator("#ranking").count() == 0  # open and not live: no results on the phone
        voting.set_state(ws, poll_id, "closed")  # the facilitator closes it: the page follows
        ranking = page.get_by_role("list", name="Resultados")
        playwright_api.expect(ranking).to_be_visible()
        assert page.locator("#ballot").count() == 0
        playwright_api.expect(page.locator("#heading")).to_have_text("¿Qué priorizamos?")
        playwright_api.expect(page.get_by_role("status").filter(has_text="cerrada")).to_have_text(
            "La votación está cerrada. Estos son los resultados.")
        items = [re.sub(r"\s+", " ", text).strip() for text in ranking.locator("li").all_inner_texts()]
        assert items == ["Movilidad — Puntos: 5", "Datos abiertos — Puntos: 1", "Formación — Puntos: 0"]
        assert page.locator("ol#ranking li").evaluate_all("items => items.map(i => i.value)") == [1, 2, 3]
        shot(page, "es-9-results")
        if AXE.exists():
            assert serious_violations(page) == [], "results"
    finally:
        page.context.close()
        demo.room.set_focus(phones.Focus())
