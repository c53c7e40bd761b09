"""ACLED-typed events: triggers in clauses, with their places, actors, date, toll and sources.

How an article becomes events (everything on the normalised text, offsets mapped back for evidence):

1. Triggers (``data/event_triggers.tsv``) and modifiers (``data/event_modifiers.tsv``,
   ``data/event_partitives.tsv``) are matched token by token, clitic prefixes and the article ال
   ignored, once over the article (linear). What a word can start is cached per word across
   articles (news vocabulary repeats), so an article costs a few C-level passes over its words and
   a look at the few tokens where a trigger or a phrase starts.
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
   clause, then in the sentence (of parties joined by و, "قوات الجيش الوطني ورجال القبائل", the
   first named); the target after على/ضد/مواقع, or the second side of "بين X و Y", is actor2. A
   repelling trigger (صد، التصدي، أحبط) makes the repelling side actor1 and the attacker
   ("هجوما لقوات النظام") actor2. Sources (role ``source``, speakers next to a verb of saying,
   "مصادر في X") are never parties, though the parties after إن in their claim are ('قال في بيان
   إن "قوات جهاز مكافحة الإرهاب تمكنت من تحرير …"'). Territory changes are "Government regains
   territory" when actor1 is on the government side, else "Non-state actor overtakes territory"
   (a taking told with no doer takes the side of the doer merged into it).
5. Places: those the candidate owns, else the sentence's places no other candidate owns (a clause
   that continues the place list gives its places to the candidate before it: one opening with a
   word of place, "، وكرم الطحان"، or a partitive, "، وأجزاء واسعة من حي الميسر"); a
   container place (the article's main place, or a city/governorate) is dropped when a more precise
   one is there, unless the precise ones are sites with no coordinate (the container keeps the
   event on the map: "كلية المجتمع في مدينة ذمار"). A candidate with no place of its own that
   refers back ("جراء القصف", "المعارك الأخيرة") joins the latest event of its sub-type; one after
   a demonstrative ("وتأتي هذه المعارك …") joins the latest event of its type; otherwise it is
   placed at the article's main place. Date: the candidate's, else the clause's, else the sentence's date mention — never guessed.
6. Within a sentence a candidate without places joins a placed one of the same group and side
   ("شنت هجوما ...، استعادت خلاله السيطرة على قرية منيان"); across the article candidates with the
   same (type, sub-type, place set, sides) merge, keeping all evidence. Fatalities: the killed
   casualty items (top level, not their breakdown) nearest to the candidate in its sentence.
   Not an event: a trigger right after a square/street word (ساحة التحرير), after قد + an
   imperfect verb or ربما (a possibility), after من أجل / إن حصلت (a goal, a condition), or in a
   habit told of an actor ("لم تتورع عن القتل والنهب"، "درجت على قصف"). A generic attack noun
   (هجوم) is a suicide bombing when a suicide cue is in its sentence or it re-mentions a headline
   "هجوم انتحاري"; gunfire (بنيران، برصاص، أطلق النار، مسدسات كاتمة) is an attack on civilians
   unless its clause tells a clash, a strike or a protest (then it is their means), and a drone's
   gunfire is an air strike. A protester noun that is also an actor still tells the protest, and
   the protest events of one place and day are one, typed by the strongest response told.
   "انفجار مماثل"، "مداهمة أخرى" start a new incident (placed where the one before was when it
   names no place), never merged; "تبع ذلك" takes the date of the event before.
   Places: a dateline (a short line of its own, "صنعاء-جوبرس"; "الخرطوم:" opening a line) and
   the seat of a speaker ("أعلنت وزارة الصحة في العاصمة السودانية الخرطوم") are not event places.
   Dates: the day next to a verb of saying or denying (أعلن الجيش، الاثنين، ...) dates the
   statement: it is used only when the sentence tells no other date, as an upper bound that a
   date told of the event replaces. Two tolls from one voice (7 killed, then 9 killed) are two
   events. A "since" before a trigger or a figure (منذ الرابع من نيسان، منذ حينها; not "منذ صباح
   اليوم") marks a campaign or a running total: background, and never an event's fatalities;
   its date, in a clause a clause word opened (فيما، بينما), dates no other event of the sentence.
   Bombardments: a bare قصف (no weapon, no aircraft) by a force that bombards only from the air
   ("قصف روسي"، "قصف للتحالف الدولي"; the Israeli army in the Gaza Strip) is an air strike, and
   so is one with no actor of its own, or a definite "القصف", told after the article's air
   strikes. "اعتداء" is typed by its weapon like استهدف ("اعتداء ... بالقذائف الصاروخية"); a
   weapon after "بعدد من" is a means like one after ب, and after a verb of responding ("وردت
   داعش بالصواريخ") the response itself. A withdrawal forced by fighting ("أجبرت الهجمات قوات X
   على الانسحاب") is a change of hands won by the forcing side (an armed clash after a repelled
   attack in its sentence). A clash told with a protest and one armed side is the force met by
   the protest; a lone shooting in an article whose protest met lethal force is that force.
   "بين الفينة والأخرى"، "خلال الأيام الماضية" tell a practice or a campaign, "في مواجهة
   المقاتلين" is "against", "لتجنب" and "كانوا ينوون" a goal. An event told only at several wide
   places retells the precise events only when each of them holds one; a place the gazetteer
   cannot locate lies in the article's main place (an event told only at such sites gets that
   place too, which keeps it on the map); two unknown spellings of one facility ("مطار
   بنينا" / "مطار بنينا الدولي") are one place. A long first line closed by a full stop is the
   lead, not a headline. A strike told with no toll at places of an earlier one (a facility told "في حي X"
   lies in X; a facility the gazetteer derives from a quarter lies in it) is that strike retold; a
   change of hands retold at a place of an earlier one of the same sides, and an agreement told
   twice at one place, are one event. A figure told "since the start" of a war, an intervention or
   a year (منذ بدء التدخل) is a running total, no event. A weapon dropped after the comma that ends
   its verb's subject ("ألقت طائرات النظام المروحية، براميل متفجرة") is fired.
7. Background: old history told in passing (a date well before publication, سابقا، منذ عام) is
   marked ``background`` and left out of ``doc.events`` (kept in
   ``doc.options["background_events"]``) unless ``doc.options["keep_background"]`` is true. The
   pluperfect of the current episode ("وكانت الفصائل ... قد سيطرت") is an event.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, islice, repeat
from operator import itemgetter
from typing import Any, Iterable
import weakref

from .clitics import candidates as _clitic_candidates
from .furniture import DATELINE_TAIL, outlet_id
from .lexicon import load_table
from .normalize import char_positions, normalize
from .numbers import load_number_words
from .places import context as place_context
from .attribution import place_mentions, with_bodies

# ---------------------------------------------------------------------------------------------
# lexicon

GOV_SIDES = frozenset({"government"})
NON_STATE_SIDES = frozenset({"opposition", "isis", "kurdish", "unknown", "civil"})
NOT_PARTY_SIDES = frozenset({"monitor", "media"})
_CITY_KINDS = frozenset({"city", "capital"})
_TOWN_KINDS = frozenset({"town", "village", "camp"})   # (a camp is a town of its own: "مخيم جنين")
_ARMED_GROUPS = frozenset({"battle", "explosion", "vac"})   # trigger groups of armed violence
CONTAINER_KINDS = frozenset({"country", "governorate", "admin1", "province", "region", "city",
                             "state", "district", "admin2", "capital"})
MAIN_TOWN_MENTIONS = 2   # mentions that make a town, not the region around it, the article's place
BACKGROUND_DAYS = 14   # a dated event this much before publication is history told in passing
DATELINE_WORDS = 4     # a body line this short holding a place is a dateline ("صنعاء-جوبرس")
_DATELINE_MARKS = ("/", "-", "–", "—")   # between a dateline's city and its outlet
ANNOUNCED_REACH = 4   # tokens from an announcing party to the taking it announces ("العراقية، اليوم،")
SPEAKER_PLACE_REACH = 5   # "أعلنت وزارة الصحة في العاصمة السودانية الخرطوم": where the speaker is
PARTITIVE_REACH = 4    # "، وأجزاء واسعة من حي الميسر": the place within this many tokens of the word
TERRITORY_SUBTYPES = ("Government regains territory", "Non-state actor overtakes territory")


@lru_cache(maxsize=1)
def _regional_states() -> frozenset:
    """Ids of a regional government's forces that take territory as a state does (the `regional_state`
    rows of actor_patterns.tsv: the Kurdistan Region's Peshmerga)."""
    return frozenset(r["pattern"] for r in load_table("actor_patterns.tsv") if r["type"] == "regional_state")


def _territory_subtype(actor, side) -> str:
    """A change of hands won by the government side, or by forces of a regional government, is a
    government regaining territory; any other a non-state actor's."""
    if side in GOV_SIDES or (actor is not None and _attr1(actor, "id") in _regional_states()):
        return TERRITORY_SUBTYPES[0]
    return TERRITORY_SUBTYPES[1]


_CACHE_MAX = 200000    # entries of a per-word cache before it starts again


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
    def trim(self, room: int = 0) -> bool:
        """Start the per-word caches again when they are full (called between articles, so
        that the words of one article are never forgotten while it is read)."""
        if len(self._word) + room > _CACHE_MAX or len(self._seq) > _CACHE_MAX:
            self._word.clear()
            self._hot.clear()
            self._seq.clear()
            return True
        return False

    def word_info(self, word: str) -> int:
        """The longest pattern (in tokens) that may start at a token written ``word``; 0 when
        none can (cached per word: an article costs one set look-up per token)."""
        got = self._word.get(word)
        if got is None:
            cands = self.first(token_forms(word))
            got = max((len(p.words) for p, _sc in cands), default=0)
            self._word[word] = got
            if got:
                self._hot.add(word)
        return got

    def hot_tokens(self, words: tuple[str, ...], distinct: set | None = None):
        """Indexes of the tokens where some pattern may start, in text order (``distinct``: the
        set of ``words``, when the caller has it)."""
        if distinct is None:
            distinct = set(words)
        new = distinct.difference(self._word)
        if new:
            if self.trim(len(new)):    # never forget a word of this article while reading it
                new = distinct
            for w in new:
                self.word_info(w)
        hot = distinct & self._hot
        if not hot:
            return ()
        return compress(range(len(words)), map(hot.__contains__, words))

    def match_words(self, key: tuple[str, ...]) -> tuple:
        """:meth:`match_at` for the words ``key`` (the token and the ones after it), cached."""
        got = self._seq.get(key)
        if got is None:
            got = tuple(self.match_at([token_forms(w) for w in key], 0))
            self._seq[key] = got
        return got


def token_columns(doc) -> tuple:
    """The token starts, ends, texts and clitic prefixes of the document as four tuples
    (``doc.columns``, made by the segmenter; the contradiction stage reads them too)."""
    return doc.columns or ((), (), (), ())


def token_words(doc) -> tuple[str, ...]:
    return token_columns(doc)[2]


def token_vocabulary(doc) -> set:
    """The set of the document's token texts (computed once per document)."""
    opts = doc.options if isinstance(doc.options, dict) else {}
    got = opts.get("_token_vocabulary")
    if got is None or got[0] is not doc.tokens:
        got = (doc.tokens, set(token_words(doc)))
        opts["_token_vocabulary"] = got
    return got[1]


def _pattern_words(text: str) -> tuple[str, ...]:
    out = []
    for w in normalize(text).split():
        star = w.endswith("*")
        w = w.rstrip("*")
        k = _key(w)
        out.append(k + ("*" if star else ""))
    return tuple(out)


_PLURAL_ENDINGS = ("ات", "ين", "ون", "ان")


def dual_forms(pattern: str) -> list[str]:
    """The dual forms (nominative -ان and oblique -ين) of a normalised noun trigger: "غاره" ->
    "غارتين"، "غارتان"; a noun and its agreeing adjectives, every word ending in ه or ي, are
    put in the dual together ("سياره مفخخه" -> "سيارتين مفخختين", "هجوم انتحاري" -> "هجومين
    انتحاريين"); a feminine noun before a
    noun it governs takes the construct dual ("قذيفه هاون" -> "قذيفتي هاون"). Plurals, words
    ending in a wildcard and other phrases have none."""
    words = pattern.split()
    if not words or any(w.endswith("*") or w.endswith(_PLURAL_ENDINGS) for w in words):
        return []

    def dual(w: str, case: str) -> str:
        return w[:-1] + "ت" + case if w.endswith("ه") else w + case

    if all(w.endswith(("ه", "ي")) for w in words) or len(words) == 1 or all(
            w.endswith("ي") and not w.startswith("ال") for w in words[1:]):
        # (a masculine noun and its nisba adjectives: "هجوم انتحاري" -> "هجومين انتحاريين")
        return [" ".join(dual(w, case) for w in words) for case in ("ين", "ان")]
    if words[0].endswith("ه") and not any(w.endswith(("ه", "ي")) for w in words[1:]):
        return [" ".join([words[0][:-1] + "تي"] + words[1:])]
    return []


@lru_cache(maxsize=1)
def _combined() -> _PhraseIndex:
    """Triggers and modifiers in one index: one look-up per token finds both."""
    t, m = _lexicon()
    pats = [p for d in (t.exact, t.prefix, m.exact, m.prefix) for ps in d.values() for p in ps]
    return _PhraseIndex(pats)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[_PhraseIndex, _PhraseIndex]:
    trig = []
    rows = []
    for row in load_table("event_triggers.tsv"):
        if not row.get("pattern"):
            continue
        r = dict(row)
        r["priority"] = int(r.get("priority") or 0)
        r["_weapon"] = r.get("weapon") == "1"
        rows.append(r)
        trig.append(Pattern(_pattern_words(row["pattern"]), "trigger", r))
    # the duals of noun triggers ("غارتين"، "سيارتين مفخختين"، "قذيفتي هاون"), unless listed
    seen = {p.words for p in trig}
    for r in rows:
        if r.get("pos") != "n":
            continue
        for form in dual_forms(normalize(r["pattern"])):
            words = _pattern_words(form)
            if words not in seen:
                seen.add(words)
                trig.append(Pattern(words, "trigger", r))
    mods = []
    for row in load_table("event_modifiers.tsv"):
        if not row.get("pattern"):
            continue
        mods.append(Pattern(_pattern_words(row["pattern"]), row["class"], dict(row)))
    # partitive/extent words that carry a place list over a comma ("، وأجزاء واسعة من حي الميسر")
    for row in load_table("event_partitives.tsv"):
        if row.get("pattern"):
            mods.append(Pattern(_pattern_words(row["pattern"]), "partitive", dict(row)))
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


def _attr1(obj: Any, name: str):
    """:func:`_attr` for one name (the common case, without the loop over names)."""
    if isinstance(obj, dict):
        return obj[name] if name in obj else None
    return getattr(obj, name, None)


_RANGE_NAMES = ("norm_spans", "mentions_norm", "nspans", "ranges", "norm_ranges", "mentions", "spans",
                "occurrences")
_PLAN: dict[type, Any] = {}


def _plan(tp: type):
    """For instances of ``tp``: the range attribute names the class itself defines (a class
    attribute, property or slot answers for them), or None when instances have no plain
    ``__dict__`` (or a ``__getattr__``). Names the class does not define are read from the
    instance ``__dict__``: a dict look-up instead of a failing ``getattr``, which is slow."""
    got = _PLAN.get(tp, _MISSING)
    if got is _MISSING:
        if getattr(tp, "__dictoffset__", 0) and not hasattr(tp, "__getattr__"):
            got = frozenset(n for n in _RANGE_NAMES if hasattr(tp, n))
        else:
            got = None
        _PLAN[tp] = got
    return got


_DIRECT: dict[type, bool] = {}


def _direct_ranges(tp: type) -> bool:
    """Can :func:`_mention_rows` read ``norm_spans`` / ``mentions_norm`` of a ``tp`` straight
    from the instance ``__dict__`` (what :func:`_ranges` reads first for it)?"""
    plan = None if issubclass(tp, dict) else _plan(tp)
    ok = _DIRECT[tp] = plan is not None and "norm_spans" not in plan and "mentions_norm" not in plan
    return ok


def _ranges(obj: Any) -> list[tuple[int, int]]:
    """Normalised-text ranges where a place/actor/casualty/date is mentioned."""
    tp = type(obj)
    ok = _DIRECT.get(tp)
    if ok is None:
        ok = _direct_ranges(tp)
    if ok:
        # the usual object (see _mention_rows): its (int, int) tuples, sorted
        d = obj.__dict__
        v = d.get("norm_spans") or d.get("mentions_norm")
        if v.__class__ is list and v:
            for r in v:
                if not (r.__class__ is tuple and len(r) == 2 and r[0].__class__ is int):
                    break
            else:
                return sorted(v)
    out = []
    plan = None if isinstance(obj, dict) else _plan(type(obj))
    d = obj if plan is None and isinstance(obj, dict) else (obj.__dict__ if plan is not None else None)
    for name in _RANGE_NAMES:
        if d is not None and (plan is None or name not in plan):
            v = d.get(name)
        else:
            v = getattr(obj, name, None)
        if v and isinstance(v, (list, tuple)):
            for r in v:
                if type(r) is tuple and len(r) == 2 and type(r[0]) is int:
                    out.append(r)          # the usual (start, end)
                elif isinstance(r, (tuple, list)) and len(r) >= 2 and isinstance(r[0], int):
                    out.append((r[0], r[1]))
                else:
                    s = _attr(r, "start", "nstart")
                    e = _attr(r, "end", "nend")
                    if isinstance(s, int) and isinstance(e, int):
                        out.append((s, e))
            if out:
                out.sort()
                return out
    s = _attr(obj, "nstart", "start")
    e = _attr(obj, "nend", "end")
    if isinstance(s, int) and isinstance(e, int):
        return [(s, e)]
    return out


def actor_ref(a: Any) -> dict:
    return {"id": _attr1(a, "id"), "name_ar": _attr(a, "name_ar", "name"), "side": _attr1(a, "side")}


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
            if _attr1(a, "id") == x:
                return a
        return None
    if isinstance(x, dict) and "id" in x:
        for a in doc.actors:
            if _attr1(a, "id") == x["id"]:
                return a
        return x
    return x


_SOURCES_FOR: list = []


def _sources_for():
    """rasd.attribution.sources_for (imported once), or None."""
    if not _SOURCES_FOR:
        try:
            from .attribution import sources_for
        except ImportError:
            sources_for = None
        _SOURCES_FOR.append(sources_for)
    return _SOURCES_FOR[0]


def sources_of(doc, nstart: int, nend: int) -> list:
    """The actors the text attributes the range to (rasd.attribution.sources_for), or []."""
    sources_for = _sources_for()
    if sources_for is None:
        return []
    try:
        got = sources_for(doc, nstart, nend) or []
    except Exception:  # an upstream stage still being written must not break events
        return []
    if not got:
        return []
    out = []
    for x in got:
        a = _resolve_actor(doc, x) if x is None or isinstance(x, (int, str, dict)) else x
        if a is not None and (not out or all(not _same_source(a, b) for b in out)):
            out.append(a)
    return out


_NAME_NORM: dict[str, str] = {}


def _norm_name(name: str) -> str:
    """:func:`normalize` of an actor's or a place's name, cached across articles (names repeat:
    they come from the lexicons and gazetteers); the cache starts again past _CACHE_MAX."""
    got = _NAME_NORM.get(name)
    if got is None:
        if len(_NAME_NORM) > _CACHE_MAX:
            _NAME_NORM.clear()
        got = _NAME_NORM[name] = normalize(name)
    return got


def _same_source(a, b) -> bool:
    # (_attr1 of each, inline)
    ia = (a["id"] if "id" in a else None) if isinstance(a, dict) else getattr(a, "id", None)
    ib = (b["id"] if "id" in b else None) if isinstance(b, dict) else getattr(b, "id", None)
    if ia is not None or ib is not None:
        return ia == ib
    return _norm_name(_attr1(a, "name_ar") or "") == _norm_name(_attr1(b, "name_ar") or "")


def _date_value(d: Any):
    v = (d["value"] if "value" in d else None) if isinstance(d, dict) else getattr(d, "value", None)
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
    _doc: Any = field(default=None, repr=False, compare=False)   # a weak reference to the Document
    distinct: bool = False      # "انفجار مماثل": a new incident, never merged into another
    date_report: bool = False   # the date is only the day it was reported (an upper bound)
    date_far: bool = False      # the date stands in another clause of its sentence
    copied: bool = False        # a new incident placed where the one before it was (no place of its own)
    ordinal: int = 0            # "انفجار ثان": the incident's number in the article, when told so
    forced: bool = False        # a change of hands told as a withdrawal forced by fighting
    advance: bool = False       # told only by an advance (تتقدم، تقدمت): fighting with no capture
    generic: bool = False       # told only by a generic attack noun (هجوم): a clash by default
    blast: bool = False         # told only by a bare explosion noun (انفجار، تفجير), no weapon named

    def to_json(self) -> dict:
        doc = self._doc() if self._doc is not None else None
        claimed = [actor_ref(a) for a in self.claimed_by]
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
            "claimed_by": (with_bodies(doc, claimed) if doc is not None else claimed),
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


# "قضت محكمة جنايات بورسعيد السبت بإعدام": how many words before an execution a court's ruling
# word may stand
RULING_REACH = 4

# "أشعلوا النار في خيام المتظاهرين": how many words after a riot act a word for demonstrators
# makes them its object, not its doers
RIOT_OBJECT_REACH = 4
# "الرصاص المعدني المغلف بالمطاط": how many tokens from a bullet word to the rubber that makes it
# a riot police's round
RUBBER_REACH = 3

# "استهداف الطيران الحربي الروسي بالصواريخ": how many words before a missile its aircraft may stand
AIR_WEAPON_REACH = 5

CIVIL_SUBJECT_REACH = 3  # tokens from a verb of withdrawing to its civilian subject ("انسحب عشرات الشبان")
EXCHANGE_REACH = 4  # tokens from a verb of exchanging (تبادلت) to the fire exchanged (إطلاق النار)
BLAZE_REACH = 5     # tokens from a word of fire (أخمد، اشتعلت) to the flames it names (النيران)
GOODS_REACH = 5     # tokens from a territory trigger to the على of what was seized
FEIGN_REACH = 3     # a protest verb's subject (one or two words) before ب of pretending
CAPTIVES_REACH = 4  # tokens from a territory trigger to the people it freed ("حرر الجيش 14 مخطوفا")
REPORT_REACH = 8    # tokens from a report noun to the trigger its حول names ("التقارير التي … حول قصف")

# modifier classes asked for over a range of text (the others only at a token)
RANGE_CLASSES = frozenset({"clause", "intent", "attempt", "fire_verb", "background", "agent",
                           "between", "target", "opponent", "aircraft", "agreement_verb", "hq_verb", "failed",
                           "protest_force", "protest_intervention", "source_noun", "speech",
                           "since", "since_short", "since_start", "sequel", "additive", "backer", "no_toll",
                           "origin", "origin_ground", "seat", "transport", "flight", "whereabouts", "air_actor", "air_actor_gaza", "force", "according",
                           "tear_gas", "locator", "locator_adjective", "rioter", "riot_act", "tank", "announce_verb",
                           "residence", "motive", "gunmen", "military_target", "ground_raider", "sit_in",
                           "exchange", "distance"})


class _Scanner:
    """Triggers and modifiers over an article's tokens, with what is known of each word cached
    across articles (news vocabulary repeats), so an article costs a few C-level passes over its
    words plus a little work at the few tokens where a trigger or a range-queried modifier
    starts."""

    def __init__(self, index: _PhraseIndex):
        self.index = index
        self.maxlen: dict[str, int] = {}     # word -> longest pattern starting there (0: none)
        self.kinds: dict[str, frozenset] = {}   # word -> modifier classes (one-word patterns only)
        self.loop: set[str] = set()          # words needing a look: triggers, range classes, phrases
        self.single: dict[str, tuple] = {}   # loop words no phrase starts with -> scan result
        # loop words -> their scan result (one-word patterns) or the longest phrase (an int)
        self.act: dict[str, Any] = {}
        self._seq: dict[tuple, tuple] = {}

    def _clear(self) -> None:
        self.act.clear()
        self.maxlen.clear()
        self.kinds.clear()
        self.loop.clear()
        self.single.clear()
        self._seq.clear()

    def _learn(self, word: str) -> None:
        m = self.index.word_info(word)
        self.maxlen[word] = m
        if not m:
            return
        if m > 1:
            self.loop.add(word)
            self.act[word] = m
            return
        got = self.scan((word,))
        if got[2]:
            self.kinds[word] = got[2]
        if got[0] is not None or got[3]:
            self.loop.add(word)
            self.single[word] = got
            self.act[word] = got

    def classes(self, words: tuple[str, ...], distinct: set | None = None) -> tuple[list[frozenset], Any]:
        """The modifier classes at each token (one-word patterns; phrases are filled in by the
        caller) and the indexes of the tokens to look at."""
        cls, acts = self.classes_acts(words, distinct)
        return cls, compress(range(len(words)), acts)

    def classes_acts(self, words: tuple[str, ...], distinct: set | None = None) -> tuple[list, list]:
        """:meth:`classes`, with the tokens to look at given as a list parallel to ``words``:
        None (nothing starts there), the scan result of a one-word pattern, or the longest
        phrase that may start there (an int: the caller scans it)."""
        if distinct is None:
            distinct = set(words)
        self.index.trim()
        new = distinct.difference(self.maxlen)
        if new:
            if len(self.maxlen) + len(new) > _CACHE_MAX or len(self._seq) > _CACHE_MAX:
                self._clear()          # never forget a word of this article while reading it
                new = distinct
            for w in new:
                self._learn(w)
        cls = list(map(self.kinds.get, words, repeat(_EMPTY, len(words))))
        return cls, list(map(self.act.get, words))

    def scan(self, key: tuple[str, ...]) -> tuple:
        """What the index finds at a token followed by ``key[1:]``: the best trigger
        ((pattern, tokens) or None), the modifiers ((tokens, class), ...) and their classes."""
        got = self._seq.get(key)
        if got is None:
            best = None
            mods = []
            for p, m, sc in self.index.match_words(key):
                if p.kind == "trigger":
                    if best is None or (m, sc) > (best[1], best[2]):
                        best = (p, m, sc)
                else:
                    mods.append((m, p.kind))
            got = (best[:2] if best else None, tuple(mods), frozenset(k for _m, k in mods),
                   tuple((m, k) for m, k in mods if k in RANGE_CLASSES))
            self._seq[key] = got
        return got


@lru_cache(maxsize=1)
def _scanner() -> _Scanner:
    return _Scanner(_combined())


class _Cand:
    """A candidate event: one trigger group in a clause, with what it owns (the immutable
    defaults live on the class, so a candidate costs only what it sets)."""

    own_places = False
    actor1: Any = None
    actor2: Any = None
    repel = False
    anaphoric = False
    cause = False
    place_added = False
    date: Any = None
    background = False
    pointed = False         # "هذه المعارك": a demonstrative points back to an event told before
    predicated = False      # "وهذا هو الهجوم الثاني": the event told before, said to be this one
    fatalities: int | None = None
    generic = False         # a generic "attack" noun (هجوم): typed by a suicide cue if any
    another = False         # "انفجار مماثل"، "مداهمة أخرى": a new incident
    ordinal = 0             # "انفجار ثان"، "الانفجار الثاني": which incident of the article (2, 3 …)
    date_report = False     # the date is the day of the statement that tells it
    date_far = False        # the date stands in another clause of the sentence, not the candidate's
    bare = False            # a قصف/استهداف with no weapon or aircraft named: typed by its actor
    blast = False           # "انفجار"، "تفجير" with no weapon named: the effect of a strike or a bomb
    forced = None           # "أجبرت X على الانسحاب": the end of the force word (X withdrew)
    with_battle = None      # the battle retold in the sentence of a placeless strike (its place)
    listed: frozenset = frozenset()   # its cities named in a list with towns ("دوما وحرستا")

    def __init__(self, group, family, event_type, sub_type, pos, trig_start, trig_end, tok_i,
                 tok_j, seg_start, seg_end, clause, sent, hits):
        self.group = group
        self.family = family
        self.event_type = event_type
        self.sub_type = sub_type
        self.pos = pos
        self.trig_start = trig_start
        self.trig_end = trig_end
        self.tok_i = tok_i
        self.tok_j = tok_j
        self.seg_start = seg_start      # owned range (normalised)
        self.seg_end = seg_end
        self.clause = clause
        self.sent = sent
        self.hits = hits
        self.places: list[int] = []
        self.casualties: list[int] = []
        self.sources: list = []
        self.merged: list = []


_EMPTY: frozenset = frozenset()
_DEFINITE = ("ال", "وال", "بال", "فال", "لل")
_BY_START = itemgetter(0)
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)
_THIRD = itemgetter(2)
_OPERATION_WORDS = frozenset(("عمليه", "عمليات"))   # (normalised) after a commander word
# (normalised) an operation, a battle or a campaign named by the taking after it
_CAMPAIGN_WORDS = _OPERATION_WORDS | frozenset(("معركه", "معارك", "حمله"))
# classes that may veto a trigger from the tokens just before it (see _hit_ok)
_VETO_BEFORE = frozenset({"negation", "future", "topic", "cessation", "state", "relative", "despite"})
_SPEAKER_BEFORE = frozenset({"source_noun", "speech"})


def _get(obj: Any, name: str):
    """``obj.name`` (``obj[name]`` for a dict); None when absent."""
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def _inside(starts: list[int], ends: list[int], h: _Hit) -> bool:
    """Is the trigger inside one of the name ranges (sorted by start, then end)?"""
    k = bisect_right(starts, h.start)
    # the last four ranges starting at or before the trigger: does one end at or after it?
    return k > 0 and max(ends[k - 4 if k > 4 else 0:k]) >= h.end


def _mention_rows(objs) -> list:
    """(start, end, object) for each range :func:`_ranges` gives of each object, in object order,
    each object's ranges sorted. The usual objects (a plain ``__dict__`` whose ``norm_spans`` or
    ``mentions_norm`` is a non-empty list of (int, int) tuples) are read in one pass, without the
    general walk over every range name."""
    rows = []
    add = rows.append
    for o in objs:
        ok = _DIRECT.get(type(o))
        if ok is None:
            ok = _direct_ranges(type(o))
        if ok:
            d = o.__dict__
            v = d.get("norm_spans") or d.get("mentions_norm")
            if v.__class__ is list and v:
                n0 = len(rows)
                for r in v:
                    if r.__class__ is tuple and len(r) == 2 and r[0].__class__ is int:
                        add((r[0], r[1], o))
                    else:            # something else: the general reading below
                        del rows[n0:]
                        break
                else:
                    if len(v) > 1:
                        rows[n0:] = sorted(rows[n0:])    # one object: sorted by (start, end)
                    continue
        for s, e in _ranges(o):
            add((s, e, o))
    return rows


def _spans_within(starts: list, spans: list, start: int, end: int) -> list:
    """The ``(start, end, …)`` rows of ``spans`` (sorted by start, ``starts`` their starts) that
    lie inside ``start``–``end``."""
    i = bisect_left(starts, start)
    j = bisect_left(starts, end, i)
    if i == j:
        return []
    got = spans[i:j]
    for x in got:          # (usually all do: the slice itself, without building another)
        if x[1] > end:
            return [x for x in got if x[1] <= end]
    return got


def _union_ranges(spans: list) -> tuple[list, list]:
    """The union of sorted ``(start, end)`` ranges as disjoint sorted ranges: (starts, ends)."""
    starts, ends = [], []
    cs, ce = spans[0]
    for s, e in spans:
        if s <= ce:
            if e > ce:
                ce = e
        else:
            starts.append(cs)
            ends.append(ce)
            cs, ce = s, e
    starts.append(cs)
    ends.append(ce)
    return starts, ends


# "قناة المسيرة التابعة للحوثيين": the word between a source and the body it belongs to, and how
# many tokens of the source's name may stand between its end and that word
AFFILIATION_WORDS = frozenset({"التابع", "التابعه", "التابعين", "التابعتين"})
AFFILIATION_REACH = 1
# "قصف عربة تموين تابعة للانقلابيين": a party after them (with ل) owns what was hit
OWNER_WORDS = AFFILIATION_WORDS | frozenset(w[2:] for w in AFFILIATION_WORDS)


class _Ctx:
    """Per-document indexes built once (linear in the article)."""

    def __init__(self, doc):
        self.doc = doc
        self.norm = doc.norm
        toks = self.tokens = doc.tokens
        self.ntok = len(toks)
        tok_starts, tok_ends, words, prefixes = token_columns(doc)
        self.tok_starts = tok_starts
        self.tok_ends = tok_ends
        self.words = words
        self.prefixes = prefixes
        sc = _scanner()
        # token -> modifier classes; token -> what starts there (see _Scanner.classes_acts)
        self.cls, acts = sc.classes_acts(words, token_vocabulary(doc))
        cls = self.cls
        triggers: list[_Hit] = []
        by: dict[str, list] = {}              # range-queried class -> [(start, end, token)]
        scan = sc.scan
        seq_get = sc._seq.get
        free = 0      # triggers: leftmost-longest, no overlap; modifiers: every match
        for k, r in zip(compress(range(len(acts)), acts), filter(None, acts)):
            if r.__class__ is int:
                key = words[k:k + r]
                r = seq_get(key) or scan(key)
                cls[k] = r[2]
            best = r[0]
            mods = r[3]
            if mods:
                start = tok_starts[k]
                for m, kind in mods:
                    got = by.get(kind)
                    if got is None:
                        by[kind] = [(start, tok_ends[k + m - 1], k)]
                    else:
                        got.append((start, tok_ends[k + m - 1], k))
            if best is not None and k >= free:
                p, m = best
                # "قواعد صواريخ"، "مصانع الصواريخ": a weapon a site holds is no trigger
                if not (p.row["_weapon"] and k and "weapon_site" in cls[k - 1]) \
                        and not (k + m < len(cls) and "anti_aircraft" in cls[k + m]
                                 and p.row["family"] == "gunfire"):
                    # (nor is fire against aircraft: "أطلقت النيران المضادة للطائرات")
                    triggers.append(_Hit(k, m, tok_starts[k], tok_ends[k + m - 1], p))
                free = k + m
        self.mods_by_cls = {k: (v, list(map(_FIRST, v))) for k, v in by.items()}
        # every modifier class met in the article (one-word patterns and phrases), for the
        # rules that look for a class only when the article has it
        self.doc_cls = _EMPTY.union(*set(cls))
        # the tokens where a speaker word stands (sorted, may repeat)
        self.source_noun_toks = [h[2] for h in by.get("source_noun", ())]
        self.speech_toks = [h[2] for h in by.get("speech", ())]
        self.dead: list[tuple[int, int]] = []
        self.newlines: list[int] | None = None
        self._doc_mentions(doc)
        if "aircraft" in by and (self.place_mentions or "anti_aircraft" in self.doc_cls):
            self._drop_false_aircraft(by["aircraft"])
        # a trigger inside a name is no trigger (كلية المدفعية، جيش التحرير); but a weapon that
        # names an actor still tells its attack ("استهدفت مدفعية النظام"، "الغارات الروسية")
        if triggers and (self.place_mentions or self.actor_mentions):
            # place mentions are sorted by (start, end, index): their (start, end) order is the same
            pstarts = self.place_starts
            pends = list(map(_SECOND, self.place_mentions))
            anames = sorted(zip(self.actor_starts, self.actor_ends))
            astarts = list(map(_FIRST, anames))
            aends = list(map(_SECOND, anames))
            side = self.side
            civil = None       # the civil actors' names (sorted), built when a protest asks
            kept = []
            for h in triggers:
                hs, he = h.start, h.end
                # inside a place name (_inside, inline: the last four ranges starting at or
                # before the trigger, does one end at or after it?)
                k = bisect_right(pstarts, hs)
                if k and max(pends[k - 4 if k > 4 else 0:k]) >= he:
                    continue
                k = bisect_right(astarts, hs)
                if k and max(aends[k - 4 if k > 4 else 0:k]) >= he:
                    grp = h.pat.row["group"]
                    if grp == "protest" and civil is None:
                        civil = sorted((x[0], x[1]) for x in self.actor_mentions
                                       if side[id(x[2])] == "civil")
                        cstarts = list(map(_FIRST, civil))
                        cends = list(map(_SECOND, civil))
                    if grp != "explosion" and not (grp == "protest" and civil and _inside(cstarts, cends, h)):
                        # "أطلقت قوات الأمن قنابل الغاز على محتجين": the protesters named
                        # as an actor still tell their protest
                        continue
                kept.append(h)
            triggers = kept
        self.triggers = triggers
        self.trig_starts = [h.start for h in triggers]
        if self.place_mentions:
            self._read_as_event_places()
        self.main_place = self._main_place()
        # countries too wide to place an event: all of them, when the article names a place
        # that is not a country
        self.wide_countries = self.countries if len(self.countries) < len(self.place_kinds) else ()

    def _drop_false_aircraft(self, air: list) -> None:
        """"استهدف قاعدة براك الشاطئ الجوية": the air adjective right after a facility's name
        (an air base's epithet, left out of the place's name) tells no aircraft; nor does an
        aircraft word after a weapon against it ("النيران المضادة للطائرات")."""
        norm, kinds = self.norm, self.place_kinds
        by_end = {e: i for _s, e, i in self.place_mentions}
        drop = set()
        for h in air:
            s, e, k = h
            if k and self.prefixes[k] in ("ل", "لل") and "anti_aircraft" in self.cls[k - 1]:
                drop.add(h)     # "النيران المضادة للطائرات": a weapon against aircraft
                continue
            if e != self.tok_ends[k] or not self.words[k].startswith("ال"):
                continue        # (one definite word: الجوية، الجوي)
            j = s
            while j > 0 and norm[j - 1] == " ":
                j -= 1
            i = by_end.get(j)
            if i is not None and kinds[i] == "facility":
                drop.add(h)
        if drop:
            kept = [h for h in air if h not in drop]
            if kept:
                self.mods_by_cls["aircraft"] = (kept, list(map(_FIRST, kept)))
            else:
                del self.mods_by_cls["aircraft"]
            for h in drop:
                self.cls[h[2]] = self.cls[h[2]] - {"aircraft"}

    def _doc_mentions(self, doc):
        pm = place_mentions(doc)    # built (and cached on the document) by the attribution stage
        actors = doc.actors or []
        am = _mention_rows(actors)
        am.sort(key=_BY_START)
        self.actor_mentions = am
        # a mention that is the source of reported speech speaks; it does not act
        self.source_spans = spans = set()
        spans_add = spans.add
        for att in doc.attributions or []:
            for src in (att.get("sources") if isinstance(att, dict) else getattr(att, "sources", None)) or ():
                if isinstance(src, dict):
                    s, e = src.get("start"), src.get("end")
                else:
                    s, e = getattr(src, "start", None), getattr(src, "end", None)
                if isinstance(s, int) and isinstance(e, int):
                    spans_add((s, e))
        self.actor_starts = am_starts = list(map(_FIRST, am))
        self.actor_ends = am_ends = list(map(_SECOND, am))
        # a place inside an actor's name (جيش حلب، مركز حلب الإعلامي) is not a place of the event;
        # where a speaker is ("مراسل الجزيرة في ريف حلب"، "ناشطون في مدينة حلب") is not where the
        # event happened
        tok_starts = self.tok_starts
        sn = self.source_noun_toks
        self.speaker_places = speaker_places = set()
        # "مليشيا الحوثي المدعومة من إيران": the token right after a backer word (or after its
        # "قبل": المدعومة من قبل إيران) names the actor's backer, not a place or a party
        backed = set()
        words = self.words
        for h in self.mods_by_cls.get("backer", ((), ()))[0]:
            t = bisect_left(tok_starts, h[1])
            if t < self.ntok and words[t] == "قبل":
                t += 1
            backed.add(t)
        self.backed_toks = backed
        # tokens with a speaker word in the 4 tokens before them
        after_sn = {t + d for t in sn for d in (1, 2, 3, 4)} if sn else None
        keep = []
        nam = len(am)
        for x in pm:
            s, e = x[0], x[1]
            ti = -2
            if backed:
                ti = bisect_right(tok_starts, s) - 1
                if ti in backed:
                    continue
            if nam:
                k = bisect_right(am_starts, s) - 1
                if k >= 0 and max(am_ends[k - 3 if k > 3 else 0:k + 1]) >= e:
                    inside = False
                    for j in range(k, max(-1, k - 4), -1):
                        a0, a1 = am_starts[j], am_ends[j]
                        if a0 <= s and e <= a1 and (a1 - a0) > (e - s):
                            inside = True
                            break
                    if inside:
                        continue
            if after_sn is not None:
                if ti == -2:
                    ti = bisect_right(tok_starts, s) - 1
                if (ti if ti > 0 else 0) in after_sn:
                    speaker_places.add((s, e))
            keep.append(x)
        self._speaker_seats(am, keep)
        if speaker_places:
            keep = [x for x in keep if (x[0], x[1]) not in speaker_places]
        keep = self._drop_datelines(keep)
        self.place_mentions = keep
        self.place_starts = list(map(_FIRST, keep))
        dates = []
        for d in doc.dates or []:
            s = _get(d, "start")
            if isinstance(s, int):
                dates.append((s, _get(d, "end"), d))
        dates.sort(key=_BY_START)
        self.dates = dates
        self.date_starts = list(map(_FIRST, dates))
        valid = [x for x in dates if _date_value(x[2]) and _attr(x[2], "resolved", default=True) is not False]
        self.valid_dates = list(map(_THIRD, valid))
        self.valid_date_starts = list(map(_FIRST, valid))
        self._date_high: dict = {}
        self.containers = containers = set()
        self.countries = countries = set()
        # each place's kind, lower case ("" when it has none), read once per document
        self.place_kinds = kinds = [str(_get(p, "kind") or "").lower() for p in doc.places or ()]
        cities = [str(_get(p, "name_ar") or "") + " " for p, kind in zip(doc.places or (), kinds)
                  if kind in _CITY_KINDS]
        for pi, kind in enumerate(kinds):
            if kind in CONTAINER_KINDS:
                p = doc.places[pi]
                # "حلب القديمة"، "دمشق القديمة": a district named after a city of the article is
                # a quarter of that city, as precise as its other quarters
                if kind == "district" and cities and str(_get(p, "name_ar") or "").startswith(tuple(cities)):
                    continue
                containers.add(pi)
                if kind == "country":
                    countries.add(pi)
        self.side = side = {}
        self.role = role = {}
        if any(isinstance(a, dict) for a in actors):
            for a in actors:
                if isinstance(a, dict):
                    side[id(a)] = a.get("side")
                    role[id(a)] = a.get("role")
                else:
                    side[id(a)] = getattr(a, "side", None)
                    role[id(a)] = getattr(a, "role", None)
        else:
            ids = list(map(id, actors))
            side.update(zip(ids, [getattr(a, "side", None) for a in actors]))
            role.update(zip(ids, [getattr(a, "role", None) for a in actors]))
        self._clause_cache: dict = {}
        self.punct_ends: list[int] | None = None    # ends of the clause punctuation marks
        self._party = party = self._parties()
        # the party mentions alone, in the same order, for parties_in
        pm_ = list(compress(am, map(party.__contains__, map(id, am))))
        self.party_mentions = pm_
        self.party_starts = list(map(_FIRST, pm_))
        self._spans: dict = {}

    def _speaker_seats(self, am: list, pm: list) -> None:
        """A place right after a speaking actor and في ("أعلنت وزارة الصحة في العاصمة السودانية
        الخرطوم أمس مقتل ..."، "قال مسؤول في الشرطة في بغداد") is where the speaker sits, not
        where the event happened."""
        sp = self.speech_toks
        if not sp or not pm or not am:
            return
        tok_starts, words, ntok = self.tok_starts, self.words, self.ntok
        pstarts = list(map(_FIRST, pm))
        after = {t + d for t in sp for d in (1, 2)}    # a verb of saying in the 2 tokens before
        # the mentions whose first token (bisect_left of their start) is one of ``after``: those
        # starting in (tok_starts[ti - 1], tok_starts[ti]], a slice of ``am`` (sorted by start)
        am_starts = self.actor_starts
        nam = len(am)
        for ti in after:
            if ti > ntok:
                continue
            lo = bisect_right(am_starts, tok_starts[ti - 1]) if ti > 0 else 0
            hi_m = bisect_right(am_starts, tok_starts[ti], lo) if ti < ntok else nam
            for m in am[lo:hi_m]:
                tj = bisect_left(tok_starts, m[1], ti)
                if tj >= ntok or words[tj] != "في":
                    continue
                hi = tok_starts[min(ntok - 1, tj + SPEAKER_PLACE_REACH)]
                a = bisect_left(pstarts, tok_starts[tj])
                b = bisect_right(pstarts, hi, a)
                for x in pm[a:b]:
                    self.speaker_places.add((x[0], x[1]))

    def _drop_datelines(self, pm: list) -> list:
        """A place on a dateline — a short line of its own under the headline ("صنعاء-جوبرس"،
        "بغداد / سكاي برس"), an outlet's first line ending in its city ("أخبار عربية – بيروت")
        or a place opening a line before a colon or dash ("الخرطوم: أعلن ...") —
        tells where the report was filed, not where the event was: it is left out when the body
        names places elsewhere."""
        text = self.norm
        nl = self.newlines
        if nl is None:
            nl = self.newlines = char_positions(text, "\n")
        out, dl = [], []
        short: dict[int, bool] = {}
        lead = None                      # where the text's first non-space character stands
        for x in pm:
            s, e = x[0], x[1]
            k = bisect_left(nl, s)
            if k == 0:                   # the first line: the headline
                # (unless it is only a dateline, "بغداد/ المدى": a place, a slash or dash and
                # a word or two, the article having no headline)
                le = nl[0] if nl else len(text)
                if lead is None:
                    lead = len(text) - len(text.lstrip())
                if (lead >= s and text[e:e + 3].lstrip()[:1] in _DATELINE_MARKS
                        and len(text[e:le].split()) <= 4):
                    dl.append(x)
                elif (not text[e:le].strip() and text[lead:s].rstrip()[-1:] in _DATELINE_MARKS
                      and len(text[lead:le].split()) <= DATELINE_WORDS + 1):
                    dl.append(x)        # "أخبار عربية – بيروت": an outlet, a dash, its city
                else:
                    out.append(x)
                continue
            ls = nl[k - 1] + 1
            sh = short.get(ls)
            if sh is None:
                k2 = bisect_left(nl, e, k)
                le = nl[k2] if k2 < len(nl) else len(text)
                sh = short[ls] = le - ls <= 200 and len(text[ls:le].split()) <= DATELINE_WORDS
            if (sh
                    or (s - ls < 40 and not text[ls:s].strip()
                        and (text[e:e + 3].lstrip()[:1] in (":", "-", "–", "—")
                             or DATELINE_TAIL.match(text, e) is not None
                             or _outlet_after(text, e)))):
                dl.append(x)
            else:
                out.append(x)
        if not dl or not out:
            return pm
        return out

    def _parties(self) -> set:
        """ids of the actor mentions that are parties (not sources, not speakers)."""
        out = set()
        spans = sorted(self.source_spans)
        sstarts = list(map(_FIRST, spans))
        nspans = len(spans)
        longest = max((e - s for s, e in spans), default=0)
        # the union of the source spans, as sorted disjoint ranges: a span starting inside a
        # mention or holding its start is one overlapping it, one bisection (spans covering
        # nothing, end <= start, keep the span-by-span reading)
        ustarts = uends = None
        if nspans and all(s < e for s, e in spans):
            ustarts, uends = _union_ranges(spans)
            nu = len(ustarts)
        role, side = self.role, self.side
        tok_starts = self.tok_starts
        ntok = self.ntok
        sn, sp = self.source_noun_toks, self.speech_toks
        nsn, nsp = len(sn), len(sp)
        # a speaker word or verb of saying in the 3 tokens before token t: t in ``before``;
        # a verb of saying at token t or the one after it: t in ``at``
        before = {t + d for t in sn for d in (1, 2, 3)}
        if sp:
            before |= {t + d for t in sp for d in (1, 2, 3)}
        # "وشن تنظيم داعش بحسب المرصد": after بحسب/وفق the speaker follows; the actor before
        # it acts
        cl = self.cls
        at = {t - d for t in sp if "according" not in cl[t] for d in (0, 1)}
        backed = self.backed_toks
        # the actors that are never parties: sources, monitors, media
        never = {k for k, r in role.items() if r == "source" or side[k] in NOT_PARTY_SIDES}
        words, prefixes = self.words, self.prefixes
        am = self.actor_mentions
        for mi, m in enumerate(am):
            if id(m[2]) in never:
                continue
            m0, m1 = m[0], m[1]
            ti = bisect_left(tok_starts, m0)
            # (the token holding m0: ti when a token starts there, else the one before)
            if backed and (ti if ti < ntok and tok_starts[ti] == m0 else ti - 1) in backed:
                continue
            # "قناة المسيرة التابعة للحوثيين": the body a source belongs to is named with it; it
            # does not act
            if (ti > 0 and words[ti - 1] in AFFILIATION_WORDS and prefixes[ti].startswith("ل")
                    and any(id(am[k][2]) in never and am[k][1] <= tok_starts[ti - 1]
                            and bisect_left(tok_starts, am[k][1]) >= ti - 1 - AFFILIATION_REACH
                            for k in range(max(0, mi - 3), mi))):
                continue
            if ustarts is not None:
                k = bisect_right(uends, m0)
                if k < nu and ustarts[k] < (m1 if m1 > m0 else m0 + 1):
                    continue
            elif nspans:
                # a source span starting inside the mention, or holding its start
                i = bisect_left(sstarts, m0)
                if i < nspans and sstarts[i] < m1:
                    continue
                j = bisect_right(sstarts, m0, i) - 1
                hit = False
                while j >= 0 and sstarts[j] >= m0 - longest:
                    if spans[j][0] <= m0 < spans[j][1]:
                        hit = True
                        break
                    j -= 1
                if hit:
                    continue
            # a speaker, not a party: a speaker word (مصادر في، مراسل) or a verb of saying in the
            # 3 tokens before the mention, or a verb of saying in the 2 tokens after it
            if nsn or nsp:
                # (not after إن/أن: "قالت مصادر إن تنظيم الدولة سجل تقدما"، 'قال في بيان إن
                # "قوات جهاز مكافحة الإرهاب تمكنت': the claim's subject)
                if ti in before and not any(words[k][len(prefixes[k]):] in _INNA
                                            for k in range(max(0, ti - 3), ti)):
                    continue
                if nsp and bisect_left(tok_starts, m1, ti) in at:
                    continue
            out.add(id(m))
        return out

    # -- lookups ---------------------------------------------------------------------------
    def tok_index(self, pos: int) -> int:
        """The first token starting at or after ``pos``."""
        return bisect_left(self.tok_starts, pos)

    def tok_at(self, pos: int) -> int:
        """The token holding ``pos`` (or the last one before it)."""
        return max(0, bisect_right(self.tok_starts, pos) - 1)

    def mods_in(self, start: int, end: int, cls: str) -> list[tuple]:
        """Modifiers of a class in :data:`RANGE_CLASSES` inside [start, end): (start, end,
        first token), in text order."""
        by = self.mods_by_cls.get(cls)
        if by is None:
            return []
        hits, starts = by
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if i == j:
            return []
        got = hits[i:j]
        for h in got:      # (usually all do: the slice itself, without building another)
            if h[1] > end:
                return [h for h in got if h[1] <= end]
        return got

    def triggers_in(self, start: int, end: int) -> list:
        """The triggers that start in [start, end) (text order)."""
        starts = self.trig_starts
        return self.triggers[bisect_left(starts, start):bisect_left(starts, end)]

    def has_mod(self, start: int, end: int, cls: str) -> bool:
        by = self.mods_by_cls.get(cls)
        if by is None:
            return False
        hits, starts = by
        i = bisect_left(starts, start)
        if i == len(starts) or starts[i] >= end:
            return False
        j = bisect_left(starts, end, i)
        for h in hits[i:j]:
            if h[1] <= end:
                return True
        return False

    def mod_classes_at(self, k: int) -> frozenset:
        return self.cls[k]

    def places_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        # (_spans_within, inline: the most asked of the lookups)
        starts = self.place_starts
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if i == j:
            return []
        got = self.place_mentions[i:j]
        for x in got:
            if x[1] > end:
                return [x for x in got if x[1] <= end]
        return got

    def actors_in(self, start: int, end: int) -> list[tuple[int, int, Any]]:
        return _spans_within(self.actor_starts, self.actor_mentions, start, end)

    def actor_at(self, pos: int, slack: int = 0) -> bool:
        """Does an actor's name start at ``pos`` (or up to ``slack`` characters after it: past
        a glued clitic)?"""
        st = self.actor_starts
        i = bisect_left(st, pos)
        return i < len(st) and st[i] <= pos + slack

    def parties_in(self, start: int, end: int) -> list[tuple[int, int, Any]]:
        return _spans_within(self.party_starts, self.party_mentions, start, end)

    def dates_in(self, start: int, end: int) -> list:
        st = self.date_starts
        i = bisect_left(st, start)
        j = bisect_left(st, end, i)
        return list(map(_THIRD, self.dates[i:j]))

    def _read_as_event_places(self):
        """The place mentions as places of events: the facility the wounded were taken to is
        none ("وصول الشهداء إلى مستشفى شهداء الأقصى"), nor where a person is said to stay ("هادي
        الموجود في الرياض"), and a province told as a city's seat is that city ("بمدينة الفاشر
        المحاصرة، عاصمة شمال دارفور، جراء غارة")."""
        mods = self.mods_by_cls
        dest = _destinations(self) if "transport" in mods or "flight" in mods else set()
        if "whereabouts" in mods:
            dest |= _whereabouts(self)
        seats = _seats(self) if "seat" in mods else {}
        if "locator" in mods or "locator_adjective" in mods or "distance" in self.doc_cls:
            dest |= _locators(self)
        if dest or seats:
            self.place_mentions = [(a, b, seats.get(a, pi)) for a, b, pi in self.place_mentions
                                   if a not in dest]
            self.place_starts = list(map(_FIRST, self.place_mentions))

    def _main_place(self):
        """The place the article is about: the most-mentioned container place, else the most
        mentioned place; but a town, a village or a camp told at least twice as often as every
        container, and twice or more (MAIN_TOWN_MENTIONS), is the article's place ("قضاء حديثة"
        four times against "الأنبار" twice; "مدينة القريتين" twice against "تدمر" once, in the
        title)."""
        if not self.place_mentions:
            return None
        counts = Counter(map(_THIRD, self.place_mentions))
        cont = self.containers
        # the keys are distinct places, so the largest (container?, count, -index) is unique
        best = -max([(pi in cont, n, -pi) for pi, n in counts.items()])[2]
        if best in cont:
            kinds = self.place_kinds
            n, town = max([(n, -pi) for pi, n in counts.items() if kinds[pi] in _TOWN_KINDS],
                          default=(0, 0))
            if n >= MAIN_TOWN_MENTIONS and n >= 2 * counts[best]:
                return -town
        return best

    def is_container(self, pi: int) -> bool:
        return pi in self.containers


_PUNCT = re.compile("[،,؛;:]")
_NEWLINE = re.compile("\n")
# a character that is not white space (re's \s is str.isspace, what str.strip removes): a
# search between two offsets tells whether the text there is blank without copying it
_NONBLANK = re.compile(r"\S")


def _outlet_after(text: str, e: int) -> bool:
    """Does an outlet of outlets.tsv follow a place right after it, with no mark between: a
    dateline written without its dash or brackets ("دبي رويترز قالت وزارة الداخلية …")?"""
    if text[e:e + 1] != " ":
        return False
    ws = text[e + 1:e + 40].split(None, 3)[:3]
    return any(outlet_id(" ".join(ws[:n])) is not None for n in range(len(ws), 0, -1))


def _opens_list(text: str, i: int) -> bool:
    """Does the colon at ``i`` open a list of places ("استهدفت البلدات التالية: X، Y")? Then the
    list is the object of the clause before it, not a clause of its own."""
    return text[max(0, i - 12):i].rstrip().endswith(place_context().definite_intro)


def _clauses(ctx: _Ctx, s0: int, s1: int) -> list[tuple[int, int]]:
    """Clause ranges of a sentence: cut at punctuation and clause words."""
    got = ctx._clause_cache.get(s0)
    if got is not None:
        return got
    text = ctx.norm
    pe = ctx.punct_ends
    if pe is None:
        pe = ctx.punct_ends = [i + 1 for i in char_positions(text, "،,؛;:")
                               if text[i] != ":" or not _opens_list(text, i)]
    cuts = {s0}
    cuts.update(pe[bisect_right(pe, s0):bisect_right(pe, s1)])
    if "clause" in ctx.mods_by_cls:
        cuts.update(map(_BY_START, ctx.mods_in(s0, s1, "clause")))
    nonblank = _NONBLANK.search
    if len(cuts) == 1:
        out = [(s0, s1)] if nonblank(text, s0, s1) else []
    else:
        pts = sorted(cuts)     # all in [s0, s1]
        if pts[-1] >= s1:
            pts[-1] = s1
        else:
            pts.append(s1)
        out = []
        a = pts[0]
        for b in pts[1:]:
            if a < b and nonblank(text, a, b):
                out.append((a, b))
            a = b
    ctx._clause_cache[s0] = out
    return out


def _party(ctx: _Ctx, m: tuple[int, int, Any]) -> bool:
    return id(m) in ctx._party


def _blown_building(ctx: _Ctx, h: _Hit) -> bool:
    """Is the bombing noun of ``h`` ("تفجير"، "نسف") followed by its doer and then a building
    ("تفجير الحوثيين منزل الزعيم"، "نسف التنظيم مسجد القرية")? (With the building right after
    it, "تفجير منزل" is a phrase of its own in data/event_triggers.tsv.)"""
    j = h.i + h.n
    return h.n == 1 and ctx.words[h.i] in _blow_nouns() and j + 1 < ctx.ntok \
        and "blown" in ctx.cls[j + 1] and "blown" not in ctx.cls[j] \
        and not ctx.prefixes[j + 1] and ctx.tok_starts[j + 1] - ctx.tok_ends[j] == 1


@lru_cache(maxsize=1)
def _blow_nouns() -> frozenset:
    """The bombing nouns that open the phrases of a building blown up (the first words of the
    blowup rows of data/event_triggers.tsv: تفجير، نسف)."""
    return frozenset(normalize(r["pattern"]).split()[0] for r in load_table("event_triggers.tsv")
                     if r.get("family") == "blowup" and r.get("pattern"))


def _blaze(ctx: _Ctx, h: _Hit, k0: int) -> bool:
    """Are the flames of gunfire trigger ``h`` a fire: a word of fire burning or put out within
    :data:`BLAZE_REACH` tokens before it ("أخمدت فرق الدفاع المدني النيران"، "اشتعلت النيران"),
    with no verb of shooting between ("اشتعلت المعارك وأطلق المسلحون النيران")? "بنيران قناص"
    is always gunfire."""
    i = h.i
    if "ب" in ctx.prefixes[i]:
        return False
    cls = ctx.cls
    for j in range(i - 1, max(k0, i - BLAZE_REACH) - 1, -1):
        if "blaze" in cls[j]:
            return not ctx.has_mod(ctx.tok_starts[j], h.start, "fire_verb")
    return False


def _agreement_verb(ctx, c0: int, c1: int) -> bool:
    """A verb of reaching or signing an agreement in the clause [c0, c1): but وقع next to an
    event told by another trigger is "happened" ("انفجارا وقع في بناية … في انتهاك لوقف إطلاق
    النار"، "وقعت اشتباكات"), no signing."""
    for _s, _e, k in ctx.mods_in(c0, c1, "agreement_verb"):
        if ctx.words[k].startswith("وقع") and any(
                h.pat.row["family"] != "agreement"
                for j in (k - 1, k + 1) if 0 <= j < ctx.ntok
                for h in ctx.triggers_in(ctx.tok_starts[j], ctx.tok_starts[j] + 1)):
            continue
        return True
    return False


def _cls_before(ctx: _Ctx, k: int, cls: str, window: int, k0: int) -> bool:
    """Is a modifier of class ``cls`` at one of the ``window`` tokens before token ``k``, not
    before token ``k0``?"""
    if cls not in ctx.doc_cls:
        return False       # (the article has no such modifier at all)
    c = ctx.cls
    for j in range(max(k0, k - window), k):
        if cls in c[j]:
            return True
    return False


_ABOUT = frozenset({"عن", "حول", "بشان"})


def _no_news_of(ctx: _Ctx, i: int, k0: int) -> bool:
    """"لا توجد معلومات عن انسحاب"، "لم ترد أنباء عن سقوط قتلى": a negated report word right
    before the trigger and its عن/حول: no word of it, not a claim that it happened."""
    if i - 2 < k0 or ctx.words[i - 1] not in _ABOUT or "report" not in ctx.cls[i - 2]:
        return False
    return any("negation" in ctx.cls[k] for k in range(max(k0, i - 4), i - 2))


def _aircraft_subject(ctx: _Ctx, i: int, k0: int) -> bool:
    """Aircraft named right before the attack at token ``i`` in its clause (from ``k0``), as the
    ones attacking: "عشرات الطائرات هاجمت"، "الطائرات الحربية هاجمت"، "شنت المقاتلات هجوما" (not
    aircraft after a preposition, "بدعم من الطيران هاجمت القوات": support for the ones who
    attack)."""
    lo = max(k0, i - 3)
    if lo >= i:
        return False
    air = ctx.mods_in(ctx.tok_starts[lo], ctx.tok_starts[i], "aircraft")
    if not air:
        return False
    k = air[-1][2]
    if any("relative" in c for c in ctx.cls[k + 1:i]):
        return False    # "الطائرات التي نفذت الهجوم": the attack told before, described
    pre = ctx.prefixes[k]
    if pre.endswith("ال"):
        pre = pre[:-2]
    return pre[-1:] not in ("ب", "ل") and (k == 0 or ctx.words[k - 1] not in _AIR_SUPPORT_BEFORE)


def _aircraft_agent_after(ctx: _Ctx, h: _Hit) -> bool:
    """Aircraft as the word right after an attack noun, its agent or its means: "هجوم للطيران
    السوري على مدينة تلبيسة"، "هجوم الطائرات"، "هجوم بطائرات مسيرة" (not its target, "هجوم على
    الطائرات", nor a verb's object, "هاجموا طائرة")."""
    k = h.i + h.n
    if h.pat.row.get("pos") != "n" or k >= ctx.ntok or not ctx.mods_in(
            ctx.tok_starts[k], ctx.tok_ends[k], "aircraft"):
        return False
    pre = ctx.prefixes[k]
    if pre in ("", "ال"):     # a construct: the attack noun has no article ("هجوم الطائرات")
        return not ctx.prefixes[h.i].endswith("ال")
    return pre in ("ل", "لل", "ب", "بال")


# words before aircraft that make them a help, not the attacker ("بدعم من الطيران")
_AIR_SUPPORT_BEFORE = frozenset({"من", "مع", "بمساندة", "بدعم", "بغطاء", "باسناد", "وسط"})


def _heard(ctx: _Ctx, h: _Hit, k0: int) -> bool:
    """Is trigger ``h`` a sound heard ("سُمع صوت إطلاق رصاص"، "أصوات القذائف"), or a weapon
    joined by و to one ("صوت إطلاق رصاص وقذائف")?"""
    return _cls_before(ctx, h.i, "heard", 2, k0) or (
        ctx.prefixes[h.i][:1] == "و" and _cls_before(ctx, h.i, "heard", 4, k0))


def _cls_after(ctx: _Ctx, h: _Hit, cls: str, window: int) -> bool:
    """Is a modifier of class ``cls`` at one of the ``window`` tokens after trigger ``h``?"""
    if cls not in ctx.doc_cls:
        return False
    k = h.i + h.n
    return any(cls in c for c in ctx.cls[k:k + window])


def _preceded_by(ctx: _Ctx, pos: int, cls: str, window: int = 2, floor: int = 0) -> bool:
    if cls not in ctx.doc_cls:
        return False       # (the article has no such modifier at all: see _cls_before)
    starts = ctx.tok_starts
    ti = bisect_left(starts, pos)
    k0 = bisect_left(starts, floor, 0, ti) if floor else 0
    return _cls_before(ctx, ti, cls, window, k0)


def _build_candidates(ctx: _Ctx, si: int, s0: int, s1: int) -> list[_Cand]:
    out: list[_Cand] = []
    trig_starts = ctx.trig_starts
    a = bisect_left(trig_starts, s0)
    b = bisect_left(trig_starts, s1, a)
    if a == b:
        return out
    hits = ctx.triggers[a:b]
    hstarts = trig_starts[a:b]
    tok_starts = ctx.tok_starts
    demand = "demand" in ctx.doc_cls    # may a demand veto a trigger (_demanded)?
    x = 0                      # hits and clauses are both in text order
    for c0, c1 in _clauses(ctx, s0, s1):
        x = bisect_left(hstarts, c0, x)      # the clause's hits: hits[x:y]
        y = bisect_left(hstarts, c1, x)
        if y == x:
            continue
        k0 = bisect_left(tok_starts, c0)
        chits = []
        for h in hits[x:y]:
            if _hit_ok(ctx, h, c0, k0, demand):
                chits.append(h)
        if not chits:
            ctx.dead.append((c0, c1))   # its places are not another event's
            continue
        # group adjacent hits of one group into one candidate
        groups: list[list[_Hit]] = []
        for h in chits:
            row = h.pat.row
            if groups and groups[-1][0].pat.row["group"] == row["group"]:
                prev = groups[-1][-1]
                gap = h.i - (prev.i + prev.n)
                if (gap <= 3 and not ctx.places_in(prev.end, h.start)) or (row["_weapon"] and gap <= 4):
                    groups[-1].append(h)
                    continue
            groups.append([h])
        ng = len(groups)
        for gi, grp in enumerate(groups):
            seg_start = c0 if gi == 0 else grp[0].start
            seg_end = groups[gi + 1][0].start if gi + 1 < ng else c1
            cand = _make_candidate(ctx, grp, (c0, c1), seg_start, seg_end, si, k0)
            if cand is not None:
                out.append(cand)
            elif (out and out[-1].group == "explosion"
                  and (out[-1].clause == (c0, c1)
                       or (gi == 0 and out[-1].seg_end == c0 and grp[0].i == k0
                           and not ctx.places_in(out[-1].seg_start, c0)))
                  and all(h.pat.row["_weapon"] for h in grp)
                  and _by_means(ctx, grp[0].i, grp[0])):
                # "استهدفت قوات النظام ... بقذائف المدفعية بلدات X وY": the weapon is the means
                # of the strike before it, and what follows it is that strike's target; so is
                # a weapon opening the next clause after a placeless strike ("جراء قصف شنه
                # طيران النظام، بالبراميل المتفجرة على مدينة حلب")
                out[-1].seg_end = seg_end
            elif (gi == 0 and out and out[-1].group == "explosion" and out[-1].seg_end == c0
                  and all(h.pat.row["family"] == "target" for h in grp)
                  and not ctx.places_in(out[-1].seg_start, out[-1].seg_end)):
                # "قتل 17 مدنيا، في قصف بصواريخ خارقة، استهدف أحياء سكنية في بلدة X": a verb of
                # targeting opening the next clause, with no weapon of its own, tells what the
                # placeless strike before it hit
                out[-1].seg_end = seg_end
            else:
                ctx.dead.append((seg_start, seg_end))
    return out


_ALA = normalize("على")
ATTACK_MEANS_REACH = 2   # "هجوم لداعش بالصواريخ": words between an attack noun and its weapon
RESPOND_REACH = 3   # "وردت «داعش» بالصواريخ": tokens from a verb of responding to the weapon
FORCE_REACH = 6   # "أجبرت قوات سورية الديموقراطية على الانسحاب": tokens from the force word


def _forced(ctx: _Ctx, c0: int, h: _Hit):
    """The end of a force word (أجبر، أرغم، اضطر) standing before withdrawal trigger ``h`` in
    its clause, within FORCE_REACH tokens, or None."""
    lo = ctx.tok_starts[max(0, h.i - FORCE_REACH)]
    got = ctx.mods_in(max(c0, lo), h.start, "force")
    return got[-1][1] if got else None


_BI = ("ب", "وب", "فب")


FIRED_SUBJECT_TOKENS = 6   # "ألقت طائرات النظام المروحية، براميل …": a verb and its subject


def _fired_before_comma(ctx: _Ctx, c0: int, si: int) -> bool:
    """"ألقت طائرات النظام المروحية، أسطوانات وبراميل متفجرة على …": a comma after the subject
    cuts the clause of the weapon from its verb of firing; the clause right before, a short one
    holding such a verb, is that verb's."""
    if "fire_verb" not in ctx.mods_by_cls or si >= len(ctx.doc.sentences):
        return False
    return _short_clause_before(ctx, c0, "fire_verb", ctx.doc.sentences[si]) is not None


def _short_clause_before(ctx: _Ctx, c0: int, cls: str, sent: tuple[int, int] | None = None,
                         from_anna: bool = False) -> tuple[int, int] | None:
    """The clause just before the one at ``c0`` (in ``sent``, else in c0's sentence) when it is
    short (FIRED_SUBJECT_TOKENS words at most; with ``from_anna``, counted from its last أن/إن
    on), holds a modifier of class ``cls`` and names no place: its range, or None."""
    prev = _clause_before(ctx, c0, sent)
    if prev is None:
        return None
    a, b = prev
    ts = ctx.tok_starts
    i, j = bisect_left(ts, a), bisect_left(ts, b)
    if from_anna:
        words = ctx.words
        for k in range(j - 1, i - 1, -1):
            if words[k] == "ان":     # "أفاد مراسل الأناضول أن مروحيتين …،": the subject follows أن
                i, a = k + 1, ts[k + 1]
                break
    if j - i <= FIRED_SUBJECT_TOKENS and ctx.has_mod(a, b, cls) and not ctx.places_in(a, b):
        return a, b
    return None


def _by_means(ctx: _Ctx, i: int, h: _Hit | None = None) -> bool:
    """Is the weapon at token ``i`` told after ب as the means of an attack ("بصواريخ الغراد"،
    "بعدد من القذائف الصاروخية"، "بعشرات القذائف")? A quantity word (``means_quantity``) after ب,
    with or without من, counts as the ب of the weapon."""
    prefixes = ctx.prefixes
    if prefixes[i].startswith(_BI):
        # "برميلين متفجرين": a word that begins with ب matched whole is no ب of means
        # ("برميلا متفجرا": also with the accusative alef of an indefinite noun)
        if h is None:
            return True
        w0, wk = h.pat.words[0].rstrip("*"), _key(ctx.words[i])
        if wk[:1] in "وف" and wk[1:2] == "ب":
            wk = wk[1:]      # "وبراميل متفجرة": the conjunction, then the word's own ب
        return not (w0 == wk or (wk.endswith("ا") and w0 == wk[:-1]))
    j = i - 1
    if j >= 0 and ctx.words[j] == "من":
        j -= 1
    return j >= 0 and prefixes[j].startswith(_BI) and "means_quantity" in ctx.cls[j]


def _imperfect(ctx: _Ctx, k: int) -> bool:
    """Is token ``k`` an imperfect verb (يؤدي، تدفعهم، يشنون)? A perfect verb after قد ("قد
    سيطرت"، "قد تقدمت") tells a deed."""
    w = ctx.words[k]
    if ctx.prefixes[k]:
        w = w[len(ctx.prefixes[k]):] or w
    if len(w) < 3:
        return False
    if w[0] == "ي":
        return True
    if w[0] == "ت":
        return not w.endswith(("ت", "وا", "تا"))
    return False


_SUBJUNCTIVE = frozenset({"ان", "لان", "بان", "كي", "لكي", "حتي", "لن"})


def _subjunctive(ctx: _Ctx, i: int, k0: int) -> bool:
    """Does a particle of the subjunctive (أن، كي، حتى، لن) stand one or two tokens before token
    ``i`` ("استطاع أن يسيطر"، "أن تتمكن من أن تسيطر")?"""
    words = ctx.words
    for k in range(max(k0, i - 2), i):
        if words[k] in _SUBJUNCTIVE:
            return True
    return False


def _hit_ok(ctx: _Ctx, h: _Hit, c0: int, k0: int, demand: bool = True) -> bool:
    """False when the words before a trigger say it did not happen as an event (``k0``: the
    clause's first token; ``demand``: False when the article has no verb of demanding, so that
    :func:`_demanded` need not be asked)."""
    row = h.pat.row
    fam = row["family"]
    i = h.i
    cls = ctx.cls
    # "ساحة التحرير"، "ميدان التحرير": a trigger right after a square/street word names a place;
    # "صواريخ شديدة الانفجار": after a weapon's adjective it describes the weapon
    if i > k0 and ("name_head" in cls[i - 1] or ("descriptor" in cls[i - 1]
                                                 and ctx.words[i].startswith("ال"))):
        return False
    if i - 2 >= k0 and "commander" in cls[i - 2] and ctx.words[i - 1] in _OPERATION_WORDS:
        return False    # "قائد عمليات تحرير الحويجة": the title of whoever leads the operation
    lo = i - 6 if i - 6 > k0 else k0
    # "وقد تدفعهم إلى محاولة التقدم"، "ربما يشنون هجوما": a possibility, not a deed
    lm = i - 8 if i - 8 > k0 else k0
    near = _EMPTY.union(*cls[lm:i])      # every class of the 8 tokens before (lm <= lo)
    if "modal_word" in near or "modal" in near:
        for k in range(lm, i):
            c = cls[k]
            if c and ("modal_word" in c or ("modal" in c and k + 1 < i and _imperfect(ctx, k + 1))):
                return False
    if ("negation" in near or "unable" in near) and _ability_denied(ctx, i, k0):
        return False    # "لم يتمكن فيها من السيطرة على المدينة": a deed never managed
    if (lo < i and not _VETO_BEFORE.isdisjoint(near)
            and not _VETO_BEFORE.isdisjoint(_EMPTY.union(*cls[lo:i]))):
        # negated or future: لم تستهدف، سيتم; over verbs of doing ("لم يتم توجيه ضربات")
        j = i
        while j - 1 > k0 and j > i - 3 and "light" in cls[j - 1]:
            j -= 1
        for k in range(max(k0, j - 2), i):
            c = cls[k]
            if "negation" in c or "future" in c:
                if "negation" in c and k + 1 < ctx.ntok and "continuation" in cls[k + 1]:
                    continue
                return False
        # "مفاوضات حول الانسحاب": talk about a thing; but "التقارير التي نشرتها وسائل إعلام حول
        # قصف … لمستشفى في حلب" tells the strike as others' claim (a denial may dispute it)
        if _cls_before(ctx, i, "topic", 2, k0) and not _cls_before(ctx, i, "report", REPORT_REACH, k0):
            return False
        if _no_news_of(ctx, i, k0):
            return False
        if _cls_before(ctx, i, "cessation", 6, k0):
            return False
        if row["group"] == "battle" and _cls_before(ctx, i, "state", 1, k0):
            return False   # مناطق الاشتباكات، تحت سيطرة
        if fam == "territory" and (_cls_before(ctx, i, "state", 2, k0)
                                   or _cls_before(ctx, i, "despite", 1, k0) or (
                i - 1 > k0 and ctx.words[i - 1] == "عن" and _cls_before(ctx, i - 1, "state", 2, k0))):
            return False    # (and "المحافظة الخارجة بمعظمها عن سيطرة النظام")
    if "intent" in ctx.mods_by_cls and ctx.has_mod(c0, h.start, "intent"):
        return False
    if fam == "withdraw" and row["pos"] == "v" and _cls_after(ctx, h, "civil_subject", CIVIL_SUBJECT_REACH):
        return False    # "انسحب عشرات الشبان وعمال الانقاذ يائسين": rescuers leaving, no ground
    if row["group"] == "vac" and row["pos"] == "n" and i > k0 and (
            "among" in cls[i - 1] or "deploy" in cls[i - 1]):
        return False    # "مقتل ستة من مقاتلي التنظيم بينهم قناص": a sniper among the dead, no
        # sniping; "ونشرت قناصة على أسطح المنازل": snipers posted, not their fire
    if fam == "withdraw" and _cls_before(ctx, i, "before_leaving", 2, k0):
        return False    # "قبل الانسحاب نحو منطقة غابات": raiders leaving, no ground handed over
    if row["pos"] == "n" and "future" in ctx.doc_cls:
        j = i + h.n     # "معركة الرقة ستبدأ مطلع الشهر المقبل": a battle yet to come
        if any("future" in cls[k] for k in range(j, min(j + 2, ctx.ntok))):
            return False
    if row["pos"] == "n" and "motive" in ctx.mods_by_cls \
            and any(a < h.start < b for a, b in _motive_spans(ctx)):
        return False    # "إطلاق 100 صاروخ في رد أولي على اغتيال قائدها": the wrong answered,
        # told as the reason of the attack, not an event of the article
    if fam == "gunfire" and "blaze" in ctx.doc_cls and _blaze(ctx, h, k0):
        return False    # "أخمدت فرق الدفاع المدني النيران"، "اشتعلت النيران": a fire
    if fam == "gunfire" and "rubber" in ctx.doc_cls and "crowd_clash" in ctx.doc_cls \
            and any("rubber" in cls[j] for j in range(i, min(i + RUBBER_REACH, ctx.ntok))):
        return False    # "5 إصابات بالرصاص المطاطي"، "الرصاص المعدني المغلف بالمطاط": the riot
        # police's arms in an article of street confrontations, part of that fight
    if fam == "arrest" and _cls_before(ctx, i, "warrant", 1, k0):
        return False    # "تعد أمرا بالقبض على قادة"، "مذكرة اعتقال": an arrest yet to be made
    if fam == "vac" and "ruling" in ctx.doc_cls and _cls_before(ctx, i, "ruling", RULING_REACH, k0):
        return False    # "قضت محكمة جنايات بورسعيد السبت بإعدام 21 متهما": a sentence passed
    if "halt" in ctx.doc_cls and fam != "agreement" and any(
            "halt" in cls[j] and not ctx.prefixes[j].lstrip("و").startswith("ل")
            for j in range(i - 1, max(k0 - 1, i - HALT_REACH - 1), -1)):
        return False    # "ستمدد وقفا لشن الضربات الجوية"، "الوقف المؤقت للضربات": strikes halted
        # ("تدخل لوقف القصف": the shelling it went to stop did happen)
    # (_demanded asks only of a ب-masdar or a trigger after a halt word)
    if demand and (ctx.prefixes[i].lstrip("و").startswith("ب") or "halt" in ctx.doc_cls) \
            and _demanded(ctx, h):
        return False
    if fam == "territory" and "goods" in ctx.doc_cls:
        # "والاستيلاء على ذخائر وعتاد عسكري"، "سيطر المقاتلون على أسلحة": arms seized (after
        # the trigger's على, maybe past its subject), no ground taken
        words = ctx.words
        for j in range(i + h.n, min(ctx.ntok - 1, i + h.n + GOODS_REACH)):
            if words[j] == "علي":
                if "goods" in cls[j + 1] or (j + 2 < ctx.ntok and "goods" in cls[j + 2]
                                             and _counting_word(words[j + 1])):
                    return False    # (and "على ثلاث آليات عسكرية"، "على 5 دبابات")
                break
    if fam == "abduction" and "goods" in ctx.doc_cls and i + h.n < ctx.ntok \
            and "goods" in cls[i + h.n]:
        return False    # "حاول فلسطيني خطف سلاح جندي": a weapon or a vehicle snatched, nobody
        # taken
    if fam == "territory" and "rioter" in ctx.doc_cls and _crowd_held(ctx, h):
        return False    # "بعد سيطرة متظاهرين على جسري النصر والزيتون قبل أن تستعيدها القوات":
        # a crowd holding a bridge, and the forces taking it back, move no front line
    if fam == "territory" and ("captives" in ctx.doc_cls or "not_ground" in ctx.doc_cls):
        # "حرر 14 مخطوفا"، "تحرير الأسرى"، "حرر الجيش 14 مخطوفا": people freed (after the
        # trigger, maybe past its subject and a number), no ground taken
        words = ctx.words
        for j in range(i + h.n, min(ctx.ntok, i + h.n + CAPTIVES_REACH)):
            if "captives" in cls[j] or "not_ground" in cls[j]:
                return False
            if words[j] == "علي":
                if j + 1 < ctx.ntok and "not_ground" in cls[j + 1]:
                    return False    # "السيطرة على الحريق"، "سيطرت على الوضع": no ground
                break
            if ctx.places_in(ctx.tok_starts[j], ctx.tok_ends[j]):
                break
    if fam == "territory" and i > 0 and ctx.words[i - 1] in _CAMPAIGN_WORDS and not ctx.prefixes[i]:
        return False    # "ستشارك في عملية تحرير الفلوجة"، "انتهاء معركة تحرير الفلوجة": an
        # operation named by its goal, no taking
    if fam == "advance" and i + h.n < ctx.ntok and "advance_not" in cls[i + h.n]:
        return False
    if fam == "protest" and _cls_after(ctx, h, "feign", FEIGN_REACH):
        return False    # "تظاهر بأنه جريح"، "تظاهر رجل بالموت": تظاهر ب is to pretend, no protest
    if h.n == 1 and ctx.words[i].endswith("مواجهه") and _facing(ctx, i):
        return False
    if fam == "territory":
        # "أحياء يسيطر عليها النظام"، "حيث تسيطر القوات على المدينة": who holds an area, not a
        # change of control; "استطاع أن يسيطر على" / "تحاول أن تسيطر" still tell a taking
        if "state_verb" in cls[i] and not _subjunctive(ctx, i, k0) \
                and not _cls_before(ctx, i, "attempt", 3, k0):
            return False
        # للسيطرة على، لاستعادة: a goal, unless an attempt is told (then an armed clash)
        if ctx.prefixes[i].lstrip("وف").startswith("ل") and not ctx.has_mod(c0, h.start, "attempt"):
            return False
        if _purpose_object(ctx, i, k0) and not ctx.has_mod(c0, h.start, "attempt"):
            return False
        # "لطرد قوات الدعم السريع منها، وفرض سيطرة القوات المسلحة على ...": a masdar joined by و
        # to a purpose clause (ل + masdar) is a goal too
        # (a noun: "وسيطرة"، or after a masdar "وفرض سيطرة"; never a perfect verb "وفرضت")
        w0 = ctx.words[k0]
        if (ctx.prefixes[k0].startswith("و")
                and ((i == k0 and w0.endswith("ه")) or (i == k0 + 1 and not w0.endswith(("ت", "وا"))))
                and _after_purpose(ctx, c0)):
            return False
        # "استعادة بلدة الحويجة من سيطرة تنظيم داعش": the hold a place is taken from (سيطرة in
        # construct after من, with no على of its own after its holder) is no taking of its own
        if i > k0 and ctx.words[i] == "سيطره" and ctx.words[i - 1] == "من" \
                and not any(w.startswith("علي") for w in ctx.words[i + 1:i + 1 + HOLD_REACH]):
            return False
        # "المناطق التي سيطرت عليها" / "التي خسرتها": a description of a place
        if _cls_before(ctx, i, "relative", 2, k0):
            nxt = set()
            for k in range(i + h.n - 1, min(ctx.ntok, i + h.n + 2)):
                nxt |= cls[k]
            if "resumptive" in nxt:
                return False
    return True


HOLD_REACH = 6      # tokens after "من سيطرة" where its على would stand ("من سيطرة قوات النظام عليها")
DEMAND_REACH = 10   # tokens from a verb of demanding to the halt word or trigger it governs
HALT_REACH = 3      # tokens from a halt word to the trigger it stops ("وقفا لشن الضربات")


def _demanded(ctx: _Ctx, h: _Hit) -> bool:
    """Is the trigger what a demand or call asks for ("وطالبت المنظمة، القوات بوقف الهجمات"،
    "ودعا المجلس إلى وضع حد للغارات"، "وناشدت الهيئة، المسلحين بالانسحاب")? A trigger governed by a
    halt word (وقف، إيقاف، وضع حد) or a ب-masdar, with a verb of demanding (طالب، دعا، ناشد، حث)
    before it in its sentence — across a comma after the addressee, never across a clause word
    or another trigger — names no event."""
    if "demand" not in ctx.doc_cls:
        return False
    i = h.i
    cls = ctx.cls
    k = i
    for j in range(i - 1, max(-1, i - 4), -1):
        if "halt" in cls[j]:
            k = j
            break
    if k == i and not ctx.prefixes[i].lstrip("و").startswith("ب"):
        return False
    s0 = ctx.doc.sentence_of(h.start)[0]
    lo = max(bisect_left(ctx.tok_starts, s0), k - DEMAND_REACH)
    trig = ctx.trig_starts
    words = ctx.words
    masdar = k == i
    for j in range(k - 1, lo - 1, -1):
        c = cls[j]
        if c:
            if "demand" in c:
                t = bisect_left(trig, ctx.tok_starts[j] + 1)
                return t >= len(trig) or trig[t] >= h.start
            if "clause" in c or "speech" in c:
                return False
        # "طالب مرارا بحماية المدنيين إن القوات قامت بقصف": a clause of its own after إن/أن
        if masdar and words[j] in _THAT:
            return False
    return False


_THAT = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها"})


def _facing(ctx: _Ctx, i: int) -> bool:
    """"في مواجهة المقاتلين"، "لمواجهة الهجوم": مواجهة in construct with a definite noun after في
    is the preposition "against", and after the lam of purpose a goal; neither tells a clash ("في
    مواجهة مسلحة"، "في مواجهة مع" do)."""
    w, pre = ctx.words[i], ctx.prefixes[i]
    if w[len(pre):] != "مواجهه":
        return False
    if pre.lstrip("وف") == "ل":
        return True
    if "ال" in pre or i + 1 >= ctx.ntok or not ctx.words[i + 1].startswith("ال"):
        return False
    return (pre.lstrip("وف") == "ب") or (i > 0 and ctx.words[i - 1] == "في")


def _clause_before(ctx: _Ctx, c0: int, sent: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The clause just before the one starting at ``c0`` in its sentence (``sent``, when the
    caller knows it), or None."""
    s0, s1 = sent if sent is not None else ctx.doc.sentence_of(c0)
    prev = None
    for a, b in _clauses(ctx, s0, s1):
        if a >= c0:
            break
        prev = (a, b)
    return prev


def _purpose_object(ctx: _Ctx, i: int, k0: int) -> bool:
    """Is the territory masdar at token ``i`` part of a goal told with the lam of purpose in its
    clause: the object of a purpose masdar ("لاستعادة السيطرة على"، "لفرض السيطرة"), or the same
    masdar again, joined by و ("للسيطرة الكاملة على كلية المدفعية والسيطرة على الكلية الجوية")?"""
    words, prefixes = ctx.words, ctx.prefixes
    pre = prefixes[i]
    if i > k0 and pre.endswith("ال") and prefixes[i - 1].lstrip("وف") in ("ل", "لل") \
            and len(words[i - 1]) - len(prefixes[i - 1]) >= 3 \
            and not ctx.places_in(ctx.tok_starts[i - 1], ctx.tok_ends[i - 1]) \
            and not ctx.actors_in(ctx.tok_starts[i - 1], ctx.tok_ends[i - 1]):
        return True
    if not pre.startswith("و"):
        return False
    stem = words[i][len(pre):]
    for k in range(i - 1, k0 - 1, -1):
        pk = prefixes[k]
        if words[k][len(pk):] == stem and pk.lstrip("وف").startswith("ل"):
            return True
    return False


def _after_purpose(ctx: _Ctx, c0: int) -> bool:
    """Does the clause before the one starting at ``c0`` (in its sentence) open with a purpose
    lam on a noun ("، لطرد قوات الدعم السريع منها،")?"""
    prev = _clause_before(ctx, c0)
    if prev is None:
        return False
    k = bisect_left(ctx.tok_starts, prev[0])
    if k >= ctx.ntok:
        return False
    pre = ctx.prefixes[k].lstrip("وف")
    return pre in ("ل", "لل") and not ctx.places_in(ctx.tok_starts[k], ctx.tok_ends[k]) \
        and not ctx.actors_in(ctx.tok_starts[k], ctx.tok_ends[k])


def _past_aside(ctx: _Ctx, c0: int, c1: int) -> int:
    """The end of the clause [c0, c1), or, when a source aside follows it ("، وفق المصدر
    ذاته،"), the end of the clause after the aside."""
    s0, s1 = ctx.doc.sentence_of(c0)
    cl = _clauses(ctx, s0, s1)
    for j, (a, _b) in enumerate(cl):
        if a == c0:
            if j + 2 < len(cl) and _aside(ctx, cl[j + 1]):
                return cl[j + 2][1]
            break
    return c1


SUPPORT_ASIDE_TOKENS = 4   # "، ظهر أمس الثلاثاء،": a short aside between قام and its ب-masdar


# the adverbs of addition ("أيضا"، "كذلك"): the casualty lexicon's `also` rows (one cached read of
# the table the casualty stage loads too)
_ALSO = frozenset(normalize(r["form"]).strip() for r in load_table("casualty_lexicon.tsv")
                  if r["role"] == "also")
_HUWA = frozenset({"هو", "هي"})     # the pronoun of "this is the …" ("هذا هو الهجوم")


_CARDINAL_KINDS = frozenset(("unit", "teen", "ten", "hundred", "mult", "vague"))


def _counting_word(w: str) -> bool:
    """A number in digits or a cardinal number word ("ثلاث"، "عشرات")."""
    if w.isdigit():
        return True
    n = load_number_words().get(w)
    return n is not None and n.kind in _CARDINAL_KINDS


def _ordinal(ctx: _Ctx, k: int) -> int:
    """The number an ordinal word of a new incident states ("ثان"، "الثانية" -> 2: the ordinals
    of data/number_words.tsv), else 0 (for "مماثل"، "آخر": another incident with no number)."""
    w = load_number_words().get(ctx.words[k][len(ctx.prefixes[k]):])
    return w.value if w is not None and w.kind == "ordinal" else 0


def _support_verb(ctx: _Ctx, i: int, c0: int, k0: int) -> tuple | None:
    """The verb of doing (``support_verb``: قام) whose deed is the ب-masdar at token ``i``, or
    of undertaking (``support_ala``: أقدم) whose deed is the masdar after على ("قام الطيران
    بقصف المقر"، "أقدم الطيران التركي، على قصف"، or over short asides with no place or actor:
    "وأوضحت أن الطيران قام أيضا، ظهر أمس الثلاثاء، بقصف ..."), as (its clause start, its clause
    end, its token), or None."""
    cls = ctx.cls
    if not ctx.prefixes[i].startswith(_BI):
        # "أقدم الطيران التركي، على قصف …": a verb of undertaking takes its deed after على
        if i < 1 or ctx.words[i - 1] != _ALA or "support_ala" not in ctx.doc_cls:
            return None
        i -= 1
        verb = "support_ala"
    else:
        verb = "support_verb"
    for k in range(i - 1, max(k0, i - 3) - 1, -1):
        if verb in cls[k]:
            return c0, ctx.tok_starts[i], k
    if i != k0:
        return None
    s0, s1 = ctx.doc.sentence_of(c0)
    cl = _clauses(ctx, s0, s1)
    j = next((n for n, (a, _b) in enumerate(cl) if a == c0), None)
    if j is None:
        return None
    tok_starts = ctx.tok_starts
    for a, b in reversed(cl[max(0, j - 3):j]):
        ka = bisect_left(tok_starts, a)
        kb = bisect_left(tok_starts, b, ka)
        for k in range(kb - 1, max(ka, kb - 3) - 1, -1):
            if verb in cls[k]:
                return a, b, k
        if kb - ka > SUPPORT_ASIDE_TOKENS or ctx.places_in(a, b) or ctx.actors_in(a, b):
            return None
    return None


def _chemical_after(ctx: _Ctx, last: _Hit, c0: int) -> bool:
    """Is the next trigger after ``last`` in its sentence a chemical weapon (not tear gas)?"""
    k = bisect_right(ctx.trig_starts, last.start)
    if k >= len(ctx.triggers) or ctx.triggers[k].pat.row["family"] != "chemical":
        return False
    s0, s1 = ctx.doc.sentence_of(c0)
    return ctx.triggers[k].start < s1 and not ctx.has_mod(s0, s1, "tear_gas")


def _make_candidate(ctx: _Ctx, grp: list[_Hit], clause, seg_start, seg_end, si, k0) -> _Cand | None:
    c0, c1 = clause
    live = grp
    first = live[0]
    if _cls_before(ctx, first.i, "clearing", 2, k0):
        return None     # "إزالة الألغام والعبوات الناسفة التي زرعها …": cleared, not fired
    if _heard(ctx, first, k0):
        s0, s1 = ctx.doc.sentence_of(c0)
        mine = {h.i for h in live}
        if any(h.i not in mine and not _heard(ctx, h, k0) for h in ctx.triggers_in(s0, s1)):
            return None     # "لم تهدأ الاشتباكات … حيث كانت تسمع أصوات القذائف": the sound of
            # the fight the sentence tells
    # "بصواريخ الغراد وبالعربات المفخخة": weapons named as the means of something told elsewhere;
    # weapons alone ("مكان لتصنيع الصواريخ") are an attack only with a verb of firing or a cause
    if first.pat.row["_weapon"] and (len(live) == 1 or all(h.pat.row["_weapon"] for h in live)):
        if first.pat.row["family"] == "suicide" and not _cls_after(ctx, first, "self", 3) and any(
                a <= first.start < b for x in _killed_items(ctx, c0, c1) if _killed_top(x)
                for a, b in _ranges(x)):
            # "تمكنت القوات من قتل انتحاريين اثنين": killed before they struck (not "قتل عشرة
            # بينهم انتحاري فجر نفسه", where the bomber is one of the dead of his bombing)
            return None
        # "وردت «داعش» بالصواريخ": the weapon of a response is that response's means
        respond = _cls_before(ctx, first.i, "respond", RESPOND_REACH, k0)
        if _by_means(ctx, first.i, first) and not respond:
            return None

        if not (respond or ctx.has_mod(c0, c1, "fire_verb") or _cls_before(ctx, first.i, "cause", 3, k0)
                or _fired_before_comma(ctx, c0, si)):
            return None
    best = first
    if len(live) > 1:
        # the first trigger of the highest priority (what max() keeps)
        bp = first.pat.row["priority"]
        for h in live:
            if h.pat.row["priority"] > bp:
                best, bp = h, h.pat.row["priority"]
    row = best.pat.row
    fam = row["family"]
    if fam == "chemical" and (ctx.has_mod(seg_start, seg_end, "tear_gas") or (
            "suffocation" in ctx.cls[best.i] and "tear_gas" in ctx.doc_cls and "rioter" in ctx.doc_cls)):
        return None     # "حالات الاختناق نتيجة إطلاق قنابل الغاز المسيل للدموع": tear gas; so is
        # the suffocation of demonstrators in an article that names tear gas elsewhere
    etype, sub = row["event_type"], row["sub_type"]
    generic = False
    bare = False
    forced = None
    group = row["group"]
    if fam == "assault":
        fam = "target"      # "اعتداء ... بالقذائف": typed by its weapon like استهدف
    elif fam == "ied" and "blown" in ctx.doc_cls and _blown_building(ctx, best):
        # "بعد تفجير الحوثيين منزل الزعيم القبلي": a building blown up by its named doer, read
        # like "تفجير منزل" (the blowup family below)
        fam, etype, sub, group = "blowup", "Strategic developments", "Looting/property destruction", "sd"
    if fam == "attack":
        fam, generic = "clash", True
        # "هجوم مستوطنين على مواطنين"، "هجوم مسلحين على المدنيين": an attack on civilians (على
        # and a word for them right after the noun and its agent) is violence against civilians
        if "civilian_target" in ctx.doc_cls:
            k = _object_after(ctx, best, c1, "civilian_target")
            # (after a verb its direct object: "هاجم مسلحون مسجدا")
            if k is not None and (row["pos"] == "v" or
                                  any(ctx.words[j] == _ALA for j in range(best.i + best.n, k))):
                fam, etype, sub, group = "vac", "Violence against civilians", "Attack", "vac"
                generic = False
        if fam == "clash" and (_aircraft_subject(ctx, best.i, k0) or _aircraft_agent_after(ctx, best)):
            # "عشرات الطائرات هاجمت أهدافا"، "شنت المقاتلات هجوما": aircraft attacking are an air
            # strike
            fam, etype, sub, group = "air", "Explosions/Remote violence", "Air/drone strike", "explosion"
            generic = False
        # "هجوم إرهابي بسيارة ملغومة": an attack carried out with a bomb is a bombing
        for h in ctx.triggers_in(c0, c1):
            r = h.pat.row
            if r["family"] == "ied" and r["_weapon"]:
                fam, etype, sub, group = "ied", r["event_type"], r["sub_type"], r["group"]
                break
            # "هجوم بغاز أعصاب"، "هجوما كيماويا"، "هجوم استعملت فيه الأسلحة الكيماوية": an attack
            # told with a chemical weapon anywhere in its clause is a chemical attack (tear gas
            # is not one: see the chemical family's check below)
            if r["family"] == "chemical" and not ctx.has_mod(c0, c1, "tear_gas"):
                fam, etype, sub, group = "chemical", r["event_type"], r["sub_type"], r["group"]
                generic = False
                break
            # "هجوم بقذائف الهاون"، "هجوم لداعش بالصواريخ": an attack made with shells or
            # rockets (a weapon after ب within a few words of the noun) is a shelling
            # ("هجوم صاروخي"، "الهجوم الصاروخي": the weapon's adjective right after the noun)
            if r["_weapon"] and r["family"] in ("shelling", "air") and h.i > best.i \
                    and h.i - best.i - best.n <= ATTACK_MEANS_REACH \
                    and ("ب" in ctx.prefixes[h.i] or h.i == best.i + best.n):
                fam, etype, sub, group = r["family"], r["event_type"], r["sub_type"], r["group"]
                generic = False
                break
            # "الهجوم تم تنفيذه باستخدام ثلاثة صواريخ أطلقت من طائرة": missiles fired from an
            # aircraft named in the clause
            if r["_weapon"] and r["family"] in ("shelling", "air") \
                    and 0 < h.i - best.i <= ATTACK_MEANS_REACH + 4 \
                    and ctx.has_mod(h.start, ctx.tok_starts[min(h.i + 5, ctx.ntok - 1)], "aircraft") \
                    and ctx.has_mod(h.start, ctx.tok_starts[min(h.i + 5, ctx.ntok - 1)], "fire_verb"):
                fam, etype, sub, group = "air", "Explosions/Remote violence", "Air/drone strike", "explosion"
                generic = False
                break
    elif fam == "clash" and "community" in ctx.doc_cls and _communal_fight(ctx, c0, c1):
        # "مواجهات جديدة بين شبان مسلمين ومسيحيين": two peoples or faiths, no armed party
        fam, etype, sub, group = "riot", "Riots", "Mob violence", "protest"
    elif fam == "clash" and "rioter" in ctx.doc_cls and _demonstrators_fight(ctx, best, c0, c1):
        # "مواجهات عنيفة مع متظاهرين"، "اقتحم متظاهرون مركزي شرطة": demonstrators fighting are
        # a violent demonstration, not a battle
        fam, etype, sub, group = "riot", "Riots", "Violent demonstration", "protest"
    elif fam == "clash" and "storming" in ctx.cls[best.i] and _storming_a_protest(ctx, best, c0, c1):
        # "قتل عشرون متظاهرا خلال اقتحام وإخلاء ساحة الاعتصام": the security forces' storming of
        # a sit-in is a protest met by force, not a battle
        s0, s1 = ctx.doc.sentence_of(c0)
        fam, etype, group = "protest", "Protests", "protest"
        sub = ("Excessive force against protesters"
               if ctx.has_mod(s0, s1, "protest_force") or _killed_in(ctx, s0, s1)
               else "Protest with intervention")
    elif fam == "clash" and "crowd_clash" in ctx.cls[best.i] and _crowd_fight(ctx, best, c0):
        # "اندلعت مواجهات بين الشبان وقوات الاحتلال"، "اقتحمت قوات الاحتلال المسجد الأقصى" in
        # an article of stones, petrol bombs, rubber bullets and gas grenades: a street fight, a
        # violent demonstration
        fam, etype, sub, group = "riot", "Riots", "Violent demonstration", "protest"
    elif fam == "air" and ((("ground_raider" in ctx.doc_cls and ctx.mods_in(c0, best.start, "ground_raider"))
                            or (row["pos"] == "v" and ctx.words[best.i].endswith("وا")))
                           and not ctx.has_mod(c0, c1, "aircraft")):
        # (or "مقاتلي التنظيم الذين أغاروا عليها": a raiding verb in the masculine plural has
        # men for its subject; aircraft raid in the feminine, "أغارت الطائرات")
        # "نفذت قوات خاصة أفغانية غارة بمنطقة X": a raid by special forces, no aircraft named in
        # its clause, is on the ground (ACLED: an armed clash)
        fam, etype, sub, group = "clash", "Battles", "Armed clash", "battle"
    elif fam == "vac" and ctx.has_mod(c0, c1, "aircraft"):
        # "نفذ سلاح الجو عملية اغتيال لقيادي"، "اغتالت طائرة مسيرة": a killing from the air is an
        # air/drone strike (ACLED types an assassination by its means)
        fam, etype, sub, group = "air", "Explosions/Remote violence", "Air/drone strike", "explosion"
    elif fam == "gunfire":
        # "قتل بنيران المدفعية"، "اشتباكات وتبادل لإطلاق النار": the shooting is the means of the
        # clash or strike the clause tells; alone it is an attack
        for h in ctx.triggers_in(c0, c1):
            if h.pat.row["group"] in ("battle", "explosion", "protest") and h.pat.row["family"] != "assault":
                return None   # ("اعتداء مسلحين بالرصاص": an assault is typed by the gunfire)
        # "برصاص طائرة كوادكوبتر": the gunfire of an aircraft is an air/drone strike
        if ctx.has_mod(c0, c1, "aircraft"):
            fam, etype, sub, group = "air", "Explosions/Remote violence", "Air/drone strike", "explosion"
        elif ctx.has_mod(c0, c1, "tank"):
            # "تعرض مقرها لإطلاق نار بالدبابات": tank fire is shelling (ACLED)
            fam, etype, sub, group = "shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack", "explosion"
        elif "exchange" in ctx.doc_cls and _cls_before(ctx, best.i, "exchange", EXCHANGE_REACH, k0):
            # "تبادلت الشرطة الكينية إطلاق النار مع العصابات": fire exchanged is a clash
            fam, etype, sub, group = "clash", "Battles", "Armed clash", "battle"
        elif "rioter" in ctx.doc_cls and ctx.has_mod(c0, c1, "rioter") \
                and not ctx.has_mod(c0, c1, "gunmen") and _killed_in(ctx, c0, c1):
            # "قتلت قوات الأمن العراقية بالرصاص 45 محتجا": protesters shot dead, a protest met
            # with lethal force (not by gunmen: "أطلق مسلحون النار على المتظاهرين")
            fam, etype, sub, group = "protest", "Protests", "Excessive force against protesters", "protest"
        elif (dead := _killed_items(ctx, c0, c1) or _dead_by_means(ctx, best, c0, k0)) \
                and all(_attr1(c, "group") == "combatants" for c in dead):
            # "إن اثنين من أفراد تلك القوات قتلا بالرصاص": men under arms shot dead (ACLED: a
            # fight, not violence against civilians)
            fam, etype, sub, group = "clash", "Battles", "Armed clash", "battle"
    elif fam == "ied" and not row["_weapon"]:
        # "انفجار قذيفة هاون"، "أدى انفجار البرميل إلى": the explosion of a shell, a rocket or a
        # barrel bomb (its genitive) is the shelling or air strike that sent it, not a bomb
        # planted; a definite weapon points back to the strike told before
        j = best.i + best.n
        w = next((h for h in live if h.i == j), None)
        if w is not None and w.pat.row["_weapon"] and w.pat.row["family"] in ("air", "shelling"):
            best, row = w, w.pat.row
            fam, etype, sub, group = row["family"], row["event_type"], row["sub_type"], row["group"]
    if fam == "shelling" and row["_weapon"] and "air_weapon" in ctx.mod_classes_at(best.i) \
            and _fired_by_aircraft(ctx, best, c0):
        # "استهدف الطيران بصواريخ شديدة الانفجار": the missiles of the aircraft named before them
        fam, etype, sub, group = "air", "Explosions/Remote violence", "Air/drone strike", "explosion"
    support = (_support_verb(ctx, first.i, c0, k0)
               if "support_verb" in ctx.doc_cls or "support_ala" in ctx.doc_cls else None)
    if fam == "bombard" or fam == "target":
        fams = {"target" if h.pat.row["family"] == "assault" else h.pat.row["family"] for h in live}
        # ("تشن ضربات صاروخية وجوية": missile strikes, and air strikes besides)
        if fam == "target" and fams <= {"target"} and "gunmen" in ctx.doc_cls \
                and _gunmen_before(ctx, best, c0) and (ctx.has_mod(best.end, c1, "military_target")
                                                       or _party_object(ctx, best, seg_end)) \
                and not (ctx.has_mod(seg_start, seg_end, "aircraft") or ctx.has_mod(c0, c1, "aircraft")):
            # "استهدف مسلحون مجهولون سيارة عسكرية"، "شنت عناصر مسلحة هجوماً …، إضافة لاستهدافهم
            # سيارة عسكرية": gunmen's targeting of a military target, no weapon named, is an armed
            # attack on the ground (of homes, "مسلحين، استهدفوا مجمعات سكنية", it stays untold)
            fam, etype, sub, group = "clash", "Battles", "Armed clash", "battle"
        elif not _air_coordinated(ctx, best, c0) and (
                ctx.has_mod(seg_start, seg_end, "aircraft") or ctx.has_mod(c0, c1, "aircraft")
                or "air" in fams
                or (support is not None and ctx.has_mod(support[0], support[1], "aircraft"))
                # "قصف إسرائيلي استهدف سيارة"، "استهداف شقة سكنية": a car or a flat is hit from the
                # air (a definite "القصف" points back to a bombardment typed where it was told)
                or (fams <= {"bombard", "target"} and not ctx.words[first.i].startswith(_DEFINITE)
                    and "air_object" in ctx.doc_cls
                    and _object_after(ctx, live[-1], seg_end, "air_object") is not None
                    and not ("gunmen" in ctx.doc_cls and _gunmen_before(ctx, best, c0)))):
            # (gunmen's targeting of a car is no strike from the air: "استهدف مسلحون مجهولون
            # سيارة لمدني")
            fam, sub = "air", "Air/drone strike"
        elif fam == "target" and not (fams & {"shelling", "chemical", "ied", "suicide", "grenade"}):
            # "استهدف" with no weapon named: look at the whole clause's triggers (and at the next
            # clause over a source aside: "واستهدفت قوات النظام، وفق المصدر، بالبراميل المتفجرة")
            hi = _past_aside(ctx, c0, c1)
            cfams = {h.pat.row["family"] for h in ctx.triggers_in(c0, hi)}
            if "shelling" in cfams:
                fam, sub = "shelling", "Shelling/artillery/missile attack"
            elif "air" in cfams:
                fam, sub = "air", "Air/drone strike"
            elif best.i == k0 and _aircraft_subject_before(ctx, c0):
                # "أن مروحيتين عسكريتين تابعتين للنظام، استهدفتا مجمعات سكنية": a comma cuts the
                # verb opening its clause from its subject, aircraft
                fam, sub = "air", "Air/drone strike"
            else:
                # "التي نفذتها طائرات حربية، إثر استهدافها لمدينة ...": the pronoun of a masdar
                # points back to the attacker named in the clause before
                pk = _pronoun_agent(ctx, best, c0)
                if pk is not None:
                    fam, sub = pk
                elif "massacre" in ctx.cls[best.i] and _gunmen_before(ctx, best, c0):
                    # "هاجم مسلحون … الدوار، وارتكبوا مجزرة قتل فيها 13 شخصاً": a massacre by
                    # gunmen, told by no weapon of the air or the guns, is an attack on civilians
                    fam, etype, sub, group = "vac", "Violence against civilians", "Attack", "vac"
                else:
                    return None
        else:
            fam = "shelling"
            # "قصف روسي"، "قصف للتحالف الدولي": no weapon in the clause, the actor may type it
            bare = not any(h.pat.row["_weapon"] for h in ctx.triggers_in(c0, c1))
    elif fam == "raid":
        # "عملية مداهمة طالت 18 منزلا": a raid is an arrest only when an arrest is told with it
        # (in its sentence, or before it in an article about arrests: "تبع ذلك مداهمة أخرى")
        first_arrest = ctx.__dict__.get("_first_arrest")
        if first_arrest is None:
            first_arrest = ctx.__dict__["_first_arrest"] = next(
                (h.start for h in ctx.triggers if h.pat.row["family"] == "arrest"), -1)
        s0, s1 = ctx.doc.sentence_of(c0)
        if first_arrest < 0 or first_arrest >= s1:
            return None
        fam = "arrest"
    elif fam == "arrest" and any(_attr1(x, "group") == "combatants" for x in _killed_items(ctx, c0, c1)):
        # "تمكنت القوات من قتل انتحاريين اثنين واعتقال مسلح": fighters killed and one taken
        # in one clause are a clash that ended in a capture, not an arrest
        fam, etype, sub, group = "clash", "Battles", "Armed clash", "battle"
    elif fam == "ied" and any(_cls_after(ctx, h, "self", 1) for h in live):
        # "قام عنصر من الحركة بتفجير نفسه": who blows himself up is a suicide bomber
        etype, sub, fam, group = SUICIDE
    elif fam == "blowup":
        # "تفجير جامع النوري" with no one hurt is the destruction of a building; "قتل 27 في
        # تفجير مسجد الإمام الصادق" is a bombing of the people in it
        s0, s1 = ctx.doc.sentence_of(c0)
        if any(h.pat.row["group"] == "explosion" and h is not best for h in ctx.triggers_in(s0, s1)):
            return None     # "أدى التفجير إلى تفجير المبنى بالكامل": what a blast told did
        if _hurt_in(ctx, s0, s1):
            fam, etype, sub, group = "ied", "Explosions/Remote violence", _IED, "explosion"
        else:
            fam = "looting"
    elif fam == "disrupted":
        # "حاولت القبة الحديدية اعتراض الصواريخ إلا أنها فشلت"، "فشل الدفاعات … في اعتراض الطائرة"،
        # "تفعيل أنظمة الدفاع الجوي لاعتراض الصواريخ": an interception tried, failed or meant is none
        if "ل" in ctx.prefixes[best.i] or _cls_before(ctx, best.i, "attempt", 3, k0) \
                or _cls_before(ctx, best.i, "failed", 6, k0) or _cls_after(ctx, best, "failed", 6):
            return None
    elif fam == "agreement":
        # "أعلن الجيش الروسي عن هدنة إنسانية": a truce announced is one (an agreement or a
        # settlement needs a verb of reaching or signing: "المركز المعني بمصالحة الأطراف" is a name)
        if not _agreement_verb(ctx, c0, c1) and not (
                "truce" in ctx.mod_classes_at(best.i) and ctx.has_mod(c0, c1, "announce_verb")):
            return None
    elif fam == "hq":
        if not ctx.has_mod(c0, c1, "hq_verb"):
            return None
    elif fam == "territory" or fam == "advance":
        if ctx.has_mod(c0, best.start, "attempt") or ctx.has_mod(seg_start, seg_end, "failed"):
            fam, sub = "clash", "Armed clash"
        if fam == "advance":
            fam = "clash"
    elif fam == "withdraw":
        # "الهجمات أجبرت قوات X على الانسحاب من مواقع": a withdrawal forced by fighting is a
        # change of hands won by the forcing side; after a repelled attack in the sentence ("صدت
        # الهجوم وأجبرت القوات المهاجمة على الانسحاب") it is the end of that clash
        forced = _forced(ctx, c0, first)
        if forced is not None:
            s0, s1 = ctx.doc.sentence_of(c0)
            repelled = any(h.pat.row["family"] == "repel" for h in ctx.triggers_in(s0, s1))
            fam, etype, group = ("clash" if repelled else "territory"), "Battles", "battle"
            sub = "Armed clash" if repelled else TERRITORY_SUBTYPES[1]
    elif fam == "protest":
        s0, s1 = ctx.doc.sentence_of(c0)
        if _rioting(ctx, c0, c1, s0, s1):
            fam, etype, sub = "riot", "Riots", "Violent demonstration"
        elif ctx.has_mod(s0, s1, "protest_force") or _killed_in(ctx, s0, s1):
            sub = "Excessive force against protesters"
        elif ctx.has_mod(s0, s1, "protest_intervention"):
            sub = "Protest with intervention"
    if group == "explosion" and (fam == "air" or fam == "shelling") and _chemical_after(ctx, live[-1], c0):
        # "الضربات الجوية، التي نفذتها طائرات سورية على بلدة خان شيخون، باستعمال الأسلحة
        # الكيماوية": a strike whose sentence goes on to its chemical weapon is a chemical attack
        fam, etype, sub = "chemical", "Explosions/Remote violence", "Chemical weapon"
    t0 = first.start           # triggers are in text order and do not overlap
    t1 = live[-1].end
    cand = _Cand(group, fam, etype, sub, row["pos"], t0, t1, best.i, best.i + best.n,
                 seg_start, seg_end, clause, si, grp)
    cand.repel = fam == "repel"
    cand.generic = generic
    if bare:
        cand.bare = True
    if fam == "ied" and not any(h.pat.row["_weapon"] or h.pat.row["family"] != "ied" for h in live):
        cand.blast = True
    if forced is not None:
        cand.forced = forced
    # "انفجار مماثل"، "مداهمة أخرى"، "هجوم ثان": a new incident of the same kind
    j = best.i + best.n
    cls = ctx.cls
    for k in range(j, j + 2 if j + 2 < ctx.ntok else ctx.ntok):
        if "another" in cls[k]:
            cand.another = True
            cand.ordinal = _ordinal(ctx, k)
            break
    # "قام الطيران أيضا بقصف مقر الشركة": a further deed of the same doer, a new incident
    if support is not None and support[2] + 1 < ctx.ntok and ctx.words[support[2] + 1] in _ALSO:
        cand.another = True
    # a re-mention: the trigger follows a cause word, or is definite and unplaced
    fi = first.i
    if fi - 1 >= k0 and "demonstrative" in cls[fi - 1] and ctx.words[fi].startswith(_DEFINITE):
        cand.pointed = True     # (the demonstrative's noun is definite: "هذا القصف")
    elif fi - 2 >= k0 and "demonstrative" in cls[fi - 2] and ctx.words[fi - 1] in _HUWA \
            and ctx.words[fi].startswith(_DEFINITE):
        # "وهذا هو الهجوم الثاني خلال يومين": what was told is said to be the second attack
        cand.pointed = cand.predicated = True
        cand.another = False
    cause = False
    for c in cls[(fi - 2 if fi - 2 > k0 else k0):fi]:
        if "cause" in c:
            cause = True
            break
    if cause:
        cand.cause = True
        cand.anaphoric = True
    elif ctx.words[best.i].startswith(_DEFINITE):
        cand.anaphoric = True
    elif generic and _construct_with_actor(ctx, best):
        # "أن هجوم قوات الحلو يهدف إلى زعزعة الأمن": an attack noun in construct with its doer
        # is definite, the attack the article told
        cand.anaphoric = True
    else:
        # "وشن الطيران الحربي غارة على السيارة": the car told before, so the strike told before
        k = (_object_after(ctx, live[-1], seg_end, "strike_object")
             if "strike_object" in ctx.doc_cls else None)
        if k is not None and ctx.words[k].startswith(_DEFINITE):
            cand.anaphoric = True
    return cand


_PRONOUN_ENDS = ("ها", "هم", "هما")


def _gunmen_before(ctx: _Ctx, best, c0: int) -> bool:
    """Are gunmen named in the trigger's sentence, or in the sentence before when the trigger
    carries their pronoun ("شنت عناصر مسلحة مجهولة هجوماً …. إضافة لاستهدافهم سيارة")?"""
    sents = ctx.doc.sentences
    si = bisect_right(sents, (c0, float("inf"))) - 1
    if si < 0:
        return False
    s0, s1 = sents[si]
    if ctx.words[best.i].endswith(_PRONOUN_ENDS) and si > 0:
        s0 = sents[si - 1][0]
    return ctx.has_mod(s0, s1, "gunmen")


def _party_object(ctx: _Ctx, h: _Hit, seg_end: int) -> bool:
    """Is what the trigger hit (a car, a house: ``strike_object``) said to be a party's, by ل
    and the party's name right after it ("استهدف مسلحون مجهولون سيارة لجبهة النصرة")?"""
    if "strike_object" not in ctx.doc_cls:
        return False
    k = _object_after(ctx, h, seg_end, "strike_object")
    if k is None or k + 1 >= ctx.ntok or ctx.prefixes[k + 1][:1] != "ل":
        return False
    return ctx.actor_at(ctx.tok_starts[k + 1], len(ctx.prefixes[k + 1]))


def _construct_with_actor(ctx: _Ctx, h: _Hit) -> bool:
    """Is the trigger a noun in construct (no tanween alef: "هجوم"، not "هجوما") followed at once
    by an actor's name ("هجوم قوات الحلو"، "هجوم داعش")?"""
    if h.n != 1 or ctx.words[h.i].endswith("ا"):
        return False
    nxt = h.i + 1
    return nxt < ctx.ntok and ctx.actor_at(ctx.tok_starts[nxt])


def _aircraft_subject_before(ctx: _Ctx, c0: int) -> bool:
    """Is the clause just before the one at ``c0`` (from its last أن/إن on) a short subject naming
    aircraft, with no place and no trigger ("أن مروحيتين عسكريتين تابعتين للنظام السوري،")?"""
    got = _short_clause_before(ctx, c0, "aircraft", from_anna=True)
    return got is not None and not ctx.triggers_in(*got)


_KAMA = normalize("كما")     # "also": a verb after it goes on with the clause's subject


def _pronoun_agent(ctx: _Ctx, h: _Hit, c0: int):
    """A masdar with an attached pronoun ("استهدافها"، "قصفهم"), or a verb opening its clause
    after كما, with no weapon of its own: the (family, sub-type) the clause before it in the
    sentence tells by its aircraft or weapon ("المجازر التي نفذتها طائرات حربية، إثر استهدافها
    لمدينة معرة النعمان"), or None."""
    w = ctx.words[h.i + h.n - 1]
    if h.pat.row.get("pos") != "n" or not w.endswith(_PRONOUN_ENDS):
        # "كثفت الطائرات ضرباتها على ريف حلب كما استهدفت مدينة إدلب": a verb right after كما
        # opening its clause, with no actor named in it, goes on with the attacker before
        if not (h.pat.row.get("pos") == "v" and h.i > 0 and ctx.words[h.i - 1] == _KAMA
                and ctx.tok_starts[h.i - 1] == c0
                and not ctx.actors_in(c0, ctx.doc.sentence_of(c0)[1])):
            return None
    prev = _clause_before(ctx, c0)
    if prev is None:
        return None
    a, b = prev
    if ctx.has_mod(a, b, "aircraft"):
        return "air", "Air/drone strike"
    cfams = {x.pat.row["family"] for x in ctx.triggers_in(a, b)}
    if "air" in cfams:
        return "air", "Air/drone strike"
    if "shelling" in cfams:
        return "shelling", "Shelling/artillery/missile attack"
    return None


# words after which a word is a noun, never a verb ("بعد سيطرتهم"، "إثر استعادتها")
NOUN_AFTER = frozenset({"بعد", "قبل", "عقب", "اثر", "خلال", "منذ", "رغم", "عند", "حين", "لدي",
                        "اثناء", "ابان", "جراء"})


def _pronoun_masdar(ctx: _Ctx, i: int, j: int, pos: str) -> bool:
    """Is the trigger at tokens i..j a masdar with an attached pronoun ("سيطرتهم"، "هجومها")? A
    noun trigger, or a verb-like form (سيطر*) after a preposition or a word after which no verb
    stands (بعد سيطرتهم)."""
    w = ctx.words[j - 1]
    if not w.endswith(_PRONOUN_ENDS):
        return False
    if pos == "n":
        return True
    pre = ctx.prefixes[i].lstrip("وف")
    if pre.startswith(("ب", "ل", "ك")):
        return True
    if i > 0:
        prev = ctx.words[i - 1]
        return prev[len(ctx.prefixes[i - 1]):] in NOUN_AFTER
    return False


OBJECT_REACH = 4   # tokens after a trigger where its object stands ("قصف إسرائيلي استهدف سيارة")


def _object_after(ctx: _Ctx, h: _Hit, seg_end: int, cls: str):
    """The first token within OBJECT_REACH after trigger ``h`` (and before ``seg_end``) that
    has modifier class ``cls``, or None."""
    k = h.i + h.n
    hi = min(ctx.ntok, k + OBJECT_REACH)
    tok_starts, mc = ctx.tok_starts, ctx.cls
    while k < hi and tok_starts[k] < seg_end:
        if cls in mc[k]:
            return k
        k += 1
    return None


def _air_coordinated(ctx: _Ctx, best: _Hit, c0: int) -> bool:
    """Is the only aircraft word of a strike's clause one joined to it by و ("ضربات صاروخية
    وجوية")? Then the strike is not the aircraft's: the clause tells strikes of two kinds."""
    k = best.i + best.n
    return (k < ctx.ntok and ctx.prefixes[k] == "و" and "aircraft" in ctx.cls[k]
            and not ctx.mods_in(c0, best.start, "aircraft"))


_STRIKE_VERBS = frozenset(("target", "bombard"))   # families of a verb whose weapon follows it


def _fired_by_aircraft(ctx: _Ctx, weapon: _Hit, c0: int) -> bool:
    """Aircraft named at most AIR_WEAPON_REACH words before a weapon in its clause, with no other
    trigger between ("استهداف الطيران الروسي بالصواريخ"; not "غارات … عقب هجوم لحزب الله
    بصواريخ": the missiles are another event's) but the aircraft's own verb of striking
    ("طيران التحالف الدولي استهدف بعدة صواريخ")."""
    air = ctx.mods_in(c0, weapon.start, "aircraft")
    if not air:
        return False
    a = air[-1]
    return weapon.i - a[2] <= AIR_WEAPON_REACH and all(
        h.pat.row["family"] in _STRIKE_VERBS and h.pat.row["pos"] == "v"
        for h in ctx.triggers_in(a[1], weapon.start))


def _same_actor(a, b) -> bool:
    """Are two actors (not None) the same one (by id, else by Arabic name)?"""
    if a is None or b is None:
        return False
    if a is b:
        return True
    ia, ib = _attr1(a, "id"), _attr1(b, "id")
    if ia and ib:
        return ia == ib
    return bool(_attr1(a, "name_ar")) and _attr1(a, "name_ar") == _attr1(b, "name_ar")


def _backed(ctx: _Ctx, m: tuple) -> bool:
    """Is the mention the backer of an actor ("المدعومة من إيران")?"""
    return bool(ctx.backed_toks) and bisect_right(ctx.tok_starts, m[0]) - 1 in ctx.backed_toks


def _tokens_between(tok_starts: list[int], a: int, b: int) -> int:
    return max(0, bisect_left(tok_starts, b) - bisect_left(tok_starts, a))


EXPOSURE_REACH = 5   # tokens from a verb of undergoing (تعرضت) to the trigger it governs


def _managed(ctx: _Ctx, k: int) -> bool:
    """Is the trigger at token ``k`` a masdar after a verb of managing and its من/في ("تمكن من
    السيطرة"، "نجح في قطع")?"""
    return k >= 2 and ctx.words[k - 1] in _MANAGED_PREPS and "able" in ctx.cls[k - 2]


_MANAGED_PREPS = frozenset(("من", "في", "عن"))   # between a verb of managing or failing and its
# masdar ("تمكن من"، "نجح في"، "عجز عن")


ABLE_REACH = 4     # tokens from a verb of managing to the من/في before its deed


def _ability_denied(ctx: _Ctx, i: int, k0: int) -> bool:
    """Is the trigger at token ``i`` the deed of a negated verb of managing ("لم يتمكن فيها من
    السيطرة"، "لم تتمكن القوات من التقدم"، "ولم تنجح في اقتحام"، "لم تستطع اقتحام"): a deed that
    did not happen?"""
    cls = ctx.cls
    if i - 1 > k0 and ("able" in cls[i - 1] or "unable" in cls[i - 1]):
        first = i - 1
    elif i - 2 >= k0 and ctx.words[i - 1] in _MANAGED_PREPS:
        first = i - 2
    else:
        return False
    for a in range(first, max(k0, i - 1 - ABLE_REACH) - 1, -1):
        c = cls[a]
        if "able" in c or "unable" in c:
            # "ولم يتمكن جيش النظام سوى من استعادة بعض النقاط": managed that much, and no more;
            # a verb of failing needs no negation ("عناصر إرهابية عجزت عن مواجهة قطعاتنا")
            return not any(w in _EXCEPT for w in ctx.words[a + 1:i]) and ("unable" in c or any(
                "negation" in cls[k] and "continuation" not in cls[k + 1]
                for k in range(max(k0, a - 2), a)))
    return False


_EXCEPT = frozenset({"سوي", "الا"})      # سوى، إلا as the words are normalised


def _owner(ctx: _Ctx, m) -> bool:
    """Is the party mention ``m`` the owner of a thing, after تابعة ل ("قصف عربة تموين تابعة
    للانقلابيين"): not the subject of the verb before?"""
    ti = ctx.tok_at(m[0])
    return ti > 0 and ctx.words[ti - 1] in OWNER_WORDS and ctx.prefixes[ti].startswith("ل")


ALSO_REACH = 4     # tokens from a sentence's opening كما to the trigger it goes on with
ALSO_SUBJECT_REACH = 5   # tokens from the start of the sentence before to its subject


def _also_subject(ctx: _Ctx, cand: _Cand, s0: int):
    """"نجحت قوات سوريا الديمقراطية في قطع طريقين. كما تمكنت أيضا من السيطرة على حقل كبيبة": a
    sentence opening with كما, with no party before its trigger, goes on with the subject of
    the sentence before: its first party that is not a source; None otherwise."""
    k0 = ctx.tok_at(s0)
    k = cand.tok_i
    if ctx.words[k0] != _KAMA or k - k0 > ALSO_REACH:
        return None
    if cand.pos != "v" and not _managed(ctx, k):
        return None     # (a noun with a subject role of its own: "كما شمل القصف مناطق في …")
    sents = ctx.doc.sentences
    i = bisect_left(sents, (s0, -1)) - 1
    if i < 0:
        return None
    role, sides = ctx.role, ctx.side
    p0 = ctx.tok_at(sents[i][0])
    # (any actor mention: "وبحسب المرصد، نجحت قوات سوريا الديمقراطية" names its subject right
    # after the speaker, where no party is read; the subject opens its sentence)
    for m in ctx.actors_in(sents[i][0], s0):
        if ctx.tok_at(m[0]) - p0 > ALSO_SUBJECT_REACH:
            break
        if role[id(m[2])] != "source" and sides[id(m[2])] not in NOT_PARTY_SIDES \
                and not ctx.prefixes[ctx.tok_at(m[0])].endswith(("ل", "ب")):
            return m
    return None


def _counted_party(ctx: _Ctx, m) -> bool:
    """Is party mention ``m`` the body a figure counts ("خمسين من قوات النظام": a quantity, من,
    then the party)?"""
    ti = ctx.tok_at(m[0])
    if ti < 2 or ctx.words[ti - 1] != "من":
        return False
    at = ctx.tok_starts[ti - 1]
    return any(q.end <= at and at - q.end <= 2 for q in ctx.doc.quantities)


def _shared_subject(ctx: _Ctx, cand: _Cand, prev: list, s0: int):
    """The agent of a trigger among the parties named before it in its sentence: the nearest,
    except for a verb joined by و with no subject of its own ("حققت وحدات الجيش تقدما في ملاحقة
    التنظيمات … وأعادت الأمن إلى حي X"), which shares the subject of the sentence's first verb
    (a party within its first three words), not the object named last."""
    if len(prev) > 1 and _preceded_by(ctx, prev[-1][0], "target", 2, s0):
        # "حمّل النظام التحالف الذي يقاتل ضد تنظيم الدولة مسؤولية قصف حي X": a party named as
        # the target of someone else is not the agent of a trigger after it
        rest = [m for m in prev if not _preceded_by(ctx, m[0], "target", 2, s0)]
        if rest:
            prev = rest
    if len(prev) > 1 and cand.pos == "v" and ctx.tok_at(prev[0][0]) - ctx.tok_at(s0) <= 2:
        k = cand.tok_i
        # (the verb may stand right before the phrase's first word: "وأعادت الأمن والاستقرار")
        if ctx.prefixes[k].startswith("و") or (k > 0 and ctx.prefixes[k - 1].startswith("و")
                                                and ctx.tok_starts[k] > prev[-1][1]):
            return prev[0]
    if len(prev) > 1 and cand.pos == "v" and cand.tok_i > 0 and ctx.words[cand.tok_i - 1] == _KAMA \
            and _after_inna(ctx, prev[0][0]):
        # "أفاد مراسل … بأن الجيش السوري سيطر على سجن حلب … بين الجيش السوري و"جبهة النصرة"
        # … ،كما استعاد السيطرة على محطة الكهرباء": "كما" and a verb with no subject of its own
        # go on with the subject of the reported clause, not the party named last
        return prev[0]
    if len(prev) > 1 and ctx.tok_at(prev[0][0]) - ctx.tok_at(s0) <= 2:
        # "بدأ الجيش عمليات اخترق بها خطوط الإرهابيين، وتمكن من تحرير عدد من المزارع": a masdar
        # after a verb of managing joined by و, with no subject of its own, is the first
        # verb's subject's deed
        k = cand.tok_i
        if _managed(ctx, k) and (ctx.prefixes[k - 2].startswith("و") or ctx.words[k - 3] == _KAMA):
            return prev[0]      # (or after كما: "سيطر الجيش على البلدة بعد اشتباكات مع
            # الفصائل كما تمكن من السيطرة على قلعة المضيق")
    # "قتلت جبهة النصرة خمسين من قوات النظام أثناء سيطرتها على تلة العيس": a masdar whose
    # pronoun points back is not the deed of a party counted as victims before it
    if _pronoun_masdar(ctx, cand.tok_i, cand.tok_j, cand.pos):
        prev = [m for m in prev if not _counted_party(ctx, m)]
        if not prev:
            return None     # ("أعلنت جبهة النصرة أنها قتلت خمسين من قوات النظام أثناء سيطرتها":
            # the party of the clause before)
    # "تمكن الجيش من طرد مسلحي المعارضة من المناطق، باسطاً سيطرته على حي الراموسة": a masdar
    # whose pronoun points back, in a clause of its own after a comma, is the subject's deed
    k = cand.tok_i
    if len(prev) > 1 and k and ctx.tok_at(prev[0][0]) - ctx.tok_at(s0) <= 2 \
            and ctx.words[cand.tok_j - 1].endswith(_PRONOUN_ENDS + ("ته",)) \
            and ctx.words[k - 1].endswith("ا") and not ctx.words[k - 1].startswith("ال") \
            and "،" in ctx.norm[prev[-1][1]:cand.trig_start]:     # (سيطرته: ة + ه)
        return prev[0]      # (a participle of state before it: باسطاً، فارضاً، محكماً)
    return _coordination_head(ctx, prev)


def _coordination_head(ctx: _Ctx, prev: list):
    """The last of ``prev``, or, when it is joined by و right after the one before it ("قوات
    الجيش الوطني ورجال القبائل"), the first of the parties so joined: the subject's head, its
    partners named after it."""
    i = len(prev) - 1
    ts, pf = ctx.tok_starts, ctx.prefixes
    while i > 0:
        k = ctx.tok_at(prev[i][0])
        if not (pf[k].startswith("و") and prev[i][0] - ts[k] <= len(pf[k])
                and ctx.tok_at(prev[i - 1][1] - 1) == k - 1
                and not ctx.norm[prev[i - 1][1]:ts[k]].strip()):     # (no comma between)
            break
        i -= 1
    return prev[i]


def _assign_actors(ctx: _Ctx, cand: _Cand, s0: int) -> None:
    c0, c1 = cand.clause
    ts, te = cand.trig_start, cand.trig_end
    sides = ctx.side
    pst, pms = ctx.party_starts, ctx.party_mentions
    ss, se = cand.seg_start, cand.seg_end
    seg = _spans_within(pst, pms, ss, se)
    # (seg is sorted by start: the mentions starting at or after the trigger are a tail of it)
    after = seg[bisect_left(seg, te, key=_FIRST):] if seg else []
    before = _spans_within(pst, pms, c0, ts)
    agent = target = None
    attacker = None
    tok_starts = ctx.tok_starts

    # an actor named by the weapon itself: "استهدفت مدفعية النظام"، "الغارات الروسية"
    party = ctx._party
    hi = c1 if c1 < te + 40 else te + 40
    ast = ctx.actor_starts
    am = ctx.actor_mentions
    j = bisect_left(ast, c0 if c0 > ts - 40 else ts - 40)
    nam = len(am)
    # a mention starting at or after the trigger's end neither holds its start nor starts in it
    lim = te if te < hi else hi
    while j < nam and ast[j] < lim:
        m = am[j]
        if m[1] <= hi and (m[0] <= ts < m[1] or ts <= m[0] < te) and id(m) in party:
            agent = m
            break
        j += 1
    # explicit agent marker: من قبل X، شنته X
    if agent is None and "agent" in ctx.mods_by_cls:
        for h in ctx.mods_in(cand.seg_start, cand.seg_end, "agent"):
            if h[2] and "siege" in ctx.cls[h[2] - 1]:
                continue    # "نبل والزهراء المحاصرتين من قبل جبهة النصرة": who besieged them
            nxt = [m for m in after if m[0] >= h[1] and _tokens_between(tok_starts, h[1], m[0]) <= 3]
            if nxt:
                agent = nxt[0]
                break
    # بين X و Y
    if agent is None and "between" in ctx.mods_by_cls:
        for h in ctx.mods_in(cand.seg_start, cand.seg_end, "between"):
            nxt = [m for m in seg if m[0] >= h[1]]
            if nxt:
                agent = nxt[0]
                others = [m for m in nxt[1:] if sides[id(m[2])] != sides[id(agent[2])]]
                if others:
                    target = others[0]
                break
    # the actor right after the trigger: subject (verb) / genitive (noun) unless after على
    if agent is None and after and cand.pos == "n" and before and not cand.repel:
        # "قامت الفصائل بقصف الميليشيات": a party before a noun trigger is its agent, the one
        # after it its object
        agent = before[-1]
        if sides[id(after[0][2])] != sides[id(agent[2])]:
            target = after[0]
    # "بأن قوات الدعم السريع سيطرت على مقر قيادة الجيش": a party right before a verb is its
    # subject; a party in the object after it is not
    # subject; a party in the object after it is not. After إن/أن the subject may have a word
    # or two joined to it ("إن الجيش السوري وحلفاءه كسروا")
    if agent is None and cand.pos == "v" and before and not cand.repel \
            and ctx.role[id(before[-1][2])] != "source":
        gap = _tokens_between(tok_starts, before[-1][1], ts)
        if gap == 0 or (gap <= SUBJECT_AFTER_INNA_REACH and _after_inna(ctx, before[-1][0])):
            agent = before[-1]
    # "بعد سيطرتهم على عدة معسكرات للجيش": a masdar whose agent is an attached pronoun; the
    # party after it is its object, and the agent is the one the pronoun points back to
    own_pronoun = (not cand.repel and ctx.words[cand.tok_j - 1].endswith(_PRONOUN_ENDS)
                   and _pronoun_masdar(ctx, cand.tok_i, cand.tok_j, cand.pos))
    # "اشتباكات مع كتائب الثوار": the party after مع is a clash's second party
    fought = cand.family == "clash" and after and _preceded_by(ctx, after[0][0], "opponent", 2, te)
    if fought:
        target = after[0]
    if agent is None and after and not own_pronoun and not fought:
        m = after[0]
        gap = _tokens_between(tok_starts, te, m[0])
        if gap <= 4 and not _preceded_by(ctx, m[0], "target", 2, te) and not _owner(ctx, m):
            if cand.repel:
                lam = ctx.prefixes[ctx.tok_at(m[0])].startswith(("ل", "لل"))
                if lam or cand.pos == "n" or _preceded_by(ctx, m[0], "agent", 3, te):
                    attacker = m
                # "صدت قوات X هجوما" : subject after the verb
                elif ctx.has_mod(te, m[0], "target"):
                    attacker = m
                else:
                    agent = m
            else:
                agent = m
    # "وقال المرصد إن دوما، معقل المعارضة، تعرضت لأربع غارات"، "تعرضت مواقع X لهجوم": the subject
    # of a verb of undergoing was hit; no party before it is the agent
    exposed = (agent is None and "exposure" in ctx.doc_cls
               and _preceded_by(ctx, ts, "exposure", EXPOSURE_REACH, s0))
    if agent is None and before and not exposed:
        agent = _shared_subject(ctx, cand, before, s0)
    if agent is None and not exposed:
        # the nearest party earlier in the sentence
        prev = ctx.parties_in(s0, c0)
        if prev:
            agent = _shared_subject(ctx, cand, prev, s0)
    if agent is None and not exposed:
        agent = _also_subject(ctx, cand, s0)
    if agent is None and cand.pos == "v" and not exposed:
        # "أن قوات الجهاز حررت حي X"، "أن التنظيم سيطر": a definite subject right before the
        # verb that names an actor of the article by its head word is that actor
        agent = _definite_subject(ctx, cand, c0)
    if agent is None and cand.pos == "v" and not exposed and not ctx.prefixes[cand.tok_i].endswith("ال"):
        # "قالت مصادر في فصائل المعارضة إنها صدت هجوما": the speaking party did it (a verb's
        # subject; "أعلنت الشرطة ... انفجار سيارة": who tells of a noun event did not do it, nor
        # of one told with the article, a noun whatever its form: "ذكر الائتلاف أن القصف تسبب")
        role = ctx.role
        prev = [m for m in ctx.actors_in(s0, ts)
                if role[id(m[2])] != "source" and sides[id(m[2])] not in NOT_PARTY_SIDES
                and not _backed(ctx, m)
                and (attacker is None or sides[id(m[2])] != sides[id(attacker[2])])
                # "وأدانت قوات الدعم السريع القصف": the condemner did not do it
                and not _preceded_by(ctx, m[0], "condemn", 3, s0)
                # (nor, of a masdar with its pronoun, the party a figure counts)
                and not (own_pronoun and _counted_party(ctx, m))]
        if prev:
            agent = prev[-1]
    # target: after على/ضد/مواقع in the segment
    if target is None:
        for m in after:
            if m is agent or m is attacker:
                continue
            if _preceded_by(ctx, m[0], "target", 3, te):
                target = m
                break
    if agent is None and cand.family == "territory" and cand.pos == "n":
        # a taking told by a masdar with no doer of its own: "أعلنت قيادة العمليات المشتركة تحرير
        # مدينة الرمادي من قبضة تنظيم الدولة" (a place freed from one side's grip, told by a party
        # of another side, was taken by the teller); "أعلنت قوات الحشد الشعبي العراقية، اليوم،
        # تحرير 3 قرى" (no side freed from: the armed party announcing it right before it)
        if target is not None:
            lost = sides[id(target[2])]
            prev = [m for m in ctx.actors_in(s0, ts) if sides[id(m[2])] not in NOT_PARTY_SIDES
                    and sides[id(m[2])] not in (lost, "unknown")]
        elif "announce_verb" in ctx.doc_cls:
            prev = [m for m in ctx.actors_in(s0, ts) if sides[id(m[2])] not in NOT_PARTY_SIDES
                    and sides[id(m[2])] != "unknown"
                    and _preceded_by(ctx, m[0], "announce_verb", 1, s0)
                    and _tokens_between(tok_starts, m[1], ts) <= ANNOUNCED_REACH]
        else:
            prev = ()
        if prev:
            agent = prev[-1]
    if cand.repel:
        if attacker is None:
            for m in after:
                if m is not agent and (agent is None or sides[id(m[2])] != sides[id(agent[2])]):
                    attacker = m
                    break
        target = attacker
    if target is None and agent is not None:
        sa = sides[id(agent[2])]
        for m in seg + before:
            sm = sides[id(m[2])]
            if sm and sm != sa and sm != "unknown":
                target = m
                break
    if cand.forced is not None:
        # "أجبرت [الهجمات] قوات X على الانسحاب": X (after the force word) withdrew; the forcing
        # side is the party before the force word
        fe = cand.forced
        gone = next((m for m in ctx.parties_in(fe, ts)), None)
        if gone is not None:
            target = gone
            if agent is gone or agent is None or agent[0] >= fe:
                prev = [m for m in ctx.parties_in(s0, fe) if m[1] <= fe
                        and sides[id(m[2])] != sides[id(gone[2])]]
                agent = prev[-1] if prev else None
    if agent is not None and cand.group in _ARMED_GROUPS and sides[id(agent[2])] == "civil":
        # "إصابة عنصرين من الدفاع المدني … بعد سقوط صاروخ": rescuers, medics and witnesses
        # neither fire nor fight
        agent = None
    a1 = agent[2] if agent else None
    a2 = target[2] if target else None
    if cand.bare and _air_actor(ctx, cand, agent):
        cand.family, cand.sub_type = "air", "Air/drone strike"
    if a1 is not None and a2 is not None and sides[id(a1)] == sides[id(a2)]:
        a2 = None
    cand.actor1, cand.actor2 = a1, a2
    if cand.family == "territory":
        cand.sub_type = _territory_subtype(a1, sides[id(a1)] if a1 is not None else None)


# "إن الجيش السوري وحلفاءه كسروا": words that may stand between the subject after إن/أن and its
# verb
SUBJECT_AFTER_INNA_REACH = 2
_INNA = frozenset({"ان"})      # إن، أن (normalised), also after ب or ل (بأن، لأن)


def _after_inna(ctx: _Ctx, start: int) -> bool:
    """Does the mention starting at ``start`` stand right after إن or أن?"""
    k = ctx.tok_at(start)
    if k == 0:
        return False
    return ctx.words[k - 1][len(ctx.prefixes[k - 1]):] in _INNA


def _definite_subject(ctx: _Ctx, cand: _Cand, c0: int):
    """The party mention that a definite noun right before a verb trigger points back to
    ("قوات الجهاز حررت" after "جهاز مكافحة الإرهاب"، "التنظيم سيطر" after "تنظيم داعش"): the
    latest party before the trigger whose name begins with that noun, or None."""
    k = cand.tok_i - 1
    if k < 0 or ctx.tok_starts[k] < c0:
        return None
    w = ctx.words[k]
    w = w[len(ctx.prefixes[k]):] if ctx.prefixes[k] and not w.startswith("ال") else w
    if w.startswith("لل"):
        w = "ال" + w[2:]
    if not w.startswith("ال") or len(w) < 5 or ctx.places_in(ctx.tok_starts[k], cand.trig_start):
        return None
    head = w[2:]
    ts = cand.trig_start
    party = ctx._party
    norm = ctx.norm
    best = None
    for m in ctx.actor_mentions:
        if m[0] >= ts:
            break
        if m[1] > ctx.tok_starts[k] or id(m) not in party:
            continue
        first = norm[m[0]:m[1]].split(None, 1)
        if not first:
            continue
        f = first[0]
        f = f[2:] if f.startswith("ال") and len(f) >= 5 else f
        if f == head:
            best = m
    return best


AIR_ACTOR_REACH = 3   # "قصف روسي"، "قصف للتحالف الدولي": the adjective or genitive after قصف


def _air_actor(ctx: _Ctx, cand: _Cand, agent) -> bool:
    """Is a bombardment with no weapon named carried out by a force that strikes only from the
    air ("قصف روسي" in Syria, "قصف للتحالف الدولي"، "التحالف العربي")? Told by an ``air_actor``
    word starting right after the trigger or inside its agent's name, or by an agent that is an
    air force."""
    classes = ("air_actor", "air_actor_gaza") if _in_gaza(ctx, cand) else ("air_actor",)
    j = cand.tok_j
    for cls in classes:
        if j < ctx.ntok:
            # the word right after the trigger ("قصف روسي"، "قصف للتحالف الدولي"، "قصف الاحتلال"),
            # not a target further on ("قصف على القاعدة الروسية")
            te = ctx.tok_ends[min(ctx.ntok, j + AIR_ACTOR_REACH) - 1]
            got = ctx.mods_in(ctx.tok_starts[j], te, cls)
            if got and got[0][2] == j:
                return True
        if agent is not None and ctx.has_mod(agent[0], agent[1], cls):
            return True
    return agent is not None and _attr1(agent[2], "kind") == "air_force"


GAZA_ADMIN1 = "قطاع غزة"   # where the Israeli army's bombardment is from the air (air_actor_gaza)


def _in_gaza(ctx: _Ctx, cand: _Cand) -> bool:
    """Are the candidate's places (else the article's main place) in the Gaza Strip?"""
    dp = ctx.doc.places or ()
    idx = cand.places or ([ctx.main_place] if ctx.main_place is not None else [])
    return any(_attr1(dp[pi], "admin1") == GAZA_ADMIN1 for pi in idx)


ORIGIN_REACH = 4    # "المتمركزة في محيط بلدة X": tokens from the cue to the first place
ORIGIN_STOP = frozenset({"علي", "الي", "نحو", "باتجاه", "اتجاه", "ضد", "صوب"})


def _origins(ctx: _Ctx) -> frozenset:
    """Starts of the place mentions that tell where fire came from, not where it fell:
    "قوات النظام المتمركزة في محيط بلدة X وجبل Y"، "من مواقعها في X"، "قذائف مصدرها X": the
    places right after an ``origin`` cue and the ones joined to them by و, up to a word of
    direction (على، باتجاه) or a trigger."""
    got = getattr(ctx, "_origin_starts", None)
    if got is not None:
        return got
    out = set()
    ground = set()      # after an origin_ground cue: where ground fire (only) came from
    cues = [(ctx.mods_by_cls[c][0], found) for c, found in (("origin", out), ("origin_ground", ground))
            if c in ctx.mods_by_cls]
    if cues and ctx.place_mentions:
        starts = ctx.tok_starts
        words, prefixes = ctx.words, ctx.prefixes
        trig = set(ctx.trig_starts)
        for hits, found in cues:
            for _cs, ce, _k in hits:
                k = bisect_left(starts, ce)          # first token after the cue
                reach = ORIGIN_REACH
                pos = ce
                while True:
                    if k >= ctx.ntok:
                        break
                    ms = ctx.places_in(pos, ctx.tok_ends[min(ctx.ntok - 1, k + reach + 4)])
                    if not ms:
                        break
                    s, e, _pi = ms[0]
                    j = bisect_right(starts, s) - 1
                    if j - k > reach:
                        break
                    gap = range(k, j)
                    if any(words[g][len(prefixes[g]):] in ORIGIN_STOP or starts[g] in trig for g in gap):
                        break
                    # a later place joins the list only with و (glued to the head: "وحي الهلك")
                    if reach != ORIGIN_REACH and not (
                            prefixes[k].startswith("و") or prefixes[j].startswith("و")
                            or (starts[j] == s - 1 and ctx.norm[s - 1] == "و")):
                        break
                    if "،" in ctx.norm[pos:s] or "," in ctx.norm[pos:s]:
                        break
                    found.add(s)
                    pos = e
                    k = bisect_left(starts, e)
                    reach = 2
    if ctx.place_mentions and "fire_verb" in ctx.mods_by_cls:
        _shooter_positions(ctx, out)
        _launched_from(ctx, out)
    ctx._origin_ground = frozenset(ground - out)
    ctx._origin_starts = got = frozenset(out | ground)
    return got


SEAT_REACH = 3     # tokens from the end of a place to a seat cue ("الفاشر المحاصرة، عاصمة")


def _seats(ctx: _Ctx) -> dict[int, int]:
    """The place mentions that say what the place before them is ("بمدينة الفاشر المحاصرة،
    عاصمة شمال دارفور"، "مدينة الحسكة مركز محافظة الحسكة"): start -> the place they describe.
    The place after the ``seat`` cue holds that place; an event told there was in that place."""
    out = {}
    starts, ends = ctx.tok_starts, ctx.tok_ends
    words, prefixes = ctx.words, ctx.prefixes
    for cs, ce, k in ctx.mods_by_cls["seat"][0]:
        pre = prefixes[k]
        if pre.endswith(("ال", "لل")) or words[k].startswith("ال", len(pre)):
            continue    # "غرب العاصمة دمشق": the capital itself, a head (the article may be
            # read as a prefix or stay on the word)
        before = _place_before(ctx, k, cs)
        if before is None:
            continue
        j = bisect_left(starts, ce)
        after = ctx.places_in(cs, ends[min(ctx.ntok - 1, j + 1)])
        if after:
            out[after[0][0]] = before[2]
    return out


def _place_before(ctx: _Ctx, k: int, cs: int):
    """The place mention that ends at most SEAT_REACH tokens before the cue at token ``k``
    (starting at ``cs``), with no sentence break between them, or None."""
    starts = ctx.tok_starts
    before = ctx.places_in(starts[max(0, k - SEAT_REACH - 3)], cs)
    if not before:
        return None
    m = before[-1]
    if bisect_left(starts, m[1]) + SEAT_REACH < k or any(ch in ctx.norm[m[1]:cs] for ch in ".\n؛:"):
        return None
    return m


LOCATOR_WORDS = 3   # tokens from a locator cue to the place it names ("جنوب شرق مدينة X")
DISTANCE_REACH = 10     # tokens back from a distance to the place it locates ("كركوك التي تبعد نحو
#                         240 كيلومتراً شمال بغداد")


def _locators(ctx: _Ctx) -> set[int]:
    """Starts of the place mentions that only locate the place named right before them
    ("مدينة ذمار (جنوب صنعاء)"، "قرية كولات شرق سنجار"، "بلدة X قرب الحدود مع مالي"): the event
    was in the first place, not in the one that locates it."""
    out = set()
    starts, ends = ctx.tok_starts, ctx.tok_ends
    words, prefixes = ctx.words, ctx.prefixes
    mods = ctx.mods_by_cls
    adjectives = mods["locator_adjective"][0] if "locator_adjective" in mods else ()
    adjective_at = {k for _cs, _ce, k in adjectives}
    for cs, ce, k in [*(mods["locator"][0] if "locator" in mods else ()), *adjectives]:
        pre = prefixes[k]
        if k in adjective_at:
            # "المحاذي لضاحية الأسد": a definite adjective, its place after ل
            if pre.startswith("و") or not prefixes[k + 1:k + 2] or not prefixes[k + 1].endswith("ل"):
                continue
        elif pre.startswith("و") or (pre.endswith(("ال", "لل")) and words[k] != "بالقرب") \
                or words[k].startswith("ال", len(pre)) and words[k] != "القرب":
            continue    # "وشمال حلب": a place of its own; "ريف حماة الشمالي": part of a name
        elif words[k].endswith("ا"):
            continue    # "في حي الشيخ سعيد جنوبًا": an adverb, toward the south
        if k and "distance" in ctx.cls[k - 1]:
            # "كركوك التي تبعد نحو 240 كيلومتراً شمال بغداد": a distance from a reference point
            # to the place told before it in the sentence (alone, the point is all there is)
            # or to a definite place noun ("في المدينة التي تبعد نحو 240 كيلومتراً شمال بغداد")
            after = ctx.places_in(cs, ends[min(ctx.ntok - 1, k + LOCATOR_WORDS)])
            if after and _located_before(ctx, k):
                out.add(after[0][0])
            continue
        before = _place_before(ctx, k, cs)
        if before is None or "و" in words[bisect_left(starts, before[1]):k]:
            continue
        j = bisect_left(starts, ce)
        after = ctx.places_in(cs, ends[min(ctx.ntok - 1, j + LOCATOR_WORDS - 1)])
        if not after or after[0][2] == before[2] \
                or any(p.startswith("و") for p in prefixes[k + 1:bisect_right(starts, after[0][0])]):
            continue    # "... جنوبًا وحي بستان الباشا": another place of the list
        # "حي الزهراء شمال شرقي مدينة حمص": a quarter (or a site) of the city after it is in
        # that city, which stays a place of the event
        inside = _contains(ctx, [after[0][2]], before[2])
        kb, ka = ctx.place_kinds[before[2]], ctx.place_kinds[after[0][2]]
        # ("منطقة البورصة المتاخمة للمدينة القديمة": what lies next to a place does not hold it)
        if inside is False or (k in adjective_at and inside is None) \
                or (kb in _SETTLEMENTS and ka in _SETTLEMENTS) or (inside is None and (
                kb not in _PART_KINDS
                # "حي الأصيلة جنوب شرق قلعة حلب": a landmark (a site, a camp, a road) holds
                # no quarter; it only locates the one before it
                or ka in _LANDMARK_KINDS)):
            # ("بلدة كفرناها شمال أورم الكبرى": a village or town never lies inside another,
            # though one governorate holds both)
            out.add(after[0][0])
    if "distance" in ctx.doc_cls:
        # "في المدينة الواقعة على بعد نحو 50 كيلومترا من كركوك": a distance from (من، عن) a
        # reference point, with a place or a definite place noun before it
        heads = place_context().heads
        for _s, _e, k in ctx.mods_by_cls.get("distance", ((), ()))[0]:
            if k >= ctx.ntok - 2 or words[k + 1] not in ("من", "عن"):
                continue
            # (the place right after من/عن, or after its head word: "عن العاصمة بغداد")
            w2 = words[k + 2]
            j = k + 3 if k + 3 < ctx.ntok and (w2 in heads or (w2[:2] == "ال" and w2[2:] in heads)) else k + 2
            after = ctx.places_in(starts[k + 2], ends[j])
            if after and after[0][0] in (starts[k + 2], starts[j]) and _located_before(ctx, k):
                out.add(after[0][0])
    return out


def _located_before(ctx: _Ctx, k: int) -> bool:
    """Is a place, or a definite place noun ("المدينة"), named within DISTANCE_REACH tokens
    before token ``k`` (a distance or the locator after it), with no sentence break between?"""
    starts, words = ctx.tok_starts, ctx.words
    k0 = max(0, k - DISTANCE_REACH)
    before = ctx.places_in(starts[k0], starts[k])
    b0 = before[-1][1] if before else next(
        (starts[j] for j in range(k - 1, k0 - 1, -1) if words[j] in _DEFINITE_PLACE_WORDS), None)
    return b0 is not None and not any(ch in ctx.norm[b0:starts[k]] for ch in ".\n؛:")


_PART_KINDS = frozenset({"neighbourhood", "neighborhood", "facility", "camp", "road", ""})
_LANDMARK_KINDS = frozenset({"facility", "camp", "road"})
_SETTLEMENTS = frozenset({"village", "town"})


TRANSPORT_REACH = 6     # tokens from a verb of carrying the wounded to its إلى
FLIGHT_REACH = 8        # tokens from a verb of flight to its إلى ("نزوح أكثر من أربعين ألف نسمة من
#                         سكانها إلى ريف محافظة إدلب")


def _destinations(ctx: _Ctx) -> set[int]:
    """Starts of the facilities the dead and wounded were taken to: "وصول عشرات الشهداء
    والمصابين إلى مستشفى شهداء الأقصى"، "نقلوا إلى مجمع ناصر الطبي". The hospital is where
    they were brought, not where the event was. Likewise the place people fled to ("نزوح
    الآلاف من سكانها إلى ريف إدلب"), of any kind."""
    out = set()
    words, prefixes, starts, norm = ctx.words, ctx.prefixes, ctx.tok_starts, ctx.norm
    kinds = ctx.place_kinds
    mods = ctx.mods_by_cls
    for cls, reach in (("transport", TRANSPORT_REACH), ("flight", FLIGHT_REACH)):
        if cls not in mods:
            continue
        for _cs, _ce, k in mods[cls][0]:
            for j in range(k + 1, min(ctx.ntok - 1, k + reach + 1)):
                if any(ch in norm[starts[j - 1]:starts[j]] for ch in ".،,\n"):
                    break
                if words[j] == "الي" and not prefixes[j]:
                    ms = ctx.places_in(starts[j + 1], ctx.tok_ends[min(ctx.ntok - 1, j + 6)])
                    if ms and bisect_left(starts, ms[0][0]) <= j + 2 and (
                            cls == "flight" or kinds[ms[0][2]] == "facility"):
                        out.add(ms[0][0])
                    break
    return out


def _whereabouts(ctx: _Ctx) -> set[int]:
    """Starts of the places where someone is said to stay: "الرئيس هادي الموجود في الرياض"،
    "المقيمين حاليا في تركيا"، "المتواجد بالرياض". Such a place tells where a person is, not
    where an event was."""
    out = set()
    words, prefixes, starts, ends = ctx.words, ctx.prefixes, ctx.tok_starts, ctx.tok_ends
    n = ctx.ntok
    for _cs, _ce, k in ctx.mods_by_cls["whereabouts"][0]:
        j = k + 1
        if j < n and words[j] == "حاليا":      # "المقيم حاليا في"
            j += 1
        if j >= n:
            continue
        if words[j] == "في" and not prefixes[j]:
            ms = ctx.places_in(starts[j], ends[min(n - 1, j + 3)])
            if ms and bisect_left(starts, ms[0][0]) <= j + 2:
                out.add(ms[0][0])
        elif prefixes[j].endswith("ب"):      # "الموجود بالرياض"
            ms = ctx.places_in(starts[j], ends[j])
            if ms:
                out.add(ms[0][0])
    return out


SHOOTER_AT = frozenset({"في", "من"})   # "مسلحون في حي X أطلقوا"، "قناص من حي X أطلق"
SHOOTER_TARGET_REACH = 6   # tokens from the verb of firing to the على before the place hit


def _shooter_positions(ctx: _Ctx, out: set) -> None:
    """"إرهابيين يتحصنون في حي X أطلقوا قذائف صاروخية على حي Y"، "أحد القناصة في حي X أطلق
    النار على أهالي حي Y": a place told with في right before a verb of firing whose fire lands
    "على" a place after it is where the shooter stood, not where the fire fell."""
    starts, ends = ctx.tok_starts, ctx.tok_ends
    words, prefixes = ctx.words, ctx.prefixes
    pm = ctx.place_mentions
    pends = [m[1] for m in pm]
    for _vs, _ve, k in ctx.mods_by_cls["fire_verb"][0]:
        if k == 0 or "launch_verb" not in ctx.cls[k]:
            continue
        # the place mention ending right at the token before the verb
        j = bisect_right(pends, ends[k - 1]) - 1
        if j < 0 or pends[j] != ends[k - 1]:
            continue
        ps = pm[j][0]
        pk = bisect_right(starts, ps) - 1
        # في (or ب) right before the place, over its head noun: "في حي X"، "بحي X"
        if not (any(words[g][len(prefixes[g]):] in SHOOTER_AT for g in range(max(0, pk - 2), pk))
                or prefixes[pk].endswith("ب") or (pk and prefixes[pk - 1].endswith("ب"))):
            continue
        # the fire lands على a place after the verb
        hi = min(ctx.ntok, k + 1 + SHOOTER_TARGET_REACH)
        ok = False
        for g in range(k + 1, hi):
            w = words[g][len(prefixes[g]):]
            if w in ORIGIN_STOP:
                if ctx.places_in(ends[g], ends[min(ctx.ntok - 1, g + 4)]):
                    ok = True
                break
            if "." in ctx.norm[starts[g - 1]:starts[g]]:
                break
        if ok:
            out.add(ps)


LAUNCH_WEAPON_REACH = 5   # "تطلق المدفعية المضادة للطيران نيرانها من": verb to من
LAUNCH_FROM_REACH = 5     # "من التلة التي يقع فيها مستشفى X": من to the place


def _launched_from(ctx: _Ctx, out: set) -> None:
    """"تطلق الميليشيا الصواريخ من حرم مطار X"، "تطلق المدفعية نيرانها من التلة التي يقع فيها
    مستشفى Y": the places after من that follows a verb of launching (أطلق، يطلق، تطلق) and a
    shell, rocket or gun (a weapon trigger) are where the fire came from, up to a word of
    direction (على، باتجاه), a comma or another trigger. So are those after a من right after
    the verb when the weapon is named just before it ("الصاروخ الكيميائي أُطلق من النيرب")."""
    starts, ends = ctx.tok_starts, ctx.tok_ends
    words, prefixes = ctx.words, ctx.prefixes
    ntok = ctx.ntok
    trig = {h.i: h for h in ctx.triggers}
    norm = ctx.norm
    for _vs, _ve, k in ctx.mods_by_cls["fire_verb"][0]:
        if "launch_verb" not in ctx.cls[k]:
            continue
        weapon = False
        g = k + 1
        # "الصاروخ أُطلق من": the من right after the verb, its weapon before it
        m = g if g < ntok and words[g] == "من" and _weapon_before(ctx, trig, k) else None
        while m is None and g < ntok and g <= k + LAUNCH_WEAPON_REACH:
            if "،" in norm[ends[g - 1]:starts[g]] or "." in norm[ends[g - 1]:starts[g]]:
                break
            h = trig.get(g)
            if h is not None:
                r = h.pat.row
                if r["_weapon"] and r["family"] in ("shelling", "air"):
                    weapon = True
                elif r["family"] != "gunfire":     # "نيرانها": the fire of that weapon
                    break
            if words[g] == "من" and weapon:
                m = g
                break
            g += 1
        if m is None:
            continue
        hi = min(ntok - 1, m + LAUNCH_FROM_REACH)
        for g in range(m + 1, hi + 1):
            if words[g][len(prefixes[g]):] in ORIGIN_STOP or g in trig \
                    or "،" in norm[ends[g - 1]:starts[g]] or "." in norm[ends[g - 1]:starts[g]]:
                hi = g - 1
                break
        if hi <= m:
            continue
        for s, _e, _pi in ctx.places_in(starts[m + 1], ends[min(ntok - 1, hi + 4)]):
            if s <= starts[hi]:
                out.add(s)


LAUNCHED_WEAPON_REACH = 3   # "الصاروخ الكيميائي أُطلق": the weapon's tokens before the verb


def _weapon_before(ctx: _Ctx, trig: dict, k: int) -> bool:
    """Is a shell, rocket or missile (a weapon trigger) named within LAUNCHED_WEAPON_REACH
    tokens before the verb at token ``k``, with no comma or full stop between?"""
    starts, ends, norm = ctx.tok_starts, ctx.tok_ends, ctx.norm
    for g in range(k - 1, max(-1, k - 1 - LAUNCHED_WEAPON_REACH), -1):
        if "،" in norm[ends[g]:starts[g + 1]] or "." in norm[ends[g]:starts[g + 1]]:
            return False
        h = trig.get(g)
        if h is not None and h.pat.row["_weapon"] and h.pat.row["family"] in ("shelling", "air",
                                                                             "chemical"):
            return True
    return False


def _assign_places(ctx: _Ctx, cand: _Cand) -> None:
    ms = ctx.places_in(cand.seg_start, cand.seg_end)
    # "سيطرت على قرية X وتحاصر المسلحين حول جامع Y": a place besieged was not taken
    if ms and cand.family == "territory" and "siege" in ctx.doc_cls:
        cut = _siege_after(ctx, cand.tok_j, cand.seg_end)
        if cut is not None:
            ms = [m for m in ms if m[0] < cut]
    # "صدت الهجوم وأجبرت القوات المهاجمة على التراجع إلى منطقة X": where the losers fell back
    # to is not where the fighting was
    if ms and (cand.family == "clash" or cand.family == "repel") and "retreat" in ctx.doc_cls:
        cut = _retreat_to(ctx, cand.tok_j, cand.seg_end)
        if cut is not None:
            ms = [m for m in ms if m[0] < cut]
    # "قصفت قوات النظام المتمركزة في بلدة X": X is where the guns stand, not where the shells fell
    if ms and (cand.group == "explosion" or cand.group == "vac"):
        orig = _origins(ctx)
        if orig and cand.family == "air":
            # "غارات جوية على أطراف البلدة من جهة حي جوبر": no shell came from that side
            orig = orig - ctx._origin_ground
        if orig:
            ms = [m for m in ms if m[0] not in orig]
    # "قتل مدنيان على طريق الكاستيلو … من سكان حي الصالحين": where the dead lived is not where
    # they died when the clause names another place, not a mere container
    if len(ms) > 1 and "residence" in ctx.mods_by_cls:
        homes = _homes(ctx, cand.seg_start, cand.seg_end)
        if homes:
            keep = set(_without_homes(ctx, [m[2] for m in ms], homes))
            ms = [m for m in ms if m[2] in keep]
    # "الهجوم جاء رداً على الجرائم التي ترتكبها طائرات التحالف على مدينة منبج": the places of
    # the wrong an attack answers are not where the attack was
    if ms and "motive" in ctx.mods_by_cls:
        ms = _without_motives(ctx, cand, ms)
    # "مواجهات بين الجيش والدعم السريع في السودان": a country is too wide to be where an event
    # happened when the article names a place inside one
    if ms and ctx.wide_countries:
        ms = [m for m in ms if m[2] not in ctx.wide_countries]
    cand.own_places = bool(ms)
    idx = []
    for _s, _e, pi in ms:
        if pi not in idx:
            idx.append(pi)
    if len(idx) > 1:
        listed = _listed_cities(ctx, ms)
        if listed:
            cand.listed = listed
    cand.places = _drop_containers(ctx, idx, cand.listed)


RESIDENCE_REACH = 2   # tokens from a noun of dwelling to its place ("من سكان حي الصالحين")


def _residences(ctx: _Ctx) -> frozenset:
    """Starts of the place mentions that tell where people lived: the place right after "من
    سكان"، "من أهالي"، "من أبناء" (a head word such as حي or بلدة may stand between)."""
    got = getattr(ctx, "_residence_starts", None)
    if got is not None:
        return got
    out = set()
    words, prefixes, starts, ends = ctx.words, ctx.prefixes, ctx.tok_starts, ctx.tok_ends
    n = ctx.ntok
    for _cs, ce, k in ctx.mods_by_cls["residence"][0]:
        if not k or prefixes[k] or words[k - 1] != "من":
            continue
        ms = ctx.places_in(ce, ends[min(n - 1, k + RESIDENCE_REACH)])
        if ms:
            out.add(ms[0][0])
    ctx._residence_starts = got = frozenset(out)
    return got


def _homes(ctx: _Ctx, s0: int, s1: int) -> frozenset:
    """The places named between ``s0`` and ``s1`` only as where people lived."""
    home = _residences(ctx)
    if not home:
        return home
    ms = ctx.places_in(s0, s1)
    return frozenset(pi for s, _e, pi in ms if s in home) - {pi for s, _e, pi in ms if s not in home}


def _without_homes(ctx: _Ctx, places: list[int], homes: frozenset) -> list[int]:
    """``places`` without the ones only told as where people lived, when a place that is not
    a mere container remains."""
    rest = [pi for pi in places if pi not in homes]
    if len(rest) < len(places) and not ctx.containers.issuperset(rest):
        return rest
    return places


MOTIVE_REACH = 16   # tokens a motive ("ردا على …"، "انتقاما لـ …") runs on at most


def _motive_spans(ctx: _Ctx) -> list[tuple[int, int]]:
    """The stretches of text that tell why an attacker struck: from "ردا على"، "انتقاما"،
    "ثأرا" to the clause's end (punctuation, or a few words on)."""
    got = getattr(ctx, "_motives", None)
    if got is not None:
        return got
    out = []
    starts, ends, norm = ctx.tok_starts, ctx.tok_ends, ctx.norm
    n = ctx.ntok
    for cs, ce, k in ctx.mods_by_cls["motive"][0]:
        j = k
        last = min(n - 1, k + MOTIVE_REACH)
        while j < last and not any(ch in norm[ends[j]:starts[j + 1]] for ch in ".،,؛;:\n"):
            j += 1
        out.append((cs, ends[j]))
    ctx._motives = out
    return out


def _without_motives(ctx: _Ctx, cand: _Cand, ms: list) -> list:
    """``ms`` without the places a motive names, for a candidate told outside that motive: the
    places of the wrong an attack answers are not the attack's."""
    for a, b in _motive_spans(ctx):
        if not a <= cand.trig_start < b:
            ms = [m for m in ms if not a <= m[0] < b]
    return ms


def _siege_after(ctx: _Ctx, k: int, end: int) -> int | None:
    """Where a word of siege (حاصر، تحاصر، محاصرة، طوق) starts from token ``k`` on, before
    ``end``, or None."""
    cls, starts = ctx.cls, ctx.tok_starts
    n = ctx.ntok
    while k < n and starts[k] < end:
        if "siege" in cls[k]:
            return starts[k]
        k += 1
    return None


_TOWARD = frozenset({"الي", "نحو", "باتجاه", "صوب"})


def _retreat_to(ctx: _Ctx, k: int, end: int) -> int | None:
    """Where "to" (إلى، نحو، باتجاه) right after a word of falling back (التراجع، الانسحاب،
    الفرار) starts, from token ``k`` on and before ``end``, or None."""
    cls, starts, words = ctx.cls, ctx.tok_starts, ctx.words
    n = ctx.ntok
    while k + 1 < n and starts[k] < end:
        if "retreat" in cls[k] and words[k + 1] in _TOWARD:
            return starts[k + 1]
        k += 1
    return None


# a definite unnamed place noun -> the head word that names a place of that kind
# "غارات روسية على المنطقة": "the area" is the one place named before it in its sentence,
# whatever its head (حي بني زيد), short of a country
_ANY_HEAD = "*"
DEFINITE_PLACE_NOUNS = {"الحي": "حي", "البلده": "بلده", "المدينه": "مدينه", "القريه": "قريه",
                        "المخيم": "مخيم", "المطار": "مطار", "المنطقه": _ANY_HEAD,
                        "المصفاه": "مصفاه", "المصفي": "مصفي", "الطريق": "طريق"}


# the heads whose definite noun may stand for a place named anywhere before it: an article names
# few cities, airports, refineries and roads ("هجوم على مطار كويرس" … two sentences on "اقتحام
# المطار المحاصر"; "مصفى بيجي" … "هاجم داعش المصفى"; "طريق الكاستيلو" … "القصف على محيط الطريق")
_NAMED_ANYWHERE_BEFORE = frozenset({"مدينه", "مطار", "مصفاه", "مصفي", "طريق"})

# every written form of a definite place noun (للحي، والحي، فالبلدة، بالمدينة) -> its head word
_DEFINITE_PLACE_WORDS = {w: head for noun, head in DEFINITE_PLACE_NOUNS.items()
                         for w in (noun, "لل" + noun[2:], "و" + noun, "ف" + noun, "ب" + noun)}


def _definite_place_tokens(ctx: _Ctx) -> list[int]:
    """The tokens (sorted) written as a definite place noun (:data:`_DEFINITE_PLACE_WORDS`),
    found once per document by a set intersection with its vocabulary, so a placeless candidate
    looks them up with a bisect instead of reading its words."""
    got = ctx.__dict__.get("_def_place_toks")
    if got is None:
        hit = token_vocabulary(ctx.doc).intersection(_DEFINITE_PLACE_WORDS)
        got = list(compress(range(ctx.ntok), map(hit.__contains__, ctx.words))) if hit else []
        ctx.__dict__["_def_place_toks"] = got
    return got


@lru_cache(maxsize=1)
def _locating_words() -> frozenset:
    """The words before a definite place noun that say where something was ("جنوب المدينة"، "في
    المدينة"، "أطراف البلدة"): place_context.tsv's prepositions and locators, and the place heads
    of type near."""
    pc = place_context()
    return pc.prepositions | pc.locator_before | frozenset(
        w for w, h in pc.heads.items() if h.type == "near")


_THERE = "هناك"
_CLAUSE_END = frozenset(".،,؛;:!?؟")


def _there(ctx: _Ctx, cand: _Cand, s1: int) -> bool:
    """Does the candidate's segment end a clause on the adverb "هناك" (there: the place told
    just before), not the "هناك" that opens a clause ("وهناك مخاوف", there are)?"""
    a = ctx.norm.find(_THERE, cand.seg_start, cand.seg_end)
    while a != -1:
        b = a + len(_THERE)
        rest = ctx.norm[b:min(s1, b + 3)].lstrip()
        if ctx.norm[a - 1:a] == " " and (not rest or rest[0] in _CLAUSE_END):
            return True
        a = ctx.norm.find(_THERE, b, cand.seg_end)
    return False


def _definite_place(ctx: _Ctx, cand: _Cand, si: int, end: int | None = None,
                    located: bool = False) -> int | None:
    """"استهدف حي مساكن هنانو ...، فضلا عن الطيران المروحي الذي جدد استهداف الحي بغاز الكلور": a
    definite unnamed الحي/البلدة/المدينة/القرية/المطار in a placeless candidate's words is the
    last place named with that head (حي X، بلدة X) before it, in its sentence or the one before
    (for المدينة and المطار, anywhere before it). ``end``: where the words that may hold it end
    (the segment's end, or the next candidate's start: a clause with no trigger of its own goes
    on the one before); ``located``: past the segment, only a noun that says where ("جنوب
    المدينة")."""
    toks = _definite_place_tokens(ctx)
    if not toks:
        return None
    starts = ctx.tok_starts
    words = ctx.words
    # the first such token in the candidate's segment
    j = bisect_left(toks, bisect_left(starts, cand.seg_start))
    if j == len(toks) or starts[toks[j]] >= (end or cand.seg_end):
        return None
    k = toks[j]
    if located and starts[k] >= cand.seg_end and not (
            ctx.prefixes[k] == "ب" or (k and words[k - 1] in _locating_words())):
        return None     # (past the segment, only where it locates: "…، جنوب المدينة"; not
        # "لما تمثله هذه القرية")
    head = _DEFINITE_PLACE_WORDS[words[k]]
    pos = starts[k]
    if head is _ANY_HEAD:
        if pos < cand.trig_start:
            return None     # "امتدت إلى قرى أخرى في المنطقة وذلك بعد حادث خطف": the region
        kinds = ctx.place_kinds
        named = {pi for _ms, _me, pi in ctx.places_in(ctx.doc.sentences[si][0], pos)
                 if kinds[pi] != "country"}
        # (after a list, "يستهدف المنطقة" is the whole area: no one place of it)
        return named.pop() if len(named) == 1 else None
    lo = ctx.doc.sentences[si - 1][0] if si > 0 else ctx.doc.sentences[si][0]
    # (not a place the fire came from: "قصف بقذائف المجموعات من جهة حي الهلك")
    orig = _origins(ctx) if ("origin" in ctx.mods_by_cls or "origin_ground" in ctx.mods_by_cls) else ()
    # (nor the place of a wrong an attacker answers: "رداً على الجرائم … على مدينة منبج")
    motives = _motive_spans(ctx) if "motive" in ctx.mods_by_cls else ()
    # "في أحياء تقع في غرب المدينة": the city of the article may have been named further back;
    # so may any place when the sentences before named only where the fire came from
    for a in ((lo, 0) if head in _NAMED_ANYWHERE_BEFORE or (orig and lo > 0) else (lo,)):
        for ms, _me, pi in reversed(ctx.places_in(a, pos)):
            if ms in orig or motives and any(m0 <= ms < m1 for m0, m1 in motives):
                continue
            j = bisect_right(starts, ms) - 1
            if j < 0:
                continue
            w = words[j]
            if w[len(ctx.prefixes[j]):] == head or w[ms - starts[j]:] == head:
                return pi
            if starts[j] == ms and j > 0 and words[j - 1][len(ctx.prefixes[j - 1]):] == head:
                return pi
        pos = lo
    # "مني بها النظام في الزبداني، … فقد كثف غاراته الجوية على البلدة": no place named with the
    # head before it, the last one of the head's kind named earlier in its sentence
    kinds = _HEAD_KINDS.get(head)
    if kinds:
        pk = ctx.place_kinds
        for ms, _me, pi in reversed(ctx.places_in(ctx.doc.sentences[si][0], starts[k])):
            if pk[pi] in kinds and ms not in orig:
                return pi
    return None


# the kinds of place a definite place noun stands for when no place was named with its head
_HEAD_KINDS = {"بلده": frozenset({"town"}), "قريه": frozenset({"village"}),
               "حي": frozenset({"neighbourhood"}), "مخيم": frozenset({"camp"})}


def _distribute_places(ctx: _Ctx, cands: list[_Cand], s0: int, s1: int, dead) -> None:
    """Places of the sentence no candidate owns: a clause that continues a place list ("،
    والقاطرجي، وكرم الطحان"، "، في أطراف حي الشيخ مقصود") gives them to the candidate before it;
    a candidate with no place of its own takes the nearest ones. ``dead``: the sentence's
    ranges whose trigger did not happen."""
    if not cands:
        return
    clauses = None
    segs = [(c.seg_start, c.seg_end) for c in cands]
    origins = frozenset()
    for c in cands:
        if c.group == "explosion" or c.group == "vac":
            origins = _origins(ctx)
            break
    # (a country is too wide to give an event with no place of its own: see _assign_places)
    countries = ctx.wide_countries
    for s, e, pi in ctx.places_in(s0, s1):
        if pi in countries:
            continue
        owned = False
        for a, b in segs:
            if a <= s < b:
                owned = True
                break
        if owned:
            continue
        if dead and any(a <= s < b for a, b in dead):
            continue   # the place of a trigger that did not happen ("ومنع تقدمها إلى قلعة حلب")
        if s in origins:
            continue   # where the fire came from ("المتمركزة في بلدة X")
        if clauses is None:
            clauses = _clauses(ctx, s0, s1)
        prev = None
        for c in cands:
            if c.seg_end <= s:
                prev = c
        cl = None
        for a, b in clauses:
            if a <= s < b:
                cl = (a, b)
                break
        if cl is not None and (prev is None or cl != prev.clause):
            k = bisect_left(ctx.tok_starts, cl[0])
            if k < ctx.ntok and "comment" in ctx.cls[k]:
                continue    # "، الأمر الذي سارعت دمشق إلى نفيه": a comment, not a place list
            if k < ctx.ntok and "contrast" in ctx.cls[k]:
                # "، في حين تعرضت مناطق في بلدة X، لقصف مكثف": a clause opened by a word of
                # contrast starts another event; its places are the subject of the candidate of
                # the next clause, never a continuation of the place list before it
                ci = clauses.index(cl)
                nxt = next((c for c in cands if c.seg_start > s), None)
                if (nxt is not None and not nxt.own_places and ci + 1 < len(clauses)
                        and clauses[ci + 1] == nxt.clause and pi not in nxt.places):
                    nxt.places.append(pi)
                continue
        if prev is not None:
            c = prev
            ok = False
            if cl is not None and cl != c.clause:
                k = bisect_left(ctx.tok_starts, cl[0])
                if k < ctx.ntok:
                    t = ctx.tokens[k]
                    ok = ("locative" in ctx.cls[k] or t.prefix.startswith(("ب", "وب"))
                          or t.start >= s - 1 or bool(ctx.places_in(t.start, t.end + 8))
                          # "، وأجزاء واسعة من حي الميسر"، "، ومعظم أحياء ...": part of a place
                          or ("partitive" in ctx.cls[k]
                              and bisect_left(ctx.tok_starts, s) - k <= PARTITIVE_REACH))
                    # a candidate with no place of its own takes the places of the next clause
                    # (over clauses that only hold a date: "اعتقلت اليوم، الخميس 6 من نيسان،
                    # عددا من السكان في بلدة X")
                    ci = clauses.index(cl)
                    if not c.own_places and ci > 0:
                        cj = ci - 1
                        while cj > 0 and clauses[cj] != c.clause and (
                                _date_only(ctx, clauses[cj]) or _aside(ctx, clauses[cj])
                                # "سيطر X، السبت، على كراج Y، وكتيبتي Z في حي W": the verb's
                                # object told in a clause of its own, then the list goes on
                                or (cj == ci - 1 and _object_clause(ctx, clauses[cj], cl))):
                            cj -= 1
                        ok = ok or clauses[cj] == c.clause
            elif cl is not None:
                ok = not c.own_places
            if ok and pi not in c.places:
                c.places.append(pi)
                c.place_added = True
        else:
            nxt = None
            for c in cands:
                if c.seg_start > s:
                    if nxt is None:
                        nxt = c
                    if not c.own_places and c.clause == cl:
                        if pi not in c.places:
                            c.places.append(pi)
                        nxt = None
                        break
            if (nxt is not None and nxt.cause and not nxt.own_places and cl is not None
                    and _next_clause(ctx, clauses, cl, nxt.clause)):
                # "أن الضحايا قتلوا في حيي X وY، نتيجة سقوط قذائف": the loss told where it
                # happened, then its cause with no place of its own: the cause was there (a
                # locating phrase between them, "، جنوب مدينة منبج بريف حلب الشرقي،", only says
                # where that place lies)
                if pi not in nxt.places and not (nxt.places and _locating_clause(ctx, cl)):
                    nxt.places.append(pi)
    if "relative" in ctx.doc_cls:
        _relative_antecedents(ctx, cands, s0)
    homes = _homes(ctx, s0, s1) if "residence" in ctx.mods_by_cls else None
    for c in cands:
        if len(c.places) > 1:
            if homes:
                c.places = _without_homes(ctx, c.places, homes)
            c.places = _drop_containers(ctx, c.places, c.listed)


_RELATIVE_PLACE = frozenset({"التي", "الذي", "والتي", "والذي"})


def _relative_antecedents(ctx: _Ctx, cands: list[_Cand], s0: int) -> None:
    """"في قرية أم حوش بريف حلب الشمالي، والتي تمكن التنظيم من السيطرة عليها": a candidate with
    no place of its own (or only a container) in a clause opened by a relative pronoun happened
    at what the pronoun stands for, the place named last before it in its sentence, short of a
    mere container."""
    starts, words = ctx.tok_starts, ctx.words
    for c in cands:
        if c.own_places or not ctx.containers.issuperset(c.places):
            continue
        k = bisect_left(starts, c.clause[0])
        if k >= ctx.ntok or words[k] not in _RELATIVE_PLACE:
            continue
        before = [pi for _s, _e, pi in ctx.places_in(s0, c.clause[0])]
        if not before:
            continue
        # (the place the clause before ends on, else the last that is no container)
        last = before[-1]
        if last in ctx.containers:
            last = next((pi for pi in reversed(before) if pi not in ctx.containers), last)
        c.places = [last]
        c.place_added = True


def _next_clause(ctx: _Ctx, clauses: list, cl: tuple, other: tuple) -> bool:
    """Is ``other`` the clause right after ``cl``, over clauses that only hold a date or an
    aside ("شهدت العاصمة الخرطوم، السبت، مقتل 15 مدنياً جراء قصف")?"""
    if other[0] == cl[1]:
        return True
    if cl not in clauses or other not in clauses:
        return False
    a, b = clauses.index(cl), clauses.index(other)
    return a < b and all(_date_only(ctx, c) or _aside(ctx, c) or _locating_clause(ctx, c)
                         for c in clauses[a + 1:b])


LOCATING_TOKENS = 7   # "، جنوب مدينة منبج بريف حلب الشرقي،": a locator and its places


def _locating_clause(ctx: _Ctx, clause: tuple[int, int]) -> bool:
    """Is the clause a short locating phrase ("قتلوا في قرية الماشي، جنوب مدينة منبج، إثر
    تفجير"): a locator cue with no conjunction and no trigger, a few words long?"""
    a, b = clause
    k = bisect_left(ctx.tok_starts, a)
    kb = bisect_left(ctx.tok_starts, b, k)
    return (k < ctx.ntok and kb - k <= LOCATING_TOKENS and "locator" in ctx.cls[k]
            and not ctx.prefixes[k].startswith("و") and not ctx.triggers_in(a, b))


def _accompanies_fighting(ctx: _Ctx, c: _Cand) -> bool:
    """Whether the candidate's clause tells its fire as going with fighting: a verb of
    accompanying and a battle trigger in the clause ("وترافقت الاشتباكات مع قصف جوي"،
    "معارك عنيفة رافقها قصف مدفعي")."""
    return _clause_has(ctx, c, "accompany") and _battle_between(ctx, c.clause[0], c.clause[1])


def _weapons_of_fighting(ctx: _Ctx, c: _Cand) -> bool:
    """Whether the candidate's clause names the weapons used in fighting told before it in
    its sentence ("اشتباكات مسلحة في حي الشراونة …، استخدمت فيها الأسلحة الرشاشة والقذائف
    الصاروخية"): a verb of using with its pronoun (class weapons_of) in the clause, and a battle
    trigger between the sentence's start and the clause's end."""
    return _clause_has(ctx, c, "weapons_of") \
        and _battle_between(ctx, ctx.doc.sentences[c.sent][0], c.clause[1])


def _clause_has(ctx: _Ctx, c: _Cand, cls: str) -> bool:
    """Whether a modifier of class ``cls`` stands in the candidate's clause."""
    k0 = bisect_left(ctx.tok_starts, c.clause[0])
    k1 = bisect_left(ctx.tok_starts, c.clause[1])
    return any(cls in ctx.cls[k] for k in range(k0, min(k1, ctx.ntok)))


def _battle_between(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether a battle trigger starts in [start, end) of the text."""
    lo = bisect_left(ctx.trig_starts, start)
    hi = bisect_left(ctx.trig_starts, end)
    return any(h.pat.row["group"] == "battle" for h in ctx.triggers[lo:hi])


def _battle_told(ctx: _Ctx) -> bool | None:
    """Whether the article tells fighting in words of its own (a clash, an advance, a taking),
    not only with a generic attack noun (هجوم); None when it tells no strike (no remote violence:
    an air strike, a shelling, a bombing) either."""
    got = ctx.__dict__.get("_battle_told", 0)
    if got == 0:
        trig = ctx.triggers
        if not any(h.pat.row["event_type"] == "Explosions/Remote violence"
                   and not _describes_attack(trig, k, h) for k, h in enumerate(trig)):
            got = None
        else:
            got = any(h.pat.row["group"] == "battle" and h.pat.row["family"] != "attack" for h in trig)
        ctx.__dict__["_battle_told"] = got
    return got


def _describes_attack(trig: list, k: int, h: _Hit) -> bool:
    """"هجوم استهدف بلدة كولوفاتا": a verb of targeting right after an attack noun describes
    that attack; it tells no strike of its own."""
    if k == 0 or h.pat.row["family"] != "target":
        return False
    p = trig[k - 1]
    return p.pat.row["family"] == "attack" and h.i - p.i - p.n <= 1


_OWN_SETTLEMENTS = frozenset({"town", "village"})     # places no city holds as its quarters


def _drop_country_summaries(ctx: _Ctx, events: list[Event]) -> list[Event]:
    """"شن داعش خمسة هجمات منسقة ضد مقرات الحشد في العراق" then the attacks at their places: an
    event placed only at a country, when the article tells an event of its type at a place
    inside one, is the lead's summary of those events, not one more."""
    cs = ctx.countries
    if len(events) < 2:
        return events
    wide = [e for e in events if e.places and all(p in cs for p in e.places)]
    precise = {e.event_type for e in events if e.places and not all(p in cs for p in e.places)}
    drop = {id(e) for e in wide if e.event_type in precise}
    # "قتل 34 مدنيا بقصف جوي على أحياء حلب الشرقية" then the strikes at their quarters: a lead
    # event placed only at a city or region, before two or more events of its sub-type placed
    # precisely, sums them up
    cont = ctx.containers
    kinds = ctx.place_kinds
    for e in events:
        if id(e) in drop or not e.places or not all(p in cont for p in e.places) or not e.sentences:
            continue
        after = [o for o in events if o is not e and o.sub_event_type == e.sub_event_type
                 and o.places and any(p not in cont for p in o.places)
                 and o.sentences and o.sentences[0] > e.sentences[0]]
        if after and any(kinds[p] == "city" for p in e.places) and all(
                any(kinds[p] in _OWN_SETTLEMENTS for p in o.places) for o in after):
            continue    # "استهداف الطيران الروسي المشفى الوطني في مدينة إعزاز" then strikes on
            # Saraqib and Khan Shaykhun: towns and villages are no quarters of a city before them
        if len(after) >= 2 and e.sentences[0] <= LEAD_SENTENCES:
            drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events


AMID_WORDS = frozenset({"في", "خلال", "اثناء", "وسط", "اثر"})


def _amid_fighting(ctx: _Ctx, c: _Cand) -> bool:
    """Whether the candidate's clause opens on the fighting it happened in, before its trigger
    ("في مواجهات شهدت ..."، "خلال معارك تخللها ...")."""
    lo = bisect_left(ctx.trig_starts, c.clause[0])
    hi = bisect_left(ctx.trig_starts, c.trig_start)
    words, prefixes = ctx.words, ctx.prefixes
    for h in ctx.triggers[lo:hi]:
        if h.pat.row["group"] != "battle" or h.i == 0:
            continue
        k = h.i - 1
        if words[k][len(prefixes[k]):] in AMID_WORDS or prefixes[h.i].endswith(("ب", "في")):
            return True
    return False


_OBJECT_PREPS = frozenset({"علي", "الي"})


def _object_clause(ctx: _Ctx, clause: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Is ``clause`` the object of a verb told before it ("، على كراج Y،": opening with على or
    إلى and holding no place) with the clause ``nxt`` after it going on with its list ("،
    وكتيبتي Z في حي W": opening with و on a noun)?"""
    k = bisect_left(ctx.tok_starts, clause[0])
    if k >= ctx.ntok or ctx.words[k] not in _OBJECT_PREPS or ctx.places_in(*clause):
        return False
    j = bisect_left(ctx.tok_starts, nxt[0])
    if j >= ctx.ntok:
        return False
    if not ctx.prefixes[j].startswith("و"):
        return False
    ts = ctx.trig_starts
    return bisect_left(ts, nxt[0]) == bisect_left(ts, nxt[1])   # no event of its own


def _date_only(ctx: _Ctx, clause: tuple[int, int]) -> bool:
    """Does the clause hold nothing but a date mention ("، الخميس 6 من نيسان،")?"""
    a, b = clause
    text = ctx.norm
    rest = []
    pos = a
    for d in ctx.dates_in(a, b):
        ds, de = _get(d, "start"), _get(d, "end")
        if not isinstance(de, int):
            return False
        rest.append(text[pos:ds])
        pos = de
    if pos == a:
        return False
    rest.append(text[pos:b])
    return not "".join(rest).strip(" \t\n،,؛;:.")


AIR_KEY = ("Explosions/Remote violence", "Air/drone strike")
ASIDE_TOKENS = 4   # "، وفق المرصد،"، "، بحسب المصدر ذاته،": a source told in passing


def _aside(ctx: _Ctx, clause: tuple[int, int]) -> bool:
    """Is the clause a short source aside ("، وفق المرصد،"، "، حسب المصدر ذاته،") between an
    event and the clause that tells where it hit?"""
    a, b = clause
    k = bisect_left(ctx.tok_starts, a)
    kb = bisect_left(ctx.tok_starts, b, k)
    return k < ctx.ntok and kb - k <= ASIDE_TOKENS and "speech" in ctx.cls[k]


def _struck_from_air(sent_cands: dict) -> frozenset:
    """The places of the article's air strikes that no shelling with a weapon named is told to
    have hit: where a bare bombardment (قصف) can only be those strikes."""
    air, shelled = set(), set()
    for cands in sent_cands.values():
        for c in cands:
            if c.family == "air":
                air.update(c.places)
            elif c.group == "explosion" and not c.bare:
                shelled.update(c.places)
    return frozenset(air - shelled)


# sites inside a settlement (not settlements themselves, which a coder can locate by name)
_SITE_KINDS = frozenset(("facility", "landmark", "river", "street", "road"))


def _unlocated_sites(ctx: _Ctx, idx: list[int]) -> bool:
    """Are the places all sites the gazetteer cannot place ("كلية المجتمع"، "القصر الرئاسي")?"""
    return bool(idx) and all(ctx.place_kinds[pi] in _SITE_KINDS and _get(ctx.doc.places[pi], "lat") is None
                             for pi in idx)


def _drop_containers(ctx: _Ctx, idx: list[int], listed: frozenset = frozenset()) -> list[int]:
    """The places of an event without those that only contain the others ("حي الميسر في مدينة
    حلب" is al-Maysar). ``listed``: cities named in a list with towns and villages, one
    settlement of the list, not their container ("مستهدفة دوما وحرستا ومسرابا")."""
    if len(idx) <= 1:
        return idx
    cont = ctx.containers
    precise = [pi for pi in idx if pi not in cont or pi in listed]
    if _unlocated_sites(ctx, precise):
        return idx      # "كلية المجتمع في مدينة ذمار": an unlocated site keeps its town on the map
    return precise or idx


def _listed_cities(ctx: _Ctx, ms: list) -> frozenset:
    """The cities among the place mentions ``ms`` (in text order) joined by و to a town or
    village right next to them ("دوما وحرستا"، "حرستا ودوما")."""
    kinds = ctx.place_kinds
    if not any(kinds[pi] in _CITY_KINDS for _s, _e, pi in ms):
        return frozenset()
    starts, prefixes = ctx.tok_starts, ctx.prefixes
    out = set()
    for (s1, e1, p1), (s2, _e2, p2) in zip(ms, ms[1:]):
        k1, k2 = bisect_left(starts, e1), bisect_right(starts, s2) - 1
        if k1 != k2 or not prefixes[k2].startswith("و"):
            continue
        if kinds[p1] in _CITY_KINDS and kinds[p2] in _SETTLEMENTS:
            out.add(p1)
        elif kinds[p2] in _CITY_KINDS and kinds[p1] in _SETTLEMENTS:
            out.add(p2)
    return frozenset(out)


REPORT_DATE_REACH = 7   # "قال مصدر مسؤول في وزارة الداخلية اليوم الثلاثاء": the day of the report


def _report_dates(ctx: _Ctx) -> set:
    """ids of the date mentions that date a statement, not the event: the day next to a verb of
    saying or denying (أعلن الجيش، الاثنين، مقتل ...؛ والأحد أعلن ...؛ نفى الجيش اليوم الأحد)
    with no trigger and no "أن/إن" between them (computed once per document)."""
    got = ctx.__dict__.get("_report")
    if got is not None:
        return got
    got = set()
    sp = ctx.speech_toks
    if sp and ctx.dates:
        tok_starts, words = ctx.tok_starts, ctx.words
        tstarts = ctx.trig_starts
        nsp = len(sp)
        for ds, de, d in ctx.dates:
            td = bisect_left(tok_starts, ds)
            # a verb of saying right after the date: "والأحد أعلن الجيش"
            te = bisect_left(tok_starts, de if isinstance(de, int) else ds, td)
            i = bisect_left(sp, te)
            if (i < nsp and sp[i] <= te + 1
                    and not any(ch in ".\n" for ch in ctx.norm[ds:tok_starts[sp[i]]])):
                got.add(id(d))
                continue
            i = bisect_left(sp, td - REPORT_DATE_REACH)
            if not (i < nsp and sp[i] < td):
                continue
            t = max(x for x in sp[i:bisect_left(sp, td)])
            a, b = tok_starts[t], ds
            if bisect_left(tstarts, b) > bisect_left(tstarts, a):
                continue     # a trigger between: "اعتقلت اليوم"
            if any(w in ("ان", "بان", "انه", "انها") for w in words[t + 1:td]):
                continue     # the content of the statement: "قال إن ... أمس"
            got.add(id(d))
    ctx.__dict__["_report"] = got
    return got


def _assign_date(ctx: _Ctx, cand: _Cand, s0: int, s1: int) -> None:
    """The first resolved date mention in the candidate's segment, else its clause, else its
    sentence — not the day of a statement (:func:`_report_dates`)."""
    starts = ctx.valid_date_starts
    if not starts:
        return
    n = len(starts)
    i = bisect_left(starts, s0)
    if i == n or starts[i] >= s1:
        return      # no date in the sentence (its segment and clause are inside it)
    report = _report_dates(ctx)
    compared = _compared_dates(ctx) if "superlative" in ctx.doc_cls else _EMPTY
    if compared:
        report = report | compared
    dates = ctx.valid_dates
    since = _since_dates(ctx)
    for far, (a, b) in enumerate(((cand.seg_start, cand.seg_end), cand.clause, (s0, s1)), -1):
        i = bisect_left(starts, a)
        while i < n and starts[i] < b:
            if far > 0 and id(dates[i]) in since and _other_clause(ctx, cand, starts[i]):
                i += 1      # "حررت القوات حي X، فيما قتل … منذ انطلاق معركة الموصل قبل نحو
                continue    # ستة أشهر": the start of a running count in a clause of its own
            if id(dates[i]) not in report and not _of_a_place_after(ctx, cand, starts[i]):
                cand.date = dates[i]
                cand.date_far = far > 0 and (a < cand.clause[0] or b > cand.clause[1])
                return
            i += 1
    # only the day of the statement: the event was on that day or before it
    i = bisect_left(starts, s0)
    while i < n and starts[i] < s1 and (id(dates[i]) in compared or _of_a_place_after(ctx, cand, starts[i])
                                        or (id(dates[i]) in since and _other_clause(ctx, cand, starts[i]))):
        i += 1
    if i < n and starts[i] < s1:
        cand.date = dates[i]
        cand.date_report = True


def _other_clause(ctx: _Ctx, cand: _Cand, pos: int) -> bool:
    """Does the date at ``pos`` stand in a clause that a clause word (فيما، بينما، في حين، حيث)
    opened after the candidate's clause, or before it ("…، في حين …")?"""
    c0, c1 = cand.clause
    if c0 <= pos < c1:
        return False
    a, b = (c1, pos) if pos >= c1 else (pos, c0)
    return bool(ctx.mods_in(a, b + 1, "clause"))


PLACE_CLAUSE_REACH = 16  # tokens from the relative word after a place to a date it holds


def _of_a_place_after(ctx: _Ctx, cand: _Cand, pos: int) -> bool:
    """Does the date at ``pos`` stand in a relative clause after the trigger that describes a
    place ("في قصف على حي الوعر الذي ما زال تحت سيطرة مقاتلي المعارضة منذ ستة اشهر": the
    quarter held for six months, not the day of the shelling)? A relative right after the
    trigger itself ("الغارات التي شنها الطيران يوم الجمعة") still dates the event."""
    if pos < cand.trig_end or "relative" not in ctx.doc_cls:
        return False
    kd = ctx.tok_at(pos)
    cls, ends, words = ctx.cls, ctx.tok_ends, ctx.words
    for k in range(kd - 1, max(cand.tok_j, kd - PLACE_CLAUSE_REACH), -1):
        if "relative" in cls[k]:
            # the place right before it, or before its definite adjectives ("حي الوعر الوحيد الذي")
            for j in range(k - 1, max(cand.tok_j, k - 3), -1):
                e = ends[j]
                if any(m[1] == e for m in ctx.places_in(ctx.tok_starts[max(0, j - 4)], e)):
                    return True
                if not words[j].startswith("ال"):
                    return False
            return False
    return False


_SINCES = frozenset(("since", "since_start"))
SINCE_DATE_REACH = 8    # tokens from a since to the date it names ("منذ انطلاقة الثورة السورية
#                         في مارس من العام 2011م")


def _since_dates(ctx: _Ctx) -> set:
    """ids of the date mentions a since names ("منذ انطلاق معركة الموصل قبل نحو ستة أشهر"، not
    "منذ صباح اليوم"): when a count or a campaign began (computed once per document)."""
    got = ctx.__dict__.get("_since_dates")
    if got is not None:
        return got
    got = set()
    short = {h[0] for h in ctx.mods_by_cls.get("since_short", ((), ()))[0]}
    if ctx.dates:
        for c in _SINCES:
            for h in ctx.mods_by_cls.get(c, ((), ()))[0]:
                if h[0] not in short:
                    got.update(_dates_of_since(ctx, h))
    ctx.__dict__["_since_dates"] = got
    return got


def _dates_of_since(ctx: _Ctx, h) -> list[int]:
    """ids of the date mentions within :data:`SINCE_DATE_REACH` tokens of since cue ``h``, in
    its sentence (from the since's own start: "منذ نحو 3 سنوات" is one date mention)."""
    end = ctx.tok_ends[min(ctx.ntok - 1, h[2] + SINCE_DATE_REACH)]
    cut = ctx.norm.find(".", h[1], end)
    if cut >= 0:
        end = cut
    dstarts = ctx.date_starts
    return [id(ctx.dates[k][2]) for k in range(bisect_left(dstarts, h[0]), bisect_left(dstarts, end))]


def _compared_dates(ctx: _Ctx) -> set:
    """ids of the date mentions of a since that a superlative compares with ("الأولى من نوعها
    … منذ انطلاقة الثورة السورية في مارس من العام 2011م"): the start of the war, not the day
    of the event."""
    got = ctx.__dict__.get("_compared_dates")
    if got is not None:
        return got
    got = set()
    if ctx.dates:
        for c in _SINCES:
            for h in ctx.mods_by_cls.get(c, ((), ()))[0]:
                if _compared(ctx, h):
                    got.update(_dates_of_since(ctx, h))
    ctx.__dict__["_compared_dates"] = got
    return got


HELD_SINCE_REACH = 4   # tokens from a verb of taking to the since before its على


def _held_since(ctx: _Ctx, k0: int) -> bool:
    """"وسيطر تنظيم داعش منذ صيف 2014 على أجزاء واسعة": a since (not "منذ صباح اليوم") between
    a verb of taking (its tokens end before ``k0``) and its على tells a hold kept since then,
    not a taking of the report."""
    cls, words = ctx.cls, ctx.words
    for k in range(k0, min(ctx.ntok, k0 + HELD_SINCE_REACH)):
        if words[k].startswith("علي"):
            return False
        if "since" in cls[k]:
            return "since_short" not in cls[k]
    return False


def _since_before(ctx: _Ctx, s0: int, pos: int) -> bool:
    """Is a "since" (منذ الرابع من نيسان، منذ حينها) before ``pos`` in its sentence (starting at
    ``s0``), with no word of contrast after it? "منذ صباح اليوم" is today's toll, not a running
    total."""
    got = ctx.__dict__.get("_since")
    if got is None:
        by = ctx.mods_by_cls.get("since")
        if by is None:
            got = []
        else:
            short = {h[0] for h in ctx.mods_by_cls.get("since_short", ((), ()))[0]}
            got = [h[0] for h in by[0] if h[0] not in short]
        ctx.__dict__["_since"] = got
    if not got:
        return False
    i = bisect_left(got, s0)
    if not (i < len(got) and got[i] < pos):
        return False
    # "وغدا الطريق في مرمى قوات الأسد منذ فترة، بينما يشهد مخيم حندرات اشتباكات": a word of
    # contrast after the last since opens a clause that the since does not govern
    if "contrast" not in ctx.doc_cls:
        return True
    st = ctx.tok_starts
    cls = ctx.cls
    for k in range(bisect_right(st, got[bisect_left(got, pos) - 1]), bisect_left(st, pos)):
        if "contrast" in cls[k]:
            return False
    return True


LEAD_SENTENCES = 2   # the headline and the lead: where an article gives the day it reports


def _lead_date(ctx: _Ctx):
    """The day the article reports, when its lead gives it in full ("تعرضت أحياء مدينة حلب
    الثلاثاء 25 تشرين الأول/أكتوبر 2016 لقصف"، "ارتكب الطيران عصر اليوم الأحد 21 آب 2016"): the
    first resolved date of the first sentences, of a day's precision and an explicit year."""
    got = ctx.__dict__.get("_lead", _MISSING)
    if got is not _MISSING:
        return got
    got = None
    d = _first_lead_day(ctx)
    if (d is not None and _attr1(d, "kind") in (None, "explicit")
            and re.search(r"\d{4}", str(_attr1(d, "text") or ""))
            and not _since_before(ctx, ctx.doc.sentences[0][0], ctx.valid_date_starts[0])):
        got = d
    ctx.__dict__["_lead"] = got
    return got


def _first_lead_day(ctx: _Ctx):
    """The first resolved date of the article when it stands in the lead sentences and gives a
    day ("اليوم الأحد"، "الثلاثاء 25 تشرين الأول/أكتوبر 2016"), else None."""
    sents = ctx.doc.sentences
    if not ctx.valid_dates or not sents:
        return None
    end = sents[min(LEAD_SENTENCES, len(sents)) - 1][1]
    d = ctx.valid_dates[0]
    if ctx.valid_date_starts[0] >= end or _attr1(d, "precision") != "day":
        return None
    return d


SUPERLATIVE_REACH = 12   # tokens from a superlative to its since ("وهو الأكبر في مدينة القامشلي
#                          ذات الغالبية الكردية في شمال سوريا منذ بدء النزاع")


def _compared(ctx: _Ctx, hit: tuple) -> bool:
    """Does a superlative in its sentence come shortly before the since cue ``hit``
    ("التفجير … وهو الأكبر في المدينة منذ بدء النزاع")? The event is then compared with the
    whole war, not a running total."""
    if "superlative" not in ctx.doc_cls:
        return False
    k = hit[2]
    cls, norm, starts, ends = ctx.cls, ctx.norm, ctx.tok_starts, ctx.tok_ends
    for j in range(k - 1, max(-1, k - 1 - SUPERLATIVE_REACH), -1):
        if "superlative" in cls[j]:
            return True
        if "." in norm[ends[j]:starts[j + 1]]:
            return False
    return False


def _is_background(ctx: _Ctx, cand: _Cand) -> bool:
    c0, c1 = cand.clause
    i = cand.tok_i      # (_where_since asks only of a trigger right after بعد)
    if i >= 1 and ctx.words[i - 1] in ("بعد", "وبعد") and _where_since(ctx, cand):
        return True
    if "background" in ctx.mods_by_cls and ctx.has_mod(c0, c1, "background"):
        # "غارات استهدفت مقر X الذي استولت عليه قوات Y في يونيو من العام الماضي": a past told
        # in a relative clause after the trigger describes the target, not the event
        cls, te = ctx.cls, cand.tok_j
        for h in ctx.mods_in(c0, c1, "background"):
            k = h[2]
            # ("لغم أرضي كان قد زرعه التنظيم في وقت سابق": the same without its pronoun)
            if not (te <= k and any("relative" in cls[j] or "pluperfect" in cls[j]
                                    for j in range(te, k))) and not _earlier_on_day(ctx, h):
                return True
    # "ومنذ الرابع من نيسان تشن قوات حفتر هجوما": a campaign told since a date, not one event
    if "since" in ctx.mods_by_cls:
        s0 = ctx.sent_starts[cand.sent] if cand.sent < len(ctx.sent_starts) else c0
        if _since_before(ctx, s0, cand.trig_start):
            return True
        if cand.family == "territory" and cand.pos == "v" and _held_since(ctx, cand.tok_j + 1):
            return True
    # "وثقت مقتل ألفين و704 مدنيين …؛ وذلك منذ بدء التدخل الروسي": a running total
    if "since_start" in ctx.mods_by_cls:
        s1 = ctx.doc.sentences[cand.sent][1] if cand.sent < len(ctx.doc.sentences) else c1
        if any(not _compared(ctx, h) for h in ctx.mods_in(cand.trig_start, s1, "since_start")):
            return True
    if cand.date is not None and _attr1(cand.date, "precision") == "year":
        # "وشنت القوات الصومالية هجوماً هذا العام": what is dated by a whole year is a campaign
        # or history told in passing, not an event of the report
        return True
    pub = ctx.doc.published
    if cand.date is not None and pub is not None:
        # a lead that gives its day in full dates the report (a page may be posted later)
        lv = ctx.__dict__.get("_lead_day", _MISSING)
        if lv is _MISSING:
            lead = _lead_date(ctx)
            lv = ctx.__dict__["_lead_day"] = _as_date(_attr1(lead, "value")) if lead is not None else None
        if lv is not None and lv <= pub:
            pub = lv
        d = cand.date
        hi = ctx._date_high.get(id(d), _MISSING)
        if hi is _MISSING:
            hi = ctx._date_high[id(d)] = _as_date(_attr1(d, "high")) or _as_date(_attr1(d, "value"))
        if hi is not None and (pub - hi).days > BACKGROUND_DAYS:
            return True
    return False


def _earlier_on_day(ctx: _Ctx, h) -> bool:
    """"في وقت سابق اليوم"، "في وقت سابق من الجمعة": earlier on a day the text names (a date
    mention right after the phrase, or after من) is the report's own day, not history."""
    e = h[1]
    if not ctx.norm[h[0]:e].endswith("سابق"):
        return False
    k = bisect_left(ctx.date_starts, e)
    return k < len(ctx.dates) and ctx.norm[e:ctx.dates[k][0]].strip() in ("", "من")


def _where_since(ctx: _Ctx, cand: _Cand) -> bool:
    """"إلى منطقة X، حيث يتمركز مقاتلو Y، بعد سيطرتهم على معسكرات الجيش": a masdar after بعد
    that follows a حيث clause telling where a side stands (حيث + a verb of being stationed:
    يتمركز، يتحصن، ينتشر) tells how it came to stand there, earlier: background."""
    i = cand.tok_i
    words = ctx.words
    if i < 1 or words[i - 1] not in ("بعد", "وبعد"):
        return False
    k = bisect_left(ctx.tok_starts, cand.clause[0])
    if k == i - 1:
        prev = _clause_before(ctx, cand.clause[0])
        if prev is None:
            return False
        k = bisect_left(ctx.tok_starts, prev[0])
    return (k + 1 < i - 1 and words[k] in ("حيث", "وحيث") and "clause" in ctx.cls[k]
            and "stationed" in ctx.cls[k + 1])


def _rioting(ctx: _Ctx, c0: int, c1: int, s0: int, s1: int) -> bool:
    """Is the protest told in clause [c0, c1) of sentence [s0, s1) a violent demonstration?
    Demonstrators throwing stones, burning or vandalising in its sentence ("رشقوا قوات الأمن
    بالحجارة"، "خربوا مقرات"), a clash or storming in its clause ("مواجهات عنيفة مع
    متظاهرين"), or a sentence whose dead are all members of the state's forces ("قتل ثلاثة من
    جنود الجيش … خلال تظاهرة")."""
    if "riot_act" in ctx.doc_cls and _riot_act_in(ctx, s0, s1):
        return True
    if "rioter" in ctx.doc_cls:
        for h in ctx.triggers_in(c0, c1):
            if h.pat.row["family"] == "clash" and _demonstrators_fight(ctx, h, c0, c1):
                return True
    dead = _killed_items(ctx, s0, s1)
    return bool(dead) and all(_attr1(c, "group") == "combatants" and _attr1(c, "side") == "government"
                              for c in dead)


def _demonstrators_fight(ctx: _Ctx, h: _Hit, c0: int, c1: int) -> bool:
    """Do demonstrators take part in the clash or storming of trigger ``h`` (clause [c0, c1))?
    A fight between two sides names them anywhere in its clause ("مواجهات دامية بين مشاغبين
    ورجال الأمن"); a storming only as its doer, right after the verb ("اقتحم متظاهرون مركزي
    شرطة", not "اقتحمت قوات الأمن الاعتصام وفرقت المتظاهرين"). Force used on them alone
    (تفريق، الرصاص الحي) with no act of theirs (riot_act) keeps it a protest met by force."""
    if not ctx.has_mod(c0, c1, "rioter"):
        return False
    if "storming" in ctx.cls[h.i]:
        j = h.i + h.n
        if not any("rioter" in ctx.cls[k] for k in range(j, min(j + 2, ctx.ntok))):
            return False
    return _riot_act_in(ctx, c0, c1) or not (ctx.has_mod(c0, c1, "protest_force")
                                            or ctx.has_mod(c0, c1, "protest_intervention"))


def _crowd_held(ctx: _Ctx, h: _Hit) -> bool:
    """Does a territory trigger of the sentence of ``h`` (``h`` itself or another) have
    demonstrators right after it, as its doers ("سيطرة متظاهرين على جسري النصر")?"""
    s0, s1 = ctx.doc.sentence_of(h.start)
    cls, n = ctx.cls, ctx.ntok
    return any(t.pat.row["family"] == "territory" and t.i + t.n < n and "rioter" in cls[t.i + t.n]
               for t in ctx.triggers_in(s0, s1))


COMMUNAL_REACH = 5     # tokens after "بين" that name the two peoples of a communal fight


def _communal_fight(ctx: _Ctx, c0: int, c1: int) -> bool:
    """Is the clash of clause [c0, c1) a fight "between" peoples, faiths or crowds of young men
    (community words within a few tokens after بين), with no armed party named there and no
    gunmen nor exchange of fire in its sentence ("مواجهات بين شبان مسلمين ومسيحيين"، "المواجهات
    الاتنية بين العرب والامازيغ")?"""
    for h in ctx.mods_in(c0, c1, "between"):
        k = bisect_left(ctx.tok_starts, h[1])
        ke = min(ctx.ntok, k + COMMUNAL_REACH)
        if not any("community" in ctx.cls[j] for j in range(k, ke)):
            continue
        if ctx.parties_in(h[1], ctx.tok_ends[ke - 1]):
            return False
        s0, s1 = ctx.doc.sentence_of(c0)
        return not (ctx.has_mod(s0, s1, "gunmen") or ctx.has_mod(s0, s1, "exchange"))
    return False


def _crowd_fight(ctx: _Ctx, h: _Hit, c0: int) -> bool:
    """Is the confrontation or storming ``h`` (its clause from ``c0``) a street fight? Its
    article names the arms of riot police (crowd_means: gas and sound grenades; rubber bullets)
    or of a crowd (crowd_arms: stones, petrol bombs, fireworks; a storming asks for these), and
    its sentence no gunmen nor an exchange of fire ("مواجهات بين مسلحين وقوات الأمن"، "تبادل
    لإطلاق النار")."""
    if "crowd_arms" not in ctx.doc_cls and ("storming" in ctx.cls[h.i] or not (
            "crowd_means" in ctx.doc_cls or "rubber" in ctx.doc_cls)):
        return False
    s0, s1 = ctx.doc.sentence_of(c0)
    return not (ctx.has_mod(s0, s1, "gunmen") or ctx.has_mod(s0, s1, "exchange"))


def _storming_a_protest(ctx: _Ctx, h: _Hit, c0: int, c1: int) -> bool:
    """Is the storming of trigger ``h`` (clause [c0, c1)) done to a protest? Its clause names a
    sit-in or its people ("اقتحام وإخلاء ساحة الاعتصام"), or names demonstrators, not as the
    storming's doer, with people killed or force used on them in it ("مقتل 20 متظاهرا فى اقتحام
    الجيش لساحة تعز"). Demonstrators who storm (:func:`_demonstrators_fight`) are read first."""
    if "sit_in" in ctx.doc_cls and ctx.has_mod(c0, c1, "sit_in"):
        return True
    if "rioter" not in ctx.doc_cls or not ctx.has_mod(c0, c1, "rioter"):
        return False
    return _killed_in(ctx, c0, c1) or ctx.has_mod(c0, c1, "protest_force") \
        or ctx.has_mod(c0, c1, "protest_intervention")


def _riot_act_in(ctx: _Ctx, start: int, end: int) -> bool:
    """Do demonstrators throw stones, burn or vandalise in [start, end)? An act whose object
    names them is done to them ("أشعلوا النار في خيام المتظاهرين": gunmen burning the tents)."""
    by = ctx.mods_by_cls.get("riot_act")
    if by is None:
        return False
    hits, starts = by
    cls = ctx.cls
    words = ctx.words
    for _s, e, k in hits[bisect_left(starts, start):bisect_left(starts, end)]:
        if e <= end and not any("rioter" in cls[j] and not words[j].endswith("ون")
                                for j in range(k + 1, min(k + 1 + RIOT_OBJECT_REACH, ctx.ntok))):
            return True     # (a rioter word in the nominative after the act is its doer:
            # "إضرام متظاهرون عراقيون النيران في القنصلية")
    return False


def _killed_at(ctx: _Ctx) -> tuple[list[int], list]:
    """The killed casualty items by where they are mentioned: (sorted starts, the item at each),
    built once per article."""
    got = ctx.__dict__.get("_killed_at")
    if got is None:
        pairs = sorted(((s, i, c) for i, c in enumerate(ctx.doc.casualties or ())
                        if _attr1(c, "kind") == "killed" for s, _e in _ranges(c)),
                       key=lambda x: (x[0], x[1]))
        got = ctx.__dict__["_killed_at"] = ([p[0] for p in pairs], [p[2] for p in pairs])
    return got


def _killed_items(ctx: _Ctx, s0: int, s1: int) -> list:
    """The killed casualty items mentioned in [s0, s1) (an item mentioned twice, twice)."""
    starts, items = _killed_at(ctx)
    return items[bisect_left(starts, s0):bisect_left(starts, s1)]


def _dead_by_means(ctx: _Ctx, h: _Hit, c0: int, k0: int) -> list:
    """"قتل قيادي في الحشد الشعبي (…)، برصاص قناص": gunfire opening its clause with ب is the
    means of the killing told before the comma in its sentence: that killing's dead."""
    if h.i != k0 or not ctx.prefixes[h.i].startswith("ب"):
        return []
    return _killed_items(ctx, ctx.doc.sentence_of(c0)[0], c0)


def _killed_in(ctx: _Ctx, s0: int, s1: int) -> bool:
    """Does the sentence tell people killed (a killed casualty item mentioned in it)? In a
    protest sentence that is lethal force ("قتل متظاهران بعد أن أطلقت قوات الأمن قنابل الغاز")."""
    starts = _killed_at(ctx)[0]
    i = bisect_left(starts, s0)
    return i < len(starts) and starts[i] < s1


def _hurt_in(ctx: _Ctx, s0: int, s1: int) -> bool:
    """Does the sentence tell people killed or injured?"""
    if _killed_in(ctx, s0, s1):
        return True
    for c in ctx.doc.casualties or ():
        if _attr1(c, "kind") in ("injured", "casualties") and any(s0 <= a < s1 for a, _b in _ranges(c)):
            return True
    return False


def _killed_top(c) -> bool:
    if isinstance(c, dict):
        return _attr1(c, "kind") == "killed" and _attr1(c, "part_of") is None
    return getattr(c, "kind", None) == "killed" and getattr(c, "part_of", None) is None


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
    if not sent_cands:
        return
    untouched = _no_toll(ctx, sent_cands)
    if not doc.casualties:
        for k in untouched:
            k.fatalities = 0
        return
    starts = ctx.sent_starts
    for ci, c in enumerate(doc.casualties):
        options = []
        for pos, _e in _ranges(c):
            si = bisect_right(starts, pos) - 1
            if si >= 0 and _since_before(ctx, starts[si], pos):
                continue   # "ومنذ حينها أسفرت الاشتباكات عن سقوط نحو 600 قتيل": a running total
            for k in sent_cands.get(si) or ():
                if untouched and k in untouched:
                    continue   # "دون أنباء عن إصابات": no figure of another clause is its toll
                d = min(abs(pos - k.trig_start), abs(pos - k.trig_end))
                options.append((d, k))
        if not options:
            continue
        fams = CAUSE_FAMILIES.get(str(_attr1(c, "cause") or ""), set())
        # "اعتداء مماثل ... أسفر عن استشهاد 3": a similar incident is of the kind told before it
        fitting = [o for o in options if o[1].family in fams or (fams and o[1].family == "similar")]
        best = min(fitting or options, key=_BY_START)[1]
        best.casualties.append(ci)
    for cands in sent_cands.values():
        for k in cands:
            tot = None
            for ci in k.casualties:
                c = doc.casualties[ci]
                n = _attr1(c, "count")
                if _killed_top(c) and isinstance(n, int):
                    tot = (tot or 0) + n
            k.fatalities = 0 if untouched and k in untouched else tot


def _no_toll(ctx: _Ctx, sent_cands: dict[int, list[_Cand]]) -> list[_Cand]:
    """The candidates a "no casualties" phrase ("دون أنباء عن إصابات"، "لم تسفر عن إصابات") is
    told of: for each phrase, the last candidate whose trigger stands before it in its sentence."""
    by = ctx.mods_by_cls.get("no_toll")
    if by is None:
        return []
    out = []
    starts = ctx.sent_starts
    for pos, _e, _k in by[0]:
        si = bisect_right(starts, pos) - 1
        best = None
        for k in sent_cands.get(si) or ():
            if k.trig_start < pos and (best is None or k.trig_start > best.trig_start):
                best = k
        if best is not None and best not in out:
            out.append(best)
    return out


SPLIT_REACH = 60   # characters from a toll to the place it is told at ("... في قرية بليون")


def _split_by_place(ctx: _Ctx, sent_cands: dict[int, list[_Cand]]) -> None:
    """"مقتل تسعة مدنيين في قرية بليون وأربعة مدنيين في قرية البارة": one strike told with a toll
    for each of its villages is one event per village. Split only when every precise place of
    the candidate gets its own killed toll, each told right before it."""
    doc = ctx.doc
    cont = ctx.containers
    for si, cands in sent_cands.items():
        extra = []
        for k in cands:
            if not k.casualties or len(k.places) < 2:
                continue
            precise = [pi for pi in k.places if pi not in cont]
            if len(precise) < 2:
                continue
            # each casualty item -> the first precise place mentioned after it, within reach
            by_place: dict[int, list[int]] = {}
            ok = True
            unplaced: list[int] = []
            toll_start = None
            for ci in k.casualties:
                rs = _ranges(doc.casualties[ci])
                if not rs:
                    ok = False
                    break
                e = rs[0][1]
                got = None
                for s_, e_, pi in ctx.places_in(e, e + SPLIT_REACH):
                    if pi in precise:
                        got = pi
                        break
                if got is None:
                    unplaced.append(ci)
                    continue
                if toll_start is None:
                    toll_start = rs[0][0]
                by_place.setdefault(got, []).append(ci)
            if not ok or not by_place:
                continue
            if unplaced or set(by_place) != set(precise):
                _split_told_after(ctx, k, precise, by_place, unplaced, toll_start, extra)
                continue
            if not all(any(_killed_top(doc.casualties[ci]) for ci in cis) for cis in by_place.values()):
                continue
            first = True
            for pi in precise:
                t = k if first else _clone(k)
                t.places = [pi]
                t.casualties = by_place[pi]
                tot = None
                for ci in t.casualties:
                    c = doc.casualties[ci]
                    n = _attr1(c, "count")
                    if _killed_top(c) and isinstance(n, int):
                        tot = (tot or 0) + n
                t.fatalities = tot
                if not first:
                    t.another = True
                    extra.append(t)
                first = False
        cands.extend(extra)


def _split_told_after(ctx: _Ctx, k: _Cand, precise: list, by_place: dict, unplaced: list,
                      toll_start: int, extra: list) -> None:
    """"القصف استهدف أحياء A وB وC وD، مشيرا إلى مقتل شخصين في A": a killed toll told after the
    whole place list at only some of its places is a strike of its own at each of them; the
    rest of the list (two places at least) is the strike with no toll told (figures with no
    place stay with it)."""
    doc = ctx.doc
    rest = [pi for pi in precise if pi not in by_place]
    if len(rest) < 2 or not all(any(_killed_top(doc.casualties[ci]) for ci in cis)
                                for cis in by_place.values()):
        return
    # the toll comes after every place of the list is told
    s0, s1 = doc.sentence_of(k.seg_start)
    seen = set()
    for s_, _e, pi in ctx.places_in(s0, s1):
        if pi in precise and pi not in seen:
            seen.add(pi)
            if s_ >= toll_start:
                return
    for pi, cis in by_place.items():
        t = _clone(k)
        t.places = [pi]
        t.casualties = cis
        t.fatalities = _killed_total(doc, cis)
        t.another = True
        extra.append(t)
    k.places = [pi for pi in k.places if pi not in by_place]
    k.casualties = unplaced
    k.fatalities = _killed_total(doc, unplaced)


def _killed_total(doc, cis: list):
    tot = None
    for ci in cis:
        c = doc.casualties[ci]
        n = _attr1(c, "count")
        if _killed_top(c) and isinstance(n, int):
            tot = (tot or 0) + n
    return tot


LOCALITY_HEADS = frozenset({"مدينه", "بلده", "قريه", "ناحيه"})


def _locality_head(ctx: _Ctx, pos: int) -> bool:
    """Is a singular locality head (مدينة، بلدة، قرية، ناحية; clitics off) the first token of the
    place mention at ``pos``, or the token right before it?"""
    starts = ctx.tok_starts
    k = bisect_right(starts, pos) - 1          # the token holding pos ("لمدينة": mid-token)
    if k < 0:
        return False
    words, prefixes = ctx.words, ctx.prefixes
    w = words[k]
    if w[len(prefixes[k]):] in LOCALITY_HEADS or w[pos - starts[k]:] in LOCALITY_HEADS:
        return True
    if starts[k] == pos and k > 0:
        w = words[k - 1]
        return w[len(prefixes[k - 1]):] in LOCALITY_HEADS
    return False


# what stands between a place and the unit named right after it to locate it: "قرية بربانة في
# ناحية راجو"، "قرية قره تبه التابعة لمدينة عفرين"، "بلدة كفرنبودة بمنطقة راجو" (ة -> ه)
_LOCATOR_GAP = re.compile(r"[ ]*(?:في[ ]+|ب|(?:ال)?(?:تابع|واقع)ه?[ ]+(?:ل|الى[ ]+|في[ ]+|ب))")


def _split_by_heads(ctx: _Ctx, sent_cands: dict[int, list[_Cand]]) -> None:
    """"إثر استهدافها لمدينة معرة النعمان وبلدة سراقب، وبلدة سرمدا": a strike whose object (after
    the trigger) is a list of towns, each named with its own head (مدينة/بلدة/قرية), is one strike
    per town (the neighbourhoods of one city, "أحياء الفردوس والسكري"، "مدن وبلدات X وY", or towns
    told before it as its subject, "تعرضت بلدة حيان ومدينة عندان لقصف", stay one event).
    The toll told with it stays with the first town."""
    cont = ctx.containers
    doc = ctx.doc
    for si, cands in sent_cands.items():
        extra = []
        s0, s1 = doc.sentences[si]
        for k in cands:
            if k.group != "explosion" or len(k.places) < 2 or k.another:
                continue
            precise = [pi for pi in k.places if pi not in cont]
            if len(precise) < 2:
                continue
            first_at = {}
            locators = set()
            prev_end = None
            for ms, me, pi in ctx.places_in(s0, s1):
                if pi in precise and pi not in first_at:
                    if ms < k.trig_end:
                        break          # "تعرضت بلدة حيان ومدينة عندان لقصف": the subject, one event
                    first_at[pi] = ms
                    if prev_end is not None and _LOCATOR_GAP.fullmatch(ctx.norm, prev_end, ms):
                        locators.add(pi)   # "قرية بربانة في ناحية راجو": where the village is
                    prev_end = me
            if len(first_at) != len(precise) or not all(_locality_head(ctx, first_at[pi]) for pi in precise):
                continue
            if locators:
                precise = [pi for pi in precise if pi not in locators]
                if len(precise) < 2:
                    continue
            keep = [pi for pi in k.places if pi in cont or pi in locators]
            for n, pi in enumerate(precise):
                if n == 0:
                    k.places = keep + [pi]
                    continue
                t = _clone(k)
                t.places = keep + [pi]
                t.casualties = []
                t.fatalities = None
                t.another = True
                extra.append(t)
        cands.extend(extra)


def _clone(k: _Cand) -> _Cand:
    t = object.__new__(_Cand)
    t.__dict__.update(k.__dict__)
    t.sources = list(k.sources)
    t.merged = []
    return t


def find_events(doc) -> None:
    """Fill ``doc.events`` with :class:`Event` objects (see the module notes)."""
    doc.events = []
    if not doc.norm or not doc.sentences:
        return
    ctx = _Ctx(doc)
    # paragraphs: sentences separated by a line break
    para, p = [], 0
    norm = ctx.norm
    prev_end = None
    for s0, s1 in doc.sentences:
        if prev_end is not None and norm.find("\n", prev_end, s0) >= 0:
            p += 1
        para.append(p)
        prev_end = s1
    ctx.para_of = para

    ctx.sent_starts = list(map(_FIRST, doc.sentences))
    sent_cands: dict[int, list[_Cand]] = {}
    suicide_sents, title_suicide = _suicide_cues(ctx)
    last_date = None
    for si, (s0, s1) in enumerate(doc.sentences):
        if (si == 0 and len(doc.sentences) > 1 and doc.title
                and _title_norm(ctx) == doc.norm[s0:s1].strip()
                and not _lead_line(doc.norm[s0:s1])):
            continue   # the headline sums up what the body tells (a lone sentence is all there is)
        if _caption(ctx.norm, s0, s1):
            continue   # "من مشاهد القصف على X اليوم (فلان/الأناضول)": a photo caption
        nd = len(ctx.dead)
        cands = _build_candidates(ctx, si, s0, s1)
        if not cands:
            continue
        for ci, c in enumerate(cands):
            _assign_places(ctx, c)
            if ci and not c.places:
                if _there(ctx, c, s1):
                    # "سيطرت على قرية منغ ...، شنت خلالها الطائرات غارات على مواقع الثوار هناك"
                    prev = next((p for p in reversed(cands[:ci]) if p.own_places), None)
                    if prev is not None:
                        c.places = list(prev.places)
                else:
                    # "سيطرت على بلدة تل رفعت في ريف حلب، ... غارة على مواقع المقاتلين في
                    # البلدة": the town named before, not the sentence's nearest place
                    pi = _definite_place(ctx, c, si, cands[ci + 1].seg_start if ci + 1 < len(cands) else s1)
                    if pi is not None:
                        c.places = [pi]
        _distribute_places(ctx, cands, s0, s1, ctx.dead[nd:])
        for ci, c in enumerate(cands):
            if not c.places:
                # (the words up to the next candidate may hold it: "قصف عربة تموين …، جنوب
                # المدينة")
                pi = _definite_place(ctx, c, si, cands[ci + 1].seg_start if ci + 1 < len(cands) else s1,
                                     located=True)
                if pi is not None:
                    c.places = [pi]
                elif ci and _amid_fighting(ctx, c):
                    # "سيطرت على قرية X، في مواجهات شهدت تفجير عربة مفخخة": what the fighting
                    # told just before saw happened where that fighting was
                    prev = next((p for p in reversed(cands[:ci]) if p.places), None)
                    if prev is not None:
                        c.places = list(prev.places)
            _assign_actors(ctx, c, s0)
            _assign_date(ctx, c, s0, s1)
            if c.date is None and last_date is not None and ctx.has_mod(s0, c.trig_start, "sequel"):
                c.date = last_date     # "تبع ذلك مداهمة أخرى": the day of the event before
            if c.date is not None:
                last_date = c.date
            c.background = _is_background(ctx, c)
            c.sources = sources_of(doc, c.trig_start, c.trig_end)
            # "شنوا الهجوم بسيارة مفخخة وبمشاركة انتحاريين"، "في الهجوم" under a headline
            # "هجوم انتحاري": the attack is the suicide bombing
            if c.generic and (si in suicide_sents or (title_suicide and c.anaphoric)):
                c.event_type, c.sub_type, c.family, c.group = SUICIDE
        sent_cands[si] = _merge_in_sentence(ctx, cands)
    _assign_casualties(ctx, sent_cands)
    _split_by_place(ctx, sent_cands)
    _split_by_heads(ctx, sent_cands)

    events: list[Event] = []
    background: list[Event] = []
    last_by_sub: dict[tuple[str, str], Event] = {}
    keys: dict[int, frozenset] = {}
    told_again: dict[int, Event] = {}     # sentence -> the battle event a re-mention in it joined
    with_battle: list[tuple[Event, Event]] = []
    struck = _struck_from_air(sent_cands)
    for si in sorted(sent_cands):
        for c in sent_cands[si]:
            if c.family == "similar":
                # "غداة مقتل أربعة أشخاص في اعتداءات مماثلة": a new incident of the kind told last
                if not events:
                    continue
                last = events[-1]
                c.event_type, c.sub_type, c.family = last.event_type, last.sub_event_type, last.family
                c.another = True
            elif c.generic and c.another and events and events[-1].event_type != "Battles":
                # "قتلت طفلة في بلدة الغنطو القريبة بهجوم مماثل" after an air strike: a similar
                # attack is another one of the kind told last
                last = events[-1]
                c.event_type, c.sub_type, c.family = last.event_type, last.sub_event_type, last.family
                c.generic = False
            if c.pointed and not c.another and not c.background:
                host = next((e for e in reversed(events) if e.event_type == c.event_type
                             or (c.predicated and c.generic)), None)
                if host is not None:
                    # "وتأتي هذه المعارك بعد يومين من إعلان …" after the fighting told: that
                    # fighting, not a new event at the places of the sentence
                    _absorb(ctx, host, c, sources=False)
                    continue
            if (c.group == "explosion" and not c.own_places and not c.another
                    and "weapons_of" in ctx.doc_cls and _weapons_of_fighting(ctx, c)):
                # "اشتباكات مسلحة في حي الشراونة …، استخدمت فيها الأسلحة الرشاشة والقذائف
                # الصاروخية": the fire of the fighting told before it, no event of its own
                continue
            if (c.anaphoric and not c.bare and not c.own_places and c.actor1 is None
                    and c.family == "shelling" and not c.another):
                host = _last_explosion_event(events)
                if host is not None and host.sub_event_type == AIR_KEY[1]:
                    # "وأضاف أن أحد الصواريخ سقط على مدخل المدرسة" after the air strikes on the
                    # village: the definite weapon, with no place or doer of its own, is theirs
                    _absorb(ctx, host, c, sources=False)
                    continue
            if (c.bare and (c.anaphoric or c.actor1 is None) and c.family == "shelling" and c.places
                    and _last_explosion(events) == AIR_KEY):
                # "وطال القصف مناطق X"، "في قصف على مدرسة X" after air strikes: a bombardment
                # told with no weapon, aircraft or actor of its own (or a definite one pointing
                # back) is the air bombardment the article tells
                c.event_type, c.sub_type, c.family = AIR_KEY[0], AIR_KEY[1], "air"
            elif (c.bare and c.actor1 is None and c.family == "shelling" and struck
                    and not struck.isdisjoint(c.places)):
                # "مقتل 616 شخصا في قصف لمجلس عزاء بصنعاء" over "في غارات جوية" on Sanaa: a bare
                # bombardment of a place only air strikes are told to have hit is those strikes
                c.event_type, c.sub_type, c.family = AIR_KEY[0], AIR_KEY[1], "air"
            if (c.generic and c.anaphoric and not c.own_places and c.family == "clash"
                    and not c.another and events
                    and (c.event_type, c.sub_type) not in last_by_sub
                    and any(e.event_type != c.event_type for e in events)
                    and not any("relative" in x for x in ctx.cls[c.tok_j:c.tok_j + 3])):
                # "بلغ عدد القتلى عشرين في الهجومين"، "اتهمت التحالف بشن الهجومين" after a
                # strike and a shelling: a definite attack noun with no place of its own points
                # back to the events told before it; it is not a new clash ("خلال الهجوم
                # المعاكس الذي شنته قوات المعارضة" describes an attack of its own)
                continue
            if (c.generic and c.family == "clash" and not c.own_places and c.actor1 is None
                    and _tally(ctx, c)):
                # "أعلن التحالف تعرض السعودية لـ 16 هجوما عدائيا": a count of attacks with no
                # attacker and no place of its own is a tally, not one event
                continue
            if (c.generic and c.family == "clash" and not c.another and not c.own_places
                    and any(o.group == "explosion" and o.trig_start < c.trig_start
                            for o in sent_cands[si])):
                # "لقصف صاروخي روسي أسفر عن مقتل شخصين، في هجوم نددت فيه الرئاسة": an attack
                # noun with no place of its own told after a strike in its sentence is that strike
                continue
            if (c.generic and c.family == "clash" and c.actor1 is None and not c.another
                    and (_battle_told(ctx) is False
                         or any(o.family == "air" for o in sent_cands[si]))):
                # "نفت أي علاقة لها بهجوم قيل إنه أودى بحياة 27 شخصا" in an article about a
                # strike (from the air, by shells or missiles, a bombing) and no fighting: an
                # attack noun with no attacker is that strike again;
                # so is one whose sentence tells an air strike ("ووقع أعنف هجوم في حي الجرف حيث
                # استهدفت الطائرات الحربية منزل الشامي")
                continue
            if c.generic and c.family == "clash" and c.anaphoric and not c.another and c.places:
                # "فإن الهجمات طالت مستودعات في مدينة نوى" after the strikes on Nawa: a definite
                # attack noun at a place a strike was told at is that strike told again
                k = _place_key(ctx, c.places)
                host = next((e for e in reversed(events) if e.event_type == "Explosions/Remote violence"
                             and k & _place_key(ctx, e.places)
                             and _sides_compatible(e.actor1, c.actor1)), None)
                if host is not None:
                    _absorb(ctx, host, c, sources=False)
                    continue
            if c.another:
                twin = _same_ordinal(ctx, events, c) if c.ordinal else None
                if twin is not None:
                    # "كما أدى انفجار ثان …"، "وانفجرت سيارة مفخخة ثانية …"، "أما الانفجار الثاني
                    # فوقع عند جسر X": the second incident told again is that one incident
                    _absorb(ctx, twin, c)
                    continue
                # "كما أدى انفجار مماثل ... في المنطقة ذاتها": a new incident, where the one
                # before it was when it names no place of its own
                prev = last_by_sub.get((c.event_type, c.sub_type))
                copied = not c.places
                if copied:
                    if prev is not None:
                        c.places = list(prev.places)
                    elif ctx.main_place is not None:
                        c.places = [ctx.main_place]
                    else:
                        continue
                ev = _new_event(ctx, c)
                ev.distinct = True
                ev.copied = copied
                ev.ordinal = c.ordinal
                (background if c.background else events).append(ev)
                if not ev.background:
                    last_by_sub[(ev.event_type, ev.sub_event_type)] = ev
                continue
            if not c.places:
                # a re-mention joins the latest event of its sub-type; else the article's place
                prev = last_by_sub.get((c.event_type, c.sub_type))
                if (prev is None and c.anaphoric and c.family == "shelling"
                        and any(h.pat.row["family"] == "bombard" for h in c.hits)):
                    # "وأدى القصف المستمر" after air strikes: the same bombardment
                    prev = last_by_sub.get(AIR_KEY)
                    if prev is not None:
                        c.event_type, c.sub_type, c.family = prev.event_type, prev.sub_event_type, "air"
                if (prev is not None and (c.anaphoric or para[prev.sentences[-1]] == para[si]
                                          # "أن مليشيا الحوثي قصفت ..." retelling the lead
                                          or _same_actor(prev.actor1, c.actor1))
                        and _sides_compatible(prev.actor1, c.actor1) and not c.background
                        and not _other_day(ctx, prev, c)):
                    _absorb(ctx, prev, c, sources=False)
                    if c.anaphoric and c.group == "battle":
                        told_again[si] = prev
                    continue
                if c.cause or ctx.main_place is None:
                    continue   # "جراء القصف": the means of a loss, told without its event
                if c.group == "explosion" and _accompanies_fighting(ctx, c):
                    continue   # "وترافقت الاشتباكات مع قصف جوي": part of the battle
                c.places = [ctx.main_place]
                battle = told_again.get(si)
                if battle is not None and c.group == "explosion" and not c.background:
                    # "وقال مصدر إن المواجهات أسفرت عن ...، مبينا أن الطيران شن 100 غارة على مواقع
                    # المعارضة": a strike with no place of its own, told with the battle retold
                    # in its sentence, struck where that battle was (placed once battles merge)
                    c.with_battle = battle
            ev = _find_same(ctx, events + background, c, keys)
            if ev is not None:
                _absorb(ctx, ev, c)
            else:
                ev = _new_event(ctx, c)
                if c.with_battle is not None:
                    with_battle.append((ev, c.with_battle))
                (background if c.background else events).append(ev)
            if c.anaphoric and c.group == "battle" and not c.own_places and not ev.background:
                told_again.setdefault(si, ev)
            if not ev.background:
                last_by_sub[(ev.event_type, ev.sub_event_type)] = ev
    _tolls_at_new_places(ctx, events, sent_cands)
    events = _consolidate(ctx, events)
    events = _blasts_into_strikes(ctx, events)
    events = _withdrawals_into_captures(ctx, events)
    _attacks_on_civilians(ctx, events)
    if with_battle:
        _place_with_battle(ctx, events, with_battle)
    events = _merge_protests(ctx, events)
    events = _protest_gunfire(ctx, events)
    events = _drop_country_summaries(ctx, events)
    lead = _lead_date(ctx)
    if lead is not None:
        # an event with no date of its own happened on the day the lead reports
        lv, lp = _date_value(lead), _attr1(lead, "precision")
        for e in events:
            if e.date is None:
                e.date, e.date_precision = lv, lp
    events = _merge_twins(ctx, events)
    _locate_sites(ctx, events)
    keep = doc.options.get("keep_background") if isinstance(doc.options, dict) else False
    out = events + (background if keep else [])
    out.sort(key=lambda e: e.triggers[0][0])
    for k, e in enumerate(out):
        e.id = f"e{k}"
        if e.actor1 is not None and e.actor2 is not None and (
                _attr1(e.actor1, "id") or _attr1(e.actor1, "name_ar")) == (
                _attr1(e.actor2, "id") or _attr1(e.actor2, "name_ar")):
            e.actor2 = None     # (a party joined from two candidates never fights itself)
    for k, e in enumerate(background):
        if not keep:
            e.id = f"b{k}"
    doc.events = out
    if isinstance(doc.options, dict):
        doc.options["background_events"] = background


# the sub-types of a strike from afar that may be told once as each ("قصف" and "طائرة مسيرة")
_AIR = "Air/drone strike"
_STRIKE_OR_SHELLING = frozenset({_AIR, "Shelling/artillery/missile attack"})


def _locate_sites(ctx: _Ctx, events: list[Event]) -> None:
    """An event told only at sites the gazetteer cannot place ("استعاد السيطرة على مقر المحافظ")
    lies in the article's main place, which keeps it on the map."""
    main = ctx.main_place
    if main is None or _get(ctx.doc.places[main], "lat") is None:
        return
    for e in events:
        if _unlocated_sites(ctx, e.places):
            e.places = e.places + [main]


def _merge_twins(ctx: _Ctx, events: list[Event]) -> list[Event]:
    """The last merge, once every event has its day: events of one sub-type at the same places
    (see _place_key) on the same day are one event told twice, whoever the text names as their
    parties ("المواجهات بين قوات الأمن وحزب العمال الكردستاني" in a town and "المعارك الدامية في
    مختلف أنحاء المدينة" after the authorities' curfew there). The parties told at each mention
    are often partial or wrong (a curfew's authority read as a party), so they do not keep two
    tellings apart; an event marked as a new incident ("انفجار مماثل") and two tolls that
    disagree on whether anyone died (see _tolls_conflict) do."""
    out: list[Event] = []
    seen: dict = {}
    remote: dict = {}
    for ev in events:
        if ev.distinct:
            out.append(ev)
            continue
        pk = _place_key(ctx, ev.places)
        k = (ev.event_type, ev.sub_event_type, ev.date, pk)
        host = seen.get(k)
        if host is None and ev.fatalities and ev.sub_event_type in _STRIKE_OR_SHELLING:
            # "قتل ثلاثة أشخاص في قصف تركي استهدف مستشفى" and "المستشفى … استهدف بطائرة
            # مسيرة": a strike told once as bombardment and once with its aircraft, the same
            # dead at the same places on the same day, is one air strike
            host = remote.get((ev.date, pk, ev.fatalities))
            if host is not None and host.sub_event_type != ev.sub_event_type:
                if ev.sub_event_type == _AIR:
                    host.sub_event_type = _AIR
                _merge_events(host, ev, add_places=True)
                continue
            host = None
        if host is None or _tolls_conflict(host, ev):
            seen[k] = ev
            if ev.fatalities and ev.sub_event_type in _STRIKE_OR_SHELLING:
                remote.setdefault((ev.date, pk, ev.fatalities), ev)
            out.append(ev)
            continue
        _merge_events(host, ev, add_places=True)
    # "انفجار سيارة مفخخة في بلدة الهرمل" and "السيارة التي انفجرت كان في داخلها انتحاري": a
    # car bomb and a suicide bombing at the same places on the same day are one suicide bombing
    # told twice (its vehicle, then its bomber)
    suicide = {(ev.date, _place_key(ctx, ev.places)): ev for ev in out
               if ev.sub_event_type == SUICIDE[1] and not ev.distinct}
    if suicide:
        kept = []
        for ev in out:
            if ev.sub_event_type == _IED and not ev.distinct:
                host = suicide.get((ev.date, _place_key(ctx, ev.places)))
                if host is not None and not _tolls_conflict(host, ev):
                    _merge_events(host, ev, add_places=True)
                    continue
            kept.append(ev)
        out = kept
    return out


_IED = "Remote explosive/landmine/IED"


def _other_day(ctx: _Ctx, e: Event, c: _Cand) -> bool:
    """Is the re-mention ``c`` dated on another day than the event ``e`` it would join? "يذكر
    أن أكثر من 53 قتيلاً سقطوا أمس، الثلاثاء، ضحية قصف" does not retell today's shelling."""
    if c.date is None:
        return False
    return _apart(ctx, e.date, e.date_report, _date_value(c.date), c.date_report)


def _apart_from_lead(ctx: _Ctx, a: Event, b: Event) -> bool:
    """Of two events, one dated and one not (of the lead's day), is the dated one told on
    another day than the lead's? (Two days both told may be a caption's and the event's.)"""
    return (a.date is None) != (b.date is None) and _apart(ctx, a.date, a.date_report, b.date,
                                                          b.date_report)


def _other_days(ctx: _Ctx, a: Event, b: Event, anchor: str | None) -> bool:
    """Were two strikes told on different days: both dated apart, or one dated on another day
    than the article's day (``anchor``) and the other undated, so of that day ("شنت الطائرات غارات
    على أحياء درعا البلد" in an article of today and "بقصف جوي على أحياء درعا البلد … أمس
    السبت")?"""
    if a.date is not None and b.date is not None:
        return a.date != b.date
    if a.date is None and b.date is None:
        return False
    dated = a if a.date is not None else b
    return anchor is not None and not dated.date_report and dated.date != anchor


def _article_day(ctx: _Ctx) -> str | None:
    """The day the article reports: the lead's full date, else the first date of a day's
    precision in the lead sentences, however told ("قتل وجرح عشرة مدنيين، اليوم الأحد، جراء قصف
    جوي")."""
    d = _lead_date(ctx) or _first_lead_day(ctx)
    return _date_value(d) if d is not None else None


def _apart(ctx: _Ctx, da, ra: bool, db, rb: bool) -> bool:
    """Are the days ``da`` and ``db`` different, neither being only the day a later report was
    made (``ra``, ``rb``)? A missing day is the lead's, when the lead gives one in full."""
    if da is None or db is None:
        if da is None and db is None:
            return False
        lead = _lead_date(ctx)
        if lead is None:
            return False
        lv = _date_value(lead)
        if da is None:
            da, ra = lv, False
        else:
            db, rb = lv, False
    return da != db and not ((ra and da >= db) or (rb and db >= da))


def _place_with_battle(ctx: _Ctx, events: list[Event], pairs: list) -> None:
    """A strike placed only at the article's main place for want of its own, told in a sentence
    that retells a battle, takes the precise places where that battle ended up (the battle event
    may have joined another: the event holding its first trigger)."""
    cont = ctx.containers
    main = ctx.main_place
    for ev, battle in pairs:
        if ev.places != [main] or not any(e is ev for e in events):
            continue
        t = battle.triggers[0]
        host = next((e for e in events if e.event_type == "Battles" and t in e.triggers), None)
        if host is None:
            continue
        precise = [pi for pi in host.places if pi not in cont]
        if precise:
            ev.places = precise


# towns and villages: each is a place of its own events (a city's quarters are not)
SETTLEMENT_KINDS = frozenset({"town", "village", "city"})


def _tolls_at_new_places(ctx: _Ctx, events: list[Event], sent_cands: dict) -> None:
    """"قتل 15 في غارات جوية استهدفت الأحياء الشرقية" then "وأفاد المرصد بأن طفلين هما في عداد
    القتلى في حي المرجة": a killed toll told, in a sentence naming no event, at a precise place
    that no sentence telling an event names is the strike told before it, at that place too
    (one more event of its sub-type and actor there, with that toll)."""
    doc = ctx.doc
    cas = doc.casualties or ()
    if not cas or not events:
        return
    cont = ctx.containers
    sents = doc.sentences
    told = None     # the places the sentences telling an event name (read when first needed)
    for ci, c in enumerate(cas):
        n = _attr1(c, "count")
        if not _killed_top(c) or not isinstance(n, int):
            continue
        rs = _ranges(c)
        if not rs:
            continue
        cs, ce = rs[0]
        s0, s1 = doc.sentence_of(cs)
        si = bisect_right(ctx.sent_starts, s0) - 1
        if (si in sent_cands or ctx.has_mod(s0, s1, "since") or ctx.has_mod(s0, s1, "background")
                or bisect_left(ctx.trig_starts, s0) < bisect_left(ctx.trig_starts, s1)):
            continue   # (a sentence with a trigger tells its own event, or none)
        got = None
        for ps, _pe, pi in ctx.places_in(ce, min(s1, ce + SPLIT_REACH)):
            k = bisect_left(ctx.tok_starts, ps)
            k0 = bisect_left(ctx.tok_starts, ce)
            # the place right after the toll, "في (حي) X" ("، بينهم 15 في حي X" is a part's place)
            if (k0 < k <= k0 + 2 and ctx.words[k0] == "في" and pi not in cont
                    and not _PUNCT.search(ctx.norm, ce, ps)):
                got = pi
            break
        if got is None:
            # "وفي بلدة العلاق سقط 16 شهيدا"، "و في يونين شهيدتان": the one place of the toll,
            # a town or village told right before it in its clause
            own = getattr(c, "place_idx", None) or ()
            if len(own) == 1 and own[0] not in cont and ctx.place_kinds[own[0]] in SETTLEMENT_KINDS:
                for ps, pe, pi in ctx.places_in(max(s0, cs - SPLIT_REACH), cs):
                    if pi == own[0] and not _PUNCT.search(ctx.norm, pe, cs):
                        got = pi
        if got is None:
            continue
        if told is None:
            told = set()
            for sj in sent_cands:
                a, b = sents[sj]
                told.update(map(_THIRD, ctx.places_in(a, b)))
        # the strikes told before the toll's sentence, latest first
        strikes = (e for e in reversed(events) if e.event_type == AIR_KEY[0]
                   and not e.background and e.sentences and e.sentences[0] < si)
        if got in told:
            # "استهدفت مدينة بعلبك بغارتين، إلى جانب البلدات التالية: شمسطار، الحلانية …" then
            # "وتوزع الشهداء كالآتي: شهيد في شمسطار، شهيدان في الحلانية": a toll at one place
            # of a strike told at a list of places is the strike at that place (taken out of
            # the list); quarters of one city stay one strike on the city
            if ctx.place_kinds[got] not in SETTLEMENT_KINDS:
                continue
            prev = next((e for e in strikes if got in e.places
                         and sum(1 for p in e.places if p not in cont) > 2), None)
            if prev is None:
                continue
            prev.places = [p for p in prev.places if p != got]
            if ci in prev.casualties:
                prev.casualties = [x for x in prev.casualties if x != ci]
                prev.fatalities = _killed_total(doc, prev.casualties)
        else:
            prev = next(strikes, None)
            if prev is None:
                continue
        # another strike like the one before, at the place the toll names
        ev = Event("", prev.event_type, prev.sub_event_type, prev.date, prev.date_precision,
                   places=[got], actor1=prev.actor1, fatalities=n, casualties=[ci],
                   evidence=[_clause_span(ctx, (s0, s1))], family=prev.family, sentences=[si],
                   triggers=[(cs, ce)], _doc=weakref.ref(doc), distinct=True)
        events.append(ev)
        told.add(got)


def _last_explosion_event(events: list[Event]) -> Event | None:
    """The latest explosion event told, or None."""
    for e in reversed(events):
        if e.event_type == AIR_KEY[0]:
            return e
    return None


def _last_explosion(events: list[Event]):
    """(type, sub-type) of the latest explosion event told, or None."""
    e = _last_explosion_event(events)
    return (e.event_type, e.sub_event_type) if e is not None else None


LEAD_LINE_WORDS = 25   # a first line this long, ending in a full stop, is the lead, not a headline


def _lead_line(text: str) -> bool:
    """Is a first line that the reader took for the title the article's lead paragraph (a long
    sentence closed by a full stop; headlines are short and carry no full stop)?"""
    t = text.rstrip()
    return t.endswith(".") and len(t.split()) >= LEAD_LINE_WORDS


CAPTION_WORDS = 20   # a photo caption is a short line
CAPTION_CREDIT = re.compile(r"\(([^()\n]{0,40})\)[\s.]*$")
_WORD_RE = re.compile(r"\S+")


def _caption(norm: str, s0: int, s1: int) -> bool:
    """Is the sentence on a line of its own that is a photo caption: short, and ending in a
    photo credit in brackets ("(عز الدين إدلب/الأناضول)"، "(أ ف ب)"، "(رويترز)")? A caption
    shows a scene of what the article tells; it tells no event of its own."""
    if norm.find(")", s0, s1) < 0:
        return False
    a = norm.rfind("\n", 0, s0) + 1
    b = norm.find("\n", s1)
    if b < 0:
        b = len(norm)
    # words counted up to one past the limit: an article on one line is not read whole for
    # every sentence that holds a bracket
    if sum(1 for _ in islice(_WORD_RE.finditer(norm, a, b), CAPTION_WORDS + 1)) > CAPTION_WORDS:
        return False
    line = norm[a:b]
    m = CAPTION_CREDIT.search(line)
    if m is None:
        return False
    # "(عز الدين إدلب/الأناضول)": a photographer and an agency; "(رويترز)"، "(أ ف ب)": an
    # agency of outlets.tsv
    credit = m.group(1).strip()
    return "/" in credit or outlet_id(credit) is not None


SUICIDE = ("Explosions/Remote violence", "Suicide bomb", "suicide", "explosion")
PROTEST_RANK = {"Peaceful protest": 0, "Protest with intervention": 1,
                "Excessive force against protesters": 2}


def _title_norm(ctx: _Ctx) -> str:
    """The normalised headline, stripped (once per article: two rules compare it)."""
    got = ctx.__dict__.get("_title_norm")
    if got is None:
        got = ctx.__dict__["_title_norm"] = normalize(ctx.doc.title).strip()
    return got


def _suicide_cues(ctx: _Ctx) -> tuple[set, bool]:
    """The sentences holding a suicide cue (انتحاري، حزام ناسف، هجوم انتحاري — even as the means
    after ب), and whether the headline holds one."""
    sents = set()
    title = False
    starts = ctx.sent_starts
    for h in ctx.triggers:
        if h.pat.row["family"] == "suicide":
            si = bisect_right(starts, h.start) - 1
            sents.add(si)
    if sents and 0 in sents and ctx.doc.title and len(ctx.doc.sentences) > 1:
        t = _title_norm(ctx)
        s0, s1 = ctx.doc.sentences[0]
        title = bool(t) and t.startswith(ctx.norm[s0:s1].strip()[:20])
    return sents, title


def _merge_protests(ctx: _Ctx, events: list[Event]) -> list[Event]:
    """Protest events of one article at one place on compatible days are one protest, typed by
    the strongest response told of it (excessive force > intervention > peaceful)."""
    out: list[Event] = []
    host_by: dict[frozenset, Event] = {}
    for ev in events:
        if ev.event_type != "Protests" or ev.distinct:
            out.append(ev)
            continue
        k = _place_key(ctx, ev.places)
        host = host_by.get(k)
        if host is not None and (host.date is None or ev.date is None or host.date == ev.date):
            if PROTEST_RANK.get(ev.sub_event_type, 0) > PROTEST_RANK.get(host.sub_event_type, 0):
                host.sub_event_type = ev.sub_event_type
            _merge_events(host, ev, add_places=False)
            continue
        host_by[k] = ev
        out.append(ev)
    # "وفضت بالقوة اعتصاما ... في دوار اللؤلؤة وسط العاصمة المنامة" then "قتلا أثناء عملية فض
    # الاعتصام بالمنامة": a protest told only at a city or region joins the one protest told at
    # a place inside it (a sentence of that protest names both)
    cont = ctx.containers
    wide = [e for e in out if e.event_type == "Protests" and not e.distinct and e.places
            and cont.issuperset(e.places)]
    if wide:
        precise = [e for e in out if e.event_type == "Protests" and not e.distinct and e.places
                   and not cont.issuperset(e.places)]
        if len(precise) == 1:
            host = precise[0]
            sents = ctx.doc.sentences
            named = {pi for si in host.sentences for _s, _e, pi in ctx.places_in(*sents[si])}
            for ev in wide:
                if set(ev.places) <= named and (host.date is None or ev.date is None
                                                or host.date == ev.date):
                    if PROTEST_RANK.get(ev.sub_event_type, 0) > PROTEST_RANK.get(host.sub_event_type, 0):
                        host.sub_event_type = ev.sub_event_type
                    _merge_events(host, ev, add_places=True)
                    out.remove(ev)
    return out


def _armed_pair(ctx: _Ctx, c: _Cand) -> bool:
    """Does the candidate name two parties on two sides, neither of them civil?"""
    a, b = c.actor1, c.actor2
    if a is None or b is None:
        return False
    sa, sb = _attr1(a, "side"), _attr1(b, "side")
    return bool(sa) and bool(sb) and sa != sb and "civil" not in (sa, sb)


def _protest_gunfire(ctx: _Ctx, events: list[Event]) -> list[Event]:
    """"استشهد جراء تعرضه للرصاص الإسرائيلي في منطقة X" in an article whose protest was met with
    lethal force: the shooting told on its own (no shooter, or the force that met the protest)
    is that force, not another attack on civilians."""
    host = next((e for e in events if e.event_type == "Protests"
                 and e.sub_event_type == "Excessive force against protesters"), None)
    if host is None:
        return events
    hs = _attr1(host.actor1, "side") if host.actor1 is not None else None
    out = []
    for ev in events:
        if (ev.family == "gunfire" and ev.event_type == "Violence against civilians"
                and not ev.distinct
                and (ev.actor1 is None or (hs is not None and _attr1(ev.actor1, "side") == hs))):
            _merge_events(host, ev, add_places=True)
            continue
        out.append(ev)
    return out


_AFTER_WORDS = frozenset({"بعد", "عقب", "اثر", "وبعد"})     # a clash told as what came first


def _site(ctx: _Ctx, pi: int) -> bool:
    """A site named with its facility head ("معمل الكرتون"، "كلية التسليح"), not a village
    the gazetteer files as a base ("قرية منغ")."""
    return ctx.place_kinds[pi] == "facility" \
        and " " in str(_attr(ctx.doc.places[pi], "name_ar", "name") or "")


def _merge_in_sentence(ctx: _Ctx, cands: list[_Cand]) -> list[_Cand]:
    """A candidate without places of its own joins a placed one of the same group and side in
    the sentence; a candidate placed only at a container joins a precise one of its group and
    side (the attack during which a village was retaken)."""
    if len(cands) < 2:
        return list(cands)
    out: list[_Cand] = list(cands)
    # "أطلقت قوات الأمن النار على المتظاهرين": the shooting is the force met by the protest
    if any(c.group == "protest" for c in out):
        out = [c for c in out if c.family != "gunfire"]
        # "ضحايا المظاهرات الذين قتلوا خلال مواجهات مع قوات الأمن": a battle needs two armed
        # sides; a clash told with a protest and one armed side is the force met by the protest
        out = [c for c in out if not (c.group == "battle" and c.family in ("clash", "attack")
                                      and not _armed_pair(ctx, c))]
        # "استعادت قوات الأمن سيطرتها على دوار اللؤلؤة وفضت بالقوة اعتصاما": a square cleared
        # of a sit-in is the protest's dispersal, not territory retaken
        s0, s1 = ctx.doc.sentence_of(out[0].clause[0])
        if ctx.has_mod(s0, s1, "protest_intervention") or ctx.has_mod(s0, s1, "protest_force"):
            out = [c for c in out if c.family != "territory"]
    # "سيطرتها على ترهونة بعد انسحاب قوات حفتر منها": the withdrawal is the same change of hands
    for c in list(out):
        if c.family == "withdraw":
            host = next((o for o in out if o.family == "territory"
                         and (not c.places or set(c.places) & set(o.places))), None)
            if host is not None:
                if host.actor2 is None and c.actor1 is not None and _attr1(c.actor1, "side") != _attr1(host.actor1, "side"):
                    host.actor2 = c.actor1
                host.merged.append(c)
                out.remove(c)
                continue
            # "انسحبوا من الخطوط الأمامية للقتال ... في الوقت الذي شنت فيه المعارضة هجوما
            # مضادا": a withdrawal told with fighting in its sentence is not a peaceful handover;
            # it is part of that fight (fighting told after it in its clause; not fighting in a
            # clause of contrast: "انسحب التنظيم من نقاط في محيط المطار، بينما تستمر الاشتباكات")
            host = next((o for o in out if o.family == "clash" and o.group == "battle"
                         and o.clause == c.clause and o.trig_start > c.trig_start
                         and any(h.pat.row["family"] in ("clash", "attack") for h in o.hits)), None)
            if host is not None:
                for pi in c.places:
                    if not host.places:
                        host.places.append(pi)
                host.merged.append(c)
                out.remove(c)
    # "سيطرت على قرية منغ والمطار، بعد اشتباكات مع كتائب الثوار": the fighting a capture came
    # after, with no precise place of its own, is the capture's battle
    cont = ctx.containers
    for c in list(out):
        if c.family == "clash" and c.tok_i and ctx.words[c.tok_i - 1] in _AFTER_WORDS \
                and (not c.places or cont.issuperset(c.places)):
            host = next((o for o in out if o.family == "territory" and o.trig_start < c.trig_start
                         and o.places), None)
            if host is not None:
                if host.actor2 is None and c.actor2 is not None \
                        and _attr1(c.actor2, "side") != _attr1(host.actor1, "side"):
                    host.actor2 = c.actor2
                host.merged.append(c)
                out.remove(c)
    # "أعادت الأمن إلى ضاحية الأسد، واستعادت السيطرة على معمل الكرتون": sites taken with a
    # quarter, by the same side in its sentence, are part of that taking
    for c in list(out):
        if c.family == "territory" and c.places and all(_site(ctx, pi) for pi in c.places):
            host = next((o for o in out if o is not c and o.family == "territory"
                         and o.trig_start < c.trig_start and o.places
                         and not all(_site(ctx, pi) for pi in o.places)
                         and _sides_compatible(c.actor1, o.actor1)), None)
            if host is not None:
                host.places.extend(pi for pi in c.places if pi not in host.places)
                host.merged.append(c)
                out.remove(c)
    # "الهجوم الانتحاري بمدينة الحلة …، الهجوم الذي وقع ظهر أمس بشاحنة وقود مفخخة": the
    # vehicle bomb of an attack retold by a relative clause is the suicide bombing's vehicle
    for c in list(out):
        if c.family == "ied" and _retold_attack(ctx, c):
            host = next((o for o in out if o.family == "suicide" and o.trig_start < c.trig_start
                         and (not c.places or set(c.places) <= set(o.places) | cont)), None)
            if host is not None:
                host.merged.append(c)
                out.remove(c)
    changed = True
    while changed:
        changed = False
        for c in list(out):
            if c.places and not cont.issuperset(c.places):
                continue       # it has a precise place of its own
            host = None
            for o in out:
                if o is c or o.group != c.group:
                    continue
                if not o.places:
                    continue
                if c.places and all(pi in cont for pi in o.places):
                    continue
                if not _sides_compatible(c.actor1, o.actor1):
                    continue
                if c.family == "territory" and o.family != "territory":
                    continue    # "اشتباكات في منطقة X بعد سيطرة Y على معسكر": a capture is an
                    # outcome of its own, not a part of the clash told with it
                if c.group == "explosion" and c.sub_type != o.sub_type and not (
                        c.bare and not c.places and o.family == "air"):
                    # ("شنت الطائرات غارات على X، في قصف هو الأعنف": a bare قصف with no
                    # weapon and no place of its own retells the sentence's air strike)
                    continue
                if c.places and _additive(ctx, c, o):
                    c.another = True   # "، كما استشهد مواطنون إثر القصف ... بغزة": another event
                    continue
                host = o
                break
            if host is not None:
                host.places = _drop_containers(ctx, host.places + [pi for pi in c.places if pi not in host.places])
                # "الهجمات أجبرت قوات X على الانسحاب": the side that withdrew never won
                if host.actor1 is None and not (
                        host.actor2 is not None and c.actor1 is not None
                        and _attr1(c.actor1, "side") == _attr1(host.actor2, "side")):
                    host.actor1 = c.actor1
                    if host.family == "territory":
                        host.sub_type = _territory_subtype(host.actor1, _attr1(host.actor1, "side"))
                if host.actor2 is None and c.actor2 is not None and _attr1(c.actor2, "side") != _attr1(host.actor1, "side"):
                    host.actor2 = c.actor2
                if (host.date is None or (host.date_report and c.date is not None and not c.date_report)) \
                        and not (c.background and not host.background):
                    # (not the date of a since: "حررت القوات حي X، فيما قتل … منذ انطلاق معركة
                    # الموصل قبل نحو ستة أشهر" is when the count began, not the day of the taking)
                    host.date = c.date
                    host.date_report = c.date_report
                host.merged.append(c)
                if c.sources:
                    host.sources += [s for s in c.sources if all(not _same_source(s, x) for x in host.sources)]
                out.remove(c)
                changed = True
                break
    return out


_RETOLD_NOUNS = frozenset({"الهجوم", "التفجير", "الانفجار", "الاعتداء", "العمليه"})


def _retold_attack(ctx: _Ctx, c: _Cand) -> bool:
    """Does the candidate's clause retell an attack by a definite noun and a relative pronoun
    before its trigger ("، الهجوم الذي وقع ظهر أمس بشاحنة وقود مفخخة")?"""
    words, cls = ctx.words, ctx.cls
    k0 = bisect_left(ctx.tok_starts, c.clause[0])
    return any("relative" in cls[k] and words[k - 1] in _RETOLD_NOUNS
               for k in range(max(k0 + 1, c.tok_i - 6), c.tok_i))


def _additive(ctx: _Ctx, a: _Cand, b: _Cand) -> bool:
    """Is a كما between two candidates of a sentence ("قصف على مدرسة ...، كما استشهد مواطنون إثر
    القصف ... بغزة")? Then the second is another event."""
    if a.trig_start > b.trig_start:
        a, b = b, a
    text = ctx.norm
    for h in ctx.mods_in(a.trig_end, b.trig_start, "additive"):
        # opening a clause after a comma ("، كما استشهد"), not a comparison ("كما حدث خلال")
        if text[max(0, h[0] - 3):h[0]].rstrip()[-1:] in ("،", ",", "؛", ";"):
            return True
    return False


def _side_set(ev) -> frozenset:
    return frozenset(x for x in (_attr1(ev.actor1, "side"), _attr1(ev.actor2, "side"))
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
    cont = ctx.containers
    info: dict[int, tuple[set, frozenset]] = {}   # id(event) -> (precise places, sides)

    sides = ctx.side

    alias = _place_aliases(ctx)

    def learn(ev):
        a1, a2 = ev.actor1, ev.actor2
        s1 = sides[id(a1)] if id(a1) in sides else _attr1(a1, "side")
        s2 = sides[id(a2)] if id(a2) in sides else _attr1(a2, "side")
        told = []       # the sides told (not "unknown")
        if s1 and s1 != "unknown":
            told.append(s1)
        if s2 and s2 != "unknown":
            told.append(s2)
        info[id(ev)] = ({alias.get(pi, pi) for pi in ev.places if pi not in cont}, frozenset(told))

    for ev in events:
        learn(ev)
    if len(events) < 2:
        return events
    day = _article_day(ctx)
    # Each pass merges the first event (in list order) that has a host, then starts again. The
    # events before it had no host; after the merge only the host has changed, so they need
    # looking at again only against it (the host itself is looked at in full).
    changed = True
    checked = 0            # events[:checked] had no host before the last merge
    last_host = None
    while changed:
        changed = False
        by_type: dict[str, list] = {}     # the events of each type, in list order
        for ev in events:
            got = by_type.get(ev.event_type)
            if got is None:
                by_type[ev.event_type] = [ev]
            else:
                got.append(ev)
        for idx, ev in enumerate(events):
            if ev.distinct:
                continue       # a new incident ("انفجار مماثل"، "كما ... إثر القصف")
            pe, se = info[id(ev)]
            etype = ev.event_type
            battle = etype == "Battles"
            ev_clash = ev.sub_event_type == "Armed clash"
            ev_cit = ev_clash and not ev.repel      # a clash may join a territory change
            hosts = []
            nested: set = set()
            near = None     # is ev told only near its places? (asked once, see _told_near)
            part = (ev.advance and battle and ev.actor2 is None and len(se) == 1
                    and _described_parts(ctx, ev.places))
            if idx >= checked or ev is last_host:
                others = by_type[etype]
            else:
                others = (last_host,) if last_host.event_type == etype else ()
            for o in others:
                if o is ev:
                    continue
                po, so = info[id(o)]
                # could the two have the same parties? (see _sets_compatible)
                if battle:
                    if len(se | so) > 2:
                        continue
                elif not (se <= so or so <= se) and ev.family != "agreement":
                    continue        # (the parties to an agreement are told unevenly)
                clash_into_territory = ev_cit and o.family == "territory"
                if part and se <= so and not o.repel and not (ev.date and o.date and ev.date != o.date):
                    # "وتتقدم قوات الرد السريع على أطراف المدينة القديمة" after the battle for
                    # the city: an advance with no new party, told only at a part of a place
                    # named before (a definite المدينة/البلدة/الحي with an epithet), is that
                    # battle going on
                    hosts.append(o)
                    nested.add(id(o))
                    continue
                if pe:
                    if pe.isdisjoint(po):
                        continue
                    if clash_into_territory:
                        hosts.append(o)
                    elif ev_clash and o.sub_event_type == "Armed clash" and not (ev.repel and not o.repel):
                        hosts.append(o)
                    elif (ev.family == "territory" and o.family == "territory"
                            and (o.sub_event_type == ev.sub_event_type or ev.actor1 is None) and pe <= po
                            and (se <= so or so <= se)
                            and o.triggers[0][0] < ev.triggers[0][0]
                            and not (ev.date and o.date and ev.date != o.date)):
                        # "السيطرة على كامل حي الراموسة" and "فرض سيطرتها على دوار الراموسة" (a
                        # facility of the quarter): one change of hands told again (also by
                        # no one named: "وبعد سيطرتها بالكامل على مساكن هنانو")
                        hosts.append(o)
                    elif (not battle and o.sub_event_type == ev.sub_event_type and not o.distinct
                            and (pe <= po or po <= pe) and len(pe & po) >= 2
                            and (ev.fatalities is None or o.fatalities is None)
                            and not _other_days(ctx, ev, o, day)):
                        # "سانا: قذائف على حي الجميلية وشارع بارون" and "المرصد: قذائف على محيط
                        # ساحة سعد الله الجابري وشارع بارون والجميلية": one shelling told again
                        # (its places a subset of the other's, two at least; one toll at most; no
                        # conflicting day) is one event
                        hosts.append(o)
                    elif (not battle and o.sub_event_type == ev.sub_event_type and not o.distinct
                            and o.triggers[0][0] < ev.triggers[0][0] and _definite_trigger(ctx, ev)
                            and not _other_days(ctx, ev, o, day)):
                        # "غارة جوية أمام مستشفى الثورة" and later "ثلاثين قتيلا في الغارة الجوية
                        # التي استهدفت مستشفى الثورة وميناء الصيادين": a definite strike at a
                        # precise place of an earlier one of its sub-type is that strike retold
                        # (another source's toll included)
                        hosts.append(o)
                    elif (not battle and o.sub_event_type == ev.sub_event_type and not o.distinct
                            and ev.fatalities is None and (o.fatalities is not None or po <= pe)
                            and o.triggers[0][0] < ev.triggers[0][0] and (pe <= po or po <= pe)
                            and not _other_days(ctx, ev, o, day)):
                        # "سقوط قذائف على حيي صلاح الدين والحمدانية" (two dead) and, later, "استهدفوا
                        # حي صلاح الدين بعدد من القذائف"; "برميل متفجر سقط امام مستشفى في حي الشعار"
                        # and "برميلين متفجرين سقطا … من مستشفى البيان في حي الشعار" (the facility
                        # inside the quarter, see _place_aliases); "قصف مستشفى ميم 10" and "أطلقت
                        # صواريخ على مستشفى ميم 10 المعروفة باسم مستشفى الصاخور": a strike told
                        # with no toll at places of an earlier one with a toll, or at those places
                        # and more, on no other day, is that strike retold
                        hosts.append(o)
                elif (ev.family == "agreement" and o.family == "agreement"
                        and set(ev.places) == set(o.places)
                        and not (ev.date and o.date and ev.date != o.date)):
                    # "مع دخول اتفاق لوقف إطلاق النار حيز التنفيذ" and "تم التوصل إلى اتفاق لإخلاء
                    # المنطقة": an agreement told twice at one place is one agreement
                    hosts.append(o)
                elif (not po and ev_clash and not ev.repel and o.sub_event_type == "Armed clash"
                        and not o.repel and ev.places and set(ev.places) == set(o.places)
                        and not (ev.date and o.date and ev.date != o.date)):
                    # "اشتباكات عنيفة ... في ريف حلب الجنوبي" and "الاشتباكات جاءت إثر هجوم شنته
                    # الفصائل ... في ريف حلب الجنوبي": clashes told only at one and the same wide
                    # place, between the same two sides, on no conflicting day, are one battle
                    hosts.append(o)
                elif (not po and clash_into_territory and o.forced and ev.places and o.places
                        and not (ev.date and o.date and ev.date != o.date)
                        and (set(ev.places) == set(o.places) or _within(ctx, ev.places, o.places))):
                    # "معارك في ريف دير الزور الشرقي" and "أجبرت الهجمات قوات X على الانسحاب من
                    # مواقع" (told only at the governorate): a battle told only at wide places
                    # that hold one another is the battle whose outcome the forced withdrawal is
                    hosts.append(o)
                elif (not po and o.sub_event_type == ev.sub_event_type and _same_actor(ev.actor1, o.actor1)
                        and _nested(ctx, ev.places, o.places)):
                    # "قصف على شمال أمدرمان" and "قصف ... بكرري" (a district of Omdurman), one
                    # actor: one bombardment told at two levels (both places kept)
                    hosts.append(o)
                    nested.add(id(o))
                else:
                    if po and (o.sub_event_type == ev.sub_event_type or clash_into_territory
                               or _suicide_detail(ev, o)):
                        inside = [_contains(ctx, ev.places, pi) for pi in po]
                        # "بلدة كفر حلب بريف حلب الغربي": a place told as lying elsewhere is not
                        # inside the city, though one governorate holds both
                        # ("قرب حلب": an event told only near a city was outside it, where
                        # the other's village may well lie)
                        if False not in inside:
                            if near is None:
                                near = _told_near(ctx, ev)
                            if not near:
                                inside = [False if (x is None or not _strictly_inside(ctx, ev.places, pi))
                                          and _locator_outside(ctx, ev.places, pi, o) else x
                                          for x, pi in zip(inside, po)]
                        # (a place the gazetteer cannot locate lies in the article's main place
                        # when it is the event's only one: "قتلى الاشتباكات في مدينة بنغازي" and
                        # "قتال عنيف ... قرب مطار بنينا")
                        # (a strike that killed nobody is not one that killed some: "سقطت في
                        # حي الشيخ رسلان … دون وقوع إصابات" does not retell four dead elsewhere)
                        # (a place the gazetteer puts outside them vetoes that: معن, a quarter
                        # of خان يونس, does not make غزة the city the place of a strike there)
                        # (a strike told on another day is another strike, "سقطوا أمس ضحية
                        # قصف" after today's shelling of a quarter; a battle may last days)
                        if (True in inside or (None in inside and False not in inside and (
                                _near(ctx, ev, o) or _names_container(ctx, ev.places, o)
                                or ev.places == [ctx.main_place]))) \
                                and not _tolls_conflict(ev, o) \
                                and (battle or not _apart_from_lead(ctx, ev, o)) \
                                and _all_hold(ctx, ev, by_type[etype], info):
                            hosts.append(o)
            if not hosts:
                continue
            t = ev.triggers[0][0]
            host = min(hosts, key=lambda o: abs(o.triggers[0][0] - t))
            if _suicide_detail(ev, host):
                # "انفجار سيارة مفخخة بحي الكرادة" and the ministry's "سيارة مفخخة يقودها
                # انتحاري" told at the city: one bombing, and it was a suicide attack
                host.sub_event_type = "Suicide bomb"
            # (an event told only at its city joins one at an unlocated site there, "القصر
            # الرئاسي": the city stays, the one place of it that a map can show)
            _merge_events(host, ev, add_places=((bool(pe) or id(host) in nested) and not part)
                          or _unlocated_sites(ctx, host.places),
                          sources=bool(pe))
            _remove(events, ev)
            learn(host)
            checked, last_host = idx, host
            changed = True
            break
    return events


_BOMBINGS = frozenset((SUICIDE[1], _IED))


def _blasts_into_strikes(ctx: _Ctx, events: list[Event]) -> list[Event]:
    """An explosion told with no weapon of its own ("بانفجار عنيف في محيط الكلية الحربية"، "عصف
    الانفجار حطّم النوافذ"، "إثر تفجير داخل كنيسة") where the article tells a strike or a bombing
    of another kind (a drone, a missile, a suicide bomber) is that strike's blast, not a second
    incident: it joins the nearest such event sharing its place, sides and day. A new incident
    told as one ("انفجار ثان"، "انفجار مماثل") stays apart."""
    if len(events) < 2 or not any(e.blast for e in events):
        return events
    cont = ctx.containers
    keys = {id(e): _place_key(ctx, e.places) for e in events}   # (merging adds no places)
    kept = []
    for ev in events:
        if not ev.blast or ev.distinct or ev.background:
            kept.append(ev)
            continue
        k = keys[id(ev)]
        only_wide = all(pi in cont for pi in ev.places)
        best = None
        t = ev.triggers[0][0]
        for o in events:
            if (o is ev or o.blast or o.event_type != ev.event_type or o.background
                    or not _sides_compatible(o.actor1, ev.actor1) or _tolls_conflict(ev, o)
                    or (ev.date and o.date and ev.date != o.date)):
                continue
            if not (k & keys[id(o)]
                    or (only_wide and any(_contains(ctx, ev.places, pi) for pi in o.places))):
                continue
            if best is None or abs(o.triggers[0][0] - t) < abs(best.triggers[0][0] - t):
                best = o
        if best is None:
            kept.append(ev)
        else:
            _merge_events(best, ev, add_places=False)
    return kept


def _suicide_detail(ev: Event, o: Event) -> bool:
    """A bombing and a suicide attack: the one may be the other told with its bomber."""
    return (ev.sub_event_type != o.sub_event_type and ev.sub_event_type in _BOMBINGS
            and o.sub_event_type in _BOMBINGS)


_CIVILIAN_GROUPS = frozenset(("civilians", "children", "women"))


def _attacks_on_civilians(ctx: _Ctx, events: list[Event]) -> None:
    """"شن عناصر من داعش هجوماً مسلحاً … أصاب فيه أربعة من رعاة الأغنام": an attack told only
    by a generic attack noun, against no armed side, whose every victim is a civilian, is
    violence against civilians (ACLED's Attack), not an armed clash. So is one whose victims
    are people, none of them fighters, with some dead, when gunmen are named in its sentences
    ("هاجم مسلحون مجهولون القرية، وقتلوا أكثر من مائة شخص"، "لقي 16 شخصا حتفهم في هجمات يشتبه
    بأنها من تنفيذ مسلحين"), or in an article about gunmen when the event names no actor of its
    own ("مسلحين … قتلوا ثمانية أشخاص. وفي الهجوم الثالث قتل سبعة أشخاص في منزلهم"): gunmen
    killing people, no fight told; and one at a camp of the displaced ("هجوم واسع شنته قوات
    الدعم السريع على معسكر زمزم للنازحين")."""
    cas = ctx.doc.casualties
    gunmen = "gunmen" in ctx.doc_cls
    for ev in events:
        if not (ev.generic and ev.sub_event_type == "Armed clash" and ev.actor2 is None
                and ev.casualties and not ev.repel):
            continue
        # (people driven from their homes are no victims of the attack's violence: "الهجوم الذي
        # شنته قوات النظام على بلدة قارة أدى الى خروج 18 الف لاجئ")
        harmed = [i for i in ev.casualties if _attr1(cas[i], "kind") != "displaced"]
        if not harmed:
            continue
        groups = [_attr1(cas[i], "group") for i in harmed]
        if all(g in _CIVILIAN_GROUPS for g in groups) or (
                "combatants" not in groups
                and any(_attr1(cas[i], "kind") == "killed" for i in harmed)
                and ((gunmen and (ev.actor1 is None
                                  or any(ctx.has_mod(*ctx.doc.sentences[si], "gunmen") for si in ev.sentences)))
                     or any(ctx.place_kinds[pi] == "camp" for pi in ev.places))):
            ev.event_type, ev.sub_event_type, ev.family = "Violence against civilians", "Attack", "vac"


def _withdrawals_into_captures(ctx: _Ctx, events: list[Event]) -> list[Event]:
    """"دخلت قوات النظام مدينة معرة النعمان بعد انسحاب الفصائل منها"، "وأضافت أن الفصائل
    انسحبت": a withdrawal told at the place of a change of hands (or only at a place that holds
    it), on no other day, is the loser's side of that one event, not a transfer of its own."""
    captures = [e for e in events if e.family == "territory"]
    if not captures:
        return events
    cont = ctx.containers
    alias = _place_aliases(ctx)
    for ev in [e for e in events if e.family == "withdraw" and not e.distinct]:
        pe = {alias.get(pi, pi) for pi in ev.places if pi not in cont}
        hosts = []
        for o in captures:
            if ev.date and o.date and ev.date != o.date:
                continue
            po = {alias.get(pi, pi) for pi in o.places if pi not in cont}
            if pe:
                if not po or not pe <= po:
                    continue
            elif not (ev.places and po and (ev.places == [ctx.main_place] or all(
                    any(_contains(ctx, [ci], pi) for pi in o.places) for ci in ev.places))):
                continue
            hosts.append(o)
        if hosts:
            t = ev.triggers[0][0]
            host = min(hosts, key=lambda o: abs(o.triggers[0][0] - t))
            _merge_events(host, ev, add_places=False, sources=bool(pe))
            _remove(events, ev)
    return events


def _definite_trigger(ctx: _Ctx, ev: Event) -> bool:
    """Is the event's first trigger definite ("الغارة"، "القصف"): a mention pointing back?"""
    k = bisect_left(ctx.tok_starts, ev.triggers[0][0])
    return k < ctx.ntok and ctx.words[k].startswith(_DEFINITE)


def _described_parts(ctx: _Ctx, places: list[int]) -> bool:
    """Are the places all parts of a place told before, named only by a definite head and an
    epithet the gazetteer does not know ("المدينة القديمة"، "الحي الشرقي"، "البلدة القديمة")?"""
    if not places:
        return False
    dp = ctx.doc.places or ()
    for pi in places:
        p = dp[pi]
        if not str(_attr1(p, "id") or "").startswith("unresolved:"):
            return False
        words = _norm_name(str(_attr(p, "name_ar", "name") or "")).split()
        if len(words) != 2 or words[0] not in DEFINITE_PLACE_NOUNS:
            return False
    return True


def _all_hold(ctx: _Ctx, ev: Event, others: list, info: dict) -> bool:
    """"وطال القصف مناطق ريف إدلب الجنوبي وجبل الزاوية" after a strike on a town of ريف إدلب
    الجنوبي: an event told only at several wide places sums up the precise events of the article
    only when each of its places holds a place of one of them (of its type; known to, or named
    right after it); a wide
    place that holds none tells another strike ("قصف على رفح وخان يونس" after strikes told in
    each stays a summary)."""
    wide = ev.places
    if len(wide) < 2:
        return True
    for ci in wide:
        held = False
        for o in others:
            if o is ev:
                continue
            po = info[id(o)][0]
            if po and (any(_contains(ctx, [ci], pi) for pi in po) or _names_container(ctx, [ci], o)):
                held = True
                break
        if not held:
            return False
    return True




def _place_aliases(ctx: _Ctx) -> dict:
    """Place index -> the index of the same place for merging: a shorter spelling of two places
    the gazetteer does not know, of one kind, whose names differ only by a trailing epithet
    ("قرب مطار بنينا" / "نحو مطار بنينا الدولي"), or of one located facility found under two
    spellings of its mention; the quarter a facility is named after ("دوار الراموسة") or told
    inside ("مستشفى البيان في حي الشعار")."""
    got = ctx.__dict__.get("_aliases")
    if got is not None:
        return got
    got = {}
    by_name: dict[tuple, int] = {}
    dp = ctx.doc.places or ()
    rows = []
    epithets = place_context().epithet_after   # "الدولي"، "العسكري": no part of a facility's name
    # each place's id ("" when it has none), read once (_geo reads it as _attr1 does)
    ids = [str(g[0] or "") for g in _geo(ctx)] if dp else []
    for pi, p in enumerate(dp):
        pid = ids[pi]
        if not pid.startswith("unresolved:"):
            if "/" in pid:
                # "مستشفى “الثورة”" and "مستشفى الثورة": one facility of one located place,
                # found twice under two spellings of its mention
                words = _norm_name(str(_attr(p, "name_ar", "name") or "")).split()
                rows.append((len(words), pi, (pid.split("/", 1)[0], str(_attr1(p, "kind") or ""),
                                              tuple(words))))
            continue
        words = _norm_name(str(_attr(p, "name_ar", "name") or "")).split()
        while len(words) > 2 and words[-1] in epithets:
            words = words[:-1]
        rows.append((len(words), pi, (str(_attr1(p, "kind") or ""), tuple(words))))
    for _n, pi, key in sorted(rows):
        if key in by_name:
            got[pi] = by_name[key]
        else:
            by_name[key] = pi
    # "دوار الراموسة" (a facility named after the quarter, the gazetteer's derived row) lies in
    # the quarter "الراموسة" when the article names that too: one place for merging
    cont, kinds = ctx.containers, ctx.place_kinds
    by_id = {}
    for pi, pid in enumerate(ids):
        by_id.setdefault(pid, pi)
    for pi, pid in enumerate(ids):
        if pi in got or "/facility:" not in pid:
            continue
        host = by_id.get(pid.split("/", 1)[0])
        if host is not None and host != pi and host not in cont:
            got[pi] = got.get(host, host)
    # "مستشفى البيان في حي الشعار": a facility told inside a precise place of the article is
    # that place for merging (one report names the hospital, another the quarter, of one strike)
    pm, norm = place_mentions(ctx.doc), ctx.norm
    pst = [x[0] for x in pm]
    for _s, e, pi in pm:
        if pi in got or pi in cont or kinds[pi] != "facility":
            continue
        m = _LOCATED_IN.match(norm, e)
        if m is None:
            continue
        for at in (m.start(1), m.end(1)):      # the mention with its head word, or without
            k = bisect_left(pst, at)
            if k < len(pm) and pm[k][0] == at and pm[k][2] != pi and pm[k][2] not in cont:
                got[pi] = got.get(pm[k][2], pm[k][2])
                break
    ctx.__dict__["_aliases"] = got
    return got


# after a facility: "في حي X"، "بحي X"، "في X" (group 1: where the place's mention may start)
_LOCATED_IN = re.compile(r" (?:في |ب(?=حي|منطق|بلد|قري))((?:(?:حي|منطقه|بلده|قريه) )?)")


def _within(ctx: _Ctx, a: list[int], b: list[int]) -> bool:
    """Does every place of ``a`` lie in one of ``b`` (or every place of ``b`` in one of ``a``),
    as far as the gazetteer knows?"""
    return (all(pi in b or _contains(ctx, b, pi) for pi in a)
            or all(pi in a or _contains(ctx, a, pi) for pi in b))


def _geo(ctx: _Ctx) -> list[tuple]:
    """(id, admin1, parent) of each place of the document (read once per document)."""
    got = ctx.__dict__.get("_geo")
    if got is None:
        places = ctx.doc.places
        if any(isinstance(p, dict) for p in places):
            got = [(_attr1(p, "id"), _attr1(p, "admin1"), _attr1(p, "parent")) for p in places]
        else:          # (what _attr1 reads of an object that is no dict)
            got = [(getattr(p, "id", None), getattr(p, "admin1", None), getattr(p, "parent", None))
                   for p in places]
        ctx.__dict__["_geo"] = got
    return got


def _remove(events: list[Event], ev: Event) -> None:
    """``events.remove(ev)``: the first event equal to ``ev`` goes (events compare by value); one
    with other triggers is never equal, so the dataclass comparison runs only when they agree."""
    tr = ev.triggers
    for k, e in enumerate(events):
        if e is ev or (e.triggers == tr and e == ev):
            del events[k]
            return
    raise ValueError("list.remove(x): x not in list")


def _contains(ctx: _Ctx, containers: list[int], pi: int):
    """Is place ``pi`` inside one of the container places? True, False or None (not known)."""
    geo = _geo(ctx)
    _id, p_admin, p_parent = geo[pi]
    if not p_admin and not p_parent:
        return None
    kinds = ctx.place_kinds
    for ci in containers:
        c = geo[ci]
        if p_parent and p_parent == c[0]:
            return True
        # (a quarter of another city is not in this one: معن of خان يونس is not in غزة the city,
        # though both lie in قطاع غزة)
        if p_admin and p_admin == c[1] and not (p_parent and kinds[ci] in _LOCAL_KINDS):
            return True
    return False


def _strictly_inside(ctx: _Ctx, containers: list[int], pi: int):
    """:func:`_contains`, but one governorate holding both counts only when the container is
    that wide area, not a town of it: ريف حلب الغربي is not inside حلب the city."""
    geo = _geo(ctx)
    _id, p_admin, p_parent = geo[pi]
    if not p_admin and not p_parent:
        return None
    kinds = ctx.place_kinds
    for ci in containers:
        c = geo[ci]
        if p_parent and p_parent == c[0]:
            return True
        if p_admin and p_admin == c[1] and kinds[ci] not in _LOCAL_KINDS:
            return True
    return False


_LOCAL_KINDS = frozenset({"city", "town", "village", "neighbourhood", "neighborhood", "camp"})


def _place_words(ctx: _Ctx, pi: int) -> list[str]:
    """The normalised words of the name of place ``pi`` (normalised once per document and place;
    the caller only reads the list)."""
    got = ctx.__dict__.get("_place_words")
    if got is None:
        got = ctx.__dict__["_place_words"] = {}
    w = got.get(pi)
    if w is None:
        w = got[pi] = _norm_name(str(_attr(ctx.doc.places[pi], "name_ar", "name") or "")).split()
    return w


def _locator_outside(ctx: _Ctx, containers: list[int], pi: int, o: Event) -> bool:
    """Is place ``pi`` of event ``o`` told as lying elsewhere? "بلدة كفر حلب بريف حلب الغربي":
    the place named right after it (its locator) is neither one of the containers nor inside
    one; or its name is another word joined to a container's name (كفر حلب، تل حلب), a
    different town, not a part of that one."""
    name = _place_words(ctx, pi)
    if len(name) > 1:
        for ci in containers:
            cn = _place_words(ctx, ci)
            if cn and name[-len(cn):] == cn and len(name) > len(cn):
                return True
    sents = ctx.doc.sentences
    tok_starts = ctx.tok_starts
    for si in o.sentences[:4]:
        s0, s1 = sents[si]
        ms = ctx.places_in(s0, s1)
        for j, m in enumerate(ms[:-1]):
            if m[2] != pi:
                continue
            q = ms[j + 1]
            if q[2] == pi or _tokens_between(tok_starts, m[1], q[0]) > LOCATOR_GAP:
                continue
            kq = bisect_right(tok_starts, q[0]) - 1
            if ctx.prefixes[kq].startswith("و") or "و" in ctx.words[bisect_left(tok_starts, m[1]):kq]:
                continue   # "نبل والزهراء": a list of places, not a place and its locator
            if q[2] in containers:
                return False
            if _strictly_inside(ctx, containers, q[2]) is False:
                return True
    return False


NEAR_REACH = 3   # "بالقرب من مدينة حلب": the locator word to the place it names


def _told_near(ctx: _Ctx, ev: Event) -> bool:
    """Is every mention of event ``ev``'s places in its first sentences told after a word of
    nearness or direction ("غارة على قافلة بالقرب من مدينة حلب"، "قرب حلب"، "شمال حلب")? Then
    the event was in the city's surroundings, not in the city."""
    if "locator" not in ctx.doc_cls:
        return False
    sents = ctx.doc.sentences
    tok_starts, cls, words = ctx.tok_starts, ctx.cls, ctx.words
    own = set(ev.places)
    seen = False
    for si in ev.sentences[:2]:
        s0, s1 = sents[si]
        for a, _b, pi in ctx.places_in(s0, s1):
            if pi not in own:
                continue
            k = bisect_right(tok_starts, a) - 1
            if not any("locator" in cls[j] and not words[j].startswith("ال")
                       for j in range(max(0, k - NEAR_REACH), k + 1)):
                return False
            seen = True
    return seen


def _nested(ctx: _Ctx, a: list[int], b: list[int]) -> bool:
    """Is a place of ``a`` the parent of a place of ``b`` or the other way round?"""
    geo = _geo(ctx)
    ids_a = {geo[pi][0] for pi in a}
    ids_b = {geo[pi][0] for pi in b}
    par_a = {geo[pi][2] for pi in a}
    par_b = {geo[pi][2] for pi in b}
    ids_a.discard(None), ids_b.discard(None)
    return bool(ids_a & par_b) or bool(ids_b & par_a)


def _names_container(ctx: _Ctx, containers: list[int], o: Event) -> bool:
    """Does a sentence of event ``o`` name one of the container places ("في منطقة المقرن غرب
    الخرطوم")? Then an event told only at that container may be the same one."""
    want = set(containers)
    own = set(o.places)
    sents = ctx.doc.sentences
    tok_starts = ctx.tok_starts
    for si in o.sentences[:4]:
        s0, s1 = sents[si]
        ms = ctx.places_in(s0, s1)
        for j, m in enumerate(ms):
            # the container right after one of o's own places: "المقرن غرب الخرطوم"
            if m[2] in want and j and ms[j - 1][2] in own and \
                    _tokens_between(tok_starts, ms[j - 1][1], m[0]) <= LOCATOR_GAP:
                return True
    return False


LOCATOR_GAP = 2   # "منطقة المقرن غرب الخرطوم": a place, a direction word, its container


def _near(ctx: _Ctx, a: Event, b: Event) -> bool:
    """Told in the same paragraph."""
    pa = {ctx.para_of[s] for s in a.sentences}
    pb = {ctx.para_of[s] for s in b.sentences}
    return bool(pa & pb)


def _span_key(sp) -> tuple:
    return (sp.start, sp.end, sp.text)


def _tolls_conflict(a: Event, b: Event) -> bool:
    """One event killed nobody ("دون وقوع إصابات": fatalities 0), the other killed some."""
    fa, fb = a.fatalities, b.fatalities
    return fa is not None and fb is not None and (fa == 0) != (fb == 0)


def _add_evidence(ev: Event, spans: Iterable) -> None:
    """Append to an event's evidence the spans it does not hold yet. The keys of what it holds
    are kept with the event while its evidence only grows, so an event that absorbs many
    mentions (one strike told in every sentence) is not rescanned for each."""
    kept = ev.__dict__.get("_evidence_keys")
    if kept is None or kept[0] != len(ev.evidence):
        have = set(map(_span_key, ev.evidence))
    else:
        have = kept[1]
    for sp in spans:
        k = _span_key(sp)
        if k not in have:
            have.add(k)
            ev.evidence.append(sp)
    ev.__dict__["_evidence_keys"] = (len(ev.evidence), have)


def _merge_events(host: Event, ev: Event, add_places: bool, sources: bool = True) -> None:
    _add_evidence(host, ev.evidence)
    other_sentence = bool(host.sentences) and set(host.sentences).isdisjoint(ev.sentences)
    host.sentences = sorted(set(host.sentences) | set(ev.sentences))
    host.triggers = sorted(set(host.triggers) | set(ev.triggers))
    host.blast = host.blast and ev.blast
    if add_places:
        for pi in ev.places:
            if pi not in host.places:
                host.places.append(pi)
    if host.actor1 is None:
        host.actor1 = ev.actor1
        if host.family == "territory" and host.actor1 is not None:
            # (a taking told with no doer, joined by the fight of its doer: that doer's side
            # decides who took it)
            host.sub_event_type = _territory_subtype(host.actor1, _attr1(host.actor1, "side"))
    if host.actor2 is None and ev.actor2 is not None and _attr1(ev.actor2, "side") != _attr1(host.actor1, "side"):
        host.actor2 = ev.actor2
    if (ev.date is not None
            and not (ev.date_far and host.date is not None and other_sentence)
            and _better_date(host.date, host.date_report, ev.date, ev.date_report)):
        host.date, host.date_precision = ev.date, ev.date_precision
        host.date_report, host.date_far = ev.date_report, ev.date_far
    host.casualties = sorted(set(host.casualties) | set(ev.casualties))
    if ev.fatalities is not None:
        host.fatalities = max(host.fatalities or 0, ev.fatalities)
    for s in (ev.claimed_by if sources else ()):
        if all(not _same_source(s, x) for x in host.claimed_by):
            host.claimed_by.append(s)


def _better_date(have, have_report: bool, new, new_report: bool) -> bool:
    """Should an event dated ``have`` take the date ``new``? A date told of the event beats the
    day a statement reported it; of two report days the earlier bounds it better."""
    if have is None:
        return True
    if have_report and not new_report:
        return True
    return have_report and new_report and str(new) < str(have)


_STATE_SIDES = frozenset({"government", "international"})


def _sides_compatible(a, b) -> bool:
    if a is None or b is None:
        return True
    # (_attr1 of each, inline: this runs for every pair of events compared)
    sa = (a["side"] if "side" in a else None) if isinstance(a, dict) else getattr(a, "side", None)
    sb = (b["side"] if "side" in b else None) if isinstance(b, dict) else getattr(b, "side", None)
    if sa == sb or "unknown" in (sa, sb) or not sa or not sb:
        return True
    # "إسرائيل" and "العدو الإسرائيلي", a state and its own forces, are one side whatever the
    # side each is coded with (international for the state, government for its army)
    if {sa, sb} != _STATE_SIDES:
        return False
    ca = _attr1(a, "country")
    return bool(ca) and ca == _attr1(b, "country")


_WIDE_KINDS = frozenset({"country", "governorate", "admin1", "province", "state", "region"})


def _place_key(ctx: _Ctx, places) -> frozenset:
    """The places that tell where an event was: the precise ones, else the towns and cities
    ("مدينة الفاشر عاصمة ولاية شمال دارفور": الفاشر), else the wide ones."""
    p = frozenset(places).difference(ctx.containers)     # the precise ones
    if p or len(places) < 2:
        return p or frozenset(places)
    kinds = ctx.place_kinds
    narrow = frozenset(pi for pi in places if kinds[pi] not in _WIDE_KINDS)
    return narrow or frozenset(places)


def _tally(ctx: _Ctx, c: _Cand) -> bool:
    """Does a count of more than one stand right before the trigger ("لـ 16 هجوما"، "عشرات
    الهجمات")?"""
    for q in ctx.doc.quantities:
        if q.end <= c.trig_start and c.trig_start - q.end <= 2:
            return (q.value or 0) > 1 or q.vague in ("dozens", "hundreds", "thousands", "several")
    return False


def _same_ordinal(ctx: _Ctx, events: list[Event], c: _Cand) -> Event | None:
    """The event told before as the same numbered incident as ``c`` ("انفجار ثان" ... "الانفجار
    الثاني"), of its type and sides. Its places become ``c``'s when it had none of its own or
    only places that hold ``c``'s (a quarter named the second time: "في حي آخر من المدينة" ...
    "عند جسر X")."""
    for e in reversed(events):
        if e.ordinal != c.ordinal or e.event_type != c.event_type or e.sub_event_type != c.sub_type:
            continue
        if not _sides_compatible(e.actor1, c.actor1):
            return None
        if c.places and c.places != e.places and (e.copied or ctx.containers.issuperset(e.places)):
            e.places = list(c.places)
            e.copied = False
        return e
    return None


def _find_same(ctx: _Ctx, events: list[Event], c: _Cand, keys: dict) -> Event | None:
    """An event of the same type, sub-type, place set and sides (``keys``: id(event) -> its
    place key; events keep their places while candidates are placed)."""
    k = None
    for e in events:
        if e.event_type != c.event_type or e.sub_event_type != c.sub_type:
            continue
        if k is None:
            k = _place_key(ctx, c.places)
        ek = keys.get(id(e))
        if ek is None:
            ek = keys[id(e)] = _place_key(ctx, e.places)
        if ek != k:
            continue
        if not _sides_compatible(e.actor1, c.actor1) or not _sides_compatible(e.actor2, c.actor2):
            continue
        # a new incident placed where the one before it was is never the one told again; one
        # told at places of its own is ("اعتداء مماثل طال قريتي X وY" ... "جراء اعتداء ... على
        # قريتي X وY")
        if e.background != c.background or (e.distinct and (e.copied or c.another)):
            continue
        # two tolls from one voice for "one" strike are two strikes (7 killed, then 9 killed)
        if (c.fatalities and e.fatalities and c.fatalities != e.fatalities
                and (not c.sources and not e.claimed_by
                     or any(_same_source(a, b) for a in c.sources for b in e.claimed_by))):
            continue
        if e.date is not None and _other_day(ctx, e, c):
            continue
        return e
    return None


def _clause_span(ctx: _Ctx, clause: tuple[int, int]):
    """The evidence span of a clause (cached per document: a clause's candidates share it)."""
    sp = ctx._spans.get(clause)
    if sp is None:
        sp = ctx._spans[clause] = ctx.doc.span(*clause)
    return sp


def _cand_spans(ctx: _Ctx, c: _Cand) -> list:
    sp = ctx._spans.get(c.clause)       # (_clause_span, its cache read inline)
    spans = [sp if sp is not None else _clause_span(ctx, c.clause)]
    for m in c.merged:
        if m.clause != c.clause:
            spans.append(_clause_span(ctx, m.clause))
    return spans


def _new_event(ctx: _Ctx, c: _Cand) -> Event:
    d = c.date
    merged = c.merged
    if merged:
        cas = sorted(set(c.casualties + [x for m in merged for x in m.casualties]))
        triggers = [(c.trig_start, c.trig_end)] + [(m.trig_start, m.trig_end) for m in merged]
    else:
        cas = sorted(set(c.casualties))
        triggers = [(c.trig_start, c.trig_end)]
    ev = Event("", c.event_type, c.sub_type,
               _date_value(d) if d is not None else None,
               _attr1(d, "precision") if d is not None else None,
               list(c.places), c.actor1, c.actor2, c.fatalities, cas, list(c.sources), False,
               c.background, _cand_spans(ctx, c), c.family, c.repel, [c.sent], triggers, [],
               weakref.ref(ctx.doc))
    ev.date_report = c.date_report
    ev.date_far = c.date_far
    ev.forced = c.forced is not None
    ev.advance = c.family == "clash" and all(h.pat.row["family"] == "advance" for h in c.hits)
    ev.generic = c.generic and all(m.generic for m in merged)
    ev.blast = c.blast and all(m.blast for m in merged)
    return ev


def _absorb(ctx: _Ctx, ev: Event, c: _Cand, sources: bool = True) -> None:
    _add_evidence(ev, _cand_spans(ctx, c))
    other_sentence = c.sent not in ev.sentences
    if other_sentence:
        ev.sentences.append(c.sent)
    ev.triggers.append((c.trig_start, c.trig_end))
    if not c.blast:
        ev.blast = False
    if ev.actor1 is None and c.actor1 is not None:
        ev.actor1 = c.actor1
    if ev.actor2 is None and c.actor2 is not None and _attr1(c.actor2, "side") != _attr1(ev.actor1, "side"):
        ev.actor2 = c.actor2
    # "أفاد المراسل اليوم، 11 تشرين الأول، أن غارات استهدفت ..." + "حيث قضى ضحايا أمس الاثنين في
    # ...": a date from another clause of a merged sentence never replaces the day told with the
    # event's own sentence
    if (c.date is not None and not (c.date_far and ev.date is not None and other_sentence)
            and _better_date(ev.date, ev.date_report, _date_value(c.date), c.date_report)):
        ev.date = _date_value(c.date)
        ev.date_precision = _attr1(c.date, "precision")
        ev.date_report = c.date_report
        ev.date_far = c.date_far
    for ci in c.casualties:
        if ci not in ev.casualties:
            ev.casualties.append(ci)
    ev.casualties.sort()
    if c.fatalities is not None:
        ev.fatalities = max(ev.fatalities or 0, c.fatalities)
    for s in (c.sources if sources else ()):
        if all(not _same_source(s, x) for x in ev.claimed_by):
            ev.claimed_by.append(s)
