"""Actors and sources: who fights, who is fought, and whose voice the article quotes.

``find_actors(doc)`` fills ``doc.actors`` with one :class:`Actor` per canonical actor of the
article (several aliases merged, every mention kept as evidence). Where the names come from:

- ``data/actors.tsv``: the lexicon (armed, political and civil actors of the wars in Syria, Iraq,
  Yemen, Libya, Gaza/Palestine and Sudan; monitors, agencies and outlets quoted as sources), with
  canonical id, kind, side, role (``actor`` | ``source``) and country. Alias markers: ``?X`` only
  counts when the article's country is the row's country (or the actor is named otherwise in the
  article: "التنظيم" after "تنظيم الدولة"); ``~X`` only with a glued ل ("للجزيرة", "لفرانس برس").
  Generic rows ("الجيش", "الدفاع المدني") carry ``resolve``: the id they take once the article's
  country is known.
- ``data/actor_patterns.tsv``: head words for groups that are not in the lexicon (لواء X، كتائب X،
  حركة X، جبهة X، جيش X، فيلق X، غرفة عمليات X، تجمع “X”), the words that stop a name, the context
  that makes a weak head ("حركة", "جبهة", "جيش") a group rather than a front line or a movement
  ("على جبهة تمتد", "حركة نزوح"), source cues ("المتحدث باسم X", "القيادي في X"), side words and
  affiliation phrases ("التابع للمعارضة", "المتهمين بموالاة تنظيم الدولة"), spelling variants and
  the country cues that decide the article's country.

Everything runs on ``doc.norm`` with one Aho-Corasick pass (aliases, heads, cues, country words in
one automaton); evidence spans are mapped back to the article with ``doc.span``.

Unknown groups get ``kind='unknown_group'`` (``operations_room`` after غرفة عمليات), id
``unk:<normalised name>`` and side ``unknown`` unless context gives one: a side word or an
affiliation after the name, or a known actor next to it in the same list ("حركة أحرار الشام وحركة
X" -> opposition).

For later stages (casualties, events, attribution):

- every :class:`Actor` has ``mentions_norm``: the ``(start, end)`` ranges of its mentions in
  ``doc.norm`` (the name itself, clitic excluded);
- :func:`actor_at(doc, start, end) <actor_at>` returns the actors mentioned inside a range of
  ``doc.norm`` (a clause, a sentence), in text order;
- :func:`mentions(doc) <mentions>` lists every mention as ``(start, end, actor)`` in text order.

An actor's JSON (``Actor.to_json``): ``id, name_ar, name_en, canonical, kind, side, role, country,
quoted, mentions, aliases, evidence``. ``quoted`` is true when the article attributes words to it
("قالت غرفة عمليات فتح حلب", "المتحدث باسم X"); ``aliases`` are the distinct forms as written.
"""
from __future__ import annotations

import re
from collections import Counter, namedtuple
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import ahocorasick

from .clitics import is_prefix
from .lexicon import load_table
from .matcher import is_letter
from .normalize import normalize

VOTING = frozenset({"SY", "IQ", "YE", "LY", "PS", "SD", "LB"})
_WORD = re.compile(r"[^\s\"'()\[\]،,.:؛;!?؟«»\-–—/]+")
_GAP_LIST = re.compile(r"^[\s،,]*(?:و\s*)?[\s،,]*$")


@dataclass
class Actor:
    id: str
    name_ar: str
    name_en: str | None
    kind: str
    side: str
    role: str
    canonical: str | None = None
    country: str | None = None
    quoted: bool = False
    evidence: list = field(default_factory=list)           # Span objects, text order
    mentions_norm: list = field(default_factory=list)      # (start, end) in doc.norm
    aliases: list = field(default_factory=list)            # distinct surfaces as written

    @property
    def mentions(self) -> int:
        return len(self.evidence)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name_ar": self.name_ar,
            "name_en": self.name_en,
            "canonical": self.canonical,
            "kind": self.kind,
            "side": self.side,
            "role": self.role,
            "country": self.country,
            "quoted": self.quoted,
            "mentions": self.mentions,
            "aliases": list(self.aliases),
            "evidence": [s.to_json() for s in self.evidence],
        }


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Row:
    id: str
    role: str
    kind: str
    side: str
    country: str
    name_en: str
    name_ar: str
    resolve: tuple  # ((country, id), ...)


@dataclass
class Lexicon:
    rows: dict                      # id -> Row
    aliases: dict                   # normalised alias -> list[(row id, ctx, lam)]
    auto: Any                       # one automaton: aliases, heads, cues, affiliations, country words
    heads: dict                     # normalised head -> strength
    head_kind: dict
    not_name: frozenset
    name_end: frozenset
    group_context: frozenset
    front_context: frozenset
    side_words: dict
    max_head_words: int = 2


def _parse_resolve(s: str) -> tuple:
    out = []
    for part in s.split(";"):
        if "=" in part:
            c, i = part.split("=", 1)
            out.append((c.strip(), i.strip()))
    return tuple(out)


def _expand_variants(alias: str, variants: list[list[str]]) -> set[str]:
    out = {alias}
    for group in variants:
        for form in list(out):
            for v in group:
                if v in form:
                    for w in group:
                        if w != v:
                            out.add(form.replace(v, w))
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    rows: dict[str, Row] = {}
    aliases: dict[str, list] = {}
    pats = load_table("actor_patterns.tsv")
    variants = [[normalize(v) for v in p["pattern"].split("|")] for p in pats if p["type"] == "variant"]
    for r in load_table("actors.tsv"):
        rid = r["id"]
        if rid not in rows:
            rows[rid] = Row(rid, r["role"] or "actor", r["kind"] or "unknown", r["side"] or "unknown",
                            r["country"], r["name_en"], r["name_ar"], _parse_resolve(r.get("resolve", "")))
        for a in r["aliases_ar"].split("|") + [r["name_ar"]]:
            a = a.strip()
            if not a:
                continue
            ctx = lam = False
            while a[:1] in ("?", "~"):
                ctx |= a[0] == "?"
                lam |= a[0] == "~"
                a = a[1:]
            key = " ".join(normalize(a).split())
            for form in _expand_variants(key, variants):
                lst = aliases.setdefault(form, [])
                if not any(p[0] == rid for p in lst):
                    lst.append((rid, ctx, lam))
    entries: list[tuple[str, Any]] = [(k, ("alias", k)) for k in aliases]
    heads, head_kind, sets, side_words = {}, {}, {}, {}
    for p in pats:
        t, pat, val = p["type"], normalize(p["pattern"]), p["value"]
        if t == "head":
            heads[pat] = val
            entries.append((pat, ("head", pat)))
        elif t == "head_kind":
            head_kind[pat] = val
        elif t in ("not_name", "name_end", "group_context", "front_context"):
            sets.setdefault(t, set()).add(pat)
        elif t == "side_word":
            side_words[pat] = val
        elif t == "source_cue":
            entries.append((pat, ("cue", val)))
        elif t == "affiliation":
            entries.append((pat, ("affil", pat)))
        elif t == "country_cue":
            entries.append((pat, ("country", val)))
    return Lexicon(
        rows=rows, aliases=aliases, auto=_automaton(entries), heads=heads, head_kind=head_kind,
        not_name=frozenset(sets.get("not_name", ())), name_end=frozenset(sets.get("name_end", ())),
        group_context=frozenset(sets.get("group_context", ())),
        front_context=frozenset(sets.get("front_context", ())), side_words=side_words,
    )


_TYPES = ("alias", "head", "cue", "affil", "country")


def _automaton(entries):
    table: dict[str, list] = {}
    for pattern, payload in entries:
        key = " ".join(normalize(pattern).split())
        if key:
            table.setdefault(key, []).append(payload)
    auto = ahocorasick.Automaton()
    for key, payloads in table.items():
        # one slot per pattern type: (alias key, head, cue value, affiliation, country)
        slots = [None] * len(_TYPES)
        for t, v in payloads:
            slots[_TYPES.index(t)] = v
        auto.add_word(key, (key, False, tuple(slots)))
        if key.startswith("ال") and len(key) > 3 and key[1:] not in table:
            auto.add_word(key[1:], (key, True, tuple(slots)))   # ل + ال written لل
    auto.make_automaton()
    return auto


Hit = namedtuple("Hit", "text_start start end key value prefix")


def _scan(auto, text: str) -> list:
    """Whole-word matches, clitic prefixes allowed on the first word: the rules of
    :class:`rasd.matcher.Matcher` in one lean loop (this stage's budget is < 1 ms an article).
    Returns one list of hits per pattern type (see ``_TYPES``); ``value`` is the type's payload."""
    out = ([], [], [], [], [])
    n = len(text)
    for end_idx, (key, lil, slots) in auto.iter(text):
        end = end_idx + 1
        if end < n:
            ch = text[end]
            if ch.isalnum() or ch == "_":
                continue
        start = end - len(key) + (1 if lil else 0)
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
            if lil:
                continue
            ts, prefix = start, ""
        else:
            ws = start - 1
            while ws > 0 and is_letter(text[ws - 1]) and start - ws <= 4:
                ws -= 1
            if ws > 0 and is_letter(text[ws - 1]):
                continue
            prefix = text[ws:start]
            if lil:
                if not (prefix.endswith("ل") and is_prefix(prefix[:-1] + "لل")):
                    continue
                ts, start, prefix = ws, start - 1, prefix[:-1]
            else:
                if not is_prefix(prefix):
                    continue
                if key.startswith("ال") and (prefix.endswith("ال") or prefix.endswith("لل")):
                    continue
                ts = ws
        for i, v in enumerate(slots):
            if v is not None:
                out[i].append(Hit(ts, start, end, key, v, prefix))
    return out


# --------------------------------------------------------------------------- helpers


@dataclass
class _Mention:
    start: int          # name start in norm (clitic excluded)
    end: int
    rid: str            # row id (before resolution) or unk:...
    weak: bool = False           # a "?" alias, a generic or unidentified actor: gives way to names
    unknown: dict | None = None  # for unknown groups: kind, side, role
    coord: tuple | None = None   # (first words end, word start, word end) of a coordinated name


def _has_lam(text: str, m) -> bool:
    pre = text[m.text_start:m.start]
    if "ل" in pre:
        return True
    return m.key.startswith("ال") and text[m.start:m.start + 2] == "لل"


def _leftmost_longest(ms: list) -> list:
    best, last_end = [], -1
    for m in sorted(ms, key=lambda m: (m.text_start, -(m.end - m.text_start))):
        if m.text_start < last_end:
            continue
        best.append(m)
        last_end = m.end
    return best


def _prev_word(text: str, pos: int) -> str:
    i = pos
    while i > 0 and text[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and is_letter(text[j - 1]):
        j -= 1
    return text[j:i]


def _strip_clitic(w: str) -> str:
    for pre in ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"):
        if w.startswith(pre) and len(w) - len(pre) >= 3:
            return ("ال" + w[len(pre):]) if pre == "لل" else w[len(pre):]
    return w


def _country(lex: Lexicon, alias_ms: list, country_ms: list) -> str | None:
    votes: Counter = Counter()
    for m in alias_ms:
        for rid, ctx, _lam in lex.aliases[m.value]:
            c = lex.rows[rid].country
            if not ctx and c in VOTING:
                votes[c] += 1
                break
    for m in country_ms:
        votes[m.value] += 1
    if not votes:
        return None
    (c1, n1), *rest = votes.most_common(2)
    if rest and rest[0][1] == n1:
        return None
    return c1


# --------------------------------------------------------------------------- main


def find_actors(doc) -> None:
    """Fill ``doc.actors`` (see the module docstring)."""
    lex = lexicon()
    text = doc.norm
    alias_all, heads, cues, affils, countries = _scan(lex.auto, text)
    # alias matches: the lam condition first, then leftmost-longest
    ok = []
    for m in alias_all:
        cands = lex.aliases[m.value]
        if cands[0][2] and all(lam for _r, _c, lam in cands) and not _has_lam(text, m):
            continue
        ok.append(m)
    alias_ms = _leftmost_longest(ok)
    country = _country(lex, alias_ms, countries)

    mentions: list[_Mention] = []
    firm_ids = set()
    pending = []
    for m in alias_ms:
        cands = lex.aliases[m.value]
        lam_ok = _has_lam(text, m)
        cands = [c for c in cands if lam_ok or not c[2]]
        ctx_ok = [c for c in cands if c[1] and lex.rows[c[0]].country and lex.rows[c[0]].country == country]
        firm = [c for c in cands if not c[1]]
        if ctx_ok:
            mentions.append(_Mention(m.start, m.end, ctx_ok[0][0], weak=True))
        elif firm:
            rid = firm[0][0]
            row = lex.rows[rid]
            mentions.append(_Mention(m.start, m.end, rid, weak=bool(row.resolve) or row.kind == "unidentified"))
            firm_ids.add(rid)
        elif cands:
            pending.append((m, cands))
    for m, cands in pending:   # ?X without the country: only as another name of a named actor
        for rid, _c, _l in cands:
            if rid in firm_ids:
                mentions.append(_Mention(m.start, m.end, rid, weak=True))
                break
    mentions.sort(key=lambda x: x.start)
    mentions += _coordinated(lex, text, mentions)
    mentions += _unknown_groups(lex, text, heads, mentions, cues)
    mentions.sort(key=lambda x: x.start)
    quoted = _quoted(lex, text, cues, mentions)
    _affiliation_sides(lex, text, affils, mentions)

    # resolve generic ids by country, then merge by id
    actors: dict[str, Actor] = {}
    for mm in mentions:
        if mm.unknown is not None:
            rid = mm.rid
            info = mm.unknown
            row = None
        else:
            row = lex.rows[mm.rid]
            target = dict(row.resolve).get(country) if (country and row.resolve) else None
            if target and target in lex.rows:
                row = lex.rows[target]
            rid = row.id
        span = doc.span(mm.start, mm.end)
        surface = _surface(doc, text, mm)
        a = actors.get(rid)
        if a is None:
            if row is not None:
                a = Actor(rid, surface, row.name_en or None, row.kind, row.side, row.role,
                          canonical=row.name_ar or None, country=row.country or None)
            else:
                a = Actor(rid, surface, None, info["kind"], info["side"], info["role"],
                          canonical=info["canonical"], country=None)
            actors[rid] = a
        elif row is None and a.side == "unknown" and mm.unknown["side"] != "unknown":
            a.side = mm.unknown["side"]
        if row is None and mm.unknown.get("role") == "actor":
            a.role = "actor"
        a.evidence.append(span)
        a.mentions_norm.append((mm.start, mm.end))
        if surface not in a.aliases:
            a.aliases.append(surface)
        if id(mm) in quoted:
            a.quoted = True
    doc.actors = list(actors.values())


def _surface(doc, text: str, mm: _Mention) -> str:
    """The name as written, without its clitic (ل + ال written لل gives ال back)."""
    if mm.coord:
        cut, ws, we = mm.coord
        return doc.span(mm.start, cut).text + " " + doc.span(ws, we).text
    s = doc.span(mm.start, mm.end).text
    if text[mm.start:mm.start + 2] == "لل" and not lexicon().aliases.get(text[mm.start:mm.end]):
        return "ال" + s[2:]
    return s


# --------------------------------------------------------------------------- coordination


def _coordinated(lex: Lexicon, text: str, mentions: list[_Mention]) -> list[_Mention]:
    """'الغارات السورية والروسية', 'المليشيات الإيرانية والأفغانية': the second adjective names
    a second actor (the first alias with its last word replaced)."""
    out = []
    taken_starts = {m.start for m in mentions}
    for mm in mentions:
        if mm.unknown is not None:
            continue
        key = text[mm.start:mm.end]
        words = key.split()
        if len(words) < 2:
            continue
        pos = mm.end
        while True:
            mt = re.compile(r"\s*و(\S+)").match(text, pos)
            if not mt or mt.start(1) in taken_starts:
                break
            w = mt.group(1)
            cand = " ".join(words[:-1] + [w])
            cands = lex.aliases.get(cand)
            if not cands or w == words[-1]:
                break
            firm = [c for c in cands if not c[1]]
            if not firm:
                break
            rid = firm[0][0]
            if rid != mm.rid:
                cut = mm.start + len(key.rsplit(" ", 1)[0])
                out.append(_Mention(mm.start, mt.end(1), rid, coord=(cut, mt.start(1), mt.end(1))))
            pos = mt.end(1)
    return out


# --------------------------------------------------------------------------- unknown groups


def _words_after(text: str, pos: int, n: int):
    """Up to n words after pos: (start, end, word, gap-before) where gap is the separator text."""
    out = []
    i = pos
    for _ in range(n):
        m = _WORD.search(text, i)
        if not m:
            break
        out.append((m.start(), m.end(), m.group(), text[i:m.start()]))
        i = m.end()
    return out


_KUNYA = ("ابو", "ابي", "ام", "ابن", "بن", "بني", "بنو", "ال")
_PREPS = ("في", "من", "ل", "مع", "عن", "الي", "علي")


def _name_words(lex: Lexicon, text: str, pos: int, weak) -> list | None:
    """The words of a group name that starts at ``pos`` (after its head word): up to the first
    definite word and one nisba adjective after it ("أحرار الشام الإسلامية"); an indefinite name
    ("جيش حلب", "لواء شهداء بدر") must end at a boundary; None when no name stands there."""
    ws = _words_after(text, pos, 5)
    if not ws or ws[0][3].strip() or ws[0][0] > pos + 2:
        return None
    name: list = []
    definite = False
    for k, (s, e, w, gap) in enumerate(ws):
        if k and gap.strip():
            break
        if k == 0:
            if w in lex.not_name or w in lex.name_end:
                return None
            if w.startswith(("بال", "وال", "فال", "كال", "لل")) or (w[0] in "وف" and len(w) > 3):
                return None
        else:
            if w in lex.name_end or w in lex.not_name:
                break
            if w[0] in "وف" and len(w) > 3 and not w.startswith("ال"):
                break
            if definite and not (w.startswith("ال") and w.endswith(("يه", "ي", "ين", "ون"))):
                break
        if weak(s, e):
            return None
        name.append((s, e, w))
        if definite:
            break
        if w.startswith("ال") or w.isdigit():
            definite = True
        elif k == 1 and name[0][2] in _KUNYA:
            break   # "كتائب أبو عمارة": a kunya and its name
        if len(name) >= 3:
            break
    if not name:
        return None
    if not definite and name[0][2] not in _KUNYA:
        if len(name) > 2:
            return None
        nxt = _words_after(text, name[-1][1], 1)
        if nxt and not nxt[0][3].strip():
            w = nxt[0][2]
            if not (w in lex.not_name or w in lex.name_end or (w[0] in "وف" and len(w) > 3)):
                return None
    return name


def _unknown_groups(lex: Lexicon, text: str, heads: list, mentions: list[_Mention], cues: list) -> list:
    """Groups named with a head word (لواء X، حركة X، غرفة عمليات “X”) that the lexicon lacks.
    A weak lexicon mention inside such a name ("ثوار" in "جبهة ثوار سوريا") gives way to it."""
    out: list[_Mention] = []
    strong_spans = [(m.start, m.end) for m in mentions if not m.weak]
    cue_ends = {c.end for c in cues}

    def known(a, b):
        return any(s < b and a < e for s, e in strong_spans)

    for h in _leftmost_longest(heads):
        head = h.value
        if h.prefix.endswith("ال") or h.prefix.endswith("لل"):
            continue
        strength = lex.heads[head]
        if strength != "quoted" and known(h.start, h.end):
            continue
        kind = lex.head_kind.get(head, lex.head_kind.get("*", "unknown_group"))
        i = h.end
        while i < len(text) and text[i] == " ":
            i += 1
        quoted = i < len(text) and text[i] == '"'
        if quoted:
            j = text.find('"', i + 1, i + 60)
            if j < 0 or j == i + 1 or "\n" in text[i:j] or known(i + 1, j):
                continue
            name_start, name_end, ev_end = i + 1, j, j + 1
        elif strength == "quoted":
            continue
        else:
            name = _name_words(lex, text, h.end, known)
            if not name:
                continue
            name_start, name_end = name[0][0], name[-1][1]
            ev_end = name_end
        if not quoted and strength != "strong":
            prev_raw = _prev_word(text, h.text_start)
            prev = _strip_clitic(prev_raw)
            if strength == "front" and (prev in lex.front_context or prev_raw in lex.front_context):
                continue
            before = h.text_start
            while before > 0 and text[before - 1] == " ":
                before -= 1
            context = (prev in lex.group_context or prev_raw in lex.group_context
                       or before in cue_ends
                       or (prev_raw in _PREPS and _strip_clitic(_prev_word(text, before - len(prev_raw)))
                           in lex.group_context))
            if not (context or _adjacent_known(text, mentions, h.text_start, ev_end)
                    or _side_after(lex, text, ev_end)):
                continue
        side = (_side_after(lex, text, ev_end) or _side_from_neighbours(mentions, h.text_start, ev_end, text)
                or "unknown")
        inner = " ".join(normalize(text[name_start:name_end]).replace('"', " ").split())
        if strength == "quoted":
            start, key, coord = name_start, inner, None
        elif quoted:
            start, key, coord = h.start, inner, (h.end, name_start, name_end)
        else:
            start, key, coord = h.start, " ".join(text[h.start:name_end].split()), None
        canon = key if (strength == "quoted" or not quoted) else normalize(text[h.start:h.end]) + " " + key
        mm = _Mention(start, name_end if strength == "quoted" else ev_end, "unk:" + key, coord=coord,
                      unknown={"kind": kind, "side": side, "role": "actor", "canonical": canon})
        out.append(mm)
        strong_spans.append((h.start, ev_end))
    if out:   # weak mentions inside a new name give way
        spans = [(m.start, m.end) for m in out]
        mentions[:] = [m for m in mentions
                       if not (m.weak and any(s < m.end and m.start < e for s, e in spans))]
    return out


def _adjacent_known(text: str, mentions: list[_Mention], start: int, end: int) -> list:
    """Known actors next to [start, end) in a list (separated by و or a comma only)."""
    out = []
    for mm in mentions:
        if mm.unknown is not None:
            continue
        if mm.end <= start and start - mm.end <= 4 and _GAP_LIST.match(text[mm.end:start].replace('"', " ")):
            out.append(mm)
        elif mm.start >= end and mm.start - end <= 5:
            gap = text[end:mm.start].replace('"', " ")
            # the next item carries its own clitic و, which the mention excludes
            if _GAP_LIST.match(gap) or _GAP_LIST.match(gap + "و"):
                out.append(mm)
    return out


def _side_after(lex: Lexicon, text: str, end: int) -> str | None:
    ws = _words_after(text, end, 2)
    if not ws or ws[0][3].strip(" \""):
        return None
    w = ws[0][2]
    two = w + " " + ws[1][2] if len(ws) > 1 else w
    for cand in (two, _strip_clitic(two), w, _strip_clitic(w)):
        if cand in lex.side_words:
            return lex.side_words[cand]
    return None


def _side_from_neighbours(mentions, start, end, text) -> str | None:
    lex = lexicon()
    sides = Counter()
    for mm in _adjacent_known(text, mentions, start, end):
        side = lex.rows[mm.rid].side
        if side != "unknown":
            sides[side] += 1
    return sides.most_common(1)[0][0] if sides else None


def _affiliation_sides(lex: Lexicon, text: str, affils: list, mentions: list[_Mention]) -> None:
    """'لواء X التابع لحركة Y', 'المتهمين بموالاة تنظيم الدولة': an unknown group before the
    phrase takes the side of the actor after it (or of a side word: 'التابع للمعارضة')."""
    if not affils:
        return
    ordered = sorted(mentions, key=lambda m: m.start)
    for a in affils:
        before = [mm for mm in ordered if mm.end <= a.text_start]
        if not before or text[before[-1].end:a.text_start].strip(' "'):
            continue
        # the name right before the phrase and the names listed with it ("X وY المتهمين بموالاة")
        chain = [before[-1]]
        for mm in reversed(before[:-1]):
            if _GAP_LIST.match(text[mm.end:chain[-1].start].replace('"', " ") + "") or \
                    _GAP_LIST.match(text[mm.end:chain[-1].start].replace('"', " ") + "و"):
                chain.append(mm)
            else:
                break
        targets = [mm for mm in chain if mm.unknown is not None and mm.unknown["side"] == "unknown"]
        if not targets:
            continue
        after = [mm for mm in ordered if mm.unknown is None and 0 <= mm.start - a.end <= 6]
        side = None
        if after:
            side = lex.rows[after[0].rid].side
        else:
            ws = _words_after(text, a.end, 1)
            if ws:
                side = lex.side_words.get(_strip_clitic(ws[0][2])) or lex.side_words.get(ws[0][2])
        if side and side != "unknown":
            for mm in targets:
                mm.unknown["side"] = side


# --------------------------------------------------------------------------- sources


def _quoted(lex: Lexicon, text: str, cues: list, mentions: list[_Mention]) -> set:
    """Mentions the text quotes (right after a source cue), and unknown organisations named by an
    ``org`` cue ("المتحدث باسم X" with X not in the lexicon) added to ``mentions``."""
    out = set()
    starts = sorted(mentions, key=lambda m: m.start)
    for c in cues:
        val = c.value
        end = c.end
        hit = None
        for mm in starts:
            if mm.start < end:
                continue
            gap = text[end:mm.start]
            if len(gap) <= 4 and not gap.strip(' "لـ'):
                hit = mm
            break
        if hit is None:
            # the org may carry a glued clitic: "باسم لواء", "لوكالة" is in the mention already
            for mm in starts:
                if end <= mm.start <= end + 3 and not text[end:mm.start].strip(' "لـوب'):
                    hit = mm
                    break
        if hit is not None:
            out.add(id(hit))
            continue
        if val != "org":
            continue
        org = _org_after(lex, text, end)
        if org:
            s, e, key = org
            mm = _Mention(s, e, "unk:" + key, unknown={"kind": "unknown_group", "side": "unknown",
                                                       "role": "source", "canonical": key})
            mentions.append(mm)
            out.add(id(mm))
    return out


def _org_after(lex: Lexicon, text: str, pos: int):
    """An organisation's name after 'المتحدث باسم': a quoted name, or 1-4 words up to the first
    definite word (plus one nisba adjective)."""
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
    if i < len(text) and text[i] == '"':
        j = text.find('"', i + 1, i + 60)
        if j > i + 1 and "\n" not in text[i:j]:
            return i + 1, j, " ".join(text[i + 1:j].split())
        return None
    ws = _words_after(text, pos, 5)
    name = []
    definite = False
    for k, (s, e, w, gap) in enumerate(ws):
        if k and gap.strip():
            break
        if k == 0 and gap.strip():
            return None
        if w in lex.name_end or (w in lex.not_name) or (k and w[0] in "وف" and not w.startswith("ال")):
            break
        if definite and not (w.startswith("ال") and (w.endswith("يه") or w.endswith("ي"))):
            break
        name.append((s, e, w))
        if definite:
            break
        if w.startswith("ال"):
            definite = True
    if not name or not definite or len(name) < 2:
        return None
    s, e = name[0][0], name[-1][1]
    return s, e, " ".join(text[s:e].split())


# --------------------------------------------------------------------------- queries


def mentions(doc) -> list[tuple[int, int, Actor]]:
    """Every actor mention of the document as ``(norm_start, norm_end, actor)``, in text order."""
    out = [(s, e, a) for a in doc.actors for s, e in getattr(a, "mentions_norm", ())]
    out.sort(key=lambda x: (x[0], x[1]))
    return out


def actor_at(doc, norm_start: int, norm_end: int) -> list[Actor]:
    """The actors mentioned inside ``[norm_start, norm_end)`` of ``doc.norm``, in text order."""
    seen, out = set(), []
    for s, e, a in mentions(doc):
        if s < norm_end and norm_start < e and a.id not in seen:
            seen.add(a.id)
            out.append(a)
    return out
