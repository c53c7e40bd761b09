"""Numbers in normalised Arabic text: digits, number words, vague counts and their qualifiers.

``find_quantities(s)`` scans NORMALISED text (``rasd.normalize.normalize``) and returns every
count it states, with its span, its value, whether it is vague (عشرات، مئات، بضعة، عدة ...), the
ACLED coding of a vague count, and the qualifier around it (نحو، أكثر من، على الأقل ...).
``parse_number("خمسه وعشرين")`` reads one number expression.

The words live in ``rasd/data/number_words.tsv`` and the vague codings in
``rasd/data/number_vague.tsv``. One compiled regex, built from those words as a trie and allowing
the clitics و ف ب ل ك and the article, defines the candidate tokens; an Aho-Corasick automaton of
their first words finds them in one left-to-right pass (the regex is run only where a form of
several words may start), and digit runs are found apart; a small grammar then joins adjacent
tokens into numbers (خمسة وعشرين، مئتا ألف، ثلاثة آلاف وخمسمئة، 1.5 مليون). Every step looks at a bounded number of neighbouring tokens, so the whole scan
is linear in the length of the text.

Spans leave out clitics glued to the first word (وثلاثة -> ثلاثه) but keep the article (العشرات),
and include a qualifier written before the number (حوالي 250) or right after it (90 على الاقل).
A qualifier that comes after the counted noun (تسعين شخصا على الأقل) sets ``qualifier`` and
``qual_start``/``qual_end`` without widening the span, so the noun still follows ``end``.

Dual nouns (``rasd/data/number_duals.tsv``: رجلان، طفلين، فلسطينيان) state a count of two by
themselves; a dual right after one agrees with it ("شابان فلسطينيان": one count), and a dual right
after a dual-looking word no lexicon counts is that word's adjective ("تفجيران انتحاريان": none).

Not quantities: ordinals (الثالث، الحادي عشر، الـ16), weekdays (الأحد، الاثنين، الثلاثاء),
أحد alone ("one of"), times and dates written with digits (10:30، 21/10/2016), digits glued to
Latin letters (F16). Percentages (60 بالمئة، 60%) are returned with ``percent=True``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from fractions import Fraction
from functools import lru_cache
from operator import attrgetter, itemgetter
from pathlib import Path

import ahocorasick

from rasd.normalize import char_positions, normalize

_DATA = Path(__file__).parent / "data"
_WORDS_TSV = _DATA / "number_words.tsv"
_VAGUE_TSV = _DATA / "number_vague.tsv"
_DUALS_TSV = _DATA / "number_duals.tsv"
_NOT_NOUNS_TSV = _DATA / "number_not_nouns.tsv"
_COUNTED_TSV = _DATA / "number_counted_nouns.tsv"
_LABEL_TSV = _DATA / "number_label_nouns.tsv"

_QUALIFIERS = ("at_least", "more_than", "about", "up_to")
_KINDS = {"unit", "teen", "ten", "hundred", "mult", "fraction", "vague", "qual_pre", "qual_post",
          "qual_any", "nayyif", "ordinal", "dual_noun"}
_FLAGS = {"compound_only", "noarticle", "dual", "plural", "alone_dual", "needs_noun", "scalable",
          "scale"}
_MAX_DIGITS = 15  # a longer digit run is an identifier, not a count


@dataclass(frozen=True)
class Quantity:
    start: int  # offsets into the string passed to find_quantities
    end: int
    text: str  # s[start:end]
    value: int | None  # the number as stated; None for vague quantities
    vague: str | None  # None | dozens | hundreds | thousands | millions | several | unspecified
    low: int | None  # coded range (exact numbers: low = high = value, widened by the qualifier)
    high: int | None
    acled: int | None  # ACLED coding: the value, or the code of a vague count
    words: bool  # written (partly) in words
    qualifier: str | None  # at_least | more_than | about | up_to
    num_start: int = field(default=-1, compare=False)  # span of the number proper
    num_end: int = field(default=-1, compare=False)
    qual_start: int | None = field(default=None, compare=False)  # span of the qualifier words
    qual_end: int | None = field(default=None, compare=False)
    percent: bool = field(default=False, compare=False)  # 60 بالمئة / 60%
    noun: str | None = field(default=None, compare=False)  # a dual noun (رجلان): its singular


@dataclass(frozen=True)
class NumberWord:
    word: str  # normalised
    value: int | Fraction | None  # numeric kinds (Fraction only for نصف/ربع)
    label: str | None  # vague label or qualifier
    kind: str
    flags: frozenset
    clitics: str | None  # allowed clitic letters; None = any
    notes: str


@dataclass(frozen=True)
class VagueCode:
    label: str
    low: int | None
    high: int | None
    acled: int | None
    unit: int


def _rows(path: Path):
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            cols += [""] * (len(header) - len(cols))
            yield dict(zip(header, cols))


def _int_or_none(x: str) -> int | None:
    x = x.strip()
    return int(x) if x else None


@lru_cache(maxsize=None)
def load_vague_codes(path: str | None = None) -> dict[str, VagueCode]:
    """Label -> coding of a vague count, from number_vague.tsv."""
    out = {}
    for r in _rows(Path(path) if path else _VAGUE_TSV):
        out[r["label"].strip()] = VagueCode(r["label"].strip(), _int_or_none(r["low"]),
                                            _int_or_none(r["high"]), _int_or_none(r["acled"]),
                                            _int_or_none(r["unit"]) or 1)
    return out


@lru_cache(maxsize=None)
def load_number_words(path: str | None = None) -> dict[str, NumberWord]:
    """Normalised word or phrase -> its entry, from number_words.tsv (checked for consistency)."""
    vague = load_vague_codes()
    out: dict[str, NumberWord] = {}
    for r in _rows(Path(path) if path else _WORDS_TSV):
        word = " ".join(normalize(r["word"]).split())
        kind = r["kind"].strip()
        if kind not in _KINDS:
            raise ValueError(f"number_words.tsv: unknown kind {kind!r} for {r['word']!r}")
        flags, clitics = set(), None
        for fl in (x.strip() for x in r.get("flags", "").split(",")):
            if not fl:
                continue
            if fl.startswith("clitics="):
                clitics = normalize(fl[len("clitics="):])
            elif fl in _FLAGS:
                flags.add(fl)
            else:
                raise ValueError(f"number_words.tsv: unknown flag {fl!r} for {r['word']!r}")
        raw = r["value"].strip()
        value = label = None
        if kind == "vague":
            if raw not in vague:
                raise ValueError(f"number_words.tsv: vague label {raw!r} not in number_vague.tsv")
            label = raw
        elif kind.startswith("qual") or kind == "nayyif":
            if raw not in _QUALIFIERS:
                raise ValueError(f"number_words.tsv: qualifier {raw!r} for {r['word']!r}")
            label = raw
        else:
            value = Fraction(raw)
            if value.denominator == 1:
                value = int(value)
        entry = NumberWord(word, value, label, kind, frozenset(flags), clitics,
                           r.get("notes", "").strip())
        old = out.get(word)
        if old is not None and (old.value, old.label, old.kind) != (value, label, kind):
            raise ValueError(f"number_words.tsv: {r['word']!r} conflicts with an earlier row")
        if old is None or len(entry.flags) > len(old.flags):
            out[word] = entry
    return out


@lru_cache(maxsize=1)
def ordinals() -> dict[str, int]:
    """The ordinal words of number_words.tsv and their numbers (ثاني 2، خامسة 5، حادي 11 …)."""
    return {w: e.value for w, e in load_number_words().items() if e.kind == "ordinal"}


@lru_cache(maxsize=1)
def ordinal_words() -> frozenset:
    """The ordinal words without their article, as names of units and places use them ("اللواء
    الخامس"، "الفرقة الأولى"): :func:`ordinals`' forms and اول، اولي (normalised)."""
    return frozenset(ordinals()) | {"اول", "اولي"}


@lru_cache(maxsize=1)
def count_words() -> frozenset:
    """The one-word cardinals and vague counts of number_words.tsv ("سبعة"، "عشرين"، "عشرات";
    normalised): words of a figure, never of a name."""
    return frozenset(w for w, e in load_number_words().items()
                     if " " not in w and e.kind in ("unit", "teen", "ten", "hundred", "mult", "vague"))


@lru_cache(maxsize=1)
def post_qualifiers() -> dict[str, tuple[str, ...]]:
    """First word -> the words of a qualifier that may follow a figure ("على الأقل"، "تقريبا"),
    from number_words.tsv's qual_post and qual_any rows (normalised)."""
    out: dict[str, tuple[str, ...]] = {}
    for w in load_number_words().values():
        if w.kind in ("qual_post", "qual_any"):
            words = tuple(w.word.split())
            out[words[0]] = words
    return out


@lru_cache(maxsize=None)
def load_dual_nouns(path: str | None = None) -> dict[str, NumberWord]:
    """Normalised dual noun (رجلان) -> entry of kind dual_noun, value 2, label = its singular."""
    out = {}
    for r in _rows(Path(path) if path else _DUALS_TSV):
        word = normalize(r["dual"].strip())
        out[word] = NumberWord(word, 2, normalize(r["singular"].strip()), "dual_noun",
                               frozenset({"noarticle"}), None, r.get("notes", "").strip())
    return out


# --------------------------------------------------------------------------- the scanner regex

def _trie_regex(words) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            body = "(?:" + body + ")?"
        return body

    return emit(trie)


_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")


@lru_cache(maxsize=None)
def _surfaces() -> dict[str, tuple[str, NumberWord]]:
    """Every written form (clitics + article + word) -> (its clitic/article prefix, its entry).

    Where a form can be split two ways the shorter prefix wins: واحد is the word واحد, not و+أحد."""
    out: dict[str, tuple[str, NumberWord]] = {}
    prefixes = []
    for c in _CONJ:
        for p in _PREP:
            prefixes.append((c + p, False))
            prefixes.append((c + ("لل" if p == "ل" else p + "ال"), True))
    prefixes.sort(key=lambda x: len(x[0]))
    entries = list(load_number_words().values())
    entries += [w for k, w in load_dual_nouns().items() if k not in load_number_words()]
    for w in entries:
        for pre, art in prefixes:
            clit = pre[:-2] if pre.endswith("ال") else (pre[:-1] if art else pre)
            if art and ("noarticle" in w.flags or w.kind.startswith("qual")
                        or w.kind == "nayyif" or " " in w.word):
                continue
            if w.clitics is not None and any(c not in w.clitics for c in clit):
                continue
            form = pre + w.word
            if form not in out or len(out[form][0]) > len(pre):
                out[form] = (pre, w)
    return out


@lru_cache(maxsize=None)
def _scanner() -> re.Pattern:
    """Number words after a space, in the copy of the text made by ``_boundaries``.

    The pattern starts with a literal space so the regex engine jumps from word start to word
    start, then walks one trie of all written forms (no backtracking over clitic choices)."""
    return re.compile(" (" + _trie_regex(_surfaces()) + r")(?![^\W\d])")


# Characters that may stand right before a word; _boundaries turns them into spaces (one for one,
# so offsets are kept) before the scan.
_BOUNDARY_CHARS = "\n\t\r0123456789()[]{}<>\"'-\u2013\u2014/\\|,.\u060c\u061b:;!?\u061f*+=%\u066a&#@~_\u2026\u2022\u00b7"
_DIGIT_RUN = re.compile(r"\d+(?:[.,\u066b\u066c]\d+)*")


def _boundaries(s: str) -> str:
    t = s
    for c in _BOUNDARY_CHARS:
        if c in t:
            t = t.replace(c, " ")
    return " " + t


def _digit_runs(s: str):
    """Digit runs (with their separators), found with str.find: faster than a regex scan."""
    pos = char_positions(s, "0123456789")
    if not pos:
        return
    end = -1
    for i in pos:
        if i < end:
            continue
        m = _DIGIT_RUN.match(s, i)
        end = m.end()
        yield m


_LETTER = re.compile(r"[^\W\d]")   # what the scanner's look-ahead calls a letter

# a verb of exceeding or reaching a few words before "الـ700" makes it a number, not an ordinal
# ("في ما تجاوز عدد الجرحى الـ700"، "بلغت الحصيلة الـ100")
_EXCEEDED = re.compile(r"(?<![^\W\d])(?:[وف]?(?:تجاوز|يتجاوز|تتجاوز|تخط|يتخط|تتخط|فاق|يفوق|تفوق|ناهز|"
                       r"يناهز|تناهز|قارب|يقارب|تقارب|بلغ|تبلغ|يبلغ|وصل|تصل|يصل|تعد)\w*)[^\S\n]+"
                       r"(?:[^\W\d]+[^\S\n]+){0,3}$")
_EXCEED_SPAN = 60


# what the regex's \s matches (str.isspace; there is no white space above U+3000)
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())


@lru_cache(maxsize=None)
def _first_words() -> ahocorasick.Automaton:
    """An automaton over the copy made by ``_boundaries`` whose hits are a superset of the
    places where ``_scanner()`` matches, built once per process.

    A word that is a form by itself is a key " " + word, mapped to (key length, its _Elem
    template); it stands as a form where no letter follows. The first word of a longer form
    (none is a form by itself: checked) is keyed together with what must follow it -- one
    space and a possible second word, or a less usual gap -- and mapped to (key length, None):
    the regex decides there. Common words that only start longer forms (في، على، ما) thus
    hit only where such a form may stand."""
    surfaces = _surfaces()
    templates = _templates()
    seconds: dict[str, set] = {}
    for f in surfaces:
        if " " in f:
            w1, w2 = f.split(" ")[:2]
            seconds.setdefault(w1, set()).add(w2)
    if any(w in surfaces for w in seconds):
        raise ValueError("number words: a first word of a longer form is a form by itself")
    keys: dict[str, tuple] = {}
    for form in surfaces:
        w = form.split(" ")[0]
        if w in seconds:
            for w2 in seconds[w]:
                keys[" " + w + " " + w2] = None
            for c in _SPACES:
                keys[" " + w + " " + c] = None
                if c != " ":
                    keys[" " + w + c] = None
        else:
            keys[" " + w] = templates[w]
    auto = ahocorasick.Automaton()
    for key, tpl in keys.items():
        auto.add_word(key, (len(key), tpl))
    auto.make_automaton()
    return auto


def _word_hits(t: str) -> list:
    """The matches of ``_scanner()`` in ``t`` (a ``_boundaries`` copy), exactly as
    ``_scanner().finditer(t)`` finds them, as (start, end, template, form): start and end are
    ``m.start()`` (the space before the word) and ``m.end()``. A one-word form is taken at once
    (its template given, form None); where a longer form may start the regex is run (template
    None, form ``m.group(1)``)."""
    cands = []
    several = False
    for e, (n, tpl) in _first_words().iter(t):
        if tpl is None:
            several = True
        else:
            nxt = t[e + 1:e + 2]
            if nxt.isalpha() or (nxt != " " and nxt and _LETTER.match(nxt)):
                continue        # the word goes on: it is no form
        cands.append((e + 1 - n, e + 1, tpl))
    if several:     # a longer key ends after the words inside it: put the starts in order
        cands.sort(key=_FIRST_ITEM)
    out = []
    last = 0
    scanner = _scanner()
    for st, en, tpl in cands:
        if st < last:
            continue        # inside the previous (several-word) match
        if tpl is not None:
            last = en
            out.append((st, en, tpl, None))
        else:
            m = scanner.match(t, st)
            if m is not None:
                last = m.end()
                out.append((st, last, None, m.group(1)))
    return out


_FIRST_ITEM = itemgetter(0)


_PERCENT = re.compile(r"[^\S\n]*[%\u066a]|[^\S\n]+(?:بال|في[^\S\n]+ال)(?:ميه|مايه)(?![^\W\d])")
_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d]+)")
_MIN_FOLLOWS = re.compile(r"[^\S\n]+من(?![^\W\d])")


@lru_cache(maxsize=None)
def _not_nouns() -> frozenset:
    """Words after عدة that show it is not "several" (number_not_nouns.tsv)."""
    return frozenset(normalize(r["word"].strip()) for r in _rows(_NOT_NOUNS_TSV))


@lru_cache(maxsize=None)
def _counted_nouns() -> frozenset:
    """Definite plural nouns after which "الـN" is a count (number_counted_nouns.tsv)."""
    return frozenset(normalize(r["word"].strip()) for r in _rows(_COUNTED_TSV))


def _word_before_in(s: str, end: int, nouns: frozenset) -> bool:
    """Is the last word of ``s`` before ``end`` one of ``nouns``, maybe with a clitic (و ف ب ل ك)
    glued on ("بين القتلى"، "بالطريق")?"""
    w = s[max(0, end - 40):end].rstrip().rsplit(None, 1)[-1:]
    if not w:
        return False
    w = w[0]
    return w in nouns or (len(w) > 3 and w[0] in "وفبلك" and w[1:] in nouns)


def _counted_before(s: str, st: int) -> bool:
    """Is the word before "الـN" (its article ending at ``st``) a plural noun of people it
    counts ("القتلى الـ19")?"""
    return _word_before_in(s, st - 2, _counted_nouns())


@lru_cache(maxsize=None)
def _label_nouns() -> frozenset:
    """Nouns after which digits are a label ("الحارة 14"), not a count (number_label_nouns.tsv)."""
    return frozenset(normalize(r["word"].strip()) for r in _rows(_LABEL_TSV))


def _labelled(s: str, st: int) -> bool:
    """Is the word right before the digits at ``st`` (one space between) a noun they number
    ("من الحارة 14"، "بالطريق 47")?"""
    return st >= 3 and s[st - 1] == " " and s[st - 2].isalpha() \
        and _word_before_in(s, st - 1, _label_nouns())


@dataclass
class _Elem:
    start: int  # token start, clitics included
    cstart: int  # after و/ف/ب/ل/ك (article kept)
    end: int
    pre: str
    conj: bool  # و glued in front
    art: bool  # article
    kind: str  # unit/teen/ten/hundred/mult/fraction/vague/qual_*/nayyif/ordinal/digits
    value: int | Fraction | None
    label: str | None
    flags: frozenset
    decimal: bool = False  # digits with a decimal part: only a count before a multiplier
    dotted: Fraction | None = None  # "1.200": 1200 alone, 1.2 before a multiplier


_DIGIT_SEP = re.compile(r"([.,\u066b\u066c])")


def _digits(tok: str) -> tuple[int | Fraction, bool, Fraction | None] | None:
    """Value of a digit run (with , . ٫ ٬ separators): (value, is_decimal, alt_before_mult)."""
    if len(tok) > _MAX_DIGITS + 6:
        return None
    parts = _DIGIT_SEP.split(tok)
    nums, seps = parts[0::2], parts[1::2]
    if len(nums) == 1:
        return int(tok), False, None
    if any(len(n) > _MAX_DIGITS for n in nums):
        return None
    if all(len(n) == 3 for n in nums[1:]) and len(nums[0]) <= 3 and len(set(seps)) == 1 \
            and seps[0] != "\u066b":
        thousands = int("".join(nums))
        if len(nums) == 2 and seps[0] == ".":
            return thousands, False, Fraction(tok)  # 1.200 = 1200; 1.250 مليون = 1250000
        return thousands, False, None
    if len(nums) == 2:
        return Fraction(nums[0] + "." + nums[1]), True, None
    return None


_new_object = object.__new__
_set_attr = object.__setattr__


def _make(cls, values: dict):
    """An instance of the dataclass ``cls`` whose fields are ``values`` (a dict in field order),
    made without running the generated ``__init__`` (several times slower for the frozen
    :class:`Quantity`); the object is the same as ``cls(**values)``."""
    obj = _new_object(cls)
    _set_attr(obj, "__dict__", values)
    return obj


_ELEM_FIELDS = tuple(f.name for f in fields(_Elem))
_QUANTITY_FIELDS = tuple(f.name for f in fields(Quantity))


@lru_cache(maxsize=None)
def _templates() -> dict[str, tuple[int, dict]]:
    """Written form -> (length of its clitics, the field values of its _Elem with start, cstart
    and end left at 0): computed once per process so a match only fills in its offsets."""
    out = {}
    for form, (pre, w) in _surfaces().items():
        art = pre.endswith("ال") or pre.endswith("لل")
        clit = pre[:-2] if pre.endswith("ال") else (pre[:-1] if pre.endswith("لل") else pre)
        vals = dict(zip(_ELEM_FIELDS, (0, 0, 0, pre, pre.startswith("و"), art, w.kind, w.value,
                                       w.label, w.flags, False, None)))
        out[form] = (len(clit), vals)
    return out


def _elems(s: str) -> list[_Elem]:
    out: list[_Elem] = []
    for m in _digit_runs(s):
        st, en = m.span()
        # ordinal (الـ16 -> ال16), time or date (10:30, 21/10/2016), model name (F16, T-72)
        before = s[max(0, st - 2):st]
        if before == "ال" and not _EXCEEDED.search(s, max(0, st - _EXCEED_SPAN), st - 2) \
                and not _counted_before(s, st):
            continue    # "الفرقة الـ16": an ordinal; "تجاوز عدد الجرحى الـ700"، "القتلى الـ19": a number
        if before[-1:] in ":/" and st >= 2 and s[st - 2].isdigit():
            continue
        if _labelled(s, st):
            continue    # "الحارة 14"، "الطريق 47": the number of a thing, not a count
        if en < len(s) and s[en] in ":/" and en + 1 < len(s) and s[en + 1].isdigit():
            continue
        b = before.rstrip("-")[-1:] if before else ""
        if b and b.isascii() and b.isalpha():
            continue
        if en < len(s) and s[en].isascii() and s[en].isalpha():
            continue
        dv = _digits(m.group())
        if dv is None:
            continue
        # و glued to the digits (و200) joins them to the words before: مليون و200 ألف
        conj = st >= 1 and s[st - 1] == "و" and (st == 1 or not s[st - 2].isalpha())
        out.append(_digit_elem(st, en, conj, dv))
    templates = _templates()
    for st, en, tpl, form in _word_hits(_boundaries(s)):
        if tpl is None:
            if " " in form or "\n" in form or "\t" in form:
                form = " ".join(form.split())
            tpl = templates[form]
        # the leading space of the copy stands for the char before the word
        vals = tpl[1].copy()
        vals["start"], vals["cstart"], vals["end"] = st, st + tpl[0], en - 1
        out.append(_make(_Elem, vals))
    out.sort(key=_START)
    return out


_START = attrgetter("start")
_NO_FLAGS = frozenset()


def _digit_elem(st: int, en: int, conj: bool, dv: tuple) -> _Elem:
    """The _Elem of the digit run s[st:en] (``conj``: و glued before it; ``dv``: _digits)."""
    return _make(_Elem, {
        "start": st - conj, "cstart": st, "end": en, "pre": "و" if conj else "", "conj": conj,
        "art": False, "kind": "digits", "value": dv[0], "label": None, "flags": _NO_FLAGS,
        "decimal": dv[1], "dotted": dv[2]})


def _quantity(start, end, text, value, vague, low, high, acled, words, qualifier, num_start,
              num_end, qual_start, qual_end, percent, noun) -> Quantity:
    """``Quantity(...)`` with every field given in order, made by :func:`_make`."""
    return _make(Quantity, {
        "start": start, "end": end, "text": text, "value": value, "vague": vague, "low": low,
        "high": high, "acled": acled, "words": words, "qualifier": qualifier,
        "num_start": num_start, "num_end": num_end, "qual_start": qual_start,
        "qual_end": qual_end, "percent": percent, "noun": noun})


def _check_made_fields() -> None:
    """_quantity and _digit_elem must set every field, in order."""
    if list(vars(_quantity(*range(16)))) != list(_QUANTITY_FIELDS) or \
            list(vars(_digit_elem(0, 1, False, (1, False, None)))) != list(_ELEM_FIELDS):
        raise AssertionError("numbers: _quantity or _elems is out of step with the dataclasses")


_check_made_fields()


# --------------------------------------------------------------------------- the grammar

_NUMERIC_START = {"digits", "unit", "teen", "ten", "hundred", "mult", "fraction", "vague"}


class _Parser:
    def __init__(self, s: str, elems: list[_Elem]):
        self.s = s
        self.e = elems
        self.n = len(elems)

    def adj(self, i: int, j: int) -> tuple[bool, bool]:
        """Are elems i and j (= i+1) neighbours, and joined by و?"""
        if j >= self.n:
            return False, False
        a, b = self.e[i], self.e[j]
        gap = self.s[a.end:b.start]
        if len(gap) > 8 or "\n" in gap:
            return False, False
        g = gap.strip()
        if g == "":
            if gap == "" and not (a.kind == "digits" or b.kind == "digits"):
                return False, False
            return True, b.conj
        if g == "و" and gap[0].isspace() and gap[-1].isspace() and not b.pre:
            return True, True
        return False, False

    def link(self, i: int, kinds, conj: bool | None, pre_ok=("", "ال")) -> bool:
        """Is elems[i+1] of one of ``kinds``, adjacent to elems[i], with (or without) و?"""
        j = i + 1
        if j >= self.n or self.e[j].kind not in kinds:
            return False
        ok, c = self.adj(i, j)
        if not ok:
            return False
        p = self.e[j].pre[1:] if self.e[j].conj else self.e[j].pre
        if p not in pre_ok:
            return False
        return conj is None or c == conj

    # ---- sub-1000 chunk -> (value, last index used) or None
    def chunk(self, i: int):
        e = self.e[i]
        k = e.kind
        if k == "digits":
            return e.value, i
        if k == "fraction":
            return (e.value, i) if self.link(i, ("mult",), False) else None
        if k == "unit":
            if self.link(i, ("teen",), False):
                return 10 + e.value, i + 1
            if "compound_only" in e.flags:
                return None
            if 3 <= e.value <= 9 and self.link(i, ("hundred",), False, ("",)) \
                    and self.e[i + 1].value == 100:
                return self._after_hundred(e.value * 100, i + 1)
            if self.link(i, ("ten",), True):
                return e.value + self.e[i + 1].value, i + 1
            return e.value, i
        if k == "teen":
            return e.value, i
        if k == "ten":
            return e.value, i
        if k == "hundred":
            return self._after_hundred(e.value, i)
        return None

    def _after_hundred(self, v, i):
        if self.link(i, ("unit",), True) and self.link(i + 1, ("teen",), False):
            return v + 10 + self.e[i + 1].value, i + 2  # مئتان وثلاثة عشر
        if self.link(i, ("unit",), True) and "compound_only" not in self.e[i + 1].flags:
            u = self.e[i + 1].value
            if self.link(i + 1, ("ten",), True):
                return v + u + self.e[i + 2].value, i + 2
            return v + u, i + 1
        if self.link(i, ("teen", "ten"), True):
            return v + self.e[i + 1].value, i + 1
        return v, i

    def alone_factor(self, m: _Elem) -> int:
        if "dual" in m.flags:
            return 2
        if "alone_dual" in m.flags:
            return 1 if _MIN_FOLLOWS.match(self.s, m.end) else 2
        return 1

    # ---- exact number from elems[i] -> (value, last index used, words) or None
    def exact(self, i: int):
        total = 0
        last_scale = None
        words = False
        end = None  # last elem used so far
        k = i
        while k < self.n:
            if end is not None:  # a further part must be joined by و and be smaller
                ok, c = self.adj(end, k)
                if not (ok and c):
                    break
            e = self.e[k]
            if e.kind == "mult":  # ألف، ألفان، مليون standing alone
                if "plural" in e.flags or (last_scale is not None and e.value >= last_scale):
                    break
                total += self.alone_factor(e) * e.value
                last_scale, words, end = e.value, True, k
            else:
                c = self.chunk(k)
                if c is None:
                    break
                val, j = c
                m = self.e[j + 1] if self.link(j, ("mult",), False) else None
                if m is not None and "dual" in m.flags:
                    m = None
                if m is None:  # a part without a multiplier ends the number
                    # (digits go on a number only after a thousand or more: "ألفين و704"،
                    # "3 آلاف و200"; not "5 و6")
                    if e.kind == "fraction" or (e.kind == "digits" and (
                            e.decimal or (end is not None and (last_scale is None or last_scale < 1000)))):
                        break
                    if last_scale is not None and val >= last_scale:
                        break
                    total += val
                    words = words or e.kind != "digits"
                    end = j
                    break
                if last_scale is not None and m.value >= last_scale:
                    break
                if e.kind == "digits" and e.dotted is not None:
                    val = e.dotted  # 1.250 مليون
                total += val * m.value
                last_scale, words, end = m.value, True, j + 1
            k = end + 1
            # مليون ونصف
            if k < self.n and self.e[k].kind == "fraction" and not self.link(k, ("mult",), False):
                ok, c = self.adj(end, k)
                if ok and c:
                    total += self.e[k].value * last_scale
                    end = k
                    break
        if end is None or total.denominator != 1 or total <= 0:
            return None
        return int(total), end, words

    # ---- vague count from elems[i] -> ((label, low, high, acled), last index used) or None
    def vague(self, i: int):
        codes = load_vague_codes()
        e = self.e[i]
        if e.kind == "mult" and "plural" in e.flags:  # آلاف alone
            return self._by_scale(e.value, None), i
        if e.kind != "vague":
            return None
        if "needs_noun" in e.flags and not self.link(i, ("vague", "mult", "teen"), False):
            nxt = _NEXT_WORD.match(self.s, e.end)
            if nxt is None or nxt.group(1) in _not_nouns():
                return None
        code = codes[e.label]
        if "scale" in e.flags:  # بضعة عشر، بضع عشرات، بضعة آلاف، عدة آلاف
            if self.link(i, ("teen",), False):
                return (code.label, 10 + code.low, 10 + code.high, code.acled), i + 1
            if self.link(i, ("vague",), False) and "scalable" in self.e[i + 1].flags:
                base = codes[self.e[i + 1].label]
                got = (base.label, code.low * base.unit, code.high * base.unit, base.acled)
                return self._times_mult(got, i + 1)
            if self.link(i, ("mult",), False):
                return self._by_scale(self.e[i + 1].value, code), i + 1
        got = (code.label, code.low, code.high, code.acled)
        if "scalable" in e.flags:
            return self._times_mult(got, i)
        return got, i

    def _times_mult(self, got, i):
        """عشرات الآلاف، مئات الآلاف: a vague count times a following multiplier."""
        if not self.link(i, ("mult",), False):
            return got, i
        scale = self.e[i + 1].value
        label = _SCALE_LABEL.get(int(scale), got[0])
        return (label, _mul(got[1], scale), _mul(got[2], scale), _mul(got[3], scale)), i + 1

    def _by_scale(self, scale, several: VagueCode | None):
        """آلاف alone (several is None), or بضعة آلاف (several x the multiplier)."""
        label = _SCALE_LABEL.get(int(scale), "thousands")
        c = load_vague_codes().get(label)
        acled = c.acled if c else None
        if several is None:
            return (label, c.low if c else None, c.high if c else None, acled)
        return (label, _mul(several.low, scale), _mul(several.high, scale), acled)


_SCALE_LABEL = {1000: "thousands", 1000000: "millions"}


def _mul(a, b):
    return None if a is None else int(a * b)


def _range(value: int, qualifier: str | None) -> tuple[int | None, int | None]:
    if qualifier == "at_least":
        return value, None
    if qualifier == "more_than":
        return value + 1, None
    if qualifier == "up_to":
        return None, value
    return value, value


def _starts_number(p: _Parser, i: int) -> bool:
    if i >= p.n:
        return False
    k = p.e[i].kind
    if k == "fraction":
        return p.link(i, ("mult",), False)
    return k in _NUMERIC_START


_DUAL_BEFORE = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]{3,}ان) $")


def _after_dual_word(s: str, pos: int) -> bool:
    """Does a dual-looking word (five letters or more, indefinite, in -ان) stand right before
    ``pos`` ("تفجيران انتحاريان"، "طياران روسيان")? A dual noun after it agrees with it, its
    adjective, no count of its own; the dual nouns the lexicon counts ("شابان فلسطينيان") are
    read before they get here."""
    if pos < 6 or s[pos - 1] != " ":
        return False
    m = _DUAL_BEFORE.search(s, max(0, pos - 20), pos)
    return m is not None and not m.group(1).startswith("ال")


def find_quantities(s: str) -> list[Quantity]:
    """Every count stated in the normalised text ``s``, in order, with spans into ``s``."""
    elems = _elems(s)
    p = _Parser(s, elems)
    out: list[Quantity] = []
    n = len(elems)
    i = 0
    while i < n:
        e = elems[i]
        if e.kind == "ordinal":  # الحادي عشر، الخامسة والعشرين: skip the number that follows
            i += 2 if (p.link(i, ("teen",), False) or p.link(i, ("ten",), True)) else 1
            continue
        if e.kind == "qual_post":
            i += 1
            continue
        if e.kind == "dual_noun":  # رجلان، شخصين (اثنين): a count of two in the noun itself
            if _after_dual_word(s, e.cstart):
                i += 1      # "تفجيران انتحاريان": the adjective of a dual no lexicon counts
                continue
            last = i
            if p.link(i, ("unit",), False, ("",)) and elems[i + 1].value == 2 \
                    and "compound_only" not in elems[i + 1].flags:
                last = i + 1
            elif p.link(i, ("dual_noun",), False, ("",)):
                last = i + 1    # "شابان فلسطينيان": the second dual agrees with the first, its
                # adjective (one count of two)
            st, en = e.cstart, elems[last].end
            out.append(_quantity(st, en, s[st:en], 2, None, 2, 2, 2, True, None, st, en,
                                 None, None, False, e.label))
            i = last + 1
            continue
        qual = qs = qe = None
        j = i
        if e.kind in ("qual_pre", "qual_any", "nayyif"):
            ok, c = p.adj(i, i + 1)
            if not (ok and c == (e.kind == "nayyif") and _starts_number(p, i + 1)):
                i += 1
                continue
            qual, qs, qe = e.label, e.cstart, e.end
            j = i + 1
        res = p.exact(j)
        if res is not None:
            value, last, words = res
            vague = None
            low, high = _range(value, qual)
            acled = value
        else:
            v = p.vague(j)
            if v is None:
                i = j + 1 if qual is None else i + 1
                continue
            (vague, low, high, acled), last = v
            value, words = None, True
        num_start, num_end = elems[j].cstart, elems[last].end
        end = num_end
        k = last + 1
        percent = False
        pm = _PERCENT.match(s, num_end)
        if pm and value is not None:
            percent, end = True, pm.end()
            while k < n and elems[k].start < end:
                k += 1
        elif k < n and qual is None and elems[k].kind in ("qual_post", "qual_any", "nayyif") \
                and not (elems[k].kind == "qual_any" and _starts_number(p, k + 1)
                         and p.adj(k, k + 1)[0]):
            # a qualifier after the number: at once (90 على الأقل، عشرون ونيف) or after the
            # counted noun (تسعين شخصا على الأقل), then it does not widen the span
            qk = elems[k]
            ok, c = p.adj(last, k)
            if ok and c == (qk.kind == "nayyif"):
                qual, qs, qe = qk.label, (qk.start if qk.kind == "nayyif" else qk.cstart), qk.end
                end = qk.end
                k += 1
            elif qk.kind != "nayyif":
                gap = s[num_end:qk.start]
                if len(gap) <= 40 and _NOUN_GAP.fullmatch(gap) and not qk.conj:
                    qual, qs, qe = qk.label, qk.cstart, qk.end
                    k += 1
            if value is not None and qual is not None:
                low, high = _range(value, qual)
        start = num_start if qs is None else min(qs, num_start)
        out.append(_quantity(start, end, s[start:end], value, vague, low, high, acled, words,
                             qual, num_start, num_end, qs, qe, percent, None))
        i = k
    return out


_NOUN_GAP = re.compile(r"[^\S\n]+[^\W\d]+(?:[^\S\n]+[^\W\d]+)?[^\S\n]+")


def parse_number(words: str) -> int | None:
    """The value of one number expression ("خمسه وعشرين" -> 25, "مئتا الف" -> 200000), or None
    when the string is not exactly one exact number (a clitic on the first word is allowed)."""
    s = normalize(words).strip()
    qs = find_quantities(s)
    if len(qs) != 1:
        return None
    q = qs[0]
    if q.value is None or q.qualifier is not None or q.percent:
        return None
    if s[:q.start].strip() not in ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل") \
            or s[q.end:].strip():
        return None
    return q.value
