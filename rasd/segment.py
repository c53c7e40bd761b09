"""Sentence and token boundaries over the normalised text (offsets are normalised-text offsets).

A sentence ends at . ! ? ؟ followed by a space, a quote or the end, and at every line break
(news sites put the title, captions and paragraphs on lines of their own). Tokens are runs of
letters and digits; each carries its clitic prefix and stem (:mod:`rasd.clitics`).
"""
from __future__ import annotations

import re

from . import clitics
from .document import Document, Token

_SENTENCE_END = re.compile(r"[.!?؟]+[\"')\]]*(?=\s|$)|\n+")
_WORD = re.compile(r"\w+")


def sentences(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if m.group()[0] != "\n" else m.start()
        if text[start:end].strip():
            out.append(_trim(text, start, end))
        start = m.end()
    if text[start:].strip():
        out.append(_trim(text, start, len(text)))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def tokens(text: str) -> list[Token]:
    out = []
    append = out.append
    split = clitics.split
    make = tuple.__new__  # Token(...) without the keyword-argument machinery
    for m in _WORD.finditer(text):
        w = m.group()
        s = m.start()
        append(make(Token, (s, s + len(w), w) + split(w)))
    return out


def segment(doc: Document) -> None:
    doc.sentences = sentences(doc.norm)
    doc.tokens = tokens(doc.norm)
