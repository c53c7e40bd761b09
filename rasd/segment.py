"""Sentence and token boundaries over the normalised text (offsets are normalised-text offsets).

A sentence ends at . ! ? ؟ followed by a space, a quote or the end, or glued between two Arabic
words ("ذاتها.ومنذ"), and at every line break
(news sites put the title, captions and paragraphs on lines of their own). Tokens are runs of
letters and digits; each carries its clitic prefix and stem (:mod:`rasd.clitics`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, compress, filterfalse, repeat
from operator import add

from . import clitics
from .document import Document, Token
from .lexicon import load_words
from .normalize import char_positions

# (a mark glued between two Arabic words ends a sentence too: "في المدينة ذاتها.ومنذ نصف شهر"; so
# does one glued between a closing quote and a word: "مرور مدرعة الجيش”.أعلن مصدر أمني")
_QUOTE_CLOSERS = "”»\")"   # what may stand before a mark glued to the next word
_SENTENCE_END = re.compile(r"[.!?؟]+[\"')\]]*(?=\s|$)|(?<=[ء-ي%s])[.!?؟](?=[ء-ي])|\n+"
                           % re.escape(_QUOTE_CLOSERS))
_END_CHARS = ".!?؟\n"   # the characters a _SENTENCE_END match can begin with
# a word; digits glued to the letters after them are a word of their own ("15طفلا" = 15 طفلا, a
# common typing slip), and so are digits glued after a word of three letters or more ("مقتل11"،
# "وإصابة30"), while an article, shorter runs and other orders stay one word (T4، وال24، ب16)
# ("عربي21"، "كيلو16": the names of data/glued_names.txt stay whole, clitics glued before them
# included)
_WORD = re.compile(r"(?:(?:[وفبلك]|ال|لل|وال|بال|وب|ول)?(?:%s)(?![0-9٠-٩]))|[0-9٠-٩]+(?=[ء-ي])|[ء-ي]{3,}(?<!ال)(?<!لل)(?=[0-9٠-٩])|\w+"
                   % "|".join(map(re.escape, sorted(load_words("glued_names.txt"), key=len, reverse=True))))
_GLUED = re.compile(r"[0-9٠-٩][ء-ي]|[ء-ي]{3}[0-9٠-٩]")   # where _WORD's last branches can apply
# non-word characters that often stand between words: read as spaces by the fast word split
_GAPS = "\n\t\r،\".()/-–؛:«»!؟?,;'[]"


MAX_SENTENCE = 1000  # characters; news sentences are far shorter (the seeds' longest: ~450)
_CLAUSE_BREAK = re.compile(r"[،,؛;:]\s|\s")


def sentences(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m_start, m_end in _sentence_ends(text):
        s = start
        e = m_end if text[m_start] != "\n" else m_start
        start = m_end
        # (_trim and _add inlined for the usual sentence: short, one space at most around it)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s > MAX_SENTENCE:
            _add(out, text, s, e)
        elif e > s:             # (a blank, all-space stretch is dropped)
            out.append((s, e))
    _add(out, text, *_trim(text, start, len(text)))
    return out


_CLOSERS = "\"')]"   # what may follow the end marks inside a _SENTENCE_END match


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """The matches of ``_SENTENCE_END`` (as ``finditer`` gives them, spans only), found from the
    few positions where one can begin (every match starts with one of ``_END_CHARS``), skipping
    (by bisection) the candidates inside the previous match. The usual cases are decided without
    the regex: a line break (the run of line breaks), a mark before white space or the end (the
    mark alone), a mark before any other character that is neither a mark nor a closer (none).
    Text dense with such characters (not prose) is scanned by the regex itself."""
    cands = _end_candidates(text)
    if cands is None:
        return [m.span() for m in _SENTENCE_END.finditer(text)]
    out = []
    match = _SENTENCE_END.match
    n = len(text)
    nc = len(cands)
    k = 0
    while k < nc:
        i = cands[k]
        j = i + 1
        if text[i] == "\n":
            while j < n and text[j] == "\n":
                j += 1
        elif j < n and not text[j].isspace():
            if text[j] not in _END_CHARS and text[j] not in _CLOSERS:
                if i and "\u0621" <= text[j] <= "\u064a" and (
                        "\u0621" <= text[i - 1] <= "\u064a" or text[i - 1] in _QUOTE_CLOSERS):
                    out.append((i, j))      # "ذاتها.ومنذ"، "الجيش”.أعلن": a mark glued before a word
                    k += 1
                    continue
                k += 1
                continue            # "3.5", "U.S": no match here
            m = match(text, i)
            if m is None:
                k += 1
                continue
            j = m.end()
        out.append((i, j))
        k = bisect_left(cands, j, k + 1)
    return out


def _end_candidates(text: str) -> list[int] | None:
    """The sorted positions of the characters of ``_END_CHARS``; None when there are more than
    one per 16 characters (then a regex scan costs less)."""
    return char_positions(text, _END_CHARS, limit=len(text) // 16 + 16)


def _add(out: list, text: str, start: int, end: int) -> None:
    """A sentence; one longer than MAX_SENTENCE (a page without punctuation, a list run together)
    is cut at its last clause break — else its last space — before the limit, so that no later
    stage ever works on an unbounded sentence and the pipeline stays linear in the text."""
    while end - start > MAX_SENTENCE:
        clause = space = -1
        for m in _CLAUSE_BREAK.finditer(text, start + MAX_SENTENCE // 2, start + MAX_SENTENCE):
            if m.group()[0].isspace():
                space = m.end()
            else:
                clause = m.end()
        cut = clause if clause > 0 else space if space > 0 else start + MAX_SENTENCE
        s, e = _trim(text, start, cut)
        if e > s:
            out.append((s, e))
        start = cut
    s, e = _trim(text, start, end)
    if e > s:
        out.append((s, e))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def columns(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Starts, ends, texts, clitic prefixes and stems of the words of ``text``, column by column
    (:func:`_words`, then the clitic splits of :func:`clitics.split_columns`): no match object and
    no Python step per ordinary word."""
    starts, ends, texts = _words(text)
    if not texts:
        return (), (), (), (), ()
    return (tuple(starts), tuple(ends), tuple(texts)) + clitics.split_columns(texts)


def _words(text: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and texts of the ``_WORD`` matches of ``text``, in order, at C level.

    The common separators (``_GAPS``, none of them a word character) become spaces — the words
    and their offsets stay the same — and the text is cut at single spaces. When every non-empty
    piece is letters and digits only (``str.isalnum``, i.e. ``\\w`` without the underscore) and
    no digit is glued to a word around it (the cases ``_WORD`` cuts inside such a run), the
    words are exactly the non-empty pieces, at the running sum of the piece lengths. Any other
    text (an underscore, a rare symbol, "15طفلا", "مقتل11") is read by the regex itself.

    Most pieces are letters only (``str.isalpha``, one C-level pass): only the few others (empty
    pieces, numbers, symbols) are tested, joined, for the rest of the condition."""
    t = text
    for ch in _GAPS:
        t = t.replace(ch, " ")
    chunks = t.split(" ")
    if len(chunks) * 3 > len(text):
        return _words_regex(text)   # mostly separators (not prose): fewer matches than pieces
    odd = list(filterfalse(str.isalpha, chunks))
    if odd:
        joined = "".join(odd)
        if (joined and not joined.isalnum()) or _GLUED.search(" ".join(odd)) is not None:
            return _words_regex(text)
    lens = list(map(len, chunks))
    # piece i starts after the pieces before it and a space after each; the non-empty pieces
    # (a non-zero length) are the words
    starts = list(compress(accumulate(map(add, lens, repeat(1)), initial=0), lens))
    return starts, list(map(add, starts, filter(None, lens))), list(filter(None, chunks))


def _words_regex(text: str) -> tuple[list[int], list[int], list[str]]:
    """:func:`_words` by ``_WORD.finditer``: a match object per word."""
    found = list(_WORD.finditer(text))
    return [m.start() for m in found], [m.end() for m in found], [m.group() for m in found]


_TUPLE_NEW = tuple.__new__


def _make_tokens(cols: tuple) -> list[Token]:
    """A Token per word of ``columns`` output: ``tuple.__new__(Token, row)`` mapped over the rows
    (the same objects as ``Token(*row)``, without the Python-level ``__new__``)."""
    return list(map(_TUPLE_NEW, repeat(Token), zip(*cols)))


def tokens(text: str) -> list[Token]:
    return _make_tokens(columns(text))


def segment(doc: Document) -> None:
    doc.sentences = sentences(doc.norm)
    cols = columns(doc.norm)
    doc.tokens = _make_tokens(cols)
    # the same words column by column, built once for every stage that walks words
    doc.columns = tuple(cols[:4]) if doc.tokens else ((), (), (), ())
