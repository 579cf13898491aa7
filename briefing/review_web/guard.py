"""Who may use the review page: only a browser that holds the page's secret token (given once in the printed
address, then kept in a cookie), and a POST only with the page's CSRF token (htmx sends it as a header, a plain
form as a hidden field). Anything else gets 403 before it reaches the page."""
from __future__ import annotations

import hashlib
import secrets
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import PlainTextResponse

CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"


def cookie_name(token: str) -> str:
    # Cookies do not tell ports apart: two review pages at once must not overwrite each other's.
    return "briefing-review-" + hashlib.sha256(token.encode()).hexdigest()[:10]


def _same(given: str | None, expected: str) -> bool:
    return given is not None and secrets.compare_digest(given.encode(), expected.encode())


class Guard:
    """ASGI middleware: the access token on every request, the CSRF token on every request that changes things."""

    def __init__(self, app, token: str, csrf: str):
        self.app, self.token, self.csrf = app, token, csrf
        self.cookie = cookie_name(token)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        from_query = request.query_params.get("token")
        if not (_same(from_query, self.token) or _same(request.cookies.get(self.cookie), self.token)):
            return await PlainTextResponse("forbidden: open the address `briefing review --serve` printed, "
                                           "with its token", 403)(scope, receive, send)
        if scope["method"] not in ("GET", "HEAD"):
            body = b""
            while True:
                message = await receive()
                body += message.get("body", b"")
                if not message.get("more_body"):
                    break
            if not (_same(request.headers.get(CSRF_HEADER), self.csrf) or _same(self._field(request, body), self.csrf)):
                return await PlainTextResponse("forbidden: no valid CSRF token", 403)(scope, receive, send)
            receive = _replay(body, receive)
        if from_query is None:
            return await self.app(scope, receive, send)

        async def remember(message):
            if message["type"] == "http.response.start":
                cookie = f"{self.cookie}={self.token}; Path=/; HttpOnly; SameSite=Strict"
                message = {**message, "headers": list(message.get("headers", [])) + [(b"set-cookie", cookie.encode())]}
            await send(message)
        return await self.app(scope, receive, remember)

    @staticmethod
    def _field(request: Request, body: bytes) -> str | None:
        if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            values = parse_qs(body.decode("latin-1")).get(CSRF_FIELD)
            return values[0] if values else None
        return None


def _replay(body: bytes, receive):
    """The body read once for the check, given again to the page; then the connection's own messages."""
    sent = False

    async def again():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()
    return again
