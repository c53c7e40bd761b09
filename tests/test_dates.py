"""rasd.dates: Arabic date expressions resolved against the publication date.

Snippets are sentences of the seed articles (/work/shared/corpus/seeds.jsonl) or news sentences in
the same register; every text is normalised with rasd.normalize.normalize first, as the pipeline
does.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from rasd.dates import DateMention, find_dates, stated_today
from rasd.normalize import normalize

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds.jsonl"

D = dt.date


def dates(text: str, published: dt.date | None) -> list[DateMention]:
    s = normalize(text)
    out = find_dates(s, published)
    for m in out:
        assert s[m.start:m.end] == m.text
    return out


def one(text: str, published: dt.date | None) -> DateMention:
    out = dates(text, published)
    assert len(out) == 1, [(m.text, m.value) for m in out]
    return out[0]


def by_text(out: list[DateMention]) -> dict[str, DateMention]:
    return {m.text: m for m in out}


# ------------------------------------------------------------------------------------- the seeds

def _seeds():
    if not SEEDS.exists():
        pytest.skip("shared/corpus/seeds.jsonl not present")
    rows = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line]
    return {r["id"][:3]: (normalize(r["text"]), D.fromisoformat(r["published"])) for r in rows}


def test_seed_000_friday_offensive_and_truce_date():
    s, pub = _seeds()["000"]  # published 2016-10-30, a Sunday
    out = find_dates(s, pub)
    got = [(m.text, m.value) for m in out]
    # "وتدور منذ يوم الجمعة اشتباكات": the offensive began on Friday 28 October 2016
    assert ("يوم الجمعه", "2016-10-28") in got
    assert ("يوم الجمعه الفايت", "2016-10-28") in got
    assert ("21 تشرين الاول/اكتوبر", "2016-10-21") in got
    # "لليوم الثالث على التوالي" is not today
    assert not any(m.text == "اليوم" for m in out)
    friday = next(m for m in out if m.text == "يوم الجمعه")
    assert s[friday.start - 4:friday.start] == "منذ "
    assert (friday.precision, friday.low, friday.high, friday.kind) == ("day", "2016-10-28", "2016-10-28", "weekday")


def test_seed_001_last_night_this_morning_yesterday_monday():
    s, pub = _seeds()["001"]  # published 2016-12-06, a Tuesday
    got = [(m.text, m.value, m.reason) for m in find_dates(s, pub)]
    assert ("الليله الماضيه", "2016-12-05", None) in got
    assert ("صباح اليوم", "2016-12-06", None) in got
    assert ("يوم امس الاثنين", "2016-12-05", None) in got


def test_seed_002_this_morning_tuesday_is_one_mention():
    s, pub = _seeds()["002"]  # published 2016-08-09, a Tuesday
    out = find_dates(s, pub)
    assert [(m.text, m.value, m.kind) for m in out] == [("صباح اليوم الثلاثاء", "2016-08-09", "relative")]


def test_seed_003_apposition_and_bare_weekday():
    s, pub = _seeds()["003"]  # published 2016-12-06
    got = by_text(find_dates(s, pub))
    assert got["فجر امس (الاثنين)"].value == "2016-12-05"
    assert got["فجر امس (الاثنين)"].reason is None
    assert got["اول امس (الاحد)"].value == "2016-12-04"
    assert got["الاحد"].value == "2016-12-04"  # "شنت الأحد هجوما واسعا"


def test_seed_004_late_february_and_yesterday():
    s, pub = _seeds()["004"]  # published 2016-04-05
    out = find_dates(s, pub)
    got = by_text(out)
    late = got["اواخر فبراير/ شباط الماضي"]
    assert (late.precision, late.low, late.high) == ("range", "2016-02-21", "2016-02-29")
    assert late.kind == "part_of_month"
    feb = got["فبراير/شباط الماضي"]
    assert (feb.value, feb.precision, feb.low, feb.high) == ("2016-02", "month", "2016-02-01", "2016-02-29")
    assert got["ظهر اليوم"].value == "2016-04-05"
    assert got["الامس"].value == "2016-04-04"  # "بالأمس": the clitic stays outside the span
    assert got["يوم امس"].value == "2016-04-04"
    # "محطة تشرين" (the Tishreen power plant) is not a month
    assert not any("تشرين" in m.text for m in out)


def test_seeds_without_publication_date_stay_unresolved():
    for key, (s, _pub) in _seeds().items():
        out = find_dates(s, None)
        assert out, key
        for m in out:
            assert s[m.start:m.end] == m.text
            assert m.resolved is False and m.value is None and m.low is None and m.high is None
            assert m.precision is None and m.reason == "no publication date"


def test_seed_offsets_slice_the_text():
    for s, pub in _seeds().values():
        for m in find_dates(s, pub):
            assert s[m.start:m.end] == m.text
            assert m.text == m.text.strip()


# ------------------------------------------------------------------------------- month systems

LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول"]
EGYPT_GULF = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
              "أكتوبر", "نوفمبر", "ديسمبر"]
MAGHREB = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
           "نوفمبر", "ديسمبر"]
VARIANTS = [("ابريل", 4), ("إبريل", 4), ("يونيه", 6), ("يوليه", 7), ("اغسطس", 8)]


@pytest.mark.parametrize("system", [LEVANT, EGYPT_GULF, MAGHREB])
def test_every_month_name_with_day_and_year(system):
    for month, name in enumerate(system, start=1):
        m = one(f"وقُتل سبعة مدنيين في 5 {name} 2016 بقصف على الحي.", None)
        assert m.value == f"2016-{month:02d}-05", name
        assert m.resolved and m.kind == "explicit"


@pytest.mark.parametrize("name,month", VARIANTS)
def test_spelling_variants(name, month):
    assert one(f"وفي 12 {name} 2015 أعلنت الفصائل هدنة.", None).value == f"2015-{month:02d}-12"


def test_levantine_with_egyptian_in_combined_forms():
    m = one("بدأت الهدنة في 5 كانون الأول/ديسمبر 2016 وانهارت بعد ساعات.", None)
    assert (m.text, m.value) == ("5 كانون الاول/ديسمبر 2016", "2016-12-05")
    m = one("تمهيداً لهدنة بدأ تطبيقها في 21 تشرين الأول/أكتوبر، وذلك بعد", D(2016, 10, 30))
    assert (m.text, m.value) == ("21 تشرين الاول/اكتوبر", "2016-10-21")
    m = one("وكانت قوات النظام قد سيطرت على البلدة في شباط/فبراير.", D(2016, 4, 5))
    assert (m.text, m.value, m.precision) == ("شباط/فبراير", "2016-02", "month")
    m = one("وقعت المجزرة في أوائل آذار (مارس) 2015 في ريف حمص.", None)
    assert (m.low, m.high) == ("2015-03-01", "2015-03-10")


def test_explicit_date_with_year_resolves_without_publication_date():
    m = one("وقالت الوكالة إن الهجوم وقع في 21 أكتوبر 2016 على مواقع الجيش.", None)
    assert (m.value, m.precision, m.low, m.high, m.resolved, m.reason) == (
        "2016-10-21", "day", "2016-10-21", "2016-10-21", True, None)


def test_yearless_date_takes_the_year_on_or_before_publication():
    pub = D(2016, 4, 5)
    assert one("قتل مدني يوم 7 ديسمبر في القصف.", pub).value == "2015-12-07"
    assert one("قتل مدني يوم 3 أبريل في القصف.", pub).value == "2016-04-03"
    assert one("قتل مدني يوم 5 نيسان في القصف.", pub).value == "2016-04-05"
    assert one("قتل مدني يوم 6 نيسان في القصف.", pub).value == "2015-04-06"
    # الماضي: the latest such month strictly before the publication month
    assert one("وقعت المعارك في شباط الماضي.", D(2016, 2, 20)).value == "2015-02"
    assert one("ستجري الانتخابات في آذار المقبل.", D(2016, 3, 20)).value == "2017-03"
    assert one("في 10 من أكتوبر الجاري.", D(2016, 10, 30)).value == "2016-10-10"
    m = one("قتل مدني يوم 7 ديسمبر في القصف.", None)
    assert (m.value, m.resolved, m.reason) == (None, False, "no publication date")


def test_invalid_day_is_not_resolved():
    m = one("في 31 أيلول/سبتمبر 2016", D(2016, 10, 30))
    assert (m.value, m.resolved, m.reason) == (None, False, "invalid date")


def test_bare_ambiguous_month_words_are_not_dates():
    text = "وقد مارس الجيش ضغطاً كبيراً على باب النيرب، ودعا الأب إلى الحوار، واستهدف محطة تشرين."
    assert dates(text, D(2016, 10, 30)) == []
    # an unambiguous month after a preposition is a month
    m = one("وتصاعدت الغارات في أكتوبر على الأحياء الشرقية.", D(2016, 12, 6))
    assert (m.value, m.kind) == ("2016-10", "month")


# --------------------------------------------------------------------------------- parts of months

@pytest.mark.parametrize("word,low,high", [
    ("أواخر", "2016-02-21", "2016-02-29"), ("اواخر", "2016-02-21", "2016-02-29"),
    ("أوائل", "2016-02-01", "2016-02-10"), ("مطلع", "2016-02-01", "2016-02-10"),
    ("بداية", "2016-02-01", "2016-02-10"), ("منتصف", "2016-02-11", "2016-02-20"),
])
def test_part_of_month(word, low, high):
    m = one(f"الاتفاق الذي توصلت إليه الولايات المتحدة وروسيا {word} فبراير/ شباط الماضي.",
            D(2016, 4, 5))
    assert (m.precision, m.low, m.high, m.value) == ("range", low, high, f"{low}/{high}")
    assert m.text.startswith(normalize(word))
    assert m.kind == "part_of_month"


def test_part_of_month_with_year_and_unresolved_without():
    m = one("اندلعت المعارك أواخر فبراير 2016 في ريف حلب.", None)
    assert (m.low, m.high) == ("2016-02-21", "2016-02-29")
    m = one("اندلعت المعارك أواخر فبراير في ريف حلب.", None)
    assert (m.resolved, m.reason, m.low) == (False, "no publication date", None)
    m = one("وفي أواخر الشهر الماضي قتل العشرات.", D(2016, 10, 30))
    assert (m.low, m.high) == ("2016-09-21", "2016-09-30")


# ------------------------------------------------------------------------------------- weekdays

def test_weekdays_with_and_without_yom_and_direction():
    pub = D(2016, 10, 30)  # Sunday
    assert one("قُتل ثلاثة مدنيين يوم الثلاثاء بغارة على ريف إدلب.", pub).value == "2016-10-25"
    assert one("قُتل ثلاثة مدنيين الثلاثاء الماضي بغارة على ريف إدلب.", pub).value == "2016-10-25"
    assert one("وأعلنت الفصائل الاثنين بدء المعركة.", pub).value == "2016-10-24"
    assert one("وأعلنت الفصائل الأحد بدء المعركة.", pub).value == "2016-10-30"
    assert one("وأعلنت الفصائل الأحد الماضي بدء المعركة.", pub).value == "2016-10-23"
    assert one("وتعقد الجولة المقبلة من المفاوضات الأحد المقبل في جنيف.", pub).value == "2016-11-06"
    assert one("وتعقد الجولة الخميس القادم في جنيف.", pub).value == "2016-11-03"
    m = one("قُتل ثلاثة مدنيين يوم الثلاثاء بغارة على ريف إدلب.", None)
    assert (m.kind, m.resolved, m.value) == ("weekday", False, None)


def test_weekday_night_is_a_two_day_range():
    pub = D(2016, 10, 30)
    m = one("وقعت الاشتباكات ليل السبت-الأحد في محيط المدينة.", pub)
    assert (m.precision, m.low, m.high) == ("range", "2016-10-29", "2016-10-30")
    m = one("وقعت الغارات مساء الجمعة على الأحياء الشرقية.", pub)
    assert (m.text, m.value) == ("مساء الجمعه", "2016-10-28")


def test_eleven_is_not_sunday():
    assert dates("قتل الأحد عشر جنديا في الهجوم.", D(2016, 10, 30)) == []


# ------------------------------------------------------------------------------- relative days

@pytest.mark.parametrize("text,span,value", [
    ("وأفاد ناشطون بأن الطيران الحربي قصف البارحة أحياء المدينة.", "البارحه", "2016-12-05"),
    ("وأعلن تنظيم الدولة في بيان له أمس سيطرة مقاتليه على المحطة.", "امس", "2016-12-05"),
    ("وحاولت قوات النظام استعادة ما خسرته بالأمس.", "الامس", "2016-12-05"),
    ("وقال المرصد إن غارات أول من أمس أسفرت عن مقتل 12 شخصاً.", "اول من امس", "2016-12-04"),
    ("وقال المرصد إن غارات أول أمس أسفرت عن مقتل 12 شخصاً.", "اول امس", "2016-12-04"),
    ("وقتل 15 شخصا اليوم في غارات على الأتارب.", "اليوم", "2016-12-06"),
    ("كما قصفت الطائرات الروسية صباح اليوم بلدات بابكة والأتارب.", "صباح اليوم", "2016-12-06"),
    ("وشنت الطائرات مساء أمس غارات على حي الشعار.", "مساء امس", "2016-12-05"),
    ("سقط صاروخ أرض أرض ظهر اليوم على حي الشيخ مقصود.", "ظهر اليوم", "2016-12-06"),
    ("وتشهد مدينة حلب منذ الليلة الماضية معارك عنيفة.", "الليله الماضيه", "2016-12-05"),
    ("وقصفت الطائرات ليلة أمس أحياء المدينة.", "ليله امس", "2016-12-05"),
    ("شن الطيران غارات فجر اليوم الثلاثاء على المدينة.", "فجر اليوم الثلاثاء", "2016-12-06"),
    ("وكانت الفصائل قد سيطرت، أمس (الإثنين)، على حي الميسر.", "امس (الاثنين)", "2016-12-05"),
])
def test_relative_days(text, span, value):
    pub = D(2016, 12, 6)  # Tuesday
    m = one(text, pub)
    assert (m.text, m.value, m.precision, m.low, m.high, m.resolved, m.reason) == (
        span, value, "day", value, value, True, None)
    u = one(text, None)
    assert (u.text, u.value, u.resolved, u.reason) == (span, None, False, "no publication date")


def test_apposed_weekday_that_disagrees_is_reported():
    m = one("وسقط 24 شهيداً أمس (الأحد) في أحياء حلب.", D(2016, 12, 6))  # Monday was yesterday
    assert m.value == "2016-12-05" and m.resolved
    assert m.reason and m.reason.startswith("weekday mismatch")


def test_today_as_the_day_is_not_a_date():
    text = "وفي اليوم التالي عاد الهدوء، وفي ذلك اليوم قتل خمسة، لليوم الثالث على التوالي."
    assert dates(text, D(2016, 10, 30)) == []


def test_weekday_or_relative_day_before_explicit_date_is_one_mention():
    m = one("الجمعة، 28 تشرين الأول/أكتوبر 2016: هجوم واسع على غرب حلب.", None)
    assert (m.text, m.value, m.reason) == ("الجمعه، 28 تشرين الاول/اكتوبر 2016", "2016-10-28", None)
    m = one("وقال المتحدث يوم الأحد الموافق 23 تشرين الأول إن الجيش تقدم.", D(2016, 10, 30))
    assert (m.value, m.reason) == ("2016-10-23", None)
    m = one("هجوم واسع يوم السبت 28 أكتوبر 2016 على غرب حلب.", None)
    assert m.value == "2016-10-28" and m.reason.startswith("weekday mismatch")


# ------------------------------------------------------------------------ periods and durations

def test_last_week_month_year():
    pub = D(2016, 10, 30)  # Sunday: the week of the publication is 30 Oct - 5 Nov
    out = dates("وفي الأسبوع الماضي قتل عشرات المدنيين، بينما شهد الشهر الماضي أعنف المعارك "
                "مقارنة بالعام الماضي.", pub)
    got = {m.text: (m.value, m.precision, m.low, m.high) for m in out}
    assert got["الاسبوع الماضي"] == ("2016-10-23/2016-10-29", "range", "2016-10-23", "2016-10-29")
    assert got["الشهر الماضي"] == ("2016-09", "month", "2016-09-01", "2016-09-30")
    assert got["العام الماضي"] == ("2015", "year", "2015-01-01", "2015-12-31")


def test_days_ago():
    pub = D(2016, 10, 30)
    m = one("قتل 20 مدنياً منذ ثلاثة أيام في قصف على دوما.", pub)
    assert (m.text, m.value, m.kind) == ("منذ ثلاثه ايام", "2016-10-27", "ago")
    assert one("قتل شخص قبل يومين في القصف.", pub).value == "2016-10-28"
    assert one("وبدأت المعارك منذ 4 أيام.", pub).value == "2016-10-26"
    # "before the elections", not "two days ago"
    assert dates("وكان ذلك قبل يومين من الانتخابات.", pub) == []
    m = one("حيث أوقفت روسيا منذ حوالي أسبوعين شن غارات على شرق حلب.", pub)
    assert (m.precision, m.low, m.high) == ("range", "2016-10-13", "2016-10-19")


def test_years():
    m = one("وتحاصر قوات النظام المدينة منذ عام 2012.", None)
    assert (m.text, m.value, m.precision) == ("عام 2012", "2012", "year")
    assert one("اندلعت الثورة في آذار/مارس 2011.", None).value == "2011-03"


# -------------------------------------------------------------------------------- numeric dates

def test_numeric_dates():
    out = dates("أفادت التقارير في 21/10/2016 وفي 2016-10-21 وفي 5.12.2016 بوقوع اشتباكات.", None)
    assert [(m.text, m.value, m.kind) for m in out] == [
        ("21/10/2016", "2016-10-21", "numeric"), ("2016-10-21", "2016-10-21", "numeric"),
        ("5.12.2016", "2016-12-05", "numeric")]
    assert dates("قتل 1/3 السكان و 13/40/2016 ليس تاريخاً.", None) == []


# ------------------------------------------------------------------------------ misc properties

def test_datetime_publication_is_accepted():
    m = one("وأعلن تنظيم الدولة أمس سيطرته على المحطة.", dt.datetime(2016, 4, 5, 23, 59))
    assert m.value == "2016-04-04"


def test_day_ranges_within_a_month():
    pub = D(2016, 10, 30)
    m = one("قُتل خمسون شخصاً بين 20 و25 أكتوبر في أحياء حلب الشرقية.", pub)
    assert (m.text, m.precision, m.low, m.high) == ("20 و25 اكتوبر", "range", "2016-10-20", "2016-10-25")
    m = one("وشهدت الفترة من 3 إلى 5 آب الماضي معارك عنيفة.", pub)
    assert (m.low, m.high) == ("2016-08-03", "2016-08-05")


def test_weekday_with_relative_day_in_apposition():
    m = one("وقالت الفصائل إنها صدت الهجوم الإثنين (أمس) على حي الميسر.", D(2016, 12, 6))
    assert (m.text, m.value, m.reason) == ("الاثنين (امس)", "2016-12-05", None)


def test_more_newswire_forms():
    # "كانون ثانٍ": the indefinite form, as in ANERcorp newswire
    m = one("مقابل 1500 انفجار قنبلة في يناير/كانون ثانٍ الماضي.", D(2003, 6, 15))
    assert (m.value, m.precision) == ("2003-01", "month")
    m = one("وتخضع المدينة للحصار منذ 2012.", None)
    assert (m.text, m.value) == ("منذ 2012", "2012")
    # "اليوم الذي": "the day on which", not today
    assert dates("لا يتردد في اعتبار أن اليوم الذي توجد فيه المرأة العظيمة", D(2003, 6, 15)) == []
    # a month name at the start of a line (a headline)
    m = one("عنوان\nآب 2016 شهد أعنف المعارك", None)
    assert m.value == "2016-08"


def test_the_text_names_its_own_today():
    # Syrian Mirror, Daraya: "اليوم 8 حزيران 2016" in a page posted in October
    s = normalize("صعد الطيران قصفه، اليوم 8 حزيران 2016، على داريا. وقال ناشطون إن القصف اليوم حصل.")
    pub = dt.date(2016, 10, 25)
    assert stated_today(s, find_dates(s, pub), pub) == dt.date(2016, 6, 8)
    # al-Masdar, Aleppo: "اليوم الخميس (22 أيلول/سبتمبر)" in a page dated the 23rd
    s = normalize("قضى 14 مدنيا اليوم الخميس (22 أيلول/سبتمبر) جراء غارات.")
    pub = dt.date(2016, 9, 23)
    assert stated_today(s, find_dates(s, pub), pub) == dt.date(2016, 9, 22)
    # with no publication date the stated day still anchors the text
    s = normalize("قتل اليوم 8 حزيران 2016 خمسة مدنيين.")
    assert stated_today(s, find_dates(s, None), None) == dt.date(2016, 6, 8)
    # a plain "today", a day after the publication date, or a day told later: no anchor
    for text, pub in (("قتل اليوم خمسة مدنيين في 8 حزيران 2016.", dt.date(2016, 10, 25)),
                      ("قتل اليوم 8 حزيران 2016 خمسة مدنيين.", dt.date(2016, 6, 1)),
                      ("قتل اليوم 8 حزيران 2016 خمسة مدنيين.", dt.date(2016, 6, 8))):
        s = normalize(text)
        assert stated_today(s, find_dates(s, pub), pub) is None


def test_relative_days_resolve_against_the_stated_today():
    from rasd.pipeline import extract
    doc = extract("قتل اليوم 8 حزيران 2016 خمسة مدنيين بقصف على داريا. وقتل أمس 3 مدنيين في "
                  "المعضمية.", published=None)
    values = [m.value for m in doc.dates]
    assert values == ["2016-06-08", "2016-06-07"]


def test_a_day_of_the_same_month():
    # SOHR, Aleppo: "منذ صباح الـ 28 من شهر تشرين الأول / أكتوبر الجاري، وحتى نهاية يوم الـ 31 من الشهر ذاته"
    out = dates("قضوا منذ صباح الـ 28 من شهر تشرين الأول / أكتوبر الجاري، وحتى نهاية يوم الـ 31 من "
                "الشهر ذاته", dt.date(2016, 11, 1))
    assert [m.value for m in out] == ["2016-10-28", "2016-10-31"]
    # with no date told before it, it stays unresolved
    m = one("قتل 3 في الـ 31 من الشهر ذاته", dt.date(2016, 11, 1))
    assert not m.resolved and m.value is None


def test_ghada_opening_a_clause_before_a_name_is_the_verb_became():
    # Enab Baladi: "وغدا “الكاستيلو” في مرمى قوات الأسد منذ فترة"
    for text in ("وغدا “الكاستيلو” في مرمى قوات الأسد منذ فترة.", "وغدا الطريق في مرمى النيران."):
        assert dates(text, dt.date(2016, 6, 16)) == [], text
    for text in ("وغدا الأحد تعقد الجلسة.", "ستعقد الجلسة غدا الأحد.", "قال إن القصف سيستمر غدا."):
        assert [m.value for m in dates(text, dt.date(2016, 6, 16))] == ["2016-06-17"], text


def test_a_weekday_and_a_day_just_after_publication_are_this_year():
    # Xinhua (Sanaa, Wednesday 29 November 2017): "عشية إحياء ذكرى المولد النبوي الخميس 30 نوفمبر"
    m = one("عشية إحياء ذكرى المولد النبوي الخميس 30 نوفمبر", dt.date(2017, 11, 29))
    assert (m.value, m.reason) == ("2017-11-30", None)
    # the weekday of a year back keeps that year; no weekday, the past is read
    assert one("الأربعاء 30 نوفمبر", dt.date(2017, 11, 29)).value == "2016-11-30"
    assert one("يوم 30 نوفمبر", dt.date(2017, 11, 29)).value == "2016-11-30"
