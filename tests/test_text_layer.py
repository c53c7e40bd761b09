"""The Arabic text layer: normalisation with offsets, clitics, sentences and tokens, matching."""
from hypothesis import given, strategies as st

from rasd import clitics
from rasd.matcher import Matcher
from rasd.normalize import normalize, normalize_with_offsets
from rasd.segment import sentences, tokens


def test_diacritics_and_tatweel_are_removed_with_offsets_kept():
    src = "قُتِلَ 38 مدنيًّا في حـــلب"
    n = normalize_with_offsets(src)
    assert n.text == "قتل 38 مدنيا في حلب"
    i = n.text.index("حلب")
    s, e = n.to_original(i, i + 3)
    assert src[s:e] == "حـــلب"
    j = n.text.index("مدنيا")
    s, e = n.to_original(j, j + len("مدنيا"))
    assert src[s:e] == "مدنيًّا"


def test_letter_variants_fold():
    assert normalize("أحرار الشام") == "احرار الشام"
    assert normalize("إدلب") == "ادلب"
    assert normalize("آذار") == "اذار"
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("مدينة") == "مدينه"
    assert normalize("مؤسسة") == "موسسه"
    assert normalize("الفصائل") == "الفصايل"
    # Persian and Kurdish letters in names fold to the Arabic letter, one for one
    assert normalize("حويجة صگر") == "حويجه صكر"
    assert normalize("ڤيينا وچمچمال") == "فيينا وجمجمال"


def test_egyptian_hamza_seat_before_waw_folds_with_the_standard_spelling():
    # Egyptian outlets write ئو for ؤو ("مسئول"، "شئون"): one spelling for the lexicons
    assert normalize("مسئول محلي") == normalize("مسؤول محلي")
    assert normalize("المسئولية") == normalize("المسؤولية")
    assert normalize("شئون") == normalize("شؤون")
    assert normalize("سيئون") != normalize("سيون")     # (a standard ئو folds the same way everywhere)
    src = "قال مسئول أمني إن"
    n = normalize_with_offsets(src)
    assert len(n.text) == len(src)
    j = n.text.index("امني")
    assert src[slice(*n.to_original(j, j + 4))] == "أمني"


def test_digits_quotes_and_bidi():
    assert normalize("٣٨ قتيلا و۱۲ جريحا") == "38 قتيلا و12 جريحا"
    assert normalize("“فتح حلب” «جيش الفتح»") == '"فتح حلب" "جيش الفتح"'
    src = "\u200fحلب\u202b بلدة\u202c"
    n = normalize_with_offsets(src)
    assert n.text == "حلب بلده"
    s, e = n.to_original(4, 8)
    assert src[s:e] == "بلدة"


def test_presentation_forms_expand_and_map_back():
    src = "ﻻ قصف"  # lam-alef ligature
    n = normalize_with_offsets(src)
    assert n.text == "لا قصف"
    assert n.to_original(0, 2) == (0, 1)
    assert n.to_original(3, 6) == (2, 5)


def test_to_normalized_inverts_to_original():
    src = "مَدِينَةُ حَلَبَ"
    n = normalize_with_offsets(src)
    s, e = n.to_normalized(src.index("حَلَبَ"), len(src))
    assert n.text[s:e] == "حلب"


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئ ًٌٍَُِّْـ٠١٢٣ \u200f«»\nﻻ", max_size=80))
def test_every_normalised_span_maps_back_into_the_source(src):
    n = normalize_with_offsets(src)
    for a in range(len(n.text)):
        s, e = n.to_original(a, a + 1)
        assert 0 <= s < e <= len(src)
        # (a character may fold with the letter after it, past marks that normalisation drops:
        # "ئو" and "ئًو" are "وو", though "ئ" alone is "ي")
        nxt = e
        while nxt < len(src) and normalize(src[nxt]) == "":
            nxt += 1
        assert n.text[a] in normalize(src[s:e]) or n.text[a] in normalize(src[s:nxt + 1])
        for b in range(a + 1, min(len(n.text), a + 6) + 1):
            s2, e2 = n.to_original(a, b)
            assert s2 == s and e2 > s2 and e2 <= len(src)


def test_clitic_splitting():
    assert clitics.split("بحلب") == ("ب", "حلب")
    assert clitics.split(normalize("وجيش")) == ("و", "جيش")
    assert clitics.split(normalize("لقوات")) == ("ل", "قوات")
    assert clitics.split(normalize("والمليشيات")) == ("وال", "مليشيات")
    assert clitics.split(normalize("للمدنيين")) == ("لل", "المدنيين")
    assert clitics.split(normalize("وبالقرب")) == ("وبال", "قرب")
    assert clitics.split(normalize("فالنظام")) == ("فال", "نظام")
    assert clitics.split(normalize("كالعادة")) == ("كال", "عاده")


def test_two_clitic_letters_leave_a_two_letter_stem_whole():
    # the second letter belongs to the word: و + بعد, not وب + عد
    assert clitics.split(normalize("وبعد")) == ("و", "بعد")
    assert clitics.split(normalize("وباب")) == ("و", "باب")
    assert clitics.split(normalize("ولكن")) == ("و", "لكن")
    assert clitics.split(normalize("فبعد")) == ("ف", "بعد")
    # after the article a two-letter noun is the stem
    assert clitics.split(normalize("بالحي")) == ("بال", "حي")
    assert clitics.split(normalize("وللحي")) == ("ولل", "الحي")


def test_clitic_splitting_keeps_names_whole():
    for word in ("حلب", "ليبيا", "لبنان", "بغداد", "بنغازي", "فلسطين", "كفرنبل", "وادي", "فيلق", "ولد"):
        assert clitics.split(normalize(word)) == ("", normalize(word)), word
    # common words whose first letter belongs to them (data/clitic_exceptions.txt)
    for word in ("وسائل", "كاميرا", "فاستقم", "وفاة", "فريق", "كمين", "بيان"):
        assert clitics.split(normalize(word)) == ("", normalize(word)), word
    # but a clitic before such a name or word is split off
    assert clitics.split(normalize("بليبيا")) == ("ب", "ليبيا")
    assert clitics.split(normalize("بوسائل")) == ("ب", normalize("وسائل"))
    # a bare letter before a short function word (data/clitic_short_stems.txt) is a clitic
    assert clitics.split(normalize("وفي")) == ("و", "في")
    assert clitics.split(normalize("ومن")) == ("و", "من")
    for word in ("بريطاني", "بينما", "وفقا"):
        assert clitics.split(normalize(word)) == ("", normalize(word)), word


def test_sentences_split_on_punctuation_and_lines():
    text = normalize("العنوان هنا\n\nقتل 38 مدنيا. وأصيب 250 آخرون؟ نعم! \"انتهى.\" بعدها")
    got = [text[s:e] for s, e in sentences(text)]
    assert got == ["العنوان هنا", "قتل 38 مدنيا.", "واصيب 250 اخرون؟", "نعم!", '"انتهي."', "بعدها"]


def test_overlong_sentences_are_cut_at_clause_breaks():
    from rasd.segment import MAX_SENTENCE

    text = normalize("قتل 3 مدنيين في قصف على حلب، " * 200)
    got = sentences(text)
    assert len(got) > 1 and all(e - s <= MAX_SENTENCE for s, e in got)
    assert all(text[e - 1] == "،" for s, e in got[:-1])  # cut after a comma, not inside a word
    assert "".join(text[s:e] for s, e in got).replace(" ", "") == text.replace(" ", "")
    # a run with no break at all is still cut
    assert [e - s for s, e in sentences("ب" * (3 * MAX_SENTENCE))] == [MAX_SENTENCE] * 3


def test_tokens_carry_clitics():
    toks = tokens(normalize("قصفت قوات النظام بحلب وللمدنيين"))
    assert [(t.text, t.prefix, t.stem) for t in toks] == [
        ("قصفت", "", "قصفت"), ("قوات", "", "قوات"), ("النظام", "ال", "نظام"),
        ("بحلب", "ب", "حلب"), ("وللمدنيين", "ولل", "المدنيين")]


def test_hashtags_read_as_words_with_offsets_kept():
    src = "اشتباك مع #قوات_النظام في #شرق_حلب، enab_baladi"
    n = normalize_with_offsets(src)
    assert n.text == "اشتباك مع  قوات النظام في  شرق حلب، enab_baladi"
    s = n.text.index("قوات النظام")
    assert src[slice(*n.to_original(s, s + len("قوات النظام")))] == "قوات_النظام"
    assert normalize("#فيلق_الشام") == " فيلق الشام"


def test_digits_glued_to_the_word_after_them_are_a_word_of_their_own():
    # "15طفلا" (a typing slip for "15 طفلا") is a number and a noun; a name with digits keeps them
    assert [t.text for t in tokens("بينهم 15طفلا و 22 امراه")] == ["بينهم", "15", "طفلا", "و", "22", "امراه"]
    assert [t.text for t in tokens("مطار T4 وال24 ساعه")] == ["مطار", "T4", "وال24", "ساعه"]
    t = tokens("قتل 15طفلا")[1:]
    assert [(x.start, x.end) for x in t] == [(4, 6), (6, 10)]


def test_digits_glued_after_a_word_are_a_word_of_their_own_unless_a_name():
    # Anadolu: "ما أسفر عن مقتل11 شخصاً"; a name with glued digits stays whole (glued_names.txt)
    assert [t.text for t in tokens("عن مقتل11 شخصا واصابه30 اخرين")] == [
        "عن", "مقتل", "11", "شخصا", "واصابه", "30", "اخرين"]
    assert [t.text for t in tokens("وذكر مراسل عربي21 ولفرانس24 ان")] == [
        "وذكر", "مراسل", "عربي21", "ولفرانس24", "ان"]
    assert [t.text for t in tokens("قوات ب16 قنبله")] == ["قوات", "ب16", "قنبله"]


def test_every_name_with_glued_digits_in_the_tables_is_kept_whole():
    import re
    from rasd.lexicon import load_table, load_words
    glued = re.compile(r"[ء-ي]{3,}[0-9٠-٩]")
    names = set()
    for table, cols in (("actors.tsv", ("name_ar", "aliases_ar")), ("outlets.tsv", ("name",)),
                        ("places_curated.tsv", ("name_ar", "aliases_ar"))):
        for row in load_table(table):
            for col in cols:
                names.update(x.strip() for x in (row.get(col) or "").split("|"))
    wanted = {normalize(x) for x in names if " " not in x.strip() and glued.search(normalize(x))}
    assert wanted and wanted <= set(load_words("glued_names.txt"))


def test_matcher_whole_words_with_clitics():
    m = Matcher([("حلب", "aleppo"), ("قوات النظام", "gov"), ("النظام", "regime"), ("ليبيا", "libya")])
    text = normalize("قصفت قوات النظام بحلب وللنظام حلبي ليبيا مصحلب ولحلب")
    found = [(text[x.text_start:x.end], x.payloads[0]) for x in m.find(text)]
    assert found == [("قوات النظام", "gov"), ("بحلب", "aleppo"), ("وللنظام", "regime"),
                     ("ليبيا", "libya"), ("ولحلب", "aleppo")]


def test_matcher_strict_mode_refuses_prefixes():
    m = Matcher([("قصف", 1)], clitics=False)
    text = normalize("قصف وقصف")
    assert [(x.start, x.end) for x in m.find(text)] == [(0, 3)]


def test_matcher_is_linear_on_adversarial_input():
    m = Matcher([("وو", 1), ("ب", 2), ("حلب", 3)])
    text = "و" * 20000 + " " + "بحلب " * 2000
    assert len(m.find(text)) == 2000


def test_a_full_stop_glued_between_two_words_ends_a_sentence():
    from rasd.segment import sentences
    t = "قتل ثلاثة مدنيين في المدينة ذاتها.ومنذ نصف شهر تتعرض الأحياء لقصف. وبلغ العدد 3.5 بالمئة."
    assert [t[a:b] for a, b in sentences(t)] == [
        "قتل ثلاثة مدنيين في المدينة ذاتها.", "ومنذ نصف شهر تتعرض الأحياء لقصف.",
        "وبلغ العدد 3.5 بالمئة."]
    # text dense with marks takes the regex path: the same ends
    dense = t + "!" * 300
    assert [t[a:b] for a, b in sentences(dense)][:3] == [t[a:b] for a, b in sentences(t)]


def test_a_dot_inside_a_stretched_word_is_no_full_stop():
    src = "وسط اشتــ.باكات وقصــ.ف النـ.ـاري. وقال ـ. آخر"
    n = normalize_with_offsets(src)
    assert n.text == "وسط اشتباكات وقصف الناري. وقال . اخر"
    a = n.text.index("اشتباكات")
    s, e = n.to_original(a, a + len("اشتباكات"))
    assert src[s:e] == "اشتــ.باكات"
    assert n.source == src


def test_a_conjunction_typed_as_a_word_joins_the_word_after_it():
    # Step news, Jul. 2016: "على أحياء ( طريق الباب، و الفردوس، و الصالحين)"
    src = "أحياء طريق الباب، و الفردوس، و 3 قتلى"
    n = normalize_with_offsets(src)
    assert n.text == "احياء طريق الباب، والفردوس، و 3 قتلي"
    s = n.text.index("والفردوس")
    assert src[slice(*n.to_original(s, s + len("والفردوس")))] == "و الفردوس"
    assert [t.text for t in tokens(normalize_with_offsets("وقال إنه و قال").text)] == \
        ["وقال", "انه", "وقال"]


def test_the_words_of_a_country_keep_their_first_letter():
    # set 181 (Burkina Faso): "بوركينا" was ب + "وركينا", so no article named the country and its
    # towns (read only where the country is named) were dropped; so were Kenya, Cameroon, Bahrain,
    # Pakistan's adjectives (data/country_words.tsv)
    for word in ("بوركينا", "كينيا", "كاميروني", "باكستاني", "بحريني", "فلسطينيون", "كونغولي"):
        assert clitics.split(normalize(word)) == ("", normalize(word)), word
    # with a clitic before them the clitic comes off, and only it
    assert clitics.split(normalize("وبوركينا")) == ("و", normalize("بوركينا"))
    assert clitics.split(normalize("بكينيا")) == ("ب", normalize("كينيا"))
    # لل stays the article's ("للاجئين" is ل + اللاجئين)
    assert clitics.split(normalize("للاجئين")) == ("لل", normalize("الاجئين"))


def test_a_middle_dot_typed_for_the_full_stop_ends_a_sentence():
    # set 199 (El-Massa, 2008): "في قلب العاصمة بغداد·واندلعت الاشتباكات"
    src = "سقط 12 شخصا في مدينة الصدر في قلب العاصمة بغداد·واندلعت الاشتباكات صباح الأحد· وتواصلت المواجهات"
    n = normalize_with_offsets(src)
    ss = [n.text[a:b] for a, b in sentences(n.text)]
    assert len(ss) == 3 and ss[1].startswith("واندلعت"), ss
    assert n.to_original(n.text.index("."), n.text.index(".") + 1) == (src.index("·"), src.index("·") + 1)


def test_a_full_stop_glued_between_a_closing_quote_and_a_word_ends_a_sentence():
    # AFP via alqarnalifriqi (Arish, October 2014): 'مرور مدرعة الجيش”.أعلن مصدر أمني'
    from rasd.segment import sentences
    t = "وقال مصدر إن “عبوة ناسفة انفجرت لدى مرور مدرعة الجيش”.أعلن مصدر أمني مقتل سبعة جنود (رويترز).وهذا هو الهجوم الثاني."
    assert [t[a:b] for a, b in sentences(t)] == [
        "وقال مصدر إن “عبوة ناسفة انفجرت لدى مرور مدرعة الجيش”.", "أعلن مصدر أمني مقتل سبعة جنود (رويترز).",
        "وهذا هو الهجوم الثاني."]
    dense = t + "!" * 300     # the regex path: the same ends
    assert [t[a:b] for a, b in sentences(dense)][:3] == [t[a:b] for a, b in sentences(t)]
