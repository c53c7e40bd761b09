"""Milliseconds per article spent in each pipeline stage, over the seed articles.

    .venv/bin/python benchmarks/bench_stages.py [--repeat 20]

The seeds average ~5 KB of UTF-8 (2,900 characters). The throughput target of 500 articles/s on
one core leaves 2 ms per article for the whole pipeline.
"""
import argparse
import datetime as dt
import json
import time
from pathlib import Path

import rasd
from rasd.document import Document
from rasd.pipeline import STAGES

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds.jsonl"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()
    rows = [json.loads(x) for x in SEEDS.read_text(encoding="utf-8").splitlines() if x.strip()]
    rasd.extract(rows[0]["text"])  # load lexicons and automata once
    tot = {n: 0.0 for n, _ in STAGES}
    for _ in range(a.repeat):
        for r in rows:
            doc = Document(text=r["text"], published=dt.date.fromisoformat(r["published"]))
            doc.options["gazetteers"] = ()
            for name, stage in STAGES:
                t0 = time.perf_counter()
                stage(doc)
                tot[name] += time.perf_counter() - t0
    k = a.repeat * len(rows)
    for name, v in tot.items():
        print(f"{name:15s} {v / k * 1000:7.3f} ms")
    total = sum(tot.values()) / k
    print(f"{'total':15s} {total * 1000:7.3f} ms  ({1 / total:.0f} articles/s)")


if __name__ == "__main__":
    main()
