"""Arabic normalisation that keeps a map back to the original characters.

Every later stage works on the normalised text; every span it finds is mapped back through
``Normalized.to_original`` so evidence slices the article exactly as given.

What is folded:
- diacritics (harakat, shadda, sukun, dagger alef, Quranic marks) and tatweel: removed;
- alef variants أ إ آ ٱ -> ا, alef maqsura ى -> ي, ta marbuta ة -> ه, ؤ -> و, ئ -> ي;
- Arabic-Indic and Persian digits -> 0-9; Arabic comma/semicolon/question mark kept;
- curly quotes and guillemets -> ", curly apostrophes -> ';
- bidi marks, zero-width joiners, BOM: removed; exotic spaces -> space;
- presentation forms (ﻻ, isolated/final glyphs) -> their plain letters (NFKC), may expand.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
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
}
for _i in range(10):
    _REPLACE[chr(0x0660 + _i)] = str(_i)
    _REPLACE[chr(0x06F0 + _i)] = str(_i)

_TABLE = str.maketrans({**{c: None for c in _DELETE}, **_REPLACE})
_DELETE_RE = re.compile("[" + "".join(re.escape(c) for c in _DELETE) + "]+")
# Arabic presentation forms and other compatibility characters that NFKC expands.
_EXPAND_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def normalize(s: str) -> str:
    """The normalised form of a string (no offsets): for lexicon keys and comparisons."""
    if _EXPAND_RE.search(s):
        s = _EXPAND_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), s)
    return s.translate(_TABLE)


@dataclass(frozen=True)
class Normalized:
    """Normalised text and, for each of its characters, the index of its original character."""

    text: str
    source: str
    _map: array | None  # None: identity (nothing deleted or expanded)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to one of the original text."""
        if self._map is None:
            return start, end
        if end <= start:
            o = self._map[start] if start < len(self._map) else len(self.source)
            return o, o
        return self._map[start], self._map[end - 1] + 1

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the original text to the smallest normalised span covering it."""
        if self._map is None:
            return start, end
        from bisect import bisect_left

        return bisect_left(self._map, start), bisect_left(self._map, end)

    def original_index(self, i: int) -> int:
        if self._map is None:
            return i
        return self._map[i] if i < len(self._map) else len(self.source)


def normalize_with_offsets(source: str) -> Normalized:
    """Normalise ``source`` keeping, for every output character, where it came from."""
    if _EXPAND_RE.search(source):
        return _slow(source)
    out = source.translate(_TABLE)
    if len(out) == len(source):
        return Normalized(out, source, None)
    mapping = array("l")
    kept_from = 0
    for m in _DELETE_RE.finditer(source):
        mapping.extend(range(kept_from, m.start()))
        kept_from = m.end()
    mapping.extend(range(kept_from, len(source)))
    return Normalized(out, source, mapping)


def _slow(source: str) -> Normalized:
    parts: list[str] = []
    mapping = array("l")
    for i, ch in enumerate(source):
        if _EXPAND_RE.match(ch):
            rep = unicodedata.normalize("NFKC", ch).translate(_TABLE)
        else:
            rep = ch.translate(_TABLE)
        parts.append(rep)
        mapping.extend([i] * len(rep))
    return Normalized("".join(parts), source, mapping)
