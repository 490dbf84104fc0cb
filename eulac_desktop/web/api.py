"""The participants' JSON API and the page's files (aiohttp), documented in README.md ("Phones in the room").

Every answer carries a strict Content-Security-Policy and no cookie: a phone proves who it is with the token it
got at `POST /api/join`, in an `Authorization: Bearer` header that another site's page cannot send (no CSRF).
Errors are `{"error": CODE, "message": TEXT}` in the participant's language (the page's `Accept-Language`).
Nothing here logs a ballot, nor who cast one.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

from ..core import errors, logs, phones
from ..core.i18n import normalize_language
from ..core.ideas.capture import clean_text
from ..core.p2p.feedback import RatingRefused
from ..core.survey import AnswerRefused
from ..core.voting import VoteRefused
from .limits import Bucket, RateLimiter
from .store import Store
from .texts import PAGE_LANGUAGES, STATIC, core_text, page_text, pick_language

log = logs.logger(__name__)  # requests by kind and count only: never a person beside a ballot

MAX_BODY = 64 * 1024
MAX_IDEA = 2000
NAME_MAX = 255  # bytes in a file name, at most, on Linux, macOS and Windows
Notify = Callable[[str, dict[str, Any]], None]
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' {ws}; "
       "manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
WATCH_SECONDS = 0.25  # how often the file is checked for changes made elsewhere (the window, a kiosk)
LANGUAGE = web.RequestKey("language", str)  # the language a request is answered in (`Api._guard`)
SHARED_SECONDS = 1.0  # how long what is open to every phone is reused (the round running now follows the clock)


class ApiError(Exception):
    """An answer other than success: an HTTP status, an error code, and the message key in the page's catalog
    (`api.CODE`) or a message already in the participant's language."""

    def __init__(self, status: int, code: str, message: str | None = None, **params: Any):
        super().__init__(code)
        self.status, self.code, self.message, self.params = status, code, message, params


def _language(request: web.Request) -> str:
    """The language of the answer: the one the guard chose (`Api._guard`), else the one the request asks for."""
    return request.get(LANGUAGE) or pick_language(request.headers.get("Accept-Language"))


def _error(request: web.Request, status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": code, "message": message}, status=status)


class SharedNow:
    """What is open to phones (`core.phones.room_shared`), computed once per language until the file changes, the
    facilitator changes what is open, or a second passes: 400 phones asking at once when a poll opens cost one
    computation each, and a look at whether their person voted. Called on the reader's thread only."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[tuple[int, phones.Focus], float, dict[str, Any]]] = {}

    def __call__(self, ws: Any, participant_id: str, lang: str, focus: phones.Focus) -> dict[str, Any]:
        """What is open now to the person's phone (see `core.phones.room_now`)."""
        key, now = (phones.file_version(ws), focus), time.monotonic()
        hit = self._cache.get(lang)
        if hit is None or hit[0] != key or now >= hit[1]:
            hit = self._cache[lang] = (key, now + SHARED_SECONDS, phones.room_shared(ws, lang, focus))
        return phones.room_for(ws, hit[2], participant_id)


class Api:
    """The handlers, over the event file (`store`), the phones joined (`sessions`) and the rate limits."""

    def __init__(self, store: Store, sessions: phones.PhoneSessions, limiter: RateLimiter, notify: Notify):
        self.store, self.sessions, self.limiter, self.notify = store, sessions, limiter, notify
        self.sockets: dict[web.WebSocketResponse, str] = {}  # each open WebSocket → its person
        self.summary: dict[str, Any] | None = None
        self.focus = phones.Focus()  # what the facilitator opened to phones
        self._shared = SharedNow()
        self._watcher: asyncio.Task[None] | None = None

    # -- the application ------------------------------------------------------------------------

    def application(self) -> web.Application:
        """The aiohttp application: the API, the WebSocket and the page's files."""
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_post("/api/join", self.join)
        app.router.add_get("/api/now", self.now)
        app.router.add_post("/api/polls/{poll_id}/ballot", self.ballot)
        app.router.add_post("/api/challenges/{challenge_id}/ideas", self.idea)
        app.router.add_get("/api/me/agenda", self.agenda)
        app.router.add_post("/api/rounds/{number}/feedback", self.feedback)
        app.router.add_post("/api/survey", self.survey)
        app.router.add_get("/ws", self.websocket)
        app.router.add_get("/", self.index)
        app.router.add_static("/static", STATIC, append_version=False)
        app.on_startup.append(self._start_watching)
        app.on_shutdown.append(self._stop)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                     ) -> web.StreamResponse:
        lang = request[LANGUAGE] = pick_language(request.headers.get("Accept-Language"), self._token_language(request))
        client = request.remote or "?"
        try:
            if request.path.startswith("/api/") and not self.limiter.request(client):
                raise ApiError(429, "rate_limited")
            if request.content_length is not None and request.content_length > MAX_BODY:
                raise ApiError(413, "too_large")
            if any(len(part.encode("utf-8", "surrogatepass")) > NAME_MAX for part in request.path.split("/")):
                raise ApiError(404, "not_found")  # no file has so long a name (looking one up failed: a 500)
            response = await handler(request)
        except ApiError as exc:
            response = _error(request, exc.status, exc.code,
                              exc.message or page_text(lang, f"api.{exc.code}", **exc.params))
        except web.HTTPRequestEntityTooLarge:
            response = _error(request, 413, "too_large", page_text(lang, "api.too_large"))
        except web.HTTPException as exc:
            if exc.status >= 400:
                code = {404: "not_found", 405: "not_allowed"}.get(exc.status, "bad_request")
                response = _error(request, exc.status, code, page_text(lang, f"api.{code}"))
            else:
                raise
        except phones.PhoneRefused as exc:
            response = _error(request, 401, exc.why, core_text(exc, lang))
        except (errors.DiskFull, errors.ReadOnlyEventFile, errors.WriteFailed):
            log.warning("A phone's change could not be saved: the event file cannot be written")
            response = _error(request, 503, "not_saved", page_text(lang, "api.not_saved"))
        except errors.EulacError as exc:
            response = _error(request, 422, exc.code, core_text(exc, lang))
        except Exception:
            log.exception("The phones' server failed on %s %s", request.method, request.path)
            response = _error(request, 500, "internal", page_text(lang, "api.internal"))
        if not isinstance(response, web.WebSocketResponse):
            headers = response.headers
            headers["Content-Security-Policy"] = CSP.format(ws=f"ws://{request.host}")
            headers["X-Content-Type-Options"] = "nosniff"
            headers["Referrer-Policy"] = "no-referrer"
            headers["X-Frame-Options"] = "DENY"
            headers["Cache-Control"] = "no-store" if request.path.startswith("/api/") else "no-cache"
        return response

    # -- helpers ----------------------------------------------------------------------------------

    def _token_language(self, request: web.Request) -> str | None:
        """The language of the person whose token the request carries, if any: what a phone that asks for no
        language of ours (no Accept-Language, or only others) is answered in."""
        auth = request.headers.get("Authorization", "")
        return self.sessions.language_of(auth[7:].strip()) if auth.startswith("Bearer ") else None

    def _session(self, request: web.Request) -> phones.PhoneSession:
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or not auth[7:].strip():
            raise ApiError(401, "no_token")
        return self.sessions.check(auth[7:].strip())

    async def _body(self, request: web.Request) -> Any:
        raw = await request.read()
        try:
            body = json.loads(raw.decode("utf-8"))
            json.dumps(body, ensure_ascii=False).encode("utf-8")  # a lone "\\ud800" escape: no text can store it
        except (UnicodeError, ValueError, RecursionError):  # RecursionError: JSON nested too deeply
            raise ApiError(400, "bad_json") from None
        return body

    # -- joining ----------------------------------------------------------------------------------

    async def join(self, request: web.Request) -> web.Response:
        """`{"code"}` → `{"token", "name", "language"}`; 401 for a wrong code, 429 when rate-limited."""
        if not self.limiter.join(request.remote or "?"):
            raise ApiError(429, "rate_limited")
        body = await self._body(request)
        code = body.get("code") if isinstance(body, dict) else None
        if not isinstance(code, str) or len(code) > 40:
            raise ApiError(400, "no_code")
        try:
            person, event_languages = await self.store.read(_find_person, code)
        except phones.PhoneRefused:
            self.limiter.wrong_code()
            raise
        wishes = [*person["languages"], *event_languages]
        language = next((c for c in (normalize_language(w) for w in wishes) if c in PAGE_LANGUAGES), "en")
        token, took_over = self.sessions.join(person["id"], language)
        if took_over:
            await self._sign_out(person["id"], "replaced", keep=None)
        self.notify("phones", {"joined": len(self.sessions.joined())})
        log.info("A phone joined (%d in the room)", len(self.sessions.joined()))
        return web.json_response({"token": token, "name": person["given_name"] or person["family_name"],
                                  "language": language})

    async def _sign_out(self, participant_id: str, why: str, keep: web.WebSocketResponse | None) -> None:
        """Tell the person's connected phones (but `keep`) that they are signed out, and close them."""
        for ws, pid in list(self.sockets.items()):
            if pid == participant_id and ws is not keep:
                with contextlib.suppress(Exception):
                    await ws.send_json({"type": "signed_out", "why": why})
                    await ws.close()

    async def revoke(self, participant_id: str) -> None:
        """The facilitator signs a person's phone out."""
        if self.sessions.revoke(participant_id):
            await self._sign_out(participant_id, "revoked", keep=None)
        self.notify("phones", {"joined": len(self.sessions.joined())})

    # -- what is open -----------------------------------------------------------------------------

    async def now(self, request: web.Request) -> web.Response:
        """What is open now for this phone's person (see `core.phones.room_now`)."""
        session = self._session(request)
        data = await self.store.read(self._shared, session.participant_id, _language(request), self.focus)
        return web.json_response(data)

    async def agenda(self, request: web.Request) -> web.Response:
        """The person's P2P rounds and the programme of the day."""
        session = self._session(request)
        return web.json_response(await self.store.read(phones.agenda, session.participant_id, _language(request)))

    # -- writing ----------------------------------------------------------------------------------

    async def ballot(self, request: web.Request) -> web.Response:
        """A ballot, in the JSON of `eulac ballots add --ballot`: 200 counted, 409 already voted (or the poll is
        closed), 403 not eligible, 404 no such poll, 422 invalid (the reason in the message)."""
        session = self._session(request)
        payload = await self._body(request)
        poll_id = request.match_info["poll_id"]
        lang = _language(request)
        if self.focus.poll not in (phones.AUTO, poll_id):
            raise ApiError(409, "not_on_phones")
        try:
            changes = await self.store.write(_cast, poll_id, payload, session.participant_id)
        except VoteRefused as refused:
            status, code = {"already": (409, "already_voted"), "closed": (409, "poll_closed"),
                            "not_checked_in": (403, "not_eligible"), "role": (403, "not_eligible"),
                            "removed": (403, "not_eligible"), "badge": (403, "not_eligible")}.get(
                refused.why, (422, "invalid_ballot"))
            raise ApiError(status, code, core_text(refused, lang)) from None
        except errors.InvalidValue as exc:
            raise ApiError(404, "no_poll", core_text(exc, lang)) from None
        self.notify("changes", {"changes": changes})
        return web.json_response({"status": "counted"})

    async def idea(self, request: web.Request) -> web.Response:
        """`{"text"}` → 201 `{"id"}`: an idea of the person for an open challenge."""
        session = self._session(request)
        body = await self._body(request)
        text = body.get("text") if isinstance(body, dict) else None
        if not isinstance(text, str) or not clean_text(text):
            raise ApiError(422, "no_text")
        if len(clean_text(text)) > MAX_IDEA:
            raise ApiError(422, "idea_too_long", limit=MAX_IDEA)
        lang = _language(request)
        if self.focus.challenge not in (phones.AUTO, request.match_info["challenge_id"]):
            raise ApiError(409, "not_on_phones")
        changes = await self.store.write(_add_idea, request.match_info["challenge_id"], clean_text(text),
                                         session.participant_id, lang)
        self.notify("changes", {"changes": changes})
        return web.json_response({"id": changes.inserted["ideas"][0]}, status=201)

    async def feedback(self, request: web.Request) -> web.Response:
        """`{"rating"}` (1–5) for a P2P round of the person."""
        session = self._session(request)
        body = await self._body(request)
        rating = body.get("rating") if isinstance(body, dict) else None
        try:
            number = int(request.match_info["number"])
        except ValueError:
            raise ApiError(404, "not_found") from None
        lang = _language(request)
        try:
            changes = await self.store.write(_rate, number, rating, session.participant_id)
        except RatingRefused as refused:
            status, code = {"already": (409, "already_rated"), "no_seat": (403, "no_seat")}.get(
                refused.why, (404, "no_round"))
            raise ApiError(status, code, core_text(refused, lang)) from None
        self.notify("changes", {"changes": changes})
        return web.json_response({"status": "recorded"}, status=201)

    async def survey(self, request: web.Request) -> web.Response:
        """The person's answers to the evaluation survey, `{question id: 1–5 or text}` (questions left out are
        unanswered): 201 recorded, 409 already answered (or the survey is not open to phones), 403 the person may
        not answer, 422 an answer that is not one of its question's (the reason in the message)."""
        session = self._session(request)
        body = await self._body(request)
        if not isinstance(body, dict):
            raise ApiError(400, "bad_request")
        lang = _language(request)
        if not self.focus.survey:
            raise ApiError(409, "not_on_phones")
        try:
            changes = await self.store.write(_answer, body, session.participant_id)
        except AnswerRefused as refused:
            status, code = (409, "already_answered") if refused.why == "already" else (403, "not_eligible")
            raise ApiError(status, code, core_text(refused, lang)) from None
        self.notify("changes", {"changes": changes})
        return web.json_response({"status": "recorded"}, status=201)

    # -- live -------------------------------------------------------------------------------------

    async def websocket(self, request: web.Request) -> web.StreamResponse:
        """Pushes what changed (`{"type": "now", ...}`, see `core.phones.room_summary`) to a phone that sent its
        token as the first message (`{"token"}`), and `signed_out` when another phone takes over."""
        client = request.remote or "?"
        if self.limiter.sockets.get(client, 0) >= self.limiter.limits.sockets_per_client:
            raise ApiError(429, "rate_limited")
        ws = web.WebSocketResponse(heartbeat=30, max_msg_size=4096)
        await ws.prepare(request)
        self.limiter.sockets[client] = self.limiter.sockets.get(client, 0) + 1
        try:
            first = await ws.receive(timeout=10)
            token = json.loads(first.data).get("token", "") if first.type == WSMsgType.TEXT else ""
            try:
                session = self.sessions.check(str(token))
            except phones.PhoneRefused as refused:
                await ws.send_json({"type": "signed_out", "why": refused.why})
                return ws
            self.sockets[ws] = session.participant_id
            if self.summary is None:  # the room has just opened and its watcher has not read the file yet
                await self._follow()
            await ws.send_json({"type": "now", **(self.summary or {})})
            messages = Bucket(*self.limiter.limits.socket_messages)
            async for message in ws:
                if not messages.take(self.limiter.limits.clock()):  # a flood: this socket is closed, the rest go on
                    await ws.close(code=WSCloseCode.POLICY_VIOLATION, message=b"rate_limited")
                    break
                if message.type == WSMsgType.TEXT and message.data == "ping":
                    await ws.send_str("pong")
        except (TimeoutError, ValueError, AttributeError, RecursionError):  # RecursionError: a first message nested too deeply
            pass
        finally:
            self.sockets.pop(ws, None)
            self.limiter.sockets[client] -= 1
            if not self.limiter.sockets[client]:
                del self.limiter.sockets[client]
            await ws.close()
        return ws

    async def _start_watching(self, app: web.Application) -> None:
        self._watcher = asyncio.get_running_loop().create_task(self._watch())

    async def _watch(self) -> None:
        """Follow the event file: when anything changed what the phones follow, push it to every phone."""
        version = None
        while True:
            try:
                now = await self.store.read(phones.file_version)
                if now != version:
                    version = now
                    await self._follow()
            except asyncio.CancelledError:
                raise
            except Exception:  # the file is unreadable for a moment (a restore, a full disk): try again
                log.exception("The phones' server could not read the event file")
            await asyncio.sleep(WATCH_SECONDS)

    async def _follow(self) -> None:
        """Read what the phones follow; when it changed, tell the window and push it to every phone."""
        summary = await self.store.read(phones.room_summary, self.focus)
        if summary != self.summary:
            self.summary = summary
            self.notify("summary", summary)
            await self._broadcast({"type": "now", **summary})

    async def refocus(self, focus: phones.Focus) -> None:
        """The facilitator chose what is open to phones: every phone follows at once."""
        self.focus = focus
        await self._follow()

    async def _broadcast(self, message: dict[str, Any]) -> None:
        text = json.dumps(message)
        sends = [ws.send_str(text) for ws in list(self.sockets) if not ws.closed]
        await asyncio.gather(*sends, return_exceptions=True)

    async def _stop(self, app: web.Application) -> None:
        if self._watcher is not None:
            self._watcher.cancel()
        for ws in list(self.sockets):
            with contextlib.suppress(Exception):
                await ws.send_json({"type": "signed_out", "why": "closed"})
                await ws.close()

    async def index(self, request: web.Request) -> web.FileResponse:
        """The participants' page."""
        return web.FileResponse(STATIC / "index.html")


# -- the work done on the reader's and the writer's threads ------------------------------------------


def _find_person(ws: Any, code: str) -> tuple[dict[str, Any], list[str]]:
    from ..core.event import get_event

    return phones.find_by_phone_code(ws, code), get_event(ws).languages


def _cast(ws: Any, poll_id: str, payload: Any, participant_id: str) -> Any:
    from ..core.voting import cast_ballot

    return cast_ballot(ws, poll_id, payload, participant_id=participant_id, channel="phone").changes


def _add_idea(ws: Any, challenge_id: str, text: str, participant_id: str, lang: str) -> Any:
    from ..core.ideas import add_ideas, get_challenge

    try:
        challenge = get_challenge(ws, challenge_id)
    except errors.InvalidValue:
        raise ApiError(404, "no_challenge") from None
    if challenge["state"] != "open":
        raise ApiError(409, "challenge_closed")
    return add_ideas(ws, challenge_id, [text], author_id=participant_id, language=lang)


def _rate(ws: Any, number: int, rating: Any, participant_id: str) -> Any:
    from ..core.p2p.feedback import add_feedback

    return add_feedback(ws, number, rating, participant_id=participant_id)


def _answer(ws: Any, answers: dict[str, Any], participant_id: str) -> Any:
    from ..core.survey import add_answer

    return add_answer(ws, participant_id, answers, channel="phone")
