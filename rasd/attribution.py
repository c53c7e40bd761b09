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
- a voice inside a body is one voice, the body's: voice + في/داخل/ضمن or a glued ب + an actor
  ("مصدر في النظام"، "مسؤول في حركة الجهاد الإسلامي"، "مسؤول بالخارجية الأميركية") -> one source with
  the actor's id and side and the whole phrase as its name (not when the actor is also a place:
  "مصدر في سوريا" is where, not whose, unless the actor stage read an institution there: "مصدر
  في محافظة حلب"). مصدر/مصادر also belong with من ("مصدر من الدفاع المدني"; not "حذّر مسؤول من
  النظام"). A voice word before a quoted name is one voice ('وكالة "فرانس برس"'، 'تلفزيون
  "المسيرة"'). A body a name is affiliated to ("الدفاع المدني التابع للمعارضة") is no source.
  A relational voice (``alone=no`` in the voices file: عضو)
  is a source only with its complement ("عضو المكتب السياسي"، "عضو المجلس المحلي"), never alone.
- the subject phrase ends at a complementizer (إن، أن، بأن), at a stop word (إلى، على، time
  words), at a casualty trigger or a number ("أعلنت الفصائل قتل 15"), at a word with ب glued on
  ("أفاد ناشطون بمقتل"), or at punctuation. Inside it, every actor of ``doc.actors`` is a source,
  in the order written; so is a generic voice (ناشطون، مصادر ميدانية، مراسل …) the actor stage
  did not cover. Chains keep their order: "قال المرصد السوري لوكالة فرانس برس" -> [SOHR, AFP]
  (the outlet spoken to, with ل), "نقل التلفزيون السوري عن مدير مستشفى" -> [TV, director],
  "قال مراسل الجزيرة نقلا عن الدفاع المدني" -> [correspondent, civil defence].
- a definite voice word refers back to a source named before: "وثّق المركز" -> the last source
  whose name holds مركز (مركز حلب الإعلامي); "وقال المراسل" -> مراسل الجزيرة.
- a person set off by commas in the subject phrase is a source of his own ("وقال نجيب الأنصاري،
  وهو مسؤول في الدفاع المدني، لوكالة الأناضول، إن"، "المدير …، محسن المحسن، في تصريح إلى"); the
  claim starts after إن, and the surname names him again ("وأشار الأنصاري"، "وفق عبد الرحمن");
  the outlet after a channel phrase ("في تصريح لـ«سانا»") is the one he spoke to.
- a participle (مشيرا، مضيفا، مؤكدا …) continues the speaker of its sentence; a subjectless "وقال
  إن" opening a paragraph continues the speaker of the paragraph before.
- a denial verb (نفى، نفت: flag ``deny``) is read (``Attribution.denies``) but claims nothing:
  ``sources_for`` skips it ("نفى الجيش مسؤوليته عن مقتل 22 مدنيا": the army is not the source).
  Its subject written before it denies ("إلا أن وسائل إعلام النظام نفت مسؤولية الطيران الحربي"),
  else the first source after it; what follows is the denied, no voice.
- "البيان"، "الوكالة"، "المصدر" (anaphor=issuer) refer to the last source named when no earlier
  source holds the word; a document voice takes its ل-author ("بحث لجامعات أمريكية"); indefinite
  names keep their nisba adjectives ("مصادر عسكرية حكومية"، "مصادر أمنية وطبية"); "مصدر مسؤول في
  وزارة الداخلية" is one voice.
- a sentence of the same paragraph opening on كما goes on with the claim of the one before.
- a formula (بحسب X، حسب X، وفق X، وفق ما أفادت X، نقلا عن X، طبقا لـ X): the source is X; so is
  "في حصيلة (جديدة) لـ X"، "في تقرير لـ X" (a ``tally`` noun after في, X glued on with ل within
  three words), and "في حصيلة حصلت عليها X" (an ``obtain`` verb and عليها after the tally noun).
- "استقبل مستشفى X 3 قتلى" (``receive`` verbs) reports only when a receiver word (مستشفى …) opens
  the subject; "ذكرت قناة X عن مصدر محلي": عن and a voice after a subject name the source relayed.
- "تمكّن/استطاع X من توثيق …" (``enable`` verbs) is a report only with a record noun after it.

The claim's scope (normalised ranges, :attr:`Attribution.ranges`):
- after a verb or a leading formula: from the end of the subject phrase (after إن/أن) to the end of
  the sentence, and on through the following sentences while a quotation opened in it is still
  open; it stops where the next attribution of the same sentence begins;
- a trailing formula ("… وفق شبكة شام."): the sentence up to the formula, and the sentence before
  it when that one is in the same paragraph and not itself attributed; a formula closing its
  sentence also covers the next one of the paragraph when that opens on a verb of killing or
  wounding and names no source ("…، بحسب ما ذكر المرصد السوري. وقتل في الاشتباكات 32 عنصرا").
- a verb whose claim points back also covers the sentence before it, except what a claim read
  before already covers (a nearer source keeps its figures): a verb with an object pronoun
  (``back``: "…، في حصيلة جديدة أوردها المرصد"، "… وهي حصيلة وثّقتها الشبكة"), a ``record`` verb
  after a relative pronoun ("ارتفع إلى 51 … عدد الشهداء الذين تمكن المرصد من توثيق استشهادهم،
  … كما أسفرت الغارات عن سقوط عشرات الجرحى": the whole sentence), and a verb after a comma or
  after كما/على ما/مثلما whose subject ends the sentence ("…، كما أفادت مصادر أمنية.").

Sources are :class:`Source` items: ``id``/``name_ar``/``side`` of the actor (``actor`` holds the
actor object), or of a generic voice the actor stage does not list (then ``id`` is None and
``name_ar`` is the phrase as written: "مصادر ميدانية"، "صحيفة الوطن المقربة"، a person's name
after a strong verb). ``name_ar`` is always the name as written at that place, without a clitic
glued to it (للمرصد -> المرصد). ``addressee`` marks the outlet spoken to ("لوكالة فرانس برس"،
لـ"عنب بلدي"), ``relayed`` a source the speaker quotes ("نقلا عن الدفاع المدني"); both stay in the
chain. ``start``/``end`` are the normalised span of the name where it is written. Letters before
a name are left out only when they are a clitic and what is left is a known name (the actor's
names, an alias of data/actors.tsv, a voice word): للمرصد السوري -> المرصد السوري، ومصادر محلية ->
مصادر محلية; a word that is a known name whole keeps its first letter (وسائل إعلام، فاستقم، كاميرا
الجزيرة), even when an actor mention starts inside it.

Attribution items (``doc.attributions``): ``sources`` (chain order), ``kind`` (verb | participle |
marker), ``verb`` (normalised span of the verb or formula), ``ranges`` (normalised ranges the
claim covers), ``evidence`` (spans of the verb and of the sources named there), ``inherited``.
Evidence spans are made when first read.

Speed: per document, :func:`token_info` (shared with the casualty stage, cached on the document)
takes token starts and texts from the segmenter's ``doc.columns`` (its tuples, not copied), reads every word's record of
a per-word cache of what both readers need (may the word be a reporting word; its casualty roles
and flags) in one C-level call, and maps stops, commas, quotes and brackets (found with
``str.find``) to the tokens they precede; the actor and place mentions are read off their items
column by column; the actor mention on each token is found from the mentions at once; sentences
holding no reporting word and no colon are skipped before their tokens are looked up, and the
windows read around each reporting word use per-word class bits (cached across documents)
instead of lexicon look-ups per token. ``sources_for`` looks claims up through a sorted index.
"""
from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import accumulate, chain, compress, repeat
from operator import itemgetter
from typing import Any

from .dates import WEEKDAYS
from .document import DESCRIBING_PLACES, Document, Span
from .furniture import outlet_info
from .gazetteer import country_names
from .lexicon import load_table
from .clitics import candidates, is_prefix
from .normalize import char_positions, normalize, one_line
from .numbers import ordinals

_ILA = normalize("إلى")
_WATCH = normalize("شاهد")     # a video tag before a headline's colon
_norm = lru_cache(maxsize=8192)(normalize)   # names are normalised again and again

__all__ = ["Source", "Attribution", "find_attributions", "sources_for", "actor_mentions",
           "mention_ranges"]

_HARD_STOP = set(".:;؛!?؟\n")
_COMMA = set("،,")
_MAX_PHRASE = 10
_MAX_BACK = 8
_MAX_ASIDE = 16      # tokens of a relative clause between a subject and its verb
_RELATIVE = frozenset(normalize(w) for w in ("التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي"))
_RELATIVE_REACH = 60     # characters before a claim that may hold its subject's relative pronoun
_RELATIVE_RE = re.compile("|".join(sorted(_RELATIVE, key=len, reverse=True)))
_KAMA = ("كما ", "وكما ")     # a sentence opening on these goes on with the account before it
_AS = frozenset(("كما", "مثلما", "وكما"))   # "…، كما أفادت مصادر أمنية." (as X reported)
_TAIL_PUNCT = ' .:;؛!?؟\n"\'()«»،,-–'   # what may follow the last name of a sentence


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
    belong: frozenset = frozenset()      # "مصدر في النظام": voice + this word + actor = one voice
    lonely: frozenset = frozenset()      # voices that need a complement (عضو)
    issuer: frozenset = frozenset()      # definite voices that fall back on the last source (البيان)
    lcomp: frozenset = frozenset()       # document voices named with their ل-author (بحث لجامعات)
    rel: frozenset = frozenset()         # relative pronouns (الذين، التي) before a record verb
    record_noun: frozenset = frozenset()  # "تمكن X من توثيق": the verbal nouns of recording
    tally: frozenset = frozenset()       # "في حصيلة جديدة للمرصد": a toll or report noun after في
    toll_back: frozenset = frozenset()   # "قال X إن القتلى …": the dead of the sentence before
    another: frozenset = frozenset()     # "مصدر أمني ثانٍ"، "مصدر آخر": another speaker
    unrecorded: frozenset = frozenset()  # "سجل التنظيم تقدما": what a record verb achieves
    voice_adjs: frozenset = frozenset()  # "مصادر عدة"، "مصادر متطابقة": kept in a voice's name
    obtain: frozenset = frozenset()      # "في إحصائية تحصلت عليها X": X obtained the tally
    receiver: frozenset = frozenset()    # "استقبل مستشفى X": who may receive the dead and report them
    time: frozenset = frozenset()        # اليوم، أمس، الاثنين، مساء: time words (all stops too)


_TIME_WORDS = ("weekday", "daypart", "night")    # date_words.tsv categories that stop a name
_TITLE_REACH = 60   # characters before a person's name where his title stands

_WORD_SETS = ("participle", "marker", "chain", "comp", "stop", "link", "channel", "name_stop",
              "own", "belong", "rel", "record_noun", "tally", "toll_back", "unrecorded",
              "voice_adjective", "obtain", "receiver", "time")
# (the types of attribution_verbs.tsv that are plain word sets)


@lru_cache(maxsize=None)
def lexicon() -> _Lex:
    verbs = {}
    sets: dict[str, set] = {t: set() for t in _WORD_SETS}
    for r in load_table("attribution_verbs.tsv"):
        f = normalize(r["form"])
        t = r["type"]
        if t == "verb":
            verbs[f] = frozenset(x.strip() for x in r.get("flags", "").split(",") if x.strip())
        elif t in sets:
            sets[t].add(f)
    # the weekdays and parts of a day are time words too ("وقالت الوزارة، مساء السبت، إن": no
    # speaker's name between the commas)
    from .dates import load_lexicon as date_lexicon
    for form, readings in date_lexicon().entries.items():
        if " " not in form and any(cat in _TIME_WORDS for cat, _v in readings):
            sets["time"].add(form)
    sets["stop"] |= sets["time"]
    voices = {}
    lonely, issuer, lcomp = set(), set(), set()
    for r in load_table("attribution_voices.tsv"):
        f = normalize(r["form"])
        voices[f] = (r.get("side") or "unknown", r.get("anaphor") in ("yes", "issuer"))
        if r.get("anaphor") == "issuer":
            issuer.add(f)
        if (r.get("complement") or "").strip() == "ل":
            lcomp.add(f)
        if r.get("alone") == "no":
            lonely.add(f)
    # the adjectives that complete an unnamed voice are the actor stage's (actor_patterns.tsv,
    # voice_adjective rows); attribution_verbs.tsv adds the words of number ("مصادر عدة")
    sets["voice_adjective"].update(normalize(r["pattern"]) for r in load_table("actor_patterns.tsv")
                                   if r["type"] == "voice_adjective")
    w = {t: frozenset(v) for t, v in sets.items()}
    return _Lex(verbs, w["participle"], w["marker"], w["chain"], w["comp"], w["stop"], voices,
                frozenset(verbs) | w["participle"] | w["marker"] | w["own"] | w["tally"],
                w["link"], w["channel"], w["name_stop"], w["own"], w["belong"],
                frozenset(lonely), frozenset(issuer), frozenset(lcomp), w["rel"], w["record_noun"],
                w["tally"], w["toll_back"], _another_words(), w["unrecorded"],
                w["voice_adjective"], w["obtain"], w["receiver"], w["time"])


@lru_cache(maxsize=1)
def _who_the_dead() -> re.Pattern:
    """"… بحسب ما أفادت مصادر أمنية. والقتلى هم عشرة من قوات الأمن …": a sentence that opens on the
    dead or the wounded (the definite ``toll_back`` words: القتلى، الجرحى، الضحايا …) telling who
    they were goes on with the account of the toll before it (normalised text)."""
    nouns = sorted((w for w in lexicon().toll_back if w.startswith("ال")), key=len, reverse=True)
    return re.compile(r"[وف]?(?:%s) (?:هم|هن|كانوا|بينهم|من بينهم) " % "|".join(map(re.escape, nouns)))


def _another_words() -> frozenset:
    """Words that, right after a generic voice, make it another speaker ("مصدر أمني ثانٍ"، "مصدر
    آخر"): the words that make an incident another one (the ``another`` rows of
    event_modifiers.tsv: آخر، أخرى، ثان …) and the ordinals from two on (number_words.tsv)."""
    words = {normalize(r["pattern"]) for r in load_table("event_modifiers.tsv")
             if r.get("class") == "another"}
    words.update(w for w, n in ordinals().items() if n >= 2)
    return frozenset(words)


_MAYBE: dict[str, bool] = {}   # word -> may it be a reporting word (a cheap first test)
_UNKNOWN = object()


# word classes: what a written word is to the reader, whatever the document (cached per word)
W_COMP = 1          # a complementizer (إن، أن، بأن; وأن)
W_STOP = 2          # a stop word of the subject phrase (إلى، على, time words)
W_TRIG = 4          # a casualty trigger or victim noun
W_CHAIN = 8         # عن: a relayed source follows
W_FI = 16           # في، عبر: "في بيان"
W_CHANNEL = 32      # بيان، تصريح …: how the source spoke (its stem)
W_LINK = 64         # a word inside a source's name (باسم)
W_B = 128           # ب glued on: "بمقتل"
W_NAME_END = 256    # never extends a name (a clitic, stop, comp, voice, chain, trigger, في، من …)
W_DEF = 512         # written with ال
W_CLITIC = 1024     # a clitic other than ال glued on
W_VOICE = 2048      # a generic voice word as written (never extends a name, unless a complement)
W_BELONG = 4096     # في، داخل، ضمن: "مصدر في النظام"
W_BELONG_B = 8192   # a belong clitic glued on (ب): "مصدر بشرطة بابل"
_NOT_IN_NAME = frozenset(("في", "من", "عن", "مع", "ذاته", "نفسه", "ذاتها", "نفسها"))
# voices that belong to a body named after من as after في ("مصدر من الدفاع المدني"); من is no
# belong word for the rest ("حذّر مسؤول من النظام" warns of the regime)
_FROM_VOICES = frozenset(("مصدر", "مصادر"))
# a preposition with a pronoun right after a speech verb ("أكدت فيه أن"، "قال فيها"): no speaker
_IN_IT = frozenset(normalize(w) for w in ("فيه", "فيها", "فيهم", "فيهما", "عنه", "عنها", "منه", "منها"))
# ... and, whatever follows it, a preposition (maybe with its pronoun) begins no speaker's name
# after a strong verb ("التي اعترف بها في الزبداني": the losses it admitted; normalised)
_NO_SPEAKER_START = frozenset(p + q for p in ("ب", "ل", "عن", "من", "في", "علي", "الي")
                              for q in ("", "ه", "ها", "هم", "هما", "هن"))
# a sound plural that keeps its ن is in no construct state: "أفاد ناشطون وكالة فرانس برس" told
# the agency; the activists are not the agency's ("ناشطو الحي" would be)
_SOUND_PLURAL = ("ون", "ين")
# a noun with its owner glued on after و opens a clause, no name: "، ومقره بريطانيا،"
_POSSESSED = ("ه", "ها", "هم", "هما")
# a pronoun between a noun and a colon makes it a list's subject ("والمواقع هي:"), no source
_COPULA = frozenset(normalize(w) for w in ("هي", "هو", "هم", "هن", "هما"))
# a document voice's issuer: "بيان صادر عن X"، "بيان أصدره X" (normalised forms)
_ISSUED_VERB = frozenset(("اصدره", "اصدرته", "اصدرها"))
_ISSUED = frozenset(("صادر", "صادره")) | _ISSUED_VERB
_ISSUED_BY = frozenset(("عن", "من"))
_WCLS: dict[str, int] = {}
_VOICEW: dict[str, Any] = {}    # word -> its generic-voice entry (side, anaphor), or None
_VKW: dict[str, tuple] = {}     # word -> its readings as a reporting word


def _word_class(t) -> int:
    lex = lexicon()
    from .casualties import trigger_forms
    trig = trigger_forms()
    text, prefix, stem = t[2], t[3], t[4]
    clitic = prefix[:-2] if prefix.endswith("ال") else prefix
    c = 0
    if text in lex.comp or (prefix in ("و", "ف") and stem in lex.comp):
        c |= W_COMP
    if text in lex.stop:
        c |= W_STOP
    if text in trig or stem in trig:
        c |= W_TRIG
    if text in lex.chain:
        c |= W_CHAIN
    if text in ("في", "عبر"):
        c |= W_FI
    if stem in lex.channel:
        c |= W_CHANNEL
    if text in lex.link:
        c |= W_LINK
    if "ب" in prefix or text == "ب":
        c |= W_B
    if clitic or text in lex.stop or text in lex.comp or text in lex.name_stop \
            or text in lex.chain or text in _NOT_IN_NAME or text in _RELATIVE or c & W_TRIG:
        c |= W_NAME_END
    if text in lex.voices:
        c |= W_VOICE
    if text in lex.belong:
        c |= W_BELONG
    if clitic and clitic in lex.belong:
        c |= W_BELONG_B
    if text.startswith("ال"):
        c |= W_DEF
    if clitic:
        c |= W_CLITIC
    if len(_WCLS) > 200_000:
        _WCLS.clear()
    _WCLS[text] = c
    return c


def _voice_word(t):
    """The generic-voice entry a written word reads as (no ب/ل/ك glued on), or None."""
    lex = lexicon()
    text, prefix, stem = t[2], t[3], t[4]
    v = None
    pp = prefix[:-2] if prefix.endswith("ال") else prefix
    if not any(c in pp for c in "بلك"):
        v = lex.voices.get(text) or lex.voices.get(stem) \
            or lex.voices.get("ال" + stem if prefix.endswith("ال") else "\0")
    if len(_VOICEW) > 200_000:
        _VOICEW.clear()
    _VOICEW[text] = v
    return v


_MISSING = object()
_OWN = ("own", frozenset())
_PART = ("participle", frozenset())
_MARK = ("marker", frozenset())
_TALLY = ("tally", frozenset())


def _vk_word(t) -> tuple:
    """The readings of a written word as a reporting word, in the order they are tried:
    ((may it be "يُذكر" with no subject, the reading or None), ...)."""
    lex = lexicon()
    text, prefix, stem = t[2], t[3], t[4]
    forms = [text]
    if prefix in ("و", "ف", "ب", "وب", "فب"):
        forms.append(stem)
    for pre, st in candidates(text)[1:]:
        if pre in ("و", "ف", "ب", "وب", "فب") and st not in forms:
            forms.append(st)
    out = []
    for f in forms:
        pre = text[:len(text) - len(f)]
        own = f in lex.own and pre in ("", "و", "ف")
        if f in lex.verbs and pre in ("", "و", "ف"):
            res = ("verb", lex.verbs[f])
        elif f in lex.participles and pre in ("", "و", "ف"):
            res = _PART
        elif f in lex.markers:
            res = _MARK
        elif f in lex.tally and pre in ("", "و"):
            res = _TALLY
        else:
            res = None
        if own or res is not None:
            out.append((own, res))
    r = _VKW[text] = tuple(out)
    if len(_VKW) > 200_000:
        _VKW.clear()
    return r


_ALIASES = None


def _known(nt: str, names: tuple) -> bool:
    """Does the normalised name ``nt`` begin with one of ``names`` or with an alias of the actor
    lexicon (data/actors.tsv)?"""
    if nt.startswith(names):
        return True
    global _ALIASES
    if _ALIASES is None:
        try:
            from .actors import lexicon as _actor_lexicon
            _ALIASES = frozenset(_actor_lexicon().aliases)
        except Exception:      # the actor lexicon is optional here
            _ALIASES = frozenset()
    words = nt.split()
    for w in range(min(len(words), 6), 0, -1):
        if " ".join(words[:w]) in _ALIASES:
            return True
    return False


_WREC: dict[str, tuple] = {}   # word -> (may it be a reporting word, its casualty record) or ()


def _word_rec(t) -> tuple:
    """The record of a written word for :class:`TokenInfo`, cached in ``_WREC``."""
    from .casualties import word_record
    w = t[2]
    m = _MAYBE.get(w)
    if m is None:
        m = _maybe(w)
    c = word_record(t)
    r = _WREC[w] = (m, c) if (m or c) else ()
    return r


def _maybe(w: str) -> bool:
    allf = lexicon().all_forms
    if len(_MAYBE) > 200_000:
        _MAYBE.clear()
    r = _MAYBE[w] = any(w[x:] in allf for x in range(0, min(5, len(w) - 1)))
    return r


# --------------------------------------------------------------------------- per-document token data

_FIRST = itemgetter(0)
_SECOND = itemgetter(1)
_TEXT = itemgetter(2)
_HARD_CHARS = ".:;؛!?؟\n"
_COMMA_CHARS = "،,"
_QUOTE_CHARS = '"()'


def _nisba(stem: str) -> bool:
    """A relational (nisba) adjective as normalised: عسكريه، حكوميه، امني، محليين."""
    return len(stem) >= 3 and stem.endswith(("ي", "يه", "يين", "يون"))


def _starts_texts(doc: Document) -> tuple:
    """Token starts and texts (read-only sequences): the segmenter's ``doc.columns`` themselves
    (tuples, shared, not copied) when they describe ``doc.tokens``, else read off the tokens."""
    toks = doc.tokens
    cols = doc.columns
    if cols and len(cols) >= 3 and len(cols[0]) == len(toks) and toks \
            and cols[0][0] == toks[0][0] and cols[0][-1] == toks[-1][0] \
            and cols[2][0] == toks[0][2] and cols[2][-1] == toks[-1][2]:
        if cols[0].__class__ is tuple and cols[2].__class__ is tuple:
            return cols[0], cols[2]
        return list(cols[0]), list(cols[2])
    return list(map(_FIRST, toks)), list(map(_TEXT, toks))


# 0, 1, 2 …: token indices as int objects made once (``compress(range(n), …)`` makes an int per
# token of the document, each one freed again, to keep the few it selects)
_INDICES = list(range(10_000))


def _records(toks, texts: list[str]):
    """The ``_WREC`` record of every token (a read-only sequence): all at once (one C-level
    read of the cache, a tuple) when every word has been seen before, else word by word, the
    new ones computed."""
    if len(texts) > 1:
        try:
            return itemgetter(*texts)(_WREC)
        except KeyError:
            pass
    recs = list(map(_WREC.get, texts, repeat(_UNKNOWN)))
    for i, r in enumerate(recs):
        if r is _UNKNOWN:
            recs[i] = _word_rec(toks[i])
    return recs


class TokenInfo:
    """Per-document token data shared by the attribution and casualty readers (computed once):
    token starts and texts; the tokens with a hard stop (``hard``: . : ; ؛ ! ? ؟ line break), a
    colon (``colon``) or a comma (``comma``) in the gap before them; and the quotes and brackets
    in the gap before a token (``punct``: index -> those of '"()' found there)."""

    __slots__ = ("starts", "texts", "punct", "hard", "comma", "brk", "colon", "recs", "cand",
                 "cas")

    def __init__(self, doc: Document):
        toks = doc.tokens
        n = len(toks)
        self.starts, self.texts = starts, texts = _starts_texts(doc)
        # one look-up per token serves both readers: each word's record (may it be a reporting
        # word, its casualty roles and flags), cached across documents; () for a word neither
        # reader looks at
        if len(_WREC) > 200_000:
            _WREC.clear()
        self.recs = recs = _records(toks, texts)
        # tokens with casualty roles or flags (and reporting words); those that may be
        # reporting words
        self.cas = cas = list(compress(_INDICES if n <= len(_INDICES) else range(n), recs))
        self.cand = [i for i in cas if recs[i][0]]
        norm = doc.norm
        at = partial(bisect.bisect_left, starts)
        hard = set(map(at, char_positions(norm, _HARD_CHARS)))
        colon = set(map(at, char_positions(norm, ":")))
        comma = set(map(at, char_positions(norm, _COMMA_CHARS)))
        for x in (hard, colon, comma):
            x.discard(0)
            x.discard(n)
        punct: dict[int, str] = {}
        for c in _QUOTE_CHARS:
            for k in map(at, char_positions(norm, c)):
                if 0 < k < n:
                    punct[k] = punct.get(k, "") + c
        self.punct = punct
        self.hard, self.comma, self.colon = hard, comma, colon
        self.brk = hard | comma


def token_info(doc: Document) -> TokenInfo:
    """The :class:`TokenInfo` of a document, cached on ``doc.options``."""
    c = doc.options.get("_ac_tokinfo")
    if c is not None and c[0] is doc.tokens and c[1] == len(doc.tokens) and c[2] is doc.normalized:
        return c[3]
    ti = TokenInfo(doc)
    doc.options["_ac_tokinfo"] = (doc.tokens, len(doc.tokens), doc.normalized, ti)
    return ti


def paragraphs(doc: Document) -> list[int]:
    """Paragraph number of each sentence (cached on ``doc.options``)."""
    c = doc.options.get("_ac_para")
    if c is not None and c[0] is doc.sentences and c[1] == len(doc.sentences) and c[2] is doc.normalized:
        return c[3]
    para = _paragraphs(doc.norm, doc.sentences)
    doc.options["_ac_para"] = (doc.sentences, len(doc.sentences), doc.normalized, para)
    return para


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
    person: bool = False     # a person's name set off by an apposition ("نجيب الأنصاري، وهو مسؤول …")
    another: str = ""        # "مصدر أمني ثانٍ": the word that makes it another speaker than
    # the one of the same name before

    def ref(self) -> dict:
        return {"id": self.id, "name_ar": self.name_ar, "side": self.side}

    def same(self, other: "Source") -> bool:
        if self.another != other.another:
            return False
        if self.id is not None or other.id is not None:
            return self.id == other.id
        return _norm(self.name_ar) == _norm(other.name_ar)


class Attribution:
    """One claim: ``sources`` (chain order), ``kind`` (verb | participle | marker | headline),
    ``verb`` (normalised span of the verb or formula), ``ranges`` (normalised ranges the claim
    covers), ``evidence`` (spans of the verb and of the sources named there: made when first
    read), ``inherited`` (the speaker was carried over from an earlier attribution), ``fresh``
    (the sources named at this place)."""

    __slots__ = ("sources", "kind", "verb", "ranges", "inherited", "fresh", "_evidence", "_doc",
                 "_ev_ranges", "denies")

    def __init__(self, sources: list[Source], kind: str, verb: tuple[int, int],
                 ranges: list[tuple[int, int]], evidence: list[Span] | None = None,
                 inherited: bool = False, fresh: list | None = None):
        self.sources = sources
        self.kind = kind
        self.verb = verb
        self.ranges = ranges
        self._evidence = evidence
        self.inherited = inherited
        self.fresh = [] if fresh is None else fresh
        self._doc = None
        self._ev_ranges = ()
        self.denies = False     # a denial ("نفى الجيش …"): its sources do not claim what it covers

    @property
    def evidence(self) -> list[Span]:
        if self._evidence is None:
            doc = self._doc() if self._doc is not None else None
            self._evidence = [doc.span(a, b) for a, b in self._ev_ranges] if doc is not None else []
            self._doc = None
        return self._evidence

    @evidence.setter
    def evidence(self, value: list[Span]) -> None:
        self._evidence = value
        self._doc = None

    def _key(self):
        return (self.sources, self.kind, self.verb, self.ranges, self.evidence, self.inherited)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()

    __hash__ = None

    def __repr__(self) -> str:
        return (f"Attribution(sources={self.sources!r}, kind={self.kind!r}, verb={self.verb!r}, "
                f"ranges={self.ranges!r}, evidence={self.evidence!r}, inherited={self.inherited!r})")

    def covers(self, s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in self.ranges)

    def width(self) -> int:
        return sum(b - a for a, b in self.ranges)

    def to_json(self) -> dict:
        return {"sources": [x.ref() for x in self.sources], "kind": self.kind,
                "evidence": [e.to_json() for e in self.evidence]}


# --------------------------------------------------------------------------- mentions

_RANGE_ATTRS = ("norm_spans", "mentions_norm", "norm_mentions", "mentions", "spans", "ranges")
_PLAIN: dict[type, Any] = {}   # class -> its range attributes that are not plain instance data


def _plain(cls: type):
    """The range attribute names ``cls`` defines at class level (a property, a slot, a class
    attribute: read them with getattr), or None when its items read attributes their own way."""
    r = _PLAIN.get(cls, _MISSING)
    if r is _MISSING:
        if cls.__getattribute__ is object.__getattribute__ and not hasattr(cls, "__getattr__") \
                and not issubclass(cls, dict):
            r = frozenset(a for a in _RANGE_ATTRS if hasattr(cls, a))
        else:
            r = None
        _PLAIN[cls] = r
    return r


def _ranges_fast(item: Any):
    """:func:`mention_ranges` for an item whose ranges are (start, end) pairs in its __dict__
    (the actor and place items), or None when the general reading is needed."""
    try:
        d = item.__dict__
    except AttributeError:
        return None
    special = _plain(item.__class__)
    if special is None:
        return None
    for attr in _RANGE_ATTRS:
        if attr in special:
            return None
        v = d.get(attr)
        if not v:
            continue
        if v.__class__ is not list and v.__class__ is not tuple:
            return None
        for m in v:
            if m.__class__ is not tuple or len(m) != 2 or m[0].__class__ is not int:
                return None
        return list(v)
    return []


def mention_ranges(item: Any) -> list[tuple[int, int]]:
    """Normalised (start, end) ranges of an actor's or place's mentions, whatever it calls them."""
    fast = _ranges_fast(item)
    if fast is not None:
        return fast
    for attr in ("norm_spans", "mentions_norm", "norm_mentions", "mentions", "spans", "ranges"):
        v = getattr(item, attr, None)
        if v is None and isinstance(item, dict):
            v = item.get(attr)
        if not v or not isinstance(v, (list, tuple)):
            continue
        if all(type(m) is tuple and len(m) == 2 and type(m[0]) is int for m in v):
            return list(v)      # (start, end) pairs already
        out = []
        for m in v:
            if type(m) is tuple and len(m) == 2 and type(m[0]) is int:
                out.append(m)
            elif isinstance(m, (tuple, list)) and len(m) >= 2 and isinstance(m[0], int):
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


_TRIGGERS = None


def _triggers() -> frozenset:
    global _TRIGGERS
    if _TRIGGERS is None:
        from .casualties import trigger_forms
        _TRIGGERS = trigger_forms()
    return _TRIGGERS


_PLANS: dict[type, Any] = {}   # class -> (range attributes read from __dict__, then a class-level one?)


def _plan(cls: type):
    """How :func:`_ranges_fast` reads an item of ``cls``: the range attributes it looks up in
    the instance ``__dict__``, in order, and whether a class-level one (a property …) comes
    after them; None when its items read attributes their own way."""
    r = _PLANS.get(cls, _MISSING)
    if r is _MISSING:
        special = _plain(cls)
        if special is None:
            r = None
        else:
            attrs: list[str] = []
            tail = False
            for a in _RANGE_ATTRS:
                if a in special:
                    tail = True
                    break
                attrs.append(a)
            r = (tuple(attrs), tail)
        _PLANS[cls] = r
    return r


def _raw_ranges(item: Any):
    """The mention list :func:`_ranges_fast` would read off ``item`` before checking its pairs
    (a non-empty list or tuple), ``()`` for none, or None when the general reading is needed."""
    try:
        d = item.__dict__
    except AttributeError:
        return None
    plan = _PLANS.get(item.__class__, _MISSING)
    if plan is _MISSING:
        plan = _plan(item.__class__)
    if plan is None:
        return None
    for attr in plan[0]:
        v = d.get(attr)
        if v:
            c = v.__class__
            return v if c is list or c is tuple else None
    return None if plan[1] else ()


def _same_class_ranges(items):
    """:func:`_raw_ranges` of every item at once (C-level column reads of the instance dicts)
    when the items are of one class and one range attribute holds a list or tuple on each of
    them, the ones before it on none; else None."""
    if not items or len(set(map(type, items))) != 1:
        return None
    cls = type(items[0])
    if cls is not items[0].__class__:
        return None
    plan = _PLANS.get(cls, _MISSING)
    if plan is _MISSING:
        plan = _plan(cls)
    if plan is None:
        return None
    try:
        dicts = list(map(vars, items))
    except TypeError:
        return None
    for attr in plan[0]:
        col = list(map(dict.get, dicts, repeat(attr)))
        if any(col):
            if all(col) and set(map(type, col)) <= _LIST_T:
                return col
            return None
    return None


_LIST_T = {list, tuple}
_TUPLE_T = {tuple}
_TWO = {2}
_INT_T = {int}


def _mention_pairs(items) -> tuple[list, list[int]]:
    """Every (start, end) pair of every item, item by item (what :func:`mention_ranges` gives
    for each), and how many each item has. The items' own lists are read as they are and their
    pairs checked all at once at C level (exact tuples of two, an int first); when that fails
    anywhere, every item goes through :func:`mention_ranges`."""
    vs = _same_class_ranges(items)
    if vs is None:
        vs = []
        for it in items:
            v = _raw_ranges(it)
            vs.append(mention_ranges(it) if v is None else v)
    flat = list(chain.from_iterable(vs))
    if flat and not (set(map(type, flat)) == _TUPLE_T and set(map(len, flat)) == _TWO
                     and set(map(type, map(_FIRST, flat))) == _INT_T):
        vs = [mention_ranges(it) for it in items]
        flat = list(chain.from_iterable(vs))
    return flat, list(map(len, vs))


def place_mentions(doc: Document) -> list[tuple[int, int, int]]:
    """Every place mention of the document, (start, end, index into doc.places), sorted."""
    cache = doc.options.get("_place_mentions")
    if cache is not None and cache[0] is doc.places and cache[1] == len(doc.places):
        return cache[2]
    flat, lens = _mention_pairs(doc.places)
    out = list(zip(map(_FIRST, flat), map(_SECOND, flat),
                   chain.from_iterable(map(repeat, range(len(lens)), lens))))
    out.sort()
    describing = doc.options.get(DESCRIBING_PLACES)
    if describing:
        # "أجدابيا شرق ليبيا": the country describes where the town is; nothing happens there
        out = [x for x in out if (x[0], x[1]) not in describing]
    doc.options["_place_mentions"] = (doc.places, len(doc.places), out)
    return out


def actor_mentions(doc: Document) -> list[tuple[int, int, Any]]:
    """Every actor mention of the document, (start, end, actor), by position."""
    cache = doc.options.get("_actor_mentions")
    if cache is not None and cache[0] is doc.actors and cache[1] == len(doc.actors):
        return cache[2]
    flat, lens = _mention_pairs(doc.actors)
    out = list(zip(map(_FIRST, flat), map(_SECOND, flat),
                   chain.from_iterable(map(repeat, doc.actors, lens))))
    # by start, the longest first (two stable sorts: by end descending, then by start)
    out.sort(key=itemgetter(1), reverse=True)
    out.sort(key=itemgetter(0))
    doc.options["_actor_mentions"] = (doc.actors, len(doc.actors), out)
    return out


# --------------------------------------------------------------------------- the reader

# the word classes phrase_after looks at
_PHRASE_BITS = W_COMP | W_STOP | W_TRIG | W_CHAIN | W_FI | W_LINK | W_B


def _actor_on(toks, starts: list[int], ments) -> list:
    """Token index -> the actor mention starting on that token, at its first letter or after a
    clitic glued to it (the nearest to the word's start, the longest when several start at one
    place), or None; computed from the mentions (far fewer than the tokens)."""
    out = [None] * len(toks)
    if not ments:
        return out
    at = {m[0]: m for m in reversed(ments)}     # start -> the longest mention there
    br = bisect.bisect_right
    # the starts from the last: a token keeps the mention met last, the nearest to its start
    for p in sorted(at, reverse=True):
        k = br(starts, p) - 1
        m = at[p]
        while k >= 0 and p - starts[k] <= len(toks[k][3]):
            out[k] = m
            k -= 1
    return out


class _Reader:
    def __init__(self, doc: Document):
        self.doc = doc
        self.lex = lexicon()
        self.norm = doc.norm
        self.normalized = doc.normalized
        # normalised span -> original span (two bisections for a span inside the text)
        nz = doc.normalized
        self.to_original = nz.span_mapper() if hasattr(nz, "span_mapper") else \
            getattr(nz, "to_original", None)
        self.docref = weakref.ref(doc)
        self.toks = toks = doc.tokens
        ti = self.ti = token_info(doc)
        self.starts = starts = ti.starts
        self.texts = ti.texts
        self.P = ti.punct
        self.hard, self.comma, self.brk = ti.hard, ti.comma, ti.brk
        self.ments = actor_mentions(doc)
        self.ment_starts = list(map(_FIRST, self.ments))
        # token index -> the actor mention starting on it, after any clitic glued to it (lazily)
        self.aon = _actor_on(toks, starts, self.ments)
        # the furthest end of the mentions up to each one (``covered`` gives up early)
        self.ment_maxend = list(accumulate(map(_SECOND, self.ments), max, initial=-1))[1:]
        # tokens that may be reporting words (a cheap first test on the word)
        self.cand = ti.cand
        self.cset = frozenset(self.cand)
        self.qstarts = {q.start for q in doc.quantities if getattr(q, "start", None) is not None}
        self.qspans = sorted((q.start, q.end) for q in doc.quantities)
        self.triggers = _triggers()
        # tokens inside a quantity (``in_quantity``) and tokens a quantity starts on
        n = len(toks)
        qin, qst = set(), set()
        bl, br = bisect.bisect_left, bisect.bisect_right
        qspans = self.qspans
        qss = [x[0] for x in qspans]
        for qs, qe in qspans:
            i = bl(starts, qs)
            while i < n and starts[i] < qe:
                pos = starts[i]
                x = br(qss, pos) - 1       # in_quantity(pos): the last span starting by pos
                if x >= 0 and pos < qspans[x][1]:
                    qin.add(i)
                i += 1
        for p in self.qstarts:
            i = bl(starts, p)
            if i < n and starts[i] == p:
                qst.add(i)
        self.qin, self.qst = qin, qst
        self.qany = qin | qst
        # tokens phrase_after must look at whatever the word: a stop or a comma before them, a
        # quote or a bracket, a number, a possible reporting word
        self.special = special = set(self.brk)
        special.update(self.P, self.qany, self.cand)
        self._names: dict[int, list] = {}
        self._place_ends = None
        self._place_spans = None     # place mention start -> end, read on first use
        self.out: list[Attribution] = []
        self.closing: list = []     # (attribution, sentence) of formulas closing their sentence
        self.known: list[Source] = []      # sources named so far, for anaphora
        self._vk: dict[int, Any] = {}
        self.phrase_end_tok = 0
        self._alis = None       # where the name Ali is written (its dotted ya), read on first use

    # -- token helpers
    def word(self, i: int) -> str:
        return self.toks[i].text

    def _ali_name(self, i: int) -> bool:
        """Is token i the name Ali, علي written with its dotted ya ("، غزوان علي،"), not the
        preposition على that normalising folds it into? (see actors.dotted_ali)"""
        if self.toks[i].text != "علي":
            return False
        if self._alis is None:
            from .actors import dotted_ali
            self._alis = dotted_ali(self.doc)
        return self.toks[i].start in self._alis

    def pg(self, i: int) -> str:
        """The quotes and brackets between token i-1 and token i."""
        return self.P.get(i, "")

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
        return self.aon[k]

    def covered(self, pos: int):
        """The actor mention covering ``pos``, if any."""
        i = bisect.bisect_right(self.ment_starts, pos) - 1
        if i < 0 or self.ment_maxend[i] <= pos:
            return None         # no mention up to here reaches pos
        lo = i - 3
        while i >= 0 and i >= lo:
            m = self.ments[i]
            if m[0] <= pos < m[1]:
                return m
            i -= 1
        return None

    def in_quantity(self, pos: int) -> bool:
        i = bisect.bisect_right(self.qspans, (pos, float("inf"))) - 1
        return i >= 0 and self.qspans[i][0] <= pos < self.qspans[i][1]

    def verb_kind(self, i: int) -> tuple[str, frozenset] | None:
        if i not in self.cset:
            return None
        if i in self._vk:
            return self._vk[i]
        r = self._verb_kind(i)
        self._vk[i] = r
        return r

    def _verb_kind(self, i: int) -> tuple[str, frozenset] | None:
        t = self.toks[i]
        if self.covered(t[0]):
            return None
        seq = _VKW.get(t[2])
        if seq is None:
            seq = _vk_word(t)
        for own, res in seq:
            # "يُذكر أن" / "يشار إلى أن": no subject, the outlet's own background
            if own and i + 1 < len(self.toks):
                nx = self.toks[i + 1]
                if self.wc(i + 1) & (W_COMP | W_STOP) or nx[4] in ("اشاره", "بالذكر"):
                    return _OWN
            if res is not None:
                if res is _TALLY and (i == 0 or self.toks[i - 1][2] not in ("في", "وفي")):
                    continue    # "ارتفعت حصيلة القتلى": only "في حصيلة … لـ X" names a source
                return res
        return None

    def wc(self, i: int) -> int:
        """The word class of token i (W_* bits)."""
        t = self.toks[i]
        c = _WCLS.get(t[2])
        return _word_class(t) if c is None else c

    def word_in(self, i: int, words) -> bool:
        """Is token i, as written or without its clitics, one of ``words``?"""
        t = self.toks[i]
        return t.text in words or t.stem in words

    def _country_word(self, i: int) -> bool:
        """Is token i a country's own name ("مصر"، "السعودية"، not "المصرية")?"""
        return self.word_in(i, country_names())

    def is_comp(self, i: int) -> bool:
        return bool(self.wc(i) & W_COMP)

    def is_trigger(self, i: int) -> bool:
        t = self.toks[i]
        return t[2] in self.triggers or t[4] in self.triggers

    # -- sources in a token range
    def sources_in(self, a: int, b: int, addressee_ok: bool = True, lam_first: bool = False) -> list[Source]:
        """Actors and generic voices among tokens a..b-1, in text order; ``lam_first``: the
        first word may be a voice with ل glued on (after a formula: "ووفقاً لمصادر أخرى")."""
        out: list[Source] = []
        if a >= b:
            return out
        toks, aon, voicew = self.toks, self.aon, _VOICEW
        starts, bl, nt = self.starts, bisect.bisect_left, len(self.starts)
        hi = toks[b - 1][1]
        i = a
        while i < b:
            t = toks[i]
            m = aon[i]
            if m is not None and (m[1] <= hi or (m[1] - hi <= 2 and self.norm[m[1] - 1] == '"')):
                j = i
                while j + 1 < b and toks[j + 1][0] < m[1]:
                    j += 1
                end = self._extend_name(j, b)
                if end < m[1]:
                    end = m[1]      # 'تلفزيون "المسيرة"': the name ends on its closing quote
                p = t[3]
                if p.endswith("ال"):
                    p = p[:-2]
                addr = p.endswith("ل") or (i > a and toks[i - 1][2] == "ل")
                if not (addr and i > a and toks[i - 1][2] in self.lex.name_stop):
                    # (not "الدفاع المدني التابع للمعارضة": the body it belongs to)
                    out.append(self._actor_source(m[2], m[0], end, addr))
                i = bl(starts, end, i + 1) if i + 1 < nt else i + 1     # the token after end
                continue
            v = voicew.get(t[2], _MISSING)
            if lam_first and i == a and t[3] == "ل" and t[4] not in self.lex.lcomp:
                v = self.lex.voices.get(t[4])     # (not a document: "وفقاً لتقرير صادر عن X")
            if v is None and t[2] != "ل":
                i += 1          # a word that is neither a mention nor a voice
                continue
            # "لـ (جيرون)"، "لـ\"عنب بلدي\"": an outlet in quotes the speaker talked to
            if t.text == "ل" and i + 1 < b and any(c in '"(' for c in self.pg(i + 1)):
                k = i + 1
                while k < b and k < i + 5 and not any(c in '")' for c in self.pg(k + 1) if k + 1 < len(self.toks)):
                    k += 1
                if k < b and self.actor_on(i + 1) is None:
                    s0, e0 = self.toks[i + 1].start, self.toks[k].end
                    out.append(Source(None, self._text(s0, e0), "media", s0, e0, None, True))
                    i = k + 1
                    continue
            if v is _MISSING:
                v = _voice_word(t)
            if v is not None and not self.covered(t.start):
                side, anaphor = v
                definite = t.prefix.endswith("ال") or t.stem.startswith("ال")
                if anaphor and definite:
                    ref = self._antecedent(t.stem[2:] if t.stem.startswith("ال") else t.stem)
                    iss = self.lex.issuer
                    if ref is None and (t.text in iss or t.stem in iss or "ال" + t.stem in iss):
                        ref = self._issuer(side)     # "وفق البيان": whoever issued it
                    if ref is not None:
                        out.append(Source(ref.id, ref.name_ar, ref.side, t.start, t.end,
                                          ref.actor))
                        i += 1
                        continue
                lonely = t.text in self.lex.lonely or t.stem in self.lex.lonely
                end = self._extend_name(i, b, voice=True, relational=lonely,
                                        lcomp=t.text in self.lex.lcomp or t.stem in self.lex.lcomp)
                m = self.swallowed
                if lonely and m is None and end == t.end:
                    i += 1        # "وقال عضو إن": a member of nothing named is nobody
                    continue
                # the name without a clitic glued on when the rest is the voice word (ومصادر)
                s0 = t.start
                if t.text not in self.lex.voices:
                    clitic = t.prefix[:-2] if t.prefix.endswith("ال") else t.prefix
                    s0 += len(clitic)
                name = self._text(s0, end)
                nxt = bl(starts, end, i + 1) if i + 1 < nt else i + 1
                person = self._titled_person(nxt, end) if m is None else None
                if m is not None:     # the voice of a known body: its id and side
                    out.append(Source(_get(m[2], "id"), name, _get(m[2], "side") or side,
                                      s0, end, m[2]))
                elif person is not None:
                    # "رئيس مجلس محافظة الأنبار صباح كرحوت": the voice is the title of the
                    # person named right after it
                    pe = person[1]
                    pside = _get(person[2], "side")
                    out.append(Source(_get(person[2], "id"), self._text(s0, pe),
                                      side if pside in (None, "", "unknown") else pside,
                                      s0, pe, person[2]))
                    nxt = bl(starts, pe, i + 1) if i + 1 < nt else i + 1
                else:
                    out.append(Source(None, name, side, s0, end))
                i = nxt
                continue
            i += 1
        # a voice takes the side of the body it belongs to ("مصادر في فصائل المعارضة")
        for k, s in enumerate(out):
            if s.id is None and s.side == "unknown":
                for s2 in out[k + 1:]:
                    if s2.id is not None and s2.side:
                        s.side = s2.side
                        break
        # "وأكد مصدر أمني ثانٍ": another speaker than the security source before
        another = self.lex.another
        if another:
            for s in out:
                t = bisect.bisect_left(self.starts, s.end)
                if t < len(self.starts) and self.toks[t][0] - s.end <= 1:
                    w = self.toks[t][2]
                    if w in another:
                        s.another = w
        return out

    def _titled_person(self, k: int, end: int):
        """The mention of a named person on token ``k`` right after a voice ending at ``end``
        (at most a comma between), or right after the place the voice holds office in ("رئيس
        مجلس قضاء حديثة مبروك حميد"), else None."""
        starts = self.starts
        for _ in range(2):
            if k >= len(starts) or starts[k] - end > TITLE_GAP:
                return None
            m = self.actor_on(k)
            if m is not None:
                return m if str(_get(m[2], "id") or "").startswith("person:") else None
            # the place, on token k or after its head word on token k + 1 ("قضاء حديثة")
            pe = self._place_from(starts[k])
            if pe is None and k + 1 < len(starts):
                pe = self._place_from(starts[k + 1])
            if pe is None:
                return None
            k = bisect.bisect_left(starts, pe, k)
            end = pe
        return None

    def _index_after(self, end: int, i: int) -> int:
        """The first token after token i that starts at or after ``end``."""
        return bisect.bisect_left(self.starts, end, i + 1) if i + 1 < len(self.starts) else i + 1

    def _extend_name(self, j: int, b: int, voice: bool = False, relational: bool = False,
                     lcomp: bool = False) -> int:
        """End of a name whose last token is j, over the adjectives that follow it. For a voice,
        a body named right after it (مراسل الجزيرة) or after في/داخل/ضمن or a glued ب (مصدر في
        النظام، مصدر بشرطة بابل) is swallowed into it (``self.swallowed``: that mention);
        ``relational``: the voice needs a complement (عضو), the word after it is one even when
        it is itself a voice word (عضو المجلس المحلي)."""
        toks = self.toks
        end = toks[j][1]
        self.swallowed = None
        added = 0
        k = j + 1
        brk, P, aon = self.brk, self.P, self.aon
        if relational and k < len(toks) and k not in brk and aon[k] is None:
            pe = self._place_from(toks[k][0])
            if pe is not None:
                # "قائمقام قضاء هيت": the office of a place, the place with its head word
                # (past the phrase's bound: قضاء is also the masdar of a deed)
                end = pe
                added = 1
                k = bisect.bisect_left(self.starts, pe, k + 1)
        while k < b and added < 3:
            if k in brk or toks[k][2] == "ل":
                break       # ("مصادر لـ"سمارت"": ل cut off by a tatweel opens the outlet spoken to)
            c = self.wc(k)
            m = aon[k]
            if lcomp and added == 0 and toks[k][3] == "ل" and k not in P:
                # "بحث لجامعات أمريكية"، "تقرير لمنظمة العفو": the document's author
                if m is not None:
                    return self._swallow(m)
                end = toks[k][1]
                k += 1
                # then its nisba adjectives, definite words or a place ("أمريكية"، "لجامعة
                # لندن"), not the claim ("عدد القتلى")
                more = 0
                while k < b and more < 3 and k not in brk and k not in P \
                        and not self.wc(k) & W_NAME_END and (_nisba(toks[k][4]) or (
                            aon[k] is None and (self.wc(k) & W_DEF or self._place_from(toks[k][0]) is not None))):
                    end = toks[k][1]
                    k += 1
                    more += 1
                return end
            if lcomp and added == 0 and not toks[k][3] and toks[k][2] in _ISSUED:
                # "بيان صادر عن وزارة الصحة"، "بيان أصدره الجيش": the statement's issuer
                # (the phrase's bound b stops at عن: the issuer lies past it)
                n = k + 1 if toks[k][2] in _ISSUED_VERB else k + 2
                # (n < len(toks) first: then token k + 1 exists too)
                if n < len(toks) and n not in brk and n not in P and aon[n] is not None \
                        and (n == k + 1 or (toks[k + 1][2] in _ISSUED_BY and not toks[k + 1][3])) \
                        and aon[n][0] == toks[n][0] and not self._place_like(aon[n]):
                    return self._swallow(aon[n])
            if voice and m is not None and (not c & W_CLITIC or m[0] == toks[k][0]
                                            or (c & W_BELONG_B and not self._place_like(m))) \
                    and not (k == j + 1 and not c & W_CLITIC
                             and toks[j][4].endswith(_SOUND_PLURAL)):
                # "مراسل الجزيرة"، 'صحيفة "العربي الجديد"'، 'وكالة "فرانس برس"' (its first letter
                # is no clitic: the name starts on it): the voice is named by its body;
                # "مصدر بشرطة بابل": a voice inside a body (not "مدير الشركة بالسعودية": a place)
                return self._swallow(m)
            if k in P:
                break
            if voice and (c & W_BELONG or (toks[k][2] == "من" and toks[j][4] in _FROM_VOICES)) \
                    and k + 1 < b and k + 1 not in brk and k + 1 not in P:
                m2 = aon[k + 1]
                if m2 is not None and (not self.wc(k + 1) & W_CLITIC or m2[0] == toks[k + 1][0]) \
                        and not self._place_like(m2):
                    return self._swallow(m2)      # "مصدر في النظام": one voice, the body's
                if m2 is None and self.wc(k + 1) & W_VOICE and not self.wc(k + 1) & W_CLITIC \
                        and self.toks[k][2] == "في":
                    # "مصدر مسؤول في وزارة الداخلية": a body the actor stage does not list
                    inner = self._extend_name(k + 1, b, voice=True)
                    if self.swallowed is None:
                        return inner
                    return self._swallow(self.swallowed)
            if voice and added == 0 and m is None and c & W_BELONG_B and k + 1 < b and k not in P \
                    and self._voice_stem(toks[k]):
                # "مسؤول بالمجلس البلدي لبراك الشاطئ": a body the actor stage does not list,
                # glued on with ب, as after في
                return self._extend_name(k, b, voice=True)
            if voice and added and m is None and toks[k][3] == "ل" and self.wc(k - 1) & W_DEF \
                    and k not in P:
                pe = self._place_from(toks[k][0] + 1)
                if pe is not None:
                    # "عضو المجلس البلدي لمرزق": the body of a place, named with it
                    end = pe
                    added += 1
                    k = bisect.bisect_left(self.starts, pe, k + 1)
                    continue
            if voice and added == 0 and c & W_VOICE and not c & (W_CLITIC | W_DEF) \
                    and not self.wc(j) & W_DEF and m is None and k not in P:
                # "مصدر مسؤول"، "مصدر طبي": a voice word used as the adjective of another
                end = toks[k][1]
                added += 1
                k += 1
                continue
            tk = toks[k]
            if m is None and (not tk[3] or tk[3] == "و") \
                    and (_nisba(tk[4]) or (tk[4] in self.lex.voice_adjs and not tk[3])) \
                    and not c & (W_VOICE | W_STOP | W_COMP | W_TRIG | W_DEF) \
                    and not self.wc(k - 1) & W_DEF and not (k in self.cset and self.verb_kind(k)) \
                    and (not tk[3] or _nisba(toks[k - 1][4])):
                # "مصادر عسكرية حكومية"، "مصادر أمنية وطبية": indefinite adjectives of an
                # indefinite name (the coordinated one only after another adjective); "مصادر
                # عدة"، "مصادر متطابقة": the voice_adjective words
                end = tk[1]
                added += 1
                k += 1
                continue
            if c & W_NAME_END or (k in self.cset and self.verb_kind(k)) or k in self.qst:
                break
            if toks[k][2] in WEEKDAYS:
                break       # "وفق ما أفاد المرصد السوري الأحد": the day dates the report
            if c & W_VOICE and not (relational and added == 0):
                break
            if m is not None:
                break
            if not voice and not c & W_DEF:
                break
            end = toks[k][1]
            added += 1
            k += 1
        return end

    def _voice_stem(self, t) -> bool:
        """Is the word under its glued preposition a voice ("بالمجلس": المجلس)?"""
        v = self.lex.voices
        return t.stem in v or (t.prefix.endswith("ال") and "ال" + t.stem in v)

    def _place_from(self, pos: int):
        """The end of the place mention that starts at ``pos``, else None (the table is built
        once per article)."""
        spans = self._place_spans
        if spans is None:
            spans = self._place_spans = {ps: pe for ps, pe, _i in place_mentions(self.doc)}
        return spans.get(pos)

    def _place_like(self, m) -> bool:
        """Is the actor mention ``m`` also a place mention ("مصدر في سوريا": where, not whose)?
        Not a body the actor stage read as an institution after the voice ("مصدر في محافظة
        حلب": the governorate's administration)."""
        if _get(m[2], "kind") == "institution":
            return False
        ends = self._place_ends
        if ends is None:
            ends = self._place_ends = {}
            for ps, pe, _i in place_mentions(self.doc):
                ends.setdefault(pe, []).append(ps)
        return any(abs(ps - m[0]) <= 3 for ps in ends.get(m[1], ()))

    def _swallow(self, m) -> int:
        self.swallowed = m
        end = m[1]
        if end < len(self.norm) and self.norm[end:end + 1] == '"':
            end += 1
        return end

    def _actor_source(self, actor, start: int, end: int, addr: bool) -> Source:
        name, start = self._written(start, end, actor)
        if isinstance(actor, dict):
            aid, side = actor.get("id"), actor.get("side")
        else:       # (what _get reads, without two calls per source)
            aid, side = getattr(actor, "id", None), getattr(actor, "side", None)
        return Source(aid, name, side or "unknown", start, end, actor, addr)

    def _written(self, start: int, end: int, actor=None) -> tuple[str, int]:
        """The name of an actor mention as written and where it starts: without a clitic glued
        to its first word only when what is left is a known name (للمرصد السوري -> المرصد
        السوري، لوكالة -> وكالة), else the whole word (وسائل إعلام، فاستقم، كاميرا الجزيرة keep
        their first letter, even when a mention starts after it)."""
        s, e = self.to_original(start, end)
        text = one_line(self.doc.text[s:e])
        if actor is None:
            return text, start
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and self.starts[i] == start and not self.toks[i][3]:
            return text, start      # a word with nothing glued to it
        names = self._names.get(id(actor))
        if names is None:
            names = self._names[id(actor)] = tuple(
                _norm(x) for x in ([_get(actor, "name_ar") or ""] + list(_get(actor, "aliases") or []))
                if x)
        if not (0 <= i < len(self.toks) and self.toks[i].start <= start < self.toks[i].end):
            return text, start
        t = self.toks[i]
        if start > t.start:
            # the mention begins inside a word: the letters before it must be a clitic and the
            # rest a known name; a word that is a known name whole stays whole
            whole = self._text(t.start, end)
            if _known(_norm(whole), names):
                return whole, t.start
            if is_prefix(self.norm[t.start:start]) and _known(_norm(text), names):
                return text, start
            return whole, t.start
        if not names or _known(_norm(text), names):
            return text, start
        if t.prefix:
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
                if rest and _known(_norm(rest), names):
                    return rest, start
        return text, start

    def _text(self, start: int, end: int) -> str:
        """The original text of a normalised range, as a name is reported (on one line)."""
        s, e = self.to_original(start, end)
        return one_line(self.doc.text[s:e])

    def _antecedent(self, head: str) -> Source | None:
        for s in reversed(self.known[-60:]):
            words = _norm(s.name_ar).split()
            if any(w == head or w.endswith(head) and len(w) <= len(head) + 2 for w in words):
                return s
        return None

    def _issuer(self, side: str) -> Source | None:
        """The last source named (of this side when it is media), for "وفق البيان"."""
        for s in reversed(self.known[-60:]):
            if s.addressee:
                continue
            if side == "media" and s.side != "media":
                continue
            words = _norm(s.name_ar).split()
            if words and words[0] in self.lex.issuer:
                continue      # not another "البيان"
            return s
        return None

    # -- the subject phrase after a verb
    def phrase_after(self, k: int, stop_tok: int, chain_ok: bool):
        """Tokens k+1.. of a subject phrase: (first, end index, claim start position)."""
        j = k + 1
        first = j
        chain = chain_ok
        self.chain_at = None    # where "نقلا عن"/"عن" begins the relayed part of the phrase
        toks, texts, hard, comma, P, WC, cset, qany = self.toks, self.texts, self.hard, \
            self.comma, self.P, _WCLS, self.cset, self.qany
        special = self.special
        # at most _MAX_PHRASE words: every word read moves j on by one
        lim = first + _MAX_PHRASE
        if stop_tok < lim:
            lim = stop_tok
        while j < lim:
            if j not in special:
                c = WC.get(texts[j])
                if c is not None and not c & _PHRASE_BITS:
                    j += 1          # an ordinary word of the phrase
                    continue
            if j in hard:
                return first, j, toks[j][0]
            if j > first and j in comma and not (chain and self.wc(j) & W_CHAIN):
                return first, j, toks[j][0]     # (not "نقلت وكالة X للأنباء، عن ضابط …")
            g = P.get(j)
            if g:       # a quote or a bracket before the word
                closing = (self.norm.count('"', toks[first][0] if j > first else toks[k][1],
                                           toks[j][0]) % 2 == 0 and '"' in g
                           and self.norm.count('"', toks[k][1], toks[j - 1][1]) % 2 == 1) \
                    or (")" in g and "(" not in g)
                m = self.aon[j]
                if m is None and j > first and '"' in g:
                    # 'أعلن تلفزيون "المسيرة"': a quote inside a name the phrase has begun
                    m = self.covered(toks[j][0])
                    if m is not None and m[0] < toks[first][0]:
                        m = None
                if m is None and not closing and not (j == first and self._short_quoted_name(j, stop_tok)):
                    return first, j, toks[j][0]
            t = toks[j]
            c = WC.get(t[2])
            if c is None:
                c = _word_class(t)
            if c & W_COMP:
                return first, j, t[1]
            if c & (W_STOP | W_TRIG) or j in qany:
                if j > first and c & W_STOP and j not in qany:
                    m = self.covered(t[0])
                    if m is not None and (toks[first][0] <= m[0] < t[0] or (
                            m[0] == t[0] and getattr(m[2], "kind", None) == "person")):
                        j += 1      # 'ذكرت قناة "روسيا اليوم"': a time word inside a name the
                        continue    # phrase has begun is that name's (and "العقيد علي القريشي":
                        # a person's name opening on a word like a preposition's, علي)
                if j > first and j in qany:
                    m = self.covered(t[0])
                    if m is not None and toks[first][0] <= m[0] < t[0]:
                        j += 1      # "أعلنت حركة عبد الواحد": a number word inside an actor's
                        continue    # name the phrase has begun is that name's, no figure
                    if t[2] in self.lex.voice_adjs and self.wc(j - 1) & W_VOICE:
                        j += 1      # "قالت مصادر عدة لـ(سمارت)": the voice's adjective, no
                        continue    # vague figure
                return first, j, t[0]
            if j in cset:
                vk = self.verb_kind(j)
                if vk is not None:
                    if vk[0] == "marker" and t[2] == "نقلا":
                        chain = True
                        if self.chain_at is None:
                            self.chain_at = t[0]
                        j += 1
                        continue
                    return first, j, t[0]
            if c & W_CHAIN:
                if not chain and not (j > first and t[2] == "عن" and j + 1 < stop_tok
                                      and (self.wc(j + 1) & W_VOICE or self.aon[j + 1] is not None)):
                    return first, j, t[0]   # (but "ذكرت قناة X عن مصدر محلي": a source relayed)
                if self.chain_at is None:
                    self.chain_at = t[0]
                j += 1
                continue
            if c & W_FI and j + 1 < stop_tok and self.wc(j + 1) & W_CHANNEL:
                return first, j, t[0]      # "وأضافت اللجنة في بيان أن"
            if c & W_LINK:
                j += 1
                continue
            if c & W_B and self.aon[j] is None and self.covered(t[0]) is None and not (
                    j > first and c & W_BELONG_B and self.wc(j - 1) & W_VOICE and self._voice_stem(t)):
                return first, j, t[0]      # "أفاد ناشطون بمقتل"، "أفاد مراسل الجزيرة بـ تجدد"
                # (not "مسؤول بالمجلس البلدي": a voice inside a body)
            j += 1
        return first, j, (toks[j][0] if j < len(toks) else len(self.norm))

    def _short_quoted_name(self, j: int, stop_tok: int) -> bool:
        """An opening quote right after the verb that holds a short name ("مركز حلب الإعلامي"),
        or a nickname of two or three words that a complementizer follows ('وأضاف "أبو عدي"
        إن')."""
        for k in range(j, min(stop_tok, j + 6)):
            if k > j and '"' in self.pg(k):
                return any(self.lex.voices.get(self.toks[x].stem) or self.actor_on(x)
                           for x in range(j, k)) \
                    or (2 <= k - j <= 3 and bool(self.wc(k) & W_COMP))
        return False

    def _ends_subject(self, i: int) -> bool:
        """No subject phrase reaches back over token i: a complementizer, a reporting verb or a
        quotation."""
        return bool(self.wc(i) & W_COMP) or (i in self.cset and self.verb_kind(i) is not None) \
            or i in self.qin

    def subject_before(self, k: int, first_tok: int, aside: bool = False) -> list[Source]:
        """The subject written before verb k in its clause ("مصادر ... قالت"، "وكان X قد قال")."""
        i = k - 1
        lo = max(first_tok, k - _MAX_BACK)
        start = k
        while i >= lo:
            if i + 1 in self.brk and not (aside and i + 1 == k):
                break
            if self._ends_subject(i):
                break
            start = i
            i -= 1
        out = [s for s in self.sources_in(start, k) if not s.addressee]
        if not out and not aside and start == k - 1 and k - 1 in self.brk \
                and self.toks[k - 1].text == "قد":
            # "وكانت وزارة الصحة في صنعاء، قد ذكرت أن": the subject before a comma and قد
            return self.subject_before(k - 1, first_tok, True)
        if not out and not aside and start == k and k in self.brk:
            # "المصادر ذاتها، التي طلبت عدم الكشف عن هويتها، أوضحت أن": a relative clause set
            # off by commas between the subject and its verb is looked across
            j = k - 1
            while j > max(first_tok, k - _MAX_ASIDE) and j not in self.brk:
                j -= 1
            if j > first_tok and j in self.brk and j < k - 1 and self.toks[j].text in _RELATIVE:
                return self.subject_before(j, first_tok, True)
            return self._named_before(k, first_tok)
        return out

    def _named_before(self, k: int, first_tok: int) -> list[Source]:
        """"محمود آدم (الناطق الرسمي للدفاع المدني بريف دمشق)، قال لموقع الحل إن …": a subject
        that opens the clause, a name and its title in brackets or between commas, set off from
        its verb by a comma: the person (the first words, up to the bracket or comma) and the
        actors of the title."""
        if k - first_tok > _MAX_ASIDE or k - first_tok < 2 \
                or any(self._ends_subject(i) for i in range(first_tok, k)):
            return []
        title = [s for s in self.sources_in(first_tok, k) if not s.addressee and not s.relayed]
        if not title:
            return []
        s0 = self.toks[first_tok][0]
        cut = min((x for x in (self.norm.find(c, s0, self.toks[k][0]) for c in "(،,") if x >= 0),
                  default=-1)
        if cut < 0:
            return title
        e = first_tok
        while e < k and self.toks[e][1] <= cut:
            e += 1
        return self._persons([(first_tok, e)], title) + title

    # -- main loop
    def run(self) -> list[Attribution]:
        doc = self.doc
        sents = doc.sentences
        para = paragraphs(doc)
        cand = self.cand
        nc = len(cand)
        ci = 0
        colon = self.ti.colon
        bl = bisect.bisect_left
        starts = self.starts
        texts = self.texts
        # where the reading words and the colons stand: a sentence holding none of them is
        # skipped before its tokens are looked up
        cpos = [starts[k] for k in cand]
        kpos = sorted(starts[j] for j in colon)
        ncp = len(kpos)
        pi = ki = 0
        for si, (s0, s1) in enumerate(sents):
            while pi < nc and cpos[pi] < s0:
                pi += 1
            while ki < ncp and kpos[ki] < s0:
                ki += 1
            if (pi >= nc or cpos[pi] >= s1) and (ki >= ncp or kpos[ki] >= s1):
                continue    # no reporting word and no colon token in the sentence
            a = bl(starts, s0)
            b = bl(starts, s1)
            while ci < nc and cand[ci] < a:
                ci += 1
            if not colon and (ci >= nc or cand[ci] >= b):
                continue    # no reporting word and no colon: nothing to read here
            sent_atts: list[Attribution] = []
            head = None
            # (kpos[ki]: the first colon token of the sentence, if any)
            if ki < ncp and kpos[ki] < s1 and any(j in colon for j in range(a + 1, min(b, a + 6))):
                head = self._colon_source(a, b, si)
            if head is not None:
                sent_atts.append(head)
                self.out.append(head)
                self.known.extend(head.fresh)
            while ci < nc and cand[ci] < b:
                k = cand[ci]
                ci += 1
                vk = self.verb_kind(k)
                if vk is None:
                    continue
                kind, flags = vk
                att = None
                if kind == "own":      # "يُذكر أن"، "يشار إلى أن": the outlet speaks again
                    cut = self.toks[k].start
                    for x in sent_atts:
                        x.ranges = [(s, min(e, cut)) for s, e in x.ranges if s < cut and min(e, cut) > s]
                    self.phrase_end_tok = k + 1
                    continue
                if kind == "verb":
                    # "وفق ما أفادت X": the formula, read from its first word
                    # (both readings want a word ending in ما before the verb: a cheap test first)
                    if k - 1 >= a and texts[k - 1].endswith("ما") and (
                            (k - 2 >= a and self.word(k - 1) in ("ما", "لما") and self.verb_kind(k - 2)
                             and self.verb_kind(k - 2)[0] == "marker") or
                            (self.verb_kind(k - 1) and self.verb_kind(k - 1)[0] == "marker")):
                        continue
                    att = self._verb(k, a, b, flags, si, para, sent_atts)
                elif kind == "participle":
                    att = self._participle(k, b, si, para, sent_atts)
                elif kind == "tally":
                    if k >= self.phrase_end_tok:
                        att = self._marker(k, a, b, si, para, sents, sent_atts, True)
                elif k >= self.phrase_end_tok:   # not "نقلا عن" inside a verb's source phrase
                    att = self._marker(k, a, b, si, para, sents, sent_atts)
                if att is not None:
                    sent_atts.append(att)
                    self.out.append(att)
                    self.known.extend(att.fresh)
            if len(sent_atts) > 1:
                self._cut(sent_atts)
        if self.closing:
            self._lead_on(sents, para)
        self._titles_again()
        return self.out

    def _lead_on(self, sents, para) -> None:
        """"… فجر الجمعة، بحسب ما ذكر المرصد السوري. وقتل في الاشتباكات 32 عنصرا …": a formula
        closing a lead goes on over the next sentence of its paragraph when that one opens on a
        verb of killing or wounding (its toll) and names no source of its own; a sentence
        opening otherwise ("هذا فيما …"، "يذكر أن …") is the outlet's own."""
        recs = self.ti.recs
        for att, si in self.closing:
            if si + 1 >= len(sents) or para[si + 1] != para[si]:
                continue
            k = bisect.bisect_left(self.starts, sents[si + 1][0])
            rec = recs[k] if k < len(recs) else ()
            if rec and rec[1] and "kill_verb" in rec[1][0] \
                    and not self._attributed(sents[si + 1], len(self.out)):
                att.ranges.append(sents[si + 1])

    def _titles_again(self) -> None:
        """"وأضاف مدير وزارة الصحة في غزة" after "قال مدير وزارة الصحة في قطاع غزة منير البرش": a
        source written with the title a named person of the same body was introduced with,
        earlier in the article, is that person again (named after the body, as the first time)."""
        if not any(src.id is not None and src.id.startswith("person:")
                   for att in self.out for src in att.sources):
            return      # (the usual case: no named person speaks)
        titled: dict[tuple, Source] = {}    # (body id, first two words of the title) -> person
        for att in self.out:
            srcs = att.sources
            for i, src in enumerate(srcs):
                if src.id is None or src.id.startswith("person:"):
                    continue
                words = _norm(src.name_ar).split()
                if len(words) < 3:
                    continue
                key = (src.id, " ".join(words[:2]))
                nxt = srcs[i + 1] if i + 1 < len(srcs) else None
                if nxt is not None and nxt.id is not None and nxt.id.startswith("person:") \
                        and 0 <= nxt.start - src.end <= _TITLE_REACH:
                    titled.setdefault(key, nxt)
                elif key in titled and not any(x.id == titled[key].id for x in srcs):
                    q = titled[key]
                    srcs.insert(i + 1, Source(q.id, q.name_ar, q.side, src.start, src.end, q.actor))
                    break

    def _colon_source(self, a: int, b: int, si: int) -> Attribution | None:
        """A headline or lead of the form "المرصد السوري: مقتل 20 مدنيا …": a source, then a colon."""
        for j in range(a + 1, min(b, a + 6)):
            if j in self.ti.colon:
                g = self.gap(j)
                if any(self.verb_kind(x) for x in range(a, j)):
                    return None
                srcs = [x for x in self.sources_in(a, j) if not x.addressee]
                if not srcs or srcs[0].start > self.toks[a].end:
                    return None
                if j == a + 1 and self.toks[a].text == _WATCH:
                    return None     # "شاهد: 110 قتلى في حلب": "watch" (a video), no witness
                if any(self.toks[x].text in _COPULA for x in range(a + 1, j)):
                    return None     # "والمواقع هي: البابلية …": a list the colon opens, no voice
                colon = self.toks[j - 1].end + g.index(":")
                return self._make(srcs, "headline", colon, colon + 1,
                                  self._scope(self.toks[j].start, si, colon + 1))
            if j in self.brk:
                return None
        return None

    def _cut(self, atts: list[Attribution]) -> None:
        """Within a sentence, a claim stops where the next attribution begins."""
        for x, y in zip(atts, atts[1:]):
            if y.ranges and y.ranges[0][0] < y.verb[0]:
                continue   # a trailing formula or a back-pointing verb reaches back over the sentence
            cut = y.verb[0]
            if not any(s < cut < e for s, e in x.ranges):
                continue
            x.ranges = [(s, min(e, cut)) for s, e in x.ranges if s < cut and min(e, cut) > s]

    def _prev_speaker(self, si: int, para: list[int], sent_atts,
                      cross: bool = False) -> list[Source] | None:
        """The speaker of the last attribution of this paragraph within two sentences;
        ``cross``: of the paragraph before too (a subjectless "وقال إن" opening a paragraph
        goes on with the speaker of the one before)."""
        if sent_atts:
            return sent_atts[-1].sources
        for att in reversed(self.out):
            asi = _sentence_index(self.doc.sentences, att.verb[0])
            if asi is None or asi < si - 2:
                break
            if para[asi] != para[si] and not (cross and para[asi] == para[si] - 1):
                break
            return att.sources
        return None

    def _scope(self, start: int, si: int, origin: int | None = None) -> list[tuple[int, int]]:
        """From ``start`` to the end of sentence si, on while a quotation opened in it (after
        ``origin``, the verb) is still open."""
        sents = self.doc.sentences
        s1 = sents[si][1]
        ranges = [(start, s1)]
        # "… . كما استشهدت سيدتان …": a sentence of the same paragraph opening on كما goes on
        # with the account of the one before; so does one telling who its dead were ("والقتلى هم")
        j = si + 1
        while j < len(sents) and j <= si + 2 and (self.norm.startswith(_KAMA, sents[j][0])
                                                  or _who_the_dead().match(self.norm, sents[j][0])) \
                and "\n" not in self.norm[sents[j - 1][1]:sents[j][0]]:
            ranges.append(sents[j])
            j += 1
        if len(ranges) > 1:
            return ranges
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
        att = Attribution(list(sources), kind, (vs, ve), ranges, None, inherited, list(fresh))
        att._doc = self.docref
        att._ev_ranges = [(vs, ve)] + [(s.start, s.end) for s in fresh if s.end > s.start]
        return att

    def _verb(self, k, a, b, flags, si, para, sent_atts):
        t = self.toks[k]
        if "noun" in flags and k + 1 < b and not self.toks[k + 1].prefix \
                and len(self.toks[k + 1].text) >= 4 and _nisba(self.toks[k + 1].text):
            return None     # "طالب تونسي مسلح": a student, not "demanded"
        if "enable" in flags and not self._records_after(k, b):
            return None     # "تمكنت القوات من السيطرة": not a report
        if "record" in flags and k + 1 < b and self.toks[k + 1].text in self.lex.unrecorded:
            return None     # "سجل التنظيم تقدما على حساب قوات النظام": achieved, not reported
        chain_ok = t.stem.startswith("نقل") or t.text.startswith("نقل") or "ينقل" == t.stem
        if chain_ok and any(self.toks[j].text == _ILA for j in range(k + 1, min(b, k + 3))):
            return None     # "وإصابة أربعة من الأسايش نقلوا إلى المشفى": carried, not reported
        first, end, claim = self.phrase_after(k, b, chain_ok)
        if end == first + 1 and self.toks[first].text in _IN_IT:
            end = first     # "في بيان آخر، أكدت فيه أن": "in it" names no one; the speaker goes on
        persons = None
        fwd = None      # the sources of the subject phrase, when read already
        if first < end < b and end in self.comma:
            # "وقال نجيب الأنصاري، وهو مسؤول في …، إن": a person set off by commas
            ap = self._apposition(end, b, chain_ok)
            if ap is not None:
                ext = self.sources_in(first, ap[0])
                persons = self._persons([(first, end)] + ap[2], ext)
                cut = self.toks[end][0]
                if persons or any(x.start >= cut and not x.addressee and not x.relayed
                                  and getattr(x.actor, "kind", None) == "person" for x in ext):
                    end, claim = ap[0], ap[1]     # (a named person the actor stage read)
                    fwd = ext
        self.phrase_end_tok = end
        if "bare" in flags and (end != first or first >= b or not self.is_comp(first)):
            return None     # "وتابعت القوات تقدمها": only "وتابع أن" goes on with a speaker
        if "comp" in flags and not (first < end < b and self.is_comp(end)):
            return None     # "وبين المصدر أن" reports; "بين القوات والفصائل" is "between"
        if "receive" in flags and not (first < end and self.word_in(first, self.lex.receiver)):
            return None     # "استقبل مستشفى مصراتة 3 قتلى" reports; "استقبل الرئيس وفدا" does not
        if fwd is None:
            fwd = self.sources_in(first, end)
        fwd += self._channel_addressee(end, b)
        if self.chain_at is not None:
            for x in fwd:
                if x.start >= self.chain_at:
                    x.relayed = True
        if fwd and first < end and fwd[0].addressee and self.word_in(first, self.lex.tally) \
                and fwd[0].start <= self.toks[min(first + 3, end - 1)].end:
            fwd[0].addressee = False    # "وأفادت حصيلة سابقة للمرصد السوري بمقتل 14": the
            # toll's author speaks, no outlet spoken to
        if persons:
            fwd = persons + fwd
        elif not fwd and 0 < end - first <= 3:
            again = self._person_again(first, end)
            if again is not None:
                fwd = [again]
        subj = [s for s in fwd if not s.addressee and not s.relayed]
        if "deny" in flags and subj:
            # "إلا أن وسائل إعلام النظام نفت مسؤولية الطيران الحربي": a subject before the verb
            # denies, and what follows is the denied; after the verb only the first source
            # denies ("نفت وزارة الدفاع مسؤولية الطيران الحربي")
            back = self.subject_before(k, a)
            head = back if back else subj[:1]
            fwd = head + [x for x in fwd if x.addressee or x.relayed]
            subj = head
        if "object" in flags and subj:
            # "أدانت X القصف"، "اتهمت X قوات النظام بقتل …": the subject speaks; an actor after
            # it is the verb's object, and definite words after its name are the object too
            s0 = subj[0]
            if s0.start > self.toks[first].start and self._country_word(first):
                # "اتهمت مصر إسرائيل بقصف …": a country that is no actor of the article speaks;
                # the actor after it is the one accused
                c0, c1 = self.toks[first].start, self.toks[first].end
                clitic = self.toks[first].prefix
                if clitic.endswith("ال"):
                    clitic = clitic[:-2]
                s0 = Source(None, self._text(c0 + len(clitic), c1), "unknown", c0 + len(clitic), c1)
                fwd = [s0] + [x for x in fwd if x.addressee or x.relayed]
                subj = [s0]
            elif s0.actor is not None:
                i = bisect.bisect_right(self.starts, s0.start) - 1
                m = self.aon[i] if i >= 0 else None
                if m is not None and m[1] < s0.end:
                    s0.name_ar, _st = self._written(m[0], m[1], m[2])
                    s0.end = m[1]
            fwd = [x for x in fwd if x is s0 or x.addressee or x.relayed]
            subj = [s0]
            if "mourn" in flags:
                claim = s0.end      # "نعت X القائد …": the one mourned is the claim
        inherited = False
        if not subj:
            back = self.subject_before(k, a)
            prev = None
            if not back and (end == first or fwd):
                # "وأضاف أن"، "وأضاف نقلا عن مصادر …": the speaker goes on
                prev = self._prev_speaker(si, para, sent_atts, cross=end == first)
            if back:
                fwd = back + fwd
            elif prev is not None:
                fresh = list(fwd)
                fwd = [x for x in prev if not any(x.same(y) for y in fwd)] + fwd
                return self._make(fwd, "verb", t.start, t.end, self._scope(claim, si, t.end), True,
                                  fresh)
            elif end == first:
                return None
            elif "strong" in flags and end - first <= 4 and not fwd and not (
                    end - first == 1 and self.word_in(first, self.lex.lonely)) \
                    and self.toks[first].text not in _NO_SPEAKER_START:
                # (not a lone "عضو": a member of nothing named is nobody); a relative clause
                # ("وقالت طليعة ذياب التي فرت") is not part of the name
                e = next((i for i in range(first + 1, end) if self.toks[i].text in _RELATIVE), end)
                s0, e0 = self.toks[first].start, self.toks[e - 1].end
                fwd = [Source(None, self._text(s0, e0), "unknown", s0, e0)] + fwd
            elif fwd:   # only an addressee: "قال لـ (جيرون)": the outlet is the source we have
                pass
            else:
                return None
        ranges = self._scope(claim, si, t.end)
        if subj and k - 2 >= a:
            s0, s1 = self.doc.sentences[si]
            back = self._back_start(k, a, flags, claim, s1)
            if back is not None and back > s0:
                ranges = self._unclaimed(s0, back) + (
                    [] if self._next_speaker(claim, s1) else [(rs, re_) for rs, re_ in ranges if re_ > rs])
        if subj and si > 0 and self.lex.toll_back:
            prev = self._toll_back(claim, si)
            if prev:
                ranges = prev + ranges
        att = self._make(fwd, "verb", t.start, t.end, ranges, inherited)
        att.denies = "deny" in flags
        return att

    def _channel_addressee(self, end: int, b: int) -> list[Source]:
        """"وأفاد مصدر في قيادة الشرطة في تصريح لـ«سانا»، بأن …"، "في حديث إلى الجزيرة": the outlet a
        channel phrase names after the subject is the one the source spoke to (an addressee)."""
        if end + 2 >= b or not (self.wc(end) & W_FI and self.wc(end + 1) & W_CHANNEL):
            return []
        j = end + 2
        if self.toks[j][2] in ("الي", "مع"):
            j += 1
        out = []
        for x in self.sources_in(j, min(b, j + 4)):
            if x.start > self.toks[min(b - 1, j + 1)][1]:
                break
            if x.addressee or x.side == "media":
                x.addressee = True
                out.append(x)
        return out

    def _apposition(self, end: int, b: int, chain_ok: bool):
        """A subject phrase that a comma ends but that goes on, set off by commas, up to the
        complementizer: "وقال نجيب الأنصاري، وهو مسؤول في الدفاع المدني، لوكالة الأناضول، إن …"،
        "وقال المدير الإغاثي في المجلس المحلي، محسن المحسن، في تصريح إلى "سمارت"، إن …". Returns
        (end token, claim start, the stretches after the first) when every stretch is a phrase
        with no verb and the last one reaches إن/أن; else None (the claim starts at the comma)."""
        chain_at = self.chain_at
        out = []
        j = end
        try:
            for _ in range(4):
                if j >= b or j not in self.comma:
                    return None
                f2, e2, c2 = self.phrase_after(j - 1, b, chain_ok)
                if f2 < e2 < b - 1 and e2 + 1 in self.comma and self._ali_name(e2):
                    e2 += 1     # "، غزوان علي،": the name's last word, not the preposition
                    if e2 < b and self.is_comp(e2):
                        c2 = self.toks[e2][1]
                if e2 < b and self.is_comp(e2):
                    if e2 > f2:
                        out.append((f2, e2))
                    return e2, c2, out
                if e2 == f2:
                    # "، اليوم،"، "، مساء السبت،": a time told between commas, an aside
                    k = f2
                    while k < b and k < f2 + 3 and self.toks[k].text in self.lex.time:
                        k += 1
                    if k == f2 or k >= b:
                        return None
                    if self.is_comp(k):
                        return k, self.toks[k][1], out
                    if k not in self.comma:
                        return None
                    j = k
                    continue
                out.append((f2, e2))
                if e2 < b and self.wc(e2) & W_FI and e2 + 1 < b and self.wc(e2 + 1) & W_CHANNEL:
                    # "في تصريح إلى X": how the source spoke, up to the next comma
                    e3 = e2 + 2
                    while e3 < b and e3 < e2 + 6 and e3 not in self.comma:
                        e3 += 1
                    if e3 < b and self.is_comp(e3):
                        return e3, self.toks[e3][1], out
                    e2 = e3
                j = e2
            return None
        finally:
            if self.chain_at is None:
                self.chain_at = chain_at

    def _persons(self, stretches, fwd: list[Source]) -> list[Source]:
        """The stretches of an appositive subject phrase that name no actor nor voice and are a
        short run of words are a person's name ("نجيب الأنصاري"، "محسن المحسن"); the person takes
        the side of the body the apposition names ("مسؤول في الدفاع المدني")."""
        side = next((x.side for x in fwd if not x.addressee and x.side != "unknown"), "unknown")
        out = []
        for f, e in stretches:
            if not 1 < e - f <= 3 or any(self.wc(i) & _PHRASE_BITS for i in range(f, e - 1)) \
                    or (self.wc(e - 1) & _PHRASE_BITS and not self._ali_name(e - 1)):
                continue
            t = self.toks[f]
            if t.prefix.startswith("و") and len(t.stem) >= 4 and t.stem.endswith(_POSSESSED):
                continue    # "، ومقره بريطانيا،": where the body sits, no person named
            s0, e0 = t[0], self.toks[e - 1][1]
            if any(s0 <= x.start < e0 for x in fwd) or "،" in self.norm[s0:e0] or "," in self.norm[s0:e0]:
                continue
            out.append(Source(None, self._text(s0, e0), side, s0, e0, person=True))
        return out

    def _person_again(self, first: int, end: int) -> Source | None:
        """"وأشار الأنصاري إلى أن" after "وقال نجيب الأنصاري، وهو مسؤول …"، "وفق عبد الرحمن" after
        "رامي عبد الرحمن": a person named before as a source, called again by the last words of
        the name."""
        words = _norm(self._text(self.toks[first][0], self.toks[end - 1][1])).split()
        if not words:
            return None
        for s in reversed(self.known[-60:]):
            if s.person or getattr(s.actor, "kind", None) == "person":
                nw = _norm(s.name_ar).split()
                if len(nw) > len(words) and nw[-len(words):] == words:
                    st, en = self.toks[first][0], self.toks[end - 1][1]
                    return Source(s.id, s.name_ar, s.side, st, en, s.actor, person=s.person)
        return None

    def _toll_back(self, claim: int, si: int) -> list[tuple[int, int]]:
        """"لقي 18 شخصا مصرعهم … . وقال المرصد إن القتلى والجرحى سقطوا جراء غارات": a claim
        that opens on the dead or the wounded and gives no figure of its own speaks of the
        figures of the sentence before; their unclaimed parts are its too."""
        i = bisect.bisect_left(self.starts, claim)
        n = len(self.toks)
        if i >= n:
            return []
        sents = self.doc.sentences
        s1 = sents[si][1]
        if self.toks[i].start - claim > 3 or i == 0 or not self.wc(i - 1) & W_COMP:
            # "وقال متطوعون من الدفاع المدني الذي يعمل في مناطق خاضعة للمعارضة، إن حصيلة
            # الضحايا قد ترتفع": the subject phrase broke off before its relative clause; the
            # claim opens after the إن that follows
            if _RELATIVE_RE.search(self.norm, max(0, claim - _RELATIVE_REACH), claim) is None:
                return []
            k = next((k for k in range(i, min(n, i + 12)) if self.toks[k].start < s1
                      and self.wc(k) & W_COMP), None)
            if k is None:
                return []
            i = k + 1
            if i >= n:
                return []
        if not self.word_in(i, self.lex.toll_back):
            return []
        if i == 0 or not self.wc(i - 1) & W_COMP:
            return []       # the claim opens after إن/أن, not where the subject phrase broke
            # off ("واتهم أهالي الضحايا المزارعين": the victims' kin, no toll of theirs)
        q = self.qspans
        x = bisect.bisect_left(q, (claim, -1))
        if x < len(q) and q[x][0] < s1:
            return []       # a figure of its own
        p0, p1 = sents[si - 1]
        x = bisect.bisect_left(q, (p0, -1))
        if x >= len(q) or q[x][0] >= p1:
            return []       # no figure before
        return self._unclaimed(p0, p1)

    def _unclaimed(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The parts of [lo, hi) that no claim read so far covers (a nearer source keeps its
        figures: "قال الدفاع المدني إن 7 مدنيين قتلوا، وهي الحصيلة التي أوردها المرصد")."""
        parts = [(lo, hi)]
        for att in self.out[-8:]:
            if not att.sources or att.denies:
                continue
            for rs, re_ in att.ranges:
                if re_ <= lo or rs >= hi:
                    continue
                nxt = []
                for ps, pe in parts:
                    if re_ <= ps or rs >= pe:
                        nxt.append((ps, pe))
                        continue
                    if ps < rs:
                        nxt.append((ps, rs))
                    if re_ < pe:
                        nxt.append((re_, pe))
                parts = nxt
        return [(ps, pe) for ps, pe in parts if pe > ps]

    def _records_after(self, k: int, b: int) -> bool:
        """Does a verbal noun of recording follow enable verb k in its clause ("تمكن المرصد من
        توثيق"، "استطاع المرصد توثيق")?"""
        rn = self.lex.record_noun
        for j in range(k + 1, min(b, k + 3 + _MAX_PHRASE)):
            if j > k + 1 and j in self.brk:
                return False
            if self.word_in(j, rn):
                return True
        return False

    def _back_start(self, k: int, a: int, flags, claim: int, s1: int) -> int | None:
        """Where the claim that verb k reaches back over ends: a verb whose object pronoun points
        back ("في حصيلة جديدة أوردها X") covers the sentence up to it; a record verb after a relative
        pronoun ("عدد الشهداء الذين تمكن X من توثيق استشهادهم") up to the pronoun; a verb after a
        comma or after كما/على ما/مثلما whose subject ends the sentence (nothing is claimed in
        ``claim``..``s1``: "…، كما أفادت مصادر أمنية."، "…، قال ناشطون.") up to there."""
        toks = self.toks
        j = k
        w = toks[k - 1].text
        if w in _AS:
            j = k - 1
        elif w == "ما" and toks[k - 2].text in ("علي", "مثل"):
            j = k - 2
        if (j < k or k in self.comma) and "deny" not in flags \
                and (not self.norm[claim:s1].strip(_TAIL_PUNCT) or self._next_speaker(claim, s1)):
            return toks[j].start
        if "record" not in flags and "enable" not in flags:
            return None
        if w in self.lex.rel:
            return toks[k - 1].start
        if "back" in flags:
            return toks[k].start
        return None

    def _next_speaker(self, claim: int, s1: int) -> bool:
        """"…، كما قال رئيس بلدية هذه البلدة ومسؤولون أمنيون، وقال رئيس بلدية دبس …": after the
        subject of a verb that reaches back, a comma and a speech verb joined by و open another
        speaker's claim; nothing of the first one is claimed after it."""
        j = bisect.bisect_left(self.starts, claim)
        if not 0 < j < len(self.toks) or self.toks[j].start >= s1 or self.toks[j].prefix != "و" \
                or not any(ch in "،," for ch in self.norm[self.toks[j - 1].end:self.toks[j].start]):
            return False
        vk = self.verb_kind(j)
        return vk is not None and vk[0] == "verb"

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

    def _marker(self, k, a, b, si, para, sents, sent_atts, tally=False):
        """A formula (بحسب X، وفق ما أفادت X …); ``tally``: "في حصيلة (جديدة) لـ X"، "في تقرير
        لـ X" -- the toll's author, glued on with ل within three words, is the source."""
        t = self.toks[k]
        if tally and sent_atts and sent_atts[-1].sources \
                and self.norm[sent_atts[-1].sources[-1].end:t.start].strip() == "في":
            return None     # "حسب ما أعلن الدفاع المدني في حصيلة جديدة لوكالة فرانس برس": the
            #                 claim's own source was just named; the outlet is the one spoken to
        j = k + 1
        got = self._obtained(k, b) if tally else None
        if got is not None:
            j = got     # "في إحصائية أولية تحصلت عليها (عاين)": who obtained the tally
        # وفقا لـ، طبقا لـ، نقلا عن، استنادا إلى، على لسان، وفق ما أفادت
        while j < b and (self.toks[j].text in ("ل", "عن", _ILA, "ما", "لما") or
                         (self.verb_kind(j) and self.verb_kind(j)[0] == "verb"
                          and self.word(j - 1).endswith("ما"))):
            j += 1
        if t.text == "لسان" and not (k > a and self.word(k - 1) == "علي"):
            return None
        first, end, claim = self.phrase_after(j - 1, b, True)
        srcs = self.sources_in(first, end, lam_first=True)
        if not srcs and end > first:
            # "وفق عبد الرحمن": the person named before; "وفق القدرة في القصف الجوي": his name
            # opens the phrase, the claim goes on after it
            for m in range(min(end - first, 3), 0, -1):
                again = self._person_again(first, first + m)
                if again is not None:
                    srcs = [again]
                    break
        if not srcs:
            return None
        if tally and got is not None:
            if srcs[0].start > self.toks[min(got + 1, b - 1)].end:
                return None
            srcs[0].addressee = False
        elif tally:
            if not srcs[0].addressee or srcs[0].start > self.toks[min(k + 3, b - 1)].end:
                return None
            srcs[0].addressee = False     # the author of the toll, not an outlet spoken to
        if t.text == "نقلا":
            for x in srcs:
                x.relayed = True
        s0, s1 = sents[si]
        mstart = t.start - len(t.prefix)
        leading = (k - a) <= 2
        if (leading and si > 0 and para[si - 1] == para[si] and not self.norm[claim:s1].strip(_ALONE_END)
                and not self._attributed(sents[si - 1])):
            # "… في غارات على محافظة إدلب. بحسب الدفاع المدني.": a formula standing alone as a
            # sentence is the trailing formula of the sentence before
            ranges = [sents[si - 1]]
        elif leading:
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
            # and, closing its sentence, the next one when it tells who the dead were
            if si + 1 < len(sents) and para[si + 1] == para[si] \
                    and not self.norm[claim:s1].strip(_ALONE_END) \
                    and _who_the_dead().match(self.norm, sents[si + 1][0]):
                ranges.append(sents[si + 1])
        att = self._make(srcs, "marker", mstart, t.end, ranges)
        if not leading and not self.norm[claim:s1].strip(_ALONE_END):
            self.closing.append((att, si))      # a formula closing its sentence (see _lead_on)
        return att

    def _obtained(self, k: int, b: int) -> int | None:
        """After a tally noun at ``k``, within three words, a verb of obtaining and the pronoun
        that points back to the tally ("في حصيلة حصلت عليها وكالة فرانس برس"، "في إحصائية أولية
        تحصلت عليها (عاين)"): the token after the pronoun, where the one who obtained it is
        named; None otherwise."""
        obtain = self.lex.obtain
        for i in range(k + 1, min(k + 4, b - 1)):
            if self.toks[i].text in obtain:
                return i + 2 if self.toks[i + 1].text in _ON_IT else None
        return None

    def _attributed(self, sent: tuple[int, int], last: int = 8) -> bool:
        """Does an attribution found so far (of the ``last`` ones) speak in, or cover the start
        of, this sentence?"""
        for att in reversed(self.out[-last:]):
            if sent[0] <= att.verb[0] < sent[1] or any(r[0] <= sent[0] < r[1] for r in att.ranges):
                return True
        return False


TITLE_GAP = 2    # characters between a voice and the person it titles ("رئيس مجلس X، فلان")
_ON_IT = frozenset(("عليها", "عليه"))   # the pronoun after a verb of obtaining a tally
_ALONE_END = " .،,:؛\n\"»)"     # what may follow a formula that stands alone as a sentence


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
    if doc.dateline is not None:
        claim = _dateline_claim(doc)
        if claim is not None:
            doc.attributions.append(claim)


# outlets whose own reports are a source's claims: a monitor's release under its dateline
_CLAIMING_OUTLETS = frozenset(("monitor",))


def _dateline_claim(doc: Document) -> Attribution | None:
    """"محافظة ادلب- المرصد السوري لحقوق الانسان:: ارتفع إلى 27 …": a monitor naming itself on
    the dateline of its own release claims every figure after it (the headline above sums the
    body up); the widest claim, so a source the release quotes keeps its own figures (the
    narrowest claim wins)."""
    oid, start, end = doc.dateline
    info = outlet_info(oid)
    if info is None or info.alignment not in _CLAIMING_OUTLETS:
        return None
    for actor in doc.actors:
        if actor.id != oid:
            continue
        for span, (ns, ne) in zip(actor.evidence, actor.mentions_norm):
            if start <= span.start and span.end <= end:
                src = Source(actor.id, span.text, actor.side, ns, ne, actor)
                return Attribution([src], "dateline", (ns, ne), [(ns, len(doc.norm))], [span],
                                   fresh=[src])
    return None


def _range_index(doc: Document):
    """(starts, [(start, end, attribution)], longest range), cached on the document."""
    cache = doc.options.get("_attribution_index")
    if cache is not None and cache[0] is doc.attributions and cache[1] == len(doc.attributions):
        return cache[2]
    rows = sorted(((a, b, att) for att in doc.attributions
                   if att.sources and not getattr(att, "denies", False) for a, b in att.ranges),
                  key=lambda r: (r[0], r[1]))
    longest = max((b - a for a, b, _ in rows), default=0)
    idx = ([r[0] for r in rows], rows, longest)
    doc.options["_attribution_index"] = (doc.attributions, len(doc.attributions), idx)
    return idx


def with_bodies(doc: Document, refs: list[dict]) -> list[dict]:
    """An item's ``claimed_by`` from the references of its sources: after a named person, the
    body the article says they speak for, when it names that body ("إبراهيم الحاج، مدير الدفاع
    المدني"، "وأضاف أنصاري": the Civil Defence too), so the claim reads as either the official's
    or the body's."""
    if not any(isinstance(r["id"], str) and r["id"].startswith("person:") for r in refs):
        return refs
    out = list(refs)
    ids = {r["id"] for r in out}
    actors = {a.id: a for a in doc.actors}
    for k in range(len(out) - 1, -1, -1):
        person = actors.get(out[k]["id"]) if isinstance(out[k]["id"], str) else None
        body = actors.get(person.parent) if person is not None and person.parent else None
        if body is not None and body.id not in ids:
            out.insert(k + 1, {"id": body.id, "name_ar": body.name_ar, "side": body.side})
            ids.add(body.id)
    return out


def sources_for(doc: Document, nstart: int, nend: int) -> list[Source]:
    """The sources whose claim covers the normalised range [nstart, nend), chain order kept;
    ``[]`` when the outlet says it in its own voice. The narrowest covering claim wins. A denial
    claims nothing: "نفى الجيش مسؤوليته عن مقتل 22 مدنيا" does not make the army the source of
    the 22."""
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
