"""``rasd watch``: follow an RSS/Atom feed or a folder, ingesting each new item once.

    rasd watch FEED_URL|FEED_FILE|DIR [--db rasd.db] [--interval 300] [--once] [--gazetteer FILE]...

Every poll reads the source; an item not seen before (by its GUID or link, a file by its path,
size and modification time) is extracted and stored, then remembered in the store's
``watch_seen`` table, so a restarted watcher carries on where it stopped. A feed item that
carries only a summary is completed from its page when the link can be fetched. An item that
cannot be read or extracted is reported, remembered as failed and not retried every poll.
"""
from __future__ import annotations

import hashlib
import os
import signal
import time
import urllib.request
from pathlib import Path

import sqlalchemy as sa

from .readers import INPUT_EXTENSIONS, Article, InputProblem, read_bytes, read_inputs

_meta = sa.MetaData()
watch_seen = sa.Table(
    "watch_seen", _meta,
    sa.Column("key", sa.String(64), primary_key=True),       # sha256 of source + item identity
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("item", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),      # ingested | duplicate | failed
    sa.Column("article_id", sa.Integer),
    sa.Column("seen_at", sa.Float, nullable=False),
)
MAX_BYTES = 20 * 1024 * 1024
SUMMARY_CHARS = 400  # a feed item shorter than this is completed from its page
USER_AGENT = "rasd-watch/0.1 (+https://github.com/rasd)"


def _key(source: str, item: str) -> str:
    return hashlib.sha256(f"{source}\x00{item}".encode()).hexdigest()


def fetch(url: str, timeout: float = 30) -> bytes:
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - http(s)/file by design
        data = resp.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(f"larger than {MAX_BYTES // 2**20} MB")
    return data


class Watcher:
    def __init__(self, source: str, store, *, gazetteers=(), log=print, fetch_pages: bool = True):
        self.source = source
        self.store = store
        self.gazetteers = tuple(gazetteers)
        self.log = log
        self.fetch_pages = fetch_pages
        _meta.create_all(store.engine)

    # -- what is new
    def items(self) -> list[tuple[str, Article | InputProblem]]:
        """(identity, article or problem) of every item the source holds now."""
        src = self.source
        if os.path.isdir(src):
            out = []
            for path in sorted(Path(src).rglob("*")):
                if not path.is_file() or path.name.startswith(".") or path.suffix.lower() not in INPUT_EXTENSIONS:
                    continue
                st = path.stat()
                ident = f"{path}:{st.st_size}:{int(st.st_mtime)}"
                if self._seen(ident):
                    continue
                for art in read_inputs([str(path)]):
                    out.append((ident + ":" + (art.source if isinstance(art, InputProblem) else art.doc_id), art))
            return out
        if "://" in src:
            data = fetch(src)
            name = src.rsplit("/", 1)[-1] or "feed.xml"
        else:
            data = Path(src).read_bytes()
            name = os.path.basename(src)
        if not os.path.splitext(name)[1]:
            name += ".xml"
        out = []
        for art in read_bytes(data, name, src):
            ident = art.source if isinstance(art, InputProblem) else (art.doc_id or art.url or art.text[:200])
            out.append((ident, art))
        return out

    def _seen(self, ident: str) -> bool:
        with self.store.engine.connect() as conn:
            return conn.execute(sa.select(watch_seen.c.key).where(
                watch_seen.c.key == _key(self.source, ident))).first() is not None

    def _remember(self, ident: str, status: str, article_id=None) -> None:
        with self.store.engine.begin() as conn:
            if conn.execute(sa.select(watch_seen.c.key).where(watch_seen.c.key == _key(self.source, ident))).first():
                return
            conn.execute(watch_seen.insert().values(key=_key(self.source, ident), source=self.source,
                                                    item=ident[:2000], status=status,
                                                    article_id=article_id, seen_at=time.time()))

    def _complete(self, art: Article) -> Article:
        """A summary-only feed item, completed from its page when the page can be fetched."""
        # only a web page: a link in a feed is the feed's say, and file:// or ftp:// would let
        # whoever writes the feed make rasd read (and store) a local file
        if not self.fetch_pages or len(art.text) >= SUMMARY_CHARS or not art.url or \
                not art.url.lower().startswith(("http://", "https://")):
            return art
        try:
            page = next(iter(read_bytes(fetch(art.url), "page.html", art.url)), None)
        except Exception as e:  # the page is optional: keep the summary
            self.log(f"{art.url}: page not fetched ({type(e).__name__}: {e}); using the feed summary")
            return art
        if isinstance(page, Article) and len(page.text) > len(art.text):
            page.doc_id, page.url = art.doc_id, art.url
            page.published = page.published or art.published
            page.outlet = page.outlet or art.outlet
            return page
        return art

    # -- one poll
    def poll(self) -> dict:
        from .output import to_dict
        from .pipeline import extract

        counts = {"new": 0, "duplicate": 0, "failed": 0, "seen": 0}
        for ident, art in self.items():
            if self._seen(ident):
                counts["seen"] += 1
                continue
            if isinstance(art, InputProblem):
                self.log(art.message)
                self._remember(ident, "failed")
                counts["failed"] += 1
                continue
            art = self._complete(art)
            try:
                doc = extract(art.text, doc_id=art.doc_id, title=art.title, url=art.url, outlet=art.outlet,
                              published=art.published, gazetteers=self.gazetteers, source=art.source)
                result = to_dict(doc)
            except ValueError as e:
                self.log(f"{art.source}: {e}")
                self._remember(ident, "failed")
                counts["failed"] += 1
                continue
            except Exception as e:  # noqa: BLE001 - one bad item never stops the others
                self.log(f"{art.source}: extraction failed: {type(e).__name__}: "
                         f"{' '.join(str(e).split())[:160]}")
                self._remember(ident, "failed")
                counts["failed"] += 1
                continue
            outcome = self.store.ingest(art.text, result, url=art.url, doc_id=art.doc_id, title=art.title,
                                        outlet=art.outlet, published=result.get("published"))
            status = "duplicate" if outcome.status == "duplicate" else "ingested"
            self._remember(ident, status, outcome.article_id)
            counts["duplicate" if status == "duplicate" else "new"] += 1
        return counts

    def run(self, interval: float = 300, once: bool = False) -> None:
        stop = {"now": False}

        def _stop(*_):
            stop["now"] = True
        old = signal.signal(signal.SIGTERM, _stop)
        try:
            while True:
                try:
                    c = self.poll()
                    self.log(f"{self.source}: {c['new']} new, {c['duplicate']} duplicate, "
                             f"{c['failed']} failed, {c['seen']} already seen")
                except Exception as e:  # a failed poll (network, bad feed) is retried next time
                    self.log(f"{self.source}: poll failed: {type(e).__name__}: {e}")
                    if once:
                        raise
                if once or stop["now"]:
                    return
                deadline = time.monotonic() + interval
                while time.monotonic() < deadline and not stop["now"]:
                    time.sleep(min(1.0, interval))
                if stop["now"]:
                    return
        finally:
            signal.signal(signal.SIGTERM, old)


def register(sub) -> None:
    from .readers import add_limit_arguments

    p = sub.add_parser("watch", help="follow a feed or folder, ingesting new items once")
    p.add_argument("source", metavar="FEED_URL|DIR")
    p.add_argument("--db", default="rasd.db")
    p.add_argument("--interval", type=float, default=300, help="seconds between polls (default 300)")
    p.add_argument("--once", action="store_true", help="poll once and exit")
    p.add_argument("--no-fetch", action="store_true", help="never fetch article pages for summary-only items")
    p.add_argument("--gazetteer", action="append", metavar="FILE")
    add_limit_arguments(p)
    p.set_defaults(func=_cmd)


def _cmd(args) -> int:
    from .cli import err
    from .store import Store

    if "://" not in args.source and not os.path.exists(args.source):
        err(f"{args.source}: no such feed file or folder")
        return 2
    store = Store(args.db)
    try:
        Watcher(args.source, store, gazetteers=args.gazetteer or (), log=err,
                fetch_pages=not args.no_fetch).run(args.interval, args.once)
    except KeyboardInterrupt:
        return 0
    except Exception as e:
        err(f"{args.source}: {type(e).__name__}: {e}")
        return 1
    finally:
        store.close()
    return 0
