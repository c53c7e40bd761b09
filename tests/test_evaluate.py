"""``rasd eval`` agrees with the shared scorer on the development set."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import rasd
from rasd.evaluate import evaluate_files, format_report

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "gold" / "dev"
SCORER = SHARED / "tools" / "score.py"
pytestmark = pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold/dev not present")

# Floors on the development set: a change that loses ground fails here.
FLOORS = {"places": 0.95, "geocoding": 0.95, "actors": 0.90, "casualties": 0.93,
          "attribution": 0.93, "hard": 0.90, "events": 0.93, "event_subtype": 0.93,
          "contradictions": 0.99}


@pytest.fixture(scope="module")
def predictions(tmp_path_factory):
    rows = [json.loads(x) for x in (SHARED / "corpus" / "seeds.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    gaz = [str(SHARED / "data" / "gazetteer" / "aleppo_neighbourhoods_ocha.tsv")]
    path = tmp_path_factory.mktemp("eval") / "pred.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            out = rasd.extract(r["text"], doc_id=r["id"], published=r["published"], gazetteers=gaz)
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    return path


def test_eval_agrees_with_the_shared_scorer(predictions):
    ours = evaluate_files(str(predictions), str(GOLD))
    theirs = subprocess.run([sys.executable, str(SCORER), str(predictions), str(GOLD), "--json"],
                            capture_output=True, text=True, check=True)
    theirs = json.loads(theirs.stdout.strip().splitlines()[-1])
    for metric, fig in theirs.items():
        assert ours[metric] == fig, metric


def test_development_set_floors(predictions):
    report = evaluate_files(str(predictions), str(GOLD))
    print(format_report(report))
    low = {k: report[k]["f1"] for k, floor in FLOORS.items() if report[k]["f1"] < floor}
    assert not low, f"below the floor: {low}"


def test_eval_command_line(predictions):
    from rasd.cli import main

    assert main(["eval", str(predictions), str(GOLD)]) == 0
    assert main(["eval", str(predictions) + ".missing", str(GOLD)]) == 2
