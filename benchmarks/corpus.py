"""A generated benchmark corpus: real sentences of the seed articles recombined into new articles.

    python benchmarks/corpus.py OUT.jsonl [--n 3000] [--kb 5] [--seed 1]

Each article is a title sentence and body paragraphs of sentences drawn (with a fixed random seed) from the five
seed articles in ../shared/corpus, until it reaches the requested size; so the text is real
Arabic reporting with the seeds' density of places, actors and figures. Nothing is copied into the
project: the corpus is made where the benchmark runs.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds.jsonl"


def seed_sentences() -> list[str]:
    out = []
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        for para in text.split("\n"):
            for s in re.split(r"(?<=[.!؟])\s+", para):
                if len(s) > 40:
                    out.append(s.strip())
    return out


def articles(n: int, kb: float = 5, seed: int = 1, sentences: list[str] | None = None):
    rng = random.Random(seed)
    pool = sentences or seed_sentences()
    target = int(kb * 1024 / 2)  # Arabic letters are two bytes in UTF-8
    for i in range(n):
        title = rng.choice(pool)[:90]
        body, size = [], 0
        while size < target:
            # a paragraph of two or three sentences: real sentences, paragraphs not repeated
            # (page-furniture detection rightly blanks a paragraph scraped twice)
            para = " ".join(rng.choice(pool) for _ in range(rng.choice((2, 3))))
            body.append(para)
            size += len(para) + 2
        yield {"id": f"gen-{i:06d}", "published": "2016-11-0%d" % (1 + i % 9),
               "text": title + "\n\n" + "\n\n".join(body)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--kb", type=float, default=5)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    with open(a.out, "w", encoding="utf-8") as fh:
        for art in articles(a.n, a.kb, a.seed):
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
