"""ANERcorp benchmark: entity-level P/R/F1 (conlleval-style exact span match) of rasd's detectors.

usage: python benchmarks/anercorp.py [ANERCorp.txt] [--chunk N] [--all]

ANERcorp (Benajiba et al. 2007): newswire, one ``token TAG`` pair a line, BIO tags PERS, LOC,
ORG, MISC. Split as the CAMeL Lab does (Obeid et al. 2020): the test part starts after the first
sentence end (a line ``. O``) after token 125,102 (``--all`` scores the whole corpus).

rasd is not a general NER system. What is scored, by type:
- LOC: every evidence span of ``rasd.places.find_places`` (if importable);
- ORG: evidence spans of ``rasd.actors.find_actors`` items that are named organisations: lexicon
  rows whose kind is not a person, a foreign state (those are LOC or PERS in ANERcorp), a
  generic/unidentified/civilian collective, plus unknown groups found by head words;
- PERS: actor rows of kind ``person`` only (rasd has no person detector).
MISC is not predicted (it still counts in the overall line as missed).

The tokens are joined with single spaces into pseudo-articles of ``--chunk`` sentences (default 25,
about an article's length), each run through the pipeline up to the place stage and then the
actor stage. A predicted span covers the tokens it overlaps; an entity is right when its type,
first token and last token equal a gold entity's.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasd.actors import find_actors, lexicon  # noqa: E402
from rasd.pipeline import extract  # noqa: E402

CORPUS = Path("/work/shared/data/anercorp/ANERCorp.txt")
SPLIT_TOKEN = 125_102
NOT_ORG_KINDS = {"person", "foreign_state", "unidentified", "civilians", "activists", "field_sources",
                 "medical"}


def read(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        tok, _, tag = line.rpartition(" ")
        if not tok:              # a malformed line: keep the token, tag O
            tok, tag = line, "O"
        if not (tag == "O" or tag[:2] in ("B-", "I-")):
            tok, tag = line, "O"
        out.append((tok, tag))
    return out


def test_part(rows):
    for i in range(SPLIT_TOKEN, len(rows)):
        if rows[i][0] == "." and rows[i][1] == "O":
            return rows[i + 1:]
    raise ValueError("split point not found")


def entities(tags: list[str]) -> set[tuple[str, int, int]]:
    """BIO tags to (type, first, last) entities; an I- without its B- starts an entity (conlleval)."""
    out, cur = set(), None
    for i, t in enumerate(tags + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and (cur is None or cur[0] != t[2:])):
            if cur:
                out.add((cur[0], cur[1], i - 1))
            cur = (t[2:], i) if t != "O" else None
    return out


def sentences(rows):
    cur = []
    for r in rows:
        cur.append(r)
        if r[0] in (".", "!", "?", "؟") and r[1] == "O":
            yield cur
            cur = []
    if cur:
        yield cur


def predict(rows, chunk: int) -> tuple[set, float]:
    lex = lexicon()
    pred: set[tuple[str, int, int]] = set()
    sents = list(sentences(rows))
    base = 0
    t_total = 0.0
    try:
        import rasd.places  # noqa: F401  (the place stage exists)
        until = "places"
    except ImportError:
        until = "segment"
    for k in range(0, len(sents), chunk):
        toks = [t for s in sents[k:k + chunk] for t, _ in s]
        starts, pos = [], 0
        for t in toks:
            starts.append(pos)
            pos += len(t) + 1
        text = " ".join(toks)

        def tok_range(s, e):
            import bisect
            a = bisect.bisect_right(starts, s) - 1
            b = bisect.bisect_right(starts, max(s, e - 1)) - 1
            return base + a, base + b

        t0 = time.perf_counter()
        try:
            doc = extract(text, until=until)
        except ValueError:
            base += len(toks)
            continue
        find_actors(doc)
        t_total += time.perf_counter() - t0
        for p in doc.places if until == "places" else ():
            for sp in p.evidence:
                pred.add(("LOC",) + tok_range(sp.start, sp.end))
        for a in doc.actors:
            row = lex.rows.get(a.id)
            if a.id.startswith("unk:"):
                typ = "ORG"
            elif row is None:
                continue
            elif row.kind == "person":
                typ = "PERS"
            elif row.kind in NOT_ORG_KINDS or row.resolve or a.id == "armed_opposition":
                continue
            else:
                typ = "ORG"
            for sp in a.evidence:
                pred.add((typ,) + tok_range(sp.start, sp.end))
        base += len(toks)
    return pred, t_total


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv):
    path = Path(next((a for a in argv if not a.startswith("--") and not a.isdigit()), CORPUS))
    chunk = int(argv[argv.index("--chunk") + 1]) if "--chunk" in argv else 25
    rows = read(path)
    part = rows if "--all" in argv else test_part(rows)
    gold = entities([t for _, t in part])
    pred, secs = predict(part, chunk)
    print(f"ANERcorp {'all' if '--all' in argv else 'test'} part: {len(part)} tokens, "
          f"{len(gold)} gold entities; rasd time {secs:.2f} s")
    print(f"{'type':6s} {'gold':>6s} {'pred':>6s} {'tp':>6s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    tot = Counter()
    for typ in ("LOC", "ORG", "PERS", "MISC"):
        g = {e for e in gold if e[0] == typ}
        p = {e for e in pred if e[0] == typ}
        tp = len(g & p)
        tot.update(tp=tp, fp=len(p) - tp, fn=len(g) - tp)
        P, R, F = prf(tp, len(p) - tp, len(g) - tp)
        print(f"{typ:6s} {len(g):6d} {len(p):6d} {tp:6d} {P:6.3f} {R:6.3f} {F:6.3f}")
    P, R, F = prf(tot["tp"], tot["fp"], tot["fn"])
    print(f"{'all':6s} {len(gold):6d} {len(pred):6d} {tot['tp']:6d} {P:6.3f} {R:6.3f} {F:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
