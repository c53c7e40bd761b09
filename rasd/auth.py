"""API tokens and request limits for ``rasd serve``.

Tokens: a write (ingest, review) needs ``Authorization: Bearer <token>``, where the token is
``$RASD_API_TOKEN`` (compared in constant time) or one made by ``rasd token create`` (the store keeps
only its SHA-256). Reads are open unless ``RASD_READ_TOKEN_REQUIRED=1``.

Limits: a fixed-window rate limit per client address (``RASD_RATE_LIMIT`` requests a minute,
default 600; writes count against ``RASD_WRITE_RATE_LIMIT``, default 60; 0 turns a limit off) and a
request-body cap (``RASD_MAX_BODY`` bytes, default 2 MiB; a body sent without a length, chunked,
is read up to the cap and refused with 413 beyond it).

Headers: every response carries ``X-Content-Type-Options: nosniff``; the dashboard (``/`` and
``/static``) a Content-Security-Policy that runs only its own scripts (:data:`DASHBOARD_CSP`).
"""
from __future__ import annotations

import hmac
import json
import os
import threading
import time
from dataclasses import dataclass

DEFAULT_MAX_BODY = 2 * 1024 * 1024


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass
class AuthConfig:
    api_token: str | None = None
    read_token_required: bool = False
    rate_limit: int = 600            # requests a minute per client, all routes under /api
    write_rate_limit: int = 60       # writes a minute per client
    max_body: int = DEFAULT_MAX_BODY

    @classmethod
    def from_env(cls) -> "AuthConfig":
        return cls(
            api_token=os.environ.get("RASD_API_TOKEN") or None,
            read_token_required=os.environ.get("RASD_READ_TOKEN_REQUIRED", "").lower() in ("1", "true", "yes"),
            rate_limit=_env_int("RASD_RATE_LIMIT", 600),
            write_rate_limit=_env_int("RASD_WRITE_RATE_LIMIT", 60),
            max_body=_env_int("RASD_MAX_BODY", DEFAULT_MAX_BODY),
        )


def bearer(header: str | None) -> str | None:
    if not header:
        return None
    parts = header.strip().split(None, 1)
    if len(parts) == 2 and parts[0].lower() == "bearer" and parts[1].strip():
        return parts[1].strip()
    return None


def who_for(token: str | None, cfg: AuthConfig, store) -> str | None:
    """The name behind a token ("env" for $RASD_API_TOKEN), or None when it is not valid."""
    if not token:
        return None
    if cfg.api_token and hmac.compare_digest(token.encode(), cfg.api_token.encode()):
        return "api-token"
    return store.check_token(token)


class RateLimiter:
    """Fixed one-minute windows per (client, bucket)."""

    def __init__(self, per_minute: int, window: float = 60.0):
        self.per_minute = per_minute
        self.window = window
        self._hits: dict[tuple, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def allow(self, key: tuple) -> tuple[bool, float]:
        if self.per_minute <= 0:
            return True, 0.0
        now = time.monotonic()
        with self._lock:
            start, n = self._hits.get(key, (now, 0))
            if now - start >= self.window:
                start, n = now, 0
            if n >= self.per_minute:
                return False, self.window - (now - start)
            self._hits[key] = (start, n + 1)
            if len(self._hits) > 10000:
                for k in [k for k, (s, _) in self._hits.items() if now - s >= self.window]:
                    del self._hits[k]
            return True, 0.0


class LimitsMiddleware:
    """ASGI middleware: body-size cap and rate limits, errors as JSON {"error": ...}."""

    def __init__(self, app, cfg: AuthConfig):
        self.app = app
        self.cfg = cfg
        self.reads = RateLimiter(cfg.rate_limit)
        self.writes = RateLimiter(cfg.write_rate_limit)

    async def _reply(self, send, status: int, message: str, headers=()):
        body = json.dumps({"error": message}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()), *headers]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        method = scope.get("method", "GET")
        client = (scope.get("client") or ("?", 0))[0]
        if path.startswith("/api"):
            ok, wait = self.reads.allow((client, "all"))
            if ok and method in ("POST", "PUT", "PATCH", "DELETE"):
                ok, wait = self.writes.allow((client, "write"))
            if not ok:
                return await self._reply(send, 429, f"rate limit exceeded; retry in {int(wait) + 1} s",
                                         [(b"retry-after", str(int(wait) + 1).encode())])
        limit = self.cfg.max_body
        declared = None
        for k, v in scope.get("headers") or []:
            if k == b"content-length":
                try:
                    declared = int(v)
                except ValueError:
                    return await self._reply(send, 400, "bad Content-Length")
                if declared > limit or declared < 0:
                    return await self._reply(send, 413, f"request body larger than {limit} bytes")
        if declared is None and method in ("POST", "PUT", "PATCH", "DELETE"):
            # no length given (chunked): read the body here, at most ``limit`` bytes, so the
            # refusal is a 413 and not an error from deep inside the route's body parser
            chunks, size = [], 0
            while True:
                msg = await receive()
                if msg["type"] == "http.disconnect":
                    return
                body = msg.get("body", b"")
                size += len(body)
                if size > limit:
                    return await self._reply(send, 413, f"request body larger than {limit} bytes")
                chunks.append(body)
                if not msg.get("more_body"):
                    break
            whole = b"".join(chunks)
            replayed = False

            async def replay():
                nonlocal replayed
                if not replayed:
                    replayed = True
                    return {"type": "http.request", "body": whole, "more_body": False}
                return await receive()

            return await self.app(scope, replay, send)
        seen = 0

        async def capped_receive():
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge()
            return msg

        try:
            return await self.app(scope, capped_receive, send)
        except BodyTooLarge:
            return await self._reply(send, 413, f"request body larger than {limit} bytes")


class BodyTooLarge(Exception):
    pass


# The dashboard runs only its own files: no inline script, nothing from elsewhere, so even a
# piece of article text that slipped into the page as markup could not run.
DASHBOARD_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                 "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; "
                 "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class SecurityHeadersMiddleware:
    """ASGI middleware: ``nosniff`` and ``no-referrer`` on every response; a strict
    Content-Security-Policy on the dashboard (``/`` and ``/static``)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        dashboard = path == "/" or path.startswith("/static")

        async def send_with_headers(msg):
            if msg["type"] == "http.response.start":
                headers = [(k, v) for k, v in msg.get("headers", [])
                           if k.lower() not in (b"x-content-type-options", b"referrer-policy")]
                headers += [(b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer")]
                if dashboard:
                    headers += [(b"content-security-policy", DASHBOARD_CSP.encode()),
                                (b"x-frame-options", b"DENY")]
                msg = {**msg, "headers": headers}
            await send(msg)

        return await self.app(scope, receive, send_with_headers)
