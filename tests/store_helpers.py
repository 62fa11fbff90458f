"""Shared helpers for the store, ingest and export tests (no model, no sample files)."""

from __future__ import annotations

import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from pipeline import schema
from pipeline.documents import Article

HOLD_LOCK = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def article(text: str, date: str | None = "2025-03-01", **meta) -> Article:
    return Article(path=meta.pop("path", "mem.txt"), text=text, date=date, **meta)


def fact(art: Article, fact_id: str, **fields) -> dict:
    return {
        schema.ARTICLE_ID: art.article_id,
        schema.DOC: art.path,
        schema.PUBLISHED: art.date,
        schema.FACT_ID: fact_id,
        schema.TOPIC: "tariff",
        schema.MEASURE: "rate",
        schema.ACTOR: "USA",
        schema.VALUE: 25.0,
        schema.UNIT: "percent",
        schema.STATUS: "announced",
        schema.NEGATED: False,
        schema.EVIDENCE: f"sentence {fact_id}",
        schema.START: 0,
        schema.END: 10,
        schema.CONFIDENCE: 0.9,
        schema.RULE: "test",
        **fields,
    }


@contextmanager
def lock_held(db: Path, seconds: float):
    """Another process holding the database open for writing for `seconds`."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        proc.kill()
        proc.wait()
