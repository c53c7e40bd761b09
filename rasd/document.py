"""The Document: one article flowing through the pipeline, with every offset kept.

Three texts share one coordinate system or map onto it:
- ``text``: the article as given (after decoding only). Evidence spans index this text.
- ``clean``: ``text`` with page furniture blanked by spaces (same length, same offsets).
- ``norm``: ``clean`` normalised (see :mod:`rasd.normalize`); every stage searches this text and
  maps what it finds back with :meth:`Document.span`.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .normalize import Normalized


# the option (see Document.options) holding the spans, in normalised offsets, of the place
# mentions that only describe where another place is ("أجدابيا شرق ليبيا"): the places stage
# sets it; they are places of the article, but no event or figure is placed by them
DESCRIBING_PLACES = "_describing_places"


class Span(NamedTuple):
    """A piece of evidence: a half-open character range of the article text as given."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


class Token(NamedTuple):
    start: int      # normalised-text offsets
    end: int
    text: str       # normalised
    prefix: str     # clitic prefix ('' if none), see rasd.clitics
    stem: str       # the word without its clitics


@dataclass
class Document:
    text: str
    doc_id: str = "-"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    outlet_name: str | None = None
    agencies: list[str] = field(default_factory=list)
    dateline: tuple[str, int, int] | None = None   # the outlet a dateline names, and where
    published: _dt.date | None = None
    source: str | None = None

    clean: str = ""
    normalized: Normalized | None = None
    furniture: list[tuple[int, int, str]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)   # normalised offsets
    tokens: list[Token] = field(default_factory=list)
    columns: tuple = ()   # (starts, ends, texts, prefixes) of ``tokens``, for word-driven stages
    quantities: list[Any] = field(default_factory=list)
    dates: list[Any] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)
    actors: list[Any] = field(default_factory=list)
    attributions: list[Any] = field(default_factory=list)
    casualties: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    contradictions: list[Any] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    options: dict = field(default_factory=dict)   # run-time settings (gazetteer layers …)

    @property
    def norm(self) -> str:
        return self.normalized.text if self.normalized else ""

    def span(self, start: int, end: int) -> Span:
        """Evidence for a normalised-text range: the matching range of the original text."""
        s, e = self.normalized.to_original(start, end)
        return Span(s, e, self.text[s:e])

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence (normalised offsets) holding normalised position ``pos``."""
        import bisect

        i = bisect.bisect_right(self.sentences, (pos, float("inf"))) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return self.sentences[i]
        return (pos, pos)
