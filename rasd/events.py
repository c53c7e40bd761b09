"""ACLED-typed events: triggers in clauses, with their places, actors, date, toll and sources.

How an article becomes events (everything on the normalised text, offsets mapped back for evidence):

1. Triggers (``data/event_triggers.tsv``) and modifiers (``data/event_modifiers.tsv``) are matched
   token by token, clitic prefixes and the article ال ignored, once over the article (linear).
2. Each sentence is cut into clauses at punctuation (، , ؛ :) and clause words (حيث، فيما، بينما،
   كما …). Inside a clause, triggers of one *group* (battle, explosion, vac, protest, sd) that stand
   next to each other form one candidate; the highest-priority family of the group decides the
   sub-type (غارات جوية وقصف مدفعي -> air strike; القصف بغاز الكلور -> chemical weapon).
   A candidate owns the words from its trigger up to the next candidate of the clause (the first
   one also owns the clause's opening words): its places and actors come from there.
3. Modifiers veto or change a candidate: negation/future/intent/topic/state drop it ("لم تستهدف",
   "تحت سيطرة", "بهدف كسر"), an attempt or a failure turns a territory change into an armed clash
   ("تحاول التقدم"), a relative clause with a resumptive pronoun ("التي سيطرت عليها") describes a
   place and is dropped, and ``bombard``/``target`` triggers are typed by the weapon or aircraft in
   the clause. Weapons alone are an attack only with a verb of firing or a cause word ("سقوط
   قذائف"، "جراء القذائف التي أطلقتها"), never as the means after ب of something told elsewhere
   ("بصواريخ الغراد") or in passing ("مكان لتصنيع الصواريخ"); "أي هجوم" is hypothetical.
   A trigger inside a place name (كلية المدفعية) is none; inside an actor's name only weapons
   count ("مدفعية النظام"، "الغارات الروسية"). The headline is skipped: the body tells it.
4. Actors: the actor after an agent marker ("من قبل X"، "شنته X"), else the subject after a verb
   trigger or the genitive after a noun trigger, else the nearest actor before the trigger in the
   clause, then in the sentence; the target after على/ضد/مواقع, or the second side of "بين X و Y",
   is actor2. A repelling trigger (صد، التصدي، أحبط) makes the repelling side actor1 and the attacker
   ("هجوما لقوات النظام") actor2. Sources (role ``source``, speakers next to a verb of saying,
   "مصادر في X") are never parties. Territory changes are "Government regains territory" when
   actor1 is on the government side, else "Non-state actor overtakes territory".
5. Places: those the candidate owns, else the sentence's places no other candidate owns; a
   container place (the article's main place, or a city/governorate) is dropped when a more precise
   one is there. A candidate with no place of its own that refers back ("جراء القصف", "المعارك
   الأخيرة") joins the latest event of its sub-type; otherwise it is placed at the article's main
   place. Date: the candidate's, else the clause's, else the sentence's date mention — never guessed.
6. Within a sentence a candidate without places joins a placed one of the same group and side
   ("شنت هجوما ...، استعادت خلاله السيطرة على قرية منيان"); across the article candidates with the
   same (type, sub-type, place set, sides) merge, keeping all evidence. Fatalities: the killed
   casualty items (top level, not their breakdown) nearest to the candidate in its sentence.
7. Background: old history told in passing (a date well before publication, سابقا، منذ عام) is
   marked ``background`` and left out of ``doc.events`` (kept in
   ``doc.options["background_events"]``) unless ``doc.options["keep_background"]`` is true. The
   pluperfect of the current episode ("وكانت الفصائل ... قد سيطرت") is an event.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from .clitics import candidates as _clitic_candidates
from .lexicon import load_table
from .normalize import normalize

# ---------------------------------------------------------------------------------------------
# lexicon

GOV_SIDES = frozenset({"government"})
NON_STATE_SIDES = frozenset({"opposition", "isis", "kurdish", "unknown", "civil"})
NOT_PARTY_SIDES = frozenset({"monitor", "media"})
CONTAINER_KINDS = frozenset({"country", "governorate", "admin1", "province", "region", "city",
                             "state", "district", "admin2", "capital"})
BACKGROUND_DAYS = 14   # a dated event this much before publication is history told in passing
TERRITORY_SUBTYPES = ("Government regains territory", "Non-state actor overtakes territory")


def _key(word: str) -> str:
    """The matching key of one normalised word: the article ال taken off."""
    if word.startswith("ال") and len(word) >= 5:
        return word[2:]
    return word


@lru_cache(maxsize=50000)
def token_forms(word: str) -> tuple[str, ...]:
    """Every key a normalised word can be matched under (itself and its clitic-less stems)."""
    out = []
    for _pre, stem in _clitic_candidates(word):
        for k in (stem, _key(stem)):
            if k not in out:
                out.append(k)
            # the accusative alef of an indefinite noun: هجوما، صاروخا، كمينا
            if len(k) > 3 and k.endswith("ا") and k[:-1] not in out:
                out.append(k[:-1])
    return tuple(out)


@dataclass(frozen=True)
class Pattern:
    words: tuple[str, ...]      # keys; a trailing '*' = prefix
    kind: str                   # 'trigger' | modifier class
    row: dict


class _PhraseIndex:
    """Token-sequence matcher: exact keys and prefix keys (``word*``) on the first token."""

    def __init__(self, patterns: Iterable[Pattern]):
        self.exact: dict[str, list[Pattern]] = {}
        self.prefix: dict[str, list[Pattern]] = {}
        self.max_prefix = 0
        for p in patterns:
            first = p.words[0]
            if first.endswith("*"):
                stem = first[:-1]
                self.prefix.setdefault(stem, []).append(p)
                self.max_prefix = max(self.max_prefix, len(stem))
            else:
                self.exact.setdefault(first, []).append(p)

        self._first: dict[str, tuple] = {}
        self._word: dict[str, int] = {}
        self._hot: set[str] = set()
        self._seq: dict[tuple, tuple] = {}

    @staticmethod
    def _word_ok(pat: str, forms: tuple[str, ...]) -> int:
        """0 no match, 2 exact, 1 prefix."""
        if pat.endswith("*"):
            s = pat[:-1]
            return 1 if any(f.startswith(s) for f in forms) else 0
        return 2 if pat in forms else 0

    def first(self, forms: tuple[str, ...]) -> tuple:
        """Patterns whose first word matches a token of these forms: ((pattern, score), ...);
        cached per word, so an article costs one dict look-up per token."""
        got = self._first.get(forms)
        if got is not None:
            return got
        cands: list[tuple[Pattern, int]] = []
        seen = set()
        for f in forms:
            for p in self.exact.get(f, ()):
                if id(p) not in seen:
                    seen.add(id(p))
                    cands.append((p, 200 + len(p.words[0])))
            for k in range(min(len(f), self.max_prefix), 1, -1):
                for p in self.prefix.get(f[:k], ()):
                    if id(p) not in seen:
                        seen.add(id(p))
                        cands.append((p, 100 + len(p.words[0])))
        got = tuple(cands)
        if len(self._first) > 200000:
            self._first.clear()
        self._first[forms] = got
        return got

    def match_at(self, forms_list: list[tuple[str, ...]], i: int) -> list[tuple[Pattern, int, int]]:
        """Patterns matching at token ``i``: (pattern, number of tokens, score)."""
        found: list[tuple[Pattern, int, int]] = []
        for p, score in self.first(forms_list[i]):
            n = len(p.words)
            if n == 1:
                found.append((p, 1, score))
                continue
            if i + n > len(forms_list):
                continue
            ok = True
            for j in range(1, n):
                w = self._word_ok(p.words[j], forms_list[i + j])
                if not w:
                    ok = False
                    break
                score += w * 100 + len(p.words[j])
            if ok:
                found.append((p, n, score))
        return found

    # -- whole-article scanning, cached per word and per word sequence ------------------------
    def word_info(self, word: str) -> int:
        """The longest pattern (in tokens) that may start at a token written ``word``; 0 when
        none can (cached per word: an article costs one set look-up per token)."""
        got = self._word.get(word)
        if got is None:
            cands = self.first(token_forms(word))
            got = max((len(p.words) for p, _sc in cands), default=0)
            if len(self._word) > 200000:
                self._word.clear()
                self._hot.clear()
            self._word[word] = got
            if got:
                self._hot.add(word)
        return got

    def hot_tokens(self, words: list[str]) -> list[int]:
        """Indexes of the tokens where some pattern may start."""
        distinct = set(words)
        for w in distinct.difference(self._word):
            self.word_info(w)
        hot = distinct & self._hot
        return [k for k, w in enumerate(words) if w in hot]

    def match_words(self, key: tuple[str, ...]) -> tuple:
        """:meth:`match_at` for the words ``key`` (the token and the ones after it), cached."""
        got = self._seq.get(key)
        if got is None:
            got = tuple(self.match_at([token_forms(w) for w in key], 0))
            if len(self._seq) > 200000:
                self._seq.clear()
            self._seq[key] = got
        return got

    def matches(self, words: list[str], k: int) -> tuple:
        n = self._word[words[k]]
        return self.match_words(tuple(words[k:k + n]))


def _pattern_words(text: str) -> tuple[str, ...]:
    out = []
    for w in normalize(text).split():
        star = w.endswith("*")
        w = w.rstrip("*")
        k = _key(w)
        out.append(k + ("*" if star else ""))
    return tuple(out)


@lru_cache(maxsize=1)
def _combined() -> _PhraseIndex:
    """Triggers and modifiers in one index: one look-up per token finds both."""
    t, m = _lexicon()
    pats = [p for d in (t.exact, t.prefix, m.exact, m.prefix) for ps in d.values() for p in ps]
    return _PhraseIndex(pats)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[_PhraseIndex, _PhraseIndex]:
    trig = []
    for row in load_table("event_triggers.tsv"):
        if not row.get("pattern"):
            continue
        r = dict(row)
        r["priority"] = int(r.get("priority") or 0)
        trig.append(Pattern(_pattern_words(row["pattern"]), "trigger", r))
    mods = []
    for row in load_table("event_modifiers.tsv"):
        if not row.get("pattern"):
            continue
        mods.append(Pattern(_pattern_words(row["pattern"]), row["class"], dict(row)))
    return _PhraseIndex(trig), _PhraseIndex(mods)


# ---------------------------------------------------------------------------------------------
# adapters to the other stages' objects (documented attributes; tolerant of their spelling)

_MISSING = object()


def _attr(obj: Any, *names: str, default=None):
    if isinstance(obj, dict):
        for n in names:
            if n in obj:
                return obj[n]
        return default
    for n in names:
        v = getattr(obj, n, _MISSING)
        if v is not _MISSING:
            return v
    return default


def _ranges(obj: Any) -> list[tuple[int, int]]:
    """Normalised-text ranges where a place/actor/casualty/date is mentioned."""
    out = []
    for name in ("norm_spans", "mentions_norm", "nspans", "ranges", "norm_ranges", "mentions", "spans", "occurrences"):
        v = _attr(obj, name)
        if v and isinstance(v, (list, tuple)):
            for r in v:
                if isinstance(r, (tuple, list)) and len(r) >= 2 and isinstance(r[0], int):
                    out.append((r[0], r[1]))
                else:
                    s = _attr(r, "start", "nstart")
                    e = _attr(r, "end", "nend")
                    if isinstance(s, int) and isinstance(e, int):
                        out.append((s, e))
            if out:
                return sorted(out)
    s = _attr(obj, "nstart", "start")
    e = _attr(obj, "nend", "end")
    if isinstance(s, int) and isinstance(e, int):
        return [(s, e)]
    return out


def actor_ref(a: Any) -> dict:
    return {"id": _attr(a, "id"), "name_ar": _attr(a, "name_ar", "name"), "side": _attr(a, "side")}


def place_ref(doc, i: int) -> dict:
    return {"index": i, "name_ar": _attr(doc.places[i], "name_ar", "name")}


def _resolve_actor(doc, x: Any):
    """An actor object from what sources_for gives (object, id, index or dict)."""
    if x is None:
        return None
    if isinstance(x, int) and 0 <= x < len(doc.actors):
        return doc.actors[x]
    if isinstance(x, str):
        for a in doc.actors:
            if _attr(a, "id") == x:
                return a
        return None
    if isinstance(x, dict) and "id" in x:
        for a in doc.actors:
            if _attr(a, "id") == x["id"]:
                return a
        return x
    return x


def sources_of(doc, nstart: int, nend: int) -> list:
    """The actors the text attributes the range to (rasd.attribution.sources_for), or []."""
    try:
        from .attribution import sources_for
    except ImportError:
        return []
    try:
        got = sources_for(doc, nstart, nend) or []
    except Exception:  # an upstream stage still being written must not break events
        return []
    out = []
    for x in got:
        a = _resolve_actor(doc, x)
        if a is not None and all(not _same_source(a, b) for b in out):
            out.append(a)
    return out


def _same_source(a, b) -> bool:
    ia, ib = _attr(a, "id"), _attr(b, "id")
    if ia is not None or ib is not None:
        return ia == ib
    return normalize(_attr(a, "name_ar") or "") == normalize(_attr(b, "name_ar") or "")


def _date_value(d: Any):
    v = _attr(d, "value")
    if v is None:
        return None
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()[:10]
    return str(v)


def _as_date(v: Any):
    if v is None:
        return None
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    try:
        return _dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        try:
            return _dt.date.fromisoformat(str(v)[:7] + "-01")
        except ValueError:
            try:
                return _dt.date(int(str(v)[:4]), 1, 1)
            except ValueError:
                return None


# ---------------------------------------------------------------------------------------------
# output objects

@dataclass
class Event:
    id: str
    event_type: str
    sub_event_type: str
    date: str | None = None
    date_precision: str | None = None
    places: list[int] = field(default_factory=list)
    actor1: Any = None
    actor2: Any = None
    fatalities: int | None = None
    casualties: list[int] = field(default_factory=list)
    claimed_by: list = field(default_factory=list)
    disputed: bool = False
    background: bool = False
    evidence: list = field(default_factory=list)       # Spans
    # internal (not serialised): what the contradiction stage reads
    family: str = ""
    repel: bool = False
    sentences: list[int] = field(default_factory=list)
    triggers: list[tuple[int, int]] = field(default_factory=list)   # normalised ranges
    place_names: list[str] = field(default_factory=list)
    _doc: Any = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict:
        doc = self._doc
        return {
            "id": self.id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date": self.date,
            "date_precision": self.date_precision,
            "places": [place_ref(doc, i) for i in self.places] if doc is not None else self.places,
            "actor1": actor_ref(self.actor1) if self.actor1 is not None else None,
            "actor2": actor_ref(self.actor2) if self.actor2 is not None else None,
            "fatalities": self.fatalities,
            "casualties": list(self.casualties),
            "claimed_by": [actor_ref(a) for a in self.claimed_by],
            "disputed": self.disputed,
            "background": self.background,
            "evidence": [s.to_json() for s in self.evidence],
        }


# ---------------------------------------------------------------------------------------------
# the analysis

class _Hit:
    """A trigger found in the article."""

    __slots__ = ("i", "n", "start", "end", "pat")

    def __init__(self, i: int, n: int, start: int, end: int, pat: Pattern):
        self.i = i            # first token
        self.n = n            # tokens
        self.start = start    # normalised offsets
        self.end = end
        self.pat = pat


_SCAN: dict[tuple, tuple] = {}


def _scan_result(index: _PhraseIndex, key: tuple[str, ...]) -> tuple:
    """What the combined index finds at a token followed by ``key[1:]``: the best trigger
    ((pattern, tokens) or None), the modifiers ((tokens, class), ...) and their classes."""
    got = _SCAN.get(key)
    if got is None:
        best = None
        mods = []
        for p, m, sc in index.match_words(key):
            if p.kind == "trigger":
                if best is None or (m, sc) > (best[1], best[2]):
                    best = (p, m, sc)
            else:
                mods.append((m, p.kind))
        got = (best[:2] if best else None, tuple(mods), frozenset(k for _m, k in mods))
        if len(_SCAN) > 200000:
            _SCAN.clear()
        _SCAN[key] = got
    return got


@dataclass
class _Cand:
    group: str
    family: str
    event_type: str
    sub_type: str
    pos: str
    trig_start: int
    trig_end: int
    tok_i: int
    tok_j: int
    seg_start: int     # owned range (normalised)
    seg_end: int
    clause: tuple[int, int]
    sent: int
    hits: list
    places: list[int] = field(default_factory=list)
    own_places: bool = False
    actor1: Any = None
    actor2: Any = None
    repel: bool = False
    anaphoric: bool = False
    cause: bool = False
    place_added: bool = False
    date: Any = None
    background: bool = False
    casualties: list[int] = field(default_factory=list)
    fatalities: int | None = None
    sources: list = field(default_factory=list)
    extra_spans: list = field(default_factory=list)
    merged: list = field(default_factory=list)


_EMPTY: frozenset = frozenset()


class _Ctx:
    """Per-document indexes built once (linear in the article)."""

    def __init__(self, doc):
        self.doc = doc
        self.norm = doc.norm
        self.tokens = doc.tokens
        toks = self.tokens
        self.tok_starts = tok_starts = [t.start for t in toks]
        tok_ends = [t.end for t in toks]
        words = [t.text for t in toks]
        index = _combined()
        self.triggers: list[_Hit] = []
        mods: list[tuple[int, int, int, str]] = []      # (start, end, first token, class)
        self.mod_cls: dict[int, frozenset] = {}
        mod_cls = self.mod_cls
        word_len = index._word
        free = 0      # triggers: leftmost-longest, no overlap; modifiers: every match
        for k in index.hot_tokens(words):
            key = tuple(words[k:k + word_len[words[k]]])
            best, kmods, kinds = _scan_result(index, key)
            if kmods:
                s0 = tok_starts[k]
                for m, kind in kmods:
                    mods.append((s0, tok_ends[k + m - 1], k, kind))
                mod_cls[k] = kinds
            if best is not None and k >= free:
                p, m = best
                self.triggers.append(_Hit(k, m, tok_starts[k], tok_ends[k + m - 1], p))
                free = k + m
        self.mods = mods
        self.mod_starts = [h[0] for h in mods]
        by: dict[str, list] = {}
        for h in mods:
            by.setdefault(h[3], []).append(h)
        self.mods_by_cls = {k: (v, [h[0] for h in v]) for k, v in by.items()}
        self.dead: list[tuple[int, int]] = []
        self._doc_mentions(doc)
        # a trigger inside a name is no trigger (كلية المدفعية، جيش التحرير); but a weapon that
        # names an actor still tells its attack ("استهدفت مدفعية النظام"، "الغارات الروسية")
        pnames = sorted((s, e) for s, e, _ in self.place_mentions)
        anames = sorted((s, e) for s, e, _ in self.actor_mentions)
        pstarts = [x[0] for x in pnames]
        astarts = [x[0] for x in anames]

        def inside(h):
            if _inside(pnames, pstarts, h):
                return True
            return h.pat.row["group"] != "explosion" and _inside(anames, astarts, h)

        def _inside(names, nstarts, h):
            k = bisect.bisect_right(nstarts, h.start) - 1
            for j in range(k, max(-1, k - 4), -1):
                s, e = names[j]
                if s <= h.start and h.end <= e:
                    return True
            return False
        self.triggers = [h for h in self.triggers if not inside(h)]
        self.main_place = self._main_place()

    def _doc_mentions(self, doc):
        self.place_mentions: list[tuple[int, int, int]] = []
        for pi, p in enumerate(doc.places or []):
            for s, e in _ranges(p):
                self.place_mentions.append((s, e, pi))
        self.actor_mentions: list[tuple[int, int, Any]] = []
        for a in doc.actors or []:
            for s, e in _ranges(a):
                self.actor_mentions.append((s, e, a))
        self.actor_mentions.sort(key=lambda x: x[0])
        # a mention that is the source of reported speech speaks; it does not act
        self.source_spans = set()
        for att in doc.attributions or []:
            for src in _attr(att, "sources", default=()) or ():
                s, e = _attr(src, "start"), _attr(src, "end")
                if isinstance(s, int) and isinstance(e, int):
                    self.source_spans.add((s, e))
        # a place inside an actor's name (جيش حلب، مركز حلب الإعلامي) is not a place of the event
        am = [(s, e) for s, e, _a in self.actor_mentions]
        am_starts = [x[0] for x in am]

        def in_actor(s, e):
            k = bisect.bisect_right(am_starts, s) - 1
            for j in range(k, max(-1, k - 4), -1):
                a0, a1 = am[j]
                if a0 <= s and e <= a1 and (a1 - a0) > (e - s):
                    return True
            return False
        self.place_mentions = sorted(x for x in self.place_mentions if not in_actor(x[0], x[1]))
        # where a speaker is ("مراسل الجزيرة في ريف حلب"، "ناشطون في مدينة حلب") is not where the
        # event happened
        self.speaker_places = set()
        for s, e, pi in self.place_mentions:
            ti = self.tok_at(s)
            for k in range(max(0, ti - 4), ti):
                if "source_noun" in self.mod_classes_at(k):
                    self.speaker_places.add((s, e))
                    break
        self.place_mentions = [x for x in self.place_mentions if (x[0], x[1]) not in self.speaker_places]
        self.place_starts = [x[0] for x in self.place_mentions]
        self.actor_starts = [x[0] for x in self.actor_mentions]
        self.dates = sorted(((_attr(d, "start"), _attr(d, "end"), d) for d in (doc.dates or [])
                             if isinstance(_attr(d, "start"), int)), key=lambda x: x[0])
        self.date_starts = [x[0] for x in self.dates]
        self.containers = {pi for pi, p in enumerate(doc.places or [])
                           if str(_attr(p, "kind", default="") or "").lower() in CONTAINER_KINDS}
        self.side = {id(a): _attr(a, "side") for a in doc.actors or []}
        self.role = {id(a): _attr(a, "role") for a in doc.actors or []}
        self._party_cache: dict = {}
        self._clause_cache: dict = {}

    # -- lookups ---------------------------------------------------------------------------
    def tok_index(self, pos: int) -> int:
        """The first token starting at or after ``pos``."""
        return bisect.bisect_left(self.tok_starts, pos)

    def tok_at(self, pos: int) -> int:
        """The token holding ``pos`` (or the last one before it)."""
        return max(0, bisect.bisect_right(self.tok_starts, pos) - 1)

    def mods_in(self, start: int, end: int, cls: str | None = None) -> list[tuple]:
        """Modifiers inside [start, end): (start, end, first token, class), in text order."""
        if cls is not None:
            by = self.mods_by_cls.get(cls)
            if by is None:
                return []
            hits, starts = by
        else:
            hits, starts = self.mods, self.mod_starts
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end, i)
        return [h for h in hits[i:j] if h[1] <= end]

    def has_mod(self, start: int, end: int, cls: str) -> bool:
        by = self.mods_by_cls.get(cls)
        if by is None:
            return False
        hits, starts = by
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end, i)
        for h in hits[i:j]:
            if h[1] <= end:
                return True
        return False

    def mod_kinds(self, start: int, end: int) -> set:
        starts = self.mod_starts
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end, i)
        return {h[3] for h in self.mods[i:j] if h[1] <= end}

    def mod_classes_at(self, k: int) -> frozenset:
        return self.mod_cls.get(k, _EMPTY)

    def places_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        i = bisect.bisect_left(self.place_starts, start)
        out = []
        while i < len(self.place_mentions) and self.place_mentions[i][0] < end:
            if self.place_mentions[i][1] <= end:
                out.append(self.place_mentions[i])
            i += 1
        return out

    def actors_in(self, start: int, end: int) -> list[tuple[int, int, Any]]:
        i = bisect.bisect_left(self.actor_starts, start)
        out = []
        while i < len(self.actor_mentions) and self.actor_mentions[i][0] < end:
            if self.actor_mentions[i][1] <= end:
                out.append(self.actor_mentions[i])
            i += 1
        return out

    def dates_in(self, start: int, end: int) -> list:
        i = bisect.bisect_left(self.date_starts, start)
        out = []
        while i < len(self.dates) and self.dates[i][0] < end:
            out.append(self.dates[i][2])
            i += 1
        return out

    def _main_place(self):
        """The place the article is about: the most-mentioned container place, else the most
        mentioned place."""
        counts: dict[int, int] = {}
        for _s, _e, pi in self.place_mentions:
            counts[pi] = counts.get(pi, 0) + 1
        if not counts:
            return None
        best = max(counts, key=lambda pi: (self.is_container(pi), counts[pi], -pi))
        return best

    def is_container(self, pi: int) -> bool:
        return pi in self.containers


_PUNCT = re.compile("[،,؛;:]")


def _clauses(ctx: _Ctx, s0: int, s1: int) -> list[tuple[int, int]]:
    """Clause ranges of a sentence: cut at punctuation and clause words."""
    got = ctx._clause_cache.get((s0, s1))
    if got is not None:
        return got
    text = ctx.norm
    cuts = {s0}
    for m in _PUNCT.finditer(text, s0, s1):
        cuts.add(m.end())
    for h in ctx.mods_in(s0, s1, "clause"):
        cuts.add(h[0])
    pts = sorted(c for c in cuts if s0 <= c < s1)
    out = []
    for a, b in zip(pts, pts[1:] + [s1]):
        if text[a:b].strip():
            out.append((a, b))
    ctx._clause_cache[(s0, s1)] = out
    return out


def _is_speaker(ctx: _Ctx, s: int, e: int) -> bool:
    """An actor mention that speaks rather than acts: next to a verb of saying or after
    'مصادر في'."""
    ti = ctx.tok_index(s)
    tj = ctx.tok_index(e)
    for k in range(max(0, ti - 3), ti):
        cls = ctx.mod_classes_at(k)
        if "source_noun" in cls or "speech" in cls:
            return True
    for k in range(tj, min(len(ctx.tokens), tj + 2)):
        if "speech" in ctx.mod_classes_at(k):
            return True
    return False


def _party(ctx: _Ctx, m: tuple[int, int, Any]) -> bool:
    key = (m[0], m[1], id(m[2]))
    got = ctx._party_cache.get(key)
    if got is None:
        got = _party_uncached(ctx, m)
        ctx._party_cache[key] = got
    return got


def _party_uncached(ctx: _Ctx, m: tuple[int, int, Any]) -> bool:
    a = m[2]
    role = ctx.role.get(id(a), _attr(a, "role"))
    side = ctx.side.get(id(a), _attr(a, "side"))
    if role == "source" or side in NOT_PARTY_SIDES:
        return False
    if any(s <= m[0] < e or m[0] <= s < m[1] for s, e in ctx.source_spans):
        return False
    return not _is_speaker(ctx, m[0], m[1])


def _preceded_by(ctx: _Ctx, pos: int, cls: str, window: int = 2, floor: int = 0) -> bool:
    ti = ctx.tok_index(pos)
    for k in range(max(0, ti - window), ti):
        if ctx.tokens[k].start < floor:
            continue
        if cls in ctx.mod_classes_at(k):
            return True
    return False


def _negated(ctx: _Ctx, tok_i: int, floor: int) -> bool:
    for k in range(max(0, tok_i - 2), tok_i):
        if ctx.tokens[k].start < floor:
            continue
        cls = ctx.mod_classes_at(k)
        if "negation" in cls or "future" in cls:
            if "negation" in cls and k + 1 < len(ctx.tokens) and "continuation" in ctx.mod_classes_at(k + 1):
                continue
            return True
    return False


def _build_candidates(ctx: _Ctx, si: int, s0: int, s1: int) -> list[_Cand]:
    out: list[_Cand] = []
    trig_starts = [h.start for h in ctx.triggers]
    a = bisect.bisect_left(trig_starts, s0)
    b = bisect.bisect_left(trig_starts, s1)
    hits = ctx.triggers[a:b]
    if not hits:
        return out
    for c0, c1 in _clauses(ctx, s0, s1):
        chits = [h for h in hits if c0 <= h.start < c1]
        if not chits:
            continue
        chits = [h for h in chits if _hit_ok(ctx, h, c0)]
        if not chits:
            ctx.dead.append((c0, c1))   # its places are not another event's
            continue
        # group adjacent hits of one group into one candidate
        groups: list[list[_Hit]] = []
        for h in chits:
            g = h.pat.row["group"]
            if groups and groups[-1][0].pat.row["group"] == g:
                prev = groups[-1][-1]
                gap = h.i - (prev.i + prev.n)
                between = ctx.places_in(prev.end, h.start)
                weapon = h.pat.row.get("weapon") == "1"
                if (gap <= 3 and not between) or (weapon and gap <= 4):
                    groups[-1].append(h)
                    continue
            groups.append([h])
        for gi, grp in enumerate(groups):
            seg_start = c0 if gi == 0 else grp[0].start
            seg_end = groups[gi + 1][0].start if gi + 1 < len(groups) else c1
            cand = _make_candidate(ctx, grp, (c0, c1), seg_start, seg_end, si)
            if cand is not None:
                out.append(cand)
            else:
                ctx.dead.append((seg_start, seg_end))
    return out


def _hit_ok(ctx: _Ctx, h: _Hit, c0: int) -> bool:
    """False when the words before a trigger say it did not happen as an event."""
    fam = h.pat.row["family"]
    if _negated(ctx, h.i, c0):
        return False
    if ctx.has_mod(c0, h.start, "intent") or _preceded_by(ctx, h.start, "topic", 2, c0):
        return False
    if _preceded_by(ctx, h.start, "cessation", 6, c0):
        return False
    if fam == "advance" and h.i + h.n < len(ctx.tokens) and "advance_not" in ctx.mod_classes_at(h.i + h.n):
        return False
    if h.pat.row["group"] == "battle" and _preceded_by(ctx, h.start, "state", 1, c0):
        return False   # مناطق الاشتباكات، تحت سيطرة
    if fam == "territory":
        if _preceded_by(ctx, h.start, "state", 2, c0):
            return False
        # للسيطرة على، لاستعادة: a goal, unless an attempt is told (then an armed clash)
        if ctx.tokens[h.i].prefix.lstrip("وف").startswith("ل") and not ctx.has_mod(c0, h.start, "attempt"):
            return False
        # "المناطق التي سيطرت عليها" / "التي خسرتها": a description of a place
        if _preceded_by(ctx, h.start, "relative", 2, c0):
            nxt = set()
            for k in range(h.i + h.n - 1, min(len(ctx.tokens), h.i + h.n + 2)):
                nxt |= ctx.mod_classes_at(k)
            if "resumptive" in nxt:
                return False
    return True


def _make_candidate(ctx: _Ctx, grp: list[_Hit], clause, seg_start, seg_end, si) -> _Cand | None:
    c0, c1 = clause
    live = grp
    # "بصواريخ الغراد وبالعربات المفخخة": weapons named as the means of something told elsewhere;
    # weapons alone ("مكان لتصنيع الصواريخ") are an attack only with a verb of firing or a cause
    if all(h.pat.row.get("weapon") == "1" for h in live):
        if ctx.tokens[live[0].i].prefix.startswith(("ب", "وب", "فب")):
            return None
        if not (ctx.has_mod(c0, c1, "fire_verb") or _preceded_by(ctx, live[0].start, "cause", 3, c0)):
            return None
    best = max(live, key=lambda h: h.pat.row["priority"])
    row = best.pat.row
    fam = row["family"]
    etype, sub = row["event_type"], row["sub_type"]
    clause_mods = ctx.mod_kinds(c0, c1)
    seg_mods = ctx.mod_kinds(seg_start, seg_end)
    if fam == "bombard" or fam == "target":
        fams = {h.pat.row["family"] for h in live}
        if "aircraft" in seg_mods or "aircraft" in clause_mods or "air" in fams:
            fam, sub = "air", "Air/drone strike"
        elif fam == "target" and not (fams & {"shelling", "chemical", "ied", "suicide", "grenade"}):
            # "استهدف" with no weapon named: look at the whole clause's triggers
            cfams = {h.pat.row["family"] for h in ctx.triggers if c0 <= h.start < c1}
            if "shelling" in cfams:
                fam, sub = "shelling", "Shelling/artillery/missile attack"
            elif "air" in cfams:
                fam, sub = "air", "Air/drone strike"
            else:
                return None
        else:
            fam = "shelling"
    if fam in ("agreement",) and "agreement_verb" not in clause_mods:
        return None
    if fam == "hq" and "hq_verb" not in clause_mods:
        return None
    if fam in ("territory", "advance"):
        before = ctx.has_mod(c0, best.start, "attempt")
        if before or "failed" in seg_mods:
            fam, sub = "clash", "Armed clash"
    if fam == "advance":
        fam = "clash"
    if fam == "protest":
        s0, s1 = ctx.doc.sentence_of(c0)
        sent_mods = ctx.mod_kinds(s0, s1)
        if "protest_force" in sent_mods:
            sub = "Excessive force against protesters"
        elif "protest_intervention" in sent_mods:
            sub = "Protest with intervention"
    t0 = min(h.start for h in grp)
    t1 = max(h.end for h in grp)
    cand = _Cand(group=row["group"], family=fam, event_type=etype, sub_type=sub, pos=row["pos"],
                 trig_start=t0, trig_end=t1, tok_i=best.i, tok_j=best.i + best.n,
                 seg_start=seg_start, seg_end=seg_end, clause=clause, sent=si, hits=grp)
    cand.repel = fam == "repel"
    # a re-mention: the trigger follows a cause word, or is definite and unplaced
    cand.cause = _preceded_by(ctx, t0, "cause", 2, c0)
    cand.anaphoric = cand.cause or ctx.tokens[best.i].text.startswith(("ال", "وال", "بال", "فال", "لل"))
    return cand


def _assign_actors(ctx: _Ctx, cand: _Cand, s0: int) -> None:
    c0, c1 = cand.clause
    seg = [m for m in ctx.actors_in(cand.seg_start, cand.seg_end) if _party(ctx, m)]
    after = [m for m in seg if m[0] >= cand.trig_end]
    before = [m for m in ctx.actors_in(c0, cand.trig_start) if _party(ctx, m)]
    agent = target = None
    attacker = None

    def side(m):
        return _attr(m[2], "side")

    def tokens_between(a: int, b: int) -> int:
        return max(0, ctx.tok_index(b) - ctx.tok_index(a))

    # an actor named by the weapon itself: "استهدفت مدفعية النظام"، "الغارات الروسية"
    for m in ctx.actors_in(max(c0, cand.trig_start - 40), min(c1, cand.trig_end + 40)):
        if m[0] <= cand.trig_start < m[1] or cand.trig_start <= m[0] < cand.trig_end:
            if _party(ctx, m):
                agent = m
                break
    # explicit agent marker: من قبل X، شنته X
    for h in ctx.mods_in(cand.seg_start, cand.seg_end, "agent") if agent is None else ():
        nxt = [m for m in after if m[0] >= h[1] and tokens_between(h[1], m[0]) <= 3]
        if nxt:
            agent = nxt[0]
            break
    # بين X و Y
    if agent is None:
        for h in ctx.mods_in(cand.seg_start, cand.seg_end, "between"):
            nxt = [m for m in seg if m[0] >= h[1]]
            if nxt:
                agent = nxt[0]
                others = [m for m in nxt[1:] if side(m) != side(agent)]
                if others:
                    target = others[0]
                break
    # the actor right after the trigger: subject (verb) / genitive (noun) unless after على
    if agent is None and after and cand.pos == "n" and before and not cand.repel:
        # "قامت الفصائل بقصف الميليشيات": a party before a noun trigger is its agent, the one
        # after it its object
        agent = before[-1]
        if side(after[0]) != side(agent):
            target = after[0]
    if agent is None and after:
        m = after[0]
        gap = tokens_between(cand.trig_end, m[0])
        pre_target = _preceded_by(ctx, m[0], "target", 2, cand.trig_end)
        lam = ctx.tokens[ctx.tok_at(m[0])].prefix.startswith(("ل", "لل"))
        if gap <= 4 and not pre_target:
            if cand.repel and (lam or cand.pos == "n" or _preceded_by(ctx, m[0], "agent", 3, cand.trig_end)):
                attacker = m
            elif cand.repel:
                # "صدت قوات X هجوما" : subject after the verb
                if ctx.has_mod(cand.trig_end, m[0], "target"):
                    attacker = m
                else:
                    agent = m
            else:
                agent = m
    if agent is None and before:
        agent = before[-1]
    if agent is None:
        # the nearest party earlier in the sentence
        prev = [m for m in ctx.actors_in(s0, c0) if _party(ctx, m)]
        if prev:
            agent = prev[-1]
    if agent is None:
        # "قالت مصادر في فصائل المعارضة إنها صدت هجوما": the speaking party did it
        prev = [m for m in ctx.actors_in(s0, cand.trig_start)
                if _attr(m[2], "role") != "source" and side(m) not in NOT_PARTY_SIDES
                and (attacker is None or side(m) != side(attacker))]
        if prev:
            agent = prev[-1]
    # target: after على/ضد/مواقع in the segment
    if target is None:
        for m in after:
            if m is agent or m is attacker:
                continue
            if _preceded_by(ctx, m[0], "target", 3, cand.trig_end):
                target = m
                break
    if cand.repel:
        if attacker is None:
            for m in after:
                if m is not agent and (agent is None or side(m) != side(agent)):
                    attacker = m
                    break
        target = attacker
    if target is None and agent is not None:
        for m in seg + before:
            if side(m) and side(m) != side(agent) and side(m) != "unknown":
                target = m
                break
    a1 = agent[2] if agent else None
    a2 = target[2] if target else None
    if a1 is not None and a2 is not None and _attr(a1, "side") == _attr(a2, "side"):
        a2 = None
    cand.actor1, cand.actor2 = a1, a2
    if cand.family == "territory":
        s = _attr(a1, "side") if a1 is not None else None
        cand.sub_type = TERRITORY_SUBTYPES[0] if s in GOV_SIDES else TERRITORY_SUBTYPES[1]


def _assign_places(ctx: _Ctx, cand: _Cand) -> None:
    ms = ctx.places_in(cand.seg_start, cand.seg_end)
    cand.own_places = bool(ms)
    idx = []
    for _s, _e, pi in ms:
        if pi not in idx:
            idx.append(pi)
    cand.places = _drop_containers(ctx, idx)


def _distribute_places(ctx: _Ctx, cands: list[_Cand], s0: int, s1: int) -> None:
    """Places of the sentence no candidate owns: a clause that continues a place list ("،
    والقاطرجي، وكرم الطحان"، "، في أطراف حي الشيخ مقصود") gives them to the candidate before it;
    a candidate with no place of its own takes the nearest ones."""
    if not cands:
        return
    clauses = _clauses(ctx, s0, s1)
    for s, e, pi in ctx.places_in(s0, s1):
        if any(c.seg_start <= s < c.seg_end for c in cands):
            continue
        if any(a <= s < b for a, b in ctx.dead):
            continue   # the place of a trigger that did not happen ("ومنع تقدمها إلى قلعة حلب")
        prev = [c for c in cands if c.seg_end <= s]
        cl = next(((a, b) for a, b in clauses if a <= s < b), None)
        if prev:
            c = prev[-1]
            ok = False
            if cl is not None and cl != c.clause:
                k = ctx.tok_index(cl[0])
                if k < len(ctx.tokens):
                    t = ctx.tokens[k]
                    ok = ("locative" in ctx.mod_classes_at(k) or t.prefix.startswith(("ب", "وب"))
                          or t.start >= s - 1 or bool(ctx.places_in(t.start, t.end + 8)))
                    # a candidate with no place of its own takes the places of the next clause
                    ci = clauses.index(cl)
                    ok = ok or (not c.own_places and ci > 0 and clauses[ci - 1] == c.clause)
            elif cl is not None:
                ok = not c.own_places
            if ok and pi not in c.places:
                c.places.append(pi)
                c.place_added = True
        else:
            nxt = [c for c in cands if c.seg_start > s and not c.own_places and c.clause == cl]
            if nxt and pi not in nxt[0].places:
                nxt[0].places.append(pi)
    for c in cands:
        c.places = _drop_containers(ctx, c.places)


def _drop_containers(ctx: _Ctx, idx: list[int]) -> list[int]:
    if len(idx) <= 1:
        return idx
    precise = [pi for pi in idx if not (ctx.is_container(pi))]
    return precise or idx


def _assign_date(ctx: _Ctx, cand: _Cand, s0: int, s1: int) -> None:
    for a, b in ((cand.seg_start, cand.seg_end), cand.clause, (s0, s1)):
        ds = [d for d in ctx.dates_in(a, b) if _date_value(d) and _attr(d, "resolved", default=True) is not False]
        if ds:
            cand.date = ds[0]
            return


def _is_background(ctx: _Ctx, cand: _Cand) -> bool:
    c0, c1 = cand.clause
    if ctx.has_mod(c0, c1, "background"):
        return True
    pub = ctx.doc.published
    if cand.date is not None and pub is not None:
        hi = _as_date(_attr(cand.date, "high")) or _as_date(_attr(cand.date, "value"))
        if hi is not None and (pub - hi).days > BACKGROUND_DAYS:
            return True
    return False


def _killed_top(c) -> bool:
    return _attr(c, "kind") == "killed" and _attr(c, "part_of") is None


CAUSE_FAMILIES = {
    "airstrike": {"air"}, "barrel_bomb": {"air"}, "drone": {"air"},
    "shelling": {"shelling", "bombard", "air"}, "chemical": {"chemical"},
    "car_bomb": {"ied", "suicide"}, "explosive": {"ied", "suicide", "grenade"},
    "landmine": {"ied"}, "suicide_bomb": {"suicide", "ied"},
    "clashes": {"clash", "repel", "territory", "advance"},
    "execution": {"vac"}, "torture": {"vac"}, "shooting": {"vac", "clash"}, "sniper": {"vac"},
}


def _assign_casualties(ctx: _Ctx, sent_cands: dict[int, list[_Cand]]) -> None:
    """Each casualty item goes to the candidate nearest to one of its mentions in the same
    sentence, preferring one whose kind fits the stated cause (جراء القذائف -> shelling)."""
    doc = ctx.doc
    starts = [s for s, _e in doc.sentences]
    for ci, c in enumerate(doc.casualties or []):
        options = []
        for pos, _e in _ranges(c):
            si = bisect.bisect_right(starts, pos) - 1
            for k in sent_cands.get(si) or ():
                d = min(abs(pos - k.trig_start), abs(pos - k.trig_end))
                options.append((d, k))
        if not options:
            continue
        fams = CAUSE_FAMILIES.get(str(_attr(c, "cause") or ""), set())
        fitting = [o for o in options if o[1].family in fams]
        best = min(fitting or options, key=lambda o: o[0])[1]
        best.casualties.append(ci)
    for cands in sent_cands.values():
        for k in cands:
            tot = None
            for ci in k.casualties:
                c = doc.casualties[ci]
                n = _attr(c, "count")
                if _killed_top(c) and isinstance(n, int):
                    tot = (tot or 0) + n
            k.fatalities = tot


def find_events(doc) -> None:
    """Fill ``doc.events`` with :class:`Event` objects (see the module notes)."""
    doc.events = []
    if not doc.norm or not doc.sentences:
        return
    ctx = _Ctx(doc)
    # paragraphs: sentences separated by a line break
    para, p = [], 0
    for k, (s0, _s1) in enumerate(doc.sentences):
        if k and "\n" in doc.norm[doc.sentences[k - 1][1]:s0]:
            p += 1
        para.append(p)
    ctx.para_of = para

    sent_cands: dict[int, list[_Cand]] = {}
    for si, (s0, s1) in enumerate(doc.sentences):
        cands = _build_candidates(ctx, si, s0, s1)
        if not cands:
            continue
        if (si == 0 and len(doc.sentences) > 1 and doc.title
                and normalize(doc.title).strip() == doc.norm[s0:s1].strip()):
            continue   # the headline sums up what the body tells (a lone sentence is all there is)
        for c in cands:
            _assign_places(ctx, c)
        _distribute_places(ctx, cands, s0, s1)
        for c in cands:
            _assign_actors(ctx, c, s0)
            _assign_date(ctx, c, s0, s1)
            c.background = _is_background(ctx, c)
            c.sources = sources_of(doc, c.trig_start, c.trig_end)
        sent_cands[si] = _merge_in_sentence(ctx, cands)
    _assign_casualties(ctx, sent_cands)

    events: list[Event] = []
    background: list[Event] = []
    last_by_sub: dict[tuple[str, str], Event] = {}
    for si in sorted(sent_cands):
        for c in sent_cands[si]:
            if not c.places:
                # a re-mention joins the latest event of its sub-type; else the article's place
                prev = last_by_sub.get((c.event_type, c.sub_type))
                if (prev is not None and (c.anaphoric or para[prev.sentences[-1]] == para[si])
                        and _sides_compatible(prev.actor1, c.actor1) and not c.background):
                    _absorb(ctx, prev, c, sources=False)
                    continue
                if c.cause or ctx.main_place is None:
                    continue   # "جراء القصف": the means of a loss, told without its event
                c.places = [ctx.main_place]
            ev = _find_same(ctx, events + background, c)
            if ev is not None:
                _absorb(ctx, ev, c)
            else:
                ev = _new_event(ctx, c)
                (background if c.background else events).append(ev)
            if not ev.background:
                last_by_sub[(ev.event_type, ev.sub_event_type)] = ev
    events = _consolidate(ctx, events)
    keep = doc.options.get("keep_background") if isinstance(doc.options, dict) else False
    out = events + (background if keep else [])
    out.sort(key=lambda e: e.triggers[0][0])
    for k, e in enumerate(out):
        e.id = f"e{k}"
    for k, e in enumerate(background):
        if not keep:
            e.id = f"b{k}"
    doc.events = out
    if isinstance(doc.options, dict):
        doc.options["background_events"] = background


def _merge_in_sentence(ctx: _Ctx, cands: list[_Cand]) -> list[_Cand]:
    """A candidate without places of its own joins a placed one of the same group and side in
    the sentence; a candidate placed only at a container joins a precise one of its group and
    side (the attack during which a village was retaken)."""
    out: list[_Cand] = list(cands)
    # "سيطرتها على ترهونة بعد انسحاب قوات حفتر منها": the withdrawal is the same change of hands
    for c in list(out):
        if c.family == "withdraw":
            host = next((o for o in out if o.family == "territory"
                         and (not c.places or set(c.places) & set(o.places))), None)
            if host is not None:
                if host.actor2 is None and c.actor1 is not None and _attr(c.actor1, "side") != _attr(host.actor1, "side"):
                    host.actor2 = c.actor1
                host.merged.append(c)
                out.remove(c)
    changed = True
    while changed:
        changed = False
        for c in list(out):
            precise = [pi for pi in c.places if not (ctx.is_container(pi))]
            if c.places and precise:
                continue
            host = None
            for o in out:
                if o is c or o.group != c.group:
                    continue
                if not o.places:
                    continue
                op = [pi for pi in o.places if not (ctx.is_container(pi))]
                if c.places and not op:
                    continue
                if not _sides_compatible(c.actor1, o.actor1):
                    continue
                if c.group == "explosion" and c.sub_type != o.sub_type:
                    continue
                host = o
                break
            if host is not None:
                host.places = _drop_containers(ctx, host.places + [pi for pi in c.places if pi not in host.places])
                if host.actor1 is None:
                    host.actor1 = c.actor1
                    if host.family == "territory":
                        s = _attr(host.actor1, "side")
                        host.sub_type = TERRITORY_SUBTYPES[0] if s in GOV_SIDES else TERRITORY_SUBTYPES[1]
                if host.actor2 is None and c.actor2 is not None and _attr(c.actor2, "side") != _attr(host.actor1, "side"):
                    host.actor2 = c.actor2
                if host.date is None:
                    host.date = c.date
                host.merged.append(c)
                host.sources += [s for s in c.sources if all(not _same_source(s, x) for x in host.sources)]
                out.remove(c)
                changed = True
                break
    return out


def _side_set(ev) -> frozenset:
    return frozenset(x for x in (_attr(ev.actor1, "side"), _attr(ev.actor2, "side"))
                     if x and x != "unknown")


def _sets_compatible(a: Event, b: Event) -> bool:
    """Could two events have the same parties? A battle has two sides: the sides both name fit
    in one pair; a one-sided event (a strike) names the same attacker."""
    sa, sb = _side_set(a), _side_set(b)
    if a.event_type == "Battles" and b.event_type == "Battles":
        return len(sa | sb) <= 2
    return sa <= sb or sb <= sa


def _consolidate(ctx: _Ctx, events: list[Event]) -> list[Event]:
    """Article-level merging of what one battle or one strike told several times:
    - an armed clash at a place that a territory change of the article also names is that
      battle (not when it is a repelled attack: that is another side's claim);
    - armed clashes sharing a precise place and compatible sides are one battle;
    - an event placed only at a container (the city, a region) joins the nearest event of its
      sub-type (or, for a clash, a territory change) with precise places and compatible sides.
    """
    def precise(ev):
        return {pi for pi in ev.places if not (ctx.is_container(pi))}

    def dist(a, b):
        return abs(a.triggers[0][0] - b.triggers[0][0])

    changed = True
    while changed:
        changed = False
        for ev in events:
            pe = precise(ev)
            hosts = []
            for o in events:
                if o is ev or o.event_type != ev.event_type or not _sets_compatible(ev, o):
                    continue
                po = precise(o)
                clash_into_territory = (ev.sub_event_type == "Armed clash" and not ev.repel
                                        and o.family == "territory")
                if pe:
                    if not (pe & po):
                        continue
                    if clash_into_territory:
                        hosts.append(o)
                    elif ev.sub_event_type == o.sub_event_type == "Armed clash" and not (ev.repel and not o.repel):
                        hosts.append(o)
                else:
                    if po and (o.sub_event_type == ev.sub_event_type or clash_into_territory):
                        inside = [_contains(ctx, ev.places, pi) for pi in po]
                        if True in inside or (None in inside and _near(ctx, ev, o)):
                            hosts.append(o)
            if not hosts:
                continue
            host = min(hosts, key=lambda o: dist(o, ev))
            _merge_events(host, ev, add_places=bool(pe), sources=bool(pe))
            events.remove(ev)
            changed = True
            break
    return events


def _contains(ctx: _Ctx, containers: list[int], pi: int):
    """Is place ``pi`` inside one of the container places? True, False or None (not known)."""
    places = ctx.doc.places
    p = places[pi]
    p_admin = _attr(p, "admin1")
    p_parent = _attr(p, "parent")
    if not p_admin and not p_parent:
        return None
    for ci in containers:
        c = places[ci]
        if p_parent and p_parent == _attr(c, "id"):
            return True
        if p_admin and p_admin == _attr(c, "admin1"):
            return True
    return False


def _near(ctx: _Ctx, a: Event, b: Event) -> bool:
    """Told in the same paragraph."""
    pa = {ctx.para_of[s] for s in a.sentences}
    pb = {ctx.para_of[s] for s in b.sentences}
    return bool(pa & pb)


def _merge_events(host: Event, ev: Event, add_places: bool, sources: bool = True) -> None:
    for sp in ev.evidence:
        if sp not in host.evidence:
            host.evidence.append(sp)
    host.sentences = sorted(set(host.sentences) | set(ev.sentences))
    host.triggers = sorted(set(host.triggers) | set(ev.triggers))
    if add_places:
        for pi in ev.places:
            if pi not in host.places:
                host.places.append(pi)
    if host.actor1 is None:
        host.actor1 = ev.actor1
    if host.actor2 is None and ev.actor2 is not None and _attr(ev.actor2, "side") != _attr(host.actor1, "side"):
        host.actor2 = ev.actor2
    if host.date is None and ev.date is not None:
        host.date, host.date_precision = ev.date, ev.date_precision
    host.casualties = sorted(set(host.casualties) | set(ev.casualties))
    if ev.fatalities is not None:
        host.fatalities = max(host.fatalities or 0, ev.fatalities)
    for s in (ev.claimed_by if sources else ()):
        if all(not _same_source(s, x) for x in host.claimed_by):
            host.claimed_by.append(s)


def _sides_compatible(a, b) -> bool:
    if a is None or b is None:
        return True
    sa, sb = _attr(a, "side"), _attr(b, "side")
    return sa == sb or "unknown" in (sa, sb) or not sa or not sb


def _find_same(ctx: _Ctx, events: list[Event], c: _Cand) -> Event | None:
    def key(places):
        p = frozenset(pi for pi in places if not (ctx.is_container(pi)))
        return p or frozenset(places)
    k = key(c.places)
    for e in events:
        if e.event_type != c.event_type or e.sub_event_type != c.sub_type:
            continue
        if key(e.places) != k:
            continue
        if not _sides_compatible(e.actor1, c.actor1) or not _sides_compatible(e.actor2, c.actor2):
            continue
        if e.background != c.background:
            continue
        return e
    return None


def _cand_spans(ctx: _Ctx, c: _Cand) -> list:
    spans = [ctx.doc.span(*c.clause)]
    for m in c.merged:
        if m.clause != c.clause:
            spans.append(ctx.doc.span(*m.clause))
    return spans


def _new_event(ctx: _Ctx, c: _Cand) -> Event:
    ev = Event(id="", event_type=c.event_type, sub_event_type=c.sub_type, _doc=ctx.doc)
    ev.family = c.family
    ev.repel = c.repel
    ev.places = list(c.places)
    ev.actor1, ev.actor2 = c.actor1, c.actor2
    ev.background = c.background
    if c.date is not None:
        ev.date = _date_value(c.date)
        ev.date_precision = _attr(c.date, "precision")
    ev.casualties = sorted(set(c.casualties + [x for m in c.merged for x in m.casualties]))
    ev.fatalities = c.fatalities
    ev.claimed_by = list(c.sources)
    ev.evidence = _cand_spans(ctx, c)
    ev.sentences = [c.sent]
    ev.triggers = [(c.trig_start, c.trig_end)] + [(m.trig_start, m.trig_end) for m in c.merged]
    return ev


def _absorb(ctx: _Ctx, ev: Event, c: _Cand, sources: bool = True) -> None:
    for sp in _cand_spans(ctx, c):
        if sp not in ev.evidence:
            ev.evidence.append(sp)
    if c.sent not in ev.sentences:
        ev.sentences.append(c.sent)
    ev.triggers.append((c.trig_start, c.trig_end))
    if ev.actor1 is None and c.actor1 is not None:
        ev.actor1 = c.actor1
    if ev.actor2 is None and c.actor2 is not None and _attr(c.actor2, "side") != _attr(ev.actor1, "side"):
        ev.actor2 = c.actor2
    if ev.date is None and c.date is not None:
        ev.date = _date_value(c.date)
        ev.date_precision = _attr(c.date, "precision")
    for ci in c.casualties:
        if ci not in ev.casualties:
            ev.casualties.append(ci)
    ev.casualties.sort()
    if c.fatalities is not None:
        ev.fatalities = max(ev.fatalities or 0, c.fatalities)
    for s in (c.sources if sources else ()):
        if all(not _same_source(s, x) for x in ev.claimed_by):
            ev.claimed_by.append(s)
