"""The HTTP API (rasd.api): FastAPI's TestClient, and one real uvicorn server on 127.0.0.1."""
from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.request

import pytest
from fastapi.testclient import TestClient

from conftest import LiveServer
from rasd.api import create_app
from rasd.auth import AuthConfig

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SNIPPET = ("غارات على حلب\n\nقتل خمسة مدنيين، أمس الأحد، جراء غارات جوية شنها الطيران الحربي على حي المرجة "
           "في مدينة حلب، بحسب ما أفاد الدفاع المدني.")


@pytest.fixture
def maysar_store(store, seed_articles, maysar_results):
    for k in ("001", "003"):
        store.ingest(seed_articles[k]["text"], maysar_results[k])
    return store


@pytest.fixture
def client(maysar_store):
    return TestClient(create_app(maysar_store, config=AuthConfig(api_token=TOKEN)))


def test_events_list_and_filters(client):
    r = client.get("/api/events")
    assert r.status_code == 200 and r.headers["x-total-count"] == "1"
    (ev,) = r.json()
    assert ev["place"]["name_ar"] == "الميسر" and ev["n_reports"] == 2
    q = lambda **p: client.get("/api/events", params=p).json()  # noqa: E731
    assert len(q(bbox="37.1,36.1,37.3,36.3")) == 1 and q(bbox="44,33,45,34") == []
    assert len(q(place="الميسر", side="opposition", type="Battles")) == 1
    assert q(type="Protests") == [] and q(disputed="true") == []
    assert len(q(date_from="2016-12-05", date_to="2016-12-05")) == 1
    assert q(date_from="2016-12-06") == []


def test_bad_input_gives_json_errors(client):
    r = client.get("/api/events", params={"date_from": "5/12/2016"})
    assert r.status_code == 400 and "date_from" in r.json()["error"]
    r = client.get("/api/events", params={"bbox": "1,2,3"})
    assert r.status_code == 400 and "bbox" in r.json()["error"]
    assert client.get("/api/events/999").json() == {"error": "no event 999"}
    assert client.get("/api/nothing-here").status_code == 404
    assert client.get("/api/nothing-here").json() == {"error": "not found"}
    r = client.post("/api/events/1/review", json={"field": "fatalities", "value": "many"}, headers=AUTH)
    assert r.status_code == 400 and "whole number" in r.json()["error"]
    r = client.post("/api/articles", json={"title": "no text"}, headers=AUTH)
    assert r.status_code == 422 and "text" in r.json()["error"]


def test_event_page_has_reports_evidence_sentences_disagreements(client, seed_articles):
    ev = client.get("/api/events/1").json()
    assert {r["doc_id"][:3] for r in ev["reports"]} == {"001", "003"}
    texts = {seed_articles[k]["id"]: seed_articles[k]["text"] for k in ("001", "003")}
    for rep in ev["reports"]:
        for s in rep["sentences"]:
            assert texts[rep["doc_id"]][s["start"]:s["end"]] == s["text"]
    assert ev["disagreements"][0]["kind"] == "outcome"
    assert ev["reviews"] == []


def test_writes_need_a_token(client, maysar_store):
    body = {"text": SNIPPET, "published": "2016-12-05"}
    assert client.post("/api/articles", json=body).status_code == 401
    r = client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.json() == {"error": "invalid API token"}
    assert client.post("/api/events/1/review", json={"field": "fatalities", "value": 3}).status_code == 401
    assert client.post("/api/events/1/merge", json={"others": [2]}).status_code == 401
    assert maysar_store.stats()["articles"] == 2 and maysar_store.stats()["reviews"] == 0


def test_post_article_with_a_stored_token_extracts_and_stores_it_once(client, maysar_store):
    tok = maysar_store.create_token("script")
    h = {"Authorization": f"Bearer {tok}"}
    row = {"id": "snippet-1", "text": SNIPPET, "published": "2016-12-05", "url": "https://example.org/a"}
    r = client.post("/api/articles", json=row, headers=h)
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["status"] == "new" and out["version"] == 1
    again = client.post("/api/articles", json=row, headers=h)
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    arts = client.get("/api/articles").json()
    assert arts[0]["doc_id"] == "snippet-1" and arts[0]["url"] == "https://example.org/a"
    assert client.get(f"/api/articles/{out['article_id']}").json()["text"] == SNIPPET
    r = client.post("/api/articles", json={"text": "no arabic here at all, just english words"}, headers=h)
    assert r.status_code == 422 and "Arabic" in r.json()["error"]


def test_review_merge_split_and_exports(client):
    r = client.post("/api/events/1/review", headers=AUTH,
                    json={"edits": {"fatalities": 17, "event_type": "Battles", "sub_event_type": "Armed clash"},
                          "who": "layla", "note": "checked against SOHR"})
    assert r.status_code == 200, r.text
    ev = r.json()
    assert ev["fatalities"]["best"] == 17 and ev["sub_event_type"] == "Armed clash"
    assert {rv["who"] for rv in ev["reviews"]} == {"layla [api-token]"}
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export.csv").text)))
    assert [(x["event_id_cnty"], x["fatalities"], x["sub_event_type"], x["location"]) for x in rows] == [
        ("RASD1", "17", "Armed clash", "الميسر")]
    assert client.get("/api/export.csv", params={"type": "Protests"}).text.count("\n") == 1   # header only
    gj = client.get("/api/export.geojson").json()
    assert gj["features"][0]["properties"]["fatalities"] == 17
    lines = client.get("/api/export.jsonl").text.splitlines()
    assert json.loads(lines[0])["fatalities"]["best"] == 17
    reps = [x["id"] for x in ev["reports"]]
    r = client.post("/api/events/1/split", headers=AUTH, json={"report_ids": [reps[1]]})
    assert r.status_code == 201
    new_id = r.json()["id"]
    assert len(client.get("/api/events").json()) == 2
    r = client.post("/api/events/1/merge", headers=AUTH, json={"others": [new_id]})
    assert r.status_code == 200 and len(r.json()["reports"]) == 2
    assert len(client.get("/api/events").json()) == 1


def test_read_token_required_when_configured(maysar_store):
    c = TestClient(create_app(maysar_store, config=AuthConfig(api_token=TOKEN, read_token_required=True)))
    assert c.get("/api/events").status_code == 401
    assert c.get("/api/events", headers=AUTH).status_code == 200
    assert c.get("/api/export.csv").status_code == 401


def test_body_size_and_rate_limits(maysar_store):
    c = TestClient(create_app(maysar_store, config=AuthConfig(api_token=TOKEN, max_body=1000, rate_limit=5)))
    r = c.post("/api/articles", content=json.dumps({"text": "ا" * 5000}), headers=AUTH | {"Content-Type": "application/json"})
    assert r.status_code == 413 and "larger than 1000" in r.json()["error"]
    codes = [c.get("/api/events").status_code for _ in range(6)]
    assert codes[:4] == [200] * 4 and codes[-1] == 429
    assert "rate limit" in c.get("/api/events").json()["error"]


def test_openapi_and_dashboard(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/export.csv",
                 "/api/export.geojson", "/api/export.jsonl", "/api/events/{event_id}/review"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/articles"]
    page = client.get("/")
    assert page.status_code == 200 and "leaflet.js" in page.text and "cdn" not in page.text.lower()
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    assert client.get("/static/vendor/borders/countries_mena.geojson").json()["type"] == "FeatureCollection"


def test_real_uvicorn_server_rejects_anonymous_writes_and_exports_edits(maysar_store):
    app = create_app(maysar_store, config=AuthConfig(api_token=TOKEN))

    def call(url, method="GET", body=None, headers=None):
        req = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(req, timeout=20) as resp:
                return resp.status, resp.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8")

    with LiveServer(app) as srv:
        status, body = call(srv.url + "/api/articles", "POST", {"text": SNIPPET})
        assert status == 401 and json.loads(body)["error"].startswith("this write needs an API token")
        status, body = call(srv.url + "/api/events/1/review", "POST", {"field": "fatalities", "value": 23})
        assert status == 401
        status, _ = call(srv.url + "/api/events/1/review", "POST", {"field": "fatalities", "value": 23}, AUTH)
        assert status == 200
        status, body = call(srv.url + "/api/export.csv")
        assert status == 200
        (row,) = list(csv.DictReader(io.StringIO(body)))
        assert row["fatalities"] == "23" and row["location"] == "الميسر"
