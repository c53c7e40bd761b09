"""``rasd extract`` as a user runs it: formats, several inputs, errors that name the input."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.cli import main

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "corpus" / "seeds" / "000_6512b51de5db121d.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/corpus not present")


def run(capsys, *argv):
    code = main(list(argv))
    out, errs = capsys.readouterr()
    return code, out, errs


def test_json_for_one_article(capsys):
    code, out, _ = run(capsys, "extract", str(SEED), "--published", "2016-10-30", "-q")
    assert code == 0
    obj = json.loads(out)
    assert obj["doc_id"] == SEED.name
    assert obj["published"] == "2016-10-30"
    assert obj["places"] and obj["actors"]


def test_jsonl_for_the_seeds_file(capsys):
    code, out, _ = run(capsys, "extract", str(SHARED / "corpus" / "seeds.jsonl"), "--format", "jsonl", "-q")
    assert code == 0
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r["doc_id"] for r in rows] == ["000_6512b51de5db121d", "001_6cca769c3933d528",
                                          "002_bad84862245e6541", "003_2f4d6bba4f7ae0c1",
                                          "004_f41181c3be588978"]
    assert rows[0]["published"] == "2016-10-30"


def test_csv_has_acled_columns(capsys):
    code, out, _ = run(capsys, "extract", str(SHARED / "corpus" / "seeds.jsonl"), "--format", "csv", "-q")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows, "no event rows"
    for col in ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "latitude",
                "longitude", "geo_precision", "fatalities", "source", "notes"):
        assert col in rows[0]
    assert any(r["latitude"] for r in rows)


def test_geojson_points_are_located_events(capsys):
    code, out, _ = run(capsys, "extract", str(SHARED / "corpus" / "seeds.jsonl"), "--format", "geojson", "-q")
    fc = json.loads(out)
    assert fc["type"] == "FeatureCollection" and fc["features"]
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert 32 < lat < 38 and 35 < lon < 43  # Syria
        assert f["properties"]["event_type"]


def test_missing_file_is_named_and_the_rest_still_runs(capsys, tmp_path):
    code, out, errs = run(capsys, "extract", str(tmp_path / "nope.txt"), str(SEED), "--format", "jsonl", "-q")
    assert code == 1
    assert len(out.splitlines()) == 1
    assert "nope.txt" in errs
    assert len([l for l in errs.splitlines() if "nope.txt" in l]) == 1


def test_non_arabic_and_empty_articles_get_one_line_each(capsys, tmp_path):
    (tmp_path / "english.txt").write_text("Weather\n\nSunny skies over London all week long, said forecasters.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, out, errs = run(capsys, "extract", str(tmp_path / "english.txt"), str(tmp_path / "empty.txt"),
                          str(SEED), "--format", "jsonl", "-q")
    assert code == 1
    assert len(out.splitlines()) == 1
    assert any("english.txt" in l and "Arabic" in l for l in errs.splitlines())
    assert any("empty.txt" in l for l in errs.splitlines())


def test_standard_input():
    proc = subprocess.run([sys.executable, "-m", "rasd.cli", "extract", "-", "--format", "jsonl", "-q"],
                          input=SEED.read_bytes(), capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    row = json.loads(proc.stdout.decode().splitlines()[0])
    assert row["places"]


def test_windows_1256_input(capsys, tmp_path):
    p = tmp_path / "cp1256.txt"
    p.write_bytes(SEED.read_text(encoding="utf-8").replace("“", '"').replace("”", '"').encode("cp1256", errors="replace"))
    code, out, _ = run(capsys, "extract", str(p), "-q")
    assert code == 0
    assert json.loads(out)["title"].startswith("فصائل المعارضة")


def test_bad_gazetteer_and_bad_date_are_clear(capsys, tmp_path):
    code, _, errs = run(capsys, "extract", str(SEED), "--gazetteer", str(tmp_path / "none.tsv"))
    assert code == 2 and "none.tsv" in errs
    with pytest.raises(SystemExit):
        main(["extract", str(SEED), "--published", "30/10/2016"])
