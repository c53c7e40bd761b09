"""Who says what (rasd.attribution) on real Arabic reported speech.

Sentences come from the seed articles or follow the attribution formulas of Arabic news agencies;
each test looks up the sources of a stretch of text with ``sources_for``.
"""
from __future__ import annotations

from rasd.attribution import sources_for
from rasd.normalize import normalize
from rasd.output import to_dict
from rasd.pipeline import extract


def run(text: str, published: str | None = None):
    doc = extract(text, published=published, until="attribution")
    for att in doc.attributions:
        for e in att.evidence:
            assert doc.text[e.start:e.end] == e.text, "evidence must slice the text as given"
        for s in att.sources:
            assert s.name_ar
    return doc


def who(doc, phrase: str, nth: int = 0) -> list[str]:
    """Normalised names of the sources of the nth occurrence of ``phrase``."""
    p = normalize(phrase)
    i = -1
    for _ in range(nth + 1):
        i = doc.norm.find(p, i + 1)
        assert i >= 0, f"{phrase!r} not in text"
    return [normalize(s.name_ar) for s in sources_for(doc, i, i + len(p))]


def n(*names: str) -> list[str]:
    return [normalize(x) for x in names]


def test_observatory_speaking_to_afp_is_a_chain_in_order():
    doc = run('وكان المرصد السوري قد قال لوكالة فرانس برس إنه "قتل 38 مدنيا، بينهم 14 طفلا، '
              'جراء مئات القذائف"، كما أشار إلى إصابة "حوالي 250 آخرين بجروح".')
    assert who(doc, "قتل 38 مدنيا") == n("المرصد السوري", "وكالة فرانس برس")
    # the participle-like "كما أشار إلى" goes on with the same speaker
    assert who(doc, "حوالي 250 آخرين") == n("المرصد السوري", "وكالة فرانس برس")
    srcs = sources_for(doc, doc.norm.find("38"), doc.norm.find("38") + 2)
    assert srcs[0].id is not None and srcs[1].addressee


def test_correspondent_quoting_civil_defence():
    doc = run("وقال مراسل الجزيرة نقلا عن الدفاع المدني إن خمسة مدنيين قتلوا في غارة على مدينة أريحا.")
    assert who(doc, "خمسة مدنيين قتلوا") == n("مراسل الجزيرة", "الدفاع المدني")


def test_state_tv_quoting_a_hospital_director():
    doc = run("ونقل التلفزيون السوري عن مدير مستشفى في حلب قوله إن 36 شخصا بينهم مدنيون وجنود "
              "أصيبوا بالاختناق نتيجة القصف بغاز الكلور.")
    got = who(doc, "36 شخصا")
    assert got[0] == normalize("التلفزيون السوري")
    assert got[1].startswith(normalize("مدير مستشفى"))


def test_subject_before_the_verb():
    doc = run("غير أن مصادر في فصائل المعارضة قالت إنها صدت هجوما لقوات النظام على قرية منيان، "
              "وإنها قتلت أفراداً من تلك القوات.")
    # "مصادر في فصائل المعارضة": one voice, a source inside the factions (their id and side)
    assert who(doc, "قتلت أفراداً") == n("مصادر في فصائل المعارضة")
    src = sources_for(doc, doc.norm.find(normalize("قتلت")), doc.norm.find(normalize("قتلت")) + 4)[0]
    factions = [a for a in doc.actors if normalize(a.name_ar) == normalize("فصائل المعارضة")]
    assert factions and src.id == factions[0].id and src.side == "opposition"


def test_verb_with_a_nominal_object_and_a_quoted_name():
    doc = run('وتجدد قصف الطيران الحربي على المناطق المحاصرة، حيث أكد "مركز حلب الإعلامي" سقوط '
              'شهداء، ووجود جرحى عالقين تحت الأنقاض.')
    assert who(doc, "سقوط شهداء") == n("مركز حلب الإعلامي")
    # the first clause, before the verb, is the outlet's own voice
    assert who(doc, "وتجدد قصف الطيران") == []


def test_definite_head_refers_back_to_the_named_source():
    doc = run('حيث أكد "مركز حلب الإعلامي" سقوط شهداء، في حين وثّق المركز سقوط 24 شهيدًا، وأكثر '
              'من 85 جريحًا، أول أمس (الأحد).')
    first = sources_for(doc, doc.norm.find("شهداء"), doc.norm.find("شهداء") + 5)
    p = doc.norm.find("24 شهيدا")
    later = sources_for(doc, p, p + 8)
    assert [s.id for s in later] == [s.id for s in first] and later[0].id is not None


def test_the_verbal_noun_of_announcing_has_its_subject_after_it():
    doc = run("وجاء ذلك بعد إعلان مجلس منبج العسكري مقتل سبعة مقاتلين في هجوم على أحد حواجزه.")
    assert who(doc, "مقتل سبعة مقاتلين") == n("مجلس منبج العسكري")
    # "الإعلان عن" with no subject names no source
    doc = run("وجاء الهجوم بعد الإعلان عن مقتل سبعة مقاتلين في هجوم على أحد الحواجز.")
    assert who(doc, "مقتل سبعة مقاتلين") == []


def test_a_quoted_nickname_after_the_verb_is_the_speaker():
    doc = run('وأضاف "أبو عدي" إن طائرات النظام ألقت براميل على مدينة داعل، ما أسفر عن مقتل مدني.')
    assert who(doc, "مقتل مدني") == n("أبو عدي")


def test_activists_with_a_place_and_a_verbal_noun():
    doc = run("أفاد ناشطون في مدينة حلب بمقتل العشرات من قوات النظام، وتدمير ثلاث دبابات.")
    assert who(doc, "بمقتل العشرات") == n("ناشطون")


def test_organisation_announcing_a_toll_keeps_its_full_name_as_written():
    doc = run("أعلنت فصائل المعارضة السورية المسلحة قتل 15 من قوات النظام والمليشيات الموالية له "
              "بريف حلب الجنوبي.")
    got = who(doc, "قتل 15")
    assert got and got[0].startswith(normalize("فصائل المعارضة"))
    assert sources_for(doc, doc.norm.find("قتل 15"), doc.norm.find("قتل 15") + 6)[0].side == "opposition"


def test_generic_voice_the_actor_stage_may_not_list():
    doc = run("وقالت مصادر ميدانية إن العشرات من عناصر المليشيات الأجنبية وجنود النظام قتلوا.")
    assert who(doc, "العشرات من عناصر") == n("مصادر ميدانية")


def test_leading_formula():
    doc = run("وبحسب المرصد السوري لحقوق الإنسان، قتل 12 عنصرا من قوات النظام في اشتباكات بريف حماة.")
    got = who(doc, "قتل 12 عنصرا")
    assert got and got[0].startswith(normalize("المرصد السوري"))


def test_trailing_formula_covers_its_sentence_and_the_one_before_in_the_paragraph():
    doc = run("قتل 7 مدنيين في قصف على مدينة دوما. وأصيب 20 آخرون، وفق ما أفادت شبكة شام.\n\n"
              "وقتل 3 جنود في هجوم على حاجز.")
    assert who(doc, "وأصيب 20 آخرون") == n("شبكة شام")
    assert who(doc, "قتل 7 مدنيين") == n("شبكة شام")
    assert who(doc, "وقتل 3 جنود") == []


def test_trailing_formula_does_not_take_an_attributed_sentence():
    doc = run("وقال الدفاع المدني إن 5 مدنيين قتلوا. وأصيب 10 آخرون بحسب ناشطين.")
    assert who(doc, "5 مدنيين قتلوا") == n("الدفاع المدني")
    assert who(doc, "وأصيب 10 آخرون") == n("ناشطين")


def test_quotation_runs_over_sentences():
    doc = run('وقال المتحدث باسم الدفاع المدني: "قتل خمسة مدنيين في الغارة. وأصيب عشرة آخرون '
              'بجروح خطيرة". وفي سياق آخر، قتل ثلاثة جنود في هجوم.')
    assert normalize("الدفاع المدني") in who(doc, "وأصيب عشرة آخرون")
    assert who(doc, "قتل ثلاثة جنود") == []


def test_speaker_carries_over_to_a_verb_without_subject():
    doc = run("وفي السياق ذاته، أفاد مراسل الجزيرة أن طائرات روسية وسورية شنت غارات كثيفة على مواقع "
              "مدنية في حلب، وأضاف نقلا عن مصادر في الدفاع المدني أن 13 شخصا قتلوا بقصف الطيران.")
    assert who(doc, "13 شخصا قتلوا") == n("مراسل الجزيرة", "مصادر في الدفاع المدني")
    assert who(doc, "طائرات روسية وسورية") == n("مراسل الجزيرة")


def test_claim_ends_where_the_next_speaker_begins():
    doc = run('ونقل التلفزيون السوري عن مدير مستشفى قوله إن 36 شخصا أصيبوا بالاختناق، بينما نفى صحة '
              'التقرير زكريا ملاحفجي مدير المكتب السياسي لتجمع "فاستقم" وقال إنها "كذبة".')
    assert who(doc, "36 شخصا")[0] == normalize("التلفزيون السوري")
    assert normalize("التلفزيون السوري") not in who(doc, "كذبة")


def test_outlet_voice_is_empty():
    doc = run("استهدفت قوات النظام مدينة دارة عزة بريف حلب الغربي بصاروخ أرض أرض ظهر اليوم.")
    assert doc.attributions == []
    assert who(doc, "دارة عزة") == []


def test_seed_articles_attributions_have_sources(seed_articles):
    for art in seed_articles.values():
        doc = run(art["text"], art.get("published"))
        assert doc.attributions, art["id"]
        for att in doc.attributions:
            assert att.sources and att.ranges
            for a, b in att.ranges:
                assert 0 <= a < b <= len(doc.norm)


def test_outlet_spoken_to_in_quotes_is_an_addressee():
    doc = run('وقال الناشط أبو محمد لـ"عنب بلدي" إن 6 مدنيين قتلوا في القصف.')
    p = doc.norm.find("6 مدنيين")
    srcs = sources_for(doc, p, p + 8)
    # the activist's voice, his name (a titled person after a verb of saying), the outlet
    assert [normalize(s.name_ar) for s in srcs] == n("الناشط", "أبو محمد", "عنب بلدي")
    assert srcs[2].addressee and not srcs[0].addressee and not srcs[1].addressee


def test_newspaper_not_in_the_actor_lexicon_is_a_voice_with_its_name():
    doc = run("وذكرت صحيفة الوطن المقربة من الحكومة أن الجيش قتل 30 إرهابيا في ريف حماة.")
    got = who(doc, "الجيش قتل 30")
    assert got and got[0].startswith(normalize("صحيفة الوطن"))


def test_formula_with_hasbama():
    doc = run("قتل 4 مدنيين في قصف على بلدة سرمين حسبما أفاد الدفاع المدني.")
    assert who(doc, "قتل 4 مدنيين") == n("الدفاع المدني")
    assert len(doc.attributions) == 1


def test_headline_source_before_a_colon():
    doc = run("المرصد السوري: مقتل 20 مدنيا بغارات روسية على إدلب\nوقصفت الطائرات بلدة سرمين.")
    assert who(doc, "مقتل 20 مدنيا") == n("المرصد السوري")
    assert who(doc, "وقصفت الطائرات") == []
    # a place before a colon is not a source
    doc = run("اليمن: مقتل 12 مدنيا بقصف على صعدة")
    assert who(doc, "مقتل 12 مدنيا") == []


def test_background_formula_is_the_outlets_voice():
    doc = run("وقال المرصد السوري إن 5 مدنيين قتلوا في القصف، ويذكر أن قوات النظام سيطرت على 60 "
              "بالمئة من الأحياء الشرقية.")
    assert who(doc, "5 مدنيين قتلوا") == n("المرصد السوري")
    assert who(doc, "سيطرت على 60") == []
    doc = run("ويذكر المرصد السوري أن 5 مدنيين قتلوا.")
    assert who(doc, "5 مدنيين") == n("المرصد السوري")


def _source(doc, phrase: str):
    i = doc.norm.find(normalize(phrase))
    assert i >= 0, phrase
    return sources_for(doc, i, i + len(normalize(phrase)))


def test_a_source_inside_a_body_is_one_voice_with_the_bodys_id():
    doc = run("وقال مسؤول في حركة الجهاد الإسلامي إن ثلاثة من عناصر الحركة قتلوا في الغارة.")
    got = _source(doc, "ثلاثة من عناصر")
    assert [normalize(s.name_ar) for s in got] == n("مسؤول في حركة الجهاد الإسلامي")
    pij = [a for a in doc.actors if a.id == got[0].id]
    assert got[0].id is not None and pij and normalize("الجهاد الاسلامي") in normalize(pij[0].name_ar)
    # an official AT a ministry (glued ب)
    doc = run("وقال مسؤول بالخارجية الأميركية إن واشنطن تتابع التطورات في حلب.")
    got = _source(doc, "واشنطن تتابع")
    assert len(got) == 1 and normalize(got[0].name_ar) == normalize("مسؤول بالخارجية الأميركية")
    assert got[0].id is not None


def test_a_source_in_a_country_is_not_the_state():
    doc = run("وقال مصدر في سوريا إن الاشتباكات استمرت طوال الليل.")
    got = _source(doc, "الاشتباكات استمرت")
    assert [normalize(s.name_ar) for s in got] == n("مصدر") and got[0].id is None


def test_a_member_of_nothing_named_is_no_source():
    doc = run("وقال عضو إن الاجتماع انتهى دون اتفاق.")
    assert _source(doc, "الاجتماع انتهى") == []
    doc = run("وقال عضو المجلس المحلي في المدينة إن القصف طال السوق الشعبي.")
    assert [normalize(s.name_ar) for s in _source(doc, "القصف طال")] == n("عضو المجلس المحلي")


def test_a_voice_name_leaves_out_a_glued_conjunction():
    doc = run("وقال ناشطون ومصادر محلية إن القصف استمر حتى الفجر.")
    assert who(doc, "القصف استمر") == n("ناشطون", "مصادر محلية")


def test_names_keep_a_first_letter_that_is_no_clitic():
    doc = run("وقالت وسائل إعلام تابعة للنظام إن خمسة مدنيين قتلوا في قصف على مدينة دوما.")
    assert who(doc, "خمسة مدنيين") == n("وسائل إعلام تابعة للنظام")
    doc = run("وقال قائد في تجمع فاستقم كما أمرت إن مقاتليه صدوا الهجوم.")
    assert any(x.startswith(normalize("تجمع فاستقم")) or x.startswith(normalize("قائد في تجمع فاستقم"))
               for x in who(doc, "صدوا الهجوم"))
    doc = run("ورصدت كاميرا الجزيرة آثار الدمار في الحي، وقالت إن القصف استمر.")
    assert who(doc, "القصف استمر")[0].startswith(normalize("كاميرا الجزيرة"))


def test_a_mention_starting_inside_a_word_keeps_the_word_whole():
    """Whatever the actor stage hands over, a source name does not lose the first letter of a
    word unless the letters are a clitic and the rest a known name (لوكالة -> وكالة)."""
    from rasd.attribution import find_attributions
    text = "وقالت وسائل إعلام تابعة للنظام إن الجيش تقدم في ريف حلب."
    doc = extract(text, until="actors")
    media = [a for a in doc.actors if normalize(a.name_ar).startswith(normalize("وسائل"))
             or any(normalize(x).startswith(normalize("وسائل")) for x in a.aliases)]
    assert media
    a = media[0]
    s, e = a.mentions_norm[0]
    assert doc.norm[s:s + 5] == normalize("وسائل")
    a.mentions_norm[0] = (s + 1, e)          # a mention cut after the و of وسائل
    doc.options.pop("_actor_mentions", None)
    find_attributions(doc)
    got = [x.name_ar for att in doc.attributions for x in att.sources]
    assert got and got[0].startswith("وسائل")
    # a real clitic is still left out: لوكالة فرانس برس -> وكالة فرانس برس
    doc = run("وقال المرصد لوكالة فرانس برس إن القصف استمر.")
    assert normalize("وكالة فرانس برس") in who(doc, "القصف استمر")


# --------------------------------------------------------------------------- held-out generalisation

def test_denial_is_not_a_claim():
    doc = run("نفت قوات الدعم السريع مسؤوليتها عن مقتل 30 مدنيا في مدينة الأبيض.")
    assert who(doc, "30 مدنيا") == []
    # the denier is still found by the denial verb (contradictions read it)
    assert any(a.denies and a.sources for a in doc.attributions)


def test_statement_refers_to_its_issuer():
    doc = run("وأعلنت قيادة الشرطة في محافظة البصرة في بيان مقتل شرطيين اثنين.\n\n"
              "وأضاف شهود أن الهجوم وقع قرب الميناء.\n\n"
              "وأصيب 4 آخرون في الهجوم، وفق البيان.")
    got = who(doc, "4 آخرون")
    assert got and "بيان" not in got[0]


def test_second_source_after_while():
    doc = run("وقتل أكثر من 3 آلاف شخص وفق وزارة الصحة، بينما قدرت دراسة لمعهد أمريكي عدد القتلى بنحو 9 آلاف.")
    assert who(doc, "9 آلاف") == n("دراسة لمعهد أمريكي")
    assert who(doc, "3 آلاف") == n("وزارة الصحة")


def test_according_to_what_an_agency_relayed():
    doc = run("وأصيب 12 شخصا في الانفجار، وفقا لما نقلت وكالة الأناضول عن مصادر طبية وأمنية.")
    got = who(doc, "12 شخصا")
    assert got[0] == normalize("وكالة الأناضول")
    assert normalize("مصادر طبية وأمنية") in got


def test_indefinite_source_keeps_its_adjectives():
    doc = run("ونقلت الوكالة عن مصادر عسكرية حكومية قولها إن 40 مقاتلا قتلوا.")
    assert normalize("مصادر عسكرية حكومية") in who(doc, "40 مقاتلا")


def test_responsible_source_in_a_ministry_is_one_voice():
    doc = run("وقال مصدر مسؤول في وزارة الدفاع إن 5 جنود قتلوا في الهجوم.")
    assert who(doc, "5 جنود") == n("مصدر مسؤول في وزارة الدفاع")


def test_subjectless_said_opening_a_paragraph_goes_on_with_the_speaker():
    doc = run("وقال مصدر في الشرطة إن مسلحين هاجموا الحاجز.\n\n"
              "وقال إن \"الهجوم أسفر عن مقتل 3 عناصر\".")
    assert who(doc, "مقتل 3 عناصر") == who(doc, "مسلحين هاجموا")
    assert who(doc, "مقتل 3 عناصر")


def test_sentence_opening_on_kama_goes_on_with_the_account():
    doc = run("وذكرت وكالة الأنباء الفلسطينية أن غارة دمرت منزلا في مخيم جباليا. "
              "كما استشهدت امرأتان في منزل مجاور، فيما أصيب طفل بجروح.\n\n"
              "كما قتل شاب في خان يونس.")
    assert who(doc, "استشهدت امرأتان") == n("وكالة الأنباء الفلسطينية")
    assert who(doc, "أصيب طفل") == n("وكالة الأنباء الفلسطينية")
    # a new paragraph is not carried on
    assert who(doc, "قتل شاب") == []


# --------------------------------------------------------------------------- attribution at the end

def test_tally_reported_by_x_at_the_end_of_the_sentence():
    """"في حصيلة (جديدة) أوردها X": the verb's object pronoun points back; X claims the figures
    of the sentence before it, breakdown included."""
    doc = run("قتل نحو عشرين مدنيا بينهم أربعة أطفال، اليوم السبت، جراء غارات جوية على مدينة "
              "دوما، في حصيلة جديدة أوردها المرصد السوري لحقوق الإنسان.")
    assert normalize("المرصد السوري لحقوق الإنسان") in who(doc, "عشرين مدنيا")
    assert normalize("المرصد السوري لحقوق الإنسان") in who(doc, "أربعة أطفال")


def test_toll_documented_by_x_with_a_resumptive_pronoun():
    doc = run("وسقط 12 قتيلا في قصف مدفعي على بلدة الحراك، وهي حصيلة وثقتها الشبكة السورية لحقوق الإنسان.")
    assert who(doc, "12 قتيلا") and who(doc, "12 قتيلا")[0].startswith(normalize("الشبكة السورية"))


def test_relative_clause_documented_by_x():
    """"عدد الشهداء الذين تمكن X من توثيق استشهادهم": X claims the figure before the clause and
    the clauses that go on after it."""
    doc = run("ارتفع إلى 40 بينهم 9 أطفال عدد الضحايا الذين تمكن المرصد السوري لحقوق الإنسان من "
              "توثيق مقتلهم، في الغارات على مدينة أريحا، كما أسفرت الغارات عن سقوط عشرات الجرحى.")
    for phrase in ("40", "9 أطفال", "عشرات الجرحى"):
        assert normalize("المرصد السوري لحقوق الإنسان") in who(doc, phrase), phrase
    doc = run("وبلغ عدد القتلى 25 مدنيا، الذين وثقت الشبكة السورية لحقوق الإنسان مقتلهم في ريف درعا.")
    assert who(doc, "25 مدنيا") and who(doc, "25 مدنيا")[0].startswith(normalize("الشبكة السورية"))


def test_enable_verb_alone_is_no_attribution():
    """"تمكن" is a reporting word only with "من توثيق/إحصاء": "تمكنت القوات من السيطرة" claims nothing."""
    doc = run("قتل 5 عناصر من قوات النظام بعد أن تمكنت فصائل المعارضة من السيطرة على التلة.")
    assert who(doc, "5 عناصر") == []


def test_nearer_source_wins_over_a_trailing_relative_clause():
    doc = run("قال الدفاع المدني إن 7 مدنيين قتلوا في القصف، وهي الحصيلة التي أوردها المرصد السوري لاحقا.")
    assert who(doc, "7 مدنيين")[0] == normalize("الدفاع المدني")


def test_trailing_according_to_formulas():
    for f in ("بحسب", "حسب", "وفق"):
        doc = run(f"قتل ثمانية مدنيين في قصف جوي على مدينة إدلب، {f} الدفاع المدني السوري.")
        assert who(doc, "ثمانية مدنيين") and who(doc, "ثمانية مدنيين")[0].startswith(
            normalize("الدفاع المدني")), f
    doc = run("قتل ثمانية مدنيين في قصف جوي على مدينة إدلب، وفق ما أفاد المرصد السوري.")
    assert who(doc, "ثمانية مدنيين") == n("المرصد السوري")


def test_trailing_as_reported_by_x():
    """"…، كما أفادت X." / "…، على ما ذكرت X." / "…، قال ناشطون.": a verb whose subject ends the
    sentence, after a comma or كما/على ما, covers the sentence before it."""
    for tail in ("كما أفادت مصادر أمنية", "على ما أفادت مصادر أمنية", "قالت مصادر أمنية"):
        doc = run(f"قتل تسعة أشخاص في انفجار سيارة مفخخة في حي الكرادة ببغداد، {tail}.")
        assert who(doc, "تسعة أشخاص") == n("مصادر أمنية"), tail
    # a verb that goes on to claim something of its own does not reach back
    doc = run("قتل تسعة أشخاص في انفجار في بغداد، كما أفادت مصادر أمنية بمقتل ثلاثة آخرين.")
    assert who(doc, "تسعة أشخاص") == []
    assert who(doc, "ثلاثة آخرين") == n("مصادر أمنية")


def test_in_a_toll_of_x():
    """"في حصيلة (جديدة) لـ X": X, glued on with ل, is the source, at the end or at the start."""
    doc = run("قتل 15 مدنيا في غارات على مدينة سراقب، في حصيلة جديدة للمرصد السوري لحقوق الإنسان.")
    assert who(doc, "15 مدنيا") and who(doc, "15 مدنيا")[0].startswith(normalize("المرصد السوري"))
    doc = run("وفي حصيلة أولية لوزارة الصحة، استشهد 7 فلسطينيين في قصف على خان يونس.")
    assert who(doc, "7 فلسطينيين") and who(doc, "7 فلسطينيين")[0].startswith(normalize("وزارة الصحة"))
    # no ل-source: no claim ("في حصيلة سابقة" only says when)
    doc = run("وقتل 11 مدنيا على الأقل في حلب، في حصيلة سابقة اليوم الجمعة.")
    assert who(doc, "11 مدنيا") == []


def test_condemnation_and_demand_verbs_report_their_subject():
    doc = run("وأدانت منظمة العفو الدولية الهجوم الذي أودى بحياة 14 مدنيا في مدينة تعز.")
    assert who(doc, "14 مدنيا") == n("منظمة العفو الدولية")
    doc = run("وطالبت لجنة أطباء السودان، الطرفين بوقف القتال الذي شرد آلاف العائلات في الفاشر.")
    assert who(doc, "آلاف العائلات") == n("لجنة أطباء السودان")


def test_object_of_an_accusation_is_no_source():
    doc = run("واتهمت الشبكة السورية لحقوق الإنسان قوات النظام بقتل 12 مدنيا في ريف إدلب.")
    assert who(doc, "12 مدنيا") == n("الشبكة السورية لحقوق الإنسان")


def test_rights_sources_and_observatory_reported():
    doc = run("وقتل 7 متظاهرين، بحسب ما ذكرت مصادر حقوقية عراقية لوكالة رويترز.")
    assert who(doc, "7 متظاهرين")[0] == normalize("مصادر حقوقية عراقية")
    doc = run("وقتل 30 عنصرا من قوات سوريا الديمقراطية في هجوم، وفق المرصد السوري. وكان المرصد "
              "أفاد في وقت سابق بمقتل 11 عنصرا من قوات سورية الديموقراطية.")
    assert who(doc, "11 عنصرا") == n("المرصد")


def test_the_dead_of_the_sentence_before():
    doc = run("قتل 9 أشخاص وأصيب 40 آخرون في قصف على مدينة أريحا.\n\nوقال الدفاع المدني إن "
              "القتلى والجرحى سقطوا جراء غارات على السوق الشعبي.")
    assert who(doc, "9 أشخاص") == n("الدفاع المدني")
    assert who(doc, "40 آخرون") == n("الدفاع المدني")
    # a figure of its own: the sentence before stays unclaimed
    doc = run("قتل 9 أشخاص في قصف على مدينة أريحا.\n\nوقال الدفاع المدني إن القتلى بلغوا 11 "
              "شخصا بعد وفاة جريحين.")
    assert who(doc, "9 أشخاص") == []


def test_outlet_with_a_quoted_name_claims_the_toll():
    doc = run("وأعلنت قناة “الساحات” التابعة للجماعة أن حصيلة القتلى بلغت تسعة قتلى في القصف.")
    assert [x.replace('"', "") for x in who(doc, "تسعة قتلى")] == n("قناة الساحات")
    doc = run("وذكر موقع “صدى الجنوب” أن أربعة مدنيين قتلوا في الغارة.")
    assert [x.replace('"', "") for x in who(doc, "أربعة مدنيين")] == n("موقع صدى الجنوب")


def test_agency_kind_before_its_quoted_name_is_one_voice():
    doc = run("ونقلت وكالة “فرانس برس” عن مسعفين أن سبعة أشخاص قتلوا في الانفجار.")
    assert who(doc, "سبعة أشخاص")[0].replace('"', "") == normalize("وكالة فرانس برس")


def test_body_a_source_belongs_to_is_no_source():
    doc = run("وأحصى الدفاع المدني التابع للمعارضة في حلب مقتل 12 شخصا في القصف على حي الشعار.")
    assert who(doc, "12 شخصا") == n("الدفاع المدني")


def test_voice_inside_an_institution_is_named_with_it():
    doc = run("وأفاد مصدر في قيادة شرطة محافظة حمص بأن القذائف أدت إلى مقتل ثلاثة مدنيين.")
    assert who(doc, "ثلاثة مدنيين") == n("مصدر في قيادة شرطة محافظة حمص")
    # the governorate after a voice is its administration, not where the voice is
    doc = run("وكان مصدر في محافظة حمص أفاد بأن 12 شخصا قتلوا في القصف على الأحياء السكنية.")
    assert who(doc, "12 شخصا") == n("مصدر في محافظة حمص")


def test_counting_verbs_claim_the_toll():
    doc = run("وقتل ثلاثة مدنيين في حمص. ويحصي المرصد منذ بداية الشهر مقتل 40 مدنيا في المحافظة.")
    assert who(doc, "40 مدنيا") == n("المرصد")
    doc = run("ورصدوا مقتل 9 أشخاص في الغارات على البلدة، بينما وثقوا إصابة 20 آخرين.")
    assert who(doc, "20 آخرين") == []      # no subject named: nobody


def test_source_from_a_body_is_that_bodys_voice():
    doc = run("وقال مصدر من الدفاع المدني في حماة إن أربعة مدنيين قتلوا في القصف.")
    assert who(doc, "أربعة مدنيين") == n("مصدر من الدفاع المدني")
    # a warning "of" the regime names no voice of it
    doc = run("وحذر مسؤول من النظام من سقوط 5 قتلى جدد في حلب.")
    assert normalize("النظام") not in who(doc, "5 قتلى")


def test_going_on_with_tabaa_continues_the_last_speaker():
    doc = run("وقال المرصد السوري إن الفصائل سيطرت على البلدة. وتابع أن المعارك أسفرت عن مقتل 40 "
              "مقاتلا من الفصائل. وتابعت القوات تقدمها نحو القرية حيث قتل 5 مدنيين.")
    assert who(doc, "مقتل 40 مقاتلا") == n("المرصد السوري")
    # "تابعت القوات تقدمها" (went on advancing) is no report: the outlet's own voice
    assert who(doc, "قتل 5 مدنيين") == []


def test_hearsay_is_nobodys_claim():
    doc = run("قال المتحدث باسم الجيش إن قواته لا علاقة لها بهجوم قيل إنه أودى بحياة 20 شخصا "
              "في السوق.")
    assert who(doc, "قواته لا علاقة")[0].startswith(normalize("المتحدث"))
    assert who(doc, "20 شخصا") == []


def test_relayed_officer_after_a_comma_and_referred_back_to():
    doc = run("ونقلت وكالة الأناضول للأنباء، عن ضابط في وزارة الداخلية العراقية قوله إن الهجوم "
              "استهدف حاجزا. وبحسب الضابط العراقي، فإن الهجوم أوقع 9 قتلى.")
    got = who(doc, "استهدف حاجزا")
    assert got[0].startswith(normalize("وكالة الأناضول"))
    assert got[1] == normalize("ضابط في وزارة الداخلية العراقية")
    assert who(doc, "9 قتلى") == n("ضابط في وزارة الداخلية العراقية")


def test_subject_before_a_relative_clause_set_off_by_commas():
    doc = run("قتل 6 مدنيين بقصف على البلدة، حسب مصادر في الدفاع المدني.\nالمصادر ذاتها، التي "
              "طلبت عدم الكشف عن هويتها، أوضحت، لوكالة الأناضول، أن القصف أدى إلى إصابة 11 مدنيا.")
    assert who(doc, "إصابة 11 مدنيا") == n("مصادر في الدفاع المدني", "وكالة الأناضول")


def test_a_day_after_a_source_name_is_not_part_of_it():
    doc = run("قتل 17 عنصرا على الأقل من الفصائل خلال هجوم على طريق الكاستيلو، وفق ما أفاد المرصد "
              "السوري لحقوق الإنسان الأحد.")
    assert who(doc, "قتل 17 عنصرا") == n("المرصد السوري لحقوق الإنسان")


def test_a_person_set_off_by_commas_is_the_source_and_his_surname_names_him_again():
    doc = run("وقال خالد الحلبي، وهو مسؤول في الدفاع المدني بمدينة حلب، لوكالة الأناضول، إن "
              "طائرة حربية قصفت حي الكلاسة. وأوضح الحلبي أن الغارة أدت إلى مقتل 6 مدنيين.")
    assert normalize("خالد الحلبي") in who(doc, "مقتل 6 مدنيين")
    # the claim starts after إن, not at the apposition
    assert normalize("خالد الحلبي") in who(doc, "طائرة حربية قصفت")
    # a title, then the name between commas
    doc = run('وقال مدير المكتب الإعلامي في المجلس المحلي، سامر العلي، في تصريح إلى "سمارت"، '
              "إن قصفا مدفعيا أدى إلى مقتل 4 مدنيين.")
    assert normalize("سامر العلي") in who(doc, "مقتل 4 مدنيين")


def test_a_surname_after_a_formula_names_the_person_quoted_before():
    doc = run('وقال مدير المرصد رامي عبد الرحمن "قتل 12 مدنيا في غارات على البلدة". '
              "وقتل، وفق عبد الرحمن، 5 مقاتلين من الفصائل.")
    assert normalize("رامي عبد الرحمن") in who(doc, "5 مقاتلين")


def test_sana_style_reporting_verbs():
    doc = run("وأشار مصدر في قيادة الشرطة إلى أن قذيفة سقطت على مدرسة في الحي. ولفت المصدر "
              "إلى أن القذيفة تسببت بإصابة 9 أشخاص.")
    assert normalize("مصدر") in who(doc, "إصابة 9 أشخاص")
    doc = run("ونوهت الوزارة إلى أن 3 عناصر قتلوا في الهجوم.")
    assert who(doc, "3 عناصر") == n("الوزارة")
    # بين reports only with a subject and أن; otherwise it is the preposition "between"
    doc = run("ودارت اشتباكات بين الفصائل وقوات النظام أسفرت عن مقتل 4 عناصر.")
    assert who(doc, "مقتل 4 عناصر") == []
    doc = run("وبين المصدر أن العملية أسفرت عن مقتل 29 مسلحا.")
    assert who(doc, "مقتل 29 مسلحا") == n("المصدر")


def test_the_outlet_named_after_a_channel_phrase_is_the_addressee():
    doc = run("وأفاد مصدر في قيادة الشرطة في تصريح لـ«سانا»، بأن القذائف تسببت بمقتل 5 أشخاص.")
    assert normalize("سانا") in who(doc, "مقتل 5 أشخاص")
    # one figure told by the agency and by the source that spoke to it
    doc = extract("أفادت وكالة سانا بمقتل 9 أشخاص بقصف على حي الميدان في حلب. وأفاد مصدر في قيادة "
                  "الشرطة في تصريح لـ«سانا»، بأن القصف تسبب بمقتل 9 أشخاص في الحي.", until="casualties")
    assert len([c for c in doc.casualties if c.count == 9]) == 1


def test_a_governor_and_a_mayor_named_with_what_they_govern_are_sources():
    # AFP on Dnipro and Kharkiv, 2025
    doc = run("وأدت هجمات بمسيّرات روسية إلى مقتل رجل يبلغ 53 عاما في مدينة دنيبرو بوسط البلاد، وفق ما "
              "أفاد حاكم الإقليم سيرغي ليساك. وكان رئيس بلدية خاركيف إيغور تيريخوف تحدث في تصريحات سابقة "
              "عن إصابة 39 شخصا.")
    assert who(doc, "مقتل رجل")[0].startswith(normalize("حاكم الإقليم"))
    assert who(doc, "إصابة 39 شخصا")[0].startswith(normalize("رئيس بلدية خاركيف"))


def test_the_governor_told_again_is_the_governor_named_before():
    doc = run("قتل عشرة أشخاص في انفجار سيارة مفخخة في حي الزهراء، بحسب ما ذكر محافظ حمص طلال البرازي. "
              "وأدى الانفجار إلى احتراق 25 سيارة وإصابة 22 شخصا، بحسب المحافظ.")
    assert who(doc, "إصابة 22 شخصا") == who(doc, "قتل عشرة أشخاص")


def test_the_foundation_told_again_is_a_voice():
    # "ووفق المؤسسة" after "مؤسسة الدفاع المدني السوري" names the source of the toll
    doc = extract('أصدرت مؤسسة الدفاع المدني السوري "الخوذ البيضاء"، تقريرها اليومي. '
                  'ووفق المؤسسة، أسفرت حصيلة الهجمات عن مقتل 6 مدنيين.')
    assert [s.ref()["name_ar"] for s in doc.casualties[0].sources] == ["المؤسسة"]


def test_a_student_is_no_verb_of_demanding():
    # Sousse, 2015: "طالب تونسي مسلح" is the gunman, a Tunisian student
    doc = run("ارتفعت حصيلة الهجوم الذي شنه أمس الجمعة طالب تونسي مسلح بسلاح كلاشنيكوف على فندق بولاية "
              "سوسة، إلى 37 قتيلاً و36 جريحاً، بحسب ما أعلنت وزارة الصحة في حصيلة جديدة.")
    assert who(doc, "37 قتيلا") == [normalize("وزارة الصحة")]


def test_a_verb_of_saying_that_ends_the_article_reads_nothing_after_it():
    # Tal Afar, 2016 (Anadolu): the wire copy ends on "كما قال."; a headline can end on a verb
    # ("ودمشق تنفي"). There is no subject after either: nothing to read, and no crash
    doc = run('وأوضح المصدر أن تنظيم الدولة "استخدم في الهجوم سيارات مفخخة يقودها انتحاريون"، كما قال.')
    assert who(doc, "استخدم في الهجوم") == [normalize("المصدر")]
    doc = run("أنباء عن مقتل العشرات في هجوم بالغاز في سوريا ودمشق تنفي")
    assert doc.attributions is not None


def test_a_formula_standing_alone_after_a_stop_covers_the_sentence_before():
    # Maarat al-Numan, 2019 (Radio Alkul): the civil defence's toll closes on ". بحسب الدفاع المدني."
    doc = run("قُتل 20 مدنياً اليوم الاثنين في ثلاث غارات روسية استهدفت سوقاً شعبياً في مدينة معرة "
              "النعمان، وذلك بعد مقتل 19 مدنياً في غارات روسيّة على محافظة إدلب. بحسب الدفاع المدني.\n"
              "وقال مراسل راديو الكل إن القصف تواصل.")
    assert who(doc, "قتل 20 مدنيا") == n("الدفاع المدني")
    assert who(doc, "مقتل 19 مدنيا") == n("الدفاع المدني")
    # a formula leading a sentence of its own still covers what follows it
    doc = run("قصفت الطائرات بلدة كفرزيتا. وبحسب الدفاع المدني قتل ثلاثة مدنيين.")
    assert who(doc, "قتل ثلاثة مدنيين") == n("الدفاع المدني")


def test_a_toll_told_to_an_outlet_is_its_speakers():
    # Aleppo, Apr. 2016 (AFP): "حسب ما اعلن الدفاع المدني في حصيلة جديدة لوكالة فرانس برس"
    doc = run("قتل 25 مدنيا على الاقل في غارات جوية على حلب حسب ما اعلن الدفاع المدني في حصيلة "
              "جديدة لوكالة فرانس برس.")
    assert who(doc, "قتل 25 مدنيا") == n("الدفاع المدني")
    # a tally of the outlet's own is still the outlet's
    doc = run("قتل 25 مدنيا في حلب في حصيلة جديدة للمرصد السوري.")
    assert who(doc, "قتل 25 مدنيا") == n("المرصد السوري")


def test_watch_before_a_headline_s_colon_is_no_witness():
    # Al Jazeera Mubasher: "شاهد: 110 قتلى في حلب" is a video's "watch"
    from rasd.pipeline import extract
    doc = extract("شاهد: 110 قتلى في حلب خلال يومين\nقال مراسل الجزيرة في حلب إن ثلاثين شخصا قتلوا اليوم.")
    c = next(c for c in doc.casualties if c.count == 110)
    assert c.to_json()["claimed_by"] == []


def test_the_mourner_tells_the_death():
    # Zaman al-Wasl, Dec. 2016: "نعت وسائل إعلام إيرانية القائد الميداني …": the mourner is the
    # source; "نعى حزب الله اثنين من مقاتليه": the party tells its own dead
    doc = run("وفي ذات السياق، نعت وسائل إعلام إيرانية القائد الميداني في الحرس الثوري الإيراني "
              "\"حسن محرابي\" خلال معارك حلب.")
    assert who(doc, "القائد الميداني") == n("وسائل إعلام إيرانية")
    doc = extract("ونعى حزب الله اثنين من مقاتليه قتلا في معارك ريف حلب الجنوبي.")
    c = doc.casualties[0].to_json()
    assert (c["kind"], c["count"], c["group"], [s["name_ar"] for s in c["claimed_by"]]) == (
        "killed", 2, "combatants", ["حزب الله"])


def test_a_quoted_official_brings_the_body_they_speak_for_into_claimed_by():
    # Enab Baladi: "وأكد إبراهيم الحاج، مدير الدفاع المدني في حلب، لعنب بلدي، أن القصف …"; annotators
    # credit such a figure to the official or to the Civil Defence: both are named
    doc = extract("وأكد إبراهيم الحاج، مدير الدفاع المدني في حلب، لعنب بلدي، أن القصف على حي السكري "
                  "أسفر عن مقتل ثلاثة مدنيين.", published="2016-10-16")
    (c,) = to_dict(doc)["casualties"]
    names = [s["name_ar"] for s in c["claimed_by"]]
    assert names[0] == "إبراهيم الحاج" and any(n.startswith("الدفاع المدني") for n in names[1:])


def test_a_named_speaker_before_the_comma_and_verb_is_the_source_not_the_outlet_spoken_to():
    # Al-Hal: "محمود آدم (الناطق الرسمي للدفاع المدني بريف دمشق)، قال لموقع الحل إن …"
    for text in ("محمود آدم (الناطق الرسمي للدفاع المدني بريف دمشق)، قال لموقع الحل إن قوات النظام "
                 "قصفت مدينة دوما، ما أسفر عن مقتل ثلاثة مدنيين.",
                 "محمود آدم، الناطق الرسمي للدفاع المدني، قال إن القصف أسفر عن مقتل ثلاثة مدنيين."):
        (c,) = to_dict(extract(text, published="2017-07-12"))["casualties"]
        names = [s["name_ar"] for s in c["claimed_by"]]
        assert names[0] == "محمود آدم" and "لموقع الحل" not in names, names


def test_a_time_between_commas_is_no_speakers_name():
    # set 106 (TRT Arabi, Baalbek 2024): "وأفادت وزارة الصحة اللبنانية، مساء السبت، بأن"
    doc = run("وأفادت وزارة الصحة اللبنانية، مساء السبت، بأن غارة العدو الإسرائيلي على بلدة الخريبة "
              "أدت إلى استشهاد 6 أشخاص.", "2024-11-10")
    assert who(doc, "استشهاد 6 أشخاص") == n("وزارة الصحة اللبنانية")


def test_a_title_named_again_is_the_person_introduced_with_it():
    # set 105 (Sada El Balad copy, Gaza 2023): "مدير وزارة الصحة … منير البرش", then the title alone
    doc = run("قال مدير وزارة الصحة في قطاع غزة منير البرش، اليوم الأربعاء، إن الاحتلال يشدد الخناق على "
              "شمالي غزة.\nوأضاف مدير وزارة الصحة في غزة وصل عدد الشهداء في القصف الإسرائيلي على شمال "
              "غزة اليوم إلى أكثر من 20 شهيدا.", "2023-12-20")
    assert normalize("منير البرش") in who(doc, "أكثر من 20 شهيدا"), who(doc, "أكثر من 20 شهيدا")


def test_a_statement_issued_by_a_body_is_that_bodys():
    # set 152 (Sudan Tribune, Omdurman 2024): "بيان صادر عن X" is X's statement, not a voice
    # called "بيان صادر"
    doc = run("وأكد بيان صادر عن وزارة الصحة بولاية الخرطوم أن القصف أدى إلى مقتل 7 مدنيين في أم درمان.",
              "2024-08-30")
    p = normalize("مقتل 7 مدنيين")
    i = doc.norm.find(p)
    srcs = sources_for(doc, i, i + len(p))
    assert [s.id for s in srcs] == ["sd_health_ministry"], [(s.id, s.name_ar) for s in srcs]
    # the words cut off at the text's end name no issuer
    for text in ("وقال بيان صادر", "وقال بيان صادر عن", "وقال بيان أصدره"):
        doc = run(text)
        assert all(s.id is None for a in doc.attributions for s in a.sources), text


def test_activists_who_told_an_agency_are_not_the_agencys():
    # set 156 (alwasatnews copying AFP, al-Qubeir 2012): "أفاد ناشطون وكالة فرانس برس" told AFP;
    # a sound plural that keeps its ن heads no genitive ("ناشطو الحي" would)
    doc = run("قتل 55 شخصا في القبير بحماة، بحسب ما افاد ناشطون وكالة فرانس برس.", "2012-06-08")
    assert who(doc, "قتل 55 شخصا") == n("ناشطون", "وكالة فرانس برس"), who(doc, "قتل 55 شخصا")
    # a singular voice still names its body: the correspondent of the channel
    doc = run("وقال مراسل الجزيرة إن خمسة قتلوا في حماة.", "2012-06-08")
    assert who(doc, "خمسة قتلوا") == n("مراسل الجزيرة"), who(doc, "خمسة قتلوا")


def test_a_governor_named_after_his_province_speaks_for_himself():
    # set 155 (Sputnik Arabic, Belgorod 2022): "بيلغورود" is a name, not ب + a word, so the
    # governor's title, his province and his name are one source, not "حاكم مقاطعة" and then
    # "غلادكوف" as two voices of two tolls
    doc = run("قصف أوكراني على مقاطعة بيلغورود الروسية.\nأعلن حاكم مقاطعة بيلغورود فياتشيسلاف غلادكوف، "
              "اليوم الأحد، عن مقتل شخص وإصابة 8 آخرين بجروح.", "2022-12-18")
    got = who(doc, "وإصابة 8")
    assert got == n("حاكم مقاطعة بيلغورود فياتشيسلاف غلادكوف"), got


def test_a_time_clause_after_a_speech_verb_names_no_speaker():
    # set 174 (Sharjah24 copying AFP): "وأضاف عند وقوع الهجوم" goes on with the speaker named
    # before; "عند" is no one
    doc = run("وأوضح محمد ساني إدريس مسؤول الإعلام في الحكومة المحلية، أن المسلحين خطفوا 42 شخصا، "
              "وأضاف عند وقوع الهجوم كان هناك 650 تلميذا، وخطف أيضا 12 من أفراد العائلات.", "2021-02-17")
    got = who(doc, "12 من أفراد")
    assert normalize("عند") not in got and got, got


def test_a_relative_clause_is_no_part_of_an_unknown_speakers_name():
    # set 166 (AFP, Fallujah 2016): "طليعة ذياب التي فرت من بلدة الصقلاوية" is a woman who fled;
    # the speaker's name ends before the relative pronoun
    doc = run("وقالت طليعة ذياب التي فرت من بلدة الصقلاوية الواقعة شمال الفلوجة مطلع الشهر الجاري، "
              "\"زوجي وثلاثة من ابنائي وثلاثة من اولاد اخوتي مفقودون\".", "2016-06-20")
    got = who(doc, "وثلاثة من ابنائي")
    assert got == n("طليعة ذياب"), got


def test_in_it_after_a_speech_verb_is_no_speaker():
    # set 179 (Kibaru, 2019): "بيان آخر مقتضب، أكدت فيه أن" goes on with the group, not "فيه"
    doc = run("كما أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن هجوم آخر من خلال بيان آخر مقتضب، "
              "أكدت فيه أن \"مسلحي الجماعة تمكنوا من تنفيذ هجوم أسفر عن مقتل عشرات الجنود\".",
              "2019-08-23")
    got = who(doc, "عشرات الجنود")
    assert normalize("فيه") not in got and got, got


def test_a_relative_pronoun_ends_a_voices_name():
    # set 179 (Kibaru): "وقالت الجماعة التي يقودها الديبلوماسي" is the group speaking
    doc = run("تبنت جماعة نصرة الإسلام والمسلمين هجوما في موبتي. وقالت الجماعة التي يقودها الديبلوماسي "
              "المالي سابقا إياد أغ غالي، في بيان، \"إن مقاتلي التنظيم أسروا اثنين من الجنود\".", "2019-08-23")
    got = who(doc, "أسروا اثنين")
    assert got and not any("يقودها" in g for g in got), got


def test_a_claim_of_responsibility_gives_the_attacks_toll():
    # set 179 (Kibaru, 2019): the group that claims the attack tells its dead
    doc = run("تبنت \"جماعة نصرة الإسلام والمسلمين\" هجوما وقع يوم الأربعاء، أدى إلى مقتل أربعة جنود "
              "و مدني.", "2019-08-23")
    got = who(doc, "أربعة جنود")
    assert got == n("جماعة نصرة الإسلام والمسلمين"), got
    # the verbal noun تبني is no verb (a generated article: "تبني الولايات المتحدة للموقف الروسي")
    doc = run("وتضمنت الرسالة ما يظهر تبني الولايات المتحدة للموقف الروسي. كما قتل 15 شخصا في حلب.",
              "2016-11-20")
    assert not who(doc, "15 شخصا"), who(doc, "15 شخصا")


def test_a_country_that_accuses_speaks_and_the_accused_does_not():
    # set 155 (Mariupol, 2022) and Arabic news at large: "اتهمت X Y بـ": X, a country named by its
    # own name, speaks; the actor after it is the one accused
    doc = run("اتهمت مصر إسرائيل بقصف معبر رفح ما أدى إلى مقتل 3 جنود مصريين.", "2024-05-28")
    assert who(doc, "3 جنود") == n("مصر"), who(doc, "3 جنود")
    # an actor right after the verb still speaks, and an adjective of a country is no speaker
    doc = run("اتهمت روسيا أوكرانيا بقصف مدينة دونيتسك ما أدى إلى مقتل 5 مدنيين.", "2022-03-17")
    assert who(doc, "5 مدنيين") == n("روسيا"), who(doc, "5 مدنيين")


def test_a_number_word_inside_a_speakers_name_ends_no_subject():
    # set 364 (Sudan Tribune, 2018): "الواحد" of Abdel Wahid's name is no figure; the movement
    # named after him claims the dead of the army
    doc = run("أعلن جيش تحرير السودان قيادة عبد الواحد نور صده هجومين لقوات حكومية بجبل مرة، مؤكدة "
              "تكبيد القوات الحكومية 47 قتيلاً.", "2018-11-21")
    assert who(doc, "47 قتيلا") == n("جيش تحرير السودان قيادة عبد الواحد نور"), who(doc, "47 قتيلا")


def test_the_office_of_a_place_titles_the_person_named_after_it():
    # Sputnik on Haditha, May 2016; Albawaba on al-Baghdadi, February 2015
    doc = run('أعلن قائممقام قضاء حديثة، مبروك حميد، لـ"سبوتنيك"، الأحد، مقتل انتحاريين اثنين.',
              "2016-05-22")
    assert who(doc, "مقتل انتحاريين") == n("قائممقام قضاء حديثة، مبروك حميد"), who(doc, "مقتل انتحاريين")
    doc = run("وقال رئيس مجلس محافظة الأنبار صباح كرحوت امس الجمعة إن عناصر داعش قتلوا 5 جنود.",
              "2015-02-27")
    assert who(doc, "قتلوا 5 جنود") == n("رئيس مجلس محافظة الأنبار صباح كرحوت"), who(doc, "قتلوا 5 جنود")
    # an office named with its place and no person is the office
    doc = run("وقال قائمقام قضاء هيت إن 5 جنود قتلوا.", "2016-04-04")
    assert who(doc, "5 جنود قتلوا") == n("قائمقام قضاء هيت"), who(doc, "5 جنود قتلوا")


def test_a_monitor_on_the_dateline_of_its_release_claims_its_figures():
    # SOHR's own release (Jisr al-Shughur, April 2015): its figures are the monitor's claims
    doc = run("المزيد من الشهداء في القصف الجوي على جسر الشغور\n"
              "محافظة ادلب- المرصد السوري لحقوق الانسان:: ارتفع إلى 27 على الأقل عدد الشهداء "
              "الذين قضوا جراء قصف للطيران الحربي أمس على مناطق في وسط مدينة جسر الشغور، بينما "
              "قال ناشطون إن 3 مدنيين أصيبوا.")
    assert who(doc, "27") == n("المرصد السوري لحقوق الانسان")
    assert who(doc, "3 مدنيين") == n("ناشطون")     # a voice the release quotes keeps its own
    assert who(doc, "المزيد من الشهداء") == []     # the headline sums the body up
    dl = [a for a in doc.attributions if a.kind == "dateline"]
    assert [e.text for e in dl[0].evidence] == ["المرصد السوري لحقوق الانسان"]
    # a news outlet's dateline is its own voice
    doc = run("إدلب - عنب بلدي: قتل 5 مدنيين في قصف جوي على مدينة جسر الشغور اليوم.")
    assert who(doc, "5 مدنيين") == []


def test_carried_to_hospital_is_no_report():
    # Rozana (Hasakah, August 2016): "نقلوا إلى المشفى" carries the wounded; it names no source
    doc = run('وأدى تبادل إطلاق النار لمقتل عنصر من الدفاع الوطني، وإصابة أربعة من "الأسايش" '
              'نقلوا إلى المشفى العسكري في الحسكة، إضافة إلى إصابة أربعة مدنيين نقلوا إلى المشفى '
              'الوطني بالمدينة.')
    assert who(doc, "أربعة مدنيين") == []
    assert not doc.attributions, doc.attributions
    # the relaying verb still reports
    doc = run("ونقلت وكالة الأناضول عن مصدر طبي قوله إن أربعة مدنيين أصيبوا.")
    assert who(doc, "أربعة مدنيين") == n("وكالة الأناضول", "مصدر طبي")


def test_a_voice_keeps_its_adjective_of_number_and_the_outlet_it_spoke_to():
    # SMART (Raqqa, March 2017): "مصادر عدة" is the voice, not a vague figure; the outlet after
    # a ل cut off by a tatweel is the one spoken to, no word of the voice's name
    doc = run('قالت مصادر عدة لـ"سمارت"، اليوم الاثنين، إن 31 مدنياً قتلوا وجرحوا إثر قصف جوي.')
    assert who(doc, "31 مدنيا") == n("مصادر عدة", "سمارت")
    doc = run('قالت مصادر لـ"سمارت" إن ثلاثة مدنيين قتلوا.')
    assert who(doc, "ثلاثة مدنيين") == n("مصادر", "سمارت")
    doc = run("وقالت مصادر متطابقة إن ثلاثة مدنيين قتلوا.")
    assert who(doc, "ثلاثة مدنيين") == n("مصادر متطابقة")


def test_a_toll_of_a_source_as_the_subject_is_that_sources_claim():
    # AFP (Qamishli, July 2016): "أفادت حصيلة سابقة للمرصد": the monitor speaks, it is no outlet
    # spoken to, and the speaker of the sentence before does not go on
    doc = run("وأشار التلفزيون الرسمي في شريط عاجل إلى ارتقاء 31 شهيداً وإصابة 170 آخرين. وأفادت "
              "حصيلة سابقة للمرصد السوري لحقوق الإنسان بمقتل 14 شخصاً على الأقل وإصابة العشرات.")
    assert who(doc, "31 شهيدا") == n("التلفزيون الرسمي")
    assert who(doc, "14 شخصا") == n("المرصد السوري لحقوق الإنسان")


def test_a_formula_closing_a_lead_goes_on_over_the_toll_after_it():
    # AFP via Ahram Gate (Kobani, 2015)
    doc = run("تدور معارك عنيفة بين تنظيم داعش ووحدات حماية الشعب الكردية في مدينة عين العرب بعد "
              "هجوم بدأه التنظيم فجر الجمعة، بحسب ما ذكر المرصد السوري لحقوق الإنسان. وقتل في "
              "الاشتباكات 32 عنصرًا من التنظيم وثمانية مقاتلين اكراد.")
    assert who(doc, "32 عنصرا") == n("المرصد السوري لحقوق الإنسان")
    # a sentence opening otherwise is the outlet's own
    doc = run("وانتهت الهدنة من دون إجلاء المدنيين بحسب مبادرة المبعوث الدولي. هذا فيما كثفت "
              "الطائرات غاراتها على ريف حلب، ما أسفر عن مقتل سبعة مدنيين.")
    assert who(doc, "سبعة مدنيين") == []


def test_a_subject_set_off_by_a_comma_before_qad_and_its_verb():
    # Yemen Press Agency (Saada, 2022)
    doc = run("وكانت وزارة الصحة في صنعاء، قد ذكرت الثلاثاء الماضي، أن 2227 مدنيا سقطوا بين "
              "قتيل وجريح نتيجة القصف.")
    assert who(doc, "2227 مدنيا") == n("وزارة الصحة في صنعاء")


def test_a_monitor_heading_the_page_claims_its_release():
    # zaitonmag (2015) prints SOHR's name above the text of its release
    text = ("المرصد السوري لحقوق الانسان\n"
            "تمكنت وحدات حماية الشعب الكردي من استعادة السيطرة على كامل مدينة عين العرب، وأسفرت "
            "الاشتباكات عن مصرع 1313 مقاتلاً من الطرفين.")
    doc = run(text)
    assert who(doc, "1313") == n("المرصد السوري لحقوق الانسان")
    # another outlet's name there claims nothing
    doc = run("الجزيرة نت\nوأسفرت الاشتباكات عن مصرع 13 مقاتلاً من الطرفين.")
    assert who(doc, "13 مقاتلا") == []


def test_a_surname_in_a_formula_inside_the_sentence():
    # Arabi21 (Gaza, October 2023): the spokesman is named in full, then by his surname after وفق
    doc = run("وأوضح الناطق باسم الوزارة، الطبيب أشرف القدرة، أن الحصيلة وصلت إلى 805 شهيدا. "
              "وارتقى العشرات من الشهداء الخميس وفق القدرة في القصف الجوي على غزة.")
    assert who(doc, "العشرات من الشهداء") == n("الطبيب أشرف القدرة")


def test_local_observers_are_a_voice():
    # al-Bawaba (West Darfur, November 2023)
    doc = run("وبحسب مراقبين محليين، فقد قتلت الميليشيا 1300 شخص، وجرحت أكثر من 2000.")
    assert who(doc, "1300 شخص") == n("مراقبين محليين")


def test_the_victims_kin_accusing_someone_claim_no_toll_before():
    # Ayin (Kereneik, April 2022): "الضحايا" after the subject is the kin's, not a toll told back
    doc = run("واندلع قتال أهلي في بلدة كرينك مما أسفر عن مقتل 21 شخصا.\n"
              "واتهم اهالي الضحايا المزارعين بتنفيذ الهجوم.")
    assert who(doc, "21 شخصا") == []
    # after إن the dead named again are the toll before
    doc = run("لقي 18 شخصا مصرعهم في غارة على البلدة. وقال المرصد إن القتلى والجرحى سقطوا جراء "
              "غارات روسية.")
    assert who(doc, "18 شخصا") == n("المرصد")


def test_a_tally_obtained_by_an_outlet():
    # Ayin (Kereneik, April 2022); the wire formula "في حصيلة حصلت عليها وكالة فرانس برس"
    doc = run("مما أسفر عن مقتل (21) شخصا على الأقل وجرح نحو (19) آخرين في احصائية اولية "
              "تحصلت عليها (عاين).")
    assert who(doc, "(21) شخصا") == n("عاين")
    doc = run("وقتل 21 شخصا على الأقل في حصيلة حصلت عليها وكالة فرانس برس.")
    assert who(doc, "21 شخصا") == n("وكالة فرانس برس")
    # without the pronoun the verb is no formula
    doc = run("وقتل 21 شخصا على الأقل في حصيلة حصلت بعد القصف.")
    assert who(doc, "21 شخصا") == []


def test_a_denier_named_before_its_verb_speaks_on_not_the_denied():
    # Enab Baladi (Deir ez-Zor, October 2017): "the warplanes" are what was denied
    doc = run("إلا أن وسائل إعلام النظام نفت مسؤولية الطيران الحربي عن حصيلة الضحايا، وقالت إن "
              "“عدد الشهداء ارتفع إلى 25 مدنيًا و50 جريحًا، نتيجة غارة التحالف الأمريكي”.")
    assert who(doc, "25 مدنيا") == n("وسائل إعلام النظام")
    # after the verb only the first source denies
    doc = run("ونفت وزارة الدفاع مسؤولية الطيران الحربي عن الضحايا، وقالت إن عدد القتلى ارتفع إلى "
              "25 مدنيا.")
    assert who(doc, "25 مدنيا") == n("وزارة الدفاع")


def test_a_hospital_that_received_the_dead_reports_them():
    # Afrigate via al-Madina (Sirte, November 2016)
    doc = run("استقبل مستشفى مصراتة المركزي أمس الأربعاء، 3 قتلى و10 مصابين، جراء تجدد الاشتباكات "
              "بحي الجيزة البحرية.")
    assert who(doc, "3 قتلى") == n("مستشفى مصراتة المركزي")
    # a receiving that is no hospital's reports nothing
    doc = run("واستقبل الرئيس وفدا من الأمم المتحدة بعد مقتل 5 مدنيين في القصف.")
    assert who(doc, "5 مدنيين") == []


def test_a_channel_relaying_a_local_source_and_that_source_going_on():
    # al-Wafd via masress (Homs, December 2015): "اليوم" is a word of the channel's name, and
    # "عن مصدر" after the channel names the source it relays
    doc = run('وذكرت قناة "روسيا اليوم" عن مصدر محلي سوري، قوله إن انفجارين عنيفين هزا حي الزهراء. '
              'وأضاف المصدر أن الانفجار الثاني سببه انفجار مستودع للغاز، مشيرًا إلى أن الانفجارين '
              'أسفرا عن مقتل 20 شخصا وإصابة 140 جريحا حتى الآن.')
    assert who(doc, "مقتل 20 شخصا") == n("مصدر محلي سوري")


def test_as_said_by_one_speaker_then_another_speaker():
    # AFP via al-Riyadh (Dibis, October 2016): "كما قال X، وقال Y أن …": the first reaches back
    # over the toll before it, the second claims what follows it
    doc = run("وقتل 16 شخصاً على الأقل في هجوم انتحاري على محطة للكهرباء في دبس بشمال العراق، كما قال "
              "رئيس بلدية هذه البلدة ومسؤولون أمنيون، وقال رئيس بلدية دبس عبد الله نور الدين الصالحي "
              "أن \"ثلاثة انتحاريين هاجموا المحطة، وقتلوا 12 موظفاً عراقياً وأربعة فنيين إيرانيين\".")
    assert who(doc, "16 شخصا") == n("رئيس بلدية هذه البلدة", "مسؤولون أمنيون")
    assert who(doc, "12 موظفا") == n("رئيس بلدية دبس عبد الله نور الدين الصالحي")


def test_a_news_portal_named_in_quotes_relays_its_sources():
    # Al-Wasat via ksaplayers (Tripoli, September 2018): 'ونقلت بوابة "الوسط" الليبية عن …'
    doc = run('ونقلت بوابة "الوسط" الليبية عن مصادر أمنية وطبية قولها إن أربعة أشخاص، بينهم طفلان، '
              'لقوا مصرعهم جراء سقوط أربع قذائف على منزلهم.')
    assert who(doc, "أربعة أشخاص") == n("الوسط", "مصادر أمنية وطبية")


def test_who_the_dead_were_goes_on_with_the_toll_s_account():
    # al-Wasat (Aden, January 2016): a sentence opening "والقتلى هم" after a toll its formula
    # attributes is told by the same sources
    doc = run("وتأتي هذه الخطوة إثر مقتل 22 شخصاً في اشتباكات دارت الأحد بين القوات الحكومية ومسلحين في "
              "محيط ميناء المعلا في عدن، بحسب ما أفادت مصادر أمنية. والقتلى هم عشرة من قوات الأمن "
              "بينهم ضابط برتبة عقيد في الشرطة، و12 مسلحاً يعتقد أنهم جهاديون.")
    assert who(doc, "و12 مسلحا") == n("مصادر أمنية")
    # in a paragraph of its own it is not the formula's
    doc = run("وقتل 22 شخصاً في اشتباكات في عدن، بحسب ما أفادت مصادر أمنية.\n\nوالقتلى هم عشرة من قوات "
              "الأمن، و12 مسلحاً.")
    assert who(doc, "و12 مسلحا") == []


def test_a_formula_with_lam_glued_to_a_generic_voice():
    # Emarat Alyoum (Rafah, July 2017): "ووفقاً لمصادر أخرى، فإن 10 جنود قتلوا"
    doc = run("وقالت مصادر أمنية إن 23 جنديا قتلوا. ووفقاً لمصادر أخرى، فإن 10 جنود قتلوا في هجومين "
              "انتحاريين.")
    assert who(doc, "10 جنود") == n("مصادر أخرى")


def test_our_correspondent_is_the_outlet_s_voice():
    # Syria Press Center (Idlib, 2016): "وأفاد مراسلنا أن سبعة مدنيين … استشهدوا"
    doc = run("وأفاد مراسلنا بمقتل سبعة مدنيين من عائلة واحدة في قصف على معرشمارين.")
    assert who(doc, "سبعة مدنيين") == n("مراسلنا")
    doc = run("قال العقيد علي القريشي، المسؤول عن حماية مصفاة بيجي، إن القوات قتلت أكثر من 50 عنصراً.")
    assert who(doc, "50 عنصرا") == n("علي القريشي")


def test_a_rank_with_the_officer_named_in_apposition():
    # Anadolu (Samarra, 2014): "وقال الملازم أول، غزوان علي، إن": علي ends the name, it is no
    # preposition
    doc = run('وقال الملازم أول، غزوان علي، إن "مسلحين هاجموا حاجز تفتيش للشرطة، وقتل أربعة من '
              'عناصر الشرطة".')
    assert n("غزوان علي")[0] in who(doc, "أربعة من عناصر")
    # and the claim starts after إن, not inside the name
    att = next(a for a in doc.attributions if a.sources)
    assert normalize("غزوان") not in doc.norm[att.ranges[0][0]:att.ranges[0][1]]


def test_a_deputy_ministers_name_is_the_source():
    # APS via djazairess (Benghazi, May 2013): "نائب وزير الداخلية عبدالله مسعود"
    doc = run("قتل 15 شخصا في بنغازي. وقال نائب وزير الداخلية عبدالله مسعود في تصريح صحفي إن "
              "15 شخصا قتلوا.")
    assert normalize("عبدالله مسعود") in who(doc, "15 شخصا قتلوا"), who(doc, "15 شخصا قتلوا")


def test_a_hospital_directors_name_after_his_title_is_the_source():
    # same article: "مدير مستشفى الجلاء الدكتور محمد بلعيد إن": past his title "الدكتور"
    doc = run('وذكر من جهته مدير مستشفى الجلاء الدكتور محمد بلعيد إن"المستشفى وصلتها ثلاث جثث".')
    assert any("محمد بلعيد" in s for s in who(doc, "ثلاث جثث")), who(doc, "ثلاث جثث")



def test_a_time_between_commas_after_the_speakers_name_is_an_aside():
    # al-Shorouk via masress (Balad Ruz, 2015): the spokesman's name, then "في تصريح له، اليوم،"
    doc = run("وقال الناطق باسم وزارة الداخلية العراقية، سعد معن، في تصريح له، اليوم، إن اعتداء "
              "إرهابيا أسفر عن مقتل عشرة مدنيين.", "2015-11-20")
    assert n("سعد معن") == who(doc, "مقتل عشرة")[-1:], who(doc, "مقتل عشرة")
    doc = run("وقال الناطق باسم وزارة الداخلية العراقية، سعد معن، مساء السبت، إن الهجوم أسفر عن "
              "مقتل عشرة مدنيين.", "2015-11-20")
    assert "سعد معن" in [x for x in who(doc, "مقتل عشرة")]


def test_local_news_agencies_are_a_voice():
    # almohrarmedia (Daraa, 2020): "وبحسب وكالاتٍ إعلاميّة محليّة"
    doc = run("وبحسب وكالاتٍ إعلاميّة محليّة، فقد قتل ثلاثة أشخاص في بلدة داعل.", "2020-06-09")
    assert who(doc, "قتل ثلاثة") == n("وكالات إعلامية محلية")


def test_the_count_estimated_is_no_part_of_the_voice():
    # Jurf News (Raqqa, 2017): "وقدَّر مصدر خاص عدد ضحايا الألغام من المدنيين بـ (44) قتيلاً"
    doc = run("وقدَّر مصدر خاص عدد ضحايا الألغام من المدنيين بـ (44) قتيلاً، منذ سيطرة قوات سوريا "
              "الديمقراطية على مدينة الرقة.")
    assert who(doc, "44") == n("مصدر خاص")


def test_where_a_body_sits_set_off_by_commas_is_no_speaker():
    # BBC Arabic (Homs, 2013): "وقال المرصد السوري لحقوق الإنسان، ومقره بريطانيا، الأحد إن"
    doc = run("وقال المرصد السوري لحقوق الإنسان، ومقره بريطانيا، الأحد إن 19 من عناصر الجيش قتلوا "
              "فيما وصفها بجبهة حي الخالدية.", "2013-06-30")
    assert who(doc, "19 من عناصر") == n("المرصد السوري لحقوق الإنسان")
    # a person in apposition is still read ("وقال نجيب الأنصاري، وهو مسؤول …، إن")
    doc = run("وقال نجيب الأنصاري، وهو مسؤول في الدفاع المدني، إن أربعة مدنيين قتلوا.")
    assert "نجيب الانصاري" in who(doc, "أربعة مدنيين")


def test_a_headline_s_plural_speakers_before_their_verb():
    # BBC Arabic (Homs, 2013): "نشطاء يؤكدون مقتل 24 من الجيش النظامي السوري"
    doc = run("القتال في حمص: نشطاء يؤكدون مقتل 24 من الجيش النظامي السوري\n\nوشن الجيش هجوما.",
              "2013-06-30")
    assert who(doc, "مقتل 24") == n("نشطاء")


def test_a_list_opened_by_a_colon_after_a_pronoun_has_no_speaker():
    # megaphone (south Lebanon, 2024): "والمواقع هي: البابلية (شهيد …)، بئر السلال (شهيد و3 جرحى …)"
    doc = run("ولفتت الوزارة إلى أنّ كلاً من المسعفين الأربعة استشهد في موقع مختلف. والمواقع هي: "
              "البابلية (شهيد من كشافة الرسالة)، بئر السلال (شهيد و3 جرحى من الهيئة الصحية).",
              "2024-10-21")
    assert n("المواقع هي") != who(doc, "و3 جرحى")[:1], who(doc, "و3 جرحى")


def test_an_official_of_a_town_council_is_named_with_its_town():
    # Xinhua (Brak al-Shati, 2017): "مسئول بالمجلس البلدي لبراك الشاطئ"; Reuters (Murzuq, 2019)
    doc = run("وقال مسئول بالمجلس البلدي لبراك الشاطئ إن 80 شخصا قتلوا في الهجوم.", "2017-05-18")
    assert who(doc, "80 شخصا") == n("مسئول بالمجلس البلدي لبراك الشاطئ")
    doc = run("وقال عضو المجلس البلدي لمرزق محمد عمر إن 43 شخصا قتلوا.", "2019-08-05")
    assert who(doc, "43 شخصا") == n("عضو المجلس البلدي لمرزق")
    # an outlet spoken to is no place of the voice's
    doc = run("وقال مصدر طبي لوكالة الأناضول إن 4 أشخاص قتلوا في حلب.")
    assert who(doc, "4 أشخاص") == n("مصدر طبي", "وكالة الأناضول")


def test_a_member_of_parliament_is_a_voice_with_what_follows():
    # The New Khalij (Murzuq, 2019): "وقالت نائبة برلمانية في مرزق"
    doc = run("وقالت نائبة برلمانية في مرزق إن 20 شخصا قتلوا في الهجوم.", "2019-08-05")
    assert who(doc, "20 شخصا") == n("نائبة برلمانية")
    # alone, a deputy of nothing named is nobody
    assert who(run("وقال نائب إن 20 شخصا قتلوا في الهجوم."), "20 شخصا") == []


def test_bodies_named_in_lebanon_iraq_and_sudan_speak_whole():
    # Nabaa TV (Beirut, 2024): "وأعلن مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة العامة"
    doc = run("وأعلن مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة العامة عن ارتقاء 12 شهيداً.",
              "2024-09-20")
    assert who(doc, "12 شهيدا") == n("مركز عمليات طوارئ الصحة العامة")
    # aliraqnews (al-Karma, 2014): "وقال ضابط بالامن العراقي"
    doc = run("وقال ضابط بالامن العراقي: ان قصف الكرمة اسفر عن مقتل ثلاثة مدنيين.", "2014-04-18")
    assert n("ضابط بالامن العراقي")[0] in who(doc, "ثلاثة مدنيين")
    # al-Bawaba (Khartoum, 2023): "وأعلنت نقابة الأطباء في السودان ارتفاع عدد القتلى"
    doc = run("وأعلنت نقابة الأطباء في السودان ارتفاع عدد القتلى المدنيين إلى 303.", "2023-04-27")
    assert who(doc, "303") == n("نقابة الأطباء في السودان")
