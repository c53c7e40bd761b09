"""The ``rasd`` command line.

    rasd extract PATH... [--format json|jsonl|csv|geojson] [--published DATE] [--outlet NAME]
                         [--gazetteer FILE]... [--config FILE]
    rasd eval PRED.jsonl GOLD_DIR

Other commands (ingest, serve, batch, watch, doctor, token) register themselves from their own
modules, listed in :data:`COMMAND_MODULES`.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import importlib
import json
import os
import sys
from pathlib import Path

COMMAND_MODULES: list[str] = ["rasd.cli_store", "rasd.batch", "rasd.watch", "rasd.doctor"]


def _date(s: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {s!r}") from None


def load_config(path: str | None) -> dict:
    """Settings from a TOML file: ``--config FILE``, else ``$RASD_CONFIG``, else ``./rasd.toml``.

    Keys: ``gazetteers`` (list of files, relative to the config file), ``db``, ``outlet``.
    """
    import tomllib

    candidate = path or os.environ.get("RASD_CONFIG") or ("rasd.toml" if Path("rasd.toml").is_file() else None)
    if not candidate:
        return {}
    p = Path(candidate)
    try:
        cfg = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SystemExit(f"rasd: {p}: config file not found")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise SystemExit(f"rasd: {p}: not a valid TOML config: {e}")
    gaz = cfg.get("gazetteers", [])
    if isinstance(gaz, str):
        gaz = [gaz]
    cfg["gazetteers"] = [str((p.parent / g) if not Path(g).is_absolute() else Path(g)) for g in gaz]
    return cfg


def err(msg: str) -> None:
    print(f"rasd: {msg}", file=sys.stderr, flush=True)


def extract_articles(paths, *, published=None, outlet=None, gazetteers=(), progress=True):
    """Yield (article, output dict | None, problem message | None) for every input."""
    from .output import to_dict
    from .pipeline import NotArabicError, extract
    from .readers import InputProblem, read_inputs

    stdin = sys.stdin.buffer if "-" in paths else None
    n = 0
    for art in read_inputs(list(paths), stdin=stdin):
        if isinstance(art, InputProblem):
            yield None, None, art.message  # names its input already
            continue
        n += 1
        if progress and n % 100 == 0:
            err(f"{n} articles …")
        try:
            doc = extract(art.text, doc_id=art.doc_id, title=art.title, url=art.url,
                          outlet=art.outlet or outlet, published=art.published or published,
                          gazetteers=gazetteers, source=art.source)
        except NotArabicError:
            yield art, None, f"{art.source}: no Arabic text to analyse"
            continue
        except ValueError as e:
            yield art, None, f"{art.source}: {e}"
            continue
        except Exception as e:  # one article's failure never stops the run: report it and go on
            yield art, None, f"{art.source}: extraction failed: {type(e).__name__}: {e}"
            continue
        yield art, to_dict(doc), None


def cmd_extract(args) -> int:
    from .output import json_line, to_csv, to_geojson

    cfg = load_config(args.config)
    gazetteers = list(cfg.get("gazetteers", [])) + list(args.gazetteer or [])
    for g in gazetteers:
        if not Path(g).is_file():
            err(f"{g}: gazetteer file not found")
            return 2
    try:
        from .gazetteer import load_gazetteer

        load_gazetteer(gazetteers)
    except ValueError as e:
        err(str(e))
        return 2
    out = sys.stdout
    problems = 0
    results = []
    for _art, result, problem in extract_articles(
            args.paths, published=args.published, outlet=args.outlet or cfg.get("outlet"),
            gazetteers=gazetteers, progress=not args.quiet):
        if problem:
            problems += 1
            err(problem)
            continue
        if args.format == "jsonl":
            out.write(json_line(result))
            out.flush()
        else:
            results.append(result)
    if args.format == "json":
        payload = results[0] if len(results) == 1 else results
        out.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    elif args.format == "csv":
        out.write(to_csv(results))
    elif args.format == "geojson":
        out.write(to_geojson(results) + "\n")
    if problems:
        err(f"{problems} input(s) could not be processed")
    return 1 if problems and not results and args.format != "jsonl" else (1 if problems else 0)


def cmd_eval(args) -> int:
    from .evaluate import evaluate_files, format_report

    try:
        report = evaluate_files(args.pred, args.gold)
    except (OSError, ValueError) as e:
        err(str(e))
        return 2
    print(format_report(report))
    if args.json:
        print(json.dumps(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    ap = argparse.ArgumentParser(prog="rasd", description="Arabic conflict reporting to an event database.")
    ap.add_argument("--version", action="version", version=f"rasd {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser("extract", help="extract places, actors, casualties and events from articles")
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help="text/HTML/JSONL/CSV files, directories, globs, or - for standard input")
    ex.add_argument("--format", choices=("json", "jsonl", "csv", "geojson"), default="json")
    ex.add_argument("--published", type=_date, help="publication date for inputs that carry none")
    ex.add_argument("--outlet", help="outlet for inputs that name none")
    ex.add_argument("--gazetteer", action="append", metavar="FILE",
                    help="extra place layer: OCHA COD table, GeoNames dump or CSV (repeatable)")
    ex.add_argument("--config", metavar="FILE", help="TOML settings (default ./rasd.toml)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress messages")
    from .readers import add_limit_arguments

    add_limit_arguments(ex)
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser("eval", help="score predictions against gold annotations (SPEC.md)")
    ev.add_argument("pred", metavar="PRED.jsonl")
    ev.add_argument("gold", metavar="GOLD_DIR")
    ev.add_argument("--json", action="store_true", help="also print the figures as JSON")
    ev.set_defaults(func=cmd_eval)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except KeyboardInterrupt:
        err("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
