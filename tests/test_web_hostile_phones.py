"""What a hostile phone sends the room, found by the review10 sweep of the phones' API: a clear 4xx answer in JSON,
nothing stored, no traceback on the terminal or in the log, and the room still serving the others."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from test_web_api import ROOT, Phone, Venue, joined, open_venue

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


def _send(url: str, request: bytes) -> bytes:
    """`request` as raw bytes to the server at `url`: the first line of its answer."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname or "", parts.port or 80), timeout=10) as connection:
        connection.sendall(request)
        return connection.makefile("rb").readline()


def test_requests_that_are_not_http_leave_no_traceback_on_the_terminal_of_eulac_serve(event_file: Path) -> None:
    """aiohttp logged each with its traceback, which Python printed on `eulac serve`'s stderr: a phone could fill
    the facilitator's terminal with tracebacks."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "eulac_desktop.cli", "serve", str(event_file), "--host",
                               "127.0.0.1", "--port", "0", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env)
    try:
        assert server.stdout is not None and server.stderr is not None
        printed = ""
        while not printed.startswith("{") or not printed.rstrip().endswith("}"):
            line = server.stdout.readline()
            assert line, server.stderr.read()
            printed += line
        url = json.loads(printed)["url"]
        garbled = [b"POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
                   b"GET /api/now HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \x01\r\n\r\n",
                   b"GET /api/now HTTP/1.1\r\nHost: x\r\nX-Long: " + b"a" * 20_000 + b"\r\n\r\n",
                   b"GET /static/\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n"]
        for request in garbled:
            assert _send(url, request).startswith(b"HTTP/1.") and b" 400 " in _send(url, request)
        assert Phone(url).call("GET", "/").status == 200  # the room still serves
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=15) == 0
        err = server.stderr.read()
        assert "Traceback" not in err and "Error handling request" not in err, err
    finally:
        if server.poll() is None:
            server.kill()
