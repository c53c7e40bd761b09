"""``rasd eval``: score predictions against gold annotations, by SPEC.md's matching rules.

Matching is by values, never ids:
- places and actors: a gold item is found when one of its Arabic ``aliases`` (normalised) equals a
  predicted item's name or evidence text once clitics and generic head words are stripped, or
  stands as whole words in a short surface; ``core: false`` gold items do not count against recall;
  predicted items matching ``also_ok_*`` are not false positives;
- geocoding: of the gold places with coordinates that were found, the share placed within the
  gold tolerance;
- casualties: greedy one-to-one on (kind, group) and the count (or ``vague`` when gold has no
  number); attribution: matched items whose ``claimed_by`` names one of the gold sources;
- events: same ACLED type and a shared place; sub-type right among those;
- contradictions: a gold one is found when a predicted one mentions one of its places.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

_DIAC = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_PUNCT = re.compile(r"[\"“”«»'‘’()\[\]،,.:؛]")
GENERIC = frozenset({"حي", "حيي", "احياء", "بلده", "بلدتي", "بلدات", "قريه", "مدينه", "منطقه",
                     "منطقتي", "مشروع", "محيط", "محور", "جبهه", "ريف", "مطار", "محطه", "مستشفى",
                     "طريق"})
_CLITICS = ("وال", "بال", "لل", "فال", "و", "ب", "ل", "ف")
METRICS = ("places", "geocoding", "actors", "casualties", "attribution", "hard", "events",
           "event_subtype", "contradictions")


def norm(s: str | None) -> str:
    s = _DIAC.sub("", s or "")
    s = re.sub("[أإآٱ]", "ا", s)
    s = s.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return " ".join(_PUNCT.sub(" ", s).split())


def _variants(surface: str) -> set[str]:
    s = norm(surface)
    out = {s}
    words = s.split()
    while words and words[0] in GENERIC:
        words = words[1:]
        out.add(" ".join(words))
    for w in list(out):
        for pre in _CLITICS:
            if w.startswith(pre) and len(w) - len(pre) >= 3:
                out.add(w[len(pre):])
                if pre == "لل":
                    out.add("ال" + w[len(pre):])
    return {v for v in out if v}


def alias_hit(aliases, surfaces) -> bool:
    al = {norm(a) for a in aliases}
    for s in surfaces:
        if not s:
            continue
        if _variants(s) & al:
            return True
        padded = " " + norm(s) + " "
        for a in al:
            if len(a) >= 3 and f" {a} " in padded and len(padded.split()) <= len(a.split()) + 2:
                return True
    return False


def surfaces(item) -> list[str]:
    if isinstance(item, str):
        return [item]
    if not isinstance(item, dict):
        return []
    out = [item[k] for k in ("name_ar", "name", "text", "surface", "alias") if isinstance(item.get(k), str)]
    for k in ("aliases", "names", "mentions"):
        if isinstance(item.get(k), list):
            out += [x if isinstance(x, str) else (x or {}).get("text", "") for x in item[k]]
    ev = item.get("evidence")
    if isinstance(ev, list):
        out += [e.get("text", "") for e in ev if isinstance(e, dict)]
    elif isinstance(ev, dict):
        out.append(ev.get("text", ""))
    return out


def resolve(ref, pool) -> list[str]:
    """The surfaces of a reference to a place or actor: an index, an id, a dict or a name."""
    if isinstance(ref, bool):
        return []
    if isinstance(ref, int):
        return surfaces(pool[ref]) if 0 <= ref < len(pool) else []
    if isinstance(ref, str):
        for p in pool:
            if isinstance(p, dict) and ref in (p.get("id"), p.get("key")):
                return surfaces(p)
        return [ref]
    if isinstance(ref, dict):
        out = surfaces(ref)
        for k in ("id", "index", "ref"):
            if k in ref:
                out += resolve(ref[k], pool)
        return out
    return []


def _refs(v) -> list:
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def _km(a_lat, a_lon, b_lat, b_lon) -> float:
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b_lon - a_lon) / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def figures(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _entities(gold_items, pred_items, also_ok=()) -> tuple[int, int, int]:
    core = [g for g in gold_items if g.get("core", True)]
    psurf = [surfaces(p) for p in pred_items]
    fn = sum(1 for g in core if not any(alias_hit(g["aliases"], s) for s in psurf))
    fp = sum(1 for s in psurf
             if not any(alias_hit(g["aliases"], s) for g in gold_items)
             and not (also_ok and alias_hit(also_ok, s)))
    return len(core) - fn, fp, fn


def _geocoding(gold_items, pred_items) -> tuple[int, int]:
    right = wrong = 0
    for g in gold_items:
        if g.get("lat") is None:
            continue
        found = [p for p in pred_items if isinstance(p, dict) and alias_hit(g["aliases"], surfaces(p))]
        if not found:
            continue
        ok = False
        for p in found:
            try:
                ok |= _km(g["lat"], g["lon"], float(p["lat"]), float(p["lon"])) <= g["tol_km"]
            except (KeyError, TypeError, ValueError):
                pass
        right += ok
        wrong += not ok
    return right, wrong


def _casualty_match(g: dict, p: dict) -> bool:
    if (g.get("kind"), g.get("group")) != (p.get("kind"), p.get("group")):
        return False
    if g.get("count") is None:
        return p.get("count") is None or bool(p.get("vague"))
    return p.get("count") == g.get("count")


def score_document(gold: dict, pred: dict, T: dict[str, Tally]) -> None:
    places = pred.get("places") or []
    actors = pred.get("actors") or []
    T["places"].add(*_entities(gold["places"], places, gold.get("also_ok_places", ())))
    right, wrong = _geocoding(gold["places"], places)
    T["geocoding"].add(right, wrong, 0)
    T["actors"].add(*_entities(gold["actors"], actors, gold.get("also_ok_actors", ())))

    pc = list(pred.get("casualties") or [])
    used: set[int] = set()
    tp = attributed = attributed_ok = hard_tp = hard_n = 0
    for g in gold["casualties"]:
        hard_n += bool(g.get("hard"))
        for j, p in enumerate(pc):
            if j in used or not _casualty_match(g, p):
                continue
            used.add(j)
            tp += 1
            hard_tp += bool(g.get("hard"))
            if g["claimed_by"]:
                attributed += 1
                said = [s for r in _refs(p.get("claimed_by")) for s in resolve(r, actors)]
                attributed_ok += alias_hit(g["claimed_by"], said)
            break
    T["casualties"].add(tp, len(pc) - len(used), len(gold["casualties"]) - tp)
    T["attribution"].add(attributed_ok, 0, attributed - attributed_ok)
    T["hard"].add(hard_tp, 0, hard_n - hard_tp)

    pe = list(pred.get("events") or [])
    psurf = [[s for r in _refs(p.get("places") or p.get("place") or p.get("location"))
              for s in resolve(r, places)] for p in pe]
    used = set()
    tp = sub_ok = 0
    core = [g for g in gold["events"] if g.get("core", True)]
    for g in gold["events"]:
        for j, p in enumerate(pe):
            if j in used or p.get("event_type") != g["type"]:
                continue
            if not any(alias_hit([a], psurf[j]) for a in g["places"]):
                continue
            used.add(j)
            if g.get("core", True):
                tp += 1
                sub_ok += p.get("sub_event_type") == g["sub_type"]
            break
    T["events"].add(tp, len(pe) - len(used), len(core) - tp)
    T["event_subtype"].add(sub_ok, 0, tp - sub_ok)

    pcx = pred.get("contradictions") or []
    texts = []
    for c in pcx:
        s = surfaces(c) + [c.get("note", "")]
        for it in _refs(c.get("items")):
            if isinstance(it, dict):
                s += surfaces(it)
                for r in _refs(it.get("places")):
                    s += resolve(r, places)
            elif isinstance(it, int) and not isinstance(it, bool) and it < len(pe):
                for r in _refs(pe[it].get("places")):
                    s += resolve(r, places)
        texts.append(norm(" ".join(x for x in s if x)))
    gold_cx = gold.get("contradictions", [])
    hit = sum(1 for g in gold_cx if any(any(norm(a) in t for a in g["about"]) for t in texts))
    T["contradictions"].add(hit, max(0, len(pcx) - hit), len(gold_cx) - hit)


def evaluate(preds: list[dict], golds: dict[str, dict]) -> dict:
    """Figures per metric for predictions against gold documents keyed by file stem."""
    T = {k: Tally() for k in METRICS}
    missing = []
    for stem, gold in sorted(golds.items()):
        pred = next((p for p in preds
                     if stem in " ".join(str(p.get(k, "")) for k in ("doc_id", "id", "path", "source_id", "url"))),
                    None)
        if pred is None:
            missing.append(stem)
        score_document(gold, pred or {}, T)
    report = {k: t.figures() for k, t in T.items()}
    report["missing"] = missing
    return report


def evaluate_files(pred_path: str, gold_dir: str) -> dict:
    preds = []
    p = Path(pred_path)
    if not p.is_file():
        raise ValueError(f"{pred_path}: predictions file not found")
    for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                preds.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{pred_path}:{i}: not JSON: {e.msg}") from None
    gd = Path(gold_dir)
    if not gd.is_dir():
        raise ValueError(f"{gold_dir}: gold directory not found")
    golds = {g.stem: json.loads(g.read_text(encoding="utf-8")) for g in sorted(gd.glob("*.json"))}
    if not golds:
        raise ValueError(f"{gold_dir}: no gold *.json files")
    return evaluate(preds, golds)


def format_report(report: dict) -> str:
    lines = []
    for k in METRICS:
        v = report[k]
        lines.append(f"{k:15s} P={v['p']:.2f} R={v['r']:.2f} F1={v['f1']:.2f}  "
                     f"(tp {v['tp']} fp {v['fp']} fn {v['fn']})")
    if report.get("missing"):
        lines.append("no prediction for: " + " ".join(report["missing"]))
    return "\n".join(lines)
