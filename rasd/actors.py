"""Actors and sources: who fights, who is fought, and whose voice the article quotes.

``find_actors(doc)`` fills ``doc.actors`` with one :class:`Actor` per canonical actor of the
article (several aliases merged, every mention kept as evidence). Where the names come from:

- ``data/actors.tsv``: the lexicon (armed, political and civil actors of the wars in Syria, Iraq,
  Yemen, Libya, Gaza/Palestine and Sudan; monitors, agencies and outlets quoted as sources), with
  canonical id, kind, side, role (``actor`` | ``source``), country and, for people, ``parent``
  (the actor they lead or speak for). Alias markers: ``?X`` only counts when the article's country
  is the row's country (or the actor is named otherwise in the article); ``^X`` only as another
  name of an actor already named in full ("التنظيم" after "تنظيم الدولة", "القاعدة" after
  "تنظيم القاعدة" or "بن لادن", "المقاومة" after "المقاومة الشعبية" in Yemen, a ``?X`` the
  country resolves); ``~X`` only with a glued ل ("للجزيرة", "لفرانس برس").
  Generic rows ("الجيش", "الدفاع المدني", "ناشطون") carry ``resolve``: the id they take once the
  article's country is known. The country is voted by the country-specific actors and the
  country words (سوريا، حلب، صنعاء …) of the article; a tie leaves it unknown.
- ``data/actor_patterns.tsv``: head words for groups that are not in the lexicon (لواء X، كتائب X،
  حركة X، جبهة X، جيش X، فيلق X، غرفة عمليات X، تجمع “X”), the words that stop a name, the context
  that makes a weak head ("حركة", "جبهة", "جيش") a group rather than a front line or a movement
  ("على جبهة تمتد", "حركة نزوح"), source cues ("المتحدث باسم X", "القيادي في X"), side words and
  affiliation phrases ("التابع للمعارضة", "المتهمين بموالاة تنظيم الدولة"), spelling variants and
  the country cues that decide the article's country.

Everything runs on ``doc.norm`` with one pass over its words (:class:`rasd.matcher.WordScanner`:
aliases, heads, cues, titles, nationality adjectives and country words in one table, whole words
with clitic prefixes as in :mod:`rasd.matcher`; each distinct word is looked up once and the
answer kept, and so is what a word yields before a given next word and the word after it);
evidence spans are mapped back to the article. Every later pass is n log n in the number of
matches (hostile inputs finish).

Unknown groups get ``kind='unknown_group'`` (``operations_room`` after غرفة عمليات), id
``unk:<normalised name>`` and side ``unknown`` unless context gives one: a side word or an
affiliation after the name, or a known actor next to it in the same list ("حركة أحرار الشام وحركة
X" -> opposition). An organisation named only by a spokesperson cue ("المتحدث باسم X") is an
unknown group with role ``source``.

Outlets named in quotes after their kind in a source context ("أعلن تلفزيون “المسيرة”"،
"لصحيفة “الأيام”": ``media`` heads of actor_patterns.tsv) are sources of kind ``media``, named
with their kind ("تلفزيون المسيرة"). A body named after a voice and في/من ("مصدر في قيادة شرطة
محافظة حلب"، "مسؤول في مستشفى “الأمل”": ``institution`` words up to a place, a definite word or a
quoted name) is a source of kind ``institution`` when the lexicon lacks it. A ``place_body`` word
in construct with a town or a governorate of the article ("وشرطة نينوى") names that place's body
(kind ``institution``), one per place; an ``office`` phrase before ل and a named actor ("المركز
الإعلامي لعملية البنيان المرصوص") is that actor, named with its office. Media named only as "وسائل
إعلام" are a voice only with an adjective that says whose ("وسائل إعلام عراقية").

People: lexicon people (kind ``person``), a title right before one of them ("وزير الخارجية الروسي
سيرغي لافروف" is Lavrov, not a second actor), and named speakers found by their attribution
("وقال هاني الخالد من كتائب ثوار الشام", "عضو المكتب السياسي في حركة Y، ياسر اليوسف،",
"الرائد ياسر عبد الرحيم، قائد …"): id ``person:<normalised name>``, role ``source``, ``parent``
and side from the organisation named with them.

Coordinated adjectives name several actors: "الغارات السورية والروسية" gives the Syrian and the
Russian air forces (the second with the whole phrase as evidence).

Nationality adjectives (``data/actor_nationalities.tsv``) after an attack noun (``attack_noun``
rows: غارات، قصف، طائرات، قوات، مدفعية …, with ``attack_modifier`` words between: جوية، مدفعي،
بدون طيار …) name that country's forces, the noun, modifiers and adjective agreeing in
definiteness: "غارات جوية روسية" is the Russian air force, "قصف إسرائيلي" the Israeli army,
"المدفعية التركية والإيرانية" Turkish and Iranian forces; "الشركة الروسية" is nobody, nor is
"طائرات روسية الصنع" (made in Russia). The same adjective right after a generic name (a row
without a country) completes it: "قوات الشرطة العراقية" is Iraq's forces, "سلاح الجو الروسي" the
Russian air force, "سلاح الجو الليبي" the generic row's Libyan actor (Libya, Yemen and Sudan have
adjectives that name no forces of their own), "مسؤول أمني ليبي" the same unnamed voice.

A name of several words that starts without the article never takes one: "المرصد أفاد" (the
observatory reported) is not the Iraqi monitor "مرصد أفاد".

A name completed by what follows it: adjectives of a group (``group_adjective`` rows: "الفصائل
الإسلامية والمقاتلة" is one name); a loyalty phrase with a pronoun ("قوات النظام والمسلحين الموالين
لها": the pronoun names the nearest earlier actor of known side, in the list or the sentence, and a
generic group before it becomes a group of that side named with the whole phrase); a hedge between
an attack noun and a nationality ("طائرات حربية يعتقد أنها روسية" is the Russian air force).

Civil voices counted as victims ("مقتل ناشط إعلامي", "بينهم … وناشط إعلامي وعنصران من الدفاع
المدني"): the person is no actor at all; the body stays (later stages read its side) but is no
source unless the article also quotes it or names it otherwise.

A leader cue after a group ("طيران التحالف بقيادة السعودية", "التحالف الذي تقوده السعودية")
names the group's leader: the leader is no actor of its own but the group's ``led_by``, and a
generic group resolves by the leader's country (the Saudi-led coalition, whatever the article's
country).

For later stages (casualties, events, attribution):

- every :class:`Actor` has ``mentions_norm``: the ``(start, end)`` ranges of its mentions in
  ``doc.norm`` (the name itself, clitic excluded);
- :func:`actor_at(doc, start, end) <actor_at>` returns the actors mentioned inside a range of
  ``doc.norm`` (a clause, a sentence), in text order;
- :func:`mentions(doc) <mentions>` lists every mention as ``(start, end, actor)`` in text order.

An actor's JSON (``Actor.to_json``): ``id, name_ar, name_en, canonical, kind, side, role, country,
parent, quoted, mentions, aliases, led_by, evidence``; ``name_ar`` is the form written most often, without
its clitic; ``mentions`` counts the evidence spans. ``quoted`` is true when the article attributes words to it
("قالت غرفة عمليات فتح حلب", "المتحدث باسم X"); ``aliases`` are the distinct forms as written.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter, namedtuple
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, islice
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from .clitics import PREFIXES as _CLITIC_PREFIXES, split as split_clitic
from .lexicon import data_path, load_table, load_words
from .matcher import is_letter
from .document import Span
from .furniture import DATELINE_CLOSE
from .attribution import place_mentions
from .places import context as place_context
from .normalize import char_positions, normalize, one_line
from .numbers import count_words, ordinal_words
from .matcher import WordScanner, doc_words

_WORD_RE = re.compile(r"\w+")
_PREFIXES = _CLITIC_PREFIXES
_START = attrgetter("start")
_VALUE = attrgetter("value")
_KEY = attrgetter("key")
_END = attrgetter("end")

# the countries whose actors' mentions vote for the article's country: those with country_cue
# rows in data/actor_patterns.tsv (Syria, Iraq … and the wars outside the Arab world)
VOTING = frozenset(r["value"] for r in load_table("actor_patterns.tsv") if r["type"] == "country_cue")
_WORD = re.compile(r"[^\s\"'()\[\]،,.:؛;!?؟«»\-–—/]+")
_GAP_LIST = re.compile(r"^[\s،,]*(?:و\s*)?[\s،,]*$")
_COORD = re.compile(r"\s*و(\S+)")


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
    parent: str | None = None                              # people: the actor they lead/speak for
    quoted: bool = False
    evidence: list = field(default_factory=list)           # Span objects, text order
    mentions_norm: list = field(default_factory=list)      # (start, end) in doc.norm
    aliases: list = field(default_factory=list)            # distinct surfaces as written
    led_by: str | None = None                              # "التحالف بقيادة السعودية": the leader's id

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
            "parent": self.parent,
            "quoted": self.quoted,
            "mentions": self.mentions,
            "aliases": list(self.aliases),
            "led_by": self.led_by,
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
    parent: str = ""


@dataclass
class Lexicon:
    rows: dict                      # id -> Row
    aliases: dict                   # normalised alias -> list[(row id, mode '' | '?' | '^', lam)]
    auto: Any                       # one automaton: aliases, heads, cues, affiliations, country words
    heads: dict                     # normalised head -> strength
    head_kind: dict
    not_name: frozenset
    name_end: frozenset
    group_context: frozenset
    front_context: frozenset
    side_words: dict
    base_context: frozenset = frozenset()
    nation_not_after: frozenset = frozenset()
    attack_nouns: dict = field(default_factory=dict)   # noun (and its definite form) -> air | ground
    attack_mods: frozenset = frozenset()
    date_words: frozenset = frozenset()   # never part of a person's name (أمس، الخميس، يوم، نيسان)
    source_only: frozenset = frozenset()  # "!X" aliases: only in a source context
    unit_types: frozenset = frozenset()   # "اللواء 21 مشاة": a numbered unit's type word
    source_before: frozenset = frozenset()  # words that make a name after them a quoted source
    made_in: frozenset = frozenset()      # "المصنوعة": the countries listed after it made a thing
    located_before: frozenset = frozenset()  # "في"، "جنوبي" (place locators too): a foreign state after it is a place
    border_words: frozenset = frozenset()    # "الحدودية": "مع X"/"لX" after it is a place
    voice_in: frozenset = frozenset()     # "ضابط في X" after a speech verb: a source of its own
    voice_bodies: frozenset = frozenset()  # "أعلن مستشفى مصراتة": a hospital quoted, a medical voice
    forces_titles: frozenset = frozenset()   # "قوات اللواء X"، "قوات الرئيس X": X's forces
    title_adjectives: frozenset = frozenset()  # "المتقاعد"، "المخلوع": after such a title
    ranks: frozenset = frozenset()        # military ranks: "وقال العقيد X" names the speaker
    place_titles: frozenset = frozenset()  # titles of a place's office: "محافظ حمص طلال البرازي"
    back_pronouns: frozenset = frozenset()  # "لها" after "الموالين": an earlier actor
    ally_adjectives: frozenset = frozenset()  # "الموالية" + "لها": the phrase is the name
    back_pronoun_re: Any = None              # the back pronouns as one whole-word pattern
    group_adjs: frozenset = frozenset()     # "الإسلامية", "المقاتلة": complete a generic group's name
    voice_adjs: frozenset = frozenset()     # "ميدانية", "طبية", the nationality adjectives:
    # complete an unnamed source's name
    nation_hedges: dict = field(default_factory=dict)  # last word -> hedge phrases ("يعتقد انها")
    victim_cues: dict = field(default_factory=dict)    # "مقتل", "بينهم" (list) before a victim
    victim_members: frozenset = frozenset()            # "عنصران" (من الدفاع المدني)
    institutions: dict = field(default_factory=dict)   # "شرطة" -> (side, opens a name)
    media_adjs: frozenset = frozenset()     # "التلفزيونية", "الفضائية": after an outlet's name
    offices: tuple = ()     # "المركز الإعلامي": an actor's office named with ل before its name
    place_bodies: dict = field(default_factory=dict)   # "شرطة" -> side: "شرطة نينوى" is a body
    max_head_words: int = 2
    infos: dict = field(default_factory=dict)     # alias key -> _AliasInfo (filled on use)
    no_name_start: dict = field(default_factory=dict)
    no_name_word: dict = field(default_factory=dict)
    _attack_word: dict = field(default_factory=dict)
    _attack_last: frozenset | None = None
    _made_in_re: Any = None     # the made-in words' cores (see made_in_possible)
    group_rids: frozenset = frozenset()   # rows of armed groups (_GROUP_KINDS)
    victim_rids: frozenset = frozenset()  # civil voices that may be counted as victims (_VICTIM_KINDS)
    group_adj_forms: frozenset = frozenset()  # group adjectives with and without ال and و
    group_adj_heads: frozenset = frozenset()  # their first five letters
    parents: dict = field(default_factory=dict)   # row id -> parent, for the rows that have one
    actor_args: dict = field(default_factory=dict)  # row id -> Actor's arguments after the name
    votes: dict = field(default_factory=dict)     # alias key -> its country vote (filled on use)
    alias_ids: dict = field(default_factory=dict)  # a name's text -> the ids it names as an alias
    plain_reading: dict = field(default_factory=dict)  # alias key -> (id, weak) | None (filled on use)

    def made_in_possible(self, text: str) -> bool:
        """Whether some made-in word may stand in ``text`` (a word holds its form without ال:
        "صنع" in "وصنع", "المصنوعة" and "للمصنوعة" hold "مصنوعه"): else no name is "made in"."""
        cores = self._made_in_re
        if cores is None:
            cores = {w[2:] if w.startswith("ال") and len(w) > 2 else w for w in self.made_in}
            # a word holding another holds its core too: the shortest cores suffice
            cores = self._made_in_re = tuple(sorted(
                c for c in cores if not any(o != c and o in c for o in cores)))
        for c in cores:
            if c in text:
                return True
        return False

    def maybe_attack(self, word: str) -> bool:
        """Whether a word may end an attack noun or modifier (its clitic aside; cached)."""
        r = self._attack_word.get(word)
        if r is None:
            last = self._attack_last
            if last is None:
                last = self._attack_last = frozenset(
                    f.rsplit(" ", 1)[-1] for f in list(self.attack_nouns) + list(self.attack_mods))
            r = word in last or any(
                word[k:] in last or ("ال" + word[k:]) in last
                for k in range(1, min(5, len(word) - 1)) if word[:k] in _PREFIXES)
            if len(self._attack_word) > 200_000:
                self._attack_word.clear()
            self._attack_word[word] = r
        return r

    def info(self, key: str) -> "_AliasInfo":
        """What an alias key can name (cached per key; ``infos[key]`` is the same, faster)."""
        return self.infos[key]

    def __post_init__(self) -> None:
        self.parents = {rid: row.parent for rid, row in self.rows.items() if row.parent}
        self.group_rids = frozenset(rid for rid, row in self.rows.items() if row.kind in _GROUP_KINDS)
        self.group_adj_forms = frozenset(
            f for a in self.group_adjs for c in (a, a[2:] if a.startswith("ال") else a)
            for f in (c, "و" + c))
        self.group_adj_heads = frozenset(f[:5] for f in self.group_adj_forms)
        self.victim_rids = frozenset(rid for rid, row in self.rows.items()
                                     if row.role == "source" and row.kind in _VICTIM_KINDS)
        # Actor(id, name_ar, *actor_args[id]) for a lexicon actor
        self.actor_args = {rid: (row.name_en or None, row.kind, row.side, row.role,
                                 row.name_ar or None, row.country or None, row.parent or None)
                           for rid, row in self.rows.items()}
        self.infos = _InfoCache()
        self.infos.lex = self
        self.votes = _Votes()
        self.votes.lex = self
        self.alias_ids = _AliasIds()
        self.alias_ids.lex = self
        self.plain_reading = _PlainReading()
        self.plain_reading.lex = self
        self.no_name_start = _NoNameStart()
        self.no_name_start.lex = self
        self.no_name_word = _NoNameWord()
        self.no_name_word.lex = self


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
    source_only: set[str] = set()
    pats = load_table("actor_patterns.tsv")
    variants = [[normalize(v) for v in p["pattern"].split("|")] for p in pats if p["type"] == "variant"]
    for r in load_table("actors.tsv"):
        rid = r["id"]
        if rid not in rows:
            rows[rid] = Row(rid, r["role"] or "actor", r["kind"] or "unknown", r["side"] or "unknown",
                            r["country"], r["name_en"], r["name_ar"], _parse_resolve(r.get("resolve", "")),
                            r.get("parent", ""))
        for a in r["aliases_ar"].split("|") + [r["name_ar"]]:
            a = a.strip()
            if not a:
                continue
            ctx, lam, src_only = "", False, False
            while a[:1] in ("?", "^", "~", "!"):
                if a[0] == "~":
                    lam = True
                elif a[0] == "!":
                    src_only = True
                else:
                    ctx = a[0]
                a = a[1:]
            key = " ".join(normalize(a).split())
            for form in _expand_variants(key, variants):
                if src_only:
                    source_only.add(form)
                lst = aliases.setdefault(form, [])
                if not any(p[0] == rid for p in lst):
                    lst.append((rid, ctx, lam))
    entries: list[tuple[str, Any]] = [(k, ("alias", k)) for k in aliases]
    heads, head_kind, sets, side_words = {}, {}, {}, {}
    attack_nouns: dict[str, str] = {}
    attack_mods: set[str] = set()
    hedges: dict[str, list] = {}
    victim_cues: dict[str, str] = {}
    institutions: dict[str, tuple] = {}
    place_bodies: dict[str, str] = {}
    for p in pats:
        t, pat, val = p["type"], normalize(p["pattern"]), p["value"]
        if t == "head":
            heads[pat] = val
            entries.append((pat, ("head", pat)))
        elif t == "head_kind":
            head_kind[pat] = val
        elif t in ("not_name", "name_end", "group_context", "front_context", "source_before",
                   "unit_type", "made_in", "located_before", "border_word", "voice_in",
                   "base_context", "voice_body", "forces_title", "title_adjective"):
            sets.setdefault(t, set()).add(pat)
        elif t == "side_word":
            side_words[pat] = val
        elif t == "source_cue":
            entries.append((pat, ("cue", val)))
        elif t == "affiliation":
            entries.append((pat, ("affil", pat)))
        elif t == "country_cue":
            entries.append((pat, ("country", val)))
        elif t == "person_title":
            entries.append((pat, ("ptitle", pat)))
            if val == "rank":
                sets.setdefault("rank", set()).add(pat)
            elif val == "of_place":
                sets.setdefault("of_place", set()).add(pat)
        elif t == "person_role":
            entries.append((pat, ("prole", pat)))
        elif t == "speech_verb":
            entries.append((pat, ("speech", pat)))
        elif t == "not_actor":
            entries.append((pat, ("block", pat)))
        elif t == "attack_noun":
            for form in _with_article(" ".join(pat.split())):
                attack_nouns[form] = val
        elif t == "attack_modifier":
            for form in _with_article(" ".join(pat.split())):
                attack_mods.add(form)
        elif t == "place_body":
            place_bodies[pat] = val
        elif t in ("nation_not_after", "back_pronoun", "group_adjective", "victim_member",
                   "ally_adjective", "voice_adjective", "office", "media_adjective"):
            sets.setdefault(t, set()).add(" ".join(pat.split()))
        elif t == "nation_hedge":
            ph = tuple(pat.split())
            hedges.setdefault(ph[-1], []).append(ph)
        elif t == "victim_cue":
            victim_cues[pat] = val
        elif t == "leader_cue":
            entries.append((pat, ("leader", pat)))
        elif t in ("institution", "institution_part"):
            institutions[pat] = (val if val not in ("", "-") else "unknown", t == "institution")
    nation_adjs = set()     # (they complete an unnamed source's name too: "مصادر أمنية عراقية")
    for r in load_table("actor_nationalities.tsv"):
        nation_adjs.update(normalize(a.strip().lstrip("+")) for a in r["adjectives"].split("|"))
        if r["forces"] in ("", "-"):
            # the adjective only completes a generic name ("سلاح الجو الليبي"), naming no forces
            ids = (None, None, r["country"])
        else:
            ids = (r["forces"], r.get("air_force") or r["forces"], r["country"])
            if not all(i in rows for i in ids[:2]):
                raise ValueError(f"actor_nationalities.tsv: {r['country']}: unknown actor id in {ids}")
        for adj in r["adjectives"].split("|"):
            adj = adj.strip()
            if adj.startswith("+"):
                # "+سورية": also a country's name; an adjective only after a modifier
                # ("طائرات حربية سورية") or coordinated ("غارات روسية وسورية")
                form = " ".join(normalize(adj[1:]).split())
                for v in _expand_variants(form, variants):
                    entries.append((v, ("nation", ids + (True,))))
                continue
            for form in _with_article(" ".join(normalize(adj).split())):
                for v in _expand_variants(form, variants):
                    entries.append((v, ("nation", ids)))
    auto = _automaton(entries)
    auto.lam_only = frozenset(k for k, cands in aliases.items() if all(lam for _r, _c, lam in cands))
    return Lexicon(
        rows=rows, aliases=aliases, auto=auto, heads=heads, head_kind=head_kind,
        not_name=frozenset(sets.get("not_name", ())), name_end=frozenset(sets.get("name_end", ())),
        group_context=frozenset(sets.get("group_context", ())),
        front_context=frozenset(sets.get("front_context", ())), side_words=side_words,
        base_context=frozenset(sets.get("base_context", ())),
        nation_not_after=frozenset(sets.get("nation_not_after", ())),
        attack_nouns=attack_nouns, attack_mods=frozenset(attack_mods),
        date_words=_date_words(), source_only=frozenset(source_only),
        unit_types=frozenset(sets.get("unit_type", ())),
        made_in=frozenset(sets.get("made_in", ())),
        located_before=frozenset(sets.get("located_before", ())) | place_context().locator_before,
        border_words=frozenset(sets.get("border_word", ())),
        voice_in=frozenset(sets.get("voice_in", ())),
        voice_bodies=frozenset(sets.get("voice_body", ())),
        forces_titles=frozenset(sets.get("forces_title", ())) | frozenset(sets.get("rank", ())),
        title_adjectives=frozenset(sets.get("title_adjective", ())),
        ranks=frozenset(sets.get("rank", ())),
        place_titles=frozenset(sets.get("of_place", ())),
        source_before=frozenset(sets.get("source_before", ())),
        back_pronouns=frozenset(sets.get("back_pronoun", ())),
        back_pronoun_re=re.compile("(?:" + "|".join(re.escape(w) for w in sorted(
            sets.get("back_pronoun", ()), key=len, reverse=True)) + r")(?![\w])"),
        ally_adjectives=frozenset(sets.get("ally_adjective", ())),
        group_adjs=frozenset(sets.get("group_adjective", ())),
        voice_adjs=frozenset(sets.get("voice_adjective", ())) | frozenset(
            a for a in nation_adjs if " " not in a),
        nation_hedges={k: sorted(v, key=len, reverse=True) for k, v in hedges.items()},
        victim_cues=victim_cues, victim_members=frozenset(sets.get("victim_member", ())),
        institutions=institutions,
        media_adjs=frozenset(sets.get("media_adjective", ())),
        offices=tuple(sorted(sets.get("office", ()), key=len, reverse=True)),
        place_bodies=place_bodies,
    )


# date_words.tsv categories whose words are never part of a person's name; a part of the day is
# one unless its note says it is a given name too ("صباح"، "فجر")
_DATE_NAME_STOPS = ("weekday", "relday", "tonight", "night", "period", "unit", "dayword",
                    "monthword", "yearword")


def _name_stop(cols: list) -> bool:
    """Is a date_words.tsv row (form, category, value, note) a word no person's name holds?"""
    cat = cols[1].strip() if len(cols) > 1 else ""
    if cat == "daypart":
        return (cols[3].strip() if len(cols) > 3 else "") != "given name"
    return cat in _DATE_NAME_STOPS


def _date_words() -> frozenset:
    """Weekdays, relative days, date units and month names (data/date_words.tsv, months.tsv):
    a person's name stops before them ("أفاد المرصد أمس الخميس"; "اعتقلت اليوم")."""
    out = set()
    for name, keep in (("date_words.tsv", _name_stop), ("months.tsv", None)):
        for line in data_path(name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")     # form, category (date words) or month number (months)
            if keep is not None and not keep(cols):
                continue
            out.update(w for w in normalize(cols[0]).split()
                       if len(w) > 1 and (keep is not None or not w.startswith("ال")))
    return frozenset(out)


def _with_article(form: str) -> tuple:
    """A word or phrase and its definite form ("غارات", "الغارات"; "سفن حربية", "السفن
    الحربية"); a form already definite, or a phrase holding a preposition ("بدون طيار"), as it
    is."""
    words = form.split()
    if not words or words[0].startswith("ال") or any(w in _NO_ARTICLE for w in words):
        return (form,)
    return (form, " ".join("ال" + w for w in words))


_NO_ARTICLE = frozenset(("بدون", "دون", "من", "طيار"))


_TYPES = ("alias", "head", "cue", "affil", "country", "ptitle", "prole", "speech", "block",
          "nation", "leader")


class _Templates(dict):
    """word -> what :func:`_scan` does with it, or () when no pattern starts in it (filled on
    first sight of a word, like the scanner's own table; see :meth:`_Patterns._templates`)."""

    __slots__ = ("patterns",)

    def __missing__(self, word):
        if len(self) > 400_000:
            self.clear()
        r = self[word] = self.patterns._templates(word)
        return r


class _NextWord(dict):
    """What one word yields, by the word after it (when one space separates them):
    next word -> a :meth:`_Patterns._result`; ``default`` for any other next word. Filled on
    first sight of a pair; never empty (the key "" stands for ``default``), so that it counts as
    a hit in :func:`_scan`'s first pass."""

    __slots__ = ("default", "patterns", "word", "by_second", "odd", "singles")

    def __missing__(self, nxt):
        if len(self) > 1000:   # a long-running process: stay bounded
            self.clear()
            self[""] = self.default
        cs = self.by_second.get(nxt)
        if cs is None:
            r = self.default
        else:
            odd = self.odd
            r = self.patterns._result(self.word, nxt, sorted(cs + odd, key=_order) if odd else cs,
                                      *self.singles)
        self[nxt] = r
        return r


def _order(c) -> tuple:
    """Leftmost-longest among the phrase candidates of one word (as :mod:`rasd.matcher` orders
    them): the furthest end, then the earliest start, a plain match before a لل one."""
    k, off, _key, rest, lil = c
    return (-(k + len(rest)) if rest is not None else 0, off, lil)


def _lam_in_word(word: str, off: int, key: str) -> bool | None:
    """:func:`_lam_at` for a name starting ``off`` letters into ``word``, from the word alone
    (None when the answer depends on the text after the word)."""
    if len(word) - off < 2:
        return None
    return "ل" in word[:off] or (key.startswith("ال") and word.startswith("لل", off))


class _Patterns:
    """Every pattern of the stage (aliases, heads, cues, affiliations, country words …) with its
    slots ``((type index, value), …)``, looked up word by word (:class:`rasd.matcher.WordScanner`:
    the matching rules of :class:`rasd.matcher.Matcher`, one pass over the words of the text)."""

    def __init__(self, entries):
        table: dict[str, dict] = {}
        for pattern, (t, v) in entries:
            key = " ".join(normalize(pattern).split())
            if key:
                table.setdefault(key, {})[_TYPES.index(t)] = v
        self.slots = {k: tuple(v.items()) for k, v in table.items()}
        self.scanner = WordScanner(self.slots)
        self.templates = _Templates()
        self.templates.patterns = self
        self.lam_only = frozenset()   # alias keys that only count with a glued ل (set by lexicon())

    def _phrase(self, word: str, cand) -> tuple:
        """A phrase candidate ``(k, off, key, rest, lil)`` of ``word`` as :func:`_scan` uses
        it: ``(k, rest, len(rest), off, selected slots, other slots)``, its prefix and the
        slots' types worked out once (a nationality adjective stands only alone or after و)."""
        k, off, key, rest, _lil = cand
        prefix = word[:off]
        sel, emits = [], []
        # an article before a name of several words that starts without one: "المرصد أفاد" (the
        # observatory reported) is not "مرصد أفاد" (a construct never takes the article)
        no_alias = prefix[-2:] in ("ال", "لل") and " " in key and not key.startswith("ال")
        for i, v in self.slots[key]:
            if no_alias and i == _ALIAS:
                continue
            if i in _SELECTED:
                sel.append((i, off, key, v, prefix, i == _ALIAS and key in self.lam_only))
            elif not (i == _NATION and prefix not in ("", "و")):
                emits.append((i, off, key, v, prefix, k))
        return k, rest, len(rest), off, tuple(sel), tuple(emits)

    def _templates(self, word: str):
        """What :func:`_scan` does with ``word``:

        - ``()`` when no pattern starts in it;
        - the country of a word that is a country word and nothing else (a str);
        - a list of one-word hits ``(type, off, key, value, prefix, k)`` when nothing else
          starts in it (country words, cues, speech verbs);
        - else a :class:`_NextWord`: what the word yields, by the word after it.
        """
        cands = self.scanner._cache[word]
        if not cands:
            return ()
        singles, by_second, odd = cands
        other, names, heads = [], [], []
        for k, off, key, _rest, lil in singles:
            prefix = word[:off]
            for i, v in self.slots[key]:
                if i == _NATION and prefix not in ("", "و"):
                    continue    # "الروسي" is the adjective itself, not ال + "روسي"
                if i == _HEAD:
                    heads.append((i, off, key, v, prefix))
                elif i in _SELECTED:
                    names.append((i, off, key, v, prefix))
                else:
                    other.append((i, off, key, v, prefix, k))
        if not other and not names and not heads and not odd and not by_second:
            return ()
        if not names and not heads and not by_second and not odd:
            if len(other) == 1 and other[0][0] == _COUNTRY and type(other[0][3]) is str \
                    and other[0][3]:
                return other[0][3]   # a country word alone: its country (a vote)
            return other     # one-word hits only (a list): country words, cues, speech verbs
        nw = _NextWord()
        nw.patterns, nw.word, nw.by_second, nw.odd = self, word, by_second, odd
        nw.singles = (tuple(other), tuple(names), heads[0] if heads else None)
        nw.default = nw[""] = self._result(word, None, odd, *nw.singles)
        return nw

    def _result(self, word: str, nxt: str | None, cands, other, names, head1):
        """What ``word`` yields before ``nxt`` (None: before no word of its phrases), its
        phrase candidates ``cands`` (best first) and its one-word hits given:

        - what :meth:`_settle` gives when every phrase is two words ending with ``nxt`` (they
          stand, the words being whole ``\\w+`` runs): None or ``(hits, alias, head)``;
        - a :class:`_ThirdWord` when the others are three words each (``\\w+`` runs): what the
          word yields by the word after ``nxt``;
        - else a list ``[phrases, fixed, one-word hits, one-word names, head]``: the phrases
          (as :meth:`_phrase` gives them) that :func:`_scan` tries against the text, and, when
          the rest is settled and ends before them, ``fixed``: that rest as :meth:`_settle`
          gives it (then nothing else); else ``fixed`` is None and the one-word hits follow.
        """
        phrases = tuple(self._phrase(word, c) for c in cands)
        dynamic = [phrases, None, other, names, head1]
        pair = word + " " + nxt if nxt is not None else None

        cut = len(phrases)
        for j, p in enumerate(phrases):
            if pair is not None and p[1] == pair[p[0]:]:
                cut = j
                break
        tried, settled = phrases[:cut], phrases[cut:]
        if not all(p[1] == pair[p[0]:] for p in settled):
            return dynamic
        if tried and settled and tried[-1][0] + tried[-1][2] <= settled[0][0] + settled[0][2]:
            return dynamic      # the phrases tried must all end after the settled ones
        fixed = self._settle(word, settled, other, names, head1)
        if fixed is _DYNAMIC:
            return dynamic
        if not tried:
            return fixed
        if pair is None:
            return [tried, fixed, (), (), None]
        # three-word phrases: the word after next decides
        thirds: dict = {}
        for p in tried:
            rest = p[1]
            head = pair[p[0]:] + " "
            third = rest[len(head):]
            if not rest.startswith(head) or _WORD_RE.fullmatch(third) is None:
                return [tried, fixed, (), (), None]
            thirds.setdefault(third, []).append(p)
        out = _ThirdWord()
        out.default = fixed
        for third, ps in thirds.items():
            r = self._settle(word, tuple(ps) + settled, other, names, head1)
            if r is _DYNAMIC:
                return [tried, fixed, (), (), None]
            out[third] = r
        return out

    def _settle(self, word: str, phrases, other, names, head1):
        """What ``word`` yields when the phrases given (as :meth:`_phrase` gives them, best
        first) all stand: None for nothing, ``_DYNAMIC`` when a ``~X`` alias cannot answer
        from the word alone, else ``(hits, alias, head)``, offsets from the word's start: hits
        ``(type, off, end, key, value, prefix, key start)`` in the order :func:`_scan` reports
        them, the leftmost-longest alias or not_actor phrase ``(off, end, key, value, prefix,
        is an alias)`` and head ``(off, end, key, value, prefix)`` (None when there is none)."""
        te = len(word)
        hits, best, best_h = [], None, None
        best_end = best_h_end = -1
        for k, rest, lr, off, sel, emits in phrases:
            end = k + lr
            for c in sel:
                i = c[0]
                if i == _HEAD:
                    if best_h is None or end > best_h_end:
                        best_h, best_h_end = c, end
                    continue
                if best is not None and (end < best_end or i != _BLOCK or best[0] == _BLOCK):
                    continue
                if c[5]:
                    lam = _lam_in_word(word, off, c[2])
                    if lam is None:
                        return _DYNAMIC
                    if not lam:
                        continue
                best, best_end = c, end
            for i, _off, key, v, prefix, _k in emits:
                hits.append((i, off, end, key, v, prefix, k))
        for i, off, key, v, prefix, k in other:
            hits.append((i, off, te, key, v, prefix, k))
        if best is None:
            for c in names:
                if best is not None and (c[0] != _BLOCK or best[0] == _BLOCK):
                    continue
                if c[0] == _ALIAS and c[2] in self.lam_only:
                    lam = _lam_in_word(word, c[1], c[2])
                    if lam is None:
                        return _DYNAMIC
                    if not lam:
                        continue
                best, best_end = c, te
        if best_h is None and head1 is not None:
            best_h, best_h_end = head1, te
        alias = head = None
        if best is not None:
            alias = (best[1], best_end, best[2], best[3], best[4], best[0] == _ALIAS)
        if best_h is not None:
            head = (best_h[1], best_h_end, best_h[2], best_h[3], best_h[4])
        if not hits and alias is None and head is None:
            return None
        return tuple(hits), alias, head


_DYNAMIC = object()   # _Patterns._settle: the text must be read


class _ThirdWord(dict):
    """What one word yields before a given next word, by the word after that (when one space
    separates each): third word -> :meth:`_Patterns._settle`'s answer; ``default`` when none
    of the three-word phrases stands."""

    __slots__ = ("default",)


def _automaton(entries):
    return _Patterns(entries)


Hit = namedtuple("Hit", "text_start start end key value prefix")
_new_hit = tuple.__new__


_hit_order = itemgetter(0)
_second = itemgetter(1)


def _scan(auto: _Patterns, text: str, words: tuple | None = None, lex: "Lexicon | None" = None) -> list:
    """Whole-word matches, clitic prefixes allowed on the first word (the rules of
    :class:`rasd.matcher.Matcher`). Returns one list per pattern type (see ``_TYPES``):

    - aliases and heads: leftmost-longest, in text order (a not_actor phrase wins a tie with an
      alias and is then dropped: "بحماس" is "with enthusiasm"; an alias that only counts with a
      glued ل, "~X", takes no part without one); blocks: empty (they are applied here);
    - nationality adjectives and leader cues: every hit, in text order;
    - country words: their values only (they are counted);
    - the others: every hit, in the order of their ends (the longer first at one end), as an
      automaton reports them.

    What a word yields before a given next word is worked out once (:class:`_NextWord`); only
    longer phrases are tried against the text.
    """
    if words is None:
        words = _words_of(text)
    starts, ends, texts = words
    out = ([], [], [], [], [], [], [], [], [], [], [])
    # the types reported in the order of their ends: (end, key start - end) and the hit
    ordered = ([], [], [], [], [], [], [], [], [], [], [])
    nw = len(starts)
    n = len(text)
    countries = out[_COUNTRY]
    aliases, heads = out[_ALIAS], out[_HEAD]
    text_order = _TEXT_ORDER
    new_hit = _new_hit
    startswith = text.startswith
    al_last = hd_last = -1

    def record(i: int, ts: int, start: int, end: int, key, v, prefix: str, order: int) -> None:
        """One hit of type ``i``: a country is counted, a text-order type kept as found, the
        others sorted later by (end, ``order``)."""
        if i == _COUNTRY:
            countries.append(v)
        elif i in text_order:
            out[i].append(new_hit(Hit, (ts, start, end, key, v, prefix)))
        else:
            ordered[i].append(((end, order), new_hit(Hit, (ts, start, end, key, v, prefix))))

    tm = list(map(auto.templates.__getitem__, texts))
    nexts = list(islice(texts, 1, None))
    nexts.append("")

    next_word = _NextWord
    for wi, tmpl in compress(enumerate(tm), tm):
        if tmpl.__class__ is not next_word:     # (the usual case first)
            if tmpl.__class__ is str:
                countries.append(tmpl)    # a country word
                continue
            # one-word hits only (a list): no name or head starts here
            ts = starts[wi]
            te = ends[wi]
            for i, off, key, v, prefix, k in tmpl:
                # record(i, ts, ts + off, te, key, v, prefix, ts + k - te), inlined
                if i == _COUNTRY:
                    countries.append(v)
                elif i in text_order:
                    out[i].append(new_hit(Hit, (ts, ts + off, te, key, v, prefix)))
                else:
                    ordered[i].append(((te, ts + k - te), new_hit(Hit, (ts, ts + off, te, key, v, prefix))))
            continue
        # what the word yields before the next word ("" after the last one: the default);
        # nothing before it, nothing at all
        r = tmpl[nexts[wi]]
        if r is None:
            continue
        te = ends[wi]
        if r is not tmpl.default and (starts[wi + 1] != te + 1 or text[te] != " "):
            r = tmpl.default    # the next word does not follow after one space
            if r is None:
                continue
        if r.__class__ is _ThirdWord:
            # three-word phrases: the word after next (after one space) decides
            j = wi + 2
            e1 = ends[wi + 1]
            if j < nw and starts[j] == e1 + 1 and text[e1] == " ":
                r = r.get(texts[j], r.default)
            else:
                r = r.default
            if r is None:
                continue
        ts = starts[wi]
        if r.__class__ is tuple:
            hits, alias, head = r
            for i, off, end, key, v, prefix, k in hits:
                # record(i, ts, ts + off, ts + end, key, v, prefix, k - end), inlined
                if i == _COUNTRY:
                    countries.append(v)
                elif i in text_order:
                    out[i].append(new_hit(Hit, (ts, ts + off, ts + end, key, v, prefix)))
                else:
                    ordered[i].append(((ts + end, k - end), new_hit(Hit, (ts, ts + off, ts + end, key, v, prefix))))
            if alias is not None and ts >= al_last:
                al_last = ts + alias[1]
                if alias[5]:
                    aliases.append(new_hit(Hit, (ts, ts + alias[0], al_last, alias[2], alias[3], alias[4])))
            if head is not None and ts >= hd_last:
                hd_last = ts + head[1]
                heads.append(new_hit(Hit, (ts, ts + head[0], hd_last, head[2], head[3], head[4])))
            continue
        # longer phrases: try them against the text
        phrases, fixed, other, names, head1 = r
        do_alias = ts >= al_last
        do_head = ts >= hd_last
        # leftmost-longest: the candidates of one word share its start; the furthest end wins
        # (phrases come furthest first, one-word names all end with the word), a block before
        # an alias at the same end, then the order given (earliest start first)
        best = best_h = None
        best_end = best_h_end = -1
        for k, rest, lr, off, sel, emits in phrases:
            pos = ts + k
            if not startswith(rest, pos):
                continue
            end = pos + lr
            if end < n:
                ch = text[end]
                if ch.isalnum() or ch == "_":
                    continue
            for c in sel:
                i = c[0]
                if i == _HEAD:
                    if do_head and (best_h is None or end > best_h_end):
                        best_h, best_h_end = c, end
                    continue
                if not do_alias or (best is not None and (end < best_end or i != _BLOCK
                                                         or best[0] == _BLOCK)):
                    continue
                if c[5] and not _lam_at(text, ts, ts + off, c[2]):
                    continue
                best, best_end = c, end
            for i, _off, key, v, prefix, _k in emits:
                record(i, ts, ts + off, end, key, v, prefix, pos - end)
        if fixed is not None:
            # the two-word phrases and one-word hits, settled (all end before the phrases above)
            hits, alias, head = fixed
            for i, off, end, key, v, prefix, k in hits:
                record(i, ts, ts + off, ts + end, key, v, prefix, k - end)
            if best is None and alias is not None and do_alias:
                al_last = ts + alias[1]
                if alias[5]:
                    aliases.append(new_hit(Hit, (ts, ts + alias[0], al_last, alias[2], alias[3], alias[4])))
            if best_h is None and head is not None and do_head:
                hd_last = ts + head[1]
                heads.append(new_hit(Hit, (ts, ts + head[0], hd_last, head[2], head[3], head[4])))
        for i, off, key, v, prefix, k in other:
            record(i, ts, ts + off, te, key, v, prefix, ts + k - te)
        if do_alias:
            if best is None:
                for c in names:
                    if best is not None and (c[0] != _BLOCK or best[0] == _BLOCK):
                        continue
                    if c[0] == _ALIAS and c[2] in auto.lam_only and not _lam_at(text, ts, ts + c[1], c[2]):
                        continue
                    best, best_end = c, te
            if best is not None:
                al_last = best_end
                if best[0] == _ALIAS:
                    aliases.append(new_hit(Hit, (ts, ts + best[1], best_end, best[2], best[3], best[4])))
        if do_head:
            if best_h is None and head1 is not None:
                best_h, best_h_end = head1, te
            if best_h is not None:
                hd_last = best_h_end
                heads.append(new_hit(Hit, (ts, ts + best_h[1], best_h_end, best_h[2], best_h[3], best_h[4])))
    for i, lst in enumerate(ordered):
        if lst:
            lst.sort(key=_hit_order)
            out[i].extend(map(_second, lst))
    return out


_MADE_IN_WORDS = re.compile(r"[\u0621-\u064a]+")
_MADE_IN_LINK = frozenset(("في", "من", "و", "او"))


def _any_foreign(info, alias_ms: list) -> bool:
    """Does some name of ``alias_ms`` name foreign states only (what :func:`_made_in` may drop)?
    Asked before the text is searched for a made-in word (five searches of the whole text)."""
    for m in alias_ms:
        if info[m.value].foreign_only:
            return True
    return False


def _made_in(lex: "Lexicon", text: str, m) -> bool:
    """A foreign state named as the maker of a thing, alone or in a list: "القنابل المصنوعة
    ببلغاريا وصربيا وإيران", "صواريخ من صنع إيران": no actor. Only foreign_state rows; the words
    between the made-in word and the name must be a short list (names, و، في، من، commas)."""
    if not lex.infos[m.value].foreign_only:
        return False
    lo = max(0, m.text_start - 60)
    window = text[lo:m.text_start]
    if "\n" in window or "." in window:
        window = window[max(window.rfind("\n"), window.rfind(".")) + 1:]
    words = _MADE_IN_WORDS.findall(window)
    for k in range(len(words) - 1, max(-1, len(words) - 9), -1):
        if words[k] in lex.made_in or _strip_clitic(words[k]) in lex.made_in:
            between = words[k + 1:]
            # a list of names: every other word a name, none of them a link word run
            names = [w for w in between if w not in _MADE_IN_LINK]
            return len(names) <= 4
    return False


def _not_in_datelines(alias_ms: list, places: list, text: str) -> list:
    """Leave out a name standing as a dateline's country, between the city opening its line and
    the bracketed outlet: "دبي، الإمارات العربية المتحدة (CNN)- أكدت …" (a place, not an actor)."""
    after = {e for s, e, _ in places
             if text[e:e + 1] in "،," and not text[text.rfind("\n", 0, s) + 1:s].strip()}
    if not after:
        return alias_ms
    out = []
    for m in alias_ms:
        if DATELINE_CLOSE.match(text, m.end):
            j = m.text_start
            while j > 0 and text[j - 1] == " ":
                j -= 1
            if j - 1 in after:     # (the comma right after the city)
                continue
        out.append(m)
    return out


def _located(lex: "Lexicon", text: str, m, place_ends: set) -> bool:
    """A foreign state named as a place, not as an actor: after a preposition or direction
    word ("في إسرائيل"، "جنوبي تركيا"، "جنوب غربي روسيا"), after a border word and مع or a glued
    ل ("المعابر الحدودية مع تركيا"، "الحدود الجنوبية لتركيا"), or right after a place it holds
    ("مدينة جدة السعودية"). Only foreign_state rows (see :func:`_made_in`)."""
    ts = m.text_start
    prefix = text[ts:m.start]
    words = _MADE_IN_WORDS.findall(text, max(0, ts - 40), ts)
    if not words or text[ts - 1:ts] not in (" ", ""):
        return False
    last = words[-1]
    if "ب" not in prefix and "ل" not in prefix and (
            last in lex.located_before or _strip_clitic(last) in lex.located_before):
        return True
    if "ل" in prefix or last == "مع":
        near = words[-3:-1] if last == "مع" else words[-2:]
        if any(w in lex.border_words or _strip_clitic(w) in lex.border_words for w in near):
            return True
    # a place mention ending one space before the name
    return not prefix and ts - 1 in place_ends


_QUOTE_GAP = re.compile(r'[\s"،,:]*\Z')


def _source_context_only(lex: "Lexicon", text: str, alias_ms: list, cues: list, speech: list) -> list:
    """Drop the matches of "!X" aliases (outlets named like a place and a day: "بغداد اليوم")
    that stand outside a source context. A source context: a glued ل ("لبغداد اليوم"), quotes
    or brackets around the name, or a speech verb, a source cue ("وفق"، "نقلا عن") or a source_before word
    ("موقع"، "وكالة") right before it."""
    if lex.source_only.isdisjoint(map(_KEY, alias_ms)):
        return alias_ms     # the usual case: no "!X" alias in the article
    ends = sorted({h.end for h in cues} | {h.end for h in speech})
    out = []
    for m in alias_ms:
        if m.key not in lex.source_only or "ل" in m.prefix:
            out.append(m)
            continue
        ts = m.text_start
        if (text[ts - 1:ts] == '"' and text[m.end:m.end + 1] == '"') or \
                (text[ts - 1:ts] == "(" and text[m.end:m.end + 1] == ")"):
            # (in brackets: "وكالة الأنباء الكويتية (كونا)"، "لـ(كونا)"; not a name quoted after
            # a place's head: 'مدينة "كونا"' is the town of Konna)
            if not _after_word_of(text, ts - 1, _place_heads()):
                out.append(m)
            continue
        k = bisect_right(ends, ts) - 1
        if k >= 0 and ts - ends[k] <= 12 and _QUOTE_GAP.match(text, ends[k], ts):
            out.append(m)
            continue
        pw = _prev_word(text, ts)
        if pw and (pw in lex.source_before or pw[1:] in lex.source_before and pw[0] in "وفب"):
            out.append(m)
    return out


def _lam_at(text: str, ts: int, start: int, key: str) -> bool:
    """:func:`_has_lam` for a match of ``key`` at ``start`` whose word starts at ``ts``."""
    return "ل" in text[ts:start] or (key.startswith("ال") and text.startswith("لل", start))


_TEXT_ORDER = frozenset(_TYPES.index(t) for t in ("alias", "head", "block", "nation", "leader"))
_COUNTRY = _TYPES.index("country")
_NATION = _TYPES.index("nation")
_ALIAS = _TYPES.index("alias")
_HEAD = _TYPES.index("head")
_BLOCK = _TYPES.index("block")
_SELECTED = frozenset((_ALIAS, _HEAD, _BLOCK))


def _words_of(text: str) -> tuple:
    starts, ends, texts = [], [], []
    for m in _WORD_RE.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
        texts.append(m.group())
    return starts, ends, texts


# --------------------------------------------------------------------------- helpers


class _Index:
    """Mentions sorted by start and by end, for "which mention starts/ends near here" (bisect:
    no pass grows faster than n log n, whatever the input). The order by end is made on the
    first ``ending`` query (several passes only ask by start)."""

    __slots__ = ("by_start", "starts", "by_end", "ends", "_given")

    def __init__(self, mentions):
        self._given = given = tuple(mentions)
        starts = [m.start for m in given]
        if starts == sorted(starts):
            # (the usual case: given in text order, kept so by a stable sort)
            self.by_start = list(given)
        else:
            self.by_start = sorted(given, key=_START)
            starts = [m.start for m in self.by_start]
        self.starts = starts
        self.by_end = None

    def starting(self, lo: int, hi: int) -> list:
        return self.by_start[bisect_left(self.starts, lo):bisect_right(self.starts, hi)]

    def ending(self, lo: int, hi: int) -> list:
        if self.by_end is None:
            given = self._given
            ends = [m.end for m in given]
            if ends == sorted(ends):
                self.by_end = list(given)   # (the usual case: in order already)
            else:
                self.by_end = sorted(given, key=_END)   # ties in the given order
                ends = [m.end for m in self.by_end]
            self.ends = ends
        return self.by_end[bisect_left(self.ends, lo):bisect_right(self.ends, hi)]


class _Spans:
    """A growing set of (start, end) ranges with an overlap test (mostly disjoint ranges)."""

    __slots__ = ("s",)

    def __init__(self, spans=()):
        self.s = sorted(spans)

    @classmethod
    def of(cls, mentions) -> "_Spans":
        """The ranges of some mentions."""
        out = cls.__new__(cls)
        out.s = sorted([(m.start, m.end) for m in mentions])
        return out

    def add(self, a: int, b: int) -> None:
        insort(self.s, (a, b))

    def overlaps(self, a: int, b: int) -> bool:
        s = self.s
        i = bisect_left(s, (b, -1))
        # the (at most) three ranges that start last before b
        return (i > 0 and s[i - 1][1] > a) or (i > 1 and s[i - 2][1] > a) \
            or (i > 2 and s[i - 3][1] > a)


@dataclass(slots=True)
class _Mention:
    start: int          # name start in norm (clitic excluded)
    end: int
    rid: str            # row id (before resolution) or unk:...
    weak: bool = False           # a "?" alias, a generic or unidentified actor: gives way to names
    unknown: dict | None = None  # for unknown groups: kind, side, role
    coord: tuple | None = None   # (first words end, word start, word end) of a coordinated name
    leader: str | None = None    # "التحالف بقيادة السعودية": the row id of the group's leader
    nation: str | None = None    # "وزارة الصحة الإيرانية": the country of an adjective completing a generic name
    named: bool = False          # "قوات اللواء خليفة حفتر": a name of the row's own, though no alias


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
    while j > 0:
        ch = text[j - 1]
        if not (ch.isalnum() or ch == "_"):     # is_letter, inlined
            break
        j -= 1
    return text[j:i]


def _after_word_of(text: str, pos: int, words: frozenset) -> bool:
    """Is the word before ``pos`` one of ``words``, with or without its clitic ("على"، "وفي")?"""
    prev_raw = _prev_word(text, pos)
    return prev_raw in words or _strip_clitic(prev_raw) in words


def _strip_clitic(w: str) -> str:
    r = _STRIPPED.get(w)
    if r is None:
        r = w
        for pre in ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"):
            if w.startswith(pre) and len(w) - len(pre) >= 3:
                r = ("ال" + w[len(pre):]) if pre == "لل" else w[len(pre):]
                break
        if len(_STRIPPED) > 100_000:
            _STRIPPED.clear()
        _STRIPPED[w] = r
    return r


_STRIPPED: dict = {}   # word -> _strip_clitic(word)
_UNSET = object()


def _country(lex: Lexicon, alias_ms: list, country_ms: list) -> str | None:
    # the values of the country words and the aliases' votes
    votes = Counter(country_ms)
    votes.update(filter(None, map(lex.votes.__getitem__, map(_VALUE, alias_ms))))
    return _top_vote(votes)


def _top_vote(votes: Counter) -> str | None:
    """The country with the most votes, none on a tie (or with no vote)."""
    if not votes:
        return None
    n1 = max(votes.values())
    top = [c for c, n in votes.items() if n == n1]
    return top[0] if len(top) == 1 else None


_FATHATAN = "\u064b"


def _nisba_accusative(doc, text: str, m) -> bool:
    """"جنديًا تركيًا": a name ending in alef written with tanween (ـًا) is a nisba adjective in
    the accusative ("Turkish"), not the country تركيا; no name carries tanween (a phrase the
    lexicon lists in the accusative does: "مسلحا حوثيا")."""
    if not text.endswith("ا", m.start, m.end) or " " in text[m.start:m.end]:
        return False
    a, b = doc.normalized.to_original(m.start, m.end)
    return _FATHATAN in doc.text[max(a, b - 3):b + 1]


def _places_country(places) -> str | None:
    """The article's country told by its places alone, when no name or country word voted
    ("قصف الجيش الشعبي مدينة كادوقلي": Kadugli is in Sudan): the conflict country most of its
    places are in, none on a tie."""
    countries = (getattr(p, "country", None) for p in places)
    return _top_vote(Counter(c for c in countries if c in VOTING))


class _Votes(dict):
    """alias key -> the country its first plain reading votes for (``_AliasInfo.vote``)."""

    __slots__ = ("lex",)

    def __missing__(self, key):
        r = self[key] = self.lex.infos[key].vote
        return r


class _PlainReading(dict):
    """alias key -> ``(id, weak)`` when the key reads the same whatever the article (no glued-ل
    reading, no country-scoped one, a plain first reading), else None; cached per key."""

    __slots__ = ("lex",)

    def __missing__(self, key):
        ai = self.lex.infos[key]
        ctx_cands, firm, _cands = ai.without_lam
        r = self[key] = firm if (not ai.any_lam and not ctx_cands) else None
        return r


class _AliasIds(dict):
    """A name's normalised text -> the ids it names as an alias (empty for any other text),
    cached per text."""

    __slots__ = ("lex",)

    def __missing__(self, k):
        if len(self) > 200_000:
            self.clear()
        lex = self.lex
        r = self[k] = lex.infos[k].ids if k in lex.aliases else frozenset()
        return r


def _near_or_preposition(w: str) -> bool:
    """Is ``w`` a preposition of place (في، عند، نحو …) or the head of a reference point
    (place_heads.tsv type near: قرب، محيط، أطراف)?"""
    ctx = place_context()
    if w in ctx.prepositions:
        return True
    h = ctx.heads.get(w)
    return h is not None and h.type == "near"


def _facility_head(w: str) -> bool:
    """Is ``w`` the head word of a facility (place_heads.tsv: مستشفى، مدرسة، مطار …)?"""
    h = place_context().heads.get(w)
    return h is not None and h.type == "facility"


class _NoNameStart(dict):
    """word -> True when a person's name cannot begin with it (a definite word, a not_name or
    name_end word), cached per word."""

    __slots__ = ("lex",)

    def __missing__(self, w):
        if len(self) > 200_000:
            self.clear()
        lex = self.lex
        r = self[w] = (w.startswith("ال") or w in lex.not_name or w in lex.name_end
                       or w in lex.date_words or _not_a_name_word(w)
                       # a past verb in the plural ("الذين حضروا الاجتماع") opens no name
                       or (len(w) > 4 and w.endswith("وا"))
                       or (w[0] in "وف" and len(w) > 3 and w not in _W_NAMES)
                       # "ومصادر قبلية قرب بلدة العلم": a place's "near" head word ("قرب"،
                       # "محيط") or a preposition of place begins no name
                       or _near_or_preposition(w)
                       # "مصدر طبي بمستشفى العودة": ب or ل glued to a facility's head word;
                       # "بشمال نيجيريا": to a word that locates a place
                       or (w[0] in "بل" and len(w) > 3 and (
                           _facility_head(w[1:]) or w[1:] in place_context().locator_before)))
        return r


class _NoNameWord(dict):
    """word -> True when a person's name cannot hold it (a not_name, name_end or date word, a
    noun with a pronoun, a nisba adjective), cached per word."""

    __slots__ = ("lex",)

    def __missing__(self, w):
        if len(self) > 200_000:
            self.clear()
        lex = self.lex
        r = self[w] = (w in lex.not_name or w in lex.name_end or w in lex.date_words
                       or _not_a_name_word(w))
        return r


class _InfoCache(dict):
    __slots__ = ("lex",)

    def __missing__(self, key):
        r = self[key] = _alias_info(self.lex, key)
        return r


class _AliasInfo(NamedTuple):
    """What one alias key can name, precomputed (see :meth:`Lexicon.info`)."""

    lam_only: bool        # every reading needs a glued ل ("~X")
    any_lam: bool
    vote: str | None      # the country its first plain reading votes for
    with_lam: tuple       # (("?" readings: (id, country)...), first plain reading (id, weak) | None,
    without_lam: tuple    #   readings) with / without a glued ل
    ids: frozenset        # every id the key names
    foreign_only: bool    # every id a foreign_state row (see _made_in)


def _alias_info(lex: Lexicon, key: str) -> _AliasInfo:
    cands = lex.aliases[key]
    vote = None
    for rid, ctx, _lam in cands:
        c = lex.rows[rid].country
        if not ctx and c in VOTING:
            vote = c
            break
    if vote is not None and any(lex.rows[rid].country not in ("", vote) for rid, _c, _l in cands):
        vote = None     # a name two countries' actors bear ("أنصار الدين": Syria's and Mali's)
        # votes for neither

    def choice(lam_ok: bool) -> tuple:
        cs = [c for c in cands if lam_ok or not c[2]]
        ctx = tuple((c[0], lex.rows[c[0]].country) for c in cs
                    if c[1] == "?" and lex.rows[c[0]].country)
        firm = [c for c in cs if not c[1]]
        first = None
        if firm:
            row = lex.rows[firm[0][0]]
            first = (row.id, bool(row.resolve) or row.kind == "unidentified")
        return ctx, first, cs

    return _AliasInfo(bool(cands[0][2] and all(lam for _r, _c, lam in cands)),
                      any(lam for _r, _c, lam in cands), vote, choice(True), choice(False),
                      frozenset(r for r, _c, _l in cands),
                      all(lex.rows[r].kind == "foreign_state" for r, _c, _l in cands))


# --------------------------------------------------------------------------- main


def find_actors(doc) -> None:
    """Fill ``doc.actors`` (see the module docstring)."""
    lex = lexicon()
    text = doc.norm
    words = doc_words(doc)
    # aliases and heads come leftmost-longest (not_actor phrases applied), see _scan
    (alias_ms, heads, cues, affils, countries, ptitles, proles, speech, _blocks,
     nations, leaders) = _scan(lex.auto, text, words, lex)
    info = lex.infos
    if lex.source_only:
        alias_ms = _source_context_only(lex, text, alias_ms, cues, speech)
    if lex.made_in and _any_foreign(info, alias_ms) and lex.made_in_possible(text):
        # (the text is searched for a made-in word only when a name is a foreign state's)
        alias_ms = [m for m in alias_ms
                    if not (info[m.value].foreign_only and _made_in(lex, text, m))]
    if alias_ms and _FATHATAN in doc.text:
        alias_ms = [m for m in alias_ms if not _nisba_accusative(doc, text, m)]
    if alias_ms and getattr(doc, "places", None):
        alias_ms = _not_in_places(alias_ms, _place_spans(doc), text)
    if alias_ms and getattr(doc, "places", None) and "(" in text:
        alias_ms = _not_in_datelines(alias_ms, _place_spans(doc), text)
    if lex.located_before and _any_foreign(info, alias_ms):
        place_ends = {e for _, e, _ in _place_spans(doc)}
        alias_ms = [m for m in alias_ms
                    if not (info[m.value].foreign_only and _located(lex, text, m, place_ends))]
    country = _country(lex, alias_ms, countries)
    if country is None and getattr(doc, "places", None):
        country = _places_country(doc.places)

    mentions: list[_Mention] = []
    add = mentions.append
    firm_ids = set()
    pending = []
    plain = lex.plain_reading
    for m in alias_ms:
        firm = plain[m.value]
        if firm is not None:    # the usual case: one reading, whatever the context
            add(_Mention(m.start, m.end, firm[0], firm[1]))
            firm_ids.add(firm[0])
            continue
        ai = info[m.value]
        ctx_cands, firm, cands = (ai.with_lam if (ai.any_lam and _has_lam(text, m))
                                  else ai.without_lam)
        if ctx_cands and country is not None:
            rid = None
            for r, c in ctx_cands:
                if c == country:
                    rid = r
                    break
            if rid is not None:
                add(_Mention(m.start, m.end, rid, True))
                firm_ids.add(rid)   # named in full: its "^" names may follow
                continue
        if firm is not None:
            add(_Mention(m.start, m.end, firm[0], firm[1]))
            firm_ids.add(firm[0])
        elif cands:
            pending.append((m, cands))
    # ?X without the country and ^X: only as another name of an actor the article names in full
    # (or names through one of its people: "بن لادن" ... "القاعدة")
    parents = lex.parents
    firm_ids |= {parents[i] for i in firm_ids if i in parents}
    for m, cands in pending:
        for rid, _c, _l in cands:
            if rid in firm_ids:
                mentions.append(_Mention(m.start, m.end, rid, weak=True))
                break
    mentions.sort(key=_START)
    _titles_to_people(lex, text, mentions)
    if nations:
        _generic_nation(lex, text, nations, mentions)     # (mentions in text order)
    mentions += _coordinated(lex, text, mentions)
    _heads_of_next(text, mentions)
    if nations:
        _nation_forces(lex, text, words, nations, mentions)
    if leaders:
        _leaders(text, leaders, mentions)
    groups = _unknown_groups(lex, text, heads, mentions, cues)
    if groups:
        # "كتيبة التعيينات" (a base the gazetteer knows): the place, not a group
        pl = {(ps, pe) for ps, pe, _pi in _place_spans(doc)}
        groups = [g for g in groups if (g.start, g.end) not in pl]
    mentions += groups
    mentions.sort(key=_START)
    if lex.forces_titles:
        _forces_of_people(lex, text, words, mentions)
    if lex.offices:
        _offices(lex, text, mentions)
    quoted = _quoted(lex, text, cues, mentions, doc)
    if lex.place_bodies and getattr(doc, "places", None):
        mentions += _place_bodies(lex, text, doc, mentions)
    people = _people(lex, text, ptitles, proles, speech, cues, mentions,
                     _place_spans(doc) if lex.place_titles and ptitles else (), dotted_ali(doc))
    if lex.voice_in:
        people += _voices_in(lex, text, speech, cues, mentions)
    if lex.voice_bodies:
        people += _speaking_bodies(lex, text, speech, cues, mentions)
    quoted |= {id(mm) for mm in people if mm.unknown["role"] == "source"}
    mentions += people
    if 'ل"' in text or 'ل "' in text:
        told = _told_outlets(lex, text, speech, cues, mentions)
        quoted |= {id(mm) for mm in told}
        mentions += told
    mentions.sort(key=_START)
    if lex.group_adjs:
        _group_adjectives(lex, text, mentions)
    if lex.voice_adjs:
        _voice_adjectives(lex, text, mentions)
    _affiliation_sides(lex, text, affils, mentions)
    if lex.ally_adjectives:
        _pronoun_tails(lex, text, mentions)
    _gunmen_of(text, mentions)
    if getattr(doc, "places", None):
        _place_tails(lex, text, doc, mentions)
    victims = _victims(lex, text, words, mentions, quoted) if lex.victim_cues else None

    # resolve generic ids by country, then merge by id
    actors: dict[str, Actor] = {}
    counts: dict[str, dict] = {}    # id -> surface -> mentions
    own: set = set()
    source = doc.text
    to_original = doc.normalized.span_mapper()
    rows = lex.rows
    aliases = lex.aliases
    alias_ids = lex.alias_ids
    actor_args = lex.actor_args
    new_span = tuple.__new__
    startswith = text.startswith
    for mm in mentions:
        u = mm.unknown
        if u is None:
            rid = mm.rid
            row = rows[rid]
            if row.resolve:
                if mm.leader is not None:
                    # "طيران التحالف بقيادة السعودية": the leader's country says which coalition
                    led = dict(row.resolve).get(rows[mm.leader].country)
                    row = rows.get(led, row)
                # a generic name completed by a nationality is that country's ("وزارة الصحة
                # الإيرانية" in an article on Gaza is not Gaza's ministry)
                row = _resolved(lex, row, mm.nation or country)
                rid = row.id
        else:
            rid = mm.rid
            row = None
            par = rows.get(u.get("parent") or "")
            if par is not None:   # a person's organisation, resolved like any mention of it
                res = _resolved(lex, par, country)
                if u["side"] in ("unknown", par.side):
                    u["side"] = res.side
                u["parent"] = res.id
        ms = mm.start
        me = mm.end
        s0, e0 = to_original(ms, me)
        surface = source[s0:e0]
        span = new_span(Span, (s0, e0, surface))
        k = text[ms:me]
        coord = mm.coord
        if coord:
            surface = _surface(doc, text, mm, span)
        elif startswith("لل", ms) and k not in aliases:
            surface = "ال" + surface[2:]
        surface = one_line(surface)
        a = actors.get(rid)
        if a is None:
            if row is not None:
                a = Actor(rid, surface, *actor_args[rid])
            else:
                a = Actor(rid, surface, None, u["kind"], u["side"], u["role"],
                          canonical=u["canonical"], country=None, parent=u.get("parent"))
            actors[rid] = a
            counts[rid] = {surface: 1}
            a.aliases.append(surface)
        else:
            c = counts[rid]
            if surface in c:
                c[surface] += 1
            else:
                c[surface] = 1
                a.aliases.append(surface)
            if u is not None and a.side == "unknown" and u["side"] != "unknown":
                a.side = u["side"]
        if u is not None and u.get("role") == "actor":
            a.role = "actor"
        if mm.leader is not None and a.led_by is None:
            a.led_by = _resolved(lex, rows[mm.leader], country).id
        a.evidence.append(span)
        if coord and u is None:
            # "الغارات السورية والروسية": the second actor is named by its adjective
            a.mentions_norm.append((coord[1], coord[2]))
        else:
            a.mentions_norm.append((ms, me))
        if id(mm) in quoted:
            a.quoted = True
        if rid in alias_ids[k] or mm.named:
            own.add((rid, surface))
    for rid, c in counts.items():
        # the name: the form written most often, its own alias rather than a title (then the
        # first); an actor named one way keeps the name it was made with
        if len(c) > 1:
            a = actors[rid]
            best = max(c.values())
            top = [x for x in a.aliases if c[x] == best]
            a.name_ar = next((x for x in top if (rid, x) in own), top[0])
    if victims:
        # a civil body named only as the body of victims ("عنصران من الدفاع المدني") is no source
        for a in actors.values():
            if a.role == "source" and not a.quoted and all(r in victims for r in a.mentions_norm):
                a.role = "actor"
    doc.actors = list(actors.values())
    if getattr(doc, "places", None):
        _places_named_by_actors(doc)


# actors whose name read as a place is no place: outlets told to ("مصدر ميداني للميادين", not
# the town of al-Mayadin), armed groups ('لجبهة "فتح الشام"', not a front) and groups the lexicon
# lacks, named by a head ('كتيبة "غرباء حوران"', a battalion, not a base)
_NAME_KINDS = frozenset(("rebel_group", "jihadist_group", "militia", "operations_room",
                         "kurdish_forces", "unknown_group"))


# what may be glued to such a name: nothing, و, or the ل of "told to" ("كوفا" is no "وفا");
# an armed group's name also takes ب ("بتنظيم داعش")
_TOLD_TO = frozenset(("", "و", "ل", "لل", "ول", "ولل"))
_GROUP_GLUED = _TOLD_TO | {"ب", "وب"}


def _glued(text: str, pos: int) -> str:
    """The letters glued before ``pos`` in its word (an alias match knows its own: its prefix)."""
    k = pos
    while k > 0 and "\u0621" <= text[k - 1] <= "\u064a":
        k -= 1
    return text[k:pos]


_TAIL_KINDS = frozenset(("monitor", "activists", "civil", "medical", "humanitarian", "civil_defence"))


def _place_tails(lex: Lexicon, text: str, doc, mentions: list[_Mention]) -> None:
    """"غرفة طوارئ معسكر أبو شوك"، "غرفة طوارئ الخرطوم"، "تنسيقية مقاومة الفاشر": a civil body or
    monitor named by an indefinite noun in construct takes the place right after it into its
    name (the body of that place). The place stays a place of the article (see
    _places_named_by_actors)."""
    spans = _place_spans(doc)
    if not spans:
        return
    starts = {s: e for s, e, _ in spans}
    rows = lex.rows
    tails = doc.__dict__.setdefault("_actor_place_tails", set())
    for mm in mentions:
        if mm.unknown is not None or mm.end >= len(text) or text[mm.end] != " ":
            continue
        row = rows.get(mm.rid)
        if row is None or row.kind not in _TAIL_KINDS:
            continue
        e = starts.get(mm.end + 1)
        if e is None:
            continue
        last = text.rfind(" ", mm.start, mm.end) + 1 or mm.start     # the name's last word
        if text.startswith("ال", last):
            continue      # "الدفاع المدني السوري": a definite name is whole
        tails.add((mm.start, e))
        mm.end = e


# a camp's head before a unit's name: the camp is a place ("معسكر اللواء 27")
_CAMP_HEAD = re.compile(r"[وفبل]?(?:معسكر|ثكنه|مقر)[ \"«“]+")     # (normalised: ة -> ه)


def _words_of_name(words: str) -> bool:
    """Are there words before an actor's name inside a place mention, and are they the place's
    own name, not its heads ("جبال النوبة")?"""
    return bool(words.strip()) and not _heads_only(words)


def _heads_only(words: str) -> bool:
    """Are the words before an actor's name inside a place mention place heads ('جبهة "فتح
    الشام"'، "بلدة التبو")? Otherwise they are the place's own name ("جبال النوبة": the Nuba
    Mountains, not the Nuba)."""
    heads = place_context().heads
    ws = words.replace('"', " ").split()
    return bool(ws) and all(split_clitic(w)[1] in heads or w in heads for w in ws)


def _places_named_by_actors(doc) -> None:
    """Drop the place mentions that lie inside a source's or an armed group's name, and the
    places left with none (a foreign state named as an actor, "تركيا", stays a place too)."""
    text = doc.norm
    spans = sorted(r for a in doc.actors if a.role == "source" or a.kind in _NAME_KINDS
                   for r in a.mentions_norm
                   if _glued(text, r[0]) in (_GROUP_GLUED if a.kind in _NAME_KINDS else _TOLD_TO))
    if not spans:
        return
    tails = doc.__dict__.get("_actor_place_tails")
    if tails:
        spans = [r for r in spans if tuple(r[:2]) not in tails]
        if not spans:
            return
    starts = [r[0] for r in spans]
    kept = []
    changed = False
    for p in doc.places:
        keep = []
        for k, (ps, pe) in enumerate(p.norm_spans):
            # the last actor starting before the place's end: does it hold the place's words,
            # or is it the name after the place's head ('جبهة "فتح الشام"')?
            i = bisect_right(starts, pe - 1)
            if i:
                a0, a1 = spans[i - 1]
                if (a0 <= ps + 2 and a1 >= pe) or (a1 == pe and a0 > ps
                                                  and not _CAMP_HEAD.match(text, ps, a0)
                                                  and _heads_only(text[ps:a0])):
                    continue
            keep.append(k)
        if len(keep) == len(p.norm_spans):
            kept.append(p)
            continue
        changed = True
        if keep:
            p.norm_spans = [p.norm_spans[k] for k in keep]
            p.evidence = [p.evidence[k] for k in keep]
            kept.append(p)
    if changed:
        doc.places = kept


# --------------------------------------------------------------------------- victims

_VICTIM_KINDS = frozenset(("activists", "civil_defence", "medical", "humanitarian"))
_PERSON_VICTIMS = frozenset(("activists",))    # the mention is the victim: dropped
_CLAUSE_BREAK = re.compile(r"[.!?؟،,؛;:\n\"]")


def _victims(lex: Lexicon, text: str, words: tuple, mentions: list, quoted: set) -> set:
    """Civil voices (activists, civil defence, medics) counted as victims: "مقتل ناشط إعلامي",
    "بينهم 8 أطفال وناشط إعلامي وعنصران من الدفاع المدني", "إصابة ثلاثة عناصر من الدفاع
    المدني". A person so named is dropped from ``mentions``; the ranges of a body so named are
    returned (its actor is no source when all its mentions are such)."""
    vr = lex.victim_rids
    cand = [mm for mm in mentions if mm.rid in vr and id(mm) not in quoted]
    if not cand:
        return set()
    rows = lex.rows
    starts, ends, texts = words
    cues, members = lex.victim_cues, lex.victim_members
    drop, bodies = set(), set()

    def cue_before(i: int, n: int, kinds) -> bool:
        # a victim cue among the n words before word i, the clause unbroken
        for k in range(i - 1, max(-1, i - 1 - n), -1):
            if _CLAUSE_BREAK.search(text, ends[k], starts[k + 1]):
                return False
            if cues.get(_strip_clitic(texts[k])) in kinds or cues.get(texts[k]) in kinds:
                return True
        return False

    for mm in cand:
        i = bisect_right(starts, mm.start) - 1
        if i < 1 or ends[i] <= mm.start:
            continue
        joined = text[starts[i]:mm.start].startswith("و")
        gap = text[ends[i - 1]:starts[i]]
        victim = False
        if not gap.strip() and (cue_before(i, 1, ("-", "list")) or (joined and cue_before(i, 14, ("list",)))):
            victim = True       # "مقتل ناشط"، "بينهم … وناشط إعلامي"
        elif i >= 2 and not gap.strip() and texts[i - 1] in ("من", "في") \
                and not text[ends[i - 2]:starts[i - 1]].strip():
            w = texts[i - 2]
            if w in members or (w[:1] == "و" and w[1:] in members):
                # "عنصران من الدفاع المدني": counted after a cue, or an item of a breakdown list
                victim = cue_before(i - 2, 3, ("-", "list")) or (
                    w[:1] == "و" and w[1:] in members and cue_before(i - 2, 14, ("list",)))
        if not victim:
            continue
        if rows[mm.rid].kind in _PERSON_VICTIMS and not (i >= 2 and texts[i - 1] in ("من", "في")):
            drop.add(id(mm))
        else:
            bodies.add((mm.start, mm.end))
    if drop:
        mentions[:] = [mm for mm in mentions if id(mm) not in drop]
    return bodies


_GUNMEN = "unidentified_armed"
_OF = re.compile(r"[ ]+من[ ]+(?:\S+[ ]+)?[وفبلك]?")


def _gunmen_of(text: str, mentions: list) -> None:
    """"مسلحين من قوات الدعم السريع"، "مقتل 5 مسلحين من داعش": gunmen "of" a named actor (من
    right after them, at most one word between) are that actor's men, not an unknown armed group
    of their own."""
    if not any(mm.rid == _GUNMEN for mm in mentions):
        return
    drop = {id(a) for a, b in zip(mentions, mentions[1:])
            if a.rid == _GUNMEN and b.rid != _GUNMEN and _OF.fullmatch(text, a.end, b.start)}
    if drop:
        mentions[:] = [mm for mm in mentions if id(mm) not in drop]


# --------------------------------------------------------------------------- nationality, leaders


def _nation_forces(lex: Lexicon, text: str, words: tuple, nations: list, mentions: list) -> None:
    """"غارات جوية روسية", "قصف إسرائيلي", "المدفعية التركية والإيرانية": a nationality
    adjective after an attack noun (data/actor_nationalities.tsv, attack_noun rows), with up to
    three modifiers between (جوية، مدفعي، بدون طيار …), all agreeing in definiteness, names the
    country's air force (air nouns) or forces; a coordinated adjective ("… والإيرانية") names a
    second country's. Lexicon names win: a phrase that overlaps a mention other than a generic
    one ("الطيران الحربي") is left to it, but its coordinated adjectives still count. An
    adjective followed by "الصنع" (made in) names nobody, in a lexicon name too."""
    starts, ends, texts = words
    nw = len(starts)
    by_ts = {h.text_start: h for h in nations if h.prefix == "و"}
    rows = lex.rows
    taken = coord_at = None     # made when an adjective first follows an attack word
    drop = set()
    for h in nations:
        if h.prefix or h.value[0] is None:
            continue        # the first adjective stands alone ("وروسية" is a coordinated one)
        j = bisect_left(starts, h.text_start)
        if j >= nw or starts[j] != h.text_start or ends[j] != h.end:
            continue
        if j + 1 < nw and texts[j + 1] in lex.nation_not_after and text[ends[j]:starts[j + 1]] == " ":
            # "طائرات روسية الصنع": made in Russia, whoever flies them
            drop.update(id(m) for m in mentions if m.end == h.end and m.unknown is None)
            continue
        jn = j          # the word after the attack noun and its modifiers
        hedged = False
        if j and texts[j - 1] in lex.nation_hedges:
            # "طائرات حربية (التي) يعتقد أنها روسية": suspected, named all the same
            jn = _hedge_start(text, words, j, lex.nation_hedges[texts[j - 1]])
            hedged = jn != j
        if jn == 0 or not lex.maybe_attack(texts[jn - 1]):
            continue        # no attack noun or modifier right before ("الشركة الروسية")
        if _after_modifier_only(h) and texts[jn - 1] in lex.attack_nouns:
            continue        # "قوات سورية الديمقراطية"، "قصف سورية": the country, not its forces
        if taken is None:
            taken = _Spans.of(mentions)
            coord_at = {m.coord[1] for m in mentions if m.coord}
        if taken.overlaps(h.start, h.end) and not (
                j + 1 < nw and starts[j + 1] in by_ts and text[ends[j]:starts[j + 1]] == " "):
            continue        # a lexicon name ends with the adjective, and nothing is coordinated
        definite = h.key.startswith("ال")
        noun = _attack_noun_before(lex, text, words, jn, definite)
        if noun is None and hedged:
            definite = not definite     # the adjective after the hedge need not agree
            noun = _attack_noun_before(lex, text, words, jn, definite)
        if noun is None:
            continue
        cls, nstart = noun
        # 'طائرات حربية "تركية"': the closing quote of a quoted adjective goes with it
        hend = h.end + 1 if text[h.text_start - 1:h.text_start] == '"' \
            and text[h.end:h.end + 1] == '"' else h.end
        own = []
        if taken.overlaps(nstart, h.end):
            over = [m for m in mentions if m.start < h.end and nstart < m.end]
            if over and all(m.unknown is None and not rows[m.rid].country for m in over):
                mentions[:] = [m for m in mentions if not (m.start < h.end and nstart < m.end)]
                own.append(_Mention(nstart, hend, h.value[1] if cls == "air" else h.value[0]))
        else:
            own.append(_Mention(nstart, hend, h.value[1] if cls == "air" else h.value[0]))
        cut = ends[j - 1]
        k = j
        while k + 1 < nw and text[ends[k]:starts[k + 1]] == " ":
            h2 = by_ts.get(starts[k + 1])
            if h2 is None or h2.prefix != "و" or h2.end != ends[k + 1] \
                    or h2.key.startswith("ال") != definite or h2.value[0] is None:
                break
            if h2.start not in coord_at and not taken.overlaps(h2.start, h2.end):
                rid2 = h2.value[1] if cls == "air" else h2.value[0]
                own.append(_Mention(nstart, h2.end, rid2, coord=(cut, h2.start, h2.end)))
                coord_at.add(h2.start)
            k += 1
        for m in own:
            mentions.append(m)
            taken.add(m.start, m.end)
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]
    mentions.sort(key=_START)


def _after_modifier_only(h) -> bool:
    """Is nationality hit ``h`` a "+" form of actor_nationalities.tsv ("+سورية", also the
    country's name), an adjective only after a modifier or coordinated? Its value is then
    (forces, air force, country, True) instead of the usual three."""
    return len(h.value) > 3


def _generic_nation(lex: Lexicon, text: str, nations: list, mentions: list) -> None:
    """"قوات الشرطة العراقية", "سلاح الجو الليبي", "القوات الخاصة الأمريكية": a nationality
    adjective right after a generic name (a row resolved by country), agreeing with its last word
    in definiteness, completes the name and says whose forces they are: the row's actor for that
    country, else (a row of armed forces) the country's forces, its air force after an air force
    name; a row without that country and no forces of it is left as it was. A generic voice
    without resolution ("مسؤول أمني ليبي") only takes the adjective into its name."""
    rows = lex.rows
    for h in nations:
        if h.prefix or h.text_start < 2 or text[h.text_start - 1] != " ":
            continue
        # the mention ending right before the adjective (mentions are in text order)
        i = bisect_left(mentions, h.text_start, key=_START)
        m = None
        for c in mentions[max(0, i - 3):i]:
            if c.end == h.text_start - 1:
                m = c
        if m is None or m.unknown is not None or m.coord or m.leader is not None:
            continue
        row = rows[m.rid]
        if row.country:
            continue
        last = text.rfind(" ", m.start, m.end) + 1 or m.start
        if text.startswith("ال", last) != h.key.startswith("ال"):
            continue
        if _after_modifier_only(h) and " " not in text[m.start:m.end]:
            continue    # "+سورية" after one word: "قوات سورية" may be the country's name
        rid = None
        if row.resolve or row.kind in _FORCE_KINDS:
            # (a generic force with no resolution: "طائرات حربية سورية" is the Syrian air force)
            forces, air, country = h.value[:3]
            rid = dict(row.resolve).get(country) if row.resolve else None
            if rid is None and row.kind in _FORCE_KINDS:
                rid = air if row.kind == "air_force" else forces
            if rid == "-":
                rid = None      # "مديرية الأمن العام الأردنية": a country with no forces row
            elif rid is not None and rid not in rows:
                continue
        # "مسؤول أمني ليبي"، "وزارة الصحة الإيرانية" (a row with no actor of that country): the
        # same voice, named in full
        m.end = h.end
        m.nation = h.value[2]
        if rid is not None:
            m.rid = rid
            m.weak = False


_FORCE_KINDS = frozenset(("state_forces", "air_force", "foreign_forces"))


def _hedge_start(text: str, words: tuple, j: int, hedges: list) -> int:
    """The word where a hedge ending before word ``j`` starts ("يعتقد أنها", with "التي"/"الذي"
    before it), or ``j`` when none does."""
    starts, ends, texts = words
    for ph in hedges:
        a = j - len(ph)
        if a < 0 or tuple(texts[a:j]) != ph \
                or any(text[ends[x]:starts[x + 1]] != " " for x in range(a, j)):
            continue
        if a and texts[a - 1] in ("التي", "الذي") and text[ends[a - 1]:starts[a]] == " ":
            a -= 1
        return a
    return j


def _attack_noun_before(lex: Lexicon, text: str, words: tuple, j: int, definite: bool):
    """The attack noun before word ``j`` (modifiers skipped): (air | ground, start) or None."""
    starts, ends, texts = words
    i = j
    for _ in range(4):
        step = None
        for n in (3, 2, 1):
            a = i - n
            # (the adjective may stand in quotes: 'طائرات حربية "تركية"')
            if a < 0 or any(text[ends[x]:starts[x + 1]] != " "
                            and (x != j - 1 or text[ends[x]:starts[x + 1]] != ' "')
                            for x in range(a, i)):
                continue
            ws = texts[a:i]
            # the noun: its first word may carry a clitic (بغارات، والقصف، للغارات)
            w0 = ws[0]
            for k in range(min(5, len(w0) - 1)):
                p = w0[:k]
                if k and p not in _PREFIXES:
                    continue
                r = w0[k:]
                art = p.endswith("ال") or p.endswith("لل")
                if art and r.startswith("ال"):
                    continue
                form = " ".join([("ال" + r) if art else r] + list(ws[1:]))
                cls = lex.attack_nouns.get(form)
                if cls and form.startswith("ال") == definite:
                    return cls, starts[a] + k - (2 if art else 0)
            phrase = " ".join(ws)
            if phrase in lex.attack_mods and (" " in phrase or phrase.startswith("ال") == definite):
                step = a
                break
        if step is None:
            return None
        i = step
    return None


# the words of forces named after their commander ("قوات اللواء خليفة حفتر")
_FORCES_WORDS = frozenset(("قوات", "ميليشيات", "مليشيات"))


def _forces_of_people(lex: Lexicon, text: str, words: tuple, mentions: list) -> None:
    """"لقوات اللواء خليفة حفتر"، "قوات الرئيس المخلوع علي عبد الله صالح": forces, a rank or a
    title (forces_title rows; maybe with its adjective, title_adjective rows) and a commander
    the lexicon knows with his force (its parent row) are that force; the title read as a
    body ("قوات اللواء"، "قوات الرئيس") names no group of its own. (Sorted ``mentions`` are
    changed in place.)"""
    parents = lex.parents
    starts, ends, texts = words
    nw = len(starts)
    out = []
    for mm in mentions:
        if mm.unknown is not None or mm.rid not in parents or lex.rows[mm.rid].kind != "person":
            continue
        j = bisect_left(starts, mm.start)       # the commander's first word
        if not 1 <= j < nw or starts[j] != mm.start or text[ends[j - 1]:starts[j]].strip(" "):
            continue
        j -= 1                                  # the title, maybe after its adjective
        if texts[j] in lex.title_adjectives:
            if not j or text[ends[j - 1]:starts[j]].strip(" "):
                continue
            j -= 1
        if not j or texts[j] not in lex.forces_titles or text[ends[j - 1]:starts[j]] != " ":
            continue
        bare = _strip_clitic(texts[j - 1])
        if bare in _FORCES_WORDS:
            out.append((ends[j - 1] - len(bare), mm))
    if not out:
        return
    for start, mm in out:
        end = mm.end
        mentions[:] = [m for m in mentions if m is mm or not (m.start < end and start < m.end)]
        k = mentions.index(mm)
        mentions[k] = _Mention(start, end, parents[mm.rid], named=True)


def _leaders(text: str, leaders: list, mentions: list) -> None:
    """"طيران التحالف بقيادة السعودية": the actor right after a leader cue that follows a group
    names the group's leader; it is no actor of its own (the group keeps it as ``leader``)."""
    idx = _Index(mentions)
    drop = set()
    for c in leaders:
        if c.prefix:
            continue
        before = idx.ending(c.text_start - 4, c.text_start)
        after = idx.starting(c.end, c.end + 3)
        if not before or not after:
            continue
        g, x = before[-1], after[0]
        if text[g.end:c.text_start].strip(' "،,') or text[c.end:x.start].strip(' "') \
                or g is x or x.unknown is not None or id(g) in drop:
            continue
        if text[x.start - 1:x.start].strip():
            continue    # the leader carries no clitic ("بقيادة السعودية")
        g.leader = x.rid
        drop.add(id(x))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def _resolved(lex: Lexicon, row: Row, country: str | None) -> Row:
    """A generic row ("الجيش", "الدفاع المدني") as the actor of the article's country."""
    target = dict(row.resolve).get(country) if (country and row.resolve) else None
    return lex.rows[target] if target and target in lex.rows else row


def _surface(doc, text: str, mm: _Mention, span) -> str:
    """The name as written, without its clitic (ل + ال written لل gives ال back)."""
    if mm.coord:
        cut, ws, we = mm.coord
        return doc.span(mm.start, cut).text + " " + doc.span(ws, we).text
    s = span.text
    if text[mm.start:mm.start + 2] == "لل" and not lexicon().aliases.get(text[mm.start:mm.end]):
        return "ال" + s[2:]
    return s


def _titles_to_people(lex: Lexicon, text: str, mentions: list[_Mention]) -> None:
    """"وزير الخارجية الروسي “سيرغي لافروف”", "المبعوث الدولي استيفان دي ميستورا": a title
    right before one of its people names that person (the title joins the person's evidence)."""
    parents = lex.parents
    for a, b in zip(mentions, islice(mentions, 1, None)):
        parent = parents.get(b.rid)
        if parent is None or parent != a.rid:
            continue
        if text[a.end:b.start].strip(' "،,'):
            continue
        a.rid = b.rid


# --------------------------------------------------------------------------- coordination


_HEAD_GAP = re.compile(r'[ "]*(?:ال[ "]+)?')


_BODY_PLACE_KINDS = frozenset(("city", "town", "governorate", "admin1", "province", "district",
                               "admin2", "subdistrict"))
_BODY_CLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول")


def _place_bodies(lex: Lexicon, text: str, doc, mentions: list[_Mention]) -> list[_Mention]:
    """"وشرطة نينوى صدوا الهجوم"، "الضابط في شرطة كركوك": a ``place_body`` word (شرطة) in
    construct with a town or a governorate of the article names that place's body (kind
    institution, its side the row's), unless a mention already covers it."""
    out = []
    kinds = [p.kind for p in doc.places]
    names = [p.name_ar for p in doc.places]
    for ps, pe, pi in _place_spans(doc):
        if kinds[pi] not in _BODY_PLACE_KINDS or ps < 2 or text[ps - 1] != " ":
            continue
        word = _prev_word(text, ps)
        for body, side in lex.place_bodies.items():
            if word.endswith(body) and word[:len(word) - len(body)] in _BODY_CLITICS:
                s0 = ps - 1 - len(body)
                if any(m.start < pe and m.end > s0 for m in mentions):
                    break       # (a mention already covers part of it)
                # one body per place, however the place is written ("شرطة محافظة الأنبار"، "شرطة
                # الانبار")
                key = body + " " + normalize(names[pi])
                out.append(_Mention(s0, pe, "unk:" + key, unknown={
                    "kind": "institution", "side": side, "role": "actor", "canonical": key}))
                break
    return out


def _offices(lex: Lexicon, text: str, mentions: list[_Mention]) -> None:
    """"وقال المركز الإعلامي لعملية البنيان المرصوص": an ``office`` phrase with ل glued to a
    named actor is that actor speaking through its office: the mention takes the office's words,
    so the name told (a source's, when quoted) is the office's, the actor the one named."""
    for mm in mentions:
        s = mm.start
        if text.startswith("لل", s):
            k = s           # "للقوات المسلحة اليمنية": the alias read with its lam
        elif s >= 2 and text[s - 1] == "ل" and text[s - 2] == " ":
            k = s - 1       # "لعملية البنيان المرصوص"
        else:
            continue
        if k < 2 or text[k - 1] != " ":
            continue
        for off in lex.offices:
            a = k - 1 - len(off)
            if a >= 0 and text.startswith(off, a) and (a == 0 or not text[a - 1].isalnum()):
                mm.start = a
                break


def _heads_of_next(text: str, mentions: list[_Mention]) -> None:
    """'ميليشيات الـ "PYD"'، "ميليشيات PYD": a one-word generic name right before another
    actor's name (spaces, quotes or a detached article between) is that actor's head word, not
    an actor of its own: it is dropped."""
    drop = []
    ordered = sorted(mentions, key=_START)
    for a, b in zip(ordered, ordered[1:]):
        if (a.unknown is None and b.start > a.end and " " not in text[a.start:a.end]
                and _HEAD_GAP.fullmatch(text, a.end, b.start) and a.rid != b.rid):
            drop.append(a)
    for a in drop:
        mentions.remove(a)


def _coordinated(lex: Lexicon, text: str, mentions: list[_Mention]) -> list[_Mention]:
    """'الغارات السورية والروسية', 'المليشيات الإيرانية والأفغانية': the second adjective names
    a second actor (the first alias with its last word replaced)."""
    out = []
    taken_starts = {m.start for m in mentions}
    coord = _COORD.match
    for mm in mentions:
        if mm.unknown is not None:
            continue
        mt = coord(text, mm.end)
        if not mt:
            continue    # most names are not followed by "و…"
        key = text[mm.start:mm.end]
        if key.isalnum():
            continue    # one word (most names): no whitespace, nothing to replace
        words = key.split()
        if len(words) < 2:
            continue
        pos = mm.end
        while True:
            if pos != mm.end:
                mt = _COORD.match(text, pos)
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
        if w == "ال":
            return None     # 'قوات الـ "PYD"': a detached article before a Latin acronym
        if k == 0:
            if w in lex.not_name or w in lex.name_end:
                if (w[2:] if w.startswith("ال") else w) in lex.unit_types and len(ws) > 1 \
                        and not ws[1][3].strip() and (ws[1][2].isdigit() or _ordinal(ws[1][2])):
                    return [(s, e, w), ws[1][:3]]   # "لواء المشاة 51"، "لواء المشاة السادس":
                    # a unit's type then its number names it (bare "لواء مشاة" names none)
                return None
            if w.startswith(("بال", "وال", "فال", "كال", "لل")) or (w[0] in "وف" and len(w) > 3):
                return None
            if w[0] in "وف" and w[1:2].isdigit():
                return None     # "5 ألوية و29 عقيدا": ranks counted, no name after the head
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
    if name and (name[-1][2].isdigit() or _ordinal(name[-1][2])) and lex.unit_types:
        # "اللواء 21 مشاة"، "اللواء 115 مشاة": a numbered unit's type word after its number
        nxt = _words_after(text, name[-1][1], 1)
        if nxt and not nxt[0][3].strip() and nxt[0][2] in lex.unit_types:
            name.append(nxt[0][:3])
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
    if not heads:
        return out
    # heads that may open a name: not after an article, not inside a lexicon name
    # ("قوات التحالف"); the rest of the work is done for these only
    todo = [h for h in heads if not h.prefix.endswith(("ال", "لل")) or _numbered(text, h)]
    if not todo:
        return out
    anything = _Spans.of(mentions).overlaps
    strength = lex.heads
    todo = [h for h in todo if strength[h.value] in _QUOTED_HEADS or not anything(h.start, h.end)]
    if not todo:
        return out
    # the strong mentions' ranges (_Spans) and the mentions' _Index: made when first asked
    # for (most heads are dropped before either is read; ``mentions`` does not change here)
    strong = idx = None
    cue_ends = {c.end for c in cues}

    for h in todo:            # leftmost-longest already (see _scan)
        head = h.value
        strength = lex.heads[head]
        kind = lex.head_kind.get(head, lex.head_kind.get("*", "unknown_group"))
        correspondent = False
        by_adjective = None     # the name's span when a media adjective closes it
        if strength == "media":
            if h.prefix.endswith("ال"):
                continue
            if not h.prefix and h.text_start > 0 and text[h.text_start - 1] == '"':
                # "أفادت “شبكة ديري نيوز”": the kind inside the quotes with the name
                wrapped = _wrapped_outlet(lex, text, h, cue_ends)
                if wrapped is not None:
                    out.append(wrapped)
                    if strong is None:
                        strong = _Spans((m.start, m.end) for m in mentions if not m.weak)
                    strong.add(h.start, wrapped.end)
                continue
            if text[h.end:h.end + 2].lstrip(" ")[:1] != '"':
                # "وقال مراسل تلفزيون الخبر في حلب": an outlet named after its correspondent
                # needs no quotes (the name runs to its first definite word)
                if _strip_clitic(_prev_word(text, h.text_start)) not in _CORRESPONDENT:
                    by_adjective = _named_by_media_adjective(lex, text, h.end)
                    if by_adjective is None:
                        continue
                correspondent = True
            elif not _media_context(lex, text, h, cue_ends):
                continue
        numbered = h.prefix.endswith("ال") and _numbered(text, h)
        if numbered and strength != "quoted":
            # "اللواء 777", "الفرقة 25": a numbered unit; after a front_context word its base
            # ("سيطروا على الكتيبة 559", "مقر اللواء 8"), not the group
            if _after_word_of(text, h.text_start, lex.front_context):
                continue
            strength = "strong"
        i = h.end
        while i < len(text) and text[i] == " ":
            i += 1
        quoted = i < len(text) and text[i] == '"'
        if quoted:
            j = text.find('"', i + 1, i + 60)
            if j < 0 or j == i + 1 or "\n" in text[i:j] \
                    or not text[i + 1:i + 3].lstrip(" ")[:1].isalpha():
                continue    # (a quote closing the sentence's quotation, 'وغرفة عمليات". وكان':
                # a quoted name opens on a word)
            if strong is None:
                strong = _Spans((m.start, m.end) for m in mentions if not m.weak)
            if strong.overlaps(i + 1, j) or len(text[i:j].split()) > 4:
                continue
            if any(m.start == i + 1 and m.end == j and m.weak and m.rid in lex.rows
                   and lex.rows[m.rid].country for m in mentions):
                continue    # 'لتنظيم "أنصار الدين"' in a Mali article: the group the country's
                # reading of the name gives, not a new one
            if strength == "front":
                # 'بجبهة “كرش”'، 'في جبهة "حمالة"': a front line named in quotes after a
                # preposition is a place, not a group
                if h.prefix.endswith("ب") or _after_word_of(text, h.text_start, lex.front_context):
                    continue
            name_start, name_end, ev_end = i + 1, j, j + 1
        elif strength in _QUOTED_HEADS and not correspondent:
            continue
        else:
            if strong is None:
                strong = _Spans((m.start, m.end) for m in mentions if not m.weak)
            name = by_adjective or _name_words(lex, text, h.end, strong.overlaps)
            if not name or (by_adjective and strong.overlaps(by_adjective[0][0], by_adjective[-1][1])):
                continue
            name_start, name_end = name[0][0], name[-1][1]
            ev_end = name_end
        side_after = _UNSET     # _side_after(lex, text, ev_end), once asked
        if not quoted and lex.base_context:
            # "داخل كتيبة الدفاع الجوي", "في محيط اللواء": a place word before the unit names
            # its base (a place), not the group
            if _after_word_of(text, h.text_start, lex.base_context):
                continue
        if not quoted and strength != "strong":
            prev_raw = _prev_word(text, h.text_start)
            prev = _strip_clitic(prev_raw)
            if strength == "front" and (prev in lex.front_context or prev_raw in lex.front_context):
                continue
            before = h.text_start
            while before > 0 and text[before - 1] == " ":
                before -= 1
            context = (by_adjective is not None     # (its adjective says what it is)
                       or prev in lex.group_context or prev_raw in lex.group_context
                       or before in cue_ends
                       # 'وأعلن «جيش الفرقان» التابع': the head quoted with its name, a proper name
                       or (not h.prefix and before > 0 and text[before - 1] == '"'
                           and text[name_end:name_end + 2].lstrip(" ")[:1] == '"')
                       or (prev_raw in _PREPS and _strip_clitic(_prev_word(text, before - len(prev_raw)))
                           in lex.group_context))
            if not context and idx is None:
                idx = _Index(mentions)
            if not (context or _adjacent_known(text, idx, h.text_start, ev_end)):
                side_after = _side_after(lex, text, ev_end)
                if not side_after:
                    continue
        if side_after is _UNSET:
            side_after = _side_after(lex, text, ev_end)
        if not side_after and idx is None:
            idx = _Index(mentions)
        side = side_after or _side_from_neighbours(idx, h.text_start, ev_end, text) or "unknown"
        inner = " ".join(normalize(text[name_start:name_end]).replace('"', " ").split())
        if strength == "quoted":
            start, key, coord = name_start, inner, None
        elif quoted:
            start, key, coord = h.start, inner, (h.end, name_start, name_end)
        else:
            start = h.start - 2 if numbered else h.start
            key, coord = " ".join(text[start:name_end].split()), None
        canon = key if (strength == "quoted" or not quoted) else normalize(text[h.start:h.end]) + " " + key
        if strength == "media":
            out.append(_outlet(lex, start, ev_end, canon, key, coord))
            strong.add(h.start, ev_end)
            continue
        mm = _Mention(start, name_end if strength == "quoted" else ev_end, "unk:" + key, coord=coord,
                      unknown={"kind": kind, "side": side, "role": "actor", "canonical": canon})
        out.append(mm)
        strong.add(h.start, ev_end)
    if out:   # weak mentions inside a new name give way
        new = _Spans.of(out)
        mentions[:] = [m for m in mentions if not (m.weak and new.overlaps(m.start, m.end))]
    return out


_TOLD_QUOTED = re.compile(r'(?<![\w"])ل ?"$')     # matched with its end at an opening quote
_TOLD_BREAK = re.compile(r"[.!?؟؛:\n]")


def _told_outlets(lex: Lexicon, text: str, speech, cues, mentions: list[_Mention]) -> list:
    """"وقالت مصادر لـ”صدى الشام” إن"، "مصدر ميداني تحدث لـ«الوطن»": a quoted name of one to
    four words glued to ل, in the clause of a speech verb or a source cue before it, is the
    outlet spoken to (a media source) though the lexicon lacks it. Names the lexicon knows are
    mentions already; a group's head word ("التابعة لـ“جيش X”") or an adjective of alliance
    before the ل says the name is no outlet."""
    ends = sorted({x.end for x in speech} | {c.end for c in cues if c.value == "verb"})
    if not ends:
        return []
    spans = _Spans.of(mentions)
    out = []
    told = _TOLD_QUOTED.search
    qs = char_positions(text, '"')
    for q, nxt in zip(qs, qs[1:]):
        m = told(text, max(0, q - 2), q + 1) if 2 < nxt - q <= 41 else None
        if m is None or "\n" in text[q:nxt]:
            continue
        s, e = q + 1, nxt
        while text[s] == " ":
            s += 1
        while text[e - 1] == " ":
            e -= 1
        name = " ".join(text[s:e].split())
        k = bisect_right(ends, m.start()) - 1
        if k < 0 or m.start() - ends[k] > 100 or _TOLD_BREAK.search(text, ends[k], m.start()):
            continue
        ws = name.split()
        if not 1 <= len(ws) <= 4 or spans.overlaps(s, e) or not _NAME_WORD.fullmatch(ws[0]):
            continue
        if _strip_clitic(_prev_word(text, m.start())) in lex.ally_adjectives \
                or any(w in lex.heads or w[2:] in lex.heads for w in ws):
            continue
        out.append(_outlet(lex, s, e, name, name))
        spans.add(s, e)
    return out


def _wrapped_outlet(lex: Lexicon, text: str, h, cue_ends) -> "_Mention | None":
    """An outlet quoted with its kind ("أفادت “شبكة ديري نيوز”") where a source is quoted: one to
    four words of name after the head, up to the closing quote."""
    j = text.find('"', h.end, h.end + 50)
    if j < 0 or "\n" in text[h.end:j] or not 1 <= len(text[h.end:j].split()) <= 4 \
            or not _media_context(lex, text, h, cue_ends):
        return None
    bare = " ".join(text[h.end:j].split())
    return _outlet(lex, h.start, j, normalize(text[h.start:h.end]) + " " + bare, bare)


def _outlet(lex: Lexicon, start: int, end: int, canon: str, bare: str, coord=None) -> "_Mention":
    """An outlet named with its kind: a voice, whatever side it speaks for; the lexicon's when it
    knows the name ("فضائية «الجزيرة»" is Al Jazeera), else an unknown media source."""
    known = _known_outlet(lex, canon, bare)
    if known is not None:
        return _Mention(start, end, known, coord=coord)
    return _Mention(start, end, "unk:" + canon, coord=coord, unknown={
        "kind": "media", "side": "media", "role": "source", "canonical": canon})


def _known_outlet(lex: Lexicon, named: str, bare: str) -> str | None:
    """The source row a quoted outlet name is an alias of, with its kind word or without."""
    for k in (named, bare):
        for rid, mode, _lam in lex.aliases.get(k, ()):
            if not mode and lex.rows[rid].role == "source":
                return rid
    return None


# one or two words of an outlet's name, then the word after them ("قناة النبأ التلفزيونية")
_MEDIA_NAME_THEN = re.compile(r" +([^\W\d_]{2,})(?: +([^\W\d_]{2,}))?(?: +([^\W\d_]{2,}))?")


def _named_by_media_adjective(lex: Lexicon, text: str, pos: int):
    """"قناة النبأ التلفزيونية"، "وكالة ستيب الإخبارية": one or two words after a media head,
    closed by an adjective of media (media_adjective rows), name the outlet though no quote nor
    source cue marks them: the name's word spans with the adjective's, else None."""
    m = _MEDIA_NAME_THEN.match(text, pos, pos + 60)
    if m is None:
        return None
    for k in (2, 3):
        if m.group(k) is not None and m.group(k) in lex.media_adjs:
            words = [m.span(i) for i in range(1, k)]
            if any(text[a:b] in lex.media_adjs or text[a:b] in lex.heads for a, b in words):
                return None
            return words + [m.span(k)]     # (the adjective is a word of the name)
    return None


_NUMBER_AFTER = re.compile(r" +\d+(?![\d.,٫])")
_QUOTED_HEADS = ("quoted", "media")     # heads that take a quoted name only
_CORRESPONDENT = frozenset(normalize(w) for w in (
    "مراسل", "مراسلة", "مراسلو", "مراسلي", "موفد", "موفدة"))


def _media_context(lex: Lexicon, text: str, h, cue_ends) -> bool:
    """Whether a media head ("تلفزيون", "موقع") stands where an outlet is quoted: a ل glued to it
    ("لصحيفة “X”"), or a source cue or a source_before word (a speech verb, عن، وفق، بحسب) right
    before it ("أعلن تلفزيون “X”"، "نقلت وكالة “X” عن"); "سيطروا على موقع “X”" is a position."""
    if "ل" in h.prefix:
        return True
    before = h.text_start
    while before > 0 and text[before - 1] in ' "':
        before -= 1
    if before in cue_ends:
        return True
    pw = _prev_word(text, h.text_start)
    return bool(pw) and (pw in lex.source_before or (pw[0] in "وف" and pw[1:] in lex.source_before))


def _numbered(text: str, h) -> bool:
    """A head with the article and a number or an ordinal right after it ("اللواء 777"،
    "الفرقة 25"، "اللواء السادس"، "الكتيبة الرابعة"): a numbered unit (not the rank "اللواء",
    which a person's name follows)."""
    if not h.prefix.endswith("ال"):
        return False
    if _NUMBER_AFTER.match(text, h.end) is not None:
        return True
    m = _WORD_AFTER.match(text, h.end)
    return m is not None and _ordinal(m.group(1))


_WORD_AFTER = re.compile(r' +([^\s"]+)')     # (a quote closing the unit's name is no letter of it)


def _ordinal(word: str) -> bool:
    """"السادس"، "الرابعة"، "الأول": a definite ordinal adjective (number_words.tsv's ordinals)."""
    w = normalize(word)
    return w.startswith("ال") and w[2:] in ordinal_words()


def _adjacent_known(text: str, idx: _Index, start: int, end: int) -> list:
    """Known actors next to [start, end) in a list (separated by و or a comma only)."""
    out = []
    for mm in idx.ending(start - 4, start):
        if mm.unknown is None and _GAP_LIST.match(text[mm.end:start].replace('"', " ")):
            out.append(mm)
    for mm in idx.starting(end, end + 5):
        if mm.unknown is None:
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


def _side_from_neighbours(idx: _Index, start, end, text) -> str | None:
    lex = lexicon()
    sides = Counter()
    for mm in _adjacent_known(text, idx, start, end):
        if _strip_clitic(_prev_word(text, min(mm.start, start))) == "بين":
            continue   # "اشتباكات بين X و Y": two opponents, not allies
        side = lex.rows[mm.rid].side
        if side != "unknown":
            sides[side] += 1
    return sides.most_common(1)[0][0] if sides else None


_GROUP_KINDS = frozenset(("rebel_group", "unidentified", "militia", "jihadist_group", "kurdish_forces"))
_NOT_LETTER = "\"'()[]،,.:؛;!?؟«»-–—/\n\t"
_ADJ_WORD = re.compile(r" (و?)([\u0621-\u064a]{3,})")


def _group_adjectives(lex: Lexicon, text: str, mentions: list[_Mention]) -> None:
    """"الفصائل الإسلامية والمقاتلة": adjectives (group_adjective rows, agreeing in
    definiteness; the second and later ones joined by و) after a group's name complete it."""
    adjs = lex.group_adjs
    groups = lex.group_rids
    forms = lex.group_adj_forms
    heads = lex.group_adj_heads
    ntext = len(text)
    for n, mm in enumerate(mentions):
        if mm.rid not in groups:
            continue
        e = mm.end
        if text[e + 1:e + 6] not in heads or text[e] != " " or mm.unknown is not None or mm.coord:
            continue
        # the word after the name, looked up before any regular expression runs
        j = text.find(" ", e + 1, e + 20)
        w = text[e + 1:j if j >= 0 else min(ntext, e + 20)]
        if w not in forms and (not w or w[-1].isalpha() or w.rstrip(_NOT_LETTER) not in forms):
            continue
        m = _ADJ_WORD.match(text, e)
        if m is None:
            continue
        last = text[mm.start:mm.end].rsplit(" ", 1)[-1]
        art = "" if last.startswith("ال") else "ال"
        if m.group(1) and (art + last) not in adjs:
            continue    # "… والإسلامية" goes on a name that ends with such an adjective only
        nxt = mentions[n + 1].start if n + 1 < len(mentions) else len(text)
        end = mm.end
        while m is not None and m.end() <= nxt and (art + m.group(2)) in adjs \
                and not (art and m.group(2).startswith("ال")):
            end = m.end()
            m = _ADJ_WORD.match(text, end)
        mm.end = end


# the words of an unnamed source that nisba adjectives may complete
_VOICE_HEADS = frozenset(("مصدر", "مصادر", "المصدر", "المصادر", normalize("وسائل")))
# "وسائل إعلام عراقية": media named only with an adjective that says whose (bare "وسائل إعلام" is
# the press at large, no voice of its own)
_NEEDS_ADJECTIVE = frozenset((normalize("وسائل"),))


def _voice_adjectives(lex: Lexicon, text: str, mentions: list[_Mention]) -> None:
    """"مصادر عسكرية ميدانية"، "مصادر عسكرية وطبية": nisba adjectives (voice_adjective rows,
    agreeing in definiteness; a later one may be joined by و) after an unnamed source of the
    lexicon complete its name ("مصادر أمنية وطبية عراقية": the medical voice of the coordinated
    adjective too). A name read inside another mention is left alone."""
    adjs = lex.voice_adjs
    rows = lex.rows
    starts = None
    for mm in mentions:
        if mm.unknown is not None or text[mm.end:mm.end + 1] != " " \
                or rows[mm.rid].role != "source":
            continue
        first = text[mm.start:mm.end].split(" ", 1)[0]
        if first not in _VOICE_HEADS:
            continue
        art = "ال" if first.startswith("ال") else ""
        if starts is None:
            starts = [m.start for m in mentions]    # (sorted by start before this pass)
        k = bisect_right(starts, mm.start)
        nxt = starts[k] if k < len(starts) else len(text)
        if nxt < mm.end:
            continue    # ("مصادر أمنية" inside "مصادر أمنية وطبية": the longer one goes on)
        end = mm.end
        m = _ADJ_WORD.match(text, end)
        while m is not None and m.end() <= nxt and m.group(2).startswith(art) \
                and m.group(2)[len(art):] in adjs:
            end = m.end()
            m = _ADJ_WORD.match(text, end)
        mm.end = end
    bare = [mm for mm in mentions if mm.unknown is None and text[mm.start:mm.end].split(" ", 1)[0]
            in _NEEDS_ADJECTIVE and text.count(" ", mm.start, mm.end) == 1]
    for mm in bare:
        mentions.remove(mm)


# affiliation words of belonging (not of backing or closeness: "المدعوم من"، "المقرب من")
_BELONGING = tuple(normalize(w) for w in ("التابع", "المنضوي", "احد فصائل", "احد مكونات", "من فصائل"))
# "المنضوية في تحالف (قوات سوريا الديمقراطية)": a word for a coalition before the body's name
_COALITION_WORDS = frozenset(normalize(w) for w in ("تحالف", "ائتلاف", "صفوف"))
_AFFIL_NAME_REACH = 16      # characters from the phrase's end to the body's name


def _affiliation_sides(lex: Lexicon, text: str, affils: list, mentions: list[_Mention]) -> None:
    """'لواء X التابع لحركة Y', 'المتهمين بموالاة تنظيم الدولة': an unknown group before the
    phrase takes the side of the actor after it (or of a side word: 'التابع للمعارضة')."""
    if not affils:
        return
    idx = _Index(mentions)
    for a in affils:
        before = idx.ending(a.text_start - 40, a.text_start)
        if not before or any(w not in lex.name_end for w in
                             text[before[-1].end:a.text_start].replace('"', " ").split()):
            continue
        # the name right before the phrase and the names listed with it ("X وY المتهمين بموالاة")
        chain = [before[-1]]
        while len(chain) < 12:
            prev = idx.ending(chain[-1].start - 8, chain[-1].start)
            gap = text[prev[-1].end:chain[-1].start].replace('"', " ") if prev else ""
            if prev and prev[-1] is not chain[-1] and (_GAP_LIST.match(gap) or _GAP_LIST.match(gap + "و")):
                chain.append(prev[-1])
            else:
                break
        targets = [mm for mm in chain if mm.unknown is not None and mm.unknown["side"] == "unknown"]
        # a generic actor of no side ("الطيران الحربي التابع للجيش السوداني"): the force of the
        # actor named after the phrase
        generic = [mm for mm in chain if mm.unknown is None and lex.rows[mm.rid].side == "unknown"
                   and not lex.rows[mm.rid].country]
        # a bare word that stands for a body only by default ("الميليشيات" for the government's
        # militias) is the body it is said to belong to: "الميليشيات المنضوية في تحالف (قوات
        # سوريا الديمقراطية)"، "الفصائل التابعة لـ…"
        belongs = a.key.startswith(_BELONGING)
        if belongs:
            generic += [mm for mm in chain if mm.weak and mm.unknown is None and mm not in generic]
        if not targets and not generic:
            continue
        after = [mm for mm in idx.starting(a.end, a.end + _AFFIL_NAME_REACH) if mm.unknown is None
                 and (mm.start - a.end <= 6 or belongs
                      and not set(_WORD_RE.findall(text[a.end:mm.start])) - _COALITION_WORDS)]
        side = None
        if not after and lex.back_pronouns:
            ws = _words_after(text, a.end, 1)
            if ws and ws[0][2] in lex.back_pronouns and not ws[0][3].strip():
                _loyal_to_earlier(lex, text, idx, chain, ws[0][1])
                continue
        if after:
            side = lex.rows[after[0].rid].side
            if side != "unknown":
                for mm in generic:
                    mm.rid = after[0].rid
        else:
            ws = _words_after(text, a.end, 1)
            if ws:
                side = lex.side_words.get(_strip_clitic(ws[0][2])) or lex.side_words.get(ws[0][2])
        if side and side != "unknown":
            for mm in targets:
                mm.unknown["side"] = side


_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _pronoun_tails(lex: Lexicon, text: str, mentions: list[_Mention]) -> None:
    """"والمليشيات الموالية لها"، "الميليشيات المساندة لها"، "المليشيات المتحالفة معها": a name
    that ends in an adjective of alliance, or is followed by one ("المليشيات التابعة لها"), takes
    the pronoun phrase after it (the actor it is allied with was named before); the name is the
    whole phrase."""
    allies = lex.ally_adjectives
    back = lex.back_pronoun_re
    n = len(text)
    for mm in mentions:
        e = mm.end
        if e + 3 > n or text[e] != " ":
            continue
        if text[e + 1] in "لم":
            b = back.match(text, e + 1)
            if b is None or text[text.rfind(" ", mm.start, e) + 1:e] not in allies:
                continue
        elif text[e + 1:e + 3] == "ال":
            # "والمليشيات التابعة لها": the adjective is not yet part of the name
            a = text.find(" ", e + 1, e + 16)
            if a < 0 or text[e + 1:a] not in allies:
                continue
            b = back.match(text, a + 1)
            if b is None:
                continue
        else:
            continue    # the usual case: no pronoun phrase follows
        j = b.end()
        mm.end = j
        if mm.unknown is not None:
            mm.unknown["canonical"] = " ".join(text[mm.start:j].split())


def _loyal_to_earlier(lex: Lexicon, text: str, idx: "_Index", chain: list, end: int) -> None:
    """"قوات النظام والمسلحين الموالين لها": the pronoun names the nearest earlier actor of
    known side (in the list, else in the sentence); the group before the phrase takes its side,
    and a generic group ("المسلحين") becomes a group of its own named with the whole phrase."""
    mm = chain[0]
    rows = lex.rows
    ref = None
    for c in chain[1:]:
        if c.unknown is None and rows[c.rid].side != "unknown":
            ref = c
            break
        if c.unknown is not None and c.unknown["side"] != "unknown":
            ref = c
            break
    if ref is None:
        lo = mm.start - 160
        cut = None
        for cut in _SENTENCE_END.finditer(text, max(0, lo), mm.start):
            pass
        if cut is not None:
            lo = cut.end()
        for c in reversed(idx.ending(max(0, lo), mm.start)):
            if c is mm or c.start >= mm.start:
                continue
            side = rows[c.rid].side if c.unknown is None else c.unknown["side"]
            if side != "unknown":
                ref = c
                break
    if ref is None:
        return
    side = rows[ref.rid].side if ref.unknown is None else ref.unknown["side"]
    if mm.unknown is not None:
        if mm.unknown["side"] == "unknown":
            mm.unknown["side"] = side
        return
    row = rows[mm.rid]
    if row.side != "unknown" or row.country:
        return
    key = " ".join(text[mm.start:end].split())
    mm.rid = "unk:" + key
    mm.end = end
    mm.weak = False
    mm.unknown = {"kind": "militia" if row.kind == "unidentified" else row.kind, "side": side,
                  "role": "actor", "canonical": key}


# --------------------------------------------------------------------------- sources


def _quoted(lex: Lexicon, text: str, cues: list, mentions: list[_Mention], doc=None) -> set:
    """Mentions the text quotes (right after a source cue), and unknown organisations named by an
    ``org`` cue ("المتحدث باسم X" with X not in the lexicon) added to ``mentions``; after a voice
    and في/من ("مصدر في"، "مسؤول في"、 and the org cues), an institution the lexicon lacks
    ("مصدر في قيادة شرطة محافظة حلب", see :func:`_institution_after`) is added the same way."""
    out = set()
    if not cues:
        return out
    idx = _Index(mentions)
    by_start, starts = idx.by_start, idx.starts
    n = len(starts)
    places = None
    made: set = set()
    for c in cues:
        val = c.value
        end = c.end
        hit = None
        i = bisect_left(starts, end)    # the first mention starting in [end, end + 4]
        if i < n and starts[i] <= end + 4:
            mm = by_start[i]
            if not text[end:mm.start].strip(' "لـوب'):
                hit = mm
        if hit is not None:
            out.add(id(hit))
            continue
        ck = c.key
        inner = ck.endswith((" في", " من"))
        if val != "org" and not inner:
            continue
        org = None
        if val == "org":
            org = _org_after(lex, text, end, glued=not ck.endswith((" في", " عن", " من", " باسم")))
        if org and any(m.start < org[0] < m.end for m in mentions):
            org = None      # "الناطق باسم كتائب القسام": the cue is a word of a name read whole
        if org:
            s, e, key = org
            mm = _Mention(s, e, "unk:" + key, unknown={"kind": "unknown_group", "side": "unknown",
                                                       "role": "source", "canonical": key})
            mentions.append(mm)
            out.add(id(mm))
            continue
        if (inner or ck.endswith(" باسم")) and lex.institutions:
            w0 = _WORD.search(text, end, end + 40)
            if w0 is None or w0.group() not in lex.institutions:
                continue        # the usual case: no institution word next
            if places is None:
                places = _place_spans(doc)
            inst = _institution_after(lex, text, end, places, idx)
            if inst and inst[0] not in made:
                s, e, key, side = inst
                made.add(s)     # (two cues may end before one name: "المتحدث باسم")
                mm = _Mention(s, e, "unk:" + key, unknown={"kind": "institution", "side": side,
                                                           "role": "source", "canonical": key})
                mentions.append(mm)
                out.add(id(mm))
    return out


def _not_in_places(alias_ms: list, places: list, text: str) -> list:
    """"إلى الأبيض وأم روابة": a name read across the start of a place the gazetteer knows and
    ending inside it ("وام", the Emirati agency, in "وأم روابة") is that place's first word; a
    name read inside a place's word after letters that are no clitic of "told to" ("وفا" in
    "قرية كوفا") is part of that name, and so is a name that follows words of the place's own
    name, no heads ("جبال النوبة": the Nuba Mountains; "بلدة التبو" keeps the Tebu)."""
    starts = [p[0] for p in places]
    keep = None
    for k, m in enumerate(alias_ms):
        i = bisect_right(starts, m.start)
        if (i < len(places) and places[i][0] < m.end < places[i][1]) or (
                i and places[i - 1][0] < m.start and m.end <= places[i - 1][1]
                and (m.prefix not in _TOLD_TO
                     or _words_of_name(text[places[i - 1][0]:m.start - len(m.prefix)]))):
            if keep is None:
                keep = alias_ms[:k]
            continue
        if keep is not None:
            keep.append(m)
    return alias_ms if keep is None else keep


def _place_spans(doc) -> list:
    """The place mentions of the article, (start, end, place index) in doc.norm, sorted: the
    table the attribution stage keeps on the document (read once, shared by every stage)."""
    return place_mentions(doc) if getattr(doc, "places", None) else []


def _institution_after(lex: Lexicon, text: str, pos: int, places: list, idx: "_Index"):
    """An institution named after a voice and في/من ("مصدر في قيادة شرطة محافظة حلب"، "مسؤول
    في مديرية صحة إدلب"، "مصدر في مستشفى “الشفاء”"): an ``institution`` word (قيادة، شرطة،
    محافظة، وزارة، مستشفى …), more institution words or ``institution_part`` words (صحة، عمليات)
    in construct, and a complement that closes the name: a place of the article ("حلب"), a
    definite word and its nisba adjective ("الداخلية السورية") or a quoted name. A name that
    never closes ("مصدر في شرطة قال") or that holds an actor of the lexicon ("قيادة الجيش
    السوري") is none. (start, end, key, side) or None; the side is the first one its words give."""
    ws = _words_after(text, pos, 6)
    if not ws or ws[0][3].strip():
        return None
    insts = lex.institutions
    first = insts.get(ws[0][2])
    if first is None or not first[1]:
        return None
    side = first[0]
    s0 = ws[0][0]
    end = None
    ps = [p[0] for p in places]
    for k in range(1, len(ws)):
        s, e, w, gap = ws[k]
        if gap.strip() == '"':
            # 'مستشفى "الشفاء"': a quoted name closes it
            q = text.find('"', s, s + 50)
            if q > s and "\n" not in text[s:q] and len(text[s:q].split()) <= 4:
                end = q + 1
            break
        if gap != " ":
            break
        # a place of the article covering the word closes the name ("محافظة حلب")
        j = bisect_right(ps, s) - 1
        while j >= 0 and places[j][0] > s - 40:
            if places[j][0] <= s < places[j][1]:
                end = places[j][1]
                break
            j -= 1
        if end is not None:
            break
        got = insts.get(w)
        if got is not None:
            if side == "unknown":
                side = got[0]
            continue
        if w.startswith("ال") and len(w) > 3 and w not in lex.name_end and w not in lex.not_name:
            end = e
            if k + 1 < len(ws):
                _s2, e2, w2, gap2 = ws[k + 1]
                if gap2 == " " and w2.startswith("ال") and w2.endswith(("ي", "يه")) \
                        and w2 not in lex.name_end:
                    end = e2      # "وزارة الداخلية السورية"
        break
    if end is None:
        return None
    if idx.starting(s0, end - 1) or idx.ending(s0 + 1, end):
        return None     # an actor of the lexicon inside: its voice, not a new body
    key = " ".join(text[s0:end].replace('"', " ").split())
    return s0, end, key, side


def _org_after(lex: Lexicon, text: str, pos: int, glued: bool = False):
    """An organisation's name after 'المتحدث باسم': a quoted name, or 1-4 words up to the first
    definite word (plus one nisba adjective). ``glued``: the name may carry the ل of
    "عضو المكتب السياسي لـ" (لتجمع، للمجلس)."""
    if glued:
        j = pos
        while j < len(text) and text[j] == " ":
            j += 1
        if text.startswith("لل", j):
            pos = j + 1   # لل + name: keep the article's ل as ا is lost; the name starts after ل
        elif text.startswith("ل", j) and j + 3 < len(text) and is_letter(text[j + 1]):
            pos = j + 1
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


# --------------------------------------------------------------------------- people

_NAME_WORD = re.compile(r"[\u0621-\u064a]{2,}")
_COMPOUND = ("عبد", "ابو", "ابي", "ابن", "بن", "ام", "بنت", "ال", "دي", "فان")
_NAME_SECONDS = frozenset(("الدين", "الله"))     # "نور الدين"، "عطا الله": a name's second word


# given names that begin with و or ف (elsewhere a glued conjunction: "والسلطات")
_W_NAMES = frozenset(normalize(w) for w in load_words("names_w_f.txt"))


def _not_a_name_word(w: str) -> bool:
    """A word no name holds: a noun with a pronoun ("قولها"، "مصادرهم"), a nisba adjective
    ("حكومية"، "عسكرية") or a number word ("أفادت بمقتل سبعة عناصر من القوات": a toll, no
    speaker)."""
    if len(w) >= 4 and w.endswith(("ها", "هم", "هما")):
        return True
    return (len(w) >= 6 and w.endswith("يه")) or w in count_words()


_NAME_START = re.compile(r'[ "]*([\u0621-\u064a]{2,})')   # spaces and quotes, then _NAME_WORD


def _no_name_at(lex: Lexicon, m, names: frozenset) -> bool:
    """Can no name begin at ``_NAME_START``'s match ``m`` (None: no word there)? The usual case:
    a word that cannot begin a name ("في", "التي" …), unless its original spelling shows it is
    one (``names``, see dotted_ali)."""
    return m is None or (lex.no_name_start[m.group(1)] and not (names and m.start(1) in names))


def _person_name(lex: Lexicon, text: str, pos: int, stops: set, taken,
                 names: frozenset = frozenset()) -> tuple | None:
    """2-4 words of a person's name at ``pos`` ("ياسر عبد الرحيم", "أدهم أبو الحسام");
    ``names``: the starts of words the original spelling shows to be names (see dotted_ali)."""
    m = _NAME_START.match(text, pos)
    if _no_name_at(lex, m, names):
        return None
    return _person_name_from(lex, text, m, stops, taken, names)


_ALI = re.compile(r"(?<![\u0621-\u064a])علي(?![\u0621-\u064a])")


def dotted_ali(doc) -> frozenset:
    """The starts (in norm) of "علي" written with a dotted ya: the name Ali ("العقيد علي
    القريشي"), which normalising folds into the preposition على."""
    if "علي" not in doc.text:
        return frozenset()      # (the usual case: every على written with its dotless ya)
    got = doc.options.get("_dotted_ali")
    if got is not None:
        return got              # (read once: the actor and the attribution stages ask)
    to_original = doc.normalized.to_original
    src = doc.text
    out = set()
    for m in _ALI.finditer(doc.norm):
        s0, e0 = to_original(m.start(), m.end())
        if src[s0:e0].endswith("ي"):
            out.add(m.start())
    got = doc.options["_dotted_ali"] = frozenset(out)
    return got


@lru_cache(maxsize=1)
def _place_heads() -> frozenset:
    """The head words of places (data/place_heads.tsv, normalised): "محافظة"، "مدينة"، "حي" …."""
    return frozenset(place_context().heads)


def _person_name_from(lex: Lexicon, text: str, m, stops: set, taken,
                      names: frozenset = frozenset()) -> tuple | None:
    """:func:`_person_name` once its first word (``_NAME_START``'s match ``m``) may begin a
    name."""
    n = len(text)
    no_word = lex.no_name_word
    words = []
    glued = 0
    ws, me = m.span(1)
    w = m.group(1)
    while True:
        if me < n:
            ch = text[me]
            if ch.isalnum() or ch == "_":   # is_letter, inlined
                break
        if (no_word[w] and not (names and ws in names)) or w in stops or taken(ws, me):
            break
        if words:
            if w[0] in "وف" and len(w) > 3 and w not in _W_NAMES and words[-1][2] not in _COMPOUND:
                break       # (after "أبو"، "عبد" the word is the name's: "خالد أبو فلارا")
            if _told_to(lex, w):
                break       # "… لموقع"، "… للجزيرة": the outlet spoken to, no name of his
            if words[-1][2] in ("ابن", "بن") and w in _place_heads():
                break       # "محمد أبازيد ابن محافظة درعا": a native of, not a father's name
        elif w.startswith("ال") or (w[0] in "ات" and w[-1] == "ت" and len(w) >= 5) \
                or (len(w) == 6 and w.startswith("است")):
            return None     # (nor a verb of the forms افتعلت، استفعلت، تفاعلت، استفعل: "استهدفت
            # الحي"، "تراجعت مؤقتا"، "مصدره طيران النظام استهدف حي جوبر")
        words.append((ws, me, w))
        if len(words) > 1 and (words[-2][2] in _COMPOUND or w in _NAME_SECONDS):
            glued += 1      # "عبد الله"، "نور الدين": one part of the name in two words
        if len(words) - glued == 4 or len(words) == 6:
            break
        if me < n and text[me] == " " and me + 1 < n and text[me + 1] not in ' "،,.:؛':
            m = _NAME_WORD.match(text, me + 1)
            if not m:
                break
            ws, me = m.span()
            w = m.group()
        else:
            break
    while words and words[-1][2] in _COMPOUND:
        words.pop()
    if len(words) < 2 or (len(words) == 4 and not glued):
        return None
    return words[0][0], words[-1][1]


def _people(lex: Lexicon, text: str, ptitles, proles, speech, cues, mentions,
            places: list = (), names: frozenset = frozenset()) -> list[_Mention]:
    """Named people: after a title ("الرائد X"), or after a speech verb when a role, a source cue
    or "من" + an actor follows ("وقال هاني الخالد من كتائب ثوار الشام", "قال X، المتحدث باسم Y"),
    or in apposition after an organisation quoted by a cue ("عضو المكتب السياسي في حركة Y، X،").
    The organisation named with them becomes ``parent`` and gives the side."""
    spans = _Spans.of(mentions)
    taken = spans.overlaps

    role_starts = {h.text_start for h in proles} | {c.text_start for c in cues}
    stops = {h.key for h in ptitles} | {h.key for h in proles} | {h.key for h in speech}
    idx = _Index(mentions)
    role_sorted = sorted(role_starts)
    out: list[_Mention] = []

    def org_near(end: int):
        """The first actor mention within 60 characters after ``end`` (the speaker's group),
        before the complementizer that opens what he said ("قائد شرطة محافظة ديالى إن 18 عنصراً
        من داعش قتلوا": not داعش)."""
        lim = end + 60
        said = _SAID_OPENS.search(text, end, lim)
        near = idx.starting(end, said.start() if said else lim)
        return near[0] if near else None

    def add(rng, role, org):
        s0, e0 = rng
        if taken(s0, e0):
            return
        key = " ".join(text[s0:e0].split())
        side, parent = "unknown", None
        if org is not None:
            parent = org.rid
            side = org.unknown["side"] if org.unknown else lex.rows[org.rid].side
        out.append(_Mention(s0, e0, "person:" + key, unknown={
            "kind": "person", "side": side, "role": role, "canonical": key, "parent": parent}))
        spans.add(s0, e0)

    org_cues = None
    said_ends = None    # (formula ends, formula or speech verb ends, title start by end): on demand

    def said_before(pos: int, formula_only: bool = False) -> bool:
        """A formula ("وبحسب"), or with ``formula_only`` False a speech verb too, right before
        ``pos`` (past titles): see :func:`_said_before`."""
        nonlocal said_ends
        if said_ends is None:
            formula = {c.end for c in cues if c.value == "verb" and " " not in c.key}
            # past titles and role words ("وقال نائب وزير الداخلية X": the deputy's name after
            # his minister's office)
            titles = {x.end: x.text_start for x in proles}
            titles.update((x.end, x.text_start) for x in ptitles)
            said_ends = (formula, formula | {x.end for x in speech}, titles)
        return _said_before(text, pos, said_ends[0] if formula_only else said_ends[1], said_ends[2])

    title_at = {h.text_start: h.end for h in ptitles}
    trades: set = set()     # role words that are source-only voices ("الطبيب"): dropped
    place_starts = None     # place start -> end, made for the first title of a place's office
    for h in ptitles:
        pos = h.end
        if h.key in lex.place_titles:
            # "محافظ حمص طلال البرازي": the title, the place it governs, then the name
            k = pos
            while k < len(text) and text[k] == " ":
                k += 1
            if place_starts is None:
                place_starts = {p[0]: p[1] for p in places}
            e = place_starts.get(k)
            if e is None:
                # "رئيس بلدية دبس": a place told with its head word, the title's last word
                e = next((pe for ps, pe in place_starts.items() if ps < k < pe), None)
                if e is None:
                    continue
            while True:
                # "مدير مستشفى الجلاء الدكتور محمد بلعيد": past the name's own titles
                k = e
                while k < len(text) and text[k] == " ":
                    k += 1
                if k not in title_at:
                    break
                e = title_at[k]
            rng = _person_name(lex, text, e, stops, taken, names)
            if rng is None and text[e:e + 1] in "،,":
                # "رئيس بلدية كييف، فيتالي كليتشكو،": the name in apposition between commas
                rng = _person_name(lex, text, e + 1, stops, taken, names)
                if rng is not None and text[rng[1]:rng[1] + 1] not in "،,":
                    rng = None
            if rng:
                add(rng, "source", None)    # (no body but the office: not the outlet he spoke to)
            continue
        rng = _person_name(lex, text, pos, stops, taken, names)
        if rng:
            nxt = _after_name(text, rng[1])
            if nxt in role_starts:
                add(rng, "source", org_near(rng[1]))
                continue
            if text[rng[1]:nxt].strip(' "') in ("،", ","):
                # "المتحدث باسم القوات الخاصة العقيد X،": the spokesman named after his body
                if org_cues is None:
                    org_cues = [c for c in cues if c.value == "org"]
                cue = next((c for c in org_cues if h.text_start - 60 <= c.end <= h.text_start
                            and not _ROLE_BREAK.search(text, c.end, h.text_start)), None)
                if cue is None:
                    add(rng, "actor", None)
                else:
                    body = idx.starting(cue.end, h.text_start)
                    add(rng, "source", body[0] if body else None)
                continue
            if h.key not in lex.ranks and not _told_after(lex, text, rng[1]) \
                    and not said_before(h.text_start, formula_only=True) \
                    and not _NAME_THEN_SAID.match(text, rng[1]):
                continue    # (any title right after a formula: "وبحسب الناشط محمد أبازيد"; after
                # a speech verb, a title with the outlet or the talk after the name: "وأوضح
                # الناشط الإعلامي علاء النعسان في حديث لموقع", or what he said right after it:
                # "وقال الناشط خالد أبو فلارا إن 15 شخصا قتلوا")
            if said_before(h.text_start):
                # "وقال العميد الركن أحمد العسيري لرويترز": a person with a military rank
                # right after a speech verb is the speaker (not the one he spoke to:
                # "للصحفيين"، "لوكالة")
                s0, e0 = rng
                cut = text.rfind(" ", s0, e0)
                last = text[cut + 1:e0]
                if text.count(" ", s0, e0) >= 2 and (last.startswith("لل")
                                                     or last[1:] in lex.source_before):
                    rng = (s0, cut)
                # an activist's title is a mention of the activists: their side is his
                body = next((x for x in idx.ending(h.end, h.end) if x.unknown is None
                             and lex.rows[x.rid].kind == "activists"), None)
                add(rng, "source", body)
    name_start = _NAME_START.match
    for h in speech:
        # a name (a few words) must be followed by a role, a cue, "من" or the talk he gave
        m = name_start(text, h.end)
        if _no_name_at(lex, m, names):
            continue    # the usual case: no name can begin here
        rng = _person_name_from(lex, text, m, stops, taken, names)
        if not rng:
            continue
        nxt = _after_name(text, rng[1])
        org = None
        if nxt in role_starts:
            org = org_near(rng[1])
            if org is not None and org.unknown is None and org.start - nxt <= 2 \
                    and text[org.start:org.end] in lex.source_only:
                # "وقال X، الطبيب في المستشفى": the role word is the speaker's trade, not a
                # second voice; it gives his side only
                n0 = len(out)
                add(rng, "source", org)
                if len(out) > n0:
                    out[-1].unknown["parent"] = None
                    trades.add(id(org))
                continue
        elif text.startswith("من ", nxt):
            org = next(iter(idx.starting(nxt + 3, nxt + 6)), None)
            if org is None:
                continue
        elif not _told_after(lex, text, _past_aside(text, rng[1])) \
                or all(w.endswith("ه") for w in text[rng[0]:rng[1]].split()):
            continue    # (else the talk he gave or the outlet, maybe past an aside: "وقال فيصل
            # السيد (من سكان مدينة البوكمال) في حديث لموقع الحل"; not a feminine noun and its
            # adjective: "وأفادت حصيلة سابقة للمرصد")
        add(rng, "source", org)
    # "عضو المكتب السياسي في حركة Y، ياسر اليوسف، إن", "المتحدث باسم Y العقيد X إن": the
    # mentions that start at most 45 characters after a role or a cue (found from the roles)
    by_start, m_starts = idx.by_start, idx.starts
    near_role = set()
    for r in role_sorted:
        for mi in range(bisect_left(m_starts, r), bisect_right(m_starts, r + 45)):
            if _ROLE_BREAK.search(text, r, m_starts[mi]) or _SAID_OPENS.search(text, r, m_starts[mi]):
                break   # "وبحسب X، فإن الطائرات قصفت …": past the cue's clause, no apposition
                # (nor past what he said opens: "وقال مصدر إن داعش اقتحم المجمع، ما …")
            near_role.add(mi)
    if near_role and org_cues is None:
        org_cues = [c for c in cues if c.value == "org"]
    for mi in sorted(near_role):
        mm = by_start[mi]
        if (mm.unknown.get("kind") if mm.unknown else lex.rows[mm.rid].kind) == "person":
            continue    # a named person has no spokesman in apposition ("مدير المرصد رامي عبد
            # الرحمن حصيلة القتلى، موضحا": the words after his name are what he confirmed)
        sep = _AFTER_ORG.match(text, mm.end)
        j = sep.end()
        comma = sep.group(1) is not None
        j = title_at.get(j, j)
        m = name_start(text, j)
        if _no_name_at(lex, m, names):
            continue    # the usual case: no name can begin here
        w0 = m.group(1)
        if comma and w0[0] in "وف" and len(w0) >= 3 and w0 not in _W_NAMES:
            continue    # "وفق مراسل X، وتم نقل المصابين": a clause after the comma, no name
        rng = _person_name_from(lex, text, m, stops, taken, names)
        if not rng:
            continue
        after = text[rng[1]:rng[1] + 6].lstrip(' "')
        if after[:1] in ("،", ",", ":") or (not comma and after.startswith(("ان ", "انه", "ان:"))) \
                or (not comma and text.startswith(' "', rng[1])
                    and any(not text[c.end:mm.start].strip() for c in org_cues)):
            # (or, after a spokesman's cue, his words quoted right after the name: 'إعلان
            # المتحدث باسم مجلس منبج العسكري شرفان درويش "مقتل سبعة مقاتلين"')
            if text.endswith(" ضد ", 0, mm.start):
                # "المتحدث باسم التحالف ضد تنظيم داعش الكولونيل X": the body fought against is
                # no body of his; he speaks for the one before ضد
                mm = next(iter(idx.ending(mm.start - 4, mm.start - 4)), mm)
            add(rng, "source", mm)
        elif _told_after(lex, text, rng[1]) and said_before(mm.start):
            # "وقال الناشط الإعلامي، محمد الحلبي لـ“X”"، "وأوضح الناشط علاء النعسان في حديث
            # لموقع": the speaker named after his title, then the outlet or the talk
            add(rng, "source", mm)
    if trades:
        mentions[:] = [m for m in mentions if id(m) not in trades]
    return out


# after a speaker's name: the talk he gave, or a word glued to ل (the outlet he spoke to)
_TOLD_AFTER = re.compile(r' +(?:من +)?(?:(?:في|خلال) +(?:حديث|تصريح|تصريحات|اتصال|مقابله|لقاء)\b'
                         r'|(ل[\w"]*))')


def _told_to(lex: Lexicon, w: str) -> bool:
    """A word glued to ل that names who was spoken to ("للجزيرة"، "لموقع"، "لوكالة": ل and a
    source_before word), never a word of a name."""
    return w.startswith("لل") or (w[0] == "ل" and w[1:] in lex.source_before)


def _told_after(lex: Lexicon, text: str, pos: int) -> bool:
    """The talk or the outlet told to right after a speaker's name ending at ``pos``: "في حديث
    لموقع"، "لـ“العربي الجديد”"، "لوكالة الأناضول"."""
    m = _TOLD_AFTER.match(text, pos)
    if m is None:
        return False
    w = m.group(1)
    return w is None or w == "ل" or w[1] in 'ـ"' or _told_to(lex, w)


_VOICE_IN_RE: dict = {}    # the voice_in words -> their pattern
# a nisba adjective between the voice and في/من ("مصادر ميدانية من"، "مصدر عسكري في")
_NISBA = r"[^\W\d_]{2,}(?:ي|يه|يون|يين)"
_QUOTED_AFTER = frozenset(("عن", "وعن", "بحسب", "وبحسب", "حسب", "وحسب", "وفق", "ووفق"))


def _word_starts(text: str, w: str):
    """Where ``w`` begins a word of ``text``, maybe after a glued و/ف: (w's start, the word's)."""
    i = text.find(w)
    while i >= 0:
        ws = i
        i = text.find(w, i + 1)
        k = ws
        if k and text[k - 1] in "وف":
            k -= 1          # a glued و/ف
        if k and text[k - 1] not in ' "\n':
            continue        # inside another word
        yield ws, k


def _quoted_at(text: str, k: int, ends: set) -> bool:
    """Is the word at ``k`` quoted: right after a speech verb or a source cue (``ends``), past
    spaces and quotes, or after عن/بحسب/وفق?"""
    j = k
    while j > 0 and text[j - 1] in ' "':
        j -= 1
    return j in ends or _prev_word(text, k) in _QUOTED_AFTER


def _voices_in(lex: Lexicon, text: str, speech, cues, mentions) -> list[_Mention]:
    """"نقلت الوكالة عن ضابط في وزارة الداخلية"، "وقال موظف في المستشفى إن": a person inside an
    institution, quoted (right after a speech verb, a source cue or عن), is a source of his own,
    named with the institution, which gives his side; up to two nisba adjectives may stand
    between ("مصادر ميدانية من قوات سوريا الديمقراطية": the lexicon's field sources read alone
    are dropped for it), and ب may be glued to the body ("مصادر بالمعارضة السورية المسلحة").
    Only after such a word: "مقتل ضابط في الجيش" names a victim."""
    out: list[_Mention] = []
    got = _VOICE_IN_RE.get(lex.voice_in)
    if got is None:
        alts = "|".join(sorted(map(re.escape, lex.voice_in), key=len, reverse=True))
        cores = tuple(w for w in lex.voice_in if not any(v != w and v in w for v in lex.voice_in))
        got = _VOICE_IN_RE[lex.voice_in] = (re.compile(
            r"(?:" + alts + r")(?: " + _NISBA + r"){0,2} (?:في |من |ب(?=ال))"), cores)
    pat, cores = got
    ends = idx = None
    drop: set = set()
    for w in cores:
        for ws, k in _word_starts(text, w):
            m = pat.match(text, ws)
            if m is None:
                continue
            if ends is None:
                ends = {h.end for h in speech} | {c.end for c in cues}
            if not _quoted_at(text, k, ends):
                continue
            if idx is None:
                idx = _Index(mentions)
            body = idx.starting(m.end(), m.end() + 1)
            if not body:
                continue
            org = max(body, key=_END)
            end = org.end
            if text[end:end + 1] == '"' and text.count('"', ws, end) % 2:
                end += 1     # 'مصدر في «ألوية العمالقة»': the body's closing quote goes with it
            key = " ".join(text[ws:end].split())
            if org.unknown is None:
                side, parent = lex.rows[org.rid].side, org.rid
            else:
                side, parent = org.unknown.get("side", "unknown"), None
            out.append(_Mention(ws, end, "person:" + key, unknown={
                "kind": "official", "side": side, "role": "source", "canonical": key,
                "parent": parent}))
            # "مصادر ميدانية من قوات سوريا الديمقراطية": the field sources read alone are this voice
            drop.update(id(v) for v in idx.starting(ws, m.end()) if v.end <= m.end())
    if drop:
        mentions[:] = [v for v in mentions if id(v) not in drop]
    return out


# a word that takes the next one into a hospital's name ("مستشفى ابن سينا")
_NAME_LINKS = frozenset(("ابن", "ابو", "الشهيد", "الدكتور"))


def _speaking_bodies(lex: Lexicon, text: str, speech, cues, mentions) -> list[_Mention]:
    """"وأعلن المستشفى المركزي في مدينة مصراتة أن"، "أعلن مستشفى مصراته ارتفاع عدد القتلى":
    a hospital (a voice_body word) quoted right after a speech verb, a source cue or عن/بحسب is
    a medical voice of its own. Its name: after the bare head one word (two after ابن، أبو) and
    then its definite nisba adjectives ("مستشفى مصراته المركزي"); after the head with the
    article, its nisba adjectives only ("المستشفى المركزي"; "المستشفى" alone names none)."""
    out: list[_Mention] = []
    ends = spans = None     # (made when a hospital word first stands in the text)
    for head in lex.voice_bodies:
        for hs, k in _word_starts(text, head):
            he = hs + len(head)
            if text[he:he + 1] != " ":
                continue        # the start of a longer word
            if ends is None:
                ends = {h.end for h in speech} | {c.end for c in cues}
                spans = _Spans.of(mentions)
            if not _quoted_at(text, k, ends):
                continue
            ws = text[he:he + 80].split(" ")[1:]
            n = 0
            if not head.startswith("ال"):
                if not ws or not _NAME_WORD.fullmatch(ws[0]):
                    continue
                n = 2 if ws[0] in _NAME_LINKS and len(ws) > 1 and _NAME_WORD.fullmatch(ws[1]) else 1
            while n < len(ws) and ws[n].startswith("ال") and ws[n].endswith(("ي", "يه")) \
                    and _NAME_WORD.fullmatch(ws[n]):
                n += 1
            if n == 0:
                continue
            end = he + 1 + len(" ".join(ws[:n]))
            if spans.overlaps(hs, end):
                continue
            key = text[hs:end]
            out.append(_Mention(hs, end, "unk:" + key, unknown={
                "kind": "medical", "side": "civil", "role": "source", "canonical": key}))
            spans.add(hs, end)
    return out


def _said_before(text: str, pos: int, speech_ends: set, title_from: dict) -> bool:
    """Does a speech verb stand right before ``pos`` (past other titles: "قال العميد الركن")?"""
    for _ in range(4):
        j = pos
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if j in speech_ends:
            return True
        if j not in title_from:
            return False
        pos = title_from[j]
    return False


_ROLE_BREAK = re.compile(r"[.!?؟،,؛;:\n]")
# what opens a speaker's words (normalised): "إن"، "أن"، "بأن"، "إنه"، a colon
_SAID = r"(?:ان|بان|انه|انها)"
_SAID_OPENS = re.compile(r" " + _SAID + r"(?= )|:")
# after a titled name, what he said opens: right away, after a comma, or past his body ("من
# مستشفى المدينة للجزيرة إن")
_NAME_THEN_SAID = re.compile(_SAID_OPENS.pattern + r"| ?[،,] *" + _SAID + r" | من [^،,.:\n]{3,50}? "
                             + _SAID + r" ")
_AFTER_ORG = re.compile(r'[ "]*(?:(،) *)?')   # after an organisation: spaces, quotes, one comma


_ASIDE = re.compile(r" *\([^()\n]{1,60}\)")    # an aside in brackets after a name


def _past_aside(text: str, pos: int) -> int:
    """``pos``, or past the aside in brackets that starts there ("X (من سكان المدينة)")."""
    m = _ASIDE.match(text, pos)
    return m.end() if m else pos


def _after_name(text: str, pos: int) -> int:
    """Where the next word starts after a name (spaces, quotes and one comma skipped, and "وهو"
    that opens an apposition, after a comma or not: "وقال مهند هيمور، وهو مستشار ومتحدث باسم
    محافظ الأنبار"، "وأفاد آدم هارون وهو أحد الناجين")."""
    i = pos
    while i < len(text) and text[i] in ' "،,':
        i += 1
    if i > pos and text.startswith(("وهو ", "وهي "), i):
        i += 4
    return i


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
