"""Sentence and token boundaries over the normalised text (offsets are normalised-text offsets).

A sentence ends at . ! ? ؟ followed by a space, a quote or the end, and at every line break
(news sites put the title, captions and paragraphs on lines of their own). Tokens are runs of
letters and digits; each carries its clitic prefix and stem (:mod:`rasd.clitics`).
"""
from __future__ import annotations

import re
from functools import partial

from . import clitics
from .document import Document, Token

_SENTENCE_END = re.compile(r"[.!?؟]+[\"')\]]*(?=\s|$)|\n+")
# a word; digits glued to the letters after them are a word of their own ("15طفلا" = 15 طفلا, a
# common typing slip), while letters and digits in other orders stay one word (T4، ال24)
_WORD = re.compile(r"[0-9٠-٩]+(?=[ء-ي])|\w+")


MAX_SENTENCE = 1000  # characters; news sentences are far shorter (the seeds' longest: ~450)
_CLAUSE_BREAK = re.compile(r"[،,؛;:]\s|\s")


def sentences(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if m.group()[0] != "\n" else m.start()
        if text[start:end].strip():
            _add(out, text, *_trim(text, start, end))
        start = m.end()
    if text[start:].strip():
        _add(out, text, *_trim(text, start, len(text)))
    return out


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


def char_positions(text: str, chars: str) -> list[int]:
    """The sorted positions of any of ``chars`` in ``text``: ``str.find`` per character, a step
    per occurrence (much cheaper than a regex character class over a whole article)."""
    out: list[int] = []
    add = out.append
    find = text.find
    for ch in chars:
        i = find(ch)
        while i >= 0:
            add(i)
            i = find(ch, i + 1)
    if len(chars) > 1:
        out.sort()
    return out


def columns(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Starts, ends, texts, clitic prefixes and stems of the words of ``text``, column by column:
    one C-level regex pass, then one list per field (cheaper than a Python loop building a
    record per word)."""
    found = list(_WORD.finditer(text))
    texts = [m.group() for m in found]
    split = list(map(clitics.split, texts))
    return (tuple([m.start() for m in found]), tuple([m.end() for m in found]), tuple(texts),
            tuple([p for p, _ in split]), tuple([s for _, s in split]))


_TOKEN = partial(tuple.__new__, Token)  # Token(...) without the keyword-argument machinery


def tokens(text: str) -> list[Token]:
    return list(map(_TOKEN, zip(*columns(text))))


def segment(doc: Document) -> None:
    doc.sentences = sentences(doc.norm)
    cols = columns(doc.norm)
    doc.tokens = list(map(_TOKEN, zip(*cols)))
    # the same words column by column, built once for every stage that walks words
    doc.columns = tuple(cols[:4]) if doc.tokens else ((), (), (), ())
