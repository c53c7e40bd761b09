"""The store survives faults: a process killed (SIGKILL) in the middle of ``rasd ingest`` or
``rasd batch --db`` loses nothing it reported as ingested and leaves no half-written article;
running the same command again completes the store. Concurrent ingest and reads: API clients
(threads with httpx against a real ``rasd serve``) read while another process ingests — SQLite
in WAL mode, and PostgreSQL when RASD_TEST_POSTGRES_URL is set."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from rasd.store import Store, articles, event_reports, events, mentions, reports

from conftest import empty_postgres, load_seed_articles

ROOT = Path(__file__).resolve().parent.parent
N_COPIES = 4                    # 5 seeds x 4 = 20 distinct articles


def corpus(path: Path, copies: int = N_COPIES) -> int:
    """The five seed articles, each in ``copies`` distinct versions (a distinct closing line, so a
    distinct text), as JSON Lines."""
    seeds = load_seed_articles()
    rows = []
    for k in range(copies):
        for key, art in sorted(seeds.items()):
            rows.append({"id": f"{art['id']}-{k}", "published": art["published"],
                         "text": art["text"].rstrip() + f"\n\nتحديث رقم {k + 1}"})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def rasd(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "rasd.cli", *args], cwd=ROOT,
                            env={**os.environ, **kw.pop("env", {})}, **kw)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    return str(tmp_path / "rasd.db") if request.param == "sqlite" else empty_postgres()


def check_consistent(db_url: str) -> dict:
    """Every stored article is whole: its reports are its result's events, its mentions its
    result's places/actors/casualties/contradictions; every active report belongs to an event
    and every live event has a report. Returns {doc_id: article id}."""
    s = Store(db_url)
    try:
        with s.engine.connect() as conn:
            if s.is_sqlite:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            arts = conn.execute(sa.select(articles.c.id, articles.c.doc_id, articles.c.result,
                                          articles.c.content_hash)).all()
            n_rep = dict(conn.execute(sa.select(reports.c.article_id, sa.func.count())
                                      .group_by(reports.c.article_id)).all())
            n_men = dict(conn.execute(sa.select(mentions.c.article_id, sa.func.count())
                                      .group_by(mentions.c.article_id)).all())
            for a in arts:
                res = a.result or {}
                assert n_rep.get(a.id, 0) == len(res.get("events") or []), a.doc_id
                want = sum(len(res.get(k) or []) for k in ("places", "actors", "casualties",
                                                           "contradictions"))
                assert n_men.get(a.id, 0) == want, a.doc_id
            assert len({a.content_hash for a in arts}) == len(arts), "an article stored twice"
            orphans = conn.execute(
                sa.select(sa.func.count()).select_from(reports)
                .outerjoin(event_reports, event_reports.c.report_id == reports.c.id)
                .where(reports.c.active.is_(True), event_reports.c.event_id.is_(None))).scalar_one()
            assert orphans == 0
            empty = conn.execute(
                sa.select(sa.func.count()).select_from(events)
                .outerjoin(event_reports, event_reports.c.event_id == events.c.id)
                .where(events.c.merged_into.is_(None), event_reports.c.report_id.is_(None))).scalar_one()
            assert empty == 0
        return {a.doc_id: a.id for a in arts}
    finally:
        s.close()


def test_ingest_killed_midway_loses_nothing_reported_and_a_rerun_completes_it(tmp_path, db):
    src = tmp_path / "articles.jsonl"
    n = corpus(src)
    p = rasd("ingest", "--db", db, str(src), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
             text=True)
    reported = {}
    deadline = time.monotonic() + 60
    for line in p.stdout:               # "SOURCE\tnew\tarticle ID vN\tK event report(s)"
        src_row, status, art, _ = line.rstrip("\n").split("\t")
        assert status == "new"
        reported[src_row] = int(art.split()[1])
        if len(reported) >= 6 or time.monotonic() > deadline:
            break
    os.kill(p.pid, signal.SIGKILL)      # in the middle of the next article's extraction or commit
    p.wait()
    assert p.returncode == -signal.SIGKILL
    assert 6 <= len(reported) < n
    stored = check_consistent(db)
    assert set(reported.values()) <= set(stored.values())        # nothing reported is lost
    assert len(stored) < n

    out = subprocess.run([sys.executable, "-m", "rasd.cli", "ingest", "--db", db, str(src)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    statuses = [ln.split("\t")[1] for ln in out.stdout.splitlines()]
    assert statuses.count("duplicate") == len(stored) and statuses.count("new") == n - len(stored)
    final = check_consistent(db)
    assert len(final) == n and set(stored.items()) <= set(final.items())


def test_batch_db_killed_midway_leaves_whole_articles_and_a_rerun_completes_it(tmp_path):
    src = tmp_path / "articles.jsonl"
    n = corpus(src)
    db = str(tmp_path / "batch.db")
    Store(db).close()
    p = rasd("batch", str(src), "--out", str(tmp_path / "out"), "--db", db, "--workers", "1",
             "--partition-size", "2", "-q", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    eng = sa.create_engine(f"sqlite:///{db}")
    seen, deadline = 0, time.monotonic() + 60
    try:
        while seen < 5 and time.monotonic() < deadline and p.poll() is None:
            time.sleep(0.05)
            with eng.connect() as conn:
                seen = conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()
    finally:
        eng.dispose()
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    assert p.returncode == -signal.SIGKILL, "batch finished before it could be killed"
    stored = check_consistent(db)
    assert seen <= len(stored) < n

    out = subprocess.run([sys.executable, "-m", "rasd.cli", "batch", str(src), "--out",
                          str(tmp_path / "out"), "--db", db, "--workers", "1", "-q"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    final = check_consistent(db)
    assert len(final) == n and set(stored.items()) <= set(final.items())
    lines = (tmp_path / "out" / "extract.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == n


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_api_clients_read_while_another_process_ingests(tmp_path, db):
    src = tmp_path / "articles.jsonl"
    n = corpus(src, copies=2)
    s = Store(db)                           # the schema, before two processes race to make it
    if s.is_sqlite:
        with s.engine.connect() as conn:    # readers never wait for the writer
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    s.close()
    port = free_port()
    server = rasd("serve", "--db", db, "--port", str(port), stdout=subprocess.DEVNULL,
                  stderr=subprocess.DEVNULL, env={"RASD_RATE_LIMIT": "0"})
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail("rasd serve did not start")
        ingest = rasd("ingest", "--db", db, "-q", str(src), stdout=subprocess.DEVNULL,
                      stderr=subprocess.PIPE, text=True)
        errors, counts = [], {i: [] for i in range(4)}

        def reader(i):
            with httpx.Client(base_url=base, timeout=30) as c:
                while True:
                    done = ingest.poll() is not None
                    try:
                        r = c.get("/api/stats")
                        r.raise_for_status()
                        counts[i].append(r.json()["articles"])
                        r = c.get("/api/articles", params={"limit": 1000})
                        r.raise_for_status()
                        arts = r.json()
                        r = c.get("/api/events", params={"limit": 50})
                        r.raise_for_status()
                        for ev in r.json()[:3]:
                            r2 = c.get(f"/api/events/{ev['id']}")
                            # an event may be re-linked away between the list and the read
                            if r2.status_code not in (200, 404):
                                errors.append(f"event {ev['id']}: {r2.status_code} {r2.text[:200]}")
                        if arts:
                            c.get(f"/api/articles/{arts[0]['id']}").raise_for_status()
                    except Exception as e:  # noqa: BLE001 - every failure is collected
                        errors.append(f"{type(e).__name__}: {e}")
                    if done:
                        return

        threads = [threading.Thread(target=reader, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        _, ingest_err = ingest.communicate(timeout=120)
        for t in threads:
            t.join(60)
        assert ingest.returncode == 0, ingest_err
        assert not errors, errors[:5]
        for seq in counts.values():
            assert len(seq) >= 3                      # each client read during the ingest
            assert seq == sorted(seq)                 # committed articles never disappear
            assert seq[-1] == n
        assert any(seq[0] < n for seq in counts.values())   # reads overlapped the ingest
        assert httpx.get(base + "/api/stats").json()["articles"] == n
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    check_consistent(db)


KILL_INSIDE = r'''
import json, os, signal, sys
from rasd.store import Store
from rasd import store as st

store = Store(sys.argv[1])
rows = [json.loads(x) for x in open(sys.argv[2], encoding="utf-8")]
results = json.load(open(sys.argv[3], encoding="utf-8"))
kill_at = int(sys.argv[4])
real = Store._recompute
calls = {"n": 0}

def recompute(self, conn, eid):
    # the article, its mentions and reports are inserted, not yet committed: die here
    if calls["n"] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(self, conn, eid)

Store._recompute = recompute
for r in rows:
    calls["n"] += 1
    out = store.ingest(r["text"], results[r["id"]], doc_id=r["id"], published=r["published"])
    print(r["id"], out.status, out.article_id, flush=True)
'''


def test_sigkill_inside_the_transaction_leaves_no_half_article(tmp_path, db):
    """Killed between the insert of an article's rows and its commit (deterministically, from
    inside the transaction): the article is wholly absent; the ones before it wholly present."""
    import rasd

    src = tmp_path / "articles.jsonl"
    corpus(src, copies=1)
    rows = [json.loads(x) for x in src.read_text(encoding="utf-8").splitlines()]
    results = {r["id"]: rasd.extract(r["text"], doc_id=r["id"], published=r["published"]) for r in rows}
    assert all(res["events"] for res in results.values())
    (tmp_path / "results.json").write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "kill.py").write_text(KILL_INSIDE, encoding="utf-8")
    p = subprocess.run([sys.executable, str(tmp_path / "kill.py"), db, str(src),
                        str(tmp_path / "results.json"), "4"], cwd=ROOT, capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == -signal.SIGKILL, p.stderr
    reported = [ln.split() for ln in p.stdout.splitlines()]
    assert [r[1] for r in reported] == ["new"] * 3
    stored = check_consistent(db)
    assert sorted(stored) == sorted(r[0] for r in reported)       # the 4th left no trace
    s = Store(db)
    try:
        for r in rows:                                              # the same ingest again
            s.ingest(r["text"], results[r["id"]], doc_id=r["id"], published=r["published"])
    finally:
        s.close()
    assert sorted(check_consistent(db)) == sorted(r["id"] for r in rows)


def test_the_consistency_check_sees_a_half_written_article(tmp_path):
    """check_consistent is not vacuous: an article missing one of its mentions is caught."""
    import rasd

    src = tmp_path / "articles.jsonl"
    corpus(src, copies=1)
    r = json.loads(src.read_text(encoding="utf-8").splitlines()[0])
    db = str(tmp_path / "half.db")
    s = Store(db)
    s.ingest(r["text"], rasd.extract(r["text"], published=r["published"]), doc_id=r["id"])
    with s.engine.begin() as conn:
        mid = conn.execute(sa.select(sa.func.max(mentions.c.id))).scalar_one()
        conn.execute(mentions.delete().where(mentions.c.id == mid))
    s.close()
    with pytest.raises(AssertionError):
        check_consistent(db)


def test_an_article_with_stray_nul_characters_is_stored_on_every_backend(tmp_path, db):
    """PostgreSQL refuses NUL in text; the store keeps such an article (NUL -> U+FFFD, one for one,
    so the evidence offsets still hold) and a second ingest of the same file is a duplicate."""
    seeds = load_seed_articles()
    text = seeds["001"]["text"].replace("\n", "\n\x00", 1)
    p = tmp_path / "nul.txt"
    p.write_bytes(text.encode("utf-8"))
    for status in ("new", "duplicate"):
        out = subprocess.run([sys.executable, "-m", "rasd.cli", "ingest", "--db", db,
                              "--published", "2016-12-06", str(p)], cwd=ROOT, capture_output=True,
                             text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        assert out.stdout.split("\t")[1] == status, out.stdout + out.stderr
    s = Store(db)
    try:
        [art] = s.articles(include_text=True)
        assert art["text"] == text.replace("\x00", "\ufffd") and len(art["text"]) == len(text)
        full = s.article(art["id"])
        for pl in full["result"]["places"]:
            for e in pl["evidence"]:
                assert art["text"][e["start"]:e["end"]] == e["text"]
    finally:
        s.close()
    check_consistent(db)


# ---------------------------------------------------------------------- rasd doctor

def doctor(capsys, *args):
    from rasd.cli import main

    code = main(["doctor", *args])
    out, errs = capsys.readouterr()
    return code, out.splitlines(), errs


def test_doctor_names_a_missing_data_file_and_how_to_restore_it(tmp_path, monkeypatch, capsys):
    import shutil

    from rasd import lexicon

    data = tmp_path / "data"
    shutil.copytree(lexicon.DATA, data)
    (data / "casualty_lexicon.tsv").unlink()
    monkeypatch.setattr(lexicon, "DATA", data)
    code, lines, errs = doctor(capsys)
    assert code == 1 and "check(s) failed" in errs
    bad, *more = [ln for ln in lines if ln.startswith("FAIL")]
    # the probe extraction fails too, unless this process loaded the lexicon before: it points
    # to the data file check rather than giving a traceback
    assert all(m.startswith("FAIL  extraction: FileNotFoundError") and
               "a data file is missing" in m for m in more), more
    assert bad.startswith("FAIL  data file casualty_lexicon.tsv: missing from " + str(data))
    assert "git checkout rasd/data/casualty_lexicon.tsv" in bad and "reinstall" in bad
    assert "ok    data file number_words.tsv: present" in lines
    monkeypatch.undo()
    code, lines, errs = doctor(capsys)
    assert code == 0 and "all checks passed" in errs


def test_doctor_checks_every_data_file_the_code_loads():
    from rasd import lexicon
    from rasd.doctor import required_files

    names = required_files()
    assert {"casualty_lexicon.tsv", "event_triggers.tsv", "number_words.tsv", "actors.tsv",
            "places_curated.tsv", "clitic_exceptions.txt"} <= set(names)
    assert all((lexicon.DATA / n).is_file() for n in names)


@pytest.mark.parametrize("case", ["missing_dir", "directory", "not_a_database", "read_only"])
def test_doctor_says_what_to_fix_when_the_store_is_not_writable(tmp_path, capsys, case):
    ok = tmp_path / "ok.db"
    Store(ok).close()
    db, want = {
        "missing_dir": (str(tmp_path / "no" / "such" / "rasd.db"),
                        f"directory {tmp_path / 'no' / 'such'} does not exist: create it (mkdir -p"),
        "directory": (str(tmp_path), "is a directory: give a file name for the store"),
        "not_a_database": (str(tmp_path / "notes.db"), "is not an SQLite database"),
        "read_only": (f"sqlite:///file:{ok}?mode=ro&uri=true",
                      f"{ok} is not writable (attempt to write a readonly database): give write "
                      f"permission"),
    }[case]
    (tmp_path / "notes.db").write_text("not a database\n" * 100)
    code, lines, _ = doctor(capsys, "--db", db)
    assert code == 1
    [bad] = [ln for ln in lines if ln.startswith("FAIL")]
    assert bad.startswith("FAIL  store ") and want in bad, bad
    assert doctor(capsys, "--db", str(ok))[1][-1].startswith(f"ok    store {ok}: writable")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes whatever the permissions")
def test_doctor_on_a_read_only_directory(tmp_path, capsys):
    d = tmp_path / "ro"
    d.mkdir()
    d.chmod(0o555)
    try:
        code, lines, _ = doctor(capsys, "--db", str(d / "rasd.db"))
    finally:
        d.chmod(0o755)
    assert code == 1 and any("is not writable" in ln for ln in lines if ln.startswith("FAIL"))


def test_doctor_hides_the_password_of_a_database_url(capsys):
    code, lines, _ = doctor(capsys, "--db", "postgresql+psycopg://rasd:s3cret-pw@127.0.0.1:1/none")
    [bad] = [ln for ln in lines if ln.startswith("FAIL")]
    assert code == 1 and "s3cret-pw" not in "\n".join(lines) and "***" in bad
    assert "is the server running and reachable at this URL?" in bad
