"""The whole pipeline on the real seed articles: shape of the output and exact evidence spans."""
import json
from pathlib import Path

import pytest

import rasd
from rasd.normalize import normalize
from rasd.pipeline import STAGES, NotArabicError, extract

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
ROWS = [json.loads(line) for line in (SHARED / "corpus" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()] if (SHARED / "corpus" / "seeds.jsonl").exists() else []
needs_seeds = pytest.mark.skipif(not SEEDS, reason="../shared/corpus/seeds not present")


def walk_evidence(obj, path="$"):
    """Every evidence span anywhere in an output object, with where it was found."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "evidence" and isinstance(v, list):
                for i, e in enumerate(v):
                    yield f"{path}.evidence[{i}]", e
            else:
                yield from walk_evidence(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk_evidence(v, f"{path}[{i}]")


def test_stages_are_in_pipeline_order():
    names = [n for n, _ in STAGES]
    assert names == ["furniture", "normalize", "segment", "numbers", "dates", "places", "actors",
                     "attribution", "casualties", "events", "contradictions"]


@needs_seeds
@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_every_evidence_span_slices_the_original_text(row):
    out = rasd.extract(row["text"], doc_id=row["id"], published=row.get("published"))
    spans = list(walk_evidence(out))
    assert len(spans) > 10
    for where, e in spans:
        assert row["text"][e["start"]:e["end"]] == e["text"], where
        assert e["text"].strip(), where


@needs_seeds
def test_output_has_the_spec_fields():
    row = ROWS[0]
    out = rasd.extract(row["text"], doc_id=row["id"], published=row["published"])
    for key in ("doc_id", "title", "outlet", "published", "places", "actors", "casualties", "events",
                "contradictions"):
        assert key in out
    assert out["doc_id"] == row["id"]
    assert out["published"] == row["published"]
    assert out["title"].startswith("فصائل المعارضة")
    for p in out["places"]:
        assert {"name_ar", "name_en", "kind", "lat", "lon", "admin1", "admin2", "evidence"} <= set(p)
    for a in out["actors"]:
        assert {"id", "name_ar", "name_en", "kind", "side", "role", "evidence"} <= set(a)
        assert a["role"] in ("actor", "source")
    for c in out["casualties"]:
        assert {"kind", "count", "low", "high", "qualifier", "vague", "group", "side", "part_of",
                "places", "date", "cause", "claimed_by", "evidence"} <= set(c)
    for e in out["events"]:
        assert {"id", "event_type", "sub_event_type", "date", "date_precision", "places", "actor1",
                "actor2", "fatalities", "claimed_by", "disputed", "evidence"} <= set(e)


@needs_seeds
def test_casualty_codes_are_the_contracts():
    # SPEC.md's value lists; a displacement told with "الآلاف" has no code of its own
    text = ("وقال ناشطون إن القصف أدى إلى نزوح الآلاف من المدنيين ومقتل العشرات، وإصابة عدد من "
            "الأطفال بجروح، فيما أسر مقاتلو المعارضة عنصرين من قوات النظام في ريف حلب.")
    out = rasd.extract(text)
    assert {c["kind"] for c in out["casualties"]} == {"displaced", "killed", "injured", "captured"}
    for c in out["casualties"]:
        assert c["kind"] in ("killed", "injured", "casualties", "captured", "missing", "displaced")
        assert c["group"] in ("civilians", "children", "women", "men", "people", "combatants")
        assert c["vague"] in ("dozens", "several", "hundreds", "unspecified", None)
        assert c["qualifier"] in ("at_least", "more_than", "about", "up_to", None)
        assert (c["count"] is None) == (c["vague"] is not None)


def test_dates_stay_unresolved_without_a_publication_date():
    row = ROWS[0]  # "منذ يوم الجمعة": the Friday before 2016-10-30 when the date is known
    known = rasd.extract(row["text"], published=row["published"])
    unknown = rasd.extract(row["text"])
    assert any(d.get("value") == "2016-10-28" for d in known["dates"])
    weekday = [d for d in unknown["dates"] if d["kind"] == "weekday"]
    assert weekday and all(d["value"] is None and not d["resolved"] for d in weekday)


@needs_seeds
def test_furniture_is_not_analysed_but_offsets_still_point_into_the_text():
    text = (SHARED / "corpus" / "seeds" / "002_bad84862245e6541.txt").read_text(encoding="utf-8")
    doc = extract(text)
    assert doc.outlet == "aljazeera"
    assert doc.furniture
    assert len(doc.clean) == len(doc.text)
    for s, e, _label in doc.furniture:
        assert doc.clean[s:e].strip() == ""


def test_empty_and_non_arabic_articles_are_refused():
    with pytest.raises(ValueError):
        extract("   \n")
    with pytest.raises(NotArabicError):
        extract("This is an English article about the weather in London today.")
    with pytest.raises(NotArabicError):
        extract("Breaking news from the wire: strikes reported near حلب")


def test_a_short_arabic_headline_is_read():
    # fewer than twenty Arabic letters, all of the text's letters: an article all the same
    doc = extract("قتل رجل في حلب.")
    assert [c.kind for c in doc.casualties] == ["killed"]
    assert [p.name_ar for p in doc.places] == ["حلب"]


def test_hard_wrapped_article_is_read_as_sentences():
    text = ("مقتل 9 مدنيين في قصف على مدينة إدلب\n"
            "لقي 9 مدنيين حتفهم وأصيب 20 آخرون، أمس\n"
            "الأربعاء، جراء قصف شنه الطيران الروسي على مدينة إدلب، شمالي سوريا، حسب\n"
            "مصادر في الدفاع المدني بالمدينة.\n"
            "وأوضحت المصادر، التي طلبت عدم الكشف عن\n"
            "هويتها، أن مقاتلات روسية استهدفت سوقا شعبيا في\n"
            "المدينة.")
    doc = extract(text, published="2016-08-04")
    assert len(doc.norm) == len(normalize(text))          # one character for one
    assert doc.norm.count("\n") == 2                       # the title, then two paragraphs
    c = next(c for c in doc.casualties if c.kind == "killed" and c.count == 9)
    assert any("الدفاع المدني" in s["name_ar"] for s in c.claimed_by)
    for c in doc.casualties:
        for e in c.evidence:
            assert text[e.start:e.end] == e.text


def test_paragraph_lines_are_not_joined():
    text = ("قصف على حلب\n"
            "قتل 5 مدنيين في قصف على حي الشعار.\n"
            "وقال الدفاع المدني إن الحصيلة مرشحة للارتفاع.\n"
            "وأضاف أن فرق الإنقاذ تعمل في المكان.\n"
            "مراسل الوكالة\n"
            "حلب")
    assert extract(text).norm.count("\n") == 5


@needs_seeds
def test_an_article_is_freed_when_dropped_no_reference_cycles():
    """A finished Document and every item in it are freed by reference counting as soon as the
    caller drops them: nothing in it points back at the Document (events hold a weak reference),
    so a batch never waits on the cycle collector for its memory."""
    import gc
    extract(ROWS[0]["text"], published=ROWS[0]["published"])   # lexicons loaded
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        for row in ROWS:
            out = rasd.extract(row["text"], published=row["published"])
            assert out["events"] and out["events"][0]["places"][0]["name_ar"]   # references read through
            del out
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()
