"""Casualty figures: who was killed, injured, captured, went missing or fled, how many, and who says so.

``find_casualties(doc)`` fills ``doc.casualties`` with :class:`Casualty` items (SPEC.md's casualty
fields). It works sentence by sentence over the tokens and the quantities of
:mod:`rasd.numbers`, reading a bounded window around each figure; the words are data
(``data/casualty_lexicon.tsv``: triggers, victim groups, function words;
``data/casualty_causes.tsv``: causes).

How a figure is read
- A quantity counts victims when the word after it names them: a group noun ("38 مدنيًا"، "عشرات
  المسلحين"), a victim noun ("18 قتيلا"، "85 جريحًا"), "من" + a group, a victim noun or an armed
  body ("15 من قوات النظام"، "العشرات من الجرحى"), "طرفي القتال"; or when a trigger stands right
  before it and nothing but a preposition or punctuation follows ("قتل 15 في …"). Ages, distances,
  durations, flats, tanks, percentages and dates are never victims (their noun is not a victim
  noun; dates and percentages are dropped by their own stages).
- The kind comes from the victim noun (قتيلا -> killed; "36 قتيلا وجريحا" -> casualties), else
  from the nearest trigger in the clause: before the figure ("مقتل"، "سقط"، "أصيب"، "أسر"،
  "نزوح"، "هجّرت"، "حصيلة القتلى إلى") or after it ("13 شخصا قتلوا"، "سقطوا قتلى"). Coordinated
  triggers count as one: killed and injured together -> casualties; "قتلت وأسرت" -> killed (the
  first). A trigger after a negation (دون، لم، عدم) does not count.
- A toll that "reaches" a bare number (role reach: ارتفع، بلغ، وصل, maybe then إلى) is a total
  when its toll noun stands before the verb ("عدد القتلى بلغ 13"، "الحصيلة بلغت 20") or right
  after the number, maybe after its breakdown ("ارتفع إلى 51 بينهم 8 أطفال … عدد الشهداء");
  the kind is the toll noun's (الشهداء -> killed, الجرحى -> injured). "بين قتيل وجريح" after a
  figure makes it killed and injured together (casualties); two victim nouns of other kinds
  after one count ("عشرات الجرحى والمفقودين") make two figures of that count.
- Without a number: a trigger followed by a bare indefinite plural is a vague figure ("مقتل عناصر
  من حزب الله"، "سقوط شهداء"، "وأصيب آخرون" -> unspecified; "أفراداً" -> several, from
  :mod:`rasd.numbers`); a singular or dual victim noun states 1 or 2 ("مقتل طفل"، "أسر عنصرين").
  A result verb stands for a trigger ("ما خلف قتيلا" -> 1 killed، "أسفر عن قتلى"). Dead and
  wounded with no number at all ("سقوط قتلى وجرحى") are two facts, killed and injured, each
  unspecified; with a count, even a vague one ("قتل وجرح العشرات"), they are one (casualties).
- Peoples and nationalities are victim nouns of group people ("ثلاثة فلسطينيين"، "خمسة يمنيين"،
  "مقتل عراقيين"): civilian status is not in the name. Right after another victim noun or a number
  (no و, no punctuation) a group noun is its adjective ("ثلاثة أطفال فلسطينيين قتلوا"), not a
  figure of its own.
- Group: from the noun; a person noun or a victim noun attached to an armed body ("في صفوف قوات
  النظام"، "من الحرس الثوري") makes combatants, whose side is the side of the first actor named in
  the phrase ("عناصر المليشيات ... وجنود النظام" -> the actors' side).
- Breakdown: after بينهم/منهم/من بينهم or inside brackets right after a figure, the counted
  items (numbers, singulars, duals: "بينهم طفلة عمرها أربعة أعوام" is ONE child; "(ثلاثة أطفال
  وامرأتان ورجلان)") are ``part_of`` that figure and share its kind. When the figure broken down
  is named without a number ("أسماء قتلى قوات النظام، وبينهم 24 ضابطا"), the parent is the last
  earlier figure of the same kind and group within three sentences. Later figures of the same kind
  in that sentence join the breakdown while their sum stays within the parent's count -- except a
  figure whose noun names the parent's own group, which is a new total ("تسعة مدنيين بينهم ثلاثة
  أطفال في قرية X وأربعة مدنيين بينهم طفل في قرية Y"). After a "left hospital" verb ("غادر منهم 29
  شخصا بعد تلقيهم العلاج") the figure is no casualty figure.
  A word describing a listed item (an adjective "ناشط إعلامي"، the body after من "عنصران من
  الدفاع المدني") does not end the list when a number or victim noun joined by و follows. A
  victim of a civil body (side civil: civil defence, Red Crescent, activists, medics) is a
  civilian, never a combatant. Two items of one list are never merged into one.
- Severity: an injured figure followed by a severity word (role critical: "بحال الخطر"، "في حالة
  حرجة"، "بجروح خطيرة") is flagged ``critical`` (a part of the injured, for the contradiction
  stage).
- Cause: a cause word after the figure in its clause ("جراء القذائف"، "بقصف الطيران"، "نتيجة القصف
  بغاز الكلور": the highest rank wins), else the nearest one before it in the sentence.
- Places (``{"index", "name_ar"}`` into ``doc.places``): the places named in the figure's clause
  (the sentence cut at "؛" and at "، كما/فيما/بينما/في حين …"); else in its sentence; else in the
  nearest earlier sentence of the same paragraph that names one; else none (the article's lead is
  not borrowed: a figure with no place near it keeps none). A breakdown item takes the places and
  date of the figure it breaks down when it has none of its own.
- Date: the resolved date mention of the figure's sentence nearest to it ("يوم أمس الاثنين"،
  "أول أمس (الأحد)"), except a "منذ …" starting point; else null.
- claimed_by: :func:`rasd.attribution.sources_for` over the figure's range, chain order kept
  (``{"id", "name_ar", "side"}``; ``id`` is None for a generic voice the actor stage lacks);
  else the source actor named in a relative clause after the figure in its clause ("عدد الشهداء
  الذين تمكن المرصد السوري من توثيق استشهادهم").
- Word order: a number word after its noun states the count ("مدنيين اثنين"); a group noun right
  after a singular or dual victim describes it ("رجل مسن"); a verb after an aside set off by
  commas governs the figure ("12 فلسطينيا، معظمهم من الأطفال، استشهدوا"); a date phrase between a
  trigger and its figure is looked across ("اعتقلت اليوم، الخميس 6 من نيسان، عددًا من …"); a
  figure joined by و to a counted one shares its trigger ("قتل 18 فردا … و14 مقاتلا"); "من
  الطرفين/الجانبين" makes combatants.
- A breakdown item with no source of its own is told by the source of the figure it breaks down.
- One figure, several mentions: items with the same kind, count (or vague code), group, a
  compatible side and breakdown parent, compatible sources (not two different named
  organisations: "15 من قوات النظام" claimed by the opposition and again by ISIS stays two) and
  compatible places (not named in different governorates) are one item with every mention as
  evidence and in ``norm_spans`` ("38 مدنيًا" in the title, the lead and the SOHR quote). Not
  merged: a figure in a sentence that reports another incident ("انفجار مماثل"، "هجوم آخر"، "في
  سياق متصل"); an unspecified figure ("وأصيب آخرون") of another sentence; vague figures whose
  sentences name different places. A bare number with no noun ("مقتل 22" in a title) joins the
  one figure of that kind and count ("مقتل 22 مدنيا").

Sentence rules (held-out set 4)
- "في صفوف X": X names the victims' group when it is a group noun other than a fighting body
  ("في صفوف المدنيين" -> civilians); only an armed body makes combatants.
- Unknown or unreported: a figure that follows "دون أن يتسن معرفة (ما|فيما) إذا"، "لم يتسن التأكد
  من"، "لم ترد أنباء عن"، "دون ورود أنباء عن" in the same clause (no comma between) is no figure;
  "لم يتسن التأكد من هوياتهم" keeps the figure.
- "…، جميعهم/كلهم من المدنيين" gives that group to every people figure before it in the sentence;
  "جميعهم من الأطفال والنساء" (two groups) gives civilians.

Sentence rules (held-out sets 10–14)
- A source set off by commas between a verb and its figure is looked across ("وقتل، وفق المرصد،
  16 شخصا"); a plural verb right after the comma that closes a figure's phrase is its verb ("عشرات
  الجنود من قوات النظام …، سقطوا قتلى").
- Singular victims joined by و after a figure, each with its own place ("3 مدنيين في حي الشعار
  وطفل في حي الصاخور"), are one more victim each, of the figure's kind.
- A status adjective right after a victim noun names the group ("15 قتيلا مدنيا"); a dual victim
  noun counts two ("سقوط شهيدين").
- "أسفر عن مقتل مدني وجرح آخرين": others in the genitive with no number, in one phrase of verbal
  nouns, take the status group (civilians/combatants) of the figure paired with them; counted
  others right after a toll of civilians or of soldiers of one side ("مقتل اثنين من الجنود
  الأتراك وجرح خمسة آخرين") are of that group too. After fighters, others are fighters of
  that side with or without a number, a comma or a clause of their own ("قتل 4 جنود وأصيب
  آخرون"، "إن 3 من جنود القوات المسلحة قتلوا، وأصيب 4 آخرون"; held-out sets 303–305), also past
  the fight or place they fell in and a comma ("استشهد أربعة من أفراد المقاومة في المعارك، وأُصيب
  11 آخرون"; set 548). Others or persons followed by من and one definite status group are of it
  ("وأُصيب آخرين من المدنيين"؛ not "24 جريح من المدنيين والجنود", nor "5 أفراد من العائلة").
- The same count joined by و (its own number after it) to the figure right before it is a second
  figure, never the first told again ("مقتل اثنين من أفراد الأمن، واثنين من المطلوبين"); a vague
  count whose phrase ends on من, then an armed body, is of its fighters ("مقتل عدد من قوات
  النظام", as "العشرات من قوات النظام"; held-out sets 304, 320).
- A bare number right after بينهم/منهم ("بينهم 16 في قصف جوي في الأتارب") -- or joined by و to
  such a number ("وثلاثة جراء سقوط قذائف") -- is a part of the figure broken down, with its kind
  and group and its own cause; not when a severity follows ("بينهم 3 في حالة خطرة"). "بينهم
  أطفال" (one plural group, no number, the parent counted) is a vague ``several`` part.
- "X مع زوجته وN من أطفاله(ما)": one man, one woman and N children, of the kind of the N figure.
- In a breakdown list an item with its own verb of another kind right after it ("57 قتيلا بينهم
  15 طفلا و22 امرأة و497 شخصا أصيبوا") is a new figure of that kind and ends the list; a lone و
  between items does not end it. A place told of a bare-number part ("23 شخصا، بينهم 15 في حي
  الشعار") is the part's, not the total's.
- A plural kind noun with no number before the weak verb of falling is a figure of that kind
  ("إن قتلى مدنيين سقطوا"); the persons of a family told before their number are civilians
  ("أعدم عائلة مؤلفة من ثلاثة أشخاص").
- A singular victim noun after a trigger is one victim ("ارتقاء شهيد"، "سقوط قتيل"); after a weak
  trigger only with "his death" after it ("لقي مدني حتفه"); a singular in the accusative before
  its verb is one too ("أفاد ناشطون أن مدنيا قتل").
- "Another" as the subject of a second verb right after a figure is one (two) more of its group
  ("استشهد طفل وأصيب آخر"، "قتل 3 مدنيين في حلب وأصيب آخر"، "وأصيب آخران"); a singular noun or a
  parent joined to a figure is one more ("قتل 3 مدنيين وطفل"، "استشهد 5 أطفال ووالدتهم").
- "15 قتيلا من المدنيين": من and a definite group name the victims, of the pair it closes too
  ("خمسة عشر شهيدا وعشرات الجرحى من المدنيين"); "في صفوفهم" right after a figure of people makes
  them combatants of the figure or actor before; parts of one sex or age joined by و add up
  ("بينهم طفلتين وطفلين": four children); a family among fighters are fighters.
- "قتل 15 وأصيب عشرات المدنيين": the status noun after the second verb names the bare number's
  victims too. A vague people figure retold later by the same source ("بسبب وجود عشرات الجرحى")
  is the same vague figure told before of a named group, in the same or an enclosing place.
- A vague figure told only in the headline, when the article counts victims of that kind, is
  their sum, not a figure ("مقتل العشرات في غارات على دوما").
- "مقتل مدني واحد في كل منهما": one figure per place named with it.
- "رفع/ارتفعت … حصيلة/عدد … إلى N": an update of the nearest earlier top-level figure of that kind
  with a smaller count, which becomes ``part_of`` the new toll (one toll, the later count: not
  added again), and the new toll takes its group when its own noun says only people.
- "مفقودين تحت الأنقاض" with no trigger: missing, unspecified; victims right after the "عن" of a
  search are missing, not dead yet ("لا يزال البحث مستمراً عن ضحايا اثنين تحت الأنقاض").
- "Their number" next to a verb of reaching counts the victim nouns told before it ("وقوع ضحايا
  ومصابين تجاوز عددهم الـ30": casualties 30); a verbal noun with its victims' pronoun after a
  word of result tells the fate of the victims named before it in the sentence when the
  pronoun's number agrees ("أطلقوا النار على مدنيين اثنين …، ما أدى إلى مقتلهما"); a named victim
  then "one of" a body after a trigger is one of its members ("مقتل محمد الشطب، أحد قادة …").
These run only when a word of ``_CTX_FORMS`` occurs (flag F_CTX of the cached word records).

After them, over every document's figures:

- Fighters who flee are no displaced figure ("عددا من المهاجمين تمكنوا من الفرار"; role flight);
  families killed or wounded tell no number of persons ("قتلوا ثلاث عائلات": unspecified, at
  least three; role family); displaced families keep their count ("نزوح 300 عائلة").
- A singular victim noun after a plural one is one victim ("3 شهداء وجريح"); two singulars after
  a number are one count of both ("36 قتيلا وجريحا"). A weak verb of falling right before a
  weapon is a projectile's fall, no trigger ("إثر سقوط قذيفة هاون").
- A vague figure told "also" (role also) beside a counted one in its clause is more victims, not
  the counted one told again ("56 جثة …، وأن هناك أيضًا عددًا غير معروف من الضحايا العسكريين").

Speed: the roles of each word and a few flag bits (victim noun, group, breakdown, cause) are
cached per written word across documents; a document is read only in the sentences holding a
number or a victim noun, and within them the reader jumps from one word that matters to the next;
causes are looked up among the tokens that may start one; clause cuts are computed once per
sentence.
"""
from __future__ import annotations

import bisect
import copy
import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from typing import Any

from .clitics import candidates
from .document import Document, Span
from .lexicon import load_table
from .normalize import normalize
from .numbers import load_number_words, load_vague_codes, post_qualifiers

_ILA = normalize("إلى")
_ALA = normalize("على")
_ANOTHER = frozenset(normalize(w) for w in ("آخر", "أخرى"))   # "وآخر في …": one more of them
# "one of them" after a verb: its own object ("650 تلميذا، وقتل أحدهم" killed one, not 650)
_ONE_OF = frozenset(normalize(w) for w in ("أحدهم", "أحدهن", "أحدهما", "إحداهن", "إحداهما", "أحد",
                                           "إحدى"))
_PLACE_PREP = frozenset(normalize(w) for w in ("في", "على", "من"))   # a figure's place or side after it
_ANOTHER_TWO = frozenset(normalize(w) for w in ("آخران", "أخريان"))   # "وأصيب آخران": two more
_HASILA = normalize("حصيلة")
_MUTAATHIR = normalize("متأثر")   # "متأثرين بإصاباتهم": dying of wounds
_IDAFA = normalize("إضافة")     # "بالإضافة إلى/ل": in addition to
_ADDITION = frozenset(tuple(normalize(w) for w in p.split()) for p in (   # in addition to
    "إضافة إلى", "فضلا عن", "علاوة على", "إلى جانب"))
_TAHT = normalize("تحت")
_LIFE = normalize("حياة")     # "أودى بحياة جندي": the life of one victim
_AN = "عن"
SEARCH_REACH = 3    # words between a search word and its عن ("البحث لا يزال جاريا عن")
_RUBBLE = frozenset(normalize(w) for w in ("الأنقاض", "الركام", "أنقاض", "ركام", "الانقاض"))

__all__ = ["Casualty", "find_casualties", "trigger_forms", "lexicon"]

_NISBA = tuple(normalize(w) for w in ("ي", "ية", "يين", "يون", "يات"))   # relational adjectives
_HARD = set(".:;؛!?؟\n")
_COMMA = set("،,")
_QUOTES = set("\"“”«»")
# "بين المدنيين"، "وسط المدنيين": among, after a victim noun
_AMONG = ("بين", "وسط")
_CIVILIANS = frozenset(("المدنيين", "مدنيين"))     # the word "civilians" itself
# "others": of victims told before them; the duals count two ("وأصيب آخران")
_OTHERS = ("آخرين", "آخرون", "أخريات", "آخران", "أخريان")
_OTHER_SINGULARS = frozenset(map(normalize, ("آخر", "أخرى")))   # a dual's singular
_OTHERS_WORDS = frozenset(map(normalize, _OTHERS))
# the groups "من" + a definite noun gives victims named only as others or persons
_OF_STATUS = frozenset(("civilians", "children", "women"))
_BACK = 8      # tokens searched before a figure for its trigger
_FWD = 6       # tokens searched after its noun
_SUBJECT_REACH = 3   # words of a subject between a trigger and its singular object ("قتلت قوات الأمن متظاهرا")
_ACCUSATIVE = tuple(normalize(w) for w in ("ين", "ة"))   # a dual's or a feminine singular's ending
_TANWIN = normalize("ا")       # the accusative ending of a masculine singular (طفلا)
_FEMININE = normalize("ة")     # a feminine singular's ending: it shows no case
_DUAL_OR_PLURAL = normalize("ين")     # مدنيين، مهاجمين: a sound plural's dual and plural look alike
_NISBA_PLURALS = tuple(normalize(w) for w in ("يين", "يون"))   # endings a nisba adjective agrees with
_JOINERS = frozenset(("و", "ف"))
_NUN_PLURAL = ("ون", "ين")    # a sound plural with its nun heads no construct (مسلحون، مسلحين)
_PLURAL_VERB = normalize("وا")  # قتلوا: a plural verb's ending (a dual's is ا: قتلا)
# "إرهابيون أصابت أحد المنازل": a feminine singular verb after a masculine plural has another
# subject (the shell that hit); the plural is who fired it
_MASC_PLURAL = (normalize("ون"), normalize("ين"))
# a name in quotes right after a victim noun ("المسعف “خالد عريان”", every quote normalised to
# '"'): the quoted words
_QUOTED_NAME = re.compile(r' ?"([^"\n]{3,40})"')
_BD_FWD = 4    # more tokens past the figure's own breakdown ("بينهم 3 أطفال على الأقل تأكد …")
_BETWEEN = ("بين", "ما")    # "بين قتيل وجريح"، "ما بين قتيل وجريح" (see between_kinds)
_ACTOR_SPAN_MAX = 5   # tokens of a force's name between a victim noun and "بين قتيل وجريح"
_MAX_COUNT = 60_000_000   # displacement figures run to tens of millions ("15 مليون نازح")
_STATUS = ("civilians", "combatants")   # groups that say who the victims are, not age or sex
_RAJULA = normalize("رجلا")
_MEMBERS = ("people", "men")   # nouns of members: of an armed body named right after them, combatants
LEAVE_OBJECT_REACH = 5    # "غادر مئات المدنيين بلدة الباغوز": tokens from the verb to its place
_SEXES_AGES = ("women", "men", "children")   # counted together when joined after a number
_RANKS_AFTER_RE = re.compile(r" ?(?:في|من|بين) صفوف ")
_OF_WHOM = ("civilians", "children", "women")   # "15 قتيلا من المدنيين": who the victims were
_FOLLOWERS = ("civilians",)    # actor kinds whose members named after من are no fighters
_RESCUERS = ("civil_defence", "humanitarian")    # actor kinds of rescue and aid bodies
_FUNC_AFTER = frozenset(normalize(w) for w in (
    "في", "خلال", "جراء", "اثر", "إثر", "بسبب", "نتيجة", "على", "منذ", "امس", "اليوم", "بينهم",
    "منهم", "و", "او", "عند", "قرب", "داخل", "بعد", "حتى", _ILA, "إلى"))
# words opening the circumstance of a figure (time or cause): a "من" after them is theirs, it
# names no ranks of the victims ("وإصابة 9 آخرين عقب فرارهم من داعش")
_CIRCUMSTANCE = frozenset(normalize(w) for w in (
    "عقب", "بعد", "إثر", "خلال", "أثناء", "قبل", "لدى", "عند", "جراء", "بسبب", "نتيجة", "أمس",
    "اليوم"))
# what may follow "وأصيب آخر" when it is the subject ("another"), not "the last" of a noun
# ("وقتل آخر قادة التنظيم"): a word that ends a victim phrase, or a new clause or source
_AFTER_ANOTHER = _FUNC_AFTER | frozenset(normalize(w) for w in (
    "من", "عن", "أثناء", "عندما", "حين", "بينما", "فيما", "كما", "حسب", "بحسب", "وفق", "وفقا"))


def _together(groups) -> str:
    """The group of victims of several sexes and ages counted as one figure: women and children
    are civilians ("40 طفلا وامرأة"); with men among them, people ("224 امرأة ورجلا وطفلا")."""
    return "people" if "men" in groups else "civilians"


# --------------------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class _Entry:
    role: str
    value: str
    count: str
    vague: str


@dataclass(frozen=True)
class _Lex:
    words: dict              # form -> {role: _Entry}
    causes: dict             # first word -> [(tuple(words), cause, rank)]
    person_suffixes: tuple = ()
    relatives: frozenset = frozenset()   # relative pronouns (role relative: not word roles)
    phrases: dict = field(default_factory=dict)   # phrase role -> forms (_PHRASE_ROLES)
    exit_areas: frozenset = frozenset()  # place nouns after a leaving word's من (role exit_area)
    protests: frozenset = frozenset()    # protest words (role protest)
    they_are: frozenset = frozenset()    # "هم" (role they_are): looked for after commas only
    in_it: frozenset = frozenset()       # "فيها"، "خلاله" (role in_it): between a verb and its victim
    toll_adjectives: frozenset = frozenset()  # "الإجمالي" (role toll_adjective): after a toll word
    leave_place: frozenset = frozenset()  # "غادروا" (role leave_place): the place left is its object
    member_words: frozenset = frozenset()  # "أعضاء" (role member_word): of an armed party, fighters
    age_words: frozenset = frozenset()    # "عمره" (role age_word): an age phrase's last word
    exit_towards: frozenset = frozenset()  # "إلى"، "نحو" (role exit_towards): a leaving's destination
    carry: frozenset = frozenset()        # "تقل"، "تنقل" (role carry): a leaving only by a vehicle
    vehicles: frozenset = frozenset()     # "حافلات"، "قافلة" (role vehicle): what carries evacuees
    pronoun_kills: dict = field(default_factory=dict)   # "مقتلهما" (role pronoun_kill) -> (kind, count)


# roles read as phrases by their own rule (_attacked_post_re), never as word records
_PHRASE_ROLES = frozenset(("attack_on", "post", "post_adjective"))


@lru_cache(maxsize=None)
def lexicon() -> _Lex:
    words: dict[str, dict[str, _Entry]] = {}
    phrases: dict[str, set] = {}
    for r in load_table("casualty_lexicon.tsv"):
        f = normalize(r["form"]).strip()
        if not f:
            continue
        if r["role"] == "kin_after":
            continue        # (read once at import: _KIN_WORDS)
        if r["role"] in _PHRASE_ROLES:
            phrases.setdefault(r["role"], set()).add(f)
            continue
        words.setdefault(f, {})[r["role"]] = _Entry(r["role"], r.get("value", ""),
                                                   r.get("count", ""), r.get("vague", ""))
    # the words of a warrant or an order to arrest ("مذكرات اعتقال"، "أمر باعتقال"): one list, the
    # events stage's (data/event_modifiers.tsv, class warrant)
    for r in load_table("event_modifiers.tsv"):
        if r.get("class") == "warrant":
            f = normalize(r["pattern"]).strip()
            words.setdefault(f, {})["warrant"] = _Entry("warrant", "", "", "")
    causes: dict[str, list] = {}
    for r in load_table("casualty_causes.tsv"):
        ws = tuple(normalize(r["form"]).split())
        if ws:
            causes.setdefault(ws[0], []).append((ws, r["cause"], int(r.get("rank") or 1)))
    for v in causes.values():
        v.sort(key=lambda x: -len(x[0]))
    # the verbal nouns with their victims' pronoun (مقتلهما) are read only after a word of
    # result: kept apart, with their kind and the number their pronoun states
    pronoun_kills = {}
    for f, r in words.items():
        e = r.pop("pronoun_kill", None)
        if e is not None:
            pronoun_kills[f] = (e.value, e.count)
    for f in pronoun_kills:
        if not words[f]:
            del words[f]
    # relative pronouns, place nouns, protest words, "هم", "فيها", a toll's adjectives and the
    # other word lists below are asked about only around a few other words: kept apart, so they
    # make no per-word record
    apart = {}
    for role in ("relative", "exit_area", "protest", "they_are", "in_it", "toll_adjective",
                 "leave_place", "member_word", "age_word", "exit_towards", "carry", "vehicle"):
        apart[role] = frozenset(f for f, r in words.items() if role in r)
        for f in apart[role]:
            del words[f][role]
            if not words[f]:
                del words[f]
    return _Lex(words, causes, tuple(f for f, r in words.items() if "person_suffix" in r),
                relatives=apart["relative"], phrases=phrases, exit_areas=apart["exit_area"],
                protests=apart["protest"], they_are=apart["they_are"], in_it=apart["in_it"],
                toll_adjectives=apart["toll_adjective"], leave_place=apart["leave_place"],
                member_words=apart["member_word"], age_words=apart["age_word"],
                exit_towards=apart["exit_towards"], carry=apart["carry"], vehicles=apart["vehicle"],
                pronoun_kills=pronoun_kills)


@lru_cache(maxsize=None)
def trigger_forms() -> frozenset:
    """Every trigger and victim-noun form (normalised), for other stages to stop phrases at."""
    return frozenset(f for f, roles in lexicon().words.items()
                     if "kill_verb" in roles or "kind_noun" in roles)


F_KIND = 1       # a victim noun (kind_noun)
F_GROUP = 2      # a victim-group noun
F_BREAKDOWN = 4  # بينهم، منهم
F_CAUSE = 8      # may start a cause phrase (as written or without clitics)
F_NEWINC = 16    # may name another incident (مماثل: role new_incident)
F_DOCS = 32      # a documenting word (وثق، توثيق: role documents)
F_CTX = 64       # a word one of the sentence rules looks for (_CTX_FORMS)
F_EXIT = 128     # leaving (role exit): a displacement trigger before "من" + a place

# a relative after a victim ("وزوجته"، "ووالده": casualty_lexicon.tsv, kin_after rows)
_KIN_WORDS = tuple(normalize(r["form"]) for r in load_table("casualty_lexicon.tsv")
                   if r["role"] == "kin_after")

# words that switch on a sentence rule of _context_rules (normalised written forms or stems)
_CTX_FORMS = {normalize(w): k for k, ws in (
    ("unknown", ("يتسن", "يتسنى", "يتسنا", "نتمكن", "يتمكن", "أنباء", "معلومات", "تقارير")),
    ("all_of", ("جميعهم", "كلهم", "جميعهن", "كلهن")),
    ("others", _OTHERS + ("آخر",)),      # (and "عدد آخر": a vague number of others)
    ("raise", ("رفع", "رفعت", "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "يرفع", "ترفع", "رفعوا")),
    ("kin", ("زوجتيه",) + _KIN_WORDS),
    ("life", ("حياته", "حياتها", "حياتهم", "حياتهما", "حياتهن", "أرواحهم", "ارواحهم")),
) for w in ws}


def word_record(t) -> tuple:
    """(roles, F_* bits) of a written word, () when it has neither (cached by
    :func:`rasd.attribution.token_info` per written word)."""
    lex = lexicon()
    r = _lookup1(t, lex.words)
    f = 0
    if "kind_noun" in r:
        f |= F_KIND
    if "group" in r and r["group"].count != "num":
        f |= F_GROUP        # (a "num" group noun counts only after a number: "ثلاثة قصر")
    if "breakdown" in r:
        f |= F_BREAKDOWN
    if t[2] in lex.causes or t[4] in lex.causes:
        f |= F_CAUSE
    if "new_incident" in r:
        f |= F_NEWINC
    if "documents" in r:
        f |= F_DOCS
    if "exit" in r:
        f |= F_EXIT
    if t.text in _CTX_FORMS or t.stem in _CTX_FORMS:
        f |= F_CTX
    return (r, f) if (r or f) else ()


_EMPTY: dict = {}
_THEY_ARE = {"breakdown": _Entry("breakdown", "", "", "")}   # "هم" read as بينهم
_NORM_MEMO: dict[str, str] = {}


def _normalized(s: str) -> str:
    """normalize(s), remembered (a dual noun's singular is looked up for every mention)."""
    r = _NORM_MEMO.get(s)
    if r is None:
        if len(_NORM_MEMO) > 10_000:
            _NORM_MEMO.clear()
        r = _NORM_MEMO[s] = normalize(s)
    return r
_FIRST = itemgetter(0)
_ATTRIBUTION = None


def _attribution():
    """The module :mod:`rasd.attribution`, imported on first use (it imports this module, so it
    is not imported at the top; a function-level ``from .attribution import`` costs more per
    call than this look-up)."""
    global _ATTRIBUTION
    if _ATTRIBUTION is None:
        from . import attribution
        _ATTRIBUTION = attribution
    return _ATTRIBUTION


def _actor_attr(actor, name: str):
    """An attribute of an actor given as an object or as its dict (None when it has none)."""
    return actor.get(name) if isinstance(actor, dict) else getattr(actor, name, None)


def _lookup1(t, words: dict) -> dict:
    if t.text in words:
        return words[t.text]
    if t.stem in words:
        return words[t.stem]
    for _pre, stem in candidates(t.text)[1:]:
        if stem in words:
            return words[stem]
    for f in (t.text, t.stem):
        if f.endswith("ا") and f[:-1] in words:
            return words[f[:-1]]
    return {}


# --------------------------------------------------------------------------- items

# the output contract's vague codes are dozens | several | hundreds | unspecified: "الآلاف"
# and "الملايين" (the number stage's thousands, millions, kept on the item for its comparisons)
# are unspecified there, their range in low/high
_VAGUE_OUT = {"thousands": "unspecified", "millions": "unspecified"}


@dataclass
class Casualty:
    kind: str
    count: int | None
    low: int | None
    high: int | None
    qualifier: str | None
    vague: str | None
    group: str
    side: str | None = None
    part_of: int | None = None
    places: list[dict] = field(default_factory=list)
    date: str | None = None
    cause: str | None = None
    claimed_by: list[dict] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    norm_spans: list[tuple[int, int]] = field(default_factory=list)
    id: str = ""
    # working state, not serialised
    sources: list[Any] = field(default_factory=list, repr=False)
    parent: Any = field(default=None, repr=False)
    cause_rank: int = field(default=0, repr=False)
    sentence: int = field(default=-1, repr=False)
    place_idx: list[int] = field(default_factory=list, repr=False)
    own_places: bool = field(default=False, repr=False)   # places named in its own sentence
    new_incident: bool = field(default=False, repr=False)  # its sentence reports another incident
    nounless: bool = field(default=False, repr=False)   # a bare number: "مقتل 22" (group not said)
    noun_group: str | None = field(default=None, repr=False)  # the group its own noun names
    critical: bool = field(default=False, repr=False)   # "عشرة جرحى بحال الخطر": the gravely injured
    listed: int = field(default=0, repr=False)  # id of the figure whose list of places it goes on

    @property
    def start(self) -> int:
        return self.norm_spans[0][0]

    @property
    def end(self) -> int:
        return self.norm_spans[0][1]

    def to_json(self) -> dict:
        return {
            "id": self.id, "kind": self.kind, "count": self.count, "low": self.low,
            "high": self.high, "qualifier": self.qualifier,
            "vague": _VAGUE_OUT.get(self.vague, self.vague),
            "group": self.group, "side": self.side, "part_of": self.part_of,
            "places": self.places, "date": self.date, "cause": self.cause,
            "claimed_by": self.claimed_by, "evidence": [e.to_json() for e in self.evidence],
        }


_new_object = object.__new__


def _casualty(kind, count, low, high, qualifier, vague, group, side, norm_spans, sentence,
              new_incident) -> Casualty:
    """``Casualty(kind, count, low, high, qualifier, vague, group)`` with ``side``,
    ``norm_spans``, ``sentence`` and ``new_incident`` then set: the same object, made without
    the generated ``__init__`` (22 fields, six default lists), one per figure read."""
    c = _new_object(Casualty)
    c.__dict__ = {
        "kind": kind, "count": count, "low": low, "high": high, "qualifier": qualifier,
        "vague": vague, "group": group, "side": side, "part_of": None, "places": [],
        "date": None, "cause": None, "claimed_by": [], "evidence": [], "norm_spans": norm_spans,
        "id": "", "sources": [], "parent": None, "cause_rank": 0, "sentence": sentence,
        "place_idx": [], "own_places": False, "new_incident": new_incident, "nounless": False,
        "noun_group": None, "critical": False, "listed": 0}
    return c


def _check_casualty_fields() -> None:
    """_casualty must set every field of Casualty, in order, as its __init__ would."""
    got = list(vars(_casualty(*range(11))))
    if got != [f.name for f in fields(Casualty)]:
        raise AssertionError("casualties._casualty is out of step with Casualty's fields")


_check_casualty_fields()


# --------------------------------------------------------------------------- the reader

INCUR_REACH = 4     # tokens from a word of incurring losses to the figure it counts
TOLL_RISE_REACH = 30  # tokens from إلى back to a toll right after its verb of rising (ارتفع عدد …)
PRONOUN_REACH = 25  # tokens from victims to the word of result whose verbal noun's pronoun is theirs


def _combine(kinds: list[str]) -> str:
    ks = set(kinds)
    if {"killed", "injured"} <= ks:
        return "casualties"
    return kinds[0]


class _Reader:
    def __init__(self, doc: Document):
        at = _attribution()
        self.doc = doc
        self.lex = lexicon()
        self.comp = at.lexicon().comp      # إن، أن، بأن: a clause of speech begins
        self.affil_group = None     # set by affiliation(): "في صفوف المدنيين"
        self.bare_parts: set[int] = set()   # ids of bare-number breakdown items
        self.among_parts: set[int] = set()  # ids of figures told "من بين القتلى" after them
        self.dist_parent: Casualty | None = None   # the figure a "توزع" sentence lists by place
        self.bd_break: set[int] = set()     # ids of list items that are a new figure of their own
        self.norm = doc.norm
        self.toks = toks = doc.tokens
        ti = at.token_info(doc)
        self.starts = starts = ti.starts
        self.ments = at.actor_mentions(doc)
        self.ment_starts = list(map(_FIRST, self.ments))
        dates = sorted((d.start, d.end) for d in doc.dates)
        dstarts = [a for a, _ in dates]
        dmaxend = []      # the furthest end of the dates up to each one
        mx = -1
        for _, b in dates:
            mx = b if b > mx else mx
            dmaxend.append(mx)
        bl, br = bisect.bisect_left, bisect.bisect_right
        self.qs = qs = []
        for q in doc.quantities:
            if getattr(q, "percent", False):
                continue
            if q.value is None and not q.vague:
                continue
            if q.value is not None and q.value > _MAX_COUNT:
                continue
            k = bl(dstarts, q.end)     # dates starting before the figure ends
            if k and dmaxend[k - 1] > q.start:
                continue                               # the figure is (part of) a date
            qs.append(q)
        # token -> quantity index; tokens of a post-noun qualifier ("شخصا على الأقل") are skipped
        self.tq = tq = {}
        self.skip = skip = set()
        self.qtok = qtok = []
        ntok = len(toks)
        for qi, q in enumerate(qs):
            q_start, q_end = q.start, q.end
            a = br(starts, q_start) - 1
            if a < 0:
                a = 0
            if toks and toks[a].end <= q_start:
                a += 1
            b = a
            while b + 1 < ntok and toks[b + 1].start < q_end:
                b += 1
            qtok.append((a, b))
            for i in range(a, b + 1):
                tq[i] = qi
            qs_, qe_ = getattr(q, "qual_start", None), getattr(q, "qual_end", None)
            if qs_ is not None and qs_ >= q_end:
                i = bl(starts, qs_)
                while i < ntok and toks[i].start < qe_:
                    skip.add(i)
                    i += 1
        self._hard, self._comma, self._brk = ti.hard, ti.comma, ti.brk
        self._place_starts = None   # where place mentions start, when a breakdown needs them
        self._colon = ti.colon
        self.P = ti.punct
        # tokens inside a date phrase ("اعتقلت اليوم، الخميس 6 من نيسان، عددًا من …"): a
        # trigger is looked for across them and the commas around them
        self.datetok = datetok = set()
        for ds, de in dates:
            k = br(starts, ds) - 1
            if k < 0:
                k = 0
            while k < ntok and toks[k].start < de:
                if toks[k].end > ds:
                    datetok.add(k)
                k += 1
        tq = self.tq
        texts = ti.texts
        n = len(texts)
        # each word's (roles, flags), cached per written word (token_info's records)
        recs = ti.recs
        # the roles of the words that have some (a number's words have none); others read {};
        # the tokens with F_* flags (a third of those with roles) are sorted out in the same pass:
        # tokens the sentence loop must look at; tokens that may yield a figure; causes
        R = self.R = [_EMPTY] * n
        self.person_suffixes = self.lex.person_suffixes
        hot = set(tq)
        intr = set(tq)
        causes = []
        newinc = self.newinc_toks = []      # tokens that may name another incident (مماثل)
        docs = self.doc_toks = []           # documenting words (وثق، توثيق)
        ctx = self.ctx = {}     # the sentence rules some word calls for -> where those words end
        exits = []              # leaving words (خرج، خروج): triggers only before "من" + a place
        for i in ti.cas:
            r = recs[i][1]
            if not r:
                continue
            R[i] = r[0]
            f = r[1]
            if not f:
                continue
            if f & F_CTX:
                t = toks[i]
                ctx.setdefault(_CTX_FORMS.get(t.text) or _CTX_FORMS.get(t.stem), []).append(t.end)
            if f & F_CAUSE:
                causes.append(i)
            if f & F_DOCS:
                docs.append(i)
            if f & F_EXIT:
                exits.append(i)
            if i in tq:
                continue
            if f & F_NEWINC:
                newinc.append(i)
            if f & F_KIND:
                hot.add(i)
                intr.add(i)
                if i:
                    intr.add(i - 1)       # "ومن بين القتلى"
            elif f & F_GROUP:
                hot.add(i)
                intr.add(i)
            elif f & F_BREAKDOWN:
                intr.add(i)
        for i in tq:
            R[i] = _EMPTY
        they_are = self.lex.they_are
        comma = self._comma
        for j in tq:
            # "they are" right before a number breaks the figure before it down as بينهم does:
            # after its noun and a comma ("عدد القتلى بلغ 295 شخصا، هم 57 مدنيا"), or with no
            # comma right after a number and its victim noun ("بلغت 43 قتيلا هم 38 من أهالي
            # الفوعة"، "5 أشخاص هم 3 أطفال"; a dual noun after it, "ثلاثة مدنيين هم طفلان
            # وامرأة", is read as the figure's apposition)
            i = j - 1
            if i < 1 or texts[i] not in they_are:
                continue
            before = R[i - 1]
            if i in comma:
                ok = i - 1 in tq or "group" in before or "kind_noun" in before
                if not ok and i >= 3 and texts[i - 2] == "من":
                    # past the victims' "من" phrase: "مصرع 1313 مقاتلا من الطرفين، هم 979"
                    b2 = R[i - 3]
                    ok = i - 3 in tq or "group" in b2 or "kind_noun" in b2
            else:
                k = i - 1
                if k >= 2 and (not before or (len(before) == 1 and getattr(
                        before.get("group"), "value", None) == "people")) \
                        and texts[k][-2:] == texts[k - 1][-2:] \
                        and texts[k][-2:] in ("يا", "ين", "ون") and len(texts[k]) > 3:
                    k -= 1      # past the victims' nisba: "مقتل 27 مدنيا كرديا هم 17 مواطنا"
                    before = R[k]
                ok = k >= 1 and ("kind_noun" in before or "group" in before) and k - 1 in tq \
                    and k not in comma and i - 1 not in comma \
                    and not getattr(qs[tq[j]], "noun", None)
            if ok:
                R[i] = _THEY_ARE
                intr.add(i)
        carry = self.lex.carry
        for i in exits:
            if self.is_word(i, carry) and not self._by_vehicle(i):
                continue
            if self.exit_from_place(i):
                e = R[i]["exit"]
                R[i] = {**R[i], "kill_verb": _Entry("kill_verb", e.value, "", "")}
        self.intr = intr
        self.intr_list = sorted(intr)
        self.hot = sorted(hot)
        self.cause_hits = causes
        self.cause_set = frozenset(causes)
        self._cause_memo: dict[int, Any] = {}
        self._newinc: dict[int, bool] = {}
        self.hard_list = sorted(self._hard)

    def _by_vehicle(self, i: int) -> bool:
        """A carrying word at token i has a vehicle of evacuees (role vehicle) in the two tokens
        before it or right after it: "حافلات تقل 300 مقاتل"، "وتقل الحافلتين نحو 100" (not
        "سيارات الإسعاف تنقل 20 جريحا إلى المشفى")."""
        vehicles = self.lex.vehicles
        return any(self.is_word(j, vehicles)
                   for j in range(max(0, i - 2), min(len(self.toks), i + 2)) if j != i)

    def exit_from_place(self, i: int) -> bool:
        """"خرج 1519 طفلا من شرق حلب"، "تمكن 5 آلاف مدني من الخروج من الأحياء المحاصرة": the
        leaving word at token i is followed in its clause (within 8 words) by "من" and a place --
        a place mention within the next three words or a place noun (role exit_area) right
        after -- or by a destination word ("إلى"، "نحو") and a place mention within the next
        three words ("يقضي بخروج 700 مقاتل إلى إدلب") -- or, for غادر and its forms, by the place it
        leaves as its object ("غادروا بلدة الباغوز"); and its sentence has no protest word ("خرج
        المئات في مظاهرة من جامع …")."""
        toks, hard = self.toks, self._hard
        areas = self.lex.exit_areas
        towards = self.lex.exit_towards
        n = len(toks)
        k = i + 1
        # "غادروا بلدة الباغوز"، "غادر مئات المدنيين الباغوز": leaving takes the place it leaves
        # as its object, with no "من"
        hit = toks[i].text in self.lex.leave_place and i + 1 < n \
            and self.place_in(i + 1, min(i + LEAVE_OBJECT_REACH, n - 1)) is not None \
            and not any(j in hard for j in range(i + 1, min(i + LEAVE_OBJECT_REACH + 1, n)))
        while not hit and k < n and k <= i + 8 and k not in hard:
            if toks[k].text == "من" and k + 1 < n and k + 1 not in self._brk:
                if toks[k + 1].text in areas or toks[k + 1].stem in areas \
                        or self.place_in(k + 1, min(k + 3, n - 1)) is not None:
                    hit = True
                    break
            elif toks[k].text in towards and k + 1 < n and k + 1 not in self._brk \
                    and self.place_in(k + 1, min(k + 3, n - 1)) is not None:
                hit = True
                break
            k += 1
        if not hit:
            return False
        a, b = self.sentence_bounds(i)
        protests = self.lex.protests
        return not any(toks[j].text in protests or toks[j].stem in protests for j in range(a, b))

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """The tokens [first, last + 1) of the sentence of token i (as :meth:`run` cuts them)."""
        s0, s1 = self.doc.sentence_of(self.toks[i].start)
        return bisect.bisect_left(self.starts, s0), bisect.bisect_left(self.starts, s1)

    # -- token helpers
    def roles(self, i: int) -> dict:
        return self.R[i]

    def gap(self, i: int) -> str:
        if i <= 0 or i >= len(self.toks):
            return ""
        return self.norm[self.toks[i - 1].end:self.toks[i].start]

    def status_after(self, n: int, hi: int) -> _Entry | None:
        """The status group (civilians, combatants) that an adjective right after token n, in
        its clause and not joined by و, gives the victims n names ("18 شخصًا مدنيًا"، "15 قتيلا
        مدنيا"، "5 إسلاميين مسلحين"), or None."""
        j = n + 1
        if j >= hi or j in self._hard or j in self._comma or self.toks[j].prefix.startswith("و"):
            return None
        g2 = self.R[j].get("group")
        return g2 if g2 is not None and g2.value in _STATUS and g2.count in ("", "1") else None

    def is_word(self, i: int, forms: frozenset) -> bool:
        """Is token i, as written or without its clitics, one of ``forms`` (a word list kept
        apart from the word records, :func:`lexicon`)?"""
        t = self.toks[i]
        return t.text in forms or t.stem in forms

    def both_sides_group(self, k: int, hi: int) -> str:
        """The victims named by "الطرفين" at k: the fighters of both sides, or everyone where
        civilians are joined to them ("من الطرفين والمدنيين")."""
        if k + 1 < hi and k + 1 not in self._brk and self.joined(k + 1):
            g = self.R[k + 1].get("group")
            if g is not None and g.value == "civilians":
                return "people"
        return "combatants"

    def joined(self, i: int) -> bool:
        """Token i is joined to the one before by و ("و14" is one token: و glued to digits)."""
        t = self.toks[i]
        return t.prefix.startswith("و") or (t.text[:1] == "و" and t.text[1:2].isdigit()) \
            or self.gap(i).strip() == "و"

    def hard(self, i: int) -> bool:
        """Punctuation that ends a clause between token i-1 and token i."""
        return i in self._hard

    def comma(self, i: int) -> bool:
        return i in self._comma

    def definite(self, i: int) -> bool:
        t = self.toks[i]
        return t.prefix.endswith("ال") or t.prefix.endswith("لل") or t.text.startswith("ال")

    def actor_at(self, pos: int):
        i = bisect.bisect_left(self.ment_starts, pos)
        if i < len(self.ments) and self.ments[i][0] == pos:
            return self.ments[i]
        return None

    @staticmethod
    def followers(mention) -> bool:
        """Is the actor of ``mention`` a body of followers (أنصار الصدر), no armed force?"""
        return _actor_attr(mention[2], "kind") in _FOLLOWERS

    def family_before(self, k: int) -> bool:
        """Is the owner of the possessive members word at token ``k`` ("افرادها"، "افراده") a
        family: a family word (عائلة، أسرة) among the :data:`FAMILY_REACH` tokens before it,
        with no armed body named between?"""
        for j in range(k - 1, max(-1, k - FAMILY_REACH - 1), -1):
            if "household" in self.R[j]:
                return True
            am = self.actor_at(self.toks[j].start)
            if am is not None and _actor_attr(am[2], "side") not in _NO_FIGHTERS_OR_CIVIL:
                return False
        return False

    def family_of(self, a: int, b: int, lo: int) -> bool:
        """Do the persons of the figure in tokens a..b make up a family told right before their
        number: a family word (عائلة، أسرة), maybe an adjective agreeing with it and "made up of"
        ("عائلة عراقية مكونة من 8 أفراد"), then من?"""
        R, toks = self.R, self.toks
        for k in range(max(lo + 1, a - 2), b):
            if toks[k].text == "من":
                j = k - 1 if "composed" not in R[k - 1] or k - 2 < lo else k - 2
                if "household" in R[j]:
                    return True
                if j == k - 2 and j - 1 >= lo and toks[j].text.endswith("ه") \
                        and "household" in R[j - 1]:
                    return True
        return False

    def actors_between(self, a: int, b: int) -> list:
        """Actor mentions starting in tokens a..b-1."""
        if a >= b:
            return []
        lo, hi = self.toks[a].start, self.toks[b - 1].end
        i = bisect.bisect_left(self.ment_starts, lo)
        out = []
        while i < len(self.ments) and self.ments[i][0] < hi:
            out.append(self.ments[i])
            i += 1
        return out

    def negated(self, i: int, lo: int) -> bool:
        for k in range(max(lo, i - 4), i):
            if "negation" in self.R[k]:
                return True
        return False

    # -- triggers
    def trigger(self, i: int, lo: int, strong_only: bool = False):
        """(kind, first token, last token) when token i is a trigger (coordinated ones joined)."""
        R = self.R
        e = R[i].get("kill_verb")
        if e is None:
            return None
        if strong_only and e.count == "weak":
            return None
        if "on_only" in R[i] and (i + 1 >= len(self.toks) or self.toks[i + 1].text != _ALA):
            return None     # "قضاء سنجار": a district ("القضاء على 10 ارهابيين": a death)
        if "decree" in R[i] and i + 1 < len(self.toks) and self.toks[i + 1].prefix.startswith("ب") \
                and self.toks[i + 1].stem not in self.lex.causes:
            return None     # "الاتفاق الذي قضى بخروجهم": a ruling ("قضى بالقصف ستة": a death)
        if e.value == "captured" and i > lo and "warrant" in R[i - 1]:
            return None     # "مذكرات اعتقال بحق 140": a warrant, no one taken yet
        for k in range(lo if lo > i - 4 else i - 4, i):      # negated (see :meth:`negated`)
            if "negation" in R[k]:
                return None
        if i > lo and ("intent" in R[i - 1] or (
                i - 1 > lo and "intent" in R[i - 2] and i - 1 not in self._brk
                and not self.toks[i].prefix.startswith(("و", "ف")))):
            return None     # "أرادوا قتل عدد كبير من الناس"، "حاول مسلحون اغتيال ضابط": wanted
            # or tried, not done ("حاولوا الفرار فقتلوا": a deed of its own)
        kinds = [e.value]
        a = b = i
        toks, hard = self.toks, self._hard
        # "قتلت وأسرت"، "قتلوا وأسروا": one coordinated trigger -- unless the other verb has
        # victims of its own ("12 مدنيا قتلوا وأصيب 30 آخرون")
        # "17 شخصا قتلوا وأصيب 60 آخرين": a verb agreeing in the plural (قتلوا) with victims
        # named before it closes their figure; the singular verb after it has its own
        # "لؤي أبو جراد استشهد وأصيب ثلاثة آخرون": others after the second verb say the first
        # had a victim of its own (asked last: the loop seldom gets that far)
        while a - 1 >= lo and "kill_verb" in R[a - 1] and toks[a].prefix.startswith("و") \
                and a not in hard and not (a - 2 >= lo and self.victim_before(a - 2, lo)) \
                and not (toks[a - 1].text.endswith("وا") and not toks[a].text.endswith("وا")) \
                and not any(toks[k].text in _OTHERS_WORDS or toks[k].stem in _OTHERS_WORDS
                            for k in range(i + 1, min(i + 4, len(toks)))):
            a -= 1
            kinds.insert(0, R[a]["kill_verb"].value)
        n = len(toks)
        while b + 1 < n and "kill_verb" in R[b + 1] \
                and toks[b + 1].prefix.startswith("و") and b + 1 not in hard \
                and b + 1 not in self.tq and not (b + 2 < n and self.victim_word(b + 2)
                                                  and b + 2 not in hard):
            b += 1
            kinds.append(R[b]["kill_verb"].value)
        return (kinds[0] if len(kinds) == 1 else _combine(kinds)), a, b, e.count == "weak"

    def adjective(self, i: int, lo: int) -> bool:
        """A group noun right after another victim noun, a number or an attack noun, with no و
        or punctuation between, describes it ("ثلاثة أطفال فلسطينيين"، "جنود إسرائيليين"،
        "هجوما انتحاريا"): not a figure."""
        return i - 1 >= lo and not self.toks[i].prefix.startswith("و") and i not in self._brk \
            and (self.victim_word(i - 1) or "incident" in self.R[i - 1])

    def victim_before(self, k: int, lo: int) -> bool:
        """Token k is a victim word, or ends an age phrase after one ("طفلا في الخامسة من عمره
        قتل وأصيب والديه": the first verb is the child's)."""
        if self.victim_word(k):
            return True
        return k - 4 >= lo and self.toks[k].text in self.lex.age_words and self._age_after(k - 4, k + 1) == k \
            and self.victim_word(k - 4)

    def victim_word(self, k: int) -> bool:
        """Token k is a number or a victim noun (the figure of a trigger next to it)."""
        r = self.R[k]
        return k in self.tq or "group" in r or "kind_noun" in r

    def trigger_before(self, i: int, lo: int, noun: bool):
        """Nearest trigger before token i in its clause: (kind, first, last, distance)."""
        k = i - 1
        steps = 0
        gap = 0
        R, tq, hard, comma, dt = self.R, self.tq, self._hard, self._comma, self.datetok
        while k >= lo and steps < _BACK:
            if k + 1 in hard or (steps > 0 and k + 1 in comma and k not in dt and k + 1 not in dt):
                if not gap and k + 1 not in hard and i in comma and "source_aside" in R[k + 1]:
                    # "وقتل، وفق عبد الرحمن، 16 شخصا": the verb before the source aside
                    gap = i - k - 1
                else:
                    break
            if k in dt:
                k -= 1
                continue
            if k in tq and k < i - 1 and tq[k] != tq.get(i):
                break
            r = R[k]
            if "kill_verb" in r:
                tr = self.trigger(k, lo)
                if tr is not None:
                    kind, a, b, weak = tr
                    if "object_next" in R[b] and i - 1 - b > ("on_only" in R[b]):
                        return None     # "تصفية الوجود الصحي … يهدف الى تشريد 800 ألف": its
                        # victims are its object, right after it (after على: "القضاء على 10")
                    if weak and not noun:
                        return None
                    if weak and b + 1 < i and "fall" in R[b] and self.definite(b + 1) \
                            and not self.victim_word(b + 1) and b + 1 not in dt:
                        return None     # "سقوط المنزل فوق 20 مدنيا": what fell is the house
                    return kind, a, b, i - 1 - b - gap
            # "حصيلة القتلى إلى 50": a victim noun after a toll word; "جثث 15 شخصا": right before,
            # or with a pronoun of the copula between ("إن القتلى هم 26 مدنيا")
            if "kind_noun" in r and ((k - 1 >= lo and "toll" in self.R[k - 1]) or k == i - 1
                                     or (k == i - 2 and self.toks[i - 1].text in _COPULA
                                         and self.definite(k))):
                return r["kind_noun"].value, k - 1 if k - 1 >= lo and "toll" in self.R[k - 1] else k, k, i - 1 - k
            if k not in self.tq:
                steps += 1
            k -= 1
        return None

    def toll_before(self, a: int, lo: int, where: bool = False):
        """"ارتفعت حصيلة القتلى جراء القصف على دوما إلى 50": the kind of a toll that rises to the
        number at token a (right after إلى), or None; with ``where``, (kind, toll word token)."""
        if a - 1 < lo or self.toks[a - 1].text != _ILA:
            return None
        k = a - 2
        # "ارتفع عدد القتلى إلى 40 والجرحى إلى 100": a definite victim noun joined by و right
        # before إلى shares the toll word told before it, and names its own kind
        # ("… إلى 2750 شهيدا، والإصابات إلى 9700")
        own = self.toll_kind(k) if k >= lo and self.joined(k) and self.definite(k) else None
        if own is not None:
            k -= 1
        R = self.R
        while k >= lo and k >= a - TOLL_RISE_REACH:
            if k + 1 in self._hard:
                return None
            r = R[k]
            if k < a - 12 and ("reach" in r or "toll" in r and not (k - 1 >= lo and "reach" in R[k - 1])):
                return None     # far from إلى, only a toll right after its verb of rising: "ارتفع
                # عدد قتلى البراميل المتفجرة التي ألقتها مروحيات …، اليوم الاثنين، على مناطق … إلى 25"
            if "toll" in r and self.toks[k].text != "عداد":
                if own is not None:
                    return (own, a - 2) if where else own
                kind = self.toll_kind(k + 1) if k + 1 < a - 1 else None
                if kind is None and k + 2 < a - 1 and self.is_word(k + 1, self.lex.toll_adjectives):
                    # "العدد الإجمالي للقتلى": its victims after the adjective, with لل glued
                    kind = self.toll_kind(k + 2)
                    if kind is None and self.toks[k + 2].prefix == "لل":
                        kind = _role_of(self.lex.words, self.toks[k + 2].stem, "kind_noun")
                if kind is None and _HASILA in (self.toks[k].text, self.toks[k].stem):
                    kind = "killed"
                if where:
                    return (kind, k) if kind is not None else None
                return kind
            k -= 1
        return None

    def toll_word_before(self, a: int, lo: int) -> int | None:
        """The token of a toll word with its victim noun ("عدد القتلى") before the figure at
        token a, within :data:`TOLL_GROUP_REACH` tokens of its sentence, or None."""
        for k in range(a - 3, max(lo, a - TOLL_GROUP_REACH) - 1, -1):
            if k + 1 in self._hard:
                return None
            if "toll" in self.R[k] and self.toll_kind(k + 1) is not None:
                return k
        return None

    def toll_kind(self, i: int) -> str | None:
        """The kind a toll's noun at token i counts: a victim noun ("القتلى"، "الجرحى") or the
        plural verbal noun of killing or injury ("الإصابات"), else None."""
        r = self.R[i]
        if "kind_noun" in r:
            return r["kind_noun"].value
        v = r.get("kill_verb")
        if v is not None and v.value in ("killed", "injured") and self.toks[i].stem.endswith("ات"):
            return v.value      # "عدد الإصابات … إلى 396"
        return None

    def opens_own_figure(self, k: int, b: int) -> bool:
        """Is the trigger at tokens k..b joined by و and followed by its own figure ("3 فلسطينيين
        وأصاب 4 آخرين"، "1014 فلسطينيا، وأصابوا نحو 7 آلاف"), by "one of" ("كان هناك 650 تلميذا،
        وقتل أحدهم") or by a singular victim ("ثلاثة معلمين، وقتل تلميذ")? It starts a new clause
        and is not the verb of the figure before it. So is a trigger after a result verb joined by
        و ("أربعة آلاف جندي فرنسي وأسفر عن إصابة أربعة من عناصرها")."""
        # ("و5 مدنيين، فضلا عن إصابة 80 شخصا": an added figure is one of its own too)
        if not self.joined(k) and not self.added(k, 0):
            v = self.result_verb(k, 0)      # "وأسفر عن إصابة"، "وأدى إلى مقتل"، "وخلف مقتل"
            if v is not None:
                k = v
            if not self.joined(k):
                return False
        if b + 1 in self.tq or b + 2 in self.tq:
            return True
        # "… 27 تلميذاً مع ثلاثة معلمين، وقتل تلميذ": a singular or dual victim of its own
        return b + 1 < len(self.toks) and b + 1 not in self._brk \
            and (self.toks[b + 1].stem in _ONE_OF or self._one_or_two(b + 1) is not None)

    def toll_group(self, k: int, a: int) -> tuple[str, int] | None:
        """"عدد القتلى بين المتظاهرين … إلى 10"، "حصيلة الضحايا في صفوف المدنيين إلى 20": the
        group the toll (its word at token k) counts among, before إلى at token a - 1, and the
        token that names it. "عدد القتلى في صفوف الجيش اللبناني … إلى 14": in the ranks of an
        armed body, its fighters."""
        R, toks = self.R, self.toks
        for j in range(k + 1, a - 2):
            if toks[j].text == "بين" or "affil" in R[j]:
                g = R[j + 1].get("group")
                if g is not None and g.value == "civilians" and self.definite(j + 1):
                    return g.value, j + 1
                if "affil" in R[j] and self._armed_at(j + 1):
                    return "combatants", j + 1
        return None

    def toll_genitive(self, a: int, lo: int) -> tuple[int, str] | None:
        """"بلغت حصيلة قتلى المسلحين 34 قتيلا"، "عدد جرحى قوات النظام إلى 20": a toll word and
        its victim noun before the figure at token a, in its clause, name whose victims they
        count by the definite group noun or armed body after them: (its token, the group), or
        None."""
        R, toks = self.R, self.toks
        k = a - 1
        while k >= lo and k >= a - TOLL_GENITIVE_REACH:
            if k + 1 in self._hard:
                return None
            if "toll" in R[k] and k + 1 < a and k + 1 not in self._brk \
                    and (g := R[k + 1].get("group")) is not None and g.count == "poss":
                return k + 1, "combatants"      # "حصيلة قتلاه": its dead (see owner_side)
            if "losses" in R[k] and k + 1 < a and not ({k, k + 1} & self._brk):
                # "لتصل خسائر الحزب … إلى 46 قتيلا": an armed body's losses are its fighters
                am = self.actor_at(toks[k + 1].start)
                if am is not None and _actor_attr(am[2], "role") == "actor" \
                        and _actor_attr(am[2], "kind") in _ARMED_KINDS:
                    return k + 1, "combatants"
            if "toll" in R[k] and k + 2 < a and "kind_noun" in R[k + 1] \
                    and not ({k + 1, k + 2} & self._brk):
                if self.joined(k + 2):
                    return None
                if "armed_head" in R[k + 2]:
                    return k + 2, "combatants"      # "عدد قتلى قوات النظام"
                if toks[k + 2].stem in self.lex.causes:
                    return None     # "عدد شهداء القصف الإسرائيلي": the cause, not the victims' body
                am = self.actor_at(toks[k + 2].start)
                if am is not None and _actor_attr(am[2], "role") == "actor" \
                        and not self.followers(am):
                    return k + 2, "combatants"      # "حصيلة قتلى المجموعات الإرهابية"
                g = R[k + 2].get("group")
                if g is not None and g.value != "people" and g.count not in ("1", "2") \
                        and (self.definite(k + 2) or (k + 3 < a and self.definite(k + 3))):
                    # (a noun in construct with a definite one is definite: 'عدد قتلى مسلحي
                    # "الحوثي"')
                    return k + 2, g.value
                return None
            k -= 1
        return None

    def is_anna(self, i: int) -> bool:
        """Token i is the complementizer إن/أن."""
        t = self.toks[i]
        return t.text in _ANNA or t.stem in _ANNA

    def subject_of_verb(self, a: int, lo: int, hi: int, n: int):
        """"أكثر من 73 قضوا وقتلوا خلال …"، "20 أصيبوا بجروح": a bare number opening its clause
        and right before a plural victim verb is the number of its subjects: (kind, a) or None."""
        if n >= hi or n in self._brk or self.joined(n):
            return None
        if not (a == lo or a in self._brk or self.is_anna(a - 1) or self.after_own_verb(a, lo)):
            return None     # (its clause opens with it, or after إن/أن)
        v = self.R[n].get("kill_verb")
        if v is None or not self.toks[n].text.endswith("وا"):
            return None
        return v.value, a

    def added(self, a: int, lo: int) -> bool:
        """Do the two words before token a say "in addition to" (فضلا عن، إضافة إلى، بالإضافة
        إلى، علاوة على، إلى جانب)?"""
        return a - 2 >= lo and a - 1 not in self._brk \
            and (self.toks[a - 2].stem, self.toks[a - 1].text) in _ADDITION

    def singular_pair(self, i: int, g, lo: int):
        """"إن ضابطا ومجندا قتلا"، "مدنيا وطفلا": a singular victim noun in the accusative right
        before the one at token i (joined by و), both the subject of a dual verb: (first token,
        the pair's group) or None. Two groups make people, a civilian and a child civilians."""
        k = i - 1
        if k < lo or k in self._brk or self.toks[k].prefix or not self.one_accusative(i, g):
            return None
        g0 = self.R[k].get("group")
        if g0 is None or not self.one_accusative(k, g0):
            return None
        if g0.value == g.value:
            return k, g.value
        if {g0.value, g.value} <= {"civilians", "children", "women", "men"}:
            return k, "civilians"
        return k, "people"

    def one_accusative(self, k: int, g) -> bool:
        """Is the victim noun at token k one victim in the accusative (طفلا، مجندا)?"""
        return self.toks[k].stem.endswith(_TANWIN) and (g.count == "1" or self.accusative_count(k, g) == 1)

    def after_own_verb(self, a: int, lo: int) -> bool:
        """"إن 92 جنديا قتلوا و47 أصيبوا": a number joined by و right after the plural victim
        verb of the figure before it opens a figure of its own (not that verb's object)."""
        return self.joined(a) and a - 1 >= lo and "kill_verb" in self.R[a - 1] \
            and self.toks[a - 1].text.endswith("وا") and a - 1 not in self._brk

    def reach_toll(self, a: int, lo: int, hi: int, n: int):
        """A bare number at token a after "rose to / reached" (role reach, maybe then إلى) whose
        toll noun stands before the verb ("عدد القتلى بلغ 13"، "الحصيلة بلغت 20") or right after
        the number, maybe after its breakdown ("ارتفع إلى 51 بينهم 8 أطفال … عدد الشهداء"):
        (kind, first token of the phrase) or None. ``n`` is the token after the number."""
        R, toks, hard = self.R, self.toks, self._hard
        v = a - 1
        if v >= lo and toks[v].text == "ال" and v + 1 not in hard:
            v -= 1      # "تجاوز الـ 30 ألفًا": the article cut from its number by a tatweel
        if v >= lo and toks[v].text == _ILA and v not in hard and v + 1 not in hard:
            v -= 1
            if v > lo and "in_turn" in R[v] and v not in hard:
                v -= 1      # "ليرتفع بدوره إلى 21"، "ارتفع مجدداً إلى 30"
        if v < lo or "reach" not in R[v] or a in hard:
            return None
        # the toll noun before the verb, in its clause
        k = v - 1
        while k >= lo and k >= v - 6 and k + 1 not in hard:
            r = R[k]
            if k + 1 in self._comma or k in self.tq or "kill_verb" in r:
                break
            if "toll" in r and toks[k].text != "عداد":
                if k + 1 < v and "kind_noun" in R[k + 1]:
                    return R[k + 1]["kind_noun"].value, k
                if _HASILA in (toks[k].text, toks[k].stem):
                    return "killed", k
                return None
            k -= 1
        # "إن عدد القتلى جراء التفجيرات في حي …، الذي أعلن … مسؤوليته عنه أمس قد بلغ 62": a toll
        # of a kind opening the claim (after أن/إن) is the subject of a verb further on, past
        # commas, when no figure or trigger stands between
        k = v - 1
        while k >= lo and k >= v - TOLL_SUBJECT_REACH and k not in hard and k + 1 not in hard:
            r = R[k]
            if k in self.tq and self._counts_things(k):
                k = self.qtok[self.tq[k]][0] - 1
                continue        # "على عدد من أحياء المدينة": a count of places, no figure
            if k in self.tq or "kill_verb" in r or ("reach" in r and k < v - 1):
                break
            if "toll" in r and k + 1 < v and "kind_noun" in R[k + 1] \
                    and (self.definite(k + 1) or (k + 2 < v and self.definite(k + 2))) \
                    and k - 1 >= lo and self.is_anna(k - 1):
                return R[k + 1]["kind_noun"].value, k     # (or in a construct: "أن حصيلة قتلى
                # العملية العسكرية … ارتفعت إلى 157")
            k -= 1
        # the toll noun after the number: right after it, or after a بينهم list
        if n >= hi or n in hard or not ("toll" in R[n] or "breakdown" in R[n]):
            return None
        k = n
        rel = False         # past "عدد الذين" (the number of those whom …)
        relatives = self.lex.relatives
        while k < hi and k < n + 25:
            if k > n and k in hard:
                break
            r = R[k]
            if "toll" in r and toks[k].text != "عداد" and k + 1 < hi and k + 1 not in hard:
                if "kind_noun" in R[k + 1] and self.definite(k + 1):
                    return R[k + 1]["kind_noun"].value, v
                if toks[k + 1].text in relatives or (
                        k + 2 < hi and toks[k + 2].text in relatives and self.definite(k + 1)
                        and k + 2 not in hard):
                    rel = True      # (or "عدد الفلسطينيين الذين": a definite noun between)
                else:
                    # "عدد مقاتلي القوات الكردية الذين قضوا": a phrase of a few words between,
                    # with no comma, number or break in it
                    for j in range(k + 2, min(hi, k + 2 + TOLL_PHRASE_REACH)):
                        if j in hard or j in self._comma or j in self.tq:
                            break
                        if toks[j].text in relatives:
                            rel = True
                            break
            if "kill_verb" in r:
                # "ارتفع إلى 295 عدد الذين تمكن المرصد من توثيق مقتلهم": the masdar with the
                # relative's pronoun names the toll's kind; "يرتفع الى 114 عدد الفلسطينيين
                # الذين قتلوا": so does the relative clause's verb in the plural
                if rel and toks[k].text.endswith(("هم", "هما", "وا")):
                    return r["kill_verb"].value, v
                break
            if "reach" in r:
                break
            k += 1
        return None

    def _counts_things(self, k: int) -> bool:
        """Does the figure at token k count things, not people: من and a noun of no victims
        right after it ("عدد من أحياء المدينة"، "عشرات من القرى")?"""
        b = self.qtok[self.tq[k]][1] + 1
        toks, R = self.toks, self.R
        if b + 1 < len(toks) and toks[b].text == "من" and b not in self._brk:
            b += 1      # (a vague count's own من is in its span: "عدد من")
        return b < len(toks) and b not in self._brk and "not_victim" in R[b]

    def their_number(self, a: int, lo: int):
        """"وقوع ضحايا ومصابين تجاوز عددهم الـ30": the figure at token a counts "their number"
        (role their_number) next to a verb of reaching (before it or after it, maybe with إلى),
        and so the victim nouns told right before them, joined by و: (kind, token of the first
        noun) or None; killed and injured together are casualties."""
        R, toks, hard = self.R, self.toks, self._hard
        k = a - 1
        if k >= lo and toks[k].text == "ال" and k + 1 not in hard:
            k -= 1
        if k >= lo and toks[k].text == _ILA and k + 1 not in hard:
            k -= 1
        if k - 1 < lo or k in hard or k + 1 in hard or a in hard:
            return None
        if "reach" in R[k] and "their_number" in R[k - 1]:
            v = k - 1       # "عددهم بلغ 30"، "عددهم وصل إلى 30"
        elif "their_number" in R[k] and "reach" in R[k - 1]:
            v = k - 1       # "تجاوز عددهم الـ30"
        else:
            return None
        kinds, j = [], v - 1
        while j >= lo and j + 1 not in hard and j not in self.tq and "kind_noun" in R[j]:
            kinds.append(R[j]["kind_noun"].value)
            if not self.joined(j):
                break
            j -= 1
        if not kinds:
            return None
        return _combine(kinds), v - len(kinds)

    def pronoun_result_after(self, j: int, hi: int, n: int | None):
        """"أطلقوا النار على مدنيين اثنين داخل متجر …، ما أدى إلى مقتلهما": a word of result
        from token j on, in the sentence, with a verbal noun of harm that carries its victims'
        pronoun (role pronoun_kill) and agrees with their number n (None: unsaid); no other
        victim, figure or trigger between: (kind, token of the verbal noun) or None."""
        R, toks, hard, kills = self.R, self.toks, self._hard, self.lex.pronoun_kills
        for k in range(j, min(hi, j + PRONOUN_REACH)):
            if k in hard or k in self.tq:
                return None
            r = R[k]
            if "group" in r or "kind_noun" in r or ("kill_verb" in r and "on_only" not in r):
                return None     # ("قضاء المقدادية": a district, no trigger without على)
            if "result" not in r:
                continue
            v = k + 1
            if v < hi and toks[v].text in _RESULT_PREPS:
                v += 1      # "أسفر عن"، "أدى إلى"
            if v >= hi or v in hard:
                return None
            got = kills.get(toks[v].stem)
            if got is None:
                return None
            kind, count = got
            if (count == "1" and n == 1) or (count == "2" and n == 2) or (
                    not count and (n is None or n > 2)):
                return kind, v
            return None
        return None

    def critical_after(self, j: int, hi: int) -> bool:
        """"عشرة جرحى على الأقل بحال الخطر"، "في حالة حرجة": the injured figure ending before
        token j counts the gravely injured (a severity word within four words of its clause)."""
        R, brk, tq, skip = self.R, self._brk, self.tq, self.skip
        k, seen = j, 0
        while k < hi and seen < 4:
            if k in skip:
                k += 1
                continue
            if k in brk or k in tq:
                return False
            r = R[k]
            if "critical" in r:
                return True
            if "kill_verb" in r or "breakdown" in r or "aside" in r or "kind_noun" in r:
                return False
            k += 1
            seen += 1
        return False

    def past_actor(self, k: int, hi: int) -> int | None:
        """The token after the actor named on token k or right after it ("العشرات من قوات
        البشمركة بين قتيل وجريح": "بين" after the force's name; "20 عنصرا من قوات البشمركة"),
        or None."""
        st = self.toks[k].start
        i = bisect.bisect_right(self.ment_starts, st) - 1
        if i >= 0 and self.ments[i][1] > st:
            m = self.ments[i]       # a mention covering token k
        else:
            # the one starting right after it, or after من ("20 عنصرا من قوات البشمركة")
            n = k + 2 if k + 2 < hi and self.toks[k + 1].text == "من" else k + 1
            m = self.actor_at(self.toks[n].start) if n < hi else None
            if m is None:
                return None
        j = bisect.bisect_left(self.starts, m[1], k + 1)
        return j if j < hi and j - k <= _ACTOR_SPAN_MAX and not self._brk.intersection(
            range(k + 1, j)) else None

    def between_kinds(self, j: int, hi: int):
        """"بين قتيل وجريح" (or "ما بين …") from token j: killed and injured together: (kind,
        last token)."""
        toks, R = self.toks, self.R
        if toks[j].text == "ما" and j + 1 < hi and j not in self._brk:
            j += 1
        if j + 2 >= hi or toks[j].text != "بين" or j in self._hard \
                or j + 1 in self._brk or j + 2 in self._hard:
            return None
        k1, k2 = R[j + 1].get("kind_noun"), R[j + 2].get("kind_noun")
        if k1 is None or k2 is None or not toks[j + 2].prefix.startswith("و") \
                or self.definite(j + 1):
            return None
        return _combine([k1.value, k2.value]), j + 2

    def verb_after_breakdown(self, k: int) -> bool:
        """"25 مدنياً بينهم 6 أطفال، استشهدوا": the comma at token k closes the figure's breakdown,
        and the plural verb right after it (no و, no figure of its own) is the figure's verb."""
        toks = self.toks
        return k not in self._hard and "kill_verb" in self.R[k] and not toks[k].prefix \
            and toks[k].text.endswith("وا") and k + 1 not in self.tq and k + 2 not in self.tq

    def trigger_after(self, j: int, hi: int):
        """Nearest trigger from token j on in the clause: (kind, first, last, distance)."""
        k = j
        R, tq, brk = self.R, self.tq, self._brk
        # "14 شخصا بينهم 3 أطفال على الأقل تأكد استشهادهم": past the figure's own breakdown,
        # maybe after its qualifier ("25 مدنيا على الاقل بينهم احد عشر طفلا قتلوا")
        skip = self.skip
        b0 = j
        while b0 < hi and b0 in skip and b0 - j < 3:
            b0 += 1
        body = 0    # the words of "من X" between the figure and its breakdown
        if b0 + 1 < hi and self.toks[b0].text == "من" and "breakdown" not in R[b0]:
            # "5 أفراد من العائلة، بينهم طفل وامرأة، لقوا مصرعهم": past the body they were of
            k2 = b0 + 1
            while k2 < hi and k2 - b0 <= 4 and k2 not in brk:
                k2 += 1
            if k2 < hi and k2 in self._comma and "breakdown" in R[k2]:
                b0, body = k2, k2 - b0
        bd = b0 < hi and "breakdown" in R[b0]
        end = j + _FWD + (_BD_FWD + body if bd else 0)
        toks, comp = self.toks, self.comp
        postq = post_qualifiers()
        paired = False
        while k < hi and k < end:
            if k > j and k in brk and k != b0 and not (bd and self.verb_after_breakdown(k)):
                break
            if k in skip:
                end += 1    # "50 جنديا على الأقل من قوات الاتحاد الإفريقي قتلوا": the figure's
                # own qualifier is no distance
            elif k > j:
                words = postq.get(toks[k].text)
                if words is not None and k + len(words) < hi and all(
                        toks[k + x].text == w for x, w in enumerate(words)):
                    # "24 عنصرا من الجيش النظامي السوري على الأقل قتلوا": nor after the body
                    end += len(words)
                    k += len(words)
                    continue
            if k in tq and k > j and not bd:
                if not paired and self.joined(k) and k + 1 < hi and k + 1 not in tq \
                        and "kind_noun" not in R[k + 1] and k + 1 not in brk:
                    # "أن 12 من مقاتلي المعارضة و19 من القوات الموالية قتلوا": a second figure
                    # joined by و shares the plural verb after it
                    paired = True
                    end = max(end, k + _FWD + 1)
                    k += 1
                    continue
                break
            if toks[k].text in comp:
                break       # "وقال عدد من السكان إن القصف قتل": the speakers, not the victims
            r = R[k]
            if "kind_noun" in r and k - 1 >= j and "toll" in R[k - 1]:
                return r["kind_noun"].value, k - 1, k, k - j      # "في عداد المفقودين"
            tr = self.trigger(k, j) if "kill_verb" in r and "object_next" not in r else None
            # ("عشرات المواطنين للمطالبة … والقضاء على الفساد": its victims follow it)
            if tr is not None and paired and not toks[k].text.endswith("وا"):
                return None     # (the pair's verb agrees with both: plural)
            if tr is not None:
                kind, a, b, weak = tr
                if weak and b + 1 < hi and b + 1 not in brk and b + 1 in self.cause_set:
                    k += 1
                    continue    # "استقبلوا 6 مدنيين بجروح إثر سقوط قذيفة هاون": a shell fell,
                    # the verb of falling has no victims here
                if self.opens_own_figure(k, b):
                    # "أسرة من عشرة أفراد تحت أنقاض منزلهم وإصابة 150 آخرين": a verb joined by و
                    # with its own figure is not the verb of a figure before it
                    return None
                if toks[k].prefix.endswith("ب") and b + 1 < hi and b + 1 not in brk and (
                        b + 1 in tq or b + 2 in tq or toks[b + 1].stem in _ONE_OF
                        or self.victim_word(b + 1)):
                    return None     # "قام 5 مسلحين باعتقال 3 مدنيين": the figure before the
                    # act (بـ) did it; its victims are named after it
                # "سقطوا قتلى": the victim noun after a weak verb says what happened (and a
                # dual, itself a number: "طفلين سقطا قتيلين"، "سقطا جريحين")
                if b + 1 < hi:
                    kn = self.R[b + 1].get("kind_noun")
                    if kn is None and b + 1 in tq and weak:
                        dual = getattr(self.qs[tq[b + 1]], "noun", None)
                        kn = self.lex.words.get(_normalized(dual), {}).get("kind_noun") if dual else None
                    if kn is not None:
                        return kn.value, a, b + 1, k - j
                if b + 1 < hi and toks[b + 1].text in _BETWEEN:
                    bk = self.between_kinds(b + 1, hi)    # "14 نازحا سقطوا بين قتيل وجريح"
                    if bk is not None:
                        return bk[0], a, bk[1], k - j
                return kind, a, b, k - j
            k += 1
        return None

    # -- victims
    def victims_after(self, n: int, hi: int):
        """Read the victim phrase from token n: (group, kind, count, vague_bare, last token,
        side tokens range end) or None. (:meth:`_quantity` reads "… بين قتيل وجريح" after it.)"""
        if n >= hi or n in self._hard:
            return None
        r = self.R[n]
        if self.toks[n].prefix.startswith("و") and self.definite(n):
            return None     # "عدد القتلى اربعون والجرحى فاق المائة": a new item, not the noun
        if "case" in r:
            # "13 حالة وفاة"، "147 حالة إصابة"، "70 حالة اختناق": cases of death or injury
            # are people
            nxt = self.R[n + 1] if n + 1 < hi and n + 1 not in self._brk else {}
            v = nxt.get("kill_verb") or nxt.get("case_kind")
            if v is not None and self.joined(n + 1):
                return "people", None, "", "", n    # "مقتل (٩) حالات وإصابة (٣٥)": the next figure
            if v is None or v.value not in ("killed", "injured"):
                return None
            return "people", v.value, "", "", n + 1
        if "counted" in r and not self.joined(n):
            # "81 قتيلا و93 إصابة" (not "مقتل 13 وإصابة 33": a new figure after و)
            return "people", r["counted"].value, "", "", n
        if n > 0 and not self.toks[n].prefix and self.toks[n - 1].text == "من" \
                and "group" not in r and ("armed_head" in r or self._armed_actor_at(n)):
            # "مقتل عدد من قوات النظام"، "عدد كبير من قوات الأسد": the من of a vague count's
            # phrase, then an armed body: its fighters (as "العشرات من قوات النظام")
            return "combatants", None, "", "", n
        if "group" in r:
            g = r["group"]
            kind = None
            last = n
            # "18 شخصًا مدنيًا": a status adjective right after a person noun gives the group
            # ("5 رجال مسلحين": men under arms are fighters)
            if g.value == "people" or g.value == "men":
                g2 = self.status_after(n, hi)
                if g2 is not None and (g.value == "people" or g2.value == "combatants"):
                    g, last = g2, n + 1
            both = self.sexes_ages(n, hi) if g.value in _SEXES_AGES and (
                g.count == "1" or self.accusative_count(n, g) == 1) else n
            if both > n:
                # "224 امرأة ورجلا وطفلا"، "40 طفلا وامرأة"
                return _together(R2["group"].value for R2 in self.R[n:both + 1]), None, "", "", both
            if g.value in _STATUS and last == n and n + 1 < hi and n + 1 not in self._brk \
                    and self.toks[n + 1].prefix == "و":
                g2 = self.R[n + 1].get("group")
                if g2 is not None and g2.value in _STATUS and g2.value != g.value \
                        and self.toks[n].stem[-2:] == self.toks[n + 1].stem[-2:]:
                    # "نحو 60 عسكرياً ومدنياً": soldiers and civilians counted together (one
                    # form after the number: not "خمسة جنود ومدني", one more)
                    return "people", None, "", "", n + 1
            if last + 1 < hi and "kind_noun" in self.R[last + 1] and last + 1 not in self._hard:
                kind = self.R[last + 1]["kind_noun"].value
                last = last + 1
            elif g.value in _MEMBERS and last == n and n + 1 < hi and n + 1 not in self._brk \
                    and "armed_head" in self.R[n + 1] and not self.joined(n + 1):
                return "combatants", None, g.count, g.vague, n + 1   # "عدد من أفراد الأمن"
            return g.value, kind, r["group"].count, g.vague, last
        if "kind_noun" in r:
            kind = r["kind_noun"].value
            last = n
            # "36 قتيلا وجريحا": killed and injured counted together
            # ("عشرات الجرحى والمفقودين": two figures of one count, read by _sibling); not a
            # definite noun after an indefinite one ("12 شهيدا والجرحى إلى 45": a new toll)
            # (not a plural then a singular: "3 شهداء وجريح" is three dead and one wounded)
            if n + 1 < hi and "kind_noun" in self.R[n + 1] and self.toks[n + 1].prefix.startswith("و") \
                    and n + 1 not in self._hard and self.definite(n) == self.definite(n + 1) \
                    and _combine([kind, self.R[n + 1]["kind_noun"].value]) == "casualties" \
                    and not (r["kind_noun"].count != "1" and self.R[n + 1]["kind_noun"].count == "1"):
                kind = "casualties"
                last = n + 1
            # "15 قتيلا مدنيا"، "20 جريحا مدنيا": a status adjective right after the victim noun
            # says who they were
            else:
                g2 = self.status_after(n, hi)
                if g2 is not None and not (
                        n + 2 < hi and self.toks[n + 2].prefix.startswith("و")
                        and "group" in self.R[n + 2]):      # (not "مدنيين وعسكريين")
                    return g2.value, kind, "", "", n + 1
            # "18 جثة لرجال مقيدين": ل and a group noun of whose they were
            if last == n and n + 1 < hi and n + 1 not in self._brk and self.toks[n + 1].prefix == "ل":
                g2 = self.R[n + 1].get("group")
                if g2 is not None and g2.value in _OF_WHOM + ("men",) and g2.count not in ("1", "2", "poss") \
                        and not (n + 2 < hi and self.toks[n + 2].prefix.startswith("و")
                                 and "group" in self.R[n + 2]):
                    return g2.value, kind, "", "", n + 1
            # "15 قتيلا من المدنيين"، "عشرات الجرحى من الأطفال": من and a definite group noun
            # of who they were (not "من المدنيين والعسكريين": a mix)
            if last == n and n + 2 < hi and self.toks[n + 1].text == "من" \
                    and not ({n + 1, n + 2} & self._brk) and self.definite(n + 2):
                g2 = self.R[n + 2].get("group")
                if g2 is not None and g2.value in _OF_WHOM and not (
                        n + 3 < hi and self.toks[n + 3].prefix.startswith("و")
                        and "group" in self.R[n + 3]):
                    return g2.value, kind, "", "", n + 2
            return None, kind, "", "", last
        if "both_sides" in r:
            return self.both_sides_group(n, hi), None, "", "", n
        t = self.toks[n]
        v = r.get("kill_verb")
        if v is not None and v.value in ("killed", "injured") and t.stem.endswith("ات"):
            return "people", v.value, "", "", n     # "عشرات الإصابات": a plural verbal noun counted
        if "not_victim" not in r and len(t.stem) >= 6 and not self.definite(n) \
                and any(t.stem.endswith(suf) for suf in self.person_suffixes):
            g2 = self.status_after(n, hi) if n + 1 < hi and not self.toks[n + 1].prefix else None
            if g2 is not None:
                return g2.value, None, "", "", n + 1   # "5 إسلاميين مسلحين"، "3 سوريين مدنيين"
            return "people", None, "", "", n      # "4 فلسطينيين"، "3 سوريين"
        if t.text == "من" or (t.prefix == "و" and t.stem == "من"):
            k = n + 1
            while k < hi and "demonstrative" in self.R[k]:
                k += 1
            if k >= hi or k in self._hard:
                return None
            r2 = self.R[k]
            if "case" in r2:
                return self.victims_after(k, hi)     # "عشرات من حالات الاختناق"
            if "group" in r2:
                if r2["group"].value in _MEMBERS and k + 1 < hi and k + 1 not in self._brk \
                        and self._armed_at(k + 1) \
                        and not self.joined(k + 1):
                    # "عدد من أفراد الأمن"، "أربعة من رجال الشرطة"، "7 من أعضاء حزب العمال
                    # الكردستاني": members of an armed body are combatants
                    return "combatants", None, "", r2["group"].vague, k + 1
                if r2["group"].count == "poss" and self.family_before(k):
                    # "مجزرة بحق عائلة فلسطينية … لتقتل 11 فرداً من افرادها": its members are
                    # the family's
                    return "people", None, "", r2["group"].vague, k
                g = r2["group"].value
                if g in _SEXES_AGES and k + 1 < hi and k + 1 not in self._brk \
                        and self.toks[k + 1].prefix.startswith("و"):
                    g2 = self.R[k + 1].get("group")
                    if g2 is not None and g2.value in _SEXES_AGES and g2.value != g:
                        # "12 من النساء والأطفال"، "من النساء والرجال": counted together
                        return _together((g, g2.value)), None, "", r2["group"].vague, k + 1
                return g, None, "", r2["group"].vague, k
            if "kind_noun" in r2:
                kind = r2["kind_noun"].value
                # "العشرات من القتلى والجرحى": killed and injured counted together, as in
                # "36 قتيلا وجريحا"
                if k + 1 < hi and "kind_noun" in self.R[k + 1] and k + 1 not in self._hard \
                        and self.toks[k + 1].prefix.startswith("و") \
                        and _combine([kind, self.R[k + 1]["kind_noun"].value]) == "casualties":
                    return None, "casualties", "", "", k + 1
                return None, kind, "", "", k
            if "both_sides" in r2:
                return self.both_sides_group(k, hi), None, "", "", k
            if "armed_head" in r2:
                return "combatants", None, "", "", k
            if self.toks[k].text in self.lex.member_words and k + 1 < hi and k + 1 not in self._brk \
                    and self._armed_actor_at(k + 1):
                return "combatants", None, "", "", k + 1    # "7 من أعضاء حزب العمال الكردستاني"
            am = self.actor_at(self.toks[k].start)
            if am is not None:
                # "23 من أنصار الزعيم مقتدى الصدر": followers are no fighters
                return ("people" if self.followers(am) else "combatants"), None, "", "", k
            return "people", None, "", "", n
        return None

    def affiliation(self, j: int, hi: int):
        """An armed body the victims belong to, after token j: (found, side)."""
        k = j
        self.affil_group = None
        while k < hi and k < j + _FWD:
            if k > j and (k in self._hard or k in self._comma):
                break
            t = self.toks[k]
            r = self.R[k]
            if (k > j and "incident" in r) or k in self.cause_set:
                break       # "أصيب 10 آخرون خلال صدهم هجوما من مقاتلي …": من names the attackers
                # ("4 شهداء بقصف من مسيّرة إسرائيلية": so does a من after the cause)
            if t.text in _CIRCUMSTANCE and not t.prefix:
                break       # "وإصابة 9 آخرين عقب فرارهم من داعش": من is the circumstance's
            if k == j and t.prefix in ("ل", "لل") and "kill_verb" not in r and self._armed_at(k):
                return True, k      # "أربعين جريحا لقوات البنيان": the wounded of that body
            if k == j and t.text == "في" and k + 1 < hi and k + 1 not in self._hard \
                    and "armed_head" in self.R[k + 1] and self.toks[k + 1].prefix in ("", "ال"):
                return True, k + 1      # "1563 فردا في الجيش": members of an armed body
            if "affil_to" in r:
                # "5 أشخاص تابعين لمسلحي أنصار الشريعة": people attached to an armed body are
                # its fighters (not "ممرضين تابعين لمنظمة أطباء بلا حدود": no armed body)
                m = k + 1
                if m < hi and m not in self._hard and self.toks[m].text in ("ل", "الي"):
                    m += 1
                if m < hi and m not in self._hard:
                    r2 = self.R[m]
                    if self._armed_at(m) or ("group" in r2 and r2["group"].value == "combatants"):
                        return True, m
                return False, None
            if "affil" in r or t.text == "من" or t.stem == "من":
                m = k + 1
                ranks = "affil" in r
                if ranks:
                    pass
                elif m < hi and ("affil" in self.R[m] or "affil_min" in self.R[m]):
                    m += 1      # "من صفوف"، "من جانب": the ranks of whoever is named next
                    ranks = True
                while m < hi and "demonstrative" in self.R[m]:
                    m += 1
                if m + 2 < hi and getattr(self.R[m].get("group"), "value", None) in _MEMBERS \
                        and "demonstrative" in self.R[m + 1] \
                        and not ({m + 1, m + 2} & self._hard):
                    m += 2      # "9 من أفراد تلك القوات": members of the body told before
                elif m + 1 < hi and getattr(self.R[m].get("group"), "value", None) in _MEMBERS \
                        and m + 1 not in self._hard and (g1 := self.R[m + 1].get("group")) is not None \
                        and g1.value == "combatants" and g1.count == "poss":
                    return True, m + 1      # "ثلاثة من افراد حمايته": his guards
                if m < hi and m not in self._hard:
                    r2 = self.R[m]
                    am = self.actor_at(self.toks[m].start)
                    if am is not None and self.followers(am):
                        am = None       # "من أنصار الصدر": followers, no armed body
                    if am is None and "group" in r2 and r2["group"].count == "poss" \
                            and self.family_before(m):
                        return False, None     # "عائلة فلسطينية … 11 فرداً من افرادها"
                    if "both_sides" in r2 and self.both_sides_group(m, hi) == "people":
                        return False, None      # "من الطرفين والمدنيين": not all fighters
                    if "armed_head" in r2 or am is not None or "both_sides" in r2 or \
                            ("group" in r2 and r2["group"].value == "combatants"):
                        return True, m
                    if m + 1 < hi and getattr(r2.get("group"), "value", None) in _MEMBERS \
                            and m + 1 not in self._hard and self._armed_at(m + 1) \
                            and not self.joined(m + 1):
                        return True, m + 1      # "5 آخرون من أفراد الشرطة": its members
                if ranks:
                    if m < hi and m not in self._hard and "group" in self.R[m] \
                            and self.R[m]["group"].value not in ("combatants", "people") \
                            and "armed_head" not in self.R[m]:
                        # "في صفوف المدنيين": the ranks named are the victims' group
                        self.affil_group = self.R[m]["group"].value
                        return False, None
                    return True, m
                kn = self.R[m].get("kind_noun") if m < hi and m not in self._hard else None
                if kn is not None and kn.value == "displaced" and self.definite(m):
                    self.affil_group = "civilians"  # "عشرات الشهداء من النازحين"
                elif k == j and m == k + 1 and m < hi and m not in self._hard \
                        and getattr(self.R[m].get("group"), "value", None) in _OF_STATUS \
                        and self.definite(m) and "family" not in self.R[m] \
                        and not (m + 1 < hi and self.joined(m + 1)
                                 and ("group" in self.R[m + 1] or self._armed_at(m + 1))):
                    # "وأُصيب آخرين من المدنيين"، "ثلاثة أشخاص من الأطفال": من right after
                    # the victims names their group (not two: "24 جريح من المدنيين والجنود";
                    # nor a family: "5 أفراد من العائلة")
                    self.affil_group = self.R[m]["group"].value
                return False, None
            if k in self.tq or ("kill_verb" in r and self.trigger(k, j) is not None):
                break
            k += 1
        return False, None

    def _armed_at(self, k: int) -> bool:
        """Is an armed body named on token k, by a head word (الجيش، قوات) or an armed actor's
        name?"""
        return "armed_head" in self.R[k] or self._armed_actor_at(k)

    def _armed_actor_at(self, k: int) -> bool:
        """Does an armed body's name start on token k (after its clitics, if any)?"""
        return self._armed_mention(k) is not None

    def _armed_mention(self, k: int):
        """The armed body's mention starting on token k (after its clitics, if any), or None."""
        t = self.toks[k]
        am = self.actor_at(t.start) or self.actor_at(t.start + len(t.prefix))
        return am if am is not None and _actor_attr(am[2], "kind") in _ARMED_KINDS else None

    def owner_side(self, a: int, lo: int) -> str | None:
        """"مقتل 3 من جنوده": the side of the nearest actor named before token a in the sentence
        (not an outlet or a monitor the claim was told to: they have no fighters)."""
        if a <= lo:
            return None
        for s, e, actor in reversed(self.actors_between(lo, a)):
            side = _actor_attr(actor, "side")
            if side and side not in _NO_FIGHTERS:
                return side
        return None

    def rescuers_before(self, a: int, lo: int) -> bool:
        """Is the nearest actor named before token a in the sentence (of a known side) a rescue
        or aid body ("استهدف مركزين للدفاع المدني … أدى لاستشهاد عنصر")? Then a member named
        with no body of his own is one of its members."""
        for s, e, actor in reversed(self.actors_between(lo, a) if a > lo else ()):
            side = _actor_attr(actor, "side")
            if side and side not in _NO_FIGHTERS:
                return _actor_attr(actor, "kind") in _RESCUERS
        return False

    def possessive(self, a: int, b: int) -> bool:
        return any(self.R[k].get("group") is not None and self.R[k]["group"].count == "poss"
                   for k in range(a, b))

    def side_of(self, a: int, b: int) -> str | None:
        """The side of the first actor with a known side named in tokens a..b-1."""
        first_end = self.toks[a].end
        acts = self.actors_between(a, b)
        if acts and acts[0][0] > first_end:
            # "مقتل 25 من الأمن العراقي في تفجيرين لـ«الدولة الإسلامية»": a state body named
            # before any actor is the figure's own
            side = self._state_body(a, b, bisect.bisect_left(self.starts, acts[0][0], a, b))
            if side is not None:
                return side
        for s, e, actor in acts:
            side = _actor_attr(actor, "side")
            if side and side != "unknown":
                return side
            if s < first_end:
                return None     # "قتل عشرة مسلحين اسلاميين وجندي مالي": the victims' own noun
                # names an armed body of no known side; the soldier after و is not theirs
        return self._state_body(a, b)

    def _state_body(self, a: int, b: int, upto: int | None = None) -> str | None:
        """The side of a state body named alone in tokens a..b-1 ("أفراد الأمن"، "عناصر
        الشرطة"), or None; ``upto``: only one that starts before that token."""
        for k in range(a, b if upto is None else upto):
            h = self.R[k].get("armed_head")
            if h is not None and h.value and self.definite(k) and (
                    k + 1 >= b or k + 1 in self._brk or self.joined(k + 1)
                    or "armed_head" not in self.R[k + 1] and k + 1 not in self.tq
                    and self.actor_at(self.toks[k + 1].start) is None):
                return h.value
        return None

    def phrase_end(self, j: int, hi: int, limit: int = 7) -> int:
        k = j
        while k < hi and k < j + limit:
            if k > j and (k in self._hard or k in self._comma):
                break
            if k > j and (k in self.tq or "kill_verb" in self.R[k] or "source_aside" in self.R[k]):
                break   # ("300 مقاتل مع عائلاتهم بحسب مصدر عسكري": the teller is not theirs)
            k += 1
        return k

    # -- cause
    def cause_near(self, a: int, b: int, lo: int, hi: int):
        """(cause, rank) for a figure on tokens a..b of a sentence lo..hi-1."""
        best = None
        hits = self.cause_hits
        if not hits:
            return None
        limit = hi if hi < b + 13 else b + 13
        hl = self.hard_list
        h = bisect.bisect_right(hl, a)
        if h < len(hl) and hl[h] < limit:
            limit = hl[h]
        memo = self._cause_memo
        x = bisect.bisect_left(hits, a)
        first = x
        while x < len(hits) and hits[x] < limit:
            k = hits[x]
            c = memo[k] if k in memo else memo.setdefault(k, self._cause_at(k))
            if c is not None and (best is None or c[1] > best[1]):
                best = c
            x += 1
        if best is not None:
            return best
        x = first - 1
        while x >= 0 and hits[x] >= lo:
            k = hits[x]
            c = memo[k] if k in memo else memo.setdefault(k, self._cause_at(k))
            if c is not None:
                return c
            x -= 1
        return None

    def _cause_at(self, k: int):
        t = self.toks[k]
        for f in (t.text, t.stem):
            cands = self.lex.causes.get(f)
            if not cands:
                continue
            for ws, cause, rank in cands:
                if all(k + x < len(self.toks) and
                       (self.toks[k + x].text == ws[x] or self.toks[k + x].stem == ws[x])
                       for x in range(1, len(ws))):
                    return cause, rank
        return None

    # -- main
    def run(self) -> list[Casualty]:
        doc = self.doc
        items: list[Casualty] = []
        hot = self.hot
        if not hot:
            return items
        bl = bisect.bisect_left
        starts = self.starts
        hot_at = list(map(starts.__getitem__, hot))   # where the hot tokens start (increasing)
        nhot = len(hot_at)
        for si, (s0, s1) in enumerate(doc.sentences):
            h = bl(hot_at, s0)
            if h >= nhot or hot_at[h] >= s1:
                continue    # no number and no victim noun: no figure here
            lo = bl(starts, s0)
            hi = bl(starts, s1)
            items.extend(self._sentence(si, lo, hi, items))
        return items

    def _new(self, kind, group, q, count, vague, a, b, si, side=None) -> Casualty:
        s, e = self.toks[a].start, self.toks[b].end
        if group == "people" and self._incurred(a):
            group = "combatants"
        elif group in _MEMBERS and q is None and b + 1 < len(self.toks) and b + 1 not in self._brk \
                and "armed_head" in self.R[b + 1] and "group" in self.R[b] and not self.joined(b + 1):
            # "مقتل رجل أمن"، "قتل رجل الأمن السعودي": a man of an armed body is one of its members
            group = "combatants"
            side = side or self.R[b + 1]["armed_head"].value or None
            if count in (None, 1) and not vague and self.toks[b].stem == _RAJULA \
                    and not self.toks[b + 1].prefix:
                count = 2   # "قتل رجلا شرطة": an indefinite رجلاً takes no genitive, so the
                # construct dual (رجلان without its nun)
        if q is not None:
            qs, qe = q.start, q.end
            if qs < s:
                s = qs
            if qe > e:
                e = qe
            return _casualty(kind, q.value, q.low, q.high, q.qualifier,
                             q.vague if q.value is None else None, group, side, [(s, e)], si,
                             self.new_incident(si))
        low = high = count
        if vague:
            code = load_vague_codes().get(vague)
            low, high = (code.low, code.high) if code else (None, None)
        return _casualty(kind, count, low, high, None, vague, group, side, [(s, e)], si,
                         self.new_incident(si))

    def _incurred(self, a: int) -> bool:
        """Is a word of incurring losses (تكبد، تكبدهم) within INCUR_REACH tokens before token
        ``a``, in its clause ("وتكبدهم عشرات القتلى"، "تكبدت قوات النظام 20 قتيلا")?"""
        R, hard = self.R, self._hard
        for k in range(a - 1, max(-1, a - 1 - INCUR_REACH), -1):
            if "incur" in R[k]:
                return True
            if k in hard:
                return False
        return False

    def new_incident(self, si: int) -> bool:
        """Sentence si names another incident ("كما أدى انفجار مماثل …"، "وفي هجوم آخر …")."""
        memo = self._newinc
        if si in memo:
            return memo[si]
        s0, s1 = self.doc.sentences[si]
        lo = bisect.bisect_left(self.starts, s0)
        hi = bisect.bisect_left(self.starts, s1)
        found = False
        causes = self.lex.causes
        # "في سياق متصل، قتل شخصان …" / "وفي سياق آخر": a sentence opening on another matter
        for k in range(lo, min(hi, lo + 3)):
            if "new_context" in self.R[k] and k > lo and (self.toks[k - 1].stem in ("في", "وفي")
                                                           or self.toks[k - 1].text == "وفي"):
                memo[si] = True
                return True
        ni = self.newinc_toks
        x = bisect.bisect_left(ni, lo + 1)
        while x < len(ni) and ni[x] < hi:
            k = ni[x]
            x += 1
            if not self.joined(k) and k not in self._brk:
                p = self.toks[k - 1]
                if "incident" in self.R[k - 1] or p.text in causes or p.stem in causes:
                    found = True
                    break
        memo[si] = found
        return found

    def _sentence(self, si: int, lo: int, hi: int, earlier: list[Casualty]) -> list[Casualty]:
        out: list[Casualty] = []
        bd_parent: Casualty | None = None   # the figure being broken down
        bd_hint = None                      # (kind, group, side) of a figure named without a number
        bd_active = False
        bd_paren = False
        bd_open = -1                        # a list opened by ":" or "؛" after "بين القتلى"
        consumed: set[int] = set()
        intr, intr_list, hard, comma = self.intr, self.intr_list, self._hard, self._comma
        R, tq, toks, P, qtok = self.R, self.tq, self.toks, self.P, self.qtok
        n_intr = len(intr_list)
        j = bisect.bisect_left(intr_list, lo)   # i only grows: j follows it through intr_list
        i = lo
        while i < hi:
            # breakdown context ends at a full stop, a closing bracket, or a new clause
            if not bd_active and i not in intr:
                while j < n_intr and intr_list[j] < i:
                    j += 1
                i = intr_list[j] if j < n_intr else hi
                continue
            if bd_active and i > lo:
                g = P.get(i, "")
                if (i in hard and i != bd_open) or (bd_paren and ")" in g) or \
                        (not bd_paren and i in comma and i not in tq
                         and "group" not in R[i] and "breakdown" not in R[i]):
                    bd_active = bd_paren = False
            r = R[i]
            if bd_active and not bd_paren and i not in tq and "group" not in r \
                    and "breakdown" not in r and i not in consumed and toks[i].text != "من" \
                    and not (toks[i].text == "و" and i + 1 < hi and (i + 1 in tq or "group" in R[i + 1])) \
                    and not self.list_modifier(i, hi):
                nxt = self.placed_item_after(i, hi, self.listing(bd_active, bd_parent))
                if nxt is not None:     # "بينهم اثنان في حريتان وطفل في عندان"
                    i = nxt
                    continue
                bd_active = False      # the list is over: "بينهم 3 أطفال في قصف حوثي"
            if "breakdown" in r and i not in tq and i - 1 >= lo and "discharged" in R[i - 1]:
                # "استقبلت 87 جريحا غادر منهم 29 شخصا": those who left hospital are no figure
                bd_active = bd_paren = False
                k = i + 1
                while k < hi and k <= i + 3 and k not in tq and k not in hard:
                    k += 1
                if k in tq and k not in hard:
                    k = qtok[tq[k]][1] + 1
                    if k < hi and ("group" in R[k] or "kind_noun" in R[k]):
                        k += 1
                    i = k
                else:
                    i += 1
                continue
            if "breakdown" in r and i not in tq:
                bd_parent, bd_hint = self._breakdown_parent(i, lo, out, earlier)
                bd_active, bd_paren = True, False
                i += 1
                continue
            # "الضحايا توزعوا … إلى ثمانية ضحايا في الشعار، وواحد في حي كرم البيك، و11 في حي
            # السكري": the dead of the figure told before, listed by place
            if "kind_noun" in r and i not in tq and self.definite(i) and (
                    (i + 1 < hi and "distribute" in R[i + 1])
                    or (i - 1 >= lo and "distribute" in R[i - 1])):
                parent = self._parent_like(r["kind_noun"].value, "people", None, i, earlier, out)
                k = i + 1
                while k < hi and k < i + 12 and k not in tq and k not in hard and (
                        ("kind_noun" not in R[k] and "group" not in R[k]) or self.definite(k)):
                    k += 1      # the list opens after the source and "إلى" ("بحسب الدفاع المدني")
                if parent is not None and isinstance(parent.count, int) and k < hi and k not in hard:
                    bd_parent, bd_hint = parent, None
                    bd_active, bd_paren = True, False
                    self.dist_parent = parent
                    i = k
                    continue
            # "ومن بين القتلى طفلان وامرأة"، "ومن ضمن الشهداء 8 مواطنين": among the dead named
            # before ("أشارت إلى أن بين الشهداء نساء وأطفالا": the same after أن or a clause start)
            if toks[i].text in _AMONG_DEAD and i + 1 < hi and "kind_noun" in R[i + 1] \
                    and self.definite(i + 1) and (
                        (i - 1 >= lo and (toks[i - 1].stem == "من" or self.is_anna(i - 1)))
                        or i == lo or i in hard or i in self._comma):
                kind = R[i + 1]["kind_noun"].value
                bd_parent, bd_hint = self._parent_like(kind, "people", None, i, earlier, out), None
                if bd_parent is None:
                    bd_hint = (kind, "people", None)
                bd_active, bd_paren = True, False
                i += 2
                if i < hi and "also" in R[i]:
                    i += 1      # "أن بين القتلى أيضاً أربعة جنود"
                if i in hard and self.gap(i).strip() in (":", "؛"):
                    bd_open = i     # "إن بين القتلى؛ قائد قوات النجدة": the list opens
                continue
            if i in consumed:
                i += 1
                continue
            if i in tq:
                qi = tq[i]
                a, b = qtok[qi]
                c = self._quantity(qi, a, b, lo, hi, si, out, bd_active, bd_parent, bd_hint)
                if c is not None:
                    item, last = c
                    if id(item) in self.bare_parts:
                        pass        # its own place and cause: "بينهم 16 في قصف جوي"
                    elif id(item) in self.bd_break:
                        bd_active = bd_paren = False    # "… و497 شخصا أصيبوا": a new figure
                    elif id(item) in self.among_parts:
                        item.parent = self._parent_like(item.kind, "people", None, a, earlier, out)
                    elif bd_active and (bd_parent is not None or bd_hint is not None):
                        item.parent = bd_parent
                        item.cause, item.cause_rank = None, 0
                        if bd_parent is not None and item.group == "people" \
                                and item.kind == bd_parent.kind \
                                and (self.listing(bd_active, bd_parent)
                                     or bd_parent.group in ("civilians", "combatants")):
                            # ("ثمانية ضحايا": of the 30 civilians; "مقتل ستة مدنيين، بينهم ثلاثة
                            # من جنسيات عربية": three of the civilians)
                            item.group = bd_parent.group
                            if item.group == "combatants" and item.side is None:
                                item.side = bd_parent.side
                    out.append(item)
                    self._who_they_were(item, last, lo, hi, out)
                    if last + 1 < hi and "kind_noun" in R[last + 1]:
                        sib = self._sibling(item, last, hi)
                        if sib is not None:
                            out.append(sib)
                            last += 1
                    if last + 2 < hi and toks[last + 1].stem == _IDAFA and item.parent is None:
                        add = self._in_addition(item, last + 1, lo, hi, si)
                        if add is not None:
                            out.append(add[0])
                            last = add[1]
                    if not bd_active and item.parent is None and item.kind in ("killed", "injured"):
                        for one, k1 in self._apposed(item, last, lo, hi, si):
                            out.append(one)
                            last = k1
                        for one, k1 in self._singulars(item, last, hi):
                            out.append(one)
                            consumed.add(k1)
                        last = self._more_victims(item, last, lo, hi, si, out)
                    if not bd_active and item.parent is None:
                        # "أربعة مدنيين بينهم ثلاثة أطفال لقوا حتفهم": the figure's verb comes
                        # after its own breakdown, which is still read as one
                        bdk = next((k for k in range(b + 1, last) if "breakdown" in R[k]
                                    and k not in tq), None)
                        if bdk is not None:
                            consumed.update(range(a, bdk))
                            i = bdk
                            continue
                    for k in range(a, last + 1):
                        consumed.add(k)
                    # "سبعة مدنيين (ثلاثة أطفال …)": a bracket right after a figure breaks it down
                    if last + 1 < hi and "(" in P.get(last + 1, "") and item.parent is None:
                        bd_parent, bd_hint, bd_active, bd_paren = item, None, True, True
                    i = last + 1
                    continue
                i = b + 1
                continue
            c = self._bare(i, lo, hi, si, bd_active, bd_parent, bd_hint) \
                if ("group" in r or "kind_noun" in r) else None
            if c is not None:
                item, last = c
                if bd_active:
                    item.parent = bd_parent
                    item.cause, item.cause_rank = None, 0
                out.append(item)
                self._who_they_were(item, last, lo, hi, out)
                if not bd_active and item.count in (1, 2) and item.parent is None \
                        and item.kind in ("killed", "injured"):
                    last = self._more_victims(item, last, lo, hi, si, out)
                if last + 1 < hi and "(" in P.get(last + 1, "") and item.parent is None \
                        and item.count is not None:
                    bd_parent, bd_hint, bd_active, bd_paren = item, None, True, True
                i = last + 1
                continue
            i += 1
        if len(out) > 1:
            self._shared_noun(out)
        self._continue_breakdown(out)
        if len(out) > 2:
            self._sum_parts(out)
        if len(out) > 1:
            self._sum_ranks(out)
        return out

    def _sum_ranks(self, out: list[Casualty]) -> None:
        """"إصابة ضابط وأربعة عسكريين": one or two men named singly and a number of others of
        their group joined by و right after them, after one trigger, are one figure (5
        soldiers); so are a number of others ("مقتل ضابط و5 آخرين": 6 fighters; "قتل مدني
        وثلاثة آخرون": 4 civilians); men of another group stay apart ("مقتل طفل وثلاثة
        مدنيين")."""
        k = 0
        while k < len(out) - 1:
            c, d = out[k], out[k + 1]
            if c.parent is None and d.parent is None and c.kind == d.kind \
                    and ((c.group == d.group and c.side == d.side)
                         or (d.group == "people" and c.group in _STATUS + ("people",)
                             and _OTHERS_ANY_RE.search(self.norm, d.start, d.end) is not None)) \
                    and c.count in (1, 2) and type(d.count) is int and d.start <= c.start \
                    and d.end > c.end and self._joined_after(c.end) \
                    and not c.qualifier and not d.qualifier:
                self._absorb_next(out, k)
                continue
            k += 1

    def _absorb_next(self, out: list[Casualty], k: int) -> None:
        """Figure k counts figure k + 1 too, whose words it takes; figure k + 1 goes."""
        c, d = out[k], out[k + 1]
        c.count += d.count
        c.low = c.high = c.count
        c.norm_spans[0] = (c.start, d.end)
        c.evidence = [self.doc.span(c.start, d.end)]
        del out[k + 1]

    def _sum_parts(self, out: list[Casualty]) -> None:
        """"4 قتلى من بينهم طفلتين وطفلين"، "بينهم طفلان وطفلة": parts of one figure, of one
        kind and one group of sex or age, counted and joined by و, are one part (2 + 2
        children; "ومسعفان اثنان وناشط" stay two parts, told apart by what they did)."""
        norm = self.norm
        k = 0
        while k < len(out) - 1:
            c, d = out[k], out[k + 1]
            if c.parent is not None and d.parent is c.parent and c.kind == d.kind \
                    and c.group == d.group and c.group in _SEXES_AGES and type(c.count) is int \
                    and type(d.count) is int and not c.qualifier and not d.qualifier:
                e, s = c.end, d.start
                if s >= e and not norm[e:s].strip() and norm[s:s + 1] == "و":
                    self._absorb_next(out, k)
                    continue
            k += 1

    def _shared_noun(self, out: list[Casualty]) -> None:
        """"قتل 15 وأصيب عشرات المدنيين": a bare number after one verb, right before a second
        verb joined by و whose figure names who the victims are, counts the same people. So
        does a figure of a victim noun right before a second one whose من-phrase closes both
        ("15 شهيدا وعشرات الجرحى من المدنيين"), or whose armed body closes both ("35 قتيلا و15
        جريحا في صفوف هذه القوات")."""
        norm = self.norm
        for k in range(len(out) - 1):
            c, d = out[k], out[k + 1]
            if c.group != "people" or c.parent is not None or d.parent is not None \
                    or d.kind == c.kind:
                continue
            if d.group in _OF_WHOM and c.noun_group is None and not c.nounless \
                    and _RANKS_AFTER_RE.match(norm, d.end):
                pass            # "9 قتلى والعديد من الإصابات في صفوف المدنيين": the ranks close both
            elif d.noun_group is None:
                if c.noun_group is not None or c.nounless or d.nounless or d.group != "combatants":
                    continue    # "35 قتيلا و15 جريحا في صفوف هذه القوات": the ranks close both
            elif c.nounless:
                if d.group not in _STATUS or d.noun_group not in _STATUS:
                    continue
            elif c.noun_group is not None or d.noun_group not in _OF_WHOM \
                    or " من " not in norm[d.start:d.end] or self._opens_with_verb(d):
                continue        # ("3 آلاف جريح ونزوح عشرات الآلاف من السكان": a verb of its own)
            e, s = c.norm_spans[0][1], d.norm_spans[0][0]
            if s < e or norm[e:s].strip() or norm[s:s + 1] != "و":
                continue
            c.group, c.side = d.group, d.side

    def _joined_after(self, end: int) -> bool:
        """Whether the word right after ``end`` is joined by و ("ضابط وأربعة"، "ضابط و4"; not "مدني
        واحد")."""
        j = bisect.bisect_left(self.starts, end)
        if j >= len(self.toks) or self.norm[end:self.starts[j]].strip():
            return False
        return self.toks[j].text == "و" or self.joined(j)    # (and "و5": glued to digits)

    def _opens_with_verb(self, c: Casualty) -> bool:
        """Whether a figure's words open with a trigger (its own verb or masdar)."""
        j = bisect.bisect_left(self.starts, c.start)
        return j < len(self.R) and "kill_verb" in self.R[j]

    def _who_they_were(self, item: Casualty, last: int, lo: int, hi: int, out: list) -> None:
        """A figure of people whose words right after it say who they were: "في صفوفهم"
        (:meth:`_their_ranks`), "وصفتهم بالتكفيريين" (:meth:`_described_as`)."""
        if last + 2 < hi:
            R = self.R
            if "their_ranks" in R[last + 2]:
                self._their_ranks(item, last, lo, out)
            if "described_as" in R[last + 1]:
                self._described_as(item, last)

    def _their_ranks(self, item: Casualty, last: int, lo: int, out: list) -> None:
        """"قتل 10 من عناصر النظام وأصيب آخرون في صفوفهم"، "وأوقعت قتلى وجرحى في صفوفهم": a
        figure of people right before "in their ranks" counts combatants of the figure of
        combatants told before it in the sentence, else of the nearest actor named before."""
        if item.group != "people" or self.toks[last + 1].text != "في" or last + 1 in self._brk:
            return
        for c in reversed(out):
            if c is not item and c.group == "combatants" and c.sentence == item.sentence:
                item.group, item.side = "combatants", c.side
                return
        item.group, item.side = "combatants", self.owner_side(last, lo)

    def _described_as(self, item: Casualty, last: int) -> None:
        """"مقتل 232 شخصا وصفتهم بالتكفيريين": a figure of people that its source calls
        fighters (or civilians) right after it, with ب, counts them."""
        if item.group != "people":
            return
        k = last + 2
        t = self.toks[k]
        g = self.R[k].get("group")
        if g is not None and t.prefix.startswith("ب") and k not in self._brk \
                and g.value in ("combatants", "civilians"):
            item.group = g.value

    def _in_addition(self, item: Casualty, k: int, lo: int, hi: int, si: int):
        """"مقتل 7 موظفين بالإضافة لمتطوع"، "بالإضافة إلى مسعف": a singular or dual victim noun
        added to a figure is a figure of its own (1 or 2) of the same kind: (item, last)."""
        if k in self._hard or k + 1 in self._brk:
            return None
        j = k + 1
        if self.toks[j].text == _ILA:
            j += 1
        elif not self.toks[j].prefix.startswith("ل"):
            return None
        if j >= hi or j in self._brk or j in self.tq:
            return None
        g = self._one_or_two(j)
        if g is None:
            return None
        return self._one_more(item, g, j, j, lo, hi, si), j

    def _one_more(self, item: Casualty, g, a: int, b: int, lo: int, hi: int, si: int) -> Casualty:
        """The singular or dual victim noun ``g`` at tokens a..b as a figure of its own (1 or 2)
        of ``item``'s kind; a fighter takes the side named after him, else ``item``'s."""
        group, side = g.value, None
        if group == "combatants":
            side = self.side_of(a, self.phrase_end(a, hi)) or item.side
            if side == "civil":
                group, side = "civilians", None
        c = self._new(item.kind, group, None, int(g.count), None, a, b, si, side)
        self._finish(c, a, b, lo, hi)
        return c

    def _describes(self, k: int, hi: int) -> bool:
        """Is the group noun at token k an adjective of the victim noun right before it ("رجل
        مسن"، "طفل فلسطيني"): no number, break, comma or و before it?"""
        return k < hi and "group" in self.R[k] and k not in self.tq and k not in self._hard \
            and k not in self._comma and not self.joined(k)

    def _joined_singulars(self, item: Casualty, last: int, lo: int, hi: int, si: int) -> list:
        """"استشهاد رجل وامرأة"، "مقتل طفل وامرأة مسنة": singular or dual victim nouns joined by و
        right after a singular or dual one, with no number or verb of their own, are more victims
        of its kind: [(item, its last token)]."""
        R, toks, tq = self.R, self.toks, self.tq
        out = []
        k = last + 1
        while k < hi and len(out) < 4:
            if k in self._hard or k in self._comma or k in self._brk or k in tq \
                    or not toks[k].prefix.startswith("و") or "kill_verb" in R[k]:
                break
            g = self._one_or_two(k)
            if g is None:
                break
            e = k + 1 if self._describes(k + 1, hi) else k     # "وامرأة مسنة": an adjective
            if e + 1 < hi and "kill_verb" in R[e + 1] and e + 1 not in self._hard \
                    and not toks[e + 1].prefix.startswith("و"):
                break       # "وامرأة أصيبت بجروح": a clause of its own
            out.append((self._one_more(item, g, k, e, lo, hi, si), e))
            k = e + 1
        return out

    def _more_victims(self, item: Casualty, last: int, lo: int, hi: int, si: int, out: list) -> int:
        """Victims told right after a figure, added to ``out``: singular or dual nouns joined by و
        ("استشهاد رجل وامرأة"، "استشهد 5 أطفال ووالدتهم"، "قتل 3 مدنيين وطفل"), then "another"
        after a second verb ("وأصيب آخر"). Returns the last token read."""
        for one, last in self._joined_singulars(item, last, lo, hi, si):
            out.append(one)
        more = self._another(item, last, lo, hi, si)
        if more is not None:
            out.append(more[0])
            last = more[1]
        return last

    def _another(self, item: Casualty, last: int, lo: int, hi: int, si: int):
        """"استشهد طفل وأصيب آخر بجروح"، "قتل 3 مدنيين وجرح آخران": a trigger joined by و right
        after a figure, whose subject is "another" (آخر، أخرى; the dual آخران، أخريان) with no
        noun after it, is one (two) more victims of the figure's group, of the trigger's kind:
        (item, its last token) or None."""
        R, toks = self.R, self.toks
        k = last + 1
        if k < hi and (toks[k].text in _PLACE_PREP or toks[k].prefix.startswith("ب")
                       or ((toks[last].text == "من" or (last - 1 >= lo and toks[last - 1].text == "من"))
                           and not toks[k].prefix.startswith("و"))):
            # its place or side first: "قتل 3 مدنيين في حلب وأصيب آخر"، "عنصران من قوات النظام";
            # whose they were, after the figure's من: "مقتل 3 من أبناء المدينة وإصابة آخر"
            for k in range(k + 1, min(k + 5, hi)):
                if k in self._brk or k in self.tq or "kill_verb" in R[k] \
                        or toks[k].prefix.startswith("و") or toks[k].text == "و":
                    break
            if not (toks[k].prefix.startswith("و") or toks[k].text == "و") or k in self._brk:
                return None
        if k < hi and toks[k].text == "و" and k not in self._hard:
            k += 1
        elif k >= hi or not toks[k].prefix.startswith("و"):
            return None
        if k + 1 >= hi or k in self._hard or k in self._comma or "kill_verb" not in R[k] \
                or {k, k + 1} & self._hard or k + 1 in self._comma or k + 1 in self.tq:
            return None
        t = toks[k + 1]
        count = 1 if t.text in _ANOTHER else 2 if t.text in _ANOTHER_TWO else 0
        if not count:
            return None
        n = k + 2
        if n < hi and n not in self._brk and not toks[n].prefix \
                and toks[n].text not in _AFTER_ANOTHER:
            return None     # "وقتل آخر قادة التنظيم": the last of them, not another victim
        tr = self.trigger(k, k)
        if tr is None or tr[0] not in ("killed", "injured"):
            return None
        c = self._new(tr[0], item.group, None, count, None, k, k + 1, si, item.side)
        self._finish(c, k, k + 1, lo, hi)
        return c, k + 1

    def _apposed(self, item: Casualty, last: int, lo: int, hi: int, si: int) -> list:
        """"استشهد شخصان، رجل وامرأة"، "قتل ثلاثة مدنيين هم طفلان وامرأة": singular or dual victim
        nouns joined by و in apposition right after a figure of two to six (maybe after a comma
        or هم), adding up to it and with no verb of their own, are its parts: [(part, last)]."""
        count = item.count
        if not isinstance(count, int) or not 2 <= count <= 6:
            return []
        R, toks, tq, hard = self.R, self.toks, self.tq, self._hard
        k = last + 1
        if k < hi and toks[k].text == "هم" and k not in hard:
            k += 1
        parts, total = [], 0
        while k < hi and len(parts) < 6:
            if k in hard or (parts and (k in self._comma or not self.joined(k))) \
                    or (not parts and self.joined(k)):
                break
            g = self._one_or_two(k)
            if g is None:
                break
            e = k + 1 if self._describes(k + 1, hi) else k      # "وامرأة مسنة"
            parts.append((g, k, e))
            total += int(g.count)
            k = e + 1
        if len(parts) < 2 or total != count or (k < hi and k not in self._brk and "kill_verb" in R[k]):
            return []       # not the whole figure, or a clause of its own ("رجل وامرأة أصيبا")
        out = []
        for g, a, e in parts:
            c = self._one_more(item, g, a, e, lo, hi, si)
            c.parent = item
            c.cause, c.cause_rank = None, 0
            out.append((c, e))
        return out

    def _one_or_two(self, k: int):
        """The group entry of a singular or dual victim noun at token k ("امرأة"، "طفلان", a dual
        read as a number), else None."""
        if k in self.tq:
            q = self.qs[self.tq[k]]
            if not q.noun or self.qtok[self.tq[k]][1] != k:
                return None
            g = self.lex.words.get(_normalized(q.noun), {}).get("group")
            return None if g is None else _Entry("group", g.value, "2", g.vague)
        g = self.R[k].get("group")
        return g if g is not None and g.count in ("1", "2") else None

    def _singulars(self, item: Casualty, last: int, hi: int) -> list[tuple[Casualty, int]]:
        """"قتل 3 مدنيين في حي الشعار وطفل في حي الصاخور"، "ارتقاء ستة مدنيين في قرية X، وامرأة في
        Y … وشهيد في Z": a singular victim noun joined by و after a figure and its place, with no
        verb of its own, is one more victim of the figure's kind: (item, its token). Stops at a
        verb, a victim noun that is not such an item, or the end of the clause."""
        R, toks, tq, hard = self.R, self.toks, self.tq, self._hard
        out: list[tuple[Casualty, int]] = []
        k = last + 1
        gap = 0
        placed = False      # a place (في …) told since the last item
        conj = False        # a "و" standing apart right before ("و شهيد في الفردوس")
        while k < hi and gap <= 5 and len(out) < 6:
            if k in hard or "kill_verb" in R[k] or "breakdown" in R[k]:
                break
            t = toks[k]
            if k in tq:
                qa, qb = self.qtok[tq[k]]
                nxt = qb + 1
                q = self.qs[tq[k]]
                if placed and (conj or toks[qa].text[0] == "و") and nxt < hi \
                        and toks[nxt].text == "في" and nxt not in tq and not q.noun:
                    # "5 مدنيين في حي السكري و4 في حي المرجة": a bare figure with its own
                    # place counts more victims of the figure's kind (its noun left out; a
                    # dual, "وشهيدين في بسيمة", is a figure with its noun, read in its turn)
                    c = self._like(item, q.start, q.end)
                    c.count, c.low, c.high = q.value, q.low, q.high
                    c.vague, c.qualifier = q.vague, q.qualifier
                    c.nounless = True
                    c.listed = id(item)
                    out.append((c, k))
                    k, gap, placed, conj = nxt, 0, False, False
                    continue
                # a figure of the list ("وشهيدين في بسيمة"): read in its turn; the list goes on
                k, gap, placed, conj = nxt, 0, False, False
                if k < hi and ("group" in R[k] or "kind_noun" in R[k]) and k not in tq:
                    k += 1
                continue
            if t.text == "في" or t.text == _ALA:
                # (the count of words restarts at each preposition of place: "في غارة على
                # مدينة خان شيخون وواحدا في قرية فليفل")
                placed, gap = placed or t.text == "في", 0
            if t.text == "و":
                conj = True
                k += 1
                continue
            r = R[k]
            another = (t.prefix == "و" or conj) and placed and t.stem in _ANOTHER
            if another or ((t.prefix == "و" or conj) and ("group" in r or "kind_noun" in r)):
                g = r.get("group")
                kn = r.get("kind_noun")
                one = another or (g is not None and g.count == "1") \
                    or (g is None and kn is not None and kn.count == "1")
                nxt = k + 1
                if not one or not placed or nxt >= hi or toks[nxt].text != "في":
                    if another:
                        k, gap, conj = k + 1, gap + 1, False
                        continue
                    break     # each item with its own place: "وطفل في حي الصاخور" (not "وطفل أصيب")
                # one victim more, with its own place: of its noun's group, or of the figure's
                # ("مدنيان في خان شيخون وواحدا في فليفل وآخر في غارة على شيخ دامس")
                c = self._like(item, t.start + (1 if t.prefix == "و" else 0), t.end)
                c.count, c.low, c.high, c.vague, c.qualifier = 1, 1, None, None, None
                if not another:
                    c.group = g.value if g is not None else "people"
                    c.kind = kn.value if g is None else item.kind
                c.noun_group, c.nounless = c.group, another
                c.listed = id(item)
                out.append((c, k))
                k, gap, placed, conj = k + 1, 0, False, False
                continue
            if "group" in r or "kind_noun" in r:
                break
            conj = False
            k += 1
            gap += 1
        return out

    def _sibling(self, item: Casualty, last: int, hi: int):
        """"عشرات الجرحى والمفقودين"، "مئات القتلى والأسرى": a victim noun of another kind joined
        by و right after a figure's own victim noun counts the same number of other victims: a
        second figure (killed and injured together stay one figure, of kind casualties)."""
        k = last + 1
        if k >= hi or k in self._brk or "kind_noun" not in self.R[k] \
                or "kind_noun" not in self.R[last] or not self.toks[k].prefix.startswith("و") \
                or self.definite(last) != self.definite(k):
            return None     # ("12 شهيدا والجرحى إلى 45": a definite noun opens its own toll)
        kind = self.R[k]["kind_noun"].value
        if kind == item.kind or item.kind == "casualties":
            return None
        one = self.R[k]["kind_noun"].count == "1" and self.R[last]["kind_noun"].count != "1"
        c = self._like(item, self.toks[k].start if one else item.norm_spans[0][0], self.toks[k].end)
        c.kind = kind
        if one:
            # "3 شهداء وجريح": a singular after a plural is one victim of its kind, not the
            # same number again
            c.count, c.low, c.high, c.qualifier, c.vague = 1, 1, 1, None, None
        return c

    def _like(self, item: Casualty, s: int, e: int) -> Casualty:
        """A new figure read alongside ``item``: its fields copied, its own evidence [s, e), and
        the places and sources that later passes give each figure left empty."""
        c = _new_object(Casualty)
        c.__dict__ = dict(item.__dict__)
        c.norm_spans = [(s, e)]
        c.evidence = [self.doc.span(s, e)]
        c.place_idx, c.sources, c.claimed_by, c.places = [], [], [], []
        return c

    def list_modifier(self, i: int, hi: int) -> bool:
        """Token i describes the item before it in a breakdown list, which goes on after it
        ("وناشط إعلامي وعنصران من الدفاع المدني"، "وعنصر من الدفاع المدني و3 أطفال"): i is
        not joined by و nor after punctuation, and within three words, before any punctuation,
        a number or a victim noun joined by و comes."""
        R, toks, brk = self.R, self.toks, self._brk
        t = toks[i]
        if i in brk or self.joined(i) or "kill_verb" in R[i] or "toll" in R[i] \
                or "reach" in R[i] or i in self.datetok or t.text in _FUNC_AFTER \
                or t.stem in _FUNC_AFTER:
            return False
        # an adjective ("إعلامي"، "المدني") or the body after من ("من الدفاع المدني")
        if not (t.stem.endswith(_NISBA) or any(toks[x].text == "من" for x in (i - 1, i - 2))):
            return False
        k = i + 1
        while k < hi and k <= i + 3:
            if k in brk or "kill_verb" in R[k]:
                return False
            if self.joined(k):
                return k in self.tq or "group" in R[k]
            k += 1
        return False

    def place_starts(self) -> list[int]:
        """Where the document's place mentions (:func:`_place_refs`) start, built once."""
        if self._place_starts is None:
            self._place_starts = list(map(_FIRST, _place_refs(self.doc)))
        return self._place_starts

    def place_in(self, a: int, b: int) -> int | None:
        """The first place mention (index into :func:`_place_refs`) that starts within tokens
        a..b, or None."""
        starts = self.place_starts()
        x = bisect.bisect_left(starts, self.toks[a].start)
        return x if x < len(starts) and starts[x] < self.toks[b].end else None

    def listing(self, bd_active: bool, bd_parent) -> bool:
        """Is the breakdown under way the "توزع" list of :attr:`dist_parent`?"""
        return bd_active and bd_parent is not None and bd_parent is self.dist_parent

    def placed_item_after(self, i: int, hi: int, listing: bool = False) -> int | None:
        """"بينهم اثنان في حريتان وطفل في عندان": token i, "في" before a place mention, tells the
        place of the breakdown item before it; the list goes on when the next item (a number or a
        victim noun joined by و) comes right after the place: that item's token, else None.
        ``listing`` (a "توزع" list): items are set off by commas, and each names its victims."""
        toks = self.toks
        if toks[i].text != "في":
            return None
        for k in (i + 1, i + 2):        # "في حريتان"، "في بلدة عندان"
            if k >= hi or k in self._brk:
                return None
            x = self.place_in(k, k)
            if x is not None:
                end = _place_refs(self.doc)[x][1]
                break
        else:
            return None
        k += 1
        while k < hi and toks[k].start < end:
            k += 1
            if listing and k < hi and toks[k].start >= end and self.joined(k) and k not in self._brk:
                x = self.place_in(k, k)     # "في حيي طريق الباب والأنصاري": the item's places
                if x is not None and _place_refs(self.doc)[x][1] > end:
                    end = _place_refs(self.doc)[x][1]
        if k >= hi or (k in self._brk and not (listing and k in self._comma and k not in self._hard)) \
                or not (self.joined(k) or (listing and k in self.tq)):
            return None
        if self._one_or_two(k) is not None:
            return k        # "وطفل في عندان"، "وطفلين"
        if k in self.tq:
            e = self.qtok[self.tq[k]][1] + 1
            if not listing and e < hi and ("group" in self.R[e] or "kind_noun" in self.R[e]):
                return None     # "وخمسة مدنيين بينهم طفل": a figure with its noun is a new total
            return k        # "و3 في حي المرجة"
        return None

    def _breakdown_parent(self, i: int, lo: int, out: list[Casualty], earlier: list[Casualty]):
        """The figure a بينهم at token i breaks down, or a hint to find it among earlier ones."""
        pos = self.toks[i].start
        if out and out[-1].parent is None and pos - out[-1].norm_spans[-1][1] <= 40:
            return out[-1], None
        if out and out[-1].parent is None and pos - out[-1].norm_spans[-1][1] <= _BD_FAR \
                and self._plain_between(out[-1].norm_spans[-1][1], i):
            # "قتل 29 مقاتلا على الأقل من الفصائل الإسلامية وجبهة النصرة، بينهم 14": the
            # figure's own phrase (qualifier, the body the victims belong to) before بينهم
            return out[-1], None
        if out and out[-1].parent is None and pos - out[-1].norm_spans[-1][1] <= _BD_CLAUSE \
                and self._own_clause_between(out[-1].norm_spans[-1][1], i):
            # "ارتفع إلى 27 عدد الشهداء الذين قضوا جراء قصف …، من ضمنهم مواطنان اثنان": past
            # the toll noun and the relative clause of its victims
            return out[-1], None
        if out and out[-1].parent is not None and type(out[-1].count) is int and out[-1].count > 1 \
                and out[-1].group in ("civilians", "people") \
                and pos - out[-1].norm_spans[-1][1] <= _BD_FAR \
                and self._plain_between(out[-1].norm_spans[-1][1], i):
            # "ومن ضمن الشهداء 8 مواطنين من عائلة واحدة، بينهم مواطنة و5 أطفال": a counted part
            # of people broken down in turn
            return out[-1], None
        if out and out[-1].parent is not None and pos - out[-1].norm_spans[-1][1] <= 40:
            return out[-1].parent, None
        # "أسماء قتلى قوات النظام، وبينهم 24 ضابطا": the figure is named without a number
        for k in range(i - 1, max(lo, i - 6) - 1, -1):
            r = self.R[k]
            if "kind_noun" in r:
                kind = r["kind_noun"].value
                side = self.side_of(k + 1, i)
                armed = side is not None or any("armed_head" in self.R[x] for x in range(k + 1, i))
                group = "combatants" if armed else "people"
                c = self._parent_like(kind, group, side, k, earlier, out)
                if c is not None:
                    return c, None
                return None, (kind, group, side)
        return None, None

    def _plain_between(self, end: int, i: int) -> bool:
        """No clause end, number, trigger or cause between ``end`` (in norm) and token i."""
        j = bisect.bisect_left(self.starts, end)
        if i in self._hard:
            return False
        for k in range(j, i):
            if k in self._hard or (k in self.tq and not (k > j and "household" in self.R[k - 1])):
                return False    # (but "من عائلة واحدة": one family, no figure)
            r = self.R[k]
            if "kill_verb" in r or "incident" in r or k in self.cause_set or (
                    "kind_noun" in r and r["kind_noun"].value != "displaced"):
                return False    # ("من عائلة واحدة نازحة من ريف إدلب": who they were, no figure)
        return True

    def _own_clause_between(self, end: int, i: int) -> bool:
        """Between ``end`` (in norm) and token i: the figure's toll noun ("عدد الشهداء") and the
        relative clause of its victims ("الذين قضوا جراء قصف للطيران الحربي على مناطق في …"),
        whose verb follows the relative; no clause end, number or other trigger."""
        j = bisect.bisect_left(self.starts, end)
        toks, R, relatives = self.toks, self.R, self.lex.relatives
        rel = False
        for k in range(j, i):
            if k in self._hard or k in self.tq:
                return False
            r = R[k]
            if toks[k].text in relatives:
                rel = True
            elif "kill_verb" in r:
                if not (rel and k - 1 >= j and toks[k - 1].text in relatives):
                    return False
            elif "kind_noun" in r and not (k - 1 >= j and "toll" in R[k - 1]):
                return False
        return rel

    def _parent_like(self, kind, group, side, k, earlier, out):
        """The last figure of this kind (and group, side) within three sentences before token k."""
        for c in reversed(earlier[-12:] + out):
            if c.kind == kind and c.parent is None and c.sentence >= self._sent_of(k) - 3 \
                    and (c.group == group or group == "people") \
                    and (side is None or c.side in (None, side)):
                return c
        return None

    def _sent_of(self, k: int) -> int:
        pos = self.toks[k].start
        sents = self.doc.sentences
        return bisect.bisect_right(sents, (pos, float("inf"))) - 1

    def _continue_breakdown(self, out: list[Casualty]) -> None:
        """Later figures of a sentence that go on listing the parts of a broken-down figure."""
        parent = None
        total = 0
        for c in out:
            if c.parent is not None:
                if c.parent is not parent:
                    parent, total = c.parent, 0
                total += c.count or 0
                continue
            if parent is None:
                continue
            # "تسعة مدنيين بينهم ثلاثة أطفال في قرية X وأربعة مدنيين بينهم طفل في قرية Y": a
            # counted figure of the parent's own group noun is a new total, not a part
            if c.noun_group is not None and c.noun_group == parent.noun_group:
                parent = None
                continue
            if c.kind == parent.kind and c.count is not None and parent.count is not None \
                    and total + c.count <= parent.count and c.count < parent.count \
                    and (parent.group in ("people", c.group) or
                         (parent.group == "combatants" and c.group == "combatants")):
                c.parent = parent
                c.cause, c.cause_rank = None, 0
                total += c.count
            else:
                parent = None

    _BARE_NEXT = frozenset(normalize(w) for w in (
        "في", "جراء", "اثر", "إثر", "بسبب", "نتيجة", "خلال", "عند", "قرب", "داخل", "بقصف",
        "بغارة", "بغارات", "برصاص", "بنيران", "بانفجار"))

    def _bare_part(self, q, a, b, n, lo, hi, si, out, bd_active, bd_parent):
        """"قتل 19 مدنيا بينهم 16 في قصف جوي …، وثلاثة جراء قذائف": a number with no noun right
        after بينهم/منهم -- or joined by و to such a number -- is a part of the figure broken
        down, of its kind and group (a bare number that names no severity: "بينهم 3 في حالة")."""
        R = self.R
        dist = self.listing(bd_active, bd_parent) and (self.joined(a) or a in self._comma)
        if not ((a - 1 >= lo and "breakdown" in R[a - 1]) or (out and id(out[-1]) in self.bare_parts)
                or dist):
            return None
        parent = None
        if dist:
            parent = bd_parent      # "الضحايا توزعوا …، و11 في حي السكري"
        elif bd_active and bd_parent is not None and a - 1 >= lo and "breakdown" in self.R[a - 1] \
                and a - 1 not in self.tq:
            parent = bd_parent
        elif bd_active and bd_parent is None and a - 1 >= lo and "breakdown" in self.R[a - 1] \
                and out and out[-1].parent is None and out[-1].sentence == si \
                and self.toks[a].start - out[-1].norm_spans[-1][1] <= 100:
            # "قتل 19 مدنيا على الأقل أمس الاثنين في مدينة حلب وريفها، بينهم 16 في …"
            parent = out[-1]
        elif self.joined(a) and out and id(out[-1]) in self.bare_parts \
                and out[-1].sentence == si:
            parent = out[-1].parent
        if parent is None:
            return None
        v = q.value
        if not isinstance(v, int) or q.vague or getattr(q, "noun", None):
            return None
        if n < hi and n not in self._hard and n not in self._comma:
            t = self.toks[n]
            r = self.R[n]
            if "critical" in r or "not_victim" in r or t.stem.startswith("حال") \
                    or t.text.startswith("حال"):
                return None
            t1 = self.toks[n + 1] if n + 1 < hi else None
            if (t1 is not None and (t1.text.startswith("حال") or t1.stem.startswith("حال"))) \
                    or self.critical_after(n, hi):
                return None     # "بينهم 3 في حالة خطرة": the gravely injured, no breakdown
            if not (t.text in self._BARE_NEXT or t.stem in self._BARE_NEXT
                    or _normalized(t.text) in self._BARE_NEXT or "cause" in r
                    or ("kill_verb" in r and r["kill_verb"].value == parent.kind)):
                return None     # (its own verb of the parent's kind is no other figure: "61 قتيلا
                # مدنيا، بينهم 17 سقطوا الأحد")
        if not isinstance(parent.count, int) or v >= parent.count:
            return None
        done = sum(c.count for c in out if c.parent is parent and isinstance(c.count, int))
        if done + v > parent.count:
            return None
        c = self._new(parent.kind, parent.group, q, v, None, a, b, si, parent.side)
        c.parent = parent
        self.bare_parts.add(id(c))
        self._finish(c, a, b, lo, hi)
        return c

    def _of_them_part(self, q, a, n, lo, hi, si, out):
        """"جثث 15 مدنيا، 7 منهم من عائلة واحدة"، "قتل 15 مدنيا، 7 منهم أطفال": a number set off
        by a comma with منهم right after it is a part of the figure just told (of the group
        named after منهم, else of the figure's group); a family or place after it says who
        they are, not another figure. A verb of dying next to it makes it the dead among the
        figure just told ("استقبلوا 30 شخصا أصيبوا، ستة منهم لقوا حتفهم"، "أصيب 30 شخصا، توفي
        ستة منهم")."""
        if not out or a - 1 < lo:
            return None
        died = a - 1 if "kill_verb" in self.R[a - 1] and a - 1 in self._comma else None
        if a not in self._comma and died is None:
            return None
        parent = out[-1]
        v = q.value
        if parent.parent is not None or parent.sentence != si or not isinstance(parent.count, int) \
                or not isinstance(v, int) or q.vague or getattr(q, "noun", None) or v >= parent.count \
                or self.toks[a].start - parent.norm_spans[-1][1] > 40:
            return None
        if self.critical_after(n, hi) or any(
                self.toks[j].text.startswith("حال") or self.toks[j].stem.startswith("حال")
                for j in range(n + 1, min(hi, n + 3))):
            return None     # "5 منهم في حالة خطرة": the gravely injured, no breakdown
        group, last = parent.group, n
        k = n + 1
        if died is None and k < hi and k not in self._hard and k not in self._comma \
                and "kill_verb" in self.R[k]:
            died = k
        kind = parent.kind
        if died is not None:
            if self.R[died]["kill_verb"].value != "killed" or parent.kind == "killed":
                return None
            kind = "killed"
        if k < hi and k not in self._hard and k not in self._comma:
            r = self.R[k]
            if "group" in r and r["group"].value not in ("people", "combatants"):
                group, last = r["group"].value, k       # "7 منهم أطفال"
            elif self.toks[k].text == "من" and k + 1 < hi and "group" in self.R[k + 1] \
                    and k + 1 not in self.tq:
                last = k + 1                            # "7 منهم من عائلة واحدة"
                if last + 1 < hi and self.toks[last + 1].text in _ONE_WORDS \
                        and last + 1 not in self._comma and last + 1 not in self._hard:
                    last += 1
        if died == a - 1:
            a = died                                    # the evidence opens with the verb
        c = self._new(kind, group, q, v, None, a, n, si, parent.side)
        c.parent = parent
        self.bare_parts.add(id(c))
        self._finish(c, a, n, lo, hi)
        return c, last

    def _quantity(self, qi, a, b, lo, hi, si, out, bd_active, bd_parent, bd_hint):
        q = self.qs[qi]
        if a - 1 >= lo and "not_victim" in self.R[a - 1] and self.post_numeral(a, hi) is not None:
            return None     # "بعد يوم واحد من مقتل 19 مدنيا": the number word counts the day
        R = self.R
        if a - 1 >= lo and ("population" in R[a - 1] or (
                a - 2 >= lo and "population" in R[a - 2] and not R[a - 1])):
            return None     # "مدينة مضايا يقطنها نحو 40 ألف نسمة": who live there, no victims
        if a - 1 >= lo and "superlative" in R[a - 1] and getattr(q, "vague", None):
            return None     # "لإيقاع أكبر عدد من الإصابات": an aim's measure, no count
        n = b + 1
        while n in self.skip:
            n += 1
        if n + 2 < hi and self.toks[n].text == "من" and "not_victim" in R[n + 1] \
                and not self.toks[n + 1].prefix and "kill_verb" in R[n + 2]:
            return None     # "العشرات من عمليات القتل والخطف": the number counts acts of killing
        if n < hi and self.toks[n].text in _OF_THEM_AFTER:
            part = self._of_them_part(q, a, n, lo, hi, si, out)
            if part is not None:
                return part
        vic = self.victims_after(n, hi) if n < hi else None
        dual = getattr(q, "noun", None)
        if dual:   # "امرأتان"، "عنصرين": the number is the noun itself
            w = self.lex.words.get(_normalized(dual), {})
            g = w.get("group")
            if g is not None:
                vic = (g.value, None, "", "", b)
            elif "kind_noun" in w:
                vic = (None, w["kind_noun"].value, "", "", b)    # "سقوط شهيدين"، "قتيلين" (no group
                # of its own, as "5 قتلى": a من-phrase after the next figure may close both)
            elif "counted" in w:
                vic = ("people", w["counted"].value, "", "", b)      # "إصابتين بالرصاص"
            elif _normalized(dual) in _OTHER_SINGULARS:
                if a - 1 >= lo and (a - 1 in self.tq or "group" in self.R[a - 1]
                                    or "kind_noun" in self.R[a - 1]):
                    return None     # "رجلان آخران"، "اثنان آخران": an adjective of the figure
                vic = ("people", None, "", "", b)   # "قتل جندي وأصيب آخران": two others
            else:
                return None
            n = b
        elif a - 1 >= lo and "group" in self.R[a - 1] and a - 1 not in self.tq \
                and self.post_numeral(a, hi) is not None:
            # "اعتقلت القوات مدنيين اثنين": the noun stands before its number word
            vic = (self.R[a - 1]["group"].value, None, "", "", b)
            n = b
            a = a - 1
        # "سقوط 20 بين قتيل وجريح"، "العديد من المدنيين بين قتيل وجريح": killed and injured
        toks = self.toks
        if vic is None:
            if n < hi and toks[n].text in _BETWEEN:
                bk = self.between_kinds(n, hi)
                if bk is not None:
                    vic = (None, bk[0], "", "", bk[1])
        elif vic[1] is None and vic[4] + 1 < hi:
            j = vic[4] + 1
            if toks[j].text not in _BETWEEN:
                j = self.past_actor(vic[4], hi)
            if j is not None and toks[j].text in _BETWEEN:
                bk = self.between_kinds(j, hi)
                if bk is not None:
                    vic = (vic[0], bk[0], vic[2], vic[3], bk[1])
        elif vic[1] == "injured" and vic[4] + 1 < hi and toks[vic[4] + 1].text in _BETWEEN:
            bk = self.between_kinds(vic[4] + 1, hi)
            if bk is not None and bk[0] == "casualties":
                # "20 إصابة بين قتيل وجريح": the cases counted are the dead and the wounded
                vic = (vic[0], bk[0], vic[2], vic[3], bk[1])
        group = kind = None
        count = ""
        last = b
        reach_a = None
        if vic is not None:
            # a noun after a number is what it counts (ثلاثة أطفال): the number stays the count
            group, kind, count, _vb, last = vic
            if kind == "displaced" and group is None:
                tb = self.trigger_before(a, lo, True)
                if tb is not None and tb[3] == 0 and tb[0] != "displaced":
                    kind, group = None, "civilians"     # "مقتل أربعة نازحين": the displaced, killed
                elif last + 1 < hi and last + 1 not in self._brk:
                    ta = self.trigger_after(last + 1, hi)
                    if ta is not None and ta[3] == 0 and ta[0] != "displaced":
                        # "14 نازحا سقطوا بين قتيل وجريح"، "نازحين قتلوا": the displaced, hit
                        kind, group = None, "civilians"
            elif kind == "displaced":
                tb = self.trigger_before(a, lo, True)
                if tb is not None and tb[3] == 0 and tb[0] != "displaced":
                    kind = None     # "قتل 8 مواطنين نازحين": the displaced, killed
                elif last + 1 < hi and last + 1 not in self._brk:
                    ta = self.trigger_after(last + 1, hi)
                    if ta is not None and ta[3] <= 4 and ta[0] != "displaced":
                        # "9 مدنيين نازحين من ريف حلب الشرقي استشهدوا": the displaced (an
                        # adjective of the victims), killed
                        kind = None
            elif kind == "injured" and group is None:
                tb = self.trigger_before(a, lo, True)
                if tb is not None and tb[0] == "displaced" and tb[3] <= 2 \
                        and "exit" in self.R[tb[1]]:
                    # "حافلات تنقل 261 من الجرحى والمرضى من كفريا": the wounded carried out are
                    # evacuees
                    kind = "displaced"
        else:
            bp = self._bare_part(q, a, b, n, lo, hi, si, out, bd_active, bd_parent) \
                if (a - 1 >= lo and "breakdown" in self.R[a - 1]) \
                or (out and id(out[-1]) in self.bare_parts) \
                or self.listing(bd_active, bd_parent) else None
            if bp is not None:
                return bp, b
            if bd_active and (bd_parent is not None or bd_hint is not None):
                return None
        noun = vic is not None
        toll = None
        tb0 = None
        toll_group = None
        tn = None if noun else self.their_number(a, lo)
        if tn is not None:
            # "سقوط قتلى وجرحى بلغ عددهم 12.": their number, the victims before it
            toll, reach_a = tn
            group = "people"
        elif not noun:
            # a bare number right after a trigger: "قتل 15 في …"، "حصيلة القتلى إلى 50."
            tb = tb0 = self.trigger_before(a, lo, False)
            if tb is not None and tb[3] == 0 and self.after_own_verb(a, lo) \
                    and self.subject_of_verb(a, lo, hi, n) is not None:
                tb = tb0 = None     # "92 جنديا قتلوا و47 أصيبوا": 47 are the subject of أصيبوا
            if tb is None or tb[3] > 1 or (tb[3] == 1 and self.toks[a - 1].text not in (_ILA, "عن")):
                tw = self.toll_before(a, lo, True)
                toll = tw[0] if tw is not None else None
                if tw is not None:
                    reach_a = tw[1]     # "عدد الإصابات … ليصل إلى 396": the figure's phrase
                    toll_group = self.toll_group(tw[1], a)
                if toll is None and a - 2 >= lo and self.toks[a - 1].text == "ال" \
                        and "kind_noun" in self.R[a - 2] and self.definite(a - 2) \
                        and a - 1 not in self._brk and a not in self._brk:
                    # "بين القتلى الـ19 الذين سقطوا": the definite victim noun, then the number
                    # with the article (cut by a tatweel), counts them
                    toll, reach_a = self.R[a - 2]["kind_noun"].value, a - 2
                if toll is None:
                    # "عدد القتلى بلغ 13"، "ارتفع إلى 51 بينهم … عدد الشهداء"
                    rt = self.reach_toll(a, lo, hi, n)
                    if rt is None:
                        rt = self.subject_of_verb(a, lo, hi, n)
                        if rt is None:
                            return None
                        last = n        # "أكثر من 73 قتلوا": the verb is the figure's
                    toll, reach_a = rt
                tb = (toll, a - 1, a - 1, 0)
            if n < hi and n not in self._hard and n not in self._comma and \
                    (self.toks[n].text not in _FUNC_AFTER and self.toks[n].stem not in _FUNC_AFTER) \
                    and not (self.joined(n) and (toll is not None or n in self.tq
                                                 or "kill_verb" in self.R[n]
                                                 or ("kind_noun" in self.R[n] and self.definite(n)))):
                # ("ارتفاع عدد القتلى إلى 40 وعشرات الجرحى"، "ارتفعت حصيلة القتلى إلى 12 وأصيب
                # 30"، "… إلى 25 والمصابين إلى 80": the number, then و and the next figure)
                if "not_victim" in self.R[n] or tb[3] > 0:
                    return None
            group = "people"
        span_a, span_b = a, last
        side = None
        if toll is not None:
            kind = toll
            if reach_a is not None:
                span_a = reach_a
        # the kind
        bd_new = False
        if kind is None and bd_active and (bd_parent is not None or bd_hint is not None):
            kind = bd_parent.kind if bd_parent is not None else bd_hint[0]
            # "57 قتيلا بينهم 15 طفلا و22 امرأة و497 شخصا أصيبوا بجروح": an item whose own verb
            # of another kind follows it right away is a new figure, and the list is over
            ta = self.trigger_after(last + 1, hi) if noun and last + 1 < hi \
                and last + 1 not in self._brk and not self.joined(last + 1) else None
            if ta is not None and ta[3] == 0 and ta[0] != kind:
                kind, span_b, bd_new = ta[0], ta[2], True
        if kind is None and noun and a - 1 >= lo and self.toks[a - 1].text == _ILA:
            # "ارتفع عدد القتلى بين المتظاهرين في المدينة إلى 10 أشخاص": the toll noun before
            # إلى names the kind of the figure it rises to, whatever victim noun comes later
            tw = self.toll_before(a, lo, True)
            if tw is not None:
                kind, span_a = tw
                toll_group = self.toll_group(span_a, a)
        if kind is None and noun and a - 1 >= lo and "reach" in self.R[a - 1 - (
                self.toks[a - 1].text in (_ILA, "ال"))]:
            # "أن عدد النازحين …، تجاوز الـ 30 ألفًا من المدنيين": the toll noun before "reached"
            # names the kind of the counted figure after it
            rt = self.reach_toll(a, lo, hi, n)
            if rt is not None:
                kind, span_a = rt
                toll_group = self.toll_group(span_a, a)
        if kind is None and noun:
            tn = self.their_number(a, lo)
            if tn is not None:
                kind, span_a = tn
        among = None
        if kind is None and noun and not bd_active:
            among = self.among_after(last + 1, hi)
            if among is not None:
                kind, span_b = among
        if kind is None:
            # (read once already for a bare number: the same look-up)
            tb = self.trigger_before(a, lo, noun) if noun else tb0
            ta = None
            if noun and last + 1 in self.tq:
                ta = self.list_trigger_after(last + 1, hi)
            if noun and ta is None:
                ta = self.trigger_after(last + 1, hi)
            if noun and ta is None:
                ta = self.after_aside(last + 1, hi)
            if noun and ta is None:
                ta = self.verb_after_comma(last + 1, hi)
            pick = None
            if tb is not None and ta is not None and tb[3] == 0 and ta[3] <= 1 \
                    and ta[0] != tb[0] and self.toks[ta[2]].text.endswith("وا") \
                    and self.after_own_verb(a, lo):
                tb = None   # "إن 13 مدنيا قتلوا و24 آخرين أصيبوا": the figure after the first
                # one's plural verb is the subject of its own plural verb after it
            if tb is not None and (ta is None or tb[3] <= 2 or tb[3] <= ta[3]):
                pick = tb
                if tb[3] <= 3:
                    span_a = tb[1]
            elif ta is not None:
                pick = ta
                if ta[3] <= 3:
                    span_b = ta[2]
            if pick is None and noun and isinstance(q.value, int):
                pr = self.pronoun_result_after(last + 1, hi, q.value)
                if pr is not None:
                    pick = (pr[0], a, pr[1], 0)
                    span_b = pr[1]      # "مدنيين اثنين …، ما أدى إلى مقتلهما"
            if pick is None:
                # "وأربعة من مقاتلي حزب الله": a figure joined by و to the one before inherits its kind
                # ("، فضلاً عن عشرة عناصر من قوات النظام": added to it after a comma, too)
                prev = out[-1] if out else None
                if prev is not None and (self.joined(a) or (noun and self.added(a, lo))) \
                        and self.toks[a].start - prev.norm_spans[-1][1] <= 80:
                    kind = prev.kind
                else:
                    return None
            else:
                kind = pick[0]
        # the group
        if group is None:
            group = "people"
        aff, m = (False, None)
        last_used = last if last >= span_b else span_b
        after = last_used + 1
        while after in self.skip:
            after += 1
        if group == "people" and n < hi and not (self.toks[n].text != "من" and after in self._brk):
            # (an armed body after a comma is not the victims': "وعدد من الجرحى، فضلا عن تحليق
            # … من الطيران المروحي")
            aff, m = self.affiliation(after if self.toks[n].text != "من" else n, hi)
            if not aff and span_b > last + 1 and self.toks[last + 1].text == "من":
                # "إن خمسة آخرين من مقاتلي فتح قتلوا": the ranks right after the figure, before
                # its verb
                aff, m = self.affiliation(last + 1, hi)
            if not aff and not self.affil_group and noun and vic[1] is not None \
                    and self.toks[n].text == "من":
                # "العشرات من الشهداء في صفوف المدنيين": "من" and a victim noun, then the ranks
                aff, m = self.affiliation(after, hi)
            if aff:
                group = "combatants"
            elif self.affil_group:
                group = self.affil_group
        elif group == "civilians" and noun and after < hi \
                and (any("member" in self.R[k] for k in range(a, min(vic[4] + 1, hi)))
                     or (dual and "member" in self.lex.words.get(_normalized(dual), ()))):
            # "استشهد ناشطان فلسطينيان من كتائب القسام": activists of an armed body (من right
            # after them or after their nationality) are its fighters
            k = after + 1 if after + 1 < hi and self.toks[after].text != "من" else after
            if self.toks[k].text == "من" and self.affiliation(k, hi)[0]:
                group = "combatants"
        toll_at = None
        if group == "people" and toll_group is None and noun and vic[0] in (None, "people") \
                and a - 1 >= lo and self.toks[a - 1].text == _ILA:
            # "ارتفع عدد القتلى في صفوف الجيش اللبناني … إلى 14 قتيلاً": a victim noun of its own
            # after the toll still counts among the group the toll names
            k = self.toll_word_before(a, lo)
            if k is not None:
                toll_group = self.toll_group(k, a)
        if group == "people" and toll_group is not None:
            group, toll_at = toll_group      # "عدد القتلى بين المتظاهرين … إلى 10 أشخاص"
        gen_at = None
        if group == "people":
            gen = self.toll_genitive(a, lo)
            if gen is not None:
                gen_at, group = gen     # "حصيلة قتلى المسلحين 34 قتيلا"
        if group == "people" and toll is not None and not noun and n + 1 < hi \
                and "toll" in self.R[n] and n + 1 not in self._brk:
            # "ارتفع إلى 9 عدد مقاتلي القوات الكردية الذين قضوا": the toll after the number
            # names whose dead it counts by the fighters or the group right after it
            g = self.R[n + 1].get("group")
            if "armed_head" in self.R[n + 1]:
                group = "combatants"
            elif g is not None and g.value != "people" and (
                    self.definite(n + 1) or (n + 2 < hi and n + 2 not in self._brk and (
                        self.definite(n + 2) or self._armed_at(n + 2)))):
                group = g.value     # (a definite noun, or one in a construct: "مقاتلي القوات"،
                # "عدد عناصر تنظيم «الدولة الإسلامية» الذين لقوا مصرعهم")
        if group == "people" and noun and vic[0] in (None, "people") and vic[1] is not None \
                and last + 2 < hi and self.toks[last + 1].text in _AMONG \
                and last + 1 not in self._comma and last + 1 not in self._hard \
                and not (last + 3 < hi and self.joined(last + 3)):
            g = self.R[last + 2].get("group")
            if g is not None and g.value == "civilians" and self.definite(last + 2) \
                    and (vic[0] is None or self.toks[last + 2].stem in _CIVILIANS):
                group = g.value     # "مخلفة 20 قتيلا بين المدنيين"، "11 اصابة وسط المدنيين" (a
                # count of cases stays people among protesters: "85 حالة إصابة بين المحتجين")
        if kind == "injured" and group == "combatants" and vic is not None and vic[1] is None \
                and "both_sides" in self.R[vic[4]]:
            # "وجرح العشرات من الجانبين": a count with no noun of its own, wounded on both
            # sides of a fight: people, no side (the dead of both sides stay combatants)
            group = "people"
        if group == "civilians" and bd_active and bd_parent is not None \
                and bd_parent.group == "combatants" and vic is not None \
                and "household" in self.R[vic[4]]:
            group = "combatants"    # "سبعة من عناصر الدفاع الوطني بينهم خمسة من عائلة واحدة"
        if group == "combatants":
            end = self.phrase_end(n, hi)
            side = self.side_of(n, end) if n < hi else None
            if side is None and bd_active and bd_parent is not None:
                side = bd_parent.side
            if side is None and bd_hint is not None:
                side = bd_hint[2]
        if group == "combatants" and side is None and m is not None:
            side = self.side_of(m, self.phrase_end(m, hi))
        if group == "combatants" and side is None and gen_at is not None:
            side = self.side_of(gen_at, self.phrase_end(gen_at, hi))
            if side is None and self.possessive(gen_at, gen_at + 1):
                side = self.owner_side(gen_at, lo)
        if group == "combatants" and side is None and toll_at is not None:
            side = self.side_of(toll_at, self.phrase_end(toll_at, hi))
        if group == "combatants" and side is None and n < hi and self.possessive(n, max(last, n) + 1):
            side = self.owner_side(a, lo)
        if group == "combatants" and side is None and noun and last + 1 < hi \
                and self.toks[last + 1].text in _OF_THEM and not self.joined(last + 1):
            side = self.owner_side(a, lo)     # "هجوم على مقار الحشد أسفر عن مقتل 13 عنصرا منهم"
        if group == "combatants" and side is None and noun and m is None \
                and self.rescuers_before(a, lo):
            side = "civil"     # "استهدف مركزين للدفاع المدني … أصيب ثلاثة عناصر": its members
        if group == "combatants" and side == "civil":
            group, side = "civilians", None    # "عنصران من الدفاع المدني": rescuers, not fighters
        if kind in ("captured", "missing", "displaced") and self.released(span_a, lo):
            return None        # "أفرج عن 50 معتقلا"، "عودة 300 نازح": not a capture or a flight
        if not bd_new and bd_active and bd_parent is not None and vic is not None \
                and vic[1] is not None and {kind, bd_parent.kind} == {"killed", "injured"}:
            bd_new = True     # "20 قتيلا بينهم نساء وأطفال وعشرات الجرحى": the wounded are
            # a figure of their own, not a part of the dead
        c = self._new(kind, group, q, None, None, span_a, span_b, si, side)
        c.nounless = not noun and gen_at is None and not (
            a - 1 >= lo and "kind_noun" in self.R[a - 1] and self.toks[a].stem in _ONE_WORDS)
        # ("عدد قتلى الجنود … إلى 33" says its group; "قتيل واحد" has its noun before it)
        if among is not None:
            self.among_parts.add(id(c))
        c.noun_group = vic[0] if vic is not None else None
        if bd_new:
            self.bd_break.add(id(c))
        if kind == "injured" and noun:
            c.critical = self.critical_after(last_used + 1, hi)
        self._finish(c, span_a, span_b, lo, hi)
        return c, last_used

    def among_after(self, j: int, hi: int):
        """"هناك 3 أطفال من بين القتلى": (من) بين and a definite victim noun right after a
        figure: the figure is some of those victims, (kind, last token) or None."""
        if j < hi and self.toks[j].text == "من" and j not in self._comma:
            j += 1
        if j + 1 >= hi or self.toks[j].text != "بين" or j in self._comma or j + 1 in self._hard:
            return None
        kn = self.R[j + 1].get("kind_noun")
        if kn is None or not self.definite(j + 1):
            return None
        return kn.value, j + 1

    def after_aside(self, j: int, hi: int):
        """"12 فلسطينيا، معظمهم من الأطفال والنساء، استشهدوا": a verb right after an aside set
        off by commas governs the figure before it; so does one right after the comma that ends
        a description of one of the victims opened with no comma, maybe past the figure's
        genitive ("اثنين من عناصر الجيش احدهما برتبة عقيد، قتلا"): (kind, first, last, distance)
        or None."""
        while j in self.skip:
            j += 1
        if j < hi and j not in self._comma and "aside" in self.R[j] and j not in self._hard:
            return self._bare_aside(j, hi)
        bare = False
        o = j
        while o < hi and o - j < 3 and o not in self._comma and o not in self._hard \
                and self.definite(o) and "one_of_them" not in self.R[o]:
            o += 1      # (past the figure's genitive: "من عناصر الجيش")
        if o < hi and o not in self._comma and "one_of_them" in self.R[o] and o not in self._hard:
            bare, j = True, o   # "اثنين من عناصر الجيش احدهما برتبة عقيد، قتلا": one of them
            # described up to the comma, the verb after it
        elif j >= hi or j not in self._comma or "aside" not in self.R[j]:
            return None
        k = j + 1
        while k < hi and k <= j + 10:
            if k in self._hard or (k in self.tq and "breakdown" not in self.R[j]):
                return None
            if k in self._comma:
                tr = self.trigger(k, k) if "kill_verb" in self.R[k] else None
                if tr is None or tr[3] or (bare and self.toks[k].prefix):
                    return None
                return tr[0], tr[1], tr[2], max(4, k - j)     # the evidence stays on the figure
            k += 1
        return None

    def _bare_aside(self, j: int, hi: int):
        """"27 شخصا على الأقل معظمهم من النساء والأطفال قتلوا": an aside with no commas, "من"
        and victim-group nouns only, right before the verb."""
        k = j + 1
        if k >= hi or self.toks[k].text != "من":
            return None
        k += 1
        seen = False
        while k < hi and k <= j + 8:
            if k in self._hard or k in self._comma or k in self.tq:
                return None
            r = self.R[k]
            if "group" in r:
                seen = True
            elif "kill_verb" in r and seen:
                tr = self.trigger(k, k)
                if tr is None or tr[3] or tr[1] != k:
                    return None
                return tr[0], tr[1], tr[2], max(4, k - j)     # the evidence stays on the figure
            else:
                return None
            k += 1
        return None

    def verb_after_comma(self, j: int, hi: int):
        """"عشرات الجنود من قوات النظام وميليشيا حزب الله اللبناني، سقطوا قتلى": a plural verb
        right after the comma that closes the figure's phrase (its affiliation, no verb nor other
        figure in it) agrees with the figure: (kind, first, last, distance) or None."""
        R, toks = self.R, self.toks
        aside = False
        for k in range(j, min(hi, j + _FWD + 6)):
            if k in self._hard or k in self.tq or (k > j and "kill_verb" in R[k] and k not in self._comma):
                return None
            if k in self._comma:
                if not aside and toks[k].text == "من" and not toks[k].prefix:
                    aside = True    # "ستة جنود على الأقل، من اللواء 12 عمالقة، قتلوا": their
                    continue        # body set off by commas, the verb after the second
                if "kill_verb" not in R[k] or not toks[k].stem.endswith("وا"):
                    return None
                tr = self.trigger(k, j)
                if tr is None:
                    return None
                kind, a, b, _weak = tr
                if self.opens_own_figure(k, b):
                    return None
                # (the words before the comma are the figure's own phrase: the verb is next to it)
                if b + 1 < hi and "kind_noun" in R[b + 1]:      # "سقطوا قتلى"
                    return R[b + 1]["kind_noun"].value, a, b + 1, 1
                return kind, a, b, 1
        return None

    def list_trigger_after(self, j: int, hi: int):
        """"12 امرأة وثمانية أطفال وسبعة رجال قتلوا": the verb after a list of counted victim
        groups joined by و governs every figure of the list: (kind, first, last, distance)."""
        k = j
        R, tq = self.R, self.tq
        seen = False
        while k < hi and k < j + 12:
            if k in self._hard or k in self._comma:
                return None
            r = R[k]
            if k in tq:
                if not self.joined(k):
                    return None
                seen = True
            elif "kill_verb" in r:
                tr = self.trigger(k, k) if seen else None
                if tr is None or tr[3] or tr[1] != k:
                    return None
                return tr[0], tr[1], tr[2], max(4, k - j)     # the evidence stays on the figure
            elif "group" not in r:
                return None
            k += 1
        return None

    def post_numeral(self, k: int, hi: int) -> int | None:
        """The count a number word at token k states when it follows its noun ("مدنيين اثنين")."""
        if k >= hi or k in self._hard or k in self._comma or self.joined(k) \
                or "household" in self.R[k - 1]:
            return None     # ("من عائلة واحدة": one family)
        t = self.toks[k]
        for f in (t.text, t.stem):
            e = self.lex.words.get(f, {}).get("post_numeral")
            if e is not None and e.count.isdigit():
                return int(e.count)
        return None

    def _first_definite(self, i: int, lo: int, g) -> bool:
        """A definite singular victim noun right after a trigger that the article has not named
        before ("أدت لارتقاء المسعف “خالد عريان”"، "مقتل القيادي في الحرس الثوري"، "وإصابة
        السائق بجروح"), or right after بينهم ("14 مدنيا بينهم الطفلة ليان"): one victim,
        introduced with the article. Named before ("قتل طفل … وكان الطفل يلعب"), it is the same
        victim told again -- unless a quoted name after it is new ("مقتل المواطن “حسن سعيد
        العاوي”" after "المواطن “مهدي محمد حسن عبده”": another citizen)."""
        if g is None or g.count != "1" or i - 1 < lo or not (
                "kill_verb" in self.R[i - 1] or "breakdown" in self.R[i - 1]) \
                or i in self._hard or i in self._comma:
            return False
        stem = self.toks[i].stem
        if not any(t.stem == stem for t in islice(self.toks, i)):
            return True
        m = _QUOTED_NAME.match(self.norm, self.toks[i].end)
        return m is not None and self.norm.find(m.group(1), 0, self.toks[i].start) < 0

    def released(self, a: int, lo: int) -> bool:
        for k in range(lo if lo > a - 6 else a - 6, a):
            if "release" in self.R[k]:
                return True
        return False

    def _bd_head(self, i: int, lo: int, hi: int) -> bool:
        """Token i, one plural group, stands right after بينهم/منهم and no other group is joined
        to it (the stock "بينهم نساء وأطفال" describes the mix, not a part)."""
        R = self.R
        k = i
        while k - 1 >= lo and k - i > -4 and "group" in R[k - 1] and self.joined(k):
            k -= 1
        if k - 2 >= lo and self.toks[k - 2].text == "بين" and "kind_noun" in R[k - 1] \
                and self.definite(k - 1):
            return True     # "أشارت إلى أن بين الشهداء نساء وأطفالا": said of the dead
            # themselves, each group named is some of them
        if not (i - 1 >= lo and "breakdown" in R[i - 1] and i - 1 not in self.tq):
            return False
        return not (i + 1 < hi and "group" in R[i + 1] and self.joined(i + 1))

    def _numbered_after(self, i: int, hi: int) -> bool:
        """Are the victim nouns from token i (joined by و) counted by "their number" right after
        them ("ضحايا ومصابين تجاوز عددهم الـ30")? See :meth:`their_number`."""
        R = self.R
        j = i + 1
        while j < hi and "kind_noun" in R[j] and self.joined(j):
            j += 1
        if j + 2 >= hi or not ("reach" in R[j] or "their_number" in R[j]):
            return False
        for a in range(j + 2, min(hi, j + 5)):
            if a in self.tq:
                return self.their_number(a, i) is not None
        return False

    def _bare(self, i, lo, hi, si, bd_active, bd_parent, bd_hint):
        """A victim noun with no number: singular/dual counts, or a bare plural after a trigger."""
        r = self.R[i]
        g = r.get("group")
        kn = r.get("kind_noun")
        if g is None and kn is None:
            return None
        if kn is not None and self._numbered_after(i, hi):
            return None     # "سقوط قتلى وجرحى بلغ عددهم 12": the figure that follows counts them
        if g is not None and i - 1 >= lo and self.toks[i].stem.endswith("يا") \
                and not self.toks[i].prefix and not _VICTIM_ROLES & self.R[i - 1].keys() \
                and i - 1 not in self.tq \
                and not self.toks[i - 1].prefix.endswith("ال") \
                and self.toks[i - 1].stem.endswith(("ا", "ي")) and i not in self._brk:
            return None     # "أصابت منزلا مدنيا"، "هدفا عسكريا": the adjective of a thing hit
        if g is not None and g.count in ("1", "2") and i + 1 in self.tq \
                and self.post_numeral(i + 1, hi) is not None:
            return None     # "مواطنتان اثنتان": read with its number word, as one figure
        # "مقتل أحد جنوده"، "إصابة أحد عناصر الشرطة": one of a plural, after a trigger
        one = (g is not None and g.count not in ("1", "2") and i - 2 >= lo
               and "one_of" in self.R[i - 1] and "kill_verb" in self.R[i - 2]
               and not ({i - 1, i} & self._hard) and not ({i - 1, i} & self._comma))
        one_at = i - 2
        if not one and g is not None and g.count not in ("1", "2") and i - 2 >= lo \
                and "one_of" in self.R[i - 1] and i - 1 in self._comma and i not in self._comma \
                and i not in self._hard:
            # "مقتل محمد الشطب، أحد قادة سرايا السلام": a name after the trigger, then "one of"
            k = self._named_after_trigger(i - 1, lo)
            if k is not None:
                one, one_at = True, k
        # "إن أحد عناصرها قتل": one of a plural, before the verb it is the subject of
        one_before = (not one and g is not None and g.count not in ("1", "2") and i - 1 >= lo
                      and i + 1 < hi and "one_of" in self.R[i - 1] and "kill_verb" in self.R[i + 1]
                      and not ({i - 1, i, i + 1} & self._hard) and not ({i - 1, i, i + 1} & self._comma))
        if self.definite(i) and not one and not one_before and not self._first_definite(i, lo, g):
            return None
        if i - 1 >= lo and (i - 1) in self.tq and not getattr(self.qs[self.tq[i - 1]], "noun", None):
            return None                             # the noun of a number: read with the number
        in_bd = bd_active and (bd_parent is not None or bd_hint is not None)
        if in_bd and g is not None and not g.count and bd_parent is not None \
                and isinstance(bd_parent.count, int) \
                and ((g.value in ("children", "women", "men")
                      or (g.value == "civilians" and bd_parent.group == "people"))
                     and g.value != bd_parent.group
                     # "50 عنصرا من القوات الحكومية، بينهم ضباط": a rank among the fighters
                     or (g.value == "combatants" and bd_parent.group == "combatants"
                         and g.vague == "several")) \
                and self._bd_head(i, lo, hi):
            # "مقتل خمسة مدنيين بينهم أطفال"، "قتل 5 أشخاص، بينهم مدنيون": some of them, no
            # number said; "من بين القتلى طفلًا": a singular in the accusative is one
            one_acc = not self.toks[i].prefix and self.accusative_count(i, g) == 1
            c = self._new(bd_parent.kind, g.value, None, 1 if one_acc else None,
                          None if one_acc else (g.vague or "several"), i, i, si,
                          bd_parent.side if g.value == "combatants" else None)
            self._finish(c, i, i, lo, hi)
            return c, i
        if in_bd:
            if g is None or g.count not in ("1", "2") or "household" in r:
                return None     # ("ستة أطفال ومواطنتان من عائلة واحدة": of one family)
            kind = bd_parent.kind if bd_parent is not None else bd_hint[0]
            # "ناشط إعلامي"، "طفل رضيع": a group noun right after it describes it
            last = i + 1 if i + 1 < hi and "group" in self.R[i + 1] and i + 1 not in self.tq \
                and i + 1 not in self._brk and not self.joined(i + 1) else i
            group, side = g.value, None
            if group == "combatants":
                aff, m = self.affiliation(last + 1, hi)
                side = self.side_of(m, self.phrase_end(m, hi)) if aff and m is not None else None
                if side is None:
                    side = bd_parent.side if bd_parent is not None else bd_hint[2]
                if side == "civil":
                    group, side = "civilians", None
            c = self._new(kind, group, None, int(g.count), None, i, last, si, side)
            self._finish(c, i, last, lo, hi)
            return c, last
        # a trigger right before: "مقتل طفل"، "سقوط شهداء"، "وأصيب آخرون"، "مقتل عناصر من …"
        tr = None
        if one:
            tr = self.trigger(one_at, lo)
            if tr is None or tr[2] != one_at:
                return None
        elif i - 1 >= lo and i not in self._hard and i not in self._comma \
                and "kill_verb" in self.R[i - 1]:      # (trigger() is None without one)
            tr = self.trigger(i - 1, lo)
            if tr is not None and tr[2] != i - 1:
                tr = None
        elif i - 2 >= lo and self.toks[i - 1].stem == _LIFE and "kill_verb" in self.R[i - 2] \
                and not ({i - 1, i} & self._hard):
            tr = self.trigger(i - 2, lo)      # "مما أودى بحياة شرطي"
            if tr is not None and tr[2] != i - 2:
                tr = None
        elif i - 2 >= lo and "kill_verb" in self.R[i - 2] and self.is_word(i - 1, self.lex.in_it) \
                and (kn or g) is not None and (kn or g).count == "1" and not ({i - 1, i} & self._hard):
            tr = self.trigger(i - 2, lo)      # "سقط فيها قتيل"، "قتل فيها شخص": one victim
            if tr is not None and tr[2] != i - 2:
                tr = None
        if tr is None and g is None and kn is not None:
            tr = self.result_before(i, lo, kn)    # "ما أسفر عن قتيل"، "ما خلف قتلى وجرحى"
        if tr is None and g is not None and kn is None:
            tr = self.object_of(i, lo, g)     # or before its subject: "قتلت الغارة طفلا"
        v = hi      # the verb right after the noun (and its nisba adjective), when no trigger is before
        if tr is None and g is not None and (g.count not in ("1", "2") or (
                self.toks[i].prefix == "و" and self.toks[i].stem.endswith(_TANWIN)) or (
                g.count == "1" and not self.toks[i].prefix and i - 1 >= lo and self.is_anna(i - 1))):
            # (and "أشار إلى أن فلسطيني استشهد": one in the nominative, opening the clause)
            v = self._age_after(self._nisba_after(i, hi), hi) + 1    # (and "ومجندا قتلا": a pair's
            # second noun)
            if v < hi and "kill_verb" not in self.R[v] and g.value == "combatants":
                v = self._past_rank(v, hi)
        if v < hi and v not in self._hard and v not in self._comma \
                and "kill_verb" in self.R[v] and not self.adjective(i, lo) \
                and not (self.toks[v].text.endswith("ت") and self.toks[i].stem.endswith(_MASC_PLURAL)):
            # or right after, with no victims of its own: "إرهابيين قتلوا"، "مدنيون أصيبوا"،
            # "شرطيين بحرينيين قتلا" (a nisba adjective between)
            tr2 = self.trigger(v, v, strong_only=True)
            if tr2 is None:
                tw = self.trigger(v, v)
                if tw is not None and tw[3] and tw[2] + 1 < hi and tw[2] + 1 not in self._hard \
                        and self.toks[v].stem in _FELL \
                        and (kn2 := self.R[tw[2] + 1].get("kind_noun")) is not None:
                    tr2 = (kn2.value, tw[1], tw[2] + 1, True)   # "إن طفلا سقط قتيلا": fell dead
            if tr2 is not None and not (tr2[2] + 1 < hi and self.victim_word(tr2[2] + 1)
                                        and tr2[2] + 1 not in self._hard):
                kind = tr2[0]
                verb = self.toks[v].text
                # "أفاد ناشطون أن مدنيا قتل": a singular in the accusative (after أن/إن) is one;
                # "إن مدنيين استشهدا": a form both dual and plural is two before a dual verb
                n = None
                a = i
                group = g.value
                if one_before:
                    n, a = 1, i - 1
                elif not self.toks[i].prefix and not verb.endswith(_PLURAL_VERB):
                    n = self.accusative_count(i, g)
                    if n is None and g.count == "1":
                        n = 1       # "أن فلسطيني استشهد"
                    if n is None and verb.endswith(_TANWIN) and self.toks[i].stem.endswith(_DUAL_OR_PLURAL):
                        n = 2
                elif self.toks[i].prefix == "و" and verb.endswith(_TANWIN) and not verb.endswith(_PLURAL_VERB):
                    pair = self.singular_pair(i, g, lo)
                    if pair is not None:
                        a, group, n = pair[0], pair[1], 2   # "إن ضابطا ومجندا قتلا": two
                c = self._new(kind, group, None, n,
                              None if n else (g.vague or "unspecified"), a, tr2[2], si)
                if g.value == "combatants":
                    c.side = self.side_of(i, self.phrase_end(i, hi))
                self._finish(c, i, tr2[2], lo, hi)
                return c, tr2[2]
        if tr is None and kn is not None and kn.value == "missing" and g is None \
                and i + 2 < hi and self.toks[i + 1].text == _TAHT \
                and self.toks[i + 2].text in _RUBBLE and i + 1 not in self._brk:
            # "بالإضافة لمفقودين تحت الأنقاض": people missing under the rubble, no number
            c = self._new("missing", "people", None, None, "unspecified", i, i + 2, si)
            self._finish(c, i, i + 2, lo, hi)
            return c, i + 2
        if tr is None and kn is not None and g is None and kn.count != "1":
            got = self._fallen(i, kn, hi, si, lo)
            if got is not None:
                return got
        if tr is None and g is not None and kn is None:
            got = self._pronoun_victim(i, g, lo, hi, si)
            if got is not None:
                return got
        if tr is None:
            return self._list_item(i, kn, g, lo, hi, si)
        # "مدنيين اثنين": a number word after its noun states the count; "رجل مسن"، "طفل
        # فلسطيني": a group noun right after a singular or dual one describes it
        post = self.post_numeral(i + 1, hi)
        adj = post is None and g is not None and (
            g.count in ("1", "2") or (not self.toks[i].prefix and self.accusative_count(i, g) == 1)
        ) and self._describes(i + 1, hi)      # (and "قتل جنديا عراقيا": one in the accusative)
        status = self._status_at(i + 1, hi) if kn is not None and g is None else None
        # ("سقوط قتلى مدنيين": the dead, who were civilians)
        if status is None and post is None and not adj and i + 1 < hi and self.victim_word(i + 1) \
                and i + 1 not in self._hard \
                and i + 1 not in self._comma and not self.joined(i + 1) \
                and not (self.definite(i + 1) and not self.toks[i].stem.endswith(_NUN_PLURAL)):
            return None        # "قتل مسلحون 4 مدنيين": the plural is who killed ("مقتل أحد
            # عناصر الحوثيين": a definite one after a noun that can head a construct is its
            # genitive, whose the victim is)
        tkind, ta, tb, weak = tr
        last = i + 1 if (post is not None or adj) else i
        if kn is not None:
            kind = kn.value
            if kind == "injured" and tkind == "killed" and last + 1 < hi \
                    and self.toks[last + 1].stem.startswith(_MUTAATHIR):
                return None     # "وفاة جرحى متأثرين بإصاباتهم": why a toll rises, no figure
            if i + 1 < hi and "kind_noun" in self.R[i + 1] and \
                    self.toks[i + 1].prefix.startswith("و") and i + 1 not in self._hard:
                kind = _combine([kind, self.R[i + 1]["kind_noun"].value])
                last = i + 1
                if status is None:
                    status = self._status_at(i + 2, hi)     # "قتلى وجرحى مدنيين"
                    if status is not None:
                        last = i + 2
            group = "people"
            count, vague = None, "unspecified"
            if kn.count == "1" and last == i and post is None:
                count, vague = 1, None      # "ارتقاء شهيد"، "سقوط قتيل": one victim
            elif last == i and post is None and tb == i - 1 and self.accusative_kind(i):
                count, vague = 1, None      # "ما خلف قتيلا وعشر إصابات"، "أوقع جريحا": one
            if status is not None:
                group, last = status, max(last, i + 1)
        else:
            if weak and post is None and not (last + 1 < hi and last + 1 not in self._brk
                                              and "fate" in self.R[last + 1]):
                return None     # "سقط طفل" may be a fall; "وفاة شخص واحد"، "لقي طفل حتفه"
                # are figures
            if g.vague == "several" and last == i and i + 1 < hi and "household" in self.R[i + 1] \
                    and self.definite(i + 1):
                return None     # "ومقتل أفراد العائلة": the members of a family told before
            kind = tkind
            if weak and last + 1 < hi and (fate := self.R[last + 1].get("fate")) is not None \
                    and fate.value:
                kind = fate.value       # "فقدت طفلة حياتها": a death
            group = g.value
            if one:
                count, vague = 1, None              # "مقتل أحد جنوده"
            elif g.count in ("1", "2"):
                count, vague = int(g.count), None  # "مقتل طفل"، "أسر عنصرين"
            elif not self.toks[i].prefix and self.accusative_count(i, g) == 1:
                count, vague = 1, None              # "قتلت طفلا"
            else:
                count, vague = None, (g.vague or "unspecified")
            if post is not None:
                count, vague = post, None
        side = None
        aff, m = self.affiliation(last + 1, hi)
        if group == "people" and aff:
            group = "combatants"
        elif group == "people" and self.affil_group:
            group = self.affil_group
        if group == "combatants":
            side = self.side_of(i, self.phrase_end(i, hi))
            if side is None and self.possessive(i, i + 1):
                side = self.owner_side(ta, lo)
            elif side is None and not aff and self.rescuers_before(ta, lo):
                side = "civil"      # "استهدف مركزين للدفاع المدني … أدى لاستشهاد عنصر"
            if side == "civil":
                group, side = "civilians", None     # "مقتل عنصر من الدفاع المدني"
        c = self._new(kind, group, None, count, vague, ta, last, si, side)
        self._finish(c, ta, last, lo, hi)
        return c, last

    def _status_at(self, k: int, hi: int) -> str | None:
        """The status (civilians, fighters …) an indefinite plural group noun at token k gives
        the victim noun right before it ("سقوط قتلى مدنيين"), or None."""
        if k >= hi or k in self._brk or k in self.tq or self.joined(k) or self.definite(k):
            return None
        g2 = self.R[k].get("group")
        if g2 is not None and g2.value in _STATUS and g2.count not in ("1", "2", "num"):
            return g2.value
        return None

    def _named_after_trigger(self, j: int, lo: int) -> int | None:
        """"مقتل محمد الشطب، أحد قادة …": the trigger token before the name (one to four words
        of no role, no figure, no break) that ends at token j (a comma before j), or None."""
        R = self.R
        for k in range(j - 1, max(lo, j - 5) - 1, -1):
            if k + 1 in self._hard or (k + 1 < j and k + 1 in self._comma) or k in self.tq:
                return None
            if "kill_verb" in R[k]:
                return k if k < j - 1 else None
            if R[k]:
                return None
        return None

    def _pronoun_victim(self, i: int, g, lo: int, hi: int, si: int):
        """"أطلق مسلحون النار على طفل ما أدى إلى مقتله"، "اقتحموا منزل أحد منتسبي القوة الجوية …
        ما أسفر عن مقتله": a victim noun with no trigger of its own, and further on a word of
        result whose verbal noun's pronoun agrees with it (see :meth:`pronoun_result_after`)."""
        toks, R = self.toks, self.R
        a, last = i, i
        if g.count in ("1", "2"):
            n = int(g.count)
        elif i - 1 >= lo and "one_of" in R[i - 1] and i not in self._hard and i not in self._comma:
            n, a = 1, i - 1
        elif not toks[i].prefix and self.accusative_count(i, g) == 1:
            n = 1
        else:
            n = None
        if n is None and g.count == "num":
            return None
        post = self.post_numeral(i + 1, hi)
        if post is not None:
            n, last = post, i + 1
        pr = self.pronoun_result_after(last + 1, hi, n)
        if pr is None:
            return None
        kind, k = pr
        group, side = g.value, None
        if group == "combatants":
            side = self.side_of(i, self.phrase_end(i, hi))
            if side == "civil":
                group, side = "civilians", None
        c = self._new(kind, group, None, n, None if n else (g.vague or "unspecified"), a, k, si, side)
        self._finish(c, a, k, lo, hi)
        return c, k

    def _fallen(self, i: int, kn, hi: int, si: int, lo: int):
        """"إن قتلى مدنيين سقطوا إثر غارة"، "إن قتلى وجرحى سقطوا": a plural kind noun with no
        number, the subject of the weak verb of falling after it (past a status noun, "مدنيين",
        and the kind nouns joined to it): victims of that kind, how many unsaid."""
        R, toks = self.R, self.toks
        v, status = i + 1, None
        if v < hi and v not in self._brk and v not in self.tq and not self.joined(v) \
                and not self.definite(v):
            g2 = R[v].get("group")
            if g2 is not None and g2.value in _STATUS and g2.count not in ("1", "2", "num"):
                status, v = g2.value, v + 1
        while v < hi and "kind_noun" in R[v] and toks[v].prefix.startswith("و"):
            v += 1      # (the kinds joined to it: each is read at its own noun)
        verb = R[v].get("kill_verb") if v < hi else None
        if verb is None or verb.count != "weak" or v in self._hard or v in self._comma \
                or not toks[v].text.endswith(_PLURAL_VERB):
            return None
        last = i + 1 if status is not None else i
        c = self._new(kn.value, status or "people", None, None, "unspecified", i, last, si)
        self._finish(c, i, last, lo, hi)
        return c, last

    def _nisba_after(self, i: int, hi: int) -> int:
        """"شرطيين بحرينيين"، "مدنيين سوريين"، "جنديا تركيا": the token of a nisba adjective
        right after the victim noun at ``i`` (same plural or accusative ending, no clitic; of the
        lexicon, only a people's name), or ``i``."""
        k = i + 1
        if k >= hi or k in self._hard or k in self._comma or k in self.tq:
            return i
        r = self.R[k]
        if r and (len(r) > 1 or getattr(r.get("group"), "value", None) != "people"):
            return i
        t, noun = self.toks[k], self.toks[i].stem
        if t.prefix[:1] in _JOINERS:
            return i        # (a clitic read off "بحرينيين" is no clitic; و or ف joins a word)
        if noun.endswith("يا") and t.text.endswith("يا") and len(t.text) > 3:
            return k        # "إن جنديا تركيا قتل": a singular in the accusative and its nisba
        if not noun.endswith(_NISBA_PLURALS):
            return i
        return k if t.text.endswith(noun[-3:]) else i

    def _past_rank(self, v: int, hi: int) -> int:
        """"إن قياديا بارزا في قوات الحشد الشعبي (قوات شيعية موالية للحكومة) قُتل": past the
        fighter's adjective in the accusative, the body he serves in (في/من and an armed actor's
        name) and a bracketed aside after it, the token where his verb may stand; ``v`` when
        none of these follows."""
        toks, R = self.toks, self.R
        k = v
        if k < hi and k not in self._brk and toks[k].text[0] != "و" and k not in self.tq \
                and not R[k] and toks[k].text.endswith(_TANWIN) and len(toks[k].text) > 3:
            k += 1      # "قياديا بارزا" (its ب read as a clitic or not)
        am = self._armed_mention(k + 1) if k + 1 < hi and toks[k].text in ("في", "من") \
            and k not in self._brk and k + 1 not in self._brk else None
        if am is not None:
            j = bisect.bisect_left(self.starts, am[1], k + 2)
            if j - k > _ACTOR_SPAN_MAX + 1 or self._brk.intersection(range(k + 1, j)):
                return v
            k = j
            if k < hi and k not in self._brk and "(" in self.gap(k):
                close = self.norm.find(")", toks[k].start, toks[min(k + 8, hi - 1)].end)
                if close < 0:
                    return v
                k = bisect.bisect_left(self.starts, close, k)
        return k

    def _age_after(self, k: int, hi: int) -> int:
        """"طفلا في الخامسة من عمره": the last token of an age phrase right after token k (في, a
        definite ordinal, من, عمره/عمرها/العمر), or ``k``."""
        if k + 4 >= hi or self.toks[k + 1].text != "في" or self.toks[k + 3].text != "من" \
                or self.toks[k + 4].text not in self.lex.age_words or not self.definite(k + 2) \
                or {k + 1, k + 2, k + 3, k + 4} & self._hard:
            return k
        return k + 4

    def object_of(self, i: int, lo: int, g):
        """"قتلت الغارة طفلا"، "قتل الجنود شابا فلسطينيا"، "أصابت قوات الأمن طفلين": a singular
        or dual victim noun in the accusative, after a trigger and its subject (at most
        _SUBJECT_REACH words, none a figure or a victim noun of its own), is the trigger's
        object: the trigger as :meth:`trigger` gives it, or None (its count is the noun's,
        :meth:`accusative_count`)."""
        tok = self.toks[i]
        if tok.prefix or i in self._hard or i in self._comma:
            return None
        if self.accusative_count(i, g) is None:
            return None
        if tok.text.endswith(_FEMININE) and not self.definite(i - 1):
            return None     # "تضرر طائرة مدنية": with no case ending, an adjective of the noun
        R = self.R
        for k in range(i - 1, max(lo, i - 1 - _SUBJECT_REACH) - 1, -1):
            if k + 1 in self._hard or k + 1 in self._comma or k in self.tq:
                return None
            if k in self.datetok:
                continue    # "قتلوا قبل يومين ضابطا": a date between the verb and its object
            r = R[k]
            if "kill_verb" in r:
                tr = self.trigger(k, lo)
                if tr is None or tr[3] or tr[2] != k or k == i - 1:
                    return None
                return tr
            if "kind_noun" in r:
                return None
            g2 = r.get("group")
            if g2 is not None and g2.count in ("1", "2"):
                return None     # "قتل طفل شابا": a victim of its own
        return None

    def sexes_ages(self, n: int, hi: int) -> int:
        """"استشهدت 224 امرأة ورجلا وطفلا": after a number, singular nouns of sex or age (women,
        men, children) joined by و are counted together: the last token of the chain, or ``n``."""
        R, toks = self.R, self.toks
        k = n
        while k + 1 < hi and k + 1 not in self._brk and k + 1 not in self.tq \
                and toks[k + 1].prefix.startswith("و"):
            g = R[k + 1].get("group")
            if g is None or g.value not in _SEXES_AGES or g.value == R[k]["group"].value \
                    or (g.count != "1" and self.accusative_count(k + 1, g) != 1):
                break
            k += 1
        return k

    def accusative_count(self, i: int, g) -> int | None:
        """The count a singular or dual victim noun in the accusative states (طفلا، طفلة،
        طفلين), or None. The masculine singular's form (طفلا) is also the one counted after
        11–99; it is one victim when the lexicon's form without its alef is singular."""
        text = self.toks[i].stem
        if g.count in ("1", "2"):
            return int(g.count) if text.endswith(_ACCUSATIVE) else None
        if not text.endswith(_TANWIN):
            return None
        return 1 if self.singular_without_alef(text, "group") else None

    def result_verb(self, k: int, lo: int) -> int | None:
        """The token of a result verb right before token k, or before its preposition ("خلف"،
        "أسفر عن"، "أدى إلى"), not before token lo; or None."""
        R = self.R
        if k - 1 >= lo and "result" in R[k - 1]:
            return k - 1
        if k - 2 >= lo and "result" in R[k - 2] and self.toks[k - 1].text in _RESULT_PREPS:
            return k - 2
        return None

    def result_before(self, i: int, lo: int, kn):
        """A result verb right before victim noun i, or with its preposition ("ما خلف قتيلا"،
        "أسفر عن قتلى"): the trigger it stands for, (kind, first, last, weak), or None."""
        brk = self._brk
        if i in brk:
            return None
        v = self.result_verb(i, lo)
        if v is None or (v == i - 2 and i - 1 in brk):
            return None
        return kn.value, v, i - 1, False

    def singular_without_alef(self, text: str, role: str) -> bool:
        """Is ``text`` (a stem ending in the accusative's alef) the lexicon's singular of
        ``role`` once that alef is off (طفلا -> طفل، قتيلا -> قتيل)?"""
        one = self.lex.words.get(text[:-1])
        one = one.get(role) if one else None
        return one is not None and one.count == "1"

    def accusative_kind(self, i: int) -> bool:
        """Is token i a victim noun in the accusative singular (قتيلا، جريحا: the lexicon's form
        without its alef is singular), with no prefix? Right after its verb it is one victim."""
        text = self.toks[i].stem
        return not self.toks[i].prefix and text.endswith(_TANWIN) \
            and self.singular_without_alef(text, "kind_noun")

    def _list_item(self, i, kn, g, lo, hi, si):
        """"توزع الشهداء كالآتي: شهيد في شمسطار، شهيدان في الحلانية": a singular victim noun
        that opens an item of a list (right after a colon or a comma) and is told at a place
        (في right after it), in a sentence with a figure of its own, is one victim of the
        noun's kind."""
        if kn is None or g is not None or kn.count != "1" or i + 1 >= hi or i == lo:
            return None
        if not (i in self._colon or i in self._comma) or self.toks[i + 1].text != "في" \
                or i + 1 in self._brk or self.toks[i].prefix:
            return None
        if not any(k in self.tq for k in range(lo, hi)):
            return None
        c = self._new(kn.value, "people", None, 1, None, i, i, si)
        self._finish(c, i, i, lo, hi)
        return c, i

    def _finish(self, c: Casualty, a: int, b: int, lo: int, hi: int) -> None:
        if c.kind in ("killed", "casualties") and a - 2 >= lo and self.toks[a - 1].text == _AN \
                and any("search" in self.R[k] for k in range(max(lo, a - 1 - SEARCH_REACH), a - 1)):
            c.kind = "missing"      # "ولا يزال البحث مستمراً عن ضحايا اثنين تحت الأنقاض"
        if c.group == "people" and self.family_of(a, b, lo):
            c.group = "civilians"   # "أعدم عائلة مؤلفة من ثلاثة أشخاص": a family's members
        cz = self.cause_near(a, b, lo, hi)
        if cz is not None:
            c.cause, c.cause_rank = cz
        s, e = c.norm_spans[0]
        c.evidence = [self.doc.span(s, e)]


# --------------------------------------------------------------------------- places, dates

def _place_refs(doc: Document):
    """Every place mention, (start, end, index into doc.places), sorted (cached on the doc)."""
    return _attribution().place_mentions(doc)


def _places_for(doc: Document, c: Casualty, prefs, para: list[int], cuts: dict | None = None,
                pstarts: list[int] | None = None) -> list[int]:
    sents = doc.sentences
    si = c.sentence
    s0, s1 = sents[si]
    # the clause: cut the sentence at a ";" or at ", كما/فيما/بينما/في حين"
    start, end = c.norm_spans[0]
    a, b = _clause(doc.norm, s0, s1, start, end, cuts)
    found = _within(prefs, a, b, pstarts)
    if not found:
        found = _within(prefs, s0, s1, pstarts)
    c.own_places = bool(found)
    j = si - 1
    while not found and j >= 0 and j >= si - 6 and para[j] == para[si]:
        found = _within(prefs, sents[j][0], sents[j][1], pstarts)
        j -= 1
    seen = []
    for i in found:
        if i not in seen:
            seen.append(i)
    return seen


def _next_comma(text: str, a: int, b: int) -> int:
    """The first comma in text[a:b], else b."""
    return min((x for x in (text.find("،", a, b), text.find(",", a, b)) if x >= 0), default=b)


def _last_comma(text: str, a: int, b: int) -> int:
    """Just after the last comma in text[a:b], else a."""
    return max(text.rfind("،", a, b), text.rfind(",", a, b)) + 1 or a


def _distributed_places(doc: Document, items: list[Casualty], prefs, pstarts) -> None:
    """"شهيدان في الحلانية، خمسة شهداء في بلدة طاريا، ستة شهداء في بلدة بوداي": when two
    figures or more of one sentence are each followed by places of their own before the next
    figure, each figure's places are those that follow it, not every place of the sentence."""
    norm = doc.norm
    by_sent: dict[int, list[Casualty]] = {}
    for c in items:
        by_sent.setdefault(c.sentence, []).append(c)
    for group in by_sent.values():
        if len(group) < 2:
            continue
        group = sorted(group, key=lambda c: c.norm_spans[0][0])
        own = []
        s0, s1 = doc.sentences[group[0].sentence]
        prev_end = s0
        for k, c in enumerate(group):
            start, end = c.norm_spans[0]
            # after the figure, up to the next comma, the next figure or the sentence's end
            nxt = min(group[k + 1].norm_spans[0][0] if k + 1 < len(group) else s1,
                      _next_comma(norm, end, s1))
            got = [i for i in _within(prefs, end, nxt, pstarts) if i in c.place_idx]
            if not got:
                # "وفي بلدة العلاق سقط 16 شهيدا": before it, back to the comma after the figure before
                got = [i for i in _within(prefs, max(prev_end, _last_comma(norm, prev_end, start)), start, pstarts)
                       if i in c.place_idx]
            own.append(list(dict.fromkeys(got)))
            prev_end = end
        if sum(1 for g in own if g) < 2 or len({tuple(g) for g in own if g}) < 2:
            continue
        for c, got in zip(group, own):
            if got:
                c.place_idx = got


def _total_places(doc: Document, reader: "_Reader", items: list[Casualty], prefs, para, cuts,
                  pstarts) -> None:
    """"مقتل 23 شخصا، بينهم 15 في حي الشعار": a place told of a part (a bare number with its
    own place) is where that part died, not where the whole figure did; the total's places are
    read before its list (else in the sentences before it)."""
    first: dict[int, tuple] = {}
    for c in items:
        if id(c) in reader.bare_parts and c.parent is not None and c.own_places:
            p = c.parent
            if p.sentence == c.sentence and (id(p) not in first or c.start < first[id(p)][1]):
                first[id(p)] = (p, c.start)
    for p, cut in first.values():
        sents = doc.sentences
        si = p.sentence
        s0, s1 = sents[si]
        a, _b = _clause(doc.norm, s0, s1, p.norm_spans[0][0], p.norm_spans[0][1], cuts)
        found = _within(prefs, min(a, p.start), cut, pstarts)
        own = bool(found)
        j = si - 1
        while not found and j >= 0 and j >= si - 6 and para[j] == para[si]:
            found = _within(prefs, sents[j][0], sents[j][1], pstarts)
            j -= 1
        if not found:
            continue
        p.place_idx = list(dict.fromkeys(found))
        p.own_places = own


def _within(prefs, a: int, b: int, pstarts: list[int] | None = None) -> list[int]:
    """Indices of the places mentioned inside [a, b) (``prefs`` sorted by start; ``pstarts``,
    when given, their starts: the same search over plain numbers)."""
    if pstarts is None:
        i = bisect.bisect_left(prefs, (a, -1, -1))
    else:
        i = bisect.bisect_left(pstarts, a)
    out = []
    n = len(prefs)
    while i < n:
        p = prefs[i]
        if p[0] >= b:
            break
        if p[1] <= b:
            out.append(p[2])
        i += 1
    return out


# the words that open a clause of contrast ("…، فيما قتل"، "بينما أصيب"): clause openers, and
# between two figures of one sentence they part them (_CONTRAST_RE)
_CONTRAST_WORDS = ("فيما", "بينما", "في حين")
_CLAUSE_OPENERS = tuple(normalize(w) for w in ("كما", *_CONTRAST_WORDS, "وسط", "في المقابل",
                                                "من جانب", "في غضون"))


def _clause_cuts(norm: str, s0: int, s1: int) -> list[int]:
    """Where a sentence is cut into clauses: at a ";" or at ", كما/فيما/بينما/في حين"."""
    out = []
    find = norm.find
    seg = norm[s0:s1]
    for ch in "،,؛;":
        if ch not in seg:
            continue        # (the usual case: no look-up of the character in the text)
        k = find(ch, s0, s1)
        while k >= 0:
            if ch in "؛;" or norm[k + 1:k + 14].lstrip().startswith(_CLAUSE_OPENERS):
                out.append(k)
            k = find(ch, k + 1, s1)
    out.sort()
    return out


def _clause(norm: str, s0: int, s1: int, a: int, b: int, cache: dict | None = None) -> tuple[int, int]:
    """The clause of sentence [s0, s1) that holds [a, b); ``cache`` keeps each sentence's cuts."""
    cuts = cache.get(s0) if cache is not None else None
    if cuts is None:
        cuts = _clause_cuts(norm, s0, s1)
        if cache is not None:
            cache[s0] = cuts
    if not cuts:
        return s0, s1
    i = bisect.bisect_left(cuts, a)          # cuts[:i] lie before the figure
    lo = cuts[i - 1] + 1 if i else s0
    j = bisect.bisect_left(cuts, b, i)       # the first cut at or after its end
    hi = cuts[j] if j < len(cuts) else s1
    return lo, hi


def _date_for(doc: Document, c: Casualty, dstarts: list[int], dates: list, turns: list[int] = ()) -> str | None:
    """The resolved date nearest the figure in its sentence; not one across a speech participle
    ("ارتفع إلى 15 قتيلا، لافتا إلى أن هدوءا حذرا ساد البلدة الثلاثاء": the calm's day), and the
    day a source spoke, before its "إن", only when the sentence has no other."""
    s0, s1 = doc.sentences[c.sentence]
    best = None
    i = bisect.bisect_left(dstarts, s0)
    while i < len(dstarts) and dstarts[i] < s1:
        d = dates[i]
        i += 1
        if getattr(d, "value", None):
            if getattr(d, "kind", "") in ("ago",) and "منذ" in doc.norm[max(s0, d.start - 6):d.start]:
                continue
            if turns:
                a, b = (c.start, d.start) if c.start < d.start else (d.start, c.start)
                k = bisect.bisect_left(turns, a)
                if k < len(turns) and turns[k] < b:
                    continue
            # a day before "إن" dates the statement ("وقال مصدر عسكري اليوم الأربعاء، إن ثمانية
            # جنود قتلوا في اشتباكات الليلة الماضية"): the figure's own clause dates it first
            framed = d.start < c.start and _THAT.search(doc.norm, d.end, c.start) is not None
            dist = abs(d.start - c.start)
            if best is None or (framed, dist) < best[:2]:
                best = (framed, dist, d.value)
    return best[2] if best else None


# "قال … اليوم، إن"، "بأن": the bare complementizer that opens what a source said, as the
# normalised text writes it (إن and أن are ان there); not "أنه" …, which may open a clause of
# its own
_THAT = re.compile(r"(?<![\u0621-\u064a])ب?ان(?![\u0621-\u064a])")


def _documenters(doc: Document, si: int, hits: list[int]) -> list:
    """(position, sources) of each relative clause of sentence si that names who documented
    what comes before it: a relative pronoun, then within ten words a documenting word
    (``documents``) with a source actor named within four words of it ("الذين تمكن المرصد
    السوري لحقوق الإنسان من توثيق استشهادهم"، "التي وثقها المرصد")."""
    at = _attribution()
    ti = at.token_info(doc)
    toks, starts = doc.tokens, ti.starts
    s0, s1 = doc.sentences[si]
    lo, hi = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, s1)
    out = []
    relatives = lexicon().relatives
    for k in hits[bisect.bisect_left(hits, lo):bisect.bisect_left(hits, hi)]:
        rel = None
        for x in range(k - 1, max(lo, k - 10) - 1, -1):
            if x + 1 in ti.brk:
                break
            t = toks[x]
            if t.text in relatives or t.stem in relatives:
                rel = x
                break
        if rel is None:
            continue
        a, b = toks[rel].end, toks[min(hi - 1, k + 4)].end
        for ms, me, actor in at.actor_mentions(doc):
            if ms >= b:
                break
            if ms >= a and getattr(actor, "role", None) == "source":
                src = at.Source(getattr(actor, "id", None), getattr(actor, "name_ar", None)
                                or doc.norm[ms:me], getattr(actor, "side", None) or "unknown",
                                ms, me, actor)
                out.append((toks[rel].start, [src]))
                break
    return out


def _documented_by(doc: Document, c: Casualty, cuts: dict, memo: dict, hits: list[int]) -> list:
    """The source of a figure named in a relative clause after it in its clause (see
    :func:`_documenters`; ``hits``: the documenting words of the article), or []."""
    si = c.sentence
    got = memo.get(si)
    if got is None:
        got = memo[si] = _documenters(doc, si, hits)
    if not got:
        return []
    s0, s1 = doc.sentences[si]
    start, end = c.norm_spans[0]
    a, b = _clause(doc.norm, s0, s1, start, end, cuts)
    for pos, srcs in got:
        if end <= pos < b and not any(ch in doc.norm[end:pos] for ch in _HARD):
            return list(srcs)
    return []


# --------------------------------------------------------------------------- merging

def _src_parent(x) -> str | None:
    """The organisation a source speaks for (the ministry of its spokesman), from its actor."""
    act = getattr(x, "actor", None)
    if act is None:
        return None
    return act.get("parent") if isinstance(act, dict) else getattr(act, "parent", None)


def _src_compatible(a: list, b: list) -> bool:
    if not a or not b:
        return True
    if any(x.same(y) for x in a for y in b):
        return True
    pa = ({x.id for x in a} | {_src_parent(x) for x in a}) - {None}
    pb = ({y.id for y in b} | {_src_parent(y) for y in b}) - {None}
    if any(_src_parent(x) in pb for x in a) or any(_src_parent(y) in pa for y in b):
        return True     # "أشرف القدرة" and "وزارة الصحة": the spokesman speaks for his ministry
    ida = {x.id for x in a if x.id is not None}
    idb = {y.id for y in b if y.id is not None}
    if ida and idb:      # two different named organisations: two claims
        # (unless a named person tells what an unnamed voice told: "بحسب مصدر أمني" and "وقال
        # سعد هادي الضابط في شرطة تلعفر": the officer may be that source)
        unnamed = _unnamed_sources()
        return (all(i.startswith("person:") for i in ida) and idb <= unnamed) \
            or (all(i.startswith("person:") for i in idb) and ida <= unnamed)
    return True


@lru_cache(maxsize=1)
def _unnamed_sources() -> frozenset:
    """Ids of the voices a text does not name (the `unnamed_source` rows of actor_patterns.tsv)."""
    return frozenset(r["pattern"] for r in load_table("actor_patterns.tsv") if r["type"] == "unnamed_source")


def _places_compatible(doc: Document, a: Casualty, b: Casualty) -> bool:
    """Two mentions of a figure are not one when each names its own places and these lie in
    different governorates (the same "3 مدنيين" in حلب and in إدلب)."""
    if not (a.own_places and b.own_places) or set(a.place_idx) & set(b.place_idx):
        return True
    pa = [doc.places[i] for i in a.place_idx]
    pb = [doc.places[i] for i in b.place_idx]
    ida = {getattr(p, "id", None) for p in pa} | {getattr(p, "parent", None) for p in pa}
    idb = {getattr(p, "id", None) for p in pb} | {getattr(p, "parent", None) for p in pb}
    if (ida & idb) - {None, ""}:
        return True
    if all(getattr(p, "kind", None) in _WIDE_KINDS for p in pa) \
            or all(getattr(p, "kind", None) in _WIDE_KINDS for p in pb):
        return True     # "البقاع" (the valley) holds بعلبك, whatever the governorates say
    adm_a = {getattr(p, "admin1", None) for p in pa} - {None, ""}
    adm_b = {getattr(p, "admin1", None) for p in pb} - {None, ""}
    if adm_a and adm_b and not (adm_a & adm_b):
        return False
    return True


def _places_within(doc: Document | None, c: Casualty, k: Casualty) -> bool:
    """Every place of c is one of k's or lies in one of them (حي المرجة in حلب)."""
    if doc is None or not c.place_idx:
        return False
    ids = {getattr(doc.places[i], "id", None) for i in k.place_idx} - {None, ""}
    return all(getattr(doc.places[i], "id", None) in ids
               or getattr(doc.places[i], "parent", None) in ids for i in c.place_idx)


def _within_but_wide(doc: Document | None, c: Casualty, k: Casualty) -> bool:
    """Every place of c is one of k's, but for wide areas ("في مدن قطاع غزة، وكان أعنفها على حي
    الشجاعية … الذي استشهد فيه نحو 74 مدنيا" after "نحو 74 شهيدا" in الشجاعية)."""
    have = set(k.place_idx)
    return all(i in have or (doc is not None and getattr(doc.places[i], "kind", None) in _WIDE_OR_PROVINCE)
               for i in c.place_idx)


_LOCAL_KINDS = frozenset(("town", "village", "neighbourhood", "facility", "street", "road"))
_WIDE_KINDS = frozenset(("region", "country"))    # named areas wider than a governorate's lines
_WIDE_OR_PROVINCE = _WIDE_KINDS | {"governorate"}


def _all_local(doc: Document, c: Casualty) -> bool:
    """Every place of the figure is a locality (a town, village, quarter or site)."""
    return all(getattr(doc.places[i], "kind", None) in _LOCAL_KINDS for i in c.place_idx)


def _local_overlap(doc: Document, a: Casualty, b: Casualty) -> bool:
    """Both figures name the same locality (a town, village, quarter or site, not just the city
    or province around two different incidents)."""
    common = set(a.place_idx) & set(b.place_idx)
    return any(getattr(doc.places[i], "kind", None) in _LOCAL_KINDS for i in common)


def _side_names(doc: Document, ments: list, c: Casualty) -> list[str]:
    """The names of the armed body that gave a figure its side: the actor mentions of that side
    just after the figure in its sentence ("10 جنود من الجيش الليبي")."""
    s, e = c.norm_spans[0]
    s1 = doc.sentence_of(s)[1]
    i = bisect.bisect_left(ments, (s,))
    out = []
    while i < len(ments) and ments[i][0] < min(s1, e + _SIDE_REACH):
        a, b, act = ments[i]
        side = act.get("side") if isinstance(act, dict) else getattr(act, "side", None)
        if side == c.side:
            out.append(doc.norm[a:b].split())
        i += 1
    return out


_SIDE_REACH = 40     # characters from a figure to the body it is "of"


def _one_body(doc: Document, ments: list | None, k: Casualty, c: Casualty) -> bool:
    """Two figures whose sides disagree only because one names the body in full and the other
    by its head alone ("جنود من الجيش الليبي" … "جنود من الجيش"): the bare head tells the same
    body again."""
    if not ments:
        return False
    na, nb = _side_names(doc, ments, k), _side_names(doc, ments, c)
    return any(x != y and (x[:len(y)] == y or y[:len(x)] == x) for x in na for y in nb)


def _retold_part(k: Casualty, c: Casualty) -> bool:
    """"قتل 31 بينهم 10 جنود" … later "وقال المتحدث إن عشرة جنود قتلوا": a counted part of a
    figure the outlet told in its own voice, told again on its own in a later sentence by a named
    source, is that part (and the source's claim); a part already told by a source is left
    alone (the same source's "طفل" in two raids are two children)."""
    if not (k.parent is not None and c.parent is None and c.count is not None
            and k.sentence < c.sentence and bool(c.sources) and not c.new_incident):
        return False
    if not k.sources:
        return True
    # "بينهم 7 نساء" … later the same source's "أسفر عن مقتل 7 نساء": a counted part (more
    # than one victim) told again by the very source that broke it down is that part
    return isinstance(c.count, int) and c.count >= 2 and k.count == c.count \
        and all(any(s.same(o) for o in k.sources) for s in c.sources)


def _fold_into(canon: dict, t: Casualty, c: Casualty) -> bool:
    """Fold the figure with no number ``c`` into the counted ``t`` that tells it (its evidence
    first); True, for the caller's ``folded``."""
    canon[id(c)] = t
    t.evidence = c.evidence + t.evidence
    t.norm_spans = c.norm_spans + t.norm_spans
    return True


def _part_told_first(k: Casualty, c: Casualty) -> bool:
    """"قتل 11 طفلا …، وفق المرصد" then "وقال مدير المرصد إن 15 مدنيا، بينهم 11 طفلا، قتلوا": a
    figure a source told first on its own, told again by the same source as a part of a larger
    one, is that part."""
    return (k.parent is None and c.parent is not None and k.sentence < c.sentence
            and isinstance(c.count, int) and c.count >= 2 and k.count == c.count
            and bool(k.sources) and bool(c.sources) and not c.new_incident)
    # (whether the sources are one voice is asked next, by _src_compatible)


TOLL_GROUP_REACH = 30      # tokens from a figure after إلى back to the toll word whose ranks
# ("عدد القتلى في صفوف الجيش اللبناني خلال الاشتباكات … منذ يومين، إلى 14 قتيلاً") name its group
TOLL_GENITIVE_REACH = 14   # tokens from a figure back to the toll noun whose genitive names
# its group ("عدد قتلى الجنود الأتراك في الهجوم على محافظة إدلب السورية الخميس إلى 33")
TOLL_SUBJECT_REACH = 25     # tokens from "reached" back to a toll opening the claim
TOLL_PHRASE_REACH = 8       # words between "عدد" and the relative of its victims ("عدد مقاتلي القوات الكردية الذين")
_RETOLD_GROUPS = frozenset(("people", "civilians", "combatants"))
# the groups a count told again of "people" may have been told of first: "استشهاد شابين
# فلسطينيين" in the headline, "استشهد فلسطينيان" in the lead (Jenin, set 519)
_RETOLD_AS_PEOPLE = _STATUS + ("men", "women", "children")
_OTHER_WOMEN = (normalize("أخريات"), normalize("أخريان"))
_LIFE_REACH = 24    # characters from a "missing" figure to the "حياتهم" that makes it killed
_VICTIM_ROLES = frozenset(("group", "kind_noun", "kill_verb", "one_of", "breakdown", "case"))
_RESULT_PREPS = frozenset(normalize(w) for w in ("عن", "إلى", "الى", "في"))   # أسفر عن، أدى إلى، تسبب في
_NO_FIGHTERS = frozenset(("unknown", "media", "monitor"))    # sides that own no fighters
_NO_FIGHTERS_OR_CIVIL = _NO_FIGHTERS | {"civil"}
FAMILY_REACH = 25   # tokens back from "من افرادها" to the family it may belong to
_ARMED_KINDS = frozenset(("rebel_group", "jihadist_group", "militia", "operations_room",
                          "kurdish_forces", "state_forces", "foreign_forces", "air_force",
                          "unidentified"))     # actors whose members are fighters
_ANNA = frozenset(normalize(w) for w in ("أن", "إن", "ان", "أنه", "إنه", "انه", "أنها", "إنها"))
_FELL = ("سقط", "سقطت", "سقطوا")    # "إن طفلا سقط قتيلا"، "مدنيين سقطوا قتلى": fell dead or wounded
_AMONG_DEAD = ("بين", "ضمن")     # "ومن بين القتلى"، "ومن ضمن الشهداء": among the dead told before
_BD_FAR = 90        # characters from a figure to its بينهم when only its own phrase is between
_BD_CLAUSE = 400    # … when its toll noun and the relative clause of its victims are between
_OF_THEM_AFTER = frozenset(("منهم", "منهن", "منهما"))
_ONE_WORDS = frozenset((normalize("واحدة"), normalize("واحد")))
_LISTED_RE = re.compile(r"(?:^|\s)[وف]?(?:من\s+)?(?:بين|من)(?:هم|هن|هما)\s*[،,:]?\s*[وف]?$")


# causes that may name one attack in two words (a barrel bomb is dropped from the air, a car bomb
# is an explosive): the families of data/casualty_causes.tsv's labels two tellings of one victim
# must share
_CAUSE_FAMILY = {"barrel_bomb": "airstrike", "drone": "airstrike", "suicide_bomb": "explosive",
                 "car_bomb": "explosive", "landmine": "explosive", "sniper": "shooting",
                 "clashes": "shooting"}


LEAD_SENTENCES = 1   # the index of the last sentence that may be the outlet's lead (0: a title)


def _merge(items: list[Casualty], doc: Document | None = None, ments: list | None = None) -> list[Casualty]:
    kept: list[Casualty] = []
    canon: dict[int, Casualty] = {}

    def root(c):
        return canon.get(id(c), c) if c is not None else None

    buckets: dict[tuple, list[Casualty]] = {}
    for c in items:
        target = None
        bkey = (c.kind, c.count, c.vague if c.count is None else None, c.group)
        cands = buckets.get(bkey, ())
        if c.group == "people" and c.count is None and c.vague != "unspecified":
            # "وأصيب عشرات المدنيين" then the same source's "وجود عشرات الجرحى": a vague figure
            # that names no group is the same vague figure told before of a named group
            cands = list(cands)
            for g in _STATUS:
                cands += buckets.get((c.kind, None, c.vague, g), ())
        elif c.count is not None and c.parent is None and c.group in _RETOLD_GROUPS:
            # "وأصيب 12 آخرون" then the same source's "إصابة 12 مدنيا": one count told of people
            # and again of civilians is one figure, of civilians
            other = _RETOLD_AS_PEOPLE if c.group == "people" else ("people",)
            cands = list(cands)
            for g in other:
                cands += [k for k in buckets.get((c.kind, c.count, None, g), ()) if k.parent is None]
        for k in cands:
            # (a headline's figure with no source is the body's, whoever the body quotes:
            # "أكثر من 15 شهيدا بقصف جوي" … "ما أوقع أكثر من خمسة عشر شهيدا … من المدنيين")
            if k.group != c.group and (k.sentence >= c.sentence or (
                    (not c.sources or not k.sources)
                    and not (not k.sources and len(k.norm_spans) == 1 and doc is not None
                             and _headline_line(doc, k))
                    and not (not k.sources and c.count is not None and "people" in (k.group, c.group)
                             and (not c.sources or k.sentence <= LEAD_SENTENCES)))):
                continue      # (a count told of people and of a named group is one figure when
                # the outlet tells it twice, or when its lead sums up what a source gives after it:
                # "قتل 14 مدنيا" and the Civil Defence's "14 قتيلا")
            retold = None
            if root(k.parent) is not root(c.parent):
                retold = _retold_part(k, c) or _part_told_first(k, c)
                if not retold:
                    continue
                if k.sources and c.own_places and not set(k.place_idx) & set(c.place_idx):
                    continue      # (the same source's part told again of other places: two)
            if k.side and c.side and k.side != c.side:
                if not (doc is not None and (retold if retold is not None else _retold_part(k, c))
                        and _one_body(doc, ments, k, c)):
                    continue
            if c.parent is not None and k.sentence == c.sentence:
                continue      # two parts of one list: "بينهم مسعفان … وعنصران من الدفاع المدني"
            if c.listed and c.listed == k.listed and k.sentence == c.sentence:
                continue      # "وواحدا في قرية فليفل وآخر في شيخ دامس": two items of one list
            if k.sentence == c.sentence and doc is not None and 0 <= c.start - k.end <= 40 \
                    and _joined_number(doc.norm, c.start):
                continue      # "مقتل اثنين من أفراد الأمن، واثنين من المطلوبين": the same count
                # joined by و to the one right before it is of others, not told again
            if not _src_compatible(k.sources, c.sources):
                continue
            if k.sentence == c.sentence and doc is not None and k.end <= c.start \
                    and _CONTRAST_RE.search(doc.norm, k.end, c.start) is not None \
                    and _same_sources(k.sources, c.sources):
                continue      # "قتل اثنان من قوات سرايا السلام … فيما قتل اثنان من المسلحين":
                # a clause of contrast in the same voice tells a second figure, not the first again
            if k.date and c.date and len(k.date) == len(c.date) == 10 and k.date != c.date \
                    and min(k.sentence, c.sentence) > 0:
                continue      # "جرح نحو 150 آخرين اليوم" and "أمس الجمعة … وجرح 150 آخرين": two days
            if doc is not None and not _places_compatible(doc, k, c):
                continue
            if c.count == 1 and k.sentence != c.sentence and k.cause and c.cause \
                    and _CAUSE_FAMILY.get(k.cause, k.cause) != _CAUSE_FAMILY.get(c.cause, c.cause):
                continue      # "قذائف الهاون … ما أدى إلى مقتل مدني" and "وأسفرت الغارة عن مقتل
                # المواطن": one victim of mortars and one of an air raid are two (larger counts
                # are retold with looser words: "قصف" for an air raid)
            if k.own_places and c.own_places and doc is not None \
                    and not set(k.place_idx) & set(c.place_idx) \
                    and (k.sentence == c.sentence or (_all_local(doc, k) and _all_local(doc, c))) \
                    and not _places_within(doc, c, k) and not _places_within(doc, k, c):
                continue      # "شهيدان في الحلانية، شهيدان في بريتال": one count told of two
                # places in one sentence is two figures; so is one told of two towns or
                # quarters in two sentences ("ستة شهداء في بلدة بوداي" … "في مدينة بعلبك …
                # قضى ستة شهداء")
            if (k.group != c.group and c.count is not None and c.own_places
                    and not _within_but_wide(doc, c, k)
                    and not (not k.sources and len(k.norm_spans) == 1
                             and doc is not None and _headline_line(doc, k))):
                continue      # a count told again of another group with places of its own
                # ("استشهاد رجل وزوجته" … "على أهالي حي المشارقة … استشهاد شخصين"): two; not
                # when the first telling named those places ("أصيب 11 شخصا … في دوما" and the
                # monitor's "أصيب 11 مدنيا … عند أطراف مدينة دوما"), nor when it is the
                # headline's sum ("20 قتيلاً في قصف … في سورية" … "قُتل عشرون مدنيًّا … في حلب"),
                # wherever its sentence falls (after a photo caption the page put first)
            if c.count is None and k.sentence != c.sentence and (c.vague == "unspecified" or (
                    k.own_places and c.own_places and not set(k.place_idx) & set(c.place_idx)
                    and not (k.group != c.group and _places_within(doc, c, k)))):
                continue      # "وأصيب آخرون" twice, "عددًا من المدنيين" in درعا and in one of its
                # towns: no number ties them
            if c.count is None and k.sentence != c.sentence and min(k.sentence, c.sentence) > 0 \
                    and bool(k.sources) != bool(c.sources):
                continue      # "وأصيب العشرات" in the outlet's lead, "عشرات الإصابات" in a named
                # source's account: without a number, two claims stay two (a headline only
                # sums up what the article tells, and is that figure)
            if k.sentence != c.sentence and c.new_incident and not (
                    c.count is not None and doc is not None and k.own_places and c.own_places
                    and _local_overlap(doc, k, c)):
                continue      # "كما أدى انفجار مماثل …"، "في سياق متصل قتل …": another incident
                # (unless the same count is told again of the very same places)
            target = k
            break
        if target is None:
            kept.append(c)
            buckets.setdefault(bkey, []).append(c)
            canon[id(c)] = c
            continue
        canon[id(c)] = target
        if target.parent is None and c.parent is not None and root(c.parent) is not target:
            target.parent = c.parent    # (_part_told_first: the part of the larger figure)
        target.evidence += c.evidence
        target.norm_spans += c.norm_spans
        for s in c.sources:
            if not any(s.same(o) for o in target.sources):
                target.sources.append(s)
        if c.cause_rank > target.cause_rank:
            target.cause, target.cause_rank = c.cause, c.cause_rank
        target.side = target.side or c.side
        if target.group == "people" and c.group in ("civilians", "combatants") and c.count == target.count:
            # "ثلاثون قتيلا" and "30 مدنيا": the dead were civilians ("37 فردا" and "37 فردا من
            # المتمردين": fighters, with their side)
            target.group = c.group
            target.side = c.side or target.side
        target.date = target.date or c.date
        target.critical = target.critical and c.critical
        for p in c.place_idx:
            if p not in target.place_idx:
                target.place_idx.append(p)
        if target.qualifier is None and c.qualifier is not None:
            target.qualifier, target.low, target.high = c.qualifier, c.low, c.high
    # "مقتل 22" (a title, no noun) and "مقتل 22 مدنيا": one figure when it is the only one of
    # that kind and count
    folded = False
    by_count: dict[tuple, list[Casualty]] = {}
    for k in kept:
        if not k.nounless and k.count is not None:
            by_count.setdefault((k.kind, k.count), []).append(k)
    for c in kept:
        if not c.nounless or c.count is None or c.parent is not None:
            continue
        same = [k for k in by_count.get((c.kind, c.count), ())
                if canon.get(id(k)) is k and _src_compatible(k.sources, c.sources)]
        if len(same) != 1:
            continue
        t = same[0]
        canon[id(c)] = t
        t.evidence = t.evidence + c.evidence
        t.norm_spans = t.norm_spans + c.norm_spans
        for s in c.sources:
            if not any(s.same(o) for o in t.sources):
                t.sources.append(s)
        t.date = t.date or c.date
        t.critical = t.critical and c.critical
        folded = True
    if doc is not None:
        # "مقتل أطفال في غارة بحلب" (a headline) then "قتل 11 طفلا": the headline's figure with
        # no number is the body's counted one of that kind and group
        for c in kept:
            if c.count is not None or c.parent is not None or len(c.norm_spans) != 1 \
                    or c.sentence > 1 or not _headline_line(doc, c):
                continue
            t = next((k for k in kept if k.count is not None and k.kind == c.kind
                      and k.group == c.group and k.sentence > c.sentence
                      and canon.get(id(k)) is k), None)
            if t is not None:
                folded = _fold_into(canon, t, c)
        # "استمرت عمليات إجلاء أهالي حلب …، حيث قالت اللجنة إنه تم إجلاء خمسة وعشرين ألف شخص":
        # a figure with no number is the counted one of its kind its own sentence tells
        for c in kept:
            if c.count is not None or c.vague != "unspecified" or c.parent is not None \
                    or len(c.norm_spans) != 1 or canon.get(id(c)) is not c:
                continue
            s0, s1 = doc.sentences[c.sentence]
            a, b = _clause(doc.norm, s0, s1, *c.norm_spans[0])
            t = next((k for k in kept if k.count is not None and k.kind == c.kind
                      and k.sentence == c.sentence and k.parent is None
                      and a <= k.norm_spans[0][0] < b      # (not "…، في حين وثّق المركز 24")
                      and (k.group == c.group or "people" in (k.group, c.group))
                      and canon.get(id(k)) is k
                      and (not k.sources or not c.sources
                           or any(x.same(y) for x in k.sources for y in c.sources))
                      and doc.norm[slice(*k.norm_spans[0])].rsplit(None, 1)[-1] not in _OTHERS_WORDS
                      and not _also_between(doc.norm, k.norm_spans[0][1], c.norm_spans[0][0])
                      and not (k.own_places and c.own_places
                               and not set(k.place_idx) & set(c.place_idx))), None)
            # ("… قتل مسلحين هناك، فضلا عن مقتل ستة آخرين في دوما": others, another figure; "إن
            # 56 جثة سجلت، وأن هناك أيضا عددا غير معروف من الضحايا العسكريين": more besides)
            if t is not None:
                folded = _fold_into(canon, t, c)
    if folded:
        kept = [k for k in kept if canon.get(id(k)) is k]
    for k in kept:
        k.parent = root(k.parent)
    # "27 مدنيا بينهم أطفال" then "27 مدنيا، بينهم سبعة أطفال": the part told without a number
    # is the counted part of the same figure
    counted = {(id(k.parent), k.kind, k.group): k for k in kept
               if k.parent is not None and k.count is not None}
    if counted:
        drop = set()
        for k in kept:
            if k.parent is not None and k.count is None:
                t = counted.get((id(k.parent), k.kind, k.group))
                if t is not None and (bool(t.sources) == bool(k.sources) or doc is None or
                                      _LISTED_RE.search(doc.norm[max(0, t.start - 16):t.start])):
                    # (a counted part told on its own by a source, "وقال المتحدث إن 3 مواطنين
                    # قتلوا", is not the outlet's "بينهم مدنيون")
                    t.evidence = t.evidence + k.evidence
                    t.norm_spans = t.norm_spans + k.norm_spans
                    drop.add(id(k))
        if drop:
            kept = [k for k in kept if id(k) not in drop]
    return kept


# --------------------------------------------------------------------------- API

# "دون أن يتسن معرفة (ما|فيما) إذا سقط قتلى"، "لم ترد أنباء عن إصابات"، "دون ورود أنباء عن
# قتلى"، "لم يتسن التأكد من …": the figure that follows in the clause is not reported
_UNKNOWN_RE = re.compile(
    r"(?:يتسن|يتسني|يتسنا|نتمكن|يتمكن)\s+(?:ال)?(?:معرفه|تاكد|التاكد|التحقق|تحقق)"
    r"(?!\s+(?:من\s+)?(?:هوي|اسماء|جنسي))"
    r"|(?:لم|لا)\s+(?:ترد|ترد\S*|تتوفر|توجد|تتوافر)\s+(?:اي\s+)?(?:انباء|معلومات|تقارير)"
    r"|(?:دون|بدون|ودون)\s+(?:ورود|توفر|وجود)\s+(?:اي\s+)?(?:انباء|معلومات|تقارير)")
_UNKNOWN_SPAN = 60      # characters from the phrase to the figure it denies (no comma between)
# "…، جميعهم من المدنيين": the group of every figure before it in the sentence
_ALL_OF_RE = re.compile(r"(?<![^\s،,(])[وف]?(?:جميعهم|كلهم|جميعهن|كلهن)\s+(?:من\s+)?([^\s.,،:;؛!?؟()]+)"
                        r"(?:\s+و([^\s.,،:;؛!?؟()]+))?")
_CIVIL_GROUPS = frozenset(("civilians", "children", "women", "men"))
# "ورفع المرصد حصيلة الضحايا … إلى 37"، "ارتفعت حصيلة القتلى إلى 12": the toll updated
_OTHERS_RE = re.compile(r"(?:^|\s)[وفل]?(?:ال)?اخرين$")
# "و4 آخرين"، "وأربعة آخرين"، "و3 من الآخرين": a number and others, nothing else
_BARE_OTHERS_RE = re.compile(r"و?\S+(?: \S+)? (?:من )?(?:ال)?(?:اخرين|اخرون)$")
_OTHERS_ANY_RE = re.compile(r"(?:^|\s)[وفل]?(?:ال)?(?:" + "|".join(sorted(_OTHERS_WORDS)) + ")$")
_TOLL_WORD_RE = re.compile(r"(?:^|\s)(?:ال)?(?:حصيل|عدد)")
# "وجرح عدد آخر": a vague number of others
_ANOTHER_NUMBER_RE = re.compile(r"(?:^|\s)عدد اخر$")
# "لتصل إلى 60 ثم 68 قتيلا": a second, later figure of the same rise
_ILA_END_RE = re.compile(r"(?:^|\s)(?:الي|حتي)\s+(?:\d+\s+ثم\s+)?\S*$")
# "إن الحصيلة ارتفعت"، "عدد القتلى ارتفع": a toll named as the subject right before the verb
_TOLL_BEFORE_RE = re.compile(r"(?:^|\s)(?:ال)?(?:حصيل|عدد)\S*(?:\s+\S+)?\s+\S+$")
_TOLL_BEFORE_RAISE = 30     # characters searched before the verb


# "عدد القتلى من المدنيين إلى": the group a raised toll names after its kind
_TOLL_GROUP_RE = re.compile(r"(?:حصيل|عدد)\S*\s+\S+\s+من\s+(\S+)")


def _toll_group(words: dict, head: str) -> str | None:
    """The civilian group a toll phrase names ("ليرتفع عدد القتلى من المدنيين إلى 30"), or
    None: then the figure it raises is of the group of the earlier one."""
    m = _TOLL_GROUP_RE.search(head)
    g = _group_of(words, m.group(1)) if m is not None else None
    return g if g in _CIVIL_GROUPS else None


def _group_of(words: dict, w: str) -> str | None:
    """The victim group a word names, with or without its article ("المدنيين" -> civilians)."""
    return _role_of(words, w, "group")


def _role_of(words: dict, w: str, role: str) -> str | None:
    """The value of a word's lexicon role, with or without its article ("القتلى" -> killed for
    kind_noun), or None."""
    for cand in (w, w[2:] if w.startswith("ال") else None):
        if cand:
            e = words.get(_normalized(cand), {}).get(role)
            if e is not None:
                return e.value
    return None


# the figure's own plural verb between it and the others ("سبعة مدنيين، بينهم ثلاث نساء، قتلوا،
# وجرح أكثر من 15 آخرين", Deir ez-Zor 2016), or ending the toll before a comma ("سبعة مدنيين
# قتلوا، وجرح …")
_OWN_VERB_GAP_RE = re.compile(r"[ ،,]*[^\W\d_]{3,}وا[ ،,]*")
_DYING_VERB_END_RE = re.compile(r"[^\W\d_]{3,}وا$")
# "ما أدى لمقتل مدني، وجرح أربعة آخرين": after a toll that opens with the verbal noun of death,
# "وجرح" is the verbal noun of wounding in the same phrase (not the verb of a clause of its own)
_DEATH_NOUN_RE = re.compile(r"[وفبل]{0,2}(?:مقتل|مصرع) ")
_WOUNDING_NOUN_RE = re.compile(r"و(?:جرح|اصابه) ")
# "مقتل 5 مدنيين، إضافة لإصابة 3 آخرين": "in addition to" after the comma joins the others to
# the toll as و does
_ADDING_RE = re.compile(r"[\s،,]*(?:ب?الاضافه|اضافه|فضلا عن|علاوه علي)(?:\s+الي)?\s*")


_CONTRAST_RE = re.compile(r"(?<![^\s،,\"])(?:" + "|".join(_CONTRAST_WORDS) + ") ")


def _same_sources(a: list, b: list) -> bool:
    """Whether two figures are told by the same voices (none, or each of one in the other)."""
    return len(a) == len(b) and all(any(s.same(o) for o in a) for s in b)


def _joined_number(norm: str, a: int) -> bool:
    """Does the figure at ``a`` open on و and its own number ("و3 من"، "واثنين من")?"""
    if norm[a:a + 1] != "و":
        return False
    if norm[a + 1:a + 2].isdigit():
        return True
    word = norm[a + 1:a + 16].split(" ", 1)[0]
    return word in load_number_words()      # (cached: the numbers stage reads the same table)


# the rest of a verb of dying between a toll and the others after it: "لقي 71 جنديا مصرعهم،
# وأصيب 12 آخرين"
_DEATH_OBJECT_RE = re.compile(r"(?:مصرع|حتف)(?:هم|هما|ه|ها)\b")
# the body the fighters of a toll belonged to, between it and the others after it: "مقتل ١٥ مسلحاً
# من جماعة الحوثيين والقوات الموالية للرئيس السابق، وإصابة 11 آخرين"; or the fight or place
# they fell in ("استشهد أربعة من أفراد المقاومة في المعارك، وأُصيب 11 آخرون")
_BODY_GAP_RE = re.compile(r"(?: ال\S+){0,3}(?: (?:من|في صفوف|في|خلال|اثناء) [^،,]{3,60})?[ ،,]*")
OTHERS_AFTER_FIGHTERS_REACH = 80
# a word of "while" that opens the others' clause close after a fighters' toll: "إن اثنين من
# عناصر الجيش قتلا في القتال، بينما أصيب 12 آخرون" (the others are soldiers too)
_WHILE_END_RE = re.compile(r"(?:بينما|فيما|في حين) *\Z")


# the rest of a fighters' toll before the figure joined to it: a qualifier, the body they belonged
# to, its nisba ("قتل 24 على الأقل من القوات العراقية، وأصيب 25")
_TOLL_TAIL_RE = re.compile(r"علي الاقل|(?:من|في صفوف) [^،,]{0,30}|\S+(?:يه|يين)\b")


# characters between a toll and bare others of its kind that are still its group: "إن 15 من عناصر
# التنظيم قتلوا في اشتباكات وقصف مدفعي وضربات جوية خلال العمليات في الباب، فيما قتل 29 آخرون"
OTHERS_SAME_KIND_REACH = 100


def _near_gap(norm: str, a: int, b: int, limit: int) -> str | None:
    """The text between a toll and the others after it when it is short (under ``limit``) and
    holds no sentence end nor quote (they are told together); else None."""
    gap = norm[a:b]
    if len(gap) < limit and not any(ch in _HARD or ch in _QUOTES for ch in gap):
        return gap
    return None


# "مقتل 20 من عناصر الحوثي، بينهم المسؤول عن أنشطتها الثقافية المدعو "أبو فايدة" وجرح 30
# آخرين": the rest of the toll (its body) and its breakdown by rank or name, with no figure of
# its own, between it and the others
_NAMED_BREAKDOWN_RE = re.compile(r"[^\d.:;؛!?؟\n،,]{0,60}[ ،,]+(?:من )?(?:بينهم|بينهن|منهم|منهن) [^\d.:;؛!?؟\n،,]{2,110}")


def _named_breakdown_gap(norm: str, prev: Casualty, last: Casualty, c: Casualty) -> bool:
    """Is what stands between a toll told by its verbal noun ("مقتل 20 من عناصر …") and the
    others' verbal noun of wounding after it ("وجرح 30 آخرين") only the rest of the toll and its
    breakdown by rank or name, with no figure of its own? (The others are then of the toll's
    kind.)"""
    return last is prev and _WOUNDING_NOUN_RE.match(norm, c.start) is not None \
        and _DEATH_NOUN_RE.match(norm, prev.start) is not None \
        and _NAMED_BREAKDOWN_RE.fullmatch(norm, prev.end, c.start) is not None


def _bare_after_fighters(norm: str, items: list[Casualty]) -> None:
    """"قتل 24 على الأقل من القوات العراقية، وأصيب 25 بجروح": a bare number of another kind
    joined by و right after a toll of one side's fighters counts fighters of that side too."""
    broken_down = {id(x.parent) for x in items if x.parent is not None}
    prev = None
    for c in items:
        if c.parent is not None:
            continue
        if prev is not None and c.group == "people" and c.nounless and c.count is not None \
                and prev.group == "combatants" and prev.kind != c.kind \
                and prev.sentence == c.sentence and norm[c.start:c.start + 1] == "و" \
                and id(prev) not in broken_down \
                and (gap := _near_gap(norm, prev.end, c.start, 40)) is not None \
                and not _DEATH_OBJECT_RE.sub("", _TOLL_TAIL_RE.sub("", gap)).strip(" ،,"):
            c.group, c.side = prev.group, prev.side
        prev = c


def _context_rules(doc: Document, reader: "_Reader", items: list[Casualty]) -> list[Casualty]:
    """Sentence-level rules over the figures read: unknown/denied figures dropped, a trailing
    "جميعهم من المدنيين" naming the group, a raised toll absorbing the figure it updates."""
    norm = doc.norm
    sents = doc.sentences
    hard = _HARD

    def sent_of(c):
        k = c.sentence
        if 0 <= k < len(sents):
            return sents[k]
        k = bisect.bisect_right(sents, (c.start, float("inf"))) - 1
        return sents[k] if 0 <= k < len(sents) else (0, len(norm))

    ctx = reader.ctx          # the rules some word of the document calls for

    # 1. unknown or denied: "دون أن يتسن معرفة فيما إذا سقط قتلى" (the words before each figure)
    if "unknown" in ctx:
        keep = []
        dropped = set()
        upos = ctx["unknown"]
        for c in items:
            s = c.start
            w0 = s - _UNKNOWN_SPAN - 40
            drop = False
            k = bisect.bisect_left(upos, s) - 1
            if k >= 0 and upos[k] >= w0:
                w = norm[w0 if w0 > 0 else 0:s]
                last = None
                for m in _UNKNOWN_RE.finditer(w):
                    last = m
                if last is not None:
                    tail = w[last.end():]
                    drop = len(tail) <= _UNKNOWN_SPAN and not any(
                        ch in hard or ch in _COMMA for ch in tail)
            if drop:
                dropped.add(id(c))
            else:
                keep.append(c)
        if dropped:
            for c in keep:
                if c.parent is not None and id(c.parent) in dropped:
                    c.parent = None
            items = keep
    # 2. "أدى القصف إلى مقتل 9 أشخاص وجرح 16 آخرين، جميعهم من المدنيين"
    if "all_of" in ctx:
        words = reader.lex.words
        ns = len(sents)     # only the sentences that hold a figure are read
        spans = [sents[k] for k in sorted({c.sentence for c in items}) if 0 <= k < ns] \
            or [(0, len(norm))]
        for m in [m for a, b in spans for m in _ALL_OF_RE.finditer(norm, a, b)]:
            g = _group_of(words, m.group(1))
            g2 = _group_of(words, m.group(2)) if m.group(2) else None
            if g2 is not None and g2 != g and g in _CIVIL_GROUPS and g2 in _CIVIL_GROUPS:
                g = "civilians"     # "جميعهم من الأطفال والنساء": civilians of both
            if g is None or g in ("people", "combatants"):
                continue
            pos = m.start(1)
            s0, s1 = sent_of(_Probe(pos))
            for c in items:
                if s0 <= c.start and c.end <= pos and c.group == "people":
                    c.group = g
                    c.side = None
    # 2b. "أسفر عن مقتل مدني وجرح آخرين": in one phrase of verbal nouns (the others in the
    # genitive, no number of their own) the others are of the group of the figure paired with
    # them; a clause of its own with no number ("وأصيب آخرون") keeps people after civilians,
    # and takes the group and side of fighters ("قتل 4 جنود وأصيب آخرون").
    # 2c. "قتل 12 مدنيا وأصيب 30 آخرون": counted others joined by و to a civilian toll right
    # before them are civilians too ("others" of the same kind; feminine others of women are
    # women; others of soldiers are fighters of that side). A comma, a breakdown or a clause
    # between ("قتل 38 مدنيا، بينهم 14 طفلا …، كما أشار إلى إصابة 250 آخرين"), or a toll of
    # children or people, leaves them people
    # 2d. "مقتل 6 مدنيين في الشعار، و4 آخرين في الفردوس": a bare figure of others with no verb
    # of its own continues the toll before it, of the same kind: the same group (and side)
    if "others" in ctx:
        # "مقتل 4 وجرح 5 أخريات": feminine others are women, and so is the bare figure joined
        # to them right before (the others are others of its kind)
        for x, c in enumerate(items):
            if c.group == "people" and c.count is not None \
                    and norm[c.start:c.end].endswith(_OTHER_WOMEN):
                c.group, c.side = "women", None
                p = items[x - 1] if x else None
                if p is not None and p.group == "people" and p.nounless and p.kind != c.kind \
                        and p.sentence == c.sentence and 0 <= c.start - p.end <= 4 \
                        and not norm[p.end:c.start].strip() and norm[c.start:c.start + 1] == "و":
                    p.group = "women"
        prev = last = before = None
        for c in items:
            if c.group == "people" and c.parent is None and prev is not None \
                    and prev.sentence == c.sentence and prev.kind == c.kind \
                    and c.count is not None and prev.group in _STATUS + ("women",) \
                    and (last is prev or last.parent is prev) \
                    and _BARE_OTHERS_RE.match(norm, c.start, c.end) \
                    and _near_gap(norm, last.end, c.start, OTHERS_SAME_KIND_REACH) is not None:
                c.group, c.side = prev.group, prev.side
            elif c.group == "people" and c.parent is None and prev is not None \
                    and prev.sentence == c.sentence and prev.kind != c.kind \
                    and ((another := _ANOTHER_NUMBER_RE.search(norm, c.start, c.end))
                         or _OTHERS_ANY_RE.search(norm[c.start:c.end])):
                between = norm[prev.end:c.start]
                # (vague others with a number word, "وأصيب عشرات آخرون", are counted others)
                if c.count is None and (c.vague in (None, "unspecified") or another):
                    # "قتل 4 جنود وأصيب آخرون": others with no number after fighters are
                    # fighters of that side, in either case; after civilians only in the
                    # genitive of a phrase of verbal nouns ("مقتل مدني وجرح آخرين"), since
                    # "ارتقى مدنيان وأصيب آخرون" is a clause of its own
                    if prev.group in _STATUS and not any(ch in _HARD for ch in between) \
                            and (prev.group == "combatants"
                                 or _OTHERS_RE.search(norm[c.start:c.end])):
                        c.group, c.side = prev.group, prev.side
                elif (prev.group in ("civilians", "women")
                      or (prev.group == "combatants" and not _mixed_toll(prev, before)
                          and not any(x.parent is c and x.group != "combatants" for x in items))) \
                        and (last is prev or last.parent is prev) \
                        and (_named_breakdown_gap(norm, prev, last, c)
                             or (gap := _near_gap(norm, last.end, c.start,
                                                  OTHERS_AFTER_FIGHTERS_REACH
                                                  if prev.group == "combatants" else 40)) is not None
                        and (not any(ch in _COMMA for ch in gap)
                             or (not gap.strip(" ،,") and norm[c.start:c.start + 1] == "و"
                                 and (norm[c.start:c.end].split(" ", 1)[0][-1:] == "ه"
                                      or (_WOUNDING_NOUN_RE.match(norm, c.start)
                                          and _DEATH_NOUN_RE.match(norm, prev.start))))
                             or _ADDING_RE.fullmatch(gap) is not None
                             or (norm[c.start:c.start + 1] == "و" and (
                                 _OWN_VERB_GAP_RE.fullmatch(gap) is not None
                                 or (not gap.strip(" ،,")
                                     and _DYING_VERB_END_RE.search(norm, prev.start, prev.end))))
                             or (prev.group == "combatants"
                                 and (not _DEATH_OBJECT_RE.sub("", gap).strip(" ،,")
                                      or _BODY_GAP_RE.fullmatch(gap) is not None)
                                 and norm[c.start:c.start + 1] == "و")
                             or (prev.group == "combatants"
                                 and _WHILE_END_RE.search(gap) is not None))) \
                        and (prev.group != "women" or norm[c.end - 3:c.end] == "يات"):
                    # "قتلت 11 امرأة وأصيبت 13 أخريات": women; "مقتل 6 مدنيين، وإصابة 41
                    # آخرين" and "مقتل 24 مدنيا بينهم 7 أطفال و3 نساء، وإصابة 95 آخرين": in a
                    # phrase of verbal nouns a comma right before the و of the others, or the
                    # toll's own breakdown, still joins them to it (not a clause of its own
                    # after a comma: "ارتقى مدنيان، وأصيب 10 آخرون"); "مقتل اثنين من الجنود
                    # الأتراك وجرح خمسة آخرين": soldiers of that army (not when the dead were of
                    # two groups, "مقتل خمسة مدنيين واثنين من الشرطة واصابة ستة آخرين", nor when
                    # the others' own breakdown names civilians, "وأصيب 18 آخرين بينهم 7 مدنيين");
                    # a comma before their و does not part them from soldiers ("إن 3 من جنود
                    # القوات المسلحة قتلوا، وأصيب 4 آخرون")
                    c.group = prev.group
                    if prev.group == "combatants":
                        c.side = prev.side
            elif c.group == "people" and c.parent is None and prev is not None \
                    and c.count is not None and prev.group == "combatants" and prev.kind != c.kind \
                    and last.sentence == c.sentence - 1 and (last is prev or last.parent is prev) \
                    and not _mixed_toll(prev, before) \
                    and not any(x.parent is c and x.group != "combatants" for x in items) \
                    and _OTHERS_ANY_RE.search(norm[c.start:c.end]):
                # "قتل اثنان من قوات سرايا السلام …. وقالت مصادر إن الهجوم أسفر عن جرح ثلاثة
                # آخرين": counted others that open the next sentence's figures, right after a
                # toll of fighters, are fighters of that side too
                c.group, c.side = prev.group, prev.side
            if c.parent is None:
                before, prev = prev, c
            last = c
        # 2e. "عشرة أشخاص قتلوا وجرح ثمانون آخرون من قوات البنيان المرصوص": people joined by و
        # right before counted others of a group are of that group (the others are others
        # of their kind)
        top = [c for c in items if c.parent is None]
        for p, c in zip(top, top[1:]):
            if p.group == "people" and c.group in ("combatants", "civilians") \
                    and p.count is not None and c.count is not None and p.kind != c.kind \
                    and p.sentence == c.sentence and 0 <= c.start - p.end <= 4 \
                    and not norm[p.end:c.start].strip() and norm[c.start:c.start + 1] == "و" \
                    and _OTHERS_ANY_RE.search(norm[c.start:c.end]):
                p.group, p.side = c.group, c.side
    # 3. "ورفع المرصد … حصيلة الضحايا … إلى 37 قتيلا": the earlier figure it updates is part of it
    raises = ctx.get("raise") or ()       # where the verbs رفع/ارتفع end
    if raises:
        for i, c in enumerate(items):
            if c.parent is not None or not isinstance(c.count, int):
                continue
            s0, _s1 = sent_of(c)
            r = bisect.bisect_left(raises, c.end) - 1
            if r < 0 or raises[r] < s0:
                continue      # no "رفع/ارتفع" before the figure in its sentence
            # the text after the verb up to the number (the span may start at its trigger)
            rest = norm[raises[r]:c.end]
            if not _TOLL_WORD_RE.search(rest):
                # "إلا أن الحصيلة ارتفعت … لتصل إلى 60": the toll word right before the verb
                w0 = max(s0, raises[r] - _TOLL_BEFORE_RAISE)
                if not _TOLL_BEFORE_RE.search(norm[w0:raises[r]]):
                    continue
            k = rest.rfind(str(c.count))
            head = rest[:k] if k >= 0 else rest
            if not _ILA_END_RE.search(head.rstrip() + " x"):
                continue
            prev = None
            for o in items:
                if o is c or o.start >= c.start or o.parent is not None:
                    continue
                if o.kind != c.kind or not isinstance(o.count, int) or o.count >= c.count:
                    continue
                if o.group != c.group and "people" not in (o.group, c.group):
                    continue
                if c.start - o.start > 600:
                    continue
                if prev is None or o.start > prev.start:
                    prev = o
            if prev is None:
                if c.group == "people":
                    g = _toll_group(reader.lex.words, head)
                    if g is not None:   # "ارتفع عدد القتلى من المدنيين إلى 250 شخصا"
                        c.group, c.side = g, None
                continue
            if c.group == "people":
                g = _toll_group(reader.lex.words, head)
                if g is not None:
                    c.group, c.side = g, None   # "عدد القتلى من المدنيين إلى 30 قتيلا"
                elif prev.group in ("civilians", "combatants"):
                    c.group, c.side = prev.group, prev.side
                # (a man, a woman or children before it say nothing of the whole toll: "قتل
                # شاب … ارتفع عدد القتلى إلى 22 بينهم 9 أطفال")
            prev.parent = c
    # 3b. "فقدان 19 مدنيا حياتهم"، "سبعة عشر مدنياً فقدوا حياتهم": to lose one's life is to be
    # killed, not missing (the words end within a few words after the figure, in its sentence)
    lives = ctx.get("life") or ()
    if lives:
        for c in items:
            if c.kind != "missing":
                continue
            k = bisect.bisect_left(lives, c.end)
            if k < len(lives) and lives[k] - c.end <= _LIFE_REACH \
                    and not any(ch in _HARD for ch in norm[c.end:lives[k]]):
                c.kind = "killed"
    # 4. "لقي مقاتل سابق مع زوجته و3 من أطفالهما حتفهم": a man, his wife and N children;
    # "قتل رجل دين مسيحي ووالده": a victim and a relative
    if "kin" in ctx:
        items = _family(doc, reader, items, sent_of)
        _with_kin(doc, items)
    return items


# "باستشهاد رجل وزوجته"، "قتل رجل دين مسيحي ووالده": one victim and a relative (kin_after
# rows), maybe past two words describing the first (no preposition): two civilians
_KIN_AFTER_RE = re.compile(
    r"(?:\s+(?!(?:في|علي|من|الي|عن|مع|بعد|قبل|عند|امام|داخل|قرب)\s)[\u0621-\u064a]{2,}){0,2}?"
    r"\s*و\s*(?:" + "|".join(sorted(_KIN_WORDS, key=len, reverse=True)) + r")(?=[\s.,،\"'»)]|$)")


_BARE_FIGURE_RE = re.compile(r"و\S+(?: \S+)?$")     # و and two words at most: a number and its noun
# with its qualifier, when its noun is the kind's: "ونحو 2100 جريح" (not "وجرح أكثر من مئة")
_QUALIFIED_FIGURE_RE = re.compile(r"و\S+(?: \S+){1,3}$")


def _kind_pairs(words: dict, norm: str, items: list[Casualty]) -> None:
    """A figure after و that names only its kind (a number and a victim noun or verb: "و13
    جريحا"، "و47 أصيبوا"، "وأصيب 14"; with a qualifier when its noun is the kind's: "ونحو 2100
    جريح") takes the group and side of the toll of another kind right before it in its sentence
    (or right after its comma: "مقتل 12 جنديا، و15 جريحا"), when that toll counts soldiers or
    civilians (not when the dead were of two groups: "مقتل خمسة مدنيين واثنين من الشرطة")."""
    prev = before = None
    for c in items:
        if c.parent is not None:
            continue
        if prev is not None and c.group == "people" and c.count is not None \
                and prev.sentence == c.sentence and prev.kind != c.kind \
                and (prev.group == "civilians"
                     or (prev.group == "combatants" and not _mixed_toll(prev, before))) \
                and (_BARE_FIGURE_RE.match(norm, c.start, c.end)
                     or (c.qualifier and not c.nounless
                         and _QUALIFIED_FIGURE_RE.match(norm, c.start, c.end))) \
                and not any(_group_of(words, w.lstrip("و")) for w in norm[c.start:c.end].split()) \
                and (gap := _near_gap(norm, prev.end, c.start, 40)) is not None \
                and (not any(ch in _COMMA for ch in gap) or gap.strip(" ") in _COMMA):
            c.group, c.side = prev.group, prev.side
        before, prev = prev, c


def _copy_of(c: Casualty, **changes) -> Casualty:
    """A copy of ``c`` with lists of its own (evidence, spans, sources …) and ``changes`` set."""
    d = copy.copy(c)
    for f in fields(c):
        v = getattr(c, f.name)
        if isinstance(v, list):
            setattr(d, f.name, list(v))
    for name, v in changes.items():
        setattr(d, name, v)
    return d


def _unnumbered_pair(c: Casualty) -> bool:
    """Dead and wounded told together with no number, not even a vague one ("سقوط قتلى وجرحى")."""
    return c.kind == "casualties" and c.count is None and c.vague == "unspecified"


def _also_between(norm: str, a: int, b: int) -> bool:
    """Does an adverb of addition (role also: أيضا، كذلك) stand between two figures, the second
    then told besides the first? (Only a short stretch is read.)"""
    if not 0 < b - a <= 120:
        return False
    words = lexicon().words
    return any("also" in words.get(w, ()) for w in norm[a:b].split())


def _split_unnumbered(items: list[Casualty]) -> list[Casualty]:
    """"سقوط قتلى وجرحى"، "ما خلف ضحايا وجرحى": dead and wounded told with no number, not even a
    vague one, are two facts (killed, unspecified; injured, unspecified), not one count of both
    together as "36 قتيلا وجريحا" or "قتل وجرح العشرات" are."""
    if not any(map(_unnumbered_pair, items)):
        return items
    parents = {id(c.parent) for c in items if c.parent is not None}
    out = []
    for c in items:
        if _unnumbered_pair(c) and c.parent is None and id(c) not in parents:
            out += (_copy_of(c, kind="killed"), _copy_of(c, kind="injured"))
        else:
            out.append(c)
    return out


def _mixed_toll(prev, before) -> bool:
    """Is the figure before ``prev`` one of its sentence and kind, of another group (a toll
    told in two groups: "مقتل خمسة مدنيين واثنين من الشرطة")?"""
    return (before is not None and before.sentence == prev.sentence and before.kind == prev.kind
            and before.group != prev.group)


def _with_kin(doc: Document, items: list[Casualty]) -> None:
    """One victim and a relative right after ("وزوجته"، "ووالده"), alone or in a breakdown ("من
    بينهم رجل سرياني وزوجته"): two civilians."""
    norm = doc.norm
    for c in items:
        if c.count != 1 or c.group not in ("men", "women", "civilians", "people"):
            continue
        m = _KIN_AFTER_RE.match(norm, c.end)
        if m is None or any(o is not c and c.end <= o.start < m.end() for o in items):
            continue
        c.count, c.group, c.side = 2, "civilians", None
        if c.low == 1:
            c.low = 2
        if c.high == 1:
            c.high = 2


_FAMILY_RE = re.compile(r"(?:مع|برفقه|ومعه)\s+زوجت(?:ه|ين)\s+و\s*(\S+)\s+من\s+"
                        r"(?:اطفال|ابناء|ابناي|ابنائ|اولاد|بنات)(?:ه|هما|هم)(?=[\s.,،]|$)")


def _family(doc: Document, reader: "_Reader", items: list[Casualty], sent_of) -> list[Casualty]:
    norm = doc.norm
    starts = reader.starts
    for m in _FAMILY_RE.finditer(norm):
        ns, ne = m.start(1), m.end(1)
        kid = next((c for c in items if c.start <= ns < c.end or ns <= c.start < ne), None)
        if kid is None or not isinstance(kid.count, int) or kid.parent is not None:
            continue
        kid.group, kid.side = "children", None
        kind, si = kid.kind, kid.sentence
        s0, s1 = sent_of(kid)
        lo = bisect.bisect_left(starts, s0)
        hi = bisect.bisect_left(starts, s1)
        wife = m.start() + norm[m.start():].find("زوج")
        new = []
        if not any(c.start <= wife < c.end for c in items if c is not kid):
            k = bisect.bisect_right(starts, wife) - 1
            new.append(reader._new(kind, "women", None, 1, None, k, k, si))
        # the man: the noun before مع (an adjective may follow it: "مقاتل سابق")
        k = bisect.bisect_right(starts, m.start()) - 1 - 1
        head = None
        for h in (k, k - 1):
            if h >= lo and h not in reader._hard and "kill_verb" not in reader.R[h] \
                    and h not in reader.tq:
                head = h
                break
        if head is not None:
            hs = reader.toks[head].start
            own = next((c for c in items if c.start <= hs < c.end and c.count == 1), None)
            if own is None and not any(c.start <= hs < c.end for c in items):
                a = head
                if head == k and k - 1 >= lo and k - 1 not in reader._hard \
                        and k - 1 not in reader.tq and "kill_verb" not in reader.R[k - 1] \
                        and reader.toks[k - 1].text not in ("مع", "و"):
                    a = k - 1      # "مقاتل سابق": the noun and its adjective
                new.insert(0, reader._new(kind, "men", None, 1, None, a, head, si))
        for c in new:
            a = bisect.bisect_right(starts, c.start) - 1
            b = bisect.bisect_right(starts, c.end - 1) - 1
            reader._finish(c, a, b, lo, hi)
        if new:
            i = items.index(kid)
            items[i:i] = new
    return items


class _Probe:
    """A position standing for a figure in ``sent_of``."""
    __slots__ = ("start", "sentence")

    def __init__(self, start: int):
        self.start = start
        self.sentence = -1


def _without_fled_fighters(reader: "_Reader", items: list[Casualty]) -> list[Casualty]:
    """"عددا من المهاجمين تمكنوا من الفرار"، "العديد من عناصر الجيش فروا": fighters who flee
    retreat; they are no displaced figure (a word of role flight in the figure's own words)."""
    R, starts, bl = reader.R, reader.starts, bisect.bisect_left
    return [c for c in items if not (
        c.kind == "displaced" and c.group == "combatants"
        and any("flight" in R[i] for i in range(bl(starts, c.start), bl(starts, c.end))))]


_HIT_KINDS = frozenset(("killed", "injured", "casualties"))


def _families_counted(reader: "_Reader", items: list[Casualty]) -> None:
    """"قتلوا ثلاث عائلات": a number of families killed or wounded tells no number of persons;
    the figure is unspecified, at least one victim of each family (role family of the counted
    noun, the figure's last word). Displaced families keep their count ("نزوح 300 عائلة")."""
    R, toks, starts = reader.R, reader.toks, reader.starts
    for c in items:
        if c.kind in _HIT_KINDS and c.count is not None and c.vague is None:
            i = bisect.bisect_left(starts, c.end) - 1
            if i > 0 and "family" in R[i] and toks[i - 1].text != "من":
                # (not "مقتل 10 من أسرة واحدة": ten persons of one family)
                code = load_vague_codes().get("unspecified")
                c.low = max(c.count, code.low if code and code.low else 1)
                c.count, c.high, c.qualifier, c.vague = None, None, None, "unspecified"


def find_casualties(doc: Document) -> None:
    """Fill ``doc.casualties`` (see the module docstring)."""
    if not doc.tokens or not doc.sentences:
        doc.casualties = []
        return
    at = _attribution()
    sources_for = at.sources_for
    reader = _Reader(doc)
    items = reader.run()
    if items and reader.ctx:
        items = _context_rules(doc, reader, items)
    if any(c.kind == "displaced" and c.group == "combatants" for c in items):
        items = _without_fled_fighters(reader, items)
    _families_counted(reader, items)
    if len(items) > 1:
        _bare_after_fighters(doc.norm, items)
        _kind_pairs(reader.lex.words, doc.norm, items)
    if items and reader.ments:
        _attacked_post(doc, reader, items)
    if not items:
        doc.casualties = []
        return
    prefs = _place_refs(doc)
    pstarts = reader.place_starts()
    para = at.paragraphs(doc)
    dates_sorted = all(doc.dates[k].start <= doc.dates[k + 1].start for k in range(len(doc.dates) - 1))
    if not dates_sorted:
        doc_dates = sorted(doc.dates, key=lambda d: d.start)
    else:
        doc_dates = doc.dates
    dstarts = [d.start for d in doc_dates]
    cuts: dict = {}
    documenters: dict = {}
    documenting = reader.doc_toks
    attributions = doc.attributions
    # "، لافتا إلى أن": where a speech participle turns a sentence to what else its speaker says
    turns = sorted(a.verb[0] for a in attributions or () if getattr(a, "kind", None) == "participle")
    for c in items:
        start, end = c.norm_spans[0]
        c.sources = list(sources_for(doc, start, end)) if attributions else []
        if not c.sources and attributions and end - start > 1:
            # "قدّر بحث عدد القتلى بنحو 130 ألفا": the figure starts inside the source's phrase
            c.sources = list(sources_for(doc, end - 1, end))
        if not c.sources and documenting:
            # "… عدد الشهداء الذين تمكن المرصد السوري من توثيق استشهادهم"
            c.sources = _documented_by(doc, c, cuts, documenters, documenting)
        c.place_idx = _places_for(doc, c, prefs, para, cuts, pstarts)
        c.date = _date_for(doc, c, dstarts, doc_dates, turns)
    if reader.bare_parts:
        _total_places(doc, reader, items, prefs, para, cuts, pstarts)
    if len(items) > 1:
        _distributed_places(doc, items, prefs, pstarts)
    for c in items:     # a breakdown happened where and when its figure did, by the same account
        if c.parent is not None:
            c.place_idx = c.place_idx or list(c.parent.place_idx)
            c.date = c.date or c.parent.date
            if not c.sources:
                c.sources = list(c.parent.sources)
    items = _merge(_split_unnumbered(items), doc, reader.ments)
    if len(items) > 1:
        items = _headline_sum(doc, items)
    if _EACH_HINT in doc.norm:
        items = _each(doc, items)
    _whole_of_parts(items)
    index = {id(c): i for i, c in enumerate(items)}
    places = doc.places
    for i, c in enumerate(items):
        c.id = f"c{i}"
        c.part_of = index.get(id(c.parent)) if c.parent is not None else None
        c.claimed_by = _attribution().with_bodies(doc, [s.ref() for s in c.sources])
        c.places = [{"index": p, "name_ar": _name(places[p])} for p in c.place_idx]
    doc.casualties = items


_OF_THEM = frozenset(("منهم", "منهما"))
_COPULA = frozenset(("هم", "هن"))     # the pronoun of a nominal sentence: "القتلى هم 26 مدنيا"

# "استهدف داعش حاجزا أمنيا للحشد … أوقع 9 قتلى": an attack on a post of an armed body
@lru_cache(maxsize=None)
def _attacked_post_re() -> re.Pattern:
    """An attack on a post of an armed body, from the lexicon's attack_on / post /
    post_adjective rows: "(و)استهدف حاجزا (أمنيا) ل..." or "... مواقع أخرى" (group ``other``)."""
    phrases = lexicon().phrases

    def alt(role):
        forms = sorted(phrases.get(role, ()), key=len, reverse=True)
        return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)

    return re.compile(r"(?:^|\s)[وف]?(?:" + alt("attack_on") + r")\s+(?:" + alt("post") + r")"
                      r"(?:\s+(?:" + alt("post_adjective") + r"))?\s+(?:(?=ل)|(?P<other>اخري|اخر)(?=[\s.,،]))")


_OTHER_POST_SPAN = 300    # characters back to the post named first ("مواقع أخرى": of its body)
_ATTACKED_GAP = 90        # characters from the armed body to the figure
_PAIRED_GAP_RE = re.compile(r"[ ،,]*")     # between the two figures of a pair (the second opens on و)


def _attacked_post(doc: Document, reader: "_Reader", items: list[Casualty]) -> None:
    """"استهدف التنظيم حاجزا أمنيا للحشد في منطقة … أوقع 9 قتلى": the victims an attack on a
    checkpoint or position of an armed body caused, told with no word of who they were, are
    that body's combatants (the next figure, in the same sentence, close after it, and the
    figure paired with it: "ما أوقع 14 قتيلا، وستة جرحى")."""
    norm = doc.norm
    sents = doc.sentences
    marked: set = set()     # the figures this rule gave a body (a pair's first: "14 قتيلا، وستة جرحى")
    for c in items:
        if c.group != "people" or c.noun_group is not None or c.parent is not None \
                or c.kind not in ("killed", "injured", "casualties") or not 0 <= c.sentence < len(sents):
            continue
        s0 = sents[c.sentence][0]
        w0 = max(s0, c.start - _ATTACKED_GAP - 60)
        last = None
        for m in _attacked_post_re().finditer(norm, w0, c.start):
            last = m
        if last is None:
            continue
        if last.group("other"):
            # "تلاه هجمات على مواقع أخرى … أوقعت 4 قتلى آخرين": the body of the post named before
            ment = None
            for m in _attacked_post_re().finditer(norm, max(s0, last.start() - _OTHER_POST_SPAN),
                                                last.start()):
                if not m.group("other"):
                    ment = reader.actor_at(m.end()) or ment
            end = last.end()
        else:
            ment = reader.actor_at(last.end())
            end = ment[1] if ment is not None else 0
        if ment is None or c.start - end > _ATTACKED_GAP:
            continue
        between = norm[end:c.start]
        if any(ch in _HARD for ch in between):
            continue
        inside = [o for o in items if o is not c and end <= o.start < c.start]
        if inside and not (all(id(o) in marked for o in inside)
                           and _PAIRED_GAP_RE.fullmatch(norm, max(o.end for o in inside), c.start)):
            continue    # (a figure between them is another's, unless the first of a pair this
            # rule gave the body: "ما أوقع 14 قتيلا، وستة جرحى")
        actor = ment[2]
        side = _actor_attr(actor, "side")
        kind = _actor_attr(actor, "kind")
        if not side or side in ("unknown", "civil", "media") or kind in ("civilians", "agency"):
            continue
        c.group, c.side = "combatants", side
        marked.add(id(c))


def _whole_of_parts(items: list[Casualty]) -> None:
    """"بلغت الحصيلة 19 قتيلا بينهم 12 من الحشد و7 من الشرطة": a toll of people whose listed
    parts add up to it and are all combatants of one side is that side's combatants."""
    parts: dict = {}
    for c in items:
        if c.parent is not None:
            parts.setdefault(id(c.parent), []).append(c)
    if not parts:
        return
    for c in items:
        ps = parts.get(id(c))
        if not ps or len(ps) < 2 or c.group != "people" or not isinstance(c.count, int):
            continue
        if any(p.kind != c.kind or p.group != "combatants" or not isinstance(p.count, int)
               for p in ps):
            continue
        sides = {p.side for p in ps}
        if len(sides) != 1 or None in sides or sum(p.count for p in ps) != c.count:
            continue
        c.group, c.side = "combatants", ps[0].side


# "أسفر عن مقتل مدني واحد في كل منهما": the figure is told of each of the places named with it
_EACH_HINT = "كل "     # cheap test before _EACH_RE ("في كل منهما"، "في كل واحد منهما")
_EACH_RE = re.compile(r"\s*(?:واحد[اه]?\s+)?(?:في|ب|من)\s*كل\s+(?:واحد[اه]?\s+)?"
                      r"(منهما|منها|منهم)(?=[\s.,،؛;]|$)")


def _each(doc: Document, items: list[Casualty]) -> list[Casualty]:
    norm = doc.norm
    out = []
    for c in items:
        out.append(c)
        if not isinstance(c.count, int) or not c.own_places:
            continue
        m = _EACH_RE.match(norm, c.norm_spans[0][1])
        if m is None:
            continue
        places = list(dict.fromkeys(c.place_idx))
        if (m.group(1) == "منهما" and len(places) != 2) or len(places) < 2:
            continue
        c.place_idx = [places[0]]
        for p in places[1:]:
            out.append(_copy_of(c, place_idx=[p], places=[]))
    return out


_HEADLINE_MAX = 160      # characters of a headline line


def _headline_line(doc: Document, c: Casualty) -> bool:
    """c is told only in the article's headline: one of its first two lines, short, with no
    full stop, and more text after it."""
    text = doc.norm
    pos = 0
    for _ in range(2):
        while pos < len(text) and text[pos] in "\n\r \t":
            pos += 1
        e = text.find("\n", pos)
        if e < 0:
            return False
        if pos <= c.start and c.end <= e:
            line = text[pos:e]
            return len(line) <= _HEADLINE_MAX and "." not in line.rstrip()[:-1] \
                and not line.rstrip().endswith(".")
        pos = e + 1
    return False


def _headline_sum(doc: Document, items: list[Casualty]) -> list[Casualty]:
    """"مجزرة في حلب ضحيتها عشرات المدنيين"، "مقتل العشرات في غارات على دوما": a vague figure
    told only in the headline, when the article counts that kind of victims, sums up those
    counts; it is not a figure of its own."""
    drop = set()
    for c in items:
        if c.count is not None or c.parent is not None or c.sources or len(c.norm_spans) != 1 \
                or c.vague in (None, "unspecified") or not _headline_line(doc, c):
            continue
        if any(k is not c and k.kind == c.kind and isinstance(k.count, int) and k.count > 1
               and k.parent is None and (c.group == "people" or k.group in ("people", c.group))
               and k.start > c.end for k in items):
            drop.add(id(c))
    if not drop:
        return items
    return [c for c in items if id(c) not in drop and id(c.parent) not in drop]


def _name(p: Any) -> str | None:
    return p.get("name_ar") if isinstance(p, dict) else getattr(p, "name_ar", None)
