"""The HTTP API and the analyst's dashboard (``rasd serve``).

Routes (OpenAPI document at ``/openapi.json``, interactive at ``/docs``):

    GET  /                          the dashboard (rasd/static, offline: no CDN, no tiles)
    GET  /api/events                linked events, a JSON list (filters below; X-Total-Count header)
    GET  /api/events/{id}           one event: reports with evidence sentences, disagreements, reviews
    POST /api/events/{id}/review    correct fields: {"field", "value"} or {"edits": {field: value}}
    POST /api/events/{id}/merge     {"others": [id, ...]}: their reports join this event
    POST /api/events/{id}/split     {"report_ids": [...]}: those reports become a new event
    GET  /api/articles              stored articles (newest first)
    GET  /api/articles/{id}         one article with its text
    POST /api/articles              one article as a JSONL input row: {"text", "id", "title", "url",
                                    "outlet", "published"}; extracted, stored and linked
    GET  /api/export.csv | .geojson | .jsonl    the filtered events, reviewed values applied
    GET  /api/stats

Filters: ``date_from``, ``date_to`` (YYYY-MM-DD), ``bbox`` (min_lon,min_lat,max_lon,max_lat),
``place``, ``actor`` (Arabic or English, normalised), ``side``, ``type`` (ACLED type or sub-type),
``disputed`` (true/false), ``min_fatalities``.

Writes need ``Authorization: Bearer <token>`` (see :mod:`rasd.auth`); errors are JSON
``{"error": "..."}``.
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .auth import AuthConfig, LimitsMiddleware, SecurityHeadersMiddleware, bearer, who_for
from .store import Store, StoreError, export_csv, export_geojson, export_jsonl

STATIC = Path(__file__).resolve().parent / "static"


class ArticleIn(BaseModel):
    """One article, as one row of the JSONL input."""
    model_config = ConfigDict(extra="allow")
    text: str = Field(..., description="the article text (title on the first line if no title)")
    id: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = Field(None, description="YYYY-MM-DD")


class ReviewIn(BaseModel):
    field: Optional[str] = Field(None, description="event_type, sub_event_type, date, place, fatalities, "
                                                   "fatalities_low, fatalities_high, actor1, actor2, disputed")
    value: Any = None
    edits: Optional[dict[str, Any]] = Field(None, description="several fields at once")
    who: Optional[str] = Field(None, description="the analyst's name (else the token's name)")
    note: Optional[str] = None


class MergeIn(BaseModel):
    others: list[int]
    who: Optional[str] = None
    note: Optional[str] = None


class SplitIn(BaseModel):
    report_ids: list[int]
    who: Optional[str] = None
    note: Optional[str] = None


def _date_param(v: Optional[str], name: str) -> Optional[str]:
    if v in (None, ""):
        return None
    try:
        return _dt.date.fromisoformat(v).isoformat()
    except ValueError:
        raise HTTPException(400, f"{name} must be YYYY-MM-DD, got {v!r}") from None


def create_app(db: str | Path | Store = "rasd.db", *, config: AuthConfig | None = None,
               gazetteers: tuple[str, ...] = ()) -> FastAPI:
    store = db if isinstance(db, Store) else Store(db)
    cfg = config or AuthConfig.from_env()
    app = FastAPI(title="rasd", version=__version__,
                  description="Arabic conflict reporting as one reviewed event table: linked events, "
                              "their reports and evidence, disagreements, exports.")
    app.state.store = store
    app.state.config = cfg

    # ---------------------------------------------------------------- errors
    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_req, exc: StarletteHTTPException):
        msg = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and msg == "Not Found":
            msg = "not found"
        return JSONResponse({"error": msg}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_req, exc: RequestValidationError):
        parts = []
        for e in exc.errors():
            loc = ".".join(str(x) for x in e.get("loc", ()) if x != "body")
            parts.append(f"{loc}: {e.get('msg')}" if loc else str(e.get("msg")))
        return JSONResponse({"error": "invalid request: " + "; ".join(parts)}, status_code=422)

    @app.exception_handler(StoreError)
    async def _store_error(_req, exc: StoreError):
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.exception_handler(Exception)
    async def _internal(_req, exc: Exception):  # pragma: no cover - last resort
        return JSONResponse({"error": f"internal error: {type(exc).__name__}"}, status_code=500)

    # ---------------------------------------------------------------- auth
    def _token(authorization: Optional[str]) -> Optional[str]:
        return bearer(authorization)

    def require_write(authorization: Optional[str] = Header(None)) -> str:
        tok = _token(authorization)
        if not tok:
            raise HTTPException(401, "this write needs an API token: Authorization: Bearer <token>",
                                headers={"WWW-Authenticate": "Bearer"})
        who = who_for(tok, cfg, store)
        if not who:
            raise HTTPException(401, "invalid API token", headers={"WWW-Authenticate": "Bearer"})
        return who

    def require_read(authorization: Optional[str] = Header(None)) -> Optional[str]:
        if not cfg.read_token_required:
            return None
        return require_write(authorization)

    def filters(date_from: Optional[str] = Query(None, description="YYYY-MM-DD"),
                date_to: Optional[str] = Query(None, description="YYYY-MM-DD"),
                bbox: Optional[str] = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
                place: Optional[str] = None, actor: Optional[str] = None,
                side: Optional[str] = Query(None, description="government | opposition | kurdish | isis | …"),
                type: Optional[str] = Query(None, description="ACLED event type or sub-event type"),
                disputed: Optional[bool] = None,
                min_fatalities: Optional[int] = Query(None, ge=0)) -> dict:
        if bbox:
            try:
                b = [float(x) for x in bbox.split(",")]
            except ValueError:
                b = []
            if len(b) != 4:
                raise HTTPException(400, "bbox must be min_lon,min_lat,max_lon,max_lat")
        return {"date_from": _date_param(date_from, "date_from"), "date_to": _date_param(date_to, "date_to"),
                "bbox": bbox, "place": place, "actor": actor, "side": side, "type": type,
                "disputed": disputed, "min_fatalities": min_fatalities}

    def _who(token_who: str, body_who: Optional[str]) -> str:
        body_who = (body_who or "").strip()[:100]
        return f"{body_who} [{token_who}]" if body_who and body_who != token_who else token_who

    # ---------------------------------------------------------------- dashboard
    @app.get("/", include_in_schema=False)
    def dashboard():
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    # ---------------------------------------------------------------- reads
    @app.get("/api/health")
    def health():
        return {"ok": True, "version": __version__, **store.stats()}

    @app.get("/api/stats")
    def stats(_r=Depends(require_read)):
        return store.stats()

    @app.get("/api/events")
    def list_events(response: Response, f: dict = Depends(filters), limit: int = Query(500, ge=1, le=5000),
                    offset: int = Query(0, ge=0), _r=Depends(require_read)) -> list[dict]:
        response.headers["X-Total-Count"] = str(store.count_events(f))
        return store.events(f, limit=limit, offset=offset)

    @app.get("/api/events/{event_id}")
    def get_event(event_id: int, _r=Depends(require_read)) -> dict:
        try:
            return store.event(event_id)
        except KeyError:
            raise HTTPException(404, f"no event {event_id}") from None

    @app.get("/api/articles")
    def list_articles(limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0),
                      outlet: Optional[str] = None, _r=Depends(require_read)) -> list[dict]:
        return store.articles(limit=limit, offset=offset, outlet=outlet)

    @app.get("/api/articles/{article_id}")
    def get_article(article_id: int, _r=Depends(require_read)) -> dict:
        try:
            return store.article(article_id)
        except KeyError:
            raise HTTPException(404, f"no article {article_id}") from None

    @app.get("/api/export.csv", response_class=PlainTextResponse)
    def export_csv_route(f: dict = Depends(filters), _r=Depends(require_read)):
        return Response(export_csv(store.events_full(f)), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="rasd-events.csv"'})

    @app.get("/api/export.geojson")
    def export_geojson_route(f: dict = Depends(filters), _r=Depends(require_read)):
        return Response(export_geojson(store.events_full(f)), media_type="application/geo+json")

    @app.get("/api/export.jsonl")
    def export_jsonl_route(f: dict = Depends(filters), _r=Depends(require_read)):
        evs = store.iter_events_full(f)
        return StreamingResponse(export_jsonl(evs), media_type="application/x-ndjson")

    # ---------------------------------------------------------------- writes
    @app.post("/api/articles", status_code=201)
    def post_article(article: ArticleIn, response: Response, who: str = Depends(require_write)) -> dict:
        row = article.model_dump(exclude_none=True)
        result, problem, meta = _extract_row(row, gazetteers)
        if result is None:
            raise HTTPException(422, problem or "could not extract this article")
        out = store.ingest(row["text"], result, url=meta.get("url"), doc_id=meta.get("doc_id"),
                           title=meta.get("title"), outlet=meta.get("outlet"), published=meta.get("published"))
        if out.status == "duplicate":
            response.status_code = 200
        return out.to_json() | {"events": [store.event(e) for e in out.event_ids]}

    @app.post("/api/events/{event_id}/review")
    def review(event_id: int, body: ReviewIn, who: str = Depends(require_write)) -> dict:
        edits = dict(body.edits or {})
        if body.field:
            edits[body.field] = body.value
        if not edits:
            raise HTTPException(400, "nothing to review: give field and value, or edits")
        try:
            ev = None
            for k, v in edits.items():
                ev = store.review(event_id, k, v, who=_who(who, body.who), note=body.note)
            return ev
        except KeyError:
            raise HTTPException(404, f"no event {event_id}") from None

    @app.post("/api/events/{event_id}/merge")
    def merge(event_id: int, body: MergeIn, who: str = Depends(require_write)) -> dict:
        try:
            return store.merge(event_id, body.others, who=_who(who, body.who), note=body.note)
        except KeyError as e:
            raise HTTPException(404, f"no event {e.args[0]}") from None

    @app.post("/api/events/{event_id}/split", status_code=201)
    def split(event_id: int, body: SplitIn, who: str = Depends(require_write)) -> dict:
        try:
            return store.split(event_id, body.report_ids, who=_who(who, body.who), note=body.note)
        except KeyError:
            raise HTTPException(404, f"no event {event_id}") from None

    app.add_middleware(LimitsMiddleware, cfg=cfg)
    app.add_middleware(SecurityHeadersMiddleware)
    return app


def _extract_row(row: dict, gazetteers=()) -> tuple[dict | None, str | None, dict]:
    """Extract one JSONL-style row: (result dict, problem, metadata)."""
    from .output import to_dict
    from .pipeline import NotArabicError, extract

    try:
        from .readers import _row_article

        art = _row_article(row, str(row.get("id") or "api"), "POST /api/articles", "utf-8", "jsonl", "article")
        if not hasattr(art, "text"):
            return None, str(art), {}
        meta = {"doc_id": art.doc_id, "title": art.title, "url": art.url, "outlet": art.outlet,
                "published": art.published.isoformat() if art.published else None}
    except ImportError:  # pragma: no cover - readers is part of rasd
        meta = {"doc_id": row.get("id") or "api", "title": row.get("title"), "url": row.get("url"),
                "outlet": row.get("outlet"), "published": row.get("published")}
    try:
        doc = extract(row["text"], doc_id=meta["doc_id"], title=meta["title"], url=meta["url"],
                      outlet=meta["outlet"], published=meta["published"], gazetteers=gazetteers)
    except NotArabicError:
        return None, "no Arabic text to analyse", meta
    except ValueError as e:
        return None, str(e), meta
    return to_dict(doc), None, meta


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, gazetteers: tuple[str, ...] = ()) -> None:
    import uvicorn

    uvicorn.run(create_app(db, gazetteers=gazetteers), host=host, port=port, log_level="info")
