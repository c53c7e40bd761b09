"""Throughput, memory, parallel speed-up and length scaling of rasd's extraction.

    .venv/bin/python benchmarks/bench_throughput.py [--n 3000] [--skip-dask] [--skip-memory]

Prints, on a corpus generated from the seeds' real sentences (benchmarks/corpus.py):
1. single-process throughput (articles/s, MB/s) of full extraction, and of the floor: decoding,
   normalisation and splitting into words only, the least any extractor must do; and the ratio;
2. peak memory (max RSS) of `rasd batch` over 10,000 articles, and over 2,500, to show it does not
   grow with corpus size when streaming;
3. `rasd batch --engine dask` with 1 and 2 workers on the same corpus, and the speed-up;
4. the cost per KB as articles grow from 1 KB to 1 MB (linear: the per-KB cost stays flat).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles, seed_sentences  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


def floor(texts: list[bytes]) -> float:
    from rasd.normalize import normalize_with_offsets

    word = re.compile(r"\w+")
    t0 = time.perf_counter()
    for b in texts:
        n = normalize_with_offsets(b.decode("utf-8"))
        word.findall(n.text)
    return time.perf_counter() - t0


def full(texts: list[bytes]) -> float:
    from rasd.output import to_dict
    from rasd.pipeline import extract

    t0 = time.perf_counter()
    for b in texts:
        to_dict(extract(b.decode("utf-8"), published="2016-11-01"))
    return time.perf_counter() - t0


def full_jsonl(texts: list[bytes]) -> float:
    from rasd.output import json_line, to_dict
    from rasd.pipeline import extract

    t0 = time.perf_counter()
    for b in texts:
        json_line(to_dict(extract(b.decode("utf-8"), published="2016-11-01")))
    return time.perf_counter() - t0


def throughput(n: int) -> None:
    import rasd

    rasd.extract("تمهيد: قصفت قوات النظام مدينة حلب وقتل 3 مدنيين في حي الفردوس يوم الجمعة.")  # load lexicons once
    texts = [a["text"].encode("utf-8") for a in articles(n, 5)]
    mb = sum(map(len, texts)) / 1e6
    tf = floor(texts)
    tx = full(texts)
    tj = full_jsonl(texts)
    print(f"1. single process, {n} articles of ~5 KB ({mb:.1f} MB)")
    print(f"   floor (decode+normalise+words): {n / tf:8.0f} articles/s {mb / tf:6.1f} MB/s")
    print(f"   full extraction:                {n / tx:8.0f} articles/s {mb / tx:6.1f} MB/s")
    print(f"   full extraction + JSONL line:   {n / tj:8.0f} articles/s {mb / tj:6.1f} MB/s")
    print(f"   full / floor: {tf / tx:.3f} of the floor's speed ({tx / tf:.0f}x its cost)")


def peak_memory(n: int, tmp: Path) -> float:
    corpus = tmp / f"mem{n}.jsonl"
    with open(corpus, "w", encoding="utf-8") as fh:
        for a in articles(n, 5):
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    code = ("import resource,sys; from rasd.batch import run_batch; "
            f"r=run_batch([{str(corpus)!r}], {str(tmp / ('out' + str(n)))!r}, workers=1); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024)")
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def dask_speedup(n: int, tmp: Path) -> None:
    corpus = tmp / "dask.jsonl"
    with open(corpus, "w", encoding="utf-8") as fh:
        for a in articles(n, 5):
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    from rasd.batch import run_batch

    times = {}
    for w in (1, 2):
        r = run_batch([str(corpus)], tmp / f"dask{w}", engine="dask", workers=w, partition_size=250)
        times[w] = r.seconds
        print(f"   dask, {w} worker(s): {r.articles / r.seconds:7.0f} articles/s ({r.seconds:.1f} s)")
    same = (tmp / "dask1" / "extract.jsonl").read_bytes() == (tmp / "dask2" / "extract.jsonl").read_bytes()
    print(f"   speed-up 2 vs 1: {times[1] / times[2]:.2f}x; outputs identical: {same}")


def scaling() -> None:
    from rasd.pipeline import extract

    pool = seed_sentences()
    print("4. cost per KB by article length")
    for kb in (1, 10, 100, 1000):
        text = next(articles(1, kb, seed=kb, sentences=pool))["text"]
        reps = max(1, 200 // kb)
        t0 = time.perf_counter()
        for _ in range(reps):
            extract(text, published="2016-11-01")
        dt = (time.perf_counter() - t0) / reps
        print(f"   {kb:5d} KB: {dt * 1000:9.1f} ms  {dt * 1000 / (len(text.encode()) / 1024):6.3f} ms/KB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--skip-memory", action="store_true")
    a = ap.parse_args()
    throughput(a.n)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if not a.skip_memory:
            print("2. peak memory of `rasd batch` (one worker, streaming)")
            for n in (2500, 10000):
                print(f"   {n:6d} articles: {peak_memory(n, tmp):6.0f} MB max RSS")
        if not a.skip_dask:
            print(f"3. dask LocalCluster on {a.n} articles ({os.cpu_count()} cores)")
            dask_speedup(a.n, tmp)
    scaling()


if __name__ == "__main__":
    main()
