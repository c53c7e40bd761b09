"""API tokens and request limits for ``rasd serve``.

Tokens: a write (ingest, review) needs ``Authorization: Bearer <token>``, where the token is
``$RASD_API_TOKEN`` (compared in constant time) or one made by ``rasd token create`` (the store keeps
only its SHA-256). Reads are open unless ``RASD_READ_TOKEN_REQUIRED=1``.

Limits: a fixed-window rate limit per client address (``RASD_RATE_LIMIT`` requests a minute,
default 600; writes count against ``RASD_WRITE_RATE_LIMIT``, default 60; 0 turns a limit off) and a
request-body cap (``RASD_MAX_BODY`` bytes, default 2 MiB).
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
        for k, v in scope.get("headers") or []:
            if k == b"content-length":
                try:
                    if int(v) > limit:
                        return await self._reply(send, 413, f"request body larger than {limit} bytes")
                except ValueError:
                    return await self._reply(send, 400, "bad Content-Length")
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
