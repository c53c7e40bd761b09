"""Shared fixtures. Keep this small; name fixtures for what they hold.

- ``seed_articles``: the five real seed articles (dicts with id, text, published, …) from
  /work/shared/corpus/seeds.jsonl (or ../shared relative to the checkout).
- ``maysar_results``: hand-built extraction results for seeds 001 and 003 (real text, evidence
  spans found in it) each reporting the opposition retaking الميسر on 2016-12-05 — for testing the
  store and linking independently of the extraction stages.
- ``store``: an empty SQLite :class:`rasd.store.Store` in a temporary directory.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
SEEDS_JSONL = SHARED / "corpus" / "seeds.jsonl"
# the neighbourhood layer an analyst downloads from OCHA (a run-time layer, not shipped in rasd)
OCHA_LAYER = SHARED / "data" / "gazetteer" / "aleppo_neighbourhoods_ocha.tsv"

# The al-Maysar neighbourhood of eastern Aleppo (Karm Myassar in the OCHA layer, rounded): the
# point hand-built results use and real runs are checked against.
MAYSAR = (36.196, 37.1888)


# the seed rows by their number ("000" … "004"); empty when ../shared is absent
SEED_ROWS = {r["id"][:3]: r for r in (
    json.loads(line) for line in (SEEDS_JSONL.read_text(encoding="utf-8").splitlines()
                                  if SEEDS_JSONL.is_file() else []) if line.strip())}


def load_seed_articles() -> dict[str, dict]:
    if not SEED_ROWS:
        pytest.skip(f"seed corpus not found: {SEEDS_JSONL}")
    return SEED_ROWS


@pytest.fixture(scope="session")
def seed_articles() -> dict[str, dict]:
    return load_seed_articles()


def span(text: str, needle: str, after: int = 0) -> dict:
    i = text.find(needle, after)
    assert i >= 0, f"{needle!r} not in text"
    return {"start": i, "end": i + len(needle), "text": needle}


def hand_result(art: dict, *, outlet: str | None, places: list[tuple], events: list[dict],
                actors: list[tuple] = (), casualties: list[dict] = (), contradictions: list[dict] = ()) -> dict:
    """A SPEC.md result dict for a real article. places: (name_ar, lat, lon, kind);
    actors: (id, name_ar, side); events: dicts with places as names, actor1/actor2 as ids and
    'evidence' as a list of strings found in the text."""
    text = art["text"]
    pl = [{"name_ar": n, "name_en": None, "kind": k, "lat": la, "lon": lo, "admin1": "Aleppo",
           "admin2": None, "evidence": [span(text, n)]} for n, la, lo, k in places]
    ac = [{"id": i, "name_ar": n, "name_en": None, "kind": "group", "side": s, "role": "actor",
           "evidence": [span(text, n)]} for i, n, s in actors]
    by_id = {a["id"]: a for a in ac}

    def aref(i):
        return None if i is None else {"id": i, "name_ar": by_id[i]["name_ar"], "side": by_id[i]["side"]}

    evs = []
    for k, e in enumerate(events):
        evs.append({
            "id": e.get("id", f"e{k}"), "event_type": e["event_type"], "sub_event_type": e.get("sub_event_type"),
            "date": e.get("date"), "date_precision": "day" if e.get("date") else None,
            "places": [{"index": [p[0] for p in places].index(n), "name_ar": n} for n in e.get("places", [])],
            "actor1": aref(e.get("actor1")), "actor2": aref(e.get("actor2")),
            "fatalities": e.get("fatalities"), "claimed_by": [{"id": None, "name_ar": c, "side": None}
                                                            for c in e.get("claimed_by", [])],
            "disputed": e.get("disputed", False),
            "evidence": [span(text, s) for s in e.get("evidence", [])],
        })
    return {"doc_id": art["id"], "title": text.splitlines()[0], "outlet": outlet, "outlet_name": None,
            "agencies": [], "published": art.get("published"), "url": art.get("url"),
            "places": pl, "actors": ac, "casualties": list(casualties), "events": evs,
            "contradictions": list(contradictions)}


@pytest.fixture(scope="session")
def maysar_results(seed_articles) -> dict[str, dict]:
    a1, a3 = seed_articles["001"], seed_articles["003"]
    r1 = hand_result(
        a1, outlet=None,
        places=[("الميسر", *MAYSAR, "neighbourhood"), ("حلب", 36.20124, 37.16117, "city")],
        actors=[("a0", "جيش حلب", "opposition"), ("a1", "قوات النظام", "government")],
        events=[{"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory",
                 "date": "2016-12-05", "places": ["الميسر"], "actor1": "a0",
                 "evidence": ["استعادة حي الميسر"]}])
    r3 = hand_result(
        a3, outlet="jeroun",
        places=[("القاطرجي", None, None, "neighbourhood"), ("الميسر", *MAYSAR, "neighbourhood"),
                ("حلب", 36.20124, 37.16117, "city")],
        actors=[("a0", "جيش حلب", "opposition"), ("a1", "قوات النظام", "government")],
        events=[{"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory",
                 "date": "2016-12-05", "places": ["القاطرجي", "الميسر"], "actor1": "a0", "actor2": "a1",
                 "evidence": ["استعادت السيطرة على حي القاطرجي"]}])
    return {"001": r1, "003": r3}


@pytest.fixture
def store(tmp_path):
    from rasd.store import Store

    s = Store(tmp_path / "rasd.db")
    yield s
    s.close()


class LiveServer:
    """A real uvicorn server for an ASGI app on 127.0.0.1 and a random free port (a thread)."""

    def __init__(self, app):
        import socket
        import threading

        import uvicorn

        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        sock.close()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        import time

        self.thread.start()
        for _ in range(200):
            if self.server.started:
                return self
            time.sleep(0.05)
        raise RuntimeError("uvicorn did not start")

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)


PG_URL = os.environ.get("RASD_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path):
    """The same tests on SQLite and, when RASD_TEST_POSTGRES_URL is set, on PostgreSQL
    (.ci/run starts a local server), each on an empty database."""
    from rasd.store import Store

    s = Store(tmp_path / "rasd.db" if request.param == "sqlite" else empty_postgres())
    yield s
    s.close()


def empty_postgres() -> str:
    """The test PostgreSQL database emptied of rasd's tables (skips when there is none)."""
    import sqlalchemy as sa

    from rasd.store import metadata

    if not PG_URL:
        pytest.skip("RASD_TEST_POSTGRES_URL not set (see .ci/run for a local PostgreSQL)")
    eng = sa.create_engine(PG_URL)
    with eng.begin() as conn:
        conn.exec_driver_sql("DROP TABLE IF EXISTS watch_seen")
    metadata.drop_all(eng)
    eng.dispose()
    return PG_URL
