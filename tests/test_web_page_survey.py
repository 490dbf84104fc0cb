"""The evaluation survey on the phones' page in a real browser (#22 item 4): once the facilitator opens it to phones,
a Survey tab appears; a person answers with the keyboard alone (each rating a radio group named by its question),
sends, is thanked, and after a reload is told they answered. Screens saved in es and en (in $EULAC_SCREENSHOTS when
it is set) to be looked at."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright import sync_api as playwright_api
from test_web_api import Venue, open_venue
from test_web_page import join, launched, phone, shot  # skips this module without Chromium, as it skips itself

from eulac_desktop.core import phones, survey
from eulac_desktop.core.i18n import translator


@pytest.fixture
def venue(event_file: Path) -> Iterator[Venue]:
    with open_venue(event_file) as opened:
        yield opened


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched() as both:
        yield both


def test_a_phone_answers_the_survey_with_the_keyboard_and_is_thanked(venue: Venue, browser: Any) -> None:
    android, iphone = phone(browser, "Pixel 5"), phone(browser, "iPhone 12")
    join(android, venue.url, venue.codes[0], "es")
    assert android.get_by_role("button", name="Encuesta").count() == 0  # not open to phones yet
    venue.room.set_focus(phones.Focus(survey=True))
    tab = android.get_by_role("button", name="Encuesta")
    tab.wait_for()  # the room's push brings the tab
    tab.focus()
    android.keyboard.press("Enter")
    playwright_api.expect(android.locator("#heading")).to_have_text("Encuesta de evaluación")
    es = translator("es")
    overall = android.get_by_role("group", name=es(survey.TEMPLATE_TEXTS["overall"]))
    overall.get_by_role("radio", name="1").focus()
    android.keyboard.press("Space")
    for _ in range(3):  # a radio group moves with the arrows: 1 → 4
        android.keyboard.press("ArrowRight")
    assert overall.get_by_role("radio", name="4").is_checked()
    improve = android.get_by_role("textbox", name=es(survey.TEMPLATE_TEXTS["improve"]))
    improve.focus()
    android.keyboard.type("Más tiempo para las mesas P2P")
    shot(android, "es-survey-1-form")
    android.reload()  # a refresh keeps the answers being given
    android.get_by_role("button", name="Enviar mis respuestas").wait_for()
    assert android.get_by_role("textbox", name=es(survey.TEMPLATE_TEXTS["improve"])).input_value() == \
        "Más tiempo para las mesas P2P"
    android.get_by_role("button", name="Enviar mis respuestas").focus()
    android.keyboard.press("Enter")
    android.get_by_text("¡Gracias por tus respuestas!").wait_for()
    shot(android, "es-survey-2-thanks")
    counted = survey.summary(venue.ws)
    assert counted["responses"] == 1 and counted["questions"][0]["counts"] == [0, 0, 0, 1, 0]
    assert counted["open"][0]["text"] == "Más tiempo para las mesas P2P"
    android.reload()
    android.get_by_text("Ya respondiste la encuesta. ¡Gracias!").wait_for()

    join(iphone, venue.url, venue.codes[1], "en")
    iphone.get_by_role("button", name="Survey").click()
    playwright_api.expect(iphone.locator("#heading")).to_have_text("Evaluation survey")
    iphone.get_by_role("button", name="Send my answers").click()  # nothing answered: refused, said why
    playwright_api.expect(iphone.locator("#survey-error")).to_have_text("Survey: no question was answered")
    shot(iphone, "en-survey-1-form")
    assert survey.summary(venue.ws)["responses"] == 1


def test_a_change_while_the_page_connects_reaches_it(venue: Venue, browser: Any) -> None:
    """The survey opened to phones after the page fetched the room's state and before its WebSocket's first word:
    that first word already carries the change, and the page fetches the state again (it once took the first word
    as where it stood, and showed no Survey tab until something else changed)."""
    page = phone(browser, "Pixel 5")
    held: list[Any] = []
    sockets: dict[str, Any] = {}

    def route(ws: Any) -> None:
        sockets["server"] = ws.connect_to_server()
        ws.on_message(lambda message: held.append(message))  # the page's token held back: the room says nothing yet

    page.route_web_socket("**/ws", route)
    join(page, venue.url, venue.codes[0], "es")
    for _ in range(200):
        if held:
            break
        page.wait_for_timeout(25)
    assert held and page.get_by_role("button", name="Encuesta").count() == 0
    venue.room.set_focus(phones.Focus(survey=True))
    sockets["server"].send(held[0])  # the token reaches the room, whose first word has the survey
    playwright_api.expect(page.get_by_role("button", name="Encuesta")).to_be_visible(timeout=4000)  # no polling here
    page.context.close()
