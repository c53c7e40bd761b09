"""Reading inputs: every format and encoding gives the article text exactly as decoded, and every
bad input gives one clear line naming it (never a traceback)."""
from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from rasd.readers import Article, InputProblem, decode_bytes, parse_date, read_inputs

FIXTURES = Path(__file__).parent / "fixtures"


def read(*paths, stdin=None):
    return list(read_inputs([str(p) for p in paths], stdin=stdin))


def one(*paths, stdin=None):
    out = read(*paths, stdin=stdin)
    assert len(out) == 1, out
    return out[0]


def articles(items):
    return [a for a in items if isinstance(a, Article)]


def problems(items):
    return [p for p in items if isinstance(p, InputProblem)]


def assert_one_line_problem(p, source_part, reason_part):
    assert isinstance(p, InputProblem), p
    assert "\n" not in p.message and "Traceback" not in p.message
    assert source_part in p.source and p.message.startswith(p.source.split(":row")[0])
    assert reason_part in p.message, p.message


@pytest.fixture(scope="module")
def seeds(seed_articles):
    return seed_articles


@pytest.fixture
def seed002(seeds):
    return seeds["002"]["text"]


# --------------------------------------------------------------------------- plain text

def test_plain_utf8_file(tmp_path, seed002):
    p = tmp_path / "002_bad84862245e6541.txt"
    p.write_bytes(seed002.encode("utf-8"))
    a = one(p)
    assert a.text == seed002
    assert a.doc_id == "002_bad84862245e6541.txt"
    assert a.title == "المعارضة تصد محاولات لتقدم قوات النظام بمحاور حلب"
    assert a.text.startswith(a.title)          # the title stays part of the text
    assert (a.encoding, a.fmt, a.source) == ("utf-8", "text", str(p))
    assert a.published is None and a.outlet is None


def test_utf8_with_bom(tmp_path, seed002):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + seed002.encode("utf-8"))
    a = one(p)
    assert a.text == seed002 and not a.text.startswith("\ufeff")
    assert a.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16(tmp_path, seed002, codec):
    p = tmp_path / "u16.txt"
    data = seed002.encode(codec)
    if codec != "utf-16":
        bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
        data = bom + data
    p.write_bytes(data)
    a = one(p)
    assert a.text == seed002 and a.encoding == "utf-16"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(seed002, codec):
    text, enc = decode_bytes(seed002.encode(codec))
    assert (text, enc) == (seed002, codec)


def test_windows_1256(tmp_path, seeds):
    # seed 003 has curly quotes, shadda and an en dash: all in Windows-1256
    text = seeds["003"]["text"]
    p = tmp_path / "cp1256.txt"
    p.write_bytes(text.encode("cp1256"))
    a = one(p)
    assert a.text == text and a.encoding == "cp1256"
    assert a.title == "قوات المعارضة تسترجع أجزاء واسعة من “المْيسَّر”"


def test_checked_in_cp1256_fixture(seeds):
    # seed 000's title and its SANA paragraph, saved by a Windows editor (cp1256, CRLF)
    raw = (FIXTURES / "seed000_cp1256.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    a = one(FIXTURES / "seed000_cp1256.txt")
    assert a.encoding == "cp1256" and a.doc_id == "seed000_cp1256.txt"
    assert a.title == seeds["000"]["text"].splitlines()[0]
    assert "\r\n" in a.text                    # kept as given: offsets index the decoded bytes
    assert "استعادت خلاله السيطرة على قرية منيان غرب حلب." in a.text


def test_damaged_utf8_is_kept_with_replacement_characters(seed002):
    data = seed002.encode("utf-8")
    data = data[:501] + b"\xff" + data[502:]          # one byte of a letter overwritten
    text, enc = decode_bytes(data)
    assert enc.startswith("utf-8 (") and enc.endswith("replaced)")
    assert text.count("\ufffd") >= 1 and text.endswith("المصدر : الجزيرة")


def test_undecodable_bytes(tmp_path):
    import random

    r = random.Random(7)
    p = tmp_path / "garbage.txt"
    p.write_bytes(bytes(r.choice(list(range(0x80, 0x100)) + [0x20, 0x0A] * 3) for _ in range(3000)))
    assert_one_line_problem(one(p), "garbage.txt",
                            "cannot decode: not UTF-8, UTF-16 or Windows-1256")
    with pytest.raises(ValueError, match="cannot decode"):
        decode_bytes(p.read_bytes())


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    assert_one_line_problem(one(p), "image.txt", "binary file")


def test_empty_and_blank_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\n \t\n", encoding="utf-8")
    out = read(tmp_path / "empty.txt", tmp_path / "blank.txt")
    assert_one_line_problem(out[0], "empty.txt", "empty file")
    assert_one_line_problem(out[1], "blank.txt", "empty file")


def test_missing_file_and_other_inputs_still_read(tmp_path, seed002):
    (tmp_path / "ok.txt").write_text(seed002, encoding="utf-8")
    out = read(tmp_path / "nope.txt", tmp_path / "ok.txt")
    assert_one_line_problem(out[0], "nope.txt", "no such file or directory")
    assert isinstance(out[1], Article) and out[1].text == seed002


def test_directory_recursive_sorted_hidden_skipped(tmp_path, seeds):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "003.txt").write_text(seeds["003"]["text"], encoding="utf-8")
    (tmp_path / "001.txt").write_text(seeds["001"]["text"], encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(seeds["000"]["text"], encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(seeds["000"]["text"], encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4\x00")
    out = read(tmp_path)
    assert [a.doc_id for a in out] == ["001.txt", "003.txt"]
    assert all(isinstance(a, Article) for a in out)


def test_directory_without_inputs(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    assert_one_line_problem(one(tmp_path), str(tmp_path), "directory has no input files")


def test_glob(tmp_path, seeds):
    for k in ("000", "004"):
        (tmp_path / f"{k}.txt").write_text(seeds[k]["text"], encoding="utf-8")
    out = read(tmp_path / "*.txt")
    assert [a.doc_id for a in out] == ["000.txt", "004.txt"]
    assert_one_line_problem(one(tmp_path / "*.jsonl"), "*.jsonl", "no file matches")


def test_the_real_seed_files():
    seeds_dir = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
    if not seeds_dir.is_dir():
        pytest.skip("seed corpus not present")
    out = read(seeds_dir)
    assert [a.doc_id for a in out] == sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert all(isinstance(a, Article) and a.encoding == "utf-8" for a in out)


# --------------------------------------------------------------------------- JSONL / JSON / CSV

def test_jsonl_rows(tmp_path, seeds):
    rows = [
        {"id": "a1", "text": seeds["002"]["text"], "published": "2016-08-09",
         "url": "https://www.aljazeera.net/news/x", "outlet": "الجزيرة"},
        {"text": seeds["003"]["text"], "title": "عنوان آخر", "published": "2016-12-06T10:00:00Z"},
        "not json {",
        {"id": "a4", "title": "لا نص"},
        {"id": "a5", "text": seeds["000"]["text"], "published": "last tuesday"},
        [1, 2],
    ]
    p = tmp_path / "export.jsonl"
    p.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                           for r in rows) + "\n\n", encoding="utf-8")
    out = read(p)
    assert len(out) == 6
    a1, a2, bad, notext, a5, notobj = out
    assert (a1.doc_id, a1.published, a1.outlet, a1.fmt) == ("a1", dt.date(2016, 8, 9),
                                                           "aljazeera", "jsonl")
    assert a1.url == "https://www.aljazeera.net/news/x" and a1.source == f"{p}:row 1"
    assert a1.text == seeds["002"]["text"] and a1.title == a1.text.splitlines()[0]
    # no id: file name and row number; a title the text does not start with is kept apart
    assert a2.doc_id == "export.jsonl:2" and a2.title == "عنوان آخر"
    assert a2.text == seeds["003"]["text"] and a2.published == dt.date(2016, 12, 6)
    assert_one_line_problem(bad, "export.jsonl:row 3", "row 3: invalid JSON")
    assert_one_line_problem(notext, "export.jsonl:row 4", "row 4: no 'text'")
    assert a5.published is None and a5.doc_id == "a5"     # a bad date is dropped, not guessed
    assert_one_line_problem(notobj, "export.jsonl:row 6", "not a JSON object")


def test_the_shared_seeds_jsonl():
    p = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds.jsonl"
    if not p.is_file():
        pytest.skip("seed corpus not present")
    out = read(p)
    assert [a.doc_id for a in out] == ["000_6512b51de5db121d", "001_6cca769c3933d528",
                                       "002_bad84862245e6541", "003_2f4d6bba4f7ae0c1",
                                       "004_f41181c3be588978"]
    assert out[2].published == dt.date(2016, 8, 9)


def test_json_array(tmp_path, seeds):
    p = tmp_path / "export.json"
    p.write_text(json.dumps([{"text": seeds["001"]["text"]}, {"id": 7, "text": seeds["004"]["text"]}],
                            ensure_ascii=False), encoding="utf-8")
    out = read(p)
    assert [a.doc_id for a in out] == ["export.json:1", "7"]
    assert out[1].text == seeds["004"]["text"] and out[1].fmt == "json"
    (tmp_path / "broken.json").write_text('[{"text": "x"', encoding="utf-8")
    assert_one_line_problem(one(tmp_path / "broken.json"), "broken.json", "invalid JSON")


def test_csv_rows(tmp_path, seeds):
    import csv

    p = tmp_path / "export.csv"
    with open(p, "w", encoding="utf-8-sig", newline="") as fh:     # Excel writes a BOM
        w = csv.writer(fh)
        w.writerow(["id", "title", "published", "outlet", "text"])
        w.writerow(["", "", "2016-10-30", "", seeds["000"]["text"]])   # text has newlines, quotes
        w.writerow(["r2", "", "", "جيرون", ""])
        w.writerow(["r3", "", "30/10/2016", "Enab Baladi", seeds["003"]["text"]])
    out = read(p)
    assert len(out) == 3
    assert out[0].doc_id == "export.csv:1" and out[0].text == seeds["000"]["text"]
    assert out[0].published == dt.date(2016, 10, 30) and out[0].fmt == "csv"
    assert_one_line_problem(out[1], "export.csv:row 2", "row 2: empty 'text'")
    assert out[2].doc_id == "r3" and out[2].published == dt.date(2016, 10, 30)
    assert out[2].outlet == "Enab Baladi"      # unknown spelling: kept as given, not guessed


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "wrong.csv"
    p.write_text("id,body\n1,قتل خمسة مدنيين\n2,قصف على حلب\n", encoding="utf-8")
    assert_one_line_problem(one(p), "wrong.csv", "no 'text' column (columns: id, body)")


def test_tsv(tmp_path, seeds):
    p = tmp_path / "export.tsv"
    p.write_text("id\ttext\nx\t" + seeds["002"]["text"].splitlines()[0] + "\n", encoding="utf-8")
    assert one(p).text == seeds["002"]["text"].splitlines()[0]


# --------------------------------------------------------------------------- HTML / feeds

def test_html_page():
    a = one(FIXTURES / "aljazeera_004.html")
    assert a.fmt == "html" and a.doc_id == "aljazeera_004.html"
    assert a.title == "المعارضة تصد هجوما كبيرا للنظام جنوب حلب"
    assert a.text.startswith(a.title + "\n\n")
    assert "أعلنت فصائل المعارضة السورية المسلحة قتل 15 من قوات النظام" in a.text
    assert (a.outlet, a.published) == ("aljazeera", dt.date(2016, 4, 5))
    assert a.url == "https://www.aljazeera.net/news/2016/4/5/example"
    # navigation, share bar, most-read box and footer are not article text
    for junk in ("الأكثر قراءة", "جميع الحقوق محفوظة", "خبر آخر لا علاقة له"):
        assert junk not in a.text


def test_html_without_article_text(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>x</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
                 "</body></html>", encoding="utf-8")
    assert_one_line_problem(one(p), "empty.html", "no article text found")


def test_html_without_date_gets_none(tmp_path):
    p = tmp_path / "nodate.html"
    body = "".join(f"<p>{s}</p>" for s in (
        "قتل خمسة مدنيين بينهم طفلان في قصف جوي على مدينة معرة النعمان بريف إدلب الجنوبي صباح اليوم.",
        "وقال الدفاع المدني إن فرقه انتشلت الضحايا من تحت الأنقاض، مشيرا إلى إصابة عشرة آخرين بجروح.",
        "وتتعرض المدينة منذ أيام لغارات متواصلة يشنها الطيران الحربي على الأحياء السكنية والأسواق."))
    p.write_text(f"<html><body><article><h1>قصف على معرة النعمان</h1>{body}</article></body></html>",
                 encoding="utf-8")
    a = one(p)
    assert a.published is None            # never a date from the clock or a guess
    assert a.text.startswith("قصف على معرة النعمان\n\nقتل خمسة مدنيين")


def test_rss_feed(tmp_path):
    p = tmp_path / "feed.xml"
    p.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>عنب بلدي</title>
<item><title>مقتل خمسة مدنيين بقصف على إدلب</title><link>https://www.enabbaladi.net/archives/1</link>
<guid>https://www.enabbaladi.net/archives/1</guid><pubDate>Tue, 06 Dec 2016 10:00:00 +0000</pubDate>
<description>&lt;p&gt;قتل خمسة مدنيين بينهم طفلان في قصف جوي على مدينة إدلب.&lt;/p&gt;</description></item>
<item><title></title><description></description></item>
</channel></rss>""", encoding="utf-8")
    out = read(p)
    a, bad = out
    assert a.fmt == "feed" and a.doc_id == "https://www.enabbaladi.net/archives/1"
    assert a.text == "مقتل خمسة مدنيين بقصف على إدلب\n\nقتل خمسة مدنيين بينهم طفلان في قصف جوي على مدينة إدلب."
    assert (a.published, a.outlet) == (dt.date(2016, 12, 6), "enab_baladi")
    assert_one_line_problem(bad, "feed.xml:row 2", "item 2: no text")


# --------------------------------------------------------------------------- stdin

def test_stdin_text(seed002):
    a = one("-", stdin=io.BytesIO(seed002.encode("utf-8")))
    assert (a.text, a.source, a.fmt) == (seed002, "<stdin>", "text")


def test_stdin_cp1256(seed002):
    a = one("-", stdin=io.BytesIO(seed002.encode("cp1256")))
    assert a.text == seed002 and a.encoding == "cp1256"


def test_stdin_jsonl(seeds):
    data = "\n".join(json.dumps({"id": k, "text": seeds[k]["text"]}, ensure_ascii=False)
                     for k in ("000", "001"))
    out = read("-", stdin=io.BytesIO(data.encode("utf-8")))
    assert [a.doc_id for a in out] == ["000", "001"] and out[0].fmt == "jsonl"
    assert out[0].source == "<stdin>:row 1"


def test_stdin_html():
    a = one("-", stdin=io.BytesIO((FIXTURES / "aljazeera_004.html").read_bytes()))
    assert a.fmt == "html" and a.outlet == "aljazeera"


def test_stdin_empty():
    assert_one_line_problem(one("-", stdin=io.BytesIO(b"")), "<stdin>", "empty input")


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("value,expected", [
    ("2016-08-09", dt.date(2016, 8, 9)),
    ("2016-08-09T14:35:00+03:00", dt.date(2016, 8, 9)),
    ("2016/8/9", dt.date(2016, 8, 9)),
    ("٢٠١٦-٠٨-٠٩", dt.date(2016, 8, 9)),
    ("09/08/2016", dt.date(2016, 8, 9)),
    ("Tue, 09 Aug 2016 10:00:00 GMT", dt.date(2016, 8, 9)),
    (dt.datetime(2016, 8, 9, 3), dt.date(2016, 8, 9)),
    ("2016-02-30", None), ("yesterday", None), ("", None), (None, None), (20160809, None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# --------------------------------------------------------------------------- any bytes


@settings(max_examples=150, deadline=None)
@given(st.one_of(
    st.binary(max_size=400),
    st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي \n.،", max_size=200).map(
        lambda t: t.encode("cp1256")),
    st.sampled_from([b"{", b"{\"text\": 1}\n[", b"[1,", b"<rss><channel><item>", b"<html><p>",
                     b"\xff\xfe\x00", b"\xef\xbb\xbf", b"id,text\n\"unclosed"]),
))
def test_any_bytes_on_stdin_give_articles_or_one_line_problems(data):
    for item in read_inputs(["-"], stdin=io.BytesIO(data)):
        if isinstance(item, InputProblem):
            assert "\n" not in item.message and item.message.startswith("<stdin>")
        else:
            assert isinstance(item, Article) and item.text.strip()
