"""Clitic prefixes: و ف (conjunctions), ب ل ك (prepositions), ال (article), and their combinations.

Splitting never breaks a name: a word is split only when what remains is long enough and the
whole word is not a known word that merely begins with a clitic letter (حلب، ليبيا، بغداد …:
``data/clitic_exceptions.txt``). Matchers ask the other way round: "may these letters before a
match be a clitic prefix?" (``is_prefix``), so a gazetteer name is found in بحلب and وحلب but
never inside another word.
"""
from __future__ import annotations

from functools import cache
from operator import itemgetter

from .gazetteer import country_words
from .lexicon import load_words

CONJ = ("", "و", "ف")
PREP = ("", "ب", "ل", "ك")
ART = ("", "ال")


def _prefixes() -> frozenset[str]:
    out = set()
    for c in CONJ:
        for p in PREP:
            for a in ART:
                pre = c + p + a
                if p == "ل" and a == "ال":
                    pre = c + "لل"  # ل + ال is written لل
                out.add(pre)
    # future/verbal prefix is not a nominal clitic; keep nominal ones only
    return frozenset(x for x in out if x)


PREFIXES = _prefixes()
# prefixes that may stand before a name that itself begins with ال (وال + ال is impossible)
PREFIXES_NO_ART = frozenset(p for p in PREFIXES if not p.endswith("ال") and not p.endswith("لل"))


_FIRST = frozenset(p[0] for p in PREFIXES)


def is_prefix(letters: str) -> bool:
    """True when ``letters`` (normalised) is a clitic prefix sequence or empty."""
    return not letters or letters in PREFIXES


@cache
def exceptions() -> frozenset[str]:
    """Whole words that only look as if they began with a clitic (حلب، ليبيا، وسائل): the list
    of ``data/clitic_exceptions.txt`` and the words that name a country and begin with a clitic
    letter (:func:`rasd.gazetteer.country_words`: بوركينا، كينيا، كاميروني، فلسطينيون, and with a
    tanwin alef: باكستانيا), which would otherwise lose their first letter (ب+وركينا) and name no
    country. Their forms with the article added are left to the split (الكينية = ال + كينية)."""
    forms = country_words()
    return frozenset(load_words("clitic_exceptions.txt")) | frozenset(
        f for f in forms if f[0] in _FIRST and not (f.startswith("ال") and f[2:] in forms))


_CACHE: dict[str, tuple[str, str]] = {}
_CACHE_MAX = 200_000


@cache
def short_stems() -> frozenset[str]:
    """Two-letter words a bare clitic letter may stand before (وفي = و + في)."""
    return frozenset(load_words("clitic_short_stems.txt"))


def split(word: str) -> tuple[str, str]:
    """Cached :func:`split_word` (news vocabulary repeats: most words are seen before)."""
    r = _CACHE.get(word)
    if r is None:
        r = split_word(word)
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        _CACHE[word] = r
    return r


# the clitic split of every word met, as two columns (word -> prefix, word -> stem), so that a
# text's words are looked up at C level, with no Python step and no tuple per word
_PREFIX: dict[str, str] = {}
_STEM: dict[str, str] = {}


def split_columns(words: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The prefixes and the stems (:func:`split`) of ``words``, as two tuples in word order.

    Every answer is a C-level dictionary lookup (one ``itemgetter`` over all the words); the
    words not seen before (when a lookup fails, a set difference finds them) are split once and
    kept for the next call."""
    if len(words) > 1:
        get = itemgetter(*words)   # with two words or more it returns a tuple
        try:
            return get(_PREFIX), get(_STEM)
        except KeyError:
            pass
    new = set(words).difference(_STEM)
    if len(_STEM) + len(new) > _CACHE_MAX:
        _PREFIX.clear()
        _STEM.clear()
        new = set(words)
    for w in new:
        _PREFIX[w], _STEM[w] = split(w)
    return tuple(map(_PREFIX.__getitem__, words)), tuple(map(_STEM.__getitem__, words))


def split_word(word: str, min_stem: int = 2) -> tuple[str, str]:
    """Split a normalised word into (prefix, stem); ('', word) when it should not be split.

    >>> split("بحلب")
    ('ب', 'حلب')
    >>> split("حلب")
    ('', 'حلب')
    """
    exc = exceptions()
    if len(word) < 3 or word[0] not in _FIRST or word in exc:
        return "", word
    for k in (1, 2, 3):
        if word[k:] in exc and word[:k] in PREFIXES and not (word[k - 1] == "ل" == word[k]):
            return word[:k], word[k:]     # "وبوركينا": و + بوركينا, not وب + وركينا (a لل
            # stays the article's: "للاجئين" is ل + اللاجئين)
    for k in (4, 3, 2, 1):
        pre = word[:k]
        if pre not in PREFIXES:
            continue
        stem = word[k:]
        if pre.endswith("لل"):
            stem = "ال" + stem  # للمدنيين: ل + المدنيين
        # one bare letter needs a stem of 3+ letters (ولد, بلد are words of their own), or one of
        # the short function words it is glued to (وفي، ومن، فقد)
        if len(stem) < min_stem or (len(pre) == 1 and len(stem) < 3 and stem not in short_stems()):
            continue
        # two clitic letters before a two-letter stem: the second letter belongs to the word
        # (وبعد = و + بعد, not وب + عد; وباب = و + باب); after the article a two-letter noun
        # is a stem (بالحي)
        if len(pre) > 1 and len(stem) < 3 and not pre.endswith(("ال", "لل")):
            continue
        # a preposition (ب ل ك) never stands before a verb: a stem with the plural verb ending
        # وا is no noun ("لجأوا" is not ل + جأوا, "بدأوا" not ب + دأوا)
        if pre[-1] in "بلك" and stem.endswith("وا") and not pre.endswith(("ال", "لل")):
            continue
        return pre, stem
    return "", word


def candidates(word: str) -> list[tuple[str, str]]:
    """Every (prefix, stem) reading of a word, the unsplit one first."""
    out = [("", word)]
    for k in (4, 3, 2, 1):
        pre = word[:k]
        if pre in PREFIXES and len(word) - k >= 2:
            stem = word[k:]
            out.append((pre, "ال" + stem if pre.endswith("لل") else stem))
    return out
