"""The API under attack, on a real uvicorn server on 127.0.0.1: writes need a valid token, tokens
are stored hashed, bodies and request rates are capped, no route reads a file outside the store,
no filter runs SQL of the caller's making, and article text never reaches the page as markup."""
from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import sqlalchemy as sa

from conftest import LiveServer, hand_result
from rasd.api import create_app
from rasd.auth import AuthConfig
from rasd.store import Store, metadata, tokens

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "env-token-for-tests-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
XSS = ("خبر عاجل\n\nقال ناشطون إن <script>window.__pwned = 1</script><img src=x onerror=alert(1)> قوات "
       "النظام قصفت بلدة عندان بالمدفعية الثقيلة صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين.")
SNIPPET = ("غارات على حلب\n\nقتل خمسة مدنيين، أمس الأحد، جراء غارات جوية شنها الطيران الحربي على حي "
           "المرجة في مدينة حلب، بحسب ما أفاد الدفاع المدني.")
INJECTIONS = ["' OR '1'='1", "'; DROP TABLE events; --", "\" OR 1=1 --", "1) OR (1=1",
              "%", "_", "\\", "%' UNION SELECT token_hash FROM tokens --", "حلب' OR 'x'='x",
              "\x00", "../../etc/passwd"]


@pytest.fixture
def seeded(store, seed_articles, maysar_results):
    return _seed(store, seed_articles, maysar_results)


@pytest.fixture
def seeded_any(any_store, seed_articles, maysar_results):
    return _seed(any_store, seed_articles, maysar_results)


def _seed(store, seed_articles, maysar_results):
    for k in ("001", "003"):
        store.ingest(seed_articles[k]["text"], maysar_results[k])
    xss = {"id": "xss-1", "text": XSS, "published": "2016-12-06"}
    res = hand_result(xss, outlet="smart_news", places=[("عندان", 36.2936, 37.0444, "town")],
                      actors=[("a0", "قوات النظام", "government")],
                      events=[{"event_type": "Explosions/Remote violence",
                               "sub_event_type": "Shelling/artillery/missile attack",
                               "date": "2016-12-06", "places": ["عندان"], "actor1": "a0",
                               "fatalities": 3, "evidence": ["قصفت بلدة عندان"]}])
    store.ingest(XSS, res)
    return store


@pytest.fixture
def live(seeded):
    with LiveServer(create_app(seeded, config=AuthConfig(api_token=TOKEN, rate_limit=0,
                                                         write_rate_limit=0))) as srv:
        yield srv


def raw_get(port: int, target: str) -> tuple[int, bytes]:
    """A request line sent as written: no client-side normalisation of '..' or %2f."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as c:
        c.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := c.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def write_calls(event_id: int, report_id: int):
    return [("/api/articles", {"text": SNIPPET, "id": "w1"}),
            (f"/api/events/{event_id}/review", {"field": "fatalities", "value": 99}),
            (f"/api/events/{event_id}/merge", {"others": [event_id + 1]}),
            (f"/api/events/{event_id}/split", {"report_ids": [report_id]})]


def test_every_write_refuses_a_missing_or_wrong_token(live, seeded):
    ev = seeded.events()[0]
    rid = seeded.event(ev["id"])["reports"][0]["id"]
    before = (seeded.stats(), seeded.event(ev["id"]))
    good = seeded.create_token("someone")
    bad_headers = [{}, {"Authorization": "Bearer"}, {"Authorization": "Bearer "},
                   {"Authorization": "Bearer wrong-token"}, {"Authorization": f"Bearer {TOKEN}x"},
                   {"Authorization": f"Bearer {TOKEN[:-1]}"}, {"Authorization": f"Basic {TOKEN}"},
                   {"Authorization": TOKEN}, {"Authorization": f"Bearer {good}\x00"},
                   {"Authorization": f"Bearer {hashlib.sha256(good.encode()).hexdigest()}"},
                   {"X-Api-Token": TOKEN}]
    with httpx.Client(base_url=live.url, timeout=30) as c:
        for path, body in write_calls(ev["id"], rid):
            for h in bad_headers:
                try:
                    r = c.post(path, json=body, headers=h)
                except httpx.LocalProtocolError:        # the client itself refuses a NUL header
                    continue
                assert r.status_code == 401, (path, h, r.status_code, r.text)
                assert r.headers["www-authenticate"] == "Bearer" and "token" in r.json()["error"]
        assert (seeded.stats(), seeded.event(ev["id"])) == before       # nothing was written
        # the stored token (not its hash) and the configured one both work
        r = c.post(f"/api/events/{ev['id']}/review", json={"field": "fatalities", "value": 4},
                   headers={"Authorization": f"Bearer {good}"})
        assert r.status_code == 200 and r.json()["fatalities"]["best"] == 4
        assert c.post("/api/articles", json={"text": SNIPPET}, headers=AUTH).status_code == 201


def test_tokens_are_stored_only_as_hashes(tmp_path):
    db = tmp_path / "tok.db"
    out = subprocess.run([sys.executable, "-m", "rasd.cli", "token", "create", "--db", str(db),
                          "--name", "layla"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    tok = out.stdout.strip()
    assert tok.startswith("rasd_") and len(tok) > 40
    s = Store(db)
    try:
        with s.engine.connect() as conn:
            rows = conn.execute(sa.select(tokens)).all()
            dump = repr(conn.exec_driver_sql("SELECT * FROM tokens").fetchall())
        assert [(r.name, r.token_hash) for r in rows] == [("layla", hashlib.sha256(tok.encode()).hexdigest())]
        assert tok not in dump
        assert s.check_token(tok) == "layla" and s.check_token(rows[0].token_hash) is None
    finally:
        s.close()
    for f in tmp_path.iterdir():                   # the database file, its WAL and shared memory
        assert tok.encode() not in f.read_bytes(), f.name


def test_body_size_is_capped_with_and_without_a_length(seeded):
    app = create_app(seeded, config=AuthConfig(api_token=TOKEN, max_body=2000, rate_limit=0))
    body = json.dumps({"text": SNIPPET * 20}, ensure_ascii=False).encode()
    assert len(body) > 2000
    with LiveServer(app) as srv, httpx.Client(base_url=srv.url, timeout=30) as c:
        h = AUTH | {"Content-Type": "application/json"}
        r = c.post("/api/articles", content=body, headers=h)
        assert r.status_code == 413 and "larger than 2000 bytes" in r.json()["error"]

        def chunks():                                  # no Content-Length: chunked encoding
            for i in range(0, len(body), 300):
                yield body[i:i + 300]

        r = c.post("/api/articles", content=chunks(), headers=h)
        assert r.status_code == 413 and "larger than 2000 bytes" in r.json()["error"]
        # a small chunked body still goes through
        small = json.dumps({"text": SNIPPET}, ensure_ascii=False).encode()
        r = c.post("/api/articles", content=iter([small[:100], small[100:]]), headers=h)
        assert r.status_code == 201, r.text
    assert seeded.stats()["articles"] == 4


def test_request_rate_is_limited_per_client_and_for_writes(seeded):
    app = create_app(seeded, config=AuthConfig(api_token=TOKEN, rate_limit=20, write_rate_limit=3))
    with LiveServer(app) as srv, httpx.Client(base_url=srv.url, timeout=30) as c:
        codes = [c.post("/api/events/999999/review", json={"field": "fatalities", "value": 1},
                        headers=AUTH).status_code for _ in range(5)]
        assert codes == [404, 404, 404, 429, 429]
        r = c.get("/api/events")
        assert r.status_code == 200                    # reads have their own, larger budget
        codes = [c.get("/api/stats").status_code for _ in range(20)]
        assert codes.count(429) >= 1 and codes[0] == 200
        r = c.get("/api/events")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        assert "rate limit" in r.json()["error"]
        assert c.get("/").status_code == 200           # the page itself is not an /api route


@pytest.mark.parametrize("target", [
    "/static/../../../../etc/passwd", "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/%2e%2e%2f%2e%2e%2fapi.py",
    "/static/../api.py", "/static/..%2fapi.py", "/static/..%5c..%5capi.py", "/static//etc/passwd",
    "/static/%2fetc%2fpasswd", "/static/vendor/../../api.py", "/static/app.js%00.txt",
    "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/articles/..%2f..%2fetc%2fpasswd",
    "/api/articles/../../etc/passwd", "/api/events/..%2f..%2f..%2fetc%2fpasswd",
    "/api/events/1%2f..%2f..%2fetc%2fpasswd", "/api/articles/1;cat%20/etc/passwd",
])
def test_no_route_reads_a_file_outside_the_store(live, target):
    status, body = raw_get(live.port, target)
    assert status in (400, 404, 422), (target, status)
    assert b"root:" not in body and b"def create_app" not in body and b"import" not in body


def test_paths_in_query_parameters_are_only_values(live):
    with httpx.Client(base_url=live.url, timeout=30) as c:
        for param in ("place", "actor", "side", "type"):
            r = c.get("/api/events", params={param: "../../../../etc/passwd"})
            assert r.status_code == 200 and r.json() == []
        r = c.get("/api/articles", params={"outlet": "/etc/passwd"})
        assert r.status_code == 200 and r.json() == []


def test_filters_treat_injection_strings_as_values(seeded_any):
    seeded = seeded_any
    app = create_app(seeded, config=AuthConfig(api_token=TOKEN, rate_limit=0, write_rate_limit=0))
    with LiveServer(app) as live:
        _injections(live, seeded)


def _injections(live, seeded):
    with seeded.engine.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names())
    before = (seeded.stats(), [e["id"] for e in seeded.events()])
    assert before[0]["events"] == 2
    with httpx.Client(base_url=live.url, timeout=30) as c:
        for s in INJECTIONS:
            for param in ("place", "actor", "side", "type"):
                for route in ("/api/events", "/api/export.csv", "/api/export.jsonl"):
                    r = c.get(route, params={param: s})
                    assert r.status_code == 200, (route, param, s, r.text)
                    if route == "/api/events" and s != "\x00":     # NUL alone: no filter
                        assert r.json() == [] and r.headers["x-total-count"] == "0", (param, s)
            r = c.get("/api/articles", params={"outlet": s})
            assert r.status_code == 200 and (r.json() == [] or s == "\x00")
            for param in ("date_from", "date_to", "bbox"):
                assert c.get("/api/events", params={param: s}).status_code == 400, (param, s)
            for param in ("min_fatalities", "disputed", "limit", "offset"):
                assert c.get("/api/events", params={param: s}).status_code == 422, (param, s)
            assert c.get(f"/api/events/{quote(s, safe='')}").status_code in (404, 422)
        # LIKE wildcards are escaped: '%' and '_' match nothing, a real name still matches
        assert c.get("/api/events", params={"place": "الميسر"}).json()
        assert c.get("/api/events", params={"place": "الم%"}).json() == []
        assert c.get("/api/events", params={"place": "الم_سر"}).json() == []
        # a review value full of SQL is stored as text, verbatim
        ev = before[1][0]
        note = "'); DROP TABLE reviews; --"
        r = c.post(f"/api/events/{ev}/review", headers=AUTH,
                   json={"field": "event_type", "value": "Battles'; DELETE FROM events; --",
                         "note": note, "who": "x' OR 1=1 --"})
        assert r.status_code == 200
        assert r.json()["event_type"] == "Battles'; DELETE FROM events; --"
        assert r.json()["reviews"][-1]["note"] == note
    with seeded.engine.connect() as conn:
        assert set(sa.inspect(conn).get_table_names()) == tables >= set(metadata.tables)
        if seeded.is_sqlite:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    after = seeded.stats()
    assert after["articles"] == before[0]["articles"] and after["events"] == before[0]["events"]
    assert [e["id"] for e in seeded.events()] == before[1]


def test_the_page_never_inlines_article_text(live, seeded):
    with httpx.Client(base_url=live.url, timeout=30) as c:
        page = c.get("/")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert "<script>window.__pwned" not in page.text and "عندان" not in page.text
        csp = page.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert page.headers["x-content-type-options"] == "nosniff"
        js = c.get("/static/app.js").text
        assert "innerHTML" not in js.replace("never innerHTML", "") and "insertAdjacentHTML" not in js
        # article text travels only as JSON data, never as a page
        ev = next(e for e in seeded.events() if e["place"]["name_ar"] == "عندان")
        for path in (f"/api/events/{ev['id']}", "/api/articles?limit=10"):
            r = c.get(path)
            assert r.headers["content-type"] == "application/json"
            assert r.headers["x-content-type-options"] == "nosniff"
        art = next(a for a in c.get("/api/articles").json() if a["title"] == "خبر عاجل")
        r = c.get(f"/api/articles/{art['id']}")
        assert r.json()["text"] == XSS                       # kept verbatim, as data
        assert "<script>" in r.json()["text"] and r.headers["content-type"] == "application/json"
        sentence = " ".join(s["text"] for rep in c.get(f"/api/events/{ev['id']}").json()["reports"]
                            for s in rep["sentences"])
        assert "<script>window.__pwned = 1</script>" in sentence
