"""The event store: articles, their mentions, reports of events, linked events, reviews, tokens.

One code path for SQLite (the embedded default, in WAL mode) and PostgreSQL, through SQLAlchemy
Core. ``Store("rasd.db")`` opens (and creates) a SQLite file; ``Store("postgresql+psycopg://…")``
a PostgreSQL database.

Tables
  articles       one row per version of an article: content hash, url, doc_id, outlet, published,
                 text, version, superseded_by, ingested_at, the extraction result (JSON)
  mentions       places / actors / casualties / contradictions of each article (one row each, JSON)
  reports        one row per extracted event of an article (the event JSON, its evidence)
  events         linked events (see :mod:`rasd.linking`) with their reviewed values applied
  event_reports  which reports make up which event
  disagreements  between the reports of an event: who said what
  reviews        analyst edits: event, field, old, new, who, when
  tokens         API tokens, stored only as SHA-256 hashes

Ingest is idempotent: the same text (by SHA-256 of the text) is stored once; the same URL with a
changed text is stored as a new version, and the older version's reports leave their events.
Each article is ingested in one transaction.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import sqlalchemy as sa

from . import linking

metadata = sa.MetaData()


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("url", sa.Text, index=False),
    sa.Column("doc_id", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.String(200)),
    sa.Column("outlet_name", sa.Text),
    sa.Column("published", sa.String(10), index=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("version", sa.Integer, nullable=False, default=1),
    sa.Column("superseded_by", sa.Integer),
    sa.Column("ingested_at", sa.String(32), nullable=False),
    sa.Column("result", sa.JSON),
    sa.Column("problem", sa.Text),
)
sa.Index("ix_articles_url", articles.c.url, postgresql_using="hash")

mentions = sa.Table(
    "mentions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), index=True),
    sa.Column("kind", sa.String(20), nullable=False),       # place | actor | casualty | contradiction
    sa.Column("idx", sa.Integer),
    sa.Column("name_ar", sa.Text),
    sa.Column("side", sa.String(40)),
    sa.Column("data", sa.JSON),
)

reports = sa.Table(
    "reports", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), index=True),
    sa.Column("event_key", sa.Text),
    sa.Column("event_type", sa.String(80)),
    sa.Column("sub_event_type", sa.String(80)),
    sa.Column("date", sa.String(10)),
    sa.Column("win_start", sa.String(10), index=True),
    sa.Column("win_end", sa.String(10), index=True),
    sa.Column("fatalities", sa.Integer),
    sa.Column("disputed", sa.Boolean, default=False),
    sa.Column("active", sa.Boolean, default=True, index=True),
    sa.Column("event", sa.JSON),            # the event as the article's result gives it
    sa.Column("link", sa.JSON),             # the report as rasd.linking sees it
    sa.Column("evidence", sa.JSON),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_type", sa.String(80), index=True),
    sa.Column("sub_event_type", sa.String(80)),
    sa.Column("date", sa.String(10), index=True),
    sa.Column("date_min", sa.String(10)),
    sa.Column("date_max", sa.String(10)),
    sa.Column("place_name", sa.Text),
    sa.Column("place_name_en", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("country", sa.Text),
    sa.Column("lat", sa.Float, index=True),
    sa.Column("lon", sa.Float),
    sa.Column("place_text", sa.Text),       # normalised place names, for filtering
    sa.Column("actor_text", sa.Text),       # normalised actor names, for filtering
    sa.Column("sides", sa.Text),            # "|government|opposition|"
    sa.Column("fatalities_best", sa.Integer),
    sa.Column("fatalities_low", sa.Integer),
    sa.Column("fatalities_high", sa.Integer),
    sa.Column("n_reports", sa.Integer),
    sa.Column("n_sources", sa.Integer),
    sa.Column("disputed", sa.Boolean, default=False, index=True),
    sa.Column("reviewed", sa.Boolean, default=False),
    sa.Column("auto", sa.JSON),             # linking.aggregate's output, before review
    sa.Column("overrides", sa.JSON),        # field -> reviewed value
    sa.Column("merged_into", sa.Integer),
    sa.Column("created_at", sa.String(32)),
    sa.Column("updated_at", sa.String(32)),
)

event_reports = sa.Table(
    "event_reports", metadata,
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), index=True),
    sa.Column("pinned", sa.Boolean, default=False),   # placed here by an analyst (merge/split)
)

disagreements = sa.Table(
    "disagreements", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), index=True),
    sa.Column("kind", sa.String(20)),
    sa.Column("aspect", sa.String(20)),
    sa.Column("note", sa.Text),
    sa.Column("alignment_split", sa.Boolean, default=False),
    sa.Column("claims", sa.JSON),
)

reviews = sa.Table(
    "reviews", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Integer, index=True),
    sa.Column("field", sa.String(40), nullable=False),
    sa.Column("old", sa.JSON),
    sa.Column("new", sa.JSON),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Column("note", sa.Text),
)

tokens = sa.Table(
    "tokens", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("last_used_at", sa.String(32)),
    sa.Column("revoked", sa.Boolean, default=False),
)

# Fields an analyst may correct (review edits); "place" takes {"name_ar", "lat", "lon"} or a name.
REVIEWABLE = {"event_type", "sub_event_type", "date", "place", "fatalities", "fatalities_low",
              "fatalities_high", "actor1", "actor2", "disputed"}


def db_url(db: str | Path) -> str:
    s = str(db)
    if "://" in s:
        return s
    return "sqlite:///" + str(Path(s).expanduser())


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _norm(s: str | None) -> str:
    from .normalize import normalize

    return " ".join(normalize(s or "").split()).lower()


@dataclass
class IngestOutcome:
    article_id: int | None
    status: str                      # new | duplicate | new_version | failed
    version: int = 1
    report_ids: list[int] = field(default_factory=list)
    event_ids: list[int] = field(default_factory=list)
    problem: str | None = None

    def to_json(self) -> dict:
        return {"article_id": self.article_id, "status": self.status, "version": self.version,
                "report_ids": self.report_ids, "event_ids": self.event_ids, "problem": self.problem}


class StoreError(ValueError):
    pass


class Store:
    """The event store. ``Store(db)``: a SQLite path or any SQLAlchemy database URL."""

    def __init__(self, db: str | Path = "rasd.db", *, create: bool = True):
        self.url = db_url(db)
        kw: dict[str, Any] = {
            "json_serializer": lambda o: json.dumps(o, ensure_ascii=False),
            "future": True,
        }
        if self.url.startswith("sqlite"):
            kw["connect_args"] = {"check_same_thread": False, "timeout": 30}
        else:
            kw["pool_pre_ping"] = True
        self.engine = sa.create_engine(self.url, **kw)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            @sa.event.listens_for(self.engine, "connect")
            def _pragmas(dbapi_conn, _rec):  # pragma: no cover - trivial
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.close()
        self._write_lock = threading.RLock()
        if create:
            metadata.create_all(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ ingest

    def ingest(self, text: str, result: dict | None, *, url: str | None = None,
               doc_id: str | None = None, title: str | None = None, outlet: str | None = None,
               published: str | None = None, problem: str | None = None) -> IngestOutcome:
        """Store one article (and its extraction result); link its events. One transaction."""
        if not isinstance(text, str) or not text.strip():
            raise StoreError("an article needs a non-empty text")
        result = result or {}
        h = text_hash(text)
        if "\x00" in text or "\\u0000" in json.dumps(result):
            # PostgreSQL cannot store NUL in text: U+FFFD, one character for one, keeps every
            # evidence offset (the hash is of the text as given, so a re-ingest is a duplicate)
            text, result = _no_nul(text), _no_nul(result)
        url, doc_id, title, outlet, problem = (_no_nul(v) for v in (url, doc_id, title, outlet, problem))
        url = url or result.get("url") or None
        with self._write_lock, self.engine.begin() as conn:
            same = conn.execute(sa.select(articles.c.id, articles.c.version)
                                .where(articles.c.content_hash == h)
                                .order_by(articles.c.id.desc())).first()
            if same is not None:
                return IngestOutcome(same.id, "duplicate", same.version)
            version, previous = 1, None
            if url:
                prev = conn.execute(sa.select(articles.c.id, articles.c.version)
                                    .where(articles.c.url == url, articles.c.superseded_by.is_(None))
                                    .order_by(articles.c.version.desc())).first()
                if prev is not None:
                    version, previous = prev.version + 1, prev.id
            pub = result.get("published") or (str(published)[:10] if published else None)
            art_id = conn.execute(articles.insert().values(
                content_hash=h, url=url, doc_id=doc_id or result.get("doc_id"),
                title=title or result.get("title"), outlet=result.get("outlet") or outlet,
                outlet_name=result.get("outlet_name"), published=pub, text=text, version=version,
                ingested_at=_now(), result=result or None, problem=problem,
            )).inserted_primary_key[0]
            touched: set[int] = set()
            if previous is not None:
                conn.execute(articles.update().where(articles.c.id == previous).values(superseded_by=art_id))
                touched |= self._retire_article_reports(conn, previous)
            self._store_mentions(conn, art_id, result)
            report_ids, event_ids = [], []
            for i, ev in enumerate(result.get("events") or []):
                rid, eid = self._add_report(conn, art_id, text, result, ev, i)
                report_ids.append(rid)
                event_ids.append(eid)
                touched.add(eid)
            for eid in touched:
                self._recompute(conn, eid)
            return IngestOutcome(art_id, "new_version" if previous else "new", version,
                                 report_ids, sorted(set(event_ids)))

    def _store_mentions(self, conn, art_id: int, result: dict) -> None:
        rows = []
        for kind, key in (("place", "places"), ("actor", "actors"), ("casualty", "casualties"),
                          ("contradiction", "contradictions")):
            for i, item in enumerate(result.get(key) or []):
                if not isinstance(item, dict):
                    continue
                rows.append({"article_id": art_id, "kind": kind, "idx": i,
                             "name_ar": item.get("name_ar"), "side": item.get("side"), "data": item})
        if rows:
            conn.execute(mentions.insert(), rows)

    def _add_report(self, conn, art_id: int, text: str, result: dict, ev: dict,
                    index: int | None = None) -> tuple[int, int]:
        rep = linking.report_from_event(result, ev, text=text, article_key=art_id)
        rep["contradictions"] = linking.contradictions_for(result, ev, index)
        win = linking.date_window(rep)
        rid = conn.execute(reports.insert().values(
            article_id=art_id, event_key=str(ev.get("id")) if ev.get("id") is not None else None,
            event_type=rep["event_type"], sub_event_type=rep["sub_event_type"], date=rep["date"],
            win_start=win[0].isoformat() if win else None, win_end=win[1].isoformat() if win else None,
            fatalities=rep["fatalities"], disputed=rep["disputed"], active=True, event=ev, link=rep,
            evidence=rep["evidence"],
        )).inserted_primary_key[0]
        rep["report_id"] = rid
        eid = self._best_event(conn, rep, win)
        if eid is None:
            eid = conn.execute(events.insert().values(created_at=_now(), updated_at=_now(),
                                                      overrides={}, reviewed=False)).inserted_primary_key[0]
        conn.execute(event_reports.insert().values(report_id=rid, event_id=eid, pinned=False))
        return rid, eid

    def _best_event(self, conn, rep: dict, win) -> int | None:
        if not win or not rep.get("places"):
            return None
        lo = (win[0] - _dt.timedelta(days=linking.DATE_SLACK_DAYS)).isoformat()
        hi = (win[1] + _dt.timedelta(days=linking.DATE_SLACK_DAYS)).isoformat()
        q = (sa.select(event_reports.c.event_id, reports.c.link, reports.c.id)
             .join(reports, reports.c.id == event_reports.c.report_id)
             .join(events, events.c.id == event_reports.c.event_id)
             .where(reports.c.active.is_(True), reports.c.win_end >= lo, reports.c.win_start <= hi,
                    reports.c.event_type == rep["event_type"], events.c.merged_into.is_(None)))
        cands: dict[int, list[dict]] = {}
        for row in conn.execute(q):
            cands.setdefault(row.event_id, [])
        if not cands:
            return None
        # every member of each candidate event (a member may lie outside the date window)
        q2 = (sa.select(event_reports.c.event_id, reports.c.link, reports.c.id)
              .join(reports, reports.c.id == event_reports.c.report_id)
              .where(event_reports.c.event_id.in_(list(cands)), reports.c.active.is_(True)))
        for row in conn.execute(q2):
            m = dict(row.link or {})
            m["report_id"] = row.id
            cands[row.event_id].append(m)
        best, best_id = 0.0, None
        for eid, members in sorted(cands.items()):
            s = linking.fits_event(rep, members)
            if s > best:
                best, best_id = s, eid
        return best_id

    def _retire_article_reports(self, conn, art_id: int) -> set[int]:
        rows = conn.execute(sa.select(event_reports.c.event_id, reports.c.id)
                            .join(reports, reports.c.id == event_reports.c.report_id)
                            .where(reports.c.article_id == art_id)).all()
        conn.execute(reports.update().where(reports.c.article_id == art_id).values(active=False))
        if rows:
            conn.execute(event_reports.delete().where(event_reports.c.report_id.in_([r.id for r in rows])))
        return {r.event_id for r in rows}

    # ------------------------------------------------------------------ linked events

    def _members(self, conn, eid: int) -> list[dict]:
        q = (sa.select(reports.c.id, reports.c.link, articles.c.outlet)
             .join(event_reports, event_reports.c.report_id == reports.c.id)
             .join(articles, articles.c.id == reports.c.article_id)
             .where(event_reports.c.event_id == eid, reports.c.active.is_(True))
             .order_by(reports.c.id))
        out = []
        for row in conn.execute(q):
            m = dict(row.link or {})
            m["report_id"] = row.id
            out.append(m)
        return out

    def _recompute(self, conn, eid: int) -> None:
        members = self._members(conn, eid)
        ev = conn.execute(sa.select(events).where(events.c.id == eid)).first()
        if ev is None:
            return
        if not members:
            conn.execute(disagreements.delete().where(disagreements.c.event_id == eid))
            conn.execute(events.delete().where(events.c.id == eid))
            return
        contra = []
        for m in members:
            for c in m.get("contradictions") or []:
                c = dict(c)
                c["_report"] = m
                contra.append(c)
        agg = linking.aggregate(members, contra)
        eff = apply_overrides(agg, ev.overrides or {})
        conn.execute(disagreements.delete().where(disagreements.c.event_id == eid))
        if agg["disagreements"]:
            conn.execute(disagreements.insert(), [
                {"event_id": eid, "kind": d["kind"], "aspect": d.get("aspect"), "note": d["note"],
                 "alignment_split": bool(d.get("alignment_split")), "claims": d["claims"]}
                for d in agg["disagreements"]])
        auto = {k: v for k, v in agg.items() if k != "disagreements"}
        conn.execute(events.update().where(events.c.id == eid).values(
            event_type=eff["event_type"], sub_event_type=eff["sub_event_type"], date=eff["date"],
            date_min=agg["date_min"], date_max=agg["date_max"],
            place_name=eff["place_name"], place_name_en=eff["place_name_en"], admin1=eff["admin1"],
            country=eff["country"], lat=eff["lat"], lon=eff["lon"],
            place_text="|" + "|".join(sorted({_norm(p) for p in eff["places"] + [eff["place_name"] or "",
                                                                                   eff["place_name_en"] or ""] if p})) + "|",
            actor_text="|" + "|".join(sorted({_norm(a) for a in eff["actors"]})) + "|",
            sides="|" + "|".join(eff["sides"]) + "|",
            fatalities_best=eff["fatalities_best"], fatalities_low=eff["fatalities_low"],
            fatalities_high=eff["fatalities_high"], n_reports=agg["n_reports"],
            n_sources=agg["n_sources"], disputed=bool(eff["disputed"]),
            reviewed=bool(ev.overrides), auto=auto, updated_at=_now()))

    def relink_all(self) -> int:
        """Recompute every event's aggregate (after a change of rules or outlets data)."""
        with self._write_lock, self.engine.begin() as conn:
            ids = [r.id for r in conn.execute(sa.select(events.c.id).where(events.c.merged_into.is_(None)))]
            for eid in ids:
                self._recompute(conn, eid)
        return len(ids)

    # ------------------------------------------------------------------ review

    def review(self, event_id: int, field: str, value: Any, *, who: str, note: str | None = None) -> dict:
        """Correct one field of a linked event; the edit is kept with who and when."""
        if field not in REVIEWABLE:
            raise StoreError(f"field {field!r} cannot be reviewed; one of: {', '.join(sorted(REVIEWABLE))}")
        value = _check_value(field, value)
        with self._write_lock, self.engine.begin() as conn:
            ev = conn.execute(sa.select(events).where(events.c.id == event_id,
                                                      events.c.merged_into.is_(None))).first()
            if ev is None:
                raise KeyError(event_id)
            current = event_json_row(ev)
            old = _field_value(current, field)
            overrides = dict(ev.overrides or {})
            overrides[field] = value
            conn.execute(events.update().where(events.c.id == event_id).values(overrides=overrides))
            conn.execute(reviews.insert().values(event_id=event_id, field=field, old=old, new=value,
                                                 who=who, at=_now(), note=note))
            self._recompute(conn, event_id)
        return self.event(event_id)

    def merge(self, event_id: int, other_ids: Iterable[int], *, who: str, note: str | None = None) -> dict:
        """Move every report of the other events into ``event_id``; the others are marked merged."""
        other_ids = [int(o) for o in other_ids if int(o) != int(event_id)]
        if not other_ids:
            raise StoreError("merge needs at least one other event id")
        with self._write_lock, self.engine.begin() as conn:
            found = {r.id for r in conn.execute(sa.select(events.c.id).where(
                events.c.id.in_([event_id] + other_ids), events.c.merged_into.is_(None)))}
            missing = [i for i in [event_id] + other_ids if i not in found]
            if missing:
                raise KeyError(missing[0])
            conn.execute(event_reports.update().where(event_reports.c.event_id.in_(other_ids))
                         .values(event_id=event_id, pinned=True))
            conn.execute(event_reports.update().where(event_reports.c.event_id == event_id).values(pinned=True))
            conn.execute(events.update().where(events.c.id.in_(other_ids)).values(merged_into=event_id, updated_at=_now()))
            conn.execute(disagreements.delete().where(disagreements.c.event_id.in_(other_ids)))
            at = _now()
            conn.execute(reviews.insert(), [{"event_id": event_id, "field": "merge", "old": None,
                                             "new": other_ids, "who": who, "at": at, "note": note}] +
                         [{"event_id": o, "field": "merged_into", "old": None, "new": event_id,
                           "who": who, "at": at, "note": note} for o in other_ids])
            self._recompute(conn, event_id)
        return self.event(event_id)

    def split(self, event_id: int, report_ids: Iterable[int], *, who: str, note: str | None = None) -> dict:
        """Move the given reports of ``event_id`` into a new event; returns the new event."""
        report_ids = sorted({int(r) for r in report_ids})
        with self._write_lock, self.engine.begin() as conn:
            members = {r.report_id for r in conn.execute(sa.select(event_reports.c.report_id)
                                                         .where(event_reports.c.event_id == event_id))}
            if not members:
                raise KeyError(event_id)
            if not report_ids or not set(report_ids) <= members:
                raise StoreError(f"split needs report ids of event {event_id}: {sorted(members)}")
            if set(report_ids) == members:
                raise StoreError("split would leave the event empty")
            at = _now()
            new_id = conn.execute(events.insert().values(created_at=at, updated_at=at, overrides={},
                                                         reviewed=False)).inserted_primary_key[0]
            conn.execute(event_reports.update().where(event_reports.c.report_id.in_(report_ids))
                         .values(event_id=new_id, pinned=True))
            conn.execute(event_reports.update().where(event_reports.c.event_id == event_id).values(pinned=True))
            conn.execute(reviews.insert(), [
                {"event_id": event_id, "field": "split", "old": report_ids, "new": new_id, "who": who,
                 "at": at, "note": note},
                {"event_id": new_id, "field": "split_from", "old": event_id, "new": report_ids,
                 "who": who, "at": at, "note": note}])
            self._recompute(conn, event_id)
            self._recompute(conn, new_id)
        return self.event(new_id)

    # ------------------------------------------------------------------ reading

    def _filters(self, f: dict | None):
        # every value is a bound parameter (never SQL text); NUL characters, which PostgreSQL
        # refuses in a string, are dropped; a filter left empty is no filter
        f = {k: (v.replace("\x00", "").strip() if isinstance(v, str) else v)
             for k, v in (f or {}).items()}
        conds = [events.c.merged_into.is_(None)]
        if f.get("date_from"):
            conds.append(events.c.date >= str(f["date_from"]))
        if f.get("date_to"):
            conds.append(events.c.date <= str(f["date_to"]))
        if f.get("bbox"):
            b = f["bbox"]
            if isinstance(b, str):
                b = [float(x) for x in b.split(",")]
            if len(b) != 4:
                raise StoreError("bbox is min_lon,min_lat,max_lon,max_lat")
            conds += [events.c.lon >= b[0], events.c.lat >= b[1], events.c.lon <= b[2], events.c.lat <= b[3]]
        if f.get("place"):
            key = linking.place_key(f["place"]).lower()
            # a name that normalises to nothing (only marks or punctuation) names no place
            conds.append(events.c.place_text.like(f"%{_like(key)}%", escape="\\") if key else sa.false())
        if f.get("actor"):
            key = _norm(f["actor"])
            conds.append(events.c.actor_text.like(f"%{_like(key)}%", escape="\\") if key else sa.false())
        if f.get("side"):
            conds.append(events.c.sides.like(f"%|{_like(str(f['side']))}|%", escape="\\"))
        if f.get("type"):
            t = str(f["type"])
            conds.append(sa.or_(events.c.event_type == t, events.c.sub_event_type == t))
        if f.get("disputed") is not None and f.get("disputed") != "":
            d = f["disputed"]
            d = d if isinstance(d, bool) else str(d).lower() in ("1", "true", "yes")
            conds.append(events.c.disputed.is_(d))
        if f.get("min_fatalities") not in (None, ""):
            conds.append(events.c.fatalities_best >= int(f["min_fatalities"]))
        return conds

    def _events_query(self, filters: dict | None):
        """Events matching ``filters``, newest first (undated last), then by id."""
        return (sa.select(events).where(*self._filters(filters))
                .order_by(events.c.date.desc().nulls_last() if not self.is_sqlite else events.c.date.desc(),
                          events.c.id))

    def events(self, filters: dict | None = None, *, limit: int = 500, offset: int = 0) -> list[dict]:
        q = self._events_query(filters).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [event_json_row(r) for r in conn.execute(q)]

    def count_events(self, filters: dict | None = None) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(events)
                                .where(*self._filters(filters))).scalar_one()

    def event(self, event_id: int) -> dict:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(events).where(events.c.id == event_id)).first()
            if row is None:
                raise KeyError(event_id)
            return self._details(conn, [row])[0]

    def _details(self, conn, rows: list) -> list[dict]:
        """Events with their reports, disagreements and reviews: three queries for the whole
        list of event rows, not three per event."""
        out = [event_json_row(r) for r in rows]
        ids = [r.id for r in rows]
        by_id = {e["id"]: e for e in out}
        for e in out:
            e["reports"], e["disagreements"], e["reviews"] = [], [], []
        q = (sa.select(event_reports.c.event_id, reports, articles.c.outlet, articles.c.outlet_name,
                       articles.c.url, articles.c.title, articles.c.published, articles.c.doc_id,
                       articles.c.text, articles.c.result, articles.c.version)
             .join(event_reports, event_reports.c.report_id == reports.c.id)
             .join(articles, articles.c.id == reports.c.article_id)
             .where(event_reports.c.event_id.in_(ids)).order_by(reports.c.id))
        for r in conn.execute(q):
            by_id[r.event_id]["reports"].append(report_json(r))
        for d in conn.execute(sa.select(disagreements).where(disagreements.c.event_id.in_(ids))
                              .order_by(disagreements.c.id)):
            by_id[d.event_id]["disagreements"].append(
                {"kind": d.kind, "aspect": d.aspect, "note": d.note,
                 "alignment_split": d.alignment_split, "claims": d.claims})
        for r in conn.execute(sa.select(reviews).where(reviews.c.event_id.in_(ids))
                              .order_by(reviews.c.id)):
            by_id[r.event_id]["reviews"].append(
                {"id": r.id, "field": r.field, "old": r.old, "new": r.new, "who": r.who,
                 "at": r.at, "note": r.note})
        return out

    EXPORT_CHUNK = 500

    def iter_events_full(self, filters: dict | None = None, *, limit: int = 1_000_000) -> Iterator[dict]:
        """Every event matching ``filters`` with its reports, in the order of :meth:`events`,
        fetched in chunks of :attr:`EXPORT_CHUNK` events, so an export streams in bounded memory
        with a handful of queries per chunk."""
        q = self._events_query(filters).limit(limit)
        with self.engine.connect() as conn:
            ids = [r.id for r in conn.execute(q.with_only_columns(events.c.id))]
        for i in range(0, len(ids), self.EXPORT_CHUNK):
            chunk = ids[i:i + self.EXPORT_CHUNK]
            with self.engine.connect() as conn:
                rows = {r.id: r for r in conn.execute(sa.select(events).where(events.c.id.in_(chunk)))}
                yield from self._details(conn, [rows[x] for x in chunk if x in rows])

    def events_full(self, filters: dict | None = None, *, limit: int = 100000) -> list[dict]:
        return list(self.iter_events_full(filters, limit=limit))

    def articles(self, *, limit: int = 100, offset: int = 0, include_text: bool = False,
                 outlet: str | None = None) -> list[dict]:
        outlet = outlet.replace("\x00", "") if isinstance(outlet, str) else outlet
        cols = [articles.c.id, articles.c.doc_id, articles.c.url, articles.c.title, articles.c.outlet,
                articles.c.published, articles.c.version, articles.c.superseded_by,
                articles.c.ingested_at, articles.c.content_hash, articles.c.problem]
        if include_text:
            cols.append(articles.c.text)
        q = sa.select(*cols).order_by(articles.c.id.desc()).limit(limit).offset(offset)
        if outlet:
            q = q.where(articles.c.outlet == outlet)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
            counts = dict(conn.execute(sa.select(reports.c.article_id, sa.func.count())
                                       .where(reports.c.article_id.in_([r.id for r in rows]))
                                       .group_by(reports.c.article_id)).all()) if rows else {}
        return [dict(r._mapping) | {"n_events": counts.get(r.id, 0)} for r in rows]

    def article(self, article_id: int) -> dict:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
            if row is None:
                raise KeyError(article_id)
            out = dict(row._mapping)
            out["events"] = [r.event_id for r in conn.execute(
                sa.select(event_reports.c.event_id).join(reports, reports.c.id == event_reports.c.report_id)
                .where(reports.c.article_id == article_id))]
        return out

    def stats(self) -> dict:
        with self.engine.connect() as conn:
            def n(t, *w):
                return conn.execute(sa.select(sa.func.count()).select_from(t).where(*w)).scalar_one()
            return {"articles": n(articles), "reports": n(reports, reports.c.active.is_(True)),
                    "events": n(events, events.c.merged_into.is_(None)), "reviews": n(reviews)}

    # ------------------------------------------------------------------ tokens

    def create_token(self, name: str = "analyst") -> str:
        """A new API token; only its hash is stored. Returned once."""
        tok = "rasd_" + secrets.token_urlsafe(32)
        with self._write_lock, self.engine.begin() as conn:
            conn.execute(tokens.insert().values(name=name, token_hash=token_hash(tok), created_at=_now(),
                                                revoked=False))
        return tok

    def check_token(self, token: str) -> str | None:
        """The token's name when it is a valid stored token, else None."""
        if not token:
            return None
        h = token_hash(token)
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(tokens.c.id, tokens.c.name).where(
                tokens.c.token_hash == h, tokens.c.revoked.is_(False))).first()
        if row is None:
            return None
        try:
            with self.engine.begin() as conn:
                conn.execute(tokens.update().where(tokens.c.id == row.id).values(last_used_at=_now()))
        except sa.exc.OperationalError:
            pass
        return row.name

    def has_tokens(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(tokens)
                                .where(tokens.c.revoked.is_(False))).scalar_one() > 0


# ---------------------------------------------------------------------- helpers

def _no_nul(v):
    if isinstance(v, str):
        return v.replace("\x00", "\ufffd")
    if isinstance(v, dict):
        return {_no_nul(k): _no_nul(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_no_nul(x) for x in v]
    return v


def _like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _check_value(field: str, value: Any) -> Any:
    if field in ("fatalities", "fatalities_low", "fatalities_high"):
        if value is None:
            return None
        try:
            v = int(value)
        except (TypeError, ValueError):
            raise StoreError(f"{field} must be a whole number") from None
        if v < 0:
            raise StoreError(f"{field} must not be negative")
        return v
    if field == "date":
        if value in (None, ""):
            return None
        try:
            return _dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise StoreError("date must be YYYY-MM-DD") from None
    if field == "disputed":
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
    if field == "place":
        if isinstance(value, str):
            value = {"name_ar": value}
        if not isinstance(value, dict) or not (value.get("name_ar") or value.get("name_en")):
            raise StoreError("place needs a name_ar (and optionally name_en, lat, lon, admin1)")
        out = {k: value.get(k) for k in ("name_ar", "name_en", "lat", "lon", "admin1", "country")}
        for k in ("lat", "lon"):
            if out[k] not in (None, ""):
                try:
                    out[k] = float(out[k])
                except (TypeError, ValueError):
                    raise StoreError(f"place {k} must be a number") from None
            else:
                out[k] = None
        if out["lat"] is not None and not -90 <= out["lat"] <= 90 or out["lon"] is not None and not -180 <= out["lon"] <= 180:
            raise StoreError("place lat/lon out of range")
        return out
    if field in ("actor1", "actor2"):
        if isinstance(value, str):
            value = {"name_ar": value}
        if value is not None and not isinstance(value, dict):
            raise StoreError(f"{field} must be an object with name_ar and side")
        return value
    if field in ("event_type", "sub_event_type"):
        if value is not None and not isinstance(value, str):
            raise StoreError(f"{field} must be a string")
        return value
    return value


def apply_overrides(agg: dict, overrides: dict) -> dict:
    """The linked event's values with an analyst's reviewed values on top."""
    eff = dict(agg)
    for k, v in (overrides or {}).items():
        if k == "fatalities":
            eff["fatalities_best"] = v
            if v is not None:
                if eff.get("fatalities_low") is None or v < eff["fatalities_low"]:
                    eff["fatalities_low"] = v
                if eff.get("fatalities_high") is None or v > eff["fatalities_high"]:
                    eff["fatalities_high"] = v
        elif k == "place":
            eff["place_name"] = v.get("name_ar") or v.get("name_en")
            eff["place_name_en"] = v.get("name_en")
            eff["lat"], eff["lon"] = v.get("lat"), v.get("lon")
            eff["admin1"] = v.get("admin1") or (eff.get("admin1") if v.get("lat") is None else None)
            eff["country"] = v.get("country") or eff.get("country")
            eff["places"] = sorted(set(eff.get("places") or []) | {eff["place_name"]})
        elif k in ("actor1", "actor2"):
            eff[k] = v
            eff["actors"] = sorted(set(eff.get("actors") or []) | ({v.get("name_ar")} - {None} if v else set()))
            if v and v.get("side"):
                eff["sides"] = sorted(set(eff.get("sides") or []) | {v["side"]})
        else:
            eff[k] = v
    return eff


def _field_value(ev: dict, field: str) -> Any:
    if field == "fatalities":
        return ev["fatalities"]["best"]
    if field in ("fatalities_low", "fatalities_high"):
        return ev["fatalities"][field.split("_")[1]]
    if field == "place":
        return ev["place"]
    return ev.get(field)


def event_json_row(r) -> dict:
    auto = r.auto or {}
    eff = apply_overrides(auto, r.overrides or {}) if auto else {}
    return {
        "id": r.id,
        "event_type": r.event_type, "sub_event_type": r.sub_event_type, "date": r.date,
        "place": {"name_ar": r.place_name, "name_en": r.place_name_en, "admin1": r.admin1,
                  "country": r.country, "lat": r.lat, "lon": r.lon},
        "places": eff.get("places") or [],
        "actor1": eff.get("actor1"), "actor2": eff.get("actor2"),
        "actors": eff.get("actors") or [],
        "sides": [s for s in (r.sides or "").split("|") if s],
        "fatalities": {"best": r.fatalities_best, "low": r.fatalities_low, "high": r.fatalities_high},
        "n_reports": r.n_reports, "n_articles": auto.get("n_articles"), "n_sources": r.n_sources,
        "sources": auto.get("sources") or [], "outlets": auto.get("outlets") or [],
        "disputed": bool(r.disputed), "reviewed": bool(r.reviewed),
        "overrides": r.overrides or {}, "auto": {k: auto.get(k) for k in (
            "event_type", "sub_event_type", "date", "place_name", "lat", "lon",
            "fatalities_best", "fatalities_low", "fatalities_high")} if auto else {},
        "merged_into": r.merged_into,
        "updated_at": r.updated_at,
    }


def report_json(r) -> dict:
    link = r.link or {}
    text = r.text or ""
    sentences = []
    spans = sorted({(e["start"], e["end"]) for e in r.evidence or []
                    if isinstance(e.get("start"), int) and isinstance(e.get("end"), int)})
    # the figures of the article (casualty evidence) are highlighted too
    figures = []
    for c in (r.result or {}).get("casualties") or []:
        for e in c.get("evidence") or []:
            if isinstance(e.get("start"), int):
                figures.append((e["start"], e["end"]))
    seen = set()
    for s, e in spans:
        if not (0 <= s <= e <= len(text)):
            continue
        a, b = linking._sentence_around(text, s, e)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        marks = [{"start": x - a, "end": y - a, "kind": "evidence"} for x, y in spans if a <= x and y <= b]
        marks += [{"start": x - a, "end": y - a, "kind": "figure"} for x, y in figures if a <= x and y <= b]
        sentences.append({"start": a, "end": b, "text": text[a:b], "marks": sorted(marks, key=lambda m: m["start"])})
    return {
        "id": r.id, "article_id": r.article_id, "doc_id": r.doc_id, "url": r.url, "title": r.title,
        "outlet": r.outlet, "outlet_name": r.outlet_name or link.get("outlet_name"),
        "alignment": link.get("alignment"), "published": r.published, "version": r.version,
        "event_type": r.event_type, "sub_event_type": r.sub_event_type, "date": r.date,
        "fatalities": r.fatalities, "disputed": bool(r.disputed), "active": bool(r.active),
        "places": [p.get("name_ar") for p in link.get("places") or []],
        "actor1": link.get("actor1"), "actor2": link.get("actor2"),
        "claimed_by": link.get("claimed_by") or [], "sources": link.get("source_keys") or [],
        "extent": link.get("extent"),
        "evidence": r.evidence or [], "sentences": sentences,
    }


# ---------------------------------------------------------------------- exports

def _export_article(ev: dict) -> dict:
    """A linked event as a one-event 'article' for rasd.output's CSV / GeoJSON writers."""
    p = ev["place"]
    evidence = [e for rep in ev.get("reports") or [] for e in rep.get("evidence") or []]
    claimed = sorted({c for rep in ev.get("reports") or [] for c in rep.get("claimed_by") or []})
    return {
        "doc_id": f"rasd-{ev['id']}",
        "outlet": "; ".join(ev.get("outlets") or []),
        "places": [{"name_ar": p["name_ar"], "name_en": p.get("name_en"), "lat": p["lat"], "lon": p["lon"],
                    "admin1": p.get("admin1"), "country": p.get("country") or ""}],
        "events": [{
            "id": ev["id"], "event_type": ev["event_type"], "sub_event_type": ev["sub_event_type"],
            "date": ev["date"], "date_precision": "day" if ev["date"] else None,
            "places": [{"index": 0, "name_ar": p["name_ar"]}],
            "actor1": ev.get("actor1"), "actor2": ev.get("actor2"),
            "fatalities": ev["fatalities"]["best"], "claimed_by": [{"name_ar": c} for c in claimed],
            "disputed": ev["disputed"], "evidence": evidence,
        }],
    }


EXTRA_CSV_COLUMNS = ["fatalities_low", "fatalities_high", "n_reports", "n_sources", "reviewed",
                     "disagreements", "rasd_event_id"]


def export_csv(evs: list[dict]) -> str:
    import csv
    import io

    from .output import CSV_COLUMNS, csv_rows

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS + EXTRA_CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for ev in evs:
        for row in csv_rows([_export_article(ev)]):
            row["event_id_cnty"] = f"RASD{ev['id']}"
            row["doc_id"] = "; ".join(sorted({r.get("doc_id") or "" for r in ev.get("reports") or []} - {""}))
            row.update({"fatalities_low": _blank(ev["fatalities"]["low"]),
                        "fatalities_high": _blank(ev["fatalities"]["high"]),
                        "n_reports": ev["n_reports"], "n_sources": ev["n_sources"],
                        "reviewed": ev["reviewed"],
                        "disagreements": " | ".join(d["note"] for d in ev.get("disagreements") or []),
                        "rasd_event_id": ev["id"]})
            w.writerow(row)
    return buf.getvalue()


def _blank(v):
    return "" if v is None else v


def export_geojson(evs: list[dict]) -> str:
    from .output import geojson_features

    feats = []
    for ev in evs:
        for f in geojson_features([_export_article(ev)]):
            f["id"] = ev["id"]
            f["properties"].update({
                "rasd_event_id": ev["id"], "fatalities": ev["fatalities"]["best"],
                "fatalities_low": ev["fatalities"]["low"], "fatalities_high": ev["fatalities"]["high"],
                "n_reports": ev["n_reports"], "n_sources": ev["n_sources"], "reviewed": ev["reviewed"],
                "sides": ev["sides"], "doc_id": [r.get("doc_id") for r in ev.get("reports") or []],
                "disagreements": [d["note"] for d in ev.get("disagreements") or []],
            })
            feats.append(f)
    return json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False)


def export_jsonl(evs: Iterable[dict]) -> Iterable[str]:
    for ev in evs:
        slim = dict(ev)
        slim["reports"] = [{k: v for k, v in r.items() if k != "sentences"} for r in ev.get("reports") or []]
        yield json.dumps(slim, ensure_ascii=False) + "\n"
