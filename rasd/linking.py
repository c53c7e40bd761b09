"""Linking reports of one event across articles, and what the linked event says.

A *report* is one event as one article tells it (:func:`report_from_event` builds it from SPEC.md's
result dict). Two reports are of the same event (:func:`compatible`) when

- they come from different articles — or from one article that tells one event twice (then only
  with a precise place named in both, on the same day or one of them undated: ACLED's one event
  per place, day and type);
- dates: both known and at most one day apart; a report with no resolved date takes its article's
  publication date as a window (the day before publication to the day of it) and links only with
  reports inside that window; with neither, it does not link;
- places: one place name in common after Arabic normalisation (and without the generic head noun
  such as حي / مدينة, :data:`PLACE_HEADS`), or two precisely located places (not a city, a
  region or a governorate, nor placed at one's centroid) at most :data:`NEAR_KM` apart (0.5 km for
  neighbourhoods and facilities, :data:`NEAR_KM_BY_KIND`, twice that for battles, which are fought
  along a front over adjacent quarters); a shared city alone links only reports
  that name nothing more precise;
- types: the same ACLED event type; Battles sub-types are compatible with each other (one outlet's
  "retook" is another's "clashes"), other sub-types must be equal when both are given;
- sides: for Battles the sets of known sides do not conflict (an "army retook X" and an "opposition
  repelled the attack on X" are one battle told by both sides); otherwise actor1's side and actor2's
  side must agree where both are known.

A linked event (:func:`aggregate`) carries UCDP-GED-style fatalities: ``low`` and ``high`` are the
lowest and highest figure any report gives; ``best`` is the (lower) median of the figures given by
the most credible kind of source present (:data:`CREDIBILITY`: monitors and wire agencies before
broadcasters, before media of a party to the conflict). The count of independent sources counts
distinct original sources: a report's named sources (``claimed_by``) when it names any, else the
agencies it credits, else its outlet; two articles of one outlet in its own voice count once.
Disagreements name who said what: different tolls, different outcomes (who took the place, all of
it or part of it), a denial; each notes whether the sides split along outlet alignment.
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import re
from functools import lru_cache
from typing import Any, Iterable

NEAR_KM = 5.0
# Inside a city, two named neighbourhoods 2 km apart are two places: a tighter radius there.
NEAR_KM_BY_KIND = {"neighbourhood": 0.5, "facility": 0.5, "landmark": 0.5, "street": 0.3}
BATTLE_FRONT_FACTOR = 2.0
DATE_SLACK_DAYS = 1
COARSE_KINDS = {"country", "governorate", "province", "region", "admin1", "admin2", "district",
                "city", "subdistrict"}
# Generic head nouns stripped before comparing place names (normalised forms).
PLACE_HEADS = ("حي ", "مدينه ", "بلده ", "قريه ", "مخيم ", "منطقه ", "ناحيه ", "محافظه ", "ريف ")
CREDIBILITY = {
    "monitor": 3, "international_agency": 3,
    "international_media": 2, "regional_media": 2,
    "state_media": 1, "opposition_media": 1, "partisan_media": 1,
}
UNKNOWN_CREDIBILITY = 1.5
TERRITORY_SUBTYPES = {"Government regains territory", "Non-state actor overtakes territory",
                      "Non-violent transfer of territory"}
NEUTRAL_SIDES = {None, "", "unknown", "civil", "media", "monitor"}


# --------------------------------------------------------------------------- data

def _norm(s: str | None) -> str:
    from .normalize import normalize

    return " ".join(normalize(s or "").split())


@lru_cache(maxsize=1)
def outlet_index() -> dict[str, dict]:
    """Normalised outlet name, domain or id -> {"id", "alignment", "name"} from outlets.tsv."""
    from .lexicon import load_table

    idx: dict[str, dict] = {}
    try:
        rows = load_table("outlets.tsv")
    except (FileNotFoundError, OSError):
        rows = ()
    for row in rows:
        oid = row.get("id", "")
        info = {"id": oid, "alignment": row.get("alignment") or None, "name": row.get("name", "")}
        for key in (row.get("name", ""), oid):
            if key:
                idx.setdefault(_norm(key).lower(), info)
    return idx


def outlet_info(name: str | None) -> dict | None:
    if not name:
        return None
    return outlet_index().get(_norm(name).lower())


@lru_cache(maxsize=1)
def _extent_terms() -> list[tuple[str, str]]:
    from .lexicon import load_table

    rows = load_table("territory_extent.tsv")
    terms = [(_norm(r["term"]), r["extent"]) for r in rows if r.get("term")]
    return sorted(set(terms), key=lambda t: -len(t[0]))


# --------------------------------------------------------------------------- reports

def place_key(name: str | None) -> str:
    n = _norm(name)
    changed = True
    while changed:
        changed = False
        for head in PLACE_HEADS:
            if n.startswith(head) and len(n) > len(head) + 1:
                n = n[len(head):]
                changed = True
    return n


def _as_int(x: Any) -> int | None:
    if isinstance(x, bool):
        return None
    if isinstance(x, int):
        return x
    if isinstance(x, float) and x == x:
        return int(x)
    if isinstance(x, dict):
        for k in ("best", "count", "value"):
            if isinstance(x.get(k), (int, float)) and not isinstance(x.get(k), bool):
                return int(x[k])
    if isinstance(x, str) and x.strip().isdigit():
        return int(x)
    return None


def _ref_name(ref: Any) -> str:
    if isinstance(ref, dict):
        return ref.get("name_ar") or ref.get("name_en") or ref.get("name") or ref.get("id") or ""
    return "" if ref is None else str(ref)


def _actor(result: dict, ref: Any) -> dict | None:
    if not ref:
        return None
    if isinstance(ref, dict):
        out = {"id": ref.get("id"), "name_ar": ref.get("name_ar"), "name_en": ref.get("name_en"),
               "side": ref.get("side")}
        if not out["side"] or not out["name_en"]:
            for a in result.get("actors") or []:
                if a.get("id") is not None and a.get("id") == ref.get("id"):
                    out["side"] = out["side"] or a.get("side")
                    out["name_en"] = out["name_en"] or a.get("name_en")
                    out["name_ar"] = out["name_ar"] or a.get("name_ar")
        return out
    return {"id": None, "name_ar": str(ref), "name_en": None, "side": None}


def _place(result: dict, ref: Any) -> dict | None:
    idx = ref.get("index") if isinstance(ref, dict) else ref if isinstance(ref, int) else None
    src: dict = {}
    if isinstance(idx, int) and 0 <= idx < len(result.get("places") or []):
        src = result["places"][idx]
    name = (ref.get("name_ar") if isinstance(ref, dict) else None) or src.get("name_ar") or (
        ref if isinstance(ref, str) else None)
    if not name:
        return None
    return {"name_ar": name, "name_en": src.get("name_en"), "kind": src.get("kind"),
            "lat": src.get("lat"), "lon": src.get("lon"), "admin1": src.get("admin1"),
            "admin2": src.get("admin2"), "country": src.get("country"),
            "geo_precision": src.get("geo_precision"), "key": place_key(name), "evidence": src.get("evidence") or []}


def _parse_date(s: Any) -> _dt.date | None:
    if isinstance(s, _dt.date):
        return s
    if isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[:10] or ""):
        try:
            return _dt.date.fromisoformat(s[:10])
        except ValueError:
            return None
    return None


def _stop(text: str, i: int) -> bool:
    """A sentence ends at text[i]: a line break, or . ! ? ؟ followed by a space or the end."""
    c = text[i]
    return c == "\n" or (c in ".!?؟" and (i + 1 >= len(text) or text[i + 1].isspace()))


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of the article holding text[start:end] (article offsets)."""
    a = start
    while a > 0 and not _stop(text, a - 1):
        a -= 1
    b = end
    while b < len(text) and not _stop(text, b):
        b += 1
    if b < len(text) and text[b] != "\n":
        b += 1
    while a < b and text[a].isspace():
        a += 1
    return a, b


def extent_of(text: str | None, evidence: list[dict], place_names: Iterable[str]) -> str | None:
    """full | most | partial: how much of the place the report's sentence says changed hands."""
    if not text or not evidence:
        return None
    terms = _extent_terms()
    keys = [place_key(n) for n in place_names if n]
    found: list[tuple[int, str]] = []
    seen: set[tuple[int, int]] = set()
    for ev in evidence:
        s, e = ev.get("start"), ev.get("end")
        if not isinstance(s, int) or not isinstance(e, int):
            continue
        a, b = _sentence_around(text, s, e)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        sent = _norm(text[a:b])
        pos = [m.start() for k in keys if k for m in re.finditer(re.escape(k), sent)]
        if not pos:
            continue
        taken: list[tuple[int, int]] = []
        for term, extent in terms:
            for m in re.finditer(r"(?<!\w)(?:[وف]?ب?)" + re.escape(term) + r"(?!\w)", sent):
                if any(m.start() < t1 and t0 < m.end() for t0, t1 in taken):
                    continue
                taken.append((m.start(), m.end()))
                dist = min(abs(m.start() - p) for p in pos)
                if dist <= 40:
                    found.append((dist, extent))
    if not found:
        return None
    return min(found)[1]


def report_from_event(result: dict, ev: dict, *, text: str | None = None,
                      article_key: Any = None, outlet: str | None = None) -> dict:
    """One event of one article's result, in the shape linking and aggregation use."""
    places = [p for p in (_place(result, r) for r in ev.get("places") or []) if p]
    actor1, actor2 = _actor(result, ev.get("actor1")), _actor(result, ev.get("actor2"))
    published = _parse_date(result.get("published"))
    date = _parse_date(ev.get("date"))
    outlet_id = outlet or result.get("outlet")
    info = outlet_info(outlet_id) or outlet_info(result.get("outlet_name"))
    claimed = [n for n in (_ref_name(c) for c in ev.get("claimed_by") or []) if n]
    claimed_info = [(n, outlet_info(n)) for n in claimed]
    if claimed:
        source_keys = sorted({(i["id"] if i else "src:" + _norm(n)) for n, i in claimed_info})
    elif result.get("agencies"):
        source_keys = sorted({(outlet_info(a) or {}).get("id") or "src:" + _norm(a)
                              for a in result["agencies"]})
    else:
        source_keys = [(info or {}).get("id") or (("outlet:" + outlet_id) if outlet_id else
                                                    "doc:" + str(result.get("doc_id") or article_key))]
    if claimed_info and all(i and i.get("alignment") for _, i in claimed_info):
        alignments = sorted({i["alignment"] for _, i in claimed_info})
    else:
        alignments = [info["alignment"]] if info and info.get("alignment") else []
    evidence = [e for e in ev.get("evidence") or [] if isinstance(e, dict)]
    extent = None
    if ev.get("event_type") == "Battles":
        extent = extent_of(text, evidence, [p["name_ar"] for p in places])
    return {
        "article_key": article_key if article_key is not None else result.get("doc_id"),
        "doc_id": result.get("doc_id"),
        "event_key": ev.get("id"),
        "outlet": outlet_id,
        "outlet_name": result.get("outlet_name") or (info or {}).get("name") or outlet_id,
        "alignment": alignments[0] if len(alignments) == 1 else ("mixed" if alignments else None),
        "published": published.isoformat() if published else None,
        "event_type": ev.get("event_type"),
        "sub_event_type": ev.get("sub_event_type"),
        "date": date.isoformat() if date else None,
        "date_precision": ev.get("date_precision"),
        "places": places,
        "actor1": actor1,
        "actor2": actor2,
        "fatalities": _as_int(ev.get("fatalities")),
        "fatalities_low": _as_int(ev.get("fatalities_low")),
        "fatalities_high": _as_int(ev.get("fatalities_high")),
        "disputed": bool(ev.get("disputed")),
        "claimed_by": claimed,
        "source_keys": source_keys,
        "extent": extent,
        "evidence": evidence,
    }


# --------------------------------------------------------------------------- compatibility

def date_window(r: dict) -> tuple[_dt.date, _dt.date] | None:
    d = _parse_date(r.get("date"))
    if d:
        return d, d
    p = _parse_date(r.get("published"))
    if p:
        return p - _dt.timedelta(days=1), p
    return None


def _dates_ok(a: dict, b: dict) -> bool:
    wa, wb = date_window(a), date_window(b)
    if not wa or not wb:
        return False
    slack = _dt.timedelta(days=DATE_SLACK_DAYS)
    if a.get("date") and b.get("date"):
        return abs((wa[0] - wb[0]).days) <= DATE_SLACK_DAYS
    # at least one has no date: its window must hold the other's date (or windows overlap)
    return wa[0] - (slack if a.get("date") else _dt.timedelta(0)) <= wb[1] and \
        wb[0] - (slack if b.get("date") else _dt.timedelta(0)) <= wa[1]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))


def _precise(p: dict) -> bool:
    """Located at its own point (not a city's or a region's centroid)."""
    return (p.get("lat") is not None and p.get("lon") is not None
            and (p.get("kind") or "") not in COARSE_KINDS
            and (p.get("geo_precision") in (None, 1, 2, "1", "2")))


def _near_km(pa: dict, pb: dict, event_type: str | None = None) -> float:
    km = min(NEAR_KM_BY_KIND.get(pa.get("kind") or "", NEAR_KM), NEAR_KM_BY_KIND.get(pb.get("kind") or "", NEAR_KM))
    # a battle is fought along a front, over adjacent quarters; a strike hits a point
    return min(NEAR_KM, km * BATTLE_FRONT_FACTOR) if event_type == "Battles" else km


def place_match(a: dict, b: dict) -> float:
    """2 for a shared precise place name, 1.5 near (<= NEAR_KM), 1 for a shared coarse name, else 0."""
    best = 0.0
    etype = a.get("event_type") if a.get("event_type") == b.get("event_type") else None
    for pa in a.get("places") or []:
        for pb in b.get("places") or []:
            if pa["key"] and pa["key"] == pb["key"]:
                coarse = (pa.get("kind") or "") in COARSE_KINDS or (pb.get("kind") or "") in COARSE_KINDS
                best = max(best, 1.0 if coarse else 2.0)
            elif _precise(pa) and _precise(pb) and haversine_km(
                    pa["lat"], pa["lon"], pb["lat"], pb["lon"]) <= _near_km(pa, pb, etype):
                best = max(best, 1.5)
    if best == 1.0:
        # a shared city only links when neither report names anything more precise
        if any((p.get("kind") or "") not in COARSE_KINDS for p in (a.get("places") or []) + (b.get("places") or [])):
            return 0.0
    return best


def _types_ok(a: dict, b: dict) -> bool:
    ta, tb = a.get("event_type"), b.get("event_type")
    if not ta or not tb or ta != tb:
        return False
    if ta == "Battles":
        return True
    sa, sb = a.get("sub_event_type"), b.get("sub_event_type")
    return not sa or not sb or sa == sb


def _side(actor: dict | None) -> str | None:
    s = (actor or {}).get("side")
    return None if s in NEUTRAL_SIDES else s


def _sides_ok(a: dict, b: dict) -> bool:
    a1, a2, b1, b2 = _side(a.get("actor1")), _side(a.get("actor2")), _side(b.get("actor1")), _side(b.get("actor2"))
    if a.get("event_type") == "Battles":
        sa, sb = {s for s in (a1, a2) if s}, {s for s in (b1, b2) if s}
        return sa <= sb or sb <= sa
    return (not a1 or not b1 or a1 == b1) and (not a2 or not b2 or a2 == b2)


def _same_named_place(a: dict, b: dict) -> bool:
    return any(pa["key"] and pa["key"] == pb["key"] and (pa.get("kind") or "") not in COARSE_KINDS
               and (pb.get("kind") or "") not in COARSE_KINDS
               for pa in a.get("places") or [] for pb in b.get("places") or [])


def compatible(a: dict, b: dict) -> float:
    """A score > 0 when reports a and b tell the same event (higher: closer), else 0."""
    if not _types_ok(a, b) or not _sides_ok(a, b) or not _dates_ok(a, b):
        return 0.0
    if a.get("article_key") is not None and a.get("article_key") == b.get("article_key"):
        # One article telling one event twice (ACLED: one event per place, day and type): only
        # with a precise place named in both, on the same day or with one of them undated.
        if a.get("date") and b.get("date") and a["date"] != b["date"]:
            return 0.0
        return 0.5 if _same_named_place(a, b) else 0.0
    pm = place_match(a, b)
    if not pm:
        return 0.0
    score = pm
    if a.get("date") and a.get("date") == b.get("date"):
        score += 1.0
    if a.get("sub_event_type") and a.get("sub_event_type") == b.get("sub_event_type"):
        score += 0.5
    return score


def fits_event(report: dict, members: list[dict]) -> float:
    """Score of adding report to a linked event: compatible with every member (0 if not)."""
    if not members:
        return 0.0
    scores = [compatible(report, m) for m in members]
    return 0.0 if min(scores) <= 0 else sum(scores) / len(scores)


def link(reports: list[dict]) -> list[list[int]]:
    """Greedy, order-stable clustering of reports into events: indices of each event's reports."""
    clusters: list[list[int]] = []
    for i, r in enumerate(reports):
        best, best_c = 0.0, None
        for c in clusters:
            s = fits_event(r, [reports[j] for j in c])
            if s > best:
                best, best_c = s, c
        if best_c is None:
            clusters.append([i])
        else:
            best_c.append(i)
    return clusters


def link_results(results: Iterable[dict], texts: dict | None = None) -> tuple[list[dict], list[list[int]]]:
    """Reports of every event of every result dict, and their clustering (for in-memory use)."""
    reports = []
    for res in results:
        text = (texts or {}).get(res.get("doc_id"))
        for ev in res.get("events") or []:
            reports.append(report_from_event(res, ev, text=text, article_key=res.get("doc_id")))
    return reports, link(reports)


# --------------------------------------------------------------------------- aggregation

def _lower_median(xs: list[int]) -> int:
    xs = sorted(xs)
    return xs[(len(xs) - 1) // 2]


def _speaker(r: dict) -> str:
    if r.get("claimed_by"):
        return "، ".join(r["claimed_by"]) + (f" ({r['outlet_name']})" if r.get("outlet_name") else "")
    return r.get("outlet_name") or r.get("outlet") or str(r.get("doc_id") or "?")


def fatality_estimate(reports: list[dict]) -> dict:
    figures = []
    for r in reports:
        f = r.get("fatalities")
        cred = CREDIBILITY.get(r.get("alignment") or "", UNKNOWN_CREDIBILITY)
        if f is not None:
            figures.append((cred, f, f, f))
        elif r.get("fatalities_low") is not None or r.get("fatalities_high") is not None:
            lo = r.get("fatalities_low") if r.get("fatalities_low") is not None else r.get("fatalities_high")
            hi = r.get("fatalities_high") if r.get("fatalities_high") is not None else lo
            figures.append((cred, None, lo, hi))
    if not figures:
        return {"best": None, "low": None, "high": None}
    exact = [f for f in figures if f[1] is not None]
    pool = exact or figures
    top = max(f[0] for f in pool)
    best = _lower_median([f[1] if f[1] is not None else f[2] for f in pool if f[0] == top])
    return {"best": best, "low": min(f[2] for f in figures), "high": max(f[3] for f in figures)}


def _claim(r: dict, value: Any, **extra) -> dict:
    out = {"report": r.get("report_id"), "article": r.get("article_key"), "doc_id": r.get("doc_id"),
           "outlet": r.get("outlet"), "alignment": r.get("alignment"), "who": _speaker(r),
           "claimed_by": r.get("claimed_by") or [], "value": value,
           "evidence": (r.get("evidence") or [])[:3]}
    out.update(extra)
    return out


def _alignment_split(claims: list[dict]) -> tuple[bool, str | None]:
    groups: dict[str, set] = {}
    for c in claims:
        groups.setdefault(str(c["value"]), set()).add(c.get("alignment") or "?")
    if len(groups) < 2 or any("?" in g for g in groups.values()):
        return False, None
    sets = list(groups.values())
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            if sets[i] & sets[j]:
                return False, None
    return True, "; ".join(f"{', '.join(sorted(a))}: {v}" for v, a in groups.items())


def disagreements(reports: list[dict], contradictions: Iterable[dict] = ()) -> list[dict]:
    """Where the reports of one event disagree: tolls, outcomes, denials; who said what."""
    out = []

    def add(kind: str, claims: list[dict], note: str, aspect: str | None = None):
        split, split_note = _alignment_split(claims)
        if split:
            note += f" — split along outlet alignment ({split_note})"
        out.append({"kind": kind, "aspect": aspect, "note": note, "claims": claims,
                    "alignment_split": split})

    tolls = [r for r in reports if r.get("fatalities") is not None]
    if len({r["fatalities"] for r in tolls}) > 1:
        claims = [_claim(r, r["fatalities"]) for r in tolls]
        add("toll", claims, "reports give different death tolls: " +
            "; ".join(f"{c['who']}: {c['value']}" for c in claims))
    if any(r.get("event_type") == "Battles" for r in reports):
        subs = [r for r in reports if r.get("sub_event_type")]
        def outcome(r):
            return r["sub_event_type"], _side(r.get("actor1"))

        # only reports of different articles disagree (one article's own conflicting claims
        # come from its contradictions); one of them must say territory changed hands
        clash = any(outcome(a) != outcome(b) and a.get("article_key") != b.get("article_key")
                    and (a["sub_event_type"] in TERRITORY_SUBTYPES or b["sub_event_type"] in TERRITORY_SUBTYPES)
                    for i, a in enumerate(subs) for b in subs[i + 1:])
        if clash:
            claims = [_claim(r, f"{r['sub_event_type']} ({_side(r.get('actor1')) or '?'})") for r in subs]
            add("outcome", claims, "reports tell different outcomes: " +
                "; ".join(f"{c['who']}: {c['value']}" for c in claims), aspect="winner")
        ext = [r for r in reports if r.get("extent")]
        if len({(r["extent"], r.get("article_key")) for r in ext}) > 1 and len({r["extent"] for r in ext}) > 1 \
                and len({r.get("article_key") for r in ext}) > 1:
            claims = [_claim(r, r["extent"]) for r in ext]
            add("outcome", claims, "reports differ on how much of the place changed hands: " +
                "; ".join(f"{c['who']}: {c['value']}" for c in claims), aspect="extent")
    disputed = [r for r in reports if r.get("disputed")]
    seen: set[str] = set()
    for c in contradictions:
        r = c.get("_report") or {}
        items = [i for i in c.get("items") or [] if isinstance(i, dict)]
        key = json.dumps([c.get("kind"), c.get("note"), [i.get("text") for i in items]], ensure_ascii=False)
        if key in seen:
            continue
        seen.add(key)
        claims = []
        for it in items:
            names = [n for n in (_ref_name(x) for x in it.get("claimed_by") or []) if n]
            infos = [outlet_info(n) for n in names]
            aligns = sorted({i["alignment"] for i in infos if i and i.get("alignment")})
            sides = sorted({x.get("side") for x in it.get("claimed_by") or []
                            if isinstance(x, dict) and x.get("side") not in NEUTRAL_SIDES})
            claims.append({
                "report": r.get("report_id"), "article": r.get("article_key"), "doc_id": r.get("doc_id"),
                "outlet": r.get("outlet"),
                "alignment": aligns[0] if len(aligns) == 1 else (sides[0] if len(sides) == 1 and not aligns else None),
                "who": "، ".join(names) or _speaker(r), "claimed_by": names,
                "value": (it.get("text") or "").strip() or it.get("claim") or c.get("kind"),
                "evidence": it.get("evidence") or [],
            })
        if not claims and r:
            claims = [_claim(r, c.get("note") or c.get("kind"))]
        kind = "denial" if c.get("kind") in ("denial", "contradiction", None) else c.get("kind")
        add(kind, claims, f"{_speaker(r) if r else 'an article'} reports conflicting claims: "
            + (c.get("note") or "; ".join(f"{x['who']}: {x['value']}" for x in claims)),
            aspect="in_article")
    if disputed and not seen:
        claims = [_claim(r, "disputed") for r in disputed]
        add("denial", claims, "disputed in " + "; ".join(c["who"] for c in claims), aspect="disputed")
    return out


def contradictions_for(result: dict, ev: dict, index: int | None = None) -> list[dict]:
    """The article's contradictions about this event: items naming it (by index or id)."""
    out = []
    refs = {x for x in (index, ev.get("id")) if x is not None}
    for c in result.get("contradictions") or []:
        if not isinstance(c, dict):
            continue
        items = [i for i in c.get("items") or [] if isinstance(i, dict)]
        if any(i.get("event") in refs or i.get("event_id") in refs for i in items):
            out.append({"kind": c.get("kind"), "note": c.get("note"), "items": items,
                        "evidence": c.get("evidence") or []})
    return out


def _vote(values: list, default=None):
    counts: dict = {}
    for v in values:
        if v not in (None, ""):
            counts[v] = counts.get(v, 0) + 1
    if not counts:
        return default
    return max(counts.items(), key=lambda kv: (kv[1], -values.index(kv[0])))[0]


def aggregate(reports: list[dict], contradictions: Iterable[dict] = ()) -> dict:
    """The linked event's fields from its reports (without any analyst review applied)."""
    etype = _vote([r.get("event_type") for r in reports])
    sub = _vote([r.get("sub_event_type") for r in reports if r.get("event_type") == etype])
    dates = [r["date"] for r in reports if r.get("date")]
    date = _vote(dates)
    # the place: the most precise name most reports share
    counts: dict[str, int] = {}
    by_key: dict[str, dict] = {}
    for r in reports:
        for p in {p["key"]: p for p in r.get("places") or []}.values():
            counts[p["key"]] = counts.get(p["key"], 0) + 1
            prev = by_key.get(p["key"])
            if prev is None or (prev.get("lat") is None and p.get("lat") is not None):
                by_key[p["key"]] = p
    place = None
    if counts:
        key = max(counts, key=lambda k: (counts[k], (by_key[k].get("kind") or "") not in COARSE_KINDS,
                                         by_key[k].get("lat") is not None))
        place = by_key[key]
    located = place if place and place.get("lat") is not None else next(
        (p for r in reports for p in r.get("places") or [] if p.get("lat") is not None), None)
    a1 = _vote([(r.get("actor1") or {}).get("name_ar") for r in reports])
    a1r = next((r["actor1"] for r in reports if (r.get("actor1") or {}).get("name_ar") == a1), None)
    a2 = _vote([(r.get("actor2") or {}).get("name_ar") for r in reports])
    a2r = next((r["actor2"] for r in reports if (r.get("actor2") or {}).get("name_ar") == a2), None)
    side1 = _vote([_side(r.get("actor1")) for r in reports])
    side2 = _vote([_side(r.get("actor2")) for r in reports])
    sources = sorted({k for r in reports for k in r.get("source_keys") or []})
    dis = disagreements(reports, contradictions)
    fat = fatality_estimate(reports)
    return {
        "event_type": etype, "sub_event_type": sub, "date": date,
        "date_min": min(dates) if dates else None, "date_max": max(dates) if dates else None,
        "place_name": place["name_ar"] if place else None,
        "place_name_en": place.get("name_en") if place else None,
        "place_kind": place.get("kind") if place else None,
        "admin1": (located or {}).get("admin1"), "country": (located or {}).get("country"),
        "lat": (located or {}).get("lat"), "lon": (located or {}).get("lon"),
        "places": sorted({p["name_ar"] for r in reports for p in r.get("places") or []}),
        "actor1": {"name_ar": a1, "name_en": (a1r or {}).get("name_en"), "side": side1} if a1 or side1 else None,
        "actor2": {"name_ar": a2, "name_en": (a2r or {}).get("name_en"), "side": side2} if a2 or side2 else None,
        "actors": sorted({n for r in reports for a in (r.get("actor1"), r.get("actor2")) if a
                          for n in (a.get("name_ar"), a.get("name_en")) if n}),
        "sides": sorted({s for r in reports for s in (_side(r.get("actor1")), _side(r.get("actor2"))) if s}),
        "fatalities_best": fat["best"], "fatalities_low": fat["low"], "fatalities_high": fat["high"],
        "n_reports": len(reports),
        "n_articles": len({r.get("article_key") for r in reports}),
        "n_sources": len(sources), "sources": sources,
        "outlets": sorted({r.get("outlet") or "" for r in reports} - {""}),
        "disputed": any(r.get("disputed") for r in reports) or any(
            d["kind"] == "denial" or d.get("aspect") in ("winner", "in_article") for d in dis),
        "disagreements": dis,
    }
