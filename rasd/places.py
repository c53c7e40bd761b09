"""Place detection and geocoding: ``find_places(doc)`` fills ``doc.places``.

One pass over the words of ``doc.norm`` (:class:`WordScanner`: the matching rules of
:class:`~rasd.matcher.Matcher`, clitics included, without running an automaton over every
character) finds, together, every gazetteer alias, every generic head word
(``data/place_heads.tsv``: حي، بلدة، بلدتي، ريف، محيط، مطار …) and every phrase that holds a
place name but is not a place (``data/place_context.tsv``: جبهة الشام …).
The rest is reading the few words around each match:

- a head word before a name tells what kind of place it is ("حي الزهراء" is a neighbourhood,
  "بلدتي نبل والزهراء" two towns) and makes a strong head's unknown name a place of its own,
  reported with ``lat``/``lon`` null;
- a toponym-forming first word (كفر، تل، سد، ساحة، ضهرة …) takes the whole name, as far as its
  construct chain goes ("ساحة سعد الله الجابري", "حي سد اللوز"), also coordinated after known
  places with no head ("عندان ومعارة الأرتيق"); a kindless area head (محور، منطقة) governs a
  list whose unknown items are places ("على محور الشيخ سعيد وسليمان الحلبي وكرم الجبل"); a
  descriptor names what it follows ("منطقة الشقيف الصناعية"); a hospital, institute, school or
  housing head takes a definite unknown name, unless it is only where the wounded were taken;
  a facility usually named by a common noun (سوق، ميناء) takes a definite one only as the
  target of an attack or after a preposition of place ("استهدف سوق السمك"); an indefinite
  adjective after a head is a description ("شارع مكتظ"), and a verb after "و" ends a list
  ("… أحياء حلب ويوقع ضحايا"; imperfect verbs are told by their patterns, so "ويحمول" is an
  item); a strong plural head takes indefinite unknown names when they make a list of three or
  more ("قرى شويرين وتل حصين وراعل ومريغل"; an item joined by و may end in -iya, no adjective of
  the head: "قرى الحمرا، والبيوض، والوديان، وتريكية"), also after a list opener ("قرى عدة شمالي حلب،
  أبرزها طوقلي وغزل …"), and definite ones in a comma list with no "و"; a facility head that
  needs a locating phrase takes a definite name told inside a known quarter ("كلية الحقوق في حي
  الشهباء");
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
from pathlib import Path
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter, itemgetter

from .clitics import exceptions as _clitic_exceptions
from .clitics import is_prefix as is_clitic_prefix
from .clitics import split as split_clitic
from .clitics import split_columns
from .document import DESCRIBING_PLACES, Document, Span
from .gazetteer import (NAMED_ONLY, Gazetteer, Place, country_phrases, country_words, km,
                        load_gazetteer, named_anywhere, named_only_capitals, without_article)
from .lexicon import load_table
from .matcher import _ART_PREFIXES, Matcher, WordScanner, doc_words, is_letter  # noqa: F401 (re-exported)
from .normalize import char_positions, normalize, one_line
from .numbers import ordinal_words

_WORD = re.compile(r"[\u0621-\u064a]+")
# gaps, matched with (text, pos, endpos): a head and its name (spaces or an opening quote), and
# two names of a list
_ADJ_GAP = re.compile(r'[\s"]*\Z')
_LIST_GAP = re.compile(r'[\s"]*[،,]?[\s"]*\Z')
# (both match a gap of one space: detect tests that first, without the regex)
_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")

# words that begin two-word names (كفر حمرة، خان طومان، جب الجلبي): an unknown name after a
# head takes the next word too
_COMPOUND = frozenset(normalize(w) for w in (
    "كفر", "عين", "تل", "تلة", "دير", "خان", "بيت", "جب", "كرم", "بستان", "دارة", "مساكن", "باب",
    "بئر", "بير", "رأس", "راس", "أم", "ام", "أبو", "ابو", "أبي", "ابي", "بو", "سيدي", "بني", "الشيخ", "شيخ", "قاضي", "سيف",
    "ضاحية", "جسر", "معرة", "السيد", "مزرعة", "حوش", "خربة", "تلول", "قصر", "سوق", "مرج", "عرب", "ظهر",
    "عين", "نبع", "حرش", "جورة", "سهل", "برج", "طريق", "قلعة", "ساحة", "دوار", "جامع", "ضهرة",
    "معارة", "مغارة", "سد", "زور", "تركمان", "رسم", "ملا",    # زور الحيصة، رسم قطيش، ملا جاسم
    "خور",      # a seasonal stream or an inlet: خور طقت (Kordofan), خور مكسر (Aden)
    "قبر",      # a saint's tomb: قبر فضة (the Ghab plain), قبر إيسو
    # honorifics that open a person's name given to a mosque, a church, a school or a hospital
    # ("مسجد الإمام الصادق"، "كنيسة مار جرجس"، "مستشفى الملك فهد")
    "الإمام", "الشهيد", "القديس", "القديسة", "السيدة", "سيدة", "الأمير", "الملك", "مار",
    # and a scholar's "son of" name ("مستشفى ابن سينا"، "مستشفى بن سينا"، "مدرسة ابن خلدون")
    "ابن", "بن",
    # a prophet's shrine names villages and quarters ("النبي شيت"، "حي النبي أنعام")
    "النبي",
    # "the family of" opens the villages of Iraq's clans ("قرية البو عجيل"، "البو نمر")
    "البو"))

# first words that make a toponym of the words after them even with no head and no gazetteer
# entry, in a list of places ("عندان وحريتان ومعارة الأرتيق"): a mountain, a spring, a village
# of a kind; not the words that begin a person's name (أبو، الشيخ) or a common noun phrase
_TOPONYM_FIRST = frozenset(normalize(w) for w in (
    "كفر", "عين", "تل", "تلة", "دير", "خربة", "جب", "كرم", "ضهرة", "معارة", "مغارة", "مساكن",
    "مزرعة", "بستان", "خان", "حوش", "تلول", "دوار", "ساحة", "سد", "باب", "جسر", "ضاحية", "مرج",
    "بئر", "حارة", "رسم",
    # "mother of" names villages all over the Levant and Iraq ("وأم الصير"، "وأم الشبابيط")
    "أم", "ام", "البو"))

# toponym-forming words that make another place of a known name right after them ("تل
# سرغايا" is no سرغايا); not those that are also common words before a place ("باب"، "جسر"،
# "ساحة"، "طريق") or a conjunction ("أم")
_NAME_MAKERS = frozenset(normalize(w) for w in (
    "كفر", "عين", "تل", "دير", "خربة", "جب", "بئر", "بير", "تلول", "حوش", "رسم", "مزرعة"))
_TOPONYM_CONJ = frozenset("و" + w for w in _TOPONYM_FIRST)
# toponym-forming words written glued to the name ("كفرنبل"، "كفرحتى"، "حي أبوهادي" in Sirte)
_GLUED_TOPONYM = ("كفر", "ابو")

# second parts of a theophoric given name ("سعد الله", "صلاح الدين"): the family nisba after
# them still belongs to the name ("ساحة سعد الله الجابري")
_THEOPHORIC = frozenset(normalize(w) for w in ("الله", "الدين", "الدولة"))

# prepositions after which a country or a foreign capital is a place ("في روسيا", not "أوقفت روسيا")
_LOCATIVE = frozenset(normalize(w) for w in ("في", "إلى", "الى", "داخل", "نحو", "عند", "حتى", "من",
                                              "باتجاه", "تجاه", "صوب"))   # (a missile "fired
# towards Riyadh" names the place it was aimed at)
_ALA = normalize("على")
_MIN = normalize("من")
AGENT_REACH = 2      # words between a noun of backing and its من ("بدعم ضمني من")
ATTACK_REACH = 3     # words between an attack noun and the على of its target ("هجوما واسعا على")

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
    definite: bool = False  # strong for a definite name only ("مشفى الكندي", not "مشفى ميداني")
    indefinite: bool = False  # strong for an indefinite proper name only ("منطقة بوعطني", "سوق
    #                           صابرين"), not a common noun or an agreeing adjective or verb
    feminine: bool = False    # the head ends in ة: an adjective agreeing with it ends in ة too
    target: bool = False      # a definite name counts where the phrase is the target of an
    #                           attack or a place ("استهدف سوق السمك", "في سوق الخضار")
    kind: str = ""            # the kind an unknown name after it has: its first listed kind


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
    not_place_after: dict = field(default_factory=dict)   # see _ActorOrPerson
    descriptor_after: frozenset = frozenset()   # "منطقة الشقيف الصناعية": names what it follows
    toponym_adjective: frozenset = frozenset()  # "التلول الحمر", "الحجر الأسود": part of a name
    quarter_adjective: frozenset = frozenset()  # "حي الساحل الشرقي": a direction in an unknown quarter's name
    epithet_after: frozenset = frozenset()      # "مطار بنينا الدولي": not part of the name
    facility_pair: frozenset = frozenset()      # "مشفى النسائية والأطفال": و + this completes it
    name_epithet: frozenset = frozenset()       # "مستشفى الفلوجة العام": part of the name
    name_suffix: frozenset = frozenset()        # "كابر صغير"، "جب حسن آغا": part of the name
    direction_suffix: frozenset = frozenset()   # "تل أحمر غربي": part of it before no name
    list_continue: object = None                # "، إلى جانب …": a list goes on after it
    list_intro: object = None                   # "قرى عدة شمالي حلب، أبرزها …": the list opens
    list_intro_near: object = None              # "أحياء عدة بينها …": the opener right after the head
    target_before: frozenset = frozenset()      # "استهدف", "قصف": what follows is a target
    attack_noun: frozenset = frozenset()        # "هجوم"، "غارات": "… على X" names a target
    agent_noun: frozenset = frozenset()         # "بدعم"، "بطلب": "… من X" names who, not where
    office_of: frozenset = frozenset()          # "محافظ"، "والي": the name after it is the office's place
    battle_name: object = None                  # 'معركة "الغضب لحلب"': the quote opens a name
    battle_name_inside: object = None           # '"عملية النهروان"': the name opens the quote
    idiom: dict = field(default_factory=dict)   # "عن طريق": head -> words that make it no head
    definite_intro: tuple = ()                  # the definite openers ("التالية") of list_intro
    definite_list: object = None                # "البلدات التالية: X، Y": a definite plural head
    quantity_list: object = None                # "عدد من البلدات": a plural head, counted
    quantity_words: tuple = ()                  # the quantity_of phrases
    list_intro_and: object = None               # " وهي " opening a list with no comma before it
    alias_heads: frozenset = frozenset()        # a head word, or "معسكر", opening an alias
    person_after: tuple = ()                    # " بن ": a one-word name before it is a man's
    not_list_item: frozenset = frozenset()      # "والجيش يرد": a subject after a list, no item


@lru_cache(maxsize=1)
def context() -> Context:
    heads = {}
    for r in load_table("place_heads.tsv"):
        w = normalize(r["word"])
        heads[w] = Head(w, r.get("type", "area"), frozenset(k for k in r.get("kinds", "").split("|") if k),
                        r.get("number", "1") or "1", r.get("strong", "").lower() == "yes",
                        r.get("strong", "").lower() == "definite",
                        r.get("strong", "").lower() == "indefinite", w.endswith("ه"),
                        r.get("target", "").lower() == "yes",
                        next((k for k in r.get("kinds", "").split("|") if k), ""))
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
    descr = frozenset(by_role.get("descriptor_after", ()))
    not_name = frozenset(by_role.get("not_name", ())) | locator | preps | frozenset(
        d for d in dirs) | frozenset(heads) | descr
    ctx = Context(heads, amb, frozenset(by_role.get("actor_before", ())),
                  frozenset(by_role.get("person_before", ())), tuple(by_role.get("not_place", ())),
                  locator, preps, dirs, not_name)
    ctx.not_place_after = _ActorOrPerson(ctx)
    ctx.descriptor_after = descr
    ctx.toponym_adjective = frozenset(by_role.get("toponym_adjective", ()))
    ctx.quarter_adjective = frozenset(by_role.get("quarter_adjective", ()))
    ctx.person_after = tuple(f" {w} " for w in by_role.get("person_after", ()))
    ctx.not_list_item = frozenset(by_role.get("not_list_item", ()))
    ctx.epithet_after = frozenset(by_role.get("epithet_after", ()))
    ctx.facility_pair = frozenset(by_role.get("facility_pair", ()))
    ctx.name_epithet = frozenset(by_role.get("name_epithet", ()))
    ctx.name_suffix = frozenset(by_role.get("name_suffix", ()))
    ctx.direction_suffix = frozenset(by_role.get("direction_suffix", ()))
    ctx.alias_heads = frozenset(heads) | frozenset(by_role.get("alias_head", ()))
    ctx.target_before = frozenset(by_role.get("target_before", ()))
    ctx.attack_noun = frozenset(by_role.get("attack_noun", ()))
    ctx.agent_noun = frozenset(by_role.get("agent_noun", ()))
    # the titles of an office held over a place (the actor stage's person_title rows of_place:
    # "محافظ حمص طلال البرازي"): one indefinite word, the place named right after it
    ctx.office_of = frozenset(
        w for w in (" ".join(normalize(r["pattern"]).split()) for r in load_table("actor_patterns.tsv")
                    if r.get("type") == "person_title" and r.get("value") == "of_place")
        if " " not in w and not w.startswith("ال"))
    battle = sorted(by_role.get("battle_name_before", ()), key=len, reverse=True)
    if battle:
        # (matched with its end at an opening quote: the quotes are few, the text is long)
        ctx.battle_name = re.compile(r'(?<![\u0621-\u064a])[وفبلك]?(?:ال)?(?:'
                                     + "|".join(re.escape(w) for w in battle) + r') ?$')
        # '"عملية النهروان"': the battle word inside the quotes
        ctx.battle_name_inside = re.compile(r'[ ]*(?:' + "|".join(re.escape(w) for w in battle)
                                            + r') ')
    for phrase in by_role.get("idiom", ()):
        before, head = phrase.rsplit(" ", 1)
        ctx.idiom.setdefault(head, set()).add(before)
    cont = sorted(by_role.get("list_continue", ()), key=len, reverse=True)
    if cont:
        ctx.list_continue = re.compile(r'[ "]*[،,]?[ "]*(?:' + "|".join(re.escape(c) for c in cont)
                                       + r')[ ]+"?')
    intro = sorted(by_role.get("list_intro", ()), key=len, reverse=True)
    if intro:
        ctx.list_intro = re.compile(r'[ ]*[،,]?[ ]*(?:' + "|".join(re.escape(c) for c in intro)
                                    + r')[ ]*[:：]?[ ]+')
        # "البلدات التالية: X، Y": a plural head with the article, then a definite opener
        # agreeing with it and a colon, governs the list like the bare head
        ctx.definite_intro = tuple(c for c in intro if c.startswith("ال"))
        if ctx.definite_intro:
            ctx.definite_list = re.compile(
                r'(?<![\u0621-\u064a])([وفبلك]?(?:ال|لل))([\u0621-\u064a]+)[ ]+(?:'
                + "|".join(re.escape(c) for c in ctx.definite_intro) + r')[ ]*[:：]')
        # "… في ريف حلب الغربي وهي X، Y": an opener joined by و needs no comma before it
        joined = [c for c in intro if c.startswith("و")]
        if joined:
            ctx.list_intro_and = re.compile(r' (?:' + "|".join(re.escape(c) for c in joined)
                                            + r')[ ]*[:：]?[ ]+')
        many = sorted(by_role.get("list_quantity", ()), key=len, reverse=True)
        ctx.list_intro_near = re.compile(
            r'[ ]+(?:(?:' + "|".join(re.escape(c) for c in many) + r')[ ]*)?[،,]?[ ]*(?:'
            + "|".join(re.escape(c) for c in intro) + r')[ ]*[:：]?[ ]+') if many else None
    qty = sorted(by_role.get("quantity_of", ()), key=len, reverse=True)
    if qty:
        ctx.quantity_words = tuple(qty)
        ctx.quantity_list = re.compile(
            r'(?<![\u0621-\u064a])(?:' + "|".join(re.escape(c) for c in qty)
            + r') ([وفبلك]?(?:ال|لل))([\u0621-\u064a]+)'
            # not when a definite nisba describes the plural ("مجموعة من البلدات السنية التي")
            + r'(?! ال[\u0621-\u064a]+(?:ية|يه|ي)(?![\u0621-\u064a]))')
    return ctx


class _ActorOrPerson(dict):
    """word -> whether a name right after it belongs to an organisation or a person ("جيش حلب",
    "أبو حيان"): the word, or its stem, is an ``actor_before`` word, or a ``person_before``
    word (cached per word)."""

    __slots__ = ("ctx",)

    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx

    def __missing__(self, pw):
        if len(self) > 200_000:
            self.clear()
        c = self.ctx
        r = self[pw] = pw in c.actor_before or pw in c.person_before or _stem(pw) in c.actor_before
        return r


def matcher_for(gaz: Gazetteer) -> Matcher:
    """The one matcher of a gazetteer: aliases, head words and not-a-place phrases (an
    Aho-Corasick :class:`~rasd.matcher.Matcher`, for callers that want one; detection itself
    uses :func:`scanner_for`, which applies the same matching rules word by word)."""
    if gaz._matcher is None:
        gaz._matcher = Matcher(_entries(gaz))
    return gaz._matcher


def _entries(gaz: Gazetteer) -> list:
    ctx = context()
    entries = [(a, ("name", a)) for a in gaz.by_alias]
    entries += [(h, ("head", h)) for h in ctx.heads]
    entries += [(p, ("block", p)) for p in ctx.not_place]
    return entries


# --------------------------------------------------------------------------- word scanner

class _PlaceIndex:
    """What detection needs of one gazetteer: the scanner and, per key, what it is."""

    def __init__(self, gaz: Gazetteer):
        ctx = context()
        self.by_alias = gaz.by_alias
        entries = _entries(gaz)
        kinds: dict[str, set] = {}
        for pat, (kind, _v) in entries:
            key = " ".join(normalize(pat).split())
            if key:
                kinds.setdefault(key, set()).add(kind)
        # what a match of each key is: "block" (holds a name, not a place), "head", "name",
        # or "" (a compound's first word alone, "عين", "كفر": no name)
        self.kind = {}
        for key, ks in kinds.items():
            if "block" in ks:
                self.kind[key] = "block"
            elif "head" in ks:
                self.kind[key] = "head"
            elif "name" in ks and key not in _COMPOUND:
                self.kind[key] = "name"
            else:
                self.kind[key] = ""
        self.scanner = WordScanner(kinds)
        self.ctx = ctx
        self.needs_of = _Needs()
        self.needs_of.by_alias = gaz.by_alias
        self.accept_of = _AcceptInfo()
        self.accept_of.index = self

    def needs(self, key: str) -> tuple:
        """The needs of the candidates of an alias, in the order of ``by_alias[key]``, and
        their set (cached per alias; ``needs_of[key]`` is the same)."""
        return self.needs_of[key]


class _Needs(dict):
    __slots__ = ("by_alias",)

    def __missing__(self, key):
        one_word = " " not in key
        ns = tuple(_cand_need(c, one_word) for c in self.by_alias.get(key, ()))
        r = self[key] = (ns, frozenset(ns))
        return r


class _AcceptInfo(dict):
    """alias -> what accepting a mention of it asks, for ``_accept``: ``(ambiguous need,
    needs of its candidates, their set, whether nothing asks for a context, {satisfied
    contexts: the candidates that fit them})`` (cached per alias: until it is accepted, a
    mention's candidates are its alias's own, but for those :func:`_unnamed_countries` drops,
    whose needs ``_accept`` reads afresh; the lists are shared, never mutated)."""

    __slots__ = ("index",)

    def __missing__(self, key):
        if len(self) > 200_000:
            self.clear()
        ns, nset = self.index.needs_of[key]
        amb = self.index.ctx.ambiguous.get(key, "")
        r = self[key] = (amb, ns, nset, not amb and nset <= _PLAIN, {})
        return r


def scanner_for(gaz: Gazetteer) -> _PlaceIndex:
    idx = gaz._index
    if idx is None or idx.by_alias is not gaz.by_alias:
        idx = gaz._index = _PlaceIndex(gaz)
    return idx


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


class _Mention:
    """One name of the text: a gazetteer alias, or an unknown name after a strong head."""

    __slots__ = ("start", "end", "key", "cands", "head", "head_start", "prefix", "list_prev",
                 "list_root_head", "near", "accepted", "place", "ext_end", "pw", "sat0", "wi")

    def __init__(self, start, end, key, cands, head, head_start, prefix, list_prev,
                 list_root_head, wi):
        # (every argument positional: this runs for every name of every article)
        self.start = start              # name span (normalised, without clitic)
        self.end = end
        self.key = key                  # gazetteer alias, None for an unknown name
        self.cands = cands              # candidate places (never mutated: may be the gazetteer's)
        self.head = head
        self.head_start = head_start    # start of the head word (without its clitic)
        self.prefix = prefix
        self.list_prev = list_prev
        self.list_root_head = list_root_head
        self.near = False
        self.accepted = False
        self.place = None
        self.ext_end = -1               # after a region head: the end including a direction
        #                                 adjective ("ريف حماة الشمالي"), see _resolve
        self.pw = None                  # the word before the name (cached)
        self.sat0 = None                # contexts satisfied without list neighbours (cached)
        self.wi = wi                    # index of its first word in the document's words (-1:
        #                                 unknown)


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


def _prev_word_at(text: str, pos: int, words: tuple, i: int = -1) -> str:
    """:func:`_prev_word` for a word start ``pos`` (word ``i`` when known), read off the
    document's word list."""
    starts, ends, texts = words
    if i < 0:
        i = bisect_left(starts, pos)
    if i >= len(starts) or starts[i] != pos:
        return _prev_word(text, pos)
    if i == 0:
        return ""
    gap = text[ends[i - 1]:pos]
    return texts[i - 1] if not gap.strip(" \"'") else ""


def _noun_before(mm, words: tuple, nouns: frozenset, reach: int) -> bool:
    """Is one of ``nouns`` at most ``reach`` words before the word right before the name (its
    على or من)? "هجوما واسعا على إيران": the attack's target, a place; "بدعم ضمني من الولايات
    المتحدة": who backs, no place. A final accusative alef is tried off (هجوما)."""
    starts, ends, texts = words
    j = bisect_left(starts, mm.start - len(mm.prefix)) - 1      # the preposition
    for k in range(j - 1, max(-1, j - 1 - reach), -1):
        w = _stem(texts[k])
        if w in nouns or (w.endswith("ا") and w[:-1] in nouns):
            return True
    return False


def _stem(word: str) -> str:
    return split_clitic(word)[1] if word else word


_UNKNOWN_WORD = re.compile(r'[\s"]*([\u0621-\u064a]+)')
_NEXT_WORD = re.compile(r"[ ]+([\u0621-\u064a]+)")
# a unit's number after a camp's head ("معسكر اللواء 27"); the number may be glued to a word
# after it ("اللواء 27ميكا")
_NUMBERED_UNITS = frozenset({"اللواء", "الفرقه", "الكتيبه", "الفوج"})     # (normalised: ة -> ه)
_UNIT_NUMBER = re.compile(r"[ ]*([0-9\u0660-\u0669]{1,3})(?![0-9\u0660-\u0669])")
_HYPHEN_PART = re.compile(r"(?:-[\u0621-\u064a]{2,})+(?![\u0621-\u064a0-9-])")
_ADJ_SUFFIXES = ("هما", "ها", "هم", "ه")




# the heads after which a direction is a word of an unknown name ("حي الساحل الشرقي")
_QUARTER_KINDS = frozenset({"neighbourhood", "district", "camp", "village"})


def _closing_quote_before(text: str, start: int) -> bool:
    """Does a quote that closes a word ('مكرام" ') stand right before the word at ``start``,
    with only spaces between?"""
    k = start - 1
    while k > 0 and text[k] == " ":
        k -= 1
    return k > 0 and text[k] == '"' and is_letter(text[k - 1])


def _unknown_after(text: str, pos: int, ctx: Context, *, conj: bool = False, plural: bool = False,
                   street: bool = False, definite: bool = False, facility: bool = False,
                   toponym: bool = False, bounded: bool = False, feminine: bool = False,
                   two_words: bool = False, head_feminine: bool = False, quarter: bool = False,
                   long_feminine: bool = False, head_definite: bool = False):
    """An unknown name right after ``pos``: (start, end, key, prefix) or None. After a street
    head a definite head word is a name ("شارع المطار", "شارع الجامعة").

    A toponym-forming first word (``_COMPOUND``: كفر، تل، سد، ساحة …) takes the word after it,
    even when it is a head word itself ("حي سد اللوز"); then the name runs on while it is a
    construct chain: an indefinite word takes a definite one ("ساحة سعد الله", "حي سليمان
    الحلبي"), a theophoric second part takes a family nisba ("سعد الله الجابري"). It stops at a
    conjunction, a preposition, punctuation, a direction, a descriptor or a time word.
    ``definite``: only a definite name (or a compound) counts; ``facility``: a definite nisba
    after the name is part of it ("معهد الإعداد الرياضي"); ``toponym``: the first word must be
    in ``_TOPONYM_FIRST``; ``bounded``: the name must end at a list boundary (punctuation,
    the end, "و…", a preposition or a direction word); ``feminine``: after a feminine head an
    indefinite word ending in ي is no adjective agreeing with it ("منطقة بوعطني");
    ``long_feminine``: the same for a word of five letters or more ("بلدة كياوكجي", not "مدينة
    كبرى", whose alef maqsura the normalisation wrote ي); ``head_definite``: the head has the
    article, so a quotation after it is what is said of it, no name ('أن المستشفى "تحول إلى
    ركام"').

    ``two_words`` (right after a singular head): a second indefinite word no lexicon knows,
    before the name's end, is part of a one-word name ("قرية تشوما بانغو"; after a feminine
    head, ``head_feminine``, one ending in ي too: "قرية أمبا مادري"); ``quarter`` (after a
    quarter's or a village's head): a direction after the name is a word of it ("حي الساحل
    الشرقي", see place_context.tsv quarter_adjective).

    A definite adjective that forms toponyms (``toponym_adjective``: الحمر، الكبرى، التحتاني …)
    after the name is part of it ("قرية التلول الحمر"); an epithet (الدولي، العسكري) after a
    facility's name is not ("مطار بنينا الدولي" is "مطار بنينا")."""
    m = _UNKNOWN_WORD.match(text, pos, pos + 60)
    if not m:
        return None
    w = m.group(1)
    start = m.start(1)
    prefix = ""
    if conj:
        # (a two-letter toponym-forming word after "و" is an item too: "وجب القبة", "وتل رفعت")
        if not w.startswith("و") or (len(w) < 4 and w[1:] not in _TOPONYM_FIRST):
            return None
        if _closing_quote_before(text, start):
            return None  # 'في أحياء كادقلي ومكرام" وأدى لمقتل': a closing quote ends the list
        prefix, w, start = "و", w[1:], start + 1
        if _imperfect_verb(w) or w in ctx.not_list_item or (len(w) > 4 and w.endswith("وا")):
            return None  # "… ويوقع ضحايا"، "وأضرموا النيران": a verb opens a new clause, never a
            # list item (nor does "والجيش يرد": a subject)
        if w[:1] == "ت" and _imperfect_verb("ي" + w[1:]):
            if len(w) == 5 and w[2] == "ا" and w[-1] != "ت":
                return None  # "تمشيط أحياء العريش وتحاصر معسكر النصر": تفاعل is a verb
            nx = _NEXT_WORD.match(text, start + len(w), start + len(w) + 40)
            if nx and _stem(nx.group(1)) in ctx.heads \
                    and not split_clitic(nx.group(1))[0].endswith(("ب", "ل", "ك")):
                return None  # "وتقصف بلدة …": تفعل before a place's head word is a verb too
                # (not تدمر or تسيل, which no head follows; nor a name before a head with a
                # preposition, which locates it: "ودوما وتيما بريف السويداء")
    if not conj and _imperfect_verb(w):
        nx = _NEXT_WORD.match(text, start + len(w), start + len(w) + 40)
        if nx and nx.group(1).startswith("ال") and nx.group(1).endswith(("ون", "ين")):
            return None  # "مدينة يعلن المتمردون السيطرة عليها": a verb and its plural subject
    if toponym and w not in _TOPONYM_FIRST:
        return None
    if (w in ctx.not_name or len(w) < 3) and w not in _COMPOUND \
            and not (w in ctx.ambiguous and '"' in text[pos:start]):
        return None      # (a toponym-forming word may be a head, "سد", or short, "تل"; a
        # quoted place name that is also a common word is a name: 'حي "الأسد"')
    if w[:2] == "لل" or (w[1:3] == "ال" and w[0] in "بكف"):
        pre = split_clitic(w)[0]
        if (len(pre) > 2 and pre.endswith(("ال", "لل"))) or pre == "لل":
            return None  # a preposition and the article: "مخيم للنازحين" is a description
    if _stem(w) in ctx.heads and not (street and w.startswith("ال")) and w not in _COMPOUND \
            and not (w.startswith("ال") and _toponym_adjective_next(text, start + len(w), ctx)):
        return None     # (a head word with a toponym adjective is a name: "قرية النهر الأبيض")
    for suf in _ADJ_SUFFIXES:
        if w.endswith(suf) and (w[:-len(suf)] in ctx.heads or w[:-len(suf)] in ctx.not_name):
            return None  # "ومحيطها", "نفسه"
    if not conj and w.startswith("و") and len(w) > 3 and w[1:] not in ("ادي",) \
            and not (w[1] == "ا" and w[2] != "ل"):
        # "بلدة ومستوطنة": a conjunction, not a name; a name that begins with "وا" (واحجة، واسط)
        # keeps its و (common words of و + alef, "واسعة"، "واكد", are not_name rows)
        return None
    if w[0] in "بلك" and len(w) > 3 and (w[1:] in ctx.locator_before or _stem(w[1:]) in ctx.heads):
        return None      # "قرية بشمال اليمن", "بلدة بريف حلب": a description, not a name
    if not w.startswith("ال") and (w.endswith("يه") or (
            w.endswith("ي") and not feminine and not (long_feminine and len(w) >= 5))) \
            and len(w) >= 4 and w not in _COMPOUND \
            and not (w.startswith(_GLUED_TOPONYM) and len(w) >= 5) \
            and not (conj and feminine and len(w) >= 5):
        return None      # an adjective: "مدينة تجارية", "مطار دولي", "ناحية ثانية" (not a
        # village glued to كفر whose alef maqsura the normalisation wrote ي: "بلدة كفرحتى";
        # nor an item joined by و to the names of a strong plural head's list, which no
        # adjective of the head follows: "قرى السويدية كبيرة، والبيوض، والوديان، وتريكية")
    if (w[0] in "يتن" or (w[0] == "ا" and len(w) >= 6)) and (w.endswith("ها") or w.endswith("هم")):
        return None      # a verb with its object: "مدينة يقطنها"، "منطقة اقتحمها"
    if not w.startswith("ال") and _RESUMPTIVE.match(text, start + len(w)):
        return None      # a verb whose relative clause points back: "حي سيطرت عليه القوات",
        # "حي تسيطر عليه"، "ساحة يتجمع فيها"، "أول منطقة دخل إليها المسلحون"
    if len(w) == 5 and w[0] == "ت" and w[-1] == "ت":
        return None      # a verb of the form تفعّلت: "في بلدة تعرضت لهجوم"، "منطقة تقدمت إليها"
    if (plural or definite) and not w.startswith("ال") and w not in _COMPOUND \
            and '"' not in text[pos - 1 if pos else 0:start]:
        return None      # "أحياء حفلات" (holding parties): after a plural head, names take ال
        # (a quoted name needs no article: 'أحياء "ثعبات" و"عصيفرة"'، 'مشفى "عمر بن عبد العزيز"')
    if plural and not conj and len(w) >= 7 and w.endswith("يين") and w.startswith("ال") \
            and '"' not in text[pos - 1 if pos else 0:start]:
        return None      # "أحياء المسيحيين"، "إحياء العراقيين الشيعة": after a plural head a
        # people's plural (a nisba in -يين) says whose quarters, it names none
    end = start + len(w)
    if text[end:end + 1] == "-":
        h = _HYPHEN_PART.match(text, end)
        if h:           # a foreign name written with hyphens: "بلدة تين-أكوف"، "باند-إي-تيمور"
            w = w + h.group(0)
            end = h.end()
    words = [w]
    not_name = ctx.not_name
    if '"' in text[pos:start]:
        if head_definite:
            return None
        # a quoted name runs to its closing quote: "مدرسة “العلماء الصغار”"
        q = (_QUOTED_LIST_REST if plural else _QUOTED_REST).match(text, end, end + 90)
        if q:
            words += q.group(1).split()
            end = q.end(1)
            return (None if bounded and not _bounded(text, end + 1, ctx)
                    else (start, end, " ".join(words), prefix))
    if w in _COMPOUND:
        m2 = _NEXT_WORD.match(text, end, end + 40)
        if not m2 or (m2.group(1) in not_name and _stem(m2.group(1)) not in ctx.heads) \
                or m2.group(1) in _TIME_WORDS or m2.group(1) == "ال":
            return None     # (a head word is a word of the name: "كاتدرائية سيدة جبل الكرمل";
            # a bare article is a word cut off where the text ends: "مدينة عين ال")
        if w == "ام" and m2.group(1).endswith("يه") and len(m2.group(1)) >= 5 \
                and not m2.group(1).startswith("ال"):
            return None     # "سيدة سورية وأم يمنية": a mother and her nationality, a victim
        words.append(m2.group(1))
        end = m2.end(1)
    # the construct chain (at most two more words)
    for _ in range(2):
        if text[end + 1:end + 3] != "ال":
            break      # (the usual case, without a regex: the next word is not definite)
        m2 = _NEXT_WORD.match(text, end, end + 40)
        if not m2:
            break
        nw = m2.group(1)
        last = words[-1]
        if not nw.startswith("ال") or nw in not_name or nw in _TIME_WORDS or len(nw) < 4 \
                or (nw in ctx.ambiguous and not (len(words) == 2 and last in _COMPOUND)) \
                or (facility and nw in ctx.epithet_after):
            break      # (a common word that is sometimes a place: "الجيش", "الفصائل"; not
            # after a second toponym-forming word, which a name never ends with: "جسر بيت الراس")
        if not last.startswith("ال"):
            if nw.endswith("يه") or (nw.endswith("ي") and len(words) == 1 and w in _COMPOUND) \
                    or (nw.startswith("المت") and nw.endswith(("ه", "ين", "ون"))):
                break    # "كفر حمرة" then "المحاصرة"-like adjectives; a participle of the
                # forms متفعّلة، متفاعلة: "بمدينة الشيخ زويد المتمركزة على الطريق"
        elif last in _THEOPHORIC or (facility and len(words) == 1):
            if not (nw.endswith("ي") or nw.endswith("يه")) or nw in ctx.epithet_after:
                break
        else:
            break
        words.append(nw)
        end = m2.end(1)
    if not words[-1].startswith("ال") and text.startswith((" بن ", " ابن "), end):
        m2 = _NASAB.match(text, end)
        if m2 and m2.group(1) not in not_name:
            words += m2.group(0).split()    # "حي هشام بن عبدالملك"، "مدرسة خالد بن الوليد"
            end = m2.end()
    if facility and words[-1].startswith("ال") and len(words) < 4 and text[end + 1:end + 3] == "ال":
        m2 = _NEXT_WORD.match(text, end, end + 40)
        if m2 and m2.group(1).startswith("ال") and m2.group(1).endswith("ي") \
                and m2.group(1) not in not_name and m2.group(1) not in _TIME_WORDS \
                and m2.group(1) not in ctx.epithet_after:
            words.append(m2.group(1))   # "معهد الإعداد الرياضي"
            end = m2.end(1)
    if facility and words[-1].startswith("ال") and text[end + 1:end + 4] == "وال":
        m2 = _NEXT_WORD.match(text, end, end + 40)
        if m2 and m2.group(1)[1:] in ctx.facility_pair:
            words.append(m2.group(1))   # "مشفى النسائية والأطفال"
            end = m2.end(1)
    if facility and text[end + 1:end + 3] == "ال":
        m2 = _NEXT_WORD.match(text, end, end + 40)
        if m2 and m2.group(1)[2:] in ordinal_words():
            words.append(m2.group(1))   # "معسكر اللواء الخامس"، "معسكر الفرقة الأولى"
            end = m2.end(1)
    elif facility and words[-1] in _NUMBERED_UNITS:
        m2 = _UNIT_NUMBER.match(text, end, end + 12)
        if m2:
            words.append(m2.group(1))   # "معسكر اللواء 27 المؤلل" (the camp of the 27th)
            end = m2.end(1)
    elif not facility and text[end + 1:end + 3] == "ال":
        m2 = _NEXT_WORD.match(text, end, end + 40)
        if m2 and (m2.group(1) in ctx.toponym_adjective
                   or (quarter and m2.group(1) in ctx.quarter_adjective)):
            words.append(m2.group(1))   # "قرية التلول الحمر"، "حي الساحل الشرقي"
            end = m2.end(1)
    nxt = None      # the word after the name, once read
    for _ in range(2):      # "وكابر صغير"، "جب حسن آغا"، "وحسن آغا صغير"
        if text[end:end + 1] != " ":
            break
        nxt = _NEXT_WORD.match(text, end, end + 40)
        if not nxt or nxt.group(1) not in ctx.name_suffix:
            break
        words.append(nxt.group(1))
        end = nxt.end(1)
        nxt = None
    if nxt and nxt.group(1) in ctx.direction_suffix and _DIRECTION_SUFFIX_END.match(text, nxt.end(1)):
        words.append(nxt.group(1))   # "تل أحمر غربي وتل أحمر شرقي" ("… شمالي حلب" locates)
        end = nxt.end(1)
    elif two_words and len(words) == 1 and not ((facility and not street) or plural or definite) \
            and not w.startswith("ال") and w not in _COMPOUND:
        # (after a street's head the second word may be a family nisba: "شارع أحمد عرابي")
        m2 = nxt or _NEXT_WORD.match(text, end, end + 40)
        if m2 and _second_word(m2.group(1), ctx, head_feminine or street) \
                and _name_ends(text, m2.end(1), ctx):
            words.append(m2.group(1))   # "قرية أمبا مادري شمال غرب تيجراي"، "بمحافظة هورو
            end = m2.end(1)             # جودرو التابعة": a two-word name, neither word known
    if bounded and not _bounded(text, end, ctx):
        return None
    return start, end, " ".join(words), prefix


def _name_ends(text: str, end: int, ctx: Context) -> bool:
    """Does a name end at ``end``: a list boundary (see :func:`_bounded`) or a definite word
    that describes what it follows ("التابعة"، "الواقعة"، "التي")?"""
    if _bounded(text, end, ctx):
        return True
    m = _NEXT_WORD.match(text, end, end + 40)
    return bool(m) and m.group(1).startswith("ال") and m.group(1) in ctx.not_name


def _second_word(w2: str, ctx: Context, feminine: bool) -> bool:
    """Can ``w2`` be the second word of an unknown name ("أمبا مادري"، "تشوما بانغو")? An
    indefinite word no lexicon of rasd knows: not a head, a locator, a direction, a time or
    function word, an adjective agreeing with a head (ة، ي), a verb or a prefixed common word."""
    if len(w2) < 3 or w2.startswith(("ال", "و")) or w2 in ctx.not_name \
            or w2 in _FUNCTION_WORDS or w2 in ctx.ambiguous or w2 in ctx.name_suffix \
            or w2 in ctx.toponym_adjective or w2 in ctx.epithet_after or _stem(w2) in ctx.heads:
        return False
    if w2.endswith(("ه", "ت", "وا", "ين", "ون", "ات")) or (w2.endswith("ي") and not feminine) \
            or _imperfect_verb(w2):
        return False    # an adjective (صغيرة; after a masculine head سكني), a past verb
        # (شهدت), a plural (مدنيين); after a feminine head an adjective would end in ة
    if w2[0] in "بلكف" and (w2[1] not in "اوي" or w2[1:3] == "ال" or w2[1:] in ctx.not_name
                            or w2[1:] in _FUNCTION_WORDS or _stem(w2[1:]) in ctx.heads):
        return False    # "بصيدا"، "بريف"، "بالقرب"، "لقصف"، "بوسط" (not "بانغو"، "بوما")
    return True


# a man's name goes on with his father's: "بن" and a name, "عبد" and a name written apart
_NASAB = re.compile(r" (?:بن|ابن) ((?:عبد )?[\u0621-\u064a]{3,})")
# what may follow a direction that ends a name: the end, punctuation or a word joined by و
_DIRECTION_SUFFIX_END = re.compile(r'[ ]*(?:[.,،:;"()\n]|\Z| و)')


def _adjective_after(text: str, end: int, words: frozenset, next_start: int):
    """The definite adjective of ``words`` right after a known name ending at ``end``, when it
    ends before the next name or head (starting at ``next_start``): its match, else None."""
    if text[end:end + 3] != " ال":
        return None
    m = _NEXT_WORD.match(text, end, end + 30)
    return m if m is not None and m.group(1) in words and next_start >= m.end(1) else None


def _toponym_adjective_next(text: str, end: int, ctx: Context) -> bool:
    """Whether a toponym-forming adjective is the next word ("النهر الأبيض")."""
    m = _NEXT_WORD.match(text, end, end + 40)
    return m is not None and m.group(1) in ctx.toponym_adjective


def _imperfect_verb(w: str) -> bool:
    """Whether an indefinite word has the shape of a third-person imperfect verb: ي and a stem
    of three letters (يفعل: "يقتل"، "يوقع"), or of the derived forms يفاعل، يتفعل، ينفعل، يفتعل
    (five letters) and يستفعل، يتفاعل (six: "يستهدف"), not a noun's ending (ة، ات، ية); or
    a plural of six to eight letters (يفعلون … يستفعلون: "ويقتلون"), not a nisba's (يمنيون).
    "يحمول" (يفعول) is no verb: a village of a list."""
    n = len(w)
    if w[:1] == "ي" and 6 <= n <= 8 and w.endswith("ون") and w[-3] != "ي":
        return True     # يفعلون، يتفاعلون، يستفعلون: "ويقتلون العشرات" (not "يمنيون")
    if w[:1] != "ي" or not 4 <= n <= 6 or w.endswith(("ه", "ات", "يه", "ون", "ين")):
        return False
    if n == 4:
        return True
    if n == 5:
        return w[1] in "تن" or w[2] in "ات"
    return w[1:3] == "ست" or w[1] == "ت"


# a resumptive pronoun after a verb that follows a head: "حي سيطرت عليه"، "بلدة دخلت إليها"
_RESUMPTIVE = re.compile(r" (?:عليه|عليها|فيه|فيها|منه|منها|اليه|اليها|له|لها)(?![\u0621-\u064a])")
_QUOTED_REST = re.compile(r'((?:[ ]+[\u0621-\u064a0-9]+){0,3})"')   # (digits too: 'مستشفى "ميم 10"')
# after a plural head a quoted name may be a list of several: 'مناطق "سنسحر و زور الحيصة وبطيش"'
_QUOTED_LIST_REST = re.compile(r'((?:[ ]+[\u0621-\u064a0-9]+){0,7})"')
_TIME_WORDS = frozenset(normalize(w) for w in (
    "اليوم", "أمس", "امس", "الليلة", "الماضي", "الماضية", "الجاري", "الجارية", "الحالي", "الحالية",
    "المقبل", "المقبلة", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    "السبت", "صباح", "مساء", "فجر", "ظهر", "ليل", "ليلة", "منذ", "خلال", "بعد", "قبل"))
# words that may follow a one-word name and are no part of it (the lexicons hold the rest): the
# time words, and function words, adverbs and units of distance
_FUNCTION_WORDS = _TIME_WORDS | frozenset(normalize(w) for w in (
    "حيث", "كما", "إثر", "اثر", "عقب", "جراء", "نتيجة", "عند", "لدى", "وسط", "حين", "بينما",
    "فيما", "أيضا", "ايضا", "كذلك", "عبر", "إلا", "لكن", "أنه", "إنه", "مما", "هو", "هي", "هم",
    "سابقا", "حاليا", "مؤخرا", "جنوبا", "شمالا", "شرقا", "غربا", "إذ", "اذ", "كلم", "كيلومترا",
    "كيلومتر", "كم", "متر", "مترا", "نحو", "حوالي", "قرابة", "غدا", "فقط", "تقريبا"))
_BOUNDARY = re.compile(r'[ ]*(?:[^\s\u0621-\u064a]|\Z|و[\u0621-\u064a]|([\u0621-\u064a]+))')


def _bounded(text: str, end: int, ctx: Context) -> bool:
    """Whether a list item ends at ``end``: punctuation or the end of the text, a next item
    ("و…"), a preposition, a direction or locator word, or a descriptor."""
    m = _BOUNDARY.match(text, end)
    if not m:
        return True
    w = m.group(1)
    if w is None:
        return True
    return w in ctx.prepositions or w in ctx.locator_before or w in ctx.descriptor_after \
        or w.startswith("ب") and len(w) > 3 and (w[1:] in ctx.heads or w[1:3] == "ال")


def find_places(doc: Document) -> None:
    """Detect and geocode the places of ``doc``; fills ``doc.places`` (list of DocPlace)."""
    layers = doc.options.get("gazetteers") or doc.options.get("gazetteer") or ()
    if isinstance(layers, str):
        layers = (layers,)
    gaz = load_gazetteer(tuple(layers))
    doc.places = detect(doc, gaz)


_NO_CANDS = ()
_TEXT_START = itemgetter(1)     # of a token of find_typed

# what follows the city of a dateline: a date (day, month name, year) then a slash, a dash, a
# colon or an agency in brackets; or the agency in brackets then a dash or a colon
_DATELINE_AFTER = re.compile(
    r"[ \t]*[،,]?[ \t]*(?:\d{1,2}[ \t]+[\u0621-\u064a]+(?:[ \t]*/[ \t]*[\u0621-\u064a]+)?[ \t]*[،,]?[ \t]*\d{4}"
    r"[ \t]*(?:[/\-–—:]|\([ \t]*[\u0621-\u064a][^()\n]{0,30}\))"
    r"|\([ \t]*[\u0621-\u064a][^()\n]{0,30}\)[ \t]*[\-–—:])")


_QUOTED_CONJ = re.compile(r'"[ ]*[،,]?[ ]*و[ ]*"')


def _quoted(text: str, pos: int, u) -> bool:
    """Whether the unknown name ``u`` read after ``pos`` stands in quotes of its own: 'منطقة
    "مكيشيفة"' (a quoted word after a head is a name, whatever its shape)."""
    return '"' in text[pos:u[0]] and text[u[1]:u[1] + 1] == '"'


def _wrapped(text: str, head_start: int, u) -> bool:
    """Whether the quotes hold the head with its unknown name ``u``: 'على "حقل ديرو" للغاز'."""
    return text[u[1]:u[1] + 1] == '"' and text[:head_start].rstrip(" ")[-1:] == '"' \
        and '"' not in text[head_start:u[0]]


def _definite_list_heads(text: str, toks: list, wstarts: list, ctx: Context, pattern) -> list:
    """"إلى جانب البلدات التالية: شمسطار، الحلانية، …", "على عدد من البلدات … وهي X، Y": a
    plural head with the article (which the scanner drops: "البلدات" alone refers back) heads the
    list its definite opener and colon introduce, or the one after a phrase of number (``pattern``
    finds either); its token is added where it stands."""
    added = []
    for m in pattern.finditer(text):
        key = m.group(2)
        head = ctx.heads.get(key)
        if head is None or head.number != "n" or head.type != "area":
            continue
        wi = bisect_left(wstarts, m.start(1))
        if wi >= len(wstarts) or wstarts[wi] != m.start(1):
            continue
        added.append(("head", m.start(1), m.start(2), m.end(2), key, m.group(1), wi))
    if not added:
        return toks
    return sorted(toks + added, key=_TEXT_START)


_SPAN_WORD = re.compile(r"[^ ]+")


def _split_conj(u, text: str) -> list:
    """The items of a quoted name that holds "و" + a word: "مطيبيجة والدور" -> two names; "و"
    may stand alone ('سنسحر و زور الحيصة'). A word that begins with و ("وادي") is no item's start."""
    start, end, key, prefix = u
    if " و" not in key:
        return [u]
    out = []
    cur, cs, ce, pre = [], start, start, prefix
    conj = False
    for m in _SPAN_WORD.finditer(text, start, end):
        w, ws = m.group(), m.start()
        if w == "و":
            conj = True
            continue
        if not conj and cur and w[:1] == "و" and len(w) > 3 and not w.startswith("واد"):
            conj, w, ws = True, w[1:], ws + 1
        if cur and conj:
            out.append((cs, ce, " ".join(cur), pre))
            cur, pre = [], "و"
        if not cur:
            cs = ws
        conj = False
        cur.append(w)
        ce = m.end()
    if cur:
        out.append((cs, ce, " ".join(cur), pre))
    return out


def _common_item(key: str, ctx: Context) -> bool:
    """An item of a quoted list that is a common word: a head word or its dual ("حيين"،
    "ضاحيتين"), a not_name word, or a verbal noun of form II, تفعيل ("تطويق"، "تحرير")."""
    if " " in key:
        return False
    if key in ctx.not_name or _stem(key) in ctx.heads or _derived_masdar(key):
        return True
    for suf in ("تين", "تان", "ين", "ان"):
        if key.endswith(suf) and len(key) - len(suf) >= 2:
            base = key[:-len(suf)]
            if base in ctx.heads or base + "ه" in ctx.heads:
                return True
    return len(key) == 5 and key[0] == "ت" and key[3] == "ي"


def _line_start(text: str, pos: int) -> bool:
    """Whether only spaces stand between the start of its line and ``pos``."""
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] == "\n"


_INDENT = re.compile(r"[ \t]*")
_NEWLINE_INDENT = re.compile(r"\n[ \t]*")     # (a literal first: the scan jumps from line to line)


def _line_starts(text: str) -> set:
    """Where the first character after each line's leading spaces and tabs stands: a word start
    ``pos`` is in it exactly when :func:`_line_start` holds (found once per document, line by
    line, instead of a walk back from every name)."""
    out = {m.end() for m in _NEWLINE_INDENT.finditer(text)}
    out.add(_INDENT.match(text).end())
    return out


_DROP_KINDS = frozenset(("", "block"))


# "قرية (هوران)"، "قريتي (كفر رم، وقروت قولاق)": a name in brackets after a head word reads as
# a quoted one (the brackets become quotes, one character for one: offsets are kept)
_BRACKETED = re.compile(r"\(([\u0621-\u064a][\u0621-\u064a ،,]{1,50})\)")


def _brackets_as_quotes(text: str, toks: list) -> str:
    """``text`` with the brackets of a name right after a head token turned into quotes."""
    out = None
    for t in toks:
        if t[0] == "head" and text.startswith(" (", t[3]):
            m = _BRACKETED.match(text, t[3] + 1)
            if m:
                if out is None:
                    out = list(text)
                out[m.start()] = out[m.end() - 1] = '"'
    return text if out is None else "".join(out)


def _counting_ends(doc: Document) -> frozenset:
    """Where the numbers of three or more end: such a number counts the head after it ("12
    حيا"، "عشر قرى")."""
    return frozenset(q.end for q in doc.quantities if isinstance(q.value, int) and q.value >= 3)


def detect(doc: Document, gaz: Gazetteer) -> list[DocPlace]:
    text = doc.norm
    ctx = context()
    index = scanner_for(gaz)
    words = doc_words(doc)
    wstarts = words[0]
    wtexts = words[2]
    nwords = len(wstarts)
    kind_of = index.kind
    by_alias = gaz.by_alias
    # toks: (type, text_start, start, end, key, prefix, word index) of the heads and names
    # blocks and "" keys take no part; "النبل", "الأحياء": an article cannot stand before a
    # name or a head
    toks = index.scanner.find_typed(text, words, kind_of, _DROP_KINDS, _ART_PREFIXES)
    if ctx.definite_list is not None and any(w in text for w in ctx.definite_intro):
        toks = _definite_list_heads(text, toks, wstarts, ctx, ctx.definite_list)
    if ctx.quantity_list is not None and any(w in text for w in ctx.quantity_words):
        toks = _definite_list_heads(text, toks, wstarts, ctx, ctx.quantity_list)
    if not toks:
        return []
    if " (" in text:
        text = _brackets_as_quotes(text, toks)
    no = _named_only(gaz)
    named = None
    if not no.only.keys().isdisjoint([t[4] for t in toks]):
        named = _countries_named(words) | _countries_of_cities(toks, no)
        toks = _drop_unnamed(toks, no.only, named)
        if not toks:
            return []
    # a name read after clitic letters that cannot be split off that word: "لجأوا" is a verb,
    # not ل + a place "جأوا" (clitics.split knows the words that only look clitic-led)
    # (a stem of two letters is left to the matcher: "وتل الزرازير")
    exc = _clitic_exceptions()
    # (a head word too: "كتلة اللقاء الديمقراطي" is a bloc, not ك + "تلة")
    if any(t[5] and (wtexts[t[6]][-2:] == "وا" or wtexts[t[6]] in exc)
           and _unsplit(wtexts[t[6]], t[5]) for t in toks):
        toks = [t for t in toks if not (t[5] and _unsplit(wtexts[t[6]], t[5]))]
        if not toks:
            return []
    # a dateline opening a paragraph, "دمشق 6 مايو 2016 / سيطرت ...", "دمشق 28 ابريل 2016
    # (شينخوا) قتل ...", "بيروت (رويترز) - قال ...": the city is where the report was filed,
    # not a place of the article (the name counts where the body names it again)
    if not _line_starts(text).isdisjoint(map(_TEXT_START, toks)) \
            and any(t[0] == "name" and not t[5] and _line_start(text, t[1]) for t in toks):
        toks = [t for t in toks if not (t[0] == "name" and not t[5] and _line_start(text, t[1])
                                         and _DATELINE_AFTER.match(text, t[3]))]
        if not toks:
            return []
    mentions: list[_Mention] = []
    heads = ctx.heads
    not_name = ctx.not_name
    tok_starts = None                 # the starts of the tokens, for _located (built when asked)
    counting = None                   # where counting numbers end (built when a head asks)
    # the name tokens a head takes (the next one, and those of its list) are stepped over: ``i``
    # always moves past them
    i = 0
    n = len(toks)
    while i < n:
        typ, _ts, mstart, mend, mkey, mprefix, wi = toks[i]
        if typ == "name":
            mm = _Mention(mstart, mend, mkey, by_alias.get(mkey, _NO_CANDS), None, -1, mprefix,
                          None, None, wi)
            if not mprefix and wi > 0 and wstarts[wi - 1] + len(wtexts[wi - 1]) + 1 == mstart:
                w = wtexts[wi - 1]
                c = 1 if w[:1] in "وب" and w[1:] in _NAME_MAKERS else 0
                if (c or w in _NAME_MAKERS) and text[wstarts[wi - 1] - 1:wstarts[wi - 1]] != '"':
                    # "موقع تل سرغايا"، "وكفر حمص": a known name after a toponym-forming word
                    # names another place, which the gazetteer does not know (unresolved; not
                    # a quoted title with no head: 'صفحة "عين الموصل"'، 'موقع "عين الفرات"')
                    mm = _Mention(wstarts[wi - 1] + c, mend, w[c:] + " " + mkey, [], None, -1,
                                  w[:c], None, None, wi - 1)
            if mentions:
                # list link with the mention before, for a name with no head: "ضاحية الأسد
                # والحمدانية وسيف الدولة" (its end is final: names are read in text order)
                # (a word between them, the one before this name's: no list)
                prev_end = mentions[-1].end
                ts = mstart - len(mprefix)
                if (prev_end >= ts or (ts == prev_end + 1 and text[prev_end] == " ")
                        or ((wi == 0 or wstarts[wi - 1] < prev_end) and _LIST_GAP.match(text, prev_end, ts))) and (
                        mprefix.startswith("و") or "،" in text[prev_end:ts] or "," in text[prev_end:ts]):
                    mm.list_prev = len(mentions) - 1
            mentions.append(mm)
            i += 1
            # "عندان وحريتان ومعارة الأرتيق": a toponym-forming word and its name, coordinated
            # after a place, with no token of its own (the usual case, no such word after the
            # name, is read off the word list without a regex)
            k = wi + 1
            if " " in mkey:
                k += mkey.count(" ")
            while 0 < k < nwords and wtexts[k] in _TOPONYM_CONJ:
                e = mm.end
                if text[e:wstarts[k]].strip(" ،,"):
                    break
                u = _unknown_after(text, wstarts[k], ctx, conj=True, toponym=True, bounded=True)
                if not u or (i < n and toks[i][1] <= u[0]):
                    break
                mm = _Mention(u[0], u[1], u[2], [], None, -1, u[3], len(mentions) - 1, None, -1)
                mentions.append(mm)
                while i < n and toks[i][1] < u[1]:
                    i += 1
                k = bisect_left(wstarts, u[1])
            continue
        head = heads[mkey]
        if head.number == "1" and head.type == "area" and not mprefix and _ts > 0 \
                and text[_ts - 1] == " ":
            if counting is None:
                counting = _counting_ends(doc)
            if _ts - 1 in counting:
                # "سيطر على 12 حيا بينها الميسر والراموسة": a singular head counted by a number
                # names many places, and opens a list as a plural head does
                head = replace(head, number="n")
        idiom = ctx.idiom.get(mkey)
        if idiom and not mprefix and _prev_word(text, mstart) in idiom:
            # "قصف جوي عن طريق الخطأ": by mistake, not a road called الخطأ
            i += 1
            continue
        ni = i + 1
        nxt = toks[ni] if ni < n else None
        if head.number == "n" and nxt is not None and nxt[0] == "name" and nxt[1] > mend + 1:
            # "على عدد من البلدات في ريف حلب الغربي وهي قبتان الجبل، …": the list opens after
            # places that locate the head; they stay places of their own
            at = _list_opened(text, mend, ctx)
            if at is not None and at > nxt[1]:
                k2 = ni
                while k2 < n and toks[k2][0] == "name" and toks[k2][1] < at:
                    k2 += 1
                if k2 < n and toks[k2][1] == at and toks[k2][0] == "name":
                    for t in toks[ni:k2]:
                        mentions.append(_Mention(t[2], t[3], t[4], by_alias.get(t[4], _NO_CANDS),
                                                 None, -1, t[5], None, None, t[6]))
                    ni = k2
                    nxt = toks[ni]
        first = None
        qrest = ()
        if nxt and nxt[0] == "name" and not nxt[5] and nxt[4] not in not_name \
                and ((nxt[1] == mend + 1 and text[mend] == " ") or _ADJ_GAP.match(text, mend, nxt[1])
                     or (head.number == "n" and _list_opened(text, mend, ctx) == nxt[1])):
            first = _Mention(nxt[2], nxt[3], nxt[4], by_alias.get(nxt[4], _NO_CANDS),
                             head, mstart, mprefix, None, None, -1)
            j = ni + 1
            # 'حي "القادسية الثانية"'، "قرية الحميدية الكبرى": a known name and a toponym
            # adjective name another place, not in the gazetteer (left unresolved)
            m2 = _adjective_after(text, nxt[3], ctx.toponym_adjective,
                                  toks[j][1] if j < n else len(text))
            if m2 is not None:
                first = _Mention(nxt[2], m2.end(1), nxt[4] + " " + m2.group(1), [], head,
                                 mstart, mprefix, None, None, -1)
        elif nxt and nxt[0] == "name" and nxt[5] and nxt[5][-1] in "بلك" and nxt[1] == mend + 1:
            j = i + 1    # "على قرية بكردفان": a known place after a preposition; the head has no name
        elif head.strong or (head.definite and not _treated_at(text, _ts)):
            u = _unknown_after(text, mend, ctx, plural=head.number == "n",
                               street=not head.kinds.isdisjoint(_NAMED_AFTER),
                               definite=head.definite, facility=head.type == "facility",
                               two_words=True, head_feminine=head.feminine,
                               # (a dual head is a construct, "قريتي": a noun follows it, no
                               # adjective, so a name in ي is a name: "قريتي سوركي والعامود")
                               feminine=head.number == "2",
                               quarter=bool(head.kinds) and head.kinds <= _QUARTER_KINDS,
                               long_feminine=head.feminine and head.number == "1"
                               and not mprefix.endswith("ال"),
                               head_definite=mprefix.endswith("ال") or mkey.startswith("ال"))
            if u is None and "street" in head.kinds:
                u = _dated_name(text, mend)      # "شارع 26 سبتمبر"
            if u is None and head.number == "n" and head.strong:
                # "قرى شويرين وتل حصين وراعل ومريغل"، "بلدات دويبق وقبطان وأخترين": indefinite
                # names of a list of three items or more (alone, "أحياء حفلات" is no name);
                # "قرى عدة شمالي حلب، أبرزها طوقلي وغزل والبل": the list after its opener
                at = _list_opened(text, mend, ctx)
                # (a name in ي is no adjective here: "طوقلي"; the list shape vouches for it)
                u = _unknown_after(text, at if at is not None else mend, ctx, feminine=True)
                # (without an opener, a comma list whose items open with و: "قرى مراطة
                # الصغرى، والشيخ مزهر، ومراطة الكبرى")
                if u and (u[3] or not (u[2].startswith("ال") or _list_name_shape(u[2], ctx))
                          or (_coordinated_items(text, u[1], ctx) < 2
                              and _comma_items(text, u[1], conj=at is None) < 2)):
                    u = None
            if u is None and head.number == "n" and nxt is not None and nxt[0] == "name" \
                    and nxt[5] == "و":
                u = _common_first(text, mend, nxt[1], ctx)
                if u is None:
                    # an indefinite name with a known place coordinated after it: "بلدات هوبر
                    # والعيس" (alone, "أحياء حفلات" is no name)
                    u = _unknown_after(text, mend, ctx)
                    if u and (u[3] or not _SPACES_END.match(text, u[1], nxt[1])):
                        u = None
            if u:
                first = _Mention(u[0], u[1], u[2], [], head, mstart, mprefix, None, None, -1)
            j = i + 1
        elif head.number == "1" and head.type in ("area", "facility"):
            # a weak head's unknown name located by a direction and a known place: "منطقة الدورة
            # جنوبي بغداد", "جبهة الكسارة شمال غربي المحافظة", "ساحة الساعة وسط المدينة"; or
            # named by a descriptor: "منطقة الشقيف الصناعية"
            u = _unknown_after(text, mend, ctx, facility=head.type == "facility",
                               feminine=head.feminine and head.indefinite,
                               two_words=True, head_feminine=head.feminine)
            if u and tok_starts is None:
                tok_starts = set(map(_TEXT_START, toks))
            if u and (_quoted(text, mend, u) or _wrapped(text, _ts, u)
                      or (head.indefinite and _proper_indefinite(u[2], head, ctx))
                      or ("subdistrict" in head.kinds and " " not in u[2]
                          and (mprefix.endswith("ب") or _prev_word(text, _ts) == "في")
                          and _proper_indefinite(u[2], head, ctx, feminine=True))
                      or _located(text, u[1], ctx, tok_starts) or _described(text, u[1], ctx)
                      or _in_unit(text, u[1], tok_starts)
                      or (head.type == "facility" and u[2][:2] == "ال" and not u[3]
                          and (_described(text, u[1], ctx, ctx.epithet_after)
                               or _inside_known(text, u[1], tok_starts)))
                      or (head.target and u[2][:2] == "ال" and not u[3]
                          and _targeted(text, _ts, mprefix, mentions, ctx))):
                first = _Mention(u[0], u[1], u[2], [], head, mstart, mprefix, None, None, -1)
            j = i + 1
        elif head.type == "area" and text[mend:mend + 2].lstrip(" ")[:1] == '"':
            # a quoted name after a weak plural or dual head: 'مناطق "تل الذهب"'
            u = _unknown_after(text, mend, ctx, plural=True)
            if u and _quoted(text, mend, u):
                # 'مناطق "سنسحر و زور الحيصة وبطيش"': after a plural head the quotes hold a list,
                # unless an item is a common word ("أربع مناطق (حيين وضاحيتين)"، "محاور (خرق
                # وتطويق)": no names)
                parts = _split_conj(u, text) if head.number != "1" else [u]
                if len(parts) == 1 or not any(_common_item(k, ctx) for _s, _e, k, _p in parts):
                    u, qrest = parts[0], parts[1:]
                    first = _Mention(u[0], u[1], u[2], [], head, mstart, mprefix, None, None, -1)
            j = i + 1
        else:
            j = i + 1
        if first is None:
            i += 1
            continue
        mentions.append(first)
        last = first
        for ps, pe, pk, pp in qrest:     # the other items of a quoted list
            last = _Mention(ps, pe, pk, by_alias.get(pk, _NO_CANDS), None, -1, pp,
                            len(mentions) - 1, head, -1)
            mentions.append(last)
        while j < n and toks[j][1] < last.end:
            j += 1                   # tokens inside the name: "حي سد اللوز", "ساحة باب …"
        if head.number == "1" and mprefix == "و" and len(mentions) > 1:
            # a headed item inside the list of a plural head: "أحياء الكوثر وشارع جمال عبدالناصر
            # وعصيفرة" — the plural head's list goes on after it
            pm = mentions[-2]
            root = pm.list_root_head or pm.head
            if root is not None and root.number == "n" and root.strong and root.type == "area" \
                    and pm.end <= _ts and _LIST_GAP.match(text, pm.end, _ts):
                head = root
                # one more word of the item's name before the next "و…" ("جمال عبدالناصر")
                rw = _NEXT_WORD.match(text, first.end, first.end + 30)
                if rw and text[rw.end(1):rw.end(1) + 2] == " و" and not rw.group(1).startswith("و") \
                        and rw.group(1) not in ctx.not_name and rw.group(1) not in ctx.heads \
                        and rw.group(1) not in ctx.prepositions and rw.group(1) not in ctx.locator_before:
                    last = _Mention(first.start, rw.end(1), first.key, _NO_CANDS, None, -1, "",
                                    None, None, -1)
        # a dual or plural head opens a list: "بلدتي نبل والزهراء", "أحياء الميسر، والقاطرجي"
        if head.number in ("2", "n") or head.type == "area":
            count = 1
            # a kindless area head (محور، منطقة، جبهة) governs a list joined by "و" too
            open_list = head.type == "area" and not head.kinds
            limit = 2 if head.number == "2" else (40 if head.number == "n" or open_list else 1)
            # "قرى (قوخار، شجيف، جب الثور)": a list in brackets (quotes by now, see
            # _brackets_as_quotes) after a plural head ends at the closing one; its items after
            # commas are names, not new clauses, and need no article
            paren_end = -1
            if head.number == "n" and text[first.start - 1] == '"' \
                    and not text[mend:first.start - 1].strip():
                paren_end = text.find('"', first.end, first.end + 300)
                if paren_end > 0 and _SENTENCE_BREAK.search(text, first.end, paren_end):
                    paren_end = -1
            while count < limit:
                k = j
                nk = toks[k] if k < n else None
                # "وتلة أم السرج الاستراتيجية، والهوشرية": an adjective of the item goes before
                # the next one
                lend = _past_adjective(text, last.end, ctx, nk)
                if nk is not None and nk[0] == "name" and (lend >= nk[1] or (nk[1] == lend + 1 and text[lend] == " ")
                                                           or _LIST_GAP.match(text, lend, nk[1])
                                                           or (head.number != "1" and not nk[5]
                                                               and _spaced_conj(text, lend, nk[1], ctx))) \
                        and (nk[5].startswith("و") or head.number != "1"
                             or "،" in text[lend:nk[1]] or "," in text[lend:nk[1]]) \
                        and not nk[5].endswith(("ب", "ل", "ك")):
                    # (a name after a glued preposition locates the list, it is no item of it:
                    # "قرى الشبكي والكسيب والمتونة بريف السويداء الشرقي")
                    if not nk[5] and nk[1] == lend + 1 and text[lend] == " " \
                            and any(index.needs(nk[4])[1]):
                        break   # "لولايات دارفور الخمس": a name that asks for a context, spaced
                        # after the item with no و or comma, is a word of the phrase (الخمس)
                    mm = _Mention(nk[2], nk[3], nk[4], by_alias.get(nk[4], _NO_CANDS), None, -1,
                                  nk[5], len(mentions) - 1, head, nk[6])
                    j = k + 1
                    if nk[4][:2] == "ال" and _stem(nk[4]) in heads:
                        # "وهي المالحة والحي الصناعي": a head word and its adjective name a
                        # place of their own (not the town of al-Hayy)
                        m2 = _adjective_after(text, nk[3], ctx.descriptor_after,
                                              toks[j][1] if j < n else len(text))
                        if m2 is not None:
                            mm = _Mention(nk[2], m2.end(1), nk[4] + " " + m2.group(1), [], None,
                                          -1, nk[5], len(mentions) - 1, head, nk[6])
                elif head.number == "n" and head.type == "area" and ctx.list_continue is not None \
                        and text[lend:lend + 1] in "،, " \
                        and (cm := ctx.list_continue.match(text, lend, lend + 30)):
                    # "بلدات زيزون والزيارة، إلى جانب السرمانية والحويز": the list goes on
                    cs = cm.end()
                    if nk is not None and nk[0] == "name" and nk[1] == cs and not nk[5]:
                        mm = _Mention(nk[2], nk[3], nk[4], by_alias.get(nk[4], _NO_CANDS), None,
                                      -1, "", len(mentions) - 1, head, nk[6])
                        j = k + 1
                    elif head.strong:
                        u = _unknown_after(text, cs, ctx, plural=True, bounded=True)
                        if not u or (nk is not None and nk[1] < u[1]):
                            break
                        mm = _Mention(u[0], u[1], u[2], [], None, -1, "", len(mentions) - 1,
                                      head, -1)
                    else:
                        break
                elif (head.strong and head.number != "1") or open_list:
                    # an unknown item of the list: after a weak head, a name of two words or
                    # more, or a definite one, ending where the item does ("على محور الشيخ
                    # سعيد وسليمان الحلبي وكرم الجبل")
                    weak = not head.strong
                    le = lend
                    if weak and text[le + 1:le + 2] != "و" and text[le:le + 1] not in "،,":
                        break      # (the usual case, without a regex: no "و…" follows)
                    gap = _GAP_COMMA.match(text, le, le + 5)
                    pos = gap.end() if gap else le
                    # (after a strong plural head an item in ي is a name, not an adjective
                    # agreeing with the head, which would be feminine: "قرى طربا ورامي والشبكي")
                    u = _unknown_after(text, pos, ctx, conj=True, bounded=weak,
                                       feminine=not weak and head.number == "n")
                    if not u and not weak and gap and text[pos:pos + 1] != "و" \
                            and ("،" in gap.group() or "," in gap.group()):
                        # a comma list with no "و": "أحياء صلاح الدين، الأنصاري، المواصلات، …"
                        # (a definite name ending where the item does)
                        u = _unknown_after(text, pos, ctx, plural=True, bounded=True)
                        if not u and pos < paren_end:
                            u = _unknown_after(text, pos, ctx, bounded=True)
                        if not u and count >= 2:
                            u = _comma_list_item(text, pos, ctx, nk)
                    if not u and not weak:
                        # 'و"الضربة"', "و الضربة", 'ومحيط "البعرارة"', "وشارع الجمهورية"
                        sp = _spaced_conj(text, pos, None, ctx)
                        if sp is not None:
                            u = _unknown_after(text, sp, ctx, plural=True) or _dated_name(text, sp)
                            if u:
                                u = (u[0], u[1], u[2], "و")
                    if not u or (weak and not _weak_list_item(text, u, ctx, toks, k)):
                        break
                    if " " not in u[2] and text[u[1]:u[1] + 1] == " ":
                        nw = _NEXT_WORD.match(text, u[1], u[1] + 30)
                        if nw and nw.group(1) in ctx.heads:
                            break      # "وأغلب قرى …": a word that governs a head is no name
                    if ("،" in text[le:u[0]] or "," in text[le:u[0]]) and " " not in u[2] \
                            and text[u[0] - 1] != '"' and not u[2].startswith("ال") \
                            and not ((count >= 2 or _list_name_shape(u[2], ctx))
                                     and _LIST_ITEM_END.match(text, u[1])) \
                            and not u[1] <= paren_end:
                        break      # "، وشوهدت"، "، وأعلن": after a comma an indefinite word opens a
                        # new clause (a definite one goes on the list: "الميسر، والمواصلات"; so
                        # does a word that ends an item of a long comma list: "يونين، حزين، …",
                        # or a name's shape between commas: "سحم الجولان، وعشترا، والشركة")
                    if nk is not None and nk[1] < u[1]:
                        if weak or (nk[0] == "name" and not (
                                nk[1] > u[0] and (u[2].split(" ", 1)[0] in _COMPOUND
                                                  or (count >= 2 and not u[3]
                                                      and _LIST_ITEM_END.match(text, u[1]))))):
                            break      # (a name inside a toponym: "و كفر حلب" is not حلب; an
                            # item of a long comma list holding a known name is a toponym of
                            # its own: "يونين، حدث بعلبك، الحفير")
                        while k < n and toks[k][1] < u[1]:
                            k += 1           # a head inside the name: "وسد اللوز"
                        j = k
                    if " " not in u[2] and u[2].startswith("ال"):
                        am = _ADJECTIVE_THEN_COMMA.match(text, u[1], u[1] + 40)
                        if am and am.group(1) not in ctx.direction_after \
                                and am.group(1) not in ctx.not_name:
                            # "والشركة الليبية،": a common noun's nisba makes the item's name
                            u = (u[0], am.end(1), u[2] + " " + am.group(1), u[3])
                    mm = _Mention(u[0], u[1], u[2], [], None, -1, u[3], len(mentions) - 1, head, -1)
                else:
                    break
                mentions.append(mm)
                last = mm
                count += 1
        if head.type == "area" and text[first.end:first.end + 1] == '"':
            # quoted names coordinated after a quoted one: 'ناحية "يثرب" و"مطيبيجة والدور"' (two
            # names inside one pair of quotes, joined by "و", are two places)
            last = mentions[-1]
            while True:
                qm = _QUOTED_CONJ.match(text, last.end)
                if not qm:
                    break
                u = _unknown_after(text, qm.end() - 1, ctx, plural=True)
                if not u or not _quoted(text, qm.end() - 1, u) or (j < n and toks[j][1] < u[1]
                                                                 and toks[j][0] != "name"):
                    break
                parts = _split_conj(u, text)
                for ps, pe, pk, pp in parts:
                    mm = _Mention(ps, pe, pk, by_alias.get(pk, _NO_CANDS), None, -1, pp,
                                  len(mentions) - 1, head, -1)
                    mentions.append(mm)
                last = mentions[-1]
                while j < n and toks[j][1] < u[1]:
                    j += 1
        i = j
    if not mentions:
        return []
    if no.mixed and not no.mixed.isdisjoint([mm.key for mm in mentions]):
        if named is None:
            named = _countries_named(words)
        _unnamed_countries(mentions, no, named)
    _accept(mentions, text, ctx, toks, words, index)
    if ctx.battle_name is not None and '"' in text:
        _in_battle_names(mentions, text, ctx)
    _quarters_of_the_city(mentions, text, ctx)
    _road_between(mentions, text)
    _with_article(mentions, by_alias)
    _resolve(mentions, text, ctx)
    # (the countries the article names: read from its words when first asked, then kept)
    asked: list = []

    def countries() -> frozenset:
        if not asked:
            asked.append(_countries_named(words) if named is None else named)
        return asked[0]

    _far_homonyms(mentions, countries, ctx)
    # (a facility's own town names no country for it: only the country words count there)
    _foreign_namesakes(mentions, countries if named is None else lambda: _countries_named(words))
    _far_quarters(mentions)
    out = _group(doc, mentions, text, ctx)
    _named_again(doc, out, text, ctx, words)
    if _NUNATION.search(doc.text):
        out = _nunated_names(out)
    return out


# the marks of nunation (tanwin): a word that carries one is a common noun, not a name
_NUNATION = re.compile("[\u064b-\u064d]")
_NUNATED = re.compile("[\u064b-\u064d]\\S*$")      # on the last word of a mention


def _nunated_names(places: list[DocPlace]) -> list[DocPlace]:
    """Drop the mentions whose name ends on a word written with nunation, which no place name
    takes: "استهدفت مُركّبًا" is "a vehicle", not the village of Markaba; "مدينة فجرًا" is a
    city at dawn. (A nunated head keeps its name: "مشفىً الصاخور".) A place left with no
    mention is dropped."""
    kept = []
    for p in places:
        keep = [k for k, sp in enumerate(p.evidence) if not _NUNATED.search(sp.text)]
        if len(keep) == len(p.evidence):
            kept.append(p)
        elif keep:
            p.evidence = [p.evidence[k] for k in keep]
            p.norm_spans = [p.norm_spans[k] for k in keep]
            kept.append(p)
    return kept


class _NamedOnly:
    """The gazetteer's names that towns of the :data:`rasd.gazetteer.NAMED_ONLY` countries hold
    (Egypt, the Gulf, the Maghreb …; their capitals aside), worked out once per gazetteer:
    ``only`` maps a name whose every place is such a town to their countries; ``mixed`` holds
    the names shared with places of other countries."""

    __slots__ = ("only", "mixed", "capitals", "anywhere", "naming")

    def __init__(self, gaz: Gazetteer):
        capitals = self.capitals = named_only_capitals()
        anywhere = self.anywhere = named_anywhere()
        only, mixed, naming = {}, set(), {}
        for k, ps in gaz.by_alias.items():
            cs = [p.country for p in ps if p.country in NAMED_ONLY and p.id not in capitals
                  and (p.id, k) not in anywhere]
            if len(cs) == len(ps):
                only[k] = frozenset(cs)
            elif cs:
                mixed.add(k)
            named = [p.country for p in ps if p.country in NAMED_ONLY
                     and (p.id in capitals or (p.id, k) in anywhere)]
            if named:
                naming[k] = frozenset(named)
        self.only, self.mixed = only, frozenset(mixed)
        # a name of a capital or of a city that counts anywhere -> the countries it names
        self.naming = naming


def _named_only(gaz: Gazetteer) -> _NamedOnly:
    got = getattr(gaz, "_named_only", None)
    if got is None:
        got = gaz._named_only = _NamedOnly(gaz)
    return got


def _in_battle_names(mentions: list[_Mention], text: str, ctx: Context) -> None:
    """'ضمن المرحلة الثالثة من معركة "الغضب لحلب"'، 'سميت بـ"عملية النهروان"': a place inside the
    quoted name of a battle, an operation or a campaign is a word of that name, not where
    anything happened."""
    names = []
    before, inside = ctx.battle_name.search, ctx.battle_name_inside.match
    qs = char_positions(text, '"')
    for q, nxt in zip(qs, qs[1:]):
        if nxt - q <= 60 and (before(text, max(0, q - 16), q) or inside(text, q + 1, nxt)) \
                and "\n" not in text[q:nxt]:
            names.append((q + 1, nxt))
    if not names:
        return
    ends = [b for _, b in names]    # (in text order, disjoint)
    for mm in mentions:
        k = bisect_left(ends, mm.end)
        if k < len(names) and names[k][0] <= mm.start and mm.accepted:
            mm.accepted = False


def _countries_named(words: tuple) -> frozenset:
    """The countries the article names (their names or adjectives: data/country_words.tsv),
    from the stems of its words (their clitic splits are cached)."""
    forms = country_words()
    stems = split_columns(words[2])[1]
    named = {forms[w] for w in stems if w in forms}
    phrases = country_phrases()
    if phrases.keys().isdisjoint(stems):
        return frozenset(named)     # (the usual case: no first word of such a name)
    for i, w in enumerate(stems):
        for rest, cc in phrases.get(w, ()):
            nxt = stems[i + 1:i + 1 + len(rest)]
            if len(nxt) == len(rest) and tuple(map(without_article, nxt)) == rest:
                named.add(cc)      # "جمهورية افريقيا الوسطى": a name of several words
    return frozenset(named)


def _countries_of_cities(toks: list, no: _NamedOnly) -> frozenset:
    """The named-only countries whose capital or a city that counts anywhere (see
    places_named_anywhere.tsv) the article names: "24 ساعة دامية في المنيا" names Egypt for the
    towns of Minya that follow ("أقسام شرطة ملوي والعدوة")."""
    naming = no.naming
    return frozenset().union(*(naming[t[4]] for t in toks if t[0] == "name" and t[4] in naming))


def _drop_unnamed(toks: list, only: dict, named: frozenset) -> list:
    """A town of a country read only when named is no name in an article that does not name the
    country ("في بيان" is "in a statement", not the Kuwaiti town; "أحياء حلب الشرقية" does not name
    Egypt's الشرقية): a name whose every place is such a town is dropped before the names are
    read, as if the gazetteer did not hold it."""
    return [t for t in toks if t[0] != "name" or (cs := only.get(t[4])) is None
            or not named.isdisjoint(cs)]


def _unnamed_countries(mentions: list[_Mention], no: _NamedOnly, named: frozenset) -> None:
    """The towns of unnamed named-only countries among a name's other candidates ("عمان" in an
    article that does not name Oman is Amman) are no candidates."""
    capitals = no.capitals
    for mm in mentions:
        if mm.key not in no.mixed:
            continue
        keep = [c for c in mm.cands if c.country not in NAMED_ONLY or c.id in capitals
                or c.country in named or (c.id, mm.key) in no.anywhere]
        if len(keep) < len(mm.cands):
            mm.cands = keep


def _quarters_of_the_city(mentions: list[_Mention], text: str, ctx: Context) -> None:
    """A quarter's name that is also a common word ("الفردوس"، "المعادي") counts after a preposition
    or in a list ("وشهيد في الفردوس") when the article names its city, or another quarter of it,
    as a place: the article is about that city. Only candidates that are quarters of it are kept;
    a definite word right after the name makes it a phrase of its own ("في الفردوس الأعلى")."""
    left = [k for k, mm in enumerate(mentions) if not mm.accepted and mm.key is not None and mm.cands]
    if not left:
        return      # the usual article: every gazetteer name was settled by _accept
    listed = {mm.list_prev for mm in mentions if mm.list_prev is not None}
    todo = []
    for k in left:
        mm = mentions[k]
        if (mm.pw in ctx.prepositions or "ب" in mm.prefix or mm.list_prev is not None
                or k in listed) and not text.startswith(" ال", mm.end) \
                and not (mm.pw == _MIN and _amount_before(text, mm.start)):
            todo.append(mm)
    if not todo:
        return
    named = set()
    for mm in mentions:
        if mm.accepted:
            for c in mm.cands:
                named.add(c.id)
                if c.parent:
                    named.add(c.parent)
    for mm in todo:
        ok = [c for c in mm.cands if c.kind == "neighbourhood" and c.parent and c.parent in named]
        if ok:
            mm.cands = ok
            mm.accepted = True


# "عدداً كبيراً من الشهداء"، "عشرات من الشهداء": an amount before من counts people, not a quarter
_AMOUNT_WORDS = frozenset(normalize(w) for w in (
    "عدد", "عددا", "العديد", "عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "كبير",
    "كبيرا", "المزيد", "مزيد", "كثير", "الكثير"))


_SETTLEMENTS = frozenset(("city", "town", "village", "neighbourhood"))


def _with_article(mentions: list[_Mention], by_alias) -> None:
    """"بلدة اليادودة ومزيريب": an unknown one-word name that the gazetteer knows as a
    settlement with the article (المزيريب) is that place: news drops or adds the article of
    many village names. Only names already accepted by their context are looked up."""
    for mm in mentions:
        if mm.accepted and not mm.cands and mm.key and " " not in mm.key \
                and not mm.key.startswith("ال"):
            cands = [p for p in by_alias.get("ال" + mm.key, ()) if p.kind in _SETTLEMENTS]
            if cands:
                mm.cands = cands


def _amount_before(text: str, pos: int) -> bool:
    """An amount word right before the "من" that precedes ``pos``."""
    a = text.rfind(" ", 0, max(pos - 1, 0))     # the space before "من"
    return a > 0 and _prev_word(text, a) in _AMOUNT_WORDS


_ROAD_JOIN = re.compile(r"[ ]*[-–—][ ]*")


def _road_between(mentions: list, text: str) -> None:
    """"طريق حلب-دمشق الدولي"، "أوتوستراد دمشق – حمص": a road named after the two towns it joins;
    the second town is part of the road's name, not a place of its own."""
    for a, b in zip(mentions, mentions[1:]):
        if a.accepted and b.accepted and a.head is not None and "road" in a.head.kinds \
                and b.head is None and _ROAD_JOIN.fullmatch(text, a.end, b.start):
            a.end = b.end
            b.accepted = False


_LOCATOR_WORDS = re.compile(r"[ ]+([\u0621-\u064a]+)")
_LOCATOR_FIRST = re.compile(r"[ ]*[،,]?[ ]+([\u0621-\u064a]+)")


def _inside_known(text: str, pos: int, tok_starts: set) -> bool:
    """Whether "في"/"ب", a head word and a place of the article follow ``pos``:
    a facility told inside a known place ("كلية الحقوق في حي الشهباء"، "دوار البولمان بحي
    الموكامبو")."""
    m = _INSIDE.match(text, pos, pos + 40)
    # (the head's token starts at its glued ب: "بحي")
    return m is not None and (m.start(1) in tok_starts or m.start(1) - 1 in tok_starts
                              or m.end(1) in tok_starts)


# " في حي X"، " بحي X": group 1 is the head word (a token starts at it or after it). A bare
# " في X" is not enough: "حاجز المثلث في القلمون الشرقي" may be a common noun phrase
_INSIDE = re.compile(r" (?:في |ب)((?:حي|منطقه|بلده|قريه) )")


def _located(text: str, pos: int, ctx: Context, tok_starts: set) -> bool:
    """Whether a direction or locator word and then a known place (or a definite head word,
    "المحافظة") follow ``pos``: "… جنوبي بغداد", "… شمال غربي المحافظة", "… وسط المدينة"."""
    m = _LOCATOR_FIRST.match(text, pos, pos + 30)
    if not m or m.group(1) not in ctx.locator_before:
        return False
    nxt = m.end()
    m2 = _LOCATOR_WORDS.match(text, nxt, nxt + 30)
    if m2 and m2.group(1) in ctx.locator_before:     # "شمال غربي"
        nxt = m2.end()
        m2 = _LOCATOR_WORDS.match(text, nxt, nxt + 30)
    if not m2:
        return False
    if m2.start(1) in tok_starts:
        return True
    w = m2.group(1)
    return w.startswith("ال") and w[2:] in ctx.heads


# an administrative unit right after a name, glued to ب or after "التابعة لـ": "منطقة الشقب
# بمديرية صبر الموادم"، "منطقة ميلات التابعة لمديرية جبل حبشي"
_UNIT_AFTER = re.compile(r"[ ]*(?:ب|[ ]*التابعه? ل)(?:مديري|محافظ|ولاي|ناحي|اقليم|قضاء|بلدي)ه?[ ]+")  # (ة -> ه)


def _in_unit(text: str, pos: int, tok_starts: set) -> bool:
    """Whether a district, governorate, state or province (ب or التابعة لـ and its head) and a
    known place follow ``pos``: the name before it is a place of that unit."""
    m = _UNIT_AFTER.match(text, pos, pos + 30)
    return m is not None and m.end() in tok_starts


# verbs of taking the wounded to, or receiving them at, a hospital: an unknown hospital after
# them is where casualties were treated ("استقبلتهم مستشفى النو"), not a place of the event
_TREATMENT = tuple(normalize(w) for w in (
    "نقل", "نقلو", "نقلت", "ينقل", "تنقل", "اسعف", "أسعف", "يسعف", "استقبل", "تستقبل", "يستقبل",
    "يتلق", "تلق", "يعالج", "تعالج", "عولج", "ادخل", "أدخل"))


def _treated_at(text: str, pos: int) -> bool:
    """Whether the head at ``pos`` follows a verb of taking the wounded to a hospital (or
    "إلى" after one): "نقلوا إلى مستشفى …", "استقبلتهم مستشفى …"."""
    w = _prev_word(text, pos)
    # "استقبلتهم مستشفى …"; "نقل (الجرحى) إلى مستشفى …": up to two words before "إلى"
    look = 3 if w in ("الى", "إلى", "الي") else 1
    for _ in range(look):
        if not w:
            return False
        v = _stem(w) if w[:1] in "وف" else w
        if v.startswith(_TREATMENT):
            return True
        j = pos
        while j > 0 and text[j - 1] in ' "\'':
            j -= 1
        pos = j - len(w)
        w = _prev_word(text, pos)
    return False


_TARGET_PREPS = frozenset(normalize(w) for w in ("في", "على", "داخل", "عند"))


def _targeted(text: str, ts: int, prefix: str, mentions: list, ctx: Context) -> bool:
    """Whether the head at ``ts`` (its clitic ``prefix`` included) is the object of an attack
    or stands after a preposition of place: "استهدف سوق السمك", "قصف ميناء …", "في سوق
    الخضار", "بسوق …"; or is coordinated right after a facility that is ("استهدفت مستشفى الثورة
    وميناء الصيادين"), or after a place named with its head under such a preposition ("في محور
    الهواري وسوق الحوت"). Not after "من" or "قرب" ("بالقرب من سوق …" is a reference point)."""
    if prefix.endswith("ب"):
        return True
    w = _prev_word(text, ts)
    if w in ctx.target_before or w in _TARGET_PREPS:
        return True
    if prefix[:1] == "و" and mentions:
        last = mentions[-1]
        h = last.head
        if h is not None and last.head_start >= 0 \
                and _LIST_GAP.match(text, last.end, ts):
            # (one step back only: the place before must be a target itself)
            return last.prefix[:1] != "و" and _targeted(
                text, last.head_start - len(last.prefix), last.prefix, (), ctx)
    return False


WEAK_LIST_REACH = 6     # unknown items of a weak head's list read ahead for a known place


def _weak_list_item(text: str, u: tuple, ctx: Context, toks: list, k: int, depth: int = 0) -> bool:
    """Whether an unknown item coordinated after a weak head's name is a place: a toponym
    ("وكرم الجبل", "ومعارة الأرتيق"), or a name of two words or more, or a definite one, with a
    known place coordinated after it ("على محور الشيخ سعيد وسليمان الحلبي وكرم الجبل"; not
    "منطقة الشيخ مسكين وتقدم الجيش", "… والمدنيين"), maybe after more such items ("محيط مناطق
    المزة والمالكي وأبو رمانة والجمارك والحلبوني والسبع بحرات والعدوي ودمشق القديمة")."""
    key = u[2]
    first = key.split(" ", 1)[0]
    if first in _TOPONYM_FIRST and " " in key:
        return True
    if " " not in key and (not key.startswith("ال") or key.endswith(("ين", "ون"))):
        return False
    # the next list item: a known place right after "و"
    m = _GAP_COMMA.match(text, u[1], u[1] + 5)
    pos = m.end()
    while text[pos:pos + 1] == " ":
        pos += 1
    while k < len(toks) and toks[k][1] < pos:
        k += 1
    if k < len(toks) and toks[k][1] == pos and toks[k][0] == "name" and toks[k][5].startswith("و"):
        return True
    if depth >= WEAK_LIST_REACH or text[pos:pos + 1] != "و":
        return False
    nu = _unknown_after(text, pos, ctx, conj=True, bounded=True)
    return nu is not None and _weak_list_item(text, nu, ctx, toks, k, depth + 1)


# the end of an item of a comma list: a comma, or the full stop after its last item ("، وحزين.")
_LIST_ITEM_END = re.compile(r'[ ]*(?:[،,]|\.(?:\s|\Z))')
_SPACED_CONJ = re.compile(r'[\s"]*[،,]?[\s"]*و(?:[ ]*"[ ]*|[ ]+)')
_CONJ_LEAD = re.compile(r'[\s"]*[،,]?[\s"]*و([\u0621-\u064a]+)[ ]*"?[ ]*')
_LEAD_WORD = re.compile(r'([\u0621-\u064a]+)[ ]*"?[ ]*')


def _spaced_conj(text: str, pos: int, end: int | None, ctx: Context) -> int | None:
    """Where a list item starts after a conjunction set apart from it: 'و"الضربة"', "و كفر
    حلب", or led by locator or head words ('ومحيط "البعرارة"', "ومحيط وشارع …"). ``end``:
    the item must start there (None: anywhere the gap ends). None when there is no such gap."""
    m = _SPACED_CONJ.match(text, pos, pos + 8)
    q = m.end() if m else None
    if q is None or (end is not None and q < end):
        m = _CONJ_LEAD.match(text, pos, pos + 30)
        if not m:
            return None
        w = m.group(1)
        if w not in ctx.locator_before and (_stem(w) not in ctx.heads or w.startswith("ال")):
            return None     # (a head with the article governs no name: in "قريتي الخاتونية
            # والبحيرة المحاذيتين" البحيرة is the item and المحاذيتين its adjective)
        q = m.end()
        for _ in range(2):          # "ومحيط وشارع"
            if end is not None and q >= end:
                break
            m2 = _LEAD_WORD.match(text, q, q + 30)
            if not m2:
                break
            w2 = m2.group(1)
            w2 = w2[1:] if w2.startswith("و") else w2
            if w2 not in ctx.locator_before and _stem(w2) not in ctx.heads:
                break
            q = m2.end()
    if end is not None and q != end:
        return None
    return q


_DATED = re.compile(r'[ ]*"?[ ]*([0-9\u0660-\u0669]{1,2}[ ]+([\u0621-\u064a]+))')


@lru_cache(maxsize=1)
def _month_words() -> frozenset:
    """The month names of data/months.tsv, normalised (one-word forms)."""
    out = set()
    for line in (Path(__file__).parent / "data" / "months.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form = normalize(line.split("\t")[0].strip())
            if " " not in form:
                out.add(form)
    return frozenset(out)


def _dated_name(text: str, pos: int):
    """A street named after a date: "شارع 26 سبتمبر", 'وشارع "14 أكتوبر"' (day and month)."""
    m = _DATED.match(text, pos, pos + 30)
    if not m or m.group(2) not in _month_words():
        return None
    return m.start(1), m.end(1), m.group(1), ""


_SPACES_END = re.compile(r'[ ]*"?[ ]+\Z')
_COMMON_FIRST = re.compile(r'[ ]*"?(ال[\u0621-\u064a]{2,})"?[ ]+\Z')


LIST_INTRO_REACH = 40   # characters from a plural head to the word that opens its list


def _list_opened(text: str, pos: int, ctx: Context) -> int | None:
    """Where the list of a plural head begins when a list opener follows it within a few words
    ("قرى عدة شمالي حلب، أبرزها طوقلي …": after أبرزها), else None."""
    if ctx.list_intro is None:
        return None
    m = _opener_near(text, pos, ctx)
    if m is not None:
        return m
    k = text.find("،", pos, pos + LIST_INTRO_REACH)
    if k < 0:
        k = text.find(",", pos, pos + LIST_INTRO_REACH)
    if ctx.list_intro_and is not None:
        m = ctx.list_intro_and.search(text, pos, k if k >= 0 else pos + LIST_INTRO_REACH)
        if m is not None and not any(ch in text[pos:m.start()] for ch in ".\n"):
            return m.end()      # "… في ريف حلب الغربي وهي قبتان الجبل، …"
    if k < 0 or "." in text[pos:k] or "\n" in text[pos:k]:
        return None
    m = ctx.list_intro.match(text, k)
    return m.end() if m else None


def _opener_near(text: str, pos: int, ctx: Context) -> int | None:
    """Where the list of a plural head begins when its opener follows the head with no comma,
    after at most a word of quantity ("أحياء عدة بينها المعادي والأنصاري", "قرى منها …")."""
    m = ctx.list_intro_near.match(text, pos) if ctx.list_intro_near is not None else None
    if m is None and ":" in text[pos:pos + 12]:
        # "قرى: فيصون، العوام، جملة"، "قرى وبلدات: …": a colon right after the head (or after a
        # second head joined to it) opens its list
        m = _COLON_OPEN.match(text, pos)
        if m is not None and m.group(1) is not None and _stem(m.group(1)) not in ctx.heads:
            m = None
    return m.end() if m else None


_COLON_OPEN = re.compile(r'(?:[ ]+و([\u0621-\u064a]+))?[ ]*:[ ]*(?=[\u0621-\u064a"])')
_COMMA_ITEM = re.compile(r'[ ]*[،,][ ]*(?:و[ ]*)?[\u0621-\u064a"]')
_ITEM_END = re.compile(r"[،,.:؛\n]")


def _comma_items(text: str, pos: int, conj: bool = False) -> int:
    """How many items of a comma list follow ``pos`` (at most four), each of three words or
    fewer: "فيصون، العوام، جملة، عين صماطة" has three after its first. ``conj``: only items
    that open with و ("مراطة الصغرى، والشيخ مزهر، ومراطة الكبرى" has two)."""
    n = 0
    while n < 4:
        m = _COMMA_ITEM.match(text, pos)
        if not m or (conj and "و" not in text[pos:m.end()]):
            break
        e = _ITEM_END.search(text, m.end(), m.end() + 40)
        if text.count(" ", m.end(), e.start() if e else m.end() + 40) > 2:
            break       # a clause, no item
        n += 1
        if e is None or text[e.start()] not in "،,":
            break
        pos = e.start()
    return n


_CONJ_ITEM = re.compile(r" و([\u0621-\u064a]{2,})(?: ([\u0621-\u064a]{2,}))?")


def _coordinated_items(text: str, pos: int, ctx: Context) -> int:
    """How many items joined by "و" (a word, or a toponym of two: "وتل حصين") follow ``pos``
    with no punctuation between: "شويرين وتل حصين وراعل ومريغل" has three after its first."""
    n = 0
    while n < 8:
        m = _CONJ_ITEM.match(text, pos)
        if not m or m.group(1) in ctx.not_name or m.group(1) in ctx.prepositions:
            break       # (a head word is an item too: "وتلال الزعرور")
        n += 1
        second = m.group(2)
        # (a second word belongs to the item, "وشلالة صغيرة"، "وتل حصين", unless it is a
        # preposition or a direction)
        pos = m.end() if second and not second.startswith("و") \
            and second not in ctx.prepositions and second not in ctx.locator_before else m.end(1)
    return n


def _common_first(text: str, pos: int, nxt_start: int, ctx: Context):
    """A common definite word or head word as the first name of a plural head's list, when a known place is
    coordinated right after it: "أحياء المحافظة والسليمانية" (not "أحياء المحافظة" alone)."""
    m = _COMMON_FIRST.match(text, pos, nxt_start)
    w = m.group(1) if m else ""
    if not m or (w not in ctx.not_name and _stem(w) not in ctx.heads) or w in _TIME_WORDS:
        return None
    return m.start(1), m.end(1), m.group(1), ""


def _unsplit(word: str, prefix: str) -> bool:
    """Whether ``word`` cannot be read as ``prefix`` and a stem of three letters or more."""
    return len(word) - len(prefix) >= 3 and len(split_clitic(word)[0]) < len(prefix)


def _proper_indefinite(key: str, head: Head, ctx: Context, feminine: bool = False) -> bool:
    """Whether an unknown name after a head that takes indefinite names has the shape of a
    proper name ("منطقة بوعطني", "منطقة قضيب البان", "سوق صابرين"): indefinite, and not a
    word that agrees with a feminine head, an adjective or a verb ("منطقة آمنة", "منطقة شهدت",
    "منطقة تقع")."""
    first = key.split(" ", 1)[0]
    if first.startswith("ال") or first in ctx.not_name:
        return False
    if first in _COMPOUND:
        return True
    if (first.endswith(("ت", "ء")) or (first.endswith("ه") and not feminine)
            or (feminine and first[0] == "م" and len(first) <= 6)   # "ناحية مهمة"، "معينة"
            or (first.endswith("ي") and not head.feminine)):
        return False      # a feminine adjective or verb: "منطقة آمنة", "منطقة شهدت"
    # (``feminine``: an administrative unit in its place, "في ناحية دجلة", takes a name ending
    # in ة: its adjectives are rare there)
    if first[0] in "يتن" and len(first) <= 5:
        return False      # an imperfect verb: "منطقة تقع", "سوق يشهد"
    return not _derived_masdar(first)


def _derived_masdar(w: str) -> bool:
    """Whether an indefinite word has the shape of a verbal noun of the derived forms استفعال،
    افتعال، انفعال ("استهداف"، "اقتحام"، "انفجار"): "متشابهة لناحية استهداف الكاراجات" (in
    respect of) names no subdistrict."""
    n = len(w)
    if n == 7:
        return w.startswith("است") and w[5] == "ا"
    return n == 6 and w[0] == "ا" and w[4] == "ا" and (w[2] in "تطد" or w[1] == "ن")


_ADJECTIVE_THEN_COMMA = re.compile(r" (ال[\u0621-\u064a]{3,}يه?)[ ]*[،,]")


def _past_adjective(text: str, end: int, ctx: Context, nk) -> int:
    """Where a list item ending at ``end`` is over when a definite nisba adjective and a comma
    follow it ("وتلة أم السرج الاستراتيجية، والهوشرية"): the adjective's end; else ``end``. A
    known place there (``nk``, the next name token) or an adjective that forms toponyms
    ("الكبرى") or parts of one ("الشمالي") is no such adjective."""
    if text[end:end + 3] != " ال":
        return end
    m = _ADJECTIVE_THEN_COMMA.match(text, end, end + 40)
    if not m or (nk is not None and nk[1] <= m.start(1)) or m.group(1) in ctx.toponym_adjective \
            or m.group(1) in ctx.direction_after or m.group(1) in ctx.descriptor_after:
        return end
    return m.end(1)


def _comma_list_item(text: str, pos: int, ctx: Context, nk):
    """An indefinite item of a long comma list after a plural head ("البلدات التالية: شمسطار،
    الحلانية، بريتال، حزين، حدث بعلبك، …"): a word of a village name's shape ending at the
    next comma (or the full stop), or such a word and the known name right after it, which
    together make one toponym ("حدث بعلبك"). Else None."""
    u = _unknown_after(text, pos, ctx, bounded=False, feminine=True)
    if not u or u[3] or " " in u[2] or not _list_name_shape(u[2], ctx):
        return None
    if _LIST_ITEM_END.match(text, u[1]):
        return u
    if nk is not None and nk[0] == "name" and not nk[5] and nk[1] == u[1] + 1 \
            and text[u[1]] == " " and _LIST_ITEM_END.match(text, nk[3]):
        return u[0], nk[3], u[2] + " " + nk[4], ""
    return None


def _list_name_shape(key: str, ctx: Context) -> bool:
    """Whether the first item of a long list after a plural head can be a village's name
    ("شويرين"، "طوقلي"، "معنايا"): not a common word, a feminine adjective or perfect verb ending
    in ت ("كثيرة" is ه), nor an imperfect verb. A word in ه with a toponym adjective after it
    names a village ("مراطة الصغرى"، "سرناج الكبرى"): no adjective takes one."""
    first, _sp, rest = key.partition(" ")
    if first in ctx.not_name:
        return False
    if first.endswith("ه") and rest in ctx.toponym_adjective:
        return True
    if first.endswith(("ت", "ه")):
        return False
    return not (first[0] in "يتن" and len(first) <= 5)


def _described(text: str, pos: int, ctx: Context, words: frozenset | None = None) -> bool:
    """Whether a descriptor follows ``pos``: "منطقة الشقيف الصناعية"; or, with ``words`` a
    facility's epithets, one of them: "قاعدة الساليني العسكرية" (a facility's name, though the
    epithet is no part of it)."""
    m = _NEXT_WORD.match(text, pos, pos + 30)
    return bool(m) and m.group(1) in (ctx.descriptor_after if words is None else words)


_GAP_COMMA = re.compile(r'[\s"]*[،,]?')
_AFTER_NAME = re.compile(r"[\s\"]*(?:[،,][\s\"]*)?")
_SPACES = re.compile(r"\s*")
_DEFINITE = ("ال", "وال", "فال", "بال", "لل", "كال")


def _accept(mentions: list[_Mention], text: str, ctx: Context, toks, words, index) -> None:
    """Which names count as places: the word before a name can make it part of an
    organisation's or a person's name; a name whose candidates ask for a place context (or
    that is also a common word) counts only with one. Passes in text order until nothing
    changes; after the first, only a name in a list can change its answer (what else it reads
    of the text is the same in every pass), so only those are looked at again."""
    heads = ctx.heads
    tstarts = None                  # the starts of the tokens, in text order (when asked)

    def tok_at(pos):
        """The token starting at ``pos``, or None."""
        k = bisect_left(tstarts, pos)
        return toks[k] if k < len(tstarts) and tstarts[k] == pos else None

    def followed_by_locator(mm: _Mention) -> bool:
        pos = _AFTER_NAME.match(text, mm.end, mm.end + 40).end()
        h = tok_at(pos)
        if h is not None and h[0] == "head" and heads[h[4]].type in ("region", "area") \
                and h[5] in ("ب", "في", "و", ""):
            return h[5] == "ب" or heads[h[4]].type == "region"
        w = _WORD.match(text, pos)
        if w and (w.group() in ctx.prepositions or w.group() in ctx.locator_before):
            p2 = _SPACES.match(text, w.end(), w.end() + 5).end()
            if tok_at(p2) is not None:
                return True
        return False

    locator_before = ctx.locator_before
    prepositions = ctx.prepositions
    not_place_after = ctx.not_place_after
    ambiguous = ctx.ambiguous
    accept_of = index.accept_of
    starts, ends, texts = words
    nw = len(starts)
    nm = len(mentions)
    first = True
    todo = range(nm)
    while True:
        changed = False
        retry = []
        for idx in todo:
            mm = mentions[idx]
            if first:
                # the word before the name (read once, in the first pass)
                head = mm.head
                if head is not None:
                    mm.near = head.type == "near"
                else:
                    wi = mm.wi
                    pos = mm.start - len(mm.prefix)
                    if 0 < wi < nw and starts[wi] == pos:
                        pw = texts[wi - 1] if not text[ends[wi - 1]:pos].strip(" \"'") else ""
                    else:
                        pw = _prev_word_at(text, pos, words, wi)
                    if pw[:1] in ("ب", "و") and len(pw) > 3 and pw[1:] in locator_before:
                        pw = pw[1:]     # "بغرب قنفودة"، "وشمال حلب": a locator with its clitic
                    mm.pw = pw
                    if mm.list_prev is None:
                        if not_place_after[pw] or (mm.key and " " not in mm.key
                                                   and text.startswith(ctx.person_after, mm.end)):
                            # (a name with "son of" after it is a man's: "الملك حمد بن عيسى")
                            mm.cands = []
                            mm.key = None
                            continue
                        if pw in locator_before:
                            mm.near = True
                        # a definite noun and a definite nisba adjective: "الجبهة الشامية",
                        # "القوات العراقية"
                        key = mm.key or ""
                        if not mm.prefix and key.startswith("ال") and (key.endswith("يه") or key.endswith("ي")) \
                                and " " not in key and pw.startswith(_DEFINITE) and pw not in prepositions:
                            mm.cands = []
                            mm.key = None
                            continue
            elif mm.accepted or mm.key is None:
                continue
            if mm.cands:
                amb, ns, nset, plain, fitting = accept_of[mm.key]
                if len(ns) != len(mm.cands):
                    # candidates dropped before (_unnamed_countries: "السويس" keeps the city,
                    # named anywhere, not Suez governorate): their own needs, not the alias's
                    ns = tuple(_cand_need(c, " " not in mm.key) for c in mm.cands)
                    nset = frozenset(ns)
                    plain, fitting = not amb and nset <= _PLAIN, {}
            else:
                amb = ambiguous.get(mm.key, "")
                ns, nset = _NO_NEEDS
                plain = not amb
            if plain:
                mm.accepted = True       # nothing asks for a context
                changed = True
                continue
            sat = mm.sat0
            if sat is None:
                if mm.head is not None or (mm.list_root_head is not None and (
                        mm.key not in ctx.not_name or "و" in mm.prefix)) \
                        or (" " in mm.key and mm.key.split(" ", 1)[0] in ctx.alias_heads):
                    # (a common word after a list's comma is an apposition: "في منطقة هودان،
                    # الحي التجاري"; an alias that opens with a head word holds the head its
                    # place asks for: "مخيم زمزم"، "معسكر زمزم")
                    sat = _SAT_HEAD
                else:
                    pw = mm.pw or ""
                    if pw == _MIN and _noun_before(mm, words, ctx.agent_noun, AGENT_REACH):
                        sat = _PLAIN     # "بدعم ضمني من الولايات المتحدة": who, not where
                    elif "ب" in mm.prefix and _DIGIT_AFTER.match(text, mm.end):
                        sat = _PLAIN     # "صواريخ بقطر 220 ملم": a diameter, not Qatar
                    elif "ب" in mm.prefix or pw in _LOCATIVE or (pw[:1] == "و" and pw[1:] in _LOCATIVE) \
                            or (pw == _ALA
                                and _noun_before(mm, words, ctx.attack_noun, ATTACK_REACH)) \
                            or pw in locator_before:
                        # "وسط القاهرة", "شمال بغداد": a direction of a city places it as surely
                        # as "في" does; "أجدابيا شرق ليبيا" names the country too, though it
                        # only describes where a place is (_SAT_DESCRIBES: see _group)
                        # ("باتجاه إسرائيل" is locative: where the missiles were aimed)
                        sat = _SAT_DESCRIBES if pw in locator_before and pw not in _LOCATIVE and all(
                            c.kind == "country" for c in mm.cands) else _SAT_LOCATIVE
                    elif pw in prepositions or pw in ctx.target_before or (
                            pw[:1] in "وف" and pw[1:] in ctx.target_before) or pw in ctx.office_of \
                            or (pw[:1] in "ول" and pw[1:] in ctx.office_of):
                        sat = _SAT_CONTEXT      # (or the object of an attack: "تعرض مبنى
                        # البرلمان التركي للقصف"، "قصفت X"; or the place of an office: "محافظ
                        # ديالى مثنى التميمي")
                    else:
                        if tstarts is None:
                            tstarts = list(map(_TEXT_START, toks))
                        # (not an adjective after its noun, definite or with a possessive:
                        # "راياتهم السوداء في شوارع المدينة"، "الراية السوداء في")
                        sat = _SAT_CONTEXT if (
                            not (mm.key in ctx.toponym_adjective
                                 and (pw.startswith("ال") or pw.endswith(("هم", "ها", "هن"))))
                            and followed_by_locator(mm)) else _PLAIN
                mm.sat0 = sat
            if "context" not in sat:
                if (mm.list_prev is not None and mentions[mm.list_prev].accepted) or \
                        (idx + 1 < nm and mentions[idx + 1].list_prev == idx and mentions[idx + 1].accepted):
                    sat = _SAT_CONTEXT
            if amb not in sat:
                if mm.list_prev is not None or (idx + 1 < nm and mentions[idx + 1].list_prev == idx):
                    retry.append(idx)
                continue
            if ns and not nset <= sat:
                # the candidates that fit (the mention's are still its alias's own: cached)
                ok = fitting.get(sat)
                if ok is None:
                    ok = fitting[sat] = [c for c, need in zip(mm.cands, ns) if need in sat]
                if not ok:
                    if mm.list_prev is not None or (idx + 1 < nm and mentions[idx + 1].list_prev == idx):
                        retry.append(idx)
                    continue
                mm.cands = ok
            mm.accepted = True
            changed = True
        first = False
        if not changed or not retry:
            break
        todo = retry


# what the words around a name satisfy: nothing special, a place context, a locative
# preposition (بـ، في … also a place context), a head word or a list opened by one
_PLAIN = frozenset({""})
_SAT_CONTEXT = frozenset({"", "context"})
_SAT_LOCATIVE = frozenset({"", "context", "locative"})
# a country after a direction ("شرق ليبيا"): the same contexts, but the mention is told apart
# by identity, for it places no event nor figure (see _group)
_SAT_DESCRIBES = frozenset({"", "context", "locative"})
_SAT_HEAD = frozenset({"", "context", "locative", "head"})
_DIGIT_AFTER = re.compile(r"[ ]+[0-9\u0660-\u0669]")    # a number after a name: "بقطر 220 ملم"
_NO_NEEDS = ((), frozenset())


def _cand_need(c: Place, one_word: bool) -> str:
    """What a candidate place asks of the text around its name (see :data:`Place.needs`)."""
    need = c.needs or ""
    if not need and one_word:
        if c.kind in ("neighbourhood", "facility", "district"):
            need = "context"   # a one-word neighbourhood name: often a family name or a noun
        elif c.layer == "geonames" and c.population < SMALL_PLACE:
            need = "context"   # a hamlet's one-word name is too often a common word too
    return need


def _resolve(mentions: list[_Mention], text: str, ctx: Context) -> None:
    dirs = _direction_re(ctx.direction_after)
    # one pass over the accepted names: the direction adjectives, then the anchors (accepted
    # names with one place, or several within 5 km of each other); the others are scored below
    anchors: list[Place] = []
    unsure: list[int] = []
    for idx, mm in enumerate(mentions):
        if not mm.accepted or mm.key is None:
            continue
        head = mm.head
        if head is not None:
            if head.type == "region":
                # "ريف حماة الشمالي": the region runs to the direction adjective
                mm.ext_end = mm.end
                if dirs is not None:
                    d = dirs.match(text, mm.end, mm.end + 30)
                    if d:
                        mm.ext_end = d.end()
        else:
            head = mm.list_root_head
            if dirs is not None and mm.key.startswith("ريف "):
                # "ريف دمشق الشرقي": a governorate named as a countryside, then a direction
                # adjective: that part of it, a region of its own
                d = dirs.match(text, mm.end, mm.end + 30)
                if d:
                    mm.ext_end = d.end()
        if head is not None and dirs is not None and head.type == "area" and "village" in head.kinds:
            # "بلدة المليحة الغربية": after a town/village head a direction adjective is part of
            # the name (a gazetteer name holding it would have matched whole): not "المليحة"
            d = dirs.match(text, mm.end, mm.end + 30)
            if d:
                mm.key = mm.key + " " + text[mm.end:d.end()].split()[-1]
                mm.end = d.end()
                mm.cands = []
            elif text[mm.end + 1:mm.end + 3] == "ال":
                # "قرية التلول الحمر": a toponym-forming adjective, likewise
                d = _NEXT_WORD.match(text, mm.end, mm.end + 30)
                if d and d.group(1) in ctx.toponym_adjective:
                    mm.key = mm.key + " " + d.group(1)
                    mm.end = d.end(1)
                    mm.cands = []
        c = mm.cands
        if not c:
            continue
        if len(c) != 1:
            c = _filter_kind(mm)
        if len(c) == 1 or all(x.has_coords and c[0].has_coords and km(x.lat, x.lon, c[0].lat, c[0].lon) < 5
                              for x in c):
            mm.place = c[0]
            anchors.append(c[0])
        else:
            unsure.append(idx)
    if unsure:
        # the others: scored against the anchors (distinct places only) and their country
        uniq = {p.id: p for p in anchors}
        anchors = list(uniq.values())
        anchor_ids = uniq.keys()
        countries: dict[str, int] = {}
        for p in anchors:
            if p.country:
                countries[p.country] = countries.get(p.country, 0) + 1
        main_cc = max(countries, key=countries.get) if countries else ""
        govs: dict[str, int] = {}
        for p in anchors:
            g = _governorate_of(p)
            if g:
                govs[g] = govs.get(g, 0) + 1
        main_gov = max(govs, key=govs.get) if govs else ""
        if main_gov and govs[main_gov] < 2:
            main_gov = ""
        for idx in unsure:
            mm = mentions[idx]
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
                if main_gov and p.admin1 == main_gov:
                    s += 2     # the article's governorate: a quarter of its city, not a far city
                s += {0: 0.6, 1: 0.4}.get(p.rank, 0)
                s += min(p.population, 2_000_000) / 4_000_000
                return s

            mm.place = max(cands, key=score)
    _foreign_quarters(mentions)
    _list_area(mentions)
    _locator_governorate([mm for mm in mentions if mm.place is not None], text)


def _foreign_quarters(mentions: list[_Mention]) -> None:
    """A part of a city (a place with a parent) whose city the article never names, in an article
    about another country or naming cities of other governorates only, is some other place of the
    same common name ("المدينة القديمة" of Mosul or Raqqa is not Aleppo's): it stays unresolved."""
    ids = {mm.place.id for mm in mentions if mm.place is not None}
    orphans = [mm for mm in mentions if mm.place is not None and mm.place.parent
               and mm.place.parent not in ids]
    if not orphans:
        return      # (the usual case: no quarter, or its city is named)
    countries: dict[str, int] = {}
    govs = set()        # the governorates of the cities and towns the article names
    for mm in mentions:
        p = mm.place
        if p is not None and mm.accepted and not p.parent:
            if p.country:
                countries[p.country] = countries.get(p.country, 0) + 1
            if p.kind in ("city", "town") and p.admin1:
                govs.add(p.admin1)
    if not countries:
        return
    main = max(countries, key=countries.get)
    for mm in orphans:
        p = mm.place
        if p.country and (p.country != main or (govs and p.admin1 not in govs)):
            mm.place = None


# gazetteer kinds wider than a town (never a quarter, never an item located by its neighbours)
_WIDE_KINDS = frozenset({"region", "country", "governorate"})


def _list_area(mentions: list[_Mention]) -> None:
    """An item of a list ("بلدات هوبر والعيس والمنصورة وداعل") lies in the area of
    its resolved neighbours when that is the article's main governorate: a small place of the same
    name elsewhere gives way to a candidate there, else the item stays unresolved (not placed in
    another governorate or country)."""
    govs: dict[str, int] = {}
    for mm in mentions:
        p = mm.place
        if p is not None and mm.accepted:
            g = p.name_ar if p.kind == "governorate" else p.admin1     # _governorate_of, inlined
            if g:
                govs[g] = govs.get(g, 0) + 1
    if not govs:
        return
    main = max(govs, key=govs.get)
    if govs[main] < 2:
        return
    n = len(mentions)
    for idx, mm in enumerate(mentions):
        p = mm.place
        if p is None or not mm.accepted or p.kind in _WIDE_KINDS:
            continue
        if p.admin1 == main:
            continue    # (_governorate_of(p) of a place that is no governorate; main is not "")
        neigh = []
        j = mm.list_prev
        while j is not None and not neigh:
            if mentions[j].place is not None and mentions[j].accepted:
                neigh.append(mentions[j].place)
            j = mentions[j].list_prev
        for k in range(idx + 1, n):
            if mentions[k].list_prev is None or mentions[k].list_prev < idx:
                break
            if mentions[k].place is not None and mentions[k].accepted:
                neigh.append(mentions[k].place)
                break
        if p.population >= 100_000 and not any(q.country and q.country != p.country for q in neigh):
            continue   # a city of the same country may be listed with the area's places
        own = _governorate_of(p)
        if not any(_governorate_of(q) == main for q in neigh) \
                or any(_governorate_of(q) == own for q in neigh):
            continue
        inside = [c for c in mm.cands if _governorate_of(c) == main]
        mm.place = inside[0] if inside else None


# a town of another country than the article's is read as such only when it lies this near the
# article's places, is this big, has a name of several words, or its country is named
FAR_KM = 300
FAR_POPULATION = 100_000
_LOCAL_KINDS = frozenset({"city", "town", "village", "neighbourhood", "facility", "camp", "road"})


def _far_homonyms(mentions: list[_Mention], named, ctx: Context) -> None:
    """A small town of one-word name that the gazetteer knows only in another country, far from
    the article's places, in an article that does not name that country, is some local place of the
    same name ("بلدات منطقة المرج" of the Ghouta is not Libya's المرج): a candidate in the article's
    country is taken, else the place stays unresolved, or, when the name is also a common word
    (an ``ambiguous`` row of place_context.tsv) and no head word names it, it is that word.
    ``named`` gives the countries the article names (data/country_words.tsv)."""
    by_cc: dict[str, dict[str, Place]] = {}
    for mm in mentions:
        p = mm.place
        if p is not None and mm.accepted and p.country:
            by_cc.setdefault(p.country, {})[p.id] = p
    if len(by_cc) < 2:
        return      # (the usual case: every place in one country)
    main = max(by_cc, key=lambda c: len(by_cc[c]))
    home = [p for p in by_cc[main].values() if p.has_coords and p.kind != "country"]
    # (a country's point is its capital: "شمالي سوريا" puts no place near Damascus)
    if len(by_cc[main]) < 2 or not home:
        return
    names = None
    for mm in mentions:
        p = mm.place
        # (a place with no coordinate cannot be shown to lie near: it is taken as far)
        if (p is None or not mm.accepted or p.country == main or len(by_cc.get(p.country, ())) != 1
                or p.kind not in _LOCAL_KINDS or p.population >= FAR_POPULATION or " " in mm.key
                or (p.has_coords and any(km(p.lat, p.lon, q.lat, q.lon) < FAR_KM for q in home))):
            continue
        if names is None:
            names = named()
        if p.country in names:
            continue
        local = [c for c in mm.cands if c.country == main]
        mm.place = max(local, key=lambda c: c.population) if local else None
        if mm.place is None and mm.key in ctx.ambiguous and mm.head is None \
                and mm.list_root_head is None:
            mm.accepted = False     # the common word, then: "مسيرة سلمية في قرية دير الحطب"


def _foreign_namesakes(mentions: list[_Mention], named) -> None:
    """A facility named by a town or village ("مستشفى الجلاء", "مدرسة الشهداء") is placed at that
    town only when the town is in the article's country: in a report on Benghazi, "مستشفى الجلاء"
    is no hospital of the Syrian village الجلاء, and stays unresolved, unless the article names
    that country. ``named`` gives the countries the article names."""
    facs = []
    for mm in mentions:
        head, p = mm.head, mm.place
        if head is not None and head.type == "facility" and p is not None and mm.accepted \
                and p.country and p.kind not in head.kinds and p.kind in _LOCAL_KINDS:
            facs.append(mm)
    if not facs:
        return      # (the usual case: no facility named by a town)
    others = {mm.place.country for mm in mentions
              if mm.place is not None and mm.accepted and mm.place.country and mm not in facs}
    names = None
    for mm in facs:
        cc = mm.place.country
        if not others or cc in others:
            continue
        if names is None:
            names = named()
        if cc not in names:
            mm.place = None


# a quarter of the article's city is not a village this far from its cities
QUARTER_KM = 30


def _far_quarters(mentions: list[_Mention]) -> None:
    """A name after a quarter's head ("أحياء الروضة والمسبح") in an article about a city is a
    quarter of a city: a village or town of that name far from every city and town the article
    names (a village near Sanaa, in a report on Taiz) is a homonym, and the place stays
    unresolved. So is a region or a country of that name ("حي الجولان" in Fallujah is no part of
    the Golan, "حي فلسطين" no part of Palestine)."""
    towns = None
    for mm in mentions:
        p = mm.place
        if p is None or not mm.accepted:
            continue
        head = mm.head or mm.list_root_head
        if head is None or head.type != "area" or "neighbourhood" not in head.kinds \
                or "village" in head.kinds:
            continue
        if p.kind in _WIDE_KINDS and p.kind not in head.kinds:
            mm.place = None
            continue
        if p.kind not in ("village", "town") or not p.has_coords:
            continue
        if towns is None:
            towns = [q for q in {m.place.id: m.place for m in mentions if m.place is not None
                                 and m.accepted}.values()
                     if q.kind in ("city", "town") and q.has_coords]
        others = [q for q in towns if q.id != p.id]
        if others and all(km(p.lat, p.lon, q.lat, q.lon) > QUARTER_KM for q in others):
            mm.place = None


def _governorate_of(p: Place | None) -> str:
    if p is None:
        return ""
    # (a governorate row names its own admin1: "محافظة دير الزور" is admin1 "دير الزور")
    return (p.admin1 or p.name_ar) if p.kind == "governorate" else (p.admin1 or "")


def _locator_governorate(mentions: list[_Mention], text: str) -> None:
    """A name followed by "بريف X" or "في محافظة X" lies in X's governorate: a gazetteer place of
    the same name in another governorate gives way to a candidate in X, else the name stays
    unresolved ("بلدة المليحة بريف درعا" is not Mleiha of Rif Dimashq). ``mentions``: those
    with a place (the others take no part), in text order."""
    by_head = {}
    for mm in mentions:
        if mm.place is None or not mm.accepted:
            continue
        if mm.head is not None and mm.head_start >= 0 and (
                mm.head.type == "region" or "governorate" in mm.head.kinds):
            by_head[mm.head_start] = mm          # "بريف درعا" read as head + name
        elif mm.head is None and mm.place.kind in ("region", "governorate"):
            by_head[mm.start] = mm               # a gazetteer region: "بريف درعا" as one name
    if not by_head:
        return
    at = sorted(by_head)
    nat = len(at)
    for mm in mentions:
        p = mm.place
        if p is None or not mm.accepted or not p.admin1 or p.kind in _WIDE_KINDS:
            continue
        # a region can only be looked for within 43 characters (40 of gap, "في ")
        k = bisect_left(at, mm.end)
        if k == nat or at[k] > mm.end + 43:
            continue
        pos = _AFTER_NAME.match(text, mm.end, mm.end + 40).end()
        loc = None
        for gap in ("ب", "في ", ""):
            if text.startswith(gap, pos):
                loc = by_head.get(pos + len(gap))
                if loc is not None:
                    break
        if loc is None or loc is mm:
            continue
        gov = _governorate_of(loc.place)
        if not gov:
            continue
        if _governorate_of(p) == gov or p.country != loc.place.country:
            continue
        inside = [c for c in mm.cands if _governorate_of(c) == gov]
        mm.place = inside[0] if inside else None


@lru_cache(maxsize=4)
def _direction_re(dirs: tuple):
    """One regex for the direction adjectives, the longest first (as the list is ordered)."""
    if not dirs:
        return None
    return re.compile(r"\s+(?:" + "|".join(re.escape(d) for d in dirs) + r")(?!\w)")


def _filter_kind(mm: _Mention) -> list:
    head = mm.head or mm.list_root_head
    cands = mm.cands
    if len(cands) == 1:
        return cands
    if head is not None and head.kinds and head.type in ("area",):
        f = [c for c in cands if c.kind in head.kinds]
        if f:
            return f
    # a governorate is meant only after "محافظة"; otherwise the city of the same name
    f = [c for c in cands if c.kind != "governorate"]
    return f or cands


# heads of places named after another place and lying elsewhere: a street, a city gate (and the
# quarter around it), a river ("نهر النيجر"), a shrine named after a saint ("مرقد السيدة زينب" in
# Sinjar), whose own coordinate is not the named place's
_NAMED_AFTER = frozenset({"street", "gate", "river", "shrine"})

_NAME_MARKS = re.compile('["\u201c\u201d\u201e\u00ab\u00bb()#]')
_new_span = tuple.__new__    # Span(start, end, text) without the Python-level __new__


_UNRESOLVED = "unresolved:"     # the id of a place the gazetteer does not know: this + its name


def _epithet_end(text: str, end: int, ctx: Context) -> int:
    """Where a facility named by a town ends: past an epithet of its name right after it
    ("مستشفى الفلوجة العام", Fallujah General Hospital), unless a time word follows the
    epithet ("مستشفى تكريت العام الماضي": last year)."""
    if text[end:end + 3] != " ال":
        return end      # (the usual case: no definite word next)
    m = _NEXT_WORD.match(text, end, end + 30)
    if not m or m.group(1) not in ctx.name_epithet:
        return end
    after = _NEXT_WORD.match(text, m.end(1), m.end(1) + 30)
    return end if after and after.group(1) in _TIME_WORDS else m.end(1)


def _group(doc: Document, mentions: list[_Mention], text: str, ctx: Context) -> list[DocPlace]:
    out: list[DocPlace] = []
    by_key: dict[str, DocPlace] = {}
    seen_spans: set = set()
    describing: set = set()
    source = doc.text
    to_original = doc.normalized.span_mapper()
    for mm in mentions:
        if not mm.accepted or mm.key is None:
            continue
        head = mm.head
        p = mm.place
        name_start, name_end = mm.start, mm.end
        derived = None
        if head is not None:
            if head.type == "facility" and (p is None or p.kind not in head.kinds):
                # "مطار الضمير" with only the town known: the facility by the town
                name_start = mm.head_start
                derived = "facility"
                name_end = _epithet_end(text, name_end, ctx)
                if not head.kinds.isdisjoint(_NAMED_AFTER) and "road" not in head.kinds:
                    # "شارع الزاوية" in Tripoli, "باب جنين" in Aleppo: a street, a gate or a
                    # river named after a place lies elsewhere; its own coordinate is unknown
                    p = None
            elif head.type == "region" and (p is None or p.kind != "region"):
                name_start, name_end = mm.head_start, mm.ext_end
                derived = "region"
        elif mm.ext_end > name_end and p is not None:
            name_end = mm.ext_end   # "ريف دمشق الشرقي" (see _resolve)
            derived = "region"
        precision = None
        if p is not None and p.lat is not None and p.lon is not None:
            precision = _BASE_PRECISION.get(p.kind, 1)
            if derived == "facility":
                precision = 2
            elif derived == "region":
                precision = 3 if p.kind in ("governorate", "region") else 2
            if mm.near:
                precision = max(precision, 2)
        if p is not None and derived is None:
            gid = p.id
        else:
            key_text = " ".join(text[name_start:name_end].split())
            gid = f"{p.id}/{derived}:{key_text}" if p is not None else _UNRESOLVED + key_text.replace(" ", "_")
        ev_start = mm.head_start if (head is not None and mm.head_start >= 0) else name_start
        item = by_key.get(gid)
        sk = (gid, ev_start, name_end)
        ev = None
        if sk not in seen_spans:
            seen_spans.add(sk)
            s0, e0 = to_original(ev_start, name_end)
            ev = _new_span(Span, (s0, e0, source[s0:e0]))
        if item is None:
            if ev is not None and ev_start == name_start:
                surface = ev.text
            else:
                s0, e0 = to_original(name_start, name_end)
                surface = source[s0:e0]
            if '"' in text[ev_start:name_end] or "#" in surface:
                # "مخيم “اليرموك”"، "ضاحية “الأسد”" (a name's last word in quotes of its own;
                # brackets read as quotes too: "مستشفى (أدري)"; a hashtag: "مخيم #مخمور")
                surface = " ".join(_NAME_MARKS.sub(" ", surface).split())
            else:
                surface = one_line(surface)
            if surface[:2] == "لل" and mm.key[:2] == "ال":
                surface = "ال" + surface[2:]    # "المتاخمة للمدينة القديمة": the name, not "ل" + it
            if derived is None:
                kind = p.kind if p else None
            elif derived == "facility":
                kind = ("road" if "road" in head.kinds else "street" if "street" in head.kinds
                        else "river" if "river" in head.kinds
                        else "neighbourhood" if "gate" in head.kinds else "facility")
            else:
                kind = "region"
            if p is not None:
                item = DocPlace(
                    surface, p.name_en if derived is None else None, kind, p.lat, p.lon,
                    p.admin1, p.admin2, p.country, precision,
                    p.layer if p.lat is not None and p.lon is not None else None, gid,
                    [], [], p.source, p.parent)
            else:
                item = DocPlace(surface, None, _kind_of_head(head or mm.list_root_head), None, None,
                                None, None, None, precision, None, gid, [], [], None, None)
            by_key[gid] = item
            out.append(item)
        elif precision is not None and (item.geo_precision is None or precision < item.geo_precision):
            item.geo_precision = precision
        if ev is not None:
            item.evidence.append(ev)
            item.norm_spans.append((ev_start, name_end))
            if mm.sat0 is _SAT_DESCRIBES:
                describing.add((ev_start, name_end))
    if describing:
        doc.options[DESCRIBING_PLACES] = describing
    else:
        doc.options.pop(DESCRIBING_PLACES, None)
    return _short_streets(out)


def _short_streets(out: list[DocPlace]) -> list[DocPlace]:
    """A street named again by the first words of its name ("شارع جمال عبدالناصر" … "في شارع
    جمال") is the same street: one place with both mentions as evidence."""
    streets = [p for p in out if p.kind == "street" and p.id.startswith(_UNRESOLVED)]
    if len(streets) < 2:
        return out
    dropped = set()
    for short in streets:
        longer = [p for p in streets if p is not short and p.id.startswith(short.id + "_")]
        if len(longer) == 1:
            into = longer[0]
            into.evidence = sorted(into.evidence + short.evidence, key=_SPAN_START)
            into.norm_spans = sorted(into.norm_spans + short.norm_spans)
            dropped.add(id(short))
    return [p for p in out if id(p) not in dropped] if dropped else out


_SPAN_START = attrgetter("start")


# a name the gazetteer does not know, read as a place of these kinds after its head word, is that
# place where the article names it again without the head
_AGAIN_KINDS = frozenset({"village", "town", "city", "neighbourhood"})


def _named_again(doc: Document, places: list[DocPlace], text: str, ctx: Context, words) -> None:
    """"بلدتي الشعيتية والقليلية" ... "بين الشعيتية والقليلية": the mentions of a place learned
    only from its head word ("بلدة"، "قرية"، "حي") where the article names it again bare, after
    a clitic (و، ب، ل …: :func:`rasd.clitics.split`) or a preposition of place. Linear: one look
    at each word."""
    learned: dict[str, list] = {}        # stem of the first word -> [(words of the name, place)]
    for p in places:
        if p.kind in _AGAIN_KINDS and p.id.startswith(_UNRESOLVED):
            name = p.id[len(_UNRESOLVED):].split("_")
            if len(name[0]) >= 4 and name[0] not in ctx.not_name and name[0] not in ctx.heads:
                learned.setdefault(split_clitic(name[0])[1], []).append((name, p))
    if not learned:
        return
    covered = sorted(sp for p in places for sp in p.norm_spans)
    cstarts = [c[0] for c in covered]
    starts, ends, texts = words
    to_original = doc.normalized.span_mapper()
    source = doc.text
    touched: dict[int, DocPlace] = {}
    for wi, (w, stem) in enumerate(zip(texts, split_columns(texts)[1])):
        got = learned.get(stem)
        if got is None:
            continue
        for name, p in got:
            pre = w[:len(w) - len(name[0])]
            if not w.endswith(name[0]) or not is_clitic_prefix(pre):
                continue
            if not pre and not (wi and texts[wi - 1] in ctx.prepositions):
                continue
            n = len(name)
            if n > 1 and list(texts[wi + 1:wi + n]) != name[1:]:
                continue
            nxt = texts[wi + n] if wi + n < len(texts) else ""
            if nxt.startswith("ال") and (nxt.endswith("ي") or nxt.endswith("يه")) and len(nxt) > 4:
                continue        # "الساحل السوري": a nisba adjective makes another, longer name
            s, e = starts[wi] + len(pre), ends[wi + n - 1]
            k = bisect_left(cstarts, e)
            if k and covered[k - 1][1] > s:
                continue        # inside (or across) a mention already read
            s0, e0 = to_original(s, e)
            p.evidence.append(_new_span(Span, (s0, e0, source[s0:e0])))
            p.norm_spans.append((s, e))
            touched[id(p)] = p
            break
    for p in touched.values():
        pairs = sorted(zip(p.norm_spans, p.evidence), key=itemgetter(0))
        p.norm_spans[:] = [sp for sp, _ in pairs]
        p.evidence[:] = [ev for _, ev in pairs]


def _kind_of_head(head: Head | None) -> str | None:
    if head is None or not head.kinds:
        return None
    if "gate" in head.kinds:
        return "neighbourhood"
    return head.kind    # the first listed: "قرية" village|town names a village


def place_at(doc: Document, pos: int) -> int | None:
    """Index in ``doc.places`` of the place mentioned at normalised position ``pos``."""
    for i, p in enumerate(doc.places):
        for s, e in getattr(p, "norm_spans", ()):
            if s <= pos < e:
                return i
    return None
