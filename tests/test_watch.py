"""``rasd watch``: a feed served over HTTP and a folder, each item ingested once, across restarts."""
import http.server
import json
import threading
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from rasd.store import Store
from rasd.watch import Watcher

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "corpus" / "seeds.jsonl"
pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/corpus not present")
ROWS = [json.loads(x) for x in SEEDS.read_text(encoding="utf-8").splitlines() if x.strip()] if SEEDS.exists() else []


def rss(items):
    body = "".join(
        f"<item><guid>{r['id']}</guid><title>{escape(r['text'].splitlines()[0])}</title>"
        f"<link>http://127.0.0.1/{r['id']}</link><pubDate>{r['published']}</pubDate>"
        f"<description>{escape(r['text'])}</description></item>" for r in items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>رصد</title>{body}</channel></rss>'


@pytest.fixture
def feed_server(tmp_path):
    state = {"xml": rss(ROWS[:2])}

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            data = state["xml"].encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/feed.xml", state
    srv.shutdown()


def test_feed_items_are_ingested_once_across_restarts(feed_server, tmp_path):
    url, state = feed_server
    db = str(tmp_path / "w.db")
    logs = []
    st = Store(db)
    w = Watcher(url, st, log=logs.append, fetch_pages=False)
    assert w.poll()["new"] == 2
    assert w.poll() == {"new": 0, "duplicate": 0, "failed": 0, "seen": 2}
    st.close()
    # a restarted watcher remembers; a new item in the feed is the only one taken
    state["xml"] = rss(ROWS[:3])
    st = Store(db)
    w = Watcher(url, st, log=logs.append, fetch_pages=False)
    c = w.poll()
    assert c["new"] == 1 and c["seen"] == 2
    assert st.stats()["articles"] == 3
    arts = st.articles()
    assert any(a.get("url", "").endswith(ROWS[2]["id"]) for a in (arts if isinstance(arts, list) else arts["articles"]))
    st.close()


def test_a_folder_is_watched(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(ROWS[0]["text"], encoding="utf-8")
    (d / "junk.txt").write_text("no arabic here at all, only English words in this file", encoding="utf-8")
    st = Store(str(tmp_path / "w.db"))
    logs = []
    w = Watcher(str(d), st, log=logs.append)
    c = w.poll()
    assert c["new"] == 1 and c["failed"] == 1
    assert any("junk.txt" in l for l in logs)
    (d / "b.txt").write_text(ROWS[1]["text"], encoding="utf-8")
    c = w.poll()
    assert c["new"] == 1
    assert w.poll()["new"] == 0
    st.close()


def test_watch_command_once(tmp_path, capsys):
    from rasd.cli import main

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(ROWS[3]["text"], encoding="utf-8")
    assert main(["watch", str(d), "--db", str(tmp_path / "x.db"), "--once"]) == 0
    assert "1 new" in capsys.readouterr().err
    assert main(["watch", str(tmp_path / "missing"), "--db", str(tmp_path / "x.db"), "--once"]) == 2
