"""Page furniture: found on real Arabic page text, blanked without moving an offset, and never
taking an article sentence with it."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from rasd.furniture import blank, find_furniture, outlet_id, outlet_info
from rasd.lexicon import load_table

# A real paragraph (seed 004) used as the body around each furniture snippet.
BODY = ("أعلنت فصائل المعارضة السورية المسلحة قتل 15 من قوات النظام والمليشيات الموالية له بريف "
        "حلب الجنوبي خلال تصديها لهجوم شُن على منطقتي الزربة وخان طومان. في المقابل، قالت مواقع "
        "إخبارية موالية للنظام إن الجيش قتل عشرات المسلحين في هجوم واسع بريف حلب الجنوبي.")
BODY2 = ("ووثق المرصد السوري لحقوق الإنسان –ومقره بريطانيا– سقوط 18 قتيلا وسبعين جريحا جراء سقوط "
         "قذائف على حي الشيخ مقصود منذ يوم أمس الذي شهد تجدد المعارك بين الطرفين.")
TITLE = "المعارضة تصد هجوما كبيرا للنظام جنوب حلب"


def page(*lines: str) -> str:
    return "\n".join(lines)


def labelled(text: str, fu=None) -> dict[str, str]:
    """{line text: label} of the furniture found."""
    fu = fu or find_furniture(text)
    return {text[s:e]: lab for s, e, lab in fu.spans}


def kept(text: str) -> str:
    return blank(text, find_furniture(text).spans)


def assert_body_kept(text: str, *sentences: str) -> None:
    clean = kept(text)
    for s in sentences:
        assert s in clean, f"body text was blanked: {s[:60]!r}"


# --------------------------------------------------------------------------- the five seeds

@pytest.fixture(scope="module")
def seeds(seed_articles):
    return seed_articles


def test_seed_outlets(seeds):
    assert find_furniture(seeds["002"]["text"]).outlet == "aljazeera"
    fu4 = find_furniture(seeds["004"]["text"])
    assert (fu4.outlet, fu4.outlet_name, fu4.agencies) == ("aljazeera", "الجزيرة", ["وكالات"])
    fu3 = find_furniture(seeds["003"]["text"])
    assert (fu3.outlet, fu3.outlet_name) == ("jeroun", "جيرون")
    # 000 and 001 name no outlet: nothing is guessed from "مراسل الجزيرة"-like mentions
    assert find_furniture(seeds["000"]["text"]).outlet is None
    assert find_furniture(seeds["001"]["text"]).outlet is None


def test_seed_furniture_lines(seeds):
    got = {k: labelled(seeds[k]["text"]) for k in seeds}
    assert got["000"] == {"تعليقات الفيسبوك": "comments"}
    assert got["001"]["أقسام"] == "breadcrumb"
    assert got["001"]["أخبار"] == "breadcrumb"
    assert got["001"]["أخبار متعلقة"] == "related"
    assert got["001"]["نازحون في مدينة حلب جراء القصف والغارات مركز حلب الإعلامي"] == "caption"
    teaser = [t for t, lab in got["001"].items() if lab == "teaser"]
    assert len(teaser) == 1 and teaser[0].endswith("من...")
    assert got["002"] == {"المصدر : الجزيرة": "source_line"}
    assert got["003"] == {"جيرون": "byline", "المصدر": "source_line"}
    assert got["004"]["المصدر : الجزيرة + وكالات"] == "source_line"
    captions = [t for t, lab in got["004"].items() if lab == "caption"]
    assert len(captions) == 4           # photo title + caption at the top, the doubled caption
    assert all("(ناشطون)" in t or "(الجزيرة)" in t or "استهداف تجمع" in t for t in captions)


def test_seed_titles_are_not_blanked(seeds):
    for k, art in seeds.items():
        text = art["text"]
        fu = find_furniture(text)
        assert text[fu.title[0]:fu.title[1]] == text.splitlines()[0]
        assert all(not (s <= fu.title[0] < e) for s, e, _ in fu.spans)


@pytest.mark.parametrize("key,sentence", [
    ("000", "حيث سقط خلال الاشتباكات 38 مدنيًا، بينهم 14 طفلا"),
    ("000", "ما أسفر عن مقتل تسعة مدنيين بينهم طفلة عمرها أربعة أعوام."),
    ("001", "حيث أسفرت الغارات عن مقتل سبعة مدنيين (ثلاثة أطفال وامرأتان ورجلان) في بلدة البوابية."),
    ("001", "ما يصل إلى مئة ألف مدني"),
    ("002", "وأضاف نقلا عن مصادر في الدفاع المدني أن 13 شخصا قتلوا بقصف الطيران الحربي"),
    ("002", "وكانت مصادر للجزيرة قد أفادت أن تسعين شخصا على الأقل سقطوا قتلى"),
    ("002", "المنفذ والمساعدات"),
    ("003", "في حين وثّق المركز سقوط 24 شهيدًا، وأكثر من 85 جريحًا"),
    ("003", "وقال الناشط الإعلامي، سامي الرجّ، لـ (جيرون):"),
    ("004", "سقوط 18 قتيلا وسبعين جريحا جراء سقوط قذائف على حي الشيخ مقصود"),
    ("004", "في سياق متصل، أفاد مراسل الجزيرة بـ تجدد الاشتباكات"),
    ("004", "اشتباكات\n"),
])
def test_seed_body_sentences_are_kept(seeds, key, sentence):
    text = seeds[key]["text"]
    assert sentence in text
    assert sentence in kept(text)


def test_seed_blanking_keeps_every_offset(seeds):
    for art in seeds.values():
        text = art["text"]
        fu = find_furniture(text)
        clean = blank(text, fu.spans)
        assert len(clean) == len(text)
        assert [m.start() for m in re.finditer("\n", clean)] == \
               [m.start() for m in re.finditer("\n", text)]
        for s, e, _ in fu.spans:
            assert clean[s:e].strip() == "" and text[s:e].strip() != ""
        # outside the spans nothing changed
        mask = [True] * len(text)
        for s, e, _ in fu.spans:
            for i in range(s, e):
                mask[i] = False
        assert all(c == d for c, d, m in zip(text, clean, mask) if m)


# --------------------------------------------------------------------------- each kind of furniture

def test_comment_section_at_the_end_is_dropped_with_the_comments():
    text = page(TITLE, "", BODY, "", BODY2, "", "تعليقات الفيسبوك",
                "أبو محمد: قتل 50 مدنيا اليوم في حلب والله المستعان")
    lab = labelled(text)
    assert lab["تعليقات الفيسبوك"] == "comments"
    assert lab["أبو محمد: قتل 50 مدنيا اليوم في حلب والله المستعان"] == "comments"
    assert_body_kept(text, BODY, BODY2)


def test_comment_header_early_in_the_page_does_not_swallow_the_article():
    text = page(TITLE, "التعليقات", "", BODY, "", BODY2)
    assert labelled(text) == {"التعليقات": "comments"}
    assert_body_kept(text, BODY, BODY2)


def test_related_list_headlines_with_figures_are_blanked():
    rel = ["مقتل 10 مدنيين بغارات روسية على ريف إدلب", "النظام يستعيد السيطرة على حي الشيخ سعيد"]
    text = page(TITLE, "", BODY, "", "أخبار متعلقة", *rel)
    lab = labelled(text)
    assert lab["أخبار متعلقة"] == "related"
    assert all(lab[h] == "related" for h in rel)
    assert_body_kept(text, BODY)


def test_read_also_box_in_the_middle_stops_at_the_next_paragraph():
    text = page(TITLE, "", BODY, "", "اقرأ أيضا", "مقتل 5 مدنيين بقصف على دوما", "", BODY2)
    lab = labelled(text)
    assert lab == {"اقرأ أيضا": "related", "مقتل 5 مدنيين بقصف على دوما": "related"}
    assert_body_kept(text, BODY, BODY2)


def test_read_also_on_one_line():
    text = page(TITLE, "", BODY, "اقرأ أيضاً: مقتل 5 مدنيين بقصف على دوما", BODY2)
    assert labelled(text) == {"اقرأ أيضاً: مقتل 5 مدنيين بقصف على دوما": "read_also"}


@pytest.mark.parametrize("line", [
    "شارك", "شارك: فيسبوك | تويتر | واتساب | طباعة", "فيسبوك تويتر واتس آب تيليغرام",
    "طباعة", "أرسل لصديق", "نسخ الرابط",
])
def test_share_bars(line):
    text = page(TITLE, line, "", BODY)
    assert labelled(text) == {line: "share"}


@pytest.mark.parametrize("line", ["الرئيسية / أخبار / سوريا", "الرئيسية » أخبار عربية » العراق",
                                  "أقسام", "أخبار"])
def test_breadcrumbs(line):
    text = page(TITLE, "", BODY, "", line)
    assert labelled(text) == {line: "breadcrumb"}


@pytest.mark.parametrize("line", [
    "مسلح من المعارضة أثناء معارك سابقة في خان طومان بريف حلب الجنوبي (ناشطون)",
    "حي الشيخ مقصود خاضع لسيطرة وحدات حماية الشعب الكردية (الجزيرة)",
    "عناصر من الدفاع المدني يبحثون عن ناجين تحت الأنقاض في دوما (رويترز-أرشيف)",
    "جانب من الدمار في حي الشعار بحلب (الأوروبية)",
    "نازحون في مدينة حلب جراء القصف والغارات مركز حلب الإعلامي",
    "دخان يتصاعد فوق مدينة الرقة - فرانس برس",
    "صورة أرشيفية",
    "مصدر الصورة Getty Images",
    "صورة تظهر آثار القصف على سوق مدينة إدلب",
    "الصورة: عنب بلدي",
])
def test_captions(line):
    text = page(TITLE, "", BODY, "", line, "", BODY2)
    assert labelled(text) == {line: "caption"}
    assert_body_kept(text, BODY, BODY2)


@pytest.mark.parametrize("line", [
    # body sentences that mention an outlet or a source are not captions
    "وقال مراسل الجزيرة إن خمسة مدنيين قتلوا في الغارة.",
    "قتل خمسة مدنيين بقصف على حي الشعار بحسب مركز حلب الإعلامي",
    "وأفاد ناشطون بمقتل 12 مدنيا في قصف جوي على بلدة كفرنبل (ريف إدلب الجنوبي).",
    "قالت الجزيرة",
    "مقتل 7 مدنيين بغارات على البوابية",
    "اشتباكات",
    "المنفذ والمساعدات",
])
def test_short_body_lines_are_not_furniture(line):
    text = page(TITLE, "", BODY, "", line, "", BODY2)
    assert labelled(text) == {}
    assert_body_kept(text, line)


def test_source_lines():
    fu = find_furniture(page(TITLE, "", BODY, "", "المصدر: وكالات"))
    assert (fu.outlet, fu.agencies) == (None, ["وكالات"])
    fu = find_furniture(page(TITLE, "", BODY, "", "المصدر : الجزيرة + وكالات"))
    assert (fu.outlet, fu.outlet_name, fu.agencies) == ("aljazeera", "الجزيرة", ["وكالات"])
    fu = find_furniture(page(TITLE, "", BODY, "", "المصدر: سكاي نيوز عربية + رويترز"))
    assert (fu.outlet, fu.agencies) == ("skynews_arabia", ["رويترز"])
    fu = find_furniture(page(TITLE, "", BODY, "", "المصدر"))
    assert [lab for _, _, lab in fu.spans] == ["source_line"] and fu.outlet is None
    # a sentence that starts with a source is not a source line
    for line in ("المصادر: مقتل 12 عنصرا من قوات النظام في ريف حماة",
                 "المصادر: النظام يستعيد السيطرة على حي الشيخ سعيد",
                 "مصادر: النظام يستعيد السيطرة على حي الشيخ سعيد"):
        assert labelled(page(TITLE, "", BODY, line)) == {}
    fu = find_furniture(page(TITLE, "", BODY, "", "المصدر: عنب بلدي، مواقع التواصل"))
    assert (fu.outlet, fu.agencies) == ("enab_baladi", ["مواقع التواصل"])


@pytest.mark.parametrize("line,oid", [
    ("جيرون", "jeroun"), ("عنب بلدي", "enab_baladi"), ("دمشق - سانا", "sana"),
    ("عنب بلدي – إدلب", "enab_baladi"), ("الجزيرة نت", "aljazeera"),
])
def test_lone_byline_gives_the_outlet(line, oid):
    text = page(TITLE, "", line, "", BODY)
    fu = find_furniture(text)
    assert labelled(text, fu) == {line: "byline"}
    assert fu.outlet == oid


@pytest.mark.parametrize("first,oid,agencies", [
    ("حلب-سانا استشهد 3 مدنيين بقذائف أطلقت على حي الحمدانية.", "sana", []),
    ("عنب بلدي - إدلب: قتل خمسة مدنيين بقصف على معرة النعمان.", "enab_baladi", []),
    ("إدلب/ الأناضول قتل خمسة مدنيين بقصف على معرة النعمان.", None, ["الأناضول"]),
    ("قتل خمسة مدنيين - بحسب ناشطين - في قصف على معرة النعمان.", None, []),
])
def test_dateline_opening_the_first_paragraph(first, oid, agencies):
    text = page(TITLE, "", first, "", BODY)
    fu = find_furniture(text)
    assert (fu.outlet, fu.agencies, fu.spans) == (oid, agencies, [])   # nothing blanked


def test_outlet_name_as_a_mid_article_subheading_is_not_a_byline():
    text = page(TITLE, "", BODY, "", "الحدث", BODY2, "", BODY)
    fu = find_furniture(text)
    assert fu.outlet is None and "الحدث" not in labelled(text, fu)


def test_source_line_wins_over_a_byline():
    fu = find_furniture(page(TITLE, "", "جيرون", "", BODY, "", "المصدر : الجزيرة"))
    assert fu.outlet == "aljazeera"


@pytest.mark.parametrize("line,label", [
    ("جميع الحقوق محفوظة © 2016 شبكة الجزيرة الإعلامية", "copyright"),
    ("© 2023 عنب بلدي", "copyright"),
    ("الوسوم: حلب، سوريا، المعارضة السورية", "tags"),
    ("كلمات مفتاحية: حلب، قصف", "tags"),
    ("تابعونا على تلغرام", "follow"),
    ("تابعوا آخر الأخبار عبر قناتنا على تيليغرام", "follow"),
    ("تاريخ النشر: 06/12/2016", "timestamp"),
    ("آخر تحديث : 2016/8/9 الساعة 14:35 (مكة المكرمة)", "timestamp"),
    ("الثلاثاء 6 ديسمبر 2016", "timestamp"),
    ("منذ 3 ساعات", "timestamp"),
    ("كتب: محمد الأحمد", "byline"),
    ("بقلم سامر العاني", "byline"),
    ("شاهد: لحظة سقوط البراميل المتفجرة على حي الشعار", "video"),
    ("إعلان", "ad"),
])
def test_other_furniture_lines(line, label):
    text = page(TITLE, "", BODY, "", line, "", BODY2)
    assert labelled(text) == {line: label}
    assert_body_kept(text, BODY, BODY2)


def test_timestamp_gives_the_publication_date():
    import datetime as dt

    fu = find_furniture(page(TITLE, "آخر تحديث : 2016/8/9 الساعة 14:35 (مكة المكرمة)", "", BODY))
    assert fu.published == dt.date(2016, 8, 9)
    fu = find_furniture(page(TITLE, "تاريخ النشر: 06/12/2016", "", BODY))
    assert fu.published == dt.date(2016, 12, 6)
    fu = find_furniture(page(TITLE, "6 كانون الأول 2016", "", BODY))
    assert fu.published == dt.date(2016, 12, 6)
    fu = find_furniture(page(TITLE, "تم النشر 9 أغسطس/ آب 2016", "", BODY))
    assert fu.published == dt.date(2016, 8, 9)
    assert find_furniture(page(TITLE, "", BODY)).published is None


def test_teaser_and_repeated_caption():
    teaser = BODY[:80] + "..."
    text = page(TITLE, teaser, "", BODY, "", BODY2, "", BODY2)
    fu = find_furniture(text)
    lab = labelled(text, fu)
    assert lab[teaser] == "teaser"
    # the paragraph scraped twice: the second copy goes, the first stays
    dups = [(s, e) for s, e, lb in fu.spans if lb == "duplicate"]
    assert len(dups) == 1 and dups[0][0] == text.rfind(BODY2)
    clean = blank(text, fu.spans)
    assert clean.count(BODY2) == 1 and clean.count(BODY) == 1


def test_furniture_at_the_top_does_not_become_the_title():
    text = page("الرئيسية / أخبار / سوريا", TITLE, "", BODY)
    fu = find_furniture(text)
    assert text[fu.title[0]:fu.title[1]] == TITLE
    assert labelled(text, fu) == {"الرئيسية / أخبار / سوريا": "breadcrumb"}


def test_a_box_header_above_the_title_does_not_take_the_title():
    text = page("الأكثر قراءة", TITLE, "", BODY)
    fu = find_furniture(text)
    assert text[fu.title[0]:fu.title[1]] == TITLE
    assert labelled(text, fu) == {"الأكثر قراءة": "related"}


def test_diacritics_tatweel_and_crlf():
    text = "\r\n".join([TITLE, "", BODY, "", "المصـــدر : الجَزِيرَة + وكالات", "تعليقـات الفيسبوك"])
    fu = find_furniture(text)
    assert fu.outlet == "aljazeera"
    assert [lab for _, _, lab in fu.spans] == ["source_line", "comments"]
    assert all("\r" not in text[s:e] for s, e, _ in fu.spans)


def test_empty_and_tiny_texts():
    assert find_furniture("").spans == [] and find_furniture("").title is None
    fu = find_furniture("جيرون")
    assert fu.title == (0, 5) and fu.spans == []   # a lone line is the title, nothing else
    assert blank("", []) == ""


def test_blank_keeps_newlines():
    assert blank("ab\ncd\r\nef", [(0, 9, "x")]) == "  \n  \r\n  "


# --------------------------------------------------------------------------- outlet data

def test_outlet_lookup():
    assert outlet_id("الجزيرة") == "aljazeera"
    assert outlet_id("قناة الجزيرة") == "aljazeera"
    assert outlet_id("الجزيـرة نت") == "aljazeera"
    assert outlet_id("https://www.aljazeera.net/news/2016/8/9/x") == "aljazeera"
    assert outlet_id("enabbaladi.net") == "enab_baladi"
    assert outlet_id("وكالة الأناضول") == "anadolu"
    assert outlet_id("Al Jazeera") == "aljazeera"
    assert outlet_id("sana") == "sana"
    assert outlet_id("مدونة لا يعرفها أحد") is None
    assert outlet_id("") is None and outlet_id(None) is None
    assert outlet_info("sana").alignment == "state_media"
    assert outlet_info("jeroun").alignment == "opposition_media"
    assert outlet_info("sohr").alignment == "monitor"


def test_outlets_table_is_well_formed():
    allowed = {"state_media", "opposition_media", "international_agency", "international_media",
               "regional_media", "monitor", "partisan_media"}
    rows = load_table("outlets.tsv")
    assert len({r["id"] for r in rows}) >= 60
    for r in rows:
        assert re.fullmatch(r"[a-z0-9_]+", r["id"]), r
        assert r["alignment"] in allowed, r
        assert r["name"].strip() == r["name"] and r["name"], r
    # page labels must not be outlet names
    names = {r["name"] for r in rows}
    assert not names & {"المصدر", "الأخبار", "أخبار", "مصادر"}
    # one alignment per outlet
    by_id = {}
    for r in rows:
        assert by_id.setdefault(r["id"], r["alignment"]) == r["alignment"], r


def test_furniture_table_is_well_formed():
    rows = load_table("furniture.tsv")
    kinds = {"line", "words", "block", "tail", "source", "byline", "credit", "agency", "attrib"}
    for r in rows:
        assert r["kind"] in kinds, r
        assert r["label"], r
        re.compile(r["pattern"])


# --------------------------------------------------------------------------- any input

_ALPHA = ("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئ" + "ًٌٍَُِّْـ" + " \n\n\r،.؛:؟!\"“”«»()-/+|0123456789٠١٢٣"
          + "…")
_PIECES = ["المصدر : الجزيرة + وكالات", "جيرون", "تعليقات الفيسبوك", "أخبار متعلقة", "(ناشطون)",
           "اقرأ أيضا", "الوسوم", "شارك", "\n", "\n\n", BODY, "...", "المصدر"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=_ALPHA, max_size=60), st.sampled_from(_PIECES)),
                max_size=25))
def test_any_text_gives_sane_spans(parts):
    text = "".join(parts)
    fu = find_furniture(text)
    last = -1
    for s, e, lab in fu.spans:
        assert 0 <= s < e <= len(text) and s >= last and lab
        assert text[s:e].strip() == text[s:e]          # whole lines, edges trimmed
        assert "\n" not in text[s:e]
        last = e
    if fu.title:
        assert all(e <= fu.title[0] or s >= fu.title[1] for s, e, _ in fu.spans)
    clean = blank(text, fu.spans)
    assert len(clean) == len(text) and clean.count("\n") == text.count("\n")


# ------------------------------------------------------------------ captions with no credit

CAP_BODY = ("وأفاد مصدر في الشرطة أن ثلاثة أشخاص قتلوا وأصيب خمسة آخرون بانفجار سيارة مفخخة "
            "قرب سوق شعبي في مدينة كركوك مساء اليوم.")
CAP_BODY2 = ("وقال شهود عيان إن الانفجار ألحق أضرارا كبيرة بالمحال التجارية القريبة من السوق، "
             "فيما طوقت القوات الأمنية المكان.")


@pytest.mark.parametrize("line", [
    "انفجار سيارة مفخخة في كركوك",           # under the title: a photo caption with no credit
    "سوق شعبي في كركوك",
])
def test_summary_line_under_the_title_is_a_caption(line):
    text = page("مقتل ثلاثة أشخاص بتفجير في كركوك", line, "", CAP_BODY, "", CAP_BODY2)
    assert labelled(text) == {line: "caption"}
    assert_body_kept(text, CAP_BODY, CAP_BODY2)


def test_summary_line_between_paragraphs_is_a_caption():
    line = "الأضرار في المحال التجارية"
    text = page("مقتل ثلاثة أشخاص بتفجير في كركوك", "", CAP_BODY, "", line, "", CAP_BODY2)
    assert labelled(text) == {line: "caption"}


@pytest.mark.parametrize("line", [
    "انفجار سيارة مفخخة في الموصل",           # a word the body lacks: news of its own
    "الشرطة تطوق مكان الانفجار في كركوك",     # a verb: a sub-headline, not a caption
    "قتلت سيارة مفخخة ثلاثة أشخاص في كركوك",
    "مقتل 3 أشخاص في كركوك",                  # a figure: kept for the stages that read it
    "تفاصيل:",
])
def test_lines_that_add_to_the_body_are_not_summary_captions(line):
    text = page("مقتل ثلاثة أشخاص بتفجير في كركوك", line, "", CAP_BODY, "", CAP_BODY2)
    assert labelled(text) == {}


def test_heldout_caption_lines_are_blanked():
    # a real Baghdad page: the image caption right under the title repeats the body's words
    text = page("مقتل ستة أشخاص في حوادث أمنية متفرقة في بغداد", "انفجار عبوة ناسفة في بغداد", "",
                "لقي 6 أشخاص مصرعهم وأصيب 12 آخرون في حوادث أمنية متفرقة في العاصمة العراقية بغداد اليوم .",
                "", "وأفاد مصدر أمني أن شخصين قتلا وأصيب سبعة آخرون بانفجار عبوة ناسفة قرب سوق الرشيد "
                "لبيع الخضار في منطقة الدورة جنوبي بغداد .")
    assert labelled(text) == {"انفجار عبوة ناسفة في بغداد": "caption"}


@pytest.mark.parametrize("line", ["رام الله الإخباري", "رام الله الاخباري:"])
def test_a_masthead_named_after_a_city_is_the_outlet_not_a_place(line):
    text = page(TITLE, "", line, "", BODY)
    fu = find_furniture(text)
    assert labelled(text, fu) == {line: "byline"}
    assert fu.outlet == "ramallah_news"
    assert "رام الله" not in kept(text)


@pytest.mark.parametrize("line,oid", [
    ("حمص – العرب اليوم", "arabstoday"),        # a known outlet after the filing city
    ("إذاعة النورس / اسطنبول", ""),             # an outlet not listed, next to a known city
    ("صوت الميدان - بيروت", ""),
])
def test_city_outlet_line_at_the_foot_is_a_byline(line, oid):
    text = page(TITLE, "", BODY, "", BODY2, "", line)
    fu = find_furniture(text)
    assert labelled(text, fu) == {line: "byline"}
    assert (fu.outlet or "") == oid


def test_city_outlet_line_opening_the_page_is_a_byline_not_the_title():
    text = page("بيروت – العرب اليوم", BODY, "", BODY2)
    fu = find_furniture(text)
    assert labelled(text, fu) == {"بيروت – العرب اليوم": "byline"}
    assert fu.outlet == "arabstoday"
    # a dashed title that names no outlet stays the title
    text = page("حلب - معارك عنيفة", BODY, "", BODY2)
    assert labelled(text) == {}


def test_a_credits_line_of_several_fields():
    text = page("خروج مشفى عن الخدمة جراء قصف جوي على حلب",
                "اعداد سعيد الأحمد | تحرير محمد علي 🕔 تم النشر بتاريخ : 26 سبتمبر، 2016 1:35 م",
                "خرجت إحدى المشافي في القسم الشرقي من مدينة حلب عن الخدمة جراء قصف جوي.")
    assert "تحرير محمد علي" not in kept(text)
    assert_body_kept(text, "خرجت إحدى المشافي في القسم الشرقي من مدينة حلب عن الخدمة جراء قصف جوي.")
    # a sentence that begins with تحرير is no credits line
    text = page("عنوان الخبر عن حلب",
                "تحرير المدينة من المسلحين أدى إلى عودة آلاف السكان إلى منازلهم في الأحياء الشرقية.")
    assert "تحرير المدينة" in kept(text)


def test_a_monitor_alone_heading_the_page_is_its_release_dateline():
    text = ("المرصد السوري لحقوق الانسان\n"
            "تمكنت وحدات حماية الشعب الكردي من استعادة السيطرة على كامل المدينة، عقب اشتباكات "
            "عنيفة استمرت 112 يوماً.")
    fu = find_furniture(text)
    assert fu.dateline == ("sohr", 0, len("المرصد السوري لحقوق الانسان"))
    # an outlet that is no monitor, or a monitor named inside a sentence, is none
    assert find_furniture("عنب بلدي\nقتل خمسة مدنيين في قصف على المدينة اليوم الخميس بحسب "
                          "ناشطين.").dateline is None
    assert find_furniture("أفاد المرصد السوري لحقوق الانسان بمقتل خمسة مدنيين في قصف على "
                          "المدينة.").dateline is None
