"""``rasd batch``: extraction over many articles, in parallel, into Parquet tables and JSONL.

The work is cut into partitions of articles; each partition is extracted by a worker — a local
process pool (``engine="local"``) or a Dask cluster (``engine="dask"``: a LocalCluster by default,
any scheduler address for a real cluster) — and written as it completes, in input order, so the
output is the same whatever the partitioning or engine. Memory stays flat: partitions are read
lazily and only a bounded number are in flight at once.

Output directory::

    DIR/extract.jsonl            SPEC.md objects, one a line, in input order
    DIR/articles/part-NNNNN.parquet
    DIR/mentions/part-NNNNN.parquet    one row per evidence span of a place or actor
    DIR/casualties/part-NNNNN.parquet
    DIR/events/part-NNNNN.parquet
    DIR/problems.jsonl           inputs that could not be read or extracted, with the reason
"""
from __future__ import annotations

import itertools
import json
import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .output import json_line
from .readers import Article, InputProblem, read_inputs

TABLES = ("articles", "mentions", "casualties", "events")


def iter_records(paths: list[str]) -> Iterator[dict]:
    """Input rows as plain dicts (picklable), Parquet files included; problems as {'problem'}."""
    plain = []
    for p in paths:
        if p.endswith(".parquet") or (os.path.isdir(p) and any(Path(p).glob("*.parquet"))):
            if plain:
                yield from _from_readers(plain)
                plain = []
            yield from _from_parquet(p)
        else:
            plain.append(p)
    if plain:
        yield from _from_readers(plain)


def _from_readers(paths: list[str]) -> Iterator[dict]:
    for art in read_inputs(paths):
        if isinstance(art, InputProblem):
            yield {"problem": art.message, "source": art.source}
        else:
            yield _article_record(art)


def _article_record(art: Article) -> dict:
    return {"text": art.text, "doc_id": art.doc_id, "source": art.source, "title": art.title,
            "url": art.url, "outlet": art.outlet,
            "published": art.published.isoformat() if art.published else None}


def _from_parquet(path: str) -> Iterator[dict]:
    import pyarrow.parquet as pq

    files = sorted(Path(path).glob("*.parquet")) if os.path.isdir(path) else [Path(path)]
    for f in files:
        try:
            pf = pq.ParquetFile(f)
        except Exception as e:  # pyarrow raises several kinds for a bad file
            yield {"problem": f"{f}: not a readable Parquet file: {e}", "source": str(f)}
            continue
        if "text" not in pf.schema_arrow.names:
            yield {"problem": f"{f}: no 'text' column", "source": str(f)}
            continue
        row_no = 0
        for batch in pf.iter_batches(batch_size=1000):
            for row in batch.to_pylist():
                row_no += 1
                src = f"{f}:row {row_no}"
                if not isinstance(row.get("text"), str) or not row["text"].strip():
                    yield {"problem": f"{src}: row has no text", "source": src}
                    continue
                pub = row.get("published")
                yield {"text": row["text"], "doc_id": str(row.get("id") or f"{f.name}:{row_no}"),
                       "source": src, "title": row.get("title"), "url": row.get("url"),
                       "outlet": row.get("outlet"),
                       "published": pub.isoformat()[:10] if hasattr(pub, "isoformat") else (str(pub)[:10] if pub else None)}


def extract_partition(records: list[dict], gazetteers: tuple[str, ...] = (), keep_results: bool = False) -> dict:
    """Extract one partition: the worker function (module-level, so processes and Dask can ship it).

    The partition comes back already serialised — its JSONL text and one Parquet file's bytes per
    table — so the client only writes bytes, and the work of serialising is shared by the workers.
    ``keep_results`` also returns the ``(record, SPEC dict)`` pairs, for a caller that loads a store.
    """
    from .output import to_dict
    from .pipeline import NotArabicError, extract

    results, problems = [], []
    for rec in records:
        if "problem" in rec:
            problems.append({"source": rec["source"], "message": rec["problem"]})
            continue
        try:
            doc = extract(rec["text"], doc_id=rec["doc_id"], title=rec.get("title"), url=rec.get("url"),
                          outlet=rec.get("outlet"), published=rec.get("published"),
                          gazetteers=gazetteers, source=rec.get("source"))
            results.append((rec, to_dict(doc)))
        except NotArabicError:
            problems.append({"source": rec["source"], "message": f"{rec['source']}: no Arabic text to analyse"})
        except ValueError as e:
            problems.append({"source": rec["source"], "message": f"{rec['source']}: {e}"})
        except Exception as e:  # one bad article never stops the run
            problems.append({"source": rec["source"],
                             "message": f"{rec['source']}: extraction failed: {type(e).__name__}: {e}"})
    return {"jsonl": "".join(json_line(res) for _, res in results),
            "parquet": _parquet_parts(results) if results else None,
            "articles": len(results), "events": sum(len(res["events"]) for _, res in results),
            "problems": problems, "results": results if keep_results else []}


def _parquet_parts(results: list[tuple[dict, dict]]) -> dict[str, bytes]:
    """One Parquet file's bytes per table for the rows of ``results``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = {t: [] for t in TABLES}
    for rec, res in results:
        for t, rs in rows(rec, res).items():
            tables[t].extend(rs)
    parts = {}
    for t in TABLES:
        sink = pa.BufferOutputStream()
        pq.write_table(pa.Table.from_pylist(tables[t], schema=schemas()[t]), sink)
        parts[t] = sink.getvalue().to_pybytes()
    return parts


def rows(rec: dict, res: dict) -> dict[str, list[dict]]:
    """The Parquet rows of one extracted article."""
    doc_id = res["doc_id"]
    places = res["places"]
    art = {"doc_id": doc_id, "source": rec.get("source"), "title": res.get("title"),
           "outlet": res.get("outlet"), "published": res.get("published"), "url": res.get("url"),
           "n_chars": len(rec["text"]), "n_places": len(places), "n_actors": len(res["actors"]),
           "n_casualties": len(res["casualties"]), "n_events": len(res["events"])}
    mentions = []
    for kind, items in (("place", places), ("actor", res["actors"])):
        for i, it in enumerate(items):
            for ev in it.get("evidence") or []:
                mentions.append({"doc_id": doc_id, "type": kind, "item": i, "id": str(it.get("id") or ""),
                                 "name_ar": it.get("name_ar"), "name_en": it.get("name_en"),
                                 "kind": it.get("kind"), "side": it.get("side"),
                                 "lat": it.get("lat"), "lon": it.get("lon"),
                                 "start": ev["start"], "end": ev["end"], "text": ev["text"]})
    cas = []
    for i, c in enumerate(res["casualties"]):
        cas.append({"doc_id": doc_id, "item": i, "kind": c.get("kind"), "count": c.get("count"),
                    "low": c.get("low"), "high": c.get("high"), "qualifier": c.get("qualifier"),
                    "vague": c.get("vague"), "group": c.get("group"), "side": c.get("side"),
                    "date": c.get("date"), "cause": c.get("cause"),
                    "places": "|".join(p.get("name_ar", "") for p in c.get("places") or []),
                    "claimed_by": "|".join(s.get("name_ar", "") for s in c.get("claimed_by") or []),
                    "evidence": json.dumps(c.get("evidence") or [], ensure_ascii=False)})
    evs = []
    for i, e in enumerate(res["events"]):
        loc = next((places[p["index"]] for p in e.get("places") or []
                    if isinstance(p, dict) and places[p["index"]].get("lat") is not None), None)
        a1, a2 = e.get("actor1") or {}, e.get("actor2") or {}
        evs.append({"doc_id": doc_id, "item": i, "event_type": e.get("event_type"),
                    "sub_event_type": e.get("sub_event_type"), "date": e.get("date"),
                    "date_precision": e.get("date_precision"),
                    "places": "|".join(p.get("name_ar", "") for p in e.get("places") or []),
                    "lat": loc.get("lat") if loc else None, "lon": loc.get("lon") if loc else None,
                    "actor1": a1.get("name_ar"), "side1": a1.get("side"),
                    "actor2": a2.get("name_ar"), "side2": a2.get("side"),
                    "fatalities": e.get("fatalities"), "disputed": bool(e.get("disputed")),
                    "claimed_by": "|".join(s.get("name_ar", "") for s in e.get("claimed_by") or []),
                    "evidence": json.dumps(e.get("evidence") or [], ensure_ascii=False)})
    return {"articles": [art], "mentions": mentions, "casualties": cas, "events": evs}


_SCHEMAS = None


def schemas():
    """Fixed Parquet schemas, so every part file of a table has the same columns and types."""
    global _SCHEMAS
    if _SCHEMAS is None:
        import pyarrow as pa

        s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
        _SCHEMAS = {
            "articles": pa.schema([("doc_id", s), ("source", s), ("title", s), ("outlet", s),
                                   ("published", s), ("url", s), ("n_chars", i), ("n_places", i),
                                   ("n_actors", i), ("n_casualties", i), ("n_events", i)]),
            "mentions": pa.schema([("doc_id", s), ("type", s), ("item", i), ("id", s), ("name_ar", s),
                                   ("name_en", s), ("kind", s), ("side", s), ("lat", f), ("lon", f),
                                   ("start", i), ("end", i), ("text", s)]),
            "casualties": pa.schema([("doc_id", s), ("item", i), ("kind", s), ("count", i), ("low", i),
                                     ("high", i), ("qualifier", s), ("vague", s), ("group", s),
                                     ("side", s), ("date", s), ("cause", s), ("places", s),
                                     ("claimed_by", s), ("evidence", s)]),
            "events": pa.schema([("doc_id", s), ("item", i), ("event_type", s), ("sub_event_type", s),
                                 ("date", s), ("date_precision", s), ("places", s), ("lat", f),
                                 ("lon", f), ("actor1", s), ("side1", s), ("actor2", s), ("side2", s),
                                 ("fatalities", i), ("disputed", b), ("claimed_by", s), ("evidence", s)]),
        }
    return _SCHEMAS


@dataclass
class BatchReport:
    articles: int = 0
    problems: int = 0
    events: int = 0
    seconds: float = 0.0
    out: str = ""
    problem_list: list[dict] = field(default_factory=list)


class _Writer:
    """Writes partition results in partition order, whatever order they complete in."""

    def __init__(self, out: Path, on_result=None):
        self.out = out
        for t in TABLES:
            (out / t).mkdir(parents=True, exist_ok=True)
            for old in (out / t).glob("part-*.parquet"):
                old.unlink()
        self.jsonl = open(out / "extract.jsonl", "w", encoding="utf-8")
        self.problems = open(out / "problems.jsonl", "w", encoding="utf-8")
        self.pending: dict[int, dict] = {}
        self.next = 0
        self.part_no = 0
        self.report = BatchReport(out=str(out))
        self.on_result = on_result

    def add(self, index: int, result: dict) -> None:
        self.pending[index] = result
        while self.next in self.pending:
            self._write(self.pending.pop(self.next))
            self.next += 1

    def _write(self, result: dict) -> None:
        self.jsonl.write(result["jsonl"])
        self.report.articles += result["articles"]
        self.report.events += result["events"]
        if self.on_result:
            for rec, res in result["results"]:
                self.on_result(rec, res)
        for p in result["problems"]:
            self.problems.write(json.dumps(p, ensure_ascii=False) + "\n")
            self.report.problems += 1
            self.report.problem_list.append(p)
        if result["parquet"]:
            for t in TABLES:
                (self.out / t / f"part-{self.part_no:05d}.parquet").write_bytes(result["parquet"][t])
            self.part_no += 1

    def close(self) -> None:
        self.jsonl.close()
        self.problems.close()


def partitions(records: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(records)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def run_batch(paths: list[str], out: str | Path, *, engine: str = "local", workers: int | None = None,
              scheduler: str | None = None, partition_size: int = 200, gazetteers: tuple[str, ...] = (),
              progress=None, on_result=None) -> BatchReport:
    """Extract every input into ``out``; see the module docstring for what is written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    workers = workers or os.cpu_count() or 1
    writer = _Writer(out, on_result)
    t0 = time.perf_counter()
    parts = enumerate(partitions(iter_records(paths), partition_size))
    args = (gazetteers, on_result is not None)  # extract_partition's arguments after the partition
    try:
        if engine == "dask":
            _run_dask(parts, writer, workers, scheduler, args, progress, t0)
        elif engine == "local" and workers == 1:
            for i, part in parts:
                writer.add(i, extract_partition(part, *args))
                _progress(progress, writer, t0)
        elif engine == "local":
            with ProcessPoolExecutor(max_workers=workers) as pool:
                _run_futures(pool.submit, parts, writer, workers, args, progress, t0)
        else:
            raise ValueError(f"unknown engine {engine!r} (local or dask)")
    finally:
        writer.close()
    writer.report.seconds = time.perf_counter() - t0
    return writer.report


def _progress(progress, writer, t0):
    if progress:
        r = writer.report
        dt = time.perf_counter() - t0
        progress(f"{r.articles} articles, {r.problems} problems, {r.articles / dt if dt else 0:.0f} articles/s")


def _run_futures(submit, parts, writer, workers, args, progress, t0, wait_fn=wait):
    in_flight = {}
    limit = workers * 2
    for i, part in parts:
        in_flight[submit(extract_partition, part, *args)] = i
        if len(in_flight) >= limit:
            done, _ = wait_fn(list(in_flight), return_when=FIRST_COMPLETED)
            for f in done:
                writer.add(in_flight.pop(f), f.result())
            _progress(progress, writer, t0)
    for f in list(in_flight):
        writer.add(in_flight.pop(f), f.result())
        _progress(progress, writer, t0)


def _run_dask(parts, writer, workers, scheduler, args, progress, t0):
    from dask.distributed import Client, LocalCluster, wait as dask_wait

    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        def submit(fn, part, *args):
            return client.submit(fn, part, *args, pure=False)

        def wait_fn(futs, return_when):
            res = dask_wait(futs, return_when=return_when)
            return res.done, res.not_done

        _run_futures(submit, parts, writer, workers, args, progress, t0, wait_fn)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def register(sub) -> None:
    from .readers import add_limit_arguments

    bp = sub.add_parser("batch", help="extract many articles in parallel into Parquet and JSONL")
    bp.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL/CSV/Parquet files, text directories")
    bp.add_argument("--out", required=True, metavar="DIR")
    bp.add_argument("--engine", choices=("local", "dask"), default="local")
    bp.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler (default: a LocalCluster)")
    bp.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    bp.add_argument("--partition-size", type=int, default=200)
    bp.add_argument("--gazetteer", action="append", metavar="FILE")
    bp.add_argument("--db", metavar="URL", help="also load the results into this store")
    bp.add_argument("-q", "--quiet", action="store_true")
    add_limit_arguments(bp)
    bp.set_defaults(func=_cmd_batch)


def _cmd_batch(args) -> int:
    from .cli import err

    if args.scheduler and args.engine != "dask":
        err("--scheduler needs --engine dask")
        return 2
    store = None
    if args.db:
        from .store import Store

        store = Store(args.db)

    def to_store(rec, res):
        store.ingest(rec["text"], res, url=rec.get("url"), doc_id=rec.get("doc_id"),
                     title=rec.get("title"), outlet=rec.get("outlet"), published=res.get("published"))
    on_result = to_store if store is not None else None
    last = [0.0]

    def progress(msg):
        now = time.perf_counter()
        if not args.quiet and now - last[0] > 2:
            last[0] = now
            err(msg)
    try:
        rep = run_batch(args.inputs, args.out, engine=args.engine, workers=args.workers,
                        scheduler=args.scheduler, partition_size=args.partition_size,
                        gazetteers=tuple(args.gazetteer or ()), progress=progress, on_result=on_result)
    except (OSError, ValueError) as e:
        err(str(e))
        return 2
    finally:
        if store is not None:
            store.close()
    for p in rep.problem_list[:20]:
        err(p["message"])
    if rep.problems > 20:
        err(f"… and {rep.problems - 20} more in {Path(args.out) / 'problems.jsonl'}")
    print(f"{rep.articles} articles, {rep.events} events, {rep.problems} problems in {rep.seconds:.1f} s "
          f"({rep.articles / rep.seconds if rep.seconds else 0:.0f} articles/s) -> {args.out}", file=sys.stderr)
    return 1 if rep.problems and not rep.articles else 0
