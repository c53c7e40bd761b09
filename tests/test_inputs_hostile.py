"""Bad input tried as a new user would: real files in a temporary directory, fed to ``rasd extract``
(a real process), ``rasd batch`` and ``rasd ingest``. Each bad input gets one line on stderr naming
it (or a sound result), and the other inputs of the same run are still processed."""
from __future__ import annotations

import datetime as _dt
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasd import readers
from rasd.readers import Article, InputProblem, decode_bytes, read_inputs

ROOT = Path(__file__).resolve().parent.parent
AR = ("قصفت قوات النظام بالبراميل المتفجرة مدينة حلب يوم الجمعة ما أدى إلى مقتل سبعة مدنيين "
      "وإصابة آخرين بجروح، بحسب ما أفاد المرصد السوري لحقوق الإنسان.")
TITLE = "قصف على حلب"
MB = 1024 * 1024


def minimal_pdf() -> bytes:
    """A real (if tiny) PDF: one page showing a line of text, with a correct xref table."""
    stream = b"BT /F1 24 Tf 72 720 Td (Aleppo shelled) Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_inputs(d: Path) -> dict[str, Path]:
    """Every bad input of the issue, plus good ones in awkward encodings."""
    body = f"{TITLE}\n{AR}"
    f = {}

    def put(name, data: bytes | str):
        p = d / name
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        f[name] = p
        return p

    put("empty.txt", b"")
    rnd = random.Random(7)
    put("binary.txt", bytes(rnd.randrange(256) for _ in range(8000)))
    put("report.pdf", minimal_pdf())
    put("report_pdf.txt", minimal_pdf())              # a PDF saved under a text name
    # a 50 MB text file (real sentences) and a file of one 10 MB line: refused unread
    line = (AR + "\n").encode("utf-8")
    with open(d / "big.txt", "wb") as fh:
        for _ in range(50 * MB // len(line) + 1):
            fh.write(line)
    f["big.txt"] = d / "big.txt"
    one = (AR + " ").encode("utf-8")
    put("oneline.txt", one * (10 * MB // len(one) + 1))
    put("nav.html", "<!doctype html><html><head><title>الرئيسية</title></head><body><nav>"
                    "<a href='/'>الرئيسية</a> | <a href='/news'>أخبار</a></nav>"
                    "<footer>جميع الحقوق محفوظة</footer></body></html>")
    put("cp1256.txt", body.encode("cp1256"))
    put("utf16.txt", body.encode("utf-16"))            # with a byte-order mark
    put("utf16le.txt", body.encode("utf-16-le"))       # without one
    put("mixed.txt", f"BREAKING / عاجل\nReuters - {AR} The Observatory said the toll may rise.")
    put("english.txt", "Aleppo shelled\nGovernment forces shelled Aleppo on Friday, killing seven "
                       "civilians, the Syrian Observatory for Human Rights said.")
    raw = body.encode("utf-8")
    put("bad_utf8.txt", raw[:60] + b"\xff\xfe" + raw[60:121] + b"\xc3" + raw[121:])
    put("bidi.txt", f"\u202b{TITLE}\u202c\n\u200f{AR}\u200e\u0000\u0007 \u2066حلب\u2069\ufeff")
    put("rows.jsonl", "\n".join([
        json.dumps({"id": "row-good-1", "text": body, "published": "2016-10-30"}, ensure_ascii=False),
        '{"id": "row-broken", "text": "قصف',
        json.dumps({"id": "row-good-2", "text": body.replace("سبعة", "ثمانية")}, ensure_ascii=False),
    ]) + "\n")
    put("notext.csv", f"id,body,published\n1,{AR},2016-10-30\n")
    put("good.txt", body)
    return f


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    return make_inputs(tmp_path_factory.mktemp("hostile"))


def run_cli(args, env=None, timeout=60):
    """``rasd ARGS`` in a real process: (returncode, stdout, stderr lines, seconds, max RSS MB)."""
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-m", "rasd.cli", *args], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, cwd=ROOT,
                         env={**os.environ, **(env or {})})
    out, errs = p.communicate(timeout=timeout)
    dt = time.perf_counter() - t0
    return p.returncode, out.decode("utf-8"), errs.decode("utf-8").splitlines(), dt


def run_cli_rss(args, env=None):
    """As run_cli, also the child's peak memory (MB), read with wait4 (output goes to files, so
    the process is reaped here and not by subprocess)."""
    import tempfile

    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as errs:
        p = subprocess.Popen([sys.executable, "-m", "rasd.cli", *args], stdout=out, stderr=errs,
                             cwd=ROOT, env={**os.environ, **(env or {})})
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        secs = time.perf_counter() - t0
        out.seek(0)
        errs.seek(0)
        return (p.returncode, out.read().decode("utf-8"), errs.read().decode("utf-8").splitlines(),
                secs, ru.ru_maxrss / 1024)


def slices(text, obj):
    n = 0
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "evidence" and isinstance(v, list):
                for e in v:
                    assert text[e["start"]:e["end"]] == e["text"]
                    n += 1
            else:
                n += slices(text, v)
    elif isinstance(obj, list):
        for v in obj:
            n += slices(text, v)
    return n


@pytest.fixture(scope="module")
def extract_run(inputs):
    order = ["empty.txt", "binary.txt", "report.pdf", "report_pdf.txt", "big.txt", "oneline.txt",
             "nav.html", "cp1256.txt", "utf16.txt", "utf16le.txt", "mixed.txt", "english.txt",
             "bad_utf8.txt", "bidi.txt", "rows.jsonl", "notext.csv", "good.txt"]
    code, out, errs, secs, rss = run_cli_rss(
        ["extract", "--format", "jsonl", "--published", "2016-10-30", "-q",
         *[str(inputs[n]) for n in order]])
    results = {r["doc_id"]: r for r in map(json.loads, out.splitlines())}
    return {"code": code, "results": results, "errs": errs, "secs": secs, "rss": rss}


BAD = {
    "empty.txt": ["empty file"],
    "binary.txt": ["binary file"],
    "report.pdf": ["PDF document", "pdftotext"],
    "report_pdf.txt": ["PDF document"],
    "big.txt": ["50.0 MB", "larger than the limit of 1.0 MB", "--max-article-mb"],
    "oneline.txt": ["10.0 MB", "larger than the limit", "--max-article-mb"],
    "nav.html": ["no article text"],
    "english.txt": ["no Arabic text"],
    "rows.jsonl": ["row 2", "invalid JSON"],
    "notext.csv": ["no 'text' column", "id, body, published"],
}
SOUND = ["cp1256.txt", "utf16.txt", "utf16le.txt", "mixed.txt", "bad_utf8.txt", "bidi.txt",
         "good.txt", "row-good-1", "row-good-2"]


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_input_gets_one_line_naming_it(extract_run, inputs, name):
    lines = [ln for ln in extract_run["errs"] if ln.startswith(f"rasd: {inputs[name]}")]
    assert len(lines) == 1, (name, extract_run["errs"])
    for part in BAD[name]:
        assert part in lines[0], lines[0]
    assert "Traceback" not in "\n".join(extract_run["errs"])


def test_nothing_but_the_bad_inputs_is_reported(extract_run):
    problems = [ln for ln in extract_run["errs"] if ln.startswith("rasd: /")]
    assert len(problems) == len(BAD), problems
    assert extract_run["errs"][-1] == f"rasd: {len(BAD)} input(s) could not be processed"
    assert extract_run["code"] == 1


@pytest.mark.parametrize("name", SOUND)
def test_the_other_inputs_are_still_processed_soundly(extract_run, inputs, name):
    res = extract_run["results"][name]
    if name.startswith("row-"):
        text = next(a.text for a in read_inputs([str(inputs["rows.jsonl"])])
                    if isinstance(a, Article) and a.doc_id == name)
    else:
        text, _enc = decode_bytes(inputs[name].read_bytes())
    assert "حلب" in {p["name_ar"] for p in res["places"]}
    counts = {c["count"] for c in res["casualties"]}
    assert (8 if name == "row-good-2" else 7) in counts
    assert any(e["event_type"] == "Explosions/Remote violence" for e in res["events"])
    assert slices(text, res) >= 3          # every span slices the text as given


def test_the_title_comes_through_the_encodings(extract_run):
    for name in ("cp1256.txt", "utf16.txt", "utf16le.txt", "bad_utf8.txt"):
        assert extract_run["results"][name]["title"] == TITLE, name


def test_a_50_mb_file_costs_neither_time_nor_memory(extract_run):
    # the 50 MB and 10 MB files are refused before they are read: the run (17 inputs, interpreter
    # start included) stays in bounded time and memory
    assert extract_run["secs"] < 30, extract_run["secs"]
    assert extract_run["rss"] < 600, extract_run["rss"]


def test_controls_and_bidi_marks_are_kept_and_the_offsets_count_them(extract_run, inputs):
    text = inputs["bidi.txt"].read_text(encoding="utf-8")
    res = extract_run["results"]["bidi.txt"]
    evs = [e for p in res["places"] if p["name_ar"] == "حلب" for e in p["evidence"]]
    assert all(text[e["start"]:e["end"]] == e["text"] and e["text"].endswith("حلب") for e in evs)
    assert any(e["start"] > text.index("\u200f") for e in evs)     # the body's, past the marks
    assert any(e["start"] > text.index("\u2066") for e in evs)     # inside an isolate too


def test_invalid_utf8_is_replaced_not_refused():
    raw = (TITLE + "\n" + AR).encode("utf-8")
    text, enc = decode_bytes(raw[:30] + b"\xff" + raw[30:80] + b"\xc3\xc3" + raw[80:])
    assert enc.startswith("utf-8 (") and "3 invalid byte sequences replaced" in enc
    assert text.count("\ufffd") == 3 and "حلب" in text
    # Windows-1256 Arabic is not mistaken for damaged UTF-8
    assert decode_bytes((TITLE + "\n" + AR).encode("cp1256")) == (TITLE + "\n" + AR, "cp1256")


def test_a_few_stray_nuls_do_not_make_a_text_binary():
    raw = (TITLE + "\n" + AR + "\x00 \x00").encode("utf-8")
    assert decode_bytes(raw)[1] == "utf-8"
    with pytest.raises(ValueError, match="binary file"):
        decode_bytes(raw.replace(b" ", b"\x00"))


@pytest.mark.parametrize("magic,what", [
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"), (b"\x1f\x8b\x08\x00", "gzip"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"), (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    (b"SQLite format 3\x00", "SQLite database"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office"),
])
def test_documents_and_archives_are_named(tmp_path, magic, what):
    p = tmp_path / "article.txt"
    p.write_bytes(magic + bytes(range(256)) * 4)
    [prob] = list(read_inputs([str(p)]))
    assert isinstance(prob, InputProblem) and what in prob.message
    assert prob.message.startswith(str(p)) and "\n" not in prob.message


def test_a_jsonl_row_of_10_mb_is_skipped_and_the_next_row_read(tmp_path):
    p = tmp_path / "rows.jsonl"
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "huge", "text": AR * (10 * MB // len(AR.encode()))},
                            ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "ok", "text": AR}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "big", "text": AR * (1200 * 1024 // len(AR.encode()))},
                            ensure_ascii=False) + "\n")
    out = list(read_inputs([str(p)]))
    assert isinstance(out[0], InputProblem) and "row 1: row longer than" in out[0].message
    assert isinstance(out[1], Article) and out[1].doc_id == "ok" and out[1].text == AR
    assert isinstance(out[2], InputProblem) and "row 3: article text of 1.2 MB is larger than the " \
                                                "limit of 1.0 MB" in out[2].message


def test_the_limit_can_be_raised_and_lowered(tmp_path, monkeypatch):
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(AR, encoding="utf-8")
    large.write_text(AR * 12, encoding="utf-8")          # about 2.3 KB
    monkeypatch.setattr(readers, "MAX_ARTICLE_BYTES", readers.MAX_ARTICLE_BYTES)
    readers.set_limits(max_article_mb=0.001)             # 1 KiB
    got = list(read_inputs([str(small), str(large)]))
    assert isinstance(got[0], Article)
    assert isinstance(got[1], InputProblem) and "larger than the limit of 1,048 bytes" in got[1].message
    readers.set_limits(max_article_mb=0.01)
    assert all(isinstance(a, Article) for a in read_inputs([str(small), str(large)]))
    readers.set_limits(max_article_mb=0)                 # 0: no limit
    assert readers.MAX_ARTICLE_BYTES == 0
    assert all(isinstance(a, Article) for a in read_inputs([str(small), str(large)]))


def test_ingest_takes_the_flag_and_extract_the_environment(tmp_path):
    good, long_ = tmp_path / "good.txt", tmp_path / "long.txt"
    good.write_text(f"{TITLE}\n{AR}", encoding="utf-8")
    long_.write_text(f"{TITLE}\n" + AR * 12, encoding="utf-8")
    code, _out, errs, _ = run_cli(["ingest", "--db", str(tmp_path / "r.db"), "--max-article-mb",
                                   "0.002", "-q", str(good), str(long_)])
    assert code == 0
    assert any(ln.startswith(f"rasd: {long_}: file of") and "--max-article-mb" in ln for ln in errs), errs
    assert errs[-1].startswith("ingested: 1 new")
    code, out, errs, _ = run_cli(["extract", "--format", "jsonl", "-q", str(good), str(long_)],
                                 env={"RASD_MAX_ARTICLE_MB": "0.002"})
    assert [json.loads(x)["doc_id"] for x in out.splitlines()] == ["good.txt"]
    assert any(ln.startswith(f"rasd: {long_}: file of") for ln in errs), errs


def test_batch_reports_each_bad_input_and_processes_the_rest(inputs, tmp_path):
    from rasd.batch import run_batch

    names = ["empty.txt", "binary.txt", "report.pdf", "big.txt", "oneline.txt", "nav.html",
             "english.txt", "rows.jsonl", "notext.csv", "cp1256.txt", "utf16.txt", "bidi.txt",
             "good.txt"]
    rep = run_batch([str(inputs[n]) for n in names], tmp_path / "out", workers=1)
    probs = [json.loads(x) for x in (tmp_path / "out" / "problems.jsonl").read_text().splitlines()]
    assert rep.problems == len(probs) == 9
    for name in ["empty.txt", "binary.txt", "report.pdf", "big.txt", "oneline.txt", "nav.html",
                 "english.txt", "rows.jsonl", "notext.csv"]:
        [p] = [p for p in probs if p["source"].startswith(str(inputs[name]))]
        assert p["message"].startswith(str(inputs[name])) and "\n" not in p["message"]
    done = [json.loads(x)["doc_id"] for x in (tmp_path / "out" / "extract.jsonl").read_text().splitlines()]
    assert done == ["row-good-1", "row-good-2", "cp1256.txt", "utf16.txt", "bidi.txt", "good.txt"]


def test_a_publication_date_in_the_future_is_kept_with_a_warning(tmp_path):
    future = (_dt.date.today() + _dt.timedelta(days=400)).isoformat()
    p = tmp_path / "rows.jsonl"
    p.write_text(json.dumps({"id": "future", "text": f"{TITLE}\n{AR}", "published": future},
                            ensure_ascii=False) + "\n" +
                 json.dumps({"id": "past", "text": f"{TITLE}\n{AR}", "published": "2016-10-30"},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, _errs, _ = run_cli(["extract", "--format", "jsonl", "-q", str(p)])
    res = {r["doc_id"]: r for r in map(json.loads, out.splitlines())}
    assert code == 0 and res["future"]["published"] == future
    assert any("in the future" in w and future in w for w in res["future"]["warnings"])
    assert not any("future" in w for w in res["past"]["warnings"])
    # the date the article's words give is still resolved against it
    assert res["future"]["events"] and res["future"]["events"][0]["date"] is not None


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1256", "utf-16", "utf-16-le"])
def test_jsonl_in_any_encoding_is_read_row_by_row(tmp_path, encoding):
    rows = [json.dumps({"id": f"r{i}", "text": f"{TITLE}\n{AR}"}, ensure_ascii=False) for i in range(3)]
    rows.insert(1, '{"id": "broken", "text": "قصف')
    p = tmp_path / "rows.jsonl"
    p.write_bytes("\n".join(rows).encode(encoding))
    got = list(read_inputs([str(p)]))
    assert [a.doc_id for a in got if isinstance(a, Article)] == ["r0", "r1", "r2"]
    assert all(a.text == f"{TITLE}\n{AR}" for a in got if isinstance(a, Article))
    [bad] = [a for a in got if isinstance(a, InputProblem)]
    assert bad.message.startswith(f"{p}: row 2: invalid JSON")


def test_future_date_warning():
    today = _dt.date(2026, 11, 21)
    w = readers.future_date_warning("2027-01-05", today=today)
    assert w and "2027-01-05 is in the future" in w and "kept as given" in w
    assert readers.future_date_warning(_dt.date(2026, 11, 22), today=today) is None   # time zones
    assert readers.future_date_warning("2016-10-30", today=today) is None
    assert readers.future_date_warning(None, today=today) is None


def test_a_feed_link_cannot_make_watch_read_a_local_file(tmp_path):
    """A summary-only feed item is completed from its page, but only over http(s): a file://
    link written into the feed is not followed (it would store a local file as an article)."""
    from rasd.store import Store
    from rasd.watch import Watcher

    secret = tmp_path / "secret.html"
    secret.write_text(f"<html><body><article><p>سر محلي لا يجوز أن يخرج. {AR} {AR}</p></article>"
                      "</body></html>", encoding="utf-8")
    summary = "قصفت قوات النظام مدينة حلب أمس ما أدى إلى مقتل سبعة مدنيين."
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>رصد</title>'
        f"<item><guid>a1</guid><title>{TITLE}</title><link>file://{secret}</link>"
        f"<pubDate>Sun, 30 Oct 2016 10:00:00 GMT</pubDate><description>{summary}</description></item>"
        "</channel></rss>", encoding="utf-8")
    store = Store(tmp_path / "w.db")
    try:
        log = []
        counts = Watcher(str(feed), store, log=log.append, fetch_pages=True).poll()
        assert counts["new"] == 1, log
        [art] = store.articles(include_text=True)
        assert "سر محلي" not in art["text"] and summary in art["text"]
    finally:
        store.close()
