"""Date expressions in Arabic news text, resolved against the publication date.

``find_dates(s, published)`` reads *normalised* text (rasd.normalize.normalize: أإآ->ا, ة->ه,
ى->ي, ئ->ي, Latin digits) and returns every date expression with its character span and, when it
can be worked out, its ISO value:

- explicit dates with any of the Arabic month-name systems, alone or paired
  ("21 تشرين الاول/اكتوبر"، "5 كانون الاول/ديسمبر 2016"، "فبراير/ شباط الماضي"، "21 جوان 2016");
- numeric dates ("21/10/2016", "2016-10-21");
- parts of a month ("اواخر فبراير/ شباط الماضي" -> days 21..end, "مطلع"/"اوايل"/"بدايه" -> 1..10,
  "منتصف"/"اواسط" -> 11..20), also of "الشهر الماضي";
- weekdays ("يوم الجمعه"، "الثلاثاء الماضي"، "الاحد المقبل"، "ليل السبت-الاحد");
- relative days ("امس"، "البارحه"، "اول امس"، "اليوم"، "صباح اليوم الثلاثاء"، "فجر امس (الاثنين)"،
  "الليله الماضيه"); a weekday in apposition is checked against the date and kept in one mention;
- relative periods ("الاسبوع الماضي"، "الشهر الماضي"، "العام الماضي") and durations back from the
  publication date ("منذ ثلاثه ايام"، "قبل يومين"، "منذ حوالي اسبوعين");
- years after عام/سنه ("عام 2016").

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
  publication month, with المقبل the next one after it, with الجاري/الحالي the publication year.
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

import ahocorasick

from rasd.normalize import normalize

__all__ = ["DateMention", "find_dates", "load_lexicon"]

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


# --------------------------------------------------------------------------------------- lexicon

# categories a rule's first token can have ("digit": a number or the article split off one)
_STARTS_EXPLICIT = frozenset({"daypart", "night", "dayword", "relday", "weekday", "part", "monthword",
                              "month", "digit"})
_STARTS_AGO = frozenset({"ago"})
_STARTS_WEEKDAY = frozenset({"daypart", "night", "dayword", "weekday"})
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
# candidate numeric dates; validated in Python (leading \d lets the engine skip fast)
_NUMERIC = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
# Window kept around a trigger word, in characters: wider than any stretch of a mention before its
# first trigger word ("الـ21 من شهر ") or between/after trigger words ("الاول/ اكتوبر 2016 الماضي").
_LEFT, _RIGHT = 24, 32
_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_WEEKDAY_AR = ["الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"]
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


class _M:
    __slots__ = ("val", "j", "start", "pl")

    def __init__(self, val, j, start, pl):
        self.val, self.j, self.start, self.pl = val, j, start, pl


class _Parser:
    def __init__(self, lex: _Lexicon, toks: list[tuple[str, int, int]]):
        self.lex = lex
        self.toks = toks
        self.n = len(toks)
        self.cache: dict[int, list] = {}
        self._rules = (
            (self.explicit, _STARTS_EXPLICIT), (self.ago, _STARTS_AGO),
            (self.weekday, _STARTS_WEEKDAY), (self.relative, _STARTS_RELATIVE),
            (self.period, _STARTS_PERIOD), (self.year, _STARTS_YEAR),
        )

    # -- lexical look-up -------------------------------------------------------------------
    def look(self, i: int) -> list:
        r = self.cache.get(i)
        if r is not None:
            return r
        res: list = []
        if i < self.n:
            lex, toks = self.lex, self.toks
            first, st, _ = toks[i]
            cands = lex.first_map.get(first)
            if cands is None:
                self.cache[i] = res
                return res
            for form, pl, maxn in cands:
                for n in range(min(maxn, self.n - i), 0, -1):
                    key = form if n == 1 else form + " " + " ".join(t[0] for t in toks[i + 1:i + n])
                    for cat, val in lex.entries.get(key, ()):
                        res.append((cat, _M(val, i + n, st + pl, pl)))
        self.cache[i] = res
        return res

    def get(self, i: int, cat: str, first: bool = False) -> _M | None:
        """The longest entry of category ``cat`` at token ``i`` (a clitic only when ``first``)."""
        for c, m in self.look(i):
            if c == cat and (first or m.pl == 0):
                return m
        return None

    def tok(self, i: int) -> str:
        return self.toks[i][0] if i < self.n else ""

    def is_(self, i: int, cat: str) -> bool:
        return i < self.n and self.toks[i][0] in self.lex.sets.get(cat, ())

    def end(self, j: int) -> int:
        return self.toks[j - 1][2]

    def bad_weekday(self, j: int) -> bool:
        return self.is_(j, "not_after_weekday")

    # -- grammar ---------------------------------------------------------------------------
    def parse_at(self, i: int) -> _Hit | None:
        cats = {c for c, _ in self.look(i)}
        t = self.toks[i][0]
        if t.isdigit() or t == "ال":
            cats.add("digit")
        for fn, starters in self._rules:
            if cats & starters:
                h = fn(i)
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
            start = start if start is not None else self.toks[j][1]
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
            d = self.get(p.j, "direction")
            if d is None:
                return None
            j = d.j
            f.update(month=None, year=None, direction=None, relmonth=d.val)
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


# ------------------------------------------------------------------------------------ resolution

def _result(s: str, h: _Hit, value=None, precision=None, low=None, high=None,
            reason=None, resolved=True) -> DateMention:
    return DateMention(h.start, h.end, s[h.start:h.end], value, precision, low, high, h.kind,
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
        out.append(DateMention(a, b, s[a:b], v, "day", v, v, "numeric", True, None))
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
        while a > 0 and not s[a - 1].isspace():
            a -= 1
        while b < n and not s[b].isspace():
            b += 1
        out.append((a, b))
    return out


def find_dates(s: str, published: dt.date | None) -> list[DateMention]:
    """Date expressions in normalised text ``s``, resolved against ``published`` when given."""
    if isinstance(published, dt.datetime):
        published = published.date()
    lex = load_lexicon()
    out: list[DateMention] = []
    starters = lex.starters
    for a, b in _segments(s, lex):
        toks = [(m.group(), m.start(), m.end()) for m in _TOK.finditer(s, a, b)]
        p = _Parser(lex, toks)
        i, n = 0, p.n
        while i < n:
            t = toks[i][0]
            if t not in starters and not t.isdigit() and t != "ال":
                i += 1
                continue
            h = p.parse_at(i)
            if h is None:
                i += 1
                continue
            out.append(_resolve(s, h, published))
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
