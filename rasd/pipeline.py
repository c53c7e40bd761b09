"""The pipeline: small stages run in order over one :class:`~rasd.document.Document`.

=============  ==========================  ==============================================
stage          module                      adds to the document
=============  ==========================  ==============================================
furniture      :mod:`rasd.furniture`        furniture spans blanked, outlet, agencies
normalize      :mod:`rasd.normalize`        normalised text with a map to the original
segment        :mod:`rasd.segment`          sentences and tokens (clitics split)
numbers        :mod:`rasd.numbers`          quantities (digits, number words, vague)
dates          :mod:`rasd.dates`            date expressions resolved against publication
places         :mod:`rasd.places`           places, geocoded from the gazetteer layers
actors         :mod:`rasd.actors`           actors and sources with their sides
attribution    :mod:`rasd.attribution`      who says what: reported-speech spans and sources
casualties     :mod:`rasd.casualties`       casualty figures with attribution
events         :mod:`rasd.events`           ACLED-typed events
contradictions :mod:`rasd.contradictions`   claims that disagree; events marked disputed
=============  ==========================  ==============================================

Each stage is a function ``stage(doc) -> None``; :data:`STAGES` lists them by name so a caller
can run a prefix of the pipeline (``extract(text, until="places")``).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import replace as _replace
import gc
import re
from itertools import islice
from typing import Callable, Iterable

from . import furniture as _furniture
from .actors import find_actors
from .attribution import find_attributions
from .casualties import find_casualties
from .contradictions import find_contradictions
from .dates import find_dates, stated_today
from .document import Document
from .events import find_events
from .normalize import normalize_with_offsets, unwrap
from .numbers import find_quantities
from .places import find_places
from .readers import future_date_warning
from .segment import segment


def _furniture_stage(doc: Document) -> None:
    f = _furniture.find_furniture(doc.text)
    doc.furniture = f.spans
    doc.clean = _furniture.blank(doc.text, f.spans) if f.spans else doc.text
    if doc.outlet is None and f.outlet:
        doc.outlet = f.outlet
        doc.outlet_name = f.outlet_name
    doc.agencies = list(f.agencies)
    doc.dateline = f.dateline
    if doc.title is None and f.title:
        doc.title = doc.text[f.title[0]:f.title[1]].strip() or None


def _normalize_stage(doc: Document) -> None:
    n = normalize_with_offsets(doc.clean)
    text = unwrap(n.text)
    if text is not n.text:      # a hard-wrapped article: its sentences joined again
        n = _replace(n, text=text)
    # the map points into ``clean``, which has the offsets of ``text``; evidence reads ``text``
    doc.normalized = n


def _numbers_stage(doc: Document) -> None:
    doc.quantities = find_quantities(doc.norm)


def _dates_stage(doc: Document) -> None:
    dates = find_dates(doc.norm, doc.published)
    # "اليوم 8 حزيران 2016" in a page posted later: the text's own today resolves its
    # relative dates (اليوم، أمس، الجمعة)
    today = stated_today(doc.norm, dates, doc.published) if dates else None
    doc.dates = find_dates(doc.norm, today) if today is not None else dates


STAGES: list[tuple[str, Callable[[Document], None]]] = [
    ("furniture", _furniture_stage),
    ("normalize", _normalize_stage),
    ("segment", segment),
    ("numbers", _numbers_stage),
    ("dates", _dates_stage),
    ("places", find_places),
    ("actors", find_actors),
    ("attribution", find_attributions),
    ("casualties", find_casualties),
    ("events", find_events),
    ("contradictions", find_contradictions),
]


class NotArabicError(ValueError):
    """The article has no Arabic text to analyse."""


_ARABIC = re.compile("[\u0621-\u064a]")


def has_arabic(text: str, minimum: int = 20) -> bool:
    """At least ``minimum`` Arabic letters (the scan stops as soon as they are found), or, in a
    shorter text ("قتل رجل في حلب."), Arabic letters for most of its letters."""
    n = sum(1 for _ in islice(_ARABIC.finditer(text), minimum))
    return n >= minimum or (n > 0 and 2 * n > sum(map(str.isalpha, text)))


def extract(
    text: str,
    *,
    doc_id: str = "-",
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: _dt.date | str | None = None,
    gazetteers: Iterable[str] = (),
    until: str | None = None,
    source: str | None = None,
) -> Document:
    """Run the pipeline over one article and return its :class:`Document`.

    ``published`` anchors relative dates (``أمس``, ``يوم الجمعة``); without it they stay
    unresolved. ``gazetteers`` are extra place layers (OCHA, GeoNames dump, CSV files).
    Raises :class:`ValueError` for an empty article and :class:`NotArabicError` for one with
    no Arabic text.
    """
    if not text or not text.strip():
        raise ValueError("empty article")
    if not has_arabic(text):
        raise NotArabicError("no Arabic text")
    if isinstance(published, str):
        published = _dt.date.fromisoformat(published[:10]) if published else None
    doc = Document(text=text, doc_id=doc_id, title=title, url=url, outlet=outlet,
                   published=published, source=source)
    doc.options["gazetteers"] = tuple(gazetteers)
    warning = future_date_warning(published)
    if warning:
        doc.warnings.append(warning)
    # The stages allocate many small objects and make no reference cycles worth collecting
    # mid-article: the collector is paused for the article and runs between articles.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for name, stage in STAGES:
            stage(doc)
            if name == until:
                break
    finally:
        if collecting:
            gc.enable()
    _freeze_lexicons()
    return doc


_frozen = False


def _freeze_lexicons() -> None:
    """After the first article, the lexicons, gazetteer and automata are loaded for good: move
    them out of the garbage collector's sight (``gc.freeze``), so its full collections do not
    rescan tens of thousands of long-lived objects for every article."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()
