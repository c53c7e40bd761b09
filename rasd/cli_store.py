"""``rasd ingest``, ``rasd serve`` and ``rasd token``: the event store from the command line.

    rasd ingest PATH... [--db rasd.db] [--gazetteer FILE]... [--published DATE] [--outlet NAME]
    rasd serve [--db rasd.db] [--host 127.0.0.1] [--port 8000] [--gazetteer FILE]...
    rasd token create [--db rasd.db] [--name NAME]

``--db`` also takes a database URL (``postgresql+psycopg://user@host/db``); the default is
``$RASD_DB``, else the config file's ``db``, else ``rasd.db``.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def _db(args) -> str:
    if args.db:
        return args.db
    if os.environ.get("RASD_DB"):
        return os.environ["RASD_DB"]
    from .cli import load_config

    return load_config(getattr(args, "config", None)).get("db") or "rasd.db"


def _gazetteers(args) -> list[str]:
    from .cli import load_config

    cfg = load_config(getattr(args, "config", None))
    return list(cfg.get("gazetteers", [])) + list(getattr(args, "gazetteer", None) or [])


def cmd_ingest(args) -> int:
    import sqlalchemy as sa

    from .cli import err, extract_articles
    from .store import Store, StoreError

    gaz = _gazetteers(args)
    for g in gaz:
        if not Path(g).is_file():
            err(f"{g}: gazetteer file not found")
            return 2
    store = Store(_db(args))
    counts = {"new": 0, "duplicate": 0, "new_version": 0, "failed": 0}
    events: set[int] = set()
    for art, result, problem in extract_articles(args.paths, published=args.published, outlet=args.outlet,
                                                 gazetteers=gaz, progress=not args.quiet):
        if problem:
            counts["failed"] += 1
            err(problem)
            continue
        try:
            out = store.ingest(art.text, result, url=art.url, doc_id=art.doc_id, title=art.title,
                               outlet=art.outlet, published=art.published.isoformat() if art.published else None)
        except StoreError as e:
            counts["failed"] += 1
            err(f"{art.source}: {e}")
            continue
        except (sa.exc.DataError, sa.exc.IntegrityError) as e:   # this article's values only
            counts["failed"] += 1
            err(f"{art.source}: the database refused this article: "
                f"{' '.join(str(e.orig or e).split())[:200]}")
            continue
        counts[out.status] += 1
        events.update(out.event_ids)
        if not args.quiet:
            print(f"{art.source}\t{out.status}\tarticle {out.article_id} v{out.version}\t"
                  f"{len(out.report_ids)} event report(s)", flush=True)
    st = store.stats()
    print(f"ingested: {counts['new']} new, {counts['new_version']} new version(s), "
          f"{counts['duplicate']} already stored, {counts['failed']} failed; "
          f"store: {st['articles']} articles, {st['events']} linked events from {st['reports']} reports",
          file=sys.stderr)
    store.close()
    total = sum(counts.values())
    return 1 if counts["failed"] and counts["failed"] == total else 0


def cmd_serve(args) -> int:
    from .api import serve

    serve(_db(args), host=args.host, port=args.port, gazetteers=tuple(_gazetteers(args)))
    return 0


def cmd_token(args) -> int:
    from .store import Store

    if args.token_command != "create":
        print("rasd token: use `rasd token create`", file=sys.stderr)
        return 2
    store = Store(_db(args))
    tok = store.create_token(args.name)
    print(tok)
    print(f"token {args.name!r} created; it is shown only once (the store keeps its hash). "
          f"Send it as: Authorization: Bearer <token>", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    from .cli import _date
    from .readers import add_limit_arguments

    p = subparsers.add_parser("ingest", help="extract articles and store them, linking reports of one event")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, globs, or - for stdin")
    p.add_argument("--db", help="SQLite file or database URL (default rasd.db)")
    p.add_argument("--gazetteer", action="append", metavar="FILE", help="extra gazetteer layer (repeatable)")
    p.add_argument("--published", type=_date, help="publication date for inputs that do not carry one")
    p.add_argument("--outlet", help="outlet for inputs that do not name one")
    p.add_argument("--config", help="TOML config file")
    p.add_argument("-q", "--quiet", action="store_true")
    add_limit_arguments(p)
    p.set_defaults(func=cmd_ingest)

    p = subparsers.add_parser("serve", help="the HTTP API and the analyst's dashboard")
    p.add_argument("--db", help="SQLite file or database URL (default rasd.db)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--gazetteer", action="append", metavar="FILE")
    p.add_argument("--config", help="TOML config file")
    p.set_defaults(func=cmd_serve)

    p = subparsers.add_parser("token", help="API tokens for writes (ingest by POST, review edits)")
    tsub = p.add_subparsers(dest="token_command", metavar="create")
    tsub.required = True
    c = tsub.add_parser("create", help="make a new token; printed once, only its hash is stored")
    c.add_argument("--db", help="SQLite file or database URL (default rasd.db)")
    c.add_argument("--name", default="analyst", help="who the token belongs to (kept with every edit)")
    c.add_argument("--config", help="TOML config file")
    c.set_defaults(func=cmd_token)
