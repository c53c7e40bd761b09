"""Claims that disagree (rasd/contradictions.py): denial, outcome and toll, on real reporting."""
from __future__ import annotations


import pytest

from rasd.output import to_dict
from rasd.pipeline import extract

from conftest import OCHA_LAYER, SEED_ROWS

ROWS = SEED_ROWS
OCHA = OCHA_LAYER
needs_seeds = pytest.mark.skipif(not ROWS, reason="../shared/corpus/seeds.jsonl not present")


def seed(key: str):
    r = ROWS[key]
    gaz = [str(OCHA)] if OCHA.exists() else []
    return extract(r["text"], doc_id=r["id"], published=r["published"], gazetteers=gaz)


def about(out: dict, name: str) -> list[dict]:
    return [c for c in out["contradictions"] if any(name in a for a in c["about"])]


def check_spans(doc, out):
    for c in out["contradictions"]:
        assert c["evidence"]
        for sp in c["evidence"]:
            assert doc.text[sp["start"]:sp["end"]] == sp["text"]
        for it in c["items"]:
            assert it["text"] and it["text"] in doc.text


@needs_seeds
def test_denial_of_chlorine_attack_names_both_sides():
    doc = seed("000")
    out = to_dict(doc)
    cs = about(out, "الحمدانية")
    assert len(cs) == 1 and cs[0]["kind"] == "denial", out["contradictions"]
    c = cs[0]
    claim, denial = c["items"]
    assert out["events"][claim["event"]]["sub_event_type"] == "Chemical weapon"
    assert out["events"][claim["event"]]["disputed"] is True
    assert any(s["side"] == "government" for s in claim["claimed_by"])      # state TV / regime media
    assert any("استقم" in (s["name_ar"] or "") for s in denial["claimed_by"])  # Fastaqim official
    assert "نفى" in denial["text"] or "كذبة" in denial["text"]
    check_spans(doc, out)


@needs_seeds
def test_outcome_retaken_against_repelled_at_minyan():
    doc = seed("000")
    out = to_dict(doc)
    cs = about(out, "منيان")
    assert len(cs) == 1 and cs[0]["kind"] == "outcome"
    subs = {out["events"][it["event"]]["sub_event_type"] for it in cs[0]["items"]}
    assert subs == {"Government regains territory", "Armed clash"}
    assert all(out["events"][it["event"]]["disputed"] for it in cs[0]["items"])
    sides = [{s["side"] for s in it["claimed_by"]} for it in cs[0]["items"]]
    assert "government" in sides[0] and "opposition" in sides[1]
    check_spans(doc, out)


@needs_seeds
def test_contrasting_accounts_of_one_battle():
    doc = seed("004")
    out = to_dict(doc)
    cs = about(out, "الزربة")
    assert cs, out["contradictions"]
    assert "في المقابل" in cs[0]["items"][1]["text"]
    check_spans(doc, out)


@needs_seeds
@pytest.mark.parametrize("key", ["001", "002", "003"])
def test_no_contradiction_where_sources_agree(key):
    out = to_dict(seed(key))
    assert out["contradictions"] == []
    assert not any(e["disputed"] for e in out["events"])


def test_two_tolls_for_one_strike():
    text = ("غارات على كفرنبل\n\nقال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا في غارات جوية على بلدة "
            "كفرنبل بريف إدلب الجنوبي. في المقابل، قال الدفاع المدني إن 20 مدنيا قتلوا في الغارات على بلدة كفرنبل.")
    doc = extract(text, published="2019-05-05")
    out = to_dict(doc)
    assert [c["kind"] for c in out["contradictions"]] == ["toll"]
    c = out["contradictions"][0]
    assert c["about"] == ["كفرنبل"]
    assert "12" in c["note"] and "20" in c["note"]
    assert out["events"][0]["disputed"] is True
    check_spans(doc, out)


def test_same_toll_repeated_is_no_contradiction():
    text = ("قصف على حلب\n\nقتل 38 مدنيا في قصف على حي الفردوس بمدينة حلب. وقال المرصد السوري إن 38 مدنيا "
            "قتلوا في القصف على حي الفردوس.")
    out = to_dict(extract(text, published="2016-10-30"))
    assert out["contradictions"] == []


def test_denial_of_a_capture_in_iraq():
    text = ("الموصل\n\nأعلن تنظيم الدولة سيطرته على قرية الشورة جنوب الموصل، لكن قيادة العمليات المشتركة نفت "
            "ذلك ووصفته بأنه مزاعم كاذبة.")
    doc = extract(text, published="2016-11-01")
    out = to_dict(doc)
    cs = about(out, "الشورة")
    assert cs and cs[0]["kind"] == "denial"
    ev = out["events"][cs[0]["items"][0]["event"]]
    assert ev["sub_event_type"] == "Non-state actor overtakes territory" and ev["disputed"]
    assert any(s["side"] == "government" for s in cs[0]["items"][1]["claimed_by"])
    check_spans(doc, out)


@needs_seeds
def test_sentence_openers_are_the_whole_scan_matches_at_sentence_starts():
    # _contrasts only reads the markers that open a sentence; the short cut must find exactly
    # the matches the leftmost-longest scan of the whole article finds there
    import bisect

    from rasd.contradictions import _lexicon, _match_all, _openers
    from rasd.events import token_columns
    _, markers = _lexicon()
    texts = [r["text"] for r in ROWS.values()]
    texts.append("حلب\n\nقالت المعارضة إنها صدت هجوما على حي الشيخ سعيد. في المقابل، قالت مواقع "
                 "موالية إن الجيش تقدم في الحي. لكن مصادر محلية نفت ذلك.")
    seen = 0
    for text in texts:
        doc = extract(text, published="2016-12-01")
        starts = token_columns(doc)[0]
        firsts = {bisect.bisect_left(starts, s0) for s0, _s1 in doc.sentences}
        whole = [h[:4] for h in _match_all(doc, markers) if h[0] in firsts]
        quick = _openers(doc, markers)
        assert quick is not None
        assert [h[:4] for h in quick] == whole
        seen += len(whole)
    assert seen >= 2


def test_an_army_denial_disputes_the_strike_once_and_not_the_insults_in_its_statement():
    # a denial statement that also calls the other side looters: one strike, one denial
    text = ("الجيش ينفي قصف نيالا\n"
            "نفى الجيش السوداني اليوم الأحد مسؤوليته عن مقتل 14 مدنيا في قصف جوي على مدينة نيالا أمس السبت.\n"
            "وقال الجيش في بيان إن هذه المزاعم لن تنطلي على أحد بعد أن عرف الناس حقيقة الميليشيا التي لم "
            "تتورع عن القتل والنهب وحرق منازل المواطنين منذ بداية تمردها.\n"
            "وأعلنت وزارة الصحة في العاصمة السودانية الخرطوم أمس مقتل 14 مدنيا في قصف جوي على مدينة نيالا.")
    doc = extract(text, doc_id="t", published="2023-07-09")
    out = to_dict(doc)
    subs = [e["sub_event_type"] for e in out["events"]]
    assert "Looting/property destruction" not in subs, subs
    strikes = [e for e in out["events"] if e["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0]["date"] == "2023-07-08", strikes
    assert all(p["name_ar"] != "الخرطوم" for p in strikes[0]["places"])
    assert len(out["contradictions"]) <= 1


# --------------------------------------------------------------------------- toll: comparable figures only

def tolls(text: str) -> list[dict]:
    return [c for c in to_dict(extract(text))["contradictions"] if c["kind"] == "toll"]


def test_gravely_injured_are_no_rival_total():
    # SANA's 30 injured against SOHR's "ten injured in critical condition": a part, not a rival
    cs = tolls("وقالت وكالة الأنباء الرسمية (سانا) إن قذائف صاروخية سقطت على حي الجميلية في "
               "مدينة حلب، ما أدى إلى مقتل 12 شخصا وجرح 30 شخصا. وقال المرصد السوري لحقوق "
               "الإنسان إن عدد القتلى بلغ 13 في حي الجميلية بمدينة حلب، مرشحا للارتفاع بسبب وجود "
               "عشرة جرحى على الأقل بحال الخطر.")
    notes = [c["note"] for c in cs]
    assert len(cs) == 1, notes
    assert "12 killed" in notes[0] and "13 killed" in notes[0]


def test_a_floor_and_a_larger_figure_of_two_sources_are_shown_as_a_dispute():
    cs = tolls("وقالت وزارة الصحة إن 20 شخصا على الأقل قتلوا في قصف على حي الشيخ رضوان في "
               "مدينة غزة. وقال الدفاع المدني إن 26 شخصا قتلوا في القصف على حي الشيخ رضوان في "
               "مدينة غزة.")
    assert len(cs) == 1
    assert "at least 20 killed" in cs[0]["note"] and "26 killed" in cs[0]["note"]
    # one source's floor, then its own later figure: no dispute
    cs = tolls("وقالت وزارة الصحة إن 20 شخصا على الأقل قتلوا في قصف على حي الشيخ رضوان في "
               "مدينة غزة. وأضافت وزارة الصحة أن 26 شخصا قتلوا في القصف على حي الشيخ رضوان في "
               "مدينة غزة.")
    assert cs == []
    cs = tolls("وقالت وزارة الصحة إن 30 شخصا على الأقل قتلوا في قصف على حي الشيخ رضوان في "
               "مدينة غزة. وقال الدفاع المدني إن 26 شخصا قتلوا في القصف على حي الشيخ رضوان في "
               "مدينة غزة.")
    assert len(cs) == 1


def test_people_and_civilians_of_one_strike_are_compared():
    cs = tolls("وقالت وكالة الأنباء الرسمية إن غارة استهدفت سيارة في مديرية باقم بمحافظة صعدة ما أدى "
               "لمقتل 5 مواطنين. وقال مصدر طبي إن عدد القتلى الفعلي 9 أشخاص.")
    assert len(cs) == 1 and "5 killed" in cs[0]["note"] and "9 killed" in cs[0]["note"]


def test_killed_and_injured_by_two_sources_make_one_dispute():
    cs = tolls("وقالت وزارة الصحة إن قصفا مدفعيا على سوق شعبي في مدينة بحري أدى إلى مقتل 12 شخصا "
               "وإصابة 40 آخرين. وقالت شبكة أطباء السودان إن 8 أشخاص قتلوا وأصيب 25 آخرون في "
               "القصف على السوق في مدينة بحري.")
    assert len(cs) == 1
    assert "12 killed" in cs[0]["note"] and "25 injured" in cs[0]["note"]


def test_two_speakers_telling_one_channel_are_two_sources():
    cs = tolls("ارتفع عدد القتلى بين المحتجين في مدينة الكوت إلى 9 أشخاص، بحسب ما ذكرت مصادر حقوقية "
               "لقناة الجزيرة. وأفاد مصدر طبي حكومي لقناة الجزيرة بمقتل 4 محتجين في مدينة الكوت.")
    assert len(cs) == 1


def test_three_tolls_of_one_raid_are_one_dispute():
    # three sources, three tolls of one raid: one contradiction listing every claim, the killed
    # and the injured of each source together, with the evidence of each figure
    text = ("غارات على سراقب\n\nقال المرصد السوري لحقوق الإنسان إن 9 أشخاص قتلوا وأصيب 40 آخرون في غارات "
            "جوية على مدينة سراقب بريف إدلب. وقال الدفاع المدني إن 14 شخصا قتلوا وأصيب 60 آخرون في "
            "الغارات على سراقب. فيما قالت وكالة سانا إن 3 أشخاص قتلوا وأصيب 10 آخرون في سراقب.")
    doc = extract(text, published="2019-05-05")
    out = to_dict(doc)
    cs = tolls_of(out)
    assert len(cs) == 1
    c = cs[0]
    assert len(c["items"]) == 3
    for n in ("9", "40", "14", "60", "3", "10"):
        assert n in c["note"]
    assert all(len(it["casualties"]) == 2 for it in c["items"])
    assert len(c["evidence"]) == 6
    check_spans(doc, out)


def tolls_of(out):
    return [c for c in out["contradictions"] if c["kind"] == "toll"]


def test_a_total_whose_part_has_its_own_place_is_compared_with_the_citys_toll():
    # the civil defence's 23 died in the city; only its part of 15 is told of حي الشعار
    cs = tolls("غارات على إدلب\n\nقتل 12 مدنيا في غارات جوية على مدينة إدلب، وفقا للمرصد السوري لحقوق الإنسان. "
               "وقال الدفاع المدني إن 19 شخصا قتلوا، بينهم 12 في حي الضبيط.")
    assert len(cs) == 1 and "12 killed" in cs[0]["note"] and "19 killed" in cs[0]["note"]
    assert any("إدلب" in a for a in cs[0]["about"])


def test_two_stated_tolls_of_the_articles_attack_disagree_though_one_names_no_place():
    cs = tolls("غارات على الحديدة\n\nقتل وأصيب العشرات في غارة جوية على سوق في مدينة الحديدة. ونقلت وكالة "
               "رويترز عن أطباء قولهم إن عدد القتلى بلغ عشرين قتيلا في الهجوم. وأعلن تلفزيون المسيرة أن "
               "حصيلة القتلى بلغت ثلاثين قتيلا في الغارة على سوق الحديدة.")
    assert len(cs) == 1 and "20 killed" in cs[0]["note"] and "30 killed" in cs[0]["note"]


def test_a_placeless_figure_that_states_no_toll_is_not_compared():
    cs = tolls("غارات على الحديدة\n\nقال مصدر طبي إن 20 شخصا قتلوا. وأعلن تلفزيون المسيرة أن "
               "حصيلة القتلى بلغت ثلاثين قتيلا في الغارة على سوق الحديدة.")
    assert cs == []


def test_a_further_loss_told_after_kama_is_no_rival_toll():
    text = ("قصف على حلب\n\nواستأنفت قوات النظام قصفها لحي الفردوس في مدينة حلب ما أدى إلى مقتل خمسة "
            "أشخاص بحسب المرصد السوري لحقوق الإنسان. كما أعلن الدفاع المدني في حي الفردوس استهداف مركز "
            "له بالقصف، ما أدى إلى مقتل اثنين من المتطوعين العاملين معه.")
    out = to_dict(extract(text, published="2016-08-07"))
    assert not [c for c in out["contradictions"] if c["kind"] == "toll"]


def test_a_toll_told_after_kama_is_still_a_rival():
    text = ("قصف على حلب\n\nقتل 12 شخصا في قصف على حي الفردوس في مدينة حلب، حسب الإعلام الرسمي. كما تحدث "
            "المرصد السوري لحقوق الإنسان عن سقوط قذائف على حي الفردوس، مشيرا إلى أن عدد القتلى بلغ 15.")
    out = to_dict(extract(text, published="2016-08-07"))
    assert [c["kind"] for c in out["contradictions"]] == ["toll"]


def test_a_second_security_source_is_another_source():
    # AFP on Tin-Akoff (Burkina Faso), 2023: two unnamed security sources give two tolls
    text = ("قتل 15 جنديا في بوركينا فاسو\n\nوأوضح مصدر أمني أول «استهدفت بلدة تين-أكوف بهجوم عنيف "
            "الليلة الماضية»، متحدثاً عن «مقتل 15 شخصاً» و«فقدان عناصر». وأكد مصدر أمني ثانٍ، وقوع هذا "
            "الهجوم، لكنه قال: إن الحصيلة هي 19 قتيلاً و«عشرات المفقودين».")
    doc = extract(text, published="2023-02-21")
    out = to_dict(doc)
    tolls = [c for c in out["contradictions"] if c["kind"] == "toll"]
    assert len(tolls) == 1
    assert "15" in tolls[0]["note"] and "19" in tolls[0]["note"] and "ثان" in tolls[0]["note"]
    check_spans(doc, out)


def test_a_toll_set_against_a_count_of_soldiers():
    # Aden, 2016: the army's 14 soldiers against the medical sources' 40 dead, set off by لكن
    text = ("تفجير انتحاري في عدن\n\nنقل المركز الإعلامي للجيش اليمني عن قائد المنطقة العسكرية الرابعة إن "
            "تفجيرا انتحاريا استهدف معسكر الصولبان في مدينة عدن ما أسفر عن مقتل 14 جنديا، وجرح آخرين. لكن "
            "مصادر طبية بمدينة عدن اكدت ارتفاع عدد القتلى الى 40 وعشرات الجرحى.")
    doc = extract(text, published="2016-12-18")
    out = to_dict(doc)
    tolls = [c for c in out["contradictions"] if c["kind"] == "toll"]
    assert len(tolls) == 1 and "14" in tolls[0]["note"] and "40" in tolls[0]["note"]
    # (the camp in Aden, a place of its own since "معسكر" is a head word)
    assert {"عدن", "معسكر الصولبان"} & set(tolls[0]["about"]), tolls[0]["about"]
    check_spans(doc, out)


def test_a_contrast_does_not_join_the_tolls_of_two_towns():
    text = ("غارات على إدلب\n\nقتل 12 مدنيا في غارات على بلدة كفرنبل بريف إدلب، حسب المرصد السوري. في "
            "المقابل قال الدفاع المدني إن 5 مدنيين قتلوا في قصف على بلدة سراقب.")
    out = to_dict(extract(text, published="2019-05-05"))
    assert [c for c in out["contradictions"] if c["kind"] == "toll"] == []


def test_one_event_told_by_two_sides_that_agree_is_no_dispute():
    # syria.news, al-Waer: opposition sources tell two rescuers hurt by a missile; "for their
    # part" pro-government sources tell the same missile strike
    text = ("قصف على حي الوعر\n\nوأشارت مصادر معارضة إلى إصابة عنصرين من الدفاع المدني في حي الوعر بعد "
            "سقوط صاروخ قريب. من جانبها قالت مصادر مؤيدة إن قوات النظام استهدفت يوم الأحد حي الوعر "
            "بصاروخ أرض أرض وقذائف هاون.")
    assert to_dict(extract(text, published="2016-10-30"))["contradictions"] == []
    # each side telling the other's dead is a dispute (seed 004's pattern)
    text = ("معارك في ريف حلب الجنوبي\n\nأعلنت فصائل المعارضة المسلحة قتل 15 من قوات النظام خلال "
            "تصديها لهجوم على بلدة خان طومان. في المقابل، قالت مواقع إخبارية موالية للنظام إن الجيش قتل "
            "عشرات المسلحين في هجوم على بلدة خان طومان.")
    out = to_dict(extract(text, published="2016-10-30"))
    assert [c["kind"] for c in out["contradictions"]] == ["outcome"]


def test_strikes_on_two_quarters_told_by_two_voices_are_no_dispute():
    # Anadolu, Aleppo: medical sources tell the helicopters' strike on al-Sukkari and al-Ansari;
    # "من جانبه" a civil defence official tells Russian strikes on Bustan al-Qasr
    text = ('وأفاد مراسل الأناضول نقلاً عن مصادر طبية في مستشفى ميداني بالمدينة، أن مروحيتين عسكريتين '
            'تابعتين للنظام السوري، استهدفتا مجمعات سكنية في حيي "السكري" و"الأنصاري" الخاضعتين لسيطرة '
            'المعارضة، ما أسفر عن مقتل 11 شخصاً.\nمن جانبه، قال نجيب أنصاري، أحد المسؤولين في الدفاع '
            'المدني بحلب للأناضول، إن طائرات سورية وروسية شنت نحو 150 غارة على حلب منذ ليلة أمس.\n'
            'وأضاف أنصاري أن "الطائرات الروسية استهدفت حي بستان القصر بـ16 قنبلة فوسفورية اليوم".')
    doc = extract(text)
    assert len(doc.events) == 2 and doc.contradictions == []


def test_a_denial_that_opens_the_story_disputes_the_strike_told_after_it():
    # Hal Suri: the Russian ministry's denial first, then the activists' account with its place
    text = ("نفت وزارة الدفاع الروسية المزاعم التي تقول إن قافلة مساعدات تابعة لـ #الهلال_الأحمر استهدفت "
            "جواً أمس.\n\nوقال نشطاء ومصادر حقوقية سورية إن “طائرات جوية حربية” استهدفت قافلة للهلال الأحمر "
            "تحمل مساعدات قرب #أورم_الكبرى بريف #حلب الغربي، ما أدى إلى احتراقها، ومقتل أكثر من عشر مدنيين.")
    doc = extract(text, published="2016-09-20")
    out = to_dict(doc)
    assert [(c["kind"], c["about"]) for c in out["contradictions"]] == [("denial", ["أورم_الكبرى"])]
    assert [e["disputed"] for e in out["events"]] == [True]
    check_spans(doc, out)


def test_no_denial_made_is_no_dispute():
    # Raqraq News, Omdurman: "لم يصدر عن قوات الدعم السريع أي نفي رسمي"
    text = ("أكد الناطق باسم وزارة الصحة أن الحصيلة الأولية لضحايا القصف المدفعي لقوات الدعم السريع على أم "
            "درمان بلغت 13 حالة وفاة.\nوحتى الآن، لم يصدر عن قوات الدعم السريع أي نفي رسمي أو تعليق على "
            "الأخبار المتعلقة بقصف مدينة أمدرمان.")
    assert to_dict(extract(text))["contradictions"] == []


def test_a_denier_among_the_claimers_still_denies_what_others_claim():
    # JO24 (AFP copy): the coalition's own sources, told with the strike, deny it
    text = ("مقتل واصابة 616 شخصا في قصف لمجلس عزاء بصنعاء.. والتحالف ينفي مسؤوليته\n"
            "قتل 82 شخصا واصيب 534 آخرون بجروح السبت في غارات جوية نسبت للتحالف الذي تقوده السعودية، "
            "واصابت حشدا كان يحضر عزاء في صنعاء، في حصيلة اولية اعلنها المتمردون الحوثيون.\n"
            "من جهة أخرى أكدت مصادر بالتحالف الذي تقوده السعودية أنه لم تجر عمليات جوية للتحالف في مكان "
            "الضربة الجوية في صنعاء.")
    doc = extract(text, published="2016-10-08")
    out = to_dict(doc)
    assert [e["sub_event_type"] for e in out["events"]] == ["Air/drone strike"]
    assert [(c["kind"], c["about"]) for c in out["contradictions"]] == [("denial", ["صنعاء"])]
    assert out["events"][0]["disputed"]
    check_spans(doc, out)


def test_a_hospitals_toll_and_its_towns_toll_from_two_sources_disagree():
    # set 104 (a5r5br, al-Fashir 2024): the resistance committees' 67 at the Saudi Hospital
    # against the governor's "more than 70" at the (misspelt) hospital of the town
    text = ("ارتفاع ضحايا القصف بالمستشفى السعودي بالفاشر إلى 67\n"
            "أعلنت تنسيقية لجان مقاومة الفاشر بولاية شمال دارفور، مقتل 67 شخصاً وإصابة العشرات جراء "
            "قصف الدعم السريع بمسيرة المستشفى السعودي بالفاشر.\n"
            "وأعلن حاكم إقليم دارفور، مني أركو مناوي، استهداف الدعم السريع، قسم الحوادث في المستسفى "
            "السعودي بمدينة الفاشر، بطائرة مسيرة، ما أسفر عن مقتل أكثر من 70 مريضا بينهم نساء وأطفال "
            "داخل القسم.")
    doc = extract(text, published="2024-10-21")
    out = to_dict(doc)
    assert [c["kind"] for c in out["contradictions"]] == ["toll"], out["contradictions"]
    check_spans(doc, out)


def test_an_agency_adding_to_a_ministrys_account_is_no_rival_account():
    # set 106 (Arabi21, south Lebanon 2024): "من جهتها أفادت وكالة الأنباء اللبنانية" tells the same
    # strikes with more detail; the agency stands on no side
    text = ("شهداء وجرحى في قصف إسرائيلي على 5 بلدات جنوب لبنان\n"
            "\n"
            "تحتل \"إسرائيل\" منذ عقود أراضي لبنانية في الجنوب- جيتي\n"
            "استشهد سبعة أشخاص جراء غارات إسرائيلية استهدفت 5 بلدات جنوب لبنان، وفق مصادر رسمية.\n"
            "\n"
            "وأكدت وزارة الصحة اللبنانية في بيان لها الجمعة أن \"غارة العدو الإسرائيلي بواسطة مسيرة استهدفت بلدة عيتا الجبل، وأدت في حصيلة أولية إلى استشهاد شخصين أحدهما طفل يبلغ من العمر سبع سنوات\".\n"
            "\n"
            "كما أفادت الوزارة باستشهاد 3 أشخاص جراء القصف الإسرائيلي الذي استهدف بلدة طير حرفا بقضاء صور، مؤكدة أن \"قصفا إسرائيليا على بلدتي ميس الجبل وعيترون أسفر عن سقوط قتيلين وعدد من الجرحى\".\n"
            "\n"
            "من جهتها أفادت وكالة الأنباء اللبنانية بأن \"مسيرة معادية وطائرة حربية شنتا غارتين استهدفتا الحي الشمالي في بلدة ميس الجبل، كما استهدفت مدفعية العدو تلة العزية باتجاه بلدة دير ميماس\" (قضاء مرجعيون في محافظة النبطية).\n"
            "\n"
            "وعن بلدة عيترون قالت الوكالة إن مسيرة معادية نفذت \"عدوانا جويا حيث شنت غارة مستهدفة دراجة نارية في البلدة الواقعة في قضاء بنت جبيل بصاروخ موجه\".\n"
            "\n"
            "بدوره، أعلن \"حزب الله\" استشهاد 4 من عناصره في مواجهات مع جيش الاحتلال الإسرائيلي جنوب لبنان، ما يرفع حصيلة الشهداء إلى 425 منذ 8 تشرين الأول/ أكتوبر 2023.\n")
    doc = extract(text, published="2024-09-27")
    out = to_dict(doc)
    assert not [c for c in out["contradictions"] if c["kind"] == "outcome"], out["contradictions"]


def test_a_town_and_its_area_of_one_name_are_one_place():
    # set 156 (Homs 2012, al-Houla): SOHR's 90 dead in "منطقة الحولة" and the opposition's "more
    # than a hundred" in "بلدة الحولة" are two tolls of one massacre
    text = ("قال المرصد السوري لحقوق الانسان إن منطقة الحولة في محافظة حمص شهدت مجزرة قتل فيها "
            "تسعون شخصا.\n"
            "وقالت المعارضة إن أكثر من مئة شخص قتلوا في بلدة الحولة.")
    out = to_dict(extract(text, published="2012-05-26"))
    tolls = [c for c in out["contradictions"] if c["kind"] == "toll"]
    assert tolls and "الحولة" in tolls[0]["about"], out["contradictions"]


def test_a_country_accuses_and_the_accused_denies():
    # set 155 (Mariupol, 2022): "اتهمت أوكرانيا روسيا بقصف مسرح … ونفت روسيا الأمر"
    text = ("اتهمت أوكرانيا روسيا بقصف مسرح في مدينة ماريوبول أمس الأربعاء كان يحتمي به أكثر من ألف "
            "مدني، وسط توقعات بوجود ناجين تحت الأنقاض، ونفت روسيا الأمر.")
    out = to_dict(extract(text, published="2022-03-17"))
    denials = [c for c in out["contradictions"] if c["kind"] == "denial"]
    assert denials and "ماريوبول" in denials[0]["about"], out["contradictions"]


def test_a_named_commander_killed_is_no_rival_toll():
    # after Anadolu via alraipress (Tikrit, 2015): a named commander's death and a doctor's
    # five dead are not two counts of one loss
    text = ("أعلن الحشد الشعبي مقتل القائد الميداني في الحشد علي الموسوي خلال اشتباكات في مدينة "
            "تكريت اليوم. وأفاد طبيب بمستشفى سامراء بوصول خمسة قتلى من الحشد إثر معارك تكريت "
            "اليوم.")
    out = to_dict(extract(text, published="2015-03-14"))
    assert not [c for c in out["contradictions"] if c["kind"] == "toll"], out["contradictions"]
    # one victim with a numeral is a count like any other
    text = ("أعلن الحشد الشعبي مقتل مقاتل واحد من الحشد خلال اشتباكات في مدينة تكريت اليوم. "
            "وقال المرصد إن خمسة مقاتلين من الحشد قتلوا في اشتباكات تكريت اليوم.")
    out = to_dict(extract(text, published="2015-03-14"))
    assert [c for c in out["contradictions"] if c["kind"] == "toll"], out["contradictions"]


def test_one_denial_told_twice_is_one_contradiction():
    # The Lens Post (Sirte, January 2020): the government denies the takeover, then calls it a
    # rumour in its next sentence
    text = ("نفت قوات حكومة الوفاق الليبية، الإثنين، صحة الأخبار التي انتشرت حول سيطرة قوات اللواء "
            "المتقاعد خليفة حفتر، على مواقع في مدنية سرت الليبية، وأكدت الوفاق: “لا صحة للإشاعات "
            "المتداولة عن تقدم مليشيات ومرتزقة حفتر، وسيطرتهم على بعض المواقع بالمدينة”.\n\n"
            "وأعلنت القوات الحكومة، أن “قوة حماية وتأمين” مدينة سرت (شرق) صدت هجوما لـ”مليشيات "
            "ومرتزقة”، اللواء متقاعد، خليفة حفتر، نافية صحة شائعات عن سيطرتهم على مواقع في المدينة.")
    out = to_dict(extract(text, published="2020-01-06"))
    denials = [c for c in out["contradictions"] if c["kind"] == "denial"]
    assert len(denials) == 1 and "سرت" in denials[0]["about"], out["contradictions"]


def test_a_toll_against_the_parts_that_sum_to_it_is_no_dispute():
    # AFP via al-Riyadh (Dibis, October 2016): 16 killed by the mayor and officials, then the
    # mayor's "12 Iraqi staff and four Iranian technicians": 12 + 4 is the same 16
    text = ("وقتل 16 شخصاً على الأقل في هجوم انتحاري على محطة للكهرباء في دبس بشمال العراق، كما قال "
            "رئيس بلدية هذه البلدة ومسؤولون أمنيون، وقال رئيس بلدية دبس عبد الله نور الدين الصالحي "
            "أن \"ثلاثة انتحاريين هاجموا المحطة، وقتلوا 12 موظفاً عراقياً وأربعة فنيين إيرانيين\".")
    out = to_dict(extract(text, published="2016-10-21"))
    assert [(c["count"], c["group"]) for c in out["casualties"]] == [
        (16, "people"), (12, "civilians"), (4, "civilians")], out["casualties"]
    assert out["contradictions"] == [], out["contradictions"]
    # parts that do not sum to it are disputed
    out = to_dict(extract(text.replace("وأربعة فنيين", "وستة فنيين"), published="2016-10-21"))
    assert [c["kind"] for c in out["contradictions"]] == ["toll"], out["contradictions"]


def test_the_lead_s_toll_against_a_stated_toll_of_another_source():
    # Reuters via copts-united (Afrin, January 2021): the lead's 4 dead are the Civil Defence's
    # ("إن حصيلة الضحايا قد ترتفع", past the relative clause of its subject); the Observatory's
    # "عدد القتلى بلغ 6", told of no place of its own, disputes them
    text = ("انفجرت سيارة ملغومة في سوق ببلدة عفرين بمحافظة حلب شمالي سوريا، الاثنين، فقتلت ما لا يقل "
            "عن 4 أشخاص.\n\nوقال متطوعون من الدفاع المدني السوري الذي يعمل في مناطق خاضعة "
            "للمعارضة، إن حصيلة الضحايا قد ترتفع. وأضاف أن امرأة من بين القتلى.\n\nوذكر المرصد "
            "السوري لحقوق الإنسان أن عدد القتلى بلغ 6، وبينهم مقاتلون من المعارضة.")
    out = to_dict(extract(text, published="2021-01-18"))
    tolls = [c for c in out["contradictions"] if c["kind"] == "toll"]
    assert len(tolls) == 1, out["contradictions"]
    assert sorted(x["claimed_by"][0]["name_ar"] for x in tolls[0]["items"]) == [
        "الدفاع المدني السوري", "المرصد السوري لحقوق الإنسان"], tolls


def test_activists_toll_in_a_headline_against_the_observatory_s():
    # BBC Arabic (Homs, 2013): the activists' 24 soldiers (headline and lead) against SOHR's 19
    text = ("القتال في حمص: نشطاء يؤكدون مقتل 24 من الجيش النظامي السوري\n\nقال نشطاء سوريون إن 24 "
            "عنصرا من الجيش النظامي السوري على الأقل قتلوا خلال محاولته اقتحام حي الخالدية وأحياء "
            "حمص القديمة.\n\nوقال المرصد السوري لحقوق الإنسان، ومقره بريطانيا، الأحد إن 19 من "
            "عناصر الجيش قتلوا فيما وصفها بجبهة حي الخالدية.")
    out = to_dict(extract(text, published="2013-06-30"))
    tolls = [c for c in out["contradictions"] if c["kind"] == "toll"]
    assert len(tolls) == 1, out["contradictions"]
    assert sorted(x["claimed_by"][0]["name_ar"] for x in tolls[0]["items"]) == [
        "المرصد السوري لحقوق الإنسان", "نشطاء"], tolls
