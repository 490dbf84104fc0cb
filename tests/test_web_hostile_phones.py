"""What a hostile phone sends the room, found by the review10 sweep of the phones' API: a clear 4xx answer in JSON,
nothing stored, no traceback on the terminal or in the log, and the room still serving the others."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_web_api import Phone, Venue, joined, open_venue

from eulac_desktop.core.ideas import ideas


@pytest.fixture
def venue(event_file: Path) -> Iterator[Venue]:
    with open_venue(event_file) as opened:
        yield opened


def test_a_lone_surrogate_escape_in_json_is_bad_json_and_nothing_is_stored(venue: Venue, caplog) -> None:
    """`"\\ud800"` is JSON no text can hold: storing the idea failed as an internal error (500)."""
    phone = joined(venue, 0)
    for path, raw in [(f"/api/challenges/{venue.challenge}/ideas", b'{"text": "a\\ud800b"}'),
                      (f"/api/polls/{venue.poll['id']}/ballot", b'{"\\udfff": 1}'),
                      ("/api/join", b'{"code": "\\ud800"}')]:
        answer = phone.call("POST", path, raw=raw)
        assert answer.status == 400 and answer.data["error"] == "bad_json", (path, answer)
        assert answer.data["message"] == "No se pudo leer la petición. Recarga la página e inténtalo de nuevo."
    assert ideas(venue.ws, venue.challenge) == []
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")], caplog.text
    assert joined(venue, 1).call("GET", "/api/now").status == 200


def test_a_file_name_longer_than_any_file_s_is_not_found(venue: Venue, caplog) -> None:
    """A static file name of 300 letters failed to be looked up (OSError: file name too long), a 500."""
    phone = Phone(venue.url, lang="pt")
    for path in ["/static/" + "a" * 300, "/static/i18n/" + "%C3%A9" * 200 + ".json", "/" + "x" * 5000]:
        answer = phone.call("GET", path)
        assert answer.status == 404 and answer.data["error"] == "not_found", (path, answer.status)
        assert answer.data["message"] == "Não há nada neste endereço."
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")], caplog.text
    assert phone.call("GET", "/static/app.js").status == 200
