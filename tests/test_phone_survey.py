"""The evaluation survey answered on phones (#22 item 4, "later on phones"): the facilitator opens it to phones (the
window's dialog, `eulac serve --survey`), each person answers once, as at the kiosk; what a phone's JSON may send
instead of a rating or a text is refused in the participant's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_api import Phone, Venue, joined, open_venue, serving

from eulac_desktop.core import checkin, phones, survey
from eulac_desktop.core.registration import find_by_email
from eulac_desktop.core.workspace import Workspace


@pytest.fixture
def venue(event_file: Path) -> Iterator[Venue]:
    with open_venue(event_file) as opened:
        yield opened


def open_survey(venue: Venue) -> None:
    venue.room.set_focus(phones.Focus(survey=True))


def test_the_survey_is_on_phones_only_once_the_facilitator_opens_it(venue: Venue) -> None:
    phone = joined(venue, 0)
    assert phone.call("GET", "/api/now").data["survey"] is None
    refused = phone.call("POST", "/api/survey", {"overall": 5})
    assert refused.status == 409 and refused.data["error"] == "not_on_phones"
    assert survey.summary(venue.ws)["responses"] == 0
    open_survey(venue)
    shown = phone.call("GET", "/api/now").data["survey"]
    assert shown["answered"] is False
    assert [(q["id"], q["kind"]) for q in shown["questions"]] == [(q["id"], q["kind"]) for q in survey.TEMPLATE]
    assert shown["questions"][0]["text"] == "En general, ¿cómo valora el evento?"  # in the phone's language
    assert Phone(venue.url, lang="en").call("GET", "/api/now").status == 401  # only to a phone that joined


def test_a_person_answers_once_on_their_phone_and_the_answer_counts(venue: Venue) -> None:
    open_survey(venue)
    phone = joined(venue, 0)
    sent = phone.call("POST", "/api/survey", {"overall": 5, "relevance": "4", "improve": "Más tiempo para P2P",
                                              "recommend": ""})
    assert sent.status == 201 and sent.data == {"status": "recorded"}
    assert phone.call("GET", "/api/now").data["survey"]["answered"] is True
    again = phone.call("POST", "/api/survey", {"overall": 1})
    assert again.status == 409 and again.data["error"] == "already_answered"
    assert again.data["message"] == "Encuesta: esta persona ya respondió la encuesta"
    counted = survey.summary(venue.ws)
    assert counted["responses"] == 1
    assert counted["questions"][0]["counts"] == [0, 0, 0, 0, 1] and counted["questions"][1]["counts"] == [0, 0, 0, 1, 0]
    assert counted["open"] == [{"question": "What should we improve?", "text": "Más tiempo para P2P"}]
    channel = venue.ws.conn.execute("SELECT channel FROM survey_answers").fetchall()
    assert channel == [("phone",)]
    with pytest.raises(survey.AnswerRefused):  # and the kiosk knows it
        survey.may_answer(venue.ws, participant_id=venue.people[0])


@pytest.mark.parametrize("answers", [{"overall": True}, {"overall": 4.5}, {"overall": [5]}, {"overall": 6},
                                     {"improve": 5}, {"improve": {"text": "x"}}, {"nothing": 3}, {}, ["overall", 5]])
def test_what_is_not_an_answer_is_refused_and_nothing_is_written(venue: Venue, answers: Any) -> None:
    open_survey(venue)
    phone = joined(venue, 1)
    refused = phone.call("POST", "/api/survey", answers)
    assert refused.status in (400, 422), refused.data
    assert refused.data["message"] and "Traceback" not in refused.data["message"]
    assert venue.ws.conn.execute("SELECT count(*) FROM survey_answers").fetchone()[0] == 0


def test_a_rating_of_true_is_refused_in_the_participant_s_language(venue: Venue) -> None:
    open_survey(venue)
    refused = joined(venue, 1).call("POST", "/api/survey", {"overall": True})
    assert refused.status == 422 and refused.data["message"] == "Valoración: dé una nota de 1 a 5"


def test_the_survey_opening_reaches_the_phones_over_the_websocket(venue: Venue) -> None:
    import asyncio

    phone = joined(venue, 0)

    async def pushed() -> dict[str, Any]:
        import aiohttp

        async with aiohttp.ClientSession() as session:
            socket = await session.ws_connect(venue.url + "ws")
            await socket.send_json({"token": phone.token})
            first = await asyncio.wait_for(socket.receive_json(), 5)
            assert first["survey"] is False
            await asyncio.get_running_loop().run_in_executor(None, open_survey, venue)
            # a push of what changed before (the join itself, seen by the server's watch of the file after the
            # socket opened) may come first: the opening must arrive within 5 s, whatever came before it
            deadline = asyncio.get_running_loop().time() + 5
            message: dict[str, Any] = {"survey": False}
            while not message.get("survey"):
                left = deadline - asyncio.get_running_loop().time()
                message = await asyncio.wait_for(socket.receive_json(), max(0.0, left))
            await socket.close()
            return message

    assert asyncio.run(pushed())["survey"] is True


def test_eulac_serve_survey_opens_it_to_phones(event_file: Path) -> None:
    with Workspace.open(event_file) as ws:
        jose = find_by_email(ws, "jose@example.org")
        checkin.check_in(ws, jose)
        code = phones.phone_code(ws, jose)
    for options, shown in (((), False), (("--survey",), True)):
        with serving(event_file, *options) as url:
            phone = Phone(url)
            assert phone.join(code).status == 200
            assert (phone.call("GET", "/api/now").data["survey"] is not None) is shown, options
