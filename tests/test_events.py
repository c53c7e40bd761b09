"""ACLED-typed events (rasd/events.py) on real Arabic reporting: the seed articles and sentences
written the way Syrian, Iraqi, Yemeni, Libyan, Palestinian and Sudanese outlets write them."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from rasd.events import Event, token_forms
from rasd.output import to_dict
from rasd.pipeline import extract

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS_JSONL = SHARED / "corpus" / "seeds.jsonl"
ROWS = {json.loads(line)["id"][:3]: json.loads(line)
        for line in (SEEDS_JSONL.read_text(encoding="utf-8").splitlines() if SEEDS_JSONL.exists() else [])
        if line.strip()}
OCHA = SHARED / "data" / "gazetteer" / "aleppo_neighbourhoods_ocha.tsv"
needs_seeds = pytest.mark.skipif(not ROWS, reason="../shared/corpus/seeds.jsonl not present")


def run(text: str, published: str | None = "2016-10-30", **kw):
    return extract(text, doc_id="t", published=published, **kw)


def seed(key: str):
    r = ROWS[key]
    gaz = [str(OCHA)] if OCHA.exists() else []
    return extract(r["text"], doc_id=r["id"], published=r["published"], gazetteers=gaz)


def events_json(doc) -> list[dict]:
    return to_dict(doc)["events"]


def place_names(ev: dict) -> set[str]:
    return {p["name_ar"] for p in ev["places"]}


def find(evs: list[dict], sub: str, place: str | None = None) -> list[dict]:
    return [e for e in evs if e["sub_event_type"] == sub
            and (place is None or any(place in n for n in place_names(e)))]


def assert_evidence_exact(doc) -> None:
    for e in doc.events:
        assert e.evidence, e
        for sp in e.evidence:
            assert doc.text[sp.start:sp.end] == sp.text


# ----------------------------------------------------------------------------- trigger families

def test_token_forms_strip_clitics_article_and_accusative_alef():
    assert "اشتباكات" in token_forms("والاشتباكات")
    assert "طيران" in token_forms("للطيران")
    assert "صاروخ" in token_forms("صاروخا")


def test_air_strike_with_place_list_and_toll():
    doc = run("غارات على حلب\n\nوأضاف نقلا عن مصادر في الدفاع المدني أن 13 شخصا قتلوا بقصف الطيران "
              "الحربي والمروحي على حيي كرم النزهة والصاخور وتل الزرازير بمدينة حلب.", "2016-08-09")
    evs = events_json(doc)
    air = find(evs, "Air/drone strike")
    assert len(air) == 1, evs
    # "قصف" with aircraft named is an air strike; every place of the list is the event's
    assert {"كرم النزهة", "الصاخور", "تل الزرازير"} <= place_names(air[0])
    assert air[0]["event_type"] == "Explosions/Remote violence"
    assert air[0]["fatalities"] == 13
    assert_evidence_exact(doc)


def test_bombardment_without_aircraft_is_shelling_with_its_actor():
    doc = run("قصف\n\nكما تعرضت بلدة حيان ومدينة عندان لقصف مدفعي وصاروخي مكثف من قوات النظام.", "2016-04-05")
    evs = events_json(doc)
    sh = find(evs, "Shelling/artillery/missile attack")
    assert len(sh) == 1, evs
    assert {"حيان", "عندان"} <= place_names(sh[0])
    assert sh[0]["actor1"]["side"] == "government"


def test_artillery_named_as_actor_and_killed_count_excludes_breakdown():
    doc = run("حلب\n\nفيما استهدفت مدفعية النظام حيي الفردوس والمشهد في مدينة حلب ما أسفر عن مقتل تسعة "
              "مدنيين بينهم طفلة عمرها أربعة أعوام.")
    sh = find(events_json(doc), "Shelling/artillery/missile attack", "الفردوس")
    assert sh and sh[0]["fatalities"] == 9          # the girl is part of the nine, not added
    assert sh[0]["actor1"]["side"] == "government"


def test_chemical_weapon_beats_shelling_in_one_clause():
    doc = run("حلب\n\nكما قالت وسائل إعلام تابعة للنظام إن مقاتلي المعارضة استخدموا غازات سامة في قصف "
              "منطقة الحمدانية السكنية في حلب.")
    evs = events_json(doc)
    assert find(evs, "Chemical weapon", "الحمدانية"), evs
    assert not find(evs, "Shelling/artillery/missile attack", "الحمدانية")


def test_car_bomb_in_baghdad():
    doc = run("انفجار في بغداد\n\nقتل خمسة أشخاص وأصيب 12 آخرون بانفجار سيارة مفخخة في سوق شعبي بمدينة "
              "الصدر شرقي بغداد، بحسب مصادر أمنية.", "2017-01-08")
    ied = find(events_json(doc), "Remote explosive/landmine/IED")
    assert ied and ied[0]["fatalities"] == 5
    assert "بغداد" in " ".join(place_names(ied[0]))


def test_suicide_bomb():
    doc = run("تفجير\n\nفجر انتحاري حزاما ناسفا في مسجد بمدينة القطيف، ما أدى إلى مقتل 21 شخصا.", "2015-05-22")
    evs = events_json(doc)
    assert find(evs, "Suicide bomb", "القطيف"), evs
    assert not find(evs, "Remote explosive/landmine/IED")


def test_ballistic_missile_in_yemen_claimed_by_the_houthis():
    doc = run("صاروخ على مأرب\n\nوقالت جماعة الحوثي إنها أطلقت صاروخا باليستيا على مدينة مأرب.", "2020-03-01")
    sh = find(events_json(doc), "Shelling/artillery/missile attack", "مأرب")
    assert sh, events_json(doc)


def test_coalition_air_strike_in_sanaa():
    doc = run("غارات على صنعاء\n\nشن طيران التحالف بقيادة السعودية غارات على مواقع للحوثيين في صنعاء، ما أدى "
              "إلى مقتل 8 مدنيين.", "2018-03-01")
    air = find(events_json(doc), "Air/drone strike", "صنعاء")
    assert air and air[0]["fatalities"] == 8
    assert air[0]["actor2"] and air[0]["actor2"]["side"] == "opposition"   # the Houthis' positions


# ----------------------------------------------------------------------------- battles and roles

def test_territory_taken_by_government_side_is_regained():
    doc = run("معارك الموصل\n\nوأعلنت قيادة العمليات المشتركة أن القوات العراقية استعادت السيطرة على حي الزنجيلي "
              "في الموصل بعد معارك عنيفة مع تنظيم الدولة.", "2017-06-01")
    ev = find(events_json(doc), "Government regains territory", "الزنجيلي")
    assert ev, events_json(doc)
    assert ev[0]["event_type"] == "Battles"
    assert ev[0]["actor1"]["side"] == "government"
    # the battle that won it is the same event, not a second armed clash
    assert not find(events_json(doc), "Armed clash", "الزنجيلي")


@pytest.mark.parametrize("pub, text, first, continued", [
    ("2019-08-22", "إدلب\n\nوسيطرت قوات النظام على بلدة خان شيخون، وأجزاء من بلدة التمانعة في ريف إدلب "
     "الجنوبي.", "خان شيخون", "التمانعة"),
    ("2023-05-10", "الخرطوم\n\nوسيطرت قوات الدعم السريع على مدينة الجنينة، وأجزاء واسعة من مدينة نيالا.",
     "الجنينة", "نيالا"),
    ("2023-05-10", "الخرطوم\n\nوسيطرت قوات الدعم السريع على مدينة الجنينة، ومعظم أحياء مدينة نيالا.",
     "الجنينة", "نيالا"),
], ids=["idlib-parts-of", "darfur-wide-parts-of", "darfur-most-of"])
def test_place_list_continues_through_a_partitive_clause(pub, text, first, continued):
    # "، وأجزاء (واسعة) من"، "، ومعظم": part of a place is still a place of the territory change
    evs = [e for e in events_json(run(text, pub)) if e["event_type"] == "Battles"]
    assert len(evs) == 1, evs
    assert {first, continued} <= place_names(evs[0]), evs


def test_partitive_far_from_the_place_or_a_new_verb_does_not_continue_the_list():
    for text in ("الخرطوم\n\nوسيطرت قوات الدعم السريع على مدينة الجنينة، ومعظم المقاتلين الذين فروا منها "
                 "وصلوا إلى مدينة نيالا.",
                 "الخرطوم\n\nوسيطرت قوات الدعم السريع على مدينة الجنينة، وقتلت مدنيين في مدينة نيالا."):
        ev = find(events_json(run(text, "2023-05-10")), "Non-state actor overtakes territory", "الجنينة")
        assert ev and "نيالا" not in place_names(ev[0]), ev


@needs_seeds
def test_seed_003_territory_list_includes_the_partly_taken_neighbourhood():
    # "استعادت السيطرة على حي القاطرجي، وكرم الطحّان، ومستشفى العيون، وأجزاء واسعة من حي الميسر"
    ev = find(events_json(seed("003")), "Non-state actor overtakes territory", "القاطرجي")
    assert ev
    names = place_names(ev[0])
    assert {"كرم الطحان", "مستشفى العيون"} <= {n.replace("ّ", "") for n in names}, names
    assert any("ميسر" in n.replace("ْ", "").replace("ّ", "").replace("َ", "") for n in names), names


def test_territory_taken_by_non_state_actor_and_withdrawal_merged():
    doc = run("درعا\n\nحيث تمكن تنظيم الدولة من السيطرة على بلدة عدوان بالكامل بعد انسحاب كتائب المعارضة منها.",
              "2016-04-05")
    evs = events_json(doc)
    ev = find(evs, "Non-state actor overtakes territory", "عدوان")
    assert ev and ev[0]["actor1"]["side"] == "isis", evs
    assert not find(evs, "Non-violent transfer of territory")


def test_repelled_attack_makes_the_repelling_side_actor1():
    doc = run("منيان\n\nغير أن مصادر في فصائل المعارضة قالت إنها صدت هجوما لقوات النظام على قرية منيان.")
    ev = find(events_json(doc), "Armed clash", "منيان")
    assert ev, events_json(doc)
    assert ev[0]["actor1"]["side"] == "opposition"
    assert ev[0]["actor2"]["side"] == "government"


def test_clash_between_two_named_sides():
    doc = run("اشتباكات\n\nأفاد مراسل الجزيرة بتجدد الاشتباكات بين كتائب المعارضة ووحدات حماية الشعب الكردية، "
              "في أطراف حي الشيخ مقصود بمدينة حلب.", "2016-04-05")
    ev = find(events_json(doc), "Armed clash", "الشيخ مقصود")
    assert ev, events_json(doc)
    assert {ev[0]["actor1"]["side"], (ev[0]["actor2"] or {}).get("side")} == {"opposition", "kurdish"}


def test_attempted_advance_is_an_armed_clash_not_a_capture():
    doc = run("العيس\n\nودارت اشتباكات عنيفة بعد محاولة قوات النظام التقدم لاستعادة السيطرة على بلدة العيس "
              "الإستراتيجية بريف حلب الجنوبي.", "2016-04-05")
    evs = events_json(doc)
    assert find(evs, "Armed clash", "العيس"), evs
    assert not find(evs, "Government regains territory")


def test_relative_clause_describing_lost_areas_is_not_an_event():
    doc = run("حلب\n\nخلال الهجوم المعاكس الذي شنته قوات المعارضة المسلحة على المناطق التي سيطرت عليها قوات "
              "النظام في حي الميسر.", "2016-12-06")
    evs = events_json(doc)
    assert not find(evs, "Government regains territory"), evs
    clash = find(evs, "Armed clash", "الميسر")
    assert clash and clash[0]["actor1"]["side"] == "opposition"


def test_negated_strike_is_no_event():
    doc = run("حلب\n\nلم تستهدف الطائرات الحربية الأحياء الشرقية في مدينة حلب منذ أسبوعين.")
    assert events_json(doc) == []


def test_goal_is_no_event():
    doc = run("حلب\n\nوأصدر جيش الفتح بيانا قال فيه إن الهدف من معاركه هو دحر قوات النظام وتحرير مدينة حلب.")
    assert not [e for e in events_json(doc) if e["event_type"] == "Battles" and "تحرير" in e["evidence"][0]["text"]
                and e["sub_event_type"] != "Armed clash"]


# ----------------------------------------------------------------------------- other families

def test_protest_met_with_live_fire():
    doc = run("مسيرات العودة\n\nوشارك آلاف الفلسطينيين في مظاهرة قرب السياج الفاصل شرق مدينة غزة، وأطلق الجنود "
              "الإسرائيليون الرصاص الحي على المتظاهرين.", "2018-05-14")
    ev = [e for e in events_json(doc) if e["event_type"] == "Protests"]
    assert ev and ev[0]["sub_event_type"] == "Excessive force against protesters"


def test_arrest_campaign():
    doc = run("حملة اعتقالات\n\nاعتقلت قوات الأمن العراقية عشرة أشخاص في حملة مداهمات بمحافظة ديالى.", "2019-01-01")
    ev = find(events_json(doc), "Arrests", "ديالى")
    assert ev and ev[0]["actor1"]["side"] == "government"


def test_abduction_in_darfur():
    doc = run("اختطاف\n\nاختطف مسلحون مجهولون ثلاثة موظفين إغاثة في مدينة نيالا بجنوب دارفور.", "2019-01-01")
    assert find(events_json(doc), "Abduction/forced disappearance", "نيالا")


def test_summary_execution_is_violence_against_civilians():
    doc = run("إعدامات\n\nأعدم تنظيم الدولة ميدانيا 12 مدنيا في قرية قرب الحويجة.", "2016-09-01")
    ev = find(events_json(doc), "Attack", "الحويجة")
    assert ev and ev[0]["event_type"] == "Violence against civilians" and ev[0]["fatalities"] == 12


def test_agreement_needs_a_verb_of_reaching_it():
    doc = run("اتفاق\n\nتوصلت الأطراف الليبية إلى اتفاق لوقف إطلاق النار في جنيف.", "2020-10-23")
    assert find(events_json(doc), "Agreement", "جنيف")
    doc = run("هدنة\n\nوقال مقاتلون إن الهجوم على حلب خرق الهدنة في حلب.", "2016-10-30")
    assert not find(events_json(doc), "Agreement")


# ----------------------------------------------------------------------------- background, dates

def test_old_history_is_background_and_left_out():
    doc = run("حلب\n\nوكانت قوات النظام قد سيطرت على حي الشيخ سعيد في مدينة حلب في عام 2012.")
    assert doc.events == []
    bg = doc.options["background_events"]
    assert bg and all(isinstance(e, Event) and e.background for e in bg)
    assert bg[0].sub_event_type == "Government regains territory"


def test_background_kept_on_request():
    text = "حلب\n\nوكانت قوات النظام قد سيطرت على حي الشيخ سعيد في مدينة حلب في عام 2012."
    from rasd.events import find_events
    doc = run(text)
    doc.options["keep_background"] = True
    find_events(doc)
    assert [e.background for e in doc.events] == [True]
    assert events_json(doc)[0]["background"] is True


@needs_seeds
def test_pluperfect_of_the_current_offensive_is_an_event():
    doc = seed("000")
    ev = find(events_json(doc), "Non-state actor overtakes territory", "ضاحية الأسد")
    assert ev and not ev[0]["background"]
    assert_evidence_exact(doc)


def test_date_from_the_clause_and_unresolved_stays_null():
    text = "حلب\n\nوكانت الطائرات الروسية قد شنت غارات على بلدة البوابية صباح اليوم الثلاثاء."
    ev = find(events_json(run(text, "2016-12-06")), "Air/drone strike", "البوابية")
    assert ev and ev[0]["date"] == "2016-12-06"
    ev = find(events_json(run(text, None)), "Air/drone strike", "البوابية")
    assert ev and ev[0]["date"] is None


# ----------------------------------------------------------------------------- merging, seeds

def test_one_event_told_twice_is_merged_with_all_evidence():
    doc = run("نبل والزهراء\n\nاستهدفت الفصائل المعارضة بصواريخ الغراد بلدتي نبل والزهراء في ريف حلب الشمالي. "
              "وقال ناشطون إن الفصائل المعارضة قصفت بصواريخ الغراد بلدتي نبل والزهراء.", "2016-12-06")
    sh = find(events_json(doc), "Shelling/artillery/missile attack")
    assert len(sh) == 1, sh
    assert len(sh[0]["evidence"]) == 2
    assert_evidence_exact(doc)


@needs_seeds
@pytest.mark.parametrize("key", sorted(ROWS))
def test_seed_events_have_exact_evidence_and_valid_references(key):
    doc = seed(key)
    assert_evidence_exact(doc)
    out = to_dict(doc)
    ids = {a["id"] for a in out["actors"]}
    for k, e in enumerate(out["events"]):
        assert e["id"] == f"e{k}"
        for p in e["places"]:
            assert out["places"][p["index"]]["name_ar"] == p["name_ar"]
        for a in (e["actor1"], e["actor2"]):
            assert a is None or a["id"] in ids
        for c in e["casualties"]:
            assert 0 <= c < len(out["casualties"])


@needs_seeds
def test_seed_001_air_strikes_are_separate_by_place():
    evs = events_json(seed("001"))
    air = find(evs, "Air/drone strike")
    assert find(air, "Air/drone strike", "البوابية")[0]["fatalities"] == 7
    assert find(air, "Air/drone strike", "الجلوم")[0]["fatalities"] == 15
    assert find(air, "Air/drone strike", "عندان")
    assert not (place_names(find(air, "Air/drone strike", "البوابية")[0]) & {"بابكة", "السحارة"})


@needs_seeds
def test_seed_speed_is_linear_and_small():
    from rasd.contradictions import find_contradictions
    from rasd.events import find_events
    doc = seed("000")
    t = time.perf_counter()
    for _ in range(20):
        find_events(doc)
        find_contradictions(doc)
    per = (time.perf_counter() - t) / 20
    assert per < 0.05, per     # generous: measured ~3 ms for this 6.6 KB article


def test_weapons_without_an_attack_and_hypothetical_attacks_are_no_events():
    doc = run("غزة\n\nقال جيش الاحتلال إن المبنى في حي الزيتون شرق مدينة غزة مكان لتصنيع الصواريخ.", "2006-08-10")
    assert events_json(doc) == []
    doc = run("لبنان\n\nوشدد على ضرورة حماية هذا الموقع في جنوب لبنان من أي هجوم.", "2006-08-10")
    assert events_json(doc) == []


def test_history_a_month_before_is_background():
    doc = run("حلب\n\nوذلك بعد حوالي شهر من هجوم أطلقته قوات النظام على حي الشيخ سعيد في حلب.")
    assert doc.events == []
    assert [e.sub_event_type for e in doc.options["background_events"]] == ["Armed clash"]
