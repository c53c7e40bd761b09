"""The event store (rasd.store): idempotent ingest, versions, linking across articles, reviews,
merge/split, exports, tokens — on SQLite, and on PostgreSQL when RASD_TEST_POSTGRES_URL is set."""
from __future__ import annotations

import copy
import csv
import io
import json

import pytest

from rasd.store import Store, StoreError, export_csv, export_geojson, export_jsonl



def _ingest(store, art, result, **kw):
    return store.ingest(art["text"], result, url=art.get("url"), **kw)


def test_sqlite_store_runs_in_wal_mode(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_ingest_twice_stores_once_and_links_maysar(any_store, seed_articles, maysar_results):
    a1, a3 = seed_articles["001"], seed_articles["003"]
    o1 = _ingest(any_store, a1, maysar_results["001"])
    o3 = _ingest(any_store, a3, maysar_results["003"])
    assert (o1.status, o3.status) == ("new", "new")
    again = _ingest(any_store, a1, maysar_results["001"])
    assert again.status == "duplicate" and again.article_id == o1.article_id
    assert any_store.stats() == {"articles": 2, "reports": 2, "events": 1, "reviews": 0}
    (ev,) = any_store.events()
    assert o1.event_ids == o3.event_ids == [ev["id"]]
    full = any_store.event(ev["id"])
    assert {r["doc_id"] for r in full["reports"]} == {a1["id"], a3["id"]}
    assert full["place"]["name_ar"] == "الميسر"
    assert full["n_reports"] == 2 and full["n_articles"] == 2
    # each report's evidence sentence is the article's own text, the evidence marked inside it
    for rep in full["reports"]:
        text = a1["text"] if rep["doc_id"] == a1["id"] else a3["text"]
        s = rep["sentences"][0]
        assert text[s["start"]:s["end"]] == s["text"]
        assert "الميسر" in s["text"]
        m = [m for m in s["marks"] if m["kind"] == "evidence"][0]
        assert s["text"][m["start"]:m["end"]] == rep["evidence"][0]["text"]
    assert [d["aspect"] for d in full["disagreements"]] == ["extent"]


def test_changed_article_at_same_url_is_a_new_version(any_store, seed_articles, maysar_results):
    a1 = dict(seed_articles["001"], url="https://example.org/aleppo-1")
    first = _ingest(any_store, a1, maysar_results["001"])
    edited = dict(a1, text=a1["text"] + "\nتحديث: تواصل الاشتباكات.")
    second = _ingest(any_store, edited, copy.deepcopy(maysar_results["001"]))
    assert (second.status, second.version) == ("new_version", 2)
    assert _ingest(any_store, edited, maysar_results["001"]).status == "duplicate"
    arts = any_store.articles()
    assert [(a["version"], a["superseded_by"]) for a in arts] == [(2, None), (1, second.article_id)]
    # the old version's report left its event: one event, one active report
    assert any_store.stats()["reports"] == 1
    (ev,) = any_store.events()
    assert [r["article_id"] for r in any_store.event(ev["id"])["reports"]] == [second.article_id]
    assert first.article_id != second.article_id


def test_review_edit_is_kept_and_exports_use_it(any_store, seed_articles, maysar_results):
    for k in ("001", "003"):
        _ingest(any_store, seed_articles[k], maysar_results[k])
    (ev,) = any_store.events()
    out = any_store.review(ev["id"], "fatalities", 9, who="layla")
    assert out["fatalities"] == {"best": 9, "low": 9, "high": 9}
    any_store.review(ev["id"], "sub_event_type", "Armed clash", who="layla", note="not a full takeover")
    any_store.review(ev["id"], "place", {"name_ar": "الميسر", "lat": 36.19, "lon": 37.18}, who="omar")
    full = any_store.event(ev["id"])
    assert [(r["field"], r["who"]) for r in full["reviews"]] == [
        ("fatalities", "layla"), ("sub_event_type", "layla"), ("place", "omar")]
    assert full["reviews"][0]["old"] is None and full["reviews"][0]["new"] == 9
    assert full["reviews"][1]["old"] == "Non-state actor overtakes territory"
    assert all(r["at"] for r in full["reviews"])
    assert full["reviewed"] is True and full["auto"]["sub_event_type"] == "Non-state actor overtakes territory"
    rows = list(csv.DictReader(io.StringIO(export_csv([full]))))
    assert len(rows) == 1
    row = rows[0]
    assert row["fatalities"] == "9" and row["sub_event_type"] == "Armed clash"
    assert (row["latitude"], row["longitude"]) == ("36.19", "37.18")
    assert row["reviewed"] == "True" and row["n_reports"] == "2"
    gj = json.loads(export_geojson([full]))
    assert gj["features"][0]["geometry"]["coordinates"] == [37.18, 36.19]
    assert gj["features"][0]["properties"]["fatalities"] == 9
    line = json.loads(next(iter(export_jsonl([full]))))
    assert line["fatalities"]["best"] == 9 and len(line["reports"]) == 2
    # filters see reviewed values
    assert any_store.events({"type": "Armed clash"}) and not any_store.events({"type": "Government regains territory"})
    # review values are checked
    with pytest.raises(StoreError):
        any_store.review(ev["id"], "fatalities", "many", who="x")
    with pytest.raises(StoreError):
        any_store.review(ev["id"], "colour", "red", who="x")
    with pytest.raises(KeyError):
        any_store.review(9999, "fatalities", 1, who="x")


def test_split_then_merge(any_store, seed_articles, maysar_results):
    for k in ("001", "003"):
        _ingest(any_store, seed_articles[k], maysar_results[k])
    (ev,) = any_store.events()
    reps = [r["id"] for r in any_store.event(ev["id"])["reports"]]
    new = any_store.split(ev["id"], [reps[1]], who="layla")
    assert new["id"] != ev["id"] and [r["id"] for r in new["reports"]] == [reps[1]]
    assert len(any_store.events()) == 2
    assert [r["id"] for r in any_store.event(ev["id"])["reports"]] == [reps[0]]
    with pytest.raises(StoreError):
        any_store.split(ev["id"], [reps[0]], who="layla")      # would empty the event
    merged = any_store.merge(ev["id"], [new["id"]], who="omar")
    assert sorted(r["id"] for r in merged["reports"]) == sorted(reps)
    assert len(any_store.events()) == 1
    fields = [r["field"] for r in any_store.event(ev["id"])["reviews"]]
    assert fields == ["split", "merge"]


def test_filters(any_store, seed_articles, maysar_results):
    for k in ("001", "003"):
        _ingest(any_store, seed_articles[k], maysar_results[k])
    n = lambda **f: len(any_store.events(f))  # noqa: E731
    assert n() == 1
    assert n(date_from="2016-12-05", date_to="2016-12-05") == 1
    assert n(date_from="2016-12-06") == 0
    assert n(bbox="37.0,36.0,37.3,36.3") == 1 and n(bbox="36.0,35.0,36.5,35.5") == 0
    assert n(place="حي الميسّر") == 1 and n(place="نبل") == 0
    assert n(actor="جيش حلب") == 1 and n(actor="داعش") == 0
    assert n(side="opposition") == 1 and n(side="isis") == 0
    assert n(type="Battles") == 1 and n(type="Protests") == 0
    assert n(disputed=False) == 1 and n(disputed=True) == 0


def test_tokens_are_stored_hashed(any_store):
    tok = any_store.create_token("layla")
    assert any_store.check_token(tok) == "layla"
    assert any_store.check_token(tok + "x") is None
    with any_store.engine.connect() as conn:
        dump = json.dumps([list(r) for r in conn.exec_driver_sql("SELECT * FROM tokens")])
    assert tok not in dump


def test_ingest_rejects_empty_text(store):
    with pytest.raises(StoreError):
        store.ingest("   ", {})


# ------------------------------------------------------------- real extraction of the seeds

def test_real_extraction_of_the_seeds_links_maysar_from_two_articles(tmp_path):
    """`rasd ingest` on the five seeds, twice: stored once; الميسر is one event from 001 and 003."""
    from conftest import OCHA_LAYER, SEEDS_JSONL
    from rasd.cli import main

    if not SEEDS_JSONL.is_file():
        pytest.skip("seed corpus not found")
    db = str(tmp_path / "seeds.db")
    assert main(["ingest", str(SEEDS_JSONL), "--db", db, "-q", "--gazetteer", str(OCHA_LAYER)]) == 0
    st = Store(db)
    first = st.stats()
    assert first["articles"] == 5
    assert main(["ingest", str(SEEDS_JSONL), "--db", db, "-q", "--gazetteer", str(OCHA_LAYER)]) == 0
    assert st.stats() == first
    maysar = [e for e in st.events({"place": "الميسر"}) if e["event_type"] == "Battles"]
    linked = [e for e in maysar if e["n_articles"] == 2]
    assert len(linked) == 1, [(e["id"], e["place"], e["n_articles"]) for e in maysar]
    full = st.event(linked[0]["id"])
    assert {r["doc_id"][:3] for r in full["reports"]} == {"001", "003"}
    assert full["date"] == "2016-12-05"
    st.close()


def test_export_fetches_events_in_chunks_exactly_as_one_by_one(any_store, seed_articles):
    import rasd

    for art in seed_articles.values():
        _ingest(any_store, art, rasd.extract(art["text"], published=art.get("published")))
    listed = any_store.events(limit=1000)
    assert len(listed) > 4
    any_store.review(listed[1]["id"], "fatalities", 4, who="layla")
    one_by_one = [any_store.event(e["id"]) for e in listed]
    any_store.EXPORT_CHUNK = 3          # several chunks, the last one short
    chunked = any_store.events_full()
    assert chunked == one_by_one
    assert [r["field"] for r in chunked[1]["reviews"]] == ["fatalities"]
    assert sum(len(e["reports"]) for e in chunked) == any_store.stats()["reports"]
    # a filter applies to the streamed export as to the list
    kind = listed[0]["event_type"]
    assert [e["id"] for e in any_store.iter_events_full({"type": kind})] == \
        [e["id"] for e in any_store.events({"type": kind}, limit=1000)]
