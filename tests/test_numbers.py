"""The number layer: digits, number words, vague counts and qualifiers in real Arabic news text.

Snippets come from the seed articles (Syria, 2016) and from ordinary agency wording of casualty
counts; every one is normalised with rasd.normalize.normalize first, as the pipeline does.
"""
from __future__ import annotations

import pytest

from rasd.normalize import normalize
from rasd.numbers import (
    Quantity,
    find_quantities,
    load_dual_nouns,
    load_number_words,
    load_vague_codes,
    parse_number,
)


def quantities(raw: str) -> list[Quantity]:
    s = normalize(raw)
    qs = find_quantities(s)
    for q in qs:
        assert s[q.start:q.end] == q.text
        assert q.start <= q.num_start < q.num_end <= q.end
        assert q.text.strip() == q.text
    return qs


def one(raw: str) -> Quantity:
    qs = quantities(raw)
    assert len(qs) == 1, [(q.text, q.value, q.vague) for q in qs]
    return qs[0]


def values(raw: str) -> list:
    return [q.value if q.value is not None else q.vague for q in quantities(raw)]


# --------------------------------------------------------------------------- digits

def test_digits_in_seed_sentence():
    qs = quantities("حيث سقط خلال الاشتباكات 38 مدنيًا، بينهم 14 طفلا، كما قتل العشرات طرفي القتال")
    assert [(q.text, q.value, q.vague) for q in qs] == [
        ("38", 38, None), ("14", 14, None), ("العشرات", None, "dozens")]
    assert qs[0].words is False and qs[0].low == qs[0].high == qs[0].acled == 38
    assert qs[2].words is True


def test_arabic_indic_digits_after_normalisation():
    q = one("قتل ٢٥ مدنياً")
    assert q.value == 25 and q.text == "25"


@pytest.mark.parametrize("raw,value", [
    ("نزوح 1,200 عائلة", 1200),
    ("نزوح 1.200 عائلة", 1200),
    ("نزوح ١٬٢٠٠ عائلة", 1200),
    ("قرابة 250 ألف لاجئ", 250000),
    ("نزوح 3 آلاف شخص", 3000),
    ("نزوح 1.5 مليون شخص", 1500000),
    ("تضرر ١٫٥ مليون شخص", 1500000),
    ("نزوح 2.75 مليون", 2750000),
])
def test_digit_forms(raw, value):
    assert [q.value for q in quantities(raw)] == [value]


def test_digits_with_multiplier_count_as_words():
    q = one("نزوح 3 آلاف شخص")
    assert q.text == "3 الاف" and q.words is True


def test_decimal_without_multiplier_is_not_a_count():
    assert values("تمتد الجبهة 2.5 كيلومتر") == []


def test_digits_glued_to_clitic():
    qs = quantities("قتل 24 شهيدا و14 جريحا")
    assert [(q.text, q.value) for q in qs] == [("24", 24), ("14", 14)]


def test_ordinal_with_article_is_not_a_count():
    assert values("تستمر الاشتباكات العنيفة لليوم الـ16 في الريف الغربي") == []


def test_times_dates_and_model_names_are_not_counts():
    assert values("الساعة 10:30 بتاريخ 21/10/2016") == []
    assert values("طائرات F16 ودبابات T-72") == []


def test_percent_is_flagged():
    q = one("سيطرت من خلاله على 60 بالمئة من مناطق حلب المحاصرة")
    assert q.value == 60 and q.percent is True and q.text == "60 بالميه"
    q = one("دمر 40% من المنازل")
    assert q.value == 40 and q.percent is True


def test_long_digit_run_is_an_identifier():
    assert values("رقم الهاتف 00963112233445566778899") == []


# --------------------------------------------------------------------------- number words

@pytest.mark.parametrize("raw,value", [
    ("واحد", 1), ("واحدة", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2), ("اثنتين", 2),
    ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4), ("خمسة", 5), ("خمس", 5), ("ستة", 6),
    ("ست", 6), ("سبعة", 7), ("سبع", 7), ("ثمانية", 8), ("ثماني", 8), ("ثمانٍ", 8), ("تسعة", 9),
    ("تسع", 9), ("عشرة", 10), ("عشر", 10),
    ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("اثني عشر", 12),
    ("اثنتا عشرة", 12), ("ثلاثة عشر", 13), ("ثلاث عشرة", 13), ("تسعة عشر", 19),
    ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("ثلاثين", 30), ("أربعون", 40),
    ("أربعين", 40), ("خمسون", 50), ("ستين", 60), ("سبعين", 70), ("ثمانون", 80), ("تسعين", 90),
    ("مئة", 100), ("مائة", 100), ("مئه", 100), ("مئتان", 200), ("مئتين", 200), ("مائتان", 200),
    ("مائتين", 200), ("ثلاثمئة", 300), ("ثلاثمائة", 300), ("ثلاث مئة", 300),
    ("أربعمائة", 400), ("خمسمئة", 500), ("ثمانمائة", 800), ("تسعمئة", 900),
    ("ألف", 1000), ("ألفان", 2000), ("ألفين", 2000), ("ثلاثة آلاف", 3000),
    ("عشرة آلاف", 10000), ("مليون", 1000000), ("مليونان", 2000000),
    ("ثلاثة ملايين", 3000000),
    ("خمسة وعشرين", 25), ("خمسة و عشرين", 25), ("واحد وعشرون", 21), ("مئة وخمسون", 150),
    ("مئة وخمسة وعشرون", 125), ("مئتان وثلاثة عشر", 213), ("ألف ومئتان", 1200),
    ("ألفين وخمسمئة", 2500), ("ثلاثة آلاف وخمسمئة", 3500),
    ("مئة ألف", 100000), ("مئتا ألف", 200000), ("مئتي ألف", 200000),
    ("خمسة عشر ألفا", 15000), ("خمسة وعشرين ألفا", 25000), ("ثلاثمئة ألف", 300000),
    ("مليون و200 ألف", 1200000), ("مليون ونصف", 1500000), ("نصف مليون", 500000),
    ("ربع مليون", 250000),
])
def test_parse_number(raw, value):
    assert parse_number(raw) == value
    assert parse_number(normalize(raw)) == value


def test_parse_number_examples_from_brief():
    assert parse_number("خمسه وعشرين") == 25
    assert parse_number("مئتا الف") == 200000


@pytest.mark.parametrize("raw", ["", "الثالث", "قتلى", "عشرات", "نحو 20", "خمسة قتلى",
                                 "ثلاثة وأربعة", "الاثنين", "أحد"])
def test_parse_number_refuses_what_is_not_one_exact_number(raw):
    assert parse_number(raw) is None


def test_seed_word_numbers():
    assert values("ما أسفر عن مقتل تسعة مدنيين بينهم طفلة عمرها أربعة أعوام") == [9, 4]
    assert values("أسفرت الغارات عن مقتل سبعة مدنيين (ثلاثة أطفال وامرأتان ورجلان)") == \
        [7, 3, 2, 2]
    assert values("ليتجاوز عدد الضحايا، يوم أمس الاثنين، أربعين قتيلا") == [40]
    assert values("ووثق سقوط 18 قتيلا وسبعين جريحا") == [18, 70]
    assert values("كما تضمنت القائمة أسماء ستة قتلى من الحرس الثوري، وأربعة من مقاتلي حزب الله") \
        == [6, 4]


def test_span_leaves_out_clitics_but_keeps_article():
    qs = quantities("قتل وثلاثة بخمسة صواريخ لعشرات والعشرات بالعشرات")
    assert [q.text for q in qs] == ["ثلاثه", "خمسه", "عشرات", "العشرات", "العشرات"]
    assert [q.value for q in qs[:2]] == [3, 5]
    assert all(q.vague == "dozens" for q in qs[2:])


def test_definite_number():
    q = one("وقتل الجنود الثلاثة في الكمين")
    assert q.value == 3 and q.text == "الثلاثه"


def test_compound_with_clitic_and_article():
    q = one("في الذكرى وبعد الخمسة والعشرين قتيلا")
    assert q.value == 25 and q.text == "الخمسه والعشرين"


def test_list_of_units_is_not_summed():
    assert values("قتل ثلاثة وأربعة جرحى") == [3, 4]


def test_separate_figures_are_not_joined():
    assert values("قتل 38 مدنيا، بينهم 14 طفلا") == [38, 14]
    assert values("مقتل خمسة، وعشرين جريحا") == [5, 20]


# --------------------------------------------------------------------------- false numbers

def test_weekdays_are_not_numbers():
    assert values("صباح اليوم الثلاثاء") == []
    assert values("أول أمس (الأحد)، وفجر أمس (الإثنين)") == []
    assert values("يوم الاثنين الماضي") == []


def test_ahad_alone_is_not_a_count():
    assert values("ونقلت وكالة رويترز عن أحد مقاتلي المعارضة") == []
    assert values("أصيب أحد الأشخاص") == []
    assert values("ولم يبق أمام الفصائل سوى إحدى الطرق") == []


def test_ordinals_are_not_counts():
    assert values("لليوم الثالث على التوالي") == []
    assert values("الفوج الأول والفرقة الثانية") == []
    assert values("في الحادي عشر من أيلول") == []
    assert values("الذكرى الخامسة والعشرين للثورة") == []
    assert values("الساعة الثانية عشرة ظهرا") == []


def test_words_containing_number_words_are_not_counts():
    assert values("استهدفت الفصائل مستشفى ومستودعات عثمان") == []
    assert values("وتتوعد بمفاجآت وثالث الأيام") == []


def test_idda_needs_a_noun_and_no_other_clitic():
    q = one("اندلاع اشتباكات في عدة محاور بين جيش الفتح")
    assert q.vague == "several" and q.text == "عده"
    assert values("وقال بعده مباشرة") == []
    assert values("وعده بالانسحاب من المدينة") == []
    assert values("انسحب لعدة ساعات") == ["several"]


# --------------------------------------------------------------------------- vague counts

def test_vague_dozens():
    q = one("قالت مواقع إخبارية إن الجيش قتل عشرات المسلحين")
    assert (q.value, q.vague, q.acled, q.low, q.high) == (None, "dozens", 12, 20, 99)
    q = one("ما تسبب بسقوط العشرات من الجرحى")
    assert q.vague == "dozens" and q.text == "العشرات"


def test_vague_hundreds_thousands():
    q = one("جراء مئات القذائف والصواريخ")
    assert (q.vague, q.acled, q.text) == ("hundreds", 100, "ميات")
    q = one("نزح آلاف المدنيين")
    assert (q.vague, q.acled) == ("thousands", 1000)
    q = one("نزوح عشرات الآلاف من المدنيين")
    assert (q.vague, q.low, q.high) == ("thousands", 20000, 99000)
    q = one("نزوح مئات الآلاف")
    assert (q.vague, q.low, q.high) == ("thousands", 200000, 999000)


def test_vague_several():
    q = one("مقتل قائد العملية مع عدد من عناصره")
    assert (q.vague, q.text, q.acled) == ("several", "عدد من", 10)
    q = one("وإنها قتلت أفراداً من تلك القوات")
    assert q.vague == "several"
    q = one("قتل بضعة جنود")
    assert (q.vague, q.low, q.high) == ("several", 3, 9)
    q = one("قتل بضعة عشر جنديا")
    assert (q.vague, q.low, q.high) == ("several", 13, 19)
    q = one("قتل بضع عشرات")
    assert (q.vague, q.low, q.high) == ("dozens", 30, 90)
    q = one("نزوح بضعة آلاف")
    assert (q.vague, q.low, q.high) == ("thousands", 3000, 9000)


def test_vague_codes_are_data():
    codes = load_vague_codes()
    assert codes["dozens"].acled == 12 and codes["hundreds"].acled == 100
    assert codes["several"].acled == 10


# --------------------------------------------------------------------------- qualifiers

@pytest.mark.parametrize("raw,text,value,qualifier", [
    ("كما أشار إلى إصابة حوالي 250 آخرين بجروح", "حوالي 250", 250, "about"),
    ("تمتد حوالى 15 كيلومترا", "حوالي 15", 15, "about"),
    ("وأكثر من 85 جريحًا", "اكثر من 85", 85, "more_than"),
    ("ما يصل إلى مئة ألف مدني", "ما يصل الي ميه الف", 100000, "up_to"),
    ("قتل ما لا يقل عن 12 مدنيا", "ما لا يقل عن 12", 12, "at_least"),
    ("قتل على الأقل 12 مدنيا", "علي الاقل 12", 12, "at_least"),
    ("قتل 12 على الأقل", "12 علي الاقل", 12, "at_least"),
    ("قرابة 300 شخص", "قرابه 300", 300, "about"),
    ("زهاء ألفي مقاتل", "زهاء الفي", 2000, "about"),
    ("بنحو عشرين قتيلا", "نحو عشرين", 20, "about"),
    ("ما يزيد عن ثلاثين", "ما يزيد عن ثلاثين", 30, "more_than"),
    ("ما يقارب خمسين", "ما يقارب خمسين", 50, "about"),
    ("نيف وعشرون قتيلا", "نيف وعشرون", 20, "more_than"),
    ("عشرون ونيف", "عشرون ونيف", 20, "more_than"),
    ("أكثر من ثلاثة أشهر", "اكثر من ثلاثه", 3, "more_than"),
])
def test_qualifiers(raw, text, value, qualifier):
    q = one(raw)
    assert (q.text, q.value, q.qualifier) == (text, value, qualifier)
    assert q.qual_start is not None and q.qual_start < q.qual_end


def test_qualifier_after_the_noun_does_not_widen_the_span():
    raw = "وكانت مصادر للجزيرة قد أفادت أن تسعين شخصا على الأقل سقطوا قتلى"
    s = normalize(raw)
    q = one(raw)
    assert (q.text, q.value, q.qualifier) == ("تسعين", 90, "at_least")
    assert s[q.qual_start:q.qual_end] == "علي الاقل"
    assert (q.low, q.high) == (90, None)


def test_qualifier_ranges():
    assert (one("أكثر من 40").low, one("أكثر من 40").high) == (41, None)
    assert (one("ما يصل إلى 40").low, one("ما يصل إلى 40").high) == (None, 40)
    assert (one("نحو 40").low, one("نحو 40").high) == (40, 40)


def test_qualifier_without_number_is_nothing():
    assert values("على أكثر من محور، نحو الريف") == []


# --------------------------------------------------------------------------- dual nouns

def test_dual_nouns_count_two():
    qs = quantities("مقتل سبعة مدنيين (ثلاثة أطفال وامرأتان ورجلان)")
    assert [(q.text, q.value, q.noun) for q in qs[2:]] == [
        ("امراتان", 2, "امراه"), ("رجلان", 2, "رجل")]


def test_dual_noun_with_emphatic_two_is_one_count():
    q = one("إصابة شخصين اثنين بجروح")
    assert (q.text, q.value) == ("شخصين اثنين", 2)


def test_plural_and_definite_duals_are_not_counts():
    assert values("قتل مدنيين في القصف") == []
    assert values("وقتل الرجلان") == []


# --------------------------------------------------------------------------- data, robustness

def test_word_list_is_loaded_from_data():
    words = load_number_words()
    assert words[normalize("مئتا")].value == 200
    assert words[normalize("عشرات")].label == "dozens"
    assert words[normalize("على الأقل")].label == "at_least"
    assert normalize("رجلان") in load_dual_nouns()


def test_seed_articles_find_the_gold_figures():
    from pathlib import Path
    seeds = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip("seed corpus not available")
    found = []
    for f in sorted(seeds.glob("*.txt")):
        s = normalize(f.read_text(encoding="utf-8"))
        for q in find_quantities(s):
            assert s[q.start:q.end] == q.text
            found.append(q.value if q.value is not None else q.vague)
    for v in (38, 14, 250, 36, 9, 7, 3, 2, 15, 40, 100000, 200000, 13, 90, 24, 6, 4, 85, 18, 70,
              "dozens", "several", "hundreds"):
        assert v in found, v


@pytest.mark.parametrize("raw", [
    "1" * 100_000,
    "1," * 50_000,
    "خمسة " * 20_000,
    "خمسة و" * 20_000,
    "ألف و" * 20_000,
    "ما " * 30_000 + "يزيد",
    "و " * 50_000,
    "مئة ألف " * 10_000,
])
def test_long_inputs_complete(raw):
    # not timed: only that pathological input finishes (the scan is linear by construction)
    qs = find_quantities(normalize(raw))
    assert isinstance(qs, list)


def test_long_input_of_words_is_parsed_piecewise():
    qs = find_quantities(normalize("خمسة " * 5000))
    assert len(qs) == 5000 and all(q.value == 5 for q in qs)


def test_digits_after_thousands_words_go_on_the_number():
    from rasd.normalize import normalize as _n
    def vals(t):
        return [q.value for q in find_quantities(_n(t))]
    assert vals("وثقت الشبكة مقتل ألفين و704 مدنيين") == [2704]
    assert vals("قتل 3 آلاف و200 مدني") == [3200]
    # below a thousand, digits after a number stay two figures
    assert vals("قتل 5 و6 مدنيين") == [5, 6]


def test_digits_after_a_noun_they_number_are_no_count():
    from rasd.normalize import normalize as _n
    def vals(t):
        return [q.value for q in find_quantities(_n(t))]
    # Sudan Tribune (Omdurman, 2024): the numbers of quarters, not of the wounded
    assert vals("وإصابة من الحارة 14، وأخرى من الحارة 31 في الثورة.") == []
    assert vals("فرت الجماعات نحو عمارات 12 وقطعت الطريق 47") == []
    # a count before its noun, and the numbered quarter after it
    assert vals("قتل 14 شخصا في الحارة 14") == [14]


def test_duals_of_nationalities_and_victim_nouns_and_their_adjectives():
    # Jenin 2023: "استشهد فلسطينيان"; set 505: "قتل زعيمان تركمانيان" (one count of two)
    assert values("استشهد فلسطينيان") == [2]
    q = one("قتل زعيمان تركمانيان بقصف جوي")
    assert q.value == 2 and q.text == "زعيمان تركمانيان"
    assert one("قتل شابان فلسطينيان").text == "شابان فلسطينيان"
    # two groups joined by و are two counts
    assert values("قتل شابان وفلسطينيان") == [2, 2]
    # a dual no lexicon counts takes the nationality dual as its adjective: no count
    assert values("فقد استهدف تفجيران انتحاريان بسيارتين مفخختين") == []
    # the Taliban are no two students
    assert values("هاجمت حركة طالبان مركزا للشرطة") == []
