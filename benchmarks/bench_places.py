"""Place detection speed: gazetteer load time and ms per article over the seed corpus.

usage: python benchmarks/bench_places.py [--repeat N] [--gazetteer FILE]...
Reads ../shared/corpus/seeds.jsonl (the shared seeds); prints plain figures.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd import gazetteer as G
from rasd.pipeline import extract
from rasd.places import detect, matcher_for

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=100)
    ap.add_argument("--gazetteer", action="append", default=[])
    ap.add_argument("--seeds", default=str(SEEDS))
    args = ap.parse_args()

    t0 = time.perf_counter()
    gaz = G.build_gazetteer(args.gazetteer)
    t1 = time.perf_counter()
    matcher_for(gaz)
    t2 = time.perf_counter()
    print(f"gazetteer load: {1000 * (t1 - t0):.0f} ms ({len(gaz)} places, {len(gaz.by_alias)} names)")
    print(f"matcher build:  {1000 * (t2 - t1):.0f} ms")

    rows = [json.loads(line) for line in open(args.seeds, encoding="utf-8") if line.strip()]
    docs = [extract(r["text"], doc_id=r.get("id", "-"), published=r.get("published"),
                    gazetteers=args.gazetteer, until="normalize") for r in rows]
    chars = sum(len(d.text) for d in docs)
    t3 = time.perf_counter()
    n = 0
    for _ in range(args.repeat):
        for d in docs:
            detect(d, gaz)
            n += 1
    t4 = time.perf_counter()
    ms = 1000 * (t4 - t3) / n
    per5k = ms * 5000 / (chars / len(docs))
    print(f"place detection: {ms:.3f} ms per article ({n} runs, mean {chars // len(docs)} chars), "
          f"{per5k:.3f} ms per 5 KB")


if __name__ == "__main__":
    main()
