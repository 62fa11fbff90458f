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


def build_store(db: Path) -> list[Article]:
    """Three articles, four facts, one evidence cell that a spreadsheet would run as a formula."""
    from pipeline import store

    a = article(
        "US tariff on Japanese cars.", date="2025-02-01", title="Zölle – ¥500 billion", url="u1"
    )
    b = article("German trade surplus.", date="2025-04-15", title="-B", source="@wire")
    c = article("Undated note on Korea.", date=None, title="C")
    rows = [
        fact(a, "a1", partner="JPN", product="autos"),
        fact(a, "a2", status="threatened", partner="JPN", start=30, end=40),
        fact(
            b,
            "b1",
            topic="trade",
            measure="balance",
            actor="DEU",
            value=-6.8e10,
            unit="USD",
            status="reported",
            evidence="=SUM(A1:A9) the surplus",
            year=2024,
        ),
        fact(
            c,
            "c1",
            topic="investment",
            measure="amount",
            actor="KOR",
            partner="USA",
            value=1.5e11,
            value_usd=1.5e11,
            unit="USD",
            status="pledged",
        ),
    ]
    store.save(db, [a, b, c], schema.facts_frame(rows))
    return [a, b, c]
