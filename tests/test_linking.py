"""Linking reports of one event across articles (rasd.linking), on real seed text and small
hand-built reports."""
from __future__ import annotations

import copy

from rasd import linking
from conftest import MAYSAR


def _report(article, *, etype="Battles", sub="Armed clash", date="2016-12-05", published="2016-12-06",
            places=(("الميسر", *MAYSAR, "neighbourhood"),), a1=None, a2=None, fatalities=None,
            outlet=None, claimed=(), disputed=False, agencies=()):
    result = {
        "doc_id": article, "outlet": outlet, "published": published, "agencies": list(agencies),
        "places": [{"name_ar": n, "lat": la, "lon": lo, "kind": k} for n, la, lo, k in places],
        "actors": [],
    }
    ev = {"id": "e0", "event_type": etype, "sub_event_type": sub, "date": date,
          "places": [{"index": i, "name_ar": p[0]} for i, p in enumerate(places)],
          "actor1": {"id": "a1", "name_ar": "x", "side": a1} if a1 else None,
          "actor2": {"id": "a2", "name_ar": "y", "side": a2} if a2 else None,
          "fatalities": fatalities, "claimed_by": [{"name_ar": c} for c in claimed],
          "disputed": disputed, "evidence": []}
    return linking.report_from_event(result, ev, article_key=article)


def test_maysar_reports_of_seeds_001_and_003_link_into_one_event(maysar_results, seed_articles):
    texts = {seed_articles[k]["id"]: seed_articles[k]["text"] for k in ("001", "003")}
    reports, clusters = linking.link_results([maysar_results["001"], maysar_results["003"]], texts)
    assert clusters == [[0, 1]]
    agg = linking.aggregate(reports)
    assert agg["place_name"] == "الميسر"
    assert agg["date"] == "2016-12-05"
    assert agg["n_articles"] == 2
    # "استعادة حي الميسر بالكامل" (001) against "أجزاء واسعة من حي الميسر" (003)
    assert [r["extent"] for r in reports] == ["full", "partial"]
    extent = [d for d in agg["disagreements"] if d.get("aspect") == "extent"]
    assert len(extent) == 1
    assert {c["value"] for c in extent[0]["claims"]} == {"full", "partial"}
    assert "جيرون" in extent[0]["note"]


def test_extent_words_found_near_the_place_in_real_sentences(seed_articles):
    t1, t3 = seed_articles["001"]["text"], seed_articles["003"]["text"]
    i1 = t1.index("استعادة حي الميسر")
    assert linking.extent_of(t1, [{"start": i1, "end": i1 + 5}], ["الميسر"]) == "full"
    i3 = t3.index("استعادت السيطرة")
    assert linking.extent_of(t3, [{"start": i3, "end": i3 + 5}], ["الميسر"]) == "partial"
    # the place must be in the sentence: no extent for a place not named there
    assert linking.extent_of(t3, [{"start": i3, "end": i3 + 5}], ["نبل"]) is None


def test_dates_more_than_a_day_apart_do_not_link():
    a = _report("A", date="2016-12-05")
    assert linking.compatible(a, _report("B", date="2016-12-06")) > 0
    assert linking.compatible(a, _report("B", date="2016-12-07")) == 0


def test_undated_report_links_only_inside_its_publication_window():
    undated = _report("A", date=None, published="2016-12-06")
    assert linking.compatible(undated, _report("B", date="2016-12-05")) > 0
    assert linking.compatible(undated, _report("B", date="2016-12-02")) == 0
    no_dates_at_all = _report("A", date=None, published=None)
    assert linking.compatible(no_dates_at_all, _report("B", date="2016-12-05")) == 0


def test_place_by_normalised_name_or_within_five_km():
    a = _report("A", places=(("حي الميسّر", None, None, "neighbourhood"),))
    assert linking.compatible(a, _report("B", places=(("الميسر", None, None, "neighbourhood"),))) > 0
    # a spelling the gazetteer puts at (almost) the same point links
    variant = _report("B", places=(("المْيسَّر الشرقي", 36.1975, 37.1880, "neighbourhood"),))
    here = _report("A")
    assert linking.compatible(here, variant) > 0
    # al-Marja is ~1.9 km from al-Maysar: another neighbourhood, another event
    assert linking.compatible(here, _report("B", places=(("المرجة", 36.1818, 37.176, "neighbourhood"),))) == 0
    # towns: Nubl and al-Zahraa (~2.8 km apart) are near; Anadan (~10 km) is not
    nubl = _report("A", places=(("نبل", 36.37867, 36.99294, "town"),))
    assert linking.compatible(nubl, _report("B", places=(("الزهراء", 36.3586, 37.0107, "town"),))) > 0
    assert linking.compatible(nubl, _report("B", places=(("عندان", 36.2936, 37.0444, "town"),))) == 0
    # a region placed at its city's centroid is not near anything
    region = _report("A", places=(("ريف حلب الشمالي", 36.20124, 37.16117, "region"),))
    assert linking.compatible(region, _report("B", places=(("الجلوم", 36.2005, 37.1600, "neighbourhood"),))) == 0


def test_shared_city_does_not_link_two_different_neighbourhoods():
    aleppo = ("حلب", 36.20124, 37.16117, "city")
    a = _report("A", places=(aleppo, ("الميسر", None, None, "neighbourhood")))
    b = _report("B", places=(aleppo, ("سيف الدولة", None, None, "neighbourhood")))
    assert linking.compatible(a, b) == 0
    # two reports that only name the city do link
    assert linking.compatible(_report("A", places=(aleppo,)), _report("B", places=(aleppo,))) > 0


def test_types_and_sides():
    # Battles sub-types are compatible with each other
    assert linking.compatible(_report("A", sub="Non-state actor overtakes territory", a1="opposition"),
                              _report("B", sub="Armed clash", a1="government", a2="opposition")) > 0
    # an air strike is not a battle
    assert linking.compatible(_report("A"), _report("B", etype="Explosions/Remote violence",
                                                    sub="Air/drone strike")) == 0
    # shelling by the government and shelling by the opposition at one place are two events
    s1 = _report("A", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", a1="government")
    s2 = _report("B", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", a1="opposition")
    assert linking.compatible(s1, s2) == 0
    # Battles: an ISIS–Kurdish fight is not a government–opposition fight
    assert linking.compatible(_report("A", a1="government", a2="opposition"),
                              _report("B", a1="isis", a2="kurdish")) == 0


def test_one_article_telling_one_event_twice_links_only_on_the_same_named_place():
    assert linking.compatible(_report("A"), _report("A", date=None)) > 0
    assert linking.compatible(_report("A"), _report("A", date="2016-12-04")) == 0
    # near is not enough inside one article: two neighbourhoods are two events
    variant = _report("A", places=(("المْيسَّر الشرقي", 36.1975, 37.1880, "neighbourhood"),))
    assert linking.compatible(_report("A"), variant) == 0
    aleppo = ("حلب", 36.20124, 37.16117, "city")
    assert linking.compatible(_report("A", places=(aleppo,)), _report("A", places=(aleppo,))) == 0
    # a second article is preferred over the same article
    assert linking.compatible(_report("A"), _report("B")) > linking.compatible(_report("A"), _report("A"))


def test_best_low_high_follow_the_most_credible_source():
    reps = [
        _report("A", fatalities=4, outlet="sana"),                        # state media
        _report("B", fatalities=20, outlet="jeroun"),                     # opposition media
        _report("C", fatalities=11, outlet="aljazeera", claimed=["المرصد السوري"]),  # a monitor
    ]
    est = linking.fatality_estimate(reps)
    assert est == {"best": 11, "low": 4, "high": 20}
    # without the monitor: the two party media are equally credible; best is the lower median
    assert linking.fatality_estimate(reps[:2]) == {"best": 4, "low": 4, "high": 20}


def test_independent_sources_count_original_sources_not_articles():
    reps = [
        _report("A", outlet="jeroun"),
        _report("B", outlet="jeroun"),                                  # same outlet, own voice
        _report("C", outlet="aljazeera", claimed=["المرصد السوري"]),
        _report("D", outlet="al_araby", claimed=["المرصد السوري لحقوق الإنسان"]),   # same monitor
        _report("E", outlet="syria_tv", agencies=["رويترز"]),
    ]
    agg = linking.aggregate(reps)
    assert agg["n_reports"] == 5
    assert agg["sources"] == ["jeroun", "reuters", "sohr"]
    assert agg["n_sources"] == 3


def test_toll_disagreement_names_who_said_what_and_the_alignment_split():
    reps = [_report("A", fatalities=3, outlet="sana", etype="Explosions/Remote violence", sub="Air/drone strike"),
            _report("B", fatalities=15, outlet="jeroun", etype="Explosions/Remote violence", sub="Air/drone strike"),
            _report("C", fatalities=15, outlet="shaam_network", etype="Explosions/Remote violence", sub="Air/drone strike")]
    dis = linking.disagreements(reps)
    assert [d["kind"] for d in dis] == ["toll"]
    d = dis[0]
    assert {(c["who"], c["value"]) for c in d["claims"]} == {("سانا", 3), ("جيرون", 15), ("شبكة شام", 15)}
    assert d["alignment_split"] is True
    assert "state_media" in d["note"] and "opposition_media" in d["note"]
    # when one alignment sits on both sides, it is not a split along alignment lines
    reps[2] = _report("C", fatalities=3, outlet="shaam_network", etype="Explosions/Remote violence", sub="Air/drone strike")
    assert linking.disagreements(reps)[0]["alignment_split"] is False


def test_opposite_outcomes_and_denials_make_the_event_disputed():
    army = _report("A", sub="Government regains territory", a1="government", a2="opposition", outlet="sana")
    rebels = _report("B", sub="Armed clash", a1="opposition", a2="government", outlet="jeroun")
    assert linking.compatible(army, rebels) > 0
    agg = linking.aggregate([army, rebels])
    outcome = [d for d in agg["disagreements"] if d["kind"] == "outcome"]
    assert outcome and outcome[0]["aspect"] == "winner"
    assert outcome[0]["alignment_split"] is True
    assert agg["disputed"] is True
    denied = copy.deepcopy(rebels)
    denied["disputed"] = True
    agg2 = linking.aggregate([_report("C", outlet="sana"), denied])
    assert any(d["kind"] == "denial" for d in agg2["disagreements"])
    assert agg2["disputed"] is True
    assert linking.aggregate([_report("C"), _report("D")])["disputed"] is False


def test_an_articles_contradiction_about_the_event_names_both_claims():
    # the shape rasd.contradictions gives: items naming the event by its index in the article
    result = {"doc_id": "000", "outlet": "aljazeera", "published": "2016-10-30", "places": [
        {"name_ar": "منيان", "lat": 36.2, "lon": 37.05, "kind": "village"}], "actors": []}
    ev = {"id": "e4", "event_type": "Battles", "sub_event_type": "Government regains territory",
          "date": "2016-10-29", "places": [{"index": 0, "name_ar": "منيان"}], "disputed": True, "evidence": []}
    result["events"] = [ev]
    result["contradictions"] = [{"kind": "outcome", "note": None, "evidence": [], "items": [
        {"event": 0, "claimed_by": [{"id": "sana", "name_ar": "وكالة سانا", "side": "government"}],
         "text": "استعادت خلاله السيطرة على قرية منيان غرب حلب"},
        {"event": 1, "claimed_by": [{"id": None, "name_ar": "فصائل المعارضة", "side": "opposition"}],
         "text": "صدت هجوما على منيان"}]},
        {"kind": "denial", "items": [{"event": 7, "claimed_by": [], "text": "not this event"}]}]
    found = linking.contradictions_for(result, ev, 0)
    assert len(found) == 1 and found[0]["kind"] == "outcome"
    rep = linking.report_from_event(result, ev, article_key="000")
    c = dict(found[0], _report=rep)
    agg = linking.aggregate([rep], [c])
    (d,) = [d for d in agg["disagreements"] if d.get("aspect") == "in_article"]
    assert [cl["who"] for cl in d["claims"]] == ["وكالة سانا", "فصائل المعارضة"]
    assert [cl["alignment"] for cl in d["claims"]] == ["state_media", "opposition"]
    assert d["alignment_split"] is True
    assert agg["disputed"] is True


def test_one_articles_two_reports_are_not_an_outcome_disagreement():
    take = _report("A", sub="Non-state actor overtakes territory", a1="opposition")
    clash = _report("A", sub="Armed clash", a1="government", a2="opposition", date=None)
    agg = linking.aggregate([take, clash])
    assert not [d for d in agg["disagreements"] if d["kind"] == "outcome"]
    assert agg["disputed"] is False


def test_battles_link_across_adjacent_quarters_strikes_do_not():
    # al-Qaterji is ~0.9 km from al-Maysar (the gazetteer's centroids): one front, two strikes
    q = ("القاطرجي", 36.2017, 37.1818, "neighbourhood")
    assert linking.compatible(_report("A", sub="Non-state actor overtakes territory"),
                              _report("B", sub="Non-state actor overtakes territory", places=(q,))) > 0
    strike = dict(etype="Explosions/Remote violence", sub="Air/drone strike")
    assert linking.compatible(_report("A", **strike), _report("B", places=(q,), **strike)) == 0
    # al-Marja (~1.9 km) is beyond the front radius
    m = ("المرجة", 36.1818, 37.176, "neighbourhood")
    assert linking.compatible(_report("A"), _report("B", places=(m,))) == 0
