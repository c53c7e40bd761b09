"""Loaders for the data files in ``rasd/data``: lexicons, gazetteers and trigger words are data.

Formats: ``.txt`` word lists (one entry a line) and ``.tsv`` tables with a header row; in both,
lines starting with ``#`` are comments (provenance, licence, notes) and blank lines are skipped.
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA = Path(str(resources.files("rasd") / "data"))


def data_path(name: str) -> Path:
    return DATA / name


def _lines(path: Path):
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").rstrip("\r")


@lru_cache(maxsize=None)
def load_words(name: str) -> tuple[str, ...]:
    """A word list: one normalised entry per line (text after a tab is a note)."""
    from .normalize import normalize

    return tuple(normalize(line.split("\t", 1)[0].strip()) for line in _lines(data_path(name)))


def read_table(path: str | Path) -> list[dict[str, str]]:
    """A TSV table (header row first, ``#`` comments) as a list of dicts; empty cells are ''."""
    text = "\n".join(_lines(Path(path)))
    reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for row in reader:
        rows.append({(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None})
    return rows


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """A TSV table shipped in ``rasd/data`` (cached)."""
    return tuple(read_table(data_path(name)))
