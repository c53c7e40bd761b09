"""Date expressions in Arabic news text, resolved against the publication date.

``find_dates(s, published)`` reads *normalised* text (rasd.normalize.normalize: أإآ->ا, ة->ه,
ى->ي, ئ->ي, Latin digits) and returns every date expression with its character span and, when it
can be worked out, its ISO value:

- explicit dates with any of the Arabic month-name systems, alone or paired
  ("21 تشرين الاول/اكتوبر"، "5 كانون الاول/ديسمبر 2016"، "فبراير/ شباط الماضي"، "21 جوان 2016");
- numeric dates ("21/10/2016", "2016-10-21");
- parts of a month ("اواخر فبراير/ شباط الماضي" -> days 21..end, "مطلع"/"اوايل"/"بدايه" -> 1..10,
  "منتصف"/"اواسط" -> 11..20), also of "الشهر الماضي";
- a day of the month told just before ("الـ 31 من الشهر ذاته"، "من الشهر نفسه": the month of the
  last day-precise date; unresolved when none was told);
- weekdays ("يوم الجمعه"، "الثلاثاء الماضي"، "الاحد المقبل"، "ليل السبت-الاحد");
- relative days ("امس"، "البارحه"، "اول امس"، "اليوم"، "صباح اليوم الثلاثاء"، "فجر امس (الاثنين)"،
  "الليله الماضيه"); a weekday in apposition is checked against the date and kept in one mention;
- relative periods ("الاسبوع الماضي"، "الشهر الماضي"، "العام الماضي") and durations back from the
  publication date ("منذ ثلاثه ايام"، "قبل يومين"، "منذ حوالي اسبوعين");
- years after عام/سنه ("عام 2016").

``stated_today`` finds the day the text itself calls today ("اليوم 8 حزيران 2016"، "اليوم الخميس
(22 أيلول)"), earlier than the publication date or with none given; the pipeline then resolves the
text against that day.

Nothing is guessed: with ``published=None`` every expression that needs the publication date
(relative days, weekdays, dates without a year) is returned with ``resolved=False``,
``value=None`` and ``reason='no publication date'``; explicit dates with a year still resolve.

Words live in rasd/data/months.tsv and rasd/data/date_words.tsv. The scan is linear: an
Aho-Corasick pass finds the trigger words, and only short windows around them are tokenised and
parsed by a small hand-written grammar (no backtracking regular expressions).

Conventions:
- ``value``: 'YYYY-MM-DD' (precision 'day'), 'YYYY-MM' ('month'), 'YYYY' ('year'), or an ISO 8601
  interval 'YYYY-MM-DD/YYYY-MM-DD' (precision 'range': a part of a month, a week, "ليل السبت",
  an approximate duration).
- ``low``/``high``: the first and last day the expression covers (equal to ``value`` for a day).
- A year-less date takes the year that puts it on or before the publication date (a part of a
  month: its first day on or before it); with الماضي the latest such month strictly before the
  publication month, with المقبل the next one after it, with الجاري/الحالي the publication year;
  a day told with its weekday at most a week after publication, the weekday matching that year's
  date, is that year's ("الخميس 30 نوفمبر" in an article of Wednesday 29 November 2017).
- Weekdays: the most recent such day on or before the publication date; with الماضي strictly
  before it; with المقبل/القادم strictly after it.
- Weeks run Sunday to Saturday (the working week of Syria, Iraq, Egypt, the Gulf since 2013).
- When a weekday written in the text disagrees with the date worked out from the publication date
  (or with an explicit date), the mention keeps the computed date, stays ``resolved`` and says so in
  ``reason`` ('weekday mismatch: ...'), so a caller can flag a doubtful publication date.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from rasd.normalize import normalize

__all__ = ["DateMention", "find_dates", "load_lexicon", "stated_today"]

_DATA = Path(__file__).parent / "data"
NO_PUB = "no publication date"


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None
    precision: str | None  # 'day' | 'month' | 'year' | 'range' | None
    low: str | None
    high: str | None
    kind: str  # 'explicit' | 'numeric' | 'month' | 'part_of_month' | 'weekday' | 'relative' | 'period' | 'ago' | 'year'
    resolved: bool
    reason: str | None


_new_object = object.__new__


def _mention(start: int, end: int, text: str, value: str | None, precision: str | None, low: str | None,
             high: str | None, kind: str, resolved: bool, reason: str | None) -> DateMention:
    """``DateMention(...)`` without the frozen dataclass's ten ``object.__setattr__`` calls: the
    instance dict is filled directly, in field order, giving the same object (eq, hash, repr, asdict,
    pickle) at half the cost."""
    m = _new_object(DateMention)
    m.__dict__.update({"start": start, "end": end, "text": text, "value": value, "precision": precision,
                       "low": low, "high": high, "kind": kind, "resolved": resolved, "reason": reason})
    return m


assert not hasattr(DateMention, "__slots__") and not hasattr(DateMention, "__post_init__")
assert tuple(DateMention.__dataclass_fields__) == ("start", "end", "text", "value", "precision", "low",
                                                   "high", "kind", "resolved", "reason")


# --------------------------------------------------------------------------------------- lexicon

# categories a rule's first token can have ("digit": a number or the article split off one)
_STARTS_EXPLICIT = frozenset({"daypart", "night", "dayword", "relday", "weekday", "part", "monthword",
                              "month", "digit"})
_STARTS_AGO = frozenset({"ago"})
_STARTS_WEEKDAY = frozenset({"daypart", "night", "dayword", "weekday"})
_CLAUSE_MARKS = frozenset("،,.:؛")      # a clause starts after one of these
_STARTS_RELATIVE = frozenset({"daypart", "night", "dayword", "relday", "tonight"})
_STARTS_PERIOD = frozenset({"this", "period"})
_STARTS_YEAR = frozenset({"yearword", "since"})


_STARTER_CATS = (_STARTS_EXPLICIT | _STARTS_AGO | _STARTS_WEEKDAY | _STARTS_RELATIVE | _STARTS_PERIOD
                 | _STARTS_YEAR)
_TRIGGER_CATS = frozenset({"weekday", "relday", "month", "tonight", "period", "ago", "yearword"})


class _Lexicon:
    def __init__(self, months_path: Path, words_path: Path):
        self.entries: dict[str, list[tuple[str, object]]] = {}
        self.starter_firsts: set[str] = set()
        self.firsts: dict[str, int] = {}  # first word of a form -> most words in a form it starts
        self.clitics: list[str] = []
        self.sets: dict[str, set[str]] = {}
        trigger_forms: list[tuple[str, bool]] = []
        for cols in _read_tsv(months_path):
            form = normalize(cols[0]).strip()
            amb = len(cols) > 3 and cols[3].strip() == "1"
            self._add(form, "month", (int(cols[1]), amb))
            trigger_forms.append((form, not amb))
        for cols in _read_tsv(words_path):
            form = " ".join(normalize(cols[0]).split())
            cat = cols[1].strip()
            raw = cols[2].strip() if len(cols) > 2 else "-"
            if cat == "clitic":
                self.clitics.append(form)
                continue
            if cat in ("weekday", "relday", "tonight", "num"):
                val: object = int(raw)
            elif cat == "unit":
                u, c = raw.split(":")
                val = (u, int(c))
            else:
                val = raw
            self._add(form, cat, val)
            self.sets.setdefault(cat, set()).add(form)
            if cat in _TRIGGER_CATS:
                trigger_forms.append((form, True))
        self.clitics.sort(key=len, reverse=True)
        # every possible first token of a form, with or without a proclitic -> (form word, clitic length)
        # (and the number of words of its longest form)
        self.first_map: dict[str, list[tuple[str, int, int]]] = {}
        for f in sorted(self.firsts):
            maxn = self.firsts[f]
            self.first_map.setdefault(f, []).append((f, 0, maxn))
            for c in self.clitics:
                self.first_map.setdefault(c + f, []).append((f, len(c), maxn))
        # tokens at which a rule may start (a form's first word, bare or with a proclitic)
        self.starters = frozenset(c + f for f in self.starter_firsts for c in ["", *self.clitics])
        weak = self.sets.get("weak", set())
        self.auto = ahocorasick.Automaton()
        keys: dict[str, bool] = {}
        for form, clitic_ok in trigger_forms:
            for w in form.split():
                if w not in weak:
                    keys[w] = keys.get(w, False) or clitic_ok
        for w, clitic_ok in keys.items():
            # a word that may not carry a proclitic (اب، ماي) is searched with the space before it,
            # so its many hits inside other words never reach Python
            for key in ([w] if clitic_ok else [" " + w, "\n" + w]):
                self.auto.add_word(key, (len(w), clitic_ok))
        self.auto.make_automaton()
        self._build_look_tables()

    def _build_look_tables(self) -> None:
        """Tables for :meth:`_Parser.look`, built once per process.

        ``trie``: a form's words as a tree, each node ``(entries, children)`` with the entries of the
        form ending there; ``first_nodes``: a token -> the tree nodes of the forms it may start, as
        ``(clitic length, node)`` in :attr:`first_map` order.  A look-up then walks the following
        tokens through dicts instead of joining and probing every possible form.  ``scan_starters``:
        the tokens at which :func:`find_dates` tries the grammar (``starters`` plus "ال"; digits are
        tested apart)."""
        trie: dict[str, tuple] = {}
        for form, ents in self.entries.items():
            words = form.split(" ")
            children = trie
            node = None
            for w in words:
                node = children.get(w)
                if node is None:
                    node = children[w] = ([], {})
                children = node[1]
            node[0].extend(ents)
        self.first_nodes: dict[str, tuple] = {
            tok: tuple((pl, trie[form]) for form, pl, _ in cands)
            for tok, cands in self.first_map.items()}
        self.scan_starters = frozenset(self.starters | {"ال"})

    def _add(self, form: str, cat: str, val: object) -> None:
        self.entries.setdefault(form, []).append((cat, val))
        words = form.split(" ")
        if cat in _STARTER_CATS:
            self.starter_firsts.add(words[0])
        self.firsts[words[0]] = max(self.firsts.get(words[0], 1), len(words))


def _read_tsv(path: Path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield line.split("\t")


_LEX: _Lexicon | None = None


def load_lexicon() -> _Lexicon:
    global _LEX
    if _LEX is None:
        _LEX = _Lexicon(_DATA / "months.tsv", _DATA / "date_words.tsv")
    return _LEX


# ---------------------------------------------------------------------------------------- helpers

_TOK = re.compile(r"[^\W\d_]+|\d+|\S")
_NONSPACE = re.compile(r"\S*")  # the rest of a word (``\S`` is exactly ``not str.isspace()``)
# candidate numeric dates; validated in Python (leading \d lets the engine skip fast)
_NUMERIC = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
# Window kept around a trigger word, in characters: wider than any stretch of a mention before its
# first trigger word ("الـ21 من شهر ") or between/after trigger words ("الاول/ اكتوبر 2016 الماضي").
_LEFT, _RIGHT = 24, 32
_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_WEEKDAY_AR = ["الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"]
WEEKDAYS = frozenset(_WEEKDAY_AR)   # the day names, normalised (for other stages)
_ONE = dt.timedelta(days=1)


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


class _Hit:
    """A parsed expression before resolution."""

    __slots__ = ("start", "end", "j", "kind", "f")

    def __init__(self, start: int, end: int, j: int, kind: str, f: dict):
        self.start, self.end, self.j, self.kind, self.f = start, end, j, kind, f


class _M(NamedTuple):
    """A lexicon entry found at a token: its value, the token after it, its start (after the
    clitic) and the clitic's length.  Made by ``_new_m(_M, (val, j, start, pl))``, which skips
    the Python-level ``__new__``."""
    val: object
    j: int
    start: int
    pl: int


_new_m = tuple.__new__


_NO_ENTRIES: tuple = ()


class _Parser:
    """The date grammar over the tokens of one segment.

    Tokens are kept as parallel arrays: ``texts`` (the token strings) and ``cum`` (``cum[k]`` is
    the end of token ``k - 1``; ``cum[0]`` the segment start), so token ``k`` spans
    ``cum[k + 1] - len(texts[k])`` .. ``cum[k + 1]``.  Both are built by :func:`_tokens`."""

    def __init__(self, lex: _Lexicon, texts: list[str], cum: list[int]):
        self.lex = lex
        self.texts = texts
        self.cum = cum
        self.n = len(texts)
        # per token (and one past the end): None when no form starts there, else the form-tree
        # nodes to walk (a tuple, from one C-level map), replaced by the entries once looked up
        ents = list(map(lex.first_nodes.get, texts))
        ents.append(None)
        self.ents = ents

    # -- lexical look-up -------------------------------------------------------------------
    def look(self, i: int) -> list | tuple:
        """Lexicon entries at token ``i``, longest forms first: ``[(category, _M), ...]``."""
        r = self.ents[i]
        if r is None:
            return _NO_ENTRIES
        if r.__class__ is not tuple:
            return r
        texts, n = self.texts, self.n
        st = self.cum[i + 1] - len(texts[i])
        res: list = []
        for pl, node in r:
            # walk the following tokens down the form tree; emit the longest forms first
            levels = []
            k = i
            while True:
                if node[0]:
                    levels.append((k + 1, node[0]))
                k += 1
                children = node[1]
                if k >= n or not children:
                    break
                node = children.get(texts[k])
                if node is None:
                    break
            for j, here in reversed(levels):
                for cat, val in here:
                    res.append((cat, _new_m(_M, (val, j, st + pl, pl))))
        self.ents[i] = res
        return res

    def get(self, i: int, cat: str, first: bool = False) -> _M | None:
        """The longest entry of category ``cat`` at token ``i`` (a clitic only when ``first``)."""
        r = self.ents[i]
        if r is None:
            return None
        if r.__class__ is tuple:
            r = self.look(i)
        for c, m in r:
            if c == cat and (first or m.pl == 0):
                return m
        return None

    def tok(self, i: int) -> str:
        return self.texts[i] if i < self.n else ""

    def is_(self, i: int, cat: str) -> bool:
        return i < self.n and self.texts[i] in self.lex.sets.get(cat, ())

    def start_of(self, i: int) -> int:
        return self.cum[i + 1] - len(self.texts[i])

    def end(self, j: int) -> int:
        return self.cum[j]

    def bad_weekday(self, j: int) -> bool:
        return self.is_(j, "not_after_weekday")

    # -- grammar ---------------------------------------------------------------------------
    def parse_at(self, i: int) -> _Hit | None:
        cats = frozenset([c for c, _ in self.look(i)])
        t = self.texts[i]
        if t.isdigit() or t == "ال":
            cats = cats | _DIGIT
        rules = _RULES_FOR.get(cats)
        if rules is None:
            rules = _RULES_FOR[cats] = tuple(fn for fn, starters in _RULES if cats & starters)
        for fn in rules:
            h = fn(self, i)
            if h is not None:
                return h
        return None

    def _lead(self, i: int) -> tuple:
        """``[daypart|ليل] [يوم]`` opening a date at word ``i``: (its start or None, the next
        word, the daypart hit or None)."""
        j = i
        start = None
        lead = self.get(j, "daypart", first=True) or self.get(j, "night", first=True)
        if lead is not None:
            start, j = lead.start, lead.j
        dw = self.get(j, "dayword", first=(j == i))
        if dw is not None:
            start = start if start is not None else dw.start
            j = dw.j
        return start, j, lead

    def explicit(self, i: int) -> _Hit | None:
        """[daypart|ليل] [يوم] [امس|اليوم] [(]weekday[)] [dir] [،] [الموافق]
        [part [شهر]] [[ال]day [-|و|الى day2] [من] [شهر]] (month[/month] | الشهر dir) [[عام] yyyy [م] | dir]"""
        start, j, lead = self._lead(i)
        wd = rel = None
        r = self.get(j, "relday", first=(j == i))
        if r is not None:
            start = start if start is not None else r.start
            rel, j = r.val, r.j
        k = j + 1 if self.tok(j) == "(" and start is not None else j
        w = self.get(k, "weekday", first=(k == i))
        if w is not None and not self.bad_weekday(w.j) and (k == j or self.tok(w.j) == ")"):
            start = start if start is not None else w.start
            wd, j = w.val, (w.j if k == j else w.j + 1)
            d = self.get(j, "direction")
            if d is not None and d.val in ("past", "next"):
                j = d.j
        if start is not None:
            if (wd is not None or rel is not None) and self.tok(j) in (",", "،", "-"):
                j += 1
            lk = self.get(j, "link")
            if lk is not None:
                j = lk.j
        part = self.get(j, "part", first=(j == i))
        monthword = False
        if part is not None:
            if lead is not None or rel is not None or wd is not None:
                return None  # no day can follow a part: see below
            start = start if start is not None else part.start
            j = part.j
            mw = self.get(j, "monthword")
            if mw is not None:
                j, monthword = mw.j, True
        day = day2 = None
        if self.tok(j) == "ال" and self.tok(j + 1).isdigit():
            j2 = j + 1
        else:
            j2 = j
        t = self.tok(j2)
        if part is None and t.isdigit() and len(t) <= 2 and 1 <= int(t) <= 31:
            start = start if start is not None else self.start_of(j)
            day, j = int(t), j2 + 1
            sep = self.get(j, "range_sep")  # "بين 20 و25 اكتوبر"، "20-22 تشرين الاول"
            if sep is not None:
                t2 = self.tok(sep.j)
                if t2.isdigit() and len(t2) <= 2 and day < int(t2) <= 31:
                    day2, j = int(t2), sep.j + 1
            fr = self.get(j, "from")
            if fr is not None:
                j = fr.j
            mw = self.get(j, "monthword")
            if mw is not None:
                j, monthword = mw.j, True
        elif part is None:
            if lead is not None or rel is not None or wd is not None:
                return None  # no day: see below
            mw = self.get(j, "monthword", first=(j == i))
            if mw is not None:
                start = start if start is not None else mw.start
                j, monthword = mw.j, True
        if (lead is not None or rel is not None or wd is not None) and day is None:
            return None  # "صباح اليوم"، "الجمعه الماضي": left to the weekday/relative rules
        f: dict = {"weekday": wd, "rel": rel, "day": day, "day2": day2,
                   "part": part.val if part else None}
        m1 = self.get(j, "month", first=(j == i))
        if m1 is not None:
            start = start if start is not None else m1.start
            month, amb = m1.val
            j = m1.j
            paired = False
            t = self.tok(j)
            if t in ("/", "(", "-", "\\"):
                m2 = self.get(j + 1, "month")
                if m2 is not None and m2.val[0] == month:
                    j, paired = m2.j, True
                    if t == "(" and self.tok(j) == ")":
                        j += 1
            year = None
            k = j
            yw = self.get(k, "yearword")
            if yw is not None:
                k = yw.j
            ty = self.tok(k)
            if ty.isdigit() and len(ty) == 4 and 1900 <= int(ty) <= 2100:
                year, j = int(ty), k + 1
                if self.is_(j, "year_suffix"):
                    j += 1
            direction = None
            if year is None:
                d = self.get(j, "direction")
                if d is not None:
                    direction, j = d.val, d.j
            strong = day is not None or year is not None or paired or monthword or part or direction
            if not strong:
                if amb or not self.is_(i - 1, "prep") or start != m1.start:
                    return None
            f.update(month=month, year=year, direction=direction)
        elif day is not None or part is not None:
            p = self.get(j, "period")
            if p is None or p.val != "month":
                return None
            d = self.get(p.j, "direction") or self.get(p.j, "same")
            if d is None:
                return None
            j = d.j
            # ("same": the month of the date told before it, see find_dates)
            f.update(month=None, year=None, direction=None,
                     relmonth="same" if d.val == "-" else d.val)
        else:
            return None
        kind = "explicit" if day is not None else ("part_of_month" if part else "month")
        return _Hit(start, self.end(j), j, kind, f)

    def ago(self, i: int) -> _Hit | None:
        """منذ/قبل [حوالي] (N unit | dual unit | unit)"""
        a = self.get(i, "ago", first=True)
        if a is None:
            return None
        j = a.j
        approx = self.get(j, "approx")
        if approx is not None:
            j = approx.j
        count = None
        t = self.tok(j)
        if t.isdigit() and len(t) <= 2:
            count, j = int(t), j + 1
        else:
            nm = self.get(j, "num")
            if nm is not None:
                count, j = nm.val, nm.j
        u = self.get(j, "unit")
        if u is None:
            return None
        unit, c = u.val
        if c == 0:
            if count is None:
                return None
        elif count is not None:
            return None
        else:
            count = c
        j = u.j
        nxt = self.tok(j)
        if (nxt.isdigit() or self.get(j, "weekday") or self.get(j, "relday")
                or self.get(j, "from") or self.get(j, "month")):
            return None  # منذ يوم الجمعه / منذ عام 2011 / قبل يومين من ... : not a duration back from today
        if count <= 0:
            return None
        return _Hit(a.start, self.end(j), j, "ago",
                    {"unit": unit, "count": count, "approx": approx is not None})

    def weekday(self, i: int) -> _Hit | None:
        """[daypart|ليل] [يوم] weekday [-/ weekday] [dir] [(امس)]"""
        j = i
        start = None
        dp = self.get(j, "daypart", first=True)
        night = None
        if dp is None:
            night = self.get(j, "night", first=True)
        lead = dp or night
        if lead is not None:
            start, j = lead.start, lead.j
        dw = self.get(j, "dayword", first=(j == i))
        if dw is not None:
            start = start if start is not None else dw.start
            j = dw.j
        w = self.get(j, "weekday", first=(j == i))
        if w is None or self.bad_weekday(w.j):
            return None
        start = start if start is not None else w.start
        j = w.j
        f: dict = {"weekday": w.val, "night": night is not None, "weekday2": None,
                   "direction": None, "rel": None}
        if night is not None:
            k = j + 1 if self.tok(j) in ("-", "/", "\\") else j
            w2 = self.get(k, "weekday")
            if w2 is not None and w2.val == (w.val + 1) % 7:
                f["weekday2"], j = w2.val, w2.j
        d = self.get(j, "direction")
        if d is not None and d.val in ("past", "next"):
            f["direction"], j = d.val, d.j
        if self.tok(j) == "(":
            r = self.get(j + 1, "relday")
            if r is not None and self.tok(r.j) == ")":
                f["rel"], j = r.val, r.j + 1
        return _Hit(start, self.end(j), j, "weekday", f)

    def relative(self, i: int) -> _Hit | None:
        """[daypart|ليل] [يوم] (امس|اليوم|اول امس|...|الليله [dir]) [(] [يوم] weekday [)]"""
        start, j, _ = self._lead(i)
        r = self.get(j, "relday", first=(j == i))
        if r is not None:
            off = r.val
            if off == 0 and r.j == j + 1:  # اليوم: not "the day" (اليوم التالي، ذلك اليوم، اليوم الـ16)
                if self.is_(r.j, "not_after_today"):
                    return None
                if start is None and self.is_(i - 1, "not_before_today"):
                    return None
            elif off == 1 and r.j == j + 1 and start is None and (i == 0 or self.tok(i - 1) in _CLAUSE_MARKS):
                # (normalised text: every kind of quote is '"')
                nxt = self.tok(r.j + 1) if self.tok(r.j) == '"' else self.tok(r.j)
                if nxt.startswith("ال") and nxt not in self.lex.entries:
                    return None     # "وغدا “الكاستيلو” في مرمى قوات الأسد": the verb "became"
            start = start if start is not None else r.start
            j = r.j
        else:
            t = self.get(j, "tonight", first=(j == i))
            if t is None:
                return None
            if start is None and self.is_(i - 1, "not_before_today"):
                return None
            start = start if start is not None else t.start
            off, j = t.val, t.j
            d = self.get(j, "direction")
            if d is not None and d.val in ("past", "next"):
                off += -1 if d.val == "past" else 1
                j = d.j
        wd = None
        k = j + 1 if self.tok(j) == "(" else j
        dw2 = self.get(k, "dayword")
        k2 = dw2.j if dw2 else k
        w = self.get(k2, "weekday")
        if w is not None and not self.bad_weekday(w.j):
            if k == j:
                wd, j = w.val, w.j
            elif self.tok(w.j) == ")":
                wd, j = w.val, w.j + 1
        return _Hit(start, self.end(j), j, "relative", {"offset": off, "weekday": wd})

    def period(self, i: int) -> _Hit | None:
        """(الاسبوع|الشهر|العام|السنه) dir | هذا/هذه + period"""
        this = self.get(i, "this", first=True)
        j = this.j if this else i
        p = self.get(j, "period", first=(j == i))
        if p is None:
            return None
        start = this.start if this else p.start
        d = self.get(p.j, "direction")
        if d is not None:
            direction, j = d.val, d.j
        elif this is not None:
            direction, j = "current", p.j
        else:
            return None
        return _Hit(start, self.end(j), j, "period", {"unit": p.val, "direction": direction})

    def year(self, i: int) -> _Hit | None:
        yw = self.get(i, "yearword", first=True) or self.get(i, "since", first=True)
        if yw is None:
            return None
        t = self.tok(yw.j)
        if not (t.isdigit() and len(t) == 4 and 1900 <= int(t) <= 2100):
            return None
        j = yw.j + 1
        if self.is_(j, "year_suffix"):
            j += 1
        return _Hit(yw.start, self.end(j), j, "year", {"year": int(t)})


# the rules tried at a token, in order, with the categories their first token can have
_RULES = (
    (_Parser.explicit, _STARTS_EXPLICIT), (_Parser.ago, _STARTS_AGO),
    (_Parser.weekday, _STARTS_WEEKDAY), (_Parser.relative, _STARTS_RELATIVE),
    (_Parser.period, _STARTS_PERIOD), (_Parser.year, _STARTS_YEAR),
)
_DIGIT = frozenset({"digit"})
_RULES_FOR: dict[frozenset, tuple] = {}  # categories at a token -> the rules worth trying there


# ------------------------------------------------------------------------------------ resolution

def _result(s: str, h: _Hit, value=None, precision=None, low=None, high=None,
            reason=None, resolved=True) -> DateMention:
    return _mention(h.start, h.end, s[h.start:h.end], value, precision, low, high, h.kind,
                    resolved, reason)


def _unresolved(s: str, h: _Hit, reason: str = NO_PUB) -> DateMention:
    return _result(s, h, reason=reason, resolved=False)


def _day_result(s, h, d: dt.date, reason=None) -> DateMention:
    v = _iso(d)
    return _result(s, h, v, "day", v, v, reason)


def _range_result(s, h, lo: dt.date, hi: dt.date, reason=None) -> DateMention:
    return _result(s, h, f"{_iso(lo)}/{_iso(hi)}", "range", _iso(lo), _iso(hi), reason)


def _month_result(s, h, y: int, m: int) -> DateMention:
    return _result(s, h, f"{y:04d}-{m:02d}", "month", _iso(dt.date(y, m, 1)),
                   _iso(dt.date(y, m, _last_day(y, m))))


def _year_result(s, h, y: int) -> DateMention:
    return _result(s, h, f"{y:04d}", "year", f"{y:04d}-01-01", f"{y:04d}-12-31")


def _mismatch(wd: int | None, d: dt.date) -> str | None:
    if wd is None or d.weekday() == wd:
        return None
    return f"weekday mismatch: text says {_WEEKDAY_AR[wd]}, date is {_WEEKDAY_AR[d.weekday()]}"


def _weekday_date(pub: dt.date, wd: int, direction: str | None) -> dt.date:
    if direction == "next":
        return pub + dt.timedelta(days=((wd - pub.weekday() - 1) % 7) + 1)
    if direction == "past":
        return pub - dt.timedelta(days=((pub.weekday() - wd - 1) % 7) + 1)
    return pub - dt.timedelta(days=(pub.weekday() - wd) % 7)


SOON_AFTER_DAYS = 7    # a day this close after publication, its weekday matching, is this year's


def _soon_after(pub: dt.date, month: int, day: int, wd: int) -> bool:
    """Is ``day``/``month`` of the publication's year at most :data:`SOON_AFTER_DAYS` after it,
    and on weekday ``wd``?"""
    if day > _last_day(pub.year, month):
        return False
    d = dt.date(pub.year, month, day)
    return 0 < (d - pub).days <= SOON_AFTER_DAYS and d.weekday() == wd


def _resolve(s: str, h: _Hit, pub: dt.date | None) -> DateMention:
    f = h.f
    k = h.kind
    if k in ("explicit", "month", "part_of_month"):
        month, year, day, part = f.get("month"), f.get("year"), f.get("day"), f.get("part")
        if f.get("relmonth") is not None:
            if pub is None:
                return _unresolved(s, h)
            delta = {"past": -1, "next": 1}.get(f["relmonth"], 0)
            year, month = _shift_month(pub.year, pub.month, delta)
        elif year is None:
            if pub is None:
                return _unresolved(s, h)
            direction = f.get("direction")
            if direction == "past":
                year = pub.year if month < pub.month else pub.year - 1
            elif direction == "next":
                year = pub.year if month > pub.month else pub.year + 1
            elif direction == "current":
                year = pub.year
            else:
                first = day if day is not None else (_PART_DAYS[part][0] if part else 1)
                year = pub.year if (month, first) <= (pub.month, pub.day) else pub.year - 1
                if year < pub.year and day is not None and f.get("weekday") is not None \
                        and _soon_after(pub, month, day, f["weekday"]):
                    year = pub.year     # "الخميس 30 نوفمبر" in an article of Wednesday 29 November:
                    # the weekday names the day after, not a Thursday a year back
        if day is not None:
            if max(day, f.get("day2") or 0) > _last_day(year, month):
                return _unresolved(s, h, "invalid date")
            if f.get("day2"):
                return _range_result(s, h, dt.date(year, month, day), dt.date(year, month, f["day2"]))
            d = dt.date(year, month, day)
            reason = _mismatch(f.get("weekday"), d)
            if f.get("rel") is not None and pub is not None and pub + dt.timedelta(days=f["rel"]) != d:
                reason = (reason + "; " if reason else "") + "relative day disagrees with the publication date"
            return _day_result(s, h, d, reason)
        if part:
            lo, hi = _PART_DAYS[part]
            return _range_result(s, h, dt.date(year, month, lo),
                                 dt.date(year, month, min(hi, _last_day(year, month))))
        return _month_result(s, h, year, month)
    if k == "year":
        return _year_result(s, h, f["year"])
    if pub is None:
        return _unresolved(s, h)
    if k == "relative":
        d = pub + dt.timedelta(days=f["offset"])
        return _day_result(s, h, d, _mismatch(f["weekday"], d))
    if k == "weekday":
        if f["weekday2"] is not None:  # ليل السبت-الاحد: the night between the two days
            d2 = _weekday_date(pub, f["weekday2"], f["direction"])
            return _range_result(s, h, d2 - _ONE, d2)
        if f["rel"] is not None:
            d = pub + dt.timedelta(days=f["rel"])
            return _day_result(s, h, d, _mismatch(f["weekday"], d))
        d = _weekday_date(pub, f["weekday"], f["direction"])
        if f["night"]:  # ليله الجمعه: Thursday night in the traditional reckoning, Friday night in news
            return _range_result(s, h, d - _ONE, d)
        return _day_result(s, h, d)
    if k == "period":
        delta = {"past": -1, "next": 1}.get(f["direction"], 0)
        if f["unit"] == "week":
            ws = pub - dt.timedelta(days=(pub.weekday() + 1) % 7) + dt.timedelta(days=7 * delta)
            return _range_result(s, h, ws, ws + dt.timedelta(days=6))
        if f["unit"] == "month":
            y, m = _shift_month(pub.year, pub.month, delta)
            return _month_result(s, h, y, m)
        return _year_result(s, h, pub.year + delta)
    if k == "ago":
        unit, c, approx = f["unit"], f["count"], f["approx"]
        if unit == "day":
            d = pub - dt.timedelta(days=c)
            if approx:
                return _range_result(s, h, d - _ONE, d + _ONE)
            return _day_result(s, h, d)
        if unit == "week":
            d = pub - dt.timedelta(days=7 * c)
            return _range_result(s, h, d - dt.timedelta(days=3), d + dt.timedelta(days=3))
        if unit == "month":
            y, m = _shift_month(pub.year, pub.month, -c)
            return _month_result(s, h, y, m)
        return _year_result(s, h, pub.year - c)
    raise AssertionError(k)


_RESOLVED: dict[tuple, tuple] = {}  # (kind, publication date, *fields) -> the resolved values


def _resolve_cached(s: str, h: _Hit, pub: dt.date | None) -> DateMention:
    """:func:`_resolve` with its values (which depend only on the hit's kind and fields and the
    publication date) kept in a bounded process-wide cache: news repeats "امس", "يوم الجمعه"."""
    key = (h.kind, pub, *h.f.items())
    try:
        r = _RESOLVED.get(key)
    except TypeError:  # an unhashable "publication date": resolve as given, uncached
        return _resolve(s, h, pub)
    if r is None:
        m = _resolve(s, h, pub)
        if len(_RESOLVED) >= 4096:
            _RESOLVED.clear()
        _RESOLVED[key] = (m.value, m.precision, m.low, m.high, m.resolved, m.reason)
        return m
    return _mention(h.start, h.end, s[h.start:h.end], r[0], r[1], r[2], r[3], h.kind, r[4], r[5])


def _numeric(s: str) -> list[DateMention]:
    """Numeric dates: d/m/yyyy, d-m-yyyy, d.m.yyyy (day first, as written in Arabic) and yyyy-m-d."""
    out = []
    n = len(s)
    starts = set()
    for sep in "/-.":  # a few str.find calls beat a regex scan of the whole text
        i = s.find(sep)
        while i != -1:
            if 0 < i < n - 1 and s[i - 1].isdigit() and s[i + 1].isdigit():
                a = i - 1
                while a > 0 and s[a - 1].isdigit():
                    a -= 1
                starts.add(a)
            i = s.find(sep, i + 1)
    covered = -1
    for a in sorted(starts):
        if a < covered:
            continue
        m = _NUMERIC.match(s, a)
        if m is None:
            continue
        b = m.end()
        if a > 0 and (s[a - 1].isdigit() or s[a - 1] in "/-." and a > 1 and s[a - 2].isdigit()):
            continue
        if b < n and (s[b].isdigit() or (s[b] in "/-." and b + 1 < n and s[b + 1].isdigit())):
            continue
        parts = re.split(r"[-/.]", m.group())
        seps = re.findall(r"[-/.]", m.group())
        if seps[0] != seps[1]:
            continue
        if len(parts[0]) == 4:
            y, mo, d = (int(x) for x in parts)
        elif len(parts[2]) == 4 and len(parts[0]) <= 2:
            d, mo, y = (int(x) for x in parts)
        else:
            continue
        if not (1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= _last_day(y, mo)):
            continue
        v = dt.date(y, mo, d).isoformat()
        covered = b
        out.append(_mention(a, b, s[a:b], v, "day", v, v, "numeric", True, None))
    return out


# ------------------------------------------------------------------------------------ entry point

def _segments(s: str, lex: _Lexicon) -> list[tuple[int, int]]:
    n = len(s)
    wins: list[tuple[int, int]] = []
    clitics = lex.clitics
    for last, (length, clitic_ok) in lex.auto.iter(s):
        a, b = last - length + 1, last + 1
        if b < n and s[b].isalpha():
            continue
        if a > 0 and s[a - 1].isalpha():
            if not clitic_ok:
                continue
            ok = False
            for c in clitics:
                ca = a - len(c)
                if ca >= 0 and s.startswith(c, ca) and (ca == 0 or not s[ca - 1].isalpha()):
                    ok = True
                    break
            if not ok:
                continue
        wins.append((a - _LEFT if a > _LEFT else 0, b + _RIGHT if b + _RIGHT < n else n))
    if not wins:
        return []
    wins.sort()
    merged = []
    ca, cb = wins[0]
    for a, b in wins[1:]:
        if a <= cb:
            if b > cb:
                cb = b
        else:
            merged.append((ca, cb))
            ca, cb = a, b
    merged.append((ca, cb))
    out = []
    for a, b in merged:
        out.append((_word_start(s, a), _NONSPACE.match(s, b).end()))
    return out


def _word_start(s: str, a: int) -> int:
    """The start of the whitespace-delimited word holding ``s[a - 1]`` (``a`` itself after a space):
    two ``rfind`` calls for the usual separators, then a check that nothing in between is some
    other whitespace (``isprintable`` is false for every whitespace character but the space)."""
    c = max(s.rfind(" ", 0, a), s.rfind("\n", 0, a)) + 1
    if c == a or s[c:a].isprintable():
        return c
    while a > 0 and not s[a - 1].isspace():
        a -= 1
    return a


def _tokens(s: str, a: int, b: int, starters: frozenset) -> tuple[list[str], list[int], list[int]]:
    """The ``_TOK`` tokens of ``s[a:b]``: their texts, the running ends (see :class:`_Parser`) and
    the indices of the tokens a rule may start at (a starter word, "ال" or a number).

    Tokens never span whitespace, so the segment is split on whitespace in C and only a word that
    is not a single token (a word glued to punctuation: "امس،") goes through the ``_TOK`` regex.
    A word starts one character after the previous one when the gaps are single characters, else
    ``str.find`` places it (only whitespace lies between ``pos`` and it)."""
    texts: list[str] = []
    cum = [a]  # cum[0] is never read
    starts: list[int] = []
    seg = s[a:b]
    words = seg.split()
    # usually every gap is one space or newline: each word then starts one after the last one
    single = len(seg) == sum(map(len, words)) + len(words) - 1
    pos = a - 1 if single else a
    find = s.find
    for w in words:
        pos = pos + 1 if single else find(w, pos)
        if w.isalpha():  # all letters: one [^\W\d_]+ token, never a number
            if w in starters:
                starts.append(len(texts))
            texts.append(w)
            pos += len(w)
            cum.append(pos)
        elif w.isdecimal():  # one \d+ token
            starts.append(len(texts))
            texts.append(w)
            pos += len(w)
            cum.append(pos)
        else:
            for t in (_TOK.findall(w) if len(w) > 1 else (w,)):
                if t in starters or t.isdigit():
                    starts.append(len(texts))
                texts.append(t)
                pos += len(t)
                cum.append(pos)
    return texts, cum, starts


def stated_today(s: str, mentions: list[DateMention], published: dt.date | None) -> dt.date | None:
    """The day the text itself calls today, when it is not the publication date: the first
    mention of today (``relday`` 0) with a full day in it or right after it ("اليوم 8 حزيران
    2016"، "اليوم الخميس (22 أيلول/سبتمبر)"), never after the publication date (a page is posted
    on or after the day it was written). None when the text names no such day."""
    lex = load_lexicon()
    for k, m in enumerate(mentions):
        if not any(("relday", 0) in lex.entries.get(w, ()) for w in m.text.split()[:3]):
            continue
        if m.kind == "relative" and k + 1 < len(mentions):
            m = mentions[k + 1]     # "اليوم الخميس (22 أيلول)": the day in apposition
            if m.kind != "explicit" or s[mentions[k].end:m.start].strip(" (،,-") != "":
                return None
        if m.kind != "explicit" or m.precision != "day" or m.value is None:
            return None
        d = dt.date.fromisoformat(m.value)
        return d if published is None or d < published else None
    return None


def find_dates(s: str, published: dt.date | None) -> list[DateMention]:
    """Date expressions in normalised text ``s``, resolved against ``published`` when given."""
    if isinstance(published, dt.datetime):
        published = published.date()
    lex = load_lexicon()
    out: list[DateMention] = []
    scan_starters = lex.scan_starters
    for a, b in _segments(s, lex):
        texts, cum, starts = _tokens(s, a, b, scan_starters)
        p = _Parser(lex, texts, cum)
        i = 0
        for k in starts:
            if k < i:
                continue  # inside the mention found last
            h = p.parse_at(k)
            if h is not None:
                if h.f.get("relmonth") == "same":
                    # "منذ الـ 28 من تشرين الأول … وحتى الـ 31 من الشهر ذاته": the month told last
                    prev = next((m for m in reversed(out) if m.resolved and m.precision == "day"), None)
                    out.append(_resolve_cached(s, h, dt.date.fromisoformat(prev.value) if prev else None))
                else:
                    out.append(_resolve_cached(s, h, published))
                i = h.j
    nums = _numeric(s)
    if nums:  # keep a numeric date only where no other mention lies (both lists are sorted)
        merged, k = [], 0
        for m in nums:
            while k < len(out) and out[k].end <= m.start:
                merged.append(out[k])
                k += 1
            if k < len(out) and out[k].start < m.end:
                continue
            merged.append(m)
        merged.extend(out[k:])
        out = merged
    return out
