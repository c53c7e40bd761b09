"""Arabic normalisation that keeps a map back to the original characters.

Every later stage works on the normalised text; every span it finds is mapped back through
``Normalized.to_original`` so evidence slices the article exactly as given.

What is folded:
- diacritics (harakat, shadda, sukun, dagger alef, Quranic marks) and tatweel: removed;
- alef variants أ إ آ ٱ -> ا, alef maqsura ى -> ي, ta marbuta ة -> ه, ؤ -> و, ئ -> ي;
- ئ before و as ؤ (-> و): the Egyptian spelling "مسئول"، "شئون" of "مسؤول"، "شؤون";
- Arabic-Indic and Persian digits -> 0-9; Arabic comma/semicolon/question mark kept;
- curly quotes and guillemets -> ", curly apostrophes -> '; a middle dot (·) -> . (a full stop);
- bidi marks, zero-width joiners, BOM: removed; exotic spaces -> space;
- presentation forms (ﻻ, isolated/final glyphs) -> their plain letters (NFKC), may expand;
- hashtags: # and _ -> space ("#قوات_النظام" reads as "قوات النظام");
- the conjunction و typed as a word of its own ("و قال"): joined to the next word.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

_DELETE = (
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\u061c", "\u00ad"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
_REPLACE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "`": "'",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\t": " ", "\r": " ", "\x0b": " ", "\x0c": " ",
    "ک": "ك", "ی": "ي", "ے": "ي",
    # Persian and Kurdish letters some outlets write in names ("حويجة صگر"، "ڤيينا"، "چمچمال"):
    # folded to the Arabic letter their names are spelled with elsewhere
    "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
    # a middle dot some outlets type for the full stop ("في العاصمة بغداد·واندلعت"، set 199)
    "\u00b7": ".",
}
for _i in range(10):
    _REPLACE[chr(0x0660 + _i)] = str(_i)
    _REPLACE[chr(0x06F0 + _i)] = str(_i)

_TABLE = str.maketrans({**{c: None for c in _DELETE}, **_REPLACE})
_DELETE_RE = re.compile("[" + "".join(re.escape(c) for c in _DELETE) + "]+")
# Arabic presentation forms and other compatibility characters that NFKC expands.
_EXPAND_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


# ئو is written for ؤو in Egyptian spelling ("مسئول"، "المسئولية"، "شئون"): both fold to وو
# (two characters for two, so offsets are kept); a word whose standard spelling has ئو
# ("يختبئون") folds the same in the lexicons and in the text
_REPLACE_ITEMS = (("ئو", "ؤو"),) + tuple(_REPLACE.items())
# hashtags ("#قوات_النظام"، "#شرق_حلب"): the # before an Arabic word and the _ between Arabic
# words become spaces (one character for one, so offsets are kept); elsewhere (enab_baladi) they stay
_HASHTAG_RE = re.compile(r"#(?=[ء-ي])|(?<=[ء-ي])_(?=[ء-ي])")


def _hashtags(s: str) -> str:
    return _HASHTAG_RE.sub(" ", s) if ("#" in s or "_" in s) else s


# below this length one regex scan is cheaper than the C-level tests of _deletable and _expandable
_SHORT = 200


def _deletable(s: str) -> list[str]:
    """The characters of ``_DELETE`` that occur in ``s``: a ``in`` test per character (a memchr
    scan) costs far less than one ``_DELETE_RE`` scan of a long text."""
    return [c for c in _DELETE if c in s]


def _expandable(s: str) -> bool:
    """True when ``s`` holds a character NFKC expands (``_EXPAND_RE``). Such a character is a
    UTF-16 code unit with high byte FB..FE, so a byte test on the high bytes rules most texts out
    at C speed; the regex decides the rest."""
    high = s.encode("utf-16-be", "surrogatepass")[0::2]
    if b"\xfb" in high or b"\xfc" in high or b"\xfd" in high or b"\xfe" in high:
        return _EXPAND_RE.search(s) is not None
    return False


def _fold(s: str, deletable: list[str] | None = None) -> str:
    """Deletions and one-to-one replacements. ``str.replace`` per character present is several
    times faster than ``str.translate`` with a table on non-Latin text. ``deletable``: the
    :func:`_deletable` characters of ``s`` when already known."""
    if deletable is None and len(s) < _SHORT:
        if _DELETE_RE.search(s):
            s = _DELETE_RE.sub("", s)
    else:
        for c in _deletable(s) if deletable is None else deletable:
            s = s.replace(c, "")
    for a, b in _REPLACE_ITEMS:
        if a in s:
            s = s.replace(a, b)
    return _hashtags(s)


def normalize(s: str) -> str:
    """The normalised form of a string (no offsets): for lexicon keys and comparisons."""
    if _EXPAND_RE.search(s) if len(s) < _SHORT else _expandable(s):
        s = _EXPAND_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), s)
    return _fold(s)


def one_line(name: str) -> str:
    """A name read from the original text as it is reported: a name broken over two lines by a
    hard-wrapped article ("محطة\nالمسعودي") on one, its spaces single (evidence keeps the text as
    written)."""
    return " ".join(name.split()) if "\n" in name else name


@dataclass(frozen=True)
class Normalized:
    """Normalised text and the way back to the original characters.

    Two representations of the map: ``_map`` (one original index per normalised character, used
    when characters were expanded) or, the common case, deletions only: ``_runs`` lists for each
    deleted run the normalised index it precedes and the total deleted up to and including it, so
    a lookup is a bisection and building costs nothing per character.
    """

    text: str
    source: str
    _map: array | None = None
    _runs: tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]] | None = None  # (nidx, cum, orig start)

    def original_index(self, i: int) -> int:
        """The original index of normalised character ``i`` (``len(text)`` maps past the end)."""
        if self._map is not None:
            return self._map[i] if i < len(self._map) else len(self.source)
        if self._runs is None:
            return i
        if i >= len(self.text):
            return len(self.source)
        nidx, cum, _ = self._runs
        k = bisect_right(nidx, i) - 1
        return i + (cum[k] if k >= 0 else 0)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to one of the original text."""
        if self._map is None:
            runs = self._runs
            if runs is None:
                return start, end
            if start < end <= len(self.text):
                # (the usual span, as :meth:`span_mapper` maps it: two bisections, no call of
                # original_index)
                nidx, cum, _ = runs
                j = bisect_right(nidx, start)
                k = bisect_right(nidx, end - 1)
                return (start + cum[j - 1] if j else start), (end + cum[k - 1] if k else end)
        if end <= start:
            o = self.original_index(start)
            return o, o
        return self.original_index(start), self.original_index(end - 1) + 1

    def span_mapper(self):
        """:meth:`to_original` for the many spans of one article: when the map is a list of
        deleted runs (the common case), a span inside the text maps by two bisections with no
        method call; any other span or map goes to :meth:`to_original` itself."""
        to_original = self.to_original
        if self._map is not None or self._runs is None:
            return to_original
        nidx, cum, _ = self._runs
        ntext = len(self.text)

        def mapped(ms: int, me: int) -> tuple[int, int]:
            if ms < me <= ntext:
                j = bisect_right(nidx, ms)
                k = bisect_right(nidx, me - 1)
                return (ms + cum[j - 1] if j else ms), (me + cum[k - 1] if k else me)
            return to_original(ms, me)
        return mapped

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the original text to the smallest normalised span covering it."""
        if self._map is not None:
            return bisect_left(self._map, start), bisect_left(self._map, end)
        if self._runs is None:
            return start, end
        return self._norm_index(start), self._norm_index(end)

    def _norm_index(self, o: int) -> int:
        nidx, cum, ostart = self._runs
        k = bisect_right(ostart, o) - 1
        if k < 0:
            return o
        run_end = ostart[k] + (cum[k] - (cum[k - 1] if k else 0))
        # inside a deleted run: the next kept character
        return nidx[k] if o < run_end else o - cum[k]


_TERMINAL = tuple('.!?؟:"\')]…')


def unwrap(text: str) -> str:
    """Join the hard-wrapped lines of an article copied with line breaks inside its sentences
    ("لقى 15 مدنياً حتفهم وأُصيب 23 آخرون، أمس" / "الأربعاء؛ جراء قصف …"): when most body lines
    (after the first line, the title) end with no sentence punctuation and run straight into the
    next line, those line breaks become spaces, one character for one (offsets are kept).
    Paragraphs (a blank line between) and lines that end a sentence keep their breaks; an article
    with its paragraphs on lines of their own is returned as it is."""
    if text.count("\n") < 4:
        return text
    lines = text.split("\n")
    first = next((k for k, ln in enumerate(lines) if ln.strip()), len(lines))
    joins = []
    runs = 0
    for k in range(first + 1, len(lines) - 1):
        ln = lines[k].rstrip()
        if not ln or not lines[k + 1].strip():
            continue
        runs += 1
        if not ln.endswith(_TERMINAL) and len(ln.split()) >= 3:
            joins.append(k)
    if len(joins) < 3 or len(joins) * 2 < runs:
        return text
    out = list(text)
    pos = 0
    starts = []
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    for k in joins:
        out[starts[k + 1] - 1] = " "
    return "".join(out)


# "اشتــ.باكات"، "قصــ.ف"، "النـ.ـاري": a dot set inside a stretched word (to slip past the
# filters of social networks) is no full stop; it goes with the tatweel next to it
_STRETCH_DOT_RE = re.compile("(?<=\u0640)\\.(?=\u0640?[\u0621-\u064a])|(?<=[\u0621-\u064a])\\.(?=\u0640)")


# "و الفردوس"، "و قال": the conjunction و typed as a word of its own (some outlets space it off)
# is a prefix of the word after it; the space goes, as a tatweel that normalisation deletes (one
# character for one before the deletion, so offsets map back to the original)
def _detached_wa(s: str) -> str:
    parts = None
    last = 0
    i = s.find("\u0648 ")     # (mostly a word's last letter: "نحو 20")
    while i >= 0:
        if (i == 0 or not ("\u0621" <= s[i - 1] <= "\u064a" or s[i - 1] == "\u0640")) \
                and "\u0621" <= s[i + 2:i + 3] <= "\u064a":
            if parts is None:
                parts = []
            parts += (s[last:i + 1], "\u0640")
            last = i + 2
        i = s.find("\u0648 ", i + 2)
    return s if parts is None else "".join(parts) + s[last:]


def _stretch_dots(s: str) -> str:
    if "\u0640." in s or ".\u0640" in s:
        return _STRETCH_DOT_RE.sub("\u0640", s)     # one character for one: offsets are kept
    return s


def normalize_with_offsets(source: str) -> Normalized:
    """Normalise ``source`` keeping, for every output character, where it came from."""
    original = source
    source = _detached_wa(_stretch_dots(source))
    if _expandable(source):
        return _slow(source, original)
    deletable = _deletable(source)
    out = _fold(source, deletable)
    if len(out) == len(source):
        return Normalized(out, original)
    # the maximal runs of deleted characters (the _DELETE_RE matches), from their positions
    nidx, cum, ostart = [], [], []
    deleted = 0
    a = b = -1
    for i in char_positions(source, "".join(deletable)):
        if i != b:
            if b > a:
                nidx.append(a - deleted)
                deleted += b - a
                cum.append(deleted)
                ostart.append(a)
            a = i
        b = i + 1
    if b > a:
        nidx.append(a - deleted)
        deleted += b - a
        cum.append(deleted)
        ostart.append(a)
    return Normalized(out, original, None, (tuple(nidx), tuple(cum), tuple(ostart)))


def char_positions(text: str, chars: str, limit: int | None = None) -> list[int] | None:
    """The sorted positions of any of ``chars`` in ``text``: ``str.find`` per character, a step
    per occurrence (much cheaper than a regex character class over a whole article). With
    ``limit``: None as soon as there are more positions than that."""
    out: list[int] = []
    add = out.append
    find = text.find
    for ch in chars:
        i = find(ch)
        while i >= 0:
            if limit is not None and len(out) > limit:
                return None
            add(i)
            i = find(ch, i + 1)
    if len(chars) > 1:
        out.sort()
    return out


def _slow(source: str, original: str) -> Normalized:
    """The path for a text holding characters NFKC expands: those characters one by one, the
    runs between them a run at a time (a long article with one ligature stays cheap)."""
    parts: list[str] = []
    mapping = array("l")
    last = 0
    for m in _EXPAND_RE.finditer(source):
        i = m.start()
        if i > last:
            _plain_run(source, last, i, parts, mapping)
        rep = unicodedata.normalize("NFKC", m.group()).translate(_TABLE)
        parts.append(rep)
        mapping.extend([i] * len(rep))
        last = i + 1
    if last < len(source):
        _plain_run(source, last, len(source), parts, mapping)
    return Normalized(_hashtags("".join(parts)), original, mapping)


def _plain_run(source: str, a: int, b: int, parts: list[str], mapping: array) -> None:
    """``source[a:b]``, which holds no expandable character: folded, and every kept character
    mapped to its position (the table only deletes or replaces one for one)."""
    run = source[a:b]
    parts.append(run.translate(_TABLE))
    k = a
    for d in char_positions(run, "".join(_deletable(run))):
        mapping.extend(range(k, a + d))
        k = a + d + 1
    mapping.extend(range(k, b))
