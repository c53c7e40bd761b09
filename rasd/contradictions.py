"""Claims that disagree: a claim and its denial, two outcomes of one fight, two tolls of one loss.

``find_contradictions(doc)`` fills ``doc.contradictions`` with :class:`Contradiction` items and
sets ``disputed`` on the events they involve. Each names both claims and who made them; nothing is
averaged away. Three readings, all over the events (:mod:`rasd.events`), casualty items
(:mod:`rasd.casualties`) and reported speech (:mod:`rasd.attribution`) of the article:

- ``denial``: a word of denial or discredit (``data/denial_words.tsv``: نفى، كذبة، عار عن الصحة،
  مزاعم، فبركة …). The denier is the speaker of the denial (the subject of نفى, or whoever calls
  the claim "a lie"); the claim is the nearest event told before it — in the same sentence or the
  two before it in the paragraph — by another source (else the one after it in its sentence, else
  a casualty figure). "state TV: chlorine shelling injured 36" against "an opposition official:
  a lie". One denier denying, in adjacent sentences, two events at the same places (a takeover and
  the clash it was, "نفت …"، "نافية صحة شائعات") makes one contradiction.
- ``outcome``: two events at one place whose outcomes cannot both be true, told by different
  sources: a territory change by one side against the other side repelling the attack or taking
  the place itself ("SANA: the army retook منيان" against "the opposition: it repelled the attack
  on منيان"); and a sentence opening with a contrast (``data/contradiction_markers.tsv``: في
  المقابل، غير أن، إلا أن …) whose source is on another side than the source of the sentence
  before, both telling the same kind of event ("the opposition: attack repelled, 15 killed"; "in
  contrast, pro-government sites: the army killed dozens").
- ``toll``: two figures for one loss (same kind and group, same event or place) that differ,
  from different sources; or two figures with a contrast marker between them, in one sentence or
  the next ("أعلنت الداخلية مقتل 30 شخصا، في حين أعلن المرصد …"; a toll of people then set
  against a count of soldiers), unless each names a place of its own. An unnamed voice followed
  by an ordinal ("مصدر أمني ثانٍ"، "مصدر آخر") is another source. Only figures of the same scope
  are compared: a figure of the gravely injured (``critical``: "عشرة جرحى بحال الخطر") is a
  part of the injured, never a rival total; figures dated to different days are two losses. A
  floor is a figure like any other: "at least 12" from one source against "about 25" from
  another is shown as their dispute (the analyst reads both; neither is averaged away). Two
  stated tolls ("عدد القتلى بلغ 20"، "حصيلة القتلى بلغت 30") from different sources, one of them
  told of no place of its own, are one loss; so are the lead's toll and another source's stated
  toll told of no place. A source's figures of one kind listed in one sentence count together
  ("وقتلوا 12 موظفاً عراقياً وأربعة فنيين" is no rival of another's 16). All the disagreements about one incident (one event, or one
  place on one day, or sharing a figure) make ONE contradiction: an item per claim (a source
  with all its figures of the incident, the killed and the injured together, ``casualties``
  listing them), every figure's span in the evidence ("SOHR: 18 killed, 100 injured; the LCC:
  more than 25, 150; another site: 30, about 200").
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Any

from .events import (LEAD_SENTENCES, Pattern, _PhraseIndex, _attr, _pattern_words, _ranges,
                     actor_ref, place_ref, token_columns, token_vocabulary, token_words)
from .lexicon import load_table
from .normalize import normalize


@lru_cache(maxsize=1)
def _lexicon() -> tuple[_PhraseIndex, _PhraseIndex]:
    den = [Pattern(_pattern_words(r["pattern"]), r.get("kind") or "noun", dict(r))
           for r in load_table("denial_words.tsv") if r.get("pattern")]
    mk = [Pattern(_pattern_words(r["pattern"]), "contrast", dict(r))
          for r in load_table("contradiction_markers.tsv") if r.get("pattern")]
    return _PhraseIndex(den), _PhraseIndex(mk)


@dataclass
class Contradiction:
    kind: str                                   # denial | outcome | toll
    items: list = field(default_factory=list)   # dicts: event, casualty, claimed_by, text, places
    about: list = field(default_factory=list)   # Arabic place names
    note: str = ""
    evidence: list = field(default_factory=list)
    events: list = field(default_factory=list)  # indices into doc.events (internal)

    def to_json(self) -> dict:
        return {"kind": self.kind, "items": self.items, "about": self.about, "note": self.note,
                "evidence": [s.to_json() for s in self.evidence]}


# ------------------------------------------------------------------------------------ helpers

_norm = lru_cache(maxsize=4096)(normalize)    # source names are compared again and again


def _src_key(s: Any) -> str:
    i = _attr(s, "id")
    key = str(i) if i is not None else "n:" + _norm(_attr(s, "name_ar") or "")
    other = _attr(s, "another")
    return key + "/" + other if other else key     # "مصدر أمني ثانٍ": another speaker


_NO_SIDE = frozenset(("media",))


def _src_sides(srcs) -> frozenset:
    return frozenset(x for x in (_attr(s, "side") for s in srcs) if x and x != "unknown")


def _names(srcs) -> str:
    return "، ".join(dict.fromkeys(
        " ".join(filter(None, (_attr(s, "name_ar") or "?", _attr(s, "another")))) for s in srcs)) or "المصدر"


def _different_sources(a, b) -> bool:
    """Two claims come from different sources: no source in common, and not both in the
    outlet's own voice."""
    ka = {_src_key(s) for s in _speakers(a)}
    kb = {_src_key(s) for s in _speakers(b)}
    return bool(ka or kb) and not (ka & kb)


def _speakers(srcs) -> list:
    """The sources who made a claim, without the outlet they told it to ("قالت مصادر حقوقية
    للجزيرة"): two speakers talking to one channel are still two sources."""
    own = [s for s in srcs if not _attr(s, "addressee")]
    return own if own else list(srcs)


def _sentence_index(doc, pos: int) -> int:
    starts = _sent_starts(doc)
    i = bisect.bisect_right(starts, pos) - 1
    return max(0, i)


def _sent_starts(doc) -> list[int]:
    """Sentence starts, computed once per document."""
    got = doc.options.get("_sentence_starts") if isinstance(doc.options, dict) else None
    if got is None or got[0] is not doc.sentences:
        got = (doc.sentences, [s for s, _e in doc.sentences])
        if isinstance(doc.options, dict):
            doc.options["_sentence_starts"] = got
    return got[1]


def _paragraphs(doc) -> list[int]:
    """Paragraph number of each sentence: the attribution stage's (cached on the document)."""
    from .attribution import _paragraphs as _read_paragraphs, paragraphs
    if isinstance(doc.options, dict):
        return paragraphs(doc)
    return _read_paragraphs(doc.norm, doc.sentences)


def _event_places(doc, ev) -> list[dict]:
    return [place_ref(doc, i) for i in ev.places]


def _place_names(doc, idxs) -> list[str]:
    out = []
    for i in idxs:
        n = _attr(doc.places[i], "name_ar", "name")
        if n and n not in out:
            out.append(n)
    return out


def _event_text(doc, ev, si: int | None):
    """The evidence span of an event inside sentence ``si`` (else its first one)."""
    if si is not None and 0 <= si < len(doc.sentences):
        s0, s1 = doc.normalized.to_original(*doc.sentences[si])
        for sp in ev.evidence:
            if s0 <= sp.start < s1:
                return sp
    return ev.evidence[0] if ev.evidence else None


def _summary(ev) -> str:
    who = _attr(ev.actor1, "name_ar")
    return f"{ev.sub_event_type}" + (f" ({who})" if who else "")


def _event_item(doc, k: int, ev, si: int | None) -> tuple[dict, Any]:
    sp = _event_text(doc, ev, si)
    return ({"event": k, "claimed_by": [actor_ref(s) for s in ev.claimed_by],
             "text": sp.text if sp else "", "places": _event_places(doc, ev)}, sp)


def _trigger_sentences(doc, ev) -> list[tuple[int, int]]:
    """(sentence index, trigger start) of each trigger of an event."""
    return [(_sentence_index(doc, a), a) for a, _b in ev.triggers]


_CLAUSE_MARKS = "،,؛;"


def _clause_around(doc, pos: int) -> tuple[int, int]:
    s0, s1 = doc.sentence_of(pos)
    text = doc.norm
    # back to just after the last clause mark before pos (else the sentence start), on to the
    # first one from pos (else the sentence end): C-level searches over the four marks
    a = pos
    if pos > s0:
        last = max(text.rfind(c, s0, pos) for c in _CLAUSE_MARKS)
        a = last + 1 if last >= 0 else s0
    b = pos
    if pos < s1:
        nxt = [i for i in (text.find(c, pos, s1) for c in _CLAUSE_MARKS) if i >= 0]
        b = min(nxt) if nxt else s1
    return a, b


# ------------------------------------------------------------------------------------ readings

def _match_all(doc, index: _PhraseIndex):
    """Leftmost-longest matches of the index over the article's tokens: (token, tokens, start,
    end, pattern). Only the tokens whose word may start a pattern are looked at."""
    toks = doc.tokens
    words = token_words(doc)
    out = []
    i = 0
    lengths = index._word
    for k in index.hot_tokens(words, token_vocabulary(doc)):
        if k < i:
            continue
        found = index.match_words(words[k:k + lengths[words[k]]])
        if found:
            p, m, _sc = max(found, key=_LONGEST)
            out.append((k, m, toks[k].start, toks[k + m - 1].end, p))
            i = k + m
    return out


def _LONGEST(x):
    return (x[1], x[2])


def _openers(doc, index: _PhraseIndex):
    """The matches of :func:`_match_all` that stand at the first token of a sentence, found
    without scanning the whole article; None when a phrase starting just before a sentence
    could run into it (then only the whole scan says which tokens are free)."""
    starts, ends, words = token_columns(doc)[:3]
    n = len(words)
    reach = _longest_pattern(index)
    index.trim()
    info = index.word_info
    out = []
    for s0, s1 in doc.sentences:
        k = bisect.bisect_left(starts, s0)
        if k >= n or starts[k] >= s1:
            continue
        for j in range(max(0, k - reach + 1), k):
            if info(words[j]) > k - j and any(
                    m > k - j for _p, m, _sc in index.match_words(words[j:j + info(words[j])])):
                return None
        m = info(words[k])
        if m:
            found = index.match_words(words[k:k + m])
            if found:
                p, m, _sc = max(found, key=_LONGEST)
                out.append((k, m, starts[k], ends[k + m - 1], p))
    return out


def _longest_pattern(index: _PhraseIndex) -> int:
    got = getattr(index, "_longest", None)
    if got is None:
        got = max((len(p.words) for d in (index.exact, index.prefix) for ps in d.values() for p in ps),
                  default=1)
        index._longest = got
    return got


def _denier(doc, start: int, end: int, kind: str) -> list:
    # the attribution whose verb is the denial word ("نفى ... زكريا ملاحفجي")
    for att in doc.attributions or []:
        v = _attr(att, "verb")
        if v and v[0] <= start < v[1] + 1 and _attr(att, "sources"):
            return list(att.sources)
    try:
        from .attribution import sources_for
        got = sources_for(doc, start, end)
    except Exception:
        got = []
    if got:
        return list(got)
    # the actors named in the denial's clause
    a, b = _clause_around(doc, start)
    out = []
    for act in doc.actors or []:
        if any(a <= s < b for s, _e in _ranges(act)):
            out.append(act)
    return out


NEGATION_REACH = 4      # words before a denial word where a negation undoes it


@lru_cache(maxsize=1)
def _negations() -> frozenset:
    """The negation words of data/event_modifiers.tsv (لم، لا، دون، عدم …) that are not verbs
    of denial themselves (نفى is one of those rows too)."""
    denial = {normalize(r["pattern"]) for r in load_table("denial_words.tsv") if r.get("pattern")}
    return frozenset(w for w in (normalize(r["pattern"]) for r in load_table("event_modifiers.tsv")
                                 if r.get("class") == "negation")
                     if " " not in w and w not in denial)


def _negated(doc, start: int) -> bool:
    """Is the verb of denial at ``start`` negated ("لم ينف"، "دون نفي")? "أي" right before it
    ("لم يصدر عن قوات الدعم السريع أي نفي") stands only in a negated phrase."""
    s0 = doc.sentences[_sentence_index(doc, start)][0]
    words = doc.norm[s0:start].split()[-NEGATION_REACH:]
    return bool(words) and (words[-1] in ("اي", "ايه") or not _negations().isdisjoint(words))


# the kinds of event a denial told before its claim may be about (strikes and attacks)
_DENIABLE = frozenset({"Explosions/Remote violence", "Violence against civilians"})


def _last_claim(doc, cands, start: int, dkeys: set, para, in_para) -> tuple | None:
    """The latest of the (sentence, trigger start, event) triggers ``cands`` before ``start``
    whose event is not told by the denier (``dkeys``) alone, in paragraph ``in_para`` unless it
    is None: (event, trigger start, sentence), or None."""
    best = None
    for tsi, tpos, k in cands:
        if tpos < start and (in_para is None or para[tsi] == in_para):
            if dkeys:
                srcs = {_src_key(s) for s in doc.events[k].claimed_by}
                if srcs and srcs <= dkeys:
                    continue    # the denier's own claim (an event others claim too stays deniable)
            if best is None or tpos > best[1] or (tpos == best[1] and k < best[0]):
                best = (k, tpos, tsi)
    return best


def _denials(doc, para, found: list[Contradiction]) -> None:
    den_index, _ = _lexicon()
    hits = _match_all(doc, den_index)
    by_event: dict[int, Contradiction] = {}
    # (deniers, places) -> (the denial, its sentence): one denial told twice ("نفت … ، ووصفتها
    # بالشائعات") of two readings of one story at one place is one contradiction
    by_denier: dict[tuple, tuple] = {}
    # every trigger of every event once, sorted two ways, so each denial looks only at the
    # triggers of its own sentences (a long article with many denials stays linear)
    by_sentence = sorted((tsi, tpos, k) for k, ev in enumerate(doc.events)
                         for tsi, tpos in _trigger_sentences(doc, ev)) if hits else []
    sent_keys = [t[0] for t in by_sentence]
    by_pos = sorted((a, k) for k, ev in enumerate(doc.events) for a, _b in ev.triggers) if hits else []
    pos_keys = [t[0] for t in by_pos]
    for _i, _n, start, end, pat in hits:
        if pat.kind == "verb" and _negated(doc, start):
            continue    # "لم يصدر عن قوات الدعم السريع أي نفي": no denial was made
            # (a word that discredits stays one: "دون تأكيد صحة المزاعم")
        si = _sentence_index(doc, start)
        denier = _denier(doc, start, end, pat.kind)
        dkeys = {_src_key(s) for s in denier}
        before = by_sentence[bisect_left(sent_keys, si - 2):bisect_right(sent_keys, si)]
        best = _last_claim(doc, before, start, dkeys, para, para[si])
        if best is None:
            s0, s1 = doc.sentences[si]
            i = bisect_right(pos_keys, start)
            if i < len(by_pos) and by_pos[i][0] < s1:
                a, k = by_pos[i]
                best = (k, a, si)
        if best is None and (si + 1 >= len(para) or para[si + 1] != para[si]) \
                and (si == 0 or para[si - 1] != para[si]):
            # a paragraph of one sentence, as wire copy sets each sentence apart: the two
            # sentences before it, whatever their paragraphs
            best = _last_claim(doc, before, start, dkeys, para, None)
        if best is None and pat.kind == "verb" and dkeys:
            # "نفت وزارة الدفاع الروسية المزاعم التي تقول إن قافلة مساعدات استهدفت جواً" and
            # then "وقال نشطاء إن طائرات حربية استهدفت قافلة … قرب أورم الكبرى": a denial that
            # opens the story, its claim told (with its place) by others right after it
            for tsi, tpos, k in by_sentence[bisect_left(sent_keys, si + 1):bisect_right(sent_keys, si + 2)]:
                ev = doc.events[k]
                srcs = {_src_key(s) for s in ev.claimed_by}
                if srcs and not dkeys & srcs and ev.event_type in _DENIABLE:
                    best = (k, tpos, tsi)
                    break
        if best is None:
            continue
        k, _tpos, tsi = best
        ev = doc.events[k]
        a, b = _clause_around(doc, start)
        dspan = doc.span(a, b)
        dkey = (frozenset(dkeys), frozenset(ev.places))
        same = by_denier.get(dkey) if dkeys and k not in by_event else None
        if same is not None and si - same[1] <= 1:
            c = same[0]
            c.events.append(k)
            by_event[k] = c
        if k in by_event:
            c = by_event[k]
            if dspan not in c.evidence:
                c.evidence.append(dspan)
                c.items[1]["text"] += " … " + dspan.text
            for s in denier:
                if all(_src_key(s) != x.get("id") and _attr(s, "name_ar") != x.get("name_ar") for x in c.items[1]["claimed_by"]):
                    c.items[1]["claimed_by"].append(actor_ref(s))
            continue
        item, sp = _event_item(doc, k, ev, tsi)
        word = doc.text[doc.span(start, end).start:doc.span(start, end).end]
        c = Contradiction(kind="denial", events=[k])
        c.items = [item, {"event": k, "claimed_by": [actor_ref(s) for s in denier], "text": dspan.text,
                          "places": _event_places(doc, ev)}]
        c.about = _place_names(doc, ev.places)
        c.note = (f"{_names(ev.claimed_by)}: {_summary(ev)} — {'، '.join(c.about)}; "
                  f"{_names(denier)}: denial (“{word}”)")
        c.evidence = [x for x in (sp, dspan) if x is not None]
        by_event[k] = c
        if dkeys:
            by_denier[dkey] = (c, si)
        found.append(c)


_TOLL_FIELDS = ("part_of", "count", "kind", "group", "side")
_toll_getter = attrgetter(*_TOLL_FIELDS)


def _toll_fields(obj) -> tuple:
    """``_attr(obj, name)`` for each of _TOLL_FIELDS, read at once when all are attributes."""
    if not isinstance(obj, dict):
        try:
            return _toll_getter(obj)
        except AttributeError:
            pass
    return tuple(_attr(obj, n) for n in _TOLL_FIELDS)


def _territory_side(ev):
    return _attr(ev.actor1, "side")


def _outcomes(doc, found: list[Contradiction]) -> None:
    evs = doc.events
    for i in range(len(evs)):
        a = evs[i]
        if a.family != "territory":
            continue
        for j in range(len(evs)):
            if i == j:
                continue
            b = evs[j]
            if not (set(a.places) & set(b.places)):
                continue
            sa, sb = _territory_side(a), _territory_side(b)
            if not sa or not sb or sa == sb:
                continue
            if not (b.repel or (b.family == "territory" and i < j)):
                continue
            # both told by someone, and by different sources (of different sides when known)
            if not (a.claimed_by and b.claimed_by) or not _different_sources(a.claimed_by, b.claimed_by):
                continue
            ka, kb = _src_sides(a.claimed_by), _src_sides(b.claimed_by)
            if ka and kb and ka & kb:
                continue
            _add_pair(doc, found, "outcome", i, j)


def _add_pair(doc, found, kind, i, j, extra_spans=()) -> None:
    key = frozenset((i, j))
    for c in found:
        if frozenset(c.events) == key or (len(c.events) == 1 and c.events[0] in key and c.kind == kind):
            return
    a, b = doc.events[i], doc.events[j]
    ia, spa = _event_item(doc, i, a, None)
    ib, spb = _event_item(doc, j, b, None)
    c = Contradiction(kind=kind, events=[i, j] if i != j else [i])
    c.items = [ia, ib]
    c.about = _place_names(doc, [p for p in a.places] + [p for p in b.places if p not in a.places])
    c.note = (f"{_names(a.claimed_by)}: {_summary(a)} — {'، '.join(_place_names(doc, a.places))}; "
              f"{_names(b.claimed_by)}: {_summary(b)} — {'، '.join(_place_names(doc, b.places))}")
    c.evidence = [x for x in (spa, spb, *extra_spans) if x is not None]
    found.append(c)


def _claim_ranges(doc) -> tuple[list, list, int]:
    """Every claim range of the article as (start, end, attribution), sorted by start, with their
    starts and the longest range: built once per document (cached on ``doc.options``)."""
    got = doc.options.get("_cx_claims")
    if got is None or got[0] is not doc.attributions:
        rows = sorted(((x, y, i) for i, att in enumerate(doc.attributions or [])
                       for x, y in (_attr(att, "ranges") or [])), key=lambda r: (r[0], r[2]))
        longest = max((y - x for x, y, _ in rows), default=0)
        got = (doc.attributions, (rows, [r[0] for r in rows], longest))
        doc.options["_cx_claims"] = got
    return got[1]


def _places_meet(e1, e2) -> bool:
    """Do two events share a place, or is one of them unplaced? Strikes on two quarters
    ("استهدفتا … حيي السكري والأنصاري" and "استهدفت حي بستان القصر") are two accounts of two
    strikes, not a dispute."""
    return not e1.places or not e2.places or bool(set(e1.places) & set(e2.places))


def _sources_in(doc, a: int, b: int) -> list:
    """The sources of the reported speech that covers any part of [a, b)."""
    rows, starts, longest = _claim_ranges(doc)
    hit = sorted({i for x, y, i in rows[bisect_left(starts, a - longest):bisect_left(starts, b)]
                  if x < b and a < y})
    out = []
    for i in hit:
        for s in _attr(doc.attributions[i], "sources") or []:
            if all(_src_key(s) != _src_key(o) for o in out):
                out.append(s)
    return out


def _contrasts(doc, found: list[Contradiction]) -> None:
    """"في المقابل، قالت مواقع موالية للنظام إن ...": a sentence that sets its source's account
    against the one before it."""
    _, mk_index = _lexicon()
    hits = _openers(doc, mk_index)
    if hits is None:
        hits = _match_all(doc, mk_index)
    for _i, _n, start, end, _pat in hits:
        si = _sentence_index(doc, start)
        s0, s1 = doc.sentences[si]
        if si == 0 or doc.norm[s0:start].strip(" \"'،,"):
            continue   # only a sentence opening with the marker
        p0, p1 = doc.sentences[si - 1]
        src2 = _sources_in(doc, end, s1)
        src1 = _sources_in(doc, p0, p1)
        if not src1 or not src2:
            continue
        # (an agency telling the news stands on no side: "من جهتها أفادت وكالة الأنباء اللبنانية"
        # after the health ministry adds to its account)
        s1s, s2s = _src_sides(src1) - _NO_SIDE, _src_sides(src2) - _NO_SIDE
        if not s1s or not s2s or s1s == s2s:
            continue
        ev1 = [k for k, ev in enumerate(doc.events) if any(p0 <= a < p1 for a, _b in ev.triggers)]
        ev2 = [k for k, ev in enumerate(doc.events) if any(end <= a < s1 for a, _b in ev.triggers)]
        if not ev1 or not ev2:
            continue
        pair = None
        for a in ev1:
            for b in ev2:
                if doc.events[a].event_type == doc.events[b].event_type and (
                        a == b or _places_meet(doc.events[a], doc.events[b])):
                    pair = (a, b)
                    break
            if pair:
                break
        if pair is None:
            continue
        a, b = pair
        if any({a, b} & set(c.events) for c in found):
            continue   # already read as a denial, an outcome or a toll
        sp1, sp2 = doc.span(p0, p1), doc.span(s0, s1)
        kind = "outcome"
        if a == b:
            # one event told twice, by sources of two sides: a dispute only when each tells a
            # loss the other does not ("قتل 15 من قوات النظام" against "قتل عشرات المسلحين");
            # two sides telling one shelling, or one telling its dead and the other only the
            # attack ("قادا عربة مفخخة وفجراها"), agree
            if not _other_losses(doc, (p0, p1), (s0, s1)):
                continue
            ev = doc.events[a]
            c = Contradiction(kind=kind, events=[a])
            c.items = [{"event": a, "claimed_by": [actor_ref(s) for s in src1], "text": sp1.text,
                        "places": _event_places(doc, ev)},
                       {"event": a, "claimed_by": [actor_ref(s) for s in src2], "text": sp2.text,
                        "places": _event_places(doc, ev)}]
            c.about = _place_names(doc, ev.places)
            c.note = (f"{_names(src1)}: {sp1.text[:120]}; {_names(src2)}: {sp2.text[:120]}")
            c.evidence = [sp1, sp2]
            if not any(set(x.events) == {a} and x.kind == kind for x in found):
                found.append(c)
        else:
            _add_pair(doc, found, kind, a, b, (sp1, sp2))


def _losses_in(doc, start: int, end: int) -> set:
    """Who the top-level figures of ``[start, end)`` count: (kind, group, side) of each."""
    found = set()
    for c in doc.casualties or ():
        part_of, _n, kind, group, side = _toll_fields(c)
        r = _ranges(c)
        if part_of is None and r and start <= r[0][0] < end:
            found.add((kind, group, side))
    return found


def _other_losses(doc, first: tuple, second: tuple) -> bool:
    """Both passages tell a loss, and no loss of one counts the victims of the other."""
    la, lb = _losses_in(doc, *first), _losses_in(doc, *second)
    return bool(la and lb) and not any(_same_victims(x, y) for x in la for y in lb)


def _precise(doc, idxs) -> set:
    from .events import CONTAINER_KINDS
    return {i for i in idxs if 0 <= i < len(doc.places)
            and str(_attr(doc.places[i], "kind") or "").lower() not in CONTAINER_KINDS}


_SITE_KINDS = frozenset(("facility", "landmark"))


def _sites_only(doc, idxs) -> bool:
    """Are the places ``idxs`` all sites (a hospital, a market), none a quarter or a village?"""
    return all(str(_attr(doc.places[i], "kind") or "").lower() in _SITE_KINDS for i in idxs)


def _cas_sources(c) -> list:
    src = _attr(c, "sources") or []
    if src:
        return list(src)
    return list(_attr(c, "claimed_by") or [])


def _named_alike(doc, xs, ys) -> bool:
    """Do two sets of the article's places share a name (a town and the area named after it)?"""
    names = {_norm(str(_attr(doc.places[i], "name_ar") or "")) for i in xs if 0 <= i < len(doc.places)}
    return any(_norm(str(_attr(doc.places[j], "name_ar") or "")) in names
               for j in ys if 0 <= j < len(doc.places))


_LOOSE_GROUPS = frozenset(("people", "civilians"))   # "13 شخصا" and "8 مواطنين": one loss


def _same_victims(ka: tuple, kb: tuple) -> bool:
    """Two figures count the same victims: same kind and group (and side), or one says only
    "people" where the other says civilians, or people of no side where the other says fighters."""
    if ka == kb:
        return True
    if ka[0] != kb[0]:
        return False
    if ka[2] == kb[2] and {ka[1], kb[1]} <= _LOOSE_GROUPS:
        return True
    # "مقتل 15 جنديا" and a source's "19 قتيلاً": people of no side told of a loss of fighters
    return ({ka[1], kb[1]} == {"people", "combatants"}
            and not (ka[2] if ka[1] == "people" else kb[2]))


# "عدد القتلى بلغ «عشرين قتيلاً"، "حصيلة القتلى بلغت ثلاثين": the toll (the whole loss) reached N
_TOLL_STATED_RE = re.compile(
    r"(?:^|[\s\"«“(])[وف]?(?:ال)?(?:حصيل|عدد)\S*\s+(?:\S+\s+){0,3}?[وف]?(?:بلغ|بلغت|وصل|وصلت|تجاوز|تجاوزت|"
    r"ارتفع|ارتفعت)(?:\s+(?:الي|حتي))?[\s\"«“”'(]*$")
_TOLL_STATED_SPAN = 60      # characters before the figure


_DIGIT_RE = re.compile(r"[0-9٠-٩]")


def _toll_stated(doc, c) -> bool:
    r = _ranges(c)
    if not r:
        return False
    a, b = r[0]
    if _TOLL_STATED_RE.search(doc.norm[max(0, a - _TOLL_STATED_SPAN):a]):
        return True
    # the figure's own words may open with the toll ("عدد القتلى بلغ 6"): up to its number
    d = _DIGIT_RE.search(doc.norm, a, b)
    return d is not None and d.start() > a \
        and bool(_TOLL_STATED_RE.search(doc.norm[max(0, a - _TOLL_STATED_SPAN):d.start()]))


def _lead_and_stated(doc, a, b, stated_a: bool, stated_b: bool) -> bool:
    """One figure is told in the article's lead (its headline and first sentence), the other is
    a stated toll ("عدد القتلى بلغ 6", ``stated_``) told of no place of its own: both count the
    lead's loss."""
    for x, y, sx, sy in ((a, b, stated_a, stated_b), (b, a, stated_b, stated_a)):
        if sx or not sy or _attr(y, "own_places"):
            continue
        rx = _ranges(x)
        if rx and _sentence_index(doc, rx[0][0]) < LEAD_SENTENCES:
            return True
    return False


def _one_named(doc, c) -> bool:
    """Is figure c one victim told by a definite noun and no numeral ("مقتل القائد"، "وإصابة
    السائق")? He is someone the article names, whose death no other toll disputes."""
    spans = _attr(c, "norm_spans") or ()
    if not spans:
        return False
    a, b = spans[0]
    text = doc.norm[a:b]
    words = text.split()
    return bool(words) and words[-1].startswith("ال") and not any(ch.isdigit() for ch in text)


def _tolls(doc, found: list[Contradiction]) -> None:
    cas = doc.casualties or []
    ev_of: dict[int, int] = {}
    for k, ev in enumerate(doc.events):
        for ci in ev.casualties:
            ev_of.setdefault(ci, k)
    # the top-level figures, each with what must agree for two to be one loss
    top = []
    for i, a in enumerate(cas):
        part_of, n, kind, group, side = _toll_fields(a)
        if part_of is not None or n is None:
            continue
        if _attr(a, "critical"):
            continue     # "عشرة جرحى بحال الخطر": a part of the injured, not a rival total
        if n == 1 and _one_named(doc, a):
            continue     # "مقتل القائد": a person, not a toll
        top.append((i, a, (kind, group, side), n))
    pairs = []   # (i, j, event or None, places)
    linked = None    # the contrast markers of the article, looked for when a pair asks
    listed = _listed_sums(doc, top) if len(top) > 2 else None     # (a list and a rival: 3 figures)
    stated_of: dict[int, bool] = {}     # figure -> is it a stated toll (read once, when asked)

    def stated(i, c) -> bool:
        got = stated_of.get(i)
        if got is None:
            got = stated_of[i] = _toll_stated(doc, c)
        return got

    for x, (i, a, ka, na) in enumerate(top):
        for j, b, kb, nb in top[x + 1:]:
            if na == nb or (listed and (listed.get(i, na) == nb or listed.get(j, nb) == na)):
                continue     # (and "قتل 16 شخصا" against "وقتلوا 12 موظفا وأربعة فنيين": a
                # source's figures of one kind listed in one sentence, whose sum is the other)
            same = _same_victims(ka, kb)
            if not same and not (ka[0] == kb[0] and "people" in (ka[1], kb[1])):
                continue
            if linked is None:
                linked = _contrast_marks(doc)
            contrast = bool(linked) and _contrasted(doc, a, b, linked)
            if not same and not contrast:
                continue     # "14 جنديا" and "40 قتيلا" count the same dead only when the
                # second is set against the first ("لكن مصادر طبية أكدت ارتفاع عدد القتلى إلى 40")
            da, db = _attr(a, "date"), _attr(b, "date")
            if da and db and da != db:
                continue     # figures of two days are two losses
            same_event = i in ev_of and ev_of.get(i) == ev_of.get(j)
            pa = _precise(doc, _attr(a, "place_idx") or [])
            pb = _precise(doc, _attr(b, "place_idx") or [])
            if same_event:
                pass         # the events stage told them of one incident
            elif contrast and not (pa and pb and not pa & pb):
                pass         # "أعلنت الداخلية مقتل 30 شخصا، في حين أعلن المرصد مقتل 60": a
                # figure set against another's, in its sentence or the next, unless each names
                # its own place
            elif not (_attr(a, "own_places") and _attr(b, "own_places")) \
                    and stated(i, a) and stated(j, b):
                pass         # two sources' toll of the article's attack ("عدد القتلى بلغ 20"،
                # "حصيلة القتلى بلغت 30"), one of them told of no place of its own: one loss
            elif _lead_and_stated(doc, a, b, stated(i, a), stated(j, b)):
                pass         # "انفجرت سيارة ملغومة في سوق ببلدة عفرين … فقتلت ما لا يقل عن 4
                # أشخاص" and, from another source, "عدد القتلى بلغ 6" told of no place of its
                # own: the lead's loss
            elif (pa or pb) and not (pa and pb) and _sites_only(doc, pa | pb):
                if not set(_attr(a, "place_idx") or []) & set(_attr(b, "place_idx") or []):
                    continue     # a site's toll ("المستشفى السعودي بالفاشر") and a toll told
                    # at its town only ("بمدينة الفاشر"): one loss when they share the town (a
                    # quarter's toll is a part of its city's, not a rival count)
            elif pa or pb:
                if not (pa & pb) and not _named_alike(doc, pa or _attr(a, "place_idx") or (),
                                                      pb or _attr(b, "place_idx") or ()):
                    continue     # (the town and the area of one name are one place: "قتل فيها
                    # تسعون شخصا" in "منطقة الحولة", "أكثر من مئة" in "بلدة الحولة")
            elif (i in ev_of and j in ev_of) or not (
                    set(_attr(a, "place_idx") or []) & set(_attr(b, "place_idx") or [])):
                continue     # no place finer than a city: one town's toll told twice, unless
                # the events stage put the two figures in two incidents
            sa, sb = _cas_sources(a), _cas_sources(b)
            if not _different_sources(sa, sb) or not (sa and sb):
                continue
            if _additive(doc, a, b):
                continue     # "كما أعلن الدفاع المدني استهداف مقر له، ما أدى إلى مقتل اثنين":
                # a sentence opening on كما adds a further loss, not a rival count
            k = ev_of.get(i) if same_event else None
            places = doc.events[k].places if k is not None else sorted(pa | pb) or sorted(
                set(_attr(a, "place_idx") or []) & set(_attr(b, "place_idx") or []))
            pairs.append((i, j, k, places))
    if not pairs:
        return
    # one incident, one dispute: the pairwise disagreements about one loss (the same event, or
    # the same place and day, or a figure in common) are the claims of one contradiction
    root = list(range(len(pairs)))

    def find(x):
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    if len(pairs) <= PAIRS_COMPARED:
        for x in range(len(pairs)):
            for y in range(x):
                if _one_incident(cas, pairs[x], pairs[y]):
                    root[find(x)] = find(y)
    else:
        # a page of hundreds of disputed figures: join by a figure or an event in common only,
        # in one pass (comparing every two would grow with the fourth power of the figures)
        first: dict = {}
        for x, pr in enumerate(pairs):
            for key in (("f", pr[0]), ("f", pr[1]), ("e", pr[2])):
                if key[1] is None:
                    continue
                y = first.setdefault(key, x)
                if y != x:
                    root[find(x)] = find(y)
    groups: dict[int, list] = {}
    for x, pr in enumerate(pairs):
        groups.setdefault(find(x), []).append(pr)
    top_idx = [t[0] for t in top]
    for grp in groups.values():
        found.append(_toll_dispute(doc, cas, grp, top_idx, ev_of))


def _listed_sums(doc, top) -> dict[int, int]:
    """For each figure that one source lists with others of its kind in one sentence ("وقتلوا 12
    موظفاً عراقياً وأربعة فنيين إيرانيين"), the sum of the list (16)."""
    by_sentence: dict[tuple, list] = {}
    for i, a, ka, n in top:
        r = _ranges(a)
        if r:
            by_sentence.setdefault((_sentence_index(doc, r[0][0]), ka[0]), []).append((i, a, n))
    lists: dict[tuple, list] = {}
    for key, xs in by_sentence.items():
        if len(xs) > 1:     # (the usual case: one figure of a kind in a sentence, no list)
            for i, a, n in xs:
                who = frozenset(_src_key(s) for s in _speakers(_cas_sources(a)))
                lists.setdefault(key + (who,), []).append((i, n))
    return {i: sum(n for _, n in xs) for xs in lists.values() if len(xs) > 1 for i, _ in xs}


def _contrast_marks(doc) -> list[int]:
    """The starts of the contrast markers of the article (في حين، بينما، لكن، من جهته …), sorted."""
    _, mk_index = _lexicon()
    return [m[2] for m in _match_all(doc, mk_index)]


def _contrasted(doc, a, b, marks: list[int]) -> bool:
    """The later of two figures is set against the earlier one: a contrast marker stands between
    them, and the later one is in the earlier one's sentence or the next."""
    ra, rb = _ranges(a), _ranges(b)
    if not ra or not rb:
        return False
    (x0, x1), (y0, _y1) = sorted((ra[0], rb[0]))
    k = bisect_left(marks, x1)
    if k == len(marks) or marks[k] >= y0:
        return False
    return 0 <= _sentence_index(doc, y0) - _sentence_index(doc, x0) <= 1


_ADDITIVE = frozenset(("كما", "وكما"))
_TOLL_WORD_RE = re.compile(r"(?:حصيل|عدد)")


def _additive(doc, a, b) -> bool:
    """The later of two figures stands in a sentence that opens on كما ("also"), with no figure
    of the earlier one's in it, and is the result of an act told there ("ما أدى إلى مقتل
    اثنين"), not a toll of the whole ("كما تحدث المرصد … عدد القتلى بلغ 13" is a rival toll):
    it tells a further loss."""
    ra, rb = _ranges(a), _ranges(b)
    if not ra or not rb:
        return False
    later = rb if rb[0][0] > ra[0][0] else ra
    earlier = ra if later is rb else rb
    if _toll_stated(doc, b if later is rb else a) or any(
            _TOLL_WORD_RE.search(doc.norm, x, y) for x, y in later):
        return False
    si = _sentence_index(doc, later[0][0])
    if si is None or si < 0:
        return False
    s0, s1 = doc.sentences[si]
    if any(s0 <= x < s1 for x, _y in earlier):
        return False
    words = doc.norm[s0:s0 + 12].split()
    return bool(words) and words[0] in _ADDITIVE


PAIRS_COMPARED = 300   # disagreeing pairs compared two by two; beyond, joined by shared keys


def _one_incident(cas, p, q) -> bool:
    """Two pairwise disagreements concern one incident: a figure in common, one event, or one
    place on one day."""
    if {p[0], p[1]} & {q[0], q[1]}:
        return True
    if p[2] is not None and p[2] == q[2]:
        return True
    if p[2] is not None and q[2] is not None:
        return False
    if not (set(p[3]) & set(q[3])):
        return False
    days = {_attr(cas[i], "date") for i in (p[0], p[1], q[0], q[1])} - {None, ""}
    return len(days) <= 1


_QUAL = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "up_to": "up to "}


def _figure(c) -> str:
    return f"{_QUAL.get(_attr(c, 'qualifier') or '', '')}{_attr(c, 'count')} {_attr(c, 'kind')}"


def _toll_dispute(doc, cas, grp, top_idx, ev_of) -> Contradiction:
    """One ``toll`` contradiction of an incident: an item per claim (the figures of one source),
    the killed and the injured together, with the evidence of every figure."""
    members = []
    for i, j, _k, _pl in grp:
        for x in (i, j):
            if x not in members:
                members.append(x)
    evs = [k for k in dict.fromkeys(p[2] for p in grp) if k is not None]
    places = []
    for p in grp:
        places += [x for x in p[3] if x not in places]
    # the claims: the figures of each source; a source's other figures of the same incident
    # (its killed beside the injured that disagree) belong to its claim
    claims: dict[frozenset, list] = {}
    src_of: dict[frozenset, list] = {}
    for x in members:
        srcs = _cas_sources(cas[x])
        key = frozenset(_src_key(s) for s in _speakers(srcs))
        claims.setdefault(key, []).append(x)
        src_of.setdefault(key, srcs)
    pset = set(places)
    for t in top_idx:
        if t in members:
            continue
        key = frozenset(_src_key(s) for s in _speakers(_cas_sources(cas[t])))
        if key not in claims:
            continue
        k = ev_of.get(t)
        if k is not None and evs:
            ok = k in evs
        else:
            ok = bool(set(_attr(cas[t], "place_idx") or []) & pset)
        if ok:
            claims[key].append(t)
    c = Contradiction(kind="toll", events=evs)
    notes = []
    for key, idxs in claims.items():
        idxs.sort(key=lambda x: (_ranges(cas[x])[0] if _ranges(cas[x]) else (0, 0)))
        spans = []
        for x in idxs:
            r = _ranges(cas[x])
            if r:
                sp = doc.span(*r[0])
                spans.append(sp)
                if sp not in c.evidence:
                    c.evidence.append(sp)
        srcs = src_of[key]
        ev = ev_of.get(idxs[0])
        c.items.append({"event": ev, "casualty": idxs[0], "casualties": idxs,
                        "claimed_by": [actor_ref(s) for s in srcs],
                        "text": _claim_text(doc, spans),
                        "places": [place_ref(doc, p) for p in places]})
        notes.append(f"{_names(srcs)}: " + ", ".join(_figure(cas[x]) for x in idxs))
    c.about = _place_names(doc, places)
    c.note = "; ".join(notes)
    return c


def _claim_text(doc, spans) -> str:
    """The words of one claim: its figures' spans, from the first to the last when they stand in
    one sentence, else each in turn."""
    if not spans:
        return ""
    if len(spans) == 1:
        return spans[0].text
    a, b = min(sp.start for sp in spans), max(sp.end for sp in spans)
    inner = doc.text[a:b]
    if b - a <= 300 and not any(m in inner for m in ".\n؟!"):
        return inner
    return " … ".join(sp.text for sp in spans)


def find_contradictions(doc) -> None:
    """Fill ``doc.contradictions`` and mark the events involved ``disputed``."""
    doc.contradictions = []
    if not doc.sentences or not doc.tokens:
        return
    para = _paragraphs(doc)
    found: list[Contradiction] = []
    _denials(doc, para, found)
    _outcomes(doc, found)
    _tolls(doc, found)
    _contrasts(doc, found)
    for c in found:
        for k in c.events:
            if k is not None and 0 <= k < len(doc.events):
                doc.events[k].disputed = True
    doc.contradictions = found
