"""Page furniture: the lines of a news page that are not the article.

Articles arrive "as a news site serves them": image captions, share bars, breadcrumbs, related
article lists, "المصدر : الجزيرة + وكالات", a lone byline "جيرون", comment-section headers,
timestamps. :func:`find_furniture` finds them line by line (patterns are data:
``rasd/data/furniture.tsv``; outlet names: ``rasd/data/outlets.tsv``) and :func:`blank` replaces
them by spaces so later stages never read them while every offset stays valid.

Only whole lines are ever marked, and a line that reads as a body sentence (ends with a full stop,
or is long) is never a caption, a block item or a duplicate of a shorter kind, so an article
sentence that mentions الجزيرة or a casualty figure is never blanked.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from .lexicon import load_table
from .normalize import normalize

__all__ = ["Furniture", "find_furniture", "blank", "outlet_id", "outlet_info", "OutletInfo"]


@dataclass
class Furniture:
    spans: list[tuple[int, int, str]]   # (start, end, label) into the text as given
    outlet: str | None                  # canonical id from outlets.tsv ('aljazeera', 'jeroun')
    outlet_name: str | None             # as written ('الجزيرة')
    agencies: list[str]                 # as written (['وكالات'])
    title: tuple[int, int] | None       # the title line span (not blanked)
    published: _dt.date | None = None   # from a timestamp line ("آخر تحديث : 2016/8/9 ..."), if any
    bylines: list[str] = field(default_factory=list)  # byline / author lines as written
    # the outlet named by a dateline opening the body ("محافظة ادلب- المرصد السوري لحقوق
    # الانسان::"), or a monitor's name alone heading the page: (outlet id, start, end) of its
    # name in the text as given
    dateline: tuple[str, int, int] | None = None


@dataclass(frozen=True)
class OutletInfo:
    id: str
    alignment: str
    country: str


# --------------------------------------------------------------------------- data loading

_WS = re.compile(r"\s+")
_STRIP = " \t\"'()[]{}<>«»“”.:：،,;؛-–—_|*•·"


def _fold(s: str) -> str:
    """normalize + whitespace folding + lower case: the form every pattern is matched on."""
    return _WS.sub(" ", normalize(s)).strip().lower()


@dataclass(frozen=True)
class _Outlets:
    by_name: dict            # folded name -> id
    info: dict               # id -> OutletInfo
    domains: dict            # domain -> id
    max_words: int


@lru_cache(maxsize=1)
def _outlets() -> _Outlets:
    by_name: dict[str, str] = {}
    info: dict[str, OutletInfo] = {}
    domains: dict[str, str] = {}
    max_words = 1
    for row in load_table("outlets.tsv"):
        oid, name = row.get("id", ""), row.get("name", "")
        if not oid or not name:
            continue
        info.setdefault(oid, OutletInfo(oid, row.get("alignment", ""), row.get("country", "")))
        key = _fold(name).strip(_STRIP)
        if re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", key):
            domains[key] = oid
            continue
        by_name.setdefault(key, oid)
        max_words = max(max_words, len(key.split()))
    return _Outlets(by_name, info, domains, max_words)


_OUTLET_PREFIXES = ("قناه ", "وكاله ", "موقع ", "صحيفه ", "جريده ", "شبكه ", "تلفزيون ", "اذاعه ",
                    "راديو ", "مجله ", "وكاله انباء ")


@lru_cache(maxsize=4096)
def outlet_id(name: str | None) -> str | None:
    """The canonical outlet id for a name as written ('الجزيرة نت' -> 'aljazeera'), an id
    ('aljazeera'), or a URL / host ('https://www.aljazeera.net/news/...'); None if unknown."""
    if not name:
        return None
    o = _outlets()
    raw = name.strip()
    if "/" in raw or re.fullmatch(r"(?i)[a-z0-9.-]+\.[a-z]{2,}", raw):
        host = re.sub(r"(?i)^[a-z]+://", "", raw).split("/", 1)[0].split(":", 1)[0].lower()
        parts = host.split(".")
        for i in range(len(parts) - 1):
            d = ".".join(parts[i:])
            if d in o.domains:
                return o.domains[d]
        if "://" in raw:
            return None
    key = _fold(raw).strip(_STRIP)
    if key in o.by_name:
        return o.by_name[key]
    if key in o.info:
        return key
    for p in _OUTLET_PREFIXES:
        if key.startswith(p) and key[len(p):] in o.by_name:
            return o.by_name[key[len(p):]]
    return None


def outlet_info(oid: str | None) -> OutletInfo | None:
    """id -> (id, alignment, country) from outlets.tsv."""
    return _outlets().info.get(oid) if oid else None


def _alts(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@dataclass(frozen=True)
class _Patterns:
    line: re.Pattern           # named groups: one per label
    block: re.Pattern | None   # groups b_<label> / t_<label>
    words: list                # [(label, compiled)]
    source: re.Pattern
    credit: re.Pattern
    agency: frozenset
    attrib: re.Pattern


def _group(label: str) -> str:
    return re.sub(r"\W", "_", label)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    rows = load_table("furniture.tsv")
    by_kind: dict[str, dict[str, list[str]]] = {}
    for row in rows:
        kind, label, pat = row.get("kind", ""), row.get("label", ""), row.get("pattern", "")
        if not kind or not pat:
            continue
        # patterns are written in plain Arabic; fold them like the text (regex syntax survives)
        by_kind.setdefault(kind, {}).setdefault(label, []).append(normalize(pat))
    flags = re.IGNORECASE

    line_pats: dict[str, list[str]] = {}
    for kind in ("line", "byline"):
        for label, pats in by_kind.get(kind, {}).items():
            line_pats.setdefault(label, []).extend(pats)
    line_groups = [f"(?P<{_group(label)}>{_alts(pats)})" for label, pats in line_pats.items()]
    line_re = re.compile("|".join(line_groups) or r"(?!)", flags)

    block_groups = []
    for kind, pre in (("block", "b_"), ("tail", "t_")):
        for label, pats in by_kind.get(kind, {}).items():
            block_groups.append(f"(?P<{pre}{_group(label)}>{_alts(pats)})")
    block_re = re.compile("|".join(block_groups), flags) if block_groups else None

    sep = r"[\s|/\\>»›·•\-–—،,:؛]"
    words = []
    for label, phrases in by_kind.get("words", {}).items():
        alts = "|".join(re.escape(_fold(p)) for p in sorted(phrases, key=len, reverse=True))
        # whole phrases only, separated by spaces or separators
        words.append((label, re.compile(rf"(?:{sep}*(?:{alts})(?!\w))+{sep}*", flags)))

    src = [p for pats in by_kind.get("source", {}).values() for p in pats] or [r"(?!)"]
    source_re = re.compile(rf"(?P<marker>{_alts(src)})\s*(?P<sep>[:：\-–]?)\s*(?P<rest>.*)", flags)
    cred = [p for pats in by_kind.get("credit", {}).values() for p in pats] or [r"(?!)"]
    credit_re = re.compile(_alts(cred), flags)
    agencies = [_fold(p) for pats in by_kind.get("agency", {}).values() for p in pats]
    att = [p for pats in by_kind.get("attrib", {}).values() for p in pats] or [r"(?!)"]
    attrib_re = re.compile(_alts(att), flags)
    return _Patterns(line_re, block_re, words, source_re, credit_re, frozenset(agencies),
                     attrib_re)


# --------------------------------------------------------------------------- line analysis

_SENT_END = set(".!?؟:؛۔\"”»")
_DOTS = re.compile(r"(?:\.{2,}|…)\s*$")
_SPLIT_PARTS = re.compile(r"\s*(?:\+|،|,|/|&|\||\s-\s|\s–\s|\s—\s)\s*")
_DASH_SPLIT = re.compile(r"\s*[-–—|]\s*")
_BYLINE_SPLIT = re.compile(r"\s*[-–—|/،]\s*")
_DIGIT = re.compile(r"\d")
_CREDIT_SPLIT = re.compile(r"\s*[-–—/،,|+]\s*|\s+و(?=ال)")
_DASH_CREDIT = re.compile(r"\s[-–—|]\s*([^-–—|]{2,40})$")
_DATE_YMD = re.compile(r"(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})")
_DATE_DMY = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")

MAX_LINE_WORDS = 30      # furniture lines are short; longer lines are body text
MAX_LINE_CHARS = 600
CAPTION_MAX_WORDS = 30
SENTENCE_MAX_WORDS = 14  # a line ending with a full stop and longer than this is never furniture
BODY_MIN_WORDS = 25      # a line this long is a body paragraph whatever its punctuation


class _Line:
    __slots__ = ("start", "end", "raw", "_f", "words", "sentence", "dots", "body")

    def __init__(self, start: int, end: int, raw: str):
        self.start, self.end, self.raw = start, end, raw
        self._f = None
        # word count: spaces + 1 is enough for the thresholds used here (and much cheaper)
        self.words = words = (raw.count(" ") + 1) if raw else 0
        self.dots = raw.endswith(("..", "…"))
        self.sentence = sentence = bool(raw) and raw[-1] in _SENT_END and not self.dots
        # a body paragraph: a sentence of some length, or any long line (read for every line by
        # several passes, so computed once here)
        self.body = (sentence and words >= 8) or words >= BODY_MIN_WORDS

    @property
    def f(self) -> str:
        """The folded line (computed on demand: long body lines never need it)."""
        if self._f is None:
            self._f = _fold(self.raw) if self.raw else ""
        return self._f


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for seg in text.split("\n"):
        stripped = seg.strip()
        if stripped:
            s = pos + len(seg) - len(seg.lstrip())
            out.append(_Line(s, s + len(stripped), stripped))
        else:
            out.append(_Line(pos, pos, ""))
        pos += len(seg) + 1
    return out


@lru_cache(maxsize=4096)
def _is_credit(s: str) -> bool:
    """A credit such as 'ناشطون', 'رويترز', 'الجزيرة-أرشيف', 'مركز حلب الإعلامي' (folded)."""
    s = s.strip(_STRIP)
    if not s:
        return False
    parts = [p.strip(_STRIP) for p in _CREDIT_SPLIT.split(s)]
    parts = [p for p in parts if p]
    if not parts:
        return False
    P = _patterns()
    for p in parts:
        if outlet_id(p) or P.credit.fullmatch(p) or p in P.agency:
            continue
        return False
    return True


def _caption(ln: _Line) -> bool:
    """A photo caption: a short non-sentence line ending with a credit."""
    if ln.sentence or ln.words > CAPTION_MAX_WORDS or ". " in ln.f:
        return False
    f = ln.f
    if f.endswith(")"):
        i = f.rfind("(")
        if i != -1 and _is_credit(f[i + 1:-1]):
            return True
    m = _DASH_CREDIT.search(f)
    if m and ln.words >= 3 and _is_credit(m.group(1)):
        return True
    words = f.split()
    P = _patterns()
    for k in range(min(5, len(words) - 2), 1, -1):       # credit of 2..5 words closing the line
        tail = " ".join(words[-k:])
        if _is_credit(tail) and not P.attrib.fullmatch(words[-k - 1]):
            return True
    return False


def _known_place(f: str) -> bool:
    """A folded name the gazetteer knows ('اسطنبول', 'دمشق')."""
    from .gazetteer import load_gazetteer      # lazy: only a dashed short line asks
    return bool(load_gazetteer().lookup(f))


def _byline_outlet(ln: _Line, *, top: bool = False) -> tuple[str, str] | None:
    """'جيرون' / 'دمشق - سانا' / 'عنب بلدي – إدلب' / 'راديو فلان / اسطنبول' alone on a line:
    (outlet id, name as written); the id is '' for an outlet not in outlets.tsv written next to
    a known place (the filing city). ``top``: the line opens the page (where the title would be):
    only the dashed "place – known outlet" form counts there."""
    if ln.words > 6 or _DIGIT.search(ln.f) or ln.sentence and not ln.f.endswith((":", ".")):
        return None
    if ln.f.startswith("(") and ln.f.endswith(")"):
        return None
    if not top:
        oid = outlet_id(ln.f)
        if oid:
            return oid, ln.raw.strip(_STRIP)
    parts = _BYLINE_SPLIT.split(ln.f.strip(_STRIP))
    if len(parts) == 2 and all(parts):
        raw_parts = _BYLINE_SPLIT.split(ln.raw.strip(_STRIP))
        for i, p in enumerate(parts):
            other = parts[1 - i]
            oid = outlet_id(p)
            if oid and len(other.split()) <= 3 and (not top or _known_place(other)):
                name = raw_parts[i] if len(raw_parts) == 2 else p
                return oid, name.strip(_STRIP)
        if top:
            return None
        # "CITY – NAME" / "NAME / CITY": a known place and a short name (an outlet not listed)
        for i, p in enumerate(parts):
            other = parts[1 - i]
            if (len(other.split()) <= 3 and len(p.split()) <= 2 and not outlet_id(other)
                    and _known_place(p) and not _known_place(other)):
                name = raw_parts[1 - i] if len(raw_parts) == 2 else other
                return "", name.strip(_STRIP)
    return None


_DATELINE = re.compile(r"([^-–—/:\n]{2,40}?)\s*[-–—/]\s*(.{2,60})")
# what closes a dateline after its place: the outlet in brackets, then a dash or a colon ("بيروت
# (رويترز) -"), maybe after the place's country ("دبي، الإمارات العربية المتحدة (CNN)-")
DATELINE_CLOSE = re.compile(r"\s*\([^()\n]{1,30}\)\s*[-–—:]")
DATELINE_TAIL = re.compile(r"(?:\s*[،,][^،,\n()]{2,40})?" + DATELINE_CLOSE.pattern)


def _dateline(raw: str) -> tuple[str, str] | None:
    """'حلب-سانا استشهد 3 مدنيين' -> ('sana', 'سانا'): a place, a dash, an outlet, at the start
    of a paragraph (either order: 'عنب بلدي - إدلب: ...')."""
    head = raw[:100]
    # the pattern needs a dash or a slash: most paragraphs have none near their start
    if "-" not in head and "/" not in head and "–" not in head and "—" not in head:
        return None
    m = _DATELINE.match(head)
    if not m:
        return None
    left, right = m.group(1).strip(_STRIP), m.group(2)
    if not left or len(left.split()) > 3 or _DIGIT.search(left):
        return None
    words = right.split()
    for k in range(min(4, len(words)), 0, -1):
        cand = " ".join(words[:k]).strip(_STRIP)
        oid = outlet_id(cand) if cand else None
        if oid:
            return oid, cand
    oid = outlet_id(left)
    if oid and len(right.split(":", 1)[0].split()) <= 3 and ":" in right[:40]:
        return oid, left
    return None


def _monitor_heading(ln: _Line) -> tuple[str, int, int] | None:
    """A monitor's name alone heading the page ("المرصد السوري لحقوق الانسان" above the text of
    its release, as sites that republish its reports print it): the release's dateline, (outlet
    id, start, end); None for any other first line."""
    if ln.words > 6 or ln.sentence:
        return None
    oid = outlet_id(ln.f)
    info = outlet_info(oid) if oid else None
    if info is None or info.alignment != "monitor":
        return None
    return oid, ln.start, ln.end


def _source_line(ln: _Line):
    """'المصدر : الجزيرة + وكالات' -> (outlets [(id, written)], agencies [written]) or None."""
    if ln.words > 10:
        return None
    P = _patterns()
    m = P.source.fullmatch(ln.f)
    if not m:
        return None
    rest = m.group("rest").strip(_STRIP)
    if not rest:
        return [], []
    if len(rest.split()) > 6 or _DIGIT.search(rest):
        return None
    # the same value as written: cut the marker off the original line
    raw = ln.raw
    ci = min([i for i in (raw.find(":"), raw.find("：")) if i != -1], default=-1)
    if ci != -1:
        raw_rest = raw[ci + 1:]
    else:
        raw_rest = " ".join(raw.split()[len(m.group("marker").split()):])
    parts = [p.strip(_STRIP) for p in _SPLIT_PARTS.split(rest)]
    raw_parts = [p.strip(_STRIP) for p in _SPLIT_PARTS.split(raw_rest.strip())]
    if len(raw_parts) != len(parts):
        raw_parts = parts
    outlets, agencies = [], []
    known = 0
    for p, rp in zip(parts, raw_parts):
        if not p:
            continue
        oid = outlet_id(p)
        if not oid and p.startswith("و") and (outlet_id(p[1:]) or p[1:] in P.agency):
            p, rp = p[1:], rp[1:]
            oid = outlet_id(p)
        if oid:
            known += 1
            info = outlet_info(oid)
            if info and info.alignment == "international_agency":
                agencies.append(rp)
            else:
                outlets.append((oid, rp))
        else:
            if p in P.agency or P.credit.fullmatch(p):
                known += 1
            elif len(p.split()) > 3:    # not a name: "المصادر: النظام يستعيد السيطرة على..."
                return None
            agencies.append(rp)
    if not m.group("sep") and known < len([p for p in parts if p]):
        return None
    return outlets, agencies


@lru_cache(maxsize=1)
def _month_date_re():
    """'6 كانون الأول 2016', '9 أغسطس/آب 2016': day, month name (rasd/data/months.tsv), year."""
    from .lexicon import data_path

    months: dict[str, int] = {}
    try:
        with open(data_path("months.tsv"), encoding="utf-8-sig") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 2 and cols[1].strip().isdigit():
                    months.setdefault(_fold(cols[0]), int(cols[1]))
    except OSError:
        return None, {}
    if not months:
        return None, {}
    alts = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    rx = re.compile(rf"(?<!\d)(\d{{1,2}})\s*({alts})(?:\s*[/-]\s*(?:{alts}))?\s*[،,]?\s*(\d{{4}})")
    return rx, months


def _published(f: str) -> _dt.date | None:
    """The date of a timestamp line (folded): numeric Y/M/D or D/M/Y, or day + month name."""
    for rx, order in ((_DATE_YMD, (0, 1, 2)), (_DATE_DMY, (2, 1, 0))):
        m = rx.search(f)
        if m:
            g = m.groups()
            try:
                return _dt.date(int(g[order[0]]), int(g[order[1]]), int(g[order[2]]))
            except ValueError:
                return None
    rx, months = _month_date_re()
    m = rx.search(f) if rx else None
    if m:
        try:
            return _dt.date(int(m.group(3)), months[m.group(2)], int(m.group(1)))
        except (ValueError, KeyError):
            return None
    return None


# --------------------------------------------------------------------------- main entry

def find_furniture(text: str) -> Furniture:
    """The page furniture of one article text (spans are whole lines, stripped of edge space)."""
    P = _patterns()
    lines = _lines(text)
    n = len(lines)
    label: list[str | None] = [None] * n
    outlets: list[tuple[str, str]] = []
    agencies: list[str] = []
    bylines: list[tuple[str, str]] = []
    published = None
    half = len(text) / 2

    # the title: the first non-empty line that is not plainly furniture
    title_i = None
    # bylines live above the first or below the last paragraph (a mid-article line "الحدث" or
    # "الشرقية" is a subheading, not the outlet)
    bodies = [i for i, ln in enumerate(lines) if ln.raw and ln.body]
    first_body, last_body = (bodies[0], bodies[-1]) if bodies else (n, -1)

    i = 0
    while i < n:
        ln = lines[i]
        if not ln.raw:
            i += 1
            continue
        lab = None
        # a full sentence of some length is article text: no pattern is tried on it
        if (ln.words <= MAX_LINE_WORDS and len(ln.raw) <= MAX_LINE_CHARS
                and not (ln.sentence and ln.words > SENTENCE_MAX_WORDS)):
            # block headers (related lists, tags, comment sections)
            if P.block is not None and ln.words <= 8:
                m = P.block.fullmatch(ln.f)
                if m:
                    g = m.lastgroup or ""
                    blab = g[2:]
                    label[i] = blab
                    if g.startswith("t_") and ln.start >= half:
                        for k in range(i + 1, n):
                            if lines[k].raw:
                                label[k] = blab
                        break
                    k = i + 1
                    if title_i is None:      # a box above the title: the title is not in it
                        i = k
                        continue
                    while k < n and (not lines[k].raw or not lines[k].body):
                        if lines[k].raw and label[k] is None:
                            label[k] = blab
                        k += 1
                    i = k
                    continue
            src = _source_line(ln)
            if src is not None:
                lab = "source_line"
                outlets.extend(src[0])
                agencies.extend(src[1])
            else:
                m = P.line.fullmatch(ln.f)
                if m:
                    lab = m.lastgroup
                    if lab == "timestamp" and published is None:
                        published = _published(ln.f)
                    elif lab == "byline":
                        bylines.append(("", ln.raw))
                elif ln.words <= 12 and any(rx.fullmatch(ln.f) for _, rx in P.words):
                    lab = next(lb for lb, rx in P.words if rx.fullmatch(ln.f))
                else:
                    bo = (_byline_outlet(ln, top=title_i is None)
                          if i < first_body or i > last_body else None)
                    if bo:
                        lab = "byline"
                        bylines.append(bo)
                    elif title_i is not None and _caption(ln):
                        lab = "caption"
        if title_i is None and lab not in ("breadcrumb", "share", "timestamp", "copyright",
                                           "ad", "follow", "byline"):
            title_i = i
            lab = None
        label[i] = lab or label[i]
        i += 1

    # repeated lines: a teaser "…" or caption repeating the body, a scraped paragraph twice
    _mark_duplicates(lines, label, title_i)
    # a short verbless line under the title or between paragraphs whose words the body repeats:
    # an image caption ("انفجار عبوة ناسفة في بغداد", "تفجير الحزام الأمني")
    _summary_captions(lines, label, title_i)

    # a short non-sentence line glued to a caption/teaser is part of it (photo title + caption)
    spread = []
    for i, ln in enumerate(lines):
        if label[i] in ("caption", "teaser"):
            for j in (i - 1, i + 1):
                if 0 <= j < n and j != title_i and label[j] is None:
                    lj = lines[j]
                    if lj.raw and not lj.sentence and lj.words <= 15 and ". " not in lj.f:
                        spread.append(j)
    for j in spread:
        label[j] = "caption"

    spans = [(lines[i].start, lines[i].end, label[i]) for i in range(n) if label[i] and lines[i].raw]

    outlet = outlet_name = dateline = None
    if outlets:
        outlet, outlet_name = outlets[0]
    else:
        for oid, name in bylines:
            if oid:
                outlet, outlet_name = oid, name
                break
    if outlet is None:
        # a dateline opening the first paragraph: "حلب-سانا استشهد ...", "إدلب - الأناضول: ..."
        seen = 0
        for i, ln in enumerate(lines):
            if i == title_i or not ln.raw or label[i]:
                continue
            dl = _dateline(ln.raw)
            if dl:
                info = outlet_info(dl[0])
                if info and info.alignment == "international_agency":
                    if dl[1] not in agencies:
                        agencies.append(dl[1])
                else:
                    outlet, outlet_name = dl
                at = ln.raw.find(dl[1])
                if at >= 0:
                    dateline = (dl[0], ln.start + at, ln.start + at + len(dl[1]))
                break
            seen += 1
            if seen >= 2:
                break
    if dateline is None and title_i is not None:
        dateline = _monitor_heading(lines[title_i])
    title = (lines[title_i].start, lines[title_i].end) if title_i is not None else None
    return Furniture(spans, outlet, outlet_name, agencies, title, published,
                     [b[1] for b in bylines], dateline)


SUMMARY_CAPTION_MAX_WORDS = 8
_CLITIC_RE = re.compile(r"^(?:[وف]?(?:[بلك]?ال|لل|[بلك])|[وف])(?=[\u0621-\u064a]{3})")
_AR_WORD = re.compile(r"[\u0621-\u064a]+")


def _has_verb(f: str) -> bool:
    """A rough test for a finite verb in a short folded line: a word in the present tense of
    the third person ("يشن", "ويتقدمون") or a first word in the past with a feminine or plural
    ending ("قتلت", "شنوا"). Captions and headlines-as-labels are noun phrases."""
    words = _AR_WORD.findall(f)
    for k, w in enumerate(words):
        if w[:1] in "وف" and len(w) > 3:
            w = w[1:]
        if w.startswith("ي") and len(w) >= 3 and w not in ("يوم", "يوما", "يومين", "يومان"):
            return True
        if k == 0 and not w.startswith("ال") and (w.endswith("وا") or (w.endswith("ت") and not w.endswith("ات"))):
            return True
    return False


_STEM_CACHE: dict[str, str] = {}


def _stem_word(w: str) -> str:
    """A word without its glued clitics and article ('' when too short to be a content word);
    cached: news vocabulary repeats."""
    got = _STEM_CACHE.get(w)
    if got is None:
        got = _CLITIC_RE.sub("", w)
        if len(got) >= 4 and got.endswith("ا"):
            got = got[:-1]          # the alef of the accusative tanween: "أضرارا" = "أضرار"
        if len(got) < 3:
            got = ""
        if len(_STEM_CACHE) > 100_000:
            _STEM_CACHE.clear()
        _STEM_CACHE[w] = got
    return got


def _stems(s: str) -> list[str]:
    """Content words of folded text with their glued clitics and article removed."""
    return [x for x in map(_stem_word, _AR_WORD.findall(s)) if x]


def _summary_captions(lines: list[_Line], label: list, title_i: int | None) -> None:
    """Caption lines with no credit: a short line that is no sentence (no full stop, no colon,
    at most SUMMARY_CAPTION_MAX_WORDS words), standing right under the title or alone between two
    body paragraphs, every content word of which the article body repeats. Only a line that adds
    nothing to the body is blanked."""
    if title_i is None:
        return
    n = len(lines)
    cands = []
    prev_body = None           # the last non-empty line was a body paragraph
    first_after_title = True
    for i in range(title_i + 1, n):
        ln = lines[i]
        if not ln.raw:
            continue
        after_title, first_after_title = first_after_title, False
        if label[i] is not None:
            prev_body = False
            continue
        short = (not ln.sentence and 2 <= ln.words <= SUMMARY_CAPTION_MAX_WORDS
                 and not ln.raw.rstrip().endswith((":", "：")) and _DIGIT.search(ln.raw) is None)
        if short and (after_title or prev_body):
            cands.append(i)
        prev_body = ln.body
    if not cands:
        return
    body = None                # the words of the body paragraphs, read once (linear)
    for i in cands:
        if not _before_body(lines, label, i) or _has_verb(lines[i].f):
            continue
        stems = _stems(lines[i].f)
        if len(stems) < 2:
            continue
        if body is None:
            body = set()
            for k in range(title_i + 1, n):
                if lines[k].raw and label[k] is None and lines[k].body:
                    body.update(_stems(lines[k].f))
        if all(w in body for w in stems):
            label[i] = "caption"


def _before_body(lines: list[_Line], label: list, i: int) -> bool:
    """Whether a body paragraph follows line ``i`` (its next non-empty line; empty lines are
    skipped, at most a few)."""
    for k in range(i + 1, min(len(lines), i + 6)):
        if lines[k].raw:
            return label[k] is None and lines[k].body
    return False


DUP_SEARCH_MAX_WORDS = 40   # only lines up to this long are searched for inside other lines
DUP_SEARCH_MAX_LINES = 300  # ... and at most this many per text (keeps the pass linear)


def _mark_duplicates(lines: list[_Line], label: list, title_i: int | None) -> None:
    """A line repeated verbatim (a paragraph scraped twice: the later copy), or a short line
    found inside a longer one (a teaser "…" or a caption repeating the body: the short one)."""
    # raw text, whitespace folded: scraped repeats are verbatim copies
    cores = []
    for ln in lines:
        c = ln.raw
        if c:
            # a line whose only whitespace is single spaces is already folded (isprintable()
            # excludes every whitespace character but the space): no split/join of every paragraph
            if not (c.isprintable() and "  " not in c):
                c = " ".join(c.split())
            if ln.dots:
                c = _DOTS.sub("", c)
            c = c.rstrip(_STRIP)
        cores.append(c)
    joined = None
    starts: list[int] = []
    first: dict[str, int] = {}
    searched = 0
    for i, ln in enumerate(lines):
        core = cores[i]
        if not core:
            continue
        j = first.setdefault(core, i)
        if i == title_i or label[i] is not None or ln.words < (6 if ln.sentence else 4):
            continue
        if j != i:
            label[i] = "teaser" if ln.dots else "duplicate"
            continue
        if ln.words > DUP_SEARCH_MAX_WORDS or searched >= DUP_SEARCH_MAX_LINES:
            continue
        searched += 1
        if joined is None:  # built on the first search only
            joined = "\n".join(cores)
            starts = [0]  # starts[k]: where line k's core begins in joined (and one past the end)
            starts.extend(accumulate(len(c) + 1 for c in cores))
        own = starts[i]
        p = joined.find(core)
        for _ in range(20):
            if p == -1:
                break
            if p != own:
                j = bisect.bisect_right(starts, p) - 1
                if j != i and len(cores[j]) > len(core):
                    label[i] = "teaser" if ln.dots else "duplicate"
                    break
            p = joined.find(core, p + 1)


def blank(text: str, spans) -> str:
    """``text`` with every span replaced by spaces (newlines kept): same length, same offsets."""
    if not spans:
        return text
    out = []
    pos = 0
    for sp in sorted((max(0, sp[0]), min(sp[1], len(text))) for sp in spans):
        s, e = sp
        if e <= pos:
            continue
        s = max(s, pos)
        out.append(text[pos:s])
        out.append(_SPACE_RE.sub(" ", text[s:e]))
        pos = e
    out.append(text[pos:])
    return "".join(out)


_SPACE_RE = re.compile(r"[^\n\r]")
