"""A Document as SPEC.md's JSON object, and the ACLED-style CSV and GeoJSON views of it.

References inside the object: a casualty's or event's ``places`` are ``{"index", "name_ar"}``
(index into the article's ``places``); ``actor1``/``actor2`` and ``claimed_by`` are
``{"id", "name_ar", "side"}`` (id of an item of the article's ``actors``). Each reference also
carries the Arabic name as written so a reader does not have to look it up.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
from typing import Any, Iterable

import orjson

from .document import Document, Span

REFERENCES = ("places: index into this article's places; actors, claimed_by: id of one of this "
              "article's actors")


def item_json(x: Any) -> Any:
    if hasattr(x, "to_json"):
        return x.to_json()
    if isinstance(x, Span):
        return x.to_json()
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return _plain(x)
    if isinstance(x, dict):
        return {k: item_json(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [item_json(v) for v in x]
    return x


_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(x: Any) -> Any:
    """A value inside a dataclass without ``to_json``, as ``dataclasses.asdict`` followed by
    :func:`item_json` would give it (nested dataclasses become plain dicts, evidence spans their
    JSON), in one pass and without asdict's deep copies."""
    cls = type(x)
    names = _FIELDS.get(cls)
    if names is None and dataclasses.is_dataclass(cls):
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    if names is not None:
        return {k: _plain(getattr(x, k)) for k in names}
    if hasattr(x, "to_json"):
        return x.to_json()
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    return x


def to_dict(doc: Document) -> dict:
    return {
        "doc_id": doc.doc_id,
        "title": doc.title,
        "outlet": doc.outlet,
        "outlet_name": doc.outlet_name,
        "agencies": doc.agencies,
        "published": doc.published.isoformat() if doc.published else None,
        "url": doc.url,
        "places": [item_json(p) for p in doc.places],
        "actors": [item_json(a) for a in doc.actors],
        "casualties": [item_json(c) for c in doc.casualties],
        "events": [item_json(e) for e in doc.events],
        "contradictions": [item_json(c) for c in doc.contradictions],
        "dates": [_date_json(doc, d) for d in doc.dates],
        "furniture": [{"start": s, "end": e, "label": lab} for s, e, lab in doc.furniture],
        "warnings": doc.warnings,
        "references": REFERENCES,
    }


def json_line(obj: Any) -> str:
    """One JSONL line (with its newline). orjson writes an article's ~30 KB of JSON about ten
    times faster than the standard library, which matters when a batch writes millions."""
    return orjson.dumps(obj, option=orjson.OPT_APPEND_NEWLINE).decode("utf-8")


def _date_json(doc: Document, d: Any) -> dict:
    out = item_json(d)
    if isinstance(out, dict) and "start" in out:
        span = doc.span(out.pop("start"), out.pop("end"))
        out.pop("text", None)
        out["evidence"] = [span.to_json()]
    return out


# ACLED's column names where they exist; rasd's own after them.
CSV_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "inter1", "actor2", "inter2", "country", "admin1", "admin2", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    "doc_id", "outlet", "disputed", "claimed_by", "evidence",
]
_PRECISION = {"day": 1, "week": 2, "range": 2, "month": 3, "year": 3}


def _place_of(art: dict, ev: dict) -> dict:
    for ref in ev.get("places") or []:
        idx = ref.get("index") if isinstance(ref, dict) else ref
        if isinstance(idx, int) and 0 <= idx < len(art["places"]):
            p = art["places"][idx]
            if p.get("lat") is not None:
                return p
    for ref in ev.get("places") or []:
        idx = ref.get("index") if isinstance(ref, dict) else ref
        if isinstance(idx, int) and 0 <= idx < len(art["places"]):
            return art["places"][idx]
    return {}


def _name(ref: Any) -> str:
    if isinstance(ref, dict):
        return ref.get("name_en") or ref.get("name_ar") or ref.get("id") or ""
    return "" if ref is None else str(ref)


def csv_rows(articles: Iterable[dict]) -> Iterable[dict]:
    for art in articles:
        for i, ev in enumerate(art.get("events") or []):
            place = _place_of(art, ev)
            date = ev.get("date") or ""
            sources = [_name(c) for c in ev.get("claimed_by") or []]
            yield {
                "event_id_cnty": f"{art['doc_id']}#{ev.get('id', i)}",
                "event_date": date,
                "year": date[:4],
                "time_precision": _PRECISION.get(ev.get("date_precision") or "", ""),
                "event_type": ev.get("event_type", ""),
                "sub_event_type": ev.get("sub_event_type", ""),
                "actor1": _name(ev.get("actor1")),
                "inter1": (ev.get("actor1") or {}).get("side", "") if isinstance(ev.get("actor1"), dict) else "",
                "actor2": _name(ev.get("actor2")),
                "inter2": (ev.get("actor2") or {}).get("side", "") if isinstance(ev.get("actor2"), dict) else "",
                "country": place.get("country", ""),
                "admin1": place.get("admin1") or "",
                "admin2": place.get("admin2") or "",
                "location": place.get("name_en") or place.get("name_ar") or "",
                "latitude": "" if place.get("lat") is None else place["lat"],
                "longitude": "" if place.get("lon") is None else place["lon"],
                "geo_precision": place.get("geo_precision") or "",
                "source": "; ".join(x for x in [art.get("outlet") or ""] + sources if x),
                "notes": " … ".join(e.get("text", "") for e in ev.get("evidence") or [])[:1000],
                "fatalities": ev.get("fatalities") if ev.get("fatalities") is not None else "",
                "doc_id": art["doc_id"],
                "outlet": art.get("outlet") or "",
                "disputed": bool(ev.get("disputed")),
                "claimed_by": "; ".join(sources),
                "evidence": json.dumps(ev.get("evidence") or [], ensure_ascii=False),
            }


def to_csv(articles: Iterable[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for row in csv_rows(articles):
        w.writerow(row)
    return buf.getvalue()


def geojson_features(articles: Iterable[dict]) -> Iterable[dict]:
    for art in articles:
        for i, ev in enumerate(art.get("events") or []):
            place = _place_of(art, ev)
            if place.get("lat") is None or place.get("lon") is None:
                continue
            props = {k: v for k, v in ev.items() if k not in ("evidence",)}
            props.update({"doc_id": art["doc_id"], "outlet": art.get("outlet"),
                          "location": place.get("name_ar"), "location_en": place.get("name_en"),
                          "geo_precision": place.get("geo_precision"),
                          "evidence": ev.get("evidence") or []})
            yield {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                "properties": props,
            }


def to_geojson(articles: Iterable[dict]) -> str:
    fc = {"type": "FeatureCollection", "features": list(geojson_features(articles))}
    return json.dumps(fc, ensure_ascii=False)
