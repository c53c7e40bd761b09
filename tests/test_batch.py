"""``rasd batch``: the same results whatever the engine and partitioning; bad rows reported."""
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rasd.batch import run_batch
from rasd.cli import main

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "corpus" / "seeds.jsonl"
pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/corpus not present")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The five seeds twice over (new ids), a row of English, a broken row and an empty one."""
    d = tmp_path_factory.mktemp("batch")
    rows = [json.loads(x) for x in SEEDS.read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines += [json.dumps({**r, "id": r["id"] + "-b"}, ensure_ascii=False) for r in rows]
    lines.insert(3, json.dumps({"id": "english", "text": "An English report about the weather, not Arabic at all."}))
    lines.insert(6, '{"id": "broken", "text": "قصف')
    lines.insert(8, json.dumps({"id": "empty", "text": "  "}))
    p = d / "in.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_local_and_dask_give_the_same_output_whatever_the_partitioning(corpus, tmp_path):
    a = run_batch([str(corpus)], tmp_path / "a", engine="local", workers=1, partition_size=100)
    b = run_batch([str(corpus)], tmp_path / "b", engine="local", workers=2, partition_size=2)
    c = run_batch([str(corpus)], tmp_path / "c", engine="dask", workers=2, partition_size=3)
    assert a.articles == b.articles == c.articles == 10
    assert a.problems == b.problems == c.problems == 3
    ref = (tmp_path / "a" / "extract.jsonl").read_bytes()
    assert (tmp_path / "b" / "extract.jsonl").read_bytes() == ref
    assert (tmp_path / "c" / "extract.jsonl").read_bytes() == ref
    ids = [json.loads(x)["doc_id"] for x in ref.decode().splitlines()]
    assert ids[:3] == ["000_6512b51de5db121d", "001_6cca769c3933d528", "002_bad84862245e6541"]
    for t in ("articles", "mentions", "casualties", "events"):
        ta = pq.read_table(tmp_path / "a" / t).to_pylist()
        tc = pq.read_table(tmp_path / "c" / t).to_pylist()
        assert ta == tc, t
    probs = [json.loads(x) for x in (tmp_path / "c" / "problems.jsonl").read_text().splitlines()]
    assert [p["source"].rsplit(":", 1)[-1] for p in probs] == ["row 4", "row 7", "row 9"]
    assert "Arabic" in probs[0]["message"]
    assert all(p["message"].startswith(str(corpus)) and p["message"].count(str(corpus)) == 1 for p in probs)


def test_parquet_tables_hold_events_with_coordinates(corpus, tmp_path):
    run_batch([str(corpus)], tmp_path / "o", workers=1)
    events = pq.read_table(tmp_path / "o" / "events").to_pylist()
    assert events and all(e["event_type"] for e in events)
    assert any(e["lat"] is not None for e in events)
    mentions = pq.read_table(tmp_path / "o" / "mentions").to_pylist()
    rows = {r["id"]: r for r in map(json.loads, SEEDS.read_text(encoding="utf-8").splitlines())}
    for m in mentions[:200]:
        if m["doc_id"] in rows:
            assert rows[m["doc_id"]]["text"][m["start"]:m["end"]] == m["text"]


def test_parquet_input_and_cli(corpus, tmp_path, capsys):
    import pyarrow as pa

    rows = [json.loads(x) for x in SEEDS.read_text(encoding="utf-8").splitlines() if x.strip()]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "seeds.parquet")
    code = main(["batch", str(tmp_path / "seeds.parquet"), "--out", str(tmp_path / "p"), "--workers", "1", "-q"])
    assert code == 0
    out = [json.loads(x) for x in (tmp_path / "p" / "extract.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [o["doc_id"] for o in out] == [r["id"] for r in rows]
    assert "5 articles" in capsys.readouterr().err


def test_batch_loads_the_store(corpus, tmp_path):
    from rasd.store import Store

    db = str(tmp_path / "b.db")
    assert main(["batch", str(corpus), "--out", str(tmp_path / "o"), "--workers", "1", "--db", db, "-q"]) == 0
    st = Store(db)
    assert st.stats()["articles"] == 5  # the copies under new ids have the same text: stored once
    st.close()


def test_a_partition_comes_back_serialised_from_its_worker(tmp_path):
    """The worker builds the JSONL text and each table's Parquet bytes; the client only writes them."""
    import io

    from rasd.batch import extract_partition
    from rasd.output import json_line

    rows = [json.loads(x) for x in SEEDS.read_text(encoding="utf-8").splitlines() if x.strip()][:2]
    recs = [{"text": r["text"], "doc_id": r["id"], "source": f"s:{i}", "published": r.get("published")}
            for i, r in enumerate(rows)] + [{"problem": "s:3: row has no text", "source": "s:3"}]
    out = extract_partition(recs)
    lines = out["jsonl"].splitlines()
    assert [json.loads(x)["doc_id"] for x in lines] == [r["id"] for r in rows]
    assert out["articles"] == 2 and out["results"] == []
    assert out["events"] == sum(len(json.loads(x)["events"]) for x in lines) > 0
    assert out["problems"] == [{"source": "s:3", "message": "s:3: row has no text"}]
    arts = pq.read_table(io.BytesIO(out["parquet"]["articles"])).to_pylist()
    assert [a["doc_id"] for a in arts] == [r["id"] for r in rows]
    assert pq.read_table(io.BytesIO(out["parquet"]["events"])).num_rows == out["events"]
    kept = extract_partition(recs, (), True)["results"]
    assert "".join(json_line(res) for _, res in kept) == out["jsonl"]
