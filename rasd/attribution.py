"""Who says what: reported speech, its sources and the stretch of text each claim covers.

``find_attributions(doc)`` fills ``doc.attributions`` with :class:`Attribution` items and
``sources_for(doc, nstart, nend)`` tells which sources a stretch of normalised text is claimed by
(``[]``: the outlet's own voice).

What is read (words in ``data/attribution_verbs.tsv``, generic voices in
``data/attribution_voices.tsv``), sentence by sentence over the tokens:

- a reporting verb (قال، أفاد، أكد، ذكر، وثّق، أعلن، أشار، نقل …). Its subject is the noun phrase
  after it (VSO: "قال المرصد السوري") or, when nothing stands there, the one before it in the same
  clause (SVO: "مصادر في فصائل المعارضة قالت إنها"; "وكان المرصد السوري قد قال"); with no subject
  at all ("وأضاف أن") the speaker of the previous attribution of the paragraph speaks on.
- the subject phrase ends at a complementizer (إن، أن، بأن), at a stop word (إلى، على، time
  words), at a casualty trigger or a number ("أعلنت الفصائل قتل 15"), at a word with ب glued on
  ("أفاد ناشطون بمقتل"), or at punctuation. Inside it, every actor of ``doc.actors`` is a source,
  in the order written; so is a generic voice (ناشطون، مصادر ميدانية، مراسل …) the actor stage
  did not cover. Chains keep their order: "قال المرصد السوري لوكالة فرانس برس" -> [SOHR, AFP]
  (the outlet spoken to, with ل), "نقل التلفزيون السوري عن مدير مستشفى" -> [TV, director],
  "قال مراسل الجزيرة نقلا عن الدفاع المدني" -> [correspondent, civil defence].
- a definite voice word refers back to a source named before: "وثّق المركز" -> the last source
  whose name holds مركز (مركز حلب الإعلامي); "وقال المراسل" -> مراسل الجزيرة.
- a participle (مشيرا، مضيفا، مؤكدا …) continues the speaker of its sentence.
- a formula (بحسب X، حسب X، وفق X، وفق ما أفادت X، نقلا عن X، طبقا لـ X): the source is X.

The claim's scope (normalised ranges, :attr:`Attribution.ranges`):
- after a verb or a leading formula: from the end of the subject phrase (after إن/أن) to the end of
  the sentence, and on through the following sentences while a quotation opened in it is still
  open; it stops where the next attribution of the same sentence begins;
- a trailing formula ("… وفق شبكة شام."): the sentence up to the formula, and the sentence before
  it when that one is in the same paragraph and not itself attributed.

Sources are :class:`Source` items: ``id``/``name_ar``/``side`` of the actor (``actor`` holds the
actor object), or of a generic voice the actor stage does not list (then ``id`` is None and
``name_ar`` is the phrase as written: "مصادر ميدانية"، "صحيفة الوطن المقربة"، a person's name
after a strong verb). ``name_ar`` is always the name as written at that place, without a clitic
glued to it (للمرصد -> المرصد). ``addressee`` marks the outlet spoken to ("لوكالة فرانس برس"،
لـ"عنب بلدي"), ``relayed`` a source the speaker quotes ("نقلا عن الدفاع المدني"); both stay in the
chain. ``start``/``end`` are the normalised span of the name where it is written.

Attribution items (``doc.attributions``): ``sources`` (chain order), ``kind`` (verb | participle |
marker), ``verb`` (normalised span of the verb or formula), ``ranges`` (normalised ranges the
claim covers), ``evidence`` (spans of the verb and of the sources named there), ``inherited``.
The scan is linear: each sentence is read once over its tokens, with bounded look-ahead and
look-back windows; ``sources_for`` looks claims up through a sorted index.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .document import Document, Span
from .lexicon import load_table
from .clitics import candidates
from .normalize import normalize

_ILA = normalize("إلى")
_norm = lru_cache(maxsize=8192)(normalize)   # names are normalised again and again

__all__ = ["Source", "Attribution", "find_attributions", "sources_for", "actor_mentions",
           "mention_ranges"]

_HARD_STOP = set(".:;؛!?؟\n")
_COMMA = set("،,")
_MAX_PHRASE = 10
_MAX_BACK = 8


# --------------------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class _Lex:
    verbs: dict          # form -> flags (frozenset)
    participles: frozenset
    markers: frozenset
    chain: frozenset
    comp: frozenset
    stop: frozenset
    voices: dict         # form -> (side, anaphor)
    all_forms: frozenset = frozenset()   # verbs, participles and markers together
    link: frozenset = frozenset()        # words inside a source's name (المتحدث باسم X)
    channel: frozenset = frozenset()     # "في بيان"، "في تصريح": how the source spoke
    name_stop: frozenset = frozenset()   # words that never extend a source's name (التابعة)
    own: frozenset = frozenset()         # the outlet's own voice again (يُذكر أن)


@lru_cache(maxsize=None)
def lexicon() -> _Lex:
    verbs, parts, markers, chain, comp, stop, link, channel, name_stop, own = (
        {}, set(), set(), set(), set(), set(), set(), set(), set(), set())
    for r in load_table("attribution_verbs.tsv"):
        f = normalize(r["form"])
        t = r["type"]
        flags = frozenset(x.strip() for x in r.get("flags", "").split(",") if x.strip())
        if t == "verb":
            verbs[f] = flags
        elif t == "participle":
            parts.add(f)
        elif t == "marker":
            markers.add(f)
        elif t == "chain":
            chain.add(f)
        elif t == "comp":
            comp.add(f)
        elif t == "stop":
            stop.add(f)
        elif t == "link":
            link.add(f)
        elif t == "channel":
            channel.add(f)
        elif t == "name_stop":
            name_stop.add(f)
        elif t == "own":
            own.add(f)
    voices = {}
    for r in load_table("attribution_voices.tsv"):
        voices[normalize(r["form"])] = (r.get("side") or "unknown", r.get("anaphor") == "yes")
    return _Lex(verbs, frozenset(parts), frozenset(markers), frozenset(chain), frozenset(comp),
                frozenset(stop), voices, frozenset(verbs) | frozenset(parts) | frozenset(markers) | frozenset(own),
                frozenset(link), frozenset(channel), frozenset(name_stop), frozenset(own))


_MAYBE: dict[str, bool] = {}   # word -> may it be a reporting word (a cheap first test)


# --------------------------------------------------------------------------- items

@dataclass
class Source:
    """One source of a claim: an actor of the article, or a generic voice it does not list."""

    id: str | None
    name_ar: str            # as written at this place in the text
    side: str
    start: int              # normalised offsets of the name at this place
    end: int
    actor: Any = None       # the actor item of doc.actors, when there is one
    addressee: bool = False  # the outlet the speaker spoke to ("لوكالة فرانس برس")
    relayed: bool = False    # quoted by the speaker ("نقلا عن الدفاع المدني"، "نقل X عن Y")

    def ref(self) -> dict:
        return {"id": self.id, "name_ar": self.name_ar, "side": self.side}

    def same(self, other: "Source") -> bool:
        if self.id is not None or other.id is not None:
            return self.id == other.id
        return _norm(self.name_ar) == _norm(other.name_ar)


@dataclass
class Attribution:
    sources: list[Source]
    kind: str                       # verb | participle | marker | headline
    verb: tuple[int, int]           # normalised span of the verb or formula
    ranges: list[tuple[int, int]]   # normalised ranges the claim covers
    evidence: list[Span] = field(default_factory=list)   # the verb/formula and the sources
    inherited: bool = False         # the speaker was carried over from an earlier attribution
    fresh: list = field(default_factory=list, repr=False)   # sources named at this place

    def covers(self, s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in self.ranges)

    def width(self) -> int:
        return sum(b - a for a, b in self.ranges)

    def to_json(self) -> dict:
        return {"sources": [x.ref() for x in self.sources], "kind": self.kind,
                "evidence": [e.to_json() for e in self.evidence]}


# --------------------------------------------------------------------------- mentions

def mention_ranges(item: Any) -> list[tuple[int, int]]:
    """Normalised (start, end) ranges of an actor's or place's mentions, whatever it calls them."""
    for attr in ("norm_spans", "mentions_norm", "norm_mentions", "mentions", "spans", "ranges"):
        v = getattr(item, attr, None)
        if v is None and isinstance(item, dict):
            v = item.get(attr)
        if not v or not isinstance(v, (list, tuple)):
            continue
        out = []
        for m in v:
            if isinstance(m, (tuple, list)) and len(m) >= 2 and isinstance(m[0], int):
                out.append((m[0], m[1]))
            elif hasattr(m, "start") and hasattr(m, "end") and isinstance(m.start, int):
                out.append((m.start, m.end))
            elif isinstance(m, dict) and "start" in m:
                out.append((m["start"], m["end"]))
        if out:
            return out
    return []


def _get(item: Any, name: str, default=None):
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


def actor_mentions(doc: Document) -> list[tuple[int, int, Any]]:
    """Every actor mention of the document, (start, end, actor), by position."""
    cache = doc.options.get("_actor_mentions")
    if cache is not None and cache[0] is doc.actors and cache[1] == len(doc.actors):
        return cache[2]
    out = []
    for a in doc.actors:
        for s, e in mention_ranges(a):
            out.append((s, e, a))
    out.sort(key=lambda x: (x[0], -x[1]))
    doc.options["_actor_mentions"] = (doc.actors, len(doc.actors), out)
    return out


# --------------------------------------------------------------------------- the reader

class _Reader:
    def __init__(self, doc: Document):
        self.doc = doc
        self.lex = lexicon()
        self.norm = doc.norm
        self.toks = doc.tokens
        self.starts = [t.start for t in self.toks]
        self.ments = actor_mentions(doc)
        self.ment_starts = [m[0] for m in self.ments]
        self.qstarts = {q.start for q in doc.quantities if getattr(q, "start", None) is not None}
        self.qspans = sorted((q.start, q.end) for q in doc.quantities)
        from .casualties import trigger_forms
        self.triggers = trigger_forms()
        self.out: list[Attribution] = []
        self.known: list[Source] = []      # sources named so far, for anaphora
        self._vk: dict[int, Any] = {}
        self.phrase_end_tok = 0

    # -- token helpers
    def word(self, i: int) -> str:
        return self.toks[i].text

    def forms(self, i: int) -> tuple[str, ...]:
        """The word and its readings without و/ف/ب glued on (وقال، فأكد، وبحسب)."""
        t = self.toks[i]
        out = [t.text]
        if t.prefix in ("و", "ف", "ب", "وب", "فب"):
            out.append(t.stem)
        for pre, stem in candidates(t.text)[1:]:
            if pre in ("و", "ف", "ب", "وب", "فب") and stem not in out:
                out.append(stem)
        return tuple(out)

    def gap(self, i: int) -> str:
        """The characters between token i-1 and token i."""
        if i <= 0:
            return self.norm[:self.toks[0].start] if self.toks else ""
        return self.norm[self.toks[i - 1].end:self.toks[i].start]

    def actor_at(self, pos: int):
        """The actor mention starting at normalised position ``pos`` (longest)."""
        i = bisect.bisect_left(self.ment_starts, pos)
        if i < len(self.ments) and self.ments[i][0] == pos:
            return self.ments[i]
        return None

    def actor_on(self, k: int):
        """The actor mention starting on token k, after any clitic glued to it (لوكالة، للجزيرة)."""
        t = self.toks[k]
        for pos in range(t.start, t.start + len(t.prefix) + 1):
            m = self.actor_at(pos)
            if m is not None:
                return m
        return None

    def covered(self, pos: int):
        """The actor mention covering ``pos``, if any."""
        i = bisect.bisect_right(self.ment_starts, pos) - 1
        while i >= 0 and i >= bisect.bisect_right(self.ment_starts, pos) - 4:
            m = self.ments[i]
            if m[0] <= pos < m[1]:
                return m
            i -= 1
        return None

    def in_quantity(self, pos: int) -> bool:
        i = bisect.bisect_right(self.qspans, (pos, float("inf"))) - 1
        return i >= 0 and self.qspans[i][0] <= pos < self.qspans[i][1]

    def verb_kind(self, i: int) -> tuple[str, frozenset] | None:
        if i in self._vk:
            return self._vk[i]
        w = self.toks[i].text
        maybe = _MAYBE.get(w)
        if maybe is None:
            allf = self.lex.all_forms
            maybe = _MAYBE[w] = any(w[x:] in allf for x in range(0, min(5, len(w) - 1)))
            if len(_MAYBE) > 200_000:
                _MAYBE.clear()
        if not maybe:
            self._vk[i] = None
            return None
        r = self._verb_kind(i)
        self._vk[i] = r
        return r

    def _verb_kind(self, i: int) -> tuple[str, frozenset] | None:
        if self.covered(self.toks[i].start):
            return None
        t = self.toks[i]
        for f in self.forms(i):
            pre = t.text[:len(t.text) - len(f)]
            # "يُذكر أن" / "يشار إلى أن": no subject, the outlet's own background
            if f in self.lex.own and pre in ("", "و", "ف") and i + 1 < len(self.toks) and \
                    (self.is_comp(i + 1) or self.toks[i + 1].text in self.lex.stop
                     or self.toks[i + 1].stem in ("اشاره", "بالذكر")):
                return "own", frozenset()
            if f in self.lex.verbs and pre in ("", "و", "ف"):
                return "verb", self.lex.verbs[f]
            if f in self.lex.participles and pre in ("", "و", "ف"):
                return "participle", frozenset()
            if f in self.lex.markers:
                return "marker", frozenset()

        return None

    def is_comp(self, i: int) -> bool:
        return self.toks[i].text in self.lex.comp or (
            self.toks[i].prefix in ("و", "ف") and self.toks[i].stem in self.lex.comp)

    def is_trigger(self, i: int) -> bool:
        return any(f in self.triggers for f in (self.toks[i].text, self.toks[i].stem))

    # -- sources in a token range
    def sources_in(self, a: int, b: int, addressee_ok: bool = True) -> list[Source]:
        """Actors and generic voices among tokens a..b-1, in text order."""
        out: list[Source] = []
        if a >= b:
            return out
        lo, hi = self.toks[a].start, self.toks[b - 1].end
        i = a
        while i < b:
            t = self.toks[i]
            m = self.actor_on(i)
            if m is not None and m[1] <= hi:
                j = i
                while j + 1 < b and self.toks[j + 1].start < m[1]:
                    j += 1
                end = self._extend_name(j, b)
                p = t.prefix[:-2] if t.prefix.endswith("ال") else t.prefix
                addr = p.endswith("ل") or (i > a and self.toks[i - 1].text == "ل")
                out.append(self._actor_source(m[2], m[0], end, addr))
                i = self._index_after(end, i)
                continue
            # "لـ (جيرون)"، "لـ\"عنب بلدي\"": an outlet in quotes the speaker talked to
            if t.text == "ل" and i + 1 < b and any(c in '"(' for c in self.gap(i + 1)):
                k = i + 1
                while k < b and k < i + 5 and not any(c in '")' for c in self.gap(k + 1) if k + 1 < len(self.toks)):
                    k += 1
                if k < b and self.actor_on(i + 1) is None:
                    s0, e0 = self.toks[i + 1].start, self.toks[k].end
                    out.append(Source(None, self.doc.span(s0, e0).text, "media", s0, e0, None, True))
                    i = k + 1
                    continue
            v = None
            pp = t.prefix[:-2] if t.prefix.endswith("ال") else t.prefix
            if not any(c in pp for c in "بلك"):
                v = self.lex.voices.get(t.text) or self.lex.voices.get(t.stem) \
                    or self.lex.voices.get("ال" + t.stem if t.prefix.endswith("ال") else "\0")
            if v is not None and not self.covered(t.start):
                side, anaphor = v
                definite = t.prefix.endswith("ال") or t.stem.startswith("ال")
                if anaphor and definite:
                    ref = self._antecedent(t.stem[2:] if t.stem.startswith("ال") else t.stem)
                    if ref is not None:
                        out.append(Source(ref.id, ref.name_ar, ref.side, t.start, t.end,
                                          ref.actor))
                        i += 1
                        continue
                end = self._extend_name(i, b, voice=True)
                name = self.doc.span(t.start, end).text
                m = self.swallowed
                if m is not None:     # the voice of a known body: its id and side
                    out.append(Source(_get(m[2], "id"), name, _get(m[2], "side") or side,
                                      t.start, end, m[2]))
                else:
                    out.append(Source(None, name, side, t.start, end))
                i = self._index_after(end, i)
                continue
            i += 1
        # a voice takes the side of the body it belongs to ("مصادر في فصائل المعارضة")
        for k, s in enumerate(out):
            if s.id is None and s.side == "unknown":
                for s2 in out[k + 1:]:
                    if s2.id is not None and s2.side:
                        s.side = s2.side
                        break
        return out

    def _index_after(self, end: int, i: int) -> int:
        j = i + 1
        while j < len(self.toks) and self.toks[j].start < end:
            j += 1
        return j

    def _extend_name(self, j: int, b: int, voice: bool = False) -> int:
        """End of a name whose last token is j, over the adjectives that follow it."""
        end = self.toks[j].end
        self.swallowed = None
        added = 0
        k = j + 1
        while k < b and added < 3:
            g = self.gap(k)
            if voice and not any(c in _HARD_STOP or c in _COMMA for c in g) and self.actor_on(k) \
                    and not self.toks[k].prefix[:-2 if self.toks[k].prefix.endswith("ال") else None]:
                # "مراسل الجزيرة"، 'صحيفة "العربي الجديد"': the voice is named by its body
                m = self.actor_on(k)
                self.swallowed = m
                end = m[1]
                if end < len(self.norm) and self.norm[end:end + 1] == '"':
                    end += 1
                break
            if any(c in _HARD_STOP or c in _COMMA or c == '"' or c in "()" for c in g):
                break
            t = self.toks[k]
            clitic = t.prefix[:-2] if t.prefix.endswith("ال") else t.prefix
            if clitic or t.text in self.lex.stop or t.text in self.lex.comp or t.text in self.lex.name_stop \
                    or t.text in self.lex.voices or t.text in self.lex.chain \
                    or t.text in ("في", "من", "عن", "مع", "ذاته", "نفسه", "ذاتها", "نفسها") \
                    or self.verb_kind(k) or self.is_trigger(k) or t.start in self.qstarts:
                break
            if self.actor_on(k):
                break
            if not voice and not t.text.startswith("ال"):
                break
            end = t.end
            added += 1
            k += 1
        return end

    def _actor_source(self, actor, start: int, end: int, addr: bool) -> Source:
        return Source(_get(actor, "id"), self._written(start, end, actor),
                      _get(actor, "side") or "unknown", start, end, actor, addr)

    def _written(self, start: int, end: int, actor=None) -> str:
        """The name as written, without a clitic glued to its first word (للمرصد -> المرصد) when
        the actor's own names show the letters are a clitic (not in وسائل، فاستقم، كاميرا)."""
        text = self.doc.span(start, end).text
        names = [_norm(x) for x in ([_get(actor, "name_ar") or ""] + list(_get(actor, "aliases") or []))
                 if x] if actor is not None else []
        if not names or any(_norm(text).startswith(x) for x in names):
            return text
        i = bisect.bisect_right(self.starts, start) - 1
        if 0 <= i < len(self.toks) and self.toks[i].start <= start < self.toks[i].end:
            t = self.toks[i]
            if start == t.start and t.prefix:
                p = t.prefix[:-2] if t.prefix.endswith("ال") else t.prefix
                if p.endswith("لل"):
                    p = p[:-1]
                if p and all(c in "وفبلك" for c in p):
                    # drop as many written letters as the clitic has (diacritics may sit between)
                    k, seen = 0, 0
                    while k < len(text) and seen < len(p):
                        if "\u0621" <= text[k] <= "\u064a":
                            seen += 1
                        k += 1
                    rest = text[k:]
                    if t.prefix.endswith("لل") and not t.prefix.endswith("ال"):
                        rest = "ا" + rest if not rest.startswith("ال") else rest
                    if rest and any(_norm(rest).startswith(x) for x in names):
                        return rest
        return text

    def _antecedent(self, head: str) -> Source | None:
        for s in reversed(self.known[-60:]):
            words = _norm(s.name_ar).split()
            if any(w == head or w.endswith(head) and len(w) <= len(head) + 2 for w in words):
                return s
        return None

    # -- the subject phrase after a verb
    def phrase_after(self, k: int, stop_tok: int, chain_ok: bool):
        """Tokens k+1.. of a subject phrase: (first, end index, claim start position)."""
        j = k + 1
        first = j
        n = 0
        chain = chain_ok
        self.chain_at = None    # where "نقلا عن"/"عن" begins the relayed part of the phrase
        while j < stop_tok and n < _MAX_PHRASE:
            g = self.gap(j)
            if any(c in _HARD_STOP for c in g):
                return first, j, self.toks[j].start
            if any(c in _COMMA for c in g) and n:
                return first, j, self.toks[j].start
            if '"' in g or "(" in g or ")" in g:
                closing = (self.norm.count('"', self.toks[first].start if n else self.toks[k].end,
                                           self.toks[j].start) % 2 == 0 and '"' in g
                           and self.norm.count('"', self.toks[k].end, self.toks[j - 1].end) % 2 == 1) \
                    or (")" in g and "(" not in g)
                m = self.actor_on(j)
                if m is None and not closing and not (n == 0 and self._short_quoted_name(j, stop_tok)):
                    return first, j, self.toks[j].start
            t = self.toks[j]
            if self.is_comp(j):
                return first, j, t.end
            if t.text in self.lex.stop or self.is_trigger(j) or t.start in self.qstarts \
                    or self.in_quantity(t.start):
                return first, j, t.start
            vk = self.verb_kind(j)
            if vk is not None:
                if vk[0] == "marker" and t.text in ("نقلا",):
                    chain = True
                    if self.chain_at is None:
                        self.chain_at = t.start
                    j += 1
                    n += 1
                    continue
                return first, j, t.start
            if t.text in self.lex.chain:
                if not chain:
                    return first, j, t.start
                if self.chain_at is None:
                    self.chain_at = t.start
                j += 1
                n += 1
                continue
            if t.text in ("في", "عبر") and j + 1 < stop_tok and self.toks[j + 1].stem in self.lex.channel:
                return first, j, t.start      # "وأضافت اللجنة في بيان أن"
            if t.text in self.lex.link:
                j += 1
                n += 1
                continue
            if ("ب" in t.prefix or t.text == "ب") and self.actor_on(j) is None \
                    and self.covered(t.start) is None:
                return first, j, t.start      # "أفاد ناشطون بمقتل"، "أفاد مراسل الجزيرة بـ تجدد"
            j += 1
            n += 1
        return first, j, (self.toks[j].start if j < len(self.toks) else len(self.norm))

    def _short_quoted_name(self, j: int, stop_tok: int) -> bool:
        """An opening quote right after the verb that holds a short name ("مركز حلب الإعلامي")."""
        for k in range(j, min(stop_tok, j + 6)):
            if k > j and '"' in self.gap(k):
                return any(self.lex.voices.get(self.toks[x].stem) or self.actor_on(x)
                           for x in range(j, k))
        return False

    def subject_before(self, k: int, first_tok: int) -> list[Source]:
        """The subject written before verb k in its clause ("مصادر ... قالت"، "وكان X قد قال")."""
        i = k - 1
        lo = max(first_tok, k - _MAX_BACK)
        start = k
        while i >= lo:
            g = self.gap(i + 1)
            if any(c in _HARD_STOP or c in _COMMA for c in g):
                break
            if self.is_comp(i) or self.verb_kind(i) is not None or self.in_quantity(self.toks[i].start):
                break
            start = i
            i -= 1
        return [s for s in self.sources_in(start, k) if not s.addressee]

    # -- main loop
    def run(self) -> list[Attribution]:
        doc = self.doc
        sents = doc.sentences
        para = _paragraphs(self.norm, sents)
        for si, (s0, s1) in enumerate(sents):
            a = bisect.bisect_left(self.starts, s0)
            b = bisect.bisect_left(self.starts, s1)
            k = a
            sent_atts: list[Attribution] = []
            head = self._colon_source(a, b, si)
            if head is not None:
                sent_atts.append(head)
                self.out.append(head)
                self.known.extend(head.fresh)
            while k < b:
                vk = self.verb_kind(k)
                if vk is None:
                    k += 1
                    continue
                kind, flags = vk
                att = None
                if kind == "own":      # "يُذكر أن"، "يشار إلى أن": the outlet speaks again
                    cut = self.toks[k].start
                    for x in sent_atts:
                        x.ranges = [(s, min(e, cut)) for s, e in x.ranges if s < cut and min(e, cut) > s]
                    self.phrase_end_tok = k + 1
                    k += 1
                    continue
                if kind == "verb":
                    # "وفق ما أفادت X": the formula, read from its first word
                    if (k - 2 >= a and self.word(k - 1) == "ما" and self.verb_kind(k - 2)
                            and self.verb_kind(k - 2)[0] == "marker") or \
                            (k - 1 >= a and self.word(k - 1).endswith("ما") and self.verb_kind(k - 1)
                             and self.verb_kind(k - 1)[0] == "marker"):
                        k += 1
                        continue
                    att = self._verb(k, a, b, flags, si, para, sent_atts)
                elif kind == "participle":
                    att = self._participle(k, b, si, para, sent_atts)
                elif k >= self.phrase_end_tok:   # not "نقلا عن" inside a verb's source phrase
                    att = self._marker(k, a, b, si, para, sents, sent_atts)
                if att is not None:
                    sent_atts.append(att)
                    self.out.append(att)
                    self.known.extend(att.fresh)
                k += 1
            self._cut(sent_atts)
        return self.out

    def _colon_source(self, a: int, b: int, si: int) -> Attribution | None:
        """A headline or lead of the form "المرصد السوري: مقتل 20 مدنيا …": a source, then a colon."""
        for j in range(a + 1, min(b, a + 6)):
            g = self.gap(j)
            if ":" in g:
                if any(self.verb_kind(x) for x in range(a, j)):
                    return None
                srcs = [x for x in self.sources_in(a, j) if not x.addressee]
                if not srcs or srcs[0].start > self.toks[a].end:
                    return None
                colon = self.toks[j - 1].end + g.index(":")
                return self._make(srcs, "headline", colon, colon + 1,
                                  self._scope(self.toks[j].start, si, colon + 1))
            if any(c in _HARD_STOP or c in _COMMA for c in g):
                return None
        return None

    def _cut(self, atts: list[Attribution]) -> None:
        """Within a sentence, a claim stops where the next attribution begins."""
        for x, y in zip(atts, atts[1:]):
            if y.kind == "marker" and y.ranges and y.ranges[0][0] < y.verb[0]:
                continue   # a trailing formula reaches back over the sentence
            cut = y.verb[0]
            if not any(s < cut < e for s, e in x.ranges):
                continue
            x.ranges = [(s, min(e, cut)) for s, e in x.ranges if s < cut and min(e, cut) > s]

    def _prev_speaker(self, si: int, para: list[int], sent_atts) -> list[Source] | None:
        if sent_atts:
            return sent_atts[-1].sources
        for att in reversed(self.out):
            asi = _sentence_index(self.doc.sentences, att.verb[0])
            if asi is None or asi < si - 2 or para[asi] != para[si]:
                break
            return att.sources
        return None

    def _scope(self, start: int, si: int, origin: int | None = None) -> list[tuple[int, int]]:
        """From ``start`` to the end of sentence si, on while a quotation opened in it (after
        ``origin``, the verb) is still open."""
        sents = self.doc.sentences
        s1 = sents[si][1]
        ranges = [(start, s1)]
        if self.norm.count('"', start if origin is None else min(origin, start), s1) % 2 == 1:
            j = si + 1
            while j < len(sents) and j <= si + 8:
                a, b = sents[j]
                if "\n\n" in self.norm[sents[j - 1][1]:a] and self.norm[a] != '"':
                    break
                ranges.append((a, b))
                if self.norm.count('"', a, b) % 2 == 1:
                    break
                j += 1
        return ranges

    def _make(self, sources, kind, vs, ve, ranges, inherited=False, fresh=None) -> Attribution:
        """``fresh``: the sources named at this place (all of them unless ``inherited``)."""
        if fresh is None:
            fresh = [] if inherited else list(sources)
        ev = [self.doc.span(vs, ve)]
        for s in fresh:
            if s.end > s.start:
                ev.append(self.doc.span(s.start, s.end))
        att = Attribution(list(sources), kind, (vs, ve), ranges, ev, inherited)
        att.fresh = list(fresh)
        return att

    def _verb(self, k, a, b, flags, si, para, sent_atts):
        t = self.toks[k]
        chain_ok = t.stem.startswith("نقل") or t.text.startswith("نقل") or "ينقل" == t.stem
        first, end, claim = self.phrase_after(k, b, chain_ok)
        self.phrase_end_tok = end
        fwd = self.sources_in(first, end)
        if self.chain_at is not None:
            for x in fwd:
                if x.start >= self.chain_at:
                    x.relayed = True
        subj = [s for s in fwd if not s.addressee and not s.relayed]
        inherited = False
        if not subj:
            back = self.subject_before(k, a)
            prev = None
            if not back and (end == first or fwd):
                # "وأضاف أن"، "وأضاف نقلا عن مصادر …": the speaker goes on
                prev = self._prev_speaker(si, para, sent_atts)
            if back:
                fwd = back + fwd
            elif prev is not None:
                fresh = list(fwd)
                fwd = [x for x in prev if not any(x.same(y) for y in fwd)] + fwd
                return self._make(fwd, "verb", t.start, t.end, self._scope(claim, si, t.end), True,
                                  fresh)
            elif end == first:
                return None
            elif "strong" in flags and end - first <= 4 and not fwd:
                s0, e0 = self.toks[first].start, self.toks[end - 1].end
                fwd = [Source(None, self.doc.span(s0, e0).text, "unknown", s0, e0)] + fwd
            elif fwd:   # only an addressee: "قال لـ (جيرون)": the outlet is the source we have
                pass
            else:
                return None
        return self._make(fwd, "verb", t.start, t.end, self._scope(claim, si, t.end), inherited)

    def _participle(self, k, b, si, para, sent_atts):
        prev = self._prev_speaker(si, para, sent_atts)
        if prev is None:
            return None
        t = self.toks[k]
        start = t.end
        j = k + 1
        while j < b and j <= k + 2 and (self.toks[j].text in self.lex.stop
                                        or self.is_comp(j)):
            start = self.toks[j].end
            j += 1
        return self._make(prev, "participle", t.start, t.end, self._scope(start, si, t.end), True)

    def _marker(self, k, a, b, si, para, sents, sent_atts):
        t = self.toks[k]
        j = k + 1
        # وفقا لـ، طبقا لـ، نقلا عن، استنادا إلى، على لسان، وفق ما أفادت
        while j < b and (self.toks[j].text in ("ل", "عن", _ILA, "ما") or
                         (self.verb_kind(j) and self.verb_kind(j)[0] == "verb"
                          and self.word(j - 1).endswith("ما"))):
            j += 1
        if t.text == "لسان" and not (k > a and self.word(k - 1) == "علي"):
            return None
        first, end, claim = self.phrase_after(j - 1, b, True)
        srcs = self.sources_in(first, end)
        if not srcs:
            return None
        if t.text == "نقلا":
            for x in srcs:
                x.relayed = True
        s0, s1 = sents[si]
        mstart = t.start - len(t.prefix)
        leading = (k - a) <= 2
        if leading:
            ranges = self._scope(claim, si, t.end)
        else:
            lo = s0
            ranges = [(lo, mstart)]
            tail = claim
            if end < b and tail < s1:
                ranges.append((tail, s1))
            # a trailing formula covers the sentence before, in the same paragraph
            if si > 0 and para[si - 1] == para[si] and not self._attributed(sents[si - 1]):
                ranges.insert(0, sents[si - 1])
        return self._make(srcs, "marker", mstart, t.end, ranges)

    def _attributed(self, sent: tuple[int, int]) -> bool:
        """Does an attribution found so far speak in, or cover the start of, this sentence?"""
        for att in reversed(self.out[-8:]):
            if sent[0] <= att.verb[0] < sent[1] or any(r[0] <= sent[0] < r[1] for r in att.ranges):
                return True
        return False


def _paragraphs(norm: str, sents: list[tuple[int, int]]) -> list[int]:
    out = []
    p = 0
    prev_end = 0
    for i, (s, e) in enumerate(sents):
        if i and "\n" in norm[prev_end:s]:
            p += 1
        out.append(p)
        prev_end = e
    return out


def _sentence_index(sents: list[tuple[int, int]], pos: int) -> int | None:
    i = bisect.bisect_right(sents, (pos, float("inf"))) - 1
    if 0 <= i < len(sents) and sents[i][0] <= pos < sents[i][1]:
        return i
    return None


# --------------------------------------------------------------------------- API

def find_attributions(doc: Document) -> None:
    """Fill ``doc.attributions`` (see the module docstring)."""
    if not doc.tokens or not doc.sentences:
        doc.attributions = []
        return
    doc.attributions = _Reader(doc).run()


def _range_index(doc: Document):
    """(starts, [(start, end, attribution)], longest range), cached on the document."""
    cache = doc.options.get("_attribution_index")
    if cache is not None and cache[0] is doc.attributions and cache[1] == len(doc.attributions):
        return cache[2]
    rows = sorted(((a, b, att) for att in doc.attributions if att.sources for a, b in att.ranges),
                  key=lambda r: (r[0], r[1]))
    longest = max((b - a for a, b, _ in rows), default=0)
    idx = ([r[0] for r in rows], rows, longest)
    doc.options["_attribution_index"] = (doc.attributions, len(doc.attributions), idx)
    return idx


def sources_for(doc: Document, nstart: int, nend: int) -> list[Source]:
    """The sources whose claim covers the normalised range [nstart, nend), chain order kept;
    ``[]`` when the outlet says it in its own voice. The narrowest covering claim wins."""
    best = None
    starts, rows, longest = _range_index(doc)
    i = bisect.bisect_right(starts, nstart) - 1
    while i >= 0 and rows[i][0] >= nstart - longest:
        a, b, att = rows[i]
        if a <= nstart < b and (best is None or att.width() < best.width()):
            best = att
        i -= 1
    if best is None:
        return []
    out: list[Source] = []
    for s in best.sources:
        if not any(s.same(o) for o in out):
            out.append(s)
    return out
