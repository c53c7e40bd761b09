"""The dashboard in a real browser: Debian's chromium driven by Playwright (no browser download).

Skipped when /usr/bin/chromium (or $RASD_CHROMIUM) or the playwright package is missing.
Screenshots go to test-output/ (gitignored).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import MAYSAR, ROOT, LiveServer, hand_result
from rasd.api import create_app
from rasd.auth import AuthConfig

CHROMIUM = os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium")
OUT = ROOT / "test-output"
TOKEN = "dash-token"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no chromium at {CHROMIUM}")

XSS_TEXT = ("خبر عاجل\n\nقال ناشطون إن <script>window.__pwned = 1</script> قوات النظام قصفت بلدة عندان "
            "بالمدفعية الثقيلة صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين.")


@pytest.fixture
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def live(store, seed_articles, maysar_results):
    for k in ("001", "003"):
        store.ingest(seed_articles[k]["text"], maysar_results[k])
    xss = {"id": "xss-1", "text": XSS_TEXT, "published": "2016-12-06"}
    res = hand_result(xss, outlet="smart_news", places=[("عندان", 36.2936, 37.0444, "town")],
                      actors=[("a0", "قوات النظام", "government")],
                      events=[{"event_type": "Explosions/Remote violence",
                               "sub_event_type": "Shelling/artillery/missile attack", "date": "2016-12-06",
                               "places": ["عندان"], "actor1": "a0", "fatalities": 3,
                               "evidence": ["قصفت بلدة عندان"]}],
                      casualties=[{"kind": "killed", "count": 3, "group": "civilians",
                                   "evidence": [{"start": XSS_TEXT.index("ثلاثة مدنيين"),
                                                 "end": XSS_TEXT.index("ثلاثة مدنيين") + len("ثلاثة مدنيين"),
                                                 "text": "ثلاثة مدنيين"}]}])
    store.ingest(XSS_TEXT, res)
    with LiveServer(create_app(store, config=AuthConfig(api_token=TOKEN))) as srv:
        yield srv


def _maysar_id(page):
    return page.evaluate("window.rasd.events.filter(e => e.place.name_ar === 'الميسر')[0].id")


def _wait_js(page, expr: str, timeout_ms: int = 15000) -> None:
    """Poll a page expression until it is true. (Playwright's ``wait_for_function`` polls with a
    function built from the string inside the page, which the dashboard's Content Security Policy
    forbids — no 'unsafe-eval' — whenever the first check is false.)"""
    waited = 0
    while not page.evaluate(expr):
        if waited >= timeout_ms:
            raise AssertionError(f"timed out waiting for {expr}")
        page.wait_for_timeout(100)
        waited += 100


def test_map_shows_the_maysar_event_at_its_place(browser, live):
    OUT.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(live.url + "/")
    page.wait_for_selector("body[data-loaded='1']", timeout=15000)
    _wait_js(page, "window.rasd.bordersLoaded === true")
    eid = _maysar_id(page)
    # zoom onto the neighbourhood, then check the marker sits where al-Maysar is
    page.evaluate(f"window.rasdMap.setView([{MAYSAR[0]}, {MAYSAR[1]}], 14, {{animate: false}})")
    marker = page.locator(f"path.event-{eid}")
    marker.wait_for(state="visible")
    box = marker.bounding_box()
    map_box = page.locator("#map").bounding_box()
    expected = page.evaluate(f"(() => {{ const p = window.rasdMap.latLngToContainerPoint([{MAYSAR[0]}, {MAYSAR[1]}]);"
                             " return [p.x, p.y]; })()")
    cx, cy = box["x"] + box["width"] / 2 - map_box["x"], box["y"] + box["height"] / 2 - map_box["y"]
    # at zoom 14 one pixel is ~8 m: the marker is within ~50 m of al-Maysar's coordinates
    assert abs(cx - expected[0]) < 6 and abs(cy - expected[1]) < 6, (cx, cy, expected)
    # Syria's borders are drawn from the shipped GeoJSON (no tiles): the country layer exists
    page.evaluate("window.rasdMap.setView([35.0, 38.5], 6, {animate: false})")
    assert page.locator("path.leaflet-interactive, path").count() > 20
    page.screenshot(path=str(OUT / "dashboard-map.png"))
    # the list and the timeline show the events; the Battles marker is red, the shelling orange
    assert page.locator("#events tbody tr").count() == 2
    assert page.locator("#timeline rect.bar").count() == 2
    assert marker.get_attribute("fill") == "#d62728"
    # Arabic labels
    page.click("#lang-toggle")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.locator("[data-i18n='timeline']").inner_text() == "الخط الزمني"
    page.screenshot(path=str(OUT / "dashboard-map-ar.png"))
    page.click("#lang-toggle")
    assert not errors, errors


def test_event_page_shows_reports_rtl_with_figures_and_review(browser, live):
    OUT.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(live.url + "/")
    page.wait_for_selector("body[data-loaded='1']")
    eid = _maysar_id(page)
    page.click(f"#events tr[data-event='{eid}'] a")
    page.wait_for_selector(f"body[data-event-loaded='{eid}']")
    reports = page.locator(".report")
    assert reports.count() == 2
    sent = page.locator(".report .sentence").first
    assert sent.get_attribute("dir") == "rtl" and sent.get_attribute("lang") == "ar"
    assert page.evaluate("getComputedStyle(document.querySelector('.report .sentence')).direction") == "rtl"
    assert "الميسر" in page.locator(".report mark.evidence").first.inner_text()
    assert page.locator(".disagreement").count() == 1
    assert "جيرون" in page.locator(".disagreement").inner_text()
    page.screenshot(path=str(OUT / "dashboard-event.png"), full_page=True)
    # an edit through the form, with a token, shows up in the event and the CSV export
    page.fill("#token", TOKEN)
    page.dispatch_event("#token", "change")
    page.fill("#review input[name='fatalities']", "31")
    page.fill("#review input[name='who']", "layla")
    page.click("#review button[type='submit']")
    page.wait_for_selector("text=layla [api-token]")
    assert "31" in page.locator(".toll").inner_text()
    csv_text = page.evaluate("fetch('/api/export.csv').then(r => r.text())")
    assert ",31," in csv_text
    page.screenshot(path=str(OUT / "dashboard-event-reviewed.png"), full_page=True)


def test_article_text_is_escaped(browser, live):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(live.url + "/")
    page.wait_for_selector("body[data-loaded='1']")
    eid = page.evaluate("window.rasd.events.filter(e => e.place.name_ar === 'عندان')[0].id")
    page.goto(live.url + f"/#/event/{eid}")
    page.wait_for_selector(f"body[data-event-loaded='{eid}']")
    sentence = page.locator(".report .sentence").first.inner_text()
    assert "<script>window.__pwned = 1</script>" in sentence
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator(".report script").count() == 0
    # the figure is highlighted in its sentence
    assert page.locator(".report mark.figure").first.inner_text() == "ثلاثة مدنيين"
    page.screenshot(path=str(OUT / "dashboard-escaped.png"), full_page=True)


def test_real_seeds_maysar_marker_in_its_neighbourhood(browser, tmp_path):
    """`rasd ingest` of the five seeds (real extraction), then the map: the linked الميسر event's
    marker stands within 1 km of al-Maysar in eastern Aleppo."""
    from conftest import OCHA_LAYER, SEEDS_JSONL
    from rasd.cli import main
    from rasd.linking import haversine_km
    from rasd.store import Store

    db = str(tmp_path / "seeds.db")
    assert main(["ingest", str(SEEDS_JSONL), "--db", db, "-q", "--gazetteer", str(OCHA_LAYER)]) == 0
    st = Store(db)
    (ev,) = [e for e in st.events({"place": "الميسر", "type": "Battles"}) if e["n_articles"] == 2]
    OUT.mkdir(exist_ok=True)
    with LiveServer(create_app(st, config=AuthConfig(api_token=TOKEN))) as srv:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(srv.url + "/")
        page.wait_for_selector("body[data-loaded='1']")
        lat, lon = page.evaluate(f"(() => {{ const p = window.rasd.markers[{ev['id']}].getLatLng(); return [p.lat, p.lng]; }})()")
        assert haversine_km(lat, lon, *MAYSAR) < 1.0, (lat, lon)
        page.evaluate(f"window.rasdMap.setView([{lat}, {lon}], 13, {{animate: false}})")
        marker = page.locator(f"path.event-{ev['id']}")
        marker.wait_for(state="visible")
        box, map_box = marker.bounding_box(), page.locator("#map").bounding_box()
        px = page.evaluate(f"(() => {{ const p = window.rasdMap.latLngToContainerPoint([{MAYSAR[0]}, {MAYSAR[1]}]); return [p.x, p.y]; }})()")
        # zoom 13: ~16 m a pixel; 1 km is ~60 px
        assert abs(box["x"] + box["width"] / 2 - map_box["x"] - px[0]) < 60
        assert abs(box["y"] + box["height"] / 2 - map_box["y"] - px[1]) < 60
        page.screenshot(path=str(OUT / "dashboard-seeds-maysar.png"))
        page.goto(srv.url + f"/#/event/{ev['id']}")
        page.wait_for_selector(f"body[data-event-loaded='{ev['id']}']")
        assert page.locator(".report").count() == ev["n_reports"] >= 2
        assert page.evaluate("getComputedStyle(document.querySelector('.report .sentence')).direction") == "rtl"
        page.screenshot(path=str(OUT / "dashboard-seeds-maysar-event.png"), full_page=True)
    st.close()
