"""Place detection and geocoding: ``find_places(doc)`` fills ``doc.places``.

One :class:`~rasd.matcher.Matcher` pass over ``doc.norm`` finds, together, every gazetteer alias,
every generic head word (``data/place_heads.tsv``: حي، بلدة، بلدتي، ريف، محيط، مطار …) and every
phrase that holds a place name but is not a place (``data/place_context.tsv``: جبهة الشام …).
The rest is reading the few words around each match:

- a head word before a name tells what kind of place it is ("حي الزهراء" is a neighbourhood,
  "بلدتي نبل والزهراء" two towns) and makes a strong head's unknown name a place of its own,
  reported with ``lat``/``lon`` null;
- a word before a name can make it part of an organisation's or a person's name
  ("جيش حلب", "أحرار الشام", "أبو حيان"): not a place;
- names that are also common words (الزهراء، المشهد، الإذاعة …) count only in a place context:
  after a head word, in a list with other places, after a preposition or direction of place,
  or before a locating phrase ("… بريف حلب الشمالي");
- a name with several gazetteer entries is resolved by the head's kind, by the other places
  of the article (a neighbourhood of the city the article is about; the town next to the other
  towns of its list), by country, then by layer priority and population.

``geo_precision`` follows ACLED: 1 the place itself (town, village, neighbourhood, facility),
2 near it or a part of a region ("محيط X", "شمال X", "ريف X" of a town), 3 only a region,
governorate or country.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .clitics import split as split_clitic
from .document import Document, Span
from .gazetteer import Gazetteer, Place, km, load_gazetteer
from .lexicon import load_table
from .matcher import Matcher
from .normalize import normalize

_WORD = re.compile(r"[\u0621-\u064a]+")
_ADJ_GAP = re.compile(r'^[\s"]*$')          # a head and its name: spaces or an opening quote
_LIST_GAP = re.compile(r'^[\s"]*[،,]?[\s"]*$')

# words that begin two-word names (كفر حمرة، خان طومان، جب الجلبي): an unknown name after a
# head takes the next word too
_COMPOUND = frozenset(normalize(w) for w in (
    "كفر", "عين", "تل", "تلة", "دير", "خان", "بيت", "جب", "كرم", "بستان", "دارة", "مساكن", "باب",
    "بئر", "بير", "رأس", "راس", "أم", "ام", "أبو", "ابو", "بني", "الشيخ", "شيخ", "قاضي", "سيف",
    "ضاحية", "جسر", "معرة", "مزرعة", "حوش", "خربة", "تلول", "قصر", "سوق", "مرج", "عرب", "ظهر",
    "عين", "نبع", "حرش", "جورة", "سهل", "برج", "طريق", "قلعة", "ساحة", "دوار", "جامع"))

# prepositions after which a country or a foreign capital is a place ("في روسيا", not "أوقفت روسيا")
_LOCATIVE = frozenset(normalize(w) for w in ("في", "إلى", "الى", "داخل", "نحو", "عند", "حتى", "من"))

# GeoNames places smaller than this (0: unknown) need a place context for a one-word name
SMALL_PLACE = 10000

_BASE_PRECISION = {"region": 3, "governorate": 3, "country": 3, "district": 2, "subdistrict": 2,
                   "mountain": 2, "road": 2}


@dataclass(frozen=True)
class Head:
    word: str
    type: str           # area | facility | near | region
    kinds: frozenset
    number: str         # 1 | 2 | n
    strong: bool


@dataclass
class Context:
    heads: dict
    ambiguous: dict
    actor_before: frozenset
    person_before: frozenset
    not_place: tuple
    locator_before: frozenset
    prepositions: frozenset
    direction_after: tuple
    not_name: frozenset


@lru_cache(maxsize=1)
def context() -> Context:
    heads = {}
    for r in load_table("place_heads.tsv"):
        w = normalize(r["word"])
        heads[w] = Head(w, r.get("type", "area"), frozenset(k for k in r.get("kinds", "").split("|") if k),
                        r.get("number", "1") or "1", r.get("strong", "").lower() == "yes")
    by_role: dict[str, list] = {}
    amb = {}
    for r in load_table("place_context.tsv"):
        w = " ".join(normalize(r["word"]).split())
        by_role.setdefault(r.get("role", ""), []).append(w)
        if r.get("role") == "ambiguous":
            amb[w] = r.get("needs", "") or "context"
    locator = frozenset(by_role.get("locator_before", ()))
    preps = frozenset(by_role.get("preposition", ()))
    dirs = tuple(sorted(by_role.get("direction_after", ()), key=len, reverse=True))
    not_name = frozenset(by_role.get("not_name", ())) | locator | preps | frozenset(
        d for d in dirs) | frozenset(heads)
    return Context(heads, amb, frozenset(by_role.get("actor_before", ())),
                   frozenset(by_role.get("person_before", ())), tuple(by_role.get("not_place", ())),
                   locator, preps, dirs, not_name)


def matcher_for(gaz: Gazetteer) -> Matcher:
    """The one matcher of a gazetteer: aliases, head words and not-a-place phrases."""
    if gaz._matcher is None:
        ctx = context()
        entries = [(a, ("name", a)) for a in gaz.by_alias]
        entries += [(h, ("head", h)) for h in ctx.heads]
        entries += [(p, ("block", p)) for p in ctx.not_place]
        gaz._matcher = Matcher(entries)
    return gaz._matcher


# --------------------------------------------------------------------------- output items

@dataclass
class DocPlace:
    """A place of one article, with every mention as evidence."""

    name_ar: str
    name_en: str | None
    kind: str | None
    lat: float | None
    lon: float | None
    admin1: str | None
    admin2: str | None
    country: str | None
    geo_precision: int | None
    gazetteer: str | None
    id: str
    evidence: list[Span] = field(default_factory=list)
    norm_spans: list[tuple[int, int]] = field(default_factory=list)  # normalised offsets
    source: str | None = None
    parent: str | None = None

    @property
    def mentions(self) -> int:
        return len(self.evidence)

    def to_json(self) -> dict:
        return {
            "id": self.id, "name_ar": self.name_ar, "name_en": self.name_en, "kind": self.kind,
            "lat": self.lat, "lon": self.lon, "admin1": self.admin1 or None,
            "admin2": self.admin2 or None, "country": self.country or None,
            "geo_precision": self.geo_precision, "gazetteer": self.gazetteer,
            "source": self.source, "mentions": self.mentions,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass
class _Mention:
    start: int                  # name span (normalised, without clitic)
    end: int
    key: str | None             # gazetteer alias, None for an unknown name
    cands: list
    head: Head | None = None
    head_start: int = -1        # start of the head word (without its clitic)
    prefix: str = ""
    list_prev: int | None = None
    list_root_head: Head | None = None
    near: bool = False
    accepted: bool = False
    place: Place | None = None
    ext_end: int = -1           # end including a direction adjective ("ريف حماة الشمالي")
    pw: str | None = None       # the word before the name (cached)
    sat0: frozenset | None = None  # contexts satisfied without list neighbours (cached)


# --------------------------------------------------------------------------- detection

def _prev_word(text: str, pos: int) -> str:
    """The word right before ``pos`` (spaces and quotes between), '' if punctuation intervenes."""
    i = pos
    while i > 0 and text[i - 1] in ' "\'':
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    return text[j:i]


def _stem(word: str) -> str:
    return split_clitic(word)[1] if word else word


def _unknown_after(text: str, pos: int, ctx: Context, *, conj: bool = False, plural: bool = False):
    """An unknown name right after ``pos``: (start, end, key, prefix) or None."""
    m = re.match(r'[\s"]*([\u0621-\u064a]+)', text[pos:pos + 60])
    if not m:
        return None
    w = m.group(1)
    start = pos + m.start(1)
    prefix = ""
    if conj:
        if not w.startswith("و") or len(w) < 4:
            return None
        prefix, w, start = "و", w[1:], start + 1
    if w in ctx.not_name or len(w) < 3 or _stem(w) in ctx.heads:
        return None
    for suf in ("هما", "ها", "هم", "ه"):
        if w.endswith(suf) and (w[:-len(suf)] in ctx.heads or w[:-len(suf)] in ctx.not_name):
            return None  # "ومحيطها", "نفسه"
    if not conj and w.startswith("و") and len(w) > 3 and w[1:] not in ("ادي",):
        return None      # "بلدة ومستوطنة": a conjunction, not a name
    if not w.startswith("ال") and (w.endswith("يه") or w.endswith("ي")) and len(w) >= 4:
        return None      # an adjective: "مدينة تجارية", "مطار دولي", "ناحية ثانية"
    if w[0] in "يتن" and (w.endswith("ها") or w.endswith("هم")):
        return None      # a verb with its object: "مدينة يقطنها"
    if plural and not w.startswith("ال") and w not in _COMPOUND:
        return None      # "أحياء حفلات" (holding parties): after a plural head, names take ال
    end = start + len(w)
    words = [w]
    if w in _COMPOUND:
        m2 = re.match(r"[ ]+([\u0621-\u064a]+)", text[end:end + 40])
        if not m2 or m2.group(1) in ctx.not_name:
            return None
        words.append(m2.group(1))
        end = end + m2.end(1)
    return start, end, " ".join(words), prefix


def find_places(doc: Document) -> None:
    """Detect and geocode the places of ``doc``; fills ``doc.places`` (list of DocPlace)."""
    layers = doc.options.get("gazetteers") or doc.options.get("gazetteer") or ()
    if isinstance(layers, str):
        layers = (layers,)
    gaz = load_gazetteer(tuple(layers))
    doc.places = detect(doc, gaz)


def detect(doc: Document, gaz: Gazetteer) -> list[DocPlace]:
    text = doc.norm
    ctx = context()
    matches = matcher_for(gaz).find(text)
    toks = []
    for m in matches:
        kinds = {p[0] for p in m.payloads}
        if "block" in kinds:
            continue
        if m.prefix.endswith("ال") or m.prefix.endswith("لل"):
            continue  # "النبل", "الأحياء": an article cannot stand before a name or a head
        if "head" in kinds:
            toks.append(("head", m))
        elif "name" in kinds and m.key not in _COMPOUND:   # "عين", "كفر" alone are no names
            toks.append(("name", m))
    mentions: list[_Mention] = []
    used_names: set[int] = set()      # indexes of name tokens already attached to a head
    i = 0
    n = len(toks)
    while i < n:
        typ, m = toks[i]
        if typ == "name":
            if i not in used_names:
                mentions.append(_Mention(m.start, m.end, m.key, list(gaz.by_alias.get(m.key, ())),
                                         prefix=m.prefix))
            i += 1
            continue
        head = ctx.heads[m.key]
        nxt = toks[i + 1] if i + 1 < n else None
        first = None
        if nxt and nxt[0] == "name" and _ADJ_GAP.match(text[m.end:nxt[1].text_start]) and not nxt[1].prefix \
                and nxt[1].key not in ctx.not_name:
            nm = nxt[1]
            first = _Mention(nm.start, nm.end, nm.key, list(gaz.by_alias.get(nm.key, ())),
                             head=head, head_start=m.start, prefix=m.prefix)
            used_names.add(i + 1)
            j = i + 2
        elif head.strong:
            u = _unknown_after(text, m.end, ctx, plural=head.number == "n")
            if u:
                first = _Mention(u[0], u[1], None, [], head=head, head_start=m.start, prefix=m.prefix)
                first.key = u[2]
            j = i + 1
        else:
            j = i + 1
        if first is None:
            i += 1
            continue
        mentions.append(first)
        # a dual or plural head opens a list: "بلدتي نبل والزهراء", "أحياء الميسر، والقاطرجي"
        if head.number in ("2", "n") or head.type == "area":
            count = 1
            last = first
            limit = 2 if head.number == "2" else (40 if head.number == "n" else 1)
            while count < limit:
                k = j
                if k < n and toks[k][0] == "name" and _LIST_GAP.match(text[last.end:toks[k][1].text_start]) \
                        and (toks[k][1].prefix.startswith("و") or "،" in text[last.end:toks[k][1].text_start]
                             or "," in text[last.end:toks[k][1].text_start] or head.number != "1"):
                    nm = toks[k][1]
                    mm = _Mention(nm.start, nm.end, nm.key, list(gaz.by_alias.get(nm.key, ())),
                                  prefix=nm.prefix, list_prev=len(mentions) - 1, list_root_head=head)
                    used_names.add(k)
                    j = k + 1
                elif head.strong and head.number != "1":
                    gap = re.match(r'[\s"]*[،,]?', text[last.end:last.end + 5])
                    pos = last.end + (gap.end() if gap else 0)
                    u = _unknown_after(text, pos, ctx, conj=True)
                    if not u or (k < n and toks[k][1].text_start < u[1]):
                        break
                    mm = _Mention(u[0], u[1], u[2], [], prefix=u[3], list_prev=len(mentions) - 1,
                                  list_root_head=head)
                else:
                    break
                mentions.append(mm)
                last = mm
                count += 1
        i = j
    # list links between names with no head: "ضاحية الأسد والحمدانية وسيف الدولة"
    for idx in range(1, len(mentions)):
        mm, prev = mentions[idx], mentions[idx - 1]
        if mm.list_prev is not None or mm.head is not None:
            continue
        gap = text[prev.end:(mm.start - len(mm.prefix))]
        if _LIST_GAP.match(gap) and (mm.prefix.startswith("و") or "،" in gap or "," in gap):
            mm.list_prev = idx - 1
    _accept(mentions, text, ctx, toks)
    _resolve(mentions, text, ctx)
    return _group(doc, mentions, text, ctx)


def _accept(mentions: list[_Mention], text: str, ctx: Context, toks) -> None:
    name_starts = {t[1].text_start: t for t in toks}
    head_at = {t[1].text_start: t[1] for t in toks if t[0] == "head"}

    def followed_by_locator(mm: _Mention) -> bool:
        after = text[mm.end:mm.end + 40]
        m = re.match(r"[\s\"]*(?:[،,][\s\"]*)?", after)
        pos = mm.end + m.end()
        if pos in head_at and ctx.heads[head_at[pos].key].type in ("region", "area") \
                and head_at[pos].prefix in ("ب", "في", "و", ""):
            return head_at[pos].prefix == "ب" or ctx.heads[head_at[pos].key].type == "region"
        w = _WORD.match(text, pos)
        if w and (w.group() in ctx.prepositions or w.group() in ctx.locator_before):
            p2 = w.end()
            m2 = re.match(r"\s*", text[p2:p2 + 5])
            p2 += m2.end()
            if p2 in name_starts or p2 in head_at:
                return True
        return False

    for mm in mentions:
        mm.near = bool(mm.head and mm.head.type == "near")
        if mm.head is None:
            mm.pw = _prev_word(text, mm.start - len(mm.prefix))
        if mm.head is None and mm.list_prev is None:
            pw = mm.pw
            if pw in ctx.actor_before or pw in ctx.person_before or _stem(pw) in ctx.actor_before:
                mm.cands = []
                mm.key = None
                continue
            if pw in ctx.locator_before:
                mm.near = True
            # a definite noun and a definite nisba adjective: "الجبهة الشامية", "القوات العراقية"
            definite = pw.startswith(("ال", "وال", "فال", "بال", "لل", "كال"))
            if not mm.prefix and definite and (mm.key or "").startswith("ال") \
                    and (mm.key.endswith("يه") or mm.key.endswith("ي")) and " " not in mm.key \
                    and pw not in ctx.prepositions:
                mm.cands = []
                mm.key = None
                continue

    def cand_need(mm: _Mention, c: Place) -> str:
        need = c.needs or ""
        if not need and " " not in (mm.key or ""):
            if c.kind in ("neighbourhood", "facility", "district"):
                need = "context"   # a one-word neighbourhood name: often a family name or a noun
            elif c.layer == "geonames" and c.population < SMALL_PLACE:
                need = "context"   # a hamlet's one-word name is too often a common word too
        return need

    changed = True
    while changed:
        changed = False
        for idx, mm in enumerate(mentions):
            if mm.accepted or mm.key is None:
                continue
            if mm.sat0 is None:
                sat = {""}
                if mm.head is not None or mm.list_root_head is not None:
                    sat |= {"context", "locative", "head"}
                else:
                    pw = mm.pw or ""
                    loc_prep = "ب" in mm.prefix or pw in _LOCATIVE
                    if loc_prep:
                        sat |= {"locative", "context"}
                    if pw in ctx.prepositions or pw in ctx.locator_before or followed_by_locator(mm):
                        sat.add("context")
                mm.sat0 = frozenset(sat)
            sat = set(mm.sat0)
            if "context" not in sat:
                if mm.list_prev is not None and mentions[mm.list_prev].accepted:
                    sat.add("context")
                if idx + 1 < len(mentions) and mentions[idx + 1].list_prev == idx \
                        and mentions[idx + 1].accepted:
                    sat.add("context")
            if ctx.ambiguous.get(mm.key, "") not in sat:
                continue
            if mm.cands:
                ok = [c for c in mm.cands if cand_need(mm, c) in sat]
                if not ok:
                    continue
                mm.cands = ok
            mm.accepted = True
            changed = True


def _resolve(mentions: list[_Mention], text: str, ctx: Context) -> None:
    # anchors: accepted names with one place (or several within 5 km of each other)
    anchors: list[Place] = []
    for mm in mentions:
        if not mm.accepted or not mm.cands:
            continue
        c = _filter_kind(mm)
        if len(c) == 1 or all(x.has_coords and c[0].has_coords and km(x.lat, x.lon, c[0].lat, c[0].lon) < 5
                              for x in c):
            mm.place = c[0]
            anchors.append(c[0])
    anchors = list({p.id: p for p in anchors}.values())   # distinct places only
    anchor_ids = {p.id for p in anchors}
    countries: dict[str, int] = {}
    for p in anchors:
        if p.country:
            countries[p.country] = countries.get(p.country, 0) + 1
    main_cc = max(countries, key=countries.get) if countries else ""
    for idx, mm in enumerate(mentions):
        if not mm.accepted or not mm.cands or mm.place is not None:
            continue
        cands = _filter_kind(mm)
        neigh = []
        for j in (mm.list_prev, idx + 1 if idx + 1 < len(mentions) and mentions[idx + 1].list_prev == idx else None):
            if j is not None and mentions[j].place is not None:
                neigh.append(mentions[j].place)

        def score(p: Place) -> float:
            s = 0.0
            if p.parent and p.parent in anchor_ids:
                s += 3
            if p.has_coords:
                if any(a.has_coords and a.id != p.id and km(p.lat, p.lon, a.lat, a.lon) < 30 for a in anchors):
                    s += 1.5
                if any(q.has_coords and km(p.lat, p.lon, q.lat, q.lon) < 15 for q in neigh):
                    s += 3
            else:
                s -= 1
            if main_cc and p.country == main_cc:
                s += 1
            s += {0: 0.6, 1: 0.4}.get(p.rank, 0)
            s += min(p.population, 2_000_000) / 4_000_000
            return s

        mm.place = max(cands, key=score)
    # direction adjectives after a region head ("ريف حماة الشمالي")
    for mm in mentions:
        mm.ext_end = mm.end
        if mm.head is not None and mm.head.type == "region":
            after = text[mm.end:mm.end + 30]
            for d in ctx.direction_after:
                if re.match(r"\s+" + re.escape(d) + r"(?!\w)", after):
                    mm.ext_end = mm.end + re.match(r"\s+" + re.escape(d), after).end()
                    break


def _filter_kind(mm: _Mention) -> list:
    head = mm.head or mm.list_root_head
    cands = mm.cands
    if head is not None and head.kinds and head.type in ("area",):
        f = [c for c in cands if c.kind in head.kinds]
        if f:
            return f
    # a governorate is meant only after "محافظة"; otherwise the city of the same name
    f = [c for c in cands if c.kind != "governorate"]
    return f or cands


def _group(doc: Document, mentions: list[_Mention], text: str, ctx: Context) -> list[DocPlace]:
    out: list[DocPlace] = []
    by_key: dict[str, DocPlace] = {}
    seen_spans: set = set()
    for mm in mentions:
        if not mm.accepted or mm.key is None:
            continue
        head = mm.head
        p = mm.place
        name_start, name_end = mm.start, mm.end
        kind = p.kind if p else None
        precision = None
        derived = None
        if head is not None and head.type == "facility" and (p is None or p.kind not in head.kinds):
            # "مطار الضمير" with only the town known: the facility by the town
            name_start = mm.head_start
            derived = "facility"
            kind = "facility" if "road" not in head.kinds else "road"
        elif head is not None and head.type == "region" and (p is None or p.kind != "region"):
            name_start, name_end = mm.head_start, mm.ext_end
            derived = "region"
            kind = "region"
        if p is not None and p.has_coords:
            precision = _BASE_PRECISION.get(p.kind, 1)
            if derived == "facility":
                precision = 2
            elif derived == "region":
                precision = 3 if p.kind in ("governorate", "region") else 2
            if mm.near:
                precision = max(precision, 2)
        key_text = " ".join(text[name_start:name_end].split())
        if p is not None:
            gid = p.id if derived is None else f"{p.id}/{derived}:{key_text}"
        else:
            gid = "unresolved:" + key_text.replace(" ", "_")
        ev_start = mm.head_start if (mm.head is not None and mm.head_start >= 0) else name_start
        item = by_key.get(gid)
        if item is None:
            surface = doc.span(name_start, name_end).text
            item = DocPlace(
                name_ar=surface, name_en=(p.name_en if p else None) if derived is None else None,
                kind=kind if p else (_kind_of_head(head or mm.list_root_head)),
                lat=p.lat if p else None, lon=p.lon if p else None,
                admin1=(p.admin1 if p else None), admin2=(p.admin2 if p else None),
                country=(p.country if p else None), geo_precision=precision,
                gazetteer=(p.layer if p and p.has_coords else None), id=gid,
                source=(p.source if p else None), parent=(p.parent if p else None))
            by_key[gid] = item
            out.append(item)
        else:
            if precision is not None and (item.geo_precision is None or precision < item.geo_precision):
                item.geo_precision = precision
        if (gid, ev_start, name_end) not in seen_spans:
            seen_spans.add((gid, ev_start, name_end))
            item.evidence.append(doc.span(ev_start, name_end))
            item.norm_spans.append((ev_start, name_end))
    return out


def _kind_of_head(head: Head | None) -> str | None:
    if head is None or not head.kinds:
        return None
    return sorted(head.kinds, key=lambda k: ("town", "village", "neighbourhood", "city",
                                             "facility").index(k) if k in (
        "town", "village", "neighbourhood", "city", "facility") else 9)[0]


def place_at(doc: Document, pos: int) -> int | None:
    """Index in ``doc.places`` of the place mentioned at normalised position ``pos``."""
    for i, p in enumerate(doc.places):
        for s, e in getattr(p, "norm_spans", ()):
            if s <= pos < e:
                return i
    return None
